/* gx_quantity_market.c — the currency a bare 元 means in a market context.
 *
 * Chinese-language news of the Hong Kong and US markets writes prices and turnovers with a
 * plain 元: "恒指收报32245.22点,…成交金额1699.36亿元" (HK dollars), "中信银行(0998)…股份上日收报
 * 6.71元,上望7.4元" (an HKEX code: HK dollars), "每股回购价5.95港元,涉资2.08万元". Company
 * results written in 元 stay as written (an H-share company reports in yuan: "在港股上市的首都
 * 机场总营收86.81亿元" is CNY), so the rule is narrow:
 *   1. the amount is money in CNY whose currency is a bare 元 (not 人民币, RMB, ¥, 块钱) or
 *      implied (no unit);
 *   2. a market head ends at most HEAD_GAP characters before it in the same clause (no
 *      punctuation or digit between; a comma before the 由 or 从 of a change is no break): a price (收报 股价 上望 止蚀 回购价; value "price") or a
 *      market total (成交额 市值 涉资; value "total"), or a total follows it, optionally after
 *      的 ("五六百亿日均成交的市场"); the low end of a range follows its high end;
 *   3. the nearest market mention before the head decides: a word of role "market" (港股 恒指
 *      港元 H股 → HKD; 美股 纳指 → USD; A股 沪指 港股通 南下资金 → CNY) or a code in
 *      brackets (4-5 digits with a leading 0 → HKD, 6 digits → CNY). A total looks only in its
 *      sentence; a price looks back up to PRICE_REACH characters (the company with its code is
 *      usually named a paragraph before its price).
 * The amount then takes HKD or USD and currency_inferred. A declaration in brackets after an
 * amount, "26.26亿(港元,下同)" ("the same below"), decides instead for every bare-元 or implied
 * amount from there on ("(人民币,下同)" keeps them CNY). */
#include "gx_quantity_market.h"

#include <string.h>

#include "gx_arena.h"
#include "gx_number.h"
#include "gx_quantity.h"
#include "gx_utf8.h"

#define HEAD_GAP    6   /* characters between a head's end and the amount ("设于", "高达") */
#define PRICE_REACH 400 /* how far back a price looks for its market                       */
#define HK_MIN      5   /* Hong Kong market mentions an article in HK dollars has at least    */
#define HK_SHARE    3   /* ... and how many times those of other markets                     */

typedef gx_qword word;

static bool is_open(uint32_t c)
{
    return c == '(' || c == U'（';
}
static bool is_close(uint32_t c)
{
    return c == ')' || c == U'）';
}

/* A stock code in brackets ending at i ("(0998)", "（600225）", "(01183-HK)"; "(00700.HK)" is
 * also the word ".HK"): its market's currency, or NULL. */
static const char *code_ending_at(const uint32_t *cp, int32_t floor, int32_t i)
{
    if (i - 1 < floor || !is_close(cp[i - 1]))
        return NULL;
    int32_t last = i - 1; /* after the digits */
    if (last - 3 > floor && (cp[last - 3] == '-' || cp[last - 3] == '.') && cp[last - 2] == 'H' && cp[last - 1] == 'K')
        last -= 3;
    int32_t d = last;
    while (d > floor && gx_is_digit(cp[d - 1]))
        d--;
    int32_t nd = last - d;
    if (d <= floor || !is_open(cp[d - 1]))
        return NULL;
    if ((nd == 4 || nd == 5) && cp[d] == '0')
        return "HKD";
    if (nd == 6)
        return "CNY";
    return NULL;
}

static bool stops_clause(uint32_t c)
{
    static const char32_t set[] = U"，。；：！？,;:!?()（）、\n";
    for (const char32_t *p = set; *p; p++)
        if (c == (uint32_t)*p)
            return true;
    return gx_is_digit(c);
}

static bool ends_sentence(uint32_t c)
{
    return c == U'。' || c == U'！' || c == U'？' || c == '\n' || c == '!' || c == '?';
}

/* 1: money in CNY written with a bare 元 or implied. */
static bool bare_yuan(const gx_article *art, const gx_quantity *q)
{
    if (q->type != GX_QTY_MONEY || strcmp(q->currency, "CNY") != 0)
        return false;
    if (q->implied)
        return true;
    const uint32_t *cp = art->cp;
    int32_t s = q->span.start, e = q->span.end;
    if (e - s < 2 || cp[e - 1] != U'元' || cp[e - 2] == U'块')
        return false;
    for (int32_t k = s; k < e; k++)
        if (cp[k] == U'¥' || cp[k] == U'￥' || cp[k] == U'人' || cp[k] == 'R')
            return false; /* 人民币, RMB, ¥ */
    return true;
}

/* 2: the market head ending in the clause before start: its value (1 price, 2 total) and the
 * position where it starts, or 0. */
static int market_head(const gx_qtylex *lx, const gx_article *art, int32_t start, int32_t *hs)
{
    const uint32_t *cp = art->cp;
    for (int32_t p = start, gap = 0; p > 0 && gap <= HEAD_GAP; p--, gap++) {
        uint32_t c = cp[p - 1], b = c - GX_QTY_START_BASE;
        const word *w = NULL;
        if (c < GX_QTY_START_BASE || b >= GX_QTY_START_SPAN ||
            ((lx->market_head_last[b / 64] >> (b % 64)) & 1))
            w = gx_qtylex_longest_back(cp, 0, p, lx, GX_QW_MARKET_HEAD);
        if (w) {
            *hs = p - w->len;
            return w->val;
        }
        /* "成交额从1969年的25.23亿元": a date between the head and the amount is passed over and
         * not counted in the gap, as implied money does */
        if (gx_cp_in(c, U"年月日度")) {
            int qi = gx_quantity_at(art, p - 1);
            if (qi >= 0 && art->quantities.v[qi].type == GX_QTY_DATE) {
                p = art->quantities.v[qi].span.start + 1;
                gap--;
                continue;
            }
        }
        /* "目标价，由4.44元调整至1.49元": a comma before the 由/从 of a change keeps the clause */
        bool change_from = (cp[p - 1] == U'，' || cp[p - 1] == ',') && (cp[p] == U'由' || cp[p] == U'从');
        if (stops_clause(cp[p - 1]) && !change_from)
            return 0;
    }
    return 0;
}

/* The currency of a listed company's exchange ("SSE" -> CNY, "HKEX" -> HKD), or NULL. */
static const char *exchange_currency(const char *ex)
{
    if (!strcmp(ex, "SSE") || !strcmp(ex, "SZSE") || !strcmp(ex, "BSE") || !strcmp(ex, "NEEQ"))
        return "CNY";
    if (!strcmp(ex, "HKEX"))
        return "HKD";
    if (!strcmp(ex, "NASDAQ") || !strcmp(ex, "NYSE") || !strcmp(ex, "AMEX"))
        return "USD";
    return NULL;
}

/* The listed company named last before pos (after floor) by an explicit ticker, or by the
 * gazetteer when it is listed in mainland China (the lexicon scan runs before this stage): its
 * end, and its exchange's currency in *cur; -1 when none. */
static int32_t company_before(const gx_article *art, int32_t pos, int32_t floor, const char **cur)
{
    int32_t best = -1;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_COMPANY || c->span.end > pos || c->span.end <= floor ||
            c->span.end <= best || !c->ticker.exchange[0] ||
            (c->source != GX_SRC_GAZETTEER && c->source != GX_SRC_TICKER))
            continue;
        const char *x = exchange_currency(c->ticker.exchange);
        /* a foreign company found by its name alone marks no market: "Uber…价格是3.2元/公里"
         * is a taxi fare; only an explicit ticker or a domestic listing counts, and a name of
         * two characters is too often a word ("交投提升") */
        if (x && (c->source == GX_SRC_TICKER ||
                  (!strcmp(x, "CNY") && c->span.end - c->span.start >= 3))) {
            best = c->span.end;
            *cur = x;
        }
    }
    return best;
}

/* 3: the currency of the nearest market mention before pos (back to floor), or NULL: a market
 * word, a code in brackets or a listed company ("贵州茅台股价" is an A-share price); a
 * currency word (val 1: 港元 美元) counts only in pos's sentence. */
static const char *market_before(const gx_qtylex *lx, const gx_article *art, int32_t pos,
                                 int32_t floor)
{
    const uint32_t *cp = art->cp;
    const char *ccur = NULL;
    int32_t cend = company_before(art, pos, floor, &ccur);
    bool crossed = false; /* a sentence end lies between p and pos */
    for (int32_t p = pos; p > floor; p--) {
        if (p == cend)
            return ccur;
        uint32_t c = cp[p - 1];
        if (c >= GX_QTY_START_BASE && c < GX_QTY_START_BASE + GX_QTY_START_SPAN) {
            uint32_t b = c - GX_QTY_START_BASE; /* Chinese: the exact bitmap of last characters */
            if (!((lx->market_last[b / 64] >> (b % 64)) & 1) && c != U'）') {
                if (ends_sentence(c))
                    crossed = true;
                continue;
            }
        }
        const char *code = code_ending_at(cp, floor, p);
        if (code)
            return code;
        const word *w = gx_qtylex_longest_back(cp, floor, p, lx, GX_QW_MARKET);
        if (w && !(w->val == 1 && crossed))
            return w->code;
        if (ends_sentence(c))
            crossed = true;
    }
    return NULL;
}

/* 2b: a market total named right after the amount, optionally after 的 ("五六百亿日均成交的
 * 市场", "超万亿市值的公司"): true. */
static bool total_after(const gx_qtylex *lx, const gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp;
    if (end < n && cp[end] == U'的')
        end++;
    const word *tab = lx->tab[GX_QW_MARKET_HEAD];
    for (int k = 0; k < lx->n[GX_QW_MARKET_HEAD]; k++) {
        const word *w = &tab[k];
        if (w->val != 2 || end + w->len > n)
            continue;
        int32_t m = 0;
        while (m < w->len && cp[end + m] == (uint32_t)w->w[m])
            m++;
        if (m == w->len)
            return true;
    }
    return false;
}

/* A currency declared for the figures from q on, in brackets right after it:
 * "26.26亿(港元,下同)", "62.95亿元(人民币,下同)", "3042.4万元人民币(单位下同)" (the amount's own
 * currency). Returns its ISO code, or NULL. */
static const char *declared_after(const gx_article *art, const gx_quantity *q)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp, e = q->span.end;
    if (e >= n || !is_open(cp[e]))
        return NULL;
    int32_t c = e + 1;
    while (c < n && c - e <= 12 && !is_close(cp[c]))
        c++;
    if (c >= n || !is_close(cp[c]) || c - e < 3 || cp[c - 2] != U'下' || cp[c - 1] != U'同')
        return NULL;
    static const struct {
        const char32_t *w;
        const char *code;
    } named[] = {{U"港元", "HKD"}, {U"港币", "HKD"}, {U"美元", "USD"}, {U"人民币", "CNY"}};
    for (int32_t k = e + 1; k < c; k++)
        for (size_t m = 0; m < sizeof named / sizeof named[0]; m++) {
            int32_t l = 0;
            while (named[m].w[l] && k + l < c && cp[k + l] == (uint32_t)named[m].w[l])
                l++;
            if (!named[m].w[l])
                return named[m].code;
        }
    return q->implied ? NULL : q->currency; /* "(单位下同)": the amount's written currency */
}

/* 4: amounts of one sentence written with a bare 元 share its market: an amount no head placed (升0.01元 after
 * 收报1.59元) or whose market is named a sentence before (涉及金额1700万元 after the prices of a
 * Hong Kong debut) takes HKD or USD from an amount of its sentence the rule placed there; placed
 * marks the amounts whose market the rule found, CNY included. */
static void sentence_currency(gx_article *art, const bool *placed)
{
    for (int i = 0; i < art->quantities.n; i++) {
        gx_quantity *q = &art->quantities.v[i];
        if (placed[i] || q->implied || !bare_yuan(art, q))
            continue; /* (an amount without 元, 净流入9300多亿, is no price of the market) */
        int32_t a = q->span.start, b = q->span.end;
        while (a > 0 && !ends_sentence(art->cp[a - 1]))
            a--;
        while (b < art->ncp && !ends_sentence(art->cp[b]))
            b++;
        for (int j = 0; j < art->quantities.n; j++) {
            const gx_quantity *o = &art->quantities.v[j];
            if (j != i && o->currency_inferred && o->type == GX_QTY_MONEY && o->span.start >= a && o->span.end <= b) {
                memcpy(q->currency, o->currency, 4);
                q->currency_inferred = true;
                break;
            }
        }
    }
}

/* 5: an article written in Hong Kong dollars: every amount whose currency is written as a
 * word (not a bare 元) is HKD, two at least, and the Hong Kong market is named at least
 * HK_SHARE times as often as the others together ("港股市值也由…231970亿元", "人均损失38.4万元"
 * in a story of the Hong Kong market whose other figures say 港元): true. The quantities are
 * tested first; the walk over the text only runs for such an article. Its amounts written
 * with a bare 元 then take HKD; implied ones keep theirs (一天认购资金1000多亿 of the QDII funds
 * of a Hong Kong story are yuan). */
static bool hkd_article(const gx_qtylex *lx, const gx_article *art)
{
    int hkd = 0;
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        if (q->type != GX_QTY_MONEY || q->implied || q->currency_inferred || bare_yuan(art, q))
            continue;
        if (strcmp(q->currency, "HKD") != 0)
            return false;
        hkd++;
    }
    if (hkd < 2)
        return false;
    int hk = 0, other = 0;
    const uint32_t *cp = art->cp;
    for (int32_t p = 1; p <= art->ncp; p++) {
        uint32_t c = cp[p - 1];
        if (c < GX_QTY_START_BASE || c >= GX_QTY_START_BASE + GX_QTY_START_SPAN)
            continue;
        uint32_t b = c - GX_QTY_START_BASE;
        if (!((lx->market_last[b / 64] >> (b % 64)) & 1))
            continue;
        const word *w = gx_qtylex_longest_back(cp, 0, p, lx, GX_QW_MARKET);
        if (!w || w->val == 1)
            continue; /* a currency word (港元) is no market mention */
        if (!strcmp(w->code, "HKD"))
            hk++;
        else
            other++;
    }
    return hk >= HK_MIN && hk >= HK_SHARE * other;
}

void gx_quantity_market_currency(const gx_qtylex *lx, gx_article *art)
{
    if (lx->n[GX_QW_MARKET_HEAD] == 0 || lx->n[GX_QW_MARKET] == 0)
        return;
    /* a declaration "(港元,下同)" gives its currency to the bare-元 and implied amounts from
     * there on (its own amount included); "(人民币,下同)" keeps them CNY */
    int decl_at = art->quantities.n;
    const char *decl = NULL;
    for (int i = 0; i < art->quantities.n && !decl; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        if (q->type == GX_QTY_MONEY && (decl = declared_after(art, q)) != NULL)
            decl_at = i;
    }
    bool *placed = gx_arena_alloc(art->arena, sizeof(bool) * (size_t)(art->quantities.n + 1));
    /* backwards, so that the low end of a range ("五六百亿": 五 and 六百亿) can follow its high
     * end, which carries the unit and the words after it */
    for (int i = art->quantities.n - 1; i >= 0; i--) {
        gx_quantity *q = &art->quantities.v[i];
        if (!bare_yuan(art, q))
            continue;
        if (i >= decl_at) {
            if (strcmp(decl, "CNY") != 0) {
                memcpy(q->currency, decl, 4);
                q->currency_inferred = true;
            }
            continue;
        }
        if (q->is_range && i + 1 < art->quantities.n) {
            const gx_quantity *hi = &art->quantities.v[i + 1];
            if (hi->currency_inferred && hi->span.start - q->span.end <= 2) {
                memcpy(q->currency, hi->currency, 4);
                q->currency_inferred = true;
                continue;
            }
        }
        int32_t hs = 0;
        int kind = market_head(lx, art, q->span.start, &hs);
        if (!kind && total_after(lx, art, q->span.end)) {
            kind = 2;
            hs = q->span.start;
        }
        if (!kind)
            continue;
        int32_t floor = hs > PRICE_REACH ? hs - PRICE_REACH : 0;
        if (kind == 2)
            for (floor = hs; floor > 0 && !ends_sentence(art->cp[floor - 1]); floor--)
                ;
        const char *cur = market_before(lx, art, hs, floor);
        placed[i] = cur != NULL;
        if (!cur || !strcmp(cur, "CNY"))
            continue;
        memcpy(q->currency, cur, 4);
        q->currency_inferred = true;
    }
    sentence_currency(art, placed);
    if (decl || !hkd_article(lx, art))
        return;
    for (int i = 0; i < art->quantities.n; i++) {
        gx_quantity *q = &art->quantities.v[i];
        if (!placed[i] && !q->currency_inferred && !q->implied && bare_yuan(art, q)) {
            memcpy(q->currency, "HKD", 4);
            q->currency_inferred = true;
        }
    }
}
