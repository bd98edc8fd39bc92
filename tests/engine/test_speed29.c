/* test_speed29.c — the engine's speed work of the twenty-ninth session (speed29).
 *
 * gx_cps_find_either, gx_cps_find_of3 and gx_cps_rfind_either test sixteen code points a step
 * where the CPU has AVX2, then eight, then the range's last (first) eight again. Their answers
 * are compared with one-at-a-time walks on random texts of length 0..80 (several sixteen-wide
 * steps, every remainder), from every start to every end, a start past the end included, with
 * the match placed anywhere or nowhere (texts of filler alone). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "gx_normalize.h"

static int32_t walk3(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b,
                     uint32_t c)
{
    int32_t k = from;
    while (k < to && cp[k] != a && cp[k] != b && cp[k] != c)
        k++;
    return k;
}

static int32_t rwalk(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b)
{
    int32_t k = to;
    while (k > from && cp[k - 1] != a && cp[k - 1] != b)
        k--;
    return k;
}

/* the search of a or b, of a, b or c, and the backward search of a or b agree with the walks */
#define EITHER(a, b) assert_int_equal(gx_cps_find_either(cp, f, t, a, b), walk3(cp, f, t, a, b, b))
#define OF3(a, b, c) assert_int_equal(gx_cps_find_of3(cp, f, t, a, b, c), walk3(cp, f, t, a, b, c))
#define REITHER(a, b) assert_int_equal(gx_cps_rfind_either(cp, f, t, a, b), rwalk(cp, f, t, a, b))

static void check_all(const uint32_t *cp, int32_t n)
{
    for (int32_t f = 0; f <= n + 1; f++)
        for (int32_t t = f > n ? n : f; t <= n; t++) {
            EITHER('\n', '\n');
            EITHER(' ', 0x3000);
            OF3('\n', ' ', 0x5382);
            if (f <= t) {
                REITHER(' ', 0x3000);
                REITHER('\n', '\n');
            }
        }
}

static void test_find_sixteen(void **state)
{
    (void)state;
    static const uint32_t ALPHA[] = {'a', '\n', ' ', 0x3000, 0x5382 /* 厂 */, 0x20000, 0x4E00};
    uint32_t cp[96];
    unsigned seed = 29;
    for (int round = 0; round < 160; round++) {
        int32_t n = round % 81;
        /* (one match in twenty on average, or none at all every fourth round) */
        for (int32_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            cp[i] = round % 4 == 3 || (seed >> 16) % 20 ? ALPHA[6] : ALPHA[(seed >> 8) % 7];
        }
        check_all(cp, n);
    }
    /* one match at each position of a text of 80, the rest filler */
    for (int32_t at = 0; at < 80; at++) {
        for (int32_t i = 0; i < 80; i++)
            cp[i] = i == at ? 0x3000 : 0x4E00;
        check_all(cp, 80);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find_sixteen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
