/* engine_bench.c — in-process speed of the whole engine over a JSON-lines corpus of articles
 * ({"title", "text"} per line, e.g. ../shared/data/zh-finance-news-2018/articles.jsonl), on one
 * thread (= per core). In the same run it measures, over the same bytes:
 *   - a plain UTF-8 validation pass (the reference: the cheapest thing that touches every byte),
 *   - the text stages alone (decode + NFKC + paragraphs + structure + JSON, no lexicon/tagger/
 *     rules/events),
 *   - the full pipeline (gx_extract_dumps: exactly what POST /v1/extract runs, up to the
 *     bytes of the answer),
 * and prints MB/s, articles/s and the ratios, the process RSS after loading the engine, and
 * the time of each stage over one more pass. Every figure is given twice: by wall time and by
 * the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), which is what "per core" means on a shared,
 * loaded machine (wall time also counts the time other processes held the core). The stage
 * "tagger" of the breakdown is the tagger alone (gx_tagger_propose over every sentence).
 *
 * It ends with one line comparing the full engine's MB/s per core with the 10 MB/s target.
 *
 *   engine_bench ARTICLES.jsonl [--repeat N] [--data-dir DIR] [--verify] [--stage-passes N] [--isolate N]
 * --stage-passes N averages the per-stage breakdown over N passes (default 1). --isolate N
 * only times the quantity, event, JSON and lexicon stages, the entity rules' hit index and
 * the text stages alone, N rounds each (see isolate()).
 * --verify also checks, for every article, that gx_extract_dumps() gives exactly the bytes of
 * json_dumps(gx_extract(), GX_JSON_FLAGS) and times that jansson path (exit 1 on a mismatch).
 * Exits 0 with a message when the corpus is absent (the benchmark data is not part of the repo). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_clock.h"
#include "gl_alloc.h"
#include "gx.h"
#include "gx_article_json.h"
#include "gx_engine_impl.h" /* the stages' data, for the per-stage breakdown only */
#include "gx_entities.h"
#include "gx_entity_util.h"
#include "gx_events.h"
#include "gx_lexicon.h"
#include "gx_normalize.h"
#include "gx_quantity.h"
#include "gx_structure.h"
#include "gx_structure_boiler.h"
#include "gx_tagger.h"
#include "bench_corpus.h"

typedef bench_doc doc;

/* Decode, normalize and split a document into its articles' parts, as gx_extract does; the
 * paragraphs and parts live in arena a. Returns the number of parts. */
static int split_doc(gx_arena *a, const doc *d, gx_para_vec *pv, gx_part **parts)
{
    gx_cps cps = {0};
    gx_normalize_decode(a, d->text, d->len, 0, &cps);
    *pv = (gx_para_vec){0};
    gx_normalize_paragraphs(a, &cps, false, true, pv);
    return gx_structure_split(a, pv, false, parts);
}

/* Text stages only: what gx_extract does before the lexicon and after the events. */
static size_t text_stages(const doc *d)
{
    gx_arena *a = gx_arena_new();
    gx_para_vec pv;
    gx_part *parts;
    int np = split_doc(a, d, &pv, &parts);
    gx_structure_opts o = {.title = d->title, .find_title = true};
    size_t n = 0;
    for (int i = 0; i < np; i++) {
        gx_article *art = gx_article_new();
        if (gx_structure_build(art, &pv, parts[i], &o) == 0) {
            gx_jwriter w;
            gx_jw_init(&w);
            gx_article_json_write(art, &w);
            n += w.n;
            gx_jw_cleanup(&w);
        }
        gx_article_free(art);
    }
    gx_arena_free(a);
    return n;
}

/* Seconds spent in each stage, summed over a pass: structure (decode to sentences), lexicon,
 * tagger, quantities, entity rules, resolution, events, JSON. */
enum { ST_TEXT, ST_LEX, ST_TAG, ST_QTY, ST_RULES, ST_RESOLVE, ST_EVENTS, ST_JSON, ST__N };
static const char *const STAGE_NAMES[ST__N] = {"text+structure", "lexicon",      "tagger",
                                               "quantities",     "entity rules", "resolution",
                                               "events",         "json"};

/* One stage boundary: adds the CPU and wall time since the previous mark to stage k. */
typedef struct mark {
    double c, w;
} mark;
static void lap(mark *m, double *tc, double *tw, int k)
{
    double c = bench_cpu(), w = bench_wall();
    tc[k] += c - m->c;
    tw[k] += w - m->w;
    m->c = c;
    m->w = w;
}

static void stage_pass(const gx_engine *eng, const doc *d, double *t, double *tw)
{
    mark mk = {bench_cpu(), bench_wall()};
    gx_arena *a = gx_arena_new();
    gx_para_vec pv;
    gx_part *parts;
    int np = split_doc(a, d, &pv, &parts);
    gx_structure_opts o = {.title = d->title, .find_title = true};
    for (int i = 0; i < np; i++) {
        gx_article *art = gx_article_new();
        if (gx_structure_build(art, &pv, parts[i], &o) < 0) {
            gx_article_free(art);
            continue;
        }
        lap(&mk, t, tw, ST_TEXT);
        uint32_t *saved = gx_structure_boiler_mask(art); /* as gx_engine.c's run_stages */
        gx_lexicon_scan(eng->lexicon, art);
        lap(&mk, t, tw, ST_LEX);
        gx_tagger_propose(eng->tagger, art);
        lap(&mk, t, tw, ST_TAG);
        gx_quantities_find(eng->quantities, art);
        lap(&mk, t, tw, ST_QTY);
        gx_entity_rules(eng, art);
        lap(&mk, t, tw, ST_RULES);
        gx_resolve(eng, art);
        lap(&mk, t, tw, ST_RESOLVE);
        gx_events_find(eng, art);
        gx_structure_boiler_restore(art, saved);
        lap(&mk, t, tw, ST_EVENTS);
        gx_jwriter w;
        gx_jw_init(&w);
        gx_article_json_write(art, &w);
        gx_jw_cleanup(&w);
        gx_article_free(art);
        lap(&mk, t, tw, ST_JSON);
    }
    gx_arena_free(a);
    lap(&mk, t, tw, ST_TEXT);
}

/* --isolate N: every article through the pipeline once, kept in memory; then N rounds of one
 * stage at a time over all of them (no other stage in between: lower noise for comparing two
 * versions of a stage; every article's data is live at once, so its memory is mostly not in
 * the cache, as in the pipeline where the tagger evicts it). Prints ms per pass. */
static void isolate(const gx_engine *eng, const doc *docs, size_t n, int rounds)
{
    gx_article **arts = gl_calloc(n * 4 + 1, sizeof *arts);
    gx_arena **arenas = gl_calloc(n + 1, sizeof *arenas);
    size_t na = 0;
    for (size_t i = 0; i < n; i++) {
        gx_arena *a = arenas[i] = gx_arena_new();
        gx_para_vec pv;
        gx_part *parts;
        int np = split_doc(a, &docs[i], &pv, &parts);
        gx_structure_opts o = {.title = docs[i].title, .find_title = true};
        for (int k = 0; k < np && na < n * 4; k++) {
            gx_article *art = gx_article_new();
            if (gx_structure_build(art, &pv, parts[k], &o) < 0) {
                gx_article_free(art);
                continue;
            }
            gx_lexicon_scan(eng->lexicon, art);
            gx_tagger_propose(eng->tagger, art);
            gx_quantities_find(eng->quantities, art);
            gx_entity_rules(eng, art);
            gx_resolve(eng, art);
            gx_events_find(eng, art);
            arts[na++] = art;
        }
    }
    double tq = 0, te = 0, tj = 0, tt = 0, tl = 0, th = 0, tx = 0;
    for (int r = 0; r < rounds; r++) {
        double c0 = bench_cpu();
        for (size_t i = 0; i < na; i++) {
            arts[i]->quantities.n = 0;
            gx_quantities_find(eng->quantities, arts[i]);
        }
        double c1 = bench_cpu();
        for (size_t i = 0; i < na; i++) {
            arts[i]->events.n = 0;
            gx_events_find(eng, arts[i]);
        }
        double c2 = bench_cpu();
        for (size_t i = 0; i < na; i++) {
            gx_jwriter w;
            gx_jw_init(&w);
            gx_article_json_write(arts[i], &w);
            gx_jw_cleanup(&w);
        }
        double c3 = bench_cpu();
        for (size_t i = 0; i < na; i++) { /* the same bytes the jansson way: tree, then dump */
            json_t *j = gx_article_json(arts[i]);
            free(json_dumps(j, GX_JSON_FLAGS));
            json_decref(j);
        }
        double c4 = bench_cpu();
        for (size_t i = 0; i < na; i++) {
            /* the scan rewrites the same gazetteer candidates at the front of the list */
            int keep = arts[i]->candidates.n;
            arts[i]->candidates.n = 0;
            gx_lexicon_scan(eng->lexicon, arts[i]);
            arts[i]->candidates.n = keep;
        }
        double c5 = bench_cpu();
        for (size_t i = 0; i < na; i++) {
            gx_hit_index ix;
            gx_hit_index_build(&ix, eng->lexicon, arts[i]);
        }
        double c6 = bench_cpu();
        for (size_t i = 0; i < n; i++) {
            gx_arena *a = gx_arena_new();
            gx_para_vec pv;
            gx_part *parts;
            int np = split_doc(a, &docs[i], &pv, &parts);
            gx_structure_opts o = {.title = docs[i].title, .find_title = true};
            for (int k = 0; k < np; k++) {
                gx_article *art = gx_article_new();
                gx_structure_build(art, &pv, parts[k], &o);
                gx_article_free(art);
            }
            gx_arena_free(a);
        }
        double c7 = bench_cpu();
        tq += c1 - c0, te += c2 - c1, tj += c3 - c2, tt += c4 - c3;
        tl += c5 - c4, th += c6 - c5, tx += c7 - c6;
    }
    printf("  isolated stages (%d rounds, one stage at a time), ms CPU per pass: quantities %.2f, events "
           "%.2f, json %.2f (jansson tree + json_dumps of the same: %.2f), lexicon scan %.2f, hit index "
           "(entity rules) %.2f, text+structure %.2f\n",
           rounds, tq * 1e3 / rounds, te * 1e3 / rounds, tj * 1e3 / rounds, tt * 1e3 / rounds,
           tl * 1e3 / rounds, th * 1e3 / rounds, tx * 1e3 / rounds);
    for (size_t i = 0; i < na; i++)
        gx_article_free(arts[i]);
    for (size_t i = 0; i < n; i++)
        gx_arena_free(arenas[i]);
    free(arts);
    free(arenas);
}

int main(int argc, char **argv)
{
    const char *path = NULL, *data_dir = NULL;
    int repeat = 3, stage_passes = 1, isolate_rounds = 0;
    bool verify = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(argv[i], "--verify"))
            verify = true;
        else if (!strcmp(argv[i], "--stage-passes") && i + 1 < argc)
            stage_passes = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--isolate") && i + 1 < argc)
            isolate_rounds = atoi(argv[++i]);
        else if (!path)
            path = argv[i];
        else {
            fprintf(stderr, "usage: engine_bench ARTICLES.jsonl [--repeat N] [--data-dir DIR] [--verify] [--stage-passes N] [--isolate N]\n");
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "usage: engine_bench ARTICLES.jsonl [--repeat N] [--data-dir DIR] [--verify] [--stage-passes N] [--isolate N]\n");
        return 2;
    }
    if (repeat < 1)
        repeat = 1;
    bench_corpus corpus;
    int got = bench_corpus_load(path, &corpus);
    if (got <= 0) {
        if (got == 0)
            printf("engine_bench: %s not found; skipping (the corpus is not part of the repository)\n",
                   path);
        return got == 0 ? 0 : 1;
    }
    const doc *docs = corpus.docs;
    size_t n = corpus.n, bytes = corpus.bytes;

    long rss0 = bench_rss_kb();
    double t0 = bench_wall();
    gl_error err;
    gl_error_clear(&err);
    gx_engine *eng = gx_engine_new(data_dir, &err);
    if (!eng) {
        fprintf(stderr, "engine_bench: engine: %s\n", err.message);
        return 1;
    }
    double load = bench_wall() - t0;
    long rss1 = bench_rss_kb();
    if (isolate_rounds > 0) {
        isolate(eng, docs, n, isolate_rounds);
        bench_corpus_free(&corpus);
        gx_engine_free(eng);
        return 0;
    }

    /* reference: UTF-8 validation over the same bytes */
    int vrep = repeat * 20;
    double c0 = bench_cpu();
    t0 = bench_wall();
    int bad = 0;
    for (int r = 0; r < vrep; r++)
        for (size_t i = 0; i < n; i++)
            bad += gx_utf8_validate(docs[i].text, docs[i].len, NULL) != 0;
    double tv = (bench_wall() - t0) / vrep, cv = (bench_cpu() - c0) / vrep;

    /* text stages */
    size_t sink = 0;
    c0 = bench_cpu();
    t0 = bench_wall();
    for (int r = 0; r < repeat; r++)
        for (size_t i = 0; i < n; i++)
            sink += text_stages(&docs[i]);
    double tt = (bench_wall() - t0) / repeat, ct = (bench_cpu() - c0) / repeat;

    /* full pipeline */
    int failed = 0;
    size_t out_articles = 0, out_bytes = 0;
    c0 = bench_cpu();
    t0 = bench_wall();
    for (int r = 0; r < repeat; r++)
        for (size_t i = 0; i < n; i++) {
            gx_input in = gx_input_default();
            in.body = docs[i].text;
            in.len = docs[i].len;
            in.format = GX_FORMAT_TEXT;
            in.title = docs[i].title;
            size_t olen = 0;
            char *res = gx_extract_dumps(eng, &in, &olen, NULL, &err);
            if (!res)
                failed++;
            else
                out_articles++;
            out_bytes += olen;
            free(res);
        }
    double tf = (bench_wall() - t0) / repeat, cf = (bench_cpu() - c0) / repeat;
    long rss2 = bench_rss_kb();

    /* --verify: the jansson path (tree + json_dumps) must give the same bytes; timed too */
    int mismatched = 0;
    double cj = 0;
    if (verify) {
        c0 = bench_cpu();
        for (size_t i = 0; i < n; i++) {
            gx_input in = gx_input_default();
            in.body = docs[i].text;
            in.len = docs[i].len;
            in.format = GX_FORMAT_TEXT;
            in.title = docs[i].title;
            json_t *tree = gx_extract(eng, &in, &err);
            char *a = tree ? json_dumps(tree, GX_JSON_FLAGS) : NULL;
            json_decref(tree);
            char *b = gx_extract_dumps(eng, &in, NULL, NULL, &err);
            if ((a == NULL) != (b == NULL) || (a && strcmp(a, b))) {
                if (mismatched++ < 3)
                    fprintf(stderr, "engine_bench: article %zu: direct JSON differs from json_dumps\n", i);
            }
            free(a);
            free(b);
        }
        cj = bench_cpu() - c0;
    }

    /* per-stage breakdown (one pass) */
    double st[ST__N] = {0}, stw[ST__N] = {0};
    if (stage_passes < 1)
        stage_passes = 1;
    for (int r = 0; r < stage_passes; r++)
        for (size_t i = 0; i < n; i++)
            stage_pass(eng, &docs[i], st, stw);
    for (int k = 0; k < ST__N; k++)
        st[k] /= stage_passes, stw[k] /= stage_passes;

    double mb = (double)bytes / 1e6;
    printf("engine_bench: %zu articles, %.2f MB of UTF-8 text, %d repeats, 1 thread\n", n, mb,
           repeat);
    printf("  engine load          %8.1f ms   RSS %.1f MB -> %.1f MB after load (%.1f MB after the "
           "run)\n",
           load * 1e3, rss0 / 1024.0, rss1 / 1024.0, rss2 / 1024.0);
    printf("  MB/s per core, by CPU time of the thread (by wall time in brackets):\n");
    printf("  utf8 validation      %8.1f MB/s  (%.1f)  reference\n", mb / cv, mb / tv);
    printf("  text stages only     %8.1f MB/s  (%.1f)  %9.0f articles/s  = %.3f x validation\n", mb / ct, mb / tt,
           n / ct, cv / ct);
    printf("  full engine          %8.1f MB/s  (%.1f)  %9.0f articles/s  = %.3f x validation\n", mb / cf, mb / tf,
           n / cf, cv / cf);
    double total = 0, totalw = 0;
    for (int k = 0; k < ST__N; k++)
        total += st[k], totalw += stw[k];
    printf("  per stage (mean of %d more pass(es), %.1f ms CPU, %.1f ms wall):\n", stage_passes,
           total * 1e3, totalw * 1e3);
    for (int k = 0; k < ST__N; k++)
        printf("    %-16s %8.1f ms CPU  %5.1f%%  %8.1f MB/s  (wall %.1f ms, %.1f MB/s)\n", STAGE_NAMES[k],
               st[k] * 1e3, total > 0 ? 100 * st[k] / total : 0, st[k] > 0 ? mb / st[k] : 0, stw[k] * 1e3,
               stw[k] > 0 ? mb / stw[k] : 0);
    printf("  tagger alone (stage above): %.1f MB/s per core by CPU time = %.4f x validation\n",
           st[ST_TAG] > 0 ? mb / st[ST_TAG] : 0, st[ST_TAG] > 0 ? cv / st[ST_TAG] : 0);
    printf("  failures %d, documents answered %zu per pass (%.2f MB of JSON), invalid inputs %d "
           "(sink %zu)\n",
           failed, out_articles / (size_t)repeat, (double)out_bytes / repeat / 1e6, bad / vrep,
           sink ? (size_t)1 : (size_t)0);
    if (verify)
        printf("  verify: %d of %zu answers differ from json_dumps(gx_extract()); that jansson path "
               "(both, one pass) %.1f ms CPU\n",
               mismatched, n, cj * 1e3);
    printf("  TARGET full engine %.1f MB/s per core (CPU time) vs 10 MB/s: %s (%.2f x target; "
           "%.0f ms per pass, target <= %.0f ms)\n",
           mb / cf, mb / cf >= 10.0 ? "MET" : "NOT MET", mb / cf / 10.0, cf * 1e3, mb / 10.0 * 1e3);
    bench_corpus_free(&corpus);
    gx_engine_free(eng);
    return failed || mismatched ? 1 : 0;
}
