/* srv_webhook_sources.c — webhook source configuration and token buckets; see
 * srv_webhook_sources.h. */
#include "srv_webhook_sources.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/crypto.h>

#include "gl_alloc.h"

static bool valid_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

static int number_field(const json_t *o, const char *key, double def, double min, double max,
                        const char *src, double *out, gl_error *err)
{
    const json_t *v = json_object_get(o, key);
    if (!v) {
        *out = def;
        return 0;
    }
    if (!json_is_number(v) || json_number_value(v) < min || json_number_value(v) > max)
        return gl_error_set(err, 2, "webhook source %s: \"%s\" must be a number in %g..%g",
                            src, key, min, max);
    *out = json_number_value(v);
    return 0;
}

static int parse_source(const json_t *o, wh_source *s, int index, gl_error *err)
{
    if (!json_is_object(o))
        return gl_error_set(err, 2, "webhook sources: entry %d is not an object", index);
    const char *name = json_string_value(json_object_get(o, "name"));
    if (!name || !valid_name(name))
        return gl_error_set(err, 2, "webhook sources: entry %d needs a \"name\" of 1..64 "
                            "letters, digits, '_', '-', '.'", index);
    snprintf(s->name, sizeof s->name, "%s", name);
    int kind = wh_kind_parse(json_string_value(json_object_get(o, "kind")));
    if (kind < 0)
        return gl_error_set(err, 2, "webhook source %s: \"kind\" must be standard, ghost, "
                            "wordpress or arc", name);
    s->kind = (wh_kind)kind;
    const json_t *secrets = json_object_get(o, "secrets");
    if (!secrets && json_is_string(json_object_get(o, "secret")))
        secrets = NULL; /* a single "secret" is accepted below */
    if (secrets) {
        if (!json_is_array(secrets) || json_array_size(secrets) == 0 ||
            json_array_size(secrets) > WH_MAX_SECRETS)
            return gl_error_set(err, 2, "webhook source %s: \"secrets\" must be an array of "
                                "1..%d strings", name, WH_MAX_SECRETS);
        size_t i;
        json_t *v;
        json_array_foreach(secrets, i, v) {
            const char *sv = json_string_value(v);
            if (!sv || !*sv)
                return gl_error_set(err, 2, "webhook source %s: secret #%zu is not a non-empty "
                                    "string", name, i + 1);
            s->secrets[s->nsecrets++] = gl_strdup(sv);
        }
    } else {
        const char *sv = json_string_value(json_object_get(o, "secret"));
        if (!sv || !*sv)
            return gl_error_set(err, 2, "webhook source %s: \"secrets\" is missing", name);
        s->secrets[s->nsecrets++] = gl_strdup(sv);
    }
    /* a whsec_ secret of a Standard Webhooks source must be base64 */
    if (s->kind == WH_KIND_STANDARD || s->kind == WH_KIND_ARC) {
        for (int i = 0; i < s->nsecrets; i++) {
            const char *sv = s->secrets[i];
            if (strncmp(sv, "whsec_", 6))
                continue;
            size_t l = strlen(sv + 6);
            unsigned char *tmp = gl_malloc(l + 4);
            long n = wh_b64_decode(sv + 6, l, tmp);
            OPENSSL_cleanse(tmp, l + 4);
            free(tmp);
            if (n <= 0)
                return gl_error_set(err, 2, "webhook source %s: secret #%d is not whsec_<base64>",
                                    name, i + 1);
        }
    }
    const json_t *outlet = json_object_get(o, "outlet");
    if (outlet && !json_is_null(outlet)) {
        if (!json_is_string(outlet))
            return gl_error_set(err, 2, "webhook source %s: \"outlet\" must be a string", name);
        s->outlet = gl_strdup(json_string_value(outlet));
    }
    double mb = 0;
    if (number_field(o, "rate_per_second", 20, 0.001, 1e6, name, &s->rate, err) < 0 ||
        number_field(o, "burst", 100, 1, 1e7, name, &s->burst, err) < 0 ||
        number_field(o, "max_body", 0, 0, 1 << 30, name, &mb, err) < 0)
        return -1;
    s->max_body = (long)mb;
    s->tokens = s->burst;
    s->last = -1;
    return 0;
}

wh_registry *wh_registry_parse(const char *json_text, size_t len, gl_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(json_text, len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        /* not je.text: jansson quotes the text near the error, which may be a secret */
        gl_error_set(err, 2, "webhook sources: invalid JSON at line %d, column %d", je.line,
                     je.column);
        return NULL;
    }
    const json_t *arr = json_object_get(root, "sources");
    if (!json_is_array(arr)) {
        json_decref(root);
        gl_error_set(err, 2, "webhook sources: expected {\"sources\": [...]}");
        return NULL;
    }
    wh_registry *r = gl_calloc(1, sizeof *r);
    pthread_mutex_init(&r->lock, NULL);
    r->sources = gl_calloc(json_array_size(arr) + 1, sizeof *r->sources);
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        wh_source *s = &r->sources[r->n++];
        if (parse_source(o, s, (int)i, err) < 0)
            goto fail;
        for (int k = 0; k + 1 < r->n; k++)
            if (!strcmp(r->sources[k].name, s->name)) {
                gl_error_set(err, 2, "webhook sources: \"%s\" is configured twice", s->name);
                goto fail;
            }
    }
    json_decref(root);
    return r;
fail:
    json_decref(root);
    wh_registry_free(r);
    return NULL;
}

wh_registry *wh_registry_load(const char *path, gl_error *err)
{
    if (!path || !*path)
        return wh_registry_parse("{\"sources\": []}", 15, err);
    FILE *f = fopen(path, "rb");
    if (!f) {
        gl_error_set(err, 2, "webhook sources: cannot open %s", path);
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = gl_malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            if (cap > (64u << 20)) {
                fclose(f);
                free(buf);
                gl_error_set(err, 2, "webhook sources: %s is too large", path);
                return NULL;
            }
            cap *= 2;
            buf = gl_realloc(buf, cap);
        }
    }
    fclose(f);
    wh_registry *r = wh_registry_parse(buf, n, err);
    OPENSSL_cleanse(buf, n);
    free(buf);
    return r;
}

void wh_registry_free(wh_registry *r)
{
    if (!r)
        return;
    for (int i = 0; i < r->n; i++) {
        wh_source *s = &r->sources[i];
        for (int k = 0; k < s->nsecrets; k++) {
            OPENSSL_cleanse(s->secrets[k], strlen(s->secrets[k]));
            free(s->secrets[k]);
        }
        free(s->outlet);
    }
    free(r->sources);
    pthread_mutex_destroy(&r->lock);
    free(r);
}

const wh_source *wh_source_find(const wh_registry *r, const char *name)
{
    if (!r || !name)
        return NULL;
    for (int i = 0; i < r->n; i++)
        if (!strcmp(r->sources[i].name, name))
            return &r->sources[i];
    return NULL;
}

bool wh_rate_take(wh_registry *r, const wh_source *cs, double now, int *retry_after)
{
    wh_source *s = &r->sources[cs - r->sources];
    bool ok;
    pthread_mutex_lock(&r->lock);
    if (s->last < 0)
        s->last = now;
    s->tokens += (now - s->last) * s->rate;
    if (s->tokens > s->burst)
        s->tokens = s->burst;
    s->last = now;
    if (s->tokens >= 1) {
        s->tokens -= 1;
        ok = true;
    } else {
        double wait = (1 - s->tokens) / s->rate;
        *retry_after = (int)ceil(wait);
        if (*retry_after < 1)
            *retry_after = 1;
        ok = false;
    }
    pthread_mutex_unlock(&r->lock);
    return ok;
}
