/* test_quant23.c — quantity forms of round quant23 (twenty-second session, round 2), read from web
 * finance texts: a magnitude alone right after a money noun or verb of two characters or more
 * (注册资金亿元, 斥资亿元: the page lost the figure, no amount; 日赚万元 stays); 年龄/年纪 after a
 * 万/亿 amount are the next field of a form, not years (额度：80万年龄：). Data-driven as
 * test_quant22.c: each row of READ is a text, the surface of one quantity in it, its type, value
 * and currency; each row of NONE a text in which the surface is no quantity of that type. The
 * word lists are loaded from the data directory given as argv[1] (default "data"). */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    /* a one-character verb of earning keeps the idiom */
    {"这台机器号称能日赚万元。", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    /* so does a pay or income per period */
    {"他从一个新手做到了日入万元的店主。", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    /* a form's next field after the amount */
    {"贷款额度:80万年龄:25-55岁", "80万", GX_QTY_MONEY, 8e5, "CNY"},
    {"授信金额300万年纪在60岁以下。", "300万", GX_QTY_MONEY, 3e6, "CNY"},
};

static const qty_case NONE[] = {
    /* a money noun or verb that lost its figure */
    {"该中心注册资金亿元,是市政府批准设立的事业单位。", "亿元", GX_QTY_MONEY, 0, NULL},
    {"该集团斥资亿元收购了一家物流公司。", "亿元", GX_QTY_MONEY, 0, NULL},
    {"公司去年实现营收亿元,同比增长。", "亿元", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant23", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
