/* gx_article_json.h — a gx_article as the ARTICLE object of API.md (without "id"; the store
 * adds id/revision/duplicate). Serializes whatever the stages filled, generically: every span
 * becomes start/end (code points into `text`) and, where API.md has one, a "text" that is
 * exactly text[start:end]. */
#ifndef GX_ARTICLE_JSON_H
#define GX_ARTICLE_JSON_H

#include <jansson.h>

#include "gx_article.h"
#include "gx_jwriter.h"

/* A new reference (the caller json_decref()s it). Never NULL. */
json_t *gx_article_json(const gx_article *art);

/* The same object written straight into w: exactly the bytes of
 * json_dumps(gx_article_json(art), GX_JSON_FLAGS), without building the tree (3-5x faster). */
void gx_article_json_write(const gx_article *art, gx_jwriter *w);

#endif
