/* test_renames15.c — former names of renamed A-share companies from the hand-curated
 * data/companies/former_names.tsv (fourteenth session, helper "renames15"), merged into
 * a_share.tsv's former names by scripts/build-gazetteers: a former short name (金牌橱柜, 603180,
 * now 金牌家居; 豫园商城, 600655) and a former legal name (山东龙泉管道工程股份有限公司, 002671)
 * resolve to the company's ticker, keep the name as written and carry the current name among
 * the aliases; a current legal name of an SSE company (贵州茅台酒股份有限公司, 600519) from
 * data/companies/legal_names.tsv resolves the same way. The build script's own check is tests/entities/renames15_build.py. The tagger is
 * left out (fixture_run: lexicon + rules + resolution only). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_article.h"
#include "gx_entities.h"

static bool has_alias(const gx_entity *e, const char *alias)
{
    for (int i = 0; i < e->aliases.n; i++)
        if (!strcmp(e->aliases.v[i], alias))
            return true;
    return false;
}

static void expect(const char *text, const char *name, const char *exchange, const char *code,
                   const char *alias)
{
    gx_article *art = fixture_run(text, NULL, NULL);
    const gx_entity *e = fixture_find(art, name, GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.exchange, exchange);
    assert_string_equal(e->ticker.code, code);
    assert_true(has_alias(e, alias));
    gx_article_free(art);
}

/* A short name used before the rename: the ticker, the current short name as an alias. */
static void test_former_short_names(void **state)
{
    (void)state;
    expect("金牌橱柜今年上半年营收增长了12%。", "金牌橱柜", "SSE", "603180", "金牌家居");
    expect("豫园商城股价今日上涨。", "豫园商城", "SSE", "600655", "豫园股份");
    expect("志邦股份发布了年度报告。", "志邦股份", "SSE", "603801", "志邦家居");
}

/* A former full legal name, also of a Shanghai company (no current legal name is known); the
 * service folds full-width brackets before the lexicon (the fixture does not). */
static void test_former_legal_names(void **state)
{
    (void)state;
    expect("山东龙泉管道工程股份有限公司发布公告称，公司中标一项供水工程。", "山东龙泉管道工程股份有限公司", "SZSE",
           "002671", "山东龙泉管业股份有限公司");
    expect("保利房地产(集团)股份有限公司发布公告。", "保利房地产(集团)股份有限公司", "SSE", "600048", "保利发展");
}

/* A current legal name of a Shanghai company (data/companies/legal_names.tsv). */
static void test_current_legal_names(void **state)
{
    (void)state;
    expect("贵州茅台酒股份有限公司发布公告称，公司董事会审议通过了年度报告。", "贵州茅台酒股份有限公司", "SSE", "600519",
           "贵州茅台");
}

/* A phrase that merely contains a former name is no company (众多喜爱: 多喜爱 was left out). */
static void test_no_word_inside(void **state)
{
    (void)state;
    gx_article *art = fixture_run("众多喜爱炒小票的资金纷纷离场。", NULL, NULL);
    assert_null(fixture_find(art, "多喜爱", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_former_short_names),
        cmocka_unit_test(test_former_legal_names),
        cmocka_unit_test(test_current_legal_names),
        cmocka_unit_test(test_no_word_inside),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
