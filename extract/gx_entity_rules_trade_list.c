/* gx_entity_rules_trade_list.c — a list of web finance platforms named by their trade (twenty-fifth
 * session, comp59): 融股通、黑马外汇、世纪艾克国际金业、万銮国际、稳赢策略，安凯国际，…，富成配资、明道配资、
 * 天元策略、鼎泽配资…等平台亏损的资金可全款追回. Stock-margin and forex pages list the platforms they
 * warn of or "recover money from" in one run of short items separated by 、 or commas. The run starts
 * at a clear edge (the text's start or a punctuation mark) and each item is two to eight characters
 * or letters (a Latin word counting half its letters: item_units); the last one ends at 等 or a punctuation mark. The run is a list of platforms when three
 * items or more and at least half of them are either a company the gazetteer, a ticker or a rule reads
 * with the item's span, or end with a trade word (cues.tsv trade_kind: 配资, 策略, 外汇, 金业, 金服…)
 * after a stem of two characters or more that is no ordinary word of the tagger's lexicon (股票|配资,
 * 投资|策略, 黄金|外汇 do not count) or with a company suffix or a brand head after such a stem (博恩|资本,
 * 聚美|商城; platlist, twenty-ninth session) — and at least two items end with a trade word. Then
 * each plausible item (no ordinary word, no person, place, body or product read with its span, no
 * report inside it, no known company already there but a rule's reading of a firm-word item) is a
 * company at 0.7. Part of the entity rules (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

enum { TRADE_LIST_MIN = 3, TRADE_LIST_MAX = 40, TRADE_ITEM_MIN = 2, TRADE_ITEM_MAX = 8, TRADE_ITEM_RAW_MAX = 16 };

static bool is_item_sep(uint32_t c)
{
    return c == 0xFF0C /* ， */ || c == ',' || c == 0x3001 /* 、 */;
}

static bool is_word_char(uint32_t c)
{
    return gx_is_cjk(c) || gx_is_alnum(c);
}

/* A company read with the item's span by the gazetteer, a ticker or a rule. */
static bool known_item(const gx_article *art, gx_span n)
{
    return gx_er_cand_with_span_from(art, n, 1 << GX_ENT_COMPANY, ~(1 << GX_SRC_TAGGER)) >= 0;
}

/* A company the gazetteer or a ticker reads with the item's span. */
static bool known_gazetteer_item(const gx_article *art, gx_span n)
{
    return gx_er_cand_with_span_from(art, n, 1 << GX_ENT_COMPANY,
                                     (1 << GX_SRC_GAZETTEER) | (1 << GX_SRC_TICKER)) >= 0;
}

/* Whether a report on a platform (cues.tsv trade_report: 亏损, 被骗, 怎么样 …) starts inside the item
 * and ends before its end: the clause that asks about the list, no name (…，坤吉国际，投资亏损怎么办？). */
static bool holds_report(const gx_hit_index *ix, gx_span n)
{
    for (int32_t k = n.start; k < n.end; k++) {
        int l = gx_hit_len_starting(ix, k, GX_LEX_TRADE_REPORT);
        if (l > 0 && k + l < n.end)
            return true;
    }
    return false;
}

/* Whether the item ends with a word of the lexicon's kind (a trade word, a company suffix, a brand
 * head) after a stem of two characters or more that is no ordinary word of the tagger's lexicon
 * (百益|策略, 博恩|资本; not 投资|策略). */
static bool word_item(const gx_hit_index *ix, const gx_article *art, gx_span n, gx_lex_kind kind)
{
    int l = gx_hit_len_ending(ix, n.end, kind);
    int32_t stem = n.end - l - n.start;
    if (l <= 0 || stem < 2)
        return false;
    /* (the stem is letters, digits and Han characters; not a clause: 中期是股票+|外汇或期货，|后期就完全是外汇
     * — a stem opening with a trade word, or holding a function character) */
    if (gx_hit_len_starting(ix, n.start, kind) > 0 ||
        gx_hit_len_starting(ix, n.start, GX_LEX_TRADE_KIND) > 0)
        return false;
    for (int32_t k = n.start; k < n.end - l; k++)
        if (!is_word_char(art->cp[k]) || gx_is_function_char(art->cp[k]))
            return false;
    /* (nor two such words: 管理期货|策略, 事件驱动|策略 are kinds of fund strategy) */
    if (stem == 4 && gx_tagger_common_word(ix->tagger, art->cp + n.start, 2) &&
        gx_tagger_common_word(ix->tagger, art->cp + n.start + 2, 2))
        return false;
    return !gx_tagger_common_word(ix->tagger, art->cp + n.start, stem) &&
           !gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + n.start, stem);
}

/* Whether the item ends with a trade word after a proper stem (word_item). */
static bool trade_item(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    return word_item(ix, art, n, GX_LEX_TRADE_KIND);
}

/* Whether the item ends with a company suffix or a brand head after a proper stem (博恩|资本,
 * 聚美|商城, 芸峰|财富; platlist, twenty-ninth session). */
static bool firm_word_item(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    return word_item(ix, art, n, GX_LEX_COMPANY_SUFFIX) || word_item(ix, art, n, GX_LEX_BRAND_HEAD);
}

/* Whether the item may be read as a platform's name. */
static bool item_ok(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    /* (not a clause's rest after a number: 315.02%|的高位) */
    if (gx_cp_in(art->cp[n.start], U"的了在是"))
        return false;
    return gx_er_plausible_name_ex(ix, art, n, false) &&
           !gx_tagger_common_word(ix->tagger, art->cp + n.start, n.end - n.start) &&
           !gx_er_list_item_other_kind(ix, art, n, true);
}

/* An item's length against TRADE_ITEM_MAX: in an item with Chinese characters a Latin word (a run of
 * letters and digits holding a letter) counts half its letters, rounded up, so a broker written with its Latin name stays an item
 * (万致VantageFX, 汇达丰VIDAFONE; twenty-eighth session, platforms); digits alone and Chinese
 * characters count one each. -1 when the item is longer than TRADE_ITEM_RAW_MAX code points. */
static int32_t item_units(const uint32_t *cp, int32_t s, int32_t e)
{
    if (e - s > TRADE_ITEM_RAW_MAX)
        return -1;
    int32_t units = 0, ncjk = 0;
    for (int32_t k = s; k < e; k++)
        ncjk += gx_is_cjk(cp[k]);
    if (ncjk == 0)
        return e - s; /* (a Latin item alone keeps its letters: a run of long Latin words is a page's
                       * other list, 宝盈交易，BKCOIN，crescofx，HATSKY，winztraders，…, CCF row 3170) */
    for (int32_t k = s; k < e;) {
        if (!gx_is_alnum(cp[k])) {
            units++, k++;
            continue;
        }
        int32_t w = k;
        bool letter = false;
        for (; w < e && gx_is_alnum(cp[w]); w++)
            letter = letter || !(cp[w] >= '0' && cp[w] <= '9');
        units += letter ? (w - k + 1) / 2 : w - k;
        k = w;
    }
    return units;
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
        /* (the first item may open with a joining word the clause put before the list:
         * 随着…，以及|盈路证券、富途证券、老虎证券等) */
        int lead = n == 0 ? gx_hit_len_starting(ix, s, GX_LEX_LEFT_STOP) : 0;
        if (lead >= 2 && i - s - lead >= TRADE_ITEM_MIN)
            s += lead;
        int32_t len = item_units(cp, s, i);
        if (i - s < TRADE_ITEM_MIN || len < 0 || len > TRADE_ITEM_MAX || n == TRADE_LIST_MAX)
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
        nsure += t || known_item(art, items[k]) || firm_word_item(ix, art, items[k]);
    }
    /* (a firm word's item another rule read is the list's item too: the suffix rule's 博恩资本 alone
     * lacks the support resolution asks of a name only its suffix shows; platlist) */
    if (ntrade >= 2 && 2 * nsure >= n)
        for (int k = 0; k < n; k++)
            if ((!known_item(art, items[k]) ||
                 (!known_gazetteer_item(art, items[k]) && firm_word_item(ix, art, items[k]))) &&
                item_ok(ix, art, items[k]) &&
                !holds_report(ix, items[k]))
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

/* Whether cp[at] starts a name by its left neighbour: the text's start, a character that is no
 * letter, digit or CJK character (punctuation, a line break), or a stop word of two characters or
 * more ending there (关于|佑米金融). */
static bool trade_clear_left(const gx_hit_index *ix, const gx_article *art, int32_t at)
{
    return at == 0 || !is_word_char(art->cp[at - 1]) || gx_hit_len_ending(ix, at, GX_LEX_LEFT_STOP) >= 2;
}

/* Whether the stem [s, t) of a name written once reads as a name, not as the clause before a trade
 * word: no ordinary word of the tagger's lexicon opening or closing it (为什么|炒外汇, 打击|互联网|金融,
 * 维权真能|追回|外汇, 醒醒|中云国际), no verb of trading or a list's 等 in it (跟郑磊炒|外汇, 期权等|金融). */
static bool stem_is_name(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t t)
{
    int ncjk = 0;
    for (int32_t k = s; k < t; k++) {
        if (art->cp[k] == 0x7092 /* 炒 */ || art->cp[k] == 0x7B49 /* 等 */ || art->cp[k] == 0x8DDF /* 跟 */)
            return false;
        ncjk += gx_is_cjk(art->cp[k]);
    }
    /* (a stem of five Chinese characters or more written once is a clause: 惠轶因比特币|期货爆仓; nor does it
     * end with a trade word: 香港万豪金业|外汇) */
    if (ncjk > 4 || gx_hit_len_ending(ix, t, GX_LEX_TRADE_KIND) > 0)
        return false;
    for (int32_t l = 2; l < t - s; l++)
        if (gx_tagger_common_word(ix->tagger, art->cp + s, l) || gx_tagger_common_word(ix->tagger, art->cp + t - l, l))
            return false;
    return true;
}

/* A platform named by its trade and asked or reported about (twenty-fifth session, comp64): web
 * finance pages title and open their clauses with a platform's name and a question or a report,
 * 百益策略平台亏损的资金能够追回吗？多赢策略被骗怎么办？ — the name written once, no list, no cue of
 * the asked rule (which wants it twice). The name runs from a clear left edge (trade_clear_left) to
 * a trade word (cues.tsv trade_kind) that is followed, right away or after 平台 or 外汇 or 外汇平台 (海贝国际外汇骗局),
 * by what such texts ask or report (cues.tsv trade_report: 被骗, 亏损, 怎么样, 跑路, 提现, 黑平台, 骗局…); the whole run is the name
 * (two to eight characters), its stem passes trade_item (no ordinary word, no region, no function
 * character), it opens and closes with no ordinary word (stem_is_name) and the name is item_ok. No known
 * company there. A company at 0.65. */
void gx_er_trade_asked_rule(const gx_hit_index *ix, gx_article *art)
{
    if (gx_hit_first(ix, GX_LEX_TRADE_REPORT) >= ix->n)
        return;
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_TRADE_KIND); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_TRADE_KIND)
            continue;
        int32_t e = h->end, q = e;
        /* (the market it trades may stand between the name and 平台 or the report: 海贝国际|外汇|骗局,
         * 鼎兴环球|外汇|平台|曝光; twenty-sixth session, comp66) */
        if (q + 2 <= art->ncp && cp[q] == 0x5916 /* 外 */ && cp[q + 1] == 0x6C47 /* 汇 */ && cp[e - 1] != 0x6C47)
            q += 2;
        if (q + 2 <= art->ncp && cp[q] == 0x5E73 /* 平 */ && cp[q + 1] == 0x53F0 /* 台 */)
            q += 2;
        if (gx_hit_len_starting(ix, q, GX_LEX_TRADE_REPORT) <= 0)
            continue;
        /* the run of letters and characters before the trade word, back to a clear edge */
        int32_t s = h->start;
        while (s > 0 && is_word_char(cp[s - 1]) && h->end - s < TRADE_ITEM_MAX && !trade_clear_left(ix, art, s))
            s--;
        gx_span n = {s, e};
        /* (before 交易平台 a stem of letters alone names the kind of venue or its software, not a
         * platform: mt4|外汇交易平台, ecn|外汇交易平台; twenty-seventh session, comp70) */
        if (q == e && q + 1 < art->ncp && cp[q] == 0x4EA4 /* 交 */ && cp[q + 1] == 0x6613 /* 易 */) {
            bool han = false;
            for (int32_t k = s; k < h->start && !han; k++)
                han = gx_is_cjk(cp[k]);
            if (!han)
                continue;
        }
        if (!trade_clear_left(ix, art, s) || (s > 0 && gx_is_alnum(cp[s - 1])) || e - s < TRADE_ITEM_MIN + 2 ||
            !trade_item(ix, art, n) || !stem_is_name(ix, art, s, h->start) || known_item(art, n) || !item_ok(ix, art, n))
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}

/* Whether [s, e) reads as a platform's name after 在 and before what its customers did there: two to
 * eight units (item_units), no function character, no verb of trading or list word, no ordinary word
 * of the tagger's lexicon opening or closing what comes before a closing business word (a trade word,
 * a company suffix or a brand head: 九梦|财富, 宜思|资本; not 这个金融|市场, 中元天颐|为什么). */
static bool venue_name(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e)
{
    int32_t units = item_units(art->cp, s, e);
    if (e - s < TRADE_ITEM_MIN || units < TRADE_ITEM_MIN || units > TRADE_ITEM_MAX)
        return false;
    for (int32_t k = s; k < e; k++)
        if (!is_word_char(art->cp[k]) || gx_is_function_char(art->cp[k]))
            return false;
    int32_t t = e;
    int l = gx_hit_len_ending(ix, e, GX_LEX_TRADE_KIND);
    if (l <= 0)
        l = gx_hit_len_ending(ix, e, GX_LEX_COMPANY_SUFFIX);
    if (l <= 0)
        l = gx_hit_len_ending(ix, e, GX_LEX_BRAND_HEAD);
    if (l > 0 && e - l - s >= 2)
        t = e - l;
    if (t == e && gx_tagger_common_word(ix->tagger, art->cp + s, e - s))
        return false;
    return stem_is_name(ix, art, s, t);
}

/* A platform named where its customers did or suffered something on it (twenty-eighth session,
 * platforms): 是被老师带着在融股通做单, 投资人是在融股通亏损的, 在VeGard平台被骗了如何挽回 — 在, the name,
 * 平台 or 上 perhaps, then a cues.tsv venue_deed (做单, 亏损, 被骗, 出金, 入金, 爆仓). The name is the run
 * of letters and characters between 在 and the cue (venue_name), read as a list item is (item_ok: no
 * ordinary word, no person, place or body there) and no known company. A company at 0.65. */
void gx_er_venue_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_VENUE_DEED); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_VENUE_DEED)
            continue;
        int32_t e = h->start;
        if (e >= 1 && cp[e - 1] == 0x4E0A /* 上 */)
            e--;
        else if (e >= 2 && cp[e - 2] == 0x5E73 /* 平 */ && cp[e - 1] == 0x53F0 /* 台 */)
            e -= 2;
        int32_t s = e;
        while (s > 0 && e - s <= TRADE_ITEM_RAW_MAX && is_word_char(cp[s - 1]) && cp[s - 1] != 0x5728 /* 在 */)
            s--;
        if (s == 0 || cp[s - 1] != 0x5728 /* 在 */)
            continue;
        gx_span n = {s, e};
        if (!venue_name(ix, art, s, e) || known_item(art, n) || !item_ok(ix, art, n))
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}
