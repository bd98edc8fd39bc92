/* test_tickers11.c — tickers, tenth session (helper "tick11"): data vendors cited for a figure,
 * banks named as payment channels and platforms someone speaks on are no companies
 * (data_credit_mention, channel_mention, platform_mention in gx_resolve_entities.c), and US-listed firms named in
 * Latin letters carry their tickers (data/lexicon/global_companies.tsv). The tagger is left out
 * (fixture_run: lexicon + rules + resolution only). */
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


/* A vendor cited only for its data (同花顺数据显示, 根据融360数据, 根据晨星公司的数据) or for its fund
 * classes (晨星股票型基金) is a credit, not a company of the article; named otherwise once, it is
 * one; a broker cited for its data is an analyst and stays. */
static void test_data_vendors_are_credits(void **state)
{
    (void)state;
    gx_article *art = fixture_run("按揭利率大幅上升。根据融360数据，上月首套房贷款平均利率为5.6%。", NULL, NULL);
    assert_null(fixture_company(art, "融360"));
    gx_article_free(art);
    art = fixture_run("分级B基金遭遇滑铁卢。同花顺数据显示，截至1月31日，分级B基金规模下降。", NULL, NULL);
    assert_null(fixture_company(art, "同花顺"));
    gx_article_free(art);
    art = fixture_run("同花顺发布年报，净利润增长。同花顺数据显示，其用户数增长。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "同花顺");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "300033");
    gx_article_free(art);
    art = fixture_run("该基金是同期所有晨星股票型基金中表现最好的，处于晨星激进配置型基金前1/4。", NULL, NULL);
    assert_null(fixture_company(art, "晨星"));
    gx_article_free(art);
    art = fixture_run("财通证券数据显示，尽管国外已经降温，国内仍有上行空间。", NULL, NULL);
    assert_non_null(fixture_company(art, "财通证券"));
    gx_article_free(art);
}

/* US-listed firms written in Latin letters: LPL Financial (and its LPL Research), Fastly; Janus
 * Capital is Janus Henderson since their merger (JHG from 2017-05-30, JNS before); 汇丰集团 is
 * HSBC. */
static void test_us_listed_latin_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("2018年1月31日，LPL Financial资深市场策略师在研究报告中说，美股仍将上涨。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "LPL Financial");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "LPLA");
    assert_string_equal(e->ticker.exchange, "NASDAQ");
    gx_article_free(art);
    art = fixture_run("2020年11月2日，Raymond James下调Fastly目标价至85美元，维持增持评级。", NULL, NULL);
    e = fixture_company(art, "Fastly");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "FSLY");
    gx_article_free(art);
    art = fixture_run_undated("2018年1月12日，Janus Capital基金经理表示，美债收益率可能继续上行。");
    e = fixture_company(art, "Janus Capital");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "JHG");
    gx_article_free(art);
    art = fixture_run_undated("2016年3月11日，Janus Capital基金经理表示，美债收益率可能继续上行。");
    e = fixture_company(art, "Janus Capital");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "JNS");
    gx_article_free(art);
    art = fixture_run("该基金采用汇丰集团低波动率策略来构建投资组合。", NULL, NULL);
    e = fixture_company(art, "汇丰集团");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00005");
    gx_article_free(art);
}

/* A bank named only as the channel a fund is bought through (工行网银, 建行网银) is no company of the
 * article; the bank named otherwise once is. */
static void test_payment_channels(void **state)
{
    (void)state;
    gx_article *art = fixture_run("采用工行网银、招行网银认购的客户可享受认购费半价；采用建行网银的客户同样优惠。", NULL, NULL);
    assert_null(fixture_company(art, "工行"));
    assert_null(fixture_company(art, "招行"));
    assert_null(fixture_company(art, "建行"));
    gx_article_free(art);
    art = fixture_run("工行发布年报，净利润增长。采用工行网银的客户可享受优惠。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "工行");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "601398");
    gx_article_free(art);
}

/* A platform someone speaks on (在推特上表示, 在推特中写道, 推特言论, 发出推特) is no company of the
 * article; the company named otherwise once is, and a stock someone profits on is no platform. */
static void test_platforms_spoken_on(void **state)
{
    (void)state;
    gx_article *art = fixture_run("特朗普在推特上表示，股市表现良好。他在自己的推特上发表了一段视频。", NULL, NULL);
    assert_null(fixture_company(art, "推特"));
    gx_article_free(art);
    art = fixture_run("瑞维拉在推特中写道，这是总统的决定。", NULL, NULL);
    assert_null(fixture_company(art, "推特"));
    gx_article_free(art);
    art = fixture_run("推特公布财报，营收增长。特朗普在推特上表示满意。", NULL, NULL);
    assert_non_null(fixture_company(art, "推特"));
    gx_article_free(art);
    art = fixture_run("如今，杨宝忠在贵州茅台上获得了不菲的收益。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "贵州茅台");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600519");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_data_vendors_are_credits),
        cmocka_unit_test(test_us_listed_latin_names),
        cmocka_unit_test(test_payment_channels),
        cmocka_unit_test(test_platforms_spoken_on),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
