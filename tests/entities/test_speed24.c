/* test_speed24.c — twenty-first session, speed24: the resolution's "repeated name and glue" test
 * walks the candidates once for every shorter length (gx_rs_repeated_prefix); it must answer as
 * the walk per length it replaced (gx_rs_repeated_prefix_walk) for every candidate of random
 * texts over three characters (many repeats) with random candidates of every source and type in
 * random order, and find the repeats a fixed text has. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_resolve_impl.h"

static uint32_t rnd_state = 12345;
static uint32_t rnd(uint32_t n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

static void test_random(void **state)
{
    (void)state;
    enum { N = 120, NC = 80 };
    uint32_t cp[N];
    gx_candidate cv[NC];
    int positive = 0, repeated = 0;
    for (int round = 0; round < 400; round++) {
        uint32_t alpha = 2 + rnd(2);
        for (int i = 0; i < N; i++)
            cp[i] = 0x4E00 + rnd(alpha);
        int nc = 10 + (int)rnd(NC - 10);
        for (int k = 0; k < nc; k++) {
            memset(&cv[k], 0, sizeof cv[k]);
            int32_t len = 2 + (int32_t)rnd(9);
            int32_t s = (int32_t)rnd(N - len);
            cv[k].span = (gx_span){s, s + len};
            cv[k].source = rnd(3) ? GX_SRC_TAGGER : GX_SRC_RULE;
            cv[k].type = rnd(4) ? GX_ENT_COMPANY : GX_ENT_PERSON;
        }
        for (int k = 0; k < nc; k++) {
            if (cv[k].span.end - cv[k].span.start < 5)
                continue;
            int32_t want = gx_rs_repeated_prefix_walk(cp, cv, nc, cv[k].span);
            int32_t got = gx_rs_repeated_prefix(cp, cv, nc, cv[k].span);
            assert_int_equal(got, want);
            positive += want > 0;
            repeated += want < 0;
        }
    }
    assert_true(positive > 20); /* the random texts exercise both answers */
    assert_true(repeated > 20);
}

static void test_fixed(void **state)
{
    (void)state;
    /* ABCDEF at 0, ABCD (tagger company) at 10 and 20, twice at 20 (a dedupe), ABCDE (a rule's) at 30 */
    uint32_t cp[40];
    for (int i = 0; i < 40; i++)
        cp[i] = 0x4E00 + (uint32_t)(i % 10);
    gx_candidate cv[5];
    memset(cv, 0, sizeof cv);
    cv[0] = (gx_candidate){.span = {0, 6}, .source = GX_SRC_TAGGER, .type = GX_ENT_COMPANY};
    cv[1] = (gx_candidate){.span = {20, 24}, .source = GX_SRC_TAGGER, .type = GX_ENT_COMPANY};
    cv[2] = (gx_candidate){.span = {20, 24}, .source = GX_SRC_TAGGER, .type = GX_ENT_COMPANY};
    cv[3] = (gx_candidate){.span = {30, 35}, .source = GX_SRC_RULE, .type = GX_ENT_COMPANY};
    cv[4] = (gx_candidate){.span = {10, 14}, .source = GX_SRC_TAGGER, .type = GX_ENT_COMPANY};
    assert_int_equal(gx_rs_repeated_prefix(cp, cv, 5, cv[0].span), 4);
    assert_int_equal(gx_rs_repeated_prefix(cp, cv, 4, cv[0].span), 0); /* one place only (20, twice) */
    cv[3].span = (gx_span){30, 36};                                      /* the whole reading repeated */
    assert_int_equal(gx_rs_repeated_prefix(cp, cv, 5, cv[0].span), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_fixed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
