/* fuzz_request.c — libFuzzer target for request parsing: gx_request_parse() (media type,
 * charset parameter, JSON body with JSON_REJECT_DUPLICATES, field checks) and
 * gx_input_from_json(). The input is "<content-type>\n<body>". */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gx_request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *no_query(void *ctx, const char *name)
{
    (void)ctx;
    return name && name[0] == 's' ? "false" : NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nl = memchr(data, '\n', size < 200 ? size : 200);
    size_t ctl = nl ? (size_t)(nl - data) : 0;
    char *ct = malloc(ctl + 1);
    memcpy(ct, data, ctl);
    ct[ctl] = 0;
    size_t off = nl ? ctl + 1 : 0;
    size_t blen = size - off;
    char *body = malloc(blen ? blen : 1);
    if (blen)
        memcpy(body, data + off, blen);
    gx_request rq;
    gl_error err;
    memset(&rq, 0, sizeof rq);
    if (gx_request_parse(&rq, ct, body, blen, no_query, NULL, &err) == 0) {
        volatile size_t n = rq.in.len;
        if (rq.in.title)
            n += strlen(rq.in.title);
        (void)n;
    }
    gx_request_cleanup(&rq);
    /* the JSON adapter on its own, on any JSON value */
    json_error_t je;
    json_t *j = json_loadb(body, blen, JSON_REJECT_DUPLICATES, &je);
    if (j) {
        gx_input in = gx_input_default();
        gx_input_from_json(j, &in, &err);
        json_decref(j);
    }
    free(body);
    free(ct);
    return 0;
}
