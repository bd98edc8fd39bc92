/* test_account28.c — structure (twenty-fourth session, helper "sect28"): an account or a site naming itself in a
 * crawled page's header (gx_structure_account.c): a WeChat account's 点击上方蓝字X关注我们, a column's -X的专栏 and
 * |X本文由…, a platform opening the headline that the page names again as the platform; a portal's dispatch
 * 新浪财经讯消息; English: a writer signing an analysis box (Name, BBC diplomatic correspondent) and a column's
 * closing note (X is written by Name). The texts are made up in the shape of crawled pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

#define BODY "零售经纪商本周宣布推出一项新的自动交易工具,用户可以通过简单的命令创建交易策略并与主流平台集成。"

static void test_wechat_account(void **state)
{
    (void)state;
    expect_outlet("选基金要看什么点击上方蓝字金鹿F.X理财关注我们外汇市场深度原创," BODY, "金鹿F.X理财");
    expect_outlet("选基金要看什么点击蓝字\"海贝之家\"关注我们你知道基金是什么吗," BODY, "海贝之家");
    /* (no account between 蓝字 and 关注) */
    expect_outlet("选基金要看什么点击上方蓝字关注我们你知道基金是什么吗," BODY, NULL);
}

static void test_column(void **state)
{
    (void)state;
    expect_outlet("某某宝:加油卡背后的资金池-金融商业观察的专栏一个成立5年的平台," BODY, "金融商业观察");
    expect_outlet("高收益诱惑背后的风险|稳赢股市本文由某某资本出品;全文共991字," BODY, "稳赢股市");
    /* (a bar without 本文由 after the name, a dash without 的专栏) */
    expect_outlet("高收益诱惑背后的风险|稳赢股市全文共991字," BODY, NULL);
    expect_outlet("某某宝:加油卡背后的资金池-金融商业观察一个成立5年的平台," BODY, NULL);
}

/* a self-media account's name said twice after the headline said twice, followed by the reader */
static void test_account_header(void **state)
{
    (void)state;
    expect_outlet("哪个平台买基金最便宜?哪个平台买基金最便宜?好买书院好买书院专注出品原创内容,大家想了解更多就关注好买书院吧," BODY,
                  "好买书院");
    /* (not followed: none) */
    expect_outlet("哪个平台买基金最便宜?哪个平台买基金最便宜?好买书院好买书院专注出品原创内容,大家想了解更多就看看吧," BODY, NULL);
}

static void test_platform_prefix(void **state)
{
    (void)state;
    expect_outlet("白兔投诉:某某贷不退款用户123投诉某某贷,消费者用户123在向白兔投诉平台反映:" BODY, "白兔投诉");
    /* (the name not said again as the platform: a speaker, a topic) */
    expect_outlet("白兔投诉:某某贷不退款用户123投诉某某贷,消费者用户123反映:" BODY, NULL);
    expect_outlet("乐银所:平台两载成长共享网贷未来网贷平台乐银所正式上线,乐银所平台的用户口碑很好," BODY, NULL);
}

static void test_dispatch_news(void **state)
{
    (void)state;
    expect_outlet("某某基金副总经理离任某某基金副总经理离任新浪财经讯消息,某某基金今日公告," BODY, "新浪财经");
}

/* an unnamed reporter of a paper at work opening a clause: the paper */
static void test_unnamed_reporter(void **state)
{
    (void)state;
    expect_outlet("券商谋局机构服务券商谋局机构服务投入不断增加,近日,南京商报记者在招聘网站上发现,多家券商密集发布岗位," BODY,
                  "南京商报");
    /* (a report cited: none) */
    expect_outlet("券商谋局机构服务券商谋局机构服务投入不断增加,近日,据南京商报记者在招聘网站上发现,多家券商密集发布岗位," BODY,
                  NULL);
}

static void test_english_signed(void **state)
{
    (void)state;
    const char *doc = "Prosecutors in Sweden have dropped an investigation into the case on Monday.\n\n"
                      "One chapter over\n\n"
                      "Jane Holloway, BBC diplomatic correspondent\n\n"
                      "With the end of the legal troubles in Sweden, one long chapter in the saga is over.\n";
    gx_article *art = fixture_build(doc, "Sweden drops the case", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "BBC");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "Jane Holloway");
    assert_string_equal(art->authors.v[0].role, "diplomatic correspondent");
    gx_article_free(art);
    art = fixture_build("The board met on Monday and said nothing about the plan.\n\n"
                        "Ask Anna is written by Mary Lou Stone, also known as Anna Gray. Write to her at the paper.\n",
                        "Ask Anna", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "Mary Lou Stone");
    gx_article_free(art);
    /* (a sentence with a comma is no signature) */
    art = fixture_build("The board met on Monday and said nothing about the plan.\n\n"
                        "John Smith, the new editor\n\n"
                        "With the end of the legal troubles in Sweden, one long chapter in the saga is over.\n",
                        "Board", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wechat_account), cmocka_unit_test(test_column), cmocka_unit_test(test_platform_prefix), cmocka_unit_test(test_account_header),
        cmocka_unit_test(test_dispatch_news),  cmocka_unit_test(test_unnamed_reporter),  cmocka_unit_test(test_english_signed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
