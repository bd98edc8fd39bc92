/* gx_entity_rules_shares.c — a listed company's short name of the A-share shape that the
 * gazetteer does not know (delisted, renamed: 蓝田股份), eleventh session, helper "comp12".
 * Two characters and 股份, named three times or more, once as a clause's subject or after 对
 * (对蓝田股份发放贷款, 蓝田股份的偿债能力); not shares of something (公司股份, 部分股份,
 * 限售股份: a stop word, a generic body or a kind before 股份). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"

void gx_er_share_name_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t GUFEN[] = {0x80A1, 0x4EFD}; /* 股份 */
    const char32_t *const *const KINDS = gx_lexicon_words(ix->lex, GX_WL_SHARE_KIND);
    const uint32_t *cp = art->cp;
    for (int32_t p1 = gx_text_ix_first(&ix->text, GUFEN); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t g = p1 - 1;
        if (g < 2 || g + 2 > art->ncp || cp[g] != GUFEN[0] || cp[g + 1] != GUFEN[1])
            continue;
        gx_span n = {g - 2, g + 2};
        if (!gx_is_cjk(cp[n.start]) || !gx_is_cjk(cp[n.start + 1]) || gx_word_at(art, n.start, KINDS) ||
            gx_word_at(art, n.start + 1, KINDS) || gx_er_is_generic_body(ix, art, (gx_span){n.start, g}) ||
            gx_hit_len_starting(ix, n.start, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_starting(ix, n.start + 1, GX_LEX_LEFT_STOP) > 0 ||
            (n.end < art->ncp && (cp[n.end] == 0x6709 /* 有限 */ || cp[n.end] == 0x516C /* 公司 */)))
            continue;
        /* a clear left edge here */
        if (n.start > 0 && gx_is_cjk(cp[n.start - 1]) && gx_hit_len_ending(ix, n.start, GX_LEX_LEFT_STOP) == 0)
            continue;
        if (gx_er_cand_with_span(art, n, GX_ORGLIKE) >= 0)
            continue;
        /* named three times or more, once as a subject (…的, …会计) after a clause edge or 对 */
        int seen = 0;
        bool subject = false;
        for (int32_t i1 = gx_text_ix_first(&ix->text, cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
            int32_t p = i1 - 1;
            if (p + 4 > art->ncp || memcmp(cp + p, cp + n.start, sizeof(uint32_t) * 4))
                continue;
            seen++;
            bool edge = p == 0 || !gx_is_cjk(cp[p - 1]) || cp[p - 1] == 0x5BF9 /* 对 */;
            subject |= edge && p + 4 < art->ncp && (cp[p + 4] == 0x7684 /* 的 */ || gx_is_cjk(cp[p + 4]));
        }
        if (seen >= 3 && subject)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}
