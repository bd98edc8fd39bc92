/* test_comp61.c — firms named without a company suffix, shown by what the text says about them
 * (twenty-fifth session, helper "comp61"): a Latin name right before what only a business has
 * (cues.tsv latin_firm_after, gx_entity_rules_latin.c); a rule's name that opens with a known short
 * name and goes on with an ordinary word or a place of the tagger's lexicon, not a person's name
 * (蚂蚁|巴士, gx_resolve.c longer_names); 云商 as a brand's head (cues.tsv brand_head). Texts written for
 * the test. */
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
#include "gx_tagger.h"

/* a Latin name before 交易平台, 母公司, 官网 is a company */
static void test_latin_firm_after(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，该项目将以Kronbit交易平台作为主战场，面向全网招募矿工。", NULL, NULL);
    assert_non_null(fixture_find(art, "Kronbit", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("近日，由Vaultaris母公司发行的比特币交易凭证获批上市。", NULL, NULL);
    assert_non_null(fixture_find(art, "Vaultaris", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an acronym alone before the cue names a kind of thing (BTC交易平台, OTC交易所): no company */
static void test_latin_acronym_not_firm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("不少投资者转向XQZ交易平台，也有人选择QRT交易所。", NULL, NULL);
    assert_null(fixture_find(art, "XQZ", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "QRT", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a known short name and an ordinary word or a place of the tagger's lexicon after it is the rule's
 * name (the app 蚂蚁巴士), not the known company and a person */
static void test_known_head_and_word(void **state)
{
    (void)state;
    const uint32_t bus[] = {0x5DF4, 0x58EB}; /* 巴士 */
    assert_true(gx_tagger_place_word(fixture_engine()->tagger, bus, 2) ||
                gx_tagger_common_word(fixture_engine()->tagger, bus, 2));
    gx_article *art = fixture_run("蚂蚁巴士极速下款\n蚂蚁巴士是一款全新的手机借贷app，帮助用户代还信用卡。", NULL, NULL);
    assert_non_null(fixture_find(art, "蚂蚁巴士", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 云商 heads a brand written twice, once after punctuation (cues.tsv brand_head); before 商城 it is the
 * mall's longer name, no brand there */
static void test_cloud_commerce_brand(void **state)
{
    (void)state;
    gx_article *art = fixture_run("鼎丰云商－致各位创业者的信，直销的路越来越难走。在这种环境下，鼎丰云商新零售平台诞生了。", NULL, NULL);
    assert_non_null(fixture_find(art, "鼎丰云商", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_latin_firm_after),
        cmocka_unit_test(test_latin_acronym_not_firm),
        cmocka_unit_test(test_known_head_and_word),
        cmocka_unit_test(test_cloud_commerce_brand),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
