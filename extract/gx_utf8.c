/* gx_utf8.c — strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, <= U+10FFFF)
 * and the small decode/encode/classify helpers of gx_utf8.h. */
#include "gx_utf8.h"

#include "gx.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* x read from memory as little-endian */
static inline uint32_t le32(uint32_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap32(x);
#else
    return x;
#endif
}

int gx_utf8_validate(const char *s, size_t len, gl_error *err)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* eight ASCII bytes at a time */
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        /* a run of three-byte characters (all of CJK), four bytes read at a time: a lead
         * 1110xxxx and two continuations 10xxxxxx; not E0 80..9F (overlong) nor ED A0..BF (a
         * surrogate), told apart by bit 5 of the second byte. Anything else (and the last
         * character of the text) goes through the general test below. */
        while (len - i >= 4) {
            uint32_t w;
            memcpy(&w, p + i, 4);
            w = le32(w);
            const uint32_t t = w & 0x20FFu;
            if ((w & 0xC0C0F0u) != 0x8080E0u || t == 0xE0u || t == 0x20EDu)
                break;
            i += 3;
        }
        c = p[i]; /* i < len: the run stops with at least one byte left */
        if (c < 0x80)
            continue;
        /* three bytes: U+0800..U+FFFF less the surrogates */
        if ((c & 0xF0) == 0xE0) {
            if (len - i < 3 || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
                goto bad;
            uint32_t cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                goto bad;
            i += 3;
            continue;
        }
        int n;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0) {
            n = 2, cp = c & 0x1F, min = 0x80;
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
        if (cp < min || cp > 0x10FFFF)
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

uint32_t gx_utf8_decode(const unsigned char *s, int *n)
{
    if (s[0] < 0x80) {
        *n = 1;
        return s[0];
    }
    if ((s[0] & 0xE0) == 0xC0) {
        *n = 2;
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if ((s[0] & 0xF0) == 0xE0) {
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

int32_t gx_utf8_to_cps(const char *s, size_t len, uint32_t *out, int32_t max)
{
    if (gx_utf8_validate(s, len, NULL) < 0)
        return -1;
    const unsigned char *p = (const unsigned char *)s;
    int32_t n = 0;
    for (size_t i = 0; i < len; n++) {
        if (n == max)
            return -1;
        int k;
        out[n] = gx_utf8_decode(p + i, &k);
        i += (size_t)k;
    }
    return n;
}

int gx_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t gx_utf8_count(const char *s, size_t len)
{
    size_t n = 0, i = 0;
#ifdef __SSE2__
    /* sixteen bytes at a time: those that are no continuation (10xxxxxx, -128..-65 as signed)
     * counted in sixteen byte lanes (up to 255 blocks, then summed) */
    while (len - i >= 16) {
        __m128i acc = _mm_setzero_si128();
        for (int b = 0; b < 255 && len - i >= 16; b++, i += 16) {
            const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            acc = _mm_sub_epi8(acc, _mm_cmpgt_epi8(x, _mm_set1_epi8(-65)));
        }
        const __m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
        n += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
    }
#endif
    for (; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}
