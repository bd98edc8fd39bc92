/* gx_charset.h — turning the bytes of an HTML page into UTF-8 (part of HTML input, issue 8).
 *
 * Order of evidence: the charset of the HTTP Content-Type (the caller's argument), then a byte
 * order mark, then <meta charset> / <meta http-equiv="Content-Type"> in the first bytes of the
 * page, then detection (valid UTF-8, else GB18030, else Big5, else windows-1252). GB2312 and GBK
 * are decoded as GB18030 (their superset), ISO-8859-1 / ASCII as windows-1252 (as browsers do).
 *
 * A declared charset that the bytes contradict is not trusted blindly: a page declared UTF-8 that
 * is not valid UTF-8 but decodes cleanly as GB18030 (or Big5) is decoded as that, and a page
 * declared GBK/latin-1 whose bytes are valid multi-byte UTF-8 is decoded as UTF-8; either way a
 * warning says so, so the caller never gets mojibake silently. */
#ifndef GX_CHARSET_H
#define GX_CHARSET_H

#include <stddef.h>

#include "gl_error.h"

typedef struct gx_charset_result {
    char *utf8;        /* NUL-terminated UTF-8 (NUL bytes of the input dropped); caller free()s */
    size_t len;        /* bytes in utf8, without the terminating NUL                         */
    char used[32];     /* the iconv name the page was decoded with ("UTF-8", "GB18030", ...) */
    char warning[160]; /* "" or a sentence for the article's warnings                        */
} gx_charset_result;

/* Normalize a charset label (case, quotes, aliases) to the iconv name used for decoding, into
 * out (size outsz). Returns 0, or -1 when the label is empty or unusable. */
int gx_charset_canonical(const char *label, size_t label_len, char *out, size_t outsz);

/* Find the charset a page declares in its first bytes (<meta charset=...> or
 * <meta http-equiv content="...; charset=...">). Writes the canonical name into out and returns
 * 0, or -1 when there is none. */
int gx_charset_sniff_meta(const char *bytes, size_t len, char *out, size_t outsz);

/* Decode bytes into UTF-8 following the order above. http_charset may be NULL. Returns 0 and
 * fills out (the caller free()s out->utf8), or -1 with err filled (only when iconv itself is
 * unusable; undecodable bytes become U+FFFD, never an error). */
int gx_charset_decode(const char *bytes, size_t len, const char *http_charset,
                      gx_charset_result *out, gl_error *err);

#endif
