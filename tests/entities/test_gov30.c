/* test_gov30.c — government bodies, twenty-fifth session (helper "gov30"): a tagger's reading that opens inside
 * a country's name takes the whole name (首先马|来西亚政府 -> 马来西亚政府, not 西亚政府), and a place's body named
 * by its level word with 级 or not and a written form of region_suffixes.tsv (省级金融办, 县金融办), but not the
 * provincial governments as a kind (省级政府). With the tagger. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

static void test_country_cut(void **state)
{
    (void)state;
    gx_article *art = fixture_run("首先马来西亚政府宣布放宽签证政策，游客大增。", NULL, NULL);
    assert_non_null(fixture_find(art, "马来西亚政府", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "西亚政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

static void test_level_office(void **state)
{
    (void)state;
    gx_article *art = fixture_run("投资者可向省级金融办投诉，据市金融办介绍，该平台并未备案。", NULL, NULL);
    assert_non_null(fixture_find(art, "省级金融办", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "市金融办", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("各省级政府要求加强监管。", NULL, NULL);
    assert_null(fixture_find(art, "省级政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_cut),
        cmocka_unit_test(test_level_office),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
