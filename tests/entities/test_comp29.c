/* test_comp29.c — company names of the eighteenth session's second company round (helper
 * "comp29"): an unlisted firm X投资 / X资产 / X资本 / X企业 shown by what a party does right after
 * its name (持有, 减持, 承诺, 出具, 担任, 协办 …; gx_entity_rules_firms.c), with its home region
 * when one opens it; a Latin legal form without its dot (DRIVE,INC; data/lexicon/cues.tsv); a home
 * region, a known short name and more words before 有限公司 is the local firm (gx_resolve.c); a
 * four-character unit after 子公司 or a controlling holder (控股股东) named again
 * (gx_entity_rules_subsidiary.c). */
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

/* a holder X企业 after 股东, closed by the letter it signs */
static void test_holder_firm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司收到持股5%以上股东劲达企业出具的《函》，劲达企业累计减持。", NULL, NULL);
    assert_non_null(fixture_find(art, "劲达企业", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a kind of firm doing the same is none (民营企业 is a generic body) */
static void test_kind_of_firm_is_none(void **state)
{
    (void)state;
    gx_article *art = fixture_run("近年来，民营企业减持意愿上升，国有企业承诺增持。", NULL, NULL);
    assert_null(fixture_find(art, "民营企业", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "国有企业", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 企业 names a firm only as a party: speaking is not enough */
static void test_firm_word_speaking(void **state)
{
    (void)state;
    gx_article *art = fixture_run("业内人士指出，很多企业认为市场仍在调整。", NULL, NULL);
    assert_null(fixture_find(art, "很多企业", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a home region opening the party's name is part of it */
static void test_party_with_region(void **state)
{
    (void)state;
    gx_article *art = fixture_run("7月2日，成都工投资产通过集中竞价交易方式增持公司股份。", NULL, NULL);
    assert_non_null(fixture_find(art, "成都工投资产", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "工投资产", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a firm in a list of persons making the same promise */
static void test_firm_promising(void **state)
{
    (void)state;
    gx_article *art = fixture_run("约定刘远征、刘双仲、刘艳珍、汇智投资承诺标的公司2019年净利润不低于1亿元。", NULL, NULL);
    assert_non_null(fixture_find(art, "汇智投资", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a role taken in a deal (担任…顾问, 协办) */
static void test_firm_taking_a_role(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本轮融资由锐合创投领投，毅仁资本担任本轮融资顾问。", NULL, NULL);
    assert_non_null(fixture_find(art, "毅仁资本", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin legal form without its dot after a comma (OCEAN VIEW DRIVE,INC在…) */
static void test_latin_inc_without_dot(void **state)
{
    (void)state;
    gx_article *art = fixture_run("贾跃亭通过OCEAN VIEW DRIVE,INC在帕洛斯佛迪半岛购买了房产。", NULL, NULL);
    assert_non_null(fixture_find(art, "OCEAN VIEW DRIVE,INC", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a home region before a known short name, more words and a limited company's form: the local
 * firm, not the listed company (长沙|新华联|铜官窑开发|有限公司) */
static void test_home_region_limited_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"长沙新华联铜官窑开发有限公司", GX_ENT_COMPANY, 0.68f}};
    gx_article *art = fixture_run_tagged("公司全资子公司长沙新华联铜官窑开发有限公司申请融资。", tags, 1);
    const gx_entity *e = fixture_find(art, "长沙新华联铜官窑开发有限公司", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_null(fixture_find(art, "新华联", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a four-character unit after 子公司, named again: a company */
static void test_new_subsidiary(void **state)
{
    (void)state;
    gx_article *art = fixture_run("炬华科技成立子公司炬源物联，中标名次更进一步。炬源物联注册资本1亿元。", NULL, NULL);
    assert_non_null(fixture_find(art, "炬源物联", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* said once, a unit closed by a firm's word is enough (点甲创投) */
static void test_subsidiary_firm_word_once(void **state)
{
    (void)state;
    gx_article *art = fixture_run("泛微网络公告，公司及其控股子公司点甲创投 拟以现金1.84亿元对上海CA进行增资。", NULL, NULL);
    assert_non_null(fixture_find(art, "点甲创投", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* said once, the four characters after 子公司 are a clause (逐渐开业) */
static void test_subsidiary_clause_once(void **state)
{
    (void)state;
    gx_article *art = fixture_run("各银行的理财子公司逐渐开业，预计会有更多产品问世。", NULL, NULL);
    assert_null(fixture_find(art, "逐渐开业", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a controlling holder of four characters before its stake, named again: a company */
static void test_controlling_holder_firm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司控股股东意隆磁材的质押比例为100%。截至目前，意隆磁材相关质押股份已突破预警线。", NULL, NULL);
    assert_non_null(fixture_find(art, "意隆磁材", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a preposition before the holder word: a verb phrase follows (为控股股东提供担保) */
static void test_holder_after_preposition(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司为股东提供担保额度41亿元，公司无为控股股东提供担保的情况。", NULL, NULL);
    assert_null(fixture_find(art, "提供担保", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_firm),
        cmocka_unit_test(test_kind_of_firm_is_none),
        cmocka_unit_test(test_firm_word_speaking),
        cmocka_unit_test(test_party_with_region),
        cmocka_unit_test(test_firm_promising),
        cmocka_unit_test(test_firm_taking_a_role),
        cmocka_unit_test(test_latin_inc_without_dot),
        cmocka_unit_test(test_home_region_limited_company),
        cmocka_unit_test(test_new_subsidiary),
        cmocka_unit_test(test_subsidiary_firm_word_once),
        cmocka_unit_test(test_subsidiary_clause_once),
        cmocka_unit_test(test_controlling_holder_firm),
        cmocka_unit_test(test_holder_after_preposition),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
