/* test_company_shapes10.c — the edges and shapes of unlisted company names (tenth session,
 * helper "compfp"): where the suffix rule takes the tagger's left edge and where it keeps its
 * own (gx_entity_rules_suffix.c), verbs that end the look-back for a legal name
 * (data/lexicon/cues.tsv left_stop), phrases of time, order, amount or holding that the
 * context rules read as names (gx_entity_rules_context.c), and names that are a cut fund product,
 * a rank or a country's firms in general (gx_resolve_shape.c). The tagger's proposals are given by
 * hand (fixture_run_tagged), so the tests pin the rules, not the model. */
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

/* the tagger's later edge drops one character only when it is a function character: the
 * first character of a name after punctuation stays (昱|铭纸业有限公司), a "former" before it
 * goes (原|星河纸业有限公司), and so does a measure word after a count (3家|…有限公司) */
static void test_tagger_later_edge_one_character(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"铭纸业有限公司", GX_ENT_COMPANY, 0.4f}};
    gx_article *art = fixture_run_tagged("据了解，昱铭纸业有限公司近日与多家客户签约。", tags, 1);
    assert_non_null(fixture_find(art, "昱铭纸业有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "铭纸业有限公司", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"星河纸业有限公司", GX_ENT_COMPANY, 0.6f}};
    art = fixture_run_tagged("公告显示，原星河纸业有限公司已更名。", tags2, 1);
    assert_non_null(fixture_find(art, "星河纸业有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "原星河纸业有限公司", -1));
    gx_article_free(art);
    /* (and so does a character that completes a title into another word: 委员|会) */
    static const fixture_tag tagsw[] = {{"城市规划委员会", GX_ENT_GOVERNMENT, 0.48f},
                                        {"中华文物保护基金会", GX_ENT_ORGANIZATION, 0.48f}};
    art = fixture_run_tagged("论坛上还成立一个由城市规划委员会中华文物保护基金会共同创立的专项基金。", tagsw, 2);
    assert_null(fixture_find(art, "会中华文物保护基金会", -1));
    assert_non_null(fixture_find(art, "中华文物保护基金会", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    static const fixture_tag tags3[] = {{"农村商业银行股份有限公司", GX_ENT_COMPANY, 0.6f}};
    art = fixture_run_tagged("当地首批3家农村商业银行股份有限公司全部挂牌开业。", tags3, 1);
    assert_non_null(fixture_find(art, "农村商业银行股份有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "家农村商业银行股份有限公司", -1));
    gx_article_free(art);
}

/* the tagger's earlier edge never starts inside a stop word (控股股|东…) nor on a function
 * character ((即|…): the name starts after them */
static void test_tagger_earlier_edge_after_stop_words(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"东吉林宏远有色金属集团有限公司", GX_ENT_COMPANY, 0.57f}};
    gx_article *art = fixture_run_tagged("本次交易完成后，控股股东吉林宏远有色金属集团有限公司持有公司30%股份。", tags, 1);
    assert_non_null(fixture_find(art, "吉林宏远有色金属集团有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "东吉林宏远有色金属集团有限公司", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"即北方银翔企业有限公司", GX_ENT_COMPANY, 0.46f}};
    art = fixture_run_tagged("公司收到一名客户(即北方银翔企业有限公司)的破产申请。", tags2, 1);
    assert_non_null(fixture_find(art, "北方银翔企业有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "即北方银翔企业有限公司", -1));
    gx_article_free(art);
}

/* verbs before a legal name end its look-back (收到|…, 履新|…, 所持|…, 根据|集团…) */
static void test_verbs_before_legal_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("近日，公司收到恒星实业有限公司发来的中标通知书。", NULL, NULL);
    assert_non_null(fixture_find(art, "恒星实业有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "收到恒星实业有限公司", -1));
    gx_article_free(art);
    art = fixture_run("三者分别所持湖州平山化油器有限公司的股权已全部转让。", NULL, NULL);
    assert_non_null(fixture_find(art, "湖州平山化油器有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "三者分别所持湖州平山化油器有限公司", -1));
    gx_article_free(art);
    art = fixture_run("副行长李某履新长安信托有限公司董事长。", NULL, NULL);
    assert_null(fixture_find(art, "李某履新长安信托有限公司", -1));
    gx_article_free(art);
}

/* an ordinal or a period before 董事会, 股东, 员工 is no company (第八届|董事会, 中期|股东应占,
 * 第一批|员工); an unknown name in the same frame still is */
static void test_time_and_order_phrases(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司第八届董事会第七次临时会议和第八届监事会第二次临时会议审议通过。"
                                  "2019年第二次临时股东大会授权董事会办理。根据2017年第二次临时股东大会的决议，"
                                  "最近一年控股股东未与公司发生交易。最近一年控股股东未减持。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "第八届", -1));
    assert_null(fixture_find(art, "年第二次临时", -1));
    assert_null(fixture_find(art, "最近一年", -1));
    gx_article_free(art);
    art = fixture_run("华信控股(01808)中期股东应占亏损收窄。华信控股发布2020年中期业绩，中期收入下降。", NULL, NULL);
    assert_null(fixture_find(art, "中期", -1));
    gx_article_free(art);
    art = fixture_run("作为公司的第一批员工，他见证了成长。公司第一批红马甲被派往上海。", NULL, NULL);
    assert_null(fixture_find(art, "第一批", -1));
    gx_article_free(art);
    /* (a partner in a joint action is no period either: 公司在报告期内|与…签订) */
    art = fixture_run("公司在报告期内与星光置业有限公司签订合作协议。据了解，报告期内，公司营业收入增加。", NULL, NULL);
    assert_null(fixture_find(art, "报告期内", -1));
    assert_non_null(fixture_find(art, "星光置业有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("象帝先员工超过400人。象帝先今年完成了两轮融资。", NULL, NULL);
    assert_non_null(fixture_find(art, "象帝先", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a qualifier of an amount is no name (…(含),不超过|董事会决议日前…) */
static void test_amount_qualifiers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("回购价格为不超过5.16元/股(含)，不超过董事会决议日前30个交易日均价的150%。"
                                  "资金总额不超过人民币10亿元。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "不超过", -1));
    gx_article_free(art);
}

/* what a controlling shareholder does with its holding (控股股东|股份解除质押, |部分股权,
 * |刚解除) names no company; the shareholder named there still is one */
static void test_shareholder_holding_phrases(void **state)
{
    (void)state;
    gx_article *art = fixture_run("宏达股份控股股东股份解除质押。宏达股份控股股东部分股权被冻结。宏达股份控股股东刚解除质押。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "股份解除", -1));
    assert_null(fixture_find(art, "部分股权", -1));
    assert_null(fixture_find(art, "刚解除", -1));
    gx_article_free(art);
    art = fixture_run("宏达股份控股股东星辰宣布增持。", NULL, NULL);
    assert_non_null(fixture_find(art, "星辰", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a tagger name cut inside a fund product's name is no company (东方红睿|泽三年定开基金,
 * 工银瑞信中证环|保产业指数分级基金); a fund house before its own 基金 stays */
static void test_cut_fund_products(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"东方红睿", GX_ENT_COMPANY, 0.7f}, {"汇添富中证环", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("东方红睿泽三年定开基金卖了71亿元。汇添富中证环保产业指数分级基金B份额下折。", tags, 2);
    assert_null(fixture_find(art, "东方红睿", -1));
    assert_null(fixture_find(art, "汇添富中证环", -1));
    gx_article_free(art);
    static const fixture_tag tags3[] = {{"工银中证环", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("申万军工B份额、工银中证环保产业指数分级B、前海开源份额下折。", tags3, 1);
    assert_null(fixture_find(art, "工银中证环", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"星石投资", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("星石投资旗下的混合基金业绩领先。星石投资表示将继续发行新品。", tags2, 1);
    assert_non_null(fixture_find(art, "星石投资", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a company described by its rank or size, or a country's firms in general, is no name
 * (西班牙第二大银行, 六大发电集团, 欧洲航司, 这家法国银行); a country's bank named on its own stays */
static void test_descriptions_by_rank_or_country(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"西班牙第二大银行", GX_ENT_COMPANY, 0.7f},
                                       {"大发电集团", GX_ENT_COMPANY, 0.7f},
                                       {"欧洲航司", GX_ENT_COMPANY, 0.7f},
                                       {"法国银行", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("西班牙第二大银行公布业绩。六大发电集团日耗煤回升。欧洲航司破产潮爆发。"
                                         "据报道，这家法国银行已准备好吸引客户。",
                                         tags, 4);
    assert_null(fixture_find(art, "西班牙第二大银行", -1));
    assert_null(fixture_find(art, "大发电集团", -1));
    assert_null(fixture_find(art, "欧洲航司", -1));
    assert_null(fixture_find(art, "法国银行", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"荷兰银行", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("苏格兰皇家银行今后将保留荷兰银行在中国的企业银行业务。", tags2, 1);
    assert_non_null(fixture_find(art, "荷兰银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a known company with a word glued after it that no name reads on with is the known company
 * (德展健康|天量, 金力泰|公开资料, 易方达|瑞惠); a longer name that reads on stays (…|药业公司),
 * and so does the company's site (腾讯网) */
static void test_known_name_and_glued_word(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"德展健康天量", GX_ENT_COMPANY, 0.44f}, {"金力泰公开", GX_ENT_COMPANY, 0.5f}};
    gx_article *art = fixture_run_tagged("德展健康天量解禁吃跌停。根据金力泰公开资料，双方已签约。", tags, 2);
    assert_null(fixture_find(art, "德展健康天量", -1));
    assert_null(fixture_find(art, "金力泰公开", -1));
    assert_non_null(fixture_find(art, "德展健康", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"片仔癀药业公司", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("原因是母公司片仔癀药业公司产品销售增长。", tags2, 1);
    assert_non_null(fixture_find(art, "片仔癀药业公司", GX_ENT_COMPANY));
    gx_article_free(art);
    /* (a company's site is a name of its own: 腾讯网) */
    static const fixture_tag tags3[] = {{"腾讯网", GX_ENT_COMPANY, 0.5f}};
    art = fixture_run_tagged("据腾讯网报道，早在2018年双方就已接触。", tags3, 1);
    assert_non_null(fixture_find(art, "腾讯网", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a legal name may be followed by the verb it is the subject of (…有限公司|解除限售) */
static void test_legal_name_before_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司控股股东美林控股集团有限公司解除限售的股份为1.2亿股。", NULL, NULL);
    assert_non_null(fixture_find(art, "美林控股集团有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a list before 等 that names materials, ways or undisclosed parties is no list of firms
 * (…等原材料供应商, …等方式增持公司, 投资方未透露); a party word before a legal name is no part
 * of it (本轮投资方|…有限公司); a list of firms stays */
static void test_lists_that_name_no_firms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司上游为钴酸锂、石墨、隔膜等原材料供应商。股东以大宗交易等方式累计增持公司股份。", NULL, NULL);
    assert_null(fixture_find(art, "钴酸锂", -1));
    assert_null(fixture_find(art, "石墨", -1));
    assert_null(fixture_find(art, "大宗交易", -1));
    gx_article_free(art);
    art = fixture_run("公司完成5000万元融资，投资方包括投资方未透露。本轮投资方星湾创新资产管理有限公司表示看好。", NULL, NULL);
    assert_null(fixture_find(art, "投资方未透露", -1));
    assert_non_null(fixture_find(art, "星湾创新资产管理有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "本轮投资方星湾创新资产管理有限公司", -1));
    gx_article_free(art);
    art = fixture_run("乐视、完美、德信等公司都在进军实景娱乐。", NULL, NULL);
    assert_non_null(fixture_find(art, "德信", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a branch named by its place alone is a unit of a company named elsewhere, no company of its
 * own (中国银行|上海市分行, 中国移动|长沙分公司); a branch named with its parent stays */
static void test_branches_of_a_place(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"上海市分行", GX_ENT_COMPANY, 0.6f},
                                       {"长沙分公司", GX_ENT_COMPANY, 0.6f},
                                       {"甘肃省分公司", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("中国银行上海市分行与市金融办签约。公司中标中国移动长沙分公司项目。"
                                         "他曾任甘肃省分公司营业部科长。",
                                         tags, 3);
    assert_null(fixture_find(art, "上海市分行", -1));
    assert_null(fixture_find(art, "长沙分公司", -1));
    assert_null(fixture_find(art, "甘肃省分公司", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"邮储银行宜春分行", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("邮储银行宜春分行发放了首笔贷款。", tags2, 1);
    assert_non_null(fixture_find(art, "邮储银行宜春分行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a composite index or an industry classification named after its maker names no company
 * (韩国首尔|综合指数, 中信|一级行业指数); the maker named on its own still is one */
static void test_indexes_named_after_makers(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"韩国首尔", GX_ENT_COMPANY, 0.6f}, {"国信", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("韩国首尔综合指数跌2.2%。行业板块方面，国信一级行业指数中银行跌幅最大。", tags, 2);
    assert_null(fixture_find(art, "韩国首尔", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "国信", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"国信", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("国信认为银行股估值偏低。", tags2, 1);
    assert_non_null(fixture_find(art, "国信", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an offering named by the alias rule is no company (…并在创业板上市(以下简称“本次发行”),
 * …投资者定价发行(以下简称“网上发行”)); a company declared the same way stays */
static void test_offerings_are_no_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("星辰科技股份有限公司首次公开发行股票并在创业板上市(以下简称“本次发行”)的申请已获批准。"
                                  "本次发行的保荐机构为某证券。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "创业板上市", -1));
    assert_null(fixture_find(art, "本次发行", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "星辰科技股份有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the lead's tenth-session shapes: clause punctuation inside a tagger span (a headline's
 * 华鹏飞:|公司控股股东), a bracketed place before a business word and the legal form, an industry
 * or a deal's target before 集团, a description by a count of one, and a firm the gazetteer
 * knows whose name holds a listed short name (泛|大西洋投资) */
static void test_lead_shapes(void **state)
{
    (void)state;
    static const fixture_tag colon[] = {{"华鹏飞:公司", GX_ENT_COMPANY, 0.45f}};
    gx_article *art = fixture_run_tagged("注意!华鹏飞:公司控股股东部分股份解除质押。", colon, 1);
    assert_null(fixture_find(art, "华鹏飞:公司", -1));
    assert_non_null(fixture_find(art, "华鹏飞", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("鉴于公司间接控股股东已变更为金光纸业(中国)投资有限公司,董事会拟提前换届。", NULL, NULL);
    assert_non_null(fixture_find(art, "金光纸业(中国)投资有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("兴业证券股东福建龙溪轴承(集团)股份有限公司均拟减持其全部持股。", NULL, NULL);
    assert_non_null(fixture_find(art, "福建龙溪轴承(集团)股份有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag group[] = {{"教育集团", GX_ENT_COMPANY, 0.43f}};
    art = fixture_run_tagged("近日,民办高等教育集团中国春来教育发布公告。", group, 1);
    assert_null(fixture_find(art, "教育集团", -1));
    gx_article_free(art);
    art = fixture_run("公告称,目标集团的收入来自游戏业务。", NULL, NULL);
    assert_null(fixture_find(art, "目标集团", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("中国春来教育又收购苏州一所独立学院。", NULL, NULL);
    assert_null(fixture_find(art, "苏州一所独立学院", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a list of as many names as the count of firms after it; not a count of one */
    art = fixture_run("据报道,甲乙汽车、丙丁汽车、戊己汽车三家车企年底将进入破产程序。", NULL, NULL);
    assert_non_null(fixture_find(art, "甲乙汽车", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "戊己汽车", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("他开始管理团队、管理一家公司时,才明白这一点。", NULL, NULL);
    assert_null(fixture_find(art, "团队", GX_ENT_COMPANY));
    gx_article_free(art);
    /* the items of a list of industries are no firms */
    static const fixture_tag trade[] = {{"交通", GX_ENT_COMPANY, 0.66f}};
    art = fixture_run_tagged("公司将把方案拓展应用到能源、交通等行业。", trade, 1);
    assert_null(fixture_find(art, "交通", -1));
    gx_article_free(art);
    /* an unknown firm between a copula and a title, once the holder is found */
    static const fixture_tag holder[] = {{"易诺青", GX_ENT_PERSON, 0.58f}};
    art = fixture_run_tagged("易诺青是高瓴资本合伙人,同时也是高济医疗董事长。", holder, 1);
    assert_non_null(fixture_find(art, "高济医疗", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("(作者为国泰君安上海研究总监)", NULL, NULL);
    assert_null(fixture_find(art, "国泰君安上海", -1));
    gx_article_free(art);
    /* a company's total shares; what befalls a subsidiary */
    static const fixture_tag total[] = {{"神州信息总股份", GX_ENT_COMPANY, 0.4f}};
    art = fixture_run_tagged("累计减持神州信息3814.95万股,占神州信息总股份的4.38%。", total, 1);
    assert_null(fixture_find(art, "神州信息总股份", -1));
    gx_article_free(art);
    art = fixture_run("元禾控股子公司收深圳证监警示函。", NULL, NULL);
    assert_null(fixture_find(art, "收深圳证监", -1));
    gx_article_free(art);
    /* a firm named after a comma as the source of a view, with the tagger running and silent on it */
    static const fixture_tag other[] = {{"市场", GX_ENT_ORGANIZATION, 0.3f}};
    art = fixture_run_tagged("具体操作上,源达投顾认为,目前市场主线凸显。", other, 1);
    assert_non_null(fixture_find(art, "源达投顾", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("本轮融资由软银领投,General Atlantic泛大西洋投资跟投。", NULL, NULL);
    assert_non_null(fixture_find(art, "泛大西洋投资", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "大西洋", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tagger_later_edge_one_character),
        cmocka_unit_test(test_tagger_earlier_edge_after_stop_words),
        cmocka_unit_test(test_verbs_before_legal_names),
        cmocka_unit_test(test_time_and_order_phrases),
        cmocka_unit_test(test_amount_qualifiers),
        cmocka_unit_test(test_shareholder_holding_phrases),
        cmocka_unit_test(test_cut_fund_products),
        cmocka_unit_test(test_descriptions_by_rank_or_country),
        cmocka_unit_test(test_known_name_and_glued_word),
        cmocka_unit_test(test_legal_name_before_verb),
        cmocka_unit_test(test_lists_that_name_no_firms),
        cmocka_unit_test(test_branches_of_a_place),
        cmocka_unit_test(test_indexes_named_after_makers),
        cmocka_unit_test(test_offerings_are_no_companies),
        cmocka_unit_test(test_lead_shapes),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
