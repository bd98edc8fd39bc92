/* gx_entity_rules_subsidiary.c — a subsidiary named with 公司 right after the word for it:
 * 华锦控股集团全资子公司|华锦资管公司|100%持有, 公司控股子公司|国富瑞数据公司|的, 存续的子公司为|
 * 光学应用公司、智能装备公司. The relation word fixes the left edge and 公司 the right one, so
 * the name needs no parent read before it (the relation rule's) nor a stop word after it. Part
 * of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* The end of X公司 opening at body (X: two to six plain characters, no stop word, generic word or
 * 公司 inside), else -1. */
static int32_t named_company_at(const gx_hit_index *ix, const gx_article *art, int32_t body)
{
    const uint32_t *cp = art->cp;
    if (body >= art->ncp || gx_hit_len_starting(ix, body, GX_LEX_LEFT_STOP) > 0 ||
        gx_lexicon_char_is(ix->lex, cp[body], GX_LEX_LEFT_STOP))
        return -1;
    for (int32_t k = body + 2; k <= body + 6 && k + 1 < art->ncp; k++) {
        if (!gx_is_cjk(cp[k - 1]))
            return -1;
        if (cp[k] != 0x516C /* 公 */ || cp[k + 1] != 0x53F8 /* 司 */)
            continue;
        gx_span x = {body, k};
        /* (子公司|分公司|母公司 …: a kind of company, no name) */
        if (cp[k - 1] == 0x5B50 /* 子 */ || cp[k - 1] == 0x5206 /* 分 */ || cp[k - 1] == 0x6BCD /* 母 */ ||
            !gx_er_plausible_name(ix, art, x))
            return -1;
        return k + 2;
    }
    return -1;
}

/* A name right after the word for a subsidiary or an affiliate that the tagger or a people rule
 * read as a person (参股公司|麦克韦尔|实现净利润): the relation word shows a firm, so the same
 * span is proposed as a company too, a little surer than the person reading. Han characters
 * only, two to six of them. */
static void firm_read_as_person(gx_article *art, int32_t body)
{
    int n0 = art->candidates.n;
    for (int c = 0; c < n0; c++) {
        const gx_candidate *k = &art->candidates.v[c];
        if (k->type != GX_ENT_PERSON || k->span.start != body)
            continue;
        gx_span n = k->span;
        int32_t len = n.end - n.start;
        bool han = len >= 2 && len <= 6;
        for (int32_t q = n.start; q < n.end && han; q++)
            han = gx_is_cjk(art->cp[q]);
        if (han && gx_er_cand_with_span(art, n, GX_ORGLIKE) < 0)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, k->score + 0.1f > 0.9f ? 0.9f : k->score + 0.1f, NULL, -1);
        return;
    }
}

/* A four-character name right after the word for a subsidiary, closed by a clause edge, a list
 * mark or a space (成立子公司|炬源物联|，, 控股子公司|点甲创投| 拟, 全资子公司|上药控股|、; comp29):
 * no stop word, generic word, region or bad ending in it (子公司|经营情况，: 情况 is a bad ending;
 * 参股公司|盈利所致), named again elsewhere in the article or closed by a firm's word. */
static void four_char_unit(const gx_hit_index *ix, gx_article *art, int32_t body, bool holder)
{
    const uint32_t *cp = art->cp;
    int32_t end = body + 4;
    if (end >= art->ncp)
        return;
    uint32_t c = cp[end];
    /* (a holder's name before its stake: 控股股东|意隆磁材|的质押比例, 控股股东|中商华融|的LP) */
    if (c != 0xFF0C /* ， */ && c != ',' && c != 0x3001 /* 、 */ && c != ' ' && c != 0x3000 && !(holder && c == 0x7684 /* 的 */))
        return;
    gx_span n = {body, end};
    for (int32_t q = body; q < end; q++)
        if (!gx_is_cjk(cp[q]) || gx_lexicon_char_is(ix->lex, cp[q], GX_LEX_LEFT_STOP) ||
            (q > body && gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) > 0))
            return;
    if (!gx_er_plausible_name_ex(ix, art, n, true) || gx_hit_len_ending(ix, end, GX_LEX_BAD_ENDING) > 0 ||
        gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + body, 2) || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + body, 2) ||
        gx_hit_len_starting(ix, body, GX_LEX_REGION) > 0)
        return;
    /* and the article names it again (a headline and its story): a clause after the word for
     * a subsidiary (理财子公司|逐渐开业，) is said once */
    const uint32_t pair[2] = {cp[body], cp[body + 1]};
    bool again = false;
    for (int32_t i1 = gx_text_ix_first(&ix->text, pair); i1 > 0 && !again; i1 = ix->text.next[i1 - 1]) {
        int32_t p = i1 - 1;
        again = p != body && p + 4 <= art->ncp && !memcmp(cp + p, cp + body, 4 * sizeof cp[0]);
    }
    /* (once is enough when a firm's word closes it: 控股子公司|点甲创投| 拟; the suffix rule's
     * reading alone would wait for the tagger) */
    again = again || (!holder && gx_hit_len_ending(ix, end, GX_LEX_COMPANY_SUFFIX) == 2);
    int have = gx_er_cand_with_span(art, n, GX_ORGLIKE);
    if (again && (have < 0 || (!holder && art->candidates.v[have].link == GX_LINK_SUFFIX_ONLY)))
        gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
}

void gx_er_subsidiary_name_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const WORDS[] = {U"子公司", U"孙公司", U"参股公司", NULL};
    int32_t n = 0;
    const int32_t *at = gx_text_ix_words(&ix->text, art, WORDS, &n);
    const uint32_t *cp = art->cp;
    for (int32_t i = 0; i < n; i++) {
        int32_t body = at[i] + gx_word_at(art, at[i], WORDS);
        if (body < art->ncp && (cp[body] == 0x4E3A /* 为 */ || cp[body] == 0x662F /* 是 */))
            body++;
        firm_read_as_person(art, body);
        four_char_unit(ix, art, body, false);
        /* the items of a list after it too (光学应用公司、智能装备公司) */
        for (int items = 0; items < 8; items++) {
            int32_t end = named_company_at(ix, art, body);
            if (end < 0)
                break;
            gx_span name = {body, end};
            if (gx_er_cand_with_span(art, name, GX_ORGLIKE) < 0)
                gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
            if (end >= art->ncp || (cp[end] != 0x3001 /* 、 */ && cp[end] != 0x548C /* 和 */ && cp[end] != 0x53CA /* 及 */))
                break;
            body = end + 1;
        }
    }
    /* a controlling holder of four characters is a firm (a person's name has two or three) */
    static const char32_t *const HOLDERS[] = {U"控股股东", NULL};
    at = gx_text_ix_words(&ix->text, art, HOLDERS, &n);
    for (int32_t i = 0; i < n; i++) {
        /* (a preposition before the holder word puts a verb after it: 为控股股东|提供担保,
         * 向控股股东|借款) */
        static const char32_t PREP[] = U"为向对与给和";
        bool prep = false;
        for (const char32_t *q = PREP; *q && at[i] > 0; q++)
            prep = prep || cp[at[i] - 1] == (uint32_t)*q;
        if (!prep)
            four_char_unit(ix, art, at[i] + 4, true);
    }
}
