/* h_articles.c — POST/GET/DELETE /v1/articles: extract with the engine, store with
 * store/db_articles (one transaction per request); Prefer: respond-async queues a durable job
 * (store/db_jobs) that the "jobs" background service processes with h_articles_job(), which
 * also dispatches the "webhook" jobs of h_webhooks.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_articles.h"
#include "db_jobs.h"
#include "db_util.h"
#include "gx_request.h"
#include "h_handlers.h"
#include "h_store.h"
#include "srv_server.h"

static const char *req_query(void *ctx, const char *name)
{
    return srv_query((const srv_request *)ctx, name);
}

static const char *json_query(void *ctx, const char *name)
{
    return json_string_value(json_object_get((const json_t *)ctx, name));
}

/* True when the Prefer header asks for respond-async. */
static bool prefers_async(const srv_request *req)
{
    const char *p = srv_header(req, "Prefer");
    return p && strstr(p, "respond-async");
}

/* Extract and store one request body. Returns the stored {"articles": [...]} (new reference)
 * or NULL with err. With body_out, the answer is returned serialized there instead (malloc'd,
 * the caller frees; *body_len its length) and the return value is only non-NULL on success
 * (a reference the caller drops). */
static json_t *extract_and_store(db_conn *db, const gx_engine *eng, srv_server *srv,
                                 double deadline, bool request, const char *content_type,
                                 const char *body, size_t len, gx_lookup_fn q, void *qctx,
                                 bool *all_dup, char **body_out, size_t *body_len, gl_error *err)
{
    gx_request rq;
    json_t *stored = NULL, *result = NULL;
    if (gx_request_parse(&rq, content_type, body, len, q, qctx, err) < 0)
        goto out;
    double t0 = srv_now();
    rq.in.deadline = deadline; /* past it the engine stops (504) and nothing is stored */
    if (!(result = gx_extract(eng, &rq.in, err))) {
        if (err->status == 0)
            err->status = 500;
        if (err->status == 504 && srv)
            srv_metrics_extract_stopped(srv, request);
        goto out;
    }
    if (srv)
        srv_metrics_observe_extract(srv, srv_now() - t0,
                                    (int)json_array_size(json_object_get(result, "articles")));
    if (body_out) {
        *body_out = db_articles_ingest_body(db, result, content_type, body, len, all_dup,
                                            body_len, err);
        stored = *body_out ? json_true() : NULL;
    } else {
        stored = db_articles_ingest(db, result, content_type, body, len, all_dup, err);
    }
out:
    json_decref(result);
    gx_request_cleanup(&rq);
    return stored;
}

int h_articles_post(const srv_request *req, srv_response *res, gl_error *err)
{
    if (prefers_async(req)) {
        /* validate the input now (cheap) so that bad requests fail synchronously */
        gx_request rq;
        int prc = gx_request_parse(&rq, req->content_type, req->body, req->body_len, req_query,
                                   (void *)req, err);
        if (prc == 0 && rq.in.format != GX_FORMAT_HTML &&
            (!rq.charset[0] || !strcmp(rq.charset, "utf-8") || !strcmp(rq.charset, "utf8")))
            prc = gx_utf8_validate(rq.in.body, rq.in.len, err);
        gx_request_cleanup(&rq);
        if (prc < 0)
            return -1;
        json_t *params = json_object();
        for (int i = 0; i < req->nquery; i++)
            json_object_set_new(params, req->query[i].name,
                                json_string(req->query[i].value ? req->query[i].value : ""));
        char id[40];
        int rc = db_job_enqueue(req->db, "ingest", req->content_type, req->body, req->body_len,
                                params, id, err);
        json_decref(params);
        if (rc < 0)
            return -1;
        char loc[80];
        snprintf(loc, sizeof loc, "/v1/jobs/%s", id);
        srv_response_json(res, 202, json_pack("{s{ssss}}", "job", "id", id, "status", "queued"));
        srv_response_header(res, "Location", loc);
        srv_response_header(res, "Preference-Applied", "respond-async");
        return 0;
    }
    bool all_dup = false;
    char *answer = NULL;
    size_t answer_len = 0;
    json_t *ok = extract_and_store(req->db, req->engine, req->server,
                                   srv_server_extract_deadline(req->server), true,
                                   req->content_type,
                                   req->body, req->body_len, req_query, (void *)req, &all_dup,
                                   &answer, &answer_len, err);
    if (!ok)
        return -1;
    json_decref(ok);
    srv_response_raw(res, all_dup ? 200 : 201, "application/json", answer, answer_len);
    return 0;
}

int h_articles_job(db_conn *c, const db_job_input *job, void *ud, json_t **result, gl_error *err)
{
    srv_server *srv = ud;
    if (!strcmp(job->kind, "webhook"))
        return h_webhooks_job(c, job, ud, result, err); /* CMS deliveries: h_webhooks.c */
    if (strcmp(job->kind, "ingest"))
        return gl_error_set(err, 422, "unknown job kind %s", job->kind);
    bool all_dup;
    json_t *stored = extract_and_store(c, srv_server_engine(srv), srv,
                                       srv_server_extract_deadline(srv), false, job->content_type,
                                       job->body, job->len, json_query, (void *)job->params,
                                       &all_dup, NULL, NULL, err);
    if (!stored)
        return -1;
    json_t *ids = json_array(), *a;
    size_t i;
    json_array_foreach(json_object_get(stored, "articles"), i, a)
        json_array_append(ids, json_object_get(a, "id"));
    json_decref(stored);
    *result = json_pack("{so}", "articles", ids);
    return 0;
}

/* ETag of a stored article: its revision. */
static void article_etag(const json_t *a, char *out, size_t n)
{
    snprintf(out, n, "\"r%lld-%s\"", (long long)json_integer_value(json_object_get(a, "revision")),
             json_string_value(json_object_get(a, "id")));
}

int h_articles_get(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *id = srv_param(req, "id");
    json_t *a;
    if (db_article_get(req->db, id, &a, err) < 0)
        return -1;
    if (!a)
        return srv_problem(res, 404, "no article %s", id);
    char etag[96];
    article_etag(a, etag, sizeof etag);
    if (h_etag_matches(srv_header(req, "If-None-Match"), etag)) {
        json_decref(a);
        srv_response_raw(res, 304, NULL, NULL, 0);
    } else {
        srv_response_json(res, 200, a);
    }
    srv_response_header(res, "ETag", etag);
    return 0;
}

int h_articles_delete(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *id = srv_param(req, "id");
    bool found;
    if (db_article_delete(req->db, id, &found, err) < 0)
        return -1;
    if (!found)
        return srv_problem(res, 404, "no article %s", id);
    srv_response_raw(res, 204, NULL, NULL, 0);
    return 0;
}

int h_articles_list(const srv_request *req, srv_response *res, gl_error *err)
{
    db_article_query q = {.company = srv_query(req, "company"), .since = srv_query(req, "since"),
                          .source = srv_query(req, "source"), .cursor = srv_query(req, "cursor")};
    if (db_parse_limit(srv_query(req, "limit"), &q.limit, err) < 0)
        return -1;
    json_t *out;
    if (db_article_list(req->db, &q, &out, err) < 0)
        return -1;
    srv_response_json(res, 200, out);
    return 0;
}

/* The "jobs" background service: runner threads with their own connections. */
int h_jobs_service_start(srv_server *srv, void **state, gl_error *err)
{
    (void)err;
    const char *url = srv_server_database_url(srv);
    *state = NULL;
    if (!url || !*url)
        return 0;
    /* GLEANER_JOB_WORKERS: runner threads (default 1; 0 = this process only queues jobs) */
    const char *env = getenv("GLEANER_JOB_WORKERS");
    int n = env && *env ? atoi(env) : 1;
    if (n < 0 || n > 64)
        n = 1;
    *state = n > 0 ? db_jobs_start(url, n, h_articles_job, srv) : NULL;
    return 0;
}

void h_jobs_service_stop(void *state)
{
    db_jobs_stop(state);
}
