/* test_sect21.c — sections and outlets (seventeenth session, sect21, issue 3): a research note's labels as its
 * sections (事件: / 投资要点:, [摘要], 公司近况; not one alone, not before an outline numbered 一、), an article's one heading
 * over a long paragraph and a short closing sentence; outlets: the headline said again with its dateline run into it
 * (每经AI快讯), a dispatch's name alone on its line under a list of other stories' headlines, a source glued after the last
 * sentence (信息来源:X; not a chart's 数据来源), a data service's brand alone over the lead (Wind资讯). */
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

#define PREAMBLE "原标题:某某科技:业绩超出预期 来源:申万宏源\n\n"

/* the note's labels, closed by a colon or in brackets, are its sections, named without them */
static void test_note_labels(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("某某科技:业绩超出预期\n\n" PREAMBLE "事件:\n\n" LONG1 "\n\n投资要点:\n\n" LONG2 LONG1 "\n\n" LONG1 "\n\n", h,
                     sizeof h);
    assert_string_equal(h, "事件|投资要点");
    fixture_headings("某某科技:业绩超出预期\n\n" PREAMBLE "[摘要]\n\n投资要点：\n\n" LONG1 LONG2 "\n\n" LONG2 "\n\n", h, sizeof h);
    assert_string_equal(h, "摘要|投资要点");
    /* the long labels may go without a colon, over a short paragraph */
    fixture_headings("某某科技:业绩超出预期\n\n" PREAMBLE "公司动态事项\n\n公司发布2019年半年报。\n\n事项点评\n\n" LONG1 LONG2 "\n\n", h,
                     sizeof h);
    assert_string_equal(h, "公司动态事项|事项点评");
}

/* one label alone is none (a closing 风险提示:), nor are labels before an outline numbered 一、 (a report's preamble), nor a
 * short label without its colon (事件) */
static void test_note_labels_not(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("某某科技:业绩超出预期\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n风险提示:\n\n" LONG1 "\n\n", h, sizeof h);
    assert_string_equal(h, "");
    fixture_headings("某某科技:业绩超出预期\n\n" PREAMBLE "事件\n\n" LONG1 "\n\n摘要\n\n" LONG2 LONG1 "\n\n", h, sizeof h);
    assert_string_equal(h, "");
    fixture_headings("某某宏观:流动性展望\n\n来源:宏观团队\n\n核心观点:\n\n" LONG1 "\n\n投资建议:\n\n" LONG2 "\n\n一、影响流动性的因素\n\n" LONG1
                     LONG2 "\n\n二、历年春节期间流动性回顾\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_null(strstr(h, "核心观点")); /* (投资建议: there is the colon labels' rule's, struct13) */
    assert_non_null(strstr(h, "一、影响流动性的因素|二、历年春节期间流动性回顾"));
}

/* an article's one heading over a long paragraph and the text's short closing sentence */
static void test_closing_sentence(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n险企再现“举牌热”\n\n" LONG1 LONG2 "\n\n就险资来说,其一举一动受到关注。\n\n",
                     h, sizeof h);
    assert_string_equal(h, "险企再现“举牌热”");
    /* (a closing line of a few characters is no sentence of the text) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n险企再现“举牌热”\n\n" LONG1 LONG2 "\n\n完。\n\n", h, sizeof h);
    assert_string_equal(h, "");
}

/* the headline said again, its lead and dateline run into it after a space */
static void test_titled_dateline(void **state)
{
    (void)state;
    assert_true(fixture_titled_outlet_is("正海磁材:减持计划到期,高管未减持\n\n正海磁材:减持计划到期,高管未减持 每经AI快讯,正海磁材6月22日晚间发布公告称,"
                                         "高管在减持计划期间内未减持公司股份。\n\n" LONG1 "\n\n(记者 赵桥)\n\n",
                                         "正海磁材:减持计划到期,高管未减持", "每日经济新闻"));
}

/* a dispatch's name alone on its line, under a list of other stories' headlines */
static void test_dispatch_under_list(void **state)
{
    (void)state;
    expect_outlet("【推荐阅读】\n专题:\n美股闪崩创六年半最大跌幅\n代价惨重:\n美国遭遇股债双杀\n新浪美股讯\n北京时间6日彭博称,美国股市刚刚经历六年半以来"
                  "最糟糕的一天。\n\n" LONG1 "\n\n",
                  "新浪美股");
}

/* a source glued after the last sentence, after a space, before the title's prefix; a chart's data source is none */
static void test_glued_source(void **state)
{
    (void)state;
    assert_true(fixture_titled_outlet_is("价格网:本周金价小涨\n\n" LONG1 "\n\n" LONG2 " 信息来源:国际市场商品价格网\n\n", "价格网:本周金价小涨",
                                         "国际市场商品价格网"));
    expect_outlet(LONG1 "\n\n" LONG2 " 数据来源:国际市场商品价格网\n\n", NULL);
}

/* a data service's brand alone over the lead; a name alone is none */
static void test_brand_line(void **state)
{
    (void)state;
    expect_outlet("Wind资讯\n\n冰火两重天。\n\n" LONG1 LONG2 "\n\n", "Wind资讯");
    expect_outlet("张三丰\n\n冰火两重天。\n\n" LONG1 LONG2 "\n\n", NULL);
    expect_outlet("Wind\n\n冰火两重天。\n\n" LONG1 LONG2 "\n\n", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_brand_line),
        cmocka_unit_test(test_closing_sentence),
        cmocka_unit_test(test_dispatch_under_list),
        cmocka_unit_test(test_glued_source),
        cmocka_unit_test(test_note_labels),
        cmocka_unit_test(test_note_labels_not),
        cmocka_unit_test(test_titled_dateline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
