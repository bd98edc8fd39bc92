/* gx_entities.h — entity rules and resolution.
 * gx_entity_rules(): tickers, aliases, unlisted companies by context, people with roles,
 *   positions, coreference cues -> candidates.
 * gx_resolve(): candidates (gazetteer, rules, tagger) -> entities with mentions, positions,
 *   roles, tickers, company ids and salience. */
#ifndef GX_ENTITIES_H
#define GX_ENTITIES_H

#include "gx.h"
#include "gx_article.h"

void gx_entity_rules(const gx_engine *eng, gx_article *art);
void gx_resolve(const gx_engine *eng, gx_article *art);

#endif
