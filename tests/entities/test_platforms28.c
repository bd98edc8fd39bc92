/* test_platforms28.c — companies nobody listed (twenty-eighth session, helper "platforms"): a platform
 * named between 在 and what its customers did there (gx_entity_rules_trade_list.c gx_er_venue_rule,
 * cues.tsv venue_deed), a list of brokers whose items carry a Latin name (item_units), and the
 * short form 中证登 (global_companies.tsv). Texts written for the test. */
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

/* 在 + a name + 做单/亏损/被骗, 平台 or 上 perhaps between */
static void test_venue(void **state)
{
    (void)state;
    gx_article *art = fixture_run("有投资人被老师带着在橙岳通做单，后来在蓝汐策略平台被骗了十万元。", NULL, NULL);
    assert_non_null(fixture_find(art, "橙岳通", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "蓝汐策略", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no name: an ordinary word, a pronoun's phrase, a clause before the cue */
static void test_venue_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("很多人在这个金融市场亏损，也有人在股市亏损，还有人在黑平台被骗。", NULL, NULL);
    assert_null(fixture_find(art, "这个金融市场", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "股市", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "黑", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a list of trade names whose items carry a Latin name of more than eight letters */
static void test_trade_list_latin(void **state)
{
    (void)state;
    gx_article *art = fixture_run("黑平台名称：青禾策略、蓝桥配资、凯岳VantoraFX、紫岳外汇、KLM莱峰国际、BHX等等。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "紫岳外汇", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "KLM莱峰国际", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 中证登, the depository's short form */
static void test_short_form(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这一现象今天得到了中证登数据的印证，上周新增投资者数量继续增加。", NULL, NULL);
    assert_non_null(fixture_find(art, "中证登", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_venue),
        cmocka_unit_test(test_venue_guards),
        cmocka_unit_test(test_trade_list_latin),
        cmocka_unit_test(test_short_form),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
