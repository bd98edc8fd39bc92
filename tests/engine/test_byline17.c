/* test_byline17.c — outlets and authors (fifteenth session, byline17, issue 3): a WeChat account
 * named after 来源:公众号 or in a summary's closing (微信公众号X), a paper named by its century
 * closing the text ((21世纪经济报道)), a site and its writer before the day (雷帝网 乐天 6月20日报道),
 * the outlet asking an interview's questions (东方财富网:…), a WeChat account's own article with its
 * analyst (原创:天风策略 分析师徐彪). */
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

/* the account named after the word is the source; the word alone names none */
static void test_source_account(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "来源：公众号 大力如山", &bl));
    assert_non_null(bl.outlet);
    assert_string_equal(bl.outlet, "大力如山");
    assert_true(fixture_byline(a, "来源：微信公众号 券商中国", &bl));
    assert_non_null(bl.outlet);
    assert_string_equal(bl.outlet, "券商中国");
    assert_true(fixture_byline(a, "来源：公众号", &bl));
    assert_null(bl.outlet);
    gx_arena_free(a);
}

/* a portal's summary closing with the account it quotes */
static void test_summary_account(void **state)
{
    (void)state;
    expect_outlet("摘要\n\n【安信策略:成长股处于较低估值水平】我们认为当前成长股估值处于较低估值区间。(微信公众号陈果A股策略)\n\n" LONG1
                  "\n\n" LONG2,
                  "陈果A股策略");
    expect_outlet("摘要\n\n【安信策略:成长股处于较低估值水平】我们认为当前成长股估值处于较低估值区间。(微信公众号)\n\n" LONG1
                  "\n\n" LONG2,
                  NULL);
}

/* a paper named by its century closing the last sentence; a year's report is none */
static void test_century_paper(void **state)
{
    (void)state;
    expect_outlet(LONG1 "\n\n" LONG2 "(21世纪经济报道)", "21世纪经济报道");
    expect_outlet(LONG1 "\n\n" LONG2 "(2018年度财报)", NULL);
}

/* a site and its writer before the day */
static void test_site_writer_day(void **state)
{
    (void)state;
    gx_article *art = fixture_build("雷帝网 乐天 6月20日报道\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_non_null(art->outlet);
    assert_string_equal(art->outlet, "雷帝网");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "乐天");
    /* the name is marked bare: resolution drops a place ("中国网 北京市 6月20日报道") */
    assert_true(art->authors.v[0].bare);
    gx_article_free(art);
    /* not without a day, not with a longer word between */
    art = fixture_build("雷帝网 乐天 报道\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
    art = fixture_build("雷帝网 科技频道 6月20日报道\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

/* the outlet asking an interview's questions, named at two paragraphs' start; once is a quote */
static void test_interview_speaker(void **state)
{
    (void)state;
    expect_outlet("东方财富网:您怎么看2018年的市场?\n\n郭锋:结构性行情还会延续下去。\n\n东方财富网:非常谢谢郭总跟我们分享。\n\n" LONG1,
                  "东方财富网");
    expect_outlet("东方财富网:您怎么看2018年的市场?\n\n郭锋:结构性行情还会延续下去。\n\n" LONG1, NULL);
}

/* a WeChat account's own article names the account and its analyst */
static void test_original_account(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "原创：天风策略 分析师徐彪", &bl));
    assert_non_null(bl.outlet);
    assert_string_equal(bl.outlet, "天风策略");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "徐彪");
    assert_string_equal(bl.authors[0].role, "分析师");
    /* a sentence about analysts is no byline */
    assert_false(fixture_byline(a, "分析师认为,市场仍将震荡。", &bl) && bl.nauthors > 0);
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_century_paper),
        cmocka_unit_test(test_interview_speaker),
        cmocka_unit_test(test_original_account),
        cmocka_unit_test(test_site_writer_day),
        cmocka_unit_test(test_source_account),
        cmocka_unit_test(test_summary_account),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
