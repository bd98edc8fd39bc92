/* test_page18.c — whole pages of several articles (helper "page18", eighteenth session): the
 * outlet a page's bylines name is lent only to an article whose byline keeps a writer once the
 * lexicon has judged its names (a summary line read as bare names, 摘要 / 分析称…, lends none);
 * setext underlines (pandoc's markdown) split a page as "# " and "## " do. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "gx.h"

static gx_engine *eng;

static int setup(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    eng = gx_engine_new(NULL, &err);
    if (!eng)
        fprintf(stderr, "engine: %s\n", err.message);
    return eng ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gx_engine_free(eng);
    return 0;
}

static json_t *run_page(const char *body)
{
    gl_error err;
    gl_error_clear(&err);
    gx_input in = gx_input_default();
    in.body = body;
    in.len = strlen(body);
    in.format = GX_FORMAT_MARKDOWN;
    return gx_extract(eng, &in, &err);
}

/* a summary under the title taken for bare names and dropped lends no outlet of the page */
static void test_summary_lends_no_outlet(void **state)
{
    (void)state;
    const char *page = "# 甲公司中标\n\n来源:挖贝网\n\n甲公司中标金额约15亿元。\n\n"
                       "# 三大原因导致美股连续大跌 A股影响几何？\n\n摘要\n"
                       "分析称美股暴跌有三大原因：1、美债收益率连续走高；2、美股各大股指估值已处历史高位；"
                       "3、美联储加息超预期，通胀预期全面升温。A股市场受到的冲击或较小。";
    json_t *r = run_page(page);
    assert_non_null(r);
    json_t *arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(arts), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(arts, 0), "outlet")), "挖贝网");
    json_t *b = json_array_get(arts, 1);
    assert_int_equal(json_array_size(json_object_get(b, "authors")), 0);
    assert_true(json_is_null(json_object_get(b, "outlet")));
    json_decref(r);
}

/* a byline that keeps its writer still takes the outlet the page's other bylines name */
static void test_byline_takes_page_outlet(void **state)
{
    (void)state;
    const char *page = "# 甲公司中标\n\n证券时报记者 王一鸣\n\n甲公司中标金额约15亿元。\n\n"
                       "# 乙公司回购\n\n本报记者 张三\n\n乙公司回购80万股。";
    json_t *r = run_page(page);
    assert_non_null(r);
    json_t *arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(arts), 2);
    json_t *b = json_array_get(arts, 1);
    assert_int_equal(json_array_size(json_object_get(b, "authors")), 1);
    assert_string_equal(json_string_value(json_object_get(b, "outlet")), "证券时报");
    json_decref(r);
}

/* "===" under a line is an article title, "---" a section heading; a title's double space and
 * its question mark stay in it; a rule after a blank line is no underline */
static void test_setext_page(void **state)
{
    (void)state;
    const char *page = "甲公司中标  乙项目落地?\n======\n\n证券时报记者 王一鸣\n\n甲公司中标金额约15亿元。\n\n"
                       "订单来源\n------\n\n甲公司表示，订单来自海外。\n\n"
                       "乙公司回购\n======\n\n乙公司回购80万股。\n\n------\n\n乙公司股价上涨。";
    json_t *r = run_page(page);
    assert_non_null(r);
    json_t *arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(arts), 2);
    json_t *a = json_array_get(arts, 0);
    assert_string_equal(json_string_value(json_object_get(a, "title")), "甲公司中标 乙项目落地?");
    json_t *secs = json_object_get(a, "sections");
    assert_int_equal(json_array_size(secs), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(secs, 0), "heading")), "订单来源");
    json_t *b = json_array_get(arts, 1);
    assert_string_equal(json_string_value(json_object_get(b, "title")), "乙公司回购");
    assert_int_equal(json_array_size(json_object_get(b, "sections")), 0);
    json_decref(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_summary_lends_no_outlet),
        cmocka_unit_test(test_byline_takes_page_outlet),
        cmocka_unit_test(test_setext_page),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
