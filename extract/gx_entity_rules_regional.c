/* gx_entity_rules_regional.c — a province's or a city's state-owned group named without its legal
 * form (thirteenth session, helper "orgtitle13"): 江西省高速公路投资集团, 湖北省能源集团,
 * 深圳市赛格集团. A region's full name (江西省, 深圳市: regions.tsv), two to eight characters of
 * its trade and 集团: the tagger reads the region and the road as a place (江西省高速公路), and
 * the suffix rule does not reach back over nine characters before a two-character suffix. The
 * region is a sure left edge and 集团 a sure right one; before 有限公司 or 股份 the legal name is
 * the suffix rule's. Part of the entity rules (gx_entity_rules_impl.h). */
#include <stdbool.h>
#include <stdint.h>

#include "gx_entity_rules_impl.h"

/* Characters after 集团 that make it another word (集团化, 集团军, 集团内, 集团式). */
static const char32_t NOT_AFTER[] = U"化军内式";

void gx_er_regional_group_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    static const uint32_t GROUP[2] = {0x96C6, 0x56E2}; /* 集团 */
    for (int32_t p1 = gx_text_ix_first(&ix->text, GROUP); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t g = p1 - 1;
        if (g < 4 || g + 1 >= art->ncp || cp[g] != GROUP[0] || cp[g + 1] != GROUP[1])
            continue;
        /* the region's full name (江西省, 深圳市) two to eight characters before 集团 */
        int32_t rs = -1, re = -1;
        for (int32_t q = g - 12 < 0 ? 0 : g - 12; q + 3 <= g - 2 && rs < 0; q++) {
            int r = gx_hit_len_starting(ix, q, GX_LEX_REGION);
            if (r < 2)
                continue;
            int32_t e = q + r;
            if (cp[e - 1] != 0x7701 /* 省 */ && cp[e - 1] != 0x5E02 /* 市 */) {
                if (cp[e] != 0x7701 && cp[e] != 0x5E02)
                    continue;
                e++;
            }
            if (g - e >= 2 && g - e <= 8) {
                rs = q;
                re = e;
            }
        }
        if (rs < 0)
            continue;
        bool cjk = true;
        for (int32_t k = rs; k < g && cjk; k++)
            cjk = gx_is_cjk(cp[k]);
        if (!cjk)
            continue;
        int32_t end = g + 2;
        if (end < art->ncp) {
            bool other_word = false;
            for (const char32_t *p = NOT_AFTER; *p && !other_word; p++)
                other_word = cp[end] == (uint32_t)*p;
            /* (a legal form after it: the suffix rule's legal name) */
            if (other_word || cp[end] == 0x6709 /* 有 */ || cp[end] == 0x80A1 /* 股 */)
                continue;
            if (end + 1 < art->ncp && cp[end] == 0x516C && cp[end + 1] == 0x53F8) /* 集团公司 */
                end += 2;
        }
        /* the trade: no function or act word (市政府约谈|万科集团), no body of another kind, no
         * title, no particle, no known company; the business words of a name (投资, 建设, 控股 …)
         * are its words */
        bool ok = true;
        for (int32_t k = re; k < g && ok; k++) {
            int stop = gx_hit_len_starting(ix, k, GX_LEX_LEFT_STOP);
            if (stop > 0 && gx_word_at(art, k, gx_business_words) != stop)
                ok = false;
            if (cp[k] == 0x7684 /* 的 */ || gx_hit_len_starting(ix, k, GX_LEX_POSITION) > 0 ||
                gx_hit_len_ending(ix, k + 1, GX_LEX_GOV_SUFFIX) > 0 || gx_hit_len_ending(ix, k + 1, GX_LEX_ORG_SUFFIX) > 0 ||
                gx_hit_len_starting(ix, k, GX_LEX_COMPANY) > 0)
                ok = false;
        }
        if (!ok || gx_er_is_generic_body(ix, art, (gx_span){re, g}))
            continue;
        gx_add_candidate(art, (gx_span){rs, end}, GX_ENT_COMPANY, GX_SRC_RULE, 0.75f, NULL, -1);
    }
}
