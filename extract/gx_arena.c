/* gx_arena.c — see gx_arena.h. Blocks are chained; a request larger than the block size gets
 * a block of its own. */
#include "gx_arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

#define BLOCK 65536

typedef struct block {
    struct block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} block;

struct gx_arena {
    block *head;
    size_t total;
};

gx_arena *gx_arena_new(void)
{
    return gl_calloc(1, sizeof(gx_arena));
}

void gx_arena_free(gx_arena *a)
{
    if (!a)
        return;
    for (block *b = a->head, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    free(a);
}

void *gx_arena_alloc(gx_arena *a, size_t n)
{
    void *p = gx_arena_alloc_raw(a, n);
    memset(p, 0, (n + 15) & ~(size_t)15);
    return p;
}

void *gx_arena_alloc_raw(gx_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > BLOCK ? n : BLOCK;
        b = gl_malloc(sizeof(block) + size);
        b->size = size;
        b->used = 0;
        if (n > BLOCK && a->head) { /* keep the current block current */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += n;
    a->total += n;
    return p;
}

char *gx_arena_strndup(gx_arena *a, const char *s, size_t n)
{
    char *p = gx_arena_alloc_raw(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *gx_arena_strdup(gx_arena *a, const char *s)
{
    return s ? gx_arena_strndup(a, s, strlen(s)) : NULL;
}

char *gx_arena_printf(gx_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = gx_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

size_t gx_arena_used(const gx_arena *a)
{
    return a->total;
}

void *gx_vec_grow(gx_arena *a, void *v, int n, int *cap, size_t elem)
{
    int ncap = *cap ? *cap * 2 : 8;
    /* the old elements are copied; the new slots stay raw: GX_VEC_PUSH zeroes each one it hands
     * out, and nothing reads v[n, cap) */
    unsigned char *nv = gx_arena_alloc_raw(a, (size_t)ncap * elem);
    if (n)
        memcpy(nv, v, (size_t)n * elem);
    *cap = ncap;
    return nv;
}
