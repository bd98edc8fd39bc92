/* gx_entities.c — the entity stages' entry points (gx_entities.h).
 *
 * gx_entity_rules(): gx_entity_rules.c (tickers, aliases, suffixes, lists) and gx_people.c
 *   (titles, people, positions) add candidates next to the gazetteer's (gx_lexicon.c) and the
 *   tagger's (gx_tagger.c).
 * gx_resolve(): gx_resolve.c merges them by evidence into entities; gx_salience.c scores them.
 * The helpers they share are in gx_entity_util.[ch]. */
#include "gx_entities.h"

#include "gx_entity_util.h"
#include "gx_rules_en.h"

void gx_entity_rules(const gx_engine *eng, gx_article *art)
{
    gx_rules_apply(eng, art);
    if (!gx_article_overdue(art, "the entity rules"))
        gx_rules_en(eng, art); /* English lines (gx_rules_en.c) */
}

void gx_resolve(const gx_engine *eng, gx_article *art)
{
    if (!eng)
        return;
    gx_resolve_apply(eng, art);
}
