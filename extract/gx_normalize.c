/* gx_normalize.c — decoding with per-code-point NFKC and a source map, paragraph splitting
 * and page-break repair (see gx_normalize.h). */
#include "gx_normalize.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__) && !defined(GX_NO_AVX2_FIND)
#define GX_FIND_AVX2 1 /* (build knob GX_NO_AVX2_FIND: the SSE2 code alone) */
#include <immintrin.h>
#endif

#include "gx_utf8.h"

/* ------------------------------------------------------------------ code point buffers */

void gx_cps_reserve(gx_arena *a, gx_cps *b, int32_t need)
{
    if (need <= b->cap)
        return;
    int32_t cap = b->cap ? b->cap : 16;
    while (cap < need)
        cap *= 2;
    /* not zeroed: only [0, n) is ever read, and every slot is written before n covers it
     * (zeroing the whole capacity was a fifth of decoding) */
    uint32_t *cp = gx_arena_alloc_raw(a, sizeof *cp * (size_t)cap);
    int32_t *src = gx_arena_alloc_raw(a, sizeof *src * (size_t)cap);
    if (b->n) {
        memcpy(cp, b->cp, sizeof *cp * (size_t)b->n);
        memcpy(src, b->src, sizeof *src * (size_t)b->n);
    }
    b->cp = cp;
    b->src = src;
    b->cap = cap;
}

void gx_cps_append(gx_arena *a, gx_cps *b, const gx_cps *from)
{
    gx_cps_reserve(a, b, b->n + from->n);
    memcpy(b->cp + b->n, from->cp, sizeof *b->cp * (size_t)from->n);
    memcpy(b->src + b->n, from->src, sizeof *b->src * (size_t)from->n);
    b->n += from->n;
}

char *gx_cps_utf8(gx_arena *a, const gx_cps *b, int32_t *len)
{
    char *s = gx_arena_alloc_raw(a, (size_t)b->n * 4 + 1); /* written up to its NUL */
    int32_t k = 0;
    for (int32_t i = 0; i < b->n; i++)
        k += gx_utf8_encode(b->cp[i], s + k);
    s[k] = '\0';
    if (len)
        *len = k;
    return s;
}

char *gx_utf8_of_cps(gx_arena *a, const uint32_t *t, int32_t n)
{
    return gx_cps_utf8(a, &(gx_cps){.cp = (uint32_t *)t, .n = n, .cap = n}, NULL);
}

/* ------------------------------------------------------------------ decoding */

int gx_normalize_cp(uint32_t c, uint32_t out[4])
{
    if (c < 0x80) {
        if (c == '\n') {
            out[0] = c;
            return 1;
        }
        if (c == '\t' || c == '\v' || c == '\f') {
            out[0] = ' ';
            return 1;
        }
        if (c < 0x20 || c == 0x7F)
            return 0;
        out[0] = c;
        return 1;
    }
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
        out[0] = c; /* the common case: NFKC leaves ideographs alone */
        return 1;
    }
    /* fast paths: full-width ASCII is exactly c - 0xFEE0 under NFKC; common CJK punctuation
     * (、。《》「」『』【】 “” ‘’ … ·) is left alone by NFKC */
    if (c >= 0xFF01 && c <= 0xFF5E) {
        out[0] = c - 0xFEE0;
        return 1;
    }
    if ((c >= 0x3001 && c <= 0x3002) || (c >= 0x300A && c <= 0x3011) ||
        (c >= 0x2018 && c <= 0x201D) || c == 0x2026 || c == 0xB7) {
        out[0] = c;
        return 1;
    }
    if (c == 0x85 || c == 0x2028 || c == 0x2029) {
        out[0] = '\n';
        return 1;
    }
    if (c < 0xA0 || c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F))
        return 0; /* C1 controls, soft hyphen, zero-width and bidi marks, BOM, selectors */
    if (c == 0x3000) {
        out[0] = c; /* kept for the paragraph splitter, which turns it into a space */
        return 1;
    }
    if (c >= 0x2460 && c <= 0x2473) {
        out[0] = c; /* circled numbers ① … ⑳ number a list's items as written: NFKC's 1 … 20 would glue a
                     * number to the words (①公募 -> 1公募; sect16) */
        return 1;
    }
    if (gx_cp_is_space(c)) {
        out[0] = ' ';
        return 1;
    }
    utf8proc_int32_t buf[18];
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 18,
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, NULL);
    if (n <= 0 || n > 18 || (n == 1 && (uint32_t)buf[0] == c)) {
        out[0] = c;
        return 1;
    }
    n = utf8proc_normalize_utf32(buf, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (n == 1) {
        out[0] = (uint32_t)buf[0];
        if (out[0] == ' ' || out[0] < 0x20)
            out[0] = ' ';
        return 1;
    }
    if (n < 1 || n > 4) {
        out[0] = c;
        return 1;
    }
    /* Several code points: take them only when they are plain ASCII letters and digits
     * (ligatures, unit squares, ™); keep …, ㈱, ½, ℃ and the like as they are. */
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        uint32_t d = (uint32_t)buf[i];
        if (!((d >= '0' && d <= '9') || (d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z'))) {
            out[0] = c;
            return 1;
        }
    }
    for (utf8proc_ssize_t i = 0; i < n; i++)
        out[i] = (uint32_t)buf[i];
    return (int)n;
}

void gx_normalize_decode(gx_arena *a, const char *bytes, size_t len, int32_t base, gx_cps *out)
{
    const unsigned char *p = (const unsigned char *)bytes;
    /* one slot per input code point (ligature expansions grow the buffer when they occur) */
    gx_cps_reserve(a, out, out->n + (int32_t)gx_utf8_count(bytes, len) + 16);
    /* the count and arrays in locals (stores into the arrays would otherwise force reloads of
     * out->n); written back before the buffer grows and at the end */
    int32_t n = out->n, cap = out->cap;
    uint32_t *ocp = out->cp;
    int32_t *osrc = out->src;
    for (size_t i = 0; i < len;) {
        int32_t src = base + (int32_t)i;
        uint32_t c;
        int k;
        if (n + 4 > cap) {
            out->n = n;
            gx_cps_reserve(a, out, n + 4);
            cap = out->cap;
            ocp = out->cp;
            osrc = out->src;
        }
        if (p[i] < 0x80) {
            c = p[i];
            k = 1;
            if ((c >= 0x20 && c < 0x7F) || c == '\n') { /* printable ASCII: NFKC keeps it */
                i++;
                ocp[n] = c;
                osrc[n++] = src;
                continue;
            }
        } else if ((p[i] & 0xF0) == 0xE0) { /* CJK: three bytes */
            c = ((uint32_t)(p[i] & 0x0F) << 12) | ((uint32_t)(p[i + 1] & 0x3F) << 6) |
                (p[i + 2] & 0x3F);
            k = 3;
            if (c - 0x4E00u <= 0x9FFFu - 0x4E00u) { /* an ideograph: NFKC leaves it alone */
                i += 3;
                ocp[n] = c;
                osrc[n++] = src;
                continue;
            }
        } else {
            c = gx_utf8_decode(p + i, &k);
        }
        i += (size_t)k;
        if (c == '\r') {
            if (i < len && p[i] == '\n')
                continue;
            c = '\n';
        }
        uint32_t o[4];
        int m = gx_normalize_cp(c, o);
        for (int j = 0; j < m; j++) {
            ocp[n] = o[j];
            osrc[n++] = src;
        }
    }
    out->n = n;
}

/* ------------------------------------------------------------------ paragraphs */

static bool is_hspace(uint32_t c)
{
    return c == ' ' || c == 0x3000;
}

#ifdef GX_FIND_AVX2
/* The three searches below sixteen code points a step where the CPU has AVX2 (picked at run time;
 * twenty-ninth session, speed29): about half the instructions of the SSE2 steps, the searches
 * reading most of the text (paragraphs, the rules' walks for one rare character). A range of
 * eight or more code points ends with one eight-wide step over its last eight, which may reread
 * some already found clear: the first (last) match is the same. eq3 tests three values (pass
 * one twice for two). */
#define AVX2_FN __attribute__((target("avx2")))
AVX2_FN static inline unsigned eq3_mask(const uint32_t *p, __m256i va, __m256i vb, __m256i vc)
{
    const __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
    const __m256i ab = _mm256_or_si256(_mm256_cmpeq_epi32(x, va), _mm256_cmpeq_epi32(x, vb));
    const __m256i m = _mm256_or_si256(ab, _mm256_cmpeq_epi32(x, vc));
    return (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(m));
}

AVX2_FN static inline unsigned eq2_mask(const uint32_t *p, __m256i va, __m256i vb)
{
    const __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
    const __m256i m = _mm256_or_si256(_mm256_cmpeq_epi32(x, va), _mm256_cmpeq_epi32(x, vb));
    return (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(m));
}

AVX2_FN static int32_t find_either_avx2(const uint32_t *cp, int32_t from, int32_t to, uint32_t a,
                                        uint32_t b)
{
    int32_t k = from;
    const __m256i va = _mm256_set1_epi32((int)a), vb = _mm256_set1_epi32((int)b);
    for (; k + 16 <= to; k += 16) {
        const unsigned m = eq2_mask(cp + k, va, vb) | eq2_mask(cp + k + 8, va, vb) << 8;
        if (m)
            return k + __builtin_ctz(m);
    }
    if (k + 8 <= to) {
        const unsigned m = eq2_mask(cp + k, va, vb);
        if (m)
            return k + __builtin_ctz(m);
        k += 8;
    }
    if (k < to && to - from >= 8) { /* the last eight: [to - 8, k) is clear */
        const unsigned m = eq2_mask(cp + to - 8, va, vb);
        return m ? to - 8 + __builtin_ctz(m) : to;
    }
    while (k < to && cp[k] != a && cp[k] != b)
        k++;
    return k;
}

AVX2_FN static int32_t find_of3_avx2(const uint32_t *cp, int32_t from, int32_t to, uint32_t a,
                                     uint32_t b, uint32_t c)
{
    int32_t k = from;
    const __m256i va = _mm256_set1_epi32((int)a), vb = _mm256_set1_epi32((int)b);
    const __m256i vc = _mm256_set1_epi32((int)c);
    for (; k + 16 <= to; k += 16) {
        const unsigned m = eq3_mask(cp + k, va, vb, vc) | eq3_mask(cp + k + 8, va, vb, vc) << 8;
        if (m)
            return k + __builtin_ctz(m);
    }
    if (k + 8 <= to) {
        const unsigned m = eq3_mask(cp + k, va, vb, vc);
        if (m)
            return k + __builtin_ctz(m);
        k += 8;
    }
    if (k < to && to - from >= 8) {
        const unsigned m = eq3_mask(cp + to - 8, va, vb, vc);
        return m ? to - 8 + __builtin_ctz(m) : to;
    }
    while (k < to && cp[k] != a && cp[k] != b && cp[k] != c)
        k++;
    return k;
}

AVX2_FN static int32_t rfind_either_avx2(const uint32_t *cp, int32_t from, int32_t to, uint32_t a,
                                         uint32_t b)
{
    int32_t k = to;
    const __m256i va = _mm256_set1_epi32((int)a), vb = _mm256_set1_epi32((int)b);
    for (; k - 16 >= from; k -= 16) {
        const unsigned m = eq2_mask(cp + k - 16, va, vb) | eq2_mask(cp + k - 8, va, vb) << 8;
        if (m)
            return k - 16 + (31 - __builtin_clz(m)) + 1;
    }
    if (k - 8 >= from) {
        const unsigned m = eq2_mask(cp + k - 8, va, vb);
        if (m)
            return k - 8 + (31 - __builtin_clz(m)) + 1;
        k -= 8;
    }
    if (k > from && to - from >= 8) { /* the first eight: [k, from + 8) is clear */
        const unsigned m = eq2_mask(cp + from, va, vb);
        return m ? from + (31 - __builtin_clz(m)) + 1 : from;
    }
    while (k > from && cp[k - 1] != a && cp[k - 1] != b)
        k--;
    return k;
}

#define HAVE_AVX2() __builtin_cpu_supports("avx2")
#endif

/* (gx_normalize.h) The line and space searches below read most of the text. */
int32_t gx_cps_find_either(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b)
{
#ifdef GX_FIND_AVX2
    if (HAVE_AVX2())
        return find_either_avx2(cp, from, to, a, b);
#endif
    int32_t k = from;
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi32((int)a), vb = _mm_set1_epi32((int)b);
    for (; k + 8 <= to; k += 8) {
        const __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(cp + k));
        const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(cp + k + 4));
        const __m128i m0 = _mm_or_si128(_mm_cmpeq_epi32(x0, va), _mm_cmpeq_epi32(x0, vb));
        const __m128i m1 = _mm_or_si128(_mm_cmpeq_epi32(x1, va), _mm_cmpeq_epi32(x1, vb));
        const unsigned m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m0)) |
                           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m1)) << 4;
        if (m)
            return k + __builtin_ctz(m);
    }
#endif
    while (k < to && cp[k] != a && cp[k] != b)
        k++;
    return k;
}

/* (gx_normalize.h) The same for three values. */
int32_t gx_cps_find_of3(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b, uint32_t c)
{
#ifdef GX_FIND_AVX2
    if (HAVE_AVX2())
        return find_of3_avx2(cp, from, to, a, b, c);
#endif
    int32_t k = from;
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi32((int)a), vb = _mm_set1_epi32((int)b), vc = _mm_set1_epi32((int)c);
    for (; k + 8 <= to; k += 8) {
        const __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(cp + k));
        const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(cp + k + 4));
        const __m128i m0 = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(x0, va), _mm_cmpeq_epi32(x0, vb)),
                                        _mm_cmpeq_epi32(x0, vc));
        const __m128i m1 = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(x1, va), _mm_cmpeq_epi32(x1, vb)),
                                        _mm_cmpeq_epi32(x1, vc));
        const unsigned m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m0)) |
                           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m1)) << 4;
        if (m)
            return k + __builtin_ctz(m);
    }
#endif
    while (k < to && cp[k] != a && cp[k] != b && cp[k] != c)
        k++;
    return k;
}

/* (gx_normalize.h) The boiler's backward search for a run's last space. */
int32_t gx_cps_rfind_either(const uint32_t *cp, int32_t from, int32_t to, uint32_t a, uint32_t b)
{
#ifdef GX_FIND_AVX2
    if (HAVE_AVX2())
        return rfind_either_avx2(cp, from, to, a, b);
#endif
    int32_t k = to;
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi32((int)a), vb = _mm_set1_epi32((int)b);
    for (; k - 8 >= from; k -= 8) {
        const __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(cp + k - 8));
        const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(cp + k - 4));
        const __m128i m0 = _mm_or_si128(_mm_cmpeq_epi32(x0, va), _mm_cmpeq_epi32(x0, vb));
        const __m128i m1 = _mm_or_si128(_mm_cmpeq_epi32(x1, va), _mm_cmpeq_epi32(x1, vb));
        const unsigned m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m0)) |
                           (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m1)) << 4;
        if (m)
            return k - 8 + (31 - __builtin_clz(m)) + 1;
    }
#endif
    while (k > from && cp[k - 1] != a && cp[k - 1] != b)
        k--;
    return k;
}

/* The first k in [from, to) where cp[k] is ' ', U+3000 or '%', else to (four at a time where
 * SSE2 is there). */
static int32_t find_space_or_percent(const uint32_t *cp, int32_t from, int32_t to)
{
    int32_t k = from;
#ifdef __SSE2__
    const __m128i v1 = _mm_set1_epi32(' '), v2 = _mm_set1_epi32(0x3000), v3 = _mm_set1_epi32('%');
    for (; k + 4 <= to; k += 4) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(cp + k));
        __m128i y = _mm_or_si128(_mm_cmpeq_epi32(x, v1), _mm_cmpeq_epi32(x, v2));
        y = _mm_or_si128(y, _mm_cmpeq_epi32(x, v3));
        const unsigned m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(y));
        if (m)
            return k + __builtin_ctz(m);
    }
#endif
    while (k < to && !is_hspace(cp[k]) && cp[k] != '%')
        k++;
    return k;
}

/* The first k in [from, to) where clean_segment has something to do: a space (' ', U+3000),
 * '%' (the end of a portal's stock quote), and in markdown also '*', '!' or '['; else to. */
static int32_t next_special(const uint32_t *cp, int32_t from, int32_t to, bool markdown)
{
    if (!markdown)
        return find_space_or_percent(cp, from, to);
    int32_t k = from;
#ifdef __SSE2__
    const __m128i v1 = _mm_set1_epi32(' '), v2 = _mm_set1_epi32(0x3000), v3 = _mm_set1_epi32('*'),
                  v4 = _mm_set1_epi32('!'), v5 = _mm_set1_epi32('['), v6 = _mm_set1_epi32('%');
    for (; k + 4 <= to; k += 4) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(cp + k));
        __m128i y = _mm_or_si128(_mm_cmpeq_epi32(x, v1), _mm_cmpeq_epi32(x, v2));
        y = _mm_or_si128(y, _mm_or_si128(_mm_cmpeq_epi32(x, v3), _mm_cmpeq_epi32(x, v4)));
        y = _mm_or_si128(y, _mm_or_si128(_mm_cmpeq_epi32(x, v5), _mm_cmpeq_epi32(x, v6)));
        const unsigned m = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(y));
        if (m)
            return k + __builtin_ctz(m);
    }
#endif
    while (k < to && !is_hspace(cp[k]) && cp[k] != '*' && cp[k] != '!' && cp[k] != '[' && cp[k] != '%')
        k++;
    return k;
}

/* Digits ending at t[e - 1], going left: the index of the first one (e when there is none). */
static int32_t digits_left(const uint32_t *t, int32_t e)
{
    while (e > 0 && t[e - 1] >= '0' && t[e - 1] <= '9')
        e--;
    return e;
}

/* A number d+.d+ with an optional sign ending at t[e - 1]: its first index, or -1. With frac3,
 * the fraction has two or three digits (a price). */
static int32_t decimal_left(const uint32_t *t, int32_t e, bool frac3)
{
    const int32_t f = digits_left(t, e);
    if (f == e || f == 0 || t[f - 1] != '.' || (frac3 && (e - f < 2 || e - f > 3)))
        return -1;
    int32_t s = digits_left(t, f - 1);
    if (s == f - 1)
        return -1;
    if (s > 0 && (t[s - 1] == '-' || t[s - 1] == '+'))
        s--;
    return s;
}

/* A finance portal's live stock quote that follows each stock name it links, written into the
 * article text: "(price,change,change%)" as in 国信证券(10.750,-0.11,-1.01%)股份有限公司.
 * t[0..n) is the text so far, ending just before the '%' (the ')' follows it). Returns where the
 * quote's '(' is, or -1. */
static int32_t portal_quote_start(const uint32_t *t, int32_t n)
{
    int32_t s = decimal_left(t, n, false);
    if (s <= 0 || t[s - 1] != ',')
        return -1;
    s = decimal_left(t, s - 1, false);
    if (s <= 0 || t[s - 1] != ',')
        return -1;
    s = decimal_left(t, s - 1, true);
    if (s <= 0 || t[s - 1] != '(' || t[s] == '-' || t[s] == '+')
        return -1;
    return s - 1;
}

/* Whether t[from..to) goes on, in Han characters only, into a legal form (有限公司, 有限责任公司)
 * within sixteen of them: the quote just before from sits inside a legal name (国信证券(…)股份有限
 * 公司, 苏州东山精密(…)制造股份有限公司). The quote is the page's markup, not the article's words:
 * dropping it there gives the legal name back whole. Elsewhere the quote stays (览海医疗(…)半年度
 * 亏损, 今创集团(…)等个别公司). */
static bool legal_name_follows(const uint32_t *t, int32_t from, int32_t to)
{
    for (int32_t j = from; j + 3 < to && j - from < 16 && t[j] >= 0x4E00 && t[j] <= 0x9FFF; j++)
        if (t[j] == 0x6709 && t[j + 1] == 0x9650 && /* 有限 */
            ((t[j + 2] == 0x516C && t[j + 3] == 0x53F8) || /* 公司 */
             (j + 5 < to && t[j + 2] == 0x8D23 && t[j + 3] == 0x4EFB && t[j + 4] == 0x516C &&
              t[j + 5] == 0x53F8))) /* 责任公司 */
            return true;
    return false;
}

static bool is_han_numeral(uint32_t c)
{
    static const uint32_t nums[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                    0x4E03, 0x516B, 0x4E5D, 0x5341}; /* 一二三四五六七八九十 */
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++)
        if (c == nums[i])
            return true;
    return false;
}

/* Does the text t[0..n) start like a list item ("1. ", "1、", "一、", "(1)", "(一)", "•")? */
static bool looks_like_list_item(const uint32_t *t, int32_t n)
{
    if (n < 2)
        return false;
    uint32_t c = t[0];
    if (c == 0x2022 || c == 0x25CF || c == 0x25A0 || c == 0x25C6 || c == 0x25B2 || c == 0x2605 ||
        c == 0x25CB || c == 0x25C7 || c == 0x25A1)
        return true; /* • ● ■ ◆ ▲ ★ ○ ◇ □ */
    int32_t i = 0;
    if (gx_cp_is_digit(c)) {
        while (i < n && i < 3 && gx_cp_is_digit(t[i]))
            i++;
        if (i >= n)
            return false;
        if (t[i] == 0x3001) /* 、 */
            return true;
        if ((t[i] == '.' || t[i] == ')') && i + 1 < n &&
            (t[i + 1] == ' ' || gx_cp_is_han(t[i + 1])))
            return true;
        return false;
    }
    if (is_han_numeral(c)) {
        while (i < n && i < 3 && is_han_numeral(t[i]))
            i++;
        return i < n && t[i] == 0x3001;
    }
    if (c == '(' && n >= 3) {
        i = 1;
        while (i < n && i < 4 && (gx_cp_is_digit(t[i]) || is_han_numeral(t[i])))
            i++;
        return i > 1 && i < n && t[i] == ')';
    }
    return false;
}

typedef struct line_state {
    bool blank_pending; /* a blank line (or the start) came before the next paragraph */
    int blank_lines;    /* blank lines since the last paragraph                       */
    int32_t line_para;  /* the first paragraph of the last text line (-1: none)       */
    int32_t line_from, line_to; /* that line's text, for a setext underline under it    */
} line_state;

/* Append one paragraph made of seg[0..n) (spaces already normalized), skipping empty ones. */
static void emit(gx_arena *a, gx_para_vec *out, const gx_cps *seg, gx_para_kind kind, bool indented,
                 line_state *st)
{
    if (seg->n == 0)
        return;
    gx_para *p = GX_VEC_PUSH(a, *out);
    p->kind = kind;
    p->t = *seg;
    p->indented = indented;
    p->after_blank = st->blank_pending;
    p->blank_lines = st->blank_lines;
    st->blank_pending = false;
    st->blank_lines = 0;
}

/* Copy in->cp[from..to) into seg collapsing space runs and trimming both ends; U+3000 becomes
 * a space; a portal's stock quote inside a legal name ("(10.750,-0.11,-1.01%)") is dropped.
 * In markdown, "**" emphasis markers and link syntax [text](url) are dropped. */
static void clean_segment(gx_arena *a, const gx_cps *in, int32_t from, int32_t to, bool markdown,
                          gx_cps *seg)
{
    memset(seg, 0, sizeof *seg);
    gx_cps_reserve(a, seg, to - from + 1);
    /* at most one output per input code point: the room is there; locals, not seg->n, so that
     * the stores into the arrays do not force a reload of the count */
    uint32_t *out = seg->cp;
    int32_t *osrc = seg->src;
    const uint32_t *icp = in->cp;
    const int32_t *isrc = in->src;
    int32_t n = 0;
    for (int32_t i = from; i < to; i++) {
        /* the code points up to the next one with something to do are copied as they are */
        const int32_t k = next_special(icp, i, to, markdown);
        if (k > i) {
            memcpy(out + n, icp + i, sizeof *out * (size_t)(k - i));
            memcpy(osrc + n, isrc + i, sizeof *osrc * (size_t)(k - i));
            n += k - i;
            i = k;
            if (i == to)
                break;
        }
        uint32_t c = icp[i];
        if (is_hspace(c)) {
            if (n == 0 || out[n - 1] == ' ')
                continue;
            out[n] = ' ';
            osrc[n++] = isrc[i];
            continue;
        }
        if (c == '%' && i + 1 < to && icp[i + 1] == ')') {
            const int32_t q = portal_quote_start(out, n);
            if (q >= 0 && legal_name_follows(icp, i + 2, to)) {
                n = q;
                i++;
                continue;
            }
        }
        if (markdown) {
            if (c == '*' && i + 1 < to && icp[i + 1] == '*') {
                i++;
                continue;
            }
            if (c == '!' && i + 1 < to && icp[i + 1] == '[')
                continue; /* image: keep its alt text like a link's */
            if (c == '[') {
                /* [text](url) -> text */
                int32_t j = i + 1;
                while (j < to && icp[j] != ']' && icp[j] != '[')
                    j++;
                if (j + 1 < to && icp[j] == ']' && icp[j + 1] == '(') {
                    int32_t k = j + 2;
                    while (k < to && icp[k] != ')' && !is_hspace(icp[k]))
                        k++;
                    if (k < to && icp[k] == ')') {
                        for (int32_t m = i + 1; m < j; m++) {
                            out[n] = icp[m];
                            osrc[n++] = isrc[m];
                        }
                        i = k;
                        continue;
                    }
                }
            }
        }
        out[n] = c;
        osrc[n++] = isrc[i];
    }
    while (n && out[n - 1] == ' ')
        n--;
    seg->n = n;
}

static bool is_rule_line(const uint32_t *t, int32_t n)
{
    if (n < 3)
        return false;
    uint32_t c = t[0];
    if (c != '-' && c != '*' && c != '_' && c != '=')
        return false;
    for (int32_t i = 0; i < n; i++)
        if (t[i] != c && t[i] != ' ')
            return false;
    return true;
}

/* A setext underline: one character repeated, trailing spaces only ("=====", "---"). */
static bool setext_line(const uint32_t *t, int32_t n)
{
    while (n > 0 && is_hspace(t[n - 1]))
        n--;
    for (int32_t i = 1; i < n; i++)
        if (t[i] != t[0])
            return false;
    return n >= 3;
}

/* One input line in->cp[from..to) (no newline inside). */
static void split_line(gx_arena *a, const gx_cps *in, int32_t from, int32_t to, bool markdown,
                       bool headings, gx_para_vec *out, line_state *st)
{
    int32_t i = from, nsp = 0, nid = 0;
    while (i < to && is_hspace(in->cp[i])) {
        if (in->cp[i] == 0x3000)
            nid++;
        else
            nsp++;
        i++;
    }
    if (i == to) {
        st->blank_pending = true;
        st->blank_lines++;
        return;
    }
    bool indented = nid > 0 || nsp >= 2;
    gx_para_kind kind = GX_PARA_TEXT;

    if (markdown) {
        while (i + 1 < to && in->cp[i] == '>' && (in->cp[i + 1] == ' ' || in->cp[i + 1] == '>'))
            i += in->cp[i + 1] == ' ' ? 2 : 1; /* block quote markers */
        if (i < to && in->cp[i] == '>' && i + 1 == to)
            return;
        if (is_rule_line(in->cp + i, to - i)) {
            /* a setext underline right under a short text line makes it a heading: "===" an
             * article title, "---" a section (CommonMark; pandoc writes pages so) (page18) */
            uint32_t c = in->cp[i];
            if (headings && (c == '=' || c == '-') && !st->blank_pending && st->line_para >= 0 &&
                st->line_para < out->n && st->line_to - st->line_from <= 100 && setext_line(in->cp + i, to - i)) {
                /* the line above, whole again (its double spaces split no heading) */
                gx_para first = out->v[st->line_para];
                bool text = true;
                for (int32_t k = st->line_para; k < out->n; k++)
                    text = text && (out->v[k].kind == GX_PARA_TEXT || out->v[k].kind == GX_PARA_LIST);
                if (text) {
                    gx_cps seg;
                    clean_segment(a, in, st->line_from, st->line_to, markdown, &seg);
                    out->n = st->line_para;
                    st->blank_pending = first.after_blank;
                    st->blank_lines = first.blank_lines;
                    emit(a, out, &seg, c == '=' ? GX_PARA_H1 : GX_PARA_H2, false, st);
                }
            }
            st->line_para = -1;
            st->blank_pending = true;
            return;
        }
        if (i + 1 < to && (in->cp[i] == '-' || in->cp[i] == '*' || in->cp[i] == '+') &&
            in->cp[i + 1] == ' ') {
            kind = GX_PARA_LIST;
            i += 2;
        }
        while (i < to && is_hspace(in->cp[i]))
            i++;
        if (i >= to) { /* "> " or "- " alone */
            st->blank_pending = true;
            return;
        }
    }
    if (headings && kind == GX_PARA_TEXT && in->cp[i] == '#') {
        int32_t j = i;
        while (j < to && in->cp[j] == '#')
            j++;
        int level = j - i;
        if (level <= 6 && j < to && is_hspace(in->cp[j])) {
            kind = level == 1 ? GX_PARA_H1 : level == 2 ? GX_PARA_H2 : GX_PARA_H3;
            i = j;
            /* drop closing hashes "## x ##" */
            int32_t e = to;
            while (e > i && is_hspace(in->cp[e - 1]))
                e--;
            int32_t h = e;
            while (h > i && in->cp[h - 1] == '#')
                h--;
            if (h < e && h > i && is_hspace(in->cp[h - 1]))
                to = h;
        }
    }

    st->line_para = kind == GX_PARA_TEXT ? out->n : -1;
    st->line_from = i;
    st->line_to = to;
    /* Segments: a run of two or more U+3000 inside a line starts a new (indented) paragraph. */
    int32_t seg_start = i;
    bool first = true;
    for (int32_t k = i; k <= to; k++) {
        /* nothing happens below at a k < to that is not a space of a text paragraph: go
         * straight to the next one (or to the end) */
        if (kind != GX_PARA_TEXT)
            k = to;
        else
            k = gx_cps_find_either(in->cp, k, to, ' ', 0x3000); /* (is_hspace) */
        bool brk = false;
        int32_t run = 0;
        if (k < to && k > seg_start && is_hspace(in->cp[k]) && kind == GX_PARA_TEXT) {
            while (k + run < to && is_hspace(in->cp[k + run]))
                run++;
            int ideo = 0;
            for (int32_t r = 0; r < run; r++)
                ideo += in->cp[k + r] == 0x3000;
            bool wide = in->cp[k - 1] >= 0x80 || (k + run < to && in->cp[k + run] >= 0x80);
            /* short lines stay whole ("证券时报记者　　王一鸣") unless a sentence ended; so does a
             * document's first line with two or three spaces between a headline's parts
             * ("港股十年来最大跌市  泻逾1600点"; not a portal's "原标题:…  来源:…") */
            bool room = to - i > 24 || gx_normalize_is_final(in->cp[k - 1]);
            bool credit = k + run + 1 < to && in->cp[k + run] == 0x6765 && in->cp[k + run + 1] == 0x6E90; /* 来源 */
            bool headline = out->n == 0 && to - i <= 64 && run < 4 && ideo < 2 && !credit &&
                            !gx_normalize_is_final(in->cp[to - 1]);
            /* a word spaced out to the line's end keeps its last character ("…质押的公        告", an
             * announcement's title justified over its width): no paragraph of one character (not a
             * table's row, whose columns were split before: "…质押股份数量     是否为控股股东     是") */
            bool spaced = k + run + 1 == to && seg_start == i && k - i >= 8 && gx_cp_is_han(in->cp[k + run]) &&
                          gx_cp_is_han(in->cp[k - 1]);
            brk = k + run < to && room && !headline && !spaced && (ideo >= 2 || (run >= 2 && wide) || run >= 4);
            if (!brk) {
                k += run - 1; /* an ordinary space run: skip it */
                continue;
            }
        }
        if (k == to || brk) {
            gx_cps seg;
            clean_segment(a, in, seg_start, k, markdown, &seg);
            gx_para_kind sk = kind;
            if (sk == GX_PARA_TEXT && looks_like_list_item(seg.cp, seg.n))
                sk = GX_PARA_LIST;
            if (seg.n == 1 && sk == GX_PARA_TEXT && (seg.cp[0] == '#' || seg.cp[0] == '>'))
                seg.n = 0; /* a lone markup character */
            emit(a, out, &seg, sk, first ? indented : true, st);
            first = false;
            if (k == to)
                break;
            k += run - 1;
            seg_start = k + 1;
        }
    }
}

void gx_normalize_paragraphs(gx_arena *a, const gx_cps *in, bool markdown, bool headings,
                             gx_para_vec *out)
{
    line_state st = {.blank_pending = true, .blank_lines = 0, .line_para = -1};
    int32_t start = 0;
    for (;;) { /* each line [start, i), the last one ending at the end of the text */
        const int32_t i = gx_cps_find_either(in->cp, start, in->n, '\n', '\n');
        if (i > start)
            split_line(a, in, start, i, markdown, headings, out, &st);
        else {
            st.blank_pending = true;
            st.blank_lines++;
        }
        if (i == in->n)
            break;
        start = i + 1;
    }
}

/* ------------------------------------------------------------------ page-break repair */

bool gx_normalize_is_final(uint32_t c)
{
    switch (c) {
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF0E:
    case '!':
    case '?':
    case '.':
    case ';':
    case 0xFF1B:
    case 0x2026: /* … */
    case 0x22EF:
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case '"':
    case '\'':
    case 0x300F: /* 』 */
    case 0x300D: /* 」 */
    case 0xFF61: return true;
    default: return false;
    }
}

/* Punctuation that never starts a sentence: a paragraph starting with it continues one. */
static bool is_continuing_punct(uint32_t c)
{
    return c == ',' || c == 0x3001 || c == 0x3002 || c == '.' || c == '?' || c == '!' || c == ';' ||
           c == ':' || c == '%' || c == ')' || c == 0x2026 || c == 0x201D || c == 0xFF0C;
}

static bool is_clause_punct(uint32_t c)
{
    return c == ',' || c == 0x3001 || c == 0x3002 || c == '?' || c == '!' || c == ';' || c == ':' ||
           c == 0x2026 || c == 0xFF0C;
}

/* Words after which a number is expected: 为 达 至 约 超 近 逾 共 第 在 于 到 是 了 的 比 涨 跌 增
 * 降 收 亏 赚 额 值 价 计 合 有 以 和 及 与 或 每. */
static bool wants_number(uint32_t c)
{
    static const uint32_t w[] = {0x4E3A, 0x8FBE, 0x81F3, 0x7EA6, 0x8D85, 0x8FD1, 0x903E,
                                 0x5171, 0x7B2C, 0x5728, 0x4E8E, 0x5230, 0x662F, 0x4E86,
                                 0x7684, 0x6BD4, 0x6DA8, 0x8DCC, 0x589E, 0x964D, 0x6536,
                                 0x4E8F, 0x8D5A, 0x989D, 0x503C, 0x4EF7, 0x8BA1, 0x5408,
                                 0x6709, 0x4EE5, 0x548C, 0x53CA, 0x4E0E, 0x6216, 0x6BCF};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (c == w[i])
            return true;
    return false;
}

/* Units and magnitudes that follow a number: 万 亿 千 百 元 美 港 欧 日 英 股 家 个 倍 年 月 日 号
 * 名 人 只 次 吨 台 辆 件 份 张 点 岁 天 周 分 秒 平 米 公 克. */
static bool is_unit(uint32_t c)
{
    static const uint32_t u[] = {0x4E07, 0x4EBF, 0x5343, 0x767E, 0x5143, 0x7F8E, 0x6E2F, 0x6B27,
                                 0x65E5, 0x82F1, 0x80A1, 0x5BB6, 0x4E2A, 0x500D, 0x5E74, 0x6708,
                                 0x53F7, 0x540D, 0x4EBA, 0x53EA, 0x6B21, 0x5428, 0x53F0, 0x8F86,
                                 0x4EF6, 0x4EFD, 0x5F20, 0x70B9, 0x5C81, 0x5929, 0x5468, 0x5206,
                                 0x79D2, 0x5E73, 0x7C73, 0x516C, 0x514B};
    for (size_t i = 0; i < sizeof u / sizeof *u; i++)
        if (c == u[i])
            return true;
    return false;
}

static bool is_word(uint32_t c)
{
    return gx_cp_is_han(c) || gx_cp_is_digit(c) || gx_cp_is_latin(c);
}

/* What continues() learns of the paragraph that grows by joins (gx_normalize_repair's write
 * head), read up to where it was read before: a join only appends, so the code points already
 * read, and their neighbours, do not change. Without it a run of paragraphs joined one by one
 * was read once per join (quadratic in the run). */
typedef struct join_scan {
    int32_t counted; /* han and lat count t[0, counted) */
    int32_t han, lat;
    int32_t scanned; /* sentence and clause answer for t[0, scanned), scanned <= n - 1 */
    bool sentence, clause;
} join_scan;

static void count_scripts(const gx_cps *t, int32_t from, int32_t *han, int32_t *lat)
{
    for (int32_t i = from; i < t->n; i++) {
        if (gx_cp_is_han(t->cp[i]))
            (*han)++;
        else if (gx_cp_is_latin(t->cp[i]))
            (*lat)++;
    }
}

static bool latin_text(const gx_cps *t)
{
    int32_t han = 0, lat = 0;
    count_scripts(t, 0, &han, &lat);
    return lat > 4 * han;
}

static bool latin_text_scan(const gx_cps *t, join_scan *js)
{
    count_scripts(t, js->counted, &js->han, &js->lat);
    js->counted = t->n;
    return js->lat > 4 * js->han;
}

/* "原标题:..." (the original headline, quoted by reposting sites) is a line of its own. */
static bool starts_with_label(const gx_cps *t)
{
    int32_t i = t->n > 0 && t->cp[0] == '(' ? 1 : 0;
    return t->n >= i + 4 && t->cp[i] == 0x539F && t->cp[i + 1] == 0x6807 &&
           t->cp[i + 2] == 0x9898 && t->cp[i + 3] == ':'; /* 原标题: */
}

/* 0: keep apart; 1: join directly; 2: join with a space. */
static int continues(const gx_para *p, const gx_para *q, join_scan *js)
{
    if (p->kind != GX_PARA_TEXT || q->kind != GX_PARA_TEXT || q->indented || q->blank_lines > 2)
        return 0;
    uint32_t last = p->t.cp[p->t.n - 1], first = q->t.cp[0];
    if (gx_normalize_is_final(last) || starts_with_label(&p->t))
        return 0;
    bool latin_pair = (gx_cp_is_latin(last) || gx_cp_is_digit(last)) &&
                      (gx_cp_is_latin(first) || gx_cp_is_digit(first));
    if (latin_text(&q->t) && latin_text_scan(&p->t, js)) {
        /* English: a hard-wrapped line, or a page break inside a sentence. */
        if (!(gx_cp_is_latin(last) || gx_cp_is_digit(last) || last == ','))
            return 0;
        if (first >= 'a' && first <= 'z')
            return 2;
        if (!q->after_blank && p->t.n >= 40 && (gx_cp_is_latin(first) || gx_cp_is_digit(first)))
            return 2;
        return 0;
    }
    if (!(is_word(last) || last == ',' || last == 0x3001))
        return 0;
    if (!(is_word(first) || is_continuing_punct(first)))
        return 0;
    int sep = latin_pair ? 2 : 1;
    if (is_continuing_punct(first))
        return sep;
    /* Numbers: a paragraph opening with a number ("2019年5月9日,…") is a new sentence unless
     * the previous one ends on a word that asks for a number (为, 达, 约 ...); a paragraph
     * ending in a number continues only into a unit ("893.76万" + "美元"). */
    if (gx_cp_is_digit(first) && gx_cp_is_han(last) && !wants_number(last))
        return 0;
    if (gx_cp_is_digit(last) && gx_cp_is_han(first) && !is_unit(first))
        return 0;
    /* The next paragraph's first clause is a word fragment: "么?袁帅告诉…", "清单中。" */
    int32_t k = 0;
    while (k < q->t.n && !is_clause_punct(q->t.cp[k]))
        k++;
    if (k < q->t.n && k <= 3 && p->t.n >= 8 &&
        (gx_normalize_is_final(q->t.cp[k]) || q->t.cp[k] == 0x2026))
        return sep; /* not "刚刚," "此外," which open sentences */
    /* A heading-like next paragraph (short, no sentence punctuation; "证券代码:000566")
     * is never a continuation. */
    if (q->t.n < 16) {
        bool punct = false;
        for (int32_t i = 0; i < q->t.n && !punct; i++)
            punct = q->t.cp[i] != ':' && is_clause_punct(q->t.cp[i]);
        if (!punct)
            return 0;
    }
    /* The paragraph is prose, not a label, a heading or a list: it holds a finished sentence,
     * or is long (a headline with commas is short) and has clause punctuation inside. */
    bool sentence = js->sentence, clause = js->clause;
    for (int32_t i = js->scanned; i < p->t.n - 1; i++) {
        uint32_t c = p->t.cp[i];
        sentence = sentence || c == 0x3002; /* headlines use ! and ? but rarely 。 */
        uint32_t nx = p->t.cp[i + 1];
        bool numeric = c == ',' && i > 0 && gx_cp_is_digit(p->t.cp[i - 1]) &&
                       (gx_cp_is_digit(nx) || nx == '-' || nx == '+'); /* 1,234; (2.5,-0.01) */
        clause = clause || (c != ':' && !numeric && is_clause_punct(c));
    }
    if (p->t.n - 1 > js->scanned) {
        js->scanned = p->t.n - 1;
        js->sentence = sentence;
        js->clause = clause;
    }
    if (sentence || (clause && p->t.n >= 40))
        return sep;
    return 0;
}

int gx_normalize_repair(gx_arena *a, gx_para_vec *p, int from, int to)
{
    int joins = 0;
    int w = from;     /* write index */
    int owned = -1;   /* the write index whose text is a buffer made here (appended in place) */
    join_scan js = {0}; /* of p->v[w - 1] */
    for (int r = from; r < to; r++) {
        if (w > from) {
            gx_para *prev = &p->v[w - 1];
            int how = continues(prev, &p->v[r], &js);
            if (how) {
                if (owned != w - 1) { /* the first join: a copy, as the text may be shared */
                    gx_cps joined = {0};
                    gx_cps_reserve(a, &joined, prev->t.n + p->v[r].t.n + 1);
                    gx_cps_append(a, &joined, &prev->t);
                    prev->t = joined;
                    owned = w - 1;
                }
                if (how == 2)
                    gx_cps_push(a, &prev->t, ' ', -1);
                gx_cps_append(a, &prev->t, &p->v[r].t); /* doubles its capacity when full */
                joins++;
                continue;
            }
        }
        if (w != r)
            p->v[w] = p->v[r];
        w++;
        js = (join_scan){0};
    }
    /* close the gap left by joined paragraphs */
    int removed = to - w;
    if (removed) {
        memmove(p->v + w, p->v + to, sizeof *p->v * (size_t)(p->n - to));
        p->n -= removed;
    }
    return joins;
}
