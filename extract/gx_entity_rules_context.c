/* gx_entity_rules_context.c — unknown names shown to be companies by their context: lists
 * (X、Y、Z等AI芯片设计独角兽, 投资方包括A、B、C等), what only companies have (象帝先股东, X旗下),
 * capital groups (宝能系), relations (谷歌的母公司字母表), partners in a joint action
 * (摩尔线程与智谱AI开展…) and brokers' research desks (国金策略). Part of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* ------------------------------------------------------------------ list rules */

static bool is_list_sep(uint32_t c)
{
    return c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */;
}

/* Is the item at [s, e) an abstract noun made with 化 (数字化, 国际化, 智能化: "-isation")? A
 * name the gazetteer or the tagger already knows is a name (云天化), and 石化 is a firm's word
 * (扬子石化). */
static bool is_abstract_item(const gx_article *art, int32_t s, int32_t e)
{
    if (e - s != 3 || art->cp[e - 1] != 0x5316 /* 化 */ || art->cp[e - 2] == 0x77F3 /* 石 */)
        return false;
    for (int32_t k = s; k < e; k++)
        if (!gx_is_cjk(art->cp[k]))
            return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_POSITION && c->span.start < e && c->span.end > s)
            return false;
    }
    return true;
}

/* Does the list in [from, to) hold an item that is no name (电子商务、数字化和实体等平台: an
 * abstract noun or a word the lexicon says is no entity)? The items of one list are of one
 * kind, so such a list is a list of things, not of firms. */
static bool list_of_things(const gx_hit_index *ix, const gx_article *art, int32_t from, int32_t to)
{
    int32_t s = from;
    for (int32_t i = from; i <= to; i++) {
        if (i < to && !is_list_sep(art->cp[i]))
            continue;
        if (i - s >= 2 && (is_abstract_item(art, s, i) || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, art->cp + s, i - s)))
            return true;
        s = i + 1;
    }
    return false;
}

/* Items separated by 、/和/与/及 in [from, to): each becomes a company candidate. */
void gx_er_list_items(const gx_hit_index *ix, gx_article *art, int32_t from, int32_t to, float score)
{
    if (gx_er_has_list_block(ix, from, to) || list_of_things(ix, art, from, to))
        return;
    /* a separator that is inside a known name (和而泰) is not a separator: the separators of
     * [from, to) inside a candidate, found in one walk over the candidates (not one per
     * separator: a body repeating a list k times made that k^2; twenty-seventh session). The
     * items added below end at a separator, so they cover none after it. */
    uint8_t *inside = NULL;
    if (to > from) {
        inside = gx_arena_alloc(art->arena, (size_t)(to - from));
        for (int k = 0; k < art->candidates.n; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type == GX_ENT_POSITION)
                continue;
            int32_t a = c->span.start + 1 > from ? c->span.start + 1 : from, b = c->span.end < to ? c->span.end : to;
            for (int32_t p = a; p < b; p++)
                inside[p - from] = 1;
        }
    }
    int32_t s = from;
    for (int32_t i = from; i <= to; i++) {
        if (i < to && !is_list_sep(art->cp[i]))
            continue;
        if (i < to && inside[i - from])
            continue;
        /* 和, 与, 及 after a single character is inside a name (方和资本) */
        if (i < to && i - s < 2 && art->cp[i] != 0x3001)
            continue;
        gx_span item = {s, i};
        /* a company's unit in a list is named after 旗下 (海通证券旗下|南方融合基金) */
        for (int32_t k = item.start + 2; k + 2 < item.end; k++)
            if (art->cp[k] == 0x65D7 && art->cp[k + 1] == 0x4E0B)
                item.start = k + 2;
        /* a kind of investor describing the firm (对冲基金|科图管理公司) */
        item.start = gx_er_after_investor_kind(art, item.start, item.end);
        int len = item.end - item.start;
        /* a Latin name of several words may be longer (D1 Capital Partners) */
        bool latin = len > 12 && len <= 40 && gx_is_upper(art->cp[item.start]);
        for (int32_t k = item.start; latin && k < item.end; k++)
            latin = gx_is_alnum(art->cp[k]) || art->cp[k] == ' ';
        bool ok = len >= 2 && (len <= 12 || latin);
        for (int32_t k = item.start; ok && k < item.end; k++)
            ok = gx_is_cjk(art->cp[k]) || gx_is_alnum(art->cp[k]) || art->cp[k] == ' ';
        if (ok && !gx_er_is_generic_body(ix, art, item)) {
            int ex = gx_er_cand_with_span(art, item, GX_ORGLIKE);
            gx_ent_type type = ex >= 0 ? art->candidates.v[ex].type : GX_ENT_COMPANY;
            /* (two characters: no more than 0.7, under which resolution asks the tagger) */
            if (type == GX_ENT_COMPANY)
                gx_add_candidate(art, item, type, GX_SRC_RULE, len == 2 && score > 0.7f ? 0.7f : score, NULL, -1);
        }
        s = i + 1;
    }
}

/* The value of a small count written in one character (两 四 九, or a digit), else 0. */
static int count_value(uint32_t c)
{
    static const char32_t numerals[] = U"一二三四五六七八九";
    for (int k = 0; numerals[k]; k++)
        if ((uint32_t)numerals[k] == c)
            return k + 1;
    if (c == 0x4E24 /* 两 */)
        return 2;
    return gx_is_digit(c) ? (int)(c - '0') : 0;
}

/* The items of the list that ends at i (where 等 or a count of firms stands): walked back over
 * names and 、; the first item starts after the last stop word before the first separator. A
 * single name counts only when want is 0 (寒武纪等36家: the name before 等); want > 0 is the
 * number of items the list must have (X、Y、Z三家车企). */
static void list_before(const gx_hit_index *ix, gx_article *art, int32_t i, int want)
{
    const uint32_t *cp = art->cp;
    int32_t s = i;
    int nsep = 0;
    while (s > 0 && i - s < 80) {
        uint32_t c = cp[s - 1];
        if (c == 0x3001)
            nsep++;
        else if (!gx_is_cjk(c) && !gx_is_alnum(c) && c != ' ')
            break;
        s--;
    }
    int32_t first_sep = s;
    while (first_sep < i && cp[first_sep] != 0x3001)
        first_sep++;
    /* two names joined by 和/与/及 before a count of two (聚财猫和金吉利宝两个平台): the last joiner
     * parts them; the first name needs a clear left edge (a stop word or punctuation within eight
     * characters), each name two characters or more */
    if (want == 2 && nsep == 0) {
        int32_t j = i - 2;
        while (j > s && !(cp[j] == 0x548C /* 和 */ || cp[j] == 0x4E0E /* 与 */ || cp[j] == 0x53CA /* 及 */))
            j--;
        if (j <= s + 1 || i - j - 1 < 2)
            return;
        int32_t fs = gx_name_left(ix, art, j, 8);
        if (j - fs < 2 || j - fs >= 8)
            return;
        gx_er_list_items(ix, art, fs, i, 0.7f);
        return;
    }
    int32_t fs = gx_name_left(ix, art, first_sep, 10);
    if (fs > s)
        s = fs;
    if (want > 0 && nsep + 1 != want)
        return;
    if (nsep == 0 && first_sep == i)
        s = gx_name_left_past_cap(ix, art, i, 8);
    /* three names or more closed by 等公司, 等企业 (gx_er_firm_noun_at): a sure list of firms */
    gx_er_list_items(ix, art, s, i, nsep >= 2 && cp[i] == 0x7B49 /* 等 */ && gx_er_firm_noun_at(ix, art, i + 1) ? 0.8f
                                    : nsep > 0                                                                  ? 0.7f
                                                                                                                : 0.6f);
}

void gx_er_list_rules(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    /* X、Y、Z等<modifiers><list noun> / X、Y等36家 */
    for (int32_t i = 1; (i = trig_next(&tr->l[TR_DENG], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != 0x7B49 /* 等 */)
            continue;
        int32_t j = i + 1;
        bool ok = false;
        if (j < art->ncp && gx_is_digit(cp[j])) {
            while (j < art->ncp && gx_is_digit(cp[j]))
                j++;
            ok = j < art->ncp && (cp[j] == 0x5BB6 /* 家 */);
        } else {
            for (int32_t k = j; k < art->ncp && k - j <= 8 && !ok; k++) {
                if ((!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k])) || gx_er_deng_gap_stop(cp[k]))
                    break;
                int l = gx_hit_len_starting(ix, k, GX_LEX_LIST_NOUN);
                ok = l > 0 && !gx_er_has_list_block(ix, j, k) && gx_name_right_ok(ix, art, k + l);
            }
        }
        if (ok)
            list_before(ix, art, i, 0);
    }
    const char32_t *const *const COUNTS = gx_lexicon_words(ix->lex, GX_WL_LIST_COUNT);
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, COUNTS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a] + 1;
        if (i + 1 >= art->ncp)
            continue;
        int want = cp[i] == 0x5BB6 /* 家 */ || cp[i] == 0x4E2A /* 个 */ ? count_value(cp[i - 1]) : 0;
        /* (X、Y等6家: the list before 等 is the 等 rule's, 等 is no part of its last item) */
        if (want < 2 || (i >= 2 && (gx_is_digit(cp[i - 2]) || count_value(cp[i - 2]) || cp[i - 2] == 0x5341 /* 十 */ ||
                                    cp[i - 2] == 0x7B49 /* 等 */)))
            continue;
        int l = 0;
        for (int32_t k = i + 1; k < art->ncp && k - i <= 4 && l == 0; k++) {
            if (!gx_is_cjk(cp[k]))
                break;
            l = gx_hit_len_starting(ix, k, GX_LEX_LIST_NOUN);
            if (l > 0 && (gx_er_has_list_block(ix, i + 1, k) || !gx_name_right_ok(ix, art, k + l)))
                l = 0;
        }
        if (l > 0)
            list_before(ix, art, i - 1, want);
    }
    /* <list intro> A、B、C等 */
    for (int k = gx_hit_first(ix, GX_LEX_LIST_INTRO); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_LIST_INTRO)
            continue;
        int32_t e = h->end;
        while (e < art->ncp && e - h->end < 80 && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e]) || cp[e] == 0x3001 || cp[e] == ' '))
            e++;
        int32_t stop = h->end;
        for (int32_t q = h->end; q < e; q++)
            if (cp[q] == 0x7B49) { /* 等 */
                stop = q;
                break;
            }
        if (stop == h->end)
            stop = e;
        gx_er_list_items(ix, art, h->end, stop, 0.7f);
    }
}

/* ------------------------------------------------------------------ context rules */

/* 第二, 第十六: an ordinal (第二大股东 is no company 第二). */
static bool is_ordinal(const gx_article *art, gx_span n)
{
    if (n.end - n.start < 2 || art->cp[n.start] != 0x7B2C /* 第 */)
        return false;
    for (int32_t i = n.start + 1; i < n.end; i++)
        if (!gx_is_numeral(art->cp[i]))
            return false;
    return true;
}

/* A phrase of time or order rather than a name (tenth session, "compfp"): an ordinal anywhere
 * (第一批, 第八届, 2017|年第二次临时|股东大会) or a period at its end (中期|股东应占,
 * 最近一年|控股股东, 本年度, 公司在报告期内|与…签订). In the 2018 news and DuEE dev these are
 * what the attribute rule read before 员工, 董事会, 股东 most often, next to real names. */
static bool time_or_order_phrase(const gx_article *art, gx_span n)
{
    for (int32_t i = n.start; i + 1 < n.end; i++)
        if (art->cp[i] == 0x7B2C /* 第 */ && gx_is_numeral(art->cp[i + 1]))
            return true;
    static const char32_t *const periods[] = {U"年",   U"年度", U"季度", U"中期", U"月份", U"届",
                                              U"批",   U"期内", U"期间", U"年内", NULL};
    return gx_word_ending(art->cp, n.start, n.end, periods) > 0;
}

/* A plausible unknown name in [s, e): 2..8 CJK / Latin characters, no stop word inside (unless
 * no_inner_stop is false: a context that fixes both edges, 虎都(0.78,0.00,0.00%)), not a generic
 * word, not a person-like surname + one or two characters. */
bool gx_er_plausible_name(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    return gx_er_plausible_name_ex(ix, art, n, true);
}

bool gx_er_plausible_name_ex(const gx_hit_index *ix, const gx_article *art, gx_span n, bool no_inner_stop)
{
    int len = n.end - n.start;
    if (len < 2 || len > 8)
        return false;
    for (int32_t i = n.start; i < n.end; i++) {
        if (!gx_is_cjk(art->cp[i]) && !gx_is_alnum(art->cp[i]))
            return false;
        if (no_inner_stop && i > n.start && gx_hit_len_starting(ix, i, GX_LEX_LEFT_STOP) > 0)
            return false;
    }
    if (gx_er_is_generic_body(ix, art, n) || gx_hit_len_starting(ix, n.start, GX_LEX_POSITION) > 0 ||
        gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, art->cp + n.start, len) ||
        gx_lexicon_is(ix->lex, GX_LEX_DEPT_PREFIX, art->cp + n.start, len) ||
        gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + n.start, len) || is_ordinal(art, n) ||
        gx_lexicon_is(ix->lex, GX_LEX_LEFT_STOP, art->cp + n.start, len))
        return false;
    /* a party named by its role (与|贷款人|签署, 委托人, 收购人): three Chinese characters or more
     * ending in 人 (comp16) */
    if (len >= 3 && art->cp[n.end - 1] == 0x4EBA /* 人 */ && gx_is_cjk(art->cp[n.end - 2]))
        return false;
    return true;
}

/* 象帝先股东, X市值, X旗下: an unknown name followed by something only companies have. */
void gx_er_attribute_rule(const gx_hit_index *ix, gx_article *art)
{
    for (int k = gx_hit_first(ix, GX_LEX_COMPANY_ATTR); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_COMPANY_ATTR)
            continue;
        if (h->start < 2 || (!gx_is_cjk(art->cp[h->start - 1]) && !gx_is_alnum(art->cp[h->start - 1])))
            continue;
        if (gx_er_cand_ending_at(art, h->start, GX_ORGLIKE | (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION)) >= 0)
            continue;
        int32_t s = gx_name_left(ix, art, h->start, 6);
        gx_span n = {s, h->start};
        /* two or three characters after a surname read as a person (王鹏团队): leave them; a
         * phrase of time or order (第八届|董事会, 中期|股东应占) is no name */
        if ((n.end - n.start <= 3 && gx_hit_len_starting(ix, n.start, GX_LEX_SURNAME) > 0) ||
            time_or_order_phrase(art, n) || gx_er_ends_in_copula(ix, art, n))
            continue;
        /* the name needs a clear left edge: text start, punctuation, a stop word or a title */
        bool clear = s == 0 || (!gx_is_cjk(art->cp[s - 1]) && !gx_is_alnum(art->cp[s - 1])) ||
                     gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_ending(ix, s, GX_LEX_POSITION) > 0 ||
                     gx_name_negated(ix, art, s - 1, n.end);
        /* and the article names it again, not only in the same phrase: a one-off phrase before
         * 股东 is not enough, nor a sentence quoted twice (要关注中小|股东 ... 要关注中小|股东) */
        int occurrences = 0;
        int32_t len = n.end - n.start;
        int32_t alen = h->end - h->start;
        if (len >= 2) {
            bool elsewhere = false;
            for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0 && !(occurrences >= 2 && elsewhere);
                 i1 = ix->text.next[i1 - 1])
                if (i1 - 1 + len <= art->ncp && !memcmp(art->cp + i1 - 1, art->cp + n.start, sizeof(uint32_t) * (size_t)len)) {
                    occurrences++;
                    int32_t after = i1 - 1 + len;
                    elsewhere = elsewhere || after + alen > art->ncp ||
                                memcmp(art->cp + after, art->cp + h->start, sizeof(uint32_t) * (size_t)alen);
                }
            if (!elsewhere)
                occurrences = 0;
        } else {
            for (int32_t i = 0; i + len <= art->ncp && occurrences < 2; i++)
                if (!memcmp(art->cp + i, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
                    occurrences++;
        }
        /* 平台 and APP follow ordinary words too (良好平台, 资本市场平台): there the name must be
         * one the tagger or the gazetteer also reads as a company, organization or product */
        bool weak_attr = art->cp[h->start] == 0x5E73 /* 平台 */ || art->cp[h->start] == 'A' || art->cp[h->start] == 'a';
        if (weak_attr && clear && occurrences >= 2) {
            bool read = gx_cand_same_text(art->cp, art->candidates.v, art->candidates.n, n,
                                          (1u << GX_ENT_COMPANY) | (1u << GX_ENT_ORGANIZATION) | (1u << GX_ENT_PRODUCT),
                                          false) >= 0;
            /* ... or one the article keeps calling a platform or an app (趣步app … 趣步平台 … 趣步) */
            int cued = 0, total = 0; /* cued: a bit per distinct cue (平台 1, 公司 2, app 4) */
            for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); len >= 2 && i1 > 0 && !read;
                 i1 = ix->text.next[i1 - 1]) {
                int32_t at = i1 - 1, e = at + len;
                if (e > art->ncp || memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
                    continue;
                total++;
                if (e + 1 < art->ncp && art->cp[e] == 0x5E73 && art->cp[e + 1] == 0x53F0)
                    cued |= 1;
                if (e + 1 < art->ncp && art->cp[e] == 0x516C && art->cp[e + 1] == 0x53F8)
                    cued |= 2;
                if (e + 1 < art->ncp && (art->cp[e] | 0x20) == 'a' && (art->cp[e + 1] | 0x20) == 'p')
                    cued |= 4;
            }
            /* two different cues (…app and …平台, …平台 and …公司), the name used three times; or
             * an app of three characters or more the article names three times, once as its app at
             * a clear edge (，小蜜淘APP上线; two characters are mostly words: 看点app) */
            clear = read || ((cued & (cued - 1)) != 0 && total >= 3) || ((cued & 4) && total >= 3 && len >= 3);
        }
        /* named once, right after a listed company's noun and before 旗下 (美国上市公司|中网载线|旗下
         * 的项目): the text says what it is; three to five Chinese characters, no word of a phrase */
        bool listed_owner = !weak_attr && occurrences < 2 && art->cp[h->start] == 0x65D7 /* 旗下 */ &&
                            n.end - n.start >= 3 && n.end - n.start <= 5 && n.start >= 4 &&
                            gx_word_at(art, n.start - 4, (const char32_t *const[]){U"上市公司", NULL}) == 4;
        for (int32_t q = n.start; q < n.end && listed_owner; q++)
            listed_owner = gx_is_cjk(art->cp[q]) && gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) == 0;
        if ((listed_owner || (clear && occurrences >= 2)) && gx_er_plausible_name(ix, art, n))
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.55f, NULL, -1);
    }
}

/* 宝能系, 明天系: a capital group named after its company. X系 is the group when X is a plausible
 * unknown name with a clear left edge, 系 is followed by what a group does or has (占比, 持有,
 * 旗下, 资金, punctuation) and the article names X again on its own or names X系 twice; the
 * candidate is X, so the bare mentions join it. Not a copula (该公司系国有企业) nor a word
 * (关系, 体系: their first character is part of X only in a phrase that fails the checks). */
void gx_er_group_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    static const uint32_t after_ok[] = {0x5360 /* 占 */, 0x6301 /* 持 */, 0x65D7 /* 旗 */, 0x7684 /* 的 */,
                                        0x4E0E /* 与 */, 0x548C /* 和 */, 0x53CA /* 及 */, 0x7B49 /* 等 */,
                                        0x5165 /* 入 */, 0x4E3E /* 举 */, 0x5728 /* 在 */};
    for (int32_t i = 2; (i = trig_next(&tr->l[TR_XI], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != 0x7CFB /* 系 */)
            continue;
        uint32_t nx = i + 1 < art->ncp ? cp[i + 1] : '\n';
        bool ok = !gx_is_cjk(nx) && !gx_is_alnum(nx);
        for (size_t k = 0; !ok && k < sizeof after_ok / sizeof after_ok[0]; k++)
            ok = nx == after_ok[k];
        if (!ok && nx == 0x8D44 /* 资 */ && i + 2 < art->ncp && (cp[i + 2] == 0x91D1 /* 金 */ || cp[i + 2] == 0x672C /* 本 */))
            ok = true;
        if (!ok || gx_lexicon_is(ix->lex, GX_LEX_SYSTEM_WORD, cp + i - 1, 2) ||
            (i >= 3 && gx_lexicon_is(ix->lex, GX_LEX_SYSTEM_WORD, cp + i - 2, 3)))
            continue;
        int32_t s = gx_name_left(ix, art, i, 4);
        gx_span n = {s, i};
        int32_t len = n.end - n.start;
        if (len < 2 || len > 4)
            continue;
        bool clear = s == 0 || (!gx_is_cjk(cp[s - 1]) && !gx_is_alnum(cp[s - 1])) ||
                     gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0;
        if (!clear || !gx_er_plausible_name(ix, art, n))
            continue;
        for (int32_t k = n.start; k < n.end && ok; k++)
            ok = gx_is_cjk(cp[k]);
        /* a person read there (李明系…) is no group */
        if (!ok || gx_er_cand_with_span(art, n, 1 << GX_ENT_PERSON) >= 0)
            continue;
        /* a fund house's 系 (南方系, 长盛系: the fund managers it trained, a faction of people, not a
         * capital group; ninth session, "privfund"): X基金 is a fund company the gazetteer knows */
        uint32_t fund[6];
        memcpy(fund, cp + n.start, sizeof(uint32_t) * (size_t)len);
        fund[len] = 0x57FA /* 基 */;
        fund[len + 1] = 0x91D1 /* 金 */;
        if (gx_lexicon_is(ix->lex, GX_LEX_COMPANY, fund, len + 2))
            continue;
        int bare = 0, grouped = 0;
        for (int32_t i1 = gx_text_ix_first(&ix->text, cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
            int32_t at = i1 - 1;
            if (at + len > art->ncp || memcmp(cp + at, cp + n.start, sizeof(uint32_t) * (size_t)len))
                continue;
            if (at + len < art->ncp && cp[at + len] == 0x7CFB)
                grouped++;
            else if (at == 0 || !gx_is_cjk(cp[at - 1]) || gx_hit_len_ending(ix, at, GX_LEX_LEFT_STOP) > 0 ||
                     gx_hit_len_ending(ix, at, GX_LEX_COMPANY) > 0 || gx_hit_len_starting(ix, at + len, GX_LEX_LEFT_STOP) >= 2)
                bare++;
        }
        if (bare >= 1 || grouped >= 2)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}

/* 谷歌的母公司字母表宣布…: the parent, subsidiary or controlling shareholder named right after a
 * company and its relation word is a company too. Its right edge is the next stop word; a Latin
 * name's is the end of its letters (谷歌(Google)的分支Waymo: a gloss may stand between). */
void gx_er_relation_rule(const gx_hit_index *ix, gx_article *art)
{
    /* 母公司, 子公司, 控股子公司, 全资子公司, 控股股东, 控股公司 (code points, 0-terminated) */
    static const uint32_t words[][6] = {
        {0x6BCD, 0x516C, 0x53F8, 0},
        {0x5B50, 0x516C, 0x53F8, 0},
        {0x63A7, 0x80A1, 0x5B50, 0x516C, 0x53F8, 0},
        {0x5168, 0x8D44, 0x5B50, 0x516C, 0x53F8, 0},
        {0x63A7, 0x80A1, 0x80A1, 0x4E1C, 0},
        {0x63A7, 0x80A1, 0x516C, 0x53F8, 0},
        {0x5206, 0x652F, 0}, /* 分支 (谷歌的分支Waymo) */
    };
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int c = 0; c < n0; c++) {
        const gx_candidate *k = &art->candidates.v[c];
        if (k->type != GX_ENT_COMPANY || k->source == GX_SRC_TAGGER || k->score < 0.55f)
            continue;
        int32_t a = k->span.end;
        /* a gloss in brackets after the name (谷歌(Google)的分支Waymo), before a Latin name only
         * (远大医药(00512)子公司|及关联公司 is no name) */
        bool glossed = false;
        if (a < art->ncp && cp[a] == '(') {
            int32_t q = a + 1;
            while (q < art->ncp && q - a < 40 && cp[q] != ')' && cp[q] != '(' && cp[q] != '\n')
                q++;
            if (q < art->ncp && cp[q] == ')')
                a = q + 1, glossed = true;
        }
        if (a < art->ncp && cp[a] == 0x7684 /* 的 */)
            a++;
        int32_t body = -1;
        for (size_t w = 0; w < sizeof words / sizeof words[0] && body < 0; w++) {
            int32_t wn = 0;
            while (wn < 6 && words[w][wn])
                wn++;
            if (a + wn < art->ncp && !memcmp(cp + a, words[w], sizeof(uint32_t) * (size_t)wn))
                body = a + wn;
        }
        if (body < 0 || (glossed && (body >= art->ncp || !gx_is_upper(cp[body]))))
            continue;
        /* a Latin name ends where its letters end (谷歌的分支Waymo这两家…) */
        if (body < art->ncp && gx_is_upper(cp[body])) {
            int32_t e = body;
            while (e < art->ncp && e - body < 40 &&
                   (gx_is_alnum(cp[e]) || (cp[e] == ' ' && e + 1 < art->ncp && gx_is_upper(cp[e + 1]))))
                e++;
            bool lower = false;
            for (int32_t m = body; m < e && !lower; m++)
                lower = cp[m] >= 'a' && cp[m] <= 'z';
            gx_span n = {body, e};
            /* (a tagger's person there is overruled: the relation shows a firm) */
            if (lower && e - body >= 3 && gx_er_cand_with_span(art, n, GX_ORGLIKE) < 0)
                gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
            continue;
        }
        int32_t e = body;
        while (e < art->ncp && e - body < 9 && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])) &&
               (e == body || gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) == 0))
            e++;
        if (e - body > 8 || e >= art->ncp)
            continue;
        gx_span n = {body, e};
        /* the right edge must be sure and the name the subject of what follows: a verb of two or
         * more characters (字母表|宣布, X|表示), not punctuation after a noun (控股股东|质押股份，) */
        if (gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) < 2)
            continue;
        const char32_t *const *const HOLDING = gx_lexicon_words(ix->lex, GX_WL_RELATION_HOLDING);
        if (gx_word_at(art, n.start, HOLDING) > 0)
            continue;
        if (gx_er_plausible_name(ix, art, n) && gx_er_cand_with_span(art, n, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0 &&
            !(n.end - n.start <= 3 && gx_hit_len_starting(ix, n.start, GX_LEX_SURNAME) > 0))
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

static bool is_coop_connector(uint32_t c)
{
    return c == 0x4E0E /* 与 */ || c == 0x548C /* 和 */ || c == 0x540C /* 同 */;
}

/* 摩尔线程与智谱AI开展..., Y与英伟达合作: the partner of a company in a joint action. The
 * company may be any occurrence of a name some other rule or the gazetteer already proposed. */
static void coop_at(const gx_hit_index *ix, gx_article *art, gx_span k)
{
    const uint32_t *cp = art->cp;
    /* K 与 Y <verb> */
    int32_t a = k.end;
    if (a + 3 < art->ncp && is_coop_connector(cp[a])) {
        for (int32_t e = a + 3; e <= a + 9 && e < art->ncp; e++) {
            if (!gx_is_cjk(cp[e - 1]) && !gx_is_alnum(cp[e - 1]))
                break;
            if (gx_hit_len_starting(ix, e, GX_LEX_COOP_VERB) > 0) {
                gx_span y = {a + 1, e};
                if (gx_er_plausible_name(ix, art, y) && !time_or_order_phrase(art, y) &&
                    gx_er_cand_with_span(art, y, GX_ORGLIKE) < 0)
                    gx_add_candidate(art, y, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
                break;
            }
        }
    }
    /* Y 与 K <verb> */
    int32_t b = k.start;
    if (b > 2 && is_coop_connector(cp[b - 1]) && gx_hit_len_starting(ix, k.end, GX_LEX_COOP_VERB) > 0) {
        int32_t s = gx_name_left(ix, art, b - 1, 8);
        gx_span y = {s, b - 1};
        /* (not a time: 公司在报告期内|与…签订) */
        if (gx_er_plausible_name(ix, art, y) && !time_or_order_phrase(art, y) &&
            gx_er_cand_ending_at(art, b - 1, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0)
            gx_add_candidate(art, y, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

static bool coop_name(const gx_candidate *c)
{
    return c->type == GX_ENT_COMPANY && c->source != GX_SRC_TAGGER && c->score >= 0.55f;
}

void gx_er_coop_rule(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    /* each distinct name once (the first candidate with it), at every place the text uses it */
    int *names = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(n0 + 1));
    int nn = 0;
    for (int i = 0; i < n0; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (!coop_name(c))
            continue;
        int32_t len = c->span.end - c->span.start;
        bool seen = false;
        for (int q = 0; q < nn && !seen; q++) {
            const gx_candidate *d = &art->candidates.v[names[q]];
            seen = d->span.end - d->span.start == len &&
                   !memcmp(art->cp + d->span.start, art->cp + c->span.start, sizeof(uint32_t) * (size_t)len);
        }
        if (!seen)
            names[nn++] = i;
    }
    for (int q = 0; q < nn; q++) {
        gx_span cs = art->candidates.v[names[q]].span; /* coop_at adds candidates: copy */
        int32_t len = cs.end - cs.start;
        const uint32_t *w = art->cp + cs.start;
        if (len >= 2) {
            for (int32_t p1 = gx_text_ix_first(&ix->text, w); p1 > 0; p1 = ix->text.next[p1 - 1])
                if (p1 - 1 + len <= art->ncp && !memcmp(art->cp + p1 - 1, w, sizeof(uint32_t) * (size_t)len))
                    coop_at(ix, art, (gx_span){p1 - 1, p1 - 1 + len});
        } else {
            for (int32_t p = 0; p + len <= art->ncp; p++)
                if (art->cp[p] == w[0] && !memcmp(art->cp + p, w, sizeof(uint32_t) * (size_t)len))
                    coop_at(ix, art, (gx_span){p, p + len});
        }
    }
}

/* ------------------------------------------------------------------ brokers' research desks */

/* A broker's research desk named by the broker's stem and the desk's word (国金策略, 天风策略,
 * 招商宏观, 海通固收: the strategy notes portals list and quote). The stem and 证券 make a
 * securities company the gazetteer knows, so the desk is that company: the candidate carries
 * the company's gazetteer entry, and resolution names it, links it with the company's other
 * mentions and gives it the company's ticker. The longest such stem wins (中信建投|策略). */
void gx_er_broker_desk_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t DESK[][4] = {{0x7B56, 0x7565}, /* 策略 */
                                       {0x5B8F, 0x89C2}, /* 宏观 */
                                       {0x56FA, 0x6536}, /* 固收 */
                                       {0x91D1, 0x5DE5}, /* 金工 */
                                       {0x7814, 0x7A76, 0x6240}}; /* 研究所 */
    const uint32_t *cp = art->cp;
    /* the desk words' places, from the text's bigram index, in text order */
    GX_VEC(int32_t) at = {0};
    for (size_t w = 0; w < sizeof DESK / sizeof DESK[0]; w++) {
        int32_t dl = DESK[w][2] ? 3 : 2;
        for (int32_t p1 = gx_text_ix_first(&ix->text, DESK[w]); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t u = p1 - 1;
            if (u >= 2 && u + dl <= art->ncp && cp[u] == DESK[w][0] && cp[u + 1] == DESK[w][1] &&
                (dl == 2 || cp[u + 2] == DESK[w][2]))
                *GX_VEC_PUSH(art->arena, at) = u * 4 + dl;
        }
    }
    if (at.n > 1)
        qsort(at.v, (size_t)at.n, sizeof(int32_t), gx_cmp_int32);
    for (int i = 0; i < at.n; i++) {
        int32_t u = at.v[i] / 4, dl = at.v[i] % 4;
        for (int32_t sl = 4; sl >= 2; sl--) {
            int32_t s = u - sl;
            bool han = s >= 0;
            for (int32_t k = s; han && k < u; k++)
                han = gx_is_cjk(cp[k]);
            if (!han)
                continue;
            uint32_t buf[6];
            memcpy(buf, cp + s, sizeof(uint32_t) * (size_t)sl);
            buf[sl] = 0x8BC1, buf[sl + 1] = 0x5238; /* 证券 */
            int32_t id = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, buf, sl + 2);
            const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(ix->lex, id) : NULL;
            const gx_lex_thing *th = en && en->thing >= 0 ? gx_lexicon_thing(ix->lex, en->thing) : NULL;
            if (!th || th->type != GX_ENT_COMPANY)
                continue;
            int c = gx_add_candidate(art, (gx_span){s, u + dl}, GX_ENT_COMPANY, GX_SRC_RULE, 0.85f, th->name, -1);
            art->candidates.v[c].lex_id = id;
            break;
        }
    }
}
