/* gx_people_former.c — a post left, named before its holder (从泰达宏利基金总经理任上离职的刘青山,
 * 在董事长任上退休的王某): a title without a holder, 任上 (in the post), a verb of leaving it of a
 * few characters and 的, then the name: the person held the title. Part of gx_people
 * (gx_people_impl.h). */
#include "gx_people_impl.h"

void gx_pp_former_posts(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        int32_t k = p->span.end;
        if (p->person >= 0 || k + 5 > art->ncp || cp[k] != 0x4EFB /* 任 */ ||
            cp[k + 1] != 0x4E0A /* 上 */)
            continue;
        /* the verb (离职, 退休, 卸任, 被免职) and 的: Chinese characters only, up to five */
        int32_t d = k + 2;
        while (d < art->ncp && d - k <= 7 && gx_is_cjk(cp[d]) && cp[d] != 0x7684 /* 的 */)
            d++;
        if (d == k + 2 || d + 2 >= art->ncp || cp[d] != 0x7684 ||
            cp[k + 2] == 0x5E02 /* 任上市公司 */)
            continue;
        int person = gx_pp_cand_starting_at(art, d + 1, 1 << GX_ENT_PERSON);
        if (person < 0) {
            int32_t ne = gx_pp_chinese_name(ix, art, d + 1);
            if (ne > d + 1)
                person = gx_pp_rule_person(art, (gx_span){d + 1, ne}, 0.8f);
        }
        if (person >= 0)
            p->person = person;
    }
}
