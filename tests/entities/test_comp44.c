/* test_comp44.c — companies, twenty-second session (helper "comp44"): a known bank's short name glued
 * before one of its cards names the bank (申请浦发|信用卡: cues.tsv bank_card, gx_resolve.c
 * bank_before_card); a country glued before a name written in Latin letters is no part of it
 * (美国|InsightVentureParners: gx_cand_shape.c gx_shape_region_before_latin); a foreign country, a kind
 * of business and 公司 is a kind of firm (澳大利亚|基金管理|公司: gx_shape_tagger_ok). Texts written for
 * the test. 移动、联通、电信 listed beside 运营商 are the three carriers (gx_entity_rules_carriers.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* 招行借记卡 / 浦发信用卡 after a verb: the bank, with its ticker; 浦发 glued inside other words is not */
static void test_bank_before_card(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"云闪付", GX_ENT_ORGANIZATION, 0.3f}};
    gx_article *art = fixture_run_tagged("活动期间，用户在云闪付办理浦发信用卡可领取现金奖励。", tags, 1);
    assert_ticker(fixture_company(art, "浦发"), "600000", "SSE");
    gx_article_free(art);
    art = fixture_run_tagged("活动期间，用户在云闪付办理浦发卡可领取现金奖励。", tags, 1);
    assert_null(fixture_company(art, "浦发"));
    gx_article_free(art);
}

/* the tagger's 美国InsightVentureParners keeps no country; 澳大利亚基金管理公司 is no firm */
static void test_country_before_latin_and_kind(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"英国Revolutx", GX_ENT_COMPANY, 0.9f}, {"澳大利亚基金管理公司", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("报道称，英国Revolutx已获融资。宏图资本是一家专业的澳大利亚基金管理公司，"
                                         "专门从事房地产抵押贷款。",
                                         tags, 2);
    assert_null(fixture_company(art, "英国Revolutx"));
    assert_non_null(fixture_company(art, "Revolutx"));
    assert_null(fixture_company(art, "澳大利亚基金管理公司"));
    gx_article_free(art);
}

/* 移动、联通、电信 listed beside 运营商 (before or after) are the three carriers with their tickers; the
 * words apart, or one alone beside the cue, are ordinary words */
static void test_carrier_list(void **state)
{
    (void)state;
    gx_article *art = fixture_run("国内移动、联通、电信三大运营商均已开通新套餐。", NULL, NULL);
    assert_ticker(fixture_company(art, "移动"), "600941", "SSE");
    assert_ticker(fixture_company(art, "电信"), "601728", "SSE");
    gx_article_free(art);
    art = fixture_run("目前三大运营商：移动、联通都推出了不限量套餐。", NULL, NULL);
    assert_ticker(fixture_company(art, "联通"), "600050", "SSE");
    gx_article_free(art);
    art = fixture_run("我用的是移动的卡，电信网络覆盖广，移动互联网和电信运营商的关系正在改变。", NULL, NULL);
    assert_null(fixture_company(art, "移动"));
    assert_null(fixture_company(art, "电信"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bank_before_card),
        cmocka_unit_test(test_country_before_latin_and_kind),
        cmocka_unit_test(test_carrier_list),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
