/* test_compfp2.c — company precision and government bodies, eleventh session (helper
 * "compfp2"): a list that holds an abstract noun is no list of firms (gx_entity_rules_context.c),
 * a listed short name that is an ordinary phrase needs support (common_word_names.tsv) such as
 * a row of stock moves (gx_resolve_context.c), a person and a verb are cut off a firm's name
 * (gx_resolve.c repair), an office after a government body belongs to it, 联邦 opens a
 * federation's body and regions named together are no one government (gx_entity_rules_gov.c).
 * The tagger is left out (fixture_run) unless its proposals are given by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_entity_util.h"
#include "gx_lexicon.h"

static const gx_entity *government(gx_article *art, const char *name)
{
    return fixture_find(art, name, GX_ENT_GOVERNMENT);
}

/* 电子商务、数字化和实体等平台: 数字化 is an abstract noun, so the list is one of things; a list of
 * names before the same noun still gives companies. */
static void test_list_of_things(void **state)
{
    (void)state;
    gx_article *art = fixture_run("随着更多城市的扩张，以及在电子商务、数字化和实体等平台的发展，中国市场取得了增长。", NULL, NULL);
    assert_null(fixture_company(art, "电子商务"));
    assert_null(fixture_company(art, "数字化"));
    assert_null(fixture_company(art, "实体"));
    gx_article_free(art);
    art = fixture_run("投资方包括红杉资本、高瓴资本、云锋基金等机构。", NULL, NULL);
    assert_non_null(fixture_company(art, "红杉资本"));
    assert_non_null(fixture_company(art, "高瓴资本"));
    gx_article_free(art);
}

/* 好未来 inside 看好未来5年 is a phrase; in a row of US-listed stock moves, or before its code, it
 * is the company. */
static void test_phrase_name_needs_support(void **state)
{
    (void)state;
    gx_article *art = fixture_run("那么买入的原因是看好未来5年的增长水平，设定的卖出时点是增速向下的拐点出现。", NULL, NULL);
    assert_null(fixture_company(art, "好未来"));
    gx_article_free(art);
    art = fixture_run_undated("周五中概股涨跌不一，百度跌0.15%，好未来跌3.70%，中通快递跌2.0%。");
    const gx_entity *e = fixture_company(art, "好未来");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "TAL");
    gx_article_free(art);
    /* a stock code in brackets right after it supports it too, that mention included */
    art = fixture_run("好未来(TAL.US)发布财报，好未来营收增长。", NULL, NULL);
    e = fixture_company(art, "好未来");
    assert_non_null(e);
    assert_int_equal(e->mentions.n, 2);
    gx_article_free(art);
}

/* 巴菲特投资|运通公司: the investor and the verb are no part of the firm's name the tagger reads;
 * nor is the manager after it (云溪基金|阳勇). */
static void test_person_verb_before_firm(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"巴菲特投资运通公司", GX_ENT_COMPANY, 0.8f}, {"巴菲特", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("巴菲特投资运通公司的决定，是跟高管打高尔夫球时作出的。", tags, 2);
    assert_null(fixture_company(art, "巴菲特投资运通公司"));
    assert_non_null(fixture_company(art, "运通公司"));
    gx_article_free(art);
    /* a manager the article names after the firm word (云溪基金|阳勇管理的) */
    const fixture_tag tags2[] = {{"云溪基金阳勇", GX_ENT_COMPANY, 0.8f}, {"阳勇", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("私募经理阳勇表示看好白酒。收益翻番的还有云溪基金阳勇管理的产品。", tags2, 2);
    assert_null(fixture_company(art, "云溪基金阳勇"));
    assert_non_null(fixture_company(art, "云溪基金"));
    gx_article_free(art);
}

/* 国务院新闻办公室, 财政部办公厅: an office after a body is a body of its own; not a palace's
 * room (白宫椭圆形办公室). */
static void test_office_of_a_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("12月13日23时，国务院新闻办公室举行新闻发布会。", NULL, NULL);
    assert_non_null(government(art, "国务院新闻办公室"));
    assert_null(government(art, "国务院"));
    gx_article_free(art);
    art = fixture_run("财政部办公厅发布通知。", NULL, NULL);
    assert_non_null(government(art, "财政部办公厅"));
    gx_article_free(art);
    art = fixture_run("特朗普在白宫椭圆形办公室会见了来访者。", NULL, NULL);
    assert_null(government(art, "白宫椭圆形办公室"));
    gx_article_free(art);
}

/* 联邦众议院, 美国联邦众议院: "federal" is part of the body's name; 江浙政府 are two provinces'
 * governments, no one body; the Kremlin is a state body. */
static void test_federal_regional_and_kremlin(void **state)
{
    (void)state;
    gx_article *art = fixture_run("联邦众议院议长瑞安称，双方在预算协议方面虽有进展。", NULL, NULL);
    assert_non_null(government(art, "联邦众议院"));
    gx_article_free(art);
    art = fixture_run("美国联邦众议院通过了法案。", NULL, NULL);
    assert_non_null(government(art, "美国联邦众议院"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"江浙政府", GX_ENT_GOVERNMENT, 0.73f}};
    art = fixture_run_tagged("依托于江浙政府对于私募的政策扶持，私募云集。", tags, 1);
    assert_null(government(art, "江浙政府"));
    gx_article_free(art);
    art = fixture_run("克里姆林宫发言人佩斯科夫表示，这个名单可能会损害俄罗斯公司。", NULL, NULL);
    assert_non_null(government(art, "克里姆林宫"));
    gx_article_free(art);
}

/* 花旗研究|美国证券|首席策略师: a place and a business word between a firm and a title is the
 * firm's desk; ETF基金AIEQ is a fund product, 对冲基金Elliott a firm. */
static void test_desks_and_products(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"美国证券", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("关于美股走势，花旗研究美国证券首席策略师托比亚斯·列夫科维奇认为，美股估值较高。", tags, 1);
    assert_null(fixture_company(art, "美国证券"));
    gx_article_free(art);
    art = fixture_run("全球第一只机器人选股的ETF基金AIEQ，于今年10月18日上市。", NULL, NULL);
    assert_null(fixture_company(art, "AIEQ"));
    gx_article_free(art);
    art = fixture_run("激进投资者对冲基金Elliott再次出手，买入了该公司股份。", NULL, NULL);
    assert_non_null(fixture_company(art, "Elliott"));
    gx_article_free(art);
}

/* 美国农业局|联合会 is an association; 全球最宽松的央行 describes a central bank without naming one;
 * 央行 alone is still China's. */
static void test_associations_and_described_banks(void **state)
{
    (void)state;
    gx_article *art = fixture_run("特朗普在纳什维尔市的美国农业局联合会大会上表示，协定很重要。", NULL, NULL);
    assert_null(government(art, "美国农业局"));
    gx_article_free(art);
    art = fixture_run("别惊讶！全球最宽松的央行如今已经在偷偷缩表。", NULL, NULL);
    assert_null(government(art, "央行"));
    gx_article_free(art);
    art = fixture_run("央行今日开展逆回购操作，投放流动性。", NULL, NULL);
    assert_non_null(government(art, "央行"));
    gx_article_free(art);
}

/* 中国网|财经8月27日讯: a company the tagger reads inside the byline's outlet is the outlet. */
static void test_company_inside_outlet(void **state)
{
    (void)state;
    static const char text[] = "中国网财经8月27日讯 今日下午，ST威龙发布2020年半年度报告。";
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    art->outlet = "中国网财经";
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_add_candidate(art, (gx_span){0, 3}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.8f, NULL, -1);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    assert_null(fixture_company(art, "中国网"));
    assert_non_null(fixture_find(art, "中国网财经", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_of_things),
        cmocka_unit_test(test_phrase_name_needs_support),
        cmocka_unit_test(test_person_verb_before_firm),
        cmocka_unit_test(test_office_of_a_body),
        cmocka_unit_test(test_federal_regional_and_kremlin),
        cmocka_unit_test(test_desks_and_products),
        cmocka_unit_test(test_company_inside_outlet),
        cmocka_unit_test(test_associations_and_described_banks),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
