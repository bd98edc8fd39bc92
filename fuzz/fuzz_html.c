/* fuzz_html.c — libFuzzer target for the HTML path: gx_html_extract() (charset decoding,
 * libxml2 parsing, main-content extraction, metadata, JSON-LD).
 *
 * The first byte picks the Content-Type charset passed along (none, utf-8, gbk, big5,
 * latin-1, an unknown name), so the decoder's every branch sees the same bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gx_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const charsets[] = {NULL,         "utf-8",     "gbk",    "big5",
                                           "iso-8859-1", "x-unknown", "utf-16", NULL};
    const char *cs = NULL;
    if (size > 0) {
        cs = charsets[data[0] % 8];
        data++;
        size--;
    }
    /* a copy without slack, so reads past the end are caught */
    char *copy = malloc(size ? size : 1);
    if (size)
        memcpy(copy, data, size);
    gx_html_result r;
    gl_error err;
    if (gx_html_extract(copy, size, cs, &r, &err) == 0) {
        /* every string must be valid and NUL-terminated */
        volatile size_t n = r.body ? strlen(r.body) : 0;
        n += r.title ? strlen(r.title) : 0;
        for (int i = 0; i < r.nauthors; i++)
            n += strlen(r.authors[i]);
        (void)n;
        gx_html_result_cleanup(&r);
    }
    free(copy);
    return 0;
}
