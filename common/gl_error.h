/* gl_error.h — the one error type of the project.
 *
 * Functions that can fail return int (0 ok, -1 error) and fill a caller-owned gl_error.
 * No error strings are heap-allocated. `offset` is a byte or code-point position in the
 * input the error refers to, or -1; `line`/`column` are set for JSON errors (else 0).
 * `status` is the HTTP status the error maps to when it reaches a client (0 = 500). */
#ifndef GL_ERROR_H
#define GL_ERROR_H

#include <stdarg.h>

typedef struct gl_error {
    int status;
    long offset;
    int line, column;
    char message[256];
} gl_error;

/* Reset to "no error". Accepts NULL. */
void gl_error_clear(gl_error *err);

/* Fill err (which may be NULL) with an HTTP status and a printf-style message; returns -1 so
 * callers can write `return gl_error_set(err, 400, "...")`. */
int gl_error_set(gl_error *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
