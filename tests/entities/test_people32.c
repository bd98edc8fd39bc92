/* test_people32.c — people in web finance text (twenty-third session, helper "people32"): a surname
 * and 总 or a kin word is a form of address, no person, whichever source read it (宋总, 董阿姨:
 * gx_cand_shape.c gx_shape_address_form); an unsure tagger name in an enumeration of countries
 * (gx_resolve_people.c listed_country), a two-character one before 国际 (company_short_name), a
 * three-character one opening on a city (city_led); four characters ending in 宝 (a platform);
 * a three-character name the text writes as a unit three times (repeated_unit). The tagger's
 * readings are given by hand (fixture_run_tagged). Texts written for the test. */
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

/* 总经理宋总: the form of address after a title is no holder; 王大妈 and 李阿姨 are nicknames */
static void test_address_forms(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"宋总", GX_ENT_PERSON, 0.65f}, {"汪总", GX_ENT_PERSON, 0.62f}};
    gx_article *art = fixture_run_tagged("公司总经理宋总、副总经理汪总出席了发布会。", tags, 2);
    assert_null(fixture_person(art, "宋总"));
    assert_null(fixture_person(art, "汪总"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"王大妈", GX_ENT_PERSON, 0.5f}, {"李阿姨", GX_ENT_PERSON, 0.5f}};
    art = fixture_run_tagged("小区里的王大妈和李阿姨每天早上去跳舞。", tags2, 2);
    assert_null(fixture_person(art, "王大妈"));
    assert_null(fixture_person(art, "李阿姨"));
    gx_article_free(art);
    /* a name keeps its title */
    art = fixture_run("公司总经理宋立新出席了发布会。", NULL, NULL);
    assert_true(fixture_holds(art, "宋立新", "总经理"));
    gx_article_free(art);
}

/* 德国，意大利，葡萄亚等国: a misspelt country in a list of countries; a name after a country and a
 * comma with no list around it stays */
static void test_listed_country(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"葡萄亚", GX_ENT_PERSON, 0.8f}};
    gx_article *art = fixture_run_tagged("该币已获得德国，意大利，葡萄亚等国的认可。", tags, 1);
    assert_null(fixture_person(art, "葡萄亚"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"马克龙", GX_ENT_PERSON, 0.8f}};
    art = fixture_run_tagged("这次访问法国，马克龙表示欢迎。", tags2, 1);
    assert_non_null(fixture_person(art, "马克龙"));
    gx_article_free(art);
}

/* 维鼎国际项目…维鼎的会员: a firm's short name before 国际; 宁波华|鼎 a city and one character */
static void test_firm_names(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"维鼎", GX_ENT_PERSON, 0.45f}};
    gx_article *art = fixture_run_tagged("维鼎国际项目已经停止兑付。维鼎的会员很着急。", tags, 1);
    assert_null(fixture_person(art, "维鼎"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"宁波华", GX_ENT_PERSON, 0.35f}};
    art = fixture_run_tagged("我们投诉宁波华鼎理财公司。", tags2, 1);
    assert_null(fixture_person(art, "宁波华"));
    gx_article_free(art);
    const fixture_tag tags3[] = {{"钱多多宝", GX_ENT_PERSON, 0.55f}};
    art = fixture_run_tagged("投资者在钱多多宝上的本金至今没有还。", tags3, 1);
    assert_null(fixture_person(art, "钱多多宝"));
    gx_article_free(art);
}

/* 法人侯立锋 with the surname mistyped (候): the text writes the name three times in different
 * places; 多米尼 of 多米尼加 is always followed by 加 */
static void test_repeated_unit(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"候立锋", GX_ENT_PERSON, 0.58f}};
    gx_article *art = fixture_run_tagged("我们找到候立锋代办深户。公司法人候立锋初审过资料。后来候立锋拖着不办。", tags, 1);
    assert_non_null(fixture_person(art, "候立锋"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"多米尼", GX_ENT_PERSON, 0.55f}};
    art = fixture_run_tagged("去多米尼加旅游。多米尼加很美。在多米尼加度假。", tags2, 1);
    assert_null(fixture_person(art, "多米尼"));
    gx_article_free(art);
}

/* 法人 (the legal representative) before a Chinese name: 法人童平频频更换; not 一般法人单列出 (a word), not 执法人员 */
static void test_legal_persons(void **state)
{
    (void)state;
    gx_article *art = fixture_run("事发后吉林青旅法人童平频频更换名下公司。", NULL, NULL);
    assert_true(fixture_holds(art, "童平", "法人"));
    gx_article_free(art);
    art = fixture_run("一般法人单列出汇金证金后其他暂不讨论。", NULL, NULL);
    assert_null(fixture_person(art, "单列"));
    gx_article_free(art);
    art = fixture_run("执法人员高度重视。", NULL, NULL);
    assert_null(fixture_person(art, "员高"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_address_forms),
        cmocka_unit_test(test_listed_country),
        cmocka_unit_test(test_firm_names),
        cmocka_unit_test(test_repeated_unit),
        cmocka_unit_test(test_legal_persons),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
