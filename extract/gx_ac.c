/* gx_ac.c — Aho-Corasick over code points (see gx_ac.h).
 *
 * Build: a trie with sibling lists (the root's children through a direct table), then frozen
 * into compact nodes with sorted edge arrays (CSR), read in a row or binary-searched. A scan
 * walks from the root only at positions that pass per-character and hashed bigram/trigram
 * filters (see gx_ac_scan), so no failure links are kept. The root keeps a direct table for
 * code points below ROOT_DIRECT so the most frequent transition is one load. */
#include "gx_ac.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

#define ROOT_DIRECT 0x30000u /* BMP + CJK extension B */

/* One frozen node: its edges are edges[efirst .. efirst+ecount), its payloads
 * pays[pfirst .. pfirst+pcount) in insertion order. The four fields side by side, so that a
 * step of a scan touches one cache line for the node (four separate arrays cost one miss
 * each on an automaton of megabytes). */
typedef struct ac_node {
    int32_t efirst, ecount, pfirst, pcount;
} ac_node;

/* One frozen edge, sorted by code point within its node; code point and target together. */
typedef struct ac_edge {
    uint32_t cp;
    int32_t to;
} ac_edge;

struct gx_ac {
    int built;
    int32_t nnodes, cap;
    /* build-time trie (freed by gx_ac_build) */
    int32_t *child, *sib;   /* first child, next sibling                                  */
    uint32_t *cp;           /* the code point on the edge into the node                    */
    int32_t *out;           /* first payload index or -1                                  */
    int32_t *pay, *pay_next;
    int32_t npay, pay_cap;
    /* the root's child per code point below ROOT_DIRECT, or -1 (kept after build) */
    int32_t *root_tab;
    /* frozen (gx_ac_build) */
    ac_node *nodes;
    ac_edge *edges;
    int32_t *pays;
    /* scan filters: one-character patterns, and hashed bigrams that begin some pattern */
    uint64_t *one;
    uint64_t *bigram;
    /* second-level filter for positions that pass the bigram filter: hashed bits for "a
     * pattern is exactly this bigram" and "a pattern of three or more starts with this
     * trigram"; a position where neither holds starts no match longer than one character */
    uint64_t *deeper;
};

#define BIGRAM_BITS 17
static inline uint32_t bigram_hash(uint32_t a, uint32_t b)
{
    return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (a >> 7)) >> (32 - BIGRAM_BITS);
}

#define DEEPER_BITS 18
static inline uint32_t exact2_hash(uint32_t a, uint32_t b)
{
    return ((a * 0x85EBCA77u) ^ (b * 0xC2B2AE3Du) ^ (b >> 5)) >> (32 - DEEPER_BITS);
}
static inline uint32_t trigram_hash(uint32_t a, uint32_t b, uint32_t c)
{
    return ((a * 0x9E3779B1u) ^ (b * 0xC2B2AE3Du) ^ (c * 0x27D4EB2Fu) ^ (c >> 9)) >> (32 - DEEPER_BITS);
}
static inline bool bit_at(const uint64_t *t, uint32_t h)
{
    return (t[h / 64] >> (h % 64)) & 1;
}
static inline void bit_set(uint64_t *t, uint32_t h)
{
    t[h / 64] |= 1ULL << (h % 64);
}

static int32_t new_node(gx_ac *ac, uint32_t c)
{
    if (ac->nnodes == ac->cap) {
        ac->cap = ac->cap ? ac->cap * 2 : 1024;
        ac->child = gl_realloc(ac->child, sizeof(int32_t) * (size_t)ac->cap);
        ac->sib = gl_realloc(ac->sib, sizeof(int32_t) * (size_t)ac->cap);
        ac->cp = gl_realloc(ac->cp, sizeof(uint32_t) * (size_t)ac->cap);
        ac->out = gl_realloc(ac->out, sizeof(int32_t) * (size_t)ac->cap);
    }
    int32_t n = ac->nnodes++;
    ac->child[n] = -1;
    ac->sib[n] = -1;
    ac->cp[n] = c;
    ac->out[n] = -1;
    return n;
}

gx_ac *gx_ac_new(void)
{
    gx_ac *ac = gl_calloc(1, sizeof *ac);
    ac->root_tab = gl_malloc(sizeof(int32_t) * ROOT_DIRECT);
    memset(ac->root_tab, 0xff, sizeof(int32_t) * ROOT_DIRECT);
    new_node(ac, 0); /* root = 0 */
    return ac;
}

void gx_ac_free(gx_ac *ac)
{
    if (!ac)
        return;
    free(ac->child);
    free(ac->sib);
    free(ac->cp);
    free(ac->out);
    free(ac->pay);
    free(ac->pay_next);
    free(ac->root_tab);
    free(ac->nodes);
    free(ac->edges);
    free(ac->pays);
    free(ac->one);
    free(ac->bigram);
    free(ac->deeper);
    free(ac);
}

/* Build-time child lookup. */
static int32_t trie_child(const gx_ac *ac, int32_t node, uint32_t c)
{
    if (node == 0) {
        if (c < ROOT_DIRECT)
            return ac->root_tab[c];
    }
    for (int32_t k = ac->child[node]; k >= 0; k = ac->sib[k])
        if (ac->cp[k] == c)
            return k;
    return -1;
}

int gx_ac_add(gx_ac *ac, const uint32_t *cps, int n, int32_t payload)
{
    if (n < 1 || ac->built)
        return -1;
    int32_t node = 0;
    for (int i = 0; i < n; i++) {
        int32_t k = trie_child(ac, node, cps[i]);
        if (k < 0) {
            k = new_node(ac, cps[i]);
            if (node == 0 && cps[i] < ROOT_DIRECT) {
                ac->root_tab[cps[i]] = k;
            } else {
                ac->sib[k] = ac->child[node];
                ac->child[node] = k;
            }
        }
        node = k;
    }
    if (ac->npay == ac->pay_cap) {
        ac->pay_cap = ac->pay_cap ? ac->pay_cap * 2 : 1024;
        ac->pay = gl_realloc(ac->pay, sizeof(int32_t) * (size_t)ac->pay_cap);
        ac->pay_next = gl_realloc(ac->pay_next, sizeof(int32_t) * (size_t)ac->pay_cap);
    }
    /* append at the end of the node's list, so payloads keep insertion order */
    int32_t p = ac->npay++;
    ac->pay[p] = payload;
    ac->pay_next[p] = -1;
    if (ac->out[node] < 0) {
        ac->out[node] = p;
    } else {
        int32_t q = ac->out[node];
        while (ac->pay_next[q] >= 0)
            q = ac->pay_next[q];
        ac->pay_next[q] = p;
    }
    return 0;
}

static int cmp_u32_pair(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Frozen transition: child of node on c, or -1. */
static inline int32_t go(const gx_ac *ac, int32_t node, uint32_t c)
{
    if (node == 0 && c < ROOT_DIRECT)
        return ac->root_tab[c];
    /* every other node searches its own sorted edges: most nodes (the tails of patterns are
     * chains) have a few, read in a row; a wide one (the children of a frequent first
     * character) is binary-searched, which stays within its own edges, that the frequent
     * ones keep in cache (a hash table of all edges, used before, measured 1-1.5 ms slower
     * per pass of the lexicon scan: each probe landed somewhere in megabytes) */
    const ac_node *nd = &ac->nodes[node];
    const ac_edge *ed = ac->edges + nd->efirst;
    if (nd->ecount <= 4) {
        for (int32_t k = 0; k < nd->ecount; k++)
            if (ed[k].cp == c)
                return ed[k].to;
        return -1;
    }
    int32_t lo = 0, hi = nd->ecount - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) >> 1;
        uint32_t m = ed[mid].cp;
        if (m == c)
            return ed[mid].to;
        if (m < c)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

void gx_ac_build(gx_ac *ac)
{
    if (ac->built)
        return;
    int32_t n = ac->nnodes;
    /* frozen nodes: each node's children (the root's table children not included) sorted by
     * code point, and its payloads in insertion order */
    ac->nodes = gl_calloc((size_t)n, sizeof(ac_node));
    ac->edges = gl_malloc(sizeof(ac_edge) * (size_t)(n > 1 ? n : 1));
    ac->pays = gl_malloc(sizeof(int32_t) * (size_t)(ac->npay > 1 ? ac->npay : 1));
    uint32_t *tmp = gl_malloc(sizeof(uint32_t) * 2 * (size_t)(n > 1 ? n : 1));
    int32_t e = 0, np = 0;
    for (int32_t u = 0; u < n; u++) {
        int32_t k = 0;
        for (int32_t c = ac->child[u]; c >= 0; c = ac->sib[c]) {
            tmp[2 * k] = ac->cp[c];
            tmp[2 * k + 1] = (uint32_t)c;
            k++;
        }
        qsort(tmp, (size_t)k, 2 * sizeof(uint32_t), cmp_u32_pair);
        ac->nodes[u].efirst = e;
        ac->nodes[u].ecount = k;
        for (int32_t i = 0; i < k; i++) {
            ac->edges[e].cp = tmp[2 * i];
            ac->edges[e].to = (int32_t)tmp[2 * i + 1];
            e++;
        }
        ac->nodes[u].pfirst = np;
        for (int32_t p = ac->out[u]; p >= 0; p = ac->pay_next[p])
            ac->pays[np++] = ac->pay[p];
        ac->nodes[u].pcount = np - ac->nodes[u].pfirst;
    }
    free(tmp);
    /* scan filters */
    ac->one = gl_calloc(ROOT_DIRECT / 64 + 1, sizeof(uint64_t));
    ac->bigram = gl_calloc((1u << BIGRAM_BITS) / 64, sizeof(uint64_t));
    ac->deeper = gl_calloc((1u << DEEPER_BITS) / 64, sizeof(uint64_t));
    for (uint32_t c = 0; c < ROOT_DIRECT; c++) {
        int32_t k = ac->root_tab[c];
        if (k < 0)
            continue;
        if (ac->nodes[k].pcount > 0)
            ac->one[c / 64] |= 1ULL << (c % 64);
        for (int32_t i = 0; i < ac->nodes[k].ecount; i++) {
            const ac_edge *e2 = &ac->edges[ac->nodes[k].efirst + i];
            uint32_t c2 = e2->cp;
            int32_t k2 = e2->to;
            uint32_t h = bigram_hash(c, c2);
            ac->bigram[h / 64] |= 1ULL << (h % 64);
            if (ac->nodes[k2].pcount > 0)
                bit_set(ac->deeper, exact2_hash(c, c2));
            for (int32_t j = 0; j < ac->nodes[k2].ecount; j++)
                bit_set(ac->deeper, trigram_hash(c, c2, ac->edges[ac->nodes[k2].efirst + j].cp));
        }
    }
    free(ac->child);
    free(ac->sib);
    free(ac->cp);
    free(ac->out);
    free(ac->pay);
    free(ac->pay_next);
    ac->child = ac->sib = ac->out = ac->pay = ac->pay_next = NULL;
    ac->cp = NULL;
    ac->built = 1;
}

/* Report every payload of node s as a match [start, end). */
static inline void emit(const gx_ac *ac, int32_t s, int32_t start, int32_t end, gx_ac_hit_fn fn, void *ctx)
{
    const ac_node *nd = &ac->nodes[s];
    for (int32_t p = nd->pfirst, pe = p + nd->pcount; p < pe; p++)
        fn(ctx, start, end, ac->pays[p]);
}

/* The walk from start position i (root child s; two: a pattern of two or more characters may
 * start here), reporting every match. */
static inline void walk_from(const gx_ac *ac, const uint32_t *text, int32_t n, int32_t i, int32_t s, bool two,
                             gx_ac_hit_fn fn, void *ctx)
{
    emit(ac, s, i, i + 1, fn, ctx);
    if (!two)
        return;
    for (int32_t j = i + 1; j < n; j++) {
        s = go(ac, s, text[j]);
        if (s < 0)
            break;
        emit(ac, s, i, j + 1, fn, ctx);
    }
}

#define SCAN_BATCH 16

void gx_ac_scan(const gx_ac *ac, const uint32_t *text, int32_t n, gx_ac_hit_fn fn, void *ctx)
{
    /* Every match starts somewhere: at each position, walk the trie from the root as far as
     * the text follows it. Two cheap filters skip almost every position before the trie is
     * touched: a bit per code point for one-character patterns and a hashed bit per bigram
     * that begins a longer pattern. (The failure-link walk of classic Aho-Corasick measured
     * 59-101 ns per code point on news text here, cache misses on every fallback; this walk
     * visits the trie only where a pattern can start.)
     * The positions that pass the filters are gathered SCAN_BATCH at a time, and the node of
     * each one's first character prefetched, before they are walked in order: the first load
     * of a walk (that node's edges and payload count) missed the cache almost every time, and
     * a quarter of the scan was spent waiting for it. */
    if (!ac->built)
        return;
    int32_t qpos[SCAN_BATCH], qnode[SCAN_BATCH];
    bool qtwo[SCAN_BATCH];
    for (int32_t i = 0; i < n;) {
        int m = 0;
        for (; i < n && m < SCAN_BATCH; i++) {
            uint32_t c = text[i];
            if (c >= ROOT_DIRECT) {
                /* rare: no filters above the direct table, walk directly */
                qpos[m] = i;
                qnode[m] = -1;
                qtwo[m] = true;
                m++;
                continue;
            }
            bool one = (ac->one[c / 64] >> (c % 64)) & 1;
            bool two = false;
            if (i + 1 < n) {
                uint32_t h = bigram_hash(c, text[i + 1]);
                two = (ac->bigram[h / 64] >> (h % 64)) & 1;
                /* no pattern is exactly this bigram and none of three or more starts here */
                if (two && !bit_at(ac->deeper, exact2_hash(c, text[i + 1])) &&
                    (i + 2 >= n || !bit_at(ac->deeper, trigram_hash(c, text[i + 1], text[i + 2]))))
                    two = false;
            }
            if (!one && !two)
                continue;
            int32_t s = ac->root_tab[c];
            if (s < 0)
                continue;
            __builtin_prefetch(&ac->nodes[s]);
            qpos[m] = i;
            qnode[m] = s;
            qtwo[m] = two;
            m++;
        }
        for (int k = 0; k < m; k++) {
            int32_t p = qpos[k];
            if (qnode[k] >= 0) {
                walk_from(ac, text, n, p, qnode[k], qtwo[k], fn, ctx);
                continue;
            }
            int32_t s = go(ac, 0, text[p]);
            for (int32_t j = p + 1; s > 0; j++) {
                emit(ac, s, p, j, fn, ctx);
                if (j >= n)
                    break;
                s = go(ac, s, text[j]);
            }
        }
    }
}

/* The node cps[0..n) leads to, or -1. */
static int32_t walk(const gx_ac *ac, const uint32_t *cps, int n)
{
    int32_t s = 0;
    for (int i = 0; i < n && s >= 0; i++)
        s = go(ac, s, cps[i]);
    return s;
}

int32_t gx_ac_lookup(const gx_ac *ac, const uint32_t *cps, int n)
{
    if (!ac->built || n < 1)
        return -1;
    int32_t s = walk(ac, cps, n);
    return s > 0 && ac->nodes[s].pcount > 0 ? ac->pays[ac->nodes[s].pfirst] : -1;
}

int gx_ac_payloads(const gx_ac *ac, const uint32_t *cps, int n, int32_t *out, int max)
{
    if (!ac->built || n < 1)
        return 0;
    int32_t s = walk(ac, cps, n);
    if (s <= 0)
        return 0;
    const ac_node *nd = &ac->nodes[s];
    for (int k = 0; k < nd->pcount && k < max; k++)
        out[k] = ac->pays[nd->pfirst + k];
    return nd->pcount;
}

int gx_ac_prefixes(const gx_ac *ac, const uint32_t *cps, int n, int min, int32_t *lens, int32_t *pays, int max)
{
    if (!ac->built || n < 1)
        return 0;
    int k = 0;
    int32_t s = 0;
    for (int i = 0; i < n && k < max; i++) {
        s = go(ac, s, cps[i]);
        if (s < 0)
            break;
        if (i + 1 < min)
            continue;
        const ac_node *nd = &ac->nodes[s];
        for (int32_t p = 0; p < nd->pcount && k < max; p++, k++) {
            lens[k] = i + 1;
            pays[k] = ac->pays[nd->pfirst + p];
        }
    }
    return k;
}

int32_t gx_ac_step(const gx_ac *ac, int32_t node, uint32_t c)
{
    return ac->built && node >= 0 && node < ac->nnodes ? go(ac, node, c) : -1;
}

int32_t gx_ac_walk(const gx_ac *ac, const uint32_t *cps, int n)
{
    return ac->built ? walk(ac, cps, n) : -1;
}

const int32_t *gx_ac_node_payloads(const gx_ac *ac, int32_t node, int *n)
{
    if (!ac->built || node < 0 || node >= ac->nnodes) {
        *n = 0;
        return NULL;
    }
    *n = ac->nodes[node].pcount;
    return ac->pays + ac->nodes[node].pfirst;
}

size_t gx_ac_memory(const gx_ac *ac)
{
    size_t n = (size_t)ac->nnodes;
    if (!ac->built)
        return sizeof *ac + sizeof(int32_t) * ROOT_DIRECT + n * (sizeof(int32_t) * 3 + sizeof(uint32_t)) +
               (size_t)ac->pay_cap * 2 * sizeof(int32_t);
    return sizeof *ac + sizeof(int32_t) * ROOT_DIRECT + n * (sizeof(ac_node) + sizeof(ac_edge)) +
           (size_t)ac->npay * sizeof(int32_t) +
           ROOT_DIRECT / 8 + (1u << BIGRAM_BITS) / 8 + (1u << DEEPER_BITS) / 8;
}

int32_t gx_ac_nodes(const gx_ac *ac)
{
    return ac->nnodes;
}
