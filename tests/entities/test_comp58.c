/* test_comp58.c — a list of firms opened by their kind (twenty-fourth session, helper "comp58";
 * gx_entity_rules_kind_list.c): 平台有：A，B，C等等, items separated by commas. Texts written for the test. */
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

/* the kind and 有： open the list, 等等 closes it */
static void test_kind_list_commas(void **state)
{
    (void)state;
    gx_article *art = fixture_run("眼下团购平台有：橙意拼，柚子淘货，梨多多等等（不一一列举）", NULL, NULL);
    assert_non_null(fixture_find(art, "柚子淘货", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "橙意拼", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* two items are no list; an item that is no name makes the list none */
static void test_kind_list_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("眼下团购平台有：橙意拼，柚子淘货等等（不一一列举）", NULL, NULL);
    assert_null(fixture_find(art, "柚子淘货", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("好的平台有：柚子淘货，安全，便捷等等。", NULL, NULL);
    assert_null(fixture_find(art, "柚子淘货", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kind_list_commas),
        cmocka_unit_test(test_kind_list_guards),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
