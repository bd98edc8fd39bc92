/* test_people39.c — people, twenty-sixth session (helper "people39"): two Chinese names written side by
 * side whose first has a rare surname that surnames.tsv lacks (暴涛宇|李强) stay two people, as two names of
 * listed surnames do (唐真龙|邹靓); a transliterated name the tagger cuts in two (罗伊|纽伯格) is still
 * joined; a transliteration glued to an institution's suffix names the institution, no holder of
 * the title before it (教授|维多利亚大学). The tagger's readings are given by hand (fixture_run_tagged), with the scores its model gives
 * these spans. The texts are written for the test, not taken from the dev sets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

static void test_glued_pair(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"暴涛宇", GX_ENT_PERSON, 0.55f}, {"李强", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("恳请华信集团.暴涛宇李强，请尽快答复投资人。", tags, 2);
    assert_non_null(fixture_find(art, "暴涛宇", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "李强", GX_ENT_PERSON));
    assert_null(fixture_find(art, "暴涛宇李强", GX_ENT_PERSON));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"唐真龙", GX_ENT_PERSON, 0.9f}, {"邹靓", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("记者唐真龙邹靓报道", tags2, 2);
    assert_non_null(fixture_find(art, "唐真龙", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "邹靓", GX_ENT_PERSON));
    gx_article_free(art);
}

static void test_transliterated_join(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"罗伊", GX_ENT_PERSON, 0.6f}, {"纽伯格", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("罗伊纽伯格说", tags, 2);
    assert_non_null(fixture_find(art, "罗伊纽伯格", GX_ENT_PERSON));
    gx_article_free(art);
}

static void test_translit_institution(void **state)
{
    (void)state;
    /* 教授 the verb before a university named by a transliteration: no holder of the title 教授 */
    gx_article *art = fixture_run("该学院独家教授维多利亚大学课程。", NULL, NULL);
    assert_null(fixture_find(art, "维多利亚", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("英国首相鲍里斯约翰逊写了一封信。", NULL, NULL);
    assert_non_null(fixture_find(art, "鲍里斯约翰逊", GX_ENT_PERSON));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_pair),
        cmocka_unit_test(test_transliterated_join),
        cmocka_unit_test(test_translit_institution),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
