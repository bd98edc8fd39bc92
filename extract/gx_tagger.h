/* gx_tagger.h — the trained character-level sequence tagger (see issue 4).
 * gx_tagger_propose() adds GX_SRC_TAGGER candidates for company, person, organization,
 * government, location and position spans. */
#ifndef GX_TAGGER_H
#define GX_TAGGER_H

#include <stdbool.h>
#include <stdint.h>

#include "gl_error.h"
#include "gx_article.h"

typedef struct gx_tagger gx_tagger;

gx_tagger *gx_tagger_load(const char *data_dir, gl_error *err); /* caller frees */
void gx_tagger_free(gx_tagger *t);                               /* NULL ok */
void gx_tagger_propose(const gx_tagger *t, gx_article *art);
/* A decoding margin -> the candidate's score in (0, 1) (an estimate of its precision). */
float gx_tagger_score(float margin);
/* Whether w[0..n) is an ordinary word of the tagger's word lexicon (data/tagger/lexicon.tsv,
 * jieba-derived: class w) and no name there (no person, place, organization, proper noun or
 * company class): 保护, 纪录, 之下, but not 长城 or 平安. False when t is NULL or has no lexicon. */
bool gx_tagger_common_word(const gx_tagger *t, const uint32_t *w, int n);
/* Whether w[0..n) is a place of the tagger's word lexicon (class l: 攀枝花市, 绵阳市). False when t is
 * NULL or has no lexicon. */
bool gx_tagger_place_word(const gx_tagger *t, const uint32_t *w, int n);

#endif
