/* qty_probe.c — run the quantity stage alone over text and print or time what it finds.
 *
 *   qty_probe [--published YYYY-MM-DD] < article.txt          print quantities of one text
 *   (every form takes --data-dir DIR: the word lists' data directory, default "data")
 *   qty_probe --jsonl FILE [--limit N] [--field text]           print per JSONL document
 *   qty_probe --jsonl FILE --bench [--rounds R]                  MB/s of gx_quantities_find
 *
 * Each text is NFKC-normalized with utf8proc first (as the engine's normalizer does; the page-
 * break repair is not done) and the timing covers gx_quantities_find() alone, in CPU time.
 * A development and measurement tool (docs/quantities.md), not part of the product. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

#include "gx_article.h"
#include "gx_quantity.h"

/* A new article holding the NFKC form of s (CR removed). Free with gx_article_free(). */
static gx_article *article_of(const char *s)
{
    gx_article *art = gx_article_new();
    utf8proc_uint8_t *norm = utf8proc_NFKC((const utf8proc_uint8_t *)s);
    const char *t = norm ? (const char *)norm : s;
    size_t n = strlen(t);
    char *buf = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; buf && i < n; i++)
        if (t[i] != '\r')
            buf[k++] = t[i];
    if (buf)
        gx_article_set_text(art, buf, (int32_t)k);
    free(buf);
    free(norm);
    return art;
}

static void print_quantities(const gx_article *art)
{
    for (int k = 0; k < art->quantities.n; k++) {
        const gx_quantity *q = &art->quantities.v[k];
        const char *text = gx_article_span_text(art, q->span);
        printf("  %-7s [%d,%d) %s", gx_qty_type_name(q->type), q->span.start, q->span.end, text);
        if (q->type == GX_QTY_DATE)
            printf("  = %s", q->date);
        else
            printf("  = %.10g", q->value);
        if (q->is_range)
            printf("..%.10g", q->value_max);
        if (q->currency[0])
            printf(" %s", q->currency);
        if (q->unit)
            printf(" unit=%s", q->unit);
        if (q->qualifier)
            printf(" qual=%s", gx_qualifier_name(q->qualifier));
        if (q->has_change)
            printf(" change=%.10g", q->change);
        if (q->period)
            printf(" period=%s", q->period);
        printf("\n");
    }
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    *len = n;
    return buf;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: per core, load-independent */
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const char *jsonl = NULL, *published = NULL, *field = "text", *data_dir = "data";
    int limit = 0, rounds = 5;
    bool bench = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--jsonl") && i + 1 < argc)
            jsonl = argv[++i];
        else if (!strcmp(argv[i], "--published") && i + 1 < argc)
            published = argv[++i];
        else if (!strcmp(argv[i], "--field") && i + 1 < argc)
            field = argv[++i];
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc)
            limit = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(argv[i], "--bench"))
            bench = true;
        else {
            fprintf(stderr, "usage: qty_probe [--data-dir DIR] [--published D] < text | --jsonl FILE [--limit N] "
                            "[--field F] [--bench [--rounds R]]\n");
            return 2;
        }
    }
    gl_error err;
    gl_error_clear(&err);
    gx_qtylex *lx = gx_qtylex_load(data_dir, &err);
    if (!lx) {
        fprintf(stderr, "qty_probe: %s\n", err.message);
        return 1;
    }
    if (!jsonl) {
        size_t len;
        char *text = read_all(stdin, &len);
        if (!text)
            return 1;
        text[len] = '\0';
        gx_article *art = article_of(text);
        art->published_at = published;
        gx_quantities_find(lx, art);
        print_quantities(art);
        gx_article_free(art);
        free(text);
        gx_qtylex_free(lx);
        return 0;
    }
    FILE *f = fopen(jsonl, "r");
    if (!f) {
        perror(jsonl);
        return 1;
    }
    /* load the documents */
    int nd = 0, capd = 256;
    json_t **docs = malloc(sizeof *docs * (size_t)capd);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t ll;
    while ((ll = getline(&line, &lcap, f)) > 0 && (!limit || nd < limit)) {
        json_t *d = json_loadb(line, (size_t)ll, 0, NULL);
        if (!d || !json_is_string(json_object_get(d, field))) {
            json_decref(d);
            continue;
        }
        if (nd == capd)
            docs = realloc(docs, sizeof *docs * (size_t)(capd *= 2));
        docs[nd++] = d;
    }
    free(line);
    fclose(f);
    if (!bench) {
        for (int i = 0; i < nd; i++) {
            const char *t = json_string_value(json_object_get(docs[i], field));
            json_t *pub = json_object_get(docs[i], "published");
            gx_article *art = article_of(t);
            art->published_at = published ? published : json_string_value(pub);
            gx_quantities_find(lx, art);
            printf("# doc %d (%s)\n", i, json_string_value(json_object_get(docs[i], "title")));
            print_quantities(art);
            gx_article_free(art);
        }
    } else {
        /* set the text outside the timed region, time only the stage */
        size_t bytes = 0;
        long found = 0;
        double t = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < nd; i++) {
                const char *s = json_string_value(json_object_get(docs[i], field));
                gx_article *art = article_of(s);
                art->published_at = json_string_value(json_object_get(docs[i], "published"));
                double t0 = now();
                gx_quantities_find(lx, art);
                t += now() - t0;
                bytes += (size_t)art->text_len;
                found += art->quantities.n;
                gx_article_free(art);
            }
        }
        printf("quantity stage: %d docs x %d rounds, %.1f MB in %.3f s CPU = %.1f MB/s per core, "
               "%.1f quantities/doc\n",
               nd, rounds, bytes / 1e6, t, bytes / 1e6 / t, (double)found / rounds / nd);
    }
    for (int i = 0; i < nd; i++)
        json_decref(docs[i]);
    free(docs);
    gx_qtylex_free(lx);
    return 0;
}
