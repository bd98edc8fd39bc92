/* gx_jwriter.c — direct JSON writer, byte-compatible with json_dumps(GX_JSON_FLAGS); see
 * gx_jwriter.h. tests/engine/test_jwriter.c compares it with jansson on random values. */
#include "gx_jwriter.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx.h"

void gx_jw_init(gx_jwriter *w)
{
    w->cap = 4096;
    w->p = gl_malloc(w->cap);
    w->n = 0;
    w->comma = false;
}

void gx_jw_cleanup(gx_jwriter *w)
{
    free(w->p);
    w->p = NULL;
    w->n = w->cap = 0;
}

char *gx_jw_steal(gx_jwriter *w, size_t *len)
{
    gx_jw_raw(w, "", 1); /* the terminating NUL */
    char *s = w->p;
    if (len)
        *len = w->n - 1;
    w->p = NULL;
    w->n = w->cap = 0;
    return s;
}

void gx_jw_grow(gx_jwriter *w, size_t more)
{
    size_t cap = w->cap ? w->cap : 4096;
    while (cap < w->n + more)
        cap *= 2;
    w->p = gl_realloc(w->p, cap);
    w->cap = cap;
}

void gx_jw_int(gx_jwriter *w, long long v)
{
    gx_jw_sep(w);
    char tmp[24];
    int i = (int)sizeof tmp;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    gx_jw_raw(w, tmp + i, sizeof tmp - (size_t)i);
}

/* jansson's jsonp_dtostr with precision 15: "%.15g", the locale's decimal point as '.', ".0"
 * appended when there is neither '.' nor 'e', then the exponent's sign '+' and leading zeros
 * removed ("1e+20" -> "1e20", "1e-05" -> "1e-5"). */
/* The fast path of gx_jw_real for the engine's usual reals (scores rounded to 3 decimals,
 * percentages, amounts): v is the double nearest to r / 10^d for an integer |r| < 10^15 and
 * d <= 6, and |v| >= 0.001 (so "%.15g" prints it without an exponent). The exact value of v
 * is then within 2^-53 (relative) of r / 10^d, which has at most 15 significant digits, so its
 * 15-digit rounding is r / 10^d itself: "%.15g" prints the digits of r with the point d places
 * from the right and trailing fraction zeros dropped; an integral value gets ".0" as jansson
 * appends it. Returns the length written into buf, or 0 when v is not of that form (then the
 * caller prints with snprintf). tests/engine/test_jwriter.c compares both on random values. */
static int real_fast(double v, char *buf)
{
    static const double P10[] = {1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0};
    static const long long I10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    const double a = v < 0 ? -v : v;
    if (!(a >= 0.001 && a < 1e15))
        return 0;
    for (int d = 0; d <= 6; d++) {
        const double s = a * P10[d];
        if (!(s < 1e15))
            return 0;
        const long long r = (long long)(s + 0.5);
        if ((double)r / P10[d] != a)
            continue;
        long long ip = r / I10[d], fp = r % I10[d];
        int fd = d;
        while (fd > 0 && fp % 10 == 0)
            fp /= 10, fd--;
        char tmp[40];
        int i = (int)sizeof tmp;
        if (fd == 0) {
            tmp[--i] = '0';
            tmp[--i] = '.';
        } else {
            for (int k = 0; k < fd; k++, fp /= 10)
                tmp[--i] = (char)('0' + fp % 10);
            tmp[--i] = '.';
        }
        do {
            tmp[--i] = (char)('0' + ip % 10);
            ip /= 10;
        } while (ip);
        if (v < 0)
            tmp[--i] = '-';
        const int len = (int)sizeof tmp - i;
        memcpy(buf, tmp + i, (size_t)len);
        return len;
    }
    return 0;
}

void gx_jw_real(gx_jwriter *w, double v)
{
    gx_jw_sep(w);
    char buf[64];
    int fast = real_fast(v, buf);
    if (fast > 0) {
        gx_jw_raw(w, buf, (size_t)fast);
        return;
    }
    int len = snprintf(buf, sizeof buf - 3, "%.15g", v);
    if (len < 0 || len >= (int)sizeof buf - 3)
        len = 0;
    for (int i = 0; i < len; i++)
        if (buf[i] == ',')
            buf[i] = '.';
    if (!memchr(buf, '.', (size_t)len) && !memchr(buf, 'e', (size_t)len)) {
        buf[len++] = '.';
        buf[len++] = '0';
        buf[len] = '\0';
    }
    char *e = memchr(buf, 'e', (size_t)len);
    if (e) {
        char *start = e + 1, *end = e + 2;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, (size_t)len - (size_t)(end - buf));
            len -= (int)(end - start);
        }
    }
    gx_jw_raw(w, buf, (size_t)len);
}

/* 1 for the bytes a JSON string must escape: '"', '\\' and the controls below 0x20. */
static const unsigned char ESC[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* Does one of the 8 bytes of v need an escape (< 0x20, '"' or '\\')? May say yes wrongly
 * (then the bytes are looked at one by one), never no wrongly. */
static inline bool word_needs_escape(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
    return (((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high;
}

#ifdef __SSE2__
/* The offset of the first of the 16 bytes at p that needs an escape (the bytes ESC marks),
 * or 16: exact, so a string's bytes are escaped exactly as the scalar loop escapes them. */
static inline size_t esc16(const unsigned char *p)
{
    const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    const __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x); /* x <= 0x1F */
    const __m128i q = _mm_cmpeq_epi8(x, _mm_set1_epi8('"')), b = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    const unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(q, b)));
    return m ? (size_t)__builtin_ctz(m) : 16;
}
#endif

void gx_jw_strn(gx_jwriter *w, const char *s, size_t n)
{
    gx_jw_sep(w);
    gx_jw_reserve(w, n + 2);
    w->p[w->n++] = '"';
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0;
    while (i < n) {
#ifdef __SSE2__
        if (i + 16 <= n) { /* 16 bytes at a time, straight to the first one to escape */
            const size_t k = esc16(u + i);
            i += k;
            if (k == 16)
                continue;
        } else
#endif
        {
            if (i + 8 <= n) {
                uint64_t v;
                memcpy(&v, u + i, 8);
                if (!word_needs_escape(v)) {
                    i += 8;
                    continue;
                }
            }
            if (!ESC[u[i]]) {
                i++;
                continue;
            }
        }
        gx_jw_raw(w, s + run, i - run);
        char seq[8];
        const char *t = seq;
        size_t tl = 2;
        switch (u[i]) {
        case '\\': t = "\\\\"; break;
        case '"': t = "\\\""; break;
        case '\b': t = "\\b"; break;
        case '\f': t = "\\f"; break;
        case '\n': t = "\\n"; break;
        case '\r': t = "\\r"; break;
        case '\t': t = "\\t"; break;
        default:
            snprintf(seq, sizeof seq, "\\u%04X", u[i]);
            tl = 6;
        }
        gx_jw_raw(w, t, tl);
        run = ++i;
    }
    gx_jw_raw(w, s + run, n - run);
    gx_jw_close(w, '"');
}

bool gx_jw_utf8_ok(const char *s)
{
    return gx_utf8_validate(s, strlen(s), NULL) == 0;
}
