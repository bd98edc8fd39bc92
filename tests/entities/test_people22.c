/* test_people22.c — people and their titles, seventeenth session (helper "people22", issue 3):
 * a name in Latin letters glued before an address title (Powell主席), 在 between a sure name and a
 * verb of taking or leaving a post (马云在卸任…董事局主席前), a parenthesis that holds more posts after
 * the title (吴炯（前阿里巴巴CTO、现为投资人）). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* Kowalski教授: the Latin name the tagger read holds the title after it */
static void test_latin_name_before_title(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"Kowalski", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("据介绍，Kowalski教授在会上表示，市场将走强。", tags, 1);
    assert_true(fixture_holds(art, "Kowalski", "教授"));
    gx_article_free(art);
}

/* 刘建华在卸任公司董事长前: 在 after a name the reader ends there; not 但老董在担任 */
static void test_at_before_post_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这是刘建华在卸任公司董事长前的最后一次会议。", NULL, NULL);
    assert_true(fixture_holds(art, "刘建华", "董事长"));
    assert_null(fixture_person(art, "刘建华在"));
    gx_article_free(art);
    art = fixture_run("但老董在担任公司总经理期间表示支持。", NULL, NULL);
    assert_null(fixture_person(art, "老董"));
    gx_article_free(art);
}

/* 吴炯（前阿里巴巴CTO、现为投资人）: the parenthesis closes after another post */
static void test_bracket_more_posts(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"周立新", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("他结识了益友周立新（前万科集团总裁、现为投资人），两人常聚。", tags, 1);
    assert_true(fixture_holds(art, "周立新", "总裁"));
    gx_article_free(art);
    /* (a parenthesis that does not close soon after: no apposition) */
    art = fixture_run_tagged("他结识了益友周立新（万科集团总裁，此后他又在多家机构任职并参与了大量的项目的工作与管理）。", tags, 1);
    assert_false(fixture_holds(art, "周立新", "总裁"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_at_before_post_verb),
        cmocka_unit_test(test_bracket_more_posts),
        cmocka_unit_test(test_latin_name_before_title),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
