/* test_comp57.c — a firm written once between a stop word and a company attribute (twenty-fourth
 * session, helper "comp57"): 遭质疑|X金服|旗下 (cues.tsv left_stop 质疑; gx_entity_rules_suffix.c
 * scores such a suffix name as one at a clear edge, gx_resolve_people.c gx_rs_unseen_by_tagger keeps it
 * without the tagger's reading). Texts written for the test. */
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

/* the firm named once, glued to the verb before it and to 旗下 after it, in a longer text */
static void test_questioned_owner(void **state)
{
    (void)state;
    gx_article *art = fixture_run("橙柚宝逾期成谜：公司运营模式遭质疑橙柚金服旗下的投资平台橙柚宝正面临逾期，"
                                  "橙柚宝方面称，由于存管上线前停服，产品出现逾期。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "橙柚金服", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "模式遭质疑橙柚金服", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no attribute after it: the glued suffix name alone stays unsure */
static void test_questioned_without_attribute(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司运营模式遭质疑橙柚金服进入了人们视线，此事仍在调查。", NULL, NULL);
    assert_null(fixture_find(art, "模式遭质疑橙柚金服", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_questioned_owner),
        cmocka_unit_test(test_questioned_without_attribute),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
