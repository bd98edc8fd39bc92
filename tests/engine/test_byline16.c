/* test_byline16.c — bylines and outlets of long articles (fifteenth session, byline16, issue 3):
 * a writer credited by his platform account (作者:雪球号“X”), a country's press opening the title
 * (印媒:) named as no writer, a bracketed dispatch under the lead's summary, a site naming itself
 * at its lead's start (东方财富网汇总了…), an outlet or a portal's channel opening the title
 * (证券时报:…, 新浪期货:…), a deck of bulleted key points over the byline, writers described at
 * the top of their column, a writer describing himself at the end with his name opening the title. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_structure.h"
#include "structure_fixture.h"

/* the account's name in quotes after the platform's 号 is the writer */
static void test_account_writer(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "作者：雪球号“虚极守静”", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "虚极守静");
    assert_string_equal(bl.authors[0].role, "作者");
    assert_true(fixture_byline(a, "作者:头条号\"股市老王\"", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "股市老王");
    /* not without the credit word before it */
    assert_false(fixture_byline(a, "雪球号“虚极守静”", &bl) && bl.nauthors > 0);
    gx_arena_free(a);
}

/* a country's press opening the title is no commentator's name */
static void test_title_press(void **state)
{
    (void)state;
    gx_article *art = fixture_build(LONG1 "\n\n" LONG2, "印媒:微软谈判收购TikTok,不会影响印度禁令", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
    art = fixture_build(LONG1 "\n\n" LONG2, "岑智勇:春运民航运输需求旺盛 可留意中国国航等", false);
    assert_non_null(art);
    assert_non_null(art->closing_name);
    assert_string_equal(art->closing_name, "岑智勇");
    gx_article_free(art);
}

/* the lead said first as a summary, then under its dispatch in lenticular brackets */
static void test_dispatch_under_summary(void **state)
{
    (void)state;
    expect_outlet("据悉,青岛酷特智能股份有限公司A股首发上市申请已于今日顺利过会,从而成为2020年青岛辖区首家过会企业\n\n"
                  "【亿邦动力讯】据悉,青岛酷特智能股份有限公司A股首发上市申请已于今日顺利过会。\n\n" LONG1,
                  "亿邦动力");
    /* not a column's banner ("【收盘播报】") */
    expect_outlet("据悉,青岛酷特智能股份有限公司A股首发上市申请已于今日顺利过会,从而成为2020年青岛辖区首家过会企业\n\n"
                  "【收盘播报】今日沪指收涨0.5%,两市成交额超过八千亿元。\n\n" LONG1,
                  NULL);
}

/* a site naming itself at its lead's start, before another paper's reporter inside a digest */
static void test_self_lead(void **state)
{
    (void)state;
    expect_outlet("东方财富网汇总了各大市场机构和名家投资观点,助您抢占投资先机。\n\n" LONG1
                  "\n\n一家银行的工作人员告诉《证券日报》记者,利率可能继续上调。\n\n" LONG2,
                  "东方财富网");
    expect_outlet("【投资风向标:春耕时】东方财富网汇总了各大市场机构和名家投资观点。\n\n" LONG1, "东方财富网");
    expect_outlet("挖贝网了解到,本报告期营业收入减少3,584.06万元,降幅66.09%。\n\n" LONG1, "挖贝网");
    /* a report cited is not the site's own work; a company is no outlet */
    expect_outlet("据新华社获悉,本报告期营业收入减少3,584.06万元,降幅66.09%。\n\n" LONG1, NULL);
    expect_outlet("公司了解到,本报告期营业收入减少3,584.06万元,降幅66.09%。\n\n" LONG1, NULL);
}

/* an outlet opening the title, or a channel of the page's portal */
static void test_title_prefix(void **state)
{
    (void)state;
    assert_true(fixture_titled_outlet_is(LONG1 "\n\n" LONG2, "证券时报:股市不是用来炒的 是用来价值投资的", "证券时报"));
    assert_true(fixture_titled_outlet_is(LONG1 "\n\n" LONG2, "价格网:5月8日-5月12日纽交所贵金属期货涨跌互现", "价格网"));
    assert_true(fixture_titled_outlet_is(LONG1 "\n\n" LONG2 "\n\n新浪声明:新浪网登载此文出于传递更多信息之目的。",
                                "新浪期货:塑料短期利好中期利空", "新浪期货"));
    assert_true(fixture_titled_outlet_is(LONG1 "\n\n" LONG2 "\n\n进入【新浪财经股吧】讨论", "新浪期货:塑料短期利好中期利空",
                                "新浪期货"));
    /* not a broker, nor a channel without its portal, nor over a credit in the text */
    assert_true(fixture_titled_outlet_is(LONG1 "\n\n" LONG2, "银河证券:市场人气全线回暖 春季行情正逐步展开", NULL));
    assert_true(fixture_titled_outlet_is(LONG1 "\n\n" LONG2, "新浪期货:塑料短期利好中期利空", NULL));
    assert_true(fixture_titled_outlet_is("来源:中国基金报\n\n" LONG1 "\n\n" LONG2, "证券时报:股市不是用来炒的", "中国基金报"));
}

/* a deck of bulleted key points and the headline said again before the byline */
static void test_deck_before_byline(void **state)
{
    (void)state;
    gx_article *art = fixture_build("竟有八成股民2017没赚钱\n\n■ 2017年价值投资当道,题材股炒作大幅降温\n\n"
                                    "■ 涨幅前20名多为具有业绩支撑的白马股\n\n■ 跌幅榜前20名具有共同的特点:业绩不振\n\n"
                                    "《投资者报》记者 吴悦\n\n" LONG1 "\n\n" LONG2,
                                    "竟有八成股民2017没赚钱", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "投资者报");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "吴悦");
    gx_article_free(art);
}

/* writers described at the top of their column */
static void test_bio_byline(void **state)
{
    (void)state;
    gx_article *art = fixture_build("邓海清,“海清FICC频道”全球首席经济学家,人民大学客座教授;陈曦,“海清FICC”大资管频道研究员\n\n"
                                    LONG1 "\n\n" LONG2,
                                    "美股高度泡沫化的铁证", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[0].name, "邓海清");
    assert_string_equal(art->authors.v[1].name, "陈曦");
    assert_true(art->authors.v[0].bare);
    gx_article_free(art);
    /* not a subject introduced and then quoted (an interview), nor a sentence */
    const char *const NOT[] = {"施鸣,利得集团首席策略研究员,复旦大学国际工商管理硕士\n\n施鸣:私募评价体系\n\n" LONG1,
                               "近日,中华联合财险总经理职位获监管批复。空缺两年后由高兴华补位\n\n" LONG1};
    for (size_t k = 0; k < sizeof NOT / sizeof *NOT; k++) {
        art = fixture_build(NOT[k], "标题", false);
        assert_non_null(art);
        assert_int_equal(art->authors.n, 0);
        gx_article_free(art);
    }
}

/* a writer describing himself at the end, his name opening the title */
static void test_described_writer(void **state)
{
    (void)state;
    const char *doc = LONG1 "\n\n" LONG2 "\n\n(本文作者系中国国家信息中心首席经济学家、经济预测部主任)";
    gx_article *art = fixture_build(doc, "祝宝良判断2018经济形势:房地产严调控 金融严监管", false);
    assert_non_null(art);
    assert_non_null(art->closing_name);
    assert_string_equal(art->closing_name, "祝宝良");
    gx_article_free(art);
    /* not a paper's label, not without the description, not a name the text writes */
    art = fixture_build(doc, "证券时报:股市不是用来炒的 是用来价值投资的", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
    art = fixture_build(LONG1 "\n\n" LONG2, "祝宝良判断2018经济形势:房地产严调控 金融严监管", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
    art = fixture_build("祝宝良表示,经济将平稳增长。\n\n" LONG1 "\n\n(作者系资本市场研究人士)",
                        "祝宝良判断2018经济形势:房地产严调控", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_account_writer),
        cmocka_unit_test(test_bio_byline),
        cmocka_unit_test(test_deck_before_byline),
        cmocka_unit_test(test_described_writer),
        cmocka_unit_test(test_dispatch_under_summary),
        cmocka_unit_test(test_self_lead),
        cmocka_unit_test(test_title_press),
        cmocka_unit_test(test_title_prefix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
