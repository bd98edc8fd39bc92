/* test_comp16.c — companies, wrong and missing, on fresh text (thirteenth session, helper
 * "comp16"): a Latin product named before what it is (Windows底层), a list closed by 等 and a
 * joiner before a word for firms (定价等|和券商), one character glued before a company named
 * elsewhere (因|铁牛集团), the parties of a tender before a legal name (采购代理机构|…有限公司), a
 * name opening inside its region (遵|义市…), an award's superlative (最佳证券分析师), a firm cut
 * inside 部门 (国通证券部|门), a word that adds (股加上|银行), an industry before 等多个行业, an alias of an act (“本次回购股份”), a party's role (与|贷款人|签署), a region before a listed name (陕西|华泽 beside ST华泽). The sentences
 * are written for the tests. */
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

/* a capitalised word written before 底层, 平台, 网络 is a product, however sure the tagger */
static void test_latin_product(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"Windows", GX_ENT_COMPANY, 0.68f}, {"Daydream", GX_ENT_COMPANY, 0.44f},
                          {"BitcoinFile", GX_ENT_COMPANY, 0.68f}};
    gx_article *art = fixture_run_tagged(
        "微软也在Windows底层支持AR和VR。Google通过Daydream平台定义了标准，三星也将搭载Daydream。"
        "该公司为BitcoinFile网络提供全节点支持。",
        tags, 3);
    assert_non_null(fixture_company(art, "微软"));
    assert_null(fixture_company(art, "Windows"));
    assert_null(fixture_company(art, "Daydream"));
    assert_null(fixture_company(art, "BitcoinFile"));
    gx_article_free(art);
}

/* 等 and a joiner before 券商: what the firms are compared on, no list of firms */
static void test_deng_joiner(void **state)
{
    (void)state;
    gx_article *art = fixture_run("比如信托在结构设计、资产遴选、定价等和券商没优势，发行周期长。", NULL, NULL);
    assert_null(fixture_company(art, "结构设计"));
    assert_null(fixture_company(art, "资产遴选"));
    assert_null(fixture_company(art, "定价"));
    gx_article_free(art);
}

/* one character glued before a company the article names without it */
static void test_glued_character(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"因铁牛集团", GX_ENT_COMPANY, 0.54f}, {"经铜化集团", GX_ENT_COMPANY, 0.45f}};
    gx_article *art = fixture_run_tagged("众泰汽车的控股股东为铁牛集团。通知显示，因铁牛集团总部已确认进入破产清算程序。"
                                         "铜化集团公告称，经铜化集团初步审核，意向投资方符合资格。",
                                         tags, 2);
    assert_non_null(fixture_company(art, "铁牛集团"));
    assert_null(fixture_company(art, "因铁牛集团"));
    assert_null(fixture_company(art, "经铜化集团"));
    gx_article_free(art);
}

/* the parties of a tender end a legal name's look-back; a name opening with one character and
 * 市 takes the character before it */
static void test_tender_parties(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"义市红花岗区国有资产投资经营有限责任公司", GX_ENT_COMPANY, 0.45f}};
    gx_article *art = fixture_run_tagged("公司收到招标人遵义市红花岗区国有资产投资经营有限责任公司及招标代理机构"
                                         "四川名建工程项目管理有限公司签发的《中标通知书》。",
                                         tags, 1);
    assert_non_null(fixture_company(art, "四川名建工程项目管理有限公司"));
    assert_null(fixture_company(art, "招标代理机构四川名建工程项目管理有限公司"));
    assert_non_null(fixture_company(art, "遵义市红花岗区国有资产投资经营有限责任公司"));
    assert_null(fixture_company(art, "义市红花岗区国有资产投资经营有限责任公司"));
    gx_article_free(art);
}

/* an award's superlative is no name body */
static void test_award_superlative(void **state)
{
    (void)state;
    gx_article *art = fixture_run("新浪财经2019“金麒麟”最佳证券分析师评选启动。", NULL, NULL);
    assert_null(fixture_company(art, "最佳证券"));
    gx_article_free(art);
}

/* a word that adds to what comes before ends a name's look-back (股加上|银行) */
static void test_adding_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run("回购价格为5.82元/股加上银行同期存款利息之和。", NULL, NULL);
    assert_null(fixture_company(art, "股加上银行"));
    gx_article_free(art);
}

/* an item of a list of industries with a count before the industry noun */
static void test_industry_count(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"交通", GX_ENT_COMPANY, 0.64f}};
    gx_article *art = fixture_run_tagged("该方案已在金融、交通、能源、通信等多个行业广泛应用。", tags, 1);
    assert_null(fixture_company(art, "交通"));
    gx_article_free(art);
}

/* an alias naming an act of the filing (本次回购股份) declares no company */
static void test_act_alias(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("公司拟以集中竞价交易方式回购公司部分人民币普通股A股股份(以下简称“本次回购股份”)。"
                                         "本次回购股份的价格不超过10元。",
                                         NULL, 0);
    assert_null(fixture_company(art, "人民币普通股A股股份"));
    assert_null(fixture_company(art, "本次回购股份"));
    gx_article_free(art);
}

/* a party named by its role is no firm's name */
static void test_role_party(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("公告称,公司全资子公司西宁新华联童梦乐园有限公司(以下简称“西宁童梦乐园”)与贷款人"
                                         "签署《银团贷款合同》,贷款人向西宁童梦乐园发放贷款。同时,西宁童梦乐园与贷款人签署"
                                         "《银团贷款抵押合同》。",
                                         NULL, 0);
    assert_null(fixture_company(art, "贷款人"));
    gx_article_free(art);
}

/* a firm's name cut inside 部门 by the tagger */
static void test_department_cut(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"国通证券部", GX_ENT_COMPANY, 0.56f}};
    gx_article *art = fixture_run_tagged("1999年，在担任国通证券部门经理的时候，他策划了联合收购。", tags, 1);
    assert_non_null(fixture_company(art, "国通证券"));
    assert_null(fixture_company(art, "国通证券部"));
    gx_article_free(art);
}

/* a region before a listed name the article marks by ST or its code */
static void test_regional_firm(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"陕西华泽", GX_ENT_LOCATION, 0.52f}};
    gx_article *art = fixture_run_tagged("*ST华泽公告称，星王集团与陕西华泽签订代付新材料项目建设款合同。", tags, 1);
    assert_non_null(fixture_company(art, "陕西华泽"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_latin_product),   cmocka_unit_test(test_deng_joiner),
        cmocka_unit_test(test_glued_character), cmocka_unit_test(test_tender_parties),
        cmocka_unit_test(test_award_superlative), cmocka_unit_test(test_department_cut),
        cmocka_unit_test(test_regional_firm),   cmocka_unit_test(test_adding_word),
        cmocka_unit_test(test_industry_count), cmocka_unit_test(test_act_alias),
        cmocka_unit_test(test_role_party),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
