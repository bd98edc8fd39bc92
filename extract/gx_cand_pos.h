/* gx_cand_pos.h — the article's candidates by the start and by the end of their span, kept up to
 * date while the entity rules (the people rules among them) add candidates and move spans: a
 * rule that asks "which candidate ends here?" reads one short chain instead of walking every
 * candidate (on a body that repeats one sentence k times, that walk made each of the k copies'
 * questions cost k: quadratic; twenty-eighth session, dos3). Lives in art->cand_pos while the
 * entity rules run (gx_rules_apply), NULL before and after; memory from the article's arena.
 * Private to extract/. */
#ifndef GX_CAND_POS_H
#define GX_CAND_POS_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_article.h"

typedef struct gx_cand_pos gx_cand_pos; /* gx_cand_pos.c */

/* The index of the article's current candidates, in its arena; NULL when a span lies outside the
 * text or is reversed (every query then walks the candidates). Candidates added later are taken
 * in by the next query; a span changes only through gx_cand_set_span. */
gx_cand_pos *gx_cand_pos_build(gx_article *art);

/* The next candidate after i (-1: the first) whose span may start at `at` (by_end false) or end
 * there (by_end true), in ascending order of index, -1 after the last: the candidates a walk
 * over all of them would find there, in the walk's order (the caller still checks the span).
 * Reads art->cand_pos, or walks when it is NULL. The span of a candidate must not change
 * between the calls of one such loop. */
int gx_cand_pos_next(const gx_article *art, int i, int32_t at, bool by_end);

/* The longest span any candidate has had since the index was built (a bound for the queries
 * that look for a candidate overlapping a range); art->ncp when there is no index. */
int32_t gx_cand_pos_maxlen(const gx_article *art);

/* The candidates whose span overlaps s (starts before s.end, ends after s.start), ascending, into out (room for
 * room); their count, or -1 when there are more than room or no index (the caller walks). */
int gx_cand_overlapping(const gx_article *art, gx_span s, int *out, int room);

/* Set candidate i's span (the only way a rule moves one while art->cand_pos lives). */
void gx_cand_set_span(gx_article *art, int i, gx_span s);
/* ... the end (start) only of the candidate c (an element of art->candidates.v). */
static inline void gx_cand_set_end(gx_article *art, gx_candidate *c, int32_t end)
{
    gx_cand_set_span(art, (int)(c - art->candidates.v), (gx_span){c->span.start, end});
}
static inline void gx_cand_set_start(gx_article *art, gx_candidate *c, int32_t start)
{
    gx_cand_set_span(art, (int)(c - art->candidates.v), (gx_span){start, c->span.end});
}

#endif
