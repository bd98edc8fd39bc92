/* gx_events.c — PLACEHOLDER until events land (issue 5): no events. */
#include "gx_events.h"

#include <stdlib.h>

struct gx_event_rules {
    int unused;
};

gx_event_rules *gx_events_load(const char *data_dir, gl_error *err)
{
    (void)data_dir;
    (void)err;
    return calloc(1, sizeof(gx_event_rules));
}

void gx_events_free(gx_event_rules *r)
{
    free(r);
}

void gx_events_find(const gx_engine *eng, gx_article *art)
{
    (void)eng;
    (void)art;
}
