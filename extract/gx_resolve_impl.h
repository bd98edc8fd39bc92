/* gx_resolve_impl.h — what the stages of resolution share (internal to extract/): the working
 * state of one article's resolution and small span helpers. The stages, in order:
 *   gx_resolve.c          1. evidence: every candidate weighed; the driver gx_resolve_apply()
 *   gx_resolve_shape.c       names that are never an entity (outlets, indexes, industries, funds)
 *   gx_resolve_context.c     weak names in context (company lists, company verbs, Latin words)
 *   gx_resolve_people.c      person names: evidence, variants, names into titles
 *   gx_resolve_group.c    2. conflicts (greedy by evidence), 3. grouping (union-find)
 *   gx_resolve_entities.c 4. entities: names, aliases, tickers as of the article, merges, order
 *   gx_resolve_mentions.c    propagation of names, the byline, 该公司/公司 coreference
 *   gx_resolve_roles.c       positions and the roles of their holders
 * Everything a stage allocates lives in the article's arena. */
#ifndef GX_RESOLVE_IMPL_H
#define GX_RESOLVE_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_cand_ix.h"
#include "gx_engine_impl.h"
#include "gx_entity_util.h"

/* A candidate that passed the evidence stage, with its effective score. */
typedef struct gx_rs_work {
    int cand;
    float eff;
} gx_rs_work;

/* An entity under construction (indexed like art->entities). */
typedef struct gx_rs_proto {
    gx_ent_type type;
    int32_t thing;
    gx_ticker ticker;
    int best_cand; /* the candidate that names it */
    float best_eff;
    int32_t first;
} gx_rs_proto;

/* One article's resolution. */
typedef struct gx_rs {
    const gx_engine *eng;
    gx_article *art;
    gx_candidate *cv;  /* art->candidates.v */
    int nc;            /* art->candidates.n */
    bool tagger_ran;   /* some candidate came from the tagger */
    gx_cand_ix ix;     /* candidates by start and text; rebuilt once the spans are final */
    int *qb;           /* scratch for index queries, nc + 1 */
    gx_rs_work *w;     /* 1. the candidates kept, best first once sorted */
    int nw;
    uint8_t *taken;    /* 2. characters a chosen candidate or a mention covers */
    int *chosen;       /*    per candidate: 1 when chosen */
    float *eff_of;     /*    per chosen candidate: its effective score */
    int *parent;       /* 3. union-find over candidates */
    int *group_entity; /* 4. group root -> entity index, or -1 */
    GX_VEC(gx_rs_proto) protos;
    int *newidx;       /*    entity index before gx_rs_order() -> after */
} gx_rs;

static inline bool same_span(const gx_candidate *a, const gx_candidate *b)
{
    return a->span.start == b->span.start && a->span.end == b->span.end;
}

static inline bool span_text_eq(const gx_article *art, gx_span a, gx_span b)
{
    int32_t n = a.end - a.start;
    return n == b.end - b.start && !memcmp(art->cp + a.start, art->cp + b.start, sizeof(uint32_t) * (size_t)n);
}

/* The gazetteer thing candidate c names, or -1. */
static inline int32_t thing_of(const gx_engine *eng, const gx_candidate *c)
{
    if (c->lex_id < 0 || !eng->lexicon)
        return -1;
    const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, c->lex_id);
    return e ? e->thing : -1;
}

static inline bool overlaps_taken(const uint8_t *taken, gx_span s)
{
    for (int32_t i = s.start; i < s.end; i++)
        if (taken[i])
            return true;
    return false;
}

static inline void mark(uint8_t *taken, gx_span s)
{
    for (int32_t i = s.start; i < s.end; i++)
        taken[i] = 1;
}

/* 及, 与, 和: a conjunction joining two names (顺威股份及律师事务所) */
static inline bool gx_rs_is_conjunction(uint32_t c)
{
    return c == 0x53CA || c == 0x4E0E || c == 0x548C;
}

/* gx_resolve_shape.c */
/* Whether the name at s ends in a branch word (支行, 分行, 支公司, 分公司, 营业部). */
bool gx_rs_is_branch_name(const gx_article *art, gx_span s);
/* The end of the legal name a branch's name opens with (…股份有限公司|武林支行), else s.end. */
int32_t gx_rs_legal_name_end(const gx_article *art, gx_span s);
/* Does the name end like a news outlet's (…报, …新闻, …电视台, …通讯社, …周刊)? */
bool gx_rs_is_outlet(const gx_article *art, gx_span s);
/* The length of a broadcaster's or news site's word at pos (福克斯|新闻台, CNBC|电视台, 新闻网,
 * 广播公司), else 0: the name before it is the outlet's (eleventh session, comp13). */
int32_t gx_rs_outlet_word_after(const gx_article *art, int32_t pos);
/* Is [from, to) a department or desk of an organization rather than more of its name? */
bool gx_rs_is_department_part(const gx_engine *eng, const gx_article *art, int32_t from, int32_t to);
/* Is big = small + a legal-form suffix (股份有限公司, 有限公司, 集团股份有限公司, 股份)? */
bool gx_rs_legal_form_of(const gx_article *art, gx_span big, gx_span small);
/* Whether the name at s is the legal name of a limited company that is no joint-stock company
 * (…有限公司, …有限责任公司, not …股份有限公司; gx_resolve_entities.c). */
bool gx_rs_not_joint_stock(const gx_article *art, gx_span s);
/* Whether candidate i names what is never this kind of entity (a listed non-entity word, an
 * industry, a fund product, an index or a market). */
bool gx_rs_never_an_entity(gx_rs *rs, int i);

/* For the "repeated name and glue" test of gx_rs_never_an_entity (gx_resolve_shape.c): -1 when a
 * candidate of cv[0..nc) other than one starting at cs.start reads the text of cs (len = its
 * length) elsewhere; else the longest l in 4 .. len-1 such that tagger company readings equal to
 * the first l code points of cs start at two places or more other than cs.start; 0 when none.
 * One walk over the candidates (speed24); _walk is the walk per length it replaced (kept for
 * readings past 64 code points; tests/entities/test_speed24.c compares the two). */
int32_t gx_rs_repeated_prefix(const uint32_t *cp, const gx_candidate *cv, int nc, gx_span cs);
int32_t gx_rs_repeated_prefix_walk(const uint32_t *cp, const gx_candidate *cv, int nc, gx_span cs);
/* The same answer for art's candidates, read at the places where cs's first two characters are
 * written (gx_cand_place_first over ix, the index of art->candidates), not by a walk over every
 * candidate (quad29, twenty-ninth session; tests/entities/test_quad29.c compares the two). */
int32_t gx_rs_repeated_prefix_ix(const gx_article *art, const gx_cand_ix *ix, gx_span cs);

/* gx_resolve_edges.c (twenty-eighth session, "edges"): a company name's edges, repaired in place;
 * each returns true when it moved candidate i's span. */
/* A sentence's words glued before a legal name that opens with a place, where the article writes
 * the name without them elsewhere (怒斥|北京某某投资管理有限公司): the name starts at the place. */
bool gx_rs_edge_left_glue(gx_rs *rs, int i);
/* A Latin legal form's abbreviation dot after the name (…USA,LLC|. , Apple Inc|.): part of it. */
bool gx_rs_edge_latin_dot(gx_rs *rs, int i);
/* A legal name cut before its legal form, the text going on with it (南山国际信托|投资公司). */
bool gx_rs_edge_legal_tail(gx_rs *rs, int i);
/* The last character of an ordinary word (the tagger's lexicon) glued before a place-led body or
 * firm, candidate i (所在地|义乌市公安局): the name starts at the place (twenty-ninth session). */
bool gx_rs_edge_word_tail(gx_rs *rs, int i);
/* A kind of firm ending in 公司 before a name the article reads as a company elsewhere, candidate
 * i (线上配资公司|海南贝格富配资): the name starts after 公司 (twenty-ninth session). */
bool gx_rs_edge_kind_before_named(gx_rs *rs, int i);
bool gx_rs_edge_cuts_word(gx_rs *rs, int i);
/* A tagger's company name, candidate i, cut before the rest of a longer legal name written
 * elsewhere, the text going on with that rest (北京某某|国际贸易水晶画 beside 北京某某国际贸易有限
 * 公司): the name takes the words they share, two at least (twenty-ninth session). */
bool gx_rs_edge_cut_before_rest(gx_rs *rs, int i);
/* A tagger's company, candidate i, cut before an organization's suffix (cues.tsv org_suffix) that
 * a rule reads with it there or elsewhere (上海金银业|贸易场): the organization (twenty-ninth
 * session). */
bool gx_rs_edge_org_suffix(gx_rs *rs, int i);
/* Is the firm word ending s the head of a longer word (集团|化, 公司|化, 企业|化)? No name ends so. */
/* A tagger's company or organization cut inside a place its name opens with (无|锡万方投资,
 * 休斯|顿火箭队): the name starts at the place (thirtieth session, tagccf). */
bool gx_rs_edge_inside_place(gx_rs *rs, int i);
bool gx_rs_edge_suffix_in_word(const gx_article *art, gx_span s);

/* gx_resolve_products.c */
/* Whether every mention of company e opens a fund product's name (嘉实|新机遇…基金, 兴全|合宜基金,
 * 华安红利|精选混合), or names again a product another mention opens: no company is meant. */
bool gx_rs_only_product_openings(const gx_lexicon *lex, const gx_article *art, const gx_entity *e);

/* gx_resolve_context.c */
/* A weak company name (an ordinary word too: 美的, 理想, 阳光) in a company's context. ix, qb: the
 * resolution's index over art's candidates and its scratch (the neighbours are read there), or
 * NULL (every candidate is walked). */
bool gx_rs_company_context(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                           int *qb, gx_span s);
/* Whether the tagger person at s reads a place (after 在/于/赴/到/抵达, before a speech verb). */
bool gx_rs_place_before_speech(const gx_engine *eng, const gx_article *art, gx_span s);
/* A tagger organisation that is one Latin word (我们deserve更多, 这很cool, Kostin的团队). */
int gx_rs_lone_latin_org(const gx_engine *eng, const gx_article *art, const gx_candidate *c);
/* A tagger organisation written as a person's First Last used elsewhere as a person's name. */
bool gx_rs_latin_full_name_reused(const gx_article *art, gx_span s);
/* Whether a proposed company X公司 is a phrase about a company, not a name. */
bool gx_rs_company_word_phrase(const gx_engine *eng, const gx_article *art, gx_span s, float tagger_score);

/* gx_resolve_people.c */
/* The confidence a tagger person candidate (index self) deserves with the article's evidence. */
float gx_rs_person_evidence(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb);
/* Is the person at s only ever the eponym of a term (菲利普斯曲线, 巴菲特迷): every occurrence of
 * its text followed by one? (For the gazetteer's people as for the tagger's.) */
bool gx_rs_eponym_only(const gx_article *art, gx_span s);
/* Checks on the weighed candidates (rs->w), run by the driver in this order: each lowers the
 * eff of some or discards them (eff -1). */
void gx_rs_brand_names(gx_rs *rs);
void gx_rs_series_items(gx_rs *rs);
void gx_rs_dotted_cuts(gx_rs *rs); /* 乐学·|乐享·乐, 尚融·原|创 (gx_resolve_dotted.c, people38) */
void gx_rs_masked_names(gx_rs *rs); /* 杨某|想 (gx_resolve_masked.c) */
void gx_rs_parted_writers(gx_rs *rs); /* 作者:刘晨刘|有志 (gx_resolve_parted.c) */
void gx_rs_placed_names(gx_rs *rs); /* 位于唐山 … 唐山： (gx_resolve_people.c) */
void gx_rs_person_name_variants(gx_rs *rs);
void gx_rs_company_bodies(gx_rs *rs);
void gx_rs_titles_inside_names(gx_rs *rs);
void gx_rs_names_into_titles(gx_rs *rs);
void gx_rs_unseen_by_tagger(gx_rs *rs);

/* gx_resolve_group.c */
void gx_rs_choose(gx_rs *rs);
void gx_rs_group(gx_rs *rs);
/* Joins the groups of candidates a and b (stage 3). */
void gx_rs_union(gx_rs *rs, int a, int b);
/* gx_resolve_gov_forms.c: one place's body in its written forms joined (stage 3, last). */
void gx_rs_join_gov_forms(gx_rs *rs);
/* Whether span s is a place's body written with a suffix form of region_suffixes.tsv
 * (北京市市场监督管理局), its first character no stop word (到|市南区法院 is not). */
bool gx_rs_gov_form_name(const gx_lexicon *lex, const gx_article *art, gx_span s);
/* The root of candidate cand's group (its lowest index). */
int gx_rs_root(gx_rs *rs, int cand);
/* The entity (index before gx_rs_order()) chosen candidate cand belongs to; -1 when cand was not
 * chosen or its group has no entity. */
int gx_rs_entity_of(gx_rs *rs, int cand);

/* gx_resolve_entities.c */
void gx_rs_entities(gx_rs *rs);
void gx_rs_order(gx_rs *rs);
/* s as an alias of e unless it is e's name or already one (s must outlive the article: arena
 * or gazetteer memory). */
void gx_rs_add_alias(gx_article *art, gx_entity *e, const char *s);
/* s as a mention of e unless it is one already. */
void gx_rs_add_mention(gx_article *art, gx_entity *e, gx_span s);

/* gx_resolve_mentions.c */
void gx_rs_propagate(gx_rs *rs, const gx_text_ix *tx);
void gx_rs_byline(gx_rs *rs, const gx_text_ix *tx);
void gx_rs_context_types(gx_article *art); /* bought institutions are companies, listed brands products */
void gx_rs_coreference(gx_article *art, const gx_text_ix *tx, uint8_t *taken, int32_t subject);
/* The sentence around pos: art->sentences when there are any, else up to 。!?; or a line end. */
void gx_rs_sentence_bounds(const gx_article *art, int32_t pos, int32_t *s, int32_t *e);

/* gx_resolve_roles.c */
void gx_rs_roles(gx_rs *rs);

#endif
