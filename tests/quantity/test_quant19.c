/* test_quant19.c — quantity forms of round quant19 (nineteenth session): Hong Kong cents written
 * 仙 without 港, 涉资 as a money head (a buyback's total, in the market's currency), a market
 * total whose amount follows a date (成交额从1969年的25.23亿元), 亿 alone after 过/超/近 as
 * implied money (亏损过亿), 百分之二三十 as two ends and 百分之九十几 as vague, and a
 * weekday (周二, 星期三) before a currency word, which is no amount. Each test builds an article
 * from text with gx_article_set_text() and runs the quantity stage alone; the word lists are
 * loaded from the data directory given as argv[1] (default "data"). */
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

static void test_hong_kong_cents(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "希慎兴业(00014)每股亏损252仙,派中期股息27仙。");
    qty_expect_money(art, "252仙", 2.52, "HKD");
    qty_expect_money(art, "27仙", 0.27, "HKD");
    gx_article_free(art);
    /* 仙 before another word is part of it; a Chinese numeral before it is a word (八仙) */
    art = qty_run(g_lex, "八仙过海,各显神通,第8仙女下凡。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_buyback_total(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "建滔积层板(01888)近期屡获增持合共约220万股,涉资约达1117万。");
    const gx_quantity *q = qty_expect_money(art, "1117万", 1.117e7, "HKD");
    assert_true(q->currency_inferred);
    gx_article_free(art);
    art = qty_run(g_lex, "公司本周回购股份,涉资2300万。");
    qty_expect_money(art, "2300万", 2.3e7, "CNY");
    gx_article_free(art);
}

static void test_market_total_before_a_date(void **state)
{
    (void)state;
    /* a date between the market total and the amount: the head still reads it, and the next
     * amount of the sentence follows */
    gx_article *art = qty_run(g_lex, "1972年香港证券市场成交额从1969年的25.23亿元大幅跃升至106.10亿元。");
    const gx_quantity *q = qty_expect_money(art, "25.23亿元", 2.523e9, "HKD");
    assert_true(q->currency_inferred);
    qty_expect_money(art, "106.10亿元", 1.061e10, "HKD");
    gx_article_free(art);
    art = qty_run(g_lex, "两市成交额从2017年的5000亿元升至6000亿元。");
    qty_expect_money(art, "5000亿元", 5e11, "CNY");
    gx_article_free(art);
}

static void test_past_a_hundred_million(void **state)
{
    (void)state;
    /* 亿 alone after 过/超/近/逾/破, with no currency: implied money in a money context */
    gx_article *art = qty_run(g_lex, "这个营业部亏损过亿,而整个公司的注册资本才不过1700万。");
    const gx_quantity *q = qty_expect_money(art, "过亿", 1e8, "CNY");
    assert_int_equal(q->qualifier, GX_QUAL_MIN);
    gx_article_free(art);
    art = qty_run(g_lex, "蓝狮子获得了超1亿元的融资,另一起过亿融资计划仍在实施。");
    qty_expect_money(art, "过亿", 1e8, "CNY");
    gx_article_free(art);
    /* no money context: nothing */
    art = qty_run(g_lex, "这款应用的用户过亿,日活近亿。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_chinese_percent_pairs_and_vague(void **state)
{
    (void)state;
    /* two neighbouring digits are a range of two ends, as 五六百亿; 几 makes a share vague */
    gx_article *art = qty_run(g_lex, "换手率从过去的百分之几百,急剧降到现在的百分之二三十,提供了百分之八点几的"
                                     "财政收入,拥有百分之九十几的市场份额,百分之十几的增长,其余百分之三十。");
    const gx_quantity *q = qty_find(art, "百分之二");
    assert_non_null(q);
    assert_true(q->is_range);
    assert_true(fabs(q->value - 20) < 1e-9);
    assert_non_null(qty_find(art, "三十"));
    assert_non_null(qty_find(art, "百分之三十"));
    assert_int_equal(qty_count(art, GX_QTY_PERCENT), 3);
    gx_article_free(art);
}

static void test_weekday_before_currency(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "周二美元回吐稍早涨幅,星期五美元走强,礼拜三欧元回落。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
    /* a numeral that goes on is an amount: 每周三千万美元 */
    art = qty_run(g_lex, "基金每周三千万美元流入。");
    qty_expect_money(art, "三千万美元", 3e7, "USD");
    gx_article_free(art);
}

int main(int argc, char **argv)
{
    gl_error err;
    gl_error_clear(&err);
    if (!(g_lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err))) {
        fprintf(stderr, "test_quant19: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buyback_total),
        cmocka_unit_test(test_chinese_percent_pairs_and_vague),
        cmocka_unit_test(test_hong_kong_cents),
        cmocka_unit_test(test_market_total_before_a_date),
        cmocka_unit_test(test_past_a_hundred_million),
        cmocka_unit_test(test_weekday_before_currency),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    gx_qtylex_free(g_lex);
    return rc;
}
