/* test_quant29.c — quantity forms of round quant29 (twenty-fifth session, round 2): an Arabic number
 * with 千/百 and no currency after a money word ("半天收益3千+", "投8千一年", "合作5千本金起始"); an
 * amount before 额度 ("5万额度", "拿3000额度"); 本金 after an amount; 投入 after an amount ("将5万投入");
 * 还了 touching an amount; the rebate after 每万返 ("每万返65"); a 0万 figure whose digits were lost.
 * Data-driven as test_quant28.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"总收益110万+半天收益3千+本月收益5千+真正的投资", "3千", GX_QTY_MONEY, 3000, "CNY"},
    {"美女卫浴老板投8千一年多赚20万", "8千", GX_QTY_MONEY, 8000, "CNY"},
    {"7月份招客户*合作5千本金起始，只做外汇", "5千", GX_QTY_MONEY, 5000, "CNY"},
    {"不到两个星期亏了2百，", "2百", GX_QTY_MONEY, 200, "CNY"},
    {"当然是有信用卡就能借，5万额度，6折费率", "5万", GX_QTY_MONEY, 5e4, "CNY"},
    {"长按加关注，立即拿3000额度京东金条平台介绍", "3000", GX_QTY_MONEY, 3000, "CNY"},
    {"于是就将5000额度的中信银行信用卡拿出来", "5000", GX_QTY_MONEY, 5000, "CNY"},
    {"到第208天后，将5万投入，每天回5百", "5万", GX_QTY_MONEY, 5e4, "CNY"},
    {"信用卡上个月还了3万，", "3万", GX_QTY_MONEY, 3e4, "CNY"},
    {"30天（鑫理财安增益），每万返65，限额", "65", GX_QTY_MONEY, 65, "CNY"},
};

static const qty_case NONE[] = {
    /* a count or a unit after 千/百 */
    {"害得全国1万5千投资者倾家荡产", "5千", GX_QTY_MONEY, 0, NULL},
    {"收益率领先世界5百强企业", "5百", GX_QTY_MONEY, 0, NULL},
    {"营收增长带来5千人就业", "5千", GX_QTY_MONEY, 0, NULL},
    /* no money word */
    {"国企改革要在5千点进行", "5千", GX_QTY_MONEY, 0, NULL},
    {"粉丝已有3千了", "3千", GX_QTY_MONEY, 0, NULL},
    /* 还了 not touching an amount */
    {"他还了解到该公司5万", "5万", GX_QTY_MONEY, 0, NULL},
    /* 返 not after 每万 */
    {"第3期返65天", "65", GX_QTY_MONEY, 0, NULL},
    /* 0万: the digits lost */
    {"每万返65，限额0万45天", "0万", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant29", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
