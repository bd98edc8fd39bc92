/* gx_entity_rules_known_head.c — a legal name whose head is a known company's name that starts
 * before the name the look-back found (曾任上投|摩根基金管理有限公司: the suffix rule stops at the
 * known name 摩根, but 上投摩根基金 is a known name that holds it): the legal name reaches back to the
 * known name's start (上投摩根基金管理有限公司). Part of the entity rules (gx_entity_rules_impl.h);
 * eighteenth session, helper "comp28". Resolution reads the longer name against the two it crosses
 * and joins it to the known company when the article names that one too (merge_full_names). */
#include <string.h>

#include "gx_entity_rules_impl.h"

/* Does candidate c end in a legal form (…公司), six characters or more? */
static bool legal_name(const gx_article *art, const gx_candidate *c)
{
    int32_t len = c->span.end - c->span.start;
    return c->type == GX_ENT_COMPANY && (c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && len >= 6 &&
           art->cp[c->span.end - 2] == 0x516C /* 公 */ && art->cp[c->span.end - 1] == 0x53F8 /* 司 */;
}

void gx_er_known_head_rule(const gx_hit_index *ix, gx_article *art)
{
    int n = art->candidates.n;
    for (int k = 0; k < n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (!legal_name(art, c))
            continue;
        gx_span s = c->span;
        for (int32_t p = s.start - 1; p >= 0 && p >= s.start - 6; p--) {
            if (!gx_is_cjk(art->cp[p]))
                break;
            int len = gx_hit_len_starting(ix, p, GX_LEX_COMPANY);
            /* (the known name crosses the start and ends before the legal form) */
            if (len <= 0 || p + len <= s.start || p + len >= s.end - 4)
                continue;
            int32_t id = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, art->cp + p, len);
            const gx_lex_entry *e = id >= 0 ? gx_lexicon_entry(ix->lex, id) : NULL;
            if (!e || (e->flags & GX_LEXF_WEAK))
                continue;
            /* (a longer reading holds the whole: 烟台富|耐克|散热器有限公司 is no 耐克's) */
            bool held = false;
            for (int d = 0; d < n && !held; d++) {
                const gx_candidate *o = &art->candidates.v[d];
                held = o->type == GX_ENT_COMPANY && o->span.start < p && o->span.end >= s.end;
            }
            if (held)
                break;
            /* (surer than the cut name: the known name and the legal form both vouch for it) */
            int t = gx_add_candidate(art, (gx_span){p, s.end}, GX_ENT_COMPANY, GX_SRC_RULE, 0.95f, NULL, -1);
            /* the known company's legal name (众安在线|财产保险股份有限公司), unless an A share's
             * name is followed by a limited company's form, which no A-share issuer has: a parent or
             * a subsidiary, as gx_resolve_entities.c reads it) */
            const gx_lex_thing *th = e->thing >= 0 ? gx_lexicon_thing(ix->lex, e->thing) : NULL;
            bool a_share = th && gx_ticker_mainland(&th->ticker);
            static const uint32_t SHARE_FORM[] = {0x80A1, 0x4EFD, 0x6709, 0x9650, 0x516C, 0x53F8}; /* 股份有限公司 */
            bool joint = s.end - p >= 8 && !memcmp(art->cp + s.end - 6, SHARE_FORM, sizeof SHARE_FORM);
            if (t >= 0 && (!a_share || joint))
                art->candidates.v[t].lex_id = id;
            break;
        }
    }
}
