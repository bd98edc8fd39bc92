/* gx_article.h — the in-memory article that every engine stage reads and fills.
 *
 * Pipeline (extract/gx_engine.c drives it; each stage is a function of its own file):
 *   decode/split (gx_structure) -> normalize (gx_normalize) -> structure (gx_structure)
 *   -> lexicon scan (gx_lexicon) -> tagger (gx_tagger) -> quantities (gx_quantity)
 *   -> entity rules (gx_entity_rules) -> resolution (gx_resolve) -> events (gx_events)
 *   -> JSON (gx_article_json).
 *
 * Offsets: every gx_span counts Unicode code points into the article's normalized text
 * (cp[0..ncp)), end exclusive — exactly the API.md convention, so spans go to JSON as they are.
 * All memory hangs off art->arena; gx_article_free() releases everything at once. */
#ifndef GX_ARTICLE_H
#define GX_ARTICLE_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_arena.h"

typedef struct gx_span {
    int32_t start, end;
} gx_span;

/* Entity types (API.md ENTITY.type). GX_ENT_POSITION is only used for candidates. */
typedef enum gx_ent_type {
    GX_ENT_COMPANY = 0,
    GX_ENT_PERSON,
    GX_ENT_ORGANIZATION,
    GX_ENT_GOVERNMENT,
    GX_ENT_LOCATION,
    GX_ENT_PRODUCT,
    GX_ENT_POSITION,
    GX_ENT__COUNT
} gx_ent_type;

const char *gx_ent_type_name(gx_ent_type t); /* "company", ... "position" */

/* Where a candidate came from; resolution weighs them by evidence, not arrival order. */
typedef enum gx_cand_source {
    GX_SRC_GAZETTEER = 0, /* listed company, global company, regulator, title lexicon   */
    GX_SRC_TICKER,        /* 名称(600225), (NASDAQ: NVDA)                               */
    GX_SRC_RULE,          /* suffix / context patterns: X公司, X等独角兽, 投资方包括...    */
    GX_SRC_ALIAS,         /* (简称“GRI公司”)                                             */
    GX_SRC_TAGGER,        /* the trained sequence model                                 */
    GX_SRC_COREF,         /* 该公司 / 公司 pointing back                                  */
} gx_cand_source;

typedef struct gx_ticker {
    char code[16];     /* "600225", "NVDA"; "" when none                                   */
    char exchange[8];  /* "SSE", "SZSE", "BSE", "NEEQ", "HKEX", "NASDAQ", "NYSE"            */
} gx_ticker;

/* Set t to the HKEX listing whose code is the decimal digits given, written as HKEX writes its
 * codes: five digits, zero-padded ("700", "0700" and "00700" -> "00700"). */
void gx_ticker_set_hk(gx_ticker *t, const char *digits);

/* A proposed mention, before resolution. */
typedef struct gx_candidate {
    gx_span span;
    gx_ent_type type;
    gx_cand_source source;
    float score;           /* the stage's confidence in [0, 1]                              */
    int32_t lex_id;        /* gazetteer entry (gx_lexicon) or -1                            */
    gx_ticker ticker;      /* explicit or gazetteer ticker, code "" when none               */
    const char *canonical; /* canonical name (gazetteer short name, alias target) or NULL   */
    int32_t link;          /* GX_SRC_ALIAS / GX_SRC_COREF: index of the candidate it refers to, else -1 */
} gx_candidate;

typedef struct gx_mention {
    gx_span span;
} gx_mention;

typedef struct gx_role {
    const char *title;        /* "创始人兼CEO"                                               */
    const char *organization; /* organization name as resolved, or NULL                   */
    gx_span span;             /* the title's own span                                      */
} gx_role;

typedef struct gx_entity {
    char id[12];           /* "e1", "e2", ... in order of first mention                     */
    gx_ent_type type;
    const char *name;      /* canonical name                                                */
    GX_VEC(const char *) aliases;
    gx_ticker ticker;
    const char *company_id; /* stable id of the company record (companies only) or NULL    */
    double salience;       /* [0, 1]                                                        */
    GX_VEC(gx_mention) mentions; /* sorted by start                                         */
    GX_VEC(gx_role) roles;       /* persons only                                            */
} gx_entity;

/* Every mention of a job title, with or without a named holder (API.md POSITION). */
typedef struct gx_position {
    const char *title;
    gx_span span;
    int32_t person;        /* index into entities, or -1                                    */
    int32_t organization;  /* index into entities, or -1                                    */
} gx_position;

typedef enum gx_qty_type { GX_QTY_MONEY = 0, GX_QTY_PERCENT, GX_QTY_DATE, GX_QTY_COUNT } gx_qty_type;
typedef enum gx_qualifier { GX_QUAL_NONE = 0, GX_QUAL_APPROX, GX_QUAL_MAX, GX_QUAL_MIN } gx_qualifier;

typedef struct gx_quantity {
    gx_qty_type type;
    gx_span span;          /* the whole surface, qualifier included ("约1.2亿美元")          */
    double value;          /* money in currency units, percent as 75.2, count; unused for dates */
    bool is_range;         /* "8-10美元": value = low, value_max = high                      */
    bool implied;          /* money whose currency is not written ("营收700亿"): from context */
    bool currency_inferred; /* a bare 元 read as HKD/USD from its market ("恒指…成交1699亿元")  */
    bool quote;            /* the change of an inline stock quote "华灿光电(5.790,-0.08,-1.36%)" */
    double value_max;
    char currency[4];      /* ISO 4217 for money                                            */
    gx_qualifier qualifier;
    const char *date;      /* GX_QTY_DATE: ISO 8601, partial allowed ("2024-08"), or a period */
    const char *unit;      /* GX_QTY_COUNT: "员工", "家", ... or NULL                        */
    bool has_change;       /* percent with direction: "下降43.42%" -> change = -43.42        */
    double change;
    const char *period;    /* for figures: "2024H1", "2024Q1", "2023" or NULL               */
} gx_quantity;

typedef struct gx_argument {
    const char *role;      /* API.md role name                                              */
    gx_span span;          /* surface span; text is taken from the article                  */
    int32_t entity;        /* index into entities, or -1                                    */
    int32_t quantity;      /* index into quantities, or -1                                  */
    const char *value_str; /* normalized string value (ISO date, stage enum, metric) or NULL */
    bool has_number;       /* numeric value (money, percent, count)                         */
    double number;
    char currency[4];
} gx_argument;

typedef struct gx_event {
    const char *type;      /* API.md event type: "acquisition", ...                         */
    double confidence;
    gx_span trigger;
    gx_span sentence;
    const char *status;    /* "planned", "completed", ... or NULL                           */
    const char *disclosed_at; /* ISO date or NULL                                           */
    GX_VEC(gx_argument) args;
} gx_event;

typedef struct gx_author {
    const char *name;
    const char *role;      /* "记者", "通讯员", ... or NULL                                  */
    bool bare;             /* a name alone under the title, no credit word ("陈佳岚 李静"):
                            * resolution keeps these only when a surname opens each of them */
    bool glued;            /* a credit run into the text ("长江商报记者魏度二次…"): name is the Han run after
                            * the credit word; resolution cuts it to the person read there or drops it */
    bool joined;           /* a writer field closed by the next field ("作者:刘晨刘有志来源:…"): the run may
                            * hold two names written without a separator; resolution parts it where a
                            * surname opens each (gx_byline_authors_keep) */
    bool parted;           /* the first of a joined run's two names; the next author is the rest (刘晨 of
                            * 刘晨|刘有志): resolution drops a person read across the cut (gx_resolve_parted.c) */
} gx_author;

typedef struct gx_section {
    const char *heading;
    gx_span span;          /* from the heading's line start to the section's end            */
} gx_section;

typedef struct gx_article {
    gx_arena *arena;

    /* Normalized text: title line, blank line, paragraphs separated by blank lines
     * (API.md "text"). cp[] and text hold the same characters; cp_byte[i] is the byte offset
     * of cp[i] in text (cp_byte[ncp] == text_len). */
    uint32_t *cp;
    int32_t ncp;
    char *text;
    int32_t text_len;
    int32_t *cp_byte;

    /* Metadata */
    const char *title;      /* NULL when there is none                                      */
    gx_span title_span;     /* {0,0} when there is none                                     */
    const char *outlet;
    const char *page_site;  /* the site named by the page's title kept in the text (…_凤凰网财经】)
                             * when a reporter's paper credited in the text is the outlet
                             * instead: a credit too, no company; NULL otherwise               */
    GX_VEC(gx_author) authors;
    const char *closing_name; /* "(张俊)" closing the text: an author when resolution finds a
                               * surname opening it; NULL when there is none               */
    const char *published_at;
    const char *url, *source, *external_id;
    const char *language;   /* "zh" or "en"                                                 */
    GX_VEC(const char *) warnings;

    /* Structure */
    GX_VEC(gx_section) sections;
    GX_VEC(gx_span) paragraphs;
    GX_VEC(gx_span) sentences;
    /* A portal's own lines inside the text (promotions, disclaimers, headline lists:
     * gx_structure_boiler.c), in text order: `text` keeps them, the extraction stages read them
     * blanked (gx_engine.c), so nothing is reported from them. */
    GX_VEC(gx_span) boiler;

    /* Stage outputs */
    GX_VEC(gx_candidate) candidates;
    GX_VEC(gx_entity) entities;
    GX_VEC(gx_position) positions;
    GX_VEC(gx_quantity) quantities;
    GX_VEC(gx_event) events;

    /* The lexicon's cue words (suffixes, stop words, list cues), found by gx_lexicon_scan in
     * the same scan as the gazetteer candidates and kept for the entity rules
     * (gx_lexicon_cue_hits); in the arena, cmp_hit order of gx_lexicon.c. */
    struct gx_lex_hit *lex_cues;
    int32_t nlex_cues;
    bool lex_cues_scanned;
    /* The bigram index of the text (gx_text_ix_build), built once and shared by the entity
     * rules and resolution; NULL until first asked for. */
    struct gx_text_ix *text_ix;
    /* While the entity rules run (the people rules among them), the index of the candidates by
     * the start and the end of their span (gx_cand_pos.h); NULL before and after. */
    struct gx_cand_pos *cand_pos;

    /* The caller's deadline (gx_input.deadline, 0 = none) and, once a stage saw it pass
     * (gx_article_overdue), the stage it stopped in: every later stage is skipped and the
     * engine returns no part of the document. */
    double deadline;
    const char *stopped_in;
} gx_article;

/* True when the article's deadline has passed (or had already passed at an earlier check):
 * records `where` (a static string naming the stage) in art->stopped_in on the first time.
 * One clock read; called between stages and between rules, never per character. */
bool gx_article_overdue(gx_article *art, const char *where);

/* A new empty article with its own arena. Never NULL. Free with gx_article_free (NULL ok). */
gx_article *gx_article_new(void);
void gx_article_free(gx_article *art);

/* Set the article's text from UTF-8 (already normalized); fills cp, ncp, text, cp_byte.
 * The bytes are copied into the arena. */
void gx_article_set_text(gx_article *art, const char *utf8, int32_t len);

/* The same from code points (<= U+10FFFF, no surrogates): encodes once, no decoding. */
void gx_article_set_cps(gx_article *art, const uint32_t *cp, int32_t n);

/* A NUL-terminated UTF-8 copy (in the arena) of cp[span]. */
const char *gx_article_span_text(const gx_article *art, gx_span span);

/* Index of the sentence containing code point `pos`, or -1. */
int gx_article_sentence_at(const gx_article *art, int32_t pos);

#endif
