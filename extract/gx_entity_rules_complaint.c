/* gx_entity_rules_complaint.c — the firm a complaint site's page is about (twenty-fourth session,
 * comp55). A consumer-complaint site (黑猫投诉) writes each complaint in one template: 用户7227110017
 * 投诉拍拍快贷，要求退款，其中涉诉金额4299元. The name between 投诉 and ，要求 is the complained-of
 * platform or firm, often written nowhere else with a cue (车小喜, 拍拍快贷). The template is read only
 * on a page that also writes the site's field 涉诉金额 ('the amount in dispute'), so that an ordinary
 * sentence (他投诉物业，要求…) is not read. Part of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

enum {
    COMPLAINT_NAME_MAX = 12, /* the longest name read between 投诉 and ，要求 */
};

static const uint32_t COMPLAIN[2] = {0x6295 /* 投 */, 0x8BC9 /* 诉 */};
static const uint32_t DISPUTED[4] = {0x6D89 /* 涉 */, 0x8BC9 /* 诉 */, 0x91D1 /* 金 */, 0x989D /* 额 */};

/* Whether cp[p] is a comma followed by 要求 ('demands'). */
static bool comma_demand_at(const gx_article *art, int32_t p)
{
    return p + 3 <= art->ncp && (art->cp[p] == 0xFF0C /* ， */ || art->cp[p] == ',') &&
           art->cp[p + 1] == 0x8981 /* 要 */ && art->cp[p + 2] == 0x6C42 /* 求 */;
}

/* Whether the article writes 涉诉金额 (the index gives a superset of the places). */
static bool writes_disputed_amount(const gx_hit_index *ix, const gx_article *art)
{
    for (int32_t i1 = gx_text_ix_first(&ix->text, DISPUTED); i1 > 0; i1 = ix->text.next[i1 - 1])
        if (i1 - 1 + 4 <= art->ncp && !memcmp(art->cp + i1 - 1, DISPUTED, sizeof DISPUTED))
            return true;
    return false;
}

void gx_er_complaint_rule(const gx_hit_index *ix, gx_article *art)
{
    if (art->ncp < 8 || !writes_disputed_amount(ix, art))
        return;
    const uint32_t *cp = art->cp;
    for (int32_t i1 = gx_text_ix_first(&ix->text, COMPLAIN); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t s = i1 - 1 + 2; /* after 投诉 */
        if (s > art->ncp || cp[s - 2] != COMPLAIN[0] || cp[s - 1] != COMPLAIN[1])
            continue;
        int32_t e = s;
        while (e < art->ncp && e - s <= COMPLAINT_NAME_MAX && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
            e++;
        if (e - s < 2 || e - s > COMPLAINT_NAME_MAX || !comma_demand_at(art, e))
            continue;
        gx_span n = {s, e};
        if (!gx_er_plausible_name_ex(ix, art, n, false) || gx_tagger_common_word(ix->tagger, cp + s, e - s) ||
            gx_er_cand_with_span(art, n, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT)) >= 0)
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}
