/* test_struct14.c — article structure on unseen text (fourteenth session): outlets as articles
 * credit them (a paper's site as written, the reporter's outlet without title marks, what a
 * source told the outlet, a columnist's column, a portal's forum tag, a dateline under a site's
 * menu lines), a commentator named by the title, and plain-text headings (a label over a
 * bulleted list, two colon labels, a heading under a picture's credit, a lone heading where the
 * text begins, 相关… that is no list of links). */
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

/* the number of sections of the article built from doc, its first heading in *first */
static int headings(const char *doc, char *first, size_t cap)
{
    gx_article *art = fixture_build(doc, NULL, false);
    assert_non_null(art);
    int n = art->sections.n;
    first[0] = 0;
    if (n > 0)
        snprintf(first, cap, "%s", art->sections.v[0].heading);
    gx_article_free(art);
    return n;
}

/* outlets credited in the text */
static void test_outlets(void **state)
{
    (void)state;
    /* a paper's site as the article writes it */
    expect_outlet("证券时报网(www.stcn.com)01月23日讯 今日两市双双高开,金融股开盘拉升推动指数站稳3500点。",
                  "证券时报网");
    expect_outlet("春季行情未完。\n\n从容为中长线建仓布局。 (证券时报网快讯中心)", "证券时报网");
    /* the reporter's outlet without title marks, ending in 中国, 财经 */
    expect_outlet("市场持续下跌。\n\n券商中国记者看到,众生药业公告称,公司作为委托人与中航信托签订信托合同。", "券商中国");
    expect_outlet("市场持续下跌。\n\n行情走强,据券商中国记者统计,截至1月29日,市值超千亿的股票共有75只。", "券商中国");
    expect_outlet("市场持续下跌。\n\n第一财经记者了解到,此轮融资将用于产品研发。", "第一财经");
    /* what a source told the outlet itself */
    expect_outlet("市场持续下跌。\n\n一位基金经理对第一财经称:“不清楚国家队基金的具体操作方式。”", "第一财经");
    expect_outlet("市场持续下跌。\n\n一位信托从业人士向澎湃新闻表示,今年不会太好过。", "澎湃新闻");
    /* not: a reporter of no outlet, what a reporter learnt as cited, two outlets */
    expect_outlet("市场持续下跌。\n\n有媒体记者从公司了解到,项目已经停工。", NULL);
    expect_outlet("市场持续下跌。\n\n据新华社记者报道,项目已经停工。", NULL);
    expect_outlet("市场持续下跌。\n\n他对第一财经称项目停工。另一人向澎湃新闻表示项目复工。", NULL);
    /* a portal's forum tag closing the page */
    expect_outlet("转债为何跑不赢正股。\n\n天风证券分析师称,个券的核心驱动力已经变成正股。\n\n进入【新浪财经股吧】讨论",
                  "新浪财经");
    expect_outlet("转债为何跑不赢正股。\n\n天风证券分析师称,个券的核心驱动力已经变成正股。\n\n进入【新三板主题吧】讨论", NULL);
    /* a dateline under a site's menu lines */
    expect_outlet("热点栏目\n\n资金流向\n\n千股千评\n\n个股诊断\n\n最新评级\n\n模拟交易\n\n客户端\n\n"
                  "新浪港股讯 1月7日,天风证券首席经济学家刘煜辉在论坛发表主题演讲。",
                  "新浪港股");
}

/* a columnist's description names the outlet whose column it is */
static void test_column(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "文/新浪财经意见领袖(微信公众号kopleader)专栏作家 赵建", &bl));
    assert_string_equal(bl.outlet, "新浪财经");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "赵建");
    assert_string_equal(bl.authors[0].role, "专栏作家");
    assert_true(fixture_byline(a, "文/标点财经研究员 张三", &bl));
    assert_null(bl.outlet);
    gx_arena_free(a);
}

/* a commentator named by the title: a name the text never writes, nothing else credited */
static void test_title_writer(void **state)
{
    (void)state;
    const char *body = "本周展望:\n\n据报道,今年春运民航运输需求旺盛,预计运送旅客6500万人次,同比增长约10%。";
    gx_article *art = fixture_build(body, "岑智勇:春运民航运输需求旺盛 可留意中国国航等", false);
    assert_non_null(art);
    assert_non_null(art->closing_name);
    assert_string_equal(art->closing_name, "岑智勇");
    gx_article_free(art);
    art = fixture_build("即将卸任的李小加迎来了任期内的最后一份业绩报告。", "李小加:抖音母公司来港上市只是时间问题", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
    art = fixture_build("声明:本文为赫桥智库摘选文章,已注明作者及来源。\n\n资产重估之年到来,市场风格切换明显。", "盘点:中国资产重估元年",
                        false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
}

/* a label over a bulleted list where the outline's headings are clear, and two colon labels */
static void test_labels(void **state)
{
    (void)state;
    char first[128];
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n重要内容提示:\n\n●公司控股股东持有本公司股份8161万股,占公司总股本的比例为37.26%。\n\n"
                              "一、本次股份解除质押的基本情况\n\n" LONG2 "\n\n二、股东累计质押股份情况\n\n" LONG1,
                              first, sizeof first),
                     2);
    /* (sect16: 重要内容提示, a notice's key points, is no section, as most hand-annotated sets read it) */
    assert_string_equal(first, "一、本次股份解除质押的基本情况");
    /* (alone: no heading) */
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n重要内容提示:\n\n●公司控股股东持有本公司股份8161万股,占公司总股本的比例为37.26%。\n\n" LONG2,
                              first, sizeof first),
                     0);
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n本周展望:\n\n" LONG2 "\n\n" LONG1 "\n\n股份推荐:\n\n" LONG2, first, sizeof first), 2);
    assert_string_equal(first, "本周展望");
    /* one label alone is none; a verb of saying opens a sentence */
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n本周展望:\n\n" LONG2 "\n\n" LONG1, first, sizeof first), 0);
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n具体来看:\n\n" LONG2 "\n\n" LONG1 "\n\n数据显示:\n\n" LONG2, first, sizeof first),
                     0);
}

/* a heading under a picture's credit, two of them */
static void test_under_picture(void **state)
{
    (void)state;
    char first[128];
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n来源:网络\n\n暴跌\n\n“黑色星期五”接着就是“黑色星期一”。\n\n" LONG2
                              "\n\n来源:pixabay\n\n反思\n\n" LONG1,
                              first, sizeof first),
                     2);
    assert_string_equal(first, "暴跌");
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n来源:网络\n\n暴跌\n\n" LONG2, first, sizeof first), 0);
}

/* a lone heading where the text begins or ends; not a tags line, not a caption of what the next
 * paragraph cites; 相关… that opens no list of links */
static void test_lone_heading(void **state)
{
    (void)state;
    char first[128];
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n" LONG2 "\n\n相关股份目前已被司法冻结\n\n" LONG1, first, sizeof first), 1);
    assert_string_equal(first, "相关股份目前已被司法冻结");
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n标签:国投电力GDR证监会\n\n" LONG2 "\n\n" LONG1, first, sizeof first), 0);
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n春来教育2019年中期报告\n\n根据春来教育2019年中期报告,公司营收增长14.9%至2.8亿元。\n\n" LONG2,
                              first, sizeof first),
                     0);
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n" LONG2 "\n\n相关新闻\n\n" LONG1 "\n\n" LONG2, first, sizeof first), 0);
    /* a byline before the lead is where the text begins */
    assert_int_equal(headings("标题在这里\n\n□金灿 来源:经济参考报\n\n" LONG1 "\n\n东北的破产改革一直走在全国前列\n\n" LONG2 "\n\n" LONG1,
                              first, sizeof first),
                     1);
    /* the headline said again under the byline is none */
    gx_article *art = fixture_build("文/新浪财经意见领袖专栏作家 滕泰\n\n" LONG1 "\n\n滕泰:中国股市将迎来价值投资时代\n\n" LONG2 "\n\n" LONG1,
                                    "滕泰:中国股市将迎来价值投资时代", false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
}

/* a paragraph closed by a lost table's title or source ends like a sentence; a heading of 33
 * characters */
static void test_after_table(void **state)
{
    (void)state;
    char first[128];
    assert_int_equal(headings("标题在这里\n\n" LONG1 LONG2 "\n\n沪指今日盘中创股灾底部以来新高 上周新增投资者环比增加49.33%\n\n" LONG2 LONG1
                              "\n\n1月12日,华夏稳盛宣布提前结束募集。以下是2018年以来50亿的爆款基金一览\n\n"
                              "两融余额万亿关口易上难下 场外资金对后市仍有期待\n\n" LONG1 "\n\n"
                              "相较于此前的水平,两融余额仍在高位。以下是两融余额变化:来源:东方财富Choice数据\n\n"
                              "春季行情如期演绎 三条主线布局年报行情\n\n" LONG2,
                              first, sizeof first),
                     3);
    assert_string_equal(first, "沪指今日盘中创股灾底部以来新高 上周新增投资者环比增加49.33%");
}

/* in a digest of views under their authors' names, such a line right over a heading is one */
static void test_view_over_heading(void **state)
{
    (void)state;
    char first[128];
    assert_int_equal(headings("标题在这里\n\n" LONG1 "\n\n天信投顾:过度解读造成股灾\n\n今日市场点评:\n\n" LONG2 "\n\n短期行情判断:\n\n" LONG1
                              "\n\n后市投资建议:\n\n" LONG2 "\n\n中证投资:A股市场避险情绪发酵\n\n" LONG1 "\n\n" LONG2,
                              first, sizeof first),
                     5);
    assert_string_equal(first, "天信投顾:过度解读造成股灾");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_after_table),
        cmocka_unit_test(test_column),
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_lone_heading),
        cmocka_unit_test(test_outlets),
        cmocka_unit_test(test_title_writer),
        cmocka_unit_test(test_under_picture),
        cmocka_unit_test(test_view_over_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
