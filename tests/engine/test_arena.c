/* test_arena.c — the per-document arena and its growable arrays (extract/gx_arena.h): memory is
 * zeroed and aligned, and GX_VEC_PUSH hands out a zeroed element every time, also a slot that a
 * shrinking of n gave back (the events stage drops a draft with n-- and pushes the next one into
 * the same slot: a stale "dead" flag there dropped the next event too). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"

typedef struct item {
    int a;
    double b;
    const char *s;
    char pad[40];
} item;

static bool all_zero(const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++)
        if (c[i])
            return false;
    return true;
}

static void test_alloc_zeroed_aligned(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    for (size_t n = 1; n < 5000; n = n * 3 + 1) {
        unsigned char *p = gx_arena_alloc(a, n);
        assert_true(((uintptr_t)p & 15) == 0);
        assert_true(all_zero(p, n));
        memset(p, 0xAB, n);
    }
    gx_arena_free(a);
}

static void test_push_is_zeroed_after_shrinking(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    GX_VEC(item) v = {0};
    for (int round = 0; round < 3; round++) {
        for (int k = 0; k < 100; k++) {
            item *it = GX_VEC_PUSH(a, v);
            assert_true(all_zero(it, sizeof *it));
            memset(it, 0x5A, sizeof *it);
            it->a = k;
        }
        /* give back slots in two ways: one at a time and all but a few */
        v.n--;
        item *again = GX_VEC_PUSH(a, v);
        assert_true(all_zero(again, sizeof *again));
        v.n = 3;
        assert_int_equal(v.v[2].a, 2);
    }
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alloc_zeroed_aligned),
        cmocka_unit_test(test_push_is_zeroed_after_shrinking),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
