/* gx_people_tags.c — analysts named by the bracketed tag a research note opens with: the firm,
 * the desk or sector, then the analyst (【国君环保徐强】今日环保…, as 【广发策略戴康】). A surname name
 * of two or three characters closing the tag, after an organization candidate, or after a desk word
 * (cues.tsv dept_prefix) or a sector or body word (generic_body: 环保, 医药, 地产) with two or more
 * characters of the firm before it and a common surname (not a column: 【地产简报】). No title: the
 * desk is no post. Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

void gx_pp_tagged_analysts(const gx_hit_index *ix, gx_article *art)
{
    /* what stands before a tag that opens a line or the repeated title after 原标题: (the bigram
     * index finds them: no walk over every character) */
    static const char32_t *const BEFORE[] = {U"\n【", U":【", U"：【", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, BEFORE, &nat);
    for (int32_t a = -1; a < nat; a++) {
        /* the tag opens the text (a = -1), a line, or the repeated title */
        const int32_t i = a < 0 ? 0 : at[a] + 1;
        if (i + 5 >= art->ncp || cp[i] != 0x3010 /* 【 */)
            continue;
        int32_t close = i + 1;
        while (close < art->ncp && close - i <= 12 && gx_is_cjk(cp[close]))
            close++;
        if (close >= art->ncp || cp[close] != 0x3011 /* 】 */)
            continue;
        for (int32_t len = 3; len >= 2; len--) {
            int32_t s = close - len;
            if (s - (i + 1) < 2 || gx_pp_chinese_name(ix, art, s) != close)
                continue;
            if (gx_pp_cand_ending_at(art, s, GX_ORGLIKE) >= 0) {
                gx_pp_rule_person(art, (gx_span){s, close}, 0.8f);
                break;
            }
            /* the firm's short name (two or more characters) before the desk, and a common
             * surname: not a column's heading (【地产简报】, 【科技雷锋】, 【宏观经济简报】) */
            int32_t d = gx_hit_len_ending(ix, s, GX_LEX_DEPT_PREFIX);
            for (int32_t k = 2; d == 0 && k <= 4 && s - k > i; k++)
                if (gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + s - k, k))
                    d = k;
            bool desk = d > 0 && s - d - (i + 1) >= 2 && gx_lexicon_char_is(ix->lex, cp[s], GX_LEX_COMMON_SURNAME);
            if (!desk)
                continue;
            gx_pp_rule_person(art, (gx_span){s, close}, 0.8f);
            break;
        }
    }
}
