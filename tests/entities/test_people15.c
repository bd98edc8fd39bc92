/* test_people15.c — people and their titles, eleventh session, fourth round (helper "people15",
 * issue 3): promotion and transfer verbs (升职为, 平调为), holders after an example word or a dash
 * (基金经理例如林鹏、…, 实际控制人——谢松锋), 、-list members the name reader refuses (鲍无可、黎海威),
 * authors cited by surname and year (Tufano 和 Sevick (1997)), a reading cut from a material word
 * (杨行铜|材), a desk joined by 和 to a desk title (策略和研究主管), 外 closing a 除 phrase after a
 * name (除…李格平外), the analyst of a note's tag (【国君环保徐强】) and the titles 实习生, 内幕知情人,
 * 牛散, 自然人 (and a held title opening a clause before its holder: 自然人刘益谦作为…). Without the
 * tagger (its proposals given by hand where a rule judges them). */
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

/* 熊雷鸣升职为公司财务负责人，原财务负责人陈水元平调为合规负责人: promoted and transferred. */
static void test_promotions(void **state)
{
    (void)state;
    gx_article *art = fixture_run("与此同时，中南财经大学会计系毕业的熊雷鸣升职为公司财务负责人，原财务负责人陈水元平调为合规负责人。",
                                  NULL, NULL);
    assert_true(fixture_holds(art, "熊雷鸣", "财务负责人"));
    assert_true(fixture_holds(art, "陈水元", "合规负责人"));
    gx_article_free(art);
}

/* 基金经理例如林鹏、王延飞、史博、余广、杨明等 and 实际控制人——谢松锋、谢海滔: every name holds the
 * title; 基金经理例如何时调仓 names no one (no list after the example word). */
static void test_example_and_dash_holders(void **state)
{
    (void)state;
    gx_article *art = fixture_run("优秀的基金经理例如林鹏、王延飞、史博、余广、杨明等依靠基本面选股。", NULL, NULL);
    assert_true(fixture_holds(art, "林鹏", "基金经理"));
    assert_true(fixture_holds(art, "史博", "基金经理"));
    assert_true(fixture_holds(art, "杨明", "基金经理"));
    gx_article_free(art);
    art = fixture_run("实际控制人变为贤丰矿业的实际控制人——谢松锋、谢海滔。", NULL, NULL);
    assert_true(fixture_holds(art, "谢松锋", "实际控制人"));
    assert_true(fixture_holds(art, "谢海滔", "实际控制人"));
    gx_article_free(art);
    art = fixture_run("基金经理例如何时调仓，值得关注。", NULL, NULL);
    assert_null(fixture_person(art, "何时"));
    gx_article_free(art);
}

/* 由鲍无可、黎海威两名基金经理: the member before the tagger's name is a person (无 opens no name
 * for the name reader); 伊顿 among firms, read as a place, stays one. */
static void test_list_members(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"黎海威", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("从17年12月开始，由鲍无可、黎海威两名基金经理共同管理。", tags, 1);
    assert_true(fixture_holds(art, "鲍无可", "基金经理"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"舍弗勒", GX_ENT_PERSON, 0.6f}, {"伊顿", GX_ENT_LOCATION, 0.6f}};
    art = fixture_run_tagged("客户包括拜耳、道达尔、伊顿、舍弗勒等。", tags2, 2);
    assert_null(fixture_person(art, "伊顿"));
    gx_article_free(art);
}

/* Ferreira，KeswaniKeswani，Miguel 和 Ramos (2013): four authors; copies read once. */
static void test_cited_authors(void **state)
{
    (void)state;
    gx_article *art = fixture_run("TufanoTufano Tufano 和 Sevick Sevick (1997 )认为，规模大的基金能够实现规模经济效益。"
                                  "Ferreira，KeswaniKeswani，Miguel 和 Ramos (2013 )通过研究27个国家的基金数据。",
                                  NULL, NULL);
    const char *names[] = {"Tufano", "Sevick", "Ferreira", "Keswani", "Miguel", "Ramos"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        assert_non_null(fixture_person(art, names[k]));
    assert_null(fixture_person(art, "KeswaniKeswani"));
    assert_null(fixture_person(art, "Sevick Sevick"));
    gx_article_free(art);
}

/* 与杨行铜材定增: the tagger's 杨行铜 is cut from the company's name (铜材). */
static void test_material_cut(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"杨行铜", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("蓉胜超微与杨行铜材定增购买资产的重组谈判。", tags, 1);
    assert_null(fixture_person(art, "杨行铜"));
    gx_article_free(art);
}

/* 实习生 毛荻秋, 内幕知情人倪浩、姜胜芳, 牛散花中富, 策略和研究主管Antoine Lesne. */
static void test_titles(void **state)
{
    (void)state;
    gx_article *art = fixture_run("（国际金融报见习记者 李碧瑶 实习生 毛荻秋）", NULL, NULL);
    assert_true(fixture_holds(art, "毛荻秋", "实习生"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"姜胜芳", GX_ENT_PERSON, 0.6f}};
    art = fixture_run_tagged("重组谈判过程中，内幕知情人倪浩、姜胜芳利用内幕信息控制交易股票。", tags, 1);
    assert_true(fixture_holds(art, "倪浩", "内幕知情人"));
    assert_true(fixture_holds(art, "姜胜芳", "内幕知情人"));
    gx_article_free(art);
    art = fixture_run("獐子岛再现扇贝失踪 牛散花中富早已悄悄出逃", NULL, NULL);
    assert_true(fixture_holds(art, "花中富", "牛散"));
    gx_article_free(art);
    art = fixture_run("欧洲国家投资银行的策略和研究主管Antoine Lesne表示，资金流入股票市场。", NULL, NULL);
    assert_true(fixture_holds(art, "Antoine Lesne", "策略和研究主管"));
    gx_article_free(art);
}

/* 除伴随公司上市的前总裁李格平外，: 外 closing the 除 phrase ends the name. */
static void test_except_end(void **state)
{
    (void)state;
    gx_article *art = fixture_run("长江证券共经历三任总裁，除伴随公司上市的前总裁李格平外，几乎均从外部空降。", NULL, NULL);
    assert_true(fixture_holds(art, "李格平", "前总裁"));
    gx_article_free(art);
}

/* 【国君环保徐强】今日环保: the analyst closing a note's tag after a firm and a sector word; columns
 * (【盘面简述】, 【地产简报】, 【科技雷锋】: no firm before the word) and a tag inside a line name no one. */
static void test_tagged_analysts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【国君环保徐强】今日环保-伟明环保：中标安福县生活垃圾焚烧发电项目。", NULL, NULL);
    assert_non_null(fixture_person(art, "徐强"));
    gx_article_free(art);
    art = fixture_run("【盘面简述】今日两市震荡。\n【地产简报】楼市成交回落。\n【科技雷锋】观点。市场【国君环保徐强】观点", NULL, NULL);
    assert_null(fixture_person(art, "简述"));
    assert_null(fixture_person(art, "简报"));
    assert_null(fixture_person(art, "雷锋"));
    assert_null(fixture_person(art, "徐强"));
    gx_article_free(art);
}

/* 自然人刘益谦作为实际控制人的新理益集团: the natural person (a title, as filings write it) opens the
 * clause and holds the post after 作为. */
static void test_natural_person_opener(void **state)
{
    (void)state;
    gx_article *art = fixture_run("根据三季度报告，自然人刘益谦作为实际控制人的新理益集团持有长江证券12.72%的股份。", NULL, NULL);
    assert_true(fixture_holds(art, "刘益谦", "自然人"));
    assert_true(fixture_holds(art, "刘益谦", "实际控制人"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_promotions),
        cmocka_unit_test(test_example_and_dash_holders),
        cmocka_unit_test(test_list_members),
        cmocka_unit_test(test_cited_authors),
        cmocka_unit_test(test_material_cut),
        cmocka_unit_test(test_titles),
        cmocka_unit_test(test_except_end),
        cmocka_unit_test(test_tagged_analysts),
        cmocka_unit_test(test_natural_person_opener),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
