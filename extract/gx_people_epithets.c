/* gx_people_epithets.c — a person introduced by a quoted epithet (来自“定增大王”牛晓涛。, “浙江股市第一
 * 盟主”章建平入驻): a phrase in quotes that ends in a noun for a kind of person (王 主 者 侠 神 迷 哥 姐
 * 佬 手 人 家 富 星, as the describers of gx_resolve_roles.c), then a surname name of two or three
 * characters that the name reader reads to a name's edge, with no firm starting there (“定增王”华龙
 * 证券), closing the clause or read by the tagger too (not “科技超人”解读智|能化). No title: an epithet is no post. Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

void gx_pp_epithet_names(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const CLOSES = gx_lexicon_words(ix->lex, GX_WL_EPITHET_CLOSE);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, CLOSES, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t q = at[a] + 1; /* the closing quote */
        if (q + 3 > art->ncp)
            continue;
        /* the opening quote within 12 characters, Han characters between */
        int32_t o = q - 1;
        while (o > 0 && q - o <= 12 && gx_is_cjk(cp[o - 1]))
            o--;
        if (o == 0 || cp[o - 1] != 0x201C /* “ */ || q - o < 2)
            continue;
        const int32_t s = q + 1;
        int32_t e = gx_pp_chinese_name(ix, art, s);
        if (e - s < 2 || e - s > 3 || gx_pp_cand_starting_at(art, s, GX_ORGLIKE) >= 0 ||
            !gx_pp_list_member_name(ix, art, s, e))
            continue;
        /* the name closes the clause, or the tagger reads it too (not “科技超人”解读智|能化) */
        bool closes = e >= art->ncp || (!gx_is_cjk(cp[e]) && !gx_is_alnum(cp[e]));
        bool tagged = false;
        for (int i = 0; i < art->candidates.n && !closes && !tagged; i++) {
            const gx_candidate *c = &art->candidates.v[i];
            tagged = c->type == GX_ENT_PERSON && c->source == GX_SRC_TAGGER && c->span.start == s && c->span.end == e;
        }
        if (closes || tagged)
            gx_pp_rule_person(art, (gx_span){s, e}, 0.8f);
    }
}
