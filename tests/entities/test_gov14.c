/* test_gov14.c — government bodies, fourteenth session (helper "gov14", issue 3;
 * docs/government.md): a regulator's local office (证监会新疆监管局) and committee (中国证监会上市公司
 * 并购重组审核委员会), two tasks joined in a bureau's name (城市管理和综合执法局), a place before a
 * government suffix (广州公共资源交易中心), a quantifier before any body (多地银监局), the regulators'
 * collective name (一行三会), a body's newspaper (解放军报), a ministry's bureau (交通运输部公路局), an
 * unknown place of three characters (阿克苏地区), the Corps's divisions (兵团六师) and bodies that are
 * no state's (俄罗斯奥委会, 北京市消协, 党委会). The tagger's readings are given by hand where a case
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

/* A national regulator right before a place's body is its local office: one body, the same as the
 * office's own name further on. */
static void test_local_office(void **state)
{
    (void)state;
    gx_article *art = fixture_run("新中基发布公告称接到证监会新疆监管局立案调查通知书。", NULL, NULL);
    assert_true(fixture_has_mention(art, "证监会新疆监管局", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "新疆监管局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("中国证监会深圳证监局近日公布了处罚决定。该公司被深圳证监局出具警示函。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "中国证监会深圳证监局", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "深圳证监局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a place and a branch word: a central bank's or the FX regulator's office */
    art = fixture_run("中国人民银行杭州中心支行表示。国家外汇管理局北京外汇管理部称。", NULL, NULL);
    assert_true(fixture_has_mention(art, "中国人民银行杭州中心支行", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "国家外汇管理局北京外汇管理部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* two places' bodies side by side stay two */
    art = fixture_run("北京市政府、上海市政府联合发文。", NULL, NULL);
    assert_false(fixture_has_mention(art, "北京市政府上海市政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A committee named right after a body is the body's; its declared short name names it too. Not
 * past a function character, a measure word or a company's board. */
static void test_committee_of_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("中国证监会上市公司并购重组审核委员会(以下简称“并购重组委”)定于2019年9月27日召开"
                                  "工作会议，并购重组委将审核公司的申请。",
                                  NULL, NULL);
    const gx_entity *e = fixture_find(art, "中国证监会上市公司并购重组审核委员会", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "并购重组委", -1));
    assert_null(fixture_find(art, "审核委员会", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    /* an exchange's committee is no government body's */
    static const fixture_tag tags[] = {{"深交所", GX_ENT_GOVERNMENT, 0.51f}};
    art = fixture_run_tagged("深交所创业板上市委员会审议通过。", tags, 1);
    assert_false(fixture_has_mention(art, "深交所创业板上市委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("他卸任后出任全国政协财经委员会副主任。", NULL, NULL);
    assert_true(fixture_has_mention(art, "全国政协财经委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("目前，美国国会仍有四个委员会正在调查此事。证监会要求公司董事会审计委员会说明。", NULL, NULL);
    assert_false(fixture_has_mention(art, "美国国会仍有四个委员会", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "证监会要求公司董事会审计委员会", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "证监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A body the gazetteer names keeps the title words inside its name (美国经济|顾问|委员会); its
 * longer name wins over the parent inside it (美国商务部|工业与安全局). */
static void test_titles_inside_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据美国经济顾问委员会估计，联邦政府关门拖累当季度GDP增速。", NULL, NULL);
    assert_true(fixture_has_mention(art, "美国经济顾问委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("美国商务部工业与安全局将其列入实体清单。", NULL, NULL);
    assert_true(fixture_has_mention(art, "美国商务部工业与安全局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* An office of a body named with its country (中国银监会办公厅), not the inner name's office. */
static void test_office_of_whole_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("2014年《中国银监会办公厅关于信托公司风险监管的指导意见》下发。", NULL, NULL);
    assert_true(fixture_has_mention(art, "中国银监会办公厅", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "银监会办公厅", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A bureau named by two tasks joined with 和 is one body with its city; a body and another body
 * joined with 和 stay two. */
static void test_joined_tasks(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"综合执法局", GX_ENT_GOVERNMENT, 0.38f}};
    gx_article *art = fixture_run_tagged("公司收到了广东绿润与台山市城市管理和综合执法局就上述中标项目签署的合同。", tags, 1);
    assert_true(fixture_has_mention(art, "台山市城市管理和综合执法局", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "综合执法局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("项目得到武汉市政府和公安局的支持。", NULL, NULL);
    assert_false(fixture_has_mention(art, "武汉市政府和公安局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A place right before a government suffix is the body's whole name, whatever the tagger typed. */
static void test_place_before_suffix(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"广州公共资源交易中心", GX_ENT_COMPANY, 0.66f}};
    gx_article *art = fixture_run_tagged("2019年9月4日，公司收到广州公共资源交易中心的《中标通知书》。", tags, 1);
    assert_true(fixture_has_mention(art, "广州公共资源交易中心", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "广州公共资源交易中心", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A short body without a place after a quantifier, or opening with one, is many places' bodies. */
static void test_quantified_bodies(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"银监局", GX_ENT_GOVERNMENT, 0.38f}, {"地方金融监管局", GX_ENT_GOVERNMENT, 0.5f}};
    gx_article *art = fixture_run_tagged("多地银监局已叫停相关业务。当时，银监会向各银监局下发了通知。很多省的金融办都加挂了"
                                         "地方金融监管局的牌子。",
                                         tags, 2);
    assert_false(fixture_has_mention(art, "银监局", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "地方金融监管局", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "银监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* countries named together, and 该国 (another country's bank), name no People's Bank */
    art = fixture_run("还与欧日央行紧缩节奏超预期有关。加拿大经济扩张，从而使得该国央行有望再度升息。", NULL, NULL);
    assert_null(fixture_find(art, "中国人民银行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a place's office keeps its place */
    art = fixture_run("多地监管部门中，北京银保监局率先发文。", NULL, NULL);
    assert_true(fixture_has_mention(art, "北京银保监局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* The regulators' collective name is one actor; a body's newspaper is media, not the body. */
static void test_collective_name_and_newspaper(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"解放军", GX_ENT_GOVERNMENT, 0.63f}};
    gx_article *art = fixture_run_tagged("自2017年11月以来，一行三会等监管层相继出台了文件。国防部官网援引的解放军报消息称。",
                                         tags, 1);
    assert_true(fixture_has_mention(art, "一行三会", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "解放军报", GX_ENT_ORGANIZATION));
    assert_false(fixture_has_mention(art, "解放军", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A ministry's bureau or department named after it (a title may follow); a central bank's. */
static void test_ministry_bureau(void **state)
{
    (void)state;
    gx_article *art = fixture_run("交通运输部公路局局长表示，人民银行货币政策司司长孙国峰也出席了会议。", NULL, NULL);
    assert_true(fixture_has_mention(art, "交通运输部公路局", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "人民银行货币政策司", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("证监会稽查局立案调查，国家医疗保障局基金监管司发布通知。重庆市公安局决定同意解除公司的措施。", NULL, NULL);
    assert_true(fixture_has_mention(art, "证监会稽查局", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "国家医疗保障局基金监管司", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "重庆市公安局决定同意解除公司", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("财政部公布数据显示，税收收入增长。", NULL, NULL);
    assert_true(fixture_has_mention(art, "财政部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A place of three characters the lexicon does not know, with a clear left edge, and 地区 as a
 * level; a county of one character; a title after the body; not a former body's 原. */
static void test_unknown_places(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者从阿克苏地区粮食和物资储备局了解到。此后，警方在张家口市公安局表示。", NULL, NULL);
    assert_true(fixture_has_mention(art, "阿克苏地区粮食和物资储备局", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "张家口市公安局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a county of one character after a stop word, its public service centre */
    art = fixture_run("近日，公司收到息县公用事业服务中心发出的中标通知书。对各县公安局进行检查。", NULL, NULL);
    assert_true(fixture_has_mention(art, "息县公用事业服务中心", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "各县公安局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a zone of a known place; not a district after a verb (南宁飞到|巴南区法院) */
    art = fixture_run("苏州工业园区管委会称。小潘是专程从广西南宁飞到巴南区法院的。", NULL, NULL);
    assert_true(fixture_has_mention(art, "苏州工业园区管委会", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "南宁飞到巴南区法院", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* its head's title may follow the body */
    art = fixture_run("尤习贵此前任湖北省交通运输厅厅长。", NULL, NULL);
    assert_true(fixture_has_mention(art, "湖北省交通运输厅", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("新世界原来的第一大股东原黄浦区国资委早已放出话来。", NULL, NULL);
    assert_false(fixture_has_mention(art, "原黄浦区国资委", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A division of the Production and Construction Corps. */
static void test_corps_division(void **state)
{
    (void)state;
    gx_article *art = fixture_run("其控股股东兵团六师位于五家渠。新疆生产建设兵团第八师石河子市。兵团企业中基健康。", NULL, NULL);
    assert_true(fixture_has_mention(art, "兵团六师", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "新疆生产建设兵团第八师", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "兵团企业", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* The tagger's government readings of an Olympic committee, a consumers' association or a board
 * are organizations; a party committee's meeting is none. */
static void test_not_state_bodies(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"俄罗斯奥委会", GX_ENT_GOVERNMENT, 0.7f},
                                       {"北京市消协", GX_ENT_GOVERNMENT, 0.7f},
                                       {"香港联合交易所董事局", GX_ENT_GOVERNMENT, 0.7f},
                                       {"党委会", GX_ENT_GOVERNMENT, 0.6f}};
    gx_article *art = fixture_run_tagged("俄罗斯奥委会23日说。北京市消协联合海淀消协约谈企业。香港联合交易所董事局宣布停市。"
                                         "中信证券召开党委会宣布人事变动。",
                                         tags, 4);
    assert_false(fixture_has_mention(art, "俄罗斯奥委会", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "北京市消协", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "香港联合交易所董事局", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "党委会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* the tagger's cut of a board's committee (事会薪酬委员会) is the board's whole committee */
    static const fixture_tag cut[] = {{"事会薪酬委员会", GX_ENT_GOVERNMENT, 0.37f}};
    art = fixture_run_tagged("公司董事会薪酬委员会审议了议案。", cut, 1);
    assert_false(fixture_has_mention(art, "会薪酬委员会", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "事会薪酬委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_collective_name_and_newspaper),
        cmocka_unit_test(test_committee_of_body),
        cmocka_unit_test(test_corps_division),
        cmocka_unit_test(test_joined_tasks),
        cmocka_unit_test(test_local_office),
        cmocka_unit_test(test_ministry_bureau),
        cmocka_unit_test(test_not_state_bodies),
        cmocka_unit_test(test_office_of_whole_name),
        cmocka_unit_test(test_place_before_suffix),
        cmocka_unit_test(test_quantified_bodies),
        cmocka_unit_test(test_titles_inside_body),
        cmocka_unit_test(test_unknown_places),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
