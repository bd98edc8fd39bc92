/* gl_error.c — see gl_error.h. */
#include "gl_error.h"

#include <stdio.h>
#include <string.h>

void gl_error_clear(gl_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->offset = -1;
}

int gl_error_set(gl_error *err, int status, const char *fmt, ...)
{
    if (!err)
        return -1;
    err->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return -1;
}
