/* test_comp23.c — company names of the sixteenth session's second company round (helper
 * "comp23"): a legal name with its place in brackets before a business scope
 * (土木金华(武汉)信息科技有限公司: gx_entity_rules_suffix.c), 叫/名叫/举报 before a name (cues.tsv
 * left_stop), a short gazetteer name read across two words (交易日|立即: gx_resolve.c), a Latin
 * product after a company noun (5G-V2X, VeTalk车间通信系统: gx_entity_rules_latin.c, cues.tsv
 * product_noun), a Latin name and a bare 公司 read as one by the tagger (GOQii公司: gx_resolve.c)
 * the company bought after 对…的收购 (夏尔: gx_entity_rules_deals.c) and 合作中|信托 (gx_cand_shape.c). */
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

/* X(place)Y有限公司: the scope after the bracket belongs to the name */
static void test_bracketed_place_before_scope(void **state)
{
    (void)state;
    gx_article *art = fixture_run("易齐盈（重庆）电子商务有限公司成立于2015年。公司与中凯拓富（北京）金融信息服务有限公司签约。", NULL, NULL);
    assert_non_null(fixture_find(art, "易齐盈（重庆）电子商务有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "中凯拓富（北京）金融信息服务有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "电子商务有限公司", -1));
    assert_null(fixture_find(art, "金融信息服务有限公司", -1));
    gx_article_free(art);
}

/* ... not with a long unsure run before the bracket (人脉|土木金华 read whole) */
static void test_bracketed_name_needs_an_edge(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他在建自己的人脉土木金华（武汉）信息科技有限公司。", NULL, NULL);
    assert_null(fixture_find(art, "人脉土木金华（武汉）信息科技有限公司", -1));
    gx_article_free(art);
}

/* 叫, 举报 before a name: stop words */
static void test_name_after_jiao(void **state)
{
    (void)state;
    gx_article *art = fixture_run("一家叫深圳国泓拍卖有限公司的公司。用户举报酷骑(北京)科技有限公司。", NULL, NULL);
    assert_non_null(fixture_find(art, "深圳国泓拍卖有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "叫深圳国泓拍卖有限公司", -1));
    assert_non_null(fixture_find(art, "酷骑(北京)科技有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a two-character name glued before and followed by a function character glued on: across words */
static void test_name_across_words(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"春节", 4, 0.5f}};
    gx_article *art = fixture_run_tagged("融资一般在春节后的首个交易日立即开始。", tags, 1);
    assert_null(fixture_find(art, "日立", -1));
    gx_article_free(art);
    /* (the name written elsewhere keeps it) */
    art = fixture_run_tagged("日立宣布裁员。消息在交易日立即传开。", tags, 1);
    assert_non_null(fixture_find(art, "日立", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 中 of 在…中 glued to the word before it and a bare business word: no name */
static void test_zhong_and_business_word(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"中信托", 0, 0.6f}};
    gx_article *art = fixture_run_tagged("融钰集团前十大股东中信托计划就多达9家。银信合作中信托为银行担当通道。", tags, 1);
    assert_null(fixture_find(art, "中信托", -1));
    gx_article_free(art);
}

/* a Latin product after a company noun is no company */
static void test_latin_product(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司中标“2020年中国移动物联网公司5G-V2X车载单元OBU自主研发项目”。依托于公司VeTalk车间通信系统。", NULL, NULL);
    assert_null(fixture_find(art, "5G-V2X", -1));
    assert_null(fixture_find(art, "VeTalk", -1));
    gx_article_free(art);
}

/* the tagger's Latin name + 公司 is the name alone where a rule reads it */
static void test_latin_name_and_gongsi(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"GOQii公司", 0, 0.85f}};
    gx_article *art = fixture_run_tagged("印度品牌GOQii完成融资。这也是GOQii公司在2019年的第一笔外部融资交易。", tags, 1);
    assert_non_null(fixture_find(art, "GOQii", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "GOQii公司", -1));
    gx_article_free(art);
}

/* the company bought: 对X…的收购 */
static void test_acquired_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"夏尔", 1, 0.6f}};
    gx_article *art = fixture_run_tagged("2019年1月，日本最大制药企业武田宣布完成对夏尔620亿美元的收购。公司完成对其的收购。", tags, 1);
    assert_non_null(fixture_find(art, "夏尔", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "夏尔", GX_ENT_PERSON));
    assert_null(fixture_find(art, "其", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_acquired_company),
        cmocka_unit_test(test_bracketed_name_needs_an_edge),
        cmocka_unit_test(test_bracketed_place_before_scope),
        cmocka_unit_test(test_latin_name_and_gongsi),
        cmocka_unit_test(test_latin_product),
        cmocka_unit_test(test_name_across_words),
        cmocka_unit_test(test_name_after_jiao),
        cmocka_unit_test(test_zhong_and_business_word),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
