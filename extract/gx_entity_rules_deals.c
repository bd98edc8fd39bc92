/* gx_entity_rules_deals.c — the parties of share deals (eleventh session, helper "comp14"). A
 * name that holds, sells, buys or subscribes shares in an equity-deal story is a company when
 * it is not a person's name; the frames fix both of its edges:
 *   - the holder of a stake that changes hands: 受让|海尔投资|持有的…股权, 收购|易方达资产|持有的,
 *     获得|珠海金控和大横琴投资|各自持有的;
 *   - the seller or buyer that opens its clause: ，亿涛国际|转让所持…, 。贤丰矿业|以每股7.1元…, a pair of
 *     buyers before 拟以 (，星河赢用与拉萨星灼|拟以10.12亿元的价格受让…: twelfth session, comp15);
 *   - a row of stakes with a sure company in it: 蓉胜超微持股30%，|香港尚乘|持股51%;
 *   - a counted list of subscribers: 向贤诚矿业（…）、大成创新、…、睿渠投资|共计6名特定投资者;
 *   - a list of partners with a sure company before a verb of agreement:
 *     与中国农资集团、中农控股、|兴元钾肥|签署;
 *   - a party named after its role, up to a verb of the holding or deal:
 * 一致行动人|国华人寿|分别持有, 卖方|联合光伏常州|与买方, 全资附属|联合光伏深圳|直接拥有;
 *   - the counterpart of a sure company in a deal: 蓉胜超微与|杨行铜材|定增…;
 *   - the shareholders a stake introduces: 持股3.519%股东|常州中科|拟清仓减持;
 *   - the seller a buyer turns to: 向|十三集团|旗下公司收购…45.76%的权益;
 *   - the investors a company gets money from: 获得深圳达晨、|北京龙磐|战略投资.
 * Part of the entity rules (gx_entity_rules_impl.h); every rule only adds candidates. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* ------------------------------------------------------------------ helpers */

/* Is the party at n a plausible company name: 3 to 8 CJK/Latin characters, none of the words
 * that name a holder without naming it (公司, 股东, 其, 该, 本, 上市, 对方 …), no person (a
 * person candidate on it, or a surname and one or two characters), no place alone? The frame
 * fixes both edges, so a stop word inside (大横琴|投资, 亿涛|国际) is no objection. */
static bool party_ok(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    const char32_t *const *const HOLDERS = gx_lexicon_words(ix->lex, GX_WL_DEAL_HOLDER);
    const uint32_t *cp = art->cp;
    int len = n.end - n.start;
    if (len < 3 || len > 8 || !gx_er_plausible_name_ex(ix, art, n, false))
        return false;
    if (gx_word_at(art, n.start, HOLDERS) > 0 ||
        gx_hit_len_starting(ix, n.start, GX_LEX_LEFT_STOP) == len)
        return false;
    for (int32_t k = n.start; k + 1 < n.end; k++)
        if (cp[k] == 0x80A1 && cp[k + 1] == 0x4E1C) /* 股东 */
            return false;
    /* (a company of a kind, not a name: 标的公司, 目标公司, 合资公司) */
    if (len <= 4 && cp[n.end - 2] == 0x516C && cp[n.end - 1] == 0x53F8) /* 公司 */
        return false;
    uint32_t last = cp[n.end - 1];
    if (last == 0x65B9 /* 方 */ || last == 0x4EBA /* 人 */ || last == 0x8005 /* 者 */ ||
        last == 0x4EEC /* 们 */)
        return false;
    if (len <= 3 && gx_lexicon_char_is(ix->lex, cp[n.start], GX_LEX_SURNAME))
        return false;
    if (gx_er_cand_with_span(art, n,
                             (1 << GX_ENT_PERSON) | (1 << GX_ENT_ORGANIZATION) |
                                 (1 << GX_ENT_GOVERNMENT) | (1 << GX_ENT_LOCATION)) >= 0)
        return false;
    for (int32_t k = n.start; k < n.end; k++)
        if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]))
            return false;
    return true;
}

/* Does a stop word that is no firm's word start at k, inside a name that starts at s (the
 * name's right edge is before k: 合营公司|订立, 建银投资|合作; 亿涛|国际, 大横琴|投资 go on)? */
static bool inner_stop(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t k)
{
    const char32_t *const *const FIRM_WORDS = gx_lexicon_words(ix->lex, GX_WL_INNER_FIRM_WORD);
    return k > s + 1 && gx_hit_len_starting(ix, k, GX_LEX_LEFT_STOP) > 0 &&
           gx_word_at(art, k, FIRM_WORDS) == 0;
}

static void add_party(const gx_hit_index *ix, gx_article *art, gx_span n)
{
    /* (a weaker reading of the same span, the suffix rule's after an unsure edge, is no reason to
     * stop: 向|十三集团) */
    int have = gx_er_cand_with_span(art, n, 1 << GX_ENT_COMPANY);
    if (party_ok(ix, art, n) && (have < 0 || art->candidates.v[have].score < 0.65f))
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
}

/* A company some rule or the gazetteer proposed (not the tagger alone) that ends at end. */
static bool sure_company_ending(const gx_article *art, int32_t end)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.end == end && c->type == GX_ENT_COMPANY && c->source != GX_SRC_TAGGER &&
            c->score >= 0.55f)
            return true;
    }
    return false;
}

static bool sure_company_at(const gx_article *art, gx_span s)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.start == s.start && c->span.end == s.end && c->type == GX_ENT_COMPANY &&
            c->source != GX_SRC_TAGGER && c->score >= 0.55f)
            return true;
    }
    return false;
}

static bool is_clause_edge(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n' ||
           c == 0xFF1A || c == ':' || c == 0x3000 || c == ' ';
}

static bool is_party_sep(uint32_t c)
{
    return c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */ ||
           c == 0x3001 /* 、 */;
}

/* The items separated by 和/与/及/、 in [from, to), each passed to add_party. */
static void add_parties(const gx_hit_index *ix, gx_article *art, int32_t from, int32_t to)
{
    int32_t s = from;
    for (int32_t i = from; i <= to; i++) {
        if (i < to && !is_party_sep(art->cp[i]))
            continue;
        if (i < to && i - s < 2)
            continue; /* (和 after one character is inside a name: 方和资本) */
        add_party(ix, art, (gx_span){s, i});
        s = i + 1;
    }
}

/* Where the characters the rules below start from stand (获 向 % ％ 与 和 同 名 家,
 * GX_ER_DEAL_MARKS), found by the triggers' pass over the text (each rule used to walk the whole
 * text for its own); each rule picks its own characters from the list. */
typedef struct deal_marks {
    int32_t *at;
    int32_t n;
} deal_marks;


/* ------------------------------------------------------------------ the holder of a stake */

/* <transfer verb> X(和Y)(各自|分别|合计)?(所)?持有的 … 股权|股份|% within the clause. */
static void stake_holder_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t HELD[] = {0x6301, 0x6709}; /* 持有 */
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_STAKE_GAIN_VERB);
    const char32_t *const *const ADVERBS = gx_lexicon_words(ix->lex, GX_WL_STAKE_ADVERB);
    const uint32_t *cp = art->cp;
    for (int32_t p1 = gx_text_ix_first(&ix->text, HELD); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t h = p1 - 1;
        if (h < 4 || h + 3 > art->ncp || cp[h] != HELD[0] || cp[h + 1] != HELD[1] ||
            cp[h + 2] != 0x7684 /* 的 */)
            continue;
        /* a stake follows in the clause */
        bool stake = false;
        for (int32_t q = h + 3; q < art->ncp && q - h < 40 && !stake && !is_clause_edge(cp[q]); q++)
            stake = cp[q] == '%' || cp[q] == 0xFF05 ||
                    (cp[q] == 0x80A1 && q + 1 < art->ncp &&
                     (cp[q + 1] == 0x6743 || cp[q + 1] == 0x4EFD));
        if (!stake)
            continue;
        int32_t e = h;
        if (cp[e - 1] == 0x6240 /* 所 */)
            e--;
        int32_t a = gx_word_ending(cp, e - 2 > 0 ? e - 2 : 0, e, ADVERBS);
        e -= a;
        /* the verb before the holders, within 20 characters, with only names and joins between */
        int32_t v = -1;
        for (int32_t s = e - 3; s >= 0 && e - s <= 22; s--) {
            if (!gx_is_cjk(cp[s]) && !gx_is_alnum(cp[s]) && cp[s] != 0x3001)
                break;
            int32_t l = gx_word_ending(cp, s - 2 > 0 ? s - 2 : 0, s, VERBS);
            if (l > 0) {
                v = s;
                break;
            }
        }
        if (v < 0)
            continue;
        add_parties(ix, art, v, e);
    }
}

/* ------------------------------------------------------------------ a seller or buyer opening its
 * clause */

/* ，X转让所持…, ，X以每股N元…受让|认购|收购|转让: X from the clause edge. */
static void clause_party_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const CUES[] = {U"转让所持", U"出售所持", U"以每股", U"拟以", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, CUES, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t i = at[a];
        if (i < 3 || i + 3 >= art->ncp)
            continue;
        int l = gx_word_at(art, i, CUES);
        bool pair = cp[i] == 0x62DF; /* 拟以: only a pair of buyers (X与Y拟以…受让) */
        if (cp[i + 1] == 0x6BCF /* 以|每股: a price, the buy follows */ || pair) {
            bool buy = false;
            for (int32_t q = i + l; q < art->ncp && q - i < 30 && !buy && !is_clause_edge(cp[q]);
                 q++)
                buy = gx_word_at(art, q,
                                 (const char32_t *const[]){U"受让", U"认购", U"收购", U"转让",
                                                           U"购买", NULL}) > 0;
            if (!buy)
                continue;
        }
        int32_t s = i;
        while (s > 0 && i - s < (pair ? 17 : 9) && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
            s--;
        if (s == 0 || !is_clause_edge(cp[s - 1]))
            continue;
        if (!pair) {
            add_party(ix, art, (gx_span){s, i});
            continue;
        }
        int32_t sep = s + 3; /* the pair's 与/和, both sides parties */
        while (sep < i - 3 && cp[sep] != 0x4E0E && cp[sep] != 0x548C)
            sep++;
        if (sep < i - 3 && party_ok(ix, art, (gx_span){s, sep}) && party_ok(ix, art, (gx_span){sep + 1, i}))
            add_parties(ix, art, s, i);
    }
}

/* ------------------------------------------------------------------ a row of stakes */

/* The subject of …持股N% that opens its clause, when the same sentence has a sure company's
 * 持股N% (蓉胜超微持股30%，香港尚乘持股51%，深圳创盛持股19%). */
static void stake_row_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t CHIGU[] = {0x6301, 0x80A1}; /* 持股 */
    const uint32_t *cp = art->cp;
    for (int32_t p1 = gx_text_ix_first(&ix->text, CHIGU); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t h = p1 - 1;
        if (h < 3 || h + 3 > art->ncp || cp[h] != CHIGU[0] || cp[h + 1] != CHIGU[1] ||
            !gx_is_digit(cp[h + 2]))
            continue;
        int32_t s = h;
        while (s > 0 && h - s < 9 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
            s--;
        if (s == 0 || !(is_clause_edge(cp[s - 1]) || cp[s - 1] == 0x3001) ||
            sure_company_ending(art, h))
            continue;
        /* the sentence around: another 持股<digit> after a sure company */
        int32_t a = s, b = h;
        while (a > 0 && s - a < 120 && cp[a - 1] != 0x3002 && cp[a - 1] != '\n')
            a--;
        while (b < art->ncp && b - h < 120 && cp[b] != 0x3002 && cp[b] != '\n')
            b++;
        bool row = false;
        for (int32_t q = a; q + 2 < b && !row; q++)
            row = q != h && cp[q] == CHIGU[0] && cp[q + 1] == CHIGU[1] && gx_is_digit(cp[q + 2]) &&
                  sure_company_ending(art, q);
        if (row)
            add_party(ix, art, (gx_span){s, h});
    }
}

/* ------------------------------------------------------------------ a counted list of subscribers
 */

/* A count word at i (N名/N家 + (特定)?投资者|对象|发行对象|认购对象), and its value. */
static int subscriber_count(const gx_article *art, int32_t i, int32_t *count_start)
{
    static const char32_t *const NOUNS[] = {U"特定投资者", U"投资者", U"特定对象", U"发行对象",
                                            U"认购对象",   U"对象",   NULL};
    const uint32_t *cp = art->cp;
    if (i + 2 >= art->ncp || !(cp[i] == 0x540D /* 名 */ || cp[i] == 0x5BB6 /* 家 */) ||
        gx_word_at(art, i + 1, NOUNS) == 0)
        return 0;
    int32_t d = i;
    int v = 0, m = 1;
    while (d > 0 && gx_is_digit(cp[d - 1]) && i - d < 3) {
        d--;
        v += (int)(cp[d] - '0') * m, m *= 10;
    }
    if (d == i) {
        static const char32_t numerals[] = U"一二三四五六七八九十";
        for (int k = 0; numerals[k] && d == i; k++)
            if (cp[i - 1] == (uint32_t)numerals[k])
                d = i - 1, v = k + 1;
    }
    static const char32_t *const TOTAL[] = {U"共计", U"合计", U"共", U"等", NULL};
    d -= gx_word_ending(cp, d - 2 > 0 ? d - 2 : 0, d, TOTAL);
    *count_start = d;
    return v;
}

static void subscriber_list_rule(const gx_hit_index *ix, gx_article *art, const deal_marks *m)
{
    const uint32_t *cp = art->cp;
    for (int32_t a = 0; a < m->n; a++) {
        int32_t i = m->at[a], end;
        if (i < 2 || i + 2 >= art->ncp)
            continue;
        int want = subscriber_count(art, i, &end);
        if (want < 2 || want > 12)
            continue;
        /* walk back over items, 、 and glosses in brackets (贤诚矿业（贤丰矿业的全资子公司）) */
        gx_span items[12];
        int n = 0;
        int32_t e = end, s = end;
        bool ok = true;
        while (ok && n < want) {
            if (e > 0 && (cp[e - 1] == ')' || cp[e - 1] == 0xFF09)) {
                int32_t q = e - 1;
                while (q > 0 && e - q < 30 && cp[q] != '(' && cp[q] != 0xFF08)
                    q--;
                if (cp[q] != '(' && cp[q] != 0xFF08)
                    break;
                e = q;
            }
            s = e;
            while (s > 0 && e - s < 10 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
                s--;
            if (n == want - 1) { /* the first item starts after a stop word (向|贤诚矿业) */
                int32_t l = gx_name_left(ix, art, e, 9);
                if (l > s)
                    s = l;
            }
            if (e - s < 2)
                ok = false;
            items[n++] = (gx_span){s, e};
            if (n < want) {
                if (s == 0 || cp[s - 1] != 0x3001)
                    ok = false;
                e = s - 1;
            }
        }
        if (!ok || n != want || (s > 0 && cp[s - 1] == 0x3001))
            continue;
        for (int k = 0; k < n; k++)
            add_party(ix, art, items[k]);
    }
}

/* ------------------------------------------------------------------ partners before a verb of
 * agreement */

/* 与K、L、Y签署: a list after 与/和/同 that ends at a coop verb, with a sure company in it. */
static void partner_list_rule(const gx_hit_index *ix, gx_article *art, const deal_marks *m)
{
    const uint32_t *cp = art->cp;
    for (int32_t a = 0; a < m->n; a++) {
        int32_t i = m->at[a];
        if (i + 3 >= art->ncp || !(cp[i] == 0x4E0E /* 与 */ || cp[i] == 0x540C /* 同 */))
            continue;
        int32_t e = i + 1;
        int nsep = 0;
        int32_t verb = -1;
        while (e < art->ncp && e - i < 60) {
            if (cp[e] == 0x3001)
                nsep++;
            else if (!gx_is_cjk(cp[e]) && !gx_is_alnum(cp[e]))
                break;
            if (e > i + 2 && cp[e - 1] != 0x3001 &&
                gx_hit_len_starting(ix, e, GX_LEX_COOP_VERB) > 0) {
                verb = e;
                break;
            }
            e++;
        }
        if (verb < 0 || nsep < 1)
            continue;
        /* a list closed by 等 and a noun ends at 等 (与百度、美团、高德|等品牌达成) */
        for (int32_t q = verb - 1; q > i + 1 && cp[q] != 0x3001; q--)
            if (cp[q] == 0x7B49 /* 等 */)
                verb = q;
        /* the items, and a sure company among them */
        bool sure = false;
        int32_t s = i + 1;
        for (int32_t q = i + 1; q <= verb; q++) {
            if (q < verb && cp[q] != 0x3001)
                continue;
            sure |= sure_company_at(art, (gx_span){s, q});
            s = q + 1;
        }
        if (sure)
            add_parties(ix, art, i + 1, verb);
    }
}

/* ------------------------------------------------------------------ a party named after its role
 */

/* 一致行动人|国华人寿|分别持有, 第二大股东|亿涛国际|分别与, 卖方|联合光伏常州|与买方,
 * 全资附属|联合光伏深圳|直接 拥有: the role of a deal's party, the name, and a word of the deal or
 * a join as its right edge. */
static void role_party_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const ROLES = gx_lexicon_words(ix->lex, GX_WL_PARTY_ROLE);
    const char32_t *const *const EDGES = gx_lexicon_words(ix->lex, GX_WL_ROLE_PARTY_EDGE);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, ROLES, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t i = at[a];
        if (i < 1 || i + 4 >= art->ncp)
            continue;
        int l = gx_word_at(art, i, ROLES);
        int32_t s = i + l;
        const char32_t *const *const NOT_NAME =
            gx_lexicon_words(ix->lex, GX_WL_ROLE_PARTY_NOT_NAME);
        if (gx_word_at(art, s, NOT_NAME) > 0 || gx_hit_len_starting(ix, s, GX_LEX_LEFT_STOP) == 1)
            continue;
        for (int32_t e = s + 3; e <= s + 8 && e < art->ncp; e++) {
            /* (no stop word inside but a firm's word: 亿涛|国际, 大横琴|投资) */
            int32_t k = e - 1;
            if ((!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k])) || inner_stop(ix, art, s, k))
                break;
            if (gx_word_at(art, e, EDGES) > 0) {
                add_party(ix, art, (gx_span){s, e});
                break;
            }
        }
    }
}

/* 股东|贵州鑫胜|持有, 股东|江苏华西|减持: a bare 股东 names its holder only when the name is a
 * place of China or a country and a two- or three-character brand, closed by what a holder does
 * with its shares (股东|及其一致行动人, 股东|大会 are no names: no place opens them). */
static void place_shareholder_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const ROLE[] = {U"股东", NULL};
    const char32_t *const *const EDGES = gx_lexicon_words(ix->lex, GX_WL_PLACE_HOLDER_EDGE);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, ROLE, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t s = at[a] + 2;
        if (s + 6 >= art->ncp)
            continue;
        int p = gx_hit_len_starting(ix, s, GX_LEX_REGION);
        if (p < 2 || p > 3)
            continue;
        for (int32_t e = s + p + 2; e <= s + p + 3; e++) {
            if (!gx_is_cjk(cp[e - 1]) || inner_stop(ix, art, s + p, e - 1))
                break;
            if (gx_word_at(art, e, EDGES) > 0) {
                add_party(ix, art, (gx_span){s, e});
                break;
            }
        }
    }
}

/* K与Y定增…, K与Y的重组: the counterpart of a sure company in a deal. */
static void deal_counterpart_rule(const gx_hit_index *ix, gx_article *art, const deal_marks *m)
{
    const char32_t *const *const DEALS = gx_lexicon_words(ix->lex, GX_WL_COUNTERPART_DEAL);
    const uint32_t *cp = art->cp;
    for (int32_t a = 0; a < m->n; a++) {
        int32_t i = m->at[a];
        if (i < 2 || i + 4 >= art->ncp || !(cp[i] == 0x4E0E /* 与 */ || cp[i] == 0x548C /* 和 */))
            continue;
        int32_t found = -1;
        for (int32_t e = i + 4; e <= i + 9 && e < art->ncp && found < 0; e++) {
            if ((!gx_is_cjk(cp[e - 1]) && !gx_is_alnum(cp[e - 1])) ||
                inner_stop(ix, art, i + 1, e - 1))
                break;
            int32_t d = e + (cp[e] == 0x7684 /* 的 */ ? 1 : 0);
            if (gx_word_at(art, d, DEALS) > 0)
                found = e;
        }
        /* (the company before 与, a walk over every candidate, only once a deal word was found) */
        if (found >= 0 && sure_company_ending(art, i))
            add_party(ix, art, (gx_span){i + 1, found});
    }
}

/* 持股3.519%股东|常州中科|拟清仓减持, 合计持股15.61%股东|华睿泰信、尚志投资、尚全投资|拟…: the
 * shareholders a stake introduces, up to what they plan. */
static void stake_shareholder_rule(const gx_hit_index *ix, gx_article *art, const deal_marks *m)
{
    const char32_t *const *const PLANS = gx_lexicon_words(ix->lex, GX_WL_STAKE_PLAN);
    const uint32_t *cp = art->cp;
    for (int32_t a = 0; a < m->n; a++) {
        int32_t i = m->at[a];
        if (i < 1 || i + 4 >= art->ncp || (cp[i] != '%' && cp[i] != 0xFF05))
            continue;
        int32_t a = i + 1;
        if (cp[a] == 0x7684 /* 的 */)
            a++;
        if (a + 2 >= art->ncp || cp[a] != 0x80A1 || cp[a + 1] != 0x4E1C) /* 股东 */
            continue;
        a += 2;
        for (int32_t e = a + 3; e < art->ncp && e - a < 40; e++) {
            uint32_t c = cp[e - 1];
            if (!gx_is_cjk(c) && !gx_is_alnum(c) && c != 0x3001)
                break;
            if (c != 0x3001 && gx_word_at(art, e, PLANS) > 0) {
                add_parties(ix, art, a, e);
                break;
            }
        }
    }
}

/* 向|十三集团|旗下公司收购…45.76%的权益, 向|X|购买…股权: the seller a buyer turns to. */
static void seller_rule(const gx_hit_index *ix, gx_article *art, const deal_marks *m)
{
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_SELLER_VERB);
    const char32_t *const *const UNITS = gx_lexicon_words(ix->lex, GX_WL_SELLER_UNIT);
    const uint32_t *cp = art->cp;
    for (int32_t a = 0; a < m->n; a++) {
        int32_t i = m->at[a];
        if (i < 1 || i + 5 >= art->ncp || cp[i] != 0x5411 /* 向 */)
            continue;
        int32_t s = i + 1, e = s, v = -1;
        for (; e < art->ncp && e - s <= 14 && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])); e++) {
            int u = e - s >= 3 ? gx_word_at(art, e, UNITS) : 0;
            if (e - s >= 3 && (gx_word_at(art, e, VERBS) > 0 || u > 0)) {
                v = e + u;
                break;
            }
        }
        if (v < 0 || gx_word_at(art, v, VERBS) == 0)
            continue;
        /* a stake follows in the clause */
        bool stake = false;
        for (int32_t q = v; q < art->ncp && q - v < 40 && !stake && !is_clause_edge(cp[q]); q++)
            stake = cp[q] == '%' || cp[q] == 0xFF05 ||
                    (cp[q] == 0x80A1 && q + 1 < art->ncp &&
                     (cp[q + 1] == 0x6743 || cp[q + 1] == 0x4EFD)) ||
                    (cp[q] == 0x6743 && q + 1 < art->ncp && cp[q + 1] == 0x76CA); /* 权益 */
        if (stake)
            add_party(ix, art, (gx_span){s, e});
    }
}

/* 获得|深圳达晨、北京龙磐|战略投资: the investors a company gets money from, a list with a sure
 * company in it. */
static void investor_list_rule(const gx_hit_index *ix, gx_article *art, const deal_marks *m)
{
    const char32_t *const *const MONEY = gx_lexicon_words(ix->lex, GX_WL_INVESTOR_MONEY);
    const uint32_t *cp = art->cp;
    for (int32_t a = 0; a < m->n; a++) {
        int32_t i = m->at[a];
        if (i + 6 >= art->ncp || cp[i] != 0x83B7 || cp[i + 1] != 0x5F97) /* 获得 */
            continue;
        int32_t a = i + 2, e = a, end = -1;
        int nsep = 0;
        for (; e < art->ncp && e - a < 40 &&
               (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e]) || cp[e] == 0x3001);
             e++) {
            nsep += cp[e] == 0x3001;
            if (e > a + 2 && cp[e - 1] != 0x3001 && gx_word_at(art, e, MONEY) > 0) {
                end = e;
                break;
            }
        }
        if (end < 0 || nsep < 1)
            continue;
        bool sure = false;
        int32_t s0 = a;
        for (int32_t q = a; q <= end; q++) {
            if (q < end && cp[q] != 0x3001)
                continue;
            sure |= sure_company_at(art, (gx_span){s0, q});
            s0 = q + 1;
        }
        if (sure)
            add_parties(ix, art, a, end);
    }
}

/* ------------------------------------------------------------------ 对X的收购 */

/* 完成对夏尔620亿美元的收购, 对新基的并购: the name between 对 and 的收购 (or 的并购), with the price
 * between them or not, is what is bought: a company, whatever the tagger reads (夏尔, Shire, as a
 * person: nobody buys a person). Not a pronoun or a stop word opening it (对其的收购, 对该公司…), not
 * a holding or a business (对A公司股权的收购, 对资产的并购: the words of cues-free grammar below). */
static void acquired_after_dui_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const WORDS[] = {U"的收购", U"的并购", NULL};
    const char32_t *const *const HELD = gx_lexicon_words(ix->lex, GX_WL_DUI_HELD);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, WORDS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t d = at[a], k = d;
        while (k > 0 && d - k <= 20 && cp[k - 1] != 0x5BF9 /* 对 */ &&
               (gx_is_cjk(cp[k - 1]) || gx_is_alnum(cp[k - 1]) || cp[k - 1] == '.' || cp[k - 1] == ' '))
            k--;
        if (k == 0 || cp[k - 1] != 0x5BF9)
            continue;
        /* (a price before 的: 620亿美元, 5.2亿英镑) */
        int32_t e = d;
        for (int32_t q = k; q < d; q++)
            if (cp[q] >= '0' && cp[q] <= '9') {
                e = q;
                break;
            }
        if (e < d && cp[d - 1] != 0x5143 /* 元 */ && cp[d - 1] != 0x9551 /* 镑 */)
            continue;
        gx_span n = {k, e};
        if (n.end - n.start < 2 || gx_hit_len_starting(ix, n.start, GX_LEX_LEFT_STOP) > 0 ||
            gx_word_ending(cp, n.start, n.end, HELD) > 0 || !gx_er_plausible_name(ix, art, n) ||
            gx_er_cand_with_span(art, n, GX_ORGLIKE) >= 0)
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}

void gx_er_deal_party_rules(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    acquired_after_dui_rule(ix, art);
    deal_marks m = {tr->l[TR_DEAL].v, tr->l[TR_DEAL].n};
    investor_list_rule(ix, art, &m);
    seller_rule(ix, art, &m);
    stake_shareholder_rule(ix, art, &m);
    role_party_rule(ix, art);
    place_shareholder_rule(ix, art);
    deal_counterpart_rule(ix, art, &m);
    stake_holder_rule(ix, art);
    clause_party_rule(ix, art);
    stake_row_rule(ix, art);
    subscriber_list_rule(ix, art, &m);
    partner_list_rule(ix, art, &m);
}
