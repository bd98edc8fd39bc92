/* test_platlist29.c — Chinese-named platforms nobody listed (twenty-ninth session, helper
 * "platlist"): a list of platforms whose items end with a trade word, a company suffix or a brand
 * head (gx_entity_rules_trade_list.c gx_er_trade_list_rule; cues.tsv trade_kind 资讯, 期权), a
 * platform called a swindler or unable to pay out (cues.tsv trade_report, platform_question). Texts
 * written for the test. */
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

/* a comma list of platforms: trade words (期货, 环球, 资讯, 国际) and firm words (资本, 商城) */
static void test_list_firm_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("为什么总是你在亏？青岳期货，股澜讯，海棠环球，共盈资讯，博岚资本，天澜鸿盛，"
                                  "川岳联宗商品，聚岚商城，坤禾国际，投资亏损怎么办？",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "博岚资本", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "共盈资讯", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "聚岚商城", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "投资亏损怎么办", GX_ENT_COMPANY)); /* the question after the list */
    gx_article_free(art);
}

/* a list of sectors and news words is no list of platforms */
static void test_list_guard(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本站栏目：财经资讯，行业资讯，个人财富，股票期货，风险资本，网上商城。", NULL, NULL);
    assert_null(fixture_find(art, "财经资讯", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "个人财富", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "风险资本", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a platform named by its trade once, called a swindler */
static void test_swindler_once(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【真的假的】青峦策略是骗子公司别再投了，现如今理财是一种趋势。", NULL, NULL);
    assert_non_null(fixture_find(art, "青峦策略", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an options desk named once before a question; 股票期权 is a kind of contract */
static void test_options_desk(void **state)
{
    (void)state;
    gx_article *art = fixture_run("舟禾通期权是正规平台吗？炒指数亏损了怎么追回损失？很多人问股票期权是正规的吗？", NULL,
                                  NULL);
    assert_non_null(fixture_find(art, "舟禾通期权", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "股票期权", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a platform written twice, called a swindler, its customers unable to withdraw */
static void test_swindler_twice(void **state)
{
    (void)state;
    gx_article *art = fixture_run("曝光岚禾轩骗子公司，做投资的一定要注意。还有更多的，岚禾轩平台就是个骗人的平台。"
                                  "岚舟汇不能出金怎么办？网上有大量关于岚舟汇的曝光。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "岚禾轩", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "岚舟汇", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no name: a demonstrative's phrase before 骗子公司, a report before 不能出金 */
static void test_swindler_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这个空壳骗子公司收货地址在哪里？受害者说，这个空壳骗子公司卷走了钱。"
                                  "很多投资者亏损不能出金，投资者亏损不能出金怎么办？",
                                  NULL, NULL);
    assert_null(fixture_find(art, "这个空壳", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "者亏损", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "投资者亏损", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_firm_words),
        cmocka_unit_test(test_list_guard),
        cmocka_unit_test(test_swindler_once),
        cmocka_unit_test(test_options_desk),
        cmocka_unit_test(test_swindler_twice),
        cmocka_unit_test(test_swindler_guards),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
