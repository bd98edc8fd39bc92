/* html_f1.c — body-text accuracy of the HTML path on a page collection, without the server.
 *
 *   html-f1 DIR [--show ID] [--per-page]
 *
 * DIR holds ground-truth.json ({id: {"articleBody": ...}}) and html/<id>.html.gz (the layout of
 * the article-extraction benchmark in ../shared/data/html-bench). --dump FILE writes
 * {id: body} as JSON (to score with the Python scorer's own functions). Every page goes through
 * gx_html_extract() and is scored exactly like `gleaner_eval.py html`: tokens are \w+ runs of
 * the NFKC-normalized, lower-cased text (letters, digits, underscore), shingles are word
 * 4-grams counted with multiplicity, and TP/FP/FN are summed over all pages before precision,
 * recall and F1 are computed. --show prints one page's extracted body and metadata. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>
#include <zlib.h>

#include "gl_alloc.h"
#include "gx_html.h"

static char *read_gz(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = gl_malloc(cap);
    for (;;) {
        if (n + 65536 > cap) {
            cap *= 2;
            b = gl_realloc(b, cap);
        }
        int r = gzread(f, b + n, 65536);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    gzclose(f);
    *len = n;
    return b;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted 4-gram hashes of text; returns the count (array in *out, caller frees). */
static size_t shingles(const char *text, uint64_t **out)
{
    utf8proc_uint8_t *nf = NULL;
    utf8proc_ssize_t nl =
        utf8proc_map((const utf8proc_uint8_t *)text, 0, &nf,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    size_t ntok = 0, cap = 256;
    uint64_t *tok = gl_malloc(cap * sizeof *tok);
    if (nl >= 0) {
        utf8proc_ssize_t i = 0;
        uint64_t h = 0;
        bool in = false;
        while (i < nl) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate(nf + i, nl - i, &cp);
            if (k <= 0) {
                i++;
                continue;
            }
            i += k;
            utf8proc_category_t c = utf8proc_category(cp);
            bool w = cp == '_' || (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
                     (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
            if (w) {
                cp = utf8proc_tolower(cp);
                if (!in) {
                    h = 1469598103934665603ull;
                    in = true;
                }
                h = (h ^ (uint64_t)cp) * 1099511628211ull;
            } else if (in) {
                if (ntok == cap)
                    tok = gl_realloc(tok, (cap *= 2) * sizeof *tok);
                tok[ntok++] = h;
                in = false;
            }
        }
        if (in) {
            if (ntok == cap)
                tok = gl_realloc(tok, (cap *= 2) * sizeof *tok);
            tok[ntok++] = h;
        }
    }
    free(nf);
    size_t ns = ntok >= 4 ? ntok - 3 : 0;
    uint64_t *s = gl_malloc((ns ? ns : 1) * sizeof *s);
    for (size_t i = 0; i < ns; i++) {
        uint64_t h = 0;
        for (int k = 0; k < 4; k++)
            h = (h ^ tok[i + k]) * 0x9E3779B97F4A7C15ull + (uint64_t)k;
        s[i] = h;
    }
    free(tok);
    qsort(s, ns, sizeof *s, cmp_u64);
    *out = s;
    return ns;
}

static size_t common(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, tp = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            tp++;
            i++;
            j++;
        } else if (a[i] < b[j]) {
            i++;
        } else {
            j++;
        }
    }
    return tp;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s DIR [--show ID] [--per-page]\n", argv[0]);
        return 2;
    }
    const char *dir = argv[1], *show = NULL, *dump = NULL;
    bool per_page = false;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--show") && i + 1 < argc)
            show = argv[++i];
        else if (!strcmp(argv[i], "--dump") && i + 1 < argc)
            dump = argv[++i];
        else if (!strcmp(argv[i], "--per-page"))
            per_page = true;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    json_error_t je;
    json_t *gt = json_load_file(path, 0, &je);
    if (!gt) {
        fprintf(stderr, "%s: %s\n", path, je.text);
        return 1;
    }
    const char *id;
    json_t *v;
    json_t *dumped = json_object();
    double tp = 0, fp = 0, fn = 0, secs = 0;
    int pages = 0, errors = 0;
    json_object_foreach(gt, id, v)
    {
        if (show && strcmp(show, id) != 0)
            continue;
        snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, id);
        size_t len;
        char *html = read_gz(path, &len);
        if (!html) {
            fprintf(stderr, "%s: cannot read\n", path);
            errors++;
            continue;
        }
        gx_html_result r;
        gl_error err;
        gl_error_clear(&err);
        struct timespec t0, t1;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        int rc = gx_html_extract(html, len, "utf-8", &r, &err);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        secs += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        const char *gold = json_string_value(json_object_get(v, "articleBody"));
        const char *body = rc == 0 && r.body ? r.body : "";
        if (rc < 0)
            errors++;
        uint64_t *ps, *gs;
        size_t np = shingles(body, &ps), ng = shingles(gold ? gold : "", &gs);
        size_t t = common(ps, np, gs, ng);
        tp += (double)t;
        fp += (double)(np - t);
        fn += (double)(ng - t);
        pages++;
        if (per_page || show) {
            double p = np ? (double)t / np : 0, rr = ng ? (double)t / ng : 0;
            printf("%s P=%.3f R=%.3f F1=%.3f pred=%zu gold=%zu\n", id, p, rr,
                   p + rr > 0 ? 2 * p * rr / (p + rr) : 0, np, ng);
        }
        if (show && rc == 0) {
            printf("title: %s\nurl: %s\noutlet: %s\npublished_at: %s\neditor: %s\n",
                   r.title ? r.title : "-", r.url ? r.url : "-", r.outlet ? r.outlet : "-",
                   r.published_at ? r.published_at : "-", r.editor ? r.editor : "-");
            for (int i = 0; i < r.nauthors; i++)
                printf("author: %s\n", r.authors[i]);
            for (int i = 0; i < r.nwarnings; i++)
                printf("warning: %s\n", r.warnings[i]);
            printf("----- body\n%s\n----- gold\n%s\n", body, gold ? gold : "");
        }
        json_object_set_new(dumped, id, json_string(body));
        free(ps);
        free(gs);
        if (rc == 0)
            gx_html_result_cleanup(&r);
        free(html);
    }
    double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("html-f1: %d pages, %d errors, body P=%.4f R=%.4f F1=%.4f, %.2f ms CPU/page\n", pages,
           errors, p, r, f1, pages ? secs * 1000 / pages : 0);
    if (dump && json_dump_file(dumped, dump, JSON_INDENT(1)) < 0)
        fprintf(stderr, "%s: cannot write\n", dump);
    json_decref(dumped);
    json_decref(gt);
    return 0;
}
