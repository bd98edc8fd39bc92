/* gx_resolve.c — resolution (stage 7 of DESIGN.md): candidates from the gazetteer, the rules
 * and the tagger -> one entity per real-world thing per article, with every mention.
 *
 * 1. Evidence: each candidate gets an effective score from its source's reliability, its
 *    length, and agreement (another source proposing the same span and type). Weak gazetteer
 *    names (ordinary words) survive only with support.
 * 2. Conflicts: candidates are taken greedily by effective score; one that overlaps an already
 *    taken span is dropped (so the longest well-supported reading wins: 国泰君安 over 国泰).
 * 3. Grouping (union-find): same gazetteer thing, same explicit ticker, alias links, same
 *    surface text and type, short names inside a full name of the same entity.
 * 4. Entities: canonical name, aliases, ticker, company_id, mentions; propagation of every
 *    further occurrence of an entity's names; 该公司/公司 coreference; the byline's authors
 *    and outlet; positions and roles; ids e1.. in order of first mention; salience.
 * The candidate index its rules query is gx_cand_ix.c; the shape checks a tagger proposal must
 * pass, gx_cand_shape.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_cand_ix.h"
#include "gx_cand_shape.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_entity_util.h"
#include "gx_quantity.h"
#include "gx_utf8.h"


typedef struct work {
    int cand;
    float eff;
} work;

static int cmp_work(const void *a, const void *b)
{
    const work *x = a, *y = b;
    if (x->eff != y->eff)
        return x->eff > y->eff ? -1 : 1;
    return x->cand - y->cand;
}

static bool same_span(const gx_candidate *a, const gx_candidate *b)
{
    return a->span.start == b->span.start && a->span.end == b->span.end;
}

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

static float source_base(const gx_candidate *c)
{
    switch (c->source) {
    case GX_SRC_TICKER:
        return 0.98f;
    case GX_SRC_ALIAS:
        return c->score > 0 ? c->score : 0.9f;
    case GX_SRC_TAGGER:
        return 0.45f + 0.3f * c->score;
    default:
        return c->score > 0 ? c->score : 0.5f;
    }
}

static int32_t thing_of(const gx_engine *eng, const gx_candidate *c)
{
    if (c->lex_id < 0 || !eng->lexicon)
        return -1;
    const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, c->lex_id);
    return e ? e->thing : -1;
}

static bool span_text_eq(const gx_article *art, gx_span a, gx_span b)
{
    int32_t n = a.end - a.start;
    return n == b.end - b.start && !memcmp(art->cp + a.start, art->cp + b.start, sizeof(uint32_t) * (size_t)n);
}

/* Does the name end like a news outlet's (…报, …新闻, …电视台, …通讯社, …周刊)? */
static bool is_outlet(const gx_article *art, gx_span s)
{
    const uint32_t *e = art->cp + s.end;
    int32_t len = s.end - s.start;
    if (len < 3)
        return false;
    if (e[-1] == 0x62A5 /* 报 */)
        return true;
    if ((e[-2] == 0x65B0 && e[-1] == 0x95FB) /* 新闻 */ || (e[-2] == 0x5468 && e[-1] == 0x520A) /* 周刊 */)
        return true;
    return len >= 4 && ((e[-3] == 0x7535 && e[-2] == 0x89C6 && e[-1] == 0x53F0) /* 电视台 */ ||
                        (e[-3] == 0x901A && e[-2] == 0x8BAF && e[-1] == 0x793E) /* 通讯社 */);
}

/* Is the name at s part of an index or a market (标普500, 标普500指数, 恒生指数, 纳斯达克综指):
 * a longer never-an-entity word starts with it, or 指数/综指/成指 follows it (after digits)? */
static bool names_an_index(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    int32_t upto = len + 6 < art->ncp - s.start ? len + 6 : art->ncp - s.start;
    if (upto > len && gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_NOT_ENTITY, cp + s.start, upto, len + 1))
        return true;
    int32_t k = s.end;
    while (k < art->ncp && k - s.end < 5 && gx_is_digit(cp[k]))
        k++;
    if (k + 1 < art->ncp && (cp[k + 1] == 0x6570 /* 数 */ || cp[k + 1] == 0x6307 /* 指 */) &&
        (cp[k] == 0x6307 /* 指 */ || cp[k] == 0x7EFC /* 综 */ || cp[k] == 0x6210 /* 成 */))
        return !(k + 3 < art->ncp && cp[k + 2] == 0x516C && cp[k + 3] == 0x53F8); /* 中证指数公司 */
    /* a region and 股票 between the name and 指数 (标准普尔美国股票指数, 道琼斯美国指数) */
    k = s.end;
    int r = 0;
    for (int n = 2; n <= 4 && k + n <= art->ncp; n++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + k, n))
            r = n;
    k += r;
    if (r && k + 1 < art->ncp && cp[k] == 0x80A1 /* 股 */ && cp[k + 1] == 0x7968 /* 票 */)
        k += 2;
    return r && k + 1 < art->ncp && cp[k] == 0x6307 /* 指 */ && cp[k + 1] == 0x6570 /* 数 */ &&
           !(k + 3 < art->ncp && cp[k + 2] == 0x516C && cp[k + 3] == 0x53F8);
}

/* Is the company name at s the start of an industry's name (中国银行|业, 美国银行|业的危机, 证券|业):
 * it ends in a business word and 业 follows, not 业务 or 业绩 (兴业侨丰期货|业务部)? */
static bool names_an_industry(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end - s.start < 2 || s.end + 1 > art->ncp || cp[s.end] != 0x4E1A /* 业 */)
        return false;
    if (s.end + 1 < art->ncp && (cp[s.end + 1] == 0x52A1 /* 务 */ || cp[s.end + 1] == 0x7EE9 /* 绩 */))
        return false;
    static const uint32_t word[][2] = {{0x94F6, 0x884C}, /* 银行 */ {0x8BC1, 0x5238}, /* 证券 */
                                       {0x4FDD, 0x9669}, /* 保险 */ {0x4FE1, 0x6258}, /* 信托 */
                                       {0x671F, 0x8D27} /* 期货 */};
    for (size_t k = 0; k < sizeof word / sizeof word[0]; k++)
        if (cp[s.end - 2] == word[k][0] && cp[s.end - 1] == word[k][1])
            return true;
    return false;
}

/* Does the name end in a branch word (支行, 分行, 支公司, 分公司, 营业部)? */
static bool is_branch_name(const gx_article *art, gx_span s)
{
    const uint32_t *e = art->cp + s.end;
    int32_t len = s.end - s.start;
    if (len >= 4 && (e[-1] == 0x884C /* 行 */ || e[-1] == 0x90E8 /* 部 */) &&
        (e[-2] == 0x652F /* 支 */ || e[-2] == 0x5206 /* 分 */ || (e[-2] == 0x4E1A && e[-3] == 0x8425) /* 营业 */))
        return true;
    return len >= 5 && e[-2] == 0x516C && e[-1] == 0x53F8 && (e[-3] == 0x652F || e[-3] == 0x5206);
}

/* The length of the longest word in a gx_lexicon_prefix_mask(..., min 1) result m != 0 (bit b:
 * a word of b + 1 code points). */
static int32_t longest_in_mask(uint32_t m)
{
    return 32 - __builtin_clz(m);
}

/* Is [from, to) a department or desk of an organization rather than more of its name: desk words
 * only (亚太|交易 of OANDA亚太交易主管), or a name ending in 部/部门 (财富管理部)? */
static bool is_department_part(const gx_engine *eng, const gx_article *art, int32_t from, int32_t to)
{
    const uint32_t *cp = art->cp;
    if (to - from >= 2 && to - from <= 8 && cp[to - 1] == 0x90E8 /* 部 */)
        return true;
    if (to - from >= 3 && to - from <= 8 && cp[to - 2] == 0x90E8 && cp[to - 1] == 0x95E8 /* 部门 */)
        return true;
    /* a chain of desk words covering the whole extension */
    int32_t i = from;
    while (i < to) {
        uint32_t m = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_DEPT_PREFIX, cp + i, to - i, 1);
        if (!m)
            return false;
        i += longest_in_mask(m);
    }
    return i == to && to > from;
}

/* Is the name at s a fund product (嘉实医疗保健|股票基金经理, X混合|基金): fund-type words then 基金
 * follow it, or it ends in one and 基金 follows? */
static bool is_fund_product(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t i = s.end;
    bool typed = false;
    for (int32_t b = s.start; b < s.end && !typed; b++) /* ends in a fund-type word */
        typed = s.end - b <= 6 && gx_lexicon_is(eng->lexicon, GX_LEX_FUND_TYPE, cp + b, s.end - b);
    while (i < art->ncp) {
        uint32_t m = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_FUND_TYPE, cp + i, art->ncp - i, 1);
        if (!m)
            break;
        i += longest_in_mask(m);
        typed = true;
    }
    return typed && i + 1 < art->ncp && cp[i] == 0x57FA /* 基 */ && cp[i + 1] == 0x91D1 /* 金 */;
}

/* Is big = small + a legal-form suffix (股份有限公司, 有限公司, 集团股份有限公司, 股份)? Then both
 * name the same company. */
static bool legal_form_of(const gx_article *art, gx_span big, gx_span small)
{
    static const uint32_t forms[][8] = {
        {0x80A1, 0x4EFD, 0x6709, 0x9650, 0x516C, 0x53F8, 0}, /* 股份有限公司 */
        {0x6709, 0x9650, 0x516C, 0x53F8, 0},                 /* 有限公司 */
        {0x80A1, 0x4EFD, 0},                                 /* 股份 */
        {0x516C, 0x53F8, 0},                                 /* 公司 */
    };
    if (big.start != small.start)
        return false;
    int32_t rest = big.end - small.end;
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        int32_t n = 0;
        while (forms[f][n])
            n++;
        if (n == rest && !memcmp(art->cp + small.end, forms[f], sizeof(uint32_t) * (size_t)n))
            return true;
    }
    return false;
}

/* Entity under construction */
typedef struct proto {
    gx_ent_type type;
    int32_t thing;
    gx_ticker ticker;
    int best_cand;  /* the candidate that names it */
    float best_eff;
    int32_t first;
} proto;

static bool overlaps_taken(const uint8_t *taken, gx_span s)
{
    for (int32_t i = s.start; i < s.end; i++)
        if (taken[i])
            return true;
    return false;
}

static void mark(uint8_t *taken, gx_span s)
{
    for (int32_t i = s.start; i < s.end; i++)
        taken[i] = 1;
}

static int cmp_mention(const void *a, const void *b)
{
    const gx_mention *x = a, *y = b;
    return x->span.start - y->span.start;
}

static void add_alias(gx_article *art, gx_entity *e, const char *s)
{
    if (!s || !*s || (e->name && !strcmp(e->name, s)))
        return;
    for (int i = 0; i < e->aliases.n; i++)
        if (!strcmp(e->aliases.v[i], s))
            return;
    *GX_VEC_PUSH(art->arena, e->aliases) = s;
}

static void add_mention(gx_article *art, gx_entity *e, gx_span s)
{
    for (int i = 0; i < e->mentions.n; i++)
        if (e->mentions.v[i].span.start == s.start && e->mentions.v[i].span.end == s.end)
            return;
    GX_VEC_PUSH(art->arena, e->mentions)->span = s;
}

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
        add_mention(art, e, s);
    }
}

static void sentence_bounds(const gx_article *art, int32_t pos, int32_t *s, int32_t *e)
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

/* Entity index of the company mentioned in [from, to), when exactly one is; -1 none, -2 several.
 * heads_only: count only mentions that head their phrase, i.e. are not a modifier followed by 的
 * (谷歌的母公司|字母表宣布 -> 字母表). */
static int companies_in(const gx_article *art, const int *owner_of_pos, int32_t from, int32_t to,
                        bool heads_only)
{
    int found = -1;
    for (int32_t i = from < 0 ? 0 : from; i < to && i < art->ncp; i++) {
        int o = owner_of_pos[i];
        if (o < 0 || art->entities.v[o].type != GX_ENT_COMPANY)
            continue;
        int32_t e = i;
        while (e < art->ncp && owner_of_pos[e] == o)
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
static int company_in(const gx_article *art, const int *owner_of_pos, int32_t from, int32_t to)
{
    int only = companies_in(art, owner_of_pos, from, to, false);
    if (only != -2)
        return only;
    int head = companies_in(art, owner_of_pos, from, to, true);
    return head >= 0 ? head : -2;
}

static void coreference(gx_article *art, const gx_text_ix *tx, uint8_t *taken, int32_t subject)
{
    if (!art->entities.n)
        return;
    int *owner = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(art->ncp + 1));
    for (int32_t i = 0; i < art->ncp; i++)
        owner[i] = -1;
    for (int k = 0; k < art->entities.n; k++)
        for (int m = 0; m < art->entities.v[k].mentions.n; m++) {
            gx_span s = art->entities.v[k].mentions.v[m].span;
            for (int32_t i = s.start; i < s.end; i++)
                owner[i] = k;
        }
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
        int32_t ss, se;
        sentence_bounds(art, i, &ss, &se);
        int target = company_in(art, owner, ss, i);
        if (target == -1 && ss > 0) {
            int32_t ps, pe;
            sentence_bounds(art, ss - 1, &ps, &pe);
            target = company_in(art, owner, ps, i);
        }
        if (target < 0 && subject >= 0) {
            /* the subject company of the story, if it is mentioned before in this paragraph */
            int32_t ps = i;
            while (ps > 0 && !(cp[ps - 1] == '\n'))
                ps--;
            for (int32_t k = ps; k < i; k++)
                if (owner[k] == subject) {
                    target = subject;
                    break;
                }
            if (target < 0 && gai)
                target = -1;
        }
        if (target < 0)
            continue;
        mark(taken, s);
        add_mention(art, &art->entities.v[target], s);
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

/* The holder of a title the rules gave none: a person mention that starts where the title ends,
 * or after one space or colon (美国总统特朗普, 分析师汉森, 交易主管 Peter Fung). The rules know
 * only Chinese names that start with a surname and spaced English names; the tagger's and the
 * propagated names are just as much the holder when they follow the title. Entity index or -1. */
/* The person entity with a mention exactly at s (the holder candidate of a title lost to
 * another candidate of the same span: a well-known name from people.tsv read by a title rule
 * too, 证监会党委书记、主席刘士余), or -1. */
static int person_at(const gx_article *art, gx_span s)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        if (o->type != GX_ENT_PERSON)
            continue;
        for (int m = 0; m < o->mentions.n; m++)
            if (o->mentions.v[m].span.start == s.start && o->mentions.v[m].span.end == s.end)
                return k;
    }
    return -1;
}

static int holder_after(const gx_article *art, gx_span title)
{
    if (title.end >= art->ncp)
        return -1;
    int32_t at = title.end, at2 = -1;
    if (art->cp[at] == ' ' || art->cp[at] == ':' || art->cp[at] == 0xFF1A)
        at2 = at + 1;
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        if (o->type != GX_ENT_PERSON)
            continue;
        for (int m = 0; m < o->mentions.n; m++)
            if (o->mentions.v[m].span.start == at || o->mentions.v[m].span.start == at2)
                return k;
    }
    return -1;
}

/* The organization of a title the rules gave none: a mention that ends where the title starts
 * (公司董事长 with 公司 resolved to the company, or a propagated name). Entity index or -1. */
static int organization_before(const gx_article *art, gx_span title)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        if (o->type != GX_ENT_COMPANY && o->type != GX_ENT_ORGANIZATION && o->type != GX_ENT_GOVERNMENT)
            continue;
        for (int m = 0; m < o->mentions.n; m++)
            if (o->mentions.v[m].span.end == title.start)
                return k;
    }
    return -1;
}

/* A map from a key (a gazetteer thing) to the first two candidates that have it. */
typedef struct key_map {
    int32_t *key;
    int *first, *second; /* -1 when none */
    uint32_t mask;
} key_map;

static void km_init(key_map *m, gx_arena *a, int n)
{
    uint32_t cap = 16;
    while (cap < 2u * (uint32_t)n)
        cap <<= 1;
    m->mask = cap - 1;
    m->key = gx_arena_alloc(a, sizeof(int32_t) * cap);
    m->first = gx_arena_alloc(a, sizeof(int) * cap);
    m->second = gx_arena_alloc(a, sizeof(int) * cap);
    for (uint32_t k = 0; k < cap; k++)
        m->first[k] = m->second[k] = -1;
}

static uint32_t km_slot(const key_map *m, int32_t key)
{
    uint32_t h = ((uint32_t)key * 0x9E3779B1u) & m->mask;
    while (m->first[h] >= 0 && m->key[h] != key)
        h = (h + 1) & m->mask;
    return h;
}

static void km_add(key_map *m, int32_t key, int idx)
{
    uint32_t h = km_slot(m, key);
    m->key[h] = key;
    if (m->first[h] < 0)
        m->first[h] = idx;
    else if (m->second[h] < 0)
        m->second[h] = idx;
}

/* A person of two or three characters the tagger is sure of (score >= 0.9) against a rule's
 * reading one character longer that no tagger reading supports (tagger_short in the caller): the rule ran into the next word (副行长苏宁|否认, 作者班宇|生于, 任明|完成).
 * Wins even where the longer text occurs more often, which one sentence always gives it. */
static bool sure_short_name(const gx_candidate *shortc, const gx_candidate *longc, int32_t extra)
{
    return extra == 1 && shortc->source == GX_SRC_TAGGER && shortc->score >= 0.9f &&
           longc->source == GX_SRC_RULE && shortc->span.end - shortc->span.start <= 3;
}

/* A rule's name followed by 因 and a clause of reason up to a comma (曹建|因工作原因，辞去): the
 * longer reading that takes the 因 in (曹建因) is the tagger's slip. */
static bool reason_follows(const gx_article *art, const gx_candidate *shortc, const gx_candidate *longc)
{
    const uint32_t *cp = art->cp;
    int32_t e = shortc->span.end;
    if (shortc->source != GX_SRC_RULE || longc->span.end != e + 1 || cp[e] != 0x56E0 /* 因 */)
        return false;
    for (int32_t k = e + 1; k < art->ncp && k <= e + 13; k++) {
        if (cp[k] == ',' || cp[k] == 0xFF0C)
            return k > e + 2;
        if (!gx_is_cjk(cp[k]))
            return false;
    }
    return false;
}

/* Is tagger person self followed by a job title (泽林|上将, 市川准|导演) and read as a person by
 * the tagger in at least half of the places its text occurs? (A title before a name is weaker
 * evidence: verbs and companies follow titles too, 董事长|爆仓, 大股东|锦州恒越.) Uses qb as
 * scratch. */
static bool titled_reading(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    const gx_candidate *c = &art->candidates.v[self];
    int32_t n = c->span.end - c->span.start;
    if (n < 2 || !gx_shape_title_starts_at(eng, art, c->span.end))
        return false;
    int occ = 0, read = 0;
    for (int32_t i = 0; i + n <= art->ncp; i++)
        occ += art->cp[i] == art->cp[c->span.start] &&
               !memcmp(art->cp + i, art->cp + c->span.start, sizeof(uint32_t) * (size_t)n);
    int nq = gx_cand_ix_same_text(ix, art, c->span, -1, qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &art->candidates.v[qb[q]];
        read += o->source == GX_SRC_TAGGER && o->type == GX_ENT_PERSON && span_text_eq(art, o->span, c->span);
    }
    return 2 * read >= occ;
}

/* Is tagger person self a Latin name in brackets right after a person's name (斯基贝(michaelskibbe),
 * 梅森·阿历克斯(MasonAlex)): that person's name in its own script? Uses qb as scratch. */
static bool latin_gloss(const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    const uint32_t *cp = art->cp;
    gx_span s = art->candidates.v[self].span;
    if (s.start < 2 || s.end >= art->ncp || (cp[s.start - 1] != '(' && cp[s.start - 1] != 0xFF08) ||
        (cp[s.end] != ')' && cp[s.end] != 0xFF09 && cp[s.end] != ',' && cp[s.end] != 0xFF0C))
        return false;
    for (int32_t k = s.start; k < s.end; k++)
        if (!gx_is_alnum(cp[k]) && cp[k] != ' ' && cp[k] != '.')
            return false;
    return gx_cand_typed_ending(art, ix, self, GX_ENT_PERSON, s.start - 1, qb);
}

/* Is tagger person self (two characters, no surname, a reading the tagger is unsure of) the
 * short name of a company: some occurrence of its text starts a longer company or
 * organization candidate (维谛|技术), a company suffix or attribute or an industry (宏磊|股份,
 * 赣峰|锂业) follows it, or 等 and a word for companies (杰瑞等公司, 维谛等4厂商); or it stands in
 * a list with a company (科大讯飞与银隆)? Uses qb as scratch. */
static bool company_short_name(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    static const char32_t *const KINDS[] = {U"公司", U"企业", U"厂商", U"厂家", U"品牌", U"机构", U"银行", NULL};
    const gx_candidate *c = &art->candidates.v[self];
    const uint32_t *cp = art->cp;
    int32_t n = c->span.end - c->span.start;
    if (c->score >= 0.6f || n != 2 || gx_lexicon_char_is(eng->lexicon, cp[c->span.start], GX_LEX_SURNAME))
        return false;
    for (int32_t i = 0; i + n <= art->ncp; i++) {
        if (cp[i] != cp[c->span.start] || cp[i + 1] != cp[c->span.start + 1])
            continue;
        int nq = gx_cand_ix_starting(ix, i, i + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &art->candidates.v[qb[q]];
            if (o->span.start == i && o->span.end > i + n &&
                (o->type == GX_ENT_COMPANY || o->type == GX_ENT_ORGANIZATION))
                return true;
        }
        /* 宏磊|股份, X|科技: a company suffix or attribute after it (宏磊股东, X市值) */
        int32_t k = i + n;
        if (k + 2 <= art->ncp && ((cp[k] == 0x80A1 && cp[k + 1] == 0x4EFD) /* 股份 */ ||
                                  (gx_is_cjk(cp[k]) && cp[k + 1] == 0x4E1A))) /* 锂业, 药业, 置业 */
            return true;
        for (int m = 2; m <= 4 && k + m <= art->ncp; m++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + k, m) ||
                gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, cp + k, m))
                return true;
        /* 杰瑞等公司, 维谛等4厂商 */
        if (k < art->ncp && cp[k] == 0x7B49 /* 等 */) {
            k++;
            while (k < art->ncp && (gx_is_digit(cp[k]) || cp[k] == 0x5BB6 /* 家 */ || cp[k] == 0x4E2A /* 个 */))
                k++;
            for (const char32_t *const *w = KINDS; *w; w++)
                if (k + 2 <= art->ncp && cp[k] == (uint32_t)(*w)[0] && cp[k + 1] == (uint32_t)(*w)[1])
                    return true;
        }
    }
    return gx_cand_listed_with(art, ix, self, GX_ENT_COMPANY, true, qb);
}

/* Is span s where someone goes or something lies rather than someone: a verb of travel or
 * location right before it (前往, 抵达, 来到, 位于, 穿梭于, 去, 赴) or a word of surroundings right
 * after it (附近, 一带, 境内)? In CLUENER's training lines these precede 290 places and 1 name. */
static bool place_context(const gx_article *art, gx_span s)
{
    static const char32_t *const BEFORE[] = {U"前往", U"抵达", U"来到", U"位于", U"到达", U"飞往", U"途经", U"坐落于",
                                             U"地处", U"穿梭于", U"游览", U"去", U"赴", U"往", NULL};
    static const char32_t *const AFTER[] = {U"附近", U"一带", U"境内", U"郊区", U"市区", U"当地", NULL};
    const uint32_t *cp = art->cp;
    for (const char32_t *const *w = BEFORE; *w; w++) {
        int32_t n = 0;
        while ((*w)[n])
            n++;
        if (s.start < n)
            continue;
        int32_t k = 0;
        while (k < n && cp[s.start - n + k] == (uint32_t)(*w)[k])
            k++;
        /* (过去, 来往, 交往: not the verb) */
        if (k == n && !(n == 1 && s.start >= 2 && gx_is_cjk(cp[s.start - 2]) &&
                        (cp[s.start - 2] == 0x8FC7 || cp[s.start - 2] == 0x6765 || cp[s.start - 2] == 0x4EA4 ||
                         cp[s.start - 2] == 0x5931 || cp[s.start - 2] == 0x524D || cp[s.start - 2] == 0x5411)))
            return true;
    }
    return s.end < art->ncp && gx_word_at(art, s.end, AFTER);
}

/* Is the tagger's person at s the name of something else: the article's outlet or an outlet's
 * dateline (格隆汇9月25日丨), or an index named after it (胡志明指数, 道琼斯指数)? */
static bool named_thing(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end + 1 < art->ncp && cp[s.end] == 0x6307 /* 指 */ && cp[s.end + 1] == 0x6570 /* 数 */)
        return true;
    /* a dateline: the name, a date and 丨/讯/电 (格隆汇9月25日丨, 新华网北京12月1日电 in short) */
    int32_t k = s.end, marks = 0;
    while (k < art->ncp && k - s.end < 8 && (gx_is_digit(cp[k]) || cp[k] == 0x6708 /* 月 */ || cp[k] == 0x65E5 /* 日 */)) {
        marks += cp[k] == 0x6708 || cp[k] == 0x65E5;
        k++;
    }
    if (marks == 2 && k < art->ncp && (cp[k] == 0x4E28 /* 丨 */ || cp[k] == 0x8BAF /* 讯 */ || cp[k] == 0x7535 /* 电 */ || cp[k] == '|'))
        return true;
    if (!art->outlet || !*art->outlet)
        return false;
    const char *t = gx_article_span_text(art, s);
    return t && !strcmp(t, art->outlet);
}

/* The confidence a tagger person candidate (index self) deserves with the article's evidence:
 * its score, raised by 0.15 when it stands in a list of names next to a person (萨维奇、迪科夫、
 * 尼尔等; 迪乌夫和希利); 0 (refuted) when it stands in an enumeration (、) next to a place and
 * next to no person and the tagger is not sure (中国、美国、越南、多米尼加等国家: a transliterated
 * country). (The same text read again elsewhere is no such evidence: the tagger repeats its own
 * mistakes, 爆仓 … 爆仓.) Uses qb as scratch. */
static float person_evidence(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    float sc = art->candidates.v[self].score;
    if (sc < 0.3f)
        return sc;
    if (company_short_name(eng, art, ix, self, qb) || (sc < 0.8f && place_context(art, art->candidates.v[self].span)) ||
        named_thing(art, art->candidates.v[self].span))
        return 0.0f;
    if (gx_cand_listed_with(art, ix, self, GX_ENT_PERSON, true, qb))
        return sc + 0.15f > 1.0f ? 1.0f : sc + 0.15f;
    if (latin_gloss(art, ix, self, qb))
        return 1.0f;
    if (sc < 0.9f && titled_reading(eng, art, ix, self, qb))
        return sc + 0.2f > 1.0f ? 1.0f : sc + 0.2f;
    if (sc < 0.9f && gx_cand_listed_with(art, ix, self, GX_ENT_LOCATION, false, qb))
        return 0.0f;
    return sc;
}

/* ------------------------------------------------------------------ weak names in context */

/* A weak company name (one that is an ordinary word too: 美的, 理想, 阳光) in a company's
 * context: right after it a company attribute (cues.tsv company_attr: 美的旗下, 美的股东) or a
 * figure or act only a company has (美的营收, 美的股价, 美的发布公告), optionally after a date
 * (美的今年营收); or right before it a word for a company (家电巨头美的, 龙头美的). */
static bool company_context(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const AFTER[] = {U"营收", U"营业收入", U"净利润", U"归母净利润", U"股价", U"市值",
                                            U"财报", U"年报", U"半年报", U"季报", U"发布公告", U"公告称",
                                            U"董事长", U"总裁", U"首席执行官", U"CEO", U"创始人", NULL};
    static const char32_t *const BEFORE[] = {U"巨头", U"龙头", U"厂商", U"品牌", NULL};
    static const char32_t *const WHEN[] = {U"今年", U"去年", U"上半年", U"下半年", U"全年", U"前三季度",
                                           U"第一季度", U"一季度", U"三季度", NULL};
    int32_t at = s.end;
    int q = gx_quantity_at(art, at);
    if (q >= 0 && art->quantities.v[q].type == GX_QTY_DATE && art->quantities.v[q].span.start == at)
        at = art->quantities.v[q].span.end;
    else
        at += gx_word_at(art, at, WHEN); /* a relative date no anchor resolved */
    if (gx_word_at(art, at, AFTER))
        return true;
    for (int k = 2; k <= 4 && at + k <= art->ncp; k++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, art->cp + at, k))
            return true;
    for (int w = 0; BEFORE[w]; w++) {
        int32_t l = 0;
        while (BEFORE[w][l])
            l++;
        if (s.start >= l && gx_word_at(art, s.start - l, (const char32_t *const[]){BEFORE[w], NULL}) == l)
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ tickers as of the article */

/* The date the article speaks from, as "YYYY-MM-DD" or "YYYY-MM" in buf (11 bytes): its
 * published_at when given (*from_text false), else the latest day its own text writes with its
 * year ("2017年12月22日"; a bare "2月2日" got its year from the same uncertain anchor). Months
 * and years alone do not count: on
 * the 2018 news they were mostly periods ("2017年5月以来", "2015年成立") of articles written
 * much later, while news names the day of its events ("1月24日晚间"). Returns false when
 * nothing dates the article. */
static bool article_as_of(const gx_article *art, char buf[11], bool *from_text)
{
    buf[0] = '\0';
    *from_text = false;
    if (art->published_at && strlen(art->published_at) >= 7 && art->published_at[4] == '-') {
        snprintf(buf, 11, "%s", art->published_at);
        return true;
    }
    *from_text = true;
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        if (q->type != GX_QTY_DATE || !q->date)
            continue;
        size_t l = strlen(q->date);
        if (l != 10 || q->span.end - q->span.start < 8)
            continue;
        /* a day written with its year ("2017年12月22日", "2017-12-22"): a bare "2月2日" was
         * given a year by the same uncertain anchor */
        const uint32_t *d = art->cp + q->span.start;
        if (!(d[0] >= '1' && d[0] <= '2' && d[1] >= '0' && d[1] <= '9' && d[2] >= '0' && d[2] <= '9' &&
              d[3] >= '0' && d[3] <= '9'))
            continue;
        bool ok = q->date[4] == '-' && (l == 7 || q->date[7] == '-');
        for (size_t k = 0; k < l && ok; k++)
            ok = (k == 4 || k == 7) ? q->date[k] == '-' : (q->date[k] >= '0' && q->date[k] <= '9');
        if (ok && strcmp(q->date, buf) > 0)
            snprintf(buf, 11, "%s", q->date);
    }
    return buf[0] != '\0';
}

/* Whether a company's gazetteer ticker should be withheld: the article speaks from a date
 * before the company's listing (a 2018 article on a company listed in 2019 names no ticker).
 * The caller keeps a ticker the text writes itself ("宁德时代(300750)").
 * Compared at the article date's precision: a month equal to the listing month keeps it. A date
 * taken from the text is only a lower bound of when it was written (a 2018 review of 1987's
 * crash names no later month): it withholds a ticker only for a listing within three years. */
static bool listed_after(const gx_lex_thing *th, const char *as_of, bool from_text)
{
    if (!th->list_date[0] || !as_of[0])
        return false;
    size_t l = strlen(as_of);
    if (strncmp(as_of, th->list_date, l) >= 0)
        return false;
    return !from_text || atoi(th->list_date) - atoi(as_of) <= 3;
}

/* Whether the tagger person at s reads a place: right after 在/于/赴/到/抵达 and before a speech
 * verb, directly or through 对…(特朗普在达沃斯对媒体称, 他在华尔街表示): "at X, said to Y".
 * With the verb right after, only a known region counts (在特朗普表示之后 names a person). */
static bool place_before_speech(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const SPEECH[] = {U"表示", U"称", U"说", U"指出", U"透露", U"强调", U"发表", U"宣布", NULL};
    const uint32_t *cp = art->cp;
    if (s.start < 1)
        return false;
    uint32_t b = cp[s.start - 1];
    bool at = b == 0x5728 /* 在 */ || b == 0x4E8E /* 于 */ || b == 0x8D74 /* 赴 */ || b == 0x5230 /* 到 */ ||
              (s.start >= 2 && cp[s.start - 2] == 0x62B5 && b == 0x8FBE /* 抵达 */);
    if (!at || s.end >= art->ncp)
        return false;
    if (cp[s.end] == 0x5BF9 /* 对 */ || cp[s.end] == 0x5411 /* 向 */ || cp[s.end] == 0x63A5 /* 接受 */) {
        for (int32_t k = s.end + 1; k < art->ncp && k <= s.end + 12; k++) {
            if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]))
                return false;
            if (gx_word_at(art, k, SPEECH))
                return true;
        }
        return false;
    }
    return gx_word_at(art, s.end, SPEECH) && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, s.end - s.start);
}

/* A tagger organisation that is one Latin word (我们deserve更多, 这很cool, Kostin的团队):
 * 1 when it is the last name of a person the article names in full (David Kostin … Kostin:
 * that person), 0 when it may stand (company evidence: a legal form or company word after it,
 * a ticker in brackets, a company's attribute; else a sure tagger for a lower-case word, a fairly
 * sure one or a repeated word for a capitalised one), -1 when it is no name. Not a single Latin word: 0. */
static int lone_latin_org(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    int lower = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_alnum(cp[k]) || gx_is_digit(cp[k]))
            return 0;
        lower += cp[k] >= 'a' && cp[k] <= 'z';
    }
    int32_t len = s.end - s.start;
    if (len < 2 || lower == 0)
        return 0; /* all capitals (IBM, AMD): judged elsewhere */
    /* the last name of a person named in full: "First Last" among the person candidates */
    if (gx_is_upper(cp[s.start]))
        for (int j = 0; j < art->candidates.n; j++) {
            const gx_candidate *o = &art->candidates.v[j];
            int32_t lo = o->span.end - o->span.start;
            if (o->type != GX_ENT_PERSON || lo < len + 3 || o->span.end > art->ncp || cp[o->span.end - len - 1] != ' ')
                continue;
            if (!memcmp(cp + o->span.end - len, cp + s.start, sizeof(uint32_t) * (size_t)len))
                return 1;
        }
    bool evidence = company_context(eng, art, s);
    if (!evidence && s.end < art->ncp) {
        uint32_t nx = cp[s.end];
        evidence = ((nx == '(' || nx == 0xFF08) && s.end + 1 < art->ncp &&
                    (gx_is_upper(cp[s.end + 1]) || gx_is_digit(cp[s.end + 1])));
        for (int n = 2; n <= 4 && !evidence && s.end + n <= art->ncp; n++)
            evidence = gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.end, n);
        evidence = evidence || (s.end + 2 <= art->ncp && ((nx == 0x516C && cp[s.end + 1] == 0x53F8) || /* 公司 */
                                                          (nx == 0x96C6 && cp[s.end + 1] == 0x56E2)));  /* 集团 */
    }
    if (evidence)
        return 0;
    /* lower case (deserve 0.45, convince 0.44 on the 2018 news; the brands CLUENER writes in lower
     * case, visa, rbs, bwin, score 0.83-0.99): the tagger must be sure */
    if (!gx_is_upper(cp[s.start]))
        return c->score >= 0.7f ? 0 : -1;
    /* a capital: fairly sure, or a word the text repeats (Wind, Uber, Fastly), not once and
     * doubtful (Financial 0.37, Economics 0.39, Convertible 0.55) */
    if (c->score >= 0.6f)
        return 0;
    /* an item of a list (苹果、三星、Fitbit、小米和Titan等全球品牌) */
    uint32_t before = s.start > 0 ? cp[s.start - 1] : 0, after = s.end < art->ncp ? cp[s.end] : 0;
    if (before == 0x3001 /* 、 */ || before == 0x548C /* 和 */ || after == 0x3001 || after == 0x7B49 /* 等 */)
        return 0;
    int seen = 0;
    for (int32_t k = 0; k + len <= art->ncp && seen < 2; k++)
        if (cp[k] == cp[s.start] && !memcmp(cp + k, cp + s.start, sizeof(uint32_t) * (size_t)len) &&
            (k == 0 || !gx_is_alnum(cp[k - 1])) && (k + len == art->ncp || !gx_is_alnum(cp[k + len])))
            seen++;
    return seen >= 2 ? 0 : -1;
}

/* Whether the name at s is a known company's investment arm: the company's name (its first
 * `parent` characters), then the arm's own words ending in 资本/创投/投资/基金/资管 (美团|龙珠资本,
 * 阿里巴巴|创投): a company of its own, not the parent's full name. */
static bool investment_arm(const gx_article *art, gx_span s, int32_t parent)
{
    static const uint32_t tails[][2] = {{0x8D44, 0x672C}, {0x521B, 0x6295}, {0x6295, 0x8D44}, {0x57FA, 0x91D1}, {0x8D44, 0x7BA1}};
    int32_t len = s.end - s.start;
    if (len - parent < 2)
        return false;
    for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++)
        if (art->cp[s.end - 2] == tails[t][0] && art->cp[s.end - 1] == tails[t][1])
            return true;
    return false;
}

void gx_resolve_apply(const gx_engine *eng, gx_article *art)
{
    int nc = art->candidates.n;
    gx_candidate *cv = art->candidates.v;
    if (art->ncp == 0)
        return;
    /* ---- 1. evidence */
    bool tagger_ran_any = false;
    for (int i = 0; i < nc && !tagger_ran_any; i++)
        tagger_ran_any = cv[i].source == GX_SRC_TAGGER;
    work *w = gx_arena_alloc(art->arena, sizeof(work) * (size_t)(nc + 1));
    int nw = 0;
    gx_cand_ix ix;
    gx_cand_ix_build(&ix, art);
    int *qb = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1)); /* query results */
    /* the longer names a tagger span may cut (below): rule, gazetteer and ticker names, each
     * distinct text once (their spans and these fields do not change in this loop) */
    int *whole = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    int nwhole = 0;
    for (int j = 0; j < nc; j++) {
        const gx_candidate *o = &cv[j];
        if ((o->source != GX_SRC_RULE && o->source != GX_SRC_GAZETTEER && o->source != GX_SRC_TICKER) ||
            o->link == GX_LINK_SUFFIX_ONLY || o->type == GX_ENT_PERSON || o->type == GX_ENT_POSITION ||
            !gx_span_in_text(art, o->span))
            continue;
        bool dup = false;
        for (int q = 0; q < nwhole && !dup; q++)
            dup = span_text_eq(art, cv[whole[q]].span, o->span);
        if (!dup)
            whole[nwhole++] = j;
    }
    /* strong gazetteer candidates by thing, for the support of weak names */
    key_map strong;
    km_init(&strong, art->arena, nc);
    for (int j = 0; j < nc; j++) {
        if (cv[j].type == GX_ENT_POSITION || cv[j].lex_id < 0 || !eng->lexicon)
            continue;
        const gx_lex_entry *ej = gx_lexicon_entry(eng->lexicon, cv[j].lex_id);
        if (ej && !(ej->flags & GX_LEXF_WEAK) && ej->thing >= 0)
            km_add(&strong, ej->thing, j);
    }
    for (int i = 0; i < nc; i++) {
        gx_candidate *c = &cv[i];
        if (c->type == GX_ENT_POSITION || c->span.end <= c->span.start || c->span.start < 0 || c->span.end > art->ncp)
            continue;
        if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON) {
            gx_shape_trim_left(eng, art, c);
            gx_shape_take_region(eng, art, c);
            if (!same_span(c, &(gx_candidate){.span = ix.key[i]}))
                gx_cand_ix_moved(&ix, i);
        }
        if (c->source == GX_SRC_RULE && gx_shape_take_region(eng, art, c))
            gx_cand_ix_moved(&ix, i);
        /* a country and a Latin-named body (美国|LISI投资委员会) is a private organization of that
         * country, not a government body */
        if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_GOVERNMENT)
            for (int32_t k = c->span.start + 1; k + 1 < c->span.end && k - c->span.start <= 4; k++)
                if (gx_is_alnum(art->cp[k]) && !gx_is_digit(art->cp[k]) && gx_is_cjk(art->cp[c->span.end - 1]) &&
                    gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, k - c->span.start)) {
                    c->type = GX_ENT_ORGANIZATION;
                    break;
                }
        /* a newspaper, broadcaster or news site is an organization (中国基金报, 福克斯新闻) */
        if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY && is_outlet(art, c->span))
            c->type = GX_ENT_ORGANIZATION;
        float eff = source_base(c);
        int agree = 0;
        int nq = gx_cand_ix_starting(&ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            int j = qb[q];
            if (j != i && cv[j].source != c->source && same_span(&cv[j], c) && cv[j].type == c->type)
                agree++;
        }
        eff += 0.1f * (float)(agree > 2 ? 2 : agree);
        int32_t len = c->span.end - c->span.start;
        eff += 0.01f * (float)(len > 10 ? 10 : len);
        /* a listed company's short name with its share class (万科A, 深康佳B) is that company */
        if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
            eng->lexicon && len >= 3 && (art->cp[c->span.end - 1] == 'A' || art->cp[c->span.end - 1] == 'B') &&
            gx_is_cjk(art->cp[c->span.end - 2])) {
            int32_t id = gx_lexicon_find(eng->lexicon, GX_LEX_COMPANY, art->cp + c->span.start, len - 1);
            if (id >= 0) {
                c->lex_id = id;
                eff += 0.2f;
            }
        }
        /* a rule-found legal name made of a place, a listed company's short name and a legal form
         * (宁夏|青龙管业|股份有限公司): that company's full name, even when the gazetteer knows
         * another (renamed) one; it wins over the short name inside it and links to its thing */
        if (c->source == GX_SRC_RULE && c->type == GX_ENT_COMPANY && c->lex_id < 0 && eng->lexicon) {
            nq = gx_cand_ix_starting(&ix, c->span.start, c->span.end, qb);
            for (int q = 0; q < nq; q++) {
                const gx_candidate *o = &cv[qb[q]];
                if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 ||
                    o->span.end > c->span.end || o->span.end - o->span.start < 2 ||
                    (o->span.end == c->span.end && o->span.start == c->span.start))
                    continue;
                if (o->span.end - o->span.start < 3 && o->span.end != c->span.end)
                    continue;
                bool place = o->span.start == c->span.start ||
                             gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, o->span.start - c->span.start);
                if (place && legal_form_of(art, c->span, (gx_span){c->span.start, o->span.end})) {
                    c->lex_id = o->lex_id;
                    eff += 0.15f;
                    break;
                }
                /* a place and a known company's name, nothing else (香港|汇丰, 美国|高盛): that
                 * company (its unit there) */
                if (o->span.start > c->span.start && o->span.end == c->span.end &&
                    gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, o->span.start - c->span.start)) {
                    c->lex_id = o->lex_id;
                    eff += 0.15f;
                    break;
                }
            }
        }
        /* a name the text repeats is more likely a name */
        if (c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) {
            nq = gx_cand_ix_same_text(&ix, art, c->span, i, qb);
            for (int q = 0; q < nq; q++) {
                int j = qb[q];
                if (!same_span(&cv[j], c) && cv[j].type == c->type && span_text_eq(art, cv[j].span, c->span)) {
                    eff += 0.08f;
                    break;
                }
            }
            /* standing alone, a weak reading is not enough */
            if (c->type == GX_ENT_COMPANY && !agree && eff < 0.55f)
                continue;
            /* two characters that a context rule alone calls a company or organization (离职|总裁,
             * 虽然, 出现, 万元) need the tagger to read them as one somewhere in the article */
            if (c->source == GX_SRC_RULE && (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION) &&
                c->span.end - c->span.start == 2 && gx_is_cjk(art->cp[c->span.start]) && c->score < 0.7f &&
                tagger_ran_any) {
                bool read = false;
                nq = gx_cand_ix_same_text(&ix, art, c->span, -1, qb);
                for (int q = 0; q < nq && !read; q++) {
                    const gx_candidate *o = &cv[qb[q]];
                    read = o->source == GX_SRC_TAGGER && span_text_eq(art, o->span, c->span) &&
                           (o->type == GX_ENT_COMPANY || o->type == GX_ENT_ORGANIZATION || o->type == GX_ENT_GOVERNMENT);
                }
                if (!read)
                    continue;
            }
        }
        /* one Latin word as an organisation needs a capital and a sure tagger or company
         * evidence; the last name of a person named in full is that person (Kostin) */
        bool last_name = false;
        if (c->source == GX_SRC_TAGGER && (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION)) {
            int l = lone_latin_org(eng, art, c);
            if (l < 0)
                continue;
            if (l > 0) {
                c->type = GX_ENT_PERSON;
                last_name = true;
            }
        }
        if (c->source == GX_SRC_TAGGER && !agree && !last_name) {
            /* the shape check weighs the tagger's score with the article's own evidence for a
             * person: a name in a list with a person, or with places */
            gx_candidate judged = *c;
            if (c->type == GX_ENT_PERSON && (judged.score = person_evidence(eng, art, &ix, i, qb)) <= 0.0f)
                continue;
            if (c->type == GX_ENT_PERSON && place_before_speech(eng, art, c->span))
                continue;
            if (!gx_shape_tagger_ok(eng, art, &judged))
                continue;
        }
        /* a known company and its department or desk (摩根士丹利|财富管理部, OANDA|亚太交易,
         * 花旗集团|财富管理部) or a person after it (大成基金|徐彦): the gazetteer's company is what
         * is named */
        if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY) {
            nq = gx_cand_ix_starting(&ix, c->span.start, c->span.start + 1, qb);
            for (int q = 0; q < nq && eff >= 0; q++) {
                const gx_candidate *o = &cv[qb[q]];
                if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->span.start != c->span.start ||
                    o->span.end >= c->span.end)
                    continue;
                if (is_department_part(eng, art, o->span.end, c->span.end))
                    eff = -1;
                /* a known company and a person's name after it (大成基金|徐彦) */
                int32_t rest = c->span.end - o->span.end;
                if (rest >= 2 && rest <= 3 && gx_lexicon_char_is(eng->lexicon, art->cp[o->span.end], GX_LEX_SURNAME) &&
                    !gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + o->span.end, rest))
                    eff = -1;
            }
            if (eff < 0)
                continue;
        }
        /* the tagger's longer reading around a gazetteer name of the same type, sharing an edge
         * (印度|国防部, 中国人保财险|北京朝阳支公司): the gazetteer confirms it, the longer wins */
        if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION && c->score >= 0.5f) {
            nq = gx_cand_ix_starting(&ix, c->span.start, c->span.end + 1, qb);
            for (int q = 0; q < nq; q++) {
                const gx_candidate *o = &cv[qb[q]];
                if (o->source == GX_SRC_GAZETTEER && o->type == c->type && o->span.start >= c->span.start &&
                    o->span.end <= c->span.end && o->span.end - o->span.start < c->span.end - c->span.start) {
                    /* sharing an edge, or only a country or region before it (中国|光大银行),
                     * or a branch after it (中国农业银行|亚运村支行) */
                    bool region_left = o->span.start > c->span.start &&
                                       gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start,
                                                     o->span.start - c->span.start);
                    if (o->span.start == c->span.start || o->span.end == c->span.end || region_left)
                        eff += region_left && o->span.end == c->span.end ? 0.3f : c->score >= 0.9f ? 0.25f : 0.15f;
                    if (is_branch_name(art, c->span))
                        eff += 0.15f;
                    break;
                }
            }
        }
        /* the tagger cutting a name that a context rule or the gazetteer saw whole, here or
         * anywhere in the article (摩尔 of 摩尔线程 in "壁仞科技、摩尔线程、燧原科技等…独角兽"):
         * when the text at this place continues into that longer name, the longer reading wins */
        if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION)
            for (int q = 0; q < nwhole; q++) {
                const gx_candidate *o = &cv[whole[q]];
                int32_t lo = o->span.end - o->span.start, lc = c->span.end - c->span.start;
                if ((o->source != GX_SRC_RULE && o->source != GX_SRC_GAZETTEER && o->source != GX_SRC_TICKER) ||
                    o->link == GX_LINK_SUFFIX_ONLY || o->type == GX_ENT_PERSON || o->type == GX_ENT_POSITION ||
                    lo <= lc || c->span.start + lo > art->ncp)
                    continue;
                int32_t off = -1; /* where c sits inside o's text, if at all */
                for (int32_t k = 0; k + lc <= lo && off < 0; k++)
                    if (!memcmp(art->cp + o->span.start + k, art->cp + c->span.start, sizeof(uint32_t) * (size_t)lc))
                        off = k;
                if (off < 0 || c->span.start - off < 0 ||
                    memcmp(art->cp + c->span.start - off, art->cp + o->span.start, sizeof(uint32_t) * (size_t)lo))
                    continue;
                eff = -1; /* dropped: propagation gives this place the longer name */
                break;
            }
        if (eff < 0)
            continue;
        if (gx_lexicon_is(eng->lexicon, GX_LEX_NOT_ENTITY, art->cp + c->span.start, c->span.end - c->span.start))
            continue;
        if (c->type == GX_ENT_COMPANY && names_an_industry(art, c->span))
            continue;
        if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY &&
            is_fund_product(eng, art, c->span))
            continue;
        if (c->type != GX_ENT_PERSON && names_an_index(eng, art, c->span))
            continue;
        if (c->type == GX_ENT_GOVERNMENT && gx_shape_department_word(art, c->span))
            continue;
        bool weak = false;
        if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && eng->lexicon) {
            const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, c->lex_id);
            weak = e && (e->flags & GX_LEXF_WEAK);
            /* a short gazetteer name opening a longer company name that a rule or the tagger
             * found (中芯 in 中芯聚源, 格力 in 格力创投): the longer reading wins */
            if (e && !(e->flags & GX_LEXF_FULL) && c->type == GX_ENT_COMPANY) {
                nq = gx_cand_ix_starting(&ix, c->span.start, c->span.start + 1, qb);
                for (int q = 0; q < nq; q++) {
                    gx_candidate *o = &cv[qb[q]];
                    if ((o->source == GX_SRC_RULE || o->source == GX_SRC_TAGGER) && o->type == GX_ENT_COMPANY &&
                        o->span.start == c->span.start && o->span.end >= c->span.end &&
                        o->span.end - o->span.start > c->span.end - c->span.start && source_base(o) >= 0.55f &&
                        !legal_form_of(art, o->span, c->span)) {
                        eff -= 0.3f;
                        break;
                    }
                }
                /* ... or closing an enumerated name that a place and more words open (浙江兰溪|汇丰
                 * in X、Y、浙江兰溪汇丰等交易平台): a local namesake, not the company; a place alone
                 * before it (香港|汇丰) still names the company */
                nq = gx_cand_ix_starting(&ix, c->span.start - 12 < 0 ? 0 : c->span.start - 12, c->span.start, qb);
                for (int q = 0; q < nq; q++) {
                    gx_candidate *o = &cv[qb[q]];
                    if (o->source != GX_SRC_RULE || o->type != GX_ENT_COMPANY || o->span.end != c->span.end ||
                        o->span.start >= c->span.start || o->link == GX_LINK_SUFFIX_ONLY)
                        continue;
                    uint32_t r = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_REGION, art->cp + o->span.start,
                                                        c->span.start - o->span.start, 2);
                    bool list_item = (o->span.start > 0 && art->cp[o->span.start - 1] == 0x3001) ||
                                     (c->span.end < art->ncp && art->cp[c->span.end] == 0x3001);
                    /* a region opens it and more than the region stands before the name */
                    if (r && list_item && !(r & (1u << (c->span.start - o->span.start - 2)))) {
                        eff -= 0.3f;
                        break;
                    }
                }
            }
        }
        /* a short gazetteer name inside a longer name of another type that the tagger is fairly
         * sure of (京东 in 北京东三环, 中国银行 in 中国银行业监督管理委员会) is part of that name */
        if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && !(gx_lexicon_entry(eng->lexicon, c->lex_id)->flags & GX_LEXF_FULL)) {
            nq = gx_cand_ix_starting(&ix, c->span.start - ix.maxlen, c->span.start + 1, qb);
            for (int q = 0; q < nq; q++) {
                const gx_candidate *o = &cv[qb[q]];
                if (o->source == GX_SRC_TAGGER && o->type != c->type && o->type != GX_ENT_POSITION && o->score >= 0.6f &&
                    o->span.start <= c->span.start && o->span.end >= c->span.end &&
                    o->span.end - o->span.start > c->span.end - c->span.start) {
                    eff -= 0.3f;
                    break;
                }
            }
        }
        /* a short company name glued inside running text that the tagger did not read as any
         * organization (金融创新 holds 融创, 三星堆 三星, “奔驰石” 奔驰): both sides glued, it is
         * part of another word; one side glued, it needs support like a weak name */
        if (c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_COMPANY && tagger_ran_any && c->lex_id >= 0 &&
            !(gx_lexicon_entry(eng->lexicon, c->lex_id)->flags & (GX_LEXF_FULL | GX_LEXF_LATIN)) &&
            c->span.end - c->span.start <= 3) {
            bool seen = false;
            nq = gx_cand_ix_starting(&ix, c->span.start - ix.maxlen, c->span.end, qb);
            for (int q = 0; q < nq && !seen; q++) {
                int j = qb[q];
                seen = cv[j].source == GX_SRC_TAGGER && cv[j].type != GX_ENT_PERSON && cv[j].type != GX_ENT_POSITION &&
                       cv[j].type != GX_ENT_LOCATION && cv[j].span.start < c->span.end && c->span.start < cv[j].span.end;
            }
            if (!seen) {
                int glued = gx_shape_glued_left(eng, art, c->span.start) + gx_shape_glued_right(eng, art, c->span.end);
                if (glued == 2 && c->span.end - c->span.start <= 2)
                    continue;
                if (glued == 1)
                    weak = true;
            }
        }
        if (weak) {
            /* supported by the same thing named strongly elsewhere in the article? */
            int32_t th = thing_of(eng, c);
            if (th >= 0 && eff < 0.6f) {
                uint32_t h = km_slot(&strong, th);
                if ((strong.first[h] >= 0 && strong.first[h] != i) || strong.second[h] >= 0)
                    eff = 0.7f;
            }
            if (agree)
                eff = 0.7f;
            if (eff < 0.45f && c->type == GX_ENT_COMPANY && company_context(eng, art, c->span))
                eff = 0.7f;
            if (eff < 0.45f)
                continue;
        }
        w[nw].cand = i;
        w[nw].eff = eff;
        nw++;
    }
    /* person candidates where one name is another plus a character or two (王劲 / 王劲赶 /
     * 王劲夫人, 李开 / 李开复): the reading the text supports more often wins — occurrences of
     * the longer one against occurrences of the shorter one not followed by the same extra */
    for (int a = 0; a < nw; a++) {
        gx_candidate *ca = &cv[w[a].cand];
        if (ca->type != GX_ENT_PERSON || w[a].eff < 0)
            continue;
        int32_t la = ca->span.end - ca->span.start;
        for (int b = 0; b < nw && w[a].eff >= 0; b++) {
            gx_candidate *cb = &cv[w[b].cand];
            int32_t lb = cb->span.end - cb->span.start;
            if (cb->type != GX_ENT_PERSON || lb <= la || lb > la + 2 || w[b].eff < 0)
                continue;
            if (memcmp(art->cp + cb->span.start, art->cp + ca->span.start, sizeof(uint32_t) * (size_t)la)) {
                /* the longer one adds characters on the left (比王劲): a tagger slip, keep the name */
                if (cb->source == GX_SRC_TAGGER && la >= 2 &&
                    !memcmp(art->cp + cb->span.end - la, art->cp + ca->span.start, sizeof(uint32_t) * (size_t)la) &&
                    !gx_lexicon_char_is(eng->lexicon, art->cp[cb->span.start], GX_LEX_SURNAME))
                    w[b].eff = -1;
                continue;
            }
            const uint32_t *ta = art->cp + ca->span.start, *tb = art->cp + cb->span.start;
            int na = 0, nb = 0;
            for (int32_t i = 0; i + la <= art->ncp; i++) {
                if (memcmp(art->cp + i, ta, sizeof(uint32_t) * (size_t)la))
                    continue;
                if (i + lb <= art->ncp && !memcmp(art->cp + i, tb, sizeof(uint32_t) * (size_t)lb))
                    nb++;
                else
                    na++;
            }
            /* on a tie, the reading the tagger is fairly sure of and a rule alone proposed
             * against it (作者:金庸|简介) */
            bool tagger_short = ca->source == GX_SRC_TAGGER && ca->score >= 0.8f && cb->source != GX_SRC_TAGGER;
            for (int k = 0; k < nw && tagger_short; k++) {
                const gx_candidate *ck = &cv[w[k].cand];
                if (ck->source == GX_SRC_TAGGER && ck->type == GX_ENT_PERSON && ck->span.end - ck->span.start == lb &&
                    !memcmp(art->cp + ck->span.start, tb, sizeof(uint32_t) * (size_t)lb))
                    tagger_short = false;
            }
            bool keep_short = na > nb || (na == nb && lb == la + 1 &&
                                          (gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, tb + la, 1) ||
                                           gx_lexicon_is(eng->lexicon, GX_LEX_RIGHT_OK, tb + la, 1) || tagger_short)) ||
                              (tagger_short && sure_short_name(ca, cb, lb - la)) || reason_follows(art, ca, cb);
            /* drop every candidate with the losing text */
            const uint32_t *lose = keep_short ? tb : ta;
            int32_t ll = keep_short ? lb : la;
            for (int k = 0; k < nw; k++) {
                gx_candidate *ck = &cv[w[k].cand];
                if (ck->type == GX_ENT_PERSON && ck->span.end - ck->span.start == ll &&
                    !memcmp(art->cp + ck->span.start, lose, sizeof(uint32_t) * (size_t)ll))
                    w[k].eff = -1;
            }
        }
    }
    {
        int k = 0;
        for (int a = 0; a < nw; a++)
            if (w[a].eff >= 0)
                w[k++] = w[a];
        nw = k;
    }
    /* a title word in the middle of a name the tagger is sure of, the name going on after it
     * (伟业|顾问|北京公司, 中国埃及|大使|馆): the tagger has the evidence, the list word is
     * part of the name and no title */
    {
        int keep = 0;
        for (int k = 0; k < art->positions.n; k++) {
            gx_span t = art->positions.v[k].span;
            bool inside = false;
            for (int a = 0; a < nw && !inside && t.end > t.start; a++) {
                const gx_candidate *c = &cv[w[a].cand];
                inside = c->source == GX_SRC_TAGGER && c->score >= 0.9f &&
                         (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION || c->type == GX_ENT_GOVERNMENT) &&
                         c->span.start < t.start && t.end < c->span.end;
            }
            if (!inside)
                art->positions.v[keep++] = art->positions.v[k];
        }
        art->positions.n = keep;
    }
    /* a name never runs into a job title the rules found (伯乐基金|经理 of 时代伯乐基金经理) */
    {
        /* the characters the titles cover; a title with an empty span is checked as before */
        uint8_t *in_title = gx_arena_alloc(art->arena, (size_t)art->ncp + 1);
        bool empty_title = false;
        for (int i = 0; i < art->positions.n; i++) {
            gx_span t = art->positions.v[i].span;
            if (t.end <= t.start)
                empty_title = true;
            for (int32_t k = t.start < 0 ? 0 : t.start; k < t.end && k < art->ncp; k++)
                in_title[k] = 1;
        }
        for (int a = 0; a < nw; a++) {
            gx_candidate *c = &cv[w[a].cand];
            for (int32_t k = c->span.start; k < c->span.end && w[a].eff >= 0; k++)
                if (in_title[k])
                    w[a].eff = -1;
            for (int i = 0; empty_title && i < art->positions.n && w[a].eff >= 0; i++) {
                gx_span t = art->positions.v[i].span;
                if (c->span.start < t.end && t.start < c->span.end)
                    w[a].eff = -1;
            }
        }
    }
    /* with the tagger running, a weak suffix name it did not see at all counts for less */
    bool tagger_ran = false;
    for (int i = 0; i < nc && !tagger_ran; i++)
        tagger_ran = cv[i].source == GX_SRC_TAGGER;
    for (int a = 0; tagger_ran && a < nw; a++) {
        gx_candidate *c = &cv[w[a].cand];
        /* a two-character "name" after a title that the tagger did not read as a person at all
         * (专家|封杀, 艺术家|宣传) is more likely a verb */
        if (c->source == GX_SRC_RULE && c->type == GX_ENT_PERSON && c->span.end - c->span.start == 2 && w[a].eff >= 0) {
            bool seen = false;
            int nq = gx_cand_ix_starting(&ix, c->span.start - ix.maxlen, c->span.end, qb);
            for (int q = 0; q < nq && !seen; q++) {
                int i = qb[q];
                seen = cv[i].source == GX_SRC_TAGGER && cv[i].type == GX_ENT_PERSON &&
                       cv[i].span.start < c->span.end && c->span.start < cv[i].span.end;
            }
            nq = seen ? 0 : gx_cand_ix_same_text(&ix, art, c->span, w[a].cand, qb);
            for (int q = 0; q < nq && !seen; q++) { /* the same name read elsewhere in the article */
                int i = qb[q];
                seen = cv[i].source == GX_SRC_TAGGER && cv[i].type == GX_ENT_PERSON && span_text_eq(art, cv[i].span, c->span);
            }
            if (!seen && !gx_lexicon_char_is(eng->lexicon, art->cp[c->span.start], GX_LEX_COMMON_SURNAME) &&
                !gx_translit_pair(art->cp[c->span.start], art->cp[c->span.start + 1]))
                w[a].eff = -1;
            continue;
        }
        if (c->source != GX_SRC_RULE || c->link != GX_LINK_SUFFIX_ONLY || w[a].eff < 0)
            continue;
        bool seen = false;
        int nq = gx_cand_ix_starting(&ix, c->span.start - ix.maxlen, c->span.end, qb);
        for (int q = 0; q < nq && !seen; q++) {
            int i = qb[q];
            seen = cv[i].source == GX_SRC_TAGGER && cv[i].type != GX_ENT_PERSON && cv[i].type != GX_ENT_POSITION &&
                   cv[i].span.start < c->span.end && c->span.start < cv[i].span.end;
        }
        /* a name in an enumeration with another company (愉悦资本、启明创投、高鹄资本跟投) */
        if (!seen)
            seen = gx_cand_listed_with(art, &ix, w[a].cand, GX_ENT_COMPANY, false, qb);
        /* a name opening a clause as the source of what follows (。巨丰投顾：…) needs no more */
        if (!seen && c->span.end < art->ncp && (art->cp[c->span.end] == ':' || art->cp[c->span.end] == 0xFF1A)) {
            int32_t p = c->span.start;
            while (p > 0 && (art->cp[p - 1] == ' ' || art->cp[p - 1] == 0x3000 || art->cp[p - 1] == '\t'))
                p--;
            uint32_t pc = p > 0 ? art->cp[p - 1] : '\n';
            seen = pc == '\n' || pc == 0x3002 || pc == '!' || pc == '?' || pc == ';' || pc == 0xFF01 ||
                   pc == 0xFF1F || pc == 0xFF1B || pc == 0x3011 /* 】 */;
        }
        if (!seen && w[a].eff - 0.1f < (c->type == GX_ENT_COMPANY ? 0.55f : 0.5f))
            w[a].eff = -1;
        else if (!seen)
            w[a].eff -= 0.1f;
    }
    {
        int k = 0;
        for (int a = 0; a < nw; a++)
            if (w[a].eff >= 0)
                w[k++] = w[a];
        nw = k;
    }
    qsort(w, (size_t)nw, sizeof(work), cmp_work);
    gx_cand_ix_build(&ix, art); /* spans are final from here on */

    /* ---- 2. conflicts: greedy by evidence */
    uint8_t *taken = gx_arena_alloc(art->arena, (size_t)art->ncp + 1);
    int *chosen = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    float *eff_of = gx_arena_alloc(art->arena, sizeof(float) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++)
        chosen[i] = 0;
    for (int k = 0; k < nw; k++) {
        gx_candidate *c = &cv[w[k].cand];
        if (overlaps_taken(taken, c->span))
            continue;
        mark(taken, c->span);
        chosen[w[k].cand] = 1;
        eff_of[w[k].cand] = w[k].eff;
    }
    /* a candidate that lost to an identical span of another source still lends it what it
     * knows: the gazetteer's thing and ticker go to the tagger's or a rule's winning reading */
    for (int i = 0; i < nc; i++) {
        if (!chosen[i] || cv[i].lex_id >= 0)
            continue;
        int nq = gx_cand_ix_starting(&ix, cv[i].span.start, cv[i].span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            int j = qb[q];
            if (j != i && !chosen[j] && same_span(&cv[j], &cv[i]) && cv[j].type == cv[i].type &&
                (cv[j].lex_id >= 0 || cv[j].ticker.code[0])) {
                cv[i].lex_id = cv[j].lex_id;
                if (!cv[i].ticker.code[0])
                    cv[i].ticker = cv[j].ticker;
                if (!cv[i].canonical)
                    cv[i].canonical = cv[j].canonical;
                break;
            }
        }
    }
    /* one surface, one type: when the same text was chosen as a person in one place and an
     * organization in another (巴菲特), every mention takes the type most of them have */
    for (int i = 0; i < nc; i++) {
        if (!chosen[i] || cv[i].source == GX_SRC_GAZETTEER || cv[i].source == GX_SRC_TICKER)
            continue;
        float votes[GX_ENT__COUNT] = {0};
        int nq = gx_cand_ix_same_text(&ix, art, cv[i].span, i, qb);
        for (int q = 0; q < nq; q++) {
            int j = qb[q];
            if (chosen[j] && span_text_eq(art, cv[j].span, cv[i].span))
                votes[cv[j].type] += eff_of[j];
        }
        int best = cv[i].type;
        for (int t = 0; t < GX_ENT__COUNT; t++)
            if (votes[t] > votes[best])
                best = t;
        cv[i].type = (gx_ent_type)best;
    }
    /* ---- 3. grouping */
    int *parent = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++)
        parent[i] = i;
    /* Unions of chosen candidates of the same kind (person, or any organization) that name the
     * same gazetteer thing, carry the same explicit ticker, or have the same type and text;
     * each component's root is its lowest index whatever the order of the unions. */
    for (int i = 0; i < nc; i++) {
        if (!chosen[i])
            continue;
        gx_candidate *a = &cv[i];
        if (a->link >= 0 && a->link < nc) {
            /* alias: join the target, or whatever was chosen on the target's span */
            int t = a->link;
            if (!chosen[t]) {
                int nq = gx_cand_ix_starting(&ix, cv[t].span.start, cv[t].span.start + 1, qb);
                for (int q = 0; q < nq; q++) {
                    int j = qb[q];
                    if (chosen[j] && same_span(&cv[j], &cv[t])) {
                        t = j;
                        break;
                    }
                }
            }
            if (chosen[t])
                uf_union(parent, i, t);
        }
        /* *ST华泽 and ST华泽 (the special-treatment mark with or without its star) are one name */
        if (a->type == GX_ENT_COMPANY && a->span.end - a->span.start > 3 && art->cp[a->span.start] == '*') {
            gx_span bare = {a->span.start + 1, a->span.end};
            int nb = gx_cand_ix_same_text(&ix, art, bare, -1, qb);
            for (int q = 0; q < nb; q++) {
                int j = qb[q];
                if (j != i && chosen[j] && cv[j].type == a->type && span_text_eq(art, bare, cv[j].span)) {
                    uf_union(parent, i, j);
                    break;
                }
            }
        }
        /* the same type and text as an earlier chosen candidate */
        int nq = gx_cand_ix_same_text(&ix, art, a->span, i, qb);
        for (int q = 0; q < nq && qb[q] < i; q++) {
            int j = qb[q];
            if (chosen[j] && cv[j].type == a->type && span_text_eq(art, a->span, cv[j].span)) {
                uf_union(parent, i, j);
                break;
            }
        }
    }
    {
        /* the same thing and kind: each joins the first chosen candidate with that key */
        key_map same;
        km_init(&same, art->arena, nc);
        for (int i = 0; i < nc; i++) {
            int32_t th = chosen[i] ? thing_of(eng, &cv[i]) : -1;
            if (th < 0)
                continue;
            int32_t key = th * 2 + (cv[i].type != GX_ENT_PERSON);
            uint32_t h = km_slot(&same, key);
            if (same.first[h] >= 0)
                uf_union(parent, i, same.first[h]);
            else
                km_add(&same, key, i);
        }
        /* the same explicit ticker: each one joins the first chosen candidate of its kind with it */
        int *tick = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
        int nt = 0;
        for (int i = 0; i < nc; i++) {
            if (!chosen[i] || !cv[i].ticker.code[0])
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
    /* the ticker candidates carry the gazetteer link: share the thing with the group */
    /* ---- 4. entities */
    int *group_entity = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++)
        group_entity[i] = -1;
    GX_VEC(proto) protos;
    memset(&protos, 0, sizeof protos);
    art->entities.n = 0;
    for (int i = 0; i < nc; i++) {
        if (!chosen[i])
            continue;
        int r = uf_find(parent, i);
        if (group_entity[r] < 0) {
            group_entity[r] = art->entities.n;
            gx_entity *e = GX_VEC_PUSH(art->arena, art->entities);
            e->type = cv[i].type;
            proto *p = GX_VEC_PUSH(art->arena, protos);
            p->type = cv[i].type;
            p->thing = -1;
            p->best_cand = i;
            p->best_eff = -1;
            p->first = cv[i].span.start;
        }
        int ei = group_entity[r];
        gx_entity *e = &art->entities.v[ei];
        proto *p = &protos.v[ei];
        add_mention(art, e, cv[i].span);
        if (cv[i].span.start < p->first)
            p->first = cv[i].span.start;
        int32_t th = thing_of(eng, &cv[i]);
        if (th >= 0 && p->thing < 0)
            p->thing = th;
        if (cv[i].ticker.code[0] && (cv[i].source == GX_SRC_TICKER || !p->ticker.code[0]))
            p->ticker = cv[i].ticker;
        /* the naming candidate: not an alias, strongest */
        float score = eff_of[i] + (cv[i].source == GX_SRC_ALIAS ? -0.5f : 0.0f);
        if (score > p->best_eff) {
            p->best_eff = score;
            p->best_cand = i;
            p->type = cv[i].type;
        }
    }
    /* a bare company name inside another entity's full name (稳健医疗 / 稳健医疗用品股份有限公司)
     * with no gazetteer thing of its own: merge into that entity */
    for (int a = 0; a < art->entities.n; a++) {
        for (int b = 0; b < art->entities.n; b++) {
            if (a == b || !art->entities.v[a].mentions.n || !art->entities.v[b].mentions.n)
                continue;
            proto *pa = &protos.v[a], *pb = &protos.v[b];
            if (pa->type != GX_ENT_COMPANY || pb->type != GX_ENT_COMPANY || pa->thing >= 0)
                continue;
            gx_span sa = cv[pa->best_cand].span, sb = cv[pb->best_cand].span;
            int32_t la = sa.end - sa.start, lb = sb.end - sb.start;
            /* a (no thing, longer) starts with b's name: a is b's full name */
            if (la > lb && lb >= 2 && !memcmp(art->cp + sa.start, art->cp + sb.start, sizeof(uint32_t) * (size_t)lb) &&
                (cv[pa->best_cand].source == GX_SRC_RULE) && !(pb->thing >= 0 && investment_arm(art, sa, lb))) {
                gx_entity *ea = &art->entities.v[a], *eb = &art->entities.v[b];
                for (int m = 0; m < ea->mentions.n; m++)
                    add_mention(art, eb, ea->mentions.v[m].span);
                add_alias(art, eb, gx_article_span_text(art, sa));
                if (pa->first < pb->first)
                    pb->first = pa->first;
                ea->mentions.n = 0;
                for (int i = 0; i < nc; i++)
                    if (group_entity[i] == a)
                        group_entity[i] = b;
            }
        }
    }
    /* a person named in full once and by the last part of the name later (菲利普卡雷特 /
     * 卡雷特, Jensen Huang / Huang): one person */
    for (int a = 0; a < art->entities.n; a++) {
        proto *pa = &protos.v[a];
        if (pa->type != GX_ENT_PERSON || !art->entities.v[a].mentions.n)
            continue;
        gx_span sa = cv[pa->best_cand].span;
        for (int b = 0; b < art->entities.n; b++) {
            proto *pb = &protos.v[b];
            if (a == b || pb->type != GX_ENT_PERSON || !art->entities.v[b].mentions.n)
                continue;
            gx_span sb = cv[pb->best_cand].span;
            int32_t la = sa.end - sa.start, lb = sb.end - sb.start;
            if (lb < 2 || la < lb + 2 ||
                memcmp(art->cp + sa.end - lb, art->cp + sb.start, sizeof(uint32_t) * (size_t)lb))
                continue;
            uint32_t before = art->cp[sa.end - lb - 1];
            bool latin = gx_is_alnum(art->cp[sb.start]);
            /* Latin: a whole last word; CJK: after a middle dot, or when either name does not
             * start like a Chinese name (罗伊纽伯格 / 纽伯格) */
            if (latin ? before != ' '
                      : !(before == 0xB7 || before == 0x30FB ||
                          !gx_lexicon_char_is(eng->lexicon, art->cp[sa.start], GX_LEX_SURNAME) ||
                          !gx_lexicon_char_is(eng->lexicon, art->cp[sb.start], GX_LEX_SURNAME)))
                continue;
            gx_entity *ea = &art->entities.v[a], *eb = &art->entities.v[b];
            for (int m = 0; m < eb->mentions.n; m++)
                add_mention(art, ea, eb->mentions.v[m].span);
            if (pb->first < pa->first)
                pa->first = pb->first;
            eb->mentions.n = 0;
            for (int i = 0; i < nc; i++)
                if (group_entity[i] == b)
                    group_entity[i] = a;
        }
    }
    /* fill names, tickers, ids */
    char as_of[11];
    int as_of_known = 0; /* 0 not computed yet, 1 known, -1 nothing dates the article */
    bool as_of_text = false;
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        proto *p = &protos.v[k];
        if (!e->mentions.n)
            continue;
        e->type = p->type;
        const gx_lex_thing *th = p->thing >= 0 ? gx_lexicon_thing(eng->lexicon, p->thing) : NULL;
        const char *surface = gx_article_span_text(art, cv[p->best_cand].span);
        /* the outlet of the byline is an organization, whatever else proposed it */
        if (art->outlet && !strcmp(gx_article_span_text(art, cv[p->best_cand].span), art->outlet))
            p->type = e->type = GX_ENT_ORGANIZATION;
        if (th && th->type == e->type) {
            /* the canonical name if the article uses it, else the form it uses */
            bool used = false;
            size_t tl = strlen(th->name);
            for (int m = 0; m < e->mentions.n && !used; m++) {
                gx_span ms = e->mentions.v[m].span;
                int32_t b = art->cp_byte[ms.start], en = art->cp_byte[ms.end];
                used = (size_t)(en - b) == tl && !memcmp(art->text + b, th->name, tl);
            }
            e->name = used ? th->name : surface;
            add_alias(art, e, th->name);
            add_alias(art, e, th->full_name);
            if (!p->ticker.code[0])
                p->ticker = th->ticker;
        } else {
            e->name = surface;
        }
        for (int m = 0; m < e->mentions.n; m++) {
            /* a text an earlier mention had is already there (or is the name) */
            bool again = false;
            for (int q = 0; q < m && !again; q++)
                again = span_text_eq(art, e->mentions.v[q].span, e->mentions.v[m].span);
            if (!again)
                add_alias(art, e, gx_article_span_text(art, e->mentions.v[m].span));
        }
        if (e->type == GX_ENT_COMPANY) {
            e->ticker = p->ticker;
            e->company_id = gx_company_id(art->arena, &e->ticker, e->name);
            /* the company id stays that of the listed company; only the ticker is withheld (or
             * replaced by the Hong Kong listing that came first) */
            if (th && th->list_date[0] && !strcmp(e->ticker.code, th->ticker.code)) {
                if (!as_of_known)
                    as_of_known = article_as_of(art, as_of, &as_of_text) ? 1 : -1;
                /* (the text search last: it reads the whole article) */
                if (as_of_known > 0 && listed_after(th, as_of, as_of_text) && !strstr(art->text, th->ticker.code))
                    e->ticker = th->hk_ticker; /* listed in Hong Kong first, or "" */
            }
        }
    }
    /* drop emptied entities (merged away) */
    int *remap = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(art->entities.n + 1));
    {
        int n = 0;
        for (int k = 0; k < art->entities.n; k++) {
            if (art->entities.v[k].mentions.n) {
                remap[k] = n;
                art->entities.v[n] = art->entities.v[k];
                protos.v[n] = protos.v[k];
                n++;
            } else {
                remap[k] = -1;
            }
        }
        /* entities emptied by the merge point at the entity that absorbed them */
        for (int i = 0; i < nc; i++)
            if (group_entity[i] >= 0)
                group_entity[i] = remap[group_entity[i]];
        art->entities.n = n;
    }
    /* ---- propagation of names to their other occurrences (one entity, every mention) */
    gx_text_ix tx;
    gx_text_ix_build(&tx, art);
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        int nm = e->mentions.n;
        /* a two-character name the tagger alone proposed is too weak to spread */
        const gx_candidate *bc = &cv[protos.v[k].best_cand];
        if (bc->source == GX_SRC_TAGGER && e->mentions.n == 1 && bc->span.end - bc->span.start <= 2) {
            /* ... except to the places where the tagger read the same name as a person too (泽林上将
             * … 。泽林在) */
            if (e->type == GX_ENT_PERSON) {
                int nq = gx_cand_ix_same_text(&ix, art, bc->span, -1, qb);
                for (int q = 0; q < nq; q++) {
                    const gx_candidate *o = &cv[qb[q]];
                    if (o->source == GX_SRC_TAGGER && o->type == GX_ENT_PERSON && o->score >= 0.3f &&
                        span_text_eq(art, o->span, bc->span) && !overlaps_taken(taken, o->span)) {
                        mark(taken, o->span);
                        add_mention(art, e, o->span);
                    }
                }
            }
            continue;
        }
        for (int m = 0; m < nm; m++) {
            gx_span s = e->mentions.v[m].span;
            bool seen = false; /* each distinct surface once; the gazetteer found all of its own */
            int nq = gx_cand_ix_starting(&ix, s.start, s.start + 1, qb);
            for (int q = 0; q < nq && !seen; q++)
                seen = cv[qb[q]].source == GX_SRC_GAZETTEER && same_span(&cv[qb[q]], &(gx_candidate){.span = s});
            for (int q = 0; q < m && !seen; q++)
                seen = span_text_eq(art, e->mentions.v[q].span, s);
            if (!seen)
                propagate(eng->lexicon, art, &tx, taken, e, art->cp + s.start, s.end - s.start,
                          bc->source == GX_SRC_TAGGER);
        }
    }
    /* ---- byline: authors are persons with their role, the outlet an organization */
    if (art->outlet && *art->outlet && find_named(art, art->outlet) < 0) {
        gx_entity *e = GX_VEC_PUSH(art->arena, art->entities);
        e->type = GX_ENT_ORGANIZATION;
        e->name = art->outlet;
    }
    for (int a = 0; a < art->authors.n; a++) {
        const gx_author *au = &art->authors.v[a];
        if (!au->name || !*au->name)
            continue;
        int k = find_person(art, au->name);
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
        propagate(eng->lexicon, art, &tx, taken, e, buf, n, false);
    }
    /* ---- subject company and coreference */
    int32_t subject = -1;
    gx_salience(art, &subject);
    coreference(art, &tx, taken, subject);
    /* ---- order: by first mention; entities without mentions (byline-only) go last */
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        if (e->mentions.n > 1)
            qsort(e->mentions.v, (size_t)e->mentions.n, sizeof(gx_mention), cmp_mention);
    }
    int ne = art->entities.n;
    int32_t *order = gx_arena_alloc(art->arena, sizeof(int32_t) * 2 * (size_t)(ne + 1));
    for (int k = 0; k < ne; k++) {
        order[2 * k] = art->entities.v[k].mentions.n ? art->entities.v[k].mentions.v[0].span.start : art->ncp + k;
        order[2 * k + 1] = k;
    }
    qsort(order, (size_t)ne, 2 * sizeof(int32_t), gx_cmp_int32);
    gx_entity *sorted = gx_arena_alloc(art->arena, sizeof(gx_entity) * (size_t)(ne + 1));
    int *newidx = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(ne + 1));
    for (int k = 0; k < ne; k++) {
        sorted[k] = art->entities.v[order[2 * k + 1]];
        newidx[order[2 * k + 1]] = k;
        snprintf(sorted[k].id, sizeof sorted[k].id, "e%d", k + 1);
    }
    art->entities.v = sorted;
    art->entities.cap = ne + 1;
    /* ---- positions: candidate indices -> entity indices; roles */
    for (int i = 0; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        int pc = p->person, oc = p->organization;
        p->person = -1;
        p->organization = -1;
        if (pc >= 0 && pc < nc && chosen[pc] && group_entity[uf_find(parent, pc)] >= 0)
            p->person = newidx[group_entity[uf_find(parent, pc)]];
        if (oc >= 0 && oc < nc) {
            int c = oc;
            /* the organisation candidate lost: whatever was chosen ending at the same place */
            if (!chosen[c])
                for (int j = 0; j < nc; j++)
                    if (chosen[j] && cv[j].type != GX_ENT_PERSON && cv[j].span.end == cv[oc].span.end &&
                        cv[j].span.start < cv[oc].span.end) {
                        c = j;
                        break;
                    }
            if (chosen[c] && group_entity[uf_find(parent, c)] >= 0)
                p->organization = newidx[group_entity[uf_find(parent, c)]];
        }
        if (p->person >= 0 && art->entities.v[p->person].type != GX_ENT_PERSON)
            p->person = -1;
        if (p->person < 0 && pc >= 0 && pc < nc && cv[pc].type == GX_ENT_PERSON)
            p->person = person_at(art, cv[pc].span);
        if (p->person < 0)
            p->person = holder_after(art, p->span);
        if (p->organization < 0)
            p->organization = organization_before(art, p->span);
        if (p->person >= 0) {
            gx_entity *e = &art->entities.v[p->person];
            gx_role *r = GX_VEC_PUSH(art->arena, e->roles);
            r->title = p->title;
            r->organization = p->organization >= 0 ? art->entities.v[p->organization].name : NULL;
            r->span = p->span;
        }
    }
    /* a title the rules cut out of a longer word that the tagger, more likely right than wrong,
     * read whole with the same end (漫|画家, 总|队长): the list word has no evidence for its left
     * edge where the text glues more characters to it, the tagger does; the longer reading wins
     * when no entity sits in the part it adds (伟业顾问北京公司|副总经理 stays) */
    for (int i = 0; i < nc; i++) {
        const gx_candidate *c = &cv[i];
        if (c->type != GX_ENT_POSITION || c->source != GX_SRC_TAGGER || c->score < 0.5f ||
            !gx_shape_tagger_ok(eng, art, c))
            continue;
        for (int k = 0; k < art->positions.n; k++) {
            gx_position *p = &art->positions.v[k];
            int32_t add = p->span.start - c->span.start;
            if (p->span.end != c->span.end || add <= 0 || add > 3 || !gx_is_cjk(art->cp[p->span.start - 1]))
                continue;
            bool clear = true;
            for (int q = 0; q < art->positions.n && clear; q++)
                clear = q == k || art->positions.v[q].span.end <= c->span.start ||
                        art->positions.v[q].span.start >= p->span.start;
            for (int e = 0; e < art->entities.n && clear; e++)
                for (int m = 0; m < art->entities.v[e].mentions.n && clear; m++) {
                    gx_span ms = art->entities.v[e].mentions.v[m].span;
                    clear = ms.end <= c->span.start || ms.start >= p->span.start;
                }
            if (!clear)
                continue;
            gx_span old = p->span;
            p->span = c->span;
            p->title = gx_article_span_text(art, c->span);
            if (p->person >= 0) {
                gx_entity *e = &art->entities.v[p->person];
                for (int r = 0; r < e->roles.n; r++)
                    if (e->roles.v[r].span.start == old.start && e->roles.v[r].span.end == old.end) {
                        e->roles.v[r].span = c->span;
                        e->roles.v[r].title = p->title;
                    }
            }
        }
    }
    /* tagger positions that no rule saw */
    for (int i = 0; i < nc; i++) {
        gx_candidate *c = &cv[i];
        if (c->type != GX_ENT_POSITION || c->source != GX_SRC_TAGGER || !gx_shape_tagger_ok(eng, art, c))
            continue;
        bool seen = false;
        for (int k = 0; k < art->positions.n && !seen; k++)
            seen = art->positions.v[k].span.start < c->span.end && c->span.start < art->positions.v[k].span.end;
        if (!seen) {
            gx_position *p = GX_VEC_PUSH(art->arena, art->positions);
            p->title = gx_article_span_text(art, c->span);
            p->span = c->span;
            p->person = holder_after(art, c->span);
            p->organization = p->person >= 0 ? organization_before(art, c->span) : -1;
            if (p->person >= 0) {
                gx_entity *e = &art->entities.v[p->person];
                gx_role *r = GX_VEC_PUSH(art->arena, e->roles);
                r->title = p->title;
                r->organization = p->organization >= 0 ? art->entities.v[p->organization].name : NULL;
                r->span = p->span;
            }
        }
    }
    /* byline roles without a span: point them at the byline's title when the text has it */
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        int keep = 0;
        for (int r = 0; r < e->roles.n; r++) {
            gx_role *ro = &e->roles.v[r];
            if (ro->span.start < 0) {
                bool dup = false;
                for (int q = 0; q < e->roles.n; q++)
                    dup |= q != r && e->roles.v[q].span.start >= 0 && !strcmp(e->roles.v[q].title, ro->title);
                if (dup)
                    continue;
            }
            e->roles.v[keep++] = *ro;
        }
        e->roles.n = keep;
    }
    gx_salience(art, NULL);
}
