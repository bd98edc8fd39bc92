/* gx_entity_rules_called.c — a business introduced by what it is called (twenty-sixth session,
 * comp66): 这是一个叫顺天影视的投资平台, 是一家叫中安民生的公司, 一个叫恒优国际的网络平台, 一款名为之道出行的
 * 网约车平台, 有一只叫金盛环球的APP. Victims' stories on web finance pages name the platform once, so,
 * and nowhere else with a cue. The name is the run between 叫, 叫做, 名叫 or 名为 and 的, two to eight
 * letters or Chinese characters with no punctuation; after 的 at most DESC_KIND_GAP characters lead
 * to a kind of business (平台, 公司, 企业, 集团, 网站, 商城, APP, 软件: cues.tsv called_kind). The name is plausible
 * (gx_er_plausible_name), no ordinary word of the tagger's lexicon, holds no 的, and no person,
 * place or body is read with its span; 叫 with the name's first character is no word of the lexicon
 * (叫花), and an end of the run the article writes more often is the name (一款叫花|蜜蜂花园); a
 * company already read with the span is left alone. A company at 0.65. Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_normalize.h"
#include "gx_tagger.h"

enum {
    CALLED_NAME_MIN = 2,
    CALLED_NAME_MAX = 8,
    DESC_KIND_GAP = 4, /* 叫顺天影视的|投资|平台, 名为之道出行的|网约车|平台 */
};

/* The words that introduce a name: to be called (叫, 叫做, 名叫) and named (名为). */
static const char32_t *const CALLING[] = {U"叫做", U"名叫", U"名为", U"叫", NULL};

/* Whether a kind of business (what the called thing is: cues.tsv called_kind) stands within
 * DESC_KIND_GAP Chinese characters from `from`. */
static bool business_after(const gx_lexicon *lex, const gx_article *art, int32_t from)
{
    for (int32_t q = from; q < art->ncp && q - from <= DESC_KIND_GAP; q++) {
        if (gx_lex_word_at(lex, GX_LEX_CALLED_KIND, art, q) > 0)
            return true;
        if (!gx_is_cjk(art->cp[q]))
            return false;
    }
    return false;
}

void gx_er_called_business_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* (the places of 叫 and 名 only, found eight code points at a time) */
    const int32_t last = art->ncp - CALLED_NAME_MIN - 2; /* the walk's bound: at < last */
    for (int32_t at = 0; (at = gx_cps_find_either(cp, at, last, 0x53EB /* 叫 */, 0x540D /* 名 */)) < last; at++) {
        int len = (int)gx_word_at(art, at, CALLING);
        if (len <= 0)
            continue;
        int32_t s = at + len, e = s;
        while (e < art->ncp && e - s <= CALLED_NAME_MAX && cp[e] != 0x7684 /* 的 */ &&
               (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
            e++;
        if (e >= art->ncp || cp[e] != 0x7684 || e - s < CALLED_NAME_MIN || e - s > CALLED_NAME_MAX ||
            !business_after(ix->lex, art, e + 1))
            continue;
        gx_span n = {s, e};
        /* (叫 glued to the name's first character as a word: 叫花|子的平台) */
        if (len == 1 && gx_tagger_common_word(ix->tagger, cp + at, 2))
            continue;
        /* (an end of the run the article writes more often is the name: 一款叫花|蜜蜂花园的导购类APP, with
         * 蜜蜂花园 written five times; an end of three characters or more and no ordinary word — 顺天|影视
         * keeps its name) */
        int seen = gx_er_written(ix, art, n);
        for (int32_t k = s + 1; e - k >= 3; k++)
            if (!gx_tagger_common_word(ix->tagger, cp + k, e - k) && gx_er_written(ix, art, (gx_span){k, e}) > seen) {
                n.start = k;
                break;
            }
        if (!gx_er_plausible_name(ix, art, n) || gx_tagger_common_word(ix->tagger, cp + n.start, n.end - n.start) ||
            gx_lex_word_at(ix->lex, GX_LEX_CALLED_KIND, art, n.start) > 0 ||
            gx_er_cand_with_span(art, n, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT) |
                                             (1 << GX_ENT_ORGANIZATION) | (1 << GX_ENT_COMPANY)) >= 0)
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}
