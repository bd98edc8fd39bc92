/* test_request.c — extract/gx_request.c: media types, JSON bodies, query parameters and the
 * errors clients get (415, 400 with offset / line+column, 422). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_request.h"

typedef struct kv {
    const char *k, *v;
} kv;

static const char *lookup(void *ctx, const char *name)
{
    for (const kv *p = ctx; p->k; p++)
        if (!strcmp(p->k, name))
            return p->v;
    return NULL;
}

static int parse(gx_request *rq, const char *ct, const char *body, kv *q, gl_error *err)
{
    gl_error_clear(err);
    return gx_request_parse(rq, ct, body, strlen(body), q ? lookup : NULL, q, err);
}

static void test_media_types(void **state)
{
    (void)state;
    gx_request rq;
    gl_error err;
    assert_int_equal(parse(&rq, "text/markdown; charset=UTF-8", "# T\n\nx", NULL, &err), 0);
    assert_int_equal(rq.in.format, GX_FORMAT_MARKDOWN);
    assert_string_equal(rq.in.charset, "utf-8");
    assert_true(rq.in.split);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "Text/Plain", "x", NULL, &err), 0);
    assert_int_equal(rq.in.format, GX_FORMAT_TEXT);
    assert_null(rq.in.charset);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "text/html;charset=\"gbk\"", "<p>x</p>", NULL, &err), 0);
    assert_int_equal(rq.in.format, GX_FORMAT_HTML);
    assert_string_equal(rq.in.charset, "gbk");
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "image/png", "x", NULL, &err), -1);
    assert_int_equal(err.status, 415);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, NULL, "x", NULL, &err), -1);
    assert_int_equal(err.status, 415);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "garbage", "x", NULL, &err), -1);
    assert_int_equal(err.status, 415);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json; charset=latin1", "{}", NULL, &err), -1);
    assert_int_equal(err.status, 415);
    gx_request_cleanup(&rq);
}

static void test_query_params(void **state)
{
    (void)state;
    gx_request rq;
    gl_error err;
    kv q[] = {{"split", "false"}, {"published_at", "2024-09-23"}, {"source", "证券时报"},
              {NULL, NULL}};
    assert_int_equal(parse(&rq, "text/plain", "body", q, &err), 0);
    assert_false(rq.in.split);
    assert_string_equal(rq.in.published_at, "2024-09-23");
    assert_string_equal(rq.in.source, "证券时报");
    gx_request_cleanup(&rq);
    kv bad[] = {{"published_at", "yesterday"}, {NULL, NULL}};
    assert_int_equal(parse(&rq, "text/plain", "body", bad, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
    kv badsplit[] = {{"split", "maybe"}, {NULL, NULL}};
    assert_int_equal(parse(&rq, "text/plain", "body", badsplit, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
}

static void test_json_bodies(void **state)
{
    (void)state;
    gx_request rq;
    gl_error err;
    kv q[] = {{"split", "false"}, {"source", "from-query"}, {NULL, NULL}};
    assert_int_equal(parse(&rq, "application/json",
                           "{\"text\": \"正文\", \"title\": \"\", \"source\": \"证券时报\", "
                           "\"published_at\": \"2024-09-23\", \"unknown\": [1, 2]}",
                           q, &err), 0);
    assert_int_equal(rq.in.format, GX_FORMAT_TEXT);
    assert_string_equal(rq.in.body, "正文");
    assert_int_equal(rq.in.len, strlen("正文"));
    assert_string_equal(rq.in.title, "");          /* explicit empty title kept */
    assert_string_equal(rq.in.source, "证券时报"); /* JSON beats query */
    assert_false(rq.in.split);                     /* from the query */
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"html\": \"<p>x</p>\", \"split\": true}",
                           q, &err), 0);
    assert_int_equal(rq.in.format, GX_FORMAT_HTML);
    assert_true(rq.in.split);
    gx_request_cleanup(&rq);
}

static void test_json_errors(void **state)
{
    (void)state;
    gx_request rq;
    gl_error err;
    assert_int_equal(parse(&rq, "application/json", "{\"text\": \"a\",\n  \"b\": }", NULL, &err), -1);
    assert_int_equal(err.status, 400);
    assert_int_equal(err.line, 2);
    assert_true(err.column > 0);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"text\": \"a\xff\"}", NULL, &err), -1);
    assert_int_equal(err.status, 400);
    assert_int_equal(err.offset, 11); /* byte offset of the bad byte */
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"text\": \"a\", \"text\": \"b\"}", NULL, &err), -1);
    assert_int_equal(err.status, 400); /* duplicate keys rejected */
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "[1]", NULL, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"title\": \"t\"}", NULL, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"text\": \"a\", \"html\": \"b\"}", NULL, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"text\": 5}", NULL, &err), -1);
    assert_int_equal(err.status, 422);
    assert_non_null(strstr(err.message, "text"));
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"text\": \"a\", \"split\": \"no\"}", NULL, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
    assert_int_equal(parse(&rq, "application/json", "{\"text\": \"a\", \"published_at\": \"9/23\"}", NULL, &err), -1);
    assert_int_equal(err.status, 422);
    gx_request_cleanup(&rq);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_media_types),
        cmocka_unit_test(test_query_params),
        cmocka_unit_test(test_json_bodies),
        cmocka_unit_test(test_json_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
