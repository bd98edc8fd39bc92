/* test_comp30.c — companies in market wraps and quote credits (eighteenth session, helper
 * "comp30"): the other items of a sentence listing stocks with their moves when most items are
 * known companies, a long name moving in a clause of its own in such an article
 * (gx_entity_rules_moves.c), and a broker credited for the quotes (行情来源:, gx_resolve_entities.c). */
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

static const char *WRAP = "美股收盘\n\n热门股周四涨跌不一，星河互娱飙涨80.5%。\n"
                          "大型股中，阿里巴巴跌0.52%，京东涨1.60%，拼多多跌2.27%，携程涨0.37%，微博跌1.17%，"
                          "纳指涨0.44%，银行股跌1.2%，原油涨2.3%。\n";

/* a name that is an ordinary word too, among known companies with their moves */
static void test_weak_item_in_wrap(void **state)
{
    (void)state;
    gx_article *art = fixture_run(WRAP, NULL, NULL);
    assert_non_null(fixture_find(art, "微博", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "携程", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an index, a sector and a commodity in the same list are no companies */
static void test_index_sector_commodity(void **state)
{
    (void)state;
    gx_article *art = fixture_run(WRAP, NULL, NULL);
    assert_null(fixture_find(art, "纳指", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "银行股", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "原油", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a long name moving in a clause of its own in a wrap */
static void test_single_mover(void **state)
{
    (void)state;
    gx_article *art = fixture_run(WRAP, NULL, NULL);
    assert_non_null(fixture_find(art, "星河互娱", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* indices alone make no wrap of companies */
static void test_indices_alone(void **state)
{
    (void)state;
    gx_article *art = fixture_run("截至收盘，道指涨1.44%，标普500指数涨1.05%，纳斯达克指数涨0.66%，恒指跌0.3%。", NULL, NULL);
    assert_null(fixture_find(art, "道指", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "恒指", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a broker credited for the quotes is the company giving them */
static void test_quote_credit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("某公司今日复牌高开逾19%，报3.3港元。（行情来源：富途证券）", NULL, NULL);
    assert_non_null(fixture_find(art, "富途证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weak_item_in_wrap),
        cmocka_unit_test(test_index_sector_commodity),
        cmocka_unit_test(test_single_mover),
        cmocka_unit_test(test_indices_alone),
        cmocka_unit_test(test_quote_credit),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
