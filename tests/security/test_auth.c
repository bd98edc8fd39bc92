/* test_auth.c — API key file parsing, bearer identification, scopes per route, --hash-key. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "srv_auth.h"

/* sha256("read-key-0123456789"), sha256("write-key-0123456789"), sha256("admin-key-0123456789") */
static char dr[65], dw[65], da[65];

static srv_auth *three_keys(void)
{
    char json[600];
    snprintf(json, sizeof json,
             "{\"keys\": [{\"name\": \"desk\", \"scope\": \"read\", \"sha256\": \"%s\"},"
             "{\"name\": \"cms\", \"scope\": \"write\", \"sha256\": \"%s\"},"
             "{\"name\": \"ops\", \"scope\": \"admin\", \"sha256\": \"%s\", \"note\": \"x\"}]}",
             dr, dw, da);
    gl_error err;
    gl_error_clear(&err);
    srv_auth *a = srv_auth_parse(json, strlen(json), &err);
    assert_non_null(a);
    return a;
}

static int setup(void **state)
{
    (void)state;
    assert_int_equal(srv_auth_sha256_hex("read-key-0123456789", 19, dr), 0);
    assert_int_equal(srv_auth_sha256_hex("write-key-0123456789", 20, dw), 0);
    assert_int_equal(srv_auth_sha256_hex("admin-key-0123456789", 20, da), 0);
    return 0;
}

static void test_sha256_known_vector(void **state)
{
    (void)state;
    char hex[65];
    assert_int_equal(srv_auth_sha256_hex("abc", 3, hex), 0);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void test_identify(void **state)
{
    (void)state;
    srv_auth *a = three_keys();
    const char *name;
    assert_int_equal(srv_auth_count(a), 3);
    assert_int_equal(srv_auth_identify(a, "Bearer read-key-0123456789", &name), SRV_SCOPE_READ);
    assert_string_equal(name, "desk");
    assert_int_equal(srv_auth_identify(a, "bearer   write-key-0123456789  ", &name),
                     SRV_SCOPE_WRITE);
    assert_string_equal(name, "cms");
    assert_int_equal(srv_auth_identify(a, "BEARER admin-key-0123456789", &name), SRV_SCOPE_ADMIN);
    assert_string_equal(name, "ops");
    /* wrong, truncated, extended, other scheme, missing, junk */
    assert_int_equal(srv_auth_identify(a, "Bearer read-key-012345678", &name), SRV_SCOPE_NONE);
    assert_null(name);
    assert_int_equal(srv_auth_identify(a, "Bearer read-key-01234567890", NULL), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(a, "Basic read-key-0123456789", NULL), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(a, "Bearerread-key-0123456789", NULL), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(a, "Bearer read-key-0123456789 extra", NULL),
                     SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(a, "Bearer ", NULL), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(a, "", NULL), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(a, NULL, NULL), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_identify(NULL, "Bearer read-key-0123456789", NULL), SRV_SCOPE_NONE);
    /* the digest itself is not a key */
    char h[80];
    snprintf(h, sizeof h, "Bearer %s", dr);
    assert_int_equal(srv_auth_identify(a, h, NULL), SRV_SCOPE_NONE);
    /* an over-long token is refused */
    char *big = malloc(SRV_AUTH_MAX_TOKEN + 20);
    memcpy(big, "Bearer ", 7);
    memset(big + 7, 'k', SRV_AUTH_MAX_TOKEN + 1);
    big[7 + SRV_AUTH_MAX_TOKEN + 1] = '\0';
    assert_int_equal(srv_auth_identify(a, big, NULL), SRV_SCOPE_NONE);
    free(big);
    srv_auth_free(a);
}

static void expect_bad(const char *json, const char *fragment)
{
    gl_error err;
    gl_error_clear(&err);
    srv_auth *a = srv_auth_parse(json, strlen(json), &err);
    if (a)
        fail_msg("accepted: %s", json);
    assert_int_equal(err.status, 2);
    if (!strstr(err.message, fragment))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, fragment);
}

static void test_bad_files(void **state)
{
    (void)state;
    char j[400];
    expect_bad("", "invalid JSON");
    expect_bad("[]", "want {\"keys\"");
    expect_bad("{\"keys\": []}", "1..");
    expect_bad("{\"keys\": [1]}", "needs string fields");
    snprintf(j, sizeof j,
             "{\"keys\": [{\"name\": \"x\", \"scope\": \"root\", \"sha256\": \"%s\"}]}", dr);
    expect_bad(j, "scope must be");
    expect_bad("{\"keys\": [{\"name\": \"x\", \"scope\": \"read\", \"sha256\": \"abc\"}]}",
               "64 hex");
    snprintf(j, sizeof j,
             "{\"keys\": [{\"name\": \"x\", \"scope\": \"read\", \"sha256\": \"%.63sg\"}]}", dr);
    expect_bad(j, "not hex");
    snprintf(j, sizeof j,
             "{\"keys\": [{\"name\": \"x\", \"scope\": \"read\", \"sha256\": \"%s\"},"
             "{\"name\": \"x\", \"scope\": \"read\", \"sha256\": \"%s\"}]}",
             dr, dw);
    expect_bad(j, "appears twice");
    snprintf(j, sizeof j,
             "{\"keys\": [{\"name\": \"x\", \"scope\": \"read\", \"sha256\": \"%s\"},"
             "{\"name\": \"y\", \"scope\": \"admin\", \"sha256\": \"%s\"}]}",
             dr, dr);
    expect_bad(j, "same digest");
    snprintf(j, sizeof j,
             "{\"keys\": [{\"name\": \"x\", \"scope\": \"read\", \"sha256\": \"%s\", "
             "\"name\": \"y\"}]}",
             dr);
    expect_bad(j, "invalid JSON"); /* duplicate field */
    gl_error err;
    assert_null(srv_auth_load("/nonexistent/keys.json", &err));
    assert_int_equal(err.status, 2);
}

static void test_upper_case_digest_and_file(void **state)
{
    (void)state;
    char up[65], path[] = "/tmp/gleaner-keys-XXXXXX";
    for (int i = 0; i < 65; i++)
        up[i] = (char)(dw[i] >= 'a' && dw[i] <= 'f' ? dw[i] - 32 : dw[i]);
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "{\"keys\": [{\"name\": \"cms\", \"scope\": \"write\", \"sha256\": \"%s\"}]}\n", up);
    fclose(f);
    gl_error err;
    gl_error_clear(&err);
    srv_auth *a = srv_auth_load(path, &err);
    remove(path);
    assert_non_null(a);
    assert_int_equal(srv_auth_identify(a, "Bearer write-key-0123456789", NULL), SRV_SCOPE_WRITE);
    srv_auth_free(a);
}

static void test_required(void **state)
{
    (void)state;
    assert_int_equal(srv_auth_required("GET", "/healthz"), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_required("GET", "/readyz"), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_required("GET", "/metrics"), SRV_SCOPE_ADMIN);
    assert_int_equal(srv_auth_required("GET", "/v1/openapi.json"), SRV_SCOPE_READ);
    assert_int_equal(srv_auth_required("GET", "/v1/articles"), SRV_SCOPE_READ);
    assert_int_equal(srv_auth_required("HEAD", "/v1/companies/x"), SRV_SCOPE_READ);
    assert_int_equal(srv_auth_required("POST", "/v1/extract"), SRV_SCOPE_READ);
    assert_int_equal(srv_auth_required("POST", "/v1/articles"), SRV_SCOPE_WRITE);
    assert_int_equal(srv_auth_required("DELETE", "/v1/articles/1"), SRV_SCOPE_WRITE);
    assert_int_equal(srv_auth_required("POST", "/v1/webhooks/wp"), SRV_SCOPE_NONE);
    assert_int_equal(srv_auth_required("GET", "/v1/webhooks/wp"), SRV_SCOPE_ADMIN);
    assert_int_equal(srv_auth_required("POST", "/v1/webhooks/wp/x"), SRV_SCOPE_ADMIN);
    assert_int_equal(srv_auth_required("POST", "/v1/webhooks/"), SRV_SCOPE_ADMIN);
    assert_int_equal(srv_auth_required("GET", "/v1/webhooks/deliveries"), SRV_SCOPE_ADMIN);
    assert_int_equal(srv_auth_required("GET", "/other"), SRV_SCOPE_ADMIN);
    assert_int_equal(srv_auth_required(NULL, NULL), SRV_SCOPE_ADMIN);
    assert_string_equal(srv_scope_name(SRV_SCOPE_WRITE), "write");
}

/* Run srv_auth_hash_key_main on `input`; returns rc and fills out. */
static int hash_key(const char *input, size_t len, char *out, size_t outlen, gl_error *err)
{
    FILE *in = fmemopen((void *)input, len ? len : 1, "r");
    if (!len) { /* empty stdin */
        fclose(in);
        in = fopen("/dev/null", "r");
    }
    FILE *o = fmemopen(out, outlen, "w");
    int rc = srv_auth_hash_key_main(in, o, err);
    fclose(in);
    fclose(o);
    return rc;
}

static void test_hash_key(void **state)
{
    (void)state;
    char out[200];
    gl_error err;
    memset(out, 0, sizeof out);
    assert_int_equal(hash_key("read-key-0123456789\n", 20, out, sizeof out, &err), 0);
    char want[70];
    snprintf(want, sizeof want, "%s\n", dr);
    assert_string_equal(out, want);
    memset(out, 0, sizeof out);
    assert_int_equal(hash_key("read-key-0123456789\r\n", 21, out, sizeof out, &err), 0);
    assert_string_equal(out, want);
    memset(out, 0, sizeof out);
    assert_int_equal(hash_key("short\n", 6, out, sizeof out, &err), -1);
    assert_string_equal(out, "");
    assert_int_equal(hash_key("", 0, out, sizeof out, &err), -1);
    assert_int_equal(hash_key("has a space in the key\n", 23, out, sizeof out, &err), -1);
    /* the key never appears in the error message */
    assert_null(strstr(err.message, "space in"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_known_vector),
        cmocka_unit_test(test_identify),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_upper_case_digest_and_file),
        cmocka_unit_test(test_required),
        cmocka_unit_test(test_hash_key),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
