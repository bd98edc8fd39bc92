/* gx_resolve_entities.c — resolution stage 4 (gx_resolve_impl.h): one entity per group, merges
 * of names the groups did not join, each entity's name, aliases, ticker as of the article's date
 * and company id; the final order and ids. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_resolve_impl.h"
#include "gx_rules_en.h"
#include "gx_tagger.h"

static int cmp_mention(const void *a, const void *b)
{
    const gx_mention *x = a, *y = b;
    return x->span.start - y->span.start;
}

void gx_rs_add_alias(gx_article *art, gx_entity *e, const char *s)
{
    if (!s || !*s || (e->name && !strcmp(e->name, s)))
        return;
    for (int i = 0; i < e->aliases.n; i++)
        if (!strcmp(e->aliases.v[i], s))
            return;
    *GX_VEC_PUSH(art->arena, e->aliases) = s;
}

void gx_rs_add_mention(gx_article *art, gx_entity *e, gx_span s)
{
    for (int i = 0; i < e->mentions.n; i++)
        if (e->mentions.v[i].span.start == s.start && e->mentions.v[i].span.end == s.end)
            return;
    GX_VEC_PUSH(art->arena, e->mentions)->span = s;
}

/* ------------------------------------------------------------------ tickers as of the article */

/* Whether c is a Chinese numeral of a month (一 … 十: 十一月), not 本/上/下 (本月, 上月). */
static bool numeral(uint32_t c)
{
    static const char32_t N[] = U"一二三四五六七八九十";
    for (int i = 0; N[i]; i++)
        if (c == N[i])
            return true;
    return false;
}

/* Whether the date written at `at` without a year follows a word that refers back to a year
 * the text named (1987年…当年10月19日, 同年12月, 次年3月, 翌年): it is not the article's year,
 * whatever year the quantity stage gave it. */
static bool year_referred_back(const gx_article *art, int32_t at)
{
    static const char32_t *const BACK[] = {U"当年", U"同年", U"次年", U"翌年", U"当月", NULL};
    return at >= 2 && gx_word_at(art, at - 2, BACK) == 2;
}

/* Whether the text writes 春节 (the Spring Festival), not as a past or coming year's (去年春节,
 * 明年春节). */
static bool spring_festival(const gx_article *art)
{
    static const char32_t *const SF[] = {U"春节", NULL};
    static const char32_t *const OTHER[] = {U"去年", U"明年", U"往年", U"历年", NULL};
    for (int32_t i = 0; i + 1 < art->ncp; i++)
        if (art->cp[i] == 0x6625 /* 春 */ && gx_word_at(art, i, SF) && !(i >= 2 && gx_word_at(art, i - 2, OTHER)))
            return true;
    return false;
}

/* Whether the date span d (len code points) starts with its year: four digits, or four Chinese
 * numerals and 年 (二零一八年五月二十一日, quant28). */
static bool written_year(const uint32_t *d, int32_t len)
{
    static const char32_t CN[] = U"零〇一二三四五六七八九";
    bool digits = len >= 4, chinese = len >= 5 && d[4] == U'年';
    for (int k = 0; k < 4 && (digits || chinese); k++) {
        digits = digits && gx_is_digit(d[k]);
        bool cn = d[k] == 0x25CB; /* ○ */
        for (int j = 0; CN[j] && !cn; j++)
            cn = d[k] == (uint32_t)CN[j];
        chinese = chinese && cn;
    }
    return (digits && d[0] >= '1' && d[0] <= '2') || chinese;
}

/* Whether the date span ending at end opens a period lasting to the present (2003年,至今 "since
 * 2003 until now"; 2016年至今): the text was written after it, by how much it does not say. */
static bool until_now(const gx_article *art, int32_t end)
{
    static const char32_t *const NOW[] = {U"至今", NULL};
    if (end < art->ncp && gx_cp_in(art->cp[end], U",，、 "))
        end++;
    return end + 1 < art->ncp && gx_word_at(art, end, NOW) == 2;
}

/* How many calendar years after a date taken from the text a listing can be withheld (see
 * listed_after): TEXT_REACH for the latest date written, SINCE_REACH when that date opens a period
 * up to now (until_now). */
#define TEXT_REACH 5
#define SINCE_REACH 2

/* The date the article speaks from, as "YYYY-MM-DD", "YYYY-MM" or "YYYY" in buf (11 bytes):
 * its published_at when given (*reach 0), else (*reach TEXT_REACH, or SINCE_REACH for a date that
 * opens a period up to now) the latest day its own text writes with
 * its year ("2017年12月22日", "2017-12-22"; a bare "2月2日" got its year from the same uncertain
 * anchor and does not count), else, when the text writes no such day, the latest month or year
 * it writes with its year ("2018年2月", "2018年", "2017年年报"), narrowed to the latest bare day
 * the engine placed in that same year ("2018年" … "2月6日" -> 2018-02-06), or, for a year alone, by
 * the latest bare month or a Spring Festival the text writes (2018-02). Months and years are
 * the weaker estimate: besides periods ("2017年5月以来") they include forecasts ("2020年目标") later than
 * the article, so a day outranks them; listed_after compares at their precision (a year
 * withholds only listings of a later year). Returns false when nothing dates the article. */
static bool article_as_of(const gx_article *art, char buf[11], int *reach)
{
    buf[0] = '\0';
    *reach = 0;
    if (art->published_at && strlen(art->published_at) >= 7 && art->published_at[4] == '-') {
        snprintf(buf, 11, "%s", art->published_at);
        return true;
    }
    *reach = TEXT_REACH;
    char coarse[11] = "", bare[11] = "", since[11] = "";
    int bare_month = 0; /* the latest month written by its number without a year (2月, 2月6日) */
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        if (q->type != GX_QTY_DATE || !q->date)
            continue;
        size_t l = strlen(q->date);
        /* a quarter or half written with its year (2017年第四季度, 2018年上半年: 2017Q4, 2018H1) is a
         * period the text reports on or looks to: the month it ends, at month precision */
        if (l == 6 && (q->date[4] == 'Q' || q->date[4] == 'H') && q->date[5] >= '1' &&
            q->date[5] <= (q->date[4] == 'Q' ? '4' : '2') && q->span.end - q->span.start >= 6 &&
            gx_is_digit(art->cp[q->span.start]) && gx_is_digit(art->cp[q->span.start + 3])) {
            char ym[11];
            int mo = (q->date[5] - '0') * (q->date[4] == 'Q' ? 3 : 6);
            snprintf(ym, sizeof ym, "%.4s-%02d", q->date, mo);
            if (strcmp(ym, coarse) > 0)
                snprintf(coarse, sizeof coarse, "%s", ym);
            continue;
        }
        if (l != 10 && l != 7 && l != 4)
            continue;
        /* written with its year (the span starts with four digits) */
        const uint32_t *d = art->cp + q->span.start;
        bool year = q->span.end - q->span.start >= (int32_t)(l == 4 ? 5 : l == 7 ? 6 : 8) &&
                    written_year(d, q->span.end - q->span.start);
        if (!year && year_referred_back(art, q->span.start))
            continue; /* 当年10月19日: a day of a year the text named, not of the article's */
        if (!year && l >= 7 && q->date[4] == '-' && gx_is_digit((uint8_t)q->date[5]) &&
            gx_is_digit((uint8_t)q->date[6]) && (gx_is_digit(d[0]) || numeral(d[0]))) {
            int mo = (q->date[5] - '0') * 10 + (q->date[6] - '0');
            if (mo <= 12 && mo > bare_month)
                bare_month = mo;
        }
        bool ok = l == 4 || (q->date[4] == '-' && (l == 7 || q->date[7] == '-'));
        for (size_t k = 0; k < l && ok; k++)
            ok = (k == 4 || k == 7) ? q->date[k] == '-' : (q->date[k] >= '0' && q->date[k] <= '9');
        if (!ok)
            continue;
        char *to = !year ? (l == 10 ? bare : NULL) : l == 10 ? buf : coarse;
        if (to && strcmp(q->date, to) > 0)
            snprintf(to, 11, "%s", q->date);
        if (year && until_now(art, q->span.end) && strcmp(q->date, since) > 0)
            snprintf(since, sizeof since, "%s", q->date);
    }
    /* the latest date written opens a period up to now (合作开始于2003年,至今): the text was
     * written after it, by how much it does not say; it withholds only listings up to two years
     * later (2018年至今 in a January 2018 article: a listing of mid-2018 still to come). (A day
     * written earlier stays the estimate when the period opens in a later year.) */
    if (since[0] && strncmp(since, buf[0] ? buf : coarse, 4) == 0)
        *reach = SINCE_REACH;
    /* no day written with its year: the latest month or year written; a bare day ("2月6日") the
     * engine placed in that same year narrows it */
    if (!buf[0])
        snprintf(buf, 11, "%s", bare[0] && coarse[0] && !strncmp(bare, coarse, 4) && strcmp(bare, coarse) > 0 ? bare : coarse);
    /* only a year: the latest month the text writes without a year, wherever the engine placed
     * it ("2018年" … "2月份" -> 2018-02) */
    if (strlen(buf) == 4 && bare_month)
        snprintf(buf + 4, 7, "-%02d", bare_month);
    /* only a year and no month: a text speaking of the Spring Festival (春节前, 春节后, 春节期间),
     * which falls between late January and mid-February, was written about February of it */
    else if (strlen(buf) == 4 && spring_festival(art))
        snprintf(buf + 4, 7, "-02");
    return buf[0] != '\0';
}

/* Whether a company's gazetteer ticker should be withheld: the article speaks from a date
 * before the company's listing (a 2018 article on a company listed in 2019 names no ticker).
 * The caller keeps a ticker the text writes itself ("宁德时代(300750)").
 * Compared at the article date's precision: a month equal to the listing month keeps it. A date
 * taken from the text is only a lower bound of when it was written (a 2018 review of 1987's
 * crash names no later month): it withholds a ticker only for a listing at most five calendar
 * years later. (Of the 269 articles of the 2018 news that the text dates, with their real dates:
 * the latest year written lies 0-3 years before publication in 220, 4-5 years in 7, 6 or more
 * in 21 — mostly reviews of history, whose companies listed since keep their tickers — and
 * after it in 21, forecasts.) */
static bool listed_after(const gx_lex_thing *th, const char *as_of, int reach)
{
    if (!th->list_date[0] || !as_of[0])
        return false;
    size_t l = strlen(as_of);
    if (strncmp(as_of, th->list_date, l) >= 0)
        return false;
    return !reach || atoi(th->list_date) - atoi(as_of) <= reach;
}

/* Whether a sentence with one of the company's mentions shows its shares trading or its listing
 * done (涨停, 连板, 重仓股, 股价, 成功上市, 上市以来, 此前上市 …: "翔港科技、华菱精工等强势连板",
 * "此前上市即遭到资金抢筹的众安保险、阅文集团"), or a mention carries a
 * portal's inline stock quote (国泰君安(17.210,-0.23,-1.32%)): the company was listed when the
 * article was written, whatever the latest date its text writes. */
static bool trades_in_text(const gx_article *art, const gx_entity *e)
{
    static const char32_t *const TRADING[] = {U"涨停",     U"跌停",     U"连板",     U"重仓",
                                              U"流通股",   U"股价",     U"收涨",     U"收跌",
                                              U"成功上市", U"上市首日", U"正式登陆", U"上市以来",
                                              U"此前上市", U"先后上市", U"已经上市", NULL};
    for (int m = 0; m < e->mentions.n; m++) {
        int32_t end = e->mentions.v[m].span.end;
        if (gx_stock_quote_end(art, end) > end)
            return true;
    }
    for (int m = 0; m < e->mentions.n; m++) { /* (not sorted yet: a sentence may be read twice) */
        int32_t s0, s1;
        gx_rs_sentence_bounds(art, e->mentions.v[m].span.start, &s0, &s1);
        for (int32_t k = s0; k < s1; k++)
            if (gx_word_at(art, k, TRADING))
                return true;
    }
    return false;
}

static bool cp_is_ipo(const gx_article *art, int32_t k)
{
    return art->cp[k] == 'I' && k + 2 < art->ncp && art->cp[k + 1] == 'P' && art->cp[k + 2] == 'O';
}

/* Whether a mention of company e heads its own listing still to come or a funding round of a
 * private firm: the clause after it (at most 8 characters on, before a comma or a stop) writes
 * IPO (not IPO首日, IPO以来), 过会, 上市申请, 招股, 递表, 拟上市, 申请上市, 轮融资 or 融资 + an amount
 * ("酷特智能IPO过会", "百威亚太IPO", "Airbnb融资1.2亿美元"; not 融资融券 or 融资余额 of a listed stock). */
static bool going_public(const gx_article *art, const gx_entity *e)
{
    static const char32_t *const CUE[] = {U"IPO",      U"过会",     U"上市申请", U"招股",   U"递表",
                                          U"拟上市",   U"申请上市", U"轮融资",   NULL};
    /* an IPO done: 趣活IPO首日多次熔断, X IPO以来 */
    static const char32_t *const DONE[] = {U"首日", U"以来", U"当天", U"当日", U"后", U"之后", U"时", NULL};
    for (int m = 0; m < e->mentions.n; m++) {
        int32_t end = e->mentions.v[m].span.end;
        for (int32_t k = end; k < art->ncp && k < end + 8; k++) {
            uint32_t c = art->cp[k];
            if (c == '\n' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x3002 /* 。 */ ||
                c == 0xFF0C /* ， */ || c == 0x3001 /* 、 */ || c == 0xFF1B || c == 0xFF1A)
                break;
            int32_t l = gx_word_at(art, k, CUE);
            if (l && !(cp_is_ipo(art, k) && gx_word_at(art, k + l, DONE)))
                return true;
            if (c == 0x878D /* 融 */ && k + 2 < art->ncp && art->cp[k + 1] == 0x8D44 /* 资 */ &&
                gx_is_digit(art->cp[k + 2]))
                return true;
        }
    }
    return false;
}

/* Whether t can be a company's share: not an A-market code of a fund or a bond (SSE 5xxxxx
 * funds and 0/1xxxxx bonds and indices, SZSE 1xxxxx funds and bonds: 创业板50ETF(159949.SZ)). */
static bool share_code(const gx_ticker *t)
{
    if (!strcmp(t->exchange, "SSE"))
        return t->code[0] == '6' || t->code[0] == '9';
    if (!strcmp(t->exchange, "SZSE"))
        return t->code[0] != '1';
    return true;
}

/* The gazetteer company listed under ticker t, or NULL (for the few companies that carry a
 * ticker without a gazetteer thing, such as a listed bank's branch). */
static const gx_lex_thing *thing_by_ticker(const gx_lexicon *lex, const gx_ticker *t)
{
    const gx_lex_thing *th = gx_lexicon_thing(lex, gx_lexicon_find_ticker(lex, t));
    return th && th->type == GX_ENT_COMPANY ? th : NULL;
}

/* Whether every mention of company e (gazetteer thing th) is a listed short name that a portal's
 * inline quote cuts from a line of business glued after it (中国长城(9.170,0.05,0.55%)资产管理股份,
 * 中国长城(…)资产转让: the portal quoted 中国长城 inside 中国长城资产, another company): the listed
 * company is not meant, and its ticker is withheld. Not when the word is in the company's own
 * legal name (中国太保|(quote)集团). */
static bool quote_cuts_business_line(const gx_lexicon *lex, const gx_article *art, const gx_entity *e,
                                     const gx_lex_thing *th)
{
    if (!lex || !th || !e->mentions.n)
        return false;
    for (int m = 0; m < e->mentions.n; m++) {
        int32_t end = e->mentions.v[m].span.end;
        int32_t q = gx_stock_quote_end(art, end);
        if (q <= end)
            return false;
        int32_t w = gx_lex_word_at(lex, GX_LEX_BUSINESS_LINE, art, q);
        if (w <= 0 || (th->full_name && strstr(th->full_name, gx_article_span_text(art, (gx_span){q, q + w}))))
            return false;
    }
    return true;
}

/* The ticker a text writes in brackets right after a portal's inline stock quote that follows a
 * mention of company e (华兴资本控股(15.48,-0.28,-1.78%)(01911), 中兴通讯(21.35,1.75,8.93%)(00763),
 * 继峰股份(7.500,0.00,0.00%)(603997)): the ticker rule reads a code right after a name only. A
 * Hong Kong code has four or five digits led by 0 or .HK (given as five); an A-share code
 * six digits, .SH/.SZ/.BJ optional. Returns false when no mention has one. */
static bool ticker_after_quote(const gx_article *art, const gx_entity *e, gx_ticker *t)
{
    for (int m = 0; m < e->mentions.n; m++) {
        int32_t end = e->mentions.v[m].span.end, k = gx_stock_quote_end(art, end);
        if (k == end || k >= art->ncp || art->cp[k] != '(')
            continue;
        char dig[8];
        int nd = 0;
        for (k++; k < art->ncp && gx_is_digit(art->cp[k]) && nd < 7; k++)
            dig[nd++] = (char)art->cp[k];
        dig[nd] = '\0';
        char suf[4] = "";
        if (k + 3 < art->ncp && art->cp[k] == '.' && gx_is_upper(art->cp[k + 1]) &&
            gx_is_upper(art->cp[k + 2])) {
            suf[0] = (char)art->cp[k + 1], suf[1] = (char)art->cp[k + 2], suf[2] = '\0';
            k += 3;
        }
        if (k >= art->ncp || art->cp[k] != ')')
            continue;
        memset(t, 0, sizeof *t);
        if ((nd == 4 || nd == 5) && (dig[0] == '0' || !strcmp(suf, "HK")) &&
            (!suf[0] || !strcmp(suf, "HK"))) {
            gx_ticker_set_hk(t, dig);
            return true;
        }
        if (nd == 6) {
            const char *ex = !strcmp(suf, "SH")   ? "SSE"
                             : !strcmp(suf, "SZ") ? "SZSE"
                             : !strcmp(suf, "BJ") ? "BSE"
                             : suf[0]             ? NULL
                             : dig[0] == '6'      ? "SSE"
                             : (dig[0] == '0' || dig[0] == '3') ? "SZSE"
                                                                : NULL;
            if (!ex)
                continue;
            snprintf(t->code, sizeof t->code, "%s", dig);
            snprintf(t->exchange, sizeof t->exchange, "%s", ex);
            return true;
        }
    }
    return false;
}

/* The listed company whose team, research unit or division the company name at s is (华泰宏观,
 * 国泰君安证券研究所, 摩根士丹利财富管理, 瑞银美洲投资策略部门): a known listed company's name, or the
 * name before its 证券 (华泰 -> 华泰证券), then optionally 证券 and a region, then a unit word that
 * ends the name. Such a unit is its company (it has no shares of its own); a subsidiary with a
 * company's form of its own (申万宏源证券, 东方证券资产管理) is not matched. NULL when none. */
static const gx_lex_thing *unit_parent(const gx_lexicon *lex, const gx_article *art, gx_span s, int32_t *firm_end)
{
    const char32_t *const *const UNIT = gx_lexicon_words(lex, GX_WL_UNIT_WORD);
    static const char32_t *const REGION[] = {U"美洲", U"亚洲", U"欧洲", U"亚太", U"全球", NULL};
    static const char32_t *const SEC[] = {U"证券", NULL};
    int32_t n = s.end - s.start;
    if (!lex || n < 4 || n > 24)
        return NULL;
    bool last = false; /* the last character of a unit word (most names fail here) */
    for (int i = 0; UNIT[i] && !last; i++) {
        int32_t ul = 0;
        while (UNIT[i][ul])
            ul++;
        last = art->cp[s.end - 1] == (uint32_t)UNIT[i][ul - 1];
    }
    if (!last)
        return NULL;
    for (int32_t k = n - 2; k >= 2; k--) {
        int32_t r = s.start + k;
        r += gx_word_at(art, r, SEC);
        int32_t written = r; /* the firm as the text writes it: its name, and 证券 when written */
        r += gx_word_at(art, r, REGION);
        bool unit = false; /* a unit word that ends the name */
        for (int i = 0; UNIT[i] && !unit; i++) {
            int32_t ul = 0;
            while (UNIT[i][ul] && r + ul < s.end && art->cp[r + ul] == (uint32_t)UNIT[i][ul])
                ul++;
            unit = !UNIT[i][ul] && r + ul == s.end;
        }
        if (!unit)
            continue;
        uint32_t buf[26];
        memcpy(buf, art->cp + s.start, sizeof(uint32_t) * (size_t)k);
        buf[k] = 0x8BC1, buf[k + 1] = 0x5238; /* 证券 */
        for (int with_sec = 1; with_sec >= 0; with_sec--) {
            int32_t id = gx_lexicon_find(lex, GX_LEX_COMPANY, buf, k + 2 * with_sec);
            const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(lex, id) : NULL;
            const gx_lex_thing *th = en && en->thing >= 0 ? gx_lexicon_thing(lex, en->thing) : NULL;
            if (th && th->type == GX_ENT_COMPANY && th->ticker.code[0]) {
                if (firm_end)
                    *firm_end = written;
                return th;
            }
        }
    }
    return NULL;
}

/* The listed company a name of the form X公司 is, when X is a name the gazetteer knows for a
 * listed company (陌陌公司, Facebook公司: the company itself, called by its name and 公司), or
 * NULL. (fourteenth session, "tickers15") */
static const gx_lex_thing *company_word_parent(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    int32_t n = s.end - s.start - 2;
    if (n < 2 || n > 24 || art->cp[s.end - 2] != 0x516C /* 公 */ || art->cp[s.end - 1] != 0x53F8 /* 司 */)
        return NULL;
    int32_t id = gx_lexicon_find(lex, GX_LEX_COMPANY, art->cp + s.start, n);
    /* a foreign country before it (美国高通公司, 美国森普拉能源公司): the company of that country */
    for (int r = 2; id < 0 && r <= 4 && n - r >= 2; r++)
        if (gx_lexicon_is(lex, GX_LEX_REGION, art->cp + s.start, r) &&
            !gx_lexicon_is_home_region(lex, art->cp + s.start, r))
            id = gx_lexicon_find(lex, GX_LEX_COMPANY, art->cp + s.start + r, n - r);
    const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(lex, id) : NULL;
    const gx_lex_thing *th = en && en->thing >= 0 && !(en->flags & GX_LEXF_WEAK) ? gx_lexicon_thing(lex, en->thing) : NULL;
    return th && th->type == GX_ENT_COMPANY && th->ticker.code[0] ? th : NULL;
}

/* The text of the firm whose desk or research unit the company name at s is (国金|策略, 华泰|宏观,
 * 国泰君安证券|研究所), when the gazetteer knows the firm as thing th: a desk is named by its firm
 * as the text writes it (the firm is what the news names: 国金策略李立峰 quotes 国金's analyst).
 * NULL when s is no desk of th. (fourteenth session, "comp17") */
static const char *desk_firm_text(const gx_lexicon *lex, gx_article *art, gx_span s, const gx_lex_thing *th)
{
    int32_t firm_end = -1;
    if (unit_parent(lex, art, s, &firm_end) != th || firm_end - s.start < 2)
        return NULL;
    return gx_article_span_text(art, (gx_span){s.start, firm_end});
}

/* Whether the gazetteer ticker of company e (gazetteer thing th) is withheld for the date the
 * article speaks from (article_as_of): listed after it (listed_after), unless the text writes
 * the ticker itself ("宁德时代(300750)") or, for a date taken from the text, shows the shares
 * trading (trades_in_text) — of a company not listed in Hong Kong first: 中国移动's 股价 in a
 * 2018 review of the Hang Seng is its HKEX share's (the caller gives the HKEX ticker). */
static bool ticker_withheld(const gx_article *art, const gx_lex_thing *th, const gx_entity *e, const char *as_of,
                            int reach)
{
    if (!listed_after(th, as_of, reach))
        return false;
    if (reach && !th->hk_ticker.code[0] && trades_in_text(art, e))
        return false;
    /* (the text search last: it reads the whole article) */
    return !strstr(art->text, th->ticker.code);
}

/* Whether the mention at s is a credit of where the article, its data or its pictures come
 * from: after 来源: on its line (来源:同花顺, 数据来源:东方财富Choice数据,银河证券, 图片来源:视觉中国)
 * with only the credit's own list between (no colon, 。 or ; — 来源:格隆汇 作者:联讯证券 is an
 * author's firm), or a website named after a company, X网 / X在线, in brackets or ending its
 * line ((中金网), 来源:中金在线: another company's site). A broker credited for the quotes
 * (行情来源:富途证券) is no credit: the company giving them (comp30). */
static bool credit_mention(const gx_article *art, gx_span s)
{
    static const char32_t *const SITE[] = {U"网", U"在线", NULL};
    int32_t l = gx_word_at(art, s.end, SITE);
    if (l) {
        uint32_t after = s.end + l < art->ncp ? art->cp[s.end + l] : '\n';
        if (after == ')' || after == '\n' || (s.start > 0 && art->cp[s.start - 1] == '(' && !gx_is_alnum(after)))
            return true;
    }
    for (int32_t k = s.start - 1; k >= 2 && s.start - k <= 24; k--) {
        uint32_t c = art->cp[k];
        if (c == '\n' || c == 0x3002 || c == ';' || c == ')')
            return false;
        if (c == ':')
            return art->cp[k - 2] == 0x6765 && art->cp[k - 1] == 0x6E90 && /* 来源: */
                   !(k >= 4 && art->cp[k - 4] == 0x884C && art->cp[k - 3] == 0x60C5); /* 行情 */
        if (c == 0x8005 && art->cp[k - 1] == 0x4F5C) /* 作者 */
            return false;
    }
    return false;
}

/* Whether the mention at s names an award or a contest after the company, not the company:
 * 最佳, 杯 or 奖 (not 奖励, 奖金) right after it, after a closing quote too (2020金麒麟最佳基金经理评选,
 * “金麒麟”最佳证券分析师, 2019“银华基金杯”理财师大赛: a portal's awards and its sponsors' cups). */
static bool award_mention(const gx_article *art, gx_span s)
{
    static const char32_t *const AWARD[] = {U"最佳", U"杯", U"奖", NULL};
    static const char32_t *const NOT_AWARD[] = {U"奖励", U"奖金", U"杯子", NULL};
    int32_t k = s.end;
    if (k < art->ncp && (art->cp[k] == 0x201D || art->cp[k] == 0x300D || art->cp[k] == 0x300F || art->cp[k] == '"'))
        k++;
    return gx_word_at(art, k, AWARD) && !gx_word_at(art, k, NOT_AWARD);
}

/* Whether the mention at s cites a data vendor for a figure, not a company the article is about:
 * followed by (的)数据 and 显示/表明/指出/统计/称 or a comma (同花顺数据显示, Wind数据显示), or
 * by (的)数据 after 根据/据/援引 (根据融360数据, 根据晨星公司的数据), or naming the vendor's fund
 * classes (晨星股票型基金, 晨星激进配置型); not a name written with 公司 (晨星公司, thirteenth session:
 * the dev gold counts it). A broker or research house cited for its data (财通证券数据显示,
 * LPL Research的数据显示: its names hold 证券, 研究, 策略 or Research) is an analyst, not a credit. */
static bool data_credit_mention(const gx_article *art, gx_span s)
{
    static const char32_t *const DATA[] = {U"数据", U"的数据", NULL};
    static const char32_t *const SAYS[] = {U"显示", U"表明", U"指出", U"统计", U"称", U",", NULL};
    static const char32_t *const CITE[] = {U"根据", U"据", U"援引", NULL};
    static const char32_t *const CLASS[] = {U"股票型", U"偏股型", U"混合型", U"债券型", U"激进配置型",
                                            U"灵活配置型", U"保守配置型", U"稳健配置型", NULL};
    static const char32_t *const ANALYST[] = {U"证券", U"研究", U"策略", U"Research", NULL};
    /* (a vendor the writer calls a company, 根据晨星公司的数据, is named as one: it stays) */
    if (s.end - s.start >= 3 && art->cp[s.end - 2] == 0x516C && art->cp[s.end - 1] == 0x53F8) /* 公司 */
        return false;
    bool cited = gx_word_at(art, s.end, CLASS) > 0;
    int32_t d = cited ? 0 : gx_word_at(art, s.end, DATA);
    if (d)
        cited = gx_word_at(art, s.end + d, SAYS) > 0;
    for (int32_t b = 1; d && !cited && b <= 2 && b <= s.start; b++)
        cited = gx_word_at(art, s.start - b, CITE) == b;
    /* (the name's own words last: most mentions fail above) */
    for (int32_t k = s.start; cited && k < s.end; k++)
        if (gx_word_at(art, k, ANALYST))
            cited = false;
    return cited;
}

/* Whether the mention at s names a platform someone speaks on, not the company that runs it:
 * 在X上/在X中 (also 在自己的X上) followed by a verb of speaking or a quotation (在推特上表示, 在推特中
 * 写道, 在推特上“祝贺”), X followed by its posts (推特言论, 推特账号, 推特帖子), or 发出X (发出推特宣传政绩).
 * A stock someone profits on is no such place (在贵州茅台上获得了收益: 获得 is no verb of speaking). */
static bool platform_mention(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    static const char32_t *const AT[] = {U"在自己的", U"在他的", U"在她的", U"在其", U"在", NULL};
    static const char32_t *const ON[] = {U"上", U"中", NULL};
    const char32_t *const *const POSTS_ON = gx_lexicon_words(lex, GX_WL_PLATFORM_POST);
    const char32_t *const *const POSTS = gx_lexicon_words(lex, GX_WL_PLATFORM_POST_WORD);
    static const char32_t *const SENDS[] = {U"发出", U"发布", NULL};
    if (gx_word_at(art, s.end, POSTS))
        return true;
    for (int32_t b = 2; b <= 2 && b <= s.start; b++)
        if (gx_word_at(art, s.start - b, SENDS) == b)
            return true;
    bool at = false;
    for (int32_t b = 1; b <= 4 && b <= s.start && !at; b++)
        at = gx_word_at(art, s.start - b, AT) == b;
    if (!at)
        return false;
    int32_t on = gx_word_at(art, s.end, ON);
    return on && (gx_lex_word_at(lex, GX_LEX_SAY_VERB, art, s.end + on) > 0 || gx_word_at(art, s.end + on, POSTS_ON) > 0);
}

/* Whether the mention at s is a masthead, not the company: a portal's credit for one of its
 * columns, the name, the column in 《》 and the column's byline or source word (腾讯《一线》作者方砚
 * 消息, 网易《X》记者), or a site's header, the name glued to its own web address (手机搜狐SOHU.COM):
 * the outlet or the site the text comes from (twenty-fifth session, comp63). */
static bool masthead_mention(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t k = s.end;
    if (k < art->ncp && cp[k] == 0x300A /* 《 */) {
        for (k++; k < art->ncp && k - s.end <= 14 && cp[k] != 0x300B && cp[k] != '\n' && cp[k] != 0x300A; k++)
            ;
        return k < art->ncp && cp[k] == 0x300B && k > s.end + 1 && lex && gx_lex_word_at(lex, GX_LEX_BYLINE_WORD, art, k + 1) > 0;
    }
    /* a web address: letters or digits, a dot and two letters or more (SOHU.COM, sina.com.cn) */
    while (k < art->ncp && (gx_is_alnum(cp[k]) || cp[k] == '-'))
        k++;
    if (k == s.end || k + 2 >= art->ncp || cp[k] != '.')
        return false;
    int32_t l = 0;
    while (k + 1 + l < art->ncp && gx_is_alnum(cp[k + 1 + l]) && !gx_is_digit(cp[k + 1 + l]))
        l++;
    return l >= 2 && (k + 1 + l == art->ncp || !gx_is_alnum(cp[k + 1 + l]));
}

/* Whether every mention of company e is a credit (credit_mention): the source of the article or
 * of its figures (data_credit_mention), or an award named after it (award_mention), or a
 * platform someone speaks on (platform_mention), or a masthead (masthead_mention), not a company
 * the article is about; such a company is not reported. */
static bool only_credited(const gx_lexicon *lex, const gx_article *art, const gx_entity *e)
{
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span s = e->mentions.v[m].span;
        if (!credit_mention(art, s) && !award_mention(art, s) && !data_credit_mention(art, s) &&
            !platform_mention(lex, art, s) && !masthead_mention(lex, art, s))
            return false;
    }
    return e->mentions.n > 0;
}

/* Whether the name at s is a known company's investment arm: the company's name (its first
 * `parent` characters), then the arm's own words ending in 资本/创投/投资/基金/资管 (美团|龙珠资本,
 * 阿里巴巴|创投): a company of its own, not the parent's full name. */
static bool investment_arm(const gx_article *art, gx_span s, int32_t parent)
{
    static const uint32_t tails[][2] = {{0x8D44, 0x672C}, {0x521B, 0x6295}, {0x6295, 0x8D44}, {0x57FA, 0x91D1}, {0x8D44, 0x7BA1}};
    int32_t len = s.end - s.start;
    if (len - parent < 2)
        return false;
    for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++)
        if (art->cp[s.end - 2] == tails[t][0] && art->cp[s.end - 1] == tails[t][1])
            return true;
    return false;
}

/* Whether the name at s is a known company's name (its first `parent` characters) and a line of
 * business (cues.tsv business_line: 人保|健康, 瑞信|财富), either maybe with a region in brackets
 * after it (易方达资产管理|(香港), 友邦|(中国)): another company, its subsidiary or unit
 * (gx_entity_rules_derived.c), not the parent's full name. */
static bool business_line(const gx_lexicon *lex, const gx_article *art, gx_span s, int32_t parent)
{
    int32_t end = s.end, from = s.start + parent;
    bool region = false;
    if (end - from >= 4 && art->cp[end - 1] == ')') {
        int32_t q = end - 2;
        while (q > from && art->cp[q] != '(')
            q--;
        region = art->cp[q] == '(' && gx_lexicon_is(lex, GX_LEX_REGION, art->cp + q + 1, end - q - 2);
        if (region)
            end = q;
    }
    if (!lex || end < from)
        return false;
    return end == from ? region : gx_lexicon_is(lex, GX_LEX_BUSINESS_LINE, art->cp + from, end - from);
}

static bool name_char(uint32_t c)
{
    return (gx_is_cjk(c) && !gx_is_function_char(c)) || gx_is_digit(c);
}

/* Whether the run of name characters from `at` reaches a fund word within 12 characters
 * (东方红京东大数据基金, 东方红睿泽三年定期开放). */
static bool reaches_fund_word(const gx_article *art, int32_t at)
{
    static const char32_t *const FUND[] = {U"基金", U"混合", U"债券", U"灵活配置", U"定开", U"定期开放", U"联接",
                                           U"集合资产", U"沪港深", U"LOF", U"ETF", NULL};
    for (int32_t j = at; j < art->ncp && j - at <= 12; j++) {
        if (gx_word_at(art, j, FUND))
            return true;
        if (!name_char(art->cp[j]) && art->cp[j] != 0x53F7 /* 号 */)
            return false;
    }
    return false;
}

/* Whether the mention at s ends a fund product's name: the two name characters glued before it
 * are a product family's prefix, which the article writes before at least two other different
 * continuations that run on to a fund word (东方|红|新动力 beside 东方红京东大数据基金, 东方红睿泽…
 * 定期开放: the fund 东方红新动力, not the listed 新动力). A stop word or verb before the name (持有,
 * 关注, 比如 …) is no prefix. The text index finds the prefix's other places. */
static bool fund_product_mention(const gx_lexicon *lex, const gx_article *art, const gx_text_ix *tx, gx_span s)
{
    if (s.start < 2 || s.end - s.start < 2)
        return false;
    /* a theme word may stand between the family and the name (嘉实|主题|新动力 beside 嘉实基金):
     * the product's name; the family then needs one other continuation only */
    static const char32_t *const THEME[] = {U"主题", NULL};
    int32_t at = s.start, need = 2;
    if (s.start >= 4 && gx_word_at(art, s.start - 2, THEME) == 2) {
        at = s.start - 2;
        need = 1;
    }
    const uint32_t *P = art->cp + at - 2;
    if (!name_char(P[0]) || !name_char(P[1]) || gx_is_digit(P[0]) || gx_is_digit(P[1]))
        return false;
    uint32_t conts[2][2];
    int nconts = 0;
    for (int32_t p1 = gx_text_ix_first(tx, P); p1 > 0 && nconts < 2; p1 = tx->next[p1 - 1]) {
        int32_t c = p1 - 1 + 2;
        if (c == at || c + 1 >= art->ncp || art->cp[c - 2] != P[0] || art->cp[c - 1] != P[1] ||
            !name_char(art->cp[c]) || (art->cp[c] == art->cp[at] && art->cp[c + 1] == art->cp[at + 1]))
            continue;
        bool seen = false;
        for (int q = 0; q < nconts && !seen; q++)
            seen = conts[q][0] == art->cp[c] && conts[q][1] == art->cp[c + 1];
        if (!seen && reaches_fund_word(art, c)) {
            conts[nconts][0] = art->cp[c];
            conts[nconts][1] = art->cp[c + 1];
            nconts++;
        }
    }
    if (nconts < need)
        return false;
    for (int32_t k = 2; k <= 4 && at - k >= 0; k++)
        if (gx_lexicon_is(lex, GX_LEX_LEFT_STOP, art->cp + at - k, k))
            return false;
    return true;
}

/* Whether every mention of company e ends a fund product's name (fund_product_mention). */
static bool only_fund_products(const gx_lexicon *lex, gx_article *art, const gx_entity *e)
{
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span s = e->mentions.v[m].span;
        if (s.start < 2 || !name_char(art->cp[s.start - 1]) || gx_is_digit(art->cp[s.start - 1]))
            return false;
    }
    gx_text_ix tx;
    gx_text_ix_build(&tx, art); /* (built once per article; resolution built it already) */
    for (int m = 0; m < e->mentions.n; m++)
        if (!fund_product_mention(lex, art, &tx, e->mentions.v[m].span))
            return false;
    return e->mentions.n > 0;
}

/* Whether every mention of company e is a two-character bank abbreviation whose 行 begins 行业
 * (化|工行|业, 军|工行|业: "industry", as the lexicon scan already knows), whoever proposed it; 工行业绩,
 * 建行业务 are the bank. */
static bool only_industry_words(const gx_article *art, const gx_entity *e)
{
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span s = e->mentions.v[m].span;
        if (s.end - s.start != 2 || s.end + 1 >= art->ncp || art->cp[s.end - 1] != 0x884C /* 行 */ ||
            art->cp[s.end] != 0x4E1A /* 业 */ || art->cp[s.end + 1] == 0x7EE9 /* 绩 */ || art->cp[s.end + 1] == 0x52A1 /* 务 */)
            return false;
    }
    return e->mentions.n > 0;
}

/* Whether the mention at s names a bank's online channel through which something is paid or
 * bought (工行网银, 招行网上银行, 建行手机银行: 采用建行网银的客户), a product of the bank, not the bank
 * the article speaks of. */
static bool channel_mention(const gx_article *art, gx_span s)
{
    static const char32_t *const CHANNEL[] = {U"网银", U"网上银行", U"手机银行", NULL};
    return gx_word_at(art, s.end, CHANNEL) > 0;
}

/* Whether every mention of company e names it as a payment channel (channel_mention); the caller
 * asks it of listed companies only. (A bank joined by dashes to a plan's name, 诺安基金-工商银行-诺安
 * 金狮66号资产管理计划, is its custodian, a company: gx_entity_rules_derived.c.) */
static bool only_as_channel(const gx_article *art, const gx_entity *e)
{
    for (int m = 0; m < e->mentions.n; m++)
        if (!channel_mention(art, e->mentions.v[m].span))
            return false;
    return e->mentions.n > 0;
}

/* Whether a chosen company candidate ends at `at` (when `before`) or starts at it: a neighbour in
 * an enumeration of companies. */
static bool company_neighbour(gx_rs *rs, int32_t at, bool before)
{
    int32_t lo = before ? at - rs->ix.maxlen : at;
    int nq = gx_cand_ix_starting(&rs->ix, lo < 0 ? 0 : lo, at + 1, rs->qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &rs->cv[rs->qb[q]];
        if (rs->chosen[rs->qb[q]] && o->type == GX_ENT_COMPANY && (before ? o->span.end == at : o->span.start == at))
            return true;
    }
    return false;
}

/* Whether the article names another gazetteer company whose name begins with the text of span s
 * (平安银行, 平安好医生 beside a bare 平安): the bare form is a family name there. */
static bool family_named(gx_rs *rs, gx_span s, int32_t thing)
{
    int32_t n = s.end - s.start;
    for (int i = 0; i < rs->nc; i++) {
        const gx_candidate *o = &rs->cv[i];
        if (!rs->chosen[i] || o->type != GX_ENT_COMPANY || o->span.end - o->span.start <= n ||
            memcmp(rs->art->cp + o->span.start, rs->art->cp + s.start, sizeof(uint32_t) * (size_t)n))
            continue;
        int32_t th = thing_of(rs->eng, o);
        if (th >= 0 && th != thing)
            return true;
    }
    return false;
}

/* Whether company entity e, an A-share company, is named only by a short form that the gazetteer
 * marks as an ordinary word too (an alias in common_word_names.tsv: 平安 for 中国平安, 保利, 绿地,
 * 美的), the article names another company of that family (平安银行 beside 平安), and no mention
 * stands where a listed company is meant: in an enumeration next to another company (茅台、平安、
 * 格力), before a portal's stock quote, or before its shares' move (平安股价, 平安大涨, 平安市值).
 * There the bare form is the family's other company (平安银行's notice: “平安并未透露…”): it gets
 * no ticker. */
static bool weak_form_only(gx_rs *rs, const gx_entity *e, int32_t thing)
{
    const char32_t *const *const MOVE = gx_lexicon_words(rs->eng->lexicon, GX_WL_WEAK_FORM_MOVE);
    const gx_article *art = rs->art;
    const gx_lexicon *lex = rs->eng->lexicon;
    /* the naming candidate first (its entry is at hand): most entities stop here */
    const gx_candidate *best = &rs->cv[rs->protos.v[e - art->entities.v].best_cand];
    const gx_lex_entry *be = best->lex_id >= 0 ? gx_lexicon_entry(lex, best->lex_id) : NULL;
    if (!be || !(be->flags & GX_LEXF_WEAK) || !(be->flags & GX_LEXF_ALIAS))
        return false;
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span s = e->mentions.v[m].span;
        int32_t id = gx_lexicon_find(lex, GX_LEX_COMPANY, art->cp + s.start, s.end - s.start);
        const gx_lex_entry *le = id >= 0 ? gx_lexicon_entry(lex, id) : NULL;
        if (!le || le->thing != thing || !(le->flags & GX_LEXF_WEAK) || !(le->flags & GX_LEXF_ALIAS) ||
            (le->flags & (GX_LEXF_SHORT | GX_LEXF_FULL | GX_LEXF_FORMER)))
            return false;
    }
    if (!e->mentions.n || !family_named(rs, e->mentions.v[0].span, thing))
        return false;
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span s = e->mentions.v[m].span;
        uint32_t b = s.start > 0 ? art->cp[s.start - 1] : 0, a = s.end < art->ncp ? art->cp[s.end] : 0;
        bool sep_b = b == 0x3001 || b == ',' || b == 0x53CA /* 及 */ || b == 0x548C /* 和 */;
        bool sep_a = a == 0x3001 || a == ',' || a == 0x53CA || a == 0x548C;
        if ((sep_b && company_neighbour(rs, s.start - 1, true)) || (sep_a && company_neighbour(rs, s.end + 1, false)) ||
            gx_stock_quote_end(art, s.end) > s.end || gx_word_at(art, s.end, MOVE))
            return false;
    }
    return e->mentions.n > 0;
}

/* One entity per group of chosen candidates (rs->group_entity: group root -> entity index), with
 * its mentions, and its proto: type, gazetteer thing, ticker and naming candidate. */
static void make_entities(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int nc = rs->nc;
    int *chosen = rs->chosen;
    float *eff_of = rs->eff_of;
    int *group_entity = rs->group_entity = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++)
        group_entity[i] = -1;
    art->entities.n = 0;
    for (int i = 0; i < nc; i++) {
        if (!chosen[i])
            continue;
        int r = gx_rs_root(rs, i);
        if (group_entity[r] < 0) {
            group_entity[r] = art->entities.n;
            gx_entity *e = GX_VEC_PUSH(art->arena, art->entities);
            e->type = cv[i].type;
            gx_rs_proto *p = GX_VEC_PUSH(art->arena, rs->protos);
            p->type = cv[i].type;
            p->thing = -1;
            p->best_cand = i;
            p->best_eff = -1;
            p->first = cv[i].span.start;
        }
        int ei = group_entity[r];
        gx_entity *e = &art->entities.v[ei];
        gx_rs_proto *p = &rs->protos.v[ei];
        gx_rs_add_mention(art, e, cv[i].span);
        if (cv[i].span.start < p->first)
            p->first = cv[i].span.start;
        int32_t th = thing_of(eng, &cv[i]);
        if (th >= 0 && p->thing < 0)
            p->thing = th;
        if (cv[i].ticker.code[0] && (cv[i].source == GX_SRC_TICKER || !p->ticker.code[0]))
            p->ticker = cv[i].ticker;
        /* the naming candidate: not an alias, strongest */
        float score = eff_of[i] + (cv[i].source == GX_SRC_ALIAS ? -0.5f : 0.0f);
        if (score > p->best_eff) {
            p->best_eff = score;
            p->best_cand = i;
            p->type = cv[i].type;
        }
    }
}

/* Entity `from` merges into entity `into`: its mentions, its first position, its groups
 * (rs->group_entity); `from` is left without mentions (dropped later). */
static void absorb(gx_rs *rs, int into, int from)
{
    gx_article *art = rs->art;
    gx_entity *ei = &art->entities.v[into], *ef = &art->entities.v[from];
    for (int m = 0; m < ef->mentions.n; m++)
        gx_rs_add_mention(art, ei, ef->mentions.v[m].span);
    if (rs->protos.v[from].first < rs->protos.v[into].first)
        rs->protos.v[into].first = rs->protos.v[from].first;
    ef->mentions.n = 0;
    for (int i = 0; i < rs->nc; i++)
        if (rs->group_entity[i] == from)
            rs->group_entity[i] = into;
}

/* Whether the name at s is a legal name of a limited company that is no joint-stock company
 * (…有限公司, …有限责任公司, not …股份有限公司): an A-share issuer is always a 股份有限公司, so such a
 * name built on an A-share company's short name (新世界|中国地产有限公司, a group's parent or a
 * subsidiary) is another company, not the listed one's full name. */
bool gx_rs_not_joint_stock(const gx_article *art, gx_span s)
{
    static const uint32_t LTD[] = {0x6709, 0x9650, 0x516C, 0x53F8};                 /* 有限公司 */
    static const uint32_t LLC[] = {0x6709, 0x9650, 0x8D23, 0x4EFB, 0x516C, 0x53F8}; /* 有限责任公司 */
    int32_t len = s.end - s.start, form = 0;
    if (len >= 6 + 2 && !memcmp(art->cp + s.end - 6, LLC, sizeof LLC))
        return true;
    if (len >= 4 + 2 && !memcmp(art->cp + s.end - 4, LTD, sizeof LTD))
        form = 4;
    if (!form)
        return false;
    /* 股份有限公司, and 股份(集团)有限公司 */
    int32_t k = s.end - form;
    if (art->cp[k - 1] == ')' || art->cp[k - 1] == 0xFF09) {
        while (k > s.start && art->cp[k - 1] != '(' && art->cp[k - 1] != 0xFF08)
            k--;
        k--;
    }
    return !(k - 2 >= s.start && art->cp[k - 2] == 0x80A1 && art->cp[k - 1] == 0x4EFD);
}

/* Whether thing th is listed on a mainland exchange (its issuer a 股份有限公司). */
static bool a_share_thing(const gx_engine *eng, int32_t th)
{
    const gx_lex_thing *t = th >= 0 && eng->lexicon ? gx_lexicon_thing(eng->lexicon, th) : NULL;
    return t && gx_ticker_mainland(&t->ticker);
}

/* The longest text among entity e's mentions (the first of equal length) that names a place's
 * body with a suffix form (gx_rs_gov_form_name), or name when none is longer. */
static const char *longest_mention(const gx_lexicon *lex, gx_article *art, const gx_entity *e, const char *name)
{
    int best = -1;
    int32_t blen = (int32_t)gx_utf8_count(name, strlen(name));
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span ms = e->mentions.v[m].span;
        if (ms.end - ms.start > blen && gx_rs_gov_form_name(lex, art, ms)) {
            blen = ms.end - ms.start;
            best = m;
        }
    }
    return best < 0 ? name : gx_span_text_unquoted(art, e->mentions.v[best].span);
}

/* Whether c is the tagger's reading of a limited company's legal name (…有限公司, …有限责任公司,
 * …股份有限公司): a full name like a rule's for a bare name no gazetteer knows (上海某某国际贸易 /
 * 上海某某国际贸易有限公司; edges29). */
static bool tagger_legal_name(const gx_article *art, const gx_candidate *c)
{
    static const char32_t *const FORMS[] = {U"有限责任公司", U"有限公司", NULL};
    return c->source == GX_SRC_TAGGER && c->span.end - c->span.start >= 8 &&
           gx_word_ending(art->cp, c->span.start + 4, c->span.end, FORMS) > 0;
}

/* A bare company name inside another entity's full name (稳健医疗 / 稳健医疗用品股份有限公司) with no
 * gazetteer thing of its own: merged into that entity. */
static void merge_full_names(gx_rs *rs)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    for (int a = 0; a < art->entities.n; a++) {
        /* (an a that fails its own tests skips every b: no b can change it before a merge) */
        if (!art->entities.v[a].mentions.n || rs->protos.v[a].type != GX_ENT_COMPANY || rs->protos.v[a].thing >= 0)
            continue;
        for (int b = 0; b < art->entities.n; b++) {
            if (a == b || !art->entities.v[a].mentions.n || !art->entities.v[b].mentions.n)
                continue;
            gx_rs_proto *pa = &rs->protos.v[a], *pb = &rs->protos.v[b];
            if (pa->type != GX_ENT_COMPANY || pb->type != GX_ENT_COMPANY || pa->thing >= 0)
                continue;
            gx_span sa = cv[pa->best_cand].span, sb = cv[pb->best_cand].span;
            int32_t la = sa.end - sa.start, lb = sb.end - sb.start;
            /* a (no thing, longer) starts with b's name: a is b's full name */
            if (la > lb && lb >= 2 && !memcmp(art->cp + sa.start, art->cp + sb.start, sizeof(uint32_t) * (size_t)lb) &&
                (cv[pa->best_cand].source == GX_SRC_RULE ||
                 (pb->thing < 0 && tagger_legal_name(art, &cv[pa->best_cand]))) &&
                !(pb->thing >= 0 && (investment_arm(art, sa, lb) || business_line(rs->eng->lexicon, art, sa, lb))) &&
                !(a_share_thing(rs->eng, pb->thing) && gx_rs_not_joint_stock(art, sa))) {
                gx_rs_add_alias(art, &art->entities.v[b], gx_article_span_text(art, sa));
                absorb(rs, b, a);
            }
        }
    }
}

/* Whether span s overlaps a mention of any entity other than skip. */
static bool mention_overlaps(const gx_article *art, gx_span s, int skip)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *e = &art->entities.v[k];
        for (int m = 0; k != skip && m < e->mentions.n; m++)
            if (e->mentions.v[m].span.start < s.end && s.start < e->mentions.v[m].span.end)
                return true;
    }
    return false;
}

/* One surface, one company: where the article reads a longer name as a company of its own
 * (世茂投资, an unlisted holder) and elsewhere reads only the known short name at its head out of the
 * same words (截至本公告日，世茂|投资持有…: 世茂, another listed company), that occurrence is the longer
 * company's mention too; the short name's entity keeps its other mentions (or is dropped empty). */
static void longer_name_elsewhere(gx_rs *rs)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    /* the longer names: unknown companies with a mention, listed once (the loop below only adds
     * mentions to them and takes mentions from known ones: the list stays the same) */
    int *longer = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(art->entities.n + 1)), nlonger = 0;
    for (int a = 0; a < art->entities.n; a++)
        if (rs->protos.v[a].type == GX_ENT_COMPANY && rs->protos.v[a].thing < 0 && art->entities.v[a].mentions.n)
            longer[nlonger++] = a;
    if (nlonger == 0)
        return;
    for (int b = 0; b < art->entities.n; b++) {
        gx_entity *eb = &art->entities.v[b];
        if (rs->protos.v[b].type != GX_ENT_COMPANY || rs->protos.v[b].thing < 0)
            continue;
        for (int m = 0; m < eb->mentions.n; m++) {
            gx_span sm = eb->mentions.v[m].span;
            int32_t lm = sm.end - sm.start;
            if (lm < 2)
                continue;
            int into = -1;
            gx_span to = sm;
            for (int q = 0; q < nlonger && into < 0; q++) {
                int a = longer[q]; /* (never b: b is known) */
                gx_span sa = cv[rs->protos.v[a].best_cand].span;
                int32_t la = sa.end - sa.start;
                if (la <= lm || la > lm + 6 || sm.start + la > art->ncp ||
                    memcmp(art->cp + sa.start, art->cp + sm.start, sizeof(uint32_t) * (size_t)la))
                    continue;
                /* (a word running on after the longer name: 世茂投资|者, …投资|人 name no firm) */
                uint32_t after = sm.start + la < art->ncp ? art->cp[sm.start + la] : 0;
                if (after == 0x8005 /* 者 */ || after == 0x4EBA /* 人 */)
                    continue;
                to = (gx_span){sm.start, sm.start + la};
                if (!mention_overlaps(art, (gx_span){sm.end, to.end}, -1))
                    into = a;
            }
            if (into < 0)
                continue;
            gx_rs_add_mention(art, &art->entities.v[into], to);
            eb->mentions.v[m] = eb->mentions.v[--eb->mentions.n];
            m--;
        }
    }
}

/* A company name a portal cut with an inline stock quote (好想你(14.670,0.22,1.52%)健康食品股份有限公司)
 * and another company the text names by the same words without the quote (好想你健康食品股份有限公司,
 * a mention of 好想你's entity): one company. */
static void merge_quoted_names(gx_rs *rs)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    for (int a = 0; a < art->entities.n; a++) {
        gx_rs_proto *pa = &rs->protos.v[a];
        if (pa->type != GX_ENT_COMPANY || !art->entities.v[a].mentions.n)
            continue;
        gx_span sa = cv[pa->best_cand].span;
        const char *u = NULL;
        for (int32_t k = sa.start + 1; k < sa.end && !u; k++)
            if (gx_stock_quote_end(art, k) > k)
                u = gx_span_text_unquoted(art, sa);
        if (!u)
            continue;
        for (int b = 0; b < art->entities.n; b++) {
            gx_entity *eb = &art->entities.v[b];
            if (b == a || rs->protos.v[b].type != GX_ENT_COMPANY || !eb->mentions.n)
                continue;
            bool same = false;
            for (int m = 0; m < eb->mentions.n && !same; m++)
                same = !strcmp(gx_article_span_text(art, eb->mentions.v[m].span), u);
            if (same) {
                absorb(rs, b, a);
                break;
            }
        }
    }
}

/* Whether person a is the only person whose best name opens with the Latin word at g and a space
 * (Lisa Brankin for Lisa; not when Lisa Brankin and Lisa Su are both named). */
static bool sole_opener(const gx_rs *rs, int a, gx_span g)
{
    const gx_article *art = rs->art;
    int32_t lg = g.end - g.start;
    for (int k = 0; k < art->entities.n; k++) {
        const gx_rs_proto *pk = &rs->protos.v[k];
        if (k == a || pk->type != GX_ENT_PERSON || !art->entities.v[k].mentions.n)
            continue;
        gx_span sk = rs->cv[pk->best_cand].span;
        if (sk.end - sk.start > lg + 1 && art->cp[sk.start + lg] == ' ' &&
            !memcmp(art->cp + sk.start, art->cp + g.start, sizeof(uint32_t) * (size_t)lg))
            return false;
    }
    return true;
}

/* A person named in full once and by the last part of the name later (菲利普卡雷特 / 卡雷特,
 * Jensen Huang / Huang), or by the first part of a dotted name (安德鲁.怀尔斯 / 安德鲁): one person. */
static void merge_last_names(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    for (int a = 0; a < art->entities.n; a++) {
        gx_rs_proto *pa = &rs->protos.v[a];
        if (pa->type != GX_ENT_PERSON || !art->entities.v[a].mentions.n)
            continue;
        gx_span sa = cv[pa->best_cand].span;
        for (int b = 0; b < art->entities.n; b++) {
            gx_rs_proto *pb = &rs->protos.v[b];
            if (a == b || pb->type != GX_ENT_PERSON || !art->entities.v[b].mentions.n)
                continue;
            gx_span sb = cv[pb->best_cand].span;
            int32_t la = sa.end - sa.start, lb = sb.end - sb.start;
            /* the first part of a foreign name before its dot (安德鲁.怀尔斯 / 安德鲁的侄子) */
            if (lb >= 2 && la >= lb + 3 && gx_is_cjk(art->cp[sb.start]) &&
                (gx_is_name_dot(art->cp[sa.start + lb]) || art->cp[sa.start + lb] == '.') &&
                !memcmp(art->cp + sa.start, art->cp + sb.start, sizeof(uint32_t) * (size_t)lb)) {
                absorb(rs, a, b);
                continue;
            }
            /* a Latin given name alone (Lisa Brankin … Lisa在福特英国): the one full name it opens */
            if (lb >= 2 && la >= lb + 2 && gx_is_upper(art->cp[sb.start]) && art->cp[sa.start + lb] == ' ' &&
                !memcmp(art->cp + sa.start, art->cp + sb.start, sizeof(uint32_t) * (size_t)lb) &&
                sole_opener(rs, a, sb)) {
                absorb(rs, a, b);
                continue;
            }
            if (lb < 2 || la < lb + 2 ||
                memcmp(art->cp + sa.end - lb, art->cp + sb.start, sizeof(uint32_t) * (size_t)lb))
                continue;
            uint32_t before = art->cp[sa.end - lb - 1];
            bool latin = gx_is_alnum(art->cp[sb.start]);
            /* Latin: a whole last word; CJK: after a middle dot, or when either name does not
             * start like a Chinese name (罗伊纽伯格 / 纽伯格) */
            if (latin ? before != ' '
                      : !(before == 0xB7 || before == 0x30FB ||
                          !gx_lexicon_char_is(eng->lexicon, art->cp[sa.start], GX_LEX_SURNAME) ||
                          !gx_lexicon_char_is(eng->lexicon, art->cp[sb.start], GX_LEX_SURNAME)))
                continue;
            absorb(rs, a, b);
        }
    }
}

/* The length of a share-class marker written right after a name, or 0: a Hong Kong one (-B, -W,
 * -SW, -S, -U: 基石药业-B(02616), 小米集团-W) or, after a company listed in Shenzhen or Shanghai,
 * the class letter of its stock's name (万科A, 深康佳A, 南玻B; not A股). */
static int32_t share_class_after(const gx_article *art, int32_t pos, bool a_share)
{
    const uint32_t *cp = art->cp;
    if (a_share && pos < art->ncp && pos > 0 && gx_is_cjk(cp[pos - 1]) && (cp[pos] == 'A' || cp[pos] == 'B') &&
        (pos + 1 == art->ncp || (!gx_is_alnum(cp[pos + 1]) && cp[pos + 1] != 0x80A1 /* 股 */ && cp[pos + 1] != ' ')))
        return 1;
    if (pos + 1 >= art->ncp || cp[pos] != '-')
        return 0;
    int32_t k = pos + 1;
    while (k < art->ncp && k - pos <= 2 && (cp[k] == 'B' || cp[k] == 'W' || cp[k] == 'S' || cp[k] == 'U'))
        k++;
    if (k == pos + 1 || (k < art->ncp && gx_is_alnum(cp[k])))
        return 0;
    return k - pos;
}

/* The Latin acronym of a body written after its country (英国|FCA, 澳洲|ASIC, 美国|SEC): the
 * acronym alone is one of the body's names (the regulators' own short names; the golds write
 * FCA, ASIC), given as an alias. cp[s..e) must be a region of the lexicon (one to four Han
 * characters) and then two to eight capital letters to the end. A lower-cased text (英国fca,
 * or fca alone, of a body the lexicon knows: gx_lexicon_acronym.c) gives the acronym in
 * capitals, as the body writes it (gov28). */
static void country_acronym_alias(const gx_lexicon *lex, gx_article *art, gx_entity *e, gx_span s, bool known)
{
    int32_t k = s.start;
    while (k < s.end && gx_is_cjk(art->cp[k]))
        k++;
    if (k - s.start > 4 || s.end - k < 2 || s.end - k > 8)
        return;
    int upper = 0, lower = 0;
    for (int32_t i = k; i < s.end; i++) {
        upper += art->cp[i] >= 'A' && art->cp[i] <= 'Z';
        lower += art->cp[i] >= 'a' && art->cp[i] <= 'z';
    }
    if (upper + lower != s.end - k || (lower && (!known || s.end - k < 3)) || (upper && lower))
        return;
    if (upper && k == s.start)
        return; /* the acronym alone, in capitals: the mention is the alias already */
    if (k > s.start && !gx_lexicon_is(lex, GX_LEX_REGION, art->cp + s.start, k - s.start))
        return;
    char *a = gx_arena_strdup(art->arena, gx_article_span_text(art, (gx_span){k, s.end}));
    for (char *c = a; *c; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char)(*c - 32);
    gx_rs_add_alias(art, e, a);
}

/* A company written as its Latin brand glued to its Chinese name (AISA爱莎外汇, GKFX捷凯外汇; twenty-ninth
 * session, latin29): each part is one of its names, given as aliases — the Latin word (the digits a
 * page glued before it left out: 8|AISA) and the Chinese part unless that part is only a company or
 * trade word, a generic body or an ordinary word (KKG|商城, LG|化学 keep theirs). No stock marker or
 * term of the lexicon (ST, APP) is a name. */
static void bilingual_alias(const gx_engine *eng, gx_article *art, gx_entity *e, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t k = s.start;
    while (k < s.end && cp[k] < 0x80 && gx_is_digit(cp[k]))
        k++;
    int32_t l = k;
    int letters = 0;
    while (l < s.end && cp[l] < 0x80 && (gx_is_alnum(cp[l]) || (cp[l] == '-' && l > k))) {
        letters += !gx_is_digit(cp[l]) && cp[l] != '-';
        l++;
    }
    int32_t n = s.end - l;
    if (letters < 2 || l - k > 16 || n < 2 || !gx_is_alnum(cp[l - 1]) ||
        gx_word_at(art, k, GX_STOCK_MARKERS) == l - k ||
        gx_lexicon_is(eng->lexicon, GX_LEX_NOT_ENTITY, cp + k, l - k))
        return;
    for (int32_t q = l; q < s.end; q++)
        if (!gx_is_cjk(cp[q]))
            return;
    gx_rs_add_alias(art, e, gx_article_span_text(art, (gx_span){k, l}));
    if (!gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + l, n) &&
        !gx_lexicon_is(eng->lexicon, GX_LEX_TRADE_KIND, cp + l, n) &&
        !gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + l, n) &&
        !(eng->tagger && gx_tagger_common_word(eng->tagger, cp + l, n)))
        gx_rs_add_alias(art, e, gx_article_span_text(art, (gx_span){l, s.end}));
}

/* Each entity's type, name (the canonical one if the article uses it), aliases, ticker (as of the
 * article's date) and company id. */
static void name_entities(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    char as_of[11];
    int as_of_known = 0; /* 0 not computed yet, 1 known, -1 nothing dates the article */
    int as_of_text = 0; /* the years a date from the text reaches (article_as_of); 0: published */
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        gx_rs_proto *p = &rs->protos.v[k];
        if (!e->mentions.n)
            continue;
        if (p->type == GX_ENT_COMPANY &&
            (only_credited(eng->lexicon, art, e) || only_industry_words(art, e) ||
             ((p->ticker.code[0] || (p->thing >= 0 && gx_lexicon_thing(eng->lexicon, p->thing)->ticker.code[0])) &&
              only_as_channel(art, e)))) {
            /* credits are no companies, nor 工行 read in 化工行业, nor a listed bank named as a
             * payment channel */
            e->mentions.n = 0;
            continue;
        }
        e->type = p->type;
        const gx_lex_thing *th = p->thing >= 0 ? gx_lexicon_thing(eng->lexicon, p->thing) : NULL;
        const char *surface = gx_span_text_unquoted(art, cv[p->best_cand].span);
        if (!th && e->type == GX_ENT_COMPANY && !p->ticker.code[0]) {
            th = unit_parent(eng->lexicon, art, cv[p->best_cand].span, NULL); /* 国泰君安证券研究所 */
            if (!th)
                th = company_word_parent(eng->lexicon, art, cv[p->best_cand].span); /* 陌陌公司 */
        }
        if (th && e->type == GX_ENT_COMPANY && th->ticker.code[0] && only_fund_products(eng->lexicon, art, e)) {
            e->mentions.n = 0; /* 东方红新动力: a fund, not the listed 新动力 */
            continue;
        }
        if (e->type == GX_ENT_COMPANY && !p->ticker.code[0] && !(th && th->ticker.code[0]) &&
            gx_rs_only_product_openings(eng->lexicon, art, e)) {
            e->mentions.n = 0; /* 嘉实|新机遇、华夏|新经济…基金: fund products, no house named */
            continue;
        }
        if (th && e->type == GX_ENT_COMPANY && th->ticker.code[0] && !strcmp(p->ticker.code, th->ticker.code) &&
            gx_ticker_mainland(&th->ticker) &&
            weak_form_only(rs, e, p->thing)) {
            th = NULL; /* 平安 alone, not where a listed company is meant */
            memset(&p->ticker, 0, sizeof p->ticker);
        }
        /* the outlet of the byline is an organization, whatever else proposed it, unless the
         * gazetteer knows it as a company (a broker's research note: 来源:天风证券) or the rules
         * or the gazetteer read it as a state body (来源：商务部外贸发展局, a ministry's bureau that
         * publishes: the body, as anywhere else in the text; the tagger's guess alone is no such
         * reading) */
        bool outlet_body = e->type == GX_ENT_GOVERNMENT && cv[p->best_cand].source != GX_SRC_TAGGER;
        /* ... or it is a well-known news organisation that the English pass made a company (the
         * wire of "NEW YORK (Reuters) -" cited again: "contacted by Reuters"; english29) */
        gx_span bs = cv[p->best_cand].span;
        bool news_firm = e->type == GX_ENT_COMPANY &&
                         gx_en_news_name(eng->english, art->cp + bs.start, bs.end - bs.start);
        if (art->outlet && !strcmp(gx_article_span_text(art, bs), art->outlet) &&
            !(th && th->type == GX_ENT_COMPANY) && !outlet_body && !news_firm)
            p->type = e->type = GX_ENT_ORGANIZATION;
        if (th && th->type == e->type) {
            /* the canonical name if the article uses it, else the form it uses */
            bool used = false;
            size_t tl = strlen(th->name);
            for (int m = 0; m < e->mentions.n && !used; m++) {
                gx_span ms = e->mentions.v[m].span;
                int32_t b = art->cp_byte[ms.start], en = art->cp_byte[ms.end];
                used = (size_t)(en - b) == tl && !memcmp(art->text + b, th->name, tl);
            }
            const char *desk_firm = used || e->type != GX_ENT_COMPANY ? NULL : desk_firm_text(eng->lexicon, art, cv[p->best_cand].span, th);
            e->name = used ? th->name : desk_firm ? desk_firm : surface;
            if (desk_firm)
                gx_rs_add_alias(art, e, surface);
            gx_rs_add_alias(art, e, th->name);
            gx_rs_add_alias(art, e, th->full_name);
            if (!p->ticker.code[0])
                p->ticker = th->ticker;
        } else {
            e->name = surface;
        }
        /* a body written in several forms is named by its longest (北京市市场监督管理局, not
         * 北京市监局), unless the canonical name of its thing is written */
        if (e->type == GX_ENT_GOVERNMENT && !(th && th->type == e->type && !strcmp(e->name, th->name)))
            e->name = longest_mention(eng->lexicon, art, e, e->name);
        for (int m = 0; m < e->mentions.n; m++) {
            /* a text an earlier mention had is already there (or is the name) */
            bool again = false;
            for (int q = 0; q < m && !again; q++)
                again = span_text_eq(art, e->mentions.v[q].span, e->mentions.v[m].span);
            if (!again)
                gx_rs_add_alias(art, e, gx_span_text_unquoted(art, e->mentions.v[m].span));
            if (!again && e->type == GX_ENT_GOVERNMENT)
                country_acronym_alias(eng->lexicon, art, e, e->mentions.v[m].span, th != NULL);
            if (!again && e->type == GX_ENT_COMPANY)
                bilingual_alias(eng, art, e, e->mentions.v[m].span);
            /* the name written before a portal's inline quote is one of the entity's
             * (中国光大银行|(3.830,0.02,0.52%)|股份有限公司绍兴支行 -> 中国光大银行) */
            if (!again)
                for (int32_t k = e->mentions.v[m].span.start + 2; k < e->mentions.v[m].span.end; k++)
                    if (art->cp[k] == '(' && gx_stock_quote_end(art, k) > k) {
                        gx_rs_add_alias(art, e, gx_article_span_text(art, (gx_span){e->mentions.v[m].span.start, k}));
                        break;
                    }
            /* the name with its share-class marker, as written (基石药业-B, 万科A) */
            bool a_share = !strcmp(p->ticker.exchange, "SZSE") || !strcmp(p->ticker.exchange, "SSE");
            int32_t mark = e->type == GX_ENT_COMPANY ? share_class_after(art, e->mentions.v[m].span.end, a_share) : 0;
            if (mark)
                gx_rs_add_alias(art, e, gx_article_span_text(art, (gx_span){e->mentions.v[m].span.start,
                                                                             e->mentions.v[m].span.end + mark}));
        }
        /* a branch named after its parent's full legal name (…股份有限公司武林支行): the parent's
         * name is an alias, since a bank's branch acts for the bank */
        if (e->type == GX_ENT_COMPANY) {
            gx_span bs = cv[p->best_cand].span;
            int32_t le = gx_rs_legal_name_end(art, bs);
            if (le < bs.end)
                gx_rs_add_alias(art, e, gx_span_text_unquoted(art, (gx_span){bs.start, le}));
        }
        if (e->type == GX_ENT_COMPANY) {
            e->ticker = p->ticker;
            gx_ticker written;
            if (ticker_after_quote(art, e, &written))
                e->ticker = written; /* the text's own, after a portal's quote */
            if (!share_code(&e->ticker) || quote_cuts_business_line(eng->lexicon, art, e, th))
                memset(&e->ticker, 0, sizeof e->ticker);
            e->company_id = gx_company_id(art->arena, &e->ticker, e->name);
            /* the company id stays that of the listed company; only the ticker is withheld (or
             * replaced by the Hong Kong listing that came first) */
            const gx_lex_thing *lt = th;
            if (!lt && e->ticker.code[0] && gx_rs_is_branch_name(art, cv[p->best_cand].span)) {
                lt = thing_by_ticker(eng->lexicon, &e->ticker); /* a branch with its parent's ticker */
                if (lt)
                    gx_rs_add_alias(art, e, lt->name); /* and the parent's name (招商银行深圳分行: 招商银行) */
            }
            if (lt && lt->list_date[0] && !strcmp(e->ticker.code, lt->ticker.code)) {
                if (!as_of_known)
                    as_of_known = article_as_of(art, as_of, &as_of_text) ? 1 : -1;
                if (as_of_known > 0 && ticker_withheld(art, lt, e, as_of, as_of_text))
                    e->ticker = lt->hk_ticker; /* listed in Hong Kong first, or "" */
                /* a listing the text reports as still to come (IPO过会, 融资1.2亿美元) when nothing
                 * dates the article after it: not listed yet, unless the shares trade in the text
                 * or it writes the code */
                else if ((as_of_known < 0 || strncmp(as_of, lt->list_date, strlen(as_of)) <= 0) &&
                         going_public(art, e) && !trades_in_text(art, e) && !strstr(art->text, lt->ticker.code))
                    e->ticker = lt->hk_ticker;
            }
            /* an article written before a rename gets the ticker of its day (FB for Facebook in
             * 2018, META since 2022-06-09); the company id stays the same */
            if (lt && lt->former.code[0] && !strcmp(e->ticker.code, lt->ticker.code)) {
                if (!as_of_known)
                    as_of_known = article_as_of(art, as_of, &as_of_text) ? 1 : -1;
                if (as_of_known > 0 && strncmp(as_of, lt->former_until, strlen(as_of)) < 0)
                    e->ticker = lt->former;
            }
        }
    }
}

/* Drops the entities a merge emptied; rs->group_entity points at the entity that absorbed them. */
static void drop_emptied(gx_rs *rs)
{
    gx_article *art = rs->art;
    int nc = rs->nc;
    int *group_entity = rs->group_entity;
    int *remap = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(art->entities.n + 1));
    {
        int n = 0;
        for (int k = 0; k < art->entities.n; k++) {
            if (art->entities.v[k].mentions.n) {
                remap[k] = n;
                art->entities.v[n] = art->entities.v[k];
                rs->protos.v[n] = rs->protos.v[k];
                n++;
            } else {
                remap[k] = -1;
            }
        }
        /* entities emptied by the merge point at the entity that absorbed them */
        for (int i = 0; i < nc; i++)
            if (group_entity[i] >= 0)
                group_entity[i] = remap[group_entity[i]];
        art->entities.n = n;
    }
}

/* Is a + b an ordinary word, not a unit (全部, 内部, 东部, 干部; 主办, 举办; 僵局, 格局, 布局;
 * 好处, 之处; 场所, 住所)? */
static bool common_word_end(uint32_t a, uint32_t b)
{
    static const char *before[] = {
        [0] = "全内外局东西南北中头底顶腹干细",   /* …部 */
        [1] = "主举承开创协合督代包买",          /* …办 */
        [2] = "僵格骗大布结时政全开残终出入当", /* …局 */
        [3] = "好之到坏难相用住去深各此益",     /* …处 */
        [4] = "场住厕处之",                       /* …所 */
    };
    static const uint32_t last[] = {0x90E8 /* 部 */, 0x529E /* 办 */, 0x5C40 /* 局 */, 0x5904 /* 处 */, 0x6240 /* 所 */};
    for (size_t k = 0; k < sizeof last / sizeof last[0]; k++) {
        if (b != last[k])
            continue;
        for (const unsigned char *p = (const unsigned char *)before[k]; *p; p += 3) {
            uint32_t c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (uint32_t)(p[2] & 0x3F);
            if (c == a)
                return true;
        }
    }
    return false;
}

/* Does [from, to) name a unit of an organization by its last word (个人业务部, 政策计划处, 财金司,
 * 上海总部, 客服中心, 成都分行, 破产清算小组)? Two to eight Chinese characters with no function word
 * or verb of office among them (中信集团|担任战略发展部), no verb of setting up before it; a legal
 * form (公司) is another rule's business. */
static bool unit_words(const uint32_t *cp, int32_t from, int32_t to)
{
    static const uint32_t stop[] = {0x7684 /* 的 */, 0x548C /* 和 */, 0x4E0E /* 与 */, 0x53CA /* 及 */,
                                    0x5728 /* 在 */, 0x7B49 /* 等 */, 0x5BF9 /* 对 */, 0x5411 /* 向 */,
                                    0x5C06 /* 将 */, 0x5DF2 /* 已 */, 0x4E3A /* 为 */, 0x662F /* 是 */,
                                    0x4EFB /* 任 */, 0x4E8E /* 于 */, 0x81EA /* 自 */, 0x4ECE /* 从 */};
    static const uint32_t one[] = {0x90E8 /* 部 */, 0x53F8 /* 司 */, 0x5904 /* 处 */, 0x5C40 /* 局 */,
                                   0x6240 /* 所 */, 0x529E /* 办 */, 0x5BA4 /* 室 */};
    static const uint32_t two[][2] = {{0x4E2D, 0x5FC3} /* 中心 */, {0x56E2, 0x961F} /* 团队 */,
                                      {0x5C0F, 0x7EC4} /* 小组 */, {0x5206, 0x884C} /* 分行 */,
                                      {0x652F, 0x884C} /* 支行 */, {0x603B, 0x884C} /* 总行 */};
    /* a verb of setting up opens it (海南保监局|成立调查小组) */
    static const uint32_t setup[][2] = {{0x6210, 0x7ACB} /* 成立 */, {0x8BBE, 0x7ACB} /* 设立 */,
                                        {0x7EC4, 0x5EFA} /* 组建 */, {0x7EC4, 0x6210} /* 组成 */,
                                        {0x6D3E, 0x51FA} /* 派出 */, {0x53EC, 0x5F00} /* 召开 */};
    if (to - from < 2 || to - from > 10)
        return false;
    bool unit = false; /* the last word first: it rules out nearly every place */
    for (size_t s = 0; s < sizeof one / sizeof one[0] && !unit; s++)
        unit = cp[to - 1] == one[s] && !common_word_end(cp[to - 2], cp[to - 1]);
    for (size_t s = 0; s < sizeof two / sizeof two[0] && !unit; s++)
        unit = cp[to - 2] == two[s][0] && cp[to - 1] == two[s][1];
    if (!unit || (cp[to - 2] == 0x516C && cp[to - 1] == 0x53F8)) /* 公司 */
        return false;
    for (size_t s = 0; s < sizeof setup / sizeof setup[0]; s++)
        if (cp[from] == setup[s][0] && cp[from + 1] == setup[s][1])
            return false;
    for (int32_t k = from; k < to; k++) {
        if (!gx_is_cjk(cp[k]))
            return false;
        for (size_t s = 0; s < sizeof stop / sizeof stop[0]; s++)
            if (cp[k] == stop[s])
                return false;
    }
    return true;
}

/* Does the text at `at` end a body's unit when no title follows: punctuation, or 的, 在, 从, or
 * 相关, 有关, 负责 (相关负责人) (农业部|农村经济研究中心|的, 央行|上海总部|在)? */
static bool unit_boundary(const uint32_t *cp, int32_t at, int32_t n)
{
    uint32_t c = cp[at], d = at + 1 < n ? cp[at + 1] : 0;
    return !gx_is_cjk(c) || c == 0x7684 /* 的 */ || c == 0x5728 /* 在 */ || c == 0x4ECE /* 从 */ ||
           ((c == 0x76F8 /* 相 */ || c == 0x6709 /* 有 */) && d == 0x5173 /* 关 */) ||
           (c == 0x8D1F /* 负 */ && d == 0x8D23 /* 责 */);
}

/* A company's or government body's mention followed by one of its units and a job title there
 * (民生银行|个人业务部|理财师, 市住保办|政策计划处|处长, 广州市国土房管局|中介所|所长): the unit is part
 * of what the text names (CLUENER's convention, 141 to 10 in its training lines), so the mention
 * takes it in; the entity keeps its name (民生银行). A government body's unit needs no title where
 * the unit plainly ends (unit_boundary: 农业部|农村经济研究中心|的). A company's department (…部) is
 * left out: CLUENER takes it in as often as not. Only where no chosen name covers the unit. */
static void units_before_titles(gx_rs *rs)
{
    gx_article *art = rs->art;
    uint8_t *title_at = gx_arena_alloc(art->arena, (size_t)art->ncp + 1);
    memset(title_at, 0, (size_t)art->ncp + 1);
    for (int i = 0; i < art->positions.n; i++) {
        gx_span ps = art->positions.v[i].span;
        if (ps.start >= 0 && ps.start < art->ncp && ps.end > ps.start)
            title_at[ps.start] = 1;
    }
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        if (e->type != GX_ENT_COMPANY && e->type != GX_ENT_GOVERNMENT)
            continue;
        for (int m = 0; m < e->mentions.n; m++) {
            gx_span *s = &e->mentions.v[m].span;
            if (s->end - s->start < 2 || s->end >= art->ncp || title_at[s->end])
                continue;
            for (int32_t to = s->end + 2; to <= s->end + 10 && to < art->ncp; to++) {
                if (rs->taken[to - 1])
                    break;
                /* a company's department (市场部, 个人业务部) is as often left out as taken in
                 * (CLUENER dev and slices: 2 for, 2 against); its centres, branches and teams are
                 * taken in */
                if ((title_at[to] || (e->type == GX_ENT_GOVERNMENT && unit_boundary(art->cp, to, art->ncp))) &&
                    unit_words(art->cp, s->end, to) &&
                    (e->type == GX_ENT_GOVERNMENT || art->cp[to - 1] != 0x90E8 /* 部 */)) {
                    memset(rs->taken + s->end, 1, (size_t)(to - s->end));
                    s->end = to;
                    break;
                }
            }
        }
    }
}

void gx_rs_entities(gx_rs *rs)
{
    make_entities(rs);
    merge_full_names(rs);
    longer_name_elsewhere(rs);
    merge_quoted_names(rs);
    merge_last_names(rs);
    name_entities(rs);
    drop_emptied(rs);
    units_before_titles(rs);
}

/* id = "e" and k (k >= 1) in decimal, what snprintf("e%d") wrote at ~340 instructions a call
 * (a tenth of the ordering); "e2147483647" fits the 12 bytes of gx_entity.id. */
static void entity_id(char id[12], int k)
{
    char d[10];
    int n = 0;
    do
        d[n++] = (char)('0' + k % 10);
    while ((k /= 10) > 0);
    id[0] = 'e';
    for (int i = 0; i < n; i++)
        id[1 + i] = d[n - 1 - i];
    id[1 + n] = '\0';
}

/* Mentions in text order; entities ordered by first mention (those without mentions, byline-only,
 * last) and given their ids e1..; rs->newidx maps the old entity indices to the new. */
void gx_rs_order(gx_rs *rs)
{
    gx_article *art = rs->art;
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        if (e->mentions.n > 1)
            qsort(e->mentions.v, (size_t)e->mentions.n, sizeof(gx_mention), cmp_mention);
    }
    int ne = art->entities.n;
    int32_t *order = gx_arena_alloc(art->arena, sizeof(int32_t) * 2 * (size_t)(ne + 1));
    for (int k = 0; k < ne; k++) {
        order[2 * k] = art->entities.v[k].mentions.n ? art->entities.v[k].mentions.v[0].span.start : art->ncp + k;
        order[2 * k + 1] = k;
    }
    qsort(order, (size_t)ne, 2 * sizeof(int32_t), gx_cmp_int32);
    gx_entity *sorted = gx_arena_alloc(art->arena, sizeof(gx_entity) * (size_t)(ne + 1));
    int *newidx = rs->newidx = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(ne + 1));
    for (int k = 0; k < ne; k++) {
        sorted[k] = art->entities.v[order[2 * k + 1]];
        newidx[order[2 * k + 1]] = k;
        entity_id(sorted[k].id, k + 1);
    }
    art->entities.v = sorted;
    art->entities.cap = ne + 1;
}
