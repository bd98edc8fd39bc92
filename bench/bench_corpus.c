/* bench_corpus.c — reading the JSON-lines article corpus shared by the benchmarks. */
#include "bench_corpus.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

static char *field(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return gl_strdup(s ? s : "");
}

int bench_corpus_load(const char *path, bench_corpus *out)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno == ENOENT)
            return 0;
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t ll;
    while ((ll = getline(&line, &lcap, f)) > 0) {
        json_t *o = json_loadb(line, (size_t)ll, 0, NULL);
        const char *t = json_string_value(json_object_get(o, "text"));
        if (t && *t) {
            if (out->n == cap)
                out->docs = gl_realloc(out->docs, sizeof *out->docs * (cap = cap ? cap * 2 : 256));
            bench_doc *d = &out->docs[out->n++];
            d->id = field(o, "id");
            d->title = field(o, "title");
            d->published = field(o, "published");
            d->text = gl_strdup(t);
            d->len = strlen(t);
            out->bytes += d->len;
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
    if (!out->n) {
        fprintf(stderr, "%s: no article with a \"text\"\n", path);
        return -1;
    }
    return 1;
}

void bench_corpus_free(bench_corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->docs[i].id);
        free(c->docs[i].title);
        free(c->docs[i].published);
        free(c->docs[i].text);
    }
    free(c->docs);
    memset(c, 0, sizeof *c);
}
