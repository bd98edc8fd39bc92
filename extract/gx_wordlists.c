/* gx_wordlists.c — loads data/lexicon/wordlists.tsv into NULL-terminated char32_t lists
 * (gx_wordlists.h). */
#include "gx_wordlists.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_arena.h"
#include "gx_tsv.h"
#include "gx_utf8.h"

#define WL_FILE     "lexicon/wordlists.tsv"
#define WL_MAX_WORD 64 /* code points per word */

typedef struct wl_list {
    const char32_t **v; /* n words + the NULL that ends them */
    int n, cap;
    uint64_t last;
} wl_list;

struct gx_wordlists {
    gx_arena *pool; /* the words */
    wl_list lists[GX_WL__COUNT];
};

static const char *const NAMES[GX_WL__END + 1] = {
#define GX_WL_NAME(id, name) [id] = name,
    GX_WORD_LISTS(GX_WL_NAME)
#undef GX_WL_NAME
};

static int list_of(const char *name)
{
    for (int k = 0; k < GX_WL__COUNT; k++)
        if (!strcmp(NAMES[k], name))
            return k;
    return -1;
}

/* Appends the word s to list l (its NULL end kept). -1 when s is no word of 1..WL_MAX_WORD
 * code points. */
static int add_word(gx_wordlists *wl, wl_list *l, const char *s)
{
    uint32_t cps[WL_MAX_WORD + 1];
    int32_t n = gx_utf8_to_cps(s, strlen(s), cps, WL_MAX_WORD + 1);
    if (n < 1 || n > WL_MAX_WORD)
        return -1;
    char32_t *w = gx_arena_alloc(wl->pool, sizeof(char32_t) * (size_t)(n + 1));
    for (int32_t k = 0; k < n; k++)
        w[k] = (char32_t)cps[k];
    if (l->n + 2 > l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = gl_realloc(l->v, sizeof(char32_t *) * (size_t)l->cap);
    }
    l->v[l->n++] = w;
    l->v[l->n] = NULL;
    l->last |= 1ull << ((uint32_t)w[n - 1] & 63);
    return 0;
}

gx_wordlists *gx_wordlists_load(const char *data_dir, gl_error *err)
{
    FILE *f = gx_tsv_open(data_dir, WL_FILE, err);
    if (!f)
        return NULL;
    gx_wordlists *wl = gl_calloc(1, sizeof *wl);
    wl->pool = gx_arena_new();
    char *line = NULL;
    size_t cap = 0;
    int rc = 0;
    while (rc == 0 && getline(&line, &cap, f) >= 0) {
        char *fld[3];
        if (!gx_tsv_data_line(line))
            continue;
        int k = gx_tsv_split(line, fld, 3) == 2 ? list_of(fld[0]) : -1;
        if (k < 0 || add_word(wl, &wl->lists[k], fld[1]) < 0)
            rc = gl_error_set(err, 500, "bad line in %s (want a known list, a word): %.60s",
                              WL_FILE, line);
    }
    for (int k = 0; rc == 0 && k < GX_WL__COUNT; k++)
        if (wl->lists[k].n == 0)
            rc = gl_error_set(err, 500, "%s has no word of list %s", WL_FILE, NAMES[k]);
    free(line);
    fclose(f);
    if (rc < 0) {
        gx_wordlists_free(wl);
        return NULL;
    }
    return wl;
}

void gx_wordlists_free(gx_wordlists *wl)
{
    if (!wl)
        return;
    for (int k = 0; k < GX_WL__COUNT; k++)
        free(wl->lists[k].v);
    gx_arena_free(wl->pool);
    free(wl);
}

const char32_t *const *gx_wordlists_get(const gx_wordlists *wl, gx_word_list id)
{
    return (const char32_t *const *)wl->lists[id].v;
}

uint64_t gx_wordlists_last(const gx_wordlists *wl, gx_word_list id)
{
    return wl->lists[id].last;
}
