/* gx_quantity.c — the quantity stage: money, percentages, counts and dates.
 *
 * One left-to-right pass over the normalized code points. At each token start it tries, in
 * order: a date (gx_date.c), an Arabic number with its magnitude (万/亿, million) followed by
 * a unit (%/个百分点/percent, a currency, a count unit) or preceded by a currency sign, then
 * Chinese forms (百分之三十, 八成, 五亿元). Qualifiers (约, 不超过, 超过, 左右, 以上 ...) and
 * currency prefixes are found by looking back from the number, never further back than the
 * end of the previous quantity, so spans never overlap. A second pass over the found dates
 * resolves relative ones and attaches reporting periods (2024H1) to money and percentages.
 *
 * The word lists (currencies, measure words, qualifiers, direction verbs, money heads, period
 * cues) are data: data/lexicon/quantity_words.tsv, loaded at engine start by gx_quantity_lex.c
 * and passed in read-only. Single-character classes tested inline (gx_cp_in) stay here. */
#include "gx_quantity.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_date.h"
#include "gx_number.h"
#include "gx_number_en.h"
#include "gx_normalize.h"
#include "gx_quantity_lex.h"
#include "gx_quantity_market.h"
#include "gx_utf8.h"

typedef gx_qword word;

/* The word table and role arguments of longest_fwd/longest_back. */
#define TAB(s, role) (s)->lx, (role)

static bool is_alpha(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_latin_word(const word *w)
{
    return w->w[0] < 0x80 && is_alpha(w->w[0]);
}


/* ------------------------------------------------------------------ the pass */

/* core.type of a number that has no unit (not a quantity by itself). */
#define QTY_BARE ((gx_qty_type)99)

typedef struct pending_date {
    int q; /* index into art->quantities */
    gx_date_match m;
} pending_date;

typedef struct scan {
    gx_article *art;
    const uint32_t *cp;
    int32_t n;
    int32_t floor; /* end of the last quantity: look-backs stop here */
    const gx_qtylex *lx; /* the word lists (data/lexicon/quantity_words.tsv) */
    GX_VEC(pending_date) dates;
    /* table_money(): the block of table lines last searched for a money header, how far, and
     * where a header was found (-1: none yet) */
    int32_t tbl_block, tbl_seen, tbl_head;
    /* pipe_column(): the last row read and its table's header line (-1: none yet) */
    int32_t pipe_row, pipe_header;
    /* sentence_start(): the last position asked about, its answer (-1: none yet) and whether
     * that answer is an end of a sentence (not the walk's limit) */
    int32_t ss_query, ss_answer;
    bool ss_found;
} scan;

/* The core of a numeric quantity, before qualifiers and ranges. */
typedef struct core {
    gx_qty_type type;
    int32_t start, end; /* start includes a currency prefix */
    double value;
    bool has_mag; /* a magnitude (万/亿/million) was written */
    double mag;
    const char *currency;
    int32_t unit_start; /* count: the unit's span */
    int32_t unit_end;
    bool pp;           /* percentage points */
    gx_qualifier qual; /* from 多/余 after the digits */
    double scale;      /* 0.01 for cents (美分), else 1: applied to value already */
    bool implied;      /* money from context, currency not written (implied_money) */
} core;

static gx_quantity *push(scan *s, gx_qty_type type, int32_t start, int32_t end)
{
    gx_quantity *q = GX_VEC_PUSH(s->art->arena, s->art->quantities);
    q->type = type;
    q->span.start = start;
    q->span.end = end;
    s->floor = end;
    return q;
}

/* A currency sign or code written just before pos (optionally one space between). */
static const word *currency_prefix(const scan *s, int32_t pos, int32_t *start)
{
    const word *w = gx_qtylex_longest_back(s->cp, s->floor, pos, TAB(s, GX_QW_CUR_PREFIX));
    /* a sign between two runs of digits is a separator: a phone number masked with signs
     * ("136¥6046¥5023", quant28), not an amount; the digit before is read within the scan's
     * window only (s->floor): one of the last quantity ends a price list "¥399¥199" */
    if (w && w->len == 1 && w->w[0] < 0x3000 && !is_alpha(w->w[0]) && pos - 2 >= s->floor &&
        gx_is_digit(s->cp[pos - 2]))
        return NULL;
    if (w) {
        *start = pos - w->len;
        return w;
    }
    if (pos > s->floor && s->cp[pos - 1] == ' ') {
        w = gx_qtylex_longest_back(s->cp, s->floor, pos - 1, TAB(s, GX_QW_CUR_PREFIX));
        if (w && (is_latin_word(w) || w->w[0] >= 0x80)) { /* "RMB 5", "人民币 6.6亿元" */
            *start = pos - 1 - w->len;
            return w;
        }
    }
    /* a qualifier between ("合人民币约1.21亿", "人民币超过5亿"): the currency of the amount; the
     * span starts at the number, so that the qualifier is read before it as usual */
    bool bi = false; /* (the Chinese currency prefixes end with 币: a cheap test first) */
    for (int32_t k = pos - 2; k >= pos - 4 && k > s->floor; k--)
        bi |= s->cp[k] == U'币';
    const word *q =
        bi ? gx_qtylex_longest_back(s->cp, s->floor, pos, TAB(s, GX_QW_QUAL_PREFIX)) : NULL;
    if (q && q->w[0] >= 0x80 && pos - q->len > s->floor) {
        w = gx_qtylex_longest_back(s->cp, s->floor, pos - q->len, TAB(s, GX_QW_CUR_PREFIX));
        if (w && w->w[0] >= 0x80 && !is_latin_word(w)) {
            *start = pos;
            return w;
        }
    }
    return NULL;
}

/* A currency sign written after the amount, as informal posts do ("500$、1000$", "99¥起"): the
 * sign's currency. Not a sign before a digit, a letter or a point (a masked phone number
 * "136¥6046", "5$5.5"), nor one that opens a cashtag: a word follows and the same sign closes
 * it before the line ends ("转让价款3$宁波银行sz002142$"). */
static const word *trailing_sign(const scan *s, int32_t j)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    const word *w = j < n ? gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_CUR_PREFIX)) : NULL;
    if (!w || w->len != 1 || w->w[0] >= 0x3000 || is_alpha(w->w[0]))
        return NULL;
    if (j + 1 == n)
        return w;
    uint32_t nx = cp[j + 1];
    if (gx_is_digit(nx) || is_alpha(nx) || nx == '.' || nx == (uint32_t)w->w[0])
        return NULL;
    if (gx_cp_in(nx, U" \n、，。,;；:：!！?？)）]】"))
        return w;
    for (int32_t k = j + 1; k < n && k <= j + 20 && cp[k] != '\n'; k++)
        if (cp[k] == (uint32_t)w->w[0])
            return NULL;
    return w;
}

/* An Arabic-numeral quantity at pos (a digit at a token start): number, magnitude, unit. */
/* Basis points ("90bp", "12 bps", "25个基点") are a count of points with the unit as written, not
 * a percentage: the hand annotations of every dev set (h18-h38) leave them out of the percentages
 * (30 of 32 such figures), as a reader who lists "the percentages of the article" does. */
static void basis_points(core *c, double v, int32_t unit_start, int32_t unit_end)
{
    c->type = GX_QTY_COUNT;
    c->value = v;
    c->unit_start = unit_start;
    c->unit_end = unit_end;
    c->end = unit_end;
}

/* An English currency word after a number that is none (quant26): "won" the verb ("220 won by
 * Democrats": a won amount is written with a magnitude or is 1,000 or more, and no "by" follows),
 * or a year before a capitalized currency word ("In 1998 Euro coins were minted", "since 2002 Euro
 * notes"). The number runs from pos to e, its magnitude is in c; the word cur is at cj. */
static bool english_no_currency(const uint32_t *cp, int32_t n, int32_t pos, int32_t e, const core *c,
                                int32_t cj, const word *cur)
{
    if (gx_cp_at(cp, n, cj, U"won") && cur->len == 3)
        return (!c->has_mag && c->value < 1000) || gx_cp_at(cp, n, cj + 3, U" by ");
    if (e - pos != 4 || c->has_mag || !(cp[pos] == '1' || cp[pos] == '2') || (e < n && cp[e] == '.'))
        return false;
    static const char32_t *const yr[] = {U"in ", U"In ", U"since ", U"Since ", U"during ", U"During "};
    for (size_t k = 0; k < sizeof yr / sizeof yr[0]; k++) {
        int32_t l = 0;
        while (yr[k][l])
            l++;
        if (pos >= l && gx_cp_at(cp, n, pos - l, yr[k]) && (pos == l || !is_alpha(cp[pos - l - 1])))
            return true;
    }
    return false;
}

/* The thousands and hundreds after an amount's 万 at j (quant28): "9万3千元" is 93,000 and
 * "1万2千5百元" 12,500, where the first number alone read 3千元 and left 9万 bare; one Arabic digit
 * and 千 or 百 (and one more digit and 百 after 千), or a Chinese numeral under 10,000 that ends
 * in 千 or 百 (3万五千元). Adds to c->value; returns the new end (j when nothing follows). */
static int32_t wan_rest(const scan *s, int32_t j, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, e2;
    double v2;
    if (gx_is_digit(cp[j])) {
        double add = 0;
        int32_t k = j;
        static const char32_t U2[] = U"千百";
        for (int u = 0; u < 2 && k + 1 < n && gx_is_digit(cp[k]); u++) {
            if (k + 1 < n && gx_is_digit(cp[k + 1]))
                break; /* one digit only: 1万2000 is no 千 */
            if (cp[k + 1] == (uint32_t)U2[u]) {
                add += (cp[k] - '0') * (u == 0 ? 1e3 : 1e2);
                k += 2;
            } else if (u == 0 && cp[k + 1] == U'百') {
                add += (cp[k] - '0') * 1e2;
                k += 2;
                break;
            } else {
                break;
            }
        }
        if (add > 0 && !(k < n && (gx_is_digit(cp[k]) || gx_chinese_digit(cp[k]) >= 0))) {
            c->value += add;
            return k;
        }
        return j;
    }
    if (gx_number_chinese(cp, n, j, &v2, &e2) && v2 >= 100 && v2 < 1e4 &&
        (cp[e2 - 1] == U'千' || cp[e2 - 1] == U'百')) {
        c->value += v2;
        return e2;
    }
    return j;
}

static bool number_core(const scan *s, int32_t pos, bool allow_prefix, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, e, j;
    memset(c, 0, sizeof *c);
    c->start = pos;
    c->mag = 1;
    c->scale = 1;
    const word *pre = NULL;
    int32_t pre_start = pos;
    if (allow_prefix)
        pre = currency_prefix(s, pos, &pre_start);
    if (pos > 0 && cp[pos - 1] == U'第')
        return false; /* ordinal */
    double v;
    if (!gx_number_arabic(cp, n, pos, &v, &e))
        return false;
    if (pos > 0 && is_alpha(cp[pos - 1]) && !pre &&
        !(e < n && cp[e] == '%' && cp[e - 1] != '.' && e - pos >= 3 && cp[e - 3] == '.'))
        return false; /* inside a code: H100, RTX4090; but a table's "基金A26.15%" is a share */
    j = e;
    if (j < n && (cp[j] == U'多' || cp[j] == U'余') && j + 1 < n &&
        (cp[j + 1] == U'万' || cp[j + 1] == U'亿' ||
         (j + 2 < n && cp[j + 1] == U'个' && cp[j + 2] == U'亿'))) {
        c->qual = GX_QUAL_MIN; /* 100多万元, 320多个亿 */
        j++;
    }
    if (j + 1 < n && cp[j] == U'个' && cp[j + 1] == U'亿')
        j++; /* colloquial "9个亿" = 9亿 */
    else if (j + 2 < n && cp[j] == U'个' && cp[j + 1] == U'多' && cp[j + 2] == U'亿' &&
             c->qual == GX_QUAL_NONE) {
        c->qual = GX_QUAL_MIN; /* "8个多亿": more than 8亿 */
        j += 2;
    }
    if (j + 1 < n && cp[j] == ' ' && (cp[j + 1] == U'万' || cp[j + 1] == U'亿'))
        j++; /* "3 亿美元" with typographic spacing */
    int32_t me;
    double f = gx_number_magnitude(cp, n, j, &me);
    if (me > j) {
        c->has_mag = true;
        c->mag = f;
        j = me;
        if (f == 1e4 && j + 1 < n && (cp[j] == U'多' || cp[j] == U'余') && cp[j + 1] == U'亿' &&
            c->qual == GX_QUAL_NONE) {
            c->mag = 1e12; /* "8万多亿": more than 8万亿, not 8万 */
            c->qual = GX_QUAL_MIN;
            j += 2;
        }
    }
    if (!c->has_mag && e - pos == 1 && v >= 1 && j + 2 < n && (cp[j] == U'千' || cp[j] == U'百') &&
        gx_chinese_digit(cp[j + 1]) >= 1) {
        /* "2千五百元", "3百五十元", "2千五元" (quant26): an Arabic digit, 千 or 百, and the rest in
         * Chinese numerals, before a currency; one Chinese digit alone counts in the next lower
         * unit (2千五 = 2500), as gx_number_chinese reads 三千三 */
        double unit = cp[j] == U'千' ? 1e3 : 1e2, v2;
        int32_t e2;
        if (gx_number_chinese(cp, n, j + 1, &v2, &e2) && v2 < unit &&
            gx_qtylex_longest_fwd(cp, n, e2, TAB(s, GX_QW_CUR_SUFFIX))) {
            if (e2 == j + 2)
                v2 *= unit / 10;
            v = v * unit + v2;
            j = e2;
        }
    }
    if (!c->has_mag && j + 1 < n && cp[j] == U'兆' &&
        gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_CUR_SUFFIX))) {
        /* "4.5兆美元": 兆 is 10^12 in Hong Kong and Taiwan usage, only before a currency
         * (兆瓦, 兆赫 are units of their own) */
        c->has_mag = true;
        c->mag = 1e12;
        j++;
    }
    if (!c->has_mag) { /* English magnitudes */
        const word *w = NULL;
        if (j + 1 < n && cp[j] == ' ')
            w = gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_MAGNITUDE));
        if (w) {
            j += 1 + w->len;
        } else if (pre && (w = gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_MAGNITUDE_SHORT)))) {
            j += w->len;
        }
        if (w) {
            c->has_mag = true;
            for (int k = 0; k < w->val; k++)
                c->mag *= 10;
        }
    }
    if (j < n && (cp[j] == U'多' || cp[j] == U'余') && c->qual == GX_QUAL_NONE) {
        /* 50余家, 3000多名: "more than"; only when a unit follows (checked below) */
        if (j + 1 < n && (gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_CUR_SUFFIX)) ||
                          gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_COUNT_UNIT)))) {
            c->qual = GX_QUAL_MIN;
            j++;
        }
    }
    c->value = v * c->mag;
    if (c->mag == 1e8 && j < n && gx_is_digit(cp[j])) { /* "1亿5000万元" */
        double v2;
        int32_t e2;
        if (gx_number_arabic(cp, n, j, &v2, &e2) && e2 < n && cp[e2] == U'万' && v2 < 10000) {
            c->value += v2 * 1e4;
            j = e2 + 1;
        }
    }
    if (c->mag == 1e4 && j < n && (gx_is_digit(cp[j]) || gx_chinese_digit(cp[j]) >= 1))
        j = wan_rest(s, j, c); /* "9万3千元", "1万2千5百元", "3万五千元" */
    c->end = j;

    /* percent */
    int32_t l;
    if (!c->has_mag && j < n && (cp[j] == '%' || (cp[j] == ' ' && j + 1 < n && cp[j + 1] == '%'))) {
        c->type = GX_QTY_PERCENT; /* "6.50 %": a space before the sign is typography */
        c->value = v;
        c->end = j + (cp[j] == '%' ? 1 : 2);
        return true;
    }
    /* "上升0.54pct", "0.8个pct": brokers' glued pct is percentage points */
    if (!c->has_mag && j < n && (cp[j] == 'p' || cp[j] == U'个') &&
        ((l = gx_cp_at(cp, n, j, U"pcts")) || (l = gx_cp_at(cp, n, j, U"pct")) ||
         (l = gx_cp_at(cp, n, j, U"个pct"))) &&
        !(j + l < n && is_alpha(cp[j + l]))) {
        c->type = GX_QTY_PERCENT;
        c->value = v;
        c->pp = true;
        c->end = j + l;
        return true;
    }
    if (!c->has_mag &&
        ((l = gx_cp_at(cp, n, j, U"个百分点")) || (l = gx_cp_at(cp, n, j, U"个多百分点")))) {
        c->type = GX_QTY_PERCENT;
        c->value = v;
        c->pp = true;
        if (l == 5 && c->qual == GX_QUAL_NONE)
            c->qual = GX_QUAL_MIN; /* "大涨2个多百分点": more than 2 points, no count of 2 */
        c->end = j + l;
        return true;
    }
    if (!c->has_mag) {
        const word *w = NULL;
        if (j + 1 < n && cp[j] == ' ')
            w = gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_PERCENT_WORD));
        if (w && w->val == 2) { /* basis points: a count of points (see basis_points) */
            basis_points(c, v, j + 1, j + 1 + w->len);
            return true;
        }
        if (w) {
            c->type = GX_QTY_PERCENT;
            c->value = v;
            c->pp = w->val >= 1;
            c->end = j + 1 + w->len;
            return true;
        }
    }
    /* basis points glued or in Chinese: "90bp", "12bps", "25个基点" -> 0.25 percentage points */
    if (!c->has_mag && j < n && gx_cp_in(cp[j], U"个基bB") &&
        ((l = gx_cp_at(cp, n, j, U"个基点")) || (l = gx_cp_at(cp, n, j, U"基点")) ||
                        (l = gx_cp_at(cp, n, j, U"bps")) || (l = gx_cp_at(cp, n, j, U"bp")) ||
                        (l = gx_cp_at(cp, n, j, U"BP"))) &&
        !(j + l < n && is_alpha(cp[j + l]))) {
        basis_points(c, v, j, j + l);
        return true;
    }
    /* "消费占40百分比": 百分比 ("percentage") written for the sign, as some web texts do */
    if (!c->has_mag && gx_cp_at(cp, n, j, U"百分比")) {
        c->type = GX_QTY_PERCENT;
        c->value = v;
        c->end = j + 3;
        return true;
    }
    /* a discount, the share of the price paid: 6折 -> 60, 8.5折 -> 85, 95折 -> 95 (a number
     * of one or two digits, a decimal only after one digit); not the words 折合 折旧 折叠 折线
     * 折现 折算 ... that a figure can stand before ("按1:6.5折算"), but 打5折算3亿 is one */
    bool da = pos > 0 && (cp[pos - 1] == U'打' ||
                          (pos > 1 && cp[pos - 1] == U'个' && cp[pos - 2] == U'打')); /* 打(个)5折 */
    if (!c->has_mag && j < n && cp[j] == U'折' && c->qual == GX_QUAL_NONE && v >= 1 &&
        (e - pos == 1 || (e - pos == 2 && (int)v % 10) || (e - pos == 3 && cp[pos + 1] == '.')) &&
        (da || !(j + 1 < n && gx_cp_in(cp[j + 1], U"合旧叠线现算射返腾扣让损价")))) {
        c->type = GX_QTY_PERCENT;
        c->value = e - pos == 2 ? v : v * 10;
        c->end = j + 1;
        return true;
    }
    /* X成 -> X*10 percent */
    if (!c->has_mag && j < n && cp[j] == U'成' && e - pos == 1 && v >= 1 && v <= 9 &&
        !(j + 1 < n && gx_cp_in(cp[j + 1], U"为功立本交长果员熟型就绩都效品了年"))) {
        c->type = GX_QTY_PERCENT;
        c->value = v * 10;
        c->end = j + 1;
        return true;
    }
    /* currency after the number, or after a bracketed change in a price list
     * ("12500(+200)元/吨", "12200-12300(0/+100)元/吨", "45.25(+0.34)泰铢/公斤") */
    const word *cur = gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_CUR_SUFFIX));
    int32_t cj = j;
    if (!cur && j + 1 < n && cp[j] == ' ') {
        cur = gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_CUR_SUFFIX));
        cj = j + 1;
    }
    if (!cur && j + 2 < n && cp[j] == '(') {
        int32_t k = j + 1;
        while (k < n && k - j <= 12 && (gx_is_digit(cp[k]) || gx_cp_in(cp[k], U".+-/")))
            k++;
        if (k > j + 1 && k + 1 < n && cp[k] == ')' && (cur = gx_qtylex_longest_fwd(cp, n, k + 1, TAB(s, GX_QW_CUR_SUFFIX))))
            cj = k + 1;
    }
    /* an alternative amount in brackets shares the currency written after them ("增发10亿
     * (后改为5亿)美元股票": 10亿 and 5亿 USD); each span is its number alone */
    bool alt = false;
    if (!cur && c->has_mag && j + 2 < n && (cp[j] == '(' || cp[j] == U'（')) {
        int32_t k = j + 1;
        bool digit = false;
        while (k < n && k - j <= 16 && !gx_cp_in(cp[k], U")）(（，。,;；\n")) {
            digit |= gx_is_digit(cp[k]);
            k++;
        }
        if (digit && k + 1 < n && (cp[k] == ')' || cp[k] == U'）') &&
            (cur = gx_qtylex_longest_fwd(cp, n, k + 1, TAB(s, GX_QW_CUR_SUFFIX)))) {
            alt = true;
            cj = k + 1;
        }
    } else if (!cur && c->has_mag && j + 1 < n && (cp[j] == ')' || cp[j] == U'）') &&
               (cur = gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_CUR_SUFFIX)))) {
        int32_t k = pos - 1;
        while (k > 0 && pos - k <= 16 && !gx_cp_in(cp[k], U")）(（，。,;；\n"))
            k--;
        alt = k > 0 && (cp[k] == '(' || cp[k] == U'（') &&
              (gx_is_digit(cp[k - 1]) || gx_cp_in(cp[k - 1], U"万亿"));
        if (alt)
            cj = j + 1;
        else
            cur = NULL;
    }
    if (!cur && !pre && (cur = trailing_sign(s, j)))
        cj = j;
    /* 高达680万美 at the text's or a line's end: the copy cut 美元 after its first character
     * (quant30); an amount in 万/亿 only, nothing after it but the line break */
    bool cut_usd = false;
    if (!cur && c->has_mag && j < n && cp[j] == U'美' && (j + 1 == n || cp[j + 1] == '\n')) {
        static const uint32_t usd[] = {U'美', U'元'};
        cur = gx_qtylex_longest_fwd(usd, 2, 0, TAB(s, GX_QW_CUR_SUFFIX));
        cj = j;
        cut_usd = cur != NULL;
    }
    if (cur && cur->w[0] == U'元' && cur->len == 1 && cj + 1 < n &&
        gx_cp_in(cp[cj + 1], U"素件器旦宵帅勋"))
        cur = NULL;
    if (cur && is_latin_word(cur) && english_no_currency(cp, n, pos, e, c, cj, cur))
        cur = NULL;
    if (cur && cur->w[0] == U'元' && cur->len == 1) {
        /* "1330元美元": a slip that wrote 元 and then the currency meant; the named currency
         * is the one meant (a plain 元 never stands before another currency word) */
        const word *cur2 = gx_qtylex_longest_fwd(cp, n, cj + 1, TAB(s, GX_QW_CUR_SUFFIX));
        if (cur2 && !is_latin_word(cur2) && cur2->len >= 2) {
            cur = cur2;
            cj++;
        }
    }
    /* a currency pair names an exchange rate, not an amount ("报1119.7欧元/美元上涨0.1%", a
     * figure run into the pair's name; "美元/日元") */
    if (cur && cj + cur->len + 1 < n && cp[cj + cur->len] == '/' &&
        gx_qtylex_longest_fwd(cp, n, cj + cur->len + 1, TAB(s, GX_QW_CUR_SUFFIX)))
        cur = NULL;
    /* 5毛 (jiao) and 27仙 (Hong Kong cents) alone: before another word they are part of the
     * word (Q2毛利率, 2毛衣, 8仙女) */
    if (cur && cur->val >= 2 && cur->len == 1 && cj + 1 < n && cp[cj + 1] >= 0x4E00 && cp[cj + 1] <= 0x9FFF &&
        !gx_cp_in(cp[cj + 1], U"钱多或到至左以和及与、"))
        cur = NULL;
    if (cur) {
        c->type = GX_QTY_MONEY;
        c->currency = cur->code;
        if (cur->val == 2 || cur->val == 3) {
            /* cents (美分, 港仙) and jiao (5毛钱): the amount is in currency units */
            c->scale = cur->val == 2 ? 0.01 : 0.1;
            c->value *= c->scale;
        }
        c->end = alt ? j : cut_usd ? j + 1 : cj + cur->len;
        if (!alt && cur->w[0] == U'元' && (l = gx_cp_at(cp, n, c->end, U"人民币")))
            c->end += l; /* 5亿元人民币 */
        if (pre) {
            c->start = pre_start;
            if (!is_latin_word(pre) && pre->w[0] >= 0x80 && strcmp(pre->code, cur->code) != 0) {
                if (cur->w[0] == U'元' && cur->len == 1)
                    c->currency = pre->code; /* "港币500元": 元 is the unit of the currency named */
                else
                    c->start = pos; /* 人民币 before "5亿美元": keep the suffix's */
            }
        }
        return true;
    }
    /* a number after a currency name that has a unit of its own is no amount of it: a term
     * (人民币365天产品, 美元3个月Libor, 美元10年期国债) or a count (美元2只基金) */
    if (pre && !c->has_mag && j < n &&
        (gx_cp_in(cp[j], U"天日周月年期") || gx_cp_at(cp, n, j, U"个月") ||
         gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_COUNT_UNIT))))
        pre = NULL;
    if (pre) {
        c->type = GX_QTY_MONEY;
        c->currency = pre->code;
        c->start = pre_start;
        return true;
    }
    /* count; a word that starts like a count unit but is none (1000万所致, 6.5亿项目) leaves an
     * amount with 万/亿 bare, so its context can still make it money (销售1000万所致) */
    if (gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_NOT_COUNT))) {
        if (!(c->has_mag && (cp[j - 1] == U'万' || cp[j - 1] == U'亿')))
            return false;
        c->type = QTY_BARE;
        return true;
    }
    /* a Chinese unit right after the number, an English one after a space */
    int32_t uj = j + 1 < n && cp[j] == ' ' && is_alpha(cp[j + 1]) ? j + 1 : j;
    const word *u = gx_qtylex_longest_fwd(cp, n, uj, TAB(s, GX_QW_COUNT_UNIT));
    if (u && is_latin_word(u) != (uj == j)) {
        c->type = GX_QTY_COUNT;
        c->unit_start = uj;
        c->unit_end = uj + u->len;
        c->end = uj + u->len;
        return true;
    }
    c->type = QTY_BARE; /* a bare number */
    return true;
}

static bool is_range_sep(uint32_t c)
{
    return c == '-' || c == '~' || c == U'至' || c == U'到' || c == 0x2014 || c == 0x2013 ||
           c == 0x301C || c == U'～';
}

/* Look back from start for a qualifier (and the linking verb of "约为"). Adjacent qualifiers
 * join the span; one separated by 为/达/合 sets the qualifier but stays outside. */
static gx_qualifier qualifier_before(const scan *s, int32_t *start)
{
    const word *w = gx_qtylex_longest_back(s->cp, s->floor, *start, TAB(s, GX_QW_QUAL_PREFIX));
    if (w) {
        *start -= w->len;
        return (gx_qualifier)w->val;
    }
    int32_t k = *start;
    if (k - 1 > s->floor && gx_cp_in(s->cp[k - 1], U"为达合有是")) {
        w = gx_qtylex_longest_back(s->cp, s->floor, k - 1, TAB(s, GX_QW_QUAL_PREFIX));
        if (w && !is_latin_word(w))
            return (gx_qualifier)w->val;
    }
    return GX_QUAL_NONE;
}

static gx_qualifier qualifier_after(const scan *s, int32_t *end)
{
    const word *w = gx_qtylex_longest_fwd(s->cp, s->n, *end, TAB(s, GX_QW_QUAL_SUFFIX));
    if (!w)
        return GX_QUAL_NONE;
    if (w->w[0] == U'上' && w->w[1] == U'下' && *end + 2 < s->n && s->cp[*end + 2] == U'游')
        return GX_QUAL_NONE; /* 上下游 */
    *end += w->len;
    return (gx_qualifier)w->val;
}

/* Direction of a percentage: the verb right before it (下降43.42%, 增幅为17.45%, fell 5%). */
static int direction_before(const scan *s, int32_t start)
{
    const uint32_t *cp = s->cp;
    int32_t k = start;
    int32_t lim = s->floor > 0 ? s->floor : 0;
    if (k > lim && (cp[k - 1] == '-' || cp[k - 1] == '+') &&
        (k - 1 == 0 || !gx_is_digit(cp[k - 2])))
        return cp[k - 1] == '-' ? -1 : 1;
    if (k > lim && cp[k - 1] == ' ')
        k--;
    if (k - 2 >= lim && cp[k - 1] == 'y' && cp[k - 2] == 'b' && k - 3 >= lim && cp[k - 3] == ' ')
        k -= 3; /* "by " */
    else if (k - 2 >= lim && gx_cp_at(cp, k, k - 2, U"幅度"))
        k -= 2;
    if (k > lim && gx_cp_in(cp[k - 1], U"了为达"))
        k--;
    if (k - 2 >= lim && gx_cp_at(cp, k, k - 2, U"幅度"))
        k -= 2;
    const word *w = gx_qtylex_longest_back(cp, lim, k, TAB(s, GX_QW_DIRECTION));
    return w ? w->val : 0;
}

static void finish(scan *s, core *c, int32_t start, gx_qualifier qual, int32_t end, bool is_range,
                   double value_max)
{
    gx_quantity *q = push(s, c->type, start, end);
    q->value = c->value;
    q->qualifier = qual;
    q->is_range = is_range;
    q->value_max = value_max;
    if (c->type == GX_QTY_MONEY && c->currency)
        memcpy(q->currency, c->currency, 4);
    q->implied = c->implied;
    if (c->type == GX_QTY_COUNT)
        q->unit = gx_article_span_text(s->art, (gx_span){c->unit_start, c->unit_end});
    if (c->type == GX_QTY_PERCENT && c->pp)
        q->unit = "pp";
}

/* The change of an inline stock quote that portals insert after a company name:
 * "华灿光电(5.790,-0.08,-1.36%)". A figure of the text (the reference annotations count it), but
 * not one of the story: marked so that events do not take it as an argument. */
static bool quote_tuple(const scan *s, int32_t start, int32_t end)
{
    const uint32_t *cp = s->cp;
    if (end >= s->n || cp[end] != ')')
        return false;
    int commas = 0;
    for (int32_t k = start - 1; k >= 0 && start - k < 40; k--) {
        uint32_t c = cp[k];
        if (c == '(')
            return commas == 2;
        if (c == ',')
            commas++;
        else if (!(gx_is_digit(c) || c == '.' || c == '-' || c == '+'))
            return false;
    }
    return false;
}

/* A direction (-1, +1; 0 = none) before the last pushed percentage makes it a change. */
static void set_change(scan *s, int dir)
{
    if (!dir)
        return;
    gx_quantity *q = &s->art->quantities.v[s->art->quantities.n - 1];
    q->has_change = true;
    q->change = dir * q->value;
}

/* Length of a list conjunction at i: 、 及 和 与 或 以及 (with an optional space before). */
static int32_t list_sep(const uint32_t *cp, int32_t n, int32_t i)
{
    int32_t k = i < n && cp[i] == ' ' ? 1 : 0;
    if (i + k >= n)
        return 0;
    if (gx_cp_in(cp[i + k], U"、及和与或"))
        return k + 1;
    int32_t l = gx_cp_at(cp, n, i + k, U"以及");
    return l ? k + l : 0;
}

/* A bare number c takes the unit of the money figure c2 that names it (a list member, the new
 * level after 由/从): its currency and scale, and c2's magnitude when c writes none. False when
 * c2 is no money, or c has a magnitude c2 lacks. */
static bool take_money_unit(core *c, const core *c2)
{
    if (c2->type != GX_QTY_MONEY || (c->has_mag && !c2->has_mag))
        return false;
    c->type = GX_QTY_MONEY;
    c->currency = c2->currency;
    c->value *= c2->scale;
    if (!c->has_mag && c2->has_mag && c2->mag > 1) {
        c->value *= c2->mag;
        c->has_mag = true;
    }
    return true;
}

/* A bare number that opens a list whose last member names the unit: "1310及1290美元",
 * "1.2亿、3.4亿美元", "5、6和7%". The bare number takes the currency (money) or becomes a
 * percentage, and the magnitude when it writes none and the members have one ("300及500万元");
 * its span stays the number alone. At most four members, each a bare number; a list number at
 * a line start ("1、2亿元") is no member. A list written with slashes alone, as forecasts for
 * successive years are ("净利润为34.7/44.7/55.9亿元", "EPS为0.7/0.9/1.2元"), is read the same
 * way, each member after a slash too; a slash never joins another separator ("1/50、2%": a
 * fraction). Returns whether c was completed. */
static bool list_unit(const scan *s, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, pos = c->end;
    /* a member after a slash: only in a list of slashes ("34.7/44.7/55.9亿元") */
    bool slash = c->start > 1 && cp[c->start - 1] == '/' && gx_is_digit(cp[c->start - 2]);
    if (!slash && c->start > 0 && gx_cp_in(cp[c->start - 1], U"/:."))
        return false; /* "12:30、", "v1.2": not a member */
    for (int members = 1; members < 4; members++) {
        int32_t l = pos < n && cp[pos] == '/' && (slash || members == 1) ? 1 : list_sep(cp, n, pos);
        if (l == 1 && cp[pos] == '/')
            slash = true;
        else if (slash)
            return false; /* "1/50、2%": a fraction, then a list */
        if (l == 0 || pos + l >= n || !gx_is_digit(cp[pos + l]))
            return false;
        if (cp[pos + l - 1] == U'、' && (c->start == 0 || cp[c->start - 1] == '\n'))
            return false;
        scan s2 = *s;
        s2.floor = pos + l;
        core c2;
        if (!number_core(&s2, pos + l, false, &c2))
            return false;
        if (c2.type == QTY_BARE) {
            if (c2.has_mag != c->has_mag && c->has_mag)
                return false; /* "1.2亿、35美元": not one list */
            pos = c2.end;
            continue;
        }
        if (c2.type == GX_QTY_PERCENT && !c->has_mag) {
            c->type = GX_QTY_PERCENT;
            c->pp = c2.pp;
            c->value *= c2.scale; /* "15和25BP": basis points */
            return true;
        }
        return take_money_unit(c, &c2);
    }
    return false;
}

/* A term of a sum written out with its result, "300+188=488元": the unit of the result is that
 * of every term (each bare term takes it, its span the number alone). At most four terms,
 * joined by + and each without a magnitude of its own. */
static bool sum_unit(const scan *s, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, pos = c->end;
    if (c->has_mag)
        return false;
    for (int terms = 1; terms <= 4; terms++) {
        if (pos + 1 >= n || !(cp[pos] == '+' || cp[pos] == '=') || !gx_is_digit(cp[pos + 1]))
            return false;
        bool result = cp[pos] == '=';
        scan s2 = *s;
        s2.floor = pos + 1;
        core c2;
        if (!number_core(&s2, pos + 1, false, &c2))
            return false;
        if (result)
            return (terms > 1 || (c->start > 0 && cp[c->start - 1] == '+')) &&
                   take_money_unit(c, &c2);
        if (c2.type != QTY_BARE || c2.has_mag)
            return false;
        pos = c2.end;
    }
    return false;
}

/* A bare number after 由/从 whose verb of change names the new level with a unit: "持股比例由
 * 10.98降至1.92%", "由3.2增加到4.5亿元". The number takes the later figure's unit (a percentage,
 * or the currency and, when it writes none, the magnitude); its span stays the number alone.
 * At most four Chinese characters of the verb, ending in 至/到/为. */
static bool from_to_unit(const scan *s, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, k = c->end;
    if (c->start <= s->floor || !(cp[c->start - 1] == U'由' || cp[c->start - 1] == U'从'))
        return false;
    while (k < n && k - c->end < 4 && cp[k] >= 0x4E00 && cp[k] <= 0x9FFF &&
           !gx_cp_in(cp[k], U"至到为"))
        k++;
    if (k + 1 >= n || !gx_cp_in(cp[k], U"至到为") || !gx_is_digit(cp[k + 1]))
        return false;
    scan s2 = *s;
    s2.floor = k + 1;
    core c2;
    if (!number_core(&s2, k + 1, false, &c2))
        return false;
    if (c2.type == GX_QTY_PERCENT && !c->has_mag && !c2.pp) {
        c->type = GX_QTY_PERCENT;
        return true;
    }
    return take_money_unit(c, &c2);
}

/* The next figure after a money amount in the same sentence, joined by a few words of change or
 * comparison, at most one clause break between: "市值从47.79万亿增加到半年末的58.38万亿",
 * "成交4800亿元,较前一交易日收缩约700亿", "本周解禁市值372亿左右,上周567亿左右". The words between
 * must be Chinese, at most CHAIN_GAP of them, none that counts things (人 股 家 员 ...): "营收12亿元,
 * 员工3万" is no chain; nor a verb of shares (chain_stop words: "按增持上限1000万元来算,约增持60.9万"). */
#define CHAIN_GAP 14
#define CHAIN_COUNTING U"数量人户股份率倍点者客名家只员工个次张台辆件套手吨"
static bool chain_money(const scan *s, const core *c)
{
    const gx_article *art = s->art;
    if (art->quantities.n == 0)
        return false;
    const gx_quantity *pq = &art->quantities.v[art->quantities.n - 1];
    if (pq->span.end != s->floor)
        return false;
    /* a date between counts as words ("市值从2017年初的4200亿飙升至2017年底的8800亿") */
    int32_t ds = -1, de = -1;
    if (pq->type == GX_QTY_DATE && art->quantities.n > 1) {
        ds = pq->span.start;
        de = pq->span.end;
        pq--;
    }
    int32_t gap = c->start - pq->span.end;
    if (pq->type != GX_QTY_MONEY || gap < 1 || gap > CHAIN_GAP)
        return false;
    int breaks = 0;
    for (int32_t k = pq->span.end; k < c->start; k++) {
        if (k == ds) {
            k = de - 1;
            continue;
        }
        uint32_t g = s->cp[k];
        if (g == ',' || g == U'，' || g == ';' || g == U'；') {
            if (++breaks > 1 || k == c->start - 1)
                return false;
            continue;
        }
        if (!(g >= 0x4E00 && g <= 0x9FFF) || gx_cp_in(g, CHAIN_COUNTING) ||
            gx_qtylex_longest_fwd(s->cp, c->start, k, TAB(s, GX_QW_CHAIN_STOP)))
            return false;
    }
    /* nor what follows it, up to the clause's end: "以700万香港人口计算" */
    for (int32_t k = c->end; k < s->n && k < c->end + 4; k++) {
        uint32_t g = s->cp[k];
        if (!(g >= 0x4E00 && g <= 0x9FFF))
            break;
        if (gx_cp_in(g, CHAIN_COUNTING) || g == U'口')
            return false;
    }
    return true;
}

/* A figure cell: what touches a table cell on its left (skipping spaces) is a column
 * separator ('|', tab), a line start, or another figure (a digit, '%'): "| -1.67亿 |",
 * "4.25%-1.67亿-14.97%", "25.99 4.25% -1.67亿". */
static bool cell_left(const uint32_t *cp, int32_t p)
{
    if (p >= 0 && (cp[p] == '-' || cp[p] == '+'))
        p--;
    while (p >= 0 && (cp[p] == ' ' || cp[p] == 0x3000))
        p--;
    return p < 0 || cp[p] == '\n' || cp[p] == '|' || cp[p] == '\t' || cp[p] == '%' ||
           gx_is_digit(cp[p]);
}

static bool cell_right(const uint32_t *cp, int32_t n, int32_t q)
{
    while (q < n && (cp[q] == ' ' || cp[q] == 0x3000))
        q++;
    return q >= n || cp[q] == '\n' || cp[q] == '|' || cp[q] == '\t' || gx_is_digit(cp[q]) ||
           ((cp[q] == '-' || cp[q] == '+') && q + 1 < n && gx_is_digit(cp[q + 1]));
}

/* How far back the header of a table may be (characters): a flattened table of 50 rows. */
#define TABLE_REACH 6000

/* What the header of a markdown table's column says about its cells (pipe_column). */
typedef enum { COL_NONE, COL_PERCENT, COL_MONEY_UNIT, COL_MONEY_HEAD } col_kind;

typedef struct col_info {
    col_kind kind;
    const char *currency; /* COL_MONEY_UNIT: "成交额(亿港元)" -> HKD */
    double mag;           /* COL_MONEY_UNIT: 1e8 for 亿 */
} col_info;

static int32_t line_start(const uint32_t *cp, int32_t i)
{
    while (i > 0 && cp[i - 1] != '\n')
        i--;
    return i;
}

static bool line_has_pipe(const uint32_t *cp, int32_t n, int32_t ls)
{
    for (int32_t k = ls; k < n && cp[k] != '\n'; k++)
        if (cp[k] == '|')
            return true;
    return false;
}

/* What a header cell [k, ce) says of its column: '%' (涨跌幅(%)), a currency with its magnitude
 * (成交额(亿元), 金额（万美元）), a money head (主力净流入; not 成交量), or nothing. */
static void header_cell(const scan *s, int32_t k, int32_t ce, col_info *ci)
{
    const uint32_t *cp = s->cp;
    for (int32_t j = k; j < ce; j++) {
        if (cp[j] == '%') {
            ci->kind = COL_PERCENT;
            return;
        }
        const word *w = gx_qtylex_longest_fwd(cp, ce, j, TAB(s, GX_QW_CUR_SUFFIX));
        if (w && !is_latin_word(w) && w->val != 2 && w->val != 3) { /* not 美分, 毛: fractions */
            int32_t m = j;
            while (m > k && gx_cp_in(cp[m - 1], U"十百千万亿"))
                m--;
            int32_t me;
            double f = gx_number_magnitude(cp, j, m, &me);
            ci->kind = COL_MONEY_UNIT;
            ci->currency = w->code;
            ci->mag = me == j ? f : 1;
            return;
        }
    }
    for (int32_t j = k + 1; j <= ce; j++) {
        const word *w = gx_qtylex_longest_back(cp, k, j, TAB(s, GX_QW_MONEY_HEAD));
        if (w && w->val == 0 && !(j < ce && gx_cp_in(cp[j], U"者人数量户客率"))) {
            ci->kind = COL_MONEY_HEAD;
            return;
        }
    }
}

/* The column of a cell of a markdown table row ("| 鹏鹞环保 | -1.67亿 | 4.25 |") that holds the
 * number [start, end) (a sign before it allowed) and nothing else, and what the header line of
 * the table (its first '|' line, found by walking up over '|' lines and empty lines) says of
 * that column: '%' (涨跌幅(%)), a currency with its magnitude (成交额(亿元), 金额（万美元）) or a
 * money head (主力净流入). Returns false when [start, end) is no such cell. */
static bool pipe_column(scan *s, int32_t start, int32_t end, col_info *ci)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, l = start - 1, r = end;
    memset(ci, 0, sizeof *ci);
    if (l >= 0 && (cp[l] == '-' || cp[l] == '+'))
        l--;
    while (l >= 0 && cp[l] == ' ')
        l--;
    while (r < n && cp[r] == ' ')
        r++;
    if (l < 0 || cp[l] != '|' || r >= n || cp[r] != '|')
        return false;
    int32_t ls = line_start(cp, l), col = 0;
    for (int32_t k = ls; k <= l; k++)
        col += cp[k] == '|'; /* the cell after the col-th bar */
    /* the header: the first '|' line of the table (cached per row) */
    int32_t h = -1, row = ls, steps = 0;
    while (h < 0 && steps++ < 400) {
        if (row == s->pipe_row && s->pipe_header >= 0) {
            h = s->pipe_header;
            break;
        }
        int32_t pl = row - 1;
        while (pl > 0 && cp[pl - 1] == '\n')
            pl--;
        if (pl <= 0 || !line_has_pipe(cp, n, (pl = line_start(cp, pl - 1))))
            h = row;
        else
            row = pl;
    }
    if (h < 0)
        return false;
    s->pipe_row = ls;
    s->pipe_header = h;
    /* the header's cell number col */
    int32_t k = h, bars = 0;
    while (k < n && cp[k] != '\n' && bars < col)
        bars += cp[k++] == '|';
    if (bars < col)
        return false;
    int32_t ce = k;
    while (ce < n && cp[ce] != '\n' && cp[ce] != '|')
        ce++;
    header_cell(s, k, ce, ci);
    return true;
}

/* Whitespace-separated fields of the line starting at ls: their number, and the start and end
 * of field number col (0-based) when there is one. */
static int line_fields(const uint32_t *cp, int32_t n, int32_t ls, int col, int32_t *fs, int32_t *fe)
{
    int nf = 0;
    int32_t k = ls;
    for (;;) {
        while (k < n && (cp[k] == ' ' || cp[k] == '\t' || cp[k] == 0x3000))
            k++;
        if (k >= n || cp[k] == '\n')
            return nf;
        int32_t b = k;
        while (k < n && cp[k] != '\n' && cp[k] != ' ' && cp[k] != '\t' && cp[k] != 0x3000)
            k++;
        if (nf == col) {
            *fs = b;
            *fe = k;
        }
        nf++;
    }
}

/* The column of a field of a space- or tab-separated row ("000001 平安银行 -0.5 8.3") that is
 * the number [start, end) alone (a sign allowed), and what the header says of it: the header is
 * the first line above the rows (walking up over lines with as many fields whose field in this
 * column holds a digit, empty lines skipped) with as many fields and no digit in this column.
 * A name written with a space changes the count of fields: then no column (false). */
static bool space_column(scan *s, int32_t start, int32_t end, col_info *ci)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, l = start - 1;
    memset(ci, 0, sizeof *ci);
    if (l >= 0 && (cp[l] == '-' || cp[l] == '+'))
        l--;
    if (!(l < 0 || cp[l] == ' ' || cp[l] == '\t' || cp[l] == '\n' || cp[l] == 0x3000) ||
        !(end >= n || cp[end] == ' ' || cp[end] == '\t' || cp[end] == '\n' || cp[end] == 0x3000))
        return false;
    int32_t ls = line_start(cp, start), fs = 0, fe = 0;
    int col = line_fields(cp, n, ls, 1 << 30, &fs, &fe);
    int nf = col;
    /* the index of this field */
    col = 0;
    for (int32_t k = ls; k < l + 1; k++)
        col += (cp[k] != ' ' && cp[k] != '\t' && cp[k] != 0x3000) &&
               (k == ls || cp[k - 1] == ' ' || cp[k - 1] == '\t' || cp[k - 1] == 0x3000);
    if (nf < 2)
        return false;
    int32_t row = ls;
    for (int steps = 0; steps < 400; steps++) {
        int32_t pl = row - 1;
        while (pl > 0 && cp[pl - 1] == '\n')
            pl--;
        if (pl <= 0)
            return false;
        pl = line_start(cp, pl - 1);
        int hf = line_fields(cp, n, pl, col, &fs, &fe);
        bool rows = steps > 0;
        if (!rows && hf != nf) { /* the first row: another row must follow it */
            int32_t k = ls;
            while (k < n && cp[k] != '\n')
                k++;
            while (k < n && cp[k] == '\n')
                k++;
            rows = k < n && line_fields(cp, n, k, col, &fs, &fe) == nf;
        }
        if (hf != nf && hf >= 1 && hf < nf && col == nf - 1 && rows) {
            /* a header whose column names run together ("代码名称本周跌幅(%)" over
             * "300104.SZ乐视网 -40.9" rows): its last field, ending with a unit in brackets,
             * heads the rows' last column (two rows at least) */
            line_fields(cp, n, pl, hf - 1, &fs, &fe);
            if (cp[fe - 1] != ')' && cp[fe - 1] != U'）')
                return false;
            for (int32_t k = pl; k < fe; k++)
                if (gx_is_digit(cp[k]))
                    return false;
            header_cell(s, fs, fe, ci);
            return ci->kind == COL_PERCENT || ci->kind == COL_MONEY_UNIT;
        }
        if (hf != nf)
            return false;
        bool digit = false;
        for (int32_t k = fs; k < fe; k++)
            digit |= gx_is_digit(cp[k]);
        if (!digit) {
            if (nf < 3)
                return false; /* two fields under a header of two: no table read */
            header_cell(s, fs, fe, ci);
            return true;
        }
        row = pl;
    }
    return false;
}

/* A bare number in a markdown table cell whose column header gives its unit: "| 4.25 |" under
 * 涨跌幅(%) is 4.25 percent, "| 12.5 |" under 成交额(亿元) 1.25e9 CNY (the currency is written,
 * in the header: not implied), "| -1.67亿 |" under 主力净流入 -1.67e8 CNY (implied).
 * Returns 1 when c was completed, 0 when the column names neither (the caller reads no more),
 * -1 when this is no table cell. */
static int column_unit(scan *s, core *c)
{
    col_info ci;
    if (!pipe_column(s, c->start, c->end, &ci) && !space_column(s, c->start, c->end, &ci))
        return -1;
    const uint32_t *cp = s->cp;
    if (ci.kind == COL_PERCENT && !c->has_mag) {
        c->type = GX_QTY_PERCENT;
        return 1;
    }
    if (ci.kind == COL_MONEY_UNIT) {
        if (!c->has_mag)
            c->value *= ci.mag;
        c->type = GX_QTY_MONEY;
        c->currency = ci.currency;
        return 1;
    }
    if (ci.kind == COL_MONEY_HEAD && c->has_mag &&
        (cp[c->end - 1] == U'万' || cp[c->end - 1] == U'亿')) {
        c->type = GX_QTY_MONEY;
        c->currency = "CNY";
        c->implied = true;
        return 1;
    }
    return 0;
}

/* A bare 万/亿 amount that is a cell of a data table (fund flows, 龙虎榜, screening lists):
 * bounded on both sides by column separators or other figures (cell_left/cell_right), with a
 * money head (流入 成交额 资金 市值 …, the MONEY_HEAD list; not 成交量) earlier in the same table
 * block: the paragraph, or the run of table lines (holding '|' or a tab, or two spaces between
 * words and a digit) and the line above them (the header or caption). "小单净流入…1鹏鹞环保25.994.25%-1.67亿-14.97%" -> -1.67亿 CNY. */
static bool table_money(scan *s, const core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    /* a figure directly on the left ("4.25% -1.67亿 美芝股份 …", rows run together on one line)
     * needs only a space on the right */
    int32_t lf = c->start - 1;
    if (lf >= 0 && (cp[lf] == '-' || cp[lf] == '+'))
        lf--;
    bool sp_left = lf >= 0 && cp[lf] == ' ';
    while (lf >= 0 && cp[lf] == ' ')
        lf--;
    bool figure_left = sp_left && lf >= 0 && (cp[lf] == '%' || gx_is_digit(cp[lf]));
    int32_t rt = c->end;
    while (rt < n && cp[rt] == ' ')
        rt++;
    if (rt < n && gx_cp_in(cp[rt], U"点份倍次家笔个人户股手只名张台辆件套吨"))
        return false; /* "1.5万 家公司": a count written with a space */
    if (!cell_left(cp, c->start - 1) ||
        !(cell_right(cp, n, c->end) || (figure_left && c->end < n && cp[c->end] == ' ')))
        return false;
    /* the block: the paragraph, extended upwards over table lines */
    int32_t b = c->start;
    while (b > 0 && cp[b - 1] != '\n')
        b--;
    for (;;) {
        bool table = false, digit = false;
        int spaces = 0;
        for (int32_t k = b; k < n && cp[k] != '\n' && !table; k++) {
            table = cp[k] == '|' || cp[k] == '\t';
            digit |= gx_is_digit(cp[k]);
            spaces += (cp[k] == ' ' || cp[k] == 0x3000) && k > b && cp[k - 1] != ' ' &&
                      cp[k - 1] != 0x3000;
        }
        table |= digit && spaces >= 2; /* a space-separated row: "600000 浦发银行 1.25% 12.5亿" */
        if (!table || b == 0 || c->start - b > TABLE_REACH)
            break;
        int32_t pb = b - 1; /* the previous line (empty lines between are skipped) */
        while (pb > 0 && cp[pb - 1] == '\n')
            pb--;
        while (pb > 0 && cp[pb - 1] != '\n')
            pb--;
        b = pb;
    }
    if (c->start - b > TABLE_REACH)
        b = c->start - TABLE_REACH;
    if (s->tbl_block != b || s->tbl_seen > c->start || s->tbl_seen < b) {
        s->tbl_block = b;
        s->tbl_seen = b;
        s->tbl_head = -1;
    }
    for (int32_t p = s->tbl_seen + 1; s->tbl_head < 0 && p <= c->start; p++) {
        if (!((s->lx->head_last >> (cp[p - 1] & 63)) & 1))
            continue;
        const word *h = gx_qtylex_longest_back(cp, b, p, TAB(s, GX_QW_MONEY_HEAD));
        if (h && h->val == 0 && !(p < n && gx_cp_in(cp[p], U"者人数量户客率")))
            s->tbl_head = p;
    }
    if (s->tbl_head < 0)
        s->tbl_seen = c->start;
    return s->tbl_head >= 0 && s->tbl_head <= c->start;
}

/* How far back a money head may end: a two-character head and eight characters between
 * ("市值在今年已经增加了3500亿"). */
#define HEAD_REACH 10
#define DATE_GAP   6  /* characters between a date and the amount the head before it reads */

/* A bare amount with a Chinese magnitude (万/亿) is money when the text says it is about money:
 * a money head before it in the same clause ("营收700亿", "净利润达到3.2亿", "融资5000万";
 * at most six characters between, none of them a counting word: "投资者数26万" is no money),
 * a money noun right after it ("5000万A轮融资", "700亿的营收", "8亿市值"), or a money amount
 * just before it in a list ("5.36亿和7.13亿", "1406万、-1161万"). Amounts followed by a unit of
 * their own ("2.5万点", "339亿份", "44亿蒲式耳") never are. The currency is set later
 * (implied_currency); c is completed as money on success. */
/* A money head ending at most (from - lim) characters before `from`, with none of the
 * characters between a punctuation mark (but a colon or a space), a digit or a counting word:
 * "营收700亿", "净利润只有5.03亿". A head of value "yi" (减持 增持: shares or money) reads only an
 * amount in 亿 (yi: "减持超过40亿"; "约增持60.9万" counts shares) and is none before the others; a
 * head of value "next" (a one-character verb of spending or earning: 花 挣 输) only the amount
 * it touches ("花10万", "挣了30万"; not "花园面积10万"). */
static bool head_before(const scan *s, int32_t from, int32_t lim, bool yi)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    bool money = false;
    for (int32_t p = from; !money && p > lim; p--) {
        if (p < from && !(p == from - 1 && cp[p] == '-')) {
            uint32_t g = cp[p];
            /* punctuation (but the colon of 净利润分别为:-5.384亿 and the typographic spaces of
             * 资产总计 322.34 亿), digits or a counting word
             * between (只 of 只有/只剩 "only" counts nothing: 净利润只有5.03亿) */
            if (g != ':' && g != ' ' && (!(g >= 0x4E00 && g <= 0x9FFF) ||
                             (gx_cp_in(g, U"数量人户股份率倍点者客名家只") &&
                              !(g == U'只' && gx_cp_in(cp[p + 1], U"有是剩能要会")) &&
                              !(g == U'数' && cp[p - 1] == U'多' && gx_cp_in(cp[p + 1], U"为是在都")))))
                break; /* (多数 of 多数为/大多数是 is "mostly": 标的金额多数为100万) */
        }
        if (!((s->lx->head_last >> (cp[p - 1] & 63)) & 1))
            continue; /* no head ends with this character: skip the table */
        const word *h = gx_qtylex_longest_back(cp, lim, p, TAB(s, GX_QW_MONEY_HEAD));
        if (h && (h->val < 0 || (h->val == 1 && !yi)))
            break; /* the nearest head word is none (用户规模达到3亿) */
        if (h && h->val == 2 && p != from)
            continue; /* a verb of spending touches its amount (花10万; 花园面积10万 is none) */
        if (h && !(p < n && gx_cp_in(cp[p], U"者人数量户客率")))
            money = true;
    }
    return money;
}

/* A money noun right after a bare amount at i (8亿市值, 32亿的融资); not a person named by it
 * (76万的投资者, 3万投资人). */
static bool money_after_at(const scan *s, int32_t i)
{
    const word *w = gx_qtylex_longest_fwd(s->cp, s->n, i, TAB(s, GX_QW_MONEY_AFTER));
    return w && !(i + w->len < s->n && gx_cp_in(s->cp[i + w->len], U"者人"));
}

/* A noun counted (a count unit of two characters or more: 用户 客户 投资者) right before the
 * number at start, past a qualifier ("服务用户超100万亿融推客": 100万 users, and 亿融 the next
 * name): the number counts them. */
static bool counted_before(const scan *s, int32_t start)
{
    const word *w = gx_qtylex_longest_back(s->cp, s->floor, start, TAB(s, GX_QW_QUAL_PREFIX));
    if (w && !is_latin_word(w))
        start -= w->len;
    w = gx_qtylex_longest_back(s->cp, s->floor, start, TAB(s, GX_QW_COUNT_UNIT));
    return w && w->len >= 2 && !is_latin_word(w); /* not a measure word: 这家7万亿股份行 */
}

/* A loan ad's ceiling (quant26): a word of lending (贷 of 贷款 网贷 经营贷, 借款, 口子 "a loan
 * channel") at most LEND_REACH characters before pos on its line, no full stop between
 * ("网贷口子-某某钱包】只需简单资料,最高100000!", "银行贷款市场…产品优势:1200万以内"). */
#define LEND_REACH 60
static bool lending_near(const scan *s, int32_t pos)
{
    const uint32_t *cp = s->cp;
    for (int32_t k = pos - 1; k >= 0 && pos - k <= LEND_REACH; k--) {
        if (cp[k] == '\n' || cp[k] == U'。')
            return false;
        if (cp[k] == U'贷' || (k > 0 && ((cp[k] == U'款' && cp[k - 1] == U'借') || (cp[k] == U'子' && cp[k - 1] == U'口'))))
            return true;
    }
    return false;
}

/* The qualifier word of a ceiling right before start (最高, 最多) or bound after end (以内 以下
 * 之内): a limit, as a loan ad gives its amount. */
static bool ceiling_at(const scan *s, int32_t start, int32_t end)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    return (start >= 2 && cp[start - 2] == U'最' && gx_cp_in(cp[start - 1], U"高多")) ||
           gx_cp_at(cp, n, end, U"以内") || gx_cp_at(cp, n, end, U"以下") ||
           gx_cp_at(cp, n, end, U"之内");
}

/* 每万返65, 每万返利170, 每万返现260 (a rebate table, quant28): 万 alone between 每 and 返 is the
 * 10,000 yuan each rebate is paid on, its 元 left out. */
static bool per_wan_rebate(const uint32_t *cp, int32_t n, int32_t pos)
{
    return pos > 0 && cp[pos - 1] == U'每' && cp[pos] == U'万' && pos + 1 < n && cp[pos + 1] == U'返';
}

static bool implied_money(scan *s, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    /* (千/百 end only the amounts thousand_money hands over: 收益3千) */
    if (!c->has_mag || c->end <= c->start ||
        !(cp[c->end - 1] == U'万' || cp[c->end - 1] == U'亿' || cp[c->end - 1] == U'千' || cp[c->end - 1] == U'百'))
        return false;
    if (c->value == 0)
        return false; /* 限额0万: a figure whose digits the page lost */
    int32_t e = c->end;
    /* "5亿多的盈利", "本金亏到2万多": more than the amount; the span takes the 多 */
    bool more = e < n && cp[e] == U'多' && c->qual == GX_QUAL_NONE;
    if (more)
        e++;
    bool money = money_after_at(s, e) || /* 500亿日均成交 */
                 (e == c->start + 1 && per_wan_rebate(cp, n, c->start));
    /* 年龄, 年纪 are nouns (a form's next field: 额度：100万年龄：岁), not years counted */
    bool age = e + 1 < n && cp[e] == U'年' && gx_cp_in(cp[e + 1], U"龄纪");
    /* a list's next number run in after the amount ("贷款额度:最高300万2、贷款期限", a numbered
     * list whose line breaks were lost): one or two digits and 、 start the next item */
    bool item = e + 1 < n && gx_is_digit(cp[e]) &&
                (cp[e + 1] == U'、' || (e + 2 < n && gx_is_digit(cp[e + 1]) && cp[e + 2] == U'、'));
    if (!money && !age && !item && e < n && (gx_cp_in(cp[e], U"点份蒲倍次天年月日号位桶克斤吨方米度辆台架条支枚头口粒张家笔例个人户股手只名票级") ||
                  is_alpha(cp[e]) || gx_is_digit(cp[e])))
        return false;
    /* a count unit of more than one character (the Arabic numerals met it in number_core):
     * "诈骗全国各地四百万老百姓" counts people */
    const word *cu = money ? NULL : gx_qtylex_longest_fwd(cp, n, e, TAB(s, GX_QW_COUNT_UNIT));
    if (cu && cu->len > 1) {
        const word *nc = gx_qtylex_longest_fwd(cp, n, e, TAB(s, GX_QW_NOT_COUNT));
        if (!nc || nc->len < cu->len)
            return false;
    }
    /* trillions (万亿) without a unit of their own count money (这家7万亿全国性股份行: a bank's
     * assets); things counted in trillions carry their unit (1.2万亿立方米, 3万亿次) */
    if (!money && c->value >= 1e12 && e >= 2 && cp[e - 1] == U'亿' && cp[e - 2] == U'万' &&
        !counted_before(s, c->start))
        money = true;
    /* a money noun after: optional 的, or a round name before 融资 (A轮, Pre-A轮, 天使轮) */
    int32_t j = e;
    /* a bound before the noun: "1000亿以上规模的基金", "5000万左右的融资" */
    static const char32_t *const bound[] = {U"以上", U"以下", U"左右", U"上下", U"之多"};
    for (size_t b = 0; b < sizeof bound / sizeof bound[0]; b++)
        if (gx_cp_at(cp, n, j, bound[b])) {
            j += 2;
            break;
        }
    bool de = j < n && cp[j] == U'的';
    if (de)
        j++;
    /* 欺骗了131万的受害者: 的 and a count noun of people or firms after it count them, as the
     * noun glued to the amount does above (quant30) */
    if (!money && de) {
        const word *dc = gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_COUNT_UNIT));
        const word *nc = dc ? gx_qtylex_longest_fwd(cp, n, j, TAB(s, GX_QW_NOT_COUNT)) : NULL;
        if (dc && dc->len > 1 && (!nc || nc->len < dc->len))
            return false;
    }
    for (int32_t k = j; k < n && k - j <= 5; k++) {
        if (cp[k] == U'轮') {
            if (gx_cp_at(cp, n, k + 1, U"融资"))
                money = true;
            break;
        }
        if (!(is_alpha(cp[k]) || cp[k] == '+' || cp[k] == '-' || gx_cp_in(cp[k], U"天使战略首新一二三四")))
            break;
    }
    if (!money && money_after_at(s, j))
        money = true;
    /* further after 的, through at most four characters that count nothing */
    for (int32_t k = j + 1; !money && de && k < n && k <= j + 4; k++) {
        if (!(cp[k - 1] >= 0x4E00 && cp[k - 1] <= 0x9FFF) || gx_cp_in(cp[k - 1], U"数量人户股份名家只"))
            break;
        if (gx_qtylex_longest_fwd(cp, n, k, TAB(s, GX_QW_MONEY_AFTER_FAR)))
            money = true;
    }
    /* 以<amount><deal verb>: the price */
    if (!money && c->start > s->floor && cp[c->start - 1] == U'以' && gx_qtylex_longest_fwd(cp, n, e, TAB(s, GX_QW_DEAL_VERB)))
        money = true;
    /* <amount><收购|出资|投资>, as headlines write a deal ("华熙生物2.9亿收购亏损标的"): the
     * amount spent (not 投资者, 投资人, 出资方: people, counted) */
    const word *dv;
    if (!money && !de && (dv = gx_qtylex_longest_fwd(cp, n, e, TAB(s, GX_QW_DEAL_VERB_BARE))) &&
        !(e + dv->len < n && gx_cp_in(cp[e + dv->len], U"者人方额家")))
        money = true;
    /* a money head before, in the same clause */
    int32_t lim = c->start - HEAD_REACH > s->floor ? c->start - HEAD_REACH : s->floor;
    if (!money)
        money = head_before(s, c->start, lim, cp[c->end - 1] == U'亿');
    /* ... or before a date that stands between ("市值从2017年初的4200亿", "市值在今年已经增加了
     * 3500亿": the date is a quantity of its own, so the look-back stops at it): at most
     * DATE_GAP Chinese characters that count nothing between the date and the amount, and the
     * date no further than the head's reach */
    if (!money && s->art->quantities.n > 0 && lim == s->floor) {
        const gx_quantity *pq = &s->art->quantities.v[s->art->quantities.n - 1];
        bool near = pq->type == GX_QTY_DATE && pq->span.end == s->floor && c->start - s->floor <= DATE_GAP;
        for (int32_t k = s->floor; near && k < c->start; k++)
            near = cp[k] >= 0x4E00 && cp[k] <= 0x9FFF && !gx_cp_in(cp[k], U"数量人户股份率倍点者客名家只");
        if (near) {
            int nq = s->art->quantities.n;
            int32_t fl = nq > 1 ? s->art->quantities.v[nq - 2].span.end : 0;
            int32_t lim2 = pq->span.start - HEAD_REACH / 2;
            if (lim2 < fl)
                lim2 = fl;
            money = head_before(s, pq->span.start, lim2, cp[c->end - 1] == U'亿');
        }
    }
    /* a member of a list whose previous member is money */
    const gx_article *art = s->art;
    if (!money && art->quantities.n > 0) {
        const gx_quantity *pq = &art->quantities.v[art->quantities.n - 1];
        int32_t gap = c->start - pq->span.end;
        if (pq->type == GX_QTY_MONEY && pq->span.end == s->floor && gap >= 1 && gap <= 3) {
            money = true;
            for (int32_t k = pq->span.end; k < c->start; k++)
                if (!gx_cp_in(cp[k], U"、和及与或至到-~"))
                    money = false;
        }
    }
    if (!money && chain_money(s, c))
        money = true;
    if (!money && ceiling_at(s, c->start, e) && lending_near(s, c->start))
        money = true; /* 贷款…产品优势:1200万以内 */
    if (!money) {
        int col = column_unit(s, c); /* a markdown table: the column's own header decides */
        if (col >= 0)
            return col == 1;
        if (table_money(s, c))
            money = true;
    }
    if (!money)
        return false;
    c->type = GX_QTY_MONEY;
    c->currency = "CNY";
    c->implied = true;
    if (more) {
        c->end = e;
        c->qual = GX_QUAL_MIN;
    }
    return true;
}

/* 。!?！？: ends a sentence for implied_currency (a switch, not a walk of the set per character). */
static bool sentence_final(uint32_t c)
{
    switch (c) {
    case 0x3002: case '!': case '?': case 0xFF01: case 0xFF1F: return true;
    default: return false;
    }
}

/* The currency of an implied amount: that of the nearest written amount before it in the same
 * paragraph ("营收12亿美元,净利润3亿"), else CNY: amounts without a unit in Chinese news are in
 * yuan. (A fallback to an article's only written foreign currency was tried and was wrong on
 * the 2018 news: articles about US markets still give domestic figures in yuan.) */
static void implied_currency(gx_article *art)
{
    for (int i = 0; i < art->quantities.n; i++) {
        gx_quantity *q = &art->quantities.v[i];
        if (q->type != GX_QTY_MONEY || !q->implied)
            continue;
        const char *cur = "CNY";
        /* (the paragraph's start found eight code points at a time, the sentence's by a switch:
         * speed28) */
        const int32_t para = gx_cps_rfind_either(art->cp, 0, q->span.start, '\n', '\n');
        /* the sentence's start: a price (no 万/亿, under 10000) gives its currency only to
         * amounts of its own sentence ("报21.05美元。…首份财报净亏损6.81亿" stays CNY) */
        int32_t sent = q->span.start;
        while (sent > para && !sentence_final(art->cp[sent - 1]))
            sent--;
        for (int k = i - 1; k >= 0 && art->quantities.v[k].span.start >= para; k--) {
            const gx_quantity *w = &art->quantities.v[k];
            if (w->type == GX_QTY_MONEY && !w->implied &&
                !(w->span.end <= sent && w->value < 10000 && w->value > -10000)) {
                cur = w->currency;
                break;
            }
        }
        memmove(q->currency, cur, 4);
    }
}

/* The next phrase run into a plain number at e, as web texts glue a list's items and lines
 * ("额度7000立下", "额度2000快速贷额度500", "时薪1000拿走千元大奖", "月薪3500的单亲妈妈"): a
 * Chinese character that is no unit, measure or count word (额度3分钟, 借款1000笔, 最长可借24期,
 * 10币, 3000多) and starts no range (到 至). */
static bool glued_word(const scan *s, const core *c, int32_t e)
{
    const uint32_t *cp = s->cp;
    if (e >= s->n || cp[e] < 0x4E00 || cp[e] > 0x9FFF)
        return false;
    if (gx_cp_in(cp[e], U"分秒天日周月年期笔个次倍岁时号位名人户家只款张元角毛块万亿萬億千百多余来级层楼套台辆件份股手点度克斤吨米条币成折到至") ||
        gx_cp_at(cp, s->n, e, U"小时"))
        return false;
    if (c->end - c->start == 4 && c->value >= 1900 && c->value < 2100 && (int)c->value % 100)
        return false; /* a year run into the next word ("充值2018最火平台"); a round hundred
                       * after a word of lending or pay is its amount ("额度2000快速贷") */
    return !gx_qtylex_longest_fwd(cp, s->n, e, TAB(s, GX_QW_COUNT_UNIT)) &&
           !gx_qtylex_longest_fwd(cp, s->n, e, TAB(s, GX_QW_CUR_SUFFIX));
}

/* A plain number (no 万/亿; 千 or 百 after it multiplies: 本金5千) right after a word of lending, pay or
 * deposits (money_head_plain: 借款1000, 额度7000, 月薪8000, 本金5千), with at most a
 * qualifier (最高, 约) and one linking character (为 是 了 达 :) between, is money when its
 * clause ends after it (a punctuation mark, a space, the text's end, or a qualifier such as
 * 左右 first): web texts of lending and pay leave the yuan out. Not a single digit, which is
 * mostly a list number run into the word before ("极速完成贷款2、支持…"), and not before 、.
 * c is completed as implied money on success. */
static bool plain_money(const scan *s, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, e = c->end, b = c->start;
    double f = 1;
    if (c->has_mag)
        return false;
    if (e < n && (cp[e] == U'千' || cp[e] == U'百')) /* 本金5千: 千 before no 万/亿/元 */
        f = cp[e++] == U'千' ? 1e3 : 1e2;
    if (c->value * f < 10)
        return false;
    int32_t ve = e;
    const word *w = gx_qtylex_longest_fwd(cp, n, e, TAB(s, GX_QW_QUAL_SUFFIX));
    bool plus = false;
    if (w)
        e += w->len;
    else if (e < n && cp[e] == '+' && !(e + 1 < n && gx_is_digit(cp[e + 1])))
        plus = true; /* "底薪2700+高提成", "月入25000+,": no sum (300+188=488元) */
    const word *after = gx_qtylex_longest_fwd(cp, n, ve, TAB(s, GX_QW_MONEY_HEAD_PLAIN));
    if (after && after->val != 2 && after->val != 3) /* 3000起投, 3000额度 */
        after = NULL;
    if (!after && !plus && e < n && !gx_cp_in(cp[e], U",.;!?)|\n ，。；！？）") && !glued_word(s, c, e))
        return false;
    w = gx_qtylex_longest_back(cp, s->floor, b, TAB(s, GX_QW_QUAL_PREFIX));
    if (w && !is_latin_word(w))
        b -= w->len;
    if (b > s->floor && gx_cp_in(cp[b - 1], U"为是了达在:,，"))
        b--;
    w = gx_qtylex_longest_back(cp, s->floor, b, TAB(s, GX_QW_MONEY_HEAD_PLAIN));
    if (w && w->val == 0 && (w->w[0] == U'价' || w->w[w->len - 1] == U'价') && b - w->len > s->floor && is_alpha(cp[b - w->len - 1]))
        w = NULL; /* "ETH价格:2000": a coin or a foreign ticker priced, no yuan */
    /* 每万返65: the rebate paid on each 10,000 yuan of a rebate table (quant29) */
    bool rebate = !w && b - 1 >= s->floor && cp[b - 1] == U'返' && per_wan_rebate(cp, n, b - 2);
    if (!rebate && (!w || (w->val != 0 && w->val != 3))) {
        /* no head: a fee or a stake named right after the number ("198成为代理", "3000起投");
         * not a year ("2018成为代理") */
        bool year = c->end - c->start == 4 && c->value >= 1900 && c->value < 2100;
        /* or a loan ad's ceiling (网贷口子…最高100000!): at least a thousand, no year */
        bool ceiling = !after && !year && c->value * f >= 1000 && ceiling_at(s, c->start, ve) &&
                       lending_near(s, c->start);
        if (!ceiling && (!after || year))
            return false;
    }
    c->type = GX_QTY_MONEY;
    c->currency = "CNY";
    c->implied = true;
    c->value *= f;
    c->end = ve;
    if (plus && (ve + 1 >= n || gx_cp_in(cp[ve + 1], U",.;!?)\n ，。；！？）"))) {
        c->end = ve + 1; /* "月入25000+,": 25000 or more */
        c->qual = GX_QUAL_MIN;
    }
    return true;
}

/* An Arabic number with 千 or 百 glued after it and no currency (quant29: 半天收益3千+, 投8千一年,
 * 合作5千本金起始, 亏了2百): money by implied_money's rules, as an amount in 万 is (a money head
 * before it in its clause, a money noun after it, a list or chain of money); web texts write the
 * magnitude and leave the yuan out. Not before a unit or count word (5千人, 2百强, 3千米: the rules
 * of implied_money), nor before a Chinese digit that goes on the numeral (2千五 is read only
 * before a currency); a last 一 before a measure word is the next phrase's (投8千一年). One
 * digit only (a garbled 3000千多元 is no 3e6), not 百分 (8888百分百) nor 百多万 (6百多万: hundreds of 万).
 * c is completed as implied money on success. */
static bool thousand_money(scan *s, core *c)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, e = c->end;
    if (c->has_mag || c->value >= 10 || e >= n || !(cp[e] == U'千' || cp[e] == U'百') || !gx_is_digit(cp[e - 1]))
        return false; /* one digit (3000千多元 is garbled) */
    if (e + 1 < n && (cp[e + 1] == U'分' || /* 8888百分百: a percent word */
                      (gx_cp_in(cp[e + 1], U"多余来") && e + 2 < n && gx_cp_in(cp[e + 2], U"万亿"))))
        return false; /* 年薪6百多万: hundreds of 万 */
    if (e + 1 < n && gx_cp_in(cp[e + 1], U"零一二两三四五六七八九十千百") &&
        !(cp[e + 1] == U'一' && e + 2 < n && gx_cp_in(cp[e + 2], U"年个天月周次份季单")))
        return false;
    core t = *c;
    t.mag = cp[e] == U'千' ? 1e3 : 1e2;
    t.value = c->value * t.mag;
    t.has_mag = true;
    t.end = e + 1;
    if (t.value < 100 || !implied_money(s, &t))
        return false;
    *c = t;
    return true;
}

/* A numeric quantity at pos, with range, qualifiers and direction; returns the end or -1. */
static int32_t numeric_at(scan *s, int32_t pos)
{
    core c, c2;
    if (!number_core(s, pos, true, &c))
        return -1;
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    bool is_range = false;
    double vmax = 0;
    int32_t end = c.end;
    /* ranges: 8-10美元, 8至10亿元, 5%-10%, 8亿元至10亿元 */
    int32_t sep_end = end;
    while (sep_end < n && sep_end - end < 3 && is_range_sep(cp[sep_end]) &&
           (sep_end == end || cp[sep_end] == '-' || cp[sep_end] == 0x2014))
        sep_end++; /* "8-10", "4.82---11.33元", "8——10" */
    /* "营收从30亿到69亿": from one level to another, two amounts, no range (but "从8元到10元不等"
     * and "从…到…之间" are ranges; "从5到10亿元" and "从7万到9万元", whose first number has no
     * unit, stay one) */
    bool from_to = c.type != GX_QTY_COUNT && sep_end == end + 1 && (cp[end] == U'到' || cp[end] == U'至') &&
                   c.start > s->floor && (cp[c.start - 1] == U'从' || cp[c.start - 1] == U'由');
    if (from_to) {
        int32_t k = sep_end;
        while (k < n && k - sep_end < 16 && (gx_is_digit(cp[k]) || cp[k] == '.' || cp[k] == ','))
            k++;
        for (int32_t m = k; m < n && m < k + 8 && !gx_cp_in(cp[m], U"，。,;；！？\n"); m++)
            if (gx_cp_at(cp, n, m, U"不等") || gx_cp_at(cp, n, m, U"之间"))
                from_to = false;
    }
    if (sep_end > end && sep_end < n && gx_is_digit(cp[sep_end])) {
        scan s2 = *s;
        s2.floor = sep_end;
        bool got2 = number_core(&s2, sep_end, false, &c2);
        if (got2 && c2.type == QTY_BARE && c.type == QTY_BARE && c2.has_mag && !from_to &&
            (!c.has_mag || c.mag == c2.mag)) {
            /* a bare range in a money context: "成交额在3000-10000亿左右", "约140-160亿" */
            core r = c2;
            r.start = c.start;
            if (implied_money(s, &r)) {
                c2.type = GX_QTY_MONEY;
                c2.currency = r.currency;
                c2.implied = c.implied = true;
            }
        }
        if (got2 && c2.type == QTY_BARE && c.type == QTY_BARE && !c.has_mag && !c2.has_mag &&
            !from_to) {
            /* a plain range after a word of pay or lending: "月薪3000-5000," */
            core r = c2;
            r.start = c.start;
            if (plain_money(s, &r) && r.end == c2.end) {
                c2.type = GX_QTY_MONEY;
                c2.currency = r.currency;
                c2.implied = c.implied = true;
            }
        }
        if (got2 && c2.type != QTY_BARE && !(from_to && c.type != QTY_BARE)) {
            bool bare = c.type == QTY_BARE;
            double lo = (bare && !c.has_mag ? c.value * c2.mag : c.value) * (bare ? c2.scale : 1);
            /* "起投金额为500—300万不等": a first number that the second's magnitude would put
             * above the second end is written in the unit itself (500 yuan to 300万) */
            if (bare && !c.has_mag && c2.mag > 1 && lo > c2.value && c.value * c2.scale < c2.value)
                lo = c.value * c2.scale;
            bool ok = bare || (c.type == c2.type && c.pp == c2.pp &&
                               (c.type != GX_QTY_MONEY || strcmp(c.currency, c2.currency) == 0));
            /* (points and a level are no range: "下行32bp至3.55%", "下降3个百分点至12%") */
            /* a range written high to low, as price levels are ("支撑1342-1340美元"): a bare
             * first number without magnitude, a dash, the second end within a tenth of it */
            bool desc = bare && !c.has_mag && sep_end == end + 1 && cp[end] == '-' &&
                        c2.type == GX_QTY_MONEY && lo > c2.value && lo <= c2.value * 1.1;
            if (ok && (lo < c2.value || desc)) {
                if (bare) {
                    c.type = c2.type;
                    c.currency = c2.currency;
                    c.pp = c2.pp;
                    c.unit_start = c2.unit_start;
                    c.unit_end = c2.unit_end;
                }
                c.value = lo;
                vmax = c2.value;
                is_range = true;
                end = c2.end;
            }
        }
    }
    if (c.type == QTY_BARE && !c.has_mag && column_unit(s, &c) == 1) {
        /* "| 4.25 |" under 涨跌幅(%), "| 12.5 |" under 成交额(亿元) */
    } else if (c.type == QTY_BARE && !list_unit(s, &c) && !sum_unit(s, &c) &&
               !from_to_unit(s, &c) && !implied_money(s, &c) && !plain_money(s, &c) &&
               !thousand_money(s, &c)) {
        return -1;
    }
    if (!is_range && c.end > end)
        end = c.end; /* "5亿多的盈利": implied_money took the 多 */
    int32_t start = c.start;
    /* a range of negative amounts: "-23.7亿元到-28.4亿元" (a word or ~ before the second minus) */
    bool neg_range = is_range && sep_end - c.end >= 2 && cp[sep_end - 1] == '-' &&
                     cp[sep_end - 2] != '-';
    if (c.type == GX_QTY_MONEY && (!is_range || neg_range) && start > s->floor &&
        cp[start - 1] == '-' && !(c.implied && !c.has_mag) && /* 项目-3000起投: a dash */
        (start < 2 || !(gx_is_digit(cp[start - 2]) || is_alpha(cp[start - 2]) ||
                        is_range_sep(cp[start - 2]) || cp[start - 2] == '.' ||
                        gx_cp_in(cp[start - 2], U"万亿元")))) {
        /* "-186亿元": a negative amount in a list or table; not the second end of a range
         * ("200亿-1000亿") */
        start--;
        c.value = -c.value;
        if (neg_range)
            vmax = -vmax;
    }
    gx_qualifier qual = qualifier_before(s, &start);
    gx_qualifier qa = qualifier_after(s, &end);
    if (qual == GX_QUAL_NONE)
        qual = qa;
    int dir = c.type == GX_QTY_PERCENT ? direction_before(s, start) : 0;
    if (is_range && c.type != GX_QTY_COUNT) {
        /* A range of money or percentages is two quantities, one per end, as the reference
         * annotations count them ("1316至1375美元": 1316 and 1375 USD): the first end (its span
         * the first number, with the qualifier before) carries is_range and value_max (the
         * other end's value: the larger one, but -28.4亿 in "-23.7亿元到-28.4亿元"); the
         * second end is a plain amount. Counts stay one quantity with value_max. */
        finish(s, &c, start, qual != GX_QUAL_NONE ? qual : c.qual, c.end, true, vmax);
        set_change(s, dir);
        core hi = c;
        hi.value = vmax;
        finish(s, &hi, hi.value < 0 ? sep_end - 1 : sep_end, qual != GX_QUAL_NONE ? qual : c2.qual,
               end, false, 0);
        set_change(s, dir);
        return end;
    }
    finish(s, &c, start, qual != GX_QUAL_NONE ? qual : c.qual, end, is_range, vmax);
    set_change(s, dir);
    if (c.type == GX_QTY_PERCENT && quote_tuple(s, start, end))
        s->art->quantities.v[s->art->quantities.n - 1].quote = true;
    return end;
}

/* A figure written in English words (quant27): a number word (gx_number_en.c) before a percent
 * word ("Fifty-one percent", "two percentage points"), or before a currency word with or without
 * an English magnitude between ("two million dollars", "fifty euros"). A bare number word is
 * none (one of them, two million people). Without a magnitude, "pounds" is a weight ("lost ten
 * pounds") and "won" the verb (english_no_currency). */
static int32_t english_at(scan *s, int32_t pos)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, j;
    double v;
    if (!gx_number_english(s->lx, cp, n, pos, &v, &j) || j + 1 >= n || cp[j] != ' ')
        return -1;
    core c;
    memset(&c, 0, sizeof c);
    c.start = pos;
    c.mag = 1;
    c.scale = 1;
    const word *w = gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_PERCENT_WORD));
    if (w && w->val < 2) {
        c.type = GX_QTY_PERCENT;
        c.value = v;
        c.pp = w->val == 1;
        c.end = j + 1 + w->len;
    } else {
        if ((w = gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_MAGNITUDE)))) {
            c.has_mag = true;
            for (int k = 0; k < w->val; k++)
                c.mag *= 10;
            j += 1 + w->len;
        }
        c.value = v * c.mag;
        const word *cur = j + 1 < n && cp[j] == ' ' ? gx_qtylex_longest_fwd(cp, n, j + 1, TAB(s, GX_QW_CUR_SUFFIX)) : NULL;
        if (!cur || !is_latin_word(cur) || english_no_currency(cp, n, pos, j, &c, j + 1, cur) ||
            (!c.has_mag && gx_cp_at(cp, n, j + 1, U"pounds")))
            return -1;
        c.type = GX_QTY_MONEY;
        c.currency = cur->code;
        if (cur->val == 2) {
            c.scale = 0.01; /* cents */
            c.value *= c.scale;
        }
        c.end = j + 1 + cur->len;
    }
    int32_t start = pos, end = c.end;
    gx_qualifier qual = qualifier_before(s, &start);
    gx_qualifier qa = qualifier_after(s, &end);
    int dir = c.type == GX_QTY_PERCENT ? direction_before(s, start) : 0;
    finish(s, &c, start, qual != GX_QUAL_NONE ? qual : qa, end, false, 0);
    set_change(s, dir);
    return end;
}

/* 一元 / 一块钱 at pos..e (cur the currency word after it) is one yuan only where the text
 * says so: 一块钱, 一元钱, 一元以下/以上/左右, 一元面值, 一元 ending its clause (只要一元。), or after
 * a comparison (跌破一元, 低于一元, 不到一元, 价值一元) or an exchange or a price (兑换一元, 只需一元,
 * 售价一元: quant29); elsewhere 一元 is a word (一元复始, 一元化, 一元党, 一元夺宝). */
static bool one_yuan(const scan *s, int32_t pos, int32_t e, const word *cur)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n;
    if (e != pos + 1 || cp[pos] != U'一' || is_latin_word(cur))
        return false;
    if (gx_cp_at(cp, n, e, U"块钱"))
        return true;
    if (!(cur->w[0] == U'元' && cur->len == 1))
        return false;
    int32_t ce = e + 1;
    static const char32_t *const after[] = {U"钱", U"以下", U"以上", U"左右", U"面值"};
    for (size_t k = 0; k < sizeof after / sizeof after[0]; k++)
        if (gx_cp_at(cp, n, ce, after[k]))
            return true;
    if (ce == n || gx_cp_in(cp[ce], U"，。；;,!！?？\n"))
        return true;
    static const char32_t *const before[] = {U"跌破", U"低于", U"不到", U"不足", U"高于", U"价值",
                                             U"兑换", U"只需", U"仅需", U"只要", U"仅售", U"售价",
                                             U"票价", U"单价"};
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) /* each two characters */
        if (pos - 2 >= s->floor && gx_cp_at(cp, n, pos - 2, before[k]))
            return true;
    return false;
}

/* 注册资金亿元, 自有资金亿元, 实现营收亿元, 斥资亿元: a money noun or verb of two characters or
 * more right before a lone magnitude at pos wants its figure (the page lost it), also through
 * 达, 达到, 高达 (总市值达亿元, 涉案金额高达亿元: quant26; 规模达到万亿元: quant28); 日赚万元 keeps
 * its reading, and so does a pay or income per period (日入万元, 月薪万元: "ten thousand a day").
 * reach: only through 达 (a head right before 万亿 names a round trillion: 两融余额万亿关口) */
static bool lost_after_head(const scan *s, int32_t pos, bool reach)
{
    const uint32_t *cp = s->cp;
    int32_t hp = pos;
    if (hp > 0 && cp[hp - 1] == U'达')
        hp--;
    else if (hp > 1 && cp[hp - 1] == U'到' && cp[hp - 2] == U'达')
        hp -= 2;
    if (hp < pos && hp > 0 && cp[hp - 1] == U'高')
        hp--;
    if (reach && hp == pos)
        return false;
    const word *hd = hp > 0 ? gx_qtylex_longest_back(cp, 0, hp, TAB(s, GX_QW_MONEY_HEAD)) : NULL;
    return hd && hd->len >= 2 && hd->val >= 0 && !gx_cp_in(hd->w[0], U"日月年周时");
}

/* 月薪过万, 月入上万, 年薪破万, 三天收入上万: pay or income per period (a money head opening with
 * 日 月 年 周 时, or after one of 天 日 月 年 周) and 过/上/破/超 right before a lone 万 is more
 * than ten thousand, without a currency (quant30) */
static bool pay_past_wan(const scan *s, int32_t pos)
{
    const uint32_t *cp = s->cp;
    if (cp[pos] != U'万' || pos < 3 || !gx_cp_in(cp[pos - 1], U"过上破超"))
        return false;
    if (pos + 1 < s->n && gx_cp_in(cp[pos + 1], U"亿一"))
        return false; /* 过万亿, 万一 */
    const word *hd = gx_qtylex_longest_back(cp, 0, pos - 1, TAB(s, GX_QW_MONEY_HEAD));
    if (!hd || hd->len < 2 || hd->val < 0)
        return false;
    /* the period may also come before the head: 三天收入上万, 每月收入过万 (quant30, thirtieth session) */
    int32_t hs = pos - 1 - (int32_t)hd->len;
    return gx_cp_in(hd->w[0], U"日月年周时") || (hs > 0 && gx_cp_in(cp[hs - 1], U"天日月年周"));
}

/* Money written in Chinese numerals at pos (prev checked by the caller): with a currency
 * (五亿元, 三千万美元), or with 万/亿 and the contexts of implied money (两千亿的市值, 近万亿资金,
 * 十五万亿的市值, 三十个亿); 两千多亿 is "more than"; two neighbouring digits are a range
 * (五六百亿 = 500亿..600亿, also with 、 between, 五、六百元: *pair set, c the high end). Vague amounts (十几亿, and 数百亿,
 * refused by the caller) are none; 上千万 is its floor, 1000万 (the caller). Returns 0 with c
 * completed as money, or -1. */
static int chinese_money(scan *s, int32_t pos, core *c, bool *pair)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, e, ns = pos;
    double v;
    int d = gx_chinese_digit(cp[pos]);
    if (pos + 1 < n && cp[pos + 1] == cp[pos])
        return -1; /* 千千万万: "countless" */
    if (d >= 1 && d < 9 && pos + 2 < n && gx_chinese_digit(cp[pos + 1]) == d + 1 &&
        gx_cp_in(cp[pos + 2], U"十百千万亿")) {
        *pair = true;
        ns = pos + 1;
    } else if (d >= 1 && d < 9 && pos + 3 < n && cp[pos + 1] == U'、' && gx_chinese_digit(cp[pos + 2]) == d + 1 &&
               gx_cp_in(cp[pos + 3], U"十百千万亿")) {
        *pair = true; /* 五、六百元: the same range with a list mark between the digits (tickgov) */
        ns = pos + 2;
    }
    if (cp[pos] == U'万' && pos + 1 < n && cp[pos + 1] == U'亿') {
        /* 万亿 alone is a round trillion (万亿市值, 涌入了万亿资金, 万亿美金基建计划), but after a
         * linking or reaching word, or a money head and 达, it is a figure the page lost, as for 万 and 亿
         * below (余额为万亿元, 交易额将达万亿元, 降至万亿元, 规模达到万亿元, 成交万亿元人民币) */
        if ((pos > 0 && gx_cp_in(cp[pos - 1], U"约为是达至")) || lost_after_head(s, pos, true))
            return -1;
        v = 1e12, e = pos + 2; /* 万亿 */
    } else if (cp[pos] == U'万' || cp[pos] == U'亿') {
        /* 拿万元奖金, 近亿元A轮融资, 超亿美元: the magnitude alone before a currency; not a
         * table's unit (单位:万元, (人民币亿元)) nor 万元户 */
        const word *cur = gx_qtylex_longest_fwd(cp, n, pos + 1, TAB(s, GX_QW_CUR_SUFFIX));
        int32_t lvl = 0; /* 亿级人民币: an amount of that order (see 千万级 below) */
        if (!cur && pos + 2 < n && cp[pos + 1] == U'级' &&
            (cur = gx_qtylex_longest_fwd(cp, n, pos + 2, TAB(s, GX_QW_CUR_SUFFIX))))
            lvl = 1;
        /* 亏损过亿, 过亿融资, 超亿的营收: 亿 alone after a word of "more than" or "nearly" is
         * 1亿 without a currency too, money where implied money finds its context */
        bool past = !cur && ((cp[pos] == U'亿' && pos > 0 && gx_cp_in(cp[pos - 1], U"过超近逾破")) ||
                             per_wan_rebate(cp, n, pos) || pay_past_wan(s, pos));
        if (!past && (!cur || is_latin_word(cur) || (pos > 0 && gx_cp_in(cp[pos - 1], U"位:：(（/币多余】]"))))
            return -1;
        /* 约亿美元, 总量为亿美元, 涉案金额亿元: a number the page lost (web copies drop figures);
         * 约, a linking 为/是 or an amount's noun 额 wants a number, where 拿万元, 近亿元 do not;
         * so do 了 (交了万元: a verb done wants its count) and 、 (起点:万元、万元: a list of lost
         * figures, its first one after the colon), unless a scale follows (发起了亿美金规模的基金:
         * a fund of that order); and a fee's or a price's noun (督导费万元, 出价万元: quant29) */
        if (pos > 0 && gx_cp_in(cp[pos - 1], U"约为是额量费价"))
            return -1;
        /* 预期的亿美元, 增长7%至亿美元, 融资额达亿美元 (quant28): 的, 至 and 达 want a figure too */
        if (pos > 0 && gx_cp_in(cp[pos - 1], U"的至达") && cur)
            return -1;
        /* 万余人亿元遭诈骗: a count just written (a number or 余/多 and 人 户 家 名) and the sum run
         * after it without its figure (quant30; 每人万元 "ten thousand each" keeps its reading) */
        if (pos > 1 && gx_cp_in(cp[pos - 1], U"人户家名") &&
            (gx_is_digit(cp[pos - 2]) || gx_cp_in(cp[pos - 2], U"余多十百千万")))
            return -1;
        if (pos > 0 && gx_cp_in(cp[pos - 1], U"了、") && cur &&
            !gx_cp_at(cp, n, pos + 1 + lvl + cur->len, U"规模"))
            return -1;
        /* 注册资金亿元, 斥资亿元, 总市值达亿元: a money head right before wants its figure too */
        if (lost_after_head(s, pos, false))
            return -1;
        int32_t ce = pos + 1 + lvl + (cur ? cur->len : 0);
        if (cur && ce < n && gx_cp_in(cp[ce], U"户)）/"))
            return -1;
        v = cp[pos] == U'万' ? 1e4 : 1e8, e = pos + 1 + lvl;
    } else if (!gx_number_chinese(cp, n, ns, &v, &e)) {
        return -1;
    }
    for (int32_t k = ns + 1; *pair && k < e; k++)
        if (gx_chinese_digit(cp[k]) >= 0)
            return -1; /* 五六百零五: no range of two digits */
    if (e + 1 < n && (cp[e] == U'多' || cp[e] == U'余') && (cp[e + 1] == U'万' || cp[e + 1] == U'亿')) {
        if (e - ns == 1 && cp[ns] == U'十')
            return -1; /* 十多亿, 十余万: "ten-odd", as vague as 十几亿 */
        c->qual = GX_QUAL_MIN; /* 两千多亿 */
        v *= cp[e + 1] == U'万' ? 1e4 : 1e8;
        e += 2;
        if (e < n && cp[e - 1] == U'万' && cp[e] == U'亿')
            v *= 1e8, e++;
    } else if (e + 1 < n && cp[e] == U'个' && cp[e + 1] == U'亿') {
        v *= 1e8; /* 三十个亿 */
        e += 2;
    } else if (e + 2 < n && cp[e] == U'个' && cp[e + 1] == U'多' && cp[e + 2] == U'亿') {
        c->qual = GX_QUAL_MIN; /* 一个多亿: more than 1亿 */
        v *= 1e8;
        e += 3;
    }
    if (e < n && cp[e] == U'几')
        return -1; /* 十几亿 */
    if (e - pos == 2 && cp[pos] == U'千' && e < n && gx_cp_in(cp[e], U"不别要莫勿记注小"))
        return -1; /* 千万不要: "by all means", no amount */
    c->start = pos;
    c->value = v;
    c->end = e;
    const word *cur = gx_qtylex_longest_fwd(cp, n, e, TAB(s, GX_QW_CUR_SUFFIX));
    if (!cur && v >= 1e4 && e + 1 < n && cp[e] == U'级' && gx_cp_in(cp[e - 1], U"万亿") &&
        (cur = gx_qtylex_longest_fwd(cp, n, e + 1, TAB(s, GX_QW_CUR_SUFFIX))) && !is_latin_word(cur))
        e++; /* 千万级人民币融资: an amount of that order, in that currency (千亿级基金公司 and
              * 万亿级市场, without a currency, are sizes of something else) */
    /* 单位:千元, (千元), 人民币/千元: a table's unit, as for 万元 above (quant28) */
    if (cur && e == pos + 1 && gx_cp_in(cp[pos], U"千百") && pos > 0 &&
        gx_cp_in(cp[pos - 1], U"位:：(（/"))
        return -1;
    bool yuan = cur && cur->w[0] == U'元' && cur->len == 1;
    if (yuan && e - ns == 1 && e + 1 < n &&
        (cp[e + 1] == U'锂' || gx_cp_at(cp, n, e + 1, U"期权")))
        return -1; /* 三元锂电池 (ternary lithium), 二元期权 (binary options): words, no amount */
    if (cur && cur->val >= 2 && cur->len == 1)
        cur = NULL; /* 五毛 alone is slang (五毛党), 八仙 a word; 两毛钱 is money */
    if (cur && !is_latin_word(cur) && (v >= 2 || one_yuan(s, pos, e, cur))) {
        if (cur->val == 2 || cur->val == 3)
            v *= cur->val == 2 ? 0.01 : 0.1; /* 五美分, 两毛钱 */
        c->value = v;
        c->type = GX_QTY_MONEY;
        c->currency = cur->code;
        c->end = e + cur->len;
        return 0;
    }
    if (cur || v < 1e4 || !(cp[e - 1] == U'万' || cp[e - 1] == U'亿'))
        return -1;
    c->has_mag = true;
    c->mag = cp[e - 1] == U'万' ? 1e4 : 1e8;
    return implied_money(s, c) ? 0 : -1;
}

/* Chinese forms: 百分之三十, 八成 / 两成以上, 五亿元, 两千亿的市值. Returns the end or -1. */
static int32_t chinese_at(scan *s, int32_t pos)
{
    const uint32_t *cp = s->cp;
    int32_t n = s->n, l, e;
    double v;
    bool pair = false;
    core c;
    memset(&c, 0, sizeof c);
    c.start = pos;
    int32_t pd = pos; /* the first digit of a pair (五六百亿, 百分之二三十) */
    if ((l = gx_cp_at(cp, n, pos, U"百分百"))) {
        /* 百分百: the short form of 百分之百, "one hundred per cent" */
        c.type = GX_QTY_PERCENT;
        c.value = 100;
        c.end = pos + l;
    } else if ((l = gx_cp_at(cp, n, pos, U"百分之"))) {
        int d = pos + l + 2 < n ? gx_chinese_digit(cp[pos + l]) : -1;
        if (d >= 1 && d < 9 && gx_chinese_digit(cp[pos + l + 1]) == d + 1 && gx_cp_in(cp[pos + l + 2], U"十百")) {
            pair = true; /* 百分之二三十: 20 to 30 */
            pd = pos + l;
        }
        if (!gx_number_parse(cp, n, pair ? pd + 1 : pos + l, &v, &e))
            return -1;
        if (e < n && (cp[e] == U'几' || (cp[e] == U'点' && e + 1 < n && cp[e + 1] == U'几')))
            return -1; /* 百分之九十几, 百分之八点几: vague */
        c.type = GX_QTY_PERCENT;
        c.value = v;
        c.end = e;
    } else {
        uint32_t prev = pos > 0 ? cp[pos - 1] : 0;
        /* 上百万元, 上亿元: "a million and more", the magnitude itself as the floor */
        bool at_least = prev == U'上' && gx_cp_in(cp[pos], U"百千万亿");
        if (prev && !at_least && (gx_is_digit(prev) || gx_cp_in(prev, U"数几好上百千万亿十零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖拾佰仟")))
            return -1; /* 数十亿元: vague; or inside a numeral (the 万亿 of 2,460万亿) */
        int d = gx_chinese_digit(cp[pos]);
        /* 周二美元回吐: a weekday (周二, 星期三, 礼拜五) before a currency word, no amount */
        if (d >= 1 && d <= 7 &&
            (prev == U'周' || gx_cp_at(cp, n, pos - 2, U"星期") ||
             gx_cp_at(cp, n, pos - 2, U"礼拜")) &&
            !(pos + 1 < n && (gx_chinese_digit(cp[pos + 1]) >= 0 || gx_cp_in(cp[pos + 1], U"十百千万亿"))))
            return -1;
        if (d >= 1 && pos + 1 < n && cp[pos + 1] == U'成') {
            /* 八成, 两成以上; not 一成不变, 唯一成为 */
            if (pos + 2 < n && gx_cp_in(cp[pos + 2], U"为功立本交长果员熟型就绩都效品了年不"))
                return -1;
            if (d == 1 && prev && gx_cp_in(prev, U"唯统合之第单万"))
                return -1;
            c.type = GX_QTY_PERCENT;
            c.value = d * 10;
            c.end = pos + 2;
        } else if (chinese_money(s, pos, &c, &pair) < 0) {
            return -1;
        } else if (at_least || (prev == U'过' && cp[pos] == U'亿')) {
            c.start = pos - 1; /* 上百万元, 过亿 */
            c.qual = GX_QUAL_MIN;
        }
    }
    int32_t start = c.start, end = c.end;
    gx_qualifier qual = qualifier_before(s, &start);
    gx_qualifier qa = qualifier_after(s, &end);
    if (qual == GX_QUAL_NONE)
        qual = qa != GX_QUAL_NONE ? qa : c.qual;
    int dir = c.type == GX_QTY_PERCENT ? direction_before(s, start) : 0;
    if (pair) {
        /* 五六百亿: two ends, as a written range (numeric_at) */
        double hi = c.value, lo = hi / (gx_chinese_digit(cp[pd]) + 1) * gx_chinese_digit(cp[pd]);
        int32_t hs = pd + 1 < n && cp[pd + 1] == U'、' ? pd + 2 : pd + 1; /* 五、六百元 */
        core low = c;
        low.value = lo;
        finish(s, &low, start, qual, pd + 1, true, hi);
        finish(s, &c, hs, qual, end, false, 0);
        return end;
    }
    finish(s, &c, start, qual, end, false, 0);
    set_change(s, dir);
    return end;
}

/* Characters a Chinese date can start with (besides digits): 今年 去年 明年 前年 本年度 昨日
 * 上半年 下半年 第一季度 一季度 前三季度. */
static bool date_start(uint32_t c)
{
    switch (c) {
    case U'今':
    case U'去':
    case U'明':
    case U'前':
    case U'本':
    case U'昨':
    case U'上':
    case U'下':
    case U'第':
    case U'一':
    case U'二':
    case U'三':
    case U'四': return true;
    default: return false;
    }
}

static bool chinese_start(uint32_t c)
{
    return gx_chinese_digit(c) >= 0 || c == U'十' || c == U'百' || c == U'千' || c == U'万' ||
           c == U'亿' || c == U'拾' || c == U'佰' || c == U'仟';
}

/* A price glued to the day's change in a flattened quote table: "25.994.25%" is 25.99 and
 * 4.25%, "12.45.08%" 12.4 and 5.08%, "30.5710.00%" 30.57 and 10.00%. The digits between the two
 * points are the price's decimals (two, or one when only two digits stand there) followed by the
 * percentage's integer part (one to three digits); the percentage has one or two decimals and a
 * '%'. Returns where the percentage starts, or -1. */
static int32_t glued_percent(const uint32_t *cp, int32_t n, int32_t i)
{
    int32_t k = i;
    while (k < n && gx_is_digit(cp[k]))
        k++;
    if (k - i > 5 || k + 1 >= n || cp[k] != '.')
        return -1;
    int32_t d0 = ++k;
    while (k < n && gx_is_digit(cp[k]))
        k++;
    int32_t nd = k - d0;
    if (nd < 2 || k + 1 >= n || cp[k] != '.')
        return -1;
    int32_t f0 = ++k;
    while (k < n && gx_is_digit(cp[k]))
        k++;
    if (k - f0 < 1 || k - f0 > 2 || k >= n || cp[k] != '%')
        return -1;
    int32_t pd = nd - 1 < 2 ? nd - 1 : 2; /* the price's decimals */
    if (nd - pd > 3)
        return -1;
    return d0 + pd;
}

/* Skip a token that produced nothing: a digit run with its separators, or a Latin word. */
static int32_t skip_token(const uint32_t *cp, int32_t n, int32_t i)
{
    if (gx_is_digit(cp[i])) {
        /* digits with their separators; a comma after a decimal part separates numbers
         * ("5.500,0.00,0.00%" is three), glued decimals stay one token ("8.036.92%") */
        bool dot = false;
        while (i < n) {
            if (gx_is_digit(cp[i]))
                i++;
            else if (i + 1 < n && gx_is_digit(cp[i + 1]) && (cp[i] == '.' || (cp[i] == ',' && !dot)))
                dot |= cp[i++] == '.';
            else
                break;
        }
        return i;
    }
    if (is_alpha(cp[i])) {
        while (i < n && is_alpha(cp[i]))
            i++;
        return i;
    }
    if (chinese_start(cp[i])) {
        while (i < n && (chinese_start(cp[i]) || cp[i] == U'万' || cp[i] == U'亿'))
            i++;
        return i;
    }
    return i + 1;
}

/* ------------------------------------------------------------------ dates: anchor, periods */

static int32_t sentence_start(scan *s, int32_t pos);
static int32_t sentence_end(const gx_article *art, int32_t pos);
static bool has_cue(const gx_qtylex *lx, const gx_article *art, int32_t from, int32_t to,
                    gx_qw_role role);


/* The earliest day the article can have been written, judging by one of its own dates:
 * a day or month as written; a plain year when its sentence is not forward-looking; a reporting
 * period that the sentence reports figures for (2023年度...营收, 截至2023年底...资产,
 * 2024年上半年...收入) has ended, so the month after it; any other period only says its own start.
 * Plain years do not count here. */
static gx_date_anchor lower_bound(scan *s, const gx_date_match *m)
{
    const gx_qtylex *lx = s->lx;
    const gx_article *art = s->art;
    gx_date_anchor a = {0, 0, 0, false};
    int y = m->year;
    bool ended = false;
    if (m->gran != GX_DATE_DAY && (m->gran != GX_DATE_MONTH || m->year_end) &&
        (m->gran != GX_DATE_YEAR || m->fiscal)) {
        int32_t ss = sentence_start(s, m->start), se = sentence_end(art, m->end);
        ended = has_cue(lx, art, m->end, se, GX_QW_METRIC_CUE) &&
                !has_cue(lx, art, ss, se, GX_QW_FUTURE_CUE);
    }
    /* "至2024年6月20日" is an end date (a pledge's term), not something that has happened */
    if (m->start > 0 && (art->cp[m->start - 1] == U'至' || art->cp[m->start - 1] == U'到') &&
        !(m->start > 1 && art->cp[m->start - 2] == U'截'))
        return a;
    switch (m->gran) {
    case GX_DATE_DAY:
        if (m->month)
            a.year = y, a.month = m->month, a.day = m->day;
        break;
    case GX_DATE_MONTH:
        if (m->year_end && ended)
            a.year = y + 1, a.month = 1;
        else
            a.year = y, a.month = m->month2 ? m->month2 : m->month;
        break;
    case GX_DATE_HALF:
        if (ended)
            a.year = y + (m->half == 2), a.month = m->half == 2 ? 1 : 7;
        else
            a.year = y, a.month = m->half == 2 ? 7 : 1;
        break;
    case GX_DATE_QUARTER:
    case GX_DATE_QUARTERS:
        if (ended)
            a.year = y + (m->quarter == 4), a.month = m->quarter == 4 ? 1 : m->quarter * 3 + 1;
        else
            a.year = y, a.month = m->gran == GX_DATE_QUARTERS ? 1 : m->quarter * 3 - 2;
        break;
    case GX_DATE_YEAR:
        if (m->fiscal)
            a.year = y + ended, a.month = 1;
        else if (!has_cue(lx, art, sentence_start(s, m->start), sentence_end(art, m->end),
                          GX_QW_FUTURE_CUE))
            a.year = y, a.month = 1; /* a plain year in a sentence about the past */
        break;
    }
    return a;
}

static bool anchor_later(gx_date_anchor a, gx_date_anchor b)
{
    if (a.year != b.year)
        return a.year > b.year;
    if (a.month != b.month)
        return a.month > b.month;
    return a.day > b.day;
}

static gx_date_anchor find_anchor(scan *s)
{
    gx_date_anchor best = {0, 0, 0, false};
    if (s->art->published_at && gx_date_parse_iso(s->art->published_at, &best))
        return best;
    memset(&best, 0, sizeof best);
    int years[16], counts[16], ny = 0;
    for (int k = 0; k < s->dates.n; k++) {
        const gx_date_match *m = &s->dates.v[k].m;
        if (!gx_date_is_absolute(m))
            continue;
        gx_date_anchor a = lower_bound(s, m);
        if (a.year && anchor_later(a, best))
            best = a;
        int i = 0;
        while (i < ny && years[i] != m->year)
            i++;
        if (i == ny && ny < 16)
            years[ny] = m->year, counts[ny++] = 0;
        if (i < ny)
            counts[i]++;
    }
    if (!best.year) { /* only plain years: the most frequent, the later on a tie */
        int bi = -1;
        for (int i = 0; i < ny; i++)
            if (bi < 0 || counts[i] > counts[bi] ||
                (counts[i] == counts[bi] && years[i] > years[bi]))
                bi = i;
        if (bi >= 0)
            best.year = years[bi];
    }
    best.exact = false;
    return best;
}

/* Sentence bounds for periods and anchors: 。!?, ". " or a line end, at most 400 code points away
 * (boilerplate without punctuation must not make this quadratic). */
#define SENTENCE_MAX 400

/* The walk back from pos to the first end of a sentence, stopping at `bound` at the latest. */
static int32_t walk_back(const gx_article *art, int32_t pos, int32_t bound)
{
    while (pos > bound) {
        uint32_t c = art->cp[pos - 1];
        if (c - 0x4E00u <= 0x9FFFu - 0x4E00u) { /* an ideograph (most of the text): no end */
            pos--;
            continue;
        }
        if (c == U'。' || c == '!' || c == '?' || c == U'！' || c == U'？' || c == '\n' ||
            (c == ' ' && pos >= 2 && art->cp[pos - 2] == '.'))
            break;
        pos--;
    }
    return pos;
}

/* The quantities and dates of a sentence ask for its start in turn, mostly in text order. The
 * last walk (from ss_query back to ss_answer) is kept: a walk from a position inside it meets no
 * end before ss_answer either, and a walk from further on stops at ss_query at the latest, past
 * which it would repeat the last one. Either way the answer is held to this walk's own limit. */
static int32_t sentence_start(scan *s, int32_t pos)
{
    int32_t lim = pos > SENTENCE_MAX ? pos - SENTENCE_MAX : 0;
    if (s->ss_found && s->ss_answer < pos && pos <= s->ss_query)
        return s->ss_answer > lim ? s->ss_answer : lim;
    bool resume = s->ss_query > lim && s->ss_query <= pos;
    int32_t at = walk_back(s->art, pos, resume ? s->ss_query : lim);
    if (resume && at == s->ss_query) { /* no end between: the last walk's answer */
        s->ss_found = s->ss_found && s->ss_answer > lim;
        at = s->ss_answer > lim ? s->ss_answer : lim;
    } else {
        s->ss_found = at > lim;
    }
    s->ss_query = pos;
    s->ss_answer = at;
    return at;
}

static int32_t sentence_end(const gx_article *art, int32_t pos)
{
    int32_t lim = pos + SENTENCE_MAX < art->ncp ? pos + SENTENCE_MAX : art->ncp;
    while (pos < lim) {
        uint32_t c = art->cp[pos];
        if (c - 0x4E00u <= 0x9FFFu - 0x4E00u) { /* an ideograph: no end */
            pos++;
            continue;
        }
        if (c == U'。' || c == '!' || c == '?' || c == U'！' || c == U'？' || c == '\n' ||
            (c == '.' && pos + 1 < art->ncp && art->cp[pos + 1] == ' '))
            break;
        pos++;
    }
    return pos;
}

static bool has_cue(const gx_qtylex *lx, const gx_article *art, int32_t from, int32_t to,
                    gx_qw_role role)
{
    /* a filter on the cues' first characters (low and middle six bits) passes over most
     * positions without looking at every cue */
    uint64_t lo = lx->cue_lo[role], hi = lx->cue_hi[role];
    const gx_qword *cues = lx->tab[role];
    int ncue = lx->n[role];
    for (int32_t i = from; i < to; i++) {
        uint32_t c = art->cp[i];
        if (!((lo >> (c & 63)) & (hi >> ((c >> 6) & 63)) & 1))
            continue;
        for (int k = 0; k < ncue; k++)
            if (c == (uint32_t)cues[k].w[0] && gx_cp_at(art->cp, to, i, cues[k].w))
                return true;
    }
    return false;
}

/* A date written as a comparison base: 比2022年, 较2023年, 相比2021年. */
static bool comparison_base(const gx_article *art, int32_t start)
{
    if (start < 1)
        return false;
    uint32_t p = art->cp[start - 1];
    return p == U'比' || p == U'较';
}

/* Set q->period from the nearest date before it in its sentence, when that date names a
 * reporting period (2024年上半年, 2023年度, 第二季度), or is a plain year / year end and the
 * sentence talks about a financial metric before the figure. */
static void attach_period(scan *s, int qi, const int *date_of)
{
    gx_article *art = s->art;
    gx_quantity *q = &art->quantities.v[qi];
    int32_t ss = sentence_start(s, q->span.start);
    for (int k = qi - 1; k >= 0; k--) {
        gx_quantity *d = &art->quantities.v[k];
        if (d->span.end <= ss)
            return;
        if (d->type != GX_QTY_DATE)
            continue;
        if (date_of[k] < 0 || !d->date)
            return;
        if (comparison_base(art, d->span.start))
            continue;
        const gx_date_match *m = &s->dates.v[date_of[k]].m;
        if (d->date[0] == 'X')
            return;
        switch (m->gran) {
        case GX_DATE_HALF:
        case GX_DATE_QUARTER:
        case GX_DATE_QUARTERS: q->period = d->date; return;
        case GX_DATE_YEAR:
            if (m->fiscal || has_cue(s->lx, art, ss, q->span.start, GX_QW_METRIC_CUE))
                q->period = d->date;
            return;
        case GX_DATE_MONTH:
            if (m->month2) { /* 2020年1-6月: a reporting period */
                q->period = d->date;
                return;
            }
            if (m->year_end && has_cue(s->lx, art, ss, q->span.start, GX_QW_METRIC_CUE))
                q->period = gx_arena_strndup(art->arena, d->date, 4);
            return;
        case GX_DATE_DAY: return;
        }
        return;
    }
}

static void resolve_dates(scan *s)
{
    gx_article *art = s->art;
    if (!s->dates.n && !art->quantities.n)
        return;
    gx_date_anchor anchor = find_anchor(s);
    int nq = art->quantities.n;
    int *date_of = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nq + 1));
    for (int k = 0; k < nq; k++)
        date_of[k] = -1;
    int last_y = 0, last_m = 0; /* the latest date before this one that named a month */
    int sent_y = 0;             /* the year written in the current sentence, if any */
    int32_t sent_ss = -1, sent_end = 0;
    for (int k = 0; k < s->dates.n; k++) {
        pending_date *p = &s->dates.v[k];
        char buf[40];
        gx_date_anchor a = anchor;
        int32_t ss = sentence_start(s, p->m.start);
        if (p->m.gran == GX_DATE_DAY && !p->m.month && !p->m.year && !p->m.day_rel && last_m) {
            /* "6月24日 ... 24日": a bare day belongs to the month last mentioned */
            a.year = last_y, a.month = last_m, a.day = 31, a.exact = false;
        } else if (!p->m.year && !p->m.year_rel && !p->m.day_rel && sent_y && ss == sent_ss &&
                   p->m.start - sent_end <= 60) {
            /* "在2007年的10月30日": a month without a year takes the sentence's year */
            a.year = sent_y, a.month = 12, a.day = 31, a.exact = false;
        }
        if (p->m.year && !comparison_base(art, p->m.start) &&
            !gx_cp_at(art->cp, art->ncp, p->m.end, U"同期")) {
            sent_y = p->m.year;
            sent_ss = ss;
            sent_end = p->m.end;
        }
        if (gx_date_format(&p->m, a, buf, sizeof buf)) {
            art->quantities.v[p->q].date = gx_arena_strdup(art->arena, buf);
            date_of[p->q] = k;
            if ((p->m.gran == GX_DATE_DAY || p->m.gran == GX_DATE_MONTH) && buf[4] == '-' &&
                gx_is_digit(buf[5])) {
                last_y = gx_is_digit(buf[0]) ? atoi(buf) : 0;
                last_m = atoi(buf + 5);
            }
        }
    }
    for (int k = 0; k < nq; k++) {
        gx_quantity *q = &art->quantities.v[k];
        if (q->type == GX_QTY_MONEY || q->type == GX_QTY_PERCENT)
            attach_period(s, k, date_of);
    }
    /* drop dates that could not be resolved at all (今年 with nothing to anchor it) */
    int w = 0;
    for (int k = 0; k < nq; k++) {
        gx_quantity *q = &art->quantities.v[k];
        if (q->type == GX_QTY_DATE && !q->date)
            continue;
        art->quantities.v[w++] = *q;
    }
    art->quantities.n = w;
}

/* ------------------------------------------------------------------ public */

/* The non-ASCII characters a quantity or date can start with: the Chinese numerals of
 * chinese_start() and the first characters of relative dates of date_start(). */
#define QTY_HAN_STARTS(X)                                                                          \
    X(U'〇') X(U'零') X(U'一') X(U'二') X(U'两') X(U'三') X(U'四') X(U'五') X(U'六') X(U'七')  \
    X(U'八') X(U'九') X(U'十') X(U'百') X(U'千') X(U'今') X(U'去') X(U'明') X(U'前') X(U'本')  \
    X(U'昨') X(U'上') X(U'下') X(U'第') X(U'万') X(U'亿') X(U'壹') X(U'贰') X(U'叁')  \
    X(U'肆') X(U'伍') X(U'陆') X(U'柒') X(U'捌') X(U'玖') X(U'拾') X(U'佰') X(U'仟')
#define QTY_START_ITEM(c) c,
void gx_quantity_mark_starts(uint64_t *bits)
{
    static const char32_t starts[] = {QTY_HAN_STARTS(QTY_START_ITEM) 0};
    for (const char32_t *c = starts; *c; c++)
        bits[*c / 64] |= (uint64_t)1 << (*c % 64);
    for (uint32_t c = 0; c < 0x80; c++)
        if (c - '0' < 10u || (c | 0x20) - 'a' < 26u)
            bits[c / 64] |= (uint64_t)1 << (c % 64);
}

/* Can a quantity or date start at c (or can c continue a digit run / Latin word the scan
 * must step over)? ASCII digits and letters, and the QTY_HAN_STARTS characters: one bit of the
 * loaded bitmap (5 KB, stays in cache; the digits and letters have their bits too, so one load
 * and no range tests), without branches (ASCII and CJK alternate unpredictably in Chinese
 * text; code points above the bitmap read its last, empty word). Everything else is passed
 * over at once. */
static inline bool qty_interesting(const gx_qtylex *lx, uint32_t c)
{
    const uint32_t k = c < GX_QTY_STARTS_END ? c : GX_QTY_STARTS_END; /* the last word is 0 */
    return (lx->start_bits[k / 64] >> (k % 64)) & 1;
}

void gx_quantities_find(const gx_qtylex *lx, gx_article *art)
{
    scan s;
    memset(&s, 0, sizeof s);
    s.lx = lx;
    s.art = art;
    s.cp = art->cp;
    s.n = art->ncp;
    s.tbl_block = -1;
    s.pipe_row = s.pipe_header = -1;
    s.ss_query = s.ss_answer = -1;
    const uint32_t *cp = s.cp;
    int32_t n = s.n;
    for (int32_t i = 0; i < n;) {
        uint32_t c = cp[i];
        if (!qty_interesting(lx, c)) {
            i++;
            continue;
        }
        bool digit = gx_is_digit(c), alpha = is_alpha(c);
        /* inside a digit run or a Latin word: not a token start (a digit after a letter is one:
         * number_core() decides about "US$5" / "H100") */
        if (i > 0 && (digit || alpha) &&
            (gx_is_digit(cp[i - 1]) || (alpha && is_alpha(cp[i - 1])))) {
            i++;
            continue;
        }
        if (digit || alpha || (c >= 0x4E00 && date_start(c))) {
            gx_date_match m;
            if (gx_date_match_at(cp, n, i, &m)) {
                int32_t start = m.start;
                if (digit && m.gran == GX_DATE_YEAR && m.end == i + 4) {
                    /* a bare English year ("in 2024") unless it is an amount: "of 2000 employees"
                     */
                    int32_t e = numeric_at(&s, i);
                    if (e > i) {
                        i = e;
                        continue;
                    }
                }
                push(&s, GX_QTY_DATE, start, m.end); /* the value is set by resolve_dates() */
                pending_date *p = GX_VEC_PUSH(art->arena, s.dates);
                p->q = art->quantities.n - 1;
                p->m = m;
                i = m.end;
                continue;
            }
        }
        if (digit) {
            int32_t d = i;
            while (d < n && gx_is_digit(cp[d]))
                d++;
            gx_date_match lm;
            if (d - i <= 2 && d + 1 < n && (cp[d] == '.' || cp[d] == U'、') &&
                gx_date_match_at(cp, n, d + 1, &lm) && lm.year) {
                i = d + 1; /* "1.2019年8月23日": a list number before a date */
                continue;
            }
            int32_t g = glued_percent(cp, n, i), e;
            if (g > i && (e = numeric_at(&s, g)) > g) {
                i = e; /* the price before it is a bare number */
                continue;
            }
            e = numeric_at(&s, i);
            i = e > i ? e : skip_token(cp, n, i);
            continue;
        }
        if (alpha) {
            int32_t e = english_at(&s, i);
            i = e > i ? e : skip_token(cp, n, i);
            continue;
        }
        if (chinese_start(c)) {
            int32_t e = chinese_at(&s, i);
            i = e > i ? e : skip_token(cp, n, i);
            continue;
        }
        i++;
    }
    resolve_dates(&s);
    implied_currency(art);
    gx_quantity_market_currency(lx, art);
}

int gx_quantity_at(const gx_article *art, int32_t pos)
{
    int lo = 0, hi = art->quantities.n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        gx_span sp = art->quantities.v[mid].span;
        if (pos < sp.start)
            hi = mid - 1;
        else if (pos >= sp.end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

int gx_quantity_after(const gx_article *art, int32_t pos)
{
    int lo = 0, hi = art->quantities.n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (art->quantities.v[mid].span.start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool gx_quantity_parse_number(const char *utf8, size_t len, double *value)
{
    uint32_t buf[64];
    int32_t n = gx_utf8_to_cps(utf8, len, buf, 64);
    if (n <= 0)
        return false;
    double v;
    int32_t e;
    if (!gx_number_parse(buf, n, 0, &v, &e) || e != n)
        return false;
    *value = v;
    return true;
}

const char *gx_qty_type_name(gx_qty_type t)
{
    switch (t) {
    case GX_QTY_MONEY: return "money";
    case GX_QTY_PERCENT: return "percent";
    case GX_QTY_DATE: return "date";
    case GX_QTY_COUNT: return "count";
    }
    return "unknown";
}

const char *gx_qualifier_name(gx_qualifier q)
{
    switch (q) {
    case GX_QUAL_APPROX: return "approx";
    case GX_QUAL_MAX: return "max";
    case GX_QUAL_MIN: return "min";
    case GX_QUAL_NONE: break;
    }
    return NULL;
}
