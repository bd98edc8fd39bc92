/* test_speed21.c — the engine's speed work of the twentieth session (speed21).
 *
 * gx_cps_find_either (the paragraph split's search, now also the English rules' search for a
 * Chinese line's end and the factory rule's search for 厂) tests eight code points at a time:
 * its answer is compared with a one-at-a-time walk on random texts of length 0..40 over a small
 * alphabet (the two values searched, one value, a character above the BMP), from every start and
 * to every end, a start past the end included. gx_cps_rfind_either (the boiler's backward search
 * for a run's last space) is compared with a backward walk the same way. Since the twenty-ninth
 * session (speed29) the three searches test sixteen code points a step where the CPU has AVX2,
 * then eight, then the range's last (first) eight again: test_find_sixteen compares them the
 * same way on texts of length 0..80 (several sixteen-wide steps, every remainder), with the match
 * placed anywhere or nowhere (texts of filler alone). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "gx_normalize.h"

static int32_t walk(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b)
{
    int32_t k = from;
    while (k < to && cp[k] != a && cp[k] != b)
        k++;
    return k;
}

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

/* every search of the file against its walk, from every start to every end of cp[0..n), a start
 * past the end included */
static void check_all(const uint32_t *cp, int32_t n)
{
    for (int32_t f = 0; f <= n + 1; f++)
        for (int32_t t = f > n ? n : f; t <= n; t++) {
            assert_int_equal(gx_cps_find_either(cp, f, t, '\n', '\n'), walk(cp, f, t, '\n', '\n'));
            assert_int_equal(gx_cps_find_either(cp, f, t, ' ', 0x3000),
                             walk(cp, f, t, ' ', 0x3000));
            assert_int_equal(gx_cps_find_either(cp, f, t, 0x5382, 0x20000),
                             walk(cp, f, t, 0x5382, 0x20000));
            /* (speed32: three values) */
            assert_int_equal(gx_cps_find_of3(cp, f, t, '\n', ' ', 0x5382),
                             walk3(cp, f, t, '\n', ' ', 0x5382));
            assert_int_equal(gx_cps_find_of3(cp, f, t, 0x3000, 0x20000, 0x3000),
                             walk(cp, f, t, 0x3000, 0x20000));
            if (f <= t) {
                assert_int_equal(gx_cps_rfind_either(cp, f, t, ' ', 0x3000),
                                 rwalk(cp, f, t, ' ', 0x3000));
                assert_int_equal(gx_cps_rfind_either(cp, f, t, '\n', '\n'),
                                 rwalk(cp, f, t, '\n', '\n'));
            }
        }
}

static const uint32_t ALPHA[] = {'a', '\n', ' ', 0x3000, 0x5382 /* 厂 */, 0x20000, 0x4E00};

static void test_find_either(void **state)
{
    (void)state;
    uint32_t cp[48];
    unsigned seed = 21;
    for (int round = 0; round < 400; round++) {
        int32_t n = round % 41;
        for (int32_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            /* (mostly the filler, so that the eight-wide steps run before a hit) */
            cp[i] = (seed >> 16) % 5 ? ALPHA[6] : ALPHA[(seed >> 8) % 7];
        }
        check_all(cp, n);
    }
}

static void test_find_sixteen(void **state)
{
    (void)state;
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
        cmocka_unit_test(test_find_either),
        cmocka_unit_test(test_find_sixteen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
