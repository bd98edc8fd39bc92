/* gx_text_memo.h — answers a rule already computed about a piece of the article's text, keyed by
 * that text (and, optionally, the code points right before and after it). A rule that asks, at
 * every place a cue stands, how often the article writes the name before it (an answer that only
 * depends on the name's text) costs k^2 on a body that repeats one sentence k times; with the memo
 * each distinct text is counted once (twenty-seventh session). Memory from the article's arena
 * (freed with the article); a memo lives for one rule's pass over a text that does not change.
 * Private to extract/. */
#ifndef GX_TEXT_MEMO_H
#define GX_TEXT_MEMO_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_article.h"

typedef struct gx_text_memo_slot gx_text_memo_slot; /* gx_text_memo.c */

typedef struct gx_text_memo {
    gx_arena *arena; /* borrowed: the article's */
    const uint32_t *cp;
    gx_text_memo_slot *v;
    uint32_t cap, n;
} gx_text_memo;

/* An empty memo over art's text. */
void gx_text_memo_init(gx_text_memo *m, const gx_article *art);
/* The values stored for the text of s with context ctx (any number the caller derives from what
 * else the answer depends on, 0 when nothing), into *a and *b: true when found. */
bool gx_text_memo_get(const gx_text_memo *m, gx_span s, uint64_t ctx, int *a, int *b);
/* Store the values for the text of s and ctx (s: a span inside the text). */
void gx_text_memo_put(gx_text_memo *m, gx_span s, uint64_t ctx, int a, int b);

#endif
