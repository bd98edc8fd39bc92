/* gx_people_respective.c — names that take posts one each (fourteenth session, helper "people15"):
 *
 *   张伟、刘洋分别担任公司董事长和总经理      names joined by 、 和 与 及, 分别/依次, a verb of
 *                                           holding, then as many titles joined by 和 、 及
 *   公司董事长、总经理分别由张伟、刘洋担任    the titles first, 分别由/依次由, the names, a verb of
 *                                           holding (nineteenth session, people25)
 *
 * The n-th name holds the n-th title. The clause-opener rule (gx_people_predicates.c) gave every
 * title to the last name; this pass runs after it and the chains, and sets each title's holder
 * again. Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

enum { MAX_PAIRS = 6 };

static bool joiner(uint32_t c)
{
    return c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ ||
           c == 0x53CA /* 及 */;
}

/* The position starting at pos, or -1. */
static int position_at(const gx_article *art, int first_position, int32_t pos)
{
    for (int i = first_position; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == pos)
            return i;
    return -1;
}

/* The position ending at pos, or -1. */
static int position_ending_at(const gx_article *art, int first_position, int32_t pos)
{
    for (int i = first_position; i < art->positions.n; i++)
        if (art->positions.v[i].span.end == pos)
            return i;
    return -1;
}

/* 董事长、总经理分别由张伟、刘洋担任, 公司董事长由张伟担任: the titles joined before 由 (分别由, 依次由
 * when there are several), the names joined after it, then a verb of holding; the n-th title goes
 * to the n-th name. */
static void titles_first(gx_article *art, int first_position)
{
    static const char32_t *const CUE[] = {U"分别由", U"依次由", NULL};
    static const char32_t *const HOLD[] = {U"担任", U"出任", U"兼任", U"接任", U"任", NULL};
    const uint32_t *cp = art->cp;
    for (int last = first_position; last < art->positions.n; last++) {
        const int32_t v = art->positions.v[last].span.end;
        if (v + 2 >= art->ncp)
            continue;
        /* (总经理一职由张伟担任: the post named as such) */
        int32_t post = cp[v] == 0x4E00 && cp[v + 1] == 0x804C /* 一职 */ ? 2 : 0;
        int32_t cue = cp[v + post] == 0x7531 /* 由 */ ? 1 : gx_word_at(art, v + post, CUE);
        if (cue == 0)
            continue;
        /* the titles before the cue, from the last back */
        int titles[MAX_PAIRS], nt = 0;
        int32_t q = v;
        while (nt < MAX_PAIRS) {
            int i = position_ending_at(art, first_position, q);
            if (i < 0)
                break;
            titles[nt++] = i;
            int32_t s = art->positions.v[i].span.start;
            if (s < 2 || !joiner(cp[s - 1]))
                break;
            q = s - 1;
        }
        /* the names after it, in order */
        int people[MAX_PAIRS], np = 0;
        int32_t k = v + post + cue;
        while (np < MAX_PAIRS && k < art->ncp) {
            int p = gx_pp_cand_starting_at(art, k, 1 << GX_ENT_PERSON);
            if (p < 0)
                break;
            people[np++] = p;
            k = art->candidates.v[p].span.end;
            if (k + 1 >= art->ncp || !joiner(cp[k]))
                break;
            k++;
        }
        if (nt == 0 || np == 0 || gx_word_at(art, k, HOLD) == 0)
            continue;
        /* one name after 由 holds every title (董事长、总经理由张伟担任) */
        if (np == 1 && cue == 1) {
            for (int j = 0; j < nt; j++)
                art->positions.v[titles[j]].person = people[0];
            continue;
        }
        if (nt != np || (nt > 1) != (cue > 1))
            continue;
        /* titles[] runs from the last title back */
        for (int j = 0; j < nt; j++)
            art->positions.v[titles[nt - 1 - j]].person = people[j];
    }
}

void gx_pp_respective_posts(const gx_hit_index *ix, gx_article *art, int first_position)
{
    titles_first(art, first_position);
    const char32_t *const *const CUE = gx_lexicon_words(ix->lex, GX_WL_RESPECTIVE_CUE);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, CUE, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t v = at[a];
        /* the names before 分别, from the last back */
        int people[MAX_PAIRS], np = 0;
        int32_t q = v;
        while (np < MAX_PAIRS) {
            int p = gx_pp_person_ending_at(art, q);
            if (p < 0)
                break;
            people[np++] = p;
            int32_t s = art->candidates.v[p].span.start;
            if (s < 2 || !joiner(cp[s - 1]))
                break;
            q = s - 1;
        }
        if (np < 2)
            continue;
        /* the titles after the verb: the first within twelve characters (its owner between),
         * the others joined to it */
        int32_t ve = v + gx_word_at(art, v, CUE);
        int titles[MAX_PAIRS], nt = 0;
        for (int32_t k = ve; k < art->ncp && k - ve <= 12 && nt == 0; k++) {
            if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]))
                break;
            int i = position_at(art, first_position, k);
            if (i >= 0)
                titles[nt++] = i;
        }
        while (nt > 0 && nt < MAX_PAIRS) {
            int32_t e = art->positions.v[titles[nt - 1]].span.end;
            if (e + 1 >= art->ncp || !joiner(cp[e]))
                break;
            int i = position_at(art, first_position, e + 1);
            if (i < 0)
                break;
            titles[nt++] = i;
        }
        if (nt != np)
            continue;
        /* people[] runs from the last name back: the first title goes to people[np - 1] */
        for (int k = 0; k < nt; k++)
            art->positions.v[titles[k]].person = people[np - 1 - k];
    }
}
