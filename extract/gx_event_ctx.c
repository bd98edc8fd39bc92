/* gx_event_ctx.c — the event stage's per-article working state (see gx_event_ctx.h): mentions
 * and quantities in text order, one lexicon scan, sentences, and the search helpers the
 * argument rules use. Numbers the quantity stage did not report (share counts such as
 * `65.8万股`, bare `2.18亿`, ranges `6.144英镑至6.24英镑`, `30日`) are recognised here as a
 * fallback so that event arguments do not depend on every unit being a quantity. */
#include "gx_event_ctx.h"
#include "gx_utf8.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- small text helpers */

static bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

bool ev_is_clause_punct(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF01 ||
           c == '!' || c == 0xFF1F || c == '?' || c == '\n' || c == 0xFF1A || c == ':';
}

static bool is_sentence_end(uint32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == '!' || c == 0xFF1F || c == '?' || c == '\n' ||
           c == 0xFF1B || c == ';';
}

int32_t ev_clause_start(const ev_ctx *c, int32_t pos, int32_t lo)
{
    int32_t i = pos;
    while (i > lo && !ev_is_clause_punct(c->art->cp[i - 1]))
        i--;
    return i;
}

int32_t ev_clause_end(const ev_ctx *c, int32_t pos, int32_t hi)
{
    int32_t i = pos;
    while (i < hi && !ev_is_clause_punct(c->art->cp[i]))
        i++;
    return i;
}

/* ---------------------------------------------------------------- hits */

const gx_evlex_entry *ev_hit_entry(const ev_ctx *c, int h)
{
    return gx_evlex_get(c->lx, c->h[h].entry);
}

/* Position in category cat's group of its first hit with start >= pos. */
static int cat_lower(const ev_ctx *c, int cat, int32_t pos)
{
    int lo = c->hc_off[cat], hi = c->hc_off[cat + 1];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (c->h[c->hc[mid]].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The three searches below walk only the hits of their category (hc), in hit order: the same
 * hits in the same order as a walk over every hit that skips the other categories. */
int ev_hit_find(const ev_ctx *c, int cat, int32_t lo, int32_t hi, bool last)
{
    /* first: the earliest start, longest there; last: the latest start, longest there */
    int found = -1;
    if (cat < 0 || cat >= GX_CAT__COUNT || !c->hc)
        return -1;
    for (int k = cat_lower(c, cat, lo), ke = c->hc_off[cat + 1]; k < ke; k++) {
        int i = c->hc[k];
        if (c->h[i].start >= hi)
            break;
        if (c->h[i].end > hi)
            continue;
        if (!last && found >= 0 && c->h[i].start != c->h[found].start)
            break;
        if (last && found >= 0 && c->h[i].start > c->h[found].start && c->h[i].end <= c->h[found].end)
            continue; /* inside the longer word found before: 同期 in 上年同期 */
        if (found < 0 || c->h[i].start != c->h[found].start ||
            c->h[i].end - c->h[i].start > c->h[found].end - c->h[found].start)
            found = i;
    }
    return found;
}

int ev_hit_before(const ev_ctx *c, int cat, int32_t pos, int32_t within, int32_t lo)
{
    int32_t from = pos - within - 12;
    if (from < lo)
        from = lo;
    int best = -1;
    if (cat < 0 || cat >= GX_CAT__COUNT || !c->hc)
        return -1;
    for (int k = cat_lower(c, cat, from), ke = c->hc_off[cat + 1]; k < ke; k++) {
        int i = c->hc[k];
        if (c->h[i].start >= pos)
            break;
        if (c->h[i].end > pos || c->h[i].end < pos - within)
            continue;
        if (best < 0 || c->h[i].end > c->h[best].end ||
            (c->h[i].end == c->h[best].end && c->h[i].start < c->h[best].start))
            best = i;
    }
    return best;
}

int ev_hit_after(const ev_ctx *c, int cat, int32_t pos, int32_t within, int32_t hi)
{
    int best = -1;
    if (cat < 0 || cat >= GX_CAT__COUNT || !c->hc)
        return -1;
    for (int k = cat_lower(c, cat, pos), ke = c->hc_off[cat + 1]; k < ke; k++) {
        int i = c->hc[k];
        if (c->h[i].start > pos + within)
            break;
        if (c->h[i].end > hi)
            continue;
        if (best < 0 || c->h[i].end - c->h[i].start > c->h[best].end - c->h[best].start)
            best = i;
        if (best >= 0 && c->h[i].start > c->h[best].start)
            break;
    }
    return best;
}

/* ---------------------------------------------------------------- mentions */

/* Index of the first of the n elements of v (stride bytes apart, sorted by start, each
 * beginning with its int32_t start) whose start >= pos; n when none. */
static int lower_by_start(const void *v, size_t stride, int n, int32_t pos)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        int32_t start;
        memcpy(&start, (const char *)v + (size_t)mid * stride, sizeof start);
        if (start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int ev_ment_lower(const ev_ctx *c, int32_t pos)
{
    return lower_by_start(c->m, sizeof *c->m, c->nm, pos);
}

bool ev_in_mention(const ev_ctx *c, int32_t s, int32_t e)
{
    int i = ev_ment_lower(c, s + 1);
    for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        if (c->m[k].start <= s && c->m[k].end >= e)
            return true;
    return false;
}

bool ev_ment_of(const ev_ctx *c, int e, int32_t pos, ev_ref *out)
{
    /* nearest explicit mention of e: the last one before pos, else the first after (weighed
     * 4x); a binary search in e's own group, so resolving every coreference stays O(M log M) */
    if (e < 0 || e >= c->art->entities.n || !c->by_ent)
        return false;
    int lo = c->by_ent_off[e], hi = c->by_ent_off[e + 1];
    if (lo == hi)
        return false;
    int a = lo, b = hi;
    while (a < b) {
        int mid = (a + b) / 2;
        if (c->m[c->by_ent[mid]].start < pos)
            a = mid + 1;
        else
            b = mid;
    }
    int best = -1;
    int32_t bestd = 0;
    if (a > lo) {
        best = c->by_ent[a - 1];
        bestd = pos - c->m[best].start;
    }
    if (a < hi) {
        int k = c->by_ent[a];
        int32_t d = (c->m[k].start - pos) * 4;
        if (best < 0 || d < bestd)
            best = k;
    }
    out->start = c->m[best].start;
    out->end = c->m[best].end;
    out->ent = e;
    out->q = -1;
    return true;
}

static bool ment_ref(const ev_ctx *c, int i, ev_ref *out)
{
    const ev_ment *m = &c->m[i];
    if (m->coref && ev_ment_of(c, m->ent, m->start, out))
        return true;
    out->start = m->start;
    out->end = m->end;
    out->ent = m->ent;
    out->q = -1;
    return true;
}

bool ev_ment_before(const ev_ctx *c, int32_t lo, int32_t pos, unsigned mask, int skip_ent, ev_ref *out)
{
    for (int i = ev_ment_lower(c, pos) - 1; i >= 0 && c->m[i].start >= lo; i--) {
        if (c->m[i].end > pos || !(mask & (1u << c->m[i].type)) || c->m[i].ent == skip_ent)
            continue;
        return ment_ref(c, i, out);
    }
    return false;
}

bool ev_ment_after(const ev_ctx *c, int32_t pos, int32_t hi, unsigned mask, int skip_ent, ev_ref *out)
{
    for (int i = ev_ment_lower(c, pos); i < c->nm && c->m[i].start < hi; i++) {
        if (c->m[i].end > hi || !(mask & (1u << c->m[i].type)) || c->m[i].ent == skip_ent)
            continue;
        return ment_ref(c, i, out);
    }
    return false;
}

int ev_q_lower(const ev_ctx *c, int32_t pos)
{
    return lower_by_start(c->q, sizeof *c->q, c->nq, pos);
}

/* ---------------------------------------------------------------- building */

/* A stable sort of v[0..n) by start ascending, then end descending (tmp: room for n), with
 * the comparison inline: the same array as the stable qsort (glibc's merge sort) with that
 * comparator gave before, at a fraction of its calls through a function pointer. Runs of 8
 * by insertion, then bottom-up merges that take the left entry on ties. */
#define EV_SPAN_SORT(name, T)                                                                      \
    static void name(T *v, int n, T *tmp)                                                          \
    {                                                                                              \
        for (int a = 0; a < n; a += 8) {                                                           \
            int e = a + 8 < n ? a + 8 : n;                                                         \
            for (int i = a + 1; i < e; i++) {                                                      \
                T x = v[i];                                                                        \
                int j = i;                                                                         \
                while (j > a && SPAN_BEFORE(&x, &v[j - 1])) {                                      \
                    v[j] = v[j - 1];                                                               \
                    j--;                                                                           \
                }                                                                                  \
                v[j] = x;                                                                          \
            }                                                                                      \
        }                                                                                          \
        T *src = v, *dst = tmp;                                                                    \
        for (int width = 8; width < n; width *= 2) {                                               \
            for (int lo = 0; lo < n; lo += 2 * width) {                                            \
                int mid = lo + width < n ? lo + width : n;                                         \
                int hi = lo + 2 * width < n ? lo + 2 * width : n, i = lo, j = mid, k = lo;         \
                while (i < mid && j < hi)                                                          \
                    dst[k++] = SPAN_BEFORE(&src[j], &src[i]) ? src[j++] : src[i++];                \
                while (i < mid)                                                                    \
                    dst[k++] = src[i++];                                                           \
                while (j < hi)                                                                     \
                    dst[k++] = src[j++];                                                           \
            }                                                                                      \
            T *t = src;                                                                            \
            src = dst;                                                                             \
            dst = t;                                                                               \
        }                                                                                          \
        if (src != v)                                                                              \
            memcpy(v, src, sizeof *v * (size_t)n);                                                 \
    }
#define SPAN_BEFORE(x, y) ((x)->start < (y)->start || ((x)->start == (y)->start && (x)->end > (y)->end))
EV_SPAN_SORT(sort_ments, ev_ment)
EV_SPAN_SORT(sort_qs, ev_q)
#undef SPAN_BEFORE

typedef struct hitbuf {
    gx_arena *arena;
    gx_evhit *v;
    int n, cap;
} hitbuf;

static void emit_hit(int32_t s, int32_t e, int32_t entry, void *user)
{
    hitbuf *b = user;
    if (b->n == b->cap) {
        int ncap = b->cap ? b->cap * 2 : 64;
        gx_evhit *nv = gx_arena_alloc_raw(b->arena, sizeof *nv * (size_t)ncap); /* [0, n) only is read */
        if (b->n)
            memcpy(nv, b->v, sizeof *nv * (size_t)b->n);
        b->v = nv;
        b->cap = ncap;
    }
    b->v[b->n].start = s;
    b->v[b->n].end = e;
    b->v[b->n].entry = entry;
    b->n++;
}

/* Is [s, e) overlapping a quantity already in q[0..n)? (q sorted by start) */
static bool q_overlaps(const ev_q *q, int n, int32_t s, int32_t e)
{
    for (int i = 0; i < n; i++)
        if (q[i].start < e && s < q[i].end)
            return true;
    return false;
}

typedef struct cur_map {
    const char *word;
    const char *code;
} cur_map;

static const cur_map CURRENCIES[] = {
    /* longest first where one is a prefix of another */
    {"新台币", "TWD"}, {"新加坡元", "SGD"}, {"人民币", "CNY"}, {"印尼盾", "IDR"}, {"美元", "USD"},
    {"港元", "HKD"},   {"港币", "HKD"},     {"欧元", "EUR"},   {"英镑", "GBP"},   {"日元", "JPY"},
    {"韩元", "KRW"},   {"澳元", "AUD"},     {"加元", "CAD"},   {"卢布", "RUB"},   {"元", "CNY"},
};

/* Match an ASCII-or-UTF-8 word at cp[i]; returns its length in code points or 0. */
static int word_at(const uint32_t *cp, int32_t i, int32_t n, const char *w)
{
    int k = 0;
    const unsigned char *p = (const unsigned char *)w;
    while (*p) {
        int len;
        uint32_t c = gx_utf8_decode(p, &len);
        p += len;
        if (i + k >= n || cp[i + k] != c)
            return 0;
        k++;
    }
    return k;
}

static const char32_t *const QUALIFIERS[] = {U"最高不超过", U"不超过", U"不低于", U"不超", U"超过",
                                             U"最高",       U"最多",   U"约为",   U"大约", U"约",
                                             U"近",         U"逾",     U"共计",   U"合计", U"累计"};
static const char32_t *const DATE_SUFFIX[] = {U"晚间", U"早间", U"午间", U"盘后",
                                              U"上午", U"下午", U"晚",   U"早"};

/* One number token at cp[i] (a digit). Fills *kind, *value, *end, currency; returns true when
 * the token is worth keeping (a unit or a multiplier follows). */
typedef struct numtok {
    int32_t start, end;
    ev_qkind kind;
    double value;
    char currency[4];
    int year, month, day;
    bool has_mult;
} numtok;

static double parse_digits(const uint32_t *cp, int32_t *i, int32_t n, int *ndig, bool *commas)
{
    double v = 0, frac = 0, scale = 1;
    bool dot = false;
    *ndig = 0;
    *commas = false;
    while (*i < n) {
        uint32_t ch = cp[*i];
        if (is_digit(ch)) {
            if (dot) {
                scale /= 10;
                frac += (ch - '0') * scale;
            } else {
                v = v * 10 + (ch - '0');
            }
            (*ndig)++;
            (*i)++;
        } else if (ch == '.' && !dot && *i + 1 < n && is_digit(cp[*i + 1])) {
            dot = true;
            (*i)++;
        } else if (ch == ',' && !dot && *i + 3 < n && is_digit(cp[*i + 1]) && is_digit(cp[*i + 2]) &&
                   is_digit(cp[*i + 3]) && (*i + 4 >= n || !is_digit(cp[*i + 4]) || cp[*i + 4] == ',')) {
            *commas = true;
            (*i)++;
        } else {
            break;
        }
    }
    return v + frac;
}

static bool scan_token(const uint32_t *cp, int32_t n, int32_t i, numtok *t)
{
    memset(t, 0, sizeof *t);
    t->start = i;
    int ndig;
    bool commas;
    int32_t j = i;
    double v = parse_digits(cp, &j, n, &ndig, &commas);
    /* dates */
    if (j < n && cp[j] == 0x5E74 /* 年 */ && ndig == 4 && v >= 1900 && v <= 2100) {
        t->year = (int)v;
        j++;
        int32_t k = j;
        double mv = is_digit(cp[k]) ? parse_digits(cp, &k, n, &ndig, &commas) : 0;
        if (k > j && k < n && cp[k] == 0x6708 /* 月 */ && mv >= 1 && mv <= 12) {
            t->month = (int)mv;
            j = k + 1;
            k = j;
            double dv = k < n && is_digit(cp[k]) ? parse_digits(cp, &k, n, &ndig, &commas) : 0;
            if (k > j && k < n && (cp[k] == 0x65E5 || cp[k] == 0x53F7) && dv >= 1 && dv <= 31) {
                t->day = (int)dv;
                j = k + 1;
            }
        }
        t->kind = Q_DATE;
    } else if (j < n && cp[j] == 0x6708 && v >= 1 && v <= 12 && ndig <= 2) {
        t->month = (int)v;
        j++;
        int32_t k = j;
        double dv = k < n && is_digit(cp[k]) ? parse_digits(cp, &k, n, &ndig, &commas) : 0;
        if (k > j && k < n && (cp[k] == 0x65E5 || cp[k] == 0x53F7) && dv >= 1 && dv <= 31) {
            t->day = (int)dv;
            j = k + 1;
        }
        t->kind = Q_DATE;
    } else if (j < n && cp[j] == 0x65E5 && v >= 1 && v <= 31 && ndig <= 2 &&
               !(i > 0 && cp[i - 1] == 0x4E2A)) {
        t->day = (int)v;
        j++;
        t->kind = Q_DATE;
    }
    if (t->kind == Q_DATE) {
        for (size_t s = 0; s < sizeof DATE_SUFFIX / sizeof *DATE_SUFFIX; s++) {
            int k = gx_cp_at(cp, n, j, DATE_SUFFIX[s]);
            if (k) {
                j += k;
                break;
            }
        }
        t->end = j;
        return true;
    }
    /* multipliers */
    double mult = 1;
    if (word_at(cp, j, n, "万亿")) {
        mult = 1e12;
        j += 2;
    } else if (word_at(cp, j, n, "千万")) {
        mult = 1e7;
        j += 2;
    } else if (word_at(cp, j, n, "百万")) {
        mult = 1e6;
        j += 2;
    } else if (word_at(cp, j, n, "亿")) {
        mult = 1e8;
        j += 1;
    } else if (word_at(cp, j, n, "万")) {
        mult = 1e4;
        j += 1;
    }
    t->has_mult = mult > 1;
    t->value = v * mult;
    if (j < n && (cp[j] == '%' || cp[j] == 0xFF05)) {
        t->kind = Q_PERCENT;
        t->value = v;
        t->end = j + 1;
        return true;
    }
    for (size_t s = 0; s < sizeof CURRENCIES / sizeof *CURRENCIES; s++) {
        int k = word_at(cp, j, n, CURRENCIES[s].word);
        if (k) {
            t->kind = Q_MONEY;
            memcpy(t->currency, CURRENCIES[s].code, 4);
            j += k;
            if (t->currency[0] == 'C' && word_at(cp, j, n, "人民币"))
                j += 3;
            t->end = j;
            return true;
        }
    }
    if (j < n && cp[j] == 0x80A1 /* 股 */ && !word_at(cp, j, n, "股东") && !word_at(cp, j, n, "股份有限")) {
        t->kind = Q_SHARES;
        t->end = j + 1;
        return true;
    }
    if (t->has_mult || commas) {
        t->kind = Q_NUMBER;
        t->end = j;
        return true;
    }
    return false;
}

static const char *iso_date(gx_arena *a, int y, int m, int d)
{
    if (!y)
        return NULL;
    if (m && d)
        return gx_arena_printf(a, "%04d-%02d-%02d", y, m, d);
    if (m)
        return gx_arena_printf(a, "%04d-%02d", y, m);
    return gx_arena_printf(a, "%04d", y);
}

/* Fallback numbers: every token of scan_token not overlapping the quantity stage's. */
static void scan_numbers(ev_ctx *c, int nq_given, int *cap, int32_t lo, int32_t hi, int *ctx_y, int *ctx_m)
{
    gx_article *art = c->art;
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp;
    int pub_y = 0, pub_m = 0;
    if (art->published_at && strlen(art->published_at) >= 4) {
        pub_y = atoi(art->published_at);
        if (strlen(art->published_at) >= 7)
            pub_m = atoi(art->published_at + 5);
    }
    int last_y = *ctx_y, last_m = *ctx_m;
    for (int32_t i = lo; i < hi; i++) {
        if (!is_digit(cp[i]) || (i > 0 && (is_digit(cp[i - 1]) || cp[i - 1] == '.' ||
                                            (cp[i - 1] < 0x80 && ((cp[i - 1] | 0x20) >= 'a' && (cp[i - 1] | 0x20) <= 'z')))))
            continue;
        numtok t;
        if (!scan_token(cp, n, i, &t)) {
            while (i + 1 < n && (is_digit(cp[i + 1]) || cp[i + 1] == '.' || cp[i + 1] == ','))
                i++;
            continue;
        }
        /* ranges: 1.5亿-3亿元, 6.144英镑至6.24英镑, 9月9日至12日 */
        int32_t j = t.end;
        if (j + 1 < n && (cp[j] == 0x81F3 || cp[j] == '-' || cp[j] == '~' || cp[j] == 0x5230 ||
                          cp[j] == 0xFF5E || cp[j] == 0x2014 || cp[j] == 0x2013) && is_digit(cp[j + 1])) {
            numtok u;
            if (scan_token(cp, n, j + 1, &u) &&
                (u.kind == t.kind || (t.kind == Q_NUMBER && (u.kind == Q_MONEY || u.kind == Q_SHARES)))) {
                if (t.kind == Q_NUMBER) {
                    t.kind = u.kind;
                    memcpy(t.currency, u.currency, 4);
                }
                t.end = u.end;
            }
        }
        /* qualifier before */
        int32_t s = t.start;
        for (size_t k = 0; k < sizeof QUALIFIERS / sizeof *QUALIFIERS; k++) {
            int32_t L = 0;
            while (QUALIFIERS[k][L])
                L++;
            if (s - L >= 0 && gx_cp_at(cp, n, s - L, QUALIFIERS[k]) == L) {
                s -= L;
                break;
            }
        }
        if (t.kind == Q_DATE) {
            if (t.year)
                last_y = t.year, last_m = t.month;
            int y = t.year ? t.year : (last_y ? last_y : pub_y);
            if (!t.year && t.month && pub_m && !last_y && t.month > pub_m + 1)
                y = pub_y - 1;
            int m = t.month ? t.month : (t.day ? (last_m ? last_m : pub_m) : 0);
            if (!t.year && !t.month && !m)
                y = 0;
            t.value = 0;
            if (!q_overlaps(c->q, nq_given, s, t.end)) {
                if (c->nq == *cap) {
                    *cap = *cap ? *cap * 2 : 32;
                    ev_q *nv = gx_arena_alloc(art->arena, sizeof *nv * (size_t)*cap);
                    if (c->nq)
                        memcpy(nv, c->q, sizeof *nv * (size_t)c->nq);
                    c->q = nv;
                }
                ev_q *q = &c->q[c->nq++];
                memset(q, 0, sizeof *q);
                q->start = s;
                q->end = t.end;
                q->kind = Q_DATE;
                q->qidx = -1;
                q->date = iso_date(art->arena, y, m, t.day);
            }
        } else if (!q_overlaps(c->q, nq_given, s, t.end)) {
            if (c->nq == *cap) {
                *cap = *cap ? *cap * 2 : 32;
                ev_q *nv = gx_arena_alloc(art->arena, sizeof *nv * (size_t)*cap);
                if (c->nq)
                    memcpy(nv, c->q, sizeof *nv * (size_t)c->nq);
                c->q = nv;
            }
            ev_q *q = &c->q[c->nq++];
            memset(q, 0, sizeof *q);
            q->start = s;
            q->end = t.end;
            q->kind = t.kind;
            q->value = t.value;
            memcpy(q->currency, t.currency, 4);
            q->qidx = -1;
        }
        i = t.end - 1;
    }
    *ctx_y = last_y;
    *ctx_m = last_m;
}

static bool ment_is_coref(const ev_ctx *c, int32_t s, int32_t e)
{
    return gx_evlex_is(c->lx, c->art->cp, s, e, GX_CAT_SUBJ_SKIP);
}

/* An outlet by its name: the article's own outlet, a name ending like one (…财经, …网, …时报),
 * or an exchange (exchanges list companies; they do not buy, sell or pledge — the listing's
 * exchange comes from exchange words). */
static bool entity_is_media(const gx_article *art, const gx_entity *ent)
{
    const char *nm = ent->name ? ent->name : "";
    size_t L = strlen(nm);
    static const char *const MEDIA[] = {"财经", "网", "社", "报", "新闻", "APP", "时报", "日报", "资讯", "传媒"};
    bool media = art->outlet && strcmp(art->outlet, nm) == 0;
    for (size_t k = 0; k < sizeof MEDIA / sizeof *MEDIA && !media; k++) {
        size_t n = strlen(MEDIA[k]);
        media = L > n && strcmp(nm + L - n, MEDIA[k]) == 0 && ent->type == GX_ENT_ORGANIZATION;
        if (!media && L > n && strcmp(nm + L - n, MEDIA[k]) == 0 && (k == 0 || k == 1))
            media = true; /* 智通财经, 挖贝网 tagged as companies */
    }
    return media || strstr(nm, "交易所") || strstr(nm, "联交所") || strstr(nm, "转让系统");
}

void ev_ctx_build(ev_ctx *c, const gx_evlex *lx, gx_article *art)
{
    memset(c, 0, sizeof *c);
    c->lx = lx;
    c->art = art;
    c->subject = -1;
    gx_arena *a = art->arena;

    /* sentences: the structure stage's, else split here; the title first */
    int ns = art->sentences.n;
    c->sent = gx_arena_alloc(a, sizeof *c->sent * (size_t)(ns + 2));
    if (art->title_span.end > art->title_span.start &&
        (ns == 0 || art->sentences.v[0].start >= art->title_span.end))
        c->sent[c->nsent++] = art->title_span;
    c->body_start = art->title_span.end;
    if (ns) {
        for (int i = 0; i < ns; i++)
            c->sent[c->nsent++] = art->sentences.v[i];
    } else {
        /* split [body_start, ncp) at sentence ends */
        gx_span *v = NULL;
        int nv = 0, capv = 0;
        int32_t s = c->body_start;
        for (int32_t i = s; i <= art->ncp; i++) {
            if (i == art->ncp || is_sentence_end(art->cp[i])) {
                int32_t e = i < art->ncp && art->cp[i] != '\n' ? i + 1 : i;
                int32_t b = s;
                while (b < e && (art->cp[b] == ' ' || art->cp[b] == '\n' || art->cp[b] == 0x3000))
                    b++;
                if (e > b) {
                    if (nv == capv) {
                        capv = capv ? capv * 2 : 64;
                        gx_span *nvv = gx_arena_alloc(a, sizeof *nvv * (size_t)(capv + 2));
                        if (nv)
                            memcpy(nvv, v, sizeof *nvv * (size_t)nv);
                        v = nvv;
                    }
                    v[nv].start = b;
                    v[nv].end = e;
                    nv++;
                }
                s = i + 1;
            }
        }
        gx_span *all = gx_arena_alloc(a, sizeof *all * (size_t)(nv + 2));
        memcpy(all, c->sent, sizeof *all * (size_t)c->nsent);
        if (nv)
            memcpy(all + c->nsent, v, sizeof *all * (size_t)nv);
        c->sent = all;
        c->nsent += nv;
    }

    /* pass 1: which sentences hold a cue. The full scan (pass 2) covers them, their
     * neighbours and the title and lead (disclosure dates); nothing when no sentence has one */
    bool *cue = gx_arena_alloc(a, sizeof(bool) * (size_t)(c->nsent + 1));
    bool any = false;
    for (int i = 0; i < c->nsent; i++) {
        cue[i] = gx_evlex_has_cue(lx, art->cp, c->sent[i].start, c->sent[i].end);
        any |= cue[i];
    }
    if (!any)
        return; /* no cue: no event, nothing more to prepare */
    bool *sel = gx_arena_alloc(a, sizeof(bool) * (size_t)(c->nsent + 1));
    for (int i = 0; any && i < c->nsent; i++)
        sel[i] = cue[i] || (i > 0 && cue[i - 1]) || (i + 1 < c->nsent && cue[i + 1]) || i < 3;
    hitbuf hb = {a, NULL, 0, 0};
    int32_t done = 0; /* never scan a position twice (hits stay sorted) */
    for (int i = 0; i < c->nsent; i++) {
        if (!sel[i])
            continue;
        int32_t lo = c->sent[i].start > done ? c->sent[i].start : done;
        if (lo < c->sent[i].end) {
            gx_evlex_scan(lx, art->cp, lo, c->sent[i].end, false, emit_hit, &hb);
            done = c->sent[i].end;
        }
    }
    c->h = hb.v;
    c->nh = hb.n;
    /* the hits grouped by category, each group in hit order (counting sort) */
    c->hc = gx_arena_alloc(a, sizeof(int) * (size_t)(c->nh + 1));
    for (int i = 0; i < c->nh; i++)
        c->hc_off[ev_hit_entry(c, i)->cat + 1]++;
    for (int k = 0; k < GX_CAT__COUNT; k++)
        c->hc_off[k + 1] += c->hc_off[k];
    {
        int fill[GX_CAT__COUNT];
        memcpy(fill, c->hc_off, sizeof fill);
        for (int i = 0; i < c->nh; i++)
            c->hc[fill[ev_hit_entry(c, i)->cat]++] = i;
    }

    /* mentions */
    int total = 0;
    for (int e = 0; e < art->entities.n; e++)
        total += art->entities.v[e].mentions.n;
    c->m = gx_arena_alloc(a, sizeof *c->m * (size_t)(total + 1));
    for (int e = 0; e < art->entities.n; e++) {
        const gx_entity *ent = &art->entities.v[e];
        for (int k = 0; k < ent->mentions.n; k++) {
            ev_ment *m = &c->m[c->nm++];
            m->start = ent->mentions.v[k].span.start;
            m->end = ent->mentions.v[k].span.end;
            m->ent = e;
            m->type = (uint8_t)ent->type;
        }
    }
    /* news outlets (智通财经, 新浪财经, 证券时报) report events; they never take part in them.
     * What the entity's name says is the same for each of its mentions: judged once per entity
     * (0 not yet, 1 no, 2 yes) */
    uint8_t *ent_media = gx_arena_alloc(a, (size_t)art->entities.n + 1);
    for (int i = 0; i < c->nm; i++) {
        const gx_entity *ent = &art->entities.v[c->m[i].ent];
        if (ent->type != GX_ENT_ORGANIZATION && ent->type != GX_ENT_COMPANY)
            continue;
        if (!ent_media[c->m[i].ent])
            ent_media[c->m[i].ent] = 1 + entity_is_media(art, ent);
        bool media = ent_media[c->m[i].ent] == 2;
        /* 【亿邦动力讯】, 智通财经APP讯: a name followed by 讯 / 消息 is the reporting outlet */
        for (int32_t k = c->m[i].end; !media && k < art->ncp && k < c->m[i].end + 5; k++) {
            uint32_t ch = art->cp[k];
            if (ch == 0x8BAF /* 讯 */)
                media = true;
            if (ch == 0x3011 || ch == ']' || ev_is_clause_punct(ch))
                break;
        }
        /* a "name" that starts with a preposition or verb (通过发行股份) is not one */
        if (!media && c->m[i].end - c->m[i].start > 2) {
            uint32_t f = art->cp[c->m[i].start];
            media = f == 0x901A /* 通 */ || f == 0x7EB5 /* 纵 */ || f == 0x5355 /* 单 */ || f == 0x5BF9 /* 对 */ ||
                    f == 0x5411 /* 向 */ || f == 0x88AB /* 被 */ || f == 0x5C06 /* 将 */ || f == 0x4E8E /* 于 */;
            if (f == 0x901A && c->m[i].end - c->m[i].start >= 2 && art->cp[c->m[i].start + 1] != 0x8FC7)
                media = false; /* 通 starts names too (通威股份); only 通过 is a preposition */
            if ((f == 0x5355 || f == 0x7EB5) && c->m[i].end - c->m[i].start < 4)
                media = false;
        }
        if (media)
            c->m[i].type = GX_ENT__COUNT; /* matches no mask */
    }
    sort_ments(c->m, c->nm, gx_arena_alloc_raw(a, sizeof *c->m * (size_t)(c->nm + 1)));
    for (int i = 0; i < c->nm; i++)
        c->m[i].coref = ment_is_coref(c, c->m[i].start, c->m[i].end);
    /* explicit mentions grouped by entity (counting sort keeps text order) */
    int ne = art->entities.n;
    c->by_ent_off = gx_arena_alloc(a, sizeof(int) * (size_t)(ne + 2));
    c->by_ent = gx_arena_alloc(a, sizeof(int) * (size_t)(c->nm + 1));
    for (int i = 0; i < c->nm; i++)
        if (!c->m[i].coref)
            c->by_ent_off[c->m[i].ent + 1]++;
    for (int e = 0; e < ne; e++)
        c->by_ent_off[e + 1] += c->by_ent_off[e];
    int *fill = gx_arena_alloc(a, sizeof(int) * (size_t)(ne + 1));
    for (int i = 0; i < c->nm; i++)
        if (!c->m[i].coref)
            c->by_ent[c->by_ent_off[c->m[i].ent] + fill[c->m[i].ent]++] = i;

    /* quantities from the quantity stage, then our fallback numbers */
    int cap = art->quantities.n + 32;
    c->q = gx_arena_alloc(a, sizeof *c->q * (size_t)cap);
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *g = &art->quantities.v[i];
        if (g->quote)
            continue; /* a portal's inline quote, no figure of the story */
        ev_q *q = &c->q[c->nq++];
        q->start = g->span.start;
        q->end = g->span.end;
        switch (g->type) {
        case GX_QTY_MONEY: q->kind = Q_MONEY; break;
        case GX_QTY_PERCENT: q->kind = Q_PERCENT; break;
        case GX_QTY_DATE: q->kind = Q_DATE; break;
        default:
            q->kind = g->unit && (strcmp(g->unit, "股") == 0 || strcmp(g->unit, "万股") == 0 ||
                                  strcmp(g->unit, "亿股") == 0)
                          ? Q_SHARES
                          : Q_COUNT;
            break;
        }
        q->value = g->value;
        memcpy(q->currency, g->currency, 4);
        q->date = g->date;
        q->period = g->period;
        q->has_change = g->has_change;
        q->change = g->change;
        q->qidx = i;
    }
    sort_qs(c->q, c->nq, gx_arena_alloc_raw(a, sizeof *c->q * (size_t)(c->nq + 1)));
    int nq_given = c->nq, cy = 0, cm = 0;
    for (int i = 0; i < c->nsent; i++)
        if (sel[i])
            scan_numbers(c, nq_given, &cap, c->sent[i].start, c->sent[i].end, &cy, &cm);
    sort_qs(c->q, c->nq, gx_arena_alloc_raw(a, sizeof *c->q * (size_t)(c->nq + 1)));
    /* ranges written as two quantities: 2019年10月16日至2024年6月20日, 4350万元~5000万元 */
    int w = 0;
    for (int i = 0; i < c->nq; i++) {
        if (w > 0) {
            ev_q *p = &c->q[w - 1];
            const ev_q *q = &c->q[i];
            uint32_t sep = p->end < art->ncp ? art->cp[p->end] : 0;
            if (q->start == p->end + 1 && q->kind == p->kind &&
                (sep == 0x81F3 || sep == '-' || sep == '~' || sep == 0x5230 || sep == 0xFF5E || sep == 0x2014 ||
                 sep == 0x2013)) {
                p->end = q->end;
                continue;
            }
        }
        c->q[w++] = c->q[i];
    }
    c->nq = w;

    /* the article's subject company: highest salience; ties: mention count, then first */
    double best = -1;
    int bestn = 0, second = 0;
    bool *usable = gx_arena_alloc(a, sizeof(bool) * (size_t)(ne + 1)); /* has a mention not filtered out */
    for (int i = 0; i < c->nm; i++)
        if (c->m[i].type != GX_ENT__COUNT)
            usable[c->m[i].ent] = true;
    for (int e = 0; e < art->entities.n; e++) {
        const gx_entity *ent = &art->entities.v[e];
        if (ent->type != GX_ENT_COMPANY)
            continue;
        if (!usable[e])
            continue;
        int nm = ent->mentions.n;
        bool in_title = nm && ent->mentions.v[0].span.start < art->title_span.end;
        double s = ent->salience + (in_title ? 0.5 : 0) + 0.01 * nm;
        if (s > best || (s == best && nm > bestn)) {
            if (bestn > second)
                second = bestn;
            best = s;
            bestn = nm;
            c->subject = e;
        } else if (nm > second) {
            second = nm;
        }
    }
    if (c->subject >= 0) {
        const gx_entity *se = &art->entities.v[c->subject];
        bool in_title = se->mentions.n && se->mentions.v[0].span.start < art->title_span.end;
        c->subject_strong = in_title || bestn >= 2 * second + 1;
    }
}
