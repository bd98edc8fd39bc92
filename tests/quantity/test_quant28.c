/* test_quant28.c — quantity forms of round quant28 (twenty-fifth session): a letter O typed for a
 * zero inside an amount ("每天可回40O元", "被骗80OO万"); 万亿 alone after a linking or reaching
 * word or a money head is a figure the page lost ("交易额将达万亿元"), elsewhere a round trillion; a lone 万/亿 after 了 or 、 is a lost
 * figure too; 每万 before 返 is the 10,000 yuan a rebate is paid on ("每万返现260"); a last 一 before a measure word is the "one" of the next phrase ("投一万一年").
 * Data-driven as test_quant27.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"相当于有4万了，每天可回40O元，那么只用25天", "40O元", GX_QTY_MONEY, 400, "CNY"},
    {"骗取全国17个亿，无锡被骗80OO万，号上午", "80OO万", GX_QTY_MONEY, 8e7, "CNY"},
    {"据统计有近万亿资金涌入市场。", "近万亿", GX_QTY_MONEY, 1e12, "CNY"},
    {"这是一个超万亿元的市场。", "超万亿元", GX_QTY_MONEY, 1e12, "CNY"},
    {"行业规模有望突破万亿元大关。", "万亿元", GX_QTY_MONEY, 1e12, "CNY"},
    {"接下来有可能推出万亿美金基建计划，", "万亿美金", GX_QTY_MONEY, 1e12, "USD"},
    {"突然涌入了万亿资金是个什么概念。", "万亿", GX_QTY_MONEY, 1e12, "CNY"},
    {"两融余额万亿关口易上难下", "万亿", GX_QTY_MONEY, 1e12, "CNY"},
    {"投一万一年时间净赚14万，", "一万", GX_QTY_MONEY, 1e4, "CNY"},
    {"售价4O元", "4O元", GX_QTY_MONEY, 40, "CNY"},
    {"发起了亿美金规模的算力基金，", "亿美金", GX_QTY_MONEY, 1e8, "USD"},
    {"邀好友夺万元现金大奖", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    {"存款利率%，每万返现260，额度800万", "万", GX_QTY_MONEY, 1e4, "CNY"},
    {"1月标，投资万，每万返利170一、平台简介", "万", GX_QTY_MONEY, 1e4, "CNY"},
    {"两万一元一张的门票", "两万一元", GX_QTY_MONEY, 21000, "CNY"},
};

static const qty_case NONE[] = {
    /* a letter O after a Latin letter, or not right before a currency or magnitude */
    {"型号A4O元件", "A4O元", GX_QTY_MONEY, 0, NULL},
    {"共计40OK元", "40O", GX_QTY_MONEY, 0, NULL},
    {"编号20O5号", "20O5", GX_QTY_MONEY, 0, NULL},
    /* a bare 万亿: a lost figure, or a vague "trillions" */
    {"居民消费性贷款余额为万亿元，同比增长", "万亿元", GX_QTY_MONEY, 0, NULL},
    {"业务总规模达到万亿元平安银行", "万亿元", GX_QTY_MONEY, 0, NULL},
    {"中国移动购物市场交易额将达万亿元,同时", "万亿元", GX_QTY_MONEY, 0, NULL},
    {"行业在贷余额降至万亿元,用户信心", "万亿元", GX_QTY_MONEY, 0, NULL},
    /* 每万 before no rebate word */
    {"每万人拥有律师数", "万", GX_QTY_MONEY, 0, NULL},
    {"每万股派息", "万", GX_QTY_MONEY, 0, NULL},
    /* a lone 万 after 了 or 、 */
    {"我们却交了万元，公司的原材料价格", "万元", GX_QTY_MONEY, 0, NULL},
    {"购买起点：万元、万元、50万元以上", "万元", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant28", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
