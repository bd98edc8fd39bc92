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
/* (also without the place, the agency in brackets opening the lead: "(Reuters) — The…", "(CNN)
 * President…": people28) */

/* The site a republished article names on a line of its own at its end: "Originally published on
 * Live Science." -> "Live Science" (people28): capitalized words, four at most. NULL otherwise. */
const char *gx_byline_en_origin(gx_arena *a, const uint32_t *t, int32_t n);

/* Credits "Reporting by A and B; Additional reporting by C; Writing by D; Editing by E" in
 * t[0..n) (usually bracketed at the end of the last paragraph): the reporters and writers into
 * out->authors (role NULL, as in a "By" line; out is reset); editors are not authors. True when
 * a name was read. */
bool gx_byline_en_credits(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

/* A writer signing a box of analysis on a line of its own ("Caroline Hawley, BBC diplomatic
 * correspondent", "Jonathan Marcus, defence correspondent"): a name of 2 to 4 capitalized words, a
 * comma, perhaps the outlet in capitals (2 to 5 letters), then a desk's title ending in
 * correspondent, editor or reporter. Fills out (one author, role the title; the outlet when
 * named) and returns true. */
bool gx_byline_en_signed(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

/* A column's closing note naming its writer ("Dear Abby is written by Abigail Van Buren, also
 * known as …"): the 2 to 4 capitalized words after "is written by ". Fills out (one author, role
 * NULL) and returns true. */
bool gx_byline_en_written_by(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

#endif
