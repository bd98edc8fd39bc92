/* test_quant24.c — quantity forms of round quant24 (twenty-third session), read from web finance
 * texts: a numbered list's next item run in after a 万/亿 amount (最高300万2、); a comma every four
 * digits (1000,0000万人民币); a plain number of pay or lending glued to the next phrase or
 * followed by + (底薪2700+高提成, 额度7000立下; not a unit, a year or 小时); heads 代偿, 资管计划,
 * 每笔; after-nouns 保证金, 踩雷; 厂商 counted. Data-driven as test_quant23.c: each row of READ is
 * a text, the surface of one quantity in it, its type, value and currency; each row of NONE a
 * text in which the surface is no quantity of that type. The word lists are loaded from the data
 * directory given as argv[1] (default "data"). */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    /* a list's next item run in after the amount */
    {"1、贷款额度:最高200万2、贷款期限:12个月", "最高200万", GX_QTY_MONEY, 2e6, "CNY"},
    {"大额贷款可达8万12、利率优势", "8万", GX_QTY_MONEY, 8e4, "CNY"},
    /* ten-thousands grouping */
    {"该公司注册资本:3000,0000万人民币,在这几年当中", "3000,0000万人民币", GX_QTY_MONEY, 3e11, "CNY"},
    {"注册资本1,0000万元。", "1,0000万元", GX_QTY_MONEY, 1e8, "CNY"},
    /* a plain number of pay glued to the next phrase, or followed by + */
    {"招聘销售,无责底薪3500+高提成+高奖金", "3500", GX_QTY_MONEY, 3500, "CNY"},
    {"兼职打字员,月入8000+,时间自由", "8000+", GX_QTY_MONEY, 8000, "CNY"},
    {"某某钱包额度6000立即到账", "6000", GX_QTY_MONEY, 6000, "CNY"},
    {"一个月薪4200的年轻人怎样买房", "4200", GX_QTY_MONEY, 4200, "CNY"},
    {"每万返利150一、平台简介", "150", GX_QTY_MONEY, 150, "CNY"},
    /* heads and after-nouns */
    {"平台披露历史代偿一共312万,成交在900亿", "312万", GX_QTY_MONEY, 3.12e6, "CNY"},
    {"某资管发行的2号资管计划就有5亿,200名投资者受骗", "5亿", GX_QTY_MONEY, 5e8, "CNY"},
    {"快速到账,每笔20万,不限次数", "20万", GX_QTY_MONEY, 2e5, "CNY"},
    {"代理商扣了他们10万保证金", "10万", GX_QTY_MONEY, 1e5, "CNY"},
    {"某财富12亿踩雷,牵扯了多家信托", "12亿", GX_QTY_MONEY, 1.2e9, "CNY"},
};

static const qty_case NONE[] = {
    /* a list of four-digit numbers is no grouping */
    {"他的两篇论文(1987,1994)讨论了这个问题", "1987,1994", GX_QTY_COUNT, 0, NULL},
    /* a plain number before a unit, a year or 小时 */
    {"提现24小时到账,额度3分钟抢空", "24", GX_QTY_MONEY, 0, NULL},
    {"充值2018最火平台", "2018", GX_QTY_MONEY, 0, NULL},
    {"借款1000笔", "1000", GX_QTY_MONEY, 0, NULL},
    {"平台价格10币一次", "10", GX_QTY_MONEY, 0, NULL},
    /* a sum is no plus */
    {"工资3000+500", "3000", GX_QTY_MONEY, 0, NULL},
    /* users counted before a name that starts with 亿 */
    {"目前服务用户超100万亿融推客优势", "100万亿", GX_QTY_MONEY, 0, NULL},
    /* makers counted */
    {"集团斥资开启百万厂商推荐计划", "百万", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant24", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
