/* test_gov22.c — government bodies, twentieth session (helper "gov22"): a place's police named by
 * a place and 公安 or 经侦 (广州公安, 江苏经侦, 海淀公安分局; gx_entity_rules_police.c), the police
 * named by its kind alone is none (送往警察局, 向公安局报案), a state agency holds the title word of
 * its task (柬埔寨国家警察总署, not cut at 警察), and a body cut by the end of the text inside a
 * longer body's name written before is that body's copy (公安部刑侦局 … 公安部|刑侦<end>). */
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

/* A region of the lexicon and a police word: the place's police; the place alone stays a place. */
static void test_region_police(void **state)
{
    (void)state;
    gx_article *art = fixture_run("广州公安以没有犯罪事实驳回立案申请，恳请江苏经侦尽快立案。", NULL, NULL);
    assert_non_null(fixture_find(art, "广州公安", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "江苏经侦", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (a list of accounts: each place's police, whatever the marks between them) */
    art = fixture_run("受害者@深圳公安@北京公安转发", NULL, NULL);
    assert_non_null(fixture_find(art, "深圳公安", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "北京公安", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A place the tagger reads, with a police unit after the word. */
static void test_tagged_place_police(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"海淀", GX_ENT_LOCATION, 0.8f}, {"宝安区", GX_ENT_LOCATION, 0.8f}};
    gx_article *art = fixture_run_tagged("海淀公安分局已经介入，宝安区经侦部门已受理报案。", tags, 2);
    assert_non_null(fixture_find(art, "海淀公安分局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "宝安区经侦部门", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 公安 that opens a county (公安县), another body (公安厅) or a company's name is no police word. */
static void test_not_police(void **state)
{
    (void)state;
    gx_article *art = fixture_run("湖北公安县人民政府发布通知。湖南公安厅表示将严查。", NULL, NULL);
    assert_null(fixture_find(art, "湖北公安", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "湖南公安", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (the company's name as the tagger reads it) */
    static const fixture_tag tags[] = {{"湖北公安外资行下乡试贷款公司", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("湖北公安外资行下乡试贷款公司成立。", tags, 1);
    assert_null(fixture_find(art, "湖北公安", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "湖北公安外资行下乡试贷款公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* The police by its kind alone is no one body; with its place it is. */
static void test_bare_police(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"警察局", GX_ENT_GOVERNMENT, 0.7f}, {"公安局", GX_ENT_GOVERNMENT, 0.7f},
                                       {"纽约警察局", GX_ENT_GOVERNMENT, 0.8f}};
    gx_article *art = fixture_run_tagged("他已被送往警察局，家属随后向公安局报案。纽约警察局17日表示。", tags, 3);
    assert_null(fixture_find(art, "警察局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "公安局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "纽约警察局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A country's agency whose task holds a title word (警察): the agency, whole, over the tagger's
 * doubted reading; the title word is no post. */
static void test_agency_title_word(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"柬埔寨国家警察总署", GX_ENT_GOVERNMENT, 0.58f}};
    gx_article *art = fixture_run_tagged("柬埔寨国家警察总署一高级警官17日向媒体表示。", tags, 1);
    assert_non_null(fixture_find(art, "柬埔寨国家警察总署", GX_ENT_GOVERNMENT));
    for (int i = 0; i < art->positions.n; i++)
        assert_false(art->positions.v[i].span.start > 0 && art->positions.v[i].span.end < 9);
    gx_article_free(art);
}

/* A copy of the text cut short: the ministry of the cut bureau is no body of its own; the
 * ministry named in full elsewhere stays. */
static void test_cut_by_text_end(void **state)
{
    (void)state;
    gx_article *art = fixture_run("请帮帮我们@江苏经侦@公安部刑侦局@人民日报。请帮帮我们@江苏经侦@公安部刑侦\n", NULL, NULL);
    assert_non_null(fixture_find(art, "公安部刑侦局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "公安部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("公安部刑侦局表示已立案。公安部表示", NULL, NULL);
    assert_non_null(fixture_find(art, "公安部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_region_police),   cmocka_unit_test(test_tagged_place_police),
        cmocka_unit_test(test_not_police),      cmocka_unit_test(test_bare_police),
        cmocka_unit_test(test_agency_title_word), cmocka_unit_test(test_cut_by_text_end),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
