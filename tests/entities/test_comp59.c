/* test_comp59.c — a list of web finance platforms named by their trade (twenty-fifth session, helper
 * "comp59"; gx_entity_rules_trade_list.c and cues.tsv trade_kind): 蓝桥配资、青禾策略、…等平台. Texts
 * written for the test. */
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

/* items ending with trade words, separated by 、 and commas, the last run on into its sentence: every item a company */
static void test_trade_list(void **state)
{
    (void)state;
    gx_article *art = fixture_run("维权成功：蓝桥配资、青禾策略，紫岳外汇、橙湾通、KQX亏损的资金已追回。", NULL, NULL);
    assert_non_null(fixture_find(art, "蓝桥配资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "青禾策略", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "紫岳外汇", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "橙湾通", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* kinds of strategy or of margin lending are no platforms: their stems are ordinary words */
static void test_trade_list_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("去年，股票策略、管理期货策略、复合策略、事件驱动策略的首尾差很大。", NULL, NULL);
    assert_null(fixture_find(art, "复合策略", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "管理期货策略", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("维权成功：蓝桥配资、股票配资、青禾策略、紫岳外汇、橙湾通。", NULL, NULL);
    assert_null(fixture_find(art, "股票配资", GX_ENT_COMPANY));
    gx_article_free(art);
    /* clauses ending with a trade word are no items */
    art = fixture_run("中期是股票+外汇或期货，后期就完全是外汇，期货了，他们推荐的平台都是黑平台。", NULL, NULL);
    assert_null(fixture_find(art, "外汇或期货", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "后期就完全是外汇", GX_ENT_COMPANY));
    gx_article_free(art);
    /* one trade item is not enough */
    art = fixture_run("维权成功：蓝桥配资、橙湾通、紫岳亏损的资金已追回。", NULL, NULL);
    assert_null(fixture_find(art, "橙湾通", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a list after other sentences, and one whose run opens after a clause too long to be an item
 * (the walk visits only the stretches between hard stops that hold a trade word: speed30) */
static void test_trade_list_later(void **state)
{
    (void)state;
    gx_article *art = fixture_run("今天的行情不错。他说，我们要讲一个很长很长的故事、蓝桥配资、青禾策略，紫岳外汇、橙湾通亏损的资金已追回。"
                                  "另外，维权成功：银杏配资、云杉策略、海棠外汇。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "蓝桥配资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "紫岳外汇", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "银杏配资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "海棠外汇", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the clause's joining word before the first item is no part of it (以及|远路证券) */
static void test_trade_list_joined(void **state)
{
    (void)state;
    gx_article *art = fixture_run("近两年来，随着通道的开通，以及远路证券、富途证券、老虎证券等互联网券商的出现，情况变了。", NULL, NULL);
    assert_non_null(fixture_find(art, "远路证券", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "以及远路证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trade_list),
        cmocka_unit_test(test_trade_list_guards),
        cmocka_unit_test(test_trade_list_later),
        cmocka_unit_test(test_trade_list_joined),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
