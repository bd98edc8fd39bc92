/* srv_route.h — the route table type and the router.
 *
 * A route is one line of the table in handlers/h_routes.c:
 *     {"GET", "/v1/articles/{id}", h_articles_get, SRV_ROUTE_DB},
 * Patterns are literal segments and {name} segments (one whole path segment each, matched
 * non-empty, available to the handler via srv_param(req, "name")). Literal routes win over
 * parameterised ones of the same shape only by table order: list the literal one first.
 * A path that matches some pattern but not with this method answers 405 with an Allow header;
 * no pattern at all answers 404 (both problem+json).
 */
#ifndef SRV_ROUTE_H
#define SRV_ROUTE_H

#include "srv_request.h"

typedef int (*srv_handler)(const srv_request *req, srv_response *res, gl_error *err);

enum {
    SRV_ROUTE_INLINE = 1 << 0, /* run on the HTTP thread: instant, no DB, no engine          */
    SRV_ROUTE_DB = 1 << 1,     /* needs the worker's database connection (503 when down)      */
    /* Try on the HTTP thread first: the handler is called there with req->db == NULL and must
     * be instant (no DB, no engine, no blocking). It answers by filling res (or returning -1),
     * or returns 0 leaving res->status 0 to be queued to a worker, where it is called again
     * with req->db. E.g. a 304 from an in-process cache, the query on a miss. */
    SRV_ROUTE_FAST = 1 << 2,
};

typedef struct srv_route {
    const char *method;
    const char *pattern;
    srv_handler handler;
    unsigned flags;
} srv_route;

/* A background service started once with the server (e.g. a job runner or a LISTEN thread).
 * start() gets the server (for srv_server_database_url(), srv_server_engine(), ...) and
 * returns 0 or -1 with err (the server then refuses to start); stop() is called at shutdown
 * after the HTTP side has drained and must join its threads. */
typedef struct srv_service {
    const char *name;
    int (*start)(srv_server *srv, void **state, gl_error *err);
    void (*stop)(void *state);
} srv_service;

/* The tables, NULL-terminated (handlers/h_routes.c). */
extern const srv_route h_routes[];
extern const srv_service h_services[];

typedef enum srv_match {
    SRV_MATCH_OK = 0,
    SRV_MATCH_NOT_FOUND,        /* 404 */
    SRV_MATCH_BAD_METHOD,       /* 405, allow[] filled */
} srv_match;

/* Find the route for (method, path) in `routes` (NULL-terminated). On SRV_MATCH_OK *out is the
 * route and params/nparams are filled (names and values are copied into `scratch`, a caller
 * buffer; strlen(path) + 256 bytes is plenty — a route whose parameters do not fit does not
 * match). On SRV_MATCH_BAD_METHOD `allow` (size allow_len) receives a
 * comma-separated list of the allowed methods. HEAD matches GET routes. */
srv_match srv_route_find(const srv_route *routes, const char *method, const char *path,
                         const srv_route **out, srv_kv *params, int *nparams, char *scratch,
                         size_t scratch_len, char *allow, size_t allow_len);

#endif
