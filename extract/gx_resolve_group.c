/* gx_resolve_group.c — resolution stages 2 and 3 (gx_resolve_impl.h): the weighed candidates
 * chosen greedily by evidence, then grouped into one component per real-world thing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_cand_shape.h"
#include "gx_keymap.h"
#include "gx_resolve_impl.h"
#include "gx_text_memo.h"

static int uf_find(int *p, int x)
{
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

static void uf_union(int *p, int a, int b)
{
    a = uf_find(p, a);
    b = uf_find(p, b);
    if (a != b)
        p[a < b ? b : a] = a < b ? a : b;
}

/* Whether gazetteer company candidate i lies strictly inside a longer gazetteer name of another
 * thing that the evidence stage kept (chosen[] < 0): 史丹利 (002588) in 摩根史丹利 (Morgan Stanley's
 * Hong Kong spelling), 汇丰 in 汇丰晋信 (a fund company), 平安 in 平安大华. The longer name is what
 * the text writes; a shorter listed name inside it never names the listed company. Not when the
 * longer name is an ordinary word too (WEAK). Names of up to six characters, opened at most eight
 * characters before by the longer one. */
static bool inside_longer_name(gx_rs *rs, int i)
{
    const gx_candidate *c = &rs->cv[i];
    if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_COMPANY || c->lex_id < 0 || c->span.end - c->span.start > 6)
        return false;
    int32_t th = thing_of(rs->eng, c);
    if (th < 0)
        return false;
    int32_t lo = c->span.start - 8; /* (a longer name opens at most 8 characters before) */
    int nq = gx_cand_ix_starting(&rs->ix, lo < 0 ? 0 : lo, c->span.start + 1, rs->qb);
    for (int q = 0; q < nq; q++) {
        int j = rs->qb[q];
        const gx_candidate *o = &rs->cv[j];
        if (j == i || rs->chosen[j] >= 0 || o->source != GX_SRC_GAZETTEER || o->lex_id < 0 ||
            (o->type != GX_ENT_COMPANY && o->type != GX_ENT_ORGANIZATION) || o->span.start > c->span.start ||
            o->span.end < c->span.end || o->span.end - o->span.start <= c->span.end - c->span.start)
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(rs->eng->lexicon, o->lex_id);
        if (e && e->thing >= 0 && e->thing != th && !(e->flags & GX_LEXF_WEAK))
            return true;
    }
    return false;
}

/* Whether the same-text candidates qb[0..nq) chosen hold a person a rule read as the holder of a
 * title (林园投资董事长林园) and no other reading but the tagger's: the person wins the vote of one
 * surface, one type against the tagger's bare readings as a place or a firm further on (林园 x5 as a
 * place: people18, fifteenth session). */
static bool titled_person(gx_rs *rs, int i, const int *qb, int nq)
{
    const gx_article *art = rs->art;
    bool titled = false;
    for (int q = -1; q < nq; q++) {
        int j = q < 0 ? i : qb[q];
        const gx_candidate *c = &rs->cv[j];
        if (!rs->chosen[j] || (q >= 0 && !span_text_eq(art, c->span, rs->cv[i].span)))
            continue;
        if (c->type != GX_ENT_PERSON) {
            if (c->source != GX_SRC_TAGGER)
                return false;
            continue;
        }
        if (c->source != GX_SRC_RULE || titled)
            continue;
        for (int k = 0; k < art->positions.n && !titled; k++)
            titled = art->positions.v[k].person == j;
    }
    return titled;
}

/* Whether gazetteer candidate c is a weak name (an ordinary word too) glued on either side to
 * the running text's characters: part of a longer word (平安|性). */
static bool weak_glued(const gx_rs *rs, const gx_candidate *c)
{
    const gx_lexicon *lex = rs->eng->lexicon;
    if (c->source != GX_SRC_GAZETTEER || c->lex_id < 0 || !lex ||
        !(gx_lexicon_entry(lex, c->lex_id)->flags & GX_LEXF_WEAK))
        return false;
    return gx_shape_glued_left(rs->eng, rs->art, c->span.start) || gx_shape_glued_right(rs->eng, rs->art, c->span.end);
}

/* Stage 2, conflicts: the weighed candidates taken greedily by evidence (an overlap with a
 * taken span loses); a loser with the identical span lends the winner its gazetteer thing and
 * ticker; one surface, one type. Fills rs->taken, rs->chosen, rs->eff_of. */
void gx_rs_choose(gx_rs *rs)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int nc = rs->nc;
    int *qb = rs->qb;
    gx_rs_work *w = rs->w;
    uint8_t *taken = rs->taken = gx_arena_alloc(art->arena, (size_t)art->ncp + 1);
    int *chosen = rs->chosen = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    float *eff_of = rs->eff_of = gx_arena_alloc(art->arena, sizeof(float) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++)
        chosen[i] = 0;
    for (int k = 0; k < rs->nw; k++)
        chosen[w[k].cand] = -1; /* kept by the evidence stage (until chosen or lost) */
    for (int k = 0; k < rs->nw; k++) {
        gx_candidate *c = &cv[w[k].cand];
        if (overlaps_taken(taken, c->span) || inside_longer_name(rs, w[k].cand))
            continue;
        mark(taken, c->span);
        chosen[w[k].cand] = 1;
        eff_of[w[k].cand] = w[k].eff;
    }
    for (int i = 0; i < nc; i++)
        if (chosen[i] < 0)
            chosen[i] = 0;
    /* a candidate that lost to an identical span of another source still lends it what it
     * knows: the gazetteer's thing and ticker go to the tagger's or a rule's winning reading;
     * not to the tagger's reading of a weak name (an ordinary word too, common_word_names.tsv)
     * glued into a longer word (一、平安|性: 平安性, a misspelt 安全性, is no 中国平安) */
    for (int i = 0; i < nc; i++) {
        if (!chosen[i] || cv[i].lex_id >= 0)
            continue;
        int nq = gx_cand_ix_starting(&rs->ix, cv[i].span.start, cv[i].span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            int j = qb[q];
            if (j != i && !chosen[j] && same_span(&cv[j], &cv[i]) && cv[j].type == cv[i].type &&
                (cv[j].lex_id >= 0 || cv[j].ticker.code[0])) {
                if (cv[i].source == GX_SRC_TAGGER && weak_glued(rs, &cv[j]))
                    break;
                cv[i].lex_id = cv[j].lex_id;
                if (!cv[i].ticker.code[0])
                    cv[i].ticker = cv[j].ticker;
                if (!cv[i].canonical)
                    cv[i].canonical = cv[j].canonical;
                break;
            }
        }
    }
    /* a branch of a listed company (中国民生银行股份有限公司福州分行, 招商银行深圳分行) stays a
     * name of its own but trades as its parent: it takes the ticker of the gazetteer company
     * inside it */
    for (int i = 0; i < nc; i++) {
        if (!chosen[i] || cv[i].type != GX_ENT_COMPANY || cv[i].lex_id >= 0 || cv[i].ticker.code[0] ||
            !gx_rs_is_branch_name(art, cv[i].span))
            continue;
        int nq = gx_cand_ix_starting(&rs->ix, cv[i].span.start, cv[i].span.end, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            /* (the parent opens the name, or follows its country or region only, and the
             * branch or a legal form follows it: not 联合 in 杭州联合农村商业银行…支行) */
            uint32_t after = art->cp[gx_stock_quote_end(art, o->span.end)];
            if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_COMPANY && o->ticker.code[0] &&
                o->span.start >= cv[i].span.start && o->span.end < cv[i].span.end && o->span.end - o->span.start >= 2 &&
                (o->span.start == cv[i].span.start ||
                 gx_lexicon_is(rs->eng->lexicon, GX_LEX_REGION, art->cp + cv[i].span.start, o->span.start - cv[i].span.start)) &&
                (cv[i].span.end - o->span.end <= 8 || after == 0x80A1 /* 股 */ || after == 0x6709 /* 有 */)) {
                cv[i].ticker = o->ticker;
                break;
            }
        }
    }
    /* one surface, one type: when the same text was chosen as a person in one place and an
     * organization in another (巴菲特), every mention takes the type most of them have */
    /* The votes of one text are the same for every candidate of it until one of them changes
     * type here (nothing else changes in this loop: chosen, eff_of and the spans are fixed): they
     * are kept per text (groups, the index into gvotes) and summed again, in the same order, only
     * after such a change (a body repeating a name k times summed k votes k times; twenty-seventh
     * session). */
    gx_text_memo groups;
    gx_text_memo_init(&groups, art);
    float(*gvotes)[GX_ENT__COUNT] = NULL;
    bool *gstale = NULL;
    int ngroups = 0;
    bool memo_off = false; /* (a candidate out of the text changed type: sum every time) */
    for (int i = 0; i < nc; i++) {
        if (!chosen[i] || cv[i].source == GX_SRC_GAZETTEER || cv[i].source == GX_SRC_TICKER)
            continue;
        float votes[GX_ENT__COUNT] = {0};
        int g = -1, unused, nq = -1; /* nq -1: qb not filled */
        bool in_text = gx_span_in_text(art, cv[i].span);
        if (in_text && gx_text_memo_get(&groups, cv[i].span, 0, &g, &unused) && !gstale[g] && !memo_off)
            memcpy(votes, gvotes[g], sizeof votes);
        else {
            nq = gx_cand_ix_same_text(&rs->ix, art, cv[i].span, i, qb);
            for (int q = 0; q < nq; q++) {
                int j = qb[q];
                if (chosen[j] && span_text_eq(art, cv[j].span, cv[i].span))
                    votes[cv[j].type] += eff_of[j];
            }
            if (in_text) {
                if (g < 0) {
                    if (!gvotes) { /* (at most one group per candidate) */
                        gvotes = gx_arena_alloc_raw(art->arena, sizeof *gvotes * (size_t)nc);
                        gstale = gx_arena_alloc_raw(art->arena, sizeof *gstale * (size_t)nc);
                    }
                    g = ngroups++;
                    gx_text_memo_put(&groups, cv[i].span, 0, g, 0);
                }
                memcpy(gvotes[g], votes, sizeof votes);
                gstale[g] = false;
            }
        }
        int best = cv[i].type;
        for (int t = 0; t < GX_ENT__COUNT; t++)
            if (votes[t] > votes[best])
                best = t;
        if (best != GX_ENT_PERSON && votes[GX_ENT_PERSON] > 0) {
            if (nq < 0)
                nq = gx_cand_ix_same_text(&rs->ix, art, cv[i].span, i, qb);
            if (titled_person(rs, i, qb, nq))
                best = GX_ENT_PERSON;
        }
        if (g >= 0 && best != (int)cv[i].type)
            gstale[g] = true;
        memo_off |= !in_text && best != (int)cv[i].type;
        cv[i].type = (gx_ent_type)best;
    }
}

static bool is_space_cp(uint32_t c)
{
    return c == ' ' || c == 0x3000;
}

/* Person candidate i (chosen) opens with a Latin letter and stands first in brackets: when a
 * chosen person's span ends right before the bracket (spaces aside), the two are one person. */
static void join_latin_gloss(gx_rs *rs, int i)
{
    const gx_article *art = rs->art;
    const gx_candidate *a = &rs->cv[i];
    uint32_t c0 = art->cp[a->span.start];
    if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z')))
        return;
    int32_t p = a->span.start;
    while (p > 0 && is_space_cp(art->cp[p - 1]))
        p--;
    if (p == 0 || (art->cp[p - 1] != '(' && art->cp[p - 1] != 0xFF08 /* （ */))
        return;
    p--;
    while (p > 0 && is_space_cp(art->cp[p - 1]))
        p--;
    if (p < 2 || !gx_is_cjk(art->cp[p - 1]))
        return;
    /* the longest chosen name ending there (罗伊纽伯格, not its 纽伯格) */
    int nq = gx_cand_ix_starting(&rs->ix, p > 16 ? p - 16 : 0, p, rs->qb), best = -1;
    for (int q = 0; q < nq; q++) {
        int j = rs->qb[q];
        if (j != i && rs->chosen[j] && rs->cv[j].type == GX_ENT_PERSON && rs->cv[j].span.end == p &&
            (best < 0 || rs->cv[j].span.start < rs->cv[best].span.start))
            best = j;
    }
    int32_t longest = 0; /* how far back the name's characters go */
    while (longest < 8 && p - longest > 0 && gx_is_cjk(art->cp[p - longest - 1]))
        longest++;
    if (best >= 0 && p - rs->cv[best].span.start >= longest) {
        uf_union(rs->parent, i, best);
        return;
    }
    /* the name before the bracket is a later mention of a person chosen elsewhere (the
     * propagation stage will add it): 介绍…罗伊纽伯格的投资生涯。罗伊纽伯格（Roy R.Neuberger，…） */
    for (int32_t len = longest; len >= 2 && (best < 0 || len > p - rs->cv[best].span.start); len--) {
        gx_span before = {p - len, p};
        gx_cand_text_it it;
        for (int j = gx_cand_text_first(&it, &rs->ix, art, before, -1); j >= 0; j = gx_cand_text_next(&it)) {
            if (j != i && rs->chosen[j] && rs->cv[j].type == GX_ENT_PERSON && span_text_eq(art, before, rs->cv[j].span)) {
                uf_union(rs->parent, i, j);
                return;
            }
        }
    }
    if (best >= 0)
        uf_union(rs->parent, i, best);
}

/* Stage 3, grouping (union-find, rs->parent): aliases with their targets, *ST names with the bare
 * name, the same type and text, the same gazetteer thing and kind, the same explicit ticker.
 * Each component's root is its lowest index whatever the order of the unions. */
/* What was chosen for the name an alias declares (candidate t): t itself, a candidate chosen on
 * its span, or else an organization-like one chosen inside it that ends where it ends (the alias
 * rule's look-back read 二级子公司|安徽淮化股份有限公司; resolution kept the legal name), or one that
 * starts where it starts and only a legal suffix follows (全国中小企业股份转让系统|有限责任公司; not
 * 哈尔滨工业大学|环境股份有限公司); -1 when none. */
static int chosen_on_target(gx_rs *rs, int t)
{
    if (rs->chosen[t])
        return t;
    const gx_candidate *c = &rs->cv[t];
    int best = -1, head = -1;
    int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.end, rs->qb);
    for (int q = 0; q < nq; q++) {
        int j = rs->qb[q];
        const gx_candidate *b = &rs->cv[j];
        if (!rs->chosen[j] || b->span.end > c->span.end || !(GX_ORGLIKE & (1u << b->type)))
            continue;
        if (same_span(b, c))
            return j;
        if (b->span.end == c->span.end && (best < 0 || b->span.start < rs->cv[best].span.start))
            best = j;
        /* or the known name it starts with (全国中小企业股份转让系统|有限责任公司) */
        if (b->span.start == c->span.start && (head < 0 || b->span.end > rs->cv[head].span.end) &&
            gx_lexicon_is(rs->eng->lexicon, GX_LEX_COMPANY_SUFFIX, rs->art->cp + b->span.end, c->span.end - b->span.end))
            head = j;
    }
    return best >= 0 ? best : head;
}

void gx_rs_group(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int nc = rs->nc;
    int *qb = rs->qb;
    int *chosen = rs->chosen;
    int *parent = rs->parent = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++)
        parent[i] = i;
    gx_text_memo first_of;
    gx_text_memo_init(&first_of, art);
    for (int i = 0; i < nc; i++) {
        if (!chosen[i])
            continue;
        gx_candidate *a = &cv[i];
        if (a->link >= 0 && a->link < nc) {
            /* alias: join the target, or whatever was chosen on the target's span */
            int t = chosen_on_target(rs, a->link);
            if (t >= 0)
                uf_union(parent, i, t);
        }
        /* *ST华泽 and ST华泽 (the special-treatment mark with or without its star) are one name */
        if (a->type == GX_ENT_COMPANY && a->span.end - a->span.start > 3 && art->cp[a->span.start] == '*') {
            gx_span bare = {a->span.start + 1, a->span.end};
            gx_cand_text_it it;
            for (int j = gx_cand_text_first(&it, &rs->ix, art, bare, -1); j >= 0; j = gx_cand_text_next(&it)) {
                if (j != i && chosen[j] && cv[j].type == a->type && span_text_eq(art, bare, cv[j].span)) {
                    uf_union(parent, i, j);
                    break;
                }
            }
        }
        /* the same type and text as an earlier chosen candidate: the first one, remembered per
         * text and type (the chosen candidates come in ascending order here; a walk over the
         * same-text candidates per candidate passed every unchosen copy first: quad29) */
        if (a->span.start >= 0 && a->span.start < a->span.end && a->span.end <= art->ncp) {
            int first, unused;
            if (gx_text_memo_get(&first_of, a->span, (uint64_t)a->type, &first, &unused))
                uf_union(parent, i, first);
            else
                gx_text_memo_put(&first_of, a->span, (uint64_t)a->type, i, 0);
        } else {
            gx_cand_text_it it;
            for (int j = gx_cand_text_first(&it, &rs->ix, art, a->span, i); j >= 0 && j < i;
                 j = gx_cand_text_next(&it)) {
                if (chosen[j] && cv[j].type == a->type && span_text_eq(art, a->span, cv[j].span)) {
                    uf_union(parent, i, j);
                    break;
                }
            }
        }
    }
    /* a declared alias that lost its span to another reading of the same text (安徽淮化股份有限公司
     * (下称淮化股份): the suffix rule's 淮化股份 chosen over the alias): the chosen one joins what was
     * chosen on the declared name's span */
    for (int i = 0; i < nc; i++) {
        const gx_candidate *a = &cv[i];
        if (chosen[i] || a->source != GX_SRC_ALIAS || a->link < 0 || a->link >= nc || !(GX_ORGLIKE & (1u << a->type)))
            continue;
        int j = -1, t = chosen_on_target(rs, a->link);
        int nq = gx_cand_ix_starting(&rs->ix, a->span.start, a->span.start + 1, qb);
        for (int q = 0; q < nq && j < 0; q++)
            if (chosen[qb[q]] && same_span(&cv[qb[q]], a) && cv[qb[q]].type == a->type)
                j = qb[q];
        if (j >= 0 && t >= 0 && cv[t].type == a->type)
            uf_union(parent, j, t);
    }
    /* a Latin gloss in brackets right after a person's Chinese name (爱丽丝。富尔伍德(Alice Fulwood),
     * 格林斯潘（Alan Greenspan）) is that person's other name */
    for (int i = 0; i < nc; i++) {
        if (chosen[i] && cv[i].type == GX_ENT_PERSON)
            join_latin_gloss(rs, i);
    }
    {
        /* the same thing and kind: each joins the first chosen candidate with that key */
        gx_keymap same;
        gx_keymap_init(&same, art->arena, nc);
        for (int i = 0; i < nc; i++) {
            int32_t th = chosen[i] ? thing_of(eng, &cv[i]) : -1;
            if (th < 0)
                continue;
            int32_t key = th * 2 + (cv[i].type != GX_ENT_PERSON);
            uint32_t h = gx_keymap_slot(&same, key);
            if (same.first[h] >= 0)
                uf_union(parent, i, same.first[h]);
            else
                gx_keymap_add(&same, key, i);
        }
        /* the same explicit ticker: each one joins the first chosen candidate of its kind with it */
        int *tick = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
        int nt = 0;
        for (int i = 0; i < nc; i++) {
            /* (a branch with its parent's ticker stays its own entity) */
            if (!chosen[i] || !cv[i].ticker.code[0] || (cv[i].lex_id < 0 && gx_rs_is_branch_name(art, cv[i].span)))
                continue;
            bool org = cv[i].type != GX_ENT_PERSON, joined = false;
            for (int k = 0; k < nt && !joined; k++) {
                const gx_candidate *b = &cv[tick[k]];
                if ((b->type != GX_ENT_PERSON) == org && !strcmp(b->ticker.code, cv[i].ticker.code) &&
                    !strcmp(b->ticker.exchange, cv[i].ticker.exchange)) {
                    uf_union(parent, i, tick[k]);
                    joined = true;
                }
            }
            if (!joined)
                tick[nt++] = i;
        }
    }
    /* one place's body in its several written forms (武定县市场监督管理局, 武定县市监局) */
    gx_rs_join_gov_forms(rs);
}

void gx_rs_union(gx_rs *rs, int a, int b)
{
    uf_union(rs->parent, a, b);
}

int gx_rs_root(gx_rs *rs, int cand)
{
    return uf_find(rs->parent, cand);
}

int gx_rs_entity_of(gx_rs *rs, int cand)
{
    if (!rs->chosen[cand])
        return -1;
    return rs->group_entity[gx_rs_root(rs, cand)];
}
