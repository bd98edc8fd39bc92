/* gx_events_holdings.c — argument rules of the shareholding events: share pledge and release,
 * shareholder increase and decrease.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

/* 质押 / 解除质押 / 增持 / 减持: holder (pledger/shareholder) and the listed company. */
void ev_rule_holding(ev_ctx *c, draft *d, const trig *t, const char *holder_role, bool pledge)
{
    ev_ref a, co;
    int lvl = 0;
    bool found = false;
    /* the actor right after a holder word (股东X, 控股股东X); else the last actor before the
     * trigger that is not a counterparty (向X, 与X) nor the listed company; else the subject */
    int best = -1, bestscore = -1;
    for (int i = ev_ment_lower(c, t->s.start); i < c->nm && c->m[i].start < t->ts; i++) {
        const ev_ment *m = &c->m[i];
        if (m->end > t->ts || !(EM_ACTOR & (1u << m->type)) || m->coref ||
            ev_hit_find(c, GX_CAT_EXCHANGE, m->start, m->end, false) >= 0)
            continue;
        int score = 2;
        if (ev_hit_before(c, GX_CAT_HOLDER, m->start, 1, t->s.start) >= 0)
            score = 4;
        else if (ev_hit_before(c, GX_CAT_PREP, m->start, 0, t->s.start) >= 0 ||
                 ev_hit_before(c, GX_CAT_PLEDGEE, m->start, 0, t->s.start) >= 0)
            score = 0;
        else if (m->ent == c->subject)
            score = 1;
        if (score > 0 && score >= bestscore) {
            best = i;
            bestscore = score;
        }
    }
    if (best >= 0) {
        a.start = c->m[best].start;
        a.end = c->m[best].end;
        a.ent = c->m[best].ent;
        a.q = -1;
        found = true;
        lvl = 1;
    }
    /* a holder the entity stages missed, named after 股东 / 实控人 right before the trigger */
    ev_ref np;
    if (bestscore <= 1 && ev_np_before(c, t->s.start, t->ts, &np) &&
        np.start > t->s.start &&
        (ev_hit_before(c, GX_CAT_HOLDER, np.start, 0, t->s.start) >= 0 || c->art->cp[np.start - 1] == 0x3001) &&
        (best < 0 || np.start >= c->m[best].end)) {
        a = np;
        found = true;
        lvl = 1;
        best = -1;
        /* 股东华睿泰信、尚志投资、尚全投资拟减持: the names before, joined by 、 */
        int32_t e = np.start;
        while (e > t->s.start + 1 && c->art->cp[e - 1] == 0x3001 && d->nmore < 8) {
            int32_t b = e - 1;
            while (b > t->s.start && ev_is_name_cp(c->art->cp[b - 1]) && ev_hit_before(c, GX_CAT_HOLDER, b, 0, t->s.start) < 0 &&
                   e - 1 - b < 12)
                b--;
            if (e - 1 - b < 2)
                break;
            ev_ref r = {b, e - 1, -1, -1};
            d->more[d->nmore++] = r;
            e = b;
        }
    }
    if (!found)
        found = ev_subject_of(c, t->si, t->ts, EM_ACTOR, -1, &a, &lvl);
    if (found) {
        ev_add_ref(c, d, holder_role, &a);
        ev_set_primary(d, &a, lvl);
        /* 袁永峰先生、袁永刚先生…质押: each holder listed with it is an event of its own */
        if (best >= 0) {
            for (int k = best + 1; k < c->nm && c->m[k].start < t->ts && d->nmore < 8; k++) {
                const ev_ment *m = &c->m[k];
                int32_t gap_s = c->m[k - 1].end, gap_e = m->start;
                bool joined = gap_e > gap_s && gap_e - gap_s <= 4;
                for (int32_t g = gap_s; joined && g < gap_e; g++) {
                    uint32_t ch = c->art->cp[g];
                    joined = ch == 0x3001 || ch == 0x548C || ch == 0x53CA || ch == 0x5148 || ch == 0x751F ||
                             ch == 0x5973 || ch == 0x58EB || ch == ','; /* 、和及先生女士 */
                }
                if (!joined || !(EM_ACTOR & (1u << m->type)) || m->coref || m->ent == a.ent)
                    break;
                ev_ref r = {m->start, m->end, m->ent, -1};
                d->more[d->nmore++] = r;
            }
            for (int k = best - 1; k >= 0 && c->m[k].start >= t->s.start && d->nmore < 8; k--) {
                const ev_ment *m = &c->m[k];
                int32_t gap_s = m->end, gap_e = c->m[k + 1].start;
                bool joined = gap_e > gap_s && gap_e - gap_s <= 4;
                for (int32_t g = gap_s; joined && g < gap_e; g++) {
                    uint32_t ch = c->art->cp[g];
                    joined = ch == 0x3001 || ch == 0x548C || ch == 0x53CA || ch == 0x5148 || ch == 0x751F ||
                             ch == 0x5973 || ch == 0x58EB || ch == ',';
                }
                if (!joined || !(EM_ACTOR & (1u << m->type)) || m->coref || m->ent == a.ent)
                    break;
                ev_ref r = {m->start, m->end, m->ent, -1};
                d->more[d->nmore++] = r;
            }
        }
    }
    if (c->subject >= 0 && ev_ment_of(c, c->subject, t->ts, &co) && (!found || co.ent != a.ent))
        ev_add_ref(c, d, "company", &co);
    int32_t ce = ev_clause_end(c, t->te, t->s.end);
    if (pledge && ev_hit_find(c, GX_CAT_CUMULATIVE, t->s.start, t->s.end, false) >= 0) {
        /* 截至本公告日，X累计质押N股: the running total, dated by its 截至 phrase */
        d->cumulative = true;
        int ah = ev_hit_find(c, GX_CAT_ASOF, t->s.start, t->s.end, false);
        if (ah < 0 && t->si > 0)
            ah = ev_hit_find(c, GX_CAT_ASOF, c->sent[t->si - 1].start, c->sent[t->si - 1].end, true);
        if (ah >= 0)
            ev_add_arg(c, d, "date", c->h[ah].start, c->h[ah].end, -1, -1);
    }
    if (pledge) {
        int h = ev_hit_find(c, GX_CAT_PLEDGEE, t->s.start, t->s.end, false);
        ev_ref b;
        if (h >= 0 && ev_ment_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), EM_FIRM, -1, &b))
            ev_add_ref(c, d, "pledgee", &b);
        int best = -1;
        int32_t bestd = 0;
        for (int k = ev_hit_find(c, GX_CAT_COLLATERAL, t->s.start, t->s.end, false); k >= 0 && k < c->nh && c->h[k].start < t->s.end; k++) {
            if (ev_hit_entry(c, k)->cat != GX_CAT_COLLATERAL || c->h[k].end > t->s.end ||
                ev_in_mention(c, c->h[k].start, c->h[k].end))
                continue;
            /* 股本 in 总股本, 股份 in 公司股份总数: a context word, not the thing pledged */
            int tk = ev_hit_find(c, GX_CAT_TOTAL, c->h[k].start - 4 > t->s.start ? c->h[k].start - 4 : t->s.start,
                                 c->h[k].end + 4 < t->s.end ? c->h[k].end + 4 : t->s.end, false);
            if (tk >= 0 && c->h[tk].start <= c->h[k].start && c->h[tk].end >= c->h[k].end &&
                c->h[tk].end - c->h[tk].start > c->h[k].end - c->h[k].start &&
                strcmp(ev_hit_entry(c, k)->word, "股本") == 0)
                continue;
            int32_t dd = abs(c->h[k].start - t->ts);
            if (best < 0 || dd < bestd - 2 ||
                (dd <= bestd + 2 && c->h[k].end - c->h[k].start > c->h[best].end - c->h[best].start)) {
                best = k;
                bestd = dd;
            }
        }
        if (best >= 0)
            ev_add_arg(c, d, "collateral", c->h[best].start, c->h[best].end, -1, -1);
    } else {
        int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_price);
        ev_add_q(c, d, "price", qi);
        qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_not_price);
        ev_add_q(c, d, "amount", qi);
    }
    (void)ce;
    /* 本次解除质押…；解除后X累计质押N股，占…: the running total's figures are not this event's
     * (and a running total's figures follow its 累计 word) */
    gx_span fs = t->s;
    int cum = ev_hit_find(c, GX_CAT_CUMULATIVE, t->s.start, t->s.end, false);
    if (cum >= 0 && !d->cumulative && c->h[cum].start > t->te)
        fs.end = c->h[cum].start;
    else if (cum >= 0 && d->cumulative)
        fs.start = c->h[cum].start;
    int qi = ev_shares_near(c, fs.start, fs.end, t->te);
    ev_add_q(c, d, "shares", qi);
    qi = ev_q_near(c, Q_PERCENT, fs.start, fs.end, t->te, true, ev_p_holding);
    ev_add_q(c, d, "holding_percent", qi);
    qi = ev_q_near(c, Q_PERCENT, fs.start, fs.end, t->te, true, ev_p_total);
    ev_add_q(c, d, "stake_percent", qi);
}
