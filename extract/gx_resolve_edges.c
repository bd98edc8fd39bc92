/* gx_resolve_edges.c — part of stage 1 of resolution (gx_resolve_impl.h): the edges of a company
 * name the tagger or a rule read with a word of the sentence glued on, or cut short (twenty-eighth
 * session, "edges"). repair() in gx_resolve.c calls these before a candidate is weighed:
 *   - a sentence's words glued before a legal name that opens with a place (怒斥|北京某某投资管理
 *     有限公司, 深圳公安|深圳某某园林有限公司), when the article writes the name without them
 *     elsewhere: the name starts at the place;
 *   - a Latin legal form's abbreviation dot (…USA,LLC|.董事, Apple Inc|.): part of the name;
 *   - a legal name cut before its legal form (南山国际信托|投资公司): the form is part of it;
 * and gx_rs_never_an_entity() asks gx_rs_edge_suffix_in_word(): a firm word that is the head of a
 * longer word (集团|化, 公司|化: 星辰海集团实行集团|化运作) ends no name. Twenty-ninth session
 * (edges29):
 *   - the last character of an ordinary word glued before a place-led body or firm (所在地|义乌市
 *     公安局): the name starts at the place;
 *   - a kind of firm ending in 公司 before a name the article reads as a company elsewhere
 *     (线上配资公司|海南贝格富配资): the name is the one after the kind; thirtieth session
 *     (edges30): or an ordinary word's kind (理财公司|网信集团) before a name with its own legal form;
 *   - edges30: a name whose last character opens the next word (某某行|使 → 某某, 行使 a word);
 *   - a tagger's name cut before the rest of a longer legal name written elsewhere, the text
 *     going on with that rest (北京某某|国际贸易水晶画 beside 北京某某国际贸易有限公司): the name
 *     takes the words the two share;
 *   - a tagger's company cut before an organization's suffix that a rule reads with it (上海金银业|
 *     贸易场, X证券|交易所): the organization. */
#include <stdbool.h>
#include <stdint.h>

#include "gx_entity_util.h"
#include "gx_resolve_impl.h"
#include "gx_tagger.h"

/* The legal forms a name may end with, longest first; each ends in 公司 or 集团. */
static const char32_t *const LEGAL_FORMS[] = {U"集团股份有限公司", U"股份有限公司", U"有限责任公司",
                                              U"集团有限公司", U"有限公司", U"公司", U"集团", NULL};

/* The length of the legal form ending s (0 when none), two characters at least left before it. */
static int32_t legal_form_len(const gx_article *art, gx_span s)
{
    return gx_word_ending(art->cp, s.start + 2, s.end, LEGAL_FORMS);
}

/* Does the text of [at, at + n) (n >= 2) occur at another position than at, not right after the
 * character before `at` (so not glued the same way)? (The places of its first two characters in
 * the article's bigram index, no walk over the whole text per candidate: quad29.) */
static bool written_elsewhere(const gx_article *art, int32_t at, int32_t n)
{
    const uint32_t *cp = art->cp;
    uint32_t before = at > 0 ? cp[at - 1] : 0;
    for (int32_t j = gx_text_place_first(art, cp + at); j >= 0 && j + n <= art->ncp;
         j = gx_text_place_next(art, j)) {
        if (j == at || (j > 0 && cp[j - 1] == before))
            continue;
        if (!memcmp(cp + j, cp + at, sizeof(uint32_t) * (size_t)n))
            return true;
    }
    return false;
}

/* The length of the longest region name (regions.tsv, countries) opening cp[0..n), or 0. */
static int32_t region_at(const gx_lexicon *lex, const uint32_t *cp, int32_t n)
{
    uint32_t m = gx_lexicon_prefix_mask(lex, GX_LEX_REGION, cp, n, 2);
    int32_t best = 0;
    for (int b = 0; b < 8; b++)
        if (m & (1u << b))
            best = b + 2;
    return best;
}

/* Is cp[0..n) places only (浙江杭州, 广东省深圳市): regions, each with an optional 省/市/区/县? */
static bool place_chain(const gx_lexicon *lex, const uint32_t *cp, int32_t n)
{
    int32_t q = 0;
    while (q < n) {
        int32_t r = region_at(lex, cp + q, n - q);
        if (r == 0)
            return false;
        q += r;
        if (q < n && (cp[q] == 0x7701 || cp[q] == 0x5E02 || cp[q] == 0x533A || cp[q] == 0x53BF))
            q++;
    }
    return true;
}

/* Does the gazetteer read a company starting at s and ending before end_before? (the candidates
 * by start in the resolution's index, no walk over every candidate: quad29) */
static bool known_company_from(gx_rs *rs, int32_t s, int32_t end_before)
{
    int nq = gx_cand_ix_starting(&rs->ix, s, s + 1, rs->qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &rs->cv[rs->qb[q]];
        if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_COMPANY && o->span.start == s &&
            o->span.end < end_before)
            return true;
    }
    return false;
}

bool gx_rs_edge_left_glue(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) || c->type != GX_ENT_COMPANY ||
        c->lex_id >= 0 || e - s < 8 || !eng->lexicon)
        return false;
    int32_t form = legal_form_len(art, c->span);
    if (form == 0)
        return false;
    for (int32_t k = s + 1; k <= s + 8 && e - form - k >= 4; k++) {
        if (!gx_is_cjk(cp[k - 1]))
            return false;
        if (region_at(eng->lexicon, cp + k, e - form - k) == 0)
            continue;
        /* (places glued to a place are one place: 浙江|杭州…, 广东省|深圳…) */
        if (place_chain(eng->lexicon, cp + s, k - s))
            return false;
        /* (a known company before a place is the company's local firm: 平安|深圳…) */
        if (known_company_from(rs, s, k + 1))
            return false;
        /* the name without the glued words, its legal form aside, is written elsewhere */
        if (!written_elsewhere(art, k, e - form - k))
            continue;
        c->span.start = k;
        return true;
    }
    return false;
}

bool gx_rs_edge_latin_dot(gx_rs *rs, int i)
{
    static const char *const FORMS[] = {"llc", "inc", "ltd", "corp", "co", NULL};
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    const uint32_t *cp = art->cp;
    int32_t e = c->span.end;
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) || c->type != GX_ENT_COMPANY ||
        e >= art->ncp || cp[e] != '.')
        return false;
    /* (not a decimal point or a domain: Inc.com, Co.5) */
    if (e + 1 < art->ncp && gx_is_alnum(cp[e + 1]))
        return false;
    for (int f = 0; FORMS[f]; f++) {
        int32_t n = (int32_t)strlen(FORMS[f]);
        if (e - c->span.start <= n)
            continue;
        bool eq = true;
        for (int32_t q = 0; q < n && eq; q++) {
            uint32_t ch = cp[e - n + q];
            eq = ch < 0x80 && (uint32_t)(ch | 0x20) == (uint32_t)FORMS[f][q];
        }
        /* (the form is a word of its own: ,LLC / Inc, not Tesco) */
        uint32_t b = cp[e - n - 1];
        if (eq && !(b < 0x80 && gx_is_alnum(b) && !gx_is_upper(cp[e - n]))) {
            c->span.end++;
            return true;
        }
    }
    return false;
}

bool gx_rs_edge_suffix_in_word(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end - s.start < 3 || s.end >= art->ncp || cp[s.end] != 0x5316 /* 化 */)
        return false;
    static const char32_t *const HEADS[] = {U"集团", U"公司", U"企业", NULL};
    return gx_word_ending(cp, s.start, s.end, HEADS) > 0;
}

/* A company whose last character opens a word of the tagger's lexicon with the text after it
 * (宁夏某某|行使, 某某财富管理部|门), its last two characters no word: that character is the
 * next word's (edges30). */
bool gx_rs_edge_cuts_word(gx_rs *rs, int i)
{
    const gx_tagger *t = rs->eng->tagger;
    const uint32_t *cp = rs->art->cp;
    int32_t ncp = rs->art->ncp;
    gx_candidate *c = &rs->cv[i];
    gx_span s = c->span;
    if (!t || (c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) ||
        c->type != GX_ENT_COMPANY || c->lex_id >= 0 || s.end - s.start < 5 || s.end >= ncp ||
        !gx_is_cjk(cp[s.end - 1]) || !gx_is_cjk(cp[s.end]) ||
        gx_tagger_common_word(t, cp + s.end - 2, 2))
        return false;
    bool cut = gx_tagger_common_word(t, cp + s.end - 1, 2) ||
               (s.end + 2 <= ncp && gx_tagger_common_word(t, cp + s.end - 1, 3));
    /* (a name ending in a suffix of its kind keeps it: 上海证券交易所|学习, 所学 a word too) */
    const gx_lexicon *lex = rs->eng->lexicon;
    for (int32_t k = 1; cut && lex && k <= 4 && s.end - k >= s.start; k++)
        if (gx_lexicon_is(lex, GX_LEX_COMPANY_SUFFIX, cp + s.end - k, k) ||
            gx_lexicon_is(lex, GX_LEX_ORG_SUFFIX, cp + s.end - k, k) ||
            gx_lexicon_is(lex, GX_LEX_GOV_SUFFIX, cp + s.end - k, k))
            cut = false;
    if (!cut)
        return false;
    c->span.end--;
    return true;
}

bool gx_rs_edge_legal_tail(gx_rs *rs, int i)
{
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    int32_t e = c->span.end;
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) || c->type != GX_ENT_COMPANY ||
        c->lex_id >= 0 || e - c->span.start < 3 || e >= art->ncp || !gx_is_cjk(art->cp[e - 1]))
        return false;
    const char32_t *const *const TAILS = gx_lexicon_words(rs->eng->lexicon, GX_WL_LEGAL_TAIL);
    int32_t n = gx_word_at(art, e, TAILS);
    if (n == 0)
        return false;
    /* (not a known company's name: its legal name is the gazetteer's, and a longer rule name may
     * go on to a branch: 吉林银行|股份有限公司通化新华支行) */
    int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, rs->qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &rs->cv[rs->qb[q]];
        if (o->source == GX_SRC_GAZETTEER && o->span.start == c->span.start && o->span.end == e)
            return false;
    }
    c->span.end += n;
    return true;
}

bool gx_rs_edge_word_tail(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) ||
        (c->type != GX_ENT_COMPANY && c->type != GX_ENT_GOVERNMENT) || c->lex_id >= 0 || s < 1 ||
        e - s < 6 || !eng->lexicon || !eng->tagger || !gx_is_cjk(cp[s - 1]) || !gx_is_cjk(cp[s]))
        return false;
    /* (the name without it opens with a place of two characters or more, and its first character
     * starts no place itself: 地|义乌市, not 上|海…; a place of regions.tsv or a city of cities.tsv) */
    const gx_lexicon *lex = eng->lexicon;
    bool place = region_at(lex, cp + s + 1, e - s - 1) > 0 ||
                 gx_lexicon_prefix_mask(lex, GX_LEX_CITY, cp + s + 1, e - s - 1, 2) != 0;
    if (!place || region_at(lex, cp + s, e - s) > 0 ||
        gx_lexicon_prefix_mask(lex, GX_LEX_CITY, cp + s, e - s, 2) != 0)
        return false;
    for (int32_t n = 3; n >= 2; n--)
        if (s - n + 1 >= 0 && gx_tagger_common_word(eng->tagger, cp + s - n + 1, n)) {
            c->span.start = s + 1;
            return true;
        }
    return false;
}

/* Is [s, k) an ordinary word + 公司 (理财|公司, 投资|公司: a kind of firm, the word one of the
 * tagger's lexicon) and [k, e) a name with a legal form of its own (网信|集团), the kind's
 * characters aside? (edges30: the name after the kind shows its own edge; no other reading
 * needed.) */
static bool kind_before_own_form(const gx_rs *rs, int32_t s, int32_t k, int32_t e)
{
    const gx_article *art = rs->art;
    int32_t w = k - 2 - s;
    if (w < 2 || w > 3 || !rs->eng->tagger ||
        !gx_tagger_common_word(rs->eng->tagger, art->cp + s, w))
        return false;
    gx_span rest = {k, e};
    int32_t form = legal_form_len(art, rest);
    /* (a bare 公司 after the name is the kind again: 理财公司X公司; two characters of name at least) */
    return form >= 2 && e - k - form >= 2 && !(form == 2 && art->cp[e - 2] == 0x516C);
}

bool gx_rs_edge_kind_before_named(gx_rs *rs, int i)
{
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) || c->type != GX_ENT_COMPANY ||
        c->lex_id >= 0 || e - s < 8)
        return false;
    for (int32_t k = s + 4; e - k >= 4; k++) {
        if (cp[k - 2] != 0x516C /* 公 */ || cp[k - 1] != 0x53F8 /* 司 */ || !gx_is_cjk(cp[k]))
            continue;
        if (kind_before_own_form(rs, s, k, e)) {
            c->span.start = k;
            return true;
        }
        /* (the candidates of the same text, by the resolution's index: no walk over every
         * candidate per place) */
        gx_span rest = {k, e};
        gx_cand_text_it it;
        for (int j = gx_cand_text_first(&it, &rs->ix, art, rest, -1); j >= 0;
             j = gx_cand_text_next(&it)) {
            const gx_candidate *o = &rs->cv[j];
            if (j != i && o->type == GX_ENT_COMPANY && o->span.start != k &&
                span_text_eq(art, o->span, rest) && gx_span_in_text(art, o->span)) {
                c->span.start = k;
                return true;
            }
        }
    }
    return false;
}

bool gx_rs_edge_cut_before_rest(gx_rs *rs, int i)
{
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end, n = e - s;
    /* (a cut needs two more CJK characters the longer name shares: cp[e], cp[e + 1]) */
    if (c->source != GX_SRC_TAGGER || c->type != GX_ENT_COMPANY || c->lex_id >= 0 || n < 4 ||
        e + 1 >= art->ncp || !gx_is_cjk(cp[e]) || !gx_is_cjk(cp[e + 1]) || !gx_is_cjk(cp[e - 1]))
        return false;
    /* (so the longer names begin with the name and those two characters: the candidates of that
     * text by the resolution's index, no walk over the places of the name's first two
     * characters, every copy of a repeated text: speed30) */
    int32_t best = e;
    gx_cand_prefix_it it;
    for (int j = gx_cand_prefix_first(&it, &rs->ix, art, cp + s, n + 2); j >= 0;
         j = gx_cand_prefix_next(&it)) {
        const gx_candidate *o = &rs->cv[j];
        int32_t on = o->span.end - o->span.start;
        if (j == i || o->type != GX_ENT_COMPANY || on < n + 2 || o->span.start == s ||
            (o->source == GX_SRC_TAGGER && o->score < 0.5f) || !gx_span_in_text(art, o->span) ||
            memcmp(cp + o->span.start, cp + s, sizeof(uint32_t) * (size_t)n) != 0)
            continue;
        /* (the words the text and the longer legal name share after the cut, its legal form
         * aside: not a ticker rule's 海泰发展|股票 for the tagger's 海泰发展) */
        int32_t form = legal_form_len(art, o->span);
        if (form == 0)
            continue;
        int32_t m = n, stop = on - form;
        while (m < stop && s + m < art->ncp && cp[s + m] == cp[o->span.start + m] &&
               gx_is_cjk(cp[s + m]))
            m++;
        if (m - n >= 2 && s + m > best)
            best = s + m;
    }
    if (best == e)
        return false;
    c->span.end = best;
    return true;
}

bool gx_rs_edge_org_suffix(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    const gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    int32_t s = c->span.start, e = c->span.end;
    if (c->source != GX_SRC_TAGGER || c->type != GX_ENT_COMPANY || c->lex_id >= 0 || e - s < 2 ||
        e >= art->ncp || !eng->lexicon)
        return false;
    int32_t n = gx_lex_word_at(eng->lexicon, GX_LEX_ORG_SUFFIX, art, e);
    if (n < 2)
        return false;
    /* (a rule's organization there or with the same text elsewhere: 受香港金银业|贸易场监管 beside
     * 是香港金银业贸易场行员) */
    gx_span whole = {s, e + n};
    gx_cand_text_it it;
    for (int j = gx_cand_text_first(&it, &rs->ix, art, whole, -1); j >= 0;
         j = gx_cand_text_next(&it)) {
        const gx_candidate *o = &rs->cv[j];
        if (o->source == GX_SRC_RULE && o->type == GX_ENT_ORGANIZATION &&
            span_text_eq(art, o->span, whole)) {
            c->span.end = e + n;
            c->type = GX_ENT_ORGANIZATION;
            return true;
        }
    }
    return false;
}

/* The length of the longest mainland province or city (regions.tsv) or foreign city opening
 * cp[0..n), or 0 (no country: 中东|方… is no cut). */
static int32_t home_place_at(const gx_lexicon *lex, const uint32_t *cp, int32_t n)
{
    uint32_t m = gx_lexicon_prefix_mask(lex, GX_LEX_REGION, cp, n, 2);
    uint32_t f = gx_lexicon_prefix_mask(lex, GX_LEX_FOREIGN_CITY, cp, n, 2);
    for (int b = 7; b >= 0; b--)
        if ((f & (1u << b)) || ((m & (1u << b)) && gx_lexicon_is_home_region(lex, cp, b + 2)))
            return b + 2;
    return 0;
}

bool gx_rs_edge_inside_place(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    const uint32_t *cp = rs->art->cp;
    gx_candidate *c = &rs->cv[i];
    int32_t s = c->span.start, e = c->span.end;
    /* (a rule's copy of the tagger's reading is cut the same way) */
    if ((c->source != GX_SRC_TAGGER && c->source != GX_SRC_RULE) || !eng->lexicon || s == 0 ||
        e - s < 3 || (c->type != GX_ENT_COMPANY && c->type != GX_ENT_ORGANIZATION) ||
        !gx_is_cjk(cp[s]) || region_at(eng->lexicon, cp + s, e - s) > 0 ||
        home_place_at(eng->lexicon, cp + s, e - s) > 0)
        return false;
    for (int32_t k = 1; k <= 2 && s - k >= 0 && gx_is_cjk(cp[s - k]); k++)
        if (home_place_at(eng->lexicon, cp + s - k, e - s + k) > k) {
            c->span.start = s - k;
            return true;
        }
    return false;
}
