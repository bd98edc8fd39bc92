/* gl_alloc.c — see gl_alloc.h. */
#include "gl_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(size_t n, const char *file, int line)
{
    fprintf(stderr, "%s:%d: out of memory allocating %zu bytes\n", file, line, n);
    abort();
}

void *gl_malloc_at(size_t n, const char *file, int line)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die(n, file, line);
    return p;
}

void *gl_calloc_at(size_t count, size_t size, const char *file, int line)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        die(count * size, file, line);
    return p;
}

void *gl_realloc_at(void *p, size_t n, const char *file, int line)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die(n, file, line);
    return q;
}

char *gl_strdup_at(const char *s, const char *file, int line)
{
    return gl_strndup_at(s, strlen(s), file, line);
}

char *gl_strndup_at(const char *s, size_t n, const char *file, int line)
{
    char *p = gl_malloc_at(n + 1, file, line);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
