/* gx_tagger.h — the trained character-level sequence tagger (see issue 4).
 * gx_tagger_propose() adds GX_SRC_TAGGER candidates for company, person, organization,
 * government, location and position spans. */
#ifndef GX_TAGGER_H
#define GX_TAGGER_H

#include "gl_error.h"
#include "gx_article.h"

typedef struct gx_tagger gx_tagger;

gx_tagger *gx_tagger_load(const char *data_dir, gl_error *err); /* caller frees */
void gx_tagger_free(gx_tagger *t);                               /* NULL ok */
void gx_tagger_propose(const gx_tagger *t, gx_article *art);
/* A decoding margin -> the candidate's score in (0, 1) (an estimate of its precision). */
float gx_tagger_score(float margin);

#endif
