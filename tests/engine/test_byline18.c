/* test_byline18.c — outlets and authors (sixteenth session, people20, issue 3): a name alone in
 * the brackets of a dateline is its reporter (中新经纬客户端10月29日电(魏薇), C114讯 7月24消息(南山)),
 * a writer's firm glued to his name after 作者 (联讯证券李奇霖、钟林楠), a team's account names its
 * leader (来源:宏观谢亚轩团队), a body's own site is no outlet (来源:东方能源官网). */
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

/* the bracketed name after 电/消息 is the reporter (bare: resolution checks its surname) */
static void test_dateline_bare_name(void **state)
{
    (void)state;
    gx_article *art = fixture_build("中新经纬客户端10月29日电(魏薇)" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_non_null(art->outlet);
    assert_string_equal(art->outlet, "中新经纬");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "魏薇");
    assert_string_equal(art->authors.v[0].role, "记者");
    assert_true(art->authors.v[0].bare);
    gx_article_free(art);
    art = fixture_build("C114讯 7月24消息(南山)" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "南山");
    gx_article_free(art);
    /* not a word of four or more, nor Latin letters */
    art = fixture_build("中新经纬客户端10月29日电(综合报道)" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
    art = fixture_build("中新经纬客户端10月29日电(AB)" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

/* the writer's firm before his name is cut off; the names after it follow */
static void test_firm_writer(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "作者：联讯证券李奇霖、钟林楠", &bl));
    assert_null(bl.outlet);
    assert_int_equal(bl.nauthors, 2);
    assert_string_equal(bl.authors[0].name, "李奇霖");
    assert_string_equal(bl.authors[1].name, "钟林楠");
    /* a long word without a firm's ending is still no name */
    assert_false(fixture_byline(a, "作者：市场观察人士", &bl) && bl.nauthors > 0);
    gx_arena_free(a);
}

/* a team's account is the outlet and names its leader (bare) */
static void test_team_leader(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "来源：宏观谢亚轩团队", &bl));
    assert_non_null(bl.outlet);
    assert_string_equal(bl.outlet, "宏观谢亚轩团队");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "谢亚轩");
    assert_true(bl.authors[0].bare);
    assert_true(fixture_byline(a, "来源：王涵团队", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "王涵");
    gx_arena_free(a);
}

/* a body's own site is where the text was taken from, not an outlet */
static void test_official_site(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "来源：东方能源官网", &bl));
    assert_null(bl.outlet);
    assert_true(fixture_byline(a, "来源：中国能源网", &bl));
    assert_non_null(bl.outlet);
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_bare_name),
        cmocka_unit_test(test_firm_writer),
        cmocka_unit_test(test_official_site),
        cmocka_unit_test(test_team_leader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
