/* gx_tagger.c — PLACEHOLDER until the tagger lands (issue 4): no model, no proposals. */
#include "gx_tagger.h"

#include <stdlib.h>

struct gx_tagger {
    int unused;
};

gx_tagger *gx_tagger_load(const char *data_dir, gl_error *err)
{
    (void)data_dir;
    (void)err;
    return calloc(1, sizeof(gx_tagger));
}

void gx_tagger_free(gx_tagger *t)
{
    free(t);
}

void gx_tagger_propose(const gx_tagger *t, gx_article *art)
{
    (void)t;
    (void)art;
}
