/* gx_entity_rules_numbered.c — the numbered units of the state builders, named by their group's
 * short name, a number and the unit's kind: 中国二十二冶 (China MCC's 22nd), 中铁十六局, 中建八局,
 * 中交一航局, 中水十三局; with the legal form that follows them (中铁二十三局集团有限公司). The
 * number and the kind fix both edges, so no tagger reading is needed. (sixteenth session, comp22)
 * Part of the entity rules (gx_entity_rules_impl.h). */
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* Does a company reading start at s.start and run past s.end (the legal name of a firm of the
 * unit: 中铁十六局集团永兴投资管理(天津)有限公司)? */
static bool longer_company(const gx_article *art, gx_span s)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_COMPANY && c->span.start == s.start && c->span.end > s.end)
            return true;
    }
    return false;
}

/* the numerals of a unit's number (十六, 二十二) */
static const char32_t NUMERALS[] = U"一二三四五六七八九十";

/* The end of the unit's kind at pos for the group whose short name is g (0 中国: 冶; 1 中铁,
 * 2 中建, 4 中水: 局; 3 中交: 航局, 公局), else -1. */
static int32_t unit_end(const gx_article *art, int g, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos >= art->ncp)
        return -1;
    if (g == 0)
        return cp[pos] == 0x51B6 /* 冶 */ ? pos + 1 : -1;
    if (g == 3)
        return pos + 1 < art->ncp && (cp[pos] == 0x822A /* 航 */ || cp[pos] == 0x516C /* 公 */) && cp[pos + 1] == 0x5C40 /* 局 */
                   ? pos + 2
                   : -1;
    return cp[pos] == 0x5C40 /* 局 */ ? pos + 1 : -1;
}

void gx_er_numbered_unit_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const GROUPS = gx_lexicon_words(ix->lex, GX_WL_NUMBERED_GROUP);
    for (int g = 0; GROUPS[g]; g++) {
        const char32_t *const words[2] = {GROUPS[g], NULL};
        int32_t n = 0;
        const int32_t *at = gx_text_ix_words(&ix->text, art, words, &n);
        for (int32_t i = 0; i < n; i++) {
            int32_t k = at[i] + 2;
            while (k < art->ncp && k - at[i] - 2 < 3 && gx_cp_in(art->cp[k], NUMERALS))
                k++;
            if (k == at[i] + 2 || (k < art->ncp && gx_cp_in(art->cp[k], NUMERALS)))
                continue;
            int32_t end = unit_end(art, g, k);
            if (end < 0)
                continue;
            int sfx = gx_hit_len_starting(ix, end, GX_LEX_COMPANY_SUFFIX);
            gx_span name = {at[i], end + (sfx > 0 ? sfx : 0)};
            /* (a reading of 局 as an office, 中建八局 as a government body, is no reason to leave it) */
            if (gx_er_cand_with_span(art, name, 1 << GX_ENT_COMPANY) < 0 && !longer_company(art, name))
                gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.95f, NULL, -1);
        }
    }
}
