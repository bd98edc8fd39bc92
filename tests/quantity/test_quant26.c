/* test_quant26.c — quantity forms of round quant26 (twenty-fourth session): English magnitudes in
 * capitals after a sign ($300M, €2B, $15K), currencies written after the number in English and
 * European texts (49.95 Euro, 500 rupees, 60,000₩, 100€, 250 CHF) and other signs before it
 * (₩, ₹); Chinese: an Arabic digit with 千/百 and the rest in Chinese numerals (2千五百元), 多数为
 * ("mostly") between a money head and its amount, bad debts and fees (坏账, 窟窿, 手续费), money
 * lost or cheated out of and paid into an account as plain heads (受骗, 损失在, 入金), a round
 * hundred glued to the next word after a word of lending (额度2000快速贷), and a lone magnitude
 * after a money head and 达 (市值达亿元: a lost figure); a loan ad's ceiling (网贷口子…最高100000!,
 * 贷款…1200万以内). Data-driven as test_quant25.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"The studio was sold for $450M last year.", "$450M", GX_QTY_MONEY, 4.5e8, "USD"},
    {"Investors put in €2B over five years.", "€2B", GX_QTY_MONEY, 2e9, "EUR"},
    {"Tickets start at $15K per table.", "$15K", GX_QTY_MONEY, 15000, "USD"},
    {"The headphones cost 129.90 Euro in Germany.", "129.90 Euro", GX_QTY_MONEY, 129.9, "EUR"},
    {"The fine was 500 rupees, paid at once.", "500 rupees", GX_QTY_MONEY, 500, "INR"},
    {"Seats cost 80,000₩ at the door.", "80,000₩", GX_QTY_MONEY, 80000, "KRW"},
    {"A room costs 120€ a night.", "120€", GX_QTY_MONEY, 120, "EUR"},
    {"The watch sold for 250 CHF.", "250 CHF", GX_QTY_MONEY, 250, "CHF"},
    {"It sold for 3,000 Swiss francs.", "3,000 Swiss francs", GX_QTY_MONEY, 3000, "CHF"},
    {"Lunch was ₩9,000 each.", "₩9,000", GX_QTY_MONEY, 9000, "KRW"},
    {"Tickets cost 45,000 won each.", "45,000 won", GX_QTY_MONEY, 45000, "KRW"},
    {"He paid 2000 Euros for the bike.", "2000 Euros", GX_QTY_MONEY, 2000, "EUR"},
    {"他又让我交了3千五百元押金", "3千五百元", GX_QTY_MONEY, 3500, "CNY"},
    {"手续费要4百五十元", "4百五十元", GX_QTY_MONEY, 450, "CNY"},
    {"借款金额大多数为20万,期限一年", "20万", GX_QTY_MONEY, 200000, "CNY"},
    {"该公司留下的坏账达3亿,无人负责", "3亿", GX_QTY_MONEY, 3e8, "CNY"},
    {"平台每年收取60亿手续费", "60亿", GX_QTY_MONEY, 6e9, "CNY"},
    {"留下5亿窟窿后跑路", "5亿", GX_QTY_MONEY, 5e8, "CNY"},
    {"我在该平台受骗6800,请大家注意", "6800", GX_QTY_MONEY, 6800, "CNY"},
    {"入金100～50000,当日到账", "50000", GX_QTY_MONEY, 50000, "CNY"},
    {"每位会员损失在30000左右", "30000左右", GX_QTY_MONEY, 30000, "CNY"},
    {"信用贷额度3000极速到账", "3000", GX_QTY_MONEY, 3000, "CNY"},
    /* a loan ad's ceiling: 最高 or 以内 with a word of lending earlier on the line */
    {"某网贷新口子,门槛低,最高80000!", "最高80000", GX_QTY_MONEY, 80000, "CNY"},
    {"银行贷款新品上线,产品优势:500万以内,期限三年", "500万以内", GX_QTY_MONEY, 5e6, "CNY"},
};

static const qty_case NONE[] = {
    /* a lone magnitude after a money head and 达: the page lost the figure */
    {"收盘时总市值达亿元", "亿元", GX_QTY_MONEY, 0, NULL},
    {"涉案金额高达亿元,", "亿元", GX_QTY_MONEY, 0, NULL},
    /* a capital after a plain number is no magnitude without a sign; a letter run on is a word */
    {"The 300M race was won by Kenya.", "300M", GX_QTY_MONEY, 0, NULL},
    {"It cost $5 Million dollars", "$5M", GX_QTY_MONEY, 0, NULL},
    /* won the verb; a year before a capitalized currency word; a weight in pounds */
    {"Of the 435 seats, 220 won by Democrats", "220 won", GX_QTY_MONEY, 0, NULL},
    {"Of 5,000 entries, 1,200 won by women", "1,200 won", GX_QTY_MONEY, 0, NULL},
    {"In 1998 Euro coins were minted", "1998 Euro", GX_QTY_MONEY, 0, NULL},
    {"a 12 pound turkey", "12 pound", GX_QTY_MONEY, 0, NULL},
    /* a year after a word of lending, glued to the next word */
    {"充值2018最火平台", "2018", GX_QTY_MONEY, 0, NULL},
    /* a ceiling without a word of lending */
    {"该基金单日申购最高5000,", "5000", GX_QTY_MONEY, 0, NULL},
    {"园区规划面积500万以内,", "500万", GX_QTY_MONEY, 0, NULL},
    /* 千 before a Chinese numeral and no currency */
    {"来了2千五百人", "2千五百", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant26", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
