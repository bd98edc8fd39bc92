/* test_codes.c — names before explicit codes and quotes of listed companies (tenth session,
 * helper "codes10"): every code (卓朗科技(600225), (00700.HK), (02357-HK), (XRF.US)) finds its
 * name with one left-edge reader, gx_company_name_left (gx_entity_util.c). The tagger is left out
 * (fixture_run: lexicon + rules + resolution only). */
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

/* A short name whose characters are also stop words (和, 都, 及) right before a code: the code
 * makes the context sure, so the name reaches back to the punctuation before it (,信和|(00083),
 * ,万都|云雅(836118)), not to the last stop word or nowhere. */
static void test_short_names_with_stop_characters(void **state)
{
    (void)state;
    gx_article *art = fixture_run("分析师认为，信和(00083)今年纯利增长。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "信和");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00083");
    gx_article_free(art);
    art = fixture_run("据报道，天都云谷(835555)日前发布年度报告。", NULL, NULL);
    assert_non_null(fixture_company(art, "天都云谷"));
    assert_null(fixture_company(art, "云谷"));
    gx_article_free(art);
}

/* A Hong Kong code written with a dash (财华社's (01733-HK)) is read with the other codes: after a
 * portal's quote too (X(0.204,0.00,0.99%)(01733-HK)), and before a long name that carries no
 * describer (a sure context: the code shows the company). */
static void test_dash_codes_and_long_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("新科大宗(0.204,0.00,0.99%)(01733-HK)公布回购。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "新科大宗");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "01733");
    assert_string_equal(e->ticker.exchange, "HKEX");
    gx_article_free(art);
    art = fixture_run("【财华社讯】华南城市快速路(01566-HK)公布回购。", NULL, NULL);
    e = fixture_company(art, "华南城市快速路");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "01566");
    gx_article_free(art);
}

/* A name the gazetteer knows keeps its edge before its code; the sure context's reach back over
 * a function word does not take the word in (看好|中国联通(00762), 但在|腾讯(00700)). */
static void test_known_names_keep_their_edges(void **state)
{
    (void)state;
    gx_article *art = fixture_run("分析师看好中国联通(00762)，但在腾讯(00700)公布业绩后转向。", NULL, NULL);
    assert_non_null(fixture_company(art, "中国联通"));
    assert_non_null(fixture_company(art, "腾讯"));
    assert_null(fixture_company(art, "看好中国联通"));
    assert_null(fixture_company(art, "但在腾讯"));
    gx_article_free(art);
}

/* A list whose first item is a short name ending in a stop character (，华为、…: 为 ends the look-back
 * of a name) still counts that item, so its unknown items are companies as its known ones are;
 * a list word before the first item stays out of it (如|美的). */
static void test_lists_opening_with_stop_characters(void **state)
{
    (void)state;
    gx_article *art = fixture_run("根据评审结果，华为、星云智联、中兴入围中标候选人。", NULL, NULL);
    assert_non_null(fixture_company(art, "星云智联"));
    gx_article_free(art);
    art = fixture_run("白电龙头如美的、格力电器、海信家电等均上涨。", NULL, NULL);
    assert_null(fixture_company(art, "如美的"));
    gx_article_free(art);
}

/* A describer whose head a stop word cut off (服务|商: 服务 ends a name's look-back) still starts
 * the name after it: 仓储服务商星链智运, not 商星链智运. */
static void test_describers_cut_by_stop_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("11月5日，冷链仓储服务商星链智运完成A轮融资，金额未披露。", NULL, NULL);
    assert_non_null(fixture_company(art, "星链智运"));
    assert_null(fixture_company(art, "商星链智运"));
    gx_article_free(art);
}

/* Spaces between a name and its code are no edge of the name (星河环保 (证券代码:872001)). */
static void test_spaces_before_codes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("来源：中财网\n星河环保 (证券代码:872001)公告称，公司拟投资建设新厂。", NULL, NULL);
    assert_non_null(fixture_company(art, "星河环保"));
    gx_article_free(art);
}

/* A gloss or another listing in brackets between a name and its code: the name before them takes
 * the code (星岩(Star Rock Holdings)(NYSE:SRKH)); the reach back to punctuation of a sure context
 * does not take a function word opening the run ((SEC)对|星岩). */
static void test_codes_after_glosses(void **state)
{
    (void)state;
    gx_article *art = fixture_run("美国证券交易委员会(SEC)对星岩(Star Rock Holdings)(NYSE:SRKH)提交的备案存在质疑。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "星岩");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "SRKH");
    assert_string_equal(e->ticker.exchange, "NYSE");
    assert_null(fixture_company(art, "对星岩"));
    gx_article_free(art);
}

/* Before a code a name reads on over the business words that end a name's look-back (投资, 管理,
 * 控股 …), as a legal name does: 星海能源投资管理(08888-HK), not 管理. */
static void test_business_words_inside_names_before_codes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【财华社讯】星海能源投资管理(08888-HK)公布，回购38.2万股。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "星海能源投资管理");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "08888");
    gx_article_free(art);
}

/* A Chinese name only its suffix supports, glossed by a firm's Latin name in brackets, is that
 * firm: one entity with both names (星辰资本(Starry Capital Partners)). */
static void test_glossed_suffix_names(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Starry Capital Partners", GX_ENT_COMPANY, 0.3f}};
    gx_article *art = fixture_run_tagged("据悉，包括星辰资本(Starry Capital Partners)、软银在内的现有投资者将参与本轮投资。", tags, 1);
    const gx_entity *a = fixture_company(art, "星辰资本"), *b = fixture_company(art, "Starry Capital Partners");
    assert_non_null(a);
    assert_ptr_equal(a, b);
    gx_article_free(art);
}

/* A gloss names the gazetteer's company before it, not a longer tagger reading over a quote mark
 * (”瑞银集团(UBS Group AG)): one entity. */
static void test_glosses_name_known_companies(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"\u201d瑞银集团", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("“经济增长正变得更可持续，”瑞银集团(UBS Group AG)驻新加坡经济学家表示。", tags, 1);
    const gx_entity *a = fixture_company(art, "瑞银集团"), *b = fixture_company(art, "UBS Group AG");
    assert_non_null(a);
    assert_ptr_equal(a, b);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_names_with_stop_characters),
        cmocka_unit_test(test_dash_codes_and_long_names),
        cmocka_unit_test(test_known_names_keep_their_edges),
        cmocka_unit_test(test_lists_opening_with_stop_characters),
        cmocka_unit_test(test_describers_cut_by_stop_words),
        cmocka_unit_test(test_spaces_before_codes),
        cmocka_unit_test(test_codes_after_glosses),
        cmocka_unit_test(test_business_words_inside_names_before_codes),
        cmocka_unit_test(test_glossed_suffix_names),
        cmocka_unit_test(test_glosses_name_known_companies),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
