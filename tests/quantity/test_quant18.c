/* test_quant18.c — quantity forms of round quant18 (seventeenth session): 总额 and the share
 * verbs 减持/增持 (before 亿 only) as money heads, 举牌 as a deal verb after the amount, the
 * Hong Kong press's 造价 as a share price, 十多亿 as vague as 十几亿, and amounts in 万亿
 * without a unit of their own as money. Each test builds an article from text with
 * gx_article_set_text() and runs the quantity stage alone; the word lists are loaded from the
 * data directory given as argv[1] (default "data"). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_article.h"
#include "gx_quantity.h"
#include "quantity_fixture.h"

static gx_qtylex *g_lex;

static void test_share_sales_in_yi(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "股东累计减持超过40亿,其中仅2020年减持总额就超过30亿。");
    qty_expect_money(art, "超过40亿", 4e9, "CNY");
    qty_expect_money(art, "超过30亿", 3e9, "CNY");
    gx_article_free(art);
    /* a bare figure in 万 after a share verb counts shares */
    art = qty_run(g_lex, "董事长计划增持60.9万,另一名股东减持300万股。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_stake_building(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "华友钴业被两化工巨头18.9亿举牌。");
    qty_expect_money(art, "18.9亿", 1.89e9, "CNY");
    gx_article_free(art);
}

static void test_hong_kong_trading_price(void **state)
{
    (void)state;
    /* 造价 (the Hong Kong press's trading price) after a company with its HKEX code: HK dollars,
     * and the market value computed from it in the same sentence follows */
    gx_article *art = qty_run(g_lex, "高银金融(00530-HK)再现股东押股。若以高银停牌时造价1.26元计,"
                                     "受押的股份市值6.6亿元。");
    const gx_quantity *q = qty_expect_money(art, "1.26元", 1.26, "HKD");
    assert_true(q->currency_inferred);
    qty_expect_money(art, "6.6亿元", 6.6e8, "HKD");
    gx_article_free(art);
}

static void test_ten_odd_is_vague(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "软银动辄投出数亿美元甚至是十多亿美元的资金,另一笔投资两千多亿元。");
    assert_null(qty_find(art, "十多亿美元"));
    qty_expect_money(art, "两千多亿元", 2e11, "CNY");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 1);
    gx_article_free(art);
}

static void test_trillions_are_money(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "高迎欣执掌这家7万亿全国性股份行。全国天然气消费量2.8万亿立方米。");
    qty_expect_money(art, "7万亿", 7e12, "CNY");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 1);
    gx_article_free(art);
    /* digits glued to a Latin word before 万亿 make no bare 万亿 of their own */
    art = qty_run(g_lex, "货币存量是M2,460万亿的表内表外信用。");
    assert_null(qty_find(art, "万亿"));
    gx_article_free(art);
}

int main(int argc, char **argv)
{
    gl_error err;
    gl_error_clear(&err);
    if (!(g_lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err))) {
        fprintf(stderr, "test_quant18: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hong_kong_trading_price),
        cmocka_unit_test(test_share_sales_in_yi),
        cmocka_unit_test(test_stake_building),
        cmocka_unit_test(test_ten_odd_is_vague),
        cmocka_unit_test(test_trillions_are_money),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    gx_qtylex_free(g_lex);
    return rc;
}
