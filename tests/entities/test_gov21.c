/* test_gov21.c — government bodies, seventeenth session (helper "gov21", issue 3): a ministry's
 * bureau whose task is written with 价/股/注 (财政部监督评价局); a place's agency ending in 署
 * (印度企业注册署, not 签署/部署); a county bureau before its side (灌云县卫生局|南侧: the body, no
 * place named 卫生局南侧); the bare 委员会 is no body; a unit with its task after a body and 、 is
 * a body (证监会稽查局、稽查总队); a long task between a place and a unit
 * (七台河市城市建设投资发展管理办公室); 政治局 alone is the Politburo, not the 政治局 of
 * 政治局势/政治局面; a department right after 公司/集团 is the firm's (华远公司建设部); 空军一号
 * is no air force. */
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

/* 财政部监督评价局: the look for a ministry's bureau goes over 价 (评价), which starts no given name. */
static void test_bureau_task_char(void **state)
{
    (void)state;
    gx_article *art = fixture_run("今年6月，财政部监督评价局与国家医疗保障局基金监管司共同抽取77家医药企业。", NULL, NULL);
    assert_non_null(fixture_find(art, "财政部监督评价局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 印度企业注册署, 澳大利亚统计署: a place, a task and 署 are the place's agency; 签署 and 部署 are verbs. */
static void test_agency(void **state)
{
    (void)state;
    gx_article *art = fixture_run("根据印度企业注册署披露的文件，澳大利亚统计署公布数据。美国与日本签署协议，在上海完成部署。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "印度企业注册署", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "澳大利亚统计署", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "日本签署", -1));
    assert_null(fixture_find(art, "上海完成部署", -1));
    gx_article_free(art);
}

/* 位于灌云县卫生局南侧: the bureau is named; its side is no place's name. */
static void test_body_side(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"灌云县卫生局南侧", GX_ENT_LOCATION, 0.9f}};
    gx_article *art = fixture_run_tagged("本项目位于灌云县卫生局南侧，规划用地面积6万平方米。", tags, 1);
    assert_non_null(fixture_find(art, "灌云县卫生局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "灌云县卫生局南侧", -1));
    gx_article_free(art);
}

/* 委员会预计…: the bare word names no body (the committee was named before). */
static void test_bare_committee(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"委员会", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("政策声明称，委员会预计经济发展形势将支持加息。", tags, 1);
    assert_null(fixture_find(art, "委员会", -1));
    gx_article_free(art);
}

/* 证监会稽查局、稽查总队: the unit after a body and 、 may carry its task, as it may its level. */
static void test_listed_task_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("刘士余便到证监会稽查局、稽查总队进行工作调研。", NULL, NULL);
    assert_non_null(fixture_find(art, "稽查总队", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 政治局会议: the Politburo named alone; 政治局势, 政治局面 are situations, whoever read a body. */
static void test_politburo(void **state)
{
    (void)state;
    gx_article *art = fixture_run("7月24日政治局会议明确提出加大补短板力度。中东政治局势紧张，形成新的政治局面。", NULL, NULL);
    assert_true(fixture_has_mention(art, "政治局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "中东政治局", -1));
    gx_article_free(art);
    const fixture_tag tags[] = {{"香港局", GX_ENT_GOVERNMENT, 0.9f}};
    art = fixture_run_tagged("近期香港局势动荡，政治局面复杂。", tags, 1);
    assert_null(fixture_find(art, "香港局", -1));
    assert_false(fixture_has_mention(art, "政治局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 七台河市城市建设投资发展管理办公室, 苏州高铁新城城市建设管理服务中心: a long task written with nouns
 * that end a clause's look-back (建设, 投资, 管理) between a place and a unit of three characters. */
static void test_long_task_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("联合体收到采购人七台河市城市建设投资发展管理办公室发来的中标通知书。"
                                  "招标人：苏州高铁新城城市建设管理服务中心。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "七台河市城市建设投资发展管理办公室", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "苏州高铁新城城市建设管理服务中心", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 华远公司建设部的一个小经理: a firm's department, not the former ministry; 空军一号 is a plane. */
static void test_firm_department_plane(void **state)
{
    (void)state;
    gx_article *art = fixture_run("任志强也不过是华远公司建设部的一个小经理。空军一号还没有离开俄亥俄州。", NULL, NULL);
    assert_null(fixture_find(art, "建设部", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "空军", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_agency),
        cmocka_unit_test(test_bare_committee),
        cmocka_unit_test(test_body_side),
        cmocka_unit_test(test_bureau_task_char),
        cmocka_unit_test(test_firm_department_plane),
        cmocka_unit_test(test_listed_task_unit),
        cmocka_unit_test(test_long_task_unit),
        cmocka_unit_test(test_politburo),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
