/* gx_quantity.h — money, percentages, counts and dates (rules over the normalized text).
 * Relative dates resolve against art->published_at, else the article's own absolute dates.
 * See docs/quantities.md for what is recognized and the value formats. */
#ifndef GX_QUANTITY_H
#define GX_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "gx_article.h"
#include "gx_quantity_lex.h"

/* Append every money amount, percentage, count and date of art->cp[0..ncp) to
 * art->quantities, sorted by start, spans never overlapping. Strings (date, unit, period) are
 * allocated in art->arena. One left-to-right pass plus a pass over the found dates. lx is the
 * loaded word lists (gx_qtylex_load; the engine's eng->quantities), only read. */
void gx_quantities_find(const gx_qtylex *lx, gx_article *art);

/* Index into art->quantities of the quantity whose span covers code point pos, or -1.
 * Requires the order gx_quantities_find() leaves (sorted, non-overlapping). */
int gx_quantity_at(const gx_article *art, int32_t pos);

/* Index of the first quantity starting at or after pos, or art->quantities.n. */
int gx_quantity_after(const gx_article *art, int32_t pos);

/* Parse a whole UTF-8 numeral with an optional 万/亿 magnitude ("854.68万" -> 8546800,
 * "1,234.5" -> 1234.5, "三十" -> 30, "1.2亿" -> 120000000). Leading/trailing text other than
 * the numeral makes it fail. Returns true and fills *value on success. */
bool gx_quantity_parse_number(const char *utf8, size_t len, double *value);

/* Name of a type / qualifier as used in API.md: "money", "percent", "date", "count";
 * "approx", "max", "min" (NULL for GX_QUAL_NONE). */
const char *gx_qty_type_name(gx_qty_type t);
const char *gx_qualifier_name(gx_qualifier q);

#endif
