/* test_quant17.c — quantity forms of round quant17 (sixteenth session): an ideographic full stop
 * typed for a decimal point before a percent sign (3。21%), basis points read as a count of
 * points rather than a percentage, and bonds as money heads (专项债券…1.2万亿). Each test
 * builds an article from text with gx_article_set_text() and runs the quantity stage alone; the
 * word lists are loaded from the data directory given as argv[1] (default "data"). */
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

static void test_basis_points_are_counts(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "一年期MLF利率提高10BP,美联储加息25个基点,收益率下行32bp至3.55%。");
    const gx_quantity *q = qty_find(art, "10BP");
    assert_non_null(q);
    assert_int_equal(q->type, GX_QTY_COUNT);
    assert_true(fabs(q->value - 10) < 1e-9);
    q = qty_find(art, "25个基点");
    assert_non_null(q);
    assert_int_equal(q->type, GX_QTY_COUNT);
    assert_string_equal(q->unit, "个基点");
    q = qty_find(art, "3.55%");
    assert_non_null(q);
    assert_int_equal(q->type, GX_QTY_PERCENT);
    assert_int_equal(qty_count(art, GX_QTY_PERCENT), 1);
    gx_article_free(art);
    /* percentage points stay percentages */
    art = qty_run(g_lex, "毛利率下降3个百分点。");
    q = qty_find(art, "3个百分点");
    assert_non_null(q);
    assert_int_equal(q->type, GX_QTY_PERCENT);
    assert_string_equal(q->unit, "pp");
    gx_article_free(art);
}

static void test_ideographic_point(void **state)
{
    (void)state;
    gx_article *art = qty_run(g_lex, "营业收入11.51亿元,占集团比例的3。21%。");
    const gx_quantity *q = qty_find(art, "3。21%");
    assert_non_null(q);
    assert_int_equal(q->type, GX_QTY_PERCENT);
    assert_true(fabs(q->value - 3.21) < 1e-9);
    assert_int_equal(qty_count(art, GX_QTY_PERCENT), 1);
    gx_article_free(art);
    /* a sentence that ends in a number, then a percentage after a space or a word: apart */
    art = qty_run(g_lex, "全年共开会3。 21%的股东出席,另有12。此外增长5%。");
    assert_null(qty_find(art, "3。 21%"));
    assert_non_null(qty_find(art, "21%"));
    assert_non_null(qty_find(art, "5%"));
    gx_article_free(art);
    /* no percent sign: no decimal */
    art = qty_run(g_lex, "营收3。21亿元。");
    assert_null(qty_find(art, "3。21亿元"));
    gx_article_free(art);
}

static void test_bond_heads(void **state)
{
    (void)state;
    /* a bond issue's size is money: 债券 专项债 地方债 国债 head a bare amount */
    gx_article *art = qty_run(g_lex, "预计新增专项债券还会进一步增长至1.2万亿。今年地方债发行4.1万亿。");
    qty_expect_money(art, "1.2万亿", 1.2e12, "CNY");
    qty_expect_money(art, "4.1万亿", 4.1e12, "CNY");
    gx_article_free(art);
}

int main(int argc, char **argv)
{
    gl_error err;
    gl_error_clear(&err);
    if (!(g_lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err))) {
        fprintf(stderr, "test_quant17: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basis_points_are_counts),
        cmocka_unit_test(test_bond_heads),
        cmocka_unit_test(test_ideographic_point),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    gx_qtylex_free(g_lex);
    return rc;
}
