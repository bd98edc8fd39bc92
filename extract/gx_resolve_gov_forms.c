/* gx_resolve_gov_forms.c — one place's body written in several forms is one entity (gov20):
 * 武定县市场监督管理局, 武定县市场监管局 and 武定县市监局; 北京市人民政府 and 北京市政府; a bare level
 * (市市场监管局) after the place's body named in full. The forms of a body's suffix are those of
 * region_suffixes.tsv (GX_LEX_UNIT_FORM: each form's entry holds its suffix line); the places the
 * gazetteer composes with them are one thing already (grouped by thing), these are the rest. */
#include <string.h>

#include "gx_lexdata.h"
#include "gx_resolve_impl.h"
#include "gx_utf8.h"

/* A chosen government name split into its place and the suffix group it ends with. */
typedef struct gov_form {
    int cand;
    int32_t place, plen; /* the place's characters, without a trailing 市 or 省 (北京市 = 北京) */
    uint32_t last;       /* the place's last character as written (its level: 北京市 -> 市) */
    int32_t group;       /* the suffix line of region_suffixes.tsv */
    bool level;          /* the place is a level alone (市|市场监管局): the earlier body of that level */
} gov_form;

/* The longest suffix form ending name s (of at least two characters, leaving a place of at least
 * one), or false. */
static bool split_form(const gx_lexicon *lex, const gx_article *art, gx_span s, gov_form *f)
{
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    for (int32_t len = n - 1 < 12 ? n - 1 : 12; len >= 2; len--) {
        int32_t id = gx_lexicon_find(lex, GX_LEX_UNIT_FORM, cp + s.end - len, len);
        if (id < 0)
            continue;
        f->group = gx_lexicon_entry(lex, id)->thing;
        f->place = s.start;
        f->plen = n - len;
        for (int32_t k = f->place; k < f->place + f->plen; k++)
            if (!gx_is_cjk(cp[k]))
                return false;
        f->last = cp[f->place + f->plen - 1];
        f->level = f->plen == 1 && gx_cp_in(cp[f->place], U"省市县区");
        if (!f->level && f->plen >= 3 && gx_cp_in(cp[f->place + f->plen - 1], U"省市"))
            f->plen--;
        return f->level || f->plen >= 2;
    }
    return false;
}

/* Whether y's place is x's with its province before it (四川省|成都, 浙江省|台州: the city's body
 * named once with its province). */
static bool in_province(const gx_article *art, const gov_form *x, const gov_form *y)
{
    int32_t pre = y->plen - x->plen;
    return pre >= 2 && pre <= 4 && art->cp[y->place + pre - 1] == 0x7701 /* 省 */ &&
           !memcmp(art->cp + x->place, art->cp + y->place + pre, sizeof(uint32_t) * (size_t)x->plen);
}

bool gx_rs_gov_form_name(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    gov_form f;
    return lex && s.end > s.start && !gx_lexicon_char_is(lex, art->cp[s.start], GX_LEX_LEFT_STOP) &&
           split_form(lex, art, s, &f) && !f.level;
}

void gx_rs_join_gov_forms(gx_rs *rs)
{
    const gx_lexicon *lex = rs->eng->lexicon;
    const gx_article *art = rs->art;
    if (!lex)
        return;
    gov_form *fv = NULL;
    int nf = 0;
    for (int i = 0; i < rs->nc; i++) {
        const gx_candidate *c = &rs->cv[i];
        if (!rs->chosen[i] || c->type != GX_ENT_GOVERNMENT || c->span.end - c->span.start < 3)
            continue;
        gov_form f = {.cand = i};
        if (!split_form(lex, art, c->span, &f))
            continue;
        if (!fv)
            fv = gx_arena_alloc(art->arena, sizeof(gov_form) * (size_t)(rs->nc + 1));
        fv[nf++] = f;
    }
    for (int a = 0; a < nf; a++) {
        const gov_form *x = &fv[a];
        int best = -1;
        for (int b = 0; b < nf; b++) {
            const gov_form *y = &fv[b];
            if (b == a || y->group != x->group || y->level)
                continue;
            if (x->level) {
                /* the nearest earlier body whose place ends with the level (北京市 … 市) */
                const gx_candidate *cy = &rs->cv[y->cand], *cx = &rs->cv[x->cand];
                if (cy->span.end > cx->span.start || y->last != x->last ||
                    (best >= 0 && rs->cv[fv[best].cand].span.start > cy->span.start))
                    continue;
                best = b;
            } else if (y->plen == x->plen &&
                       !memcmp(art->cp + x->place, art->cp + y->place, sizeof(uint32_t) * (size_t)x->plen)) {
                gx_rs_union(rs, x->cand, y->cand);
            } else if (in_province(art, x, y)) {
                gx_rs_union(rs, x->cand, y->cand); /* 四川省成都市中级人民法院 … 成都中院 */
            }
        }
        if (best >= 0)
            gx_rs_union(rs, x->cand, fv[best].cand);
    }
}
