/* test_people35.c — people and bodies in web finance text (twenty-fourth session, round 2, helper "people35"):
 * a party word, a name and a clause mark or a name's end of two characters (gx_people_parties.c); the value of a
 * form's name field (平台名称：…) no person (gx_resolve_people.c labelled_thing); a division of the Corps in an
 * address no body (gx_entity_rules_gov_parts.c). The tagger's readings are given by hand where needed. Texts
 * written for the test. */
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

/* 论坛网友宋晓峰，… and 股民孙振华成为…: the party introduces the person before a comma or 成为; not a
 * surname and a form of address (受害人李女士，) */
static void test_party_then_clause(void **state)
{
    (void)state;
    gx_article *art = fixture_run("论坛网友宋晓峰，一位做了十年的老手，提醒大家小心。", NULL, NULL);
    assert_non_null(fixture_person(art, "宋晓峰"));
    gx_article_free(art);
    art = fixture_run("股民孙振华成为第一个起诉平台的人。", NULL, NULL);
    assert_non_null(fixture_person(art, "孙振华"));
    gx_article_free(art);
    art = fixture_run("203名投资者平均只获得3万元的赔偿。", NULL, NULL);
    assert_null(fixture_person(art, "平均只"));
    gx_article_free(art);
    art = fixture_run("受害人李女士，已经报警。", NULL, NULL);
    assert_null(fixture_person(art, "李女士"));
    gx_article_free(art);
}

/* 平台名称：鑫利宝平台网址：… the tagger's person in a form's name field is the platform's name */
static void test_labelled_thing(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"鑫利宝", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("曝光一个黑平台。平台名称：鑫利宝平台网址：无", tags, 1);
    assert_null(fixture_person(art, "鑫利宝"));
    gx_article_free(art);
    art = fixture_run_tagged("这次是鑫利宝出来说明情况。", tags, 1);
    assert_non_null(fixture_person(art, "鑫利宝"));
    gx_article_free(art);
}

/* 位于…兵团第八师石河子市: a division in an address is its place, no body; alone it is one */
static void test_corps_division_in_address(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该公司总部位于新疆生产建设兵团第八师石河子市，主营棉花。", NULL, NULL);
    assert_null(fixture_find(art, "新疆生产建设兵团第八师", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("新疆生产建设兵团第八师召开棉花收购会议。", NULL, NULL);
    assert_non_null(fixture_find(art, "新疆生产建设兵团第八师", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_party_then_clause),
        cmocka_unit_test(test_labelled_thing),
        cmocka_unit_test(test_corps_division_in_address),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
