/* gx_entity_rules_derived.c — companies named after a known one (twelfth session, helper
 * "comp15"): a known company's name followed by a line of business is another company, its
 * subsidiary or business unit (人保|健康, 瑞信|财富, 乐视|汽车, 东方财富|证券).
 * The business words are data (cues.tsv business_line); the whole name is the company, with no
 * ticker unless the gazetteer lists it. The parent keeps its other mentions; resolution keeps
 * the two apart (gx_resolve_entities.c does not read a business line after a known name as that
 * name's full name).
 *
 * A business word is a noun; where it runs on into a longer word (控股|股东, 投资|总监, 资产|质量,
 * 财富|管理部) the name is not a company's. Words that are also verbs (投资, 控股, 支付, 理财) read
 * as the company acting (阿里投资的20亿元, 软银集团投资入股的公司), so after them the name must end
 * at a sure edge: punctuation, a conjunction or a verb of speech.
 *
 * The file also reads a bracketed part of a name (香港建设(控股), 友邦(中国)) and the parties of a
 * plan named with dashes (上银瑞金资产-上海银行-慧富9号资产管理计划). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"

/* Is the business word at w (n code points) also a verb (投资, 控股, 支付): the company acting? */
static bool verb_like(const uint32_t *w, int n)
{
    static const char32_t *const VERBS[] = {U"投资", U"控股", U"支付", U"理财", NULL};
    for (int v = 0; VERBS[v]; v++) {
        int k = 0;
        while (VERBS[v][k] && k < n && w[k] == (uint32_t)VERBS[v][k])
            k++;
        if (!VERBS[v][k] && k == n)
            return true;
    }
    return false;
}

/* Does a name end well at pos: the text's end, punctuation (not a digit or Latin letter:
 * 腾讯科技|9月 1日讯 is an outlet's dateline; nor a number and 号: 建行财富|三号 is a product), a
 * conjunction or a verb of speech; after a noun also a title or a right_ok character or a stop word
 * (瑞信财富|的, 乐视汽车|获得, 万达商业|转让), not one that is also a business noun
 * (汇添富医疗|服务 is a fund) nor a profession that takes a field (阿里巴巴商业|分析师); after a
 * verb no title (安保资本投资|分析师 is the firm's investment analyst)? */
static bool edge_after(const gx_hit_index *ix, const gx_article *art, int32_t pos, bool verb)
{
    /* besides a verb of saying: what a company's clause goes on with */
    const char32_t *const *const GOES_ON = gx_lexicon_words(ix->lex, GX_WL_EDGE_GOES_ON);
    if (pos >= art->ncp)
        return true;
    uint32_t c = art->cp[pos];
    if (!gx_is_cjk(c))
        return !gx_is_alnum(c);
    /* (a number and 号 or 期 after it: a product of the company, 建行财富|三号) */
    int32_t q = pos;
    while (q < art->ncp && q - pos < 4 && gx_is_numeral(art->cp[q]))
        q++;
    if (q > pos && q < art->ncp && (art->cp[q] == 0x53F7 /* 号 */ || art->cp[q] == 0x671F /* 期 */))
        return false;
    if (c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */ ||
        c == 0x3001 /* 、 */ || gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, pos) > 0 || gx_word_at(art, pos, GOES_ON) > 0)
        return true;
    /* (a profession that takes a field before it: 阿里巴巴|商业分析师, 证券分析师) */
    const char32_t *const *const PROFESSIONS = gx_lexicon_words(ix->lex, GX_WL_EDGE_PROFESSION);
    if (verb || gx_word_at(art, pos, PROFESSIONS) > 0)
        return false;
    int stop = gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP);
    return gx_hit_len_starting(ix, pos, GX_LEX_POSITION) > 0 ||
           gx_lexicon_char_is(ix->lex, c, GX_LEX_RIGHT_OK) ||
           (stop >= 2 && !gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + pos, stop));
}

/* Does a lexicon word that is no business line start at pos and reach past end (控股|股东,
 * 投资|总监: the business word opens another word)? */
static bool runs_on(const gx_hit_index *ix, int32_t pos, int32_t end)
{
    static const gx_lex_kind KINDS[] = {GX_LEX_POSITION,       GX_LEX_COMPANY,
                                        GX_LEX_ORGANIZATION,   GX_LEX_GOVERNMENT,
                                        GX_LEX_COMPANY_SUFFIX, GX_LEX_LEFT_STOP};
    for (size_t k = 0; k < sizeof KINDS / sizeof KINDS[0]; k++)
        if (pos + gx_hit_len_starting(ix, pos, KINDS[k]) > end)
            return true;
    return false;
}

void gx_er_business_line_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n = art->candidates.n;
    for (int k = 0; k < n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_COMPANY || c->lex_id < 0 ||
            c->span.end - c->span.start < 2 || c->span.end >= art->ncp ||
            !gx_is_cjk(cp[c->span.end - 1]))
            continue; /* (a Latin name before a Chinese firm word is the Latin rules': ING银行) */
        /* (a legal name is whole: 中国证券登记结算有限责任公司|证券质押明细表) */
        if (c->span.end - c->span.start >= 4 && cp[c->span.end - 2] == 0x516C /* 公 */ && cp[c->span.end - 1] == 0x53F8 /* 司 */)
            continue;
        int w = gx_hit_len_starting(ix, c->span.end, GX_LEX_BUSINESS_LINE);
        if (w <= 0)
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, c->lex_id);
        /* (an ordinary word is no company's name here: 阳光|保险) */
        if (!e || (e->flags & GX_LEXF_WEAK))
            continue;
        gx_span name = {c->span.start, c->span.end + w};
        /* (two lines of business, the second narrowing the first: 海尔|金融|保理) */
        int w2 = name.end < art->ncp ? gx_hit_len_starting(ix, name.end, GX_LEX_BUSINESS_LINE) : 0;
        if (w2 > 0 && !verb_like(cp + c->span.end, w) && !verb_like(cp + name.end, w2) &&
            !runs_on(ix, c->span.end, name.end) && !runs_on(ix, name.end, name.end + w2)) {
            name.end += w2;
            w += w2;
        }
        /* the longest known name here: the gazetteer knows the whole (平安|银行) or a longer
         * one (中国银行|保险监督管理委员会) */
        bool known = false;
        static const gx_lex_kind NAMED[] = {GX_LEX_COMPANY, GX_LEX_ORGANIZATION, GX_LEX_GOVERNMENT};
        for (size_t q = 0; q < sizeof NAMED / sizeof NAMED[0] && !known; q++)
            known = c->span.start + gx_hit_len_starting(ix, c->span.start, NAMED[q]) > c->span.end;
        /* (the name's last word again is a verb after it: 泛大西洋投资|投资, 纪源资本|资本) */
        bool repeated = c->span.end - c->span.start > w;
        for (int q = 0; q < w && repeated; q++)
            repeated = cp[c->span.end - w + q] == cp[c->span.end + q];
        /* (the gazetteer reads the text otherwise: 申万|宏源证券 holds a name of its own) */
        for (int32_t s = c->span.start + 1; s < c->span.end && !known; s++)
            known = gx_hit_len_starting(ix, s, GX_LEX_COMPANY) == name.end - s;
        /* (a word of the company's own legal name is its own: 中国太保|集团 is 中国太平洋保险(集团)
         * 股份有限公司 itself) */
        const gx_lex_thing *th = e->thing >= 0 ? gx_lexicon_thing(ix->lex, e->thing) : NULL;
        if (th && th->full_name &&
            strstr(th->full_name, gx_article_span_text(art, (gx_span){c->span.end, name.end})))
            continue;
        if (known || repeated || runs_on(ix, c->span.end, name.end) ||
            !edge_after(ix, art, name.end, verb_like(cp + c->span.end, w)))
            continue;
        gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.8f, NULL, -1);
    }
}

/* ------------------------------------------------------------------ a bracketed part of a name */

bool gx_er_bracket_name_part(const gx_hit_index *ix, const gx_article *art, int32_t open,
                             int32_t close)
{
    int32_t n = close - open - 1;
    if (open < 1 || close >= art->ncp || art->cp[open] != '(' || art->cp[close] != ')' || n < 2 ||
        n > 6 || !gx_is_cjk(art->cp[open - 1]))
        return false;
    const char32_t *const *const OWN = gx_lexicon_words(ix->lex, GX_WL_BRACKET_OWN);
    return gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + open + 1, n) ||
           gx_word_at(art, open + 1, OWN) == n;
}

/* Is the bracketed word at [open + 1, close) the company's own (控股, 集团, 国际: 香港建设(控股) is
 * 香港建设) rather than a region (宝洁(中国): the company's unit there)? */
static bool own_form(const gx_hit_index *ix, const gx_article *art, int32_t open, int32_t close)
{
    return !gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + open + 1, close - open - 1);
}

/* Does a name end well after a bracket at pos: the text's end, punctuation other than an opening
 * bracket (a code after it is the ticker rule's), a date or figure (a headline:
 * 香港建设(控股)6月5日回购), a right_ok character, a stop word, a title? Not a legal form
 * (华润(集团)有限公司 is the suffix rule's full name). */
static bool edge_after_bracket(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp)
        return true;
    uint32_t c = art->cp[pos];
    if (c == '(' || gx_hit_len_starting(ix, pos, GX_LEX_COMPANY_SUFFIX) > 0)
        return false;
    if (!gx_is_cjk(c))
        return gx_is_digit(c) || !gx_is_alnum(c);
    return gx_lexicon_char_is(ix->lex, c, GX_LEX_RIGHT_OK) ||
           gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) >= 2 ||
           gx_hit_len_starting(ix, pos, GX_LEX_POSITION) > 0;
}

void gx_er_bracket_part_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        int32_t close = i + 1;
        while (close < art->ncp && close - i <= 7 && cp[close] != ')')
            close++;
        if (!gx_er_bracket_name_part(ix, art, i, close) || !edge_after_bracket(ix, art, close + 1))
            continue;
        bool own = own_form(ix, art, i, close);
        /* the company before it: a name the gazetteer, a rule or the tagger read, else (控股, 集团
         * only) an unknown name from a clear left edge */
        int prev = gx_er_cand_ending_at(art, i, 1 << GX_ENT_COMPANY);
        if (prev >= 0 && art->candidates.v[prev].source == GX_SRC_TAGGER)
            prev = -1; /* (the tagger's edges are no company's: 有|价证券(期货)) */
        gx_span name;
        if (prev >= 0) {
            name = art->candidates.v[prev].span;
        } else {
            /* (a sure context: the name reaches back over a stop word to punctuation, 香港|建设) */
            name.start = gx_company_name_left(ix, art, i, true, false).start;
            name.end = i;
            /* (控股, 集团 only: 中原硅谷首届(国际)创新科技盛典 is an event) */
            static const char32_t *const GROUP[] = {U"控股", U"集团", NULL};
            if (!gx_word_at(art, i + 1, GROUP) || name.end - name.start < 2 ||
                name.end - name.start > 8 || !gx_er_plausible_name_ex(ix, art, name, false))
                continue;
        }
        int t = gx_add_candidate(art, (gx_span){name.start, close + 1}, GX_ENT_COMPANY, GX_SRC_RULE,
                                 0.85f, NULL, -1);
        /* the company's own bracketed form keeps its link (its ticker); a region's unit has none */
        const gx_candidate *g = prev >= 0 ? &art->candidates.v[prev] : NULL;
        if (own && g && g->source == GX_SRC_GAZETTEER && g->lex_id >= 0) {
            art->candidates.v[t].lex_id = g->lex_id;
            art->candidates.v[t].ticker = g->ticker;
            art->candidates.v[t].canonical = g->canonical;
        }
    }
}

/* ------------------------------------------------------------ plans named by their parties */

#define DASH_IS(c) || x == (c)

static bool is_dash(uint32_t x)
{
    return 0 GX_ER_DASHES(DASH_IS);
}

/* The end of a plan's or product's name that starts at `from` (慧富9号资产管理计划,
 * 卓越成长股票集合资产管理计划): name characters (Chinese, Latin, digits) up to a product word
 * within 30 of them; -1 when none. */
static int32_t plan_end(const gx_article *art, int32_t from)
{
    static const char32_t *const PRODUCT[] = {U"资产管理计划", U"集合资金信托计划", U"信托计划",
                                              U"集合计划",     U"投资计划",         U"证券投资基金",
                                              U"理财产品",     U"私募基金",         NULL};
    for (int32_t j = from; j < art->ncp && j - from <= 30; j++) {
        int32_t w = j - from >= 2 ? gx_word_at(art, j, PRODUCT) : 0;
        if (w > 0)
            return j + w;
        if (!gx_is_cjk(art->cp[j]) && !gx_is_alnum(art->cp[j]))
            return -1;
    }
    return -1;
}

/* A run of 2-12 name characters [from, to) between dashes: a custodian's name (上海银行)? */
static bool party_between(const gx_article *art, int32_t from, int32_t to)
{
    if (to - from < 2 || to - from > 12)
        return false;
    for (int32_t j = from; j < to; j++)
        if (!gx_is_cjk(art->cp[j]) && !gx_is_alnum(art->cp[j]))
            return false;
    return true;
}

void gx_er_plan_party_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    const int32_t ncp = art->ncp; /* (adding candidates leaves the text alone) */
    /* the dashes from the triggers' walk (i: the next position the rule may start from) */
    for (int32_t i = 2; (i = trig_next(&tr->l[TR_DASH], i, ncp)) + 3 < ncp; i++) {
        if (!gx_is_cjk(cp[i - 1]) || !gx_is_cjk(cp[i + 1]))
            continue;
        /* manager-plan (申万菱信-皖能物资增持单一资产管理计划) or manager-custodian-plan
         * (上银瑞金资产-上海银行-慧富9号资产管理计划) */
        int32_t d2 = i + 1;
        while (d2 < art->ncp && d2 - i <= 13 && (gx_is_cjk(cp[d2]) || gx_is_alnum(cp[d2])))
            d2++;
        int32_t plan_from = i + 1, pe = -1;
        bool custodian = d2 < art->ncp && is_dash(cp[d2]) && party_between(art, i + 1, d2);
        if (custodian && (pe = plan_end(art, d2 + 1)) > 0)
            plan_from = d2 + 1;
        else if ((pe = plan_end(art, i + 1)) < 0)
            continue;
        else
            custodian = false;
        /* the manager: a name read there, else one from a clear left edge (a sure context) */
        int prev = gx_er_cand_ending_at(art, i, GX_ORGLIKE);
        gx_span m = {prev >= 0 ? art->candidates.v[prev].span.start
                               : gx_company_name_left(ix, art, i, true, false).start,
                     i};
        if (prev >= 0 && art->candidates.v[prev].source == GX_SRC_TAGGER)
            m.start = gx_company_name_left(ix, art, i, true, false).start;
        if (m.end - m.start >= 2 && m.end - m.start <= 12 &&
            gx_er_plausible_name_ex(ix, art, m, false))
            gx_add_candidate(art, m, GX_ENT_COMPANY, GX_SRC_RULE, 0.85f, NULL, -1);
        if (custodian)
            gx_add_candidate(art, (gx_span){i + 1, d2}, GX_ENT_COMPANY, GX_SRC_RULE, 0.85f, NULL,
                             -1);
        /* the plan is a product, no company's name (慧富9号资产 is no place) */
        gx_add_candidate(art, (gx_span){plan_from, pe}, GX_ENT_PRODUCT, GX_SRC_RULE, 0.9f, NULL,
                         -1);
        i = pe - 1;
    }
}
