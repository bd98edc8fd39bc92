/* gx_normalize.h — text normalization: bytes -> normalized code points -> paragraphs.
 *
 * 1. gx_normalize_decode(): decodes valid UTF-8, applies NFKC (utf8proc) one code point at a
 *    time so that ordinary CJK text and punctuation keep their code point count, and keeps,
 *    for every output code point, the byte offset in the input it came from.
 *      - full-width ASCII -> ASCII (，（）：；！？ become , ( ) : ; ! ?), U+3000 kept (the
 *        paragraph splitter reads runs of it as indents), other spaces -> ' ';
 *      - an NFKC expansion to several code points is taken only when it is all ASCII letters
 *        and digits (ligatures ﬁ -> fi, ㎏ -> kg, ™ -> TM); otherwise (…, ㈱, ½, ℃) the code
 *        point stays as it is;
 *      - BOM / zero-width / soft hyphen / control characters are dropped, CRLF and CR -> LF,
 *        tab -> space, U+2028/U+2029 -> LF.
 * 2. gx_normalize_paragraphs(): lines -> paragraphs: trims, collapses runs of spaces to one,
 *    treats a run of spaces inside a line as a paragraph break when it holds two or more
 *    U+3000, or is two or more spaces next to non-ASCII text, or four or more anywhere
 *    (flattened Chinese news pages), recognizes "# " / "## " / "### " headings and list items, and
 * (markdown only) bullets, block quotes, rules and image-only lines.
 * 3. gx_normalize_repair(): page-break repair: joins a paragraph that ends without
 *    sentence-final punctuation with the next one when the next continues the sentence
 *    (称\n\n号 -> 称号, 893.76万\n\n美元 -> 893.76万美元). Never joins headings, bylines, list
 *    items or indented paragraphs.
 * All memory comes from the arena passed in. */
#ifndef GX_NORMALIZE_H
#define GX_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gx_arena.h"

/* Code points with, for each, the byte offset of its origin in the input (-1: synthetic). */
typedef struct gx_cps {
    uint32_t *cp;
    int32_t *src;
    int32_t n, cap;
} gx_cps;

/* Room for at least cap code points in b (grows in the arena, keeps the content). */
void gx_cps_reserve(gx_arena *a, gx_cps *b, int32_t cap);

static inline void gx_cps_push(gx_arena *a, gx_cps *b, uint32_t cp, int32_t src)
{
    if (b->n == b->cap)
        gx_cps_reserve(a, b, b->n + 1);
    b->cp[b->n] = cp;
    b->src[b->n++] = src;
}
void gx_cps_append(gx_arena *a, gx_cps *b, const gx_cps *from);
/* A NUL-terminated UTF-8 string of b (in the arena); *len gets its byte length if non-NULL. */
char *gx_cps_utf8(gx_arena *a, const gx_cps *b, int32_t *len);
/* t[0..n) as a NUL-terminated UTF-8 string in a. */
char *gx_utf8_of_cps(gx_arena *a, const uint32_t *t, int32_t n);

typedef enum gx_para_kind {
    GX_PARA_TEXT = 0,
    GX_PARA_H1,     /* "# "  : an article title                                    */
    GX_PARA_H2,     /* "## " : a section heading                                    */
    GX_PARA_H3,     /* "### " and deeper                                            */
    GX_PARA_LIST,   /* "- x", "1. x", "一、x", "(1) x"                                */
    GX_PARA_BYLINE, /* set by gx_structure before repair                            */
    GX_PARA_TITLE,  /* a heading kept as a body line (given or empty title); never joined */
} gx_para_kind;

typedef struct gx_para {
    gx_para_kind kind;
    gx_cps t;         /* the paragraph's normalized text, markup removed, never empty */
    bool after_blank; /* a blank line separated it from the previous paragraph       */
    int blank_lines;  /* how many blank lines came right before it                    */
    bool indented;    /* it began with indentation (spaces or U+3000)                 */
} gx_para;

typedef GX_VEC(gx_para) gx_para_vec;

/* Decode bytes[0..len) (valid UTF-8) into out, src offsets = base + byte index. */
void gx_normalize_decode(gx_arena *a, const char *bytes, size_t len, int32_t base, gx_cps *out);

/* Normalize one code point; writes up to 4 code points to out and returns how many (0 drops
 * it). Exposed for tests. */
int gx_normalize_cp(uint32_t c, uint32_t out[4]);

/* Split decoded text into paragraphs, appended to out. markdown: also strip bullets, quotes,
 * rules and image lines; headings are recognized in every format (API.md: a plain-text page
 * may hold several "# " articles). headings=false turns heading recognition off (HTML). */
void gx_normalize_paragraphs(gx_arena *a, const gx_cps *in, bool markdown, bool headings,
                             gx_para_vec *out);

/* Page-break repair over p->v[from..to); joined paragraphs are removed. Returns the number
 * of joins made. */
int gx_normalize_repair(gx_arena *a, gx_para_vec *p, int from, int to);

/* True when c ends a sentence (。！？!?…”』 and friends); used by repair and structure. */
bool gx_normalize_is_final(uint32_t c);

/* The first k in [from, to) where cp[k] is a or b (pass a twice for one value), else to; eight
 * code points are tested at a time where SSE2 is there. For searches that read most of a text
 * (the paragraph split, a rule looking for one rare character). */
int32_t gx_cps_find_either(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b);

/* gx_cps_find_either for three values: the first k in [from, to) where cp[k] is a, b or c, else to
 * (the level body rule's walk for 省 市 县; twenty-sixth session, speed32). */
int32_t gx_cps_find_of3(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b, uint32_t c);

/* The mirror of gx_cps_find_either: the largest k in (from, to] where cp[k - 1] is a or b (k is
 * just after the last such code point of [from, to)), else from; from <= to. */
int32_t gx_cps_rfind_either(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b);

#endif
