/* db_changes.h — reading the change log (GET /v1/changes). Rows are numbered in commit order
 * by gl_assign_seqs() (schema/0002_store.sql): the hub (db_notify) does it on every write
 * notification, and every read does it first (gl_changes), so a client reads its own writes. */
#ifndef DB_CHANGES_H
#define DB_CHANGES_H

#include <jansson.h>

#include "db_conn.h"
#include "gl_error.h"

/* Changes with seq >= since, oldest first, at most limit. *out = new reference
 * {"changes": [{"seq","kind","id","op","version"}], "next": last seq + 1 (or since when
 * empty)}; *count = number of changes. 0 or -1 with err. */
int db_changes_list(db_conn *c, long long since, int limit, json_t **out, int *count,
                    gl_error *err);

#endif
