/* gx_resolve_mentions.c — the mentions resolution adds after the entities are made
 * (gx_resolve_impl.h): every further occurrence of an entity's names, the byline's outlet and
 * authors, 该公司/公司 resolved to the company being discussed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_byline_authors.h"
#include "gx_resolve_impl.h"
#include "gx_utf8.h"

/* Occurrences of text t (code points) in the article that are free in `taken`. */
static void propagate(const gx_lexicon *lex, gx_article *art, const gx_text_ix *tx, uint8_t *taken, gx_entity *e,
                      const uint32_t *t, int32_t n, bool weak)
{
    if (n < 2)
        return;
    /* persons and names only the tagger proposed spread only to whole words */
    bool person = e->type == GX_ENT_PERSON || weak;
    for (int32_t i1 = gx_text_ix_first(tx, t); i1 > 0; i1 = tx->next[i1 - 1]) {
        int32_t i = i1 - 1;
        if (i + n > art->ncp || art->cp[i] != t[0] || memcmp(art->cp + i, t, sizeof(uint32_t) * (size_t)n))
            continue;
        gx_span s = {i, i + n};
        if (overlaps_taken(taken, s))
            continue;
        if (gx_is_alnum(t[0]) && i > 0 && gx_is_alnum(art->cp[i - 1]))
            continue;
        if (gx_is_alnum(t[n - 1]) && i + n < art->ncp && gx_is_alnum(art->cp[i + n]))
            continue;
        /* a person's name inside a longer word (宁夏华 of 宁夏华锦) is not a mention */
        if (person && i + n < art->ncp && gx_is_cjk(art->cp[i + n]) &&
            !gx_lexicon_is(lex, GX_LEX_RIGHT_OK, art->cp + i + n, 1) &&
            !gx_lexicon_is(lex, GX_LEX_NAME_END, art->cp + i + n, 1))
            continue;
        mark(taken, s);
        gx_rs_add_mention(art, e, s);
    }
}

void gx_rs_sentence_bounds(const gx_article *art, int32_t pos, int32_t *s, int32_t *e)
{
    int si = art->sentences.n ? gx_article_sentence_at(art, pos) : -1;
    if (si >= 0) {
        *s = art->sentences.v[si].start;
        *e = art->sentences.v[si].end;
        return;
    }
    int32_t a = pos, b = pos;
    while (a > 0 && !(art->cp[a - 1] == 0x3002 || art->cp[a - 1] == '!' || art->cp[a - 1] == '?' ||
                      art->cp[a - 1] == '\n' || art->cp[a - 1] == ';'))
        a--;
    while (b < art->ncp && !(art->cp[b] == 0x3002 || art->cp[b] == '!' || art->cp[b] == '?' || art->cp[b] == '\n' ||
                             art->cp[b] == ';'))
        b++;
    *s = a;
    *e = b < art->ncp ? b + 1 : b;
}

/* The entity whose mention covers each position: raw, read only where the zeroed bitmap has the
 * position's bit (gx_head_at: -1 elsewhere); built when a 公司 first needs it. */
typedef struct owners {
    uint64_t *has;
    int32_t *of;
} owners;

static owners owners_build(gx_article *art)
{
    owners o = {gx_arena_alloc(art->arena, sizeof(uint64_t) * (size_t)((art->ncp + 63) / 64 + 1)),
                gx_arena_alloc_raw(art->arena, sizeof(int32_t) * (size_t)(art->ncp + 1))};
    for (int k = 0; k < art->entities.n; k++)
        for (int m = 0; m < art->entities.v[k].mentions.n; m++) {
            gx_span s = art->entities.v[k].mentions.v[m].span;
            for (int32_t i = s.start; i < s.end; i++) {
                o.of[i] = k;
                o.has[i >> 6] |= 1ull << (i & 63);
            }
        }
    return o;
}

static inline int owner_at(const owners *o, int32_t p)
{
    return gx_head_at(o->has, o->of, p);
}

/* Entity index of the company mentioned in [from, to), when exactly one is; -1 none, -2 several.
 * heads_only: count only mentions that head their phrase, i.e. are not a modifier followed by 的
 * (谷歌的母公司|字母表宣布 -> 字母表). */
static int companies_in(const gx_article *art, const owners *own, int32_t from, int32_t to, bool heads_only)
{
    int found = -1;
    for (int32_t i = from < 0 ? 0 : from; i < to && i < art->ncp; i++) {
        int o = owner_at(own, i);
        if (o < 0 || art->entities.v[o].type != GX_ENT_COMPANY)
            continue;
        int32_t e = i;
        while (e < art->ncp && owner_at(own, e) == o)
            e++;
        i = e - 1;
        if (heads_only && e < art->ncp && art->cp[e] == 0x7684 /* 的 */)
            continue;
        if (found >= 0 && found != o)
            return -2;
        found = o;
    }
    return found;
}

/* The company [from, to) is about: the only one mentioned, or, when several are, the only one
 * heading its phrase; -1 none, -2 several and no single head. */
static int company_in(const gx_article *art, const owners *own, int32_t from, int32_t to)
{
    int only = companies_in(art, own, from, to, false);
    if (only != -2)
        return only;
    int head = companies_in(art, own, from, to, true);
    return head >= 0 ? head : -2;
}

void gx_rs_coreference(gx_article *art, const gx_text_ix *tx, uint8_t *taken, int32_t subject)
{
    if (!art->entities.n)
        return;
    owners own = {NULL, NULL}, *owner = NULL;
    const uint32_t *cp = art->cp;
    static const uint32_t gongsi[2] = {0x516C, 0x53F8}; /* 公司 */
    for (int32_t i1 = gx_text_ix_first(tx, gongsi); i1 > 0; i1 = tx->next[i1 - 1]) {
        int32_t i = i1 - 1;
        if (i + 1 >= art->ncp || cp[i] != 0x516C || cp[i + 1] != 0x53F8)
            continue;
        gx_span s = {i, i + 2};
        bool gai = i > 0 && cp[i - 1] == 0x8BE5; /* 该公司 */
        if (gai)
            s.start--;
        if (overlaps_taken(taken, s))
            continue;
        if (!gai) {
            /* bare 公司 only as the subject of a clause: after punctuation or 称/经/对/及/将 */
            uint32_t p = i > 0 ? cp[i - 1] : '\n';
            static const uint32_t okp[] = {0x79F0, 0x7ECF, 0x5BF9, 0x53CA, 0x5C06, 0x800C, 0x4F46, 0x5E76};
            bool ok = !gx_is_cjk(p) && !gx_is_alnum(p);
            for (size_t k = 0; !ok && k < sizeof okp / sizeof okp[0]; k++)
                ok = p == okp[k];
            if (!ok)
                continue;
            /* not a compound: 公司债, 公司法 */
            if (i + 2 < art->ncp && (cp[i + 2] == 0x503A || cp[i + 2] == 0x6CD5))
                continue;
        }
        if (!owner) {
            own = owners_build(art);
            owner = &own;
        }
        int32_t ss, se;
        gx_rs_sentence_bounds(art, i, &ss, &se);
        int target = company_in(art, owner, ss, i);
        if (target == -1 && ss > 0) {
            int32_t ps, pe;
            gx_rs_sentence_bounds(art, ss - 1, &ps, &pe);
            target = company_in(art, owner, ps, i);
        }
        if (target < 0 && subject >= 0) {
            /* the subject company of the story, if it is mentioned before in this paragraph */
            int32_t ps = i;
            while (ps > 0 && !(cp[ps - 1] == '\n'))
                ps--;
            for (int32_t k = ps; k < i; k++)
                if (owner_at(owner, k) == subject) {
                    target = subject;
                    break;
                }
            if (target < 0 && gai)
                target = -1;
        }
        if (target < 0)
            continue;
        mark(taken, s);
        gx_rs_add_mention(art, &art->entities.v[target], s);
    }
}

static int find_person(gx_article *art, const char *name)
{
    for (int k = 0; k < art->entities.n; k++)
        if (art->entities.v[k].type == GX_ENT_PERSON && !strcmp(art->entities.v[k].name, name))
            return k;
    return -1;
}

static int find_named(gx_article *art, const char *name)
{
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        if (e->type == GX_ENT_PERSON)
            continue;
        if (!strcmp(e->name, name))
            return k;
        for (int a = 0; a < e->aliases.n; a++)
            if (!strcmp(e->aliases.v[a], name))
                return k;
    }
    return -1;
}

/* Every further occurrence of each entity's names becomes a mention (tx: the article's text
 * index); a two-character name only the tagger proposed spreads only where the tagger read it
 * as a person too. */
void gx_rs_propagate(gx_rs *rs, const gx_text_ix *tx)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    uint8_t *taken = rs->taken;
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        int nm = e->mentions.n;
        /* a two-character name the tagger alone proposed is too weak to spread */
        const gx_candidate *bc = &cv[rs->protos.v[k].best_cand];
        if (bc->source == GX_SRC_TAGGER && e->mentions.n == 1 && bc->span.end - bc->span.start <= 2) {
            /* ... except to the places where the tagger read the same name as a person too (泽林上将
             * … 。泽林在) */
            if (e->type == GX_ENT_PERSON) {
                int nq = gx_cand_ix_same_text(&rs->ix, art, bc->span, -1, qb);
                for (int q = 0; q < nq; q++) {
                    const gx_candidate *o = &cv[qb[q]];
                    if (o->source == GX_SRC_TAGGER && o->type == GX_ENT_PERSON && o->score >= 0.3f &&
                        span_text_eq(art, o->span, bc->span) && !overlaps_taken(taken, o->span)) {
                        mark(taken, o->span);
                        gx_rs_add_mention(art, e, o->span);
                    }
                }
            }
            continue;
        }
        for (int m = 0; m < nm; m++) {
            gx_span s = e->mentions.v[m].span;
            bool seen = false; /* each distinct surface once; the gazetteer found all of its own */
            int nq = gx_cand_ix_starting(&rs->ix, s.start, s.start + 1, qb);
            for (int q = 0; q < nq && !seen; q++)
                seen = cv[qb[q]].source == GX_SRC_GAZETTEER && same_span(&cv[qb[q]], &(gx_candidate){.span = s});
            for (int q = 0; q < m && !seen; q++)
                seen = span_text_eq(art, e->mentions.v[q].span, s);
            if (!seen)
                propagate(eng->lexicon, art, tx, taken, e, art->cp + s.start, s.end - s.start,
                          bc->source == GX_SRC_TAGGER);
        }
    }
}

/* Is the mention at s the object of a deal: right after an acquisition verb (9.3亿收购建华医院,
 * 并购伦交所) or followed by a stake in it (山东英才学院90%权益, X医院的股权, X学院全部举办者权益)? */
static bool deal_object_at(const gx_article *art, gx_span s)
{
    static const char32_t *const VERB[] = {U"收购", U"并购", U"竞购", U"入股", U"增资", U"买下", U"受让", NULL};
    const uint32_t *cp = art->cp;
    int32_t b = s.start;
    if (b > 0 && cp[b - 1] == U'了')
        b--;
    if (gx_word_ending(cp, 0, b, VERB) > 0)
        return true;
    int32_t i = s.end, n = art->ncp;
    if (i < n && cp[i] == U'的')
        i++;
    bool share = false; /* a share of it: 90%, 全部 */
    if (gx_word_at(art, i, (const char32_t *const[]){U"全部", NULL})) {
        i += 2;
        share = true;
    } else {
        int32_t d = i;
        while (d < n && (gx_is_digit(cp[d]) || cp[d] == '.'))
            d++;
        if (d > i && d < n && cp[d] == '%') {
            i = d + 1;
            share = true;
        }
    }
    if (share && i < n && cp[i] == U'的')
        i++;
    if (gx_word_at(art, i, (const char32_t *const[]){U"股权", U"控制权", U"举办者权益", NULL}))
        return true;
    return share && gx_word_at(art, i, (const char32_t *const[]){U"权益", U"股份", NULL});
}

/* A descriptive phrase, not a name: 山东最大民办大学, 目标学院, 该医院. */
static bool descriptive_name(const gx_entity *e)
{
    static const char *const LEAD[] = {"目标", "标的", "该", "这", "此", "本", "某", NULL};
    for (int k = 0; LEAD[k]; k++)
        if (!strncmp(e->name, LEAD[k], strlen(LEAD[k])))
            return true;
    /* a count of one after a place is a description too (苏州一所独立学院) */
    return strstr(e->name, "一所") || strstr(e->name, "一家") || strstr(e->name, "最") || strstr(e->name, "第一");
}

/* Is c a character of a list of Latin brand names (Koradior、La Koradior、NEXY.CO、「Obzee」)? */
static bool latin_list_char(uint32_t c)
{
    return (c < 0x80 && (gx_is_alnum(c) || c == ' ' || c == '.' || c == '-' || c == '&' || c == '\'')) ||
           c == U'、' || c == U'「' || c == U'」' || c == U'“' || c == U'”' || c == U'　';
}

/* Is the mention at s one of the brands a company lists as its own: 品牌 then 包括 / 有 / a colon,
 * then a run of Latin names separated by 、 up to s (本集团现拥有十个女装品牌，包括Koradior、…)?
 * A list that ends in 品牌 (苹果、三星、Fitbit等全球品牌) names companies and is not read here. */
static bool listed_brand_at(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t i = s.start;
    while (i > 0 && latin_list_char(cp[i - 1]))
        i--;
    /* i: where the run of names starts; before it 包括 / 有 / a colon, then 品牌 (maybe a comma) */
    if (gx_word_ending(cp, 0, i, (const char32_t *const[]){U"包括", NULL}) > 0)
        i -= 2;
    else if (i >= 1 && (cp[i - 1] == U'有' || cp[i - 1] == U'：' || cp[i - 1] == ':'))
        i -= 1;
    else
        return false;
    if (i >= 1 && (cp[i - 1] == U'，' || cp[i - 1] == ','))
        i--;
    return gx_word_ending(cp, 0, i, (const char32_t *const[]){U"品牌", NULL}) > 0;
}

/* Types the context decides after the entities are made:
 * - an organization that is the object of an acquisition or a stake (a hospital, a school, an
 *   exchange bought or sold) is a company: the gold conventions count an acquisition target as a
 *   company. The same institution named only as a workplace or a venue stays an organization.
 * - an unlisted company with a Latin name met only in a company's list of its own brands is a
 *   product (brands are a company's product line). */
void gx_rs_context_types(gx_article *art)
{
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        if (!e->name || !e->mentions.n)
            continue;
        if (e->type == GX_ENT_ORGANIZATION && !descriptive_name(e)) {
            for (int m = 0; m < e->mentions.n; m++)
                if (deal_object_at(art, e->mentions.v[m].span)) {
                    e->type = GX_ENT_COMPANY;
                    e->company_id = gx_company_id(art->arena, &e->ticker, e->name);
                    break;
                }
        } else if (e->type == GX_ENT_COMPANY && !e->ticker.code[0] && (unsigned char)e->name[0] < 0x80) {
            bool all = true;
            for (int m = 0; m < e->mentions.n && all; m++)
                all = listed_brand_at(art, e->mentions.v[m].span);
            if (all) {
                e->type = GX_ENT_PRODUCT;
                e->company_id = NULL;
            }
        }
    }
}

/* A byline's pen name (卖油翁, 小鲨鱼, 人大相食): two to five Chinese characters, no body's or
 * firm's name in the article (the outlet, 研究部), not ending like one (…公司, …研究院). */
static bool pen_name(const gx_lexicon *lex, gx_article *art, const char *name)
{
    uint32_t cps[8];
    int32_t n = gx_utf8_to_cps(name, strlen(name), cps, 8);
    if (n < 2 || n > 5)
        return false;
    for (int32_t i = 0; i < n; i++)
        if (!gx_is_cjk(cps[i]))
            return false;
    if (find_named(art, name) >= 0 || (art->outlet && !strcmp(art->outlet, name)))
        return false;
    for (int32_t k = 1; k < n; k++)
        if (gx_lexicon_is(lex, GX_LEX_ORG_SUFFIX, cps + k, n - k) || gx_lexicon_is(lex, GX_LEX_COMPANY_SUFFIX, cps + k, n - k) ||
            gx_lexicon_is(lex, GX_LEX_GOV_SUFFIX, cps + k, n - k))
            return false;
    return true;
}

/* A credit run into the text gave its author the Han run after the credit word ("魏度二次"): the
 * longest person the rules read that opens it is the author (the people rules fix where a surname
 * name ends); none, and a run of two or three characters stays (it ended at the text's edge), a
 * longer one goes (people30). */
static void glued_authors(gx_article *art)
{
    int kept = 0;
    for (int a = 0; a < art->authors.n; a++) {
        gx_author au = art->authors.v[a];
        if (au.glued && au.name) {
            size_t best = 0, len = strlen(au.name);
            for (int k = 0; k < art->entities.n; k++) {
                const gx_entity *e = &art->entities.v[k];
                size_t l = e->type == GX_ENT_PERSON && e->name ? strlen(e->name) : 0;
                if (l >= 6 && l <= len && l > best && !strncmp(e->name, au.name, l))
                    best = l;
            }
            if (best)
                au.name = gx_arena_strndup(art->arena, au.name, best);
            else if (gx_utf8_count(au.name, len) > 3)
                continue;
        }
        art->authors.v[kept++] = au;
    }
    art->authors.n = kept;
}

/* The byline: the outlet an organization, the authors persons with their role; their mentions by
 * text search. */
void gx_rs_byline(gx_rs *rs, const gx_text_ix *tx)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    uint8_t *taken = rs->taken;
    if (art->outlet && *art->outlet && find_named(art, art->outlet) < 0) {
        gx_entity *e = GX_VEC_PUSH(art->arena, art->entities);
        e->type = GX_ENT_ORGANIZATION;
        e->name = art->outlet;
        /* an outlet the gazetteer knows as a company (a broker's research note credited
         * 来源：申万宏源) is that company, mentioned there; a paper (证券时报) stays an
         * organization (seventeenth session, comp25) */
        uint32_t ocp[32];
        int32_t on = eng->lexicon ? gx_utf8_to_cps(art->outlet, strlen(art->outlet), ocp, 32) : 0;
        int32_t id = on >= 2 && on < 32 ? gx_lexicon_find(eng->lexicon, GX_LEX_COMPANY, ocp, on) : -1;
        const gx_lex_entry *en = id >= 0 ? gx_lexicon_entry(eng->lexicon, id) : NULL;
        const gx_lex_thing *th = en && en->thing >= 0 ? gx_lexicon_thing(eng->lexicon, en->thing) : NULL;
        if (th && th->type == GX_ENT_COMPANY && th->ticker.code[0]) {
            e->type = GX_ENT_COMPANY;
            e->name = th->name;
            e->ticker = th->ticker;
            e->company_id = gx_company_id(art->arena, &e->ticker, e->name);
        }
    }
    gx_byline_authors_keep(eng->lexicon, art); /* (done by the engine already: idempotent) */
    glued_authors(art);
    /* a name in brackets closing the text that a surname opens is its writer ("…下跌0.3%。(张俊)") */
    if (art->authors.n == 0 && art->closing_name && eng->lexicon) {
        uint32_t cps[4];
        int32_t n = gx_utf8_to_cps(art->closing_name, strlen(art->closing_name), cps, 4);
        if (gx_lexicon_surname_opens(eng->lexicon, cps, n)) {
            gx_author *au = GX_VEC_PUSH(art->arena, art->authors);
            au->name = art->closing_name;
            au->role = NULL;
        }
    }
    for (int a = 0; a < art->authors.n; a++) {
        const gx_author *au = &art->authors.v[a];
        if (!au->name || !*au->name)
            continue;
        int k = find_person(art, au->name);
        /* a pen name (疯狂药师, 卖油翁, 小鸥: no surname opens it) is a person when the byline
         * gives it a writer's role (作者 | 卖油翁, 编辑 | 小鲨鱼); without one it stays an author.
         * Never a name the article gives a body or a firm (the outlet, a desk). */
        int ulen;
        uint32_t first = gx_utf8_decode((const unsigned char *)au->name, &ulen);
        if (k < 0 && gx_is_cjk(first) && eng->lexicon && !gx_lexicon_char_is(eng->lexicon, first, GX_LEX_SURNAME) &&
            (!au->role || !pen_name(eng->lexicon, art, au->name)))
            continue;
        if (k < 0) {
            gx_entity *e = GX_VEC_PUSH(art->arena, art->entities);
            e->type = GX_ENT_PERSON;
            e->name = au->name;
            k = art->entities.n - 1;
        }
        gx_entity *e = &art->entities.v[k];
        bool has = false;
        for (int r = 0; r < e->roles.n; r++)
            has |= e->roles.v[r].title && au->role && !strcmp(e->roles.v[r].title, au->role);
        if (!has && au->role) {
            gx_role *r = GX_VEC_PUSH(art->arena, e->roles);
            r->title = au->role;
            r->organization = art->outlet;
            r->span = (gx_span){-1, -1};
        }
    }
    /* mentions of byline entities by text search */
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        if (e->mentions.n || !e->name)
            continue;
        uint32_t buf[64];
        int32_t n = gx_utf8_to_cps(e->name, strlen(e->name), buf, 64);
        if (n <= 0)
            continue;
        propagate(eng->lexicon, art, tx, taken, e, buf, n, false);
    }
}
