/* gx_byline_authors.c - which names of a byline are writers; see gx_byline_authors.h. */
#include "gx_byline_authors.h"

#include <string.h>

#include "gx_lexdata.h"
#include "gx_normalize.h"
#include "gx_utf8.h"

/* Where a writer field's run of two names written without a separator parts (刘晨|刘有志): the one cut
 * into two names of two or three characters that a one-character surname opens each; 0 when none
 * or several (刘晨刘|有志 is no cut: 有 opens no name), or when a two-character surname opens the run
 * (欧阳晓明 is one name). */
static int32_t joined_cut(const gx_lexicon *lex, const uint32_t *cps, int32_t n)
{
    if (n < 4 || n > 6 || gx_lexicon_is(lex, GX_LEX_SURNAME, cps, 2) || !gx_lexicon_char_is(lex, cps[0], GX_LEX_SURNAME))
        return 0;
    int32_t cut = 0;
    for (int32_t j = 2; j <= 3; j++) {
        if (n - j < 2 || n - j > 3 || !gx_lexicon_char_is(lex, cps[j], GX_LEX_SURNAME))
            continue;
        if (cut)
            return 0;
        cut = j;
    }
    return cut;
}

/* Parts each joined writer run into its two names (see gx_author.joined); a run with no cut stays. */
static void part_joined(const gx_lexicon *lex, gx_article *art)
{
    for (int a = 0; a < art->authors.n; a++) {
        gx_author *au = &art->authors.v[a];
        uint32_t cps[8];
        int32_t n = au->joined && au->name ? gx_utf8_to_cps(au->name, strlen(au->name), cps, 8) : 0;
        int32_t j = n ? joined_cut(lex, cps, n) : 0;
        if (au->joined)
            au->joined = false;
        if (!j)
            continue;
        gx_author second = *au;
        au->name = gx_utf8_of_cps(art->arena, cps, j);
        au->parted = true;
        second.name = gx_utf8_of_cps(art->arena, cps + j, n - j);
        gx_author *d = GX_VEC_PUSH(art->arena, art->authors);
        *d = second;
        for (int b = art->authors.n - 1; b > a + 1; b--) { /* (keep the byline's order) */
            gx_author t = art->authors.v[b];
            art->authors.v[b] = art->authors.v[b - 1];
            art->authors.v[b - 1] = t;
        }
        a++;
    }
}

void gx_byline_authors_keep(const gx_lexicon *lex, gx_article *art)
{
    if (!lex)
        return;
    part_joined(lex, art);
    /* names alone under the title ("陈佳岚 李静") are writers only when a surname opens each one
     * and none is a place */
    bool bare_ok = true;
    for (int a = 0; a < art->authors.n && bare_ok; a++) {
        const gx_author *au = &art->authors.v[a];
        uint32_t cps[16];
        int32_t n = au->bare ? gx_utf8_to_cps(au->name, strlen(au->name), cps, 16) : 0;
        if (au->bare && (n < 2 || gx_lexicon_is(lex, GX_LEX_REGION, cps, n) ||
                         !gx_lexicon_surname_opens(lex, cps, n)))
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
