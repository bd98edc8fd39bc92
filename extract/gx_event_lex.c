/* gx_event_lex.c — loading the event word lists (data/events/cues.tsv, words.tsv) into two
 * Aho-Corasick automata of gx_ac (every word; the cues alone, for the cheap first pass), and
 * scanning text with them. See gx_event_lex.h for the file formats. */
#include "gx_event_lex.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_ac.h"
#include "gx_tsv.h"
#include "gx_utf8.h"

#define CUE_PAIR_BITS 4096
static inline uint32_t cue_pair_hash(uint32_t a, uint32_t b)
{
    return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u)) >> 20; /* 12 bits */
}

static const char *const EVTYPE_NAMES[GX_EV__COUNT] = {
    "acquisition",        "listing",           "financing",          "investment",
    "buyback",            "executive_change",  "financial_result",   "loss",
    "contract_win",       "regulatory_summons", "investigation",     "regulatory_warning",
    "sanction",           "layoff",            "lawsuit",            "bankruptcy",
    "share_pledge",       "pledge_release",    "shareholder_increase", "shareholder_decrease",
};

static const char *const CAT_NAMES[GX_CAT__COUNT] = {
    "cue",        "neg",      "neg_sent",  "planned",    "completed", "disclose",  "timeword",
    "price",      "total",    "holding",   "raise",      "marketcap", "stage",     "exchange",
    "sponsor",    "investors", "lead",     "pledgee",    "collateral", "metric",   "period",
    "passive",    "position", "tenderer",  "reason",     "listname",  "newpos",    "stop",
    "subj_skip",  "change_up", "change_down", "holder", "prep", "skip", "org_suffix", "cumulative", "asof",
};

const char *gx_evtype_name(gx_evtype t)
{
    return (unsigned)t < GX_EV__COUNT ? EVTYPE_NAMES[t] : "unknown";
}

int gx_evtype_from_name(const char *name)
{
    for (int i = 0; i < GX_EV__COUNT; i++)
        if (strcmp(EVTYPE_NAMES[i], name) == 0)
            return i;
    return -1;
}

struct gx_evlex {
    gx_evlex_entry *entries;
    int n, cap;
    gx_ac *all;  /* every entry, payload = entry id (one surface may carry several)      */
    gx_ac *cues; /* the cue entries alone                                                 */
    /* gx_evlex_has_cue's filters, small enough to stay in L1 while a text is read: */
    uint64_t cue_first[0x10000 / 64]; /* BMP code points some cue starts with           */
    uint64_t cue_one[0x10000 / 64];   /* ... that are a one-character cue by themselves  */
    uint64_t cue_pair[CUE_PAIR_BITS / 64]; /* hashed first two code points of longer cues */
    uint8_t cue_pairmax[CUE_PAIR_BITS];    /* longest cue whose first two code points hash here */
    bool cue_astral;                  /* some cue starts above the BMP: no filter there   */
};

/* ---------------------------------------------------------------- UTF-8 */

/* Decode UTF-8 s (NUL-terminated) into a new 0-terminated code point array;
 * *n gets the count. Caller frees. */
static uint32_t *decode_cps(const char *s, int32_t *n)
{
    size_t len = strlen(s);
    uint32_t *out = gl_malloc(sizeof(uint32_t) * (len + 1));
    int32_t k = gx_utf8_to_cps(s, len, out, (int32_t)len);
    if (k < 0)
        k = 0; /* not UTF-8: an empty word, which matches nothing */
    out[k] = 0;
    *n = k;
    return out;
}

/* "a|b|c" -> NULL-terminated list of 0-terminated code point strings. Caller frees with
 * free_list. */
static uint32_t **split_list(const char *s)
{
    int cnt = 1;
    for (const char *p = s; *p; p++)
        cnt += *p == '|';
    uint32_t **list = gl_calloc((size_t)cnt + 1, sizeof *list);
    int k = 0;
    const char *p = s;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n) {
            char *w = gl_strndup(p, n);
            int32_t m;
            list[k++] = decode_cps(w, &m);
            free(w);
        }
        p += n;
        if (*p == '|')
            p++;
    }
    list[k] = NULL;
    return list;
}

static void free_list(uint32_t **list)
{
    if (!list)
        return;
    for (int i = 0; list[i]; i++)
        free(list[i]);
    free(list);
}

/* ---------------------------------------------------------------- loading */

static gx_evlex_entry *entry_new(gx_evlex *lx)
{
    if (lx->n == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 256;
        lx->entries = gl_realloc(lx->entries, sizeof *lx->entries * (size_t)lx->cap);
    }
    gx_evlex_entry *e = &lx->entries[lx->n++];
    memset(e, 0, sizeof *e);
    e->type = -1;
    return e;
}

static void add_word(gx_evlex *lx, gx_evlex_entry *e)
{
    int32_t id = (int32_t)(e - lx->entries);
    int32_t n;
    uint32_t *w = decode_cps(e->word, &n);
    e->ncp = n;
    gx_ac_add(lx->all, w, n, id); /* an empty word is refused: it never matches */
    if (e->cat == GX_CAT_CUE && n > 0) {
        gx_ac_add(lx->cues, w, n, id);
        if (w[0] >= 0x10000)
            lx->cue_astral = true;
        else {
            lx->cue_first[w[0] >> 6] |= (uint64_t)1 << (w[0] & 63);
            if (n == 1)
                lx->cue_one[w[0] >> 6] |= (uint64_t)1 << (w[0] & 63);
        }
        if (n >= 2) {
            uint32_t h = cue_pair_hash(w[0], w[1]);
            lx->cue_pair[h >> 6] |= (uint64_t)1 << (h & 63);
            int m = n > 255 ? 255 : n;
            if (lx->cue_pairmax[h] < m)
                lx->cue_pairmax[h] = (uint8_t)m;
        }
    }
    free(w);
}

static int load_file(gx_evlex *lx, const char *dir, const char *name, bool cues, gl_error *err)
{
    const char *path = name; /* (in the events data folder) */
    FILE *f = gx_tsv_open(dir, path, err);
    if (!f)
        return -1;
    char line[4096];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!gx_tsv_data_line(line))
            continue;
        char *fld[8];
        int nf = gx_tsv_split(line, fld, 8);
        if (nf < 2 || !*fld[1]) {
            rc = gl_error_set(err, 500, "%s:%d: expected at least two TAB-separated fields", path, lineno);
            break;
        }
        gx_evlex_entry *e = entry_new(lx);
        if (cues) {
            int t = gx_evtype_from_name(fld[0]);
            if (t < 0) {
                rc = gl_error_set(err, 500, "%s:%d: unknown event type '%s'", path, lineno, fld[0]);
                lx->n--;
                break;
            }
            e->cat = GX_CAT_CUE;
            e->type = (int8_t)t;
            e->weight = nf > 2 && *fld[2] ? (float)strtod(fld[2], NULL) : 0.6f;
            if (e->weight < 0 || e->weight > 1) {
                rc = gl_error_set(err, 500, "%s:%d: weight must be in [0,1]", path, lineno);
                lx->n--;
                break;
            }
            for (int i = 3; i < nf; i++) {
                if (strncmp(fld[i], "not=", 4) == 0)
                    e->not_cps = split_list(fld[i] + 4);
                else if (strncmp(fld[i], "req=", 4) == 0)
                    e->req_cps = split_list(fld[i] + 4);
                else if (strncmp(fld[i], "pre=", 4) == 0)
                    e->pre_cps = split_list(fld[i] + 4);
                else if (strncmp(fld[i], "unless=", 7) == 0)
                    e->unless_cps = split_list(fld[i] + 7);
                else if (*fld[i]) {
                    rc = gl_error_set(err, 500, "%s:%d: unknown option '%s'", path, lineno, fld[i]);
                    break;
                }
            }
            if (rc < 0) {
                lx->n--;
                break;
            }
        } else {
            int c = -1;
            for (int i = 1; i < GX_CAT__COUNT; i++)
                if (strcmp(CAT_NAMES[i], fld[0]) == 0)
                    c = i;
            if (c < 0) {
                rc = gl_error_set(err, 500, "%s:%d: unknown category '%s'", path, lineno, fld[0]);
                lx->n--;
                break;
            }
            e->cat = (uint8_t)c;
            if (nf > 2 && *fld[2])
                e->value = gl_strdup(fld[2]);
        }
        e->word = gl_strdup(fld[1]);
        add_word(lx, e);
    }
    fclose(f);
    return rc;
}

gx_evlex *gx_evlex_load(const char *dir, gl_error *err)
{
    gx_evlex *lx = gl_calloc(1, sizeof *lx);
    lx->all = gx_ac_new();
    lx->cues = gx_ac_new();
    if (load_file(lx, dir, "cues.tsv", true, err) < 0 || load_file(lx, dir, "words.tsv", false, err) < 0) {
        gx_evlex_free(lx);
        return NULL;
    }
    gx_ac_build(lx->all);
    gx_ac_build(lx->cues);
    return lx;
}

void gx_evlex_free(gx_evlex *lx)
{
    if (!lx)
        return;
    for (int i = 0; i < lx->n; i++) {
        gx_evlex_entry *e = &lx->entries[i];
        free((char *)e->word);
        free((char *)e->value);
        free_list(e->not_cps);
        free_list(e->req_cps);
        free_list(e->pre_cps);
        free_list(e->unless_cps);
    }
    gx_ac_free(lx->all);
    gx_ac_free(lx->cues);
    free(lx->entries);
    free(lx);
}

int gx_evlex_count(const gx_evlex *lx)
{
    return lx->n;
}

const gx_evlex_entry *gx_evlex_get(const gx_evlex *lx, int id)
{
    return id >= 0 && id < lx->n ? &lx->entries[id] : NULL;
}

/* gx_ac reports offsets into the scanned slice; the callers want article offsets. */
typedef struct scan_ctx {
    int32_t lo;
    void (*emit)(int32_t start, int32_t end, int32_t entry, void *user);
    void *user;
} scan_ctx;

static void on_hit(void *ctx, int32_t start, int32_t end, int32_t payload)
{
    const scan_ctx *sc = ctx;
    sc->emit(sc->lo + start, sc->lo + end, payload, sc->user);
}

void gx_evlex_scan(const gx_evlex *lx, const uint32_t *cp, int32_t lo, int32_t hi, bool cues_only,
                   void (*emit)(int32_t start, int32_t end, int32_t entry, void *user), void *user)
{
    if (hi <= lo)
        return;
    scan_ctx sc = {lo, emit, user};
    gx_ac_scan(cues_only ? lx->cues : lx->all, cp + lo, hi - lo, on_hit, &sc);
}

bool gx_evlex_has_cue(const gx_evlex *lx, const uint32_t *cp, int32_t lo, int32_t hi)
{
    for (int32_t i = lo; i < hi; i++) {
        uint32_t c = cp[i];
        if (c < 0x10000) {
            if (!((lx->cue_first[c >> 6] >> (c & 63)) & 1))
                continue;
            if ((lx->cue_one[c >> 6] >> (c & 63)) & 1)
                return true;
        } else if (!lx->cue_astral) {
            continue;
        }
        if (c >= 0x10000 && gx_ac_payloads(lx->cues, cp + i, 1, NULL, 0) > 0)
            return true; /* a one-character cue above the BMP (cue_one covers the BMP) */
        if (i + 1 >= hi)
            continue;
        uint32_t h = cue_pair_hash(c, cp[i + 1]);
        if (!((lx->cue_pair[h >> 6] >> (h & 63)) & 1))
            continue;
        /* a candidate: is some cue exactly cp[i, i+len) for a len that fits? */
        for (int32_t len = 2, max = lx->cue_pairmax[h]; len <= max && i + len <= hi; len++)
            if (gx_ac_payloads(lx->cues, cp + i, len, NULL, 0) > 0)
                return true;
    }
    return false;
}

bool gx_evlex_is(const gx_evlex *lx, const uint32_t *cp, int32_t s, int32_t e, int cat)
{
    int32_t ids[16];
    int k = e > s ? gx_ac_payloads(lx->all, cp + s, e - s, ids, 16) : 0;
    for (int i = 0; i < k && i < 16; i++)
        if (lx->entries[ids[i]].cat == cat)
            return true;
    if (k > 16) { /* a surface with very many entries: look at all of them */
        int32_t *more = gl_malloc(sizeof(int32_t) * (size_t)k);
        gx_ac_payloads(lx->all, cp + s, e - s, more, k);
        bool found = false;
        for (int i = 16; i < k && !found; i++)
            found = lx->entries[more[i]].cat == cat;
        free(more);
        return found;
    }
    return false;
}

static int match_at(const uint32_t *w, const uint32_t *cp, int32_t pos, int32_t hi)
{
    int32_t k = 0;
    while (w[k]) {
        if (pos + k >= hi || cp[pos + k] != w[k])
            return 0;
        k++;
    }
    return (int)k;
}

int32_t gx_evlex_list_find(uint32_t *const *list, const uint32_t *cp, int32_t lo, int32_t hi)
{
    if (!list)
        return -1;
    /* the low six bits of the words' first characters: most positions start none of them */
    uint64_t firsts = 0;
    for (int k = 0; list[k]; k++)
        firsts |= (uint64_t)1 << (list[k][0] & 63);
    for (int32_t i = lo; i < hi; i++) {
        if (!(firsts >> (cp[i] & 63) & 1))
            continue;
        for (int k = 0; list[k]; k++)
            if (match_at(list[k], cp, i, hi))
                return i;
    }
    return -1;
}

int gx_evlex_list_covers(uint32_t *const *list, const uint32_t *cp, int32_t lo, int32_t hi,
                         int32_t s, int32_t e)
{
    if (!list)
        return 0;
    for (int k = 0; list[k]; k++) {
        int32_t n = 0;
        while (list[k][n])
            n++;
        for (int32_t i = e - n; i <= s; i++) {
            if (i < lo)
                continue;
            if (match_at(list[k], cp, i, hi))
                return 1;
        }
    }
    return 0;
}
