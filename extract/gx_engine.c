/* gx_engine.c — loading the engine and driving the pipeline over one document.
 * MINIMAL VERSION: one article per document, text as given. The structure stage replaces it. */
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_events.h"
#include "gx_lexicon.h"
#include "gx_tagger.h"

#ifndef GX_DEFAULT_DATA_DIR
#define GX_DEFAULT_DATA_DIR "data"
#endif

gx_input gx_input_default(void)
{
    gx_input in;
    memset(&in, 0, sizeof in);
    in.split = true;
    return in;
}

gx_engine *gx_engine_new(const char *data_dir, gl_error *err)
{
    if (!data_dir)
        data_dir = getenv("GLEANER_DATA_DIR");
    if (!data_dir || !*data_dir)
        data_dir = GX_DEFAULT_DATA_DIR;
    gx_engine *eng = gl_calloc(1, sizeof *eng);
    eng->data_dir = gl_strdup(data_dir);
    if (!(eng->lexicon = gx_lexicon_load(data_dir, err)) ||
        !(eng->tagger = gx_tagger_load(data_dir, err)) ||
        !(eng->events = gx_events_load(data_dir, err))) {
        gx_engine_free(eng);
        return NULL;
    }
    return eng;
}

void gx_engine_free(gx_engine *eng)
{
    if (!eng)
        return;
    gx_lexicon_free(eng->lexicon);
    gx_tagger_free(eng->tagger);
    gx_events_free(eng->events);
    free(eng->data_dir);
    free(eng);
}

json_t *gx_extract(const gx_engine *eng, const gx_input *in, gl_error *err)
{
    (void)eng;
    if (in->format == GX_FORMAT_HTML) {
        gl_error_set(err, 415, "text/html input is not supported yet");
        return NULL;
    }
    if (gx_utf8_validate(in->body, in->len, err) < 0)
        return NULL;
    size_t i = 0;
    while (i < in->len && strchr(" \t\r\n", in->body[i]))
        i++;
    if (i == in->len) {
        gl_error_set(err, 422, "the article is empty");
        return NULL;
    }
    json_t *art = json_pack("{s:s%}", "text", in->body, in->len);
    return json_pack("{s:[o]}", "articles", art);
}
