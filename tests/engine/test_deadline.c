/* test_deadline.c — gx_input.deadline (the caller's deadline, SECURITY.md "Known gaps").
 *
 * A deadline already past: gx_extract and gx_extract_dumps return NULL with status 504 and a
 * reason naming the deadline, for one article and for a page of many; no deadline (0) and a
 * deadline far ahead give the same answer as before, byte for byte. A deadline that passes
 * while the stages run (a long text of one sentence repeated, 0.1 s) stops the extraction at
 * a stage and says which. (Run under valgrind/ASan, nothing leaks on the stopped path.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx.h"
#include "gx_test_engine.h"

static const char *TEXT = "# 标题\n\n阿里巴巴集团董事局主席张勇表示，公司将于明年在杭州新建研发中心。\n";

static char *dumps(const char *body, double deadline, gl_error *err)
{
    gx_input in = gx_input_default();
    in.body = body;
    in.len = strlen(body);
    in.format = GX_FORMAT_MARKDOWN;
    in.deadline = deadline;
    gl_error_clear(err);
    return gx_extract_dumps(gx_test_eng, &in, NULL, NULL, err);
}

static void test_past_deadline(void **state)
{
    (void)state;
    gl_error err;
    gx_input in = gx_input_default();
    in.body = TEXT;
    in.len = strlen(TEXT);
    in.format = GX_FORMAT_MARKDOWN;
    in.deadline = gx_clock_now() - 1.0;
    gl_error_clear(&err);
    assert_null(gx_extract(gx_test_eng, &in, &err));
    assert_int_equal(err.status, 504);
    assert_non_null(strstr(err.message, "deadline"));
    assert_null(dumps(TEXT, gx_clock_now() - 1.0, &err));
    assert_int_equal(err.status, 504);
    assert_non_null(strstr(err.message, "nothing was extracted"));
}

/* A page of 40 articles: stopped before the first, none of them leaks. */
static void test_past_deadline_many(void **state)
{
    (void)state;
    size_t cap = 40 * 256, n = 0;
    char *page = malloc(cap);
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(page + n, cap - n, "# 第%d篇\n\n腾讯控股有限公司第%d季度营收增长。\n\n", i, i);
    gl_error err;
    assert_null(dumps(page, gx_clock_now() - 0.001, &err));
    assert_int_equal(err.status, 504);
    free(page);
}

static void test_no_or_far_deadline_same_answer(void **state)
{
    (void)state;
    gl_error err;
    char *a = dumps(TEXT, 0, &err);
    assert_non_null(a);
    char *b = dumps(TEXT, gx_clock_now() + 3600, &err);
    assert_non_null(b);
    assert_string_equal(a, b);
    assert_non_null(strstr(a, "阿里巴巴"));
    free(a);
    free(b);
}

/* The deadline passes while the engine works: one sentence 30,000 times (3.3 MB; its normalization
 * and linear stages alone take far longer than 5 ms, however fast the rules become) against a
 * deadline 5 ms away: 504, nothing returned. No timing is asserted. */
static void test_deadline_during_work(void **state)
{
    (void)state;
    const char *s = "华夏银行股份有限公司董事长李民吉在北京表示，该行将向中小企业发放贷款100亿元。";
    enum { COPIES = 30000 };
    size_t sl = strlen(s), cap = COPIES * (sl + 1) + 32, n = 0;
    char *body = malloc(cap);
    n += (size_t)snprintf(body, cap, "# 标题\n\n");
    for (int i = 0; i < COPIES; i++) {
        memcpy(body + n, s, sl);
        n += sl;
        body[n++] = i % 8 == 7 ? '\n' : ' ';
    }
    body[n] = '\0';
    gl_error err;
    assert_null(dumps(body, gx_clock_now() + 0.005, &err));
    assert_int_equal(err.status, 504);
    assert_non_null(strstr(err.message, "stopped at its deadline"));
    free(body);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_past_deadline),
        cmocka_unit_test(test_past_deadline_many),
        cmocka_unit_test(test_no_or_far_deadline_same_answer),
        cmocka_unit_test(test_deadline_during_work),
    };
    return cmocka_run_group_tests(tests, gx_test_engine_setup, gx_test_engine_teardown);
}
