/* gx_lexicon.c — PLACEHOLDER until the lexicon lands (issue 3): loads nothing, finds nothing. */
#include "gx_lexicon.h"

#include <stdlib.h>

struct gx_lexicon {
    int unused;
};

gx_lexicon *gx_lexicon_load(const char *data_dir, gl_error *err)
{
    (void)data_dir;
    (void)err;
    return calloc(1, sizeof(gx_lexicon));
}

void gx_lexicon_free(gx_lexicon *lex)
{
    free(lex);
}

void gx_lexicon_scan(const gx_lexicon *lex, gx_article *art)
{
    (void)lex;
    (void)art;
}
