/* entities_fixture.h — what the entity-stage tests share: the lexicon loaded once from
 * GLEANER_DATA_DIR (default "data"), and the engine's entity stages run on one sentence
 * without the tagger (so the tests pin what the gazetteers and rules guarantee and do not
 * move when the model is retrained). */
#ifndef ENTITIES_FIXTURE_H
#define ENTITIES_FIXTURE_H

#include "gx_article.h"
#include "gx_engine_impl.h"

/* cmocka group setup/teardown: load and free the lexicon. */
int fixture_setup(void **state);
int fixture_teardown(void **state);

/* The engine the stages run with (only its lexicon is loaded). */
struct gx_engine *fixture_engine(void);

/* Lend the fixture engine the English word lists (english.tsv; the rules that read Latin
 * names in Chinese text consult them) until fixture_english_off(). False when they do not load. */
bool fixture_english_on(void);
void fixture_english_off(void);

/* cmocka group setup/teardown as fixture_setup/fixture_teardown, lending the fixture engine a
 * loaded tagger for its word lexicon only (the rules that ask whether a string is an ordinary
 * word consult it; fixture_run() proposes no tagger spans). */
int fixture_setup_with_tagger(void **state);
int fixture_teardown_with_tagger(void **state);

/* The lexicon scan, entity rules and resolution over s, with an optional byline (outlet,
 * author as 记者; either may be NULL). s, outlet and author must outlive the article. Free
 * the result with gx_article_free(). */
gx_article *fixture_run(const char *s, const char *outlet, const char *author);

/* A span the tagger would propose: every occurrence of `text` (UTF-8), as `type`
 * (gx_ent_type) with `score`. */
typedef struct fixture_tag {
    const char *text;
    int type;
    float score;
} fixture_tag;

/* As fixture_run(), with the tagger's proposals given by hand (tags[0..n)), added after the
 * lexicon scan as the tagger's would be, and the quantities found as the engine finds them
 * (without published_at): pins how the rules and resolution judge them. */
gx_article *fixture_run_tagged(const char *s, const fixture_tag *tags, int n);

/* Quantities (for the dates the text writes), lexicon, rules and resolution over s without
 * published_at: what the article's own dates decide (listings, former tickers). The caller
 * frees the article with gx_article_free. */
gx_article *fixture_run_undated(const char *s);

/* The person entity named exactly `name`, or NULL. */
const gx_entity *fixture_person(const gx_article *art, const char *name);
/* Whether e (NULL: no) holds `title` among its roles. */
bool fixture_has_title(const gx_entity *e, const char *title);
/* Whether the person named exactly `name` holds `title`. */
bool fixture_holds(const gx_article *art, const char *name, const char *title);
/* The entity of this type (unless -1) whose name, alias or mention text is name; NULL when
 * none. */
const gx_entity *fixture_find(gx_article *art, const char *name, int type);
/* Whether an entity of this type has a mention whose text is s. */
bool fixture_has_mention(gx_article *art, const char *s, int type);
/* The company entity named (or aliased, or mentioned as) name, or NULL. */
const gx_entity *fixture_company(gx_article *art, const char *name);
/* Whether e is an entity (not NULL) whose ticker is code on exchange; on a mismatch it says on
 * stderr what it found. The tests write assert_ticker(e, code, exchange). */
bool fixture_has_ticker(const gx_entity *e, const char *code, const char *exchange);
#define assert_ticker(e, code, exchange) assert_true(fixture_has_ticker((e), (code), (exchange)))

#endif
