/* gx_events.c — business events with their arguments (issue 5, API.md EVENT).
 *
 * The last stage of the pipeline. Per article:
 *   1. one lexicon scan (gx_event_lex) finds every cue word and context word;
 *   2. per sentence, each cue that survives its own conditions (not= / req= / pre= in
 *      data/events/cues.tsv), negation and hedging becomes a draft event of its type;
 *   3. the type's argument rules (gx_events_<family>.c) fill roles from the article's entity mentions and
 *      quantities near the trigger — in the sentence, else the previous sentence, else the
 *      article's subject company — with spans exactly as written;
 *   4. drafts of one type about the same primary argument are merged (a document tells one
 *      acquisition in its title, lead and body), and each event gets a confidence.
 * Cue and context words are data (data/events/ (TSV files)); the argument rules are code,
 * one file per family of event types (gx_events_impl.h lists them). */
#include "gx_events.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_engine_impl.h"
#include "gx_events_impl.h"
#include "gx_tsv.h"

struct gx_event_rules {
    gx_evlex *lx;
    /* calibration (data/events/confidence.tsv): conf = sigmoid(bias + w_raw * raw + w_type[t]
     * + w_title * trigger_in_title + w_nargs * min(args, 8) / 8); without the file the raw
     * score is the confidence */
    bool calibrated;
    double bias, w_raw, w_title, w_nargs, w_type[GX_EV__COUNT];
    double min_conf; /* events below this calibrated confidence are not reported */
};

/* Read data/events/confidence.tsv when present: lines "bias<TAB>v", "raw<TAB>v", "title<TAB>v",
 * "nargs<TAB>v", "type<TAB>name<TAB>v", "min<TAB>v" (drop events below). A missing file is not
 * an error; a malformed one is. */
static int load_calibration(gx_event_rules *r, const char *dir, gl_error *err)
{
    const char *path = "events/confidence.tsv"; /* (in the data folder) */
    FILE *f = gx_tsv_open(dir, "confidence.tsv", NULL);
    if (!f)
        return 0;
    char line[512];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!gx_tsv_data_line(line))
            continue;
        char a[64], b[64];
        double v;
        if (sscanf(line, "type\t%63s\t%lf", a, &v) == 2) {
            int t = gx_evtype_from_name(a);
            if (t < 0) {
                rc = gl_error_set(err, 500, "%s:%d: unknown event type '%s'", path, lineno, a);
                break;
            }
            r->w_type[t] = v;
        } else if (sscanf(line, "%63s\t%lf", b, &v) == 2 && strcmp(b, "bias") == 0) {
            r->bias = v;
        } else if (sscanf(line, "%63s\t%lf", b, &v) == 2 && strcmp(b, "raw") == 0) {
            r->w_raw = v;
        } else if (sscanf(line, "%63s\t%lf", b, &v) == 2 && strcmp(b, "title") == 0) {
            r->w_title = v;
        } else if (sscanf(line, "%63s\t%lf", b, &v) == 2 && strcmp(b, "nargs") == 0) {
            r->w_nargs = v;
        } else if (sscanf(line, "%63s\t%lf", b, &v) == 2 && strcmp(b, "min") == 0) {
            r->min_conf = v;
        } else {
            rc = gl_error_set(err, 500, "%s:%d: expected bias, raw or type lines", path, lineno);
            break;
        }
    }
    fclose(f);
    r->calibrated = rc == 0;
    return rc;
}

gx_event_rules *gx_events_load(const char *data_dir, gl_error *err)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/events", data_dir ? data_dir : ".");
    gx_evlex *lx = gx_evlex_load(dir, err);
    if (!lx)
        return NULL;
    gx_event_rules *r = gl_calloc(1, sizeof *r);
    r->lx = lx;
    const char *raw = getenv("GLEANER_EVENTS_RAW");
    if (!(raw && *raw) && load_calibration(r, dir, err) < 0) {
        gx_events_free(r);
        return NULL;
    }
    return r;
}

void gx_events_free(gx_event_rules *r)
{
    if (!r)
        return;
    gx_evlex_free(r->lx);
    free(r);
}

/* ---------------------------------------------------------------- cues */

/* Is the cue hit h blocked: covered by a longer cue, by a not= context, missing req=/pre=,
 * or negated? */
static bool cue_blocked(const ev_ctx *c, int h, gx_span s)
{
    const gx_evlex_entry *e = ev_hit_entry(c, h);
    int32_t hs = c->h[h].start, he = c->h[h].end;
    /* a longer cue covering this one wins */
    for (int k = h - 8 < 0 ? 0 : h - 8; k < c->nh && c->h[k].start <= hs + 0 && k < h + 8; k++) {
        if (k == h || ev_hit_entry(c, k)->cat != GX_CAT_CUE)
            continue;
        if (c->h[k].start <= hs && c->h[k].end >= he && c->h[k].end - c->h[k].start > he - hs)
            return true;
    }
    for (int k = h + 1; k < c->nh && c->h[k].start < he; k++)
        if (ev_hit_entry(c, k)->cat == GX_CAT_CUE && c->h[k].end >= he && c->h[k].end - c->h[k].start > he - hs &&
            c->h[k].start <= hs)
            return true;
    if (e->not_cps && gx_evlex_list_covers(e->not_cps, c->art->cp, s.start, s.end, hs, he))
        return true;
    if (e->req_cps && gx_evlex_list_find(e->req_cps, c->art->cp, s.start, s.end) < 0)
        return true;
    if (e->unless_cps && gx_evlex_list_find(e->unless_cps, c->art->cp, s.start, s.end) >= 0)
        return true;
    if (e->pre_cps && gx_evlex_list_find(e->pre_cps, c->art->cp, hs - 6 < s.start ? s.start : hs - 6, hs) < 0)
        return true;
    /* negation in the trigger's clause before it, hedging anywhere in the sentence */
    int32_t cs = ev_clause_start(c, hs, s.start);
    int n = ev_hit_find(c, GX_CAT_NEG, cs, hs, true);
    if (n >= 0 && hs - c->h[n].end <= 16)
        return true;
    if (ev_hit_find(c, GX_CAT_NEG_SENT, s.start, s.end, false) >= 0)
        return true;
    return false;
}

static void fill(ev_ctx *c, draft *d, const trig *t)
{
    switch ((gx_evtype)d->type) {
    case GX_EV_ACQUISITION: ev_rule_acquisition(c, d, t); break;
    case GX_EV_LISTING: ev_rule_listing(c, d, t); break;
    case GX_EV_FINANCING: ev_rule_financing(c, d, t); break;
    case GX_EV_INVESTMENT: ev_rule_investment(c, d, t); break;
    case GX_EV_BUYBACK: ev_rule_buyback(c, d, t); break;
    case GX_EV_EXECUTIVE_CHANGE: ev_rule_executive(c, d, t); break;
    case GX_EV_FINANCIAL_RESULT: ev_rule_result(c, d, t); break;
    case GX_EV_LOSS: ev_rule_loss(c, d, t); break;
    case GX_EV_CONTRACT_WIN: ev_rule_contract(c, d, t); break;
    case GX_EV_REGULATORY_SUMMONS: ev_rule_regulatory(c, d, t, true); break;
    case GX_EV_INVESTIGATION:
    case GX_EV_REGULATORY_WARNING: ev_rule_regulatory(c, d, t, false); break;
    case GX_EV_SANCTION: ev_rule_sanction(c, d, t); break;
    case GX_EV_LAYOFF: ev_rule_layoff(c, d, t); break;
    case GX_EV_LAWSUIT: ev_rule_lawsuit(c, d, t); break;
    case GX_EV_BANKRUPTCY: ev_rule_bankruptcy(c, d, t); break;
    case GX_EV_SHARE_PLEDGE:
    case GX_EV_PLEDGE_RELEASE: ev_rule_holding(c, d, t, "pledger", true); break;
    case GX_EV_SHAREHOLDER_INCREASE:
    case GX_EV_SHAREHOLDER_DECREASE: ev_rule_holding(c, d, t, "shareholder", false); break;
    default: break;
    }
}

/* Which role the event's own date goes to (DuEE keeps completion dates only for acquisitions). */
static const char *date_role(int type)
{
    return type == GX_EV_FINANCIAL_RESULT || type == GX_EV_LOSS ? NULL : "date"; /* figures have a period */
}

static void common_roles(ev_ctx *c, draft *d, trig *t)
{
    /* status */
    int32_t cs = ev_clause_start(c, t->ts, t->s.start);
    int ph = ev_hit_find(c, GX_CAT_PLANNED, cs, t->ts, true);
    if (ph < 0)
        ph = ev_hit_find(c, GX_CAT_PLANNED, t->s.start, t->ts, true);
    int chh = ev_hit_find(c, GX_CAT_COMPLETED, t->s.start, t->s.end, false);
    if (chh < 0 && t->si + 1 < c->nsent && d->type == GX_EV_ACQUISITION)
        chh = ev_hit_find(c, GX_CAT_COMPLETED, c->sent[t->si + 1].start, c->sent[t->si + 1].end, false);
    gx_argument *g = NULL;
    if (chh >= 0) {
        d->ev.status = "completed";
        g = ev_add_arg(c, d, "status", c->h[chh].start, c->h[chh].end, -1, -1);
    } else if (ph >= 0) {
        d->ev.status = "planned";
        g = ev_add_arg(c, d, "status", c->h[ph].start, c->h[ph].end, -1, -1);
    }
    if (g)
        g->value_str = d->ev.status;
    /* disclosure and date */
    if (t->disc.start >= 0) {
        gx_argument *a = ev_add_ref(c, d, "disclosed_at", &t->disc);
        if (a && t->disc.q >= 0)
            d->ev.disclosed_at = c->q[t->disc.q].date;
    }
    const char *dr = date_role(d->type);
    if (dr && !(d->type == GX_EV_ACQUISITION && chh < 0))
        ev_add_date(c, d, dr, t->s, t->ts, t->disc.start >= 0 ? &t->disc : NULL);
}

/* Confidence: the cue's weight, raised by a primary argument found in the sentence and by
 * further arguments, lowered when the primary had to come from far away or is missing.
 * Calibrated on DuEE-Fin public dev (docs/events.md). */
static double confidence(const draft *d, double w)
{
    double x = w;
    switch (d->plevel) {
    case 1: x += 0.12; break;
    case 2: x += 0.02; break;
    case 3: x -= 0.05; break;
    default: x -= 0.25; break;
    }
    int n = d->ev.args.n;
    x += 0.03 * (n > 5 ? 5 : n);
    if (x < 0.02)
        x = 0.02;
    if (x > 0.98)
        x = 0.98;
    return x;
}

/* The calibrated confidence (data/events/confidence.tsv). Features (tests/events/calibrate.py
 * computes the same from the JSON): the raw score, the type, a trigger in the title, the share
 * of 8 arguments present. */
static double calibrated(const gx_event_rules *r, const draft *d, bool in_title)
{
    int na = d->ev.args.n > 8 ? 8 : d->ev.args.n;
    double z = r->bias + r->w_raw * d->ev.confidence + r->w_type[d->type] + r->w_title * in_title +
               r->w_nargs * na / 8.0;
    return 1.0 / (1.0 + exp(-z));
}

/* ---------------------------------------------------------------- driver */

void gx_events_find(const gx_engine *eng, gx_article *art)
{
    if (!eng || !eng->events || !art || art->ncp == 0)
        return;
    ev_ctx c;
    ev_ctx_build(&c, eng->events->lx, art);
    if (c.nh == 0)
        return;
    draft_vec dv = {NULL, 0, 0};
    for (int si = 0; si < c.nsent; si++) {
        if ((si & 63) == 63 && gx_article_overdue(art, "events")) /* the caller's deadline */
            return;
        gx_span s = c.sent[si];
        bool seen[GX_EV__COUNT] = {false};
        ev_ref disc = NONE_REF;
        bool disc_done = false;
        int hs = ev_hit_find(&c, GX_CAT_CUE, s.start, s.end, false);
        for (int h = hs; h >= 0 && h < c.nh && c.h[h].start < s.end; h++) {
            const gx_evlex_entry *e = ev_hit_entry(&c, h);
            /* one event per type and sentence, but several people may come and go in one */
            if (e->cat != GX_CAT_CUE || c.h[h].end > s.end || (seen[e->type] && e->type != GX_EV_EXECUTIVE_CHANGE))
                continue;
            if (cue_blocked(&c, h, s))
                continue;
            if (!disc_done) {
                disc_done = true;
                if (!ev_disclosure_of(&c, si, &disc))
                    disc.start = -1;
            }
            trig t = {si, s, c.h[h].start, c.h[h].end, h, disc};
            draft *d = GX_VEC_PUSH(art->arena, dv);
            d->type = e->type;
            d->sent = si;
            d->ps = d->pe = -1;
            d->pent = -1;
            d->ev.type = gx_evtype_name((gx_evtype)e->type);
            d->ev.trigger.start = t.ts;
            d->ev.trigger.end = t.te;
            d->ev.sentence = s;
            fill(&c, d, &t);
            if (d->dead) {
                dv.n--;
                continue;
            }
            common_roles(&c, d, &t);
            d->ev.confidence = confidence(d, e->weight);
            seen[e->type] = true;
            /* one event per member of a listed primary; a loss's comparison figure */
            int orig = dv.n - 1;
            ev_split_members(&c, &dv, orig);
            ev_comparison_loss(&c, &dv, orig);
        }
    }
    ev_merge_drafts(&c, &dv);
    ev_comparison_company(&c, &dv);
    for (int i = 0; i < dv.n; i++) {
        draft *d = &dv.v[i];
        /* a cue whose doer could only be guessed from the article's subject is talk about
         * the topic (质押平仓的风险, 上市公司业绩), not a report of an event */
        if (d->dead || !ev_complete_enough(d) || (d->plevel == 3 && !c.subject_strong))
            continue;
        if (eng->events->calibrated) {
            d->ev.confidence = calibrated(eng->events, d, d->ev.trigger.start < c.body_start);
            if (d->ev.confidence < eng->events->min_conf)
                continue;
        }
        *GX_VEC_PUSH(art->arena, art->events) = d->ev;
    }
}
