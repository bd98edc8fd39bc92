/* test_store.c — tests of the storage layer (store/db_*.c, schema/0002+ ) against a real
 * PostgreSQL: idempotency, revisions, deletes, pagination, change log numbering, jobs (retry,
 * dead letter), company resolution across articles, and the rebuild-equals-incremental test
 * over random create / revise / delete / duplicate sequences.
 *
 * Needs GLEANER_TEST_DATABASE_URL: a conninfo of a server where the test may CREATE DATABASE
 * (tests/store/with_pg.sh starts a private one). Without it the test is skipped (exit 77).
 * GLEANER_STORE_OPS sets the number of random operations (default 1200). */
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db_articles.h"
#include "db_changes.h"
#include "db_companies.h"
#include "db_conn.h"
#include "db_jobs.h"
#include "srv_migrate.h"

static int failures;

#define CHECK(cond, ...)                                                                        \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            failures++;                                                                         \
            fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond);           \
            fprintf(stderr, __VA_ARGS__);                                                       \
            fputc('\n', stderr);                                                                \
        }                                                                                       \
    } while (0)

#define MUST(cond, ...)                                                                         \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            fprintf(stderr, "%s:%d: fatal: ", __FILE__, __LINE__);                             \
            fprintf(stderr, __VA_ARGS__);                                                       \
            fputc('\n', stderr);                                                                \
            exit(1);                                                                            \
        }                                                                                       \
    } while (0)

/* ---- a small deterministic PRNG ---- */
static _Thread_local unsigned long long rng = 88172645463325252ULL;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* ---- synthetic articles ---- */
typedef struct co_def {
    const char *name;      /* canonical short name                              */
    const char *full;      /* full legal name (an alias) or NULL                 */
    const char *code, *ex; /* ticker or NULL (unlisted)                          */
} co_def;

static const co_def POOL[] = {
    {"卓朗科技", "天津卓朗信息科技股份有限公司", "600225", "SSE"},
    {"稳健医疗", "稳健医疗用品股份有限公司", "300888", "SZSE"},
    {"东芯股份", "东芯半导体股份有限公司", "688110", "SSE"},
    {"华为", NULL, NULL, NULL},
    {"摩尔线程", "摩尔线程智能科技(北京)有限责任公司", NULL, NULL},
    {"壁仞科技", NULL, NULL, NULL},
    {"象帝先", NULL, NULL, NULL},
    {"砺算科技", NULL, NULL, NULL},
    {"英伟达", "NVIDIA Corporation", "NVDA", "NASDAQ"},
    {"中国平安", "中国平安保险(集团)股份有限公司", "601318", "SSE"},
    {"平安", NULL, NULL, NULL},          /* a short name shared by two listed companies */
    {"平安银行", "平安银行股份有限公司", "000001", "SZSE"},
};
#define NFIXED (int)(sizeof POOL / sizeof POOL[0])
#define NGEN 40 /* generated listed companies: each appears rarely, so evidence comes and goes */
#define NPOOL (NFIXED + NGEN)
static char gen_names[NGEN][3][64];

static const co_def *pool_get(int k, co_def *tmp)
{
    if (k < NFIXED)
        return &POOL[k];
    int g = k - NFIXED;
    snprintf(gen_names[g][0], 64, "样本%d号", g);
    snprintf(gen_names[g][1], 64, "样本%d号控股股份有限公司", g);
    snprintf(gen_names[g][2], 64, "%06d", 603000 + g);
    tmp->name = gen_names[g][0];
    tmp->full = gen_names[g][1];
    tmp->code = gen_names[g][2];
    tmp->ex = "SSE";
    return tmp;
}

static const char *PEOPLE[] = {"张建中", "李建全", "王一鸣", "唐志敏"};
static const char *TITLES[] = {"董事长", "创始人兼CEO", "总经理"};
static const char *SOURCES[] = {"证券时报", "财联社"};

static _Thread_local unsigned long text_counter;
static _Thread_local int thread_no;

/* A random ARTICLE in the engine's output shape. Returns {"articles": [ARTICLE]} (new ref). */
static json_t *random_article(const char *source, const char *ext)
{
    json_t *a = json_object();
    char text[256];
    snprintf(text, sizeof text, "第%d-%lu篇 随机新闻 %u", thread_no, ++text_counter, rnd(1000000));
    json_object_set_new(a, "text", json_string(text));
    json_object_set_new(a, "title", json_string(text));
    json_object_set_new(a, "language", json_string("zh"));
    char date[16];
    snprintf(date, sizeof date, "2024-%02u-%02u", 1 + rnd(12), 1 + rnd(28));
    json_object_set_new(a, "published_at", rnd(4) ? json_string(date) : json_null());
    json_object_set_new(a, "source", source ? json_string(source) : json_null());
    json_object_set_new(a, "external_id", ext ? json_string(ext) : json_null());
    json_t *ents = json_array(), *events = json_array(), *positions = json_array();
    int ncos = 1 + (int)rnd(4), used[8], nused = 0;
    for (int i = 0; i < ncos; i++) {
        int k = (int)rnd(NPOOL);
        bool dup = false;
        for (int j = 0; j < nused; j++)
            dup |= used[j] == k;
        if (dup)
            continue;
        used[nused++] = k;
        co_def tmp;
        const co_def *d = pool_get(k, &tmp);
        json_t *e = json_object();
        char eid[8];
        snprintf(eid, sizeof eid, "e%d", nused);
        json_object_set_new(e, "id", json_string(eid));
        json_object_set_new(e, "type", json_string("company"));
        /* sometimes mentioned only by its full name, and then without its ticker */
        bool by_full = d->full && rnd(4) == 0;
        bool with_ticker = d->code && !by_full && rnd(5) != 0;
        /* a listed company is sometimes named by its full name too (with its ticker), so
         * the record's name is a choice by counts that deletes and revisions change */
        const char *name = by_full || (with_ticker && d->full && rnd(3) == 0) ? d->full : d->name;
        json_object_set_new(e, "name", json_string(name));
        json_t *al = json_array();
        /* evidence that joins names is rare, so deletes and revisions often take it away */
        if (d->full && with_ticker && rnd(6) == 0)
            json_array_append_new(al, json_string(d->full));
        if (with_ticker && strstr(d->name, "平安") && rnd(4) == 0)
            json_array_append_new(al, json_string("平安")); /* ambiguous between two companies */
        json_object_set_new(e, "aliases", al);
        char cid[48];
        if (with_ticker) {
            json_object_set_new(e, "ticker", json_pack("{ssss}", "code", d->code, "exchange", d->ex));
            db_company_id(name, d->code, d->ex, cid);
        } else {
            json_object_set_new(e, "ticker", json_null());
            db_company_id(name, NULL, NULL, cid);
        }
        json_object_set_new(e, "company_id", json_string(cid));
        json_t *ms = json_array();
        int nm = 1 + (int)rnd(5);
        for (int m = 0; m < nm; m++)
            json_array_append_new(ms, json_pack("{sisiss}", "start", m * 10, "end", m * 10 + 4, "text", name));
        json_object_set_new(e, "mentions", ms);
        json_object_set_new(e, "salience", json_real(0.5));
        json_array_append_new(ents, e);
    }
    /* a person holding a title at the first company */
    if (rnd(2)) {
        char pid[8];
        snprintf(pid, sizeof pid, "e%d", nused + 1);
        const char *title = TITLES[rnd(3)];
        json_array_append_new(ents, json_pack("{sssssss[]}", "id", pid, "type", "person", "name",
                                              PEOPLE[rnd(4)], "mentions"));
        json_array_append_new(positions, json_pack("{sssisissss}", "title", title, "start", 1, "end", 3,
                                                   "person", pid, "organization", "e1"));
    }
    if (nused >= 2 && rnd(2)) {
        json_array_append_new(events, json_pack(
            "{sssfs[{sssssi}{sssssi}{sssfss}]}", "type", "acquisition", "confidence", 0.9,
            "arguments", "role", "acquirer", "entity", "e1", "start", 0,
                         "role", "target", "entity", "e2", "start", 10,
                         "role", "amount", "value", 1.2e8, "currency", "USD"));
    }
    if (rnd(2)) {
        char period[8];
        snprintf(period, sizeof period, "2024H%u", 1 + rnd(2));
        json_array_append_new(events, json_pack(
            "{sss[{ssss}{ssss}{sssfss}{ssss}{sssf}]}", "type", "financial_result", "arguments",
            "role", "company", "entity", "e1", "role", "metric", "value", "revenue",
            "role", "value", "value", (double)(1 + rnd(100)) * 1e8, "currency", "CNY",
            "role", "period", "value", period, "role", "change_percent", "value", 20.38));
    }
    if (rnd(3) == 0)
        json_array_append_new(events, json_pack("{sss[{ssss}{ssss}]}", "type", "investigation",
                                                "arguments", "role", "company", "entity", "e1",
                                                "role", "date", "value", date));
    json_object_set_new(a, "entities", ents);
    json_object_set_new(a, "positions", positions);
    json_object_set_new(a, "events", events);
    json_object_set_new(a, "quantities", json_array());
    return json_pack("{s[o]}", "articles", a);
}

/* ---- helpers ---- */
static char *scalar(db_conn *c, const char *sql)
{
    gl_error err;
    PGresult *r = db_exec_simple(c, sql, &err);
    MUST(r, "%s: %s", sql, err.message);
    char *v = PQntuples(r) && !PQgetisnull(r, 0, 0) ? strdup(PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    return v;
}

static const char *SNAPSHOT_SQL =
    "SELECT COALESCE(jsonb_agg(gl_company_json(id, 1000000) - 'version' - 'updated_at' "
    "                          ORDER BY id), '[]')::text "
    "  FROM companies WHERE article_count > 0";

/* Compare incremental records with a full rebuild (rolled back afterwards). */
static void check_rebuild(db_conn *c, int ops)
{
    gl_error err;
    char *inc = scalar(c, SNAPSHOT_SQL);
    MUST(db_begin(c, &err) == 0, "%s", err.message);
    PGresult *r = db_exec_simple(c, "SELECT gl_rebuild()", &err);
    MUST(r, "rebuild: %s", err.message);
    PQclear(r);
    char *reb = scalar(c, SNAPSHOT_SQL);
    db_rollback(c);
    CHECK(inc && reb && !strcmp(inc, reb), "records after %d operations differ from a rebuild", ops);
    if (inc && reb && strcmp(inc, reb)) {
        FILE *f = fopen("store_incremental.json", "w");
        if (f) {
            fputs(inc, f);
            fclose(f);
        }
        f = fopen("store_rebuild.json", "w");
        if (f) {
            fputs(reb, f);
            fclose(f);
        }
        fprintf(stderr, "  (written store_incremental.json / store_rebuild.json)\n");
    }
    free(inc);
    free(reb);
}

static json_t *ingest(db_conn *c, json_t *doc, bool *dup)
{
    gl_error err;
    json_t *r = db_articles_ingest(c, doc, "application/json", "{}", 2, dup, &err);
    MUST(r, "ingest: %s", err.message);
    return r;
}

/* ---- tests ---- */
static void test_idempotency_and_revisions(db_conn *c)
{
    bool dup;
    json_t *doc = random_article("证券时报", "x-1");
    json_t *r1 = ingest(c, doc, &dup);
    CHECK(!dup, "first post is new");
    const char *id = json_string_value(json_object_get(json_array_get(json_object_get(r1, "articles"), 0), "id"));
    json_t *r2 = ingest(c, doc, &dup);
    CHECK(dup, "same text again is a duplicate");
    json_t *a2 = json_array_get(json_object_get(r2, "articles"), 0);
    CHECK(!strcmp(json_string_value(json_object_get(a2, "id")), id), "duplicate returns the same id");
    CHECK(json_is_true(json_object_get(a2, "duplicate")), "duplicate flag");
    CHECK(json_integer_value(json_object_get(a2, "revision")) == 1, "revision 1");

    json_t *doc3 = random_article("证券时报", "x-1");
    json_t *r3 = ingest(c, doc3, &dup);
    json_t *a3 = json_array_get(json_object_get(r3, "articles"), 0);
    CHECK(!dup, "new text under the same key is not a duplicate");
    CHECK(!strcmp(json_string_value(json_object_get(a3, "id")), id), "revision keeps the id");
    CHECK(json_integer_value(json_object_get(a3, "revision")) == 2, "revision 2, got %lld",
          (long long)json_integer_value(json_object_get(a3, "revision")));

    gl_error err;
    json_t *got;
    CHECK(db_article_get(c, id, &got, &err) == 0 && got, "get");
    CHECK(got && !strcmp(json_string_value(json_object_get(got, "text")),
                         json_string_value(json_object_get(json_array_get(json_object_get(doc3, "articles"), 0), "text"))),
          "get returns the current revision");
    json_decref(got);
    char *nrev = scalar(c, "SELECT count(*) FROM article_revisions");
    CHECK(nrev && atoi(nrev) >= 1, "old revision kept as history");
    free(nrev);

    bool found;
    CHECK(db_article_delete(c, id, &found, &err) == 0 && found, "delete");
    CHECK(db_article_delete(c, id, &found, &err) == 0 && !found, "delete twice -> not found");
    CHECK(db_article_get(c, id, &got, &err) == 0 && !got, "get after delete");
    json_decref(r1);
    json_decref(r2);
    json_decref(r3);
    json_decref(doc);
    json_decref(doc3);
}

static void test_resolution(db_conn *c)
{
    /* an unlisted mention of a full legal name merges into the listed record that used it */
    json_t *a = json_pack("{s[{sssss[{sssssss[s]s{ssss}sss[{sisi}]}]}]}", "articles",
        "text", "卓朗科技(600225)被立案", "title", "t", "entities",
        "id", "e1", "type", "company", "name", "卓朗科技", "aliases", "天津卓朗信息科技股份有限公司",
        "ticker", "code", "600225", "exchange", "SSE", "company_id", "sse-600225",
        "mentions", "start", 0, "end", 4);
    char nid[48];
    db_company_id("天津卓朗信息科技股份有限公司", NULL, NULL, nid);
    json_t *b = json_pack("{s[{sssss[{sssssss[]sosss[{sisi}{sisi}]}]}]}", "articles",
        "text", "天津卓朗信息科技股份有限公司公告", "title", "t2", "entities",
        "id", "e1", "type", "company", "name", "天津卓朗信息科技股份有限公司", "aliases",
        "ticker", json_null(), "company_id", nid, "mentions", "start", 0, "end", 14, "start", 20, "end", 24);
    bool dup;
    json_t *rb = ingest(c, b, &dup);
    gl_error err;
    json_t *co;
    long long v;
    char merged[48];
    CHECK(db_company_get(c, nid, &co, &v, merged, &err) == 0 && co, "unlisted record exists first");
    json_decref(co);
    json_t *ra = ingest(c, a, &dup);
    CHECK(db_company_get(c, nid, &co, &v, merged, &err) == 0 && !co, "unlisted record merged away");
    CHECK(!strcmp(merged, "sse-600225"), "merged_into = sse-600225, got '%s'", merged);
    CHECK(db_company_get(c, "sse-600225", &co, &v, merged, &err) == 0 && co, "listed record");
    CHECK(co && json_integer_value(json_object_get(co, "article_count")) == 2, "2 articles");
    CHECK(co && json_integer_value(json_object_get(co, "mention_count")) == 3, "3 mentions");
    CHECK(co && !strcmp(json_string_value(json_object_get(co, "name")), "卓朗科技"), "name");
    json_decref(co);
    /* deleting the article that carried the ticker splits them again */
    const char *aid = json_string_value(json_object_get(json_array_get(json_object_get(ra, "articles"), 0), "id"));
    bool found;
    CHECK(db_article_delete(c, aid, &found, &err) == 0 && found, "delete");
    CHECK(db_company_get(c, nid, &co, &v, merged, &err) == 0 && co, "unlisted record back");
    CHECK(co && json_integer_value(json_object_get(co, "version")) >= 3, "version kept growing");
    json_decref(co);
    CHECK(db_company_version(c, "sse-600225", &v, &err) == 0 && v == -1, "listed record is a tombstone");
    json_decref(ra);
    json_decref(rb);
    json_decref(a);
    json_decref(b);
}

static void test_pagination_and_changes(db_conn *c)
{
    gl_error err;
    for (int i = 0; i < 7; i++) {
        bool dup;
        json_t *d = random_article(NULL, NULL);
        json_decref(ingest(c, d, &dup));
        json_decref(d);
    }
    char *total = scalar(c, "SELECT count(*) FROM articles");
    int n = atoi(total), seen = 0;
    free(total);
    char *cursor = NULL;
    for (int page = 0; page < 100; page++) {
        db_article_query q = {.cursor = cursor, .limit = 3};
        json_t *out;
        CHECK(db_article_list(c, &q, &out, &err) == 0, "list: %s", err.message);
        seen += (int)json_array_size(json_object_get(out, "articles"));
        free(cursor);
        const char *nc = json_string_value(json_object_get(out, "next_cursor"));
        cursor = nc ? strdup(nc) : NULL;
        json_decref(out);
        if (!cursor)
            break;
    }
    CHECK(seen == n, "keyset pages cover every article once: %d of %d", seen, n);
    db_article_query bad = {.cursor = "!!", .limit = 3};
    json_t *out = NULL;
    CHECK(db_article_list(c, &bad, &out, &err) < 0 && err.status == 400, "bad cursor -> 400");

    n = 0;
    int cnt;
    CHECK(db_changes_list(c, 0, 200, &out, &cnt, &err) == 0, "changes");
    json_t *ch;
    size_t i;
    long long prev = 0;
    bool ok = true;
    json_array_foreach(json_object_get(out, "changes"), i, ch) {
        long long s = json_integer_value(json_object_get(ch, "seq"));
        ok &= s == prev + 1;
        prev = s;
    }
    CHECK(ok && cnt > 0, "change seqs are 1, 2, 3 ... without gaps");
    CHECK(json_integer_value(json_object_get(out, "next")) == prev + 1, "next = last + 1");
    json_decref(out);

    db_company_query cq = {.limit = 2, .sort = "mentions"};
    int companies = 0;
    char *ccur = NULL;
    for (int page = 0; page < 100; page++) {
        cq.cursor = ccur;
        CHECK(db_company_list(c, &cq, &out, &err) == 0, "company list: %s", err.message);
        companies += (int)json_array_size(json_object_get(out, "companies"));
        free(ccur);
        const char *nc = json_string_value(json_object_get(out, "next_cursor"));
        ccur = nc ? strdup(nc) : NULL;
        json_decref(out);
        if (!ccur)
            break;
    }
    char *live = scalar(c, "SELECT count(*) FROM companies WHERE article_count > 0");
    CHECK(companies == atoi(live), "company pages cover every record: %d of %s", companies, live);
    free(live);
    db_company_query tq = {.ticker = "600225", .limit = 10};
    (void)tq;
}

static int job_calls;
static int job_ok(db_conn *c, const db_job_input *job, void *ud, json_t **result, gl_error *err)
{
    (void)ud;
    job_calls++;
    json_error_t je;
    json_t *doc = json_loadb(job->body, job->len, 0, &je);
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
static int job_fail(db_conn *c, const db_job_input *job, void *ud, json_t **result, gl_error *err)
{
    (void)c, (void)job, (void)ud, (void)result;
    job_calls++;
    return gl_error_set(err, 500, "simulated failure");
}

static void test_jobs(db_conn *c)
{
    gl_error err;
    json_t *doc = random_article(NULL, NULL);
    char *body = json_dumps(doc, JSON_COMPACT);
    char id[40], id2[40];
    CHECK(db_job_enqueue(c, "ingest", "application/json", body, strlen(body), NULL, id, &err) == 0, "enqueue");
    json_t *st;
    CHECK(db_job_get(c, id, &st, &err) == 0 && st, "job get");
    CHECK(!strcmp(json_string_value(json_object_get(json_object_get(st, "job"), "status")), "queued"), "queued");
    json_decref(st);
    CHECK(db_jobs_run_one(c, job_ok, NULL, &err) == 1, "one job processed");
    CHECK(db_job_get(c, id, &st, &err) == 0 && st, "job get");
    json_t *j = json_object_get(st, "job");
    CHECK(!strcmp(json_string_value(json_object_get(j, "status")), "done"), "done");
    CHECK(json_array_size(json_object_get(j, "articles")) == 1, "article ids");
    CHECK(json_integer_value(json_object_get(j, "attempts")) == 1, "1 attempt");
    json_decref(st);
    CHECK(db_jobs_run_one(c, job_ok, NULL, &err) == 0, "queue empty");

    CHECK(db_job_enqueue(c, "ingest", "application/json", body, strlen(body), NULL, id2, &err) == 0, "enqueue");
    free(scalar(c, "UPDATE jobs SET max_attempts = 2 WHERE status = 'queued' RETURNING id"));
    CHECK(db_jobs_run_one(c, job_fail, NULL, &err) == 1, "failing job attempt 1");
    CHECK(db_jobs_run_one(c, job_fail, NULL, &err) == 0, "backoff: not ready again at once");
    free(scalar(c, "UPDATE jobs SET run_after = now() WHERE status = 'queued' RETURNING id"));
    CHECK(db_jobs_run_one(c, job_fail, NULL, &err) == 1, "failing job attempt 2");
    CHECK(db_job_get(c, id2, &st, &err) == 0 && st, "job get");
    j = json_object_get(st, "job");
    CHECK(!strcmp(json_string_value(json_object_get(j, "status")), "failed"), "dead letter: failed");
    CHECK(json_integer_value(json_object_get(j, "attempts")) == 2, "2 attempts");
    CHECK(json_is_string(json_object_get(j, "error")), "error visible");
    json_decref(st);
    CHECK(db_job_get(c, "nope", &st, &err) == 0 && !st, "unknown job");
    free(body);
    json_decref(doc);
}

typedef struct op_counts {
    int created, revised, deleted, dups;
    bool concurrent;
} op_counts;

/* One random operation: create (keyed or not), revise, delete, or re-post a stored article
 * (only creates with creates_only). */
static void random_op(db_conn *c, op_counts *n, bool creates_only)
{
    gl_error err;
    {
        unsigned k = creates_only ? rnd(50) : rnd(100);
        char *ids = NULL;
        if (k < 50) { /* create, keyed or not */
            char ext[32];
            snprintf(ext, sizeof ext, "r-%u", rnd(400));
            bool keyed = rnd(2);
            json_t *d = random_article(keyed ? SOURCES[rnd(2)] : NULL, keyed ? ext : NULL);
            bool dup;
            json_decref(ingest(c, d, &dup));
            json_decref(d);
            n->created++;
        } else if (k < 70) { /* revise an existing keyed article */
            ids = scalar(c, "SELECT source || E'\\x1f' || external_id FROM articles "
                            "WHERE external_id IS NOT NULL ORDER BY random() LIMIT 1");
            if (ids) {
                char *sep = strchr(ids, 0x1f);
                *sep = '\0';
                json_t *d = random_article(ids, sep + 1);
                bool dup;
                json_decref(ingest(c, d, &dup));
                json_decref(d);
                n->revised++;
            }
        } else if (k < 90) { /* delete */
            ids = scalar(c, "SELECT id FROM articles ORDER BY random() LIMIT 1");
            if (ids) {
                bool found;
                /* found may be false when another thread deleted it first */
                CHECK(db_article_delete(c, ids, &found, &err) == 0, "delete %s: %s", ids, err.message);
                n->deleted++;
            }
        } else { /* re-post a stored article: must change nothing */
            ids = scalar(c, "SELECT json_build_object('articles', json_build_array(doc))::text "
                            "FROM articles ORDER BY random() LIMIT 1");
            if (ids) {
                char *before = scalar(c, "SELECT COALESCE(sum(version), 0) FROM companies");
                json_t *d = json_loads(ids, 0, NULL);
                bool dup;
                json_decref(ingest(c, d, &dup));
                json_decref(d);
                char *after = scalar(c, "SELECT COALESCE(sum(version), 0) FROM companies");
                /* (concurrently the article may have been deleted or revised meanwhile) */
                CHECK(n->concurrent || (dup && !strcmp(before, after)), "a duplicate changes no record");
                free(before);
                free(after);
                n->dups++;
            }
        }
        free(ids);
    }
}

static void test_random_rebuild(db_conn *c, int nops)
{
    op_counts k = {0};
    for (int op = 1; op <= nops; op++) {
        /* bursts of creates only (the incremental path of a new article: nothing else
         * recomputes those records before the check), then the usual mix */
        bool burst = op % 300 > 200 && op % 300 <= 240;
        random_op(c, &k, burst);
        if (op % 100 == 0 || op % 300 == 240 || op == nops)
            check_rebuild(c, op);
    }
    int created = k.created, revised = k.revised, deleted = k.deleted, dups = k.dups;
    char *na = scalar(c, "SELECT count(*) FROM articles");
    char *nc = scalar(c, "SELECT count(*) FROM companies WHERE article_count > 0");
    char *merged = scalar(c, "SELECT count(*) FROM article_entities WHERE company_id <> raw_company_id");
    printf("random operations: %d (create %d, revise %d, delete %d, duplicate %d); "
           "%s articles, %s live company records, %s mentions resolved across articles\n",
           nops, created, revised, deleted, dups, na, nc, merged);
    CHECK(merged && atoi(merged) > 0, "the random data exercises cross-article resolution");
    free(na);
    free(nc);
    free(merged);
}

typedef struct thread_arg {
    const char *url;
    int ops, no;
    op_counts n;
} thread_arg;

static void *op_thread(void *p)
{
    thread_arg *a = p;
    thread_no = a->no;
    rng = 0x9E3779B97F4A7C15ULL * (unsigned long long)(a->no + 1);
    db_conn *c = db_conn_new(a->url, 60000, NULL);
    a->n.concurrent = true;
    for (int i = 0; i < a->ops; i++)
        random_op(c, &a->n, false);
    db_conn_free(c);
    return NULL;
}

/* Writers in parallel (advisory locks, deadlock retries), then records == rebuild. */
static void test_concurrent(db_conn *c, const char *url, int nthreads, int ops)
{
    char *dl0 = scalar(c, "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    pthread_t th[8];
    thread_arg args[8];
    for (int i = 0; i < nthreads; i++) {
        args[i] = (thread_arg){.url = url, .ops = ops, .no = 100 + i};
        pthread_create(&th[i], NULL, op_thread, &args[i]);
    }
    for (int i = 0; i < nthreads; i++)
        pthread_join(th[i], NULL);
    sleep(1); /* statistics are flushed asynchronously */
    char *dl1 = scalar(c, "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    printf("concurrent: %d threads x %d operations, %ld deadlocks detected (retried)\n", nthreads,
           ops, (dl1 ? atol(dl1) : 0) - (dl0 ? atol(dl0) : 0));
    free(dl0);
    free(dl1);
    check_rebuild(c, nthreads * ops);
}

int main(void)
{
    const char *admin = getenv("GLEANER_TEST_DATABASE_URL");
    if (!admin || !*admin) {
        fprintf(stderr, "GLEANER_TEST_DATABASE_URL not set: skipping (see tests/store/with_pg.sh)\n");
        return 77;
    }
    const char *ops_s = getenv("GLEANER_STORE_OPS");
    int nops = ops_s ? atoi(ops_s) : 1200;
    gl_error err;
    char dbname[64], sql[160];
    snprintf(dbname, sizeof dbname, "gl_store_test_%d", (int)getpid());
    db_conn *adm = db_conn_new(admin, 0, NULL);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    PGresult *r = db_exec_simple(adm, sql, &err);
    MUST(r, "%s: %s", sql, err.message);
    PQclear(r);

    PGconn *probe = PQconnectdb(admin);
    char url[1024];
    snprintf(url, sizeof url, "host=%s port=%s user=%s dbname=%s", PQhost(probe), PQport(probe),
             PQuser(probe), dbname);
    PQfinish(probe);
    db_conn *c = db_conn_new(url, 60000, NULL);
    const char *schema = getenv("GLEANER_SCHEMA_DIR") ? getenv("GLEANER_SCHEMA_DIR") : GLEANER_SCHEMA_DIR;
    MUST(srv_migrate(c, schema, NULL, &err) == 0, "migrate: %s", err.message);

    test_idempotency_and_revisions(c);
    test_resolution(c);
    test_pagination_and_changes(c);
    test_jobs(c);
    test_random_rebuild(c, nops);
    test_concurrent(c, url, 4, nops / 8 > 25 ? nops / 8 : 25);

    db_conn_free(c);
    snprintf(sql, sizeof sql, "DROP DATABASE %s", dbname);
    r = db_exec_simple(adm, sql, &err);
    PQclear(r);
    db_conn_free(adm);
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("all store checks passed\n");
    return 0;
}
