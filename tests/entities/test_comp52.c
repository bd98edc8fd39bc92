/* test_comp52.c — web finance platforms the tagger reads as a person (twenty-third session, helper
 * "comp52"): a name written twice before a business fact (cues.tsv business_fact, read by
 * gx_entity_rules_described.c) is a company although the tagger proposes a person on it at an
 * unsure score; a sure person reading still bars it. Texts written for the test; the tagger's spans
 * given by hand. */
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

/* a four-character brand opening with a surname, read by the tagger as a person at about 0.5 */
static void test_unsure_person_brand(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"钱宏利宝", GX_ENT_PERSON, 0.5f}};
    gx_article *art = fixture_run_tagged("钱宏利宝不回应投资人。效率低于钱宏利宝，钱宏利宝自立案以来没有进展。", tags, 1);
    assert_non_null(fixture_find(art, "钱宏利宝", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "钱宏利宝", GX_ENT_PERSON));
    gx_article_free(art);
}

/* a sure person reading of the name still bars it */
static void test_sure_person(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"钱宏利宝", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("钱宏利宝不回应投资人。效率低于钱宏利宝，钱宏利宝自立案以来没有进展。", tags, 1);
    assert_null(fixture_find(art, "钱宏利宝", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unsure_person_brand),
        cmocka_unit_test(test_sure_person),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
