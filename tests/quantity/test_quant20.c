/* test_quant20.c — quantity forms of round quant20 (twentieth session), read from web finance
 * texts: percentages written 40百分比, 百分百 and as a discount (6折 -> 60), and amounts without
 * a currency that their context makes money. Data-driven: each row of READ is a text, the
 * surface of one quantity in it, its type, value and currency (money) or change; each row of
 * NONE is a text in which the surface given is no quantity of that type. Every text is run
 * through the quantity stage alone (gx_article_set_text()); the word lists are loaded from the
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

typedef struct read_case {
    const char *text;
    const char *surface;
    gx_qty_type type;
    double value;
    const char *currency; /* money: the ISO code; NULL for a percentage */
} read_case;

static const read_case READ[] = {
    /* percentages */
    {"家庭开销按年收入分配,即消费占40百分比,出资占30百分比。", "40百分比", GX_QTY_PERCENT, 40, NULL},
    {"该平台承诺所有投资项目百分百保证盈利。", "百分百", GX_QTY_PERCENT, 100, NULL},
    {"还款超低息,低至银行6折还款利率。", "6折", GX_QTY_PERCENT, 60, NULL},
    {"按总额度的35%打95折转售额度。", "95折", GX_QTY_PERCENT, 95, NULL},
    {"会员购物享8.5折优惠。", "8.5折", GX_QTY_PERCENT, 85, NULL},
    {"存货7.3个亿,打5折算3亿。", "5折", GX_QTY_PERCENT, 50, NULL},
};

typedef struct none_case {
    const char *text;
    const char *surface;
    gx_qty_type type;
} none_case;

static const none_case NONE[] = {
    /* a figure before a word that begins with 折 (折算 折合 折旧) is no discount */
    {"按1:6.5折算成人民币。", "6.5折", GX_QTY_PERCENT},
    {"设备按10年折旧,每年5折旧费。", "5折", GX_QTY_PERCENT},
    {"打了10折。", "10折", GX_QTY_PERCENT},
};

static void test_read(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof READ / sizeof READ[0]; k++) {
        const read_case *r = &READ[k];
        gx_article *art = qty_run(g_lex, r->text);
        const gx_quantity *q = qty_find(art, r->surface);
        if (!q)
            fail_msg("%s: \"%s\" not found", r->text, r->surface);
        if (q->type != r->type)
            fail_msg("%s: \"%s\" has type %d, expected %d", r->text, r->surface, (int)q->type, (int)r->type);
        if (fabs(q->value - r->value) > 1e-6 * fmax(1.0, fabs(r->value)))
            fail_msg("%s: \"%s\" = %.10g, expected %.10g", r->text, r->surface, q->value, r->value);
        if (r->currency)
            assert_string_equal(q->currency, r->currency);
        gx_article_free(art);
    }
}

static void test_none(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof NONE / sizeof NONE[0]; k++) {
        const none_case *r = &NONE[k];
        gx_article *art = qty_run(g_lex, r->text);
        const gx_quantity *q = qty_find(art, r->surface);
        if (q && q->type == r->type)
            fail_msg("%s: \"%s\" read as type %d", r->text, r->surface, (int)r->type);
        gx_article_free(art);
    }
}

int main(int argc, char **argv)
{
    gl_error err;
    gl_error_clear(&err);
    if (!(g_lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err))) {
        fprintf(stderr, "test_quant20: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_none),
        cmocka_unit_test(test_read),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    gx_qtylex_free(g_lex);
    return rc;
}
