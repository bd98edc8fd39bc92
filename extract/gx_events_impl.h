/* gx_events_impl.h — what the files of the event stage share (private to them): the draft
 * event being filled, the trigger it comes from, and the functions of each file.
 *
 *   gx_events.c           loading, cue gating, status/dates common to all types, confidence,
 *                         the driver gx_events_find()
 *   gx_events_draft.c     drafts, adding arguments, merging drafts of one event
 *   gx_events_args.c      finding arguments near a trigger (quantities, names, dates)
 *   gx_events_deals.c     acquisition, listing, financing, investment, buyback, contract win
 *   gx_events_results.c   financial result, loss
 *   gx_events_corporate.c executive change, layoff, bankruptcy
 *   gx_events_legal.c     regulatory summons, investigation, warning, sanction, lawsuit
 *   gx_events_holdings.c  share pledge and release, shareholder increase and decrease
 * Internal symbols carry the ev_ prefix (ev_rule_<type> for the per-type argument rules). */
#ifndef GX_EVENTS_IMPL_H
#define GX_EVENTS_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_article.h"
#include "gx_event_ctx.h"
#include "gx_event_lex.h"

/* ---------------------------------------------------------------- the working types */

/* An event being filled: the API event plus what the rules and the merge need. */
typedef struct draft {
    gx_event ev;
    int type;          /* gx_evtype */
    int sent;          /* sentence index */
    int32_t ps, pe;    /* primary argument span, or -1 */
    int pent;          /* primary argument entity, or -1 */
    const char *metric;
    int plevel;        /* how the primary was found: 0 none, 1 in sentence, 2 nearby, 3 subject */
    bool dead;         /* the rule found it is no event (no party at all)                    */
    ev_ref more[8];    /* further members of a list primary (约谈美团、京东): one event each */
    int nmore;
    int32_t alt_ps, alt_pe; /* loss: an earlier period's figure in the same sentence (上年同期-93万元) */
    int alt_q;
    bool is_alt;
    int group;         /* drafts split from one list (one per member) never merge back: id + 1 */
    bool cumulative;   /* a running total (截至本公告日累计质押…): merges only with its like */
} draft;

typedef GX_VEC(draft) draft_vec;

/* The cue a draft comes from. */
typedef struct trig {
    int si;            /* sentence index */
    gx_span s;         /* sentence */
    int32_t ts, te;    /* trigger */
    int cue;           /* hit index of the cue */
    ev_ref disc;       /* disclosure date or start -1 */
} trig;

#define NONE_REF {-1, -1, -1, -1}

/* A filter on candidate quantities (ev_q_near): c->q[qi] in the window [lo, hi). */
typedef bool (*q_pred)(const ev_ctx *c, int qi, int32_t lo, int32_t hi);

/* ---- gx_events_draft.c: arguments of a draft, copies, merging */
bool ev_has_role(const draft *d, const char *role);
/* An argument with the same role and (entity or text) already there? */
bool ev_has_arg_like(const ev_ctx *c, const draft *d, const char *role, int32_t s, int32_t e, int ent);
/* Add role = text[s, e) (entity ent / quantity qi or -1): one per role except list roles (one
 * per member); NULL when not added. Names lose holder labels (股东X -> X) and stray marks. */
gx_argument *ev_add_arg(ev_ctx *c, draft *d, const char *role, int32_t s, int32_t e, int ent, int qi);
/* The same from a reference; parties take their entity's full name as first written. */
gx_argument *ev_add_ref(ev_ctx *c, draft *d, const char *role, const ev_ref *r);
/* The quantity c->q[qi] as role (nothing when qi < 0). */
gx_argument *ev_add_q(ev_ctx *c, draft *d, const char *role, int qi);
/* r as role and as the event's primary argument, found at level lvl. */
gx_argument *ev_add_primary(ev_ctx *c, draft *d, const char *role, const ev_ref *r, int lvl);
void ev_set_primary(draft *d, const ev_ref *r, int level);
/* One more draft per further member of a list primary; a comparison-period loss; after the
 * merge, such a loss takes the company of the story's loss when it names none. */
void ev_split_members(ev_ctx *c, draft_vec *dv, int orig);
void ev_comparison_loss(ev_ctx *c, draft_vec *dv, int orig);
void ev_comparison_company(ev_ctx *c, draft_vec *dv);
/* Merge the drafts that tell one event (title, lead, body); the merged-away ones are dead. */
void ev_merge_drafts(ev_ctx *c, draft_vec *dv);
/* Does the event name its doer and something done? */
bool ev_complete_enough(const draft *d);

/* ---- gx_events_args.c: finding arguments near a trigger */
ev_ref ev_qref(const ev_ctx *c, int qi);
/* Nearest quantity of kind in [lo, hi) to pos (after pos preferred when after_first) that
 * pred accepts (pred may be NULL); an index into c->q or -1. */
int ev_q_near(const ev_ctx *c, ev_qkind kind, int32_t lo, int32_t hi, int32_t pos, bool after_first,
              q_pred pred);
bool ev_q_negative(const ev_ctx *c, int qi);
/* q_pred filters: a price per share, not a price (nor a market value), of all shares
 * (总股本), of the holder's shares (所持), an amount raised, a market value */
bool ev_p_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_not_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_total(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_holding(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_raise(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_cap(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
int ev_shares_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos);
int ev_sent_of(const ev_ctx *c, int32_t pos);
bool ev_is_name_cp(uint32_t ch);
/* Names read from plain text (no entity found there): back from a cue, forward, a list. */
bool ev_np_before(const ev_ctx *c, int32_t lo, int32_t ts, ev_ref *out);
bool ev_np_after(const ev_ctx *c, int32_t pos, int32_t hi, ev_ref *out);
int ev_np_list(const ev_ctx *c, int32_t lo, int32_t hi, ev_ref *out, int max);
/* The doer of the trigger at ts in sentence si: in the sentence (level 1), nearby (2), the
 * article's subject (3). */
bool ev_subject_of(const ev_ctx *c, int si, int32_t ts, unsigned mask, int skip, ev_ref *out, int *level);
int ev_period_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, int32_t not_start);
bool ev_disclosure_of(const ev_ctx *c, int si, ev_ref *out);
void ev_add_date(ev_ctx *c, draft *d, const char *role, gx_span s, int32_t ts, const ev_ref *disc);
int ev_ments_in(const ev_ctx *c, int32_t lo, int32_t hi, unsigned mask, int skip, ev_ref *out, int max);
bool ev_passive_before(const ev_ctx *c, const trig *t, int32_t *pstart);
bool ev_gov_near(const ev_ctx *c, const trig *t, ev_ref *out);

/* ---- the argument rules of each type (gx_events_<family>.c) */
void ev_rule_acquisition(ev_ctx *c, draft *d, const trig *t); /* deals */
void ev_rule_listing(ev_ctx *c, draft *d, const trig *t);
void ev_rule_financing(ev_ctx *c, draft *d, const trig *t);
void ev_rule_investment(ev_ctx *c, draft *d, const trig *t);
void ev_rule_buyback(ev_ctx *c, draft *d, const trig *t);
void ev_rule_contract(ev_ctx *c, draft *d, const trig *t);
void ev_rule_result(ev_ctx *c, draft *d, const trig *t); /* results */
void ev_rule_loss(ev_ctx *c, draft *d, const trig *t);
void ev_rule_executive(ev_ctx *c, draft *d, const trig *t); /* corporate */
void ev_rule_layoff(ev_ctx *c, draft *d, const trig *t);
void ev_rule_bankruptcy(ev_ctx *c, draft *d, const trig *t);
void ev_rule_regulatory(ev_ctx *c, draft *d, const trig *t, bool company_after); /* legal */
void ev_rule_sanction(ev_ctx *c, draft *d, const trig *t);
void ev_rule_lawsuit(ev_ctx *c, draft *d, const trig *t);
void ev_rule_holding(ev_ctx *c, draft *d, const trig *t, const char *holder_role, bool pledge); /* holdings */

#endif
