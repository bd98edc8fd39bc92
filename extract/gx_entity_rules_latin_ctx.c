/* gx_entity_rules_latin_ctx.c — Latin names of firms shown by their neighbours in Chinese text
 * (thirteenth session, latin13), after gx_er_latin_context_names() (gx_entity_rules_latin.c):
 *   - a company noun, a space, then the name (本土食品快递巨头 Swiggy: the noun glued to the name
 *     is the other file's);
 *   - a name joined by 和/与/及/、 to a Latin name the article names as a company (来自同行 Swiggy 和
 *     Zomato 的激烈竞争, where 巨头 Swiggy showed Swiggy);
 *   - a CamelCase word the tagger read as a person where a rule reads the same word as a company
 *     elsewhere in the article (SecondMarket是…创立的…市场 … 纳斯达克收购了SecondMarket);
 *   - the parties of a deal: a Latin name that buys, sells or subscribes (Permanent Master拟向…收购,
 *     Acme Holdings将出售) or that a buyer turns to (拟向Favorable Profit收购).
 * Part of the entity rules (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_utf8.h"

/* The end of the Latin name that starts at pos (capitalised words or digits; a word may hold
 * & - . ’ between letters: Car.Software, Children’s; a lower-case firm word after a space: LPL
 * financial; a word like eBay: lower-case letters and then a capital), or pos. */
static int32_t latin_name_after(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t e = pos;
    for (int words = 0; words < 6; words++) {
        int32_t q = e;
        while (q < art->ncp && cp[q] >= 'a' && cp[q] <= 'z')
            q++;
        bool inner_cap = q > e && q - e <= 3 && q < art->ncp && gx_is_upper(cp[q]);
        int32_t w = e;
        while (w < art->ncp && (gx_is_alnum(cp[w]) || ((cp[w] == '&' || cp[w] == '-' || cp[w] == '.' || cp[w] == 0x2019) &&
                                                       w > e && w + 1 < art->ncp && gx_is_alnum(cp[w + 1]))))
            w++;
        bool ok = w > e && (gx_is_upper(cp[e]) || gx_is_digit(cp[e]) || inner_cap ||
                            (words > 0 && gx_latin_firm_word(art, (gx_span){e, w})));
        if (!ok)
            break;
        e = w;
        if (e + 1 >= art->ncp || cp[e] != ' ' || !(gx_is_upper(cp[e + 1]) || gx_is_alnum(cp[e + 1])))
            break;
        /* a next word: capitalised, or a lower-case firm word (or & and a capitalised word: Kobre & Kim) */
        if (e + 3 < art->ncp && cp[e + 1] == '&' && cp[e + 2] == ' ' && gx_is_upper(cp[e + 3])) {
            e += 3;
            continue;
        }
        int32_t n = e + 1, ne = n;
        while (ne < art->ncp && gx_is_alnum(cp[ne]))
            ne++;
        if (!gx_is_upper(cp[n]) && !gx_latin_firm_word(art, (gx_span){n, ne}))
            break;
        e++;
    }
    if (e > pos && (e < art->ncp && gx_is_alnum(cp[e])))
        return pos;
    return e;
}

/* Whether the Latin name s may be a firm's: three letters or more, no term of the lexicon (ETF,
 * IPO, GDP, APP: not_entity), no title (CEO), no person the tagger or a rule is sure of. */
static bool firm_shaped(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    int letters = 0;
    for (int32_t k = s.start; k < s.end; k++)
        letters += gx_is_alnum(art->cp[k]) && !gx_is_digit(art->cp[k]);
    if (letters < 3 || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, art->cp + s.start, s.end - s.start) ||
        gx_hit_len_starting(ix, s.start, GX_LEX_POSITION) >= s.end - s.start)
        return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_PERSON && c->span.start <= s.start && c->span.end >= s.end &&
            (c->source != GX_SRC_TAGGER || c->score >= 0.5f))
            return false;
    }
    return true;
}

/* Whether the article names the text at s as a company elsewhere: a gazetteer or rule candidate
 * (score 0.6 or more) of the same text. */
static bool named_company(const gx_article *art, gx_span s)
{
    int32_t n = s.end - s.start;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_COMPANY || c->source == GX_SRC_TAGGER || c->score < 0.6f || c->span.end - c->span.start != n)
            continue;
        int32_t q = 0;
        while (q < n && art->cp[c->span.start + q] == art->cp[s.start + q])
            q++;
        if (q == n)
            return true;
    }
    return false;
}

/* Adds a company candidate for the Latin name s unless one of an organization's type has that span. */
static void add_latin_company(gx_article *art, gx_span s, float score)
{
    if (gx_er_cand_with_span(art, s, GX_ORGLIKE) < 0)
        gx_add_candidate(art, s, GX_ENT_COMPANY, GX_SRC_RULE, score, NULL, -1);
}

bool gx_er_latin_bracket_place(const gx_article *art, int32_t from, int32_t to)
{
    /* capitalised words of letters only (BVI, Hong Kong, Cayman, Asia Pacific) */
    if (to - from < 2 || to - from > 12 || !gx_is_upper(art->cp[from]))
        return false;
    for (int32_t k = from; k < to; k++) {
        uint32_t c = art->cp[k];
        if (!(gx_is_upper(c) || (c >= 'a' && c <= 'z') || (c == ' ' && k + 1 < to && gx_is_upper(art->cp[k + 1]))))
            return false;
    }
    return true;
}

/* Whether the Latin name s is more than a short acronym: a lower-case letter, a space, or four
 * letters or more (CTB、ECT、SKU in a list of tokens are no firms). */
static bool beyond_acronym(const gx_article *art, gx_span s)
{
    int letters = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        uint32_t c = art->cp[k];
        if ((c >= 'a' && c <= 'z') || c == ' ')
            return true;
        letters += gx_is_upper(c);
    }
    return letters >= 4;
}

static void deal_party_at(const gx_hit_index *ix, gx_article *art, gx_span n)
{
    const char32_t *const *const MODAL = gx_lexicon_words(ix->lex, GX_WL_DEAL_MODAL);
    const char32_t *const *const DEAL = gx_lexicon_words(ix->lex, GX_WL_LATIN_DEAL);
    static const char32_t *const BUY[] = {U"收购", U"购买", U"购入", NULL};
    const uint32_t *cp = art->cp;
    int32_t i = n.start, e = n.end;
    if (i == 0 || !gx_is_upper(cp[i]) || !gx_is_cjk(cp[i - 1]) || e >= art->ncp || !gx_is_cjk(cp[e]))
        return;
    /* (the first characters of the words above: most names stop here) */
    static const char32_t FIRST[] = U"拟将已宣计同收出增减入并购向";
    bool first = cp[i - 1] == 0x5411 /* 向 */;
    for (const char32_t *f = FIRST; *f && !first; f++)
        first = cp[e] == (uint32_t)*f;
    if (!first)
        return;
    bool party = false;
    if (cp[i - 1] == 0x5411 /* 向 */)
        party = gx_word_at(art, e, BUY) > 0;
    else {
        int32_t v = e;
        for (int m = 0; m < 2; m++)
            v += gx_word_at(art, v, MODAL);
        party = gx_word_at(art, v, DEAL) > 0;
        /* (拟向 Y 收购: the buyer before 向) */
        if (!party && v < art->ncp && cp[v] == 0x5411 /* 向 */)
            for (int32_t q = v + 1; q < art->ncp && q - v <= 40 && !party && cp[q] != 0x3002 && cp[q] != ','; q++)
                party = gx_word_at(art, q, BUY) > 0;
    }
    if (party && firm_shaped(ix, art, n))
        add_latin_company(art, n, 0.7f);
}

/* Whether c opens or closes a joining word of a list (和 与 及 以及 、). */
static inline bool joins(uint32_t c)
{
    return c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */ || c == 0x4EE5 /* 以 */ || c == 0x3001 /* 、 */;
}

/* Whether a company written in Chinese that the gazetteer, a code or a rule names (score 0.6 or
 * more) ends (ends_here) or starts at pos. */
static bool known_chinese_company(const gx_article *art, int32_t pos, bool ends_here)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_COMPANY || c->source == GX_SRC_TAGGER || c->score < 0.6f ||
            (ends_here ? c->span.end : c->span.start) != pos || !gx_is_cjk(art->cp[ends_here ? pos - 1 : pos]))
            continue;
        return true;
    }
    return false;
}

/* Swiggy 和 Zomato: a Latin name joined by 和/与/及/、/以及 (spaces allowed around it) to a Latin
 * name the article names as a company, either side, or to a known company written in Chinese (苹果、
 * Fitbit和三星); more than a short acronym (beyond_acronym). */
static void latin_peer_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const char32_t *const *const JOIN = gx_lexicon_words(ix->lex, GX_WL_PEER_JOIN);
    const uint32_t *cp = art->cp;
    tr->l[TR_LATIN].k = 0; /* (gx_er_latin_context_names walked the list before) */
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_LATIN], i, art->ncp)) < art->ncp; i++) {
        if (!(gx_is_upper(cp[i]) || gx_is_digit(cp[i])) || (i > 0 && (gx_is_alnum(cp[i - 1]) || cp[i - 1] == '.')))
            continue;
        /* (no word that goes on a name: Jamplan (BVI) |Limited) */
        if (i >= 2 && cp[i - 1] == ' ' && (gx_is_alnum(cp[i - 2]) || cp[i - 2] == ')' || cp[i - 2] == '.' || cp[i - 2] == ','))
            continue;
        /* (a number, 2018年: most triggers are digits; 52TOYS, 9Yards read on) */
        if (gx_is_digit(cp[i])) {
            int32_t r = i;
            while (r < art->ncp && gx_is_digit(cp[r]))
                r++;
            if (r >= art->ncp || !gx_is_alnum(cp[r])) {
                i = r;
                continue;
            }
        }
        int32_t e = latin_name_after(art, i);
        if (e == i)
            continue;
        gx_span a = {i, e};
        /* 巨头 Swiggy: a company noun (cues.tsv list_noun), one space, the name (the noun glued to
         * the name is gx_er_latin_context_names()'s) */
        if (i >= 2 && cp[i - 1] == ' ' && gx_is_cjk(cp[i - 2]) && gx_hit_len_ending(ix, i - 1, GX_LEX_LIST_NOUN) > 0 &&
            firm_shaped(ix, art, a))
            add_latin_company(art, a, 0.65f);
        deal_party_at(ix, art, a);
        bool letter = false; /* (a number, 2018年, is none: most triggers are digits) */
        for (int32_t k = i; k < e && !letter; k++)
            letter = gx_is_alnum(cp[k]) && !gx_is_digit(cp[k]);
        /* a joining word after the name or before it, spaces allowed around it */
        int32_t p = e;
        while (p < art->ncp && cp[p] == ' ')
            p++;
        int32_t j = letter && p < art->ncp && joins(cp[p]) ? gx_word_at(art, p, JOIN) : 0;
        int32_t b0 = i;
        while (b0 > 0 && cp[b0 - 1] == ' ')
            b0--;
        int32_t jb = letter && b0 > 0 && joins(cp[b0 - 1]) ? gx_word_ending(cp, 0, b0, JOIN) : 0;
        /* a Latin name glued to a company's name is its product (华为P30Pro、京东购物卡) */
        if ((j == 0 && jb == 0) || (gx_is_cjk(cp[i - (i > 0)]) && gx_er_cand_ending_at(art, i, GX_ORGLIKE) >= 0)) {
            i = e - 1;
            continue;
        }
        /* the next name */
        if (j > 0) {
            int32_t q = p + j;
            while (q < art->ncp && cp[q] == ' ')
                q++;
            int32_t f = latin_name_after(art, q);
            gx_span b = {q, f};
            if (f > q) {
                bool ka = named_company(art, a), kb = named_company(art, b);
                if (ka && !kb && firm_shaped(ix, art, b) && beyond_acronym(art, b))
                    add_latin_company(art, b, 0.65f);
                else if (kb && !ka && firm_shaped(ix, art, a) && beyond_acronym(art, a))
                    add_latin_company(art, a, 0.65f);
            } else if (known_chinese_company(art, q, false) && firm_shaped(ix, art, a) && beyond_acronym(art, a))
                add_latin_company(art, a, 0.65f); /* Fitbit和苹果 */
        }
        /* 苹果、Fitbit: a known company written in Chinese before the joining word */
        if (jb > 0) {
            int32_t q = b0 - jb;
            while (q > 0 && cp[q - 1] == ' ')
                q--;
            if (known_chinese_company(art, q, true) && firm_shaped(ix, art, a) && beyond_acronym(art, a))
                add_latin_company(art, a, 0.65f);
        }
        i = e - 1; /* (the loop's i++: the next trigger after the name) */
    }
}

/* SecondMarket: the tagger's person readings of a CamelCase word become company readings where a
 * rule reads one of its mentions as a company (纳斯达克收购了SecondMarket) and none of the readings
 * has a title right before it (a glued person's name: 分析师SimonLack). */
static void camel_company_everywhere(const gx_hit_index *ix, gx_article *art)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_COMPANY || c->source != GX_SRC_RULE || c->score < 0.6f || !gx_er_camel_word(art, c->span, 6))
            continue;
        int32_t n = c->span.end - c->span.start;
        bool titled = false;
        for (int pass = 0; pass < 2; pass++)
            for (int q = 0; q < art->candidates.n; q++) {
                gx_candidate *o = &art->candidates.v[q];
                if (o->type != GX_ENT_PERSON || o->source != GX_SRC_TAGGER || o->span.end - o->span.start != n)
                    continue;
                int32_t m = 0;
                while (m < n && art->cp[o->span.start + m] == art->cp[c->span.start + m])
                    m++;
                if (m < n)
                    continue;
                if (pass == 0)
                    titled |= gx_hit_len_ending(ix, o->span.start, GX_LEX_POSITION) > 0;
                else if (!titled)
                    o->type = GX_ENT_COMPANY;
            }
    }
}

/* Permanent Master拟向Favorable Profit收购…: a Latin name before a verb of a deal in shares or
 * firms (收购 出售 增持 减持 入股 并购, after 拟/将/已/宣布 or at once), or after 向 with 收购/购买
 * after it (the seller a buyer turns to), is a party, a company. */
void gx_er_latin_neighbour_rules(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    latin_peer_rule(ix, art, tr); /* (and the deal parties, name by name: deal_party_at) */
    camel_company_everywhere(ix, art);
}
