/* structure_fixture.c — see structure_fixture.h. */
#include "structure_fixture.h"

#include <stdio.h>
#include <string.h>

#include "gx_normalize.h"

bool fixture_byline(gx_arena *a, const char *s, gx_byline *bl)
{
    gx_cps c = {0};
    gx_normalize_decode(a, s, strlen(s), 0, &c);
    return gx_structure_parse_byline(a, c.cp, c.n, bl);
}

gx_article *fixture_build(const char *doc, const char *title, bool markdown)
{
    gx_arena *d = gx_arena_new();
    gx_cps c = {0};
    gx_normalize_decode(d, doc, strlen(doc), 0, &c);
    gx_para_vec pv = {0};
    gx_normalize_paragraphs(d, &c, markdown, true, &pv);
    gx_part *parts;
    int np = gx_structure_split(d, &pv, title == NULL, &parts);
    gx_article *art = gx_article_new();
    gx_structure_opts o = {.title = title, .find_title = true};
    if (np < 1 || gx_structure_build(art, &pv, parts[0], &o) < 0) {
        gx_article_free(art);
        art = NULL;
    }
    gx_arena_free(d); /* the article owns copies of everything it keeps */
    return art;
}

bool fixture_outlet_is(const char *doc, const char *outlet)
{
    return fixture_titled_outlet_is(doc, "标题", outlet);
}

bool fixture_titled_outlet_is(const char *doc, const char *title, const char *outlet)
{
    gx_article *art = fixture_build(doc, title, false);
    if (!art) {
        fprintf(stderr, "no article built\n");
        return false;
    }
    bool same = outlet ? art->outlet && !strcmp(art->outlet, outlet) : !art->outlet;
    if (!same)
        fprintf(stderr, "outlet: expected %s, found %s\n", outlet ? outlet : "(none)", art->outlet ? art->outlet : "(none)");
    gx_article_free(art);
    return same;
}

int fixture_headings(const char *doc, char *out, size_t cap)
{
    out[0] = 0;
    gx_article *art = fixture_build(doc, NULL, false);
    if (!art)
        return -1;
    int n = art->sections.n;
    size_t used = 0;
    for (int k = 0; k < n; k++)
        used += (size_t)snprintf(out + used, cap - used, "%s%s", k ? "|" : "", art->sections.v[k].heading);
    gx_article_free(art);
    return n;
}
