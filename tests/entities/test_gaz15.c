/* test_gaz15.c — the curated list of well-known companies, fourth pass (thirteenth session,
 * helper "gaz15"): foreign firms quoted as sources of research and comment (deVere Group,
 * Interactive Investor, ADP with its ticker, Stifel), Indian and South-East Asian platforms
 * (Swiggy, Zomato; Grab's ticker withheld before its listing), an investment adviser (巨丰投顾)
 * and private fund houses found without other evidence, 20世纪福克斯 (the studio) not read as
 * 福克斯公司 (Fox Corporation), and the weak Latin name Sea (common_word_names.tsv) that needs a
 * company's context (data/lexicon/global_companies.tsv). The tagger is left out (fixture_run:
 * lexicon + rules + resolution only). */
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

/* Wealth platforms and brokers quoted for comment are companies; ADP carries its ticker. */
static void test_sources_of_comment(void **state)
{
    (void)state;
    gx_article *art = fixture_run("deVere Group国际投资策略师表示，Interactive Investor股市策略部门主管也认为市场将回调。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "deVere Group"));
    assert_non_null(fixture_company(art, "Interactive Investor"));
    gx_article_free(art);
    art = fixture_run("周四盘前，ADP机构公布的报告显示，美国私营部门就业人数增加。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "ADP");
    assert_non_null(e);
    assert_string_equal(e->ticker.exchange, "NASDAQ");
    assert_string_equal(e->ticker.code, "ADP");
    gx_article_free(art);
    art = fixture_run("Stifel Nicolaus首席策略师表示，美股仍有上行空间。", NULL, NULL);
    e = fixture_company(art, "Stifel Nicolaus");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "SF");
    gx_article_free(art);
}

/* Platforms of India and South-East Asia; a listing date withholds the ticker before it. */
static void test_asian_platforms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("亚马逊在印度面临来自Swiggy和Zomato的激烈竞争。", NULL, NULL);
    assert_non_null(fixture_company(art, "Swiggy"));
    assert_non_null(fixture_company(art, "Zomato"));
    gx_article_free(art);
    art = fixture_run_undated("2019年3月1日，Grab宣布完成新一轮融资。");
    const gx_entity *e = fixture_company(art, "Grab");
    assert_non_null(e);
    assert_true(e->ticker.code[0] == '\0');
    gx_article_free(art);
    art = fixture_run_undated("2022年3月1日，Grab公布了第四季度业绩。");
    e = fixture_company(art, "Grab");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "GRAB");
    gx_article_free(art);
}

/* An investment adviser and private fund houses named in mid-sentence. */
static void test_advisers_and_fund_houses(void **state)
{
    (void)state;
    gx_article *art = fixture_run("投资者可以参考近期巨丰投顾发布的报告。", NULL, NULL);
    assert_non_null(fixture_company(art, "巨丰投顾"));
    gx_article_free(art);
    art = fixture_run("就这些问题，记者采访了利得资本和石锋资产的基金经理。", NULL, NULL);
    assert_non_null(fixture_company(art, "利得资本"));
    assert_non_null(fixture_company(art, "石锋资产"));
    gx_article_free(art);
}

/* The film studio 20世纪福克斯 is not Fox Corporation (福克斯公司 lies inside 20世纪福克斯公司). */
static void test_fox_studio(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他们向20世纪福克斯公司购买了电影的改编权。", NULL, NULL);
    assert_null(fixture_company(art, "福克斯公司"));
    assert_non_null(fixture_company(art, "20世纪福克斯公司"));
    gx_article_free(art);
}

/* Sea is an English word too: a weak name, a company with a company's figure after it. */
static void test_sea_is_weak(void **state)
{
    (void)state;
    gx_article *art = fixture_run("Sea Fortune Ventures与公司签署了协议。", NULL, NULL);
    assert_null(fixture_company(art, "Sea"));
    gx_article_free(art);
    art = fixture_run("Sea今年营收增长了50%。", NULL, NULL);
    assert_non_null(fixture_company(art, "Sea"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sources_of_comment),
        cmocka_unit_test(test_asian_platforms),
        cmocka_unit_test(test_advisers_and_fund_houses),
        cmocka_unit_test(test_fox_studio),
        cmocka_unit_test(test_sea_is_weak),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
