/* test_comp27.c — company names of the seventeenth session's fourth company round (helper
 * "comp27"): a Latin company name with its Chinese name in brackets right after it is one
 * company (gx_entity_rules_alias.c, gx_er_chinese_gloss_rule), a country before the short name of
 * a listed X股份 is its unit there (gx_entity_rules_regional_firm.c), and a bare 股东 before a
 * place and a short brand, closed by what a holder does, names that holder
 * (gx_entity_rules_deals.c). */
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

/* Temasek Holdings(淡马锡): one company, its later Chinese mention included */
static void test_latin_name_and_chinese_gloss(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Temasek Holdings", GX_ENT_COMPANY, 0.8f}, {"淡马锡", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("新加坡投资公司Temasek Holdings(淡马锡)宣布增持股份，淡马锡表示看好中国市场。",
                                         tags, 2);
    const gx_entity *a = fixture_find(art, "Temasek Holdings", GX_ENT_COMPANY);
    assert_non_null(a);
    assert_ptr_equal(a, fixture_find(art, "淡马锡", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a person's Chinese name in brackets after a firm is no gloss of it (no company candidate) */
static void test_chinese_gloss_needs_a_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Temasek Holdings", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("Temasek Holdings(新加坡)宣布增持股份。", tags, 1);
    assert_null(fixture_find(art, "新加坡", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a legal tail after the Latin name read shorter: Temasek Holdings (Private) Limited(淡马锡) */
static void test_chinese_gloss_after_legal_tail(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Temasek Holdings", GX_ENT_COMPANY, 0.8f}, {"淡马锡", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("其中Temasek Holdings (Private) Limited(淡马锡)持股为1.3%。", tags, 2);
    const gx_entity *a = fixture_find(art, "Temasek Holdings", GX_ENT_COMPANY);
    assert_non_null(a);
    assert_ptr_equal(a, fixture_find(art, "淡马锡", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* another firm's name between: the gloss is the nearer firm's (Apple, Google(谷歌)) */
static void test_chinese_gloss_of_the_nearer_firm(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {
        {"Apple", GX_ENT_COMPANY, 0.8f}, {"Google", GX_ENT_COMPANY, 0.8f}, {"谷歌", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("投资方包括Apple, Google(谷歌)等公司。", tags, 3);
    const gx_entity *a = fixture_find(art, "Apple", GX_ENT_COMPANY);
    assert_non_null(a);
    assert_ptr_not_equal(a, fixture_find(art, "谷歌", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a country before the short name of a listed X股份: its unit there, without the ticker */
static void test_country_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("继峰股份(603997)公告，公司全资子公司德国继峰拟收购格拉默。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "德国继峰", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_false(e->ticker.code[0]);
    assert_ticker(fixture_find(art, "继峰股份", GX_ENT_COMPANY), "603997", "SSE");
    gx_article_free(art);
}

/* 股东贵州鑫胜持有: a place and a brand after 股东 name the holder */
static void test_place_shareholder(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本次减持后，股东贵州鑫胜持有约415万股，占总股本比例为3.04%。", NULL, NULL);
    assert_non_null(fixture_find(art, "贵州鑫胜", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no place after 股东: no name (股东及其一致行动人持有) */
static void test_shareholder_without_place(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司股东及其一致行动人持有约415万股。", NULL, NULL);
    assert_null(fixture_find(art, "及其一致行动人", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_latin_name_and_chinese_gloss),
        cmocka_unit_test(test_chinese_gloss_needs_a_company),
        cmocka_unit_test(test_chinese_gloss_after_legal_tail),
        cmocka_unit_test(test_chinese_gloss_of_the_nearer_firm),
        cmocka_unit_test(test_country_unit),
        cmocka_unit_test(test_place_shareholder),
        cmocka_unit_test(test_shareholder_without_place),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
