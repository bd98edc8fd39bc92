/* test_quant34.c — money forms of the thirtieth session (task "quant30"): "320多个亿", more than
 * a colloquial number of 亿 (多 before 个亿, as 8个多亿 was read already), and pay or income
 * per period whose period is written before the head ("三天收入上万", "每月收入过万"), as
 * 月入上万 was; "粉丝三天过万" (no pay) stays no money. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"今年的总票房已经突破450多个亿，", "450多个亿", GX_QTY_MONEY, 4.5e10, "CNY"},
    {"公司营收有12余个亿。", "12余个亿", GX_QTY_MONEY, 1.2e9, "CNY"},
    {"做了一个星期，三天收入上万，还能提现", "上万", GX_QTY_MONEY, 1e4, "CNY"},
    {"每月收入过万不是梦", "万", GX_QTY_MONEY, 1e4, "CNY"},
};

static const qty_case NONE[] = {
    {"这个号的粉丝三天过万，", "过万", GX_QTY_MONEY, 0, NULL},
    {"收入上万亿的行业", "上万", GX_QTY_MONEY, 0, NULL},
    {"全市有300多个小区", "300多个", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant34", argc, argv, READ, sizeof READ / sizeof READ[0],
                          NONE, sizeof NONE / sizeof NONE[0]);
}
