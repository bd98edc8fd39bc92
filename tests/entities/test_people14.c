/* test_people14.c — people, eleventh session, third round (helper "people14", issue 3): firms the
 * tagger or a title rule read as people (吉恩镍业: a firm's word at the end; 股东|方基金: a fund cut
 * by a title; 方大九钢成功中标, 拉夏贝尔发布公告称: what only a company does), a columnist's persona
 * (风云君), a name that is also a word after a title (新闻发言人高峰就…), and a title held across 、 and
 * a describer (策略师、知名大空头Albert Edwards) or a country (行长、美国副国务卿的罗伯特·佐利克). Without the tagger
 * (its proposals given by hand where resolution judges them). */
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
#include "gx_lexicon.h"

/* 吉恩镍业 (a material and 业) and 某某药业 end in a firm's word: no one; 赵福君 stays. */
static void test_firm_endings(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"吉恩镍业", GX_ENT_PERSON, 0.45f}, {"赵福君", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("2003年9月，吉恩镍业在沪市A股市场上市。董事长赵福君表示满意。", tags, 2);
    assert_null(fixture_person(art, "吉恩镍业"));
    assert_non_null(fixture_person(art, "赵福君"));
    gx_article_free(art);
}

/* 退市股东方基金等三家公司: the title 股东 and the fund 东方基金 cut in two; the given part 基金 is a
 * firm's word, so no 方基金; 股东方文艺 still names the shareholder. */
static void test_fund_after_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("或成2018年第一退市股东方基金等三家公司定增损失谁承担", NULL, NULL);
    assert_null(fixture_person(art, "方基金"));
    gx_article_free(art);
    art = fixture_run("公司股东方文艺表示，将继续持有。", NULL, NULL);
    assert_true(fixture_holds(art, "方文艺", "股东"));
    gx_article_free(art);
}

/* What only a company does: 方大九钢成功中标 (four characters, no Chinese name's shape), 拉夏贝尔发布
 * 公告称 (any reading); 沈力军中标的 is a businessman's bid and stays a person. */
static void test_company_acts(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"方大九钢", GX_ENT_PERSON, 0.4f}};
    gx_article *art = fixture_run_tagged("方大九钢成功中标祁婺高速公路项目钢材供应权。", tags, 1);
    assert_null(fixture_person(art, "方大九钢"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"夏贝尔", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("8月6日晚间，拉夏贝尔发布公告称，近日接到控股股东通知。", tags2, 1);
    assert_null(fixture_person(art, "夏贝尔"));
    gx_article_free(art);
    const fixture_tag tags3[] = {{"沈力军", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("沈力军中标的这家国有银行的一名工作人员解释了原因。", tags3, 1);
    assert_non_null(fixture_person(art, "沈力军"));
    gx_article_free(art);
}

/* 风云君就想着… and 基金君发现: a column's narrator, no one; 记者区君君 (a title before it) stays. */
static void test_personas(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"风云君", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("近期房地产板块火热，风云君就想着看看借壳上市的房地产企业。", tags, 1);
    assert_null(fixture_person(art, "风云君"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"区君君", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("新快报记者区君君文/图", tags2, 1);
    assert_non_null(fixture_person(art, "区君君"));
    gx_article_free(art);
}

/* 新闻发言人高峰就…作出了回应: 高峰 (a peak) is a name between a title and a verb of speech; 分析师周一表示
 * (Monday) and 董事长方面表示 (the chairman's side) name no one; 高峰期 after a title is no name. */
static void test_word_names_after_titles(void **state)
{
    (void)state;
    gx_article *art = fixture_run("商务部新闻发言人高峰就听证会一事作出了回应。", NULL, NULL);
    assert_true(fixture_holds(art, "高峰", "新闻发言人"));
    gx_article_free(art);
    art = fixture_run("国际金融协会分析师周一表示，投资者已开始撤退。公司董事长方面表示满意。", NULL, NULL);
    assert_null(fixture_person(art, "周一"));
    assert_null(fixture_person(art, "方面"));
    gx_article_free(art);
    art = fixture_run("这位分析师高峰期间很忙。", NULL, NULL);
    assert_null(fixture_person(art, "高峰"));
    gx_article_free(art);
}

/* 策略师、知名大空头Albert Edwards上周四发布: the describer (…头) and the title are the same person's;
 * 院长、国际开拓者王飞跃教授 too; 董事长、独立董事王明 is the chain's (each title its own); no
 * describer noun before the name (主席、今天王明) gives nothing. */
static void test_describer_holders(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"Albert Edwards", GX_ENT_PERSON, 0.9f}, {"王飞跃", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("法国兴业银行策略师、知名大空头Albert Edwards上周四发布了报告。", tags, 1);
    assert_true(fixture_holds(art, "Albert Edwards", "策略师"));
    gx_article_free(art);
    art = fixture_run_tagged("青岛智能院院长、人工智能领域国际开拓者王飞跃教授亲任首席科学家。", tags + 1, 1);
    assert_true(fixture_holds(art, "王飞跃", "院长"));
    gx_article_free(art);
    art = fixture_run("他曾任协会主席、今天王明表示反对。", NULL, NULL);
    assert_false(fixture_holds(art, "王明", "主席"));
    gx_article_free(art);
}

/* 曾任世界银行行长、美国副国务卿的罗伯特·佐利克: a country between two chained titles is the owner of
 * the second, so the first is his too. */
static void test_chain_across_country(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"罗伯特·佐利克", GX_ENT_PERSON, 0.84f}};
    gx_article *art = fixture_run_tagged("曾任世界银行行长、美国副国务卿的罗伯特·佐利克在《金融时报》上撰文认为。", tags, 1);
    assert_true(fixture_holds(art, "罗伯特·佐利克", "行长"));
    assert_true(fixture_holds(art, "罗伯特·佐利克", "美国副国务卿")); /* people18: the country is the title's */
    gx_article_free(art);
}

/* The headline repeated as the lead's first words and the reporter's name glued after it: a person
 * and the author (孙卓|本周一: 本周 is a time word a name ends before). A title repeated and a word
 * after it (特朗普爱拿美股说事…|不过) names no one. */
static void test_headline_byline(void **state)
{
    (void)state;
    const char *text = "特朗普爱拿美股说事，白宫紧急回应暴跌不能怪他\n\n"
                       "特朗普爱拿美股说事，白宫紧急回应暴跌不能怪他孙卓本周一本应是美国总统特朗普宣传税改的一天。";
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    art->title_span = (gx_span){0, 22};
    *GX_VEC_PUSH(art->arena, art->paragraphs) = (gx_span){0, 22};
    *GX_VEC_PUSH(art->arena, art->paragraphs) = (gx_span){24, art->ncp};
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    assert_non_null(fixture_person(art, "孙卓"));
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "孙卓");
    gx_article_free(art);
    /* 记者孙卓本周一: the title rule reads the two characters */
    art = fixture_run("记者孙卓本周一本应是美国总统特朗普宣传税改的一天。", NULL, NULL);
    assert_true(fixture_holds(art, "孙卓", "记者"));
    gx_article_free(art);
}

/* 特朗普的好友瑞维拉(Geraldo Rivera): one run of transliteration characters for the gloss's last name,
 * after 的 or a noun for a kind of person; 公司的摩根士丹利 with no gloss, or a two-character run, names
 * no one. */
static void test_glossed_surname(void **state)
{
    (void)state;
    gx_article *art = fixture_run("福克斯新闻台的知名主播、特朗普的好友瑞维拉(Geraldo Rivera)也表示，要讨论其他因素。", NULL, NULL);
    assert_non_null(fixture_person(art, "瑞维拉"));
    gx_article_free(art);
    art = fixture_run("特朗普的好友瑞维拉也表示，要讨论其他因素。他的好友卡尼(Mark Carney)也表示。", NULL, NULL);
    assert_null(fixture_person(art, "瑞维拉"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_firm_endings),
        cmocka_unit_test(test_fund_after_title),
        cmocka_unit_test(test_company_acts),
        cmocka_unit_test(test_personas),
        cmocka_unit_test(test_word_names_after_titles),
        cmocka_unit_test(test_describer_holders),
        cmocka_unit_test(test_chain_across_country),
        cmocka_unit_test(test_headline_byline),
        cmocka_unit_test(test_glossed_surname),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
