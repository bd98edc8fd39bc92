/* test_quant33.c — money forms of the twenty-ninth session (task "quant29"): a currency sign
 * written after the amount ("500$、1000$", "99¥起"), but not one that opens a cashtag or stands
 * between runs of digits; the look-back for a masked phone number ("136¥6046") reads no further
 * back than the end of the last quantity, so a price list "¥399¥199" keeps its second price;
 * an amount in 万 before 起投/起购 is a product's least stake ("100万起投", money_after); a lone
 * 万元 after a fee's or a price's noun is a lost figure ("督导费万元"); 一元 is one yuan after an
 * exchange or a price (兑换一元, 只需一元) or ending its clause, still a word in 一元化;
 * and gx_cp_at(), the one fixed-word matcher of the dates and quantities (gx_utf8.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "gx_utf8.h"
#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"静态收益配套：500$、1000$、3000$七个配套", "500$", GX_QTY_MONEY, 500, "USD"},
    {"静态收益配套：500$、1000$、3000$七个配套", "1000$", GX_QTY_MONEY, 1000, "USD"},
    {"静态收益配套：500$、1000$、3000$七个配套", "3000$", GX_QTY_MONEY, 3000, "USD"},
    {"会员价99¥起，", "99¥", GX_QTY_MONEY, 99, "CNY"},
    {"门票售价20€。", "20€", GX_QTY_MONEY, 20, "EUR"},
    {"原价¥399¥199，", "¥399", GX_QTY_MONEY, 399, "CNY"},
    {"原价¥399¥199，", "¥199", GX_QTY_MONEY, 199, "CNY"},
    {"会员价$25$19。", "$19", GX_QTY_MONEY, 19, "USD"},
    /* the least stake of a product after an amount in 万 */
    {"本产品100万起投，期限两年", "100万", GX_QTY_MONEY, 1e6, "CNY"},
    {"信托产品300万起购，", "300万", GX_QTY_MONEY, 3e6, "CNY"},
    /* a lone 万 as an amount: ten thousand */
    {"他交了一笔万元押金。", "万元", GX_QTY_MONEY, 1e4, "CNY"},
    /* 一元 after an exchange or a price, or ending its clause */
    {"100积分兑换一元现金", "一元", GX_QTY_MONEY, 1, "CNY"},
    {"注册只需一元", "一元", GX_QTY_MONEY, 1, "CNY"},
    {"门票一元，先到先得", "一元", GX_QTY_MONEY, 1, "CNY"},
};

static const qty_case NONE[] = {
    /* a cashtag opened after a number that lost its unit */
    {"转让价款3$宁波银行sz002142$：获得", "3$", GX_QTY_MONEY, 0, NULL},
    /* a masked phone number: the signs separate runs of digits */
    {"【客服:136¥6046¥5023】", "136¥", GX_QTY_MONEY, 0, NULL},
    {"【客服:136¥6046¥5023】", "¥6046", GX_QTY_MONEY, 0, NULL},
    {"型号5$5.5不详", "5$", GX_QTY_MONEY, 0, NULL},
    /* 起 counting cases is no stake */
    {"全市发生3万起案件", "3万", GX_QTY_MONEY, 0, NULL},
    /* a lone 万 after a fee's or a price's noun: the page lost the figure */
    {"尚欠咨询费万元未付", "万元", GX_QTY_MONEY, 0, NULL},
    {"对方报价万元;", "万元", GX_QTY_MONEY, 0, NULL},
    /* 一元 in a word */
    {"一元复始，万象更新", "一元", GX_QTY_MONEY, 0, NULL},
    {"推行一元化管理。", "一元", GX_QTY_MONEY, 0, NULL},
    {"开发一元夺宝程序", "一元", GX_QTY_MONEY, 0, NULL},
};

static void cp_at(void **state)
{
    (void)state;
    const uint32_t cp[] = {U'上', U'半', U'年', U'度'};
    assert_int_equal(gx_cp_at(cp, 4, 0, U"上半年"), 3);
    assert_int_equal(gx_cp_at(cp, 4, 1, U"半年度"), 3);
    assert_int_equal(gx_cp_at(cp, 4, 2, U"年度报告"), 0); /* runs past the end */
    assert_int_equal(gx_cp_at(cp, 4, -1, U"上"), 0);      /* before the start */
    assert_int_equal(gx_cp_at(cp, 4, 4, U"度"), 0);
    assert_int_equal(gx_cp_at(cp, 3, 2, U"年度"), 0); /* n bounds the match, not the array */
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(cp_at)};
    int rc = cmocka_run_group_tests_name("test_quant33_cp_at", tests, NULL, NULL);
    return rc | qty_run_tables("test_quant33", argc, argv, READ, sizeof READ / sizeof READ[0],
                               NONE, sizeof NONE / sizeof NONE[0]);
}
