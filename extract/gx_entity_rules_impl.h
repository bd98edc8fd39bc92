/* gx_entity_rules_impl.h — what the files of the entity rules (stage 6 of DESIGN.md) share,
 * private to them: the trigger positions, the candidate helpers and each file's rules.
 *
 *   gx_entity_rules.c          the driver gx_rules_apply() (the order of the rules), trigger
 *                              positions, candidate helpers
 *   gx_entity_rules_suffix.c   names shown by a suffix (砺算科技, 深度科技研究院, Acme Inc.),
 *                              branches, investment arms (美团龙珠资本)
 *   gx_entity_rules_tickers.c  explicit tickers (卓朗科技(600225), (NASDAQ: NVDA)), *ST marks
 *   gx_entity_rules_cashtag.c  a forum's stock tag ($国际医学sz000516$)
 *   gx_entity_rules_alias.c    declared aliases (简称“Y”), Latin glosses, quoted names, other
 *                              occurrences of a name
 *   gx_entity_rules_context.c  lists (X、Y、Z等), attributes (X旗下), groups (宝能系), relations,
 *                              partners (X与Y合作)
 *   gx_entity_rules_gov.c      government bodies built from a region, a country or a division,
 *                              and judged by their context (各央行 is none, 党工委、管委会)
 *   gx_entity_rules_police.c   a place's police named by a police word (广州公安, 江苏经侦)
 *   gx_entity_rules_latin.c    dotted and split foreign names, Latin names by their context
 *   gx_entity_rules_latin_ctx.c Latin firm names shown by their neighbours (巨头 Swiggy, Swiggy 和 Zomato)
 *   gx_entity_rules_comp13.c   checks of a suffix name's body (对冲基金|科图管理公司, X为|公司董事)
 *   gx_entity_rules_derived.c  companies named after a known one (人保|健康, 瑞信|财富)
 *   gx_entity_rules_roles.c    unlisted firms before a person's title or in a source phrase
 *                              (第一标准金融公司|首席…, 根据晨星公司的数据)
 *   gx_entity_rules_regional.c a region's state-owned group (江西省高速公路投资集团)
 *   gx_entity_rules_lists.c    what may open, join and be an item of a list of firms; a name
 *                              after a known company's 旗下, before its round (X A轮融资), before
 *                              a count of shares bought (获得X952万股), after 从 … 方面获悉
 * People with titles are the people rules' (gx_people_impl.h), called from the driver.
 * Internal symbols carry the gx_er_ prefix. Every rule adds gx_candidate entries (memory in the
 * article's arena); none decides which candidate wins. */
#ifndef GX_ENTITY_RULES_IMPL_H
#define GX_ENTITY_RULES_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_cand_pos.h"
#include "gx_entity_util.h"

/* ------------------------------------------------------------------ trigger positions */

/* Most rules below start only at one kind of character ('S' of ST, '(', 等, 系, a middle dot,
 * an open quote, a capital or digit, 、, a dash, a deal mark). One pass over the text lists the
 * positions of each kind; a rule's loop jumps from one to the next (trig_next) instead of
 * reading every character again, and checks the same condition there as before. */
enum { TR_S, TR_PAREN, TR_DENG, TR_XI, TR_DOT, TR_QUOTE, TR_LATIN, TR_DUN, TR_DASH, TR_DEAL, TR__N };

/* The dashes between a plan's parties (gx_er_plan_party_rule): - and – — − (_WIDE: beyond ASCII) */
#define GX_ER_DASHES_WIDE(X) X(0x2013) X(0x2014) X(0x2212)
#define GX_ER_DASHES(X) X('-') GX_ER_DASHES_WIDE(X)
/* The characters the deal rules start from (gx_er_deal_party_rules): % and 获 向 ％ 与 和 同 名 家 */
#define GX_ER_DEAL_MARKS_WIDE(X) X(0x83B7) X(0x5411) X(0xFF05) X(0x4E0E) X(0x548C) X(0x540C) X(0x540D) X(0x5BB6)
#define GX_ER_DEAL_MARKS(X) X('%') GX_ER_DEAL_MARKS_WIDE(X)

typedef struct trig_list {
    int32_t *v;
    int n, cap;
    int k; /* cursor of trig_next */
} trig_list;

typedef struct triggers {
    trig_list l[TR__N];
} triggers;

/* The first listed position >= i, or none when there is no more. Calls on one list must
 * come with i never decreasing (each rule's loop only moves forward). */
static inline int32_t trig_next(trig_list *t, int32_t i, int32_t none)
{
    while (t->k < t->n && t->v[t->k] < i)
        t->k++;
    return t->k < t->n ? t->v[t->k] : none;
}

/* ---------------------------------------------------------------- gx_entity_rules.c: candidates */

/* The best existing candidate of a type in type_mask (never a position) whose span ends at
 * end (the longest, then the best scored), or -1. The people rules' gx_pp_cand_ending_at()
 * ranks the other way round (score first). */
int gx_er_cand_ending_at(const gx_article *art, int32_t end, int type_mask);

/* ---------------------------------------------------------------- small helpers
 * (static inline: the compiler inlined them at their call sites when all the rules were one
 * file, and keeps doing so) */

/* A candidate of a type in type_mask (never a position) from a source in src_mask (bits of
 * gx_source) with exactly span s, or -1. */
static inline int gx_er_cand_with_span_from(const gx_article *art, gx_span s, int type_mask, int src_mask)
{
    for (int i = gx_cand_pos_next(art, -1, s.start, false); i >= 0; i = gx_cand_pos_next(art, i, s.start, false)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == s.start && c->span.end == s.end && c->type != GX_ENT_POSITION &&
            (type_mask & (1 << c->type)) && (src_mask & (1 << c->source)))
            return i;
    }
    return -1;
}

/* A candidate of a type in type_mask (never a position), from any source, with exactly span s, or -1. */
static inline int gx_er_cand_with_span(const gx_article *art, gx_span s, int type_mask)
{
    return gx_er_cand_with_span_from(art, s, type_mask, ~0);
}

/* Is c a government body that is no weak reading of the tagger's (one the tagger scores below 0.5
 * is too doubtful for a rule to build on: a division, a committee or a list member after it)? */
static inline bool gx_er_is_sure_body(const gx_candidate *c)
{
    return c->type == GX_ENT_GOVERNMENT && (c->source != GX_SRC_TAGGER || c->score >= 0.5f);
}

/* Adds s as a government body read by the rules (GX_SRC_RULE at score) unless a body of the same span
 * is read already by another source than the tagger: the tagger's own reading of the span may be
 * doubted by its shape checks, so the rule's reading stands beside it. Returns the new candidate's
 * index, or -1 when none was added; *had (when not NULL) gets the body read already with the span,
 * -1 when none (so *had >= 0 whenever -1 is returned). */
static inline int gx_er_add_body(gx_article *art, gx_span s, float score, int *had)
{
    int h = gx_er_cand_with_span(art, s, 1 << GX_ENT_GOVERNMENT);
    if (had)
        *had = h;
    if (h >= 0 && art->candidates.v[h].source != GX_SRC_TAGGER)
        return -1;
    return gx_add_candidate(art, s, GX_ENT_GOVERNMENT, GX_SRC_RULE, score, NULL, -1);
}

/* Is the text at s a generic body of the lexicon (金融, 信息, 数据: a word that makes a suffix
 * rule fire on an ordinary phrase such as 金融科技)? */
static inline bool gx_er_is_generic_body(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    return gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + s.start, s.end - s.start);
}

/* Does the text at i (before end) start with the n code points of w? */
static inline bool gx_er_match_utf8_word(const gx_article *art, int32_t i, int32_t end, const uint32_t *w, int n)
{
    if (i + n > end)
        return false;
    for (int k = 0; k < n; k++)
        if (art->cp[i + k] != w[k])
            return false;
    return true;
}

/* Does a list_block cue of the lexicon start in [from, to)? */
static inline bool gx_er_has_list_block(const gx_hit_index *ix, int32_t from, int32_t to)
{
    for (int32_t i = from; i < to; i++)
        if (gx_hit_len_starting(ix, i, GX_LEX_LIST_BLOCK) > 0)
            return true;
    return false;
}

/* 省 市 县 区 州: the administrative level that ends a region's name (武汉市, 武定县). */
static inline bool gx_er_is_admin_char(uint32_t c)
{
    return c == 0x7701 /* 省 */ || c == 0x5E02 /* 市 */ || c == 0x53BF /* 县 */ || c == 0x533A /* 区 */ ||
           c == 0x5DDE /* 州 */;
}

/* ---------------------------------------------------------------- the rules, by file */

/* gx_entity_rules_suffix.c */
void gx_er_suffix_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_investment_arm_rule(const gx_hit_index *ix, gx_article *art);

/* gx_entity_rules_tickers.c */
void gx_er_ticker_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_special_treatment_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_cashtag_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_regional_firm.c: a region before the name of a listed company the article marks
 * (陕西|华泽 beside ST华泽): the company's regional firm; runs after the ST and ticker rules */
void gx_er_regional_firm_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_subsidiary.c: X公司 right after 子公司/孙公司 (为/是), and the list it opens */
void gx_er_subsidiary_name_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_numbered.c: the numbered units of the state builders (中国二十二冶, 中铁十六局) */
void gx_er_numbered_unit_rule(const gx_hit_index *ix, gx_article *art);

/* gx_entity_rules_alias.c; gx_er_add_all_occurrences: a candidate at every other occurrence of
 * the text at model */
void gx_er_alias_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_latin_gloss_rule(gx_article *art, triggers *tr);
void gx_er_chinese_gloss_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
/* gx_entity_rules_known_head.c: a legal name reaching back to the known name that holds its head */
void gx_er_known_head_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_quoted_names(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_add_all_occurrences(const gx_hit_index *ix, gx_article *art, gx_span model, gx_ent_type type,
                               gx_cand_source src, float score, int32_t link);

/* gx_entity_rules_moves.c: the other items of a market wrap's list of stocks and their moves
 * (阿里巴巴跌0.22%，…，微博跌1.97%) */
void gx_er_market_move_rule(const gx_hit_index *ix, gx_article *art, const triggers *tr);

/* gx_entity_rules_context.c */
void gx_er_list_rules(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_attribute_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_group_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_relation_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_coop_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_described.c: a business the text describes with a copula (工资管家是一款…贷款平台) */
void gx_er_described_business_rule(const gx_hit_index *ix, gx_article *art);
/* ... and one the text asks about (ICE互助安全吗, 绿方优选是骗局, 叮咚钱包逾期失联) */
void gx_er_asked_business_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_business_fact_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_labelled_name_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_complaint.c: the complained-of firm of a complaint site's template (投诉X，要求…涉诉金额) */
void gx_er_complaint_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_bank_branch.c: a known bank's branch by its place (中国工商银行北京市分行) */
void gx_er_bank_branch_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_former.c: a firm and its former name in brackets (首投理财（原沪深理财）) */
void gx_er_former_name_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_kind_list.c: a list of firms opened by their kind (平台有：云集，环球捕手，贝店等等) */
void gx_er_kind_list_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_trade_list.c: a run of short items most of which end with a platform's trade word
 * (富成配资、明道配资、天元策略…等平台) or are known companies: each item a company */
void gx_er_trade_list_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_trade_list.c: a platform named by its trade, written at a clear edge right before what
 * web texts ask or report about it (百益策略平台亏损, 多赢策略被骗怎么办, 时汇创富怎么样) */
void gx_er_trade_asked_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_trade_list.c: a platform named between 在 and what its customers did or suffered
 * there (在融股通做单, 在VeGard平台被骗) */
void gx_er_venue_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_called.c: a business introduced by its name after 叫 or 名为 (一个叫顺天影视的投资平台) */
void gx_er_called_business_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_dash.c: a business named after its kind and a dash (电商平台——脉宝云店) */
void gx_er_dash_business_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_kind_name.c: a firm named right after its kind of business (P2P平台|领投鸟) */
void gx_er_kind_before_name_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_carriers.c: 移动、联通、电信 listed next to 运营商 are 中国移动, 中国联通, 中国电信 */
void gx_er_carrier_list_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_brand.c: a web finance brand written twice, once at a sure edge (，岚蓝财富认为) */
void gx_er_brand_head_rule(const gx_hit_index *ix, gx_article *art);
/* how often the article writes the text of n */
int gx_er_written(const gx_hit_index *ix, const gx_article *art, gx_span n);
void gx_er_broker_desk_rule(const gx_hit_index *ix, gx_article *art);
/* items separated by 、/和/与/及 in [from, to) as company candidates; a plausible unknown name */
void gx_er_list_items(const gx_hit_index *ix, gx_article *art, int32_t from, int32_t to, float score);
bool gx_er_plausible_name(const gx_hit_index *ix, const gx_article *art, gx_span n);
bool gx_er_plausible_name_ex(const gx_hit_index *ix, const gx_article *art, gx_span n, bool no_inner_stop);

/* gx_entity_rules_lists.c: list_opener: a character after which a list's first item starts
 * (与|招商财富、…); list_joiner: 和 及 与 before a list's last item; firm_noun_at: a word for firms
 * at pos (等|公司); short_form_of_known: the item and a company suffix name a company of the
 * article (暴风 of 暴风集团); list_item_other_kind: a person, place, organization, body or product
 * read with the item's span (a tagger's place over a region and a name is none; in a list closed
 * by a word for firms, neither is the tagger's unsure person) */
bool gx_er_list_opener(uint32_t c);
bool gx_er_list_joiner(uint32_t c);
/* A character that ends the modifier between 等 and the word for what the list's items are: a word
 * that opens, joins or compares (X、Y、Z等|和券商没优势: the items are what the firms are compared on). */
bool gx_er_deng_gap_stop(uint32_t c);
bool gx_er_firm_noun_at(const gx_hit_index *ix, const gx_article *art, int32_t pos);
bool gx_er_short_form_of_known(const gx_hit_index *ix, const gx_article *art, gx_span item);
bool gx_er_weak_known(const gx_hit_index *ix, const gx_article *art, gx_span item);
bool gx_er_latin_known_folded(const gx_hit_index *ix, const gx_article *art, gx_span item);
bool gx_er_longer_company_at(const gx_article *art, gx_span item);
bool gx_er_known_inside_end(const gx_article *art, gx_span item);
bool gx_er_list_item_other_kind(const gx_hit_index *ix, const gx_article *art, gx_span item, bool firms);
/* The names a cue beside them shows to be firms: after a known company's 旗下, before a financing
 * round, before a count of shares bought, after 从 … 方面获悉. */
void gx_er_firm_cue_rules(const gx_hit_index *ix, gx_article *art);

/* gx_entity_rules_frames.c: names in event frames (financing rounds, their investors) and
 * before a portal's stock quote */
void gx_er_frame_rules(const gx_hit_index *ix, gx_article *art, triggers *tr);
/* The name of a listed company that ends at end, right before its code, quote or symbol, after a
 * clear left edge (gx_company_name_left in a sure context, and the checks of a name), in *name;
 * false when there is none or a rule or the gazetteer named it already. */
bool gx_er_listed_name_before(const gx_hit_index *ix, gx_article *art, int32_t end, gx_span *name);

/* gx_entity_rules_firms.c: unlisted investment firms X投资/X资产 as speakers or owners */
void gx_er_investment_firm_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_firms.c: a fund's manager between the firm and the product (云溪基金阳勇管理的“雨山寻牛1号”) */
void gx_er_fund_manager_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_firms.c: a firm joined to a named company with the same firm word (优波投资和美港投资) */
void gx_er_parallel_firm_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_factory.c: a factory named by its city and trade (沈阳防爆器械厂) */
void gx_er_factory_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_units.c: a known company's unit in a country (诺华爱尔兰) */
void gx_er_country_unit_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_derived.c: a known company's name and a line of business, another company
 * (人保|健康, 瑞信|财富, 乐视|汽车) */
void gx_er_business_line_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_derived.c: a bracketed part of a company's name, its own form (香港建设(控股),
 * 中信国际电讯(集团)) or a region's unit (宝洁(中国), 易方达资产管理(香港)), where no legal form follows */
void gx_er_bracket_part_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
/* gx_entity_rules_derived.c: the parties of a plan named with dashes: manager and custodian are
 * companies, the plan a product (上银瑞金资产-上海银行-慧富9号资产管理计划) */
void gx_er_plan_party_rule(const gx_hit_index *ix, gx_article *art, triggers *tr);
/* gx_entity_rules_derived.c: is the bracket at [open, close] a part of the name before it: a
 * region or the company's own word (控股, 集团, 国际, 控股有限公司, 集团有限公司), right after a
 * Chinese name's character? */
bool gx_er_bracket_name_part(const gx_hit_index *ix, const gx_article *art, int32_t open, int32_t close);
/* gx_entity_rules_roles.c: an unlisted firm right before a title, with its research arm
 * (第一标准金融公司|首席市场经济学家, 利得资本|研究院|首席研究员); a firm quoted as a source
 * (根据晨星公司的数据, 正如巨丰投顾所述, X公司数据显示). Both run before the people rules. */
void gx_er_firm_before_title_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_source_firm_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_regional.c: a region's state-owned group without its legal form
 * (江西省|高速公路投资|集团) */
void gx_er_regional_group_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_shares.c: an unknown short name of the A-share shape named again (蓝田股份) */
void gx_er_share_name_rule(const gx_hit_index *ix, gx_article *art);
/* gx_entity_rules_deals.c: the parties of share deals (受让海尔投资持有的…股权, 香港尚乘持股51%) */
void gx_er_deal_party_rules(const gx_hit_index *ix, gx_article *art, triggers *tr);

/* gx_entity_rules_comp13.c: the start of a suffix name's body after a kind of investor that
 * describes it (对冲基金|科图管理公司), else s */
int32_t gx_er_after_investor_kind(const gx_article *art, int32_t s, int32_t body_end);
/* gx_entity_rules_comp13.c: does body + a legal form ending in 有限公司 (ending at suffix_end) have
 * sure edges on both sides whatever follows it: a left edge at the text start, punctuation, a
 * stop word, a title or a describer noun (desc_edge), no function word before a known company
 * inside the body (因|平安证券股份有限公司), and no other legal form inside it
 * (创富国际集团有限公司|达田有限公司)? */
bool gx_er_legal_name_edges(const gx_hit_index *ix, const gx_article *art, gx_span body, int32_t suffix_end,
                            int32_t desc_edge);
/* gx_entity_rules_comp13.c: does the declaration name (以下简称“alias”) a kind, a thing or an act
 * rather than a body: an alias that is a not_entity or generic word (全国社会保障基金(以下简称“社保
 * 基金”)), an alias or a name ending like a thing or an act (“网下发行”, …资产管理产品(以下简称
 * “公募产品”)), or a definition after the alias (“SaaS”,一种…)? */
bool gx_er_alias_of_term(const gx_hit_index *ix, const gx_article *art, gx_span name, gx_span alias);
/* gx_entity_rules_comp13.c: does n end in a 系-word of the lexicon (system_word: a copula,
 * 主要系|员工薪酬增加 "is mainly", or a relation, 直系, 关系), so that it is no name before a company
 * attribute? */
bool gx_er_ends_in_copula(const gx_hit_index *ix, const gx_article *art, gx_span n);
/* gx_entity_rules_comp13.c: is body + 公司 (ending at suffix_end) a copula and the company's post
 * (虞江明为|公司董事)? */
bool gx_er_copula_company(const gx_hit_index *ix, const gx_article *art, gx_span body, int32_t suffix_end);

/* gx_entity_rules_gov.c */
void gx_er_gov_unit_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_country_body_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_national_bank_rule(const gx_hit_index *ix, gx_article *art); /* 柬埔寨国家银行 (people38) */
void gx_er_division_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_mission_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_joined_ministry_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_agency_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_gov_context_rule(const gx_hit_index *ix, gx_article *art);

/* gx_entity_rules_gov_parts.c */
void gx_er_local_office_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_committee_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_corps_division_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_department_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_level_body_rule(const gx_hit_index *ix, gx_article *art);

/* gx_entity_rules_police.c: a place's police (广州公安, 江苏经侦, 海淀公安分局) */
void gx_er_police_rule(const gx_hit_index *ix, gx_article *art);
/* @平安北京: a police's microblog account named 平安 and its place (gx_entity_rules_police.c, gov25). */
void gx_er_police_account_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_body_account_rule(const gx_hit_index *ix, gx_article *art); /* @杭州检察, @荆门网警巡查执法 (people38) */

/* gx_entity_rules_latin.c */
/* Whether the one Latin word s of min_len letters or more is written in CamelCase (SecondMarket,
 * OneWeb; not DeMiguel, McDonald: surnames with a prefix). */
bool gx_er_camel_word(const gx_article *art, gx_span s, int32_t min_len);
void gx_er_dotted_names(const gx_hit_index *ix, gx_article *art, triggers *tr);
void gx_er_adjacent_persons(const gx_hit_index *ix, gx_article *art);
void gx_er_latin_context_names(const gx_hit_index *ix, gx_article *art, triggers *tr);

/* gx_entity_rules_latin_ctx.c: Latin names of firms shown by their neighbours (巨头 Swiggy, a list
 * with a Latin company: Swiggy 和 Zomato); after gx_er_latin_context_names() */
/* gx_entity_rules_latin_han.c: a Latin word glued to a Chinese company, to a stem and a company
 * or trade word, or to a scheme's kind (UXEL优信, AISA爱莎外汇, VPF拆分盘; latin29) */
void gx_er_latin_han_rule(const gx_hit_index *ix, gx_article *art);
void gx_er_latin_neighbour_rules(const gx_hit_index *ix, gx_article *art, triggers *tr);
/* gx_entity_rules_latin_ctx.c: is [from, to) a place of registration written in Latin letters, the
 * bracketed part of a Latin legal name (Jamplan (BVI) Limited, Acme (Hong Kong) Limited)? */
bool gx_er_latin_bracket_place(const gx_article *art, int32_t from, int32_t to);

#endif
