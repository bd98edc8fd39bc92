/* gx.h — the public interface of the extraction engine (libgleaner-extract).
 *
 * The engine is a pure library: no I/O after gx_engine_new() has loaded its data files, no
 * globals. One gx_engine is loaded once and shared read-only by every thread; each call to
 * gx_extract() works on its own per-call memory.
 *
 *   gl_error err;
 *   gx_engine *eng = gx_engine_new(NULL, &err);           // data dir from GLEANER_DATA_DIR or built-in
 *   gx_input in = gx_input_default();
 *   in.body = bytes; in.len = n; in.format = GX_FORMAT_MARKDOWN;
 *   json_t *res = gx_extract(eng, &in, &err);              // {"articles": [ARTICLE...]} or NULL
 *   ... json_decref(res); gx_engine_free(eng);
 *
 * The result is exactly the body of POST /v1/extract (../shared/API.md, ARTICLE without "id").
 */
#ifndef GX_H
#define GX_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "gl_error.h"

typedef struct gx_engine gx_engine;

/* How every Gleaner JSON answer is printed (server and CLI alike): compact, in insertion
 * order, UTF-8 kept readable, numbers with 15 significant digits (75.2, not 75.200000000000003). */
#define GX_JSON_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

typedef enum gx_format {
    GX_FORMAT_TEXT = 0,  /* plain text: paragraphs separated by blank lines                  */
    GX_FORMAT_MARKDOWN,  /* markdown: "# " starts an article, "## " a section              */
    GX_FORMAT_HTML,      /* a whole page or a CMS body fragment                              */
} gx_format;

typedef struct gx_input {
    const char *body;          /* the document bytes (not NUL-terminated necessarily)       */
    size_t len;
    gx_format format;
    const char *charset;       /* from the HTTP Content-Type, or NULL                        */
    const char *title;         /* NULL: find it in the body; "" : explicitly no title         */
    const char *published_at;  /* ISO 8601 date or NULL; anchors relative dates              */
    const char *source;        /* optional metadata, echoed into every article (or NULL)     */
    const char *url;
    const char *external_id;
    const char *language;      /* "zh", "en" or NULL for detection                           */
    bool split;                /* true: each top-level "# " heading starts an article        */
    /* The caller's deadline: the gx_clock_now() value (CLOCK_MONOTONIC seconds, the clock of
     * the server's srv_now()) after which the engine gives up; 0 = none. The engine reads the
     * clock between articles, between stages and between the rules of the rule drivers (never
     * per character): a stopped call returns NULL with err->status 504 and a reason naming the
     * limit, the stage and how long it ran — nothing partial. One rule runs to its end, so the
     * answer comes at most one rule's time after the deadline. */
    double deadline;
} gx_input;

/* A gx_input with every field empty, split = true and no deadline. */
gx_input gx_input_default(void);

/* The clock of gx_input.deadline: CLOCK_MONOTONIC in seconds. */
double gx_clock_now(void);

/* Load the engine's gazetteers, lexicons and model from data_dir (NULL: $GLEANER_DATA_DIR,
 * else the directory compiled in as GX_DEFAULT_DATA_DIR). Returns NULL and fills err on
 * failure. The caller owns the engine and frees it with gx_engine_free(). */
gx_engine *gx_engine_new(const char *data_dir, gl_error *err);
void gx_engine_free(gx_engine *eng);

/* Extract every article of one document. Returns a new reference to {"articles": [...]}
 * (the caller json_decref()s it), or NULL with err filled: err->status is 400 for invalid
 * UTF-8 (err->offset = byte offset), 422 when no article text is left, 415 for an
 * unsupported format, 504 when in->deadline passed before the extraction ended (the message
 * says where and after how long). */
json_t *gx_extract(const gx_engine *eng, const gx_input *in, gl_error *err);

/* The same answer as text: exactly the bytes of json_dumps(gx_extract(...), GX_JSON_FLAGS),
 * written directly without a jansson tree (several times cheaper; what a server that only
 * sends the JSON should call). Returns a NUL-terminated heap string (the caller free()s it)
 * and its length in *len and the number of articles in *n_articles (either may be NULL), or
 * NULL with err filled as gx_extract does. */
char *gx_extract_dumps(const gx_engine *eng, const gx_input *in, size_t *len, int *n_articles,
                       gl_error *err);

/* Validate UTF-8. Returns 0, or -1 with err->status 400 and err->offset the byte offset of
 * the first invalid sequence. */
int gx_utf8_validate(const char *s, size_t len, gl_error *err);

#endif
