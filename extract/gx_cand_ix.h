/* gx_cand_ix.h — an index over an article's candidates, for the resolution (gx_resolve.c):
 * which candidates start in a range, which have the same text as a span, and the typed-neighbour
 * queries built on them. All memory comes from the article's arena (freed with the article).
 * Private to extract/. */
#ifndef GX_CAND_IX_H
#define GX_CAND_IX_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_article.h"
#include "gx_text_memo.h"

typedef struct ix_start ix_start; /* (start, candidate): gx_cand_ix.c */

typedef struct gx_cand_ix {
    int nc;
    ix_start *by_start; /* sorted by (key start, index) */
    int *first_in_block; /* when every start is in [0, ncp] (else NULL): where the entries of
                            block b (starts b * 16 .. b * 16 + 15) begin, b in [0, ncp / 16 + 1] */
    int32_t ncp;
    /* by text: chains of candidates (index + 1, ascending) per hashed (length, text hash) */
    int *text_head, *text_next;
    uint64_t *text_hash; /* per candidate; text_len -1 for an invalid span */
    int32_t *text_len;
    uint32_t text_mask;
    gx_span *key;
    uint8_t *moved;
    int *moved_list;
    int *moved_sorted; /* the moved candidates again, ascending (read by gx_cand_text_it) */
    int nmoved;
    int32_t maxlen; /* the longest key span */
    gx_text_memo *counts; /* gx_cand_ix_text_count's and gx_cand_ix_text_somewhere's answers per
                           * text and question (the text never changes) */
    int *by_text; /* the candidates whose key is in the text and GX_CAND_PREFIX_MIN long or more,
                   * by their key's text (then length, index); NULL until gx_cand_prefix_first
                   * first needs it after a build */
    int nby_text;
} gx_cand_ix;

/* Build (or rebuild) the index over the candidates' current spans. */
void gx_cand_ix_build(gx_cand_ix *ix, const gx_article *art);
/* Candidate i's span changed since the index was built: every query returns it from now on. */
void gx_cand_ix_moved(gx_cand_ix *ix, int i);
/* Candidates whose span may start in [lo, hi), ascending, into out (room for every
 * candidate); returns their count. */
int gx_cand_ix_starting(const gx_cand_ix *ix, int32_t lo, int32_t hi, int *out);
/* Candidates whose span may have the same text as s, ascending, into out; returns the count.
 * self: a candidate whose current span is s, or -1. */
int gx_cand_ix_same_text(const gx_cand_ix *ix, const gx_article *art, gx_span s, int self, int *out);
/* How many times the article writes the text of s (s inside the text, at least one code point),
 * overlapping places counted: counted once per distinct text, then remembered. */
int gx_cand_ix_text_count(const gx_cand_ix *ix, const gx_article *art, gx_span s);
/* Whether some place that writes the text of s (s itself included) satisfies test, a question
 * about the text around that place only (never about candidates); question: a number naming
 * test, 1 and up, the same for the same test. A rule that asks whether another candidate of the
 * same text passes such a test walks the candidates only when this says yes. Remembered per
 * text and question. */
enum { /* the questions of gx_cand_ix_text_somewhere (one number per test) */
    GX_TEXTQ_AFTER_AFFILIATE = 1, /* gx_shape_after_affiliate (gx_resolve.c named_by_tie) */
    GX_TEXTQ_ACTS_NAME = 2,       /* a company's act around a name-shaped text (gx_resolve_people.c) */
    GX_TEXTQ_ACTS_OTHER = 3,      /* ... around any other text */
};
bool gx_cand_ix_text_somewhere(const gx_cand_ix *ix, const gx_article *art, gx_span s, int question,
                               bool (*test)(const gx_article *art, gx_span at));

/* The same candidates as gx_cand_ix_same_text, in the same (ascending) order, one at a time: a
 * rule that stops at the first candidate it wants does not pay for every copy of a text the
 * article repeats (a body that repeats one sentence k times has k candidates per text: collecting
 * them all for each made the resolution quadratic in k; twenty-seventh session).
 *
 *   gx_cand_text_it it;
 *   for (int j = gx_cand_text_first(&it, ix, art, s, self); j >= 0; j = gx_cand_text_next(&it)) ...
 *
 * The index must not change (gx_cand_ix_moved) while an iterator is in use. */
typedef struct gx_cand_text_it {
    const gx_cand_ix *ix;
    int chain;  /* the next chain entry + 1 to read, 0 when the chain is done */
    int chained; /* the next matching chain entry, or -1 */
    int mv;     /* the next index into ix->moved_sorted */
    int32_t len;
    uint64_t hash;
} gx_cand_text_it;
int gx_cand_text_first(gx_cand_text_it *it, const gx_cand_ix *ix, const gx_article *art, gx_span s, int self);
int gx_cand_text_next(gx_cand_text_it *it);

/* The candidates that may start where the first two code points of w (a pointer into art->cp or
 * not) are written, places other than skip, one at a time: first every moved candidate (its
 * current span anywhere), then per place in increasing order the unmoved candidates whose span
 * starts there. Not in candidate order: for questions whose answer does not depend on the order
 * ("is there one ...", "at two starts ..."); a moved candidate is given once. The caller checks
 * the candidate's span and text. A text the article repeats k times still gives its k places,
 * but no walk over every candidate (quad29, twenty-ninth session).
 *
 *   gx_cand_place_it it;
 *   for (int j = gx_cand_place_first(&it, ix, art, w, skip); j >= 0; j = gx_cand_place_next(&it))
 *
 * The index must not change while an iterator is in use. */
typedef struct gx_cand_place_it {
    const gx_cand_ix *ix;
    const gx_article *art;
    uint32_t w0, w1;
    int32_t skip;
    int mv;        /* the next index into ix->moved_list, nmoved once they are given */
    int32_t place; /* the current place, -1 when done */
    int k;         /* the next entry of ix->by_start at the place */
} gx_cand_place_it;
int gx_cand_place_first(gx_cand_place_it *it, const gx_cand_ix *ix, const gx_article *art,
                        const uint32_t *w, int32_t skip);
int gx_cand_place_next(gx_cand_place_it *it);

/* the shortest text gx_cand_prefix_first is asked about (only the candidates at least that long
 * are sorted: the sort costs less) */
enum { GX_CAND_PREFIX_MIN = 6 };

/* The candidates whose span may start with the code points w[0, len) (len >= GX_CAND_PREFIX_MIN,
 * else none but the moved ones are given; w a pointer
 * into art->cp or not), one at a time: first every moved candidate (its current span anywhere),
 * then the unmoved ones whose span's text begins with w[0, len), in the order of their texts.
 * For questions whose answer does not depend on the order; the caller checks the candidate's
 * span and text. Found by a binary search among the candidates sorted by text (sorted at the
 * first call after each gx_cand_ix_build, in the article's arena): a text the article repeats
 * k times costs its candidates that begin with the whole of w, not a walk over the k places of
 * its first two characters (speed30, thirtieth session).
 *
 *   gx_cand_prefix_it it;
 *   for (int j = gx_cand_prefix_first(&it, ix, art, w, len); j >= 0; j = gx_cand_prefix_next(&it))
 *
 * The index must not change while an iterator is in use. */
typedef struct gx_cand_prefix_it {
    const gx_cand_ix *ix;
    const gx_article *art;
    const uint32_t *w;
    int32_t len;
    int mv; /* the next index into ix->moved_list, nmoved once they are given */
    int k;  /* the next entry of ix->by_text */
} gx_cand_prefix_it;
int gx_cand_prefix_first(gx_cand_prefix_it *it, gx_cand_ix *ix, const gx_article *art,
                         const uint32_t *w, int32_t len);
int gx_cand_prefix_next(gx_cand_prefix_it *it);

/* Is there a candidate of `type` (a tagger one of score >= 0.6) other than self starting at
 * start (and ending at end when end >= 0)? qb: scratch of room for every candidate. */
bool gx_cand_typed_at(const gx_article *art, const gx_cand_ix *ix, int self, gx_ent_type type,
                      int32_t start, int32_t end, int *qb);
/* ... ending exactly at end, starting at most 16 code points before it? */
bool gx_cand_typed_ending(const gx_article *art, const gx_cand_ix *ix, int self, gx_ent_type type,
                          int32_t end, int *qb);
/* Does candidate self stand in a list (、, or also 和/与 when conjunctions) right next to a
 * candidate of `type`? */
bool gx_cand_listed_with(const gx_article *art, const gx_cand_ix *ix, int self, gx_ent_type type,
                         bool conjunctions, int *qb);

#endif
