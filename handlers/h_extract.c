/* h_extract.c — POST /v1/extract: body -> gx_request -> gx_extract_dumps -> {"articles": [...]}
 * (the engine writes the JSON text itself: no jansson tree for the answer).
 * Nothing is stored. Errors come back as problem+json via the gl_error the engine fills
 * (400 invalid UTF-8 with offset, 400 malformed JSON with line/column, 415, 422, 504 when the
 * extraction passed the request deadline). */
#include "gx_request.h"
#include "h_handlers.h"
#include "srv_server.h"

static const char *query_lookup(void *ctx, const char *name)
{
    return srv_query((const srv_request *)ctx, name);
}

int h_extract(const srv_request *req, srv_response *res, gl_error *err)
{
    gx_request rq;
    int rc = -1;
    if (gx_request_parse(&rq, req->content_type, req->body, req->body_len, query_lookup,
                         (void *)req, err) < 0)
        goto out;
    double t0 = srv_now();
    size_t len;
    int n_articles;
    /* the engine stops there: 504 (SECURITY.md) */
    rq.in.deadline = srv_server_extract_deadline(req->server);
    char *body = gx_extract_dumps(req->engine, &rq.in, &len, &n_articles, err);
    if (!body) {
        if (err->status == 0)
            err->status = 500;
        if (err->status == 504)
            srv_metrics_extract_stopped(req->server, true);
        goto out;
    }
    srv_metrics_observe_extract(req->server, srv_now() - t0, n_articles);
    srv_response_raw(res, 200, "application/json", body, len);
    rc = 0;
out:
    gx_request_cleanup(&rq);
    return rc;
}
