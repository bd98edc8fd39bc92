/* gx_people_speakers.c — people named without a title: names listed next to a person
 * (萨维奇、迪科夫、尼尔), capitalised Latin names before what people do (Jan Hatzius表示), the
 * "firm + analyst:" form of headlines (星展银行程兵：…), names before 先生/女士 (钟波先生), and
 * speakers in English text ("said Jim Hood"), the addressees of a sanction (对程永康给予警告).
 * Each adds person candidates (GX_SRC_RULE). Part of gx_people (gx_people_impl.h). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_normalize.h"
#include "gx_people_impl.h"

/* Whether cp[w..e) is exactly one of the ASCII words of list (NULL-terminated). */
static bool word_in(const uint32_t *cp, int32_t w, int32_t e, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (e > w && gx_ascii_at(cp, e, w, list[k], false) == e - w)
            return true;
    return false;
}

/* Whether the Latin word art->cp[w..e) is one that ends business names, not people's (Capital
 * Economics, Deutsche Bank, Morgan Stanley Research): a firm word (gx_latin_firm_word(), the one
 * list of them) or a word ending the name of another body, an outlet or a place (Institute,
 * Street Journal, Bloomberg, Global). */
static bool business_word(const gx_article *art, int32_t w, int32_t e)
{
    static const char *const OTHER[] = {"Global", "International", "Street", "Times", "News", "Post", "Journal",
                                        "Reuters", "Bloomberg", "Foundation", "Institute", "University",
                                        "Association", "Agency", "Commission", "Council", "Committee", "Department",
                                        "Ministry", "Office", "Authority", "Exchange", "Board", "Court", "Party",
                                        "Union", "Administration", "Media", "Press", "Network", NULL};
    return gx_latin_firm_word(art, (gx_span){w, e}) || word_in(art->cp, w, e, OTHER);
}

/* Names listed with a person: 萨维奇、迪科夫、尼尔, 习褚和裘暖 — next to a person candidate (the
 * tagger's at 0.8 or more, a rule's or the gazetteer's) across 、/和/与, a surname and one or two
 * given characters (gx_pp_chinese_name()) closed by the list's punctuation (、 等 和 与 , 。 的 ) or
 * the text's end) is a person too. In CLUENER's training lines 44 of 45 such neighbours of a
 * labelled name are names. New persons anchor further neighbours (A、B、C). */
static bool list_closer(const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp)
        return true;
    uint32_t c = art->cp[pos];
    return c == 0x3001 || c == 0x7B49 || c == 0x548C || c == 0x4E0E || c == ',' || c == 0xFF0C ||
           c == 0x3002 || c == 0x7684 || c == ')' || c == 0xFF09;
}

static bool list_joiner(uint32_t c)
{
    return c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */;
}

/* A transliterated name with its name dot after a list's joiner (伊莱沙·巴巴德与约西·卡茨（…）):
 * the dot marks a name; the list closes after it, or its Latin gloss opens there. */
static bool dotted_listed(const gx_hit_index *ix, const gx_article *art, int32_t s0, int32_t *endp)
{
    int32_t e = gx_pp_translit_name(ix, art, s0);
    if (e - s0 < 4)
        return false;
    bool dot = false;
    for (int32_t k = s0 + 1; k < e - 1; k++)
        dot |= gx_is_name_dot(art->cp[k]);
    if (!dot || !(list_closer(art, e) || art->cp[e] == '(' || art->cp[e] == 0xFF08 /* （ */))
        return false;
    *endp = e;
    return true;
}

void gx_pp_listed_names(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int i = 0; i < art->candidates.n && i < 4096; i++) {
        gx_candidate c = art->candidates.v[i];
        if (c.type != GX_ENT_PERSON || (c.source == GX_SRC_TAGGER && c.score < 0.8f))
            continue;
        /* after it: X、Y */
        if (c.span.end + 3 <= art->ncp && list_joiner(cp[c.span.end])) {
            int32_t s0 = c.span.end + 1;
            int32_t e = gx_pp_chinese_name(ix, art, s0);
            /* (or the list's last name, of three characters, before a word that follows names, 持有 表示
             * 分别: 李卫伟、曾开天持有; a two-character one may be a word or a redacted name: 汤某二人) */
            if (e - s0 >= 2 && e - s0 <= 3 &&
                (list_closer(art, e) || (e - s0 == 3 && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) >= 2)))
                gx_pp_rule_person(art, (gx_span){s0, e}, 0.7f);
            else if (dotted_listed(ix, art, s0, &e))
                gx_pp_rule_person(art, (gx_span){s0, e}, 0.7f);
        }
        /* before it: Y、X */
        if (c.span.start >= 3 && list_joiner(cp[c.span.start - 1])) {
            int32_t e = c.span.start - 1;
            for (int32_t len = 3; len >= 2; len--) {
                int32_t s0 = e - len;
                if (s0 < 0 || gx_pp_chinese_name(ix, art, s0) != e)
                    continue;
                if (s0 > 0 && (gx_is_cjk(cp[s0 - 1]) || gx_is_alnum(cp[s0 - 1])) && cp[s0 - 1] != 0x3001 &&
                    gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                    continue;
                gx_pp_rule_person(art, (gx_span){s0, e}, 0.7f);
                break;
            }
        }
    }
}

/* Whether the person candidate set holds cp[s..s+len) itself. */
static bool person_candidate_at(const gx_article *art, int32_t s, int32_t len)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_PERSON && c->span.start == s && c->span.end - s == len)
            return true;
    }
    return false;
}

/* Whether the last word cp[w..e) of a capitalised pair stands alone elsewhere in the article: the
 * surname alone names the one the full name introduced, a firm is not called by its last word.
 * Alone means a person candidate of its own there (Craig Johnson是…多头 … 上周Johnson在报告中表示),
 * not after another capitalised word; or, for four letters or more, written between non-Latin
 * characters and not as an item of a list (即将退休的Andy Barratt … 自Barratt今年10月初休假以来;
 * brands are listed by their names, Koradior、La Koradior). Walks the bigram chain of the word's
 * first two letters. */
static bool surname_alone(const gx_hit_index *ix, const gx_article *art, int32_t w, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t len = e - w;
    if (len < 3)
        return false;
    const uint32_t pair[2] = {cp[w], cp[w + 1]};
    for (int32_t p1 = gx_text_ix_first(&ix->text, pair); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t s = p1 - 1, x = s + len;
        if (s == w || x > art->ncp || memcmp(cp + s, cp + w, sizeof(uint32_t) * (size_t)len) != 0)
            continue;
        uint32_t before = s > 0 ? cp[s - 1] : 0, after = x < art->ncp ? cp[x] : 0;
        if (gx_is_alnum(before) || before == ' ' || before == '.' || gx_is_alnum(after))
            continue;
        if (person_candidate_at(art, s, len))
            return true;
        if (len >= 4 && before != '-' && after != ' ' && after != '.' && after != '-' && after != '&' &&
            before != 0x3001 && after != 0x3001)
            return true;
    }
    return false;
}

/* Whether a title found in the text ends right before i (兼乘用车总经理Roelant de Waard). */
static bool titled_before(const gx_article *art, int32_t i)
{
    for (int k = 0; k < art->positions.n; k++)
        if (art->positions.v[k].span.end == i && i > 0 && gx_is_cjk(art->cp[i - 1]))
            return true;
    return false;
}

/* A capitalised First Last pair (a middle initial allowed) before what people do, with no
 * title: David Kostin牵头的策略师, Jan Hatzius表示, Ed Yardeni认为, or whose last word names a
 * person alone elsewhere (Craig Johnson是… Johnson指出). Never a name the lexicon or
 * another rule already reads as an organisation (Morgan Stanley表示), nor one whose last word
 * is a business word (Capital Economics认为, Deutsche Bank称). */
void gx_pp_latin_speakers(const gx_hit_index *ix, gx_article *art)
{
    /* besides a verb of saying: a team the name leads */
    static const char32_t *const LEADS[] = {U"牵头的", U"领导的", U"带领的", U"团队", NULL};
    const uint32_t *cp = art->cp;
    /* a name of two words or more has a space and a capital inside: without one in the text (the
     * bigram index tells), there is nothing to walk */
    bool capital_word = false;
    for (uint32_t c = 'A'; c <= 'Z' && !capital_word; c++) {
        const uint32_t pair[2] = {' ', c};
        for (int32_t p1 = gx_text_ix_first(&ix->text, pair); p1 > 0 && !capital_word; p1 = ix->text.next[p1 - 1])
            capital_word = p1 < art->ncp && cp[p1 - 1] == ' ' && cp[p1] == c;
    }
    if (!capital_word)
        return;
    for (int32_t i = 0; i < art->ncp; i++) {
        if (cp[i] < 'A' || cp[i] > 'Z' || (i > 0 && (gx_is_alnum(cp[i - 1]) || cp[i - 1] == ' ' || cp[i - 1] == '.' ||
                                             cp[i - 1] == '-' || cp[i - 1] == '&')))
            continue;
        /* words: a capital then lower case letters; a middle initial "J." */
        int32_t e = i, words = 0, last = i;
        bool ok = true;
        for (;;) {
            int32_t w = e;
            if (w >= art->ncp || !gx_is_upper(cp[w]))
                break;
            w++;
            int lower = 0;
            while (w < art->ncp && cp[w] >= 'a' && cp[w] <= 'z') {
                w++;
                lower++;
            }
            if (lower == 0 && w < art->ncp && cp[w] == '.' && words > 0)
                w++; /* a middle initial */
            else if (lower == 0)
                ok = false;
            if (w < art->ncp && gx_is_alnum(cp[w]))
                ok = false;
            if (!ok)
                break;
            words++;
            last = e;
            e = w;
            int32_t pl = e + 1 < art->ncp && cp[e] == ' ' && words == 1 ? gx_pp_name_particle(cp, art->ncp, e + 1) : 0;
            if (pl > 0 && !gx_is_upper(cp[e + 1 + pl + 1]))
                pl = 0;
            if (pl > 0)
                e += pl + 2; /* (a particle and its space, then the next capitalised word) */
            else if (e + 1 < art->ncp && cp[e] == ' ' && gx_is_upper(cp[e + 1]) && words < 4)
                e++;
            else
                break;
        }
        /* (a Chinese punctuation mark after the name: only the cues of the text, not the verb after) */
        bool mark_after = e < art->ncp && ((cp[e] >= 0x3001 && cp[e] < 0x3040) || (cp[e] >= 0xFF01 && cp[e] <= 0xFF1F));
        if (!ok || words < 2 || words > 3 || e >= art->ncp || cp[e - 1] == ' ' || (!gx_is_cjk(cp[e]) && !mark_after)) {
            i = e > i ? e : i;
            continue;
        }
        int32_t v = e;
        if (cp[v] == 0x7684 /* 的 */ && gx_word_at(art, v + 1, (const char32_t *const[]){U"团队", NULL}))
            v++;
        if ((mark_after || (!gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, v) && !gx_word_at(art, v, LEADS))) &&
            !titled_before(art, i) && !surname_alone(ix, art, last, e)) {
            i = e;
            continue;
        }
        gx_span span = {i, e};
        if (!business_word(art, last, e) && gx_pp_cand_starting_at(art, i, GX_ORGLIKE) < 0 && gx_pp_cand_ending_at(art, e, GX_ORGLIKE) < 0)
            gx_pp_rule_person(art, span, 0.8f);
        i = e;
    }
}

/* The ASCII text w at cp[i] (a whole word when it ends in a letter): its length, else 0. */
static int32_t ascii_at(const gx_article *art, int32_t i, const char *w)
{
    int32_t l = gx_ascii_at(art->cp, art->ncp, i, w, false);
    if (l && gx_is_alnum((uint32_t)(unsigned char)w[l - 1]) && i + l < art->ncp && gx_is_alnum(art->cp[i + l]))
        return 0;
    return l;
}

/* Words that open a capitalised run without being part of a name (sentence openers, titles:
 * "In Kentucky", "Governor John Bel Edwards"). */
static bool name_opener_word(const uint32_t *cp, int32_t w, int32_t e)
{
    static const char *const OPENERS[] = {
        "The", "This", "That", "These", "Those", "In", "On", "At", "For", "From", "But", "And", "Or", "When",
        "While", "After", "Before", "As", "If", "Then", "So", "Yet", "Also", "Last", "Next", "Its", "His", "Her",
        "Their", "Our", "My", "Mr", "Mrs", "Ms", "Dr", "Sir", "Chief", "Executive", "President", "Vice",
        "Chairman", "Chairwoman", "Governor", "Senator", "Minister", "Secretary", "Director", "Analyst",
        "Economist", "Professor", "General", "Judge", "Officer", "Founder", "Manager", "Strategist", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL};
    return word_in(cp, w, e, OPENERS);
}

/* A speaker's byline in a headline or a quote's lead: an organization opening the line or the
 * clause, a surname name, a colon (星展银行程兵：70%资金…, 嘉实基金齐海滔:中国医疗…) — the
 * financial press's "firm + analyst: view" form — or a verb of saying (天弘基金陈国光表示…,
 * 中金公司王汉锋认为…, 海通证券荀玉根是…). The organization must open the text, a line or a clause, so that the name
 * is the firm's person and not a phrase. */
void gx_pp_headline_speakers(const gx_hit_index *ix, gx_article *art)
{
    /* besides a verb of saying: 分析, or 是 describing the speaker (海通证券荀玉根是牛市行情坚定支持者) */
    static const char32_t *const ANALYSES[] = {U"分析", U"是", NULL};
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int i = 0; i < n0 && i < 4096; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY && c->type != GX_ENT_ORGANIZATION && c->type != GX_ENT_GOVERNMENT)
            continue;
        int32_t s0 = c->span.start, p = c->span.end;
        if (s0 > 0) {
            uint32_t b = cp[s0 - 1];
            if (gx_is_cjk(b) || gx_is_alnum(b) || b == 0x3001 /* 、 */)
                continue;
        }
        /* (eighteenth session) a space between the firm and the name before a colon, as a
         * conference's programme writes it (华商基金 邓默：两大维度…) */
        bool spaced = p + 3 < art->ncp && cp[p] == ' ' && gx_is_cjk(cp[p + 1]);
        if (spaced)
            p++;
        int32_t e = gx_pp_chinese_name(ix, art, p);
        if (e - p < 2 || e - p > 3 || e >= art->ncp ||
            (cp[e] != 0xFF1A && cp[e] != ':' && (spaced || (!gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, e) && !gx_word_at(art, e, ANALYSES)))))
            continue;
        /* (是 only after a full name of three characters: not 华夏基金|毕竟是) */
        if (cp[e] == 0x662F /* 是 */ && e - p < 3)
            continue;
        gx_pp_rule_person(art, (gx_span){p, e}, 0.8f);
    }
}

/* A full name before 先生/女士 (钟波先生, 叶芳女士, 钱钟书先生): a surname name of two or three
 * characters whose left edge is clear (the text's or a line's start, punctuation, a stop word
 * such as 公司/股东/聘任, or a title). A bare surname and the form of address (陈先生) is no name
 * and is not read here. */
void gx_pp_addressed_names(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const FORMS[] = {U"先生", U"女士", NULL};
    const uint32_t *cp = art->cp;
    /* where a form of address occurs (the bigram index: no walk over every character), in order */
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, FORMS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a];
        if (i < 2)
            continue;
        for (int32_t len = 3; len >= 2; len--) {
            int32_t s0 = i - len;
            if (s0 < 0 || gx_pp_chinese_name(ix, art, s0) != i)
                continue;
            bool edge = s0 == 0 || !gx_is_cjk(cp[s0 - 1]) || cp[s0 - 1] == 0x3001 ||
                        gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_ending(ix, s0, GX_LEX_POSITION) > 0;
            if (!edge)
                continue; /* 公司|钟波先生: the shorter reading (司 is a surname too) */
            gx_pp_rule_person(art, (gx_span){s0, i}, 0.8f);
            break;
        }
    }
}

/* A person in English text: the last two or three capitalised words before a verb of speech
 * ("John Bel Edwards said", "Jane Doe told"), or after one ("said Jim Hood", "according to
 * Jane Doe"), run openers and titles trimmed off ("Governor", "In"); never a business name
 * (Capital Economics said) nor one a rule reads as an organisation. */
void gx_pp_english_speakers(const gx_hit_index *ix, gx_article *art)
{
    static const char *const AFTER[] = {" said", " says", " told", " added", " wrote", " noted", " argued",
                                        " explained", " warned", " predicted", NULL};
    static const char *const BEFORE[] = {"said ", "says ", "according to ", "told by ", NULL};
    const char32_t *const *const FIRST_TWO = gx_lexicon_words(ix->lex, GX_WL_ENGLISH_FIRST_TWO);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, FIRST_TWO, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a];
        if (i < 1)
            continue;
        if (cp[i] != ' ' && !(cp[i - 1] == ' ' && (cp[i] == 's' || cp[i] == 'a' || cp[i] == 't')))
            continue;
        int32_t s = -1, e = -1;
        for (int k = 0; AFTER[k] && s < 0; k++)
            if (cp[i] == ' ' && cp[i - 1] >= 'a' && cp[i - 1] <= 'z' && ascii_at(art, i, AFTER[k])) {
                e = i;
                s = gx_pp_english_name_before(art, e);
                /* "the Western District of New York said": a name after "of" ends a longer noun
                 * phrase, whose head (the office, the district) is what speaks */
                if (s >= 4 && cp[s - 1] == ' ' && cp[s - 4] == ' ' && ascii_at(art, s - 3, "of") == 2)
                    s = -1;
            }
        for (int k = 0; BEFORE[k] && s < 0; k++) {
            int32_t l = cp[i] != ' ' ? ascii_at(art, i, BEFORE[k]) : 0;
            if (l && (e = gx_pp_english_name(art, i + l)) > i + l)
                s = i + l;
        }
        if (s < 0 || e <= s)
            continue;
        /* words of [s, e): trim openers from the left, at least two must stay */
        int32_t w = s;
        while (w < e) {
            int32_t we = w;
            while (we < e && cp[we] != ' ')
                we++;
            if (!name_opener_word(cp, w, we) || we >= e)
                break;
            w = we + 1;
        }
        int words = 1;
        int32_t last = w;
        for (int32_t k = w; k < e; k++)
            if (cp[k] == ' ') {
                words++;
                last = k + 1;
            }
        if (words < 2 || business_word(art, last, e) || gx_pp_cand_starting_at(art, w, GX_ORGLIKE) >= 0 ||
            gx_pp_cand_ending_at(art, e, GX_ORGLIKE) >= 0)
            continue;
        gx_pp_rule_person(art, (gx_span){w, e}, 0.75f);
    }
}

/* The persons a regulator penalizes (对程永康给予警告, 对王涛、李明给予警告并处以罚款, 对徐晗坤处以60万元
 * 罚款): after 对, surname names joined by 、, then 给予/予以/处以 and, within twelve characters,
 * the penalty (警告 罚款 处罚 批评 禁入 监管措施): the addressee of a sanction is someone. */
void gx_pp_penalized_names(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const VERBS[] = {U"给予", U"予以", U"处以", NULL};
    const char32_t *const *const PENALTIES = gx_lexicon_words(ix->lex, GX_WL_PENALTY_WORD);
    const uint32_t *cp = art->cp;
    /* no verb of a sanction anywhere (the bigram index): no addressee, no walk over the text */
    int32_t nverbs;
    gx_text_ix_words(&ix->text, art, VERBS, &nverbs);
    if (nverbs == 0)
        return;
    /* (the 对 places only, eight code points tested at a time; 对 is common: a surname must
     * follow it before any name is read) */
    int32_t last = art->ncp - 4;
    for (int32_t i = gx_cps_find_either(cp, 0, last, 0x5BF9, 0x5BF9); i < last;
         i = gx_cps_find_either(cp, i + 1, last, 0x5BF9, 0x5BF9)) {
        if (!gx_lexicon_char_is(ix->lex, cp[i + 1], GX_LEX_SURNAME))
            continue;
        gx_span names[8];
        int nn = 0;
        int32_t p = i + 1;
        for (;;) {
            int32_t e = gx_pp_chinese_name(ix, art, p);
            if (e == p || nn == 8)
                break;
            names[nn++] = (gx_span){p, e};
            p = e;
            if (p + 1 < art->ncp && cp[p] == 0x3001 /* 、 */)
                p++;
            else
                break;
        }
        if (nn == 0 || p != names[nn - 1].end || gx_word_at(art, p, VERBS) != 2)
            continue;
        bool penalty = false;
        for (int32_t k = p + 2; k < art->ncp && k < p + 14 && !penalty; k++)
            penalty = gx_word_at(art, k, PENALTIES) > 0;
        for (int k = 0; penalty && k < nn; k++)
            gx_pp_rule_person(art, names[k], 0.8f);
        i = p;
    }
}


/* The text of n occurs elsewhere in the article too (the bigram index: no walk over the text). */
static bool named_again(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    const int32_t len = n.end - n.start;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        const int32_t p = i1 - 1;
        if (p != n.start && p + len <= art->ncp &&
            !memcmp(art->cp + p, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            return true;
    }
    return false;
}

/* A kinship word that as often opens a clause as names a relative (儿子常常, 父亲管…): read only
 * after 的 and before a name that closes its clause (gx_pp_kin_names). */
static bool a_loose(const uint32_t *cp, int32_t i)
{
    /* the words of KIN that start with these characters, but 女婿 and 儿媳 */
    return gx_cp_in(cp[i], U"儿女父母哥弟姐妹") && !gx_cp_in(cp[i + 1], U"婿媳");
}

/* A relative named with the kinship word before the name (其妻甘薇, 妻子张三、胞弟李四; after 的 also
 * 儿子 女儿 父亲 母亲 哥哥 弟弟 姐姐 妹妹 when the name closes its clause: 外交官的儿子包凡。):
 * a surname name of two or three characters right after the word, and the next ones of a 、 list.
 * No title: a family tie is no post. */
void gx_pp_kin_names(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const KIN = gx_lexicon_words(ix->lex, GX_WL_KIN_WORD);
    const uint32_t *cp = art->cp;
    /* where a kinship word occurs (the bigram index: no walk over every character), in order */
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, KIN, &nat);
    for (int32_t a = 0, i = -1; a < nat; a++) {
        if (at[a] <= i)
            continue; /* inside the list of names read from an earlier word */
        i = at[a];
        if (i + 3 >= art->ncp || !gx_lexicon_char_is(ix->lex, cp[i + 2], GX_LEX_SURNAME))
            continue;
        /* 儿子/父亲…: only after 的 and with the name closing its clause (外交官的儿子包凡。) */
        const bool loose = a_loose(cp, i);
        if (loose && (i == 0 || cp[i - 1] != 0x7684 /* 的 */))
            continue;
        int32_t p = i + 2;
        for (int n = 0; n < 8; n++) {
            int32_t e = gx_pp_chinese_name(ix, art, p);
            if (e == p || e - p > 3 || (e - p == 2 && cp[p] == cp[p + 1])) /* 常常 */
                break;
            if (loose && n == 0 &&
                ((e < art->ncp && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e]))) || cp[p] == cp[p + 1] ||
                 (e - p == 2 && !named_again(ix, art, (gx_span){p, e}))))
                break; /* (儿子常常来。; 父亲高兴。: a two-character name is named again in the article) */
            int k = gx_pp_rule_person(art, (gx_span){p, e}, 0.8f);
            if (art->candidates.v[k].link == -1) /* (徐翔妻子应莹: a rarer surname, kept) */
                art->candidates.v[k].link = GX_LINK_KIN;
            p = e;
            if (p + 1 < art->ncp && cp[p] == 0x3001 /* 、 */)
                p++;
            else
                break;
        }
        i = p;
    }
}

/* An analyst named by the team he leads (广发策略戴康团队认为, 来源:宏观谢亚轩团队): a surname name
 * of two or three characters right before 团队, after a desk word (策略, 宏观) or an organization
 * (not 龙之谷团队 opening a line: a game's). No title: the desk is no post. */
void gx_pp_team_leaders(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const TEAM[] = {U"团队", NULL};
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, TEAM, &nat); /* (no walk over every character) */
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a];
        if (i < 2)
            continue;
        for (int32_t len = 3; len >= 2; len--) {
            int32_t s0 = i - len;
            if (s0 < 0 || gx_pp_chinese_name(ix, art, s0) != i)
                continue;
            bool edge = s0 > 0 && (gx_hit_len_ending(ix, s0, GX_LEX_DEPT_PREFIX) > 0 ||
                                   gx_pp_cand_ending_at(art, s0, GX_ORGLIKE) >= 0);
            if (!edge)
                continue;
            gx_pp_rule_person(art, (gx_span){s0, i}, 0.8f);
            break;
        }
    }
}

/* A reporter's name glued between the headline, repeated as the lead's first words, and the lead
 * (…白宫紧急回应暴跌不能怪他|孙卓|本周一本应是…: a page that lost the byline's line breaks). When the
 * article has no author and one of its first three paragraphs opens with the title's text, a surname
 * name of two or three characters right after it, with an edge (gx_pp_chinese_name), is a person and
 * the article's author (with no role: the text names none). Structure finds the other bylines; this
 * one needs the surnames to know where the name ends. The author's name is the article's text
 * (arena-owned). */
void gx_pp_headline_byline(const gx_hit_index *ix, gx_article *art)
{
    gx_span t = art->title_span;
    int32_t tn = t.end - t.start;
    if (art->authors.n > 0 || tn < 8 || art->paragraphs.n < 2)
        return;
    for (int p = 1; p < art->paragraphs.n && p <= 3; p++) {
        gx_span ps = art->paragraphs.v[p];
        if (ps.end - ps.start < tn + 4 || memcmp(art->cp + ps.start, art->cp + t.start, sizeof(uint32_t) * (size_t)tn))
            continue;
        int32_t s = ps.start + tn;
        int32_t e = gx_is_cjk(art->cp[s]) ? gx_pp_chinese_name(ix, art, s) : s;
        if (e == s || e - s > 3)
            return;
        gx_pp_rule_person(art, (gx_span){s, e}, 0.85f);
        gx_author *au = GX_VEC_PUSH(art->arena, art->authors);
        au->name = gx_article_span_text(art, (gx_span){s, e});
        au->role = NULL;
        return;
    }
}
