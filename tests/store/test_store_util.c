/* test_store_util.c — database-free tests of the storage helpers: opaque keyset cursors
 * (round trip, malformed input), company ids (listed / unlisted FNV-1a), If-None-Match
 * matching. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_articles.h"
#include "db_util.h"
#include "h_store.h"

static int failures;
#define CHECK(c)                                                                                \
    do {                                                                                        \
        if (!(c)) {                                                                             \
            failures++;                                                                         \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c);              \
        }                                                                                       \
    } while (0)

int main(void)
{
    gl_error err;
    char a[128], b[128];
    /* round trips, including every length modulo 3 and multi-byte text */
    const char *keys[][2] = {{"1732870000123456", "27f6606039bd758d1689"}, {"", "x"}, {"7", ""},
                             {"2024-09-23", "d41a91d4b35dccc25fbf/3"}, {"标普", "nyse-spgi"},
                             {"ab", "c"}, {"abc", "de"}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char *c = db_cursor_encode(keys[i][0], keys[i][1]);
        CHECK(strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == strlen(c));
        CHECK(db_cursor_decode(c, a, sizeof a, b, sizeof b, &err) == 0);
        CHECK(!strcmp(a, keys[i][0]) && !strcmp(b, keys[i][1]));
        free(c);
    }
    /* malformed: bad alphabet, impossible length, no separator, too long for the buffers */
    const char *bad[] = {"", "!!!!", "a", "abcde", "YWJj", "%%%%", "AAAA"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        gl_error_clear(&err);
        CHECK(db_cursor_decode(bad[i], a, sizeof a, b, sizeof b, &err) == -1 && err.status == 400);
    }
    char *big = db_cursor_encode("0123456789012345678901234567890123456789", "y");
    char small[8];
    CHECK(db_cursor_decode(big, small, sizeof small, b, sizeof b, &err) == -1 && err.status == 400);
    free(big);

    /* company ids */
    char id[48];
    db_company_id("卓朗科技", "600225", "SSE", id);
    CHECK(!strcmp(id, "sse-600225"));
    db_company_id("x", "NVDA", "NASDAQ", id);
    CHECK(!strcmp(id, "nasdaq-nvda"));
    db_company_id("a", "600225", NULL, id); /* no exchange: not a listed id */
    CHECK(!strcmp(id, "n-af63dc4c8601ec8c"));
    db_company_id("", NULL, NULL, id); /* FNV-1a 64 offset basis for the empty string */
    CHECK(!strcmp(id, "n-cbf29ce484222325"));
    db_company_id("a", NULL, NULL, id); /* FNV-1a 64 of "a" */
    CHECK(!strcmp(id, "n-af63dc4c8601ec8c"));
    char id2[48];
    db_company_id("象帝先", "", NULL, id2);
    db_company_id("象帝先", NULL, NULL, id);
    CHECK(!strcmp(id, id2) && !strncmp(id, "n-", 2) && strlen(id) == 18);

    /* If-None-Match */
    CHECK(h_etag_matches("\"c12\"", "\"c12\""));
    CHECK(h_etag_matches("W/\"c12\"", "\"c12\""));
    CHECK(h_etag_matches("\"c11\", \"c12\"", "\"c12\""));
    CHECK(h_etag_matches("*", "\"c12\""));
    CHECK(!h_etag_matches("\"c1\"", "\"c12\""));
    CHECK(!h_etag_matches("\"c12", "\"c12\""));
    CHECK(!h_etag_matches(NULL, "\"c12\""));
    CHECK(!h_etag_matches("", "\"c12\""));

    /* limits */
    int lim;
    CHECK(db_parse_limit(NULL, &lim, &err) == 0 && lim == 50);
    CHECK(db_parse_limit("200", &lim, &err) == 0 && lim == 200);
    CHECK(db_parse_limit("0", &lim, &err) == -1 && err.status == 400);
    CHECK(db_parse_limit("201", &lim, &err) == -1);
    CHECK(db_parse_limit("5x", &lim, &err) == -1);

    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("store util checks passed\n");
    return failures ? 1 : 0;
}
