/* gx_event_lex.c — loading the event word lists (data/events/cues.tsv, words.tsv) into one
 * trie over code points, and scanning text with it. See gx_event_lex.h for the file formats. */
#include "gx_event_lex.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_tsv.h"

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

/* Trie node: children sorted by code point. */
typedef struct tnode {
    uint32_t *child_cp;
    int32_t *child;
    int nchild, capchild;
    int32_t *ent; /* entry ids ending here */
    int nent, capent;
} tnode;

struct gx_evlex {
    gx_evlex_entry *entries;
    int n, cap;
    tnode *nodes;
    int nnodes, capnodes;
    int32_t *root; /* child of the root per BMP code point, or -1: one lookup per text position */
    uint64_t first[0x10000 / 64];     /* BMP code points that start some word (fits in L1) */
    uint64_t first_cue[0x10000 / 64]; /* ... that start some cue                            */
    bool *has_cue;                    /* per node: a cue ends here or below                  */
};

/* ---------------------------------------------------------------- UTF-8 */

/* Decode UTF-8 s (NUL-terminated, assumed valid) into a new 0-terminated code point array;
 * *n gets the count. Caller frees. */
static uint32_t *decode_cps(const char *s, int32_t *n)
{
    size_t len = strlen(s);
    uint32_t *out = gl_malloc(sizeof(uint32_t) * (len + 1));
    int32_t k = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c;
        if (p[0] < 0x80) {
            c = p[0];
            p += 1;
        } else if ((p[0] & 0xE0) == 0xC0 && p[1]) {
            c = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
            p += 2;
        } else if ((p[0] & 0xF0) == 0xE0 && p[1] && p[2]) {
            c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            p += 3;
        } else if (p[1] && p[2] && p[3]) {
            c = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
                ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            p += 4;
        } else {
            break;
        }
        out[k++] = c;
    }
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

/* ---------------------------------------------------------------- trie */

static int32_t node_new(gx_evlex *lx)
{
    if (lx->nnodes == lx->capnodes) {
        lx->capnodes = lx->capnodes ? lx->capnodes * 2 : 256;
        lx->nodes = gl_realloc(lx->nodes, sizeof *lx->nodes * (size_t)lx->capnodes);
    }
    memset(&lx->nodes[lx->nnodes], 0, sizeof(tnode));
    return lx->nnodes++;
}

/* Index of c among node's children (binary search) or -(insertion point)-1. */
static int child_find(const tnode *t, uint32_t c)
{
    int lo = 0, hi = t->nchild - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (t->child_cp[mid] < c)
            lo = mid + 1;
        else if (t->child_cp[mid] > c)
            hi = mid - 1;
        else
            return mid;
    }
    return -lo - 1;
}

static void trie_insert(gx_evlex *lx, const uint32_t *w, int32_t n, int32_t entry)
{
    int32_t cur = 0;
    for (int32_t i = 0; i < n; i++) {
        int k = child_find(&lx->nodes[cur], w[i]);
        if (k < 0) {
            int32_t nn = node_new(lx); /* may move lx->nodes */
            tnode *t = &lx->nodes[cur];
            k = -k - 1;
            if (t->nchild == t->capchild) {
                t->capchild = t->capchild ? t->capchild * 2 : 2;
                t->child_cp = gl_realloc(t->child_cp, sizeof(uint32_t) * (size_t)t->capchild);
                t->child = gl_realloc(t->child, sizeof(int32_t) * (size_t)t->capchild);
            }
            memmove(t->child_cp + k + 1, t->child_cp + k, sizeof(uint32_t) * (size_t)(t->nchild - k));
            memmove(t->child + k + 1, t->child + k, sizeof(int32_t) * (size_t)(t->nchild - k));
            t->child_cp[k] = w[i];
            t->child[k] = nn;
            t->nchild++;
        }
        cur = lx->nodes[cur].child[k];
    }
    tnode *t = &lx->nodes[cur];
    if (t->nent == t->capent) {
        t->capent = t->capent ? t->capent * 2 : 1;
        t->ent = gl_realloc(t->ent, sizeof(int32_t) * (size_t)t->capent);
    }
    t->ent[t->nent++] = entry;
}

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

/* ---------------------------------------------------------------- loading */

static void add_word(gx_evlex *lx, gx_evlex_entry *e)
{
    int32_t id = (int32_t)(e - lx->entries);
    int32_t n;
    uint32_t *w = decode_cps(e->word, &n);
    e->ncp = n;
    trie_insert(lx, w, n, id);
    free(w);
}

static int load_file(gx_evlex *lx, const char *dir, const char *name, bool cues, gl_error *err)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f)
        return gl_error_set(err, 500, "cannot open %s: %s", path, strerror(errno));
    char line[4096];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t L = strlen(line);
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r'))
            line[--L] = '\0';
        if (!L || line[0] == '#')
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
    node_new(lx); /* root */
    if (load_file(lx, dir, "cues.tsv", true, err) < 0 || load_file(lx, dir, "words.tsv", false, err) < 0) {
        gx_evlex_free(lx);
        return NULL;
    }
    /* nodes whose subtree holds a cue (children have higher indices than parents? not
     * guaranteed: mark by walking every cue's path instead) */
    lx->has_cue = gl_calloc((size_t)lx->nnodes, sizeof(bool));
    for (int i = 0; i < lx->n; i++) {
        if (lx->entries[i].cat != GX_CAT_CUE)
            continue;
        int32_t n;
        uint32_t *w = decode_cps(lx->entries[i].word, &n);
        int32_t cur = 0;
        for (int32_t k = 0; k < n && cur >= 0; k++) {
            int ci = child_find(&lx->nodes[cur], w[k]);
            cur = ci < 0 ? -1 : lx->nodes[cur].child[ci];
            if (cur >= 0)
                lx->has_cue[cur] = true;
        }
        if (n && w[0] < 0x10000)
            lx->first_cue[w[0] >> 6] |= (uint64_t)1 << (w[0] & 63);
        free(w);
    }
    lx->root = gl_malloc(sizeof(int32_t) * 0x10000);
    for (int i = 0; i < 0x10000; i++)
        lx->root[i] = -1;
    const tnode *r = &lx->nodes[0];
    for (int k = 0; k < r->nchild; k++)
        if (r->child_cp[k] < 0x10000) {
            lx->root[r->child_cp[k]] = r->child[k];
            lx->first[r->child_cp[k] >> 6] |= (uint64_t)1 << (r->child_cp[k] & 63);
        }
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
    for (int i = 0; i < lx->nnodes; i++) {
        free(lx->nodes[i].child_cp);
        free(lx->nodes[i].child);
        free(lx->nodes[i].ent);
    }
    free(lx->nodes);
    free(lx->root);
    free(lx->has_cue);
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

void gx_evlex_scan(const gx_evlex *lx, const uint32_t *cp, int32_t lo, int32_t hi, bool cues_only,
                   void (*emit)(int32_t start, int32_t end, int32_t entry, void *user), void *user)
{
    const uint64_t *first = cues_only ? lx->first_cue : lx->first;
    for (int32_t i = lo; i < hi; i++) {
        int32_t cur;
        if (cp[i] < 0x10000) {
            if (!(first[cp[i] >> 6] & ((uint64_t)1 << (cp[i] & 63))))
                continue;
            cur = lx->root[cp[i]];
        } else {
            int k = child_find(&lx->nodes[0], cp[i]);
            cur = k < 0 ? -1 : lx->nodes[0].child[k];
        }
        for (int32_t j = i; cur >= 0;) {
            const tnode *u = &lx->nodes[cur];
            if (cues_only && !lx->has_cue[cur])
                break;
            for (int e = 0; e < u->nent; e++)
                if (!cues_only || lx->entries[u->ent[e]].cat == GX_CAT_CUE)
                    emit(i, j + 1, u->ent[e], user);
            if (!u->nchild || ++j >= hi)
                break;
            int k = child_find(u, cp[j]);
            cur = k < 0 ? -1 : u->child[k];
        }
    }
}

bool gx_evlex_is(const gx_evlex *lx, const uint32_t *cp, int32_t s, int32_t e, int cat)
{
    int32_t cur = 0;
    for (int32_t i = s; i < e && cur >= 0; i++) {
        int k = child_find(&lx->nodes[cur], cp[i]);
        cur = k < 0 ? -1 : lx->nodes[cur].child[k];
    }
    if (cur <= 0)
        return false;
    for (int k = 0; k < lx->nodes[cur].nent; k++)
        if (lx->entries[lx->nodes[cur].ent[k]].cat == cat)
            return true;
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
    for (int32_t i = lo; i < hi; i++)
        for (int k = 0; list[k]; k++)
            if (match_at(list[k], cp, i, hi))
                return i;
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
