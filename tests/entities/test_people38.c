/* test_people38.c — people and government, twenty-sixth session (helper "people38"): hospitals are no
 * state bodies, a country's 国家银行 is its central bank, a state body's microblog account (@杭州检察,
 * @荆门网警巡查执法), a platform named like a person (钱保姆平台), names cut out of a chain of dotted words
 * (尚融·原|创, 乐学·|乐享·乐), the Central Asian states, and the name after 法人 before an ordinary word
 * (包庇). The texts are written for the test, not taken from the dev sets. With the tagger. */
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

static void test_hospital(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他被送往上海市第六人民医院抢救，目前已脱离危险。", NULL, NULL);
    assert_null(fixture_find(art, "上海市第六人民医院", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

static void test_national_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("越南国家银行周一宣布下调基准利率。", NULL, NULL);
    assert_non_null(fixture_find(art, "越南国家银行", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "越南国家银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_body_accounts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("请求彻查此案！@余杭检察 @宁波信访 @襄阳网警巡查执法 @等待还钱", NULL, NULL);
    assert_non_null(fixture_find(art, "余杭检察", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "宁波信访", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "襄阳网警", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* without @ the words are a kind or a verb phrase */
    art = fixture_run("他去余杭检察院门口等了一天。", NULL, NULL);
    assert_null(fixture_find(art, "余杭检察", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

static void test_platform_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("投资人称钱多多已经逾期三个月，钱多多平台的客服电话无人接听。", NULL, NULL);
    assert_null(fixture_find(art, "钱多多", GX_ENT_PERSON));
    gx_article_free(art);
}

static void test_dotted_cuts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【华信·原创】如何识别非法集资平台", NULL, NULL);
    assert_null(fixture_find(art, "华信·原", GX_ENT_PERSON));
    gx_article_free(art);
}

static void test_country(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该公司在乌兹别克斯坦首都塔什干开设了分公司。", NULL, NULL);
    assert_null(fixture_find(art, "乌兹别克斯坦", GX_ENT_PERSON));
    gx_article_free(art);
}

static void test_label_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这家药店的法人包玉龙包庇纵容旗下员工。", NULL, NULL);
    assert_non_null(fixture_find(art, "包玉龙", GX_ENT_PERSON));
    gx_article_free(art);
    /* a word opening the reading is no name (法人|关系处: the investor-relations office) */
    art = fixture_run("台积电企业讯息处暨法人关系处资深处长孙又文将退休。", NULL, NULL);
    assert_null(fixture_find(art, "关系处", GX_ENT_PERSON));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hospital),      cmocka_unit_test(test_national_bank), cmocka_unit_test(test_body_accounts),
        cmocka_unit_test(test_platform_name), cmocka_unit_test(test_dotted_cuts),   cmocka_unit_test(test_country),
        cmocka_unit_test(test_label_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
