/* gx_people_places.c — a name the tagger read as a person that opens with a place (徐州丰利,
 * 深圳华强), or with the rest of a place whose first character it cut off (宁|波海顺): a firm named
 * by its city and its trade name, as filings and the press name holders and shareholders
 * (控股股东徐州丰利共质押了…, 宁波海顺：沪指加速上涨), not a person; nor is a place read whole (温哥华). Chinese given names follow a
 * surname, never a place of two or more characters. Part of gx_people (gx_people_impl.h). */
#include <string.h>

#include "gx_cand_pos.h"
#include "gx_entity_util.h"
#include "gx_people_impl.h"

/* Is candidate c a location of two or three characters, not at pos, whose text is written at pos?
 * Its length, else 0. */
static int32_t place_reading(const gx_article *art, const gx_candidate *c, int32_t pos)
{
    int32_t n = c->span.end - c->span.start;
    if (c->type == GX_ENT_LOCATION && n >= 2 && n <= 3 && c->span.start != pos &&
        pos + n <= art->ncp &&
        memcmp(art->cp + c->span.start, art->cp + pos, (size_t)n * sizeof *art->cp) == 0)
        return n;
    return 0;
}

/* The length of a place at pos: a region of the lexicon, or a place the tagger read elsewhere in
 * the article (徐州 of 徐州丰利, named alone in its address): the first such candidate's.
 * Two searches take turns, one step each, and the first to end answers (quad29: the walk alone
 * was quadratic on a text that repeats itself): the walk over the candidates in order (it ends
 * at the first match) and, with the rules' candidate index (art->cand_pos) and the bigram index,
 * the places where the two characters at pos are written (the least candidate matching at any
 * of them: the walk's first match). */
static int32_t place_at(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    int32_t pl = gx_hit_len_starting(ix, pos, GX_LEX_REGION);
    if (pl >= 2)
        return pl;
    const uint32_t *cp = art->cp;
    bool places = art->cand_pos && art->text_ix && pos + 2 <= art->ncp;
    int32_t p = places ? gx_text_place_first(art, cp + pos) : -1;
    int best = -1;
    int32_t best_n = 0;
    for (int w = 0;; w++) {
        if (w >= art->candidates.n)
            return pl;
        int32_t n = place_reading(art, &art->candidates.v[w], pos);
        if (n > 0)
            return n;
        if (!places)
            continue;
        if (p < 0)
            return best >= 0 ? best_n : pl;
        if (p != pos && p + 2 <= art->ncp && cp[p] == cp[pos] && cp[p + 1] == cp[pos + 1])
            for (int i = gx_cand_pos_next(art, -1, p, false); i >= 0 && (best < 0 || i < best);
                 i = gx_cand_pos_next(art, i, p, false))
                if ((n = place_reading(art, &art->candidates.v[i], pos)) > 0) {
                    best = i, best_n = n;
                    break;
                }
        p = gx_text_place_next(art, p);
    }
}

void gx_pp_place_led_names(const gx_hit_index *ix, gx_article *art)
{
    for (int i = 0; i < art->candidates.n; i++) {
        gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER)
            continue;
        /* a place of the lexicon read whole as a name (温哥华, 多伦多: a foreign city whose first
         * character is a surname) is the place */
        int32_t len = c->span.end - c->span.start;
        if (gx_hit_len_starting(ix, c->span.start, GX_LEX_REGION) == len ||
            gx_hit_len_starting(ix, c->span.start, GX_LEX_FOREIGN_CITY) == len) {
            c->type = GX_ENT_LOCATION;
            continue;
        }
        /* 宁|波海顺: the tagger cut the place's first character off (a region of the lexicon
         * starting right before the name and ending inside it): the whole is the firm */
        int32_t s = c->span.start;
        if (s > 0 && gx_is_cjk(art->cp[s - 1])) {
            int32_t rl = gx_hit_len_starting(ix, s - 1, GX_LEX_REGION);
            if (rl >= 2 && s - 1 + rl < c->span.end && c->span.end - (s - 1 + rl) >= 2 &&
                gx_hit_len_ending(ix, s, GX_LEX_REGION) == 0) {
                gx_cand_set_start(art, c, s - 1);
                c->type = GX_ENT_COMPANY;
                continue;
            }
        }
        /* the place, then two or more characters of the firm's own name (four at least: the
         * length is read before place_at, which walks the article's candidates) */
        if (c->span.end - c->span.start < 4)
            continue;
        int32_t pl = place_at(ix, art, c->span.start);
        if (pl < 2 || c->span.end - c->span.start < pl + 2)
            continue;
        for (int32_t k = c->span.start; k < c->span.end; k++)
            if (!gx_is_cjk(art->cp[k]))
                goto next;
        c->type = GX_ENT_COMPANY;
    next:;
    }
}
