/* gx_entity_rules.c — rules that propose entity candidates (stage 6 of DESIGN.md):
 *   - explicit tickers: 卓朗科技(600225), （600225.SH）, (NASDAQ: NVDA), (00700.HK), 腾讯(00700), NVDA.O
 *   - aliases declared in the text: X(简称“Y”), X(以下简称"Y"), X(下称“Y”)
 *   - names shown to be companies / organizations / government bodies by a suffix
 *     (砺算科技, IDG资本, 深度科技研究院, Acme Inc.) with a left boundary from stop words
 *   - lists: X、Y、Z等AI芯片设计独角兽 / 投资方包括A、B、C等 / 寒武纪等36家
 *   - people with titles (gx_people.c)
 * Every rule adds gx_candidate entries; gx_resolve() weighs them against the gazetteer and the
 * tagger. Nothing here decides on its own which candidate wins.
 * This file: the stage's driver gx_rules_apply() (the order of the rules), the trigger
 * positions and the candidate helpers the rules share; the rules themselves are in the files
 * listed in gx_entity_rules_impl.h. */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* ------------------------------------------------------------------ small helpers */

/* The best existing candidate of an entity type (not position) with exactly this span end
 * and the earliest start (longest), or -1. */
int gx_er_cand_ending_at(const gx_article *art, int32_t end, int type_mask)
{
    int best = -1;
    for (int i = gx_cand_pos_next(art, -1, end, true); i >= 0; i = gx_cand_pos_next(art, i, end, true)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.end != end || c->type == GX_ENT_POSITION || !(type_mask & (1 << c->type)))
            continue;
        if (best < 0 || c->span.start < art->candidates.v[best].span.start ||
            (c->span.start == art->candidates.v[best].span.start && c->score > art->candidates.v[best].score))
            best = i;
    }
    return best;
}

/* ------------------------------------------------------------------ trigger positions */

/* (what they are for: gx_entity_rules_impl.h) */
static inline void trig_push(gx_arena *a, trig_list *t, int32_t i)
{
    if (t->n == t->cap) {
        int ncap = t->cap ? t->cap * 2 : 64;
        int32_t *nv = gx_arena_alloc_raw(a, sizeof(int32_t) * (size_t)ncap);
        if (t->n)
            memcpy(nv, t->v, sizeof(int32_t) * (size_t)t->n);
        t->v = nv;
        t->cap = ncap;
    }
    t->v[t->n++] = i;
}

/* The non-ASCII triggers, by kind; the switch below tells them apart after one shift and test
 * of their low six bits has passed over most characters (17 of the 64 values; the dashes and
 * deal marks share this walk, which the plan and deal rules each made on their own before). */
#define TRIG_DENG 0x7B49 /* 等 */
#define TRIG_XI 0x7CFB   /* 系 */
#define TRIG_DUN 0x3001  /* 、 */
#define TRIG_DOTS(X) X(0xB7) X(0x30FB) X(0x2022) X(0x2027) /* the middle dots of gx_is_name_dot() */
#define TRIG_QUOTES(X) X(0x201C) X(0x300C) X(0x2018) X(0x300E)
#define TRIG_CASE(c) case c:
#define TRIG_BIT(c) | (uint64_t)1 << ((c) & 63)

static void triggers_find(triggers *tr, const gx_article *art)
{
    static const uint64_t maybe =
        0 TRIG_BIT(TRIG_DENG) TRIG_BIT(TRIG_XI) TRIG_BIT(TRIG_DUN) TRIG_DOTS(TRIG_BIT) TRIG_QUOTES(TRIG_BIT)
        GX_ER_DASHES_WIDE(TRIG_BIT) GX_ER_DEAL_MARKS_WIDE(TRIG_BIT);
    memset(tr, 0, sizeof *tr);
    const uint32_t *cp = art->cp;
    gx_arena *a = art->arena;
    for (int32_t i = 0; i < art->ncp; i++) {
        uint32_t c = cp[i];
        if (c < 0x80) {
            if (c == 'S')
                trig_push(a, &tr->l[TR_S], i);
            else if (c == '(')
                trig_push(a, &tr->l[TR_PAREN], i);
            else if (c == '"')
                trig_push(a, &tr->l[TR_QUOTE], i);
            else if (c == '-')
                trig_push(a, &tr->l[TR_DASH], i);
            else if (c == '%')
                trig_push(a, &tr->l[TR_DEAL], i);
            if (gx_is_upper(c) || gx_is_digit(c))
                trig_push(a, &tr->l[TR_LATIN], i);
            continue;
        }
        if (!(maybe >> (c & 63) & 1))
            continue;
        switch (c) { /* (a switch: a few comparisons, not a chain of twelve at every character) */
        case TRIG_DENG: trig_push(a, &tr->l[TR_DENG], i); break;
        case TRIG_XI: trig_push(a, &tr->l[TR_XI], i); break;
        case TRIG_DUN: trig_push(a, &tr->l[TR_DUN], i); break;
        TRIG_DOTS(TRIG_CASE)
            trig_push(a, &tr->l[TR_DOT], i);
            break;
        TRIG_QUOTES(TRIG_CASE) trig_push(a, &tr->l[TR_QUOTE], i); break;
        GX_ER_DASHES_WIDE(TRIG_CASE) trig_push(a, &tr->l[TR_DASH], i); break;
        GX_ER_DEAL_MARKS_WIDE(TRIG_CASE) trig_push(a, &tr->l[TR_DEAL], i); break;
        default: break;
        }
    }
}

/* ------------------------------------------------------------------ the stage */

/* The caller's deadline (gx_input.deadline, gx_engine.c): one clock read before each rule;
 * past it the stage returns and the engine abandons the document. */
#define STOP_IF_OVERDUE(where)                                                                 \
    do {                                                                                       \
        if (gx_article_overdue(art, where)) {                                                 \
            art->cand_pos = NULL;                                                              \
            return;                                                                            \
        }                                                                                      \
    } while (0)

void gx_rules_apply(const gx_engine *eng, gx_article *art)
{
    if (!eng || !eng->lexicon || art->ncp == 0)
        return;
    gx_hit_index ix;
    gx_hit_index_build(&ix, eng->lexicon, art);
    ix.tagger = eng->tagger;
    triggers tr;
    triggers_find(&tr, art);
    art->cand_pos = gx_cand_pos_build(art); /* (NULL again when the stage ends) */
    STOP_IF_OVERDUE("the entity rules (before gx_er_suffix_rule)");
    gx_er_suffix_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_investment_arm_rule)");
    gx_er_investment_arm_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_ticker_rule)");
    gx_er_ticker_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_cashtag_rule)");
    gx_er_cashtag_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_alias_rule)");
    gx_er_alias_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_latin_gloss_rule)");
    gx_er_latin_gloss_rule(art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_list_rules)");
    gx_er_list_rules(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_market_move_rule)");
    gx_er_market_move_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_firm_before_title_rule)");
    gx_er_firm_before_title_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_source_firm_rule)");
    gx_er_source_firm_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_regional_group_rule)");
    gx_er_regional_group_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_people_rules)");
    gx_people_rules(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_attribute_rule)");
    gx_er_attribute_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_investment_firm_rule)");
    gx_er_investment_firm_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_fund_manager_rule)");
    gx_er_fund_manager_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_parallel_firm_rule)");
    gx_er_parallel_firm_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_factory_rule)");
    gx_er_factory_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_country_unit_rule)");
    gx_er_country_unit_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_business_line_rule)");
    gx_er_business_line_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_bracket_part_rule)");
    gx_er_bracket_part_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_plan_party_rule)");
    gx_er_plan_party_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_share_name_rule)");
    gx_er_share_name_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_deal_party_rules)");
    gx_er_deal_party_rules(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_special_treatment_rule)");
    gx_er_special_treatment_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_regional_firm_rule)");
    gx_er_regional_firm_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_group_rule)");
    gx_er_group_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_relation_rule)");
    gx_er_relation_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_subsidiary_name_rule)");
    gx_er_subsidiary_name_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_numbered_unit_rule)");
    gx_er_numbered_unit_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_coop_rule)");
    gx_er_coop_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_described_business_rule)");
    gx_er_described_business_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_asked_business_rule)");
    gx_er_asked_business_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_business_fact_rule)");
    gx_er_business_fact_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_labelled_name_rule)");
    gx_er_labelled_name_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_complaint_rule)");
    gx_er_complaint_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_former_name_rule)");
    gx_er_former_name_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_bank_branch_rule)");
    gx_er_bank_branch_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_kind_list_rule)");
    gx_er_kind_list_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_kind_before_name_rule)");
    gx_er_kind_before_name_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_carrier_list_rule)");
    gx_er_carrier_list_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_brand_head_rule)");
    gx_er_brand_head_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_broker_desk_rule)");
    gx_er_broker_desk_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_frame_rules)");
    gx_er_frame_rules(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_trade_list_rule)");
    gx_er_trade_list_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_trade_asked_rule)");
    gx_er_trade_asked_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_venue_rule)");
    gx_er_venue_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_called_business_rule)");
    gx_er_called_business_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_dash_business_rule)");
    gx_er_dash_business_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_firm_cue_rules)");
    gx_er_firm_cue_rules(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_gov_unit_rule)");
    gx_er_gov_unit_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_country_body_rule)");
    gx_er_country_body_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_national_bank_rule)");
    gx_er_national_bank_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_division_rule)");
    gx_er_division_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_mission_rule)");
    gx_er_mission_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_joined_ministry_rule)");
    gx_er_joined_ministry_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_agency_rule)");
    gx_er_agency_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_police_rule)");
    gx_er_police_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_body_account_rule)");
    /* (before the police's: its accounts are the others of @平安朝阳) */
    gx_er_body_account_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_police_account_rule)");
    gx_er_police_account_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_local_office_rule)");
    gx_er_local_office_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_committee_rule)");
    gx_er_committee_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_corps_division_rule)");
    gx_er_corps_division_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_department_rule)");
    gx_er_department_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_gov_context_rule)");
    gx_er_gov_context_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_level_body_rule)");
    gx_er_level_body_rule(&ix, art); /* (after the context rule has cut a party committee: 公安局|党委) */
    STOP_IF_OVERDUE("the entity rules (before gx_er_dotted_names)");
    gx_er_dotted_names(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_adjacent_persons)");
    gx_er_adjacent_persons(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_quoted_names)");
    gx_er_quoted_names(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_latin_context_names)");
    gx_er_latin_context_names(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_latin_neighbour_rules)");
    gx_er_latin_neighbour_rules(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_chinese_gloss_rule)");
    gx_er_chinese_gloss_rule(&ix, art, &tr);
    STOP_IF_OVERDUE("the entity rules (before gx_er_known_head_rule)");
    gx_er_known_head_rule(&ix, art);
    STOP_IF_OVERDUE("the entity rules (before gx_er_latin_han_rule)");
    gx_er_latin_han_rule(&ix, art); /* (last: it joins a Latin word to the companies read above) */
    art->cand_pos = NULL;
}
