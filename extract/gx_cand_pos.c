/* gx_cand_pos.c — the candidates by span start and end (what it is for: gx_cand_pos.h).
 * Chains of candidate indices in ascending order, one per text position and kind (start, end);
 * a query first appends the candidates added since the last one to the tails of their chains
 * (the people rules' index of the twenty-seventh session), and a moved span takes its candidate
 * out of its old chains and into its new ones at its place in the order. A chain thus lists what
 * a walk over every candidate would find at its position, in the walk's order. */
#include <stdlib.h>
#include <string.h>

#include "gx_cand_pos.h"
#include "gx_entity_util.h"

/* One kind of chain (by start or by end). */
typedef struct pos_chains {
    int *head;     /* [ncp + 1]: the first candidate there, read only where the bit is set */
    int *tail;     /* [ncp + 1]: the last one, same rule */
    uint64_t *has; /* [(ncp + 64) / 64]: bit p set when a chain at p is not empty */
    int *next;     /* [cap]: the next candidate (higher index) of the same chain, or -1 */
    int32_t *at;   /* [cap]: the position whose chain holds the candidate, or -1 */
} pos_chains;

struct gx_cand_pos {
    int n;       /* the candidates indexed: [0, n) */
    int cap;     /* room in next / at */
    int32_t ncp;
    int32_t maxlen;
    pos_chains by_start, by_end;
};

static void chains_init(gx_arena *a, pos_chains *c, size_t np, int cap)
{
    c->head = gx_arena_alloc_raw(a, sizeof(int) * np);
    c->tail = gx_arena_alloc_raw(a, sizeof(int) * np);
    c->has = gx_arena_alloc(a, sizeof(uint64_t) * ((np + 63) / 64));
    c->next = gx_arena_alloc_raw(a, sizeof(int) * (size_t)cap);
    c->at = gx_arena_alloc_raw(a, sizeof(int32_t) * (size_t)cap);
}

/* (the per-candidate arrays copied into room for cap: amortized linear) */
static void chains_grow(gx_arena *a, pos_chains *c, int n, int cap)
{
    int *next = gx_arena_alloc_raw(a, sizeof(int) * (size_t)cap);
    int32_t *at = gx_arena_alloc_raw(a, sizeof(int32_t) * (size_t)cap);
    if (n) {
        memcpy(next, c->next, sizeof(int) * (size_t)n);
        memcpy(at, c->at, sizeof(int32_t) * (size_t)n);
    }
    c->next = next;
    c->at = at;
}

static bool chain_has(const pos_chains *c, int32_t p)
{
    return c->has[p >> 6] >> (p & 63) & 1;
}

/* Candidate i into the chain of position p at its place in the order (a position outside
 * [0, ncp] chains nothing: no query in range can be answered by it). */
static void chain_insert(const gx_cand_pos *x, pos_chains *c, int i, int32_t p)
{
    c->next[i] = -1;
    c->at[i] = -1;
    if (p < 0 || p > x->ncp)
        return;
    c->at[i] = p;
    if (!chain_has(c, p)) {
        c->has[p >> 6] |= 1ull << (p & 63);
        c->head[p] = c->tail[p] = i;
    } else if (c->tail[p] < i) { /* (the common case: a new candidate) */
        c->next[c->tail[p]] = i;
        c->tail[p] = i;
    } else if (c->head[p] > i) {
        c->next[i] = c->head[p];
        c->head[p] = i;
    } else {
        int k = c->head[p];
        while (c->next[k] >= 0 && c->next[k] < i)
            k = c->next[k];
        c->next[i] = c->next[k];
        c->next[k] = i;
    }
}

/* Candidate i out of its chain. */
static void chain_remove(pos_chains *c, int i)
{
    int32_t p = c->at[i];
    if (p < 0)
        return;
    int prev = -1;
    for (int k = c->head[p]; k != i; k = c->next[k])
        prev = k;
    if (prev < 0)
        c->head[p] = c->next[i];
    else
        c->next[prev] = c->next[i];
    if (c->tail[p] == i)
        c->tail[p] = prev;
    if (c->head[p] < 0)
        c->has[p >> 6] &= ~(1ull << (p & 63));
    c->at[i] = -1;
}

static void note_len(gx_cand_pos *x, gx_span s)
{
    if (s.end - s.start > x->maxlen)
        x->maxlen = s.end - s.start;
}

/* Index the candidates added since: [x->n, art->candidates.n). */
static void catch_up(gx_cand_pos *x, const gx_article *art)
{
    int n = art->candidates.n;
    if (n > x->cap) {
        int cap = n > 2 * x->cap ? n : 2 * x->cap;
        chains_grow(art->arena, &x->by_start, x->n, cap);
        chains_grow(art->arena, &x->by_end, x->n, cap);
        x->cap = cap;
    }
    const gx_candidate *cv = art->candidates.v;
    for (int i = x->n; i < n; i++) {
        chain_insert(x, &x->by_start, i, cv[i].span.start);
        chain_insert(x, &x->by_end, i, cv[i].span.end);
        note_len(x, cv[i].span);
    }
    x->n = n;
}

gx_cand_pos *gx_cand_pos_build(gx_article *art)
{
    int n = art->candidates.n;
    const gx_candidate *cv = art->candidates.v;
    for (int i = 0; i < n; i++)
        if (cv[i].span.start < 0 || cv[i].span.end > art->ncp || cv[i].span.start > cv[i].span.end)
            return NULL;
    gx_cand_pos *x = gx_arena_alloc(art->arena, sizeof *x);
    size_t np = (size_t)art->ncp + 1;
    x->cap = n + 16;
    x->ncp = art->ncp;
    chains_init(art->arena, &x->by_start, np, x->cap);
    chains_init(art->arena, &x->by_end, np, x->cap);
    catch_up(x, art);
    return x;
}

/* The index, caught up with the candidates added since its last use; NULL when there is none. */
static gx_cand_pos *current(const gx_article *art)
{
    gx_cand_pos *x = art->cand_pos;
    if (!x || x->n > art->candidates.n)
        return NULL;
    if (x->n < art->candidates.n)
        catch_up(x, art);
    return x;
}

int gx_cand_pos_next(const gx_article *art, int i, int32_t at, bool by_end)
{
    gx_cand_pos *x = current(art);
    if (x && at >= 0 && at <= x->ncp) {
        const pos_chains *c = by_end ? &x->by_end : &x->by_start;
        if (i < 0)
            return gx_head_at(c->has, c->head, at);
        if (i < x->n && c->at[i] == at)
            return c->next[i];
    }
    for (i++; i < art->candidates.n; i++) {
        gx_span s = art->candidates.v[i].span;
        if ((by_end ? s.end : s.start) == at)
            return i;
    }
    return -1;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int gx_cand_overlapping(const gx_article *art, gx_span s, int *out, int room)
{
    const gx_cand_pos *x = current(art);
    if (!x)
        return -1;
    int n = 0;
    int32_t from = s.start - x->maxlen > 0 ? s.start - x->maxlen : 0;
    for (int32_t p = from; p < s.end && p <= x->ncp; p++)
        for (int k = gx_head_at(x->by_start.has, x->by_start.head, p); k >= 0; k = x->by_start.next[k]) {
            const gx_span c = art->candidates.v[k].span;
            if (c.start < s.end && c.end > s.start) {
                if (n == room)
                    return -1;
                out[n++] = k;
            }
        }
    qsort(out, (size_t)n, sizeof *out, cmp_int);
    return n;
}

int32_t gx_cand_pos_maxlen(const gx_article *art)
{
    const gx_cand_pos *x = current(art);
    return x ? x->maxlen : art->ncp;
}

void gx_cand_set_span(gx_article *art, int i, gx_span s)
{
    gx_cand_pos *x = current(art);
    art->candidates.v[i].span = s;
    if (!x)
        return;
    if (s.start < 0 || s.end > x->ncp || s.start > s.end) { /* (the queries walk from now on) */
        art->cand_pos = NULL;
        return;
    }
    chain_remove(&x->by_start, i);
    chain_remove(&x->by_end, i);
    chain_insert(x, &x->by_start, i, s.start);
    chain_insert(x, &x->by_end, i, s.end);
    note_len(x, s);
}
