/* h_extract.c — POST /v1/extract: body -> gx_request -> gx_extract -> {"articles": [...]}.
 * Nothing is stored. Errors come back as problem+json via the gl_error the engine fills
 * (400 invalid UTF-8 with offset, 400 malformed JSON with line/column, 415, 422). */
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
    json_t *result = gx_extract(req->engine, &rq.in, err);
    if (!result) {
        if (err->status == 0)
            err->status = 500;
        goto out;
    }
    json_t *arts = json_object_get(result, "articles");
    srv_metrics_observe_extract(req->server, srv_now() - t0, (int)json_array_size(arts));
    srv_response_json(res, 200, result);
    rc = 0;
out:
    gx_request_cleanup(&rq);
    return rc;
}
