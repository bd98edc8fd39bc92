/* test_comp63.c — names that are no company the text speaks of (twenty-fifth session, helper
 * "comp63"): a portal's column credit and a site's header (gx_resolve_entities.c
 * masthead_mention), a short name whose first character closes a generic word (gx_lexicon.c
 * closes_generic_word: 互联网|飞速), a credit rating before a firm word, a line of products in
 * 系列基金, a country's 证券 opening a body's longer name (gx_resolve_shape.c), 中国电影 the phrase
 * (common_word_names.tsv). Texts written for the test. */
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

static void expect(const char *text, const char *name, bool present)
{
    gx_article *art = fixture_run(text, NULL, NULL);
    if (present)
        assert_non_null(fixture_find(art, name, GX_ENT_COMPANY));
    else
        assert_null(fixture_find(art, name, GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a portal's column credit: the name, 《column》 and its byline */
static void test_column_credit(void **state)
{
    (void)state;
    expect("网易《财经眼》记者王强消息，针对此事，该平台回应称其产品并非官方产品。", "网易", false);
    /* a game of the company, no byline after it: the company */
    expect("网易《梦幻西游》收入大增，带动季度利润上升。", "网易", true);
}

/* a site's header: the name glued to its own web address */
static void test_site_header(void **state)
{
    (void)state;
    expect("手机网易163.COM 理财产品公告：产品有风险，投资须谨慎。", "网易", false);
    expect("网易发布第三季度财报，营收同比增长。", "网易", true);
}

/* a short name whose first character closes 互联网 */
static void test_inside_generic_word(void **state)
{
    (void)state;
    expect("另一方面，互联网飞速发展需要补足传统行业的经验知识。", "网飞", false);
    expect("网飞宣布上调订阅价格，其股价随即上涨。", "网飞", true);
}

/* a credit rating and a firm word; a line of fund products */
static void test_rating_and_series(void **state)
{
    (void)state;
    expect("风险措施：土地抵押+股权质押+AA集团担保，项目位于市区。", "AA集团", false);
    expect("该中心运作创投联盟、路演中心和青年系列基金等平台。", "青年系列基金", false);
}

/* a country's 证券 followed by 及: the start of a regulator's name, cut at the page's end */
static void test_country_securities_and(void **state)
{
    (void)state;
    expect("该平台由加拿大证券及", "加拿大证券", false);
}

/* 中国电影 the phrase, without a company's context */
static void test_chinese_film_phrase(void **state)
{
    (void)state;
    expect("十年间中国电影市场的票房增长了五倍。", "中国电影", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_column_credit),         cmocka_unit_test(test_site_header),
        cmocka_unit_test(test_inside_generic_word),   cmocka_unit_test(test_rating_and_series),
        cmocka_unit_test(test_country_securities_and), cmocka_unit_test(test_chinese_film_phrase),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
