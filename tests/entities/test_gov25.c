/* test_gov25.c — government bodies, twenty-second session (helper "gov25"): a place's 警方 after a
 * district the tagger read (绍兴越城警方), a region's body after 自治区 named alone (自治区金融局),
 * consumer councils are organizations (广东消委, 上海市消保委), 日军 (an army of history) is no body;
 * police accounts (@平安北京) and a place's 网警 (首都网警). */
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

/* A place the tagger read (a city and its district) right before 警方 is that place's police. */
static void test_district_police(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"绍兴越城", GX_ENT_LOCATION, 0.8f}, {"杭州余杭", GX_ENT_LOCATION, 0.8f}};
    gx_article *art = fixture_run_tagged("经过两个月的侦查，绍兴越城警方打掉一个诈骗团伙。杭州余杭警方发布通报。", tags, 2);
    assert_non_null(fixture_find(art, "绍兴越城警方", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "杭州余杭警方", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (警方 alone, or after no place, stays a kind) */
    art = fixture_run("当地警方已介入调查，警方表示。", NULL, NULL);
    assert_null(fixture_find(art, "当地警方", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "警方", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A city of the lexicon and an unlisted district of two characters before 警方 (深圳福田警方); not 当地/两地. */
static void test_city_district_police(void **state)
{
    (void)state;
    gx_article *art = fixture_run("深圳福田警方通报案件进展。", NULL, NULL);
    assert_non_null(fixture_find(art, "深圳福田警方", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("广州两地警方联合行动。", NULL, NULL);
    assert_null(fixture_find(art, "广州两地警方", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A police's microblog account named 平安 and its place, written as an account (@平安北京), is that place's
 * police, and so is a place's 网警 (the internet police: 杭州网警, 首都网警); not 平安 of a firm (@平安银行), nor
 * 平安北京 without @ (a campaign). */
static void test_police_accounts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("求给受害者主持公道@平安北京@首都网警@平安银行 杭州网警提醒：谨防诈骗。", NULL, NULL);
    assert_non_null(fixture_find(art, "平安北京", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "首都网警", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "杭州网警", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "平安银行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("建设平安北京，人人有责。", NULL, NULL);
    assert_null(fixture_find(art, "平安北京", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 自治区 named alone before a region's body (any written form of region_suffixes.tsv) is the region's body;
 * the region's own name (宁夏回族自治区) is read as before. */
static void test_autonomous_region_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("中心被自治区金融局评定为区内一级担保机构，又获自治区财政厅表彰。", NULL, NULL);
    assert_non_null(fixture_find(art, "自治区金融局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "自治区财政厅", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "金融局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("宁夏回族自治区金融局发布通知。", NULL, NULL);
    assert_null(fixture_find(art, "自治区金融局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* The tagger's consumer councils are organizations, as 消协 and 中消协 are. */
static void test_consumer_council(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"广东消委", GX_ENT_GOVERNMENT, 0.9f}, {"上海市消保委", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("广东消委发布报告。上海市消保委约谈企业。", tags, 2);
    assert_null(fixture_find(art, "广东消委", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "上海市消保委", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 日军 (the Japanese army of the last century's wars) is no state body, as 红军 is not. */
static void test_army_of_history(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"日军", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("90年前的今天日军在济南发动大规模突袭。", tags, 1);
    assert_null(fixture_find(art, "日军", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_district_police),
        cmocka_unit_test(test_city_district_police),
        cmocka_unit_test(test_police_accounts),
        cmocka_unit_test(test_autonomous_region_body),
        cmocka_unit_test(test_consumer_council),
        cmocka_unit_test(test_army_of_history),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
