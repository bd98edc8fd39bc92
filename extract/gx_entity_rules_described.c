/* gx_entity_rules_described.c — a business the text describes with a copula (twentieth session,
 * comp33): X是一款…平台, X是一家…公司, X是一款…APP. CCF-style texts about lending apps and
 * platforms name them in such a sentence (工资管家是一款非常靠谱的小额现金快捷贷款平台) and often
 * nowhere else with a cue; the scraped text is glued (申请工资管家是一款…), so X's left edge is not
 * where the run before 是 starts: X is the longest end of that run that the article also writes
 * at a clear left edge (the title's start, after punctuation or a stop word) and names at least
 * twice. Part of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"

enum {
    DESC_NAME_MAX = 8,  /* the longest name read before 是 (gx_er_plausible_name's bound) */
    DESC_NOUN_GAP = 24, /* the farthest the kind of business may stand after 一款/一家 */
};

/* What X is said to be: a business (the kind ends the description). */
static const char32_t *const KINDS[] = {U"平台", U"公司", U"企业", U"集团", U"机构", U"商城", U"网站",
                                        U"APP",  U"App",  U"app",  U"软件", NULL};

/* Whether cp[at] starts a name by its left neighbour: the text's start, no letter or CJK
 * character before it, or a stop word ending there. */
static bool clear_left(const gx_hit_index *ix, const gx_article *art, int32_t at)
{
    if (at == 0)
        return true;
    uint32_t c = art->cp[at - 1];
    return (!gx_is_cjk(c) && !gx_is_alnum(c)) || gx_hit_len_ending(ix, at, GX_LEX_LEFT_STOP) > 0;
}

/* How often the article writes n, and (in *clear) whether once at a clear left edge. */
static int occurrences(const gx_hit_index *ix, const gx_article *art, gx_span n, bool *clear)
{
    int32_t len = n.end - n.start;
    int seen = 0;
    *clear = false;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at + len > art->ncp || memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            continue;
        seen++;
        *clear = *clear || clear_left(ix, art, at);
    }
    return seen;
}

/* Whether a kind of business ends the description that starts at from: one of KINDS within
 * DESC_NOUN_GAP characters, before any punctuation. */
static bool describes_business(const gx_article *art, int32_t from)
{
    for (int32_t q = from; q < art->ncp && q - from < DESC_NOUN_GAP; q++) {
        uint32_t c = art->cp[q];
        if (!gx_is_cjk(c) && !gx_is_alnum(c))
            return false;
        if (gx_word_at(art, q, KINDS) > 0)
            return true;
    }
    return false;
}

void gx_er_described_business_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t copula[2] = {0x662F /* 是 */, 0x4E00 /* 一 */};
    const uint32_t *cp = art->cp;
    for (int32_t i1 = gx_text_ix_first(&ix->text, copula); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t p = i1 - 1; /* at 是 */
        if (p < 2 || p + 3 > art->ncp || cp[p] != copula[0] || cp[p + 1] != copula[1] ||
            (cp[p + 2] != 0x6B3E /* 款 */ && cp[p + 2] != 0x5BB6 /* 家 */) || !describes_business(art, p + 3))
            continue;
        /* the longest end of the run before 是 that the article writes twice, once at a clear edge,
         * and as often as any shorter such end (极速放款|顺心花花: 款顺心花花 is rarer than the name) */
        gx_span best = {p, p};
        int best_seen = 2;
        for (int32_t l = 2; l <= DESC_NAME_MAX && p - l >= 0; l++) {
            uint32_t c = cp[p - l];
            if (!gx_is_cjk(c) && !gx_is_alnum(c))
                break;
            gx_span n = {p - l, p};
            bool clear;
            int seen = occurrences(ix, art, n, &clear);
            if (seen >= best_seen && clear) {
                best = n;
                best_seen = seen;
            }
            /* (a stop word of two or more characters ending here is this name's edge, whatever the
             * run before it: 卷款跑路|嘉恒房产是一家…公司; twenty-first session, comp38) */
            if (gx_hit_len_ending(ix, p - l, GX_LEX_LEFT_STOP) >= 2)
                break;
        }
        if (best.end - best.start < 2 || !gx_er_plausible_name(ix, art, best) || gx_word_at(art, best.start, KINDS) > 0 ||
            gx_er_ends_in_copula(ix, art, best) ||
            gx_er_cand_with_span(art, best, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT)) >= 0)
            continue;
        /* a describer or pronoun ending the name (该平台, 这家公司) is no name */
        int32_t e = best.end;
        bool ends_in_kind = false;
        for (int32_t k = best.start; k < e && !ends_in_kind; k++)
            ends_in_kind = gx_word_at(art, k, KINDS) == e - k;
        if (ends_in_kind)
            continue;
        gx_add_candidate(art, best, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}
