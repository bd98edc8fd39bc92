/* gx_request.c — HTTP body + media type + query parameters -> gx_input (see gx_request.h). */
#include "gx_request.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool is_date_like(const char *s)
{
    /* YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by 'T' or ' ' and a time. */
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    if (!s[4])
        return true;
    if (s[4] != '-' || !isdigit((unsigned char)s[5]) || !isdigit((unsigned char)s[6]))
        return false;
    if (!s[7])
        return true;
    if (s[7] != '-' || !isdigit((unsigned char)s[8]) || !isdigit((unsigned char)s[9]))
        return false;
    return !s[10] || s[10] == 'T' || s[10] == ' ';
}

static int get_string(const json_t *req, const char *name, const char **out, gl_error *err)
{
    json_t *v = json_object_get(req, name);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return gl_error_set(err, 422, "field \"%s\" must be a string", name);
    *out = json_string_value(v);
    return 0;
}

int gx_input_from_json(const json_t *req, gx_input *in, gl_error *err)
{
    if (!json_is_object(req))
        return gl_error_set(err, 422, "the request body must be a JSON object");
    const char *text = NULL, *html = NULL;
    if (get_string(req, "text", &text, err) < 0 || get_string(req, "html", &html, err) < 0)
        return -1;
    if (text && html)
        return gl_error_set(err, 422, "give exactly one of \"text\" or \"html\", not both");
    if (!text && !html)
        return gl_error_set(err, 422, "the body needs a \"text\" or an \"html\" field");
    if (get_string(req, "title", &in->title, err) < 0 ||
        get_string(req, "published_at", &in->published_at, err) < 0 ||
        get_string(req, "source", &in->source, err) < 0 ||
        get_string(req, "url", &in->url, err) < 0 ||
        get_string(req, "external_id", &in->external_id, err) < 0 ||
        get_string(req, "language", &in->language, err) < 0)
        return -1;
    json_t *split = json_object_get(req, "split");
    if (split && !json_is_null(split)) {
        if (!json_is_boolean(split))
            return gl_error_set(err, 422, "field \"split\" must be true or false");
        in->split = json_is_true(split);
    }
    if (in->published_at && *in->published_at && !is_date_like(in->published_at))
        return gl_error_set(err, 422, "field \"published_at\" must be an ISO 8601 date, got \"%s\"",
                            in->published_at);
    if (in->published_at && !*in->published_at)
        in->published_at = NULL;
    const json_t *body = json_object_get(req, text ? "text" : "html");
    in->body = json_string_value(body);
    in->len = json_string_length(body);
    in->format = text ? GX_FORMAT_TEXT : GX_FORMAT_HTML;
    in->charset = NULL;
    return 0;
}

int gx_media_type_parse(const char *ct, char *type, size_t type_len, char *charset,
                        size_t charset_len)
{
    size_t n = 0;
    if (!type_len || !charset_len)
        return -1;
    charset[0] = '\0';
    while (*ct == ' ' || *ct == '\t')
        ct++;
    while (*ct && *ct != ';' && *ct != ' ' && *ct != '\t') {
        if (n + 1 >= type_len)
            return -1;
        type[n++] = (char)tolower((unsigned char)*ct++);
    }
    type[n] = '\0';
    if (!n || !strchr(type, '/'))
        return -1;
    while (*ct) {
        while (*ct == ' ' || *ct == '\t' || *ct == ';')
            ct++;
        const char *name = ct;
        while (*ct && *ct != '=' && *ct != ';')
            ct++;
        size_t name_len = (size_t)(ct - name);
        while (name_len && (name[name_len - 1] == ' ' || name[name_len - 1] == '\t'))
            name_len--;
        if (*ct != '=')
            continue;
        ct++;
        while (*ct == ' ' || *ct == '\t')
            ct++;
        char val[64];
        size_t vl = 0;
        if (*ct == '"') {
            ct++;
            while (*ct && *ct != '"') {
                if (*ct == '\\' && ct[1])
                    ct++;
                if (vl + 1 < sizeof val)
                    val[vl++] = *ct;
                ct++;
            }
            if (*ct == '"')
                ct++;
        } else {
            while (*ct && *ct != ';' && *ct != ' ' && *ct != '\t') {
                if (vl + 1 < sizeof val)
                    val[vl++] = *ct;
                ct++;
            }
        }
        val[vl] = '\0';
        if (name_len == 7 && !strncasecmp(name, "charset", 7)) {
            size_t i;
            for (i = 0; val[i] && i + 1 < charset_len; i++)
                charset[i] = (char)tolower((unsigned char)val[i]);
            charset[i] = '\0';
        }
    }
    return 0;
}

static const char *lookup(gx_lookup_fn q, void *qctx, const char *name)
{
    return q ? q(qctx, name) : NULL;
}

int gx_request_parse(gx_request *rq, const char *content_type, const char *body, size_t len,
                     gx_lookup_fn query, void *qctx, gl_error *err)
{
    memset(rq, 0, sizeof *rq);
    rq->in = gx_input_default();
    char type[80];
    if (!content_type || !*content_type)
        return gl_error_set(err, 415, "missing Content-Type: send application/json, text/plain, "
                                      "text/markdown or text/html");
    if (gx_media_type_parse(content_type, type, sizeof type, rq->charset, sizeof rq->charset) < 0)
        return gl_error_set(err, 415, "malformed Content-Type \"%.80s\"", content_type);

    /* Query parameters first; a JSON body's fields override them. */
    gx_input *in = &rq->in;
    const char *split = lookup(query, qctx, "split");
    if (split) {
        if (!strcmp(split, "false") || !strcmp(split, "0") || !strcmp(split, "no"))
            in->split = false;
        else if (!strcmp(split, "true") || !strcmp(split, "1") || !strcmp(split, "yes") || !*split)
            in->split = true;
        else
            return gl_error_set(err, 422, "query parameter split must be true or false");
    }
    in->title = lookup(query, qctx, "title");
    in->published_at = lookup(query, qctx, "published_at");
    in->source = lookup(query, qctx, "source");
    in->url = lookup(query, qctx, "url");
    in->external_id = lookup(query, qctx, "external_id");
    in->language = lookup(query, qctx, "language");
    if (in->published_at && !*in->published_at)
        in->published_at = NULL;
    if (in->published_at && !is_date_like(in->published_at))
        return gl_error_set(err, 422, "published_at must be an ISO 8601 date, got \"%.40s\"",
                            in->published_at);

    if (!strcmp(type, "application/json")) {
        if (*rq->charset && strcmp(rq->charset, "utf-8") && strcmp(rq->charset, "utf8"))
            return gl_error_set(err, 415, "JSON must be UTF-8, not charset=%s", rq->charset);
        if (gx_utf8_validate(body, len, err) < 0)
            return -1;
        json_error_t jerr;
        rq->json = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!rq->json) {
            gl_error_set(err, 400, "malformed JSON at line %d, column %d: %s", jerr.line,
                         jerr.column, jerr.text);
            err->line = jerr.line;
            err->column = jerr.column;
            err->offset = jerr.position;
            return -1;
        }
        return gx_input_from_json(rq->json, in, err);
    }
    if (!strcmp(type, "text/plain"))
        in->format = GX_FORMAT_TEXT;
    else if (!strcmp(type, "text/markdown") || !strcmp(type, "text/x-markdown"))
        in->format = GX_FORMAT_MARKDOWN;
    else if (!strcmp(type, "text/html") || !strcmp(type, "application/xhtml+xml"))
        in->format = GX_FORMAT_HTML;
    else
        return gl_error_set(err, 415, "unsupported media type \"%s\": send application/json, "
                                      "text/plain, text/markdown or text/html", type);
    in->body = body;
    in->len = len;
    in->charset = *rq->charset ? rq->charset : NULL;
    return 0;
}

void gx_request_cleanup(gx_request *rq)
{
    if (!rq)
        return;
    json_decref(rq->json);
    rq->json = NULL;
}
