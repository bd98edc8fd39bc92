/* test_latin13.c — companies written in Latin letters inside Chinese text (thirteenth session,
 * helper "latin13"): the firm of a titled person with a desk, a scope or a space between its
 * name and the title, or before a Latin title (gx_people_latin_orgs.c); a company noun, a space
 * and the name; a Latin name listed with a Latin company; a CamelCase word the tagger read as a
 * person that a rule reads as a company elsewhere; the parties of a deal (gx_entity_rules_latin_ctx.c).
 * The sentences are written for the tests. */
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

/* The company entity holding the name, or NULL. */
/* The organization of the person's role with this title (NULL when none or no such role). */
static const char *role_org(const gx_article *art, const char *person, const char *title)
{
    const gx_entity *e = fixture_person(art, person);
    for (int r = 0; e && r < e->roles.n; r++)
        if (!strcmp(e->roles.v[r].title, title))
            return e->roles.v[r].organization;
    return NULL;
}

/* deVere Group|国际|投资策略师, Interactive Investor|股市策略部门|主管, RDQ Economics|驻纽约|首席分析师 */
static void test_firm_past_desk(void **state)
{
    (void)state;
    gx_article *art = fixture_run("deVere Group国际投资策略师Tom Elliot表示，熊市预警多次出错。", NULL, NULL);
    assert_non_null(fixture_company(art, "deVere Group"));
    const char *o = role_org(art, "Tom Elliot", "投资策略师");
    assert_non_null(o);
    assert_string_equal(o, "deVere Group");
    gx_article_free(art);
    art = fixture_run("市场人士如何说？Interactive Investor股市策略部门主管Lee Wild表示，全球股市处于上涨趋势。", NULL,
                      NULL);
    assert_non_null(fixture_company(art, "Interactive Investor"));
    o = role_org(art, "Lee Wild", "主管");
    assert_non_null(o);
    assert_string_equal(o, "Interactive Investor");
    gx_article_free(art);
    art = fixture_run("“减税还没有产生实际影响，”RDQ Economics驻纽约首席分析师John Ryding表示。", NULL, NULL);
    assert_non_null(fixture_company(art, "RDQ Economics"));
    gx_article_free(art);
}

/* LPL financial |首席投资策略师 (a lower-case firm word, a space); Verdence Capital Advisors CEO Leo
 * Kelly and eBay的CEO (a Latin title in Chinese text) */
static void test_firm_before_space_and_latin_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("不过，LPL financial 首席投资策略师John Lynch认为，股市可能下跌。", NULL, NULL);
    assert_non_null(fixture_company(art, "LPL financial"));
    const char *o = role_org(art, "John Lynch", "首席投资策略师");
    assert_non_null(o);
    assert_string_equal(o, "LPL financial");
    gx_article_free(art);
    art = fixture_run("经纪公司Verdence Capital Advisors CEO Leo Kelly表示，风险正在上升。", NULL, NULL);
    o = role_org(art, "Leo Kelly", "CEO");
    assert_non_null(o);
    assert_string_equal(o, "Verdence Capital Advisors");
    gx_article_free(art);
    /* a legal form and a space before 的: the whole legal name, never Inc. alone */
    art = fixture_run("H&R Block, Inc. 的首席执行官Jeff Jones表示，业绩不错。", NULL, NULL);
    o = role_org(art, "Jeff Jones", "首席执行官");
    assert_non_null(o);
    assert_string_equal(o, "H&R Block, Inc.");
    assert_null(fixture_company(art, "Inc."));
    gx_article_free(art);
}

/* a term or a two-letter word before a desk is no firm (ETF|产品|经理, AI|研究|主管) */
static void test_no_firm_past_desk(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本基金ETF产品经理张晓明表示，规模增长较快。另据AI研究主管Tom Baker表示。", NULL, NULL);
    assert_null(fixture_company(art, "ETF"));
    assert_null(fixture_company(art, "AI"));
    gx_article_free(art);
}

/* 巨头 Swiggy (a space after the company noun); 同行 Swiggy 和 Zomato (listed with a Latin company) */
static void test_describer_space_and_peers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("就在与本土食品快递巨头 Swiggy 的谈判受挫之后，UberEats 面临着来自同行 Swiggy 和 "
                                  "Zomato 的激烈竞争。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "Swiggy"));
    assert_non_null(fixture_company(art, "Zomato"));
    gx_article_free(art);
    /* a term of the lexicon in the list is none (ETF), nor a word that goes on a name (|Limited) */
    art = fixture_run("外卖巨头 Swiggy 和 ETF 的规模都在增长。近期分别获Jamplan (BVI) Limited、Kingboard Investments "
                      "Limited增持。",
                      NULL, NULL);
    assert_non_null(fixture_company(art, "Swiggy"));
    assert_null(fixture_company(art, "ETF"));
    assert_null(fixture_company(art, "Limited"));
    gx_article_free(art);
}

/* SecondMarket: the tagger's person readings become the company a rule reads at another mention;
 * a glued person's name after a title stays a person */
static void test_camel_company_everywhere(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"SecondMarket", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("比如，SecondMarket是一位投行家创立的私人公司证券市场。2015年，纳斯达克收购了"
                                         "SecondMarket，并在其基础上发展出新的市场。",
                                         tags, 1);
    assert_non_null(fixture_company(art, "SecondMarket"));
    assert_null(fixture_person(art, "SecondMarket"));
    gx_article_free(art);
}

/* the parties of a deal: the buyer before 拟向…收购 and the seller after 向 (Permanent Master拟向
 * Favorable Profit收购); a fund kind before 认购 is none (目标FOF认购户数) */
static void test_deal_parties(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该公司的全资附属Permanent Master拟向Favorable Profit收购联杰国际有限公司80%股权。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "Permanent Master"));
    assert_non_null(fixture_company(art, "Favorable Profit"));
    gx_article_free(art);
    art = fixture_run("华夏聚惠稳健目标FOF认购户数10.72万户，另一只FOF将出售部分持仓。", NULL, NULL);
    assert_null(fixture_company(art, "FOF"));
    gx_article_free(art);
}

/* a Latin legal name with its place of registration in brackets (Jamplan (BVI) Limited); a list of
 * short acronyms after a known one adds none (ENE、CTB、SKU) */
static void test_bracket_place_and_acronyms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("建滔积层板近期分别获Jamplan (BVI) Limited、Kingboard Investments Limited增持。", NULL, NULL);
    assert_non_null(fixture_company(art, "Jamplan (BVI) Limited"));
    gx_article_free(art);
    art = fixture_run("近日平台ENE、CTB、SKU个个精品。", NULL, NULL);
    assert_null(fixture_company(art, "CTB"));
    assert_null(fixture_company(art, "SKU"));
    gx_article_free(art);
}

/* a Latin name listed with a known company written in Chinese (腾讯控股和Fitbit); a Latin name glued to
 * a company's name is its product (华为P30Pro、京东购物卡) */
static void test_peer_of_chinese_company(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平安银行、Fitbit和腾讯控股都公布了业绩。", NULL, NULL);
    assert_non_null(fixture_company(art, "Fitbit"));
    gx_article_free(art);
    art = fixture_run("邀好友送华为P30Pro、京东购物卡。", NULL, NULL);
    assert_null(fixture_company(art, "P30Pro"));
    gx_article_free(art);
}

/* & between two capitalised words joins a Latin name (Kobre & Kim after 律师事务所, a company noun);
 * Holding ends a firm's name (Commqua Holding的最新持股) */
static void test_ampersand_and_holding(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司代理律师事务所Kobre & Kim对法庭提出起诉。减持后，Commqua Holding的最新持股数目为43万股。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "Kobre & Kim"));
    assert_null(fixture_company(art, "Kobre"));
    assert_non_null(fixture_company(art, "Commqua Holding"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_firm_past_desk),
        cmocka_unit_test(test_firm_before_space_and_latin_title),
        cmocka_unit_test(test_no_firm_past_desk),
        cmocka_unit_test(test_describer_space_and_peers),
        cmocka_unit_test(test_camel_company_everywhere),
        cmocka_unit_test(test_deal_parties),
        cmocka_unit_test(test_bracket_place_and_acronyms),
        cmocka_unit_test(test_peer_of_chinese_company),
        cmocka_unit_test(test_ampersand_and_holding),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
