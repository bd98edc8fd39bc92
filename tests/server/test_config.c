/* test_config.c — gleanerd's option table: defaults, env, flags, precedence, bounds, sizes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "srv_config.h"

static const char *fake_env_listen;
static const char *fake_env_workers;

static const char *fake_env(const char *name)
{
    if (!strcmp(name, "GLEANER_LISTEN"))
        return fake_env_listen;
    if (!strcmp(name, "GLEANER_WORKERS"))
        return fake_env_workers;
    return NULL;
}

static void test_defaults(void **state)
{
    (void)state;
    srv_config c;
    gl_error err;
    gl_error_clear(&err);
    char *argv[] = {"gleanerd", NULL};
    fake_env_listen = fake_env_workers = NULL;
    assert_int_equal(srv_config_load(&c, 1, argv, fake_env, &err), 0);
    assert_string_equal(c.listen_host, "127.0.0.1");
    assert_int_equal(c.listen_port, 8080);
    assert_int_equal(c.max_body, 4L * 1024 * 1024);
    assert_true(c.workers >= 1);
    assert_int_equal(c.queue_depth, 64);
    assert_int_equal(c.request_timeout, 30);
    assert_string_equal(c.database_url, "");
    srv_config_cleanup(&c);
}

static void test_env_then_flags(void **state)
{
    (void)state;
    srv_config c;
    gl_error err;
    gl_error_clear(&err);
    fake_env_listen = "0.0.0.0:9000";
    fake_env_workers = "3";
    char *argv[] = {"gleanerd", "--workers", "5", "--max-body=64k", "--database-url",
                    "postgresql:///x", NULL};
    assert_int_equal(srv_config_load(&c, 6, argv, fake_env, &err), 0);
    assert_string_equal(c.listen_host, "0.0.0.0"); /* from env */
    assert_int_equal(c.listen_port, 9000);
    assert_int_equal(c.workers, 5);                /* flag beats env */
    assert_int_equal(c.max_body, 64 * 1024);
    assert_string_equal(c.database_url, "postgresql:///x");
    srv_config_cleanup(&c);
    fake_env_listen = fake_env_workers = NULL;
}

static void test_bad_values(void **state)
{
    (void)state;
    srv_config c;
    gl_error err;
    char *a1[] = {"gleanerd", "--workers", "abc", NULL};
    gl_error_clear(&err);
    assert_int_equal(srv_config_load(&c, 3, a1, NULL, &err), -1);
    assert_non_null(strstr(err.message, "--workers"));
    srv_config_cleanup(&c);
    char *a2[] = {"gleanerd", "--queue-depth", "0", NULL};
    assert_int_equal(srv_config_load(&c, 3, a2, NULL, &err), -1);
    assert_non_null(strstr(err.message, "out of range"));
    srv_config_cleanup(&c);
    char *a3[] = {"gleanerd", "--no-such-flag", NULL};
    assert_int_equal(srv_config_load(&c, 2, a3, NULL, &err), -1);
    srv_config_cleanup(&c);
    char *a4[] = {"gleanerd", "--listen", "localhost:99999", NULL};
    assert_int_equal(srv_config_load(&c, 3, a4, NULL, &err), -1);
    srv_config_cleanup(&c);
    char *a5[] = {"gleanerd", "--max-body", "12q", NULL};
    assert_int_equal(srv_config_load(&c, 3, a5, NULL, &err), -1);
    srv_config_cleanup(&c);
    char *a6[] = {"gleanerd", "--workers", NULL};
    assert_int_equal(srv_config_load(&c, 2, a6, NULL, &err), -1);
    assert_non_null(strstr(err.message, "needs a value"));
    srv_config_cleanup(&c);
    char *a7[] = {"gleanerd", "--help", NULL};
    assert_int_equal(srv_config_load(&c, 2, a7, NULL, &err), 1);
    srv_config_cleanup(&c);
}

static void test_sizes_and_listen(void **state)
{
    (void)state;
    long v;
    gl_error err;
    assert_int_equal(srv_parse_size("4MiB", &v, &err), 0);
    assert_int_equal(v, 4194304);
    assert_int_equal(srv_parse_size("1G", &v, &err), 0);
    assert_int_equal(v, 1073741824);
    assert_int_equal(srv_parse_size("100", &v, &err), 0);
    assert_int_equal(v, 100);
    assert_int_equal(srv_parse_size("-1", &v, &err), -1);
    assert_int_equal(srv_parse_size("", &v, &err), -1);
    char host[64];
    int port;
    assert_int_equal(srv_parse_listen("[::1]:8081", host, sizeof host, &port, &err), 0);
    assert_string_equal(host, "::1");
    assert_int_equal(port, 8081);
    assert_int_equal(srv_parse_listen(":0", host, sizeof host, &port, &err), 0);
    assert_string_equal(host, "127.0.0.1");
    assert_int_equal(port, 0);
    assert_int_equal(srv_parse_listen("8090", host, sizeof host, &port, &err), 0);
    assert_int_equal(port, 8090);
    assert_int_equal(srv_parse_listen("host:", host, sizeof host, &port, &err), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_env_then_flags),
        cmocka_unit_test(test_bad_values),
        cmocka_unit_test(test_sizes_and_listen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
