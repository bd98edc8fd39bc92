/* bench_corpus.h — the article corpus the benchmarks read: a JSON-lines file with one
 * {"id", "title", "text", "published"} object per line (../shared/data/zh-finance-news-2018/articles.jsonl).
 * Lines without a non-empty "text" are skipped. */
#ifndef BENCH_CORPUS_H
#define BENCH_CORPUS_H

#include <stddef.h>

typedef struct bench_doc {
    char *id;    /* "" when the line has none */
    char *title; /* "" when the line has none */
    char *published; /* "" when the line has none */
    char *text;
    size_t len;  /* strlen(text) */
} bench_doc;

typedef struct bench_corpus {
    bench_doc *docs;
    size_t n;
    size_t bytes; /* sum of the texts' lengths */
} bench_corpus;

/* Reads PATH into *OUT (owned by the caller; free with bench_corpus_free). Returns 1 when
 * articles were read, 0 when the file does not exist (the corpus is not part of the repository:
 * benchmarks print a skip line and exit 0), -1 when it exists but holds no article, with a
 * message on stderr. */
int bench_corpus_load(const char *path, bench_corpus *out);
void bench_corpus_free(bench_corpus *c);

#endif
