/* test_sect17.c — plain-text headings (fifteenth session, sect17): points an argument numbers in its own words on lines of
 * their own (第一,… / 一是… / 1、…。), a digest's groups written alone in brackets (【股市】), no heading over a page's
 * disclaimer nor an attachment's title, and a round-up's long or tagged headlines. */
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

/* points numbered in their own words, a series from the first, each over a long paragraph, are headings */
static void test_points(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n第一，中国宏观的经济形势。\n\n" LONG2 "\n\n" LONG1 "\n\n第二，大类资产配置建议。\n\n" LONG2,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "第一,中国宏观的经济形势。|第二,大类资产配置建议。");
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一是金融严监管。\n\n" LONG2 "\n\n二是房地产严调控。\n\n" LONG1, h, sizeof h), 2);
    assert_string_equal(h, "一是金融严监管。|二是房地产严调控。");
    /* a question right over the first point is their heading */
    assert_int_equal(fixture_headings("标题在这里\n\n来源:国是直通车\n\n对当前中国经济形势怎么判断？\n\n1、中国潜在经济增速已经下降。\n\n" LONG1
                              "\n\n2、组合政策显效。\n\n" LONG2,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "对当前中国经济形势怎么判断?|1、中国潜在经济增速已经下降。|2、组合政策显效。");
    /* (a lone point, a paragraph opened by 第一, and points a colon's lead-in announces are none) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n第一，中国宏观的经济形势。\n\n" LONG2 "\n\n" LONG1, h, sizeof h), 0);
    assert_int_equal(fixture_headings("标题在这里\n\n第一，" LONG1 "\n\n" LONG2 "\n\n第二，" LONG1 "\n\n" LONG2, h, sizeof h), 0);
    fixture_headings("标题在这里\n\n" LONG1 "\n\n大体上有这几个角度来做预测：\n\n一是库存变化周期。\n\n" LONG2 "\n\n二是金融周期。\n\n" LONG1, h,
             sizeof h);
    assert_null(strstr(h, "一是"));
}

/* a digest's groups alone in brackets are its sections, over the stories' headlines */
static void test_bracket_groups(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n【股市】\n\n兴业策略:积极信号已现 当前正是春耕时\n\n" LONG2
                              "\n\n国君策略:春季躁动是市场主旋律\n\n" LONG1 "\n\n【宏观】\n\n祝宝良:经济将平稳增长 建议人民币适当贬值\n\n" LONG2
                              "\n\n温彬:利率水平易上难下\n\n" LONG1,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "股市|宏观");
}

/* no heading over a page's disclaimer, nor an attachment's title under its label */
static void test_not_sections(void **state)
{
    (void)state;
    char h[512];
    fixture_headings("标题在这里\n\n" LONG1 "\n\n市场回顾\n\n" LONG2 "\n\n后市展望\n\n" LONG1 "\n\n瑞达期货\n\n"
             "新浪声明:新浪网登载此文出于传递更多信息之目的,并不意味着赞同其观点或证实其描述。",
             h, sizeof h);
    assert_string_equal(h, "市场回顾|后市展望");
    fixture_headings("标题在这里\n\n" LONG1 "\n\n一、本次股份解除质押的情况\n\n" LONG2 "\n\n二、累计质押股份的情况\n\n" LONG1 "\n\n特此公告。\n\n附件:\n\n"
             "张昊瑜女士简历\n\n" LONG2,
             h, sizeof h);
    assert_string_equal(h, "一、本次股份解除质押的情况|二、累计质押股份的情况");
}

/* a round-up's headline of two phrases may be long, one may open with a column's tag or stand over a lead that
 * restates it */
static void test_roundup(void **state)
{
    (void)state;
    char h[1024];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n国内联播快讯\n\n" LONG2 "\n\n达沃斯论坛聚焦国际合作应对挑战\n\n" LONG1
                              "\n\n李克强主持召开各民主党派中央全国工商联负责人和无党派人士代表座谈会 听取对政府工作报告的意见建议\n\n" LONG2 LONG1
                              "\n\n【在新时代思想指引下】甘肃:聚焦深度贫困精准扶贫无死角\n\n" LONG1 LONG2,
                              h, sizeof h),
                     4);
    assert_string_equal(h, "国内联播快讯|达沃斯论坛聚焦国际合作应对挑战|李克强主持召开各民主党派中央全国工商联负责人和无党派人士代表座谈会 "
                           "听取对政府工作报告的意见建议|【在新时代思想指引下】甘肃:聚焦深度贫困精准扶贫无死角");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracket_groups),
        cmocka_unit_test(test_not_sections),
        cmocka_unit_test(test_points),
        cmocka_unit_test(test_roundup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
