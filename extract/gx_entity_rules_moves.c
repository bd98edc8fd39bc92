/* gx_entity_rules_moves.c — companies in a market wrap (eighteenth session, comp30): a sentence
 * that lists stocks with their price moves, one clause each (阿里巴巴跌0.22%，拼多多跌3.27%，…，
 * 唯品会跌3.32%，微博跌1.97%). When most of its items are companies the gazetteer knows, the other
 * items are companies too: a known name that is an ordinary word as well (微博: the gazetteer's
 * weak name) and an unknown name of a firm's shape; not an index (纳指, 恒指, 标普500指数), a
 * sector (银行股, 地产板块), a commodity (原油, 黄金) or a moment of the session (盘中). Part of the
 * entity rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"

enum { MOVE_MAX_ITEMS = 32 };

/* The start of the move word that ends at the number starting at ns (涨, 跌 with a lead 上 下 大
 * 收 飙 暴 急, and a trailing 超 逾 近: 收涨, 跌逾), or -1. */
static int32_t move_word_start(const gx_article *art, int32_t ns)
{
    const uint32_t *cp = art->cp;
    int32_t m = ns;
    if (m > 0 && (cp[m - 1] == 0x8D85 /* 超 */ || cp[m - 1] == 0x903E /* 逾 */ || cp[m - 1] == 0x8FD1 /* 近 */))
        m--;
    if (m < 1 || (cp[m - 1] != 0x6DA8 /* 涨 */ && cp[m - 1] != 0x8DCC /* 跌 */))
        return -1;
    m--;
    if (m > 0 && (cp[m - 1] == 0x4E0A /* 上 */ || cp[m - 1] == 0x4E0B /* 下 */ || cp[m - 1] == 0x5927 /* 大 */ ||
                  cp[m - 1] == 0x6536 /* 收 */ || cp[m - 1] == 0x98D9 /* 飙 */ || cp[m - 1] == 0x66B4 /* 暴 */ ||
                  cp[m - 1] == 0x6025 /* 急 */))
        m--;
    return m;
}

static bool clause_mark(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3001 || c == 0xFF1A || c == ':' ||
           c == 0x3002 || c == '\n';
}

static bool sentence_mark(uint32_t c)
{
    return c == 0x3002 || c == '\n' || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?';
}

/* Whether the item names no company by its grammar: an index (…指, …指数), a sector (…股 but not
 * 控股, …板块, …概念), a future or a price (…期货, …价), a commodity (…油, …金 of two characters:
 * 原油, 黄金), a moment or a figure of the session (…盘, …中: 盘中, 尾盘; 股价, 市值). */
static bool not_a_firm(const gx_article *art, gx_span n)
{
    static const char32_t *const WORDS[] = {U"指数", U"板块", U"概念", U"期货", U"股价", U"市值", U"成交", NULL};
    const uint32_t *cp = art->cp;
    uint32_t last = cp[n.end - 1];
    if (last == 0x6307 /* 指 */ || last == 0x4EF7 /* 价 */ || last == 0x6CB9 /* 油 */ || last == 0x76D8 /* 盘 */ ||
        last == 0x4E2D /* 中 */ || (last == 0x80A1 /* 股 */ && cp[n.end - 2] != 0x63A7 /* 控 */) ||
        (last == 0x91D1 /* 金 */ && n.end - n.start == 2))
        return true;
    for (int32_t k = n.start; k < n.end; k++)
        if (gx_word_at(art, k, WORDS))
            return true;
    return false;
}

/* The kind of the item: 2 a company the gazetteer or a ticker knows with this very span, 1 a
 * weak one (an ordinary word too), 0 none of these. */
static int known_kind(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int kind = 0;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.start != n.start || c->span.end != n.end || c->type != GX_ENT_COMPANY ||
            (c->source != GX_SRC_GAZETTEER && c->source != GX_SRC_TICKER))
            continue;
        const gx_lex_entry *e = c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 ? gx_lexicon_entry(ix->lex, c->lex_id) : NULL;
        if (e && (e->flags & GX_LEXF_WEAK)) {
            if (!kind)
                kind = 1;
        } else
            kind = 2;
    }
    return kind;
}

/* Judges the items of one sentence; true when it is a market wrap's list (most items known). */
static bool judge_sentence(const gx_hit_index *ix, gx_article *art, const gx_span *items, int n)
{
    int nknown = 0;
    int kinds[MOVE_MAX_ITEMS];
    if (n < 3)
        return false;
    for (int k = 0; k < n; k++) {
        kinds[k] = known_kind(ix, art, items[k]);
        nknown += kinds[k] == 2;
    }
    if (nknown < 2 || 2 * nknown < n)
        return false;
    for (int k = 0; k < n; k++) {
        if (kinds[k] == 2)
            continue;
        if (kinds[k] == 1 && gx_er_weak_known(ix, art, items[k])) {
            gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE, 0.8f, NULL, -1);
            continue;
        }
        if (not_a_firm(art, items[k]) || !gx_er_plausible_name(ix, art, items[k]) ||
            gx_er_list_item_other_kind(ix, art, items[k], false) || gx_er_longer_company_at(art, items[k]))
            continue;
        /* (two characters keep the score under which resolution asks the tagger unless most items
         * are known, as in a list of firms) */
        gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE,
                         items[k].end - items[k].start > 2 || 2 * nknown > n ? 0.8f : 0.65f, NULL, -1);
    }
    return true;
}

/* In an article that holds a market wrap's list, a stock moving in a clause of its own elsewhere
 * (…，微美全息飙涨280.99%。) is one too when its name is long (four characters or more) and of a
 * firm's shape; at the score under which resolution asks the tagger. */
static void single_movers(const gx_hit_index *ix, gx_article *art, const gx_span *items, int n)
{
    for (int k = 0; k < n; k++)
        if (items[k].end - items[k].start >= 4 && !known_kind(ix, art, items[k]) && !not_a_firm(art, items[k]) &&
            gx_er_plausible_name(ix, art, items[k]) && !gx_er_list_item_other_kind(ix, art, items[k], false) &&
            !gx_er_longer_company_at(art, items[k]))
            gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
}

void gx_er_market_move_rule(const gx_hit_index *ix, gx_article *art, const triggers *tr)
{
    const trig_list *marks = &tr->l[TR_DEAL];
    const uint32_t *cp = art->cp;
    gx_span items[MOVE_MAX_ITEMS] = {{0, 0}}, others[MOVE_MAX_ITEMS];
    int n = 0, no = 0;
    bool wrap = false;
    int32_t sentence = -2; /* the start of the sentence of the items gathered */
    for (int t = 0; t < marks->n; t++) {
        int32_t p = marks->v[t];
        if (cp[p] != '%' && cp[p] != 0xFF05)
            continue;
        /* the number: digits and a point */
        int32_t ns = p;
        while (ns > 0 && p - ns < 12 && ((cp[ns - 1] >= '0' && cp[ns - 1] <= '9') || cp[ns - 1] == '.'))
            ns--;
        if (ns == p)
            continue;
        int32_t m = move_word_start(art, ns);
        if (m < 2)
            continue;
        /* the name: back to the clause's start */
        int32_t s = m;
        while (s > 0 && m - s <= 8 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
            s--;
        if (m - s < 2 || m - s > 8 || (s > 0 && !clause_mark(cp[s - 1])))
            continue;
        int32_t b = s;
        while (b > 0 && s - b < 400 && !sentence_mark(cp[b - 1]))
            b--;
        if (b != sentence) {
            if (judge_sentence(ix, art, items, n))
                wrap = true;
            else
                for (int k = 0; k < n && no < MOVE_MAX_ITEMS; k++)
                    others[no++] = items[k];
            n = 0;
            sentence = b;
        }
        if (n < MOVE_MAX_ITEMS)
            items[n++] = (gx_span){s, m};
    }
    if (judge_sentence(ix, art, items, n))
        wrap = true;
    else
        for (int k = 0; k < n && no < MOVE_MAX_ITEMS; k++)
            others[no++] = items[k];
    if (wrap)
        single_movers(ix, art, others, no);
}
