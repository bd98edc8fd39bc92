/* gx_entity_rules_factory.c — a state or collective factory named by its city and its trade:
 * 沈阳防爆器械厂, 哈尔滨阿城糖厂 (eleventh session, helper "comp12"). 厂 is no company suffix
 * of its own (工厂, 电厂, 超级工厂, 厂商 are ordinary words), so the suffix rule leaves it; a
 * region opening the name after a clear edge, a trade of two to five characters and 厂 ending
 * it (not 厂长, 厂商, 厂房 …) is a company. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"
#include "gx_normalize.h"

/* Last characters of a trade that make X厂 a common noun (超级工厂, 发电厂, 制药厂, 整车厂). */
static const char32_t TRADE_NOT_LAST[] = U"工电药车级新家该本各其超大小";


void gx_er_factory_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* (厂 is rare: the search tests eight code points at a time) */
    for (int32_t p = gx_cps_find_either(cp, 4, art->ncp, 0x5382, 0x5382); p < art->ncp;
         p = gx_cps_find_either(cp, p + 1, art->ncp, 0x5382, 0x5382)) {
        if (p + 1 < art->ncp &&
            gx_word_at(art, p + 1, gx_lexicon_words(ix->lex, GX_WL_FACTORY_NOT_END)))
            continue;
        if (gx_cp_in(cp[p - 1], TRADE_NOT_LAST))
            continue;
        /* the region opening the name: the longest one that leaves a trade of 2..5 characters */
        for (int32_t k = p - 4; k >= 0 && k >= p - 10; k--) {
            int r = gx_hit_len_starting(ix, k, GX_LEX_REGION);
            if (r < 2)
                continue;
            int32_t t = k + r;
            if (t < p && (cp[t] == 0x5E02 /* 市 */ || cp[t] == 0x53BF /* 县 */))
                t++;
            if (p - t < 2 || p - t > 5)
                continue;
            bool cjk = true;
            for (int32_t q = k; q < p && cjk; q++)
                cjk = gx_is_cjk(cp[q]) && cp[q] != 0x7684 /* 的 */;
            bool clear = k == 0 || (!gx_is_cjk(cp[k - 1]) && !gx_is_alnum(cp[k - 1])) ||
                         gx_hit_len_ending(ix, k, GX_LEX_LEFT_STOP) > 0;
            gx_span trade = {t, p};
            if (!cjk || !clear || gx_er_is_generic_body(ix, art, trade) ||
                gx_hit_len_starting(ix, t, GX_LEX_LEFT_STOP) > 0)
                continue;
            gx_span n = {k, p + 1};
            if (gx_er_cand_with_span(art, n, GX_ORGLIKE) < 0)
                gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
            break;
        }
    }
}
