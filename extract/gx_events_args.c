/* gx_events_args.c — finding arguments near a trigger: quantities of a kind (prices, totals,
 * holdings, amounts raised), names read from plain text before/after a cue and in lists, the
 * subject of a sentence, dates, periods and disclosure dates, mentions in a span.
 * Part of the event stage (gx_events.c drives it; shared declarations in gx_events_impl.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_events_impl.h"

ev_ref ev_qref(const ev_ctx *c, int qi)
{
    ev_ref r = {c->q[qi].start, c->q[qi].end, -1, qi};
    return r;
}

/* Nearest quantity of kind in [lo, hi) to pos; after pos preferred when after_first. The
 * predicate (may be NULL) filters candidates. Returns an index into c->q or -1. */
int ev_q_near(const ev_ctx *c, ev_qkind kind, int32_t lo, int32_t hi, int32_t pos, bool after_first,
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
bool ev_q_negative(const ev_ctx *c, int qi)
{
    const ev_q *q = &c->q[qi];
    return q->value < 0 || c->art->cp[q->start] == '-' || (q->start > 0 && c->art->cp[q->start - 1] == '-');
}

bool ev_p_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
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

bool ev_p_not_price(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    return !ev_p_price(c, qi, lo, hi) && ev_hit_before(c, GX_CAT_MARKETCAP, c->q[qi].start, 8, lo) < 0;
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

bool ev_p_total(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    return ctx_of(c, GX_CAT_TOTAL, qi, lo, hi, true);
}

bool ev_p_holding(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    return ctx_of(c, GX_CAT_HOLDING, qi, lo, hi, false);
}

bool ev_p_raise(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    (void)hi;
    return ev_hit_before(c, GX_CAT_RAISE, c->q[qi].start, 10, lo) >= 0;
}

bool ev_p_cap(const ev_ctx *c, int qi, int32_t lo, int32_t hi)
{
    (void)hi;
    return ev_hit_before(c, GX_CAT_MARKETCAP, c->q[qi].start, 8, lo) >= 0;
}

/* Shares: a Q_SHARES, else a bare big number (Q_NUMBER). */
int ev_shares_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos)
{
    int i = ev_q_near(c, Q_SHARES, lo, hi, pos, true, NULL);
    if (i < 0)
        i = ev_q_near(c, Q_NUMBER, lo, hi, pos, true, NULL);
    return i;
}

/* The sentence index holding pos. */
int ev_sent_of(const ev_ctx *c, int32_t pos)
{
    for (int i = 0; i < c->nsent; i++)
        if (pos >= c->sent[i].start && pos < c->sent[i].end)
            return i;
    return -1;
}

bool ev_is_name_cp(uint32_t ch)
{
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
           (ch >= '0' && ch <= '9') || ch == '*' || ch == '&' || ch == '.';
}

/* A name written right before the trigger that the entity stages did not find: walk back
 * over what sits between a subject and its verb (dates, periods, 拟/将/已, 近日), then take
 * the run of name characters before it up to punctuation, a stop word or 12 code points
 * ("智乐园2020年上半年亏损" -> 智乐园). */
bool ev_np_before(const ev_ctx *c, int32_t lo, int32_t ts, ev_ref *out)
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
           (ev_is_name_cp(cp[b - 1]) ||
            (cp[b - 1] == ' ' && b - 1 > lo && cp[b - 2] < 0x80 && ev_is_name_cp(cp[b - 2]) && cp[b] < 0x80)))
        b--;
    if (e - b > 8 && cp[b] >= 0x80)
        return false;
    if (e - b < 2 || e - b >= 24 || (b > lo && ev_is_name_cp(cp[b - 1])))
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
            while (j > lo && ev_is_name_cp(cp[j - 1]) && ev_hit_before(c, GX_CAT_HOLDER, j, 0, lo) < 0 && k - j < 12)
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
bool ev_np_after(const ev_ctx *c, int32_t pos, int32_t hi, ev_ref *out)
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
           (ev_is_name_cp(cp[e]) || (cp[e] == ' ' && e > b && cp[e - 1] < 0x80 && e + 1 < hi && cp[e + 1] < 0x80))) {
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
int ev_np_list(const ev_ctx *c, int32_t lo, int32_t hi, ev_ref *out, int max)
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
            ok = ev_is_name_cp(cp[k]) || cp[k] == ' ';
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
bool ev_subject_of(const ev_ctx *c, int si, int32_t ts, unsigned mask, int skip, ev_ref *out, int *level)
{
    gx_span s = c->sent[si];
    *level = 0;
    if (ev_ment_before(c, s.start, ts, mask, skip, out)) {
        *level = 1;
        return true;
    }
    if ((mask & EM_COMPANY) && ev_np_before(c, s.start, ts, out)) {
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
int ev_period_near(const ev_ctx *c, int32_t lo, int32_t hi, int32_t pos, int32_t not_start)
{
    return date_near_y(c, lo, hi, pos, not_start, true);
}

/* The disclosure date of an event in sentence si: a date (or 近日/日前) directly followed by
 * a disclosure word (公告, 披露, 宣布 ...), in this sentence or the article's lead; or a date
 * opening the sentence whose sentence holds a disclosure word. Returns true and fills out. */
bool ev_disclosure_of(const ev_ctx *c, int si, ev_ref *out)
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
                *out = ev_qref(c, i);
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
                *out = ev_qref(c, i);
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
void ev_add_date(ev_ctx *c, draft *d, const char *role, gx_span s, int32_t ts, const ev_ref *disc)
{
    int qi = date_near(c, s.start, s.end, ts, disc ? disc->start : -1);
    if (qi >= 0) {
        /* a date that only reports the disclosure (date + 公告) is not the event's date */
        if (ev_hit_after(c, GX_CAT_DISCLOSE, c->q[qi].end, 2, s.end) < 0) {
            ev_ref r = ev_qref(c, qi);
            ev_add_ref(c, d, role, &r);
            return;
        }
    }
    int t = ev_hit_find(c, GX_CAT_TIMEWORD, ev_clause_start(c, ts, s.start), ts, true);
    if (t >= 0 && (!disc || disc->start != c->h[t].start))
        ev_add_arg(c, d, role, c->h[t].start, c->h[t].end, -1, -1);
}

/* All mentions of mask in [lo, hi) (a list 'A、B和C'), in order. Returns the count (<= max). */
int ev_ments_in(const ev_ctx *c, int32_t lo, int32_t hi, unsigned mask, int skip, ev_ref *out, int max)
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

bool ev_passive_before(const ev_ctx *c, const trig *t, int32_t *pstart)
{
    int32_t cs = ev_clause_start(c, t->ts, t->s.start);
    int h = ev_hit_find(c, GX_CAT_PASSIVE, cs, t->ts, true);
    if (h >= 0 && t->ts - c->h[h].end <= 24) {
        *pstart = c->h[h].start;
        return true;
    }
    return false;
}

/* A government body named before or after the trigger in its sentence, else in the sentence
 * before (the regulator of 约谈/立案, the authority of a sanction). */
bool ev_gov_near(const ev_ctx *c, const trig *t, ev_ref *out)
{
    return ev_ment_before(c, t->s.start, t->ts, EM_GOV, -1, out) || ev_ment_after(c, t->te, t->s.end, EM_GOV, -1, out) ||
           (t->si > 0 && ev_ment_before(c, c->sent[t->si - 1].start, c->sent[t->si - 1].end, EM_GOV, -1, out));
}
