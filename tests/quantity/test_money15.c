/* test_money15.c — money forms of round money15 (fourteenth session): 兆 before a currency,
 * price ranges written high to low, an alternative amount in brackets that shares the
 * currency after them, and <amount><收购|出资|投资> without 以. Each test builds an article
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

static void test_zhao(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "美联储自2017年10月起缩减4.5兆美元的资产负债表,每月缩减100亿美元。");
    qty_expect_money(art, "4.5兆美元", 4.5e12, "USD");
    gx_article_free(art);
    /* 兆 before anything but a currency is no magnitude: 兆瓦, 兆赫, 兆字节 */
    art = qty_run(g_lex, "项目装机容量300兆瓦,频率2.4兆赫,存储500兆字节。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_range_high_to_low(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "支撑1342-1340美元,建议1341-1340美元附近做多。");
    const gx_quantity *lo = qty_expect_money(art, "1342", 1342, "USD");
    assert_true(lo->is_range);
    assert_true(fabs(lo->value_max - 1340) < 1e-9);
    qty_expect_money(art, "1341", 1341, "USD");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 4);
    gx_article_free(art);
    /* ends far apart written high to low are no range: the first is a bare number */
    art = qty_run(g_lex, "指数由2018-10美元起跳。");
    assert_null(qty_find(art, "2018"));
    gx_article_free(art);
    /* low to high as before */
    art = qty_run(g_lex, "目标价8-10美元。");
    qty_expect_money(art, "8", 8, "USD");
    qty_expect_money(art, "10美元", 10, "USD");
    gx_article_free(art);
}

static void test_bracketed_alternative(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "赫兹提出要增发10亿(后改为5亿)美元股票。");
    qty_expect_money(art, "10亿", 1e9, "USD");
    qty_expect_money(art, "5亿", 5e8, "USD");
    gx_article_free(art);
    art = qty_run(g_lex, "公司拟募资3亿（含发行费用1000万）元。");
    qty_expect_money(art, "3亿", 3e8, "CNY");
    qty_expect_money(art, "1000万", 1e7, "CNY");
    gx_article_free(art);
    /* brackets without a number, or a currency not right after them, change nothing */
    art = qty_run(g_lex, "发行10亿(注1)股,另有5亿(见下文)的额度。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_deal_verb_bare(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "某生物2.9亿收购亏损标的\n\n某科化逾203亿收购某股份100%股份");
    const gx_quantity *q = qty_expect_money(art, "2.9亿", 2.9e8, "CNY");
    assert_true(q->implied);
    qty_expect_money(art, "逾203亿", 2.03e10, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "两家公司共同5000万出资设立基金,引入1亿投资。");
    qty_expect_money(art, "5000万", 5e7, "CNY");
    qty_expect_money(art, "1亿", 1e8, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "他共计13万买了1万股某公司。");
    qty_expect_money(art, "13万", 1.3e5, "CNY");
    gx_article_free(art);
    /* people who invest or buy are counted, not spent */
    art = qty_run(g_lex, "平台吸引了5000万投资者和300万投资人,还有20万买家。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_head_before_date(void **state)
{
    (void)state;
    /* a money head, then a date, then the amount: the date does not stop the look-back, and
     * a later figure chains over a date as over words */
    gx_article *art = qty_run(g_lex, "某公司市值从2017年初的4200亿飙升至2017年底的8800亿。");
    qty_expect_money(art, "4200亿", 4.2e11, "CNY");
    qty_expect_money(art, "8800亿", 8.8e11, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "手机游戏业务营收由2015年的5.14亿大幅增加至16.39亿。");
    qty_expect_money(art, "5.14亿", 5.14e8, "CNY");
    qty_expect_money(art, "16.39亿", 1.639e9, "CNY");
    gx_article_free(art);
    /* no head before the date: a count stays none */
    art = qty_run(g_lex, "该市人口从2017年初的4200万增加到2017年底的4300万。");
    assert_int_equal(qty_count(art, GX_QTY_MONEY), 0);
    gx_article_free(art);
}

static void test_prefix_qualifier(void **state)
{
    (void)state;
    /* a currency named before a qualifier: the amount's currency, the qualifier read as usual */
    gx_article *art = qty_run(g_lex, "对价是1779.45万欧元,合人民币约1.21亿。另付港币约500元。");
    const gx_quantity *q = qty_expect_money(art, "约1.21亿", 1.21e8, "CNY");
    assert_int_equal(q->qualifier, GX_QUAL_APPROX);
    qty_expect_money(art, "约500元", 500, "HKD");
    gx_article_free(art);
}

static void test_run_together_header(void **state)
{
    (void)state;
    /* a table whose header runs its column names together: the last field's unit heads the
     * rows' last column, the first row included */
    gx_article *art = qty_run(g_lex, "本周跌幅榜\n代码名称本周跌幅(%)\n300104.SZ某视网 -40.9\n"
                          "002458.SZ某生股份 -34.4\n300152.SZ某融环境 -34.3\n");
    int pct = 0;
    for (int k = 0; k < art->quantities.n; k++)
        pct += art->quantities.v[k].type == GX_QTY_PERCENT;
    assert_int_equal(pct, 3);
    const gx_quantity *q = qty_find(art, "40.9");
    assert_non_null(q);
    assert_int_equal(q->type, GX_QTY_PERCENT);
    gx_article_free(art);
    /* one row alone, or a header without a unit in brackets: nothing */
    art = qty_run(g_lex, "代码名称本周跌幅(%)\n300104.SZ某视网 -40.9\n\n名单如下\n某甲 12.5\n某乙 13.5\n");
    for (int k = 0; k < art->quantities.n; k++)
        assert_int_not_equal(art->quantities.v[k].type, GX_QTY_PERCENT);
    gx_article_free(art);
}

static void test_price_currency_stays(void **state)
{
    (void)state;
    /* a share price gives its currency to implied amounts of its own sentence only */
    gx_article *art = qty_run(g_lex, "某咖啡跌14.26%,报21.05美元。股价变动主要由于首份财报净亏损6.81亿。");
    qty_expect_money(art, "6.81亿", 6.81e8, "CNY");
    gx_article_free(art);
    art = qty_run(g_lex, "苹果营收2600亿美元。净利润600亿。");
    qty_expect_money(art, "600亿", 6e10, "USD");
    gx_article_free(art);
}

int main(int argc, char **argv)
{
    gl_error err;
    gl_error_clear(&err);
    if (!(g_lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err))) {
        fprintf(stderr, "test_money15: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracketed_alternative),
        cmocka_unit_test(test_deal_verb_bare),
        cmocka_unit_test(test_head_before_date),
        cmocka_unit_test(test_prefix_qualifier),
        cmocka_unit_test(test_price_currency_stays),
        cmocka_unit_test(test_range_high_to_low),
        cmocka_unit_test(test_run_together_header),
        cmocka_unit_test(test_zhao),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    gx_qtylex_free(g_lex);
    return rc;
}
