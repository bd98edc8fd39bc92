/* test_db_faults.c — libpq fault injection into every store operation (issue 9, point 4).
 *
 * Each operation (ingest, revise, delete, article/company/event reads, change feed, job
 * enqueue, job claim + process + finish) is run with the N-th libpq call of its connection
 * failing, for N = 1, 2, 3 ... until the operation completes without reaching the fault, and
 * for both fault kinds of server/db_fault.h (a libpq error; the server closing the
 * connection). For every N it asserts: the call returns an error (gl_error filled, status 503
 * or 500) — or succeeds because the fault was absorbed by db_conn's documented one-shot
 * reconnect — no crash; nothing half-written (every stored article has all its entity and
 * event rows, the operation's article is either wholly old or wholly new); company records
 * equal a full rebuild (gl_rebuild, rolled back); and the same operation then succeeds without
 * the fault (recovery on the same connection). Run under ASan/LSan for leaks.
 *
 * Needs GLEANER_TEST_DATABASE_URL (scripts/test or tests/store/with_pg.sh); exit 77 without. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db_articles.h"
#include "db_changes.h"
#include "db_companies.h"
#include "db_fault.h"
#include "db_jobs.h"
#include "srv_migrate.h"

#define MAX_N 60 /* no store operation makes more libpq calls than this */

static db_conn *victim; /* the connection faults are injected into */
static db_conn *chk;    /* a clean connection for setup and checks  */
static int serial;      /* makes every article text unique           */

/* ---- checks through the clean connection ---- */

static char *scalar(const char *sql, int np, const char *const *p)
{
    gl_error err;
    char name[24]; /* statement names are cut at 63 bytes by the server: use a hash */
    unsigned long h = 5381;
    for (const char *q = sql; *q; q++)
        h = h * 33 + (unsigned char)*q;
    snprintf(name, sizeof name, "f%lx", h);
    PGresult *r = np ? db_exec(chk, name, sql, np, p, &err) : db_exec_simple(chk, sql, &err);
    if (!r)
        fail_msg("%s: %s", sql, err.message);
    char *v = PQntuples(r) && !PQgetisnull(r, 0, 0) ? strdup(PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    return v;
}

static long scalar_long(const char *sql, int np, const char *const *p)
{
    char *v = scalar(sql, np, p);
    long n = v ? atol(v) : -1;
    free(v);
    return n;
}

/* Nothing half-written anywhere: every article has exactly the entity and event rows of its
 * stored document, and every revision row belongs to a stored article version. */
static void assert_no_half_written(void)
{
    long bad = scalar_long(
        "SELECT count(*) FROM articles a WHERE "
        " (SELECT count(*) FROM article_entities e WHERE e.article_id = a.id) "
        "   <> jsonb_array_length(COALESCE(a.doc::jsonb->'entities', '[]')) OR "
        " (SELECT count(*) FROM article_events v WHERE v.article_id = a.id) "
        "   <> jsonb_array_length(COALESCE(a.doc::jsonb->'events', '[]'))",
        0, NULL);
    assert_int_equal(bad, 0);
}

static const char *SNAPSHOT_SQL =
    "SELECT COALESCE(jsonb_agg(gl_company_json(id, 1000000) - 'version' - 'updated_at' "
    "                          ORDER BY id), '[]')::text "
    "  FROM companies WHERE article_count > 0";

/* Company records equal a full rebuild (done in a transaction that is rolled back). */
static void assert_records_equal_rebuild(void)
{
    gl_error err;
    char *inc = scalar(SNAPSHOT_SQL, 0, NULL);
    assert_int_equal(db_begin(chk, &err), 0);
    PGresult *r = db_exec_simple(chk, "SELECT gl_rebuild()", &err);
    assert_non_null(r);
    PQclear(r);
    char *reb = scalar(SNAPSHOT_SQL, 0, NULL);
    db_rollback(chk);
    assert_non_null(inc);
    assert_non_null(reb);
    assert_string_equal(inc, reb);
    free(inc);
    free(reb);
}

static void assert_consistent(void)
{
    assert_no_half_written();
    assert_records_equal_rebuild();
}

/* ---- articles ---- */

/* {"articles": [ARTICLE]} with two companies (one listed), a person holding a title and two
 * events; keyed by source/external_id when ext is not NULL. New reference. */
static json_t *article(const char *ext, const char *tag)
{
    char text[160];
    snprintf(text, sizeof text, "故障注入第%d篇(%s): 卓朗科技与摩尔线程签约", ++serial, tag);
    json_t *a = json_pack(
        "{ss ss ss ss ss? ss? s[] s[]}", "text", text, "title", text, "language", "zh",
        "published_at", "2024-09-24", "source", ext ? "证券时报" : NULL, "external_id", ext,
        "quantities", "positions");
    char listed[48], unlisted[48];
    json_error_t je = {0};
    db_company_id("卓朗科技", "600225", "SSE", listed);
    db_company_id("摩尔线程", NULL, NULL, unlisted);
    json_object_set_new(a, "entities", json_pack_ex(&je, 0, 
        "[{ss ss ss s[s] s{ss ss} ss s[{si si ss}] sf}"
        " {ss ss ss s[] so ss s[{si si ss}] sf}"
        " {ss ss ss s[{si si ss}]}]",
        "id", "e1", "type", "company", "name", "卓朗科技", "aliases", "天津卓朗信息科技股份有限公司",
        "ticker", "code", "600225", "exchange", "SSE", "company_id", listed,
        "mentions", "start", 0, "end", 4, "text", "卓朗科技", "salience", 0.8,
        "id", "e2", "type", "company", "name", "摩尔线程", "aliases", "ticker", json_null(),
        "company_id", unlisted, "mentions", "start", 5, "end", 9, "text", "摩尔线程",
        "salience", 0.5,
        "id", "e3", "type", "person", "name", "张建中", "mentions", "start", 10, "end", 13,
        "text", "张建中"));
    json_array_append_new(json_object_get(a, "positions"),
                          json_pack("{ss si si ss ss}", "title", "董事长", "start", 13, "end", 16,
                                    "person", "e3", "organization", "e1"));
    json_object_set_new(a, "events", json_pack_ex(&je, 0, 
        "[{ss sf s[{ss ss si} {ss ss si} {ss sf ss}]}"
        " {ss s[{ss ss} {ss ss} {ss sf ss} {ss ss}]}]",
        "type", "acquisition", "confidence", 0.9, "arguments",
        "role", "acquirer", "entity", "e1", "start", 0, "role", "target", "entity", "e2", "start", 5,
        "role", "amount", "value", 1.2e8, "currency", "CNY",
        "type", "financial_result", "arguments", "role", "company", "entity", "e1",
        "role", "metric", "value", "revenue", "role", "value", "value", 3.5e8, "currency", "CNY",
        "role", "period", "value", "2024H1"));
    if (!json_is_array(json_object_get(a, "entities")) || !json_is_array(json_object_get(a, "events")))
        fail_msg("bad json_pack format in article(): %s", je.text);
    return json_pack("{s[o]}", "articles", a);
}

static const char *doc_text(const json_t *doc)
{
    return json_string_value(json_object_get(json_array_get(json_object_get(doc, "articles"), 0), "text"));
}

static char *first_id(const json_t *stored)
{
    return strdup(json_string_value(
        json_object_get(json_array_get(json_object_get(stored, "articles"), 0), "id")));
}

/* Store through the clean connection; returns the new article's id (caller frees). */
static char *store_clean(const json_t *doc)
{
    gl_error err;
    bool dup;
    json_t *r = db_articles_ingest(chk, doc, "application/json", "{}", 2, &dup, &err);
    if (!r)
        fail_msg("setup ingest: %s", err.message);
    char *id = first_id(r);
    json_decref(r);
    return id;
}

static long rows_with_text(const char *text)
{
    const char *p[1] = {text};
    return scalar_long("SELECT count(*) FROM articles WHERE doc::jsonb->>'text' = $1", 1, p);
}

/* ---- the driver ---- */

typedef struct fault_stats {
    int errors, absorbed, clean_at;
} fault_stats;

/* One operation under test: prepare(state) runs unfaulted, run() on the victim connection,
 * after(state, ok) checks the outcome, recover(state) completes the operation unfaulted. */
typedef struct fault_op {
    const char *name;
    void (*prepare)(void *st);
    int (*run)(void *st, gl_error *err);
    void (*after)(void *st, bool ok);
    void (*recover)(void *st);
    void (*cleanup)(void *st);
    bool reads_only; /* nothing to check for consistency */
} fault_op;

/* cold: every attempt starts on a dropped connection (connect, session setup and prepare are
 * then fault points too); warm: on the connection and prepared statements left by the last. */
static void drive(const fault_op *op, void *st, int kind, bool cold)
{
    fault_stats s = {0};
    for (int n = 1; n <= MAX_N; n++) {
        if (op->prepare)
            op->prepare(st);
        gl_error err = {0};
        if (cold)
            db_conn_reset(victim);
        db_conn_fail_after(victim, n, kind);
        int rc = op->run(st, &err);
        bool fired = db_conn_fault_fired(victim);
        db_conn_fail_after(victim, 0, 0);
        if (!fired) {
            if (rc < 0)
                fail_msg("%s: fails without a fault at N=%d: %s", op->name, n, err.message);
            if (op->after)
                op->after(st, true);
            s.clean_at = n;
            if (!op->reads_only)
                assert_consistent(); /* after all the recoveries */
            if (op->cleanup)
                op->cleanup(st);
            break;
        }
        if (rc < 0) {
            s.errors++;
            if (err.status != 503 && err.status != 500)
                fail_msg("%s: N=%d kind=%d: status %d (%s)", op->name, n, kind, err.status,
                         err.message);
            assert_true(err.message[0] != '\0');
        } else {
            s.absorbed++;
        }
        if (op->after)
            op->after(st, rc == 0);
        if (!op->reads_only)
            assert_consistent();
        if (op->recover)
            op->recover(st);
        if (op->cleanup)
            op->cleanup(st);
    }
    printf("  %-14s %-6s %-4s: %2d fault points, %2d errors returned, %2d succeeded anyway, "
           "clean at N=%d\n", op->name, kind == DB_FAULT_CLOSED ? "closed" : "error",
           cold ? "cold" : "warm",
           s.clean_at - 1, s.errors, s.absorbed, s.clean_at);
    assert_true(s.clean_at > 1);  /* the fault was reached at least once ...            */
    /* a libpq error surfaces as an error; a closed connection outside a transaction may be
     * absorbed by db_conn's one-shot reconnect (db_conn.h) */
    if (kind == DB_FAULT_ERROR)
        assert_true(s.errors > 0);
}

/* ingest of a new article */
typedef struct ingest_st {
    json_t *doc;
    json_t *out;
} ingest_st;

static void ingest_prepare(void *p)
{
    ingest_st *s = p;
    s->doc = article(NULL, "new");
}
static int ingest_run(void *p, gl_error *err)
{
    ingest_st *s = p;
    bool dup;
    s->out = db_articles_ingest(victim, s->doc, "application/json", "{}", 2, &dup, err);
    return s->out ? 0 : -1;
}
static void ingest_after(void *p, bool ok)
{
    ingest_st *s = p;
    long n = rows_with_text(doc_text(s->doc));
    if (ok)
        assert_int_equal(n, 1);
    else
        assert_true(n == 0 || n == 1);
}
static void ingest_recover(void *p)
{
    ingest_st *s = p;
    char *id = store_clean(s->doc);
    free(id);
    assert_int_equal(rows_with_text(doc_text(s->doc)), 1);
}
static void ingest_cleanup(void *p)
{
    ingest_st *s = p;
    json_decref(s->doc);
    json_decref(s->out);
    s->doc = s->out = NULL;
}

/* revision of a keyed article: wholly old or wholly new */
typedef struct revise_st {
    json_t *v1, *v2, *out;
    char ext[32];
    char *id;
} revise_st;

static void revise_prepare(void *p)
{
    revise_st *s = p;
    snprintf(s->ext, sizeof s->ext, "fault-rev-%d", serial);
    s->v1 = article(s->ext, "v1");
    s->v2 = article(s->ext, "v2");
    s->id = store_clean(s->v1);
}
static int revise_run(void *p, gl_error *err)
{
    revise_st *s = p;
    bool dup;
    s->out = db_articles_ingest(victim, s->v2, "application/json", "{}", 2, &dup, err);
    return s->out ? 0 : -1;
}
static void revise_check(revise_st *s, bool must_be_new)
{
    const char *p[1] = {s->id};
    char *text = scalar("SELECT doc::jsonb->>'text' FROM articles WHERE id = $1", 1, p);
    long rev = scalar_long("SELECT revision FROM articles WHERE id = $1", 1, p);
    long hist = scalar_long("SELECT count(*) FROM article_revisions WHERE article_id = $1", 1, p);
    assert_non_null(text);
    if (!strcmp(text, doc_text(s->v2))) {
        assert_int_equal(rev, 2);
    } else {
        assert_false(must_be_new);
        assert_string_equal(text, doc_text(s->v1));
        assert_int_equal(rev, 1);
    }
    assert_true(hist >= 0 && hist <= rev);
    free(text);
}
static void revise_after(void *p, bool ok)
{
    revise_check(p, ok);
}
static void revise_recover(void *p)
{
    revise_st *s = p;
    gl_error err;
    bool dup;
    json_t *r = db_articles_ingest(victim, s->v2, "application/json", "{}", 2, &dup, &err);
    if (!r)
        fail_msg("revise recovery: %s", err.message);
    json_decref(r);
    revise_check(s, true);
}
static void revise_cleanup(void *p)
{
    revise_st *s = p;
    json_decref(s->v1);
    json_decref(s->v2);
    json_decref(s->out);
    free(s->id);
    s->v1 = s->v2 = s->out = NULL;
    s->id = NULL;
}

/* delete: the article is either wholly there or wholly gone */
typedef struct delete_st {
    json_t *doc;
    char *id;
    bool found;
} delete_st;

static void delete_prepare(void *p)
{
    delete_st *s = p;
    s->doc = article(NULL, "del");
    s->id = store_clean(s->doc);
}
static int delete_run(void *p, gl_error *err)
{
    delete_st *s = p;
    return db_article_delete(victim, s->id, &s->found, err);
}
static void delete_after(void *p, bool ok)
{
    delete_st *s = p;
    const char *q[1] = {s->id};
    long n = scalar_long("SELECT count(*) FROM articles WHERE id = $1", 1, q);
    long ents = scalar_long("SELECT count(*) FROM article_entities WHERE article_id = $1", 1, q);
    if (ok) {
        assert_true(s->found);
        assert_int_equal(n, 0);
    }
    assert_int_equal(ents, n ? 3 : 0);
}
static void delete_recover(void *p)
{
    delete_st *s = p;
    gl_error err;
    bool found;
    assert_int_equal(db_article_delete(victim, s->id, &found, &err), 0);
    const char *q[1] = {s->id};
    assert_int_equal(scalar_long("SELECT count(*) FROM articles WHERE id = $1", 1, q), 0);
}
static void delete_cleanup(void *p)
{
    delete_st *s = p;
    json_decref(s->doc);
    free(s->id);
    s->doc = NULL;
    s->id = NULL;
}

/* reads: an error, or exactly the unfaulted answer */
typedef struct read_st {
    int which;
    char *expected;
    json_t *out;
} read_st;

static int read_once(db_conn *c, int which, json_t **out, gl_error *err)
{
    *out = NULL;
    switch (which) {
    case 0: {
        long long v;
        char merged[48];
        return db_company_get(c, "sse-600225", out, &v, merged, err);
    }
    case 1: {
        db_company_query q = {.q = "卓朗", .sort = "mentions", .limit = 5};
        return db_company_list(c, &q, out, err);
    }
    case 2:
        return db_company_events(c, "sse-600225", NULL, 5, out, err);
    case 3: {
        db_article_query q = {.company = "sse-600225", .limit = 5};
        return db_article_list(c, &q, out, err);
    }
    case 4: {
        int count;
        return db_changes_list(c, 1, 20, out, &count, err);
    }
    default:
        return -1;
    }
}

static const char *READ_NAMES[] = {"company_get", "company_list", "company_events",
                                   "article_list", "changes_list"};

static int read_run(void *p, gl_error *err)
{
    read_st *s = p;
    return read_once(victim, s->which, &s->out, err);
}
static void read_after(void *p, bool ok)
{
    read_st *s = p;
    if (ok) {
        assert_non_null(s->out);
        char *got = json_dumps(s->out, JSON_SORT_KEYS | JSON_COMPACT);
        assert_string_equal(got, s->expected);
        free(got);
    }
    json_decref(s->out);
    s->out = NULL;
}

/* job enqueue, and job claim + process + finish in one transaction */
static int job_ingest(db_conn *c, const db_job_input *job, void *ud, json_t **result, gl_error *err)
{
    (void)ud;
    json_t *doc = json_loadb(job->body, job->len, 0, NULL);
    if (!doc)
        return gl_error_set(err, 400, "bad job body");
    bool dup;
    json_t *stored = db_articles_ingest(c, doc, job->content_type, job->body, job->len, &dup, err);
    json_decref(doc);
    if (!stored)
        return -1;
    json_t *ids = json_array();
    json_array_append(ids, json_object_get(json_array_get(json_object_get(stored, "articles"), 0), "id"));
    json_decref(stored);
    *result = json_pack("{so}", "articles", ids);
    return 0;
}

typedef struct job_st {
    json_t *doc;
    char *body;
    char id[40];
} job_st;

static void job_make(job_st *s)
{
    s->doc = article(NULL, "job");
    s->body = json_dumps(s->doc, JSON_COMPACT);
}
static void job_free(void *p)
{
    job_st *s = p;
    json_decref(s->doc);
    free(s->body);
    s->doc = NULL;
    s->body = NULL;
}
static char *job_status(const char *id)
{
    const char *q[1] = {id};
    return scalar("SELECT status FROM jobs WHERE id = $1", 1, q);
}

static void enqueue_prepare(void *p)
{
    job_make(p);
}
static int enqueue_run(void *p, gl_error *err)
{
    job_st *s = p;
    s->id[0] = '\0';
    return db_job_enqueue(victim, "ingest", "application/json", s->body, strlen(s->body), NULL,
                          s->id, err);
}
static void enqueue_after(void *p, bool ok)
{
    job_st *s = p;
    if (ok) {
        char *st = job_status(s->id);
        assert_non_null(st);
        assert_string_equal(st, "queued");
        free(st);
    }
    /* drop what was queued so the job test starts from an empty queue */
    free(scalar("DELETE FROM jobs WHERE status = 'queued' RETURNING id", 0, NULL));
}

static void run_prepare(void *p)
{
    job_st *s = p;
    job_make(s);
    gl_error err;
    if (db_job_enqueue(chk, "ingest", "application/json", s->body, strlen(s->body), NULL, s->id, &err) < 0)
        fail_msg("enqueue: %s", err.message);
}
static int run_run(void *p, gl_error *err)
{
    (void)p;
    int rc = db_jobs_run_one(victim, job_ingest, NULL, err);
    return rc < 0 ? -1 : 0;
}
/* done <=> its article is stored; otherwise queued (to be retried) or failed, and no article */
static void run_after(void *p, bool ok)
{
    job_st *s = p;
    /* a backend whose client vanished may still hold the row lock for a moment */
    char *st = NULL;
    for (int i = 0; i < 50; i++) {
        free(st);
        st = job_status(s->id);
        if (st && strcmp(st, "running"))
            break;
        usleep(20000);
    }
    assert_non_null(st);
    long n = rows_with_text(doc_text(s->doc));
    if (!strcmp(st, "done"))
        assert_int_equal(n, 1);
    else {
        assert_false(ok && !strcmp(st, "queued") && n == 1);
        assert_true(!strcmp(st, "queued") || !strcmp(st, "failed"));
        assert_int_equal(n, 0);
    }
    free(st);
}
static void run_recover(void *p)
{
    job_st *s = p;
    free(scalar("UPDATE jobs SET run_after = now() - interval '1 s' WHERE status = 'queued' RETURNING id", 0, NULL));
    gl_error err;
    int rc = 0;
    for (int i = 0; i < 100; i++) { /* wait out a dying backend's SKIP LOCKED row lock */
        char *st = job_status(s->id);
        bool pending = st && !strcmp(st, "queued");
        free(st);
        if (!pending)
            break;
        rc = db_jobs_run_one(victim, job_ingest, NULL, &err);
        if (rc < 0)
            fail_msg("job recovery: %s", err.message);
        if (rc == 0)
            usleep(20000);
    }
    char *st = job_status(s->id);
    assert_non_null(st);
    assert_string_equal(st, "done");
    free(st);
    assert_int_equal(rows_with_text(doc_text(s->doc)), 1);
}

/* ---- cmocka tests ---- */

static void both_kinds(const fault_op *op, void *st)
{
    drive(op, st, DB_FAULT_ERROR, true);
    drive(op, st, DB_FAULT_ERROR, false);
    drive(op, st, DB_FAULT_CLOSED, true);
    drive(op, st, DB_FAULT_CLOSED, false);
}

static void test_ingest(void **state)
{
    (void)state;
    ingest_st s = {0};
    fault_op op = {"ingest", ingest_prepare, ingest_run, ingest_after, ingest_recover, ingest_cleanup, false};
    both_kinds(&op, &s);
}

static void test_revise(void **state)
{
    (void)state;
    revise_st s = {0};
    fault_op op = {"revise", revise_prepare, revise_run, revise_after, revise_recover, revise_cleanup, false};
    both_kinds(&op, &s);
}

static void test_delete(void **state)
{
    (void)state;
    delete_st s = {0};
    fault_op op = {"delete", delete_prepare, delete_run, delete_after, delete_recover, delete_cleanup, false};
    both_kinds(&op, &s);
}

static void test_reads(void **state)
{
    (void)state;
    for (int w = 0; w < 5; w++) {
        read_st s = {.which = w};
        gl_error err;
        json_t *ref;
        assert_int_equal(read_once(chk, w, &ref, &err), 0);
        assert_non_null(ref);
        s.expected = json_dumps(ref, JSON_SORT_KEYS | JSON_COMPACT);
        json_decref(ref);
        fault_op op = {READ_NAMES[w], NULL, read_run, read_after, NULL, NULL, true};
        both_kinds(&op, &s);
        free(s.expected);
    }
}

static void test_job_enqueue(void **state)
{
    (void)state;
    job_st s = {0};
    fault_op op = {"job_enqueue", enqueue_prepare, enqueue_run, enqueue_after, NULL, job_free, false};
    both_kinds(&op, &s);
}

static void test_job_run(void **state)
{
    (void)state;
    job_st s = {0};
    fault_op op = {"job_run", run_prepare, run_run, run_after, run_recover, job_free, false};
    both_kinds(&op, &s);
}

/* ---- database per run ---- */

static char dbname[64];
static db_conn *admin;

static int setup(void **state)
{
    (void)state;
    gl_error err;
    char sql[160];
    snprintf(dbname, sizeof dbname, "gl_fault_test_%d", (int)getpid());
    admin = db_conn_new(getenv("GLEANER_TEST_DATABASE_URL"), 0, NULL);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    PGresult *r = db_exec_simple(admin, sql, &err);
    if (!r) {
        fprintf(stderr, "%s: %s\n", sql, err.message);
        return -1;
    }
    PQclear(r);
    PGconn *probe = PQconnectdb(getenv("GLEANER_TEST_DATABASE_URL"));
    char url[1024];
    snprintf(url, sizeof url, "host=%s port=%s user=%s dbname=%s", PQhost(probe), PQport(probe),
             PQuser(probe), dbname);
    PQfinish(probe);
    chk = db_conn_new(url, 30000, NULL);
    victim = db_conn_new(url, 30000, NULL);
    if (srv_migrate(chk, GLEANER_SCHEMA_DIR, NULL, &err) < 0) {
        fprintf(stderr, "migrate: %s\n", err.message);
        return -1;
    }
    /* something for the reads and the change feed to return */
    for (int i = 0; i < 3; i++) {
        json_t *d = article(NULL, "seed");
        free(store_clean(d));
        json_decref(d);
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    db_conn_free(victim);
    db_conn_free(chk);
    char sql[160];
    gl_error err;
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", dbname);
    PGresult *r = db_exec_simple(admin, sql, &err);
    PQclear(r);
    db_conn_free(admin);
    return 0;
}

int main(void)
{
    const char *url = getenv("GLEANER_TEST_DATABASE_URL");
    if (!url || !*url) {
        fprintf(stderr, "GLEANER_TEST_DATABASE_URL not set: skipping (see tests/store/with_pg.sh)\n");
        return 77;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ingest),      cmocka_unit_test(test_revise),
        cmocka_unit_test(test_delete),      cmocka_unit_test(test_reads),
        cmocka_unit_test(test_job_enqueue), cmocka_unit_test(test_job_run),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
