/* gleaner_extract.c — `gleaner-extract [--published-at DATE] [--format text|markdown|html|json]
 * [--no-split] < page` prints exactly what POST /v1/extract would answer for the same input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx.h"

static void usage(FILE *f)
{
    fputs("usage: gleaner-extract [--published-at DATE] [--format text|markdown|html|json]\n"
          "                       [--no-split] [--data-dir DIR] < document\n"
          "Prints the JSON that POST /v1/extract answers for the same input.\n",
          f);
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = gl_malloc(cap);
    size_t k;
    while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            buf = gl_realloc(buf, cap *= 2);
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    gx_input in = gx_input_default();
    in.format = GX_FORMAT_MARKDOWN;
    const char *data_dir = NULL, *format = "markdown";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--published-at") && i + 1 < argc)
            in.published_at = argv[++i];
        else if (!strcmp(argv[i], "--format") && i + 1 < argc)
            format = argv[++i];
        else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(argv[i], "--no-split"))
            in.split = false;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (!strcmp(format, "text"))
        in.format = GX_FORMAT_TEXT;
    else if (!strcmp(format, "html"))
        in.format = GX_FORMAT_HTML;
    else if (strcmp(format, "markdown") && strcmp(format, "json")) {
        usage(stderr);
        return 2;
    }

    int rc = 1;
    gl_error err;
    gl_error_clear(&err);
    size_t len;
    char *body = read_all(stdin, &len);
    json_t *req = NULL, *res = NULL;
    gx_engine *eng = gx_engine_new(data_dir, &err);
    if (!eng)
        goto out;
    in.body = body;
    in.len = len;
    if (!strcmp(format, "json")) {
        /* The JSON request body of POST /v1/extract. */
        json_error_t jerr;
        req = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!req) {
            gl_error_set(&err, 400, "malformed JSON at line %d, column %d: %s", jerr.line,
                         jerr.column, jerr.text);
            goto out;
        }
        const char *text = json_string_value(json_object_get(req, "text"));
        const char *html = json_string_value(json_object_get(req, "html"));
        in.body = text ? text : html ? html : "";
        in.len = strlen(in.body);
        in.format = html && !text ? GX_FORMAT_HTML : GX_FORMAT_TEXT;
        in.title = json_string_value(json_object_get(req, "title"));
        if (json_string_value(json_object_get(req, "published_at")))
            in.published_at = json_string_value(json_object_get(req, "published_at"));
        in.source = json_string_value(json_object_get(req, "source"));
        in.url = json_string_value(json_object_get(req, "url"));
        in.external_id = json_string_value(json_object_get(req, "external_id"));
        in.language = json_string_value(json_object_get(req, "language"));
    }
    res = gx_extract(eng, &in, &err);
    if (!res)
        goto out;
    char *s = json_dumps(res, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    puts(s);
    free(s);
    rc = 0;
out:
    if (rc)
        fprintf(stderr, "gleaner-extract: %s (status %d)\n", err.message, err.status);
    json_decref(res);
    json_decref(req);
    gx_engine_free(eng);
    free(body);
    return rc;
}
