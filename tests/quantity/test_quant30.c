/* test_quant30.c — quantity forms of round quant30 (twenty-sixth session): pay past a lone 万 ("月薪过万",
 * "月入上万"); an amount before 缺口 or 冻结 ("海航349亿冻结千亿缺口"); 美元 cut after 美 at a line's end ("高达680万美"); a trial or first stake ("试投500"); and
 * none: a count of people after 的 ("131万的受害者"), a lone 亿 after 量 or after a count ("总入金量亿美元",
 * "万余人亿元"). Data-driven as test_quant29.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"实现月薪过万或几万，持续倍增", "万", GX_QTY_MONEY, 1e4, "CNY"},
    {"这份工作月入上万，", "上万", GX_QTY_MONEY, 1e4, "CNY"},
    {"最新一季更高达680万美\n", "680万美", GX_QTY_MONEY, 6.8e6, "USD"},
    {"新手可以试投500", "500", GX_QTY_MONEY, 500, "CNY"},
    {"平台首投1000，", "1000", GX_QTY_MONEY, 1000, "CNY"},
    {"每人万元奖励", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    {"骗了131万的血汗钱", "131万", GX_QTY_MONEY, 1.31e6, "CNY"},
    {"海航349亿冻结千亿缺口连3亿都还不起了", "349亿", GX_QTY_MONEY, 3.49e10, "CNY"},
    {"海航349亿冻结千亿缺口连3亿都还不起了", "千亿", GX_QTY_MONEY, 1e11, "CNY"},
};

static const qty_case NONE[] = {
    /* a count after 的 */
    {"23家欺骗了131万的受害者的血汗钱", "131万", GX_QTY_MONEY, 0, NULL},
    {"诈骗了50万的投资者", "50万", GX_QTY_MONEY, 0, NULL},
    /* a lone 亿 after 量, after a count */
    {"总入金量亿美元，", "亿美元", GX_QTY_MONEY, 0, NULL},
    {"吉林万余人亿元遭诈骗", "亿元", GX_QTY_MONEY, 0, NULL},
    /* 美 going on into a word, not at the line's end */
    {"融资680万美女主播", "680万美", GX_QTY_MONEY, 0, NULL},
    /* 过万 without pay */
    {"粉丝过万，", "万", GX_QTY_MONEY, 0, NULL},
    /* a count before 缺口 */
    {"存在10万人缺口", "10万", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant30", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
