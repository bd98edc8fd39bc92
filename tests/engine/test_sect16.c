/* test_sect16.c — plain-text headings of long articles (fifteenth session, sect16): numbers written
 * with a full-width stop and a space (1． 一厢情愿思维的含义), a numbered heading over the first item of its
 * own list, circled numbers kept as written (①公募), an outline that numbers a level in decimals keeping
 * its 1、 as headings, two stacked headlines that are two headings, and a notice's key points (重要内容提示)
 * that are no section. */
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

/* 1． 标题 (a space after the number's full-width stop) numbers a heading; a numbered heading over the first
 * item of its own list, numbered in brackets, is one too */
static void test_spaced_stop(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n1． 一厢情愿思维的含义\n\n" LONG2 "\n\n2．一厢情愿思维的特征\n\n" LONG1
                              "\n\n3．股票投资要避免一厢情愿思维\n\n（1）避免情感的影响。\n\n" LONG2,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "1. 一厢情愿思维的含义|2.一厢情愿思维的特征|3.股票投资要避免一厢情愿思维");
    /* (an amount is no number of a heading) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n1.5 亿元的投资\n\n" LONG2 "\n\n" LONG1, h, sizeof h), 0);
}

/* circled numbers stay as the article writes them, and number headings */
static void test_circled(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n①公募\n\n" LONG2 "\n\n②保险\n\n" LONG1 "\n\n③社保基金\n\n" LONG2, h, sizeof h), 3);
    assert_string_equal(h, "①公募|②保险|③社保基金");
}

/* under an outline numbered 一、 that numbers a lower level in decimals, 1、 is a level of headings */
static void test_decimal_outline(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一、机构投资者大数据\n\n1、A股投资者结构\n\n1.1. 漫长的机构化之路\n\n" LONG2
                              "\n\n1.2. 公募占比降低\n\n" LONG1 "\n\n2、机构投资者影响力分析\n\n2.1. 机构投资的白马情结\n\n" LONG2,
                              h, sizeof h),
                     6);
    assert_string_equal(h, "一、机构投资者大数据|1、A股投资者结构|1.1. 漫长的机构化之路|1.2. 公募占比降低|2、机构投资者影响力分析|"
                           "2.1. 机构投资的白马情结");
    /* (without the decimal level, 1、 under 一、 stays an item) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一、机构投资者大数据\n\n" LONG2 "\n\n1、A股投资者结构\n\n" LONG1
                              "\n\n二、核心判断和结论\n\n" LONG2,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "一、机构投资者大数据|二、核心判断和结论");
}

/* two stacked lines that each read as a headline are two headings where the article has one-line headings;
 * a short continuation stays one heading with its first line */
static void test_stacked(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n蓝筹牛市进行时,二八转换概率低\n\n" LONG2 "\n\n" LONG1 LONG2
                              "\n\n市场环境已发生深刻变化\n\n投资者应摈弃“炒小、炒新、炒差”的积习\n\n" LONG2 LONG1 "\n\n" LONG1
                              "\n\n政策面需要继续加强监管\n\n" LONG2,
                              h, sizeof h),
                     4);
    assert_string_equal(h, "蓝筹牛市进行时,二八转换概率低|市场环境已发生深刻变化|投资者应摈弃“炒小、炒新、炒差”的积习|政策面需要继续加强监管");
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n短期、中期、长期业绩\n\n全部出众\n\n" LONG2 "\n\n" LONG1
                                    "\n\n市场环境已发生深刻变化\n\n" LONG2,
                                    NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "短期、中期、长期业绩全部出众");
    gx_article_free(art);
}

/* a notice's key points (重要内容提示: / ●…) are no section */
static void test_key_points(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n重要内容提示:\n\n●公司控股股东持有本公司股份8161万股,占公司总股本的比例为37.26%。\n\n"
                              "一、本次股份解除质押的基本情况\n\n" LONG2 "\n\n二、股东累计质押股份情况\n\n" LONG1,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "一、本次股份解除质押的基本情况|二、股东累计质押股份情况");
}

/* a long heading numbered 一、 in its outline's series; a question the argument goes on with (那么,…?) and an
 * interviewer's question over the answer under its speaker's name are no headings */
static void test_long_and_questions(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一、Q4主动权益类公募基金仓位略微下将至84.31%(Q3为85.16%)\n\n" LONG2 LONG1
                              "\n\n二、继续增仓主板,减仓创业板和中小板\n\n" LONG2 "\n\n三、行业历史配置比例\n\n" LONG1,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "一、Q4主动权益类公募基金仓位略微下将至84.31%(Q3为85.16%)|二、继续增仓主板,减仓创业板和中小板|三、行业历史配置比例");
    /* (a space before its 、: 四 、备查文件) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n三、风险提示\n\n" LONG2 "\n\n四 、备查文件\n\n" LONG1, h, sizeof h), 2);
    assert_string_equal(h, "三、风险提示|四 、备查文件");
    /* (over its first sub-heading numbered 3.1 without a stop: 三、… / 3.1超配…) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一、基金仓位略微下降\n\n" LONG2 "\n\n二、继续增仓主板,减仓创业板和中小板\n\n" LONG1
                              "\n\n三、基金Q4投资路线浮现:续抱“金融消费、电设、地产”,龙头集中度进一步提升\n\n3.1超配食品饮料、电子、家电\n\n"
                              LONG2 "\n\n3.2增持食品饮料、家电\n\n" LONG1,
                              h, sizeof h),
                     5);
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n监管趋严:炒概念难成大气候\n\n" LONG2 "\n\n展望2018:新白马股撬动行情\n\n" LONG1
                              "\n\n那么,投资者如何改写这种局面?\n\n" LONG2,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "监管趋严:炒概念难成大气候|展望2018:新白马股撬动行情");
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n2017年市场回顾\n\n" LONG2 "\n\n2018年市场机会\n\n" LONG1
                              "\n\n新浪财经:您预计明年的市场形势会是怎样?\n\n王益聪:" LONG2 "\n\n" LONG1,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "2017年市场回顾|2018年市场机会");
}

/* a couplet over a heading (乾坤一张纸,一字一星辰 / 金子哥的故事) is a heading like a group's name; a sentence is not */
static void test_couplet(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n时代车轮滚滚前行\n\n" LONG2 "\n\n" LONG1 "\n\n乾坤一张纸,一字一星辰\n\n金子哥的故事\n\n"
                              LONG2 "\n\n" LONG1 "\n\n丸子哥的故事\n\n" LONG2,
                              h, sizeof h),
                     4);
    assert_string_equal(h, "时代车轮滚滚前行|乾坤一张纸,一字一星辰|金子哥的故事|丸子哥的故事");
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n时代车轮滚滚前行\n\n" LONG2 "\n\n" LONG1 "\n\n他说,我们一起去吧。\n\n金子哥的故事\n\n"
                              LONG2,
                              h, sizeof h),
                     1);
    assert_null(strstr(h, "他说"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_circled),
        cmocka_unit_test(test_couplet),
        cmocka_unit_test(test_decimal_outline),
        cmocka_unit_test(test_key_points),
        cmocka_unit_test(test_long_and_questions),
        cmocka_unit_test(test_spaced_stop),
        cmocka_unit_test(test_stacked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
