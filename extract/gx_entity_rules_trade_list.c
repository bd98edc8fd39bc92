/* gx_entity_rules_trade_list.c — a list of web finance platforms named by their trade (twenty-fifth
 * session, comp59): 融股通、黑马外汇、世纪艾克国际金业、万銮国际、稳赢策略，安凯国际，…，富成配资、明道配资、
 * 天元策略、鼎泽配资…等平台亏损的资金可全款追回. Stock-margin and forex pages list the platforms they
 * warn of or "recover money from" in one run of short items separated by 、 or commas. The run starts
 * at a clear edge (the text's start or a punctuation mark) and each item is two to eight characters
 * or letters; the last one ends at 等 or a punctuation mark. The run is a list of platforms when three
 * items or more and at least half of them are either a company the gazetteer, a ticker or a rule reads
 * with the item's span, or end with a trade word (cues.tsv trade_kind: 配资, 策略, 外汇, 金业, 金服…)
 * after a stem of two characters or more that is no ordinary word of the tagger's lexicon (股票|配资,
 * 投资|策略, 黄金|外汇 do not count) — and at least two items end with such a word. Then each plausible
 * item (no ordinary word, no person, place, body or product read with its span, no known company
 * already there) is a company at 0.7. Part of the entity rules (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

enum { TRADE_LIST_MIN = 3, TRADE_LIST_MAX = 40, TRADE_ITEM_MIN = 2, TRADE_ITEM_MAX = 8 };

static bool is_item_sep(uint32_t c)
{
    return c == 0xFF0C /* ， */ || c == ',' || c == 0x3001 /* 、 */;
}

static bool is_word_char(uint32_t c)
{
    return gx_is_cjk(c) || gx_is_alnum(c);
}

/* A character that joins or ends a clause, never inside a platform's stem (或 就 是 了 的 在 和 与 及 也 都) */
static bool function_char(uint32_t c)
{
    return c == 0x6216 || c == 0x5C31 || c == 0x662F || c == 0x4E86 || c == 0x7684 || c == 0x5728 || c == 0x548C ||
           c == 0x4E0E || c == 0x53CA || c == 0x4E5F || c == 0x90FD;
}

/* A company read with the item's span by the gazetteer, a ticker or a rule. */
static bool known_item(const gx_article *art, gx_span n)
{
    return gx_er_cand_with_span_from(art, n, 1 << GX_ENT_COMPANY, ~(1 << GX_SRC_TAGGER)) >= 0;
}

/* Whether the item ends with a trade word after a stem of two characters or more that is no
 * ordinary word of the tagger's lexicon (百益|策略; not 投资|策略). */
static bool trade_item(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int l = gx_hit_len_ending(ix, n.end, GX_LEX_TRADE_KIND);
    int32_t stem = n.end - l - n.start;
    if (l <= 0 || stem < 2)
        return false;
    for (int32_t k = n.start; k < n.end - l; k++)
        if (!gx_is_cjk(art->cp[k]) && !gx_is_alnum(art->cp[k]))
            return false;
    /* (not a clause: 中期是股票+|外汇或期货，|后期就完全是外汇 — a stem opening with a trade word, or
     * holding a function character) */
    if (gx_hit_len_starting(ix, n.start, GX_LEX_TRADE_KIND) > 0)
        return false;
    for (int32_t k = n.start; k < n.end - l; k++)
        if (function_char(art->cp[k]))
            return false;
    /* (nor two such words: 管理期货|策略, 事件驱动|策略 are kinds of fund strategy) */
    if (stem == 4 && gx_tagger_common_word(ix->tagger, art->cp + n.start, 2) &&
        gx_tagger_common_word(ix->tagger, art->cp + n.start + 2, 2))
        return false;
    return !gx_tagger_common_word(ix->tagger, art->cp + n.start, stem) &&
           !gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + n.start, stem);
}

/* Whether the item may be read as a platform's name. */
static bool item_ok(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    /* (not a clause's rest after a number: 315.02%|的高位) */
    uint32_t c0 = art->cp[n.start];
    if (c0 == 0x7684 /* 的 */ || c0 == 0x4E86 /* 了 */ || c0 == 0x5728 /* 在 */ || c0 == 0x662F /* 是 */)
        return false;
    return gx_er_plausible_name_ex(ix, art, n, false) &&
           !gx_tagger_common_word(ix->tagger, art->cp + n.start, n.end - n.start) &&
           !gx_er_list_item_other_kind(ix, art, n, true);
}

/* The list whose first item starts at p (after a clear edge); returns where the scan goes on. */
static int32_t run_at(const gx_hit_index *ix, gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    gx_span items[TRADE_LIST_MAX];
    int n = 0;
    int32_t s = p, i = p;
    for (; i < art->ncp; i++) {
        uint32_t c = cp[i];
        if (is_word_char(c) && c != 0x7B49 /* 等 */)
            continue;
        int32_t len = i - s;
        if (len < TRADE_ITEM_MIN || len > TRADE_ITEM_MAX || n == TRADE_LIST_MAX)
            break;
        items[n++] = (gx_span){s, i};
        if (!is_item_sep(c))
            break; /* 等, or another punctuation mark, closes the list */
        s = i + 1;
    }
    if (n < TRADE_LIST_MIN)
        return i > p ? i : p + 1;
    int nsure = 0, ntrade = 0;
    for (int k = 0; k < n; k++) {
        bool t = trade_item(ix, art, items[k]);
        ntrade += t;
        nsure += t || known_item(art, items[k]);
    }
    if (ntrade >= 2 && 2 * nsure >= n)
        for (int k = 0; k < n; k++)
            if (!known_item(art, items[k]) && item_ok(ix, art, items[k]))
                gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
    return i > p ? i : p + 1;
}

/* A character that no run of items crosses: neither a word character nor a separator (run_at
 * stops at it, and the walk below resumes right after it whatever came before). */
static bool hard_stop(uint32_t c)
{
    return !is_word_char(c) && !is_item_sep(c);
}

void gx_er_trade_list_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* (speed30: only the stretches between two hard stops that hold the start of a trade word
     * are walked — a run counts only with items ending in one, and no run crosses a hard stop,
     * so the walk over the whole text met the same runs there and added nothing elsewhere; the
     * hits come in increasing order of their starts) */
    int32_t p = 0;
    for (int h = gx_hit_first(ix, GX_LEX_TRADE_KIND); h < ix->n; h = gx_hit_next(ix, h)) {
        int32_t at = ix->hits[h].start;
        if (at < p)
            continue; /* in the stretch walked already */
        while (at > p && !hard_stop(cp[at - 1]))
            at--;
        p = at;
        int32_t stop = ix->hits[h].start;
        while (stop < art->ncp && !hard_stop(cp[stop]))
            stop++;
        while (p < stop) {
            if (!is_word_char(cp[p]) || (p > 0 && is_word_char(cp[p - 1]))) {
                p++;
                continue;
            }
            p = run_at(ix, art, p);
        }
    }
}
