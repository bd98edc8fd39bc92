/* test_speed19.c — the engine's speed work of the seventeenth session (speed19).
 *
 * - gx_ac_scan: the round tried two bits per code point (a one-character pattern; a longer
 *   pattern may start) so that the bigram is hashed only where a longer one may start: fewer
 *   instructions, slower by the clock (reverted, docs/engine.md). Its hits are compared with a
 *   brute-force search on random texts over an alphabet that holds every case of such filters:
 *   characters that start nothing, only a one-character pattern, only longer ones, both; a
 *   character above the BMP (U+20000); patterns ending at the text's last position and texts of
 *   length 0, 1 and 2 (a pin for the next attempt).
 * - the quantity scan's start bitmap covers the code points below 0xA000 with the ASCII digits
 *   and letters in it: exactly those, the Chinese numerals and the relative-date starts, and
 *   nothing between (the scan once tested the digits and letters by ranges). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_ac.h"
#include "gx_quantity_lex.h"

/* ------------------------------------------------------------------ gx_ac_scan */

typedef struct hit {
    int32_t start, end, payload;
} hit;

typedef struct hits {
    hit v[4096];
    int n;
} hits;

static void on_hit(void *ctx, int32_t start, int32_t end, int32_t payload)
{
    hits *h = ctx;
    assert_true(h->n < 4096);
    h->v[h->n].start = start;
    h->v[h->n].end = end;
    h->v[h->n].payload = payload;
    h->n++;
}

/* 中 (one-character pattern and longer ones), 国 (longer only), 人 (one-character only),
 * 的 (nothing), a, 1, U+20000 (above the direct table: longer and one-character) */
static const uint32_t ALPHA[] = {0x4E2D, 0x56FD, 0x4EBA, 0x7684, 'a', '1', 0x20000};
#define NALPHA (int)(sizeof ALPHA / sizeof *ALPHA)

static const uint32_t P0[] = {0x4E2D};                         /* 中 */
static const uint32_t P1[] = {0x4E2D, 0x56FD};                 /* 中国 */
static const uint32_t P2[] = {0x4E2D, 0x56FD, 0x4EBA};         /* 中国人 */
static const uint32_t P3[] = {0x56FD, 0x4EBA};                 /* 国人 */
static const uint32_t P4[] = {0x4EBA};                         /* 人 */
static const uint32_t P5[] = {'a', '1', 'a'};                  /* a1a */
static const uint32_t P6[] = {0x20000, 0x4E2D};                /* U+20000 中 */
static const uint32_t P7[] = {0x20000};                        /* U+20000 */
static const uint32_t P8[] = {0x56FD, 0x56FD, 0x56FD, 0x56FD}; /* 国国国国 */
static const uint32_t *const PATS[] = {P0, P1, P2, P3, P4, P5, P6, P7, P8, P1};
static const int PLEN[] = {1, 2, 3, 2, 1, 3, 2, 1, 4, 2}; /* (中国 twice: two payloads) */
#define NPATS (int)(sizeof PLEN / sizeof *PLEN)

static void brute(const uint32_t *t, int32_t n, hits *h)
{
    for (int32_t s = 0; s < n; s++)
        for (int32_t e = s + 1; e <= n; e++)
            for (int p = 0; p < NPATS; p++)
                if (PLEN[p] == e - s && !memcmp(PATS[p], t + s, sizeof *t * (size_t)PLEN[p]))
                    on_hit(h, s, e, p);
}

static void test_ac_scan_first_bits(void **state)
{
    (void)state;
    gx_ac *ac = gx_ac_new();
    for (int p = 0; p < NPATS; p++)
        assert_int_equal(gx_ac_add(ac, PATS[p], PLEN[p], p), 0);
    gx_ac_build(ac);
    static hits got, want;
    uint32_t t[64];
    srand(19);
    for (int round = 0; round < 4000; round++) {
        int32_t n = round < 3 ? round : rand() % 40;
        for (int32_t i = 0; i < n; i++)
            t[i] = ALPHA[rand() % NALPHA];
        got.n = want.n = 0;
        gx_ac_scan(ac, t, n, on_hit, &got);
        brute(t, n, &want);
        assert_int_equal(got.n, want.n);
        for (int k = 0; k < got.n; k++) {
            assert_int_equal(got.v[k].start, want.v[k].start);
            assert_int_equal(got.v[k].end, want.v[k].end);
            assert_int_equal(got.v[k].payload, want.v[k].payload);
        }
    }
    /* a longer pattern closing the text, and one cut short by it */
    const uint32_t tail[] = {0x7684, 0x4E2D, 0x56FD};
    got.n = 0;
    gx_ac_scan(ac, tail, 3, on_hit, &got);
    assert_int_equal(got.n, 3); /* 中, 中国 twice */
    assert_int_equal(got.v[1].end, 3);
    got.n = 0;
    gx_ac_scan(ac, tail, 2, on_hit, &got);
    assert_int_equal(got.n, 1);
    gx_ac_free(ac);
}

/* ------------------------------------------------------------------ the quantity starts */

static bool bit(const uint64_t *b, uint32_t c)
{
    return (b[c / 64] >> (c % 64)) & 1;
}

static void test_quantity_start_bits(void **state)
{
    (void)state;
    uint64_t b[GX_QTY_STARTS_END / 64 + 1];
    memset(b, 0, sizeof b);
    gx_quantity_mark_starts(b);
    for (uint32_t c = 0; c < 0x80; c++) {
        bool want = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        assert_int_equal(bit(b, c), want);
    }
    for (uint32_t c = 0x80; c < 0x3000; c++) /* (fullwidth digits are not starts) */
        assert_false(bit(b, c));
    assert_int_equal(b[GX_QTY_STARTS_END / 64], 0); /* the word the scan clamps to */
    static const uint32_t YES[] = {0x3007 /* 〇 */, 0x4E00 /* 一 */, 0x4EBF /* 亿 */,
                                   0x4EDF /* 仟 */, 0x4ECA /* 今 */, 0x7B2C /* 第 */,
                                   0x4E24 /* 两 */};
    static const uint32_t NO[] = {0x3000, 0x3001, 0x7684 /* 的 */, 0x5143 /* 元 */, 0x9FFF};
    for (size_t k = 0; k < sizeof YES / sizeof *YES; k++)
        assert_true(bit(b, YES[k]));
    for (size_t k = 0; k < sizeof NO / sizeof *NO; k++)
        assert_false(bit(b, NO[k]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ac_scan_first_bits),
        cmocka_unit_test(test_quantity_start_bits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
