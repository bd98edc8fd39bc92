/* srv_webhook_verify.c — HMAC signature checks of webhook deliveries; see srv_webhook_verify.h. */
#include "srv_webhook_verify.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include "gl_alloc.h"

#define MAC_LEN 32

int wh_kind_parse(const char *s)
{
    if (!s)
        return -1;
    if (!strcmp(s, "standard"))
        return WH_KIND_STANDARD;
    if (!strcmp(s, "ghost"))
        return WH_KIND_GHOST;
    if (!strcmp(s, "wordpress"))
        return WH_KIND_WORDPRESS;
    if (!strcmp(s, "arc"))
        return WH_KIND_ARC;
    return -1;
}

const char *wh_kind_name(wh_kind k)
{
    static const char *const names[] = {"standard", "ghost", "wordpress", "arc"};
    return (unsigned)k < 4 ? names[k] : "unknown";
}

long wh_b64_decode(const char *in, size_t inlen, unsigned char *out)
{
    if (inlen == 0)
        return 0;
    if (inlen % 4 != 0 || inlen > (size_t)1 << 30)
        return -1;
    for (size_t i = 0; i < inlen; i++) {
        unsigned char ch = (unsigned char)in[i];
        bool pad_ok = ch == '=' && i >= inlen - 2 && (i == inlen - 1 || in[inlen - 1] == '=');
        if (!(isalnum(ch) || ch == '+' || ch == '/' || pad_ok))
            return -1;
    }
    int n = EVP_DecodeBlock(out, (const unsigned char *)in, (int)inlen);
    if (n < 0)
        return -1;
    if (in[inlen - 1] == '=')
        n--;
    if (in[inlen - 2] == '=')
        n--;
    return n;
}

void wh_b64_encode(const unsigned char *in, size_t n, char *out)
{
    EVP_EncodeBlock((unsigned char *)out, in, (int)n);
}

/* The key bytes of a secret: "whsec_<base64>" decoded when `standard`, else the raw string.
 * *key is malloc'd (caller frees, after cleansing). -1 when a whsec_ secret is not base64. */
static int secret_key(const char *secret, bool standard, unsigned char **key, size_t *klen)
{
    size_t sl = strlen(secret);
    if (standard && !strncmp(secret, "whsec_", 6)) {
        *key = gl_malloc(3 * ((sl - 6) / 4) + 4);
        long n = wh_b64_decode(secret + 6, sl - 6, *key);
        if (n <= 0) {
            free(*key);
            *key = NULL;
            return -1;
        }
        *klen = (size_t)n;
        return 0;
    }
    *key = (unsigned char *)gl_strdup(secret);
    *klen = sl;
    return 0;
}

/* HMAC-SHA256 over the concatenation of parts. 0 or -1. */
static int hmac_parts(const unsigned char *key, size_t klen, const char *const *parts,
                      const size_t *lens, int nparts, unsigned char mac[MAC_LEN])
{
    int rc = -1;
    EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
    EVP_MAC_CTX *ctx = m ? EVP_MAC_CTX_new(m) : NULL;
    char digest[] = "SHA256";
    OSSL_PARAM params[2] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                            OSSL_PARAM_construct_end()};
    size_t outl = 0;
    if (!ctx || !EVP_MAC_init(ctx, key, klen, params))
        goto out;
    for (int i = 0; i < nparts; i++)
        if (lens[i] && !EVP_MAC_update(ctx, (const unsigned char *)parts[i], lens[i]))
            goto out;
    if (!EVP_MAC_final(ctx, mac, &outl, MAC_LEN) || outl != MAC_LEN)
        goto out;
    rc = 0;
out:
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(m);
    return rc;
}

/* Does any secret's MAC over parts equal `given` (MAC_LEN bytes)? Constant time per compare;
 * every secret is tried (no early exit). */
static bool any_secret_matches(const char *const *secrets, int nsecrets, bool standard,
                               const char *const *parts, const size_t *lens, int nparts,
                               const unsigned char *given)
{
    bool ok = false;
    for (int s = 0; s < nsecrets; s++) {
        unsigned char *key;
        size_t klen;
        unsigned char mac[MAC_LEN];
        if (secret_key(secrets[s], standard, &key, &klen) < 0)
            continue;
        int rc = hmac_parts(key, klen, parts, lens, nparts, mac);
        OPENSSL_cleanse(key, klen);
        free(key);
        if (rc == 0 && CRYPTO_memcmp(mac, given, MAC_LEN) == 0)
            ok = true;
        OPENSSL_cleanse(mac, sizeof mac);
    }
    return ok;
}

/* Parse a decimal integer that must fill [s, s + n). -1 on junk. */
static int parse_i64(const char *s, size_t n, long long *out)
{
    if (n == 0 || n > 18)
        return -1;
    long long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

static int check_time(long long ts, time_t now, gl_error *err)
{
    long long d = (long long)now - ts;
    if (d > WH_TOLERANCE_S || d < -WH_TOLERANCE_S)
        return gl_error_set(err, 401, "timestamp outside the %d s tolerance", WH_TOLERANCE_S);
    return 0;
}

static void body_id(const char *body, size_t len, char id[WH_ID_MAX])
{
    unsigned char h[SHA256_DIGEST_LENGTH];
    SHA256((const unsigned char *)body, len, h);
    static const char hx[] = "0123456789abcdef";
    memcpy(id, "sha256:", 7);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++) {
        id[7 + 2 * i] = hx[h[i] >> 4];
        id[8 + 2 * i] = hx[h[i] & 15];
    }
    id[7 + 2 * SHA256_DIGEST_LENGTH] = '\0';
}

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    ch |= 32;
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

static int verify_standard(const char *const *secrets, int nsecrets, wh_header_fn hdr,
                           void *hctx, const char *body, size_t len, time_t now,
                           char id[WH_ID_MAX], gl_error *err)
{
    const char *wid = hdr(hctx, "webhook-id");
    const char *wts = hdr(hctx, "webhook-timestamp");
    const char *wsig = hdr(hctx, "webhook-signature");
    if (!wid || !wts || !wsig)
        return gl_error_set(err, 401, "missing webhook-id, webhook-timestamp or webhook-signature");
    size_t idl = strlen(wid);
    if (idl == 0 || idl >= WH_ID_MAX)
        return gl_error_set(err, 401, "webhook-id must be 1..%d bytes", WH_ID_MAX - 1);
    for (size_t i = 0; i < idl; i++)
        if ((unsigned char)wid[i] <= ' ' || (unsigned char)wid[i] >= 127)
            return gl_error_set(err, 401, "webhook-id must be printable ASCII");
    long long ts;
    if (parse_i64(wts, strlen(wts), &ts) < 0)
        return gl_error_set(err, 401, "webhook-timestamp is not Unix seconds");
    if (check_time(ts, now, err) < 0)
        return -1;
    const char *parts[5] = {wid, ".", wts, ".", body};
    size_t lens[5] = {idl, 1, strlen(wts), 1, len};
    bool ok = false;
    /* "v1,<b64> v1,<b64> ..." — every v1 entry is checked */
    const char *p = wsig;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (e - p > 3 && !strncmp(p, "v1,", 3)) {
            unsigned char given[96];
            size_t bl = (size_t)(e - p - 3);
            if (bl <= 128) {
                long n = wh_b64_decode(p + 3, bl, given);
                if (n == MAC_LEN &&
                    any_secret_matches(secrets, nsecrets, true, parts, lens, 5, given))
                    ok = true;
            }
        }
        p = e;
    }
    if (!ok)
        return gl_error_set(err, 401, "no valid v1 signature");
    memcpy(id, wid, idl + 1);
    return 0;
}

static int verify_ghost(const char *const *secrets, int nsecrets, wh_header_fn hdr, void *hctx,
                        const char *body, size_t len, time_t now, char id[WH_ID_MAX],
                        gl_error *err)
{
    const char *h = hdr(hctx, "X-Ghost-Signature");
    if (!h)
        return gl_error_set(err, 401, "missing X-Ghost-Signature");
    /* "sha256=<64 hex>, t=<ms>" */
    const char *sig = strstr(h, "sha256=");
    const char *t = strstr(h, "t=");
    if (!sig || !t)
        return gl_error_set(err, 401, "malformed X-Ghost-Signature");
    sig += 7;
    t += 2;
    size_t tl = strspn(t, "0123456789");
    long long ms;
    if (parse_i64(t, tl, &ms) < 0)
        return gl_error_set(err, 401, "malformed X-Ghost-Signature timestamp");
    if (check_time(ms / 1000, now, err) < 0)
        return -1;
    unsigned char given[MAC_LEN];
    for (int i = 0; i < MAC_LEN; i++) {
        int hi = hexval((unsigned char)sig[2 * i]),
            lo = hi < 0 ? -1 : hexval((unsigned char)sig[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return gl_error_set(err, 401, "malformed X-Ghost-Signature");
        given[i] = (unsigned char)(hi << 4 | lo);
    }
    const char *parts[2] = {body, t};
    size_t lens[2] = {len, tl};
    if (!any_secret_matches(secrets, nsecrets, false, parts, lens, 2, given))
        return gl_error_set(err, 401, "signature does not match");
    /* Ghost sends no delivery id: the body and its timestamp identify the delivery */
    body_id(body, len, id);
    return 0;
}

static int verify_wordpress(const char *const *secrets, int nsecrets, wh_header_fn hdr,
                            void *hctx, const char *body, size_t len, char id[WH_ID_MAX],
                            gl_error *err)
{
    const char *h = hdr(hctx, "X-WP-Webhook-Signature");
    if (!h)
        return gl_error_set(err, 401, "missing X-WP-Webhook-Signature");
    size_t hl = strlen(h);
    while (hl && h[hl - 1] == ' ')
        hl--;
    unsigned char given[96];
    if (hl > 128 || wh_b64_decode(h, hl, given) != MAC_LEN)
        return gl_error_set(err, 401, "malformed X-WP-Webhook-Signature");
    const char *parts[1] = {body};
    size_t lens[1] = {len};
    if (!any_secret_matches(secrets, nsecrets, false, parts, lens, 1, given))
        return gl_error_set(err, 401, "signature does not match");
    body_id(body, len, id);
    return 0;
}

int wh_verify(wh_kind kind, const char *const *secrets, int nsecrets, wh_header_fn hdr,
              void *hctx, const char *body, size_t len, time_t now, char id[WH_ID_MAX],
              gl_error *err)
{
    if (nsecrets <= 0)
        return gl_error_set(err, 401, "no secret configured");
    switch (kind) {
    case WH_KIND_STANDARD:
    case WH_KIND_ARC:
        return verify_standard(secrets, nsecrets, hdr, hctx, body, len, now, id, err);
    case WH_KIND_GHOST:
        return verify_ghost(secrets, nsecrets, hdr, hctx, body, len, now, id, err);
    case WH_KIND_WORDPRESS:
        return verify_wordpress(secrets, nsecrets, hdr, hctx, body, len, id, err);
    }
    return gl_error_set(err, 401, "unknown source kind");
}

int wh_sign_standard(const char *secret, const char *id, const char *timestamp,
                     const char *body, size_t len, char *out, size_t outlen)
{
    unsigned char *key, mac[MAC_LEN];
    size_t klen;
    if (outlen < 64 || secret_key(secret, true, &key, &klen) < 0)
        return -1;
    const char *parts[5] = {id, ".", timestamp, ".", body};
    size_t lens[5] = {strlen(id), 1, strlen(timestamp), 1, len};
    int rc = hmac_parts(key, klen, parts, lens, 5, mac);
    OPENSSL_cleanse(key, klen);
    free(key);
    if (rc < 0)
        return -1;
    memcpy(out, "v1,", 3);
    wh_b64_encode(mac, MAC_LEN, out + 3);
    return 0;
}
