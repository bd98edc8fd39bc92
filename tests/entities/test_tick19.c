/* test_tick19.c — tickers, nineteenth session (helper "tick19"): a stock under special treatment
 * named after a delisted company's 退市X or a short name's X股份 (*ST吉恩 -> 退市吉恩 600432,
 * *ST利源 -> 利源股份 002501; gx_entity_rules_tickers.c), and a listing the text reports as still
 * to come (酷特智能IPO过会, Airbnb融资1.2亿美元) withholding the gazetteer ticker of an undated
 * article (going_public in gx_resolve_entities.c); a US code written X.US that the gazetteer knows
 * as a former ticker (欢聚(YY.US)); 美国高通公司 as 高通 (company_word_parent); rows added to
 * global_companies.tsv. The tagger is left out (fixture_run: lexicon +
 * rules + resolution only). */
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

/* *ST吉恩 / ST昆机: the gazetteer knows them as 退市吉恩, 退市昆机; *ST利源 as 利源股份. */
static void test_special_treatment_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("还有预亏21亿的ST吉恩，预亏3.4亿元的ST昆机，这对难兄难弟已经连续亏损。", NULL, NULL);
    assert_ticker(fixture_company(art, "ST吉恩"), "600432", "SSE");
    assert_ticker(fixture_company(art, "ST昆机"), "600806", "SSE");
    gx_article_free(art);
    art = fixture_run("*ST利源近日发布2019年年度报告。", NULL, NULL);
    assert_ticker(fixture_company(art, "*ST利源"), "002501", "SZSE");
    gx_article_free(art);
}

/* A listing still to come in an undated text: no ticker; kept when the text writes the code, shows
 * the shares trading, or dates the article after the listing; 融资余额 (margin trading) is no cue. */
static void test_going_public(void **state)
{
    (void)state;
    gx_article *art = fixture_run("酷特智能IPO过会，成为青岛今年第一家过会企业。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "酷特智能");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
    art = fixture_run("房屋短期租赁网站Airbnb融资1.2亿美元。", NULL, NULL);
    e = fixture_company(art, "Airbnb");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
    art = fixture_run("酷特智能(300840)IPO过会，成为青岛今年第一家过会企业。", NULL, NULL);
    assert_ticker(fixture_company(art, "酷特智能"), "300840", "SZSE");
    gx_article_free(art);
    art = fixture_run_tagged("2021年3月5日，酷特智能IPO募资投向的项目已经投产。", NULL, 0); /* dates found */
    assert_ticker(fixture_company(art, "酷特智能"), "300840", "SZSE");
    gx_article_free(art);
    art = fixture_run("宁德时代融资余额增加1.2亿元。", NULL, NULL);
    assert_ticker(fixture_company(art, "宁德时代"), "300750", "SZSE");
    gx_article_free(art);
    art = fixture_run("酷特智能IPO首日大涨44%。", NULL, NULL); /* an IPO done */
    assert_ticker(fixture_company(art, "酷特智能"), "300840", "SZSE");
    gx_article_free(art);
}

/* X.US: a code the gazetteer knows as one given up since (欢聚 YY, now JOYY; 瑞幸咖啡 LK, delisted)
 * takes its exchange; a foreign country before a listed company's X公司 (美国高通公司: QCOM); the
 * rows added (CarMax, 微美全息). */
static void test_us_former_codes_and_rows(void **state)
{
    (void)state;
    gx_article *art = fixture_run("欢聚(YY.US)第三季度净利润同比增长12倍。", NULL, NULL);
    assert_ticker(fixture_company(art, "欢聚"), "YY", "NASDAQ");
    gx_article_free(art);
    art = fixture_run("美股异动 | 瑞幸咖啡(LK.US)盘初跌超14%。", NULL, NULL);
    assert_ticker(fixture_company(art, "瑞幸咖啡"), "LK", "NASDAQ");
    gx_article_free(art);
    const fixture_tag qcom[] = {{"美国高通公司", GX_ENT_COMPANY, 0.9f}};
    art = fixture_run_tagged("国家电网公司与美国高通公司签署合作协议。", qcom, 1); /* a country before X公司 */
    assert_ticker(fixture_company(art, "美国高通公司"), "QCOM", "NASDAQ");
    gx_article_free(art);
    art = fixture_run("渠道调查显示，CarMax可能正盯着赫兹。微美全息飙涨280%。", NULL, NULL);
    assert_ticker(fixture_company(art, "CarMax"), "KMX", "NYSE");
    assert_ticker(fixture_company(art, "微美全息"), "WIMI", "NASDAQ");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_special_treatment_names),
        cmocka_unit_test(test_going_public),
        cmocka_unit_test(test_us_former_codes_and_rows),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
