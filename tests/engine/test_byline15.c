/* test_byline15.c — bylines and outlets on the newest sets (fourteenth session, byline15): a
 * line of bare names under the title (marked bare: resolution keeps them when surnames open
 * them), a site's column named again before the day, a brand credited after 文|, the paper in
 * title marks with the writer's title and name glued after it, a portal's banner that is not
 * counted among the byline's paragraphs, an editor's credit naming the paper, a commentator's
 * title over a portal's dispatch, a portal's account over its QR code. */
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

/* names alone on the line under the title, before a first paragraph that ends a sentence */
static void test_bare_names(void **state)
{
    (void)state;
    gx_article *art = fixture_build(
        "陈佳岚 李静\n\n近年来,影视公司借影视内容优势发展旅游地产项目屡见不鲜。\n\n" LONG1,
        "光线传媒进军实景娱乐 数百亿项目进展缓慢", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[0].name, "陈佳岚");
    assert_string_equal(art->authors.v[1].name, "李静");
    assert_true(art->authors.v[0].bare);
    assert_null(art->authors.v[0].role);
    gx_article_free(art);
    /* under the title said again */
    art = fixture_build("期货品种丰收之后\n\n陈齐乐\n\n" LONG1 "\n\n" LONG2, "期货品种丰收之后",
                        false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "陈齐乐");
    gx_article_free(art);
    /* not: a line with other words, a name of five characters, a line over a short one, a
     * byline that credits someone already */
    const char *const NOT[] = {"陈佳岚 李静 报道\n\n" LONG1, "欧阳陈佳岚\n\n" LONG1,
                               "陈佳岚\n\n市场回顾\n\n" LONG1,
                               "本报记者 王一鸣\n\n陈佳岚\n\n" LONG1};
    for (size_t k = 0; k < sizeof NOT / sizeof *NOT; k++) {
        art = fixture_build(NOT[k], "光线传媒进军实景娱乐", false);
        assert_non_null(art);
        for (int j = 0; j < art->authors.n; j++)
            assert_false(art->authors.v[j].bare);
        gx_article_free(art);
    }
}

/* a site's column in lenticular brackets, the site named again before the day */
static void test_column_dateline(void **state)
{
    (void)state;
    expect_outlet(
        "【钛媒体瞬眼播报】钛媒体4月14日消息,软银集团预计2019财年的运营亏损1.35万亿日元。",
        "钛媒体");
    expect_outlet("【钛媒体瞬眼播报】4月14日,软银集团预计2019财年的运营亏损1.35万亿日元。", NULL);
    expect_outlet("【收盘播报】收盘时沪指涨0.5%,创业板指涨1.2%,两市成交额超过万亿元。", NULL);
}

/* the writer's credit naming a brand, the paper with its writer glued after it */
static void test_credits(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "文|MedTrend医趋势", &bl));
    assert_string_equal(bl.outlet, "MedTrend医趋势");
    assert_int_equal(bl.nauthors, 0);
    /* a Latin name run into the next credit word is no brand */
    assert_false(fixture_byline(a, "作者:shirleyxie来源:投资界", &bl) && bl.nauthors > 0);
    assert_true(fixture_byline(a, "《投资时报》研究员馀飞", &bl));
    assert_string_equal(bl.outlet, "投资时报");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "馀飞");
    assert_string_equal(bl.authors[0].role, "研究员");
    assert_true(fixture_byline(a, "《投资者报》记者吴悦", &bl));
    assert_string_equal(bl.outlet, "投资者报");
    assert_string_equal(bl.authors[0].name, "吴悦");
    assert_false(fixture_byline(a, "《投资时报》研究报告显示", &bl) && bl.nauthors > 0);
    gx_arena_free(a);
}

/* a portal's banner is not counted among the three paragraphs a byline may stand in */
static void test_banner_not_counted(void **state)
{
    (void)state;
    gx_article *art = fixture_build("百亿资金抢筹,牛市来了你还在等什么?【点击立即开户,"
                                    "别错过下一波大行情!】\n\n来源:投资时报\n\n"
                                    "从标的资产两次评估价格来看,一年之间的评估值差异达2."
                                    "06亿元。\n\n《投资时报》研究员馀飞\n\n" LONG1,
                                    "华熙生物2.9亿收购亏损标的", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "投资时报");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "馀飞");
    gx_article_free(art);
}

/* an editor's credit glued after the last sentence names the paper, not an author */
static void test_editor_credit(void **state)
{
    (void)state;
    expect_outlet(LONG1 "\n\n时代的脚步越走越快,可我们却应该慢下来。每经编辑 李净翰",
                  "每日经济新闻");
    expect_outlet(LONG1 "\n\n时代的脚步越走越快,可我们却应该慢下来。责任编辑 李净翰", NULL);
}

/* a commentator's column titled by his name over a portal's dispatch */
static void test_title_writer_dispatch(void **state)
{
    (void)state;
    gx_article *art = fixture_build(
        "新浪外汇讯, "
        "美国1月ISM制造业指数为59.1,高于预期的58.6,表明美国制造业活动增长放缓。\n\n" LONG1,
        "季峥:今日市场评论", false);
    assert_non_null(art);
    assert_non_null(art->closing_name);
    assert_string_equal(art->closing_name, "季峥");
    gx_article_free(art);
    /* not when a reporter is credited */
    art = fixture_build(
        "新浪外汇讯(记者 王一鸣) 美国1月ISM制造业指数为59.1,高于预期的58.6。\n\n" LONG1,
        "季峥:今日市场评论", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
}

/* the portal's own account over its QR code names the portal carrying the page */
static void test_account_promo(void **state)
{
    (void)state;
    expect_outlet(LONG1 "\n\n新浪财经公众号\n\n24小时滚动播报最新的财经资讯和视频,"
                        "更多粉丝福利扫描二维码关注(sinafinance)",
                  "新浪财经");
    expect_outlet(LONG1 "\n\n新浪财经公众号\n\n" LONG2, NULL);
    expect_outlet(LONG1 "\n\n某某公众号\n\n更多粉丝福利扫描二维码关注", NULL);
    /* the site's official microblog over its QR code */
    expect_outlet(
        LONG1
        "\n\n各种爆料一网打尽。百万互联网粉丝互动参与,TechWeb官方微博期待您的关注。\n\n↑扫描二维码",
        "TechWeb");
    expect_outlet(LONG1 "\n\n欢迎关注中国证券网官方微信。\n\n扫描二维码", "中国证券网");
    expect_outlet(LONG1 "\n\n据公司官方微博消息,项目已经停工。\n\n" LONG2, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_account_promo),
        cmocka_unit_test(test_banner_not_counted),
        cmocka_unit_test(test_bare_names),
        cmocka_unit_test(test_column_dateline),
        cmocka_unit_test(test_credits),
        cmocka_unit_test(test_editor_credit),
        cmocka_unit_test(test_title_writer_dispatch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
