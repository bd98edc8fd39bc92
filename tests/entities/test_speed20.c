/* test_speed20.c — the resolution's candidate index (eighteenth session, speed20): a query that
 * answers more than 32 candidates orders them by a bitmap of their indices, not by qsort, and a
 * search by text with nothing moved returns its chain as it is (already ascending). Both must
 * return exactly what a walk over all the candidates finds, ascending, before and after some
 * candidates are marked moved: wide ranges of gx_cand_ix_starting (many answers, by start, not
 * by index) and gx_cand_ix_same_text for every candidate's span. gx_word_ending against a
 * brute-force reading (words of one to six characters, the longest wins, floors, the text's
 * start): a pin for a next attempt at it (counting a word's length two characters at a time
 * was fewer instructions and slower by the clock, docs/engine.md speed20), and its filtered form
 * gx_word_ending_f (the set of the words' last characters first, speed26). The iterator
 * gx_cand_text_it and gx_cand_ix_text_count against the same (dos, twenty-seventh session). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_cand_ix.h"
#include "gx_entity_util.h"

static bool same_text(const gx_article *art, gx_span a, gx_span b)
{
    return gx_span_in_text(art, a) && gx_span_in_text(art, b) && a.end - a.start == b.end - b.start &&
           !memcmp(art->cp + a.start, art->cp + b.start, sizeof(uint32_t) * (size_t)(a.end - a.start));
}

static void same_as_walk(const gx_article *art, const gx_cand_ix *ix, const uint8_t *moved, int *wide)
{
    int nc = art->candidates.n;
    int *out = malloc(sizeof(int) * (size_t)(nc + 1)), *want = malloc(sizeof(int) * (size_t)(nc + 1));
    for (int32_t lo = -3; lo <= art->ncp + 3; lo++) /* ranges to the end: many answers */
        for (int32_t hi = art->ncp + 3; hi >= lo; hi -= 37) {
            int n = gx_cand_ix_starting(ix, lo, hi, out), w = 0;
            for (int i = 0; i < nc; i++) {
                int32_t s = ix->key[i].start;
                if ((s >= lo && s < hi) || (moved && moved[i]))
                    want[w++] = i;
            }
            assert_int_equal(n, w);
            for (int k = 0; k < n; k++)
                assert_int_equal(out[k], want[k]);
            *wide += n > 32;
        }
    for (int c = 0; c < nc; c++) {
        gx_span s = art->candidates.v[c].span;
        int n = gx_cand_ix_same_text(ix, art, s, c, out), w = 0;
        for (int i = 0; i < nc; i++)
            if ((moved && moved[i]) || same_text(art, ix->key[i], s))
                want[w++] = i;
        assert_int_equal(n, w);
        for (int k = 0; k < n; k++)
            assert_int_equal(out[k], want[k]);
        *wide += n > 32;
        /* (dos, twenty-seventh session) the one-at-a-time walk gives the same, in order; and the
         * text count is the number of places writing the text */
        gx_cand_text_it it;
        int k = 0;
        for (int j = gx_cand_text_first(&it, ix, art, s, c); j >= 0; j = gx_cand_text_next(&it)) {
            assert_true(k < n);
            assert_int_equal(j, out[k++]);
        }
        assert_int_equal(k, n);
        if (gx_span_in_text(art, s) && s.end > s.start) {
            int places = 0;
            for (int32_t p = 0; p + (s.end - s.start) <= art->ncp; p++)
                places += same_text(art, (gx_span){p, p + s.end - s.start}, s);
            assert_int_equal(gx_cand_ix_text_count(ix, art, s), places);
            assert_int_equal(gx_cand_ix_text_count(ix, art, s), places); /* (from the memo) */
        }
    }
    free(out);
    free(want);
}

static void test_many_answers(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "中国平安、招商银行、万科企业、贵州茅台、格力电器、美的集团、海尔智家和比亚迪股份有限公司"
        "今天公布业绩。平安银行行长胡跃飞表示，招商银行、兴业银行与浦发银行将在上海和深圳合作。"
        "腾讯控股有限公司、阿里巴巴集团与百度公司的负责人马化腾、张勇和李彦宏出席了会议。"
        "招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、"
        "招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、"
        "招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、"
        "招商银行、招商银行、招商银行、招商银行、招商银行、招商银行、招商银行和招商银行发布公告。",
        "中国证监会",
        "",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        gx_article *art = fixture_run(texts[t], NULL, NULL);
        gx_cand_ix ix;
        gx_cand_ix_build(&ix, art);
        int wide = 0;
        same_as_walk(art, &ix, NULL, &wide);
        if (t == 0) {
            assert_true(art->candidates.n > 64);
            assert_true(wide > 0);
        }
        int nc = art->candidates.n;
        if (nc > 3) { /* moved candidates come back from every query, in index order */
            uint8_t *moved = calloc((size_t)nc, 1);
            static const int MOVE[] = {40, 3, 65, 1, 64, 63};
            for (size_t k = 0; k < sizeof MOVE / sizeof *MOVE; k++)
                if (MOVE[k] < nc) {
                    gx_cand_ix_moved(&ix, MOVE[k]);
                    moved[MOVE[k]] = 1;
                }
            same_as_walk(art, &ix, moved, &wide);
            free(moved);
        }
        gx_article_free(art);
    }
}

/* the longest word ending at pos, starting at or after floor, by comparing from the end */
static int32_t ending_brute(const uint32_t *cp, int32_t floor, int32_t pos, const char32_t *const *words)
{
    int32_t best = 0;
    for (int w = 0; words[w]; w++) {
        int32_t len = 0;
        while (words[w][len])
            len++;
        bool ok = len > best && pos - len >= floor;
        for (int32_t k = 1; ok && k <= len; k++)
            ok = cp[pos - k] == (uint32_t)words[w][len - k];
        if (ok)
            best = len;
    }
    return best;
}

static void test_word_ending(void **state)
{
    (void)state;
    static const char32_t *const WORDS[] = {U"会", U"委员会", U"员会", U"薪酬委员会", U"考核委员会", U"与考核委员会",
                                            U"公司", U"子公司", U"", U"限公司", NULL};
    static const char32_t TEXT[] = U"会董事会薪酬与考核委员会下设子公司有限公司员会委员会";
    uint32_t cp[64];
    int32_t n = 0;
    while (TEXT[n]) {
        cp[n] = (uint32_t)TEXT[n];
        n++;
    }
    int found = 0;
    for (int32_t pos = 0; pos <= n; pos++)
        for (int32_t floor = 0; floor <= pos; floor++) {
            int32_t want = ending_brute(cp, floor, pos, WORDS);
            assert_int_equal(gx_word_ending(cp, floor, pos, WORDS), want);
            /* the filtered form (speed26) gives the same answer, its cache filled or not */
            static _Atomic uint64_t last;
            assert_int_equal(gx_word_ending_f(cp, floor, pos, WORDS, &last), want);
            found += want > 0;
        }
    assert_true(found > 0);
    assert_int_equal(gx_word_ending(cp, 0, 12, WORDS), 6); /* 与考核委员会 */
    assert_int_equal(gx_word_ending(cp, 9, 12, WORDS), 3); /* 委员会 from 9 on */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_answers),
        cmocka_unit_test(test_word_ending),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
