/* gx_keymap.c — see gx_keymap.h. */
#include "gx_keymap.h"

void gx_keymap_init(gx_keymap *m, gx_arena *a, int n)
{
    uint32_t cap = 16;
    while (cap < 2u * (uint32_t)n)
        cap <<= 1;
    m->mask = cap - 1;
    m->key = gx_arena_alloc(a, sizeof(int32_t) * cap);
    m->first = gx_arena_alloc(a, sizeof(int) * cap);
    m->second = gx_arena_alloc(a, sizeof(int) * cap);
    for (uint32_t k = 0; k < cap; k++)
        m->first[k] = m->second[k] = -1;
}

uint32_t gx_keymap_slot(const gx_keymap *m, int32_t key)
{
    uint32_t h = ((uint32_t)key * 0x9E3779B1u) & m->mask;
    while (m->first[h] >= 0 && m->key[h] != key)
        h = (h + 1) & m->mask;
    return h;
}

void gx_keymap_add(gx_keymap *m, int32_t key, int idx)
{
    uint32_t h = gx_keymap_slot(m, key);
    m->key[h] = key;
    if (m->first[h] < 0)
        m->first[h] = idx;
    else if (m->second[h] < 0)
        m->second[h] = idx;
}
