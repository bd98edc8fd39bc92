/* gx_keymap.h — a map from an int32 key (a gazetteer thing) to the first two indices added with
 * it; open addressing in arena memory, sized for n keys at init. */
#ifndef GX_KEYMAP_H
#define GX_KEYMAP_H

#include <stdint.h>

#include "gx_arena.h"

typedef struct gx_keymap {
    int32_t *key;
    int *first, *second; /* -1 when none */
    uint32_t mask;
} gx_keymap;

void gx_keymap_init(gx_keymap *m, gx_arena *a, int n);
/* The slot of key: m->first[slot] < 0 when the key was never added. */
uint32_t gx_keymap_slot(const gx_keymap *m, int32_t key);
void gx_keymap_add(gx_keymap *m, int32_t key, int idx);

#endif
