/* db_conn.h — one libpq connection owned by one thread, with automatic reconnect and LAZY
 * prepared statements.
 *
 * Any module can use a prepared statement without a central registry: db_exec() prepares
 * `stmt_name` with `sql` the first time that name is used on this connection (and again after
 * a reconnect), then runs it with the parameters. A name must always come with the same SQL
 * (asserted: it is a bug otherwise). Parameters are text; NULL pointer = SQL NULL.
 *
 *   db_conn *c = db_conn_new(url, 30000, NULL);           // does not connect yet
 *   const char *p[2] = {"a", "b"};
 *   PGresult *r = db_exec(c, "pair_ins", "INSERT INTO t VALUES ($1, $2)", 2, p, &err);
 *   if (!r) ... err.status 503 (database unreachable) / 409 (unique or serialization
 *                conflict) / 400 (invalid input for the type) / 500 (other);
 *   PQclear(r);
 *
 * Reconnect: every call first checks the connection; a broken one is re-established (errors
 * 503 when that fails; the next call tries again). A statement that fails because the
 * connection dropped is retried once on a fresh connection when no transaction was open.
 * Transactions: db_begin / db_commit / db_rollback; db_rollback is safe to call in any state
 * (after an error, after a lost connection). A connection is used by one thread at a time.
 */
#ifndef DB_CONN_H
#define DB_CONN_H

#include <libpq-fe.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "gl_error.h"

typedef struct db_conn db_conn;

/* Counters shared by all connections of a process (for /metrics). */
typedef struct db_stats {
    atomic_long errors;      /* statements that failed, connection failures included        */
    atomic_long reconnects;  /* successful (re)connections                                  */
    atomic_long queries;     /* statements executed                                         */
} db_stats;

/* A connection that will connect to `url` (libpq conninfo or URI) on first use.
 * statement_timeout_ms > 0 is set on every new session. stats may be NULL.
 * Never NULL; free with db_conn_free (NULL ok). */
db_conn *db_conn_new(const char *url, int statement_timeout_ms, db_stats *stats);
void db_conn_free(db_conn *c);

/* Make sure the connection is up (connect or reconnect). 0, or -1 with err (status 503). */
int db_conn_ensure(db_conn *c, gl_error *err);

/* True when the last known state of the connection is OK (no network round trip). */
bool db_conn_ok(const db_conn *c);

/* The raw libpq handle after db_conn_ensure() (for LISTEN, COPY, pipeline mode ...). Do not
 * PQfinish it. If you change session state, call db_conn_reset() to drop the connection. */
PGconn *db_conn_pg(db_conn *c);

/* Drop the connection; the next call reconnects (and re-prepares lazily). */
void db_conn_reset(db_conn *c);

/* Run a prepared statement (prepared lazily, see above). Returns the result (PGRES_TUPLES_OK or
 * PGRES_COMMAND_OK; caller PQclear()s it) or NULL with err filled. */
PGresult *db_exec(db_conn *c, const char *stmt_name, const char *sql, int nparams,
                  const char *const *params, gl_error *err);

/* Run SQL without preparing it (DDL, SET, multi-statement scripts; no parameters).
 * Same result convention as db_exec. */
PGresult *db_exec_simple(db_conn *c, const char *sql, gl_error *err);

/* Transactions. db_begin/db_commit return 0 or -1 with err. db_rollback never fails (it resets
 * the connection when it cannot roll back). */
int db_begin(db_conn *c, gl_error *err);
int db_commit(db_conn *c, gl_error *err);
void db_rollback(db_conn *c);
bool db_in_transaction(const db_conn *c);

/* SQLSTATE of the last failed statement ("" when none), e.g. "23505" unique violation. */
const char *db_last_sqlstate(const db_conn *c);

#endif
