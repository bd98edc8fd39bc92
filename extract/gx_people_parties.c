/* gx_people_parties.c — people a report introduces by the party they speak for, then a Chinese name and what
 * they say (玩家于菲气愤地回忆道, 玩家曾明告诉记者, 投资者李明表示): the name sits between a word for a party
 * (PARTY below: players, investors, users, residents, victims) and a verb of saying (cues.tsv say_verb, or
 * 回忆道 说道 哭诉 抱怨), perhaps after a manner adverb in 地 (气愤地). No title: a party is no post.
 * Part of gx_people (gx_people_impl.h). One look-up of the party words in the bigram index: linear. */
#include <string.h>

#include "gx_normalize.h"
#include "gx_people_impl.h"
#include "gx_tagger.h"

/* Where the saying starts after the name's end e: e itself, or after a manner adverb of two or three
 * characters ending in 地 (气愤地, 无奈地); -1 when no verb of saying follows. */
static int32_t saying_after(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    static const char32_t *const MORE[] = {U"回忆道", U"说道", U"哭诉", U"抱怨", U"反映", NULL};
    for (int32_t k = e; k <= e + 3 && k < art->ncp; k++) {
        if (k > e && art->cp[k - 1] != 0x5730 /* 地 */)
            continue;
        if (k != e && k - e < 3)
            continue;
        if (gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, k) > 0 || gx_word_at(art, k, MORE) > 0)
            return k;
    }
    return -1;
}

void gx_pp_party_speakers(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const PARTY[] = {U"玩家", U"网友", U"市民", U"村民", U"股民", U"网民", U"投资者", U"投资人",
                                            U"受害者", U"受害人", U"用户", U"消费者", U"业主", U"车主", U"储户", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, PARTY, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t p = at[a] + gx_word_at(art, at[a], PARTY);
        if (p + 3 > art->ncp || !gx_lexicon_char_is(ix->lex, cp[p], GX_LEX_SURNAME))
            continue;
        for (int32_t len = 3; len >= 2; len--) {
            int32_t e = p + len;
            if (e >= art->ncp || saying_after(ix, art, e) < 0)
                continue;
            bool han = true;
            for (int32_t k = p; k < e; k++)
                han = han && gx_is_cjk(cp[k]);
            /* (投资者高先生表示: a surname and a form of address, no name) */
            static const char32_t *const FORMS[] = {U"先生", U"女士", U"小姐", NULL};
            if (!han || gx_word_at(art, p + 1, FORMS) > 0 || gx_pp_cand_starting_at(art, p, GX_ORGLIKE) >= 0 || gx_tagger_common_word(ix->tagger, cp + p, len) ||
                gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + p, len) || gx_lexicon_is(ix->lex, GX_LEX_POSITION, cp + p, len) ||
                gx_hit_len_starting(ix, p, GX_LEX_LEFT_STOP) >= 2)
                continue;
            gx_pp_rule_person(art, (gx_span){p, e}, 0.8f);
            break;
        }
    }
}
