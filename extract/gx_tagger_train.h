/* gx_tagger_train.h — training the tagger: an averaged structured perceptron over the feature
 * templates of gx_tagger_model.h, plus the CLUENER corpus reader and the span evaluation.
 *
 * Pure computation (the caller reads and writes files): tools/gleaner_train.c drives it, the
 * tests call it directly. Training is deterministic: the same corpus, templates, epochs and
 * seed give the same model bytes (integer updates, a fixed-seed shuffle, one thread). */
#ifndef GX_TAGGER_TRAIN_H
#define GX_TAGGER_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "gl_error.h"
#include "gx_tagger_model.h"

typedef struct gx_tagger_sentence {
    uint32_t *cp;  /* NFKC (per code point) characters                 */
    uint8_t *gold; /* gold BIOES tags                                   */
    /* Partial labels (CRF only; NULL: gold fixes every position): n x (1 + 4 * ntypes) bytes,
     * allowed[i * T + tag] != 0 when tag may stand at position i. The CRF then maximizes the
     * log of the probability mass of every path through allowed tags (constrained forward-
     * backward minus the log partition); gold[] holds the labelled spans, O elsewhere (what the
     * perceptron and evaluation read). Owned by the corpus. */
    uint8_t *allowed;
    double weight; /* CRF step scale of this line ("weight" in its JSON; 1 when absent)      */
    int n;
} gx_tagger_sentence;

typedef struct gx_tagger_corpus {
    int ntypes;
    char type_names[GX_TAGGER_MAX_TYPES][16];
    char labels[GX_TAGGER_MAX_TYPES][64]; /* CLUENER labels read as that type, comma-separated */
    gx_tagger_sentence *s;
    int n, cap;
    long spans;            /* spans kept                                         */
    long skipped_overlap;  /* spans dropped because they overlap a kept one      */
    long skipped_bad;      /* spans with offsets outside the text or mismatching */
} gx_tagger_corpus;

/* An empty corpus labelling the given types, in tag order. A type is a CLUENER label name
 * ("company"), or "name=label1,label2" to read several CLUENER labels as one type
 * ("misc=book,game,movie,scene"). */
void gx_tagger_corpus_init(gx_tagger_corpus *c, const char *const *types, int ntypes);
void gx_tagger_corpus_cleanup(gx_tagger_corpus *c); /* frees the sentences, not c */

/* Add one CLUENER JSON line ({"text": ..., "label": {type: {surface: [[s, e], ...]}}}, ends
 * inclusive, code points). Labels of other types are ignored; a span that overlaps one already
 * taken is dropped (counted). Returns 0, or -1 with err filled for malformed JSON.
 * Optional fields (our own lines; CLUENER has none):
 *   "weight": W (number > 0) — the CRF step of this line is scaled by W;
 *   "open": [label, ...] — PARTIAL labels: outside every labelled span a position may take O or
 *       any tag of these labels' types (the line's annotator did not mark those types), and the
 *       CRF marginalizes over them instead of teaching O; inside a labelled span the tags stay
 *       fixed. A label is matched as in "label" (a CLUENER label or a type name);
 *   "maybe": {label: [[s, e], ...]} — with "open": at positions s..e (inclusive) the tags of that
 *       label's type are allowed too (an optional mention: the type or not). */
int gx_tagger_corpus_add_cluener(gx_tagger_corpus *c, const char *line, size_t len, gl_error *err);

/* Add an already-tagged sentence (copied). */
void gx_tagger_corpus_add(gx_tagger_corpus *c, const uint32_t *cp, const uint8_t *gold, int n);

/* The templates used when opts->ntpl == 0. */
extern const gx_tagger_template gx_tagger_default_templates[];
extern const int gx_tagger_default_ntemplates;

typedef struct gx_tagger_train_opts {
    int epochs;                     /* passes over the data (default 10)                     */
    uint64_t seed;                  /* shuffling seed                                        */
    const gx_tagger_template *tpl;  /* NULL: the default templates                           */
    int ntpl;
    const gx_tagger_lexicon *lex;   /* word lexicon for GX_TPL_LEX templates (copied into the
                                       model), or NULL                                        */
    /* Lexicons used for the training sentences instead of lex: sentence i uses
     * train_lex[i % ntrain_lex] (jackknifed training gazetteers). NULL: lex for all. */
    const gx_tagger_lexicon *const *train_lex;
    int ntrain_lex;
    /* With train_lex: sentence i uses train_lex[lex_fold[i] % ntrain_lex] instead (augmented
       copies take their origin's fold). NULL: i itself. Borrowed, c->n entries.            */
    const int *lex_fold;
    /* CRF: sentence i's gradient step is scaled by sent_weight[i] (c->n entries, borrowed;
       NULL: 1 for all), e.g. to give augmented copies less weight than the real lines.      */
    const double *sent_weight;
    int cost;                       /* cost-augmented decoding while training: every wrong
                                       tag gets +cost, so updates continue until the gold
                                       path wins by a margin (0 = plain perceptron)           */
    int prune;                      /* drop quantized weights with |w| < prune (of 32000)    */
    /* Objective: 0 = averaged structured perceptron (cost-augmented, integer updates);
     * 1 = linear-chain CRF: log-likelihood maximized by SGD, L1 penalty by the cumulative
     * method (Tsuruoka et al. 2009), so most weights end exactly 0; softmax-margin when
     * crf_margin > 0 (every wrong tag +crf_margin nats while training). One thread, fixed
     * order: deterministic for a given build. */
    int algo;
    double l1;                      /* CRF: L1 strength C (objective LL - C * sum |w|)     */
    double eta;                     /* CRF: initial learning rate (default 0.1)            */
    double decay;                   /* CRF: learning rate *= decay after each epoch (0.9)  */
    double crf_margin;              /* CRF: softmax-margin cost per wrong tag, in nats     */
    /* CRF: dense character embeddings as real-valued features (session 10; NULL: none). For
     * each position i and offset o in [emb_rmin, emb_rmax], the character at i + o, when it is
     * one of the nemb Han code points emb_cp[] (rising), adds sum_j emb_vec[r * emb_k + j] x
     * V[o][j][tag] to the emissions. V is trained with the others (gradient = the value; no
     * L1: an L2 penalty emb_l2 per sentence step instead, and averaging). The model file has no
     * new feature kind: at serialization V x e(c) is folded into the weights of the character
     * unigram template (GX_TPL_CHAR, n = 1), which must cover the offsets, every embedded
     * character getting an entry, so decoding costs nothing more. Borrowed arrays. */
    const uint32_t *emb_cp;
    const float *emb_vec;
    int nemb, emb_k, emb_rmin, emb_rmax;
    double emb_l2;
    int seed_avg;                   /* CRF: > 1: train that many times with shuffling seeds
                                       seed, seed + 1, ... and write ONE model whose weights are
                                       the average of the runs' (session 10; 0 or 1: one run) */
    int lex_dropout;                /* percent of training sentences seen without lexicon
                                       codes, so character features are not under-trained     */
    /* Called after each epoch with the averaged model so far (borrowed bytes) and the number
     * of training sentences decoded wrongly in that epoch. May be NULL. */
    void (*on_epoch)(void *ud, int epoch, long mistakes, const unsigned char *model, size_t len);
    void *ud;
} gx_tagger_train_opts;

/* Train on c. On success *out is a malloc'ed model image (the caller frees it with free()) of
 * *outlen bytes, ready for gx_tagger_model_parse() or a file. Returns 0 or -1 with err. */
int gx_tagger_train(const gx_tagger_corpus *c, const gx_tagger_train_opts *opts, unsigned char **out,
                    size_t *outlen, gl_error *err);

/* The gradient of one sentence's (softmax-margin) log-likelihood exactly as a CRF training step
 * computes it, exposed for tests. lat: the BIOES constraints of lat->ntags = T tags
 * (gx_tagger_constraints); em: n x T emission scores; trans: (T + 1) x (T + 1) transition scores
 * (row T = the sentence start, column T = its end); gold, allowed: as in gx_tagger_sentence
 * (allowed NULL: full labels); margin: the softmax-margin cost (nats) of every tag the labels
 * do not allow. Writes dem (n x T): target minus model marginal of every tag at every position
 * (target = the gold tag, or with partial labels the marginal over the allowed paths), and dtr
 * ((T + 1) x (T + 1)): target minus expected transition counts. */
void gx_tagger_crf_gradient(const gx_tagger_lattice *lat, int n, const double *em, const double *trans,
                            const uint8_t *gold, const uint8_t *allowed, double margin, double *dem, double *dtr);

/* Exact-span counts per model type: tp[k], fp[k], fn[k] for k < m->ntypes. Corpus types are
 * matched to model types by name (types the model lacks count as false negatives only if
 * the model knows them, i.e. are ignored). */
void gx_tagger_evaluate(const gx_tagger_model *m, const gx_tagger_corpus *c, long *tp, long *fp, long *fn);

#endif
