/* gx_events_results.c — argument rules of the figures events: financial result, loss.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

void ev_rule_result(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    /* the metric from the trigger word's METRIC entry */
    int mh = -1;
    for (int h = ev_hit_find(c, GX_CAT_METRIC, t->ts, t->te, false); h >= 0 && h < c->nh && c->h[h].start == t->ts; h++)
        if (ev_hit_entry(c, h)->cat == GX_CAT_METRIC && c->h[h].end == t->te)
            mh = h;
    d->metric = mh >= 0 ? ev_hit_entry(c, mh)->value : "revenue";
    bool is_ratio = d->metric && strstr(d->metric, "margin");
    /* value: first money (percent for margins) after the trigger, before the next metric */
    int32_t lim = t->s.end;
    int nm = ev_hit_find(c, GX_CAT_METRIC, t->te, t->s.end, false);
    if (nm >= 0)
        lim = c->h[nm].start;
    int vi = -1;
    for (int i = ev_q_lower(c, t->te); i < c->nq && c->q[i].start < lim; i++) {
        if (c->q[i].kind == (is_ratio ? Q_PERCENT : Q_MONEY) && c->q[i].start - t->te <= 12) {
            vi = i;
            break;
        }
    }
    if (vi < 0) {
        d->dead = true;
        return;
    }
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
        ev_add_primary(c, d, "company", &a, lvl);
    gx_argument *g = ev_add_arg(c, d, "metric", t->ts, t->te, -1, -1);
    if (g)
        g->value_str = d->metric;
    ev_ref r = ev_qref(c, vi);
    ev_add_ref(c, d, "value", &r);
    /* change: a percent after the value, before the next metric */
    for (int i = vi + 1; i < c->nq && c->q[i].start < lim; i++) {
        if (c->q[i].kind != Q_PERCENT)
            continue;
        gx_argument *ch = ev_add_arg(c, d, "change_percent", c->q[i].start, c->q[i].end, -1, i);
        if (ch) {
            bool down = c->q[i].has_change ? c->q[i].change < 0
                                           : ev_hit_before(c, GX_CAT_CHANGE_DOWN, c->q[i].start, 3, t->te) >= 0;
            ch->number = down ? -fabs(c->q[i].value) : fabs(c->q[i].value);
        }
        break;
    }
    /* period */
    if (c->q[vi].period) {
        int pi = ev_period_near(c, t->s.start, t->ts, t->ts, -1);
        gx_argument *pg = pi >= 0 ? ev_add_arg(c, d, "period", c->q[pi].start, c->q[pi].end, -1, -1) : NULL;
        if (pg)
            pg->value_str = c->q[vi].period;
    } else {
        int ph = ev_hit_find(c, GX_CAT_PERIOD, t->s.start, t->ts, true);
        int pi = ev_period_near(c, t->s.start, t->ts, t->ts, -1);
        if (pi >= 0 && (ph < 0 || c->q[pi].end >= c->h[ph].start)) {
            int32_t e = c->q[pi].end;
            if (ph >= 0 && c->h[ph].start == e)
                e = c->h[ph].end;
            gx_argument *pg = ev_add_arg(c, d, "period", c->q[pi].start, e, -1, -1);
            if (pg)
                pg->value_str = c->q[pi].date;
        } else if (ph >= 0) {
            ev_add_arg(c, d, "period", c->h[ph].start, c->h[ph].end, -1, -1);
        }
    }
}

void ev_rule_loss(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
        ev_add_primary(c, d, "company", &a, lvl);
    int32_t ce = ev_clause_end(c, t->te, t->s.end), cs = ev_clause_start(c, t->ts, t->s.start);
    int qi = ev_q_near(c, Q_MONEY, cs, ce, t->te, true, NULL);
    if (qi >= 0 && c->q[qi].start >= t->te && c->q[qi].start - t->te > 10)
        qi = -1;
    if (qi < 0) {
        qi = ev_q_near(c, Q_NUMBER, t->te, ce, t->te, true, NULL);
        if (qi >= 0 && c->q[qi].start - t->te > 4)
            qi = -1;
    }
    if (qi < 0) {
        /* 净利润-853,083.52元 ... 亏损减少: the first negative amount of the sentence */
        for (int i = ev_q_lower(c, t->s.start); i < c->nq && c->q[i].start < t->ts; i++)
            if (c->q[i].kind == Q_MONEY && ev_q_negative(c, i)) {
                qi = i;
                break;
            }
    }
    if (qi >= 0) {
        ev_ref r = ev_qref(c, qi);
        gx_argument *g = ev_add_ref(c, d, "net_loss", &r);
        if (g && g->has_number)
            g->number = fabs(g->number); /* 净利润-853,083.52元: a loss of 853083.52 */
    }
    /* change: 同比扩大16.34% / 由盈转亏 / 增加 */
    int32_t from = qi >= 0 ? c->q[qi].end : t->te;
    int h = ev_hit_find(c, GX_CAT_CHANGE_UP, from, ce, false);
    int h2 = ev_hit_find(c, GX_CAT_CHANGE_DOWN, from, ce, false);
    if (h < 0 || (h2 >= 0 && c->h[h2].start < c->h[h].start))
        h = h2;
    if (h >= 0 && c->h[h].start - from <= 6) {
        int32_t s = c->h[h].start, e = c->h[h].end;
        if (s >= 2 && c->art->cp[s - 2] == 0x540C && c->art->cp[s - 1] == 0x6BD4) /* 同比 */
            s -= 2;
        int pi = ev_q_lower(c, e);
        if (pi < c->nq && c->q[pi].kind == Q_PERCENT && c->q[pi].start - e <= 2)
            e = c->q[pi].end;
        ev_add_arg(c, d, "change", s, e, -1, -1);
    }
    /* 上年同期-1,213,589.07元 / 上年同期亏损931万元: the comparison period's loss, an event of its own */
    d->alt_q = -1;
    for (int h = ev_hit_find(c, GX_CAT_PERIOD, t->s.start, t->s.end, false); h >= 0 && h < c->nh && c->h[h].start < t->s.end; h++) {
        const gx_evlex_entry *pe = ev_hit_entry(c, h);
        if (pe->cat != GX_CAT_PERIOD || !strstr(pe->word, "同期") || c->h[h].end > t->s.end)
            continue;
        int k = ev_q_lower(c, c->h[h].end);
        if (k < c->nq && c->q[k].kind == Q_MONEY && c->q[k].start - c->h[h].end <= 6 && k != qi &&
            (ev_q_negative(c, k) ||
             ev_hit_before(c, GX_CAT_CUE, c->q[k].start, 3, c->h[h].end) >= 0)) {
            d->alt_ps = c->h[h].start;
            d->alt_pe = c->h[h].end;
            d->alt_q = k;
            break;
        }
    }
    /* the period of the report the figure comes from (近日发布2020年半年度报告) */
    for (int si = 0; si < c->nsent && si < 4; si++) {
        gx_span ls = c->sent[si];
        for (int i = ev_q_lower(c, ls.start); i < c->nq && c->q[i].start < ls.end; i++) {
            if (c->q[i].kind != Q_DATE)
                continue;
            int32_t e = c->q[i].end;
            int h = ev_hit_after(c, GX_CAT_PERIOD, e, 0, ls.end);
            if (h >= 0 && strstr(ev_hit_entry(c, h)->word, "度"))
                e = c->h[h].end;
            else if (c->art->cp[e - 1] != 0x5EA6) /* the date itself reads 2020年半年度 */
                continue;
            if (!(e + 2 <= ls.end && c->art->cp[e] == 0x62A5 && c->art->cp[e + 1] == 0x544A) &&
                !(e < ls.end && c->art->cp[e] == 0x8D22)) /* a report: 报告, 财报 */
                continue;
            if (e + 2 <= ls.end && c->art->cp[e] == 0x62A5 && c->art->cp[e + 1] == 0x544A) /* 报告 */
                e += 2;
            gx_argument *pg = ev_add_arg(c, d, "period", c->q[i].start, e, -1, -1);
            if (pg)
                pg->value_str = c->q[i].period ? c->q[i].period : c->q[i].date;
            si = c->nsent;
            break;
        }
    }
    int ph = ev_hit_find(c, GX_CAT_PERIOD, t->s.start, t->ts, true);
    if (ph >= 0 && d->alt_q >= 0 && c->h[ph].start == d->alt_ps)
        ph = -1; /* 上年同期 belongs to the comparison event */
    int pi = ev_period_near(c, t->s.start, t->ts, t->ts, t->disc.start);
    if (pi >= 0 && (ph < 0 || c->q[pi].end >= c->h[ph].start)) {
        int32_t e = c->q[pi].end;
        if (ph >= 0 && c->h[ph].start == e)
            e = c->h[ph].end;
        gx_argument *pg = ev_add_arg(c, d, "period", c->q[pi].start, e, -1, -1);
        if (pg)
            pg->value_str = c->q[pi].period ? c->q[pi].period : c->q[pi].date;
    } else if (ph >= 0) {
        ev_add_arg(c, d, "period", c->h[ph].start, c->h[ph].end, -1, -1);
    }
}
