/* test_gaz14.c — the curated list of well-known companies, third pass (twelfth session, helper
 * "gaz14"): subsidiaries of financial groups named by their short forms are companies of their
 * own (人保寿险, 太保产险, 平安产险; 人保财险 is the listed P&C arm, HKEX 02328, not the group
 * 601319), banks' wealth arms, brokers and PE firms are found without other evidence, former
 * names of A-share companies renamed before 2018 carry the code (七喜控股 -> 002027), global
 * auto suppliers are found by their Chinese names (舍弗勒, 奥托立夫), and 海拉, which lies inside
 * the city 海拉尔, is a weak name that needs a company's context (common_word_names.tsv) (data/lexicon/global_companies.tsv). The
 * tagger is left out (fixture_run: lexicon + rules + resolution only). */
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

/* Insurance subsidiaries are companies of their own; 人保财险 carries its Hong Kong code. */
static void test_financial_subsidiaries(void **state)
{
    (void)state;
    gx_article *art = fixture_run("人保寿险、太保产险和平安产险均公布了上半年保费收入。", NULL, NULL);
    assert_non_null(fixture_company(art, "人保寿险"));
    assert_non_null(fixture_company(art, "太保产险"));
    assert_non_null(fixture_company(art, "平安产险"));
    gx_article_free(art);
    art = fixture_run("人保财险上半年实现净利润增长。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "人保财险");
    assert_non_null(e);
    assert_string_equal(e->ticker.exchange, "HKEX");
    assert_string_equal(e->ticker.code, "02328");
    gx_article_free(art);
}

/* Wealth arms, brokers and PE firms with no other evidence in the sentence. */
static void test_known_without_evidence(void **state)
{
    (void)state;
    gx_article *art = fixture_run("招银理财发行了一只新产品，华创证券认为市场仍有机会。", NULL, NULL);
    assert_non_null(fixture_company(art, "招银理财"));
    assert_non_null(fixture_company(art, "华创证券"));
    gx_article_free(art);
    art = fixture_run("硅谷天堂和中科招商都曾入股这家公司。", NULL, NULL);
    assert_non_null(fixture_company(art, "硅谷天堂"));
    assert_non_null(fixture_company(art, "中科招商"));
    gx_article_free(art);
}

/* A former name of an A-share company renamed before 2018 carries the company's code. */
static void test_former_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("七喜控股宣布重大资产重组，艾派克同日复牌。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "七喜控股");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "002027");
    e = fixture_company(art, "艾派克");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "002180");
    gx_article_free(art);
}

/* Global auto suppliers by their Chinese names; the city 海拉尔 is no company, 海拉 with a
 * company's figure after it is. */
/* short names of private fund houses that are also given names: companies in a list of firms,
 * nothing alone (lead, twelfth session) */
static void test_fund_house_short_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("其中比较典型的代表有淡水泉、景林等知名私募。罗辑思维要进军A股了。", NULL, NULL);
    assert_non_null(fixture_company(art, "景林"));
    assert_non_null(fixture_company(art, "罗辑思维"));
    gx_article_free(art);
    art = fixture_run("景林表示同意这个看法。", NULL, NULL);
    assert_null(fixture_company(art, "景林"));
    gx_article_free(art);
}

static void test_global_suppliers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("大众集团将收购奥托立夫的部分业务，舍弗勒也曾参与竞购。", NULL, NULL);
    assert_non_null(fixture_company(art, "奥托立夫"));
    assert_non_null(fixture_company(art, "舍弗勒"));
    gx_article_free(art);
    /* 海拉 is a weak name (common_word_names.tsv): a company's figure after it supports it */
    art = fixture_run("海拉今年营收增长了5%。", NULL, NULL);
    assert_non_null(fixture_company(art, "海拉"));
    gx_article_free(art);
    art = fixture_run("他从海拉尔出发，沿途考察了多个牧场。", NULL, NULL);
    assert_null(fixture_company(art, "海拉"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_financial_subsidiaries),
        cmocka_unit_test(test_known_without_evidence),
        cmocka_unit_test(test_former_names),
        cmocka_unit_test(test_global_suppliers),
        cmocka_unit_test(test_fund_house_short_names),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
