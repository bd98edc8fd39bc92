/* gx_events_legal.c — argument rules of the regulatory and legal events: summons,
 * investigation, warning, sanction, lawsuit.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

/* 约谈 / 立案 / 警示函: company and regulator. Passive (被约谈): company before. */
void ev_rule_regulatory(ev_ctx *c, draft *d, const trig *t, bool company_after)
{
    ev_ref a, g;
    int lvl = 0;
    int32_t cs = ev_clause_start(c, t->ts, t->s.start), ce = ev_clause_end(c, t->te, t->s.end);
    int32_t ps;
    bool passive = ev_passive_before(c, t, &ps);
    bool found = false;
    if (passive) {
        found = ev_subject_of(c, t->si, ps, EM_FIRM, -1, &a, &lvl);
        if (ev_ment_after(c, ps, t->ts, EM_GOV | EM_ORG, -1, &g))
            ev_add_ref(c, d, "regulator", &g);
    } else {
        if (company_after) {
            ev_ref list[9];
            int n = ev_ments_in(c, t->te, ce, EM_FIRM, -1, list, 9);
            if (n > 0) {
                a = list[0];
                found = true;
                lvl = 1;
                for (int k = 1; k < n; k++)
                    d->more[d->nmore++] = list[k];
            }
        }
        if (!found) {
            /* 对X进行立案 */
            for (int32_t i = t->ts - 1; i >= cs && !found; i--)
                if (c->art->cp[i] == 0x5BF9 /* 对 */ && ev_ment_after(c, i + 1, t->ts, EM_FIRM, -1, &a))
                    found = true, lvl = 1;
        }
        if (!found)
            found = ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl);
    }
    if (found)
        ev_add_primary(c, d, "company", &a, lvl);
    if (!ev_has_role(d, "regulator") && ev_gov_near(c, t, &g))
        ev_add_ref(c, d, "regulator", &g);
    int rh = ev_hit_find(c, GX_CAT_REASON, t->s.start, t->s.end, false);
    if (rh >= 0) {
        int32_t e = ev_clause_end(c, c->h[rh].end, t->s.end);
        if (e - c->h[rh].end >= 2 && e - c->h[rh].end <= 40)
            ev_add_arg(c, d, "reason", c->h[rh].end, e, -1, -1);
    }
}

void ev_rule_sanction(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref list[32], g;
    int n = ev_ments_in(c, t->s.start, t->ts, EM_FIRM, -1, list, 32);
    for (int k = 0; k < n; k++) {
        ev_add_ref(c, d, "company", &list[k]);
        if (k == 0)
            ev_set_primary(d, &list[k], 1);
    }
    if (n == 0) {
        int lvl;
        if (ev_hit_find(c, GX_CAT_SUBJ_SKIP, ev_clause_start(c, t->ts, t->s.start), t->ts, false) >= 0 &&
            ev_subject_of(c, t->si, t->ts, EM_COMPANY, -1, &list[0], &lvl)) {
            ev_add_primary(c, d, "company", &list[0], lvl);
        }
    }
    if (ev_gov_near(c, t, &g))
        ev_add_ref(c, d, "authority", &g);
    int lh = ev_hit_find(c, GX_CAT_LISTNAME, t->ts, t->te, false);
    if (lh >= 0)
        ev_add_arg(c, d, "list", c->h[lh].start, c->h[lh].end, -1, -1);
}

void ev_rule_lawsuit(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a, b;
    int32_t ce = ev_clause_end(c, t->te, t->s.end), cs = ev_clause_start(c, t->ts, t->s.start);
    if (ev_ment_before(c, cs, t->ts, EM_ACTOR, -1, &a))
        ev_add_ref(c, d, "plaintiff", &a);
    if (ev_ment_after(c, t->te, ce, EM_ACTOR, ev_has_role(d, "plaintiff") ? a.ent : -1, &b))
        ev_add_primary(c, d, "defendant", &b, 1);
    if (!ev_has_role(d, "plaintiff") && !ev_has_role(d, "defendant")) {
        d->dead = true;
        return;
    }
    int qi = ev_q_near(c, Q_MONEY, t->te, t->s.end, t->te, true, NULL);
    if (qi >= 0 && c->q[qi].start < ce) {
        ev_ref r = ev_qref(c, qi);
        ev_add_ref(c, d, "claim", &r);
    }
}
