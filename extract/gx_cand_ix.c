/* gx_cand_ix.c — an index over an article's candidates, for the resolution (gx_resolve.c).
 * The rules there compare each candidate with the others that share its span, its text, or a
 * range of start positions; looking at every other candidate made the resolution quadratic
 * (articles have up to ~850 candidates). The index keeps the candidates sorted by the start of
 * their span (a counting sort) and chained by (length, hash of their text), as the spans were
 * when it was built (the key). A candidate whose span changes later (the tagger's left edge
 * trimmed) is marked "moved" and every query returns it too. A query therefore returns a
 * superset of the candidates that can satisfy a rule, in candidate order, and the rule checks
 * its own condition on the current values: the result is the same as the loop over all
 * candidates, first match included. */
#include <stdlib.h>
#include <string.h>

#include "gx_cand_ix.h"
#include "gx_entity_util.h"
#include "gx_isort.h"

/* the counting sort's block: 2^4 code points */
#define GX_CIX_BLOCK 4

struct ix_start {
    int32_t start;
    int idx;
};

static uint64_t cps_hash(const uint32_t *t, int32_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int32_t k = 0; k < n; k++) {
        h ^= t[k];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int cmp_ix_start(const void *a, const void *b)
{
    const ix_start *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->idx - y->idx;
}

/* Build (or rebuild) the index over the candidates' current spans. Memory from the arena. */
void gx_cand_ix_build(gx_cand_ix *ix, const gx_article *art)
{
    int nc = art->candidates.n;
    const gx_candidate *cv = art->candidates.v;
    ix->nc = nc;
    /* by_start, key, text_next (where read), text_hash and text_len are written below for
     * every candidate before anything reads them: not zeroed */
    ix->by_start = gx_arena_alloc_raw(art->arena, sizeof(ix_start) * (size_t)(nc + 1));
    ix->key = gx_arena_alloc_raw(art->arena, sizeof(gx_span) * (size_t)(nc + 1));
    ix->moved = gx_arena_alloc(art->arena, (size_t)nc + 1);
    ix->moved_list = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    ix->moved_sorted = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    ix->nmoved = 0;
    ix->maxlen = 0;
    ix->by_text = NULL;
    ix->nby_text = 0;
    ix->counts = gx_arena_alloc_raw(art->arena, sizeof(gx_text_memo));
    gx_text_memo_init(ix->counts, art);
    uint32_t cap = 16;
    while (cap < 2u * (uint32_t)nc)
        cap <<= 1;
    ix->text_mask = cap - 1;
    ix->text_head = gx_arena_alloc(art->arena, sizeof(int) * cap);
    ix->text_next = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(nc + 1));
    ix->text_hash = gx_arena_alloc_raw(art->arena, sizeof(uint64_t) * (size_t)(nc + 1));
    ix->text_len = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * (size_t)(nc + 1));
    bool in_text = true; /* every start within [0, ncp]: a counting sort orders them */
    for (int i = 0; i < nc; i++) {
        gx_span s = cv[i].span;
        ix->key[i] = s;
        in_text &= s.start >= 0 && s.start <= art->ncp;
        if (s.end - s.start > ix->maxlen)
            ix->maxlen = s.end - s.start;
        ix->text_len[i] = gx_span_in_text(art, s) ? s.end - s.start : -1;
        ix->text_hash[i] = ix->text_len[i] >= 0 ? cps_hash(art->cp + s.start, s.end - s.start) : 0;
    }
    for (int i = nc - 1; i >= 0; i--) /* chains in ascending order */
        if (ix->text_len[i] >= 0) {
            uint32_t b = (uint32_t)(ix->text_hash[i] ^ (uint64_t)ix->text_len[i] * 0x9E3779B97F4A7C15ULL) & ix->text_mask;
            ix->text_next[i] = ix->text_head[b];
            ix->text_head[b] = i + 1;
        }
    if (in_text) {
        /* counted by blocks of 2^GX_CIX_BLOCK positions (a prefix sum over the blocks, not over
         * every code point), then ordered by start within each block (an insertion sort: a
         * block holds a candidate or two; stable, so ascending index within one start) */
        int32_t nb = (art->ncp >> GX_CIX_BLOCK) + 1;
        int *count = gx_arena_alloc(art->arena, sizeof(int) * ((size_t)nb + 1));
        for (int i = 0; i < nc; i++)
            count[(cv[i].span.start >> GX_CIX_BLOCK) + 1]++;
        for (int32_t b = 1; b <= nb; b++)
            count[b] += count[b - 1];
        int *fill = gx_arena_alloc_raw(art->arena, sizeof(int) * ((size_t)nb + 1));
        memcpy(fill, count, sizeof(int) * ((size_t)nb + 1));
        for (int i = 0; i < nc; i++) /* stable: ascending index within one block */
            ix->by_start[fill[cv[i].span.start >> GX_CIX_BLOCK]++] = (ix_start){cv[i].span.start, i};
        for (int32_t b = 0; b < nb; b++)
            for (int a = count[b] + 1; a < count[b + 1]; a++) {
                ix_start x = ix->by_start[a];
                int k = a;
                while (k > count[b] && ix->by_start[k - 1].start > x.start) {
                    ix->by_start[k] = ix->by_start[k - 1];
                    k--;
                }
                ix->by_start[k] = x;
            }
        /* count[b]: where block b begins, b in [0, nb] */
        ix->first_in_block = count;
        ix->ncp = art->ncp;
    } else {
        ix->first_in_block = NULL;
        for (int i = 0; i < nc; i++)
            ix->by_start[i] = (ix_start){cv[i].span.start, i};
        qsort(ix->by_start, (size_t)nc, sizeof(ix_start), cmp_ix_start);
    }
}

/* Candidate i's span changed since the index was built: return it from every query. */
void gx_cand_ix_moved(gx_cand_ix *ix, int i)
{
    if (ix->moved[i])
        return;
    ix->moved[i] = 1;
    ix->moved_list[ix->nmoved] = i;
    int k = ix->nmoved++; /* into moved_sorted, ascending */
    while (k > 0 && ix->moved_sorted[k - 1] > i) {
        ix->moved_sorted[k] = ix->moved_sorted[k - 1];
        k--;
    }
    ix->moved_sorted[k] = i;
}

static void sort_ints(int *v, int n)
{
    for (int a = 1; a < n; a++) {
        int x = v[a], b = a;
        while (b > 0 && v[b - 1] > x) {
            v[b] = v[b - 1];
            b--;
        }
        v[b] = x;
    }
}

/* Up to this many candidates, indices are sorted by a bitmap of them (64 words on the stack). */
#define SORT_BITS_MAX 4095

/* v: n distinct candidate indices in [0, nc] (a query's answers: every candidate once, a moved
 * one from the moved list only), into ascending order. Many (a range's answers come by start,
 * not by index): by a bitmap of the indices, read back in order (not a comparison sort). */
static void sort_idx(int *v, int n, int nc)
{
    if (n > 32 && nc <= SORT_BITS_MAX) {
        uint64_t bits[(SORT_BITS_MAX >> 6) + 1];
        int nw = (nc + 64) >> 6; /* (room for index nc too, as the moved flags have) */
        memset(bits, 0, sizeof(uint64_t) * (size_t)nw);
        for (int k = 0; k < n; k++)
            bits[v[k] >> 6] |= 1ULL << (v[k] & 63);
        int m = 0;
        for (int w = 0; w < nw; w++)
            for (uint64_t b = bits[w]; b; b &= b - 1)
                v[m++] = (w << 6) | __builtin_ctzll(b);
        return;
    }
    int k = 1;
    while (k < n && v[k - 1] <= v[k])
        k++;
    if (k >= n) /* already in order (one start, nothing moved: the usual case) */
        return;
    if (n > 32)
        qsort(v, (size_t)n, sizeof(int), gx_cmp_int32);
    else
        sort_ints(v, n);
}

/* Candidates whose span may start in [lo, hi), ascending, into out (room for nc); returns n. */
/* The first entry of ix->by_start whose key starts at or after lo. */
static int by_start_lower(const gx_cand_ix *ix, int32_t lo)
{
    int a = 0, b = ix->nc;
    if (ix->first_in_block) { /* the block of lo, read off the counting sort */
        if (lo <= 0)
            b = 0;
        else if (lo > ix->ncp)
            a = ix->nc;
        else {
            a = ix->first_in_block[lo >> GX_CIX_BLOCK];
            b = ix->first_in_block[(lo >> GX_CIX_BLOCK) + 1];
        }
    }
    while (a < b) {
        int m = (a + b) / 2;
        if (ix->by_start[m].start < lo)
            a = m + 1;
        else
            b = m;
    }
    return a;
}

/* Move it->place to the next place (after it->place) where w0 w1 are written, other than skip,
 * and it->k to its first entry; -1 when none is left. */
static void place_advance(gx_cand_place_it *it)
{
    const gx_article *art = it->art;
    int32_t p = it->place;
    for (;;) {
        p = p < 0 ? -1 : gx_text_place_next(art, p);
        if (p < 0)
            break;
        if (p != it->skip && p + 1 < art->ncp && art->cp[p] == it->w0 && art->cp[p + 1] == it->w1)
            break;
    }
    it->place = p;
    if (p >= 0)
        it->k = by_start_lower(it->ix, p);
}

int gx_cand_place_first(gx_cand_place_it *it, const gx_cand_ix *ix, const gx_article *art,
                        const uint32_t *w, int32_t skip)
{
    it->ix = ix;
    it->art = art;
    it->w0 = w[0];
    it->w1 = w[1];
    it->skip = skip;
    it->mv = 0;
    it->place = -1;
    int32_t p = art->ncp >= 2 ? gx_text_place_first(art, w) : -1;
    if (p >= 0) {
        if (p != skip && p + 1 < art->ncp && art->cp[p] == it->w0 && art->cp[p + 1] == it->w1) {
            it->place = p;
            it->k = by_start_lower(ix, p);
        } else {
            it->place = p;
            place_advance(it);
        }
    }
    return gx_cand_place_next(it);
}

int gx_cand_place_next(gx_cand_place_it *it)
{
    const gx_cand_ix *ix = it->ix;
    if (it->mv < ix->nmoved)
        return ix->moved_list[it->mv++];
    while (it->place >= 0) {
        while (it->k < ix->nc && ix->by_start[it->k].start == it->place) {
            int j = ix->by_start[it->k++].idx;
            if (!ix->moved[j])
                return j;
        }
        place_advance(it);
    }
    return -1;
}

/* What key_text_cmp reads: the index and the article's code points. */
typedef struct text_order {
    const gx_cand_ix *ix;
    const uint32_t *cp;
} text_order;

/* Key texts compared: by code points, a text before the longer ones it begins (then index). */
static int key_text_cmp(const void *ctx, int a, int b)
{
    const gx_cand_ix *ix = ((const text_order *)ctx)->ix;
    const uint32_t *cp = ((const text_order *)ctx)->cp;
    int32_t la = ix->text_len[a], lb = ix->text_len[b];
    const uint32_t *ta = cp + ix->key[a].start, *tb = cp + ix->key[b].start;
    for (int32_t k = 0; k < la && k < lb; k++)
        if (ta[k] != tb[k])
            return ta[k] < tb[k] ? -1 : 1;
    if (la != lb)
        return la < lb ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* ix->by_text: the candidates with a key in the text, sorted by key_text_cmp (gx_isort: n log n
 * comparisons even when one text is repeated throughout). */
static void by_text_build(gx_cand_ix *ix, const gx_article *art)
{
    int n = 0;
    int *v = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(ix->nc + 1));
    int *tmp = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(ix->nc + 1));
    for (int i = 0; i < ix->nc; i++)
        if (ix->text_len[i] >= GX_CAND_PREFIX_MIN)
            v[n++] = i;
    const text_order order = {ix, art->cp};
    ix->by_text = gx_isort(v, tmp, n, key_text_cmp, &order);
    ix->nby_text = n;
}

/* Does candidate j's key text begin with w[0, len)? Else: -1 when it sorts before w, 1 after. */
static int key_prefix_cmp(const gx_cand_ix *ix, const uint32_t *cp, int j, const uint32_t *w,
                          int32_t len)
{
    int32_t lj = ix->text_len[j];
    const uint32_t *t = cp + ix->key[j].start;
    for (int32_t k = 0; k < lj && k < len; k++)
        if (t[k] != w[k])
            return t[k] < w[k] ? -1 : 1;
    return lj < len ? -1 : 0;
}

int gx_cand_prefix_first(gx_cand_prefix_it *it, gx_cand_ix *ix, const gx_article *art,
                         const uint32_t *w, int32_t len)
{
    if (!ix->by_text)
        by_text_build(ix, art);
    it->ix = ix;
    it->art = art;
    it->w = w;
    it->len = len;
    it->mv = 0;
    if (len < GX_CAND_PREFIX_MIN) { /* (not sorted for: the moved ones only) */
        it->k = ix->nby_text;
        return gx_cand_prefix_next(it);
    }
    int a = 0, b = ix->nby_text; /* the first entry not before w */
    while (a < b) {
        int m = (a + b) / 2;
        if (key_prefix_cmp(ix, art->cp, ix->by_text[m], w, len) < 0)
            a = m + 1;
        else
            b = m;
    }
    it->k = a;
    return gx_cand_prefix_next(it);
}

int gx_cand_prefix_next(gx_cand_prefix_it *it)
{
    const gx_cand_ix *ix = it->ix;
    if (it->mv < ix->nmoved)
        return ix->moved_list[it->mv++];
    while (it->k < ix->nby_text) {
        int j = ix->by_text[it->k++];
        if (key_prefix_cmp(ix, it->art->cp, j, it->w, it->len) != 0) {
            it->k = ix->nby_text; /* past the entries that begin with w */
            break;
        }
        if (!ix->moved[j])
            return j;
    }
    return -1;
}

int gx_cand_ix_starting(const gx_cand_ix *ix, int32_t lo, int32_t hi, int *out)
{
    int a = by_start_lower(ix, lo);
    int n = 0;
    for (int k = a; k < ix->nc && ix->by_start[k].start < hi; k++)
        if (!ix->moved[ix->by_start[k].idx])
            out[n++] = ix->by_start[k].idx;
    for (int k = 0; k < ix->nmoved; k++)
        out[n++] = ix->moved_list[k];
    sort_idx(out, n, ix->nc);
    return n;
}

/* Candidates whose span may have the same text as s, ascending, into out; returns n. self: a
 * candidate whose current span is s, or -1 (its hash is known unless it moved). */
int gx_cand_ix_same_text(const gx_cand_ix *ix, const gx_article *art, gx_span s, int self, int *out)
{
    int n = 0;
    if (gx_span_in_text(art, s)) {
        int32_t len = s.end - s.start;
        uint64_t h = self >= 0 && !ix->moved[self] && ix->text_len[self] == len ? ix->text_hash[self]
                                                                                : cps_hash(art->cp + s.start, len);
        uint32_t b = (uint32_t)(h ^ (uint64_t)len * 0x9E3779B97F4A7C15ULL) & ix->text_mask;
        for (int k1 = ix->text_head[b]; k1 > 0; k1 = ix->text_next[k1 - 1])
            if (ix->text_len[k1 - 1] == len && ix->text_hash[k1 - 1] == h && !ix->moved[k1 - 1])
                out[n++] = k1 - 1;
    }
    if (ix->nmoved == 0)
        return n; /* (a chain is in ascending order) */
    for (int k = 0; k < ix->nmoved; k++)
        out[n++] = ix->moved_list[k];
    sort_idx(out, n, ix->nc);
    return n;
}

int gx_cand_ix_text_count(const gx_cand_ix *ix, const gx_article *art, gx_span s)
{
    int occ = 0, unused;
    int32_t n = s.end - s.start;
    if (!gx_span_in_text(art, s) || n < 2) { /* (a bigram's places need two code points) */
        for (int32_t i = 0; i + n <= art->ncp && gx_span_in_text(art, s); i++)
            occ += !memcmp(art->cp + i, art->cp + s.start, sizeof(uint32_t) * (size_t)n);
        return occ;
    }
    if (gx_text_memo_get(ix->counts, s, 0, &occ, &unused))
        return occ;
    for (int32_t i = gx_text_place_first(art, art->cp + s.start); i >= 0; i = gx_text_place_next(art, i))
        occ += i + n <= art->ncp && art->cp[i] == art->cp[s.start] &&
               !memcmp(art->cp + i, art->cp + s.start, sizeof(uint32_t) * (size_t)n);
    gx_text_memo_put(ix->counts, s, 0, occ, 0);
    return occ;
}

bool gx_cand_ix_text_somewhere(const gx_cand_ix *ix, const gx_article *art, gx_span s, int question,
                               bool (*test)(const gx_article *art, gx_span at))
{
    int yes = 0, unused;
    if (!gx_span_in_text(art, s) || s.end - s.start < 2)
        return true; /* (not asked of such a span: "maybe", the caller looks) */
    if (gx_text_memo_get(ix->counts, s, (uint64_t)question, &yes, &unused))
        return yes;
    int32_t n = s.end - s.start;
    for (int32_t i = gx_text_place_first(art, art->cp + s.start); i >= 0 && !yes; i = gx_text_place_next(art, i))
        yes = i + n <= art->ncp && art->cp[i] == art->cp[s.start] &&
              !memcmp(art->cp + i, art->cp + s.start, sizeof(uint32_t) * (size_t)n) && test(art, (gx_span){i, i + n});
    gx_text_memo_put(ix->counts, s, (uint64_t)question, yes, 0);
    return yes;
}

/* The next chain entry of the iterator's text (not moved), or -1. */
static int text_it_chain(gx_cand_text_it *it)
{
    const gx_cand_ix *ix = it->ix;
    while (it->chain > 0) {
        int j = it->chain - 1;
        it->chain = ix->text_next[j];
        if (ix->text_len[j] == it->len && ix->text_hash[j] == it->hash && !ix->moved[j])
            return j;
    }
    return -1;
}

/* The first candidate whose span may have the same text as s (as gx_cand_ix_same_text), or -1. */
int gx_cand_text_first(gx_cand_text_it *it, const gx_cand_ix *ix, const gx_article *art, gx_span s, int self)
{
    it->ix = ix;
    it->chain = 0;
    it->mv = 0;
    it->len = s.end - s.start;
    it->hash = 0;
    if (gx_span_in_text(art, s)) {
        int32_t len = s.end - s.start;
        uint64_t h = self >= 0 && !ix->moved[self] && ix->text_len[self] == len ? ix->text_hash[self]
                                                                                : cps_hash(art->cp + s.start, len);
        uint32_t b = (uint32_t)(h ^ (uint64_t)len * 0x9E3779B97F4A7C15ULL) & ix->text_mask;
        it->hash = h;
        it->chain = ix->text_head[b];
    }
    it->chained = text_it_chain(it);
    return gx_cand_text_next(it);
}

/* The next one, ascending (a chain entry or a moved candidate, merged), or -1 after the last. */
int gx_cand_text_next(gx_cand_text_it *it)
{
    const gx_cand_ix *ix = it->ix;
    int m = it->mv < ix->nmoved ? ix->moved_sorted[it->mv] : -1;
    if (it->chained >= 0 && (m < 0 || it->chained < m)) {
        int j = it->chained;
        it->chained = text_it_chain(it);
        return j;
    }
    if (m >= 0)
        it->mv++;
    return m;
}

/* Is there a candidate of `type` (any source; a tagger one of fair confidence) starting at
 * `start` and, when end >= 0, ending at `end`, other than cand self? Uses qb as scratch. */
bool gx_cand_typed_at(const gx_article *art, const gx_cand_ix *ix, int self, gx_ent_type type,
                     int32_t start, int32_t end, int *qb)
{
    const gx_candidate *cv = art->candidates.v;
    int nq = gx_cand_ix_starting(ix, start, start + 1, qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &cv[qb[q]];
        if (qb[q] != self && o->type == type && (end < 0 || o->span.end == end) &&
            (o->source != GX_SRC_TAGGER || o->score >= 0.6f))
            return true;
    }
    return false;
}

/* Is there a candidate of `type` (as typed_at) ending exactly at `end`, starting at most 16
 * code points before it? Uses qb as scratch. */
bool gx_cand_typed_ending(const gx_article *art, const gx_cand_ix *ix, int self, gx_ent_type type,
                         int32_t end, int *qb)
{
    const gx_candidate *cv = art->candidates.v;
    int nq = gx_cand_ix_starting(ix, end - 16 < 0 ? 0 : end - 16, end, qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &cv[qb[q]];
        if (qb[q] != self && o->type == type && o->span.end == end &&
            (o->source != GX_SRC_TAGGER || o->score >= 0.6f))
            return true;
    }
    return false;
}

/* A list separator: the enumeration comma 、, or also 和/与 when `conjunctions`. */
static bool list_separator(uint32_t c, bool conjunctions)
{
    return c == 0x3001 /* 、 */ || (conjunctions && (c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */));
}

/* Does cand self stand in a list right next to a candidate of `type`? */
bool gx_cand_listed_with(const gx_article *art, const gx_cand_ix *ix, int self, gx_ent_type type,
                        bool conjunctions, int *qb)
{
    const uint32_t *cp = art->cp;
    int32_t e = art->candidates.v[self].span.end, b = art->candidates.v[self].span.start;
    if (e + 1 < art->ncp && list_separator(cp[e], conjunctions) &&
        gx_cand_typed_at(art, ix, self, type, e + 1, -1, qb))
        return true;
    return b >= 2 && list_separator(cp[b - 1], conjunctions) &&
           gx_cand_typed_ending(art, ix, self, type, b - 1, qb);
}

