/* test_comp46.c — unlisted firms in lists and rounds written without punctuation (twenty-second
 * session, helper "comp46"): two names joined by 和 before a count of two with 家 or 个
 * (gx_entity_rules_context.c list rules, X和Y两个平台), a lead investor glued to what follows its
 * verb (gx_entity_rules_frames.c investor_rule, 投资星河创投领投某某). Texts written for the test. */
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

/* X和Y两个平台 / X与Y两家公司: both names are firms (the first closed on the left by 立案, a stop word) */
static void test_pair_before_count(void **state)
{
    (void)state;
    gx_article *art = fixture_run("，杭州警方立案鑫利贷和汇金宝两个平台，目前仍在侦查。", NULL, NULL);
    assert_non_null(fixture_find(art, "鑫利贷", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "汇金宝", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no clear left edge for the first name within eight characters: nothing */
static void test_pair_no_edge(void **state)
{
    (void)state;
    gx_article *art = fixture_run("，杭州某区某街道某社区鑫利贷和汇金宝两个平台。", NULL, NULL);
    assert_null(fixture_find(art, "鑫利贷", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a lead investor glued to the next words (scraped text): the name after the stop word 投资 */
static void test_glued_lead_investor(void **state)
{
    (void)state;
    gx_article *art = fixture_run("，某某科技获数千万元天使轮投资星河创投领投杭州某某", NULL, NULL);
    assert_non_null(fixture_find(art, "星河创投", GX_ENT_COMPANY));
    gx_article_free(art);
    /* 领投资者 is another word: no investor read before it */
    art = fixture_run("，某某科技获数千万元天使轮投资星河创投领投资者众多", NULL, NULL);
    assert_null(fixture_find(art, "星河创投", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pair_before_count),
        cmocka_unit_test(test_pair_no_edge),
        cmocka_unit_test(test_glued_lead_investor),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
