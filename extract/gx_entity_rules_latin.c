/* gx_entity_rules_latin.c — foreign names in Chinese text: names joined by a middle dot
 * (詹姆斯·西蒙斯), one transliterated name the tagger split in two (罗伊纽伯格), and Latin names
 * shown by their context (芯片巨头ARM, Canalys数据显示, Altice收盘下跌). Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* 詹姆斯·西蒙斯, 佩尔·施泰因布吕克: a middle dot between two runs of characters, one of which
 * the tagger took for (part of) a person, is one foreign name. */
void gx_er_dotted_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 1; (i = trig_next(&tr->l[TR_DOT], i, art->ncp)) + 1 < art->ncp; i++) {
        if (cp[i] != 0xB7 && cp[i] != 0x30FB && cp[i] != 0x2022 && cp[i] != 0x2027)
            continue;
        if (!gx_is_cjk(cp[i - 1]) || !gx_is_cjk(cp[i + 1]))
            continue;
        int32_t s = i, e = i + 1;
        while (s > 0 && i - s < 4 && gx_is_cjk(cp[s - 1]) && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 0 &&
               gx_hit_len_ending(ix, s, GX_LEX_POSITION) == 0)
            s--;
        while (e < art->ncp && e - i < 5 && gx_is_cjk(cp[e]) && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) == 0 &&
               !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_RIGHT_OK) && !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_NOT_GIVEN))
            e++;
        bool person = false, across = false;
        for (int k = 0; k < art->candidates.n; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type != GX_ENT_PERSON || c->span.start >= e || s >= c->span.end)
                continue;
            person = true;
            across |= c->span.start < i && c->span.end > i + 1; /* the tagger already joined them */
            /* its edges are better than ours */
            if (c->span.start < i && c->span.start > s)
                s = c->span.start;
            if (c->span.end > i + 1 && c->span.end < e)
                e = c->span.end;
        }
        if (person && !across && i - s >= 1 && e - i >= 2)
            gx_add_candidate(art, (gx_span){s, e}, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
    }
}

/* Whether a lower-case firm word that ends a Latin name starts at pos (IG group, Tesco plc). */
static bool lower_firm_word(const gx_article *art, int32_t pos)
{
    int32_t e = pos;
    while (e < art->ncp && gx_is_alnum(art->cp[e]))
        e++;
    return e > pos && art->cp[pos] >= 'a' && art->cp[pos] <= 'z' && gx_latin_firm_word(art, (gx_span){pos, e});
}

/* Whether the last word of the Latin name s is a firm word (Metro Bank, Ribbit Capital, IG
 * group): the name is a firm's, never a person's. */
static bool latin_firm_last(const gx_article *art, gx_span s)
{
    int32_t k = s.end;
    while (k > s.start && art->cp[k - 1] != ' ')
        k--;
    if (k == s.start)
        return false; /* one word: Bank alone is no name */
    return gx_latin_firm_word(art, (gx_span){k, s.end});
}

/* A Latin name (capitalised words, digits, &, -) starting at pos inside Chinese text; returns
 * its end or pos. */
static int32_t latin_name_at(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos >= art->ncp || !(gx_is_upper(cp[pos]) || gx_is_digit(cp[pos])))
        return pos;
    int32_t e = pos;
    while (e < art->ncp && (gx_is_alnum(cp[e]) || cp[e] == '&' || cp[e] == '-' ||
                            (cp[e] == ' ' && e + 1 < art->ncp && (gx_is_upper(cp[e + 1]) || lower_firm_word(art, e + 1)))))
        e++;
    /* a number alone (基金2017年, 银行12月) is not a name */
    bool letter = false;
    for (int32_t k = pos; k < e && !letter; k++)
        letter = gx_is_alnum(cp[k]) && !gx_is_digit(cp[k]);
    return letter && e - pos >= 2 && e - pos <= 40 ? e : pos;
}

/* Whether s is only share-class letters (A, B, H, N: "AH股价", "B股股价"), no name. */
static bool share_classes(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++)
        if (art->cp[k] != 'A' && art->cp[k] != 'B' && art->cp[k] != 'H' && art->cp[k] != 'N')
            return false;
    return true;
}

/* 丹麦电信运营商TDC, 芯片巨头ARM: a Latin name right after a company noun; Markit的最新调查,
 * Canalys数据显示: a Latin name as the source of data (an organization unless known);
 * Altice收盘下跌: a Latin name whose shares trade (a company). */
void gx_er_latin_context_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    /* what only a listed company's shares do, right after its name */
    static const char32_t *const TRADES[] = {U"股价", U"股票", U"股份收", U"收盘上涨", U"收盘下跌", U"收盘涨",
                                             U"收盘跌", U"收涨", U"收跌", U"盘中", U"市值", U"涨停", U"跌停", NULL};
    const uint32_t *cp = art->cp;
    for (int k = 0; k < ix->n; k++) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_LIST_NOUN)
            continue;
        int32_t e = latin_name_at(art, h->end);
        if (e > h->end && (e >= art->ncp || !gx_is_alnum(cp[e])) && gx_er_cand_with_span(art, (gx_span){h->end, e}, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){h->end, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_LATIN], i, art->ncp)) < art->ncp; i++) {
        if (!(gx_is_upper(cp[i]) || gx_is_digit(cp[i])) || (i > 0 && (gx_is_alnum(cp[i - 1]) || cp[i - 1] == ' ')))
            continue;
        int32_t e = latin_name_at(art, i);
        if (e == i)
            continue;
        if (e < art->ncp && gx_hit_len_starting(ix, e, GX_LEX_SOURCE_AFTER) > 0 &&
            gx_er_cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 && gx_er_cand_ending_at(art, e, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_ORGANIZATION, GX_SRC_RULE, 0.6f, NULL, -1);
        /* Altice收盘下跌7.2%, Sainsbury股价上涨: a Latin name whose shares trade is a company;
         * Metro Bank表现良好, Ribbit Capital、…: so is a name of two words or more ending in a
         * firm word, standing in Chinese text (not a gloss in brackets, joined by gx_er_latin_gloss_rule) */
        else if (e < art->ncp &&
                 ((gx_word_at(art, e, TRADES) && !share_classes(art, (gx_span){i, e})) ||
                  ((gx_is_cjk(cp[e]) || cp[e] == 0x3001 /* 、 */ || cp[e] == 0xFF0C /* ， */) && i > 0 &&
                   cp[i - 1] != '(' && cp[i - 1] != 0xFF08 && latin_firm_last(art, (gx_span){i, e}))) &&
                 gx_er_cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 && gx_er_cand_ending_at(art, e, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
        i = e;
    }
}

/* 罗伊纽伯格: the tagger splitting one transliterated name into two adjacent persons. */
void gx_er_adjacent_persons(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    int *tp = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(n0 + 1)); /* the tagger's persons */
    int ntp = 0;
    for (int i = 0; i < n0; i++)
        if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].source == GX_SRC_TAGGER)
            tp[ntp++] = i;
    for (int qi = 0; qi < ntp; qi++) {
        int i = tp[qi];
        const gx_candidate *a = &art->candidates.v[i];
        for (int qj = 0; qj < ntp; qj++) {
            int j = tp[qj];
            const gx_candidate *b = &art->candidates.v[j];
            if (j == i || b->type != GX_ENT_PERSON || b->source != GX_SRC_TAGGER || b->span.start != a->span.end)
                continue;
            gx_span n = {a->span.start, b->span.end};
            /* two Chinese names side by side (记者唐真龙邹靓) stay two people */
            int32_t la = a->span.end - a->span.start, lb = b->span.end - b->span.start;
            if (la >= 2 && la <= 3 && lb >= 2 && lb <= 3 && gx_lexicon_char_is(ix->lex, art->cp[a->span.start], GX_LEX_SURNAME) &&
                gx_lexicon_char_is(ix->lex, art->cp[b->span.start], GX_LEX_SURNAME))
                continue;
            bool cjk = true;
            for (int32_t k = n.start; k < n.end; k++)
                cjk &= gx_is_cjk(art->cp[k]);
            if (cjk && n.end - n.start <= 7)
                gx_add_candidate(art, n, GX_ENT_PERSON, GX_SRC_RULE, 0.8f, NULL, -1);
        }
    }
}
