/* gx_people_ranks.c — ranks of nobility written right after a foreign name
 * (阿尔瓦利德-宾-塔拉尔王子, 查尔斯王子): the rank is the person's title and no part of the name,
 * also where the tagger reads both as one name. Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

static const char32_t *const RANKS[] = {U"王子", U"公主", U"亲王", U"王储", U"王妃", U"勋爵", NULL};

/* Is [s, e) written like a foreign name: parts joined by a name dot or a hyphen, or a run of
 * transliteration characters (three or more, or a pair with a name-final syllable: 查尔斯, 哈里)? */
static bool foreign_name(const gx_article *art, int32_t s, int32_t e)
{
    if (e - s < 2)
        return false;
    for (int32_t k = s + 1; k + 1 < e; k++)
        if (gx_is_name_dot(art->cp[k]) || art->cp[k] == '-')
            return true;
    for (int32_t k = s; k < e; k++)
        if (!gx_translit_char(art->cp[k]))
            return false;
    return e - s >= 3 || gx_translit_pair(art->cp[s], art->cp[s + 1]);
}

void gx_pp_ranks_after_names(gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n = art->candidates.n; /* the rule persons added below are not read again */
    for (int i = 0; i < n; i++) {
        gx_span name = art->candidates.v[i].span, rank = {0, 0};
        if (art->candidates.v[i].type != GX_ENT_PERSON)
            continue;
        /* the rank inside the reading (…塔拉尔王子), or right after it (查尔斯|王子) */
        for (const char32_t *const *r = RANKS; *r && rank.end == 0; r++) {
            if (name.end - name.start >= 4 && cp[name.end - 2] == (uint32_t)(*r)[0] && cp[name.end - 1] == (uint32_t)(*r)[1])
                rank = (gx_span){name.end - 2, name.end};
        }
        if (rank.end == 0 && gx_word_at(art, name.end, RANKS) == 2)
            rank = (gx_span){name.end, name.end + 2};
        if (rank.end == 0 || !foreign_name(art, name.start, rank.start))
            continue;
        bool known = false;
        for (int p = 0; p < art->positions.n && !known; p++)
            known = art->positions.v[p].span.start == rank.start && art->positions.v[p].span.end == rank.end;
        if (known)
            continue;
        int person = gx_pp_rule_person(art, (gx_span){name.start, rank.start}, 0.85f);
        gx_pp_add_position(art, rank, person, -1);
    }
}
