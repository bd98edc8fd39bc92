/* quantity_fixture.h — the quantity tests' way of reading a text (test_money15.c ... test_quant23.c):
 * one article built from UTF-8 text with gx_article_set_text() and the quantity stage run alone,
 * and the checks on its quantities. The checks fail the running cmocka test. */
#ifndef QUANTITY_FIXTURE_H
#define QUANTITY_FIXTURE_H

#include <stddef.h>

#include "gx_article.h"
#include "gx_quantity.h"

/* The article of text with its quantities found with lex; the caller frees it with gx_article_free(). */
gx_article *qty_run(const gx_qtylex *lex, const char *text);

/* The quantity whose surface text is exactly surface, or NULL. */
const gx_quantity *qty_find(const gx_article *art, const char *surface);

/* The money quantity written surface, checked to be value (relative 1e-6) in currency; fails the
 * test otherwise. */
const gx_quantity *qty_expect_money(const gx_article *art, const char *surface, double value, const char *currency);

/* How many quantities of type art holds. */
int qty_count(const gx_article *art, gx_qty_type type);

/* A table-driven case: text, the surface of one quantity in it, its type, value and (money) its
 * currency; currency NULL for other types. */
typedef struct qty_case {
    const char *text;
    const char *surface;
    gx_qty_type type;
    double value;
    const char *currency;
} qty_case;

/* Checks every case of cases[0..n) with lex: the surface is found with that type and value (and
 * currency when given); fails the test with the case's text otherwise. */
void qty_expect_cases(const gx_qtylex *lex, const qty_case *cases, size_t n);

/* Checks that in no case of cases[0..n) the surface is a quantity of the case's type (value and
 * currency are not read). */
void qty_expect_none(const gx_qtylex *lex, const qty_case *cases, size_t n);

/* The whole of a table-driven test program: loads the quantity word lists from the data directory
 * argv[1] (default "data"), runs two cmocka tests named after the program (name), one checking
 * qty_expect_none() on none[0..nnone), one qty_expect_cases() on read[0..nread), frees the lists
 * and returns the exit status for main(). */
int qty_run_tables(const char *name, int argc, char **argv, const qty_case *read, size_t nread,
                   const qty_case *none, size_t nnone);

#endif
