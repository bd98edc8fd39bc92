/* db_jobs.h — durable asynchronous jobs (schema/0003_jobs.sql) and the runner threads.
 *
 * db_job_enqueue() writes the job row and NOTIFYs gleaner_jobs in one statement (committed
 * before the 202 answer). Runner threads, each with its own connection, claim one queued job
 * at a time with FOR UPDATE SKIP LOCKED and process it INSIDE that transaction (the callback
 * stores its articles on the same connection); success marks it done in the same transaction,
 * so a crash (kill -9, PostgreSQL restart) rolls everything back and the job is claimed again.
 * A failure is counted in its own transaction: retried after 2^attempts seconds (max 5 min),
 * and after max_attempts or at once for a permanent (4xx) error it is 'failed' — the
 * dead-letter state, visible with its error through db_job_get(). Runners wake on the hub's
 * job notifications (db_notify) and rescan at least every 2 s (for backoff deadlines). */
#ifndef DB_JOBS_H
#define DB_JOBS_H

#include <jansson.h>
#include <stddef.h>

#include "db_conn.h"
#include "gl_error.h"

typedef struct db_job_input {
    const char *id;
    const char *kind;          /* "ingest"                                       */
    const char *content_type;  /* may be NULL                                    */
    const char *body;          /* NUL-terminated copy, len bytes                 */
    size_t len;
    const json_t *params;      /* object of query parameters (borrowed)          */
    int attempts;              /* attempts before this one                       */
} db_job_input;

/* Process one job on `c` (a transaction is open: do not begin/commit). Return 0 with *result a
 * new reference {"articles": ["id", ...]} or -1 with err; err->status 400..499 = permanent. */
typedef int (*db_job_fn)(db_conn *c, const db_job_input *job, void *ud, json_t **result,
                         gl_error *err);

/* Queue a job (one statement, autocommit). id receives the job id (40 bytes). params may be
 * NULL. 0 or -1 with err. */
int db_job_enqueue(db_conn *c, const char *kind, const char *content_type, const char *body,
                   size_t len, const json_t *params, char id[40], gl_error *err);

/* {"job": {"id","status","articles","error","attempts",...}}: 0 with *out a new reference,
 * 0 with *out NULL for an unknown id, -1 with err. status is queued|running|done|failed. */
int db_job_get(db_conn *c, const char *id, json_t **out, gl_error *err);

/* Claim and process at most one ready job on c. Returns 1 (one processed, done or failed),
 * 0 (none ready) or -1 with err (database trouble). */
int db_jobs_run_one(db_conn *c, db_job_fn fn, void *ud, gl_error *err);

typedef struct db_jobs db_jobs;

/* Start `threads` runner threads on database `url`. Never NULL; stop with db_jobs_stop
 * (finishes the job in hand, joins). */
db_jobs *db_jobs_start(const char *url, int threads, db_job_fn fn, void *ud);
void db_jobs_stop(db_jobs *j);

#endif
