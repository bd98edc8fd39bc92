/* gx_people_shared.c — a title shared by a list of names that does not follow it right away:
 *
 *   公司主要合伙人为余晓微和谭堃，            a copula, then names joined by 、 和 及 与
 *   董事长和总经理分别为张勇和李明             joined titles, 分别: one name each, in order
 *   五位…基金经理领衔，他们分别是邓时锋、程洲、周伟锋   a plural title (a count before it), then
 *                                             分别是 / 依次为 / 包括 later in the sentence
 *   拟聘任5名执行副总裁，分别是现任银联投资总监陈雷、…   the same, each named with a title of their own
 *   独立董事为张大伟、李红和王晓明             the last name joined by 和 to a title's list
 *   总经理是王小刚,  实际控制人为巨人网络董事长史玉柱。  one name after a copula: the tagger's, or one a
 *                                             title or a describer (85后美女) introduces
 *   杨浩、李宝海、赵晨海共计3名北海绩迅股东     a list BEFORE the title, closed by 等 or a count
 *   易方达基金张坤，兴全基金傅鹏博、谢治宇，大成基金徐彦等多位基金经理   (each group after a comma
 *                                             opened by its firm)
 *
 * Each name holds the title (with its organization, when the driver found one). Only titles no
 * holder was found for; a list must have two or more names and close (punctuation, 等, a word that
 * follows names; not 、), so a list of firms or products (包括易方达、…) is left alone.
 * Part of gx_people (gx_people_impl.h); adds rule persons and positions. */
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"

enum { MAX_MEMBERS = 12, FAR_GAP = 16, COUNT_GAP = 16 };

/* The end of a name starting at s (a Chinese name, a list member the marks close, a foreign
 * name, or a person the tagger or the list of well-known people reads there), or s. */
static int32_t member_end(const gx_hit_index *ix, const gx_article *art, int32_t s)
{
    if (s >= art->ncp || !gx_is_cjk(art->cp[s]))
        return s;
    /* (no title opens there: 马凯和|国务委员杨洁篪) */
    for (int32_t k = s; k < s + 3 && k < art->ncp; k++)
        if (gx_hit_len_starting(ix, k, GX_LEX_POSITION) > 0)
            return s;
    int32_t e = gx_pp_chinese_name(ix, art, s);
    if (e == s)
        e = gx_pp_list_member_at(ix, art, s);
    if (e == s) {
        int32_t te = gx_pp_translit_name(ix, art, s);
        if (te >= s + 2)
            e = te;
    }
    /* the tagger's sure reading (or the list of well-known people's) when it is longer: 王小刚, where
     * the name reader stops before 刚 (a word of its own) */
    int c = gx_pp_cand_starting_at(art, s, 1 << GX_ENT_PERSON);
    if (c >= 0) {
        gx_span cs = art->candidates.v[c].span;
        if (cs.end > e && cs.end - cs.start >= 2 && cs.end - cs.start <= 4 && gx_pp_named_alone(art, cs))
            e = cs.end;
    }
    return e;
}

/* Whether a list of names closes at e: the text's end, punctuation (not 、) or a space, 等, a count of
 * the people (两人, 三人: 二 两 三 … 人), or a word that follows names (name_end cues: 表示, 分别). */
static bool list_closes(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    const uint32_t *cp = art->cp;
    if (e < art->ncp && cp[e] == 0x3001) /* 、: the list goes on (书记夏曦和关向应、贺龙集体出面) */
        return false;
    if (e >= art->ncp || !gx_is_cjk(cp[e]) || cp[e] == 0x7B49 /* 等 */)
        return true;
    const char32_t *const *const COUNTS = gx_lexicon_words(ix->lex, GX_WL_LIST_HEADCOUNT);
    return gx_word_at(art, e, COUNTS) > 0 || gx_hit_len_starting(ix, e, GX_LEX_NAME_END) >= 2;
}

/* Reads a list of two or more names starting at s into spans (at most MAX_MEMBERS); the count,
 * or 0 when there is no closed list there. */
static int read_list(const gx_hit_index *ix, const gx_article *art, int32_t s, gx_span *spans)
{
    static const char32_t *const JOIN[] = {U"以及", U"和", U"及", U"与", NULL};
    const uint32_t *cp = art->cp;
    int n = 0;
    for (int32_t p = s; n < MAX_MEMBERS;) {
        int32_t e = member_end(ix, art, p);
        if (e == p)
            return 0;
        /* (no firm or place over the name: 包括|中信|证券) */
        int other = gx_pp_cand_starting_at(art, p, GX_ORGLIKE | (1 << GX_ENT_LOCATION));
        if (other >= 0 && art->candidates.v[other].span.end >= e)
            return 0;
        spans[n++] = (gx_span){p, e};
        if (e < art->ncp && cp[e] == 0x3001 /* 、 */) {
            p = e + 1;
            continue;
        }
        int32_t j = e < art->ncp ? gx_word_at(art, e, JOIN) : 0;
        if (j > 0) {
            p = e + j;
            continue;
        }
        return n >= 2 && list_closes(ix, art, e) ? n : 0;
    }
    return 0;
}

/* Whether c counts people before 位 or 名: a digit or a numeral (五, 两, 百, 几, 多, 数). */
static bool count_char(uint32_t c)
{
    return (c >= '0' && c <= '9') || gx_cp_in(c, U"一二两三四五六七八九十百几多数");
}

/* Whether a count of people (五位, 16位, 两名, 多位) ends at most COUNT_GAP characters before the
 * title at ts, in its clause: the title names several holders. */
static bool counted_before(const gx_article *art, int32_t ts)
{
    const uint32_t *cp = art->cp;
    for (int32_t k = ts - 1; k >= 1 && ts - k <= COUNT_GAP; k--) {
        uint32_t c = cp[k];
        if (!gx_is_cjk(c) && !(c >= '0' && c <= '9') && c != 0x201C && c != 0x201D)
            return false;
        if (c != 0x4F4D /* 位 */ && c != 0x540D /* 名 */)
            continue;
        if (count_char(cp[k - 1]))
            return true;
    }
    return false;
}

/* Where the list naming a plural title's holders starts: after 分别是/分别为/依次是/依次为/包括 (and a
 * colon) at most FAR_GAP characters after the title, in its sentence (one comma may stand between),
 * no person or other title between; or -1. */
static int32_t far_list_start(const gx_article *art, int first_position, gx_span ts)
{
    static const char32_t *const INTRO[] = {U"分别是", U"分别为", U"依次是", U"依次为", U"包括", NULL};
    const uint32_t *cp = art->cp;
    int commas = 0;
    for (int32_t k = ts.end; k < art->ncp && k - ts.end <= FAR_GAP; k++) {
        uint32_t c = cp[k];
        if (c == 0xFF0C || c == ',') {
            if (++commas > 1)
                return -1;
            continue;
        }
        if (!gx_is_cjk(c) && c != 0x201C && c != 0x201D)
            return -1;
        if (k > ts.end && gx_pp_person_ending_at(art, k) >= 0)
            return -1;
        for (int i = first_position; i < art->positions.n; i++)
            if (art->positions.v[i].span.start == k)
                return -1;
        int32_t w = gx_word_at(art, k, INTRO);
        if (w > 0) {
            int32_t s = k + w;
            if (s < art->ncp && (cp[s] == 0xFF1A || cp[s] == ':'))
                s++;
            return s;
        }
    }
    return -1;
}

/* Reads a list of people each named with a title of their own (分别是现任银联投资总监陈雷、现任银联信息总中心
 * 总经理胡文斌，及现任…总经理的涂晓军、…胡浩中。): items split by 、 and ， up to the sentence's end, each
 * ending in a person (a rule's or the tagger's); their spans into spans, the count, or 0 when an item
 * ends in no person. */
static int read_titled_list(const gx_article *art, int32_t s, gx_span *spans)
{
    const uint32_t *cp = art->cp;
    int n = 0;
    int32_t item = s;
    int depth = 0; /* (a quote's commas: 中国农业银行(3.670,0.02,0.55%)) */
    for (int32_t k = s; n < MAX_MEMBERS && k - s <= 200; k++) {
        uint32_t c = k < art->ncp ? cp[k] : 0;
        depth += c == '(' || c == 0xFF08 ? 1 : c == ')' || c == 0xFF09 ? -1 : 0;
        bool end = k >= art->ncp || c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n' || c == 0xFF01 || c == '!' ||
                   c == 0xFF1F || c == '?';
        if (!end && (depth > 0 || (c != 0x3001 && c != 0xFF0C && c != ',')))
            continue;
        if (k - item < 3)
            return 0;
        int pc = gx_pp_person_ending_at(art, k);
        if (pc < 0 || art->candidates.v[pc].span.start < item)
            return 0;
        spans[n++] = art->candidates.v[pc].span;
        if (end)
            return n >= 2 ? n : 0;
        item = k + 1;
    }
    return 0;
}

/* The start of a name ending at e: a person's reading (the tagger's or a rule's) of two to four
 * characters, or a Chinese name; no firm or place over it; -1 when none. */
static int32_t name_ending(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    int32_t s = -1;
    int pc = gx_pp_person_ending_at(art, e);
    if (pc >= 0 && e - art->candidates.v[pc].span.start >= 2 && e - art->candidates.v[pc].span.start <= 4)
        s = art->candidates.v[pc].span.start;
    for (int32_t l = 2; s < 0 && l <= 3 && e - l >= 0; l++)
        if (gx_pp_chinese_name(ix, art, e - l) == e)
            s = e - l;
    if (s < 0)
        return -1;
    int other = gx_pp_cand_starting_at(art, s, GX_ORGLIKE | (1 << GX_ENT_LOCATION));
    return other >= 0 && art->candidates.v[other].span.end >= e ? -1 : s;
}

/* The names of a list that a title follows, closed by 等 or by a count and 共计/共/合计 (杨浩、李宝海、
 * 赵晨海共计3名|北海绩迅|股东; 易方达基金张坤，兴全基金傅鹏博、谢治宇，大成基金徐彦等多位|基金经理), read
 * backwards from the title and the organization before it (a candidate, or two to seven characters
 * after the count); names joined by 、 和 及 与, or by a comma
 * when the name after it is opened by a firm. Their spans into spans, in text order; the count, or 0
 * when fewer than two names stand there. */
static int list_before(const gx_hit_index *ix, const gx_article *art, const gx_position *p, gx_span *spans)
{
    static const char32_t *const TOTAL[] = {U"共计", U"合计", U"共", NULL};
    const uint32_t *cp = art->cp;
    int32_t k = p->span.start;
    int org = p->organization >= 0 ? p->organization : gx_pp_cand_ending_at(art, k, GX_ORGLIKE);
    if (org >= 0 && art->candidates.v[org].span.end == k)
        k = art->candidates.v[org].span.start;
    /* (an organization no rule has read yet between a count and the title: 3名|北海绩迅|股东) */
    for (int32_t q = k - 1; org < 0 && q >= 2 && k - q <= 8 && gx_is_cjk(cp[q]); q--)
        if ((cp[q] == 0x4F4D /* 位 */ || cp[q] == 0x540D /* 名 */) && count_char(cp[q - 1]) && k - q >= 3) {
            k = q + 1;
            break;
        }
    bool counted = false;
    if (k >= 2 && (cp[k - 1] == 0x4F4D /* 位 */ || cp[k - 1] == 0x540D /* 名 */)) {
        int32_t d = k - 1;
        while (d > 0 && k - 1 - d < 3 && count_char(cp[d - 1]))
            d--;
        counted = d < k - 1;
        if (counted)
            k = d;
    }
    int32_t closer = k >= 1 && cp[k - 1] == 0x7B49 /* 等 */ ? 1 : counted ? gx_word_ending(cp, 0, k, TOTAL) : 0;
    if (closer == 0)
        return 0;
    k -= closer;
    gx_span rev[MAX_MEMBERS];
    int n = 0;
    for (int32_t e = k; n < MAX_MEMBERS;) {
        int32_t s = name_ending(ix, art, e);
        if (s < 0)
            break;
        rev[n++] = (gx_span){s, e};
        if (s == 0)
            break;
        uint32_t c = cp[s - 1];
        if (c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */ || c == 0x4E0E /* 与 */) {
            e = s - 1;
            continue;
        }
        /* a firm opening the group after a comma (，兴全基金|傅鹏博、谢治宇) */
        int firm = gx_pp_cand_ending_at(art, s, 1 << GX_ENT_COMPANY);
        int32_t fs = firm >= 0 ? art->candidates.v[firm].span.start : 0;
        if (fs >= 2 && (cp[fs - 1] == ',' || cp[fs - 1] == 0xFF0C) && name_ending(ix, art, fs - 1) >= 0) {
            e = fs - 1;
            continue;
        }
        break;
    }
    if (n < 2)
        return 0;
    for (int m = 0; m < n; m++)
        spans[m] = rev[n - 1 - m];
    return n;
}

/* The holder-less title joined right before position i by 和 及 与 or 、 (董事长|和|总经理), or -1. */
static int joined_before(const gx_article *art, int first_position, int n_positions, int i)
{
    static const char32_t *const JOIN[] = {U"和", U"及", U"与", U"、", NULL};
    gx_span t = art->positions.v[i].span;
    int32_t j = gx_word_ending(art->cp, 0, t.start, JOIN);
    if (j == 0)
        return -1;
    for (int k = first_position; k < n_positions; k++)
        if (art->positions.v[k].span.end == t.start - j)
            return art->positions.v[k].person < 0 ? k : -1;
    return -1;
}

/* The positions from first_position on, by the start of their title span: chains in ascending
 * order, the positions added since the last query appended first (positions are only added
 * here, never moved). A body that repeats a titled sentence k times has k positions; asking
 * about every one of them for each (title_held, the last holder of joined_last_holders) made
 * these rules quadratic in k (twenty-seventh session). The queries read each position's
 * holder as it is now. */
typedef struct pos_ix {
    int first, n, cap; /* positions [first, n) indexed */
    int32_t ncp;
    bool stray;        /* a span starts outside [0, ncp]: every query walks the positions */
    int *head, *tail;  /* [ncp + 1], read only where the bit of has is set */
    uint64_t *has;
    int *next;         /* [cap], by position index - first */
} pos_ix;

static void pos_ix_init(pos_ix *x, gx_article *art, int first_position)
{
    size_t np = (size_t)art->ncp + 1;
    memset(x, 0, sizeof *x);
    x->first = x->n = first_position;
    x->ncp = art->ncp;
    x->head = gx_arena_alloc_raw(art->arena, sizeof(int) * np);
    x->tail = gx_arena_alloc_raw(art->arena, sizeof(int) * np);
    x->has = gx_arena_alloc(art->arena, sizeof(uint64_t) * ((np + 63) / 64));
}

static void pos_ix_catch_up(pos_ix *x, const gx_article *art)
{
    int n = art->positions.n;
    if (n < x->n) { /* (positions dropped: never here; the walk answers) */
        x->stray = true;
        return;
    }
    if (n - x->first > x->cap) {
        int cap = n - x->first > 2 * x->cap ? n - x->first : 2 * x->cap;
        int *nx = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)cap);
        if (x->n > x->first)
            memcpy(nx, x->next, sizeof(int) * (size_t)(x->n - x->first));
        x->next = nx;
        x->cap = cap;
    }
    for (int k = x->n; k < n; k++) {
        int32_t p = art->positions.v[k].span.start;
        x->next[k - x->first] = -1;
        if (p < 0 || p > x->ncp) {
            x->stray = true;
            continue;
        }
        if (x->has[p >> 6] >> (p & 63) & 1)
            x->next[x->tail[p] - x->first] = k;
        else {
            x->has[p >> 6] |= 1ull << (p & 63);
            x->head[p] = k;
        }
        x->tail[p] = k;
    }
    x->n = n;
}

/* Whether a position of the title span t (from first_position on) has a holder; with
 * after >= 0, a holder whose name starts at after or later. */
static bool title_held_after(pos_ix *x, const gx_article *art, gx_span t, int32_t after)
{
    if (!x->stray)
        pos_ix_catch_up(x, art);
    const gx_position *pv = art->positions.v;
    if (x->stray || t.start < 0 || t.start > x->ncp) {
        for (int j = x->first; j < art->positions.n; j++)
            if (pv[j].person >= 0 && pv[j].span.start == t.start && pv[j].span.end == t.end &&
                (after < 0 || art->candidates.v[pv[j].person].span.start >= after))
                return true;
        return false;
    }
    for (int j = gx_head_at(x->has, x->head, t.start); j >= 0; j = x->next[j - x->first])
        if (pv[j].person >= 0 && pv[j].span.start == t.start && pv[j].span.end == t.end &&
            (after < 0 || art->candidates.v[pv[j].person].span.start >= after))
            return true;
    return false;
}

/* Whether a position of the title span t has a holder. */
static bool title_held(pos_ix *x, const gx_article *art, gx_span t)
{
    return title_held_after(x, art, t, -1);
}

/* 独立董事为张大伟、李红|和王晓明。: the last name of a list after a held title, joined by 和 及 与
 * and closing the list, holds the title too (the driver reads the 、-list). */
static void joined_last_holders(const gx_hit_index *ix, gx_article *art, pos_ix *x, int first_position,
                                int n_positions)
{
    static const char32_t *const JOIN[] = {U"以及", U"和", U"及", U"与", NULL};
    for (int i = first_position; i < n_positions; i++) {
        gx_position p = art->positions.v[i];
        if (p.person < 0 || art->candidates.v[p.person].span.start < p.span.end)
            continue;
        int32_t e = art->candidates.v[p.person].span.end;
        /* (the last holder of the title: no other one starts after it) */
        bool last = !title_held_after(x, art, p.span, e);
        if (!last || e - art->candidates.v[p.person].span.start > 4 || e - p.span.end > 40)
            continue;
        int32_t j = e < art->ncp ? gx_word_at(art, e, JOIN) : 0;
        if (j == 0)
            continue;
        int32_t me = member_end(ix, art, e + j);
        if (me == e + j || !list_closes(ix, art, me))
            continue;
        int other = gx_pp_cand_starting_at(art, e + j, GX_ORGLIKE | (1 << GX_ENT_LOCATION));
        if (other >= 0 && art->candidates.v[other].span.end >= me)
            continue;
        gx_pp_add_position(art, p.span, gx_pp_rule_person(art, (gx_span){e + j, me}, 0.8f), p.organization);
    }
}

/* The person after a copula at s that a title or a describer introduces, closing the clause: 实际控制人为
 * 巨人网络董事长|史玉柱。 (a title of its own ending at the name), 实控人是85后美女|赵春霞， (a describer of
 * Han characters and digits ending in a noun for a kind of person); at most 16 characters between.
 * Its span in *out; false when there is none. */
static bool introduced_holder(const gx_hit_index *ix, const gx_article *art, int first_position, int32_t s,
                              gx_span *out)
{
    static const char32_t KIND[] = U"者友头佬咖手人家富兵物星神员女";
    const uint32_t *cp = art->cp;
    for (int32_t k = s + 2; k < art->ncp && k - s <= 16; k++) {
        uint32_t c = cp[k - 1];
        if (!gx_is_cjk(c) && !(c >= '0' && c <= '9'))
            return false;
        int pc = gx_pp_cand_starting_at(art, k, 1 << GX_ENT_PERSON);
        gx_span ps = pc >= 0 ? art->candidates.v[pc].span : (gx_span){k, k};
        /* (a name the rules read after a describer: 美女|赵春霞) */
        for (const char32_t *w = KIND; pc < 0 && *w; w++)
            if (c == (uint32_t)*w)
                ps.end = member_end(ix, art, k);
        if (ps.end == k)
            continue;
        if (ps.end < art->ncp && gx_is_cjk(cp[ps.end]) && cp[ps.end] != 0x3002)
            return false;
        bool introduced = false;
        for (int i = first_position; i < art->positions.n && !introduced; i++)
            introduced = art->positions.v[i].span.end == k && art->positions.v[i].span.start >= s;
        for (const char32_t *w = KIND; *w && !introduced; w++)
            introduced = c == (uint32_t)*w;
        if (!introduced)
            return false;
        *out = ps;
        return true;
    }
    return false;
}

void gx_pp_shared_titles(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const char32_t *const *const ADVERB = gx_lexicon_words(ix->lex, GX_WL_SHARED_ADVERB);
    static const char32_t *const COPULA[] = {U"为", U"是", U"系", NULL};
    int n_positions = art->positions.n;
    pos_ix x;
    pos_ix_init(&x, art, first_position);
    joined_last_holders(ix, art, &x, first_position, n_positions);
    for (int i = first_position; i < n_positions; i++) {
        gx_position p = art->positions.v[i];
        if (p.person >= 0 || title_held(&x, art, p.span))
            continue;
        gx_span spans[MAX_MEMBERS];
        int n = 0;
        bool respectively = false; /* 分别 / 依次: one name for each title of a chain */
        int32_t s = p.span.end;
        if (s < art->ncp) {
            int32_t a = gx_word_at(art, s, ADVERB);
            respectively = a == 2;
            s += a;
            int32_t c = s < art->ncp ? gx_word_at(art, s, COPULA) : 0;
            if (c > 0)
                n = read_list(ix, art, s + c, spans);
            /* one name closing the clause (总经理是王小刚,男,): the tagger's reading the driver lacks */
            if (c > 0 && n == 0) {
                int32_t me = member_end(ix, art, s + c);
                if (me > s + c && (me >= art->ncp || !gx_is_cjk(art->cp[me]) || art->cp[me] == 0x3002)) {
                    spans[0] = (gx_span){s + c, me};
                    n = 1;
                }
            }
            /* a title or a describer between (实际控制人为巨人网络董事长史玉柱。, 实控人是85后美女赵春霞) */
            if (c > 0 && n == 0 && introduced_holder(ix, art, first_position, s + c, &spans[0]))
                n = 1;
        }
        if (n == 0) {
            n = list_before(ix, art, &p, spans);
            respectively = false;
        }
        if (n == 0 && counted_before(art, p.span.start)) {
            int32_t fs = far_list_start(art, first_position, p.span);
            if (fs >= 0)
                n = read_list(ix, art, fs, spans);
            if (fs >= 0 && n == 0)
                n = read_titled_list(art, fs, spans);
            respectively = false;
        }
        if (n == 0)
            continue;
        /* 董事长和总经理分别为张勇和李明: titles joined before this one take one name each, in order;
         * without 分别 a list after joined titles is not divided (skipped) */
        int chain[MAX_MEMBERS];
        int c = 0;
        for (int k = i; k >= 0 && c < MAX_MEMBERS; k = joined_before(art, first_position, n_positions, k))
            chain[c++] = k;
        if (c > 1) {
            if (!respectively || c != n)
                continue;
            for (int m = 0; m < n; m++)
                art->positions.v[chain[c - 1 - m]].person = gx_pp_rule_person(art, spans[m], 0.8f);
            continue;
        }
        for (int m = 0; m < n; m++) {
            int person = gx_pp_rule_person(art, spans[m], 0.8f);
            if (m == 0)
                art->positions.v[i].person = person;
            else
                gx_pp_add_position(art, p.span, person, p.organization);
        }
    }
}
