/* gx_byline_en.h — English bylines and news-wire conventions, for the structure stage: "By"
 * lines, the dateline that names the agency ("NEW YORK, Jan 5 (Reuters) - ...") and the closing
 * credits ("(Reporting by Jane Doe in London; Editing by John Roe)"). Code points in; strings
 * out in the arena a. */
#ifndef GX_BYLINE_EN_H
#define GX_BYLINE_EN_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_arena.h"
#include "gx_structure.h"

/* "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Staff Writer", "By Jane Doe,
 * Reuters": fills out (authors with role NULL, the outlet when named) and returns true. */
bool gx_byline_en_parse(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

/* The agency of a wire dateline that opens t[0..n) ("Reuters", "AP", "Xinhua"), or NULL: a
 * place in capitals (and a date), the agency in brackets, then a dash. */
const char *gx_byline_en_dateline(gx_arena *a, const uint32_t *t, int32_t n);

/* Credits "Reporting by A and B; Additional reporting by C; Writing by D; Editing by E" in
 * t[0..n) (usually bracketed at the end of the last paragraph): the reporters and writers into
 * out->authors (role NULL, as in a "By" line; out is reset); editors are not authors. True when
 * a name was read. */
bool gx_byline_en_credits(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

#endif
