/* structure_fixture.h — the structure tests' way of reading a text (test_structure.c and the
 * tests of later rounds): a byline line parsed alone, and one article built from a document
 * by normalization, the page split and the structure stage, without the entity stages. */
#ifndef STRUCTURE_FIXTURE_H
#define STRUCTURE_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "gx_arena.h"
#include "gx_structure.h"

/* Two long paragraphs that end a sentence: the text around a heading in the heading tests. */
#define LONG1 "公司研发投入占营收的比例连续三年超过百分之十,高于同行业的平均水平很多。"
#define LONG2 "公司近年收购了多家企业,并购带来的商誉占净资产的比例已经超过一半以上。"

/* Parse s (UTF-8, one line) as a byline into *bl; the strings live in a. */
bool fixture_byline(gx_arena *a, const char *s, gx_byline *bl);

/* The first article of doc (markdown when markdown is set); a NULL title lets the page split
 * and the title finder decide. NULL when no article comes out. The caller frees it with
 * gx_article_free(); it owns copies of everything it keeps. */
gx_article *fixture_build(const char *doc, const char *title, bool markdown);

/* Whether the article built from doc (titled "标题") credits outlet (NULL: none); on a mismatch
 * it says on stderr what it found. The tests write expect_outlet(doc, outlet). */
bool fixture_outlet_is(const char *doc, const char *outlet);

/* The headings of the article built from doc (titled by the page split), joined by '|' into out (cap
 * bytes); their number, -1 (and out empty) when no article comes out. */
int fixture_headings(const char *doc, char *out, size_t cap);
#define expect_outlet(doc, outlet) assert_true(fixture_outlet_is((doc), (outlet)))
/* As fixture_outlet_is(), for the article titled title (NULL: the page split and the title
 * finder decide). */
bool fixture_titled_outlet_is(const char *doc, const char *title, const char *outlet);

#endif
