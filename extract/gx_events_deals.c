/* gx_events_deals.c — argument rules of the deal events: acquisition, listing, financing,
 * investment, buyback, contract win.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

void ev_rule_acquisition(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a, b;
    int lvl;
    int32_t ps;
    int32_t ce = ev_clause_end(c, t->te, t->s.end);
    if (ev_passive_before(c, t, &ps)) {
        if (ev_subject_of(c, t->si, ps, EM_FIRM, -1, &b, &lvl)) {
            ev_add_ref(c, d, "target", &b);
        }
        if (ev_ment_after(c, ps, t->ts, EM_FIRM, b.ent, &a))
            ev_add_primary(c, d, "acquirer", &a, 1);
    } else {
        if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
            ev_add_primary(c, d, "acquirer", &a, lvl);
        if (ev_ment_after(c, t->te, ce, EM_FIRM, d->pent, &b) ||
            ev_ment_after(c, t->te, t->s.end < t->te + 40 ? t->s.end : t->te + 40, EM_FIRM, d->pent, &b) ||
            ev_np_after(c, t->te, ce, &b))
            ev_add_ref(c, d, "target", &b);
    }
    /* stake: 75.2%股权 / 全部股权 */
    const uint32_t *cp = c->art->cp;
    for (int i = ev_q_lower(c, t->s.start); i < c->nq && c->q[i].start < t->s.end; i++) {
        if (c->q[i].kind != Q_PERCENT)
            continue;
        int32_t e = c->q[i].end;
        if (e < t->s.end && cp[e] == 0x7684) /* 的 */
            e++;
        int h = ev_hit_after(c, GX_CAT_COLLATERAL, e, 0, t->s.end);
        if (h >= 0) {
            gx_argument *g = ev_add_arg(c, d, "stake", c->q[i].start, c->h[h].end, -1, -1);
            if (g) {
                g->quantity = c->q[i].qidx;
                g->has_number = true;
                g->number = round(c->q[i].value * 1e6) / 1e6;
            }
            break;
        }
    }
    int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_not_price);
    ev_add_q(c, d, "amount", qi);
}

static const char *stage_default(const ev_ctx *c, const trig *t)
{
    const gx_evlex_entry *e = ev_hit_entry(c, t->cue);
    (void)e;
    return ev_hit_find(c, GX_CAT_PLANNED, t->s.start, t->ts, true) >= 0 ? "preparing" : "listed";
}

void ev_rule_listing(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl, skip = -1;
    /* the company listed, never the exchange it lists on (港交所, 股份转让系统) */
    for (int tries = 0; tries < 3; tries++) {
        if (!ev_subject_of(c, t->si, t->ts, EM_COMPANY, skip, &a, &lvl))
            break;
        int xh = ev_hit_find(c, GX_CAT_EXCHANGE, a.start, a.end, false);
        const char *nm = a.ent >= 0 ? c->art->entities.v[a.ent].name : NULL;
        if (xh < 0 && !(nm && (strstr(nm, "交易所") || strstr(nm, "转让系统")))) {
            ev_add_primary(c, d, "company", &a, lvl);
            break;
        }
        if (a.ent < 0)
            break;
        skip = a.ent;
    }
    /* stage: the stage word nearest the trigger (the trigger itself may be one) */
    int best = -1;
    int32_t bestd = 0;
    for (int h = ev_hit_find(c, GX_CAT_STAGE, t->s.start, t->s.end, false); h >= 0 && h < c->nh && c->h[h].start < t->s.end; h++) {
        if (ev_hit_entry(c, h)->cat != GX_CAT_STAGE || c->h[h].end > t->s.end)
            continue;
        int32_t dd = abs(c->h[h].start - t->ts);
        if (best < 0 || dd < bestd || (dd == bestd && c->h[h].end - c->h[h].start > c->h[best].end - c->h[best].start)) {
            best = h;
            bestd = dd;
        }
    }
    gx_argument *g;
    if (best >= 0) {
        g = ev_add_arg(c, d, "stage", c->h[best].start, c->h[best].end, -1, -1);
        if (g)
            g->value_str = ev_hit_entry(c, best)->value;
    } else {
        g = ev_add_arg(c, d, "stage", t->ts, t->te, -1, -1);
        if (g)
            g->value_str = stage_default(c, t);
    }
    /* stock code: six digits (or 4-5 digits + .HK) */
    const uint32_t *cp = c->art->cp;
    for (int32_t i = t->s.start; i < t->s.end; i++) {
        if (cp[i] < '0' || cp[i] > '9' || (i > 0 && cp[i - 1] >= '0' && cp[i - 1] <= '9'))
            continue;
        int32_t j = i;
        while (j < t->s.end && cp[j] >= '0' && cp[j] <= '9')
            j++;
        bool hk = j + 2 < t->s.end && cp[j] == '.' && (cp[j + 1] == 'H' || cp[j + 1] == 'h');
        if ((j - i == 6 && (j >= t->s.end || cp[j] != 0x5E74)) || ((j - i == 4 || j - i == 5) && hk)) {
            if (j < t->s.end && (cp[j] == '.' || cp[j] == ')' || cp[j] == 0xFF09 || cp[j] == ',' || cp[j] == 0x3001 || hk ||
                                 ev_is_clause_punct(cp[j]))) {
                ev_add_arg(c, d, "stock_code", i, j, -1, -1);
                break;
            }
        }
        i = j;
    }
    int h = ev_hit_find(c, GX_CAT_EXCHANGE, t->s.start, t->s.end, false);
    if (h >= 0 && (g = ev_add_arg(c, d, "exchange", c->h[h].start, c->h[h].end, -1, -1)))
        g->value_str = ev_hit_entry(c, h)->value;
    h = ev_hit_find(c, GX_CAT_SPONSOR, t->s.start, t->s.end, false);
    if (h < 0 && t->si + 1 < c->nsent)
        h = ev_hit_find(c, GX_CAT_SPONSOR, c->sent[t->si + 1].start, c->sent[t->si + 1].end, false);
    if (h >= 0) {
        ev_ref sp;
        int si = ev_sent_of(c, c->h[h].start);
        if (si >= 0 && ev_ment_after(c, c->h[h].end, c->sent[si].end < c->h[h].end + 16 ? c->sent[si].end : c->h[h].end + 16,
                                     EM_FIRM, d->pent, &sp))
            ev_add_ref(c, d, "sponsor", &sp);
    }
    int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_price);
    ev_add_q(c, d, "issue_price", qi);
    qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_raise);
    ev_add_q(c, d, "amount_raised", qi);
    qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_cap);
    ev_add_q(c, d, "market_cap", qi);
}

/* Round: 'B轮' -> 'B', '天使轮' -> '天使', 'Pre-A轮' -> 'Pre-A'. */
static void add_round(ev_ctx *c, draft *d, gx_span s)
{
    const uint32_t *cp = c->art->cp;
    for (int32_t i = s.start + 1; i < s.end; i++) {
        if (cp[i] != 0x8F6E /* 轮 */)
            continue;
        int32_t j = i;
        while (j > s.start && cp[j - 1] < 0x80 &&
               ((cp[j - 1] >= 'A' && cp[j - 1] <= 'Z') || (cp[j - 1] >= 'a' && cp[j - 1] <= 'z') ||
                (cp[j - 1] >= '0' && cp[j - 1] <= '9') || cp[j - 1] == '+' || cp[j - 1] == '-'))
            j--;
        if (j == i) {
            if (i - 2 >= s.start && ((cp[i - 2] == 0x5929 && cp[i - 1] == 0x4F7F) || /* 天使 */
                                     (cp[i - 2] == 0x79CD && cp[i - 1] == 0x5B50)))  /* 种子 */
                j = i - 2;
            else if (i - 3 >= s.start && cp[i - 1] == '+' && cp[i - 3] == 0x5929)
                j = i - 3;
        }
        if (j < i && !(cp[j] >= '0' && cp[j] <= '9')) {
            ev_add_arg(c, d, "round", j, i, -1, -1);
            return;
        }
    }
}

void ev_rule_financing(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref lead = NONE_REF, list[16];
    int lead_ent = -2;
    int h = ev_hit_find(c, GX_CAT_LEAD, t->s.start, t->s.end, false);
    if (h >= 0) {
        int32_t cs = ev_clause_start(c, c->h[h].start, t->s.start);
        ev_ref tmp[4];
        /* 由X领投: X ends right before 领投 */
        int32_t by = c->h[h].start;
        while (by > cs && c->art->cp[by - 1] != 0x7531 /* 由 */ && c->h[h].start - by < 24)
            by--;
        if (ev_ment_before(c, cs, c->h[h].start, EM_FIRM, -1, &lead) ||
            (by > cs && ev_np_list(c, by, c->h[h].start, tmp, 1) == 1 && (lead = tmp[0], true)) ||
            ev_ment_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), EM_FIRM, -1, &lead)) {
            ev_add_ref(c, d, "lead_investor", &lead);
            ev_add_ref(c, d, "investors", &lead);
            lead_ent = lead.ent >= 0 ? lead.ent : -3;
        }
    }
    for (int hi = ev_hit_find(c, GX_CAT_INVESTORS, t->s.start, t->s.end, false); hi >= 0 && hi < c->nh && c->h[hi].start < t->s.end; hi++) {
        if (ev_hit_entry(c, hi)->cat != GX_CAT_INVESTORS)
            continue;
        int32_t a = c->h[hi].end, b = ev_clause_end(c, a, t->s.end);
        const char *w = ev_hit_entry(c, hi)->word;
        bool before = w && (strstr(w, "跟投") || strstr(w, "参投") || strstr(w, "参与"));
        if (before) {
            b = c->h[hi].start;
            a = ev_clause_start(c, b, t->s.start);
        }
        int n = ev_ments_in(c, a, b, EM_FIRM, lead_ent, list, 16);
        n += ev_np_list(c, a, b, list + n, 16 - n);
        for (int k = 0; k < n; k++)
            ev_add_ref(c, d, "investors", &list[k]);
    }
    /* investee: the first firm before the trigger that is not an investor */
    ev_ref a;
    int lvl = 0;
    bool found = false;
    int32_t cs = t->s.start;
    for (int i = ev_ment_lower(c, cs); i < c->nm && c->m[i].start < t->ts; i++) {
        const ev_ment *m = &c->m[i];
        if (!(EM_FIRM & (1u << m->type)) || m->end > t->ts || ev_has_arg_like(c, d, "investors", m->start, m->end, m->ent))
            continue;
        if (m->coref ? ev_ment_of(c, m->ent, m->start, &a) : (a.start = m->start, a.end = m->end, a.ent = m->ent, a.q = -1, true)) {
            found = true;
            lvl = 1;
            break;
        }
    }
    /* 领投柏睿数据2亿融资: the investee follows the lead */
    if (!found && h >= 0 && lead_ent != -2 && lead.end <= c->h[h].start &&
        (ev_ment_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), EM_FIRM, lead_ent, &a) ||
         ev_np_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), &a))) {
        found = true;
        lvl = 1;
    }
    if (!found)
        found = ev_subject_of(c, t->si, t->ts, EM_FIRM, lead_ent, &a, &lvl);
    if (found && !ev_has_arg_like(c, d, "investors", a.start, a.end, a.ent))
        ev_add_primary(c, d, "investee", &a, lvl);
    add_round(c, d, t->s);
    int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->ts, false, ev_p_not_price);
    ev_add_q(c, d, "amount", qi);
}

void ev_rule_investment(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a, b;
    int lvl;
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
        ev_add_primary(c, d, "investor", &a, lvl);
    int32_t ce = ev_clause_end(c, t->te, t->s.end);
    if (ev_ment_after(c, t->te, ce, EM_FIRM, d->pent, &b))
        ev_add_ref(c, d, "target", &b);
    int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->ts, false, ev_p_not_price);
    ev_add_q(c, d, "amount", qi);
}

void ev_rule_buyback(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (ev_subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl))
        ev_add_primary(c, d, "company", &a, lvl);
    int qi = ev_shares_near(c, t->s.start, t->s.end, t->te);
    ev_add_q(c, d, "shares", qi);
    /* every price of the sentence: 最高成交价13.26元, 最低成交价9.93元 */
    for (int i = ev_q_lower(c, t->s.start); i < c->nq && c->q[i].start < t->s.end; i++)
        if (c->q[i].kind == Q_MONEY && c->q[i].end <= t->s.end && ev_p_price(c, i, t->s.start, t->s.end)) {
            ev_ref r = ev_qref(c, i);
            /* 最高成交价为13.26元: the high and low prices keep their label (one price each) */
            int h = ev_hit_before(c, GX_CAT_PRICE, r.start, 2, t->s.start);
            if (h >= 0 && strncmp(ev_hit_entry(c, h)->word, "最", 3) == 0)
                r.start = c->h[h].start;
            ev_add_ref(c, d, "price", &r);
        }
    qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, ev_p_not_price);
    ev_add_q(c, d, "amount", qi);
    qi = ev_q_near(c, Q_PERCENT, t->s.start, t->s.end, t->te, true, ev_p_total);
    ev_add_q(c, d, "stake_percent", qi);
}

void ev_rule_contract(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref list[16], a;
    int32_t cs = ev_clause_start(c, t->ts, t->s.start), ce = ev_clause_end(c, t->te, t->s.end);
    int th = ev_hit_find(c, GX_CAT_TENDERER, t->s.start, t->s.end, false);
    int tender_ent = -2;
    if (th >= 0 && ev_ment_after(c, c->h[th].end, ev_clause_end(c, c->h[th].end, t->s.end), EM_FIRM | EM_GOV, -1, &a)) {
        ev_add_ref(c, d, "tenderer", &a);
        tender_ent = a.ent;
    }
    int n0 = ev_ments_in(c, cs, t->ts, EM_FIRM, tender_ent, list, 16), n = 0;
    for (int k = 0; k < n0; k++)
        if (ev_hit_before(c, GX_CAT_PREP, list[k].start, 0, cs) < 0)
            list[n++] = list[k];
    int lvl = 1;
    if (n == 0 && ev_subject_of(c, t->si, t->ts, EM_FIRM, tender_ent, &list[0], &lvl))
        n = 1;
    for (int k = 0; k < n; k++) {
        ev_add_ref(c, d, "winner", &list[k]);
        if (k == 0)
            ev_set_primary(d, &list[k], lvl);
    }
    /* project: up to and including 项目/工程/标段 ..., else the phrase after the trigger */
    const uint32_t *cp = c->art->cp;
    int32_t s = t->te;
    while (s < ce && (cp[s] == 0x4E86 || cp[s] == 0x7684 || cp[s] == ' ' || cp[s] == 0x201C || cp[s] == '"'))
        s++;
    int32_t e = -1;
    for (int32_t i = s; i + 1 < ce; i++) {
        if ((cp[i] == 0x9879 && cp[i + 1] == 0x76EE) || (cp[i] == 0x5DE5 && cp[i + 1] == 0x7A0B) ||
            (cp[i] == 0x6807 && cp[i + 1] == 0x6BB5) || (cp[i] == 0x91C7 && cp[i + 1] == 0x8D2D)) {
            e = i + 2;
            while (e < ce && cp[e] != ',' && cp[e] != 0xFF0C && cp[e] != 0x3002 && cp[e] != 0x201D &&
                   (cp[e] == 0x6807 || cp[e] == 0x6BB5 || cp[e] == 0x5305 || (cp[e] >= '0' && cp[e] <= '9') ||
                    cp[e] == '(' || cp[e] == ')' || (cp[e] >= 'A' && cp[e] <= 'Z') || cp[e] == '-'))
                e++;
        }
    }
    /* 息县第二污水处理改扩建工程项目预中标: the project named right before the trigger */
    if (e < 0) {
        int32_t ps = cs;
        for (int k = 0; k < n; k++)
            if (list[k].end > ps && list[k].end <= t->ts)
                ps = list[k].end;
        int32_t pe = t->ts;
        while (pe > ps && (cp[pe - 1] == 0x9884 /* 预 */ || cp[pe - 1] == 0x6210 || cp[pe - 1] == 0x529F || cp[pe - 1] == ' '))
            pe--; /* 预, 成功 */
        while (ps < pe && (cp[ps] == ' ' || cp[ps] == ':' || cp[ps] == 0xFF1A || cp[ps] == 0x7684))
            ps++;
        if (pe - ps >= 4 && pe - ps <= 60 &&
            ((cp[pe - 2] == 0x9879 && cp[pe - 1] == 0x76EE) || (cp[pe - 2] == 0x5DE5 && cp[pe - 1] == 0x7A0B) ||
             (cp[pe - 2] == 0x6807 && cp[pe - 1] == 0x6BB5) || (cp[pe - 2] == 0x91C7 && cp[pe - 1] == 0x8D2D)) &&
            !ev_in_mention(c, ps, pe)) {
            ev_add_arg(c, d, "project", ps, pe, -1, -1);
        }
    }
    int mq = ev_q_lower(c, s);
    if (e > s && (mq >= c->nq || c->q[mq].start >= e || c->q[mq].start > s + 2)) {
        if (mq < c->nq && c->q[mq].start == s)
            s = c->q[mq].end;
        while (s < e && (cp[s] == 0x7684 || cp[s] == 0x4E86))
            s++;
        /* 项目钢材供应权, 项目特许经营权: a short tail naming what was won belongs to it */
        int32_t tail = e;
        while (tail < ce && tail - e < 8 && cp[tail] >= 0x4E00 && cp[tail] <= 0x9FFF && ev_hit_after(c, GX_CAT_STOP, tail, 0, ce) < 0)
            tail++;
        if (tail > e && (tail == ce || cp[tail] == ',' || cp[tail] == 0xFF0C) && tail - e <= 7)
            e = tail;
        /* an unclosed bracket at the end is not part of the name */
        if (e > s && (cp[e - 1] == '(' || cp[e - 1] == 0xFF08))
            e--;
        /* 中标国家电网项目 / 中标山西运城颐和嘉年城项目: the owner or place named at the start is
         * the tenderer, the rest is the project */
        ev_ref o;
        if (!ev_has_role(d, "tenderer") && e - s >= 4 &&
            ev_ment_after(c, s, e, EM_FIRM | EM_GOV | (1u << GX_ENT_LOCATION), -1, &o) && o.start == s && o.end < e - 2) {
            ev_add_ref(c, d, "tenderer", &o);
            s = o.end;
            while (s < e && cp[s] == 0x7684)
                s++;
        }
        if (e - s >= 2 && e - s <= 80)
            ev_add_arg(c, d, "project", s, e, -1, -1);
    }
    int qi = ev_q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, NULL);
    ev_add_q(c, d, "amount", qi);
}
