/* test_problem.c — RFC 9457 problem+json bodies, response ownership, request lookups. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "srv_request.h"

static void test_problem_fields(void **state)
{
    (void)state;
    srv_response res;
    memset(&res, 0, sizeof res);
    assert_int_equal(srv_problem(&res, 404, "no article %s", "x1"), 0);
    assert_int_equal(res.status, 404);
    assert_string_equal(res.content_type, "application/problem+json");
    assert_string_equal(json_string_value(json_object_get(res.json, "title")), "Not Found");
    assert_int_equal(json_integer_value(json_object_get(res.json, "status")), 404);
    assert_string_equal(json_string_value(json_object_get(res.json, "detail")), "no article x1");
    assert_non_null(json_string_value(json_object_get(res.json, "type")));
    srv_response_cleanup(&res);
    assert_null(res.json);
    assert_int_equal(res.status, 0);
}

static void test_problem_from_error(void **state)
{
    (void)state;
    srv_response res;
    memset(&res, 0, sizeof res);
    gl_error err;
    gl_error_clear(&err);
    gl_error_set(&err, 400, "malformed JSON");
    err.line = 3;
    err.column = 7;
    err.offset = 41;
    srv_problem_from_error(&res, &err);
    assert_int_equal(res.status, 400);
    assert_int_equal(json_integer_value(json_object_get(res.json, "line")), 3);
    assert_int_equal(json_integer_value(json_object_get(res.json, "column")), 7);
    assert_int_equal(json_integer_value(json_object_get(res.json, "offset")), 41);
    srv_response_cleanup(&res);

    gl_error_clear(&err);
    gl_error_set(&err, 0, "unexpected");
    srv_problem_from_error(&res, &err); /* status 0 -> 500, no offset/line fields */
    assert_int_equal(res.status, 500);
    assert_null(json_object_get(res.json, "offset"));
    assert_null(json_object_get(res.json, "line"));
    srv_response_cleanup(&res);
}

static void test_problem_non_utf8_detail(void **state)
{
    (void)state;
    json_t *p = srv_problem_json(400, "bad \xff byte");
    assert_non_null(p); /* never NULL, detail replaced */
    assert_non_null(json_object_get(p, "detail"));
    json_decref(p);
}

static void test_response_headers_and_raw(void **state)
{
    (void)state;
    srv_response res;
    memset(&res, 0, sizeof res);
    srv_response_json(&res, 200, json_object());
    char *raw = strdup("hello");
    srv_response_raw(&res, 200, "text/plain", raw, 5); /* replaces (and frees) the JSON */
    assert_null(res.json);
    assert_int_equal(res.body_len, 5);
    for (int i = 0; i < SRV_MAX_RES_HEADERS + 3; i++)
        srv_response_header(&res, "X-N", "v");
    assert_int_equal(res.nheaders, SRV_MAX_RES_HEADERS);
    srv_response_cleanup(&res);
    assert_int_equal(res.nheaders, 0);
}

static void test_lookups(void **state)
{
    (void)state;
    srv_kv q[] = {{"split", "false"}, {"flag", NULL}};
    srv_kv h[] = {{"Content-Type", "text/plain"}};
    srv_request req;
    memset(&req, 0, sizeof req);
    req.query = q;
    req.nquery = 2;
    req.headers = h;
    req.nheaders = 1;
    req.params[0] = (srv_kv){"id", "42"};
    req.nparams = 1;
    assert_string_equal(srv_query(&req, "split"), "false");
    assert_string_equal(srv_query(&req, "flag"), ""); /* present without value */
    assert_null(srv_query(&req, "nope"));
    assert_string_equal(srv_header(&req, "content-type"), "text/plain");
    assert_string_equal(srv_param(&req, "id"), "42");
    assert_null(srv_param(&req, "x"));
    assert_string_equal(srv_status_title(413), "Content Too Large");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_problem_fields),
        cmocka_unit_test(test_problem_from_error),
        cmocka_unit_test(test_problem_non_utf8_detail),
        cmocka_unit_test(test_response_headers_and_raw),
        cmocka_unit_test(test_lookups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
