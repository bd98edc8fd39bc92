/* db_conn.c — per-thread libpq connection: reconnect, lazy prepared statements, transactions
 * (see db_conn.h). */
#include "db_conn.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "db_fault.h"
#include "db_wait.h"
#include "gl_alloc.h"
#include "srv_log.h"

typedef struct db_stmt {
    char *name;
    char *sql;
    bool prepared; /* on the current session */
} db_stmt;

struct db_conn {
    char *url;
    int statement_timeout_ms;
    db_stats *stats;
    PGconn *pg;
    bool in_tx;
    db_stmt *stmts;
    int nstmts, cap;
    char sqlstate[6];
    int fault_n, fault_kind; /* test-only fault injection (db_fault.h) */
    bool fault_fired;
};

/* Test-only fault injection (db_fault.h), inert unless a test arms it. */
void db_conn_fail_after(db_conn *c, int n, int kind)
{
    c->fault_n = n, c->fault_kind = kind, c->fault_fired = false;
}
bool db_conn_fault_fired(const db_conn *c)
{
    return c->fault_fired;
}
static bool fault_hit(db_conn *c) /* true: skip the libpq call, treat it as failed */
{
    if (c->fault_n <= 0 || --c->fault_n > 0)
        return false;
    c->fault_fired = true;
    if (c->fault_kind == 1 && c->pg)
        shutdown(PQsocket(c->pg), SHUT_RDWR);
    return c->fault_kind != 1;
}

static void stat_inc(atomic_long *c)
{
    atomic_fetch_add_explicit(c, 1, memory_order_relaxed);
}

db_conn *db_conn_new(const char *url, int statement_timeout_ms, db_stats *stats)
{
    db_conn *c = gl_calloc(1, sizeof *c);
    c->url = gl_strdup(url ? url : "");
    c->statement_timeout_ms = statement_timeout_ms;
    c->stats = stats;
    return c;
}

void db_conn_free(db_conn *c)
{
    if (!c)
        return;
    if (c->pg)
        PQfinish(c->pg);
    for (int i = 0; i < c->nstmts; i++) {
        free(c->stmts[i].name);
        free(c->stmts[i].sql);
    }
    free(c->stmts);
    free(c->url);
    free(c);
}

void db_conn_reset(db_conn *c)
{
    if (c->pg)
        PQfinish(c->pg);
    c->pg = NULL;
    c->in_tx = false;
    for (int i = 0; i < c->nstmts; i++)
        c->stmts[i].prepared = false;
}

bool db_conn_ok(const db_conn *c)
{
    return c->pg && PQstatus(c->pg) == CONNECTION_OK;
}

bool db_in_transaction(const db_conn *c)
{
    return c->in_tx;
}

const char *db_last_sqlstate(const db_conn *c)
{
    return c->sqlstate;
}

/* The first line of a libpq message, without the trailing newline. */
static void first_line(char *dst, size_t n, const char *msg)
{
    snprintf(dst, n, "%s", msg ? msg : "");
    dst[strcspn(dst, "\n")] = '\0';
}

/* Server notices (warnings, "terminating connection ...") go to the log, one line each. */
static void notice_to_log(void *arg, const char *message)
{
    (void)arg;
    char line[300];
    first_line(line, sizeof line, message);
    srv_warn("postgres: %s", line);
}

int db_conn_ensure(db_conn *c, gl_error *err)
{
    if (c->pg && PQstatus(c->pg) == CONNECTION_OK)
        return 0;
    db_conn_reset(c);
    if (!*c->url)
        return gl_error_set(err, 503, "no database configured (--database-url)");
    /* connect_timeout first: a value in the URL itself wins */
    const char *const kw[] = {"connect_timeout", "dbname", NULL};
    const char *const val[] = {"10", c->url, NULL};
    c->pg = PQconnectdbParams(kw, val, 1);
    if (fault_hit(c) || PQstatus(c->pg) != CONNECTION_OK) {
        char msg[200];
        first_line(msg, sizeof msg, PQerrorMessage(c->pg));
        db_conn_reset(c);
        if (c->stats)
            stat_inc(&c->stats->errors);
        return gl_error_set(err, 503, "database unreachable: %s", msg);
    }
    PQsetNoticeProcessor(c->pg, notice_to_log, NULL);
    /* Session settings: UTC, timeouts. */
    char sql[200];
    snprintf(sql, sizeof sql,
             "SET TIME ZONE 'UTC'; SET client_min_messages = warning; SET statement_timeout = %d; "
             "SET idle_in_transaction_session_timeout = %d",
             c->statement_timeout_ms > 0 ? c->statement_timeout_ms : 0,
             c->statement_timeout_ms > 0 ? 2 * c->statement_timeout_ms : 0);
    PGresult *r = fault_hit(c) ? NULL : PQexec(c->pg, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        char msg[200];
        first_line(msg, sizeof msg, PQerrorMessage(c->pg));
        db_conn_reset(c);
        if (c->stats)
            stat_inc(&c->stats->errors);
        return gl_error_set(err, 503, "database session setup failed: %s", msg);
    }
    if (c->stats)
        stat_inc(&c->stats->reconnects);
    return 0;
}

/* Wait for the result of a statement just sent (sent = the PQsend* return value), bounded on
 * the client side: a backend that stops answering never sends its statement_timeout error. */
static PGresult *wait_bounded(db_conn *c, int sent, bool *timed_out)
{
    *timed_out = false;
    if (!sent)
        return NULL;
    double bound = c->statement_timeout_ms > 0 ? c->statement_timeout_ms / 1000.0 + 2.0 : 3600.0;
    return db_wait_result(c->pg, bound, timed_out);
}

/* A statement that got no answer within the bound: drop the connection, 503. Returns -1. */
static int timed_out_fail(db_conn *c, gl_error *err)
{
    db_conn_reset(c);
    if (c->stats)
        atomic_fetch_add_explicit(&c->stats->errors, 1, memory_order_relaxed);
    snprintf(c->sqlstate, sizeof c->sqlstate, "57014");
    return gl_error_set(err, 503, "database error: no answer within %d ms; connection dropped",
                        c->statement_timeout_ms + 2000);
}

PGconn *db_conn_pg(db_conn *c)
{
    return c->pg;
}

/* Map a failed result to err. Returns -1. */
static int fail(db_conn *c, PGresult *r, gl_error *err)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    snprintf(c->sqlstate, sizeof c->sqlstate, "%s", state ? state : "");
    char msg[200];
    first_line(msg, sizeof msg,
               r && *PQresultErrorMessage(r) ? PQresultErrorMessage(r) : PQerrorMessage(c->pg));
    int status = 500;
    if (!c->pg || PQstatus(c->pg) != CONNECTION_OK || (state && !strncmp(state, "08", 2)) ||
        (state && (!strcmp(state, "57P01") || !strcmp(state, "57P02") || !strcmp(state, "57P03"))))
        status = 503; /* connection lost, admin shutdown, cannot connect now */
    else if (state &&
             (!strcmp(state, "23505") || !strcmp(state, "40001") || !strcmp(state, "40P01")))
        status = 409;
    else if (state && (!strncmp(state, "22", 2)))
        status = 400;
    else if (state && !strcmp(state, "57014"))
        status = 503; /* statement timeout */
    if (c->stats)
        stat_inc(&c->stats->errors);
    gl_error_set(err, status, "database error%s%s: %s", *c->sqlstate ? " " : "", c->sqlstate, msg);
    if (status == 503 && c->pg && PQstatus(c->pg) != CONNECTION_OK)
        db_conn_reset(c);
    return -1;
}

static bool result_ok(const PGresult *r)
{
    ExecStatusType s = PQresultStatus(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_COPY_IN ||
           s == PGRES_COPY_OUT;
}

static db_stmt *find_stmt(db_conn *c, const char *name, const char *sql)
{
    for (int i = 0; i < c->nstmts; i++)
        if (!strcmp(c->stmts[i].name, name)) {
            /* Same name, different SQL: a programming error. */
            assert(!strcmp(c->stmts[i].sql, sql) &&
                   "db_exec: statement name reused with other SQL");
            return &c->stmts[i];
        }
    if (c->nstmts == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 16;
        c->stmts = gl_realloc(c->stmts, (size_t)c->cap * sizeof *c->stmts);
    }
    db_stmt *s = &c->stmts[c->nstmts++];
    s->name = gl_strdup(name);
    s->sql = gl_strdup(sql);
    s->prepared = false;
    return s;
}

/* One attempt. Returns the result or NULL; *lost tells whether the connection dropped. */
static PGresult *exec_once(db_conn *c, db_stmt *st, int nparams, const char *const *params,
                           bool *lost, gl_error *err)
{
    *lost = false;
    if (db_conn_ensure(c, err) < 0) {
        *lost = true;
        return NULL;
    }
    if (!st->prepared) {
        bool to;
        PGresult *p = wait_bounded(
            c, !fault_hit(c) && PQsendPrepare(c->pg, st->name, st->sql, nparams, NULL), &to);
        if (to) {
            timed_out_fail(c, err);
            return NULL;
        }
        if (!result_ok(p)) {
            *lost = PQstatus(c->pg) != CONNECTION_OK;
            fail(c, p, err);
            PQclear(p);
            return NULL;
        }
        PQclear(p);
        st->prepared = true;
    }
    bool to;
    PGresult *r = wait_bounded(
        c, !fault_hit(c) && PQsendQueryPrepared(c->pg, st->name, nparams, params, NULL, NULL, 0),
        &to);
    if (to) {
        timed_out_fail(c, err);
        return NULL;
    }
    if (!result_ok(r)) {
        *lost = PQstatus(c->pg) != CONNECTION_OK;
        fail(c, r, err);
        PQclear(r);
        return NULL;
    }
    return r;
}

PGresult *db_exec(db_conn *c, const char *stmt_name, const char *sql, int nparams,
                  const char *const *params, gl_error *err)
{
    c->sqlstate[0] = '\0';
    db_stmt *st = find_stmt(c, stmt_name, sql);
    bool was_in_tx = c->in_tx, lost;
    if (c->stats)
        stat_inc(&c->stats->queries);
    PGresult *r = exec_once(c, st, nparams, params, &lost, err);
    if (!r && lost && !was_in_tx && *c->url) {
        /* The server may have restarted since our last statement: one fresh attempt. */
        db_conn_reset(c);
        r = exec_once(c, st, nparams, params, &lost, err);
    }
    if (!r && lost) {
        db_conn_reset(c);
        c->in_tx = false;
    }
    return r;
}

PGresult *db_exec_simple(db_conn *c, const char *sql, gl_error *err)
{
    c->sqlstate[0] = '\0';
    bool was_in_tx = c->in_tx;
    for (int attempt = 0; attempt < 2; attempt++) {
        if (db_conn_ensure(c, err) < 0)
            return NULL;
        if (c->stats)
            stat_inc(&c->stats->queries);
        bool to;
        PGresult *r = wait_bounded(c, !fault_hit(c) && PQsendQuery(c->pg, sql), &to);
        if (to) {
            timed_out_fail(c, err);
            return NULL;
        }
        if (result_ok(r))
            return r;
        bool lost = PQstatus(c->pg) != CONNECTION_OK;
        fail(c, r, err);
        PQclear(r);
        if (!lost)
            return NULL;
        db_conn_reset(c);
        if (was_in_tx)
            return NULL;
    }
    return NULL;
}

int db_begin(db_conn *c, gl_error *err)
{
    if (c->in_tx)
        return gl_error_set(err, 500, "bug: nested db_begin");
    PGresult *r = db_exec_simple(c, "BEGIN", err);
    if (!r)
        return -1;
    PQclear(r);
    c->in_tx = true;
    return 0;
}

int db_commit(db_conn *c, gl_error *err)
{
    if (!c->in_tx)
        return gl_error_set(err, 500, "bug: db_commit outside a transaction");
    PGresult *r = db_exec_simple(c, "COMMIT", err);
    c->in_tx = false;
    if (!r) {
        db_rollback(c);
        return -1;
    }
    PQclear(r);
    return 0;
}

void db_rollback(db_conn *c)
{
    c->in_tx = false;
    if (!c->pg || PQstatus(c->pg) != CONNECTION_OK)
        return;
    if (PQtransactionStatus(c->pg) == PQTRANS_IDLE)
        return;
    PGresult *r = fault_hit(c) ? NULL : PQexec(c->pg, "ROLLBACK");
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        db_conn_reset(c);
    PQclear(r);
}
