/* html_bench.c — speed of the HTML path beside its floor, measured in the same run.
 *
 *   html-bench [FILE.html ...]
 *
 * For each page (default: a synthetic ~100 KB news page built here — navigation, a Chinese
 * and English article, related links, comments, footer, scripts), prints the median time of
 *   baseline  htmlReadMemory() + xmlFreeDoc() of the same bytes (parsing alone), and
 *   extract   gx_html_extract() (decode + parse + metadata + main content + rendering),
 * and their ratio, in CPU time of the running thread (median of 41 runs). The bar: a
 * 100 KB page in under 5 ms on one core. */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_clock.h"
#include "gl_alloc.h"
#include "gx_html.h"

/* CPU time of this thread: the machine may be shared, and the bar is per core. */
static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void append(char **b, size_t *n, size_t *cap, const char *s)
{
    size_t l = strlen(s);
    if (*n + l + 1 > *cap) {
        while (*n + l + 1 > *cap)
            *cap = *cap ? *cap * 2 : 4096;
        *b = gl_realloc(*b, *cap);
    }
    memcpy(*b + *n, s, l + 1);
    *n += l;
}

/* A synthetic whole news page of about `target` bytes. Caller frees. */
static char *synthetic_page(size_t target, size_t *len)
{
    char *b = NULL;
    size_t n = 0, cap = 0;
    append(&b, &n, &cap,
           "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>上市公司半年报综述 - "
           "财经网</title><meta property=\"og:site_name\" content=\"财经网\">"
           "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
           "\"上市公司半年报综述\",\"datePublished\":\"2024-09-24T08:00:00+08:00\",\"author\":"
           "{\"name\":\"王一鸣\"}}</script><style>body{font:14px sans-serif}</style>"
           "<script>window.dataLayer=[];function f(a){return a*2}</script></head><body>"
           "<div class=\"header\"><ul class=\"nav\">");
    for (int i = 0; i < 60; i++)
        append(&b, &n, &cap, "<li><a href=\"/channel\">频道导航</a></li>");
    append(&b, &n, &cap,
           "</ul></div><div class=\"wrap\"><div class=\"article\"><h1>上市公司半年报综述</h1>"
           "<p class=\"info\">2024年09月24日 08:00 来源：证券时报</p>");
    size_t body_target = target * 6 / 10;
    int k = 0;
    while (n < body_target) {
        if (k++ % 2)
            append(
                &b, &n, &cap,
                "<p>　　宁德时代（300750）8月1日晚间披露半年报，公司上半年实现营业收入1667.67亿元，"
                "同比下降11.88%；实现归母净利润228.65亿元，同比增长10.37%。公司表示，"
                "报告期内动力电池使用量市占率为37.5%，储能电池出货量继续保持全球第一。</p>");
        else
            append(&b, &n, &cap,
                   "<p>Shares of <a href=\"/q/acme\">Acme Corp</a> rose 12% on Monday after the "
                   "company reported record quarterly revenue of $1.2 billion, beating analysts' "
                   "estimates, and raised its full-year outlook, citing strong demand.</p>");
    }
    append(&b, &n, &cap, "<p>责任编辑：李四</p></div><div class=\"sidebar related\"><ul>");
    while (n < body_target + (target - body_target) / 2)
        append(&b, &n, &cap, "<li><a href=\"/news/1\">相关阅读：另一条新闻的标题在这里</a></li>");
    append(&b, &n, &cap, "</ul></div><div id=\"comments\">");
    while (n < target - 300)
        append(&b, &n, &cap, "<div class=\"comment\"><span>网友</span><p>说得好，支持！</p></div>");
    append(&b, &n, &cap,
           "</div></div><div class=\"footer\">版权所有 © 2024 财经网</div>"
           "</body></html>");
    *len = n;
    return b;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = NULL;
    size_t n = 0, cap = 0;
    char chunk[65536];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (n + r + 1 > cap) {
            cap = (n + r + 1) * 2;
            b = gl_realloc(b, cap);
        }
        memcpy(b + n, chunk, r);
        n += r;
    }
    fclose(f);
    *len = n;
    return b;
}

static void bench(const char *name, const char *page, size_t len)
{
    enum { RUNS = 41 };
    double base[RUNS], ext[RUNS];
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
               HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    size_t body = 0;
    for (int i = 0; i < RUNS; i++) {
        double t0 = bench_cpu();
        xmlDoc *d = htmlReadMemory(page, (int)len, NULL, "UTF-8", opts);
        xmlFreeDoc(d);
        double t1 = bench_cpu();
        gx_html_result r;
        gl_error err;
        if (gx_html_extract(page, len, NULL, &r, &err) == 0) {
            body = strlen(r.body);
            gx_html_result_cleanup(&r);
        }
        double t2 = bench_cpu();
        base[i] = (t1 - t0) * 1000;
        ext[i] = (t2 - t1) * 1000;
    }
    qsort(base, RUNS, sizeof *base, cmp_d);
    qsort(ext, RUNS, sizeof *ext, cmp_d);
    printf("%-28s %7.1f KB  parse-only %6.3f ms  gx_html_extract %6.3f ms  ratio %.2fx  "
           "body %zu B\n",
           name, (double)len / 1024, base[RUNS / 2], ext[RUNS / 2], ext[RUNS / 2] / base[RUNS / 2],
           body);
}

int main(int argc, char **argv)
{
    xmlInitParser();
    if (argc < 2) {
        size_t len;
        char *page = synthetic_page(100 * 1024, &len);
        bench("synthetic-100KB", page, len);
        free(page);
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *page = read_file(argv[i], &len);
        if (!page) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 1;
        }
        const char *base = strrchr(argv[i], '/');
        bench(base ? base + 1 : argv[i], page, len);
        free(page);
    }
    return 0;
}
