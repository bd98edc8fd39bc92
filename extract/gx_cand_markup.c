/* gx_cand_markup.c — text next to a name that is never part of it (twenty-first session, comp38):
 * social-media markup and a clause's copula. Scraped posts keep their weibo markup glued to the
 * words: a topic between two hash signs (#钱旺#集团倡导…) and handles after an at sign
 * (@平安朝阳@北京朝阳@北京卫视国泰永康九药网); a filing's sentence says who someone is with the
 * copula 系 right after a comma (犯罪嫌疑人冯某某，系佳联易购电子商务（集团）有限公司法人代表).
 * The tagger and the suffix rule read such runs as one name; resolution (gx_resolve.c `repair`,
 * gx_resolve_shape.c) cuts or drops them. Private to extract/ (gx_cand_shape.h). */
#include "gx_cand_shape.h"
#include "gx_entity_util.h"

static bool is_hash(uint32_t c)
{
    return c == '#' || c == 0xFF03 /* ＃ */;
}

static bool is_at(uint32_t c)
{
    return c == '@' || c == 0xFF20 /* ＠ */;
}

bool gx_shape_social_markup(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++)
        if (is_hash(art->cp[k]) || is_at(art->cp[k]))
            return true;
    return false;
}

bool gx_shape_cut_hashtag(const gx_article *art, gx_candidate *c)
{
    int32_t s = c->span.start;
    if (s < 1 || !is_hash(art->cp[s - 1]))
        return false;
    for (int32_t k = s; k < c->span.end; k++)
        if (is_hash(art->cp[k])) {
            if (k - s < 2)
                return false;
            c->span.end = k;
            return true;
        }
    return false;
}

bool gx_shape_trim_copula(const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start;
    /* (系统, 系列 open names: 系统集成公司 is no copula) */
    if (s < 1 || c->span.end - s < 5 || cp[s] != 0x7CFB /* 系 */ || gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1]) ||
        cp[s + 1] == 0x7EDF /* 统 */ || cp[s + 1] == 0x5217 /* 列 */ || !gx_is_cjk(cp[s + 1]))
        return false;
    c->span.start = s + 1;
    return true;
}

bool gx_shape_trim_list_number(const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t e = c->span.end, d = e;
    while (d > c->span.start && d > e - 2 && cp[d - 1] >= '0' && cp[d - 1] <= '9')
        d--;
    /* (one or two digits, a Chinese name of two or more before them, the list's comma after them) */
    if (d == e || d - c->span.start < 2 || !gx_is_cjk(cp[d - 1]) || e >= art->ncp ||
        (cp[e] != 0x3001 /* 、 */ && cp[e] != 0xFF0E /* ． */ && cp[e] != '.') ||
        (e + 1 < art->ncp && cp[e] != 0x3001 && cp[e + 1] >= '0' && cp[e + 1] <= '9'))
        return false;
    c->span.end = d;
    return true;
}
