/* h_companies.c — GET /v1/companies, /v1/companies/{id} (ETag, 304 from the in-process
 * version cache on the HTTP thread, without a worker or the database: SRV_ROUTE_FAST),
 * /v1/companies/{id}/articles and /events. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_articles.h"
#include "db_companies.h"
#include "db_notify.h"
#include "db_util.h"
#include "h_handlers.h"
#include "h_store.h"

bool h_etag_matches(const char *inm, const char *etag)
{
    if (!inm)
        return false;
    size_t el = strlen(etag);
    const char *p = inm;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        if (*p == '*')
            return true;
        if (!strncmp(p, "W/", 2))
            p += 2;
        const char *start = p;
        if (*p == '"') {
            const char *q = strchr(p + 1, '"');
            if (!q)
                return false;
            if ((size_t)(q + 1 - start) == el && !strncmp(start, etag, el))
                return true;
            p = q + 1;
        } else {
            while (*p && *p != ',')
                p++;
        }
    }
    return false;
}

static void company_etag(long long version, char *out, size_t n)
{
    snprintf(out, n, "\"c%lld\"", version);
}

/* The version an If-None-Match names when it is one tag "c<version>" (else -1). */
static long long etag_version(const char *inm)
{
    if (!inm)
        return -1;
    while (*inm == ' ')
        inm++;
    if (!strncmp(inm, "W/", 2))
        inm += 2;
    long long v;
    char tail;
    if (sscanf(inm, "\"c%lld%c", &v, &tail) == 2 && tail == '"')
        return v;
    return -1;
}

static int not_modified(srv_response *res, long long version)
{
    char etag[40];
    company_etag(version, etag, sizeof etag);
    srv_response_raw(res, 304, NULL, NULL, 0);
    srv_response_header(res, "ETag", etag);
    return 0;
}

int h_companies_get(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *id = srv_param(req, "id");
    const char *inm = srv_header(req, "If-None-Match");
    db_notify *hub = db_notify_current();
    long long want = etag_version(inm);
    if (!req->db) {
        /* SRV_ROUTE_FAST, on the HTTP thread: the poller's 304 when the version cache knows
         * the tag is current (no worker, no database); anything else goes to a worker. */
        if (want >= 0 && db_notify_version_is(hub, id, want))
            return not_modified(res, want);
        return 0;
    }
    if (want >= 0) {
        /* the cache may have learned the version since the HTTP thread looked */
        if (db_notify_version_is(hub, id, want))
            return not_modified(res, want);
        long long v;
        if (db_company_version(req->db, id, &v, err) < 0)
            return -1;
        if (v >= 0)
            db_notify_version_seen(hub, id, v);
        if (v == want)
            return not_modified(res, v);
    }
    json_t *co;
    long long version;
    char merged[48];
    if (db_company_get(req->db, id, &co, &version, merged, err) < 0)
        return -1;
    if (!co) {
        if (*merged) {
            char loc[96];
            snprintf(loc, sizeof loc, "/v1/companies/%s", merged);
            srv_problem(res, 301, "company %s was merged into %s", id, merged);
            srv_response_header(res, "Location", loc);
            return 0;
        }
        return srv_problem(res, 404, "no company %s", id);
    }
    db_notify_version_seen(hub, id, version);
    char etag[40];
    company_etag(version, etag, sizeof etag);
    if (h_etag_matches(inm, etag)) {
        json_decref(co);
        return not_modified(res, version);
    }
    srv_response_json(res, 200, co);
    srv_response_header(res, "ETag", etag);
    return 0;
}

int h_companies_list(const srv_request *req, srv_response *res, gl_error *err)
{
    db_company_query q = {.q = srv_query(req, "q"), .ticker = srv_query(req, "ticker"),
                          .exchange = srv_query(req, "exchange"),
                          .updated_since = srv_query(req, "updated_since"),
                          .sort = srv_query(req, "sort"), .cursor = srv_query(req, "cursor")};
    if (db_parse_limit(srv_query(req, "limit"), &q.limit, err) < 0)
        return -1;
    json_t *out;
    if (db_company_list(req->db, &q, &out, err) < 0)
        return -1;
    srv_response_json(res, 200, out);
    return 0;
}

int h_companies_articles(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *id = srv_param(req, "id");
    long long v;
    if (db_company_version(req->db, id, &v, err) < 0)
        return -1;
    if (v < 0)
        return srv_problem(res, 404, "no company %s", id);
    db_article_query q = {.company = id, .since = srv_query(req, "since"),
                          .source = srv_query(req, "source"), .cursor = srv_query(req, "cursor")};
    if (db_parse_limit(srv_query(req, "limit"), &q.limit, err) < 0)
        return -1;
    json_t *out;
    if (db_article_list(req->db, &q, &out, err) < 0)
        return -1;
    srv_response_json(res, 200, out);
    return 0;
}

int h_companies_events(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *id = srv_param(req, "id");
    int limit;
    if (db_parse_limit(srv_query(req, "limit"), &limit, err) < 0)
        return -1;
    json_t *out;
    if (db_company_events(req->db, id, srv_query(req, "cursor"), limit, &out, err) < 0)
        return -1;
    if (!out)
        return srv_problem(res, 404, "no company %s", id);
    srv_response_json(res, 200, out);
    return 0;
}
