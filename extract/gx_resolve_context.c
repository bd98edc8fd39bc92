/* gx_resolve_context.c — part of stage 1 of resolution (gx_resolve_impl.h): weak names in
 * context — whether the sentence around a name makes it a company (a list of known companies, a
 * company's verbs, a stock table), a place before speech, a lone Latin word or a person's Latin
 * name rather than an organization, a phrase about a company (X公司) rather than a name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_cand_shape.h"
#include "gx_entities.h"
#include "gx_keymap.h"
#include "gx_quantity.h"
#include "gx_resolve_impl.h"
#include "gx_utf8.h"

/* Whether the name at s is an item of a list (、, or commas around the neighbour) next to a
 * company name the gazetteer knows as a sure one (not an ordinary word itself): 如美的、伊利等,
 * 格力、美的. */
static bool list_sep(uint32_t c)
{
    return c == 0x3001 || c == 0xFF0C || c == ',';
}

/* The candidates that may start in [lo, hi): through the resolution's index into qb when ix is
 * not NULL (a superset in ascending order, moved candidates included), else every candidate;
 * their count. cand_at() gives the q-th. (quad29: the four gazetteer-neighbour questions below
 * walked every candidate per weak name, quadratic on a text that repeats itself.) */
static int near_cands(const gx_article *art, const gx_cand_ix *ix, int *qb, int32_t lo, int32_t hi)
{
    return ix ? gx_cand_ix_starting(ix, lo, hi, qb) : art->candidates.n;
}
static const gx_candidate *cand_at(const gx_article *art, const gx_cand_ix *ix, const int *qb,
                                   int q)
{
    return &art->candidates.v[ix ? qb[q] : q];
}

static bool listed_with_company(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                                int *qb, gx_span s)
{
    bool before = s.start > 0 && list_sep(art->cp[s.start - 1]);
    bool after = s.end < art->ncp && list_sep(art->cp[s.end]);
    if (!before && !after)
        return false;
    int32_t lo = before ? s.start - 1 - (ix ? ix->maxlen : 0) : s.end + 1;
    int n = near_cands(art, ix, qb, lo, after ? s.end + 2 : s.start - 1);
    for (int k = 0; k < n; k++) {
        const gx_candidate *o = cand_at(art, ix, qb, k);
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 ||
            !((after && o->span.start == s.end + 1) || (before && o->span.end == s.start - 1)))
            continue;
        /* a comma separates clauses as well as items: the neighbour must be an item itself,
         * separated on its other side too (有保利，招商蛇口，绿地上榜) */
        bool comma = art->cp[o->span.start == s.end + 1 ? s.end : s.start - 1] != 0x3001;
        if (comma && !(o->span.start == s.end + 1 ? o->span.end < art->ncp && list_sep(art->cp[o->span.end])
                                                   : o->span.start > 0 && list_sep(art->cp[o->span.start - 1])))
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK) && o->span.end - o->span.start >= 2)
            return true;
    }
    return false;
}

/* Whether a stock code in brackets follows the name at s (理想(LI.US), 好未来(TAL), 美的(000333),
 * (NYSE:BABA)): capitals, digits and . : - only, with a capital letter or five digits or more. */
static bool stock_code_after(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end >= art->ncp || (cp[s.end] != '(' && cp[s.end] != 0xFF08))
        return false;
    int upper = 0, digits = 0;
    int32_t k = s.end + 1;
    for (; k < art->ncp && k - s.end <= 16 && cp[k] != ')' && cp[k] != 0xFF09; k++) {
        if (gx_is_upper(cp[k]))
            upper++;
        else if (gx_is_digit(cp[k]))
            digits++;
        else if (cp[k] != '.' && cp[k] != ':' && cp[k] != '-' && cp[k] != ' ')
            return false;
    }
    return k < art->ncp && (cp[k] == ')' || cp[k] == 0xFF09) && (upper > 0 || digits >= 5) && upper + digits <= 12;
}

/* The length of a share price's move word at pos followed right away by a percentage (跌3.70%,
 * 收涨1.2%), else 0. */
static int32_t move_at(const gx_article *art, int32_t pos)
{
    static const char32_t *const MOVE[] = {U"收涨", U"收跌", U"大涨", U"大跌", U"上涨", U"下跌", U"涨", U"跌", NULL};
    int32_t mv = gx_word_at(art, pos, MOVE);
    int q = mv > 0 ? gx_quantity_at(art, pos + mv) : -1;
    return q >= 0 && art->quantities.v[q].type == GX_QTY_PERCENT && art->quantities.v[q].span.start == pos + mv ? mv : 0;
}

/* Whether the name at s moves by a percentage in a row of stock moves (百度跌0.15%，好未来跌3.70%):
 * its move right after it, and a sure gazetteer company's move in the clause just before (an
 * index moves too, 标普收跌4.1%, but not in a row of companies). */
static bool move_row_name(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                          int *qb, gx_span s)
{
    if (move_at(art, s.end) == 0 || s.start < 4 || !list_sep(art->cp[s.start - 1]))
        return false;
    int q = gx_quantity_at(art, s.start - 2);
    if (q < 0 || art->quantities.v[q].type != GX_QTY_PERCENT || art->quantities.v[q].span.end != s.start - 1)
        return false;
    int32_t qs = art->quantities.v[q].span.start;
    int n = near_cands(art, ix, qb, qs - 2 - (ix ? ix->maxlen : 0), qs);
    for (int k = 0; k < n; k++) {
        const gx_candidate *o = cand_at(art, ix, qb, k);
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 || o->span.end >= qs ||
            o->span.end + 2 < qs || o->span.end + move_at(art, o->span.end) != qs)
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK) && o->span.end - o->span.start >= 2)
            return true;
    }
    return false;
}

/* Whether the name at s sits between figures like the names of a stock table run together
 * (…45游族网络22.683.37%…46新希望8.35…): a digit on both sides, and a sure gazetteer company
 * between digits just before or after it in the same run. */
static bool table_row_name(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                           int *qb, gx_span s)
{
    if (s.start == 0 || s.end >= art->ncp || !gx_is_digit(art->cp[s.start - 1]) || !gx_is_digit(art->cp[s.end]))
        return false;
    int n = near_cands(art, ix, qb, s.start - 40 - (ix ? ix->maxlen : 0), s.end + 41);
    for (int k = 0; k < n; k++) {
        const gx_candidate *o = cand_at(art, ix, qb, k);
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 || o->span.start == 0 ||
            o->span.end >= art->ncp || o->span.start == s.start || o->span.end + 40 < s.start ||
            o->span.start > s.end + 40 || !gx_is_digit(art->cp[o->span.start - 1]) || !gx_is_digit(art->cp[o->span.end]))
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK) && o->span.end - o->span.start >= 3)
            return true;
    }
    return false;
}

/* A weak name opening a clause that reports in turn what sure companies of the same sentence
 * reported (埃克森美孚、谷歌…公布的营收低于预期，苹果则公布…): 则/也/亦/同样 and a verb of
 * disclosure right after it, a comma before it, and a sure gazetteer company earlier in the
 * sentence (eleventh session, comp13). */
static bool parallel_report(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                            int *qb, gx_span s)
{
    static const char32_t *const IN_TURN[] = {U"则", U"也", U"亦", U"同样", NULL};
    static const char32_t *const REPORT[] = {U"公布", U"发布", U"披露", U"宣布", NULL};
    const uint32_t *cp = art->cp;
    int32_t t = gx_word_at(art, s.end, IN_TURN);
    if (t == 0 || !gx_word_at(art, s.end + t, REPORT) || s.start < 2 || (cp[s.start - 1] != 0xFF0C && cp[s.start - 1] != ','))
        return false;
    int32_t from = s.start - 1;
    while (from > 0 && s.start - from < 80 && cp[from - 1] != 0x3002 && cp[from - 1] != '\n')
        from--;
    int n = near_cands(art, ix, qb, from, s.start);
    for (int k = 0; k < n; k++) {
        const gx_candidate *o = cand_at(art, ix, qb, k);
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 || o->span.start < from ||
            o->span.end >= s.start)
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK) && o->span.end - o->span.start >= 2)
            return true;
    }
    return false;
}

/* A weak company name (one that is an ordinary word too: 美的, 理想, 阳光) in a company's
 * context: right after it a company attribute (cues.tsv company_attr: 美的旗下, 美的股东) or a
 * figure or act only a company has (美的营收, 美的股价, 美的发布公告; its holding, its investors,
 * its ecosystem: 小米的持股, 小米多位投资人, 小米生态链), optionally after a date
 * (美的今年营收); or right before it a word for a company (家电巨头美的, 龙头美的). */
/* Does the name open its clause (the text start or punctuation before it) and the clause go on
 * to an offer for a company (前程无忧收到来自DCP资本合伙人的收购提议, X宣布私有化)? Only firms
 * are bought, taken private or sent tender offers. */
static bool deal_clause_subject(const gx_article *art, gx_span s)
{
    static const char32_t *const DEAL[] = {U"收购提议", U"收购要约", U"私有化", U"要约收购", U"收购邀约", NULL};
    const uint32_t *cp = art->cp;
    if (s.start > 0 && (gx_is_cjk(cp[s.start - 1]) || gx_is_alnum(cp[s.start - 1])))
        return false;
    for (int32_t k = s.end; k < art->ncp && k - s.end <= 24; k++) {
        if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]) && cp[k] != ' ')
            return false;
        if (gx_word_at(art, k, DEAL))
            return true;
    }
    return false;
}

bool gx_rs_company_context(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                           int *qb, gx_span s)
{
    const char32_t *const *const AFTER =
        gx_lexicon_words(eng->lexicon, GX_WL_COMPANY_CONTEXT_AFTER);
    const char32_t *const *const FIGURE = gx_lexicon_words(eng->lexicon, GX_WL_CONTEXT_FIGURE);
    static const char32_t *const BEFORE[] = {U"巨头", U"龙头", U"厂商", U"品牌", NULL};
    const char32_t *const *const WHEN = gx_lexicon_words(eng->lexicon, GX_WL_CONTEXT_WHEN);
    int32_t at = s.end;
    int q = gx_quantity_at(art, at);
    if (q >= 0 && art->quantities.v[q].type == GX_QTY_DATE && art->quantities.v[q].span.start == at)
        at = art->quantities.v[q].span.end;
    else
        at += gx_word_at(art, at, WHEN); /* a relative date no anchor resolved */
    if (gx_word_at(art, at, AFTER))
        return true;
    /* a figure of it in the next clause (增幅最大的为红太阳，净利润同比增长…) */
    if (at == s.end && at + 1 < art->ncp && (art->cp[at] == 0xFF0C || art->cp[at] == ',') &&
        gx_word_at(art, at + 1, FIGURE))
        return true;
    for (int k = 2; k <= 4 && at + k <= art->ncp; k++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, art->cp + at, k))
            return true;
    for (int w = 0; BEFORE[w]; w++) {
        int32_t l = 0;
        while (BEFORE[w][l])
            l++;
        if (s.start >= l && gx_word_at(art, s.start - l, (const char32_t *const[]){BEFORE[w], NULL}) == l)
            return true;
    }
    return listed_with_company(eng, art, ix, qb, s) || table_row_name(eng, art, ix, qb, s) ||
           move_row_name(eng, art, ix, qb, s) || stock_code_after(art, s) ||
           parallel_report(eng, art, ix, qb, s) || deal_clause_subject(art, s);
}

/* Whether the tagger person at s reads a place: right after 在/于/赴/到/抵达 and before a speech
 * verb, directly or through 对…(特朗普在达沃斯对媒体称, 他在华尔街表示): "at X, said to Y".
 * With the verb right after, only a known region counts (在特朗普表示之后 names a person). */
bool gx_rs_place_before_speech(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const SPEECH[] = {U"发表", NULL}; /* besides a verb of saying */
    const uint32_t *cp = art->cp;
    if (s.start < 1)
        return false;
    uint32_t b = cp[s.start - 1];
    bool at = b == 0x5728 /* 在 */ || b == 0x4E8E /* 于 */ || b == 0x8D74 /* 赴 */ || b == 0x5230 /* 到 */ ||
              (s.start >= 2 && cp[s.start - 2] == 0x62B5 && b == 0x8FBE /* 抵达 */);
    if (!at || s.end >= art->ncp)
        return false;
    if (cp[s.end] == 0x5BF9 /* 对 */ || cp[s.end] == 0x5411 /* 向 */ || cp[s.end] == 0x63A5 /* 接受 */) {
        for (int32_t k = s.end + 1; k < art->ncp && k <= s.end + 12; k++) {
            if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]))
                return false;
            if (gx_lex_word_at(eng->lexicon, GX_LEX_SAY_VERB, art, k) || gx_word_at(art, k, SPEECH))
                return true;
        }
        return false;
    }
    return (gx_lex_word_at(eng->lexicon, GX_LEX_SAY_VERB, art, s.end) || gx_word_at(art, s.end, SPEECH)) && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, s.end - s.start);
}

/* Whether the Latin word at s (two letters or more) is written, at one of its occurrences, right before a word for what a
 * product or platform is (Windows底层, Daydream平台, BitcoinFile网络, Android系统): the text names a
 * product. A firm's own 平台 or 系统 reads as a company word only after a company's name, which the
 * gazetteer or a rule reads (their candidates stay). */
static bool latin_product_word(const gx_article *art, gx_span s)
{
    static const char32_t *const PRODUCT[] = {U"平台", U"底层", U"网络", U"系统", U"操作系统", U"浏览器", U"芯片",
                                              U"钱包", U"公链", U"主网", U"代币", U"协议", U"生态", U"软件", NULL};
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    for (int32_t k = gx_text_place_first(art, cp + s.start); k >= 0 && k + len < art->ncp; k = gx_text_place_next(art, k))
        if (cp[k] == cp[s.start] && !memcmp(cp + k, cp + s.start, sizeof(uint32_t) * (size_t)len) &&
            (k == 0 || !gx_is_alnum(cp[k - 1])) && gx_word_at(art, k + len, PRODUCT) > 0)
            return true;
    return false;
}

/* A tagger organisation that is one Latin word (我们deserve更多, 这很cool, Kostin的团队):
 * 1 when it is the last name of a person the article names in full (David Kostin … Kostin:
 * that person), 0 when it may stand (company evidence: a legal form or company word after it,
 * a ticker in brackets, a company's attribute; else a sure tagger for a lower-case word, a fairly
 * sure one or a repeated word for a capitalised one), -1 when it is no name. Not a single Latin word: 0. */
int gx_rs_lone_latin_org(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    int lower = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_alnum(cp[k]) || gx_is_digit(cp[k]))
            return 0;
        lower += cp[k] >= 'a' && cp[k] <= 'z';
    }
    int32_t len = s.end - s.start;
    if (len < 2 || lower == 0)
        return 0; /* all capitals (IBM, AMD): judged elsewhere */
    /* the last name of a person named in full: "First Last" among the person candidates */
    if (gx_is_upper(cp[s.start]))
        for (int j = 0; j < art->candidates.n; j++) {
            const gx_candidate *o = &art->candidates.v[j];
            int32_t lo = o->span.end - o->span.start;
            if (o->type != GX_ENT_PERSON || lo < len + 3 || o->span.end > art->ncp || cp[o->span.end - len - 1] != ' ')
                continue;
            if (!memcmp(cp + o->span.end - len, cp + s.start, sizeof(uint32_t) * (size_t)len))
                return 1;
        }
    /* a capitalised name of a product or platform, written before what it is (微软也在Windows底层,
     * 通过Daydream平台, 为BitcoinFile网络提供), is no firm, whatever the context or the tagger says */
    if (gx_is_upper(cp[s.start]) && latin_product_word(art, s))
        return -1;
    bool evidence = gx_rs_company_context(eng, art, NULL, NULL, s);
    if (!evidence && s.end < art->ncp) {
        uint32_t nx = cp[s.end];
        evidence = ((nx == '(' || nx == 0xFF08) && s.end + 1 < art->ncp &&
                    (gx_is_upper(cp[s.end + 1]) || gx_is_digit(cp[s.end + 1])));
        for (int n = 2; n <= 4 && !evidence && s.end + n <= art->ncp; n++)
            evidence = gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.end, n);
        evidence = evidence || (s.end + 2 <= art->ncp && ((nx == 0x516C && cp[s.end + 1] == 0x53F8) || /* 公司 */
                                                          (nx == 0x96C6 && cp[s.end + 1] == 0x56E2)));  /* 集团 */
    }
    if (evidence)
        return 0;
    /* lower case (deserve 0.45, convince 0.44 on the 2018 news; the brands CLUENER writes in lower
     * case, visa, rbs, bwin, score 0.83-0.99): the tagger must be sure */
    if (!gx_is_upper(cp[s.start]))
        return c->score >= 0.7f ? 0 : -1;
    /* a capital: fairly sure, or a word the text repeats (Wind, Uber, Fastly), not once and
     * doubtful (Financial 0.37, Economics 0.39, Convertible 0.55) */
    if (c->score >= 0.6f)
        return 0;
    /* an item of a list (苹果、三星、Fitbit、小米和Titan等全球品牌) */
    uint32_t before = s.start > 0 ? cp[s.start - 1] : 0, after = s.end < art->ncp ? cp[s.end] : 0;
    if (before == 0x3001 /* 、 */ || before == 0x548C /* 和 */ || after == 0x3001 || after == 0x7B49 /* 等 */)
        return 0;
    int seen = 0;
    for (int32_t k = 0; k + len <= art->ncp && seen < 2; k++)
        if (cp[k] == cp[s.start] && !memcmp(cp + k, cp + s.start, sizeof(uint32_t) * (size_t)len) &&
            (k == 0 || !gx_is_alnum(cp[k - 1])) && (k + len == art->ncp || !gx_is_alnum(cp[k + len])))
            seen++;
    return seen >= 2 ? 0 : -1;
}

/* A tagger organisation written as a person's First Last (David Kostin, capitalised words of
 * letters, no firm word such as Bank or Capital) whose last word the text also writes alone
 * (Kostin的团队): a person, since a firm is not called by its last word. */
bool gx_rs_latin_full_name_reused(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t sp = -1;
    for (int32_t k = s.start; k < s.end; k++) {
        if (cp[k] == ' ' && sp < 0 && k > s.start)
            sp = k;
        else if (!(gx_is_upper(cp[k]) ? k == s.start || k == sp + 1 : cp[k] >= 'a' && cp[k] <= 'z'))
            return false;
    }
    int32_t len = s.end - sp - 1;
    if (sp < 0 || len < 3 || gx_latin_firm_word(art, (gx_span){sp + 1, s.end}))
        return false;
    for (int32_t k = 0; k + len <= art->ncp; k++)
        if (k != sp + 1 && cp[k] == cp[sp + 1] && !memcmp(cp + k, cp + sp + 1, sizeof(uint32_t) * (size_t)len) &&
            (k == 0 || (!gx_is_alnum(cp[k - 1]) && cp[k - 1] != ' ')) && (k + len == art->ncp || !gx_is_alnum(cp[k + len])))
            return true;
    return false;
}

/* Whether a proposed company X公司 is a phrase about a company, not a name: X is one to three
 * characters that hold a function word or a digit (景林对|公司, 拟发行|公司, 将兼任|公司, 所持|公司,
 * 2.|公司), a capital-letter code alone (ST|公司; tagger_score: the tagger's, 0 for other sources), or a generic word (cues.tsv generic_body:
 * 卫星|公司, 维护|公司整体利益). 分公司, 总公司 and legal forms are not asked here. Also a place
 * after 前/原, the former post's region before a title (前英国|销售总监), and any name with 某 in
 * it (某股份制银行: a company the text leaves unnamed). */
bool gx_rs_company_word_phrase(const gx_engine *eng, const gx_article *art, gx_span s, float tagger_score)
{
    static const char32_t FUNC[] = U"对拟将所占被把向为给让与和及的在持兼从由该其本此这那各某";
    int32_t len = s.end - s.start, body = len - 2;
    const uint32_t *cp = art->cp + s.start;
    /* a company the text leaves unnamed (某股份制银行, 上海某配资公司) */
    for (int32_t k = 0; k < len; k++)
        if (cp[k] == 0x67D0 /* 某 */)
            return true;
    /* a former post's place (福特已将|前英国|销售总监): 前/原 and a place */
    if (len >= 3 && (cp[0] == 0x524D || cp[0] == 0x539F) &&
        gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + 1, len - 1))
        return true;
    if (len < 3 || body > 3 || cp[len - 2] != 0x516C || cp[len - 1] != 0x53F8) /* …公司 */
        return false;
    if (cp[body - 1] == 0x5206 || cp[body - 1] == 0x603B || cp[body - 1] == 0x9650) /* 分 总 (有)限 */
        return false;
    bool caps = true;
    for (int32_t k = 0; k < body; k++) {
        if (cp[k] < 0x80 && !gx_is_alnum(cp[k]))
            return true; /* a dot, a space */
        if (cp[k] >= '0' && cp[k] <= '9')
            return true;
        caps = caps && cp[k] >= 'A' && cp[k] <= 'Z';
        for (int f = 0; FUNC[f]; f++)
            if (cp[k] == (uint32_t)FUNC[f])
                return true;
    }
    /* capitals alone are a code: always the A-share status markers (ST公司, PT公司), otherwise
     * unless the tagger is sure of a firm (EA公司 0.98-0.99 on CLUENER) */
    if (caps && body <= 2)
        return (body == 2 && (cp[0] == 'S' || cp[0] == 'P') && cp[1] == 'T') || tagger_score < 0.9f;
    return gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp, body);
}
