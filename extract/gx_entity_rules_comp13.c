/* gx_entity_rules_comp13.c — checks of a suffix name's body (eleventh session, third company
 * round): a kind of investor that describes the firm before its name (对冲基金|科图管理公司), a
 * copula before a company word (虞江明为|公司董事: "X is the company's director"), and the sure
 * edges that let a full legal name end at its legal form whatever follows (子公司|义乌世茂中心发展
 * 有限公司|开发的). Called by the suffix and list rules (gx_entity_rules_suffix.c,
 * gx_entity_rules_context.c). Part of the entity rules (gx_entity_rules_impl.h). */
#include <uchar.h>

#include "gx_entity_rules_impl.h"

int32_t gx_er_after_investor_kind(const gx_article *art, int32_t s, int32_t body_end)
{
    int32_t l = gx_word_at(art, s, gx_investor_kinds);
    /* (a name must remain: two characters or more) */
    return l > 0 && body_end - (s + l) >= 2 ? s + l : s;
}

bool gx_er_copula_company(const gx_hit_index *ix, const gx_article *art, gx_span body, int32_t suffix_end)
{
    const uint32_t *cp = art->cp;
    if (body.end - body.start < 3)
        return false;
    uint32_t c = cp[body.end - 1];
    if (c != 0x4E3A /* 为 */ && c != 0x7CFB /* 系 */ && c != 0x662F /* 是 */)
        return false;
    /* the company word is 公司 alone and a title follows it: the company's post, held by the
     * subject before the copula */
    return suffix_end - body.end == 2 && cp[body.end] == 0x516C && cp[body.end + 1] == 0x53F8 &&
           gx_hit_len_starting(ix, suffix_end, GX_LEX_POSITION) > 0;
}

bool gx_er_legal_name_edges(const gx_hit_index *ix, const gx_article *art, gx_span body, int32_t suffix_end,
                            int32_t desc_edge)
{
    const uint32_t *cp = art->cp;
    static const uint32_t LIMITED[] = {0x6709, 0x9650, 0x516C, 0x53F8}; /* 有限公司 */
    /* (有限责任公司 too: 中标|中国石油大庆油田有限责任公司|项目, comp18) */
    static const uint32_t LIABILITY[] = {0x6709, 0x9650, 0x8D23, 0x4EFB, 0x516C, 0x53F8}; /* 有限责任公司 */
    if (suffix_end - body.end < 4 || body.end - body.start < 2)
        return false;
    bool limited = true, liability = suffix_end - body.end >= 6;
    for (int k = 0; k < 4; k++)
        limited = limited && cp[suffix_end - 4 + k] == LIMITED[k];
    for (int k = 0; k < 6 && liability; k++)
        liability = cp[suffix_end - 6 + k] == LIABILITY[k];
    if (!limited && !liability)
        return false;
    for (int32_t i = body.start; i + 4 <= body.end; i++)
        if (cp[i] == LIMITED[0] && cp[i + 1] == LIMITED[1] && cp[i + 2] == LIMITED[2] && cp[i + 3] == LIMITED[3])
            return false;
    int32_t s = body.start;
    /* (nor right after another legal form: 创富国际集团有限公司|达田有限公司 lost a separator) */
    if (s >= 4 && cp[s - 4] == LIMITED[0] && cp[s - 3] == LIMITED[1] && cp[s - 2] == LIMITED[2] && cp[s - 1] == LIMITED[3])
        return false;
    if (s == desc_edge)
        return true;
    /* (a function word before a known company inside the body is the clause's, not the name's:
     * ；西藏金宝藏因|平安证券股份有限公司) */
    static const char32_t FUNCTION[] = U"因由被向对经在从为与和及将";
    for (int32_t i = s + 1; i + 2 <= body.end; i++)
        for (const char32_t *f = FUNCTION; *f; f++)
            if (cp[i - 1] == (uint32_t)*f && gx_hit_len_starting(ix, i, GX_LEX_COMPANY) >= 2)
                return false;
    return s == 0 || (!gx_is_cjk(cp[s - 1]) && !gx_is_alnum(cp[s - 1])) ||
           gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_ending(ix, s, GX_LEX_POSITION) > 0;
}

bool gx_er_alias_of_term(const gx_hit_index *ix, const gx_article *art, gx_span name, gx_span alias)
{
    const uint32_t *cp = art->cp;
    int32_t len = alias.end - alias.start;
    if (len < 2)
        return false;
    /* (a word for the party itself points back to the name: (以下简称“公司”), “本集团”, “发行人”) */
    if (gx_word_ending(cp, alias.start, alias.end,
                       (const char32_t *const[]){U"公司", U"集团", U"本行", U"发行人", U"保荐机构", U"主承销商", NULL}) > 0)
        return false;
    /* a kind, not a name (“社保基金”, “公募产品”, “养老金”) */
    if (gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + alias.start, len) ||
        gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + alias.start, len))
        return true;
    /* an act of the filing itself (“本次回购股份”, “此次发行”, “本期债券”; comp16) */
    if (gx_word_at(art, alias.start, (const char32_t *const[]){U"本次", U"此次", U"本期", NULL}) > 0)
        return true;
    const char32_t *const *const THING_ENDINGS = gx_lexicon_words(ix->lex, GX_WL_THING_ENDING);
    if (gx_word_ending(cp, alias.start, alias.end, THING_ENDINGS) > 0 ||
        (name.end - name.start >= 2 && gx_word_ending(cp, name.start, name.end, THING_ENDINGS) > 0))
        return true;
    /* a definition after the alias: (以下简称“SaaS”,一种基于互联网的软件服务) */
    int32_t k = alias.end + 1;
    while (k < art->ncp && (cp[k] == ',' || cp[k] == 0xFF0C || cp[k] == ' ' || cp[k] == 0x3001))
        k++;
    return k > alias.end + 1 && k + 2 <= art->ncp && cp[k] == 0x4E00 /* 一 */ &&
           (cp[k + 1] == 0x79CD /* 种 */ || cp[k + 1] == 0x7C7B /* 类 */);
}

bool gx_er_ends_in_copula(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    for (int32_t l = 2; l <= 3 && l <= n.end - n.start; l++)
        if (gx_lexicon_is(ix->lex, GX_LEX_SYSTEM_WORD, art->cp + n.end - l, l))
            return true;
    return false;
}
