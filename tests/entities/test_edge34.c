/* test_edge34.c — company name edges and wrong links (twentieth session, helper "edge34"): a known
 * short name that only opens a quoted or glossed unit links to nothing (gx_resolve.c
 * prefix_of_unit); a conjunction after 由/被, or one the article writes with the name at a clause's
 * start, is the name's first character (gx_entity_util.c); kinds of backers before 系 are no capital
 * group (cues.tsv system_word); a heading's bracket never stands inside a tagger name
 * (gx_cand_shape.c); a wire and a portal are outlets (organizations.tsv); a fund's share class beside
 * its full product name is the fund's (gx_resolve_shape.c); the tagger's X公司 is X when the article
 * names X alone (gx_resolve.c repair). (A tagger name cut short where the tagger reads it whole elsewhere,
 * gx_resolve.c longer_names, needs the tagger's own spans: measured on the dev sets, not here.) */
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

/* 「中金影视」, 中金控(zjk.…): not 中金公司; 中金公司 and “阿里系” still are the known companies */
static void test_short_name_opening_a_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("都可以通过一个叫「中金影视」的平台来投资。", NULL, NULL);
    assert_null(fixture_company(art, "中金"));
    gx_article_free(art);
    art = fixture_run("请各位投资者不要被骗了中金控(zjk.example.com)提醒。", NULL, NULL);
    assert_null(fixture_company(art, "中金"));
    gx_article_free(art);
    art = fixture_run("中金公司发布报告称，“阿里系”的长桥证券获得融资。", NULL, NULL);
    assert_non_null(fixture_company(art, "中金公司"));
    assert_non_null(fixture_company(art, "阿里"));
    gx_article_free(art);
}

/* 由|和信数字科技有限公司运营: 和 opens the name; 经与|中国证券登记结算有限责任公司 stays a preposition */
static void test_conjunction_after_preposition(void **state)
{
    (void)state;
    gx_article *art = fixture_run("和信借条由和信数字科技有限公司运营，将与银行合作。", NULL, NULL);
    assert_non_null(fixture_find(art, "和信数字科技有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "信数字科技有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("经与中国证券登记结算有限责任公司深圳分公司确认，股份已过户。", NULL, NULL);
    assert_null(fixture_find(art, "与中国证券登记结算有限责任公司深圳分公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 上市公司和信贷(NASDAQ:HX) beside a title 和信贷推出…: the code's name is 和信贷 */
static void test_conjunction_written_whole_elsewhere(void **state)
{
    (void)state;
    gx_article *art = fixture_run("和信贷推出消费金融产品\n\n美股上市公司和信贷(NASDAQ:HX)宣布推出新产品。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "和信贷");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "HX");
    assert_null(fixture_company(art, "信贷"));
    gx_article_free(art);
}

/* 国资系、银行系: kinds of platforms, no capital group 国资 */
static void test_backer_kinds(void **state)
{
    (void)state;
    gx_article *art = fixture_run("从根本上的差异来看：国资系、银行系在安全程度上更高，国资背景的平台也更多。", NULL, NULL);
    assert_null(fixture_company(art, "国资"));
    assert_null(fixture_company(art, "银行"));
    gx_article_free(art);
}

/* 【小蜜淘】公司简介: no tagger name holds the heading's bracket */
static void test_bracket_inside_tagger_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"蜜淘】公司", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("《一》【小蜜淘】公司简介了解一个公司。", tags, 1);
    assert_null(fixture_find(art, "蜜淘】公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 上海美通社--, 中财网 (at the scores the tagger gives them): a wire and a portal are organizations; 银华汇利A beside the fund's full name is
 * the fund, while 万科A is the company's share */
static void test_outlets_and_fund_classes(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"上海美通社", GX_ENT_COMPANY, 0.41f}, {"中财网", GX_ENT_COMPANY, 0.48f}};
    gx_article *art = fixture_run_tagged("上海美通社--随着拼多多发布财报，时间：中财网原标题。", tags, 2);
    assert_null(fixture_find(art, "上海美通社", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "中财网", GX_ENT_COMPANY));
    gx_article_free(art);
    const fixture_tag fund[] = {{"银华汇利", GX_ENT_COMPANY, 0.51f}};
    art = fixture_run_tagged("银华汇利A:银华汇利灵活配置混合型证券投资基金暂停大额申购。", fund, 1);
    assert_null(fixture_find(art, "银华汇利", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("万科A:万科企业股份有限公司发布公告。", NULL, NULL);
    assert_non_null(fixture_company(art, "万科"));
    gx_article_free(art);
}

/* 星瀚链公司在哪里 beside 星瀚链是什么: the tagger's X公司 names X */
static void test_generic_company_word_after_a_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"星瀚链公司", GX_ENT_COMPANY, 0.86f}, {"星瀚链", GX_ENT_COMPANY, 0.55f}};
    gx_article *art = fixture_run_tagged("星瀚链是什么?星瀚链怎么赚钱?星瀚链公司在哪里?", tags, 2);
    const gx_entity *e = fixture_company(art, "星瀚链");
    assert_non_null(e);
    assert_string_equal(e->name, "星瀚链");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_name_opening_a_unit),
        cmocka_unit_test(test_conjunction_after_preposition),
        cmocka_unit_test(test_conjunction_written_whole_elsewhere),
        cmocka_unit_test(test_backer_kinds),
        cmocka_unit_test(test_bracket_inside_tagger_name),
        cmocka_unit_test(test_outlets_and_fund_classes),
        cmocka_unit_test(test_generic_company_word_after_a_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
