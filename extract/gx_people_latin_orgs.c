/* gx_people_latin_orgs.c — the firm of a titled person named in Latin letters where something
 * stands between the name and the title (thirteenth session, latin13): a desk, a scope or a post
 * (deVere Group国际|投资策略师, Interactive Investor股市策略部门|主管, OANDA亚太|交易主管,
 * RDQ Economics驻纽约|首席分析师), a space before a title (LPL financial |首席投资策略师), or a Latin
 * title inside Chinese text (经纪公司Verdence Capital Advisors CEO Leo Kelly, eBay的CEO梅格·惠特曼). The holder must be
 * named after the title: the structure [firm][desk][title][person] is what shows a firm; the
 * name right before a title with nothing between is gx_pp_latin_org_before_title()'s
 * (gx_people_titles.c). Part of gx_people (gx_people_impl.h). */
#include "gx_people_impl.h"

/* Whether cp[k] may stand inside a Latin word of a firm's name (letters, digits, & . ' -). */
static bool name_char(uint32_t c)
{
    return gx_is_alnum(c) || c == '&' || c == '.' || c == '-' || c == '\'' || c == 0x2019 /* ’ */;
}

/* The start of the Latin firm name that ends at end (capitalised words, a lower-case firm word
 * after the first — LPL financial —, a word written like deVere or eBay: lower-case letters and
 * then a capital), at most five words; end when there is none. *words and *caps_only get the
 * number of words and whether every letter is a capital; *letters the count of letters. */
static int32_t latin_firm_before(const gx_article *art, int32_t end, int *words, bool *caps_only, int *letters)
{
    const uint32_t *cp = art->cp;
    int32_t s = end;
    *words = 0;
    *caps_only = true;
    *letters = 0;
    while (*words < 5) {
        int32_t j = s;
        while (j > 0 && name_char(cp[j - 1]))
            j--;
        while (j < s && !gx_is_alnum(cp[j])) /* (a bracket's or a quote's mark is none of the name) */
            j++;
        if (j == s)
            break;
        bool upper = gx_is_upper(cp[j]);
        /* deVere, eBay, iShares: lower-case letters, then a capital */
        int32_t q = j;
        while (q < s && cp[q] >= 'a' && cp[q] <= 'z')
            q++;
        bool inner_cap = q > j && q < s && q - j <= 3 && gx_is_upper(cp[q]);
        /* a lower-case firm word after the first word (LPL financial, IG group) */
        bool lower_firm = !upper && *words == 0 && gx_latin_firm_word(art, (gx_span){j, s}) && j >= 2 && cp[j - 1] == ' ';
        if (!upper && !inner_cap && !lower_firm && !gx_is_digit(cp[j]))
            break;
        for (int32_t k = j; k < s; k++) {
            *caps_only &= !(cp[k] >= 'a' && cp[k] <= 'z');
            *letters += gx_is_alnum(cp[k]) && !gx_is_digit(cp[k]);
        }
        (*words)++;
        s = j;
        if (s < 2 || cp[s - 1] != ' ' || !name_char(cp[s - 2]))
            break;
        s--; /* the space between two words */
    }
    if (s < end && cp[s] == ' ')
        s++;
    /* the name is a whole: no letter glued before it */
    if (s == end || (s > 0 && gx_is_alnum(cp[s - 1])) || *letters == 0)
        return end;
    return s;
}

/* Where the gap between a firm's name and the title at `title` starts, walking left over what
 * may stand there: spaces, a desk or a region word (cues.tsv dept_prefix: 亚太, 策略, 部门; country),
 * a business or research word (generic_body: 国际, 研究), 驻 + a place, 的 right after the name (a
 * space allowed before 的: H&R Block, Inc. 的). At most four steps and ten characters. */
static int32_t gap_start(const gx_hit_index *ix, const gx_article *art, int32_t title)
{
    const uint32_t *cp = art->cp;
    int32_t g = title;
    for (int step = 0; step < 4 && g > 0 && title - g < 10; step++) {
        while (g > 0 && cp[g - 1] == ' ')
            g--;
        if (g == 0 || !gx_is_cjk(cp[g - 1]))
            break;
        int d = gx_hit_len_ending(ix, g, GX_LEX_DEPT_PREFIX);
        int r = gx_hit_len_ending(ix, g, GX_LEX_REGION);
        if (r > d)
            d = r;
        for (int k = 2; d == 0 && k <= 3 && g - k >= 0; k++)
            if (gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + g - k, k))
                d = k;
        /* 驻纽约: stationed in a place (a location the tagger or the lexicon reads; the candidates
         * are read only where 驻 stands near) */
        bool stationed = false;
        for (int32_t q = g - 2; q >= 0 && q >= g - 6 && !stationed; q--)
            stationed = cp[q] == 0x9A7B /* 驻 */;
        if (d == 0 && stationed) {
            int loc = gx_pp_cand_ending_at(art, g, 1 << GX_ENT_LOCATION);
            int32_t ls = loc >= 0 ? art->candidates.v[loc].span.start : g;
            if (loc >= 0 && ls > 0 && cp[ls - 1] == 0x9A7B /* 驻 */)
                d = g - ls + 1;
        }
        if (d == 0)
            break;
        g -= d;
    }
    while (g > 0 && cp[g - 1] == ' ')
        g--;
    /* (H&R Block, Inc. 的首席执行官: a space may stand before 的) */
    int32_t de = g > 0 && cp[g - 1] == 0x7684 /* 的 */ ? g - 1 : g;
    while (de < g && de > 0 && cp[de - 1] == ' ')
        de--;
    if (de < g && de > 0 && (gx_is_alnum(cp[de - 1]) || cp[de - 1] == '.'))
        g = de;
    return g;
}

/* Whether the Latin name [s, end) stands in Chinese text: a Chinese character right before it,
 * or punctuation and then one (…消息,Uber CEO). */
static bool in_chinese_text(const gx_article *art, int32_t s)
{
    const uint32_t *cp = art->cp;
    if (s == 0)
        return false;
    uint32_t b = cp[s - 1];
    if (gx_is_cjk(b))
        return true;
    return (b == ',' || b == ':' || b == 0x3002 /* 。 */ || b == 0x3001 /* 、 */ || b == 0x201C /* “ */ || b == '\n') &&
           s >= 2 && gx_is_cjk(cp[s - 2]);
}

int gx_pp_latin_org_past_desk(const gx_hit_index *ix, gx_article *art, gx_span title, bool latin_title, int org)
{
    const uint32_t *cp = art->cp;
    /* (most titles have no Latin letter within reach before them: leave at once) */
    bool letter = false;
    for (int32_t q = title.start - 1; q >= 0 && q >= title.start - 14 && !letter; q--)
        letter = gx_is_alnum(cp[q]) && !gx_is_digit(cp[q]);
    if (!letter)
        return -1;
    int32_t g;
    if (latin_title) {
        /* a Latin title (CEO) after a space or 的, the firm before it: Verdence Capital Advisors CEO,
         * eBay的CEO */
        if (title.start < 2 || (cp[title.start - 1] != ' ' && cp[title.start - 1] != 0x7684 /* 的 */) ||
            !gx_is_alnum(cp[title.start - 2]) || org >= 0)
            return -1;
        g = title.start - 1;
    } else {
        g = gap_start(ix, art, title.start);
        /* nothing between: the name right before the title is gx_pp_latin_org_before_title()'s */
        if (g == title.start || (org >= 0 && art->candidates.v[org].span.start < g))
            return -1;
    }
    if (g < 2 || !(gx_is_alnum(cp[g - 1]) || (cp[g - 1] == '.' && gx_is_alnum(cp[g - 2]))))
        return -1;
    int words = 0, letters = 0;
    bool caps_only = true;
    int32_t s = latin_firm_before(art, g, &words, &caps_only, &letters);
    /* (a Chinese desk and title show Chinese text; a Latin title needs Chinese text around it) */
    if (s == g || (latin_title && !in_chinese_text(art, s)))
        return -1;
    /* a word of two letters (AI, PE) or a term (ETF, IPO, GDP: not_entity) is no firm */
    if (letters < 3 || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + s, g - s))
        return -1;
    /* a person's name (Tom Elliot) read there is no firm */
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_PERSON && c->span.start <= s && c->span.end >= g && c->score >= 0.5f)
            return -1;
    }
    gx_span name = {s, g};
    int prev = gx_pp_cand_ending_at(art, g, GX_ORGLIKE);
    if (prev >= 0 && art->candidates.v[prev].span.start <= s)
        return prev;
    /* a firm word or a legal form alone (Inc. of H&R Block, Inc.) is no name of its own */
    int32_t fe = g > s && cp[g - 1] == '.' ? g - 1 : g;
    if (words == 1 && gx_latin_firm_word(art, (gx_span){s, fe}))
        return -1;
    return gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
}
