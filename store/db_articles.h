/* db_articles.h — storing and reading articles (PostgreSQL, schema/0002_store.sql).
 *
 * Input is the engine's output as JSON ({"articles": [ARTICLE ...]}, the body of
 * POST /v1/extract), so the store does not depend on engine internals. Each stored ARTICLE
 * gets "id", "revision", "duplicate" (API.md). All calls use the caller's db_conn (one per
 * worker thread). Writes are ONE statement (gl_ingest / gl_article_delete): one round trip,
 * one transaction, retried on deadlock or a concurrent duplicate when no outer transaction is
 * open. */
#ifndef DB_ARTICLES_H
#define DB_ARTICLES_H

#include <jansson.h>
#include <stdbool.h>

#include "db_conn.h"
#include "gl_error.h"

/* Store every article of `extracted` (borrowed) and the raw input (body/len, may be NULL) in
 * one transaction. Returns a new reference {"articles": [ARTICLE + id/revision/duplicate]}
 * (for a duplicate: the stored article), and sets *all_duplicate when nothing new was stored;
 * NULL with err on failure (503 database down, 422 unusable article, 500 ...). Company entities
 * without a company_id get one (db_company_id) — added to the entity objects of `extracted`
 * themselves (the returned articles share their values with it). Inside an open transaction of the
 * caller the statement is not retried. */
json_t *db_articles_ingest(db_conn *c, const json_t *extracted, const char *content_type,
                           const char *body, size_t len, bool *all_duplicate, gl_error *err);

/* As db_articles_ingest, but returns the answer {"articles": [...]} serialized (malloc'd,
 * caller frees; *out_len its length), or NULL with err. One new article (the usual request)
 * is answered around its document as already serialized for the database (real numbers with
 * 10 significant digits, as GET /v1/articles/{id} returns them), not serialized again. */
char *db_articles_ingest_body(db_conn *c, const json_t *extracted, const char *content_type,
                              const char *body, size_t len, bool *all_duplicate, size_t *out_len,
                              gl_error *err);

/* The stored ARTICLE with id/revision/duplicate=false. 0 with *out a new reference, 0 with
 * *out NULL when there is no such article, -1 with err. */
int db_article_get(db_conn *c, const char *id, json_t **out, gl_error *err);

/* Delete an article and retract its contributions to company records. *found tells whether it
 * existed. 0 or -1 with err. */
int db_article_delete(db_conn *c, const char *id, bool *found, gl_error *err);

typedef struct db_article_query {
    const char *company;  /* company id or NULL                                       */
    const char *since;    /* RFC 3339 / ISO date: stored at or after, or NULL            */
    const char *source;   /* exact source or NULL                                       */
    const char *cursor;   /* from a previous page's next_cursor, or NULL                 */
    int limit;            /* 1..200                                                     */
} db_article_query;

/* Newest first (by time stored, then id). *out = new reference {"articles": [...],
 * "next_cursor": "..."|null}. 0 or -1 with err (400 for a bad cursor or since). */
int db_article_list(db_conn *c, const db_article_query *q, json_t **out, gl_error *err);

/* "<exchange>-<code>" lowercased (listed: both non-empty), else "n-" + 16 lowercase hex of
 * FNV-1a 64 of the canonical name — the engine's rule. out must hold 48 bytes. */
void db_company_id(const char *name, const char *code, const char *exchange, char out[48]);

#endif
