/* test_people16s.c — people and their titles, fourteenth session round 3 (helper "people16", issue
 * 3; test_people16.c is the twelfth session's helper of the same name): a full stop joining the
 * parts of a foreign name (安德鲁.怀尔斯), prizes, social handles and a firm's bracketed place that
 * are no people (菲尔兹奖, @徐小自言自语者：, 光线（霍尔果斯）现场娱乐有限公司), a name the article
 * places (位于唐山), masked names read over 某 (杨某想通过), a list of names each with 先生 after
 * chained titles, a post left (总经理任上离职的刘青山), desks 现场 and 产业. */
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

/* 安德鲁.怀尔斯: a full stop typed for the middle dot; the first part named alone later is the
 * same person. */
static void test_full_stop_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"安德鲁.怀尔斯", GX_ENT_PERSON, 0.8f},
                                {"安德鲁", GX_ENT_PERSON, 0.6f}};
    gx_article *art =
        fixture_run_tagged("直到1995年,安德鲁.怀尔斯,打破了沉寂。他是安德鲁的侄子。", tags, 2);
    const gx_entity *e = fixture_person(art, "安德鲁.怀尔斯");
    assert_non_null(e);
    assert_null(fixture_person(art, "安德鲁")); /* (a mention of the same person) */
    gx_article_free(art);
}

/* 菲尔兹奖, 菲尔兹数学奖: a prize named after a person; 菲亚特货币 a currency. */
static void test_prize(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"菲尔兹", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("他斩获了数学界最崇高的荣誉,菲尔兹奖。", tags, 1);
    assert_null(fixture_person(art, "菲尔兹"));
    gx_article_free(art);
    art = fixture_run_tagged("只授予40岁以下数学家的菲尔兹数学奖。", tags, 1);
    assert_null(fixture_person(art, "菲尔兹"));
    gx_article_free(art);
    /* a currency: 菲亚特货币 (fiat money) at every occurrence */
    const fixture_tag fiat[] = {{"菲亚特", GX_ENT_PERSON, 0.6f}};
    art = fixture_run_tagged("让商家仍无缝地接受菲亚特货币。商家则会收到菲亚特货币。", fiat, 1);
    assert_null(fixture_person(art, "菲亚特"));
    gx_article_free(art);
}

/* 光线（霍尔果斯）现场娱乐有限公司: the place in a firm's legal name. */
static void test_bracketed_place(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"霍尔果斯", GX_ENT_PERSON, 0.7f}};
    gx_article *art =
        fixture_run_tagged("2017年6月,光线传媒投资设立光线(霍尔果斯)现场娱乐有限公司。", tags, 1);
    assert_null(fixture_person(art, "霍尔果斯"));
    gx_article_free(art);
}

/* 唐山：位于唐山的煤炭企业: a name the article places is a place at every occurrence. */
static void test_placed_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"唐山", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("开滦股份(600997)唐山:位于唐山的煤炭企业;", tags, 1);
    assert_null(fixture_person(art, "唐山"));
    gx_article_free(art);
}

/* @徐小自言自语者: a handle running on past the name before its colon. */
static void test_handle(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"徐小", GX_ENT_PERSON, 0.6f}};
    gx_article *art =
        fixture_run_tagged("网友评论。\n@徐小自言自语者:这就是传说中的只看到贼吃肉。", tags, 1);
    assert_null(fixture_person(art, "徐小"));
    gx_article_free(art);
}

/* 杨某想通过…, 杨某便委托: the mask is the name; a half-masked name repeated whole stays. */
static void test_masked_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "2015年初,广西扬翔实控人杨某想通过出售股权的方式解决问题。杨某便委托徐晗坤帮助寻找。"
        "徐晗坤找到了中牧股份董事长胡某毅,胡某毅表示可以考虑。",
        NULL, NULL);
    assert_null(fixture_person(art, "杨某想"));
    assert_true(fixture_holds(art, "胡某毅", "董事长"));
    gx_article_free(art);
}

/* 控股股东、实际控制人袁永峰先生、袁永刚先生: every name holds every title. */
static void test_addressed_list(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"袁永峰", GX_ENT_PERSON, 0.7f}, {"袁永刚", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("公司于近日接到公司控股股东、实际控制人袁永峰先生、袁永刚"
                                         "先生关于公司部分股权质押展期的通知。",
                                         tags, 2);
    assert_true(fixture_holds(art, "袁永峰", "实际控制人"));
    assert_true(fixture_holds(art, "袁永刚", "实际控制人"));
    assert_true(fixture_holds(art, "袁永刚", "控股股东"));
    assert_null(fixture_person(art, "袁永"));
    gx_article_free(art);
}

/* 从泰达宏利基金总经理任上离职的刘青山: a post left, named before its holder. */
static void test_former_post(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"刘青山", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged(
        "2015年5月,从泰达宏利基金总经理任上离职的刘青山成立了清和泉资本。", tags, 1);
    assert_true(fixture_holds(art, "刘青山", "总经理"));
    gx_article_free(art);
}

/* 高级现场经理, 文娱产业时评人: the site and the industry belong to the title. */
static void test_desks(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张书乐", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("在文娱产业时评人张书乐看来,此前在线票务兴起。", tags, 1);
    assert_true(fixture_holds(art, "张书乐", "文娱产业时评人"));
    gx_article_free(art);
    art = fixture_run(
        "记者见到了已在油田工作20年的高级现场经理卡斯特里奥特·穆斯卡伊,他表示产量大增。", NULL,
        NULL);
    assert_true(fixture_holds(art, "卡斯特里奥特·穆斯卡伊", "高级现场经理"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_stop_name), cmocka_unit_test(test_prize),
        cmocka_unit_test(test_handle),         cmocka_unit_test(test_masked_name),
        cmocka_unit_test(test_addressed_list), cmocka_unit_test(test_former_post),
        cmocka_unit_test(test_desks),          cmocka_unit_test(test_bracketed_place),
        cmocka_unit_test(test_placed_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
