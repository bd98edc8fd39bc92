/* gx_events_corporate.c — argument rules of the company events: executive change (people,
 * positions), layoff, bankruptcy.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

/* A position title near pos: the article's positions first, else position words. */
static bool position_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, bool after, ev_ref *out)
{
    const gx_article *art = c->art;
    int best = -1;
    int32_t bestd = 0;
    for (int i = 0; i < art->positions.n; i++) {
        gx_span s = art->positions.v[i].span;
        if (s.start < lo || s.end > hi || (after ? s.start < pos : s.end > pos))
            continue;
        int32_t dd = after ? s.start - pos : pos - s.end;
        if (best < 0 || dd < bestd) {
            best = i;
            bestd = dd;
        }
    }
    if (best >= 0) {
        out->start = art->positions.v[best].span.start;
        out->end = art->positions.v[best].span.end;
        out->ent = -1;
        out->q = -1;
        return true;
    }
    /* fallback: the longest chain of position words 'X兼Y' */
    int h = after ? ev_hit_find(c, GX_CAT_POSITION, pos, hi, false) : ev_hit_find(c, GX_CAT_POSITION, lo, pos, true);
    if (h < 0)
        return false;
    int32_t s = c->h[h].start, e = c->h[h].end;
    for (int k = h + 1; k < c->nh && c->h[k].start <= e && c->h[k].start < hi; k++)
        if (ev_hit_entry(c, k)->cat == GX_CAT_POSITION && c->h[k].start >= s && c->h[k].end > e && c->h[k].end <= hi)
            e = c->h[k].end;
    out->start = s;
    out->end = e;
    out->ent = -1;
    out->q = -1;
    return true;
}

/* Further titles listed right after the one found (党委副书记、副局长; 董事长兼总经理 is one
 * title): each becomes another argument of the list role. */
static void more_positions(ev_ctx *c, draft *d, const char *role, ev_ref first, int32_t hi)
{
    const gx_article *art = c->art;
    int32_t end = first.end;
    for (int guard = 0; guard < 6; guard++) {
        int best = -1;
        for (int i = 0; i < art->positions.n; i++) {
            gx_span sp = art->positions.v[i].span;
            if (sp.start < end || sp.end > hi || sp.start - end > 3)
                continue;
            if (best < 0 || sp.start < art->positions.v[best].span.start)
                best = i;
        }
        if (best < 0)
            return;
        gx_span sp = art->positions.v[best].span;
        bool joined = true;
        for (int32_t g = end; g < sp.start && joined; g++) {
            uint32_t ch = art->cp[g];
            joined = ch == 0x3001 || ch == 0x548C || ch == 0x53CA || ch == ',' || ch == 0x517C;
        }
        if (!joined)
            return;
        ev_add_arg(c, d, role, sp.start, sp.end, -1, -1);
        end = sp.end;
    }
}

void ev_rule_executive(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref p, co, pos, list[9];
    int32_t cs = ev_clause_start(c, t->ts, t->s.start), ce = ev_clause_end(c, t->te, t->s.end);
    bool appoint = ev_hit_after(c, GX_CAT_NEWPOS, t->ts, 0, t->te) >= 0;
    bool found = false;
    /* 聘任A、B为副总经理 / 提名A先生、B先生为董事: each person appointed is an event */
    int n = appoint ? ev_ments_in(c, t->te, ce, EM_PERSON, -1, list, 9) : 0;
    if (n > 0) {
        p = list[0];
        found = true;
        for (int k = 1; k < n && d->nmore < 8; k++)
            d->more[d->nmore++] = list[k];
    }
    if (!found)
        found = ev_ment_before(c, t->s.start, t->ts, EM_PERSON, -1, &p) || ev_ment_after(c, t->te, ce, EM_PERSON, -1, &p) ||
                ev_ment_after(c, t->te, t->s.end, EM_PERSON, -1, &p);
    if (found)
        ev_add_primary(c, d, "person", &p, 1);
    ev_add_arg(c, d, "change", t->ts, t->te, -1, -1);
    if (appoint) {
        if (position_near(c, t->te, t->s.end, t->te, true, &pos)) {
            ev_add_ref(c, d, "new_position", &pos);
            more_positions(c, d, "new_position", pos, t->s.end);
        }
        if (position_near(c, cs, t->ts, t->ts, false, &pos) && (!found || pos.start > p.end || pos.end <= p.start))
            ev_add_ref(c, d, "position", &pos);
    } else {
        if (position_near(c, t->te, ce, t->te, true, &pos) || position_near(c, t->s.start, t->ts, t->ts, false, &pos)) {
            ev_add_ref(c, d, "position", &pos);
            more_positions(c, d, "position", pos, t->s.end);
        }
        int h = ev_hit_find(c, GX_CAT_NEWPOS, t->te, t->s.end, false);
        if (h >= 0 && position_near(c, c->h[h].end, t->s.end, c->h[h].end, true, &pos)) {
            ev_add_ref(c, d, "new_position", &pos);
            /* 辞去…，改任X公司总经理: the organization before the new position */
            ev_ref nc;
            if (ev_ment_after(c, c->h[h].end, pos.start, EM_FIRM | EM_GOV, -1, &nc))
                ev_add_ref(c, d, "new_company", &nc);
        }
    }
    int lvl;
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM | EM_GOV, -1, &co, &lvl) && lvl == 1)
        ev_add_ref(c, d, "company", &co);
}

void ev_rule_layoff(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
        ev_add_primary(c, d, "company", &a, lvl);
    int qi = ev_q_near(c, Q_COUNT, t->s.start, t->s.end, t->ts, false, NULL);
    ev_add_q(c, d, "count", qi);
}

void ev_rule_bankruptcy(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
        ev_add_primary(c, d, "company", &a, lvl);
    int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, NULL);
    ev_add_q(c, d, "debt", qi);
}
