/* test_tickers15.c — tickers, fourteenth session (helper "tickers15"): a US code written without
 * its exchange (德斯维尔(DSWL.US)) takes the exchange the gazetteer lists it on, else none
 * (gx_entity_rules_tickers.c); X公司 where X is a listed company's known name is that company
 * with its ticker (company_word_parent in gx_resolve_entities.c); and the rows added to
 * data/lexicon/global_companies.tsv. The tagger is left out (fixture_run: lexicon + rules +
 * resolution only). */
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

/* (CODE.US): NASDAQ or NYSE as the gazetteer lists the code; a code it does not know gives the
 * name before it as a company without a ticker, never a guessed exchange. */
static void test_us_suffix_codes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("德斯维尔（DSWL.US）2020财年下半年销售额同比下降13%。", NULL, NULL);
    assert_ticker(fixture_company(art, "德斯维尔"), "DSWL", "NASDAQ");
    gx_article_free(art);
    art = fixture_run("截至收盘，富国银行(WFC.US)涨1.2%。", NULL, NULL);
    assert_ticker(fixture_company(art, "富国银行"), "WFC", "NYSE");
    gx_article_free(art);
    art = fixture_run("截至收盘，赛博达科(ZQXW.US)涨1.2%。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "赛博达科");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
}

/* 陌陌公司, Facebook公司 (as the tagger proposes them): the listed company called by its name and
 * 公司, with its ticker of the article's day (FB in 2018); a weak name (理想, an ordinary word too)
 * is not taken this way. */
static void test_name_and_gongsi(void **state)
{
    (void)state;
    const fixture_tag momo[] = {{"陌陌公司", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("工信部对陌陌公司进行问询约谈。", momo, 1);
    assert_ticker(fixture_company(art, "陌陌公司"), "MOMO", "NASDAQ");
    gx_article_free(art);
    const fixture_tag weak[] = {{"理想公司", GX_ENT_COMPANY, 0.9f}};
    art = fixture_run_tagged("他们把这里当作理想公司。", weak, 1);
    const gx_entity *e = fixture_company(art, "理想公司");
    assert_true(!e || !e->ticker.code[0]);
    gx_article_free(art);
    const fixture_tag fb[] = {{"Facebook公司", GX_ENT_COMPANY, 0.9f}};
    art = fixture_run_tagged("2018年2月3日，Facebook公司的股票在IPO之前就在这个平台上交易。", fb, 1);
    assert_ticker(fixture_company(art, "Facebook公司"), "FB", "NASDAQ");
    gx_article_free(art);
}

/* Rows added: Hong Kong and US listings named in the corpus without their codes. */
static void test_added_rows(void **state)
{
    (void)state;
    gx_article *art = fixture_run("神州控股发布公告称，拟收购一家公司。", NULL, NULL);
    assert_ticker(fixture_company(art, "神州控股"), "00861", "HKEX");
    gx_article_free(art);
    art = fixture_run("北美信托首席经济学家表示，美联储将加息。", NULL, NULL);
    assert_ticker(fixture_company(art, "北美信托"), "NTRS", "NASDAQ");
    gx_article_free(art);
    art = fixture_run("嘉信理财与亚美利证券宣布合并。", NULL, NULL);
    assert_ticker(fixture_company(art, "亚美利证券"), "AMTD", "NASDAQ");
    gx_article_free(art);
    art = fixture_run("北京市消协约谈新浪微博。", NULL, NULL);
    assert_ticker(fixture_company(art, "新浪微博"), "WB", "NASDAQ");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_us_suffix_codes),
        cmocka_unit_test(test_name_and_gongsi),
        cmocka_unit_test(test_added_rows),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
