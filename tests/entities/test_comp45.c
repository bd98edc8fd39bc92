/* test_comp45.c — companies, twenty-second session (helper "comp45"): a firm's Latin name written
 * as one CamelCase word ending in a firm word (ValarVentures, AtlasCapitalManagement:
 * gx_entity_util.c gx_latin_camel_firm) is a company in Chinese text and as a gloss in brackets;
 * a CamelCase word listed beside one is another firm (gx_entity_rules_latin.c
 * camel_list_partners); the same gloss written twice names the same Chinese name
 * (gx_entity_rules_alias.c gx_er_latin_gloss_rule). Texts written for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* BlueHarbor和KestrelCapital: both firms; beside GoldSilver (no firm word) BlueHarbor is not */
static void test_camel_firm_and_partner(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，BlueHarbor和KestrelCapital都参与了本轮融资。", NULL, NULL);
    assert_non_null(fixture_company(art, "KestrelCapital"));
    assert_non_null(fixture_company(art, "BlueHarbor"));
    gx_article_free(art);
    art = fixture_run("据悉，BlueHarbor和GoldSilver都参与了本轮融资。", NULL, NULL);
    assert_null(fixture_company(art, "BlueHarbor"));
    gx_article_free(art);
}

/* 鼎峰资本(SummitPeakManagement) twice: the gloss names 鼎峰资本 both times, not a longer reading */
static void test_camel_gloss_repeated(void **state)
{
    (void)state;
    gx_article *art = fixture_run("鼎峰资本(SummitPeakManagement)在悉尼开业。来宾云集鼎峰资本(SummitPeakManagement)是一家基金管理公司。",
                                  NULL, NULL);
    const gx_entity *e = fixture_company(art, "鼎峰资本");
    assert_non_null(e);
    assert_null(fixture_company(art, "来宾云集鼎峰资本"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_camel_firm_and_partner),
        cmocka_unit_test(test_camel_gloss_repeated),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
