/* gx_entity_rules_regional_firm.c — a region written before the name of a listed company the
 * article marks as one (星王集团与陕西华泽签订… beside ST华泽, 推动福建猛狮的复产 beside *ST猛狮):
 * the company's regional firm, named by its region and the listed name (a subsidiary's legal
 * name shortened the way the press shortens it). The listed name comes from a stock under special
 * treatment (gx_er_special_treatment_rule's candidates), a name written with its code (ticker
 * candidates) or a known name a portal's inline quote follows (北京动力源(5.590,…): comp21); the region is a province, city or country of the lexicon. Part of the entity
 * rules (gx_entity_rules_impl.h); thirteenth session, helper "comp16".
 * A province or city of China before any known company's name, the two standing alone
 * (出售给济南国美电器，): that company's local firm, its own company (seventeenth session, comp26). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

enum { MAX_NAMES = 8 };

/* The listed name carried by company candidate c, as [start, end) of the text: after the ST mark
 * of a special-treatment name (the ST rule's or a ticker's: *ST猛狮(002684)), the whole name of a
 * ticker's candidate; {0, 0} when none or when it is not two to four Chinese characters. */
static gx_span listed_name(const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    /* (a known name a portal's inline quote follows is listed too: 北京动力源(5.590,-0.10,-1.76%)) */
    bool quoted = c->source == GX_SRC_GAZETTEER && gx_stock_quote_end(art, s.end) > s.end;
    if (c->type != GX_ENT_COMPANY || (c->source != GX_SRC_RULE && c->source != GX_SRC_TICKER && !quoted))
        return (gx_span){0, 0};
    int32_t k = s.start;
    while (k < s.end && k - s.start < 3 && (cp[k] == '*' || cp[k] == 'S'))
        k++;
    if (k > s.start && k < s.end && cp[k - 1] == 'S' && cp[k] == 'T')
        s.start = k + 1; /* (*ST猛狮: the name after the mark) */
    else if (c->source == GX_SRC_RULE)
        return (gx_span){0, 0};
    if (s.end - s.start < 2 || s.end - s.start > 4)
        return (gx_span){0, 0};
    for (int32_t k = s.start; k < s.end; k++)
        if (!gx_is_cjk(cp[k]))
            return (gx_span){0, 0};
    return s;
}

/* Whether a rule's or the gazetteer's company candidate holds span s and more (北京居然之家|小额贷款
 * 有限责任公司: the legal name read whole). */
static bool inside_longer_name(const gx_article *art, gx_span s)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_COMPANY && c->source != GX_SRC_TAGGER && c->span.start <= s.start && c->span.end >= s.end &&
            c->span.end - c->span.start > s.end - s.start)
            return true;
    }
    return false;
}

/* Whether the name at s stands on its own on the left: the text's start, not a Chinese character,
 * or a word or character a name may follow. */
static bool free_on_left(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    return s.start == 0 || !gx_is_cjk(cp[s.start - 1]) || gx_hit_len_ending(ix, s.start, GX_LEX_LEFT_STOP) > 0 ||
           gx_lexicon_char_is(ix->lex, cp[s.start - 1], GX_LEX_LEFT_STOP) ||
           gx_lexicon_char_is(ix->lex, cp[s.start - 1], GX_LEX_RIGHT_OK);
}

/* Proposes a place and a firm's name as one company, unless a legal form follows it (the suffix
 * rule's), a longer known name covers it (the gazetteer's) or a reading already has that span. */
static void propose_unit(const gx_hit_index *ix, gx_article *art, gx_span name)
{
    if (gx_hit_len_starting(ix, name.end, GX_LEX_COMPANY_SUFFIX) > 0 ||
        name.start + gx_hit_len_starting(ix, name.start, GX_LEX_COMPANY) >= name.end ||
        gx_er_cand_with_span(art, name, GX_ORGLIKE) >= 0 || inside_longer_name(art, name))
        return;
    gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.75f, NULL, -1);
}

/* A home region (a province or city of China, two or three characters) right before a known
 * company's name in the gazetteer, the two closed on both sides (a mark or a character a name
 * ends before: 出售给济南国美电器，, 北京奔驰、): the company's local firm, a company of its own
 * (resolution does not give it the parent's ticker). Not a legal name (the suffix rule's), not a
 * longer known name (贵州茅台), not a place before more words (在济南国美电器门店). */
static void home_units(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n = art->candidates.n;
    for (int k = 0; k < n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_COMPANY || c->lex_id < 0 || c->span.start < 2)
            continue;
        int32_t p = c->span.start, len = c->span.end - p;
        if (len < 2 || len > 6 || !gx_is_cjk(cp[p]))
            continue;
        int32_t r = 0;
        for (int32_t m = 3; m >= 2 && r == 0; m--)
            if (p - m >= 0 && gx_lexicon_is_home_region(ix->lex, cp + p - m, m))
                r = m;
        if (r == 0)
            continue;
        gx_span name = {p - r, c->span.end};
        if (!free_on_left(ix, art, name))
            continue;
        if (name.end < art->ncp && gx_is_cjk(cp[name.end]) && !gx_lexicon_char_is(ix->lex, cp[name.end], GX_LEX_RIGHT_OK))
            continue;
        propose_unit(ix, art, name);
    }
}

/* A country before the short name of a listed X股份 the article names (继峰股份 … 全资子公司德国继峰拟
 * 收购): the company's unit in that country, a company of its own. The short name is the known
 * name without 股份 (two or three characters); the two stand closed as home units do. */
static void foreign_units(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    char32_t *buf = NULL;
    const char32_t *words[MAX_NAMES + 1];
    int nw = 0;
    for (int k = 0; k < art->candidates.n && nw < MAX_NAMES; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        int32_t len = c->span.end - c->span.start - 2;
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_COMPANY || len < 2 || len > 3 ||
            cp[c->span.end - 2] != 0x80A1 || cp[c->span.end - 1] != 0x4EFD) /* 股份 */
            continue;
        bool seen = false, cjk = true;
        for (int q = 0; q < nw && !seen; q++)
            seen = gx_word_at(art, c->span.start, (const char32_t *const[]){words[q], NULL}) == len;
        for (int32_t m = 0; m < len; m++)
            cjk = cjk && gx_is_cjk(cp[c->span.start + m]);
        if (seen || !cjk)
            continue;
        if (!buf)
            buf = gx_arena_alloc_raw(art->arena, sizeof(char32_t) * 4 * MAX_NAMES);
        char32_t *w = buf + 4 * nw;
        for (int32_t m = 0; m < len; m++)
            w[m] = (char32_t)cp[c->span.start + m];
        w[len] = 0;
        words[nw++] = w;
    }
    if (nw == 0)
        return;
    words[nw] = NULL;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, words, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t p = at[a];
        int len = gx_word_at(art, p, words);
        if (len <= 0 || p < 2 || (p + len + 1 < art->ncp && cp[p + len] == 0x80A1 && cp[p + len + 1] == 0x4EFD))
            continue;
        int32_t r = 0;
        for (int32_t m = 3; m >= 2 && r == 0; m--)
            if (p - m >= 0 && gx_lexicon_is(ix->lex, GX_LEX_REGION, cp + p - m, m) &&
                !gx_lexicon_is_home_region(ix->lex, cp + p - m, m))
                r = m;
        if (r == 0)
            continue;
        gx_span name = {p - r, p + len};
        if (!free_on_left(ix, art, name))
            continue;
        if (name.end < art->ncp && gx_is_cjk(cp[name.end]) && !gx_lexicon_char_is(ix->lex, cp[name.end], GX_LEX_RIGHT_OK))
            continue;
        propose_unit(ix, art, name);
    }
}

void gx_er_regional_firm_rule(const gx_hit_index *ix, gx_article *art)
{
    home_units(ix, art);
    foreign_units(ix, art);
    const uint32_t *cp = art->cp;
    /* the distinct listed names (a few per article) */
    gx_span names[MAX_NAMES];
    int nn = 0;
    int n = art->candidates.n;
    for (int k = 0; k < n && nn < MAX_NAMES; k++) {
        gx_span s = listed_name(art, &art->candidates.v[k]);
        bool seen = s.end == 0;
        for (int q = 0; q < nn && !seen; q++)
            seen = names[q].end - names[q].start == s.end - s.start &&
                   !memcmp(cp + names[q].start, cp + s.start, sizeof(uint32_t) * (size_t)(s.end - s.start));
        if (!seen)
            names[nn++] = s;
    }
    if (nn == 0)
        return;
    /* their occurrences, through the bigram index */
    char32_t *buf = gx_arena_alloc_raw(art->arena, sizeof(char32_t) * 5 * MAX_NAMES);
    const char32_t *words[MAX_NAMES + 1];
    for (int q = 0; q < nn; q++) {
        char32_t *w = buf + 5 * q;
        int32_t len = names[q].end - names[q].start;
        for (int32_t k = 0; k < len; k++)
            w[k] = (char32_t)cp[names[q].start + k];
        w[len] = 0;
        words[q] = w;
    }
    words[nn] = NULL;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, words, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t p = at[a];
        int32_t len = 0;
        for (int q = 0; q < nn && len == 0; q++) {
            int32_t l = names[q].end - names[q].start;
            if (p + l <= art->ncp && !memcmp(cp + p, cp + names[q].start, sizeof(uint32_t) * (size_t)l))
                len = l;
        }
        /* a region right before it, standing on its own (not the end of a longer word) */
        int32_t r = 0;
        for (int32_t m = 3; m >= 2 && r == 0; m--)
            if (p - m >= 0 && gx_lexicon_is(ix->lex, GX_LEX_REGION, cp + p - m, m))
                r = m;
        if (len == 0 || r == 0)
            continue;
        gx_span name = {p - r, p + len};
        if (!free_on_left(ix, art, name))
            continue;
        propose_unit(ix, art, name);
    }
}
