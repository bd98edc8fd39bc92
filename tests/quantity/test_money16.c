/* test_money16.c — money forms of round money16 (fifteenth session): a bare 万/亿 amount before
 * a word that starts like a count unit but is none (销售1000万所致, 中标6.5亿项目), the money
 * heads 中标 and 损失, M2 after an amount, and the bare-元 amounts of an article written in Hong
 * Kong dollars. Each test builds an article from text with gx_article_set_text() and runs the
 * quantity stage alone; the word lists are loaded from the data directory given as argv[1]
 * (default "data"). */
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

static void test_not_count_word_after(void **state)
{
    (void)state;
    /* 所致 项目 start like the count units 所 项 but are none: the amount stays bare and its
     * money head decides */
    gx_article *art = qty_run(g_lex, "报告期内增加机电电器设备销售1000多万所致。");
    qty_expect_money(art, "1000多万", 1e7, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "自9月初中标6.5亿项目后,公司再中标10.95亿项目。");
    qty_expect_money(art, "6.5亿", 6.5e8, "CNY");
    qty_expect_money(art, "10.95亿", 1.095e9, "CNY");
    gx_article_free(art);
    /* no head: nothing; a count stays a count */
    art = qty_run(g_lex, "全国共有1000万所学校,新开工3亿项目之多。他工作3个月后离开。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_loss_head_and_m2(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "按目标价计算,人均损失将高达24万,对于即将复牌的公司。");
    qty_expect_money(art, "24万", 2.4e5, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "你怎么结成一个170万亿的M2,这个泡沫。");
    qty_expect_money(art, "170万亿", 1.7e14, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "中国出台四万亿刺激政策后,又出台了4万亿经济计划。");
    qty_expect_money(art, "四万亿", 4e12, "CNY");
    qty_expect_money(art, "4万亿", 4e12, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "损失10万人次的客流。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_liquidity_and_date_between(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "此次操作预计可释放超万亿流动性,同时也将缓解压力。");
    qty_expect_money(art, "超万亿", 1e12, "CNY");
    gx_article_free(art);
    /* a money head before a date, a few words between the date and the amount */
    art = qty_run(g_lex, "外资持有A股市值在今年已经增加了3500亿达到1.02万亿,这样的情景。");
    qty_expect_money(art, "3500亿", 3.5e11, "CNY");
    qty_expect_money(art, "1.02万亿", 1.02e12, "CNY");
    gx_article_free(art);
    /* a count word between: nothing */
    art = qty_run(g_lex, "公司市值在今年新增用户3500万,这样的情景。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_hkd_article(void **state)
{
    (void)state;
    /* amounts with a currency word all in 港元 and the Hong Kong market named far more often
     * than others: a bare 元 is HKD (no market head before 人均损失: the market rule alone
     * leaves it CNY) */
    const char *hk = "港股去年大跌,恒指跌了近25%,港股市值蒸发逾8.64万亿港元。港股成交额由300亿港元放大。\n"
                     "摊分到香港225万股民身上,相当人均损失38.4万元。恒生指数和港股通之外,A股也跌。\n"
                     "首批QDII一天认购资金1000多亿。恒指、港股再跌。";
    gx_article *art = qty_run(g_lex, hk);
    qty_expect_money(art, "38.4万元", 3.84e5, "HKD");
    qty_expect_money(art, "1000多亿", 1e11, "CNY"); /* implied amounts keep theirs */
    gx_article_free(art);
    /* one amount in 人民币: nothing changes */
    art = qty_run(g_lex, "港股市值蒸发逾8.64万亿港元,港股成交300亿人民币。\n相当人均损失38.4万元。恒指、恒生、港股再跌。");
    qty_expect_money(art, "38.4万元", 3.84e5, "CNY");
    gx_article_free(art);
    /* the A-share market named as often: nothing changes */
    art = qty_run(g_lex, "港股市值蒸发逾8.64万亿港元,港股成交300亿港元。\n相当人均损失38.4万元。"
              "沪指、上证、深证、A股、恒指、恒生、港股再跌。");
    qty_expect_money(art, "38.4万元", 3.84e5, "CNY");
    gx_article_free(art);
}

int main(int argc, char **argv)
{
    gl_error err;
    gl_error_clear(&err);
    if (!(g_lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err))) {
        fprintf(stderr, "test_money16: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hkd_article),
        cmocka_unit_test(test_liquidity_and_date_between),
        cmocka_unit_test(test_loss_head_and_m2),
        cmocka_unit_test(test_not_count_word_after),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    gx_qtylex_free(g_lex);
    return rc;
}
