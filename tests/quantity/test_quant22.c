/* test_quant22.c — quantity forms of round quant22 (twenty-second session), read from web finance
 * texts: an order of magnitude written as 千万级/亿级 before a currency (千万级人民币 = 1000万 yuan); a
 * magnitude alone after 约, a linking 为/是 or 额, where web copies lost the figure (约亿美元: no
 * amount); a number after a currency name with a unit of its own (人民币365天: a term, no amount);
 * an amount put in the bank (5万存银行). Data-driven: each row of READ is a text, the surface of
 * one quantity in it, its type, value and currency (money); each row of NONE is a text in which
 * the surface given is no quantity of that type. Every text is run through the quantity stage
 * alone (gx_article_set_text()); the word lists are loaded from the data directory given as
 * argv[1] (default "data"). */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    /* an order of magnitude before a currency */
    {"该公司近日完成亿级人民币B轮融资。", "亿级人民币", GX_QTY_MONEY, 1e8, "CNY"},
    {"获得千万级美元天使轮投资。", "千万级美元", GX_QTY_MONEY, 1e7, "USD"},
    /* the idioms of a bare magnitude stay */
    {"该公司已完成近亿元A轮融资。", "近亿元", GX_QTY_MONEY, 1e8, "CNY"},
    {"参赛者有机会拿万元奖金。", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    /* a currency before a plain amount */
    {"该产品起购金额人民币50000元。", "人民币50000元", GX_QTY_MONEY, 5e4, "CNY"},
    /* an amount put in the bank */
    {"如果把10万存银行一年能拿多少利息。", "10万", GX_QTY_MONEY, 1e5, "CNY"},
    {"五万存入余额宝每天收益多少。", "五万", GX_QTY_MONEY, 5e4, "CNY"},
};

static const qty_case NONE[] = {
    /* a magnitude whose figure the page lost */
    {"该基金目前管理资产约亿美元,投资了多家公司。", "约亿美元", GX_QTY_MONEY, 0, NULL},
    {"盈透证券第二季度收入为亿美元,低于预期。", "亿美元", GX_QTY_MONEY, 0, NULL},
    {"警方称涉案金额亿元,受害人众多。", "亿元", GX_QTY_MONEY, 0, NULL},
    /* an order of magnitude of something else */
    {"通州将建成七大千亿级产业集群。", "千亿级", GX_QTY_MONEY, 0, NULL},
    /* a term or a count after a currency name */
    {"建设银行推出人民币182天理财产品。", "人民币182", GX_QTY_MONEY, 0, NULL},
    {"人民币3个月期限的拆借利率上行。", "人民币3", GX_QTY_MONEY, 0, NULL},
    {"市场上的人民币2年期国债收益率下行。", "人民币2", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant22", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
