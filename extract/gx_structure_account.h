/* gx_structure_account.h — a self-published account or a site naming itself where a crawled page runs its
 * header into the text (sect28): the WeChat account's "点击上方蓝字X关注我们", a column's "-X的专栏" or
 * "|X本文由…" closing the headline, a self-media account's name said twice after the headline said twice
 * ("好买商学院好买商学院专注…", then 关注好买商学院), and a platform's name opening the headline ("黑猫投诉:…") that the page
 * names again as the platform ("向黑猫投诉平台反映"). Read when nothing else credits an outlet. */
#ifndef GX_STRUCTURE_ACCOUNT_H
#define GX_STRUCTURE_ACCOUNT_H

#include "gx_arena.h"
#include "gx_normalize.h"

/* The account or site named so among the first three text paragraphs (the first 160 code points
 * of each): its name (in a) as written, or NULL. */
const char *gx_account_outlet(gx_arena *a, const gx_para_vec *ps);

#endif
