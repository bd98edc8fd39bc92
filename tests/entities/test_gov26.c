/* test_gov26.c — government bodies, twenty-second session round 2 (helper "gov26"): a body's Latin
 * acronym written after its country (英国FCA, 澳洲ASIC, 美国SEC) gives the bare acronym as one of the
 * body's names. */
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

static bool has_alias(const gx_entity *e, const char *s)
{
    for (int i = 0; e && i < e->aliases.n; i++)
        if (!strcmp(e->aliases.v[i], s))
            return true;
    return false;
}

/* 英国FCA, 澳洲ASIC, 美国SEC: the acronym alone is an alias of the body */
static void test_country_acronym(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该平台受英国FCA，澳洲ASIC监管，并向美国SEC报备。", NULL, NULL);
    const gx_entity *fca = fixture_find(art, "英国FCA", GX_ENT_GOVERNMENT);
    assert_true(has_alias(fca, "FCA"));
    assert_true(has_alias(fixture_find(art, "澳洲ASIC", GX_ENT_GOVERNMENT), "ASIC"));
    assert_true(has_alias(fixture_find(art, "美国SEC", GX_ENT_GOVERNMENT), "SEC"));
    gx_article_free(art);
    /* (a body written whole has no acronym to give) */
    art = fixture_run("英国金融行为监管局发布警告。", NULL, NULL);
    const gx_entity *full = fixture_find(art, "英国金融行为监管局", GX_ENT_GOVERNMENT);
    assert_non_null(full);
    assert_false(has_alias(full, "FCA"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_acronym),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
