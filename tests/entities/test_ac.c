/* test_ac.c — the Aho-Corasick automaton (extract/gx_ac.c) against a naive search. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_ac.h"

typedef struct hits {
    int n;
    int32_t s[4096], e[4096], p[4096];
} hits;

static void collect(void *ctx, int32_t start, int32_t end, int32_t payload)
{
    hits *h = ctx;
    if (h->n < 4096) {
        h->s[h->n] = start;
        h->e[h->n] = end;
        h->p[h->n] = payload;
        h->n++;
    }
}

static int has(const hits *h, int32_t s, int32_t e, int32_t p)
{
    for (int i = 0; i < h->n; i++)
        if (h->s[i] == s && h->e[i] == e && h->p[i] == p)
            return 1;
    return 0;
}

static void test_overlaps_and_payloads(void **state)
{
    (void)state;
    /* he, she, his, hers over "ushers"; one pattern with two payloads */
    const uint32_t he[] = {'h', 'e'}, she[] = {'s', 'h', 'e'}, his[] = {'h', 'i', 's'},
                   hers[] = {'h', 'e', 'r', 's'}, text[] = {'u', 's', 'h', 'e', 'r', 's'};
    gx_ac *ac = gx_ac_new();
    assert_int_equal(gx_ac_add(ac, he, 2, 1), 0);
    assert_int_equal(gx_ac_add(ac, she, 3, 2), 0);
    assert_int_equal(gx_ac_add(ac, his, 3, 3), 0);
    assert_int_equal(gx_ac_add(ac, hers, 4, 4), 0);
    assert_int_equal(gx_ac_add(ac, he, 2, 5), 0);
    assert_int_equal(gx_ac_add(ac, he, 0, 6), -1);
    gx_ac_build(ac);
    assert_int_equal(gx_ac_add(ac, he, 2, 7), -1); /* frozen */
    hits h = {0};
    gx_ac_scan(ac, text, 6, collect, &h);
    assert_int_equal(h.n, 4);
    assert_true(has(&h, 1, 4, 2)); /* she */
    assert_true(has(&h, 2, 4, 1)); /* he  */
    assert_true(has(&h, 2, 4, 5)); /* he, second payload */
    assert_true(has(&h, 2, 6, 4)); /* hers */
    assert_int_equal(gx_ac_lookup(ac, she, 3), 2);
    assert_int_equal(gx_ac_lookup(ac, text, 6), -1);
    int32_t out[4];
    assert_int_equal(gx_ac_payloads(ac, he, 2, out, 4), 2);
    assert_int_equal(out[0], 1);
    assert_int_equal(out[1], 5);
    gx_ac_free(ac);
}

static void test_cjk_and_astral(void **state)
{
    (void)state;
    /* 国泰 / 国泰君安 / 泰君 and a code point above the BMP direct table */
    const uint32_t a[] = {0x56FD, 0x6CF0}, b[] = {0x56FD, 0x6CF0, 0x541B, 0x5B89}, c[] = {0x6CF0, 0x541B},
                   d[] = {0x30000, 0x56FD};
    const uint32_t text[] = {0x8BC1, 0x56FD, 0x6CF0, 0x541B, 0x5B89, 0x30000, 0x56FD};
    gx_ac *ac = gx_ac_new();
    gx_ac_add(ac, a, 2, 10);
    gx_ac_add(ac, b, 4, 11);
    gx_ac_add(ac, c, 2, 12);
    gx_ac_add(ac, d, 2, 13);
    gx_ac_build(ac);
    hits h = {0};
    gx_ac_scan(ac, text, 7, collect, &h);
    assert_int_equal(h.n, 4);
    assert_true(has(&h, 1, 3, 10));
    assert_true(has(&h, 2, 4, 12));
    assert_true(has(&h, 1, 5, 11));
    assert_true(has(&h, 5, 7, 13));
    gx_ac_free(ac);
}

/* Random patterns over a small alphabet against a brute-force search. */
static void test_against_naive(void **state)
{
    (void)state;
    srand(12345);
    for (int round = 0; round < 20; round++) {
        enum { NP = 60, NT = 400 };
        uint32_t pats[NP][6];
        int plen[NP];
        gx_ac *ac = gx_ac_new();
        for (int i = 0; i < NP; i++) {
            plen[i] = 1 + rand() % 5;
            for (int k = 0; k < plen[i]; k++)
                pats[i][k] = 0x4E00 + (uint32_t)(rand() % 4);
            gx_ac_add(ac, pats[i], plen[i], i);
        }
        gx_ac_build(ac);
        uint32_t text[NT];
        for (int k = 0; k < NT; k++)
            text[k] = 0x4E00 + (uint32_t)(rand() % 4);
        static hits h;
        h.n = 0;
        gx_ac_scan(ac, text, NT, collect, &h);
        int expected = 0;
        for (int i = 0; i < NP; i++)
            for (int s = 0; s + plen[i] <= NT; s++)
                if (!memcmp(text + s, pats[i], sizeof(uint32_t) * (size_t)plen[i])) {
                    expected++;
                    assert_true(has(&h, s, s + plen[i], i));
                }
        assert_int_equal(h.n, expected);
        gx_ac_free(ac);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_overlaps_and_payloads),
        cmocka_unit_test(test_cjk_and_astral),
        cmocka_unit_test(test_against_naive),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
