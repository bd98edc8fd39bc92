/* gx_events.c — business events with their arguments (issue 5, API.md EVENT).
 *
 * The last stage of the pipeline. Per article:
 *   1. one lexicon scan (gx_event_lex) finds every cue word and context word;
 *   2. per sentence, each cue that survives its own conditions (not= / req= / pre= in
 *      data/events/cues.tsv), negation and hedging becomes a draft event of its type;
 *   3. the type's argument rules (below) fill roles from the article's entity mentions and
 *      quantities near the trigger — in the sentence, else the previous sentence, else the
 *      article's subject company — with spans exactly as written;
 *   4. drafts of one type about the same primary argument are merged (a document tells one
 *      acquisition in its title, lead and body), and each event gets a confidence.
 * Cue and context words are data (data/events/ (TSV files)); the argument rules are code. */
#include "gx_events.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_engine_impl.h"
#include "gx_event_ctx.h"
#include "gx_event_lex.h"

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
    char path[1100];
    snprintf(path, sizeof path, "%s/confidence.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[512];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
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

static bool is_name_cp(uint32_t ch);

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


/* List-valued roles: one argument per member, merged by union. */
static bool list_role(int type, const char *role)
{
    return strcmp(role, "investors") == 0 || strcmp(role, "winner") == 0 ||
           (strcmp(role, "price") == 0 && type == GX_EV_BUYBACK) ||
           (strcmp(role, "company") == 0 && type == GX_EV_SANCTION) || strcmp(role, "position") == 0 ||
           strcmp(role, "new_position") == 0;
}

static bool has_role(const draft *d, const char *role)
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
static bool has_arg_like(const ev_ctx *c, const draft *d, const char *role, int32_t s, int32_t e, int ent)
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

static gx_argument *add_arg(ev_ctx *c, draft *d, const char *role, int32_t s, int32_t e, int ent, int qi)
{
    if (s < 0 || e <= s || e > c->art->ncp)
        return NULL;
    if (qi < 0 && actor_role(role)) {
        /* a name, not its holder label: 股东本钢公司 -> 本钢公司 */
        for (int h = ev_hit_find(c, GX_CAT_HOLDER, s, e, false); h >= 0 && h < c->nh && c->h[h].start == s; h++)
            if (ev_hit_entry(c, h)->cat == GX_CAT_HOLDER && c->h[h].end < e - 1)
                s = c->h[h].end;
        /* stray marks at the edges (丨凯众股份) */
        while (e - s > 2 && !is_name_cp(c->art->cp[s]) && c->art->cp[s] != '(' && c->art->cp[s] != '*')
            s++;
    }
    if (list_role(d->type, role) ? has_arg_like(c, d, role, s, e, ent) : has_role(d, role))
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

static gx_argument *add_ref(ev_ctx *c, draft *d, const char *role, const ev_ref *r)
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
            return add_arg(c, d, role, e->mentions.v[best].span.start, e->mentions.v[best].span.end, r->ent, r->q);
    }
    return add_arg(c, d, role, r->start, r->end, r->ent, r->q);
}

/* ---------------------------------------------------------------- argument helpers */

#define NONE_REF {-1, -1, -1, -1}

static ev_ref qref(const ev_ctx *c, int qi)
{
    ev_ref r = {c->q[qi].start, c->q[qi].end, -1, qi};
    return r;
}

/* Nearest quantity of kind in [lo, hi) to pos; after pos preferred when after_first. The
 * predicate (may be NULL) filters candidates. Returns an index into c->q or -1. */
typedef bool (*q_pred)(const ev_ctx *c, int qi, int32_t lo, int32_t hi);

static int q_near(const ev_ctx *c, ev_qkind kind, int32_t lo, int32_t hi, int32_t pos, bool after_first,
                  q_pred pred)
{
    int best = -1;
    int32_t bestd = 0;
    for (int i = ev_q_lower(c, lo); i < c->nq && c->q[i].start < hi; i++) {
        const ev_q *q = &c->q[i];
        if (q->kind != kind || q->end > hi)
            continue;
        if (pred && !pred(c, i, lo, hi))
            continue;
        int32_t d = q->start >= pos ? q->start - pos : pos - q->end;
        if (after_first ? q->start < pos : q->start >= pos)
            d += 1000;
        if (best < 0 || d < bestd) {
            best = i;
            bestd = d;
        }
    }
    return best;
}

/* A negative figure: -853,083.52元 (the minus inside the quantity's span or right before it). */
static bool q_negative(const ev_ctx *c, int qi)
{
    const ev_q *q = &c->q[qi];
    return q->value < 0 || c->art->cp[q->start] == '-' || (q->start > 0 && c->art->cp[q->start - 1] == '-');
}

static bool p_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    const ev_q *q = &c->q[qi];
    (void)hi;
    if (ev_hit_before(c, GX_CAT_PRICE, q->start, 8, lo) >= 0)
        return true;
    const uint32_t *cp = c->art->cp;
    int32_t e = q->end;
    return (e < c->art->ncp && cp[e] == '/' && e + 1 < c->art->ncp && cp[e + 1] == 0x80A1) ||
           (e < c->art->ncp && cp[e] == 0x6BCF); /* 元/股, 元每股 */
}

static bool p_not_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    return !p_price(c, qi, lo, hi) && ev_hit_before(c, GX_CAT_MARKETCAP, c->q[qi].start, 8, lo) < 0;
}

/* A context word of cat before q in its clause (within 14 code points), else right after it. */
static bool ctx_of(const ev_ctx *c, int cat, int qi, int32_t lo, int32_t hi, bool allow_after)
{
    const ev_q *q = &c->q[qi];
    int32_t cs = ev_clause_start(c, q->start, lo);
    int h = ev_hit_before(c, cat, q->start, 14, cs);
    if (h >= 0) {
        /* the nearest context word before wins over other kinds */
        int other = ev_hit_before(c, cat == GX_CAT_TOTAL ? GX_CAT_HOLDING : GX_CAT_TOTAL, q->start, 14, cs);
        return other < 0 || c->h[other].end <= c->h[h].end;
    }
    if (!allow_after)
        return false;
    int32_t ce = ev_clause_end(c, q->end, hi);
    return ev_hit_after(c, cat, q->end, 3, ce) >= 0;
}

static bool p_total(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    return ctx_of(c, GX_CAT_TOTAL, qi, lo, hi, true);
}

static bool p_holding(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    return ctx_of(c, GX_CAT_HOLDING, qi, lo, hi, false);
}

static bool p_raise(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    (void)hi;
    return ev_hit_before(c, GX_CAT_RAISE, c->q[qi].start, 10, lo) >= 0;
}

static bool p_cap(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    (void)hi;
    return ev_hit_before(c, GX_CAT_MARKETCAP, c->q[qi].start, 8, lo) >= 0;
}

/* Shares: a Q_SHARES, else a bare big number (Q_NUMBER). */
static int shares_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos)
{
    int i = q_near(c, Q_SHARES, lo, hi, pos, true, NULL);
    if (i < 0)
        i = q_near(c, Q_NUMBER, lo, hi, pos, true, NULL);
    return i;
}

/* The sentence index holding pos. */
static int sent_of(const ev_ctx *c, int32_t pos)
{
    for (int i = 0; i < c->nsent; i++)
        if (pos >= c->sent[i].start && pos < c->sent[i].end)
            return i;
    return -1;
}

static bool is_name_cp(uint32_t ch)
{
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
           (ch >= '0' && ch <= '9') || ch == '*' || ch == '&' || ch == '.';
}

/* A name written right before the trigger that the entity stages did not find: walk back
 * over what sits between a subject and its verb (dates, periods, 拟/将/已, 近日), then take
 * the run of name characters before it up to punctuation, a stop word or 12 code points
 * ("智乐园2020年上半年亏损" -> 智乐园). */
static bool np_before(const ev_ctx *c, int32_t lo, int32_t ts, ev_ref *out)
{
    const uint32_t *cp = c->art->cp;
    int32_t pos = ts;
    for (int guard = 0; guard < 8 && pos > lo; guard++) {
        int qi = ev_q_lower(c, pos) - 1;
        while (qi >= 0 && c->q[qi].end > pos)
            qi--;
        if (qi >= 0 && c->q[qi].end == pos && c->q[qi].kind == Q_DATE && c->q[qi].start >= lo) {
            pos = c->q[qi].start;
            continue;
        }
        int h = -1;
        int cats[] = {GX_CAT_PERIOD, GX_CAT_TIMEWORD, GX_CAT_PLANNED, GX_CAT_COMPLETED, GX_CAT_PREP, GX_CAT_DISCLOSE, GX_CAT_SKIP};
        for (size_t k = 0; k < sizeof cats / sizeof *cats && h < 0; k++)
            h = ev_hit_before(c, cats[k], pos, 0, lo);
        if (h >= 0 && c->h[h].end == pos) {
            pos = c->h[h].start;
            continue;
        }
        if (cp[pos - 1] == 0x5DF2 || cp[pos - 1] == 0x518D || cp[pos - 1] == 0x53C8 || cp[pos - 1] == 0x6B32) { /* 已再又欲 */
            pos--;
            continue;
        }
        /* a round (D轮融资, A+轮) */
        if (cp[ts] == 0x8F6E && pos == ts && cp[pos - 1] < 0x80 && cp[pos - 1] != ' ') {
            while (pos > lo && cp[pos - 1] < 0x80 && cp[pos - 1] != ' ' && cp[pos - 1] != ',')
                pos--;
            continue;
        }
        /* a figure (斥5.64万港元回购) or a ticker in brackets (东华合创（002065）拟收购) */
        if (qi >= 0 && c->q[qi].end == pos && c->q[qi].kind != Q_DATE && c->q[qi].start >= lo) {
            pos = c->q[qi].start;
            continue;
        }
        if (cp[pos - 1] == ')' || cp[pos - 1] == 0xFF09) {
            int32_t k = pos - 1;
            while (k > lo && cp[k] != '(' && cp[k] != 0xFF08 && pos - k < 24)
                k--;
            if (cp[k] == '(' || cp[k] == 0xFF08) {
                pos = k;
                continue;
            }
        }
        break;
    }
    int32_t e = pos, b = pos;
    while (b > lo && e - b < 24 && ev_hit_before(c, GX_CAT_STOP, b, 0, lo) < 0 &&
           ev_hit_before(c, GX_CAT_PREP, b, 0, lo) < 0 && ev_hit_before(c, GX_CAT_DISCLOSE, b, 0, lo) < 0 &&
           ev_hit_before(c, GX_CAT_SKIP, b, 0, lo) < 0 && ev_hit_before(c, GX_CAT_HOLDER, b, 0, lo) < 0 &&
           ev_hit_before(c, GX_CAT_PLANNED, b, 0, lo) < 0 &&
           (is_name_cp(cp[b - 1]) ||
            (cp[b - 1] == ' ' && b - 1 > lo && cp[b - 2] < 0x80 && is_name_cp(cp[b - 2]) && cp[b] < 0x80)))
        b--;
    if (e - b > 8 && cp[b] >= 0x80)
        return false;
    if (e - b < 2 || e - b >= 24 || (b > lo && is_name_cp(cp[b - 1])))
        return false;
    if (cp[b] >= '0' && cp[b] <= '9')
        return false;
    /* it must open its clause, or follow 的 or a holder word (股东X) */
    if (!(b == ev_clause_start(c, b, lo) || cp[b - 1] == 0x7684 || cp[b - 1] == ' ' || cp[b - 1] == 0x3000 ||
          cp[b - 1] == 0x3001 || ev_hit_before(c, GX_CAT_HOLDER, b, 0, lo) >= 0))
        return false;
    /* function words and measure words do not start names */
    static const uint32_t BAD_FIRST[] = {0x672C, 0x8BE5, 0x5176, 0x6B64, 0x5C06, 0x5DF2, 0x4E07, 0x4EBF, 0x80A1, 0x5360,
                                         0x7D2F, 0x5408, 0x5171, 0x5747, 0x5404, 0x6BCF, 0x5E76, 0x4E14, 0x53CA, 0x548C,
                                         0x4E0E, 0x5BF9, 0x5411, 0x5728, 0x4E8E, 0x7531, 0x88AB, 0x4E3A, 0x662F, 0x4ECE,
                                         0x81EA, 0x7ED9, 0x628A, 0x7684, 0x4E86, 0x4E5F, 0x90FD, 0x8FD8, 0x800C, 0x4E3B, 0x53D1, 0x66FE, 0x8D74, 0x5143};
    for (size_t k = 0; k < sizeof BAD_FIRST / sizeof *BAD_FIRST; k++)
        if (cp[b] == BAD_FIRST[k])
            return false;
    /* it opens the title (智乐园2020年上半年亏损), follows a holder word (股东常州中科拟减持,
     * 实控人李明减持), or ends like an organization */
    bool title_open = b < c->body_start && (b == 0 || cp[b - 1] == ' ' || cp[b - 1] == ':' || cp[b - 1] == 0xFF1A);
    bool after_holder = ev_hit_before(c, GX_CAT_HOLDER, b, 0, lo) >= 0;
    if (!after_holder && b > lo && cp[b - 1] == 0x3001) {
        /* an element of a list that a holder word opens: 股东华睿泰信、尚志投资、尚全投资 */
        int32_t k = b - 1;
        for (int guard = 0; guard < 8 && k > lo; guard++) {
            int32_t j = k;
            while (j > lo && is_name_cp(cp[j - 1]) && ev_hit_before(c, GX_CAT_HOLDER, j, 0, lo) < 0 && k - j < 12)
                j--;
            if (ev_hit_before(c, GX_CAT_HOLDER, j, 0, lo) >= 0) {
                after_holder = true;
                break;
            }
            if (j <= lo || cp[j - 1] != 0x3001)
                break;
            k = j - 1;
        }
    }
    if (!title_open && !after_holder && ev_hit_before(c, GX_CAT_ORG_SUFFIX, e, 0, b) < 0)
        return false;
    /* not a coreference word, not a generic word */
    int sk = ev_hit_find(c, GX_CAT_SUBJ_SKIP, b, e, false);
    if (sk >= 0 && c->h[sk].start == b)
        return false;
    for (int32_t i = b; i < e; i++)
        if (ev_hit_find(c, GX_CAT_CUE, i, e, false) >= 0)
            return false;
    out->start = b;
    out->end = e;
    out->ent = -1;
    out->q = -1;
    return true;
}

/* A name written right after pos that the entity stages did not find (收购INLT, 领投柏睿数据):
 * name characters up to punctuation, a figure, a stop/preposition/cue word; 2..10 code
 * points (24 for Latin names). */
static bool np_after(const ev_ctx *c, int32_t pos, int32_t hi, ev_ref *out)
{
    const uint32_t *cp = c->art->cp;
    int32_t b = pos;
    while (b < hi && (cp[b] == 0x4E86 /* 了 */ || cp[b] == ' '))
        b++;
    int32_t e = b;
    int qi = ev_q_lower(c, b);
    int32_t qstop = qi < c->nq ? c->q[qi].start : hi;
    bool latin0 = b < hi && cp[b] < 0x80;
    while (e < hi && e < qstop && e - b < 48 &&
           (is_name_cp(cp[e]) || (cp[e] == ' ' && e > b && cp[e - 1] < 0x80 && e + 1 < hi && cp[e + 1] < 0x80))) {
        if (latin0 && cp[e] >= 0x80)
            break; /* Playtika历时三年: a Latin name ends where the script changes */
        if (e > b && (ev_hit_after(c, GX_CAT_STOP, e, 0, hi) >= 0 || ev_hit_after(c, GX_CAT_PREP, e, 0, hi) >= 0 ||
                      ev_hit_after(c, GX_CAT_CUE, e, 0, hi) >= 0))
            break;
        if (cp[e] >= '0' && cp[e] <= '9' && e > b && cp[e - 1] >= 0x80)
            break;
        e++;
    }
    while (e > b && cp[e - 1] == ' ')
        e--;
    bool latin = cp[b] < 0x80;
    if (e - b < 2 || (!latin && e - b > 10))
        return false;
    if (!latin && ev_hit_before(c, GX_CAT_ORG_SUFFIX, e, 0, b) < 0)
        return false;
    for (int32_t i = b; i < e; i++)
        if (ev_in_mention(c, i, i + 1))
            return false;
    out->start = b;
    out->end = e;
    out->ent = -1;
    out->q = -1;
    return true;
}

/* Names listed in [lo, hi) that the entity stages did not find (方和资本、汉能创投跟投): split
 * at 、 和 及 与 , and keep the parts that end like an organization or are Latin names, 2..20
 * code points. Parts holding an entity mention are left to the mentions. Returns the count. */
static int np_list(const ev_ctx *c, int32_t lo, int32_t hi, ev_ref *out, int max)
{
    const uint32_t *cp = c->art->cp;
    int n = 0;
    int32_t s = lo;
    for (int32_t i = lo; i <= hi && n < max; i++) {
        bool sep = i == hi || cp[i] == 0x3001 || cp[i] == 0x548C || cp[i] == 0x53CA || cp[i] == 0x4E0E ||
                   cp[i] == ',' || cp[i] == 0xFF0C;
        if (!sep)
            continue;
        int32_t b = s, e = i;
        while (b < e && (cp[b] == ' ' || cp[b] == 0x7531 /* 由 */ || cp[b] == 0x4E3A /* 为 */))
            b++;
        while (e > b && (cp[e - 1] == ' ' || cp[e - 1] == 0x7B49 /* 等 */))
            e--;
        bool ok = e - b >= 2 && e - b <= 20;
        for (int32_t k = b; ok && k < e; k++)
            ok = is_name_cp(cp[k]) || cp[k] == ' ';
        if (ok && !(cp[b] < 0x80) && ev_hit_before(c, GX_CAT_ORG_SUFFIX, e, 0, b) < 0)
            ok = false;
        for (int32_t k = b; ok && k < e; k++)
            if (ev_in_mention(c, k, k + 1))
                ok = false;
        if (ok) {
            out[n].start = b;
            out[n].end = e;
            out[n].ent = -1;
            out[n].q = -1;
            n++;
        }
        s = i + 1;
    }
    return n;
}

/* Subject of a trigger: the nearest mention of mask before it in its sentence; else the last
 * one in the previous sentence; else the article's subject company. *level gets 1, 2, 3 or 0. */
static bool subject_of(const ev_ctx *c, int si, int32_t ts, unsigned mask, int skip, ev_ref *out, int *level)
{
    gx_span s = c->sent[si];
    *level = 0;
    if (ev_ment_before(c, s.start, ts, mask, skip, out)) {
        *level = 1;
        return true;
    }
    if ((mask & EM_COMPANY) && np_before(c, s.start, ts, out)) {
        *level = 2;
        return true;
    }
    if (si > 0 && c->sent[si - 1].end <= s.start && si - 1 >= (c->sent[0].start < c->body_start ? 1 : 0)) {
        gx_span p = c->sent[si - 1];
        if (ev_ment_before(c, p.start, p.end, mask & EM_FIRM, skip, out)) {
            *level = 2;
            return true;
        }
    }
    if (c->subject >= 0 && c->subject != skip && (mask & EM_COMPANY) && ev_ment_of(c, c->subject, ts, out)) {
        *level = 3;
        return true;
    }
    return false;
}

/* A date in [lo, hi) that is not the disclosure date span; nearest to pos, before preferred. */
static int date_near_y(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, int32_t not_start, bool years)
{
    int best = -1;
    int32_t bestd = 0;
    for (int i = ev_q_lower(c, lo); i < c->nq && c->q[i].start < hi; i++) {
        const ev_q *q = &c->q[i];
        if (q->kind != Q_DATE || q->end > hi || q->start == not_start)
            continue;
        if (!years && q->date && strlen(q->date) == 4)
            continue; /* 2019年, 2019年度: periods rather than the day something happened */
        int32_t d = q->start < pos ? pos - q->start : (q->start - pos) + 40;
        if (best < 0 || d < bestd) {
            best = i;
            bestd = d;
        }
    }
    return best;
}

static int date_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, int32_t not_start)
{
    return date_near_y(c, lo, hi, pos, not_start, false);
}

/* A period (2019年, 2024年上半年) for figures: years allowed. */
static int period_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, int32_t not_start)
{
    return date_near_y(c, lo, hi, pos, not_start, true);
}

/* The disclosure date of an event in sentence si: a date (or 近日/日前) directly followed by
 * a disclosure word (公告, 披露, 宣布 ...), in this sentence or the article's lead; or a date
 * opening the sentence whose sentence holds a disclosure word. Returns true and fills out. */
static bool disclosure_of(const ev_ctx *c, int si, ev_ref *out)
{
    int order[3] = {si, -1, -1};
    int no = 1;
    int first = c->sent[0].start < c->body_start && c->nsent > 1 ? 1 : 0;
    if (si != first)
        order[no++] = first;
    if (si > first + 1 && si - 1 != first)
        order[no++] = si - 1;
    /* first: a date or 近日 directly before the disclosure verb (近日发布, 10月14日晚间公告) */
    for (int k = 0; k < no; k++) {
        gx_span s = c->sent[order[k]];
        for (int i = ev_q_lower(c, s.start); i < c->nq && c->q[i].start < s.end; i++)
            if (c->q[i].kind == Q_DATE && ev_hit_after(c, GX_CAT_DISCLOSE, c->q[i].end, 1, s.end) >= 0) {
                *out = qref(c, i);
                return true;
            }
        for (int t = ev_hit_find(c, GX_CAT_TIMEWORD, s.start, s.end, false); t >= 0 && t < c->nh && c->h[t].start < s.end; t++)
            if (ev_hit_entry(c, t)->cat == GX_CAT_TIMEWORD && ev_hit_after(c, GX_CAT_DISCLOSE, c->h[t].end, 1, s.end) >= 0) {
                out->start = c->h[t].start;
                out->end = c->h[t].end;
                out->ent = -1;
                out->q = -1;
                return true;
            }
    }
    for (int k = 0; k < no; k++) {
        gx_span s = c->sent[order[k]];
        for (int i = ev_q_lower(c, s.start); i < c->nq && c->q[i].start < s.end; i++) {
            const ev_q *q = &c->q[i];
            if (q->kind != Q_DATE)
                continue;
            /* date + (，)? + [subject]? + disclose word within 14 chars in the same clause */
            int h = ev_hit_after(c, GX_CAT_DISCLOSE, q->end, 0, s.end);
            if (h < 0) {
                int32_t ce = ev_clause_end(c, q->end, s.end);
                int32_t lim = q->end + 16 < ce ? q->end + 16 : ce;
                h = ev_hit_find(c, GX_CAT_DISCLOSE, q->end, lim, false);
            }
            bool opening = ev_clause_start(c, q->start, s.start) == s.start && q->start - s.start <= 12 &&
                           ev_hit_find(c, GX_CAT_DISCLOSE, q->end, s.end, false) >= 0;
            if (h >= 0 || opening) {
                *out = qref(c, i);
                return true;
            }
        }
        /* 近日/日前 + disclosure */
        int t = ev_hit_find(c, GX_CAT_TIMEWORD, s.start, s.end, false);
        if (t >= 0 && (ev_hit_find(c, GX_CAT_DISCLOSE, c->h[t].end, ev_clause_end(c, c->h[t].end, s.end), false) >= 0 ||
                       ev_clause_start(c, c->h[t].start, s.start) == s.start)) {
            out->start = c->h[t].start;
            out->end = c->h[t].end;
            out->ent = -1;
            out->q = -1;
            return true;
        }
    }
    return false;
}

/* The date role: a date in the sentence other than the disclosure date; else a time word
 * (近日) in the trigger's clause when no disclosure was found there. */
static void add_date(ev_ctx *c, draft *d, const char *role, gx_span s, int32_t ts, const ev_ref *disc)
{
    int qi = date_near(c, s.start, s.end, ts, disc ? disc->start : -1);
    if (qi >= 0) {
        /* a date that only reports the disclosure (date + 公告) is not the event's date */
        if (ev_hit_after(c, GX_CAT_DISCLOSE, c->q[qi].end, 2, s.end) < 0) {
            ev_ref r = qref(c, qi);
            add_ref(c, d, role, &r);
            return;
        }
    }
    int t = ev_hit_find(c, GX_CAT_TIMEWORD, ev_clause_start(c, ts, s.start), ts, true);
    if (t >= 0 && (!disc || disc->start != c->h[t].start))
        add_arg(c, d, role, c->h[t].start, c->h[t].end, -1, -1);
}

/* All mentions of mask in [lo, hi) (a list 'A、B和C'), in order. Returns the count (<= max). */
static int ments_in(const ev_ctx *c, int32_t lo, int32_t hi, unsigned mask, int skip, ev_ref *out, int max)
{
    int n = 0;
    for (int i = ev_ment_lower(c, lo); i < c->nm && c->m[i].start < hi && n < max; i++) {
        const ev_ment *m = &c->m[i];
        if (m->end > hi || !(mask & (1u << m->type)) || m->ent == skip || m->coref)
            continue;
        bool dup = false;
        for (int k = 0; k < n; k++)
            dup |= out[k].ent == m->ent;
        if (dup)
            continue;
        out[n].start = m->start;
        out[n].end = m->end;
        out[n].ent = m->ent;
        out[n].q = -1;
        n++;
        /* skip nested mentions */
        while (i + 1 < c->nm && c->m[i + 1].start < m->end)
            i++;
    }
    return n;
}

/* ---------------------------------------------------------------- per-type rules */

typedef struct trig {
    int si;            /* sentence index */
    gx_span s;         /* sentence */
    int32_t ts, te;    /* trigger */
    int cue;           /* hit index of the cue */
    ev_ref disc;       /* disclosure date or start -1 */
} trig;

static void set_primary(draft *d, const ev_ref *r, int level)
{
    d->ps = r->start;
    d->pe = r->end;
    d->pent = r->ent;
    d->plevel = level;
}

static bool passive_before(const ev_ctx *c, const trig *t, int32_t *pstart)
{
    int32_t cs = ev_clause_start(c, t->ts, t->s.start);
    int h = ev_hit_find(c, GX_CAT_PASSIVE, cs, t->ts, true);
    if (h >= 0 && t->ts - c->h[h].end <= 24) {
        *pstart = c->h[h].start;
        return true;
    }
    return false;
}

static void r_acquisition(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a, b;
    int lvl;
    int32_t ps;
    int32_t ce = ev_clause_end(c, t->te, t->s.end);
    if (passive_before(c, t, &ps)) {
        if (subject_of(c, t->si, ps, EM_FIRM, -1, &b, &lvl)) {
            add_ref(c, d, "target", &b);
        }
        if (ev_ment_after(c, ps, t->ts, EM_FIRM, b.ent, &a)) {
            add_ref(c, d, "acquirer", &a);
            set_primary(d, &a, 1);
        }
    } else {
        if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
            add_ref(c, d, "acquirer", &a);
            set_primary(d, &a, lvl);
        }
        if (ev_ment_after(c, t->te, ce, EM_FIRM, d->pent, &b) ||
            ev_ment_after(c, t->te, t->s.end < t->te + 40 ? t->s.end : t->te + 40, EM_FIRM, d->pent, &b) ||
            np_after(c, t->te, ce, &b))
            add_ref(c, d, "target", &b);
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
            gx_argument *g = add_arg(c, d, "stake", c->q[i].start, c->h[h].end, -1, -1);
            if (g) {
                g->quantity = c->q[i].qidx;
                g->has_number = true;
                g->number = round(c->q[i].value * 1e6) / 1e6;
            }
            break;
        }
    }
    int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_not_price);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "amount", &r);
    }
}

static const char *stage_default(const ev_ctx *c, const trig *t)
{
    const gx_evlex_entry *e = ev_hit_entry(c, t->cue);
    (void)e;
    return ev_hit_find(c, GX_CAT_PLANNED, t->s.start, t->ts, true) >= 0 ? "preparing" : "listed";
}

static void r_listing(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl, skip = -1;
    /* the company listed, never the exchange it lists on (港交所, 股份转让系统) */
    for (int tries = 0; tries < 3; tries++) {
        if (!subject_of(c, t->si, t->ts, EM_COMPANY, skip, &a, &lvl))
            break;
        int xh = ev_hit_find(c, GX_CAT_EXCHANGE, a.start, a.end, false);
        const char *nm = a.ent >= 0 ? c->art->entities.v[a.ent].name : NULL;
        if (xh < 0 && !(nm && (strstr(nm, "交易所") || strstr(nm, "转让系统")))) {
            add_ref(c, d, "company", &a);
            set_primary(d, &a, lvl);
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
        g = add_arg(c, d, "stage", c->h[best].start, c->h[best].end, -1, -1);
        if (g)
            g->value_str = ev_hit_entry(c, best)->value;
    } else {
        g = add_arg(c, d, "stage", t->ts, t->te, -1, -1);
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
                add_arg(c, d, "stock_code", i, j, -1, -1);
                break;
            }
        }
        i = j;
    }
    int h = ev_hit_find(c, GX_CAT_EXCHANGE, t->s.start, t->s.end, false);
    if (h >= 0 && (g = add_arg(c, d, "exchange", c->h[h].start, c->h[h].end, -1, -1)))
        g->value_str = ev_hit_entry(c, h)->value;
    h = ev_hit_find(c, GX_CAT_SPONSOR, t->s.start, t->s.end, false);
    if (h < 0 && t->si + 1 < c->nsent)
        h = ev_hit_find(c, GX_CAT_SPONSOR, c->sent[t->si + 1].start, c->sent[t->si + 1].end, false);
    if (h >= 0) {
        ev_ref sp;
        int si = sent_of(c, c->h[h].start);
        if (si >= 0 && ev_ment_after(c, c->h[h].end, c->sent[si].end < c->h[h].end + 16 ? c->sent[si].end : c->h[h].end + 16,
                                     EM_FIRM, d->pent, &sp))
            add_ref(c, d, "sponsor", &sp);
    }
    int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_price);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "issue_price", &r);
    }
    qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_raise);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "amount_raised", &r);
    }
    qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_cap);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "market_cap", &r);
    }
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
            add_arg(c, d, "round", j, i, -1, -1);
            return;
        }
    }
}

static void r_financing(ev_ctx *c, draft *d, const trig *t)
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
            (by > cs && np_list(c, by, c->h[h].start, tmp, 1) == 1 && (lead = tmp[0], true)) ||
            ev_ment_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), EM_FIRM, -1, &lead)) {
            add_ref(c, d, "lead_investor", &lead);
            add_ref(c, d, "investors", &lead);
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
        int n = ments_in(c, a, b, EM_FIRM, lead_ent, list, 16);
        n += np_list(c, a, b, list + n, 16 - n);
        for (int k = 0; k < n; k++)
            add_ref(c, d, "investors", &list[k]);
    }
    /* investee: the first firm before the trigger that is not an investor */
    ev_ref a;
    int lvl = 0;
    bool found = false;
    int32_t cs = t->s.start;
    for (int i = ev_ment_lower(c, cs); i < c->nm && c->m[i].start < t->ts; i++) {
        const ev_ment *m = &c->m[i];
        if (!(EM_FIRM & (1u << m->type)) || m->end > t->ts || has_arg_like(c, d, "investors", m->start, m->end, m->ent))
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
         np_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), &a))) {
        found = true;
        lvl = 1;
    }
    if (!found)
        found = subject_of(c, t->si, t->ts, EM_FIRM, lead_ent, &a, &lvl);
    if (found && !has_arg_like(c, d, "investors", a.start, a.end, a.ent)) {
        add_ref(c, d, "investee", &a);
        set_primary(d, &a, lvl);
    }
    add_round(c, d, t->s);
    int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->ts, false, p_not_price);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "amount", &r);
    }
}

static void r_investment(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a, b;
    int lvl;
    if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
        add_ref(c, d, "investor", &a);
        set_primary(d, &a, lvl);
    }
    int32_t ce = ev_clause_end(c, t->te, t->s.end);
    if (ev_ment_after(c, t->te, ce, EM_FIRM, d->pent, &b))
        add_ref(c, d, "target", &b);
    int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->ts, false, p_not_price);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "amount", &r);
    }
}

static void r_buyback(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
        add_ref(c, d, "company", &a);
        set_primary(d, &a, lvl);
    }
    int qi = shares_near(c, t->s.start, t->s.end, t->te);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "shares", &r);
    }
    /* every price of the sentence: 最高成交价13.26元, 最低成交价9.93元 */
    for (int i = ev_q_lower(c, t->s.start); i < c->nq && c->q[i].start < t->s.end; i++)
        if (c->q[i].kind == Q_MONEY && c->q[i].end <= t->s.end && p_price(c, i, t->s.start, t->s.end)) {
            ev_ref r = qref(c, i);
            /* 最高成交价为13.26元: the high and low prices keep their label (one price each) */
            int h = ev_hit_before(c, GX_CAT_PRICE, r.start, 2, t->s.start);
            if (h >= 0 && strncmp(ev_hit_entry(c, h)->word, "最", 3) == 0)
                r.start = c->h[h].start;
            add_ref(c, d, "price", &r);
        }
    qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_not_price);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "amount", &r);
    }
    qi = q_near(c, Q_PERCENT, t->s.start, t->s.end, t->te, true, p_total);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "stake_percent", &r);
    }
}

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
        add_arg(c, d, role, sp.start, sp.end, -1, -1);
        end = sp.end;
    }
}

static void r_executive(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref p, co, pos, list[9];
    int32_t cs = ev_clause_start(c, t->ts, t->s.start), ce = ev_clause_end(c, t->te, t->s.end);
    bool appoint = ev_hit_after(c, GX_CAT_NEWPOS, t->ts, 0, t->te) >= 0;
    bool found = false;
    /* 聘任A、B为副总经理 / 提名A先生、B先生为董事: each person appointed is an event */
    int n = appoint ? ments_in(c, t->te, ce, EM_PERSON, -1, list, 9) : 0;
    if (n > 0) {
        p = list[0];
        found = true;
        for (int k = 1; k < n && d->nmore < 8; k++)
            d->more[d->nmore++] = list[k];
    }
    if (!found)
        found = ev_ment_before(c, t->s.start, t->ts, EM_PERSON, -1, &p) || ev_ment_after(c, t->te, ce, EM_PERSON, -1, &p) ||
                ev_ment_after(c, t->te, t->s.end, EM_PERSON, -1, &p);
    if (found) {
        add_ref(c, d, "person", &p);
        set_primary(d, &p, 1);
    }
    add_arg(c, d, "change", t->ts, t->te, -1, -1);
    if (appoint) {
        if (position_near(c, t->te, t->s.end, t->te, true, &pos)) {
            add_ref(c, d, "new_position", &pos);
            more_positions(c, d, "new_position", pos, t->s.end);
        }
        if (position_near(c, cs, t->ts, t->ts, false, &pos) && (!found || pos.start > p.end || pos.end <= p.start))
            add_ref(c, d, "position", &pos);
    } else {
        if (position_near(c, t->te, ce, t->te, true, &pos) || position_near(c, t->s.start, t->ts, t->ts, false, &pos)) {
            add_ref(c, d, "position", &pos);
            more_positions(c, d, "position", pos, t->s.end);
        }
        int h = ev_hit_find(c, GX_CAT_NEWPOS, t->te, t->s.end, false);
        if (h >= 0 && position_near(c, c->h[h].end, t->s.end, c->h[h].end, true, &pos)) {
            add_ref(c, d, "new_position", &pos);
            /* 辞去…，改任X公司总经理: the organization before the new position */
            ev_ref nc;
            if (ev_ment_after(c, c->h[h].end, pos.start, EM_FIRM | EM_GOV, -1, &nc))
                add_ref(c, d, "new_company", &nc);
        }
    }
    int lvl;
    if (subject_of(c, t->si, t->ts, EM_FIRM | EM_GOV, -1, &co, &lvl) && lvl == 1)
        add_ref(c, d, "company", &co);
}

static void r_result(ev_ctx *c, draft *d, const trig *t)
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
    if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
        add_ref(c, d, "company", &a);
        set_primary(d, &a, lvl);
    }
    gx_argument *g = add_arg(c, d, "metric", t->ts, t->te, -1, -1);
    if (g)
        g->value_str = d->metric;
    ev_ref r = qref(c, vi);
    add_ref(c, d, "value", &r);
    /* change: a percent after the value, before the next metric */
    for (int i = vi + 1; i < c->nq && c->q[i].start < lim; i++) {
        if (c->q[i].kind != Q_PERCENT)
            continue;
        gx_argument *ch = add_arg(c, d, "change_percent", c->q[i].start, c->q[i].end, -1, i);
        if (ch) {
            bool down = c->q[i].has_change ? c->q[i].change < 0
                                           : ev_hit_before(c, GX_CAT_CHANGE_DOWN, c->q[i].start, 3, t->te) >= 0;
            ch->number = down ? -fabs(c->q[i].value) : fabs(c->q[i].value);
        }
        break;
    }
    /* period */
    if (c->q[vi].period) {
        int pi = period_near(c, t->s.start, t->ts, t->ts, -1);
        gx_argument *pg = pi >= 0 ? add_arg(c, d, "period", c->q[pi].start, c->q[pi].end, -1, -1) : NULL;
        if (pg)
            pg->value_str = c->q[vi].period;
    } else {
        int ph = ev_hit_find(c, GX_CAT_PERIOD, t->s.start, t->ts, true);
        int pi = period_near(c, t->s.start, t->ts, t->ts, -1);
        if (pi >= 0 && (ph < 0 || c->q[pi].end >= c->h[ph].start)) {
            int32_t e = c->q[pi].end;
            if (ph >= 0 && c->h[ph].start == e)
                e = c->h[ph].end;
            gx_argument *pg = add_arg(c, d, "period", c->q[pi].start, e, -1, -1);
            if (pg)
                pg->value_str = c->q[pi].date;
        } else if (ph >= 0) {
            add_arg(c, d, "period", c->h[ph].start, c->h[ph].end, -1, -1);
        }
    }
}

static void r_loss(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
        add_ref(c, d, "company", &a);
        set_primary(d, &a, lvl);
    }
    int32_t ce = ev_clause_end(c, t->te, t->s.end), cs = ev_clause_start(c, t->ts, t->s.start);
    int qi = q_near(c, Q_MONEY, cs, ce, t->te, true, NULL);
    if (qi >= 0 && c->q[qi].start >= t->te && c->q[qi].start - t->te > 10)
        qi = -1;
    if (qi < 0) {
        qi = q_near(c, Q_NUMBER, t->te, ce, t->te, true, NULL);
        if (qi >= 0 && c->q[qi].start - t->te > 4)
            qi = -1;
    }
    if (qi < 0) {
        /* 净利润-853,083.52元 ... 亏损减少: the first negative amount of the sentence */
        for (int i = ev_q_lower(c, t->s.start); i < c->nq && c->q[i].start < t->ts; i++)
            if (c->q[i].kind == Q_MONEY && q_negative(c, i)) {
                qi = i;
                break;
            }
    }
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        gx_argument *g = add_ref(c, d, "net_loss", &r);
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
        add_arg(c, d, "change", s, e, -1, -1);
    }
    /* 上年同期-1,213,589.07元 / 上年同期亏损931万元: the comparison period's loss, an event of its own */
    d->alt_q = -1;
    for (int h = ev_hit_find(c, GX_CAT_PERIOD, t->s.start, t->s.end, false); h >= 0 && h < c->nh && c->h[h].start < t->s.end; h++) {
        const gx_evlex_entry *pe = ev_hit_entry(c, h);
        if (pe->cat != GX_CAT_PERIOD || !strstr(pe->word, "同期") || c->h[h].end > t->s.end)
            continue;
        int k = ev_q_lower(c, c->h[h].end);
        if (k < c->nq && c->q[k].kind == Q_MONEY && c->q[k].start - c->h[h].end <= 6 && k != qi &&
            (q_negative(c, k) ||
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
            gx_argument *pg = add_arg(c, d, "period", c->q[i].start, e, -1, -1);
            if (pg)
                pg->value_str = c->q[i].period ? c->q[i].period : c->q[i].date;
            si = c->nsent;
            break;
        }
    }
    int ph = ev_hit_find(c, GX_CAT_PERIOD, t->s.start, t->ts, true);
    if (ph >= 0 && d->alt_q >= 0 && c->h[ph].start == d->alt_ps)
        ph = -1; /* 上年同期 belongs to the comparison event */
    int pi = period_near(c, t->s.start, t->ts, t->ts, t->disc.start);
    if (pi >= 0 && (ph < 0 || c->q[pi].end >= c->h[ph].start)) {
        int32_t e = c->q[pi].end;
        if (ph >= 0 && c->h[ph].start == e)
            e = c->h[ph].end;
        gx_argument *pg = add_arg(c, d, "period", c->q[pi].start, e, -1, -1);
        if (pg)
            pg->value_str = c->q[pi].period ? c->q[pi].period : c->q[pi].date;
    } else if (ph >= 0) {
        add_arg(c, d, "period", c->h[ph].start, c->h[ph].end, -1, -1);
    }
}

static void r_contract(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref list[16], a;
    int32_t cs = ev_clause_start(c, t->ts, t->s.start), ce = ev_clause_end(c, t->te, t->s.end);
    int th = ev_hit_find(c, GX_CAT_TENDERER, t->s.start, t->s.end, false);
    int tender_ent = -2;
    if (th >= 0 && ev_ment_after(c, c->h[th].end, ev_clause_end(c, c->h[th].end, t->s.end), EM_FIRM | EM_GOV, -1, &a)) {
        add_ref(c, d, "tenderer", &a);
        tender_ent = a.ent;
    }
    int n0 = ments_in(c, cs, t->ts, EM_FIRM, tender_ent, list, 16), n = 0;
    for (int k = 0; k < n0; k++)
        if (ev_hit_before(c, GX_CAT_PREP, list[k].start, 0, cs) < 0)
            list[n++] = list[k];
    int lvl = 1;
    if (n == 0 && subject_of(c, t->si, t->ts, EM_FIRM, tender_ent, &list[0], &lvl))
        n = 1;
    for (int k = 0; k < n; k++) {
        add_ref(c, d, "winner", &list[k]);
        if (k == 0)
            set_primary(d, &list[k], lvl);
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
            add_arg(c, d, "project", ps, pe, -1, -1);
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
        if (!has_role(d, "tenderer") && e - s >= 4 &&
            ev_ment_after(c, s, e, EM_FIRM | EM_GOV | (1u << GX_ENT_LOCATION), -1, &o) && o.start == s && o.end < e - 2) {
            add_ref(c, d, "tenderer", &o);
            s = o.end;
            while (s < e && cp[s] == 0x7684)
                s++;
        }
        if (e - s >= 2 && e - s <= 80)
            add_arg(c, d, "project", s, e, -1, -1);
    }
    int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, NULL);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "amount", &r);
    }
}

/* 约谈 / 立案 / 警示函: company and regulator. Passive (被约谈): company before. */
static void r_regulatory(ev_ctx *c, draft *d, const trig *t, bool company_after)
{
    ev_ref a, g;
    int lvl = 0;
    int32_t cs = ev_clause_start(c, t->ts, t->s.start), ce = ev_clause_end(c, t->te, t->s.end);
    int32_t ps;
    bool passive = passive_before(c, t, &ps);
    bool found = false;
    if (passive) {
        found = subject_of(c, t->si, ps, EM_FIRM, -1, &a, &lvl);
        if (ev_ment_after(c, ps, t->ts, EM_GOV | EM_ORG, -1, &g))
            add_ref(c, d, "regulator", &g);
    } else {
        if (company_after) {
            ev_ref list[9];
            int n = ments_in(c, t->te, ce, EM_FIRM, -1, list, 9);
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
            found = subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl);
    }
    if (found) {
        add_ref(c, d, "company", &a);
        set_primary(d, &a, lvl);
    }
    if (!has_role(d, "regulator") &&
        (ev_ment_before(c, t->s.start, t->ts, EM_GOV, -1, &g) || ev_ment_after(c, t->te, t->s.end, EM_GOV, -1, &g) ||
         (t->si > 0 && ev_ment_before(c, c->sent[t->si - 1].start, c->sent[t->si - 1].end, EM_GOV, -1, &g))))
        add_ref(c, d, "regulator", &g);
    int rh = ev_hit_find(c, GX_CAT_REASON, t->s.start, t->s.end, false);
    if (rh >= 0) {
        int32_t e = ev_clause_end(c, c->h[rh].end, t->s.end);
        if (e - c->h[rh].end >= 2 && e - c->h[rh].end <= 40)
            add_arg(c, d, "reason", c->h[rh].end, e, -1, -1);
    }
}

static void r_sanction(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref list[32], g;
    int n = ments_in(c, t->s.start, t->ts, EM_FIRM, -1, list, 32);
    for (int k = 0; k < n; k++) {
        add_ref(c, d, "company", &list[k]);
        if (k == 0)
            set_primary(d, &list[k], 1);
    }
    if (n == 0) {
        int lvl;
        if (ev_hit_find(c, GX_CAT_SUBJ_SKIP, ev_clause_start(c, t->ts, t->s.start), t->ts, false) >= 0 &&
            subject_of(c, t->si, t->ts, EM_COMPANY, -1, &list[0], &lvl)) {
            add_ref(c, d, "company", &list[0]);
            set_primary(d, &list[0], lvl);
        }
    }
    if (ev_ment_before(c, t->s.start, t->ts, EM_GOV, -1, &g) || ev_ment_after(c, t->te, t->s.end, EM_GOV, -1, &g) ||
        (t->si > 0 && ev_ment_before(c, c->sent[t->si - 1].start, c->sent[t->si - 1].end, EM_GOV, -1, &g)))
        add_ref(c, d, "authority", &g);
    int lh = ev_hit_find(c, GX_CAT_LISTNAME, t->ts, t->te, false);
    if (lh >= 0)
        add_arg(c, d, "list", c->h[lh].start, c->h[lh].end, -1, -1);
}

static void r_layoff(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
        add_ref(c, d, "company", &a);
        set_primary(d, &a, lvl);
    }
    int qi = q_near(c, Q_COUNT, t->s.start, t->s.end, t->ts, false, NULL);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "count", &r);
    }
}

static void r_lawsuit(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a, b;
    int32_t ce = ev_clause_end(c, t->te, t->s.end), cs = ev_clause_start(c, t->ts, t->s.start);
    if (ev_ment_before(c, cs, t->ts, EM_ACTOR, -1, &a))
        add_ref(c, d, "plaintiff", &a);
    if (ev_ment_after(c, t->te, ce, EM_ACTOR, has_role(d, "plaintiff") ? a.ent : -1, &b)) {
        add_ref(c, d, "defendant", &b);
        set_primary(d, &b, 1);
    }
    if (!has_role(d, "plaintiff") && !has_role(d, "defendant")) {
        d->dead = true;
        return;
    }
    int qi = q_near(c, Q_MONEY, t->te, t->s.end, t->te, true, NULL);
    if (qi >= 0 && c->q[qi].start < ce) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "claim", &r);
    }
}

static void r_bankruptcy(ev_ctx *c, draft *d, const trig *t)
{
    ev_ref a;
    int lvl;
    if (subject_of(c, t->si, t->ts, EM_FIRM, -1, &a, &lvl)) {
        add_ref(c, d, "company", &a);
        set_primary(d, &a, lvl);
    }
    int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, NULL);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "debt", &r);
    }
}

/* 质押 / 解除质押 / 增持 / 减持: holder (pledger/shareholder) and the listed company. */
static void r_holding(ev_ctx *c, draft *d, const trig *t, const char *holder_role, bool pledge)
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
    if (bestscore <= 1 && np_before(c, t->s.start, t->ts, &np) &&
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
            while (b > t->s.start && is_name_cp(c->art->cp[b - 1]) && ev_hit_before(c, GX_CAT_HOLDER, b, 0, t->s.start) < 0 &&
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
        found = subject_of(c, t->si, t->ts, EM_ACTOR, -1, &a, &lvl);
    if (found) {
        add_ref(c, d, holder_role, &a);
        set_primary(d, &a, lvl);
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
        add_ref(c, d, "company", &co);
    int32_t ce = ev_clause_end(c, t->te, t->s.end);
    if (pledge && ev_hit_find(c, GX_CAT_CUMULATIVE, t->s.start, t->s.end, false) >= 0) {
        /* 截至本公告日，X累计质押N股: the running total, dated by its 截至 phrase */
        d->cumulative = true;
        int ah = ev_hit_find(c, GX_CAT_ASOF, t->s.start, t->s.end, false);
        if (ah < 0 && t->si > 0)
            ah = ev_hit_find(c, GX_CAT_ASOF, c->sent[t->si - 1].start, c->sent[t->si - 1].end, true);
        if (ah >= 0)
            add_arg(c, d, "date", c->h[ah].start, c->h[ah].end, -1, -1);
    }
    if (pledge) {
        int h = ev_hit_find(c, GX_CAT_PLEDGEE, t->s.start, t->s.end, false);
        ev_ref b;
        if (h >= 0 && ev_ment_after(c, c->h[h].end, ev_clause_end(c, c->h[h].end, t->s.end), EM_FIRM, -1, &b))
            add_ref(c, d, "pledgee", &b);
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
            add_arg(c, d, "collateral", c->h[best].start, c->h[best].end, -1, -1);
    } else {
        int qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_price);
        if (qi >= 0) {
            ev_ref r = qref(c, qi);
            add_ref(c, d, "price", &r);
        }
        qi = q_near(c, Q_MONEY, t->s.start, t->s.end, t->te, true, p_not_price);
        if (qi >= 0) {
            ev_ref r = qref(c, qi);
            add_ref(c, d, "amount", &r);
        }
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
    int qi = shares_near(c, fs.start, fs.end, t->te);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "shares", &r);
    }
    qi = q_near(c, Q_PERCENT, fs.start, fs.end, t->te, true, p_holding);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "holding_percent", &r);
    }
    qi = q_near(c, Q_PERCENT, fs.start, fs.end, t->te, true, p_total);
    if (qi >= 0) {
        ev_ref r = qref(c, qi);
        add_ref(c, d, "stake_percent", &r);
    }
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
    case GX_EV_ACQUISITION: r_acquisition(c, d, t); break;
    case GX_EV_LISTING: r_listing(c, d, t); break;
    case GX_EV_FINANCING: r_financing(c, d, t); break;
    case GX_EV_INVESTMENT: r_investment(c, d, t); break;
    case GX_EV_BUYBACK: r_buyback(c, d, t); break;
    case GX_EV_EXECUTIVE_CHANGE: r_executive(c, d, t); break;
    case GX_EV_FINANCIAL_RESULT: r_result(c, d, t); break;
    case GX_EV_LOSS: r_loss(c, d, t); break;
    case GX_EV_CONTRACT_WIN: r_contract(c, d, t); break;
    case GX_EV_REGULATORY_SUMMONS: r_regulatory(c, d, t, true); break;
    case GX_EV_INVESTIGATION:
    case GX_EV_REGULATORY_WARNING: r_regulatory(c, d, t, false); break;
    case GX_EV_SANCTION: r_sanction(c, d, t); break;
    case GX_EV_LAYOFF: r_layoff(c, d, t); break;
    case GX_EV_LAWSUIT: r_lawsuit(c, d, t); break;
    case GX_EV_BANKRUPTCY: r_bankruptcy(c, d, t); break;
    case GX_EV_SHARE_PLEDGE:
    case GX_EV_PLEDGE_RELEASE: r_holding(c, d, t, "pledger", true); break;
    case GX_EV_SHAREHOLDER_INCREASE:
    case GX_EV_SHAREHOLDER_DECREASE: r_holding(c, d, t, "shareholder", false); break;
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
        g = add_arg(c, d, "status", c->h[chh].start, c->h[chh].end, -1, -1);
    } else if (ph >= 0) {
        d->ev.status = "planned";
        g = add_arg(c, d, "status", c->h[ph].start, c->h[ph].end, -1, -1);
    }
    if (g)
        g->value_str = d->ev.status;
    /* disclosure and date */
    if (t->disc.start >= 0) {
        gx_argument *a = add_ref(c, d, "disclosed_at", &t->disc);
        if (a && t->disc.q >= 0)
            d->ev.disclosed_at = c->q[t->disc.q].date;
    }
    const char *dr = date_role(d->type);
    if (dr && !(d->type == GX_EV_ACQUISITION && chh < 0))
        add_date(c, d, dr, t->s, t->ts, t->disc.start >= 0 ? &t->disc : NULL);
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
        if (list_role(dst->type, a->role) ? base_has_role(dst, a->role, nbase) : has_role(dst, a->role))
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

static void merge_drafts(ev_ctx *c, draft_vec *dv)
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
static bool complete_enough(const draft *d)
{
#define R(x) has_role(d, x)
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

#ifndef DROP_L3
#define DROP_L3 1
#endif
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
                if (!disclosure_of(&c, si, &disc))
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
            /* one event per member of a listed primary: copies with the member swapped in */
            int nmore = d->nmore, orig = dv.n - 1;
            if (nmore)
                d->group = orig + 1;
            for (int k = 0; k < nmore; k++) {
                draft *o = GX_VEC_PUSH(art->arena, dv);
                const draft *src = &dv.v[orig];
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
                    gx_argument *g = GX_VEC_PUSH(art->arena, o->ev.args);
                    *g = src->ev.args.v[i];
                    if (g->span.start == src->ps && g->span.end == src->pe) {
                        g->span.start = src->more[k].start;
                        g->span.end = src->more[k].end;
                        g->entity = src->more[k].ent;
                    }
                }
                set_primary(o, &src->more[k], 1);
            }
            if (dv.v[orig].type == GX_EV_LOSS && dv.v[orig].alt_q >= 0) {
                draft *o = GX_VEC_PUSH(art->arena, dv);
                const draft *src = &dv.v[orig];
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
                    add_ref(&c, o, "company", &pr);
                    set_primary(o, &pr, src->plevel);
                }
                ev_ref lq = qref(&c, src->alt_q);
                gx_argument *g = add_ref(&c, o, "net_loss", &lq);
                if (g && g->has_number)
                    g->number = fabs(g->number);
                add_arg(&c, o, "period", src->alt_ps, src->alt_pe, -1, -1);
                for (int i = 0; i < src->ev.args.n; i++)
                    if (strcmp(src->ev.args.v[i].role, "disclosed_at") == 0)
                        *GX_VEC_PUSH(art->arena, o->ev.args) = src->ev.args.v[i];
            }
        }
    }
    merge_drafts(&c, &dv);
    /* a comparison-period loss whose company was named elsewhere (the title) takes the
     * company of the story's loss */
    for (int i = 0; i < dv.n; i++) {
        draft *o = &dv.v[i];
        if (o->dead || !o->is_alt || o->ps >= 0)
            continue;
        for (int j = 0; j < dv.n; j++) {
            const draft *m = &dv.v[j];
            if (m->dead || m->is_alt || m->type != GX_EV_LOSS || m->ps < 0)
                continue;
            ev_ref pr = {m->ps, m->pe, m->pent, -1};
            add_ref(&c, o, "company", &pr);
            set_primary(o, &pr, m->plevel);
            break;
        }
    }
    for (int i = 0; i < dv.n; i++) {
        draft *d = &dv.v[i];
        /* a cue whose doer could only be guessed from the article's subject is talk about
         * the topic (质押平仓的风险, 上市公司业绩), not a report of an event */
        if (d->dead || !complete_enough(d) || (d->plevel == 3 && DROP_L3 && !c.subject_strong))
            continue;
        if (eng->events->calibrated) {
            const gx_event_rules *r = eng->events;
            /* features (tests/events/calibrate.py computes the same from the JSON): the raw
             * score, the type, a trigger in the title, the share of 8 arguments present */
            int na = d->ev.args.n > 8 ? 8 : d->ev.args.n;
            bool in_title = d->ev.trigger.start < c.body_start;
            double z = r->bias + r->w_raw * d->ev.confidence + r->w_type[d->type] + r->w_title * in_title +
                       r->w_nargs * na / 8.0;
            d->ev.confidence = 1.0 / (1.0 + exp(-z));
            if (d->ev.confidence < r->min_conf)
                continue;
        }
        *GX_VEC_PUSH(art->arena, art->events) = d->ev;
    }
}
