/* test_db_wait.c — the client-side bound on libpq waits (server/db_wait.c) against the real
 * PostgreSQL of scripts/test (GLEANER_TEST_DATABASE_URL; skipped without it): a slow statement
 * is abandoned at the bound, fast ones and errors come back as PQexec would return them, a large
 * parameter is flushed on a non-blocking connection, a SIGSTOPped backend is bounded too. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <signal.h>
#include <time.h>

#include <cmocka.h>

#include "db_wait.h"

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static PGconn *connect_or_skip(void)
{
    const char *url = getenv("GLEANER_TEST_DATABASE_URL");
    if (!url || !*url)
        skip();
    PGconn *pg = PQconnectdb(url);
    assert_int_equal(PQstatus(pg), CONNECTION_OK);
    assert_int_equal(PQsetnonblocking(pg, 1), 0);
    return pg;
}

static void test_fast_and_error(void **state)
{
    (void)state;
    PGconn *pg = connect_or_skip();
    bool to;
    assert_true(PQsendQuery(pg, "SELECT 41 + 1"));
    PGresult *r = db_wait_result(pg, 5, &to);
    assert_false(to);
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    assert_string_equal(PQgetvalue(r, 0, 0), "42");
    PQclear(r);
    /* multi-statement: the error wins, like PQexec */
    assert_true(PQsendQuery(pg, "SELECT 1; SELECT 1/0; SELECT 2"));
    r = db_wait_result(pg, 5, &to);
    assert_false(to);
    assert_int_equal(PQresultStatus(r), PGRES_FATAL_ERROR);
    assert_string_equal(PQresultErrorField(r, PG_DIAG_SQLSTATE), "22012");
    PQclear(r);
    /* a 4 MB parameter is flushed through the non-blocking connection */
    size_t n = 4u << 20;
    char *big = malloc(n + 1);
    memset(big, 'x', n);
    big[n] = '\0';
    const char *params[1] = {big};
    assert_true(PQsendQueryParams(pg, "SELECT length($1)", 1, NULL, params, NULL, NULL, 0));
    r = db_wait_result(pg, 10, &to);
    assert_false(to);
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    assert_int_equal(atoi(PQgetvalue(r, 0, 0)), (int)n);
    PQclear(r);
    free(big);
    PQfinish(pg);
}

static void test_slow_statement_is_bounded(void **state)
{
    (void)state;
    PGconn *pg = connect_or_skip();
    bool to;
    double t0 = mono();
    assert_true(PQsendQuery(pg, "SELECT pg_sleep(5)"));
    PGresult *r = db_wait_result(pg, 0.4, &to);
    double el = mono() - t0;
    assert_null(r);
    assert_true(to);
    assert_true(el >= 0.35 && el < 1.5);
    PQfinish(pg); /* the caller drops a timed-out connection */
}

static void test_stopped_backend_is_bounded(void **state)
{
    (void)state;
    PGconn *pg = connect_or_skip();
    int pid = PQbackendPID(pg);
    if (kill(pid, SIGSTOP) != 0) { /* not allowed to signal the server's processes */
        PQfinish(pg);
        skip();
    }
    bool to;
    double t0 = mono();
    assert_true(PQsendQuery(pg, "SELECT 1"));
    PGresult *r = db_wait_result(pg, 0.5, &to);
    double el = mono() - t0;
    kill(pid, SIGCONT);
    assert_null(r);
    assert_true(to);
    assert_true(el < 2.0);
    PQfinish(pg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fast_and_error),
        cmocka_unit_test(test_slow_statement_is_bounded),
        cmocka_unit_test(test_stopped_backend_is_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
