/* test_gov21_s19.c — nineteenth session (helper "gov21", issue 3; test_gov21.c is the seventeenth
 * session's helper of the same name): an outlet the rules read as a state body is that body, a
 * government entity (来源：商务部外贸发展局), while a news outlet stays an organization; a major
 * foreign city the tagger reads as a person is the place (温哥华, 多伦多: cues.tsv foreign_city). */
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
#include "gx_entities.h"

/* 来源：商务部外贸发展局: a ministry's bureau credited as the source is the bureau. */
static void test_outlet_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("商务部外贸发展局发布报告称出口增长。", "商务部外贸发展局", NULL);
    assert_non_null(fixture_find(art, "商务部外贸发展局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "商务部外贸发展局", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    art = fixture_run("新华社报道称出口增长。", "新华社", NULL);
    assert_non_null(fixture_find(art, "新华社", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* 温哥华, 多伦多 read whole as names are the cities; a person of the same surname stays one. */
static void test_foreign_city(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"温哥华", GX_ENT_PERSON, 0.6f}, {"多伦多", GX_ENT_PERSON, 0.6f},
                                       {"温家宝", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("温哥华华裔商铺面临破产困境，多伦多的华人也受影响。温家宝曾表示关注。", tags, 3);
    assert_null(fixture_find(art, "温哥华", GX_ENT_PERSON));
    assert_null(fixture_find(art, "多伦多", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "温哥华", GX_ENT_LOCATION));
    assert_non_null(fixture_find(art, "温家宝", GX_ENT_PERSON));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_foreign_city),
        cmocka_unit_test(test_outlet_body),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
