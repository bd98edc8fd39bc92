/* srv_server.h — the gleanerd server object: HTTP daemon, job queue, workers, database
 * supervisor (migrations), metrics. main() creates one; handlers and background services use
 * the accessors below through req->server. */
#ifndef SRV_SERVER_H
#define SRV_SERVER_H

#include <stdbool.h>
#include <stddef.h>

#include "db_conn.h"
#include "gl_error.h"
#include "gx.h"
#include "srv_config.h"
#include "srv_request.h"

/* Create and start the server: binds the listen address, starts the workers, the database
 * supervisor (connects, applies migrations, keeps retrying) and the background services.
 * `engine` is borrowed and must outlive the server. Returns NULL with err on failure. */
srv_server *srv_server_start(const srv_config *cfg, const gx_engine *engine, gl_error *err);

/* Graceful stop: stop accepting, finish queued and running jobs, resume every suspended
 * connection, let responses flush (bounded by the request timeout), stop services, join
 * workers, free. Accepts NULL. */
void srv_server_stop(srv_server *srv);

/* The TCP port actually bound (useful with --listen 127.0.0.1:0). */
int srv_server_port(const srv_server *srv);

const srv_config *srv_server_config(const srv_server *srv);
const gx_engine *srv_server_engine(const srv_server *srv);
const char *srv_server_database_url(const srv_server *srv); /* "" when not configured */
db_stats *srv_server_db_stats(srv_server *srv);
bool srv_server_stopping(const srv_server *srv);

/* Readiness: database reachable, migrations applied, queue not saturated. Returns true or
 * false with a short reason in why (size why_len). With db_checked (the caller just made a
 * successful round trip itself) the supervisor's last health check is not consulted. */
bool srv_server_ready(srv_server *srv, bool db_checked, char *why, size_t why_len);
/* Database state as seen by the supervisor (no round trip): reachable at the last health
 * check and migrations applied. */
bool srv_server_db_ready(const srv_server *srv);
/* Migrations applied (stays true once it is). */
bool srv_server_migrated(const srv_server *srv);

/* Wake every request parked by srv_defer() with key <= value (they run again on a worker);
 * remembers the highest value, so a request parking later with key <= it is woken at once.
 * Thread-safe; cheap when nothing is parked (the LISTEN hub calls it after every numbering). */
void srv_server_wake(srv_server *srv, long long value);
/* Requests parked right now (not counting those woken and queued). */
int srv_server_parked(srv_server *srv);

/* Metrics (thread-safe). */
void srv_metrics_observe_extract(srv_server *srv, double seconds, int articles);
/* An extraction the engine stopped at its deadline (gx_extract's 504): counted in
 * gleaner_extract_deadline_total, and for a request (not a background job) also in
 * gleaner_deadline_exceeded_total. */
void srv_metrics_extract_stopped(srv_server *srv, bool request);
/* The deadline of an extraction starting now, on the clock of srv_now() (gx_input.deadline):
 * now + --extract-timeout-ms (0: + --request-timeout). The same for requests and background jobs
 * (webhook deliveries, async ingests): an extraction has its own budget from its start, so a 504
 * always means the extraction itself ran too long — a request whose time ran out in the queue is
 * answered 503 + Retry-After before it starts (srv_server.c), never 504. */
double srv_server_extract_deadline(const srv_server *srv);
/* Prometheus text exposition of every metric. Returns a malloc'd string (caller frees). */
char *srv_metrics_render(srv_server *srv, size_t *len);

#endif
