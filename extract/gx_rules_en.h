/* gx_rules_en.h — the English entity pass: companies, government bodies, people, titles and
 * tickers in lines of English text (lines without a Han character), from the cue words of
 * data/lexicon/english.tsv. It proposes candidates and positions like the other entity rules
 * (gx_entity_rules.c, gx_people.c); resolution (gx_resolve.c) merges them. Chinese text is
 * never read: a line with a CJK character is skipped at its first one. */
#ifndef GX_RULES_EN_H
#define GX_RULES_EN_H

#include "gl_error.h"
#include "gx.h"
#include "gx_article.h"

/* The word lists of english.tsv, loaded once and read-only afterwards (shared by threads). */
typedef struct gx_en_lex gx_en_lex;

/* Load <data_dir>/lexicon/english.tsv. Returns a new word list (free with gx_en_lex_free), or
 * NULL with err filled when the file is missing or malformed. */
gx_en_lex *gx_en_lex_load(const char *data_dir, gl_error *err);
void gx_en_lex_free(gx_en_lex *lx); /* NULL ok */

/* Is cp[0..n) one token of ASCII letters written in two or more capitalised parts, one of them a
 * company suffix, an organization word or a product word of english.tsv (AirBitClub, TokenClub,
 * HuobiPrime, RippleNet, SumToken: a platform or a coin written without spaces)? lx NULL: false. */
bool gx_en_camel_product(const gx_en_lex *lx, const uint32_t *cp, int32_t n);

/* Whether the Latin words cp[0, n) end in a word that names a street (english.tsv "street":
 * Marguerite Drive, Park Avenue): an address, no person (eighteenth session, people23). */
bool gx_en_street_name(const gx_en_lex *lx, const uint32_t *cp, int32_t n);

/* Is cp[0..n) a well-known news organisation's name as english.tsv "news" lists it (Reuters, The
 * New York Times)? Such a name is a company (twenty-ninth session, english29). lx NULL: false. */
bool gx_en_news_name(const gx_en_lex *lx, const uint32_t *cp, int32_t n);

/* The pass itself: runs after gx_rules_apply() (so the gazetteer's, the rules' and the people
 * rules' candidates and positions are there) and adds candidates and positions in the article's
 * arena; it also fills the holder or organization of an English position that has none. Does
 * nothing without a loaded word list. */
void gx_rules_en(const gx_engine *eng, gx_article *art);

#endif
