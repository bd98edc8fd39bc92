/* test_edges30.c — names with a wrong edge, thirtieth session (helper "edges30";
 * kind_before_own_form in gx_resolve_edges.c: an ordinary word's kind of firm, 投资|公司, glued
 * before a name with its own legal form; gx_rs_edge_cuts_word: a last character that opens the
 * next word, 某某行|使). Texts written for the test; each case fails on the base. */
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

/* 投资公司|恒达集团: the kind is no part of the name, which shows its own legal form. */
static void test_kind_before_own_form(void **state)
{
    (void)state;
    fixture_tag tag = {"投资公司恒达集团", GX_ENT_COMPANY, 0.5f};
    gx_article *art = fixture_run_tagged("据悉，已经停止兑付的投资公司恒达集团，其负责人已被带走。", &tag, 1);
    assert_non_null(fixture_company(art, "恒达集团"));
    assert_null(fixture_company(art, "投资公司恒达集团"));
    gx_article_free(art);
    /* (a name of the kind + 公司 again stays: 投资公司恒达公司 may be one firm's name) */
    fixture_tag tag2 = {"投资公司恒达公司", GX_ENT_COMPANY, 0.5f};
    art = fixture_run_tagged("据悉，已经停止兑付的投资公司恒达公司，其负责人已被带走。", &tag2, 1);
    assert_null(fixture_company(art, "恒达公司"));
    gx_article_free(art);
}

/* A name whose last character opens the next word (某某行|使, 行使 a word) ends before it. */
static void test_cuts_word(void **state)
{
    (void)state;
    fixture_tag tag = {"宁夏华锦行", GX_ENT_COMPANY, 0.6f};
    gx_article *art = fixture_run_tagged("股东大会上，公司将表决权委托给宁夏华锦行使表决权。", &tag, 1);
    assert_null(fixture_company(art, "宁夏华锦行"));
    assert_non_null(fixture_company(art, "宁夏华锦"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kind_before_own_form),
        cmocka_unit_test(test_cuts_word),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
