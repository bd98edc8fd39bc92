/* gx_entity_rules_carriers.c — national companies listed by their short word beside a cue for their
 * trade (twenty-second session, comp44): 三大运营商移动、联通，电信 / 移动、联通、电信三大运营商. The
 * words 移动, 联通, 电信 alone are ordinary words (mobile, telecoms); written two or more together as
 * one list right next to 运营商 they are China Mobile, China Unicom and China Telecom, the companies
 * whose names are 中国 + the word. Each item is linked to the gazetteer's 中国X. Part of the entity
 * rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"

enum { MAX_ITEMS = 6 };

/* The gazetteer company named 中国 + cp[k..k+2), or -1. */
static int32_t national_item(const gx_hit_index *ix, const gx_article *art, int32_t k)
{
    if (k < 0 || k + 2 > art->ncp || !gx_is_cjk(art->cp[k]) || !gx_is_cjk(art->cp[k + 1]))
        return -1;
    uint32_t buf[4] = {0x4E2D, 0x56FD, art->cp[k], art->cp[k + 1]}; /* 中国 */
    int32_t id = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, buf, 4);
    const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(ix->lex, id) : NULL;
    const gx_lex_thing *th = en && en->thing >= 0 ? gx_lexicon_thing(ix->lex, en->thing) : NULL;
    return th && th->type == GX_ENT_COMPANY && !(en->flags & GX_LEXF_WEAK) ? id : -1;
}

static bool list_sep(uint32_t c)
{
    return c == 0x3001 /* 、 */ || c == 0xFF0C /* ， */ || c == ',' || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */ ||
           c == 0x4E0E /* 与 */ || c == '/';
}

/* The items of a list of two-character national words starting at k (each followed by a separator
 * except the last); their starts in at[], their ids in id[]; returns the count. */
static int read_list(const gx_hit_index *ix, const gx_article *art, int32_t k, int32_t *at, int32_t *id)
{
    int n = 0;
    while (n < MAX_ITEMS) {
        int32_t x = national_item(ix, art, k);
        if (x < 0)
            break;
        at[n] = k, id[n] = x, n++;
        if (k + 3 > art->ncp || !list_sep(art->cp[k + 2]))
            break;
        k += 3;
    }
    return n;
}

static void add_items(gx_article *art, const int32_t *at, const int32_t *id, int n)
{
    for (int i = 0; i < n; i++) {
        /* (the gazetteer already reads 中国移动 when 中国 stands before the word) */
        if (at[i] >= 2 && art->cp[at[i] - 2] == 0x4E2D && art->cp[at[i] - 1] == 0x56FD)
            continue;
        int c = gx_add_candidate(art, (gx_span){at[i], at[i] + 2}, GX_ENT_COMPANY, GX_SRC_RULE, 0.85f, NULL, -1);
        if (c >= 0)
            art->candidates.v[c].lex_id = id[i];
    }
}

void gx_er_carrier_list_rule(const gx_hit_index *ix, gx_article *art)
{
    static const uint32_t CUE[] = {0x8FD0, 0x8425, 0x5546}; /* 运营商 */
    const uint32_t *cp = art->cp;
    for (int32_t p1 = gx_text_ix_first(&ix->text, CUE); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t u = p1 - 1;
        if (u + 3 > art->ncp || cp[u + 2] != CUE[2])
            continue;
        int32_t at[MAX_ITEMS], id[MAX_ITEMS];
        /* after the cue, past a colon (运营商：移动、联通) */
        int32_t k = u + 3;
        if (k < art->ncp && (cp[k] == 0xFF1A || cp[k] == ':'))
            k++;
        int n = read_list(ix, art, k, at, id);
        if (n >= 2)
            add_items(art, at, id, n);
        /* before the cue, past a count (移动、联通、电信|三大|运营商): walk back item by item */
        int32_t e = u;
        static const uint32_t COUNT[] = {0x4E09, 0x5927, 0x4E24, 0x7B49, 0x51E0, 0x5BB6, 0}; /* 三大两等几家 */
        for (int skip = 0; skip < 3 && e > 0; skip++) {
            bool c = false;
            for (int w = 0; COUNT[w] && !c; w++)
                c = cp[e - 1] == COUNT[w];
            if (!c)
                break;
            e--;
        }
        int32_t s = e - 2;
        while (s - 3 >= 0 && list_sep(cp[s - 1]) && national_item(ix, art, s - 3) >= 0)
            s -= 3;
        if (s >= 0 && s < e - 2 && national_item(ix, art, s) >= 0 && read_list(ix, art, s, at, id) >= 2) {
            n = read_list(ix, art, s, at, id);
            if (at[n - 1] + 2 == e)
                add_items(art, at, id, n);
        }
    }
}
