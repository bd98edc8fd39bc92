/* gx_people_citations.c — authors of a work cited by surname and year, as research notes cite
 * papers: `Ferreira，Keswani，Miguel 和 Ramos (2013)认为`, `Tufano 和 Sevick (1997)`. The
 * members before the bracketed year, joined by 和 与 及 、 ， and & or "and", are people (one to
 * three capitalised Latin words each; none after "the": `the Falklands War (1982)`). A word or a member repeated by a copying slip
 * (`KeswaniKeswani`, `Sevick Sevick`) is one name: the last copy is its mention.
 * Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

/* The start of "(YYYY)" or "(YYYYa)" (spaces allowed inside) at pos; false when none. */
static bool year_bracket(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t k = pos;
    if (k >= art->ncp || cp[k] != '(')
        return false;
    k++;
    while (k < art->ncp && cp[k] == ' ')
        k++;
    if (k + 4 > art->ncp || !((cp[k] == '1' && cp[k + 1] == '9') || (cp[k] == '2' && cp[k + 1] == '0')))
        return false;
    for (int j = 2; j < 4; j++)
        if (cp[k + j] < '0' || cp[k + j] > '9')
            return false;
    k += 4;
    if (k < art->ncp && cp[k] >= 'a' && cp[k] <= 'c')
        k++;
    while (k < art->ncp && cp[k] == ' ')
        k++;
    return k < art->ncp && cp[k] == ')';
}

static bool is_lower(uint32_t c)
{
    return c >= 'a' && c <= 'z';
}

/* The capitalised word ending at e (a capital, then two or more lower-case letters): its start,
 * or e. */
static int32_t word_before(const gx_article *art, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t s = e;
    while (s > 0 && is_lower(cp[s - 1]))
        s--;
    if (e - s < 2 || s == 0 || !gx_is_upper(cp[s - 1]))
        return e;
    return s - 1;
}

/* Whether cp[a..a+n) equals cp[b..b+n). */
static bool same(const uint32_t *cp, int32_t a, int32_t b, int32_t n)
{
    for (int32_t k = 0; k < n; k++)
        if (cp[a + k] != cp[b + k])
            return false;
    return true;
}

/* Where the separator of two members ending at e starts (spaces around it allowed), or e. */
static int32_t separator_before(const gx_article *art, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t k = e;
    while (k > 0 && cp[k - 1] == ' ')
        k--;
    int32_t s = k;
    if (k > 0 && (cp[k - 1] == 0x548C /* 和 */ || cp[k - 1] == 0x4E0E /* 与 */ || cp[k - 1] == 0x53CA /* 及 */ ||
                  cp[k - 1] == 0x3001 || cp[k - 1] == ',' || cp[k - 1] == 0xFF0C || cp[k - 1] == '&'))
        s = k - 1;
    else if (k >= 4 && cp[k - 1] == 'd' && cp[k - 2] == 'n' && cp[k - 3] == 'a' && cp[k - 4] == ' ')
        s = k - 3;
    if (s == k)
        return e;
    while (s > 0 && cp[s - 1] == ' ')
        s--;
    return s;
}

void gx_pp_cited_authors(const gx_hit_index *ix, gx_article *art)
{
    /* a year's bracket opens with one of these (the bigram index: no walk over every character) */
    static const char32_t *const OPENS[] = {U"(1", U"(2", U"( ", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, OPENS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a];
        if (i < 1 || !year_bracket(art, i))
            continue;
        int32_t e = i;
        while (e > 0 && cp[e - 1] == ' ')
            e--;
        gx_span last = {-1, -1}; /* the member read before (to its right) */
        for (int guard = 0; guard < 8 && e > 0; guard++) {
            /* one member: up to three capitalised words separated by single spaces */
            int32_t s = word_before(art, e);
            if (s == e)
                break;
            int32_t ms = s, me = e, words = 1;
            for (;;) {
                int32_t n = me - ms;
                /* a glued copy (KeswaniKeswani): the last copy is the member */
                if (words == 1 && s >= n && same(cp, s - n, ms, n) && (s - n == 0 || !gx_is_alnum(cp[s - n - 1])))
                    s -= n;
                if (s < 2 || cp[s - 1] != ' ' || words >= 3)
                    break;
                int32_t s2 = word_before(art, s - 1);
                if (s2 == s - 1)
                    break;
                /* Sevick Sevick: a copy of the word after it */
                if (s - 1 - s2 == me - ms && same(cp, s2, ms, me - ms)) {
                    s = s2;
                    continue;
                }
                /* a second word of the name (Eugene Fama) */
                s = ms = s2;
                words++;
            }
            /* "the Falklands War (1982)", "the Gulf War (1991)": a name after the article "the" is an
             * event's or a thing's, never a cited author's */
            if (ms >= 4 && cp[ms - 1] == ' ' && (cp[ms - 4] == 't' || cp[ms - 4] == 'T') && cp[ms - 3] == 'h' &&
                cp[ms - 2] == 'e' && (ms == 4 || !gx_is_alnum(cp[ms - 5])))
                break;
            /* a member repeated whole (TufanoTufano Tufano): one name */
            if (!(last.start >= 0 && last.end - last.start == me - ms && same(cp, ms, last.start, me - ms)))
                gx_pp_rule_person(art, (gx_span){ms, me}, 0.85f);
            last = (gx_span){ms, me};
            int32_t sep = separator_before(art, s);
            if (sep == s)
                break;
            e = sep;
        }
    }
}
