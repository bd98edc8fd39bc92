/* test_comp25.c — company names of the seventeenth session's second company round (helper
 * "comp25"): pieces of clauses are no companies (gx_resolve_shape.c clause_piece: 证券 of
 * 证券简称, a numeral and a measure word, a bad_ending word whoever proposed the name), a tie to
 * another firm is no part of a name (…合营公司: gx_resolve.c repair), an index's futures and a
 * class of shares (cues.tsv not_entity), the public's shares (bad_ending 公众股) and banks'
 * subsidiaries named by the bank's prefix (global_companies.tsv). */
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

/* 证券 before 简称 is the word 证券简称, no broker's name */
static void test_securities_short_name(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"海润光伏证券", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("期间，海润光伏证券简称变更为退市海润，每日涨跌幅限制为10%。", tags, 1);
    assert_null(fixture_find(art, "海润光伏证券", -1));
    gx_article_free(art);
}

/* a numeral and a measure word close a phrase, no name */
static void test_numeral_and_measure_word(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"另外一位", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("我来自于券商资管，另外一位合伙人崔红建总来自于平安保险资管。", tags, 1);
    assert_null(fixture_find(art, "另外一位", -1));
    gx_article_free(art);
}

/* an index's futures, a class of shares and the public's shares are no companies */
static void test_futures_and_shares(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"H股指数期货", 0, 0.7f}, {"A系列股票", 0, 0.7f}, {"社会公众股", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("投资者可买卖H股指数期货及期权。该公司发行A系列股票。依据回购社会公众股份管理办法。", tags, 3);
    assert_null(fixture_find(art, "H股指数期货", -1));
    assert_null(fixture_find(art, "A系列股票", -1));
    assert_null(fixture_find(art, "社会公众股", -1));
    gx_article_free(art);
}

/* a tie to another firm (合营公司, 关联公司) is no part of the name */
static void test_tie_cut(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"蚌埠市置信物业合营公司", 0, 0.8f}};
    gx_article *art = fixture_run_tagged("蚌埠市置信物业合营公司主要于安徽省从事物业管理服务。", tags, 1);
    assert_null(fixture_find(art, "蚌埠市置信物业合营公司", -1));
    assert_non_null(fixture_find(art, "蚌埠市置信物业", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a bank's prefix and 租赁/澳门: the bank's subsidiary, a company of its own */
static void test_bank_subsidiaries(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该航空公司向中银租赁租赁飞机，工银澳门也参与了贷款。", NULL, NULL);
    assert_non_null(fixture_find(art, "中银租赁", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "工银澳门", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bank_subsidiaries),
        cmocka_unit_test(test_futures_and_shares),
        cmocka_unit_test(test_numeral_and_measure_word),
        cmocka_unit_test(test_securities_short_name),
        cmocka_unit_test(test_tie_cut),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
