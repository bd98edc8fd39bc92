/* test_sect25.c — structure (nineteenth session, sect25, issue 3): a document's first line set apart by a blank line is
 * its title whatever short debris follows it; an announcement's title spaced out to its last character (…的公        告)
 * stays one line, and said again over two lines (the company, then 关于…) is no heading; the byline run into the headline said
 * again (… 文 | 财联社 吴斌); a paper's desk counting (证券时报•数据宝统计显示) or glued (证券时报e公司讯); a crawled page's title
 * naming its site after underscores (…_产经频道首页_财经网); a headline and its subline on two lines are two headings. */
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

/* a short text whose body is the headline said again and a comment box's debris keeps its title */
static void test_title_over_debris(void **state)
{
    (void)state;
    gx_article *art = fixture_build("财政部1个月期国库现金定存中标利率2.70%\n\n"
                                    "财政部1个月期国库现金定存中标利率2.70% 表情\n您至少需输入5个字",
                                    NULL, true);
    assert_non_null(art);
    assert_string_equal(art->title, "财政部1个月期国库现金定存中标利率2.70%");
    gx_article_free(art);
    /* (a line glued to the next still needs a body twice as long, and a sentence is no title) */
    art = fixture_build("稳健医疗海外并购 布局全球\n证券时报记者 张一帆\n短正文。", NULL, false);
    assert_non_null(art);
    assert_null(art->title);
    gx_article_free(art);
    art = fixture_build("稳健医疗计划通过收购加速其全球化战略,公司公告。\n\n第二段。", NULL, false);
    assert_non_null(art);
    assert_null(art->title);
    gx_article_free(art);
}

/* an announcement's title justified over its width keeps its last character; said again over two lines it is no heading */
static void test_spaced_title(void **state)
{
    (void)state;
    gx_article *art = fixture_build("某某科技股份有限公司关于实际控制人部分股份解除质押的公        告\n\n"
                                    "证券代码:603679           证券简称:某某科技\n某某科技股份有限公司\n"
                                    "关于实际控制人部分股份解除质押的公        告\n" LONG1 "\n一、股东股份解除质押的基本情况\n" LONG2
                                    "\n二、股东股份累计质押的情况\n" LONG1,
                                    NULL, true);
    assert_non_null(art);
    assert_string_equal(art->title, "某某科技股份有限公司关于实际控制人部分股份解除质押的公 告");
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "一、股东股份解除质押的基本情况");
    gx_article_free(art);
    /* (a table's row keeps its columns apart) */
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n股东名称     质押股份数量     是否为控股股东     是\n\n" LONG2, NULL, true);
    assert_non_null(art);
    assert_non_null(strstr(art->text, "是否为控股股东\n\n是"));
    gx_article_free(art);
}

/* the headline said again with the byline run into it after a space */
static void test_titled_byline(void **state)
{
    (void)state;
    gx_article *art = fixture_build("高盛称回调后全球股市迎来增持契机\n\n高盛称回调后全球股市迎来增持契机 文 | 财联社 吴斌\n" LONG1 "\n" LONG2,
                                    NULL, true);
    assert_non_null(art);
    assert_string_equal(art->outlet, "财联社");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "吴斌");
    gx_article_free(art);
    /* (not when the words after the headline are the lead's) */
    art = fixture_build("高盛称回调后全球股市迎来增持契机\n\n高盛称回调后全球股市迎来增持契机 文章称记者吴斌看好周期股补涨的前景\n" LONG1 "\n" LONG2,
                        NULL, true);
    assert_non_null(art);
    assert_null(art->outlet);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

/* a paper's desk after a middle dot counting at the lead's start, or glued after its 报 */
static void test_paper_desk(void **state)
{
    (void)state;
    expect_outlet("证券时报•数据宝统计显示,9月10日共有596只股获北向资金持股量环比增加。\n\n" LONG1, "证券时报");
    expect_outlet("证券时报·数据宝统计,9月10日共有596只股获北向资金持股量环比增加。\n\n" LONG1, "证券时报");
    expect_outlet("据证券时报•数据宝统计,9月10日共有596只股获北向资金持股量环比增加。\n\n" LONG1, NULL);
    expect_outlet("证券时报e公司讯,某某股份9月10日晚间公告,公司拟收购一家企业。\n\n" LONG1, "证券时报");
}

/* a crawled page's title kept at the text's start names the site after its underscores */
static void test_page_title_site(void **state)
{
    (void)state;
    expect_outlet("中南信达领航互联网金融迎来新的爆发期_商讯_产经频道首页_财经网一万钱放在银行卡里不动,到年底还是一万块。\n\n" LONG1,
                  "财经网");
    expect_outlet("利利金服乔迁新址,再创金融领域新辉煌_消费日报2018年已经到来,对于利利金服来说是一个新起点。\n\n" LONG1, "消费日报");
    expect_outlet("某某国际品牌升级创新服务|经纪商动态_经纪商新闻-FX168财经网,某某国际在进行了品牌升级。\n\n" LONG1, "FX168财经网");
    /* (not a forum, 社区, nor a name that goes on into a word, 报系) */
    expect_outlet("关于某某金融涉嫌诈骗的举报材料_百姓声音_论坛_天涯社区北京国资委旗下的公司涉嫌诈骗。\n\n" LONG1, NULL);
    expect_outlet("某某网的虚拟币交易平台诈骗钱财_报料_民声汇_南都报系综合报料平台\n\n" LONG1, NULL);
    expect_outlet("公司短名_ABC\n\n" LONG1, NULL);
    /* (gov25: a page's title quoted in the text names the page it cites, not this one) */
    expect_outlet("某某公司诈骗加盟商……不亚于此《某城惨案90周年今天这个日子不能忘_金桥网》又是一年,某某公司仍未退款。\n\n" LONG1,
                  NULL);
}

/* a headline and its subline on two lines are two headings; an article's one such pair stands like one heading */
static void test_heading_pair(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n来源:某某基金报\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n近3亿元增持\n\n持股比例增至近15%\n\n" LONG1 LONG2
                     "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "近3亿元增持|持股比例增至近15%");
    /* (a fragment of four ending the line over it stays with it; a question broken in two stays one) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n短期、中期、长期业绩\n\n全部出众\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1
                     "\n\n另一个小标题在这里\n\n" LONG1 LONG2 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "短期、中期、长期业绩全部出众|另一个小标题在这里");
    /* (not a picture's caption over the line it shows, both opening alike) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n围棋世界冠军唐韦星莅临活动现场\n\n围棋世界冠军亮相济南门店\n\n" LONG1
                     LONG2 "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_pair),
        cmocka_unit_test(test_page_title_site),
        cmocka_unit_test(test_paper_desk),
        cmocka_unit_test(test_spaced_title),
        cmocka_unit_test(test_title_over_debris),
        cmocka_unit_test(test_titled_byline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
