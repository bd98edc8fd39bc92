/* gx_people_legal.c — the legal representative written 法人 before a name in web texts (吉林青旅法人童平频频更换…,
 * 先明信息公司法人侯长锋): 法人 is no title of positions.tsv (it is a legal person in 法人股, 法人治理, 法人银行, 财团法人,
 * and the lexicon scan would find it in 执法人员), so it is read here only with the Chinese name right after it.
 * The name is read as after 联系人 (gx_pp_label_name, gx_people_names.c). Part of gx_people (gx_people_impl.h).
 * The places of 法人 come from the article's bigram index: no walk over the text. */
#include "gx_normalize.h"
#include "gx_people_impl.h"

/* 公司法人 at i with no name after: a post the predicate rules and the appositions give a holder
 * (gx_pp_predicate_holders, gx_pp_appositives: they ask the title to close its clause); kept only
 * with one (公司法人财产权, 公司法人治理 name no one). */
static void firm_post(const gx_hit_index *ix, gx_article *art, int32_t i)
{
    const uint32_t *cp = art->cp;
    if (i + 2 < art->ncp && !gx_cp_in(cp[i + 2], U"，,。；;、\n现目"))
        return;
    int first = art->positions.n;
    gx_pp_add_position(art, (gx_span){i, i + 2}, -1, gx_pp_cand_ending_at(art, i, GX_ORGLIKE));
    gx_pp_predicate_holders(ix, art, first);
    if (art->positions.v[first].person < 0)
        gx_pp_appositives(ix, art, first);
    if (art->positions.v[first].person < 0)
        art->positions.n = first;
}

void gx_pp_legal_persons(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp;
    /* the places of 法人 from the article's bigram index, in increasing order (no walk of the text) */
    static const uint32_t faren[2] = {0x6CD5 /* 法 */, 0x4EBA /* 人 */};
    for (int32_t i1 = gx_text_ix_first(&ix->text, faren); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t i = i1 - 1;
        if (i + 3 >= n)
            break;
        if (i < 1 || cp[i] != 0x6CD5 || cp[i + 1] != 0x4EBA || !gx_is_cjk(cp[i - 1]))
            continue;
        /* a firm's 法人 closing its clause, no name after (此人刘波，是原…有限公司法人现为…, 马英，女，…有限公司法人，):
         * its holder is read as a title's with no name after it is (copula, apposition), or none */
        if (cp[i - 1] == 0x53F8 /* 司 */ && i >= 2 && cp[i - 2] == 0x516C /* 公 */) {
            firm_post(ix, art, i);
            continue;
        }
        /* 执法人员, 财团法人, 社团法人, 独立法人, 非法人: no legal representative */
        if (gx_cp_in(cp[i - 1], U"执团立非司"))
            continue;
        /* the name (gx_pp_label_name: the tagger's reading fixes its end, 法人李佳|早已将; no ordinary
         * word, 一般法人单列出…: legal persons listed apart) */
        int32_t s0 = i + 2, e = gx_pp_label_name(ix, art, s0);
        if (e < 0)
            continue;
        int person = gx_pp_rule_person(art, (gx_span){s0, e}, 0.85f);
        gx_pp_add_position(art, (gx_span){i, i + 2}, person, -1);
    }
}
