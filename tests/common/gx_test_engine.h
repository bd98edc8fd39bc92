/* gx_test_engine.h — the whole engine for the tests that run it (tests/engine, tests/en): one
 * engine a test program, made by the cmocka group setup from GLEANER_DATA_DIR (else the built-in
 * data directory) and freed by the group teardown, and one extraction of a document read as a
 * given format with a given title. Header only, so that a test needs no other source file: each
 * program that includes it has its own engine. */
#ifndef GX_TEST_ENGINE_H
#define GX_TEST_ENGINE_H

#include <stddef.h>
#include <stdio.h>

#include "gx.h"

/* The group's engine: made by gx_test_engine_setup(), NULL after gx_test_engine_teardown(). */
static gx_engine *gx_test_eng;

/* cmocka group setup: make the engine; -1 (and why, on stderr) when it does not load. */
static inline int gx_test_engine_setup(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    gx_test_eng = gx_engine_new(NULL, &err);
    if (!gx_test_eng)
        fprintf(stderr, "engine: %s\n", err.message);
    return gx_test_eng ? 0 : -1;
}

/* cmocka group teardown: free the engine. */
static inline int gx_test_engine_teardown(void **state)
{
    (void)state;
    gx_engine_free(gx_test_eng);
    gx_test_eng = NULL;
    return 0;
}

/* gx_extract() by the group's engine of body (len bytes) read as format f, titled title (NULL:
 * the engine finds the title); NULL with *err set when it fails. The caller json_decref()s it. */
static inline json_t *gx_test_extract(const char *body, size_t len, gx_format f, const char *title,
                                      gl_error *err)
{
    gx_input in = gx_input_default();
    in.body = body;
    in.len = len;
    in.format = f;
    in.title = title;
    gl_error_clear(err);
    return gx_extract(gx_test_eng, &in, err);
}

#endif
