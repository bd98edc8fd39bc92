/* srv_webhook_verify.h — signature verification of CMS webhook deliveries over the RAW body,
 * before anything is parsed (issue 7, API.md "Webhooks").
 *
 *   standard / arc  Standard Webhooks: webhook-id, webhook-timestamp (Unix seconds),
 *                   webhook-signature "v1,<base64 HMAC-SHA256 of id.timestamp.body>" (several
 *                   space-separated signatures allowed); secrets "whsec_<base64 key>" (a secret
 *                   without the prefix is used as raw bytes).
 *   ghost           X-Ghost-Signature "sha256=<hex HMAC-SHA256 of body followed by t>, t=<ms>".
 *   wordpress       X-WP-Webhook-Signature "<base64 HMAC-SHA256 of body>" (no timestamp: replays
 *                   are caught by the delivery id, which is the SHA-256 of the body).
 * Timestamps more than WH_TOLERANCE_S seconds away from `now` are refused. Every MAC is
 * compared with CRYPTO_memcmp; any one of several secrets verifies (rotation). Error messages
 * never contain a secret or a computed MAC. OpenSSL libcrypto does HMAC, SHA-256 and base64. */
#ifndef SRV_WEBHOOK_VERIFY_H
#define SRV_WEBHOOK_VERIFY_H

#include <stddef.h>
#include <time.h>

#include "gl_error.h"

#define WH_TOLERANCE_S 300
#define WH_ID_MAX 160

typedef enum wh_kind {
    WH_KIND_STANDARD = 0,
    WH_KIND_GHOST,
    WH_KIND_WORDPRESS,
    WH_KIND_ARC,
} wh_kind;

/* "standard", "ghost", "wordpress", "arc" -> kind; -1 when unknown. */
int wh_kind_parse(const char *s);
const char *wh_kind_name(wh_kind k);

/* Header lookup (case-insensitive name), NULL when absent. */
typedef const char *(*wh_header_fn)(void *ctx, const char *name);

/* Verify one delivery. On success returns 0 and writes the delivery id into id (WH_ID_MAX
 * bytes): the webhook-id for standard/arc (refused when longer than WH_ID_MAX - 1 or not
 * printable ASCII), "sha256:<hex of the body>" for ghost and wordpress. On failure returns -1
 * with err->status 401 (missing header, malformed header, stale timestamp, no secret matches).
 * secrets: nsecrets NUL-terminated strings. */
int wh_verify(wh_kind kind, const char *const *secrets, int nsecrets, wh_header_fn hdr,
              void *hctx, const char *body, size_t len, time_t now, char id[WH_ID_MAX],
              gl_error *err);

/* Signing helpers (the tests and docs use them to produce deliveries).
 * wh_sign_standard: "v1,<base64>" into out (>= 64 bytes). 0 or -1 (bad secret). */
int wh_sign_standard(const char *secret, const char *id, const char *timestamp,
                     const char *body, size_t len, char *out, size_t outlen);

/* Base64 (standard alphabet, padded). Decode returns the byte count or -1 when malformed;
 * out must hold 3 * (inlen / 4) bytes. Encode writes 4 * ceil(n / 3) + 1 bytes (NUL). */
long wh_b64_decode(const char *in, size_t inlen, unsigned char *out);
void wh_b64_encode(const unsigned char *in, size_t n, char *out);

#endif
