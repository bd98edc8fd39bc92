/* db_companies.h — reading the aggregated company records (COMPANY in API.md).
 *
 * Records are maintained by the article writes (schema/0002_store.sql: gl_company_recompute);
 * this module only reads them. A record that lost all its articles is a tombstone: it reads as
 * absent, and when it was an unlisted id merged into a listed company, `merged_into` names the
 * record to follow. */
#ifndef DB_COMPANIES_H
#define DB_COMPANIES_H

#include <jansson.h>

#include "db_conn.h"
#include "gl_error.h"

/* One COMPANY. 0 with *out a new reference and *version set; 0 with *out NULL when absent
 * (merged_into, 48 bytes, then holds the id it was merged into or ""); -1 with err. */
int db_company_get(db_conn *c, const char *id, json_t **out, long long *version,
                   char merged_into[48], gl_error *err);

/* The current version of a live record (one index lookup): 0 with *version (-1 when absent),
 * or -1 with err. */
int db_company_version(db_conn *c, const char *id, long long *version, gl_error *err);

typedef struct db_company_query {
    const char *q;              /* prefix of name, alias or ticker code, or NULL          */
    const char *ticker;         /* exact ticker code, or NULL                             */
    const char *exchange;       /* exact exchange (case-insensitive), or NULL             */
    const char *updated_since;  /* RFC 3339, or NULL                                      */
    const char *sort;           /* "updated" (default) or "mentions"                      */
    const char *cursor;
    int limit;
} db_company_query;

/* {"companies": [summary ...], "next_cursor": ...} (summary = COMPANY without people, events,
 * facts, related). 0 or -1 with err (400 bad sort/cursor/updated_since). */
int db_company_list(db_conn *c, const db_company_query *q, json_t **out, gl_error *err);

/* {"events": [...], "next_cursor": ...}: the company's events, newest first. 0 with *out NULL
 * when the company is absent; -1 with err. */
int db_company_events(db_conn *c, const char *id, const char *cursor, int limit, json_t **out,
                      gl_error *err);

#endif
