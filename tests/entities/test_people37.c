/* test_people37.c — people in web finance text (twenty-fifth session, round 2, helper "people37"): a person read
 * across the cut of a writer run parted into two writers is no one (gx_resolve_parted.c); a firm's 法人 closing its
 * clause with no name after takes the copula's subject (gx_people_legal.c); 福费廷 is a trade-finance product
 * (cues.tsv not_entity). Texts written for the test, the tagger's readings given by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_byline_authors.h"
#include "gx_entities.h"
#include "gx_entity_util.h"
#include "gx_lexicon.h"
#include "gx_utf8.h"

/* 作者:王建刘有志来源:… parted 王建|刘有志 as the engine does before resolution; the tagger's 王建刘 goes */
static gx_article *run_parted(const char *text, const char *run, const char *tagged, bool joined)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_author *a = GX_VEC_PUSH(art->arena, art->authors);
    a->name = run;
    a->role = "作者";
    a->joined = joined;
    gx_byline_authors_keep(fixture_engine()->lexicon, art);
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    uint32_t w[8];
    int32_t len = gx_utf8_to_cps(tagged, strlen(tagged), w, 8);
    for (int32_t i = 0; len > 0 && i + len <= art->ncp; i++)
        if (!memcmp(art->cp + i, w, sizeof(uint32_t) * (size_t)len))
            gx_add_candidate(art, (gx_span){i, i + len}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.9f, NULL, -1);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    return art;
}

static void test_across_parted_writers(void **state)
{
    (void)state;
    gx_article *art = run_parted("警方已立案调查作者:王建刘有志来源:南方都市报", "王建刘有志", "王建刘", true);
    assert_int_equal(art->authors.n, 2);
    assert_null(fixture_person(art, "王建刘"));
    assert_non_null(fixture_person(art, "刘有志"));
    gx_article_free(art);
    /* (the run not parted: the tagger's reading stays) */
    art = run_parted("警方已立案调查作者:王建刘有志来源:南方都市报", "王建刘有志", "王建刘", false);
    assert_non_null(fixture_person(art, "王建刘"));
    gx_article_free(art);
}

/* 此人王建国，是原…有限公司法人现为…: the copula's subject holds 法人; 公司法人治理 names no one */
static void test_firm_legal_person(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("此人王建国，是原贵州西旅文化产业发展有限公司法人现为逃跑的老赖。", tags, 1);
    assert_true(fixture_holds(art, "王建国", "法人"));
    gx_article_free(art);
    art = fixture_run_tagged("王建国表示，要完善公司法人治理结构。", tags, 1);
    assert_false(fixture_holds(art, "王建国", "法人"));
    gx_article_free(art);
}

static void test_forfaiting(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"福费廷", GX_ENT_PERSON, 0.8f}};
    gx_article *art = fixture_run_tagged("该行以进口押汇、福费廷、出口保理等产品作为主打产品。", tags, 1);
    assert_null(fixture_person(art, "福费廷"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_across_parted_writers),
        cmocka_unit_test(test_firm_legal_person),
        cmocka_unit_test(test_forfaiting),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
