/* gx_entity_rules_firms.c — unlisted investment firms named X投资 / X资产 that the article uses
 * as a speaker or an owner (钱坤投资指出, 科德投资认为, 长金投资的投资理念, 关注七曜投资公众号).
 * 投资 and 资产 are no company suffix of their own (价值投资, 优质资产 are ordinary words), so the
 * suffix rule leaves them; a two-character name with a clear left edge followed by what only a
 * firm does (speaks, holds an investment philosophy, runs a public account) is one. Titles after
 * the name (星石投资首席策略师) are the people rules' (org_title). Eighth session, helper "cohosp".
 * Ninth session ("privfund"): the fund industry's firms in stories about fund managers (公奔私):
 * X资本 too (a suffix name the tagger may not read: the context supports it), a person after
 * 的 (星石投资的江晖, 武当资产的田荣华), a firm's verbs after it (高毅资产招揽了, X资产旗下) and a
 * founding verb before it (成立了高毅资产, 创办了X投资). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"

/* What follows a firm's name besides a speech verb (gx_source_verbs): its philosophy, its public
 * account, its own firms, its hiring. */
static const char32_t *const FIRM_NEXT[] = {U"的投资理念", U"公众号", U"旗下", U"招揽", NULL};
/* Words a firm's name may follow besides punctuation and left_stop words (本文作者系X, 关注X,
 * 成立了X, 创办了X). */
static const char32_t *const FIRM_LEFT[] = {U"系", U"关注", U"成立了", U"创办了", U"创立了", NULL};
/* What may end a person's name read after the firm and 的 (武当资产的田荣华就是…, 富果投资的谈建强与…,
 * 星石投资的江晖，); not a sentence's end (价值投资的白马股。 is a thing). */
static const char32_t PERSON_EDGE[] = U"与和就也、";

/* May c follow the last items of an enumeration (、 和 及 与 等 or a clause edge)? */
static bool list_next(uint32_t c)
{
    return c == 0x3001 || c == 0x548C || c == 0x53CA || c == 0x4E0E || c == 0x7B49 || c == 0xFF0C || c == ',' ||
           c == 0x3002;
}

/* Is a person named right after the firm's 的 at pos: a person the tagger read there, or a
 * common surname and one or two more characters up to a clause edge or a conjunction? */
static bool person_at(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos + 2 > art->ncp || !gx_is_cjk(cp[pos]))
        return false;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == pos && c->type == GX_ENT_PERSON && c->source == GX_SRC_TAGGER)
            return true;
    }
    if (!gx_lexicon_char_is(ix->lex, cp[pos], GX_LEX_COMMON_SURNAME))
        return false;
    for (int32_t e = pos + 2; e <= pos + 3 && e < art->ncp; e++) {
        if (!gx_is_cjk(cp[e - 1]))
            return false;
        if (cp[e] == 0xFF0C /* ， */ || cp[e] == ',')
            return true;
        for (const char32_t *q = PERSON_EDGE; *q; q++)
            if (cp[e] == (uint32_t)*q)
                return true;
    }
    return false;
}

/* Does a name starting at s have a clear left edge: the text's start, punctuation, a left_stop
 * word, 系, 关注 or a founding verb? */
static bool clear_left(const gx_hit_index *ix, const gx_article *art, int32_t s)
{
    const uint32_t *cp = art->cp;
    return s == 0 || (!gx_is_cjk(cp[s - 1]) && !gx_is_alnum(cp[s - 1])) || gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0 ||
           gx_word_ending(cp, 0, s, FIRM_LEFT) > 0;
}

/* Does a company candidate elsewhere in the article start with the text of n and run on (the
 * legal name 依顿投资有限公司 of 依顿投资)? */
static bool longer_name_of(const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY || c->span.end - c->span.start <= len || c->span.start == n.start)
            continue;
        if (memcmp(art->cp + c->span.start, art->cp + n.start, (size_t)len * sizeof art->cp[0]) == 0)
            return true;
    }
    return false;
}

void gx_er_investment_firm_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t heads[][2] = {{0x6295, 0x8D44} /* 投资 */, {0x8D44, 0x4EA7} /* 资产 */,
                                        {0x8D44, 0x672C} /* 资本 */, {0x4F01, 0x4E1A} /* 企业 */};
    const uint32_t *cp = art->cp;
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        for (int32_t i1 = gx_text_ix_first(&ix->text, heads[h]); i1 > 0; i1 = ix->text.next[i1 - 1]) {
            int32_t p = i1 - 1; /* the head word at [p, p + 2) */
            if (p < 2 || p + 2 >= art->ncp || cp[p] != heads[h][0] || cp[p + 1] != heads[h][1])
                continue;
            if (!gx_is_cjk(cp[p - 2]) || !gx_is_cjk(cp[p - 1]))
                continue;
            /* X企业 is a firm only as a party (民营企业认为 is a kind speaking) */
            bool party = gx_word_at(art, p + 2, gx_lexicon_words(ix->lex, GX_WL_PARTY_NEXT));
            bool shown = party || (h < 3 && (gx_word_at(art, p + 2, gx_source_verbs) || gx_word_at(art, p + 2, FIRM_NEXT) ||
                                             (cp[p + 2] == 0x7684 /* 的 */ && person_at(ix, art, p + 3))));
            if (h == 3 && !shown)
                continue;
            /* an item of an enumeration (工银投资、信达投资、中国长城; 万丰锦源、锦源投资及…): proposed
             * as a suffix name is, so resolution keeps it only when the tagger read it or a company
             * is listed with it (gx_rs_unseen_by_tagger) */
            bool listed = !shown && (cp[p + 2] == 0x3001 /* 、 */ || (p >= 3 && cp[p - 3] == 0x3001 && list_next(cp[p + 2])));
            /* ... or the source before a colon (楚风投资：煤飞色舞…), which resolution keeps only when
             * it opens a line or a sentence */
            listed = listed || (!shown && (cp[p + 2] == 0xFF1A || cp[p + 2] == ':'));
            if (!shown && !listed)
                continue;
            gx_span n = {p - 2, p + 2};
            /* a clear left edge: text start, punctuation, a stop word, 系 or 关注 */
            bool clear = clear_left(ix, art, n.start);
            /* a party's name may open with its home region (成都|工投|资产通过集中竞价) */
            int reg = party ? gx_hit_len_ending(ix, n.start, GX_LEX_REGION) : 0;
            if (reg > 0 && clear_left(ix, art, n.start - reg)) {
                n.start -= reg;
                clear = true;
            }
            if (!clear)
                continue;
            /* the body is no ordinary word (金融投资, 海外资产) nor a word that never names */
            gx_span body = {p - 2, p};
            if (gx_er_is_generic_body(ix, art, body) || gx_hit_len_starting(ix, body.start, GX_LEX_LEFT_STOP) >= 2 ||
                gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + body.start, 4))
                continue;
            /* a name already proposed stands; one the suffix rule alone proposed (万杉资本) gets
             * this context's support as a candidate of its own */
            int have = gx_er_cand_with_span(art, n, GX_ORGLIKE);
            /* a party the article also names by a longer name (股东依顿投资有限公司…依顿投资持有) is that
             * name's short form: resolution joins the two without a reading of its own */
            if (party && have < 0 && longer_name_of(art, n))
                continue;
            if (have >= 0 && art->candidates.v[have].link != GX_LINK_SUFFIX_ONLY)
                continue;
            if (listed) {
                if (have < 0)
                    gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.58f, NULL, GX_LINK_SUFFIX_ONLY);
                continue;
            }
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.55f, NULL, -1);
        }
    }
}

/* The person before a fund's management verb at v: a person candidate ending at v, else a surname
 * and one or two more characters (the shorter when the text before it ends in a firm's word:
 * 云溪基金|阳勇, not 云溪基|金阳勇). Returns the person's start, or -1. */
static int32_t manager_before(const gx_hit_index *ix, const gx_article *art, int32_t v)
{
    const char32_t *const *const FIRM_END = gx_lexicon_words(ix->lex, GX_WL_MANAGER_FIRM_END);
    const uint32_t *cp = art->cp;
    int32_t best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->span.end == v && c->span.start <= v - 2 && c->span.start >= v - 3 &&
            (best < 0 || c->span.start < best))
            best = c->span.start;
    }
    if (best >= 0)
        return best;
    if (v >= 4 && gx_word_ending(cp, 0, v - 2, FIRM_END) > 0 && gx_lexicon_char_is(ix->lex, cp[v - 2], GX_LEX_SURNAME))
        return v - 2;
    if (v >= 5 && gx_lexicon_char_is(ix->lex, cp[v - 3], GX_LEX_COMMON_SURNAME))
        return v - 3;
    return -1;
}

/* 云溪基金阳勇管理的“雨山寻牛1号”, 方圆天成郭飞武掌舵的“天成壹号”, 凌通盛泰董宝珍管理的“否极泰”: a
 * fund's manager named with the firm before him and the product after (管理的/掌舵的/执掌的/操盘的
 * and a quoted name): the words before the person, from a clear left edge, are the firm. The tagger
 * often reads the firm and the person as one company (云溪基金阳勇); the firm gets its candidate
 * and the person one of its own. Eleventh session, helper "compfn". */
void gx_er_fund_manager_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const MANAGES[] = {U"管理的", U"掌舵的", U"执掌的", U"操盘的", NULL};
    const uint32_t *cp = art->cp;
    /* where the verbs occur (the bigram index: no walk over every character), in order */
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, MANAGES, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t v = at[a];
        if (v < 4 || v + 4 >= art->ncp)
            continue;
        int32_t l = gx_word_at(art, v, MANAGES);
        /* the product follows in quotes */
        if (l == 0 || (cp[v + l] != 0x201C && cp[v + l] != '"' && cp[v + l] != 0x300C))
            continue;
        int32_t p = manager_before(ix, art, v);
        if (p < 2 || !gx_is_cjk(cp[p - 1]) || gx_hit_len_ending(ix, p, GX_LEX_POSITION) > 0)
            continue;
        /* the firm: from a clear left edge, two to eight characters, no ordinary word */
        gx_span n = {gx_name_left(ix, art, p, 8), p};
        if (n.end - n.start < 2 || n.end - n.start > 8)
            continue;
        bool cjk = true;
        for (int32_t k = n.start; k < n.end && cjk; k++)
            cjk = gx_is_cjk(cp[k]);
        if (!cjk || gx_er_is_generic_body(ix, art, n) || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + n.start, n.end - n.start) ||
            gx_lexicon_is(ix->lex, GX_LEX_REGION, cp + n.start, n.end - n.start))
            continue;
        /* a name already proposed stands; one the suffix rule alone proposed gets this support */
        int have = gx_er_cand_with_span(art, n, GX_ORGLIKE);
        if (have < 0 || art->candidates.v[have].link == GX_LINK_SUFFIX_ONLY)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
        if (gx_er_cand_with_span(art, (gx_span){p, v}, 1 << GX_ENT_PERSON) < 0)
            gx_add_candidate(art, (gx_span){p, v}, GX_ENT_PERSON, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}

/* 优波投资和美港投资的创始人, 中信证券与华泰证券: a firm joined to a company the article names, with
 * the same firm word at the end of both (投资, 资本, 基金, 证券 …), is a firm of its own. The second
 * name is two to four characters and the firm word, ending at a clause edge, 的, 等 or another
 * conjunction. Eleventh session, helper "compfn". */
/* The firm after the conjunction at `at` (the end of a mention of the company named by span k),
 * with k's firm word at its end: proposed as a company. */
static void parallel_at(const gx_hit_index *ix, gx_article *art, gx_span k, int32_t at)
{
    static const char32_t JOIN[] = U"和与及、";
    static const char32_t END[] = U"的等和与及、，。；：,.;:)（(）“”\" ";
    const uint32_t *cp = art->cp;
    bool join = false;
    for (const char32_t *q = JOIN; *q && !join; q++)
        join = cp[at] == (uint32_t)*q;
    if (!join)
        return;
    int32_t a = at + 1;
    for (int32_t e = a + 4; e <= a + 6 && e <= art->ncp; e++) {
        if (!gx_is_cjk(cp[e - 1]))
            break;
        if (cp[e - 2] != cp[k.end - 2] || cp[e - 1] != cp[k.end - 1])
            continue;
        bool edge = e == art->ncp;
        for (const char32_t *q = END; *q && !edge; q++)
            edge = cp[e] == (uint32_t)*q;
        gx_span n = {a, e}, body = {a, e - 2};
        bool cjk = true;
        for (int32_t m = a; m < e && cjk; m++)
            cjk = gx_is_cjk(cp[m]);
        if (!edge || !cjk || gx_er_is_generic_body(ix, art, body) || gx_hit_len_starting(ix, a, GX_LEX_LEFT_STOP) > 0 ||
            gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + a, e - a) || gx_lexicon_is(ix->lex, GX_LEX_REGION, cp + a, e - a - 2))
            return;
        int have = gx_er_cand_with_span(art, n, GX_ORGLIKE);
        if (have < 0 || art->candidates.v[have].link == GX_LINK_SUFFIX_ONLY)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
        return;
    }
}

void gx_er_parallel_firm_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const HEADS = gx_lexicon_words(ix->lex, GX_WL_PARALLEL_FIRM_HEAD);
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_COMPANY || c->link == GX_LINK_SUFFIX_ONLY || c->source == GX_SRC_TAGGER ||
            c->source == GX_SRC_COREF || c->span.end - c->span.start < 4)
            continue;
        if (gx_word_ending(cp, c->span.start, c->span.end, HEADS) != 2)
            continue;
        /* every place the article names it (a rule's name is proposed once; 优波投资 … 优波投资和…) */
        int32_t len = c->span.end - c->span.start;
        for (int32_t p1 = gx_text_ix_first(&ix->text, cp + c->span.start); p1 > 0; p1 = ix->text.next[p1 - 1]) {
            int32_t s0 = p1 - 1, s1 = s0 + len;
            if (s1 + 5 > art->ncp || memcmp(cp + s0, cp + c->span.start, sizeof(uint32_t) * (size_t)len))
                continue;
            parallel_at(ix, art, c->span, s1);
        }
    }
}
