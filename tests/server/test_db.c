/* test_db.c — server/db_conn.c and server/srv_migrate.c against the real PostgreSQL of
 * scripts/test (GLEANER_TEST_PG_ADMIN_URL; skipped with exit 77 without it): lazy prepared
 * statements, reconnect after the server kills the session (statements re-prepared), no silent
 * retry inside a transaction, SQLSTATE -> HTTP status, and migrations (numeric order, one
 * transaction each, a failing file leaves nothing behind, never re-run). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "db_conn.h"
#include "srv_migrate.h"

static char db_url[512];
static char admin_url[512];

static PGresult *must(db_conn *c, const char *sql)
{
    gl_error err;
    gl_error_clear(&err);
    PGresult *r = db_exec_simple(c, sql, &err);
    if (!r)
        fail_msg("%s: %s", sql, err.message);
    return r;
}

static int setup_db(void **state)
{
    (void)state;
    char name[64];
    snprintf(name, sizeof name, "unit_db_%d", (int)getpid());
    db_conn *adm = db_conn_new(admin_url, 0, NULL);
    char sql[160];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", name);
    PQclear(must(adm, sql));
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", name);
    PQclear(must(adm, sql));
    db_conn_free(adm);
    /* same server, new database: replace the path of the admin URL */
    const char *q = strchr(admin_url, '?');
    snprintf(db_url, sizeof db_url, "postgresql:///%s%s", name, q ? q : "");
    return 0;
}

static void test_lazy_prepare_and_reconnect(void **state)
{
    (void)state;
    db_stats stats;
    memset(&stats, 0, sizeof stats);
    db_conn *c = db_conn_new(db_url, 5000, &stats);
    gl_error err;
    gl_error_clear(&err);
    const char *p[1] = {"41"};
    PGresult *r = db_exec(c, "plus_one", "SELECT $1::int + 1", 1, p, &err);
    assert_non_null(r);
    assert_string_equal(PQgetvalue(r, 0, 0), "42");
    PQclear(r);
    r = must(c, "SELECT count(*) FROM pg_prepared_statements WHERE name = 'plus_one'");
    assert_string_equal(PQgetvalue(r, 0, 0), "1"); /* prepared on this session */
    PQclear(r);

    /* The server kills our session (as a PostgreSQL restart would). */
    db_conn *killer = db_conn_new(admin_url, 0, NULL);
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT pg_terminate_backend(%d)", PQbackendPID(db_conn_pg(c)));
    PQclear(must(killer, sql));
    db_conn_free(killer);
    usleep(100000);

    /* Next call: reconnect, re-prepare, succeed — the caller sees nothing. */
    r = db_exec(c, "plus_one", "SELECT $1::int + 1", 1, p, &err);
    assert_non_null(r);
    assert_string_equal(PQgetvalue(r, 0, 0), "42");
    PQclear(r);
    assert_true(atomic_load(&stats.reconnects) >= 2);
    db_conn_free(c);
}

static void test_no_silent_retry_in_transaction(void **state)
{
    (void)state;
    db_conn *c = db_conn_new(db_url, 5000, NULL);
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(db_begin(c, &err), 0);
    db_conn *killer = db_conn_new(admin_url, 0, NULL);
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT pg_terminate_backend(%d)", PQbackendPID(db_conn_pg(c)));
    PQclear(must(killer, sql));
    db_conn_free(killer);
    usleep(100000);
    PGresult *r = db_exec(c, "one", "SELECT 1", 0, NULL, &err);
    assert_null(r);              /* the transaction is lost: the caller must know */
    assert_int_equal(err.status, 503);
    db_rollback(c);              /* safe in any state */
    assert_false(db_in_transaction(c));
    r = db_exec(c, "one", "SELECT 1", 0, NULL, &err);
    assert_non_null(r);          /* and the connection is usable again */
    PQclear(r);
    db_conn_free(c);
}

static void test_error_mapping(void **state)
{
    (void)state;
    db_conn *c = db_conn_new(db_url, 5000, NULL);
    gl_error err;
    gl_error_clear(&err);
    PQclear(must(c, "CREATE TABLE IF NOT EXISTS t_unique (k text PRIMARY KEY)"));
    const char *p[1] = {"a"};
    PGresult *r = db_exec(c, "ins", "INSERT INTO t_unique VALUES ($1)", 1, p, &err);
    assert_non_null(r);
    PQclear(r);
    r = db_exec(c, "ins", "INSERT INTO t_unique VALUES ($1)", 1, p, &err);
    assert_null(r);
    assert_int_equal(err.status, 409);
    assert_string_equal(db_last_sqlstate(c), "23505");
    const char *bad[1] = {"not a number"};
    r = db_exec(c, "int", "SELECT $1::int", 1, bad, &err);
    assert_null(r);
    assert_int_equal(err.status, 400);
    r = db_exec(c, "syntax", "SELEC nothing", 0, NULL, &err);
    assert_null(r);
    assert_int_equal(err.status, 500);
    db_conn_free(c);

    db_conn *none = db_conn_new("postgresql:///x?host=/nonexistent-dir", 1000, NULL);
    r = db_exec(none, "one", "SELECT 1", 0, NULL, &err);
    assert_null(r);
    assert_int_equal(err.status, 503);
    db_conn_free(none);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_migrations(void **state)
{
    (void)state;
    char dir[] = "/tmp/gleaner-migrate-XXXXXX";
    assert_non_null(mkdtemp(dir));
    write_file(dir, "0010_later.sql", "INSERT INTO m_order VALUES (10);");
    write_file(dir, "0002_first.sql", "CREATE TABLE m_order (n int); INSERT INTO m_order VALUES (2);");
    write_file(dir, "README.md", "not a migration");
    db_conn *c = db_conn_new(db_url, 5000, NULL);
    gl_error err;
    gl_error_clear(&err);
    int applied = -1;
    assert_int_equal(srv_migrate(c, dir, &applied, &err), 0);
    assert_int_equal(applied, 2);
    PGresult *r = must(c, "SELECT string_agg(n::text, ',' ORDER BY ctid) FROM m_order");
    assert_string_equal(PQgetvalue(r, 0, 0), "2,10"); /* numeric order, not readdir order */
    PQclear(r);

    /* again: nothing re-run */
    assert_int_equal(srv_migrate(c, dir, &applied, &err), 0);
    assert_int_equal(applied, 0);

    /* a failing migration: error names it, its transaction leaves nothing, nothing recorded */
    write_file(dir, "0011_broken.sql", "INSERT INTO m_order VALUES (11); SELECT no_such_column FROM m_order;");
    assert_int_equal(srv_migrate(c, dir, &applied, &err), -1);
    assert_non_null(strstr(err.message, "0011_broken.sql"));
    r = must(c, "SELECT count(*) FROM m_order WHERE n = 11");
    assert_string_equal(PQgetvalue(r, 0, 0), "0");
    PQclear(r);
    r = must(c, "SELECT count(*) FROM schema_migrations WHERE version = '0011'");
    assert_string_equal(PQgetvalue(r, 0, 0), "0");
    PQclear(r);

    /* fixed: applied on the next start */
    write_file(dir, "0011_broken.sql", "INSERT INTO m_order VALUES (11);");
    assert_int_equal(srv_migrate(c, dir, &applied, &err), 0);
    assert_int_equal(applied, 1);
    r = must(c, "SELECT count(*) FROM m_order");
    assert_string_equal(PQgetvalue(r, 0, 0), "3");
    PQclear(r);
    db_conn_free(c);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);

    gl_error_clear(&err);
    c = db_conn_new(db_url, 5000, NULL);
    assert_int_equal(srv_migrate(c, "/nonexistent-schema-dir", &applied, &err), -1);
    db_conn_free(c);
}

int main(void)
{
    const char *admin = getenv("GLEANER_TEST_PG_ADMIN_URL");
    if (!admin || !*admin) {
        fprintf(stderr, "GLEANER_TEST_PG_ADMIN_URL not set (run scripts/test): skipped\n");
        return 77;
    }
    snprintf(admin_url, sizeof admin_url, "%s", admin);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lazy_prepare_and_reconnect),
        cmocka_unit_test(test_no_silent_retry_in_transaction),
        cmocka_unit_test(test_error_mapping),
        cmocka_unit_test(test_migrations),
    };
    return cmocka_run_group_tests(tests, setup_db, NULL);
}
