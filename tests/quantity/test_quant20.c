/* test_quant20.c — quantity forms of round quant20 (twentieth session), read from web finance
 * texts: percentages written 40百分比, 百分百 and as a discount (6折 -> 60), and amounts without
 * a currency that their context makes money (骗我30万, 100万借款, 借款1000, 额度5000, 一个多亿),
 * the low end of 500—300万 in the unit itself, and the terms of a sum (300+188=488元).
 * Data-driven: each row of READ is a text, the surface of one quantity in it, its type, value
 * and currency (money); each row of NONE is a text in which the surface given is no quantity of
 * that type. Every text is run through the quantity stage alone (gx_article_set_text()); the
 * word lists are loaded from the data directory given as argv[1] (default "data"). */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    /* percentages */
    {"家庭开销按年收入分配,即消费占40百分比,出资占30百分比。", "40百分比", GX_QTY_PERCENT, 40, NULL},
    {"该平台承诺所有投资项目百分百保证盈利。", "百分百", GX_QTY_PERCENT, 100, NULL},
    {"还款超低息,低至银行6折还款利率。", "6折", GX_QTY_PERCENT, 60, NULL},
    {"按总额度的35%打95折转售额度。", "95折", GX_QTY_PERCENT, 95, NULL},
    {"会员购物享8.5折优惠。", "8.5折", GX_QTY_PERCENT, 85, NULL},
    {"存货7.3个亿,打5折算3亿。", "5折", GX_QTY_PERCENT, 50, NULL},
    /* X个多亿: more than X亿 */
    {"公司以加盟费为名骗取我们一个多亿,欠着供货商的货款。", "一个多亿", GX_QTY_MONEY, 1e8, "CNY"},
    {"但是他诈骗的8个多亿人民币可以买通权利。", "8个多亿人民币", GX_QTY_MONEY, 8e8, "CNY"},
    /* implied money: fraud verbs before, loans after, a deposit */
    {"杭州启牛骗子平台手段高明骗我30万,现在已成功追回。", "30万", GX_QTY_MONEY, 3e5, "CNY"},
    {"欠着供货商一个多亿货款。", "一个多亿", GX_QTY_MONEY, 1e8, "CNY"},
    {"小额轻松借,最大支持100万借款,额度高。", "100万", GX_QTY_MONEY, 1e6, "CNY"},
    {"如果有一款产品1万存入预期收益为3千元。", "1万", GX_QTY_MONEY, 1e4, "CNY"},
    /* a plain number right after a word of lending or pay that ends its clause */
    {"还款超低息,借款1000,月息低。", "1000", GX_QTY_MONEY, 1000, "CNY"},
    {"金领贷额度5000;期限1490天。", "5000", GX_QTY_MONEY, 5000, "CNY"},
    {"普普通通的工作,月入4000左右,一到假期。", "4000左右", GX_QTY_MONEY, 4000, "CNY"},
    {"这个盘起操作(本金5千,盈利1578)。", "5千", GX_QTY_MONEY, 5000, "CNY"},
    {"普通岗位月薪3000-5000,一年两次调薪。", "3000", GX_QTY_MONEY, 3000, "CNY"},
    {"普通岗位月薪3000-5000,一年两次调薪。", "5000", GX_QTY_MONEY, 5000, "CNY"},
    /* a first number the second's magnitude would put above the second end is in the unit */
    {"起投金额为500—300万不等。", "500", GX_QTY_MONEY, 500, "CNY"},
    {"可借额度在1000~5万元之间。", "1000", GX_QTY_MONEY, 1000, "CNY"},
    {"额度在8至10万元之间。", "8", GX_QTY_MONEY, 8e4, "CNY"},
    /* the terms of a sum take the unit of its result */
    {"一个月下来就是300+188=488元。", "300", GX_QTY_MONEY, 300, "CNY"},
    {"一个月下来就是300+188=488元。", "188", GX_QTY_MONEY, 188, "CNY"},
    /* a count unit after a Chinese numeral counts people, no money */
    {"骗的全国各地300万百姓的钱财。", "300万百姓", GX_QTY_COUNT, 3e6, NULL},
};

static const qty_case NONE[] = {
    /* a figure before a word that begins with 折 (折算 折合 折旧) is no discount */
    {"按1:6.5折算成人民币。", "6.5折", GX_QTY_PERCENT, 0, NULL},
    {"设备按10年折旧,每年5折旧费。", "5折", GX_QTY_PERCENT, 0, NULL},
    {"打了10折。", "10折", GX_QTY_PERCENT, 0, NULL},
    {"诈骗全国各地四百万老百姓高达几十亿的血汗钱。", "四百万", GX_QTY_MONEY, 0, NULL},
    /* a plain number: a list number run into the word (one digit, 、), a duration, a unit */
    {"身份证就能贷款,极速完成贷款2、支持全国用户。", "2", GX_QTY_MONEY, 0, NULL},
    {"贷款20、支持全国用户。", "20", GX_QTY_MONEY, 0, NULL},
    {"理财额度300分钟抢空。", "300", GX_QTY_MONEY, 0, NULL},
    {"累计借款1000笔。", "1000", GX_QTY_MONEY, 0, NULL},
    {"公司营收1000,同比增长。", "1000", GX_QTY_MONEY, 0, NULL},
    /* no sum without a term joined by + */
    {"5=5元。", "5", GX_QTY_MONEY, 0, NULL},
    {"132+4754=1154(微电)。", "132", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant20", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
