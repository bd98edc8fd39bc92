/* gx_entity_rules_former.c — a firm written with its former name in brackets (twenty-fourth
 * session, comp55): 首投理财（原沪深理财）近日发布清盘公告. The bracket (原Y) after a firm's name gives the
 * name the firm had before (Y, both edges fixed by the bracket); the name before the bracket X is the
 * firm's current name: a company some other rule or the tagger read there, or else the longest end of
 * the run before the bracket that the article writes at least twice (公告|首投理财 … 交待|首投理财表示).
 * Both are companies. Not a bracket whose content is no name: a person's or a unit's former post
 * (胡鹏（原火币集团CMO）, 库务部(原资金运营部)), 原始股东 ('original shareholders'). Part of the entity
 * rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

enum { FORMER_NAME_MAX = 8 }; /* gx_er_plausible_name's bound */

/* Whether cp[p] opens a bracket and cp[p + 1] is 原 ('former') on its own: not the start of a word
 * of the tagger's lexicon (原始 'original', 原型 'prototype': prototype（原型研发）). */
static bool former_bracket_at(const gx_hit_index *ix, const gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    return p + 4 < art->ncp && (cp[p] == 0xFF08 /* （ */ || cp[p] == '(') && cp[p + 1] == 0x539F /* 原 */ &&
           cp[p + 2] != 0x59CB /* 始 */ && !gx_tagger_common_word(ix->tagger, cp + p + 1, 2);
}

/* Whether n starts inside a word of Latin letters or digits (prototype: pe). */
static bool inside_latin_word(const gx_article *art, gx_span n)
{
    return n.start > 0 && art->cp[n.start] < 0x80 && gx_is_alnum(art->cp[n.start]) && art->cp[n.start - 1] < 0x80 &&
           gx_is_alnum(art->cp[n.start - 1]);
}

/* Whether the span may be a firm's name here: plausible, no common word, no post inside (CMO,
 * 董事长), not a person's, a place's or a body's reading, not ending in a department or a role
 * (部, 处, 人: 资金运营部, 负责人). */
static bool firm_name_shape(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    if (!gx_er_plausible_name_ex(ix, art, n, false) ||
        gx_tagger_common_word(ix->tagger, art->cp + n.start, n.end - n.start))
        return false;
    for (int32_t k = n.start; k < n.end; k++)
        if (gx_hit_len_starting(ix, k, GX_LEX_POSITION) > 0)
            return false;
    uint32_t last = art->cp[n.end - 1];
    if (last == 0x90E8 /* 部 */ || last == 0x5904 /* 处 */ || last == 0x4EBA /* 人 */)
        return false;
    return gx_er_cand_with_span(art, n, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT)) < 0;
}

/* The current name before the bracket at p: a company candidate ending there, or the longest end
 * of the run (two to FORMER_NAME_MAX characters) the article writes twice. Empty when none. */
static gx_span current_name_before(const gx_hit_index *ix, const gx_article *art, int32_t p, bool *known)
{
    *known = false;
    int c = gx_er_cand_ending_at(art, p, 1 << GX_ENT_COMPANY);
    if (c >= 0) {
        *known = true;
        return art->candidates.v[c].span;
    }
    gx_span best = {p, p};
    for (int32_t l = 2; l <= FORMER_NAME_MAX && p - l >= 0; l++) {
        uint32_t ch = art->cp[p - l];
        if (!gx_is_cjk(ch) && !gx_is_alnum(ch))
            break;
        gx_span n = {p - l, p};
        if (gx_er_written(ix, art, n) >= 2)
            best = n;
    }
    return best;
}

/* The bracket (原Y) at p after a name. */
static void former_at(const gx_hit_index *ix, gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    if (p < 2 || !former_bracket_at(ix, art, p))
        return;
    uint32_t close = cp[p] == '(' ? ')' : 0xFF09 /* ） */;
    int32_t s = p + 2, e = s;
    while (e < art->ncp && e - s <= FORMER_NAME_MAX && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
        e++;
    if (e >= art->ncp || cp[e] != close)
        return;
    gx_span old = {s, e};
    bool known;
    gx_span now = current_name_before(ix, art, p, &known);
    if (now.end - now.start < 2 || !firm_name_shape(ix, art, old) || (!known && (!firm_name_shape(ix, art, now) || inside_latin_word(art, now))))
        return;
    gx_add_candidate(art, old, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    if (!known)
        gx_add_candidate(art, now, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
}

void gx_er_former_name_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t opens[2][2] = {{0xFF08 /* （ */, 0x539F /* 原 */}, {'(', 0x539F}};
    for (int b = 0; b < 2; b++)
        for (int32_t i1 = gx_text_ix_first(&ix->text, opens[b]); i1 > 0; i1 = ix->text.next[i1 - 1])
            if (art->cp[i1 - 1] == opens[b][0])
                former_at(ix, art, i1 - 1);
}
