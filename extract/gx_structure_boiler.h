/* gx_structure_boiler.h — a portal's own lines inside an article (thirteenth session, boiler13):
 * an app or account promotion ("海量资讯、精准解读,尽在新浪财经APP",
 * "…扫描二维码关注(sinafinance)"), the portal's disclaimer ("新浪声明:…仅供参考,不构成投资建议…")
 * and a list of other stories' headlines under "热门推荐", "相关新闻", "【推荐阅读】". They are no
 * content of the article: their spans go to art->boiler, and the extraction stages read the text
 * with them blanked (gx_engine.c); `text` keeps them, so every offset still points into it. */
#ifndef GX_STRUCTURE_BOILER_H
#define GX_STRUCTURE_BOILER_H

#include "gx_article.h"
#include "gx_normalize.h"

/* Find the portal's lines of art (its text and paragraphs assembled) and append their spans to
 * art->boiler, in text order. A line is the portal's by its shape, never by a word alone: a
 * promotion is a short last run of a paragraph (after its last space) that promotes an app or a
 * QR code; a disclaimer opens its paragraph ("X声明:");
 * a headline list follows its heading line and holds short lines that end no sentence. */
void gx_structure_boiler(gx_article *art);

/* The paragraph after a list of other stories' headlines that opens at ps->v[i] (its heading, the same test as
 * gx_structure_boiler's), or i when none opens there: the structure stage passes over such a list before the lead
 * ("【推荐阅读】" / "专题:" / headlines… / "新浪美股讯 北京时间6日…", sect21). */
int gx_structure_boiler_list_after(const gx_para_vec *ps, int i);

/* Blank the spans of art->boiler in art->cp (spaces) for the extraction stages. Returns the
 * saved characters (in art's arena) for gx_structure_boiler_restore, or NULL when none. */
uint32_t *gx_structure_boiler_mask(gx_article *art);
void gx_structure_boiler_restore(gx_article *art, const uint32_t *saved);

#endif
