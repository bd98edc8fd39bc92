/* test_speed23.c — twenty-first session, speed23: the resolution's name searches through the
 * text's bigram index (gx_text_place_first/next) must find every occurrence a walk over the text
 * finds, ascending and each once, with the index and without it (art->text_ix NULL: every
 * position); entity ids are "e1".."eN" in order (written without snprintf now), past e9. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entity_util.h"

static const char *const TEXT = "招商银行、兴业银行与浦发银行今天公布业绩。招商银行行长田惠宇表示，招商银行将与腾讯控股、"
                                "阿里巴巴集团合作。Windows平台和Android系统上，招商银行的APP用户超过1亿。"
                                "中国平安、万科企业、贵州茅台、格力电器、美的集团、海尔智家、比亚迪股份有限公司和"
                                "中国证监会的负责人马化腾、张勇、李彦宏出席。银行银行银行";

/* every occurrence of the n code points at s, through the places walk, equals the brute walk */
static int compare_places(const gx_article *art, int32_t s, int32_t n)
{
    int32_t last = -1, got = 0, want = 0;
    for (int32_t p = gx_text_place_first(art, art->cp + s); p >= 0; p = gx_text_place_next(art, p)) {
        assert_true(p > last); /* ascending, each once */
        last = p;
        got += p + n <= art->ncp && !memcmp(art->cp + p, art->cp + s, sizeof(uint32_t) * (size_t)n);
    }
    for (int32_t p = 0; p + n <= art->ncp; p++)
        want += !memcmp(art->cp + p, art->cp + s, sizeof(uint32_t) * (size_t)n);
    assert_int_equal(got, want);
    return want;
}

static void test_places(void **state)
{
    (void)state;
    gx_article *art = fixture_run(TEXT, NULL, NULL);
    assert_non_null(art->text_ix); /* built by the entity rules */
    int repeated = 0;
    for (int pass = 0; pass < 2; pass++) {
        struct gx_text_ix *saved = art->text_ix;
        if (pass == 1)
            art->text_ix = NULL; /* no index: every position */
        for (int32_t s = 0; s + 2 <= art->ncp; s++)
            for (int32_t n = 2; n <= 6 && s + n <= art->ncp; n++)
                repeated += compare_places(art, s, n) > 1;
        art->text_ix = saved;
    }
    assert_true(repeated > 0);
    gx_article_free(art);
}

static void test_ids(void **state)
{
    (void)state;
    gx_article *art = fixture_run(TEXT, NULL, NULL);
    assert_true(art->entities.n >= 10);
    for (int k = 0; k < art->entities.n; k++) {
        char want[12];
        snprintf(want, sizeof want, "e%d", k + 1);
        assert_string_equal(art->entities.v[k].id, want);
    }
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_places),
        cmocka_unit_test(test_ids),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
