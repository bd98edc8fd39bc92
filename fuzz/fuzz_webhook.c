/* fuzz_webhook.c — libFuzzer target for the webhook path before and after the signature:
 * the signature header parsers of every kind (wh_verify: Standard Webhooks, Ghost, WP
 * Webhooks), the payload adapters (wh_adapt), the inline-HTML title decoder and the CMS
 * timestamp parser. Input: one byte choosing the kind, then "name: value" header lines, an
 * empty line, and the body. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "srv_webhook_adapt.h"
#include "srv_webhook_verify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_HEADERS 8

typedef struct headers {
    char *name[MAX_HEADERS], *value[MAX_HEADERS];
    int n;
} headers;

static const char *lookup(void *ctx, const char *name)
{
    headers *h = ctx;
    for (int i = 0; i < h->n; i++)
        if (!strcasecmp(h->name[i], name))
            return h->value[i];
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    wh_kind kind = (wh_kind)(data[0] % 4);
    char *copy = malloc(size); /* NUL-terminated copy of everything after the kind byte */
    memcpy(copy, data + 1, size - 1);
    copy[size - 1] = '\0';
    size_t len = size - 1;

    headers h = {.n = 0};
    char *p = copy, *end = copy + len;
    while (p < end && h.n < MAX_HEADERS) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl || nl == p) { /* the empty line ends the headers */
            if (nl)
                p = nl + 1;
            break;
        }
        *nl = '\0';
        char *colon = strchr(p, ':');
        if (colon) {
            *colon = '\0';
            h.name[h.n] = p;
            h.value[h.n] = colon + 1 + (colon[1] == ' ');
            h.n++;
        }
        p = nl + 1;
    }
    const char *body = p;
    size_t blen = (size_t)(end - p);

    static const char *const secrets[] = {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "plain-secret"};
    char id[WH_ID_MAX];
    gl_error err;
    gl_error_clear(&err);
    (void)wh_verify(kind, secrets, 2, lookup, &h, body, blen, (time_t)1727100000, id, &err);

    json_t *item = wh_adapt(kind, body, blen, "fuzz", &err);
    json_decref(item);

    char *text = wh_html_inline_text(body);
    free(text);
    long long ms;
    if (h.n > 0)
        (void)wh_parse_time_ms(h.value[0], &ms);
    free(copy);
    return 0;
}
