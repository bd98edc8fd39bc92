/* test_edges29.c — names with a wrong edge, twenty-ninth session (helper "edges29";
 * gx_shape_trim_verb in gx_cand_shape.c, gx_rs_edge_word_tail and gx_rs_edge_kind_before_named in
 * gx_resolve_edges.c, the division rule's stop at a body of its own in gx_entity_rules_gov.c,
 * money put into a bank in gx_shape_verb_object_body, gx_rs_edge_cut_before_rest and the tagger's
 * legal names in merge_full_names, gx_resolve_entities.c, gx_rs_edge_org_suffix).
 * Texts written for the test; each case fails on the base. */
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

/* A one-character verb the tagger read as a name's third character is cut off (周涛|携新片). */
static void test_verb_after_name(void **state)
{
    (void)state;
    static const struct {
        const char *text, *tag, *name;
    } cases[] = {
        {"昨日，周涛携新片《远山》现身北京首映礼。", "周涛携", "周涛"},
        {"群里的老师有张明、王俊带单群里还有助理。", "王俊带", "王俊"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fixture_tag tag = {cases[i].tag, GX_ENT_PERSON, 0.45f};
        gx_article *art = fixture_run_tagged(cases[i].text, &tag, 1);
        if (!fixture_person(art, cases[i].name) || fixture_person(art, cases[i].tag))
            fail_msg("case %zu: %s", i, cases[i].text);
        gx_article_free(art);
    }
    /* (a name the text ends with the character stays: nothing follows it) */
    fixture_tag tag = {"李明谈", GX_ENT_PERSON, 0.6f};
    gx_article *art = fixture_run_tagged("记者采访了李明谈。", &tag, 1);
    assert_non_null(fixture_person(art, "李明谈"));
    gx_article_free(art);
}

/* Two police bureaus with a verb between are two bodies, and the tail of 所在地 glued before a
 * place opens neither (地|金华市公安局). */
static void test_two_bodies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该平台所在地金华市公安局收到浙江湖州公安局发来的协查函。", NULL, NULL);
    assert_null(fixture_find(art, "金华市公安局收到浙江湖州公安局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "地金华市公安局收到浙江湖州公安局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "浙江湖州公安局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "金华市公安局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "地金华市公安局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A kind of firm ending in 公司 before a name read as a company elsewhere is no part of it. */
static void test_kind_before_named(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"网上配资公司宁波恒泰配资", GX_ENT_COMPANY, 0.45f},
                          {"宁波恒泰配资", GX_ENT_COMPANY, 0.4f}};
    gx_article *art = fixture_run_tagged("网上配资公司宁波恒泰配资开户流程。宁波恒泰配资是行业内的实盘平台。", tags, 2);
    assert_non_null(fixture_company(art, "宁波恒泰配资"));
    assert_null(fixture_company(art, "网上配资公司宁波恒泰配资"));
    gx_article_free(art);
}

/* Money put into a bank or a firm, or a count of banks, is no firm's name. */
static void test_money_into_bank(void **state)
{
    (void)state;
    static const char *const texts[] = {"我们来看一下：钱存银行的下场。", "他把钱放进银行以后就不管了。",
                                        "押金可以电汇到公司对公账户", "全国有上百家银行参与。"};
    static const char *const wrong[] = {"钱存银行", "钱放进银行", "电汇到公司", "上百家银行"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        gx_article *art = fixture_run(texts[i], NULL, NULL);
        if (fixture_company(art, wrong[i]))
            fail_msg("case %zu: %s", i, texts[i]);
        gx_article_free(art);
    }
}

/* A tagger's name cut before the rest of a legal name the article writes elsewhere takes the
 * words they share (上海恒远|国际贸易 beside 上海恒远国际贸易有限公司). */
static void test_cut_before_rest(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"上海恒远", GX_ENT_COMPANY, 0.45f},
                          {"上海恒远国际贸易有限公司", GX_ENT_COMPANY, 0.8f}};
    gx_article *art =
        fixture_run_tagged("上海恒远国际贸易油画加盟好不好？上海恒远国际贸易有限公司成立于2015年。", tags, 2);
    assert_null(fixture_find(art, "上海恒远", GX_ENT_COMPANY));
    /* (one company: the tagger's legal name is its full name, as a rule's would be) */
    const gx_entity *full = fixture_company(art, "上海恒远国际贸易有限公司");
    assert_non_null(full);
    assert_ptr_equal(full, fixture_company(art, "上海恒远国际贸易"));
    gx_article_free(art);
}

/* A tagger's company cut before an organization's suffix a rule reads with it is that
 * organization (香港金银业|贸易场, 贸易场 in cues.tsv org_suffix). */
static void test_org_suffix(void **state)
{
    (void)state;
    fixture_tag tag = {"香港金银业", GX_ENT_COMPANY, 0.75f};
    gx_article *art = fixture_run_tagged("该公司是香港金银业贸易场的行员，受其监管。", &tag, 1);
    assert_null(fixture_find(art, "香港金银业", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "香港金银业贸易场", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verb_after_name),
        cmocka_unit_test(test_two_bodies),
        cmocka_unit_test(test_kind_before_named),
        cmocka_unit_test(test_money_into_bank),
        cmocka_unit_test(test_cut_before_rest),
        cmocka_unit_test(test_org_suffix),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
