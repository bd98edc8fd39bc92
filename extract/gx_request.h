/* gx_request.h — turning an HTTP request body (or the CLI's input) into a gx_input.
 *
 * Shared by POST /v1/extract, POST /v1/articles and tools/gleaner_extract.c so that all of them
 * accept exactly the same input (API.md "Body, by Content-Type"):
 *   application/json  {"text"|"html": "...", "title", "url", "source", "published_at",
 *                      "external_id", "language", "split"} — exactly one of text/html;
 *                      unknown fields are ignored;
 *   text/plain        GX_FORMAT_TEXT, text/markdown GX_FORMAT_MARKDOWN (a "# " heading starts
 *                      an article unless split=false), text/html GX_FORMAT_HTML; the charset
 *                      parameter goes to gx_input.charset;
 *   query parameters  split=false, title, published_at, source, url, external_id, language —
 *                      for every media type; fields of a JSON body win over them.
 */
#ifndef GX_REQUEST_H
#define GX_REQUEST_H

#include <jansson.h>

#include "gx.h"

/* Fill `in` (start from gx_input_default() or a prefilled one) from a parsed JSON request
 * object. Strings in `in` are borrowed from `req` (valid while req lives). Returns 0, or -1 with
 * err: 422 when the body is not an object, when neither or both of text/html are given, or a
 * field has the wrong type (the message names the field). */
int gx_input_from_json(const json_t *req, gx_input *in, gl_error *err);

/* Query-parameter lookup: returns the value of `name` or NULL. */
typedef const char *(*gx_lookup_fn)(void *ctx, const char *name);

typedef struct gx_request {
    gx_input in;       /* the engine input; strings borrow from body, json, query and charset */
    json_t *json;      /* the parsed JSON body (owned) or NULL                                */
    char charset[40];  /* charset parameter of the media type, lowercased, or ""              */
} gx_request;

/* Parse an HTTP body by its Content-Type into rq (which the caller then passes rq->in to
 * gx_extract). `query` may be NULL. Returns 0, or -1 with err: 415 missing or unsupported media
 * type; 400 invalid UTF-8 in a JSON body (err->offset = byte offset) or malformed JSON
 * (err->line, err->column, err->offset); 422 bad fields. Always call gx_request_cleanup(). */
int gx_request_parse(gx_request *rq, const char *content_type, const char *body, size_t len,
                     gx_lookup_fn query, void *qctx, gl_error *err);
void gx_request_cleanup(gx_request *rq);

/* Split a media type "Type/Sub; charset=\"X\"" into lowercase "type/sub" and the lowercase
 * charset ("" when absent). 0, or -1 when malformed. */
int gx_media_type_parse(const char *content_type, char *type, size_t type_len, char *charset,
                        size_t charset_len);

#endif
