/* gx_tagger_train.c — averaged structured perceptron training for the tagger, the CLUENER
 * reader and exact-span evaluation (see gx_tagger_train.h). */
#include "gx_tagger_train.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "gl_alloc.h"

/* Character n-grams around the tagged position, plus the class trigram centred on it. */
const gx_tagger_template gx_tagger_default_templates[] = {
    {GX_TPL_CHAR, 1, -2, 2},
    {GX_TPL_CHAR, 2, -2, 1},
    {GX_TPL_CHAR, 3, -2, 0},
    {GX_TPL_CLASS, 3, -1, -1},
};
const int gx_tagger_default_ntemplates =
    (int)(sizeof gx_tagger_default_templates / sizeof gx_tagger_default_templates[0]);

/* ---------------------------------------------------------------- corpus */

void gx_tagger_corpus_init(gx_tagger_corpus *c, const char *const *types, int ntypes)
{
    memset(c, 0, sizeof *c);
    if (ntypes > GX_TAGGER_MAX_TYPES)
        ntypes = GX_TAGGER_MAX_TYPES;
    c->ntypes = ntypes;
    for (int k = 0; k < ntypes; k++) {
        const char *eq = strchr(types[k], '=');
        int nl = eq ? (int)(eq - types[k]) : (int)strlen(types[k]);
        snprintf(c->type_names[k], sizeof c->type_names[k], "%.*s", nl, types[k]);
        snprintf(c->labels[k], sizeof c->labels[k], "%s", eq ? eq + 1 : types[k]);
    }
}

void gx_tagger_corpus_cleanup(gx_tagger_corpus *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->n; i++) {
        free(c->s[i].cp);
        free(c->s[i].gold);
        free(c->s[i].allowed);
    }
    free(c->s);
    memset(c, 0, sizeof *c);
}

static gx_tagger_sentence *corpus_push(gx_tagger_corpus *c, int n)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 1024;
        c->s = gl_realloc(c->s, sizeof *c->s * (size_t)c->cap);
    }
    gx_tagger_sentence *s = &c->s[c->n++];
    s->n = n;
    s->cp = gl_malloc(sizeof *s->cp * (size_t)(n ? n : 1));
    s->gold = gl_calloc((size_t)(n ? n : 1), 1);
    s->allowed = NULL;
    s->weight = 1;
    return s;
}

void gx_tagger_corpus_add(gx_tagger_corpus *c, const uint32_t *cp, const uint8_t *gold, int n)
{
    gx_tagger_sentence *s = corpus_push(c, n);
    memcpy(s->cp, cp, sizeof *cp * (size_t)n);
    memcpy(s->gold, gold, (size_t)n);
}

/* Mark the spans of one CLUENER label object ({surface: [[s, e], ...]}) as type t. */
static void add_spans(gx_tagger_corpus *c, gx_tagger_sentence *s, int t, json_t *ents, int n)
{
    const char *surface;
    json_t *spans;
    json_object_foreach(ents, surface, spans) {
        size_t si;
        json_t *sp;
        json_array_foreach(spans, si, sp) {
            json_t *js = json_array_get(sp, 0), *je = json_array_get(sp, 1);
            if (!json_is_integer(js) || !json_is_integer(je)) {
                c->skipped_bad++;
                continue;
            }
            json_int_t a = json_integer_value(js), b = json_integer_value(je);
            if (a < 0 || b < a || b >= n) {
                c->skipped_bad++;
                continue;
            }
            int clash = 0;
            for (json_int_t i = a; i <= b; i++)
                clash |= s->gold[i] != 0;
            if (clash) {
                c->skipped_overlap++;
                continue;
            }
            int base = 1 + 4 * t;
            if (a == b) {
                s->gold[a] = (uint8_t)(base + 3);
            } else {
                s->gold[a] = (uint8_t)base;
                for (json_int_t i = a + 1; i < b; i++)
                    s->gold[i] = (uint8_t)(base + 1);
                s->gold[b] = (uint8_t)(base + 2);
            }
            c->spans++;
        }
    }
}

/* The corpus type a label names (its type name or one of its CLUENER labels), or -1. */
static int type_of_label(const gx_tagger_corpus *c, const char *name)
{
    const size_t nl = strlen(name);
    for (int t = 0; t < c->ntypes; t++) {
        if (!strcmp(c->type_names[t], name))
            return t;
        for (const char *lp = c->labels[t]; *lp;) {
            const char *comma = strchr(lp, ',');
            size_t ll = comma ? (size_t)(comma - lp) : strlen(lp);
            if (ll == nl && !memcmp(lp, name, nl))
                return t;
            lp += ll + (comma ? 1 : 0);
        }
    }
    return -1;
}

/* Partial labels of s (see gx_tagger_corpus_add_cluener): a labelled position keeps its tag;
 * any other allows O and every tag of the "open" types, and inside a "maybe" range the tags of
 * that type too. Labels of types the corpus lacks are ignored, as in "label". */
static void partial_mask(const gx_tagger_corpus *c, gx_tagger_sentence *s, json_t *jopen, json_t *jmaybe)
{
    const int T = 1 + 4 * c->ntypes, n = s->n;
    uint8_t open[GX_TAGGER_MAX_TYPES] = {0};
    size_t k;
    json_t *v;
    json_array_foreach(jopen, k, v) {
        const int t = json_is_string(v) ? type_of_label(c, json_string_value(v)) : -1;
        if (t >= 0)
            open[t] = 1;
    }
    s->allowed = gl_calloc((size_t)(n ? n : 1) * (size_t)T, 1);
    for (int i = 0; i < n; i++) {
        uint8_t *a = s->allowed + (size_t)i * (size_t)T;
        if (s->gold[i]) {
            a[s->gold[i]] = 1;
            continue;
        }
        a[0] = 1;
        for (int t = 0; t < c->ntypes; t++)
            if (open[t])
                memset(a + 1 + 4 * t, 1, 4);
    }
    const char *lname;
    json_t *spans;
    json_object_foreach(jmaybe, lname, spans) {
        const int t = type_of_label(c, lname);
        json_t *sp;
        if (t < 0 || !json_is_array(spans))
            continue;
        json_array_foreach(spans, k, sp) {
            json_t *js = json_array_get(sp, 0), *je = json_array_get(sp, 1);
            if (!json_is_integer(js) || !json_is_integer(je))
                continue;
            for (json_int_t i = json_integer_value(js); i <= json_integer_value(je); i++)
                if (i >= 0 && i < n && !s->gold[i])
                    memset(s->allowed + (size_t)i * (size_t)T + 1 + 4 * t, 1, 4);
        }
    }
}

int gx_tagger_corpus_add_cluener(gx_tagger_corpus *c, const char *line, size_t len, gl_error *err)
{
    json_error_t jerr;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root || !json_is_object(root)) {
        json_decref(root);
        return gl_error_set(err, 400, "corpus: bad JSON line: %s", root ? "not an object" : jerr.text);
    }
    const char *text = json_string_value(json_object_get(root, "text"));
    if (!text) {
        json_decref(root);
        return gl_error_set(err, 400, "corpus: line without \"text\"");
    }
    json_t *jw = json_object_get(root, "weight"), *jopen = json_object_get(root, "open"),
           *jmaybe = json_object_get(root, "maybe");
    const char *bad = jw && !(json_is_number(jw) && json_number_value(jw) > 0) ? "\"weight\" is not a number > 0"
                      : jopen && !json_is_array(jopen)                      ? "\"open\" is not an array"
                      : jmaybe && !json_is_object(jmaybe)                   ? "\"maybe\" is not an object"
                      : jmaybe && !jopen                                    ? "\"maybe\" without \"open\""
                                                                            : NULL;
    if (bad) {
        json_decref(root);
        return gl_error_set(err, 400, "corpus: %s", bad);
    }
    size_t tlen = strlen(text);
    uint32_t *cp = gl_malloc(sizeof *cp * (tlen + 1));
    int n = 0;
    for (size_t i = 0; i < tlen;) {
        utf8proc_int32_t ch;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(tlen - i), &ch);
        if (k <= 0) {
            free(cp);
            json_decref(root);
            return gl_error_set(err, 400, "corpus: invalid UTF-8 in text");
        }
        cp[n++] = gx_tagger_nfkc1((uint32_t)ch);
        i += (size_t)k;
    }
    gx_tagger_sentence *s = corpus_push(c, n);
    memcpy(s->cp, cp, sizeof *cp * (size_t)n);
    free(cp);
    json_t *label = json_object_get(root, "label");
    for (int t = 0; t < c->ntypes && json_is_object(label); t++) {
        for (const char *lp = c->labels[t]; *lp;) {
            const char *comma = strchr(lp, ',');
            size_t ll = comma ? (size_t)(comma - lp) : strlen(lp);
            char lname[64];
            snprintf(lname, sizeof lname, "%.*s", (int)ll, lp);
            lp += ll + (comma ? 1 : 0);
            add_spans(c, s, t, json_object_get(label, lname), n);
        }
    }
    if (jw)
        s->weight = json_number_value(jw);
    if (jopen)
        partial_mask(c, s, jopen, jmaybe);
    json_decref(root);
    return 0;
}

/* ---------------------------------------------------------------- training state */

typedef struct entry_map {
    uint64_t *keys;
    int32_t *vals;
    uint64_t mask;
    int32_t n;
} entry_map;

static uint64_t hmix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

static void map_init(entry_map *m, uint64_t size)
{
    m->keys = gl_calloc((size_t)size, sizeof *m->keys);
    m->vals = gl_malloc(sizeof *m->vals * (size_t)size);
    m->mask = size - 1;
    m->n = 0;
}

/* Entry id of key, creating it (id = m->n) when new. */
static int32_t map_get(entry_map *m, uint64_t key, int *created)
{
    if ((uint64_t)m->n * 2 >= m->mask) {
        entry_map big;
        map_init(&big, (m->mask + 1) * 2);
        for (uint64_t i = 0; i <= m->mask; i++) {
            if (!m->keys[i])
                continue;
            uint64_t j = hmix(m->keys[i]) & big.mask;
            while (big.keys[j])
                j = (j + 1) & big.mask;
            big.keys[j] = m->keys[i];
            big.vals[j] = m->vals[i];
        }
        big.n = m->n;
        free(m->keys);
        free(m->vals);
        *m = big;
    }
    uint64_t j = hmix(key) & m->mask;
    while (m->keys[j]) {
        if (m->keys[j] == key) {
            *created = 0;
            return m->vals[j];
        }
        j = (j + 1) & m->mask;
    }
    m->keys[j] = key;
    m->vals[j] = m->n;
    *created = 1;
    return m->n++;
}

typedef struct trainer {
    int T, ntpl;
    const gx_tagger_template *tpl;
    int nd[GX_TAGGER_MAX_TEMPLATES];
    /* entries */
    uint64_t *ekey;
    uint8_t *etpl;
    int64_t *eblock; /* offset into W/U or -1 */
    int32_t nent, capent;
    /* weights */
    int32_t *W;
    int64_t *U;
    int64_t nw, capw;
    int32_t *TW; /* transitions (T+1)^2 */
    int64_t *TU;
    int64_t c;   /* averaging clock */
    /* CRF (algo 1): weights, the L1 penalty each weight has received (signed), transitions,
     * the total penalty per weight so far */
    int crf;
    float *FW, *FQ;
    double *FU;  /* averaging: sum of clock x change, so the average is FW - FU / c */
    double *FT, *FTU;
    double u;
    const gx_tagger_lexicon *lex;
    const gx_tagger_lexicon *const *train_lex;
    int ntrain_lex;
    const int *lex_fold;
    int lex_dropout, prune, cost;
    uint64_t seed;
    /* per sentence: occurrence entry ids, template-major: occ[s][ti] starts at occ_off */
    int32_t **occ;
    gx_tagger_lattice lat;
    entry_map map; /* key -> entry id (kept after build_occurrences for the embedded characters) */
    /* embeddings (gx_tagger_train_opts.emb_*; emb_k == 0: none): the template they fold into,
     * the row of every code point U+4E00..U+9FFF (-1: none), the row of every entry (-1), the
     * weights V[(o - emb_rmin) * emb_k + j][tag] and their averaging sums */
    int emb_k, emb_ti, emb_rmin, emb_rmax;
    const float *emb_vec;
    double emb_l2;
    int32_t *emb_row;
    int32_t *echar;
    float *EV;
    double *EVU;
    /* seed averaging (gx_tagger_train_opts.seed_avg > 1): the final weights, transitions and
       embedding weights averaged over the runs; serialize() reads these when set */
    double *avg_w, *avg_t, *avg_ev;
} trainer;

static int nocc(const gx_tagger_template *t, int n)
{
    return n + t->rmax - t->rmin;
}

/* The trainer's entry of key (feature template ti), made when map creates it: the entry arrays
 * grow with the map (ownership stays with tr). */
static int32_t entry_of(trainer *tr, entry_map *map, uint64_t key, int ti)
{
    int created;
    int32_t e = map_get(map, key, &created);
    if (created) {
        if (tr->nent == tr->capent) {
            tr->capent = tr->capent ? tr->capent * 2 : 65536;
            tr->ekey = gl_realloc(tr->ekey, sizeof *tr->ekey * (size_t)tr->capent);
            tr->etpl = gl_realloc(tr->etpl, (size_t)tr->capent);
            tr->eblock = gl_realloc(tr->eblock, sizeof *tr->eblock * (size_t)tr->capent);
        }
        tr->ekey[e] = key;
        tr->etpl[e] = (uint8_t)ti;
        tr->eblock[e] = -1;
        tr->nent++;
    }
    return e;
}

static void build_occurrences(trainer *tr, const gx_tagger_corpus *c)
{
    entry_map map;
    map_init(&map, 1 << 16);
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    tr->occ = gl_calloc((size_t)(c->n ? c->n : 1), sizeof *tr->occ);
    for (int ti = 0; ti < tr->ntpl; ti++)
        sc.ctx |= GX_TPL_IS_CTX(tr->tpl[ti].kind);
    for (int si = 0; si < c->n; si++) {
        const gx_tagger_sentence *s = &c->s[si];
        int total = 0;
        for (int ti = 0; ti < tr->ntpl; ti++)
            total += nocc(&tr->tpl[ti], s->n);
        int32_t *o = tr->occ[si] = gl_malloc(sizeof *o * (size_t)(total ? total : 1));
        int drop = tr->lex_dropout > 0 && (int)(hmix((uint64_t)si * 0x9E3779B97F4A7C15ULL + tr->seed + 1) % 100) < tr->lex_dropout;
        const gx_tagger_lexicon *lx = tr->ntrain_lex > 0 ? tr->train_lex[(tr->lex_fold ? tr->lex_fold[si] : si) % tr->ntrain_lex] : tr->lex;
        gx_tagger_scratch_fill(&sc, drop ? NULL : lx, s->cp, s->n);
        for (int ti = 0; ti < tr->ntpl; ti++) {
            const gx_tagger_template *t = &tr->tpl[ti];
            for (int j = t->rmin; j <= s->n - 1 + t->rmax; j++) {
                if (!gx_tagger_ctx_value(t, &sc, GX_TAGGER_PAD + j)) { /* no context value: no feature */
                    *o++ = -1;
                    continue;
                }
                uint64_t key = gx_tagger_key(t, ti, &sc, GX_TAGGER_PAD + j);
                *o++ = entry_of(tr, &map, key, ti);
            }
        }
    }
    gx_tagger_scratch_cleanup(&sc);
    tr->map = map;
}

/* Every embedded character gets an entry of the unigram template emb_ti (one that no training
 * sentence has is created, untrained: it carries only the folded embedding weights). */
static void emb_entries(trainer *tr, const gx_tagger_train_opts *opts)
{
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    const gx_tagger_template *t = &tr->tpl[tr->emb_ti];
    int32_t *row_of_entry = NULL;
    int32_t *ent = gl_malloc(sizeof *ent * (size_t)(opts->nemb ? opts->nemb : 1));
    for (int r = 0; r < opts->nemb; r++) {
        gx_tagger_scratch_fill(&sc, NULL, &opts->emb_cp[r], 1);
        const uint64_t key = gx_tagger_key(t, tr->emb_ti, &sc, GX_TAGGER_PAD);
        ent[r] = entry_of(tr, &tr->map, key, tr->emb_ti);
    }
    row_of_entry = gl_malloc(sizeof *row_of_entry * (size_t)(tr->nent ? tr->nent : 1));
    for (int32_t e = 0; e < tr->nent; e++)
        row_of_entry[e] = -1;
    for (int r = 0; r < opts->nemb; r++)
        row_of_entry[ent[r]] = r;
    tr->echar = row_of_entry;
    free(ent);
    gx_tagger_scratch_cleanup(&sc);
}

static int64_t block_of(trainer *tr, int32_t e)
{
    if (tr->eblock[e] >= 0)
        return tr->eblock[e];
    int64_t size = (int64_t)tr->nd[tr->etpl[e]] * tr->T;
    if (tr->nw + size > tr->capw) {
        int64_t cap = tr->capw ? tr->capw : (1 << 20);
        while (tr->nw + size > cap)
            cap *= 2;
        tr->W = gl_realloc(tr->W, sizeof *tr->W * (size_t)cap);
        tr->U = gl_realloc(tr->U, sizeof *tr->U * (size_t)cap);
        tr->capw = cap;
    }
    memset(tr->W + tr->nw, 0, sizeof *tr->W * (size_t)size);
    memset(tr->U + tr->nw, 0, sizeof *tr->U * (size_t)size);
    tr->eblock[e] = tr->nw;
    tr->nw += size;
    return tr->eblock[e];
}

static void train_emissions(const trainer *tr, const gx_tagger_sentence *s, const int32_t *occ, int32_t *emit)
{
    const int T = tr->T, n = s->n;
    memset(emit, 0, sizeof *emit * (size_t)n * (size_t)T);
    for (int ti = 0; ti < tr->ntpl; ti++) {
        const gx_tagger_template *t = &tr->tpl[ti];
        for (int j = t->rmin; j <= n - 1 + t->rmax; j++) {
            int32_t e = *occ++;
            int64_t b = e < 0 ? -1 : tr->eblock[e];
            if (b < 0)
                continue;
            for (int di = 0; di < tr->nd[ti]; di++) {
                int i = j - (t->rmin + di);
                if (i < 0 || i >= n)
                    continue;
                const int32_t *w = tr->W + b + (int64_t)di * T;
                int32_t *em = emit + (size_t)i * T;
                for (int tag = 0; tag < T; tag++)
                    em[tag] += w[tag];
            }
        }
    }
}

static void update(trainer *tr, const gx_tagger_sentence *s, const int32_t *occ, const uint8_t *pred)
{
    const int T = tr->T, T1 = T + 1, n = s->n;
    const int32_t *o = occ;
    for (int ti = 0; ti < tr->ntpl; ti++) {
        const gx_tagger_template *t = &tr->tpl[ti];
        for (int i = 0; i < n; i++) {
            if (s->gold[i] == pred[i])
                continue;
            for (int r = t->rmin; r <= t->rmax; r++) {
                int j = i + r;
                int32_t e = o[j - t->rmin];
                if (e < 0)
                    continue;
                int64_t b = block_of(tr, e) + (int64_t)(r - t->rmin) * T;
                tr->W[b + s->gold[i]] += 1;
                tr->U[b + s->gold[i]] += tr->c;
                tr->W[b + pred[i]] -= 1;
                tr->U[b + pred[i]] -= tr->c;
            }
        }
        o += nocc(t, n);
    }
    for (int i = 0; i <= n; i++) {
        int gp = i == 0 ? T : s->gold[i - 1], gc = i == n ? T : s->gold[i];
        int pp = i == 0 ? T : pred[i - 1], pc = i == n ? T : pred[i];
        if (gp == pp && gc == pc)
            continue;
        tr->TW[gp * T1 + gc] += 1;
        tr->TU[gp * T1 + gc] += tr->c;
        tr->TW[pp * T1 + pc] -= 1;
        tr->TU[pp * T1 + pc] -= tr->c;
    }
}

/* ---------------------------------------------------------------- serialization */

typedef struct buf {
    unsigned char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const void *src, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (b->n + n > cap)
            cap *= 2;
        b->p = gl_realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->n, src, n);
    b->n += n;
}

static void put32(buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    put(b, x, 4);
}

static void put64(buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}

static void wr32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8), p[2] = (unsigned char)(v >> 16),
    p[3] = (unsigned char)(v >> 24);
}

static void wr64(unsigned char *p, uint64_t v)
{
    wr32(p, (uint32_t)v);
    wr32(p + 4, (uint32_t)(v >> 32));
}

static int cmp_entry_key(const void *a, const void *b, void *ctx)
{
    const uint64_t *k = ctx;
    uint64_t x = k[*(const int32_t *)a], y = k[*(const int32_t *)b];
    return x < y ? -1 : x > y;
}

/* Sort ids by key; keys are distinct so the order is total (insertion sort on runs is too slow,
 * qsort_r is glibc-specific; use a small merge sort to stay portable and deterministic). */
static void sort_ids(int32_t *ids, int32_t n, const uint64_t *keys)
{
    if (n < 2)
        return;
    int32_t *tmp = gl_malloc(sizeof *tmp * (size_t)n);
    for (int32_t width = 1; width < n; width *= 2) {
        for (int32_t lo = 0; lo < n; lo += 2 * width) {
            int32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            int32_t a = lo, b = mid, k = lo;
            while (a < mid && b < hi)
                tmp[k++] = cmp_entry_key(&ids[a], &ids[b], (void *)keys) <= 0 ? ids[a++] : ids[b++];
            while (a < mid)
                tmp[k++] = ids[a++];
            while (b < hi)
                tmp[k++] = ids[b++];
        }
        memcpy(ids, tmp, sizeof *ids * (size_t)n);
    }
    free(tmp);
}

/* The averaged model, quantized, as a file image (malloc'ed). */
/* The final value of weight k (averaged perceptron, or CRF) and of transition k. */
static double wval(const trainer *tr, int64_t k)
{
    if (tr->avg_w)
        return tr->avg_w[k];
    if (tr->crf) /* the average, where L1 has not zeroed the weight */
        return tr->FW[k] == 0.0f ? 0.0 : (double)tr->FW[k] - tr->FU[k] / (double)tr->c;
    return (double)tr->W[k] - (double)tr->U[k] / (double)tr->c;
}

static double tval(const trainer *tr, int k)
{
    if (tr->avg_t)
        return tr->avg_t[k];
    return tr->crf ? tr->FT[k] - tr->FTU[k] / (double)tr->c : (double)tr->TW[k] - (double)tr->TU[k] / (double)tr->c;
}

/* Weight sl of entry e in the file: wval, plus for an embedded character's unigram entry the
 * folded embedding weights sum_j e_j(c) x V[o][j][tag] (ev = the averaged V; NULL: none). */
static double fval(const trainer *tr, const double *ev, int32_t e, int sl)
{
    double v = wval(tr, tr->eblock[e] + sl);
    if (!ev || tr->etpl[e] != tr->emb_ti || tr->echar[e] < 0)
        return v;
    const int T = tr->T, o = tr->tpl[tr->emb_ti].rmin + sl / T, tag = sl % T;
    if (o < tr->emb_rmin || o > tr->emb_rmax)
        return v;
    const float *x = tr->emb_vec + (size_t)tr->echar[e] * (size_t)tr->emb_k;
    const double *w = ev + (size_t)(o - tr->emb_rmin) * (size_t)tr->emb_k * (size_t)T + tag;
    for (int j = 0; j < tr->emb_k; j++)
        v += (double)x[j] * w[(size_t)j * (size_t)T];
    return v;
}

static unsigned char *serialize(const trainer *tr, const gx_tagger_corpus *c, size_t *outlen)
{
    const int T = tr->T, T1 = T + 1;
    double maxabs = 1e-9;
    double *ev = NULL;
    if (tr->emb_k) {
        const size_t nv = (size_t)(tr->emb_rmax - tr->emb_rmin + 1) * (size_t)tr->emb_k * (size_t)T;
        ev = gl_malloc(sizeof *ev * nv);
        for (size_t k = 0; k < nv; k++)
            ev[k] = tr->avg_ev ? tr->avg_ev[k] : (double)tr->EV[k] - tr->EVU[k] / (double)tr->c;
        for (int32_t e = 0; e < tr->nent; e++)
            if (tr->eblock[e] >= 0 && tr->etpl[e] == tr->emb_ti)
                for (int sl = 0; sl < tr->nd[tr->emb_ti] * T; sl++) {
                    double a = fabs(fval(tr, ev, e, sl));
                    if (a > maxabs)
                        maxabs = a;
                }
    }
    for (int64_t k = 0; k < tr->nw; k++) {
        double a = fabs(wval(tr, k));
        if (a > maxabs)
            maxabs = a;
    }
    /* The scale maps the largest weight to 32000, or lower so that the dense templates' rows
     * of one position (gx_tagger_model.h) always sum within int16 (the decoder then sums them
     * in 16-bit lanes): bound = max over tags of the sum over (dense template, offset) of the
     * largest |weight|. */
    double bound = 0;
    {
        double *mx = gl_calloc((size_t)GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1) * (size_t)T, sizeof *mx);
        for (int32_t e = 0; e < tr->nent; e++) {
            const int ti = tr->etpl[e];
            const gx_tagger_template *t = &tr->tpl[ti];
            if (tr->eblock[e] < 0 || !GX_TPL_IS_DENSE(t))
                continue;
            for (int sl = 0; sl < tr->nd[ti] * T; sl++) {
                const double a = fabs(fval(tr, ev, e, sl));
                double *x = &mx[((size_t)ti * (2 * GX_TAGGER_PAD + 1) + (size_t)(sl / T)) * (size_t)T + (size_t)(sl % T)];
                if (a > *x)
                    *x = a;
            }
        }
        for (int tag = 0; tag < T; tag++) {
            double sum = 0;
            for (int pr = 0; pr < GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1); pr++)
                sum += mx[(size_t)pr * (size_t)T + (size_t)tag];
            bound = sum > bound ? sum : bound;
        }
        free(mx);
    }
    float scale = (float)(32000.0 / (bound > maxabs ? bound : maxabs));
    const double prune_below = tr->prune / 32000.0 * maxabs; /* --prune: relative to the largest */
    int32_t *ids = gl_malloc(sizeof *ids * (size_t)(tr->nent ? tr->nent : 1));
    int32_t nids = 0;
    for (int32_t e = 0; e < tr->nent; e++)
        if (tr->eblock[e] >= 0)
            ids[nids++] = e;
    sort_ids(ids, nids, tr->ekey);

    buf ent = {0}, wts = {0};
    uint32_t nentries = 0, nweights = 0;
    for (int32_t k = 0; k < nids; k++) {
        int32_t e = ids[k];
        int64_t b = tr->eblock[e];
        int size = tr->nd[tr->etpl[e]] * T;
        uint32_t cnt = 0;
        for (int sl = 0; sl < size; sl++) {
            double a = ev ? fval(tr, ev, e, sl) : wval(tr, b + sl);
            long q = lround(a * scale);
            if (q == 0 || fabs(a) < prune_below)
                continue;
            if (q > 32767)
                q = 32767;
            if (q < -32767)
                q = -32767;
            unsigned char x[4] = {(unsigned char)sl, (unsigned char)(sl >> 8), (unsigned char)((uint16_t)(int16_t)q),
                                  (unsigned char)((uint16_t)(int16_t)q >> 8)};
            put(&wts, x, 4);
            cnt++;
        }
        if (!cnt)
            continue;
        put64(&ent, tr->ekey[e]);
        put32(&ent, cnt | (uint32_t)tr->etpl[e] << 24);
        nentries++;
        nweights += cnt;
    }
    free(ids);
    free(ev);

    buf out = {0};
    unsigned char hdr[GX_TAGGER_HEADER_SIZE];
    memset(hdr, 0, sizeof hdr);
    put(&out, hdr, sizeof hdr);
    for (int k = 0; k < c->ntypes; k++) {
        char name[16];
        memset(name, 0, sizeof name);
        memcpy(name, c->type_names[k], strnlen(c->type_names[k], 15));
        put(&out, name, 16);
    }
    for (int ti = 0; ti < tr->ntpl; ti++) {
        unsigned char x[4] = {tr->tpl[ti].kind, tr->tpl[ti].n, (unsigned char)tr->tpl[ti].rmin,
                              (unsigned char)tr->tpl[ti].rmax};
        put(&out, x, 4);
    }
    for (int k = 0; k < T1 * T1; k++) {
        double a = tval(tr, k);
        put32(&out, (uint32_t)(int32_t)lround(a * scale));
    }
    put(&out, ent.p, ent.n);
    put(&out, wts.p, wts.n);
    free(ent.p);
    free(wts.p);
    uint32_t nlex = 0;
    if (tr->lex && tr->lex->n) {
        const gx_tagger_lexicon *lx = tr->lex;
        uint64_t *lkeys = gl_malloc(sizeof *lkeys * (lx->nkeys ? lx->nkeys : 1));
        int32_t *lids = gl_malloc(sizeof *lids * (lx->nkeys ? lx->nkeys : 1));
        for (uint32_t k = 0; k < lx->nkeys; k++) {
            lkeys[k] = lx->keys[k];
            lids[k] = (int32_t)k;
        }
        nlex = lx->nkeys;
        sort_ids(lids, (int32_t)nlex, lkeys);
        for (uint32_t k = 0; k < nlex; k++) {
            uint64_t key = lkeys[lids[k]];
            put64(&out, key);
            put32(&out, gx_tagger_lexicon_flags(lx, key));
        }
        free(lkeys);
        free(lids);
    }
    uint32_t nclus = 0;
    if (tr->lex && tr->lex->hanclus) {
        for (uint32_t cp = GX_CLU_HAN0; cp <= GX_CLU_HAN1; cp++) {
            const uint32_t v = tr->lex->hanclus[cp - GX_CLU_HAN0];
            if (!v)
                continue;
            put32(&out, cp);
            put32(&out, v);
            nclus++;
        }
    }

    unsigned char *h = out.p;
    uint64_t payload = out.n - GX_TAGGER_HEADER_SIZE;
    memcpy(h, GX_TAGGER_MAGIC, 8);
    wr32(h + 8, GX_TAGGER_VERSION);
    wr32(h + 12, (uint32_t)c->ntypes);
    wr32(h + 16, (uint32_t)T);
    wr32(h + 20, (uint32_t)tr->ntpl);
    wr32(h + 24, nentries);
    wr32(h + 28, nweights);
    uint32_t sb;
    memcpy(&sb, &scale, 4);
    wr32(h + 32, sb);
    wr32(h + 36, nlex);
    wr32(h + 56, nlex ? tr->lex->maxlen : 0);
    wr32(h + 60, nclus);
    wr64(h + 40, payload);
    wr64(h + 48, gx_tagger_fnv1a(h + GX_TAGGER_HEADER_SIZE, (size_t)payload));
    *outlen = out.n;
    return out.p;
}

/* ---------------------------------------------------------------- training */

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* ---------------------------------------------------------------- CRF */

/* Working memory of one CRF step (sized for the longest sentence). */
typedef struct crfbuf {
    double *em;   /* n x T emission scores, then potentials exp(em - max)  */
    double *a, *b; /* forward / backward, each position scaled to sum 1     */
    double *g;    /* n x T marginals                                        */
    double *M;    /* (T+1)^2 exp(transition), 0 where not allowed            */
    /* partial labels: the same over the constrained lattice (potentials 0 at the tags a
       position does not allow); their marginals are the target instead of the gold tags */
    double *em2, *a2, *b2, *g2;
} crfbuf;

/* Forward-backward over potentials em (n x T) and exp-transitions M: a, b scaled per position,
 * g the marginals. */
static void crf_fb(int T, int n, const double *M, const double *em, double *a, double *b, double *g)
{
    const int T1 = T + 1;
    /* forward */
    double z = 0;
    for (int c = 0; c < T; c++)
        z += a[c] = M[T * T1 + c] * em[c];
    for (int c = 0; c < T; c++)
        a[c] /= z;
    for (int i = 1; i < n; i++) {
        const double *ap = a + (size_t)(i - 1) * T;
        double *ac = a + (size_t)i * T;
        z = 0;
        for (int c = 0; c < T; c++) {
            double v = 0;
            for (int p = 0; p < T; p++)
                v += ap[p] * M[p * T1 + c];
            z += ac[c] = v * em[(size_t)i * T + c];
        }
        for (int c = 0; c < T; c++)
            ac[c] /= z;
    }
    /* backward */
    double *bl = b + (size_t)(n - 1) * T;
    z = 0;
    for (int p = 0; p < T; p++)
        z += bl[p] = M[p * T1 + T];
    for (int p = 0; p < T; p++)
        bl[p] /= z;
    for (int i = n - 2; i >= 0; i--) {
        const double *bn = b + (size_t)(i + 1) * T, *en = em + (size_t)(i + 1) * T;
        double *bc = b + (size_t)i * T, x[GX_TAGGER_MAX_TAGS];
        for (int c = 0; c < T; c++)
            x[c] = en[c] * bn[c];
        z = 0;
        for (int p = 0; p < T; p++) {
            double v = 0;
            for (int c = 0; c < T; c++)
                v += M[p * T1 + c] * x[c];
            z += bc[p] = v;
        }
        for (int p = 0; p < T; p++)
            bc[p] /= z;
    }
    /* marginals */
    for (int i = 0; i < n; i++) {
        double *gi = g + (size_t)i * T;
        z = 0;
        for (int t = 0; t < T; t++)
            z += gi[t] = a[(size_t)i * T + t] * b[(size_t)i * T + t];
        for (int t = 0; t < T; t++)
            gi[t] /= z;
    }
}

/* Turn log emission scores em (n x T) into potentials (softmax-margin: +margin for every tag
 * the labels do not allow at that position), run forward-backward (cb->a, b, g) and, with
 * partial labels, the constrained one (cb->em2, a2, b2, g2). Returns the target marginals:
 * cb->g2 with partial labels, NULL for full labels (the target is then the gold tags). */
static const double *crf_marginals(int T, int n, const double *M, double *em, const uint8_t *gold,
                                   const uint8_t *allowed, double margin, crfbuf *cb)
{
    for (int i = 0; i < n; i++) {
        double *e = em + (size_t)i * T, mx = -1e300;
        const uint8_t *al = allowed ? allowed + (size_t)i * T : NULL;
        if (margin > 0)
            for (int tag = 0; tag < T; tag++)
                if (al ? !al[tag] : tag != gold[i])
                    e[tag] += margin;
        for (int tag = 0; tag < T; tag++)
            mx = e[tag] > mx ? e[tag] : mx;
        for (int tag = 0; tag < T; tag++)
            e[tag] = exp(e[tag] - mx);
    }
    crf_fb(T, n, M, em, cb->a, cb->b, cb->g);
    if (!allowed)
        return NULL;
    for (size_t k = 0; k < (size_t)n * (size_t)T; k++)
        cb->em2[k] = allowed[k] ? em[k] : 0.0;
    crf_fb(T, n, M, cb->em2, cb->a2, cb->b2, cb->g2);
    return cb->g2;
}

/* The pair marginals of the transition into position i (0 < i < n) under forward a, backward
 * b, potentials em: pair[p * T + c], unnormalized; returns their sum. */
static double crf_pairs(int T, int i, const double *M, const double *a, const double *b, const double *em,
                        double *pair)
{
    const int T1 = T + 1;
    const double *ap = a + (size_t)(i - 1) * T, *bc = b + (size_t)i * T, *ec = em + (size_t)i * T;
    double zz = 0;
    for (int p = 0; p < T; p++)
        for (int c = 0; c < T; c++)
            zz += pair[p * T + c] = ap[p] * M[p * T1 + c] * ec[c] * bc[c];
    return zz;
}

/* Add eta x (target - expected) transition counts to ft (and ck times that to ftu when not
 * NULL): the target is the gold path, or with partial labels (tg != NULL) the constrained
 * marginals. The same operations, in the same order, as before partial labels existed. */
static void crf_trans_grad(int T, int n, const double *M, const uint8_t *gold, const double *tg,
                           const crfbuf *cb, const double *em, double eta, double ck, double *ft, double *ftu)
{
    const int T1 = T + 1;
    const double *g = cb->g;
    for (int i = 0; i <= n; i++) {
        if (!tg) {
            const int gp = i == 0 ? T : gold[i - 1], gc = i == n ? T : gold[i];
            ft[gp * T1 + gc] += eta;
            if (ftu)
                ftu[gp * T1 + gc] += ck * eta;
        } else if (i == 0 || i == n) {
            for (int t = 0; t < T; t++) {
                const int k = i == 0 ? T * T1 + t : t * T1 + T;
                const double v = tg[(size_t)(i == 0 ? 0 : n - 1) * T + t];
                if (v > 0) {
                    ft[k] += eta * v;
                    if (ftu)
                        ftu[k] += ck * eta * v;
                }
            }
        } else {
            double pair[GX_TAGGER_MAX_TAGS * GX_TAGGER_MAX_TAGS];
            const double zz = crf_pairs(T, i, M, cb->a2, cb->b2, cb->em2, pair);
            for (int p = 0; p < T; p++)
                for (int c = 0; c < T; c++)
                    if (pair[p * T + c] > 0) {
                        ft[p * T1 + c] += eta * pair[p * T + c] / zz;
                        if (ftu)
                            ftu[p * T1 + c] += ck * eta * pair[p * T + c] / zz;
                    }
        }
        if (i == 0) {
            for (int c = 0; c < T; c++) {
                ft[T * T1 + c] -= eta * g[c];
                if (ftu)
                    ftu[T * T1 + c] -= ck * eta * g[c];
            }
        } else if (i == n) {
            for (int p = 0; p < T; p++) {
                ft[p * T1 + T] -= eta * g[(size_t)(n - 1) * T + p];
                if (ftu)
                    ftu[p * T1 + T] -= ck * eta * g[(size_t)(n - 1) * T + p];
            }
        } else {
            double pair[GX_TAGGER_MAX_TAGS * GX_TAGGER_MAX_TAGS];
            const double zz = crf_pairs(T, i, M, cb->a, cb->b, em, pair);
            for (int p = 0; p < T; p++)
                for (int c = 0; c < T; c++)
                    if (M[p * T1 + c] > 0) {
                        ft[p * T1 + c] -= eta * pair[p * T + c] / zz;
                        if (ftu)
                            ftu[p * T1 + c] -= ck * eta * pair[p * T + c] / zz;
                    }
        }
    }
}

void gx_tagger_crf_gradient(const gx_tagger_lattice *lat, int n, const double *em, const double *trans,
                            const uint8_t *gold, const uint8_t *allowed, double margin, double *dem, double *dtr)
{
    const int T = lat->ntags, T1 = T + 1;
    crfbuf cb;
    const size_t sz = (size_t)(n ? n : 1) * (size_t)T;
    double *e = gl_malloc(sizeof *e * sz);
    cb.a = gl_malloc(sizeof *cb.a * sz);
    cb.b = gl_malloc(sizeof *cb.b * sz);
    cb.g = gl_malloc(sizeof *cb.g * sz);
    cb.em2 = gl_malloc(sizeof *cb.em2 * sz);
    cb.a2 = gl_malloc(sizeof *cb.a2 * sz);
    cb.b2 = gl_malloc(sizeof *cb.b2 * sz);
    cb.g2 = gl_malloc(sizeof *cb.g2 * sz);
    cb.M = gl_malloc(sizeof *cb.M * (size_t)T1 * (size_t)T1);
    for (int k = 0; k < T1 * T1; k++)
        cb.M[k] = lat->allowed[(k / T1) * GX_TAGGER_AW + k % T1] ? exp(trans[k]) : 0.0;
    memcpy(e, em, sizeof *e * (size_t)n * (size_t)T);
    const double *tg = crf_marginals(T, n, cb.M, e, gold, allowed, margin, &cb);
    for (int i = 0; i < n; i++)
        for (int tag = 0; tag < T; tag++)
            dem[(size_t)i * T + tag] = (tg ? tg[(size_t)i * T + tag] : (double)(tag == gold[i])) - cb.g[(size_t)i * T + tag];
    memset(dtr, 0, sizeof *dtr * (size_t)T1 * (size_t)T1);
    crf_trans_grad(T, n, cb.M, gold, tg, &cb, e, 1.0, 0, dtr, NULL);
    free(e);
    free(cb.a);
    free(cb.b);
    free(cb.g);
    free(cb.em2);
    free(cb.a2);
    free(cb.b2);
    free(cb.g2);
    free(cb.M);
}

/* L1 by the cumulative penalty: move w toward 0 by what it has not yet received of the total
 * penalty u (never across 0). Idempotent within one step. */
static inline void l1_apply(float *w, float *q, double *acc, double clock, double u)
{
    const float z = *w;
    if (z > 0) {
        const double v = (double)z - (u + (double)*q);
        *w = v > 0 ? (float)v : 0.0f;
    } else if (z < 0) {
        const double v = (double)z + (u - (double)*q);
        *w = v < 0 ? (float)v : 0.0f;
    }
    *q += *w - z;
    *acc += clock * (double)(*w - z);
}

/* The embedding of the character at position p of s (NULL: outside, not Han, or none). */
static inline const float *emb_at(const trainer *tr, const gx_tagger_sentence *s, int p)
{
    if (p < 0 || p >= s->n)
        return NULL;
    const uint32_t c = s->cp[p];
    if (c < GX_CLU_HAN0 || c > GX_CLU_HAN1)
        return NULL;
    const int32_t r = tr->emb_row[c - GX_CLU_HAN0];
    return r < 0 ? NULL : tr->emb_vec + (size_t)r * (size_t)tr->emb_k;
}

/* One SGD step on the log-likelihood of sentence s (softmax-margin when margin > 0). */
static void crf_step(trainer *tr, const gx_tagger_sentence *s, const int32_t *occ, double eta, double margin,
                     int l1, crfbuf *cb)
{
    const int T = tr->T, T1 = T + 1, n = s->n;
    double *em = cb->em, *g = cb->g, *M = cb->M;
    for (int k = 0; k < T1 * T1; k++) {
        const int p = k / T1, c = k % T1;
        M[k] = tr->lat.allowed[p * GX_TAGGER_AW + c] ? exp(tr->FT[k]) : 0.0;
    }
    memset(em, 0, sizeof *em * (size_t)n * (size_t)T);
    const int32_t *o = occ;
    for (int ti = 0; ti < tr->ntpl; ti++) {
        const gx_tagger_template *t = &tr->tpl[ti];
        for (int j = t->rmin; j <= n - 1 + t->rmax; j++) {
            const int32_t oe = *o++;
            if (oe < 0)
                continue;
            const int64_t bl = tr->eblock[oe];
            for (int di = 0; di < tr->nd[ti]; di++) {
                const int i = j - (t->rmin + di);
                if (i < 0 || i >= n)
                    continue;
                const float *w = tr->FW + bl + (int64_t)di * T;
                double *e = em + (size_t)i * T;
                for (int tag = 0; tag < T; tag++)
                    e[tag] += w[tag];
            }
        }
    }
    if (tr->emb_k) { /* embeddings: sum_j e_j(c_{i+o}) x V[o][j][tag] */
        const int K = tr->emb_k;
        for (int i = 0; i < n; i++) {
            double *e = em + (size_t)i * T;
            for (int o = tr->emb_rmin; o <= tr->emb_rmax; o++) {
                const float *x = emb_at(tr, s, i + o);
                if (!x)
                    continue;
                const float *v = tr->EV + (size_t)(o - tr->emb_rmin) * (size_t)K * (size_t)T;
                for (int j = 0; j < K; j++) {
                    const double xj = x[j];
                    const float *vj = v + (size_t)j * (size_t)T;
                    for (int tag = 0; tag < T; tag++)
                        e[tag] += xj * vj[tag];
                }
            }
        }
    }
    const double *tg = crf_marginals(T, n, M, em, s->gold, s->allowed, margin, cb);
    /* transitions: target counts (the gold path, or the constrained marginals) minus expected */
    crf_trans_grad(T, n, M, s->gold, tg, cb, em, eta, (double)tr->c, tr->FT, tr->FTU);
    /* features */
    o = occ;
    for (int ti = 0; ti < tr->ntpl; ti++) {
        const gx_tagger_template *t = &tr->tpl[ti];
        for (int j = t->rmin; j <= n - 1 + t->rmax; j++) {
            const int32_t oe = *o++;
            if (oe < 0)
                continue;
            const int64_t blk = tr->eblock[oe];
            for (int di = 0; di < tr->nd[ti]; di++) {
                const int i = j - (t->rmin + di);
                if (i < 0 || i >= n)
                    continue;
                float *w = tr->FW + blk + (int64_t)di * T;
                double *acc = tr->FU + blk + (int64_t)di * T;
                const double *gi = g + (size_t)i * T;
                for (int tag = 0; tag < T; tag++) {
                    const float d = (float)(eta * ((tg ? tg[(size_t)i * T + tag] : (double)(tag == s->gold[i])) - gi[tag]));
                    w[tag] += d;
                    acc[tag] += (double)tr->c * (double)d;
                }
            }
        }
    }
    if (tr->emb_k) { /* embeddings: the gradient of V[o][j][tag] is e_j x (gold - marginal) */
        const int K = tr->emb_k;
        const double ck = (double)tr->c;
        if (tr->emb_l2 > 0) {
            const size_t nv = (size_t)(tr->emb_rmax - tr->emb_rmin + 1) * (size_t)K * (size_t)T;
            const double f = eta * tr->emb_l2;
            for (size_t k = 0; k < nv; k++) {
                const float d = (float)(-f * (double)tr->EV[k]);
                tr->EV[k] += d;
                tr->EVU[k] += ck * (double)d;
            }
        }
        for (int i = 0; i < n; i++) {
            const double *gi = g + (size_t)i * T;
            double d[GX_TAGGER_MAX_TAGS];
            for (int tag = 0; tag < T; tag++)
                d[tag] = eta * ((tg ? tg[(size_t)i * T + tag] : (double)(tag == s->gold[i])) - gi[tag]);
            for (int oo = tr->emb_rmin; oo <= tr->emb_rmax; oo++) {
                const float *x = emb_at(tr, s, i + oo);
                if (!x)
                    continue;
                float *v = tr->EV + (size_t)(oo - tr->emb_rmin) * (size_t)K * (size_t)T;
                double *vu = tr->EVU + (size_t)(oo - tr->emb_rmin) * (size_t)K * (size_t)T;
                for (int j = 0; j < K; j++) {
                    const double xj = x[j];
                    for (int tag = 0; tag < T; tag++) {
                        const float dd = (float)(xj * d[tag]);
                        v[(size_t)j * (size_t)T + (size_t)tag] += dd;
                        vu[(size_t)j * (size_t)T + (size_t)tag] += ck * (double)dd;
                    }
                }
            }
        }
    }
    if (l1) {
        o = occ;
        for (int ti = 0; ti < tr->ntpl; ti++) {
            const gx_tagger_template *t = &tr->tpl[ti];
            const int size = tr->nd[ti] * T;
            for (int j = t->rmin; j <= n - 1 + t->rmax; j++) {
                const int32_t oe = *o++;
                if (oe < 0)
                    continue;
                const int64_t blk = tr->eblock[oe];
                for (int k = 0; k < size; k++)
                    l1_apply(&tr->FW[blk + k], &tr->FQ[blk + k], &tr->FU[blk + k], (double)tr->c, tr->u);
            }
        }
    }
}

/* CRF training (see gx_tagger_train_opts.algo); every feature seen gets its weights. */
static void crf_train(trainer *tr, const gx_tagger_corpus *c, const gx_tagger_train_opts *opts, int epochs,
                      uint64_t seed, unsigned char **model, size_t *mlen, int quiet)
{
    const int T = tr->T;
    free(tr->FW);
    free(tr->FQ);
    free(tr->FU);
    free(tr->FT);
    free(tr->FTU);
    tr->c = 1;
    tr->u = 0;
    if (tr->emb_k) {
        const size_t nv = (size_t)(tr->emb_rmax - tr->emb_rmin + 1) * (size_t)tr->emb_k * (size_t)T;
        memset(tr->EV, 0, sizeof *tr->EV * nv);
        memset(tr->EVU, 0, sizeof *tr->EVU * nv);
    }
    tr->nw = 0;
    for (int32_t e = 0; e < tr->nent; e++) {
        tr->eblock[e] = tr->nw;
        tr->nw += (int64_t)tr->nd[tr->etpl[e]] * T;
    }
    tr->FW = gl_calloc((size_t)(tr->nw ? tr->nw : 1), sizeof *tr->FW);
    tr->FQ = gl_calloc((size_t)(tr->nw ? tr->nw : 1), sizeof *tr->FQ);
    tr->FU = gl_calloc((size_t)(tr->nw ? tr->nw : 1), sizeof *tr->FU);
    tr->FT = gl_calloc((size_t)(T + 1) * (size_t)(T + 1), sizeof *tr->FT);
    tr->FTU = gl_calloc((size_t)(T + 1) * (size_t)(T + 1), sizeof *tr->FTU);
    int maxn = 1;
    for (int i = 0; i < c->n; i++)
        if (c->s[i].n > maxn)
            maxn = c->s[i].n;
    crfbuf cb;
    const size_t sz = (size_t)maxn * (size_t)T;
    cb.em = gl_malloc(sizeof *cb.em * sz);
    cb.a = gl_malloc(sizeof *cb.a * sz);
    cb.b = gl_malloc(sizeof *cb.b * sz);
    cb.g = gl_malloc(sizeof *cb.g * sz);
    cb.M = gl_malloc(sizeof *cb.M * (size_t)(T + 1) * (size_t)(T + 1));
    cb.em2 = gl_malloc(sizeof *cb.em2 * sz);
    cb.a2 = gl_malloc(sizeof *cb.a2 * sz);
    cb.b2 = gl_malloc(sizeof *cb.b2 * sz);
    cb.g2 = gl_malloc(sizeof *cb.g2 * sz);
    int *order = gl_malloc(sizeof *order * (size_t)(c->n ? c->n : 1));
    for (int i = 0; i < c->n; i++)
        order[i] = i;
    uint64_t rng = seed ^ 0x5EED5EED5EEDULL;
    double eta = opts->eta > 0 ? opts->eta : 0.1;
    const double decay = opts->decay > 0 ? opts->decay : 0.9;
    const double per = c->n ? opts->l1 / (double)c->n : 0;
    for (int ep = 1; ep <= epochs; ep++) {
        for (int i = c->n - 1; i > 0; i--) {
            int j = (int)(splitmix(&rng) % (uint64_t)(i + 1));
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int k = 0; k < c->n; k++) {
            const gx_tagger_sentence *s = &c->s[order[k]];
            tr->u += eta * per;
            if (s->n > 0)
                crf_step(tr, s, tr->occ[order[k]],
                         (opts->sent_weight ? eta * opts->sent_weight[order[k]] : eta) * s->weight,
                         opts->crf_margin, opts->l1 > 0, &cb);
            tr->c++;
        }
        eta *= decay;
        if (!quiet && (opts->on_epoch || ep == epochs)) {
            free(*model);
            *model = serialize(tr, c, mlen);
            if (opts->on_epoch)
                opts->on_epoch(opts->ud, ep, 0, *model, *mlen);
        }
    }
    free(order);
    free(cb.em);
    free(cb.a);
    free(cb.b);
    free(cb.g);
    free(cb.M);
    free(cb.em2);
    free(cb.a2);
    free(cb.b2);
    free(cb.g2);
}

int gx_tagger_train(const gx_tagger_corpus *c, const gx_tagger_train_opts *opts, unsigned char **out,
                    size_t *outlen, gl_error *err)
{
    trainer tr;
    memset(&tr, 0, sizeof tr);
    *out = NULL;
    *outlen = 0;
    if (c->ntypes < 1)
        return gl_error_set(err, 400, "train: no entity types");
    tr.T = 1 + 4 * c->ntypes;
    tr.tpl = opts && opts->tpl ? opts->tpl : gx_tagger_default_templates;
    tr.ntpl = opts && opts->tpl ? opts->ntpl : gx_tagger_default_ntemplates;
    if (tr.ntpl < 1 || tr.ntpl > GX_TAGGER_MAX_TEMPLATES)
        return gl_error_set(err, 400, "train: bad number of templates");
    for (int ti = 0; ti < tr.ntpl; ti++) {
        const gx_tagger_template *t = &tr.tpl[ti];
        if (t->n < 1 || t->n > 4 || t->rmin > t->rmax || t->rmin < -GX_TAGGER_PAD ||
            t->rmax + t->n - 1 > GX_TAGGER_PAD || (t->rmax - t->rmin + 1) * tr.T > 255)
            return gl_error_set(err, 400, "train: bad template %d", ti);
        tr.nd[ti] = t->rmax - t->rmin + 1;
        if (t->kind > GX_TPL_MAXKIND || (GX_TPL_IS_CTX(t->kind) && t->n != 1))
            return gl_error_set(err, 400, "train: bad template kind %d", ti);
    }
    tr.lex = opts ? opts->lex : NULL;
    tr.lex_dropout = opts ? opts->lex_dropout : 0;
    tr.prune = opts ? opts->prune : 0;
    tr.cost = opts ? opts->cost : 0;
    tr.train_lex = opts ? opts->train_lex : NULL;
    tr.ntrain_lex = opts && opts->train_lex ? opts->ntrain_lex : 0;
    tr.lex_fold = opts && opts->train_lex ? opts->lex_fold : NULL;
    tr.seed = opts ? opts->seed : 0;
    int epochs = opts && opts->epochs > 0 ? opts->epochs : 10;
    uint64_t seed = opts ? opts->seed : 0;
    gx_tagger_constraints(c->ntypes, &tr.lat);
    tr.emb_ti = -1;
    if (opts && opts->emb_vec && opts->emb_k > 0 && opts->nemb > 0) {
        if (opts->algo != 1)
            return gl_error_set(err, 400, "train: embeddings need the CRF");
        for (int ti = 0; ti < tr.ntpl; ti++)
            if (tr.tpl[ti].kind == GX_TPL_CHAR && tr.tpl[ti].n == 1 && tr.tpl[ti].rmin <= opts->emb_rmin &&
                tr.tpl[ti].rmax >= opts->emb_rmax)
                tr.emb_ti = ti;
        if (tr.emb_ti < 0 || opts->emb_rmin > opts->emb_rmax)
            return gl_error_set(err, 400, "train: embeddings at offsets %d..%d need a character unigram template covering them",
                                opts->emb_rmin, opts->emb_rmax);
        tr.emb_row = gl_malloc(sizeof *tr.emb_row * (GX_CLU_HAN1 - GX_CLU_HAN0 + 1));
        for (uint32_t k = 0; k <= GX_CLU_HAN1 - GX_CLU_HAN0; k++)
            tr.emb_row[k] = -1;
        for (int r = 0; r < opts->nemb; r++) {
            if (opts->emb_cp[r] < GX_CLU_HAN0 || opts->emb_cp[r] > GX_CLU_HAN1) {
                free(tr.emb_row);
                return gl_error_set(err, 400, "train: embedded character U+%04X is not Han", (unsigned)opts->emb_cp[r]);
            }
            tr.emb_row[opts->emb_cp[r] - GX_CLU_HAN0] = r;
        }
        tr.emb_k = opts->emb_k;
        tr.emb_rmin = opts->emb_rmin;
        tr.emb_rmax = opts->emb_rmax;
        tr.emb_vec = opts->emb_vec;
        tr.emb_l2 = opts->emb_l2;
        const size_t nv = (size_t)(tr.emb_rmax - tr.emb_rmin + 1) * (size_t)tr.emb_k * (size_t)tr.T;
        tr.EV = gl_calloc(nv, sizeof *tr.EV);
        tr.EVU = gl_calloc(nv, sizeof *tr.EVU);
    }
    tr.TW = gl_calloc((size_t)(tr.T + 1) * (size_t)(tr.T + 1), sizeof *tr.TW);
    tr.TU = gl_calloc((size_t)(tr.T + 1) * (size_t)(tr.T + 1), sizeof *tr.TU);
    build_occurrences(&tr, c);
    if (tr.emb_k)
        emb_entries(&tr, opts);
    if (opts && opts->algo == 1) {
        unsigned char *model = NULL;
        size_t mlen = 0;
        tr.crf = 1;
        tr.c = 1;
        if (opts->seed_avg > 1) {
            /* one model: the weights of seed_avg runs with shuffling seeds seed, seed + 1, ...
             * averaged (the runs share the feature set, so the weights are index-aligned) */
            const int R = opts->seed_avg, T1 = tr.T + 1;
            const size_t nv = tr.emb_k ? (size_t)(tr.emb_rmax - tr.emb_rmin + 1) * (size_t)tr.emb_k * (size_t)tr.T : 0;
            double *sw = NULL, *st = gl_calloc((size_t)T1 * (size_t)T1, sizeof *st), *sev = nv ? gl_calloc(nv, sizeof *sev) : NULL;
            for (int r = 0; r < R; r++) {
                crf_train(&tr, c, opts, epochs, seed + (uint64_t)r, &model, &mlen, 1);
                if (!sw)
                    sw = gl_calloc((size_t)(tr.nw ? tr.nw : 1), sizeof *sw);
                for (int64_t k = 0; k < tr.nw; k++)
                    sw[k] += wval(&tr, k) / R;
                for (int k = 0; k < T1 * T1; k++)
                    st[k] += tval(&tr, k) / R;
                for (size_t k = 0; k < nv; k++)
                    sev[k] += ((double)tr.EV[k] - tr.EVU[k] / (double)tr.c) / R;
            }
            tr.avg_w = sw;
            tr.avg_t = st;
            tr.avg_ev = sev;
            model = serialize(&tr, c, &mlen);
            if (opts->on_epoch)
                opts->on_epoch(opts->ud, epochs, 0, model, mlen);
            free(sw);
            free(st);
            free(sev);
        } else
            crf_train(&tr, c, opts, epochs, seed, &model, &mlen, 0);
        *out = model;
        *outlen = mlen;
        for (int i = 0; i < c->n; i++)
            free(tr.occ[i]);
        free(tr.occ);
        free(tr.ekey);
        free(tr.etpl);
        free(tr.eblock);
        free(tr.FW);
        free(tr.FQ);
        free(tr.FU);
        free(tr.FT);
        free(tr.FTU);
        free(tr.TW);
        free(tr.TU);
        free(tr.map.keys);
        free(tr.map.vals);
        free(tr.emb_row);
        free(tr.echar);
        free(tr.EV);
        free(tr.EVU);
        return 0;
    }

    int maxn = 1;
    for (int i = 0; i < c->n; i++)
        if (c->s[i].n > maxn)
            maxn = c->s[i].n;
    int32_t *emit = gl_malloc(sizeof *emit * (size_t)maxn * (size_t)tr.T);
    int32_t *alpha = gl_malloc(sizeof *alpha * (size_t)maxn * (size_t)tr.T);
    uint8_t *pred = gl_malloc((size_t)maxn);
    int *order = gl_malloc(sizeof *order * (size_t)(c->n ? c->n : 1));
    for (int i = 0; i < c->n; i++)
        order[i] = i;
    uint64_t rng = seed ^ 0x5EED5EED5EEDULL;
    tr.c = 1;
    unsigned char *model = NULL;
    size_t mlen = 0;
    for (int ep = 1; ep <= epochs; ep++) {
        for (int i = c->n - 1; i > 0; i--) {
            int j = (int)(splitmix(&rng) % (uint64_t)(i + 1));
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        long mistakes = 0;
        for (int k = 0; k < c->n; k++) {
            const gx_tagger_sentence *s = &c->s[order[k]];
            if (s->n > 0) {
                train_emissions(&tr, s, tr.occ[order[k]], emit);
                if (tr.cost)
                    for (int i = 0; i < s->n; i++)
                        for (int t = 0; t < tr.T; t++)
                            if (t != s->gold[i])
                                emit[(size_t)i * tr.T + t] += tr.cost;
                gx_tagger_viterbi(&tr.lat, tr.TW, emit, s->n, alpha, pred);
                if (memcmp(pred, s->gold, (size_t)s->n) != 0) {
                    mistakes++;
                    update(&tr, s, tr.occ[order[k]], pred);
                }
            }
            tr.c++;
        }
        if ((opts && opts->on_epoch) || ep == epochs) {
            free(model);
            model = serialize(&tr, c, &mlen);
            if (opts && opts->on_epoch)
                opts->on_epoch(opts->ud, ep, mistakes, model, mlen);
        }
    }
    *out = model;
    *outlen = mlen;

    free(emit);
    free(alpha);
    free(pred);
    free(order);
    for (int i = 0; i < c->n; i++)
        free(tr.occ[i]);
    free(tr.occ);
    free(tr.ekey);
    free(tr.etpl);
    free(tr.eblock);
    free(tr.W);
    free(tr.U);
    free(tr.TW);
    free(tr.TU);
    free(tr.map.keys);
    free(tr.map.vals);
    return 0;
}

/* ---------------------------------------------------------------- evaluation */

void gx_tagger_evaluate(const gx_tagger_model *m, const gx_tagger_corpus *c, long *tp, long *fp, long *fn)
{
    int map[GX_TAGGER_MAX_TYPES]; /* corpus type -> model type */
    for (int k = 0; k < c->ntypes; k++)
        map[k] = gx_tagger_model_type(m, c->type_names[k]);
    for (int k = 0; k < m->ntypes; k++)
        tp[k] = fp[k] = fn[k] = 0;
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    gx_tagger_span *pred = NULL, *gold = NULL;
    int cap = 0;
    for (int si = 0; si < c->n; si++) {
        const gx_tagger_sentence *s = &c->s[si];
        if (s->n + 1 > cap) {
            cap = s->n + 1;
            pred = gl_realloc(pred, sizeof *pred * (size_t)cap);
            gold = gl_realloc(gold, sizeof *gold * (size_t)cap);
        }
        int np = gx_tagger_decode(m, &sc, s->cp, s->n, pred, cap, 0);
        int ng = 0;
        for (int i = 0; i < s->n; i++) {
            int tag = s->gold[i];
            if (!tag || ((tag - 1) % 4 != 0 && (tag - 1) % 4 != 3))
                continue;
            int e = i;
            if ((tag - 1) % 4 == 0)
                while (e + 1 < s->n && (s->gold[e] - 1) % 4 != 2)
                    e++;
            int mt = map[(tag - 1) / 4];
            if (mt >= 0) {
                gold[ng].start = i;
                gold[ng].end = e + 1;
                gold[ng].type = mt;
                ng++;
            }
            i = e;
        }
        for (int a = 0; a < np; a++) {
            int hit = 0;
            for (int b = 0; b < ng && !hit; b++)
                hit = gold[b].start == pred[a].start && gold[b].end == pred[a].end && gold[b].type == pred[a].type;
            if (hit)
                tp[pred[a].type]++;
            else
                fp[pred[a].type]++;
        }
        for (int b = 0; b < ng; b++) {
            int hit = 0;
            for (int a = 0; a < np && !hit; a++)
                hit = gold[b].start == pred[a].start && gold[b].end == pred[a].end && gold[b].type == pred[a].type;
            if (!hit)
                fn[gold[b].type]++;
        }
    }
    free(pred);
    free(gold);
    gx_tagger_scratch_cleanup(&sc);
}
