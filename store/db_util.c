/* db_util.c — helpers shared by the store modules (see db_util.h). */
#include "db_util.h"

#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

json_t *db_json_col(const PGresult *r, int row, int col, gl_error *err)
{
    if (PQgetisnull(r, row, col))
        return NULL;
    json_error_t je;
    const char *s = PQgetvalue(r, row, col);
    json_t *j = json_loadb(s, (size_t)PQgetlength(r, row, col), JSON_DECODE_ANY, &je);
    if (!j)
        gl_error_set(err, 500, "stored JSON does not parse: %s", je.text);
    return j;
}

static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *db_cursor_encode(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), n = la + 1 + lb;
    unsigned char *raw = gl_malloc(n);
    memcpy(raw, a, la);
    raw[la] = 0x1f;
    memcpy(raw + la + 1, b, lb);
    char *out = gl_malloc(n / 3 * 4 + 5);
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)raw[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)raw[i + 1] << 8;
        if (i + 2 < n)
            v |= raw[i + 2];
        out[o++] = b64url[(v >> 18) & 63];
        out[o++] = b64url[(v >> 12) & 63];
        if (i + 1 < n)
            out[o++] = b64url[(v >> 6) & 63];
        if (i + 2 < n)
            out[o++] = b64url[v & 63];
    }
    out[o] = '\0';
    free(raw);
    return out;
}

static int b64val(char c)
{
    const char *p = c ? strchr(b64url, c) : NULL;
    return p ? (int)(p - b64url) : -1;
}

int db_cursor_decode(const char *cursor, char *a, size_t na, char *b, size_t nb, gl_error *err)
{
    size_t len = strlen(cursor);
    if (len == 0 || len > 1024 || len % 4 == 1)
        return gl_error_set(err, 400, "malformed cursor");
    unsigned char raw[800];
    size_t n = 0;
    for (size_t i = 0; i < len; i += 4) {
        int v[4] = {0, 0, 0, 0}, k;
        for (k = 0; k < 4 && i + (size_t)k < len; k++)
            if ((v[k] = b64val(cursor[i + k])) < 0)
                return gl_error_set(err, 400, "malformed cursor");
        unsigned x =
            (unsigned)v[0] << 18 | (unsigned)v[1] << 12 | (unsigned)v[2] << 6 | (unsigned)v[3];
        raw[n++] = (unsigned char)(x >> 16);
        if (k > 2)
            raw[n++] = (unsigned char)(x >> 8);
        if (k > 3)
            raw[n++] = (unsigned char)x;
    }
    unsigned char *sep = memchr(raw, 0x1f, n);
    if (!sep || memchr(raw, 0, n))
        return gl_error_set(err, 400, "malformed cursor");
    size_t la = (size_t)(sep - raw), lb = n - la - 1;
    if (la >= na || lb >= nb)
        return gl_error_set(err, 400, "malformed cursor");
    memcpy(a, raw, la);
    a[la] = '\0';
    memcpy(b, sep + 1, lb);
    b[lb] = '\0';
    return 0;
}

bool db_retryable(const db_conn *c)
{
    const char *s = db_last_sqlstate(c);
    return !strcmp(s, "40P01") || !strcmp(s, "40001") || !strcmp(s, "23505");
}

char *db_bytea_hex(const void *p, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    const unsigned char *u = p;
    char *out = gl_malloc(2 * n + 3);
    out[0] = '\\';
    out[1] = 'x';
    for (size_t i = 0; i < n; i++) {
        out[2 + 2 * i] = hx[u[i] >> 4];
        out[3 + 2 * i] = hx[u[i] & 15];
    }
    out[2 * n + 2] = '\0';
    return out;
}

int db_parse_limit(const char *s, int *out, gl_error *err)
{
    *out = 50;
    if (!s)
        return 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 1 || v > 200)
        return gl_error_set(err, 400, "limit must be an integer from 1 to 200");
    *out = (int)v;
    return 0;
}

json_t *db_page(const char *name, json_t *items, const PGresult *r, int limit, int key_col,
                int id_col)
{
    json_t *next = json_null();
    if (PQntuples(r) > limit) {
        char *cur = db_cursor_encode(PQgetvalue(r, limit - 1, key_col),
                                     PQgetvalue(r, limit - 1, id_col));
        next = json_string(cur);
        free(cur);
    }
    return json_pack("{soso}", name, items, "next_cursor", next);
}
