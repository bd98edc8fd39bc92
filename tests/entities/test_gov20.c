/* test_gov20.c — government bodies, nineteenth session (helper "gov20", issue 3): one body in its
 * several written forms is one entity, named by its longest form: a region's body in each form
 * of its suffix (北京市市场监督管理局 = 北京市市场监管局 = 北京市监局, 上海市人民政府 = 上海市政府,
 * region_suffixes.tsv), a place regions.tsv lacks (武定县住房和城乡建设局 = 武定县住建局), a bare
 * level after the body named in full (市市场监管局), a city's body named once with its province
 * (四川省成都市中级人民法院 … 成都中院); forms that are not certainly one body stay apart
 * (公安局 and 警方); 该央行 names the bank named before, not the People's Bank. */
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

/* A region's body in three forms of its suffix: one entity, named by the longest. */
static void test_region_forms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("北京市市场监督管理局日前发布通知。北京市市场监管局表示，北京市监局将加强检查。"
                                  "上海市人民政府与上海市政府联合发文。",
                                  NULL, NULL);
    const gx_entity *whole = fixture_find(art, "北京市市场监督管理局", GX_ENT_GOVERNMENT);
    assert_non_null(whole);
    assert_string_equal(whole->name, "北京市市场监督管理局");
    assert_ptr_equal(fixture_find(art, "北京市市场监管局", GX_ENT_GOVERNMENT), whole);
    assert_ptr_equal(fixture_find(art, "北京市监局", GX_ENT_GOVERNMENT), whole);
    const gx_entity *gov = fixture_find(art, "上海市人民政府", GX_ENT_GOVERNMENT);
    assert_non_null(gov);
    assert_ptr_equal(fixture_find(art, "上海市政府", GX_ENT_GOVERNMENT), gov);
    gx_article_free(art);
}

/* A county regions.tsv lacks: its bureau's long and short forms are joined at grouping. */
static void test_place_forms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("武定县住房和城乡建设局发布公告。武定县住建局表示将严格审查。", NULL, NULL);
    const gx_entity *whole = fixture_find(art, "武定县住房和城乡建设局", GX_ENT_GOVERNMENT);
    assert_non_null(whole);
    assert_ptr_equal(fixture_find(art, "武定县住建局", GX_ENT_GOVERNMENT), whole);
    gx_article_free(art);
}

/* A bare level after the body named in full; a city's court named once with its province. */
static void test_level_and_province(void **state)
{
    (void)state;
    /* (the tagger reads the bare level's body; the rules alone need a unit word after the level) */
    const fixture_tag tags[] = {{"市市场监管局", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("北京市市场监督管理局日前发布通知。据悉，市市场监管局将加强检查。", tags, 1);
    const gx_entity *whole = fixture_find(art, "北京市市场监督管理局", GX_ENT_GOVERNMENT);
    assert_non_null(whole);
    assert_ptr_equal(fixture_find(art, "市市场监管局", GX_ENT_GOVERNMENT), whole);
    gx_article_free(art);
    art = fixture_run("四川省成都市中级人民法院作出判决。成都中院认为，被告应承担责任。", NULL, NULL);
    whole = fixture_find(art, "四川省成都市中级人民法院", GX_ENT_GOVERNMENT);
    assert_non_null(whole);
    assert_ptr_equal(fixture_find(art, "成都中院", GX_ENT_GOVERNMENT), whole);
    gx_article_free(art);
}

/* Forms not certainly one body stay apart: a city's police (警方) and its 公安局; a county's
 * bureau and another county's. */
static void test_not_joined(void **state)
{
    (void)state;
    gx_article *art = fixture_run("上海市公安局通报案情。上海警方表示正在调查。武定县住建局与禄劝县住建局联合检查。",
                                  NULL, NULL);
    const gx_entity *bureau = fixture_find(art, "上海市公安局", GX_ENT_GOVERNMENT);
    assert_non_null(bureau);
    const gx_entity *police = fixture_find(art, "上海警方", GX_ENT_GOVERNMENT);
    assert_true(police == NULL || police != bureau);
    const gx_entity *a = fixture_find(art, "武定县住建局", GX_ENT_GOVERNMENT), *b = fixture_find(art, "禄劝县住建局", GX_ENT_GOVERNMENT);
    assert_true(a == NULL || b == NULL || a != b);
    gx_article_free(art);
}

/* 该央行: the bank named before, not the People's Bank. */
static void test_that_central_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("英国央行本周公布利率决议，因该央行将发布季度通胀报告。", NULL, NULL);
    assert_non_null(fixture_find(art, "英国央行", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "中国人民银行", -1));
    assert_null(fixture_find(art, "央行", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_level_and_province),
        cmocka_unit_test(test_not_joined),
        cmocka_unit_test(test_place_forms),
        cmocka_unit_test(test_region_forms),
        cmocka_unit_test(test_that_central_bank),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
