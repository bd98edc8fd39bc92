/* test_quant28.c — quantity forms of round quant28 (twenty-fifth session): a letter O typed for a
 * zero inside an amount ("每天可回40O元", "被骗80OO万"); 万亿 alone only after a word of "more
 * than" or "nearly" (a bare 万亿元 is a figure the page lost); a lone 万/亿 after 了 or 、 is a lost
 * figure too; a last 一 before a measure word is the "one" of the next phrase ("投一万一年").
 * Data-driven as test_quant27.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"相当于有4万了，每天可回40O元，那么只用25天", "40O元", GX_QTY_MONEY, 400, "CNY"},
    {"骗取全国17个亿，无锡被骗80OO万，号上午", "80OO万", GX_QTY_MONEY, 8e7, "CNY"},
    {"据统计有近万亿资金涌入市场。", "近万亿", GX_QTY_MONEY, 1e12, "CNY"},
    {"这是一个超万亿元的市场。", "超万亿元", GX_QTY_MONEY, 1e12, "CNY"},
    {"行业规模有望突破万亿元大关。", "万亿元", GX_QTY_MONEY, 1e12, "CNY"},
    {"投一万一年时间净赚14万，", "一万", GX_QTY_MONEY, 1e4, "CNY"},
    {"售价4O元", "4O元", GX_QTY_MONEY, 40, "CNY"},
    {"发起了亿美金规模的算力基金，", "亿美金", GX_QTY_MONEY, 1e8, "USD"},
    {"邀好友夺万元现金大奖", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    {"两万一元一张的门票", "两万一元", GX_QTY_MONEY, 21000, "CNY"},
};

static const qty_case NONE[] = {
    /* a letter O after a Latin letter, or not right before a currency or magnitude */
    {"型号A4O元件", "A4O元", GX_QTY_MONEY, 0, NULL},
    {"共计40OK元", "40O", GX_QTY_MONEY, 0, NULL},
    {"编号20O5号", "20O5", GX_QTY_MONEY, 0, NULL},
    /* a bare 万亿: a lost figure, or a vague "trillions" */
    {"居民消费性贷款余额为万亿元，同比增长", "万亿元", GX_QTY_MONEY, 0, NULL},
    {"中国外汇市场总计成交万亿元人民币，环比减少15%", "万亿元", GX_QTY_MONEY, 0, NULL},
    {"业务总规模达到万亿元平安银行", "万亿元", GX_QTY_MONEY, 0, NULL},
    {"云南规划万亿基建投资盛宴", "万亿", GX_QTY_MONEY, 0, NULL},
    /* a lone 万 after 了 or 、 */
    {"我们却交了万元，公司的原材料价格", "万元", GX_QTY_MONEY, 0, NULL},
    {"购买起点：万元、万元、50万元以上", "万元", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant28", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
