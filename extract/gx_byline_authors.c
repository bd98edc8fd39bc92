/* gx_byline_authors.c - which names of a byline are writers; see gx_byline_authors.h. */
#include "gx_byline_authors.h"

#include <string.h>

#include "gx_lexdata.h"
#include "gx_utf8.h"

void gx_byline_authors_keep(const gx_lexicon *lex, gx_article *art)
{
    if (!lex)
        return;
    /* names alone under the title ("陈佳岚 李静") are writers only when a surname opens each one
     * and none is a place */
    bool bare_ok = true;
    for (int a = 0; a < art->authors.n && bare_ok; a++) {
        const gx_author *au = &art->authors.v[a];
        uint32_t cps[16];
        int32_t n = au->bare ? gx_utf8_to_cps(au->name, strlen(au->name), cps, 16) : 0;
        if (au->bare && (n < 2 || gx_lexicon_is(lex, GX_LEX_REGION, cps, n) ||
                         !(gx_lexicon_char_is(lex, cps[0], GX_LEX_SURNAME) ||
                           gx_lexicon_is(lex, GX_LEX_SURNAME, cps, 2))))
            bare_ok = false;
    }
    /* a place the byline names where it was filed from is no author (本报记者/蒋牧云/张荣旺/上海/北京报道:
     * the parser takes 上海 for a name; the lexicon knows it) */
    int kept = 0;
    for (int a = 0; a < art->authors.n; a++) {
        const gx_author *au = &art->authors.v[a];
        uint32_t cps[16];
        int32_t n = au->name ? gx_utf8_to_cps(au->name, strlen(au->name), cps, 16) : 0;
        if (au->bare && !bare_ok)
            continue;
        if (n > 0 && gx_lexicon_is(lex, GX_LEX_REGION, cps, n))
            continue;
        art->authors.v[kept++] = *au;
    }
    art->authors.n = kept;
}
