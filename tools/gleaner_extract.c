/* gleaner_extract.c — `gleaner-extract [--published-at DATE] [--format text|markdown|html|json]
 * [--no-split] [--source S] [--title T] [--pretty] [--data-dir DIR] [--timeout SECONDS] < page`
 * prints exactly
 * (byte for byte, unless --pretty) what POST /v1/extract answers for the same input: same
 * parsing (extract/gx_request.c), same engine, same JSON dump flags. On an error it prints a
 * problem object with the status, detail, offset / line / column the server would give, on
 * stdout, and exits 1. --timeout gives the engine the deadline a server request has (counted
 * from when the engine is loaded): past it the answer is the server's 504 problem. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx.h"
#include "gx_request.h"

static void usage(FILE *f)
{
    fputs("usage: gleaner-extract [--format text|markdown|html|json] [--published-at DATE]\n"
          "                       [--no-split] [--source S] [--title T] [--url U]\n"
          "                       [--pretty] [--data-dir DIR] [--timeout SECONDS] < document\n"
          "Reads one document on stdin (a page may hold several articles; default format\n"
          "markdown) and prints the JSON that POST /v1/extract answers for the same input.\n"
          "--format json reads the JSON request body of POST /v1/extract; --pretty indents.\n"
          "--timeout stops the extraction after SECONDS (as --request-timeout does in gleanerd):\n"
          "the answer is then a status 504 problem and the exit status 1.\n",
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

/* The options that POST /v1/extract takes as query parameters. */
typedef struct cli_query {
    const char *split, *published_at, *source, *title, *url;
} cli_query;

static const char *cli_lookup(void *ctx, const char *name)
{
    const cli_query *q = ctx;
    if (!strcmp(name, "split"))
        return q->split;
    if (!strcmp(name, "published_at"))
        return q->published_at;
    if (!strcmp(name, "source"))
        return q->source;
    if (!strcmp(name, "title"))
        return q->title;
    if (!strcmp(name, "url"))
        return q->url;
    return NULL;
}

int main(int argc, char **argv)
{
    cli_query q;
    memset(&q, 0, sizeof q);
    const char *data_dir = NULL, *format = "markdown";
    size_t dump_flags = GX_JSON_FLAGS; /* byte-identical to the server */
    double timeout = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (!strcmp(a, "--published-at") && has)
            q.published_at = argv[++i];
        else if (!strcmp(a, "--format") && has)
            format = argv[++i];
        else if (!strcmp(a, "--data-dir") && has)
            data_dir = argv[++i];
        else if (!strcmp(a, "--source") && has)
            q.source = argv[++i];
        else if (!strcmp(a, "--title") && has)
            q.title = argv[++i];
        else if (!strcmp(a, "--url") && has)
            q.url = argv[++i];
        else if (!strcmp(a, "--timeout") && has) {
            char *end;
            timeout = strtod(argv[++i], &end);
            if (*end || !(timeout > 0)) {
                usage(stderr);
                return 2;
            }
        } else if (!strcmp(a, "--no-split"))
            q.split = "false";
        else if (!strcmp(a, "--pretty"))
            dump_flags = JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15);
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 2;
        }
    }
    const char *ctype;
    if (!strcmp(format, "text"))
        ctype = "text/plain";
    else if (!strcmp(format, "markdown"))
        ctype = "text/markdown";
    else if (!strcmp(format, "html"))
        ctype = "text/html";
    else if (!strcmp(format, "json"))
        ctype = "application/json";
    else {
        usage(stderr);
        return 2;
    }

    int rc = 1;
    gl_error err;
    gl_error_clear(&err);
    size_t len;
    char *body = read_all(stdin, &len);
    json_t *res = NULL;
    gx_request rq;
    memset(&rq, 0, sizeof rq);
    gx_engine *eng = gx_engine_new(data_dir, &err);
    if (!eng) {
        fprintf(stderr, "gleaner-extract: cannot load the engine: %s\n", err.message);
        goto out;
    }
    double deadline = timeout > 0 ? gx_clock_now() + timeout : 0;
    if (gx_request_parse(&rq, ctype, body, len, cli_lookup, &q, &err) < 0 ||
        (rq.in.deadline = deadline, !(res = gx_extract(eng, &rq.in, &err)))) {
        /* A problem object with the fields the server's answer carries. */
        int status = err.status >= 400 && err.status <= 599 ? err.status : 500;
        json_t *p = json_pack("{s:s,s:i,s:s}", "title", "extraction failed", "status", status,
                              "detail", err.message);
        if (err.offset >= 0)
            json_object_set_new(p, "offset", json_integer(err.offset));
        if (err.line > 0) {
            json_object_set_new(p, "line", json_integer(err.line));
            json_object_set_new(p, "column", json_integer(err.column));
        }
        char *s = json_dumps(p, dump_flags);
        if (s)
            puts(s);
        free(s);
        json_decref(p);
        fprintf(stderr, "gleaner-extract: %s (status %d)\n", err.message, status);
        goto out;
    }
    char *s = json_dumps(res, dump_flags);
    puts(s);
    free(s);
    rc = 0;
out:
    json_decref(res);
    gx_request_cleanup(&rq);
    gx_engine_free(eng);
    free(body);
    return rc;
}
