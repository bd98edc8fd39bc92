/* entities_fixture.c — the lexicon and the entity stages for the tests in tests/entities/. */
#include "entities_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_entities.h"
#include "gx_lexicon.h"

static struct gx_engine ENG;

int fixture_setup(void **state)
{
    (void)state;
    gl_error err;
    const char *d = getenv("GLEANER_DATA_DIR");
    memset(&ENG, 0, sizeof ENG);
    ENG.lexicon = gx_lexicon_load(d && *d ? d : "data", &err);
    if (!ENG.lexicon)
        fprintf(stderr, "load: %s\n", err.message);
    return ENG.lexicon ? 0 : -1;
}

int fixture_teardown(void **state)
{
    (void)state;
    gx_lexicon_free(ENG.lexicon);
    return 0;
}

struct gx_engine *fixture_engine(void)
{
    return &ENG;
}

gx_article *fixture_run(const char *s, const char *outlet, const char *author)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    if (outlet)
        art->outlet = outlet;
    if (author) {
        gx_author *a = GX_VEC_PUSH(art->arena, art->authors);
        a->name = author;
        a->role = "记者";
    }
    gx_lexicon_scan(ENG.lexicon, art);
    gx_entity_rules(&ENG, art);
    gx_resolve(&ENG, art);
    return art;
}
