/* db_fault.h — the test-only libpq fault-injection hook of server/db_conn.c (issue 9, point 4).
 *
 * Inert unless a test arms it: db_conn_fail_after(c, n, kind) makes the n-th libpq call made
 * through `c` from now on (connect, session setup, prepare, execute, BEGIN/COMMIT, ROLLBACK)
 * fail. n <= 0 disarms. The hook lives in db_conn.c so every store path is covered; it is
 * declared here, not in db_conn.h, because only tests (tests/faultinject/) may use it. */
#ifndef DB_FAULT_H
#define DB_FAULT_H

#include <stdbool.h>

#include "db_conn.h"

enum {
    DB_FAULT_ERROR = 0, /* the call fails without reaching the server (libpq send error)   */
    DB_FAULT_CLOSED = 1 /* the server closed the connection just before the call            */
};

void db_conn_fail_after(db_conn *c, int n, int kind);
/* True once the armed fault has fired (the operation reached the n-th call). */
bool db_conn_fault_fired(const db_conn *c);

#endif
