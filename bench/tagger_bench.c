/* tagger_bench.c — speed of the trained tagger alone, in MB/s of UTF-8 text per core, beside a
 * plain UTF-8 validation pass over the same bytes measured in the same run.
 *
 *   tagger-bench [articles.jsonl] [--data-dir DIR] [--rounds N]
 *
 * Default corpus: ../shared/data/zh-finance-news-2018/articles.jsonl (the "text" of each line);
 * skipped with a message when absent. The text is decoded to code points and cut into
 * sentences (。！？; and newlines) beforehand, as the engine hands sentences to the tagger; the
 * timed part is gx_tagger_decode() with margins (what gx_tagger_propose() runs). One thread.
 * Times are taken both by the wall clock and by the thread's CPU time (CLOCK_THREAD_CPUTIME_ID);
 * on a shared, loaded machine the CPU time is the fair "per core" figure. Best of N rounds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_clock.h"
#include "bench_corpus.h"
#include "gl_alloc.h"
#include "gl_error.h"
#include "gx.h"
#include "gx_tagger_model.h"
#include "gx_utf8.h"

#ifndef GX_DEFAULT_DATA_DIR
#define GX_DEFAULT_DATA_DIR "data"
#endif
#define DEFAULT_CORPUS "../shared/data/zh-finance-news-2018/articles.jsonl"

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0, k;
    unsigned char *d = gl_malloc(cap);
    while ((k = fread(d + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            d = gl_realloc(d, cap *= 2);
    }
    fclose(f);
    *len = n;
    return d;
}

static int is_break(uint32_t c)
{
    return c == '\n' || c == 0x3002 || c == '!' || c == '?' || c == ';' || c == 0xFF01 || c == 0xFF1F ||
           c == 0xFF1B;
}

int main(int argc, char **argv)
{
    const char *corpus = NULL, *data_dir = GX_DEFAULT_DATA_DIR;
    int rounds = 3, phases = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--phases"))
            phases = 1;
        else if (argv[i][0] != '-')
            corpus = argv[i];
        else {
            fprintf(stderr, "usage: tagger-bench [articles.jsonl] [--data-dir DIR] [--rounds N] [--phases]\n");
            return 2;
        }
    }
    if (rounds < 1)
        rounds = 1;
    if (!corpus)
        corpus = getenv("GLEANER_BENCH_CORPUS") ? getenv("GLEANER_BENCH_CORPUS") : DEFAULT_CORPUS;
    bench_corpus corpus_docs;
    int got = bench_corpus_load(corpus, &corpus_docs);
    if (got <= 0) {
        if (got == 0)
            printf("tagger-bench: SKIPPED: corpus %s not found\n", corpus);
        return got == 0 ? 0 : 1;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/tagger/model.bin", data_dir);
    size_t mlen = 0;
    unsigned char *img = slurp(path, &mlen);
    gl_error err;
    gl_error_clear(&err);
    gx_tagger_model *m = img ? gx_tagger_model_parse(img, mlen, &err) : NULL;
    free(img);
    if (!m) {
        fprintf(stderr, "tagger-bench: cannot load %s: %s\n", path, img ? err.message : "missing");
        bench_corpus_free(&corpus_docs);
        return 1;
    }

    /* Concatenate the articles' text (UTF-8) and decode it once into code points. */
    size_t tlen = corpus_docs.bytes;
    char *text = gl_malloc(tlen + 1);
    int narticles = (int)corpus_docs.n;
    for (size_t i = 0, at = 0; i < corpus_docs.n; i++) {
        memcpy(text + at, corpus_docs.docs[i].text, corpus_docs.docs[i].len);
        at += corpus_docs.docs[i].len;
    }
    bench_corpus_free(&corpus_docs);
    uint32_t *cp = gl_malloc(sizeof *cp * (tlen + 1));
    int32_t got_cps = gx_utf8_to_cps(text, tlen, cp, (int32_t)tlen);
    if (got_cps < 0) {
        fprintf(stderr, "tagger-bench: corpus is not UTF-8\n");
        return 1;
    }
    size_t ncp = (size_t)got_cps;
    for (size_t i = 0; i < ncp; i++)
        cp[i] = gx_tagger_nfkc1(cp[i]);

    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    gx_tagger_span *spans = gl_malloc(sizeof *spans * GX_TAGGER_MAX_SENT);
    double best_tag = 1e30, best_utf = 1e30, cbest_tag = 1e30, cbest_utf = 1e30;
    long nspans = 0, nsent = 0;
    for (int r = 0; r < rounds; r++) {
        double c0 = bench_cpu(), t0 = bench_wall();
        nspans = nsent = 0;
        size_t a = 0;
        for (size_t i = 0; i <= ncp; i++) {
            if (i == ncp || is_break(cp[i]) || i - a >= 512) {
                size_t e = i < ncp ? i + 1 : i;
                if (e > a) {
                    int n = gx_tagger_decode(m, &sc, cp + a, (int)(e - a), spans, GX_TAGGER_MAX_SENT, 1);
                    nspans += n;
                    nsent++;
                }
                a = e;
            }
        }
        double t1 = bench_wall(), c1 = bench_cpu();
        if (t1 - t0 < best_tag)
            best_tag = t1 - t0;
        if (c1 - c0 < cbest_tag)
            cbest_tag = c1 - c0;
        /* the reference: strict UTF-8 validation of the same bytes (repeated to be measurable) */
        int reps = 50;
        double v0 = bench_cpu(), u0 = bench_wall();
        for (int k = 0; k < reps; k++)
            if (gx_utf8_validate(text, tlen, &err) < 0) {
                fprintf(stderr, "tagger-bench: corpus is not UTF-8\n");
                return 1;
            }
        double u1 = bench_wall(), v1 = bench_cpu();
        if ((u1 - u0) / reps < best_utf)
            best_utf = (u1 - u0) / reps;
        if ((v1 - v0) / reps < cbest_utf)
            cbest_utf = (v1 - v0) / reps;
    }
    double mb = (double)tlen / 1e6;
    /* --phases: CPU time of the parts, best of the rounds: the per-sentence preparation alone
     * (characters, classes, lexicon codes), then decoding without and with margins */
    double ph[3] = {1e30, 1e30, 1e30};
    for (int r = 0; phases && r < rounds; r++) {
        for (int mode = 0; mode < 3; mode++) {
            double c0 = bench_cpu();
            size_t a = 0;
            for (size_t i = 0; i <= ncp; i++) {
                if (i == ncp || is_break(cp[i]) || i - a >= 512) {
                    size_t e = i < ncp ? i + 1 : i;
                    if (e > a && mode == 0)
                        gx_tagger_scratch_fill(&sc, &m->lex, cp + a, (int)(e - a));
                    else if (e > a)
                        gx_tagger_decode(m, &sc, cp + a, (int)(e - a), spans, GX_TAGGER_MAX_SENT, mode == 2);
                    a = e;
                }
            }
            double c1 = bench_cpu();
            if (c1 - c0 < ph[mode])
                ph[mode] = c1 - c0;
        }
    }
    printf("tagger-bench: %s\n", corpus);
    printf("  corpus: %d articles, %.2f MB UTF-8, %zu characters, %ld sentences, %ld spans\n", narticles, mb, ncp,
           nsent, nspans);
    printf("  model: %s (%zu bytes, %d types, %u features, %u weights)\n", path, m->file_size, m->ntypes,
           m->nentries, m->nweights);
    printf("  by CPU time of the thread (best of %d):\n", rounds);
    printf("    tagger alone:          %8.2f MB/s per core (%.3f s)\n", mb / cbest_tag, cbest_tag);
    printf("    UTF-8 validation pass: %8.2f MB/s per core (same bytes, same run)\n", mb / cbest_utf);
    printf("    ratio tagger / validation: %.4f\n", cbest_utf / cbest_tag);
    if (phases)
        printf("  phases (CPU, best of %d): preparation %.3f s, + emissions and Viterbi %.3f s, + margins %.3f s\n",
               rounds, ph[0], ph[1] - ph[0], ph[2] - ph[1]);
    printf("  by wall time (best of %d):\n", rounds);
    printf("    tagger alone:          %8.2f MB/s per core (%.3f s)\n", mb / best_tag, best_tag);
    printf("    UTF-8 validation pass: %8.2f MB/s per core\n", mb / best_utf);
    printf("    ratio tagger / validation: %.4f\n", best_utf / best_tag);
    gx_tagger_scratch_cleanup(&sc);
    gx_tagger_model_free(m);
    free(spans);
    free(cp);
    free(text);
    return 0;
}
