/* gx_entity_rules_cashtag.c — a listed company written as a forum's stock tag: the name and
 * its A-share code between two dollar signs, the market glued before the code in lower or
 * upper case ($粤泰股份sh600393$, $国际医学sz000516$, $宁波银行SZ002142$). Stock forums and
 * their reposts tag every stock a post talks about this way; the tag names the company by
 * its code, so even a short name that is an ordinary word (国际医学, common_word_names.tsv)
 * is the company there. Part of the entity rules (gx_entity_rules_impl.h). */
#include <stdio.h>
#include <string.h>

#include "gx_entity_rules_impl.h"
#include "gx_normalize.h"

/* The longest name a tag holds, in characters. */
#define TAG_NAME_MAX 12

/* The exchange a market prefix and a six-digit A-share code name together ("sh" + 6xxxxx:
 * SSE, "sz" + 0xxxxx or 3xxxxx: SZSE), or NULL when they disagree or are none. */
static const char *tag_exchange(uint32_t m1, uint32_t m2, uint32_t first_digit)
{
    if ((m1 | 0x20) != 's')
        return NULL;
    if ((m2 | 0x20) == 'h')
        return first_digit == '6' ? "SSE" : NULL;
    if ((m2 | 0x20) == 'z')
        return first_digit == '0' || first_digit == '3' ? "SZSE" : NULL;
    return NULL;
}

void gx_er_cashtag_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* the dollar signs found eight code points at a time (most texts have none) */
    const int32_t last = art->ncp - 10; /* a tag needs i + 10 < ncp */
    for (int32_t i = 0; (i = gx_cps_find_either(cp, i, last, '$', '$')) < last; i++) {
        /* the name: Chinese characters (letters and a star too: TCL科技, *ST康美) up to the market */
        int32_t b = i + 1, e = b;
        while (e < art->ncp && e - b <= TAG_NAME_MAX && (gx_is_cjk(cp[e]) || (gx_is_alnum(cp[e]) && !gx_is_digit(cp[e])) || cp[e] == '*') &&
               !(e + 8 <= art->ncp && e - b >= 2 && (cp[e] | 0x20) == 's' && gx_is_digit(cp[e + 2])))
            e++;
        /* then two letters of market, six digits and the closing dollar sign */
        if (e - b < 2 || e + 9 > art->ncp || cp[e + 8] != '$')
            continue;
        char code[8];
        int n = 0;
        while (n < 6 && gx_is_digit(cp[e + 2 + n])) {
            code[n] = (char)cp[e + 2 + n];
            n++;
        }
        code[n] = '\0';
        const char *ex = n == 6 ? tag_exchange(cp[e], cp[e + 1], cp[e + 2]) : NULL;
        if (!ex) {
            i = e;
            continue;
        }
        /* only a code the gazetteer lists: the tag then names that company */
        gx_ticker t;
        memset(&t, 0, sizeof t);
        snprintf(t.code, sizeof t.code, "%s", code);
        snprintf(t.exchange, sizeof t.exchange, "%s", ex);
        int32_t th = gx_lexicon_find_ticker(ix->lex, &t);
        const gx_lex_thing *thing = th >= 0 ? gx_lexicon_thing(ix->lex, th) : NULL;
        if (!thing) {
            i = e + 8;
            continue;
        }
        gx_span name = {b, e};
        int c = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_TICKER, 0.98f, thing->name, -1);
        art->candidates.v[c].ticker = t;
        /* the gazetteer entry of that span, so resolution links them */
        for (int k = 0; k < art->candidates.n; k++) {
            const gx_candidate *g = &art->candidates.v[k];
            if (g->source == GX_SRC_GAZETTEER && g->span.start == b && g->span.end == e)
                art->candidates.v[c].lex_id = g->lex_id;
        }
        i = e + 8;
    }
}
