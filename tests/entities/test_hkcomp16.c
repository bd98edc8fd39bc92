/* test_hkcomp16.c — Hong Kong and US listed Chinese companies named in long market stories
 * (fifteenth session, helper "hkcomp16"): rows and aliases added to data/lexicon/global_companies.tsv
 * (Hong Kong groups, REITs, casino, media and transport companies, US listings with their listing
 * day, delisted listings with their former code), Hong Kong newsroom short forms (汇控, 九仓) and
 * those that sit inside words and need support (长实 in 增长实现, 润地 in 湿润地区, 迅雷 in 李迅雷, 雷蛇 in 雷蛇战队).
 * A company's whole gazetteer name that holds a title word (平安好医生) is no longer dropped as a name
 * running into a title (gx_resolve_people.c). The sentences are written for the tests. */
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

/* Hong Kong groups, REITs and casino operators by the names a market round-up writes */
static void test_hong_kong_rows(void **state)
{
    (void)state;
    gx_article *art = fixture_run("蓝筹股中，九仓跌1.1%，鹰君集团跌1%，置富产业信托跌1%，冠君产业信托跌0.5%，"
                                  "金界控股跌2%，太阳城集团跌3%，信德集团跌1%，太平洋航运涨3%。",
                                  NULL, NULL);
    assert_ticker(fixture_company(art, "九仓"), "00004", "HKEX");
    assert_ticker(fixture_company(art, "鹰君集团"), "00041", "HKEX");
    assert_ticker(fixture_company(art, "置富产业信托"), "00778", "HKEX");
    assert_ticker(fixture_company(art, "冠君产业信托"), "02778", "HKEX");
    assert_ticker(fixture_company(art, "金界控股"), "03918", "HKEX");
    assert_ticker(fixture_company(art, "太阳城集团"), "01383", "HKEX");
    assert_ticker(fixture_company(art, "信德集团"), "00242", "HKEX");
    assert_ticker(fixture_company(art, "太平洋航运"), "02343", "HKEX");
    gx_article_free(art);
}

/* a short form and the legal name are one company with the listing's code */
static void test_aliases(void **state)
{
    (void)state;
    gx_article *art = fixture_run("汇控股价下跌，中国海洋石油与阿里巴巴影业则上涨。", NULL, NULL);
    assert_ticker(fixture_company(art, "汇控"), "00005", "HKEX");
    assert_ticker(fixture_company(art, "阿里巴巴影业"), "01060", "HKEX");
    assert_non_null(fixture_company(art, "中国海洋石油"));
    gx_article_free(art);
}

/* short forms that sit inside words are no companies there */
static void test_inside_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("经济学家李迅雷认为，今年经济增长实现目标，湿润地区降雨偏多。", NULL, NULL);
    assert_null(fixture_company(art, "迅雷"));
    assert_null(fixture_company(art, "长实"));
    assert_null(fixture_company(art, "润地"));
    gx_article_free(art);
    art = fixture_run("《星际2》冠军选手加入雷蛇战队。", NULL, NULL);
    assert_null(fixture_company(art, "雷蛇"));
    gx_article_free(art);
}

/* a listing since 2010 has no ticker before its first day; a delisted one keeps its code until then */
static void test_listing_days(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2018年3月5日，云米科技与会德丰公布业绩。");
    assert_ticker(fixture_company(art, "会德丰"), "00020", "HKEX");
    assert_string_equal(fixture_company(art, "云米科技")->ticker.code, "");
    gx_article_free(art);
    art = fixture_run_undated("2021年3月5日，云米科技与会德丰公布业绩。");
    assert_ticker(fixture_company(art, "云米科技"), "VIOT", "NASDAQ");
    assert_string_equal(fixture_company(art, "会德丰")->ticker.code, "");
    gx_article_free(art);
}

/* a gazetteer name that holds a title word (医生) is not cut by it; a name running into a title still is */
static void test_title_inside_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平安好医生与春雨医生都在扩张。", NULL, NULL);
    assert_ticker(fixture_company(art, "平安好医生"), "01833", "HKEX");
    assert_non_null(fixture_company(art, "春雨医生"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hong_kong_rows),
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_inside_words),
        cmocka_unit_test(test_listing_days),
        cmocka_unit_test(test_title_inside_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
