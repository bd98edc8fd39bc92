/* gx_people_lists.c — members of a 、-list of people that the name reader (gx_pp_chinese_name())
 * refuses: a given name holding a character names seldom use or one that opens a word
 * (由鲍无可、黎海威两名基金经理: 无; 林鹏、王延飞、史博、余广). Between the list's punctuation and next
 * to a person, a surname and one or two characters are a name: the list fixes both edges.
 * Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

/* A list's closing mark after a member: 、 or 等. */
static bool member_closer(const gx_article *art, int32_t pos)
{
    return pos < art->ncp && (art->cp[pos] == 0x3001 || art->cp[pos] == 0x7B49 /* 等 */);
}

/* No lexicon name (company, body, title) starts inside the member or at it. */
static bool no_word_inside(const gx_hit_index *ix, int32_t s, int32_t e)
{
    for (int32_t k = s; k < e; k++)
        if (gx_hit_len_starting(ix, k, GX_LEX_COMPANY) > 0 || gx_hit_len_starting(ix, k, GX_LEX_ORGANIZATION) > 0 ||
            gx_hit_len_starting(ix, k, GX_LEX_GOVERNMENT) > 0 || gx_hit_len_starting(ix, k, GX_LEX_POSITION) > 0 ||
            gx_hit_len_starting(ix, k, GX_LEX_REGION) > 0)
            return false;
    return true;
}

static bool member_shape(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e)
{
    if (s < 0 || e - s < 2 || e - s > 3 || !gx_pp_list_member_name(ix, art, s, e) || !no_word_inside(ix, s, e))
        return false;
    /* a doubled character is no given name here (王王) */
    return art->cp[e - 1] != art->cp[e - 2];
}

int32_t gx_pp_list_member_at(const gx_hit_index *ix, const gx_article *art, int32_t s)
{
    for (int32_t len = 2; len <= 3; len++)
        if (member_closer(art, s + len) && member_shape(ix, art, s, s + len))
            return s + len;
    return s;
}

bool gx_pp_name_left_edge(const gx_hit_index *ix, const gx_article *art, int32_t s)
{
    if (s == 0)
        return true;
    uint32_t c = art->cp[s - 1];
    if (!gx_is_cjk(c))
        return !gx_is_alnum(c);
    if (gx_cp_in(c, U"由与和及的"))
        return true;
    return gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0;
}

/* The member ending at e (at a 、 before a person): the three-character reading when its edge is
 * clean, else the two-character one; -1 when neither. */
static int32_t member_before(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s = e - len;
        if (member_shape(ix, art, s, e) && gx_pp_name_left_edge(ix, art, s))
            return s;
        /* 领取管清友、罗元裳: a verb before it, but the only reading that starts with a surname
         * (取 and 清 are none) */
        if (len == 3 && member_shape(ix, art, s, e) && s > 0 && gx_is_cjk(art->cp[s - 1]) &&
            !gx_lexicon_char_is(ix->lex, art->cp[s - 1], GX_LEX_SURNAME) &&
            !gx_lexicon_char_is(ix->lex, art->cp[s + 1], GX_LEX_SURNAME))
            return s;
    }
    return -1;
}

/* No candidate of another kind (a place, a firm) covers any of s..e (拜耳、…、伊顿、舍弗勒: 伊顿
 * the tagger reads as a place is no name). */
static bool no_other_reading(const gx_article *art, int32_t s, int32_t e)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION && c->span.start < e && c->span.end > s)
            return false;
    }
    return true;
}

static bool anchor(const gx_candidate *c)
{
    return c->type == GX_ENT_PERSON && (c->source != GX_SRC_TAGGER || c->score >= 0.5f);
}

void gx_pp_list_members(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* new persons anchor further members (A、B、C): the candidates appended are visited too */
    for (int i = 0; i < art->candidates.n && i < 4096; i++) {
        gx_candidate c = art->candidates.v[i];
        if (!anchor(&c) || c.span.end - c.span.start < 2)
            continue;
        if (c.span.start >= 3 && cp[c.span.start - 1] == 0x3001) {
            /* one stray space before the mark (马凯 、周小川) is no part of the member */
            int32_t me = c.span.start - 1;
            if (gx_cp_in(cp[me - 1], U" \u3000\u00A0"))
                me--;
            int32_t s = member_before(ix, art, me);
            if (s >= 0 && no_other_reading(art, s, me))
                gx_pp_rule_person(art, (gx_span){s, me}, 0.7f);
        }
        if (c.span.end + 3 <= art->ncp && cp[c.span.end] == 0x3001) {
            int32_t e = gx_pp_list_member_at(ix, art, c.span.end + 1);
            if (e > c.span.end + 1 && no_other_reading(art, c.span.end + 1, e))
                gx_pp_rule_person(art, (gx_span){c.span.end + 1, e}, 0.7f);
        }
    }
}
