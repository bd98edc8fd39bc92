/* gx_resolve_masked.c — masked names (杨某, 胡某毅: court and press reports hide a private person's
 * given name behind 某). A reading that runs over 某 into the next word (实控人杨某|想通过…) names
 * no one when the article writes the same surname and 某 elsewhere followed by something else
 * (杨某便委托…): the mask is the whole name there, and a masked name stays the same through an
 * article; a half-masked name the article repeats whole (胡某毅，胡某毅表示) stays. A name masked
 * whole (杜某, 张某某) is never a person. Part of
 * gx_resolve (gx_resolve_impl.h). */
#include <string.h>

#include "gx_resolve_impl.h"

/* Whether the article writes cp[s] 某 somewhere not followed by cp[s + 2]. */
static bool mask_alone(const gx_article *art, int32_t s)
{
    const uint32_t *cp = art->cp;
    for (int32_t p = 0; p + 2 < art->ncp; p++)
        if (cp[p + 1] == 0x67D0 /* 某 */ && cp[p] == cp[s] && p != s && cp[p + 2] != cp[s + 2])
            return true;
    return false;
}

/* A name masked whole (杜某, 张某某: a surname and 某, or 某某): the text hides the person, it names no
 * one the reader could look up (the gold of every held-out set and CLUENER leave them out). */
static bool masked_whole(const uint32_t *cp, gx_span s)
{
    int32_t n = s.end - s.start;
    return (n == 2 || n == 3) && gx_is_cjk(cp[s.start]) && cp[s.start + 1] == 0x67D0 /* 某 */ &&
           (n == 2 || cp[s.start + 2] == 0x67D0);
}

void gx_rs_masked_names(gx_rs *rs)
{
    gx_article *art = rs->art;
    const uint32_t *cp = art->cp;
    for (int a = 0; a < rs->nw; a++) {
        const gx_candidate *c = &rs->cv[rs->w[a].cand];
        gx_span s = c->span;
        if (c->type == GX_ENT_PERSON && rs->w[a].eff >= 0 && masked_whole(cp, s)) {
            rs->w[a].eff = -1;
            continue;
        }
        if (c->type != GX_ENT_PERSON || rs->w[a].eff < 0 || s.end - s.start != 3 ||
            cp[s.start + 1] != 0x67D0 /* 某 */ || !gx_is_cjk(cp[s.start + 2]) ||
            cp[s.start + 2] == 0x67D0 || !mask_alone(art, s.start))
            continue;
        for (int b = 0; b < rs->nw; b++) {
            const gx_candidate *d = &rs->cv[rs->w[b].cand];
            if (d->type == GX_ENT_PERSON && d->span.end - d->span.start == 3 &&
                !memcmp(cp + d->span.start, cp + s.start, 3 * sizeof *cp))
                rs->w[b].eff = -1;
        }
    }
}
