/* gx_entity_rules_lists.c — companies shown by the company beside them (thirteenth session,
 * "lists13"): the words that open and join a list of firms and what an item of such a list may
 * be (the list rule itself is gx_entity_rules_frames.c's known_list_rule), a name after a known
 * company's 旗下 (海尔旗下的日日顺: its subsidiary or brand), a name right before its financing
 * round (暴风魔镜A轮融资6450万元), a name between a verb of buying or holding and a count of shares
 * (获得琼能源952万股) and the party a reporter learns from (从柏睿数据方面获悉). Part of the entity
 * rules (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* ------------------------------------------------------------------ lists of firms */

bool gx_er_list_opener(uint32_t c)
{
    return c == 0x4E0E /* 与 */ || c == 0x548C /* 和 */ || c == 0x540C /* 同 */ || c == 0x8DDF /* 跟 */ ||
           c == 0x5411 /* 向 */ || c == 0x7531 /* 由 */ || c == 0x88AB /* 被 */;
}

bool gx_er_list_joiner(uint32_t c)
{
    return c == 0x548C /* 和 */ || c == 0x53CA /* 及 */ || c == 0x4E0E /* 与 */;
}

bool gx_er_deng_gap_stop(uint32_t c)
{
    /* (not 在: X、Y等在华企业 are firms in China) */
    return gx_er_list_opener(c) || gx_er_list_joiner(c) || c == 0x5BF9 /* 对 */ || c == 0x6BD4 /* 比 */;
}

/* Words for firms that close a list after 等 (…、安琪酵母等公司的股东; cues.tsv firm_noun), after
 * up to four characters of a modifier (等汽车厂商, 等多家上市公司; not over 的: 等地的企业, nor over
 * a word that joins or compares: 结构设计、资产遴选、定价等|和券商没优势 lists what the firms are
 * compared on, 等与银行合作, 等对公司, 等比券商; 等在华企业 are firms). */
bool gx_er_firm_noun_at(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    for (int32_t k = pos; k < art->ncp && k - pos <= 4 && gx_is_cjk(art->cp[k]) && art->cp[k] != 0x7684 /* 的 */ &&
                          !gx_er_deng_gap_stop(art->cp[k]);
         k++)
        if (gx_lex_word_at(ix->lex, GX_LEX_FIRM_NOUN, art, k) > 0)
            return true;
    return false;
}

/* Is the item the short form of a company the article names in full (暴风 of 暴风集团): a
 * company candidate of the gazetteer, a ticker or a rule elsewhere whose text is the item's and a
 * company suffix (集团, 科技, 股份…)? */
bool gx_er_short_form_of_known(const gx_hit_index *ix, const gx_article *art, gx_span item)
{
    int32_t len = item.end - item.start;
    if (len < 2 || len > 6)
        return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (art->cp[c->span.start] != art->cp[item.start] || c->type != GX_ENT_COMPANY || c->source == GX_SRC_TAGGER ||
            c->span.start == item.start || c->span.end - c->span.start <= len ||
            memcmp(art->cp + c->span.start, art->cp + item.start, sizeof(uint32_t) * (size_t)len))
            continue;
        int l = gx_hit_len_starting(ix, c->span.start + len, GX_LEX_COMPANY_SUFFIX);
        if (l > 0 && c->span.start + len + l == c->span.end)
            return true;
    }
    return false;
}

/* Is the item a name the gazetteer knows only as a weak company (小米: an ordinary word too), with
 * its very span? In a list of firms it is the company. */
bool gx_er_weak_known(const gx_hit_index *ix, const gx_article *art, gx_span item)
{
    bool weak = false;
    for (int k = gx_cand_pos_next(art, -1, item.start, false); k >= 0; k = gx_cand_pos_next(art, k, item.start, false)) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.start != item.start || c->span.end != item.end || c->source != GX_SRC_GAZETTEER)
            continue;
        const gx_lex_entry *e = c->lex_id >= 0 ? gx_lexicon_entry(ix->lex, c->lex_id) : NULL;
        if (c->type != GX_ENT_COMPANY || !e || !(e->flags & GX_LEXF_WEAK))
            return false;
        weak = true;
    }
    return weak;
}

/* Is the item a Latin name (three to sixteen ASCII letters and digits, a letter among them) that
 * the gazetteer knows as a company in another case (OKex of the pattern OKEx, okcoin): web texts
 * write such names in their own case, and the case-exact scan misses them. Not a weak name. For
 * weighing a list (火币、币安、OKex、比特儿、香港B网: three known of five; comp71). */
bool gx_er_latin_known_folded(const gx_hit_index *ix, const gx_article *art, gx_span item)
{
    int32_t n = item.end - item.start;
    if (n < 3 || n > 16)
        return false;
    bool letter = false;
    for (int32_t k = item.start; k < item.end; k++) {
        uint32_t c = art->cp[k];
        if (!gx_is_alnum(c) || c > 0x7F)
            return false;
        letter |= !(c >= '0' && c <= '9');
    }
    if (!letter)
        return false;
    int32_t id = gx_lexicon_find_folded(ix->lex, GX_LEX_COMPANY, art->cp + item.start, n);
    const gx_lex_entry *e = id >= 0 ? gx_lexicon_entry(ix->lex, id) : NULL;
    return e && !(e->flags & GX_LEXF_WEAK);
}

/* Does a rule or the gazetteer read a longer company from the item's start (睿渠|投资: the item
 * ended at a stop word inside the name)? */
bool gx_er_longer_company_at(const gx_article *art, gx_span item)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.start == item.start && c->span.end > item.end && c->type == GX_ENT_COMPANY &&
            c->source != GX_SRC_TAGGER)
            return true;
    }
    return false;
}

/* Does a gazetteer or ticker name (of any type) end where the item ends and start inside it
 * (猜测|新浪)? */
bool gx_er_known_inside_end(const gx_article *art, gx_span item)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.end == item.end && c->span.start > item.start && c->type != GX_ENT_POSITION &&
            (c->source == GX_SRC_GAZETTEER || c->source == GX_SRC_TICKER))
            return true;
    }
    return false;
}

/* Is the item read as something else than a company with its very span (a person, a place, an
 * organization, a body, a product)? With firms (the list is closed by a word for firms), an unsure
 * tagger's person is none. A place the tagger read over a region and a name of two
 * characters or more (广州|招源, a firm named after its city), or over five characters or more
 * (嘉兴招源涌津: places in a list of firms are short), is no objection in a list of firms. */
bool gx_er_list_item_other_kind(const gx_hit_index *ix, const gx_article *art, gx_span item, bool firms)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.start != item.start || c->span.end != item.end || c->type == GX_ENT_COMPANY ||
            c->type == GX_ENT_POSITION)
            continue;
        /* a list closed by a word for firms overrides the tagger's unsure person (沃尔沃 in
         * …、沃尔沃、北京现代等汽车厂商), not a name opening with a common surname */
        if (firms && c->type == GX_ENT_PERSON && c->source == GX_SRC_TAGGER && c->score < 0.5f &&
            gx_hit_len_starting(ix, item.start, GX_LEX_COMMON_SURNAME) == 0)
            continue;
        if (c->type == GX_ENT_LOCATION && c->source == GX_SRC_TAGGER) {
            bool region_name = item.end - item.start >= 5;
            for (int32_t r = 2; r <= 3 && item.end - item.start - r >= 2 && !region_name; r++)
                region_name = gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + item.start, r);
            if (region_name)
                continue;
        }
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------ shared right edge */

/* What a firm does or says right after its name, at which a name may end (宝能旗下钜盛华|动用了…). */
static const char32_t *const FIRM_ACTS[] = {U"动用", U"宣布", U"表示", U"认为", U"指出", U"发布", U"推出", U"完成",
                                            U"获得", U"斥资", U"出资", U"收购", U"持有", U"近日", U"日前", U"此前",
                                            U"正式", U"目前", U"拟", NULL};

/* The end of a name that starts at a and ends at a clear right edge: punctuation (not a space:
 * 澳洲风电 项目), 、, a joiner, 等 or what a firm does (FIRM_ACTS); -1 when the run of Chinese
 * characters goes past max or ends elsewhere (高瓴资本旗下的零售药店|管理平台: a stop word inside a
 * phrase is no edge). */
static int32_t name_end_right(const gx_article *art, int32_t a, int max)
{
    const uint32_t *cp = art->cp;
    int32_t e = a;
    while (e < art->ncp && e - a <= max && gx_is_cjk(cp[e])) {
        if (e - a >= 2 && (cp[e] == 0x7B49 /* 等 */ || gx_er_list_joiner(cp[e]) || gx_word_at(art, e, FIRM_ACTS) > 0))
            return e;
        e++;
    }
    if (e - a > max || e - a < 2)
        return -1;
    return e >= art->ncp || (!gx_is_alnum(cp[e]) && cp[e] != ' ' && cp[e] != 0x3000 && cp[e] != 0xA0) ? e : -1;
}

/* ------------------------------------------------------------------ X旗下(的)Y */

/* 联合海尔旗下的日日顺: a known company (the gazetteer's or a ticker's), 旗下 and 的 or nothing,
 * then a Chinese name of two to five characters closed by a clear right edge: its subsidiary or
 * its brand, a company. Not a generic phrase (旗下的子公司, 旗下基金), not a name read otherwise
 * with that span (旗下的微信: a product), not a name a rule already reads from there. */
static void under_known_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const UNDER[] = {U"旗下", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, UNDER, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t q = at[a];
        if (q < 2 || gx_er_cand_ending_at(art, q, 1 << GX_ENT_COMPANY) < 0)
            continue;
        int known = gx_er_cand_ending_at(art, q, 1 << GX_ENT_COMPANY);
        const gx_candidate *k = &art->candidates.v[known];
        if (k->source != GX_SRC_GAZETTEER && k->source != GX_SRC_TICKER)
            continue;
        int32_t s = q + 2;
        if (s < art->ncp && cp[s] == 0x7684 /* 的 */)
            s++;
        if (s >= art->ncp || !gx_is_cjk(cp[s]) ||
            gx_word_at(art, s, gx_lexicon_words(ix->lex, GX_WL_NOT_A_NAME)) > 0)
            continue;
        /* the names joined after it are its units too (阿里巴巴旗下的淘宝和天猫) */
        for (int items = 0; items < 4 && s < art->ncp && gx_is_cjk(cp[s]); items++) {
            int32_t e = name_end_right(art, s, 5);
            if (e < 0)
                break;
            gx_span n = {s, e};
            bool taken = false;
            for (int j = 0; j < art->candidates.n && !taken; j++) {
                const gx_candidate *c = &art->candidates.v[j];
                taken = c->type != GX_ENT_POSITION && c->span.start == s && c->source != GX_SRC_TAGGER;
            }
            if (!taken && !gx_er_list_item_other_kind(ix, art, n, false) &&
                gx_er_plausible_name(ix, art, n) &&
                gx_hit_len_starting(ix, s, GX_LEX_LEFT_STOP) == 0 &&
                (items == 0 ||
                 gx_word_at(art, s, gx_lexicon_words(ix->lex, GX_WL_NOT_A_NAME)) == 0))
                gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
            if (e >= art->ncp || !(cp[e] == 0x3001 /* 、 */ || gx_er_list_joiner(cp[e])))
                break;
            s = e + 1;
        }
    }
}

/* ------------------------------------------------------------------ X A轮融资 */

/* The start of a round's label that ends right before 轮 at r (天使, Pre-A, A+, B1, C), or -1. */
static int32_t round_label_start(const gx_article *art, int32_t r)
{
    const uint32_t *cp = art->cp;
    static const char32_t *const WORDS[] = {U"天使", U"种子", NULL};
    int32_t l = gx_word_ending(cp, 0, r, WORDS);
    if (l > 0)
        return r - l;
    int32_t s = r;
    while (s > 0 && r - s < 6 && (gx_is_alnum(cp[s - 1]) || cp[s - 1] == '+' || cp[s - 1] == '-'))
        s--;
    if (s == r || (!(cp[s] >= 'A' && cp[s] <= 'F') && cp[s] != 'P' && cp[s] != 'p'))
        return -1;
    /* Pre-A: the label opens with Pre */
    if ((cp[s] == 'P' || cp[s] == 'p') && !(r - s >= 4 && (cp[s + 1] | 0x20) == 'r' && (cp[s + 2] | 0x20) == 'e'))
        return -1;
    if (cp[s] != 'P' && cp[s] != 'p' && r - s > 3)
        return -1;
    return s;
}

/* 暴风魔镜A轮融资6450万元, 某某天使轮融资: a name written right before its round (no verb between:
 * the round rule of gx_entity_rules_frames.c reads X完成/获得…轮融资). The name has a clear left
 * edge (punctuation, the text start or a stop word), is two to six Chinese characters and is not
 * already a name a rule, the gazetteer or a ticker reads there. */
static void bare_round_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const ROUND[] = {U"轮融资", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, ROUND, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t ls = round_label_start(art, at[a]);
        if (ls < 2 || !gx_is_cjk(cp[ls - 1]))
            continue;
        int c = gx_er_cand_ending_at(art, ls, GX_ORGLIKE | (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION));
        if (c >= 0) {
            gx_candidate *o = &art->candidates.v[c];
            /* a name only its suffix supports (云鸟科技B+轮融资): the round confirms it */
            if (o->source == GX_SRC_RULE && o->link == GX_LINK_SUFFIX_ONLY && o->type == GX_ENT_COMPANY) {
                gx_add_candidate(art, o->span, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
                continue;
            }
            if (o->source != GX_SRC_TAGGER || o->type == GX_ENT_COMPANY)
                continue;
        }
        int32_t s = gx_name_left(ix, art, ls, 6);
        gx_span n = {s, ls};
        bool clear = s == 0 || (!gx_is_cjk(cp[s - 1]) && !gx_is_alnum(cp[s - 1])) ||
                     gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0;
        bool cjk = true;
        for (int32_t k = s; k < ls && cjk; k++)
            cjk = gx_is_cjk(cp[k]);
        const char32_t *const *const NOT = gx_lexicon_words(ix->lex, GX_WL_ROUND_NOT);
        const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_ROUND_VERB);
        if (!clear || !cjk || ls - s < 2 || gx_word_at(art, s, NOT) > 0 || gx_word_ending(cp, s, ls, VERBS) > 0 ||
            !gx_er_plausible_name(ix, art, n))
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}

/* ------------------------------------------------------------------ 获得X952万股 */

/* 通过竞拍获得琼能源952万股法人股, 买入平安银行1000万股: the name between a verb of buying or holding
 * and a count of shares is the company whose shares they are. Two to six Chinese characters, not
 * a name read already, not a generic word (公司, 股份), not what the tagger reads as a person
 * or, in three characters or fewer, opens with a common surname (增持王水100万股). */
static void share_count_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const COUNTS[] = {U"万股", U"亿股", NULL};
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_SHARE_COUNT_VERB);
    const char32_t *const *const NOT = gx_lexicon_words(ix->lex, GX_WL_SHARE_COUNT_NOT);
    const char32_t *const *const QUALIFIERS =
        gx_lexicon_words(ix->lex, GX_WL_SHARE_COUNT_QUALIFIER);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, COUNTS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t e = at[a];
        while (e > 0 && (gx_is_digit(cp[e - 1]) || cp[e - 1] == '.' || cp[e - 1] == ','))
            e--;
        if (e == at[a] || e < 3 || !gx_is_cjk(cp[e - 1]))
            continue;
        int32_t s = -1;
        for (int32_t k = e - 2; k >= e - 6 && k >= 2 && s < 0; k--) {
            if (!gx_is_cjk(cp[k]))
                break;
            if (gx_word_ending(cp, 0, k, VERBS) > 0)
                s = k;
        }
        if (s < 0)
            continue;
        gx_span n = {s, e};
        if (gx_word_at(art, s, NOT) > 0 || gx_word_ending(cp, s, e, QUALIFIERS) > 0 ||
            gx_er_cand_ending_at(art, e, GX_ORGLIKE | (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION)) >= 0 ||
            gx_er_cand_with_span(art, n, (1 << GX_ENT_PERSON)) >= 0 ||
            (e - s <= 3 && gx_hit_len_starting(ix, s, GX_LEX_COMMON_SURNAME) > 0) || !gx_er_plausible_name(ix, art, n))
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

/* ------------------------------------------------------------------ 从X方面获悉 */

/* 记者从柏睿数据方面获悉: a reporter learns from a party; an unknown name of two to eight characters
 * between 从 and 方面 + 获悉/了解到/得知 is a company (the gazetteer knows the bodies: 从工信部方面);
 * both edges are fixed, so a stop word inside is no objection (柏睿数|据). */
static void learned_from_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const SIDE[] = {U"方面获悉", U"方面了解到", U"方面得知", U"方面证实", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, SIDE, &nat);
    for (int32_t a = 0; a < nat; a++) {
        int32_t e = at[a];
        int32_t s = e;
        while (s > 0 && e - s <= 8 && gx_is_cjk(cp[s - 1]) && cp[s - 1] != 0x4ECE /* 从 */)
            s--;
        if (s == 0 || cp[s - 1] != 0x4ECE || e - s < 2 || e - s > 8)
            continue;
        gx_span n = {s, e};
        if (gx_er_cand_ending_at(art, e, GX_ORGLIKE | (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION)) >= 0 ||
            gx_er_list_item_other_kind(ix, art, n, false) || !gx_er_plausible_name_ex(ix, art, n, false))
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

void gx_er_firm_cue_rules(const gx_hit_index *ix, gx_article *art)
{
    learned_from_rule(ix, art);
    under_known_rule(ix, art);
    bare_round_rule(ix, art);
    share_count_rule(ix, art);
}
