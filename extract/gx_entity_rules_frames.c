/* gx_entity_rules_frames.c — unknown names shown to be companies by what the news says happened
 * to them: a financing round (十荟团宣布完成新一轮C1轮融资, QuintoAndar获投2.5亿美元D轮融资), the
 * investors of a round (由赛富投资基金领投，方和资本、汉能创投跟投; 该轮融资由千帆资本、智唐科技投资),
 * the company a stake is held in (收购中民物业60%股权), the issuer of an announcement (麦浪电气发布公告称),
 * a name after a noun describing a company (游戏发行商ZENIMAX), a Latin name acquired (收购Playtika),
 * and a portal's inline stock quote or a US symbol after a name (融信中国(5.95,-0.02,-0.34%),
 * 信而富(XRF.US)): only a listed company has a quote; the same reader of a name gives the ticker
 * rule the name before a code (gx_er_listed_name_before). Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"
#include "gx_quantity.h"

static bool char32_in(const char32_t *set, uint32_t c)
{
    for (; *set; set++)
        if ((uint32_t)*set == c)
            return true;
    return false;
}

static bool clause_end(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B || c == ';' || c == 0xFF01 || c == 0xFF1F ||
           c == '\n' || c == 0xFF1A || c == ':';
}

/* The length of the longest word of words that ends at pos, or 0. */
static inline int32_t word_ending(const gx_article *art, int32_t pos, const char32_t *const *words)
{
    return gx_word_ending(art->cp, 0, pos, words);
}

/* Whether a rule, the gazetteer or a ticker already proposed an organization that ends where n
 * ends and covers it (a name only a suffix supports does not count: 服务商云玖|科技; nor a known
 * word inside the name: 安龙|生物). */
static bool known_covering(const gx_article *art, gx_span n)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.end == n.end && c->span.start <= n.start && c->source != GX_SRC_TAGGER &&
            c->type != GX_ENT_POSITION && c->link != GX_LINK_SUFFIX_ONLY && (GX_ORGLIKE & (1 << c->type)))
            return true;
    }
    return false;
}

/* A Latin name of one to four words (Y Combinator, D1 Capital Partners, QuintoAndar). */
static bool latin_name(const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start, words = 1;
    if (len < 2 || len > 40 || (!gx_is_upper(art->cp[n.start]) && !gx_is_digit(art->cp[n.start])))
        return false;
    for (int32_t i = n.start; i < n.end; i++) {
        uint32_t c = art->cp[i];
        if (c == ' ')
            words++;
        else if (!gx_is_alnum(c) && c != '&' && c != '-' && c != '.')
            return false;
    }
    return words <= 4 && art->cp[n.end - 1] != ' ';
}

/* The name that ends at end, after a clear left edge (the text start, punctuation, a stop word,
 * a title or a company describer), in *out; false when none. A sure
 * context (a stock quote or symbol: only a listed company has one) admits a stop word inside the
 * name (信而富, 虎都) and a name the tagger reads as a person (赫兹(HTZ.US)). With after_words, the
 * name must follow one of them or a describer (收购|中民物业60%股权). */
static bool name_span(const gx_hit_index *ix, gx_article *art, int32_t end, bool sure,
                      const char32_t *const *after_words, gx_span *out)
{
    const uint32_t *cp = art->cp;
    if (end < 2)
        return false;
    gx_name_edge edge = gx_company_name_left(ix, art, end, sure, !after_words);
    gx_span n = {edge.start, end};
    if (edge.latin) {
        if (!latin_name(art, n) || (n.start > 0 && gx_is_alnum(cp[n.start - 1])) || known_covering(art, n))
            return false;
        *out = n;
        return true;
    }
    bool described = edge.described, inner_stop = edge.inner_stop;
    if (!described && !sure && n.end - n.start > 6)
        return false;
    bool clear = described || n.start == 0 ||
                 (!gx_is_cjk(cp[n.start - 1]) && !gx_is_alnum(cp[n.start - 1]) && cp[n.start - 1] != '%') ||
                 cp[n.start - 1] == 0x4E28 /* 丨, a separator (格隆汇8月11日丨X) */ ||
                 gx_hit_len_ending(ix, n.start, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_ending(ix, n.start, GX_LEX_POSITION) > 0;
    if (after_words && !described && !word_ending(art, n.start, after_words))
        return false;
    if (known_covering(art, n))
        return false;
    if (!clear || !gx_er_plausible_name_ex(ix, art, n, !inner_stop) ||
        word_ending(art, n.end, gx_lexicon_words(ix->lex, GX_WL_DESCRIBER_BAD_ENDING)) > 0)
        return false;
    for (int32_t k = n.start; k + 2 <= n.end; k++)
        if (gx_word_at(art, k, (const char32_t *const[]){U"我们", U"他们", U"今天", U"今年", U"去年", U"过去", U"个月",
                                                          U"当时", U"一名", U"一周", NULL}))
            return false;
    /* a count of things (多只基金, 两家公司) */
    if (gx_word_at(art, n.start, (const char32_t *const[]){U"多只", U"多家", U"多个", U"两家", U"几家", U"数家", U"各家", NULL}))
        return false;
    /* two or three characters after a surname that the tagger reads as a person are left to it */
    if (!sure && n.end - n.start <= 3 && gx_hit_len_starting(ix, n.start, GX_LEX_SURNAME) > 0 &&
        gx_er_cand_with_span(art, n, 1 << GX_ENT_PERSON) >= 0)
        return false;
    *out = n;
    return true;
}

/* name_span's name as a company candidate with score; returns its index or -1. */
static int name_before(const gx_hit_index *ix, gx_article *art, int32_t end, float score, bool sure,
                       const char32_t *const *after_words)
{
    gx_span n;
    return name_span(ix, art, end, sure, after_words, &n) ? gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, score, NULL, -1)
                                                          : -1;
}

bool gx_er_listed_name_before(const gx_hit_index *ix, gx_article *art, int32_t end, gx_span *name)
{
    return name_span(ix, art, end, true, NULL, name);
}

/* X完成/获得/获投…轮融资: the subject of a financing round. In the clause of each 融资, the first
 * 完成, 获得 or 获 before it (with a round, 轮, or an amount between) is the verb; the name ends
 * before the verb and the adverbs before it. */
static void round_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t RONGZI[] = {0x878D, 0x8D44}; /* 融资 */
    const uint32_t *cp = art->cp;
    int32_t last_clause = -1;
    for (int32_t p1 = gx_text_ix_first(&ix->text, RONGZI); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t r = p1 - 1;
        if (r + 1 >= art->ncp || cp[r] != RONGZI[0] || cp[r + 1] != RONGZI[1])
            continue;
        int32_t b = r;
        while (b > 0 && r - b < 40 && !clause_end(cp[b - 1]))
            b--;
        if (b == last_clause) /* one subject per clause */
            continue;
        int32_t v = -1, vl = 0;
        for (int32_t k = b; k < r && v < 0; k++) {
            if (cp[k] == 0x5B8C && cp[k + 1] == 0x6210) /* 完成 */
                v = k, vl = 2;
            else if (cp[k] == 0x83B7) /* 获, 获得, 获投 */
                v = k, vl = cp[k + 1] == 0x5F97 || cp[k + 1] == 0x6295 ? 2 : 1;
        }
        if (v <= b)
            continue;
        if (cp[v] == 0x83B7 && v - 1 > b && cp[v - 1] == 0x65B0) /* 新获: newly won */
            v--;
        /* a round (轮, 战略) or an amount (a digit, 万, 亿) between the verb and 融资 */
        bool round = false;
        for (int32_t k = v + vl; k < r && !round; k++)
            round = cp[k] == 0x8F6E || gx_is_digit(cp[k]) || cp[k] == 0x4E07 || cp[k] == 0x4EBF ||
                    (cp[k] == 0x6218 && cp[k + 1] == 0x7565); /* 战略融资: a strategic round */
        if (!round)
            continue;
        int32_t e = v, l;
        while (e > b &&
               (l = word_ending(art, e, gx_lexicon_words(ix->lex, GX_WL_ANNOUNCE_ADVERB))) > 0)
            e -= l;
        /* a date (于9月10日, 6月19日) between the name and the verb */
        while (e > b && (cp[e - 1] == 0x65E5 || cp[e - 1] == 0x6708 || cp[e - 1] == 0x5E74 || gx_is_digit(cp[e - 1])) &&
               e - 1 > b && (gx_is_digit(cp[e - 2]) || gx_is_digit(cp[e - 1])))
            e--;
        if (e > b && cp[e - 1] == 0x4E8E /* 于 */)
            e--;
        while (e > b &&
               (l = word_ending(art, e, gx_lexicon_words(ix->lex, GX_WL_ANNOUNCE_ADVERB))) > 0)
            e -= l;
        if (e - b >= 2 && name_before(ix, art, e, 0.7f, false, NULL) >= 0)
            last_clause = b;
    }
}

/* 麦浪电气发布公告称, X日前公告称: the issuer of an announcement. The name ends before 发布公告 or
 * 公告称 (and the adverbs and date before them). */
static void announcement_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t GONGGAO[] = {0x516C, 0x544A}; /* 公告 */
    const uint32_t *cp = art->cp;
    for (int32_t p1 = gx_text_ix_first(&ix->text, GONGGAO); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t g = p1 - 1;
        if (g < 2 || g + 2 >= art->ncp || cp[g] != GONGGAO[0] || cp[g + 1] != GONGGAO[1])
            continue;
        int32_t e = g;
        if (cp[g - 2] == 0x53D1 && cp[g - 1] == 0x5E03) /* 发布公告 */
            e = g - 2;
        else if (cp[g + 2] != 0x79F0) /* 公告称 */
            continue;
        int32_t l;
        while (e > 0 &&
               (l = word_ending(art, e, gx_lexicon_words(ix->lex, GX_WL_ANNOUNCE_ADVERB))) > 0)
            e -= l;
        while (e > 1 && (cp[e - 1] == 0x65E5 || cp[e - 1] == 0x6708) && gx_is_digit(cp[e - 2])) {
            e--;
            while (e > 0 && gx_is_digit(cp[e - 1]))
                e--;
        }
        while (e > 0 &&
               (l = word_ending(art, e, gx_lexicon_words(ix->lex, GX_WL_ANNOUNCE_ADVERB))) > 0)
            e -= l;
        if (e >= 2 && (gx_is_cjk(cp[e - 1]) || gx_is_alnum(cp[e - 1])))
            name_before(ix, art, e, 0.65f, false, NULL);
    }
}

/* Whether the tagger read a name (an organization of some kind or a person) inside any
 * occurrence of the text of n: 富海 of 东方富海 (a phrase such as 连续违规 holds none). */
static bool name_read_in_text(const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source != GX_SRC_TAGGER || !((GX_ORGLIKE | (1 << GX_ENT_PERSON)) & (1 << c->type)) ||
            c->span.end - c->span.start > len)
            continue;
        for (int32_t s = c->span.end - len; s <= c->span.start; s++)
            if (s >= 0 && s + len <= art->ncp && !memcmp(art->cp + s, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
                return true;
    }
    return false;
}

/* 中国动物保健品自2015年3月停牌, 淘集集正式破产, X申请破产, 东方富海减持期已过半: the subject of
 * a trading halt, a resumption, a bankruptcy or a sale or purchase of shares (减持, 增持: a holder
 * of four characters or more with a name the tagger reads inside it; a person's name is the
 * tagger's) that the article names again is a company (退市 is left: 退市制度, 第一只退市股 are
 * policy talk). The name ends before the verb, the words
 * that lead to it (申请, 宣告, 面临…), the adverbs and a date (自2015年3月, 于9月10日); it must open
 * its clause (name_span's clear left edge, no describer needed). Eleventh session, "compfn". */
static void halt_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t KEYS[][2] = {{0x505C, 0x724C} /* 停牌 */, {0x590D, 0x724C} /* 复牌 */,
                                       {0x7834, 0x4EA7} /* 破产 */, {0x51CF, 0x6301} /* 减持 */,
                                       {0x589E, 0x6301} /* 增持 */};
    const char32_t *const *const LEAD = gx_lexicon_words(ix->lex, GX_WL_HALT_LEAD);
    /* what opens a phrase, not a name (第二次, 约相当于, 若以…) */
    static const char32_t NOT_FIRST[] = U"第约若如但而且每各该此其这那";
    const char32_t *const *const NOT_LAST = gx_lexicon_words(ix->lex, GX_WL_HALT_NOT_LAST);
    static const char32_t *const TERMS[] = {U"隔离", U"法", NULL};
    const uint32_t *cp = art->cp;
    for (size_t w = 0; w < sizeof KEYS / sizeof KEYS[0]; w++) {
        for (int32_t p1 = gx_text_ix_first(&ix->text, KEYS[w]); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t g = p1 - 1;
            if (g < 2 || g + 2 > art->ncp || cp[g] != KEYS[w][0] || cp[g + 1] != KEYS[w][1])
                continue;
            if (g + 2 < art->ncp && gx_word_at(art, g + 2, TERMS) > 0)
                continue;
            int32_t e = g, l;
            for (int round = 0; round < 2; round++) {
                while (e > 0 &&
                       ((l = word_ending(art, e,
                                         gx_lexicon_words(ix->lex, GX_WL_ANNOUNCE_ADVERB))) > 0 ||
                        (l = word_ending(art, e, LEAD)) > 0))
                    e -= l;
                /* a date: (自|于)2015年3月(10日)起 */
                int32_t d = e;
                if (d > 0 && cp[d - 1] == 0x8D77 /* 起 */)
                    d--;
                int32_t k = d;
                while (k > 0 && (gx_is_digit(cp[k - 1]) || cp[k - 1] == 0x5E74 || cp[k - 1] == 0x6708 || cp[k - 1] == 0x65E5))
                    k--;
                if (k < d && gx_is_digit(cp[k]) && k > 0 && (cp[k - 1] == 0x81EA /* 自 */ || cp[k - 1] == 0x4E8E /* 于 */))
                    e = k - 1;
                else if (k < d && gx_is_digit(cp[k]))
                    e = k;
            }
            /* the name opens its clause after punctuation, three characters or more */
            gx_span n;
            if (e < 2 || !gx_is_cjk(cp[e - 1]) || !name_span(ix, art, e, w < 2, NULL, &n) || n.end - n.start < 3 ||
                (n.start > 0 && (gx_is_cjk(cp[n.start - 1]) || gx_is_alnum(cp[n.start - 1]))))
                continue;
            bool first_ok = true;
            for (const char32_t *q = NOT_FIRST; *q && first_ok; q++)
                first_ok = cp[n.start] != (uint32_t)*q;
            /* the article names it again (a company a story is about is), and it is no time */
            int seen = 0; /* (its places through the bigram index: n has three characters or more) */
            for (int32_t k1 = gx_text_ix_first(&ix->text, cp + n.start); k1 > 0 && seen < 2; k1 = ix->text.next[k1 - 1])
                seen += k1 - 1 + (n.end - n.start) <= art->ncp &&
                        !memcmp(cp + k1 - 1, cp + n.start, sizeof(uint32_t) * (size_t)(n.end - n.start));
            if (!first_ok || seen < 2 || word_ending(art, n.end, NOT_LAST) > 0)
                continue;
            /* a holder (减持, 增持) may be any noun phrase (连续违规减持, 兜底式增持): a name of four
             * characters or more in which the tagger reads a name somewhere (富海 of 东方富海) */
            if (w >= 3 && (n.end - n.start < 4 || !name_read_in_text(art, n)))
                continue;
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
        }
    }
}

/* 由A领投，B、C跟投 / A、B联合领投 / 该轮融资由A、B投资: the investors of a round. The items before
 * 领投, 跟投 or 参投 back to the clause start (or to 由: 一轮由, 融资由, or 由 opening the clause),
 * and the items between 融资由 and 投资 (not 由于, nor 由工业投资驱动). */
static void investor_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t VERBS[][2] = {{0x9886, 0x6295}, {0x8DDF, 0x6295}, {0x53C2, 0x6295}, {0x6295, 0x8D44}};
    const uint32_t *cp = art->cp;
    for (size_t w = 0; w < sizeof VERBS / sizeof VERBS[0]; w++) {
        for (int32_t p1 = gx_text_ix_first(&ix->text, VERBS[w]); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t v = p1 - 1;
            if (v < 3 || v + 1 >= art->ncp || cp[v] != VERBS[w][0] || cp[v + 1] != VERBS[w][1])
                continue;
            bool invest = VERBS[w][0] == 0x6295; /* 投资 needs 融资由 */
            /* the verb ends its clause (领投资者, 跟投专家, 跟投君 are other words) */
            int32_t after = v + 2 < art->ncp && cp[v + 2] == 0x4E86 /* 了 */ ? v + 3 : v + 2;
            /* glued to what follows (scraped text without punctuation: 图灵创投领投湖南视比…), a lead
             * or co-investor is still read when the verb is no longer word's start (领投资者, 领投方,
             * 跟投人, 跟投君, 跟投专家): one name only, closed on the left by a stop word */
            bool glued = after < art->ncp && (gx_is_cjk(cp[after]) || gx_is_alnum(cp[after]));
            if (glued && (invest || after != v + 2 || !gx_is_cjk(cp[after]) ||
                          char32_in(U"资者方人君专团机", cp[after])))
                continue;
            int32_t e = v;
            if (e >= 2 && ((cp[e - 2] == 0x8054 && cp[e - 1] == 0x5408) || (cp[e - 2] == 0x5171 && cp[e - 1] == 0x540C)))
                e -= 2; /* 联合, 共同 */
            if (e > 0 && cp[e - 1] == 0x7B49) /* 等 */
                e--;
            /* ... and the clause back to its start or to 由 */
            int32_t b = e, you = -1;
            while (b > 0 && e - b < 80 && !clause_end(cp[b - 1]) && cp[b - 1] != 0xFF08 && cp[b - 1] != '(') {
                if (cp[b - 1] == 0x7531 /* 由 */ && you < 0)
                    you = b;
                b--;
            }
            if (you >= 0 && you < art->ncp && cp[you] == 0x4E8E) /* 由于: because */
                continue;
            if (you >= 0) {
                bool anchored = (you >= 3 && cp[you - 3] == 0x878D && cp[you - 2] == 0x8D44) ||
                                (!invest && (you - 1 == b || (you >= 2 && cp[you - 2] == 0x8F6E)));
                if (!anchored && invest)
                    continue;
                b = you;
            } else if (invest) {
                continue;
            }
            while (b < e && cp[b] == ' ')
                b++;
            if (e - b < 2)
                continue;
            if (glued) {
                int32_t s = gx_name_left(ix, art, e, 8);
                if (you < 0 && s > b && e - s >= 2 && e - s < 8 && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0)
                    gx_er_list_items(ix, art, s, e, 0.7f);
                continue;
            }
            /* the first item's left edge when the clause has no 由 (本轮A领投: a stop word) */
            int32_t first = b;
            while (first < e && cp[first] != 0x3001)
                first++;
            if (you < 0) {
                int32_t s = gx_name_left(ix, art, first, 12);
                int st = gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP);
                bool conj = st == 1 && (cp[s - 1] == 0x548C || cp[s - 1] == 0x4E0E || cp[s - 1] == 0x53CA);
                if (s > b && !conj && (st > 0 || first == e))
                    b = s;
            }
            gx_er_list_items(ix, art, b, e, 0.7f);
        }
    }
}

/* 融信中国(5.95,-0.02,-0.34%), 信而富(XRF.US): a name before a portal's inline stock quote or a
 * US symbol is a listed company (codes, 中航科工(02357-HK) too, are the ticker rule's, which reads
 * their names with gx_er_listed_name_before). Not when
 * a legal form or more of a name follows the quote (the suffix rule reads the whole name over
 * it: 江苏沙钢股份(…)有限公司, 东方财富(…)网). */
static void quoted_stock_rule(const gx_hit_index *ix, gx_article *art, trig_list *paren)
{
    const char32_t *const *const AFTER_QUOTE = gx_lexicon_words(ix->lex, GX_WL_AFTER_QUOTE);
    static const uint32_t US[] = {'.', 'U', 'S', ')'};
    const uint32_t *cp = art->cp;
    for (int32_t i = 2; (i = trig_next(paren, i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(' || !(gx_is_cjk(cp[i - 1]) || gx_is_alnum(cp[i - 1])))
            continue;
        int32_t q = gx_stock_quote_end(art, i);
        if (q > i) {
            if (gx_hit_len_starting(ix, q, GX_LEX_COMPANY_SUFFIX) >= 2 ||
                (q < art->ncp && gx_is_cjk(cp[q]) && gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) == 0 &&
                 !gx_word_at(art, q, AFTER_QUOTE)))
                continue;
            name_before(ix, art, i, 0.7f, true, NULL);
            continue;
        }
        int32_t k = i + 1;
        while (k < art->ncp && k - i <= 6 && gx_is_upper(cp[k]))
            k++;
        if (k - i >= 2 && k + 4 <= art->ncp && !memcmp(cp + k, US, sizeof US))
            name_before(ix, art, i, 0.7f, true, NULL);
    }
}

/* 收购中民物业60%股权, 持有巨堃网络20%股权, 受让上海仁杏51%的股份: the company a stake is held in.
 * The name ends before the percentage (and 所持, 合计, 剩余 …) and starts right after the verb
 * (收购, 持有, 受让 …), a describer (化肥助剂公司|荷兰诺唯凯) or another stake (万厦房产100%股权和|
 * 新光建材城100%股权); two or more joined by 及, 和, 、 are items of a list; 之 before the
 * percentage is "of" (收购南京诚瑞之|51%股权). */
static void stake_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t GUQUAN[] = {0x80A1, 0x6743}; /* 股权 */
    const char32_t *const *const BETWEEN = gx_lexicon_words(ix->lex, GX_WL_STAKE_BETWEEN);
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_STAKE_VERB);
    const uint32_t *cp = art->cp;
    for (int w = 0; w < 2; w++) {
        const uint32_t *word = w == 0 ? GUQUAN : (const uint32_t[]){0x80A1, 0x4EFD}; /* 股份 */
        for (int32_t p1 = gx_text_ix_first(&ix->text, word); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t g = p1 - 1;
            if (g < 4 || cp[g] != word[0] || cp[g + 1] != word[1])
                continue;
            int32_t e = g;
            if (cp[e - 1] == 0x7684 /* 的 */)
                e--;
            if (cp[e - 1] != '%')
                continue;
            e--;
            while (e > 0 && (gx_is_digit(cp[e - 1]) || cp[e - 1] == '.'))
                e--;
            if (e == g - 1 || e < 2)
                continue;
            int32_t l;
            while ((l = word_ending(art, e, BETWEEN)) > 0)
                e -= l;
            if (e < 2 || !gx_is_cjk(cp[e - 1]))
                continue;
            /* two companies joined (收购中民物业及新中民物业各60%股权): the items after the verb */
            int32_t q = e, sep = -1;
            while (q > 0 && e - q < 24 && !word_ending(art, q, VERBS) && (gx_is_cjk(cp[q - 1]) || gx_is_alnum(cp[q - 1]))) {
                if (cp[q - 1] == 0x3001 || cp[q - 1] == 0x53CA || cp[q - 1] == 0x548C || cp[q - 1] == 0x4E0E)
                    sep = q - 1;
                q--;
            }
            if (sep > q + 1 && word_ending(art, q, VERBS) && sep < e - 2)
                gx_er_list_items(ix, art, q, e, 0.65f);
            else
                name_before(ix, art, e, 0.65f, false, VERBS);
        }
    }
}

/* 德国工业机器人巨头库卡, 游戏发行商ZENIMAX, 社群零售企业十荟团: an unknown name right after a noun
 * describing a company. The name runs to the next stop word or punctuation (two to six
 * characters, or a Latin name); a Chinese one must be read as a name by the tagger at the same
 * place (巨头|登陆港股, 电商|采购项目 are plain words), and be named again after a common describer
 * (公司, 企业, 平台: 公司总股本, 企业盈利增长). Where the tagger does not read it, a strong
 * describer (巨头, …商) and a name repeated three times, once as a clause's subject, do (库卡);
 * after 私募, two or three characters and a firm word (朱雀股权). Eleventh session, "comp12". */
static void describer_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const FIRM_WORDS = gx_lexicon_words(ix->lex, GX_WL_DESCRIBER_FIRM_WORD);
    const char32_t *const *const KINDS = gx_lexicon_words(ix->lex, GX_WL_DESCRIBER_KIND);
    const uint32_t *cp = art->cp;
    uint8_t *tagged = NULL;
    for (int w = 0; gx_company_describers[w]; w++) {
        uint32_t key[2] = {(uint32_t)gx_company_describers[w][0], (uint32_t)gx_company_describers[w][1]};
        int32_t dl = 0;
        while (gx_company_describers[w][dl])
            dl++;
        for (int32_t p1 = gx_text_ix_first(&ix->text, key); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t d = p1 - 1, a = d + dl;
            if (d < 1 || a + 2 > art->ncp || gx_word_at(art, d, (const char32_t *const[]){gx_company_describers[w], NULL}) != dl)
                continue;
            /* a modifier before the describer (安全|公司), not a pronoun (该公司, 本平台, 其品牌) */
            uint32_t m = cp[d - 1];
            if (!gx_is_cjk(m) || m == 0x8BE5 /* 该 */ || m == 0x672C /* 本 */ || m == 0x5176 /* 其 */ ||
                m == 0x5404 /* 各 */ || m == 0x6211 /* 我 */ || m == 0x8FD9 /* 这 */ || m == 0x90A3 /* 那 */ ||
                m == 0x5BB6 /* 家 */ || m == 0x4E2A /* 个 */ || m == 0x6B64 /* 此 */)
                continue;
            gx_span n = {a, a};
            bool fund = dl == 2 && cp[d] == 0x79C1 /* 私 */ && cp[d + 1] == 0x52DF /* 募 */;
            if (gx_is_upper(cp[a]) && !fund) { /* (私募FOF is a product) */
                int32_t e = a;
                while (e < art->ncp && e - a < 40 && (gx_is_alnum(cp[e]) || cp[e] == '&' || cp[e] == '.' ||
                                                     (cp[e] == ' ' && e + 1 < art->ncp && gx_is_upper(cp[e + 1]))))
                    e++;
                while (e > a && cp[e - 1] == '.')
                    e--;
                n.end = e;
                if (e < art->ncp && (gx_is_cjk(cp[e]) && gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) == 0 &&
                                     !clause_end(cp[e])))
                    continue; /* a Latin word opening a longer Chinese name (WHYLAB实验室) */
                if (!latin_name(art, n) || gx_er_cand_with_span(art, n, GX_ORGLIKE | (1 << GX_ENT_PRODUCT)) >= 0 ||
                    gx_hit_len_starting(ix, a, GX_LEX_POSITION) >= e - a || /* 集团CMO: a title */
                    (e - a == 3 && cp[a] == 'C' && cp[a + 2] == 'O' && gx_is_upper(cp[a + 1])) ||
                    (e < art->ncp && (cp[e] == 0x2019 || cp[e] == '\'')))
                    continue;
                gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
                continue;
            }
            /* after 私募 (a fund firm) a name of two or three characters and a firm word needs no
             * tagger (老牌私募|朱雀股权外, 知名私募|淡水泉投资): 私募股权, 私募基金 are kinds, not names */
            if (fund && !gx_word_at(art, a, FIRM_WORDS) &&
                !gx_word_at(art, a, KINDS) &&
                gx_hit_len_starting(ix, a, GX_LEX_LEFT_STOP) == 0) {
                for (int32_t bl = 2; bl <= 3; bl++) {
                    int32_t fe = a + bl + 2;
                    bool cjk = fe <= art->ncp;
                    for (int32_t q = a; q < a + bl && cjk; q++)
                        cjk = gx_is_cjk(cp[q]) && gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) == 0;
                    if (!cjk || gx_word_at(art, a + bl, FIRM_WORDS) != 2 ||
                        !(fe == art->ncp || !gx_is_cjk(cp[fe]) || gx_hit_len_starting(ix, fe, GX_LEX_LEFT_STOP) > 0 ||
                          cp[fe] == 0x5916 /* 外 */) ||
                        gx_er_is_generic_body(ix, art, (gx_span){a, a + bl}))
                        continue;
                    gx_span f = {a, fe};
                    if (!known_covering(art, f) && gx_er_cand_with_span(art, f, GX_ORGLIKE) < 0)
                        gx_add_candidate(art, f, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
                    break;
                }
            }
            if (fund)
                continue;
            /* a Chinese name must be the tagger's reading: where does one start? (built once) */
            if (!tagged) {
                tagged = gx_arena_alloc(art->arena, (size_t)art->ncp + 1); /* zeroed */
                for (int k = 0; k < art->candidates.n; k++) {
                    const gx_candidate *c = &art->candidates.v[k];
                    if (c->source == GX_SRC_TAGGER && (GX_ORGLIKE & (1 << c->type)))
                        tagged[c->span.start] = 1;
                }
            }
            if (!gx_is_cjk(cp[a]) || gx_hit_len_starting(ix, a, GX_LEX_LEFT_STOP) > 0)
                continue;
            if (!tagged[a]) {
                /* a strong describer (巨头, …商) and a name the article repeats (德国工业机器人巨头|库卡,
                 * then 收购库卡, 库卡的业绩 …): the longest start of two to four characters named three
                 * times or more (the describer and the repeats are its support: a score resolution
                 * keeps without the tagger) */
                bool strong = dl == 3 || gx_company_describers[w][0] == 0x5DE8 /* 巨头 */;
                int32_t best = 0;
                for (int32_t l = 2; strong && l <= 4 && a + l <= art->ncp; l++) {
                    bool cjk = true;
                    for (int32_t q = a; q < a + l && cjk; q++)
                        cjk = gx_is_cjk(cp[q]) && (q == a || gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) == 0);
                    if (!cjk)
                        break;
                    int seen = 0;
                    for (int32_t i1 = gx_text_ix_first(&ix->text, cp + a); i1 > 0 && seen < 3; i1 = ix->text.next[i1 - 1])
                        if (i1 - 1 + l <= art->ncp && !memcmp(cp + i1 - 1, cp + a, sizeof(uint32_t) * (size_t)l))
                            seen++;
                    if (seen < 3)
                        break;
                    best = l;
                }
                /* ... and one of them opens a clause or a line as its subject (，库卡被指…, \n库卡的业绩):
                 * a verb after a describer (巨头|登陆港股, 巨头|正式…) does not */
                bool subject = false;
                for (int32_t i1 = gx_text_ix_first(&ix->text, cp + a); best >= 2 && i1 > 0 && !subject; i1 = ix->text.next[i1 - 1]) {
                    int32_t p = i1 - 1;
                    if (p + best + 1 > art->ncp || memcmp(cp + p, cp + a, sizeof(uint32_t) * (size_t)best))
                        continue;
                    uint32_t nx = cp[p + best];
                    subject = (p == 0 || clause_end(cp[p - 1]) || cp[p - 1] == '\n') &&
                              (nx == 0x7684 /* 的 */ || nx == 0x88AB /* 被 */ || nx == 0x662F /* 是 */ || nx == 0x771F /* 真 */ ||
                               nx == 0x5728 /* 在 */ || nx == 0x5C06 /* 将 */ || nx == 0x5DF2 /* 已 */);
                }
                gx_span r = {a, a + best};
                if (best >= 2 && subject && gx_er_plausible_name(ix, art, r) &&
                    !known_covering(art, r) &&
                    word_ending(art, r.end,
                                gx_lexicon_words(ix->lex, GX_WL_DESCRIBER_BAD_ENDING)) == 0 &&
                    gx_er_cand_with_span(art, r, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0)
                    gx_add_candidate(art, r, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
                continue;
            }
            int32_t e = a + 2;
            while (e < art->ncp && e - a < 7 && gx_is_cjk(cp[e]) && gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) == 0)
                e++;
            if (e - a > 6 || (e < art->ncp && gx_is_alnum(cp[e])))
                continue;
            n.end = e;
            if (!gx_er_plausible_name(ix, art, n) ||
                word_ending(art, e, gx_lexicon_words(ix->lex, GX_WL_DESCRIBER_BAD_ENDING)) > 0 ||
                word_ending(art, e, gx_company_describers) > 0)
                continue;
            /* 公司, 企业, 平台 … precede plain words all the time (公司总股本, 企业盈利): there the name
             * must be named again too */
            bool weak = dl == 2 && gx_company_describers[w][1] != 0x5546 /* …商 */ && gx_company_describers[w][0] != 0x5DE8 /* 巨头 */ &&
                        gx_company_describers[w][0] != 0x521B /* 创企 */ && gx_company_describers[w][0] != 0x7535 /* 电商 */;
            int32_t len = e - a;
            int seen = 0;
            for (int32_t i1 = gx_text_ix_first(&ix->text, cp + a); weak && i1 > 0 && seen < 2; i1 = ix->text.next[i1 - 1])
                if (i1 - 1 + len <= art->ncp && !memcmp(cp + i1 - 1, cp + a, sizeof(uint32_t) * (size_t)len))
                    seen++;
            if (weak && seen < 2)
                continue;
            /* read by the tagger here */
            bool read = false;
            for (int k = 0; k < art->candidates.n && !read; k++) {
                const gx_candidate *c = &art->candidates.v[k];
                read = c->source == GX_SRC_TAGGER && c->span.start == a && c->span.end == e &&
                       (GX_ORGLIKE & (1 << c->type));
            }
            if (!read || known_covering(art, n) || gx_er_cand_with_span(art, n, GX_ORGLIKE | (1 << GX_ENT_PERSON)) >= 0)
                continue;
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
        }
    }
}

/* Per position, the end of the longest gazetteer or ticker company starting there, or -1 (the
 * article's arena; built once, when a list first needs it). The ends are raw and read only where
 * the zeroed bitmap has the position's bit (gx_head_at: 1/32 of the bytes cleared). */
typedef struct known_ends {
    uint64_t *has;
    int32_t *end;
} known_ends_t;

static known_ends_t known_ends(gx_article *art)
{
    known_ends_t k = {gx_arena_alloc(art->arena, sizeof(uint64_t) * (size_t)((art->ncp + 1 + 63) / 64)),
                      gx_arena_alloc_raw(art->arena, sizeof(int32_t) * (size_t)(art->ncp + 1))};
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if ((c->source == GX_SRC_GAZETTEER || c->source == GX_SRC_TICKER) && c->type == GX_ENT_COMPANY &&
            c->span.end > gx_head_at(k.has, k.end, c->span.start)) {
            k.end[c->span.start] = c->span.end;
            k.has[c->span.start >> 6] |= 1ull << (c->span.start & 63);
        }
    }
    return k;
}

/* The end of the longest known company starting at p, or -1. */
static inline int32_t known_at(const known_ends_t *k, int32_t p)
{
    return gx_head_at(k->has, k->end, p);
}

/* Whether a rule (the suffix rule: 上海证券, 华泰汽车) read a company with the span n. */
static bool rule_company(const gx_article *art, gx_span n)
{
    return gx_er_cand_with_span_from(art, n, 1 << GX_ENT_COMPANY, 1 << GX_SRC_RULE) >= 0;
}

/* Whether a government body (read by anyone) or, with orgs, an organization the gazetteer or a
 * rule knows starts the item (国家教委|系统: a body's unit, no company; in a list closed by 等公司
 * a university's firm is one: 北大|车行). */
static bool other_body_at(const gx_article *art, gx_span n, bool orgs)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.start == n.start && c->span.end <= n.end &&
            (c->type == GX_ENT_GOVERNMENT || (orgs && c->type == GX_ENT_ORGANIZATION && c->source != GX_SRC_TAGGER)))
            return true;
    }
    return false;
}

/* The end of a list item that starts at a: a known company's end there (美的|三只消费股, 万科|A),
 * else the next 、, punctuation, 等, a stop word, an inline quote or code; -1 when it runs past
 * eight characters (a name does not run longer). An item run on into its sentence ends before an
 * adverb saying all the items did it (招商证券、上海证券、济安金信|均给予…评级, 金牌橱柜、欧派家居、
 * 志邦股份|都位列…): 均 都 皆 也 分别 纷纷, two characters or more into the item. */
static int32_t item_end(const gx_hit_index *ix, const gx_article *art, const known_ends_t *known, int32_t a)
{
    int32_t ke = known_at(known, a);
    if (ke > a)
        return ke;
    int32_t e = a;
    while (e < art->ncp && e - a <= 8 && (gx_is_cjk(art->cp[e]) || gx_is_alnum(art->cp[e])) &&
           !(e - a >= 2 && (art->cp[e] == 0x7B49 /* 等 */ || gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) > 0)))
        e++;
    if (e - a <= 8)
        return e;
    const char32_t *const *const ALL = gx_lexicon_words(ix->lex, GX_WL_ITEM_ALL);
    for (int32_t k = a + 2; k < a + 8 && k < art->ncp && gx_is_cjk(art->cp[k]); k++)
        if (gx_word_at(art, k, ALL) > 0)
            return k;
    return -1;
}

/* Does 和, 及 or 与 follow the item after the 、 at i (暴风、小米|和|微鲸)? */
static bool joined_next(const gx_article *art, int32_t i)
{
    for (int32_t k = i + 3; k < art->ncp && k - i <= 9 && gx_is_cjk(art->cp[k - 1]); k++)
        if (gx_er_list_joiner(art->cp[k]))
            return true;
    return false;
}

/* 猎豹汽车、众泰汽车(3.26,…)、华泰汽车, 华为、维谛技术、中兴: the unknown items of a list most of
 * whose items are companies the gazetteer knows are companies too. Items are separated by 、
 * (the last may follow 及, 和); a stock quote or code after an item is no part of it. */
static void known_list_rule(const gx_hit_index *ix, gx_article *art, trig_list *dun)
{
    const uint32_t *cp = art->cp;
    gx_span items[16];
    known_ends_t kn = {NULL, NULL}, *known = NULL;
    for (int32_t i = 1; (i = trig_next(dun, i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != 0x3001)
            continue;
        /* three items or more: another 、 follows within an item and its quote (most 、 join two words) */
        int32_t next = dun->k + 1 < dun->n ? dun->v[dun->k + 1] : art->ncp;
        if (next - i > 40 && !joined_next(art, i))
            continue;
        if (!known) {
            kn = known_ends(art);
            known = &kn;
        }
        /* the run of items: the first before i, then one after each 、 */
        int n = 0;
        int32_t fe = i;
        if (cp[fe - 1] == ')') { /* an item's quote or code before the 、 */
            int32_t q = fe - 1;
            while (q > 0 && fe - q < 30 && cp[q] != '(')
                q--;
            fe = cp[q] == '(' ? q : fe;
        }
        int32_t fs = gx_name_left(ix, art, fe, 10);
        /* a known company ending the first item is the first item (以来|招商证券、…) */
        bool first_known = false;
        for (int k = gx_cand_pos_next(art, -1, fe, true); k >= 0; k = gx_cand_pos_next(art, k, fe, true)) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->span.end == fe && c->span.start < fe && fe - c->span.start >= 2 && fe - c->span.start <= 10 &&
                known_at(known, c->span.start) == fe && (!first_known || c->span.start < fs)) {
                fs = c->span.start;
                first_known = true;
            }
        }
        /* a short first item whose last character is a stop word (，华为、…: 为; 如美的、) runs back
         * to the punctuation or the stop word before it */
        if (fe - fs < 2 && !first_known) {
            int32_t b = fe;
            while (b > 0 && fe - b < 5 && gx_is_cjk(cp[b - 1]) && (b == fe || gx_hit_len_ending(ix, b, GX_LEX_LEFT_STOP) == 0))
                b--;
            if (fe - b >= 2 && fe - b <= 4 &&
                (b == 0 || (!gx_is_cjk(cp[b - 1]) && !gx_is_alnum(cp[b - 1])) || gx_hit_len_ending(ix, b, GX_LEX_LEFT_STOP) > 0))
                fs = b;
            else
                continue;
        }
        /* the first item's left edge is sure after punctuation, a word of two characters or more, or
         * a list's opening word (为, 如, 是, 有); not after any function character (也|会看到天猫) */
        int st = fs > 0 ? gx_hit_len_ending(ix, fs, GX_LEX_LEFT_STOP) : 0;
        bool first_sure = first_known || fs == 0 || (!gx_is_cjk(cp[fs - 1]) && !gx_is_alnum(cp[fs - 1])) || st >= 2 ||
                          (st == 1 && (cp[fs - 1] == 0x4E3A || cp[fs - 1] == 0x5982 || cp[fs - 1] == 0x662F ||
                                       cp[fs - 1] == 0x6709 || gx_er_list_opener(cp[fs - 1])));
        items[n++] = (gx_span){fs, fe};
        int32_t j = i;
        while (j < art->ncp && cp[j] == 0x3001 && n < 16) {
            int32_t e = item_end(ix, art, known, j + 1);
            if (e < 0 || e - (j + 1) < 2)
                break;
            items[n++] = (gx_span){j + 1, e};
            j = e;
            if (j < art->ncp && cp[j] == '(') { /* skip a quote or a code */
                int32_t q = j + 1;
                while (q < art->ncp && q - j < 30 && cp[q] != ')')
                    q++;
                if (q >= art->ncp || cp[q] != ')')
                    break;
                j = q + 1;
            }
        }
        /* the last item may follow 和, 及 or 与 (暴风、小米和微鲸) */
        if (n >= 2 && j + 1 < art->ncp && j == items[n - 1].end && gx_er_list_joiner(cp[j]) && n < 16) {
            int32_t e = item_end(ix, art, known, j + 1);
            if (e > 0 && e - (j + 1) >= 2)
                items[n++] = (gx_span){j + 1, e};
        }
        i = j;
        /* two items closed by 等 (力挺科大讯飞、银隆新能源等): one known, the other of four
         * characters or more that the tagger reads as a company from its start */
        bool pair = n == 2 && items[1].end < art->ncp && cp[items[1].end] == 0x7B49 /* 等 */ && first_sure;
        if (n < 3 && !pair)
            continue;
        /* known: by the gazetteer or a ticker, or read by a rule with this very span (上海证券 by the
         * suffix rule) */
        int nknown = 0;
        /* a name the gazetteer knows ends the first item after its start (猜测|新浪、网易、搜狐):
         * the item's start is unsure */
        if (first_sure && !first_known && gx_er_known_inside_end(art, items[0]))
            first_sure = false;
        for (int k = 0; k < n; k++)
            nknown += known_at(known, items[k].start) == items[k].end || rule_company(art, items[k]) ||
                      gx_er_latin_known_folded(ix, art, items[k]);
        /* short of known items, the short forms of companies the article names in full count
         * (暴风 of 暴风集团); a first item run on into the words before it may end with one
         * (只会剩下|暴风、小米和微鲸) */
        if (n >= 3 && nknown >= 1 && (nknown < 2 || 2 * nknown < n)) {
            for (int k = first_sure ? 0 : 1; k < n; k++)
                nknown += known_at(known, items[k].start) != items[k].end && !rule_company(art, items[k]) &&
                          gx_er_short_form_of_known(ix, art, items[k]);
            for (int32_t b = items[0].start; !first_sure && b + 2 <= fe; b++)
                if (fe - b <= 6 && gx_er_short_form_of_known(ix, art, (gx_span){b, fe})) {
                    items[0].start = b;
                    first_sure = true;
                    nknown++;
                }
        }
        /* a list closed by 等 and a word for companies (…、安琪酵母等公司的股东) */
        bool firms = items[n - 1].end + 1 < art->ncp && cp[items[n - 1].end] == 0x7B49 /* 等 */ &&
                     gx_er_firm_noun_at(ix, art, items[n - 1].end + 1);
        /* a list a colon opens after a word for firms or platforms and at most four characters
         * (投资理财平台有哪些：人人贷、多啦聚财、铜板街, 合作机构包括：…): the clause says what its
         * items are, one known item is enough */
        bool introduced = false;
        if (n >= 3 && nknown >= 1 && first_sure && fs >= 3 && (cp[fs - 1] == ':' || cp[fs - 1] == 0xFF1A))
            for (int32_t b = fs - 2; b >= 0 && fs - 1 - b <= 6 && !introduced && gx_is_cjk(cp[b]); b--)
                introduced = (cp[b] == 0x5E73 /* 平 */ && cp[b + 1] == 0x53F0 /* 台 */) ||
                             gx_lex_word_at(ix->lex, GX_LEX_FIRM_NOUN, art, b) > 0;
        if (pair) {
            if (nknown != 1)
                continue;
            gx_span u = known_at(known, items[0].start) == items[0].end || rule_company(art, items[0]) ? items[1] : items[0];
            bool read = false;
            for (int k = 0; k < art->candidates.n && !read; k++) {
                const gx_candidate *c = &art->candidates.v[k];
                read = c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.start == u.start &&
                       c->span.end <= u.end && c->span.end - c->span.start >= 2;
            }
            if (!read || u.end - u.start < 4)
                continue;
        } else if (!introduced && (nknown < 2 || (2 * nknown < n && !firms)))
            continue;
        float score = firms || 2 * nknown > n || (nknown >= 2 && cp[items[n - 1].end] == 0x7B49 /* 等 */) ? 0.8f : 0.65f;
        for (int k = first_sure ? 0 : 1; k < n; k++)
            if (gx_er_weak_known(ix, art, items[k]))
                gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE, score, NULL, -1);
            else if (known_at(known, items[k].start) != items[k].end && !known_covering(art, items[k]) &&
                     !(n >= 3 && gx_er_short_form_of_known(ix, art, items[k])) &&
                !other_body_at(art, items[k], !firms) &&
                !(cp[items[k].end - 1] == 0x80A1 /* …股 (周期股), not 控股 */ && cp[items[k].end - 2] != 0x63A7) &&
                !gx_word_at(art, items[k].start, (const char32_t *const[]){U"部分", U"其他", U"其它", U"多家", NULL}) &&
                !gx_er_list_item_other_kind(ix, art, items[k], firms) && !gx_er_longer_company_at(art, items[k]) && gx_er_plausible_name_ex(ix, art, items[k], false))
                /* (two characters keep the score under which resolution asks the tagger unless most items
                 * are known: 比亚迪、宁德时代、电池和电机等公司) */
                gx_add_candidate(art, items[k], GX_ENT_COMPANY, GX_SRC_RULE,
                                 items[k].end - items[k].start > 2 || 2 * nknown > n ? score : 0.65f, NULL, -1);
    }
}

/* 收购Playtika, 并购MP&Silva, 竞购OneWeb: a Latin name right after a verb of acquisition is the
 * company acquired (not an acronym: 收购EV, 收购ETF name kinds of things as often). Digits glued
 * before a percentage are no part of it (收购SofizaSAS|100%股权). */
static void acquired_latin_rule(gx_article *art, trig_list *caps)
{
    static const char32_t *const VERBS[] = {U"收购", U"并购", U"竞购", U"买下", U"出售", U"剥离", U"合并", U"入股",
                                            U"注资", U"收购了", U"并购了", U"买下了", NULL};
    const uint32_t *cp = art->cp;
    for (int32_t a = 2; (a = trig_next(caps, a, art->ncp)) < art->ncp; a++) {
        if (!gx_is_upper(cp[a]) || gx_is_alnum(cp[a - 1]))
            continue;
        int32_t v = cp[a - 1] == ' ' ? a - 1 : a;
        uint32_t last = cp[v - 1]; /* the verbs end in 购 下 售 离 并 股 资 了 */
        if ((last != 0x8D2D && last != 0x4E0B && last != 0x552E && last != 0x79BB && last != 0x5E76 && last != 0x80A1 &&
             last != 0x8D44 && last != 0x4E86) ||
            !word_ending(art, v, VERBS))
            continue;
        int32_t e = a;
        while (e < art->ncp && e - a < 40 &&
               (gx_is_alnum(cp[e]) || cp[e] == '&' || cp[e] == '-' || (cp[e] == ' ' && e + 1 < art->ncp && gx_is_upper(cp[e + 1]))))
            e++;
        int32_t d = e;
        while (d > a && gx_is_digit(cp[d - 1]))
            d--;
        if (d < e && e < art->ncp && cp[e] == '%')
            e = d;
        gx_span n = {a, e};
        bool lower = false;
        for (int32_t k = a; k < e && !lower; k++)
            lower = (cp[k] >= 'a' && cp[k] <= 'z') || cp[k] == ' ';
        if (lower && latin_name(art, n) && !known_covering(art, n) &&
            gx_er_cand_with_span(art, n, GX_ORGLIKE | (1 << GX_ENT_PRODUCT)) < 0)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
        a = e;
    }
}

static void acquired_shape_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_ACQUIRE_VERB);
    const char32_t *const *const AFTER = gx_lexicon_words(ix->lex, GX_WL_ACQUIRED_AFTER);
    const char32_t *const *const PLACE_WORDS = gx_lexicon_words(ix->lex, GX_WL_PLACE_WORD);
    static const uint32_t KEYS[3][2] = {{0x6536, 0x8D2D}, {0x5E76, 0x8D2D}, {0x7ADE, 0x8D2D}}; /* 收购 并购 竞购 */
    const uint32_t *cp = art->cp;
    for (int w = 0; w < 3; w++) {
        for (int32_t p1 = gx_text_ix_first(&ix->text, KEYS[w]); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t v = p1 + 1; /* after the verb */
            if (v > art->ncp || cp[v - 2] != KEYS[w][0] || cp[v - 1] != KEYS[w][1] || !word_ending(art, v, VERBS))
                continue;
            if (v < art->ncp && cp[v] == 0x4E86 /* 了 */)
                v++;
            /* (what the deal is about, named: 收购对象是|天游软件…, 并购标的为|…) */
            v += gx_word_at(art, v, (const char32_t *const[]){U"对象是", U"对象为", U"标的是", U"标的为", NULL});
            int32_t r = gx_hit_len_starting(ix, v, GX_LEX_REGION), e = -1;
            if (r >= 2 && r <= 3 && v + r + 2 <= art->ncp && gx_is_cjk(cp[v + r]) && gx_is_cjk(cp[v + r + 1]) &&
                !gx_word_at(art, v + r, PLACE_WORDS) && gx_hit_len_starting(ix, v + r, GX_LEX_GENERIC_BODY) == 0 &&
                gx_hit_len_starting(ix, v + r, GX_LEX_REGION) == 0)
                e = v + r + 2;
            else if (v + 4 <= art->ncp && gx_is_cjk(cp[v]) && gx_is_cjk(cp[v + 1]) &&
                     gx_word_at(art, v + 2, gx_lexicon_words(ix->lex, GX_WL_INDUSTRY_WORD)) == 2 &&
                     r == 0 && gx_hit_len_starting(ix, v, GX_LEX_GENERIC_BODY) == 0)
                e = v + 4;
            if (e < 0)
                continue;
            /* (a space between Chinese words parts a headline's clauses: 乐高收购默林娱乐 乐高主题公园…) */
            if (!(e == art->ncp || clause_end(cp[e]) || cp[e] == 0x3001 /* 、 */ || gx_is_digit(cp[e]) ||
                  (cp[e] == ' ' && e + 1 < art->ncp && gx_is_cjk(cp[e + 1])) ||
                  gx_word_at(art, e, AFTER)))
                continue;
            gx_span n = {v, e};
            if (known_covering(art, n) || gx_er_cand_with_span(art, n, GX_ORGLIKE) >= 0 ||
                !gx_er_plausible_name_ex(ix, art, n, true))
                continue;
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
        }
    }
}

/* 天游软件和|七酷网络，: a firm of the shape two characters and an industry (the acquisition shape's),
 * joined by 和 及 与 、 to a company read there of the same shape, is a firm too when the clause or
 * the list ends after it (fourteenth session, comp18). The first is any source's fairly sure reading;
 * the second is no known name, no generic or stop word. */
static void industry_pair_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t JOIN[] = U"和及与、";
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        int32_t a = c->span.end;
        if (c->type != GX_ENT_COMPANY || c->score < 0.6f || c->span.end - c->span.start != 4 ||
            a + 5 > art->ncp || !gx_is_cjk(cp[c->span.start]) ||
            !gx_is_cjk(cp[c->span.start + 1]) ||
            gx_word_at(art, a - 2, gx_lexicon_words(ix->lex, GX_WL_INDUSTRY_WORD)) != 2)
            continue;
        bool join = false;
        for (const char32_t *q = JOIN; *q && !join; q++)
            join = cp[a] == (uint32_t)*q;
        int32_t v = a + 1, e = v + 4;
        if (!join || !gx_is_cjk(cp[v]) || !gx_is_cjk(cp[v + 1]) ||
            gx_word_at(art, v + 2, gx_lexicon_words(ix->lex, GX_WL_INDUSTRY_WORD)) != 2 ||
            !(e == art->ncp || clause_end(cp[e]) || cp[e] == 0x3001 /* 、 */ ||
              cp[e] == 0x7B49 /* 等 */))
            continue;
        gx_span n = {v, e};
        if (known_covering(art, n) || gx_er_cand_with_span(art, n, GX_ORGLIKE) >= 0 ||
            gx_hit_len_starting(ix, v, GX_LEX_GENERIC_BODY) > 0 || gx_hit_len_starting(ix, v, GX_LEX_REGION) > 0 ||
            !gx_er_plausible_name_ex(ix, art, n, true))
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

/* 以2.05亿元收购瑞意恒动，/ 以4.8亿元收购北京亿起联科技并完成并表: what a price buys whole, with no
 * stake after it, is a firm (eleventh session, comp13). The amount ends right before 收购/并购 (or
 * 以 + amount + 的价格/的对价); the name is two to eight Chinese characters up to the clause's end, 并,
 * 后 or 的 (the checks of a name; not an asset: 股权, 资产, 项目, 土地, 业务, 物业, 大楼 …). */
static void priced_acquisition_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const ASSETS = gx_lexicon_words(ix->lex, GX_WL_PRICED_ASSET);
    static const uint32_t KEYS[2][2] = {{0x6536, 0x8D2D}, {0x5E76, 0x8D2D}}; /* 收购 并购 */
    const uint32_t *cp = art->cp;
    for (int w = 0; w < 2; w++) {
        for (int32_t p1 = gx_text_ix_first(&ix->text, KEYS[w]); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t vs = p1 - 1, v = vs + 2;
            if (vs < 3 || v >= art->ncp || cp[vs] != KEYS[w][0] || cp[vs + 1] != KEYS[w][1])
                continue;
            int q = gx_quantity_at(art, vs - 1);
            if (q < 0 || art->quantities.v[q].type != GX_QTY_MONEY || art->quantities.v[q].span.end != vs)
                continue;
            int32_t qs = art->quantities.v[q].span.start;
            if (qs < 1 || cp[qs - 1] != 0x4EE5 /* 以 */)
                continue;
            int32_t e = v;
            while (e < art->ncp && e - v <= 8 && gx_is_cjk(cp[e]) && cp[e] != 0x5E76 /* 并 */ && cp[e] != 0x540E /* 后 */ &&
                   cp[e] != 0x7684 /* 的 */ && cp[e] != 0x3001)
                e++;
            if (e - v < 2 || e - v > 8 || !(e == art->ncp || clause_end(cp[e]) || cp[e] == 0x5E76 || cp[e] == 0x540E))
                continue;
            gx_span n = {v, e};
            if (word_ending(art, e, ASSETS) > 0 || gx_word_at(art, v, (const char32_t *const[]){U"其", U"该", U"对方", U"上述", U"标的", NULL}) ||
                known_covering(art, n) || !gx_er_plausible_name_ex(ix, art, n, true))
                continue;
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
        }
    }
}

void gx_er_frame_rules(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    /* the trigger lists of capitals and brackets are read from their start and left where the
     * later rules expect them */
    int caps_k = tr->l[TR_LATIN].k, paren_k = tr->l[TR_PAREN].k;
    tr->l[TR_LATIN].k = tr->l[TR_PAREN].k = tr->l[TR_DUN].k = 0;
    acquired_latin_rule(art, &tr->l[TR_LATIN]);
    known_list_rule(ix, art, &tr->l[TR_DUN]);
    announcement_rule(ix, art);
    halt_rule(ix, art);
    describer_rule(ix, art);
    stake_rule(ix, art);
    acquired_shape_rule(ix, art);
    industry_pair_rule(ix, art);
    priced_acquisition_rule(ix, art);
    round_rule(ix, art);
    investor_rule(ix, art);
    quoted_stock_rule(ix, art, &tr->l[TR_PAREN]);
    tr->l[TR_LATIN].k = caps_k;
    tr->l[TR_PAREN].k = paren_k;
}
