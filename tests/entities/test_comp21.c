/* test_comp21.c — company names of the fifteenth session's short company round (helper
 * "comp21"): a legal name that page layout breaks with one space between two Chinese
 * characters (东风富瑞新能源汽车 销售有限公司: gx_entity_rules_suffix.c); a signature's
 * 特此 before a space and a line break are no part of a name; a region before a known name a
 * portal's inline quote follows (北京动力源(5.590,…): gx_entity_rules_regional_firm.c); the carbon market's trades
 * (碳资产管理公司) and 交易所集团 (generic_body in data/lexicon/cues.tsv); the trading links
 * 沪股通, 深股通 (not_entity). */
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

/* one space between two Chinese characters inside a legal name: the name reads over it */
static void test_layout_space_in_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司拟5100万元与东风特专共同投资新设立东风富瑞新能源汽车 销售有限公司。", NULL, NULL);
    assert_non_null(fixture_find(art, "东风富瑞新能源汽车 销售有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "销售有限公司", -1));
    gx_article_free(art);
}

/* two characters of a formula before the space (特此 X股份有限公司), two spaces or a line break:
 * the name does not reach over them */
static void test_no_reach_over_formula_or_break(void **state)
{
    (void)state;
    gx_article *art = fixture_run("敬请广大投资者注意投资风险。\n特此 博汇纸业股份有限公司\n董事会\n", NULL, NULL);
    assert_null(fixture_find(art, "特此 博汇纸业股份有限公司", -1));
    gx_article_free(art);
    art = fixture_run("公司设立东风富瑞新能源汽车  销售有限公司。公司设立东风富瑞新能源汽车\n销售有限公司。", NULL, NULL);
    assert_null(fixture_find(art, "东风富瑞新能源汽车  销售有限公司", -1));
    assert_null(fixture_find(art, "东风富瑞新能源汽车\n销售有限公司", -1));
    gx_article_free(art);
}

/* a region before a known name a portal's inline quote follows: the listed firm's regional name */
static void test_region_before_quoted_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("根据评审结果，华为、中兴、北京动力源(5.590,-0.10,-1.76%)入围中标候选人。", NULL, NULL);
    assert_non_null(fixture_find(art, "北京动力源", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the carbon market's kinds of firm are trades, no names */
static void test_carbon_trades(void **state)
{
    (void)state;
    gx_article *art = fixture_run("碳行业产业链包括交易所、碳资产管理公司、第三方机构等，其中碳管理公司将率先受益。", NULL, NULL);
    assert_null(fixture_find(art, "碳资产管理公司", -1));
    assert_null(fixture_find(art, "碳管理公司", -1));
    gx_article_free(art);
}

/* a trading link and an exchange as a kind of group are no companies */
static void test_links_and_kinds(void **state)
{
    (void)state;
    gx_article *art = fixture_run("互联互通机制包括沪股通、深股通四部分。港交所于2000年上市，成为世界首批上市的交易所集团之一。", NULL, NULL);
    assert_null(fixture_find(art, "深股通", -1));
    assert_null(fixture_find(art, "沪股通", -1));
    assert_null(fixture_find(art, "交易所集团", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_carbon_trades),
        cmocka_unit_test(test_layout_space_in_legal_name),
        cmocka_unit_test(test_links_and_kinds),
        cmocka_unit_test(test_no_reach_over_formula_or_break),
        cmocka_unit_test(test_region_before_quoted_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
