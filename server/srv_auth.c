/* srv_auth.c — API keys: key file, bearer tokens, scopes, `--hash-key` (see srv_auth.h). */
#include "srv_auth.h"

#include <jansson.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <string.h>
#include <strings.h>

#include "gl_alloc.h"

typedef struct auth_key {
    char *name;
    srv_scope scope;
    unsigned char digest[32];
} auth_key;

struct srv_auth {
    auth_key *keys;
    int n;
};

const char *srv_scope_name(srv_scope s)
{
    switch (s) {
    case SRV_SCOPE_READ: return "read";
    case SRV_SCOPE_WRITE: return "write";
    case SRV_SCOPE_ADMIN: return "admin";
    case SRV_SCOPE_NONE: break;
    }
    return "none";
}

static int sha256(const void *data, size_t len, unsigned char out[32])
{
    unsigned int olen = 0;
    if (!EVP_Digest(data, len, out, &olen, EVP_sha256(), NULL) || olen != 32)
        return -1;
    return 0;
}

int srv_auth_sha256_hex(const void *data, size_t len, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char d[32];
    if (sha256(data, len, d) < 0)
        return -1;
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[64] = '\0';
    OPENSSL_cleanse(d, sizeof d);
    return 0;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void srv_auth_free(srv_auth *a)
{
    if (!a)
        return;
    for (int i = 0; i < a->n; i++)
        free(a->keys[i].name);
    if (a->keys)
        OPENSSL_cleanse(a->keys, (size_t)a->n * sizeof *a->keys);
    free(a->keys);
    free(a);
}

int srv_auth_count(const srv_auth *a)
{
    return a ? a->n : 0;
}

srv_auth *srv_auth_parse(const char *text, size_t len, gl_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    srv_auth *a = NULL;
    if (!root) {
        gl_error_set(err, 2, "API key file: invalid JSON at line %d column %d: %s", je.line,
                     je.column, je.text);
        goto out;
    }
    json_t *keys = json_is_object(root) ? json_object_get(root, "keys") : NULL;
    if (!json_is_array(keys)) {
        gl_error_set(err, 2, "API key file: want {\"keys\": [...]}");
        goto out;
    }
    size_t n = json_array_size(keys);
    if (n == 0 || n > SRV_AUTH_MAX_KEYS) {
        gl_error_set(err, 2, "API key file: \"keys\" must hold 1..%d keys, not %zu",
                     SRV_AUTH_MAX_KEYS, n);
        goto out;
    }
    a = gl_calloc(1, sizeof *a);
    a->keys = gl_calloc(n, sizeof *a->keys);
    for (size_t i = 0; i < n; i++) {
        json_t *k = json_array_get(keys, i);
        const char *name = json_string_value(json_object_get(k, "name"));
        const char *scope = json_string_value(json_object_get(k, "scope"));
        const char *hex = json_string_value(json_object_get(k, "sha256"));
        if (!json_is_object(k) || !name || !*name || !scope || !hex) {
            gl_error_set(err, 2, "API key file: key %zu needs string fields name, scope, sha256",
                         i);
            goto fail;
        }
        auth_key *ak = &a->keys[a->n];
        if (!strcmp(scope, "read"))
            ak->scope = SRV_SCOPE_READ;
        else if (!strcmp(scope, "write"))
            ak->scope = SRV_SCOPE_WRITE;
        else if (!strcmp(scope, "admin"))
            ak->scope = SRV_SCOPE_ADMIN;
        else {
            gl_error_set(err, 2, "API key file: key \"%.60s\": scope must be read, write or admin",
                         name);
            goto fail;
        }
        if (strlen(hex) != 64) {
            gl_error_set(err, 2,
                         "API key file: key \"%.60s\": sha256 must be 64 hex digits "
                         "(gleanerd --hash-key prints it)",
                         name);
            goto fail;
        }
        for (int j = 0; j < 32; j++) {
            int hi = hexval(hex[2 * j]), lo = hexval(hex[2 * j + 1]);
            if (hi < 0 || lo < 0) {
                gl_error_set(err, 2, "API key file: key \"%.60s\": sha256 is not hex", name);
                goto fail;
            }
            ak->digest[j] = (unsigned char)(hi << 4 | lo);
        }
        for (int j = 0; j < a->n; j++) {
            if (!strcmp(a->keys[j].name, name)) {
                gl_error_set(err, 2, "API key file: key name \"%.60s\" appears twice", name);
                goto fail;
            }
            if (!memcmp(a->keys[j].digest, ak->digest, 32)) {
                gl_error_set(err, 2,
                             "API key file: keys \"%.60s\" and \"%.60s\" have the same "
                             "digest",
                             a->keys[j].name, name);
                goto fail;
            }
        }
        ak->name = gl_strdup(name);
        a->n++;
    }
    goto out;
fail:
    srv_auth_free(a);
    a = NULL;
out:
    json_decref(root);
    return a;
}

srv_auth *srv_auth_load(const char *path, gl_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        gl_error_set(err, 2, "cannot read the API key file %.200s", path);
        return NULL;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 > cap) {
            cap = cap ? cap * 2 : 8192;
            if (cap > (size_t)1 << 24) { /* 16 MiB: far beyond 1024 keys */
                fclose(f);
                free(buf);
                gl_error_set(err, 2, "the API key file %.200s is too large", path);
                return NULL;
            }
            buf = gl_realloc(buf, cap);
        }
        size_t r = fread(buf + len, 1, cap - len, f);
        len += r;
        if (r == 0)
            break;
    }
    bool bad = ferror(f);
    fclose(f);
    srv_auth *a = NULL;
    if (bad)
        gl_error_set(err, 2, "cannot read the API key file %.200s", path);
    else
        a = srv_auth_parse(buf ? buf : "", len, err);
    free(buf);
    return a;
}

/* The token of "Bearer <token>" (borrowed, length in *tlen), or NULL when malformed. */
static const char *bearer_token(const char *h, size_t *tlen)
{
    if (!h || strncasecmp(h, "Bearer", 6) || (h[6] != ' ' && h[6] != '\t'))
        return NULL;
    h += 6;
    while (*h == ' ' || *h == '\t')
        h++;
    size_t n = 0;
    while (h[n] > 0x20 && h[n] < 0x7f)
        n++;
    const char *rest = h + n;
    while (*rest == ' ' || *rest == '\t')
        rest++;
    if (n == 0 || n > SRV_AUTH_MAX_TOKEN || *rest)
        return NULL;
    *tlen = n;
    return h;
}

srv_scope srv_auth_identify(const srv_auth *a, const char *authorization, const char **name)
{
    if (name)
        *name = NULL;
    size_t tlen;
    const char *tok = bearer_token(authorization, &tlen);
    unsigned char d[32];
    if (!a || !tok || sha256(tok, tlen, d) < 0)
        return SRV_SCOPE_NONE;
    /* Compare with every key, no early exit: the time does not depend on which key matched. */
    int found = -1;
    for (int i = 0; i < a->n; i++) {
        int eq = CRYPTO_memcmp(d, a->keys[i].digest, 32) == 0;
        found = eq ? i : found;
    }
    OPENSSL_cleanse(d, sizeof d);
    if (found < 0)
        return SRV_SCOPE_NONE;
    if (name)
        *name = a->keys[found].name;
    return a->keys[found].scope;
}

/* True when path is "/v1/webhooks/<one non-empty segment>". */
static bool is_webhook_delivery(const char *path)
{
    static const char pre[] = "/v1/webhooks/";
    if (strncmp(path, pre, sizeof pre - 1))
        return false;
    const char *seg = path + sizeof pre - 1;
    return *seg && !strchr(seg, '/');
}

srv_scope srv_auth_required(const char *method, const char *path)
{
    if (!method || !path)
        return SRV_SCOPE_ADMIN;
    if (!strcmp(path, "/healthz") || !strcmp(path, "/readyz"))
        return SRV_SCOPE_NONE;
    if (!strcmp(path, "/metrics"))
        return SRV_SCOPE_ADMIN;
    if (strncmp(path, "/v1/", 4))
        return SRV_SCOPE_ADMIN;
    if (!strncmp(path, "/v1/webhooks/", 13) || !strcmp(path, "/v1/webhooks"))
        return !strcmp(method, "POST") && is_webhook_delivery(path) ? SRV_SCOPE_NONE
                                                                    : SRV_SCOPE_ADMIN;
    if (!strcmp(method, "GET") || !strcmp(method, "HEAD"))
        return SRV_SCOPE_READ;
    if (!strcmp(method, "POST") && !strcmp(path, "/v1/extract"))
        return SRV_SCOPE_READ;
    return SRV_SCOPE_WRITE;
}

int srv_auth_hash_key_main(FILE *in, FILE *out, gl_error *err)
{
    char buf[SRV_AUTH_MAX_TOKEN + 4];
    size_t n = fread(buf, 1, sizeof buf - 1, in);
    int rc = -1;
    if (n == sizeof buf - 1) {
        gl_error_set(err, 2, "the key is longer than %d bytes", SRV_AUTH_MAX_TOKEN);
        goto out;
    }
    if (n > 0 && buf[n - 1] == '\n')
        n--;
    if (n > 0 && buf[n - 1] == '\r')
        n--;
    if (n < 16) {
        gl_error_set(err, 2, "the key must be at least 16 bytes (e.g. openssl rand -hex 32)");
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)buf[i] <= 0x20 || (unsigned char)buf[i] >= 0x7f) {
            gl_error_set(err, 2, "the key must be printable ASCII without spaces");
            goto out;
        }
    char hex[65];
    if (srv_auth_sha256_hex(buf, n, hex) < 0) {
        gl_error_set(err, 1, "SHA-256 failed");
        goto out;
    }
    fprintf(out, "%s\n", hex);
    rc = 0;
out:
    OPENSSL_cleanse(buf, sizeof buf);
    return rc;
}
