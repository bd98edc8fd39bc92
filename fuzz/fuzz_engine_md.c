/* fuzz_engine_md.c — libFuzzer target for the whole engine on markdown input: gx_extract()
 * with a loaded engine (normalizer, structure, lexicon, tagger, rules, events, JSON).
 * Inputs are capped at 16 KiB so one run stays bounded. The engine is loaded once per
 * process from $GLEANER_DATA_DIR or the built-in data directory. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static gx_engine *engine;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    gl_error err;
    engine = gx_engine_new(NULL, &err);
    if (!engine) {
        fprintf(stderr, "fuzz_engine_md: cannot load the engine: %s\n", err.message);
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    char *copy = malloc(size ? size : 1);
    if (size)
        memcpy(copy, data, size);
    gx_input in = gx_input_default();
    in.body = copy;
    in.len = size;
    in.format = GX_FORMAT_MARKDOWN;
    in.published_at = "2024-09-24";
    gl_error err;
    json_t *res = gx_extract(engine, &in, &err);
    if (res) {
        char *s = json_dumps(res, 0);
        free(s);
        json_decref(res);
    }
    free(copy);
    return 0;
}
