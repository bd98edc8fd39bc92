/* test_false_companies.c — phrases about companies that are not company names (seventh session,
 * helper "cofalse"): gx_company_phrase() in gx_entity_util.c, applied by resolution to rule and
 * tagger readings. The tagger's proposals are given by hand (fixture_run_tagged). */
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

/* a suffix word opening a longer business word (银行理财) names no bank */
static void test_suffix_opening_business_word(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"新浪银行", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("“银华基金杯”新浪银行理财师大赛重磅来袭，报名从即日起开始。", tags, 1);
    assert_null(fixture_find(art, "新浪银行", GX_ENT_COMPANY));
    gx_article_free(art);
    /* the same name before other words stays (苏宁银行 is a bank) */
    static const fixture_tag tags2[] = {{"苏宁银行", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("苏宁银行今日宣布推出新的存款产品。", tags2, 1);
    assert_non_null(fixture_find(art, "苏宁银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a bare 公司 after a count or a verb is "the company" of the sentence, not part of a name */
static void test_company_after_count_or_verb(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"湘邮科技两家公司", GX_ENT_COMPANY, 0.8f},
                                       {"常州中科持有公司", GX_ENT_COMPANY, 0.8f},
                                       {"东方基金3家公司", GX_ENT_COMPANY, 0.8f},
                                       {"英大基金发布公司", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("融捷股份和湘邮科技两家公司的抄底引人注意。常州中科持有公司股份351万股。"
                                         "东方基金3家公司参与定增。英大基金发布公司高级管理人员变更公告。",
                                         tags, 4);
    assert_null(fixture_find(art, "湘邮科技两家公司", -1));
    assert_null(fixture_find(art, "常州中科持有公司", -1));
    assert_null(fixture_find(art, "东方基金3家公司", -1));
    assert_null(fixture_find(art, "英大基金发布公司", -1));
    gx_article_free(art);
    /* names whose body ends in a word that is a stop elsewhere stay (建设, 企业) */
    static const fixture_tag tags2[] = {{"江苏中南建设集团", GX_ENT_COMPANY, 0.8f},
                                        {"金螳螂企业集团", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("江苏中南建设集团与金螳螂企业集团签署合作协议。", tags2, 2);
    assert_non_null(fixture_find(art, "江苏中南建设集团", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "金螳螂企业集团", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a company's accounts (X资产总计) and a function character before 集团 name no company; an
 * asset manager that speaks stays */
static void test_accounts_and_function_characters(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"普瑞物联资产", GX_ENT_COMPANY, 0.45f},
                                       {"於集团", GX_ENT_COMPANY, 0.5f},
                                       {"格雷资产", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("截至年末，普瑞物联资产总计为516,248.83元。业绩转好是由於集团增加投入。"
                                         "格雷资产认为市场将反弹。",
                                         tags, 3);
    assert_null(fixture_find(art, "普瑞物联资产", -1));
    assert_null(fixture_find(art, "於集团", -1));
    assert_non_null(fixture_find(art, "格雷资产", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a clause opener or a rating verb before 集团 (the group the report is about) */
    art = fixture_run("该行维持集团的增持评级。虽然集团的天然气销量有恢复，但气价并无改善。", NULL, NULL);
    assert_null(fixture_find(art, "维持集团", -1));
    assert_null(fixture_find(art, "虽然集团", -1));
    gx_article_free(art);
}

/* with the tagger running, a suffix name it did not read stays only with support of its own:
 * opening a clause as the source of what follows (】恒岳投顾认为, 。恒岳投顾:) */
static void test_speaking_suffix_names(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"券商", GX_ENT_COMPANY, 0.38f}};
    gx_article *art = fixture_run_tagged("【创业板将迎来机会】恒岳投顾认为，创业板市场将反弹。券商股走强。", tags, 1);
    assert_non_null(fixture_find(art, "恒岳投顾", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_tagged("投资者可以参考近期恒岳投顾发布的报告。券商股走强。", tags, 1);
    assert_null(fixture_find(art, "恒岳投顾", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a name after a sure left edge (a stop word or title of two characters or more) keeps its first
 * character when the tagger's reading starts one character later */
static void test_first_character_kept(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"裕文化产业有限公司", GX_ENT_COMPANY, 0.8f},
                                       {"兰星河能源股份有限公司", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("公司控股股东的大股东万裕文化产业有限公司持有股份。"
                                         "公司宣布将向参股公司梦兰星河能源股份有限公司增资。",
                                         tags, 2);
    assert_non_null(fixture_find(art, "万裕文化产业有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "梦兰星河能源股份有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "裕文化产业有限公司", -1));
    gx_article_free(art);
    /* a word of two characters before the name still gives way to the tagger (公司收到|…) */
    static const fixture_tag tags2[] = {{"广西合浦兴园投资有限公司", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("本公司收到广西合浦兴园投资有限公司的通知。", tags2, 1);
    assert_non_null(fixture_find(art, "广西合浦兴园投资有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a noun of a company's relation (子公司, 上市公司, 债权人) is no part of the name after it */
static void test_descriptor_before_name(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"上市公司暴风集团", GX_ENT_COMPANY, 0.8f},
                                       {"海欣股份控股孙公司", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("播酷云并不是上市公司暴风集团的。海欣股份控股孙公司拟引入投资者。"
                                         "铜峰集团的债权人铜陵市国发创业投资有限公司申请重整。",
                                         tags, 2);
    assert_null(fixture_find(art, "上市公司暴风集团", -1));
    assert_null(fixture_find(art, "海欣股份控股孙公司", -1));
    assert_null(fixture_find(art, "债权人铜陵市国发创业投资有限公司", -1));
    assert_non_null(fixture_find(art, "铜陵市国发创业投资有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a place and another place or a generic business word is no company; a place and a company
 * suffix is (上海证券) */
static void test_place_and_generic_word(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"中国香港", GX_ENT_COMPANY, 0.8f},
                                       {"中国商业银行", GX_ENT_COMPANY, 0.8f},
                                       {"湖北证券", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("包括加拿大、中国香港在内的大部分市场。中国商业银行的同业业务增长。"
                                         "长江证券前身湖北证券提出新的目标。",
                                         tags, 3);
    assert_null(fixture_find(art, "中国香港", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "中国商业银行", -1));
    assert_non_null(fixture_find(art, "湖北证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a description before an appositive Latin name, and a body of generic business words only */
static void test_descriptions(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"英国建筑公司", GX_ENT_COMPANY, 0.8f},
                                       {"私募资产管理公司", GX_ENT_COMPANY, 0.8f},
                                       {"中国移动物联网公司", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("新闻报道之一是，英国建筑公司Carillion破产。他曾任60亿美元私募资产管理公司合伙人。"
                                         "与中国移动物联网公司的终端研发能力结合。",
                                         tags, 3);
    assert_null(fixture_find(art, "英国建筑公司", -1));
    assert_null(fixture_find(art, "私募资产管理公司", -1));
    /* a known company opening the body keeps it a name (中国移动|物联网公司) */
    assert_non_null(fixture_find(art, "中国移动物联网公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* eighth session (cohosp): an institution bought or sold (收购X医院, X学院90%权益, X医院的股权) is a
 * company; the same institution as a workplace, or a description (目标学院), stays what it was */
static void test_deal_objects(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"建华医院", GX_ENT_ORGANIZATION, 0.8f},
                                       {"山东英才学院", GX_ENT_ORGANIZATION, 0.8f},
                                       {"目标学院", GX_ENT_ORGANIZATION, 0.8f}};
    gx_article *art = fixture_run_tagged("创新医疗花9.3亿元收购了建华医院。宇华教育公告收购山东英才学院90%权益。"
                                         "目标公司持有目标学院全部举办者权益。",
                                         tags, 3);
    assert_non_null(fixture_find(art, "建华医院", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "山东英才学院", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "目标学院", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"建华医院", GX_ENT_ORGANIZATION, 0.8f},
                                        {"山东英才学院", GX_ENT_ORGANIZATION, 0.8f}};
    art = fixture_run_tagged("梁喜才是建华医院执行院长。他毕业于山东英才学院，权益受损。", tags2, 2);
    assert_null(fixture_find(art, "建华医院", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "山东英才学院", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* eighth session (cohosp): an unlisted investment firm X投资 / X资产 speaking or holding a philosophy
 * (gx_entity_rules_firms.c); 投资 after a glued word (坚持价值投资的投资理念) is the noun */
static void test_investment_firms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("两市超400只股票跌停。钱坤投资指出，近期深综指向下跌破整理区间。"
                                  "科德投资认为，首先建议关注银行。本文作者系长金投资董事长。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "钱坤投资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "科德投资", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "首先建议", -1));
    gx_article_free(art);
    art = fixture_run("我们始终坚持价值投资的投资理念，长期持有优质公司。", NULL, NULL);
    assert_null(fixture_find(art, "价值投资", -1));
    assert_null(fixture_find(art, "坚持价值投资", -1));
    gx_article_free(art);
}

/* ninth session (privfund): the fund industry's firms shown by a person after 的, a founding verb
 * before them or a firm's verb after them (gx_entity_rules_firms.c); an investing style before 的
 * and a thing (价值投资的白马股) or a generic capital (产业资本的持股) is none */
static void test_fund_firms_in_context(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公募基金经理纷纷奔私。此外，青岚投资的周明远与李涛，松岩资本的赵启东，"
                                  "也都曾是公募的基金经理。他在2015年成立了云杉资产，随后云杉资产招揽了一批研究员。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "青岚投资", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "松岩资本", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "云杉资产", GX_ENT_COMPANY));
    gx_article_free(art);
    /* an X投资 in an enumeration with a known company; not one among concepts */
    art = fixture_run("据披露，银行已向华融投资、东方资产、中国长城转让股权。", NULL, NULL);
    assert_non_null(fixture_find(art, "华融投资", GX_ENT_COMPANY));
    gx_article_free(art);
    /* the source opening a line before its colon; not a heading (★ 主题投资：) nor a field (注册资本：) */
    art = fixture_run("有色板块大涨。\n青川投资：煤飞色舞能否持续？\n★ 主题投资：新老经济轮动\n2. 注册资本：10,000万元", NULL, NULL);
    assert_non_null(fixture_find(art, "青川投资", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "主题投资", -1));
    assert_null(fixture_find(art, "注册资本", -1));
    gx_article_free(art);
    art = fixture_run("信托的老本行是债权贷款、股权投资等业务，以及被动投资、风险平价策略。", NULL, NULL);
    assert_null(fixture_find(art, "股权投资", -1));
    assert_null(fixture_find(art, "被动投资", -1));
    gx_article_free(art);
    art = fixture_run("资金撤离后走回正轨，投向价值投资的白马股。近期，产业资本的持股比例上升。", NULL, NULL);
    assert_null(fixture_find(art, "价值投资", -1));
    assert_null(fixture_find(art, "产业资本", -1));
    gx_article_free(art);
}

/* ninth session (privfund): a fund house's 系 is a faction of its former managers, not a capital
 * group (“南方系”, “长盛系” where 南方基金/长盛基金 are fund houses the gazetteer knows); a
 * person before 管理的 is the fund's manager (杨明远管理的基金), not a company 杨明远管理 */
static void test_fund_factions_and_managers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("今年“公奔私”的派系中，“长盛系”遇魔咒，“南方系”夺冠。“长盛系”整体收益不佳，"
                                  "“南方系”的代表人物业绩出色。", NULL, NULL);
    assert_null(fixture_find(art, "长盛", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "南方", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("宝能系持有万科的股份。宝能系旗下的前海人寿继续增持。", NULL, NULL);
    assert_non_null(fixture_find(art, "宝能", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag managed[] = {{"杨明远管理", GX_ENT_COMPANY, 0.6f}};
    art = fixture_run_tagged("2014年1月到2015年6月，杨明远管理的基金年平均收益率接近30%。", managed, 1);
    assert_null(fixture_find(art, "杨明远管理", -1));
    gx_article_free(art);
}

/* eighth session (cohosp): Latin names in a company's list of its own brands (品牌，包括A、B、C) are
 * products; a list of brands that are companies (苹果、三星、Fitbit等全球品牌) stays */
static void test_listed_brands(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Koradior", GX_ENT_COMPANY, 0.8f}, {"NAERSI", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("本集团现拥有十个女装品牌，包括Koradior、La Koradior、NAERSI八个各具风格的自主品牌。",
                                         tags, 2);
    assert_null(fixture_find(art, "Koradior", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "NAERSI", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"Fitbit", GX_ENT_COMPANY, 0.8f}, {"Titan", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("虽然苹果、三星、Fitbit、小米和Titan等全球品牌已经占领了市场。", tags2, 2);
    assert_non_null(fixture_find(art, "Fitbit", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Titan", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a report's period after 公司 is no firm's name (该公司Q3总净营收, 公司FY2018营收) */
static void test_report_periods(void **state)
{
    (void)state;
    gx_article *art = fixture_run("财报显示，该公司Q3总净营收62.86亿元。公司FY2018营收增长，公司1H利润下降。", NULL, NULL);
    assert_null(fixture_find(art, "Q3", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "FY2018", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "1H", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_suffix_opening_business_word),
        cmocka_unit_test(test_company_after_count_or_verb),
        cmocka_unit_test(test_accounts_and_function_characters),
        cmocka_unit_test(test_speaking_suffix_names),
        cmocka_unit_test(test_first_character_kept),
        cmocka_unit_test(test_descriptor_before_name),
        cmocka_unit_test(test_place_and_generic_word),
        cmocka_unit_test(test_descriptions),
        cmocka_unit_test(test_deal_objects),
        cmocka_unit_test(test_investment_firms),
        cmocka_unit_test(test_fund_firms_in_context),
        cmocka_unit_test(test_fund_factions_and_managers),
        cmocka_unit_test(test_listed_brands),
        cmocka_unit_test(test_report_periods),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
