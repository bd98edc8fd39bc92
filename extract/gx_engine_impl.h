/* gx_engine_impl.h — what a loaded engine holds (private to extract/).
 * Loaded once by gx_engine_new(); read-only afterwards and shared by all threads. */
#ifndef GX_ENGINE_IMPL_H
#define GX_ENGINE_IMPL_H

#include "gx.h"

struct gx_lexicon;
struct gx_tagger;
struct gx_event_rules;
struct gx_qtylex;
struct gx_en_lex;

struct gx_engine {
    char *data_dir;
    struct gx_lexicon *lexicon;    /* gazetteers and lexicons (gx_lexicon.h)       */
    struct gx_tagger *tagger;      /* trained sequence model (gx_tagger.h)         */
    struct gx_event_rules *events; /* event cues and patterns (gx_events.h)        */
    struct gx_qtylex *quantities;  /* the quantity stage's word lists (gx_quantity_lex.h) */
    struct gx_en_lex *english;     /* the English entity pass's cue words (gx_rules_en.h) */
};

#endif
