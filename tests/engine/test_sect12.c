/* test_sect12.c — section headings of plain-text articles (twelfth session): a series of
 * headings goes on where one of its lines misses a neighbour's test, a heading may lead a short
 * paragraph, and a name under its mention, a sourced caption or a question answered in the
 * next paragraph is no heading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_structure.h"
#include "structure_fixture.h"


/* 3、 after 1、 2、 is a heading though its paragraph is short; a label shared with the other
 * headings (附:) carries a line over a short paragraph */
static void test_series(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n1、研发投入较高\n\n" LONG2 "\n\n2、并购驱动增长\n\n" LONG1
                            "\n\n3、看好科大讯飞与银隆\n\n不是只有质疑,也有看好的公司。\n\n" LONG2, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[2].heading, "3、看好科大讯飞与银隆");
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n数据1:研发投入较高\n\n" LONG2 "\n\n数据2:并购驱动增长\n\n" LONG1
                "\n\n数据10:谁是未来之星?\n\n" LONG2 "\n\n附:专家观点\n\n" LONG1 "\n\n附:十年回顾\n\n来看一下上一次是如何爬上高点的。\n\n" LONG2, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 5);
    assert_string_equal(art->sections.v[2].heading, "数据10:谁是未来之星?");
    assert_string_equal(art->sections.v[4].heading, "附:十年回顾");
    gx_article_free(art);
}

/* a plain heading over a short paragraph that ends with a full stop, a long one after it; a
 * name under the paragraph that names it is a caption */
static void test_short_lead_and_names(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n港交所总裁李小加表示,改革之后将有更多新经济公司来香港上市。\n\n李小加\n\n" LONG1 "\n\n并购驱动增长\n\n" LONG2
                            "\n\nA股还能火多久?\n\n与同行的火爆场面相比,公司表现不佳。\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[0].heading, "研发投入较高");
    assert_string_equal(art->sections.v[1].heading, "并购驱动增长");
    assert_string_equal(art->sections.v[2].heading, "A股还能火多久?");
    /* the section runs from its heading over the short paragraph to the end */
    assert_string_equal(gx_article_span_text(art, art->sections.v[2].span),
                        "A股还能火多久?\n\n与同行的火爆场面相比,公司表现不佳。\n\n" LONG1);
    gx_article_free(art);
}

/* a closing line over a credit in brackets is no heading */
static void test_closing_line(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n" LONG2 "\n\n并购驱动增长\n\n" LONG1
                            "\n\n我就讲这些,谢谢大家!\n\n(本文作者介绍:研究院院长、首席经济学家。)", NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    gx_article_free(art);
}

/* a question the next paragraph answers is the text's own */
static void test_answered_question(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n什么?公司的扇贝又出事儿了?\n\n没错!昨晚公司发布公告称,部分海域的底播扇贝存货异常,将计提大额减值。\n\n"
                            "研发投入较高\n\n" LONG2 "\n\n并购驱动增长\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "研发投入较高");
    gx_article_free(art);
}

/* a group's name over its first heading is a heading of its own */
static void test_group_name(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n宏观策略\n\n宏观:非农就业数据好于预期\n\n" LONG2 "\n\n策略:关注低估值蓝筹\n\n" LONG1
                            "\n\n固定收益:债市气氛有所缓和\n\n" LONG2 "\n\n煤炭:原煤产量同比增长\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 5);
    assert_string_equal(art->sections.v[0].heading, "宏观策略");
    assert_string_equal(art->sections.v[1].heading, "宏观:非农就业数据好于预期");
    gx_article_free(art);
}

/* one clear heading and one over a short paragraph make two; one clear heading alone is none */
static void test_one_clear_one_lead(void **state)
{
    (void)state;
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n" LONG2 "\n\n" LONG1
                            "\n\n全方位资产大跌风险\n\n债券市场的波动仅仅是回调的一个部分。\n\n" LONG2, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[1].heading, "全方位资产大跌风险");
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n研发投入较高\n\n" LONG2 "\n\n" LONG1, NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_series),
        cmocka_unit_test(test_short_lead_and_names),
        cmocka_unit_test(test_closing_line),
        cmocka_unit_test(test_answered_question),
        cmocka_unit_test(test_group_name),
        cmocka_unit_test(test_one_clear_one_lead),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
