/* test_comp68.c — a forum's stock tag (twenty-sixth session, helper "comp68"). Texts written for
 * the test: $name + sh/sz + six digits$ names the listed company of that code, a short name that is
 * an ordinary word too (信息发展, 创业环保: common_word_names.tsv) among them
 * (gx_entity_rules_cashtag.c); a market that does not fit the code (sh before 3xxxxx) is no tag. */
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

static void test_stock_tag(void **state)
{
    (void)state;
    gx_article *art = fixture_run("$创业环保sh600874$$信息发展sz300469$两家公司公告称，预计投资额增加。", NULL, NULL);
    assert_true(fixture_has_ticker(fixture_company(art, "信息发展"), "300469", "SZSE"));
    assert_true(fixture_has_ticker(fixture_company(art, "创业环保"), "600874", "SSE"));
    gx_article_free(art);
}

static void test_stock_tag_wrong_market(void **state)
{
    (void)state;
    gx_article *art = fixture_run("$信息发展sh300469$两家公司公告称，预计投资额增加。", NULL, NULL);
    assert_null(fixture_company(art, "信息发展"));
    gx_article_free(art);
}

/* (speed33: the dollar signs are searched eight code points at a time; a tag after a longer
 * lead, not on a block boundary, and one that ends the text are found as before) */
static void test_stock_tag_late_and_last(void **state)
{
    (void)state;
    gx_article *art = fixture_run("股吧里投资者热议预计投资额增加的两家公司：$信息发展sz300469$，还有$创业环保sh600874$", NULL, NULL);
    assert_true(fixture_has_ticker(fixture_company(art, "信息发展"), "300469", "SZSE"));
    assert_true(fixture_has_ticker(fixture_company(art, "创业环保"), "600874", "SSE"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stock_tag),
        cmocka_unit_test(test_stock_tag_wrong_market),
        cmocka_unit_test(test_stock_tag_late_and_last),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
