/* gx_people_honorifics.c — honorifics written before a name (副主席丹斯里拿督董清世: Malaysian 丹斯里
 * Tan Sri, 拿督 Dato', 拿督斯里 Datuk Seri, 敦 Tun; cues.tsv honorific). The honorific is neither a
 * person nor part of the name: the holder's name starts after them. (Sir and Lord written after a
 * name, 李国宝爵士, are cut in resolution, gx_resolve.c repair.) Part of gx_people (gx_people_impl.h). */
#include "gx_people_impl.h"

/* The end of the honorifics written one after another from pos (丹斯里拿督), or pos. */
static int32_t honorifics_end(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    int32_t q = pos, l;
    while (q < art->ncp && (l = gx_lex_word_at(ix->lex, GX_LEX_HONORIFIC, art, q)) > 0)
        q += l;
    return q;
}

/* Whether a Chinese or a transliterated name is read at pos. */
static bool name_at(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    return pos < art->ncp && (gx_pp_chinese_name(ix, art, pos) > pos || gx_pp_translit_name(ix, art, pos) > pos);
}

/* Past the honorifics at ps (a title's end: 副主席|丹斯里拿督|董清世) when a name follows them, else ps
 * (主席敦促 is no 敦 Tun). */
int32_t gx_pp_past_honorifics(const gx_hit_index *ix, const gx_article *art, int32_t ps)
{
    int32_t q = honorifics_end(ix, art, ps);
    return q > ps && name_at(ix, art, q) ? q : ps;
}

/* A name after honorifics, without a title before them (丹斯里林梧桐表示, 敦马哈蒂尔说): a person.
 * The honorifics open a phrase (no CJK character before them, or a title, a list's 、 or a stop
 * word): 伦敦 is no 敦 Tun. */
void gx_pp_honored_names(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_HONORIFIC); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        int32_t s = h->start;
        /* (the first of a run of honorifics, its longest reading) */
        if (gx_hit_len_ending(ix, s, GX_LEX_HONORIFIC) > 0 || gx_hit_len_starting(ix, s, GX_LEX_HONORIFIC) > h->end - s)
            continue;
        bool opens = s == 0 || !gx_is_cjk(cp[s - 1]) || cp[s - 1] == 0x3001 /* 、 */ ||
                     gx_hit_len_ending(ix, s, GX_LEX_POSITION) > 0 || gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0;
        if (!opens)
            continue;
        int32_t q = honorifics_end(ix, art, s);
        int32_t e = q < art->ncp ? gx_pp_chinese_name(ix, art, q) : q;
        if (e == q && q < art->ncp)
            e = gx_pp_translit_name(ix, art, q);
        if (e - q >= 2)
            gx_pp_rule_person(art, (gx_span){q, e}, 0.8f);
    }
}
