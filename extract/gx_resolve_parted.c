/* gx_resolve_parted.c — a person read across the cut of a writer run that names two writers glued
 * (作者:刘晨刘有志来源:…, parted 刘晨|刘有志 by gx_byline_authors.c): the tagger's 刘晨刘 there takes the
 * first writer and the next one's surname, it names no one (people37). Part of gx_resolve
 * (gx_resolve_impl.h). */
#include <string.h>

#include "gx_resolve_impl.h"
#include "gx_utf8.h"

/* Whether span s lies inside an occurrence of run[0..n) in the text and crosses its cut at k (it holds
 * run[k - 1] and run[k]). */
static bool across_cut(const gx_article *art, gx_span s, const uint32_t *run, int32_t n, int32_t k)
{
    int32_t len = s.end - s.start;
    for (int32_t o = 0; o < k && o + len <= n; o++) {
        int32_t at = s.start - o;
        if (o + len <= k || at < 0 || at + n > art->ncp)
            continue;
        if (!memcmp(art->cp + at, run, (size_t)n * sizeof *run))
            return true;
    }
    return false;
}

void gx_rs_parted_writers(gx_rs *rs)
{
    gx_article *art = rs->art;
    for (int a = 0; a + 1 < art->authors.n; a++) {
        const gx_author *au = &art->authors.v[a], *next = &art->authors.v[a + 1];
        if (!au->parted || !au->name || !next->name)
            continue;
        uint32_t run[16];
        int32_t k = gx_utf8_to_cps(au->name, strlen(au->name), run, 8);
        int32_t m = k > 0 ? gx_utf8_to_cps(next->name, strlen(next->name), run + k, 8) : 0;
        if (k <= 0 || m <= 0)
            continue;
        for (int w = 0; w < rs->nw; w++) {
            const gx_candidate *c = &rs->cv[rs->w[w].cand];
            if (c->type == GX_ENT_PERSON && rs->w[w].eff >= 0 && across_cut(art, c->span, run, k + m, k))
                rs->w[w].eff = -1;
        }
    }
}
