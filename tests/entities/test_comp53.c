/* test_comp53.c — companies, twenty-fourth session (helper "comp53"): a legal name opening at a city
 * the regions list lacks, after a run of other words (gx_entity_rules_suffix.c tagger_city, read by
 * region_opens_legal_name), a verb exposing a firm (cues.tsv left_stop 曝光, 揭露), and a known short
 * name cut through a company suffix word (gx_resolve.c cut_inside_suffix: 中|金控, 长|安信|托), a
 * tagger's company cut inside a word at a line start (gx_cand_shape.c gx_shape_whole_region: 首|都城投).
 * Texts written for the test; the real tagger is loaded for its word lexicon, no tagger span is given. */
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

/* a city of the tagger's lexicon (绵阳, 绵阳市) opens the legal name after a phrase */
static void test_city_opens_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("欢迎大家拉进交流学习群绵阳鑫达商贸有限公司成立于2015年。", NULL, 0);
    assert_null(fixture_company(art, "拉进交流学习群绵阳鑫达商贸有限公司"));
    assert_non_null(fixture_company(art, "绵阳鑫达商贸有限公司"));
    gx_article_free(art);
}

/* 曝光 and 揭露 end the look-back: the name starts after them */
static void test_exposing_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("曝光湖南鑫达商贸有限公司：拖欠货款。", NULL, 0);
    assert_null(fixture_company(art, "曝光湖南鑫达商贸有限公司"));
    assert_non_null(fixture_company(art, "湖南鑫达商贸有限公司"));
    gx_article_free(art);
}

/* a known short name whose last character opens 金控 or 信托 is no mention of it */
static void test_cut_inside_suffix(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("投资者称中金控的客服失联，中金控平台已无法提现。", NULL, 0);
    assert_null(fixture_company(art, "中金"));
    gx_article_free(art);
    /* (the same name written alone is still read) */
    art = fixture_run_tagged("中金公司发布研究报告，中金认为市场将回暖。", NULL, 0);
    assert_ticker(fixture_company(art, "中金"), "601995", "SSE");
    gx_article_free(art);
}

/* a tagger's company cut after the first character of a line: 首都 is a word, 都城 no ordinary one */
static void test_word_cut_at_line_start(void **state)
{
    (void)state;
    static const fixture_tag cut[] = {{"都城投集团", GX_ENT_COMPANY, 0.5f}};
    gx_article *art = fixture_run_tagged("平台公告\n首都城投集团控股的平台发布清盘公告。", cut, 1);
    assert_null(fixture_company(art, "都城投集团"));
    assert_non_null(fixture_company(art, "首都城投集团"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_opens_legal_name),
        cmocka_unit_test(test_exposing_verb),
        cmocka_unit_test(test_cut_inside_suffix),
        cmocka_unit_test(test_word_cut_at_line_start),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
