/* test_comp71.c — platforms the text marks with a cue (twenty-seventh session, helper "comp71"):
 * a Latin list item the gazetteer knows in another case counts as known when a list of companies is
 * weighed (gx_entity_rules_lists.c gx_er_latin_known_folded, gx_lexicon_find_folded), and a business
 * named after its kind and a dash (gx_entity_rules_dash.c). Texts written for the test; the
 * positive cases fail on the base (376016a). */
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

/* okex (the gazetteer's OKEx) is a known item: three of five, the unknown items are exchanges */
static void test_list_latin_folded(void **state)
{
    (void)state;
    gx_article *art = fixture_run("和火币、币安、Okex、星币通、香港C网等老牌的交易所不同，这家新平台主打社区。", NULL, NULL);
    assert_non_null(fixture_find(art, "香港C网", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "星币通", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a kind of business, a dash, the name (closed by punctuation, or glued on and written again) */
static void test_dash_after_kind(void **state)
{
    (void)state;
    gx_article *art = fixture_run("业内首家黄金租赁服务平台——金禾宝盈，为投资者提供服务。选择金禾宝盈，放心投资。", NULL, NULL);
    assert_non_null(fixture_find(art, "金禾宝盈", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("近日，社交电商平台——禾信云店可谓是风生云起。禾信云店APP上线一年，总部在杭州。", NULL, NULL);
    assert_non_null(fixture_find(art, "禾信云店", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "禾信云店可谓是", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* said once after the dash, or a phrase after it: nothing */
static void test_dash_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这是一个众筹平台——品牌价值为亿元人民币，值得关注。", NULL, NULL);
    assert_null(fixture_find(art, "品牌价值为亿元", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("我们的平台——专为小额借款设计，平台——专为小额借款设计的服务。", NULL, NULL);
    assert_null(fixture_find(art, "专为小额借款设计", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "专为小额借款", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a year after the dash opens a title */
    art = fixture_run("东方产业集团有限公司——2019年公开发行公司债券。东方产业集团有限公司——2019年公开发行公司债券。", NULL, NULL);
    assert_null(fixture_find(art, "2019", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a description closed by 的 and a kind; an activity at the end */
    art = fixture_run("远山资本平台——专注产业投资的孵化平台。远山资本平台——专注产业投资的孵化平台。", NULL, NULL);
    assert_null(fixture_find(art, "专注产业投资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("黄金交易平台—金联通智能交易APP上线。金联通智能交易APP据介绍很好用。", NULL, NULL);
    assert_null(fixture_find(art, "金联通智能交易", GX_ENT_COMPANY));
    gx_article_free(art);
    /* two ordinary words glued after the dash are a phrase */
    art = fixture_run("东方集团——主题酒店。又一波实体落地，东方集团——主题酒店。", NULL, NULL);
    assert_null(fixture_find(art, "主题酒店", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_latin_folded),
        cmocka_unit_test(test_dash_after_kind),
        cmocka_unit_test(test_dash_guards),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
