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

void gx_pp_names_over_firms(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    const int ncand = art->candidates.n;
    /* each firm of two characters after a surname character (few per article) */
    for (int f = 0; f < ncand; f++) {
        const gx_candidate *fc = &art->candidates.v[f];
        if (fc->type != GX_ENT_COMPANY || fc->span.end - fc->span.start != 2 || fc->span.start == 0 ||
            !gx_lexicon_char_is(ix->lex, cp[fc->span.start - 1], GX_LEX_SURNAME))
            continue;
        const int32_t at = fc->span.start - 1, end = fc->span.end;
        if (!gx_pp_name_left_edge(ix, art, at) || !gx_pp_name_edge_ok(ix, art, end))
            continue;
        /* the same name, surely a person, elsewhere in the article */
        bool known = false;
        for (int k = 0; k < ncand && !known; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            known = c->type == GX_ENT_PERSON && c->span.start != at && c->span.end - c->span.start == 3 &&
                    cp[c->span.start] == cp[at] && (c->source != GX_SRC_TAGGER || c->score >= 0.5f) &&
                    memcmp(cp + at, cp + c->span.start, 3 * sizeof *cp) == 0 &&
                    clear_of_others(art, c->span.start, c->span.end);
        }
        if (known)
            gx_pp_rule_person(art, (gx_span){at, end}, 0.9f);
    }
}
