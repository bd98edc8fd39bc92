/* gx_people_inside.c — a person's name read again where a company's short name sits inside it
 * (何小鹏为最大股东 after 由何小鹏、夏珩…: the gazetteer's 小鹏 of 小鹏汽车 after the surname 何). A
 * person the article names surely (the tagger at 0.5 or more, a rule, the list of well-known
 * people) with no firm over that mention is the same person wherever the same characters stand
 * again at a name's edges, even when a company's name of two characters lies inside them: the rule
 * adds a person there, which the resolution prefers to the firm inside. Part of gx_people
 * (gx_people_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"

/* A company candidate of two characters lying inside s..e, not at its start (the surname). */
static bool firm_inside(const gx_article *art, int32_t s, int32_t e)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_COMPANY && c->span.start > s && c->span.end <= e && c->span.end - c->span.start == 2)
            return true;
    }
    return false;
}

/* No candidate other than a person, a title or a firm of two characters inside the given name
 * covers any of s..e. */
static bool clear_of_others(const gx_article *art, int32_t s, int32_t e)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_COMPANY && c->span.start > s && c->span.end <= e && c->span.end - c->span.start == 2)
            continue;
        if (c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION && c->span.start < e && c->span.end > s)
            return false;
    }
    return true;
}

/* A clean left edge of a name at s: the text's start, a non-letter, 由 与 和 及 的, or a stop word
 * (公司, 包括). */
static bool left_edge(const gx_hit_index *ix, const gx_article *art, int32_t s)
{
    if (s == 0)
        return true;
    uint32_t c = art->cp[s - 1];
    if (!gx_is_cjk(c))
        return !gx_is_alnum(c);
    static const char32_t EDGE[] = U"由与和及的";
    for (const char32_t *e = EDGE; *e; e++)
        if (c == (uint32_t)*e)
            return true;
    return gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0;
}

void gx_pp_names_over_firms(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    const int ncand = art->candidates.n;
    for (int k = 0; k < ncand; k++) {
        const gx_candidate c = art->candidates.v[k];
        int32_t len = c.span.end - c.span.start;
        if (c.type != GX_ENT_PERSON || len != 3 || (c.source == GX_SRC_TAGGER && c.score < 0.5f) ||
            !gx_lexicon_char_is(ix->lex, cp[c.span.start], GX_LEX_SURNAME) ||
            !clear_of_others(art, c.span.start, c.span.end))
            continue;
        /* every other place where the name's characters stand (the bigram index) */
        for (int32_t p1 = gx_text_ix_first(&ix->text, cp + c.span.start); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t at = p1 - 1;
            if (at == c.span.start || at + len > art->ncp ||
                memcmp(cp + at, cp + c.span.start, (size_t)len * sizeof *cp) != 0)
                continue;
            if (!left_edge(ix, art, at) || !gx_pp_name_edge_ok(ix, art, at + len) || !firm_inside(art, at, at + len))
                continue;
            gx_pp_rule_person(art, (gx_span){at, at + len}, 0.9f);
        }
    }
}
