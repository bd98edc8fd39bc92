/* srv_request.h — what a handler sees: the request, the response it fills, problem+json helpers.
 *
 * HOW TO ADD AN ENDPOINT
 *   1. Write the handler in handlers/h_<group>.c (add the file to handlers/meson.build):
 *
 *        int h_widgets_get(const srv_request *req, srv_response *res, gl_error *err)
 *        {
 *            const char *id = srv_param(req, "id");          // from "/v1/widgets/{id}"
 *            const char *params[1] = {id};
 *            PGresult *r = db_exec(req->db, "widgets_get",
 *                                  "SELECT doc FROM widgets WHERE id = $1", 1, params, err);
 *            if (!r)
 *                return -1;                         // err->status 503/500 -> problem+json
 *            if (PQntuples(r) == 0) {
 *                PQclear(r);
 *                return srv_problem(res, 404, "no widget %s", id);
 *            }
 *            ...
 *            srv_response_json(res, 200, doc);                // steals doc
 *            PQclear(r);
 *            return 0;
 *        }
 *
 *   2. Declare it in handlers/h_handlers.h and add ONE line to the table in handlers/h_routes.c:
 *        {"GET", "/v1/widgets/{id}", h_widgets_get, SRV_ROUTE_DB},
 *
 *   3. Document the path in server/openapi.json (an e2e test checks every route is there).
 *
 * A handler returns 0 after filling `res` (any status, including problems it built itself with
 * srv_problem()), or -1 with `err` filled: the server then answers problem+json with
 * err->status (0 -> 500), err->message as detail, err->offset / line / column as extensions.
 *
 * Threads: routes flagged SRV_ROUTE_INLINE run on the HTTP thread (must be instant: no DB, no
 * engine); all others run on a worker thread while the connection is suspended and get req->db
 * (the worker's own connection, never shared; it may be down: db_* calls then fail with 503).
 * Routes flagged SRV_ROUTE_FAST are first called on the HTTP thread with req->db == NULL and
 * are queued to a worker (called again, with req->db) when they leave res->status at 0.
 * For routes flagged SRV_ROUTE_DB the server answers 503 problem+json without calling the
 * handler while the database is unreachable or migrations are not applied yet.
 * A worker route may PARK its request instead of answering (srv_defer below, e.g. a long
 * poll): the worker is released at once and the connection stays suspended until it is woken.
 * Everything in `req` is valid until the handler returns; copy what you keep.
 */
#ifndef SRV_REQUEST_H
#define SRV_REQUEST_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "db_conn.h"
#include "gl_error.h"
#include "gx.h"

typedef struct srv_server srv_server;
struct srv_config;

typedef struct srv_kv {
    const char *name;
    const char *value;
} srv_kv;

#define SRV_MAX_PARAMS 8
#define SRV_MAX_RES_HEADERS 8

/* Why a parked request (srv_defer) runs again. */
typedef enum srv_wake {
    SRV_WAKE_NONE = 0, /* first run                                                      */
    SRV_WAKE_SIGNAL,   /* srv_server_wake() announced a value >= its key: on a worker    */
    SRV_WAKE_TIMEOUT,  /* its `until` passed: first with req->db == NULL (see srv_defer) */
    SRV_WAKE_SHUTDOWN, /* the server stops: first with req->db == NULL                   */
} srv_wake;

typedef struct srv_request {
    const char *method;          /* "GET", "POST", ...                                       */
    const char *path;            /* URL path without the query string, percent-decoded        */
    const char *route;           /* the matched pattern, e.g. "/v1/articles/{id}"             */
    srv_kv params[SRV_MAX_PARAMS]; /* path parameters, by name                               */
    int nparams;
    srv_kv *query;               /* query arguments (decoded), in order; use srv_query()       */
    int nquery;
    srv_kv *headers;             /* request headers; use srv_header() (case-insensitive)      */
    int nheaders;
    const char *body;            /* request body (NUL-terminated copy; body_len excludes NUL)  */
    size_t body_len;
    const char *content_type;    /* full Content-Type header value or NULL                    */
    db_conn *db;                 /* worker's connection (worker routes), NULL for INLINE ones  */
    const gx_engine *engine;     /* shared read-only engine                                   */
    double deadline;             /* srv_now() value after which the client is gone            */
    const struct srv_config *config;
    srv_server *server;          /* for srv_ready(), metrics, ...                             */
    srv_wake wake;               /* SRV_WAKE_NONE, or why a parked request runs again         */
} srv_request;

typedef struct srv_response {
    int status;                  /* 0 = not filled                                            */
    json_t *json;                /* body as JSON (owned), or NULL                             */
    char *body;                  /* raw body (owned, malloc'd) when json is NULL              */
    size_t body_len;
    const char *content_type;    /* static string; NULL = application/json                   */
    srv_kv headers[SRV_MAX_RES_HEADERS]; /* extra headers (names/values owned, malloc'd)     */
    int nheaders;
} srv_response;

/* Park the request instead of answering now: the handler calls this on its first run (on a
 * worker, or on the HTTP thread for a SRV_ROUTE_FAST route) and returns 0 leaving `res` empty.
 * The worker is released at once; the connection stays suspended (costing no thread) until
 *   - srv_server_wake(srv, v) is called with v >= key: the handler runs again on a worker with
 *     req->wake == SRV_WAKE_SIGNAL (a value already announced when it parks wakes it at once);
 *   - srv_now() passes `until`, or the server stops: the handler runs again first on a server
 *     thread with req->db == NULL and req->wake == SRV_WAKE_TIMEOUT / SRV_WAKE_SHUTDOWN; it
 *     must be instant there and may answer, or leave res empty to be run on a worker.
 * A handler run with req->wake != SRV_WAKE_NONE must answer (it cannot park twice).
 * Returns 0, or -1 with err (status 503) when --max-waiters requests are parked already or
 * the server is shutting down. */
int srv_defer(const srv_request *req, long long key, double until, gl_error *err);

/* Lookups; NULL when absent. */
const char *srv_param(const srv_request *req, const char *name);
const char *srv_query(const srv_request *req, const char *name);
const char *srv_header(const srv_request *req, const char *name);

/* Monotonic clock in seconds. */
double srv_now(void);

/* Seconds left before req->deadline (negative when passed). */
double srv_time_left(const srv_request *req);

/* Fill `res` with a JSON body; steals the reference to `body`. Replaces any previous body. */
void srv_response_json(srv_response *res, int status, json_t *body);
/* Fill `res` with raw bytes; takes ownership of `body` (malloc'd). content_type is static. */
void srv_response_raw(srv_response *res, int status, const char *content_type, char *body,
                      size_t len);
/* Add a response header (both copied). Silently ignored beyond SRV_MAX_RES_HEADERS. */
void srv_response_header(srv_response *res, const char *name, const char *value);
/* Release everything `res` owns and zero it. */
void srv_response_cleanup(srv_response *res);

/* A new RFC 9457 problem object {"type","title","status","detail"}; detail may be NULL.
 * Returns a new reference. */
json_t *srv_problem_json(int status, const char *detail);

/* Fill `res` with a problem+json answer (printf-style detail). Returns 0 so that a handler can
 * `return srv_problem(res, 404, "no article %s", id);`. */
int srv_problem(srv_response *res, int status, const char *detail_fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Fill `res` with the problem described by `err` (status 0 -> 500; offset >= 0 adds "offset",
 * line > 0 adds "line" and "column"). Returns 0. */
int srv_problem_from_error(srv_response *res, const gl_error *err);

/* The standard reason phrase / problem title for a status ("Not Found"). */
const char *srv_status_title(int status);

#endif
