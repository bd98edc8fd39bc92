/* gx_jwriter.h — a direct JSON writer into one growing buffer, byte-compatible with jansson's
 * json_dumps(..., GX_JSON_FLAGS) (compact, insertion order, UTF-8 kept, reals as "%.15g" with
 * ".0" added to integral reals and the exponent's '+' and leading zeros dropped, strings with
 * \" \\ \b \f \n \r \t and \u00XX escapes only). The engine serializes articles with it
 * (gx_article_json_write) instead of building a jansson tree and dumping it.
 *
 *   gx_jwriter w; gx_jw_init(&w);
 *   gx_jw_obj_open(&w); gx_jw_key(&w, "n"); gx_jw_int(&w, 3); gx_jw_obj_close(&w);
 *   char *s = gx_jw_steal(&w, &len);   // heap, caller free()s
 *
 * Commas are handled by the writer: gx_jw_key() and every value put one where needed. */
#ifndef GX_JWRITER_H
#define GX_JWRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct gx_jwriter {
    char *p;
    size_t n, cap;
    bool comma; /* the next value or key needs a ',' first */
} gx_jwriter;

void gx_jw_init(gx_jwriter *w);
void gx_jw_cleanup(gx_jwriter *w); /* frees the buffer (NULL-safe on an initialized writer) */
/* Hands the NUL-terminated buffer to the caller (free()); the writer is left empty. */
char *gx_jw_steal(gx_jwriter *w, size_t *len);

/* Grows the buffer to hold `more` bytes beyond w->n (the slow path of gx_jw_reserve). */
void gx_jw_grow(gx_jwriter *w, size_t more);

/* The small writers are inline: an article is thousands of keys, brackets and numbers. */
static inline void gx_jw_reserve(gx_jwriter *w, size_t more)
{
    if (w->n + more > w->cap)
        gx_jw_grow(w, more);
}

/* bytes as they are, no comma logic */
static inline void gx_jw_raw(gx_jwriter *w, const char *s, size_t n)
{
    gx_jw_reserve(w, n);
    memcpy(w->p + w->n, s, n);
    w->n += n;
}

/* The separator before a value (or key) and the state after it. */
static inline void gx_jw_sep(gx_jwriter *w)
{
    if (w->comma) {
        gx_jw_reserve(w, 1);
        w->p[w->n++] = ',';
    }
    w->comma = true;
}

static inline void gx_jw_open(gx_jwriter *w, char c)
{
    gx_jw_sep(w);
    gx_jw_reserve(w, 1);
    w->p[w->n++] = c;
    w->comma = false;
}

static inline void gx_jw_close(gx_jwriter *w, char c)
{
    gx_jw_reserve(w, 1);
    w->p[w->n++] = c;
    w->comma = true;
}

static inline void gx_jw_obj_open(gx_jwriter *w) { gx_jw_open(w, '{'); }
static inline void gx_jw_obj_close(gx_jwriter *w) { gx_jw_close(w, '}'); }
static inline void gx_jw_arr_open(gx_jwriter *w) { gx_jw_open(w, '['); }
static inline void gx_jw_arr_close(gx_jwriter *w) { gx_jw_close(w, ']'); }

/* A key (plain ASCII needing no escapes) of n bytes; the value follows without a separator. */
static inline void gx_jw_keyn(gx_jwriter *w, const char *key, size_t n)
{
    gx_jw_reserve(w, n + 4);
    if (w->comma)
        w->p[w->n++] = ',';
    w->p[w->n++] = '"';
    memcpy(w->p + w->n, key, n);
    w->n += n;
    w->p[w->n++] = '"';
    w->p[w->n++] = ':';
    w->comma = false;
}

static inline void gx_jw_key(gx_jwriter *w, const char *key)
{
    gx_jw_keyn(w, key, strlen(key));
}

/* A key that is a string literal (its length known at compile time). */
#define GX_JW_KEY(w, lit) gx_jw_keyn((w), "" lit, sizeof(lit) - 1)

static inline void gx_jw_null(gx_jwriter *w)
{
    gx_jw_sep(w);
    gx_jw_raw(w, "null", 4);
}

void gx_jw_int(gx_jwriter *w, long long v);
void gx_jw_real(gx_jwriter *w, double v); /* finite values only (jansson has no NaN/inf) */
/* A string value of n bytes (valid UTF-8, not checked); s may hold NUL bytes. */
void gx_jw_strn(gx_jwriter *w, const char *s, size_t n);

/* Whether NUL-terminated s is valid UTF-8 the way json_string() checks it. */
bool gx_jw_utf8_ok(const char *s);

#endif
