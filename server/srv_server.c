/* srv_server.c — gleanerd's engine room: the libmicrohttpd daemon (internal epoll thread,
 * suspend/resume), request bodies with limits and deadlines, the bounded job queue, worker
 * threads with their database connections, the database supervisor (health + migrations), a
 * reaper that cuts off slow clients, background services, metrics and graceful shutdown.
 *
 * Life of a request:
 *   1st call of on_request (headers read): route it, check Content-Length against --max-body,
 *     answer 404/405/413/503 at once when it cannot succeed;
 *   next calls: accumulate the body (bounded), check the deadline;
 *   last call (body complete): INLINE routes run here; others are queued (503 + Retry-After
 *     when the queue is full) and the connection is SUSPENDED;
 *   a worker runs the handler, stores the response and RESUMES the connection;
 *   on_request is called once more and queues the stored response;
 *   on_completed records metrics and frees the call.
 * A worker route may instead PARK the request (srv_defer, the long poll of GET /v1/changes):
 *   the worker leaves it suspended in the parked list and moves on; srv_server_wake() (the
 *   LISTEN hub: a change numbered >= its key) puts it back on the queue (reserved slots), the
 *   parker thread answers it through the handler when its `until` passes, shutdown answers
 *   every parked request the same way.
 */
#include "srv_server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "gl_alloc.h"
#include "srv_guard.h"
#include "srv_log.h"
#include "srv_metrics.h"
#include "srv_migrate.h"
#include "srv_queue.h"
#include "srv_route.h"

#define RETRY_AFTER "1"

typedef enum call_state { CALL_RECEIVING = 0, CALL_QUEUED, CALL_DONE } call_state;

/* Per-connection tracking for the reaper (socket context of MHD). */
typedef struct conn_track {
    struct conn_track *prev, *next;
    int fd;
    double phase_start; /* start of the current request (or of the wait for one)          */
    bool suspended;     /* a worker owns the request: its own deadline applies            */
    bool cut;           /* already shut down by the reaper                                 */
} conn_track;

typedef struct srv_call {
    srv_server *srv;
    struct MHD_Connection *conn;
    conn_track *track;
    double start;
    int route_idx;
    const srv_route *route;
    char *method, *path;
    srv_kv params[SRV_MAX_PARAMS];
    int nparams;
    char *scratch;
    char *body;
    size_t body_len, body_cap;
    bool overflow;   /* body went over --max-body without Content-Length: discard the rest */
    bool timed_out;
    int early;       /* status to answer as soon as possible (problem+json), or 0          */
    char early_detail[200];
    char allow[64];
    atomic_int state; /* call_state; written by the worker, read by the HTTP thread */
    srv_request req;
    srv_response res;
    int status_sent;
    /* parking (srv_defer); park fields are guarded by srv->pmu while parked */
    bool defer;          /* the handler asked to park                                 */
    bool waiter;         /* counts in srv->nwaiters until answered                    */
    long long park_key;
    double park_until;
    struct srv_call *pprev, *pnext;
} srv_call;

typedef struct srv_worker {
    srv_server *srv;
    db_conn *db;
    pthread_t thread;
    bool started;
} srv_worker;

struct srv_server {
    srv_config cfg;
    const gx_engine *engine;
    struct MHD_Daemon *daemon;
    /* The listen socket MHD_quiesce_daemon() handed back; closed only after MHD_stop_daemon(),
     * because the daemon's own thread removes it from its epoll set after quiescing, and closing
     * it first makes that removal fail, which libmicrohttpd treats as fatal (abort). */
    MHD_socket quiesced_listen_fd;
    int port;
    srv_metrics *metrics;
    srv_guard *guard; /* API keys, rate limits (srv_guard.h) */
    db_stats dbstats;
    int nroutes;

    /* job queue */
    srv_queue *queue;
    srv_worker *workers;
    int nworkers;

    /* database supervisor */
    pthread_t supervisor;
    bool supervisor_started;
    pthread_mutex_t smu;
    pthread_cond_t scv;
    bool stop_supervisor;
    atomic_bool db_up, migrated;
    char db_problem[sizeof(((gl_error *)0)->message)];

    /* reaper and connection tracking */
    pthread_t reaper;
    bool reaper_started;
    pthread_mutex_t cmu;
    conn_track *conns;
    atomic_int active_requests;

    atomic_bool stopping;

    /* parked requests (srv_defer): woken by srv_server_wake, the parker thread, shutdown */
    pthread_t parker;
    bool parker_started;
    pthread_mutex_t pmu;
    pthread_cond_t pcv;
    srv_call *parked;      /* list of parked calls (connection suspended, no worker)   */
    int nparked;
    atomic_int nwaiters;   /* parked + woken but not answered yet (<= --max-waiters)   */
    long long wake_value;  /* highest value given to srv_server_wake                   */
    bool park_closed;      /* shutting down: no more parking                           */
    bool stop_parker;

    /* background services */
    void **service_state;
    int nservices_started;
};

/* ------------------------------------------------------------------ accessors */

int srv_server_port(const srv_server *srv) { return srv->port; }
const srv_config *srv_server_config(const srv_server *srv) { return &srv->cfg; }
const gx_engine *srv_server_engine(const srv_server *srv) { return srv->engine; }
const char *srv_server_database_url(const srv_server *srv) { return srv->cfg.database_url; }
db_stats *srv_server_db_stats(srv_server *srv) { return &srv->dbstats; }
bool srv_server_stopping(const srv_server *srv) { return atomic_load(&srv->stopping); }
bool srv_server_db_ready(const srv_server *srv)
{
    return atomic_load(&srv->db_up) && atomic_load(&srv->migrated);
}

bool srv_server_migrated(const srv_server *srv)
{
    return atomic_load(&srv->migrated);
}

bool srv_server_ready(srv_server *srv, bool db_checked, char *why, size_t why_len)
{
    if (atomic_load(&srv->stopping)) {
        snprintf(why, why_len, "shutting down");
        return false;
    }
    if (!*srv->cfg.database_url) {
        snprintf(why, why_len, "no database configured (--database-url)");
        return false;
    }
    if (!db_checked && !atomic_load(&srv->db_up)) {
        pthread_mutex_lock(&srv->smu);
        snprintf(why, why_len, "%s", *srv->db_problem ? srv->db_problem : "database unreachable");
        pthread_mutex_unlock(&srv->smu);
        return false;
    }
    if (!atomic_load(&srv->migrated)) {
        pthread_mutex_lock(&srv->smu);
        snprintf(why, why_len, "migrations not applied yet%s%s", *srv->db_problem ? ": " : "",
                 srv->db_problem);
        pthread_mutex_unlock(&srv->smu);
        return false;
    }
    if (srv_queue_len(srv->queue) >= srv_queue_capacity(srv->queue)) {
        snprintf(why, why_len, "request queue saturated");
        return false;
    }
    snprintf(why, why_len, "ready");
    return true;
}

void srv_metrics_observe_extract(srv_server *srv, double seconds, int articles)
{
    srv_metrics_extract(srv->metrics, seconds, articles);
}

void srv_metrics_extract_stopped(srv_server *srv, bool request)
{
    srv_metrics_count(srv->metrics, "extract_deadline");
    if (request)
        srv_metrics_count(srv->metrics, "deadline");
}

double srv_server_extract_deadline(const srv_server *srv)
{
    const srv_config *c = &srv->cfg;
    return srv_now() + (c->extract_timeout_ms > 0 ? c->extract_timeout_ms / 1000.0
                                                  : (double)c->request_timeout);
}

char *srv_metrics_render(srv_server *srv, size_t *len)
{
    srv_gauges g;
    memset(&g, 0, sizeof g);
    g.queue_depth = srv_queue_len(srv->queue);
    g.workers_busy = srv_queue_busy(srv->queue);
    g.queue_capacity = srv->cfg.queue_depth;
    g.workers = srv->nworkers;
    g.parked = atomic_load(&srv->nwaiters);
    g.db_up = atomic_load(&srv->db_up);
    g.migrations_applied = atomic_load(&srv->migrated);
    g.db_errors = atomic_load(&srv->dbstats.errors);
    g.db_reconnects = atomic_load(&srv->dbstats.reconnects);
    g.db_queries = atomic_load(&srv->dbstats.queries);
    return srv_metrics_text(srv->metrics, &g, len);
}

/* ------------------------------------------------------------------ responses */

static void set_early(srv_call *call, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_early(srv_call *call, int status, const char *fmt, ...)
{
    call->early = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(call->early_detail, sizeof call->early_detail, fmt, ap);
    va_end(ap);
}

/* Queue call->res on the connection. Returns MHD_YES/MHD_NO. */
static enum MHD_Result send_response(srv_call *call)
{
    srv_response *res = &call->res;
    if (res->status == 0)
        srv_problem(res, 500, "the handler produced no response");
    char *body;
    size_t len;
    if (res->json) {
        body = json_dumps(res->json, GX_JSON_FLAGS);
        if (!body) { /* cannot happen with valid jansson values */
            body = gl_strdup(
                "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");
            res->status = 500;
        }
        len = strlen(body);
    } else {
        body = res->body;
        len = res->body_len;
        res->body = NULL;
        res->body_len = 0;
        if (!body) {
            body = gl_strdup("");
            len = 0;
        }
    }
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    const char *ctype = res->content_type ? res->content_type
                        : res->json       ? "application/json"
                                          : "application/octet-stream";
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    bool has_retry = false;
    for (int i = 0; i < res->nheaders; i++) {
        MHD_add_response_header(r, res->headers[i].name, res->headers[i].value);
        if (!strcasecmp(res->headers[i].name, "Retry-After"))
            has_retry = true;
    }
    if (res->status == 503 && !has_retry)
        MHD_add_response_header(r, "Retry-After", RETRY_AFTER);
    if (res->status == 405 && *call->allow)
        MHD_add_response_header(r, "Allow", call->allow);
    /* A request cut short (body not read) cannot keep the connection. */
    if (call->overflow || call->timed_out || atomic_load(&call->srv->stopping))
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
    enum MHD_Result ret = MHD_queue_response(call->conn, (unsigned)res->status, r);
    if (ret == MHD_YES)
        call->status_sent = res->status;
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result send_problem(srv_call *call, int status, const char *detail)
{
    srv_response_cleanup(&call->res);
    srv_problem(&call->res, status, "%s", detail);
    return send_response(call);
}

/* ------------------------------------------------------------------ requests */

typedef struct kv_list {
    srv_kv *v;
    int n, cap;
} kv_list;

static enum MHD_Result collect_kv(void *cls, enum MHD_ValueKind kind, const char *key,
                                  const char *value)
{
    (void)kind;
    kv_list *l = cls;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = gl_realloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n].name = key;
    l->v[l->n].value = value;
    l->n++;
    return MHD_YES;
}

/* Fill call->req from the connection (strings stay owned by MHD while the request lives). */
static void build_request(srv_call *call)
{
    srv_request *req = &call->req;
    srv_server *srv = call->srv;
    kv_list q = {0}, h = {0};
    MHD_get_connection_values(call->conn, MHD_GET_ARGUMENT_KIND, collect_kv, &q);
    MHD_get_connection_values(call->conn, MHD_HEADER_KIND, collect_kv, &h);
    req->method = call->method;
    req->path = call->path;
    req->route = call->route ? call->route->pattern : NULL;
    memcpy(req->params, call->params, sizeof req->params);
    req->nparams = call->nparams;
    req->query = q.v;
    req->nquery = q.n;
    req->headers = h.v;
    req->nheaders = h.n;
    if (!call->body)
        call->body = gl_calloc(1, 1);
    req->body = call->body;
    req->body_len = call->body_len;
    req->content_type = MHD_lookup_connection_value(call->conn, MHD_HEADER_KIND,
                                                     MHD_HTTP_HEADER_CONTENT_TYPE);
    req->engine = srv->engine;
    req->deadline = call->start + srv->cfg.request_timeout;
    req->config = &srv->cfg;
    req->server = srv;
    req->db = NULL;
}

static void run_handler(srv_call *call)
{
    gl_error err;
    gl_error_clear(&err);
    if (call->route->handler(&call->req, &call->res, &err) < 0) {
        srv_response_cleanup(&call->res);
        if (err.status == 0 || err.status >= 500)
            srv_warn("%s %s: %s", call->method, call->path, err.message);
        srv_problem_from_error(&call->res, &err);
    }
}

/* Called under the queue lock right before a job becomes visible to the workers. */
static void suspend_call(void *item)
{
    srv_call *call = item;
    atomic_store(&call->state, CALL_QUEUED);
    if (call->track) {
        pthread_mutex_lock(&call->srv->cmu);
        call->track->suspended = true;
        pthread_mutex_unlock(&call->srv->cmu);
    }
    MHD_suspend_connection(call->conn);
}

static void park_call(srv_call *call); /* (parking, below) */

/* Queue a job; the connection is suspended. false when the queue is full or closed. */
static bool enqueue(srv_call *call)
{
    return srv_queue_push(call->srv->queue, call, suspend_call);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    (void)version;
    srv_server *srv = cls;
    srv_call *call = *con_cls;

    if (!call) {
        call = gl_calloc(1, sizeof *call);
        call->srv = srv;
        call->conn = conn;
        call->start = srv_now();
        call->method = gl_strdup(method);
        call->path = gl_strdup(url);
        call->route_idx = srv->nroutes;
        *con_cls = call;
        atomic_fetch_add(&srv->active_requests, 1);
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        if (ci && ci->socket_context) {
            call->track = ci->socket_context;
            pthread_mutex_lock(&srv->cmu);
            call->track->phase_start = call->start;
            pthread_mutex_unlock(&srv->cmu);
        }

        size_t scratch_len = strlen(url) + 256;
        call->scratch = gl_malloc(scratch_len);
        srv_match m = srv_route_find(h_routes, method, url, &call->route, call->params,
                                     &call->nparams, call->scratch, scratch_len, call->allow,
                                     sizeof call->allow);
        if (m == SRV_MATCH_OK)
            call->route_idx = (int)(call->route - h_routes);
        if (atomic_load(&srv->stopping)) {
            set_early(call, 503, "the server is shutting down");
        } else if (m == SRV_MATCH_NOT_FOUND) {
            set_early(call, 404, "no resource at %.150s", url);
        } else if (m == SRV_MATCH_BAD_METHOD) {
            set_early(call, 405, "%.10s is not allowed on %.100s (allowed: %.60s)", method, url,
                      call->allow);
        } else {
            const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
                                                         MHD_HTTP_HEADER_CONTENT_LENGTH);
            if (cl) {
                char *end;
                errno = 0;
                unsigned long long n = strtoull(cl, &end, 10);
                if (errno || *end || n > (unsigned long long)srv->cfg.max_body)
                    set_early(call, 413,
                              "the body (%.20s bytes) is larger than the limit of %ld bytes", cl,
                              srv->cfg.max_body);
            }
        }
        /* Refuse an oversized body before reading it; other early answers (404, 405, 503) wait
         * for the end of the request (its body is discarded) so keep-alive survives. */
        if (call->early == 413) {
            call->overflow = true;
            return send_problem(call, call->early, call->early_detail);
        }
        /* Rate limits and API keys (srv_guard.h): 401/403/429 is sent once the body is
         * discarded. */
        const union MHD_ConnectionInfo *ai =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        const char *auth = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
                                                       MHD_HTTP_HEADER_AUTHORIZATION);
        const char *key_name;
        if (!call->early && m == SRV_MATCH_OK &&
            srv_guard_request(srv->guard, method, url, auth, ai ? ai->client_addr : NULL,
                              call->start, &call->res, &key_name))
            call->early = call->res.status;
        return MHD_YES;
    }

    int state = atomic_load(&call->state);
    if (state == CALL_DONE)
        return send_response(call);
    if (state == CALL_QUEUED) /* spurious: still running */
        return MHD_YES;

    double now = srv_now();
    if (now > call->start + srv->cfg.request_timeout && !call->timed_out) {
        call->timed_out = true;
        srv_metrics_count(srv->metrics, "deadline");
        srv_warn("%s %s: client too slow, cut off at the %d s deadline", method, url,
                 srv->cfg.request_timeout);
        if (send_problem(call, 408, "the request was not received within the deadline") != MHD_YES)
            return MHD_NO;
        return MHD_YES;
    }

    if (*upload_data_size > 0) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (call->overflow || call->early)
            return MHD_YES; /* discarding */
        if (call->body_len + n > (size_t)srv->cfg.max_body) {
            call->overflow = true;
            free(call->body);
            call->body = NULL;
            call->body_len = 0;
            char detail[160];
            snprintf(detail, sizeof detail, "the body is larger than the limit of %ld bytes",
                     srv->cfg.max_body);
            if (send_problem(call, 413, detail) == MHD_YES)
                return MHD_YES;
            set_early(call, 413, "%s", detail); /* answer when the upload ends */
            return MHD_YES;
        }
        if (call->body_len + n + 1 > call->body_cap) {
            size_t cap = call->body_cap ? call->body_cap : 4096;
            while (cap < call->body_len + n + 1)
                cap *= 2;
            if (cap > (size_t)srv->cfg.max_body + 1)
                cap = (size_t)srv->cfg.max_body + 1;
            call->body = gl_realloc(call->body, cap);
            call->body_cap = cap;
        }
        memcpy(call->body + call->body_len, upload_data, n);
        call->body_len += n;
        call->body[call->body_len] = '\0';
        return MHD_YES;
    }

    /* The request is complete. */
    if (call->early || call->status_sent)
        return call->status_sent ? MHD_YES
               : call->res.status ? send_response(call) /* filled by srv_guard_request */
                                  : send_problem(call, call->early, call->early_detail);

    build_request(call);
    if (call->route->flags & SRV_ROUTE_INLINE) {
        run_handler(call);
        return send_response(call);
    }
    /* DB routes need the migrations applied. A database that merely looked down at the last
     * health check is tried anyway: the worker's connection reconnects by itself, so the first
     * request after a PostgreSQL restart succeeds instead of waiting for the next check. */
    if ((call->route->flags & SRV_ROUTE_DB) && !atomic_load(&srv->migrated)) {
        char why[256];
        srv_server_ready(srv, false, why, sizeof why);
        char detail[300];
        snprintf(detail, sizeof detail, "the database is not available: %s", why);
        return send_problem(call, 503, detail);
    }
    /* Fast routes may answer right here without a worker (no suspend/resume round trip),
     * or park right here (srv_defer: a long poll with nothing to read yet). */
    if (call->route->flags & SRV_ROUTE_FAST) {
        run_handler(call);
        if (call->defer && !call->res.status) {
            suspend_call(call);
            park_call(call);
            return MHD_YES;
        }
        if (call->defer) { /* parked and answered at once: the answer wins */
            call->defer = false;
            if (call->waiter) {
                call->waiter = false;
                atomic_fetch_sub(&srv->nwaiters, 1);
            }
        }
        if (call->res.status)
            return send_response(call);
    }
    if (!enqueue(call)) {
        srv_metrics_count(srv->metrics, "queue_rejected");
        return send_problem(call, 503, "too many requests in progress; retry shortly");
    }
    return MHD_YES;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    srv_server *srv = cls;
    srv_call *call = *con_cls;
    if (!call)
        return;
    *con_cls = NULL;
    double now = srv_now();
    int status = call->status_sent ? call->status_sent
                                   : (toe == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED ? 408 : 499);
    srv_metrics_request(srv->metrics, call->route_idx, call->method, status, now - call->start);
    if (srv->cfg.access_log)
        srv_info("%s %.200s %d %.1fms", call->method, call->path, status,
                 (now - call->start) * 1000.0);
    if (call->track) {
        pthread_mutex_lock(&srv->cmu);
        call->track->phase_start = now;
        call->track->suspended = false;
        pthread_mutex_unlock(&srv->cmu);
    }
    srv_response_cleanup(&call->res);
    free(call->req.query);
    free(call->req.headers);
    free(call->body);
    free(call->scratch);
    free(call->method);
    free(call->path);
    free(call);
    atomic_fetch_sub(&srv->active_requests, 1);
}

static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    srv_server *srv = cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        conn_track *t = gl_calloc(1, sizeof *t);
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        t->fd = ci ? ci->connect_fd : -1;
        t->phase_start = srv_now();
        pthread_mutex_lock(&srv->cmu);
        t->next = srv->conns;
        if (srv->conns)
            srv->conns->prev = t;
        srv->conns = t;
        pthread_mutex_unlock(&srv->cmu);
        *socket_context = t;
    } else {
        conn_track *t = *socket_context;
        if (!t)
            return;
        pthread_mutex_lock(&srv->cmu);
        if (t->prev)
            t->prev->next = t->next;
        else
            srv->conns = t->next;
        if (t->next)
            t->next->prev = t->prev;
        pthread_mutex_unlock(&srv->cmu);
        free(t);
        *socket_context = NULL;
    }
}

/* ------------------------------------------------------------------ parking */

static srv_call *call_of(const srv_request *req)
{
    return (srv_call *)(void *)((char *)req - offsetof(srv_call, req));
}

int srv_defer(const srv_request *req, long long key, double until, gl_error *err)
{
    srv_call *call = call_of(req);
    srv_server *srv = call->srv;
    if (req->wake != SRV_WAKE_NONE || call->defer)
        return gl_error_set(err, 500, "srv_defer: only once, on the first run");
    if (atomic_load(&srv->stopping))
        return gl_error_set(err, 503, "the server is shutting down");
    if (atomic_fetch_add(&srv->nwaiters, 1) >= srv->cfg.max_waiters) {
        atomic_fetch_sub(&srv->nwaiters, 1);
        return gl_error_set(err, 503,
                            "too many requests waiting (%d, --max-waiters); retry shortly",
                            srv->cfg.max_waiters);
    }
    call->waiter = true;
    call->defer = true;
    call->park_key = key;
    call->park_until = until;
    return 0;
}

/* The call is answered (res filled): let the HTTP thread send it. */
static void finish_call(srv_call *call)
{
    srv_server *srv = call->srv;
    if (call->waiter) {
        call->waiter = false;
        atomic_fetch_sub(&srv->nwaiters, 1);
    }
    struct MHD_Connection *conn = call->conn; /* call may be freed once it is DONE */
    atomic_store(&call->state, CALL_DONE);
    MHD_resume_connection(conn);
}

/* A parked call runs again (not in the parked list any more; pmu not held). TIMEOUT and
 * SHUTDOWN first try the handler right here without a database; whatever is not answered
 * goes back to the workers through the reserved queue slots. */
static void wake_call(srv_call *call, srv_wake why)
{
    srv_server *srv = call->srv;
    call->req.wake = why;
    call->req.db = NULL;
    call->defer = false;
    if (why != SRV_WAKE_SIGNAL) {
        run_handler(call);
        if (call->defer) { /* a handler bug: it may not park twice */
            call->defer = false;
            srv_problem(&call->res, 500, "a woken request tried to park again");
        }
        if (call->res.status) {
            finish_call(call);
            return;
        }
    }
    if (!srv_queue_push_reserved(srv->queue, call)) {
        srv_problem(&call->res, 503, "the server is shutting down");
        finish_call(call);
    }
}

/* Called by the worker after a handler asked to park (it still counts as busy, so shutdown,
 * which closes parking first, cannot miss it), or by the HTTP thread for a FAST route that
 * parked on its first call (the connection was just suspended). */
static void park_call(srv_call *call)
{
    srv_server *srv = call->srv;
    srv_wake now = SRV_WAKE_NONE;
    pthread_mutex_lock(&srv->pmu);
    if (srv->park_closed)
        now = SRV_WAKE_SHUTDOWN;
    else if (call->park_key <= srv->wake_value)
        now = SRV_WAKE_SIGNAL; /* announced between the handler's check and now */
    else {
        call->pprev = NULL;
        call->pnext = srv->parked;
        if (srv->parked)
            srv->parked->pprev = call;
        srv->parked = call;
        srv->nparked++;
        pthread_cond_signal(&srv->pcv); /* the parker recomputes its next deadline */
    }
    pthread_mutex_unlock(&srv->pmu);
    if (now != SRV_WAKE_NONE)
        wake_call(call, now);
}

/* pmu held */
static void unpark(srv_server *srv, srv_call *call)
{
    if (call->pprev)
        call->pprev->pnext = call->pnext;
    else
        srv->parked = call->pnext;
    if (call->pnext)
        call->pnext->pprev = call->pprev;
    call->pprev = call->pnext = NULL;
    srv->nparked--;
}

/* Take c out of the parked list (pmu held) and push it onto *list, to be woken by wake_list()
 * once pmu is released. */
static void unpark_onto(srv_server *srv, srv_call *c, srv_call **list)
{
    unpark(srv, c);
    c->pnext = *list;
    *list = c;
}

/* Run every call of a list made by unpark_onto() again with why (pmu not held). */
static void wake_list(srv_call *list, srv_wake why)
{
    while (list) {
        srv_call *c = list;
        list = c->pnext;
        c->pnext = NULL;
        wake_call(c, why);
    }
}

void srv_server_wake(srv_server *srv, long long value)
{
    srv_call *woken = NULL;
    pthread_mutex_lock(&srv->pmu);
    if (value > srv->wake_value)
        srv->wake_value = value;
    for (srv_call *c = srv->parked, *next; c; c = next) {
        next = c->pnext;
        if (c->park_key <= value)
            unpark_onto(srv, c, &woken);
    }
    pthread_mutex_unlock(&srv->pmu);
    wake_list(woken, SRV_WAKE_SIGNAL);
}

int srv_server_parked(srv_server *srv)
{
    pthread_mutex_lock(&srv->pmu);
    int n = srv->nparked;
    pthread_mutex_unlock(&srv->pmu);
    return n;
}

/* Move every parked call whose deadline passed (all of them when `all`) out of the list and
 * answer them. */
static void wake_expired(srv_server *srv, bool all, srv_wake why)
{
    srv_call *due = NULL;
    double now = srv_now();
    pthread_mutex_lock(&srv->pmu);
    for (srv_call *c = srv->parked, *next; c; c = next) {
        next = c->pnext;
        if (all || c->park_until <= now)
            unpark_onto(srv, c, &due);
    }
    pthread_mutex_unlock(&srv->pmu);
    wake_list(due, why);
}

/* The parker thread: sleeps until the earliest parked deadline (or a new park), then answers
 * the expired ones. No polling while nothing is parked. */
static void *parker_main(void *arg)
{
    srv_server *srv = arg;
    pthread_mutex_lock(&srv->pmu);
    while (!srv->stop_parker) {
        double next = 0;
        for (srv_call *c = srv->parked; c; c = c->pnext)
            if (next == 0 || c->park_until < next)
                next = c->park_until;
        if (next == 0) {
            pthread_cond_wait(&srv->pcv, &srv->pmu);
            continue;
        }
        double left = next - srv_now();
        if (left > 0) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            long long ns = ts.tv_nsec + (long long)((left - (double)(long long)left) * 1e9);
            ts.tv_sec += (time_t)left + (time_t)(ns / 1000000000LL);
            ts.tv_nsec = (long)(ns % 1000000000LL);
            pthread_cond_timedwait(&srv->pcv, &srv->pmu, &ts);
            continue;
        }
        pthread_mutex_unlock(&srv->pmu);
        wake_expired(srv, false, SRV_WAKE_TIMEOUT);
        pthread_mutex_lock(&srv->pmu);
    }
    pthread_mutex_unlock(&srv->pmu);
    return NULL;
}

/* ------------------------------------------------------------------ workers */

static void *worker_main(void *arg)
{
    srv_worker *w = arg;
    srv_server *srv = w->srv;
    db_conn *db = w->db;
    srv_call *call;
    while ((call = srv_queue_pop(srv->queue))) {
        if (srv->cfg.debug_delay_ms > 0)
            usleep((useconds_t)srv->cfg.debug_delay_ms * 1000);
        if (srv_now() > call->req.deadline) {
            srv_metrics_count(srv->metrics, "deadline");
            srv_problem(&call->res, 503, "the request waited in the queue past its deadline");
        } else {
            call->req.db = db;
            run_handler(call);
            call->req.db = NULL;
            if (db_in_transaction(db)) { /* a handler forgot: do not leak it to the next */
                srv_warn("%s %s left a transaction open; rolled back", call->method, call->path);
                db_rollback(db);
            }
        }
        if (call->defer && !call->res.status) {
            park_call(call); /* before srv_queue_done: shutdown sees this worker busy */
            srv_queue_done(srv->queue);
            continue;
        }
        if (call->defer) { /* parked and answered at once: the answer wins */
            call->defer = false;
        }
        srv_queue_done(srv->queue);
        finish_call(call);
    }
    return NULL;
}

/* ------------------------------------------------------------------ database supervisor */

static void supervisor_sleep(srv_server *srv, double seconds)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    long ns = ts.tv_nsec + (long)((seconds - (long)seconds) * 1e9);
    ts.tv_sec += (time_t)seconds + ns / 1000000000L;
    ts.tv_nsec = ns % 1000000000L;
    pthread_mutex_lock(&srv->smu);
    if (!srv->stop_supervisor)
        pthread_cond_timedwait(&srv->scv, &srv->smu, &ts);
    pthread_mutex_unlock(&srv->smu);
}

static void set_db_problem(srv_server *srv, const char *msg)
{
    pthread_mutex_lock(&srv->smu);
    snprintf(srv->db_problem, sizeof srv->db_problem, "%s", msg);
    pthread_mutex_unlock(&srv->smu);
}

static void *supervisor_main(void *arg)
{
    srv_server *srv = arg;
    db_conn *db = db_conn_new(srv->cfg.database_url, 10000, &srv->dbstats);
    double backoff = 0.25;
    bool was_up = false;
    for (;;) {
        pthread_mutex_lock(&srv->smu);
        bool stop = srv->stop_supervisor;
        pthread_mutex_unlock(&srv->smu);
        if (stop)
            break;
        gl_error err;
        gl_error_clear(&err);
        PGresult *r = db_exec_simple(db, "SELECT 1", &err);
        bool up = r != NULL;
        PQclear(r);
        if (up && !atomic_load(&srv->migrated)) {
            int n = 0;
            if (srv_migrate(db, srv->cfg.schema_dir, &n, &err) < 0) {
                srv_error("migrations: %s", err.message);
                set_db_problem(srv, err.message);
                up = db_conn_ok(db) && err.status != 503;
                if (up) { /* a broken migration: stay up but not ready; retry later */
                    atomic_store(&srv->db_up, true);
                    supervisor_sleep(srv, srv->cfg.db_retry_max);
                    continue;
                }
            } else {
                srv_info("database ready, %d migration(s) applied now", n);
                atomic_store(&srv->migrated, true);
            }
        }
        atomic_store(&srv->db_up, up);
        if (up) {
            if (!was_up)
                set_db_problem(srv, "");
            backoff = 0.25;
            was_up = true;
            supervisor_sleep(srv, 1.0);
        } else {
            if (was_up || backoff == 0.25)
                srv_warn("%s (retrying)", err.message);
            set_db_problem(srv, err.message);
            was_up = false;
            supervisor_sleep(srv, backoff);
            backoff = backoff * 2 > srv->cfg.db_retry_max ? srv->cfg.db_retry_max : backoff * 2;
        }
    }
    db_conn_free(db);
    return NULL;
}

/* ------------------------------------------------------------------ reaper */

static void *reaper_main(void *arg)
{
    srv_server *srv = arg;
    for (;;) {
        pthread_mutex_lock(&srv->smu);
        bool stop = srv->stop_supervisor;
        pthread_mutex_unlock(&srv->smu);
        if (stop)
            break;
        double now = srv_now(), limit = srv->cfg.request_timeout + 1.0;
        pthread_mutex_lock(&srv->cmu);
        for (conn_track *t = srv->conns; t; t = t->next) {
            if (!t->suspended && !t->cut && t->fd >= 0 && now - t->phase_start > limit) {
                /* Headers or body trickling past the deadline, or idle keep-alive: cut it. */
                shutdown(t->fd, SHUT_RDWR);
                t->cut = true;
            }
        }
        pthread_mutex_unlock(&srv->cmu);
        supervisor_sleep(srv, 0.5);
    }
    return NULL;
}

/* ------------------------------------------------------------------ start / stop */

static int resolve_listen(const srv_config *cfg, struct sockaddr_storage *ss, socklen_t *sl,
                          bool *v6, gl_error *err)
{
    struct addrinfo hints, *ai = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    char port[8];
    snprintf(port, sizeof port, "%d", cfg->listen_port);
    int rc = getaddrinfo(cfg->listen_host, port, &hints, &ai);
    if (rc || !ai)
        return gl_error_set(err, 2, "cannot resolve listen host %s: %s", cfg->listen_host,
                            gai_strerror(rc));
    memcpy(ss, ai->ai_addr, ai->ai_addrlen);
    *sl = ai->ai_addrlen;
    *v6 = ai->ai_family == AF_INET6;
    freeaddrinfo(ai);
    return 0;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    line[strcspn(line, "\n")] = '\0';
    srv_warn("http: %s", line);
}

srv_server *srv_server_start(const srv_config *cfg, const gx_engine *engine, gl_error *err)
{
    srv_server *srv = gl_calloc(1, sizeof *srv);
    srv->quiesced_listen_fd = MHD_INVALID_SOCKET;
    srv->cfg = *cfg;
    srv->cfg.database_url = gl_strdup(cfg->database_url ? cfg->database_url : "");
    srv->cfg.data_dir = gl_strdup(cfg->data_dir ? cfg->data_dir : "");
    srv->cfg.schema_dir = gl_strdup(cfg->schema_dir ? cfg->schema_dir : "schema");
    srv->cfg.api_keys = gl_strdup(cfg->api_keys ? cfg->api_keys : "");
    srv->cfg.webhook_sources = gl_strdup(cfg->webhook_sources ? cfg->webhook_sources : "");
    srv->engine = engine;
    srv->metrics = srv_metrics_new(h_routes);
    while (h_routes[srv->nroutes].method)
        srv->nroutes++;
    srv->queue = srv_queue_new_reserved(cfg->queue_depth, cfg->max_waiters);
    pthread_mutex_init(&srv->pmu, NULL);
    pthread_cond_init(&srv->pcv, NULL);
    pthread_mutex_init(&srv->smu, NULL);
    pthread_cond_init(&srv->scv, NULL);
    pthread_mutex_init(&srv->cmu, NULL);
    if (!(srv->guard = srv_guard_new(&srv->cfg, err))) {
        srv_server_stop(srv);
        return NULL;
    }

    srv->nworkers = cfg->workers > 0 ? cfg->workers : 1;
    srv->workers = gl_calloc((size_t)srv->nworkers, sizeof *srv->workers);
    for (int i = 0; i < srv->nworkers; i++) {
        srv_worker *w = &srv->workers[i];
        w->srv = srv;
        w->db = db_conn_new(srv->cfg.database_url, srv->cfg.request_timeout * 1000,
                            &srv->dbstats);
        if (pthread_create(&w->thread, NULL, worker_main, w)) {
            gl_error_set(err, 500, "cannot start worker threads");
            srv_server_stop(srv);
            return NULL;
        }
        w->started = true;
    }

    if (*srv->cfg.database_url) {
        if (pthread_create(&srv->supervisor, NULL, supervisor_main, srv) == 0)
            srv->supervisor_started = true;
    } else {
        srv_warn("no --database-url: database routes will answer 503");
    }
    if (pthread_create(&srv->reaper, NULL, reaper_main, srv) == 0)
        srv->reaper_started = true;
    if (pthread_create(&srv->parker, NULL, parker_main, srv) == 0)
        srv->parker_started = true;

    struct sockaddr_storage ss;
    socklen_t sl;
    bool v6 = false;
    if (resolve_listen(&srv->cfg, &ss, &sl, &v6, err) < 0 ||
        srv_guard_check_listen(srv->guard, (struct sockaddr *)&ss, srv->cfg.insecure_public,
                               err) < 0) {
        srv_server_stop(srv);
        return NULL;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_ALLOW_SUSPEND_RESUME |
                     MHD_USE_ERROR_LOG | MHD_USE_ITC;
    if (v6)
        flags |= MHD_USE_IPv6;
    srv->daemon = MHD_start_daemon(
        flags, (uint16_t)srv->cfg.listen_port, NULL, NULL, on_request, srv,
        MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, srv,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, srv,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)srv->cfg.request_timeout,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)4096,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)srv->cfg.max_conns_per_ip,
        MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned int)1024,
        MHD_OPTION_END);
    if (!srv->daemon) {
        gl_error_set(err, 2, "cannot listen on %s:%d: %s", srv->cfg.listen_host,
                     srv->cfg.listen_port, strerror(errno));
        srv_server_stop(srv);
        return NULL;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = di ? di->port : srv->cfg.listen_port;
    (void)sl;

    int nsvc = 0;
    while (h_services[nsvc].name)
        nsvc++;
    srv->service_state = gl_calloc((size_t)nsvc + 1, sizeof *srv->service_state);
    for (int i = 0; i < nsvc; i++) {
        if (h_services[i].start(srv, &srv->service_state[i], err) < 0) {
            char msg[sizeof err->message];
            memcpy(msg, err->message, sizeof msg);
            gl_error_set(err, 2, "service %s: %s", h_services[i].name, msg);
            srv_server_stop(srv);
            return NULL;
        }
        srv->nservices_started = i + 1;
    }
    return srv;
}

void srv_server_stop(srv_server *srv)
{
    if (!srv)
        return;
    atomic_store(&srv->stopping, true);
    double t0 = srv_now();
    if (srv->daemon) {
        /* 1. stop accepting new connections */
        srv->quiesced_listen_fd = MHD_quiesce_daemon(srv->daemon);
        /* 2. answer parked requests (long polls: their empty page), park no more */
        pthread_mutex_lock(&srv->pmu);
        srv->park_closed = true;
        pthread_mutex_unlock(&srv->pmu);
        wake_expired(srv, true, SRV_WAKE_SHUTDOWN);
        /* 3. let queued and running jobs finish (they resume their connections) */
        srv_queue_wait_idle(srv->queue);
        /* 4. let responses flush, bounded by the request timeout */
        while (atomic_load(&srv->active_requests) > 0 &&
               srv_now() - t0 < srv->cfg.request_timeout)
            usleep(20000);
    }
    /* 5. background services */
    for (int i = srv->nservices_started - 1; i >= 0; i--)
        h_services[i].stop(srv->service_state[i]);
    free(srv->service_state);
    /* 6. workers */
    srv_queue_close(srv->queue);
    for (int i = 0; srv->workers && i < srv->nworkers; i++)
        if (srv->workers[i].started)
            pthread_join(srv->workers[i].thread, NULL);
    if (srv->daemon) {
        MHD_stop_daemon(srv->daemon);
        if (srv->quiesced_listen_fd != MHD_INVALID_SOCKET)
            close(srv->quiesced_listen_fd);
    }
    /* 7. parker, supervisor and reaper */
    pthread_mutex_lock(&srv->pmu);
    srv->park_closed = true;
    srv->stop_parker = true;
    pthread_cond_broadcast(&srv->pcv);
    pthread_mutex_unlock(&srv->pmu);
    if (srv->parker_started)
        pthread_join(srv->parker, NULL);
    pthread_mutex_lock(&srv->smu);
    srv->stop_supervisor = true;
    pthread_cond_broadcast(&srv->scv);
    pthread_mutex_unlock(&srv->smu);
    if (srv->supervisor_started)
        pthread_join(srv->supervisor, NULL);
    if (srv->reaper_started)
        pthread_join(srv->reaper, NULL);
    for (int i = 0; srv->workers && i < srv->nworkers; i++)
        db_conn_free(srv->workers[i].db);
    free(srv->workers);
    srv_metrics_free(srv->metrics);
    srv_guard_free(srv->guard);
    srv_queue_free(srv->queue);
    pthread_mutex_destroy(&srv->smu);
    pthread_cond_destroy(&srv->scv);
    pthread_mutex_destroy(&srv->cmu);
    pthread_mutex_destroy(&srv->pmu);
    pthread_cond_destroy(&srv->pcv);
    srv_config_cleanup(&srv->cfg);
    free(srv);
}
