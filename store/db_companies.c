/* db_companies.c — reading company records; see db_companies.h. */
#include "db_companies.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_util.h"
#include "gl_alloc.h"

int db_company_get(db_conn *c, const char *id, json_t **out, long long *version,
                   char merged_into[48], gl_error *err)
{
    *out = NULL;
    *version = -1;
    merged_into[0] = '\0';
    const char *params[1] = {id};
    PGresult *r =
        db_exec(c, "co_get",
                "SELECT gl_company_json($1), (SELECT merged_into FROM companies WHERE id = $1)", 1,
                params, err);
    if (!r)
        return -1;
    int rc = 0;
    if (!PQgetisnull(r, 0, 0)) {
        if (!(*out = db_json_col(r, 0, 0, err)))
            rc = -1;
        else
            *version = (long long)json_integer_value(json_object_get(*out, "version"));
    } else if (!PQgetisnull(r, 0, 1)) {
        snprintf(merged_into, 48, "%s", PQgetvalue(r, 0, 1));
    }
    PQclear(r);
    return rc;
}

int db_company_version(db_conn *c, const char *id, long long *version, gl_error *err)
{
    const char *params[1] = {id};
    PGresult *r = db_exec(c, "co_version",
                          "SELECT version FROM companies WHERE id = $1 AND article_count > 0", 1,
                          params, err);
    if (!r)
        return -1;
    *version = PQntuples(r) ? atoll(PQgetvalue(r, 0, 0)) : -1;
    PQclear(r);
    return 0;
}

#define CO_SUMMARY                                                                              \
    "jsonb_build_object('id', c.id, 'name', c.name, 'aliases', to_jsonb(c.aliases), "          \
    "'ticker', CASE WHEN c.ticker_code IS NULL THEN NULL ELSE jsonb_build_object('code', "     \
    "c.ticker_code, 'exchange', c.exchange) END, 'article_count', c.article_count, "           \
    "'mention_count', c.mention_count, 'first_seen_at', c.first_seen_at, 'last_seen_at', "     \
    "c.last_seen_at, 'updated_at', c.updated_at, 'version', c.version)"

#define CO_FILTERS                                                                              \
    " WHERE c.article_count > 0 "                                                               \
    "   AND ($1::text IS NULL OR c.name LIKE $1 || '%' OR c.ticker_code LIKE $1 || '%' "        \
    "        OR EXISTS (SELECT 1 FROM unnest(c.aliases) al WHERE al LIKE $1 || '%')) "          \
    "   AND ($2::text IS NULL OR c.ticker_code = $2) "                                          \
    "   AND ($3::text IS NULL OR c.exchange = upper($3)) "                                      \
    "   AND ($4::timestamptz IS NULL OR c.updated_at >= $4::timestamptz) "

/* Escape LIKE metacharacters of a user prefix. Returns malloc'd. */
static char *like_escape(const char *s)
{
    size_t n = strlen(s);
    char *o = gl_malloc(2 * n + 1), *p = o;
    for (; *s; s++) {
        if (*s == '%' || *s == '_' || *s == '\\')
            *p++ = '\\';
        *p++ = *s;
    }
    *p = '\0';
    return o;
}

int db_company_list(db_conn *c, const db_company_query *q, json_t **out, gl_error *err)
{
    *out = NULL;
    bool by_mentions = false;
    if (q->sort && !strcmp(q->sort, "mentions"))
        by_mentions = true;
    else if (q->sort && strcmp(q->sort, "updated"))
        return gl_error_set(err, 400, "sort must be \"updated\" or \"mentions\"");
    char ka[64] = "", kb[128] = "";
    if (q->cursor && db_cursor_decode(q->cursor, ka, sizeof ka, kb, sizeof kb, err) < 0)
        return -1;
    for (const char *p = ka; *p; p++)
        if (!isdigit((unsigned char)*p) && !(p == ka && *p == '-'))
            return gl_error_set(err, 400, "malformed cursor");
    char lim[16];
    snprintf(lim, sizeof lim, "%d", q->limit + 1);
    char *qesc = q->q ? like_escape(q->q) : NULL;
    const char *params[7] = {qesc, q->ticker, q->exchange, q->updated_since,
                             q->cursor ? ka : NULL, q->cursor ? kb : NULL, lim};
    PGresult *r;
    if (by_mentions)
        r = db_exec(c, "co_list_m",
                    "SELECT " CO_SUMMARY ", c.mention_count::text, c.id FROM companies c" CO_FILTERS
                    "   AND ($5::int IS NULL OR (c.mention_count, c.id) < ($5::int, $6::text)) "
                    " ORDER BY c.mention_count DESC, c.id DESC LIMIT $7::int",
                    7, params, err);
    else
        r = db_exec(c, "co_list_u",
                    "SELECT " CO_SUMMARY
                    ", (extract(epoch FROM c.updated_at) * 1000000)::bigint, c.id "
                    "  FROM companies c" CO_FILTERS
                    "   AND ($5::bigint IS NULL OR (c.updated_at, c.id) < "
                    "        ('epoch'::timestamptz + $5::bigint * interval '1 microsecond',"
                    " $6::text)) "
                    " ORDER BY c.updated_at DESC, c.id DESC LIMIT $7::int",
                    7, params, err);
    free(qesc);
    if (!r)
        return -1;
    int n = PQntuples(r), rc = 0;
    json_t *list = json_array();
    for (int i = 0; i < n && i < q->limit; i++) {
        json_t *o = db_json_col(r, i, 0, err);
        if (!o) {
            rc = -1;
            break;
        }
        json_array_append_new(list, o);
    }
    if (rc == 0) {
        *out = db_page("companies", list, r, q->limit, 1, 2);
    } else {
        json_decref(list);
    }
    PQclear(r);
    return rc;
}

int db_company_events(db_conn *c, const char *id, const char *cursor, int limit, json_t **out,
                      gl_error *err)
{
    *out = NULL;
    long long v;
    if (db_company_version(c, id, &v, err) < 0)
        return -1;
    if (v < 0)
        return 0;
    char ka[128] = "", kb[160] = "", art[128] = "";
    int idx = 0;
    if (cursor) {
        if (db_cursor_decode(cursor, ka, sizeof ka, kb, sizeof kb, err) < 0)
            return -1;
        char *slash = strrchr(kb, '/');
        if (!slash || !slash[1] || strspn(slash + 1, "0123456789") != strlen(slash + 1))
            return gl_error_set(err, 400, "malformed cursor");
        *slash = '\0';
        snprintf(art, sizeof art, "%s", kb);
        idx = atoi(slash + 1);
    }
    char lim[16], idxs[16];
    snprintf(lim, sizeof lim, "%d", limit + 1);
    snprintf(idxs, sizeof idxs, "%d", idx);
    const char *params[5] = {id, cursor ? ka : NULL, cursor ? art : NULL, cursor ? idxs : NULL,
                             lim};
    PGresult *r =
        db_exec(c, "co_events",
                "SELECT e.j, e.k, e.article_id || '/' || e.idx FROM gl_company_events($1) e "
                " WHERE $2::text IS NULL OR (e.k, e.article_id, e.idx) < ($2, $3, $4::int) "
                " ORDER BY e.k DESC, e.article_id DESC, e.idx DESC LIMIT $5::int",
                5, params, err);
    if (!r)
        return -1;
    int n = PQntuples(r), rc = 0;
    json_t *list = json_array();
    for (int i = 0; i < n && i < limit; i++) {
        json_t *o = db_json_col(r, i, 0, err);
        if (!o) {
            rc = -1;
            break;
        }
        json_array_append_new(list, o);
    }
    if (rc == 0) {
        *out = db_page("events", list, r, limit, 1, 2);
    } else {
        json_decref(list);
    }
    PQclear(r);
    return rc;
}
