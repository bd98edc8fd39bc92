/* test_byline23.c — authors (eighteenth session, people23, issue 3): a writer's pen name in Latin
 * letters after the credit word (文/Oliver, 集微网消息(文/Oliver)). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_structure.h"
#include "structure_fixture.h"

/* one capitalised Latin word after 文/ is the writer; not after 记者, nor a word in capitals */
static void test_latin_pen_name(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "文/Oliver", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "Oliver");
    assert_string_equal(bl.authors[0].role, "作者");
    assert_false(fixture_byline(a, "文/OLIVER", &bl) && bl.nauthors > 0);
    assert_false(fixture_byline(a, "记者 Oliver", &bl) && bl.nauthors > 0);
    gx_arena_free(a);
}

/* the dateline's credit: 集微网消息(文/Oliver) */
static void test_dateline_pen_name(void **state)
{
    (void)state;
    gx_article *art = fixture_build("集微网消息(文/Oliver)，12月27日，据中央社报道，台积电代理发言人将退休。" LONG1 "\n\n" LONG2,
                                    "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "Oliver");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_pen_name),
        cmocka_unit_test(test_latin_pen_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
