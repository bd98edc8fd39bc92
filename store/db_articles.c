/* db_articles.c — storing and reading articles; see db_articles.h and schema/0002_store.sql. */
#include "db_articles.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/sha.h>

#include "db_util.h"
#include "gl_alloc.h"

void db_company_id(const char *name, const char *code, const char *exchange, char out[48])
{
    /* the same rule as the engine (extract/gx_entity_util.c gx_company_id) */
    if (code && *code && exchange && *exchange) {
        size_t k = 0;
        for (const char *p = exchange; *p && k < 12; p++)
            out[k++] = (char)tolower((unsigned char)*p);
        out[k++] = '-';
        for (const char *p = code; *p && k < 47; p++)
            out[k++] = (char)tolower((unsigned char)*p);
        out[k] = '\0';
        return;
    }
    uint64_t h = 0xcbf29ce484222325ULL;
    for (const unsigned char *p = (const unsigned char *)(name ? name : ""); *p; p++) {
        h ^= *p;
        h *= 0x100000001b3ULL;
    }
    snprintf(out, 48, "n-%016" PRIx64, h);
}

/* Give every company entity of `art` (owned copy) a company_id when it lacks one. */
static void ensure_company_ids(json_t *art)
{
    json_t *ents = json_object_get(art, "entities"), *e;
    size_t i;
    json_array_foreach(ents, i, e) {
        const char *type = json_string_value(json_object_get(e, "type"));
        if (!type || strcmp(type, "company") || json_is_string(json_object_get(e, "company_id")))
            continue;
        json_t *t = json_object_get(e, "ticker");
        char id[48];
        db_company_id(json_string_value(json_object_get(e, "name")),
                      json_string_value(json_object_get(t, "code")),
                      json_string_value(json_object_get(t, "exchange")), id);
        json_object_set_new(e, "company_id", json_string(id));
    }
}

/* What the database reads of an ARTICLE to store its contributions (gl_article_put's second
 * argument, jsonb): the article's own fields, its events and positions, and its entities
 * without their mention spans (a count instead). Parsing this instead of the whole document
 * (quantities, paragraphs, mention lists: ~3/4 of its tokens) is most of the JSON work of an
 * ingest in PostgreSQL. Returns a new object sharing values with doc (borrowed). */
static json_t *contributions(const json_t *doc)
{
    static const char *const keys[] = {"source", "external_id", "title", "language",
                                       "outlet", "url", "published_at", "events", "positions"};
    json_t *o = json_object();
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        json_t *v = json_object_get(doc, keys[i]);
        if (v)
            json_object_set(o, keys[i], v);
    }
    /* the content hash instead of the text (schema/0007): SHA-256 of the normalized text, as
     * the database would compute it; an empty text is sent as is (the database refuses it) */
    const json_t *text = json_object_get(doc, "text");
    size_t tlen = json_string_length(text);
    if (tlen > 0) {
        unsigned char md[SHA256_DIGEST_LENGTH];
        char hex[2 * SHA256_DIGEST_LENGTH + 1];
        SHA256((const unsigned char *)json_string_value(text), tlen, md);
        for (size_t i = 0; i < sizeof md; i++)
            snprintf(hex + 2 * i, 3, "%02x", md[i]);
        json_object_set_new(o, "content_hash", json_string(hex));
    } else if (text) {
        json_object_set(o, "text", (json_t *)text);
    }
    const json_t *ents = json_object_get(doc, "entities");
    if (json_is_array(ents)) {
        json_t *list = json_array();
        size_t i;
        json_t *e;
        json_array_foreach(ents, i, e) {
            if (!json_is_object(e)) {
                json_array_append(list, e);
                continue;
            }
            json_t *c = json_object();
            const char *k;
            json_t *v;
            json_object_foreach(e, k, v) {
                if (strcmp(k, "mentions"))
                    json_object_set(c, k, v);
            }
            const json_t *m = json_object_get(e, "mentions");
            json_object_set_new(
                c, "mention_count",
                json_integer(json_is_array(m) ? (json_int_t)json_array_size(m) : 0));
            json_array_append_new(list, c);
        }
        json_object_set_new(o, "entities", list);
    } else if (ents) {
        json_object_set(o, "entities", (json_t *)ents);
    }
    return o;
}

/* {"id", "revision", "duplicate", ...doc}: a new object; doc borrowed. */
static json_t *stored_article(const char *id, int revision, bool duplicate, const json_t *doc)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(id));
    json_object_set_new(o, "revision", json_integer(revision));
    json_object_set_new(o, "duplicate", json_boolean(duplicate));
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)doc, k, v) {
        if (strcmp(k, "id") && strcmp(k, "revision") && strcmp(k, "duplicate"))
            json_object_set(o, k, v);
    }
    return o;
}

/* {"articles":[{"id":...,"revision":...,"duplicate":false,<the fields of doc_s>}]}: the answer
 * for one new article, written around its document as already serialized for the database
 * (doc_s: a JSON object) instead of serializing the whole document a second time. Returns a
 * malloc'd string (caller frees) and its length. */
static char *one_article_body(const char *id, int revision, const char *doc_s, size_t *len)
{
    char head[160];
    int hn =
        snprintf(head, sizeof head,
                 "{\"articles\":[{\"id\":\"%s\",\"revision\":%d,\"duplicate\":false", id, revision);
    size_t dn = strlen(doc_s);
    /* doc_s is "{...}": drop its "{", keep the comma only when it has fields */
    bool empty = dn < 2 || doc_s[1] == '}';
    size_t n = (size_t)hn + (empty ? 1 : 1 + dn - 1) + 2;
    char *b = gl_malloc(n + 1), *p = b;
    memcpy(p, head, (size_t)hn);
    p += hn;
    if (empty) {
        *p++ = '}';
    } else {
        *p++ = ',';
        memcpy(p, doc_s + 1, dn - 1);
        p += dn - 1;
    }
    memcpy(p, "]}", 2);
    p += 2;
    *p = '\0';
    *len = (size_t)(p - b);
    return b;
}

/* db_articles_ingest and db_articles_ingest_body: the answer as a json_t (out) or, when
 * body_out is not NULL, as a string. */
static json_t *ingest(db_conn *c, const json_t *extracted, const char *content_type,
                      const char *body, size_t len, bool *all_duplicate, char **body_out,
                      size_t *body_len, gl_error *err)
{
    json_t *docs = NULL, *contrib = NULL, *out = NULL, *res = NULL;
    char *docs_s = NULL, *contrib_s = NULL, *body_hex = NULL;
    PGresult *r = NULL;
    *all_duplicate = true;

    const json_t *arts = json_object_get(extracted, "articles");
    if (!json_is_array(arts) || json_array_size(arts) == 0) {
        gl_error_set(err, 422, "no article to store");
        goto out;
    }
    docs = json_array();
    contrib = json_array();
    size_t i;
    json_t *a;
    json_array_foreach(arts, i, a) {
        if (!json_is_object(a) || !json_is_string(json_object_get(a, "text"))) {
            gl_error_set(err, 422, "article %zu has no text", i);
            goto out;
        }
        /* shallow: the values stay shared with `extracted` (ensure_company_ids may add a
         * company_id to its entity objects; the caller drops `extracted` afterwards) */
        json_t *d = json_copy(a);
        json_object_del(d, "id");
        json_object_del(d, "revision");
        json_object_del(d, "duplicate");
        ensure_company_ids(d);
        json_array_append_new(contrib, contributions(d));
        json_array_append_new(docs, d);
    }
    /* one article (the usual case) is sent as the object itself: the server does not lex its
     * text a second time to split an array */
    docs_s = json_dumps(json_array_size(docs) == 1 ? json_array_get(docs, 0) : docs,
                        JSON_COMPACT | JSON_REAL_PRECISION(10));
    contrib_s = json_dumps(contrib, JSON_COMPACT | JSON_REAL_PRECISION(10));
    if (body)
        body_hex = db_bytea_hex(body, len);
    const char *params[4] = {content_type, body_hex, docs_s, contrib_s};
    bool retry = !db_in_transaction(c);
    for (int attempt = 0;; attempt++) {
        r = db_exec(c, "art_ingest2", "SELECT gl_ingest($1, $2::bytea, $3::json, $4::jsonb)", 4,
                    params, err);
        if (r || !retry || attempt >= 4 || !db_retryable(c))
            break;
    }
    if (!r)
        goto out;
    if (!(res = db_json_col(r, 0, 0, err)) || !json_is_array(res) ||
        json_array_size(res) != json_array_size(docs)) {
        if (res)
            gl_error_set(err, 500, "unexpected answer from gl_ingest");
        goto out;
    }
    if (body_out && json_array_size(res) == 1 && json_array_size(docs) == 1) {
        const json_t *a0 = json_array_get(res, 0);
        const char *id = json_string_value(json_object_get(a0, "id"));
        if (!json_is_true(json_object_get(a0, "duplicate")) && id && strlen(id) < 64 &&
            strspn(id, "0123456789abcdefABCDEF") == strlen(id)) {
            *all_duplicate = false;
            *body_out = one_article_body(
                id, (int)json_integer_value(json_object_get(a0, "revision")), docs_s, body_len);
            out = json_true(); /* (not NULL: success) */
            goto out;
        }
    }
    out = json_object();
    json_t *list = json_array();
    json_object_set_new(out, "articles", list);
    json_array_foreach(res, i, a) {
        const char *id = json_string_value(json_object_get(a, "id"));
        int rev = (int)json_integer_value(json_object_get(a, "revision"));
        bool dup = json_is_true(json_object_get(a, "duplicate"));
        if (!dup)
            *all_duplicate = false;
        const json_t *doc = dup ? json_object_get(a, "doc") : json_array_get(docs, i);
        json_array_append_new(list, stored_article(id ? id : "", rev, dup, doc));
    }
out:
    PQclear(r);
    json_decref(res);
    json_decref(docs);
    json_decref(contrib);
    free(docs_s);
    free(contrib_s);
    free(body_hex);
    if (out && body_out && !*body_out) {
        *body_out = json_dumps(out, JSON_COMPACT | JSON_REAL_PRECISION(15));
        *body_len = *body_out ? strlen(*body_out) : 0;
        if (!*body_out) {
            gl_error_set(err, 500, "cannot serialize the stored articles");
            json_decref(out);
            out = NULL;
        }
    }
    return out;
}

json_t *db_articles_ingest(db_conn *c, const json_t *extracted, const char *content_type,
                           const char *body, size_t len, bool *all_duplicate, gl_error *err)
{
    return ingest(c, extracted, content_type, body, len, all_duplicate, NULL, NULL, err);
}

char *db_articles_ingest_body(db_conn *c, const json_t *extracted, const char *content_type,
                              const char *body, size_t len, bool *all_duplicate, size_t *out_len,
                              gl_error *err)
{
    char *b = NULL;
    *out_len = 0;
    json_t *out = ingest(c, extracted, content_type, body, len, all_duplicate, &b, out_len, err);
    json_decref(out);
    return out ? b : NULL;
}

int db_article_get(db_conn *c, const char *id, json_t **out, gl_error *err)
{
    *out = NULL;
    const char *params[1] = {id};
    PGresult *r = db_exec(c, "art_get", "SELECT id, revision, doc FROM articles WHERE id = $1", 1,
                          params, err);
    if (!r)
        return -1;
    int rc = 0;
    if (PQntuples(r) == 1) {
        json_t *doc = db_json_col(r, 0, 2, err);
        if (!doc) {
            rc = -1;
        } else {
            *out = stored_article(PQgetvalue(r, 0, 0), atoi(PQgetvalue(r, 0, 1)), false, doc);
            json_decref(doc);
        }
    }
    PQclear(r);
    return rc;
}

int db_article_delete(db_conn *c, const char *id, bool *found, gl_error *err)
{
    const char *params[1] = {id};
    PGresult *r = NULL;
    bool retry = !db_in_transaction(c);
    for (int attempt = 0;; attempt++) {
        r = db_exec(c, "art_delete", "SELECT gl_article_delete($1)", 1, params, err);
        if (r || !retry || attempt >= 4 || !db_retryable(c))
            break;
    }
    if (!r)
        return -1;
    *found = !strcmp(PQgetvalue(r, 0, 0), "t");
    PQclear(r);
    return 0;
}

int db_article_list(db_conn *c, const db_article_query *q, json_t **out, gl_error *err)
{
    char ka[64] = "", kb[128] = "";
    *out = NULL;
    if (q->cursor && db_cursor_decode(q->cursor, ka, sizeof ka, kb, sizeof kb, err) < 0)
        return -1;
    for (const char *p = ka; *p; p++)
        if (!isdigit((unsigned char)*p) && !(p == ka && *p == '-'))
            return gl_error_set(err, 400, "malformed cursor");
    char lim[16];
    snprintf(lim, sizeof lim, "%d", q->limit + 1);
    const char *params[6] = {q->source, q->since, q->company, q->cursor ? ka : NULL,
                             q->cursor ? kb : NULL, lim};
    PGresult *r = db_exec(c, "art_list",
        "SELECT a.id, a.revision, a.doc, "
        "       (extract(epoch FROM a.created_at) * 1000000)::bigint "
        "  FROM articles a "
        " WHERE ($1::text IS NULL OR a.source = $1) "
        "   AND ($2::timestamptz IS NULL OR a.created_at >= $2::timestamptz) "
        "   AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM article_entities ae "
        "                                    WHERE ae.article_id = a.id AND ae.company_id = $3)) "
        "   AND ($4::bigint IS NULL OR (a.created_at, a.id) < "
        "        ('epoch'::timestamptz + $4::bigint * interval '1 microsecond', $5::text)) "
        " ORDER BY a.created_at DESC, a.id DESC LIMIT $6::int",
        6, params, err);
    if (!r)
        return -1;
    int n = PQntuples(r), rc = 0;
    json_t *list = json_array();
    for (int i = 0; i < n && i < q->limit; i++) {
        json_t *doc = db_json_col(r, i, 2, err);
        if (!doc) {
            rc = -1;
            break;
        }
        json_array_append_new(list, stored_article(PQgetvalue(r, i, 0), atoi(PQgetvalue(r, i, 1)),
                                                   false, doc));
        json_decref(doc);
    }
    if (rc == 0) {
        *out = db_page("articles", list, r, q->limit, 3, 0);
    } else {
        json_decref(list);
    }
    PQclear(r);
    return rc;
}
