/* gx_date.c — date expressions: recognition at a position and resolution (see gx_date.h). */
#include "gx_date.h"

#include <stdio.h>
#include <string.h>
#include <uchar.h>

#include "gx_number.h"
#include "gx_utf8.h"

static bool is_alpha(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum(uint32_t c)
{
    return is_alpha(c) || gx_is_digit(c);
}

/* Digits at i: returns count (0 when none) and their value in *v (at most 9 digits). */
static int32_t digits(const uint32_t *cp, int32_t n, int32_t i, int *v)
{
    int32_t k = 0;
    int x = 0;
    while (i + k < n && gx_is_digit(cp[i + k])) {
        if (k < 9)
            x = x * 10 + (int)(cp[i + k] - '0');
        k++;
    }
    *v = x;
    return k;
}

/* A Chinese or Arabic digit 1..4 for quarters, or 0. */
static int quarter_digit(uint32_t c)
{
    if (c >= '1' && c <= '4')
        return (int)(c - '0');
    int d = gx_chinese_digit(c);
    return d >= 1 && d <= 4 ? d : 0;
}

static bool strchr_u32(const char32_t *set, uint32_t c)
{
    for (; *set; set++)
        if ((uint32_t)*set == c)
            return true;
    return false;
}

/* Time-of-day words that belong to a day's span: 9月23日晚间. */
static const char32_t *const DAYPART[] = {
    U"晚间", U"早间", U"午间", U"上午", U"下午", U"晚上", U"凌晨", U"早上",
    U"中午", U"傍晚", U"盘后", U"盘前", U"盘中", U"晚",   NULL,
};

static int32_t daypart(const uint32_t *cp, int32_t n, int32_t i)
{
    for (int k = 0; DAYPART[k]; k++) {
        int32_t l = gx_cp_at(cp, n, i, DAYPART[k]);
        if (l)
            return i + l;
    }
    return i;
}

/* After "M月": 份, D日/D号 (+ time of day), 底/末/初/上旬/中旬/下旬. i is after 月. */
static void month_suffix(const uint32_t *cp, int32_t n, int32_t i, gx_date_match *m)
{
    int32_t l;
    int d;
    m->gran = GX_DATE_MONTH;
    if (i < n && cp[i] == U'份')
        i++;
    int32_t nd = digits(cp, n, i, &d);
    if (nd >= 1 && nd <= 2 && d >= 1 && d <= 31 && i + nd < n &&
        (cp[i + nd] == U'日' || cp[i + nd] == U'号')) {
        m->day = d;
        m->gran = GX_DATE_DAY;
        i = daypart(cp, n, i + nd + 1);
    } else if (i < n && (cp[i] == U'底' || cp[i] == U'末' || cp[i] == U'初')) {
        i++;
    } else if ((l = gx_cp_at(cp, n, i, U"上旬")) || (l = gx_cp_at(cp, n, i, U"中旬")) ||
               (l = gx_cp_at(cp, n, i, U"下旬"))) {
        i += l;
    }
    m->end = i;
}

/* "1-6月", "1至9月" at i (months of one year): sets month, month2 and the end. */
static bool month_range(const uint32_t *cp, int32_t n, int32_t i, gx_date_match *m)
{
    int a, b;
    int32_t na = digits(cp, n, i, &a);
    if (na < 1 || na > 2 || a < 1 || a > 12 || i + na >= n)
        return false;
    uint32_t sep = cp[i + na];
    if (sep != '-' && sep != U'至' && sep != '~' && sep != U'到')
        return false;
    int32_t j = i + na + 1;
    int32_t nb = digits(cp, n, j, &b);
    if (nb < 1 || nb > 2 || b <= a || b > 12 || j + nb >= n || cp[j + nb] != U'月')
        return false;
    m->month = a;
    m->month2 = b;
    m->gran = GX_DATE_MONTH;
    m->end = j + nb + 1 + (j + nb + 1 < n && cp[j + nb + 1] == U'份');
    return true;
}

/* After a year ("2024年" or "今年"): i is after 年. Always succeeds (plain year). */
static void year_suffix(const uint32_t *cp, int32_t n, int32_t i, gx_date_match *m)
{
    int32_t l;
    int q, v;
    m->gran = GX_DATE_YEAR;
    m->end = i;
    if (i >= n)
        return;
    int32_t j = i + (cp[i] == U'第');
    if (j + 2 < n && (q = quarter_digit(cp[j])) && cp[j + 1] == U'季' &&
        (cp[j + 2] == U'度' || cp[j + 2] == U'报')) {
        m->gran = GX_DATE_QUARTER;
        m->quarter = q;
        m->fiscal = true;
        m->end = j + 3;
        return;
    }
    if (cp[i] == 'Q' && i + 1 < n && (q = quarter_digit(cp[i + 1])) && cp[i + 1] < 0x80 &&
        (i + 2 >= n || !is_alnum(cp[i + 2]))) {
        m->gran = GX_DATE_QUARTER;
        m->quarter = q;
        m->fiscal = true;
        m->end = i + 2;
        return;
    }
    if (i + 3 < n && cp[i] == U'前' && (q = quarter_digit(cp[i + 1])) && q >= 2 &&
        cp[i + 2] == U'季' && cp[i + 3] == U'度') {
        m->gran = GX_DATE_QUARTERS;
        m->quarter = q;
        m->fiscal = true;
        m->end = i + 4;
        return;
    }
    if ((l = gx_cp_at(cp, n, i, U"上半年")) || (l = gx_cp_at(cp, n, i, U"下半年"))) {
        m->gran = GX_DATE_HALF;
        m->half = cp[i] == U'上' ? 1 : 2;
        m->fiscal = true;
        m->end = i + l + (i + l < n && cp[i + l] == U'度');
        return;
    }
    if ((l = gx_cp_at(cp, n, i, U"半年报")) || (l = gx_cp_at(cp, n, i, U"半年度")) ||
        (l = gx_cp_at(cp, n, i, U"中报"))) {
        m->gran = GX_DATE_HALF;
        m->half = 1;
        m->fiscal = true;
        m->end = i + l;
        return;
    }
    if (cp[i] == U'度') { /* "2023年度" */
        m->fiscal = true;
        m->end = i + 1;
        return;
    }
    if ((l = gx_cp_at(cp, n, i, U"年度")) || (l = gx_cp_at(cp, n, i, U"年报")) ||
        (l = gx_cp_at(cp, n, i, U"全年"))) {
        m->fiscal = true;
        m->end = i + l;
        return;
    }
    if (cp[i] == U'底' || cp[i] == U'末') {
        m->gran = GX_DATE_MONTH;
        m->month = 12;
        m->year_end = true;
        m->end = i + 1;
        return;
    }
    if (cp[i] == U'初') {
        m->gran = GX_DATE_MONTH;
        m->month = 1;
        m->end = i + 1;
        return;
    }
    int32_t nd = digits(cp, n, i, &v);
    if (nd >= 1 && nd <= 2 && v >= 1 && v <= 12 && i + nd < n && cp[i + nd] == U'月') {
        m->month = v;
        month_suffix(cp, n, i + nd + 1, m);
    } else if (nd >= 1 && nd <= 2) {
        month_range(cp, n, i, m);
    }
}

static const struct {
    const char *name;
    int month;
} MONTHS[] = {
    {"January", 1},   {"February", 2},  {"March", 3},  {"April", 4},     {"May", 5},
    {"June", 6},      {"July", 7},      {"August", 8}, {"September", 9}, {"October", 10},
    {"November", 11}, {"December", 12}, {"Jan", 1},    {"Feb", 2},       {"Mar", 3},
    {"Apr", 4},       {"Jun", 6},       {"Jul", 7},    {"Aug", 8},       {"Sept", 9},
    {"Sep", 9},       {"Oct", 10},      {"Nov", 11},   {"Dec", 12},
};

/* An English month name at i (capitalized, whole word, abbreviations may take a dot).
 * Returns the month and sets *end, or 0. */
static int english_month(const uint32_t *cp, int32_t n, int32_t i, int32_t *end)
{
    for (size_t k = 0; k < sizeof MONTHS / sizeof MONTHS[0]; k++) {
        const char *s = MONTHS[k].name;
        int32_t l = 0;
        while (s[l] && i + l < n && cp[i + l] == (uint32_t)(unsigned char)s[l])
            l++;
        if (s[l])
            continue;
        if (i + l < n && is_alpha(cp[i + l]))
            continue;
        if (i + l < n && cp[i + l] == '.' && strlen(s) <= 4)
            l++;
        *end = i + l;
        return MONTHS[k].month;
    }
    return 0;
}

/* " 2024" (optionally ", 2024") after an English date part: returns the end or -1. */
static int32_t english_year(const uint32_t *cp, int32_t n, int32_t i, int *year)
{
    if (i < n && cp[i] == ',')
        i++;
    if (i >= n || cp[i] != ' ')
        return -1;
    i++;
    int v;
    int32_t nd = digits(cp, n, i, &v);
    if (nd != 4 || v < 1900 || v > 2100 || (i + 4 < n && is_alnum(cp[i + 4])))
        return -1;
    *year = v;
    return i + 4;
}

static bool match_english(const uint32_t *cp, int32_t n, int32_t pos, gx_date_match *m)
{
    int32_t e;
    int mon = english_month(cp, n, pos, &e);
    if (!mon || e >= n || cp[e] != ' ')
        return false;
    int d, y;
    int32_t nd = digits(cp, n, e + 1, &d);
    if (nd == 4) { /* September 2024 */
        int32_t ye = english_year(cp, n, e, &y);
        if (ye < 0)
            return false;
        m->year = y;
        m->month = mon;
        m->gran = GX_DATE_MONTH;
        m->end = ye;
        return true;
    }
    if (nd < 1 || nd > 2 || d < 1 || d > 31)
        return false;
    int32_t i = e + 1 + nd;
    if (i < n && is_alpha(cp[i])) { /* 1st 2nd 3rd 4th */
        if (i + 1 < n &&
            ((cp[i] == 's' && cp[i + 1] == 't') || (cp[i] == 'n' && cp[i + 1] == 'd') ||
             (cp[i] == 'r' && cp[i + 1] == 'd') || (cp[i] == 't' && cp[i + 1] == 'h')) &&
            (i + 2 >= n || !is_alpha(cp[i + 2])))
            i += 2;
        else
            return false;
    }
    if (i < n && (gx_is_digit(cp[i]) || cp[i] == '%'))
        return false;
    m->month = mon;
    m->day = d;
    m->gran = GX_DATE_DAY;
    int32_t ye = english_year(cp, n, i, &y);
    if (ye > 0) {
        m->year = y;
        i = ye;
    }
    m->end = i;
    return true;
}

/* The ASCII word w at i (its first letter in either case), a whole word: its length, else 0. */
static int32_t word_ci(const uint32_t *cp, int32_t n, int32_t i, const char *w)
{
    /* the first letter first, as gx_ascii_at compares it (most positions hold no such letter:
     * its count of w's length is not paid there; speed28) */
    const uint32_t e = (unsigned char)w[0];
    if (i < 0 || i >= n || (cp[i] != e && !(e >= 'a' && e <= 'z' && cp[i] == e - 'a' + 'A')))
        return 0;
    int32_t l = gx_ascii_at(cp, n, i, w, true);
    if (!l || (i > 0 && is_alpha(cp[i - 1])) || (i + l < n && is_alpha(cp[i + l])))
        return 0;
    return l;
}

/* After an English period at i: " of 2024" / " 2024" (absolute) or " of last/this/next year"
 * (relative), filling m; returns the new end (i when there is none). */
static int32_t english_period_year(const uint32_t *cp, int32_t n, int32_t i, gx_date_match *m)
{
    static const struct {
        const char *w;
        int off;
    } REL[] = {{" of last year", -1}, {" of this year", 0}, {" of next year", 1}};
    int y;
    int32_t j = i, l;
    if ((l = word_ci(cp, n, j + 1, "of")) && cp[j] == ' ')
        j += 1 + l;
    int32_t ye = english_year(cp, n, j, &y);
    if (ye > 0) {
        m->year = y;
        return ye;
    }
    for (size_t k = 0; k < sizeof REL / sizeof *REL; k++) {
        int32_t rl = gx_ascii_at(cp, n, i, REL[k].w, false);
        if (rl && (i + rl >= n || !is_alpha(cp[i + rl]))) {
            m->year_rel = true;
            m->year_off = REL[k].off;
            return i + rl;
        }
    }
    return i;
}

/* English periods and relative dates (the first letter in either case): "third quarter (of
 * 2024)", "fourth-quarter", "first half of 2024", "fiscal (year) 2024", "FY2024" / "FY24",
 * "H1 2024", "last year" / "this year" / "next year", "yesterday" / "today" / "tomorrow". */
static bool match_english_period(const uint32_t *cp, int32_t n, int32_t pos, gx_date_match *m)
{
    static const char *const ORD[] = {"first", "second", "third", "fourth"};
    static const struct {
        const char *w;
        int off;
        bool day;
    } REL[] = {{"yesterday", -1, true}, {"today", 0, true}, {"tomorrow", 1, true}};
    static const struct {
        const char *w;
        int off;
    } YEARS[] = {{"last", -1}, {"this", 0}, {"next", 1}};
    int32_t l;
    for (int k = 0; k < 4; k++) {
        if (!(l = word_ci(cp, n, pos, ORD[k])) || pos + l >= n || (cp[pos + l] != ' ' && cp[pos + l] != '-'))
            continue;
        int32_t w = pos + l + 1, wl;
        if ((wl = word_ci(cp, n, w, "quarter"))) {
            m->gran = GX_DATE_QUARTER;
            m->quarter = k + 1;
        } else if (k < 2 && (wl = word_ci(cp, n, w, "half"))) {
            m->gran = GX_DATE_HALF;
            m->half = k + 1;
        } else {
            return false;
        }
        m->fiscal = true;
        m->end = english_period_year(cp, n, w + wl, m);
        return true;
    }
    if ((l = word_ci(cp, n, pos, "fiscal"))) {
        int32_t i = pos + l, yl;
        if (i + 1 < n && cp[i] == ' ' && (yl = word_ci(cp, n, i + 1, "year")))
            i += 1 + yl;
        int y;
        int32_t ye = english_year(cp, n, i, &y);
        if (ye < 0)
            return false;
        m->year = y;
        m->gran = GX_DATE_YEAR;
        m->fiscal = true;
        m->end = ye;
        return true;
    }
    if (pos + 3 < n && cp[pos] == 'F' && cp[pos + 1] == 'Y') { /* FY2024, FY24, FY 2024 */
        int32_t i = pos + 2 + (cp[pos + 2] == ' ');
        int v;
        int32_t nd = digits(cp, n, i, &v);
        if ((nd != 2 && nd != 4) || (i + nd < n && is_alnum(cp[i + nd])))
            return false;
        m->year = nd == 2 ? 2000 + v : v;
        m->gran = GX_DATE_YEAR;
        m->fiscal = true;
        m->end = i + nd;
        return m->year >= 1900 && m->year <= 2100;
    }
    if (cp[pos] == 'H' && pos + 1 < n && (cp[pos + 1] == '1' || cp[pos + 1] == '2') &&
        (pos + 2 >= n || !is_alnum(cp[pos + 2]))) { /* H1 2024 */
        int y;
        int32_t ye = english_year(cp, n, pos + 2, &y);
        if (ye < 0)
            return false; /* a bare "H1" is too often a chip or a heading */
        m->year = y;
        m->gran = GX_DATE_HALF;
        m->half = (int)(cp[pos + 1] - '0');
        m->fiscal = true;
        m->end = ye;
        return true;
    }
    for (size_t k = 0; k < sizeof REL / sizeof *REL; k++)
        if ((l = word_ci(cp, n, pos, REL[k].w))) {
            m->gran = GX_DATE_DAY;
            m->day_rel = true;
            m->day_off = REL[k].off;
            m->end = pos + l;
            return true;
        }
    for (size_t k = 0; k < sizeof YEARS / sizeof *YEARS; k++)
        if ((l = word_ci(cp, n, pos, YEARS[k].w)) && pos + l + 5 <= n && cp[pos + l] == ' ' &&
            word_ci(cp, n, pos + l + 1, "year")) {
            m->gran = GX_DATE_YEAR;
            m->year_rel = true;
            m->year_off = YEARS[k].off;
            m->end = pos + l + 5;
            return true;
        }
    return false;
}

/* "in 2024", "since 2019": a bare year in English text. */
static bool english_year_context(const uint32_t *cp, int32_t pos)
{
    static const char *const W[] = {"in",     "In",    "since", "Since", "by",      "By",
                                    "during", "until", "from",  "of",    "through", "before",
                                    "after",  "early", "late",  "mid",   NULL};
    if (pos < 2 || (cp[pos - 1] != ' ' && cp[pos - 1] != '-'))
        return false;
    for (int k = 0; W[k]; k++) {
        int32_t l = (int32_t)strlen(W[k]);
        int32_t s = pos - 1 - l;
        if (s < 0)
            continue;
        bool ok = true;
        for (int32_t j = 0; j < l && ok; j++)
            ok = cp[s + j] == (uint32_t)(unsigned char)W[k][j];
        if (ok && (s == 0 || !is_alpha(cp[s - 1])))
            return true;
    }
    return false;
}

/* Numeric dates: 2024-09-23, 2024/9/23, 2024.9.23 (the same separator twice). */
static bool match_numeric(const uint32_t *cp, int32_t n, int32_t pos, int y, gx_date_match *m)
{
    int32_t i = pos + 4;
    uint32_t sep = cp[i];
    int mo, d;
    int32_t nm = digits(cp, n, i + 1, &mo);
    if (nm < 1 || nm > 2 || mo < 1 || mo > 12)
        return false;
    i += 1 + nm;
    if (i >= n || cp[i] != sep)
        return false;
    int32_t ndd = digits(cp, n, i + 1, &d);
    if (ndd < 1 || ndd > 2 || d < 1 || d > 31)
        return false;
    i += 1 + ndd;
    if (i < n && (is_alnum(cp[i]) || (cp[i] == sep && i + 1 < n && gx_is_digit(cp[i + 1]))))
        return false;
    m->year = y;
    m->month = mo;
    m->day = d;
    m->gran = GX_DATE_DAY;
    m->end = i;
    return true;
}

/* Day-only "23日": not a duration (30日内, 近5日, 每日) nor a currency (日元). */
static bool day_only_ok(const uint32_t *cp, int32_t n, int32_t pos, int32_t after)
{
    if (pos > 0) {
        uint32_t p = cp[pos - 1];
        if (p == U'近' || p == U'前' || p == U'后' || p == U'续' || p == U'每' || p == U'第' ||
            p == U'满' || p == U'超' || p == U'逾' || p == U'约' || p == U'去' || p == U'日')
            return false;
    }
    /* "5日、10日、20日均线", "5日10日呈现..": lists of moving-average windows */
    int32_t j = after;
    while (j < n && (cp[j] == U'、' || cp[j] == U'和' || cp[j] == U'及' || cp[j] == ',' ||
                     gx_is_digit(cp[j]))) {
        int32_t k = j + (!gx_is_digit(cp[j]));
        int v;
        int32_t nd = digits(cp, n, k, &v);
        if (!nd || k + nd >= n || cp[k + nd] != U'日')
            break;
        j = k + nd + 1;
        if (j == after + nd + 1 && gx_is_digit(cp[after]))
            return false; /* "5日10日": days do not follow each other like that */
    }
    after = j;
    if (after < n) {
        uint32_t c = cp[after];
        if (c == U'元' || c == U'内' || c == U'均' || c == U'线' || c == U'以' || c == U'之' ||
            c == U'左' || c == U'期' || c == U'历')
            return false;
    }
    return true;
}

/* A digit of a year written in Chinese numerals (二零一八, 一九九八, 二〇二〇, 二○一九), or -1;
 * not 两 nor the financial forms, which no year is written with. */
static int year_digit(uint32_t c)
{
    static const char32_t DIGITS[] = U"零一二三四五六七八九";
    if (c == U'〇' || c == 0x25CB) /* ○, the circle many pages write for 〇 */
        return 0;
    for (int d = 0; d < 10; d++)
        if (c == (uint32_t)DIGITS[d])
            return d;
    return -1;
}

/* A month or day in Chinese numerals at i (一 .. 九, 十, 十一 .. 十九, 二十 .. 三十一) followed
 * by one of the characters of end; returns the value and sets *e after that character, or 0. */
static int chinese_small(const uint32_t *cp, int32_t n, int32_t i, const char32_t *end, int32_t *e)
{
    int v = 0;
    int32_t k = i;
    int d = k < n ? year_digit(cp[k]) : -1;
    if (d >= 1 && d <= 3 && k + 1 < n && cp[k + 1] == U'十') {
        v = d * 10;
        k += 2;
    } else if (k < n && cp[k] == U'十') {
        v = 10;
        k++;
    }
    d = k < n ? year_digit(cp[k]) : -1;
    if (d >= 1) {
        v += d;
        k++;
    }
    if (v == 0 || k >= n || !strchr_u32(end, cp[k]))
        return 0;
    *e = k + 1;
    return v;
}

/* 二零一八年, 二零一八年五月, 二〇一八年五月二十一日 (quant28: filings and bios write their
 * dates in Chinese numerals): four year digits and 年, then a month and a day the same way.
 * A year alone takes year_suffix's forms (二零一八年上半年, 二零一八年度). */
static bool match_chinese_year(const uint32_t *cp, int32_t n, int32_t pos, gx_date_match *m)
{
    int y = 0;
    for (int32_t k = 0; k < 4; k++) {
        int d = pos + k < n ? year_digit(cp[pos + k]) : -1;
        if (d < 0)
            return false;
        y = y * 10 + d;
    }
    if (y < 1900 || y > 2100 || pos + 4 >= n || cp[pos + 4] != U'年')
        return false;
    m->year = y;
    int32_t e, e2;
    int mo = chinese_small(cp, n, pos + 5, U"月", &e);
    if (mo >= 1 && mo <= 12) {
        m->month = mo;
        m->gran = GX_DATE_MONTH;
        m->end = e;
        int d = chinese_small(cp, n, e, U"日号", &e2);
        if (d >= 1 && d <= 31) {
            m->day = d;
            m->gran = GX_DATE_DAY;
            m->end = daypart(cp, n, e2);
        }
        return true;
    }
    year_suffix(cp, n, pos + 5, m);
    return true;
}

bool gx_date_match_at(const uint32_t *cp, int32_t n, int32_t pos, gx_date_match *m)
{
    memset(m, 0, sizeof *m);
    m->start = pos;
    if (pos >= n)
        return false;
    uint32_t c = cp[pos];
    int32_t l;
    int v;

    if (gx_is_digit(c)) {
        int32_t nd = digits(cp, n, pos, &v);
        uint32_t next = pos + nd < n ? cp[pos + nd] : 0;
        if (nd == 4 && v >= 1900 && v <= 2100) {
            if (next == U'年') {
                m->year = v;
                year_suffix(cp, n, pos + 5, m);
                return true;
            }
            if (next == U'财' && pos + 5 < n && cp[pos + 5] == U'年') {
                /* "2025财年(第二季度)": a fiscal year, written as its year number */
                m->year = v;
                year_suffix(cp, n, pos + 6, m);
                m->fiscal = true;
                return true;
            }
            if ((next == '-' || next == '/' || next == '.') && match_numeric(cp, n, pos, v, m))
                return true;
            if (next == U'上' || next == U'下' || next == U'第' || next == U'前' ||
                quarter_digit(next) > 0) { /* "2017上半年", "2019三季度" without 年 */
                m->year = v;
                year_suffix(cp, n, pos + 4, m);
                return m->gran != GX_DATE_YEAR;
            }
            if (next == 'Q' && pos + 5 < n && cp[pos + 5] >= '1' && cp[pos + 5] <= '4' &&
                (pos + 6 >= n || !is_alnum(cp[pos + 6]))) {
                m->year = v;
                m->gran = GX_DATE_QUARTER;
                m->quarter = (int)(cp[pos + 5] - '0');
                m->fiscal = true;
                m->end = pos + 6;
                return true;
            }
            if (!is_alnum(next) && next != '%' &&
                !(next == '.' && pos + 5 < n && gx_is_digit(cp[pos + 5])) &&
                english_year_context(cp, pos)) {
                m->year = v;
                m->gran = GX_DATE_YEAR;
                m->end = pos + 4;
                return true;
            }
            return false;
        }
        if (nd > 2)
            return false;
        if (next == U'月' && v >= 1 && v <= 12) {
            m->month = v;
            month_suffix(cp, n, pos + nd + 1, m);
            return true;
        }
        if (month_range(cp, n, pos, m))
            return true;
        if (next == U'日' && v >= 1 && v <= 31 && day_only_ok(cp, n, pos, pos + nd + 1)) {
            m->day = v;
            m->gran = GX_DATE_DAY;
            m->end = daypart(cp, n, pos + nd + 1);
            return true;
        }
        if (nd == 1 && next == U'季' && pos + 2 < n && cp[pos + 2] == U'度' && v >= 1 && v <= 4) {
            m->quarter = v;
            m->gran = GX_DATE_QUARTER;
            m->fiscal = true;
            m->end = pos + 3;
            return true;
        }
        if (next == ' ' && v >= 1 && v <= 31) { /* 23 September 2024 */
            int32_t e;
            int mon = english_month(cp, n, pos + nd + 1, &e);
            int y;
            int32_t ye = mon ? english_year(cp, n, e, &y) : -1;
            if (ye > 0) {
                m->year = y;
                m->month = mon;
                m->day = v;
                m->gran = GX_DATE_DAY;
                m->end = ye;
                return true;
            }
        }
        return false;
    }

    /* relative years and days */
    static const struct {
        const char32_t *w;
        int off;
        bool day;
    } REL[] = {
        {U"今年", 0, false},   {U"去年", -1, false}, {U"明年", 1, false}, {U"前年", -2, false},
        {U"本年度", 0, false}, {U"今日", 0, true},   {U"今天", 0, true},  {U"昨日", -1, true},
        {U"昨天", -1, true},   {U"明日", 1, true},   {U"明天", 1, true},
    };
    if (c == U'今' || c == U'去' || c == U'明' || c == U'前' || c == U'本' || c == U'昨') {
        int q;
        if (c == U'前' && pos + 3 < n && (q = quarter_digit(cp[pos + 1])) && q >= 2 &&
            cp[pos + 2] == U'季' && cp[pos + 3] == U'度') {
            m->gran = GX_DATE_QUARTERS;
            m->quarter = q;
            m->fiscal = true;
            m->end = pos + 4;
            return true;
        }
        for (size_t k = 0; k < sizeof REL / sizeof REL[0]; k++) {
            if (!(l = gx_cp_at(cp, n, pos, REL[k].w)))
                continue;
            if (gx_cp_at(cp, n, pos + l, U"同期") || gx_cp_at(cp, n, pos + l, U"同比"))
                return false;
            /* the characters also end other words: 说明年报, 此前年报, 过去年度 */
            uint32_t p = pos > 0 ? cp[pos - 1] : 0;
            if ((c == U'明' && p && strchr_u32(U"说证表声阐标注查透指申发文", p)) ||
                (c == U'前' && p >= 0x3400) || (c == U'去' && p && strchr_u32(U"过失除出回离", p)))
                return false;
            if (REL[k].day) {
                m->day_rel = true;
                m->day_off = REL[k].off;
                m->gran = GX_DATE_DAY;
                m->end = daypart(cp, n, pos + l);
                return true;
            }
            m->year_rel = true;
            m->year_off = REL[k].off;
            year_suffix(cp, n, pos + l, m);
            if (l == 3) /* 本年度 */
                m->fiscal = true;
            return true;
        }
        return false;
    }
    if (c == U'上' || c == U'下') {
        if ((l = gx_cp_at(cp, n, pos, U"上半年")) || (l = gx_cp_at(cp, n, pos, U"下半年"))) {
            m->gran = GX_DATE_HALF;
            m->half = c == U'上' ? 1 : 2;
            m->fiscal = true;
            m->end = pos + l + (pos + l < n && cp[pos + l] == U'度');
            return true;
        }
        return false;
    }
    if ((c == U'一' || c == U'二') && match_chinese_year(cp, n, pos, m))
        return true;
    if (c == U'第' || gx_chinese_digit(c) >= 0) {
        int32_t j = pos + (c == U'第');
        int q;
        if (j + 2 < n && (q = quarter_digit(cp[j])) && cp[j + 1] == U'季' && cp[j + 2] == U'度') {
            m->gran = GX_DATE_QUARTER;
            m->quarter = q;
            m->fiscal = true;
            m->end = j + 3;
            return true;
        }
        return false;
    }
    if (c == 'Q' && pos + 1 < n && cp[pos + 1] >= '1' && cp[pos + 1] <= '4' &&
        (pos + 2 >= n || !is_alnum(cp[pos + 2]))) {
        m->gran = GX_DATE_QUARTER;
        m->quarter = (int)(cp[pos + 1] - '0');
        m->fiscal = true;
        m->end = pos + 2;
        int y;
        int32_t ye = english_year(cp, n, pos + 2, &y); /* "Q1 2024" */
        if (ye > 0) {
            m->year = y;
            m->end = ye;
        }
        return true;
    }
    if (c >= 'A' && c <= 'Z' && match_english(cp, n, pos, m))
        return true;
    if (is_alpha(c)) {
        memset(m, 0, sizeof *m);
        m->start = pos;
        return match_english_period(cp, n, pos, m);
    }
    return false;
}

bool gx_date_is_absolute(const gx_date_match *m)
{
    return m->year != 0;
}

static int days_in_month(int y, int mo)
{
    static const int D[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return mo >= 1 && mo <= 12 ? D[mo - 1] : 31;
}

/* The strings of gx_date_format, built without snprintf (it was ~1,500 instructions a date):
 * db_i writes an int as "%0*d" does, db_out copies the result into out[0..outsz) as snprintf
 * would (truncated, NUL-terminated). */
typedef struct date_buf {
    char b[64];
    int n;
} date_buf;

static void db_c(date_buf *d, char c)
{
    if (d->n < (int)sizeof d->b - 1)
        d->b[d->n++] = c;
}

static void db_s(date_buf *d, const char *s)
{
    while (*s)
        db_c(d, *s++);
}

static void db_i(date_buf *d, int v, int width)
{
    char t[24];
    int k = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)(long long)v : (unsigned long long)v;
    do {
        t[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        db_c(d, '-');
    for (int z = k + (v < 0); z < width; z++)
        db_c(d, '0');
    while (k)
        db_c(d, t[--k]);
}

static void db_out(const date_buf *d, char *out, int outsz)
{
    if (outsz <= 0)
        return;
    int n = d->n < outsz - 1 ? d->n : outsz - 1;
    memcpy(out, d->b, (size_t)n);
    out[n] = '\0';
}

bool gx_date_format(const gx_date_match *m, gx_date_anchor a, char *out, int outsz)
{
    int y = m->year, mo = m->month, d = m->day;
    if (m->day_rel) {
        if (!a.year || !a.month || !a.day)
            return false;
        y = a.year, mo = a.month, d = a.day + m->day_off;
        if (d < 1) {
            if (--mo < 1)
                mo = 12, y--;
            d = days_in_month(y, mo);
        } else if (d > days_in_month(y, mo)) {
            d = 1;
            if (++mo > 12)
                mo = 1, y++;
        }
        date_buf b = {.n = 0};
        db_i(&b, y, 4);
        db_c(&b, '-');
        db_i(&b, mo, 2);
        db_c(&b, '-');
        db_i(&b, d, 2);
        db_out(&b, out, outsz);
        return true;
    }
    if (m->year_rel) {
        y = a.year ? a.year + m->year_off : 0;
    } else if (!y) {
        y = a.year;
        if (m->gran == GX_DATE_DAY && !mo) { /* "23日": month from the anchor */
            mo = a.day ? a.month : 0;        /* only a known day makes the month trustworthy */
            if (mo && d > a.day) {           /* a day after the anchor's: the month before */
                if (--mo < 1)
                    mo = 12, y = y ? y - 1 : 0;
            }
        } else if (a.exact && y && mo && a.month && mo > a.month + 2) {
            y--; /* "12月28日" read in January: last year's */
        }
    }
    date_buf b = {.n = 0}; /* starts with the year, as ys did */
    if (y)
        db_i(&b, y, 4);
    else
        db_s(&b, "XXXX");
    if (b.n > 7)
        b.n = 7; /* ys was a char[8] */
    const date_buf ys = b;
    switch (m->gran) {
    case GX_DATE_YEAR:
        if (!y)
            return false;
        break;
    case GX_DATE_HALF:
        db_c(&b, 'H');
        db_i(&b, m->half, 0);
        break;
    case GX_DATE_QUARTER:
        db_c(&b, 'Q');
        db_i(&b, m->quarter, 0);
        break;
    case GX_DATE_QUARTERS:
        db_s(&b, "Q1-Q");
        db_i(&b, m->quarter, 0);
        break;
    case GX_DATE_MONTH:
        if (m->month2 && mo == 1 && m->month2 == 3) {
            db_s(&b, "Q1");
        } else if (m->month2 && mo == 1 && m->month2 == 6) {
            db_s(&b, "H1");
        } else if (m->month2 && mo == 1 && m->month2 == 9) {
            db_s(&b, "Q1-Q3");
        } else if (m->month2 && mo == 1 && m->month2 == 12) {
            /* the year alone */
        } else if (m->month2) {
            db_c(&b, '-');
            db_i(&b, mo, 2);
            db_c(&b, '/');
            for (int k = 0; k < ys.n; k++)
                db_c(&b, ys.b[k]);
            db_c(&b, '-');
            db_i(&b, m->month2, 2);
        } else {
            db_c(&b, '-');
            db_i(&b, mo, 2);
        }
        break;
    case GX_DATE_DAY:
        if (mo) {
            db_c(&b, '-');
            db_i(&b, mo, 2);
        } else {
            db_s(&b, "-XX");
        }
        db_c(&b, '-');
        db_i(&b, d, 2);
        break;
    default:
        return false;
    }
    db_out(&b, out, outsz);
    return true;
}

bool gx_date_parse_iso(const char *s, gx_date_anchor *a)
{
    memset(a, 0, sizeof *a);
    if (!s)
        return false;
    int y = 0, k = 0;
    for (; k < 4; k++) {
        if (s[k] < '0' || s[k] > '9')
            return false;
        y = y * 10 + (s[k] - '0');
    }
    a->year = y;
    a->exact = true;
    if (s[4] == '-' && s[5] >= '0' && s[5] <= '9' && s[6] >= '0' && s[6] <= '9') {
        int mo = (s[5] - '0') * 10 + (s[6] - '0');
        if (mo >= 1 && mo <= 12) {
            a->month = mo;
            if (s[7] == '-' && s[8] >= '0' && s[8] <= '9' && s[9] >= '0' && s[9] <= '9') {
                int d = (s[8] - '0') * 10 + (s[9] - '0');
                if (d >= 1 && d <= 31)
                    a->day = d;
            }
        }
    }
    return true;
}
