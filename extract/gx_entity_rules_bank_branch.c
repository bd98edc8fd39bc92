/* gx_entity_rules_bank_branch.c — a known bank's branch named by its place (twenty-fifth session,
 * comp62): 中国工商银行|北京市|分行, 建设银行|上海|分行, 工行|北京|分行. The gazetteer's bank (a company
 * name ending in 银行 or 行) followed by a place — a region the regions list holds or a city the
 * tagger's place lexicon knows, with 省 or 市 after it or not — and 分行 or 支行 is one name: the branch,
 * which keeps its own name and carries its bank's as an alias and its ticker (docs/entities.md, "a
 * branch of a listed company carries the parent's ticker"). The tagger reads such a branch where its
 * left edge is clear (据悉，中国工商银行北京市分行); glued to the sentence before it
 * (…重点之一中国工商银行北京市分行在…) it did not, and the bank alone came out. Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include "gx_cand_shape.h"
#include "gx_entity_rules_impl.h"

/* The end of the place that opens at p (省 or 市 after it taken in), or p when none. */
static int32_t place_end(const gx_hit_index *ix, const gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    int32_t e = p;
    int r = gx_hit_len_starting(ix, p, GX_LEX_REGION);
    if (r >= 2)
        e = p + r;
    else
        for (int n = 3; n >= 2 && e == p; n--)
            if (p + n <= art->ncp && gx_shape_tagger_city(ix->tagger, cp + p, n, false))
                e = p + n;
    if (e > p && e < art->ncp && (cp[e] == 0x7701 /* 省 */ || cp[e] == 0x5E02 /* 市 */))
        e++;
    return e;
}

void gx_er_bank_branch_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int i = gx_hit_first(ix, GX_LEX_COMPANY); i < ix->n; i = gx_hit_next(ix, i)) {
        const gx_lex_hit *h = &ix->hits[i];
        if (h->end - h->start < 2 || cp[h->end - 1] != 0x884C /* 行 */ || h->end + 4 > art->ncp)
            continue;
        int32_t pe = place_end(ix, art, h->end);
        if (pe == h->end || pe + 2 > art->ncp || (cp[pe] != 0x5206 /* 分 */ && cp[pe] != 0x652F /* 支 */) ||
            cp[pe + 1] != 0x884C /* 行 */)
            continue;
        gx_span n = {h->start, pe + 2};
        if (gx_er_cand_with_span(art, n, 1 << GX_ENT_COMPANY) < 0)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.8f, NULL, -1);
    }
}
