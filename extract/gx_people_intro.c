/* gx_people_intro.c — words that may stand between a title and the names holding it: an example
 * word (基金经理例如林鹏、王延飞、史博等, 高管包括张三、李四) or a dash (实际控制人——谢松锋、谢海滔).
 * The driver (gx_people.c) asks where the holders start; the list that follows is read there as
 * after any title. And what joins the title itself: a desk joined by 和 to a desk title (策略和研究主管);
 * and the 外 closing a 除 phrase after a name (除…前总裁李格平外，); the end of a held title opening a
 * clause before its holder (自然人|刘益谦作为…).
 * Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

/* Example and inclusion words: a closed class of the written language. */
static const char32_t *const EXAMPLE_WORDS[] = {U"例如", U"比如", U"譬如", U"诸如", U"包括", NULL};

static bool is_dash(uint32_t c)
{
    return c == 0x2014 || c == 0x2015 || c == 0x2500;
}

int32_t gx_pp_holders_intro(const gx_hit_index *ix, const gx_article *art, int32_t ps)
{
    const uint32_t *cp = art->cp;
    int32_t q = ps;
    q += gx_word_at(art, ps, EXAMPLE_WORDS);
    if (q == ps)
        while (q < art->ncp && q - ps < 2 && is_dash(cp[q]))
            q++;
    if (q == ps || q >= art->ncp)
        return ps;
    int32_t ne = gx_pp_chinese_name(ix, art, q);
    if (ne == q)
        return ps;
    /* the name opens a list (、) or closes one (等), or, after a dash, closes the clause */
    if (ne < art->ncp && (cp[ne] == 0x3001 || cp[ne] == 0x7B49 /* 等 */))
        return q;
    if (is_dash(cp[q - 1]) && (ne >= art->ncp || cp[ne] == 0xFF0C || cp[ne] == ',' || cp[ne] == 0x3002 || cp[ne] == '\n'))
        return q;
    return ps;
}

int gx_pp_desk_joined(const gx_hit_index *ix, const gx_article *art, gx_span t)
{
    static const char32_t *const HEADS[] = {U"主管", U"负责人", U"总监", NULL};
    const uint32_t *cp = art->cp;
    int32_t h = gx_word_ending(cp, t.start, t.end, HEADS);
    if (h == 0 || t.end - t.start - h < 2 || t.start < 3)
        return 0;
    uint32_t j = cp[t.start - 1];
    if (j != 0x548C /* 和 */ && j != 0x4E0E /* 与 */ && j != 0x53CA /* 及 */)
        return 0;
    int d = gx_hit_len_ending(ix, t.start - 1, GX_LEX_DEPT_PREFIX);
    if (d == 0 || gx_pp_cand_ending_at(art, t.start - 1, (1 << GX_ENT_COMPANY) | (1 << GX_ENT_PERSON)) >= 0)
        return 0;
    return 1 + d;
}

bool gx_pp_except_end(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos + 1 >= art->ncp || cp[pos] != 0x5916 /* 外 */ ||
        !(cp[pos + 1] == ',' || cp[pos + 1] == 0xFF0C || cp[pos + 1] == 0x3001))
        return false;
    for (int32_t k = pos - 1; k >= 0 && pos - k <= 24; k--) {
        if (cp[k] == 0x9664 /* 除 */)
            return true;
        if (!gx_is_cjk(cp[k]))
            return false;
    }
    return false;
}

int32_t gx_pp_position_end(const gx_article *art, int32_t s)
{
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == s && art->positions.v[i].person >= 0)
            return art->positions.v[i].span.end;
    return s;
}
