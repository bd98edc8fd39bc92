/* test_webhooks.c — unit tests of server/srv_webhook_{verify,adapt,sources}.c: Standard
 * Webhooks (the published svix test vector, several signatures, rotation, tolerance), Ghost and
 * WordPress signatures computed here with OpenSSL, malformed headers, payload adapters of
 * every kind, ISO times, the source file and the token bucket. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "srv_webhook_adapt.h"
#include "srv_webhook_sources.h"
#include "srv_webhook_verify.h"

typedef struct hdrs {
    const char *names[6];
    const char *values[6];
} hdrs;

static const char *get_hdr(void *ctx, const char *name)
{
    hdrs *h = ctx;
    for (int i = 0; i < 6 && h->names[i]; i++)
        if (!strcasecmp(h->names[i], name))
            return h->values[i];
    return NULL;
}

/* the svix / Standard Webhooks reference vector */
#define SVX_SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define SVX_ID "msg_p5jXN8AQM9LWM0D4loKWxJek"
#define SVX_TS "1614265330"
#define SVX_BODY "{\"test\": 2432232314}"
#define SVX_SIG "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

static int verify_std(const char *sig, const char *const *secrets, int n, time_t now, char *id,
                      gl_error *err)
{
    hdrs h = {{"webhook-id", "Webhook-Timestamp", "webhook-signature"}, {SVX_ID, SVX_TS, sig}};
    return wh_verify(WH_KIND_STANDARD, secrets, n, get_hdr, &h, SVX_BODY, strlen(SVX_BODY), now,
                     id, err);
}

static void test_standard_vector(void **state)
{
    (void)state;
    char sig[128], id[WH_ID_MAX];
    assert_int_equal(wh_sign_standard(SVX_SECRET, SVX_ID, SVX_TS, SVX_BODY, strlen(SVX_BODY), sig,
                                      sizeof sig),
                     0);
    assert_string_equal(sig, SVX_SIG);
    const char *secrets[2] = {"whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", SVX_SECRET};
    gl_error err;
    time_t now = 1614265330 + 10;
    /* right secret alone; rotation (second secret); several signatures, one right */
    assert_int_equal(verify_std(SVX_SIG, secrets + 1, 1, now, id, &err), 0);
    assert_string_equal(id, SVX_ID);
    assert_int_equal(verify_std(SVX_SIG, secrets, 2, now, id, &err), 0);
    assert_int_equal(verify_std("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " SVX_SIG, secrets, 2,
                                now, id, &err),
                     0);
    /* wrong secret only */
    assert_int_equal(verify_std(SVX_SIG, secrets, 1, now, id, &err), -1);
    assert_int_equal(err.status, 401);
    assert_null(strstr(err.message, "whsec_"));
    /* tampered signature, other version, garbage */
    assert_int_equal(verify_std("v1,g1hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", secrets, 2, now, id,
                                &err),
                     -1);
    assert_int_equal(verify_std("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", secrets, 2, now, id,
                                &err),
                     -1);
    assert_int_equal(verify_std("v1,!!!", secrets, 2, now, id, &err), -1);
    assert_int_equal(verify_std("", secrets, 2, now, id, &err), -1);
    /* tolerance: 300 s either way is fine, 301 is not */
    assert_int_equal(verify_std(SVX_SIG, secrets, 2, 1614265330 + 300, id, &err), 0);
    assert_int_equal(verify_std(SVX_SIG, secrets, 2, 1614265330 - 300, id, &err), 0);
    assert_int_equal(verify_std(SVX_SIG, secrets, 2, 1614265330 + 301, id, &err), -1);
    assert_int_equal(err.status, 401);
    assert_int_equal(verify_std(SVX_SIG, secrets, 2, 1614265330 - 301, id, &err), -1);
    /* a modified body fails */
    hdrs h = {{"webhook-id", "webhook-timestamp", "webhook-signature"}, {SVX_ID, SVX_TS, SVX_SIG}};
    assert_int_equal(wh_verify(WH_KIND_STANDARD, secrets, 2, get_hdr, &h, "{\"test\": 2432232315}",
                               strlen(SVX_BODY), now, id, &err),
                     -1);
    /* missing headers */
    hdrs h2 = {{"webhook-id", "webhook-signature"}, {SVX_ID, SVX_SIG}};
    assert_int_equal(wh_verify(WH_KIND_ARC, secrets, 2, get_hdr, &h2, SVX_BODY, strlen(SVX_BODY),
                               now, id, &err),
                     -1);
    assert_int_equal(err.status, 401);
}

static void hmac_b(const char *key, const char *a, size_t al, const char *b, unsigned char *mac)
{
    unsigned int ml = 32;
    size_t bl = b ? strlen(b) : 0;
    unsigned char *buf = malloc(al + bl + 1);
    memcpy(buf, a, al);
    if (bl)
        memcpy(buf + al, b, bl);
    HMAC(EVP_sha256(), key, (int)strlen(key), buf, al + bl, mac, &ml);
    free(buf);
}

static void test_ghost_and_wordpress(void **state)
{
    (void)state;
    const char *body = "{\"post\":{\"current\":{\"id\":\"1\"}}}";
    const char *secret = "ghost-secret-1";
    const char *secrets[2] = {"old", secret};
    time_t now = 1700000000;
    char ts[32], hdr[160], id[WH_ID_MAX];
    snprintf(ts, sizeof ts, "%lld", (long long)now * 1000 + 123);
    unsigned char mac[32];
    hmac_b(secret, body, strlen(body), ts, mac);
    int o = snprintf(hdr, sizeof hdr, "sha256=");
    for (int i = 0; i < 32; i++)
        o += snprintf(hdr + o, sizeof hdr - (size_t)o, "%02x", mac[i]);
    snprintf(hdr + o, sizeof hdr - (size_t)o, ", t=%s", ts);
    hdrs h = {{"X-Ghost-Signature"}, {hdr}};
    gl_error err;
    assert_int_equal(wh_verify(WH_KIND_GHOST, secrets, 2, get_hdr, &h, body, strlen(body), now, id,
                               &err),
                     0);
    assert_true(!strncmp(id, "sha256:", 7) && strlen(id) == 71);
    assert_int_equal(wh_verify(WH_KIND_GHOST, secrets, 1, get_hdr, &h, body, strlen(body), now, id,
                               &err),
                     -1);
    assert_int_equal(wh_verify(WH_KIND_GHOST, secrets, 2, get_hdr, &h, body, strlen(body),
                               now + 400, id, &err),
                     -1);
    hdrs bad = {{"X-Ghost-Signature"}, {"sha256=zz, t=1"}};
    assert_int_equal(wh_verify(WH_KIND_GHOST, secrets, 2, get_hdr, &bad, body, strlen(body), now,
                               id, &err),
                     -1);

    /* WordPress: base64 HMAC of the body */
    hmac_b("wp-secret", body, strlen(body), NULL, mac);
    char b64[64];
    wh_b64_encode(mac, 32, b64);
    const char *wps[1] = {"wp-secret"};
    hdrs w = {{"x-wp-webhook-signature"}, {b64}};
    assert_int_equal(wh_verify(WH_KIND_WORDPRESS, wps, 1, get_hdr, &w, body, strlen(body), now, id,
                               &err),
                     0);
    assert_int_equal(wh_verify(WH_KIND_WORDPRESS, wps, 1, get_hdr, &w, body, strlen(body) - 1, now,
                               id, &err),
                     -1);
    hdrs none = {{NULL}, {NULL}};
    assert_int_equal(wh_verify(WH_KIND_WORDPRESS, wps, 1, get_hdr, &none, body, strlen(body), now,
                               id, &err),
                     -1);
    assert_int_equal(err.status, 401);
}

static void test_base64(void **state)
{
    (void)state;
    unsigned char out[16];
    assert_int_equal(wh_b64_decode("aGk=", 4, out), 2);
    assert_memory_equal(out, "hi", 2);
    assert_int_equal(wh_b64_decode("aGVsbG8h", 8, out), 6);
    assert_int_equal(wh_b64_decode("aGk", 3, out), -1);
    assert_int_equal(wh_b64_decode("a=Gk", 4, out), -1);
    assert_int_equal(wh_b64_decode("aG k", 4, out), -1);
}

static void test_times(void **state)
{
    (void)state;
    long long ms;
    assert_int_equal(wh_parse_time_ms("1970-01-01T00:00:00Z", &ms), 0);
    assert_int_equal(ms, 0);
    assert_int_equal(wh_parse_time_ms("2024-09-24T08:00:00.250Z", &ms), 0);
    assert_int_equal(ms, 1727164800250LL);
    assert_int_equal(wh_parse_time_ms("2024-09-24T16:00:00+08:00", &ms), 0);
    assert_int_equal(ms, 1727164800000LL);
    assert_int_equal(wh_parse_time_ms("2024-09-24T08:00:00", &ms), 0); /* WordPress *_gmt */
    assert_int_equal(ms, 1727164800000LL);
    assert_int_equal(wh_parse_time_ms("2024-09-24", &ms), 0);
    assert_int_equal(wh_parse_time_ms("2024-13-24T08:00:00", &ms), -1);
    assert_int_equal(wh_parse_time_ms("yesterday", &ms), -1);
    assert_int_equal(wh_parse_time_ms("2024-09-24T08:00:00Zjunk", &ms), -1);
}

static void test_inline_text(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"A &amp; B", "A & B"},
        {"卓朗科技 &#8211; 快讯&#8230;", "卓朗科技 \u2013 快讯\u2026"},
        {"<em>Big</em> news&#x21;", "Big news!"},
        {"&ldquo;Q&rdquo; &nbsp;x", "\u201cQ\u201d  x"},
        {"keep &bogus; and & alone &#xD800;", "keep &bogus; and & alone &#xD800;"},
        {"5 < 6", "5 < 6"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *t = wh_html_inline_text(cases[i][0]);
        char quoted[256];
        snprintf(quoted, sizeof quoted, "\"%s\"", cases[i][1]);
        json_t *w = json_loads(quoted, JSON_DECODE_ANY, NULL);
        assert_non_null(w);
        assert_string_equal(t, json_string_value(w));
        json_decref(w);
        free(t);
    }
}

static json_t *adapt(wh_kind k, const char *body)
{
    gl_error err;
    json_t *it = wh_adapt(k, body, strlen(body), "src", &err);
    if (!it)
        print_message("adapt: %s\n", err.message);
    return it;
}

static const char *sget(const json_t *o, const char *path1, const char *path2)
{
    const json_t *v = json_object_get(o, path1);
    if (path2)
        v = json_object_get(v, path2);
    return json_string_value(v);
}

static void test_adapters(void **state)
{
    (void)state;
    json_t *it = adapt(WH_KIND_WORDPRESS,
                       "{\"id\": 42, \"status\": \"publish\", \"date_gmt\": \"2024-09-23T10:00:00\","
                       "\"modified_gmt\": \"2024-09-24T08:00:00\", \"link\": \"https://x.test/p/42\","
                       "\"title\": {\"rendered\": \"T &amp; U\"}, \"content\": {\"rendered\": \"<p>Hi</p>\"}}");
    assert_non_null(it);
    assert_string_equal(sget(it, "action", NULL), "upsert");
    assert_string_equal(sget(it, "external_id", NULL), "42");
    assert_int_equal(json_integer_value(json_object_get(it, "modified_ms")), 1727164800000LL);
    assert_string_equal(sget(it, "article", "html"), "<p>Hi</p>");
    assert_string_equal(sget(it, "article", "published_at"), "2024-09-23");
    assert_string_equal(sget(it, "article", "source"), "src");
    assert_string_equal(sget(it, "article", "external_id"), "42");
    json_decref(it);
    it = adapt(WH_KIND_WORDPRESS, "{\"id\": 42, \"status\": \"trash\", \"modified_gmt\": \"2024-09-25T08:00:00\"}");
    assert_string_equal(sget(it, "action", NULL), "retract");
    json_decref(it);
    it = adapt(WH_KIND_WORDPRESS, "{\"deleted\": true, \"previous\": {\"id\": 7, \"status\": \"publish\"}}");
    assert_string_equal(sget(it, "action", NULL), "retract");
    assert_string_equal(sget(it, "external_id", NULL), "7");
    json_decref(it);
    it = adapt(WH_KIND_WORDPRESS, "{\"post\": {\"ID\": 9, \"post_status\": \"publish\", \"post_title\": \"A\","
                                  "\"post_content\": \"<p>B</p>\"}, \"post_permalink\": \"https://x.test/9\"}");
    assert_string_equal(sget(it, "action", NULL), "upsert");
    assert_string_equal(sget(it, "article", "url"), "https://x.test/9");
    json_decref(it);

    it = adapt(WH_KIND_GHOST, "{\"post\": {\"current\": {\"id\": \"g1\", \"status\": \"published\", "
                              "\"title\": \"T\", \"html\": \"<p>x</p>\", \"updated_at\": \"2024-09-24T08:00:00.000Z\"},"
                              "\"previous\": {}}}");
    assert_string_equal(sget(it, "action", NULL), "upsert");
    assert_string_equal(sget(it, "external_id", NULL), "g1");
    json_decref(it);
    it = adapt(WH_KIND_GHOST, "{\"post\": {\"current\": {\"id\": \"g1\", \"status\": \"draft\", \"html\": \"<p>x</p>\"}}}");
    assert_string_equal(sget(it, "action", NULL), "retract");
    json_decref(it);
    it = adapt(WH_KIND_GHOST, "{\"post\": {\"current\": {}, \"previous\": {\"id\": \"g1\", \"status\": \"published\"}}}");
    assert_string_equal(sget(it, "action", NULL), "retract");
    assert_true(json_is_null(json_object_get(it, "modified_ms")));
    json_decref(it);

    it = adapt(WH_KIND_ARC, "{\"event\": \"story:update\", \"body\": {\"_id\": \"ARC1\", \"type\": \"story\","
                            "\"headlines\": {\"basic\": \"H\"}, \"display_date\": \"2024-09-24T01:00:00Z\","
                            "\"content_elements\": [{\"type\": \"text\", \"content\": \"One &amp; two.\"},"
                            "{\"type\": \"image\", \"url\": \"x\"}, {\"type\": \"header\", \"level\": 3, \"content\": \"Sub\"}],"
                            "\"credits\": {\"by\": [{\"name\": \"Ann Lee\"}]}}}");
    assert_non_null(it);
    assert_string_equal(sget(it, "action", NULL), "upsert");
    assert_string_equal(sget(it, "article", "html"), "<p>One &amp; two.</p>\n<h3>Sub</h3>\n");
    assert_string_equal(json_string_value(json_array_get(json_object_get(it, "authors"), 0)), "Ann Lee");
    json_decref(it);
    it = adapt(WH_KIND_ARC, "{\"event\": \"story:delete\", \"body\": {\"_id\": \"ARC1\"}}");
    assert_string_equal(sget(it, "action", NULL), "retract");
    json_decref(it);

    it = adapt(WH_KIND_STANDARD, "{\"type\": \"article.updated\", \"timestamp\": \"x\", \"data\": "
                                 "{\"external_id\": \"n1\", \"text\": \"正文。\", \"modified_at\": \"2024-09-24T08:00:00Z\"}}");
    assert_string_equal(sget(it, "action", NULL), "upsert");
    assert_string_equal(sget(it, "article", "text"), "正文。");
    assert_string_equal(sget(it, "article", "external_id"), "n1");
    assert_null(json_object_get(json_object_get(it, "article"), "modified_at"));
    json_decref(it);
    it = adapt(WH_KIND_STANDARD, "{\"type\": \"article.deleted\", \"data\": {\"external_id\": \"n1\"}}");
    assert_string_equal(sget(it, "action", NULL), "retract");
    json_decref(it);

    /* unparseable / unusable payloads: 422 */
    static const char *const bad[][2] = {
        {"s", "{not json"}, {"s", "[1,2]"}, {"s", "{\"text\": \"a\", \"html\": \"b\"}"},
        {"s", "{\"type\": \"article.deleted\", \"data\": {}}"},
        {"s", "{\"text\": \"a\", \"modified_at\": \"soon\"}"},
        {"g", "{\"posts\": []}"}, {"g", "{\"post\": {\"current\": {}}}"},
        {"a", "{\"event\": \"story:update\", \"body\": {\"headlines\": {}}}"},
        {"w", "{\"hello\": 1}"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        wh_kind k = bad[i][0][0] == 's' ? WH_KIND_STANDARD : bad[i][0][0] == 'g' ? WH_KIND_GHOST
                  : bad[i][0][0] == 'a' ? WH_KIND_ARC : WH_KIND_WORDPRESS;
        gl_error err;
        json_t *x = wh_adapt(k, bad[i][1], strlen(bad[i][1]), "src", &err);
        if (x)
            print_message("accepted: %s\n", bad[i][1]);
        assert_null(x);
        assert_int_equal(err.status, 422);
    }
}

static void test_sources(void **state)
{
    (void)state;
    const char *good = "{\"sources\": [{\"name\": \"newsroom\", \"kind\": \"standard\", "
                       "\"secrets\": [\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\", \"whsec_AAAA\"], "
                       "\"outlet\": \"证券时报\", \"rate_per_second\": 1, \"burst\": 2},"
                       "{\"name\": \"blog\", \"kind\": \"ghost\", \"secrets\": [\"s3cr3t\"]}]}";
    gl_error err;
    wh_registry *r = wh_registry_parse(good, strlen(good), &err);
    assert_non_null(r);
    const wh_source *s = wh_source_find(r, "newsroom");
    assert_non_null(s);
    assert_int_equal(s->nsecrets, 2);
    assert_string_equal(s->outlet, "证券时报");
    assert_null(wh_source_find(r, "nope"));
    /* token bucket: burst 2, 1/s */
    int ra = 0;
    assert_true(wh_rate_take(r, s, 100.0, &ra));
    assert_true(wh_rate_take(r, s, 100.0, &ra));
    assert_false(wh_rate_take(r, s, 100.1, &ra));
    assert_int_equal(ra, 1);
    assert_true(wh_rate_take(r, s, 101.2, &ra));
    /* another source has its own bucket */
    assert_true(wh_rate_take(r, wh_source_find(r, "blog"), 100.1, &ra));
    wh_registry_free(r);

    static const char *const bad[] = {
        "{\"sources\": [{\"name\": \"a b\", \"kind\": \"standard\", \"secrets\": [\"x\"]}]}",
        "{\"sources\": [{\"name\": \"a\", \"kind\": \"rss\", \"secrets\": [\"x\"]}]}",
        "{\"sources\": [{\"name\": \"a\", \"kind\": \"ghost\", \"secrets\": []}]}",
        "{\"sources\": [{\"name\": \"a\", \"kind\": \"standard\", \"secrets\": [\"whsec_!!not-b64\"]}]}",
        "{\"sources\": [{\"name\": \"a\", \"kind\": \"ghost\", \"secrets\": [\"x\"]},"
        " {\"name\": \"a\", \"kind\": \"ghost\", \"secrets\": [\"y\"]}]}",
        "{\"sources\": {}}", "[]", "{",
        "{\"sources\": [{\"name\": \"a\", \"secrets\": [!!not-b64]}]}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        r = wh_registry_parse(bad[i], strlen(bad[i]), &err);
        assert_null(r);
        assert_int_equal(err.status, 2);
        assert_null(strstr(err.message, "!!not-b64")); /* secrets never in messages */
    }
}

/* Random JSON trees over the adapters' own vocabulary: every kind either gives an item with an
 * action or fails with 422; nothing crashes (run under ASan/UBSan by scripts/test). */
static const char *const VOCAB[] = {
    "post", "current", "previous", "id", "ID", "_id", "status", "html", "title", "content",
    "rendered", "content_elements", "type", "text", "headlines", "basic", "data", "body", "event",
    "deleted", "modified_gmt", "updated_at", "modified_at", "date_gmt", "published_at", "link",
    "url", "items", "level", "credits", "by", "name", "external_id", "post_id", "post_content",
    "post_status", "display_date", "last_updated_date", "canonical_url", "story", "action"};
#define NVOCAB (sizeof VOCAB / sizeof VOCAB[0])

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(unsigned n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

static json_t *random_json(int depth)
{
    static const char *const strs[] = {"publish", "trash", "draft", "published", "story:delete",
                                       "article.deleted", "<p>x &amp; y</p>", "", "2024-09-24T08:00:00Z",
                                       "2024-99-99", "text", "header", "list", "quote", "raw_html"};
    switch (depth > 4 ? rnd(4) : rnd(7)) {
    case 0: return json_string(strs[rnd(sizeof strs / sizeof strs[0])]);
    case 1: return json_integer((json_int_t)rnd(100000) - 5);
    case 2: return rnd(2) ? json_true() : json_false();
    case 3: return json_null();
    case 4: {
        json_t *a = json_array();
        for (unsigned i = rnd(4); i > 0; i--)
            json_array_append_new(a, random_json(depth + 1));
        return a;
    }
    default: {
        json_t *o = json_object();
        for (unsigned i = rnd(6); i > 0; i--)
            json_object_set_new(o, VOCAB[rnd(NVOCAB)], random_json(depth + 1));
        return o;
    }
    }
}

static void test_adapters_random(void **state)
{
    (void)state;
    int items = 0;
    for (int i = 0; i < 4000; i++) {
        json_t *doc = random_json(0);
        char *s = json_dumps(doc, JSON_COMPACT | JSON_ENCODE_ANY);
        json_decref(doc);
        for (int k = 0; k < 4; k++) {
            gl_error err;
            gl_error_clear(&err);
            json_t *it = wh_adapt((wh_kind)k, s, strlen(s), "src", &err);
            if (it) {
                const char *a = json_string_value(json_object_get(it, "action"));
                assert_non_null(a);
                assert_true(!strcmp(a, "upsert") || !strcmp(a, "retract"));
                if (!strcmp(a, "upsert"))
                    assert_true(json_is_object(json_object_get(it, "article")));
                else
                    assert_true(json_is_string(json_object_get(it, "external_id")));
                items++;
            } else {
                assert_int_equal(err.status, 422);
            }
            json_decref(it);
        }
        free(s);
    }
    assert_true(items > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_standard_vector), cmocka_unit_test(test_ghost_and_wordpress),
        cmocka_unit_test(test_base64),          cmocka_unit_test(test_times),
        cmocka_unit_test(test_adapters),        cmocka_unit_test(test_sources),
        cmocka_unit_test(test_inline_text),     cmocka_unit_test(test_adapters_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
