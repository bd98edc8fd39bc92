/* test_comp31.c — unlisted companies the text shows to be businesses (nineteenth session, helper
 * "comp31"): a known short name before a desk word and a title is the company, not part of a word
 * (gx_resolve.c, gx_shape_desk_title_at); the endings of a city investment firm and of finance
 * brands (城投, 金控, 金服: company_suffix in cues.tsv); a region opening a legal name over a
 * one-character stop word inside its trade name (gx_entity_rules_suffix.c); a list a colon opens
 * after a word for firms or platforms, one item known (gx_entity_rules_frames.c); 加盟 (joining a
 * franchise) ends a name's look-back (cues.tsv left_stop); a famous name that is an idiom too
 * (前程无忧) stands where its clause sends it an offer (gx_resolve_context.c). */
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

/* 前万达|人力总监: glued before, but a desk word and a title after it end the name */
static void test_name_before_desk_title(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张洪举", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("继前万达人力总监张洪举加盟该公司之后，公司发展迅速。", tags, 1);
    assert_non_null(fixture_find(art, "万达", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a short name glued inside a word on both sides stays no company (金融创新 holds 融创) */
static void test_glued_both_sides(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张洪举", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("张洪举认为金融创新不断推进。", tags, 1);
    assert_null(fixture_find(art, "融创", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a city investment firm's short name */
static void test_city_investment_firm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("我市国资企业天河城投推出融资计划，经天河城投的努力，交易所批复天河城投融资。", NULL, NULL);
    assert_non_null(fixture_find(art, "天河城投", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* finance brands named by their endings */
static void test_finance_brand_endings(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台包括安信金控、微银金服和好友邦金服。", NULL, NULL);
    assert_non_null(fixture_find(art, "安信金控", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "微银金服", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the ending alone, or a kind of bond, is no company */
static void test_city_investment_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("今年城投债发行提速，城投平台融资仍难。", NULL, NULL);
    assert_null(fixture_find(art, "城投", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "城投债", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* ：湖南|信而|优科技有限公司: the region opens the legal name over the stop word inside it */
static void test_region_over_inner_stop(void **state)
{
    (void)state;
    gx_article *art = fixture_run("招聘公司：湖南信而优科技有限公司，招聘岗位：客服。", NULL, NULL);
    assert_non_null(fixture_find(art, "湖南信而优科技有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* not over a particle: 上海的|优科技有限公司 */
static void test_region_not_over_particle(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司：上海的优科技有限公司，招聘岗位：客服。", NULL, NULL);
    assert_null(fixture_find(art, "上海的优科技有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a list of platforms a colon opens, one of them known */
static void test_introduced_list(void **state)
{
    (void)state;
    gx_article *art = fixture_run("深受年轻人喜爱的投资理财平台有哪些：人人贷、多啦聚财、铜板街。", NULL, NULL);
    assert_non_null(fixture_find(art, "多啦聚财", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "铜板街", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no known item: the colon and the word for platforms are not enough */
static void test_introduced_list_unknown(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台特点有：安全可靠、收益稳定、门槛很低。", NULL, NULL);
    assert_null(fixture_find(art, "收益稳定", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* Is there a company candidate with exactly this text? */
static bool has_candidate(gx_article *art, const char *text)
{
    for (int k = 0; k < art->candidates.n; k++)
        if (art->candidates.v[k].type == GX_ENT_COMPANY && !strcmp(gx_article_span_text(art, art->candidates.v[k].span), text))
            return true;
    return false;
}

/* 只要加盟|卡盟资本: the verb ends the look-back of the name's left edge */
static void test_join_verb_edge(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他说只要加盟卡盟资本就可赚取佣金。", NULL, NULL);
    assert_true(has_candidate(art, "卡盟资本"));
    assert_false(has_candidate(art, "只要加盟卡盟资本"));
    gx_article_free(art);
}

/* an idiom that names a firm: a company where its clause receives an offer, not in a wish */
static void test_idiom_name_in_deal(void **state)
{
    (void)state;
    gx_article *art = fixture_run("前程无忧收到来自DCP资本合伙人的收购提议。", NULL, NULL);
    assert_non_null(fixture_find(art, "前程无忧", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("祝你前程无忧，万事如意。", NULL, NULL);
    assert_null(fixture_find(art, "前程无忧", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_before_desk_title),
        cmocka_unit_test(test_glued_both_sides),
        cmocka_unit_test(test_city_investment_firm),
        cmocka_unit_test(test_finance_brand_endings),
        cmocka_unit_test(test_city_investment_words),
        cmocka_unit_test(test_region_over_inner_stop),
        cmocka_unit_test(test_region_not_over_particle),
        cmocka_unit_test(test_introduced_list),
        cmocka_unit_test(test_introduced_list_unknown),
        cmocka_unit_test(test_join_verb_edge),
        cmocka_unit_test(test_idiom_name_in_deal),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
