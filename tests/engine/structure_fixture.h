/* structure_fixture.h — the structure tests' way of reading a text (test_structure.c and the
 * tests of later rounds): a byline line parsed alone, and one article built from a document
 * by normalization, the page split and the structure stage, without the entity stages. */
#ifndef STRUCTURE_FIXTURE_H
#define STRUCTURE_FIXTURE_H

#include <stdbool.h>

#include "gx_arena.h"
#include "gx_structure.h"

/* Parse s (UTF-8, one line) as a byline into *bl; the strings live in a. */
bool fixture_byline(gx_arena *a, const char *s, gx_byline *bl);

/* The first article of doc (markdown when markdown is set); a NULL title lets the page split
 * and the title finder decide. NULL when no article comes out. The caller frees it with
 * gx_article_free(); it owns copies of everything it keeps. */
gx_article *fixture_build(const char *doc, const char *title, bool markdown);

#endif
