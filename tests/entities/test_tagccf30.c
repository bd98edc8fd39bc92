/* test_tagccf30.c — a tagger's name cut inside the place it opens with (thirtieth session,
 * helper "tagccf": gx_rs_edge_inside_place in gx_resolve_edges.c). Texts written for the test;
 * each case fails on the base. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* The tagger's company or organization starting one character into a city's name takes the
 * whole city. */
static void test_cut_in_place(void **state)
{
    (void)state;
    fixture_tag tag = {"锡恒通投资有限公司", GX_ENT_COMPANY, 0.6f};
    gx_article *art = fixture_run_tagged("本次收购方为无锡恒通投资有限公司，交易已完成。", &tag, 1);
    assert_non_null(fixture_company(art, "无锡恒通投资有限公司"));
    assert_null(fixture_company(art, "锡恒通投资有限公司"));
    gx_article_free(art);
    fixture_tag org = {"斯顿海豚队", GX_ENT_ORGANIZATION, 0.6f};
    art = fixture_run_tagged("他曾效力于休斯顿海豚队。", &org, 1);
    assert_null(fixture_find(art, "斯顿海豚队", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* A name that opens with a place of its own is not moved (山东|东方… is no cut). */
static void test_place_of_its_own(void **state)
{
    (void)state;
    fixture_tag tag = {"杭州鼎新科技有限公司", GX_ENT_COMPANY, 0.6f};
    gx_article *art = fixture_run_tagged("来自浙江杭州鼎新科技有限公司的工程师到场。", &tag, 1);
    assert_null(fixture_company(art, "江杭州鼎新科技有限公司"));
    gx_article_free(art);
    /* (nor a country's name: 中东|方… is no cut) */
    fixture_tag tag2 = {"东方汇智投资", GX_ENT_COMPANY, 0.6f};
    art = fixture_run_tagged("布局中东方汇智投资随即跟进。", &tag2, 1);
    assert_null(fixture_company(art, "中东方汇智投资"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cut_in_place),
        cmocka_unit_test(test_place_of_its_own),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
