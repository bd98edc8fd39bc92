/* gx_arena.h — per-document bump allocator.
 *
 * Everything an article owns (its text, spans, entities, strings) lives in one arena and is
 * released by one gx_arena_free(). Growable arrays use GX_VEC: growth copies into a new
 * arena block (the old block is simply abandoned until the arena is freed). */
#ifndef GX_ARENA_H
#define GX_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct gx_arena gx_arena;

gx_arena *gx_arena_new(void);
void gx_arena_free(gx_arena *a);                        /* accepts NULL */
void *gx_arena_alloc(gx_arena *a, size_t n);            /* zeroed, 16-byte aligned, never NULL */
void *gx_arena_alloc_raw(gx_arena *a, size_t n);        /* the same, not zeroed: the caller writes it */
char *gx_arena_strndup(gx_arena *a, const char *s, size_t n);
char *gx_arena_strdup(gx_arena *a, const char *s);      /* NULL -> NULL */
char *gx_arena_printf(gx_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
size_t gx_arena_used(const gx_arena *a);                /* bytes handed out, for tests */

/* A growable array of T in an arena: GX_VEC(gx_span) spans; GX_VEC_PUSH(arena, spans) returns
 * a pointer to a new zeroed element at the end (zeroed on every push: a slot that a shrinking
 * of n gave back still holds its old element). */
#define GX_VEC(T) struct { T *v; int n, cap; }
void *gx_vec_grow(gx_arena *a, void *v, int n, int *cap, size_t elem);
#define GX_VEC_PUSH(arena, vec)                                                          \
    ((vec).n == (vec).cap                                                                 \
         ? (void)((vec).v = gx_vec_grow((arena), (vec).v, (vec).n, &(vec).cap, sizeof *(vec).v)) \
         : (void)0,                                                                       \
     memset(&(vec).v[(vec).n], 0, sizeof *(vec).v), &(vec).v[(vec).n++])

#endif
