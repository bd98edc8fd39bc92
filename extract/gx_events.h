/* gx_events.h — business events with their arguments (see issue 5 and API.md EVENT). */
#ifndef GX_EVENTS_H
#define GX_EVENTS_H

#include "gl_error.h"
#include "gx.h"
#include "gx_article.h"

typedef struct gx_event_rules gx_event_rules;

gx_event_rules *gx_events_load(const char *data_dir, gl_error *err); /* caller frees */
void gx_events_free(gx_event_rules *r);                               /* NULL ok */
void gx_events_find(const gx_engine *eng, gx_article *art);

#endif
