/* entities_fixture.c — the lexicon and the entity stages for the tests in tests/entities/. */
#include "entities_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_entities.h"
#include "gx_entity_util.h"
#include "gx_lexicon.h"
#include "gx_quantity.h"
#include "gx_quantity_lex.h"
#include "gx_rules_en.h"
#include "gx_tagger.h"

static struct gx_engine ENG;

int fixture_setup(void **state)
{
    (void)state;
    gl_error err;
    const char *d = getenv("GLEANER_DATA_DIR");
    memset(&ENG, 0, sizeof ENG);
    ENG.lexicon = gx_lexicon_load(d && *d ? d : "data", &err);
    if (ENG.lexicon)
        ENG.quantities = gx_qtylex_load(d && *d ? d : "data", &err);
    if (!ENG.lexicon || !ENG.quantities)
        fprintf(stderr, "load: %s\n", err.message);
    return ENG.lexicon && ENG.quantities ? 0 : -1;
}

int fixture_teardown(void **state)
{
    (void)state;
    gx_lexicon_free(ENG.lexicon);
    gx_qtylex_free(ENG.quantities);
    return 0;
}

struct gx_engine *fixture_engine(void)
{
    return &ENG;
}

bool fixture_english_on(void)
{
    gl_error err;
    const char *d = getenv("GLEANER_DATA_DIR");
    ENG.english = gx_en_lex_load(d && *d ? d : "data", &err);
    return ENG.english != NULL;
}

void fixture_english_off(void)
{
    gx_en_lex_free(ENG.english);
    ENG.english = NULL;
}

int fixture_setup_with_tagger(void **state)
{
    if (fixture_setup(state) != 0)
        return -1;
    gl_error err;
    const char *d = getenv("GLEANER_DATA_DIR");
    ENG.tagger = gx_tagger_load(d && *d ? d : "data", &err);
    if (!ENG.tagger)
        fprintf(stderr, "tagger: %s\n", err.message);
    return ENG.tagger ? 0 : -1;
}

int fixture_teardown_with_tagger(void **state)
{
    gx_tagger_free(ENG.tagger);
    ENG.tagger = NULL;
    return fixture_teardown(state);
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

/* The code points of UTF-8 s into out (at most max); their count. */
static int32_t decode(const char *s, uint32_t *out, int32_t max)
{
    const unsigned char *u = (const unsigned char *)s;
    int32_t n = 0;
    while (*u && n < max) {
        uint32_t c = *u;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
        u++;
        for (int k = 0; k < extra && *u; k++, u++)
            c = (c << 6) | (*u & 0x3F);
        out[n++] = c;
    }
    return n;
}

gx_article *fixture_run_tagged(const char *s, const fixture_tag *tags, int n)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    gx_quantities_find(ENG.quantities, art);
    gx_lexicon_scan(ENG.lexicon, art);
    for (int t = 0; t < n; t++) {
        uint32_t w[64];
        int32_t len = decode(tags[t].text, w, 64);
        for (int32_t i = 0; len > 0 && i + len <= art->ncp; i++)
            if (!memcmp(art->cp + i, w, sizeof(uint32_t) * (size_t)len))
                gx_add_candidate(art, (gx_span){i, i + len}, (gx_ent_type)tags[t].type, GX_SRC_TAGGER, tags[t].score,
                                 NULL, -1);
    }
    gx_entity_rules(&ENG, art);
    gx_resolve(&ENG, art);
    return art;
}

const gx_entity *fixture_find(gx_article *art, const char *name, int type)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *e = &art->entities.v[k];
        if (type >= 0 && (int)e->type != type)
            continue;
        if (e->name && !strcmp(e->name, name))
            return e;
        for (int a = 0; a < e->aliases.n; a++)
            if (!strcmp(e->aliases.v[a], name))
                return e;
        for (int m = 0; m < e->mentions.n; m++)
            if (!strcmp(gx_article_span_text(art, e->mentions.v[m].span), name))
                return e;
    }
    return NULL;
}

gx_article *fixture_run_undated(const char *s)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    gx_quantities_find(ENG.quantities, art);
    gx_lexicon_scan(ENG.lexicon, art);
    gx_entity_rules(&ENG, art);
    gx_resolve(&ENG, art);
    return art;
}

const gx_entity *fixture_person(const gx_article *art, const char *name)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *e = &art->entities.v[k];
        if (e->type == GX_ENT_PERSON && e->name && !strcmp(e->name, name))
            return e;
    }
    return NULL;
}

bool fixture_has_title(const gx_entity *e, const char *title)
{
    for (int r = 0; e && r < e->roles.n; r++)
        if (!strcmp(e->roles.v[r].title, title))
            return true;
    return false;
}

bool fixture_holds(const gx_article *art, const char *name, const char *title)
{
    return fixture_has_title(fixture_person(art, name), title);
}

const gx_entity *fixture_company(gx_article *art, const char *name)
{
    return fixture_find(art, name, GX_ENT_COMPANY);
}

bool fixture_has_ticker(const gx_entity *e, const char *code, const char *exchange)
{
    if (!e) {
        fprintf(stderr, "no entity for ticker %s %s\n", code, exchange);
        return false;
    }
    if (strcmp(e->ticker.code, code) || strcmp(e->ticker.exchange, exchange)) {
        fprintf(stderr, "%s: ticker \"%s\" \"%s\", expected %s %s\n", e->name, e->ticker.code, e->ticker.exchange,
                code, exchange);
        return false;
    }
    return true;
}

bool fixture_has_mention(gx_article *art, const char *s, int type)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *e = &art->entities.v[k];
        for (int m = 0; (int)e->type == type && m < e->mentions.n; m++)
            if (!strcmp(gx_article_span_text(art, e->mentions.v[m].span), s))
                return true;
    }
    return false;
}
