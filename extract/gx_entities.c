/* gx_entities.c — PLACEHOLDER until entity rules and resolution land (issue 3). */
#include "gx_entities.h"

void gx_entity_rules(const gx_engine *eng, gx_article *art)
{
    (void)eng;
    (void)art;
}

void gx_resolve(const gx_engine *eng, gx_article *art)
{
    (void)eng;
    (void)art;
}
