/* test_quant25.c — quantity forms of round quant25 (twenty-third session), read from lending and
 * scheme ads: a comma between a word of lending and its plain number (分期借款,5000极速到账);
 * heads 价格 售价 (not a coin's price: 币价格, ETH价格), 秒下 可领 下款, fees to join (加盟费);
 * phrases after the plain number (198成为代理, 3000起投; not a year); Chinese numerals whose last
 * digit counts in the next lower unit (三千三 = 3300, 两万五千元, 两万五元). Data-driven as
 * test_quant24.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"某某借款APP,信用借款,3000极速到账", "3000", GX_QTY_MONEY, 3000, "CNY"},
    {"一部手机价格1299送耳机", "1299", GX_QTY_MONEY, 1299, "CNY"},
    {"极速审核可领50000,当天到账", "50000", GX_QTY_MONEY, 50000, "CNY"},
    {"奶茶店加盟费39800,包教包会", "39800", GX_QTY_MONEY, 39800, "CNY"},
    {"会员制度:399成为代理享受分红", "399", GX_QTY_MONEY, 399, "CNY"},
    {"某某理财-500起投,年化收益", "500", GX_QTY_MONEY, 500, "CNY"},
    {"他说工资只有两万五元,不够花", "两万五元", GX_QTY_MONEY, 25000, "CNY"},
    /* 零 keeps the digit a unit: 三千零三元 is 3003, not 3300 */
    {"借了三千零三元,", "三千零三元", GX_QTY_MONEY, 3003, "CNY"},
    {"首付三千三百万元的房子", "三千三百万元", GX_QTY_MONEY, 3.3e7, "CNY"},
};

static const qty_case NONE[] = {
    /* a coin or a foreign ticker priced */
    {"今日比特币价格:6500,", "6500", GX_QTY_MONEY, 0, NULL},
    {"昨晚ETH价格300,", "300", GX_QTY_MONEY, 0, NULL},
    /* a year before the phrase, a count after the comma */
    {"他在2018成为代理", "2018", GX_QTY_MONEY, 0, NULL},
    {"贷款,3000人参加了培训", "3000", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant25", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
