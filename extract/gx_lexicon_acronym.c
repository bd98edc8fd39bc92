/* gx_lexicon_acronym.c — a body's Latin acronym as the gazetteer reads it (twenty-third session, gov28).
 *
 * 1. Lower-case forms. Some web texts are lower-cased as a whole (the CCF BDCI 2019 texts:
 *    受英国fca监管, 接受asic监管, 最新cftc数据). A government pattern that is a Latin acronym
 *    (three to eight ASCII letters, two or more of them capitals: FCA, CFTC, CySEC), alone or
 *    after Han characters (澳洲ASIC), also gets its lower-case form (fca, 澳洲asic) with the
 *    same thing (gx_lexicon_load, GX_LEXF_LOWER). Such a hit counts only glued to Chinese text:
 *    a Han character (or CJK punctuation) right beside it, or across one bracket, quote or
 *    comma (英国(fca)监管); a lower-case word inside English text (the sec, mas) is no body.
 * 2. Cued acronyms (cues.tsv cued_acronym): an acronym that is as often a product's or a coin's
 *    name (ASIC the chip, MAS the coin 麦肯币) is a body, in either case, only with a regulator
 *    cue: a country or region of the lexicon written right before it (新加坡mas), or a word of
 *    regulation (cues.tsv regulator_cue: 监管, 牌照, 持牌 ...) soon after it in its clause
 *    (接受ASIC全牌照监管, 持有ASIC澳大利亚金融监管牌照). ASIC矿机 and MAS麦肯币 are none.
 * Nothing here allocates; the lexicon is read-only. */
#include <stddef.h>
#include <string.h>

#include "gx_entity_util.h"
#include "gx_lexdata.h"

#define ACR_MIN 3
#define ACR_MAX 8
#define CUE_WINDOW 12 /* code points after the acronym where a regulator cue may start */

static bool ascii_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool gx_lexicon_acronym_lower(const char *surface, char *out, size_t cap)
{
    size_t n = strlen(surface), i = 0;
    if (n + 1 > cap)
        return false;
    while (i < n && (unsigned char)surface[i] >= 0x80) /* the Han prefix (UTF-8 bytes) */
        i++;
    size_t latin = n - i;
    int upper = 0;
    if (latin < ACR_MIN || latin > ACR_MAX)
        return false;
    for (size_t k = i; k < n; k++) {
        unsigned char c = (unsigned char)surface[k];
        if (!ascii_letter(c))
            return false;
        upper += c >= 'A' && c <= 'Z';
    }
    if (upper < 2)
        return false;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)surface[k];
        out[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = 0;
    return true;
}

/* CJK punctuation (、。《》【】「」) and the quotes written around Chinese words. */
static bool cjk_mark(uint32_t c)
{
    return (c >= 0x3001 && c <= 0x303F) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019;
}

/* A mark that may stand between the acronym and the Chinese text it is glued to (英国(fca)监管). */
static bool thin_mark(uint32_t c)
{
    return c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == '\'' || c == ',' || c == ':' ||
           c == ';' || cjk_mark(c);
}

static bool chinese(uint32_t c)
{
    return gx_is_cjk(c) || cjk_mark(c);
}

/* The character at i (step -1: before, +1: after) and the one beyond a thin mark. */
static bool glued_side(const gx_article *art, int32_t i, int step)
{
    if (i < 0 || i >= art->ncp)
        return false;
    uint32_t c = art->cp[i];
    if (chinese(c))
        return true;
    if (!thin_mark(c))
        return false;
    i += step;
    return i >= 0 && i < art->ncp && gx_is_cjk(art->cp[i]);
}

static bool clause_end(uint32_t c)
{
    return c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == 0x3002 /* 。 */ ||
           c == '.';
}

/* A country or region of the lexicon ending at start, or a regulator cue after end in its clause. */
static bool regulator_cue(const gx_lexicon *lex, const gx_article *art, int32_t start, int32_t end)
{
    const uint32_t *cp = art->cp;
    for (int len = 1; len <= 4 && start - len >= 0; len++) {
        if (!gx_is_cjk(cp[start - len]))
            break;
        if (gx_lexicon_is(lex, GX_LEX_REGION, cp + start - len, len))
            return true;
    }
    for (int32_t k = end; k < art->ncp && k < end + CUE_WINDOW; k++) {
        if (clause_end(cp[k]))
            break;
        if (gx_lexicon_prefix_mask(lex, GX_LEX_REGULATOR_CUE, cp + k, art->ncp - k, 1))
            return true;
    }
    return false;
}

/* The Latin part of an all-Latin pattern is a cued acronym (compared in capitals). */
static bool cued(const gx_lexicon *lex, const gx_article *art, int32_t start, int32_t end)
{
    uint32_t up[ACR_MAX];
    int n = end - start;
    if (n < 2 || n > ACR_MAX)
        return false;
    for (int i = 0; i < n; i++) {
        uint32_t c = art->cp[start + i];
        if (!gx_is_alnum(c))
            return false;
        up[i] = c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    return gx_lexicon_is(lex, GX_LEX_CUED_ACRONYM, up, n);
}

bool gx_lexicon_acronym_hit_ok(const gx_lexicon *lex, const gx_article *art, int32_t start, int32_t end,
                               const gx_lex_entry *e)
{
    if (e->kind != GX_LEX_GOVERNMENT || !(e->flags & GX_LEXF_LATIN))
        return true;
    bool han_prefix = gx_is_cjk(art->cp[start]);
    if ((e->flags & GX_LEXF_LOWER) && !han_prefix && !glued_side(art, start - 1, -1) && !glued_side(art, end, 1))
        return false;
    if (!han_prefix && cued(lex, art, start, end) && !regulator_cue(lex, art, start, end))
        return false;
    return true;
}
