/* gx_people_contact_label.c — the contact person a page names after the label 联系人 (联系人：张丽洁,
 * 联系人 王伟 138…, 项目联系人:李明): the person holds the title 联系人. 联系人 is no title of positions.tsv
 * (联系人员, 联系人们 and "the contact of" a firm are read only here, with a Chinese name right after the label
 * and its separator; the name is read as after 法人, gx_pp_label_name in gx_people_names.c). Part of gx_people (gx_people_impl.h). The places of 联系 come from the article's
 * bigram index (as 法人's in gx_people_legal.c): no walk over the text. */
#include "gx_normalize.h"
#include "gx_people_impl.h"

void gx_pp_contact_labels(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp;
    /* the places of 联系 from the article's bigram index, in increasing order (no walk of the text) */
    static const uint32_t lianxi[2] = {0x8054 /* 联 */, 0x7CFB /* 系 */};
    for (int32_t i1 = gx_text_ix_first(&ix->text, lianxi); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t i = i1 - 1;
        if (i + 5 >= n)
            break;
        if (cp[i] != 0x8054 || cp[i + 1] != 0x7CFB || cp[i + 2] != 0x4EBA /* 人 */)
            continue;
        /* the label's separator: a colon or spaces (联系人：张丽洁, 联系人 王伟); none when the name is glued on
         * (联系人张丽洁), but then not 联系人员 / 联系人们 */
        int32_t s0 = i + 3;
        if (cp[s0] == ':' || cp[s0] == 0xFF1A)
            s0++;
        while (s0 < n && (cp[s0] == ' ' || cp[s0] == 0x3000))
            s0++;
        if (s0 + 2 > n || (s0 == i + 3 && (cp[s0] == 0x5458 /* 员 */ || cp[s0] == 0x4EEC /* 们 */)))
            continue;
        /* the name (the tagger's reading there fixes the end: 联系人：张丽洁|企业项目：) */
        int32_t e = gx_pp_label_name(ix, art, s0);
        if (e < 0)
            continue;
        int person = gx_pp_rule_person(art, (gx_span){s0, e}, 0.85f);
        gx_pp_add_position(art, (gx_span){i, i + 3}, person, -1);
    }
}
