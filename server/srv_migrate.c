/* srv_migrate.c — see srv_migrate.h. */
#include "srv_migrate.h"

#include <ctype.h>
#include <stdbool.h>
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "srv_log.h"

static bool is_migration_name(const char *n)
{
    size_t digits = 0;
    while (isdigit((unsigned char)n[digits]))
        digits++;
    size_t len = strlen(n);
    return digits >= 4 && n[digits] == '_' && len > digits + 5 &&
           !strcmp(n + len - 4, ".sql");
}

static int cmp_names(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    long vx = strtol(x, NULL, 10), vy = strtol(y, NULL, 10);
    if (vx != vy)
        return vx < vy ? -1 : 1;
    return strcmp(x, y);
}

/* Read a whole file (NUL-terminated, caller frees) or NULL with err. */
static char *read_file(const char *path, gl_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        gl_error_set(err, 500, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 8192, n = 0, k;
    char *s = gl_malloc(cap);
    while ((k = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 == cap)
            s = gl_realloc(s, cap *= 2);
    }
    fclose(f);
    s[n] = '\0';
    return s;
}

static void checksum(const char *s, char out[17])
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

int srv_migrate(db_conn *c, const char *dir, int *applied, gl_error *err)
{
    int rc = -1, napplied = 0, nfiles = 0, cap = 16;
    char **files = gl_malloc((size_t)cap * sizeof *files);
    bool locked = false;
    PGresult *r = NULL;
    char *sql = NULL;

    DIR *d = opendir(dir);
    if (!d) {
        gl_error_set(err, 500, "cannot open schema folder %s: %s", dir, strerror(errno));
        goto out;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!is_migration_name(e->d_name))
            continue;
        if (nfiles == cap)
            files = gl_realloc(files, (size_t)(cap *= 2) * sizeof *files);
        files[nfiles++] = gl_strdup(e->d_name);
    }
    closedir(d);
    qsort(files, (size_t)nfiles, sizeof *files, cmp_names);

    char lock_sql[96];
    snprintf(lock_sql, sizeof lock_sql, "SELECT pg_advisory_lock(%ld)", SRV_MIGRATE_LOCK_KEY);
    if (!(r = db_exec_simple(c, lock_sql, err)))
        goto out;
    PQclear(r);
    r = NULL;
    locked = true;
    if (!(r = db_exec_simple(c,
                             "CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version text PRIMARY KEY,"
                             " name text NOT NULL,"
                             " checksum text NOT NULL,"
                             " applied_at timestamptz NOT NULL DEFAULT now())",
                             err)))
        goto out;
    PQclear(r);
    r = NULL;

    for (int i = 0; i < nfiles; i++) {
        char version[32];
        size_t vl = strspn(files[i], "0123456789");
        snprintf(version, sizeof version, "%.*s", (int)(vl < 31 ? vl : 31), files[i]);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        free(sql);
        if (!(sql = read_file(path, err)))
            goto out;
        char sum[17];
        checksum(sql, sum);
        const char *p1[1] = {version};
        if (!(r = db_exec(c, "migrate_get",
                          "SELECT checksum FROM schema_migrations WHERE version = $1", 1, p1, err)))
            goto out;
        if (PQntuples(r) > 0) {
            if (strcmp(PQgetvalue(r, 0, 0), sum))
                srv_warn("migration %s changed after it was applied (not re-run)", files[i]);
            PQclear(r);
            r = NULL;
            continue;
        }
        PQclear(r);
        r = NULL;
        if (db_begin(c, err) < 0)
            goto out;
        if (!(r = db_exec_simple(c, sql, err))) {
            char msg[sizeof err->message];
            memcpy(msg, err->message, sizeof msg);
            gl_error_set(err, err->status == 503 ? 503 : 500, "migration %s failed: %s", files[i],
                         msg);
            db_rollback(c);
            goto out;
        }
        PQclear(r);
        const char *p3[3] = {version, files[i], sum};
        if (!(r = db_exec(
                  c, "migrate_put",
                  "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", 3,
                  p3, err))) {
            db_rollback(c);
            goto out;
        }
        PQclear(r);
        r = NULL;
        if (db_commit(c, err) < 0)
            goto out;
        srv_info("applied migration %s", files[i]);
        napplied++;
    }
    rc = 0;
out:
    PQclear(r);
    if (locked && db_conn_ok(c)) {
        gl_error ignore;
        char unlock_sql[96];
        snprintf(unlock_sql, sizeof unlock_sql, "SELECT pg_advisory_unlock(%ld)",
                 SRV_MIGRATE_LOCK_KEY);
        PGresult *u = db_exec_simple(c, unlock_sql, &ignore);
        PQclear(u);
    }
    for (int i = 0; i < nfiles; i++)
        free(files[i]);
    free(files);
    free(sql);
    if (applied)
        *applied = napplied;
    return rc;
}
