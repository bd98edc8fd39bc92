/* test_speed17.c — the engine's speed work of the sixteenth session's second round (speed17):
 * the sentence splitter and the paragraph splitter find their next mark (a sentence end; a
 * newline, a space) eight code points at a time. Pinned: a mark at every offset around the
 * eight-code-point steps and in the scalar tail, every sentence end, characters the filter lets
 * through that end nothing (，U+FF0C), U+FF00 (just below the full-width forms), the last line
 * with and without its newline, blank lines, a paragraph break of two U+3000 at every offset, and
 * the segment cleaner's spaces, ** and links at every offset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_article.h"
#include "gx_normalize.h"
#include "gx_structure.h"

#define HAN 0x4E2D /* 中 */

/* sentences of cp[0, n) as one paragraph */
static gx_article *split(const uint32_t *cp, int32_t n)
{
    gx_article *art = gx_article_new();
    gx_article_set_cps(art, cp, n);
    gx_span *p = GX_VEC_PUSH(art->arena, art->paragraphs);
    p->start = 0;
    p->end = n;
    gx_structure_sentences(art);
    return art;
}

/* j Han, a mark, t Han: two sentences (one when t is 0) when the mark ends one */
static void test_sentence_ends(void **state)
{
    (void)state;
    static const uint32_t finals[] = {0x3002, '!', '?', 0xFF01, 0xFF1F, ';', 0xFF1B, 0xFF61};
    static const uint32_t others[] = {0xFF0C, 0xFF00, 0x3001, ',', ':', 0x3003, 0x2E, 0xFFFF};
    uint32_t cp[64];
    for (int j = 0; j < 26; j++)
        for (int t = 0; t < 12; t++) {
            for (size_t m = 0; m < sizeof finals / sizeof *finals + sizeof others / sizeof *others; m++) {
                bool final = m < sizeof finals / sizeof *finals;
                uint32_t mark = final ? finals[m] : others[m - sizeof finals / sizeof *finals];
                if (mark == '.' && t > 0)
                    continue; /* (a period between Han characters: period_ends' own rules) */
                int32_t n = 0;
                for (int k = 0; k < j; k++)
                    cp[n++] = HAN;
                cp[n++] = mark;
                for (int k = 0; k < t; k++)
                    cp[n++] = HAN;
                gx_article *art = split(cp, n);
                if (final && t > 0) {
                    assert_int_equal(art->sentences.n, 2);
                    assert_int_equal(art->sentences.v[0].start, 0);
                    assert_int_equal(art->sentences.v[0].end, j + 1);
                    assert_int_equal(art->sentences.v[1].start, j + 1);
                    assert_int_equal(art->sentences.v[1].end, n);
                } else {
                    assert_int_equal(art->sentences.n, 1);
                    assert_int_equal(art->sentences.v[0].start, 0);
                    assert_int_equal(art->sentences.v[0].end, n);
                }
                gx_article_free(art);
            }
        }
}

/* sentences of every length: ends every `every` code points */
static void test_many_sentences(void **state)
{
    (void)state;
    uint32_t cp[200];
    for (int every = 1; every <= 17; every++) {
        int32_t n = 0;
        for (; n < 160; n++)
            cp[n] = n % every == every - 1 ? 0x3002 : HAN;
        gx_article *art = split(cp, n);
        int want = every == 1 ? 1 : (n + every - 1) / every; /* (one run of 。 alone is one) */
        assert_int_equal(art->sentences.n, want);
        gx_article_free(art);
    }
}

static int paragraphs_md(const uint32_t *cp, int32_t n, gx_para_vec *out, gx_arena *a, bool markdown)
{
    gx_cps in = {0};
    gx_cps_reserve(a, &in, n + 1);
    for (int32_t i = 0; i < n; i++)
        gx_cps_push(a, &in, cp[i], i);
    memset(out, 0, sizeof *out);
    gx_normalize_paragraphs(a, &in, markdown, true, out);
    return out->n;
}

static int paragraphs_of(const uint32_t *cp, int32_t n, gx_para_vec *out, gx_arena *a)
{
    return paragraphs_md(cp, n, out, a, false);
}

/* the segment cleaner copies the runs between its marks whole: a space run collapsed, ** and a
 * link's syntax dropped (markdown), wherever they stand */
static void test_segment_marks(void **state)
{
    (void)state;
    uint32_t cp[80];
    for (int j = 1; j < 19; j++) {
        gx_arena *a = gx_arena_new();
        int32_t n = 0;
        for (int k = 0; k < j; k++)
            cp[n++] = HAN;
        cp[n++] = ' ';
        cp[n++] = ' ';
        for (int k = 0; k < 5; k++)
            cp[n++] = 0x6587;
        gx_para_vec out;
        assert_int_equal(paragraphs_of(cp, n, &out, a), 1);
        assert_int_equal(out.v[0].t.n, j + 6);
        assert_int_equal(out.v[0].t.cp[j], ' ');
        assert_int_equal(out.v[0].t.cp[j + 1], 0x6587);
        assert_int_equal(out.v[0].t.src[j + 1], j + 2);
        /* markdown: 中…**文文**[文](u)文 -> 中…文文文文 */
        n = 0;
        for (int k = 0; k < j; k++)
            cp[n++] = HAN;
        static const uint32_t tail[] = {'*', '*', 0x6587, 0x6587, '*', '*', '[', 0x6587, ']', '(', 'u', ')', 0x6587};
        for (size_t k = 0; k < sizeof tail / sizeof *tail; k++)
            cp[n++] = tail[k];
        assert_int_equal(paragraphs_md(cp, n, &out, a, true), 1);
        assert_int_equal(out.v[0].t.n, j + 4);
        for (int k = 0; k < j + 4; k++)
            assert_int_equal(out.v[0].t.cp[k], k < j ? HAN : 0x6587);
        assert_int_equal(out.v[0].t.src[j], j + 2);     /* the first 文 after ** */
        assert_int_equal(out.v[0].t.src[j + 2], j + 7); /* the link's text */
        gx_arena_free(a);
    }
}

/* a line of j Han, a blank line, a line of t Han (and a last newline or not) */
static void test_lines(void **state)
{
    (void)state;
    uint32_t cp[80];
    for (int j = 1; j < 22; j++)
        for (int t = 0; t < 22; t++)
            for (int last = 0; last < 2; last++) {
                gx_arena *a = gx_arena_new();
                int32_t n = 0;
                for (int k = 0; k < j; k++)
                    cp[n++] = HAN;
                cp[n++] = '\n';
                cp[n++] = '\n';
                for (int k = 0; k < t; k++)
                    cp[n++] = 0x6587; /* 文 */
                if (last)
                    cp[n++] = '\n';
                gx_para_vec out;
                assert_int_equal(paragraphs_of(cp, n, &out, a), t > 0 ? 2 : 1);
                assert_int_equal(out.v[0].t.n, j);
                if (t > 0) {
                    assert_int_equal(out.v[1].t.n, t);
                    assert_true(out.v[1].after_blank);
                }
                gx_arena_free(a);
            }
}

/* two U+3000 inside a long line start a new paragraph, wherever they stand */
static void test_space_breaks(void **state)
{
    (void)state;
    uint32_t cp[120];
    for (int j = 26; j < 45; j++) {
        gx_arena *a = gx_arena_new();
        int32_t n = 0;
        for (int k = 0; k < j; k++)
            cp[n++] = k == j - 1 ? 0x3002 : HAN;
        cp[n++] = 0x3000;
        cp[n++] = 0x3000;
        for (int k = 0; k < 30; k++)
            cp[n++] = 0x6587;
        gx_para_vec out;
        assert_int_equal(paragraphs_of(cp, n, &out, a), 2);
        assert_int_equal(out.v[0].t.n, j);
        assert_int_equal(out.v[1].t.n, 30);
        gx_arena_free(a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentence_ends),
        cmocka_unit_test(test_many_sentences),
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_space_breaks),
        cmocka_unit_test(test_segment_marks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
