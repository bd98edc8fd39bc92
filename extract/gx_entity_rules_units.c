/* gx_entity_rules_units.c — a known company's unit in a country: 诺华爱尔兰, 瑞银美洲 (eleventh
 * session, helper "comp12"). A company the gazetteer knows (no ordinary word), a country (no
 * Chinese region) right after it and a clear right edge (punctuation, 的, a stop word, a verb of supply)
 * name the company's local unit, a company of its own; the parent keeps its other mentions. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"

/* Is the region of r code points at w a Chinese one (a province, a city, 香港)? Those the
 * lexicon composes with a regulator's bureau (天津证监局, 香港证监局) are; a Chinese region after
 * a company is where it works (星展银行|香港 in CLUENER's reading), a country its unit. */
static bool chinese_region(const gx_hit_index *ix, const uint32_t *w, int r)
{
    uint32_t buf[16];
    if (r > 12)
        return false;
    memcpy(buf, w, sizeof(uint32_t) * (size_t)r);
    buf[r] = 0x8BC1;     /* 证 */
    buf[r + 1] = 0x76D1; /* 监 */
    buf[r + 2] = 0x5C40; /* 局 */
    return gx_lexicon_is(ix->lex, GX_LEX_GOVERNMENT, buf, r + 3);
}

void gx_er_country_unit_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_COUNTRY_UNIT_VERB);
    const uint32_t *cp = art->cp;
    int n = art->candidates.n;
    for (int k = 0; k < n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_COMPANY || c->lex_id < 0 ||
            c->span.end - c->span.start < 2)
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, c->lex_id);
        if (!e || (e->flags & GX_LEXF_WEAK) || !gx_is_cjk(cp[c->span.end - 1]))
            continue;
        int r = gx_hit_len_starting(ix, c->span.end, GX_LEX_REGION);
        int32_t end = c->span.end + r;
        if (r < 2 || (end < art->ncp && cp[end] == 0x5E02 /* 市 */) || chinese_region(ix, cp + c->span.end, r))
            continue;
        bool edge = end == art->ncp || (!gx_is_cjk(cp[end]) && !gx_is_alnum(cp[end])) ||
                    gx_hit_len_starting(ix, end, GX_LEX_LEFT_STOP) > 0 || gx_word_at(art, end, VERBS) > 0;
        /* (a company word after it makes it the parent's word: 苹果|美国|公司; a conjunction
         * joins the region to another: 花旗|美国和加拿大的经济学家) */
        if (!edge || gx_hit_len_starting(ix, end, GX_LEX_COMPANY_SUFFIX) > 0 ||
            (end < art->ncp && (cp[end] == 0x548C /* 和 */ || cp[end] == 0x4E0E /* 与 */ || cp[end] == 0x53CA /* 及 */ ||
                                cp[end] == 0x3001 /* 、 */)))
            continue;
        gx_span u = {c->span.start, end};
        /* (the tagger's reading of the same span as some organization is no reason to stop) */
        bool have = false;
        for (int q = 0; q < art->candidates.n && !have; q++) {
            const gx_candidate *o = &art->candidates.v[q];
            have = o->span.start == u.start && o->span.end == u.end && o->source != GX_SRC_TAGGER;
        }
        if (!have)
            gx_add_candidate(art, u, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}
