/* test_tick27.c — tickers, twenty-seventh session (helper "tickgov"): a firm's name before its renaming,
 * years before its A-share listing, is a former name of the gazetteer (former_names.tsv, built into
 * a_share.tsv) and gets the listed company's code in an undated text (齐鲁证券 -> 中泰证券 600918), as the
 * renamings already listed do (国联证券 -> 国联民生 601456). Data-driven; the tagger is left out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

static const struct {
    const char *text, *name, *code, *exchange;
} CASES[] = {
    {"号接到电话说是齐鲁证券的，让我加入老师的股票讲课。", "齐鲁证券", "600918", "SSE"},
    {"记者从国联证券了解到，该公司将继续推进并购。", "国联证券", "601456", "SSE"},
};

static void test_former_names(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        gx_article *art = fixture_run(CASES[i].text, NULL, NULL);
        const gx_entity *e = fixture_company(art, CASES[i].name);
        assert_ticker(e, CASES[i].code, CASES[i].exchange);
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_former_names),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
