/* gx_entity_util.h — shared helpers of the entity stages (gx_entity_rules.c, gx_people.c,
 * gx_resolve.c, gx_salience.c): character classes, an index of lexicon hits by position, and
 * name boundaries. Private to extract/. */
#ifndef GX_ENTITY_UTIL_H
#define GX_ENTITY_UTIL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <uchar.h>

#include "gx.h"
#include "gx_article.h"
#include "gx_lexdata.h"
#include "gx_number.h" /* gx_is_digit */
#include "gx_utf8.h"   /* gx_cp_in */

/* Does span s lie within the article's text (and not run backwards)? */
static inline bool gx_span_in_text(const gx_article *art, gx_span s)
{
    return s.start >= 0 && s.end >= s.start && s.end <= art->ncp;
}

/* Does the text at `at` start with one of `words` (NULL-terminated list)? The length of the
 * first that matches, or 0. */
int32_t gx_word_at(const gx_article *art, int32_t at, const char32_t *const *words);

/* The markers an exchange writes before a listed company's short name (ST, *ST's ST, PT, XD ...):
 * no name of a firm (NULL-terminated, for gx_word_at). */
extern const char32_t *const GX_STOCK_MARKERS[];

/* The length of the longest word of a lookup kind (gx_lex_kind_lookup_only: the verbs of saying of
 * cues.tsv say_verb, the words for firms firm_noun …; up to eight characters) that starts at pos,
 * or 0. */
int32_t gx_lex_word_at(const gx_lexicon *lex, gx_lex_kind kind, const gx_article *art, int32_t pos);

/* Verbs a firm named as a source opens its clause with (X认为, X表示, X指出, X预计): the firm
 * rule's and the resolution's evidence that a bare name is a firm. NULL-terminated. */
extern const char32_t *const gx_source_verbs[];

/* Business words at which a name's look-back (gx_name_left) stops that are words of the name
 * inside a legal name or before a code (投资 管理 控股 服务 建设 运营), NULL-terminated. */
extern const char32_t *const gx_business_words[];

/* A numeral: an Arabic digit or one of 一二三四五六七八九十百千两零 (第八届, 六大, 第2次). */
bool gx_is_numeral(uint32_t c);

/* Where the run of characters of `set` (0-terminated) that ends at end starts; end when none
 * of them ends there (第|十|届, 共计|3|名). */
int32_t gx_run_start(const uint32_t *cp, int32_t end, const char32_t *set);

/* Length of the longest word of `words` (NULL-terminated) that ends at pos and starts at or
 * after floor, or 0. (static inline: the people rules
 * call it in their loops; as an extern call they ran 1% more instructions) */
static inline int32_t gx_word_ending(const uint32_t *cp, int32_t floor, int32_t pos, const char32_t *const *words)
{
    int32_t best = 0;
    for (const char32_t *const *w = words; *w; w++) {
        int32_t len = 0;
        while ((*w)[len])
            len++;
        if (len <= best || pos - len < floor)
            continue;
        int32_t k = 0;
        while (k < len && cp[pos - len + k] == (uint32_t)(*w)[k])
            k++;
        if (k == len)
            best = len;
    }
    return best;
}

/* The set of the last characters of `words` (NULL-terminated), as bits c & 63 of a 64-bit word
 * (0 for a list of no word). */
static inline uint64_t gx_word_last_set(const char32_t *const *words)
{
    uint64_t m = 0;
    for (const char32_t *const *w = words; *w; w++) {
        int32_t len = 0;
        while ((*w)[len])
            len++;
        if (len > 0)
            m |= 1ull << ((uint32_t)(*w)[len - 1] & 63);
    }
    return m;
}

/* gx_word_ending(cp, floor, pos, words), the same answer, with a filter first: no word of the list
 * ends at pos unless the character before pos is in the set of their last characters. *last is
 * the call site's cache of gx_word_last_set(words) (a static of 0 at first: whichever thread fills it
 * first, the value is the same; the list must be a static one, not a compound literal). For the
 * rules that ask a long list at most positions (speed26: ~20 M a pass in the length loops). */
static inline int32_t gx_word_ending_f(const uint32_t *cp, int32_t floor, int32_t pos, const char32_t *const *words,
                                       _Atomic uint64_t *last)
{
    uint64_t m = atomic_load_explicit(last, memory_order_relaxed);
    if (!m) {
        m = gx_word_last_set(words);
        atomic_store_explicit(last, m, memory_order_relaxed);
    }
    if (pos <= floor || !(m >> (cp[pos - 1] & 63) & 1))
        return 0;
    return gx_word_ending(cp, floor, pos, words);
}

/* The same with the set of last characters given: a list of lexicon/wordlists.tsv and its
 * gx_lexicon_words_last. */
static inline int32_t gx_word_ending_m(const uint32_t *cp, int32_t floor, int32_t pos,
                                       const char32_t *const *words, uint64_t last)
{
    if (pos <= floor || !(last >> (cp[pos - 1] & 63) & 1))
        return 0;
    return gx_word_ending(cp, floor, pos, words);
}

/* qsort comparator of int32_t (of the first int32_t of each element). */
int gx_cmp_int32(const void *a, const void *b);

/* The first of the candidates cv[0..nc) whose type is in types (a mask of 1 << gx_ent_type) and
 * whose text is the text of s (cp: the article's code points): the same name written elsewhere when
 * elsewhere is set (a candidate starting at s.start is passed over), anywhere when not; -1 when
 * none. */
int gx_cand_same_text(const uint32_t *cp, const gx_candidate *cv, int nc, gx_span s, uint32_t types, bool elsewhere);

static inline bool gx_is_cjk(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

static inline bool gx_is_alnum(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A middle dot between the parts of a foreign name (· ・ • ‧: 詹姆斯·西蒙斯). */
static inline bool gx_is_name_dot(uint32_t c)
{
    return c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027;
}

static inline bool gx_is_upper(uint32_t c)
{
    return c >= 'A' && c <= 'Z';
}

/* Where each pair of adjacent code points occurs in the article: chains of positions per hashed
 * bigram, in increasing order, so that finding every occurrence of a name (two code points or
 * more) does not read the whole text. Memory in the article's arena.
 *
 *   for (int32_t p1 = gx_text_ix_first(&tx, w); p1 > 0; p1 = tx.next[p1 - 1]) { p = p1 - 1 ... }
 *
 * visits, in increasing order, a superset of the positions p where w[0], w[1] occur. */
typedef struct gx_text_ix {
    int32_t *head; /* per bucket: first position + 1, 0 when none */
    int32_t *next; /* per position: next position + 1 in the same bucket, 0 when none */
    uint32_t mask;
} gx_text_ix;

/* Fills *tx; the first call per article builds the index (read-only after), later calls
 * return the same one. */
void gx_text_ix_build(gx_text_ix *tx, gx_article *art);

static inline uint32_t gx_text_ix_bucket(const gx_text_ix *tx, const uint32_t *w)
{
    return ((w[0] * 0x9E3779B1u) ^ (w[1] * 0x85EBCA77u) ^ (w[0] >> 11)) & tx->mask;
}

static inline int32_t gx_text_ix_first(const gx_text_ix *tx, const uint32_t *w)
{
    return tx->head[gx_text_ix_bucket(tx, w)];
}

/* Where a text of two code points or more at w (a pointer into art->cp or not) may start in art,
 * in increasing order, each once, a superset of its occurrences (the caller compares the text and
 * that it fits before art->ncp): the places of its first bigram in the article's index when one is
 * built (art->text_ix), else every position. -1 after the last.
 *
 *   for (int32_t p = gx_text_place_first(art, w); p >= 0; p = gx_text_place_next(art, p)) ...  */
static inline int32_t gx_text_place_first(const gx_article *art, const uint32_t *w)
{
    return art->text_ix ? gx_text_ix_first(art->text_ix, w) - 1 : art->ncp > 0 ? 0 : -1;
}
static inline int32_t gx_text_place_next(const gx_article *art, int32_t p)
{
    return art->text_ix ? art->text_ix->next[p] - 1 : p + 1 < art->ncp ? p + 1 : -1;
}

/* The positions, in increasing order and each once, where one of `words` (NULL-terminated, each
 * of two characters or more) starts in art, found through the bigram index tx instead of a walk
 * over every character; *n gets their count. The array lives in the article's arena. */
int32_t *gx_text_ix_words(const gx_text_ix *tx, gx_article *art, const char32_t *const *words, int32_t *n);

/* The head of a position's list (an index), -1 when none: head[p] only where bit p of has is
 * set (a list of heads left unwritten elsewhere, beside a zeroed bitmap). */
static inline int32_t gx_head_at(const uint64_t *has, const int32_t *head, int32_t p)
{
    return has[p >> 6] >> (p & 63) & 1 ? head[p] : -1;
}

/* Lexicon hits indexed by start and by end position (all in the article's arena). */
typedef struct gx_hit_index {
    const gx_lexicon *lex;
    const uint32_t *cp;
    int32_t ncp;
    gx_lex_hit *hits;
    int n;
    int32_t *by_start, *by_end; /* head per position (ncp + 1), read only where the bit  */
    uint64_t *has_start, *has_end; /* of has_start / has_end is set (else none): the    */
                                   /* bitmaps are zeroed, the heads never (1/32 of the bytes) */
    int32_t *next_start, *next_end;
    /* the hits of one kind, ascending: kind_first[kind], then kind_next[k] after hit k; n ends
     * a list (a rule that reads one kind walks its list, not every hit of the article) */
    int kind_first[GX_LEX__COUNT];
    int *kind_next;
    gx_text_ix text; /* where the text's bigrams occur */
    /* the engine's tagger, for its word lexicon (gx_tagger_common_word); NULL when the rules run
     * without one (borrowed from the engine) */
    const struct gx_tagger *tagger;
} gx_hit_index;

/* The first hit of `kind` (index into ix->hits), or ix->n when none; gx_hit_next: the next hit
 * of the same kind after hit k, or ix->n. Visits the hits of that kind in the order of a loop
 * over all hits. */
static inline int gx_hit_first(const gx_hit_index *ix, gx_lex_kind kind)
{
    return ix->kind_first[kind];
}
static inline int gx_hit_next(const gx_hit_index *ix, int k)
{
    return ix->kind_next[k];
}

/* Needs gx_lexicon_scan() to have run on art (its gazetteer candidates are the entity hits). */
void gx_hit_index_build(gx_hit_index *ix, const gx_lexicon *lex, gx_article *art);

/* The length of the longest pattern of `kind` starting (ending) at pos, 0 when none; one-
 * character patterns of GX_LEX_CHAR_KINDS included. */
int gx_hit_len_starting(const gx_hit_index *ix, int32_t pos, gx_lex_kind kind);
int gx_hit_len_ending(const gx_hit_index *ix, int32_t pos, gx_lex_kind kind);

/* Whether ticker t is on a mainland exchange (SSE, SZSE, BSE): its issuer is a 股份有限公司. */
bool gx_ticker_mainland(const gx_ticker *t);

/* Whether the Latin word [s.start, s.end) is a word of a firm's name (Group, Bank, Capital,
 * Management, Inc …; lower-case group and plc too: IG group, Tesco plc; a capitalised word of the
 * list written in lower case: LPL financial). */
bool gx_latin_firm_word(const gx_article *art, gx_span s);

/* Whether [s.start, s.end) is one Latin word in CamelCase of six letters or more whose last
 * capitalised part is a firm word of gx_latin_firm_word() after a head of three letters or more:
 * a firm's name written without its spaces (ValarVentures, AtlasCapitalManagement; not
 * GoldSilver, not IBank). Letters only. */
bool gx_latin_camel_firm(const gx_article *art, gx_span s);

/* Whether a portal's inline stock quote "(6.500,0.01,0.15%)" after a name (Chinese, or Latin:
 * IMAX CHINA(12.96,-0.02,-0.15%)) ends right
 * before pos: a name starting there is the tail of a name the quote was inserted into
 * (浙江康恩贝(6.500,0.01,0.15%)|制药股份有限公司). */
bool gx_after_stock_quote(const gx_article *art, int32_t pos); /* (or its closing bracket is at pos) */

/* The end of an inline stock quote "(6.500,0.01,0.15%)" that opens at pos after a Chinese name,
 * else pos. */
int32_t gx_stock_quote_end(const gx_article *art, int32_t pos);

/* The opening bracket of an inline stock quote (gx_after_stock_quote) that ends right before pos,
 * else pos: the name the quote follows ends there (国泰君安(17.210,-0.23,-1.32%)|董事长). */
int32_t gx_stock_quote_start(const gx_article *art, int32_t pos);

/* The text of span with the inline stock quotes inside it left out (国信证券(10.750,-0.11,-1.01%)
 * 股份有限公司 -> 国信证券股份有限公司); the article's arena owns it. */
const char *gx_span_text_unquoted(const gx_article *art, gx_span span);

/* The left edge of a name that ends at `end`: walk left over CJK characters (or a Latin
 * name: capitalised words, digits, spaces, commas, periods, '&', '-') until punctuation, a
 * left_stop word, or max code points; a glued negation is left out (gx_name_negated); a conjunction right after a preposition opens the name
 * (gx_conj_opens_name). Returns the start, or `end` when nothing fits. */
int32_t gx_name_left(const gx_hit_index *ix, const gx_article *art, int32_t end, int max);

/* Whether the 非 at s is a negation glued before the name s+1..end rather than the name's first
 * character (：非|苏宁旗下): gx_name_left leaves it out, and it is a clear left edge for the rules
 * that want one. False without the engine's tagger. */
bool gx_name_negated(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t end);
/* gx_name_left, and when the look-back ran its whole length max into more text (再保险巨头通|用科隆
 * 再保险公司: a cut at an arbitrary place) the edge after a stop word of two or more characters
 * that ends within four characters further left (巨头|通用科隆再保险公司; twenty-first session,
 * comp38). */
int32_t gx_name_left_past_cap(const gx_hit_index *ix, const gx_article *art, int32_t end, int max);

/* Is c a conjunction that joins two names (和, 与, 及)? */
bool gx_is_conjunction_char(uint32_t c);
/* A function character that joins or ends a clause and never stands inside a product's or a
 * platform's name (的 和 与 及 或 在 是 了 就 也 都 被 对 为, and the enumeration comma 、). */
bool gx_is_function_char(uint32_t c);

/* Is the conjunction at pos a name's first character because 由 or 被 stands right before it, where
 * no conjunction can (由|和信数字科技有限公司运营)? */
bool gx_conj_opens_name(const gx_article *art, int32_t pos);

/* The start of a name whose look-back stopped at s, read on leftwards over business words
 * (深圳前海永兴投资|管理有限公司, 中国金融投资|管理(00605-HK)); never after a stop word of their
 * own (拟|投资建设有限公司: a plan, no name; a run of them, 城市|建设投资发展有限公司, goes on only
 * to a name before it) nor more than max code points before end. */
int32_t gx_name_left_over_business(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t end, int max);

/* Nouns that describe a company right before its name (社群零售企业|十荟团, 安全公司|赛门铁克,
 * 基因治疗技术研发商|安龙生物), NULL-terminated; the weak ones precede plain words all the time
 * (公司持有其…, 企业盈利) and are no evidence alone. */
extern const char32_t *const gx_company_describers[];
extern const char32_t *const gx_weak_company_describers[];
/* Kinds of investor a writer puts before a firm's name to say what it is (对冲基金|科图管理公司):
 * no part of the name (eleventh session, comp13). */
extern const char32_t *const gx_investor_kinds[];

/* The left edge of a company's name that ends at `end` where the context shows a company: an
 * explicit code or quote of a listed company (卓朗科技(600225), 信而富(XRF.US), 融信中国(5.95,…))
 * when sure, or a frame of the news (X完成B轮融资, 收购X60%股权). Starts from gx_name_left and
 * moves the edge where it knows better: in a sure context a short name reaches back over a
 * stop word to punctuation (,信而|富); a conjunction opening a clause is a name's first character
 * (,和码编程); the last company describer inside the span starts the name (社群零售企业|十荟团),
 * with inner_describer also one a stop word hid from gx_name_left (直播电商平台|生活有鱼); in a
 * span over five characters the tagger's latest left edge of a reading ending at `end` starts it
 * (周四美股盘前|赫兹). */
typedef struct gx_name_edge {
    int32_t start;
    bool latin;      /* gx_name_left read a Latin name: nothing moved */
    bool described;  /* the start follows a describer or is the tagger's edge */
    bool inner_stop; /* a stop word inside the name is no objection (sure, or a hidden describer) */
} gx_name_edge;
gx_name_edge gx_company_name_left(const gx_hit_index *ix, const gx_article *art, int32_t end, bool sure,
                                  bool inner_describer);

/* Is the right edge at `pos` a plausible end of a name (punctuation, a stop word, a title, a
 * known entity, or the end of text)? */
bool gx_name_right_ok(const gx_hit_index *ix, const gx_article *art, int32_t pos);

/* Add a candidate; returns its index in art->candidates. */
int gx_add_candidate(gx_article *art, gx_span span, gx_ent_type type, gx_cand_source src,
                     float score, const char *canonical, int32_t link);

/* FNV-1a 64 of a string's bytes (company ids of unlisted companies). */
uint64_t gx_fnv1a64(const char *s);

/* The stable company id: "<exchange lowercase>-<code lowercase>" for a listed company,
 * "n-" + 16 lowercase hex digits of FNV-1a 64 of the canonical name otherwise. The string
 * lives in arena a. */
const char *gx_company_id(gx_arena *a, const gx_ticker *t, const char *name);

/* gx_candidate.link of a rule candidate that only a name suffix supports (X科技, X资本): the
 * weakest evidence, which resolution checks against the tagger. */
#define GX_LINK_SUFFIX_ONLY (-2)
/* gx_candidate.link of a rule person named right after a kinship word (妻子应莹): the word is the
 * evidence, so resolution keeps a two-character name with a rarer surname the tagger missed. */
#define GX_LINK_KIN (-3)

/* The entity types that name an organization of some kind, as a mask of (1 << type): what the
 * rules look for before a title, a ticker or a desk. */
#define GX_ORGLIKE ((1 << GX_ENT_COMPANY) | (1 << GX_ENT_ORGANIZATION) | (1 << GX_ENT_GOVERNMENT))

/* The parts of the entity stages (each in its own file). */
void gx_rules_apply(const gx_engine *eng, gx_article *art);       /* gx_entity_rules.c */
void gx_people_rules(const gx_hit_index *ix, gx_article *art);    /* gx_people.c       */
bool gx_translit_char(uint32_t c);             /* a character of transliterated names (gx_people_names.c) */
bool gx_translit_pair(uint32_t a, uint32_t b); /* a two-character foreign name: 努钦 (gx_people_names.c) */
void gx_resolve_apply(const gx_engine *eng, gx_article *art);     /* gx_resolve.c      */
/* Salience of every entity in [0, 1] (gx_salience.c). With subject != NULL, *subject gets the
 * index of the article's subject company (or -1). */
void gx_salience(gx_article *art, int32_t *subject);

/* Between gx_entity_rules() and gx_resolve(), art->positions[].person / .organization hold
 * candidate indices (or -1); gx_resolve() turns them into entity indices. */

/* Whether a company reading s (a rule's or the tagger's, no gazetteer name) is a phrase about a
 * company rather than a name: its last two characters open a generic business word that goes on
 * past it (新浪|银行理财|师大赛, cues.tsv generic_body), or it is a bare 公司/集团/银行 after a count
 * (兴全基金3家|公司) or after a verb or function phrase ending the body (英大基金发布|公司,
 * 好当家集团持有|公司, 出资|银行: cues.tsv left_stop words that are no business word, company
 * attribute or place). */
bool gx_company_phrase(const gx_lexicon *lex, const gx_article *art, gx_span s);
/* The position right after the last noun of a company's relation (子公司, 孙公司, 上市公司, 债权人,
 * 质押权人) inside s, else s.start: where a name after such a descriptor starts. */
int32_t gx_after_descriptor(const gx_article *art, gx_span s);

#endif
