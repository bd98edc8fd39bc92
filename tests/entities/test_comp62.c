/* test_comp62.c — banks by the shape of their name and by the gazetteer (twenty-fifth session, helper
 * "comp62"): a city's commercial bank (X商业银行, gx_shape_place_bank), an unlisted bank whose name is no
 * city's (global_companies.tsv: 天府银行), and a known bank's branch by its place glued to the sentence
 * before it (gx_entity_rules_bank_branch.c). Texts written for the test. */
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

/* a city's commercial bank: the name starts at the city, whatever verb is glued before it */
static void test_city_commercial_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("列举宜宾商业银行伙同某平台诈骗事实和法律依据。", NULL, NULL);
    assert_non_null(fixture_find(art, "宜宾商业银行", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "列举宜宾商业银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an unlisted bank named after a province's epithet (天府 = 四川), from the gazetteer; no ticker */
static void test_unlisted_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("也有例如天府银行安心存单5年的长期存款。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "天府银行", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
}

/* a known bank's branch by its city, glued to the sentence before it: the branch is one name and
 * carries the bank's ticker; the bank alone is no entity there */
static void test_branch_glued(void **state)
{
    (void)state;
    gx_article *art = fixture_run("支持实体经济健康发展是各界关注重点之一中国工商银行上海市分行在服务外贸企业的过程中摸索出三招。",
                                  NULL, NULL);
    const gx_entity *e = fixture_find(art, "中国工商银行上海市分行", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_ticker(e, "601398", "SSE");
    assert_null(fixture_find(art, "中国工商银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a place word after a bank that is no branch (中国银行上海市场部 names a desk, not 分行/支行) */
static void test_no_branch(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，中国银行上海市场部今日发布报告。", NULL, NULL);
    assert_null(fixture_find(art, "中国银行上海市场部", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_commercial_bank),
        cmocka_unit_test(test_unlisted_bank),
        cmocka_unit_test(test_branch_glued),
        cmocka_unit_test(test_no_branch),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
