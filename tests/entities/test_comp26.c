/* test_comp26.c — company names of the seventeenth session's third company round (helper
 * "comp26"): a province or city of China before a known company's name, the two standing alone,
 * is that company's local firm, a company of its own without the parent's ticker
 * (gx_entity_rules_regional_firm.c home units; gx_resolve.c), while a country before it still
 * names the company and a portal's quote after it the listed company itself. */
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

/* 济南 + 国美电器 closed by a mark: the local firm, no ticker; 国美电器 alone stays listed */
static void test_city_and_known_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("*ST美讯拟将所持股权出售给济南国美电器，取得投资收益。国美电器表示支持。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "济南国美电器", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_false(e->ticker.code[0]);
    assert_ticker(fixture_find(art, "国美电器", GX_ENT_COMPANY), "00493", "HKEX");
    gx_article_free(art);
}

/* more words after the two: a place, not a firm's name (在济南国美电器门店) */
static void test_city_before_more_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者在济南国美电器门店看到，消费者排起长队。", NULL, NULL);
    assert_null(fixture_find(art, "济南国美电器", -1));
    gx_article_free(art);
}

/* a portal's quote after the two: the listed company itself, with its ticker */
static void test_quoted_listed_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("华为、中兴、北京动力源(5.590,-0.10,-1.76%)等企业参与。", NULL, NULL);
    assert_ticker(fixture_find(art, "北京动力源", GX_ENT_COMPANY), "600405", "SSE");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_and_known_name),
        cmocka_unit_test(test_city_before_more_words),
        cmocka_unit_test(test_quoted_listed_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
