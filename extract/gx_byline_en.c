/* gx_byline_en.c — English bylines and news-wire conventions for the structure stage (see
 * gx_byline_en.h). */
#include "gx_byline_en.h"

#include <string.h>

#include "gx_normalize.h"
#include "gx_utf8.h"

/* Capitalized words t[0..n) (letters, inner dots, hyphens, apostrophes), *nwords of them. */
static bool is_cap_words(const uint32_t *t, int32_t n, int *nwords)
{
    int words = 0;
    bool start = true;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = t[i];
        if (c == ' ') {
            start = true;
            continue;
        }
        if (start) {
            if (!(c >= 'A' && c <= 'Z') && !(c >= 0xC0 && c <= 0xDE))
                return false;
            words++;
            start = false;
        } else if (!(gx_cp_is_latin(c) || c == '.' || c == '-' || c == '\'' || c == 0x2019)) {
            return false;
        }
    }
    *nwords = words;
    return words >= 1;
}

/* 1: a job title ("Staff Writer"), 2: an outlet ("Associated Press", "Reuters"), 0: neither. */
static int english_part_kind(const uint32_t *t, int32_t n)
{
    static const char *const TITLES[] = {"Writer", "Reporter",    "Correspondent", "Editor",
                                         "Staff",  "Contributor", "Columnist",     "Analyst"};
    static const char *const OUTLETS[] = {"Press",   "News",      "Times",  "Post", "Journal",
                                          "Reuters", "Bloomberg", "Agency", "Wire", "Xinhua"};
    char buf[128];
    if (n >= (int32_t)sizeof buf)
        return 0;
    for (int32_t i = 0; i < n; i++)
        buf[i] = t[i] < 0x80 ? (char)t[i] : '?';
    buf[n] = '\0';
    /* whole words only (strtok_r: the engine runs on many threads) */
    char *save = NULL;
    for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        for (size_t k = 0; k < sizeof TITLES / sizeof *TITLES; k++)
            if (!strcmp(w, TITLES[k]))
                return 1;
        for (size_t k = 0; k < sizeof OUTLETS / sizeof *OUTLETS; k++)
            if (!strcmp(w, OUTLETS[k]))
                return 2;
    }
    return 0;
}

bool gx_byline_en_parse(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    if (n < 5 || !((t[0] == 'B' || t[0] == 'b') && (t[1] == 'y' || t[1] == 'Y') && t[2] == ' '))
        return false;
    int32_t i = 3;
    while (i < n) {
        int32_t j = i;
        /* a part ends at ",", " and ", " & " */
        int32_t end = n, next = n;
        for (j = i; j < n; j++) {
            if (t[j] == ',' || t[j] == '|' || t[j] == ';') {
                end = j;
                next = j + 1;
                break;
            }
            if (t[j] == ' ' && j + 4 < n && t[j + 1] == 'a' && t[j + 2] == 'n' && t[j + 3] == 'd' &&
                t[j + 4] == ' ') {
                end = j;
                next = j + 5;
                break;
            }
            if (t[j] == ' ' && j + 2 < n && t[j + 1] == '&' && t[j + 2] == ' ') {
                end = j;
                next = j + 3;
                break;
            }
        }
        while (i < end && t[i] == ' ')
            i++;
        int32_t e = end;
        while (e > i && t[e - 1] == ' ')
            e--;
        int words = 0;
        int kind = e > i ? english_part_kind(t + i, e - i) : 0;
        if (kind == 1 && out->nauthors > 0) {
            /* "Staff Writer", "Senior Correspondent": the authors' title */
        } else if (kind == 2 && out->nauthors > 0) {
            out->outlet = gx_utf8_of_cps(a, t + i, e - i); /* "Associated Press", "Reuters" */
        } else if (e > i && is_cap_words(t + i, e - i, &words)) {
            if (words >= 2 && words <= 4 && out->nauthors < GX_BYLINE_MAX_AUTHORS) {
                gx_author *au = &out->authors[out->nauthors++];
                au->name = gx_utf8_of_cps(a, t + i, e - i);
                au->role = NULL;
            } else if (next == n && out->nauthors > 0) {
                out->outlet = gx_utf8_of_cps(a, t + i, e - i);
            } else {
                return false;
            }
        } else if (e > i) {
            return false;
        }
        i = next;
    }
    return out->nauthors > 0;
}

static bool is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE);
}

static bool is_dash(uint32_t c)
{
    return c == '-' || c == 0x2013 || c == 0x2014;
}

/* The agency opening the lead in brackets without a place: "(Reuters) — The…", "(CNN) President…"
 * (people28): capitalized words (three at most) in brackets, then a dash or a capitalized word. */
static const char *bare_dateline(gx_arena *a, const uint32_t *t, int32_t n)
{
    int32_t close = -1;
    for (int32_t i = 1; i < n && i < 32 && close < 0; i++)
        if (t[i] == ')')
            close = i;
    int words = 0;
    if (close < 2 || !is_cap_words(t + 1, close - 1, &words) || words > 3 || close + 2 >= n ||
        t[close + 1] != ' ')
        return NULL;
    if (!is_dash(t[close + 2]) && !is_upper(t[close + 2]))
        return NULL;
    return gx_utf8_of_cps(a, t + 1, close - 1);
}

const char *gx_byline_en_dateline(gx_arena *a, const uint32_t *t, int32_t n)
{
    if (n >= 8 && t[0] == '(')
        return bare_dateline(a, t, n);
    if (n < 8 || !is_upper(t[0]) || !is_upper(t[1]))
        return NULL; /* the place is written in capitals: "NEW YORK", "LONDON" */
    int32_t open = -1;
    for (int32_t i = 2; i < n && i < 48 && open < 0; i++) {
        uint32_t c = t[i];
        if (c == '(')
            open = i;
        else if (!(gx_cp_is_latin(c) || gx_cp_is_digit(c) || c == ' ' || c == ',' || c == '.' || c == '-' ||
                   c == '/'))
            return NULL;
    }
    if (open < 0 || t[open - 1] != ' ')
        return NULL;
    int32_t close = -1;
    for (int32_t i = open + 1; i < n && i < open + 32 && close < 0; i++)
        if (t[i] == ')')
            close = i;
    int words = 0;
    if (close < 0 || !is_cap_words(t + open + 1, close - open - 1, &words) || words > 3)
        return NULL;
    int32_t k = close + 1;
    while (k < n && t[k] == ' ')
        k++;
    if (k >= n || !is_dash(t[k]))
        return NULL;
    return gx_utf8_of_cps(a, t + open + 1, close - open - 1);
}

/* The names of one credit clause t[from..to) (after its "by "): split at ",", " and ", " & ";
 * a name stops before " in " (the place of the reporting: "Jane Doe in London"). */
static void clause_names(gx_arena *a, const uint32_t *t, int32_t from, int32_t to, gx_byline *out)
{
    int32_t i = from;
    while (i < to && out->nauthors < GX_BYLINE_MAX_AUTHORS) {
        int32_t end = to, next = to;
        for (int32_t j = i; j < to; j++) {
            int32_t sep = t[j] == ',' ? 1 : gx_ascii_at(t, to, j, " and ", true) ? 5 : gx_ascii_at(t, to, j, " & ", true) ? 3 : 0;
            if (sep) {
                end = j;
                next = j + sep;
                break;
            }
        }
        for (int32_t j = i; j < end; j++)
            if (gx_ascii_at(t, end, j, " in ", true)) {
                end = j;
                break;
            }
        while (i < end && t[i] == ' ')
            i++;
        while (end > i && t[end - 1] == ' ')
            end--;
        int words = 0;
        if (end > i && is_cap_words(t + i, end - i, &words) && words >= 2 && words <= 4) {
            gx_author *au = &out->authors[out->nauthors++];
            au->name = gx_utf8_of_cps(a, t + i, end - i);
            au->role = NULL;
        }
        i = next;
    }
}

bool gx_byline_en_credits(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    /* editors are not authors (as 责任编辑 in Chinese bylines): their clause is read past */
    static const char *const AUTHORS[] = {"reporting by ", "additional reporting by ", "writing by "};
    memset(out, 0, sizeof *out);
    int32_t start = -1;
    for (int32_t i = 0; i < n && start < 0; i++)
        if ((i == 0 || t[i - 1] == '(' || t[i - 1] == ' ') && gx_ascii_at(t, n, i, "reporting by ", true))
            start = i;
    /* clauses separated by ";", up to a closing bracket or the end */
    for (int32_t i = start; start >= 0 && i < n && t[i] != ')';) {
        while (i < n && t[i] == ' ')
            i++;
        int32_t end = i;
        while (end < n && t[end] != ';' && t[end] != ')')
            end++;
        for (size_t k = 0; k < sizeof AUTHORS / sizeof *AUTHORS; k++)
            if (gx_ascii_at(t, end, i, AUTHORS[k], true)) {
                clause_names(a, t, i + (int32_t)strlen(AUTHORS[k]), end, out);
                break;
            }
        i = end < n && t[end] == ';' ? end + 1 : end;
    }
    return out->nauthors > 0;
}

bool gx_byline_en_signed(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    static const char *const DESKS[] = {"correspondent", "editor", "reporter"};
    memset(out, 0, sizeof *out);
    if (n < 12 || n > 80 || !is_upper(t[0]))
        return false;
    int32_t comma = 0;
    while (comma < n && t[comma] != ',')
        comma++;
    int words = 0;
    if (comma >= n || !is_cap_words(t, comma, &words) || words < 2 || words > 4)
        return false;
    int32_t s = comma + 1;
    while (s < n && t[s] == ' ')
        s++;
    int32_t e = n;
    while (e > s && t[e - 1] == ' ')
        e--;
    /* the title: lower-case words (an outlet's capitals first), the last a desk's word */
    bool desk = false;
    for (size_t k = 0; k < sizeof DESKS / sizeof *DESKS && !desk; k++) {
        int32_t l = (int32_t)strlen(DESKS[k]);
        desk = e - l > s && t[e - l - 1] == ' ' && gx_ascii_at(t, e, e - l, DESKS[k], false);
    }
    if (!desk)
        return false;
    int32_t title = s;
    int32_t w = s;
    while (w < e && t[w] >= 'A' && t[w] <= 'Z')
        w++;
    if (w - s >= 2 && w - s <= 5 && w < e && t[w] == ' ') {
        out->outlet = gx_utf8_of_cps(a, t + s, w - s);
        title = w + 1;
    }
    for (int32_t i = title; i < e; i++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || t[i] == ' ' || t[i] == '-'))
            return false;
    if (gx_ascii_at(t, e, title, "the ", false) || gx_ascii_at(t, e, title, "a ", false) ||
        gx_ascii_at(t, e, title, "an ", false) || gx_ascii_at(t, e, title, "our ", false))
        return false; /* a description in a sentence ("John Smith, the new editor"), no desk's title */
    out->authors[0].name = gx_utf8_of_cps(a, t, comma);
    out->authors[0].role = gx_utf8_of_cps(a, t + title, e - title);
    out->nauthors = 1;
    return true;
}

bool gx_byline_en_written_by(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    memset(out, 0, sizeof *out);
    if (n < 15)
        return false;
    /* only the spaces can open the words (searched eight code points at a time: a Chinese text has few) */
    for (int32_t i = gx_cps_find_either(t, 0, n - 14, ' ', ' '); i < n - 14;
         i = gx_cps_find_either(t, i + 1, n - 14, ' ', ' ')) {
        if (!gx_ascii_at(t, n, i, " is written by ", true))
            continue;
        int32_t s = i + 15, e = s;
        while (e < n && t[e] != ',' && t[e] != '.' && t[e] != ';' && e - s < 48)
            e++;
        while (e > s && t[e - 1] == ' ')
            e--;
        int words = 0;
        if (e > s && is_cap_words(t + s, e - s, &words) && words >= 2 && words <= 4) {
            out->authors[0].name = gx_utf8_of_cps(a, t + s, e - s);
            out->nauthors = 1;
            return true;
        }
        return false;
    }
    return false;
}

const char *gx_byline_en_origin(gx_arena *a, const uint32_t *t, int32_t n)
{
    static const uint32_t HEAD[] = {'O', 'r', 'i', 'g', 'i', 'n', 'a', 'l', 'l', 'y', ' ', 'p',
                                    'u', 'b', 'l', 'i', 's', 'h', 'e', 'd', ' ', 'o', 'n', ' '};
    int32_t h = (int32_t)(sizeof HEAD / sizeof *HEAD);
    if (n <= h || n > h + 40 || memcmp(t, HEAD, sizeof HEAD))
        return NULL;
    int32_t e = n;
    if (t[e - 1] == '.')
        e--;
    int words = 0;
    if (e <= h || !is_cap_words(t + h, e - h, &words) || words > 4)
        return NULL;
    return gx_utf8_of_cps(a, t + h, e - h);
}
