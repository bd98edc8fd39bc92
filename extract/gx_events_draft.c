/* gx_events_draft.c — draft events and their arguments: adding arguments (one per role, list
 * roles one per member), the primary argument, copies per list member, and merging the drafts
 * of one event told several times.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

/* List-valued roles: one argument per member, merged by union. */
static bool list_role(int type, const char *role)
{
    return strcmp(role, "investors") == 0 || strcmp(role, "winner") == 0 ||
           (strcmp(role, "price") == 0 && type == GX_EV_BUYBACK) ||
           (strcmp(role, "company") == 0 && type == GX_EV_SANCTION) || strcmp(role, "position") == 0 ||
           strcmp(role, "new_position") == 0;
}

bool ev_has_role(const draft *d, const char *role)
{
    for (int i = 0; i < d->ev.args.n; i++)
        if (strcmp(d->ev.args.v[i].role, role) == 0)
            return true;
    return false;
}

static bool same_text(const ev_ctx *c, int32_t s1, int32_t e1, int32_t s2, int32_t e2)
{
    if (e1 - s1 != e2 - s2)
        return false;
    for (int32_t i = 0; i < e1 - s1; i++)
        if (c->art->cp[s1 + i] != c->art->cp[s2 + i])
            return false;
    return true;
}

/* An argument with the same role and (entity or text) already there? */
bool ev_has_arg_like(const ev_ctx *c, const draft *d, const char *role, int32_t s, int32_t e, int ent)
{
    for (int i = 0; i < d->ev.args.n; i++) {
        const gx_argument *a = &d->ev.args.v[i];
        if (strcmp(a->role, role) != 0)
            continue;
        if ((ent >= 0 && a->entity == ent) || same_text(c, a->span.start, a->span.end, s, e))
            return true;
    }
    return false;
}

static bool actor_role(const char *role)
{
    static const char *const R[] = {"acquirer", "target", "investee", "investors", "lead_investor", "investor",
                                    "company", "person", "winner", "pledger", "pledgee", "shareholder",
                                    "plaintiff", "defendant", "tenderer", "regulator", "authority", "sponsor"};
    for (size_t i = 0; i < sizeof R / sizeof *R; i++)
        if (strcmp(R[i], role) == 0)
            return true;
    return false;
}

gx_argument *ev_add_arg(ev_ctx *c, draft *d, const char *role, int32_t s, int32_t e, int ent, int qi)
{
    if (s < 0 || e <= s || e > c->art->ncp)
        return NULL;
    if (qi < 0 && actor_role(role)) {
        /* a name, not its holder label: 股东本钢公司 -> 本钢公司 */
        for (int h = ev_hit_find(c, GX_CAT_HOLDER, s, e, false); h >= 0 && h < c->nh && c->h[h].start == s; h++)
            if (ev_hit_entry(c, h)->cat == GX_CAT_HOLDER && c->h[h].end < e - 1)
                s = c->h[h].end;
        /* stray marks at the edges (丨凯众股份) */
        while (e - s > 2 && !ev_is_name_cp(c->art->cp[s]) && c->art->cp[s] != '(' && c->art->cp[s] != '*')
            s++;
    }
    if (list_role(d->type, role) ? ev_has_arg_like(c, d, role, s, e, ent) : ev_has_role(d, role))
        return NULL;
    gx_argument *a = GX_VEC_PUSH(c->art->arena, d->ev.args);
    a->role = role;
    a->span.start = s;
    a->span.end = e;
    a->entity = ent;
    a->quantity = -1;
    if (qi >= 0) {
        const ev_q *q = &c->q[qi];
        a->quantity = q->qidx;
        if (q->kind == Q_DATE) {
            a->value_str = q->date;
        } else {
            a->has_number = true;
            /* 37.879999999999995 -> 37.88: six decimals for ratios, cents for money */
            double scale = q->kind == Q_MONEY ? 100.0 : 1e6;
            a->number = round(q->value * scale) / scale;
            memcpy(a->currency, q->currency, 4);
        }
    }
    return a;
}

/* Roles whose text is the party's full name as first written (北京北明伟业控股有限公司 rather
 * than its later short form 北明控股); other roles keep the mention nearest the trigger. */
static bool full_name_role(const draft *d, const char *role)
{
    if (strcmp(role, "company") == 0)
        return d->type == GX_EV_BANKRUPTCY || d->type == GX_EV_LISTING;
    return strcmp(role, "pledger") == 0 || strcmp(role, "shareholder") == 0 || strcmp(role, "acquirer") == 0 ||
           strcmp(role, "target") == 0 || strcmp(role, "investee") == 0 || strcmp(role, "pledgee") == 0;
}

gx_argument *ev_add_ref(ev_ctx *c, draft *d, const char *role, const ev_ref *r)
{
    if (r->ent >= 0 && full_name_role(d, role)) {
        const gx_entity *e = &c->art->entities.v[r->ent];
        int best = -1;
        int32_t bl = r->end - r->start;
        for (int k = 0; k < e->mentions.n; k++) {
            int32_t l = e->mentions.v[k].span.end - e->mentions.v[k].span.start;
            if (l > bl) {
                best = k;
                bl = l;
            }
        }
        if (best >= 0)
            return ev_add_arg(c, d, role, e->mentions.v[best].span.start, e->mentions.v[best].span.end, r->ent, r->q);
    }
    return ev_add_arg(c, d, role, r->start, r->end, r->ent, r->q);
}

void ev_set_primary(draft *d, const ev_ref *r, int level)
{
    d->ps = r->start;
    d->pe = r->end;
    d->pent = r->ent;
    d->plevel = level;
}

/* The quantity c->q[qi] as the argument role; nothing when qi < 0. Returns the argument or NULL
 * (none, or the role was taken). */
gx_argument *ev_add_q(ev_ctx *c, draft *d, const char *role, int qi)
{
    if (qi < 0)
        return NULL;
    ev_ref r = ev_qref(c, qi);
    return ev_add_ref(c, d, role, &r);
}

/* r as the argument role and as the event's primary argument, found at level lvl (1 in the
 * sentence, 2 nearby, 3 the article's subject). */
gx_argument *ev_add_primary(ev_ctx *c, draft *d, const char *role, const ev_ref *r, int lvl)
{
    gx_argument *g = ev_add_ref(c, d, role, r);
    ev_set_primary(d, r, lvl);
    return g;
}

/* ---------------------------------------------------------------- merge */

static bool same_primary(const ev_ctx *c, const draft *a, const draft *b)
{
    if (a->ps < 0 || b->ps < 0)
        return false;
    if (a->pent >= 0 && a->pent == b->pent)
        return true;
    return same_text(c, a->ps, a->pe, b->ps, b->pe);
}

static bool base_has_role(const draft *d, const char *role, int nbase)
{
    for (int i = 0; i < nbase && i < d->ev.args.n; i++)
        if (strcmp(d->ev.args.v[i].role, role) == 0)
            return true;
    return false;
}

static void merge_into(ev_ctx *c, draft *dst, const draft *src_in)
{
    /* the richer draft is the base: its single-valued roles, trigger and sentence win */
    draft tmp;
    const draft *src = src_in;
    bool dst_title = dst->sent == 0 && c->sent[0].start < c->body_start;
    bool src_title = src_in->sent == 0 && c->sent[0].start < c->body_start;
    if ((dst_title && !src_title) || (dst_title == src_title && src_in->ev.args.n > dst->ev.args.n)) {
        tmp = *dst;
        *dst = *src_in;
        src = &tmp;
    }
    int nbase = dst->ev.args.n;
    for (int i = 0; i < src->ev.args.n; i++) {
        const gx_argument *a = &src->ev.args.v[i];
        /* a list role comes whole from one draft: the base's members, else the other's */
        if (list_role(dst->type, a->role) ? base_has_role(dst, a->role, nbase) : ev_has_role(dst, a->role))
            continue;
        *GX_VEC_PUSH(c->art->arena, dst->ev.args) = *a;
    }
    if (!dst->ev.status)
        dst->ev.status = src->ev.status;
    if (!dst->ev.disclosed_at && !base_has_role(dst, "disclosed_at", nbase))
        dst->ev.disclosed_at = src->ev.disclosed_at;
    if (dst->ps < 0 && src->ps >= 0) {
        dst->ps = src->ps;
        dst->pe = src->pe;
        dst->pent = src->pent;
    }
    if (src->plevel && (!dst->plevel || src->plevel < dst->plevel)) {
        /* the primary found closer to its trigger replaces one found further away */
        for (int i = 0; dst->ps >= 0 && src->ps >= 0 && i < dst->ev.args.n; i++) {
            gx_argument *g = &dst->ev.args.v[i];
            if (g->span.start == dst->ps && g->span.end == dst->pe && !list_role(dst->type, g->role)) {
                for (int k = 0; k < src->ev.args.n; k++)
                    if (strcmp(src->ev.args.v[k].role, g->role) == 0) {
                        *g = src->ev.args.v[k];
                        dst->ps = src->ps;
                        dst->pe = src->pe;
                        dst->pent = src->pent;
                        break;
                    }
                break;
            }
        }
        dst->plevel = src->plevel;
    }
    if (src->ev.confidence > dst->ev.confidence)
        dst->ev.confidence = src->ev.confidence;
    dst->ev.confidence += 0.04 * (1 - dst->ev.confidence);
}

static bool mergeable(const draft *a, const draft *b)
{
    if (a->type != b->type)
        return false;
    if (a->type == GX_EV_FINANCIAL_RESULT)
        return a->metric && b->metric && strcmp(a->metric, b->metric) == 0 && a->sent == b->sent;
    if (a->type == GX_EV_LOSS)
        return a->is_alt == b->is_alt; /* a comparison period (上年同期) stays its own event */
    if (a->cumulative != b->cumulative)
        return false;
    return true;
}

/* Does d carry a numeric argument (amount, shares, percent ...)? */
static bool has_numbers(const draft *d)
{
    for (int i = 0; i < d->ev.args.n; i++)
        if (d->ev.args.v[i].has_number)
            return true;
    return false;
}

/* Do a and b share a numeric argument with the same text? */
static bool share_number(const ev_ctx *c, const draft *a, const draft *b)
{
    for (int i = 0; i < a->ev.args.n; i++) {
        const gx_argument *x = &a->ev.args.v[i];
        if (!x->has_number)
            continue;
        for (int k = 0; k < b->ev.args.n; k++) {
            const gx_argument *y = &b->ev.args.v[k];
            if (y->has_number && same_text(c, x->span.start, x->span.end, y->span.start, y->span.end))
                return true;
        }
    }
    return false;
}

/* One story usually reports one event of a type several times (title, lead, body). Two
 * drafts stay apart only when both name their own primary argument in their own sentence,
 * the primaries differ, and each brings figures of its own. */
static bool same_event(const ev_ctx *c, const draft *a, const draft *b)
{
    if (same_primary(c, a, b) || share_number(c, a, b))
        return true;
    if (a->type == GX_EV_REGULATORY_SUMMONS || a->type == GX_EV_SANCTION || a->type == GX_EV_EXECUTIVE_CHANGE)
        return a->ps < 0 || b->ps < 0;
    if (a->ps < 0 || b->ps < 0 || a->plevel != 1 || b->plevel != 1)
        return true;
    return !has_numbers(a) || !has_numbers(b);
}

void ev_merge_drafts(ev_ctx *c, draft_vec *dv)
{
    for (int i = 0; i < dv->n; i++) {
        draft *b = &dv->v[i];
        if (b->dead)
            continue;
        for (int j = 0; j < i; j++) {
            draft *a = &dv->v[j];
            if (a->dead || !mergeable(a, b) || (a->group && a->group == b->group) || !same_event(c, a, b))
                continue;
            merge_into(c, a, b);
            b->dead = true;
            break;
        }
    }
}

/* Does the (merged) event say enough to be an event of its type? A cue with no one doing it,
 * or with nothing done (no amount, no shares, no stake), is usually a mention of the topic
 * (亏损风险, 离职员工, 回购专用账户) rather than a report of the event. */
bool ev_complete_enough(const draft *d)
{
#define R(x) ev_has_role(d, x)
    switch ((gx_evtype)d->type) {
    case GX_EV_ACQUISITION: return R("acquirer") || R("target");
    case GX_EV_LISTING: return R("company");
    case GX_EV_FINANCING: return (R("investee") || R("investors")) && (R("amount") || R("round") || R("investors"));
    case GX_EV_INVESTMENT: return R("investor") && (R("amount") || R("target"));
    case GX_EV_BUYBACK: return R("company") && (R("shares") || R("amount") || R("price") || R("stake_percent"));
    case GX_EV_EXECUTIVE_CHANGE: return R("person");
    case GX_EV_LOSS: return R("company") && R("net_loss");
    case GX_EV_CONTRACT_WIN: return R("winner") && (R("project") || R("amount"));
    case GX_EV_SHARE_PLEDGE:
    case GX_EV_PLEDGE_RELEASE:
        return R("pledger") && (R("shares") || R("collateral") || R("stake_percent") || R("holding_percent"));
    case GX_EV_SHAREHOLDER_INCREASE:
    case GX_EV_SHAREHOLDER_DECREASE:
        return R("shareholder") && (R("shares") || R("amount") || R("stake_percent") || R("holding_percent") ||
                                    (d->plevel == 1 && R("company")));
    case GX_EV_REGULATORY_SUMMONS:
    case GX_EV_INVESTIGATION:
    case GX_EV_REGULATORY_WARNING:
    case GX_EV_BANKRUPTCY:
    case GX_EV_LAYOFF:
    case GX_EV_SANCTION: return R("company");
    default: return true;
    }
#undef R
}

/* ---------------------------------------------------------------- copies */

/* A draft whose primary is a list (约谈美团、京东): one more draft per further member, the member
 * swapped in where the primary was (dv->v[orig] is the draft; the copies are appended). */
void ev_split_members(ev_ctx *c, draft_vec *dv, int orig)
{
    int nmore = dv->v[orig].nmore;
    if (nmore)
        dv->v[orig].group = orig + 1;
    for (int k = 0; k < nmore; k++) {
        draft *o = GX_VEC_PUSH(c->art->arena, *dv);
        const draft *src = &dv->v[orig];
        *o = *src;
        o->nmore = 0;
        o->ev.args.v = NULL;
        o->ev.args.n = o->ev.args.cap = 0;
        bool holding = src->type == GX_EV_SHARE_PLEDGE || src->type == GX_EV_PLEDGE_RELEASE ||
                       src->type == GX_EV_SHAREHOLDER_INCREASE || src->type == GX_EV_SHAREHOLDER_DECREASE;
        for (int i = 0; i < src->ev.args.n; i++) {
            /* co-holders share the company and the dates, not the figures */
            if (holding && src->ev.args.v[i].has_number)
                continue;
            gx_argument *g = GX_VEC_PUSH(c->art->arena, o->ev.args);
            *g = src->ev.args.v[i];
            if (g->span.start == src->ps && g->span.end == src->pe) {
                g->span.start = src->more[k].start;
                g->span.end = src->more[k].end;
                g->entity = src->more[k].ent;
            }
        }
        ev_set_primary(o, &src->more[k], 1);
    }
}

/* A loss with an earlier period's figure in its sentence (上年同期亏损93万元): a second loss event
 * for that period, appended after dv->v[orig]. */
void ev_comparison_loss(ev_ctx *c, draft_vec *dv, int orig)
{
    if (dv->v[orig].type != GX_EV_LOSS || dv->v[orig].alt_q < 0)
        return;
    draft *o = GX_VEC_PUSH(c->art->arena, *dv);
    const draft *src = &dv->v[orig];
    memset(o, 0, sizeof *o);
    o->type = src->type;
    o->sent = src->sent;
    o->ev.type = src->ev.type;
    o->ev.trigger = src->ev.trigger;
    o->ev.sentence = src->ev.sentence;
    o->ev.confidence = src->ev.confidence;
    o->alt_q = -1;
    o->is_alt = true;
    o->ps = o->pe = -1;
    o->pent = -1;
    if (src->ps >= 0) {
        ev_ref pr = {src->ps, src->pe, src->pent, -1};
        ev_add_ref(c, o, "company", &pr);
        ev_set_primary(o, &pr, src->plevel);
    }
    ev_ref lq = ev_qref(c, src->alt_q);
    gx_argument *g = ev_add_ref(c, o, "net_loss", &lq);
    if (g && g->has_number)
        g->number = fabs(g->number);
    ev_add_arg(c, o, "period", src->alt_ps, src->alt_pe, -1, -1);
    for (int i = 0; i < src->ev.args.n; i++)
        if (strcmp(src->ev.args.v[i].role, "disclosed_at") == 0)
            *GX_VEC_PUSH(c->art->arena, o->ev.args) = src->ev.args.v[i];
}

/* After merging: a comparison-period loss whose company was named elsewhere (the title) takes
 * the company of the story's loss. */
void ev_comparison_company(ev_ctx *c, draft_vec *dv)
{
    for (int i = 0; i < dv->n; i++) {
        draft *o = &dv->v[i];
        if (o->dead || !o->is_alt || o->ps >= 0)
            continue;
        for (int j = 0; j < dv->n; j++) {
            const draft *m = &dv->v[j];
            if (m->dead || m->is_alt || m->type != GX_EV_LOSS || m->ps < 0)
                continue;
            ev_ref pr = {m->ps, m->pe, m->pent, -1};
            ev_add_ref(c, o, "company", &pr);
            ev_set_primary(o, &pr, m->plevel);
            break;
        }
    }
}
