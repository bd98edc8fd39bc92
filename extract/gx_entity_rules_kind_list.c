/* gx_entity_rules_kind_list.c — a list of firms opened by their kind (twenty-fourth session,
 * comp58): 目前社交电商平台有：云集，环球捕手，贝店等等. A word for what the items are (cues.tsv
 * list_noun: 平台, 公司, 券商…) with 有 or 包括 and a colon after it opens a list; the items, three or
 * more, are separated by a comma or 、 and the last one is closed by 等 (or 等等) and a clear end (a
 * punctuation mark, the end of the text, or a word for firms). Web texts separate such items with
 * commas, where the list rules of gx_entity_rules_context.c read only 、. Every item must be
 * short and name-shaped (two to six characters, a plausible name, no ordinary word of the tagger's
 * lexicon, no other reading with its span); one item that is not makes the list no list of firms
 * (平台有：安全，便捷，高效等: qualities). Not a list of funds (基金: a fund is no firm). Part of
 * the entity rules (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

enum { KIND_LIST_MIN = 3, KIND_LIST_MAX = 12, KIND_ITEM_MIN = 2, KIND_ITEM_MAX = 6 };

static bool is_item_sep(uint32_t c)
{
    return c == 0xFF0C /* ， */ || c == ',' || c == 0x3001 /* 、 */;
}

static bool is_colon(uint32_t c)
{
    return c == 0xFF1A /* ： */ || c == ':';
}

/* The position after 有： or 包括： at pos, else -1. */
static int32_t intro_end(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos + 1 < art->ncp && cp[pos] == 0x6709 /* 有 */ && is_colon(cp[pos + 1]))
        return pos + 2;
    if (pos + 2 < art->ncp && cp[pos] == 0x5305 /* 包 */ && cp[pos + 1] == 0x62EC /* 括 */ && is_colon(cp[pos + 2]))
        return pos + 3;
    return -1;
}

/* Whether the item may be a firm's short name here. */
static bool item_shape(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    if (len < KIND_ITEM_MIN || len > KIND_ITEM_MAX || !gx_er_plausible_name(ix, art, n) ||
        gx_tagger_common_word(ix->tagger, art->cp + n.start, len))
        return false;
    /* (a company the gazetteer or a rule reads with the item's span outweighs the tagger's other reading) */
    if (gx_er_list_item_other_kind(ix, art, n, true) &&
        gx_er_cand_with_span_from(art, n, 1 << GX_ENT_COMPANY, ~(1 << GX_SRC_TAGGER)) < 0) /* 贝店, the gazetteer's */
        return false;
    for (int32_t k = n.start; k < n.end; k++)
        if (!gx_is_cjk(art->cp[k]) && !gx_is_alnum(art->cp[k]))
            return false;
    return true;
}

/* Whether the list closed by 等 at i ends clearly: 等 or 等等, then punctuation, the text's end or a
 * list noun. */
static bool closed_at(const gx_hit_index *ix, const gx_article *art, int32_t i)
{
    int32_t j = i + 1;
    if (j < art->ncp && art->cp[j] == 0x7B49 /* 等 */)
        j++;
    return j >= art->ncp || (!gx_is_cjk(art->cp[j]) && !gx_is_alnum(art->cp[j])) ||
           gx_hit_len_starting(ix, j, GX_LEX_LIST_NOUN) > 0;
}

/* The list after the intro ending at p. */
static void list_at(const gx_hit_index *ix, gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    gx_span items[KIND_LIST_MAX];
    int n = 0;
    int32_t s = p;
    for (int32_t i = p; i < art->ncp && i - p < KIND_LIST_MAX * (KIND_ITEM_MAX + 1); i++) {
        uint32_t c = cp[i];
        bool deng = c == 0x7B49 /* 等 */;
        if (!deng && !is_item_sep(c)) {
            if (!gx_is_cjk(c) && !gx_is_alnum(c))
                return;
            continue;
        }
        if (n == KIND_LIST_MAX)
            return;
        gx_span item = {s, i};
        if (!item_shape(ix, art, item))
            return;
        items[n++] = item;
        if (deng) {
            if (n < KIND_LIST_MIN || !closed_at(ix, art, i))
                return;
            for (int k = 0; k < n; k++)
                if (gx_er_cand_with_span(art, items[k], 1 << GX_ENT_COMPANY) < 0)
                    gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
            return;
        }
        s = i + 1;
    }
}

void gx_er_kind_list_rule(const gx_hit_index *ix, gx_article *art)
{
    for (int k = gx_hit_first(ix, GX_LEX_LIST_NOUN); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_LIST_NOUN)
            continue;
        /* (a list of funds is no list of firms) */
        if (art->cp[h->end - 1] == 0x91D1 /* 金 */ && h->end - h->start >= 2 && art->cp[h->end - 2] == 0x57FA /* 基 */)
            continue;
        int32_t p = intro_end(art, h->end);
        if (p > 0)
            list_at(ix, art, p);
    }
}
