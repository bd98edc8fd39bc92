/* gx_text_memo.c — answers keyed by a piece of the article's text (gx_text_memo.h): an open
 * addressing table of (text span, context) -> two ints, found by a hash of the code points and
 * compared by value (two places writing the same text share one slot). */
#include <string.h>

#include "gx_arena.h"
#include "gx_text_memo.h"

struct gx_text_memo_slot {
    int32_t start, len; /* len -1: an empty slot */
    uint64_t ctx, hash;
    int a, b;
};

static uint64_t text_hash(const uint32_t *t, int32_t n, uint64_t ctx)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ (ctx * 0x9E3779B97F4A7C15ULL);
    for (int32_t k = 0; k < n; k++) {
        h ^= t[k];
        h *= 0x100000001b3ULL;
    }
    return h ^ (h >> 29);
}

void gx_text_memo_init(gx_text_memo *m, const gx_article *art)
{
    m->arena = art->arena;
    m->cp = art->cp;
    m->v = NULL;
    m->cap = m->n = 0;
}

/* The slot of (s, ctx) with hash h: the one holding it, or the empty one where it goes. */
static gx_text_memo_slot *find(const gx_text_memo *m, gx_span s, uint64_t ctx, uint64_t h)
{
    int32_t len = s.end - s.start;
    for (uint32_t k = (uint32_t)h & (m->cap - 1);; k = (k + 1) & (m->cap - 1)) {
        gx_text_memo_slot *x = &m->v[k];
        if (x->len < 0 || (x->hash == h && x->len == len && x->ctx == ctx &&
                           !memcmp(m->cp + x->start, m->cp + s.start, sizeof(uint32_t) * (size_t)len)))
            return x;
    }
}

bool gx_text_memo_get(const gx_text_memo *m, gx_span s, uint64_t ctx, int *a, int *b)
{
    if (m->cap == 0)
        return false;
    const gx_text_memo_slot *x = find(m, s, ctx, text_hash(m->cp + s.start, s.end - s.start, ctx));
    if (x->len < 0)
        return false;
    *a = x->a;
    *b = x->b;
    return true;
}

static void grow(gx_text_memo *m)
{
    gx_text_memo_slot *old = m->v;
    uint32_t oldcap = m->cap;
    m->cap = oldcap ? oldcap * 2 : 64;
    m->v = gx_arena_alloc_raw(m->arena, sizeof(gx_text_memo_slot) * m->cap);
    for (uint32_t k = 0; k < m->cap; k++)
        m->v[k].len = -1;
    for (uint32_t k = 0; k < oldcap; k++) /* (the old table stays in the arena until the article goes) */
        if (old[k].len >= 0)
            *find(m, (gx_span){old[k].start, old[k].start + old[k].len}, old[k].ctx, old[k].hash) = old[k];
}

void gx_text_memo_put(gx_text_memo *m, gx_span s, uint64_t ctx, int a, int b)
{
    if (2 * (m->n + 1) > m->cap)
        grow(m);
    uint64_t h = text_hash(m->cp + s.start, s.end - s.start, ctx);
    gx_text_memo_slot *x = find(m, s, ctx, h);
    if (x->len < 0)
        m->n++;
    *x = (gx_text_memo_slot){s.start, s.end - s.start, ctx, h, a, b};
}
