/* test_speed13.c — the structure stage's word test read code point by code point (thirteenth
 * session, "speed13"): gx_structure_word_at stops at the first difference instead of decoding
 * the whole word first, and the outlets file's has_word tests only the positions holding the
 * word's first character. The edges pinned: a word at the first and last possible position,
 * one running past the end, a negative start, a near miss on its last character, words of
 * one-, two- and three-byte characters, the 16-code-point cap; banners and editor lines whose
 * word sits at a text's first or last position. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_structure_outlets.h"
#include "gx_utf8.h"

/* s as code points in buf (at most 64); returns their number. */
static int32_t cps(const char *s, uint32_t *buf)
{
    int32_t n = gx_utf8_to_cps(s, strlen(s), buf, 64);
    assert_true(n >= 0);
    return n;
}

static void test_word_at(void **state)
{
    (void)state;
    uint32_t t[64];
    int32_t n = cps("编者按:本文来自a·b", t);
    assert_int_equal(gx_structure_word_at(t, n, 0, "编者按:"), 4);
    assert_int_equal(gx_structure_word_at(t, n, 4, "本文来自"), 4);
    assert_int_equal(gx_structure_word_at(t, n, 4, "本文来源于"), 0); /* differs on its third */
    assert_int_equal(gx_structure_word_at(t, n, 8, "a·b"), 3);        /* 1- and 2-byte, at the end */
    assert_int_equal(gx_structure_word_at(t, n, 8, "a·bc"), 0);       /* runs past the end */
    assert_int_equal(gx_structure_word_at(t, n, 10, "b"), 1);
    assert_int_equal(gx_structure_word_at(t, n, 11, "b"), 0); /* starts at the end */
    assert_int_equal(gx_structure_word_at(t, n, -1, "编者按"), 0);
    assert_int_equal(gx_structure_word_at(t, n, 0, ""), 0);
    assert_int_equal(gx_structure_word_at(t, 3, 0, "编者按:"), 0); /* n bounds the text */
    /* at most 16 code points: a longer word never matches */
    int32_t m = cps("一二三四五六七八九十一二三四五六七", t);
    assert_int_equal(gx_structure_word_at(t, m, 0, "一二三四五六七八九十一二三四五六"), 16);
    assert_int_equal(gx_structure_word_at(t, m, 0, "一二三四五六七八九十一二三四五六七"), 0);
}

static gx_cps text_of(const char *s, uint32_t *buf)
{
    gx_cps t = {.cp = buf, .src = NULL, .n = cps(s, buf), .cap = 64};
    return t;
}

static void test_banner(void **state)
{
    (void)state;
    uint32_t b[64];
    gx_cps t = text_of("【点击看详情】", b);
    assert_true(gx_outlet_banner(&t)); /* the call at the first position */
    t = text_of("上新浪头条。→【下载", b);
    assert_true(gx_outlet_banner(&t)); /* at the last possible position */
    t = text_of("上新浪头条。→【下", b);
    assert_false(gx_outlet_banner(&t)); /* cut short by the end */
    t = text_of("【点评】【立场】点击下载", b);
    assert_false(gx_outlet_banner(&t)); /* first characters without the rest */
    t = text_of("", b);
    assert_false(gx_outlet_banner(&t));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_at),
        cmocka_unit_test(test_banner),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
