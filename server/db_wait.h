/* db_wait.h — a client-side bound on a libpq query (issue 9, SECURITY.md "Known gaps").
 *
 * statement_timeout is enforced by the PostgreSQL backend itself: a backend or host that stops
 * answering (hung, SIGSTOPped, partitioned away) never sends the error, and a blocking
 * PQexec*() waits until the operating system gives up. db_wait_result() is the replacement for
 * the blocking wait: send the query with PQsendQuery*() on a connection in non-blocking mode,
 * then
 *
 *     bool timed_out;
 *     PGresult *r = db_wait_result(pg, seconds, &timed_out);
 *     if (timed_out) { drop the connection (PQfinish); answer 503 }
 *
 * It flushes what is left to send, waits with poll() for at most `seconds`, and returns what
 * PQexec() would have returned (the last result; an error result wins), or NULL with
 * *timed_out = true (the connection is then unusable: the caller must drop it), or NULL with
 * *timed_out = false when the connection failed (PQerrorMessage says why). */
#ifndef DB_WAIT_H
#define DB_WAIT_H

#include <libpq-fe.h>
#include <stdbool.h>

PGresult *db_wait_result(PGconn *pg, double seconds, bool *timed_out);

#endif
