/* quantity_fixture.c — see quantity_fixture.h. */
#include "quantity_fixture.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

gx_article *qty_run(const gx_qtylex *lex, const char *text)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_quantities_find(lex, art);
    return art;
}

const gx_quantity *qty_find(const gx_article *art, const char *surface)
{
    for (int k = 0; k < art->quantities.n; k++)
        if (!strcmp(gx_article_span_text(art, art->quantities.v[k].span), surface))
            return &art->quantities.v[k];
    return NULL;
}

const gx_quantity *qty_expect_money(const gx_article *art, const char *surface, double value, const char *currency)
{
    const gx_quantity *q = qty_find(art, surface);
    if (!q)
        fail_msg("money \"%s\" not found", surface);
    assert_int_equal(q->type, GX_QTY_MONEY);
    if (fabs(q->value - value) > 1e-6 * fmax(1.0, fabs(value)))
        fail_msg("%s = %.10g, expected %.10g", surface, q->value, value);
    assert_string_equal(q->currency, currency);
    return q;
}

int qty_count(const gx_article *art, gx_qty_type type)
{
    int c = 0;
    for (int k = 0; k < art->quantities.n; k++)
        c += art->quantities.v[k].type == type;
    return c;
}

void qty_expect_cases(const gx_qtylex *lex, const qty_case *cases, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const qty_case *r = &cases[k];
        gx_article *art = qty_run(lex, r->text);
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

void qty_expect_none(const gx_qtylex *lex, const qty_case *cases, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const qty_case *r = &cases[k];
        gx_article *art = qty_run(lex, r->text);
        const gx_quantity *q = qty_find(art, r->surface);
        if (q && q->type == r->type)
            fail_msg("%s: \"%s\" read as type %d", r->text, r->surface, (int)r->type);
        gx_article_free(art);
    }
}

/* The tables qty_run_tables() hands to its two cmocka tests (one program runs one set). */
static struct {
    const gx_qtylex *lex;
    const qty_case *read, *none;
    size_t nread, nnone;
} g_tables;

static void tables_read(void **state)
{
    (void)state;
    qty_expect_cases(g_tables.lex, g_tables.read, g_tables.nread);
}

static void tables_none(void **state)
{
    (void)state;
    qty_expect_none(g_tables.lex, g_tables.none, g_tables.nnone);
}

int qty_run_tables(const char *name, int argc, char **argv, const qty_case *read, size_t nread,
                   const qty_case *none, size_t nnone)
{
    gl_error err;
    gl_error_clear(&err);
    gx_qtylex *lex = gx_qtylex_load(argc > 1 ? argv[1] : "data", &err);
    if (!lex) {
        fprintf(stderr, "%s: %s\n", name, err.message);
        return 1;
    }
    g_tables.lex = lex;
    g_tables.read = read;
    g_tables.nread = nread;
    g_tables.none = none;
    g_tables.nnone = nnone;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tables_none),
        cmocka_unit_test(tables_read),
    };
    int rc = cmocka_run_group_tests_name(name, tests, NULL, NULL);
    gx_qtylex_free(lex);
    return rc;
}
