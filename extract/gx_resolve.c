/* gx_resolve.c — resolution (stage 7 of DESIGN.md): candidates from the gazetteer, the rules
 * and the tagger -> one entity per real-world thing per article, with every mention.
 *
 * 1. Evidence: each candidate gets an effective score from its source's reliability, its
 *    length, and agreement (another source proposing the same span and type). Weak gazetteer
 *    names (ordinary words) survive only with support.
 * 2. Conflicts: candidates are taken greedily by effective score; one that overlaps an already
 *    taken span is dropped (so the longest well-supported reading wins: 国泰君安 over 国泰).
 * 3. Grouping (union-find): same gazetteer thing, same explicit ticker, alias links, same
 *    surface text and type, short names inside a full name of the same entity.
 * 4. Entities: canonical name, aliases, ticker, company_id, mentions; propagation of every
 *    further occurrence of an entity's names; 该公司/公司 coreference; the byline's authors
 *    and outlet; positions and roles; ids e1.. in order of first mention; salience.
 * This file is stage 1 (the weighing itself) and the driver; the checks it calls live in
 * gx_resolve_shape.c (names never an entity), gx_resolve_context.c (weak names in context) and
 * gx_resolve_people.c (person names); gx_resolve_impl.h lists the files of the other stages. The
 * candidate index the rules query is gx_cand_ix.c; the shape checks a tagger proposal must pass,
 * gx_cand_shape.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_cand_shape.h"
#include "gx_entities.h"
#include "gx_keymap.h"
#include "gx_normalize.h"
#include "gx_quantity.h"
#include "gx_resolve_impl.h"
#include "gx_rules_en.h"
#include "gx_tagger.h"
#include "gx_utf8.h"

/* The order of the weighed candidates: eff descending, then candidate index ascending (as
 * the qsort comparator used here before). */
static inline bool work_before(const gx_rs_work *x, const gx_rs_work *y)
{
    return x->eff != y->eff ? x->eff > y->eff : x->cand < y->cand;
}

/* w[0..n) sorted by work_before: a stable bottom-up merge sort with the comparison inline
 * (qsort with a comparator function was ~1.4% of an engine pass). Every eff here is >= 0
 * (drop_discarded), so the order is total up to identical entries and any correct sort gives
 * the same array as the qsort before. tmp: room for n entries. */
static void sort_work(gx_rs_work *w, int n, gx_rs_work *tmp)
{
    /* runs of 8 by insertion, then merges of doubling width between w and tmp */
    for (int a = 0; a < n; a += 8) {
        int e = a + 8 < n ? a + 8 : n;
        for (int i = a + 1; i < e; i++) {
            gx_rs_work x = w[i];
            int j = i;
            while (j > a && work_before(&x, &w[j - 1])) {
                w[j] = w[j - 1];
                j--;
            }
            w[j] = x;
        }
    }
    gx_rs_work *src = w, *dst = tmp;
    for (int width = 8; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = work_before(&src[j], &src[i]) ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        gx_rs_work *t = src;
        src = dst;
        dst = t;
    }
    if (src != w)
        memcpy(w, src, sizeof *w * (size_t)n);
}

static float source_base(const gx_candidate *c)
{
    switch (c->source) {
    case GX_SRC_TICKER:
        return 0.98f;
    case GX_SRC_ALIAS:
        return c->score > 0 ? c->score : 0.9f;
    case GX_SRC_TAGGER:
        return 0.45f + 0.3f * c->score;
    default:
        return c->score > 0 ? c->score : 0.5f;
    }
}

/* ------------------------------------------------------------------ 1. evidence */

/* The occurrence of the credit `name` that holds span s and is longer (中国网|财经: the outlet
 * 中国网财经), as a span; {0, 0} when none. */
static gx_span credit_around(const gx_article *art, const char *name, gx_span s)
{
    uint32_t o[32];
    int n = 0;
    if (!name)
        return (gx_span){0, 0};
    for (const unsigned char *p = (const unsigned char *)name; *p && n < 32;) {
        int len = 0;
        o[n++] = gx_utf8_decode(p, &len);
        p += len > 0 ? len : 1;
    }
    if (n <= s.end - s.start || n >= 32)
        return (gx_span){0, 0};
    for (int32_t b = s.end - n; b <= s.start; b++) {
        if (b < 0 || b + n > art->ncp)
            continue;
        bool eq = true;
        for (int k = 0; k < n && eq; k++)
            eq = art->cp[b + k] == o[k];
        if (eq)
            return (gx_span){b, b + n};
    }
    return (gx_span){0, 0};
}

/* The byline's outlet around span s, else the page title's site when a reporter's paper is the
 * outlet (…_凤凰网财经】 over 长江商报记者…: the portal that carried the story, no company). */
static gx_span outlet_around(const gx_article *art, gx_span s)
{
    gx_span o = credit_around(art, art->outlet, s);
    return o.end > o.start ? o : credit_around(art, art->page_site, s);
}

/* Whether company candidate i (the tagger's or a rule's, no gazetteer name) is one function
 * character glued before a company the article names elsewhere without it (，因|铁牛集团总部 beside
 * 铁牛集团, 经|铜化集团初步审核, 质押解除后|海南华同实业有限公司): the name is the rest. The rest
 * is at least four characters and read as a company at another place, by the gazetteer, a ticker,
 * a rule or a tagger fairly sure of it, where the glued character does not stand before it; the
 * whole is written nowhere else. */
static bool glued_before_named(gx_rs *rs, int i)
{
    gx_article *art = rs->art;
    const gx_candidate *c = &rs->cv[i];
    gx_span rest = {c->span.start + 1, c->span.end};
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) || c->type != GX_ENT_COMPANY || c->lex_id >= 0 ||
        rest.end - rest.start < 4)
        return false;
    /* (a function character: 新|青禾物业 beside 青禾物业 is a company of its own) */
    static const char32_t FUNCTION[] = U"因经后由被向对在从将把与和及让给为兼据于自至跟同比按";
    bool function = false;
    for (int k = 0; FUNCTION[k] && !function; k++)
        function = art->cp[c->span.start] == (uint32_t)FUNCTION[k];
    if (!function)
        return false;
    gx_cand_text_it it;
    for (int j = gx_cand_text_first(&it, &rs->ix, art, c->span, i); j >= 0; j = gx_cand_text_next(&it))
        if (rs->cv[j].span.start != c->span.start && span_text_eq(art, rs->cv[j].span, c->span))
            return false;
    for (int j = gx_cand_text_first(&it, &rs->ix, art, rest, -1); j >= 0; j = gx_cand_text_next(&it)) {
        const gx_candidate *o = &rs->cv[j];
        if (o->type == GX_ENT_COMPANY && o->span.start != rest.start && span_text_eq(art, o->span, rest) &&
            (o->source != GX_SRC_TAGGER || o->score >= 0.5f) &&
            (o->span.start == 0 || art->cp[o->span.start - 1] != art->cp[c->span.start]))
            return true;
    }
    /* (or the tail of a longer company named elsewhere: 按|城投公司 beside 孟津城投公司;
     * twenty-eighth session, edges) */
    int32_t n = rest.end - rest.start;
    for (int j = 0; j < rs->nc; j++) {
        const gx_candidate *o = &rs->cv[j];
        if (o->type == GX_ENT_COMPANY && o->span.end - o->span.start > n &&
            o->span.end != rest.end && (o->source != GX_SRC_TAGGER || o->score >= 0.5f) &&
            gx_span_in_text(art, o->span) &&
            art->cp[o->span.end - n - 1] != art->cp[c->span.start] &&
            !memcmp(art->cp + o->span.end - n, art->cp + rest.start, sizeof(uint32_t) * (size_t)n))
            return true;
    }
    return false;
}

/* Whether s is a whole handle in a run of social-media handles (@A@B@C, or @A @B): '@' right before
 * it, its end at '@', a space, punctuation or the text's end, and another '@' within the two handles
 * around it. */
static bool at_handle_run(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.start < 1 || cp[s.start - 1] != '@')
        return false;
    if (s.end < art->ncp && (gx_is_cjk(cp[s.end]) || gx_is_alnum(cp[s.end])))
        return false;
    if (s.end < art->ncp && cp[s.end] == '@')
        return true;
    for (int32_t k = s.start - 2; k >= 0 && s.start - k <= 16; k--) {
        if (cp[k] == '@')
            return true;
        if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]) && cp[k] != ' ')
            break;
    }
    return false;
}

/* Repairs and retypings of candidate i before it is weighed: the left edge and a region of a
 * tagger's or a rule's span (gx_cand_shape.c), a country with a Latin-named body (a private
 * organization of that country), news outlets (organizations). */
static void repair(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON) {
        gx_shape_trim_left(eng, art, c);
        gx_shape_take_region(eng, art, c);
        if (!same_span(c, &(gx_candidate){.span = rs->ix.key[i]}))
            gx_cand_ix_moved(&rs->ix, i);
    }
    if (c->source == GX_SRC_TAGGER && gx_shape_bank_short_tail(eng, art, c))
        gx_cand_ix_moved(&rs->ix, i);
    if (c->source == GX_SRC_TAGGER && gx_shape_trim_address(eng, art, c))
        gx_cand_ix_moved(&rs->ix, i);
    if (c->source == GX_SRC_TAGGER && gx_shape_trim_verb(eng, art, c))
        gx_cand_ix_moved(&rs->ix, i);
    /* weibo markup and a clause's copula at a name's edge (#钱旺#集团, ，系|佳联易购…有限公司) */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type != GX_ENT_PERSON &&
        (gx_shape_cut_hashtag(art, c) | gx_shape_trim_copula(art, c) | gx_shape_trim_list_number(art, c)))
        gx_cand_ix_moved(&rs->ix, i);
    /* the tagger's X公司 where the article names X alone as a company elsewhere (星瀚链公司 beside
     * 星瀚链是什么): 公司 is the generic word after the name, which is X (twentieth session, edge34) */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - c->span.start >= 4 &&
        art->cp[c->span.end - 2] == 0x516C /* 公 */ && art->cp[c->span.end - 1] == 0x53F8 /* 司 */ &&
        gx_is_cjk(art->cp[c->span.end - 3])) {
        gx_span x = {c->span.start, c->span.end - 2};
        gx_cand_text_it it;
        for (int j = gx_cand_text_first(&it, &rs->ix, art, x, -1); j >= 0; j = gx_cand_text_next(&it)) {
            const gx_candidate *o = &rs->cv[j];
            if (o->type == GX_ENT_COMPANY && (o->source == GX_SRC_RULE || o->source == GX_SRC_TAGGER) &&
                o->span.start != c->span.start && span_text_eq(art, o->span, x) &&
                !(o->span.end + 2 <= art->ncp && art->cp[o->span.end] == 0x516C && art->cp[o->span.end + 1] == 0x53F8)) {
                c->span = x;
                gx_cand_ix_moved(&rs->ix, i);
                break;
            }
        }
    }
    if (c->source == GX_SRC_RULE && gx_shape_take_region(eng, art, c))
        gx_cand_ix_moved(&rs->ix, i);
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) &&
        gx_shape_whole_region(eng, art, &rs->ix, c))
        gx_cand_ix_moved(&rs->ix, i);
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && gx_shape_region_before_latin(eng, art, c))
        gx_cand_ix_moved(&rs->ix, i);
    /* a person and a verb glued before a firm (巴菲特投资|运通公司, 孙正义入股|某科技公司) are the
     * sentence's subject and verb, no part of the firm's name */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY) {
        const char32_t *const *const VERBS = gx_lexicon_words(rs->eng->lexicon, GX_WL_REPAIR_VERB);
        int *qb = rs->qb;
        int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &rs->cv[qb[q]];
            if (o->type != GX_ENT_PERSON || o->span.start != c->span.start || o->span.end >= c->span.end)
                continue;
            int32_t v = gx_word_at(art, o->span.end, VERBS);
            if (v > 0 && c->span.end - (o->span.end + v) >= 2) {
                c->span.start = o->span.end + v;
                gx_cand_ix_moved(&rs->ix, i);
                break;
            }
        }
        /* ... and a person the article names after a firm word is the firm's manager
         * (云溪基金|阳勇管理的, 阳勇 a person elsewhere) */
        static const char32_t *const FIRM_END[] = {U"基金", U"投资", U"资产", U"资管", NULL};
        for (int32_t k = c->span.end - 3; k <= c->span.end - 2 && k - c->span.start >= 2; k++) {
            bool firm = gx_word_ending(art->cp, c->span.start, k, FIRM_END) > 0;
            for (int n = 2; n <= 4 && !firm && k - n >= c->span.start; n++)
                firm = gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + k - n, n);
            bool person = false;
            for (int j = 0; j < rs->nc && firm && !person; j++)
                person = rs->cv[j].type == GX_ENT_PERSON && span_text_eq(art, rs->cv[j].span, (gx_span){k, c->span.end});
            if (person) {
                c->span.end = k;
                gx_cand_ix_moved(&rs->ix, i);
                break;
            }
        }
    }
    /* a firm's name and the first character of a verb after it (金诺信|通|过集中竞价交易增持): the
     * tagger read 通 into the name; the name without it is a reading elsewhere in the article
     * (一致行动人|金诺信|合计持有) and the verb a stop word */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - c->span.start >= 4 &&
        c->span.end < art->ncp && gx_is_cjk(art->cp[c->span.end - 1]) &&
        gx_lex_word_at(eng->lexicon, GX_LEX_LEFT_STOP, art, c->span.end - 1) >= 2) {
        gx_span shorter = {c->span.start, c->span.end - 1};
        gx_cand_text_it it;
        for (int j = gx_cand_text_first(&it, &rs->ix, art, shorter, i); j >= 0; j = gx_cand_text_next(&it)) {
            const gx_candidate *o = &rs->cv[j];
            if (o->span.start != shorter.start && span_text_eq(art, o->span, shorter) &&
                (o->type == GX_ENT_COMPANY || o->type == GX_ENT_PERSON)) {
                c->span.end--;
                gx_cand_ix_moved(&rs->ix, i);
                break;
            }
        }
    }
    /* a firm named by its tie to another (蚌埠市置信物业|合营公司, 鼎盛财富|关联公司): the tie is no
     * part of the name (seventeenth session, comp25) */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        c->span.end - c->span.start >= 6) {
        static const char32_t *const TIES[] = {U"合营公司", U"联营公司", U"关联公司", NULL};
        if (gx_word_at(art, c->span.end - 4, TIES) == 4) {
            c->span.end -= 4;
            gx_cand_ix_moved(&rs->ix, i);
        }
    }
    const char32_t *const *const FIRM_WORDS =
        gx_lexicon_words(rs->eng->lexicon, GX_WL_REPAIR_FIRM_WORD);
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - c->span.start >= 5 &&
        gx_shape_department_word(art, c->span) &&
        gx_word_at(art, c->span.end - 3, FIRM_WORDS) == 2) {
        c->span.end--;
        gx_cand_ix_moved(&rs->ix, i);
    }
    /* a Latin name and a bare 公司 the tagger reads as one (这也是|GOQii公司在…): 公司 is no part of
     * the name where a rule reads the Latin name alone there (Grabat公司 is the company Grabat), so
     * that the name's other mentions (品牌GOQii) join it */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - c->span.start >= 4 &&
        art->cp[c->span.end - 2] == 0x516C && art->cp[c->span.end - 1] == 0x53F8 /* 公司 */ &&
        gx_is_alnum(art->cp[c->span.end - 3])) {
        int *qb = rs->qb;
        int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &rs->cv[qb[q]];
            if (o->source == GX_SRC_RULE && o->type == GX_ENT_COMPANY && o->span.start == c->span.start &&
                o->span.end == c->span.end - 2) {
                c->span.end -= 2;
                gx_cand_ix_moved(&rs->ix, i);
                break;
            }
        }
    }
    /* honorifics read into a person's name (丹斯里|林梧桐, 拿督斯里|张三丰: cues.tsv honorific before
     * the name; Sir and Lord after it: 李国宝|爵士, 卡林顿|勋爵): the name without them */
    if (c->type == GX_ENT_PERSON && (c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) &&
        c->span.end - c->span.start >= 4 && gx_is_cjk(art->cp[c->span.start])) {
        static const char32_t *const AFTER_NAME[] = {U"爵士", U"勋爵", NULL};
        int32_t s = c->span.start, l;
        while (s < c->span.end && (l = gx_lex_word_at(eng->lexicon, GX_LEX_HONORIFIC, art, s)) > 0 && c->span.end - (s + l) >= 2)
            s += l;
        int32_t e = c->span.end;
        if (e - s >= 4 && gx_word_at(art, e - 2, AFTER_NAME) == 2)
            e -= 2;
        if (s != c->span.start || e != c->span.end) {
            c->span.start = s;
            c->span.end = e;
            gx_cand_ix_moved(&rs->ix, i);
        }
    }
    /* a sentence's words before a place-led legal name, a Latin legal form's dot, a legal form
     * after a cut name (edges) */
    bool edge = gx_rs_edge_legal_tail(rs, i);
    edge |= gx_rs_edge_left_glue(rs, i);
    edge |= gx_rs_edge_latin_dot(rs, i);
    edge |= gx_rs_edge_word_tail(rs, i);
    edge |= gx_rs_edge_kind_before_named(rs, i);
    edge |= gx_rs_edge_cut_before_rest(rs, i);
    edge |= gx_rs_edge_org_suffix(rs, i);
    edge |= gx_rs_edge_inside_place(rs, i);
    edge |= gx_rs_edge_cuts_word(rs, i);
    if (edge)
        gx_cand_ix_moved(&rs->ix, i);
    if (glued_before_named(rs, i)) {
        c->span.start++;
        gx_cand_ix_moved(&rs->ix, i);
    }
    /* a country and a Latin-named body (美国|LISI投资委员会) is a private organization of that
     * country, not a government body */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_GOVERNMENT)
        for (int32_t k = c->span.start + 1; k + 1 < c->span.end && k - c->span.start <= 4; k++)
            if (gx_is_alnum(art->cp[k]) && !gx_is_digit(art->cp[k]) && gx_is_cjk(art->cp[c->span.end - 1]) &&
                gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, k - c->span.start)) {
                c->type = GX_ENT_ORGANIZATION;
                break;
            }
    /* a branch of a government body (人民银行|深圳分行, 日本银行|大阪分行: a central bank's) is a
     * government body, not a bank's branch */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY &&
        gx_rs_is_branch_name(art, c->span)) {
        int *qb = rs->qb;
        int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &rs->cv[qb[q]];
            if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_GOVERNMENT && o->span.start == c->span.start &&
                o->span.end + 2 < c->span.end) {
                c->type = GX_ENT_GOVERNMENT;
                break;
            }
        }
    }
    /* a political party is an organization, not a state body (民主党, 英国保守党); China's ruling
     * party (中国共产党, 共产党) stays with the state bodies it directs */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_GOVERNMENT &&
        c->span.end - c->span.start >= 2 && art->cp[c->span.end - 1] == 0x515A /* 党 */ &&
        !(c->span.end - c->span.start >= 3 && art->cp[c->span.end - 3] == 0x5171 && art->cp[c->span.end - 2] == 0x4EA7 /* 共产 */))
        c->type = GX_ENT_ORGANIZATION;
    /* a company read inside the byline's outlet (中国网|财经8月27日讯) is the outlet; so is a known
     * portal's name there (凤凰网|港股: the portal's channel writes the piece, comp18) */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE || c->source == GX_SRC_GAZETTEER) &&
        c->type == GX_ENT_COMPANY) {
        gx_span o = outlet_around(art, c->span);
        /* (a known name inside an outlet that is itself read as a company stays: 汇丰|晋信) */
        if (o.end > o.start && c->source == GX_SRC_GAZETTEER) {
            int nq = gx_cand_ix_starting(&rs->ix, o.start, o.start + 1, rs->qb);
            for (int q = 0; q < nq; q++)
                if (rs->cv[rs->qb[q]].type == GX_ENT_COMPANY && rs->cv[rs->qb[q]].span.end == o.end)
                    o = (gx_span){0, 0};
        }
        if (o.end > o.start) {
            c->span = o;
            c->type = GX_ENT_ORGANIZATION;
            c->lex_id = -1; /* (the outlet, no longer the known company: 东方能源|官网) */
            memset(&c->ticker, 0, sizeof c->ticker);
            c->canonical = NULL;
            gx_cand_ix_moved(&rs->ix, i);
        }
    }
    /* a tagger company right before a broadcaster's word is the broadcaster (福克斯|新闻台的主播) */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && gx_rs_outlet_word_after(art, c->span.end) > 0) {
        c->span.end += gx_rs_outlet_word_after(art, c->span.end);
        c->type = GX_ENT_ORGANIZATION;
        gx_cand_ix_moved(&rs->ix, i);
    }
    /* a news site's account called out in a run of handles (…@央视新闻@人民网@杭州检察): the outlet
     * asked to report, an organization, not the company behind the site (comp67) */
    if (c->type == GX_ENT_COMPANY && at_handle_run(art, c->span) && art->cp[c->span.end - 1] == 0x7F51 /* 网 */ &&
        c->span.end - c->span.start >= 3) {
        c->type = GX_ENT_ORGANIZATION;
        c->lex_id = -1;
        memset(&c->ticker, 0, sizeof c->ticker);
        c->canonical = NULL;
        gx_cand_ix_moved(&rs->ix, i);
    }
    /* a newspaper, broadcaster or news site is an organization (中国基金报, 福克斯新闻) */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY && gx_rs_is_outlet(art, c->span))
        c->type = GX_ENT_ORGANIZATION;
}

/* Whether gazetteer candidate i lies inside a longer gazetteer name of its type that is no
 * ordinary word (保监会 in 银保监会): the written name is the longer one, and another source
 * reading the inner one (the tagger's 保监会) is no evidence for it. */
static bool inside_longer_name(gx_rs *rs, int i)
{
    const gx_candidate *c = &rs->cv[i];
    int32_t lo = c->span.start > 16 ? c->span.start - 16 : 0;
    int nq = gx_cand_ix_starting(&rs->ix, lo, c->span.start + 1, rs->qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &rs->cv[rs->qb[q]];
        if (o->source != GX_SRC_GAZETTEER || o->type != c->type || o->lex_id < 0 ||
            o->span.end < c->span.end || o->span.end - o->span.start <= c->span.end - c->span.start)
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(rs->eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK))
            return true;
    }
    return false;
}

/* The gazetteer entry of the full legal name that span s writes with a portal's inline stock
 * quote inside it (安徽新华传媒(5.250,0.15,2.94%)股份有限公司 -> 安徽新华传媒股份有限公司), or -1
 * when s holds no quote or the joined name is not a known full name. */
static int32_t quote_cut_full_name(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    if (s.end - s.start < 8 || art->cp[s.end - 1] != 0x53F8 /* 司 */)
        return -1;
    for (int32_t k = s.start + 2; k < s.end - 2; k++) {
        if (art->cp[k] != '(')
            continue;
        int32_t q = gx_stock_quote_end(art, k);
        if (q <= k || q >= s.end)
            return -1;
        int32_t n = (k - s.start) + (s.end - q);
        if (n > 40)
            return -1;
        uint32_t buf[40];
        memcpy(buf, art->cp + s.start, sizeof(uint32_t) * (size_t)(k - s.start));
        memcpy(buf + (k - s.start), art->cp + q, sizeof(uint32_t) * (size_t)(s.end - q));
        int32_t id = gx_lexicon_find(lex, GX_LEX_COMPANY, buf, n);
        const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(lex, id) : NULL;
        return en && (en->flags & GX_LEXF_FULL) ? id : -1;
    }
    return -1;
}

/* The gazetteer entry of a known company whose name a portal's inline stock quote cuts after the
 * short name it matched (原标题：新世界(11.180,-0.16,-1.41%)发展: 新世界 is an A share, 新世界发展 the
 * Hong Kong company the story is about): the short name joined with the one to six Han characters
 * after the quote, the longest the gazetteer knows as another company; -1 when there is none. */
static int32_t quote_cut_short_name(const gx_lexicon *lex, const gx_article *art, const gx_candidate *c)
{
    int32_t len = c->span.end - c->span.start;
    int32_t q = gx_stock_quote_end(art, c->span.end);
    if (q <= c->span.end || len > 12 || q >= art->ncp || !gx_is_cjk(art->cp[q]))
        return -1;
    const gx_lex_entry *own = gx_lexicon_entry(lex, c->lex_id);
    uint32_t buf[18];
    memcpy(buf, art->cp + c->span.start, sizeof(uint32_t) * (size_t)len);
    int32_t best = -1;
    for (int32_t n = 1; n <= 6 && q + n <= art->ncp && gx_is_cjk(art->cp[q + n - 1]); n++) {
        buf[len + n - 1] = art->cp[q + n - 1];
        int32_t id = gx_lexicon_find(lex, GX_LEX_COMPANY, buf, len + n);
        const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(lex, id) : NULL;
        if (en && own && en->thing != own->thing && !(en->flags & GX_LEXF_WEAK))
            best = id;
    }
    return best;
}

/* The evidence for candidate i from its source, its length and agreement (*agree = how many other
 * sources propose the same span and type); a listed company's short name with its share class
 * and a place + short name + legal form link to their gazetteer company. */
static float support(gx_rs *rs, int i, int *agree_out)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    gx_candidate *c = &rs->cv[i];
    float eff = source_base(c);
    int agree = 0;
    int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
    for (int q = 0; q < nq; q++) {
        int j = qb[q];
        if (j != i && cv[j].source != c->source && same_span(&cv[j], c) && cv[j].type == c->type)
            agree++;
    }
    if (agree && c->source == GX_SRC_GAZETTEER && inside_longer_name(rs, i))
        agree = 0;
    eff += 0.1f * (float)(agree > 2 ? 2 : agree);
    int32_t len = c->span.end - c->span.start;
    if (c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_COMPANY && c->lex_id >= 0 && eng->lexicon) {
        int32_t whole = quote_cut_short_name(eng->lexicon, art, c);
        const gx_lex_entry *we = whole >= 0 ? gx_lexicon_entry(eng->lexicon, whole) : NULL;
        if (we && we->thing >= 0) {
            const gx_lex_thing *t = gx_lexicon_thing(eng->lexicon, we->thing);
            c->lex_id = whole;
            c->ticker = t->ticker;
            c->canonical = t->name;
        }
    }
    eff += 0.01f * (float)(len > 10 ? 10 : len);
    /* a listed company's short name with its share class (万科A, 深康佳B) is that company */
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        eng->lexicon && len >= 3 && (art->cp[c->span.end - 1] == 'A' || art->cp[c->span.end - 1] == 'B') &&
        gx_is_cjk(art->cp[c->span.end - 2])) {
        int32_t id = gx_lexicon_find(eng->lexicon, GX_LEX_COMPANY, art->cp + c->span.start, len - 1);
        if (id >= 0) {
            c->lex_id = id;
            eff += 0.2f;
        }
    }
    /* a rule-found legal name made of a place, a listed company's short name and a legal form
     * (宁夏|青龙管业|股份有限公司): that company's full name, even when the gazetteer knows
     * another (renamed) one; it wins over the short name inside it and links to its thing */
    if (c->source == GX_SRC_RULE && c->type == GX_ENT_COMPANY && c->lex_id < 0 && eng->lexicon) {
        /* a legal name a portal's inline quote cuts (安徽新华传媒(5.250,…)股份有限公司) is first
         * looked up whole, the quote left out: a full name the gazetteer knows is that company,
         * whatever short name the portal matched inside it (新华传媒 is another company) */
        int32_t whole = quote_cut_full_name(eng->lexicon, art, c->span);
        if (whole >= 0) {
            c->lex_id = whole;
            eff += 0.15f;
            *agree_out = agree;
            return eff;
        }
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.end, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 ||
                o->span.end > c->span.end || o->span.end - o->span.start < 2 ||
                (o->span.end == c->span.end && o->span.start == c->span.start))
                continue;
            if (o->span.end - o->span.start < 3 && o->span.end != c->span.end)
                continue;
            bool place = o->span.start == c->span.start ||
                         gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, o->span.start - c->span.start);
            /* (or a company word between them before 股份有限公司, the form of a listed company:
             * 北京|华业资本|控股|股份有限公司, 浙江|康恩贝|制药|…; not a financial licence, which may
             * be a subsidiary's: 东方财富|证券|股份有限公司) */
            static const uint32_t SHARE_FORM[] = {0x80A1, 0x4EFD, 0x6709, 0x9650, 0x516C, 0x53F8}; /* 股份有限公司 */
            const char32_t *const *const LICENCE =
                gx_lexicon_words(eng->lexicon, GX_WL_FINANCIAL_LICENCE);
            int32_t mid = c->span.end - 6, wl = mid - o->span.end;
            bool line = place && wl >= 2 && wl <= 4 && !memcmp(art->cp + mid, SHARE_FORM, sizeof SHARE_FORM) &&
                        gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + o->span.end, wl) &&
                        gx_word_at(art, o->span.end, LICENCE) != wl;
            if (place && (line || gx_rs_legal_form_of(art, c->span, (gx_span){c->span.start, o->span.end}))) {
                c->lex_id = o->lex_id;
                eff += 0.15f;
                break;
            }
            /* a place and a known company's name, nothing else (香港|汇丰, 美国|高盛): that
             * company (its unit there); a province or city of China before it names the local
             * firm, a company of its own without the parent's ticker (济南|国美电器), unless a
             * portal's inline quote follows, the listed company itself (北京动力源(5.590,…)) */
            if (o->span.start > c->span.start && o->span.end == c->span.end &&
                gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, o->span.start - c->span.start) &&
                (!gx_lexicon_is_home_region(eng->lexicon, art->cp + c->span.start, o->span.start - c->span.start) ||
                 gx_stock_quote_end(art, c->span.end) > c->span.end ||
                 (o->span.end - o->span.start >= 8 && art->cp[c->span.end - 2] == 0x516C /* 公 */ &&
                  art->cp[c->span.end - 1] == 0x53F8 /* 司 */))) {
                /* (a province before a listed company's whole legal name, 浙江|浙矿重工股份有限公司:
                 * the company itself; a local firm is named by its short name, 济南|国美电器) */
                c->lex_id = o->lex_id;
                eff += 0.15f;
                break;
            }
        }
    }
    *agree_out = agree;
    return eff;
}

/* Whether a rule's or the tagger's reading i has support enough to be weighed further: a name
 * the text repeats gains (*effp); a weak company reading standing alone and a two-character
 * context-rule name the tagger never reads as a name are dropped (false). */
static bool enough_support(gx_rs *rs, int i, int agree, float *effp)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    const gx_candidate *c = &rs->cv[i];
    float eff = *effp;
    /* a name the text repeats is more likely a name */
    if (c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) {
        gx_cand_text_it it;
        for (int j = gx_cand_text_first(&it, &rs->ix, art, c->span, i); j >= 0; j = gx_cand_text_next(&it)) {
            if (!same_span(&cv[j], c) && cv[j].type == c->type && span_text_eq(art, cv[j].span, c->span)) {
                eff += 0.08f;
                break;
            }
        }
        /* standing alone, a weak reading is not enough */
        if (c->type == GX_ENT_COMPANY && !agree && eff < 0.55f)
            return false;
        /* two characters that a context rule alone calls a company or organization (离职|总裁,
         * 虽然, 出现, 万元) need the tagger to read them as one somewhere in the article */
        if (c->source == GX_SRC_RULE && (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION) &&
            c->span.end - c->span.start == 2 && gx_is_cjk(art->cp[c->span.start]) && c->score < 0.7f &&
            rs->tagger_ran) {
            bool read = false;
            for (int j = gx_cand_text_first(&it, &rs->ix, art, c->span, -1); j >= 0 && !read; j = gx_cand_text_next(&it)) {
                const gx_candidate *o = &cv[j];
                read = o->source == GX_SRC_TAGGER && span_text_eq(art, o->span, c->span) &&
                       (o->type == GX_ENT_COMPANY || o->type == GX_ENT_ORGANIZATION || o->type == GX_ENT_GOVERNMENT);
            }
            if (!read)
                return false;
        }
    }
    *effp = eff;
    return true;
}

/* Is candidate c a gazetteer company (no ordinary word) followed by a region word that ends c? */
static bool known_company_and_region(gx_rs *rs, const gx_candidate *c)
{
    int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, rs->qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &rs->cv[rs->qb[q]];
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 ||
            o->span.end >= c->span.end || o->span.end - o->span.start < 2)
            continue;
        const gx_lex_entry *en = gx_lexicon_entry(rs->eng->lexicon, o->lex_id);
        if (!en || (en->flags & GX_LEXF_WEAK))
            continue;
        if (gx_lex_word_at(rs->eng->lexicon, GX_LEX_REGION, rs->art, o->span.end) == c->span.end - o->span.end)
            return true;
    }
    return false;
}

/* Whether a tagger proposal i reads as what it claims (false: drop it): one Latin word as an
 * organisation, a person weighed with the article's evidence, the shape checks of
 * gx_cand_shape.c; the lone last name of a person named in full becomes that person. */
/* Whether candidate i's text stands right after the word for a subsidiary or an affiliate, there
 * or where another candidate reads the same text (及麦克韦尔投资收益 … 参股公司麦克韦尔). */
static bool named_by_tie(gx_rs *rs, int i)
{
    const gx_article *art = rs->art;
    gx_span s = rs->cv[i].span;
    if (gx_shape_after_affiliate(art, s))
        return true;
    /* (no writing of the text after such a word: no candidate of it either) */
    if (!gx_cand_ix_text_somewhere(&rs->ix, art, s, GX_TEXTQ_AFTER_AFFILIATE, gx_shape_after_affiliate))
        return false;
    gx_cand_text_it it;
    for (int j = gx_cand_text_first(&it, &rs->ix, art, s, i); j >= 0; j = gx_cand_text_next(&it)) {
        gx_span o = rs->cv[j].span;
        if (o.start != s.start && span_text_eq(art, o, s) && gx_shape_after_affiliate(art, o))
            return true;
    }
    return false;
}

static bool tagger_reading_ok(gx_rs *rs, int i, int agree)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    int *qb = rs->qb;
    gx_candidate *c = &rs->cv[i];
    /* a known company and a region after it read as a place (山东黄金|香港要约收购) is the
     * company's unit there, a company (fourteenth session, "comp17") */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_LOCATION && known_company_and_region(rs, c))
        c->type = GX_ENT_COMPANY;
    /* a person starting inside a region the text writes whole is a firm's name cut (宁|波海顺 of
     * 宁波海顺：…, an advisory firm's view quoted) (fourteenth session, "comp17") */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_PERSON && !agree && c->span.start > 0 &&
        gx_is_cjk(art->cp[c->span.start - 1]) && gx_lex_word_at(eng->lexicon, GX_LEX_REGION, art, c->span.start - 1) >= 2)
        return false;
    /* one Latin word as an organisation needs a capital and a sure tagger or company
     * evidence; the last name of a person named in full is that person (Kostin) */
    bool last_name = false;
    if (c->source == GX_SRC_TAGGER && (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION)) {
        int l = gx_rs_lone_latin_org(eng, art, c);
        if (l == 0 && gx_rs_latin_full_name_reused(art, c->span))
            l = 1;
        if (l < 0)
            return false;
        if (l > 0) {
            c->type = GX_ENT_PERSON;
            last_name = true;
        }
    }
    /* a kind of stock (白龙马股, 社会公众股) is no company: a tagger company ending in 股 but not
     * 控股 (holdings) */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - c->span.start >= 3 &&
        art->cp[c->span.end - 1] == 0x80A1 /* 股 */ && art->cp[c->span.end - 2] != 0x63A7 /* 控 */)
        return false;
    /* the tail of a name cut by an inline stock quote (浙江康恩贝(…)|制药股份有限公司) */
    if (c->source == GX_SRC_TAGGER && gx_after_stock_quote(art, c->span.start))
        return false;
    /* a company noun before an appositive Latin name (有线电视集团Com Hem, 芯片巨头ARM) is no name */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end + 1 < art->ncp &&
        gx_is_upper(art->cp[c->span.end]) && gx_is_alnum(art->cp[c->span.end + 1]))
        for (int32_t n = 3; n <= 5 && n <= c->span.end - c->span.start; n++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_LIST_NOUN, art->cp + c->span.end - n, n))
                return false;
    /* a listed person named only in a term after them (巴菲特迷: a fan, 菲利普斯曲线) */
    if (c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_PERSON && gx_rs_eponym_only(art, c->span))
        return false;
    /* a family or a country's press, whichever source read it as a person (印媒：…) */
    if (c->type == GX_ENT_PERSON && gx_shape_family_or_press(eng, art, c->span))
        return false;
    /* a surname and a form of address (邓生, 刘博士, 潘总|星), whichever source read it */
    if (c->type == GX_ENT_PERSON && gx_shape_address_form(eng, art, c->span))
        return false;
    /* a clause's last word with its particle, or a name with the pronoun after it (牛逼啊, 郭总您) */
    if (c->type == GX_ENT_PERSON && gx_shape_particle_end(art, c->span))
        return false;
    /* a token or a chain named by a word (蒂克币, 贝尔链): whichever source read it as a person */
    if (c->type == GX_ENT_PERSON && gx_shape_coin_name(art, c->span))
        return false;
    /* a title's holders as a body (律师顾问团), whichever source read it */
    if (c->type == GX_ENT_PERSON && gx_shape_group_noun(eng, art, c->span))
        return false;
    /* a firm named by its tie to another (参股公司麦克韦尔), whichever source read it as a person */
    if (c->type == GX_ENT_PERSON && named_by_tie(rs, i))
        return false;
    /* a platform or a coin written in one Latin token (AirBitClub, SumToken, HuobiPrime) */
    if (c->type == GX_ENT_PERSON && gx_en_camel_product(eng->english, art->cp + c->span.start, c->span.end - c->span.start))
        return false;
    /* a street written in Latin words (Marguerite Drive, Park Avenue) */
    if (c->type == GX_ENT_PERSON && gx_en_street_name(eng->english, art->cp + c->span.start, c->span.end - c->span.start))
        return false;
    /* a news organisation's name of two or more words (San Francisco Chronicle says): no person,
     * whichever source read it (one word may be a last name too: Bloomberg) */
    if (c->type == GX_ENT_PERSON &&
        gx_en_news_name(eng->english, art->cp + c->span.start, c->span.end - c->span.start) &&
        gx_cps_find_either(art->cp, c->span.start, c->span.end, ' ', ' ') < c->span.end)
        return false;
    /* a body that is a verb's object (釜山办|公, 上大学) */
    if (gx_shape_verb_object_body(art, c->type, c->span))
        return false;
    /* a body cut before the rest of a word for a situation (政治局|势) */
    if (gx_shape_situation_word(art, c->type, c->span))
        return false;
    /* a firm's department (华远公司|建设部) */
    if (gx_shape_company_department(art, c->type, c->span))
        return false;
    if (c->source == GX_SRC_TAGGER && !agree && !last_name) {
        /* the shape check weighs the tagger's score with the article's own evidence for a
         * person: a name in a list with a person, or with places */
        gx_candidate judged = *c;
        if (c->type == GX_ENT_PERSON && (judged.score = gx_rs_person_evidence(eng, art, &rs->ix, i, qb)) <= 0.0f)
            return false;
        if (c->type == GX_ENT_PERSON && gx_rs_place_before_speech(eng, art, c->span))
            return false;
        if (!gx_shape_tagger_ok(eng, art, &judged))
            return false;
    }
    return true;
}

/* Evidence from longer names around candidate i (false: drop it): a known company and its desk or
 * a person after it (the gazetteer's company is what is named), the tagger's longer reading
 * around a gazetteer name of the same type (gains, *effp), the tagger cutting a name a rule or
 * the gazetteer saw whole (whole[0..nwhole), distinct texts). */
/* A company the tagger is sure of (中华联合财险 at 0.73-0.87): its unsure reading of the same words
 * cut short elsewhere (中华联|合财险 at 0.39-0.45) is that name. */
static bool sure_tagger_company(const gx_candidate *o)
{
    return o->source == GX_SRC_TAGGER && o->type == GX_ENT_COMPANY && o->score >= 0.7f;
}

/* A tagger company about as sure as a shorter tagger reading of its own first or last characters
 * elsewhere (创富国际 at 0.48 beside 创富国|际品牌升级 at 0.49): where the text goes on into the
 * longer name, the tagger cut it short there (twentieth session, edge34). */
static bool tagger_company_elsewhere(const gx_candidate *o)
{
    return o->source == GX_SRC_TAGGER && o->type == GX_ENT_COMPANY && o->score >= 0.4f;
}

static bool longer_names(gx_rs *rs, const int *whole, int nwhole, int i, float *effp)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    const gx_candidate *c = &rs->cv[i];
    float eff = *effp;
    int nq;
    /* a known company and its department or desk (摩根士丹利|财富管理部, OANDA|亚太交易,
     * 花旗集团|财富管理部) or a person after it (大成基金|徐彦): the gazetteer's company is what
     * is named */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq && eff >= 0; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->span.start != c->span.start ||
                o->span.end >= c->span.end)
                continue;
            if (gx_rs_is_department_part(eng, art, o->span.end, c->span.end))
                eff = -1;
            /* the known company and a conjunction after it (顺威股份及|律师事务所): two things */
            if (o->span.end - o->span.start >= 2 && gx_rs_is_conjunction(art->cp[o->span.end]))
                eff = -1;
            /* a known company and a person's name after it (大成基金|徐彦; not a line of business
             * the rules read: 万达|商业, nor an ordinary word or a place of the tagger's lexicon: 蚂蚁|巴士,
             * the app 蚂蚁巴士 — twenty-fifth session, comp61) */
            int32_t rest = c->span.end - o->span.end;
            if (rest >= 2 && rest <= 3 && gx_lexicon_char_is(eng->lexicon, art->cp[o->span.end], GX_LEX_SURNAME) &&
                !gx_tagger_common_word(eng->tagger, art->cp + o->span.end, rest) &&
                !gx_tagger_place_word(eng->tagger, art->cp + o->span.end, rest) &&
                !gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + o->span.end, rest) &&
                !(c->source == GX_SRC_RULE &&
                  gx_lexicon_is(eng->lexicon, GX_LEX_BUSINESS_LINE, art->cp + o->span.end, rest)))
                eff = -1;
        }
        if (eff < 0)
            return false;
    }
    /* the tagger's longer reading around a gazetteer name of the same type, sharing an edge
     * (印度|国防部, 中国人保财险|北京朝阳支公司): the gazetteer confirms it, the longer wins */
    if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION && c->score >= 0.5f) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.end + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source == GX_SRC_GAZETTEER && o->type == c->type && o->span.start >= c->span.start &&
                o->span.end <= c->span.end && o->span.end - o->span.start < c->span.end - c->span.start) {
                /* sharing an edge, or only a country or region before it (中国|光大银行),
                 * or a branch after it (中国农业银行|亚运村支行) */
                bool region_left = o->span.start > c->span.start &&
                                   gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start,
                                                 o->span.start - c->span.start);
                if (o->span.start == c->span.start || o->span.end == c->span.end || region_left)
                    eff += region_left && o->span.end == c->span.end ? 0.3f : c->score >= 0.9f ? 0.25f : 0.15f;
                if (gx_rs_is_branch_name(art, c->span))
                    eff += 0.15f;
                break;
            }
        }
    }
    /* a rule's or the gazetteer's government body that opens with a body the gazetteer knows and
     * names a part of it (证监会|新疆监管局, 中国证监会|上市公司并购重组审核委员会, 银监会|咨询处,
     * 美国商务部|工业与安全局): the gazetteer confirms its parent, the part is what is named */
    if (((c->source == GX_SRC_RULE && c->score >= 0.9f) || c->source == GX_SRC_GAZETTEER) && c->type == GX_ENT_GOVERNMENT) {
        int parents[8], np = 0; /* (inside_longer_name below reuses rs->qb) */
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq && np < 8; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_GOVERNMENT && o->span.start == c->span.start &&
                o->span.end < c->span.end && o->span.end - o->span.start >= 2)
                parents[np++] = qb[q];
        }
        /* (not a name inside a longer one that starts before it: 中国|银监会办公厅 is 中国银监会's office) */
        for (int q = 0; q < np; q++) {
            const gx_candidate *o = &cv[parents[q]];
            bool inner = false;
            for (int j = 0; j < rs->nc && !inner; j++)
                inner = cv[j].source == GX_SRC_GAZETTEER && cv[j].type == GX_ENT_GOVERNMENT && cv[j].span.start < o->span.start &&
                        cv[j].span.end >= o->span.end;
            if (!inner) {
                eff += 0.25f;
                break;
            }
        }
    }
    /* the tagger cutting a name that a context rule or the gazetteer saw whole, here or
     * anywhere in the article (摩尔 of 摩尔线程 in "壁仞科技、摩尔线程、燧原科技等…独角兽"):
     * when the text at this place continues into that longer name, the longer reading wins */
    if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION) {
        /* (whole holds no suffix-only link, person or position: weigh_candidates left them out;
         * the length test first, the cheapest and the most often false) */
        const int32_t lc = c->span.end - c->span.start;
        const bool company = c->type == GX_ENT_COMPANY;
        for (int q = 0; q < nwhole; q++) {
            const gx_candidate *o = &cv[whole[q]];
            int32_t lo = o->span.end - o->span.start;
            if (lo <= lc ||
                (o->source != GX_SRC_RULE && o->source != GX_SRC_GAZETTEER && o->source != GX_SRC_TICKER &&
                 (!company ||
                  (!(sure_tagger_company(o) && c->score < 0.5f) &&
                   !(tagger_company_elsewhere(o) && o->score >= c->score - 0.05f &&
                     (o->span.end <= c->span.start || o->span.start >= c->span.end))))))
                continue;
            int32_t off = -1; /* where c sits inside o's text, if at all */
            for (int32_t k = 0; k + lc <= lo && off < 0; k++)
                if ((lc == 0 || art->cp[o->span.start + k] == art->cp[c->span.start]) &&
                    !memcmp(art->cp + o->span.start + k, art->cp + c->span.start, sizeof(uint32_t) * (size_t)lc))
                    off = k;
            if (off < 0 || c->span.start - off < 0 || c->span.start - off + lo > art->ncp ||
                memcmp(art->cp + c->span.start - off, art->cp + o->span.start, sizeof(uint32_t) * (size_t)lo))
                continue;
            eff = -1; /* dropped: propagation gives this place the longer name */
            break;
        }
    }
    if (eff < 0)
        return false;
    *effp = eff;
    return true;
}

/* A known bank's name right before one of its cards (申请浦发|信用卡, 招行|借记卡; cues.tsv bank_card): the
 * card word says which company the glued short name is, so the name is not read as part of a longer
 * word (twenty-second session, comp44). The gazetteer's company must be a bank (its name ends in 银行). */
static bool bank_before_card(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const gx_lex_entry *en = c->lex_id >= 0 ? gx_lexicon_entry(eng->lexicon, c->lex_id) : NULL;
    const gx_lex_thing *th = en && en->thing >= 0 ? gx_lexicon_thing(eng->lexicon, en->thing) : NULL;
    if (!th || th->type != GX_ENT_COMPANY)
        return false;
    size_t n = strlen(th->name);
    if (n < 6 || strcmp(th->name + n - 6, "银行"))
        return false;
    for (int w = 2; w <= 4 && c->span.end + w <= art->ncp; w++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_BANK_CARD, art->cp + c->span.end, w))
            return true;
    return false;
}

/* Is the thing candidate i names (c) also named strongly by another candidate of the article? */
static bool named_strongly_elsewhere(const gx_engine *eng, const gx_keymap *strong, int i, const gx_candidate *c)
{
    int32_t th = thing_of(eng, c);
    if (th < 0)
        return false;
    uint32_t h = gx_keymap_slot(strong, th);
    return (strong->first[h] >= 0 && strong->first[h] != i) || strong->second[h] >= 0;
}

/* Does the article give the thing weak candidate c names its own code under the same words
 * (coded: explicit-ticker candidates by thing)? 全新好(SZ 000007,收盘价:9.38元) … 全新好的主营业务:
 * the words name the listed company wherever the article writes them; another alias of the thing
 * (TAL inside 好未来(TAL.US)) is not supported by it. */
static bool named_with_code(const gx_rs *rs, const gx_keymap *coded, const gx_candidate *c)
{
    int32_t th = thing_of(rs->eng, c);
    if (th < 0)
        return false;
    uint32_t h = gx_keymap_slot(coded, th);
    int js[2] = {coded->first[h], coded->second[h]};
    for (int k = 0; k < 2; k++)
        if (js[k] >= 0 && span_text_eq(rs->art, rs->cv[js[k]].span, c->span))
            return true;
    return false;
}

/* Whether c is a gazetteer company read by a short name of the list, not a legal name (GX_LEXF_FULL)
 * nor a Latin one: the checks below ask how such a name stands in the text. */
static bool known_by_short_name(const gx_rs *rs, const gx_candidate *c)
{
    return c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_COMPANY && c->lex_id >= 0 && rs->eng->lexicon &&
           !(gx_lexicon_entry(rs->eng->lexicon, c->lex_id)->flags & (GX_LEXF_FULL | GX_LEXF_LATIN));
}

/* A short gazetteer company name (two or three characters, not a legal or Latin name) that opens a
 * longer word the text sets off as one unit: a few more characters glued after it, then a closing
 * quote or bracket (「中金影视」) or an opening bracket (中金控(zjk…)); the unit is another firm
 * the known name only begins, and no rule read it as that company (中金|公司, 人保|健康 are the
 * rules' and the legal forms'). */
static bool prefix_of_unit(gx_rs *rs, const gx_candidate *c)
{
    const gx_engine *eng = rs->eng;
    const gx_article *art = rs->art;
    const uint32_t *cp = art->cp;
    if (!known_by_short_name(rs, c) || c->span.end - c->span.start > 3 || c->span.end >= art->ncp ||
        !gx_is_cjk(cp[c->span.end]) ||
        gx_lexicon_char_is(eng->lexicon, cp[c->span.end], GX_LEX_NOT_GIVEN) ||
        gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + c->span.end, art->ncp - c->span.end, 1) ||
        gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_BUSINESS_LINE, cp + c->span.end, art->ncp - c->span.end, 1) ||
        gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_GENERIC_BODY, cp + c->span.end, art->ncp - c->span.end, 1) ||
        gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_LEFT_STOP, cp + c->span.end, art->ncp - c->span.end, 2))
        return false;
    int32_t k = c->span.end;
    while (k < art->ncp && k - c->span.end < 4 && gx_is_cjk(cp[k]))
        k++;
    if (k == c->span.end || k >= art->ncp)
        return false;
    uint32_t x = cp[k];
    /* (a quoted unit of two more characters or more: one character is a morpheme of the known
     * name's, “阿里系”, “茅台酒”) */
    bool closed = (x == 0x300D /* 」 */ || x == 0x300F /* 』 */ || x == 0x201D /* ” */ || x == 0x300B /* 》 */ ||
                   x == 0x3011 /* 】 */ || x == '"') &&
                  k - c->span.end >= 2;
    /* (an opening bracket right after holding no Chinese and no ticker: the unit's address or Latin
     * name, 中金控(zjk.…); not 软银海外(领投), nor a code the ticker rule reads) */
    bool glossed = x == '(' && !(k + 1 < art->ncp && gx_is_digit(cp[k + 1]));
    for (int32_t q = k + 1; glossed && q < art->ncp && cp[q] != ')'; q++)
        glossed = q - k < 60 && !gx_is_cjk(cp[q]) && cp[q] != '\n';
    if (!closed && !glossed)
        return false;
    /* (what follows the name runs on to the closer: not a word that ends names, 中金|的», unless a
     * character a name may end on opens the unit, 中金|控(…), where no verb can stand) */
    if (gx_shape_glued_right(eng, art, c->span.end) == 0 && k - c->span.end > 1)
        return false;
    /* (a closing quote needs its opening one right before the name: the unit is the quoted words) */
    if (closed && (c->span.start == 0 || gx_is_cjk(cp[c->span.start - 1]) || gx_is_alnum(cp[c->span.start - 1])))
        return false;
    return true;
}

/* A short gazetteer company name (two or three characters, not a legal or Latin name) whose last
 * character opens a company suffix word of two characters or more that runs on past it: the text's
 * name is cut through that word (坑死啦|中金控的信息: 中|金控, a financial holding platform, not
 * 中金; 长安信托 holds 安信|托), and the firm is the one the suffix word ends (twenty-fourth
 * session, comp53); not where the suffix word's last character opens an ordinary word of the
 * tagger's lexicon with the next one (汇控|股价); nor without the tagger, which tells those words). */
static bool cut_inside_suffix(const gx_rs *rs, const gx_candidate *c)
{
    const gx_engine *eng = rs->eng;
    const gx_article *art = rs->art;
    if (!known_by_short_name(rs, c) || !eng->tagger || c->span.end - c->span.start > 3 || c->span.end - c->span.start < 2 ||
        c->span.end >= art->ncp || !gx_is_cjk(art->cp[c->span.end]))
        return false;
    uint32_t mask = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + c->span.end - 1,
                                           art->ncp - c->span.end + 1, 2);
    if (!mask)
        return false;
    /* (not where the suffix word's last character opens an ordinary word with the next one: 汇控|股价
     * is the known name before 股价, no 控股) */
    int32_t e = c->span.end - 1 + 2 + __builtin_ctz(mask);
    return !(e < art->ncp && gx_tagger_common_word(eng->tagger, art->cp + e - 1, 2));
}

/* A short Chinese gazetteer company glued after a word of three or more capitals (UXEL|优信, a
 * trading platform, not 优信 the listed used-car firm): the text names another firm than the listed
 * one. Not after a share mark ending in ST (*ST, SST: the stock's prefix).
 * (twenty-fifth session, comp60) */
static bool after_latin_word(const gx_rs *rs, const gx_candidate *c)
{
    const gx_article *art = rs->art;
    if (!known_by_short_name(rs, c) || !gx_is_cjk(art->cp[c->span.start]))
        return false;
    int32_t k = c->span.start;
    while (k > 0 && gx_is_upper(art->cp[k - 1]) && c->span.start - k < 16)
        k--;
    if (c->span.start - k < 3 || (k > 0 && gx_is_alnum(art->cp[k - 1])))
        return false;
    return !(art->cp[c->span.start - 2] == 'S' && art->cp[c->span.start - 1] == 'T');
}

/* Whether the short name at s is written across ordinary words (完美|银联 holds 美银, 东西|上海 西上海):
 * the character before it and its first make a word of the tagger's lexicon (a common word or a place:
 * jieba's classes w and l, 完美, 东西), and either its last and the character after it make another
 * (银联), or the rest after its first character is a place of that lexicon (上海; not a common word:
 * 尾盘|中石油 is no 盘中|石油); not when the two characters before it make a word themselves (the text
 * segments before the name). */
static bool lexicon_word(const gx_engine *eng, const uint32_t *w, int n)
{
    return gx_tagger_common_word(eng->tagger, w, n) || gx_tagger_place_word(eng->tagger, w, n);
}

static bool straddles_words(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (!eng->tagger || s.start < 1 || s.end >= art->ncp || !gx_is_cjk(cp[s.start - 1]) || !gx_is_cjk(cp[s.end]))
        return false;
    if (!lexicon_word(eng, cp + s.start - 1, 2))
        return false;
    /* (the two characters before it making a word leave the name whole: 尾盘|中石油, not 盘中) */
    if (s.start >= 2 && gx_is_cjk(cp[s.start - 2]) && lexicon_word(eng, cp + s.start - 2, 2))
        return false;
    return lexicon_word(eng, cp + s.end - 1, 2) || (len >= 3 && gx_tagger_place_word(eng->tagger, cp + s.start + 1, len - 1));
}

/* Support for a gazetteer name i (false: drop it): a short name opening or closing a longer
 * name, inside a longer name of another type, glued inside running text; a weak name (an
 * ordinary word too) needs the same thing named strongly elsewhere (strong) or under the same
 * words before its own code (coded), agreement or a company context. */
static bool gazetteer_checks(gx_rs *rs, const gx_keymap *strong, const gx_keymap *coded, int i, int agree, float *effp)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    const gx_candidate *c = &rs->cv[i];
    float eff = *effp;
    int nq;
    bool weak = false, across = false;
    if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && eng->lexicon) {
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, c->lex_id);
        weak = e && (e->flags & GX_LEXF_WEAK);
        /* a short gazetteer name opening a longer company name that a rule or the tagger
         * found (中芯 in 中芯聚源, 格力 in 格力创投): the longer reading wins */
        if (e && !(e->flags & GX_LEXF_FULL) && c->type == GX_ENT_COMPANY) {
            /* (its country or region may open the longer name: 中国|光大银行(…)股份有限公司) */
            nq = gx_cand_ix_starting(&rs->ix, c->span.start - 4 < 0 ? 0 : c->span.start - 4, c->span.start + 1, qb);
            for (int q = 0; q < nq; q++) {
                gx_candidate *o = &cv[qb[q]];
                bool region_first = o->span.start < c->span.start &&
                                    gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + o->span.start, c->span.start - o->span.start);
                /* (or a home region opens a limited company's legal name built on it, more words
                 * between: 长沙|新华联|铜官窑开发|有限公司 is the local firm, comp29) */
                bool opens = o->span.start == c->span.start ||
                             (region_first && gx_stock_quote_end(art, c->span.end) > c->span.end) ||
                             (region_first && o->span.end - c->span.end >= 6 &&
                              gx_lexicon_is_home_region(eng->lexicon, art->cp + o->span.start, c->span.start - o->span.start) &&
                              gx_rs_not_joint_stock(art, o->span));
                if ((o->source == GX_SRC_RULE || o->source == GX_SRC_TAGGER) && o->type == GX_ENT_COMPANY &&
                    opens && o->span.end >= c->span.end &&
                    o->span.end - o->span.start > c->span.end - c->span.start && source_base(o) >= 0.55f &&
                    (gx_stock_quote_end(art, c->span.end) > c->span.end
                         ? gx_rs_legal_form_of(art, (gx_span){o->span.start, gx_rs_legal_name_end(art, o->span)},
                                               (gx_span){o->span.start, c->span.end})
                         : !gx_rs_legal_form_of(art, o->span, c->span)) &&
                    !gx_rs_is_conjunction(art->cp[c->span.end])) {
                    /* (over a stock quote only its legal name wins: 国信证券(…)股份有限公司, not
                     * 好想你(…)健康食品股份有限公司, a full name the gazetteer does not know) */
                    eff -= 0.3f;
                    break;
                }
            }
            /* ... or closing an enumerated name that a place and more words open (浙江兰溪|汇丰
             * in X、Y、浙江兰溪汇丰等交易平台): a local namesake, not the company; a place alone
             * before it (香港|汇丰) still names the company */
            nq = gx_cand_ix_starting(&rs->ix, c->span.start - 12 < 0 ? 0 : c->span.start - 12, c->span.start, qb);
            for (int q = 0; q < nq; q++) {
                gx_candidate *o = &cv[qb[q]];
                if (o->source != GX_SRC_RULE || o->type != GX_ENT_COMPANY || o->span.end != c->span.end ||
                    o->span.start >= c->span.start || o->link == GX_LINK_SUFFIX_ONLY)
                    continue;
                uint32_t r = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_REGION, art->cp + o->span.start,
                                                    c->span.start - o->span.start, 2);
                bool list_item = (o->span.start > 0 && art->cp[o->span.start - 1] == 0x3001) ||
                                 (c->span.end < art->ncp && art->cp[c->span.end] == 0x3001);
                /* a region opens it and more than the region stands before the name */
                if (r && list_item && !(r & (1u << (c->span.start - o->span.start - 2)))) {
                    eff -= 0.3f;
                    break;
                }
                /* a province or city of China alone before it (济南|国美电器, no quote after):
                 * the local firm, a company of its own (the regional firm rule's) */
                if (gx_lexicon_is_home_region(eng->lexicon, art->cp + o->span.start, c->span.start - o->span.start) &&
                    gx_stock_quote_end(art, c->span.end) <= c->span.end &&
                    (c->span.end == art->ncp || !gx_is_cjk(art->cp[c->span.end]) ||
                     gx_lexicon_char_is(eng->lexicon, art->cp[c->span.end], GX_LEX_RIGHT_OK))) {
                    eff -= 0.3f;
                    break;
                }
            }
        }
    }
    /* a short gazetteer name inside a longer name of another type that the tagger is fairly
     * sure of (京东 in 北京东三环, 中国银行 in 中国银行业监督管理委员会) is part of that name */
    if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && !(gx_lexicon_entry(eng->lexicon, c->lex_id)->flags & GX_LEXF_FULL)) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start - rs->ix.maxlen, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source == GX_SRC_TAGGER && o->type != c->type && o->type != GX_ENT_POSITION && o->score >= 0.6f &&
                o->span.start <= c->span.start && o->span.end >= c->span.end &&
                o->span.end - o->span.start > c->span.end - c->span.start) {
                eff -= 0.3f;
                break;
            }
        }
    }
    /* a doubled name closing a word of two doubled characters (点点|滴滴, 方方|面面) is that word's
     * second half */
    if (c->source == GX_SRC_GAZETTEER && c->span.end - c->span.start == 2 && c->span.start >= 2 &&
        art->cp[c->span.start] == art->cp[c->span.start + 1] && art->cp[c->span.start - 2] == art->cp[c->span.start - 1] &&
        gx_is_cjk(art->cp[c->span.start - 1]))
        return false;
    if (prefix_of_unit(rs, c) || cut_inside_suffix(rs, c))
        return false;
    /* a short company name glued inside running text that the tagger did not read as any
     * organization (金融创新 holds 融创, 三星堆 三星, “奔驰石” 奔驰): both sides glued, it is
     * part of another word; one side glued, it needs support like a weak name */
    if (c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_COMPANY && (rs->tagger_ran || eng->tagger) && c->lex_id >= 0 &&
        !(gx_lexicon_entry(eng->lexicon, c->lex_id)->flags & (GX_LEXF_FULL | GX_LEXF_LATIN)) &&
        c->span.end - c->span.start <= 3) {
        bool seen = false;
        nq = gx_cand_ix_starting(&rs->ix, c->span.start - rs->ix.maxlen, c->span.end, qb);
        for (int q = 0; q < nq && !seen; q++) {
            int j = qb[q];
            if (cv[j].source != GX_SRC_TAGGER || cv[j].type == GX_ENT_PERSON || cv[j].type == GX_ENT_POSITION ||
                cv[j].type == GX_ENT_LOCATION || cv[j].span.start >= c->span.end || c->span.start >= cv[j].span.end)
                continue;
            /* (a tagger name that crosses one edge of it, 东西|上海前隆 over 西上海, 完美|银联 over 美银,
             * reads the text across the name: no support) */
            if ((cv[j].span.start > c->span.start && cv[j].span.end > c->span.end) ||
                (cv[j].span.start < c->span.start && cv[j].span.end < c->span.end))
                continue;
            seen = true;
        }
        /* a name read across two ordinary words (straddles_words: 完美|银联 holds 美银, 东西|上海前隆
         * 西上海) is no name (comp67) */
        if (!seen && straddles_words(eng, art, c->span))
            return false;
        if (!seen && !bank_before_card(eng, art, c)) {
            /* (a job title after it, a desk word before the title or not, ends the name: 前万达|人力总监) */
            int glued = gx_shape_glued_left(eng, art, c->span.start) +
                        (gx_shape_glued_right(eng, art, c->span.end) && !gx_shape_desk_title_at(eng, art, c->span.end));
            if (glued == 2 && c->span.end - c->span.start <= 2)
                return false;
            /* (glued before and followed by one function character that is itself glued to the next
             * word: the name may read across two words, 交易日|立即 holds 日立; only the same
             * name written elsewhere in the article keeps it) */
            across = glued == 1 && c->span.end - c->span.start <= 2 && gx_shape_glued_left(eng, art, c->span.start) &&
                     gx_shape_word_across(eng, art, c->span.end);
            if (glued == 1)
                weak = true;
        }
    }
    if (across && !named_strongly_elsewhere(eng, strong, i, c))
        return false;
    if (weak) {
        if (eff < 0.6f && (named_strongly_elsewhere(eng, strong, i, c) || named_with_code(rs, coded, c)))
            eff = 0.7f;
        if (agree)
            eff = 0.7f;
        if (eff < 0.45f && c->type == GX_ENT_COMPANY &&
            gx_rs_company_context(eng, art, &rs->ix, rs->qb, c->span))
            eff = 0.7f;
        if (eff < 0.45f)
            return false;
    }
    *effp = eff;
    return true;
}

/* Support for gazetteer name i (false: drop it): what gazetteer_checks asks; and a name they keep
 * that stands glued after a word of capitals names another firm than the listed one
 * (after_latin_word). */
static bool gazetteer_support(gx_rs *rs, const gx_keymap *strong, const gx_keymap *coded, int i, int agree, float *effp)
{
    if (!gazetteer_checks(rs, strong, coded, i, agree, effp))
        return false;
    /* (a short name glued after a word of capitals that the checks keep names another firm than the
     * listed one: it stays a company the text names, without the listed one's thing and ticker) */
    if (after_latin_word(rs, &rs->cv[i])) {
        gx_candidate *u = &rs->cv[i];
        u->lex_id = -1;
        u->canonical = NULL;
        u->ticker = (gx_ticker){0};
        u->source = GX_SRC_RULE;
    }
    return true;
}

/* Stage 1, evidence: every candidate weighed; the ones that keep a positive weight go to rs->w
 * (rs->nw of them). */
static void weigh_candidates(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int nc = rs->nc;
    /* the longer names a tagger span may cut (below): rule, gazetteer and ticker names, each
     * distinct text once (their spans and these fields do not change in this loop) */
    int *whole = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    int nwhole = 0;
    for (int j = 0; j < nc; j++) {
        const gx_candidate *o = &cv[j];
        if ((o->source != GX_SRC_RULE && o->source != GX_SRC_GAZETTEER && o->source != GX_SRC_TICKER &&
             !sure_tagger_company(o) && !tagger_company_elsewhere(o)) ||
            o->link == GX_LINK_SUFFIX_ONLY || o->type == GX_ENT_PERSON || o->type == GX_ENT_POSITION ||
            !gx_span_in_text(art, o->span))
            continue;
        bool dup = false;
        for (int q = 0; q < nwhole && !dup; q++)
            dup = span_text_eq(art, cv[whole[q]].span, o->span);
        if (!dup)
            whole[nwhole++] = j;
    }
    /* strong gazetteer candidates by thing, for the support of weak names */
    gx_keymap strong;
    gx_keymap_init(&strong, art->arena, nc);
    for (int j = 0; j < nc; j++) {
        if (cv[j].type == GX_ENT_POSITION || cv[j].lex_id < 0 || !eng->lexicon)
            continue;
        const gx_lex_entry *ej = gx_lexicon_entry(eng->lexicon, cv[j].lex_id);
        if (ej && !(ej->flags & GX_LEXF_WEAK) && ej->thing >= 0)
            gx_keymap_add(&strong, ej->thing, j);
    }
    /* explicit-ticker candidates by thing (a code the text writes), for named_with_code */
    gx_keymap coded;
    gx_keymap_init(&coded, art->arena, nc);
    for (int j = 0; j < nc; j++) {
        if (cv[j].source != GX_SRC_TICKER || !cv[j].ticker.code[0] || cv[j].lex_id < 0 || !eng->lexicon)
            continue;
        const gx_lex_entry *ej = gx_lexicon_entry(eng->lexicon, cv[j].lex_id);
        if (ej && ej->thing >= 0)
            gx_keymap_add(&coded, ej->thing, j);
    }
    for (int i = 0; i < nc; i++) {
        gx_candidate *c = &cv[i];
        if (c->type == GX_ENT_POSITION || c->span.end <= c->span.start || c->span.start < 0 || c->span.end > art->ncp)
            continue;
        repair(rs, i);
        int agree;
        float eff = support(rs, i, &agree);
        if (!enough_support(rs, i, agree, &eff) ||
            (c->type == GX_ENT_COMPANY &&
             gx_rs_company_word_phrase(eng, art, c->span, c->source == GX_SRC_TAGGER ? c->score : 0.0f)) || !tagger_reading_ok(rs, i, agree) ||
            !longer_names(rs, whole, nwhole, i, &eff) || gx_rs_never_an_entity(rs, i) ||
            !gazetteer_support(rs, &strong, &coded, i, agree, &eff))
            continue;
        rs->w[rs->nw++] = (gx_rs_work){.cand = i, .eff = eff};
    }
}

/* Removes the weighed candidates a later check gave eff -1. */
static void drop_discarded(gx_rs *rs)
{
    gx_rs_work *w = rs->w;
    int k = 0;
    for (int a = 0; a < rs->nw; a++)
        if (w[a].eff >= 0)
            w[k++] = w[a];
    rs->nw = k;
}

/* The caller's deadline (gx_input.deadline, gx_engine.c): one clock read before each rule;
 * past it the stage returns and the engine abandons the document. */
#define STOP_IF_OVERDUE(where)                                                                 \
    do {                                                                                       \
        if (gx_article_overdue(art, where))                                                   \
            return;                                                                            \
    } while (0)

void gx_resolve_apply(const gx_engine *eng, gx_article *art)
{
    if (art->ncp == 0)
        return;
    gx_rs rs = {.eng = eng, .art = art, .cv = art->candidates.v, .nc = art->candidates.n};
    for (int i = 0; i < rs.nc && !rs.tagger_ran; i++)
        rs.tagger_ran = rs.cv[i].source == GX_SRC_TAGGER;
    rs.w = gx_arena_alloc(art->arena, sizeof(gx_rs_work) * (size_t)(rs.nc + 1));
    gx_cand_ix_build(&rs.ix, art);
    rs.qb = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(rs.nc + 1));
    STOP_IF_OVERDUE("resolution (before weigh_candidates)");
    weigh_candidates(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_brand_names)");
    gx_rs_brand_names(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_series_items)");
    gx_rs_series_items(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_dotted_cuts)");
    gx_rs_dotted_cuts(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_masked_names)");
    gx_rs_masked_names(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_parted_writers)");
    gx_rs_parted_writers(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_placed_names)");
    gx_rs_placed_names(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_person_name_variants)");
    gx_rs_person_name_variants(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_company_bodies)");
    gx_rs_company_bodies(&rs);
    drop_discarded(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_titles_inside_names)");
    gx_rs_titles_inside_names(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_names_into_titles)");
    gx_rs_names_into_titles(&rs);
    if (rs.tagger_ran)
        gx_rs_unseen_by_tagger(&rs);
    drop_discarded(&rs);
    sort_work(rs.w, rs.nw, gx_arena_alloc_raw(art->arena, sizeof(gx_rs_work) * (size_t)(rs.nw + 1)));
    gx_cand_ix_build(&rs.ix, art); /* spans are final from here on */
    STOP_IF_OVERDUE("resolution (before gx_rs_choose)");
    gx_rs_choose(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_group)");
    gx_rs_group(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_entities)");
    gx_rs_entities(&rs);
    gx_text_ix tx;
    gx_text_ix_build(&tx, art);
    STOP_IF_OVERDUE("resolution (before gx_rs_propagate)");
    gx_rs_propagate(&rs, &tx);
    STOP_IF_OVERDUE("resolution (before gx_rs_byline)");
    gx_rs_byline(&rs, &tx);
    STOP_IF_OVERDUE("resolution (before gx_rs_context_types)");
    gx_rs_context_types(art);
    int32_t subject = -1;
    gx_salience(art, &subject);
    STOP_IF_OVERDUE("resolution (before gx_rs_coreference)");
    gx_rs_coreference(art, &tx, rs.taken, subject);
    STOP_IF_OVERDUE("resolution (before gx_rs_order)");
    gx_rs_order(&rs);
    STOP_IF_OVERDUE("resolution (before gx_rs_roles)");
    gx_rs_roles(&rs);
    gx_salience(art, NULL);
}
