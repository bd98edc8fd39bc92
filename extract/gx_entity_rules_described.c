/* gx_entity_rules_described.c — a business the text describes with a copula (twentieth session,
 * comp33): X是一款…平台, X是一家…公司, X是一款…APP. CCF-style texts about lending apps and
 * platforms name them in such a sentence (工资管家是一款非常靠谱的小额现金快捷贷款平台) and often
 * nowhere else with a cue; the scraped text is glued (申请工资管家是一款…), so X's left edge is not
 * where the run before 是 starts: X is the longest end of that run that the article also writes
 * at a clear left edge (the title's start, after punctuation or a stop word) and names at least
 * twice. The same name is read before 是 when a firm's name and 旗下 follow (X是…有限公司旗下…平台, twenty-sixth
 * session, comp66). Part of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"
#include "gx_normalize.h"
#include "gx_tagger.h"
#include "gx_text_memo.h"

enum {
    DESC_NAME_MAX = 8,  /* the longest name read before 是 (gx_er_plausible_name's bound) */
    DESC_NOUN_GAP = 24, /* the farthest the kind of business may stand after 一款/一家 */
};

/* What X is said to be: a business (the kind ends the description). */
static const char32_t *const KINDS[] = {U"平台", U"公司", U"企业", U"集团", U"机构", U"商城", U"网站",
                                        U"APP",  U"App",  U"app",  U"软件", NULL};

/* Whether cp[at] starts a name by its left neighbour: the text's start, no letter or CJK
 * character before it, or a stop word ending there. */
static bool clear_left(const gx_hit_index *ix, const gx_article *art, int32_t at)
{
    if (at == 0)
        return true;
    uint32_t c = art->cp[at - 1];
    /* (not a question word: what follows 什么 or 怎么 is what is asked about, a thing more often than
     * a firm: 出现什么|超预期; twenty-seventh session, comp69) */
    if (at >= 2 && (art->cp[at - 2] == 0x4EC0 /* 什(么) */ || art->cp[at - 2] == 0x600E /* 怎(么) */) && c == 0x4E48 /* 么 */)
        return false;
    return (!gx_is_cjk(c) && !gx_is_alnum(c)) || gx_hit_len_ending(ix, at, GX_LEX_LEFT_STOP) > 0;
}

/* How often the article writes n, and (in *clear) whether once at a clear left edge; the answer
 * of an earlier call for the same text from memo (NULL: none). */
static int occurrences(const gx_hit_index *ix, const gx_article *art, gx_span n, bool *clear, gx_text_memo *memo)
{
    int32_t len = n.end - n.start;
    int seen = 0, was_clear = 0;
    if (memo && gx_text_memo_get(memo, n, 0, &seen, &was_clear)) {
        *clear = was_clear;
        return seen;
    }
    *clear = false;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at + len > art->ncp || memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            continue;
        seen++;
        *clear = *clear || clear_left(ix, art, at);
    }
    if (memo)
        gx_text_memo_put(memo, n, 0, seen, *clear);
    return seen;
}

/* Whether a kind of business ends the description that starts at from: one of KINDS within
 * DESC_NOUN_GAP characters, before any punctuation. */
static bool describes_business(const gx_article *art, int32_t from)
{
    for (int32_t q = from; q < art->ncp && q - from < DESC_NOUN_GAP; q++) {
        uint32_t c = art->cp[q];
        if (!gx_is_cjk(c) && !gx_is_alnum(c))
            return false;
        if (gx_word_at(art, q, KINDS) > 0)
            return true;
    }
    return false;
}

enum { UNSURE_PERSON = 60 }; /* a tagger's person below this score (percent) does not bar a name */

/* Whether a person reading of span s bars it as a business's name: any source's but the tagger's,
 * or the tagger's when it is sure. The tagger reads a four-character brand opening with a surname
 * as a person at about 0.5 (金吉利宝 at 0.47-0.56), a reading resolution drops when the text gives a
 * person no support; the name written twice before a business fact is the firm (twenty-third
 * session, comp52). */
static bool person_reading(const gx_article *art, gx_span s)
{
    /* (the candidates starting there, by the rules' index: no walk over every candidate per name,
     * which a body repeating one paragraph made quadratic; speed30) */
    for (int i = gx_cand_pos_next(art, -1, s.start, false); i >= 0;
         i = gx_cand_pos_next(art, i, s.start, false)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == s.start && c->span.end == s.end && c->type == GX_ENT_PERSON &&
            (c->source != GX_SRC_TAGGER || c->score * 100.0f >= (float)UNSURE_PERSON))
            return true;
    }
    return false;
}

enum {
    LATIN_LED_MIN = 3,  /* the shortest Latin word opening a Latin-led name (GCGASIA|鉅富金融) */
    LATIN_LED_MAX = 12, /* its longest */
    LATIN_LED_CJK = 6,  /* the longest Chinese part after it */
};

/* The name that ends at p written as a Latin word glued before a Chinese name (GCGASIA鉅富金融是一家…
 * 公司): the run before p is two to LATIN_LED_CJK Chinese characters right after LATIN_LED_MIN to
 * LATIN_LED_MAX letters and digits (one letter at least) that start at the run's edge; the whole is
 * written twice, once at a clear edge; the Chinese part is a plausible name, no ordinary word of the
 * tagger's lexicon, no kind of business, no person, place or body. An empty span when there is none
 * (twenty-seventh session, comp70). */
static gx_span latin_led_name(const gx_hit_index *ix, const gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    gx_span none = {p, p};
    int32_t q = p;
    while (q > 0 && gx_is_cjk(cp[q - 1]) && p - q <= LATIN_LED_CJK)
        q--;
    if (p - q < 2 || p - q > LATIN_LED_CJK || q == 0 || !gx_is_alnum(cp[q - 1]))
        return none;
    int32_t a = q;
    bool letter = false;
    while (a > 0 && gx_is_alnum(cp[a - 1]) && q - a <= LATIN_LED_MAX) {
        a--;
        letter = letter || !gx_is_digit(cp[a]);
    }
    if (q - a < LATIN_LED_MIN || q - a > LATIN_LED_MAX || !letter)
        return none;
    gx_span n = {a, p}, han = {q, p};
    bool clear;
    if (occurrences(ix, art, n, &clear, NULL) < 2 || !clear)
        return none;
    if (!gx_er_plausible_name(ix, art, han) || gx_tagger_common_word(ix->tagger, cp + q, p - q) ||
        gx_word_at(art, q, KINDS) > 0 || gx_er_ends_in_copula(ix, art, han) ||
        gx_er_cand_with_span(art, han, (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT) | (1 << GX_ENT_PERSON)) >= 0)
        return none;
    for (int32_t k = q; k < p; k++)
        if (gx_word_at(art, k, KINDS) == p - k)
            return none;
    return n;
}

/* The name that ends at p: the longest end of the run before p (two to DESC_NAME_MAX
 * characters) that the article writes twice, once at a clear edge, and as often as any shorter
 * such end (极速放款|顺心花花: 款顺心花花 is rarer than the name), not reaching past a stop word; no person (but the
 * tagger's unsure one, person_reading), place or body, no kind
 * of business and no 系-word at its end. An empty span when there is none. */
static gx_span repeated_name_before(const gx_hit_index *ix, const gx_article *art, int32_t p, gx_text_memo *memo)
{
    const uint32_t *cp = art->cp;
    gx_span none = {p, p};
    gx_span best = {p, p};
    int best_seen = 2;
    for (int32_t l = 2; l <= DESC_NAME_MAX && p - l >= 0; l++) {
        uint32_t c = cp[p - l];
        if (!gx_is_cjk(c) && !gx_is_alnum(c))
            break;
        gx_span n = {p - l, p};
        bool clear;
        int seen = occurrences(ix, art, n, &clear, memo);
        if (seen >= best_seen && clear) {
            best = n;
            best_seen = seen;
        }
        /* a stop word of two or more characters ending here is this name's edge, whatever the run
         * before it (卷款跑路|嘉恒房产是一家…公司; twenty-first session, comp38) */
        if (gx_hit_len_ending(ix, p - l, GX_LEX_LEFT_STOP) >= 2)
            break;
    }
    /* (a Latin word glued before the Chinese part opens the name: GCGASIA|鉅富金融是一家对冲基金管理公司 —
     * the brand's letters and its Chinese name; the whole is written twice, once at a clear edge, and
     * the Chinese part is checked as a name of its own; it wins over a shorter end written more often,
     * 金融 of …金融与科技; twenty-seventh session, comp70) */
    {
        gx_span latin = latin_led_name(ix, art, p);
        if (latin.end - latin.start > best.end - best.start)
            return latin;
    }
    if (best.end - best.start < 2 || !gx_er_plausible_name(ix, art, best) || gx_word_at(art, best.start, KINDS) > 0 ||
        gx_er_ends_in_copula(ix, art, best) ||
        gx_er_cand_with_span(art, best, (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT)) >= 0 || person_reading(art, best))
        return none;
    /* a demonstrative and a measure word opening it (这个空壳|骗子公司, 那家|…) describe, they name
     * nothing (platlist, twenty-ninth session) */
    if (best.end - best.start > 2 && gx_cp_in(cp[best.start], U"这那") &&
        gx_cp_in(cp[best.start + 1], U"个家款种些"))
        return none;
    /* a describer or pronoun ending the name (该平台, 这家公司) is no name */
    for (int32_t k = best.start; k < best.end; k++)
        if (gx_word_at(art, k, KINDS) == best.end - k)
            return none;
    return best;
}

enum { OWNER_GAP = 28 }; /* the farthest 旗下 may stand after 是 (是杭州孔明金融信息服务有限公司|旗下) */

/* Whether the words from `from` name X's owner: a firm (ending in 公司 or 集团) and 旗下 within
 * OWNER_GAP characters, before any punctuation but brackets (人人爱家金融是杭州孔明金融信息服务有限公司旗下
 * 移动互联网理财平台, 小马资本是深圳小马资本管理有限公司旗下的…平台; twenty-sixth session, comp66). */
static bool owned_by_firm(const gx_article *art, int32_t from)
{
    for (int32_t q = from + 2; q + 2 <= art->ncp && q - from < OWNER_GAP; q++) {
        uint32_t c = art->cp[q];
        if (!gx_is_cjk(c) && !gx_is_alnum(c) && !gx_cp_in(c, U"()（）"))
            return false;
        if (c == 0x65D7 /* 旗 */ && art->cp[q + 1] == 0x4E0B /* 下 */)
            return (art->cp[q - 2] == 0x516C && art->cp[q - 1] == 0x53F8) || /* 公司 */
                   (art->cp[q - 2] == 0x96C6 && art->cp[q - 1] == 0x56E2);   /* 集团 */
    }
    return false;
}

static void described_at(const gx_hit_index *ix, gx_article *art, int32_t p, gx_text_memo *memo);

void gx_er_described_business_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t copula[2] = {0x662F /* 是 */, 0x4E00 /* 一 */};
    const uint32_t *cp = art->cp;
    gx_text_memo memo; /* occurrences per name text */
    gx_text_memo_init(&memo, art);
    for (int32_t i1 = gx_text_ix_first(&ix->text, copula); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t p = i1 - 1; /* at 是 */
        if (p < 2 || p + 3 > art->ncp || cp[p] != copula[0] || cp[p + 1] != copula[1] ||
            (cp[p + 2] != 0x6B3E /* 款 */ && cp[p + 2] != 0x5BB6 /* 家 */) || !describes_business(art, p + 3))
            continue;
        described_at(ix, art, p, &memo);
    }
    /* X是…有限公司旗下… (the owner named after 是) */
    /* (the places of 是 only, found eight code points at a time: p + 8 < ncp) */
    const int32_t last = art->ncp - 8;
    for (int32_t p = 2; (p = gx_cps_find_either(cp, p, last, 0x662F /* 是 */, 0x662F)) < last; p++)
        if (owned_by_firm(art, p + 1))
            described_at(ix, art, p, &memo);
}

/* The name before 是 at p (described_business_rule), a company at 0.65. */
static void described_at(const gx_hit_index *ix, gx_article *art, int32_t p, gx_text_memo *memo)
{
    const uint32_t *cp = art->cp;
    /* the app named by its name and the word APP (面包发财APP是一款…软件, 闪电鸡app是一款…;
     * twenty-third session, comp49): the name ends before the word */
    int32_t e = p;
    if (p >= 5 && (cp[p - 3] | 0x20) == 'a' && (cp[p - 2] | 0x20) == 'p' && (cp[p - 1] | 0x20) == 'p' &&
        gx_is_cjk(cp[p - 4]))
        e = p - 3;
    gx_span best = repeated_name_before(ix, art, e, memo);
    if (best.end == best.start)
        return;
    gx_add_candidate(art, best, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
}

/* What a name asked about must not end in: an activity (微信跑分|赚钱是骗局吗, 向上金服|理财可靠吗,
 * 股票配资|合法吗, 恒指期货招商|官网, 正式上线|银行存管) or a market sector (券商股|暴雷). */
/* (交易: a kind of trading glued after the name before 平台亏损, 易趣商城|微交易|平台亏损; comp70) */
static const char32_t *const ASKED_BAD_ENDS[] = {U"赚钱", U"理财", U"投资", U"炒股", U"股",   U"板块",
                                                 U"行业", U"配资", U"招商", U"上线", U"交易", NULL};
/* Before a business fact, a platform's name may end in 理财 or 投资 (小智理财|银行存管, 悟空理财|官网):
 * only the questions asked about an activity (X理财可靠吗) refuse them. */
static bool asked_bad_end(const gx_article *art, int32_t q, int32_t end, gx_lex_kind kind)
{
    int len = gx_word_at(art, q, ASKED_BAD_ENDS);
    if (len != end - q)
        return false;
    bool money_word = len == 2 && ((art->cp[q] == 0x7406 && art->cp[q + 1] == 0x8D22) || /* 理财 */
                                   (art->cp[q] == 0x6295 && art->cp[q + 1] == 0x8D44));  /* 投资 */
    return !(money_word && kind == GX_LEX_BUSINESS_FACT);
}

static bool written_in_two_places_scan(const gx_hit_index *ix, const gx_article *art, gx_span n, uint32_t before,
                                       uint32_t after)
{
    int32_t len = n.end - n.start;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at + len > art->ncp || memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            continue;
        if ((at > 0 ? art->cp[at - 1] : 0) != before || (at + len < art->ncp ? art->cp[at + len] : 0) != after)
            return true;
    }
    return false;
}

/* Whether the article writes the text of n in two different surroundings (another character
 * before or after it): a sentence a scraped page repeats whole is one writing (中日合资开发中方跑路了 ×2).
 * The answer depends on n's text and the two characters around it only: from memo when asked before. */
static bool written_in_two_places(const gx_hit_index *ix, const gx_article *art, gx_span n, gx_text_memo *memo)
{
    uint32_t before = n.start > 0 ? art->cp[n.start - 1] : 0, after = n.end < art->ncp ? art->cp[n.end] : 0;
    uint64_t around = (uint64_t)before << 32 | after;
    int two = 0, unused;
    if (gx_text_memo_get(memo, n, around, &two, &unused))
        return two;
    two = written_in_two_places_scan(ix, art, n, before, after);
    gx_text_memo_put(memo, n, around, two, 0);
    return two;
}

/* The name right before each cue of kind (read by repeated_name_before), a company at score. */
static void name_before_cues(const gx_hit_index *ix, gx_article *art, gx_lex_kind kind, float score)
{
    gx_text_memo counts, places; /* occurrences per name text; written_in_two_places per text and surroundings */
    gx_text_memo_init(&counts, art);
    gx_text_memo_init(&places, art);
    for (int k = gx_hit_first(ix, kind); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != kind || h->start < 2)
            continue;
        const char32_t *const *const modifiers =
            gx_lexicon_words(ix->lex, GX_WL_DESCRIBED_MODIFIER);
        if (kind == GX_LEX_BUSINESS_FACT && gx_word_ending(art->cp, 0, h->start, modifiers) > 0)
            continue;
        gx_span best = repeated_name_before(ix, art, h->start, &counts);
        /* (an ordinary word the article writes more often than the name is no name: 由公司|优选 …
         * 绿方|优选是骗局) */
        if (best.end == best.start || gx_tagger_common_word(ix->tagger, art->cp + best.start, best.end - best.start) ||
            !written_in_two_places(ix, art, best, &places))
            continue;
        /* (a body, an association or a publication has a chair, a founder and a founding too: 委员会|成立于,
         * 股票交易者年鉴|创始人) */
        const char32_t *const *const not_firms =
            gx_lexicon_words(ix->lex, GX_WL_DESCRIBED_NOT_FIRM);
        if (kind == GX_LEX_BUSINESS_FACT && (gx_er_cand_with_span(art, best, 1 << GX_ENT_ORGANIZATION) >= 0 ||
                                             gx_word_ending(art->cp, best.start, best.end, not_firms) > 0))
            continue;
        /* (a cue itself is no name: 因银行存管|逾期) */
        bool bad_end = gx_hit_len_ending(ix, best.end, GX_LEX_BUSINESS_FACT) > 0 ||
                       gx_hit_len_ending(ix, best.end, GX_LEX_PLATFORM_QUESTION) > 0 ||
                       gx_hit_len_ending(ix, best.end, GX_LEX_TRADE_REPORT) > 0; /* (投资者亏损|不能出金) */
        for (int32_t q = best.start + 1; q < best.end && !bad_end; q++)
            bad_end = asked_bad_end(art, q, best.end, kind);
        if (!bad_end)
            gx_add_candidate(art, best, GX_ENT_COMPANY, GX_SRC_RULE, score, NULL, -1);
    }
}

/* A platform the text asks or reports about (cues.tsv platform_question): ICE互助安全吗, 绿方优选是骗局,
 * 叮咚钱包逾期失联. Web texts about lending and investment schemes ask these questions about a
 * named platform, glued to the words before it; the name is read as before 是一款 (twice, once at a
 * clear edge), is no common word of the tagger's lexicon, does not end in an activity or a sector
 * (ASKED_BAD_ENDS) and is written in two different surroundings. Score 0.6. */
void gx_er_asked_business_rule(const gx_hit_index *ix, gx_article *art)
{
    name_before_cues(ix, art, GX_LEX_PLATFORM_QUESTION, 0.6f);
}

/* A business the text shows by what only a business has, right after its name (cues.tsv
 * business_fact, twenty-second session, comp43): its chair, chief executive or founder
 * (可信贷董事长, 仲财通联合创始人) and its founding (钱牛牛自成立5年来, 智慧喵成立于2015年, 乾易通是做什么的).
 * Scraped web finance posts name a platform so and nowhere else with a cue. The name is read as
 * the asked rule reads it (twice, once at a clear edge, two surroundings, no common word), no
 * title's modifier before the cue (副董事长), no organization read there. Score 0.6. */
void gx_er_business_fact_rule(const gx_hit_index *ix, gx_article *art)
{
    name_before_cues(ix, art, GX_LEX_BUSINESS_FACT, 0.6f);
}

/* A platform or a firm named in a form's field (cues.tsv name_label, field_label; twenty-second
 * session, comp43): 平台名称:沃时贷平台链接:, 曝光平台：辉立国际带单老师：, 企业名称：X有限公司. Web
 * finance warning posts fill in such a form with the labels glued together; the name is the run of
 * Chinese characters after the label's colon up to punctuation or the next field's label, or, when
 * that run is longer than a name or glued to a label the list lacks, its longest start the article
 * writes twice. Two to eight characters (a full legal name is the suffix rule's), no common word,
 * person, place or body. Score 0.65. */
void gx_er_labelled_name_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_NAME_LABEL); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_NAME_LABEL || h->end + 2 >= art->ncp ||
            (cp[h->end] != ':' && cp[h->end] != 0xFF1A /* ： */))
            continue;
        int32_t s = h->end + 1, e = s;
        bool labelled = false;
        while (e < art->ncp && e - s < 16 && gx_is_cjk(cp[e])) {
            if (e > s + 1 && gx_hit_len_starting(ix, e, GX_LEX_FIELD_LABEL) > 0) {
                labelled = true;
                break;
            }
            e++;
        }
        bool closed = labelled || e >= art->ncp || (!gx_is_cjk(cp[e]) && !gx_is_alnum(cp[e]));
        /* (a kind of business closing the field is no part of the name: 正经事理财|平台) */
        for (int32_t q = s + 2; q < e; q++)
            if (gx_word_at(art, q, KINDS) == e - q) {
                e = q;
                break;
            }
        gx_span n = {s, e};
        bool fixed = closed && e - s <= DESC_NAME_MAX; /* both edges fixed by the form: a stop word may
                                                        * stand inside (辉立|国际) */
        if (!fixed) {
            /* the longest start written twice */
            n.end = s;
            for (int32_t l = 2; l <= DESC_NAME_MAX && s + l <= e; l++) {
                bool clear;
                if (occurrences(ix, art, (gx_span){s, s + l}, &clear, NULL) >= 2)
                    n.end = s + l;
            }
        }
        if (n.end - n.start < 2 || !gx_er_plausible_name_ex(ix, art, n, !fixed) ||
            gx_tagger_common_word(ix->tagger, cp + n.start, n.end - n.start) || gx_word_at(art, n.start, KINDS) > 0 ||
            gx_er_cand_with_span(art, n, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT)) >= 0)
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}
