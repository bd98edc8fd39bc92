/* gx_number_en.h — English number words ("Fifty-one", "two", "three hundred and five").
 *
 * The words are data (role number_word of data/lexicon/quantity_words.tsv, loaded by
 * gx_quantity_lex.c); this module only puts them together. Used by the quantity stage
 * (gx_quantity.c), which reads such a number only before a percent word, a magnitude or a
 * currency word. Works on the normalized text, never reads outside cp[0..n). */
#ifndef GX_NUMBER_EN_H
#define GX_NUMBER_EN_H

#include <stdbool.h>
#include <stdint.h>

#include "gx_quantity_lex.h"

/* A cardinal from 0 to 999 written in words at pos (a word start; any letter case): a word
 * from zero to ninety, a tens word joined by '-' to a unit word ("Fifty-one"), or one to nine
 * followed by " hundred", optionally " and" and a number below 100 ("two hundred and five").
 * True with *value and *end (exclusive) when one is there, false otherwise (outputs
 * untouched). "twenty one" (a space for the hyphen) is 21 too. */
bool gx_number_english(const gx_qtylex *lx, const uint32_t *cp, int32_t n, int32_t pos, double *value,
                       int32_t *end);

#endif
