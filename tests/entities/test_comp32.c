/* test_comp32.c — words read as companies (nineteenth session, helper "comp32"): the
 * special-treatment mark before an ordinary word of the tagger's word lexicon, written once, is
 * no stock's name (gx_entity_rules_tickers.c, gx_tagger_common_word); 物资公司 is no name
 * (cues.tsv generic_body). The fixture engine borrows a loaded tagger for its word lexicon only
 * (the tagger proposes nothing here). */
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

/* the word lexicon: ordinary words yes, names and unknown strings no */
static void test_common_word(void **state)
{
    (void)state;
    const gx_tagger *t = fixture_engine()->tagger;
    assert_true(gx_tagger_common_word(t, (const uint32_t[]){0x4FDD, 0x62A4}, 2));  /* 保护 */
    assert_true(gx_tagger_common_word(t, (const uint32_t[]){0x7EAA, 0x5F55}, 2));  /* 纪录 */
    assert_false(gx_tagger_common_word(t, (const uint32_t[]){0x4FDD, 0x5343}, 2)); /* 保千 */
    assert_false(gx_tagger_common_word(NULL, (const uint32_t[]){0x4FDD, 0x62A4}, 2));
}

/* ST + an ordinary word written once is the mark read as a noun */
static void test_st_ordinary_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run("上市10个月就被ST，曾创下A股上市公司最快ST纪录，ST之下，股价大跌。", NULL, NULL);
    assert_null(fixture_find(art, "ST纪录", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "ST之下", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("保千里因为有ST保护，每天只跌5%。", NULL, NULL);
    assert_null(fixture_find(art, "ST保护", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a stock under a word-like name stays: named twice, or with its star or code */
static void test_st_word_like_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("*ST长生股票终止上市。", NULL, NULL);
    assert_non_null(fixture_find(art, "*ST长生", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("ST银河发布半年报，ST银河营收下降。", NULL, NULL);
    assert_non_null(fixture_find(art, "ST银河", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("ST华泽将缩水95.6%。", NULL, NULL);
    assert_non_null(fixture_find(art, "ST华泽", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a supply department is no name (a kind of bank, 农商行, stays: CLUENER labels it a company) */
static void test_generic_kinds(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"物资公司", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("下属的第二采油厂、物资公司、测试技术服务分公司。", tags, 1);
    assert_null(fixture_find(art, "物资公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_common_word),
        cmocka_unit_test(test_st_ordinary_word),
        cmocka_unit_test(test_st_word_like_name),
        cmocka_unit_test(test_generic_kinds),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
