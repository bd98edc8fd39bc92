/* gx_entity_rules_latin.c — foreign names in Chinese text: names joined by a middle dot
 * (詹姆斯·西蒙斯), one transliterated name the tagger split in two (罗伊纽伯格), and Latin names
 * shown by their context (芯片巨头ARM, Canalys数据显示, Altice收盘下跌). Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"
#include "gx_utf8.h"

/* 詹姆斯·西蒙斯, 佩尔·施泰因布吕克: a middle dot between two runs of characters, one of which
 * the tagger took for (part of) a person, is one foreign name. */
void gx_er_dotted_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 1; (i = trig_next(&tr->l[TR_DOT], i, art->ncp)) + 1 < art->ncp; i++) {
        if (!gx_is_name_dot(cp[i]))
            continue;
        if (!gx_is_cjk(cp[i - 1]) || !gx_is_cjk(cp[i + 1]))
            continue;
        int32_t s = i, e = i + 1;
        while (s > 0 && i - s < 4 && gx_is_cjk(cp[s - 1]) && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 0 &&
               gx_hit_len_ending(ix, s, GX_LEX_POSITION) == 0)
            s--;
        while (e < art->ncp && e - i < 5 && gx_is_cjk(cp[e]) && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) == 0 &&
               !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_RIGHT_OK) && !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_NOT_GIVEN))
            e++;
        bool person = false, across = false;
        for (int k = 0; k < art->candidates.n; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type != GX_ENT_PERSON || c->span.start >= e || s >= c->span.end)
                continue;
            person = true;
            across |= c->span.start < i && c->span.end > i + 1; /* the tagger already joined them */
            /* its edges are better than ours */
            if (c->span.start < i && c->span.start > s)
                s = c->span.start;
            if (c->span.end > i + 1 && c->span.end < e)
                e = c->span.end;
        }
        if (person && !across && i - s >= 1 && e - i >= 2)
            gx_add_candidate(art, (gx_span){s, e}, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
    }
}

/* Whether a lower-case firm word that ends a Latin name starts at pos (IG group, Tesco plc). */
static bool lower_firm_word(const gx_article *art, int32_t pos)
{
    int32_t e = pos;
    while (e < art->ncp && gx_is_alnum(art->cp[e]))
        e++;
    return e > pos && art->cp[pos] >= 'a' && art->cp[pos] <= 'z' && gx_latin_firm_word(art, (gx_span){pos, e});
}

/* Whether the last word of the Latin name s is a firm word (Metro Bank, Ribbit Capital, IG
 * group), or s is one CamelCase word ending in one (ValarVentures): the name is a firm's, never
 * a person's. */
static bool latin_firm_last(const gx_article *art, gx_span s)
{
    int32_t k = s.end;
    while (k > s.start && art->cp[k - 1] != ' ')
        k--;
    if (k == s.start) /* one word: Bank alone is no name, ValarVentures is (its spaces left out) */
        return gx_latin_camel_firm(art, s);
    return gx_latin_firm_word(art, (gx_span){k, s.end});
}

/* Whether a job title of the lexicon written in Latin letters is the whole word at pos (CEO, CFO,
 * President): a title between a firm's name and its holder's (Verdence Capital Advisors CEO Leo
 * Kelly) ends the firm's name. */
static bool latin_title_word(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    int32_t e = pos;
    while (e < art->ncp && gx_is_alnum(art->cp[e]))
        e++;
    return e > pos && gx_hit_len_starting(ix, pos, GX_LEX_POSITION) == e - pos;
}

/* Whether [s, e) is a period of a financial report: a quarter or a half (Q3, 3Q, H1, 1H) or a
 * fiscal year (FY2018, FY19): 该公司Q3总净营收 names no firm Q3. */
static bool period_code(const uint32_t *cp, int32_t s, int32_t e)
{
    if (e - s == 2) {
        uint32_t a = cp[s], b = cp[s + 1];
        return ((a == 'Q' && b >= '1' && b <= '4') || (a == 'H' && (b == '1' || b == '2')) ||
                (b == 'Q' && a >= '1' && a <= '4') || (b == 'H' && (a == '1' || a == '2')));
    }
    if ((e - s == 4 || e - s == 6) && cp[s] == 'F' && cp[s + 1] == 'Y') {
        for (int32_t k = s + 2; k < e; k++)
            if (!gx_is_digit(cp[k]))
                return false;
        return true;
    }
    return false;
}

/* Whether " & " and a capitalised word start at pos - 1 (Kobre & Kim, Ulin & Co). */
static bool amp_word(const gx_article *art, int32_t pos)
{
    return pos + 2 < art->ncp && art->cp[pos] == '&' && art->cp[pos + 1] == ' ' && gx_is_upper(art->cp[pos + 2]);
}

/* A Latin name (capitalised words, digits, &, -) starting at pos inside Chinese text; returns
 * its end or pos. A word that is a job title (CEO) after the first word ends the name; a
 * report's period alone (Q3, FY2018) is none. */
static int32_t latin_name_at(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos >= art->ncp || !(gx_is_upper(cp[pos]) || gx_is_digit(cp[pos])))
        return pos;
    int32_t e = pos;
    while (e < art->ncp && (gx_is_alnum(cp[e]) || cp[e] == '&' || cp[e] == '-' ||
                            (cp[e] == ' ' && e + 1 < art->ncp && (gx_is_upper(cp[e + 1]) || lower_firm_word(art, e + 1) || amp_word(art, e + 1)) &&
                             !latin_title_word(ix, art, e + 1))))
        e++;
    /* a number alone (基金2017年, 银行12月) is not a name */
    bool letter = false;
    for (int32_t k = pos; k < e && !letter; k++)
        letter = gx_is_alnum(cp[k]) && !gx_is_digit(cp[k]);
    return letter && e - pos >= 2 && e - pos <= 40 && !period_code(cp, pos, e) ? e : pos;
}

/* Whether s is only share-class letters (A, B, H, N: "AH股价", "B股股价"), no name. */
static bool share_classes(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++)
        if (art->cp[k] != 'A' && art->cp[k] != 'B' && art->cp[k] != 'H' && art->cp[k] != 'N')
            return false;
    return true;
}

/* Whether the Latin name s holds a lower-case letter or two words or more: an acronym alone
 * (ST, AI, ETF, QDII, FOF, Q4) before 公司/基金 names a kind of thing more often than a firm. */
static bool latin_not_acronym(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++)
        if ((art->cp[k] >= 'a' && art->cp[k] <= 'z') || art->cp[k] == ' ')
            return true;
    return false;
}

/* Whether a company-like candidate ends where s ends and starts at or before s (a candidate
 * inside it, such as Stonebridge集团 of Albright Stonebridge集团, does not count). */
static bool cand_covers(const gx_article *art, gx_span s)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.end == s.end && c->span.start <= s.start && (GX_ORGLIKE & (1u << c->type)) &&
            c->link != GX_LINK_SUFFIX_ONLY)
            return true;
    }
    return false;
}

/* The length of the Chinese company word at pos that makes the Latin name before it one
 * company name (Kingsview资产管理公司, Albright Stonebridge集团, Grabat公司), or 0. The words that
 * describe the firm (资产管理公司, 集团, 基金: Huang River基金) belong to the name; a bare 公司 does not (Grabat公司 is
 * the company Grabat): *keep receives how much of the word joins the name. */
static int latin_cn_firm_word(const gx_article *art, int32_t pos, int *keep)
{
    static const char32_t *const KEEP[] = {U"资产管理公司", U"投资管理公司", U"基金管理公司", U"投资公司",
                                           U"资本公司", U"基金公司", U"咨询公司", U"研究公司", U"集团", U"银行", U"基金", NULL};
    static const char32_t *const BARE[] = {U"公司", NULL};
    *keep = 0;
    uint32_t c = art->cp[pos]; /* the first characters of the words: most names stop early */
    if (c != 0x8D44 /* 资 */ && c != 0x6295 /* 投 */ && c != 0x57FA /* 基 */ && c != 0x54A8 /* 咨 */ &&
        c != 0x7814 /* 研 */ && c != 0x96C6 /* 集 */ && c != 0x516C /* 公 */ && c != 0x94F6 /* 银 */)
        return 0;
    int n = gx_word_at(art, pos, KEEP);
    if (n > 0) {
        *keep = n;
        return n;
    }
    *keep = 0;
    return gx_word_at(art, pos, BARE);
}

/* Whether the one Latin word s of min_len letters or more is written in CamelCase (GoldSilver,
 * StockCharts, OneWeb): a lower-case letter followed by a capital inside the word, the part before
 * it no name prefix (DeMiguel, McDonald, MacLeod, LeBlanc, VanDyke are surnames). */
bool gx_er_camel_word(const gx_article *art, gx_span s, int32_t min_len)
{
    static const char *const PREFIX[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", NULL};
    const uint32_t *cp = art->cp;
    if (s.end - s.start < min_len || !gx_is_upper(cp[s.start]))
        return false;
    for (int32_t k = s.start; k < s.end; k++)
        if (!gx_is_alnum(cp[k]))
            return false;
    for (int32_t k = s.start + 1; k + 1 < s.end; k++)
        if (cp[k] >= 'a' && cp[k] <= 'z' && gx_is_upper(cp[k + 1])) {
            for (int w = 0; PREFIX[w]; w++)
                if (gx_ascii_at(cp, k + 1, s.start, PREFIX[w], false) == k + 1 - s.start)
                    return false;
            return true;
        }
    return false;
}

/* SimonLack, KeithBrown称: what shows a CamelCase word is a person's name glued together — a
 * title right before it, or a speech verb or a form of address right after it. */
static bool camel_person_evidence(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    const char32_t *const *const AFTER = gx_lexicon_words(ix->lex, GX_WL_CAMEL_PERSON_AFTER);
    return gx_hit_len_ending(ix, s.start, GX_LEX_POSITION) > 0 || gx_word_at(art, s.end, AFTER) > 0;
}

/* GoldSilver高级贵金属分析师, 资讯网站TechWeb, 服务提供商OneWeb: what shows a CamelCase word is a
 * firm's or a website's — a title right after it (the holder's organization: 资讯网站GoldSilver高级
 * 贵金属分析师Jeff Clark), or a company noun or 网站/平台/名为 right before it. */
static bool camel_firm_evidence(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    const char32_t *const *const BEFORE = gx_lexicon_words(ix->lex, GX_WL_CAMEL_FIRM_BEFORE);
    return gx_hit_len_starting(ix, s.end, GX_LEX_POSITION) > 0 || gx_hit_len_ending(ix, s.start, GX_LEX_LIST_NOUN) > 0 ||
           (s.start >= 2 && gx_word_at(art, s.start - 2, BEFORE) == 2) ||
           gx_er_cand_ending_at(art, s.start, (1u << GX_ENT_COMPANY)) >= 0; /* 谷歌AdSense: a firm's product */
}

/* Whether s is one Latin word (letters and digits only) standing alone in the text. */
static bool lone_latin_word(const gx_article *art, gx_span s)
{
    if (s.end - s.start < 3 || !gx_is_upper(art->cp[s.start]))
        return false;
    for (int32_t k = s.start; k < s.end; k++)
        if (!gx_is_alnum(art->cp[k]))
            return false;
    return (s.start == 0 || !gx_is_alnum(art->cp[s.start - 1])) && (s.end >= art->ncp || !gx_is_alnum(art->cp[s.end]));
}

/* GoldSilver, StockCharts, OneWeb, Limroy: the tagger takes a one-word Latin name for a person.
 * One right after a company noun (a company then), or a CamelCase one with a firm's evidence
 * (camel_firm_evidence(); an organization then), and none of a person's (camel_person_evidence())
 * is retyped; a rule that shows it to be a company (the organization before a title, a Chinese
 * company word after it) adds its own candidate. Glued people's names without context
 * (JasonAnderson, PeterWoodward in CLUENER) stay persons. */
static void camel_not_person(const gx_hit_index *ix, gx_article *art)
{
    for (int k = 0; k < art->candidates.n; k++) {
        gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER || !lone_latin_word(art, c->span))
            continue;
        /* any one word right after a company noun (私人投资基金Limroy) is a firm's; a CamelCase
         * word on the wider evidence of camel_firm_evidence() */
        bool noun = gx_hit_len_ending(ix, c->span.start, GX_LEX_LIST_NOUN) > 0;
        bool firm = noun || (gx_er_camel_word(art, c->span, 4) && camel_firm_evidence(ix, art, c->span));
        if (firm && !camel_person_evidence(ix, art, c->span))
            c->type = noun ? GX_ENT_COMPANY : GX_ENT_ORGANIZATION;
    }
}

/* Whether the text at e says a share price moved by a figure (上涨超过7%, 下跌2.5%, 大涨12%): what a
 * company named before it does (Serco上涨超过7%), unless the name is an acronym of an index or a
 * statistic (SPX, CPI, GDP上涨2%: the caller asks for a word in lower case or two words). */
static bool moves_by_percent(const gx_article *art, int32_t e)
{
    static const char32_t *const MOVES[] = {U"上涨", U"下跌", U"大涨", U"大跌", U"飙升", U"暴跌", U"涨", U"跌", NULL};
    static const char32_t *const ABOUT[] = {U"超过", U"逾", U"近", U"约", U"了", NULL};
    int32_t l = gx_word_at(art, e, MOVES);
    if (l == 0)
        return false;
    e += l;
    e += gx_word_at(art, e, ABOUT);
    int32_t d = e;
    while (d < art->ncp && (gx_is_digit(art->cp[d]) || art->cp[d] == '.'))
        d++;
    return d > e && d < art->ncp && art->cp[d] == '%';
}

/* GMO的创始人和首席投资策略师杰里米·格兰瑟姆, Bridgewater首席执行官X: whether a title only a firm gives
 * (founder, chief, CEO, president, partner, analyst) follows the Latin name ending at e, right
 * after it or after 的, and a person named in the same sentence after it holds it: the name is
 * the holder's firm. */
static bool firm_title_after(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    const char32_t *const *const TITLES = gx_lexicon_words(ix->lex, GX_WL_LATIN_FIRM_TITLE);
    int32_t p = e < art->ncp && art->cp[e] == 0x7684 /* 的 */ ? e + 1 : e;
    if (p >= art->ncp || gx_word_at(art, p, TITLES) == 0)
        return false;
    int32_t t = p + gx_hit_len_starting(ix, p, GX_LEX_POSITION);
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_PERSON || c->span.start < t || c->span.start > t + 24)
            continue;
        bool stop = false; /* the holder is named in the same sentence */
        for (int32_t q = t; q < c->span.start && !stop; q++)
            stop = art->cp[q] == 0x3002 || art->cp[q] == 0xFF1B || art->cp[q] == ';' || art->cp[q] == '\n';
        if (!stop)
            return true;
    }
    return false;
}

/* Whether the Latin name s after a company noun names a product of the firm, no firm: a
 * standard's shape, a digit and a hyphen in one token (5G-V2X, C-V2X 3.0), or a run of two to
 * six Chinese characters glued after it that a product noun closes (公司VeTalk车间通信系统,
 * 5G-V2X车载单元OBU…; cues.tsv product_noun), none of them a function character (公司ARM将推出…
 * is the firm). */
static bool latin_product(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    bool digit = false, hyphen = false;
    for (int32_t k = s.start; k < s.end; k++) {
        digit |= gx_is_digit(cp[k]);
        hyphen |= cp[k] == '-';
    }
    if (digit && hyphen)
        return true;
    int32_t e = s.end;
    while (e < art->ncp && e - s.end <= 6 && gx_is_cjk(cp[e]))
        e++;
    if (e - s.end < 2 || e - s.end > 6 || gx_lexicon_char_is(ix->lex, cp[s.end], GX_LEX_RIGHT_OK) ||
        gx_lexicon_char_is(ix->lex, cp[s.end], GX_LEX_NOT_GIVEN))
        return false;
    for (int32_t k = s.end; k < e; k++)
        if (gx_lex_word_at(ix->lex, GX_LEX_PRODUCT_NOUN, art, k) == e - k)
            return true;
    return false;
}

/* A Latin name glued after the company noun or kind of business h (合作伙伴Swiggy, 金融科技公司Capitalize). */
static void latin_after_noun(const gx_hit_index *ix, gx_article *art, const gx_lex_hit *h)
{
    const uint32_t *cp = art->cp;
    /* a fund of a product's kind names a product (ETF基金AIEQ, 指数基金QQQ), not its manager */
    const char32_t *const *const PRODUCT_KINDS = gx_lexicon_words(ix->lex, GX_WL_FUND_PRODUCT_KIND);
    if (h->end - h->start == 2 && cp[h->end - 2] == 0x57FA && cp[h->end - 1] == 0x91D1 /* 基金 */ &&
        gx_word_ending(cp, 0, h->start, PRODUCT_KINDS) > 0)
        return;
    int32_t e = latin_name_at(ix, art, h->end);
    if (e > h->end && (e >= art->ncp || !gx_is_alnum(cp[e])) && gx_er_cand_with_span(art, (gx_span){h->end, e}, GX_ORGLIKE) < 0 &&
        !latin_product(ix, art, (gx_span){h->end, e})) {
        /* (集团 or 银行 right after the name is part of it: 捷克投资公司|PPF集团) */
        int32_t g = e + 1 < art->ncp && ((cp[e] == 0x96C6 && cp[e + 1] == 0x56E2) || (cp[e] == 0x94F6 && cp[e + 1] == 0x884C)) ? 2 : 0;
        gx_add_candidate(art, (gx_span){h->end, e + g}, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}

/* Whether c joins two items of a list (、 和 与 及). */
static bool list_joint(uint32_t c)
{
    return c == 0x3001 || c == 0x548C || c == 0x4E0E || c == 0x53CA;
}

/* 投资者包括美国InsightVentureParners和ValarVentures: a CamelCase word listed beside a firm's
 * CamelCase name (gx_latin_camel_firm(), read a company above) is another firm's name written
 * the same way, whatever its last part (a misspelt Parners too). One item on each side; a
 * CamelCase word of six letters or more standing alone between the joint and Chinese text. */
static void camel_list_partners(gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        gx_span s = art->candidates.v[k].span;
        if (art->candidates.v[k].source != GX_SRC_RULE || art->candidates.v[k].type != GX_ENT_COMPANY ||
            !gx_latin_camel_firm(art, s))
            continue;
        gx_span o = {-1, -1};
        if (s.start >= 2 && list_joint(cp[s.start - 1]) && gx_is_alnum(cp[s.start - 2])) {
            int32_t p = s.start - 1;
            while (p > 0 && gx_is_alnum(cp[p - 1]))
                p--;
            o = (gx_span){p, s.start - 1};
        } else if (s.end + 1 < art->ncp && list_joint(cp[s.end]) && gx_is_upper(cp[s.end + 1])) {
            int32_t e = s.end + 1;
            while (e < art->ncp && gx_is_alnum(cp[e]))
                e++;
            o = (gx_span){s.end + 1, e};
        }
        if (o.start < 0 || (o.start > 0 && !gx_is_cjk(cp[o.start - 1]) && !list_joint(cp[o.start - 1])) ||
            (o.end < art->ncp && !gx_is_cjk(cp[o.end]) && cp[o.end] != 0x3001) || !gx_er_camel_word(art, o, 6) ||
            gx_er_cand_with_span(art, o, GX_ORGLIKE) >= 0)
            continue;
        gx_add_candidate(art, o, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}

/* 丹麦电信运营商TDC, 芯片巨头ARM: a Latin name right after a company noun; Markit的最新调查,
 * Canalys数据显示: a Latin name as the source of data (an organization unless known);
 * Altice收盘下跌: a Latin name whose shares trade (a company). */
void gx_er_latin_context_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const char32_t *const *const TRADES = gx_lexicon_words(ix->lex, GX_WL_LATIN_TRADE);
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_LIST_NOUN); k < ix->n; k = gx_hit_next(ix, k))
        if (gx_lexicon_entry(ix->lex, ix->hits[k].entry)->kind == GX_LEX_LIST_NOUN)
            latin_after_noun(ix, art, &ix->hits[k]);
    /* the kinds of web finance business before a name (cues.tsv business_kind) hold the company
     * nouns their longer hit hides (金融科技公司Capitalize: 科技公司; twenty-first session, comp40) */
    for (int k = gx_hit_first(ix, GX_LEX_BUSINESS_KIND); k < ix->n; k = gx_hit_next(ix, k))
        if (gx_lexicon_entry(ix->lex, ix->hits[k].entry)->kind == GX_LEX_BUSINESS_KIND)
            latin_after_noun(ix, art, &ix->hits[k]);
    int names = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_LATIN], i, art->ncp)) < art->ncp; i++) {
        if (!(gx_is_upper(cp[i]) || gx_is_digit(cp[i])) || (i > 0 && (gx_is_alnum(cp[i - 1]) || cp[i - 1] == ' ')))
            continue;
        int32_t e = latin_name_at(ix, art, i);
        if (e == i)
            continue;
        names++;
        int keep = 0, firm = e < art->ncp ? latin_cn_firm_word(art, e, &keep) : 0;
        /* Kingsview资产管理公司, Albright Stonebridge集团, Grabat公司: a Latin name before a Chinese
         * company word is a company, the words describing the firm part of its name */
        /* (an acronym of three letters or more before 银行 or 集团 names the bank or the group too:
         * ING银行, LVMH集团, not a ratio before an industry: PB银行(1.1); a known Latin name before
         * them is the firm's fuller name) */
        bool bank = keep == 2 && e - i >= 3 && (cp[e] == 0x94F6 /* 银行 */ || cp[e] == 0x96C6 /* 集团 */);
        if (firm > 0 && (bank || latin_not_acronym(art, (gx_span){i, e})) && !cand_covers(art, (gx_span){i, e + keep}) &&
            (bank || !cand_covers(art, (gx_span){i, e}))) {
            int t = gx_add_candidate(art, (gx_span){i, e + keep}, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
            /* the known firm's fuller name keeps its link (ING银行: ING, with its ticker) */
            for (int k = 0; bank && k < t; k++) {
                const gx_candidate *g = &art->candidates.v[k];
                if (g->source == GX_SRC_GAZETTEER && g->type == GX_ENT_COMPANY && g->span.start == i && g->span.end == e) {
                    art->candidates.v[t].lex_id = g->lex_id;
                    art->candidates.v[t].ticker = g->ticker;
                    art->candidates.v[t].canonical = g->canonical;
                    break;
                }
            }
        }
        /* Markit的最新调查, Canalys数据显示: the source of data is an organization unless its name
         * ends in a firm word (ETF Securities指出: a company); a shorter candidate inside it
         * (Financial of LPL Financial公布的数据, read by the suffix rule) does not stop it */
        else if (e < art->ncp && gx_hit_len_starting(ix, e, GX_LEX_SOURCE_AFTER) > 0 &&
                 gx_er_cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 && !cand_covers(art, (gx_span){i, e}))
            gx_add_candidate(art, (gx_span){i, e}, latin_firm_last(art, (gx_span){i, e}) ? GX_ENT_COMPANY : GX_ENT_ORGANIZATION,
                             GX_SRC_RULE, 0.6f, NULL, -1);
        /* GMO的创始人和首席投资策略师杰里米·格兰瑟姆: the firm of a title's holder (not a title itself) */
        else if (e < art->ncp && gx_hit_len_starting(ix, i, GX_LEX_POSITION) == 0 && !share_classes(art, (gx_span){i, e}) &&
                 firm_title_after(ix, art, e) && !cand_covers(art, (gx_span){i, e}))
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
        /* BiKi交易平台, CoinShares母公司, Coinbase官网: a Latin name (not an acronym alone: BTC交易平台,
         * OTC交易所) right before what only a business has (cues.tsv latin_firm_after; twenty-fifth
         * session, comp61) */
        else if (e < art->ncp && gx_hit_len_starting(ix, e, GX_LEX_LATIN_FIRM_AFTER) > 0 &&
                 latin_not_acronym(art, (gx_span){i, e}) && gx_er_cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 &&
                 !cand_covers(art, (gx_span){i, e}))
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
        /* Altice收盘下跌7.2%, Sainsbury股价上涨, Serco上涨超过7%: a Latin name whose shares trade is a company;
         * Metro Bank表现良好, Ribbit Capital、…: so is a name of two words or more ending in a
         * firm word, standing in Chinese text (not a gloss in brackets, joined by gx_er_latin_gloss_rule) */
        else if (e < art->ncp &&
                 ((gx_word_at(art, e, TRADES) && !share_classes(art, (gx_span){i, e})) ||
                  (latin_not_acronym(art, (gx_span){i, e}) && moves_by_percent(art, e)) ||
                  ((gx_is_cjk(cp[e]) || cp[e] == 0x3001 /* 、 */ || cp[e] == 0xFF0C /* ， */) && i > 0 &&
                   cp[i - 1] != '(' && cp[i - 1] != 0xFF08 && latin_firm_last(art, (gx_span){i, e}))) &&
                 gx_er_cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 && gx_er_cand_ending_at(art, e, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
        i = e;
    }
    if (names > 0) { /* a tagger person of one Latin word needs a Latin name here */
        camel_list_partners(art);
        camel_not_person(ix, art);
    }
}

/* 罗伊纽伯格: the tagger splitting one transliterated name into two adjacent persons. */
void gx_er_adjacent_persons(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    int *tp = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(n0 + 1)); /* the tagger's persons */
    int ntp = 0;
    for (int i = 0; i < n0; i++)
        if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].source == GX_SRC_TAGGER)
            tp[ntp++] = i;
    for (int qi = 0; qi < ntp; qi++) {
        int i = tp[qi];
        const gx_candidate *a = &art->candidates.v[i];
        for (int qj = 0; qj < ntp; qj++) {
            int j = tp[qj];
            const gx_candidate *b = &art->candidates.v[j];
            if (j == i || b->type != GX_ENT_PERSON || b->source != GX_SRC_TAGGER || b->span.start != a->span.end)
                continue;
            gx_span n = {a->span.start, b->span.end};
            /* two Chinese names side by side (记者唐真龙邹靓) stay two people; so does a first name of a
             * rare surname the list lacks (伞翔宇|张俊, 吉林省政府高广滨姜治莹 beside it): a part with a
             * given character outside the transliteration table is no piece of a foreign name
             * (罗伊|纽伯格 joins) (twenty-sixth session, people39) */
            int32_t la = a->span.end - a->span.start, lb = b->span.end - b->span.start;
            bool chinese_a = gx_lexicon_char_is(ix->lex, art->cp[a->span.start], GX_LEX_SURNAME);
            for (int32_t k = a->span.start + 1; k < a->span.end && !chinese_a && la == 3; k++)
                chinese_a = gx_cp_is_han(art->cp[k]) && !gx_translit_char(art->cp[k]);
            if (la >= 2 && la <= 3 && lb >= 2 && lb <= 3 && chinese_a &&
                gx_lexicon_char_is(ix->lex, art->cp[b->span.start], GX_LEX_SURNAME))
                continue;
            /* nor does a second part that runs into a company the gazetteer knows (姚劲波|祝贺贝壳|找房:
             * a verb and the company's name, not more of a name) */
            bool known = false;
            for (int k = 0; k < n0 && !known; k++) {
                const gx_candidate *o = &art->candidates.v[k];
                known = o->source == GX_SRC_GAZETTEER && (GX_ORGLIKE & (1 << o->type)) && o->span.start > b->span.start &&
                        o->span.start < b->span.end;
            }
            bool cjk = !known;
            for (int32_t k = n.start; k < n.end; k++)
                cjk &= gx_is_cjk(art->cp[k]);
            if (cjk && n.end - n.start <= 7)
                gx_add_candidate(art, n, GX_ENT_PERSON, GX_SRC_RULE, 0.8f, NULL, -1);
        }
    }
}
