/* test_sect19.c — plain-text headings (fifteenth session, sect19): a research report's decimal outline, a number
 * glued to a year (1.2017年…) and a heading right over its own first sub-heading (1.2… / 1.2.1…). */
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

/* a number glued to a year, and headings right over their first sub-headings */
static void test_over_child(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n1.2017年股票及股指期货走势回顾\n\n1.1股指现货回顾\n\n" LONG1 LONG2
             "\n\n1.2股指期货回顾\n\n1.2.1股指期货走势\n\n" LONG2 LONG1 "\n\n1.2.2成交及持仓\n\n" LONG1 LONG2
             "\n\n2.2018年市场基本面分析\n\n2.1宏观经济有望企稳\n\n" LONG2 LONG1 "\n\n2.2防风险下监管难松\n\n" LONG1 LONG2,
             h, sizeof h);
    assert_string_equal(h, "1.2017年股票及股指期货走势回顾|1.1股指现货回顾|1.2股指期货回顾|1.2.1股指期货走势|1.2.2成交及持仓|"
                           "2.2018年市场基本面分析|2.1宏观经济有望企稳|2.2防风险下监管难松");
}

/* an amount is no number glued to a year; a line over a sub-heading of another number is not its parent */
static void test_not_child(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n1.5亿元的投资计划\n\n2.1宏观经济有望企稳\n\n" LONG1 LONG2 "\n\n2.2防风险下监管难松\n\n" LONG2
             LONG1,
             h, sizeof h);
    assert_null(strstr(h, "1.5亿元"));
}

/* an outline number's stop written 。 (2。 行业月度景气追踪 / 2.1。 上游行业景气追踪 / 2.1.1。 煤炭行业:…) */
static void test_stop_outline(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n2。 行业月度景气追踪\n\n2.1。 上游行业景气追踪\n\n2.1.1。 煤炭行业：1月预计双焦维持高位上行\n\n"
             LONG1 LONG2 "\n\n2.1.2。 石油石化：1月预计原油价格保持高位稳定\n\n" LONG2 LONG1 "\n\n2.2。 中游行业景气追踪\n\n" LONG1 LONG2,
             h, sizeof h);
    assert_string_equal(h, "2。 行业月度景气追踪|2.1。 上游行业景气追踪|2.1.1。 煤炭行业:1月预计双焦维持高位上行|"
                           "2.1.2。 石油石化:1月预计原油价格保持高位稳定|2.2。 中游行业景气追踪");
}

/* a decimal heading over a long bulleted paragraph */
static void test_over_bullet(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n2.1。 板块变化：主板偏高，创业板偏低\n\n■" LONG1 LONG2 "\n\n2.2。 行业变化：传媒、电子PE偏低\n\n"
             LONG2 LONG1 "\n\n2.3。 风格变化：全面上调\n\n" LONG1 LONG2,
             h, sizeof h);
    assert_non_null(strstr(h, "2.1。 板块变化"));
}

/* the text's first heading right under a portal's menu; not the title said again there */
static void test_under_menu(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n热点栏目\n\n资金流向\n\n千股千评\n\n个股诊断\n\n客户端\n\n2017年行情回顾\n\n" LONG1 LONG2
             "\n\n2018年展望及建议\n\n" LONG2 LONG1 "\n\n1.2017年股票及股指期货走势回顾\n\n" LONG1 LONG2 "\n\n2.2018年市场基本面分析\n\n" LONG2 LONG1,
             h, sizeof h);
    assert_string_equal(h, "2017年行情回顾|2018年展望及建议|1.2017年股票及股指期货走势回顾|2.2018年市场基本面分析");
}

/* a portal's list of links under its >>> line is no heading; a heading under such a line over its prose stays */
static void test_link_list(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n1、市场回顾\n\n" LONG1 LONG2 "\n\n2、后市展望\n\n" LONG2 LONG1
             "\n\n下周走势>>>\n\n周初反弹后或还有回落 春节前有望企稳\n\n" LONG1 LONG2 "\n\n券商策略汇总>>>\n\n"
             "长江策略：推荐大金融主线 关注受通胀影响产业链\n\n西南策略：周期股回调存在配置机会 大胆布局龙头股\n\n"
             "广发证券：依然呈现结构性机会 继续看好金融地产\n\n",
             h, sizeof h);
    assert_null(strstr(h, "策略"));
    assert_null(strstr(h, "广发"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_link_list),
        cmocka_unit_test(test_not_child),
        cmocka_unit_test(test_over_bullet),
        cmocka_unit_test(test_over_child),
        cmocka_unit_test(test_stop_outline),
        cmocka_unit_test(test_under_menu),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
