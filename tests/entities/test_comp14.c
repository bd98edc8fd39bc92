/* test_comp14.c — the parties of share deals (eleventh session, helper "comp14",
 * gx_entity_rules_deals.c): the holder of a stake that changes hands, the seller or buyer that
 * opens its clause, a row of stakes, a counted list of subscribers and a list of partners
 * before a verb of agreement; a legal name opening at a city that ends in a stop word
 * (gx_entity_rules_suffix.c); a repeated name read once with the next word glued
 * (gx_resolve_shape.c); a country before a Latin name (法国|Kidolia集团); an ordinal before a title
 * (第一任|基金经理: gx_people_titles.c). The sentences are written for the tests. */
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

/* 受让|X|持有的…股权, 获得|X和Y各自持有的…股权; a person or a holder word there is none */
static void test_stake_holder(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("2015年，某集团斥资100亿元受让海丰投资持有的长江证券12.62%股权。"
                    "后又竞拍获得珠江金控和大横岭投资各自持有的横琴交易中心15%和8%股权。",
                    NULL, NULL);
    assert_non_null(fixture_find(art, "海丰投资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "珠江金控", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "大横岭投资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司拟收购控股股东持有的某某科技51%股权，并收购交易对方持有的10%"
                      "股权，受让标的公司持有的5%股权。",
                      NULL, NULL);
    assert_null(fixture_find(art, "控股股东", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "标的公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "交易对方", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* ，X转让所持…, ，X以每股N元的价格受让… */
static void test_clause_party(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "4月，亿丰国际转让所持万科A1930.4万股股份，贤达矿业以每股7.1元的价格受让4547.2万股。", NULL,
        NULL);
    assert_non_null(fixture_find(art, "亿丰国际", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "贤达矿业", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a price without a buy is no frame */
    art = fixture_run("当时，新城铜业以每股7元计算市值较低。", NULL, NULL);
    assert_null(fixture_find(art, "新城铜业", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 万科持股30%，X持股51%: a row of stakes with a sure company; without one, nothing */
static void test_stake_row(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("合资公司中，中国石化持股30%，香港尚丰持股51%，深圳创达持股19%。", NULL, NULL);
    assert_non_null(fixture_find(art, "香港尚丰", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "深圳创达", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("合资公司中，香港尚丰持股51%，深圳创达持股19%。", NULL, NULL);
    assert_null(fixture_find(art, "香港尚丰", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 向A（…）、B、C共计3名特定投资者: as many items as the count; persons stay out */
static void test_subscriber_list(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "公司拟向贤城矿业（贤达矿业的全资子公司）、大丰创新、瑞渠投资共计3名特定投资者发行股份。",
        NULL, NULL);
    assert_non_null(fixture_find(art, "贤城矿业", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "大丰创新", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "瑞渠投资", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a count that does not match the items: nothing */
    art = fixture_run("公司拟向大丰创新、瑞渠投资共计3名特定投资者发行股份。", NULL, NULL);
    assert_null(fixture_find(art, "瑞渠投资", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 与K、L、Y签署: a list with a sure company before a verb of agreement */
static void test_partner_list(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("12月25日，公司与中国石化、万科A、兴远钾肥签署《合作协议》。", NULL, NULL);
    assert_non_null(fixture_find(art, "兴远钾肥", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a list closed by 等 and a noun ends at 等 */
    art = fixture_run("矿场已经与中国石化、万科A、高远德等品牌达成广告合作。", NULL, NULL);
    assert_null(fixture_find(art, "高远德等品牌", -1));
    gx_article_free(art);
    art = fixture_run("12月25日，公司与甲方单位、兴远钾肥签署《合作协议》。", NULL, NULL);
    assert_null(fixture_find(art, "兴远钾肥", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 一致行动人|X|分别持有, 卖方|X|与买方, 全资附属|X|直接拥有; what a holder does is no name */
static void test_role_party(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "新理益集团及其一致行动人华安人寿分别持有长江证券12.72%和4.28%的股份。"
        "卖方联合光伏常州与买方某基金订立协议，由公司全资附属联合光伏深圳直接拥有5.56%权益。",
        NULL, NULL);
    assert_non_null(fixture_find(art, "华安人寿", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "联合光伏常州", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "联合光伏深圳", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司大股东尚未增持公司股份，控股股东变为贤达矿业。", NULL, NULL);
    assert_int_equal(art->entities.n, 0);
    gx_article_free(art);
}

/* K与Y定增: the counterpart of a sure company in a deal; a phrase with a verb inside is none */
static void test_deal_counterpart(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("中国石化与杨行铜业定增购买资产的重组谈判过程中出现内幕交易。", NULL, NULL);
    assert_non_null(fixture_find(art, "杨行铜业", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("中国石化与合营公司订立股权转让协议。", NULL, NULL);
    assert_null(fixture_find(art, "合营公司订立", -1));
    gx_article_free(art);
}

/* a legal name opens at its city even where the city's last character is a stop word (成都: 都) */
static void test_city_with_stop_char(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "公司与某地产集团的控股子公司成都浦源商贸有限责任公司签署了供货协议。", NULL, NULL);
    assert_non_null(fixture_find(art, "成都浦源商贸有限责任公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "浦源商贸有限责任公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a name the tagger reads twice elsewhere, read once with the next word glued (…基金|行使): no
 * company; a longer name ending in a company word (…|资产管理公司) stays */
static void test_repeated_name_and_glue(void **state)
{
    (void)state;
    /* 张港市招远基金 at 3 and 13, the glued reading at 24..32, 江河证券资产管理公司 at 39..49 */
    static const char text[] =
        "甲方与张港市招远基金签约。张港市招远基金将付款。张港市招远基金行使认沽期权后，"
        "江河证券资产管理公司回购股权。江河银行、江河银行和江河银行湖北省分行放款。";
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_add_candidate(art, (gx_span){3, 10}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_add_candidate(art, (gx_span){13, 20}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_add_candidate(art, (gx_span){24, 32}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.5f, NULL, -1);
    gx_add_candidate(art, (gx_span){39, 43}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_add_candidate(art, (gx_span){54, 58}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_add_candidate(art, (gx_span){59, 63}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_add_candidate(art, (gx_span){64, 73}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_add_candidate(art, (gx_span){39, 49}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.6f, NULL, -1);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    assert_non_null(fixture_find(art, "张港市招远基金", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "张港市招远基金行", -1));
    assert_non_null(fixture_find(art, "江河证券资产管理公司", GX_ENT_COMPANY));
    assert_non_null(
        fixture_find(art, "江河银行湖北省分行", -1)); /* (a region opens what follows) */
    gx_article_free(art);
}

/* a country before a Latin name and its company word is where the company is: 法国|Kidolia集团,
 * even where the tagger reads the country with it */
static void test_country_before_latin_name(void **state)
{
    (void)state;
    static const char text[] = "森马服饰以现金收购法国Kidolia集团全部资产。";
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_add_candidate(art, (gx_span){9, 20}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.4f, NULL, -1);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    assert_non_null(fixture_find(art, "Kidolia集团", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "法国Kidolia集团", -1));
    gx_article_free(art);
}

/* an ordinal before a title is no organization (第一任|基金经理); a firm there is */
static void test_ordinal_before_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这只基金的第一任基金经理为侯清濯。", NULL, NULL);
    assert_null(fixture_find(art, "第一任", -1));
    gx_article_free(art);
}

/* 持股N%股东X、Y拟…: the shareholders a stake introduces; a person stays a person, 以上股东 none */
static void test_stake_shareholders(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "英飞特晚间公告，合计持股15.61%股东嘉睿泰信、尚志源投资拟6个月内合计减持。", NULL, NULL);
    assert_non_null(fixture_find(art, "嘉睿泰信", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "尚志源投资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("持股5%以上股东拟减持。持股5%的股东王小明拟减持。", NULL, NULL);
    assert_null(fixture_find(art, "王小明", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 向X(旗下公司)收购…股权|权益: the seller; without a stake (理财产品) nothing */
static void test_seller(void **state)
{
    (void)state;
    gx_article *art = fixture_run("某地产以2.65亿港元向十五集团旗下公司收购某建业集团45.76%的权益。"
                                  "东方日升通过下属全资公司向盾安光能收购聚光硅业100%股权。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "十五集团", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "盾安光能", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司向多家银行购买理财产品。", NULL, NULL);
    assert_int_equal(art->entities.n, 0);
    gx_article_free(art);
}

/* 获得K、Y战略投资: the other investors of a list with a sure company; without one nothing */
static void test_investor_list(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("2016年获得中国石化、北京龙泉源战略投资，2018年获得认证。", NULL, NULL);
    assert_non_null(fixture_find(art, "北京龙泉源", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("2016年获得当地政府、北京龙泉源战略投资。", NULL, NULL);
    assert_null(fixture_find(art, "北京龙泉源", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stake_holder),
        cmocka_unit_test(test_clause_party),
        cmocka_unit_test(test_stake_row),
        cmocka_unit_test(test_subscriber_list),
        cmocka_unit_test(test_partner_list),
        cmocka_unit_test(test_role_party),
        cmocka_unit_test(test_deal_counterpart),
        cmocka_unit_test(test_city_with_stop_char),
        cmocka_unit_test(test_repeated_name_and_glue),
        cmocka_unit_test(test_country_before_latin_name),
        cmocka_unit_test(test_ordinal_before_title),
        cmocka_unit_test(test_stake_shareholders),
        cmocka_unit_test(test_seller),
        cmocka_unit_test(test_investor_list),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
