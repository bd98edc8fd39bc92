/* gx_cand_ix.h — an index over an article's candidates, for the resolution (gx_resolve.c):
 * which candidates start in a range, which have the same text as a span, and the typed-neighbour
 * queries built on them. All memory comes from the article's arena (freed with the article).
 * Private to extract/. */
#ifndef GX_CAND_IX_H
#define GX_CAND_IX_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_article.h"

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
    int nmoved;
    int32_t maxlen; /* the longest key span */
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
