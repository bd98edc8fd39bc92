/* gl_alloc.h — allocation that never returns NULL.
 *
 * Allocation failure is not recoverable here: it aborts with file:line (DESIGN.md rule 6).
 * Sizes driven by client input must be checked against configured limits before calling. */
#ifndef GL_ALLOC_H
#define GL_ALLOC_H

#include <stddef.h>

void *gl_malloc_at(size_t n, const char *file, int line);
void *gl_calloc_at(size_t count, size_t size, const char *file, int line);
void *gl_realloc_at(void *p, size_t n, const char *file, int line);
char *gl_strdup_at(const char *s, const char *file, int line);
char *gl_strndup_at(const char *s, size_t n, const char *file, int line);

#define gl_malloc(n) gl_malloc_at((n), __FILE__, __LINE__)
#define gl_calloc(c, s) gl_calloc_at((c), (s), __FILE__, __LINE__)
#define gl_realloc(p, n) gl_realloc_at((p), (n), __FILE__, __LINE__)
#define gl_strdup(s) gl_strdup_at((s), __FILE__, __LINE__)
#define gl_strndup(s, n) gl_strndup_at((s), (n), __FILE__, __LINE__)

#endif
