/* test_comp15.c — companies named after a known one and name shapes of financial texts (twelfth
 * session, helper "comp15"): a known company's name and a line of business is another company
 * (人保|健康, gx_entity_rules_derived.c); a bracketed part of a name (东港建设(控股), 友邦(中国));
 * the parties of a plan named with dashes (manager-custodian-plan); a shell deal's verb before a
 * name (让壳|康华农业: cues.tsv left_stop); a numbered thing the tagger reads as a place (钜鑫3号,
 * gx_cand_shape.c); a pair of buyers before 拟以 (gx_entity_rules_deals.c); a listed company's
 * legal name with a word of its line (北京|华业资本|控股|股份有限公司, gx_resolve.c); a head
 * office's department (瑞信|总公司…管理部, gx_resolve_shape.c); the tagger's unsure reading cut
 * short of a company it reads surely elsewhere (gx_resolve.c). The sentences are written for the
 * tests. */
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

/* The company entity holding the name, or NULL. */
/* 人保|健康, 瑞信|财富, 乐视|汽车: the whole name, no ticker, apart from the parent */
static void test_business_line(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("去年人保健康和人保寿险的保费均有增长，中国人保表示将继续投入。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "人保健康");
    assert_non_null(e);
    assert_string_equal(e->name, "人保健康");
    assert_string_equal(e->ticker.code, "");
    assert_non_null(fixture_company(art, "人保寿险"));
    const gx_entity *p = fixture_company(art, "中国人保");
    assert_non_null(p);
    assert_ptr_not_equal(p, e);
    assert_string_equal(p->ticker.code, "601319");
    gx_article_free(art);
    art = fixture_run("瑞信财富的报告认为，乐视汽车获得了新一轮融资。", NULL, NULL);
    assert_non_null(fixture_company(art, "瑞信财富"));
    assert_non_null(fixture_company(art, "乐视汽车"));
    assert_null(fixture_company(art, "瑞信"));
    gx_article_free(art);
    /* a verb after the name (转让), and a line of business starting with a surname (商) */
    art = fixture_run("去年，乐视商业转让了文旅项目。", NULL, NULL);
    assert_non_null(fixture_company(art, "乐视商业"));
    gx_article_free(art);
}

/* the business word opens another word, or a verb acts: no company */
static void test_business_line_not(void **state)
{
    (void)state;
    /* 控股|股东, 投资|总监 (a title), 资产|质量, 财富|管理部 (a department) */
    gx_article *art = fixture_run(
        "瑞信控股股东未变。乐视投资总监表示。中国人保资产质量稳定。瑞信财富管理部认为。", NULL,
        NULL);
    assert_null(fixture_company(art, "瑞信控股"));
    assert_null(fixture_company(art, "乐视投资"));
    assert_null(fixture_company(art, "中国人保资产"));
    assert_null(fixture_company(art, "瑞信财富"));
    gx_article_free(art);
    /* a verb after its company: 投资的, 投资入股, and a name's last word repeated (…投资|投资) */
    art = fixture_run("乐视投资的项目亏损，瑞信投资入股多家公司，瑞信资本资本金充足。", NULL, NULL);
    assert_null(fixture_company(art, "乐视投资"));
    assert_null(fixture_company(art, "瑞信投资"));
    gx_article_free(art);
    /* a number and 号 after it: the company's product (瑞信财富|三号) */
    art = fixture_run("本月瑞信发行的产品“瑞信财富三号”四期成为亮点。", NULL, NULL);
    assert_null(fixture_company(art, "瑞信财富"));
    gx_article_free(art);
    /* a field before a profession is the profession's (商业分析师) */
    art = fixture_run("近日，乐视商业分析师李明加入新团队。", NULL, NULL);
    assert_null(fixture_company(art, "乐视商业"));
    gx_article_free(art);
    /* a fund's theme after its manager runs on into the product: 医疗|服务 */
    art = fixture_run("当年乐视医疗服务基金募集规模较大。", NULL, NULL);
    assert_null(fixture_company(art, "乐视医疗"));
    gx_article_free(art);
}

/* a bracketed 控股/集团/国际 after a name is the company's own form; a region its unit there */
static void test_bracket_part(void **state)
{
    (void)state;
    gx_article *art = fixture_run("东港建设(控股)公布，于6月5日回购4万股。", NULL, NULL);
    assert_non_null(fixture_company(art, "东港建设(控股)"));
    assert_null(fixture_find(art, "香港", -1));
    gx_article_free(art);
    /* before a code the bracket stays in the name, and the code is its ticker */
    fixture_tag tag = {"东港建设", GX_ENT_COMPANY, 0.7f};
    art = fixture_run_tagged("东港建设(控股)(00190)公布回购。", &tag, 1);
    const gx_entity *e = fixture_company(art, "东港建设(控股)");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00190");
    gx_article_free(art);
    /* a known company's own form keeps its ticker; its unit in a region has none */
    art = fixture_run("中信国际电讯(集团)宣布派息，友邦(中国)的保费增长。", NULL, NULL);
    e = fixture_company(art, "中信国际电讯(集团)");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "01883");
    e = fixture_company(art, "友邦(中国)");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
    /* an unknown name before a bracketed 国际 is no company (an event's name) */
    art = fixture_run("2018年，中原科谷首届(国际)创新科技盛典举行。", NULL, NULL);
    assert_null(fixture_find(art, "中原科谷首届(国际)", -1));
    gx_article_free(art);
    /* a country or an offshore place of registration before a legal form (the suffix rule) */
    art = fixture_run("公司收到恒丰实业(文莱)有限公司发来的中标通知书。", NULL, NULL);
    assert_non_null(fixture_company(art, "恒丰实业(文莱)有限公司"));
    gx_article_free(art);
    /* the unit stays apart from its parent named elsewhere in the article */
    art = fixture_run("友邦(中国)的保费增长较快。友邦表示将继续扩张。", NULL, NULL);
    e = fixture_company(art, "友邦(中国)");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    const gx_entity *p = fixture_company(art, "友邦");
    assert_non_null(p);
    assert_ptr_not_equal(p, e);
    assert_string_equal(p->ticker.code, "01299");
    gx_article_free(art);
    /* a bracket after a word that is no company's name, or before a legal form (the suffix
     * rule's full name) */
    art = fixture_run("交易者大量买入有价证券(期货)。华润(集团)有限公司宣布。", NULL, NULL);
    assert_null(fixture_find(art, "有价证券(期货)", -1));
    assert_null(fixture_company(art, "华润(集团)"));
    assert_non_null(fixture_company(art, "华润(集团)有限公司"));
    gx_article_free(art);
}

/* manager-custodian-plan with dashes: the manager and the custodian are companies (a listed
 * custodian keeps its ticker), the plan is a product */
static void test_plan_parties(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("此前，上银金瑞资产-上海银行-慧丰8号资产管理计划持有公司5%股份。", NULL, NULL);
    assert_non_null(fixture_company(art, "上银金瑞资产"));
    const gx_entity *e = fixture_company(art, "上海银行");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "601229");
    assert_non_null(fixture_find(art, "慧丰8号资产管理计划", GX_ENT_PRODUCT));
    assert_null(fixture_company(art, "慧丰8号资产管理计划"));
    gx_article_free(art);
    /* manager-plan */
    art = fixture_run("通过“申银菱信-皖丰物资增持单一资产管理计划”增持。", NULL, NULL);
    assert_non_null(fixture_company(art, "申银菱信"));
    gx_article_free(art);
    /* a dash between other words is no plan */
    art = fixture_run("公司预计2019-2020年收入增长，大资管-泛投行业务合并。", NULL, NULL);
    assert_null(fixture_find(art, "大资管", -1));
    gx_article_free(art);
}

/* a shell deal's verb glued before a name is no part of it (让壳|康华农业), as the tagger reads it
 */
static void test_shell_verb(void **state)
{
    (void)state;
    static const fixture_tag tag[] = {{"壳康丰农业", GX_ENT_COMPANY, 0.5f}};
    gx_article *art = fixture_run_tagged("四年里公司曾计划让壳康丰农业，但以失败告终。", tag, 1);
    assert_null(fixture_find(art, "壳康丰农业", -1));
    assert_non_null(fixture_company(art, "康丰农业"));
    gx_article_free(art);
}

/* a numbered thing the tagger reads as a place is none (a plan, a notice); an address stays */
static void test_numbered_thing(void **state)
{
    (void)state;
    static const fixture_tag tag[] = {{"鑫丰3号", GX_ENT_LOCATION, 0.6f},
                                      {"银监88号文", GX_ENT_LOCATION, 0.6f},
                                      {"江南路2031号", GX_ENT_LOCATION, 0.6f},
                                      {"西河沿甲15号", GX_ENT_LOCATION, 0.6f}};
    gx_article *art = fixture_run_tagged("鑫丰3号资管计划增持公司股份，受银监88号文影响较小。公司位"
                                         "于江南路2031号，在西河沿甲15号办公。",
                                         tag, 4);
    assert_null(fixture_find(art, "鑫丰3号", -1));
    assert_null(fixture_find(art, "银监88号文", -1));
    assert_non_null(fixture_find(art, "江南路2031号", GX_ENT_LOCATION));
    assert_non_null(fixture_find(art, "西河沿甲15号", GX_ENT_LOCATION));
    gx_article_free(art);
}

/* ，X与Y拟以…的价格受让: a pair of buyers opening the clause; one noun phrase before 拟以 is none
 */
static void test_buyer_pair(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "去年8月，公司再度卖壳，星海赢用与拉萨星辉拟以10亿元的价格受让控股股东95%的股权。", NULL,
        NULL);
    assert_non_null(fixture_company(art, "星海赢用"));
    assert_non_null(fixture_company(art, "拉萨星辉"));
    gx_article_free(art);
    art = fixture_run("去年8月，本次交易拟以10亿元的价格收购标的公司95%的股权。", NULL, NULL);
    assert_null(fixture_company(art, "本次交易"));
    gx_article_free(art);
}

/* a place, a listed short name, a word of its line and 股份有限公司 is that company's legal name */
static void test_listed_legal_name(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("去年，上市公司北京华业资本控股股份有限公司遭遇了合同诈骗。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "北京华业资本控股股份有限公司");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600240");
    gx_article_free(art);
}

/* a known company, its head office and a department: the company (the tagger's longer reading) */
static void test_head_office_department(void **state)
{
    (void)state;
    static const fixture_tag tag[] = {{"瑞信总公司个险营销管理部", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("他曾任瑞信总公司个险营销管理部总经理。", tag, 1);
    assert_null(fixture_find(art, "瑞信总公司个险营销管理部", -1));
    assert_non_null(fixture_company(art, "瑞信"));
    gx_article_free(art);
}

/* the tagger's unsure reading cut short (东华联|合财险) of a company it reads surely elsewhere: the
 * tagger's spans placed by hand, the sure one at the first mention only */
static void test_tagger_cut_short(void **state)
{
    (void)state;
    const char *s = "东华联合财险总经理到任。近年来，东华联合财险净利润走低。";
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_add_candidate(art, (gx_span){0, 6}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.8f, NULL, -1);
    gx_add_candidate(art, (gx_span){16, 19}, GX_ENT_COMPANY, GX_SRC_TAGGER, 0.4f, NULL, -1);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    assert_non_null(fixture_company(art, "东华联合财险"));
    assert_null(fixture_find(art, "东华联", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_business_line),
        cmocka_unit_test(test_business_line_not),
        cmocka_unit_test(test_bracket_part),
        cmocka_unit_test(test_plan_parties),
        cmocka_unit_test(test_shell_verb),
        cmocka_unit_test(test_numbered_thing),
        cmocka_unit_test(test_buyer_pair),
        cmocka_unit_test(test_listed_legal_name),
        cmocka_unit_test(test_head_office_department),
        cmocka_unit_test(test_tagger_cut_short),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
