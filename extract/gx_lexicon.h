/* gx_lexicon.h — gazetteers and lexicons compiled into one multi-pattern automaton.
 * Loaded from data_dir at start; gx_lexicon_scan() adds GX_SRC_GAZETTEER candidates. */
#ifndef GX_LEXICON_H
#define GX_LEXICON_H

#include "gl_error.h"
#include "gx_article.h"

typedef struct gx_lexicon gx_lexicon;

gx_lexicon *gx_lexicon_load(const char *data_dir, gl_error *err); /* caller frees */
void gx_lexicon_free(gx_lexicon *lex);                              /* NULL ok */
void gx_lexicon_scan(const gx_lexicon *lex, gx_article *art);

#endif
