/* gx_entity_rules_dash.c — a business named after its kind and a dash (twenty-seventh session,
 * comp71): 社交电商平台——脉宝云店可谓是风生云起, 国内首家期配服务平台——香港鑫泓，为国内…,
 * 理财平台--小盈牛, 特产电商平台——点购商城, 这样一个平台——【云吞金科】. Promotional web posts
 * introduce the platform they sell by what it is (a kind of business: cues.tsv called_kind, 平台,
 * 商城, APP, 公司 …), a dash (——, —, or two hyphens or more), then its name, glued to the next
 * words as often as not. A year after the dash opens a title (公司——2019年非公开发行…): the name
 * opens with a letter or a character. The name is the run after the dash (and an opening bracket)
 * of letters and Chinese characters up to punctuation or 的: the whole run when it ends there and
 * is DASH_NAME_MAX long at most, else its longest start the article writes again elsewhere
 * (脉宝云店|可谓是). Either way the article writes the name at least twice (a name said once after
 * a dash is as often a slogan: 平台——品牌价值为…). The name is plausible (gx_er_plausible_name), no
 * ordinary word of the tagger's lexicon nor two of them glued (品牌|价值为…, 集团——主题|酒店), not
 * ending in 交易 (a product: 交易平台—招银汇金智能交易APP), no kind of business; a run closed by 的
 * and a kind soon after describes the thing (平台——专注股权咨询的参股孵化平台); no person, body or
 * company is read with its span, nor a place but by the tagger alone (it reads …云店 as a place:
 * 脉宝云店). A company at 0.65. Part of the entity rules (gx_entity_rules_impl.h). */
#include "gx_entity_rules_impl.h"
#include "gx_normalize.h"
#include "gx_tagger.h"

enum {
    DASH_NAME_MIN = 2,
    DASH_NAME_MAX = 8,
    DASH_RUN_MAX = 14, /* letters and characters read after the dash */
    DASH_KIND_MAX = 4, /* the kind word's length before the dash (APP, 平台, 商城) */
    DASH_KIND_GAP = 6, /* 的 + at most this many characters to a kind: a description (的参股孵化平台) */
};

/* An activity ending a run after the dash names a product or a service (招银汇金智能交易APP) */
static const char32_t *const TRADING[] = {U"交易", NULL};

/* The length of the dash starting at p (——, —, --, ---…), or 0. */
static int32_t dash_at(const gx_article *art, int32_t p)
{
    const uint32_t *cp = art->cp;
    int32_t e = p;
    if (cp[p] == 0x2014) {
        while (e < art->ncp && cp[e] == 0x2014)
            e++;
        return e - p;
    }
    while (e < art->ncp && cp[e] == '-')
        e++;
    return e - p >= 2 ? e - p : 0;
}

/* Whether a kind of business (cues.tsv called_kind) ends right before p. */
static bool kind_before(const gx_lexicon *lex, const gx_article *art, int32_t p)
{
    for (int32_t q = p - 1; q >= 0 && p - q <= DASH_KIND_MAX; q--)
        if (gx_lex_word_at(lex, GX_LEX_CALLED_KIND, art, q) == p - q)
            return true;
    return false;
}

static bool opening_bracket(uint32_t c)
{
    return c == 0x3010 /* 【 */ || c == '[' || c == 0x300C /* 「 */ || c == 0x300A /* 《 */;
}

/* Whether n is two ordinary words of the tagger's lexicon glued (品牌|价值, 主题|酒店): a phrase
 * after the dash, no name. */
static bool two_words(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    for (int32_t k = n.start + 2; n.end - k >= 2; k++)
        if (gx_tagger_common_word(ix->tagger, art->cp + n.start, k - n.start) &&
            gx_tagger_common_word(ix->tagger, art->cp + k, n.end - k))
            return true;
    return false;
}

/* Whether a kind of business (cues.tsv called_kind) follows within DASH_KIND_GAP characters of 的
 * at p: the run before 的 describes the thing (平台——专注股权咨询的参股孵化平台), it names nothing. */
static bool described_after(const gx_lexicon *lex, const gx_article *art, int32_t p)
{
    for (int32_t q = p + 1; q < art->ncp && q - p <= DASH_KIND_GAP && gx_is_cjk(art->cp[q]); q++)
        if (gx_lex_word_at(lex, GX_LEX_CALLED_KIND, art, q) > 0)
            return true;
    return false;
}

void gx_er_dash_business_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* (the dashes found eight code points at a time: a per-character loop here cost 0.8% of
     * the engine on the news corpus; speed28, twenty-eighth session) */
    const int32_t last = art->ncp - DASH_NAME_MIN; /* at < last, as the loop always required */
    for (int32_t at = 2; at < last; at++) {
        at = gx_cps_find_either(cp, at, last, 0x2014, '-');
        if (at >= last)
            break;
        int32_t dl = dash_at(art, at);
        if (dl == 0)
            continue;
        int32_t dash = at;
        at += dl - 1;
        if (!kind_before(ix->lex, art, dash))
            continue;
        int32_t s = dash + dl;
        if (s < art->ncp && opening_bracket(cp[s]))
            s++;
        int32_t e = s;
        while (e < art->ncp && e - s < DASH_RUN_MAX && cp[e] != 0x7684 /* 的 */ &&
               (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
            e++;
        /* (a name opens with a letter or a character: 公司——2019年非公开发行… is a title's year) */
        if (e - s < DASH_NAME_MIN || (cp[s] >= '0' && cp[s] <= '9'))
            continue;
        bool closed = e - s <= DASH_NAME_MAX && (e >= art->ncp || cp[e] == 0x7684 ||
                                                 !(gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])));
        if (e < art->ncp && cp[e] == 0x7684 /* 的 */ && described_after(ix->lex, art, e))
            continue;
        gx_span n = {s, e};
        if (closed) {
            if (gx_er_written(ix, art, n) < 2)
                continue;
        } else {
            /* the longest start the article writes again, not cut inside a Latin word */
            n.end = -1;
            for (int32_t k = s + DASH_NAME_MAX < e ? s + DASH_NAME_MAX : e; k - s >= DASH_NAME_MIN;
                 k--) {
                if (k < art->ncp && gx_is_alnum(cp[k]) && gx_is_alnum(cp[k - 1]))
                    continue;
                if (gx_er_written(ix, art, (gx_span){s, k}) >= 2) {
                    n.end = k;
                    break;
                }
            }
            if (n.end < 0)
                continue;
        }
        if (!gx_er_plausible_name(ix, art, n) ||
            gx_tagger_common_word(ix->tagger, cp + n.start, n.end - n.start) ||
            two_words(ix, art, n) || gx_word_ending(cp, n.start, n.end, TRADING) > 0 ||
            gx_lex_word_at(ix->lex, GX_LEX_CALLED_KIND, art, n.start) > 0 ||
            gx_er_cand_with_span(art, n,
                                 (1 << GX_ENT_PERSON) | (1 << GX_ENT_GOVERNMENT) |
                                     (1 << GX_ENT_ORGANIZATION) | (1 << GX_ENT_COMPANY)) >= 0 ||
            gx_er_cand_with_span_from(art, n, 1 << GX_ENT_LOCATION, ~(1 << GX_SRC_TAGGER)) >= 0)
            continue;
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
}
