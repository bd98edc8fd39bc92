/* test_gov28.c — government bodies, twenty-third session (helper "gov28"): a body's Latin acronym written in
 * lower case next to Chinese text (the lower-cased CCF web texts: 受英国fca监管, 最新cftc数据) is the body, with
 * the acronym in capitals as an alias; in English text it is none. An acronym that is as often a chip's or a
 * coin's name (ASIC, MAS) is a body only with a regulator cue (监管, 牌照, a country before it). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* fca, cftc glued to Chinese are the regulators, one entity with the upper-case form's name and alias. */
static void test_lower_case_glued(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该经纪商受英国fca监管。最新cftc数据显示净多头减少，美国商品期货交易委员会(cftc)正在调查。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "英国fca", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "FCA", GX_ENT_GOVERNMENT));
    assert_ptr_equal(e, fixture_find(art, "英国金融行为监管局", GX_ENT_GOVERNMENT));
    e = fixture_find(art, "cftc", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "美国商品期货交易委员会", GX_ENT_GOVERNMENT));
    assert_ptr_equal(e, fixture_find(art, "CFTC", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A lower-case word in English text, or inside a Latin word, is no body. */
static void test_lower_case_not_glued(void **state)
{
    (void)state;
    gx_article *art = fixture_run("The fca and cftc rules changed, 报道称 see fcab1 and 1fca2 for details.", NULL, NULL);
    assert_null(fixture_find(art, "fca", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "cftc", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* ASIC and MAS need a regulator cue, in either case: a regulator's act after them, or a country before. */
static void test_cued_acronyms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("有些平台商接受asic监管，另一家持有ASIC澳大利亚金融监管牌照，还有新加坡mas。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "asic", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "澳大利亚证券投资委员会", GX_ENT_GOVERNMENT));
    assert_ptr_equal(e, fixture_find(art, "ASIC", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "新加坡金管局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("比特大陆推出了针对门罗币挖矿的ASIC矿机，asic芯片大涨。从MAS麦肯币开始，mas挖矿系统上线。", NULL, NULL);
    assert_null(fixture_find(art, "ASIC", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "asic", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "MAS", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "mas", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_glued),
        cmocka_unit_test(test_lower_case_not_glued),
        cmocka_unit_test(test_cued_acronyms),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
