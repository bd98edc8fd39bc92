/* test_companies.c — companies and their tickers (fifth session, helper "companies"): the
 * article's date estimated from its text for withholding tickers of later listings
 * (gx_resolve_entities.c article_as_of / ticker_withheld) and the company rules added in that round.
 * The tagger is left out (fixture_run / lexicon + rules + resolution only). */
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
#include "gx_quantity.h"


static const char *ticker_of(gx_article *art, const char *name)
{
    const gx_entity *e = fixture_find(art, name, GX_ENT_COMPANY);
    assert_non_null(e);
    return e->ticker.code;
}

/* Without published_at and without a day written with its year, the latest month or year the
 * text writes dates the article at that precision (a_share.tsv list_date: 华林证券 2019-01-17,
 * 天风证券 2018-10-19, 宁德时代 2018-06-11, 中信建投 A shares 2018-06-20 after HKEX 6066). */
static void test_year_dates_the_article(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2018年市场震荡。华林证券认为，天风证券表示反弹可期。");
    assert_string_equal(ticker_of(art, "华林证券"), "");         /* listed in a later year */
    assert_string_equal(ticker_of(art, "天风证券"), "601162");   /* the same year: kept */
    gx_article_free(art);
    art = fixture_run_undated("2018年1月以来，中信建投认为，天风证券表示反弹可期。");
    assert_string_equal(ticker_of(art, "中信建投"), "06066"); /* listed in Hong Kong first */
    assert_string_equal(ticker_of(art, "天风证券"), "");
    gx_article_free(art);
    art = fixture_run_undated("2019年7月30日，君实生物召开董事会。邮储银行表示支持。");
    assert_string_equal(ticker_of(art, "君实生物"), "01877"); /* HKEX 2018-12, SSE 2020-07 */
    assert_string_equal(ticker_of(art, "邮储银行"), "01658"); /* HKEX 2016-09, SSE 2019-12 */
    gx_article_free(art);
    /* a day written with its year outranks a later year (forecasts: 2019年目标) */
    art = fixture_run_undated("2017年12月20日，华林证券预计2019年目标实现。");
    assert_string_equal(ticker_of(art, "华林证券"), "");
    gx_article_free(art);
    art = fixture_run_undated("2013年12月20日，华林证券表示，2019年目标实现。宁德时代营收增长。");
    /* a day more than five years before the listing: a review of the past, kept */
    assert_string_equal(ticker_of(art, "华林证券"), "002945");
    gx_article_free(art);
    art = fixture_run_undated("2014年12月20日，华林证券表示，2019年目标实现。宁德时代营收增长。");
    /* five years before: withheld (the latest written day is rarely older than that) */
    assert_string_equal(ticker_of(art, "华林证券"), "");
    gx_article_free(art);
    /* a bare day the engine placed in the year written narrows it (天风证券 listed 2018-10-19) */
    art = fixture_run_undated("2018年以来市场震荡。2月6日，天风证券表示反弹可期。");
    assert_string_equal(ticker_of(art, "天风证券"), "");
    gx_article_free(art);
    /* only a year: the latest month written without a year narrows it, wherever the engine
     * placed that month (中信建投 A shares 2018-06-20, 天风证券 2018-10-19) */
    art = fixture_run_undated("2017年7月以来，2018年市场震荡。2月份，天风证券、中信建投表示反弹可期。");
    assert_string_equal(ticker_of(art, "天风证券"), "");
    assert_string_equal(ticker_of(art, "中信建投"), "06066");
    gx_article_free(art);
    art = fixture_run_undated("2018年市场震荡。十一月，天风证券表示反弹可期。");
    assert_string_equal(ticker_of(art, "天风证券"), "601162");
    gx_article_free(art);
    art = fixture_run_undated("2018年市场震荡。本月天风证券表示反弹可期。"); /* 本月: no month by number */
    assert_string_equal(ticker_of(art, "天风证券"), "601162");
    gx_article_free(art);
    art = fixture_run_undated("华林证券认为反弹可期。"); /* nothing dates it: kept */
    assert_string_equal(ticker_of(art, "华林证券"), "002945");
    gx_article_free(art);
}

/* A fund's or a bond's code written after a name is no company's ticker (创业板50ETF(159949.SZ)). */
static void test_fund_codes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("创业板50ETF(159949.SZ)获得净申购，贵州茅台(600519.SH)上涨。", NULL, NULL);
    for (int i = 0; i < art->entities.n; i++) {
        const gx_ticker *t = &art->entities.v[i].ticker;
        assert_false(!strcmp(t->code, "159949"));
    }
    assert_string_equal(ticker_of(art, "贵州茅台"), "600519");
    gx_article_free(art);
}

/* A date from the text is only a lower bound of when the article was written: a company whose
 * shares the article shows trading, or whose listing it reports done, keeps its ticker. */
static void test_trading_shows_listing(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2017年5月以来，宁德时代等强势连板。华林证券认为反弹可期。");
    assert_string_equal(ticker_of(art, "宁德时代"), "300750");
    assert_string_equal(ticker_of(art, "华林证券"), "");
    gx_article_free(art);
    art = fixture_run_undated("2017年，宁德时代在创业板成功上市。");
    assert_string_equal(ticker_of(art, "宁德时代"), "300750");
    gx_article_free(art);
    art = fixture_run_undated("2017年，宁德时代提交上市申请。");
    assert_string_equal(ticker_of(art, "宁德时代"), "");
    gx_article_free(art);
    /* the trading of a company listed in Hong Kong first is its HKEX share's (中国移动 A shares 2022) */
    art = fixture_run_undated("2017年10月30日，中国移动股价下跌。");
    assert_string_equal(ticker_of(art, "中国移动"), "00941");
    gx_article_free(art);
    /* a portal's inline stock quote after the name: trading when the article was written */
    art = fixture_run_undated("2017年，宁德时代(43.210,-0.23,-1.32%)提交申请。华林证券认为反弹可期。");
    assert_string_equal(ticker_of(art, "宁德时代"), "300750");
    assert_string_equal(ticker_of(art, "华林证券"), "");
    gx_article_free(art);
}

/* Seventh session: a listing date for US and Hong Kong listings since 2010 (global_companies.tsv
 * seventh column: 小米 HKEX 2018-07-09, 陆金所 NYSE 2020-10-30); a bare day after 当年/同年 is a
 * day of the year the text named, not the article's. */
/* A listing renamed since (global_companies.tsv, eighth column) gets the ticker of the article's
 * day: Facebook was NASDAQ FB until 2022-06-09, Twitter NYSE TWTR until its delisting; the
 * company id stays the company's. An undated text gets today's. */
static void test_renamed_listings(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2018年3月5日，Facebook股价下跌，苏格兰皇家银行上涨，推特持平。");
    assert_string_equal(ticker_of(art, "Facebook"), "FB");
    assert_string_equal(ticker_of(art, "苏格兰皇家银行"), "RBS");
    assert_string_equal(ticker_of(art, "推特"), "TWTR");
    const gx_entity *fb = fixture_find(art, "Facebook", GX_ENT_COMPANY);
    assert_non_null(fb);
    assert_string_equal(fb->company_id, "nasdaq-meta");
    gx_article_free(art);
    art = fixture_run_undated("2023年3月5日，Facebook股价下跌，苏格兰皇家银行上涨，推特持平。");
    assert_string_equal(ticker_of(art, "Facebook"), "META");
    assert_string_equal(ticker_of(art, "苏格兰皇家银行"), "NWG");
    assert_string_equal(ticker_of(art, "推特"), "");
    gx_article_free(art);
    art = fixture_run_undated("Facebook股价下跌。");
    assert_string_equal(ticker_of(art, "Facebook"), "META");
    gx_article_free(art);
}

/* A listed short name inside a longer gazetteer name of another company names that company, not
 * the listed one: 史丹利 (002588) in 摩根史丹利 (Morgan Stanley), 汇丰 in 汇丰晋信 (a fund company);
 * short forms of listed companies carry their ticker (宝钢, 恒瑞) (eighth session). */
static void test_names_inside_longer_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("投资银行摩根史丹利在一份报告中提到，经济增长带动利率。");
    assert_string_equal(ticker_of(art, "摩根史丹利"), "MS");
    assert_null(fixture_find(art, "史丹利", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_undated("至2017年末，汇丰晋信大盘波动精选的收益率居前。");
    const gx_entity *e = fixture_find(art, "汇丰", GX_ENT_COMPANY);
    assert_true(!e || !e->ticker.code[0]);
    gx_article_free(art);
    art = fixture_run_undated("我们看到国航、宝钢依然在涨，茅台、格力、恒瑞等龙头股创出新高。");
    assert_string_equal(ticker_of(art, "宝钢"), "600019");
    assert_string_equal(ticker_of(art, "恒瑞"), "600276");
    gx_article_free(art);
}

/* A listed name ending a fund product's name whose prefix the article writes before other funds
 * is the fund (东方红新动力, not 新动力 300152); the listed company named so elsewhere stays (eighth
 * session). */
static void test_fund_products_named_like_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("历任东方红9号、东方红明睿4号投资经理。2015年9月起任东方红新动力和东方红京东大数据基金经理，"
                                  "2018年1月起任东方红睿泽三年定期开放灵活配置基金经理。东方红新动力2017年底重仓股集中于消费。");
    assert_null(fixture_find(art, "新动力", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_undated("新动力公告称，公司拟更名。东方红京东大数据基金、东方红睿泽灵活配置基金规模增长。");
    assert_string_equal(ticker_of(art, "新动力"), "300152");
    gx_article_free(art);
}

/* A listed bank named between dashes before a plan's name (诺安基金-工商银行-诺安金狮66号资产管理
 * 计划) is the plan's custodian, a company of the article with its ticker (eighth session: part of
 * the product; twelfth session, comp15: the custodian, as the gold conventions count it). */
static void test_banks_in_product_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("文细棠通过诺安基金-工商银行-诺安金狮66号资产管理计划持有公司5.03%股权。");
    assert_string_equal(ticker_of(art, "工商银行"), "601398");
    gx_article_free(art);
    art = fixture_run_undated("工商银行表示，诺安基金-工商银行-诺安金狮66号资产管理计划已清盘。");
    assert_string_equal(ticker_of(art, "工商银行"), "601398");
    gx_article_free(art);
}

/* A bare 平安 (an ordinary word too) beside another 平安 company of the article names 中国平安 only
 * where a listed company is meant: in a list of companies, before its shares' move (eighth session). */
static void test_family_short_forms(void **state)
{
    (void)state;
    static const fixture_tag tag[] = {{"平安", GX_ENT_COMPANY, 0.8f}}; /* as the tagger reads it */
    gx_article *art = fixture_run_tagged("平安银行10月9日的一纸通知被曝光，要求排查风险。平安并未透露具体媒体信息来源。", tag, 1);
    assert_string_equal(ticker_of(art, "平安"), "");
    gx_article_free(art);
    art = fixture_run_tagged("平安银行发布年报。茅台、平安、格力等龙头股的股价创出新高。", tag, 1);
    assert_string_equal(ticker_of(art, "平安"), "601318");
    gx_article_free(art);
    art = fixture_run_undated("平安银行发布年报。茅台、平安、格力等龙头股的股价创出新高。");
    assert_string_equal(ticker_of(art, "平安"), "601318");
    gx_article_free(art);
    art = fixture_run_undated("平安银行发布年报。平安股价大涨，市场情绪回暖。");
    assert_string_equal(ticker_of(art, "平安"), "601318");
    gx_article_free(art);
}

/* A broker's name cut before its research unit's word (广发|策略) is the unit, and so its company;
 * a renamed US listing keeps its old ticker for its day (携程 CTRP until 2019-11-05); a listing
 * that began later is withheld (戴尔 back on NYSE 2018-12-28) (eighth session). */
static void test_cut_units_and_more_renames(void **state)
{
    (void)state;
    static const fixture_tag tag[] = {{"广发", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("广发策略戴康团队认为，A股在陆港通开通后较之以往更具韧性。", tag, 1);
    /* the desk is the broker (the broker-desk rule), whatever the tagger cut */
    assert_string_equal(ticker_of(art, "广发策略"), "000776");
    gx_article_free(art);
    art = fixture_run_undated("2018年3月5日，携程股价下跌。");
    assert_string_equal(ticker_of(art, "携程"), "CTRP");
    gx_article_free(art);
    art = fixture_run_undated("2018年3月5日，戴尔表示将重新上市。");
    assert_string_equal(ticker_of(art, "戴尔"), "");
    gx_article_free(art);
    art = fixture_run_undated("2020年3月5日，携程股价下跌，戴尔股价上涨。");
    assert_string_equal(ticker_of(art, "携程"), "TCOM");
    assert_string_equal(ticker_of(art, "戴尔"), "DELL");
    gx_article_free(art);
}

/* A text dated by a year alone and speaking of the Spring Festival was written about February of
 * that year (and one writing a quarter with its year, at the quarter's last month): 天风证券 (listed 2018-10-19) gets no ticker; without the festival, or when it is last
 * year's, the year keeps the listings of that year (eighth session). */
static void test_spring_festival_dates_a_year(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("有人说是因为春节前资金紧张。2018年钢铁价格还能不能继续大涨？天风证券认为仍有空间。");
    assert_string_equal(ticker_of(art, "天风证券"), "");
    gx_article_free(art);
    art = fixture_run_undated("有人说是因为资金紧张。2018年钢铁价格还能不能继续大涨？天风证券认为仍有空间。");
    assert_string_equal(ticker_of(art, "天风证券"), "601162");
    gx_article_free(art);
    art = fixture_run_undated("去年春节前资金紧张。2018年钢铁价格还能不能继续大涨？天风证券认为仍有空间。");
    assert_string_equal(ticker_of(art, "天风证券"), "601162");
    gx_article_free(art);
    /* a quarter written with its year dates the text at its last month: 壳牌's results for
     * 2017年第四季度 are a 2018 story, when its ticker was RDS.A */
    art = fixture_run_undated("欧洲股市周四收低。荷兰皇家壳牌公司报告说，2017年第四季度利润增长了一倍多。");
    assert_string_equal(ticker_of(art, "荷兰皇家壳牌公司"), "RDS.A");
    gx_article_free(art);
}

static void test_us_and_hk_listing_dates(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2018年2月5日，小米、陆金所计划赴港上市，腾讯表示支持。");
    assert_string_equal(ticker_of(art, "小米"), "");
    assert_string_equal(ticker_of(art, "陆金所"), "");
    assert_string_equal(ticker_of(art, "腾讯"), "00700"); /* no listing date: kept */
    gx_article_free(art);
    art = fixture_run_undated("2016年11月5日以来，此前上市即遭到资金抢筹的小米、陆金所表现强势。"); /* listed by then */
    assert_string_equal(ticker_of(art, "小米"), "01810");
    gx_article_free(art);
    art = fixture_run_undated("2021年2月5日，小米、陆金所股价上涨。");
    assert_string_equal(ticker_of(art, "小米"), "01810");
    assert_string_equal(ticker_of(art, "陆金所"), "LU");
    gx_article_free(art);
    /* 1987年…当年10月19日 does not date a 2018 text (天风证券 listed 2018-10-19) */
    art = fixture_run_undated("2018年以来市场震荡。2月5日，天风证券表示，1987年股市大跌，当年10月19日标普狂泻。");
    assert_string_equal(ticker_of(art, "天风证券"), "");
    gx_article_free(art);
    art = fixture_run_undated("2018年以来市场震荡。2月5日，天风证券表示，10月19日标普狂泻。");
    assert_string_equal(ticker_of(art, "天风证券"), "601162"); /* the same without 当年 */
    gx_article_free(art);
}

/* Chinese companies listed only in Hong Kong or the US, and large unlisted ones, are gazetteer
 * companies with their codes (global_companies.tsv, ninth session "hklist"): as of the article's
 * date (雅生活 listed 2018-02-09; 58同城 left NYSE in 2020-09; 华米科技 HMI became ZEPP in 2021-02); a
 * "-B" biotech name is its company; forms that are words or lie inside words were left out
 * (时代中国 in 新时代中国特色, 彩生活 in 多彩生活, 希望教育 in 希望教育部门). */
static void test_hong_kong_and_us_listed_chinese_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2019年7月5日，雅生活、融信中国、宇华教育、中航科工和中国罕王股价上涨，"
                                  "58同城与华米科技下跌，十荟团完成融资。");
    assert_string_equal(ticker_of(art, "雅生活"), "03319");
    assert_string_equal(ticker_of(art, "融信中国"), "03301");
    assert_string_equal(ticker_of(art, "宇华教育"), "06169");
    assert_string_equal(ticker_of(art, "中航科工"), "02357");
    assert_string_equal(ticker_of(art, "中国罕王"), "03788");
    assert_string_equal(ticker_of(art, "58同城"), "WUBA"); /* listed then */
    assert_string_equal(ticker_of(art, "华米科技"), "HMI");
    assert_string_equal(ticker_of(art, "十荟团"), "");     /* unlisted, still a company */
    gx_article_free(art);
    art = fixture_run_undated("2017年11月5日，雅生活计划赴港上市。");
    assert_string_equal(ticker_of(art, "雅生活"), ""); /* listed in 2018 */
    gx_article_free(art);
    art = fixture_run_undated("2022年3月5日，58同城与华米科技发布公告。");
    assert_string_equal(ticker_of(art, "58同城"), ""); /* delisted */
    assert_string_equal(ticker_of(art, "华米科技"), "ZEPP");
    gx_article_free(art);
    art = fixture_run_undated("2020年6月12日，基石药业-B(02616)发布公告。");
    const gx_entity *e = fixture_find(art, "基石药业", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "02616");
    gx_article_free(art);
    art = fixture_run_undated("以习近平新时代中国特色社会主义思想为指导，诠释多彩生活理念，希望教育部门加强监管。");
    for (int k = 0; k < art->entities.n; k++)
        assert_int_not_equal(art->entities.v[k].type, GX_ENT_COMPANY);
    gx_article_free(art);
}

/* A team, research unit or division named after a listed company is that company (it has no
 * shares of its own): 华泰宏观 -> 华泰证券, 摩根士丹利财富管理 -> MS; a name that is no unit word
 * after the company keeps no ticker. */
static void test_units_of_listed_companies(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"华泰宏观", GX_ENT_COMPANY, 0.9f},
                                       {"国泰君安证券研究所", GX_ENT_COMPANY, 0.9f},
                                       {"摩根士丹利财富管理", GX_ENT_COMPANY, 0.9f},
                                       {"凯投宏观", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged(
        "华泰宏观首席李超表示，国泰君安证券研究所认为反弹可期。摩根士丹利财富管理首席投资官表示，市场将企稳。"
        "凯投宏观认为经济放缓。",
        tags, 4);
    assert_string_equal(ticker_of(art, "华泰宏观"), "601688");
    assert_string_equal(ticker_of(art, "国泰君安证券研究所"), "601211");
    assert_string_equal(ticker_of(art, "摩根士丹利财富管理"), "MS");
    assert_string_equal(ticker_of(art, "凯投宏观"), ""); /* a firm of its own, no listed 凯投 */
    gx_article_free(art);
}

/* A code the text writes in brackets after a portal's inline stock quote is the ticker: 华兴资本控股
 * (15.48,-0.28,-1.78%)(01911) -> HKEX 1911; an A+H company's written HK code wins over its A
 * share (中兴通讯 -> 0763). */
static void test_codes_after_stock_quotes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("华兴资本控股(15.48,-0.28,-1.78%)(01911)发布公告，回购15万股。", NULL, NULL);
    assert_string_equal(ticker_of(art, "华兴资本控股"), "01911");
    gx_article_free(art);
    art = fixture_run("中兴通讯(21.35,1.75,8.93%)(00763)公布业绩，股价上涨。", NULL, NULL);
    assert_string_equal(ticker_of(art, "中兴通讯"), "00763");
    gx_article_free(art);
    art = fixture_run("中兴通讯(21.35,1.75,8.93%)(2018)公布业绩。", NULL, NULL); /* a year, no code */
    assert_string_equal(ticker_of(art, "中兴通讯"), "000063");
    gx_article_free(art);
}

/* An award or a contest named after a company (a portal's 金麒麟 awards, a sponsor's cup) is not
 * the company: a company named only so is not reported. */
static void test_awards_are_not_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("2020金麒麟最佳基金经理评选，快投票！2019“银华基金杯”理财师大赛来袭。", NULL, NULL);
    assert_null(fixture_find(art, "金麒麟", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "银华基金", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("金麒麟发布公告，金麒麟奖励员工。", NULL, NULL); /* 奖励 is no award's name */
    assert_non_null(fixture_find(art, "金麒麟", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A bank's two-character abbreviation whose 行 begins 行业 (化工行业, 军工行业, 构建行业) is no
 * mention of the bank; 工行业绩 (its results) is. */
static void test_banks_inside_industry_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("1月化工行业下游需求难以上涨，军工行业将迎来景气。", NULL, NULL);
    for (int i = 0; i < art->entities.n; i++)
        assert_string_not_equal(art->entities.v[i].ticker.code, "601398");
    gx_article_free(art);
    art = fixture_run("工行业绩增长，建行业务扩张。", NULL, NULL);
    assert_string_equal(ticker_of(art, "工行"), "601398");
    assert_string_equal(ticker_of(art, "建行"), "601939");
    gx_article_free(art);
    /* nor when the tagger reads it so (eighth session) */
    static const fixture_tag tag[] = {{"工行", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("1月化工行业下游需求难以上涨，军工行业将迎来景气。", tag, 1);
    assert_null(fixture_find(art, "工行", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_tagged("工行业绩增长。", tag, 1);
    assert_string_equal(ticker_of(art, "工行"), "601398");
    gx_article_free(art);
}

/* A company named only as a credit (来源:, 数据来源:, 图片来源: …, or a website named after it:
 * (中金网)) is the source of the article or its figures, not a company it is about. */
static void test_credits_are_not_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("贵州茅台营收增长。\n数据来源:东方财富Choice数据,银河证券,截至日期:2018-02-01\n", NULL, NULL);
    assert_null(fixture_find(art, "银河证券", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "贵州茅台", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("美元带来支撑。(中金网)\n", NULL, NULL);
    assert_null(fixture_find(art, "中金", GX_ENT_COMPANY));
    gx_article_free(art);
    /* named in the text as well: reported, with every mention */
    art = fixture_run("银河证券认为反弹可期。\n数据来源:银河证券\n", NULL, NULL);
    const gx_entity *e = fixture_find(art, "银河证券", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "601881");
    gx_article_free(art);
    /* an author's firm after the credit is named, not credited */
    art = fixture_run("来源:格隆汇 作者:银河证券\n", NULL, NULL);
    assert_non_null(fixture_find(art, "银河证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* X公司 where X is a function word, a digit, a bare code or a generic word is a phrase about a
 * company, never a company's name; 分公司 and names stay. */
static void test_company_word_phrases(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"维护公司", GX_ENT_COMPANY, 0.9f}, {"所持公司", GX_ENT_COMPANY, 0.9f},
                                       {"卫星公司", GX_ENT_COMPANY, 0.9f}, {"ST公司", GX_ENT_COMPANY, 0.9f},
                                       {"华远公司", GX_ENT_COMPANY, 0.9f}, {"Arm公司", GX_ENT_COMPANY, 0.9f},
                                       {"EA公司", GX_ENT_COMPANY, 0.98f}, {"AI公司", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged(
        "独立董事应维护公司整体利益。卫星公司破产。ST公司所持公司股份减少。华远公司和Arm公司签约。EA公司发布新游戏。AI公司增多。", tags,
        8);
    assert_null(fixture_find(art, "维护公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "所持公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "卫星公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "ST公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "华远公司", GX_ENT_COMPANY));
    /* (a Latin name and a bare 公司 is the company named alone where a rule reads it so: comp23) */
    assert_non_null(fixture_find(art, "Arm", GX_ENT_COMPANY));
    /* two capitals: a sure firm (EA公司) is one, a doubtful code (AI公司) is not */
    assert_non_null(fixture_find(art, "EA公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "AI公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A listed company's asset-management arm is a company of its own (摩根大通资产管理), and an
 * arm named without its arm word elsewhere (美团龙珠) is that arm, not its parent. */
static void test_arms_and_their_short_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("摩根大通资产管理(JPMorgan Asset Management)称,回调很正常。", NULL, NULL);
    assert_non_null(fixture_find(art, "摩根大通资产管理", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "摩根大通资产", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("美团龙珠资本领投本轮融资。这是美团龙珠在消费领域的案例。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "美团龙珠资本", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_int_equal(e->mentions.n, 2);
    assert_null(fixture_find(art, "美团", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A company name that is an ordinary word too (美的, 苹果) is a company in a list next to a sure
 * company name (如美的、伊利等), and stays a word elsewhere. */
static void test_weak_names_in_company_lists(void **state)
{
    (void)state;
    gx_article *art = fixture_run("消费白马遭到踩踏,如美的、伊利等继续大幅下挫。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "美的", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "000333");
    gx_article_free(art);
    art = fixture_run("这是美的享受,也是美的、好的东西。", NULL, NULL);
    assert_null(fixture_find(art, "美的", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* An unknown name right before 总监 is the organization of the post (TJM投资运营总监); a place
 * after 前/原 is the former post's region, no company (福特已将前英国销售总监). */
static void test_names_before_director_titles(void **state)
{
    (void)state;
    gx_article *art = fixture_run("TJM投资运营总监蒂姆·安德森称,股市下跌很像恐慌性抛售。", NULL, NULL);
    assert_non_null(fixture_find(art, "TJM投资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("据外媒报道,福特已将前英国销售总监Lisa Brankin任命为新职务。", NULL, NULL);
    assert_null(fixture_find(art, "前英国", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A company's Latin name in brackets after its Chinese name is its alias and outranks a shorter
 * gazetteer name inside it (JPMorgan: the parent's ticker is not the arm's); a person's
 * First Last in brackets is no company's alias. */
static void test_latin_glosses(void **state)
{
    (void)state;
    gx_article *art = fixture_run("摩根大通资产管理(JPMorgan Asset Management)称,回调很正常。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "JPMorgan Asset Management", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->name, "摩根大通资产管理");
    assert_string_equal(e->ticker.code, "");
    assert_null(fixture_find(art, "JPMorgan", GX_ENT_COMPANY));
    gx_article_free(art);
    static const fixture_tag tags[] = {{"凯利", GX_ENT_COMPANY, 0.9f}};
    art = fixture_run_tagged("白宫幕僚长凯利(David Kelly)表示反对。", tags, 1);
    assert_null(fixture_find(art, "David Kelly", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A company the text leaves unnamed (某) and a crime phrase before 证券 are no company names. */
static void test_unnamed_companies(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"上海某配资公司", GX_ENT_COMPANY, 0.9f}, {"某股份制银行", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("上海某配资公司与某股份制银行合作。", tags, 2);
    assert_null(fixture_find(art, "上海某配资公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "某股份制银行", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("他因涉嫌操纵证券市场被调查。", NULL, NULL);
    assert_null(fixture_find(art, "涉嫌操纵证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A suffix name opening a clause after a dateline (02月02日讯 开源证券：…) is the source of what
 * follows, like one after a full stop: it needs no tagger to stand. */
static void test_source_after_dateline(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"央行", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("证券时报网02月02日讯 开源证券：要想避免踩雷，就要远离业绩差的股票。央行暂停操作。",
                                         tags, 1);
    assert_non_null(fixture_find(art, "开源证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* Second round (helper "companies2"). X集团有限公司 after a relation word (控股股东, 股东为) is a
 * whole legal name: 集团 belongs to the name, not to the legal form that a short body would cut. */
static void test_group_legal_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司控股股东恒通集团有限公司与王先生为一致行动人。", NULL, NULL);
    assert_non_null(fixture_find(art, "恒通集团有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("本次股份由东宝集团有限公司持有。", NULL, NULL);
    assert_non_null(fixture_find(art, "东宝集团有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A conjunction after a known company ends it (顺威股份及|律师事务所: two parties, no name);
 * a Latin name glued to an ordinary word before 证券 is no company (REN ZHAO操纵证券). */
static void test_conjunctions_and_glued_words(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"中国软件及律师事务所", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("停牌期间，中国软件及律师事务所进行了核查。", tags, 1);
    assert_null(fixture_find(art, "中国软件及律师事务所", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "中国软件", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("警方侦破LI WEI操纵证券市场一案。", NULL, NULL);
    assert_null(fixture_find(art, "WEI操纵证券", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "LI WEI操纵证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A weak (ordinary-word) name followed in the next clause by a company figure is a company
 * (降幅最大的为新希望，净利润…); without such a figure it stays a word. */
static void test_weak_name_before_figure_clause(void **state)
{
    (void)state;
    gx_article *art = fixture_run("净利润降幅最大的为新希望，净利润同比下降32.1%。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "新希望", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "000876");
    gx_article_free(art);
    art = fixture_run("他们带来了新希望，大家都很高兴。", NULL, NULL);
    assert_null(fixture_find(art, "新希望", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A weak name in a comma list counts when its neighbour is a sure company with commas on both
 * sides (有美的，格力电器，海尔智家入选); a comma before a clause does not (这是美的，格力电器的…). */
static void test_weak_names_in_comma_lists(void **state)
{
    (void)state;
    gx_article *art = fixture_run("家电板块则有美的，格力电器，海尔智家入选。", NULL, NULL);
    assert_string_equal(ticker_of(art, "美的"), "000333");
    gx_article_free(art);
    art = fixture_run("这是美的，格力电器的空调也很好。", NULL, NULL);
    assert_null(fixture_find(art, "美的", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* ST + the name of a stock delisted later under X退 links to it (*ST长生 -> 长生退, 002680). */
static void test_special_treatment_of_delisted(void **state)
{
    (void)state;
    gx_article *art = fixture_run("基金公司下调了*ST长生股票的估值。", NULL, NULL);
    assert_string_equal(ticker_of(art, "*ST长生"), "002680");
    gx_article_free(art);
}

/* A branch of a listed bank stays a name of its own (CLUENER and DuEE name branches) but carries
 * the bank's ticker, and does not swallow the bank's own mentions (工行 … 工行辽宁分行). */
static void test_branches_carry_the_parent_ticker(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"招商银行深圳分行", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("招商银行发布公告。控股股东将股份质押给招商银行深圳分行。", tags, 1);
    const gx_entity *br = fixture_find(art, "招商银行深圳分行", GX_ENT_COMPANY);
    assert_non_null(br);
    assert_string_equal(br->ticker.code, "600036");
    const gx_entity *bank = fixture_find(art, "招商银行", GX_ENT_COMPANY);
    assert_non_null(bank);
    assert_ptr_not_equal(bank, br);
    gx_article_free(art);
}

/* A weak name run together with the figures of a stock table (…45游族网络22.68…46新希望8.35…) is a
 * company when a sure company sits between digits beside it; a weak word next to one number alone
 * is not. */
static void test_weak_names_in_stock_tables(void **state)
{
    (void)state;
    gx_article *art = fixture_run("排名45游族网络22.683.37%46新希望8.350.36%47国泰君安19.72.28%", NULL, NULL);
    assert_string_equal(ticker_of(art, "新希望"), "000876");
    gx_article_free(art);
    art = fixture_run("2018新希望在哪里？", NULL, NULL);
    assert_null(fixture_find(art, "新希望", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* The outlet of the byline is an organization, unless the gazetteer knows it as a company (a
 * broker's research note: 来源:申万宏源): then it stays a company with its ticker. */
static void test_company_as_outlet(void **state)
{
    (void)state;
    gx_article *art = fixture_run("申万宏源认为，市场将维持震荡。", "申万宏源", NULL);
    const gx_entity *e = fixture_find(art, "申万宏源", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "000166");
    gx_article_free(art);
    art = fixture_run("证券时报报道，市场将维持震荡。", "证券时报", NULL);
    assert_null(fixture_find(art, "证券时报", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "证券时报", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* A Latin name whose shares trade (Altice收盘下跌, Sainsbury股价) or after a retailer or media
 * noun (零售商Ted Baker) is a company; share-class letters (AH股价) are not. */
static void test_latin_names_that_trade(void **state)
{
    (void)state;
    gx_article *art = fixture_run("欧洲股市收跌，Altice收盘下跌7.2%。Sainsbury股价上涨2.2%，零售商Ted Baker上涨。"
                                  "AH股价联动性较强。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "Altice", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Sainsbury", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Ted Baker", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "AH", -1));
    gx_article_free(art);
}

static void test_latin_firm_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("银行类股上涨。Metro Bank表现良好，IG group收盘下跌4.36%。投资方包括"
                                  "Ribbit Capital、Unusual Ventures等。瑞典运营商Tele2在收购了有线电视集团Com Hem后下跌。"
                                  "David Kostin牵头的策略师写道，积极的因素有不少。Kostin的团队在报告中写道。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "Metro Bank", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "IG group", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Ribbit Capital", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Com Hem", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "线电视集团", -1));
    assert_null(fixture_find(art, "David Kostin", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "Kostin", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A kind of stock the tagger reads as a company (白龙马股) is none; a stock name before 股 is
 * that company (汇金通股:…); 控股 names stay. */
static void test_kinds_of_stock(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"白龙马股", GX_ENT_COMPANY, 0.9f}, {"汇金通股", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("我提出的慢牛行情、价值投资、白龙马股也都得到了市场的验证。汇金通股东拟减持。", tags, 2);
    assert_null(fixture_find(art, "白龙马股", -1));
    assert_null(fixture_find(art, "汇金通股", -1));
    gx_article_free(art);
}

static void test_places_named_after_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("周末在诺基亚剧院看演出，又去迪士尼乐园。", NULL, NULL);
    assert_null(fixture_find(art, "诺基亚", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "迪士尼", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("诺基亚发布新手机，迪士尼公布业绩。", NULL, NULL);
    assert_non_null(fixture_find(art, "诺基亚", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "迪士尼", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_platforms_named_after_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他投资了腾讯宝平台，又买了百度贷。", NULL, NULL);
    assert_null(fixture_find(art, "腾讯", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "百度", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("腾讯宝马合作推出新车，百度贷款给用户。", NULL, NULL);
    assert_non_null(fixture_find(art, "腾讯", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "百度", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a province before a listed company's whole legal name is the company (quant22); before its
 * short name, a local firm (济南|国美电器) */
static void test_province_before_legal_name(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"浙江浙矿重工股份有限公司", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("浙江浙矿重工股份有限公司发布公告称，公司营收增长。", tags, 1);
    bool linked = false;
    for (int i = 0; i < art->entities.n; i++)
        for (int k = 0; k < art->entities.v[i].mentions.n; k++)
            linked |= art->entities.v[i].mentions.v[k].span.start == 0 &&
                      art->entities.v[i].company_id && !strcmp(art->entities.v[i].company_id, "szse-300837");
    assert_true(linked);
    gx_article_free(art);
}

/* comp47: a coin + 公司 is a kind of
 * business, a firm's site or desk is not the firm, verbs of knowing open no name before 公司 */
static void test_kinds_units_and_sites(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"莱特币公司", GX_ENT_COMPANY, 0.7f},
                                       {"三一重工超级工厂", GX_ENT_COMPANY, 0.8f},
                                       {"了解公司", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("一家莱特币公司开业，"
                                         "他参观了三一重工超级工厂。很多人不了解公司是做什么的。",
                                         tags, 3);
    assert_null(fixture_find(art, "莱特币公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "三一重工超级工厂", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "了解公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "解公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_branches_of_government_bodies(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"人民银行深圳分行", GX_ENT_COMPANY, 0.92f}, {"中信银行深圳分行", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("中信银行深圳分行表示，收费标准已得到人民银行深圳分行的批准。", tags, 2);
    assert_null(fixture_find(art, "人民银行深圳分行", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "人民银行深圳分行", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "中信银行深圳分行", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_names_cut_by_stock_quotes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("原标题：浙江康恩贝(6.500,0.01,0.15%)制药股份有限公司关于控股股东所持公司部分股份解除质押的公告\n"
                                  "公司近日收到中国石化(4.020,0.01,0.25%)国际事业有限公司发来的函。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "制药股份有限公司", -1));
    assert_null(fixture_find(art, "国际事业有限公司", -1));
    assert_non_null(fixture_find(art, "中国石化", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a short name, the quote and a legal form: one mention over the quote, the company's entity */
    art = fixture_run("国信证券(10.750,-0.11,-1.01%)股份有限公司发布公告。国信证券表示。", NULL, NULL);
    const gx_entity *gx = NULL;
    for (int i = 0; i < art->entities.n; i++)
        if (art->entities.v[i].type == GX_ENT_COMPANY && !strcmp(art->entities.v[i].ticker.code, "002736"))
            gx = &art->entities.v[i];
    assert_non_null(gx);
    assert_int_equal(gx->mentions.n, 2);
    assert_int_equal(gx->mentions.v[0].span.start, 0);
    assert_int_equal(gx->mentions.v[0].span.end, 31);
    bool unquoted = !strcmp(gx->name, "国信证券股份有限公司");
    for (int i = 0; i < gx->aliases.n; i++)
        unquoted |= !strcmp(gx->aliases.v[i], "国信证券股份有限公司");
    assert_true(unquoted);
    for (int i = 0; i < gx->aliases.n; i++)
        assert_null(strchr(gx->aliases.v[i], '('));
    gx_article_free(art);
}

/* A branch named after its bank's full legal name (…股份有限公司武林支行) is one company named as
 * written, its left edge not cut by a stop word after the region (杭州|联合), the bank's legal
 * name an alias; a gazetteer word inside the bank's name (联合) lends it no ticker. */
static void test_branches_after_legal_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("将其质押在杭州联合农村商业银行股份有限公司武林支行的本公司股份解除质押。", NULL, NULL);
    const gx_entity *br = fixture_find(art, "杭州联合农村商业银行股份有限公司武林支行", GX_ENT_COMPANY);
    assert_non_null(br);
    assert_string_equal(br->ticker.code, "");
    bool alias = false;
    for (int i = 0; i < br->aliases.n; i++)
        alias |= !strcmp(br->aliases.v[i], "杭州联合农村商业银行股份有限公司");
    assert_true(alias);
    assert_null(fixture_find(art, "杭州", -1));
    gx_article_free(art);
    art = fixture_run("质押给长沙银行(7.810,-0.02,-0.26%)股份有限公司汇融支行。", NULL, NULL);
    assert_null(fixture_find(art, ")股份有限公司汇融支行", -1));
    assert_string_equal(ticker_of(art, "长沙银行"), "601577");
    gx_article_free(art);
}

/* 重工 and 船务 end a company's name like 科技 or 药业 (大船重工, twelfth session) */
static void test_industry_suffixes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，大船重工将获得破产财产的分配款。", NULL, NULL);
    assert_non_null(fixture_find(art, "大船重工", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a verb with 过 before a name is no part of it (投资过|索元生物); 过 alone stays inside words
 * (过程中 is no name's edge) */
static void test_verb_with_guo(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"过索元生物", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("盈科资本近期还投资过索元生物、亚虹医药等企业。", tags, 1);
    assert_null(fixture_find(art, "过索元生物", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_year_dates_the_article),
        cmocka_unit_test(test_trading_shows_listing),
        cmocka_unit_test(test_us_and_hk_listing_dates),
        cmocka_unit_test(test_hong_kong_and_us_listed_chinese_companies),
        cmocka_unit_test(test_renamed_listings),
        cmocka_unit_test(test_names_inside_longer_names),
        cmocka_unit_test(test_family_short_forms),
        cmocka_unit_test(test_fund_products_named_like_companies),
        cmocka_unit_test(test_cut_units_and_more_renames),
        cmocka_unit_test(test_spring_festival_dates_a_year),
        cmocka_unit_test(test_banks_in_product_names),
        cmocka_unit_test(test_units_of_listed_companies),
        cmocka_unit_test(test_codes_after_stock_quotes),
        cmocka_unit_test(test_awards_are_not_companies),
        cmocka_unit_test(test_banks_inside_industry_words),
        cmocka_unit_test(test_fund_codes),
        cmocka_unit_test(test_credits_are_not_companies),
        cmocka_unit_test(test_company_word_phrases),
        cmocka_unit_test(test_arms_and_their_short_names),
        cmocka_unit_test(test_weak_names_in_company_lists),
        cmocka_unit_test(test_names_before_director_titles),
        cmocka_unit_test(test_latin_glosses),
        cmocka_unit_test(test_unnamed_companies),
        cmocka_unit_test(test_source_after_dateline),
        cmocka_unit_test(test_group_legal_names),
        cmocka_unit_test(test_conjunctions_and_glued_words),
        cmocka_unit_test(test_weak_name_before_figure_clause),
        cmocka_unit_test(test_weak_names_in_comma_lists),
        cmocka_unit_test(test_special_treatment_of_delisted),
        cmocka_unit_test(test_branches_carry_the_parent_ticker),
        cmocka_unit_test(test_weak_names_in_stock_tables),
        cmocka_unit_test(test_company_as_outlet),
        cmocka_unit_test(test_latin_names_that_trade),
        cmocka_unit_test(test_latin_firm_names),
        cmocka_unit_test(test_kinds_of_stock),
        cmocka_unit_test(test_places_named_after_companies),
        cmocka_unit_test(test_platforms_named_after_companies),
        cmocka_unit_test(test_province_before_legal_name),
        cmocka_unit_test(test_kinds_units_and_sites),
        cmocka_unit_test(test_branches_of_government_bodies),
        cmocka_unit_test(test_names_cut_by_stock_quotes),
        cmocka_unit_test(test_branches_after_legal_names),
        cmocka_unit_test(test_industry_suffixes),
        cmocka_unit_test(test_verb_with_guo),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
