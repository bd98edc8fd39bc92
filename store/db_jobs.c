/* db_jobs.c — asynchronous jobs: queue, status, runner threads; see db_jobs.h. */
#include "db_jobs.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_notify.h"
#include "db_util.h"
#include "gl_alloc.h"

int db_job_enqueue(db_conn *c, const char *kind, const char *content_type, const char *body,
                   size_t len, const json_t *params, char id[40], gl_error *err)
{
    char *hex = db_bytea_hex(body ? body : "", body ? len : 0);
    char *ps = params ? json_dumps(params, JSON_COMPACT) : NULL;
    const char *p[4] = {kind, content_type, hex, ps ? ps : "{}"};
    PGresult *r = db_exec(c, "job_enqueue",
                          "WITH j AS (INSERT INTO jobs (kind, content_type, body, params) "
                          "           VALUES ($1, $2, $3::bytea, $4::jsonb) RETURNING id) "
                          "SELECT j.id, pg_notify('gleaner_jobs', j.id) FROM j",
                          4, p, err);
    free(hex);
    free(ps);
    if (!r)
        return -1;
    snprintf(id, 40, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    return 0;
}

int db_job_get(db_conn *c, const char *id, json_t **out, gl_error *err)
{
    *out = NULL;
    const char *p[1] = {id};
    PGresult *r =
        db_exec(c, "job_get",
                "SELECT j.id, j.status, j.attempts, j.last_error, j.result, j.created_at, "
                "       j.updated_at, j.run_after, j.kind, "
                "       j.status = 'queued' AND NOT EXISTS (SELECT 1 FROM jobs k "
                "           WHERE k.id = j.id FOR KEY SHARE SKIP LOCKED) "
                "  FROM jobs j WHERE j.id = $1",
                1, p, err);
    if (!r)
        return -1;
    if (PQntuples(r) == 1) {
        json_t *job = json_object();
        bool running = !strcmp(PQgetvalue(r, 0, 9), "t");
        json_object_set_new(job, "id", json_string(PQgetvalue(r, 0, 0)));
        json_object_set_new(job, "status", json_string(running ? "running" : PQgetvalue(r, 0, 1)));
        json_t *res = db_json_col(r, 0, 4, NULL);
        json_t *arts = json_object_get(res, "articles");
        json_object_set(job, "articles", arts ? arts : json_null());
        json_decref(res);
        json_object_set_new(job, "error", PQgetisnull(r, 0, 3) ? json_null()
                                                               : json_string(PQgetvalue(r, 0, 3)));
        json_object_set_new(job, "attempts", json_integer(atoi(PQgetvalue(r, 0, 2))));
        json_object_set_new(job, "kind", json_string(PQgetvalue(r, 0, 8)));
        json_object_set_new(job, "created_at", json_string(PQgetvalue(r, 0, 5)));
        json_object_set_new(job, "updated_at", json_string(PQgetvalue(r, 0, 6)));
        if (!strcmp(PQgetvalue(r, 0, 1), "queued"))
            json_object_set_new(job, "next_attempt_at", json_string(PQgetvalue(r, 0, 7)));
        *out = json_pack("{so}", "job", job);
    }
    PQclear(r);
    return 0;
}

/* Decode the bytea text form "\x<hex>" in place; returns the byte length. */
static size_t unhex_inplace(char *s)
{
    if (s[0] != '\\' || s[1] != 'x')
        return strlen(s);
    size_t o = 0;
    for (size_t i = 2; s[i] && s[i + 1]; i += 2) {
        int hi = s[i] <= '9' ? s[i] - '0' : (s[i] | 32) - 'a' + 10;
        int lo = s[i + 1] <= '9' ? s[i + 1] - '0' : (s[i + 1] | 32) - 'a' + 10;
        s[o++] = (char)(hi << 4 | lo);
    }
    s[o] = '\0';
    return o;
}

static void record_failure(db_conn *c, const char *id, const gl_error *jerr)
{
    gl_error err;
    char perm[2] = {jerr->status >= 400 && jerr->status < 500 ? 't' : 'f', 0};
    const char *p[3] = {id, jerr->message, perm};
    PGresult *r =
        db_exec(c, "job_fail",
                "UPDATE jobs SET attempts = attempts + 1, last_error = $2, "
                "  status = CASE WHEN $3::boolean OR attempts + 1 >= max_attempts "
                "                THEN 'failed' ELSE 'queued' END, "
                "  run_after = now() + least(300, power(2, attempts + 1)) * interval '1 second', "
                "  updated_at = now(), "
                "  finished_at = CASE WHEN $3::boolean OR attempts + 1 >= max_attempts "
                "                     THEN now() END "
                "WHERE id = $1",
                3, p, &err);
    if (!r)
        fprintf(stderr, "gleaner jobs: cannot record failure of job %s: %s\n", id, err.message);
    PQclear(r);
}

int db_jobs_run_one(db_conn *c, db_job_fn fn, void *ud, gl_error *err)
{
    if (db_begin(c, err) < 0)
        return -1;
    PGresult *r = db_exec(c, "job_claim",
                          "SELECT id, kind, content_type, body, params, attempts FROM jobs "
                          " WHERE status = 'queued' AND run_after <= now() "
                          " ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED",
                          0, NULL, err);
    if (!r) {
        db_rollback(c);
        return -1;
    }
    if (PQntuples(r) == 0) {
        PQclear(r);
        db_rollback(c);
        return 0;
    }
    char *id = gl_strdup(PQgetvalue(r, 0, 0));
    char *kind = gl_strdup(PQgetvalue(r, 0, 1));
    char *ctype = PQgetisnull(r, 0, 2) ? NULL : gl_strdup(PQgetvalue(r, 0, 2));
    char *body = gl_strdup(PQgetvalue(r, 0, 3));
    size_t len = unhex_inplace(body);
    json_t *params = db_json_col(r, 0, 4, NULL);
    db_job_input in = {.id = id, .kind = kind, .content_type = ctype, .body = body, .len = len,
                       .params = params, .attempts = atoi(PQgetvalue(r, 0, 5))};
    PQclear(r);

    json_t *result = NULL;
    gl_error jerr;
    gl_error_clear(&jerr);
    int rc = 1;
    if (fn(c, &in, ud, &result, &jerr) == 0) {
        char *rs = json_dumps(result, JSON_COMPACT);
        const char *p[2] = {id, rs};
        PGresult *u =
            db_exec(c, "job_done",
                    "UPDATE jobs SET status = 'done', attempts = attempts + 1, result = $2::jsonb, "
                    "  last_error = NULL, updated_at = now(), finished_at = now() WHERE id = $1",
                    2, p, &jerr);
        free(rs);
        if (u && db_commit(c, &jerr) == 0) {
            PQclear(u);
            goto out;
        }
        PQclear(u);
    }
    db_rollback(c);
    if (jerr.status == 503 || !strncmp(db_last_sqlstate(c), "08", 2)) {
        /* the database went away: nothing to record, the job stays queued */
        *err = jerr;
        rc = -1;
        goto out;
    }
    record_failure(c, id, &jerr);
out:
    json_decref(result);
    json_decref(params);
    free(id);
    free(kind);
    free(ctype);
    free(body);
    return rc;
}

struct db_jobs {
    pthread_t *threads;
    int n;
    char *url;
    db_job_fn fn;
    void *ud;
    atomic_bool stop;
};

static void *runner_main(void *arg)
{
    db_jobs *j = arg;
    db_conn *c = db_conn_new(j->url, 60000, NULL);
    unsigned long gen = 0;
    while (!atomic_load(&j->stop)) {
        gl_error err;
        int rc = db_jobs_run_one(c, j->fn, j->ud, &err);
        if (rc == 1)
            continue;
        double wait = rc < 0 ? 1.0 : 2.0;
        db_notify *hub = db_notify_current();
        if (hub && rc == 0) {
            db_notify_wait_jobs(hub, &gen, wait);
        } else {
            for (int i = 0; i < 10 && !atomic_load(&j->stop); i++) {
                struct timespec ts = {0, (long)(wait * 1e8)};
                nanosleep(&ts, NULL);
            }
        }
    }
    db_conn_free(c);
    return NULL;
}

db_jobs *db_jobs_start(const char *url, int threads, db_job_fn fn, void *ud)
{
    db_jobs *j = gl_calloc(1, sizeof *j);
    j->n = threads < 1 ? 1 : threads;
    j->url = gl_strdup(url ? url : "");
    j->fn = fn;
    j->ud = ud;
    atomic_init(&j->stop, false);
    j->threads = gl_calloc((size_t)j->n, sizeof *j->threads);
    for (int i = 0; i < j->n; i++)
        if (pthread_create(&j->threads[i], NULL, runner_main, j) != 0) {
            fprintf(stderr, "db_jobs: cannot start thread\n");
            abort();
        }
    return j;
}

void db_jobs_stop(db_jobs *j)
{
    if (!j)
        return;
    atomic_store(&j->stop, true);
    for (int i = 0; i < j->n; i++)
        pthread_join(j->threads[i], NULL);
    free(j->threads);
    free(j->url);
    free(j);
}
