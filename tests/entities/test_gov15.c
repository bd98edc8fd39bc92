/* test_gov15.c — government bodies, fifteenth session (helper "gov15", issue 3;
 * docs/government.md): a province written before a city's body (四川省成都市中级人民法院), a city's
 * land reserve centre (江山市土地储备中心), a city's people's congress with its session (北京市第十五届
 * 人民代表大会), a unit that opens an institution's word (俄罗斯奥委|会), the gazetteer's CSRC review committees, former
 * foreign-trade ministry, State Information Center and customs (发审委, 外经贸部, 国家信息中心, 海关),
 * a country's ministry named by two tasks joined with 和 (印度电子和信息技术部, gx_er_joined_ministry_rule),
 * a tagger's name joined with 和 over its first body (美国海关和边境保护局) and a verb the tagger
 * glued to a bare 法院 or 政府 (故请求法院), 各 before a body of any length (各民主党派中央). The tagger's readings are given by hand where a case
 * needs one (entities_fixture.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* A province before the city or county is part of the body's name. */
static void test_province_before_city(void **state)
{
    (void)state;
    gx_article *art = fixture_run("其破产清算一案已被四川省成都市中级人民法院裁定受理。江苏省南京市公安局通报了案情。", NULL, NULL);
    assert_true(fixture_has_mention(art, "四川省成都市中级人民法院", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "江苏省南京市公安局", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "成都市中级人民法院", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A place's people's congress with its session, before the meeting's number; a unit that opens an
 * institution's word is none (俄罗斯奥委|会). */
static void test_congress_and_institution(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者24日从北京市第十五届人民代表大会第一次会议上获悉。俄罗斯奥委会23日说。", NULL, NULL);
    assert_true(fixture_has_mention(art, "北京市第十五届人民代表大会", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "俄罗斯奥委", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 各 before a body of any length names a kind: the bodies of many, no one of them. */
static void test_each_before_body(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"民主党派中央", GX_ENT_GOVERNMENT, 0.6f}};
    gx_article *art = fixture_run_tagged("听取各民主党派中央、全国工商联负责人的意见。", tags, 1);
    assert_false(fixture_has_mention(art, "民主党派中央", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A country, two tasks joined with 和/与 and a ministry's or commission's word are that country's
 * body; not two bodies, not a place's parts. */
static void test_joined_ministry(void **state)
{
    (void)state;
    gx_article *art = fixture_run("当地时间6月29日晚，印度电子和信息技术部发布公告。美国卫生与公众服务部表示。"
                                  "发行由墨西哥国家银行和证券委员会批准。",
                                  NULL, NULL);
    assert_true(fixture_has_mention(art, "印度电子和信息技术部", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "美国卫生与公众服务部", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "墨西哥国家银行和证券委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("美国财政部和商务部发布通知。河南西部和南部有雨。", NULL, NULL);
    assert_false(fixture_has_mention(art, "美国财政部和商务部", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "河南西部和南部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A city's land reserve centre is its body, also before a verb of paying (拨付). */
static void test_land_reserve_centre(void **state)
{
    (void)state;
    gx_article *art = fixture_run("2020年9月15日，公司收到江山市土地储备中心拨付的补偿款。", NULL, NULL);
    assert_true(fixture_has_mention(art, "江山市土地储备中心", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* Short names of state bodies the gazetteer knows. */
static void test_gazetteer_short_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本周将是发审委忙碌的一周。方案遭到并购重组委否决。公司业务详见外经贸部批文。"
                                  "作者系中国国家信息中心首席经济学家。去年海关立案侦办走私案件3260起。",
                                  NULL, NULL);
    assert_true(fixture_has_mention(art, "发审委", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "并购重组委", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "外经贸部", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "中国国家信息中心", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "海关", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* The tagger's whole name joined with 和 beats the gazetteer's first body (and the country's
 * reading of it); two bodies joined stay two. */
static void test_joined_name(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"美国海关和边境保护局", GX_ENT_GOVERNMENT, 0.6f}};
    gx_article *art = fixture_run_tagged("特朗普对美国海关和边境保护局的官员称。", tags, 1);
    assert_true(fixture_has_mention(art, "美国海关和边境保护局", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "美国海关", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    static const fixture_tag two[] = {{"财政部和商务部", GX_ENT_GOVERNMENT, 0.6f}};
    art = fixture_run_tagged("财政部和商务部发布通知。", two, 1);
    assert_true(fixture_has_mention(art, "财政部", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "商务部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A verb glued to a bare 法院 or 政府 is no body; a place before it is. */
static void test_verb_before_bare_unit(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"故请求法院", GX_ENT_GOVERNMENT, 0.6f}, {"经营管理政府", GX_ENT_GOVERNMENT, 0.6f}};
    gx_article *art = fixture_run_tagged("故请求法院裁定批准重整计划。经营管理政府授权范围内的国有资产。", tags, 2);
    assert_false(fixture_has_mention(art, "故请求法院", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "经营管理政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    static const fixture_tag us[] = {{"美国政府", GX_ENT_GOVERNMENT, 0.6f}, {"监管委员会", GX_ENT_GOVERNMENT, 0.6f}};
    art = fixture_run_tagged("美国政府表示。包括众议院情报委员会、监管委员会。", us, 2);
    assert_true(fixture_has_mention(art, "美国政府", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "监管委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_congress_and_institution),
        cmocka_unit_test(test_each_before_body),
        cmocka_unit_test(test_gazetteer_short_names),
        cmocka_unit_test(test_joined_name),
        cmocka_unit_test(test_joined_ministry),
        cmocka_unit_test(test_land_reserve_centre),
        cmocka_unit_test(test_province_before_city),
        cmocka_unit_test(test_verb_before_bare_unit),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
