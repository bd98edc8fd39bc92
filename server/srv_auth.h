/* srv_auth.h — API keys (issue 9): a key file named by --api-keys / GLEANER_API_KEYS,
 *
 *     {"keys": [{"name": "data-desk", "scope": "read", "sha256": "<hex SHA-256 of the key>"}]}
 *
 * scopes `read` < `write` < `admin` (each implies the ones before it). Only digests are
 * stored; a presented `Authorization: Bearer <key>` is hashed and compared with every digest
 * with CRYPTO_memcmp (constant time, no early exit over the list). Keys and digests are never
 * logged and never echoed in answers. `gleanerd --hash-key` prints the digest of a key read on
 * stdin (srv_auth_hash_key_main).
 *
 * Which scope a request needs (srv_auth_required):
 *   /healthz, /readyz                    open (orchestrators probe them)
 *   POST /v1/webhooks/{source}           open here: deliveries carry their own signatures
 *   /metrics, any other /v1/webhooks/... admin
 *   GET/HEAD /v1/..., POST /v1/extract   read  (extract-only changes nothing)
 *   any other method on /v1/...          write
 *   anything else (unknown paths)        admin (the router answers 404 first anyway)
 */
#ifndef SRV_AUTH_H
#define SRV_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gl_error.h"

typedef enum srv_scope {
    SRV_SCOPE_NONE = 0, /* open route / no key */
    SRV_SCOPE_READ = 1,
    SRV_SCOPE_WRITE = 2,
    SRV_SCOPE_ADMIN = 3,
} srv_scope;

#define SRV_AUTH_MAX_KEYS  1024
#define SRV_AUTH_MAX_TOKEN 512 /* longer bearer tokens are refused unhashed */

typedef struct srv_auth srv_auth;

/* Parse a key file's text. Returns a new key set (free with srv_auth_free) or NULL with err
 * (status 2: a configuration error). An empty "keys" list is an error: a file that grants
 * nothing is a mistake, not a way to turn authentication off. */
srv_auth *srv_auth_parse(const char *text, size_t len, gl_error *err);

/* Read and parse the file at `path`. NULL with err when unreadable or invalid. */
srv_auth *srv_auth_load(const char *path, gl_error *err);

void srv_auth_free(srv_auth *a); /* NULL ok */

/* Number of keys (0 for NULL). */
int srv_auth_count(const srv_auth *a);

/* Identify the key in an Authorization header value ("Bearer <key>", scheme case-insensitive).
 * Returns its scope and (when name != NULL) its configured name (borrowed from `a`), or
 * SRV_SCOPE_NONE when the header is absent, malformed or the key unknown. */
srv_scope srv_auth_identify(const srv_auth *a, const char *authorization, const char **name);

/* The scope a request needs (see the table above). SRV_SCOPE_NONE = open. */
srv_scope srv_auth_required(const char *method, const char *path);

/* Scope name ("read", "write", "admin", "none"); static string. */
const char *srv_scope_name(srv_scope s);

/* Lower-case hex SHA-256 of `len` bytes into out (65 bytes with the NUL). 0 or -1. */
int srv_auth_sha256_hex(const void *data, size_t len, char out[65]);

/* `gleanerd --hash-key`: read one key from `in` (a trailing newline / CRLF is dropped; the key
 * must be 16..512 printable ASCII bytes without spaces), print its hex digest and a newline to
 * `out`. 0, or -1 with err (the key is never part of the message). */
int srv_auth_hash_key_main(FILE *in, FILE *out, gl_error *err);

#endif
