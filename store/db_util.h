/* db_util.h — small helpers shared by the store modules (store/db_*.c): JSON columns, opaque
 * keyset cursors, retryable SQLSTATEs, hex encoding. */
#ifndef DB_UTIL_H
#define DB_UTIL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "db_conn.h"
#include "gl_error.h"

/* Parse a json/jsonb text column. Returns a new reference, or NULL (SQL NULL, or invalid JSON:
 * then err is filled with status 500). */
json_t *db_json_col(const PGresult *r, int row, int col, gl_error *err);

/* Opaque cursor from two key parts (no NUL bytes): base64url of "a\x1fb". Returns a malloc'd
 * string (caller frees with free()). */
char *db_cursor_encode(const char *a, const char *b);

/* The page object of a list answer: {name: items, "next_cursor": ...}; `items` is stolen.
 * When the query fetched one row more than `limit` (keyset pagination), the cursor is made
 * from columns key_col and id_col of row limit - 1; otherwise next_cursor is null. Returns a
 * new reference. */
json_t *db_page(const char *name, json_t *items, const PGresult *r, int limit, int key_col,
                int id_col);

/* Decode a cursor made by db_cursor_encode into a (size na) and b (size nb). 0, or -1 with err
 * status 400 for a malformed cursor. */
int db_cursor_decode(const char *cursor, char *a, size_t na, char *b, size_t nb, gl_error *err);

/* True when the last failure of `c` is worth retrying the whole transaction
 * (deadlock 40P01, serialization 40001, unique violation 23505). */
bool db_retryable(const db_conn *c);

/* "\x" + lowercase hex of n bytes: the bytea text input form. Returns a malloc'd string. */
char *db_bytea_hex(const void *p, size_t n);

/* Parse a list "limit" (default 50, 1..200). 0 or -1 with err 400. */
int db_parse_limit(const char *s, int *out, gl_error *err);

#endif
