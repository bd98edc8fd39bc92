/* gx_structure.h — the structure of a page and of each article in it.
 *
 *   gx_structure_split():  a document's paragraphs -> article ranges at "# " headings;
 *   gx_structure_build():  one article's paragraphs -> gx_article: title (given, "# " heading
 *                          or a clear title line), byline (outlet + authors; the byline stays in
 *                          `text` as its own paragraph), page-break repair (gx_normalize),
 *                          `text` (title, blank line, paragraphs separated by blank lines),
 *                          paragraphs, sections ("## "), sentences and language.
 *
 * art->paragraphs lists every block of `text` in order, the title line and headings included;
 * art->sentences never cross a paragraph. */
#ifndef GX_STRUCTURE_H
#define GX_STRUCTURE_H

#include <stdbool.h>

#include "gx_article.h"
#include "gx_normalize.h"

typedef struct gx_part {
    int from, to; /* paragraph index range [from, to) */
} gx_part;

/* Split p into articles: with split, every H1 starts one, and text before the first H1 is kept
 * only when it has real content. Without split, one part holds everything. Returns the number
 * of parts (possibly 0); *out is allocated in a. */
int gx_structure_split(gx_arena *a, const gx_para_vec *p, bool split, gx_part **out);

typedef struct gx_structure_opts {
    const char *title;    /* NULL: find it; "": no title; else the title (UTF-8, normalized here) */
    const char *language; /* "zh" / "en" to force, or NULL to detect                             */
    bool find_title;      /* NULL title: also accept a clear unmarked title line                  */
} gx_structure_opts;

/* Build art (fresh from gx_article_new) from p->v[part.from .. part.to). The paragraphs are
 * copied first, p is not modified. Returns 0, or -1 when the article is empty (no body text;
 * a title alone is not an article). */
int gx_structure_build(gx_article *art, const gx_para_vec *p, gx_part part,
                       const gx_structure_opts *o);

#define GX_BYLINE_MAX_AUTHORS 8

typedef struct gx_byline {
    const char *outlet; /* "证券时报" or NULL                                                    */
    gx_author authors[GX_BYLINE_MAX_AUTHORS];
    int nauthors;
    bool from_source; /* the outlet came from "来源:X"                                        */
    bool mixed;       /* other words besides the credits ("金百临咨询 秦洪 来源:澎湃新闻")      */
} gx_byline;

/* Is t[0..n) a byline ("证券时报记者 王一鸣", "本报记者 X Y", "文/X", "记者 X 通讯员 Y",
 * "By Jane Doe and John Roe", "来源:证券时报")? Fills out (strings in a) when it is. A short
 * paragraph with other words that names its source ("金百临咨询 秦洪 来源:澎湃新闻") counts as a
 * byline giving the outlet only. */
bool gx_structure_parse_byline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

/* Sentences of art (over art->paragraphs) into art->sentences. */
void gx_structure_sentences(gx_article *art);

/* "zh" or "en" by script share of cp[0..n); "ja", "ko" or "ru" for text in those scripts (the
 * engine reads Chinese and English; the others are only named). */
const char *gx_structure_language(const uint32_t *cp, int32_t n);

#endif
