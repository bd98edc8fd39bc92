/* gx_event_ctx.h — the per-article working state of the event stage (private to
 * the gx_events*.c files, see gx_events_impl.h): the article's entity mentions and quantities in text
 * order, the cue/context-word hits of one lexicon scan, the sentences, and helpers to find
 * arguments near a trigger. Everything lives in the article's arena. */
#ifndef GX_EVENT_CTX_H
#define GX_EVENT_CTX_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_article.h"
#include "gx_event_lex.h"

/* Entity-type masks for argument searches. */
#define EM_COMPANY (1u << GX_ENT_COMPANY)
#define EM_PERSON (1u << GX_ENT_PERSON)
#define EM_ORG (1u << GX_ENT_ORGANIZATION)
#define EM_GOV (1u << GX_ENT_GOVERNMENT)
#define EM_PRODUCT (1u << GX_ENT_PRODUCT)
#define EM_FIRM (EM_COMPANY | EM_ORG)
#define EM_ACTOR (EM_COMPANY | EM_ORG | EM_PERSON)

typedef struct ev_ment {
    int32_t start, end;   /* start first: searched by start (gx_event_ctx.c) */
    int32_t ent;   /* index into art->entities */
    uint8_t type;  /* gx_ent_type */
    bool coref;    /* 公司 / 该公司 / 本公司: points back, not a name */
} ev_ment;

typedef enum ev_qkind { Q_MONEY = 0, Q_PERCENT, Q_DATE, Q_COUNT, Q_SHARES, Q_NUMBER } ev_qkind;

typedef struct ev_q {
    int32_t start, end;   /* surface span (qualifier included); start first: searched by start */
    ev_qkind kind;
    double value;
    char currency[4];
    const char *date;     /* ISO (possibly partial) for Q_DATE, else NULL          */
    const char *period;   /* "2024H1" ... when the quantity stage knows it          */
    bool has_change;
    double change;
    int32_t qidx;         /* index into art->quantities, or -1 (found by this stage) */
} ev_q;

typedef struct ev_ctx {
    const gx_evlex *lx;
    gx_article *art;
    ev_ment *m;
    int nm;
    int *by_ent;          /* explicit (non-coreference) mention indices grouped by entity, in text order */
    int *by_ent_off;      /* entity e's group is by_ent[by_ent_off[e] .. by_ent_off[e + 1])          */
    ev_q *q;
    int nq;
    gx_evhit *h;
    int nh;
    int *hc;              /* hit indices grouped by category (gx_evcat), each group in hit order */
    int hc_off[GX_CAT__COUNT + 1]; /* category k's group is hc[hc_off[k] .. hc_off[k + 1])    */
    gx_span *sent;        /* sentences in text order (the title first when there is one) */
    int nsent;
    int subject;          /* entity index of the article's subject company, or -1        */
    bool subject_strong;  /* the subject is named in the title or clearly dominates       */
    int32_t body_start;   /* first code point after the title                           */
} ev_ctx;

/* A reference to an argument's surface: span plus entity/quantity. */
typedef struct ev_ref {
    int32_t start, end;
    int32_t ent;          /* entity index or -1 */
    int32_t q;            /* index into ctx->q or -1 */
} ev_ref;

/* ---- queries (gx_event_args.c) ---- */
const gx_evlex_entry *ev_hit_entry(const ev_ctx *c, int h);
/* First (last=false) or last hit of category cat with lo <= start and end <= hi, or -1. */
int ev_hit_find(const ev_ctx *c, int cat, int32_t lo, int32_t hi, bool last);
/* Is there a hit of category cat ending in [pos - within, pos] (i.e. right before pos)? */
int ev_hit_before(const ev_ctx *c, int cat, int32_t pos, int32_t within, int32_t lo);
/* Is there a hit of category cat starting in [pos, pos + within]? */
int ev_hit_after(const ev_ctx *c, int cat, int32_t pos, int32_t within, int32_t hi);
/* Start of the clause holding pos (after ，,；;：:), never before lo. */
int32_t ev_clause_start(const ev_ctx *c, int32_t pos, int32_t lo);
int32_t ev_clause_end(const ev_ctx *c, int32_t pos, int32_t hi);
bool ev_is_clause_punct(uint32_t cp);

/* Mentions: nearest before pos in [lo, pos) / after pos in [pos, hi), of a type in mask,
 * coreference mentions replaced by an explicit mention of the same entity when there is one
 * (text as written at that mention). Returns false when none. */
bool ev_ment_before(const ev_ctx *c, int32_t lo, int32_t pos, unsigned mask, int skip_ent, ev_ref *out);
bool ev_ment_after(const ev_ctx *c, int32_t pos, int32_t hi, unsigned mask, int skip_ent, ev_ref *out);
/* An explicit (non-coreference) mention of entity e, nearest to pos. */
bool ev_ment_of(const ev_ctx *c, int e, int32_t pos, ev_ref *out);
/* Index of the first mention with start >= pos. */
int ev_ment_lower(const ev_ctx *c, int32_t pos);
/* Is [s, e) inside an entity mention? */
bool ev_in_mention(const ev_ctx *c, int32_t s, int32_t e);

/* Quantities of kind in [lo, hi); nearest to pos (before preferred when prefer_before). */
int ev_q_lower(const ev_ctx *c, int32_t pos);

/* Build the context (mentions, quantities incl. own fallback numbers, hits, sentences). */
void ev_ctx_build(ev_ctx *c, const gx_evlex *lx, gx_article *art);

#endif
