/* gx_quantity.h — money, percentages, counts and dates (rules over the normalized text).
 * Relative dates resolve against art->published_at, else the article's own absolute dates. */
#ifndef GX_QUANTITY_H
#define GX_QUANTITY_H

#include "gx_article.h"

void gx_quantities_find(gx_article *art);

#endif
