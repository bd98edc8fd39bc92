/* test_tick28.c — tickers as of the article's own dates, twenty-eighth session (task
 * "quant28"): a day written in Chinese numerals (二零一八年五月二十一日, as bios and filings
 * write it) dates an undated text like 2018年5月21日 does, so a company listed before it keeps
 * its ticker; and the latest year written that opens a period up to now (合作开始于2003年，至今)
 * is no estimate of the text's date, so it withholds only a listing up to two years later
 * (南京证券, listed 2018-06, after 2018年至今). A plain latest year still withholds a listing up
 * to five years later. Data-driven. */
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

static const struct {
    const char *text, *name, *code, *exchange;
} LINKED[] = {
    {"张先生于2000年获硕士学位，于二零一八年五月二十一日获委任为中信证券股份有限公司董事。",
     "中信证券股份有限公司", "600030", "SSE"},
    {"张先生于2000年获硕士学位，于二〇一八年获委任为中信证券股份有限公司董事。", "中信证券股份有限公司",
     "600030", "SSE"},
    {"从1999年开始，某某科技与中国工商银行合作，与中国银行的合作开始于2003年，至今已有多个项目。", "中国工商银行",
     "601398", "SSE"},
};

static const struct {
    const char *text, *name;
} WITHHELD[] = {
    {"张先生于2000年获硕士学位，同年加入中信证券股份有限公司。", "中信证券股份有限公司"},
    {"从1999年开始，某某科技与中国工商银行合作，2003年又与中国银行合作。", "中国工商银行"},
    /* a period up to now that opened this year or last reaches only a listing of the next year */
    {"2018年至今，已有多家券商拟A股上市。1月23日，南京证券发布公告。", "南京证券"},
};

static void test_dated_linked(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof LINKED / sizeof LINKED[0]; i++) {
        gx_article *art = fixture_run_undated(LINKED[i].text);
        const gx_entity *e = fixture_company(art, LINKED[i].name);
        assert_ticker(e, LINKED[i].code, LINKED[i].exchange);
        gx_article_free(art);
    }
}

static void test_dated_withheld(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof WITHHELD / sizeof WITHHELD[0]; i++) {
        gx_article *art = fixture_run_undated(WITHHELD[i].text);
        const gx_entity *e = fixture_company(art, WITHHELD[i].name);
        assert_non_null(e);
        assert_string_equal(e->ticker.code, "");
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dated_linked),
        cmocka_unit_test(test_dated_withheld),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
