/* gx_entity_rules_kind_name.c — a firm named right after its kind of business (twentieth
 * session, comp35): 上海P2P平台领投鸟在其官网…, 个人投资理财公司程旺金融:, 国内大型金融信息咨询服务公司
 * 北京捷越联合提醒. Web finance texts introduce an unlisted platform or firm this way, glued to the
 * words after it; the kinds are cues.tsv business_kind. The name's right edge is where the
 * article's other writings of it part from this one: the longest run (two to eight characters)
 * after the kind that the article writes again followed by something else (领投鸟在 here,
 * 领投鸟平台 and ，领投鸟为 elsewhere), so a name written once gets nothing. Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"

enum { KIND_NAME_MAX = 8 }; /* the longest name read after the kind (gx_er_plausible_name's bound) */

/* Whether the article writes n's text at another place than n.start, followed there by another
 * character than at n.end (or by nothing). */
static bool written_apart(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    uint32_t next = n.end < art->ncp ? art->cp[n.end] : 0;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at == n.start || at + len > art->ncp ||
            memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            continue;
        if ((at + len < art->ncp ? art->cp[at + len] : 0) != next)
            return true;
    }
    return false;
}

/* Whether the article writes n's text at another place right after punctuation or at its start. */
static bool clear_elsewhere(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at != n.start && at + len <= art->ncp && !memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len) &&
            (at == 0 || (!gx_is_cjk(art->cp[at - 1]) && !gx_is_alnum(art->cp[at - 1]))))
            return true;
    }
    return false;
}

/* Whether the article writes n's text at another place followed by something only firms have
 * (cues.tsv company_attr: 平台, 官网, 旗下, APP). */
static bool attribute_elsewhere(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at != n.start && at + len <= art->ncp && !memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len) &&
            gx_hit_len_starting(ix, at + len, GX_LEX_COMPANY_ATTR) > 0)
            return true;
    }
    return false;
}

/* Whether a candidate other than the tagger's and a position starts at s (a known entity, a name
 * another rule read). */
static bool known_at(const gx_article *art, int32_t s)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == s && c->source != GX_SRC_TAGGER && c->type != GX_ENT_POSITION && c->type != GX_ENT_LOCATION &&
            c->type != GX_ENT_PERSON)
            return true;
    }
    return false;
}

void gx_er_kind_before_name_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_BUSINESS_KIND); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_BUSINESS_KIND)
            continue;
        int32_t s = h->end;
        /* a Chinese name glued to the kind; what a stop word, a title or a known entity opens is
         * no unknown name (理财平台的, 科技公司董事长) */
        int stop = gx_hit_len_starting(ix, s, GX_LEX_LEFT_STOP);
        if (s + 2 > art->ncp || !gx_is_cjk(cp[s]) || stop == 1 || gx_hit_len_starting(ix, s, GX_LEX_POSITION) > 0 ||
            known_at(art, s))
            continue;
        gx_span best = {s, s};
        for (int32_t l = 2; l <= KIND_NAME_MAX && s + l <= art->ncp; l++) {
            uint32_t c = cp[s + l - 1];
            if (!gx_is_cjk(c) && !gx_is_alnum(c))
                break;
            gx_span n = {s, s + l};
            if (written_apart(ix, art, n))
                best = n;
        }
        if (best.end - best.start < 2 || !gx_er_plausible_name(ix, art, best) || gx_er_ends_in_copula(ix, art, best) ||
            gx_er_cand_with_span(art, best, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_GOVERNMENT)) >= 0)
            continue;
        /* the name stands alone somewhere: punctuation right after it here (理财公司程旺金融:), or
         * elsewhere at a clear left edge (，领投鸟为…) or before something only firms have (领投鸟平台);
         * a run after the kind that the article only writes glued (网贷平台|逾期事件|数不胜数,
         * 理财公司|陷入|危机) is a phrase. A name that opens with a verb (领投|鸟) needs more than its
         * verb and the clear edge. */
        bool clear = clear_elsewhere(ix, art, best);
        if (stop > 0 ? best.end - best.start <= stop || !clear
                     : !clear && !(best.end < art->ncp && !gx_is_cjk(cp[best.end]) && !gx_is_alnum(cp[best.end])) &&
                           !attribute_elsewhere(ix, art, best))
            continue;
        /* two characters are few for resolution to keep on a rule's word alone (it asks the
         * tagger to read them too); written once more at a clear edge and once more before
         * something only firms have (P2P平台善贷对外…, ，善贷平台不再…) they are a name (twenty-first
         * session, comp40) */
        float score = best.end - best.start == 2 && clear && attribute_elsewhere(ix, art, best) ? 0.7f : 0.65f;
        gx_add_candidate(art, best, GX_ENT_COMPANY, GX_SRC_RULE, score, NULL, -1);
    }
}
