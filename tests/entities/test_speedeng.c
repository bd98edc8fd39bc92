/* test_speedeng.c — the index of candidates by span start and end (fifteenth session, speedeng;
 * the entity rules' gx_cand_pos since the twenty-eighth, dos3): gx_pp_cand_ending_at /
 * _starting_at answer the same with the index as by a walk over every candidate, ties included
 * (the first of equal candidates), for candidates added after the index was built, for spans
 * moved by gx_cand_set_span, and for positions outside the text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_article.h"
#include "gx_people_impl.h"

#define TEXT "中信证券首席经济学家诸建芳表示,华为公司董事长梁华出席。"

static void compare_all(gx_article *art)
{
    const int masks[] = {1 << GX_ENT_PERSON, (1 << GX_ENT_COMPANY) | (1 << GX_ENT_PERSON), -1};
    for (int m = 0; m < 3; m++)
        for (int32_t p = -2; p <= art->ncp + 2; p++) {
            gx_cand_pos *x = art->cand_pos;
            art->cand_pos = NULL;
            int e = gx_pp_cand_ending_at(art, p, masks[m]), s = gx_pp_cand_starting_at(art, p, masks[m]);
            art->cand_pos = x;
            assert_int_equal(gx_pp_cand_ending_at(art, p, masks[m]), e);
            assert_int_equal(gx_pp_cand_starting_at(art, p, masks[m]), s);
        }
}

static void test_index_as_walk(void **state)
{
    (void)state;
    gx_article *art = gx_article_new();
    gx_article_set_text(art, TEXT, (int32_t)strlen(TEXT));
    gx_add_candidate(art, (gx_span){0, 4}, GX_ENT_COMPANY, GX_SRC_GAZETTEER, 0.9f, NULL, -1);  /* 中信证券 */
    gx_add_candidate(art, (gx_span){0, 2}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.8f, NULL, -1);     /* 中信 */
    gx_add_candidate(art, (gx_span){10, 13}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.7f, NULL, -1);    /* 诸建芳 */
    gx_add_candidate(art, (gx_span){10, 13}, GX_ENT_PERSON, GX_SRC_RULE, 0.6f, NULL, -1);      /* the same span */
    gx_add_candidate(art, (gx_span){11, 13}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.9f, NULL, -1);
    gx_add_candidate(art, (gx_span){4, 9}, GX_ENT_POSITION, GX_SRC_RULE, 0.9f, NULL, -1);      /* never returned */
    art->cand_pos = gx_cand_pos_build(art);
    assert_non_null(art->cand_pos);
    compare_all(art);
    assert_int_equal(gx_pp_cand_ending_at(art, 13, 1 << GX_ENT_PERSON), 3); /* the rule person */
    /* added after the build: read from the tail */
    int hw = gx_add_candidate(art, (gx_span){16, 20}, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1); /* 华为公司 */
    gx_add_candidate(art, (gx_span){23, 25}, GX_ENT_PERSON, GX_SRC_RULE, 0.7f, NULL, -1);          /* 梁华 */
    gx_add_candidate(art, (gx_span){10, 13}, GX_ENT_PERSON, GX_SRC_GAZETTEER, 0.95f, NULL, -1);
    compare_all(art);
    assert_int_equal(gx_pp_cand_ending_at(art, 20, 1 << GX_ENT_COMPANY), hw);
    assert_int_equal(gx_pp_cand_starting_at(art, 16, 1 << GX_ENT_COMPANY), hw);
    gx_article_free(art);
}

/* Moved spans (the government rules retire and cut readings, the ticker rule takes a star in)
 * leave their old chains and join their new ones at their place in the walk's order. */
static void test_moves_as_walk(void **state)
{
    (void)state;
    gx_article *art = gx_article_new();
    gx_article_set_text(art, TEXT, (int32_t)strlen(TEXT));
    gx_add_candidate(art, (gx_span){0, 4}, GX_ENT_COMPANY, GX_SRC_GAZETTEER, 0.9f, NULL, -1);  /* 0 */
    gx_add_candidate(art, (gx_span){0, 2}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.8f, NULL, -1);     /* 1 */
    gx_add_candidate(art, (gx_span){10, 13}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.7f, NULL, -1);    /* 2 */
    gx_add_candidate(art, (gx_span){11, 13}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.9f, NULL, -1);    /* 3 */
    gx_add_candidate(art, (gx_span){10, 13}, GX_ENT_PERSON, GX_SRC_RULE, 0.7f, NULL, -1);      /* 4 */
    art->cand_pos = gx_cand_pos_build(art);
    assert_non_null(art->cand_pos);
    gx_cand_set_span(art, 0, (gx_span){0, 0}); /* retired: no longer ends at 4 */
    compare_all(art);
    assert_int_equal(gx_pp_cand_ending_at(art, 4, 1 << GX_ENT_COMPANY), -1);
    gx_cand_set_start(art, &art->candidates.v[3], 10); /* joins the chain at 10 between 2 and 4 */
    compare_all(art);
    int order[3], n = 0;
    for (int i = gx_cand_pos_next(art, -1, 10, false); i >= 0; i = gx_cand_pos_next(art, i, 10, false))
        order[n++] = i;
    assert_int_equal(n, 3);
    assert_int_equal(order[0], 2);
    assert_int_equal(order[1], 3);
    assert_int_equal(order[2], 4);
    gx_cand_set_end(art, &art->candidates.v[2], 12); /* out of the chain ending at 13, into 12 */
    compare_all(art);
    assert_int_equal(gx_pp_cand_ending_at(art, 12, 1 << GX_ENT_PERSON), 2);
    assert_int_equal(gx_cand_pos_maxlen(art), 4);
    gx_cand_set_span(art, 1, (gx_span){-1, 2}); /* outside the text: the index is dropped, queries walk */
    assert_null(art->cand_pos);
    assert_int_equal(gx_pp_cand_ending_at(art, 2, 1 << GX_ENT_COMPANY), 1);
    gx_article_free(art);
}

static void test_span_outside_text(void **state)
{
    (void)state;
    gx_article *art = gx_article_new();
    gx_article_set_text(art, TEXT, (int32_t)strlen(TEXT));
    gx_add_candidate(art, (gx_span){0, 4}, GX_ENT_COMPANY, GX_SRC_GAZETTEER, 0.9f, NULL, -1);
    gx_add_candidate(art, (gx_span){-1, 3}, GX_ENT_COMPANY, GX_SRC_RULE, 0.9f, NULL, -1);
    assert_null(gx_cand_pos_build(art)); /* no index: the queries walk */
    assert_int_equal(gx_pp_cand_ending_at(art, 3, 1 << GX_ENT_COMPANY), 1);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_as_walk),
        cmocka_unit_test(test_moves_as_walk),
        cmocka_unit_test(test_span_outside_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
