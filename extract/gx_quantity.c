/* gx_quantity.c — PLACEHOLDER until quantities land (issue 3). */
#include "gx_quantity.h"

void gx_quantities_find(gx_article *art)
{
    (void)art;
}
