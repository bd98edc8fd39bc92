/* test_ratelimit.c — token buckets: burst, refill rate, Retry-After, independence of keys,
 * bounded memory under many keys. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "srv_ratelimit.h"

static void test_burst_then_refill(void **state)
{
    (void)state;
    srv_ratelimit *rl = srv_ratelimit_new(2.0, 5.0, 16); /* 2/s, burst 5 */
    double t = 1000.0;
    for (int i = 0; i < 5; i++)
        assert_true(srv_ratelimit_take(rl, "a", t) == 0);
    double w = srv_ratelimit_take(rl, "a", t);
    assert_true(w > 0.49 && w < 0.51); /* one token at 2/s: 0.5 s */
    /* another key is independent */
    assert_true(srv_ratelimit_take(rl, "b", t) == 0);
    /* 0.5 s later exactly one more */
    assert_true(srv_ratelimit_take(rl, "a", t + 0.5) == 0);
    assert_true(srv_ratelimit_take(rl, "a", t + 0.5) > 0);
    /* over 10 s the sustained rate is 2/s, not more */
    int ok = 0;
    for (int i = 0; i < 1000; i++)
        ok += srv_ratelimit_take(rl, "a", t + 0.5 + i * 0.01) == 0;
    assert_in_range(ok, 19, 21);
    /* after a long pause the bucket is full again, capped at burst */
    int n = 0;
    while (srv_ratelimit_take(rl, "a", t + 1000) == 0)
        n++;
    assert_int_equal(n, 5);
    /* time going backwards never adds tokens */
    assert_true(srv_ratelimit_take(rl, "a", t) > 0);
    srv_ratelimit_free(rl);
}

static void test_bounded(void **state)
{
    (void)state;
    srv_ratelimit *rl = srv_ratelimit_new(1.0, 2.0, 100);
    char k[32];
    /* 10000 distinct clients: the table never holds more than 100 buckets */
    for (int i = 0; i < 10000; i++) {
        snprintf(k, sizeof k, "10.0.%d.%d", i / 256, i % 256);
        assert_true(srv_ratelimit_take(rl, k, 5.0 + i * 1e-4) == 0);
        assert_true(srv_ratelimit_size(rl) <= 100);
    }
    /* a client that exhausted its bucket keeps its state while others come and go... */
    assert_true(srv_ratelimit_take(rl, "hog", 10.0) == 0);
    assert_true(srv_ratelimit_take(rl, "hog", 10.0) == 0);
    assert_true(srv_ratelimit_take(rl, "hog", 10.0) > 0);
    for (int i = 0; i < 50; i++) {
        snprintf(k, sizeof k, "new-%d", i);
        srv_ratelimit_take(rl, k, 10.0);
    }
    assert_true(srv_ratelimit_take(rl, "hog", 10.0) > 0);
    /* ...and every key is still found after evictions shifted the table */
    for (int i = 0; i < 50; i++) {
        snprintf(k, sizeof k, "new-%d", i);
        assert_true(srv_ratelimit_take(rl, k, 10.0) == 0); /* second token */
        assert_true(srv_ratelimit_take(rl, k, 10.0) > 0);  /* bucket of 2 now empty */
    }
    srv_ratelimit_free(rl);
    srv_ratelimit_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_burst_then_refill),
        cmocka_unit_test(test_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
