/* gx_people_moves.c — a post moved from (郑志刚博士由公司执行副主席兼总经理改任为公司执行副主席兼行政总裁,
 * 王建国由副总经理调任总经理): a person, 由, the post held before (with its owner; several joined by 、),
 * a verb of moving and the post after it. The person held the first and holds the second. Part of
 * gx_people (gx_people_impl.h). */
#include "gx_people_impl.h"

/* A form of address between the name and 由 (郑志刚博士由, 王建国先生由). */
static const char32_t *const ADDRESS[] = {U"博士", U"先生", U"女士", NULL};

/* The person ending right before 由 at `from` (a candidate of two to four characters, or a Chinese
 * name with a clean left edge), past a form of address; its candidate index or -1. */
static int holder_before(const gx_hit_index *ix, gx_article *art, int32_t from)
{
    int32_t q = from - gx_word_ending(art->cp, from >= 4 ? from - 2 : from, from, ADDRESS);
    int tp = gx_pp_person_ending_at(art, q);
    if (tp >= 0 && q - art->candidates.v[tp].span.start >= 2)
        return tp;
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s0 = q - len;
        if (s0 >= 0 && gx_pp_chinese_name(ix, art, s0) == q && gx_pp_name_left_edge(ix, art, s0))
            return gx_pp_rule_person(art, (gx_span){s0, q}, 0.85f);
    }
    return -1;
}

/* The holder-less position whose title (or its owner) starts at `at`, or -1. */
static int title_from(gx_article *art, int32_t at)
{
    for (int j = 0; j < art->positions.n; j++) {
        const gx_position *p = &art->positions.v[j];
        if (p->person < 0 && p->span.start >= at && p->span.start <= at + 16 &&
            gx_pp_owner_left(art, p->span.start) == at)
            return j;
    }
    return -1;
}

void gx_pp_moved_posts(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    for (int i = first_position; i < art->positions.n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        gx_span ts = art->positions.v[i].span;
        int32_t v = gx_word_at(art, ts.end, gx_lexicon_words(ix->lex, GX_WL_MOVE_VERB));
        if (v == 0)
            continue;
        /* back over the owner and 、-joined titles held before (由公司董事、副总经理改任) */
        int32_t left = gx_pp_owner_left(art, ts.start);
        int chain[4], nchain = 0;
        while (left >= 2 && cp[left - 1] == 0x3001 /* 、 */ && nchain < 4) {
            int j = -1;
            for (int k = 0; k < art->positions.n && j < 0; k++)
                if (art->positions.v[k].span.end == left - 1 && art->positions.v[k].person < 0)
                    j = k;
            if (j < 0)
                break;
            chain[nchain++] = j;
            left = gx_pp_owner_left(art, art->positions.v[j].span.start);
        }
        if (left < 3 || cp[left - 1] != 0x7531 /* 由 */)
            continue;
        int person = holder_before(ix, art, left - 1);
        if (person < 0)
            continue;
        art->positions.v[i].person = person;
        for (int c = 0; c < nchain; c++)
            art->positions.v[chain[c]].person = person;
        /* the post after the verb, and the titles 、-joined to it */
        int32_t at = ts.end + v;
        for (int guard = 0; guard < 4; guard++) {
            int j = title_from(art, at);
            if (j < 0)
                break;
            art->positions.v[j].person = person;
            at = art->positions.v[j].span.end;
            if (at >= art->ncp || cp[at] != 0x3001)
                break;
            at++;
        }
    }
}
