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

/* ---------------------------------------------------------------- drafts */

typedef struct draft {
    gx_event ev;
    int type;          /* gx_evtype */
    int sent;          /* sentence index */
    int32_t ps, pe;    /* primary argument span, or -1 */
    int pent;          /* primary argument entity, or -1 */
    const char *metric;
    int plevel;        /* how the primary was found: 0 none, 1 in sentence, 2 nearby, 3 subject */
    bool dead;
    ev_ref more[8];    /* further members of a list primary (约谈美团、京东): one event each */
    int nmore;
    int32_t alt_ps, alt_pe; /* loss: an earlier period's figure in the same sentence (上年同期-93万元) */
    int alt_q;
    bool is_alt;
    int group;         /* drafts split from one list (one per member) never merge back: id + 1 */
    bool cumulative;   /* a running total (截至本公告日累计质押…): merges only with its like */
} draft;

typedef GX_VEC(draft) draft_vec;

/* ---------------------------------------------------------------- argument helpers */

#define NONE_REF {-1, -1, -1, -1}

/* Nearest quantity of kind in [lo, hi) to pos; after pos preferred when after_first. The
 * predicate (may be NULL) filters candidates. Returns an index into c->q or -1. */
typedef bool (*q_pred)(const ev_ctx *c, int qi, int32_t lo, int32_t hi);

/* ---------------------------------------------------------------- per-type rules */

typedef struct trig {
    int si;            /* sentence index */
    gx_span s;         /* sentence */
    int32_t ts, te;    /* trigger */
    int cue;           /* hit index of the cue */
    ev_ref disc;       /* disclosure date or start -1 */
} trig;

/* ---- gx_events_draft.c */
bool ev_has_role(const draft *d, const char *role);
bool ev_has_arg_like(const ev_ctx *c, const draft *d, const char *role, int32_t s, int32_t e, int ent);
gx_argument *ev_add_arg(ev_ctx *c, draft *d, const char *role, int32_t s, int32_t e, int ent, int qi);
gx_argument *ev_add_ref(ev_ctx *c, draft *d, const char *role, const ev_ref *r);
void ev_set_primary(draft *d, const ev_ref *r, int level);
void ev_merge_drafts(ev_ctx *c, draft_vec *dv);
bool ev_complete_enough(const draft *d);
gx_argument *ev_add_q(ev_ctx *c, draft *d, const char *role, int qi);
gx_argument *ev_add_primary(ev_ctx *c, draft *d, const char *role, const ev_ref *r, int lvl);
void ev_split_members(ev_ctx *c, draft_vec *dv, int orig);
void ev_comparison_loss(ev_ctx *c, draft_vec *dv, int orig);
void ev_comparison_company(ev_ctx *c, draft_vec *dv);

/* ---- gx_events_args.c */
ev_ref ev_qref(const ev_ctx *c, int qi);
int ev_q_near(const ev_ctx *c, ev_qkind kind, int32_t lo, int32_t hi, int32_t pos, bool after_first,
                  q_pred pred);
bool ev_q_negative(const ev_ctx *c, int qi);
bool ev_p_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_not_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_total(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_holding(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_raise(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
bool ev_p_cap(const ev_ctx *c, int qi, int32_t lo, int32_t hi);
int ev_shares_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos);
int ev_sent_of(const ev_ctx *c, int32_t pos);
bool ev_is_name_cp(uint32_t ch);
bool ev_np_before(const ev_ctx *c, int32_t lo, int32_t ts, ev_ref *out);
bool ev_np_after(const ev_ctx *c, int32_t pos, int32_t hi, ev_ref *out);
int ev_np_list(const ev_ctx *c, int32_t lo, int32_t hi, ev_ref *out, int max);
bool ev_subject_of(const ev_ctx *c, int si, int32_t ts, unsigned mask, int skip, ev_ref *out, int *level);
int ev_period_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, int32_t not_start);
bool ev_disclosure_of(const ev_ctx *c, int si, ev_ref *out);
void ev_add_date(ev_ctx *c, draft *d, const char *role, gx_span s, int32_t ts, const ev_ref *disc);
int ev_ments_in(const ev_ctx *c, int32_t lo, int32_t hi, unsigned mask, int skip, ev_ref *out, int max);
bool ev_passive_before(const ev_ctx *c, const trig *t, int32_t *pstart);
bool ev_gov_near(const ev_ctx *c, const trig *t, ev_ref *out);

/* ---- gx_events_deals.c */
void ev_rule_acquisition(ev_ctx *c, draft *d, const trig *t);
void ev_rule_listing(ev_ctx *c, draft *d, const trig *t);
void ev_rule_financing(ev_ctx *c, draft *d, const trig *t);
void ev_rule_investment(ev_ctx *c, draft *d, const trig *t);
void ev_rule_buyback(ev_ctx *c, draft *d, const trig *t);
void ev_rule_contract(ev_ctx *c, draft *d, const trig *t);

/* ---- gx_events_results.c */
void ev_rule_result(ev_ctx *c, draft *d, const trig *t);
void ev_rule_loss(ev_ctx *c, draft *d, const trig *t);

/* ---- gx_events_corporate.c */
void ev_rule_executive(ev_ctx *c, draft *d, const trig *t);
void ev_rule_layoff(ev_ctx *c, draft *d, const trig *t);
void ev_rule_bankruptcy(ev_ctx *c, draft *d, const trig *t);

/* ---- gx_events_legal.c */
void ev_rule_regulatory(ev_ctx *c, draft *d, const trig *t, bool company_after);
void ev_rule_sanction(ev_ctx *c, draft *d, const trig *t);
void ev_rule_lawsuit(ev_ctx *c, draft *d, const trig *t);

/* ---- gx_events_holdings.c */
void ev_rule_holding(ev_ctx *c, draft *d, const trig *t, const char *holder_role, bool pledge);

#endif
