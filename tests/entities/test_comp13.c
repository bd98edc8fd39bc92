/* test_comp13.c — companies, third round of the eleventh session (helper "comp13"): the company
 * a stake is held in after another stake or before 之 (gx_entity_rules_frames.c); a kind of
 * investor describing a firm before its name, in a list and before the tagger's reading
 * (gx_entity_rules_comp13.c, gx_entity_rules_context.c, gx_cand_shape.c, data/lexicon/cues.tsv);
 * a subject and a copula before 公司 (X为公司董事); a full legal name after a describer noun, ended
 * at its legal form whatever follows (gx_entity_rules_suffix.c, gx_entity_rules_comp13.c); kinds,
 * acts and terms declared with 以下简称 (gx_entity_rules_alias.c); a preposition before a bare
 * business word (经|会计师事务所, gx_cand_shape.c); 主要系 before a company attribute
 * (gx_entity_rules_context.c); a weak name reporting in turn (苹果则公布, gx_resolve_context.c); what
 * a price buys whole (以2.05亿元收购瑞意恒动, gx_entity_rules_frames.c); a broadcaster's name
 * (福克斯|新闻台, gx_resolve.c); & Co. and a right edge before 前 and a title (Stifel Nicolaus&Co.|前首席…,
 * data/lexicon/cues.tsv, gx_entity_util.c). The
 * tagger's proposals are given by hand where a rule needs them (fixture_run_tagged). */
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

/* 收购南京诚瑞之51%股权: 之 is "of"; …100%股权和新光建材城100%股权: a second stake */
static void test_stakes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("弘阳服务宣布收购南京诚瑞之51%股权,代价3,672万元人民币。", NULL, NULL);
    assert_non_null(fixture_find(art, "南京诚瑞", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "南京诚瑞之", -1));
    gx_article_free(art);
    art = fixture_run("作价111.87亿元购买其合计持有的万厦房产100%股权和新光建材城100%股权。", NULL, NULL);
    assert_non_null(fixture_find(art, "万厦房产", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "新光建材城", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 对冲基金科图管理公司: the kind of investor is no part of the name, in a list or where the
 * tagger starts inside the kind (对冲基|金科图管理公司) */
static void test_investor_kind(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"金科图管理公司", GX_ENT_COMPANY, 0.54f}};
    gx_article *art = fixture_run_tagged("其投资者包括高盛、对冲基金科图管理公司和纪源资本。", tags, 1);
    assert_non_null(fixture_find(art, "科图管理公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "对冲基金科图管理公司", -1));
    assert_null(fixture_find(art, "金科图管理公司", -1));
    gx_article_free(art);
    art = fixture_run_tagged("此前，对冲基金科图管理公司宣布增持。", tags, 1);
    assert_non_null(fixture_find(art, "科图管理公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "对冲基金科图管理公司", -1));
    gx_article_free(art);
}

/* 虞江明为公司董事: "is the company's director", as the tagger read it */
static void test_copula_before_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"虞江明为公司", GX_ENT_COMPANY, 0.37f}};
    gx_article *art = fixture_run_tagged("虞江波、虞江明为公司董事周晓光的直系亲属。", tags, 1);
    assert_null(fixture_find(art, "虞江明为公司", -1));
    gx_article_free(art);
}

/* a full legal name after 子公司 keeps its place name against the tagger's later start, and ends
 * at its legal form before a verb; not one glued after another legal form, nor one whose body
 * holds a function word before a known company */
static void test_legal_name_edges(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"世茂中心发展有限公司", GX_ENT_COMPANY, 0.48f}};
    gx_article *art = fixture_run_tagged("公司向二级全资子公司义乌世茂中心发展有限公司开发的项目购房。", tags, 1);
    assert_non_null(fixture_find(art, "义乌世茂中心发展有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "世茂中心发展有限公司", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"黑龙江交通发展股份有限公司", GX_ENT_COMPANY, 0.6f}};
    art = fixture_run_tagged("要约收购黑龙江交通发展股份有限公司义务申请文件。", tags2, 1);
    assert_non_null(fixture_find(art, "黑龙江交通发展股份有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a describer noun (代理单位) before it, a title word inside it (投资顾问) */
    art = fixture_run("近日，招标代理单位福建卓知项目投资顾问有限公司已向中国建材国际工程集团有限公司发出通知书。", NULL, NULL);
    assert_non_null(fixture_find(art, "福建卓知项目投资顾问有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "招标代理单位福建卓知项目投资顾问有限公司", -1));
    gx_article_free(art);
    art = fixture_run("拟收购联杰国际有限公司、创富国际集团有限公司达田有限公司各80%股权。", NULL, NULL);
    assert_null(fixture_find(art, "创富国际集团有限公司达田有限公司", -1));
    gx_article_free(art);
    art = fixture_run("公告称；西藏金宝藏因平安证券股份有限公司产品到期，被动减持。", NULL, NULL);
    assert_null(fixture_find(art, "西藏金宝藏因平安证券股份有限公司", -1));
    gx_article_free(art);
}

/* an offering's boilerplate declares kinds, acts and terms, not bodies (以下简称“社保基金”,
 * “网下发行”, “SaaS”,一种…); a declared party word still points back (以下简称“公司”) */
static void test_declared_terms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("投资者包括证券投资基金和其他偏股型资产管理产品（以下简称“公募产品”）、全国社会保障基金（以下简称“社保基金”）"
                                  "和基本养老保险基金（以下简称“养老金”）。网下向投资者询价配售（以下简称“网下发行”）。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "全国社会保障基金", -1));
    assert_null(fixture_find(art, "基本养老保险基金", -1));
    assert_null(fixture_find(art, "产品", -1));
    assert_null(fixture_find(art, "配售", -1));
    gx_article_free(art);
    art = fixture_run("从传统ERP向SaaS ERP（以下简称“SaaS”,一种基于互联网的软件服务）转型。", NULL, NULL);
    assert_null(fixture_find(art, "SaaS ERP", -1));
    gx_article_free(art);
    art = fixture_run("苏州东山精密制造股份有限公司（以下简称“公司”）于近日接到公司控股股东的通知。", NULL, NULL);
    assert_non_null(fixture_find(art, "苏州东山精密制造股份有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "接到公司", -1));
    gx_article_free(art);
}

/* 经会计师事务所审计: "audited by an accounting firm"; 主要系员工薪酬增加: "is mainly"; 苹果则公布:
 * a weak name reporting in turn after sure companies */
static void test_function_words_and_turns(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"经会计师事务所", GX_ENT_COMPANY, 0.42f}};
    gx_article *art = fixture_run_tagged("每股收益按照2019年度经会计师事务所遵照中国会计准则审计的净利润计算。", tags, 1);
    assert_null(fixture_find(art, "经会计师事务所", -1));
    gx_article_free(art);
    art = fixture_run("费用减少了164.06万元。主要系员工薪酬增加了119.98万元。主要系员工人数增加。", NULL, NULL);
    assert_null(fixture_find(art, "主要系", -1));
    gx_article_free(art);
    art = fixture_run("埃克森美孚、谷歌母公司Alphabet公布的营收低于预期，苹果则公布手机销量不尽人意。", NULL, NULL);
    assert_non_null(fixture_find(art, "苹果", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("水果价格上涨，苹果则公布在菜单上。", NULL, NULL);
    assert_null(fixture_find(art, "苹果", -1));
    gx_article_free(art);
}

/* 以2.05亿元收购瑞意恒动，: what a price buys whole is a firm; not an asset (以1亿元收购该地块) */
static void test_priced_acquisition(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("2016年8月，公司以2.05亿元收购瑞意恒动，并购当年贡献净利润547万元。", NULL, 0);
    assert_non_null(fixture_find(art, "瑞意恒动", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_tagged("公司以4.8亿元收购北京亿起联科技并完成并表。", NULL, 0);
    assert_non_null(fixture_find(art, "北京亿起联科技", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_tagged("公司以1亿元收购城南商业地块，以2亿元收购其持有的资产。", NULL, 0);
    assert_null(fixture_find(art, "城南商业地块", -1));
    gx_article_free(art);
}

/* 福克斯新闻台的主播: the tagger's company before a broadcaster's word is the broadcaster; a
 * tagger company ending in a figure (工资, 薪酬, 收入) is none */
static void test_broadcaster(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"福克斯", GX_ENT_COMPANY, 0.43f}};
    gx_article *art = fixture_run_tagged("福克斯新闻台的知名主播瑞维拉说，股市会涨。", tags, 1);
    assert_null(fixture_find(art, "福克斯", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "福克斯新闻台", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    /* a figure of people, not a name (美国工人工资的增加) */
    static const fixture_tag tags2[] = {{"美国工人工资", GX_ENT_COMPANY, 0.39f}};
    art = fixture_run_tagged("史上最低的失业率和美国工人工资的增加。", tags2, 1);
    assert_null(fixture_find(art, "美国工人工资", -1));
    gx_article_free(art);
}

/* Stifel Nicolaus&Co.前首席…交易员: & Co. is a legal form, and 前 with a title after it ends a name */
static void test_latin_and_co(void **state)
{
    (void)state;
    gx_article *art = fixture_run("“我们正处于一个转折点。”Stifel Nicolaus&Co.前首席政府债券交易员Mark Grant表示。", NULL, NULL);
    assert_non_null(fixture_find(art, "Stifel Nicolaus&Co.", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stakes),
        cmocka_unit_test(test_investor_kind),
        cmocka_unit_test(test_copula_before_company),
        cmocka_unit_test(test_legal_name_edges),
        cmocka_unit_test(test_declared_terms),
        cmocka_unit_test(test_function_words_and_turns),
        cmocka_unit_test(test_priced_acquisition),
        cmocka_unit_test(test_broadcaster),
        cmocka_unit_test(test_latin_and_co),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
