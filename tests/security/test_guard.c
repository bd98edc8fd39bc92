/* test_guard.c — the guard in front of the router: order of checks, 401/403/429 answers and
 * their headers, open routes, per-address buckets (IPv6 by /64), the listen rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

#include <cmocka.h>

#include "srv_guard.h"

static char keyfile[] = "/tmp/gleaner-guard-XXXXXX";

static int setup(void **state)
{
    (void)state;
    char dr[65], dw[65];
    srv_auth_sha256_hex("read-key-0123456789", 19, dr);
    srv_auth_sha256_hex("write-key-0123456789", 20, dw);
    int fd = mkstemp(keyfile);
    FILE *f = fdopen(fd, "w");
    fprintf(f,
            "{\"keys\": [{\"name\": \"desk\", \"scope\": \"read\", \"sha256\": \"%s\"},"
            "{\"name\": \"cms\", \"scope\": \"write\", \"sha256\": \"%s\"}]}",
            dr, dw);
    fclose(f);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    remove(keyfile);
    return 0;
}

static struct sockaddr_in v4(const char *ip)
{
    struct sockaddr_in s;
    memset(&s, 0, sizeof s);
    s.sin_family = AF_INET;
    inet_pton(AF_INET, ip, &s.sin_addr);
    return s;
}

static struct sockaddr_in6 v6(const char *ip)
{
    struct sockaddr_in6 s;
    memset(&s, 0, sizeof s);
    s.sin6_family = AF_INET6;
    inet_pton(AF_INET6, ip, &s.sin6_addr);
    return s;
}

static const char *header(const srv_response *r, const char *name)
{
    for (int i = 0; i < r->nheaders; i++)
        if (!strcmp(r->headers[i].name, name))
            return r->headers[i].value;
    return NULL;
}

static srv_config base_config(void)
{
    srv_config c;
    memset(&c, 0, sizeof c);
    return c;
}

/* Run one check; returns the status (0 = let through). */
static int check(srv_guard *g, const char *method, const char *path, const char *auth,
                 const struct sockaddr *sa, double now, srv_response *res)
{
    srv_response_cleanup(res);
    const char *name;
    int r = srv_guard_request(g, method, path, auth, sa, now, res, &name);
    return r ? res->status : 0;
}

static void test_auth_answers(void **state)
{
    (void)state;
    srv_config c = base_config();
    c.api_keys = keyfile;
    gl_error err;
    srv_guard *g = srv_guard_new(&c, &err);
    assert_non_null(g);
    assert_int_equal(srv_guard_nkeys(g), 2);
    srv_response res;
    memset(&res, 0, sizeof res);
    struct sockaddr_in a = v4("192.0.2.1");
    const struct sockaddr *sa = (const struct sockaddr *)&a;
    assert_int_equal(check(g, "GET", "/healthz", NULL, sa, 1, &res), 0);
    assert_int_equal(check(g, "GET", "/readyz", NULL, sa, 1, &res), 0);
    assert_int_equal(check(g, "POST", "/v1/webhooks/wp", NULL, sa, 1, &res), 0);
    assert_int_equal(check(g, "GET", "/v1/articles", NULL, sa, 1, &res), 401);
    assert_string_equal(header(&res, "WWW-Authenticate"), "Bearer realm=\"gleaner\"");
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer nope-nope-nope-nope", sa, 1, &res),
                     401);
    assert_non_null(strstr(header(&res, "WWW-Authenticate"), "invalid_token"));
    /* the presented key is never echoed */
    char *dump = json_dumps(res.json, 0);
    assert_null(strstr(dump, "nope-nope"));
    free(dump);
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer read-key-0123456789", sa, 1, &res), 0);
    assert_int_equal(check(g, "POST", "/v1/extract", "Bearer read-key-0123456789", sa, 1, &res), 0);
    assert_int_equal(check(g, "POST", "/v1/articles", "Bearer read-key-0123456789", sa, 1, &res),
                     403);
    assert_non_null(strstr(header(&res, "WWW-Authenticate"), "insufficient_scope"));
    assert_string_equal(json_string_value(json_object_get(res.json, "title")), "Forbidden");
    assert_int_equal(check(g, "POST", "/v1/articles", "Bearer write-key-0123456789", sa, 1, &res),
                     0);
    assert_int_equal(check(g, "GET", "/metrics", "Bearer write-key-0123456789", sa, 1, &res), 403);
    srv_response_cleanup(&res);
    srv_guard_free(g);
}

static void test_no_keys_is_open(void **state)
{
    (void)state;
    srv_config c = base_config();
    gl_error err;
    srv_guard *g = srv_guard_new(&c, &err);
    srv_response res;
    memset(&res, 0, sizeof res);
    assert_int_equal(srv_guard_nkeys(g), 0);
    assert_int_equal(check(g, "POST", "/v1/articles", NULL, NULL, 1, &res), 0);
    assert_int_equal(check(g, "GET", "/metrics", NULL, NULL, 1, &res), 0);
    srv_guard_free(g);
    c.api_keys = "/nonexistent/keys.json";
    assert_null(srv_guard_new(&c, &err));
}

static void test_rate_limits(void **state)
{
    (void)state;
    srv_config c = base_config();
    c.api_keys = keyfile;
    c.ip_rate = 1;
    c.ip_burst = 3;
    c.key_rate = 2;
    c.key_burst = 2;
    gl_error err;
    srv_guard *g = srv_guard_new(&c, &err);
    srv_response res;
    memset(&res, 0, sizeof res);
    struct sockaddr_in a = v4("192.0.2.1"), b = v4("192.0.2.2");
    const struct sockaddr *sa = (const struct sockaddr *)&a, *sb = (const struct sockaddr *)&b;
    /* the per-key bucket (2) empties first */
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer read-key-0123456789", sa, 10, &res),
                     0);
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer read-key-0123456789", sb, 10, &res),
                     0);
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer read-key-0123456789", sb, 10, &res),
                     429);
    assert_string_equal(header(&res, "Retry-After"), "1");
    assert_non_null(strstr(json_string_value(json_object_get(res.json, "detail")), "key"));
    /* another key from the same address still passes (address a: 2 of 3 tokens used) */
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer write-key-0123456789", sa, 10, &res),
                     0);
    /* address a has now used 2 + this one: the 4th request from a is refused per address,
     * before authentication (even without a key) */
    assert_int_equal(check(g, "GET", "/v1/articles", NULL, sa, 10, &res), 401);
    assert_int_equal(check(g, "GET", "/v1/articles", NULL, sa, 10, &res), 429);
    assert_non_null(strstr(json_string_value(json_object_get(res.json, "detail")), "address"));
    /* probes are never limited */
    assert_int_equal(check(g, "GET", "/healthz", NULL, sa, 10, &res), 0);
    /* refill: 1 s later one request per address again */
    assert_int_equal(check(g, "GET", "/v1/articles", "Bearer write-key-0123456789", sa, 11, &res),
                     0);
    srv_response_cleanup(&res);
    srv_guard_free(g);
}

static void test_retry_after_rounds_up(void **state)
{
    (void)state;
    srv_config c = base_config();
    c.ip_rate = 1;
    c.ip_burst = 1;
    gl_error err;
    srv_guard *g = srv_guard_new(&c, &err);
    srv_response res;
    memset(&res, 0, sizeof res);
    struct sockaddr_in a = v4("198.51.100.7");
    const struct sockaddr *sa = (const struct sockaddr *)&a;
    assert_int_equal(check(g, "GET", "/v1/articles", NULL, sa, 0, &res), 0);
    assert_int_equal(check(g, "GET", "/v1/articles", NULL, sa, 0.1, &res), 429);
    assert_string_equal(header(&res, "Retry-After"), "1"); /* 0.9 s -> 1 */
    srv_response_cleanup(&res);
    srv_guard_free(g);
}

static void test_addresses(void **state)
{
    (void)state;
    char k[64];
    struct sockaddr_in a = v4("203.0.113.9");
    srv_addr_key((struct sockaddr *)&a, k, sizeof k);
    assert_string_equal(k, "203.0.113.9");
    struct sockaddr_in6 b = v6("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    srv_addr_key((struct sockaddr *)&b, k, sizeof k);
    assert_string_equal(k, "2001:db8:1:2::/64");
    struct sockaddr_in6 m = v6("::ffff:198.51.100.1");
    srv_addr_key((struct sockaddr *)&m, k, sizeof k);
    assert_string_equal(k, "198.51.100.1");

    struct sockaddr_in lo = v4("127.0.0.1"), lo2 = v4("127.1.2.3"), any = v4("0.0.0.0"),
                       pub = v4("192.0.2.1");
    struct sockaddr_in6 lo6 = v6("::1"), any6 = v6("::"), mlo = v6("::ffff:127.0.0.1");
    assert_true(srv_addr_is_loopback((struct sockaddr *)&lo));
    assert_true(srv_addr_is_loopback((struct sockaddr *)&lo2));
    assert_true(srv_addr_is_loopback((struct sockaddr *)&lo6));
    assert_true(srv_addr_is_loopback((struct sockaddr *)&mlo));
    assert_false(srv_addr_is_loopback((struct sockaddr *)&any));
    assert_false(srv_addr_is_loopback((struct sockaddr *)&any6));
    assert_false(srv_addr_is_loopback((struct sockaddr *)&pub));
    assert_false(srv_addr_is_loopback(NULL));

    /* the listen rule */
    srv_config c = base_config();
    gl_error err;
    srv_guard *open = srv_guard_new(&c, &err);
    assert_int_equal(srv_guard_check_listen(open, (struct sockaddr *)&lo, false, &err), 0);
    assert_int_equal(srv_guard_check_listen(open, (struct sockaddr *)&any, false, &err), -1);
    assert_non_null(strstr(err.message, "--insecure-public"));
    assert_int_equal(srv_guard_check_listen(open, (struct sockaddr *)&any6, false, &err), -1);
    assert_int_equal(srv_guard_check_listen(open, (struct sockaddr *)&any, true, &err), 0);
    c.api_keys = keyfile;
    srv_guard *keyed = srv_guard_new(&c, &err);
    assert_int_equal(srv_guard_check_listen(keyed, (struct sockaddr *)&any, false, &err), 0);
    srv_guard_free(open);
    srv_guard_free(keyed);

    /* IPv6 neighbours in one /64 share a bucket; another /64 does not */
    srv_config r = base_config();
    r.ip_rate = 1;
    r.ip_burst = 1;
    srv_guard *g = srv_guard_new(&r, &err);
    srv_response res;
    memset(&res, 0, sizeof res);
    struct sockaddr_in6 n1 = v6("2001:db8:1:2::1"), n2 = v6("2001:db8:1:2::2"),
                        o = v6("2001:db8:1:3::1");
    assert_int_equal(check(g, "GET", "/v1/x", NULL, (struct sockaddr *)&n1, 0, &res), 0);
    assert_int_equal(check(g, "GET", "/v1/x", NULL, (struct sockaddr *)&n2, 0, &res), 429);
    assert_int_equal(check(g, "GET", "/v1/x", NULL, (struct sockaddr *)&o, 0, &res), 0);
    srv_response_cleanup(&res);
    srv_guard_free(g);
}

static const char *no_env(const char *name)
{
    (void)name;
    return NULL;
}

static const char *env_flag(const char *name)
{
    return !strcmp(name, "GLEANER_INSECURE_PUBLIC") ? "true" : NULL;
}

static void test_config_flags(void **state)
{
    (void)state;
    srv_config c;
    gl_error err;
    char *argv[] = {"gleanerd", "--insecure-public", "--api-keys", "/k.json", "--ip-rate", "5",
                    "--key-burst=7", NULL};
    assert_int_equal(srv_config_load(&c, 7, argv, no_env, &err), 0);
    assert_int_equal(c.insecure_public, 1); /* a bare flag is "on"; the next flag is not eaten */
    assert_string_equal(c.api_keys, "/k.json");
    assert_int_equal(c.ip_rate, 5);
    assert_int_equal(c.key_burst, 7);
    assert_int_equal(c.max_conns_per_ip, 256);
    srv_config_cleanup(&c);
    char *argv2[] = {"gleanerd", "--insecure-public=no", NULL};
    assert_int_equal(srv_config_load(&c, 2, argv2, env_flag, &err), 0);
    assert_int_equal(c.insecure_public, 0); /* the flag beats the environment */
    srv_config_cleanup(&c);
    assert_int_equal(srv_config_load(&c, 1, argv2, env_flag, &err), 0);
    assert_int_equal(c.insecure_public, 1);
    srv_config_cleanup(&c);
    char *argv3[] = {"gleanerd", "--insecure-public=maybe", NULL};
    assert_int_equal(srv_config_load(&c, 2, argv3, no_env, &err), -1);
    assert_int_equal(err.status, 2);
    srv_config_cleanup(&c);
    char *argv4[] = {"gleanerd", "--ip-rate", "-1", NULL};
    assert_int_equal(srv_config_load(&c, 3, argv4, no_env, &err), -1);
    srv_config_cleanup(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_auth_answers), cmocka_unit_test(test_no_keys_is_open),
        cmocka_unit_test(test_rate_limits),  cmocka_unit_test(test_retry_after_rounds_up),
        cmocka_unit_test(test_addresses),
        cmocka_unit_test(test_config_flags),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
