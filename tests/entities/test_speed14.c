/* test_speed14.c — the walks over every character that two entity rules make, with a cheap
 * first test (thirteenth session, second round, helper "speed14"): the deal rules' marks (获 向
 * % ％ 与 和 同 名 家), the plan rule's dashes (- – — −) and the rules' non-ASCII triggers (等 系 、,
 * the middle dots, the opening quotes) are told by their low six bits first, then exactly. Their answers did not change (the 910 documents of
 * scripts/dump-extractions are byte-identical); these pin that every mark and every dash is
 * still seen, also at the text's first positions. Without the tagger. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* manager-plan with each of the four dashes */
static void test_plan_dashes(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "通过“申银菱信-皖丰物资增持单一资产管理计划”增持。",
        "通过“申银菱信–皖丰物资增持单一资产管理计划”增持。",
        "通过“申银菱信—皖丰物资增持单一资产管理计划”增持。",
        "通过“申银菱信−皖丰物资增持单一资产管理计划”增持。",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        gx_article *art = fixture_run(texts[k], NULL, NULL);
        assert_non_null(fixture_find(art, "申银菱信", GX_ENT_COMPANY));
        gx_article_free(art);
    }
    /* a dash of the same low six bits that is none (U+2053 ⁓, as U+2013) makes no plan */
    gx_article *art = fixture_run("通过“申银菱信⁓皖丰物资增持单一资产管理计划”增持。", NULL, NULL);
    assert_null(fixture_find(art, "申银菱信", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the deal marks: ％ as well as %, 向 early in the text and 获 at its first position */
static void test_deal_marks(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("合资公司中，中国石化持股30％，香港尚丰持股51％，深圳创达持股19％。", NULL, NULL);
    assert_non_null(fixture_find(art, "香港尚丰", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "深圳创达", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("东方日升向盾安光能收购聚光硅业100%股权。", NULL, NULL);
    assert_non_null(fixture_find(art, "盾安光能", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("获得中国石化、北京龙泉源战略投资。", NULL, NULL);
    assert_non_null(fixture_find(art, "北京龙泉源", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a foreign name joined at each of the four middle dots, the tagger having read its second part */
static void test_name_dots(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "对冲基金经理詹姆斯·西蒙斯表示，市场仍有机会。",
        "对冲基金经理詹姆斯・西蒙斯表示，市场仍有机会。",
        "对冲基金经理詹姆斯•西蒙斯表示，市场仍有机会。",
        "对冲基金经理詹姆斯‧西蒙斯表示，市场仍有机会。",
    };
    static const char *const names[] = {"詹姆斯·西蒙斯", "詹姆斯・西蒙斯", "詹姆斯•西蒙斯", "詹姆斯‧西蒙斯"};
    static const fixture_tag tags[] = {{"西蒙斯", GX_ENT_PERSON, 0.8f}};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        gx_article *art = fixture_run_tagged(texts[k], tags, 1);
        assert_non_null(fixture_person(art, names[k]));
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plan_dashes),
        cmocka_unit_test(test_deal_marks),
        cmocka_unit_test(test_name_dots),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
