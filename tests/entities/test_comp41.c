/* test_comp41.c — companies, twenty-first session (helper "comp41"): a fund product whose theme
 * word stands between its family and a listed company's short name (嘉实|主题|新动力 beside
 * 嘉实基金: gx_resolve_entities.c fund_product_mention); a weak name (common_word_names.tsv) glued
 * into a longer word lends the tagger's reading no gazetteer thing (平安|性: gx_resolve_group.c
 * weak_glued). */
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

/* 嘉实主题新动力 beside 嘉实基金: the fund, not the listed 新动力 (300152); without the family's
 * other name the listed company stays */
static void test_theme_fund_product(void **state)
{
    (void)state;
    gx_article *art = fixture_run("截至年末，嘉实基金旗下有25只基金今年来业绩超过30%，嘉实主题新动力(300152)、"
                                  "嘉实逆向策略的收益率更是突破40%。",
                                  NULL, NULL);
    const gx_entity *e = fixture_company(art, "新动力");
    assert_true(e == NULL || e->mentions.n == 0 || strcmp(e->ticker.code, "300152"));
    gx_article_free(art);
    art = fixture_run("截至年末，主题新动力(300152)的收益率更是突破40%。", NULL, NULL);
    assert_ticker(fixture_company(art, "新动力"), "300152", "SZSE");
    gx_article_free(art);
}

/* the tagger reads 平安 as a company inside 平安性 (a misspelt 安全性): no 中国平安; written on its
 * own (、平安、) the tagger's reading takes the gazetteer's company */
static void test_weak_name_glued_lends_nothing(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"平安", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("托富链项目讲授亮点：一、平安性1：只需要一个手机号注册。", tags, 1);
    const gx_entity *e = fixture_company(art, "平安");
    assert_true(e == NULL || !e->ticker.code[0]);
    gx_article_free(art);
    art = fixture_run_tagged("茅台、平安、格力的股价都上涨了。", tags, 1);
    assert_ticker(fixture_company(art, "平安"), "601318", "SSE");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_theme_fund_product),
        cmocka_unit_test(test_weak_name_glued_lends_nothing),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
