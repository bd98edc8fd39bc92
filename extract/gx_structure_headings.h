/* gx_structure_headings.h — section headings of an article written as plain text (short lines
 * of their own between paragraphs, numbered lines, 【…】 lines); see gx_structure_headings.c. */
#ifndef GX_STRUCTURE_HEADINGS_H
#define GX_STRUCTURE_HEADINGS_H

#include "gx_normalize.h"

/* When no paragraph of ps is a "## " or "### " heading, mark the paragraphs that read as
 * headings GX_PARA_H2 (at least two of them, or none, or one that says again a later part of the
 * article's title, which may be NULL). */
void gx_structure_plain_headings(gx_arena *a, gx_para_vec *ps, const gx_cps *title);

#endif
