/* test_jwriter.c — the direct JSON writer (extract/gx_jwriter.c) against jansson: random
 * nested documents of reals, integers and strings (every ASCII control, quotes, backslashes,
 * multi-byte UTF-8) must print byte for byte as json_dumps(..., GX_JSON_FLAGS) prints them. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx.h"
#include "gx_jwriter.h"

static unsigned long long rng = 88172645463325252ULL;
static unsigned long long next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* A real of any magnitude and precision, as the engine's numbers and scores can be. */
static double rand_real(void)
{
    static const double fixed[] = {0.0,    -0.0,    1.0,     0.1,      0.895,  75.2,
                                   -43.42, 1e20,    1e-7,    1.5e300,  2.5e-300, 123456789.125,
                                   1e15,   1e16,    1e17,    0.001,    33300000000000.5, 9.99e-5,
                                   0.0009999, 999999999999999.9, 99999999999999.95, 1e-6, -0.001, 0.5};
    unsigned long long r = next();
    if (r % 4 == 0)
        return fixed[(r >> 8) % (sizeof fixed / sizeof *fixed)];
    if (r % 4 == 1) { /* a short decimal (gx_jw_real's fast path and its edges): k / 10^d */
        static const double P10[] = {1.0, 10.0, 100.0, 1000.0, 1e4, 1e5, 1e6, 1e7};
        long long k = (long long)(next() % 2000000000000001ULL) - 1000000000000000LL;
        if ((r >> 8) % 3 == 0)
            k %= 100000; /* short ones, as scores and percentages are */
        return (double)k / P10[(r >> 16) % 8];
    }
    double m = (double)(next() % 2000000001ULL) / 1000.0 - 1000000.0;
    int e = (int)(next() % 80) - 40;
    return m * pow(10.0, e);
}

static const char *const PIECES[] = {"a", "中", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f",
                                     "\x01", "\x1f", "\x7f", "€", "𝄞", " ", "“", "é", "0"};

/* A random string of pieces into buf (NUL-terminated). */
static size_t rand_string(char *buf, size_t cap)
{
    size_t n = 0;
    int k = (int)(next() % 12);
    for (int i = 0; i < k; i++) {
        const char *p = PIECES[next() % (sizeof PIECES / sizeof *PIECES)];
        size_t l = strlen(p);
        if (n + l + 1 >= cap)
            break;
        memcpy(buf + n, p, l);
        n += l;
    }
    buf[n] = '\0';
    return n;
}

/* Builds the same random value in jansson (returned) and in the writer. */
static json_t *rand_value(gx_jwriter *w, int depth)
{
    int kind = (int)(next() % (depth > 3 ? 5 : 7));
    char buf[128];
    switch (kind) {
    case 0: gx_jw_null(w); return json_null();
    case 1: {
        long long v = (long long)next();
        if (next() % 2)
            v %= 100000;
        gx_jw_int(w, v);
        return json_integer(v);
    }
    case 2:
    case 3: {
        double v = rand_real();
        gx_jw_real(w, v);
        return json_real(v);
    }
    case 4: {
        size_t n = rand_string(buf, sizeof buf);
        gx_jw_strn(w, buf, n);
        return json_stringn(buf, n);
    }
    case 5: {
        json_t *a = json_array();
        gx_jw_arr_open(w);
        int k = (int)(next() % 5);
        for (int i = 0; i < k; i++)
            json_array_append_new(a, rand_value(w, depth + 1));
        gx_jw_arr_close(w);
        return a;
    }
    default: {
        json_t *o = json_object();
        gx_jw_obj_open(w);
        int k = (int)(next() % 5);
        for (int i = 0; i < k; i++) {
            char key[8];
            snprintf(key, sizeof key, "k%d", i);
            gx_jw_key(w, key);
            json_object_set_new(o, key, rand_value(w, depth + 1));
        }
        gx_jw_obj_close(w);
        return o;
    }
    }
}

static void test_random_values(void **state)
{
    (void)state;
    for (int it = 0; it < 20000; it++) {
        gx_jwriter w;
        gx_jw_init(&w);
        json_t *j = rand_value(&w, 0);
        size_t len;
        char *mine = gx_jw_steal(&w, &len);
        char *ref = json_dumps(j, GX_JSON_FLAGS | JSON_ENCODE_ANY);
        assert_non_null(ref);
        if (strcmp(mine, ref))
            fail_msg("writer %s\n jansson %s", mine, ref);
        assert_int_equal(len, strlen(ref));
        free(mine);
        free(ref);
        json_decref(j);
    }
}

/* Values jansson prints in a particular way: integral reals get ".0", exponents lose '+' and
 * leading zeros, controls are \u00XX in upper case, DEL and non-ASCII stay as they are. */
static void test_known_forms(void **state)
{
    (void)state;
    gx_jwriter w;
    gx_jw_init(&w);
    gx_jw_arr_open(&w);
    gx_jw_real(&w, 1.0);
    gx_jw_real(&w, 1e20);
    gx_jw_real(&w, 1.5e-7);
    gx_jw_real(&w, 0.895);
    gx_jw_int(&w, -9007199254740991LL);
    gx_jw_strn(&w, "a\"\\\x01\x1f\x7f中\n", 10);
    gx_jw_obj_open(&w);
    gx_jw_obj_close(&w);
    gx_jw_arr_open(&w);
    gx_jw_arr_close(&w);
    gx_jw_arr_close(&w);
    char *s = gx_jw_steal(&w, NULL);
    assert_string_equal(s, "[1.0,1e20,1.5e-7,0.895,-9007199254740991,"
                           "\"a\\\"\\\\\\u0001\\u001F\x7f中\\n\",{},[]]");
    free(s);
}

/* Many short decimals and their neighbours one ulp away, one at a time against jansson: the
 * fast path of gx_jw_real must print exactly what "%.15g" does. */
static void test_decimals(void **state)
{
    (void)state;
    static const double P10[] = {1.0, 10.0, 100.0, 1000.0, 1e4, 1e5, 1e6, 1e7};
    for (int it = 0; it < 300000; it++) {
        unsigned long long r = next();
        long long k = (long long)(next() % 2000000000000001ULL) - 1000000000000000LL;
        if (r % 3 == 0)
            k %= 100000;
        else if (r % 3 == 1)
            k %= 100000000;
        double v = (double)k / P10[(r >> 8) % 8];
        if ((r >> 12) % 4 == 0)
            v = nextafter(v, (r >> 14) % 2 ? INFINITY : -INFINITY);
        gx_jwriter w;
        gx_jw_init(&w);
        gx_jw_real(&w, v);
        char *mine = gx_jw_steal(&w, NULL);
        json_t *j = json_real(v);
        char *ref = json_dumps(j, GX_JSON_FLAGS | JSON_ENCODE_ANY);
        assert_non_null(ref);
        if (strcmp(mine, ref))
            fail_msg("writer %s\n jansson %s (%a)", mine, ref, v);
        free(mine);
        free(ref);
        json_decref(j);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_forms),
        cmocka_unit_test(test_random_values),
        cmocka_unit_test(test_decimals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
