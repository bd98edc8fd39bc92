/* test_sect23.c — structure (eighteenth session, sect23, issue 3): a writer's credit on its own line beside the source's
 * below the byline's three paragraphs (来源:X / 作者:Y); an outlet that learnt what it reports from a source it names
 * (据西安晚报从…获悉, 11月7日,澎湃新闻…处获悉); the headline said again with the page's credit after it (… 中国基金报  安曼);
 * a heading over a short first sentence that a long paragraph follows, the one heading of 25-30 characters, and under a
 * portal's 原标题 line; a bare phrase of five letters (三张监管函) as that heading; a Latin pen name after 文/ (Oliver). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

/* three short paragraphs of a repost's summary, then the credits */
#define SUMMARY "深圳个体工商户超过一百万户。\n\n这部分商事主体需要以个人名义负担无限债。\n\n建立完善个人破产制度非常重要。\n\n"

/* 作者:Y beside 来源:X below the first three paragraphs is the writer, in either order */
static void test_credit_block(void **state)
{
    (void)state;
    gx_article *art = fixture_build(SUMMARY "来源:21世纪经济报道(ID:jjbd21)\n\n作者:辛继召\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "辛继召");
    assert_string_equal(art->outlet, "21世纪经济报道");
    gx_article_free(art);
    art = fixture_build(SUMMARY "作者:辛继召\n\n来源:21世纪经济报道\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "辛继召");
    gx_article_free(art);
}

/* ... not alone there, nor with other words on its line */
static void test_credit_block_not(void **state)
{
    (void)state;
    gx_article *art = fixture_build(SUMMARY LONG1 "\n\n作者:辛继召\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

/* the site that learnt what it reports from a source it names, at its lead's start, after the day */
static void test_learnt_from(void **state)
{
    (void)state;
    expect_outlet("4月21日,据西安晚报从陕西省发改委获悉,“十三五”期间陕西省在教育领域共下达投资55.26亿元。\n\n" LONG1, "西安晚报");
    expect_outlet("11月7日,澎湃新闻中国太保内部人士处获悉,今日上午中国太保召开会议,宣布了新的总裁人选。\n\n" LONG1, "澎湃新闻");
    expect_outlet("澎湃新闻从中国太保获悉,今日上午中国太保召开会议,宣布了新的总裁人选。\n\n" LONG1, "澎湃新闻");
}

/* ... not a report cited (据X报道, 据X获悉), nor a source the site did not name (X获悉 after other words) */
static void test_learnt_from_not(void **state)
{
    (void)state;
    expect_outlet("4月21日,据西安晚报报道,“十三五”期间陕西省在教育领域共下达投资55.26亿元。\n\n" LONG1, NULL);
    expect_outlet("据新华社获悉,“十三五”期间陕西省在教育领域共下达投资55.26亿元,实施项目七百余个。\n\n" LONG1, NULL);
    expect_outlet("11月7日,澎湃新闻,中国太保内部人士处获悉,今日上午中国太保召开会议。\n\n" LONG1, NULL);
}

/* the headline said again with the outlet and its writer after it */
static void test_titled_credit(void **state)
{
    (void)state;
    const char *title = "李小加:抖音母公司来港上市 只是时间问题";
    gx_article *art = fixture_build("李小加:抖音母公司来港上市 只是时间问题 中国基金报  张曼\n\n" LONG1 "\n\n" LONG2, title, false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "中国基金报");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "张曼");
    assert_true(art->authors.v[0].bare);
    gx_article_free(art);
    /* (not an outlet-shaped name, not more words after the names) */
    assert_true(fixture_titled_outlet_is("李小加:抖音母公司来港上市 只是时间问题 中国基金\n\n" LONG1, title, NULL));
    assert_true(fixture_titled_outlet_is("李小加:抖音母公司来港上市 只是时间问题 中国基金报 张曼 今天说了\n\n" LONG1, title, NULL));
}

/* a writer's Latin pen name after 文/ (集微网消息(文/Oliver)); not a word in capitals, a brand nor a handle in small
 * letters (people23 and sect23 wrote this rule both; its test is here) */
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
    assert_false(fixture_byline(a, "文/shirleyxie", &bl) && bl.nauthors > 0);
    assert_false(fixture_byline(a, "文/TechWeb", &bl) && bl.nauthors > 0);
    assert_false(fixture_byline(a, "记者 Oliver", &bl) && bl.nauthors > 0);
    gx_arena_free(a);
    gx_article *art = fixture_build("集微网消息(文/Oliver),12月27日,台积电代理发言人孙又文将退休,公共关系部部门经理高孟华接任。\n\n" LONG1, "标题",
                                    false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "集微网");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "Oliver");
    gx_article_free(art);
}

/* a heading over a short first sentence a long paragraph follows; the one heading of up to 30 characters */
static void test_short_first(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n港交所史上最强半年报\n\n8月19日,香港交易所发布了半年报。\n\n" LONG1
                     LONG2 "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "港交所史上最强半年报");
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n银联拟任5名执行副总裁,3名内部提拔、2名来自外部\n\n" LONG1 LONG2
                     "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "银联拟任5名执行副总裁,3名内部提拔、2名来自外部");
    fixture_headings("标题在这里\n\n原标题:“双11”电商大战提前打响\n\n" LONG2 LONG1 "\n\n“双11”临近,C2M狼烟再起\n\n" LONG1 LONG2 "\n\n", h,
                     sizeof h);
    assert_string_equal(h, "“双11”临近,C2M狼烟再起");
    /* (a bare phrase of five letters) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n三张监管函\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n", h, sizeof h);
    assert_string_equal(h, "三张监管函");
}

/* not over a short sentence alone, nor a line of more than 30 characters */
static void test_short_first_not(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n港交所史上最强半年报\n\n8月19日,香港交易所发布了半年报。\n\n"
                     "半年报创下新高。\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n银联拟任5名执行副总裁,其中3名来自内部提拔、另外2名来自外部的市场化选聘\n\n" LONG1
                     LONG2 "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_credit_block),
        cmocka_unit_test(test_credit_block_not),
        cmocka_unit_test(test_latin_pen_name),
        cmocka_unit_test(test_learnt_from),
        cmocka_unit_test(test_learnt_from_not),
        cmocka_unit_test(test_short_first),
        cmocka_unit_test(test_short_first_not),
        cmocka_unit_test(test_titled_credit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
