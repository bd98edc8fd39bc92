/* entities_bench.c — speed and memory of the lexicon and the entity stages (helper entities).
 *
 *   build-x/bench/entities-bench [articles.jsonl] [data_dir] [rounds]
 *
 * Reads JSON lines with "title" and "text" (default ../shared/data/zh-finance-news-2018/
 * articles.jsonl), and measures by this thread's CPU time (per core), in the same run:
 *   - a plain UTF-8 validation pass over the same bytes (the reference),
 *   - the Aho-Corasick scan of the whole lexicon (gx_lexicon_hits),
 *   - lexicon scan + entity rules + resolution (the tagger left out: it has its own bench),
 * printing MB/s and articles/s, plus the lexicon's load time, pattern count and the process's
 * resident memory after loading (VmRSS). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_clock.h"
#include "bench_corpus.h"
#include "gl_alloc.h"
#include "gx.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_lexdata.h"
#include "gx_lexicon.h"

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "../shared/data/zh-finance-news-2018/articles.jsonl";
    const char *data = argc > 2 ? argv[2] : (getenv("GLEANER_DATA_DIR") ? getenv("GLEANER_DATA_DIR") : "data");
    int rounds = argc > 3 ? atoi(argv[3]) : 3;
    bench_corpus corpus;
    int got = bench_corpus_load(path, &corpus);
    if (got <= 0) {
        if (got == 0)
            printf("entities-bench: %s not found; skipping (the corpus is not part of the repository)\n", path);
        return got == 0 ? 0 : 1;
    }
    /* what the engine sees: the title, a blank line, the text */
    size_t ndocs = corpus.n, bytes = 0;
    char **docs = gl_malloc(sizeof *docs * ndocs);
    size_t *lens = gl_malloc(sizeof *lens * ndocs);
    for (size_t i = 0; i < ndocs; i++) {
        const bench_doc *d = &corpus.docs[i];
        size_t tl = strlen(d->title);
        docs[i] = gl_malloc(tl + 2 + d->len + 1);
        memcpy(docs[i], d->title, tl);
        memcpy(docs[i] + tl, "\n\n", 2);
        memcpy(docs[i] + tl + 2, d->text, d->len + 1);
        lens[i] = tl + 2 + d->len;
        bytes += lens[i];
    }
    bench_corpus_free(&corpus);

    long rss0 = bench_rss_kb();
    gl_error err;
    double t0 = bench_wall();
    gx_lexicon *lex = gx_lexicon_load(data, &err);
    double tload = bench_wall() - t0;
    if (!lex) {
        fprintf(stderr, "lexicon: %s\n", err.message);
        return 1;
    }
    long rss1 = bench_rss_kb();
    struct gx_engine eng;
    memset(&eng, 0, sizeof eng);
    eng.lexicon = lex;
    printf("entities-bench: %zu articles, %.2f MB, %d rounds\n", ndocs, (double)bytes / 1e6, rounds);
    printf("  lexicon: %d patterns, %d things, loaded in %.1f ms, +%.1f MB RSS (process %.1f MB)\n",
           gx_lexicon_npatterns(lex), gx_lexicon_nthings(lex), tload * 1e3, (double)(rss1 - rss0) / 1024,
           (double)rss1 / 1024);

    double best_utf8 = 1e9, best_scan = 1e9, best_all = 1e9;
    long hits = 0, ents = 0;
    for (int r = 0; r < rounds; r++) {
        t0 = bench_cpu();
        for (size_t i = 0; i < ndocs; i++)
            if (gx_utf8_validate(docs[i], lens[i], &err) < 0)
                return 1;
        double t = bench_cpu() - t0;
        best_utf8 = t < best_utf8 ? t : best_utf8;

        hits = 0;
        t0 = bench_cpu();
        for (size_t i = 0; i < ndocs; i++) {
            gx_article *a = gx_article_new();
            gx_article_set_text(a, docs[i], (int32_t)lens[i]);
            int n;
            gx_lexicon_hits(lex, a, &n);
            hits += n;
            gx_article_free(a);
        }
        t = bench_cpu() - t0;
        best_scan = t < best_scan ? t : best_scan;

        ents = 0;
        t0 = bench_cpu();
        for (size_t i = 0; i < ndocs; i++) {
            gx_article *a = gx_article_new();
            gx_article_set_text(a, docs[i], (int32_t)lens[i]);
            gx_lexicon_scan(lex, a);
            gx_entity_rules(&eng, a);
            gx_resolve(&eng, a);
            ents += a->entities.n;
            gx_article_free(a);
        }
        t = bench_cpu() - t0;
        best_all = t < best_all ? t : best_all;
    }
    double mb = (double)bytes / 1e6;
    printf("  utf-8 validation          %8.1f MB/s\n", mb / best_utf8);
    printf("  lexicon scan (automaton)  %8.1f MB/s  %8.0f articles/s  (%.3fx utf-8; %ld hits)\n", mb / best_scan,
           (double)ndocs / best_scan, best_utf8 / best_scan, hits);
    printf("  scan + rules + resolution %8.1f MB/s  %8.0f articles/s  (%.3fx utf-8; %ld entities)\n", mb / best_all,
           (double)ndocs / best_all, best_utf8 / best_all, ents);
    for (size_t i = 0; i < ndocs; i++)
        free(docs[i]);
    free(docs);
    free(lens);
    gx_lexicon_free(lex);
    return 0;
}
