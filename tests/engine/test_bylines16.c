/* test_bylines16.c — byline roles of the twelfth session (helper "people16", issue 3): a
 * contributor's and a columnist's credits (特约撰稿, 首席评论员, 专栏作家), the outlet in book marks
 * before the role (《法人》特约撰稿 王佐发, 《中国企业家》见习记者 陈睿雅), and a writer's title after 文
 * whose glued column name is no outlet. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_structure.h"
#include "structure_fixture.h"

static void test_contributor_roles(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "文 《法人》特约撰稿 王佐发", &bl));
    assert_string_equal(bl.outlet, "法人");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "王佐发");
    assert_string_equal(bl.authors[0].role, "特约撰稿");

    assert_true(fixture_byline(a, "文|《中国企业家》见习记者 陈睿雅", &bl));
    assert_string_equal(bl.outlet, "中国企业家");
    assert_string_equal(bl.authors[0].role, "见习记者");

    assert_true(fixture_byline(a, "文/新浪财经首席评论员 艾堂明", &bl));
    assert_string_equal(bl.outlet, "新浪财经");
    assert_string_equal(bl.authors[0].role, "首席评论员");

    /* the column's name glued before the title is no outlet; the writer keeps the title */
    assert_true(fixture_byline(a, "文/新浪财经意见领袖专栏（微信公众号kopleader）专栏作家 郝旭光", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "郝旭光");
    assert_string_equal(bl.authors[0].role, "专栏作家");
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contributor_roles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
