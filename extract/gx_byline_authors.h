/* gx_byline_authors.h - which names of a byline are writers (lexicon checks). */
#ifndef GX_BYLINE_AUTHORS_H
#define GX_BYLINE_AUTHORS_H

#include "gx_article.h"
#include "gx_lexicon.h"

/* Drops from art->authors the names the lexicon says are no writers: a place the byline names
 * where it was filed from (本报记者/蒋牧云/上海/北京报道), and names alone under the title
 * ("陈佳岚 李静") unless a surname opens each one and none is a place. Idempotent; lex may be
 * NULL (then nothing is dropped). Runs before the page's outlet is lent to bylines, so that
 * a line taken for bare names and dropped lends no outlet either (page18). */
void gx_byline_authors_keep(const gx_lexicon *lex, gx_article *art);

#endif
