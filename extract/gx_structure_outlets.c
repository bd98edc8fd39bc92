/* gx_structure_outlets.c — outlets credited in unusual ways (see gx_structure_outlets.h).
 * Everything here reads paragraphs gx_normalize produced (full-width brackets, colons and commas
 * are ASCII by then). */
#include "gx_structure_outlets.h"

#include <string.h>

#include "gx_utf8.h"

/* Whether s (n bytes) ends with w; the length of w in bytes, or 0. */
static size_t ends_with(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    return n > l && !memcmp(s + n - l, w, l) ? l : 0;
}

const char *gx_outlet_canonical(gx_arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    /* a desk after a middle dot (· • ・), when the paper's name before it has two characters */
    static const char *const DOTS[] = {"\xC2\xB7", "\xE2\x80\xA2", "\xE3\x83\xBB"};
    for (size_t d = 0; d < sizeof DOTS / sizeof *DOTS; d++) {
        const char *p = strstr(s, DOTS[d]);
        if (p && gx_utf8_count(s, (size_t)(p - s)) >= 2)
            n = (size_t)(p - s) < n ? (size_t)(p - s) : n;
    }
    /* ... or glued after the paper's 报 when the desk opens with a small Latin letter: "证券时报e公司" (the dot lost) */
    for (size_t k = 6; k + 4 <= n; k++)
        if (!memcmp(s + k - 3, "\xE6\x8A\xA5", 3) /* 报 */ && s[k] >= 'a' && s[k] <= 'z' && (unsigned char)s[k + 1] >= 0xE0) {
            n = k;
            break;
        }
    /* who compiled it (综合), the outlet's app (客户端, APP) or its WeChat account (公众号): the
     * outlet */
    static const char *const TAILS[] = {"综合", "客户端", "APP", "微信公众号", "公众号"};
    for (size_t k = 0; k < sizeof TAILS / sizeof *TAILS; k++) {
        size_t l = ends_with(s, n, TAILS[k]);
        if (l && gx_utf8_count(s, n - l) >= 2) {
            n -= l;
            break;
        }
    }
    return n == strlen(s) ? s : gx_arena_strndup(a, s, n);
}

/* Whether t[o..c] (brackets included) holds a stock quote: digits, dots, signs and at least
 * two commas, a percent sign last ("(98.830,1.62,1.67%)"). */
static bool stock_quote(const uint32_t *t, int32_t o, int32_t c)
{
    int commas = 0;
    for (int32_t i = o + 1; i < c; i++) {
        if (t[i] == ',')
            commas++;
        else if (!(gx_cp_is_digit(t[i]) || t[i] == '.' || t[i] == '-' || t[i] == '+' ||
                   t[i] == '%'))
            return false;
    }
    return commas >= 2 && t[c - 1] == '%';
}

/* Whether t[o..c] holds a WeChat ID: "(ID:Niujiaosuo02)", "(微信ID:x)", "(微信号:x)". */
static bool wechat_id(const uint32_t *t, int32_t o, int32_t c)
{
    static const char *const HEADS[] = {"ID:", "微信ID:", "微信号:"};
    for (size_t h = 0; h < sizeof HEADS / sizeof *HEADS; h++) {
        uint32_t w[8];
        int32_t wn = gx_utf8_to_cps(HEADS[h], strlen(HEADS[h]), w, 8);
        if (wn > 0 && o + 1 + wn < c && !memcmp(t + o + 1, w, sizeof *w * (size_t)wn))
            return true;
    }
    return false;
}

const uint32_t *gx_outlet_strip_brackets(gx_arena *a, const uint32_t *t, int32_t *n)
{
    int32_t len = *n, o = 0;
    if (len > 160)
        return t;
    uint32_t *w = NULL;
    for (int32_t i = 0; i < len; i++) {
        int32_t c = i + 1;
        if (t[i] == '(')
            while (c < len && c - i < 40 && t[c] != ')')
                c++;
        if (t[i] == '(' && c < len && t[c] == ')' && i > 0 &&
            (stock_quote(t, i, c) || wechat_id(t, i, c))) {
            if (!w) {
                w = gx_arena_alloc_raw(a, sizeof *w * (size_t)len);
                memcpy(w, t, sizeof *w * (size_t)i);
                o = i;
            }
            /* the quote is the portal's insertion inside the name as credited: "同花顺(…)金融研究中心"
             * reads 同花顺金融研究中心 (fifteenth session, byline16: the desk that publishes) */
            i = c; /* past the bracket (the loop adds one) */
            continue;
        }
        if (w)
            w[o++] = t[i];
    }
    if (!w)
        return t;
    *n = o;
    return w;
}

static bool has_word(const gx_cps *t, const char *w)
{
    int l;
    const uint32_t c0 = gx_utf8_decode((const unsigned char *)w, &l); /* the positions that can match */
    for (int32_t i = 0; i < t->n; i++)
        if (t->cp[i] == c0 && gx_structure_word_at(t->cp, t->n, i, w))
            return true;
    return false;
}

/* A page's template line: an unfilled placeholder ("@@title@@") or a forum's link
 * ("进入【新浪财经股吧】讨论"). */
static bool template_line(const gx_cps *t)
{
    if (t->n == 0)
        return true;
    if (has_word(t, "@@"))
        return true;
    return t->n <= 24 && has_word(t, "进入【") && t->cp[t->n - 2] == 0x8BA8 &&
           t->cp[t->n - 1] == 0x8BBA; /* 讨论 */
}

int gx_outlet_content_end(const gx_para_vec *ps)
{
    int end = ps->n;
    while (end > 0 && template_line(&ps->v[end - 1].t))
        end--;
    return end;
}

/* Whether t[0..n) has the shape of an outlet's name: Han, Latin and digits, 2 to 12 of them. */
static bool name_shape(const uint32_t *t, int32_t n)
{
    if (n < 2 || n > 12)
        return false;
    for (int32_t i = 0; i < n; i++)
        if (!(gx_cp_is_han(t[i]) || gx_cp_is_latin(t[i]) || gx_cp_is_digit(t[i])))
            return false;
    return true;
}

/* What the paper's own reporter does after "《X》记者" ... */
static const char *const REPORTER_DOES[] = {
    "了解到", "注意到", "获悉", "发现", "梳理",     "观察到", "查询", "走访", "致电", "采访",  "从",
    "调查",   "统计",   "实地", "联系", "第一时间", "多方",   "询问", "求证", "获得", "在采访", "看到"};
/* ... what he counted himself after "据X记者" (据券商中国记者统计, 根据21世纪经济报道记者粗略计算):
 * the paper's own work, not a report cited (据新华社记者报道) nor what he learnt (据上证报记者获悉) ... */
static const char *const OWN_WORK[] = {"统计", "不完全统计", "粗略", "梳理", "查询", "测算", "计算"};
/* ... and what a source said to the outlet itself, without a reporter (对第一财经称, 向澎湃新闻表示). */
static const char *const SAYS[] = {"称", "表示", "说", "透露", "介绍", "坦言", "证实", "回应"};
/* ... also a few words later ("《中国经营报》记者通过财报了解到"): what he found out ... */
static const char *const FOUND_OUT[] = {"了解到", "注意到", "获悉", "发现", "观察到", "查询", "梳理", "求证", "致电", "致函"};
/* ... and what the outlet itself does, without a reporter ("《投资者网》已以邮件形式致函明源云"). */
static const char *const CONTACTS[] = {"致函", "致电", "发函", "发送采访函", "发去采访函"};

static bool outlet_ending(const uint32_t *t, int32_t n);

/* Whether one of ws starts within the eight characters after t[from], before any punctuation. */
static bool asks_within(const uint32_t *t, int32_t n, int32_t from, const char *const *ws, size_t nw)
{
    for (int32_t k = from; k < n && k - from <= 8; k++) {
        if (!(gx_cp_is_han(t[k]) || gx_cp_is_latin(t[k]) || gx_cp_is_digit(t[k])))
            return false;
        if (gx_structure_word_in(t, n, k, ws, nw))
            return true;
    }
    return false;
}
/* ... and what is said to him before "《X》": 接受《X》记者采访, 告诉《X》记者, 向《X》记者表示. */
static const char *const TOLD[] = {"接受", "告诉", "向", "对"};

/* Whether t[s..e) reads as a paper's or site's name without title marks: 3 to 10 characters
 * ending in 报 社 网 刊 or 报道 (证券时报, 21世纪经济报道), 财经 or 新闻 (第一财经, 澎湃新闻), or
 * four or more ending in 中国 (券商中国); not 据… (a report cited) nor 本报. */
static bool bare_outlet(const uint32_t *t, int32_t s, int32_t e)
{
    if (e - s < 3 || e - s > 10 || !name_shape(t + s, e - s) || t[s] == 0x636E /* 据 */ ||
        t[s] == 0x672C /* 本 */)
        return false;
    uint32_t l = t[e - 1], p = t[e - 2];
    return l == 0x62A5 || l == 0x793E || l == 0x7F51 || l == 0x520A ||
           (l == 0x9053 && p == 0x62A5) || (p == 0x8D22 && l == 0x7ECF) /* 财经 */ ||
           (p == 0x65B0 && l == 0x95FB) /* 新闻 */ ||
           (e - s >= 4 && p == 0x4E2D && l == 0x56FD); /* 中国 */
}

static bool boundary(uint32_t c)
{
    return c == ',' || c == 0x3002 || c == ' ' || c == 0x3000 || c == '|' || c == 0x3001 ||
           c == ':' || c == ';';
}

/* Where the outlet's name before 记者 at t[i] starts when it is written without title marks
 * ("接受时代周报记者采访", "近日,证券时报记者采访了", "对21世纪经济报道记者说"): after a word of
 * TOLD, else after a boundary or at the paragraph's start; *told says which. -1 when none. */
static int32_t bare_start(const uint32_t *t, int32_t n, int32_t i, bool *told)
{
    for (int32_t s = i - 10 > 0 ? i - 10 : 0; s <= i - 3; s++)
        for (int32_t b = 1; b <= 2; b++)
            if (s - b >= 0 &&
                gx_structure_word_in(t, n, s - b, TOLD, sizeof TOLD / sizeof *TOLD) == b &&
                bare_outlet(t, s, i)) {
                *told = true;
                return s;
            }
    *told = false;
    for (int32_t s = i - 10 > 0 ? i - 10 : 0; s <= i - 3; s++)
        if ((s == 0 || boundary(t[s - 1])) && bare_outlet(t, s, i))
            return s;
    return -1;
}

/* Where the outlet's name before 记者 at t[i] starts after 据 (or 根据) when the reporter's own
 * work follows (据券商中国记者统计), else -1. */
static int32_t cited_own_start(const uint32_t *t, int32_t n, int32_t i)
{
    if (!gx_structure_word_in(t, n, i + 2, OWN_WORK, sizeof OWN_WORK / sizeof *OWN_WORK))
        return -1;
    for (int32_t s = i - 10 > 1 ? i - 10 : 1; s <= i - 3; s++)
        if (t[s - 1] == 0x636E /* 据 */ && bare_outlet(t, s, i))
            return s;
    return -1;
}

/* The end of an outlet's name told something without a reporter at t[s..) (对第一财经称): the name
 * then a word of SAYS, or -1. */
static int32_t told_outlet_end(const uint32_t *t, int32_t n, int32_t s)
{
    for (int32_t e = s + 3; e <= s + 10 && e < n; e++)
        if (bare_outlet(t, s, e) && gx_structure_word_in(t, n, e, SAYS, sizeof SAYS / sizeof *SAYS))
            return e;
    return -1;
}

const char *gx_outlet_interviewer(gx_arena *a, const gx_para_vec *ps)
{
    const uint32_t *found = NULL;
    int32_t found_n = 0;
    for (int p = 0; p < ps->n; p++) {
        if (ps->v[p].kind != GX_PARA_TEXT)
            continue;
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        /* the low six bits of 对, 向, 记 and 《: one test passes over almost every character */
        const uint64_t opens = 1ull << (0x5BF9 & 63) | 1ull << (0x5411 & 63) |
                               1ull << (0x8BB0 & 63) | 1ull << (0x300A & 63);
        for (int32_t i = 0; i + 5 < n; i++) {
            if (!(opens >> (t[i] & 63) & 1))
                continue;
            if (t[i] == 0x5BF9 || t[i] == 0x5411) { /* 对, 向: 对第一财经称 */
                int32_t e = told_outlet_end(t, n, i + 1);
                if (e < 0)
                    continue;
                if (found && (found_n != e - i - 1 || memcmp(found, t + i + 1, sizeof *t * (size_t)found_n)))
                    return NULL;
                found = t + i + 1;
                found_n = e - i - 1;
                continue;
            }
            if (t[i] == 0x8BB0 && t[i + 1] == 0x8005 && i >= 3 &&
                t[i - 1] != 0x300B) { /* 记者, no 》 */
                bool told;
                int32_t s0 = bare_start(t, n, i, &told);
                if (s0 < 0 || !(told || gx_structure_word_in(t, n, i + 2, REPORTER_DOES,
                                                sizeof REPORTER_DOES / sizeof *REPORTER_DOES)))
                    s0 = cited_own_start(t, n, i);
                if (s0 < 0)
                    continue;
                if (found &&
                    (found_n != i - s0 || memcmp(found, t + s0, sizeof *t * (size_t)found_n)))
                    return NULL;
                found = t + s0;
                found_n = i - s0;
                continue;
            }
            if (t[i] != 0x300A) /* 《 */
                continue;
            int32_t c = i + 1;
            while (c < n && c - i <= 13 && t[c] != 0x300B) /* 》 */
                c++;
            if (c + 2 >= n || t[c] != 0x300B || !name_shape(t + i + 1, c - i - 1) ||
                (i > 0 && t[i - 1] == 0x636E)) /* 据 */
                continue;
            if (t[c + 1] != 0x8BB0 || t[c + 2] != 0x8005) { /* no 记者: the outlet wrote to the company */
                if (!outlet_ending(t + i + 1, c - i - 1) || !asks_within(t, n, c + 1, CONTACTS, sizeof CONTACTS / sizeof *CONTACTS))
                    continue;
            } else {
                bool told = false;
                for (int32_t b = 1; b <= 2 && !told; b++)
                    told = gx_structure_word_in(t, n, i - b, TOLD, sizeof TOLD / sizeof *TOLD) == b;
                if (!told &&
                    !gx_structure_word_in(t, n, c + 3, REPORTER_DOES,
                                          sizeof REPORTER_DOES / sizeof *REPORTER_DOES) &&
                    !asks_within(t, n, c + 3, FOUND_OUT, sizeof FOUND_OUT / sizeof *FOUND_OUT))
                    continue;
            }
            if (found &&
                (found_n != c - i - 1 || memcmp(found, t + i + 1, sizeof *t * (size_t)found_n)))
                return NULL; /* two outlets' reporters: neither is the article's */
            found = t + i + 1;
            found_n = c - i - 1;
        }
    }
    return found ? gx_utf8_of_cps(a, found, found_n) : NULL;
}

/* Whether t[0..n) ends like an outlet's name: 社 报 网 刊, 财经, 新闻, 报道 (21世纪经济报道). */
static bool outlet_ending(const uint32_t *t, int32_t n)
{
    return gx_outlet_ending(t, n);
}

bool gx_outlet_ending(const uint32_t *t, int32_t n)
{
    if (n < 3)
        return false;
    uint32_t l = t[n - 1], p = t[n - 2];
    return l == 0x793E || l == 0x62A5 || l == 0x7F51 || l == 0x520A ||
           (p == 0x8D22 && l == 0x7ECF) || (p == 0x65B0 && l == 0x95FB) || (n >= 5 && p == 0x62A5 && l == 0x9053);
}

/* Whether c may end the sentence before a closing credit. */
static bool sentence_end(uint32_t c)
{
    return c == 0x3002 || c == '!' || c == '?' || c == ';' || c == 0x201D || c == '"' ||
           c == 0x2026;
}

/* A short closing line that is no sentence: "(责任编辑:DF064)", "编辑:潇湘". */
static bool editor_line(const gx_cps *t)
{
    if (t->n > 24)
        return false;
    for (int32_t i = 0; i < t->n; i++)
        if (t->cp[i] == 0x3002)
            return false;
    return has_word(t, "编辑") || has_word(t, "责编");
}

/* The editor credited right after a closing bracket at the end of its paragraph, the full stop
 * lost between them ("…遍布各地(证券时报网)编辑:loganzhu", people29): where the bracket ends (the
 * index after its ')'), 0 when the paragraph does not end so. */
static int32_t glued_editor(const uint32_t *t, int32_t n)
{
    static const char *const EDITORS[] = {"编辑:", "责任编辑:", "责编:"};
    for (int32_t k = n - 2; k >= 8 && n - k <= 24; k--) {
        if (t[k] == 0x3002 || t[k] == '(')
            return 0;
        if (t[k] == ')')
            return gx_structure_word_in(t, n, k + 1, EDITORS, sizeof EDITORS / sizeof *EDITORS)
                       ? k + 1
                       : 0;
    }
    return 0;
}

/* The bracket closing the last paragraph of text after its last sentence (or the paragraph
 * before an editor's line), looking at paragraphs before index `before` (-1: from the end):
 * its paragraph's index, *para, and the bracket's '(' at *o and ')' at *e - 1; -1 when there is
 * none. */
static int closing_bracket(const gx_para_vec *ps, int before, const gx_cps **para, int32_t *o, int32_t *e)
{
    int end = gx_outlet_content_end(ps);
    for (int i = before >= 0 && before < end ? before - 1 : end - 1; i >= 0 && i >= end - 2; i--) {
        const gx_cps *t = &ps->v[i].t;
        if (i < end - 1 && !editor_line(&ps->v[end - 1].t))
            break; /* the last paragraph but one, only before an editor's line */
        int32_t c = t->n;
        while (c > 0 && t->cp[c - 1] == ' ')
            c--;
        int32_t glued = glued_editor(t->cp, c);
        if (glued > 0)
            c = glued;
        if (ps->v[i].kind != GX_PARA_TEXT || c < 8 || t->cp[c - 1] != ')')
            continue;
        int32_t k = c - 2;
        while (k > 0 && t->cp[k] != '(' && c - k <= 24)
            k--;
        int32_t b = k;
        while (b > 0 && t->cp[b - 1] == ' ')
            b--;
        if (t->cp[k] != '(' || b == 0 || (!sentence_end(t->cp[b - 1]) && glued <= 0))
            continue;
        *para = t;
        *o = k;
        *e = c;
        return i;
    }
    return -1;
}

const char *gx_closing_bracket_name(gx_arena *a, const gx_para_vec *ps)
{
    const gx_cps *t;
    int32_t o, e;
    if (closing_bracket(ps, -1, &t, &o, &e) < 0 || e - o - 2 < 2 || e - o - 2 > 3)
        return NULL;
    for (int32_t k = o + 1; k < e - 1; k++)
        if (!gx_cp_is_han(t->cp[k]))
            return NULL;
    return outlet_ending(t->cp + o + 1, e - o - 2) ? NULL : gx_utf8_of_cps(a, t->cp + o + 1, e - o - 2);
}

const char *gx_outlet_closing_bracket(gx_arena *a, const gx_para_vec *ps)
{
    const gx_cps *t;
    int32_t o, e;
    for (int i = -1; (i = closing_bracket(ps, i, &t, &o, &e)) >= 0;) {
        /* the name, perhaps followed by its site's domain: "家电网 HEA.CN" (a lost dot may show as
         * ?) */
        int32_t h = o + 1;
        while (h < e - 1 && h < o + 4 && t->cp[h] >= '0' && t->cp[h] <= '9')
            h++; /* a paper named by its century: "(21世纪经济报道)" */
        if (h > o + 1 && (h == e - 1 || !gx_cp_is_han(t->cp[h]) || t->cp[h] == 0x5E74 /* 年: "(2018年报)" */))
            continue;
        while (h < e - 1 && gx_cp_is_han(t->cp[h]))
            h++;
        int32_t r = h;
        if (r < e - 1 && (t->cp[r] == ' ' || t->cp[r] == '?' || t->cp[r] == 0xB7)) {
            while (r < e - 1 && (t->cp[r] == ' ' || t->cp[r] == '?' || t->cp[r] == 0xB7))
                r++;
            int32_t d = r;
            while (r < e - 1 && (gx_cp_is_latin(t->cp[r]) || t->cp[r] == '.'))
                r++;
            if (r == d)
                continue;
        }
        /* the desk that filed it: "(证券时报网快讯中心)" is the site's */
        static const char *const DESKS[] = {"快讯中心", "新闻中心", "编辑部"};
        int32_t desk = 0;
        for (size_t k = 0; k < sizeof DESKS / sizeof *DESKS && !desk && r == e - 1; k++) {
            uint32_t w[8];
            int32_t wn = gx_utf8_to_cps(DESKS[k], strlen(DESKS[k]), w, 8);
            if (h - o - 1 > wn && !memcmp(t->cp + h - wn, w, sizeof *w * (size_t)wn))
                desk = wn;
        }
        h -= desk;
        if (r != e - 1 || !outlet_ending(t->cp + o + 1, h - o - 1) || h - o - 1 > 12)
            continue;
        return gx_utf8_of_cps(a, t->cp + o + 1, h - o - 1);
    }
    return NULL;
}

/* A site's own account promoted over its QR code, in one of the last paragraphs: "…,TechWeb官方微博
 * 期待您的关注。" / "↑扫描二维码": the site's name right before 官方微博 or 官方微信, a Latin word of four
 * letters or more, or Han characters ending like an outlet's after a comma or 关注. */
static const char *official_account(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = ps->n - 2; p >= 0 && p >= ps->n - 12; p--) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        if (ps->v[p].kind != GX_PARA_TEXT || n > 120 || !has_word(&ps->v[p + 1].t, "二维码"))
            continue;
        for (int32_t i = 4; i + 4 <= n; i++) {
            if (t[i] != 0x5B98 /* 官 */ || !(gx_structure_word_at(t, n, i, "官方微博") || gx_structure_word_at(t, n, i, "官方微信")))
                continue;
            int32_t s = i;
            while (s > 0 && i - s < 16 && gx_cp_is_latin(t[s - 1]))
                s--;
            if (i - s >= 4 && (s == 0 || !gx_cp_is_latin(t[s - 1])))
                return gx_utf8_of_cps(a, t + s, i - s);
            s = i;
            while (s > 0 && i - s < 10 && gx_cp_is_han(t[s - 1]) && !gx_structure_word_at(t, n, s - 2, "关注"))
                s--;
            bool open = s == 0 || t[s - 1] == ',' || t[s - 1] == 0x3002 || gx_structure_word_at(t, n, s - 2, "关注");
            if (open && i - s >= 3 && outlet_ending(t + s, i - s))
                return gx_utf8_of_cps(a, t + s, i - s);
        }
    }
    return NULL;
}

/* The first place at or after from where t writes 关注, or n (the 关 found eight code points at a
 * time). */
static int32_t next_follow(const uint32_t *t, int32_t from, int32_t n)
{
    for (int32_t i = from; (i = gx_cps_find_either(t, i, n, 0x5173, 0x5173)) + 1 < n; i++)
        if (t[i + 1] == 0x6CE8) /* 注 */
            return i;
    return n;
}

/* The account a page asks its readers to follow: "扫码关注X公众号", "长按关注X微信公众号",
 * "点击X关注公众号" (people28): X is the outlet publishing the page, a name (name_shape) of 2 to 10
 * characters between the call and 公众号, not the page's pointer to its own header
 * ("点击上方蓝色文字关注公众号"). The first such call in the text. Returns the name (in a) or NULL.
 */
static const char *follow_promo(gx_arena *a, const gx_para_vec *ps)
{
    static const char *const CALLS[] = {"扫码关注", "扫描二维码关注", "长按关注", "长按二维码关注"};
    static const char *const ENDS[] = {"微信公众号", "公众号"};
    for (int p = 0; p < ps->n; p++) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        if (ps->v[p].kind != GX_PARA_TEXT)
            continue;
        /* every call below writes 关注 2 to 12 characters after where it starts: the walk visits
         * only the places with a 关注 that near ahead, in order (quad29: it tested every character
         * of a paragraph holding one 关注) */
        int32_t q = next_follow(t, 0, n);
        for (int32_t i = q < n && q > 12 ? q - 12 : 0; q < n && i + 6 < n; i++) {
            if (q < i + 2) {
                q = next_follow(t, i + 2, n);
                if (q >= n)
                    break;
            }
            if (q > i + 12)
                i = q - 12;
            int32_t s = 0, e = -1;
            if (t[i] == 0x70B9 /* 点 */ && gx_structure_word_at(t, n, i, "点击")) {
                s = i + 2; /* "点击X关注公众号" */
                for (int32_t k = s + 2; k < n && k - s <= 10 && e < 0; k++)
                    if (gx_structure_word_at(t, n, k, "关注公众号") ||
                        gx_structure_word_at(t, n, k, "关注微信公众号"))
                        e = k;
            } else {
                int32_t c = gx_structure_word_in(t, n, i, CALLS, sizeof CALLS / sizeof *CALLS);
                if (!c)
                    continue;
                s = i + c; /* "扫码关注X公众号" */
                for (int32_t k = s + 2; k < n && k - s <= 10 && e < 0; k++)
                    if (gx_structure_word_in(t, n, k, ENDS, sizeof ENDS / sizeof *ENDS))
                        e = k;
            }
            if (e < 0 || !name_shape(t + s, e - s) || gx_cp_in(t[s], U"上下左右本我此该"))
                continue;
            return gx_utf8_of_cps(a, t + s, e - s);
        }
    }
    return NULL;
}

const char *gx_outlet_app_promo(gx_arena *a, const gx_para_vec *ps)
{
    static const uint32_t ALL_IN[] = {0x5C3D, 0x5728}; /* 尽在 */
    for (int p = 0; p < ps->n; p++) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        if (ps->v[p].kind != GX_PARA_TEXT || n > 40)
            continue;
        for (int32_t i = 0; i + 5 < n; i++) {
            if (t[i] != ALL_IN[0] || t[i + 1] != ALL_IN[1])
                continue;
            int32_t s = i + 2, e = s;
            while (e < n && gx_cp_is_han(t[e]))
                e++;
            bool app = e + 3 <= n && (t[e] == 'A' || t[e] == 'a') &&
                       (t[e + 1] == 'P' || t[e + 1] == 'p') && (t[e + 2] == 'P' || t[e + 2] == 'p');
            bool client = e + 3 <= n && t[e] == 0x5BA2 && t[e + 1] == 0x6237 &&
                          t[e + 2] == 0x7AEF; /* 客户端 */
            if ((app || client) && e - s >= 2 && e - s <= 10)
                return gx_utf8_of_cps(a, t + s, e - s);
        }
        /* the portal's own account over its QR code: "新浪财经公众号" / "…扫描二维码关注(sinafinance)" */
        if (n >= 5 && n <= 13 && p + 1 < ps->n && gx_structure_word_at(t, n, n - 3, "公众号") &&
            outlet_ending(t, n - 3) && name_shape(t, n - 3) && has_word(&ps->v[p + 1].t, "二维码"))
            return gx_utf8_of_cps(a, t, n - 3);
    }
    const char *acc = official_account(a, ps);
    return acc ? acc : follow_promo(a, ps);
}

const char *gx_outlet_forum(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = ps->n - 1; p >= 0 && p >= ps->n - 4; p--) {
        const gx_cps *t = &ps->v[p].t;
        if (t->n > 24 || !template_line(t) || t->n < 8 || !gx_structure_word_at(t->cp, t->n, 0, "进入【"))
            continue;
        int32_t e = t->n - 3; /* 】 before 讨论 */
        if (t->cp[e] != 0x3011 || e - 3 < 5 || t->cp[e - 1] != 0x5427 || t->cp[e - 2] != 0x80A1) /* 股吧 */
            continue;
        if (outlet_ending(t->cp + 3, e - 2 - 3) && name_shape(t->cp + 3, e - 2 - 3))
            return gx_utf8_of_cps(a, t->cp + 3, e - 2 - 3);
    }
    return NULL;
}

bool gx_outlet_banner(const gx_cps *t)
{
    static const char *const CALLS[] = {"【点击", "【立刻", "【立即", "【下载"};
    /* (all open with 【: one walk to each 【 of the paragraph, the calls read there; the 【 found
     * eight code points at a time, speed28) */
    for (int32_t i = 0; (i = gx_cps_find_either(t->cp, i, t->n, 0x3010, 0x3010)) < t->n; i++) {
        for (size_t k = 0; k < sizeof CALLS / sizeof *CALLS; k++)
            if (gx_structure_word_at(t->cp, t->n, i, CALLS[k]))
                return true;
    }
    return false;
}

const char *gx_outlet_under_byline(gx_arena *a, const gx_para_vec *ps)
{
    for (int i = 0; i + 2 < ps->n && i < 12; i++) {
        if (ps->v[i].kind != GX_PARA_BYLINE)
            continue;
        const gx_cps *t = &ps->v[i + 1].t;
        int32_t e = t->n;
        while (e > 0 && (t->cp[e - 1] == ' ' || t->cp[e - 1] == 0x3000))
            e--;
        if (ps->v[i + 1].kind != GX_PARA_TEXT || e < 3 || e > 8 || !name_shape(t->cp, e) ||
            (t->cp[e - 2] == 0x62A5 && t->cp[e - 1] == 0x9053)) /* 北京报道: where it was filed */
            return NULL;
        return gx_utf8_of_cps(a, t->cp, e);
    }
    return NULL;
}

const char *gx_outlet_glued_byline(gx_arena *a, const uint32_t *t, int32_t n)
{
    int32_t e = 0;
    while (e < n && e <= 12 && (gx_cp_is_han(t[e]) || gx_cp_is_latin(t[e]) || gx_cp_is_digit(t[e])))
        e++;
    if (e + 4 >= n || !name_shape(t, e) || !outlet_ending(t, e) || t[e] != ' ' ||
        t[e + 1] != 0x8BB0 || t[e + 2] != 0x8005 || t[e + 3] != ' ') /* " 记者 " */
        return NULL;
    return gx_utf8_of_cps(a, t, e);
}

/* What a site says it did itself at the start of its own lead ("东方财富网汇总了各大市场机构和名家
 * 投资观点", "挖贝网了解到"): compiling, learning, noticing. */
static const char *const SELF_DOES[] = {"汇总", "整理", "梳理", "了解到", "注意到", "获悉", "独家获悉"};

/* A day opening the lead ("11月7日,", "2020年4月21日,"): where the words after its comma start, 0 when none. */
static int32_t lead_day(const uint32_t *t, int32_t n)
{
    int32_t k = 0;
    while (k < n && k < 12 && (gx_cp_is_digit(t[k]) || t[k] == 0x5E74 || t[k] == 0x6708)) /* digits 年 月 */
        k++;
    return k >= 3 && k + 1 < n && t[k] == 0x65E5 /* 日 */ && gx_cp_is_digit(t[k - 1]) && t[k + 1] == ',' ? k + 2 : 0;
}

/* What the site learnt from a source it names (sect23): "从陕西省发改委获悉" right after its name, or "中国太保内部人士
 * 处获悉" (the 从 dropped), the words before the verb all letters (one clause). */
static const char *const LEARNT[] = {"获悉", "了解到"};

static bool learnt_from(const uint32_t *t, int32_t n, int32_t e)
{
    bool from = e < n && t[e] == 0x4ECE; /* 从 */
    for (int32_t k = e + from; k < n && k - e <= 24; k++) {
        if (!(gx_cp_is_han(t[k]) || gx_cp_is_latin(t[k]) || gx_cp_is_digit(t[k])))
            return false;
        if (k - e >= 2 && gx_structure_word_in(t, n, k, LEARNT, sizeof LEARNT / sizeof *LEARNT))
            return from || t[k - 1] == 0x5904; /* 处 */
    }
    return false;
}

const char *gx_outlet_self_lead(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = 0; p < ps->n && p < 8; p++) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, s = 0;
        if (ps->v[p].kind != GX_PARA_TEXT || n < 12)
            continue;
        if (t[0] == 0x3010) { /* 【 the headline of a portal's summary 】 then its lead */
            while (s < n && s < 80 && t[s] != 0x3011)
                s++;
            s++;
        }
        if (s < n)
            s += lead_day(t + s, n - s); /* (the day it learnt: "11月7日,澎湃新闻…处获悉") */
        /* 据: a report cited, unless the site learnt it from its own source ("据西安晚报从陕西省发改委获悉") */
        bool cited = s < n && t[s] == 0x636E;
        s += cited;
        if (s + 12 > n)
            continue;
        for (int32_t k = 3; k <= 10 && s + k < n; k++) {
            if (!name_shape(t + s, k) || !outlet_ending(t + s, k))
                continue;
            if ((!cited && gx_structure_word_in(t, n, s + k, SELF_DOES,
                                                sizeof SELF_DOES / sizeof *SELF_DOES)) ||
                learnt_from(t, n, s + k))
                return gx_utf8_of_cps(a, t + s, k);
            /* its desk after a middle dot, which counted: "证券时报•数据宝统计显示," (the paper
             * without its desk, as bylines give it) */
            uint32_t dot = t[s + k];
            if (!cited && (dot == 0xB7 || dot == 0x2022 || dot == 0x30FB))
                for (int32_t d = s + k + 3;
                     d <= s + k + 7 && d + 2 < n && name_shape(t + s + k + 1, d - s - k - 1); d++)
                    if (gx_structure_word_in(t, n, d, SELF_DOES,
                                             sizeof SELF_DOES / sizeof *SELF_DOES) ||
                        gx_structure_word_at(t, n, d, "统计"))
                        return gx_utf8_of_cps(a, t + s, k);
        }
    }
    return NULL;
}

const char *gx_outlet_title_prefix(gx_arena *a, const gx_cps *title, const gx_para_vec *ps, const char *portal)
{
    int32_t k = 0;
    while (k < title->n && k < 9 && (gx_cp_is_han(title->cp[k]) || gx_cp_is_latin(title->cp[k])))
        k++;
    if (k < 3 || k > 8 || k + 4 > title->n || title->cp[k] != ':' || !name_shape(title->cp, k))
        return NULL;
    const uint32_t *t = title->cp;
    if (outlet_ending(t, k))
        return portal ? NULL : gx_utf8_of_cps(a, t, k);
    if (k < 4 || !gx_cp_is_han(t[0]) || !gx_cp_is_han(t[1]))
        return NULL;
    /* a channel of the portal carrying the page: its first two characters are the portal's */
    if (portal) {
        uint32_t pc[16];
        if (gx_utf8_to_cps(portal, strlen(portal), pc, 16) >= 2 && pc[0] == t[0] && pc[1] == t[1])
            return gx_utf8_of_cps(a, t, k);
        return NULL;
    }
    /* ... or of the portal whose statement closes it ("新浪声明:新浪网登载此文…") */
    for (int p = ps->n - 1; p >= 0 && p >= ps->n - 8; p--) {
        const gx_cps *c = &ps->v[p].t;
        if (c->n > 6 && c->cp[0] == t[0] && c->cp[1] == t[1] && gx_structure_word_at(c->cp, c->n, 2, "声明"))
            return gx_utf8_of_cps(a, t, k);
    }
    return NULL;
}

const char *gx_outlet_interview_speaker(gx_arena *a, const gx_para_vec *ps)
{
    const uint32_t *name = NULL;
    int32_t name_n = 0;
    int count = 0;
    for (int p = 0; p < ps->n; p++) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, k = 0;
        if (ps->v[p].kind != GX_PARA_TEXT || n < 8 || !(gx_cp_is_han(t[0]) || gx_cp_is_latin(t[0])))
            continue;
        while (k < n && k < 11 && t[k] != ':')
            k++;
        if (k < 3 || k > 10 || k + 4 > n || t[k] != ':' || !name_shape(t, k) || !outlet_ending(t, k))
            continue;
        if (!name) {
            name = t;
            name_n = k;
        }
        if (k == name_n && !memcmp(t, name, sizeof *t * (size_t)k) && ++count == 2)
            return gx_utf8_of_cps(a, name, name_n);
    }
    return NULL;
}

static bool name_char(uint32_t c)
{
    return gx_cp_is_han(c) || gx_cp_is_latin(c) || gx_cp_is_digit(c);
}

const char *gx_outlet_page_title(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = 0; p < ps->n && p < 3; p++) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, u = 0;
        if (ps->v[p].kind != GX_PARA_TEXT)
            continue;
        while (u < n && u <= 80 && t[u] != '_')
            u++;
        if (u < 6 || u > 80 || u + 4 > n || !gx_cp_is_han(t[u - 1]))
            continue;
        /* (a page's title quoted in the text, 《…国人不能忘_中华网》, names the page cited, not this one) */
        int open = 0;
        for (int32_t k = 0; k < u; k++)
            open += t[k] == 0x300A ? 1 : t[k] == 0x300B ? -1 : 0;
        if (open > 0)
            continue;
        /* the page's other parts (its channels), each a short name: "_商讯_产经频道首页" */
        int32_t last = u + 1;
        for (int32_t k = last; k < n && k - last <= 12; k++)
            if (t[k] == '_' || (t[k] == '-' && k > last)) /* (经纪商动态_经纪商新闻-FX168财经网) */
                last = k + 1;
            else if (!name_char(t[k]))
                break;
        /* the site: the longest name ending like an outlet's that ends the page's title, else the shortest */
        int32_t best = 0;
        for (int32_t k = 3; k <= 10 && last + k <= n && name_shape(t + last, k); k++)
            if (outlet_ending(t + last, k) && (!best || last + k == n || !name_char(t[last + k])))
                best = k;
        /* (a glued name goes on through another ending, FX168财经网; one whose ending goes on into a word is none:
         * 天涯社区, 南都报系, 中华报业, 网友, 网站, 网贷) */
        while (best && best < 10 && last + best < n && gx_cp_in(t[last + best], U"网报社刊"))
            best++;
        if (best && last + best < n && gx_cp_in(t[last + best], U"区系料友站络贷业"))
            best = 0;
        if (best)
            return gx_utf8_of_cps(a, t + last, best);
    }
    return NULL;
}

/* Whether t[i] starts a breadcrumb's step: '>', the full-width '＞', '»' ('》' is no step: a
 * title mark). */
static bool crumb_at(const uint32_t *t, int32_t n, int32_t i)
{
    while (i < n && t[i] == ' ')
        i++;
    return i < n && (t[i] == '>' || t[i] == 0xFF1E || t[i] == 0xBB);
}

const char *gx_outlet_breadcrumb(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = 0, texts = 0; p < ps->n && texts < 3; p++) {
        if (ps->v[p].kind != GX_PARA_TEXT)
            continue;
        texts++;
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        for (int32_t i = 3; i + 2 < n && i < 200; i++) {
            if (t[i] != 0x9996 /* 首 */ || t[i + 1] != 0x9875 /* 页 */ || !crumb_at(t, n, i + 2))
                continue;
            int32_t s = i;
            while (s > 0 && i - s <= 10 && name_char(t[s - 1]))
                s--;
            if (i - s < 3 || i - s > 10 || (s > 0 && name_char(t[s - 1])) ||
                !outlet_ending(t + s, i - s))
                continue;
            /* a second step: the path goes on (首页>信息服务>正文) */
            int32_t k = i + 3;
            while (k < n && k - i <= 24 && !crumb_at(t, n, k))
                k++;
            if (k < n && k - i <= 24)
                return gx_utf8_of_cps(a, t + s, i - s);
        }
    }
    return NULL;
}
