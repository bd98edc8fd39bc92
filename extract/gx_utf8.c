/* gx_utf8.c — strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
#include "gx.h"

#include <stdint.h>

int gx_utf8_validate(const char *s, size_t len, gl_error *err)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0) {
            n = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4, cp = c & 0x07, min = 0x10000;
        } else {
            goto bad;
        }
        if (len - i < (size_t)n)
            goto bad;
        for (int k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                goto bad;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            goto bad;
        i += (size_t)n;
    }
    return 0;
bad:
    gl_error_set(err, 400, "invalid UTF-8 at byte offset %zu", i);
    if (err)
        err->offset = (long)i;
    return -1;
}
