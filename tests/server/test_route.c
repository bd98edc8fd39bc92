/* test_route.c — the router: literal and {param} patterns, 404 vs 405 with Allow, HEAD. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "srv_route.h"

static int h_dummy(const srv_request *req, srv_response *res, gl_error *err)
{
    (void)req;
    (void)res;
    (void)err;
    return 0;
}

static const srv_route routes[] = {
    {"GET", "/healthz", h_dummy, SRV_ROUTE_INLINE},
    {"POST", "/v1/articles", h_dummy, 0},
    {"GET", "/v1/articles", h_dummy, 0},
    {"GET", "/v1/articles/{id}", h_dummy, 0},
    {"DELETE", "/v1/articles/{id}", h_dummy, 0},
    {"GET", "/v1/companies/{id}/events", h_dummy, 0},
    {"GET", "/v1/a/{x}/b/{y}", h_dummy, 0},
    {NULL, NULL, NULL, 0},
};

typedef struct found {
    srv_match m;
    const srv_route *r;
    srv_kv params[SRV_MAX_PARAMS];
    int np;
    char scratch[512];
    char allow[64];
} found;

static void find(found *f, const char *method, const char *path)
{
    memset(f, 0, sizeof *f);
    f->m = srv_route_find(routes, method, path, &f->r, f->params, &f->np, f->scratch,
                          sizeof f->scratch, f->allow, sizeof f->allow);
}

static void test_literal(void **state)
{
    (void)state;
    found f;
    find(&f, "GET", "/healthz");
    assert_int_equal(f.m, SRV_MATCH_OK);
    assert_ptr_equal(f.r, &routes[0]);
    assert_int_equal(f.np, 0);
    find(&f, "POST", "/v1/articles");
    assert_ptr_equal(f.r, &routes[1]);
    find(&f, "GET", "/v1/articles");
    assert_ptr_equal(f.r, &routes[2]);
}

static void test_params(void **state)
{
    (void)state;
    found f;
    find(&f, "GET", "/v1/articles/abc-123");
    assert_int_equal(f.m, SRV_MATCH_OK);
    assert_ptr_equal(f.r, &routes[3]);
    assert_int_equal(f.np, 1);
    assert_string_equal(f.params[0].name, "id");
    assert_string_equal(f.params[0].value, "abc-123");
    find(&f, "GET", "/v1/companies/sse-600225/events");
    assert_ptr_equal(f.r, &routes[5]);
    assert_string_equal(f.params[0].value, "sse-600225");
    find(&f, "GET", "/v1/a/1/b/22");
    assert_int_equal(f.np, 2);
    assert_string_equal(f.params[0].name, "x");
    assert_string_equal(f.params[1].value, "22");
}

static void test_not_found(void **state)
{
    (void)state;
    found f;
    find(&f, "GET", "/v1/articles/");          /* empty segment does not match {id} */
    assert_int_equal(f.m, SRV_MATCH_NOT_FOUND);
    find(&f, "GET", "/v1/articles/a/b");
    assert_int_equal(f.m, SRV_MATCH_NOT_FOUND);
    find(&f, "GET", "/healthzz");
    assert_int_equal(f.m, SRV_MATCH_NOT_FOUND);
    find(&f, "GET", "/");
    assert_int_equal(f.m, SRV_MATCH_NOT_FOUND);
    find(&f, "GET", "/v1/companies/x/events/");
    assert_int_equal(f.m, SRV_MATCH_NOT_FOUND);
}

static void test_method_not_allowed(void **state)
{
    (void)state;
    found f;
    find(&f, "PUT", "/v1/articles/7");
    assert_int_equal(f.m, SRV_MATCH_BAD_METHOD);
    assert_string_equal(f.allow, "GET, DELETE");
    find(&f, "DELETE", "/healthz");
    assert_int_equal(f.m, SRV_MATCH_BAD_METHOD);
    assert_string_equal(f.allow, "GET");
    find(&f, "HEAD", "/healthz"); /* HEAD is served by GET routes */
    assert_int_equal(f.m, SRV_MATCH_OK);
}

static void test_scratch_too_small(void **state)
{
    (void)state;
    srv_kv params[SRV_MAX_PARAMS];
    int np;
    const srv_route *r;
    char scratch[4], allow[8];
    srv_match m = srv_route_find(routes, "GET", "/v1/articles/a-long-id", &r, params, &np,
                                 scratch, sizeof scratch, allow, sizeof allow);
    assert_int_not_equal(m, SRV_MATCH_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_literal),
        cmocka_unit_test(test_params),
        cmocka_unit_test(test_not_found),
        cmocka_unit_test(test_method_not_allowed),
        cmocka_unit_test(test_scratch_too_small),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
