/* gx_lexdata.h — what the loaded lexicon holds, for the entity rules and resolution
 * (private to extract/; gx_lexicon.h is the stage interface).
 *
 * Every surface string of every data file is one pattern of one Aho-Corasick automaton; its
 * payload is an entry (kind, flags, the "thing" it names). A thing is one real-world company,
 * government body or organization with its canonical name and ticker; several entries (short
 * name, full legal name, former names, aliases) point at the same thing. */
#ifndef GX_LEXDATA_H
#define GX_LEXDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gx_article.h"
#include "gx_lexicon.h"
#include "gx_wordlists.h"

typedef enum gx_lex_kind {
    GX_LEX_COMPANY = 0,
    GX_LEX_GOVERNMENT,
    GX_LEX_ORGANIZATION,
    GX_LEX_POSITION,
    GX_LEX_SURNAME,
    GX_LEX_COMPANY_SUFFIX,
    GX_LEX_ORG_SUFFIX,
    GX_LEX_GOV_SUFFIX,
    GX_LEX_GENERIC_BODY,
    GX_LEX_LEFT_STOP,
    GX_LEX_LIST_NOUN,
    GX_LEX_LIST_INTRO,
    GX_LEX_NAME_END,
    GX_LEX_LIST_BLOCK,
    GX_LEX_DEPT_PREFIX,
    GX_LEX_RIGHT_OK,
    GX_LEX_NOT_GIVEN,
    GX_LEX_NOT_ENTITY,
    GX_LEX_COMPANY_ATTR,
    GX_LEX_COOP_VERB,
    GX_LEX_BAD_ENDING,
    GX_LEX_GOV_UNIT,
    GX_LEX_REGION,
    GX_LEX_ORG_TITLE,
    GX_LEX_APPOINT_VERB,
    GX_LEX_SOURCE_AFTER,
    GX_LEX_COMMON_SURNAME, /* the ~150 most frequent family names (one character) */
    GX_LEX_FUND_TYPE,      /* fund product words before 基金 (股票, 混合, 债券, 指数 ...)     */
    GX_LEX_SYSTEM_WORD,    /* words ending in 系 that are no capital group (关系, 体系, 确系) */
    GX_LEX_GOV_HEAD,       /* last characters of a government body (部, 局, 委, 会, 府 ...)   */
    GX_LEX_PERSON_NAME,    /* well-known people (lexicon/people.tsv: 特朗普, 鲍威尔, 巴菲特)    */
    GX_LEX_BUSINESS_LINE,  /* a business after a known company's name: its own company (人保|健康) */
    GX_LEX_SAY_VERB,       /* verbs of saying after a speaker (表示, 称, 指出, 认为 ...)          */
    GX_LEX_FIRM_NOUN,      /* words for firms closing a list after 等 (公司, 企业, 厂商 ...)      */
    GX_LEX_STATE_OFFICE,   /* offices of a state, titled with their country (总统, 首相, 国务卿)  */
    GX_LEX_PRODUCT_NOUN,   /* what a product is, closing its name (系统, 平台, 芯片, 项目 ...)      */
    GX_LEX_HONORIFIC,      /* honorifics written before a name (丹斯里, 拿督, 拿督斯里: Malaysian titles) */
    GX_LEX_FOREIGN_CITY,   /* major foreign cities written in Chinese (温哥华, 多伦多): a place,
                            * never a person (cues.tsv foreign_city) */
    GX_LEX_UNIT_FORM,      /* a regional body's suffix in each written form (region_suffixes.tsv:
                            * 市场监管局, 市场监督管理局, 市监局); the entry's `thing` is the number of
                            * its suffix line, the same for every form of one body */
    GX_LEX_BUSINESS_KIND,  /* a kind of business written right before an unknown firm's name
                            * (P2P平台|领投鸟, 理财公司|程旺金融; cues.tsv business_kind) */
    GX_LEX_BRAND_HEAD,     /* the head of a web finance brand written twice, once at a sure left
                            * edge (岚蓝|财富; cues.tsv brand_head) */
    GX_LEX_PLATFORM_QUESTION, /* what web texts ask or report about a platform, right after its name
                            * (安全吗, 是骗局, 逾期失联; cues.tsv platform_question) */
    GX_LEX_BUSINESS_FACT,  /* what only a business has, right after its name: its chair or founder,
                            * its founding (可信贷|董事长, 钱牛牛|自成立; cues.tsv business_fact) */
    GX_LEX_NAME_LABEL,     /* a form's label before a platform's or a firm's name and a colon
                            * (平台名称:, 曝光平台：; cues.tsv name_label) */
    GX_LEX_FIELD_LABEL,    /* the form's next label, glued after that name (平台网址, 带单老师;
                            * cues.tsv field_label) */
    GX_LEX_BANK_CARD,      /* a bank's card written right after the bank's short name, which names
                            * the bank (浦发|信用卡, 招行|借记卡; cues.tsv bank_card) */
    GX_LEX_CUED_ACRONYM,   /* a body's Latin acronym that is also a product's or a coin's name (ASIC the
                            * chip, MAS the coin): a body only with a regulator cue (cues.tsv
                            * cued_acronym; gx_lexicon_acronym.c) */
    GX_LEX_REGULATOR_CUE,  /* what a regulator does to a firm, right after its acronym (监管, 牌照,
                            * 持牌; cues.tsv regulator_cue) */
    GX_LEX_PARTY_WORD,     /* a party a report introduces a speaker by, right before the name (玩家,
                            * 投资者, 受害人; cues.tsv party_word, gx_people_parties.c) */
    GX_LEX_ADDRESS_FORM,   /* a form of address after a surname that is no given name (高|先生, 李|女士;
                            * cues.tsv address_form) */
    GX_LEX_RECOUNT_VERB,   /* verbs of recounting and complaining after a party's speaker, besides
                            * say_verb (回忆道, 哭诉, 抱怨; cues.tsv recount_verb) */
    GX_LEX_TRADE_KIND,     /* a web finance platform's business word ending its name (百益|策略,
                            * 富成|配资, 黑马|外汇, 世纪艾克国际|金业; cues.tsv trade_kind) */
    GX_LEX_LATIN_FIRM_AFTER, /* what only a business has, right after a Latin name in Chinese text
                              * (BiKi交易平台, CoinShares母公司; cues.tsv latin_firm_after); flagged
                              * weak when it follows a coin's acronym too (BTC交易平台), read after an
                              * acronym when not (VPF拆分盘: gx_entity_rules_latin_han.c) */
    GX_LEX_TRADE_REPORT,   /* what web texts ask or report about a platform named by its trade, right
                            * after the name (百益策略|平台亏损, 多赢策略|被骗; cues.tsv trade_report) */
    GX_LEX_BYLINE_WORD,    /* a byline's or a source's word after a column's name in 《》 (作者, 记者, 消息,
                            * 讯; cues.tsv byline_word) */
    GX_LEX_NOW_WORD,       /* a time word opening the next clause right after a title, with no comma
                            * (现为, 现任, 目前; cues.tsv now_word) */
    GX_LEX_SERIES_WORD,    /* a line of products closing a name (系列基金, 系列产品; cues.tsv series_word) */
    GX_LEX_CALLED_KIND,    /* what a thing introduced by what it is called is, a business (叫X的|平台, 名为X的
                            * 网约车|平台; cues.tsv called_kind, gx_entity_rules_called.c) */
    GX_LEX_POLICE_WORD,    /* a police word after a place (广州|公安, 江苏|经侦; cues.tsv police_word, scanned:
                            * gx_entity_rules_police.c) */
    GX_LEX_POLICE_UNIT,    /* a unit of the police after the police word (海淀公安|分局; cues.tsv police_unit) */
    GX_LEX_ACCOUNT_TRADE,  /* a state body's trade in its account's name after a place (@杭州|检察, @荆门|网警;
                            * cues.tsv account_trade, scanned: gx_entity_rules_police.c) */
    GX_LEX_ASK_VERB,       /* a one-character verb of asking glued before a unit word (…求|政府; cues.tsv
                            * ask_verb, gx_entity_rules_gov.c) */
    GX_LEX_CITY,           /* a prefecture-level city, short or full form (lexicon/cities.tsv rows of use
                            * `place`: 常德, 常德市); no region: read only where a place stands before a
                            * district and a police word (gx_entity_rules_police.c: 常德|武陵|警方) */
    GX_LEX_VENUE_DEED,     /* what a customer did or suffered on a platform, right after 在 + its name
                            * (在融股通|做单, 在X|亏损, 在X平台|被骗; cues.tsv venue_deed,
                            * gx_entity_rules_trade_list.c venue_rule) */
    GX_LEX__COUNT
} gx_lex_kind;
_Static_assert(GX_LEX__COUNT <= 256, "an entry keeps its kind in 8 bits (gx_lex_entry.kind)");

/* The bit of a kind in the two small sets of kinds below (kinds numbered under 32 only). */
#define GX_LEX_BIT(kind) (UINT32_C(1) << (kind))

/* Kinds whose one-character patterns live in a per-character table instead of the automaton
 * (surnames, stop characters, name ends ...): gx_lexicon_hits() never reports them; ask
 * gx_lexicon_char_is() or the hit index's length functions (gx_entity_util.h). The table keeps
 * a character's kinds in 32 bits, so these kinds are numbered under 32. */
#define GX_LEX_CHAR_KINDS                                                                  \
    (GX_LEX_BIT(GX_LEX_SURNAME) | GX_LEX_BIT(GX_LEX_LEFT_STOP) | GX_LEX_BIT(GX_LEX_RIGHT_OK) | \
     GX_LEX_BIT(GX_LEX_NOT_GIVEN) | GX_LEX_BIT(GX_LEX_NAME_END) | GX_LEX_BIT(GX_LEX_APPOINT_VERB) | \
     GX_LEX_BIT(GX_LEX_COMMON_SURNAME) | GX_LEX_BIT(GX_LEX_GOV_HEAD))
_Static_assert(GX_LEX_GOV_HEAD < 32 && GX_LEX_COMMON_SURNAME < 32 && GX_LEX_APPOINT_VERB < 32,
               "character kinds are numbered under 32 (the per-character table's bits)");

/* Kinds found by gx_lexicon_scan() and turned into candidates (GX_SRC_GAZETTEER, lex_id set). */
#define GX_LEX_ENTITY_KINDS                                                                \
    (GX_LEX_BIT(GX_LEX_COMPANY) | GX_LEX_BIT(GX_LEX_GOVERNMENT) | GX_LEX_BIT(GX_LEX_ORGANIZATION) | \
     GX_LEX_BIT(GX_LEX_POSITION) | GX_LEX_BIT(GX_LEX_PERSON_NAME))

/* true for a kind of GX_LEX_CHAR_KINDS / GX_LEX_ENTITY_KINDS (any kind may be asked). */
static inline bool gx_lex_kind_is_char(uint32_t kind)
{
    return kind < 32 && (GX_LEX_CHAR_KINDS & GX_LEX_BIT(kind)) != 0;
}
static inline bool gx_lex_kind_is_entity(uint32_t kind)
{
    return kind < 32 && (GX_LEX_ENTITY_KINDS & GX_LEX_BIT(kind)) != 0;
}

/* true for the kinds only looked up as whole strings (gx_lexicon_is), never reported by a scan.
 * A switch, not a mask: kinds may number past 64. */
static inline bool gx_lex_kind_lookup_only(gx_lex_kind kind)
{
    switch (kind) {
    case GX_LEX_GENERIC_BODY: case GX_LEX_NOT_ENTITY: case GX_LEX_BAD_ENDING: case GX_LEX_ORG_TITLE:
    case GX_LEX_FUND_TYPE: case GX_LEX_SYSTEM_WORD: case GX_LEX_SAY_VERB: case GX_LEX_FIRM_NOUN:
    case GX_LEX_STATE_OFFICE: case GX_LEX_PRODUCT_NOUN: case GX_LEX_UNIT_FORM: case GX_LEX_BANK_CARD:
    case GX_LEX_CUED_ACRONYM: case GX_LEX_REGULATOR_CUE: case GX_LEX_ADDRESS_FORM: case GX_LEX_RECOUNT_VERB:
    case GX_LEX_BYLINE_WORD: case GX_LEX_NOW_WORD: case GX_LEX_SERIES_WORD: case GX_LEX_CALLED_KIND:
    case GX_LEX_POLICE_UNIT: case GX_LEX_ASK_VERB:
        return true;
    default:
        return false;
    }
}

enum {
    GX_LEXF_SHORT = 1,   /* the short name of a listed company / the canonical name        */
    GX_LEXF_FULL = 2,    /* full legal name                                                */
    GX_LEXF_FORMER = 4,  /* former or delisted name                                        */
    GX_LEXF_ALIAS = 8,   /* other alias (English name, abbreviation)                       */
    GX_LEXF_WEAK = 16,   /* also an ordinary word: needs supporting context               */
    GX_LEXF_LATIN = 32,  /* starts or ends with an ASCII letter/digit: word boundaries apply */
    GX_LEXF_HOME = 64,   /* a region: a mainland province or city (regions.tsv), not a country or SAR */
    GX_LEXF_LOWER = 128, /* the lower-case form of a body's Latin acronym (fca of FCA, 澳洲asic): a
                          * hit only glued to Chinese text (gx_lexicon_acronym.c)              */
};

typedef struct gx_lex_entry {
    uint8_t kind;   /* gx_lex_kind */
    uint8_t flags;  /* GX_LEXF_* */
    int16_t len;    /* pattern length in code points */
    int32_t thing;  /* index into things, or -1 for cue words (GX_LEX_UNIT_FORM: its group) */
    const char *text; /* the pattern (UTF-8) */
} gx_lex_entry;

typedef struct gx_lex_thing {
    gx_ent_type type;       /* company, government, organization */
    const char *name;       /* canonical name */
    const char *full_name;  /* full legal name or NULL */
    gx_ticker ticker;       /* code "" when unlisted */
    char list_date[11];     /* listing date of `ticker` "YYYY-MM-DD" (A shares; US/HK listings
                             * since 2010 of global_companies.tsv), "" when unknown */
    gx_ticker hk_ticker;    /* HKEX listing that came before the A share (中国移动 0941), or "" */
    gx_ticker former;       /* the ticker of the listing before a rename or a delisting (Facebook
                             * NASDAQ FB, now META), or "" */
    char former_until[11];  /* the day `former` gave way ("2022-06-09"), "" when there is none */
} gx_lex_thing;

typedef struct gx_lex_hit {
    int32_t start, end;  /* code points, end exclusive */
    int32_t entry;
} gx_lex_hit;

/* The order of the hits below, for qsort: by start, then longer first, then by entry. (Inline:
 * the hit index's merge calls it once per hit.) */
static inline int gx_lex_hit_cmp(const void *a, const void *b)
{
    const gx_lex_hit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Every lexicon match in the article's text, sorted by start then longer first; Latin
 * patterns are dropped when they are inside a longer Latin word. The array lives in the
 * article's arena; *n gets the count. */
gx_lex_hit *gx_lexicon_hits(const gx_lexicon *lex, gx_article *art, int *n);
/* The same for the cue kinds only (everything but GX_LEX_ENTITY_KINDS): the entity rules take
 * the entity kinds from the gazetteer candidates gx_lexicon_scan() left in the article. */
gx_lex_hit *gx_lexicon_cue_hits(const gx_lexicon *lex, gx_article *art, int *n);

const gx_lex_entry *gx_lexicon_entry(const gx_lexicon *lex, int32_t id);
const gx_lex_thing *gx_lexicon_thing(const gx_lexicon *lex, int32_t id);
int32_t gx_lexicon_nthings(const gx_lexicon *lex);
/* The first thing listed under ticker t (code and exchange), or -1. A binary search over the
 * things ordered by ticker (a linear scan while the lexicon is loading). */
int32_t gx_lexicon_find_ticker(const gx_lexicon *lex, const gx_ticker *t);
/* The first company whose former ticker (before a rename or a delisting: 欢聚集团 NASDAQ YY) has
 * this code on this exchange, or -1. A linear scan: for codes the current tickers lack. */
int32_t gx_lexicon_find_former(const gx_lexicon *lex, const gx_ticker *t);

/* true when cps[0..n) is a pattern of that kind. */
bool gx_lexicon_is(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n);
/* true when the single character c is a pattern of that kind (any kind). */
bool gx_lexicon_char_is(const gx_lexicon *lex, uint32_t c, gx_lex_kind kind);
/* true when a surname opens the name cps[0..n) of two characters or more: one of one character, or
 * of two (欧阳). */
bool gx_lexicon_surname_opens(const gx_lexicon *lex, const uint32_t *cps, int32_t n);
/* true when cps[0..n) is a province or city of mainland China (regions.tsv), not a special
 * administrative region (香港, 澳门) nor a country of cues.tsv. */
bool gx_lexicon_is_home_region(const gx_lexicon *lex, const uint32_t *cps, int n);
/* The entry id of cps[0..n) with that kind, or -1. */
int32_t gx_lexicon_find(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n);
/* The same with ASCII letters matched in either case (OKex finds the pattern OKEx; comp71): the
 * entry id or -1. For Latin names a text writes in its own case, where a case-exact hit is missed. */
int32_t gx_lexicon_find_folded(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n);
/* Which prefixes of cps[0..n) of length min..min+31 are patterns of that kind (one trie walk
 * instead of one lookup per length): bit (length - min) set for each. */
uint32_t gx_lexicon_prefix_mask(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n, int min);

/* A body's Latin acronym (gx_lexicon_acronym.c). The lower-case form of a government pattern that
 * is a Latin acronym alone or after Han characters (FCA -> fca, 澳洲ASIC -> 澳洲asic) into out (cap
 * bytes): true, or false when the surface is no such acronym. */
bool gx_lexicon_acronym_lower(const char *surface, char *out, size_t cap);
/* Whether a hit of entry e at [start, end) counts: a lower-case form only glued to Chinese text, a
 * cued acronym (ASIC, MAS) only with a regulator cue. Other entries: true. */
bool gx_lexicon_acronym_hit_ok(const gx_lexicon *lex, const gx_article *art, int32_t start, int32_t end,
                               const gx_lex_entry *e);

/* Statistics for tests and docs. */
/* The rules' ordered word list id of lexicon/wordlists.tsv, NULL-terminated (gx_wordlists.h;
 * owned by the lexicon), and the set of its words' last characters (for gx_word_ending_m). */
const char32_t *const *gx_lexicon_words(const gx_lexicon *lex, gx_word_list id);
uint64_t gx_lexicon_words_last(const gx_lexicon *lex, gx_word_list id);

int32_t gx_lexicon_npatterns(const gx_lexicon *lex);
size_t gx_lexicon_memory(const gx_lexicon *lex);

#endif
