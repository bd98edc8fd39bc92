/* test_quant32.c — money forms of the twenty-eighth session (task "quant28"): an amount in
 * 万 with its thousands and hundreds written after it ("9万3千元" is 93,000, not 3千元 beside a
 * bare 9万); a lone 亿 or 万 before a currency after 的, 至 or 达, where the page lost the figure
 * ("预期的亿美元", "增长7%至亿美元"); a currency sign between runs of digits (a phone number
 * masked as "136¥6046¥5023"); a lone 千元 that is a table's unit ("单位：千元"). Data-driven as
 * test_quant31.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"他从公司贷款9万3千元，", "9万3千元", GX_QTY_MONEY, 93000, "CNY"},
    {"装修共花了1万2千5百元。", "1万2千5百元", GX_QTY_MONEY, 12500, "CNY"},
    {"他借了3万5百元。", "3万5百元", GX_QTY_MONEY, 30500, "CNY"},
    {"首付3万五千元。", "3万五千元", GX_QTY_MONEY, 35000, "CNY"},
    {"售价¥199元", "¥199元", GX_QTY_MONEY, 199, "CNY"},
    {"获得近亿元融资", "近亿元", GX_QTY_MONEY, 1e8, "CNY"},
    {"营收为1000千元。", "1000千元", GX_QTY_MONEY, 1e6, "CNY"},
    {"价格在千元左右的手机", "千元左右", GX_QTY_MONEY, 1000, "CNY"},
};

static const qty_case NONE[] = {
    {"他从公司贷款9万3千元，", "3千元", GX_QTY_MONEY, 0, NULL},
    {"他从公司贷款9万3千元，", "9万", GX_QTY_MONEY, 0, NULL},
    {"收入为亿美元，低于市场普遍预期的亿美元，", "亿美元", GX_QTY_MONEY, 0, NULL},
    {"经纪业务收入同比增长7%至亿美元;", "亿美元", GX_QTY_MONEY, 0, NULL},
    {"融资额达亿美元通过这组数据", "亿美元", GX_QTY_MONEY, 0, NULL},
    {"【客服:136¥6046¥5023】", "¥6046", GX_QTY_MONEY, 0, NULL},
    {"【客服:136¥6046¥5023】", "¥5023", GX_QTY_MONEY, 0, NULL},
    {"单位：千元。", "千元", GX_QTY_MONEY, 0, NULL},
    {"（千元）", "千元", GX_QTY_MONEY, 0, NULL},
    /* a count stays a count: 3万5千人 are people */
    {"共有3万5千人参加。", "3万5千", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant32", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
