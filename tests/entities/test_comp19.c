/* test_comp19.c — companies and tickers in long articles (fifteenth session, helper "comp19"):
 * the legal forms 株式会社 and (特殊普通合伙) (a partnership's two-character trade name after a stop
 * word: 检查了|中准会计师事务所(特殊普通合伙)), a legal name read on over a run of business words
 * (七台河市城市|建设|投资|发展有限公司; still no name after a plan's verb: 拟|投资建设有限公司), the end
 * of a step before a party (事项完成后|中国证券登记结算有限公司), the Mexican legal form S.A.B. de C.V.,
 * a Latin name after a company noun with its 集团 (捷克投资公司|PPF集团), boards of a stock market
 * (上海国际板: no company), and the rows and former
 * tickers added to data/lexicon/global_companies.tsv. The sentences are written for the tests. */
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

/* a Japanese firm's legal form ends its name as 有限公司 does */
static void test_kabushiki_kaisha(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司分别与日本雅马哈发动机株式会社、日本爱三工业株式会社签订股权转让协议。", NULL, NULL);
    assert_non_null(fixture_company(art, "日本雅马哈发动机株式会社"));
    assert_non_null(fixture_company(art, "日本爱三工业株式会社"));
    gx_article_free(art);
}

/* an audit partnership is named with its bracketed legal form, also when its trade name has two
 * characters after a stop word; the bare profession is no firm */
static void test_special_partnership(void **state)
{
    (void)state;
    gx_article *art = fixture_run("此次检查了中准会计师事务所(特殊普通合伙)和中喜会计师事务所(特殊普通合伙)。同意续聘立信会计师事务所(特殊普通合伙)为审计机构。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "中准会计师事务所(特殊普通合伙)"));
    assert_non_null(fixture_company(art, "中喜会计师事务所(特殊普通合伙)"));
    assert_non_null(fixture_company(art, "立信会计师事务所(特殊普通合伙)"));
    assert_null(fixture_company(art, "续聘立信会计师事务所(特殊普通合伙)"));
    gx_article_free(art);
    art = fixture_run("需由会计师事务所(特殊普通合伙)出具审计报告。", NULL, NULL);
    assert_null(fixture_company(art, "会计师事务所(特殊普通合伙)"));
    gx_article_free(art);
}

/* a legal name reads on over a run of business words to the place that opens it; a plan's verb
 * before the run still opens no name */
static void test_business_word_run(void **state)
{
    (void)state;
    gx_article *art = fixture_run("其中政府方出资代表为七台河市城市建设投资发展有限公司，出资1万元。", NULL, NULL);
    assert_non_null(fixture_company(art, "七台河市城市建设投资发展有限公司"));
    assert_null(fixture_company(art, "资发展有限公司"));
    assert_null(fixture_company(art, "发展有限公司"));
    gx_article_free(art);
    art = fixture_run("公司拟投资建设有限公司的新厂房。", NULL, NULL);
    assert_null(fixture_company(art, "建设有限公司"));
    assert_null(fixture_company(art, "投资建设有限公司"));
    gx_article_free(art);
}

/* the end of a step (完成后) is no part of the party named after it */
static void test_after_completion(void **state)
{
    (void)state;
    gx_article *art = fixture_run("股本结构的变动情况以回购注销事项完成后中国证券登记结算有限公司出具的数据为准。", NULL, NULL);
    assert_non_null(fixture_company(art, "中国证券登记结算有限公司"));
    assert_null(fixture_company(art, "事项完成后中国证券登记结算有限公司"));
    gx_article_free(art);
}

/* a Latin firm's Spanish-speaking legal form belongs to its name */
static void test_latin_legal_form(void **state)
{
    (void)state;
    gx_article *art = fixture_run("墨西哥石油公司Vista Oil & Gas, S.A.B. de C.V.今天宣布完成发行。", NULL, NULL);
    assert_non_null(fixture_company(art, "Vista Oil & Gas, S.A.B. de C.V."));
    assert_null(fixture_company(art, "C.V."));
    gx_article_free(art);
}

/* a Latin name after a company noun keeps the 集团 written after it, without the noun */
static void test_latin_after_company_noun(void **state)
{
    (void)state;
    gx_article *art = fixture_run("中东欧传媒企业宣布，捷克投资公司PPF集团已完成对其的收购交易。", NULL, NULL);
    assert_non_null(fixture_company(art, "PPF集团"));
    assert_null(fixture_company(art, "捷克投资公司PPF集团"));
    gx_article_free(art);
}

/* a board of a stock market is no company (上海国际板) */
static void test_market_board(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"上海国际板", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("中概股在2016年因受上海国际板筹备的预期影响而回归。", tags, 1);
    assert_null(fixture_company(art, "上海国际板"));
    gx_article_free(art);
}

/* rows added: Hong Kong listings by their short names, 伊顿, 英格索兰; former tickers of their day */
static void test_added_rows(void **state)
{
    (void)state;
    gx_article *art = fixture_run("达利国际、安莉芳控股、中国服饰控股和鳄鱼恤的市净率都很低。", NULL, NULL);
    assert_ticker(fixture_company(art, "达利国际"), "00608", "HKEX");
    assert_ticker(fixture_company(art, "安莉芳控股"), "01388", "HKEX");
    assert_ticker(fixture_company(art, "中国服饰控股"), "01146", "HKEX");
    assert_ticker(fixture_company(art, "鳄鱼恤"), "00122", "HKEX");
    gx_article_free(art);
    art = fixture_run("上市即遭到资金抢筹的众安保险、阅文集团、易鑫汽车等新经济公司。", NULL, NULL);
    assert_ticker(fixture_company(art, "易鑫汽车"), "02858", "HKEX");
    gx_article_free(art);
    art = fixture_run_undated("2019年3月5日，霍尼韦尔与伊顿、英格索兰在上海展出新品。");
    assert_ticker(fixture_company(art, "霍尼韦尔"), "HON", "NYSE");
    assert_ticker(fixture_company(art, "伊顿"), "ETN", "NYSE");
    assert_ticker(fixture_company(art, "英格索兰"), "IR", "NYSE");
    gx_article_free(art);
    art = fixture_run_undated("2018年1月5日，欢聚时代的股价上涨。");
    assert_ticker(fixture_company(art, "欢聚时代"), "YY", "NASDAQ");
    gx_article_free(art);
    art = fixture_run_undated("2022年1月5日，霍尼韦尔的股价上涨。");
    assert_ticker(fixture_company(art, "霍尼韦尔"), "HON", "NASDAQ");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kabushiki_kaisha),
        cmocka_unit_test(test_special_partnership),
        cmocka_unit_test(test_business_word_run),
        cmocka_unit_test(test_after_completion),
        cmocka_unit_test(test_latin_legal_form),
        cmocka_unit_test(test_latin_after_company_noun),
        cmocka_unit_test(test_market_board),
        cmocka_unit_test(test_added_rows),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
