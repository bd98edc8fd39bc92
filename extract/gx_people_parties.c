/* gx_people_parties.c — people a report introduces by the party they speak for, then a Chinese name and what
 * they say (玩家于菲气愤地回忆道, 玩家曾明告诉记者, 投资者李明表示): the name sits between a word for a party
 * (cues.tsv party_word: players, investors, users, residents, victims) and a verb of saying (cues.tsv say_verb,
 * or recount_verb: 回忆道 说道 哭诉 抱怨 反映), perhaps after a manner adverb of three characters in 地 (气愤地);
 * failing that, before a clause mark or a name's end of two characters (市民姜泉根成为, people35).
 * No title: a party is no post. Part of gx_people (gx_people_impl.h). The party words are the lexicon scan's
 * hits of their kind: linear. */
#include "gx_normalize.h"
#include "gx_people_impl.h"
#include "gx_tagger.h"

/* Where the saying starts after the name's end e: e itself, or after a manner adverb of three characters
 * ending in 地 (气愤地, 无奈地, 激动地); -1 when no verb of saying follows. A two-character adverb is not
 * read: the names are tried three characters first, and 于菲|气愤地回忆道 would then pass as 于菲气|愤地. */
static int32_t saying_after(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    const int32_t adverb = 3;
    if (e + adverb < art->ncp && art->cp[e + adverb - 1] == 0x5730 /* 地 */) {
        int32_t k = e + adverb;
        if (gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, k) > 0 || gx_lex_word_at(ix->lex, GX_LEX_RECOUNT_VERB, art, k) > 0)
            return k;
    }
    if (gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, e) > 0 || gx_lex_word_at(ix->lex, GX_LEX_RECOUNT_VERB, art, e) > 0)
        return e;
    return -1;
}

/* (people35) A weaker end after the name's end e: a name's end of two characters or more (cues.tsv name_end:
 * 成为 表示 告诉 …: 市民姜泉根成为) or a clause mark (玩家王鹤，让他来分享): the party introduces the person as
 * well. Tried only when no length of the name meets a verb of saying (投资人雷军称，: 雷军, not 雷军称). */
static bool name_closes(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    return gx_lex_word_at(ix->lex, GX_LEX_NAME_END, art, e) >= 2 || art->cp[e] == 0xFF0C /* ， */ ||
           art->cp[e] == 0x3002 /* 。 */;
}

void gx_pp_party_speakers(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int32_t last = -1;
    for (int k = gx_hit_first(ix, GX_LEX_PARTY_WORD); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        int32_t p = h->end;
        if (h->start == last || p + 3 > art->ncp || !gx_lexicon_char_is(ix->lex, cp[p], GX_LEX_SURNAME))
            continue;
        last = h->start;
        for (int32_t pass = 0, done = 0; pass < 2 && !done; pass++)
        for (int32_t len = 3; len >= 2; len--) {
            int32_t e = p + len;
            if (e >= art->ncp || (pass == 0 ? saying_after(ix, art, e) < 0 : !name_closes(ix, art, e)))
                continue;
            /* (the weaker end: no name ends in a name's end of one character, 雷军称|，; nor opens with an
             * ordinary word, 投资者|平均只|获得) */
            if (pass == 1 && (gx_lex_word_at(ix->lex, GX_LEX_NAME_END, art, e - 1) == 1 ||
                              (len == 3 && gx_tagger_common_word(ix->tagger, cp + p, 2))))
                continue;
            bool han = true;
            for (int32_t q = p; q < e; q++)
                han = han && gx_is_cjk(cp[q]);
            /* (投资者高先生表示: a surname and a form of address, cues.tsv address_form, no name) */
            if (!han || gx_lex_word_at(ix->lex, GX_LEX_ADDRESS_FORM, art, p + 1) > 0 ||
                gx_pp_cand_starting_at(art, p, GX_ORGLIKE) >= 0 || gx_tagger_common_word(ix->tagger, cp + p, len) ||
                gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + p, len) || gx_lexicon_is(ix->lex, GX_LEX_POSITION, cp + p, len) ||
                gx_hit_len_starting(ix, p, GX_LEX_LEFT_STOP) >= 2)
                continue;
            gx_pp_rule_person(art, (gx_span){p, e}, 0.8f);
            done = 1;
            break;
        }
    }
}
