/* test_speed18.c — the engine's speed work of the sixteenth session's third round (speed18):
 * gx_utf8_count counts sixteen bytes at a time (byte lanes summed every 255 blocks). The round
 * also tried the decoder, the article's encoder and the validation four characters at a time
 * (fewer instructions, slower by the clock: reverted, docs/engine.md); the checks of those
 * boundaries stay as pins for the next attempt. Each is compared with a character by character
 * reference: a mark at every offset around groups of four and sixteen and in the tail, the edges
 * U+4DFF/U+4E00/U+9FFF/U+A000 and U+07FF/U+0800/U+FFFF/U+10000, ASCII, CR LF, a lone CR, two- and
 * four-byte characters, a ligature NFKC expands (ﬁ -> fi) and a mark it drops (U+200B), decoded
 * into an empty buffer and behind text already there (another base offset); overlongs
 * (E0 80 80), surrogates (ED A0 80), a stray continuation and a lead cut short; a count over more
 * than 255 blocks of ASCII. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx.h"
#include "gx_article.h"
#include "gx_normalize.h"
#include "gx_utf8.h"

#define HAN 0x4E2D /* 中 */

/* the code points of bytes[0, len) one at a time, as gx_normalize_decode documents it */
static void reference_decode(gx_arena *a, const char *bytes, size_t len, int32_t base, gx_cps *out)
{
    const unsigned char *p = (const unsigned char *)bytes;
    for (size_t i = 0; i < len;) {
        int k;
        int32_t src = base + (int32_t)i;
        uint32_t c = gx_utf8_decode(p + i, &k);
        i += (size_t)k;
        if (c == '\r') {
            if (i < len && p[i] == '\n')
                continue;
            c = '\n';
        }
        uint32_t o[4];
        int m = gx_normalize_cp(c, o);
        for (int j = 0; j < m; j++)
            gx_cps_push(a, out, o[j], src);
    }
}

/* j Han, the mark, t Han as UTF-8 into buf; its length */
static size_t text_of(char *buf, int j, const char *mark, int t)
{
    size_t n = 0;
    for (int k = 0; k < j; k++)
        n += (size_t)gx_utf8_encode(HAN + (uint32_t)k, buf + n);
    memcpy(buf + n, mark, strlen(mark));
    n += strlen(mark);
    for (int k = 0; k < t; k++)
        n += (size_t)gx_utf8_encode(0x6587, buf + n);
    return n;
}

static void test_decode_groups(void **state)
{
    (void)state;
    static const char *const marks[] = {
        "",          "a",           "\n",           "\r\n",          "\r",         "\xC3\xA9" /* é */,
        "\xE4\xB7\xBF" /* U+4DFF */, "\xE4\xB8\x80" /* U+4E00 */, "\xE9\xBF\xBF" /* U+9FFF */,
        "\xEA\x80\x80" /* U+A000 */, "\xEF\xBC\x8C" /* ， */,     "\xE3\x80\x80" /* U+3000 */,
        "\xF0\xA0\x80\x80" /* U+20000 */, "\xEF\xAC\x81" /* ﬁ */, "\xE2\x80\x8B" /* U+200B */,
        "\xEF\xAC\x81\xEF\xAC\x81\xEF\xAC\x81\xEF\xAC\x81\xEF\xAC\x81\xEF\xAC\x81" /* six ﬁ */,
    };
    char buf[256];
    for (int j = 0; j < 19; j++)
        for (int t = 0; t < 14; t++)
            for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
                for (int behind = 0; behind < 2; behind++) {
                    size_t len = text_of(buf, j, marks[m], t);
                    gx_arena *a = gx_arena_new();
                    gx_cps got = {0}, want = {0};
                    if (behind) { /* text already there: another count, capacity and base */
                        for (int k = 0; k < 5; k++) {
                            gx_cps_push(a, &got, 'x', k);
                            gx_cps_push(a, &want, 'x', k);
                        }
                    }
                    int32_t base = behind ? 100 : 0;
                    gx_normalize_decode(a, buf, len, base, &got);
                    reference_decode(a, buf, len, base, &want);
                    assert_int_equal(got.n, want.n);
                    assert_memory_equal(got.cp, want.cp, sizeof *got.cp * (size_t)want.n);
                    assert_memory_equal(got.src, want.src, sizeof *got.src * (size_t)want.n);
                    gx_arena_free(a);
                }
}

static void test_encode_groups(void **state)
{
    (void)state;
    static const uint32_t marks[] = {0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xFFFF, 0x10000, 0x20000, 0x3002};
    uint32_t cp[64];
    for (int j = 0; j < 19; j++)
        for (int t = 0; t < 14; t++)
            for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
                int32_t n = 0;
                for (int k = 0; k < j; k++)
                    cp[n++] = HAN + (uint32_t)k;
                if (marks[m])
                    cp[n++] = marks[m];
                for (int k = 0; k < t; k++)
                    cp[n++] = 0x6587;
                gx_article *art = gx_article_new();
                gx_article_set_cps(art, cp, n);
                char want[512];
                int32_t k = 0;
                assert_int_equal(art->ncp, n);
                for (int32_t i = 0; i < n; i++) {
                    assert_int_equal(art->cp[i], cp[i]);
                    assert_int_equal(art->cp_byte[i], k);
                    k += gx_utf8_encode(cp[i], want + k);
                }
                assert_int_equal(art->cp[n], 0);
                assert_int_equal(art->cp_byte[n], k);
                assert_int_equal(art->text_len, k);
                assert_memory_equal(art->text, want, (size_t)k);
                assert_int_equal(art->text[k], '\0');
                gx_article_free(art);
            }
}

/* the reference: RFC 3629 one character at a time (lead, continuations, no overlong, no
 * surrogate, <= U+10FFFF) */
static int valid_ref(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        unsigned c = p[i];
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!n || len - i < n)
            return -1;
        uint32_t cp = n == 1 ? c : c & (0x7Fu >> n);
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return -1;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return -1;
        i += n;
    }
    return 0;
}

static void test_validate_count_groups(void **state)
{
    (void)state;
    static const char *const marks[] = {
        "",     "a",   "\xC3\xA9", "\xE0\xA0\x80" /* U+0800 */, "\xED\x9F\xBF" /* U+D7FF */,
        "\xEE\x80\x80" /* U+E000 */, "\xEF\xBF\xBF" /* U+FFFF */, "\xF0\x9F\x98\x80" /* U+1F600 */,
        "\xE0\x80\x80" /* overlong */, "\xE0\x9F\xBF" /* overlong */, "\xED\xA0\x80" /* surrogate */,
        "\xED\xBF\xBF" /* surrogate */, "\x80" /* stray */, "\xE4\xB8" /* cut short */, "\xE4\x41\x80",
    };
    char buf[256];
    for (int j = 0; j < 19; j++)
        for (int t = 0; t < 14; t++)
            for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
                size_t len = text_of(buf, j, marks[m], t);
                assert_int_equal(gx_utf8_validate(buf, len, NULL), valid_ref(buf, len));
                size_t want = 0;
                for (size_t i = 0; i < len; i++)
                    want += ((unsigned char)buf[i] & 0xC0) != 0x80;
                assert_int_equal(gx_utf8_count(buf, len), want);
            }
    /* a count over more than 255 blocks of sixteen bytes (the lanes are summed on the way) */
    static char big[16 * 600 + 7];
    size_t n = 0, want = 0;
    while (n + 3 <= sizeof big) {
        n += (size_t)gx_utf8_encode(n < 16 * 300 || n % 7 == 0 ? 'a' : 0x4E2D, big + n); /* ASCII: every lane counts */
        want++;
    }
    assert_int_equal(gx_utf8_count(big, n), want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_groups),
        cmocka_unit_test(test_encode_groups),
        cmocka_unit_test(test_validate_count_groups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
