/* gx_resolve_dotted.c — part of stage 1 of resolution (gx_resolve_impl.h): names joined by a name dot
 * that the reading cut out of a longer chain of words (people38). A dot joins the parts of a foreign
 * name (迈克·威尔逊), but also words in slogans and column tags (乐学·乐享·乐于成长, 【尚融·原创】). A
 * person whose span opens right after such a dot and a Han character (乐学·|乐享·乐) is a piece of the
 * chain, and one whose last part is a single character that, with the character after it, writes an
 * ordinary word of the tagger's lexicon (原|创, 乐|于) ends inside a word: neither is someone. A real
 * name's single last part ends at its edge (伊姆兰·汗表示: 汗表 is no word). Nor is a name of words the chain goes
 * on after (乐学·乐享|·乐于成长). */
#include <stdbool.h>

#include "gx_entity_util.h"
#include "gx_resolve_impl.h"
#include "gx_tagger.h"

void gx_rs_dotted_cuts(gx_rs *rs)
{
    const gx_article *art = rs->art;
    const uint32_t *cp = art->cp;
    for (int a = 0; a < rs->nw; a++) {
        const gx_candidate *c = &rs->cv[rs->w[a].cand];
        int32_t s = c->span.start, e = c->span.end;
        if (c->type != GX_ENT_PERSON || rs->w[a].eff < 0 || e - s < 3)
            continue;
        int32_t dot = -1; /* the last name dot inside */
        for (int32_t k = s + 1; k < e - 1; k++)
            if (gx_is_name_dot(cp[k]))
                dot = k;
        if (dot < 0)
            continue;
        bool cut = s >= 2 && gx_is_name_dot(cp[s - 1]) && gx_is_cjk(cp[s - 2]);
        cut = cut || (dot == e - 2 && e < art->ncp && gx_is_cjk(cp[e - 1]) && gx_is_cjk(cp[e]) &&
                      gx_tagger_common_word(rs->eng->tagger, cp + e - 1, 2));
        /* (the chain going on after it, 乐学·乐享|·乐于成长: when a part holds a character no transliteration
         * writes, so that a foreign name read short, 迈克尔·杰弗里|·乔丹, is kept) */
        if (!cut && e + 1 < art->ncp && gx_is_name_dot(cp[e]) && gx_is_cjk(cp[e + 1]))
            for (int32_t k = s; k < e && !cut; k++)
                cut = gx_is_cjk(cp[k]) && !gx_translit_char(cp[k]);
        if (cut)
            rs->w[a].eff = -1;
    }
}
