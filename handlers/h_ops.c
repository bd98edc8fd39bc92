/* h_ops.c — operational endpoints: /healthz, /readyz, /metrics, /v1/openapi.json. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "h_handlers.h"
#include "srv_server.h"

/* The OpenAPI document, embedded at build time from server/openapi.json (srv_openapi.c). */
extern const char srv_openapi_json[];
extern const size_t srv_openapi_json_len;

int h_healthz(const srv_request *req, srv_response *res, gl_error *err)
{
    (void)req;
    (void)err;
    srv_response_json(res, 200, json_pack("{s:s}", "status", "ok"));
    return 0;
}

int h_readyz(const srv_request *req, srv_response *res, gl_error *err)
{
    char why[256];
    bool live = false;
    if (req->db && *srv_server_database_url(req->server)) {
        /* A live round trip on this worker's own connection (it reconnects by itself). */
        PGresult *r = db_exec_simple(req->db, "SELECT 1", err);
        live = r != NULL;
        PQclear(r);
    }
    bool ready = srv_server_ready(req->server, live, why, sizeof why);
    if (ready && !live) { /* the supervisor has not noticed yet */
        ready = false;
        snprintf(why, sizeof why, "%s", err->message);
    }
    json_t *body = json_pack("{s:s,s:s,s:b,s:b}", "status", ready ? "ready" : "not ready",
                             "detail", why, "database", live, "migrations",
                             srv_server_migrated(req->server));
    if (!ready) {
        json_t *p = srv_problem_json(503, why);
        json_object_set_new(p, "checks", body);
        srv_response_json(res, 503, p);
        res->content_type = "application/problem+json";
        return 0;
    }
    srv_response_json(res, 200, body);
    return 0;
}

int h_metrics(const srv_request *req, srv_response *res, gl_error *err)
{
    (void)err;
    size_t len;
    char *text = srv_metrics_render(req->server, &len);
    srv_response_raw(res, 200, "text/plain; version=0.0.4; charset=utf-8", text, len);
    return 0;
}

int h_openapi(const srv_request *req, srv_response *res, gl_error *err)
{
    (void)req;
    (void)err;
    char *copy = gl_malloc(srv_openapi_json_len + 1);
    memcpy(copy, srv_openapi_json, srv_openapi_json_len);
    copy[srv_openapi_json_len] = '\0';
    srv_response_raw(res, 200, "application/json", copy, srv_openapi_json_len);
    return 0;
}
