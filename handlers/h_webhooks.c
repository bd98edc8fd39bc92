/* h_webhooks.c — CMS webhooks (issue 7, API.md "Webhooks"):
 *   POST /v1/webhooks/{source}                              verify, queue durably, 202
 *   GET  /v1/webhooks/{source}/deliveries                   newest first, paginated
 *   GET  /v1/webhooks/{source}/deliveries/{id}              one delivery
 *   POST /v1/webhooks/{source}/deliveries/{id}/replay       re-queue a failed delivery
 * plus the "webhooks" service (loads --webhook-sources) and the job callback of kind "webhook"
 * (run by the storage job runners, store/db_jobs.h).
 *
 * Order of checks on a delivery: unknown source 404 -> per-source size 413 -> signature over
 * the raw body 401 (nothing stored) -> token bucket 429 + Retry-After -> parse/adapt (422, the
 * delivery recorded as failed) -> INSERT delivery + job in one transaction -> 202 after COMMIT.
 * A repeated (source, delivery id) answers 202 and changes nothing. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_articles.h"
#include "db_jobs.h"
#include "db_util.h"
#include "gl_alloc.h"
#include "gx_request.h"
#include "h_handlers.h"
#include "srv_log.h"
#include "srv_server.h"
#include "srv_webhook_adapt.h"
#include "srv_webhook_sources.h"
#include "srv_webhook_verify.h"

/* The loaded sources: set by the "webhooks" service at start, read by the handlers. */
static _Atomic(wh_registry *) g_sources;

int h_webhooks_service_start(srv_server *srv, void **state, gl_error *err)
{
    const srv_config *cfg = srv_server_config(srv);
    wh_registry *r = wh_registry_load(cfg->webhook_sources, err);
    if (!r)
        return -1;
    if (r->n > 0)
        srv_info("webhooks: %d source(s) configured", r->n);
    atomic_store(&g_sources, r);
    *state = r;
    return 0;
}

void h_webhooks_service_stop(void *state)
{
    wh_registry *r = state;
    wh_registry *expected = r;
    atomic_compare_exchange_strong(&g_sources, &expected, NULL);
    wh_registry_free(r);
}

static const char *req_header(void *ctx, const char *name)
{
    return srv_header((const srv_request *)ctx, name);
}

/* The configured source of the path, or NULL after filling res (404 / 503). */
static const wh_source *find_source(const srv_request *req, srv_response *res,
                                    wh_registry **reg)
{
    *reg = atomic_load(&g_sources);
    if (!*reg) {
        srv_problem(res, 503, "webhook sources are not loaded yet");
        srv_response_header(res, "Retry-After", "1");
        return NULL;
    }
    const char *name = srv_param(req, "source");
    const wh_source *s = wh_source_find(*reg, name);
    if (!s)
        srv_problem(res, 404, "no webhook source \"%s\" is configured", name);
    return s;
}

/* The "delivery" object of an answer, from a row of the list query (columns below). */
#define DELIVERY_COLS                                                                              \
    "d.id, d.delivery_id, d.kind, d.action, d.external_id, "                                       \
    "CASE WHEN d.status IN ('processed', 'ignored', 'failed') THEN d.status "                      \
    "     WHEN j.status = 'failed' THEN 'failed' "                                                 \
    "     WHEN j.status = 'done' THEN 'processed' ELSE 'queued' END AS st, "                       \
    "d.prior_attempts + coalesce(j.attempts, 0) + CASE WHEN d.job_id IS NULL THEN 1 ELSE 0 END, "  \
    "coalesce(j.last_error, d.error), d.article_id, d.replays, "                                   \
    "to_char(d.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "             \
    "to_char(d.processed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "            \
    "d.modified_ms, d.source "

static json_t *opt_str(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? json_null() : json_string(PQgetvalue(r, row, col));
}

static json_t *delivery_json(const PGresult *r, int row)
{
    json_t *d = json_object();
    json_object_set_new(d, "id", json_string(PQgetvalue(r, row, 0)));
    json_object_set_new(d, "source", json_string(PQgetvalue(r, row, 13)));
    json_object_set_new(d, "delivery_id", json_string(PQgetvalue(r, row, 1)));
    json_object_set_new(d, "kind", json_string(PQgetvalue(r, row, 2)));
    json_object_set_new(d, "action", opt_str(r, row, 3));
    json_object_set_new(d, "external_id", opt_str(r, row, 4));
    json_object_set_new(d, "status", json_string(PQgetvalue(r, row, 5)));
    json_object_set_new(d, "attempts", json_integer(atoi(PQgetvalue(r, row, 6))));
    json_object_set_new(d, "last_error", opt_str(r, row, 7));
    json_object_set_new(d, "article_id", opt_str(r, row, 8));
    json_object_set_new(d, "replays", json_integer(atoi(PQgetvalue(r, row, 9))));
    json_object_set_new(d, "received_at", opt_str(r, row, 10));
    json_object_set_new(d, "processed_at", opt_str(r, row, 11));
    json_object_set_new(d, "modified_ms", PQgetisnull(r, row, 12)
                                              ? json_null()
                                              : json_integer(atoll(PQgetvalue(r, row, 12))));
    return d;
}

/* Fetch one delivery of a source as JSON (new reference) or NULL (not found / err set). */
static json_t *delivery_get(db_conn *c, const char *source, const char *id, gl_error *err,
                            int *failed)
{
    const char *p[2] = {source, id};
    PGresult *r = db_exec(c, "wh_delivery_get",
                          "SELECT " DELIVERY_COLS
                          "  FROM webhook_deliveries d LEFT JOIN jobs j ON j.id = d.job_id "
                          " WHERE d.source = $1 AND d.id = $2::bigint",
                          2, p, err);
    if (!r)
        return NULL;
    json_t *d = PQntuples(r) == 1 ? delivery_json(r, 0) : NULL;
    if (!d)
        gl_error_set(err, 404, "no delivery %s", id);
    PQclear(r);
    if (d && failed)
        *failed = !strcmp(json_string_value(json_object_get(d, "status")), "failed");
    return d;
}

/* Queue the processing job of delivery `id` and point the delivery at it (inside the caller's
 * transaction). 0 or -1 with err. */
static int queue_job(db_conn *c, const char *id, gl_error *err)
{
    json_t *params = json_pack("{ss}", "delivery", id);
    char job[40];
    int rc = db_job_enqueue(c, "webhook", "application/json", NULL, 0, params, job, err);
    json_decref(params);
    if (rc < 0)
        return -1;
    const char *p[2] = {id, job};
    PGresult *r = db_exec(c, "wh_delivery_job",
                          "UPDATE webhook_deliveries SET job_id = $2 WHERE id = $1::bigint", 2, p,
                          err);
    if (!r)
        return -1;
    PQclear(r);
    return 0;
}

static bool all_digits(const char *s)
{
    if (!s || !*s || strlen(s) > 18)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

int h_webhooks_post(const srv_request *req, srv_response *res, gl_error *err)
{
    wh_registry *reg;
    const wh_source *src = find_source(req, res, &reg);
    if (!src)
        return 0;
    if (src->max_body > 0 && (long)req->body_len > src->max_body)
        return srv_problem(res, 413, "the delivery is larger than %ld bytes", src->max_body);

    /* 1. the signature, over the raw body, before anything is parsed */
    char delivery_id[WH_ID_MAX];
    gl_error verr;
    gl_error_clear(&verr);
    if (wh_verify(src->kind, (const char *const *)src->secrets, src->nsecrets, req_header,
                  (void *)req, req->body, req->body_len, time(NULL), delivery_id, &verr) < 0) {
        srv_warn("webhook %s: delivery refused: %s", src->name, verr.message);
        return srv_problem(res, 401, "%s", verr.message);
    }

    /* 2. flood control (only authentic deliveries spend tokens) */
    int retry_after = 1;
    if (!wh_rate_take(reg, src, srv_now(), &retry_after)) {
        char ra[16];
        snprintf(ra, sizeof ra, "%d", retry_after);
        srv_problem(res, 429, "too many deliveries for source %s", src->name);
        srv_response_header(res, "Retry-After", ra);
        return 0;
    }

    /* 3. understand the payload (422 later, once recorded) */
    const char *art_source = src->outlet && *src->outlet ? src->outlet : src->name;
    gl_error perr;
    gl_error_clear(&perr);
    json_t *item = wh_adapt(src->kind, req->body, req->body_len, art_source, &perr);
    if (item) {
        json_object_set_new(item, "source", json_string(art_source));
        const json_t *art = json_object_get(item, "article");
        gx_input in = gx_input_default();
        if (art && gx_input_from_json(art, &in, &perr) < 0) {
            json_decref(item);
            item = NULL;
        }
    }

    /* the reason is stored as text: keep it ASCII (a message cut at 255 bytes may end inside
     * a UTF-8 sequence quoted from the payload) */
    for (char *m = perr.message; *m; m++)
        if ((unsigned char)*m >= 0x80 || (unsigned char)*m < 0x20)
            *m = '?';

    /* 4. record it durably: delivery (+ job) in one transaction */
    const char *action = item ? json_string_value(json_object_get(item, "action")) : NULL;
    const char *eid = item ? json_string_value(json_object_get(item, "external_id")) : NULL;
    char mod[32] = "";
    const json_t *mj = item ? json_object_get(item, "modified_ms") : NULL;
    if (json_is_integer(mj))
        snprintf(mod, sizeof mod, "%lld", (long long)json_integer_value(mj));
    char *item_s = item ? json_dumps(item, JSON_COMPACT) : NULL;
    char *hex = db_bytea_hex(req->body, req->body_len);
    const char *p[10] = {src->name, delivery_id, wh_kind_name(src->kind), action, eid,
                         mod[0] ? mod : NULL, item_s, hex, item ? "queued" : "failed",
                         item ? NULL : perr.message};
    int rc = -1;
    PGresult *r = NULL;
    if (db_begin(req->db, err) < 0)
        goto out;
    r = db_exec(req->db, "wh_delivery_insert",
                "INSERT INTO webhook_deliveries (source, delivery_id, kind, action, external_id, "
                "  modified_ms, item, body, status, error) "
                "VALUES ($1, $2, $3, $4, $5, $6::bigint, $7::jsonb, $8::bytea, $9, $10) "
                "ON CONFLICT (source, delivery_id) DO NOTHING RETURNING id",
                10, p, err);
    if (!r)
        goto out;
    if (PQntuples(r) == 0) {
        /* a repeated delivery: acknowledged, nothing done */
        PQclear(r);
        r = NULL;
        db_rollback(req->db);
        const char *q[2] = {src->name, delivery_id};
        r = db_exec(req->db, "wh_delivery_find",
                    "SELECT id FROM webhook_deliveries WHERE source = $1 AND delivery_id = $2", 2,
                    q, err);
        if (!r || PQntuples(r) != 1)
            goto out;
        json_t *d = delivery_get(req->db, src->name, PQgetvalue(r, 0, 0), err, NULL);
        if (!d)
            goto out;
        json_object_set_new(d, "duplicate", json_true());
        srv_response_json(res, 202, json_pack("{so}", "delivery", d));
        rc = 0;
        goto out;
    }
    char id[32];
    snprintf(id, sizeof id, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    r = NULL;
    if (action && queue_job(req->db, id, err) < 0)
        goto out;
    if (db_commit(req->db, err) < 0)
        goto out;
    if (!action) {
        srv_info("webhook %s: delivery %s recorded as failed: %s", src->name, id, perr.message);
        json_t *pj = srv_problem_json(422, perr.message);
        json_object_set_new(pj, "delivery", json_string(id));
        srv_response_json(res, 422, pj);
        res->content_type = "application/problem+json";
        rc = 0;
        goto out;
    }
    char loc[160];
    snprintf(loc, sizeof loc, "/v1/webhooks/%s/deliveries/%s", src->name, id);
    srv_response_json(res, 202,
                      json_pack("{s{ssssssssss sb}}", "delivery", "id", id, "source", src->name,
                                "delivery_id", delivery_id, "action", action, "status", "queued",
                                "duplicate", 0));
    srv_response_header(res, "Location", loc);
    rc = 0;
out:
    PQclear(r);
    if (db_in_transaction(req->db))
        db_rollback(req->db);
    free(item_s);
    free(hex);
    json_decref(item);
    return rc;
}

int h_webhooks_deliveries(const srv_request *req, srv_response *res, gl_error *err)
{
    wh_registry *reg;
    const wh_source *src = find_source(req, res, &reg);
    if (!src)
        return 0;
    int limit;
    if (db_parse_limit(srv_query(req, "limit"), &limit, err) < 0)
        return -1;
    char before[32] = "", unused[8];
    const char *cursor = srv_query(req, "cursor");
    if (cursor && *cursor) {
        if (db_cursor_decode(cursor, before, sizeof before, unused, sizeof unused, err) < 0)
            return -1;
        if (!all_digits(before))
            return gl_error_set(err, 400, "malformed cursor");
    }
    const char *status = srv_query(req, "status");
    if (status && *status && strcmp(status, "queued") && strcmp(status, "processed") &&
        strcmp(status, "ignored") && strcmp(status, "failed"))
        return gl_error_set(err, 400, "status must be queued, processed, ignored or failed");
    char lim[16];
    snprintf(lim, sizeof lim, "%d", limit + 1);
    const char *p[4] = {src->name, before[0] ? before : NULL, lim,
                        status && *status ? status : NULL};
    PGresult *r = db_exec(req->db, "wh_delivery_list",
                          "SELECT * FROM (SELECT " DELIVERY_COLS
                          "  FROM webhook_deliveries d LEFT JOIN jobs j ON j.id = d.job_id "
                          " WHERE d.source = $1 AND ($2::bigint IS NULL OR d.id < $2::bigint) "
                          " ORDER BY d.id DESC) x "
                          " WHERE $4::text IS NULL OR x.st = $4 LIMIT $3::int",
                          4, p, err);
    if (!r)
        return -1;
    json_t *arr = json_array();
    int n = PQntuples(r);
    for (int i = 0; i < n && i < limit; i++)
        json_array_append_new(arr, delivery_json(r, i));
    json_t *next = json_null();
    if (n > limit) {
        char *c = db_cursor_encode(PQgetvalue(r, limit - 1, 0), "d");
        next = json_string(c);
        free(c);
    }
    PQclear(r);
    srv_response_json(res, 200, json_pack("{soso}", "deliveries", arr, "next_cursor", next));
    return 0;
}

int h_webhooks_delivery_get(const srv_request *req, srv_response *res, gl_error *err)
{
    wh_registry *reg;
    const wh_source *src = find_source(req, res, &reg);
    if (!src)
        return 0;
    const char *id = srv_param(req, "id");
    if (!all_digits(id))
        return srv_problem(res, 404, "no delivery %s", id);
    json_t *d = delivery_get(req->db, src->name, id, err, NULL);
    if (!d)
        return err->status == 404 ? srv_problem(res, 404, "no delivery %s", id) : -1;
    srv_response_json(res, 200, json_pack("{so}", "delivery", d));
    return 0;
}

int h_webhooks_replay(const srv_request *req, srv_response *res, gl_error *err)
{
    wh_registry *reg;
    const wh_source *src = find_source(req, res, &reg);
    if (!src)
        return 0;
    const char *id = srv_param(req, "id");
    if (!all_digits(id))
        return srv_problem(res, 404, "no delivery %s", id);
    if (db_begin(req->db, err) < 0)
        return -1;
    int rc = -1;
    PGresult *r = NULL;
    const char *p[2] = {src->name, id};
    /* lock the delivery so that two replays cannot both queue a job */
    r = db_exec(req->db, "wh_delivery_lock",
                "SELECT action, body FROM webhook_deliveries WHERE source = $1 AND id = $2::bigint "
                "FOR UPDATE",
                2, p, err);
    if (!r)
        goto out;
    if (PQntuples(r) == 0) {
        rc = srv_problem(res, 404, "no delivery %s", id);
        goto out;
    }
    bool unparsed = PQgetisnull(r, 0, 0);
    int failed = 0;
    json_t *d = delivery_get(req->db, src->name, id, err, &failed);
    if (!d)
        goto out;
    json_decref(d);
    if (!failed) {
        rc = srv_problem(res, 409,
                         "delivery %s has not failed; only failed deliveries are replayed", id);
        goto out;
    }
    if (unparsed) {
        /* recorded as unparseable: adapt the stored (verified) body again */
        char *raw = gl_strdup(PQgetvalue(r, 0, 1));
        size_t len = 0;
        if (raw[0] == '\\' && raw[1] == 'x') {
            for (size_t i = 2; raw[i] && raw[i + 1]; i += 2) {
                int hi = raw[i] <= '9' ? raw[i] - '0' : (raw[i] | 32) - 'a' + 10;
                int lo = raw[i + 1] <= '9' ? raw[i + 1] - '0' : (raw[i + 1] | 32) - 'a' + 10;
                raw[len++] = (char)(hi << 4 | lo);
            }
            raw[len] = '\0';
        } else {
            len = strlen(raw);
        }
        const char *art_source = src->outlet && *src->outlet ? src->outlet : src->name;
        gl_error perr;
        gl_error_clear(&perr);
        json_t *item = wh_adapt(src->kind, raw, len, art_source, &perr);
        free(raw);
        if (!item) {
            rc = srv_problem(res, 422, "%s", perr.message);
            goto out;
        }
        json_object_set_new(item, "source", json_string(art_source));
        char *item_s = json_dumps(item, JSON_COMPACT);
        char mod[32] = "";
        const json_t *mj = json_object_get(item, "modified_ms");
        if (json_is_integer(mj))
            snprintf(mod, sizeof mod, "%lld", (long long)json_integer_value(mj));
        const char *u[5] = {id, json_string_value(json_object_get(item, "action")),
                            json_string_value(json_object_get(item, "external_id")),
                            mod[0] ? mod : NULL, item_s};
        PGresult *ur = db_exec(req->db, "wh_delivery_reparse",
                               "UPDATE webhook_deliveries SET action = $2, external_id = $3, "
                               "  modified_ms = $4::bigint, item = $5::jsonb, "
                               "  prior_attempts = prior_attempts + 1 WHERE id = $1::bigint",
                               5, u, err);
        free(item_s);
        json_decref(item);
        if (!ur)
            goto out;
        PQclear(ur);
    }
    PQclear(r);
    const char *q[1] = {id};
    r = db_exec(req->db, "wh_delivery_replay",
                "UPDATE webhook_deliveries d SET status = 'queued', error = NULL, "
                "  replays = replays + 1, processed_at = NULL, "
                "  prior_attempts = d.prior_attempts + coalesce((SELECT attempts FROM jobs "
                "                                                WHERE id = d.job_id), 0) "
                " WHERE d.id = $1::bigint",
                1, q, err);
    if (!r || queue_job(req->db, id, err) < 0)
        goto out;
    /* read the delivery inside the transaction: the answer shows the state this request set
     * (queued), not whatever a job runner has made of it since the commit */
    d = delivery_get(req->db, src->name, id, err, NULL);
    if (!d)
        goto out;
    if (db_commit(req->db, err) < 0) {
        json_decref(d);
        goto out;
    }
    srv_response_json(res, 202, json_pack("{so}", "delivery", d));
    rc = 0;
out:
    PQclear(r);
    if (db_in_transaction(req->db))
        db_rollback(req->db);
    return rc;
}

/* ---- processing (job kind "webhook", inside the runner's transaction) ---- */

static int exec1(db_conn *c, const char *name, const char *sql, int n, const char *const *p,
                 gl_error *err)
{
    PGresult *r = db_exec(c, name, sql, n, p, err);
    if (!r)
        return -1;
    PQclear(r);
    return 0;
}

static int mark_delivery(db_conn *c, const char *id, const char *status, const char *error,
                         const char *article, gl_error *err)
{
    const char *p[4] = {id, status, error, article};
    return exec1(c, "wh_delivery_mark",
                 "UPDATE webhook_deliveries SET status = $2, error = $3, article_id = $4, "
                 "  processed_at = clock_timestamp() WHERE id = $1::bigint",
                 4, p, err);
}

/* Extract and store the article of an upsert item. *article_id receives the first stored
 * article's id (malloc'd). 0 or -1 with err. */
static int store_article(db_conn *c, srv_server *srv, const json_t *article, char **article_id,
                         gl_error *err)
{
    json_t *art = json_deep_copy(article);
    if (!json_object_get(art, "split"))
        json_object_set_new(art, "split", json_false()); /* one CMS post = one article */
    char *body = json_dumps(art, JSON_COMPACT);
    json_decref(art);
    gx_request rq;
    json_t *result = NULL, *stored = NULL;
    int rc = -1;
    if (gx_request_parse(&rq, "application/json", body, strlen(body), NULL, NULL, err) < 0)
        goto out;
    double t0 = srv_now();
    /* a delivery has no request: its extraction gets --extract-timeout-ms (else
     * --request-timeout) from now; a stop is a 504 the job runner retries with backoff, then
     * records as failed with this reason */
    rq.in.deadline = srv_server_extract_deadline(srv);
    if (!(result = gx_extract(srv_server_engine(srv), &rq.in, err))) {
        if (err->status == 0)
            err->status = 500;
        if (err->status == 504)
            srv_metrics_extract_stopped(srv, false);
        goto out;
    }
    srv_metrics_observe_extract(srv, srv_now() - t0,
                                (int)json_array_size(json_object_get(result, "articles")));
    bool all_dup;
    stored = db_articles_ingest(c, result, "application/json", body, strlen(body), &all_dup, err);
    if (!stored)
        goto out;
    const char *id = json_string_value(
        json_object_get(json_array_get(json_object_get(stored, "articles"), 0), "id"));
    if (!id) {
        gl_error_set(err, 422, "no article was stored");
        goto out;
    }
    *article_id = gl_strdup(id);
    rc = 0;
out:
    json_decref(stored);
    json_decref(result);
    gx_request_cleanup(&rq);
    free(body);
    return rc;
}

int h_webhooks_job(db_conn *c, const db_job_input *job, void *ud, json_t **result, gl_error *err)
{
    srv_server *srv = ud;
    const char *id = json_string_value(json_object_get(job->params, "delivery"));
    if (!id || !all_digits(id))
        return gl_error_set(err, 422, "webhook job without a delivery");
    const char *p1[1] = {id};
    PGresult *r = db_exec(c, "wh_job_delivery",
                          "SELECT source, item, status, "
                          "       (extract(epoch FROM received_at) * 1000)::bigint "
                          "  FROM webhook_deliveries WHERE id = $1::bigint FOR UPDATE",
                          1, p1, err);
    if (!r)
        return -1;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return gl_error_set(err, 422, "delivery %s does not exist", id);
    }
    char *wsource = gl_strdup(PQgetvalue(r, 0, 0));
    json_t *item = db_json_col(r, 0, 1, NULL);
    bool done =
        !strcmp(PQgetvalue(r, 0, 2), "processed") || !strcmp(PQgetvalue(r, 0, 2), "ignored");
    char received_ms[32];
    snprintf(received_ms, sizeof received_ms, "%s", PQgetvalue(r, 0, 3));
    PQclear(r);
    r = NULL;
    char *article_id = NULL, *prev_article = NULL;
    int rc = -1;
    if (done) { /* already processed (a replayed job raced a late one): nothing to do */
        *result = json_pack("{s[]}", "articles");
        rc = 0;
        goto out;
    }
    if (!item) {
        gl_error_set(err, 422, "delivery %s has no parsed payload", id);
        goto out;
    }
    const char *action = json_string_value(json_object_get(item, "action"));
    const char *eid = json_string_value(json_object_get(item, "external_id"));
    const char *asource = json_string_value(json_object_get(item, "source"));
    bool retract = action && !strcmp(action, "retract");
    char mod[32];
    const json_t *mj = json_object_get(item, "modified_ms");
    if (json_is_integer(mj))
        snprintf(mod, sizeof mod, "%lld", (long long)json_integer_value(mj));
    else
        snprintf(mod, sizeof mod, "%s", received_ms); /* no CMS time: the time of receipt */

    if (eid) {
        /* the per-post state, locked: deliveries of one post are applied one at a time */
        const char *p[3] = {wsource, eid, mod};
        if (exec1(c, "wh_item_ensure",
                  "INSERT INTO webhook_items (source, external_id, modified_ms) "
                  "VALUES ($1, $2, -1) ON CONFLICT DO NOTHING",
                  2, p, err) < 0)
            goto out;
        r = db_exec(c, "wh_item_lock",
                    "SELECT article_id, modified_ms, retracted, "
                    "       CASE WHEN modified_ms < 0 THEN false "
                    "            ELSE modified_ms > $3::bigint OR (modified_ms = $3::bigint AND "
                    "                 (retracted OR $4::boolean = false)) END "
                    "  FROM webhook_items WHERE source = $1 AND external_id = $2 FOR UPDATE",
                    4, (const char *const[]){wsource, eid, mod, retract ? "true" : "false"}, err);
        if (!r)
            goto out;
        bool stale = !strcmp(PQgetvalue(r, 0, 3), "t");
        if (!PQgetisnull(r, 0, 0))
            prev_article = gl_strdup(PQgetvalue(r, 0, 0));
        char stored_mod[32];
        snprintf(stored_mod, sizeof stored_mod, "%s", PQgetvalue(r, 0, 1));
        PQclear(r);
        r = NULL;
        if (stale) {
            char why[160];
            snprintf(why, sizeof why,
                     "older than the version already applied (modified %s ms <= %s ms)", mod,
                     stored_mod);
            if (mark_delivery(c, id, "ignored", why, NULL, err) < 0)
                goto out;
            *result = json_pack("{s[]sb}", "articles", "ignored", 1);
            rc = 0;
            goto out;
        }
    }
    if (retract) {
        /* the article of this post is the one stored under its key (also when it was stored
         * before webhooks were used, e.g. through POST /v1/articles); the remembered id is
         * not trusted: a post whose text duplicated another article's maps to that one */
        free(prev_article);
        prev_article = NULL;
        if (asource) {
            const char *p[2] = {asource, eid};
            r = db_exec(c, "wh_article_by_key",
                        "SELECT id FROM articles WHERE source = $1 AND external_id = $2", 2, p,
                        err);
            if (!r)
                goto out;
            if (PQntuples(r) == 1)
                prev_article = gl_strdup(PQgetvalue(r, 0, 0));
            PQclear(r);
            r = NULL;
        }
        bool found = false;
        if (prev_article && db_article_delete(c, prev_article, &found, err) < 0)
            goto out;
        const char *p[4] = {wsource, eid, mod, id};
        if (exec1(c, "wh_item_retract",
                  "UPDATE webhook_items SET article_id = NULL, modified_ms = $3::bigint, "
                  "  retracted = true, delivery = $4::bigint, updated_at = now() "
                  " WHERE source = $1 AND external_id = $2",
                  4, p, err) < 0)
            goto out;
        if (mark_delivery(c, id, "processed", found ? NULL : "nothing to retract",
                          found ? prev_article : NULL, err) < 0)
            goto out;
        *result = json_pack("{s[]ss?}", "articles", "retracted", found ? prev_article : NULL);
        rc = 0;
        goto out;
    }
    if (store_article(c, srv, json_object_get(item, "article"), &article_id, err) < 0)
        goto out;
    if (eid) {
        const char *p[5] = {wsource, eid, mod, id, article_id};
        if (exec1(c, "wh_item_apply",
                  "UPDATE webhook_items SET article_id = $5, modified_ms = $3::bigint, "
                  "  retracted = false, delivery = $4::bigint, updated_at = now() "
                  " WHERE source = $1 AND external_id = $2",
                  5, p, err) < 0)
            goto out;
    }
    if (mark_delivery(c, id, "processed", NULL, article_id, err) < 0)
        goto out;
    *result = json_pack("{s[s]}", "articles", article_id);
    rc = 0;
out:
    PQclear(r);
    free(prev_article);
    free(article_id);
    free(wsource);
    json_decref(item);
    return rc;
}
