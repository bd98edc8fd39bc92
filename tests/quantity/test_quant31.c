/* test_quant31.c — quantity forms of the twenty-seventh session (helper "tickgov"): a Chinese-numeral range
 * written with 、 between its two digits ("五、六百元": 500 and 600, as "五六百元"); savings put by right
 * before their amount ("攒下的23万"); returns and savings named after their amount ("百万收益", "10万积蓄");
 * a monthly rent before a plain number ("月租950"). Data-driven as test_quant30.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"每天收入五、六百元数着票子", "五", GX_QTY_MONEY, 500, "CNY"},
    {"每天收入五、六百元数着票子", "六百元", GX_QTY_MONEY, 600, "CNY"},
    {"亏了三、四千万元，", "三", GX_QTY_MONEY, 3e7, "CNY"},
    {"亏了三、四千万元，", "四千万元", GX_QTY_MONEY, 4e7, "CNY"},
    {"老两口辛辛苦苦攒下的23万养老钱", "23万", GX_QTY_MONEY, 2.3e5, "CNY"},
    {"他攒了5万，", "5万", GX_QTY_MONEY, 5e4, "CNY"},
    {"倍增百万收益被疑涉传", "百万", GX_QTY_MONEY, 1e6, "CNY"},
    {"骗走了老人的10万积蓄", "10万", GX_QTY_MONEY, 1e5, "CNY"},
    {"承诺月租950水电包括在内", "950", GX_QTY_MONEY, 950, "CNY"},
};

static const qty_case NONE[] = {
    /* no currency, no money context: years, companies, people */
    {"一、二十年来，五、六十家公司倒闭", "五", GX_QTY_MONEY, 0, NULL},
    {"一、二十年来，五、六十家公司倒闭", "一", GX_QTY_MONEY, 0, NULL},
    /* not two neighbouring digits */
    {"每天收入五、七百元", "五", GX_QTY_MONEY, 0, NULL},
    /* 攒 with a gap before the figure: no head */
    {"她多年来攒下了大量人脉，有23万", "23万", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant31", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
