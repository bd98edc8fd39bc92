/* gleaner_train.c — trains and evaluates the tagger model (issue 4).
 *
 *   gleaner-train --train cluener/train.json --holdout-last 1000 --out data/tagger/model.bin
 *                 [--epochs N] [--seed S]
 *   gleaner-train --eval FILE [--last N] --model data/tagger/model.bin
 *   gleaner-train --tag --model data/tagger/model.bin < lines     (prints the spans per line)
 *   gleaner-train --tag-engine --data-dir data < lines   (the tagger candidates the engine
 *                 proposes for each line as a text article, as the server builds it)
 *
 * Training is deterministic: the same input lines and options give the same model bytes. With
 * --holdout-last N the last N lines are never trained on; they are scored after every epoch
 * (exact spans, per type) on stderr. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gl_alloc.h"
#include "gl_error.h"
#include "gx_arena.h"
#include "gx_article.h"
#include "gx_normalize.h"
#include "gx_structure.h"
#include "gx_tagger.h"
#include "gx_tagger_model.h"
#include "gx_tagger_train.h"

#define MAX_GAZ 10

/* --algo crf and its settings, applied to every training run of this process */
static struct {
    int algo;
    double l1, eta, decay, margin;
    const char *margins_out; /* --margins-out FILE: with --cv, "type margin correct" per span */
    const char *clusters;    /* --clusters FILE: character clusters (data/tagger/clusters.tsv) */
    /* --embeddings FILE [--emb-dims K] [--emb-offsets A:B] [--emb-scale X] [--emb-l2 L]: dense
       character embeddings (data/tagger/embeddings.tsv), read into emb_cp / emb_vec */
    const char *emb_path;
    int emb_dims, emb_rmin, emb_rmax, nemb, emb_k;
    double emb_scale, emb_l2;
    int seed_avg; /* --seed-avg R: one model averaged over R shuffling seeds */
    uint32_t *emb_cp;
    float *emb_vec;
} crf_settings;

/* Appends one line per predicted span of te under model image img: type, margin, 1 when the
 * span is exactly a gold span of that type. Out-of-fold margins, for fitting the score. */
static void write_margins(const unsigned char *img, size_t len, const gx_tagger_corpus *te, FILE *f)
{
    gl_error err;
    gl_error_clear(&err);
    gx_tagger_model *m = gx_tagger_model_parse(img, len, &err);
    if (!m)
        return;
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    gx_tagger_span *sp = gl_malloc(sizeof *sp * GX_TAGGER_MAX_SENT);
    for (int si = 0; si < te->n; si++) {
        const gx_tagger_sentence *s = &te->s[si];
        int np = gx_tagger_decode(m, &sc, s->cp, s->n, sp, GX_TAGGER_MAX_SENT, 1);
        for (int a = 0; a < np && a < GX_TAGGER_MAX_SENT; a++) {
            const int B = 1 + 4 * sp[a].type, len1 = sp[a].end - sp[a].start;
            int ok = 1;
            if (len1 == 1)
                ok = s->gold[sp[a].start] == B + 3;
            else
                for (int i = sp[a].start; i < sp[a].end && ok; i++)
                    ok = s->gold[i] == (i == sp[a].start ? B : i == sp[a].end - 1 ? B + 2 : B + 1);
            fprintf(f, "%s\t%.3f\t%d\n", m->type_names[sp[a].type], sp[a].margin, ok);
        }
    }
    free(sp);
    gx_tagger_scratch_cleanup(&sc);
    gx_tagger_model_free(m);
}

static void apply_crf_settings(gx_tagger_train_opts *o)
{
    o->algo = crf_settings.algo;
    o->l1 = crf_settings.l1;
    o->eta = crf_settings.eta;
    o->decay = crf_settings.decay;
    o->crf_margin = crf_settings.margin;
    o->seed_avg = crf_settings.seed_avg;
    if (crf_settings.emb_vec) {
        o->emb_cp = crf_settings.emb_cp;
        o->emb_vec = crf_settings.emb_vec;
        o->nemb = crf_settings.nemb;
        o->emb_k = crf_settings.emb_k;
        o->emb_rmin = crf_settings.emb_rmin;
        o->emb_rmax = crf_settings.emb_rmax;
        o->emb_l2 = crf_settings.emb_l2;
    }
}

static const char *const default_types[] = {"company", "name", "government", "organization", "address", "position"};
static const char *const all_types[] = {"company", "name", "government", "organization", "address",
                                        "position", "book", "game", "movie", "scene"};
static const char *const misc_types[] = {"company", "name",     "government", "organization",
                                         "address", "position", "misc=book,game,movie,scene"};

static void usage(FILE *f)
{
    fputs("usage: gleaner-train --train FILE [--holdout-last N] --out MODEL [--epochs N] [--seed S]\n"
          "                     [--all-types | --misc-type] [--templates c1:-2:2,c2:-2:1,c3:-2:0,k3:-1:-1]\n"
          "                     [--augment K [--aug-list TYPE=FILE ...] [--aug-types T1,T2] [--aug-self PCT]\n"
          "                      [--aug-gazetteer] [--aug-weight W] [--aug-match-lexicon]]  (mention replacement: K copies of each\n"
          "                      sentence, CRF steps of the copies scaled by W)\n"
          "                     [--lexicon FILE [--lex-dropout PCT]]\n"
          "                     [--train-gazetteer K]  (training spans as lexicon, K-fold jackknifed)\n"
          "                     [--cost C]  (cost-augmented training: margin C per wrong tag)\n"
          "                     [--prune W]  (drop weights below W/32000 of the largest)\n"
          "                     [--bias type=W,...]  (add W to every span of that type)\n"
          "                     [--algo perceptron|crf] [--l1 C] [--eta E] [--decay D] [--margin M]\n"
          "                       (CRF: SGD on the log-likelihood, L1 strength C, learning rate E\n"
          "                        times D per epoch, softmax-margin M nats per wrong tag)\n"
          "                     [--margins-out FILE]  (with --cv: out-of-fold span margins, for the score)\n"
          "                     [--clusters FILE]  (character clusters for u/v/w templates)\n"
          "                     [--embeddings FILE [--emb-dims K] [--emb-offsets A:B] [--emb-scale X]\n"
          "                      [--emb-l2 L]]  (CRF: dense character embeddings at offsets A..B,\n"
          "                       default -1:1, folded into the c1 template's weights)\n"
          "                     [--seed-avg R]  (CRF: one model, the weights averaged over R runs\n"
          "                       with shuffling seeds SEED .. SEED+R-1)\n"
          "                     [--cv K]   (K-fold cross-validation on the training lines instead)\n"
          "       gleaner-train --eval FILE [--last N] --model MODEL\n"
          "       gleaner-train --tag --model MODEL < text-lines\n"
          "       gleaner-train --tag-engine [--data-dir DIR] < text-lines\n"
          "Trains the tagger (averaged perceptron, BIOES) on CLUENER JSON lines, or prints exact-span\n"
          "precision/recall/F1 per type of MODEL on FILE (its last N lines with --last).\n"
          "Templates: KIND N:RMIN:RMAX, KIND c character, k class, l lexicon code, e/t its external /\n"
          "training-gazetteer half, n character property (surname, given name), u/v/w character\n"
          "cluster (fine/middle/coarse; needs --clusters FILE), b/a the external-lexicon word\n"
          "ending / starting at the position, x/z the Latin token / its shape (N = 1). The committed\n"
          "model's command is in data/tagger/SOURCE.md.\n",
          f);
}

typedef struct lines {
    char *data;
    size_t *start, *len;
    int n;
} lines;

static int read_lines(const char *path, lines *out, gl_error *err)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f)
        return gl_error_set(err, 0, "%s: %s", path, strerror(errno));
    size_t cap = 1 << 20, n = 0, k;
    char *d = gl_malloc(cap);
    while ((k = fread(d + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            d = gl_realloc(d, cap *= 2);
    }
    fclose(f);
    int lcap = 1024;
    out->start = gl_malloc(sizeof *out->start * (size_t)lcap);
    out->len = gl_malloc(sizeof *out->len * (size_t)lcap);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && d[j] != '\n')
            j++;
        size_t e = j;
        while (e > i && (d[e - 1] == '\r' || d[e - 1] == ' '))
            e--;
        if (e > i) {
            if (out->n == lcap) {
                lcap *= 2;
                out->start = gl_realloc(out->start, sizeof *out->start * (size_t)lcap);
                out->len = gl_realloc(out->len, sizeof *out->len * (size_t)lcap);
            }
            out->start[out->n] = i;
            out->len[out->n] = e - i;
            out->n++;
        }
        i = j + 1;
    }
    out->data = d;
    return 0;
}

static void free_lines(lines *l)
{
    free(l->data);
    free(l->start);
    free(l->len);
}

static int load_corpus(const lines *l, int from, int to, gx_tagger_corpus *c, gl_error *err)
{
    for (int i = from; i < to; i++)
        if (gx_tagger_corpus_add_cluener(c, l->data + l->start[i], l->len[i], err) < 0) {
            char msg[sizeof err->message];
            snprintf(msg, sizeof msg, "%s", err->message);
            return gl_error_set(err, 400, "line %d: %s", i + 1, msg);
        }
    return 0;
}

static void print_scores(FILE *f, const gx_tagger_model *m, const gx_tagger_corpus *dev)
{
    long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
    gx_tagger_evaluate(m, dev, tp, fp, fn);
    long TP = 0, FP = 0, FN = 0, TP4 = 0, FP4 = 0, FN4 = 0;
    fprintf(f, "  %-14s %6s %6s %6s %7s %7s %7s\n", "type", "tp", "fp", "fn", "P", "R", "F1");
    for (int k = 0; k < m->ntypes; k++) {
        double P = tp[k] + fp[k] ? (double)tp[k] / (double)(tp[k] + fp[k]) : 0;
        double R = tp[k] + fn[k] ? (double)tp[k] / (double)(tp[k] + fn[k]) : 0;
        double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
        fprintf(f, "  %-14s %6ld %6ld %6ld %7.4f %7.4f %7.4f\n", m->type_names[k], tp[k], fp[k], fn[k], P, R, F);
        const char *nm = m->type_names[k];
        if (!strcmp(nm, "misc"))
            continue; /* not proposed to the engine */
        TP += tp[k], FP += fp[k], FN += fn[k];
        if (!strcmp(nm, "company") || !strcmp(nm, "name") || !strcmp(nm, "government") || !strcmp(nm, "position"))
            TP4 += tp[k], FP4 += fp[k], FN4 += fn[k];
    }
    double P = TP + FP ? (double)TP / (double)(TP + FP) : 0, R = TP + FN ? (double)TP / (double)(TP + FN) : 0;
    fprintf(f, "  %-14s %6ld %6ld %6ld %7.4f %7.4f %7.4f\n", "micro(6 types)", TP, FP, FN, P, R,
            P + R > 0 ? 2 * P * R / (P + R) : 0);
    P = TP4 + FP4 ? (double)TP4 / (double)(TP4 + FP4) : 0, R = TP4 + FN4 ? (double)TP4 / (double)(TP4 + FN4) : 0;
    fprintf(f, "  %-14s %6ld %6ld %6ld %7.4f %7.4f %7.4f   (company, name, government, position)\n", "micro(4)", TP4,
            FP4, FN4, P, R, P + R > 0 ? 2 * P * R / (P + R) : 0);
}

/* ---------------------------------------------------------------- augmentation
 * Mention replacement: extra training sentences, copies of a training sentence in which each
 * span of an augmented type is, with probability 1/2, replaced by another entity of that type:
 * from the type's list (--aug-list TYPE=FILE; --names / --companies are name= / company=) or,
 * with --aug-self PCT, PCT% of the time from the spans of that type in the training sentences
 * themselves (each occurrence once, so frequent spans are drawn more often). A copy is added
 * only if something was replaced. Deterministic (seeded). The copies keep the jackknife fold of
 * the sentence they come from and, unless --aug-gazetteer, add nothing to the training gazetteer,
 * so a sentence never sees its own spans there through its copies. */

typedef struct wordlist {
    uint32_t **w;
    int *len;
    int n;
} wordlist;

static int read_wordlist(const char *path, wordlist *wl, gl_error *err)
{
    lines l;
    memset(wl, 0, sizeof *wl);
    if (read_lines(path, &l, err) < 0)
        return -1;
    wl->w = gl_calloc((size_t)(l.n ? l.n : 1), sizeof *wl->w);
    wl->len = gl_calloc((size_t)(l.n ? l.n : 1), sizeof *wl->len);
    for (int i = 0; i < l.n; i++) {
        const unsigned char *p = (const unsigned char *)l.data + l.start[i], *e = p + l.len[i];
        uint32_t *w = gl_malloc(sizeof *w * (l.len[i] + 1));
        int n = 0;
        while (p < e) {
            uint32_t c = *p;
            int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (k > 1)
                c &= 0x3Fu >> (k - 1);
            for (int j = 1; j < k && p + j < e; j++)
                c = c << 6 | (p[j] & 0x3F);
            w[n++] = gx_tagger_nfkc1(c);
            p += k;
        }
        if (n == 0) {
            free(w);
            continue;
        }
        wl->w[wl->n] = w;
        wl->len[wl->n++] = n;
    }
    free_lines(&l);
    return 0;
}

static void free_wordlist(wordlist *wl)
{
    for (int i = 0; i < wl->n; i++)
        free(wl->w[i]);
    free(wl->w);
    free(wl->len);
}

static uint64_t rnd(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

typedef struct aug_opts {
    int copies;                             /* copies per sentence (0: no augmentation)   */
    int self_pct;                           /* % of replacements drawn from training spans */
    int gazetteer;                          /* copies feed the training gazetteer          */
    double weight;                          /* CRF step of a copy (1 = a real line's)      */
    wordlist list[GX_TAGGER_MAX_TYPES];
    int eligible[GX_TAGGER_MAX_TYPES];      /* types that are replaced                     */
    /* --aug-match-lexicon: a span listed in the external lexicon (as a person, place,
     * organization, proper noun or company) is replaced by a list entry that is listed too,
     * and an unlisted span by an unlisted entry, so the copies do not change how far the
     * lexicon features can be trusted. match[t][k]: indices into list[t] of status k. */
    const gx_tagger_lexicon *match_lex;
    int *match[GX_TAGGER_MAX_TYPES][2];
    int nmatch[GX_TAGGER_MAX_TYPES][2];
} aug_opts;

#define AUG_LEX_NAMED                                                                                           \
    (1u << GX_LEX_PERSON | 1u << GX_LEX_PLACE | 1u << GX_LEX_ORG | 1u << GX_LEX_PROPER | 1u << GX_LEX_COMPANY)

static int aug_status(const gx_tagger_lexicon *lex, const uint32_t *w, int n)
{
    return n >= 2 && n <= GX_LEX_MAXLEN && (gx_tagger_lexicon_get(lex, w, n) & AUG_LEX_NAMED) != 0;
}

/* Splits every list by lexicon status (--aug-match-lexicon). */
static void aug_split(aug_opts *ao, const gx_tagger_lexicon *lex)
{
    ao->match_lex = lex;
    for (int t = 0; t < GX_TAGGER_MAX_TYPES; t++)
        for (int k = 0; k < 2; k++) {
            ao->match[t][k] = gl_malloc(sizeof(int) * (size_t)(ao->list[t].n ? ao->list[t].n : 1));
            ao->nmatch[t][k] = 0;
        }
    for (int t = 0; t < GX_TAGGER_MAX_TYPES; t++)
        for (int i = 0; i < ao->list[t].n; i++) {
            int k = aug_status(lex, ao->list[t].w[i], ao->list[t].len[i]);
            ao->match[t][k][ao->nmatch[t][k]++] = i;
        }
    for (int t = 0; t < GX_TAGGER_MAX_TYPES; t++)
        if (ao->list[t].n)
            fprintf(stderr, "augmentation list %d: %d entries in the lexicon, %d not\n", t, ao->nmatch[t][1],
                    ao->nmatch[t][0]);
}

/* The spans of type t in the first n sentences of c, one entry per occurrence (caller frees
 * with free_wordlist). */
static void collect_spans(const gx_tagger_corpus *c, int n, int t, wordlist *wl)
{
    int cap = 1024;
    memset(wl, 0, sizeof *wl);
    wl->w = gl_malloc(sizeof *wl->w * (size_t)cap);
    wl->len = gl_malloc(sizeof *wl->len * (size_t)cap);
    for (int si = 0; si < n; si++) {
        const gx_tagger_sentence *s = &c->s[si];
        for (int i = 0; i < s->n; i++) {
            int tag = s->gold[i];
            if (!tag || (tag - 1) / 4 != t || ((tag - 1) % 4 != 0 && (tag - 1) % 4 != 3))
                continue;
            int e = i;
            if ((tag - 1) % 4 == 0)
                while (e + 1 < s->n && (s->gold[e] - 1) % 4 != 2)
                    e++;
            if (wl->n == cap) {
                cap *= 2;
                wl->w = gl_realloc(wl->w, sizeof *wl->w * (size_t)cap);
                wl->len = gl_realloc(wl->len, sizeof *wl->len * (size_t)cap);
            }
            wl->w[wl->n] = gl_malloc(sizeof(uint32_t) * (size_t)(e - i + 1));
            memcpy(wl->w[wl->n], s->cp + i, sizeof(uint32_t) * (size_t)(e - i + 1));
            wl->len[wl->n++] = e - i + 1;
            i = e;
        }
    }
}

/* Appends the copies to c. Returns the origin of every sentence of c afterwards (origin[i] = i
 * for the original ones; malloc'ed, the caller frees), or NULL without augmentation. */
static int *augment(gx_tagger_corpus *c, const aug_opts *ao, uint64_t seed)
{
    if (ao->copies <= 0)
        return NULL;
    int n0 = c->n, added = 0, cap = n0 * (ao->copies + 1) + 1;
    wordlist self[GX_TAGGER_MAX_TYPES];
    memset(self, 0, sizeof self);
    for (int t = 0; t < c->ntypes; t++)
        if (ao->eligible[t] && ao->self_pct > 0)
            collect_spans(c, n0, t, &self[t]);
    int *origin = gl_malloc(sizeof *origin * (size_t)cap);
    for (int i = 0; i < n0; i++)
        origin[i] = i;
    uint64_t rng = seed ^ 0xA5A5A5A5ULL;
    for (int si = 0; si < n0; si++) {
        for (int copy = 0; copy < ao->copies; copy++) {
            const gx_tagger_sentence *s = &c->s[si]; /* re-read: the array may move */
            int n = s->n, changed = 0, room = n * 8 + 64;
            uint32_t *cp = gl_malloc(sizeof *cp * (size_t)room);
            uint8_t *gold = gl_malloc((size_t)room);
            int m = 0;
            for (int i = 0; i < n;) {
                int tag = s->gold[i];
                int role = tag ? (tag - 1) % 4 : -1, type = tag ? (tag - 1) / 4 : -1;
                if (role == 0 || role == 3) {
                    int e = i;
                    if (role == 0)
                        while (e + 1 < n && (s->gold[e] - 1) % 4 != 2)
                            e++;
                    const wordlist *wl = NULL;
                    const int *sub = NULL;
                    int nsub = 0;
                    if (ao->eligible[type] && (rnd(&rng) & 1)) {
                        int from_self = ao->list[type].n == 0 || (int)(rnd(&rng) % 100) < ao->self_pct;
                        wl = from_self ? &self[type] : &ao->list[type];
                        nsub = wl->n;
                        if (!from_self && ao->match_lex) {
                            int k = aug_status(ao->match_lex, s->cp + i, e - i + 1);
                            sub = ao->match[type][k];
                            nsub = ao->nmatch[type][k];
                        }
                    }
                    if (wl && nsub > 0) {
                        int pick = (int)(rnd(&rng) % (uint64_t)nsub);
                        if (sub)
                            pick = sub[pick];
                        int len = wl->len[pick];
                        if (m + len + (n - e - 1) > room) /* no room: keep this span */
                            goto keep;
                        for (int k = 0; k < len; k++) {
                            cp[m + k] = wl->w[pick][k];
                            gold[m + k] = (uint8_t)(1 + 4 * type + (len == 1 ? 3 : k == 0 ? 0 : k == len - 1 ? 2 : 1));
                        }
                        m += len;
                        changed = 1;
                        i = e + 1;
                        continue;
                    }
                keep:
                    for (int k = i; k <= e; k++, m++)
                        cp[m] = s->cp[k], gold[m] = s->gold[k];
                    i = e + 1;
                    continue;
                }
                cp[m] = s->cp[i];
                gold[m++] = s->gold[i];
                i++;
            }
            if (changed && m > 0 && m <= GX_TAGGER_MAX_SENT) {
                gx_tagger_corpus_add(c, cp, gold, m);
                origin[n0 + added++] = si;
            }
            free(cp);
            free(gold);
        }
    }
    for (int t = 0; t < c->ntypes; t++)
        free_wordlist(&self[t]);
    fprintf(stderr, "augmentation: %d sentences added\n", added);
    return origin;
}

/* The CRF step weights with augmentation: 1 for the real lines, ao->weight for the copies
 * (malloc'ed, n entries; NULL when every weight would be 1). */
static double *aug_weights(const aug_opts *ao, const int *origin, int n)
{
    if (!origin || ao->weight <= 0 || ao->weight == 1)
        return NULL;
    double *w = gl_malloc(sizeof *w * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        w[i] = origin[i] == i ? 1 : ao->weight;
    return w;
}

/* --lexicon FILE: "word<TAB>classes" lines; classes are letters: p person, l place,
 * o organization, z other proper noun, c company, w common word; for single characters
 * S / s common / rare surname, G / g common / rare given-name character. */
static int read_lexicon(const char *path, gx_tagger_lexicon *lex, gl_error *err)
{
    lines l;
    if (read_lines(path, &l, err) < 0)
        return -1;
    for (int i = 0; i < l.n; i++) {
        const unsigned char *p = (const unsigned char *)l.data + l.start[i], *e = p + l.len[i];
        uint32_t w[GX_LEX_MAXLEN + 1];
        int n = 0;
        while (p < e && *p != '\t') {
            uint32_t c = *p;
            int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (k > 1)
                c &= 0x3Fu >> (k - 1);
            for (int j = 1; j < k && p + j < e; j++)
                c = c << 6 | (p[j] & 0x3F);
            if (n <= GX_LEX_MAXLEN)
                w[n] = gx_tagger_nfkc1(c);
            n++;
            p += k;
        }
        uint32_t classes = 0;
        for (; p < e; p++) {
            const char *letters = "plozcw", *props = "SsGg";
            const char *q = *p ? strchr(letters, *p) : NULL, *r = *p ? strchr(props, *p) : NULL;
            if (q)
                classes |= 1u << (q - letters);
            if (r)
                classes |= 0x1000u << (r - props);
        }
        if (n >= 1 && n <= GX_LEX_MAXLEN)
            gx_tagger_lexicon_add(lex, w, n, classes);
    }
    free_lines(&l);
    return 0;
}

/* --clusters FILE: "char<TAB>fine<TAB>mid<TAB>coarse" lines (data/tagger/make_clusters.py). */
static int read_clusters(const char *path, gx_tagger_lexicon *lex, gl_error *err)
{
    lines l;
    if (read_lines(path, &l, err) < 0)
        return -1;
    int rc = 0;
    for (int i = 0; i < l.n && rc == 0; i++) {
        const unsigned char *p = (const unsigned char *)l.data + l.start[i];
        if (l.len[i] == 0)
            continue;
        unsigned fine = 0, mid = 0, coarse = 0;
        char tail[64];
        size_t len = l.len[i] < sizeof tail - 1 ? l.len[i] : sizeof tail - 1;
        memcpy(tail, p, len);
        tail[len] = 0;
        uint32_t c = 0;
        int k = p[0] < 0xE0 || p[0] >= 0xF0 ? 0 : 3;
        if (k == 3 && l.len[i] > 3)
            c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        if (!k || sscanf(tail + 3, "\t%u\t%u\t%u", &fine, &mid, &coarse) != 3 ||
            gx_tagger_lexicon_set_cluster(lex, c, fine, mid, coarse) < 0)
            rc = gl_error_set(err, 400, "%s:%d: bad cluster line", path, i + 1);
    }
    free_lines(&l);
    return rc;
}

/* --embeddings FILE: "char<TAB>v1<TAB>...<TAB>vK" lines (make_clusters.py --embeddings K), code
 * points rising; keeps the first emb_dims values (0: all) times emb_scale. Fills crf_settings. */
static int read_embeddings(const char *path, gl_error *err)
{
    lines l;
    if (read_lines(path, &l, err) < 0)
        return -1;
    int rc = 0, k = 0, cap = 0;
    for (int i = 0; i < l.n && rc == 0; i++) {
        const unsigned char *p = (const unsigned char *)l.data + l.start[i];
        if (l.len[i] == 0)
            continue;
        char buf[4096];
        size_t len = l.len[i] < sizeof buf - 1 ? l.len[i] : sizeof buf - 1;
        memcpy(buf, p, len);
        buf[len] = 0;
        uint32_t c = 0;
        if (len > 3 && p[0] >= 0xE0 && p[0] < 0xF0)
            c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        if (c < GX_CLU_HAN0 || c > GX_CLU_HAN1 ||
            (crf_settings.nemb && c <= crf_settings.emb_cp[crf_settings.nemb - 1])) {
            rc = gl_error_set(err, 400, "%s:%d: bad embedding line (not a Han character, or out of order)", path, i + 1);
            break;
        }
        float vals[512];
        int nv = 0;
        char *q = buf + 3, *end;
        while (*q == '\t' && nv < 512) {
            double v = strtod(q + 1, &end);
            if (end == q + 1)
                break;
            vals[nv++] = (float)v;
            q = end;
        }
        if (!k)
            k = crf_settings.emb_dims > 0 && crf_settings.emb_dims < nv ? crf_settings.emb_dims : nv;
        if (nv < k || k < 1 || *q) {
            rc = gl_error_set(err, 400, "%s:%d: bad embedding line", path, i + 1);
            break;
        }
        if (crf_settings.nemb == cap) {
            cap = cap ? cap * 2 : 4096;
            crf_settings.emb_cp = gl_realloc(crf_settings.emb_cp, sizeof *crf_settings.emb_cp * (size_t)cap);
            crf_settings.emb_vec = gl_realloc(crf_settings.emb_vec, sizeof *crf_settings.emb_vec * (size_t)cap * (size_t)k);
        }
        crf_settings.emb_cp[crf_settings.nemb] = c;
        for (int j = 0; j < k; j++)
            crf_settings.emb_vec[(size_t)crf_settings.nemb * (size_t)k + (size_t)j] = (float)(vals[j] * crf_settings.emb_scale);
        crf_settings.nemb++;
    }
    crf_settings.emb_k = k;
    free_lines(&l);
    return rc;
}

/* Add the gold spans of corpus sentences i (i % k != skip; skip < 0: all) to lex as training-
 * gazetteer classes (bit GX_LEX_TRAIN0 + type, for the first 6 types). */
static void add_gazetteer(gx_tagger_lexicon *lex, const gx_tagger_corpus *c, int k, int skip, const int *origin,
                          int aug_gaz)
{
    for (int i = 0; i < c->n; i++) {
        int o = origin ? origin[i] : i;
        if ((skip >= 0 && o % k == skip) || (o != i && !aug_gaz))
            continue;
        const gx_tagger_sentence *s = &c->s[i];
        for (int a = 0; a < s->n; a++) {
            int tag = s->gold[a];
            if (!tag || (tag - 1) % 4 != 0)
                continue; /* spans of length >= 2 start with B */
            int e = a;
            while (e + 1 < s->n && (s->gold[e] - 1) % 4 != 2)
                e++;
            int type = (tag - 1) / 4;
            if (type < GX_LEX__COUNT - GX_LEX_TRAIN0)
                gx_tagger_lexicon_add(lex, s->cp + a, e - a + 1, 1u << (GX_LEX_TRAIN0 + type));
            a = e;
        }
    }
}

/* The runtime lexicon (full: external words + all training spans) and, with k > 1, the k
 * jackknifed lexicons used while training (fold f lacks the spans of sentences i % k == f; an
 * augmented copy counts as its origin, and adds spans only with aug_gaz). */
static int build_lexicons(const char *path, const gx_tagger_corpus *c, int k, gx_tagger_lexicon *full,
                          gx_tagger_lexicon *folds, const int *origin, int aug_gaz, gl_error *err)
{
    if (path && read_lexicon(path, full, err) < 0)
        return -1;
    if (crf_settings.clusters && read_clusters(crf_settings.clusters, full, err) < 0)
        return -1;
    if (k <= 1)
        return 0;
    add_gazetteer(full, c, k, -1, origin, aug_gaz);
    for (int f = 0; f < k; f++) {
        gx_tagger_lexicon_init(&folds[f]);
        if (path && read_lexicon(path, &folds[f], err) < 0)
            return -1;
        if (crf_settings.clusters && read_clusters(crf_settings.clusters, &folds[f], err) < 0)
            return -1;
        add_gazetteer(&folds[f], c, k, f, origin, aug_gaz);
    }
    return 0;
}

typedef struct progress {
    const gx_tagger_corpus *dev;
    clock_t t0;
    /* cross-validation: counts summed over folds, per epoch and type (NULL otherwise) */
    long (*cv)[3][GX_TAGGER_MAX_TYPES];
    int quiet;
} progress;

static void on_epoch(void *ud, int epoch, long mistakes, const unsigned char *model, size_t len)
{
    progress *p = ud;
    if (!p->quiet)
        fprintf(stderr, "epoch %d: %ld sentences wrong, model %zu bytes, %.1f s cpu\n", epoch, mistakes, len,
                (double)(clock() - p->t0) / CLOCKS_PER_SEC);
    if (!p->dev || p->dev->n == 0)
        return;
    gl_error err;
    gl_error_clear(&err);
    gx_tagger_model *m = gx_tagger_model_parse(model, len, &err);
    if (!m) {
        fprintf(stderr, "  (cannot parse the model: %s)\n", err.message);
        return;
    }
    if (p->cv) {
        long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
        gx_tagger_evaluate(m, p->dev, tp, fp, fn);
        for (int k = 0; k < m->ntypes; k++) {
            p->cv[epoch][0][k] += tp[k];
            p->cv[epoch][1][k] += fp[k];
            p->cv[epoch][2][k] += fn[k];
        }
        gx_tagger_model_free(m);
        return;
    }
    print_scores(stderr, m, p->dev);
    gx_tagger_model_free(m);
}

static unsigned char *read_file(const char *path, size_t *len, gl_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        gl_error_set(err, 0, "%s: %s", path, strerror(errno));
        return NULL;
    }
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

/* --tag: one line of text in, "start end type margin text" per span out. */
static int tag_lines(const char *model)
{
    gl_error err;
    gl_error_clear(&err);
    size_t len;
    unsigned char *img = read_file(model, &len, &err);
    gx_tagger_model *m = img ? gx_tagger_model_parse(img, len, &err) : NULL;
    free(img);
    if (!m) {
        fprintf(stderr, "gleaner-train: %s\n", err.message);
        return 1;
    }
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    char line[65536];
    uint32_t cp[GX_TAGGER_MAX_SENT];
    gx_tagger_span sp[GX_TAGGER_MAX_SENT];
    while (fgets(line, sizeof line, stdin)) {
        int n = 0;
        for (const unsigned char *p = (const unsigned char *)line; *p && *p != '\n' && n < GX_TAGGER_MAX_SENT;) {
            uint32_t c = *p;
            int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (k > 1)
                c &= 0x3F >> (k - 1);
            for (int j = 1; j < k && p[j]; j++)
                c = c << 6 | (p[j] & 0x3F);
            cp[n++] = gx_tagger_nfkc1(c);
            p += k;
        }
        int ns = gx_tagger_decode(m, &sc, cp, n, sp, GX_TAGGER_MAX_SENT, 1);
        printf("%s", line);
        for (int k = 0; k < ns && k < GX_TAGGER_MAX_SENT; k++) {
            printf("  %d %d %s %.2f ", sp[k].start, sp[k].end, m->type_names[sp[k].type], sp[k].margin);
            for (int i = sp[k].start; i < sp[k].end; i++) {
                char u[5] = {0};
                uint32_t c = cp[i];
                if (c < 0x80)
                    u[0] = (char)c;
                else if (c < 0x800)
                    u[0] = (char)(0xC0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3F));
                else if (c < 0x10000)
                    u[0] = (char)(0xE0 | c >> 12), u[1] = (char)(0x80 | (c >> 6 & 0x3F)), u[2] = (char)(0x80 | (c & 0x3F));
                else
                    u[0] = (char)(0xF0 | c >> 18), u[1] = (char)(0x80 | (c >> 12 & 0x3F)),
                    u[2] = (char)(0x80 | (c >> 6 & 0x3F)), u[3] = (char)(0x80 | (c & 0x3F));
                fputs(u, stdout);
            }
            putchar('\n');
        }
    }
    gx_tagger_scratch_cleanup(&sc);
    gx_tagger_model_free(m);
    return 0;
}


/* --tag-engine: each line of stdin becomes a text article built as gx_extract() builds one
 * (title "", no split: what gleaner_eval.py cluener posts), and the GX_SRC_TAGGER candidates
 * the engine's tagger stage proposes are printed, "start end type score text", offsets in
 * code points of the article's text (printed first). For comparing with --tag. */
static int tag_engine_lines(const char *data_dir)
{
    gl_error err;
    gl_error_clear(&err);
    gx_tagger *t = gx_tagger_load(data_dir, &err);
    if (!t) {
        fprintf(stderr, "gleaner-train: %s\n", err.message);
        return 1;
    }
    char line[65536];
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strcspn(line, "\n");
        gx_arena *doc = gx_arena_new();
        gx_cps cps = {0};
        gx_normalize_decode(doc, line, len, 0, &cps);
        gx_para_vec paras = {0};
        gx_normalize_paragraphs(doc, &cps, false, true, &paras);
        gx_part *parts;
        int np = gx_structure_split(doc, &paras, false, &parts);
        gx_structure_opts so = {.title = "", .language = NULL, .find_title = true};
        gx_article *art = gx_article_new();
        if (np < 1 || gx_structure_build(art, &paras, parts[0], &so) < 0) {
            printf("\n");
        } else {
            gx_tagger_propose(t, art);
            printf("%s\n", art->text);
            for (int k = 0; k < art->candidates.n; k++) {
                const gx_candidate *c = &art->candidates.v[k];
                if (c->source != GX_SRC_TAGGER)
                    continue;
                printf("  %d %d %s %.2f %s\n", c->span.start, c->span.end, gx_ent_type_name(c->type),
                       (double)c->score, gx_article_span_text(art, c->span));
            }
        }
        gx_article_free(art);
        gx_arena_free(doc);
    }
    gx_tagger_free(t);
    return 0;
}

/* "c1:-2:2,c2:-2:1,k3:-1:-1,l1:-1:1": c = character n-gram, k = class n-gram, l = lexicon-code
 * n-gram, e = external-lexicon half of the code, t = training-gazetteer half, n = character
 * property (surname / given-name) n-gram, u/v/w cluster n-gram, b/a word ending / starting at the
 * position, x/z Latin token / shape (n = 1); then n, rmin, rmax. */
static int parse_templates(const char *spec, gx_tagger_template *tpl, int *ntpl)
{
    *ntpl = 0;
    const char *p = spec;
    while (*p) {
        char kind;
        int n, a, b, used = 0;
        const char *kinds = "ckletnuvwbaxz", *kp;
        if (sscanf(p, "%c%d:%d:%d%n", &kind, &n, &a, &b, &used) != 4 || !(kp = strchr(kinds, kind)) || !kind ||
            *ntpl == GX_TAGGER_MAX_TEMPLATES)
            return -1;
        tpl[*ntpl].kind = (uint8_t)(kp - kinds); /* c k l e t n u v w b a x z = GX_TPL_CHAR CLASS LEX LEXA LEXB
                                                     PROP CLUF CLUM CLUC WEND WBEG LTOK LSHP */
        tpl[*ntpl].n = (uint8_t)n;
        tpl[*ntpl].rmin = (int8_t)a;
        tpl[*ntpl].rmax = (int8_t)b;
        (*ntpl)++;
        p += used;
        if (*p == ',')
            p++;
        else if (*p)
            return -1;
    }
    return *ntpl ? 0 : -1;
}

/* Add `bias` (weight units) to the score of every span of type k: every span starts with
 * exactly one B-k or S-k entered from a closed tag or the start, so the bias goes on those
 * transitions. Rewrites the image in place and recomputes its checksum. */
static void apply_bias(unsigned char *img, size_t len, int k, double bias)
{
    uint32_t ntypes = (uint32_t)img[12] | (uint32_t)img[13] << 8, ntags = (uint32_t)img[16] | (uint32_t)img[17] << 8;
    uint32_t ntpl = (uint32_t)img[20] | (uint32_t)img[21] << 8;
    float scale;
    uint32_t sb = (uint32_t)img[32] | (uint32_t)img[33] << 8 | (uint32_t)img[34] << 16 | (uint32_t)img[35] << 24;
    memcpy(&scale, &sb, 4);
    unsigned char *tr = img + GX_TAGGER_HEADER_SIZE + ntypes * 16 + ntpl * 4;
    int32_t add = (int32_t)lround(bias * scale);
    int T1 = (int)ntags + 1;
    for (int p = 0; p <= (int)ntags; p++) {
        int closed = p == 0 || p == (int)ntags || (p - 1) % 4 == 2 || (p - 1) % 4 == 3;
        if (!closed)
            continue;
        for (int c = 1 + 4 * k; c <= 4 + 4 * k; c += 3) { /* B-k and S-k */
            unsigned char *q = tr + ((size_t)p * (size_t)T1 + (size_t)c) * 4;
            uint32_t v = (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
            v = (uint32_t)((int32_t)v + add);
            q[0] = (unsigned char)v, q[1] = (unsigned char)(v >> 8), q[2] = (unsigned char)(v >> 16),
            q[3] = (unsigned char)(v >> 24);
        }
    }
    uint64_t h = gx_tagger_fnv1a(img + GX_TAGGER_HEADER_SIZE, len - GX_TAGGER_HEADER_SIZE);
    for (int b = 0; b < 8; b++)
        img[48 + b] = (unsigned char)(h >> (8 * b));
}

static const double bias_grid[] = {-30, -20, -10, -5, 0, 5, 10, 20, 30};
#define NBIAS ((int)(sizeof bias_grid / sizeof bias_grid[0]))

/* --cv K: K-fold cross-validation over the training lines (fold = line index mod K); prints
 * exact-span F1 per type and epoch, summed over the folds. The holdout is not touched. */
static int cross_validate(const gx_tagger_corpus *all, int k, int epochs, uint64_t seed, const gx_tagger_template *tpl,
                          int ntpl, const char *lexicon_path, int gaz, int lex_dropout, int cost, int prune,
                          const aug_opts *ao)
{
    long(*cnt)[3][GX_TAGGER_MAX_TYPES] = gl_calloc((size_t)epochs + 1, sizeof *cnt);
    long bcnt[NBIAS][3][GX_TAGGER_MAX_TYPES];
    memset(bcnt, 0, sizeof bcnt);
    const char *names_of[GX_TAGGER_MAX_TYPES];
    char specs[GX_TAGGER_MAX_TYPES][96];
    for (int t = 0; t < all->ntypes; t++) {
        snprintf(specs[t], sizeof specs[t], "%s=%s", all->type_names[t], all->labels[t]);
        names_of[t] = specs[t];
    }
    for (int f = 0; f < k; f++) {
        gx_tagger_corpus tr, te;
        gx_tagger_corpus_init(&tr, names_of, all->ntypes);
        gx_tagger_corpus_init(&te, names_of, all->ntypes);
        for (int i = 0; i < all->n; i++)
            gx_tagger_corpus_add(i % k == f ? &te : &tr, all->s[i].cp, all->s[i].gold, all->s[i].n);
        int *origin = augment(&tr, ao, seed);
        gx_tagger_lexicon lex, gl[MAX_GAZ];
        const gx_tagger_lexicon *glp[MAX_GAZ];
        gx_tagger_lexicon_init(&lex);
        gl_error lerr;
        gl_error_clear(&lerr);
        if (build_lexicons(lexicon_path, &tr, gaz, &lex, gl, origin, ao->gazetteer, &lerr) < 0) {
            fprintf(stderr, "gleaner-train: %s\n", lerr.message);
            return 1;
        }
        for (int g = 0; g < gaz; g++)
            glp[g] = &gl[g];
        progress pr = {&te, clock(), cnt, 1};
        gx_tagger_train_opts o;
        memset(&o, 0, sizeof o);
        o.epochs = epochs;
        o.seed = seed;
        o.tpl = tpl;
        o.ntpl = ntpl;
        o.lex = lexicon_path || gaz > 1 ? &lex : NULL;
        o.train_lex = gaz > 1 ? glp : NULL;
        o.ntrain_lex = gaz > 1 ? gaz : 0;
        o.lex_fold = origin;
        double *weights = aug_weights(ao, origin, tr.n);
        o.sent_weight = weights;
        o.lex_dropout = lex_dropout;
        o.cost = cost;
        o.prune = prune;
        o.on_epoch = on_epoch;
        o.ud = &pr;
        apply_crf_settings(&o);
        unsigned char *img = NULL;
        size_t len = 0;
        gl_error err;
        gl_error_clear(&err);
        if (gx_tagger_train(&tr, &o, &img, &len, &err) < 0) {
            fprintf(stderr, "gleaner-train: %s\n", err.message);
            return 1;
        }
        if (crf_settings.margins_out) {
            FILE *mf = fopen(crf_settings.margins_out, f == 0 ? "w" : "a");
            if (mf) {
                write_margins(img, len, &te, mf);
                fclose(mf);
            }
        }
        /* span-start biases per type on the final model (perceptron weight units) */
        unsigned char *copy = gl_malloc(len);
        for (int bi = 0; bi < NBIAS && !crf_settings.algo; bi++) {
            for (int t = 0; t < all->ntypes; t++) {
                memcpy(copy, img, len);
                apply_bias(copy, len, t, bias_grid[bi]);
                gx_tagger_model *bm = gx_tagger_model_parse(copy, len, &err);
                if (!bm)
                    continue;
                long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
                gx_tagger_evaluate(bm, &te, tp, fp, fn);
                bcnt[bi][0][t] += tp[t], bcnt[bi][1][t] += fp[t], bcnt[bi][2][t] += fn[t];
                gx_tagger_model_free(bm);
            }
        }
        free(copy);
        free(img);
        free(origin);
        free(weights);
        gx_tagger_lexicon_cleanup(&lex);
        for (int g = 0; g < gaz; g++)
            gx_tagger_lexicon_cleanup(&gl[g]);
        gx_tagger_corpus_cleanup(&tr);
        gx_tagger_corpus_cleanup(&te);
        fprintf(stderr, "fold %d/%d done\n", f + 1, k);
    }
    printf("cross-validation, %d folds, %d sentences: exact-span F1 per epoch\nepoch", k, all->n);
    for (int t = 0; t < all->ntypes; t++)
        printf(" %12.12s", all->type_names[t]);
    printf(" %8s\n", "micro6");
    for (int e = 1; e <= epochs; e++) {
        printf("%5d", e);
        long TP = 0, FP = 0, FN = 0;
        for (int t = 0; t < all->ntypes; t++) {
            long tp = cnt[e][0][t], fp = cnt[e][1][t], fn = cnt[e][2][t];
            double P = tp + fp ? (double)tp / (double)(tp + fp) : 0, R = tp + fn ? (double)tp / (double)(tp + fn) : 0;
            printf(" %12.4f", P + R > 0 ? 2 * P * R / (P + R) : 0);
            if (t < 6)
                TP += tp, FP += fp, FN += fn;
        }
        double P = TP + FP ? (double)TP / (double)(TP + FP) : 0, R = TP + FN ? (double)TP / (double)(TP + FN) : 0;
        printf(" %8.4f\n", P + R > 0 ? 2 * P * R / (P + R) : 0);
    }
    printf("span-start bias (weight units) on the final epoch: F1 per type\n bias");
    for (int t = 0; t < all->ntypes; t++)
        printf(" %12.12s", all->type_names[t]);
    printf("\n");
    for (int bi = 0; bi < NBIAS; bi++) {
        printf("%5.0f", bias_grid[bi]);
        for (int t = 0; t < all->ntypes; t++) {
            long tp = bcnt[bi][0][t], fp = bcnt[bi][1][t], fn = bcnt[bi][2][t];
            double P = tp + fp ? (double)tp / (double)(tp + fp) : 0, R = tp + fn ? (double)tp / (double)(tp + fn) : 0;
            printf(" %12.4f", P + R > 0 ? 2 * P * R / (P + R) : 0);
        }
        printf("\n");
    }
    free(cnt);
    return 0;
}

int main(int argc, char **argv)
{
    const char *train = NULL, *out = NULL, *eval = NULL, *model = NULL, *data_dir = "data";
    long holdout = 0, last = 0, epochs = 10, lex_dropout = 0, cv = 0, gaz = 0, prune = 0, cost = 0;
    const char *lexicon_path = NULL, *bias_spec = NULL;
    gx_tagger_lexicon lexicon, gaz_lex[MAX_GAZ];
    gx_tagger_lexicon_init(&lexicon);
    for (int f = 0; f < MAX_GAZ; f++)
        gx_tagger_lexicon_init(&gaz_lex[f]);
    aug_opts ao;
    memset(&ao, 0, sizeof ao);
    const char *aug_types[GX_TAGGER_MAX_TYPES], *aug_paths[GX_TAGGER_MAX_TYPES];
    char aug_tbuf[GX_TAGGER_MAX_TYPES][32];
    int naug = 0;
    int *origin = NULL, aug_match = 0;
    crf_settings.emb_scale = 1.0;
    crf_settings.emb_rmin = -1;
    crf_settings.emb_rmax = 1;
    gx_tagger_lexicon match_lex;
    gx_tagger_lexicon_init(&match_lex);
    double *weights = NULL;
    unsigned long long seed = 1;
    int alltypes = 0, tag = 0, rc = 1, ntpl = 0;
    gx_tagger_template tpl[GX_TAGGER_MAX_TEMPLATES];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--all-types")) {
            alltypes = 1;
            continue;
        } else if (!strcmp(a, "--misc-type")) {
            alltypes = 2;
            continue;
        } else if (!strcmp(a, "--tag")) {
            tag = 1;
            continue;
        } else if (!strcmp(a, "--tag-engine")) {
            tag = 2;
            continue;
        } else if (!strcmp(a, "--aug-gazetteer")) {
            ao.gazetteer = 1;
            continue;
        } else if (!strcmp(a, "--aug-match-lexicon")) {
            aug_match = 1;
            continue;
        }
        if (!v) {
            usage(stderr);
            return 2;
        }
        i++;
        char *end = NULL;
        if (!strcmp(a, "--train"))
            train = v;
        else if (!strcmp(a, "--out"))
            out = v;
        else if (!strcmp(a, "--eval"))
            eval = v;
        else if (!strcmp(a, "--model"))
            model = v;
        else if (!strcmp(a, "--data-dir"))
            data_dir = v;
        else if (!strcmp(a, "--holdout-last"))
            holdout = strtol(v, &end, 10);
        else if (!strcmp(a, "--last"))
            last = strtol(v, &end, 10);
        else if (!strcmp(a, "--epochs"))
            epochs = strtol(v, &end, 10);
        else if (!strcmp(a, "--seed"))
            seed = strtoull(v, &end, 10);
        else if (!strcmp(a, "--lexicon"))
            lexicon_path = v;
        else if (!strcmp(a, "--bias"))
            bias_spec = v;
        else if (!strcmp(a, "--algo")) {
            if (!strcmp(v, "crf"))
                crf_settings.algo = 1;
            else if (!strcmp(v, "perceptron"))
                crf_settings.algo = 0;
            else {
                fprintf(stderr, "gleaner-train: --algo perceptron|crf\n");
                return 2;
            }
        } else if (!strcmp(a, "--l1"))
            crf_settings.l1 = strtod(v, &end);
        else if (!strcmp(a, "--eta"))
            crf_settings.eta = strtod(v, &end);
        else if (!strcmp(a, "--decay"))
            crf_settings.decay = strtod(v, &end);
        else if (!strcmp(a, "--margin"))
            crf_settings.margin = strtod(v, &end);
        else if (!strcmp(a, "--margins-out"))
            crf_settings.margins_out = v;
        else if (!strcmp(a, "--clusters"))
            crf_settings.clusters = v;
        else if (!strcmp(a, "--embeddings"))
            crf_settings.emb_path = v;
        else if (!strcmp(a, "--emb-dims"))
            crf_settings.emb_dims = (int)strtol(v, &end, 10);
        else if (!strcmp(a, "--emb-scale"))
            crf_settings.emb_scale = strtod(v, &end);
        else if (!strcmp(a, "--seed-avg"))
            crf_settings.seed_avg = (int)strtol(v, &end, 10);
        else if (!strcmp(a, "--emb-l2"))
            crf_settings.emb_l2 = strtod(v, &end);
        else if (!strcmp(a, "--emb-offsets")) {
            int a1, b1, used = 0;
            if (sscanf(v, "%d:%d%n", &a1, &b1, &used) == 2 && !v[used]) {
                crf_settings.emb_rmin = a1;
                crf_settings.emb_rmax = b1;
                end = (char *)v + used;
            } else
                end = (char *)v;
        }
        else if (!strcmp(a, "--cost"))
            cost = strtol(v, &end, 10);
        else if (!strcmp(a, "--prune"))
            prune = strtol(v, &end, 10);
        else if (!strcmp(a, "--train-gazetteer"))
            gaz = strtol(v, &end, 10);
        else if (!strcmp(a, "--cv"))
            cv = strtol(v, &end, 10);
        else if (!strcmp(a, "--lex-dropout"))
            lex_dropout = strtol(v, &end, 10);
        else if ((!strcmp(a, "--names") || !strcmp(a, "--companies") || !strcmp(a, "--aug-list")) && v &&
                 naug < GX_TAGGER_MAX_TYPES) {
            const char *eq = a[2] == 'a' ? strchr(v, '=') : NULL;
            if (a[2] == 'a' && (!eq || eq == v || eq - v >= 32)) {
                fprintf(stderr, "gleaner-train: --aug-list needs TYPE=FILE\n");
                return 2;
            }
            snprintf(aug_tbuf[naug], sizeof aug_tbuf[naug], "%.*s", eq ? (int)(eq - v) : 31,
                     eq ? v : a[2] == 'n' ? "name" : "company");
            aug_types[naug] = aug_tbuf[naug];
            aug_paths[naug++] = eq ? eq + 1 : v;
            continue;
        } else if (!strcmp(a, "--aug-types") && v && naug < GX_TAGGER_MAX_TYPES) {
            for (const char *p = v; *p && naug < GX_TAGGER_MAX_TYPES;) { /* types swapped with training spans only */
                size_t w = strcspn(p, ",");
                snprintf(aug_tbuf[naug], sizeof aug_tbuf[naug], "%.*s", (int)(w < 31 ? w : 31), p);
                aug_types[naug] = aug_tbuf[naug];
                aug_paths[naug++] = NULL;
                p += w + (p[w] == ',');
            }
            continue;
        } else if (!strcmp(a, "--aug-weight"))
            ao.weight = strtod(v, &end);
        else if (!strcmp(a, "--aug-self"))
            ao.self_pct = (int)strtol(v, &end, 10);
        else if (!strcmp(a, "--augment"))
            ao.copies = (int)strtol(v, &end, 10);
        else if (!strcmp(a, "--templates")) {
            if (parse_templates(v, tpl, &ntpl) < 0) {
                fprintf(stderr, "gleaner-train: bad --templates %s\n", v);
                return 2;
            }
        }
        else {
            usage(stderr);
            return 2;
        }
        if (end && (*end || end == v)) {
            fprintf(stderr, "gleaner-train: %s needs a number\n", a);
            return 2;
        }
    }
    if (tag == 2 && !train && !eval)
        return tag_engine_lines(data_dir);
    if (tag == 1 && model && !train && !eval)
        return tag_lines(model);
    if (gaz < 0 || gaz > MAX_GAZ || gaz == 1) {
        fprintf(stderr, "gleaner-train: --train-gazetteer needs 2..%d folds\n", MAX_GAZ);
        return 2;
    }
    if (!!train == !!eval || (train && !out) || (eval && !model) || holdout < 0 || last < 0 || epochs < 1 ||
        epochs > 1000) {
        usage(stderr);
        return 2;
    }
    gl_error err;
    gl_error_clear(&err);
    lines l;
    gx_tagger_corpus tc, dc;
    const char *const *types = alltypes == 1 ? all_types : alltypes == 2 ? misc_types : default_types;
    int ntypes = alltypes == 1   ? (int)(sizeof all_types / sizeof *all_types)
                 : alltypes == 2 ? (int)(sizeof misc_types / sizeof *misc_types)
                                 : (int)(sizeof default_types / sizeof *default_types);
    gx_tagger_corpus_init(&tc, types, ntypes);
    gx_tagger_corpus_init(&dc, types, ntypes);
    unsigned char *img = NULL;
    gx_tagger_model *m = NULL;
    if (read_lines(train ? train : eval, &l, &err) < 0)
        goto fail;

    if (eval) {
        size_t len = 0;
        FILE *f = fopen(model, "rb");
        if (!f) {
            gl_error_set(&err, 0, "%s: %s", model, strerror(errno));
            goto fail;
        }
        fseek(f, 0, SEEK_END);
        long sz = ftell(f);
        fseek(f, 0, SEEK_SET);
        img = gl_malloc(sz > 0 ? (size_t)sz : 1);
        len = fread(img, 1, sz > 0 ? (size_t)sz : 0, f);
        fclose(f);
        if (!(m = gx_tagger_model_parse(img, len, &err)))
            goto fail;
        gx_tagger_corpus_cleanup(&dc);
        const char *mt[GX_TAGGER_MAX_TYPES];
        for (int k = 0; k < m->ntypes; k++) /* the model keeps type names; "misc" reads 4 labels */
            mt[k] = !strcmp(m->type_names[k], "misc") ? misc_types[6] : m->type_names[k];
        gx_tagger_corpus_init(&dc, mt, m->ntypes);
        int from = last && last < l.n ? l.n - (int)last : 0;
        if (load_corpus(&l, from, l.n, &dc, &err) < 0)
            goto fail;
        clock_t t0 = clock();
        printf("%s: %d sentences (lines %d-%d), %ld gold spans\n", eval, dc.n, from + 1, l.n, dc.spans);
        print_scores(stdout, m, &dc);
        printf("  (%.2f s cpu)\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
        rc = 0;
        goto done;
    }

    if (crf_settings.emb_path && read_embeddings(crf_settings.emb_path, &err) < 0)
        goto fail;
    int ntrain = holdout < l.n ? l.n - (int)holdout : 0;
    if (load_corpus(&l, 0, ntrain, &tc, &err) < 0 || load_corpus(&l, ntrain, l.n, &dc, &err) < 0)
        goto fail;
    fprintf(stderr, "train: %d sentences (%ld spans, %ld overlapping dropped, %ld bad), holdout: %d sentences\n",
            tc.n, tc.spans, tc.skipped_overlap, tc.skipped_bad, dc.n);
    for (int a = 0; a < naug; a++) {
        int t = 0;
        while (t < tc.ntypes && strcmp(tc.type_names[t], aug_types[a]))
            t++;
        if (t == tc.ntypes) {
            gl_error_set(&err, 0, "augmentation: no type %s", aug_types[a]);
            goto fail;
        }
        ao.eligible[t] = 1;
        if (aug_paths[a]) {
            free_wordlist(&ao.list[t]);
            if (read_wordlist(aug_paths[a], &ao.list[t], &err) < 0)
                goto fail;
        }
    }
    if (aug_match) {
        if (!lexicon_path) {
            gl_error_set(&err, 0, "--aug-match-lexicon needs --lexicon");
            goto fail;
        }
        if (read_lexicon(lexicon_path, &match_lex, &err) < 0)
            goto fail;
        aug_split(&ao, &match_lex);
    }
    if (cv <= 1)
        origin = augment(&tc, &ao, seed);
    if ((lexicon_path || gaz > 1) && cv <= 1) {
        if (build_lexicons(lexicon_path, &tc, (int)gaz, &lexicon, gaz_lex, origin, ao.gazetteer, &err) < 0)
            goto fail;
        fprintf(stderr, "lexicon: %u entries (words and prefixes), longest %u\n", lexicon.n, lexicon.maxlen);
    }
    if (cv > 1) {
        rc = cross_validate(&tc, (int)cv, (int)epochs, seed, ntpl ? tpl : NULL, ntpl, lexicon_path, (int)gaz,
                            (int)lex_dropout, (int)cost, (int)prune, &ao);
        goto done;
    }
    progress pr = {&dc, clock(), NULL, 0};
    gx_tagger_train_opts o;
    memset(&o, 0, sizeof o);
    o.epochs = (int)epochs;
    o.seed = seed;
    o.tpl = ntpl ? tpl : NULL;
    o.lex = lexicon_path || gaz > 1 ? &lexicon : NULL;
    o.lex_dropout = (int)lex_dropout;
    o.prune = (int)prune;
    o.cost = (int)cost;
    const gx_tagger_lexicon *gaz_ptr[MAX_GAZ];
    for (int f = 0; f < gaz && f < MAX_GAZ; f++)
        gaz_ptr[f] = &gaz_lex[f];
    o.train_lex = gaz > 1 ? gaz_ptr : NULL;
    o.ntrain_lex = gaz > 1 ? (int)gaz : 0;
    o.lex_fold = origin;
    weights = aug_weights(&ao, origin, tc.n);
    o.sent_weight = weights;
    o.ntpl = ntpl;
    o.on_epoch = on_epoch;
    o.ud = &pr;
    apply_crf_settings(&o);
    size_t len = 0;
    if (gx_tagger_train(&tc, &o, &img, &len, &err) < 0)
        goto fail;
    if (bias_spec) { /* "company=10,name=5" */
        for (const char *bp = bias_spec; *bp;) {
            char tname[32];
            double bv;
            int used = 0;
            if (sscanf(bp, "%31[^=]=%lf%n", tname, &bv, &used) != 2) {
                gl_error_set(&err, 0, "bad --bias %s", bias_spec);
                goto fail;
            }
            int k = -1;
            for (int t = 0; t < tc.ntypes; t++)
                if (!strcmp(tc.type_names[t], tname))
                    k = t;
            if (k < 0) {
                gl_error_set(&err, 0, "--bias: no type %s", tname);
                goto fail;
            }
            apply_bias(img, len, k, bv);
            bp += used;
            if (*bp == ',')
                bp++;
        }
    }
    FILE *f = fopen(out, "wb");
    if (!f || fwrite(img, 1, len, f) != len || fclose(f) != 0) {
        gl_error_set(&err, 0, "%s: cannot write: %s", out, strerror(errno));
        goto fail;
    }
    fprintf(stderr, "wrote %s (%zu bytes)\n", out, len);
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "gleaner-train: %s\n", err.message);
    rc = 1;
done:
    gx_tagger_model_free(m);
    free(img);
    gx_tagger_corpus_cleanup(&tc);
    gx_tagger_corpus_cleanup(&dc);
    for (int t = 0; t < GX_TAGGER_MAX_TYPES; t++) {
        free_wordlist(&ao.list[t]);
        free(ao.match[t][0]);
        free(ao.match[t][1]);
    }
    gx_tagger_lexicon_cleanup(&match_lex);
    free(origin);
    free(weights);
    gx_tagger_lexicon_cleanup(&lexicon);
    for (int f = 0; f < MAX_GAZ; f++)
        gx_tagger_lexicon_cleanup(&gaz_lex[f]);
    free_lines(&l);
    free(crf_settings.emb_cp);
    free(crf_settings.emb_vec);
    return rc;
}
