/* srv_webhook_adapt.h — CMS payload adapters: a VERIFIED delivery body -> one "item":
 *
 *   {"action": "upsert" | "retract",
 *    "external_id": "<the CMS's id of the post>" | null,
 *    "modified_ms": <CMS modified time, ms since the epoch> | null,
 *    "article": {"html"|"text", "title", "url", "published_at", "source", "external_id"}}
 *
 * "article" (upsert only) is the generic POST /v1/articles JSON (gx_request.h), so the body HTML
 * goes through the engine's HTML input. Shapes understood:
 *   wordpress  REST post (id, title.rendered, content.rendered, date_gmt, modified_gmt, link,
 *              status: publish -> upsert, trash/draft/private/pending/future -> retract), a REST
 *              delete answer ({"deleted": true, "previous": {...}}), WP_Post fields (ID,
 *              post_title, post_content, post_status, post_date_gmt, post_modified_gmt, guid),
 *              optionally wrapped as {"post": {...}} / {"post_id": N} (WP Webhooks plugin);
 *   ghost      {"post": {"current": {...}, "previous": {...}}}: current published -> upsert,
 *              current not published -> retract (unpublished), current empty -> retract
 *              (deleted); id, title, html, published_at, updated_at, url;
 *   arc        ANS story (_id, headlines.basic, content_elements [text/header/list/...],
 *              credits.by, display_date, last_updated_date, canonical_url) bare or wrapped in
 *              {"event"|"type": "story:update"|"story:delete"|"story:unpublish"..., "body"|"data"|
 *              "story": ANS}; an event containing delete/unpublish retracts;
 *   standard   the generic article JSON, bare or as a Standard Webhooks envelope
 *              {"type": "article.published"|"article.updated"|"article.deleted"|...,
 *              "data": {...}};
 *              a type containing delete/unpublish/retract, "deleted": true or a status of
 *              trash/draft/deleted/unpublished retracts; external_id (or id), modified_at
 *              (or updated_at).
 * `source` is written into the article's "source" (the configured outlet, else the source's
 * name) so that (source, external_id) identifies the post across revisions. */
#ifndef SRV_WEBHOOK_ADAPT_H
#define SRV_WEBHOOK_ADAPT_H

#include <jansson.h>
#include <stddef.h>

#include "gl_error.h"
#include "srv_webhook_verify.h"

/* Returns a new reference to the item, or NULL with err->status 422 (unparseable JSON, an
 * unknown shape, a missing id on a retraction, no body on an upsert, a bad timestamp). */
json_t *wh_adapt(wh_kind kind, const char *body, size_t len, const char *source,
                 gl_error *err);

/* Inline HTML (a WordPress title.rendered) -> plain text: tags dropped, character references
 * (&amp; &#8211; &#x2014; and common named ones) decoded; unknown ones kept. Returns a
 * malloc'd string (caller frees). */
char *wh_html_inline_text(const char *s);

/* ISO 8601 date-time ("2024-09-24T08:00:00", optional fraction, "Z" or +hh:mm; no zone = UTC;
 * a bare date is midnight UTC) -> ms since the epoch. 0 or -1. */
int wh_parse_time_ms(const char *s, long long *ms);

#endif
