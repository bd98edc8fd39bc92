/* test_comp64.c — a platform named by its trade, written once at a clear edge before what web texts
 * ask or report about it (twenty-fifth session, helper "comp64"; gx_entity_rules_trade_list.c
 * gx_er_trade_asked_rule and cues.tsv trade_report). Texts written for the test. */
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

/* questions and reports opening clauses: the name before them, after punctuation or the text's start */
static void test_trade_asked(void **state)
{
    (void)state;
    gx_article *art = fixture_run("紫岳外汇怎么样？蓝桥配资平台亏损的钱能追回吗？青禾策略被骗怎么办？", NULL, NULL);
    assert_non_null(fixture_find(art, "紫岳外汇", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "蓝桥配资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "青禾策略", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an ordinary stem or a name glued to the words before it is not read */
static void test_trade_asked_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("股票配资怎么样？互联网金融怎么样？他说一起做青禾策略被骗了。", NULL, NULL);
    assert_null(fixture_find(art, "股票配资", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "互联网金融", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "一起做青禾策略", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "青禾策略", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trade_asked),
        cmocka_unit_test(test_trade_asked_guards),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
