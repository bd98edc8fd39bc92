/* gx_entity_rules_firms.c — unlisted investment firms named X投资 / X资产 that the article uses
 * as a speaker or an owner (钱坤投资指出, 科德投资认为, 长金投资的投资理念, 关注七曜投资公众号).
 * 投资 and 资产 are no company suffix of their own (价值投资, 优质资产 are ordinary words), so the
 * suffix rule leaves them; a two-character name with a clear left edge followed by what only a
 * firm does (speaks, holds an investment philosophy, runs a public account) is one. Titles after
 * the name (星石投资首席策略师) are the people rules' (org_title). Eighth session, helper "cohosp". */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"

/* What follows a firm's name: a speech verb, its philosophy, its public account. */
static const char32_t *const FIRM_NEXT[] = {U"认为", U"指出", U"表示", U"预计", U"的投资理念", U"公众号", NULL};
/* Words a firm's name may follow besides punctuation and left_stop words (本文作者系X, 关注X). */
static const char32_t *const FIRM_LEFT[] = {U"系", U"关注", NULL};

void gx_er_investment_firm_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t heads[][2] = {{0x6295, 0x8D44} /* 投资 */, {0x8D44, 0x4EA7} /* 资产 */};
    const uint32_t *cp = art->cp;
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        for (int32_t i1 = gx_text_ix_first(&ix->text, heads[h]); i1 > 0; i1 = ix->text.next[i1 - 1]) {
            int32_t p = i1 - 1; /* the head word at [p, p + 2) */
            if (p < 2 || p + 2 >= art->ncp || cp[p] != heads[h][0] || cp[p + 1] != heads[h][1])
                continue;
            if (!gx_is_cjk(cp[p - 2]) || !gx_is_cjk(cp[p - 1]) || !gx_word_at(art, p + 2, FIRM_NEXT))
                continue;
            gx_span n = {p - 2, p + 2};
            /* a clear left edge: text start, punctuation, a stop word, 系 or 关注 */
            bool clear = n.start == 0 || (!gx_is_cjk(cp[n.start - 1]) && !gx_is_alnum(cp[n.start - 1])) ||
                         gx_hit_len_ending(ix, n.start, GX_LEX_LEFT_STOP) > 0 || gx_word_ending(cp, 0, n.start, FIRM_LEFT) > 0;
            if (!clear)
                continue;
            /* the body is no ordinary word (金融投资, 海外资产) nor a word that never names */
            gx_span body = {n.start, p};
            if (gx_er_is_generic_body(ix, art, body) || gx_hit_len_starting(ix, body.start, GX_LEX_LEFT_STOP) >= 2 ||
                gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + n.start, 4))
                continue;
            if (gx_er_cand_with_span(art, n, GX_ORGLIKE) >= 0)
                continue;
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.55f, NULL, -1);
        }
    }
}
