/* gx_entity_rules_latin_han.c — web finance firms written in Latin letters glued to Chinese words
 * (twenty-ninth session, latin29). Forex, crypto and "split scheme" pages write a platform as its
 * Latin brand glued to its Chinese name (UXEL优信, AISA爱莎外汇, USG联准国际, PPmoney万惠集团) or
 * glued to the kind of scheme it runs (VPF拆分盘, AGK拆分理财平台, KKG商城, XO平台是正规的吗),
 * where the rules for Latin names in news (gx_entity_rules_latin.c: a company noun before the name,
 * 股价 or 交易平台 after a name that is no acronym) see no cue. One walk over the places where a
 * Latin word (two letters or more, no digit, no term or title of the lexicon, not part of a longer
 * Latin name, a URL or an e-mail address) ends on a Chinese character:
 *   - the Chinese part is a company a rule or the gazetteer reads (优信, 乐天证券, 万惠集团): the
 * Latin word and it are one name (UXEL优信);
 *   - the Chinese part is a stem of up to five characters and a company or trade word (爱莎|外汇,
 *     联准|国际, 捷凯|外汇; 资本 or 集团 right after a Latin word of three letters: IPCO资本), the
 * stem no ordinary word, place or function character: the whole is the name;
 *   - a Chinese name of two to four characters and 平台 follow, the whole written twice
 * (Horseforex马汇 平台): the whole is the name;
 *   - a word of a scheme or a platform's kind follows (cues.tsv latin_firm_after, plain: 拆分盘,
 * 拆分理财, 外汇平台, 量化券商平台), or 平台 and a question or a report about a platform
 * (XO平台是正规的吗): the Latin word is the name. Companies at 0.7 (a rule's). Part of the entity
 * rules (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"
#include "gx_utf8.h"

enum {
    LH_LATIN_MAX = 16, /* the longest Latin word read (AllyBiz-style brands are short) */
    LH_STEM_MAX = 5,   /* the longest Chinese stem before a company or trade word */
};

static bool ascii_alnum(uint32_t c)
{
    return c < 0x80 && gx_is_alnum(c);
}

/* The start of the Latin word that ends at p (letters, inner hyphens: BOTS-FX), or p when there is
 * none that may be a firm's name: two letters at least, no digit (P2P, MT4, 5G, B2C are kinds of
 * things), standing alone on its left (not the last word of a longer Latin name, Morgan Stanley摩根
 * 士丹利, nor a piece of a URL or an address: www.x.com商城), no term of the lexicon (APP, ETF,
 * VIP) nor a title (CEO), no stock marker (ST, PT, XD). */
static int32_t latin_word_before(const gx_hit_index *ix, const gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    int32_t a = p;
    int letters = 0;
    while (a > 0 && p - a <= LH_LATIN_MAX &&
           ((ascii_alnum(cp[a - 1]) && !gx_is_digit(cp[a - 1])) ||
            (cp[a - 1] == '-' && a >= 2 && ascii_alnum(cp[a - 2]) && a < p))) {
        a--;
        letters += cp[a] != '-';
    }
    if (letters < 2 || p - a > LH_LATIN_MAX || cp[a] == '-')
        return p;
    /* (digits glued before the letters, a year or a list's number the page lost its mark of, stay
     * out of the name: 2019|KFS拆分盘, 8|AISA爱莎外汇; digits among the letters make a kind: P2P)
     */
    int32_t d = a;
    while (d > 0 && gx_is_digit(cp[d - 1]))
        d--;
    if (d < a && d > 0 && ascii_alnum(cp[d - 1]))
        return p;
    if (d == a && a > 0 && (ascii_alnum(cp[a - 1]) || gx_cp_in(cp[a - 1], U" .@/_-&'#%=")))
        return p;
    if (gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + a, p - a) ||
        gx_hit_len_starting(ix, a, GX_LEX_POSITION) >= p - a)
        return p;
    int m = gx_word_at(art, a, GX_STOCK_MARKERS);
    if (m == p - a)
        return p;
    /* (nor a rating, AAA融创担保, nor a cry, DUANGDUANGDUANG: a word of A B C only, or one unit
     * written again and again) */
    bool rating = true;
    for (int32_t k = a; k < p && rating; k++)
        rating = cp[k] == 'A' || cp[k] == 'B' || cp[k] == 'C';
    if (rating)
        return p;
    for (int32_t u = 1; u <= (p - a) / 2; u++) {
        if ((p - a) % u)
            continue;
        int32_t k = a + u;
        while (k < p && cp[k] == cp[k - u])
            k++;
        if (k == p)
            return p;
    }
    /* (nor a coin counted: 500个AE) */
    if (d == a && a >= 2 && !gx_is_cjk(cp[a - 2]) && gx_is_digit(cp[a - 2]) && gx_is_cjk(cp[a - 1]))
        return p;
    /* (a product glued after its maker's name is no name: 腾讯QQ, 华为Mate) */
    if (a > 0 && gx_er_cand_ending_at(art, a, GX_ORGLIKE) >= 0)
        return p;
    /* (two letters glued to Chinese text before them end a name begun there, 隆鑫|HT平台: a clear
     * left edge or a function character before them) */
    if (p - a <= 2 && d == a && a > 0 && gx_is_cjk(cp[a - 1]) && !gx_is_function_char(cp[a - 1]))
        return p;
    return a;
}

/* Adds the company [a, e) unless a company or an organization has that span, scored 0.7 or as the
 * company inside it that it joins the Latin word to (score_in), the higher. */
static void add_joined(gx_article *art, int32_t a, int32_t e, float score_in)
{
    if (gx_er_cand_with_span(art, (gx_span){a, e}, GX_ORGLIKE) < 0)
        gx_add_candidate(art, (gx_span){a, e}, GX_ENT_COMPANY, GX_SRC_RULE,
                         score_in > 0.7f ? score_in : 0.7f, NULL, -1);
}

/* The end of the company a rule or the gazetteer reads starting at p (the tagger's when it is
 * fairly sure), the longest; p when there is none. *score receives the best score of a reading
 * with that span, and 0.1 more for each further source that reads it (resolution weighs a span
 * several sources agree on so: the joined name must outweigh the Chinese part it holds). */
static int32_t company_from(const gx_hit_index *ix, const gx_article *art, int32_t p, float *score)
{
    int32_t best = p;
    unsigned sources = 0;
    *score = 0.0f;
    for (int i = gx_cand_pos_next(art, -1, p, false); i >= 0;
         i = gx_cand_pos_next(art, i, p, false)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start != p || c->type != GX_ENT_COMPANY || c->source == GX_SRC_TAGGER)
            continue;
        /* (not a gazetteer name that is an ordinary word too: IPTV联合) */
        if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 &&
            (gx_lexicon_entry(ix->lex, c->lex_id)->flags & GX_LEXF_WEAK))
            continue;
        if (c->span.end > best) {
            best = c->span.end;
            *score = 0.0f;
            sources = 0;
        }
        if (c->span.end == best && c->score > *score)
            *score = c->score;
    }
    for (int i = gx_cand_pos_next(art, -1, p, false); i >= 0 && best > p;
         i = gx_cand_pos_next(art, i, p, false)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == p && c->span.end == best && c->type == GX_ENT_COMPANY)
            sources |= 1u << c->source;
    }
    int n = __builtin_popcount(sources);
    *score += 0.1f * (float)(n > 1 ? (n > 3 ? 2 : n - 1) : 0);
    /* (a company word glued after a short name belongs to the name: rakuten|乐天|证券) */
    if (best > p)
        best += gx_hit_len_starting(ix, best, GX_LEX_COMPANY_SUFFIX);
    if (*score > 0.95f)
        *score = 0.95f;
    return best;
}

/* Whether [s, e) of Chinese characters may be the stem of a name before a business word: no
 * function character, no ordinary word of the tagger's lexicon or place, no person, place or body
 * read there. */
static bool stem_ok(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e)
{
    for (int32_t k = s; k < e; k++)
        if (!gx_is_cjk(art->cp[k]) || gx_is_function_char(art->cp[k]))
            return false;
    if (e - s >= 2 && (gx_tagger_common_word(ix->tagger, art->cp + s, e - s) ||
                       gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + s, e - s)))
        return false;
    /* (its first two characters neither: 智能|科技, 中国|证券) */
    if (e - s > 2 && (gx_tagger_common_word(ix->tagger, art->cp + s, 2) ||
                      gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + s, 2) ||
                      gx_tagger_common_word(ix->tagger, art->cp + e - 2, 2)))
        return false; /* (nor its last two: 泰浩|这种 of tahoe泰浩这种外汇经纪商) */
    int mask = (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT);
    for (int32_t k = s; k < e; k++)
        for (int i = gx_cand_pos_next(art, -1, k, false); i >= 0;
             i = gx_cand_pos_next(art, i, k, false)) {
            const gx_candidate *c = &art->candidates.v[i];
            if (c->span.start == k && (mask & (1 << c->type)) && c->span.end > s &&
                (c->source != GX_SRC_TAGGER || c->score >= 0.5f))
                return false;
        }
    return true;
}

/* The end of a Chinese name after the Latin word ending at p: a stem (stem_ok) and a company word
 * (cues.tsv company_suffix) or a trade word (trade_kind) within LH_STEM_MAX characters, the
 * longest; right after a Latin word of three letters or more, one of the words a brand alone opens
 * (IPCO资本, KKG商城). p when there is none. */
static int32_t business_name_after(const gx_hit_index *ix, const gx_article *art, int32_t a,
                                   int32_t p)
{
    const char32_t *const *const BARE = gx_lexicon_words(ix->lex, GX_WL_BARE_BUSINESS);
    const uint32_t *cp = art->cp;
    int32_t best = p;
    for (int32_t q = p + 2; q <= art->ncp && q - p <= LH_STEM_MAX + 4 && gx_is_cjk(cp[q - 1]);
         q++) {
        int l = gx_hit_len_ending(ix, q, GX_LEX_COMPANY_SUFFIX),
            t = gx_hit_len_ending(ix, q, GX_LEX_TRADE_KIND);
        if (t > l)
            l = t;
        if (q - p == 2 && gx_word_at(art, p, BARE) == 2)
            l = 2; /* (网贷 is no suffix of a Chinese name) */
        if (l <= 0 || q - l < p || q - l - p > LH_STEM_MAX)
            continue;
        /* (a word goes on after it: 国际化, 证券业, 集团化, 金融|服务) */
        if (q < art->ncp && gx_cp_in(cp[q], U"化业界性类"))
            continue;
        if ((q + 2 <= art->ncp && gx_tagger_common_word(ix->tagger, cp + q - l, l + 2)) ||
            (q + 1 <= art->ncp && gx_tagger_common_word(ix->tagger, cp + q - l, l + 1)))
            continue;
        int32_t s = q - l;
        if (s == p) {
            int b = gx_word_at(art, p, BARE);
            if (b != l || p - a < 3)
                continue;
        } else if (s - p < 2 || !stem_ok(ix, art, p, s))
            continue;
        best = q;
    }
    return best;
}

/* Whether a word of a scheme's or a platform's kind starts at p (cues.tsv latin_firm_after, not
 * flagged weak: 拆分盘, 拆分理财, 外汇平台; not 交易平台, which follows a coin's acronym too). */
static bool scheme_after(const gx_hit_index *ix, int32_t p)
{
    for (int i = gx_head_at(ix->has_start, ix->by_start, p); i >= 0; i = ix->next_start[i]) {
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, ix->hits[i].entry);
        if (e->kind == GX_LEX_LATIN_FIRM_AFTER && !(e->flags & GX_LEXF_WEAK))
            return true;
    }
    return false;
}

/* Whether 平台 at p is followed by a question or a report about a platform (XO平台是正规的吗,
 * X平台跑路): the word before it is the platform's name. */
static bool platform_asked(const gx_hit_index *ix, const gx_article *art, int32_t p)
{
    if (p + 2 > art->ncp || art->cp[p] != 0x5E73 /* 平 */ || art->cp[p + 1] != 0x53F0 /* 台 */)
        return false;
    return gx_hit_len_starting(ix, p + 2, GX_LEX_PLATFORM_QUESTION) > 0 ||
           gx_hit_len_starting(ix, p + 2, GX_LEX_TRADE_REPORT) > 0;
}

/* The end of a Chinese name of two to four characters (stem_ok) after the Latin word [a, p) and
 * before 平台, the whole written twice at least (测评Horseforex马汇平台 … 平台是Horseforex马汇); p
 * when there is none. */
static int32_t platform_name_end(const gx_hit_index *ix, const gx_article *art, int32_t a,
                                 int32_t p)
{
    const uint32_t *cp = art->cp;
    for (int32_t q = p + 2; q <= p + 4 && q + 2 <= art->ncp && gx_is_cjk(cp[q - 1]); q++)
        if (cp[q] == 0x5E73 /* 平 */ && cp[q + 1] == 0x53F0 /* 台 */ && stem_ok(ix, art, p, q) &&
            gx_er_written(ix, art, (gx_span){a, q}) >= 2)
            return q;
    return p;
}

void gx_er_latin_han_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;

    for (int32_t p = 2; p < art->ncp; p++) {
        /* (an ASCII letter before the place first: in Chinese text most places fail it at once;
         * a word before 币 is a coin's: HKC币) */
        if (!ascii_alnum(cp[p - 1]) || gx_is_digit(cp[p - 1]) ||
            !gx_is_cjk(cp[p]) || cp[p] == 0x5E01 /* 币 */)
            continue;
        int32_t a = latin_word_before(ix, art, p);
        if (a == p)
            continue;
        float score = 0.0f;
        int32_t e = company_from(ix, art, p, &score);
        if (e == p)
            e = business_name_after(ix, art, a, p);
        if (e == p)
            e = platform_name_end(ix, art, a, p);
        if (e > p) {
            add_joined(art, a, e, score);
            continue;
        }
        if (scheme_after(ix, p) || platform_asked(ix, art, p))
            add_joined(art, a, p, 0.0f);
    }
}
