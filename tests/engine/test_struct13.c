/* test_struct13.c — article structure on unseen text (thirteenth session): plain-text headings
 * (a series numbered "01 ", a colon-closed label or a series of them, a lone heading, a kicker over an outline numbered 一、, a
 * portal's link glued to a heading) and outlets (a place in brackets in a dispatch, a banner
 * before the lead, a site's name in brackets before a day, the interviewing outlet a few words
 * before its verb or writing to the company, a publisher's statement, a listed portal's desk, a
 * domain as the source). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_structure.h"
#include "structure_fixture.h"

#define SHORT "看到这里,作为投资者的你,恐怕会产生以下两个疑问:"

/* 02 between 01 and 03 is a heading though its paragraph is short */
static void test_spaced_series(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n01 明星私募能否赚钱?\n\n" LONG2 "\n\n" LONG1
                                    "\n\n02 你可能有的两个疑问\n\n" SHORT "\n\n" LONG2 "\n\n03 天下没有免费的午餐\n\n" LONG1,
                                    NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[1].heading, "02 你可能有的两个疑问");
    gx_article_free(art);
}

/* a label closed by a colon where other headings are clear (the colon dropped); not one that
 * opens with a verb of seeing (具体来看:) */
static void test_colon_label(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n下跌原因:\n\n" LONG2 "\n\n研发投入较高\n\n" LONG1
                                    "\n\n具体来看:\n\n" LONG2 "\n\n并购驱动增长\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[0].heading, "下跌原因");
    assert_string_equal(art->sections.v[1].heading, "研发投入较高");
    assert_string_equal(art->sections.v[2].heading, "并购驱动增长");
    gx_article_free(art);
    /* a label over a question is an interview's item, no heading (问题一: / …会不会被动降杠杆?) */
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n下跌原因:\n\n" LONG2 "\n\n研发投入较高\n\n" LONG1
                        "\n\n问题一:\n\n新规要求停做质押融资比例超过百分之五十的公司的场内质押,那这些个股会不会被动降杠杆?\n\n"
                        "答:不需要。" LONG2 "\n\n并购驱动增长\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[2].heading, "并购驱动增长");
    gx_article_free(art);
}

/* three labels closed by a colon make their own headings, even right under the title; a
 * speaker's name (郭锋:) is none, nor a lone numbered item of a list */
static void test_label_series(void **state)
{
    (void)state;
    gx_article *art = fixture_build("今日市场点评:\n\n" LONG1 "\n\n短期行情判断:\n\n" LONG2 "\n\n6、新增信贷或创新高\n\n" LONG1
                                    "\n\n后市投资建议:\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[0].heading, "今日市场点评");
    assert_string_equal(art->sections.v[2].heading, "后市投资建议");
    gx_article_free(art);
    /* a label said again under each item is a sub-label */
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n" LONG2 "\n\n策略风险:\n\n" LONG1 "\n\n并购驱动增长\n\n" LONG2
                        "\n\n策略风险:\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    gx_article_free(art);
    art = fixture_build("郭锋:\n\n" LONG1 "\n\n李明:\n\n" LONG2 "\n\n郭锋:\n\n" LONG1, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
}

/* a portal's link line (更多股市评论>>>) between a paragraph and a heading does not hide the
 * paragraph that ended a sentence */
static void test_link_line(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n更多股市评论>>>\n\n杨德龙:四大重点投资机会\n\n" LONG2
                                    "\n\n并购驱动增长\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "杨德龙:四大重点投资机会");
    gx_article_free(art);
}

/* one heading alone between long paragraphs, two on each side; a quotation alone is none */
static void test_lone_heading(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n" LONG2 "\n\nIPO之前融资11轮,何小鹏为最大股东\n\n" LONG1 "\n\n" LONG2,
                                    NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 1);
    assert_string_equal(art->sections.v[0].heading, "IPO之前融资11轮,何小鹏为最大股东");
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n" LONG2 "\n\n“这里将会成为欧洲最大的油田”\n\n" LONG1 "\n\n" LONG2, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
    /* one paragraph before it where the text begins: a heading (fourteenth session); a short
     * line before that paragraph: none */
    art = fixture_build("标题在这里\n\n" LONG2 "\n\nIPO之前融资11轮,何小鹏为最大股东\n\n" LONG1 "\n\n" LONG2, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 1);
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n图为工厂车间\n\n" LONG2 "\n\nIPO之前融资11轮,何小鹏为最大股东\n\n" LONG1 "\n\n" LONG2,
                        NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
}

/* a group's name between a paragraph and its heading: both are headings; names of outlets
 * credit the stories under them and are none */
static void test_group_between(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n" LONG2 "\n\n热点新闻\n\n2018年中央一号文件公布乡村振兴战略\n\n" LONG1,
                                    NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[1].heading, "热点新闻");
    assert_string_equal(art->sections.v[2].heading, "2018年中央一号文件公布乡村振兴战略");
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n俄罗斯卫星网\n\n中国要把转基因大米先给美国人吃\n\n" LONG2
                        "\n\n日本经济新闻\n\n中日美的万亿日元俱乐部企业\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "中国要把转基因大米先给美国人吃");
    gx_article_free(art);
}

/* the title of a table the page lost is no heading; a numbered 情况 line is */
static void test_table_title(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n" LONG2 "\n\n私募基金分阶段收益情况\n\n" LONG1
                                    "\n\n并购驱动增长\n\n" LONG2, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[1].heading, "并购驱动增长");
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n一、股份质押基本情况\n\n" LONG2 "\n\n二、股份累计质押情况\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    gx_article_free(art);
}

/* a short label over an outline numbered 一、 is its kicker; a link glued to a heading is cut */
static void test_kicker_and_link(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n观点\n\n" LONG2 "\n\n一、经济:工业利润走低\n\n" LONG1
                                    "\n\n二、美股影响点击查看行情\n\n" LONG2 "\n\n三、物价:通胀预期存疑\n\n" LONG1,
                                    NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[0].heading, "一、经济:工业利润走低");
    assert_string_equal(art->sections.v[1].heading, "二、美股影响");
    gx_article_free(art);
    /* under the outline, a bracketed number is its second level */
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n一、事件回顾\n\n" LONG1 "\n\n(二)供需方面\n\n" LONG2 "\n\n二、分析与判断\n\n" LONG2,
                        NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[1].heading, "二、分析与判断");
    gx_article_free(art);
}

static void test_outlets(void **state)
{
    (void)state;
    /* a dispatch with its place in brackets */
    expect_outlet("FX168财经报社(香港)讯 继美股遭遇“黑色星期五”之后,周一亚太股市遭到了疯狂的抛售。\n\n" LONG1,
                  "FX168财经报社");
    /* a portal's banner that ends no sentence before the dateline */
    expect_outlet("美股行情中心:独家提供全美股行业板块、盘前盘后、ETF、权证实时行情\n\n查看最新行情\n\n"
                  "新浪美股讯 北京时间4日晚,美股周四高开,主要股指再创新高。\n\n" LONG1,
                  "新浪美股");
    /* a site's name in brackets before a day; a column's is none */
    expect_outlet("【TechWeb】5月8日消息,据国外媒体报道,多家公司都在竞标申请破产的卫星公司。\n\n" LONG1, "TechWeb");
    expect_outlet("【收盘播报】5月8日消息,亚太股市今日全线重挫,恒生指数收跌。\n\n" LONG1, NULL);
    /* the interviewing outlet a few words before its verb; an outlet writing to the company */
    expect_outlet(LONG1 "\n\n不过,《中国经营报》记者通过财报了解到,公司去年的净利润为负。\n\n" LONG2, "中国经营报");
    expect_outlet(LONG1 "\n\n就上述问题,《投资者网》已以邮件形式致函公司,截至发稿未获回复。\n\n" LONG2, "投资者网");
    expect_outlet(LONG1 "\n\n根据《证券法》已以书面形式致函的规定,公司应当披露。\n\n" LONG2, NULL);
    /* a listed portal's desk after its quote; a domain given as the source yields to the dateline */
    expect_outlet("来源:同花顺(98.830,1.62,1.67%)金融研究中心\n\n" LONG1 "\n\n" LONG2, "同花顺金融研究中心");
    expect_outlet("来源:wabei.cn\n\n挖贝网 9月8日,广宇集团股份有限公司子公司的股东质押了所持的股权。\n\n" LONG1, "挖贝网");
    /* a credit the reader cannot take after 消息 leaves the outlet */
    expect_outlet("集微网消息(文/Oliver),12月27日,据中央社报道,台积电代理发言人将退休。\n\n" LONG1, "集微网");
    /* a publisher's statement */
    expect_outlet("声明:本文为赫桥智库摘选文章,已注明作者及来源。\n\n" LONG1 "\n\n" LONG2, "赫桥智库");
}

/* a paper's analyst credited on a line of its own */
static void test_analyst_byline(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "研究员 常阳", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "常阳");
    assert_string_equal(bl.authors[0].role, "研究员");
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spaced_series),
        cmocka_unit_test(test_colon_label),
        cmocka_unit_test(test_label_series),
        cmocka_unit_test(test_link_line),
        cmocka_unit_test(test_lone_heading),
        cmocka_unit_test(test_group_between),
        cmocka_unit_test(test_table_title),
        cmocka_unit_test(test_kicker_and_link),
        cmocka_unit_test(test_outlets),
        cmocka_unit_test(test_analyst_byline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
