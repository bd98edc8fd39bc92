/* case_runner.c — the data-driven extraction tests: for every tests/cases/<name>/expected*.json
 * it runs the engine on the input the file names, exactly as POST /v1/extract would (through
 * gx_request_parse), then checks that what the file expects is present (subset match) and that
 * every span of every article points at its own text. Format: tests/cases/README.md.
 *
 *   case_runner CASES_DIR [NAME-FILTER]      (engine data: $GLEANER_DATA_DIR or built-in)
 *
 * Each expected file is checked on its own and reported as "ok" or "FAIL" with the JSON path
 * of every mismatch; the exit status is 1 when any failed. */
#include <dirent.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx.h"
#include "gx_request.h"
#include "gx_utf8.h"

/* ------------------------------------------------------------------ failure reporting */

typedef struct ctx {
    int failures;
    const char *file;
} ctx;

static void fail(ctx *c, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void fail(ctx *c, const char *path, const char *fmt, ...)
{
    if (c->failures < 40) {
        printf("  %s: %s: ", c->file, path);
        va_list ap;
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
        putchar('\n');
    }
    c->failures++;
}

static char *dump_short(const json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
    if (s && strlen(s) > 160)
        strcpy(s + 150, "...");
    return s;
}

/* ------------------------------------------------------------------ subset matching */

/* Does actual satisfy expected? With report=false nothing is printed (used to search arrays). */
static bool match(ctx *c, const char *path, const json_t *exp, const json_t *act, bool report);

static bool numbers_close(double a, double b)
{
    double m = fmax(1.0, fmax(fabs(a), fabs(b)));
    return fabs(a - b) <= 1e-6 * m;
}

static bool is_operator_object(const json_t *exp)
{
    if (!json_is_object(exp))
        return false;
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)exp, k, v)
    {
        if (k[0] != '$')
            return false;
    }
    return json_object_size(exp) > 0;
}

/* Each element of exp matched by a distinct element of act (greedy, in order). */
static bool match_has(ctx *c, const char *path, const json_t *exp, const json_t *act, bool report)
{
    size_t n = json_array_size(act);
    bool *used = gl_calloc(n + 1, 1);
    bool ok = true;
    size_t i;
    json_t *e;
    json_array_foreach(exp, i, e)
    {
        size_t k;
        for (k = 0; k < n; k++)
            if (!used[k] && match(c, path, e, json_array_get(act, k), false))
                break;
        if (k < n) {
            used[k] = true;
            continue;
        }
        ok = false;
        if (report) {
            char *s = dump_short(e);
            fail(c, path, "no element matches %s", s);
            free(s);
        }
    }
    free(used);
    return ok;
}

static bool match_ops(ctx *c, const char *path, const json_t *exp, const json_t *act, bool report)
{
    bool ok = true;
    const char *k;
    json_t *v;
    char sub[512];
    json_object_foreach((json_t *)exp, k, v)
    {
        if (!strcmp(k, "$exact")) {
            if (!json_is_array(act) || json_array_size(act) != json_array_size(v)) {
                if (report)
                    fail(c, path, "expected exactly %zu elements, got %zu", json_array_size(v),
                         json_array_size(act));
                ok = false;
                continue;
            }
            size_t i;
            json_t *e;
            json_array_foreach(v, i, e)
            {
                snprintf(sub, sizeof sub, "%s[%zu]", path, i);
                ok = match(c, sub, e, json_array_get(act, i), report) && ok;
            }
        } else if (!strcmp(k, "$has")) {
            ok = (json_is_array(act) && match_has(c, path, v, act, report)) && ok;
        } else if (!strcmp(k, "$none")) {
            size_t i, j;
            json_t *e, *a;
            json_array_foreach(v, i, e)
            {
                json_array_foreach(act, j, a)
                {
                    if (match(c, path, e, a, false)) {
                        if (report) {
                            char *s = dump_short(e);
                            fail(c, path, "element %zu matches what must be absent: %s", j, s);
                            free(s);
                        }
                        ok = false;
                    }
                }
            }
        } else if (!strcmp(k, "$len") || !strcmp(k, "$min_len")) {
            size_t n = json_is_array(act) ? json_array_size(act)
                       : json_is_string(act)
                           ? gx_utf8_count(json_string_value(act), json_string_length(act))
                           : 0;
            size_t want = (size_t)json_integer_value(v);
            bool good = !strcmp(k, "$len") ? n == want : n >= want;
            if (!good && report)
                fail(c, path, "length %zu, expected %s %zu", n, k + 1, want);
            ok = good && ok;
        } else if (!strcmp(k, "$contains")) {
            bool good = json_is_string(act) && strstr(json_string_value(act), json_string_value(v));
            if (!good && report)
                fail(c, path, "does not contain \"%s\"", json_string_value(v));
            ok = good && ok;
        } else if (!strcmp(k, "$absent")) {
            /* handled by the parent object */
        } else if (!strcmp(k, "$any")) {
            /* anything, present or not */
        } else {
            if (report)
                fail(c, path, "unknown operator %s", k);
            ok = false;
        }
    }
    return ok;
}

static bool match(ctx *c, const char *path, const json_t *exp, const json_t *act, bool report)
{
    char sub[512];
    if (is_operator_object(exp))
        return match_ops(c, path, exp, act, report);
    switch (json_typeof(exp)) {
    case JSON_OBJECT: {
        if (!json_is_object(act)) {
            if (report)
                fail(c, path, "expected an object");
            return false;
        }
        bool ok = true;
        const char *k;
        json_t *v;
        json_object_foreach((json_t *)exp, k, v)
        {
            if (k[0] == '$')
                continue; /* selectors such as $index / $title, read by the caller */
            snprintf(sub, sizeof sub, "%s.%s", path, k);
            json_t *a = json_object_get(act, k);
            if (json_is_object(v) && json_object_get(v, "$absent")) {
                if (a) {
                    if (report)
                        fail(c, sub, "must be absent");
                    ok = false;
                }
                continue;
            }
            if (!a) {
                if (report)
                    fail(c, sub, "missing");
                ok = false;
                continue;
            }
            ok = match(c, sub, v, a, report) && ok;
        }
        return ok;
    }
    case JSON_ARRAY:
        if (!json_is_array(act)) {
            if (report)
                fail(c, path, "expected an array");
            return false;
        }
        return match_has(c, path, exp, act, report);
    case JSON_STRING:
        if (!json_is_string(act) || strcmp(json_string_value(exp), json_string_value(act))) {
            if (report) {
                char *s = dump_short(act);
                fail(c, path, "expected \"%s\", got %s", json_string_value(exp), s ? s : "?");
                free(s);
            }
            return false;
        }
        return true;
    case JSON_INTEGER:
    case JSON_REAL:
        if (!json_is_number(act) ||
            !numbers_close(json_number_value(exp), json_number_value(act))) {
            if (report) {
                char *s = dump_short(act);
                fail(c, path, "expected %g, got %s", json_number_value(exp), s ? s : "?");
                free(s);
            }
            return false;
        }
        return true;
    default: /* true, false, null */
        if (json_typeof(exp) != json_typeof(act)) {
            if (report) {
                char *s = dump_short(act);
                fail(c, path, "expected %s, got %s",
                     json_is_null(exp)   ? "null"
                     : json_is_true(exp) ? "true"
                                         : "false",
                     s);
                free(s);
            }
            return false;
        }
        return true;
    }
}

/* ------------------------------------------------------------------ span invariants */

/* Byte offsets of every code point of text (heap; n+1 entries). */
static size_t *cp_index(const char *text, size_t *ncp)
{
    size_t len = strlen(text), n = gx_utf8_count(text, len);
    size_t *idx = gl_malloc(sizeof *idx * (n + 1));
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            idx[k++] = i;
    idx[n] = len;
    *ncp = n;
    return idx;
}

static void check_span(ctx *c, const char *path, const json_t *o, const char *key, const char *text,
                       const size_t *idx, size_t ncp)
{
    json_t *s = json_object_get(o, "start"), *e = json_object_get(o, "end");
    if (!s && !e)
        return;
    if (!json_is_integer(s) || !json_is_integer(e) || json_integer_value(s) < 0 ||
        json_integer_value(s) > json_integer_value(e) || (size_t)json_integer_value(e) > ncp) {
        fail(c, path, "bad span");
        return;
    }
    if (!key)
        return;
    const char *want = json_string_value(json_object_get(o, key));
    size_t b = idx[json_integer_value(s)], en = idx[json_integer_value(e)];
    if (!want || strlen(want) != en - b || memcmp(want, text + b, en - b))
        fail(c, path, "text[%lld:%lld] is \"%.*s\" but %s says \"%s\"",
             (long long)json_integer_value(s), (long long)json_integer_value(e), (int)(en - b),
             text + b, key, want ? want : "(none)");
}

static void check_article_spans(ctx *c, const char *path, const json_t *a)
{
    const char *text = json_string_value(json_object_get(a, "text"));
    if (!text) {
        fail(c, path, "no text");
        return;
    }
    size_t ncp;
    size_t *idx = cp_index(text, &ncp);
    char sub[512];
    size_t i, k;
    json_t *x, *y;
    json_array_foreach(json_object_get(a, "sections"), i, x)
    {
        snprintf(sub, sizeof sub, "%s.sections[%zu]", path, i);
        check_span(c, sub, x, NULL, text, idx, ncp);
        /* the heading opens the section; the section ends at a paragraph end */
        const char *h = json_string_value(json_object_get(x, "heading"));
        json_int_t st = json_integer_value(json_object_get(x, "start"));
        json_int_t en = json_integer_value(json_object_get(x, "end"));
        if (st < 0 || en < st || (size_t)en > ncp)
            continue;
        if (!h || strncmp(text + idx[st], h, strlen(h)))
            fail(c, sub, "the heading is not at the section's start");
        if ((size_t)en < ncp && strncmp(text + idx[en], "\n\n", 2))
            fail(c, sub, "the section does not end at a paragraph end");
    }
    json_array_foreach(json_object_get(a, "entities"), i, x)
    {
        json_array_foreach(json_object_get(x, "mentions"), k, y)
        {
            snprintf(sub, sizeof sub, "%s.entities[%zu].mentions[%zu]", path, i, k);
            check_span(c, sub, y, "text", text, idx, ncp);
        }
        json_array_foreach(json_object_get(x, "roles"), k, y)
        {
            snprintf(sub, sizeof sub, "%s.entities[%zu].roles[%zu]", path, i, k);
            check_span(c, sub, y, "title", text, idx, ncp);
        }
    }
    json_array_foreach(json_object_get(a, "positions"), i, x)
    {
        snprintf(sub, sizeof sub, "%s.positions[%zu]", path, i);
        check_span(c, sub, x, "title", text, idx, ncp);
    }
    json_array_foreach(json_object_get(a, "quantities"), i, x)
    {
        snprintf(sub, sizeof sub, "%s.quantities[%zu]", path, i);
        check_span(c, sub, x, "text", text, idx, ncp);
    }
    json_array_foreach(json_object_get(a, "events"), i, x)
    {
        snprintf(sub, sizeof sub, "%s.events[%zu].trigger", path, i);
        check_span(c, sub, json_object_get(x, "trigger"), "text", text, idx, ncp);
        json_array_foreach(json_object_get(x, "arguments"), k, y)
        {
            snprintf(sub, sizeof sub, "%s.events[%zu].arguments[%zu]", path, i, k);
            check_span(c, sub, y, "text", text, idx, ncp);
        }
    }
    free(idx);
}

/* ------------------------------------------------------------------ running one file */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0, k;
    char *buf = gl_malloc(cap);
    while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            buf = gl_realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n < cap ? n : cap - 1] = '\0';
    *len = n;
    return buf;
}

static const char *query_lookup(void *qctx, const char *name)
{
    json_t *v = json_object_get((json_t *)qctx, name);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_boolean(v))
        return json_is_true(v) ? "true" : "false";
    return NULL;
}

static const char *content_type_of(const char *format)
{
    if (!strcmp(format, "text"))
        return "text/plain; charset=utf-8";
    if (!strcmp(format, "html"))
        return "text/html";
    if (!strcmp(format, "json"))
        return "application/json";
    return "text/markdown; charset=utf-8";
}

/* Pick the actual article an expected one describes: "$index", "$title", else position i. */
static const json_t *select_article(const json_t *arts, const json_t *exp, size_t i)
{
    json_t *ix = json_object_get(exp, "$index");
    if (json_is_integer(ix))
        return json_array_get(arts, (size_t)json_integer_value(ix));
    const char *t = json_string_value(json_object_get(exp, "$title"));
    if (t) {
        size_t k;
        json_t *a;
        json_array_foreach(arts, k, a)
        {
            const char *at = json_string_value(json_object_get(a, "title"));
            if (at && !strcmp(at, t))
                return a;
        }
        return NULL;
    }
    return json_array_get(arts, i);
}

static int run_file(const gx_engine *eng, const char *dir, const char *file)
{
    ctx c = {0, file};
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, file) >= (int)sizeof path) {
        fail(&c, "$", "path too long");
        return 1;
    }
    json_error_t jerr;
    json_t *exp = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!exp) {
        fail(&c, "$", "unreadable expected file: %s (line %d)", jerr.text, jerr.line);
        return 1;
    }
    const char *input = json_string_value(json_object_get(exp, "input"));
    const char *format = json_string_value(json_object_get(exp, "format"));
    if (!input)
        input = "input.md";
    if (!format)
        format = strstr(input, ".html")   ? "html"
                 : strstr(input, ".json") ? "json"
                 : strstr(input, ".txt")  ? "text"
                                          : "markdown";
    size_t len;
    char *body = NULL;
    if (snprintf(path, sizeof path, "%s/%s", dir, input) < (int)sizeof path)
        body = read_file(path, &len);
    json_t *res = NULL;
    gx_request rq;
    memset(&rq, 0, sizeof rq);
    gl_error err;
    gl_error_clear(&err);
    if (!body) {
        fail(&c, "input", "cannot read %s", path);
        goto out;
    }
    json_t *req = json_object_get(exp, "request");
    int want_status = json_is_integer(json_object_get(exp, "status"))
                          ? (int)json_integer_value(json_object_get(exp, "status"))
                          : 200;
    int status = 200;
    if (gx_request_parse(&rq, content_type_of(format), body, len, req ? query_lookup : NULL,
                         (void *)req, &err) < 0 ||
        !(res = gx_extract(eng, &rq.in, &err)))
        status = err.status ? err.status : 500;
    if (status != want_status) {
        fail(&c, "status", "expected %d, got %d (%s)", want_status, status, err.message);
        goto out;
    }
    if (!res)
        goto out;
    json_t *arts = json_object_get(res, "articles");
    size_t i;
    json_t *a;
    json_array_foreach(arts, i, a)
    {
        char p[64];
        snprintf(p, sizeof p, "articles[%zu]", i);
        check_article_spans(&c, p, a);
        if (json_object_get(a, "id"))
            fail(&c, p, "an extract-only article must not carry an id");
    }
    json_t *count = json_object_get(exp, "article_count");
    if (json_is_integer(count) && json_array_size(arts) != (size_t)json_integer_value(count))
        fail(&c, "article_count", "expected %lld articles, got %zu",
             (long long)json_integer_value(count), json_array_size(arts));
    json_t *ea;
    json_array_foreach(json_object_get(exp, "articles"), i, ea)
    {
        char p[64];
        snprintf(p, sizeof p, "articles[%zu]", i);
        const json_t *act = select_article(arts, ea, i);
        if (!act) {
            fail(&c, p, "no such article");
            continue;
        }
        match(&c, p, ea, act, true);
    }
out:
    if (getenv("CASE_RUNNER_DUMP") && res) {
        char *s = json_dumps(res, JSON_INDENT(1));
        fprintf(stderr, "%s\n", s);
        free(s);
    }
    json_decref(res);
    json_decref(exp);
    gx_request_cleanup(&rq);
    free(body);
    printf("%-4s %s/%s\n", c.failures ? "FAIL" : "ok", dir, file);
    return c.failures ? 1 : 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: case_runner CASES_DIR [NAME-FILTER]\n");
        return 2;
    }
    const char *root = argv[1], *filter = argc > 2 ? argv[2] : NULL;
    gl_error err;
    gl_error_clear(&err);
    gx_engine *eng = gx_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "case_runner: engine: %s\n", err.message);
        return 1;
    }
    struct dirent **cases;
    int nc = scandir(root, &cases, NULL, by_name);
    if (nc < 0) {
        fprintf(stderr, "case_runner: cannot list %s\n", root);
        gx_engine_free(eng);
        return 1;
    }
    int files = 0, failed = 0;
    for (int i = 0; i < nc; i++) {
        const char *name = cases[i]->d_name;
        char dir[2048];
        struct dirent **ents = NULL;
        int ne = -1;
        if (name[0] != '.' && (!filter || strstr(name, filter)) &&
            snprintf(dir, sizeof dir, "%s/%s", root, name) < (int)sizeof dir)
            ne = scandir(dir, &ents, NULL, by_name);
        for (int k = 0; k < ne; k++) {
            const char *f = ents[k]->d_name;
            size_t fl = strlen(f);
            if (!strncmp(f, "expected", 8) && fl > 5 && !strcmp(f + fl - 5, ".json")) {
                files++;
                failed += run_file(eng, dir, f);
            }
            free(ents[k]);
        }
        if (ne >= 0)
            free(ents);
        free(cases[i]);
    }
    free(cases);
    gx_engine_free(eng);
    printf("%d expected files, %d failed\n", files, failed);
    return failed || files == 0 ? 1 : 0;
}
