/* test_speed17.c — the resolution's candidate index (sixteenth session, second round, speed17):
 * the candidates are counted by blocks of 16 positions and ordered by start inside a block, no
 * longer counted at every position. gx_cand_ix_starting must return exactly the candidates a
 * walk over all of them finds (start in [lo, hi), ascending), for every range over an article
 * with many candidates (several in one block, several at one start, blocks without any), and
 * the moved ones as well once marked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_cand_ix.h"

static void same_as_walk(const gx_article *art, const gx_cand_ix *ix, const uint8_t *moved)
{
    int nc = art->candidates.n;
    int *out = malloc(sizeof(int) * (size_t)(nc + 1)), *want = malloc(sizeof(int) * (size_t)(nc + 1));
    for (int32_t lo = -3; lo <= art->ncp + 3; lo++)
        for (int32_t hi = lo; hi <= lo + 40; hi += hi - lo < 4 ? 1 : 9) {
            int n = gx_cand_ix_starting(ix, lo, hi, out), w = 0;
            for (int i = 0; i < nc; i++) {
                int32_t s = ix->key[i].start;
                if ((s >= lo && s < hi) || (moved && moved[i]))
                    want[w++] = i;
            }
            assert_int_equal(n, w);
            for (int k = 0; k < n; k++)
                assert_int_equal(out[k], want[k]);
        }
    free(out);
    free(want);
}

static void test_starting(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "中国平安、招商银行、万科企业、贵州茅台、格力电器、美的集团、海尔智家和比亚迪股份有限公司"
        "今天公布业绩。平安银行行长胡跃飞表示，招商银行、兴业银行与浦发银行将在上海和深圳合作。"
        "腾讯控股有限公司、阿里巴巴集团与百度公司的负责人马化腾、张勇和李彦宏出席了会议。",
        "中国证监会",
        "",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        gx_article *art = fixture_run(texts[t], NULL, NULL);
        gx_cand_ix ix;
        gx_cand_ix_build(&ix, art);
        if (t == 0)
            assert_true(art->candidates.n > 20);
        same_as_walk(art, &ix, NULL);
        if (art->candidates.n > 3) { /* moved candidates come back from every query */
            uint8_t *moved = calloc((size_t)art->candidates.n, 1);
            gx_cand_ix_moved(&ix, 3);
            gx_cand_ix_moved(&ix, 1);
            moved[1] = moved[3] = 1;
            same_as_walk(art, &ix, moved);
            free(moved);
        }
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_starting),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
