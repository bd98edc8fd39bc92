/* gx_html_meta.c — a page's metadata (see gx_html_meta.h): one walk over the tree collects
 * candidates from JSON-LD, meta tags, microdata and visible elements; then the strongest
 * candidate of each field wins. */
#include "gx_html_meta.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_html_dom.h"

/* ---------------------------------------------------------------- dates */

static int digits(const char *s, size_t n, size_t i, int maxd, int *val)
{
    int k = 0, v = 0;
    while (i + (size_t)k < n && k < maxd && s[i + k] >= '0' && s[i + k] <= '9') {
        v = v * 10 + (s[i + k] - '0');
        k++;
    }
    *val = v;
    return k;
}

static char *make_date(int y, int mo, int d)
{
    if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return NULL;
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    return gl_strdup(buf);
}

static const char *const MONTHS[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const MONTHS_FULL[12] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static bool is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* An English month name at s[i]: returns its length (with a trailing '.') and sets *mo. */
static size_t month_at(const char *s, size_t n, size_t i, int *mo)
{
    if (i > 0 && is_alpha((unsigned char)s[i - 1]))
        return 0;
    for (int m = 0; m < 12; m++) {
        const char *names[2] = {MONTHS_FULL[m], MONTHS[m]};
        for (int k = 0; k < 2; k++) {
            size_t l = strlen(names[k]);
            if (i + l > n)
                continue;
            size_t j = 0;
            while (j < l && lower((unsigned char)s[i + j]) == names[k][j])
                j++;
            if (j < l)
                continue;
            if (k == 1 && m == 8 && i + l < n && lower((unsigned char)s[i + l]) == 't')
                l++; /* "Sept" */
            if (i + l < n && is_alpha((unsigned char)s[i + l]))
                continue;
            if (i + l < n && s[i + l] == '.')
                l++;
            *mo = m + 1;
            return l;
        }
    }
    return 0;
}

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == ','))
        i++;
    return i;
}

char *gx_html_date_iso(const char *s, size_t n)
{
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9' && (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9'))) {
            int y, mo, d;
            int k = digits(s, n, i, 5, &y);
            if (k == 4) {
                size_t j = i + 4;
                size_t sl = 0;
                if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.'))
                    sl = 1;
                else if (j + 3 <= n && memcmp(s + j, "年", 3) == 0)
                    sl = 3;
                if (sl) {
                    j += sl;
                    while (j < n && s[j] == ' ')
                        j++;
                    int km = digits(s, n, j, 2, &mo);
                    if (km > 0) {
                        j += (size_t)km;
                        size_t sl2 = 0;
                        if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.'))
                            sl2 = 1;
                        else if (j + 3 <= n && memcmp(s + j, "月", 3) == 0)
                            sl2 = 3;
                        if (sl2) {
                            j += sl2;
                            while (j < n && s[j] == ' ')
                                j++;
                            int kd = digits(s, n, j, 2, &d);
                            if (kd > 0 &&
                                !(j + (size_t)kd < n && s[j + kd] >= '0' && s[j + kd] <= '9')) {
                                char *r = make_date(y, mo, d);
                                if (r)
                                    return r;
                            }
                        }
                    }
                }
            }
            /* "19 November 2019" */
            if (k >= 1 && k <= 2) {
                size_t j = skip_sp(s, n, i + (size_t)k);
                int m2;
                size_t ml = (j < n) ? month_at(s, n, j, &m2) : 0;
                if (ml && j > i + (size_t)k) {
                    size_t jy = skip_sp(s, n, j + ml);
                    int yy;
                    if (digits(s, n, jy, 5, &yy) == 4) {
                        char *r = make_date(yy, m2, y);
                        if (r)
                            return r;
                    }
                }
            }
        } else if (is_alpha(c)) {
            int mo;
            size_t ml = month_at(s, n, i, &mo);
            if (!ml)
                continue;
            size_t j = skip_sp(s, n, i + ml);
            int d, y;
            int kd = digits(s, n, j, 3, &d);
            if (kd < 1 || kd > 2 || j == i + ml)
                continue;
            j += (size_t)kd;
            /* ordinal suffix */
            if (j + 2 <= n && is_alpha((unsigned char)s[j]) && is_alpha((unsigned char)s[j + 1]))
                j += 2;
            j = skip_sp(s, n, j);
            if (digits(s, n, j, 5, &y) == 4) {
                char *r = make_date(y, mo, d);
                if (r)
                    return r;
            }
        }
    }
    return NULL;
}

/* ---------------------------------------------------------------- authors */

static bool has_prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static bool has_prefix_ci(const char *s, const char *p)
{
    size_t l = strlen(p);
    for (size_t i = 0; i < l; i++)
        if (!s[i] || lower((unsigned char)s[i]) != p[i])
            return false;
    return true;
}

static bool junk_author(const char *s)
{
    static const char *const junk[] = {
        "http",     "www.",    "@",         "email",     "e-mail",    "share",      "follow",
        "facebook", "twitter", "subscribe", "comment",   "read more", "view all",   "posts by",
        "contact",  "click",   "updated",   "published", "sign up",   "newsletter", "more from",
        "author",   "profile", "{",         "}",         "分享",      "更多",       "点击",
        "扫",       "关注",    "责任编辑",  "编辑",      "来源",      "原标题",     "查看",
        "评论",     "打印",    "收藏",      "字号",      NULL};
    /* job titles and credentials are not names: "AP National Political Writer", "MS" */
    static const char *const roles[] = {
        "writer", "editor",    "correspondent", "reporter",   "contributor", "columnist",
        "staff",  "editorial", "ministr",       "department", NULL};
    size_t n = strlen(s);
    if (n < 2 || n > 80)
        return true;
    for (int i = 0; junk[i]; i++)
        if (gx_hd_contains_ci(s, junk[i]))
            return true;
    for (int i = 0; roles[i]; i++)
        if (gx_hd_contains_ci(s, roles[i]))
            return true;
    if (n <= 4) {
        bool upper = true;
        for (const char *p = s; *p; p++)
            if (!(*p >= 'A' && *p <= 'Z') && *p != '.')
                upper = false;
        if (upper)
            return true;
    }
    bool letter = false;
    int words = 1;
    for (const char *p = s; *p; p++) {
        if (is_alpha((unsigned char)*p) || ((unsigned char)*p >= 0x80))
            letter = true;
        if (*p == ' ')
            words++;
        if (*p >= '0' && *p <= '9')
            return true;
    }
    return !letter || words > 6;
}

/* Whether a Latin author string is not a person's name: it opens with "The" ("The Russian and
 * Syrian defense ministries"), or one of its words is a news agency's or a desk's ("Reuters",
 * "Associated Press", "AFP", "Xinhua", "News", "Team"), or a word in lower case that is no name
 * particle (de, van, bin ...). Strings with no Latin letter are left to the other checks. */
static bool not_a_latin_name(const char *s)
{
    static const char *const AGENCY[] = {"reuters", "press", "bloomberg", "xinhua", "afp", "ap", "news",
                                         "agency", "team", "desk", "bureau", "wire", NULL};
    static const char *const PARTICLES[] = {"de", "da", "di", "du", "dos", "van", "von", "der", "den", "bin",
                                            "al", "la", "le", "y", NULL};
    if (!is_alpha((unsigned char)s[0]))
        return false;
    if (has_prefix(s, "The "))
        return true;
    for (const char *w = s; *w;) {
        while (*w == ' ')
            w++;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        size_t l = (size_t)(e - w);
        char word[32];
        if (l > 0 && l < sizeof word) {
            for (size_t k = 0; k < l; k++)
                word[k] = (char)lower((unsigned char)w[k]);
            word[l] = 0;
            for (int i = 0; AGENCY[i]; i++)
                if (!strcmp(word, AGENCY[i]))
                    return true;
            bool particle = false;
            for (int i = 0; PARTICLES[i] && !particle; i++)
                particle = !strcmp(word, PARTICLES[i]);
            if (w[0] >= 'a' && w[0] <= 'z' && !particle)
                return true;
        }
        w = e;
    }
    return false;
}

static void strip_prefixes(char **ps)
{
    static const char *const pre[] = {"written by ", "posted by ", "reported by ", "story by ",
                                      "words by ",   "by: ",       "by ",          NULL};
    static const char *const zh[] = {
        "本报记者", "本报通讯员", "特约记者", "记者", "作者：", "作者:", "作者", "文／", "文/",
        "文｜",     "文|",        "撰文：",   "撰文", "通讯员", "：",    ":",    NULL};
    char *s = *ps;
    bool again = true;
    while (again) {
        again = false;
        while (*s == ' ' || *s == '(' || *s == '[')
            s++;
        if (has_prefix(s, "（") || has_prefix(s, "【")) {
            s += 3;
            again = true;
        }
        for (int i = 0; pre[i]; i++)
            if (has_prefix_ci(s, pre[i])) {
                s += strlen(pre[i]);
                again = true;
            }
        for (int i = 0; zh[i]; i++)
            if (has_prefix(s, zh[i])) {
                s += strlen(zh[i]);
                again = true;
            }
    }
    *ps = s;
}

static bool author_known(const gx_html_meta *m, const char *name)
{
    for (int i = 0; i < m->nauthors; i++)
        if (strcmp(m->authors[i], name) == 0)
            return true;
    return false;
}

static int add_one_author(gx_html_meta *m, const char *s, size_t n)
{
    char *a = gl_strndup(s, n);
    gx_hd_trim(a);
    /* trailing brackets / punctuation */
    size_t l = strlen(a);
    while (l > 0 && (a[l - 1] == ')' || a[l - 1] == ']' || a[l - 1] == '.' || a[l - 1] == ' '))
        a[--l] = 0;
    while (l >= 3 && (strcmp(a + l - 3, "）") == 0 || strcmp(a + l - 3, "】") == 0)) {
        l -= 3;
        a[l] = 0;
    }
    gx_hd_trim(a);
    if (junk_author(a) || not_a_latin_name(a) || author_known(m, a) || m->nauthors >= GX_HTML_META_MAX_AUTHORS) {
        free(a);
        return 0;
    }
    m->authors[m->nauthors++] = a;
    return 1;
}

int gx_html_meta_add_authors(gx_html_meta *m, const char *text)
{
    if (!text)
        return 0;
    char *copy = gl_strdup(text);
    gx_hd_trim(copy);
    char *s = copy;
    /* "Analysis by Chris Cillizza", "Story and photos by ..." */
    for (char *by = s; (by = strstr(by, " by ")) || (by = strstr(s, " By ")); by += 4) {
        int words = 1;
        for (char *q = s; q < by; q++)
            words += *q == ' ';
        if (words <= 3)
            s = by + 4;
        break;
    }
    strip_prefixes(&s);
    /* cut at " | ", " - ", " on " (dates and outlets follow bylines) */
    static const char *const cuts[] = {" | ", " - ", " — ", " – ", "\n", " on ", " On ", NULL};
    for (int i = 0; cuts[i]; i++) {
        char *p = strstr(s, cuts[i]);
        if (p)
            *p = 0;
    }
    /* ... and at ". " after a name of two words or more ("Finian Cunningham. Sputnik
     * International"; not "J. Smith", "Dr. Jane Roe") */
    for (char *p = strstr(s, ". "); p; p = strstr(p + 1, ". "))
        if (p - s >= 2 && is_alpha((unsigned char)p[-1]) && is_alpha((unsigned char)p[-2]) && memchr(s, ' ', (size_t)(p - s))) {
            *p = 0;
            break;
        }
    int added = 0;
    /* split on separators */
    static const char *const seps[] = {" and ", " & ",  ",",    "、", "，", "；",
                                       ";",     " 与 ", " 和 ", "/",  "／", NULL};
    char *p = s;
    while (*p) {
        char *best = NULL;
        size_t bl = 0;
        for (int i = 0; seps[i]; i++) {
            char *q = strstr(p, seps[i]);
            if (q && (!best || q < best)) {
                best = q;
                bl = strlen(seps[i]);
            }
        }
        size_t len = best ? (size_t)(best - p) : strlen(p);
        /* Chinese names in one byline are separated by spaces: "张三 李四" */
        bool cjk_spaces = false;
        if (len > 0 && (unsigned char)p[0] >= 0xE0) {
            for (size_t k = 0; k < len; k++)
                if (p[k] == ' ')
                    cjk_spaces = true;
        }
        if (cjk_spaces) {
            size_t k = 0;
            while (k < len) {
                while (k < len && p[k] == ' ')
                    k++;
                size_t st = k;
                while (k < len && p[k] != ' ')
                    k++;
                if (k > st)
                    added += add_one_author(m, p + st, k - st);
            }
        } else if (len > 0) {
            added += add_one_author(m, p, len);
        }
        if (!best)
            break;
        p = best + bl;
    }
    free(copy);
    return added;
}

/* ---------------------------------------------------------------- body lines */

static void set_once(char **field, const char *s, size_t n)
{
    if (*field || n == 0)
        return;
    char *v = gl_strndup(s, n);
    gx_hd_trim(v);
    if (!*v) {
        free(v);
        return;
    }
    *field = v;
}

static const char *after_colon(const char *s)
{
    const char *p = strstr(s, "：");
    if (p)
        return p + 3;
    p = strchr(s, ':');
    if (p)
        return p + 1;
    return NULL;
}

/* Length of v up to the first of the stop strings (UTF-8 aware, unlike strcspn). */
static size_t span_until(const char *v, const char *const *stops)
{
    size_t best = strlen(v);
    for (int i = 0; stops[i]; i++) {
        const char *p = strstr(v, stops[i]);
        if (p && (size_t)(p - v) < best)
            best = (size_t)(p - v);
    }
    return best;
}

static const char *const STOP_INFO[] = {" ", "|", "｜", "\xE3\x80\x80", NULL};
static const char *const STOP_NAME[] = {" ", ")", "）", "】", "]", "\xE3\x80\x80", NULL};

/* Is s made of a date and time and at most three capitalized words (a dateline such as
 * "Monday, November 18, 2019, 04:05 pm PT" or "November 20, 2019 Jane Doe")? */
static bool date_words_only(const char *s)
{
    static const char *const ok[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue",    "tues",    "wed",       "thu",      "thur",   "thurs",    "fri",    "sat",
        "sun",    "am",      "pm",        "a.m",      "p.m",    "at",       "on",     "et",
        "pt",     "ct",      "mt",        "gmt",      "utc",    "edt",      "est",    "pdt",
        "pst",    "cdt",     "cst",       "bst",      "cet",    "cest",     "ist",    "hkt",
        "jst",    "updated", "published", "posted",   "last",   "first",    NULL};
    int other = 0;
    const char *p = s;
    while (*p) {
        if (!is_alpha((unsigned char)*p)) {
            if ((unsigned char)*p >= 0x80)
                return false; /* non-Latin text: not handled here */
            p++;
            continue;
        }
        const char *w = p;
        while (is_alpha((unsigned char)*p) || *p == '.')
            p++;
        size_t wl = (size_t)(p - w);
        char low[16];
        if (wl >= sizeof low) {
            other++;
            continue;
        }
        for (size_t i = 0; i < wl; i++)
            low[i] = (char)lower((unsigned char)w[i]);
        while (wl > 0 && low[wl - 1] == '.')
            wl--;
        low[wl] = 0;
        int mo;
        bool known = month_at(low, wl, 0, &mo) == wl && wl > 0;
        for (int i = 0; !known && ok[i]; i++)
            known = strcmp(low, ok[i]) == 0;
        if (!known) {
            if (!(*w >= 'A' && *w <= 'Z'))
                return false;
            other++;
        }
    }
    return other <= 3;
}

bool gx_html_meta_line(const char *line, gx_html_meta *m)
{
    size_t n = strlen(line);
    if (n == 0)
        return false;
    if (n > 240)
        return false;
    const char *s = line;
    while (*s == ' ' || *s == '(' || *s == '[')
        s++;
    if (has_prefix(s, "（") || has_prefix(s, "【") || has_prefix(s, "〔"))
        s += 3;

    /* Chinese information lines: "2024-09-24 08:30 来源：证券时报网 作者：张三 编辑：李四" */
    if (n < 200 && !strstr(s, "。") && !strstr(s, "，") &&
        (strstr(s, "来源：") || strstr(s, "来源:") || strstr(s, "作者：") || strstr(s, "作者:") ||
         strstr(s, "编辑：") || strstr(s, "编辑:")) &&
        !has_prefix(s, "来源") && !has_prefix(s, "作者") && !has_prefix(s, "责任编辑") &&
        !has_prefix(s, "编辑")) {
        static const char *const keys[] = {"来源：",    "来源:",  "作者：", "作者:", "责任编辑：",
                                           "责任编辑:", "编辑：", "编辑:",  NULL};
        for (int i = 0; keys[i]; i++) {
            const char *k = strstr(s, keys[i]);
            if (!k)
                continue;
            const char *v = k + strlen(keys[i]);
            while (*v == ' ')
                v++;
            size_t l = span_until(v, STOP_INFO);
            if (l == 0)
                continue;
            char *val = gl_strndup(v, l);
            if (has_prefix(keys[i], "来源"))
                set_once(&m->outlet, val, l);
            else if (strstr(keys[i], "编辑"))
                set_once(&m->editor, val, l);
            else if (m->nauthors == 0)
                gx_html_meta_add_authors(m, val);
            free(val);
        }
        char *d = gx_html_date_iso(s, strlen(s));
        if (d && !m->published_at)
            m->published_at = d;
        else
            free(d);
        return true;
    }

    /* Chinese editor / source / original-title lines */
    const char *ed = strstr(s, "责任编辑");
    if (!ed)
        ed = has_prefix(s, "责编") || has_prefix(s, "编辑：") || has_prefix(s, "编辑:") ? s : NULL;
    if (ed && n < 120) {
        const char *v = after_colon(ed);
        if (!v) {
            v = ed;
            while (*v && *v != ' ')
                v++;
        }
        while (*v == ' ')
            v++;
        size_t l = span_until(v, STOP_NAME);
        set_once(&m->editor, v, l);
        return true;
    }
    if ((has_prefix(s, "来源：") || has_prefix(s, "来源:")) && n < 100) {
        const char *v = after_colon(s);
        set_once(&m->outlet, v, span_until(v, STOP_NAME));
        return true;
    }
    if (has_prefix(s, "原标题") && n < 200)
        return true;
    static const char *const zh_junk[] = {
        "点击查看全文", "点击进入", "查看原文", "阅读原文", "分享到",   "扫一扫", "扫描二维码",
        "关注我们",     "打开APP",  "下载APP",  "返回搜狐", "本文来源", NULL};
    for (int i = 0; zh_junk[i]; i++)
        if (strstr(s, zh_junk[i]) && n < 90)
            return true;
    /* Chinese bylines: "本报记者 张三", "证券时报记者 王一鸣", "作者：李四", "文/王五" */
    if (n < 90) {
        const char *r = strstr(s, "记者");
        bool zh_by = (r && r - s <= 24) || has_prefix(s, "作者") || has_prefix(s, "文/") ||
                     has_prefix(s, "文／") || has_prefix(s, "文|") || has_prefix(s, "文｜") ||
                     has_prefix(s, "撰文") || has_prefix(s, "通讯员");
        if (zh_by) {
            /* a byline has no sentence punctuation */
            if (!strstr(s, "。") && !strstr(s, "，")) {
                if (m->nauthors == 0) {
                    const char *v = r && r - s <= 24 ? r : s;
                    gx_html_meta_add_authors(m, v);
                }
                return true;
            }
        }
    }
    /* a line that is only an e-mail address or a URL (the author's contact) */
    if (n < 100 && !strchr(s, ' ') &&
        (strchr(s, '@') || has_prefix_ci(s, "http") || has_prefix_ci(s, "www.") ||
         gx_hd_contains_ci(s, ".com/")))
        return true;
    /* "By Jane Doe, John Roe on Monday, November 18th, 2019 at 11:08 a.m." */
    if (has_prefix_ci(s, "by ") && n < 140) {
        char *d = gx_html_date_iso(s, strlen(s));
        if (d) {
            if (!m->published_at)
                m->published_at = d;
            else
                free(d);
            if (m->nauthors == 0)
                gx_html_meta_add_authors(m, s);
            return true;
        }
    }
    /* English bylines: "By Jane Doe and John Roe" */
    if (has_prefix_ci(s, "by ") && n < 100) {
        const char *p = s + 3;
        int words = 0;
        bool ok = true;
        const char *w = p;
        while (*w && ok) {
            while (*w == ' ')
                w++;
            if (!*w)
                break;
            const char *e = w;
            while (*e && *e != ' ')
                e++;
            words++;
            bool cap = (*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0x80;
            bool conn = (e - w == 3 && strncmp(w, "and", 3) == 0) || (e - w == 1 && *w == '&') ||
                        (e - w <= 3 && (strncmp(w, "de", 2) == 0 || strncmp(w, "van", 3) == 0 ||
                                        strncmp(w, "von", 3) == 0 || strncmp(w, "da", 2) == 0));
            if (!cap && !conn)
                ok = false;
            w = e;
        }
        if (ok && words >= 1 && words <= 9) {
            if (m->nauthors == 0)
                gx_html_meta_add_authors(m, s);
            return true;
        }
    }
    /* "Published: 10:48, Tue, Nov 19, 2019 | Updated: ..." and bare date lines */
    if (n < 120) {
        static const char *const dl[] = {"published",    "updated",         "posted",
                                         "last updated", "first published", "发布时间",
                                         "更新时间",     "发布于",          NULL};
        bool lead = false;
        for (int i = 0; dl[i]; i++)
            if (has_prefix_ci(s, dl[i]))
                lead = true;
        char *d = gx_html_date_iso(s, n - (size_t)(s - line));
        if (d) {
            /* a bare date: nothing but the date, times and separators */
            int letters = 0;
            for (const char *q = s; *q; q++)
                if (is_alpha((unsigned char)*q) || (unsigned char)*q >= 0x80)
                    letters++;
            bool bare = (letters <= 12 && n < 40 && !strchr(s, 0x7c)) || date_words_only(s);
            if (lead || bare) {
                if (!m->published_at)
                    m->published_at = d;
                else
                    free(d);
                return true;
            }
            free(d);
        }
    }
    static const char *const en_junk[] = {"advertisement",
                                          "skip advertisement",
                                          "share this",
                                          "share this article",
                                          "share on facebook",
                                          "share on twitter",
                                          "email the author",
                                          "tweet",
                                          "continue reading below",
                                          "story continues below advertisement",
                                          "click to share",
                                          "share",
                                          "print",
                                          "this slideshow requires javascript.",
                                          "this slideshow requires javascript",
                                          NULL};
    char low[64];
    if (n < sizeof low) {
        size_t k = 0;
        for (; k < n; k++)
            low[k] = (char)lower((unsigned char)line[k]);
        low[k] = 0;
        while (k > 0 && (low[k - 1] == ':' || low[k - 1] == ' '))
            low[--k] = 0;
        for (int i = 0; en_junk[i]; i++)
            if (strcmp(low, en_junk[i]) == 0)
                return true;
    }
    return false;
}

/* ---------------------------------------------------------------- collection */

typedef struct cands {
    char *og_title, *tw_title, *ld_headline, *og_site, *ld_publisher, *canonical, *og_url, *ld_url,
        *ld_date, *meta_date, *item_date, *time_date, *meta_author, *app_name;
    bool ld_authors_done;
    const xmlNode *first_time;
} cands;

static void keep(char **field, const char *v)
{
    if (*field || !v)
        return;
    char *s = gl_strdup(v);
    gx_sbuf b = {0};
    gx_sbuf_put_text(&b, s, strlen(s));
    free(s);
    s = gx_hd_trim(gx_sbuf_take(&b));
    if (!*s) {
        free(s);
        return;
    }
    *field = s;
}

static bool is_article_type(json_t *t)
{
    static const char *const types[] = {"NewsArticle",
                                        "Article",
                                        "BlogPosting",
                                        "ReportageNewsArticle",
                                        "AnalysisNewsArticle",
                                        "OpinionNewsArticle",
                                        "LiveBlogPosting",
                                        "Report",
                                        "TechArticle",
                                        "ScholarlyArticle",
                                        "SocialMediaPosting",
                                        "BackgroundNewsArticle",
                                        "ReviewNewsArticle",
                                        "Review",
                                        "WebPage",
                                        NULL};
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v) if (is_article_type(v)) return true;
        return false;
    }
    const char *s = json_string_value(t);
    if (!s)
        return false;
    for (int i = 0; types[i]; i++)
        if (strcmp(s, types[i]) == 0)
            return true;
    return false;
}

static const char *ld_str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (json_is_string(n))
            return json_string_value(n);
        n = json_object_get(v, "@id");
        if (json_is_string(n))
            return json_string_value(n);
    }
    if (json_is_array(v) && json_array_size(v) > 0) {
        json_t *f = json_array_get(v, 0);
        if (json_is_string(f))
            return json_string_value(f);
    }
    return NULL;
}

static void ld_authors(json_t *a, gx_html_meta *m, int depth)
{
    if (depth > 3 || !a)
        return;
    if (json_is_string(a)) {
        const char *s = json_string_value(a);
        if (!has_prefix(s, "http"))
            gx_html_meta_add_authors(m, s);
    } else if (json_is_object(a)) {
        json_t *n = json_object_get(a, "name");
        if (json_is_string(n))
            gx_html_meta_add_authors(m, json_string_value(n));
        else if (json_is_array(n))
            ld_authors(n, m, depth + 1);
    } else if (json_is_array(a)) {
        size_t i;
        json_t *v;
        json_array_foreach(a, i, v) ld_authors(v, m, depth + 1);
    }
}

static void ld_visit(json_t *o, cands *c, gx_html_meta *m, int depth)
{
    if (depth > 6 || !o)
        return;
    if (json_is_array(o)) {
        size_t i;
        json_t *v;
        json_array_foreach(o, i, v) ld_visit(v, c, m, depth + 1);
        return;
    }
    if (!json_is_object(o))
        return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph)
        ld_visit(graph, c, m, depth + 1);
    json_t *type = json_object_get(o, "@type");
    if (!is_article_type(type))
        return;
    bool webpage = json_is_string(type) && strcmp(json_string_value(type), "WebPage") == 0;
    if (!webpage)
        keep(&c->ld_headline, ld_str(o, "headline"));
    keep(&c->ld_date, ld_str(o, "datePublished"));
    json_t *pub = json_object_get(o, "publisher");
    if (json_is_object(pub))
        keep(&c->ld_publisher,
             ld_str(pub, "name") ? json_string_value(json_object_get(pub, "name")) : NULL);
    keep(&c->ld_url, ld_str(o, "url"));
    if (!webpage && !c->ld_authors_done && json_object_get(o, "author")) {
        ld_authors(json_object_get(o, "author"), m, 0);
        c->ld_authors_done = m->nauthors > 0;
    }
    json_t *body = json_object_get(o, "articleBody");
    if (!webpage && json_is_string(body) && !m->ld_body)
        m->ld_body = gl_strdup(json_string_value(body));
}

static void read_jsonld(const xmlNode *script, cands *c, gx_html_meta *m)
{
    gx_sbuf b = {0};
    for (const xmlNode *t = script->children; t; t = t->next)
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
            gx_sbuf_puts(&b, (const char *)t->content);
    if (b.n > 0 && b.n < 4 * 1024 * 1024) {
        json_error_t je;
        json_t *j = json_loadb(b.p, b.n, JSON_DISABLE_EOF_CHECK, &je);
        if (j) {
            ld_visit(j, c, m, 0);
            json_decref(j);
        }
    }
    gx_sbuf_free(&b);
}

static bool in_boilerplate(const xmlNode *n)
{
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (gx_hd_is(p, "footer") || gx_hd_is(p, "nav") || gx_hd_is(p, "aside"))
            return true;
        const char *cl = gx_hd_attr(p, "class"), *id = gx_hd_attr(p, "id");
        if (gx_hd_contains_ci(cl, "footer") || gx_hd_contains_ci(id, "footer") ||
            gx_hd_contains_ci(cl, "comment") || gx_hd_contains_ci(cl, "related") ||
            gx_hd_contains_ci(cl, "sidebar"))
            return true;
    }
    return false;
}

static void visit(const xmlNode *n, cands *c, gx_html_meta *m, int depth)
{
    for (const xmlNode *e = n; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)e->name;
        if (!name)
            continue;
        if (strcmp(name, "meta") == 0) {
            const char *prop = gx_hd_attr(e, "property");
            const char *nm = gx_hd_attr(e, "name");
            const char *ip = gx_hd_attr(e, "itemprop");
            const char *content = gx_hd_attr(e, "content");
            if (!content)
                continue;
            const char *key = prop ? prop : nm;
            if (key) {
                if (!strcmp(key, "og:title"))
                    keep(&c->og_title, content);
                else if (!strcmp(key, "twitter:title"))
                    keep(&c->tw_title, content);
                else if (!strcmp(key, "og:site_name"))
                    keep(&c->og_site, content);
                else if (!strcmp(key, "og:url"))
                    keep(&c->og_url, content);
                else if (!strcmp(key, "application-name"))
                    keep(&c->app_name, content);
                else if (!strcmp(key, "article:published_time") ||
                         !strcmp(key, "article:published") || !strcmp(key, "og:published_time") ||
                         !strcmp(key, "pubdate") || !strcmp(key, "publishdate") ||
                         !strcmp(key, "publish-date") || !strcmp(key, "publish_date") ||
                         !strcmp(key, "dc.date.issued") || !strcmp(key, "DC.date.issued") ||
                         !strcmp(key, "sailthru.date") || !strcmp(key, "parsely-pub-date") ||
                         !strcmp(key, "date") || !strcmp(key, "article.published") ||
                         !strcmp(key, "datePublished") || !strcmp(key, "PublishDate"))
                    keep(&c->meta_date, content);
                else if (!strcmp(key, "author") || !strcmp(key, "byl") ||
                         !strcmp(key, "article:author") || !strcmp(key, "sailthru.author") ||
                         !strcmp(key, "parsely-author") || !strcmp(key, "dc.creator"))
                    if (!has_prefix(content, "http"))
                        keep(&c->meta_author, content);
            }
            if (ip && strstr(ip, "datePublished"))
                keep(&c->item_date, content);
            continue;
        }
        if (strcmp(name, "link") == 0) {
            const char *rel = gx_hd_attr(e, "rel");
            if (rel && !strcmp(rel, "canonical"))
                keep(&c->canonical, gx_hd_attr(e, "href"));
            continue;
        }
        if (strcmp(name, "script") == 0) {
            const char *t = gx_hd_attr(e, "type");
            if (t && gx_hd_contains_ci(t, "ld+json"))
                read_jsonld(e, c, m);
            continue;
        }
        if (strcmp(name, "style") == 0 || strcmp(name, "noscript") == 0 ||
            strcmp(name, "template") == 0)
            continue;
        if (strcmp(name, "title") == 0 && !m->title_tag && e->parent &&
            gx_hd_is(e->parent, "head")) {
            char *t = gx_hd_text_dup(e);
            if (*t)
                m->title_tag = t;
            else
                free(t);
            continue;
        }
        if (gx_hd_is_hidden(e))
            continue;
        if (strcmp(name, "h1") == 0 && !m->h1) {
            char *t = gx_hd_text_dup(e);
            if (*t) {
                m->h1 = t;
                m->h1_node = e;
            } else {
                free(t);
            }
        }
        if (strcmp(name, "time") == 0 && !c->time_date && !in_boilerplate(e)) {
            const char *dt = gx_hd_attr(e, "datetime");
            if (dt)
                keep(&c->time_date, dt);
        }
        const char *ip = gx_hd_attr(e, "itemprop");
        if (ip && strstr(ip, "datePublished")) {
            const char *v = gx_hd_attr(e, "datetime");
            if (!v)
                v = gx_hd_attr(e, "content");
            keep(&c->item_date, v);
        }
        if (depth < 200 && e->children)
            visit(e->children, c, m, depth + 1);
    }
}

/* Byline elements: itemprop=author, rel=author, class/id with "byline" or "author". */
static void find_bylines(const xmlNode *n, gx_html_meta *m, int depth)
{
    for (const xmlNode *e = n; e && m->nauthors == 0; e = e->next) {
        if (e->type != XML_ELEMENT_NODE || gx_hd_is_code(e) || gx_hd_is_hidden(e))
            continue;
        const char *ip = gx_hd_attr(e, "itemprop");
        const char *rel = gx_hd_attr(e, "rel");
        const char *cl = gx_hd_attr(e, "class");
        bool is_author = (ip && strstr(ip, "author")) || (rel && !strcmp(rel, "author")) ||
                         gx_hd_contains_ci(cl, "byline") || gx_hd_contains_ci(cl, "author-name") ||
                         (cl && !strcmp(cl, "author"));
        if (is_author && !in_boilerplate(e)) {
            char *t = gx_hd_text_dup(e);
            if (strlen(t) < 120)
                gx_html_meta_add_authors(m, t);
            free(t);
            if (m->nauthors)
                return;
        }
        if (depth < 200 && e->children)
            find_bylines(e->children, m, depth + 1);
    }
}

/* Strip " - Site", " | Site", "_Site" suffixes from a <title>. Returns a new heap string and
 * stores the stripped site name (if any) in *site (heap, or NULL). */
static char *strip_site_suffix(const char *title, const char *known, char **site)
{
    static const char *const seps[] = {" - ", " | ", " – ", " — ", " :: ", "_",
                                       " · ", "｜",  " » ", "－",  NULL};
    char *t = gl_strdup(title);
    *site = NULL;
    for (int round = 0; round < 3; round++) {
        size_t n = strlen(t);
        char *best = NULL;
        size_t bl = 0;
        for (int i = 0; seps[i]; i++) {
            size_t sl = strlen(seps[i]);
            for (char *p = t; (p = strstr(p, seps[i])); p += sl)
                if (!best || p > best) {
                    best = p;
                    bl = sl;
                }
        }
        if (!best)
            break;
        size_t head = (size_t)(best - t);
        size_t tail = n - head - bl;
        /* strip a tail that names the site, or a short one (few words, under 40%) */
        const char *tl = best + bl;
        int words = 1;
        for (const char *q = tl; *q; q++)
            words += *q == ' ';
        bool names_site = known && *known && *tl && (strstr(tl, known) || strstr(known, tl));
        if (head < 6 || (!names_site && (words > 4 || tail * 10 > n * 4)))
            break;
        if (!*site)
            *site = gx_hd_trim(gl_strdup(best + bl));
        *best = 0;
        gx_hd_trim(t);
    }
    return t;
}

void gx_html_meta_collect(const xmlDoc *doc, gx_html_meta *m)
{
    memset(m, 0, sizeof *m);
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return;
    cands c;
    memset(&c, 0, sizeof c);
    visit(root, &c, m, 0);

    /* outlet */
    char *site = NULL;
    const char *known = c.og_site ? c.og_site : c.ld_publisher ? c.ld_publisher : c.app_name;
    char *stripped = m->title_tag ? strip_site_suffix(m->title_tag, known, &site) : NULL;
    if (c.og_site)
        m->outlet = gl_strdup(c.og_site);
    else if (c.ld_publisher)
        m->outlet = gl_strdup(c.ld_publisher);
    else if (site)
        m->outlet = gl_strdup(site);
    else if (c.app_name)
        m->outlet = gl_strdup(c.app_name);

    /* title */
    const char *t = c.og_title ? c.og_title : c.ld_headline ? c.ld_headline : m->h1 ? m->h1 : NULL;
    if (t) {
        char *s2 = NULL;
        m->title = strip_site_suffix(t, known ? known : m->outlet, &s2);
        free(s2);
    } else if (stripped) {
        m->title = gl_strdup(stripped);
    }
    free(stripped);
    free(site);

    /* authors */
    if (m->nauthors == 0 && c.meta_author)
        gx_html_meta_add_authors(m, c.meta_author);
    if (m->nauthors == 0)
        find_bylines(root, m, 0);

    /* date */
    const char *dates[] = {c.ld_date, c.meta_date, c.item_date, c.time_date};
    for (size_t i = 0; i < sizeof dates / sizeof *dates && !m->published_at; i++)
        if (dates[i])
            m->published_at = gx_html_date_iso(dates[i], strlen(dates[i]));

    /* url */
    const char *u = c.canonical ? c.canonical : c.og_url ? c.og_url : c.ld_url;
    if (u && (has_prefix(u, "http://") || has_prefix(u, "https://")))
        m->url = gl_strdup(u);

    char **all[] = {&c.og_title,  &c.tw_title,  &c.ld_headline, &c.og_site, &c.ld_publisher,
                    &c.canonical, &c.og_url,    &c.ld_url,      &c.ld_date, &c.meta_date,
                    &c.item_date, &c.time_date, &c.meta_author, &c.app_name};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        free(*all[i]);
}

void gx_html_meta_cleanup(gx_html_meta *m)
{
    if (!m)
        return;
    free(m->title);
    free(m->h1);
    free(m->title_tag);
    for (int i = 0; i < m->nauthors; i++)
        free(m->authors[i]);
    free(m->published_at);
    free(m->outlet);
    free(m->url);
    free(m->editor);
    free(m->ld_body);
    memset(m, 0, sizeof *m);
}
