/* test_comp28.c — companies and tickers of the eighteenth session's company round (helper
 * "comp28"): a limited company's legal name is no A share's full name, one surface names one
 * company across the article, a portal's quote cutting a known name or a line of business, two
 * lines of business after a known name, a portal's analyst brand, special-treatment names and a
 * city that is a listed short name. */
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

/* 新世界|中国地产有限公司: a 有限公司 is no A-share issuer, so no full name of 新世界 (600628) */
static void test_limited_company_is_no_a_share(void **state)
{
    (void)state;
    gx_article *art = fixture_run("新世界(600628)公告。黄少媚出任新世界中国地产有限公司副行政总裁。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "新世界中国地产有限公司", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_false(e->ticker.code[0]);
    assert_ticker(fixture_find(art, "新世界", GX_ENT_COMPANY), "600628", "SSE");
    gx_article_free(art);
}

/* a joint-stock legal name still is the listed company's (稳健医疗用品股份有限公司) */
static void test_joint_stock_name_is_the_listed_one(void **state)
{
    (void)state;
    gx_article *art = fixture_run("稳健医疗(300888)公告。稳健医疗用品股份有限公司董事会决议通过。", NULL, NULL);
    assert_ticker(fixture_find(art, "稳健医疗用品股份有限公司", GX_ENT_COMPANY), "300888", "SZSE");
    gx_article_free(art);
}

/* 世茂投资 read as a company: its other occurrences are that company, not 世茂 (00813) */
static void test_longer_name_elsewhere(void **state)
{
    (void)state;
    gx_article *art = fixture_run("世茂股份晚间公告，公司接到世茂投资通知，其增持计划实施完毕。截至本公告日，世茂投资持有"
                                  "公司股份约3.99亿股，许荣茂控制的峰盈国际有限公司及世茂投资三家公司共持有公司股份。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "世茂投资", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "世茂", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 新世界(quote)发展: the quote cuts 新世界发展 (00017), not the A share 新世界 */
static void test_quote_cut_short_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("原标题：新世界(11.180,-0.16,-1.41%)发展：黄少媚任执行董事。4月24日，新世界发展发布公告。", NULL, NULL);
    assert_ticker(fixture_find(art, "新世界发展", GX_ENT_COMPANY), "00017", "HKEX");
    const gx_entity *e = fixture_find(art, "新世界", GX_ENT_COMPANY);
    assert_true(!e || strcmp(e->ticker.code, "600628"));
    gx_article_free(art);
}

/* 中国长城(quote)资产管理股份: the portal quoted 中国长城 inside another name: no 000066 */
static void test_quote_cuts_business_line(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("此前，工行、信达投资及中国长城(9.170,0.05,0.55%)资产管理股份等巨头已经战略入股锦州银行。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "中国长城", GX_ENT_COMPANY);
    assert_true(!e || !e->ticker.code[0]);
    gx_article_free(art);
}

/* 海尔|金融|保理: two lines of business after a known name, one company without 海尔's ticker */
static void test_two_business_lines(void **state)
{
    (void)state;
    gx_article *art = fixture_run("两家子公司向海尔金融保理申请融资，额度为1.5亿元。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "海尔金融保理", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_false(e->ticker.code[0]);
    assert_null(fixture_find(art, "海尔", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 金麒麟分析师: a portal's analyst brand, neither the company 金麒麟 nor a person */
static void test_analyst_brand(void **state)
{
    (void)state;
    gx_article *art = fixture_run("炒股就看金麒麟分析师研报，权威，专业，及时，全面。", NULL, NULL);
    assert_null(fixture_find(art, "金麒麟", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "金麒麟", GX_ENT_PERSON));
    gx_article_free(art);
}

/* ST康美, *ST美讯: a special-treatment name of two characters is the listed company's */
static void test_special_treatment_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("*ST美讯公告称，公司股票将被终止上市。", NULL, NULL);
    assert_ticker(fixture_find(art, "*ST美讯", GX_ENT_COMPANY), "600898", "SSE");
    /* (named as written, the star in: not ST美讯) */
    assert_string_equal(fixture_find(art, "*ST美讯", GX_ENT_COMPANY)->name, "*ST美讯");
    gx_article_free(art);
    art = fixture_run("ST康美公告称，公司收到监管函。", NULL, NULL);
    assert_ticker(fixture_find(art, "ST康美", GX_ENT_COMPANY), "600518", "SSE");
    gx_article_free(art);
}

/* 连云港 the city: no company 601008 without a company's context */
static void test_city_named_like_a_company(void **state)
{
    (void)state;
    gx_article *art = fixture_run("集团成功中标江苏连云港灌云县伊山名府EPC工程。", NULL, NULL);
    assert_null(fixture_find(art, "连云港", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 上投|摩根基金管理有限公司: the legal name reaches back to the known name 上投摩根基金 that holds
 * its head; 兼 joins two titles, no name (副总经理兼投资银行总部总经理) */
static void test_known_head(void **state)
{
    (void)state;
    gx_article *art = fixture_run("傅帆曾任上海国际信托有限公司副总经理兼投资银行总部总经理，上投摩根基金管理有限公司副总经理。",
                                  NULL, NULL);
    assert_true(fixture_has_mention(art, "上投摩根基金管理有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "摩根基金管理有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "兼投资银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a longer name around the whole is no known head's (烟台富|耐克|散热器有限公司 is no Nike's) */
static void test_known_head_inside_longer_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司已于8月19日与烟台富耐克散热器有限公司签署了《股权合作协议》。", NULL, NULL);
    assert_null(fixture_find(art, "耐克", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_limited_company_is_no_a_share),
        cmocka_unit_test(test_joint_stock_name_is_the_listed_one),
        cmocka_unit_test(test_longer_name_elsewhere),
        cmocka_unit_test(test_quote_cut_short_name),
        cmocka_unit_test(test_quote_cuts_business_line),
        cmocka_unit_test(test_two_business_lines),
        cmocka_unit_test(test_analyst_brand),
        cmocka_unit_test(test_special_treatment_names),
        cmocka_unit_test(test_city_named_like_a_company),
        cmocka_unit_test(test_known_head),
        cmocka_unit_test(test_known_head_inside_longer_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
