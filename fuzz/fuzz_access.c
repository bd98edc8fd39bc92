/* fuzz_access.c — libFuzzer target for the small parsers of client bytes at the door and in
 * list queries (issue 9): the Authorization header (srv_auth_identify), the route-scope rule
 * (srv_auth_required), the API key file (srv_auth_parse), opaque list cursors
 * (db_cursor_decode, with an encode/decode round trip) and the "limit" query parameter.
 * The first input byte picks the parser; the rest is its input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "db_util.h"
#include "srv_auth.h"

static srv_auth *keys(void)
{
    static srv_auth *a;
    if (!a) {
        char d1[65], d2[65], json[300];
        srv_auth_sha256_hex("fuzz-read-key-0123", 18, d1);
        srv_auth_sha256_hex("fuzz-admin-key-0123", 19, d2);
        snprintf(json, sizeof json,
                 "{\"keys\": [{\"name\": \"r\", \"scope\": \"read\", \"sha256\": \"%s\"},"
                 "{\"name\": \"a\", \"scope\": \"admin\", \"sha256\": \"%s\"}]}",
                 d1, d2);
        a = srv_auth_parse(json, strlen(json), NULL);
    }
    return a;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int mode = data[0] % 4;
    char *s = malloc(size); /* the rest, NUL-terminated (headers and query values are strings) */
    memcpy(s, data + 1, size - 1);
    s[size - 1] = '\0';
    gl_error err;
    switch (mode) {
    case 0: {
        const char *name;
        srv_scope sc = srv_auth_identify(keys(), s, &name);
        if ((sc == SRV_SCOPE_NONE) != (name == NULL))
            abort();
        char *sp = strchr(s, ' ');
        if (sp) {
            *sp = '\0';
            srv_auth_required(s, sp + 1);
        }
        break;
    }
    case 1: {
        srv_auth *a = srv_auth_parse((const char *)data + 1, size - 1, &err);
        srv_auth_identify(a, s, NULL);
        srv_auth_free(a);
        break;
    }
    case 2: {
        char a[256], b[256];
        if (db_cursor_decode(s, a, sizeof a, b, sizeof b, &err) == 0) {
            char *again = db_cursor_encode(a, b);
            char a2[256], b2[256];
            if (db_cursor_decode(again, a2, sizeof a2, b2, sizeof b2, &err) < 0 ||
                strcmp(a, a2) || strcmp(b, b2))
                abort(); /* a cursor we made must decode to what we put in */
            free(again);
        }
        break;
    }
    default: {
        int limit;
        if (db_parse_limit(s, &limit, &err) == 0 && (limit < 1 || limit > 200))
            abort();
        break;
    }
    }
    free(s);
    return 0;
}
