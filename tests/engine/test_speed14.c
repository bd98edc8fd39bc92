/* test_speed14.c — the engine's speed work of the thirteenth session's second round
 * ("speed14"). gx_utf8_validate reads eight ASCII bytes and runs of three-byte characters
 * four bytes at a time: the answer and the reported byte offset must be those of the
 * byte-by-byte test. Pinned: every kind of bad sequence at the start, inside and at the end of
 * a run of CJK characters (overlongs, surrogates, a missing or a stray continuation, a
 * truncated character, code points past U+10FFFF), the edges of the three-byte range
 * (U+0800, U+D7FF, U+E000, U+FFFF) and texts of every length around the 4- and 8-byte reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx.h"

/* the byte-by-byte test the fast one must equal: -1 - offset when bad, 0 when valid */
static long reference(const unsigned char *p, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0)
            n = 2, cp = c & 0x1F, min = 0x80;
        else if ((c & 0xF0) == 0xE0)
            n = 3, cp = c & 0x0F, min = 0x800;
        else if ((c & 0xF8) == 0xF0)
            n = 4, cp = c & 0x07, min = 0x10000;
        else
            return -1 - (long)i;
        if (len - i < (size_t)n)
            return -1 - (long)i;
        for (int k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return -1 - (long)i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return -1 - (long)i;
        i += (size_t)n;
    }
    return 0;
}

static long fast(const unsigned char *p, size_t len)
{
    gl_error err;
    gl_error_clear(&err);
    if (gx_utf8_validate((const char *)p, len, &err) == 0)
        return 0;
    assert_int_equal(err.status, 400);
    return -1 - err.offset;
}

static void same(const unsigned char *p, size_t len)
{
    assert_int_equal(fast(p, len), reference(p, len));
    assert_int_equal(gx_utf8_validate((const char *)p, len, NULL) == 0, reference(p, len) == 0);
}

/* s then each bad sequence at each position of a run of CJK characters, at every length */
static void test_bad_in_runs(void **state)
{
    (void)state;
    static const unsigned char bad[][4] = {
        {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
        {0xE4, 0x38, 0xAD}, {0xE4, 0xB8, 0x2D}, {0xE4, 0xB8, 0xE4}, {0x80, 0x80, 0x80},
        {0xC0, 0xAF, 0x41}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80}, {0xFF, 0x41, 0x41},
    };
    static const unsigned char good[][4] = {
        {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xEE, 0x80, 0x80}, {0xEF, 0xBF, 0xBF},
        {0xE4, 0xB8, 0xAD}, {0xC2, 0xB7, 0x41}, {0xF0, 0x9F, 0x98, 0x80}, {0x41, 0x42, 0x43},
    };
    unsigned char buf[64];
    for (size_t b = 0; b < sizeof bad / sizeof bad[0] + sizeof good / sizeof good[0]; b++) {
        const unsigned char *x = b < sizeof bad / sizeof bad[0] ? bad[b] : good[b - sizeof bad / sizeof bad[0]];
        for (int at = 0; at < 8; at++) {
            size_t n = 0;
            for (int k = 0; k < at; k++) { /* 中 */
                buf[n++] = 0xE4, buf[n++] = 0xB8, buf[n++] = 0xAD;
            }
            memcpy(buf + n, x, 4);
            n += 4;
            for (int k = 0; k < 4; k++)
                buf[n++] = 0xE4, buf[n++] = 0xB8, buf[n++] = 0xAD;
            for (size_t len = 0; len <= n; len++)
                same(buf, len);
        }
    }
}

/* the answer pinned, not only equal to the reference */
static void test_offsets(void **state)
{
    (void)state;
    const char *cjk = "新闻中心";
    assert_int_equal(fast((const unsigned char *)cjk, strlen(cjk)), 0);
    assert_int_equal(fast((const unsigned char *)cjk, strlen(cjk) - 1), -1 - 9); /* truncated last */
    const unsigned char sur[] = {0xE4, 0xB8, 0xAD, 0xED, 0xA0, 0x80, 0xE4, 0xB8, 0xAD};
    assert_int_equal(fast(sur, sizeof sur), -1 - 3);
    const unsigned char over[] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0xE0, 0x9F, 0xBF, 'x'};
    assert_int_equal(fast(over, sizeof over), -1 - 9);
    const unsigned char stray[] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 0x80, 'i'};
    assert_int_equal(fast(stray, sizeof stray), -1 - 7);
    const unsigned char edges[] = {0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80, 0xEF, 0xBF, 0xBF};
    assert_int_equal(fast(edges, sizeof edges), 0);
}

/* every two-byte text and every three-byte text after a CJK character and before an ASCII one */
static void test_exhaustive_short(void **state)
{
    (void)state;
    unsigned char buf[8] = {0xE4, 0xB8, 0xAD};
    for (uint32_t x = 0; x < 1u << 24; x += 7) /* ~2.4 M texts */ { /* a stride prime to 256 visits all byte values */
        buf[3] = (unsigned char)(x >> 16), buf[4] = (unsigned char)(x >> 8), buf[5] = (unsigned char)x;
        buf[6] = 'a', buf[7] = 0xE4;
        for (size_t len = 4; len <= 8; len++)
            same(buf, len);
        same(buf + 3, 3);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_in_runs),
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_exhaustive_short),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
