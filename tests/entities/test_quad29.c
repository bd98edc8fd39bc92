/* test_quad29.c — twenty-ninth session, quad29: the resolution's questions that walked every
 * candidate (or the whole text) per candidate read indexes built once instead, with the same
 * answers.
 *   - gx_cand_place_first / _next (gx_cand_ix.h): the candidates that may start where two given
 *     characters are written — every moved candidate once, then the unmoved ones starting at
 *     those places other than the skipped one — against a walk over every candidate, with and
 *     without moved candidates, with and without the article's bigram index;
 *   - gx_rs_repeated_prefix_ix (gx_resolve_impl.h) against gx_rs_repeated_prefix (the walk) on
 *     random texts over three characters (many repeats) with random candidates of every source and
 *     type, some moved after the index was built. */
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
#include "gx_resolve_impl.h"

static uint32_t rnd_state = 2929;
static uint32_t rnd(uint32_t n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

/* Every candidate the iterator gives for (w, skip) is given once and is one a walk finds
 * (moved, or unmoved and starting at an other place where w[0] w[1] are written); every
 * candidate the walk finds is given. Returns how many were given. */
static int places_as_walk(const gx_article *art, const gx_cand_ix *ix, const uint32_t *w,
                          int32_t skip)
{
    int nc = art->candidates.n;
    uint8_t *seen = calloc((size_t)nc + 1, 1);
    int n = 0;
    gx_cand_place_it it;
    for (int j = gx_cand_place_first(&it, ix, art, w, skip); j >= 0; j = gx_cand_place_next(&it)) {
        assert_true(j < nc);
        assert_false(seen[j]);
        seen[j] = 1;
        n++;
    }
    for (int j = 0; j < nc; j++) {
        int32_t p = art->candidates.v[j].span.start;
        bool want = ix->moved[j] || (p != skip && p >= 0 && p + 1 < art->ncp &&
                                     art->cp[p] == w[0] && art->cp[p + 1] == w[1]);
        assert_int_equal(seen[j], want);
    }
    free(seen);
    return n;
}

static void all_places(const gx_article *art, const gx_cand_ix *ix, int *given)
{
    for (int c = 0; c < art->candidates.n; c++) {
        gx_span s = art->candidates.v[c].span;
        if (s.start < 0 || s.start + 2 > art->ncp)
            continue;
        *given += places_as_walk(art, ix, art->cp + s.start, s.start);
        *given += places_as_walk(art, ix, art->cp + s.start, -1);
    }
}

static void test_place_iterator(void **state)
{
    (void)state;
    static const char *const text =
        "招商银行、招商证券与招商局集团今天公布业绩，招商银行行长表示，平安银行与招商银行将在深圳合作。"
        "招商银行、招商证券与招商局集团今天公布业绩，招商银行行长表示，平安银行与招商银行将在深圳合作。"
        "中国平安、万科企业和比亚迪股份有限公司出席了会议。";
    gx_article *art = fixture_run(text, NULL, NULL);
    assert_true(art->candidates.n > 8);
    gx_text_ix tx;
    gx_text_ix_build(&tx, art);
    gx_cand_ix ix;
    gx_cand_ix_build(&ix, art);
    int given = 0;
    all_places(art, &ix, &given);
    assert_true(given > art->candidates.n);
    /* without the bigram index (every position is a place) */
    struct gx_text_ix *keep = art->text_ix;
    art->text_ix = NULL;
    all_places(art, &ix, &given);
    art->text_ix = keep;
    /* moved candidates: given once each, wherever they start now */
    static const int MOVE[] = {5, 0, 3};
    for (size_t k = 0; k < sizeof MOVE / sizeof *MOVE; k++) {
        gx_candidate *c = &art->candidates.v[MOVE[k]];
        if (c->span.end - c->span.start > 2)
            c->span.start++;
        gx_cand_ix_moved(&ix, MOVE[k]);
    }
    all_places(art, &ix, &given);
    /* two characters written nowhere: only the moved candidates */
    static const uint32_t NOWHERE[] = {0x9F98, 0x9F98};
    assert_int_equal(places_as_walk(art, &ix, NOWHERE, -1), ix.nmoved);
    gx_article_free(art);
}

static void test_repeated_prefix_ix(void **state)
{
    (void)state;
    enum { N = 120, NC = 80 };
    int positive = 0, repeated = 0;
    for (int round = 0; round < 200; round++) {
        char text[N * 3 + 1];
        static const char *const CH[] = {"甲", "乙", "丙"};
        uint32_t alpha = 2 + rnd(2);
        for (int i = 0; i < N; i++)
            memcpy(text + 3 * i, CH[rnd(alpha)], 3);
        text[N * 3] = '\0';
        gx_article *art = fixture_run(text, NULL, NULL);
        assert_int_equal(art->ncp, N);
        art->candidates.n = 0;
        int nc = 10 + (int)rnd(NC - 10);
        for (int k = 0; k < nc; k++) {
            gx_candidate *c = GX_VEC_PUSH(art->arena, art->candidates);
            int32_t len = 2 + (int32_t)rnd(9);
            int32_t s = (int32_t)rnd(N - len);
            c->span = (gx_span){s, s + len};
            c->source = rnd(3) ? GX_SRC_TAGGER : GX_SRC_RULE;
            c->type = rnd(4) ? GX_ENT_COMPANY : GX_ENT_PERSON;
        }
        gx_text_ix tx;
        gx_text_ix_build(&tx, art);
        gx_cand_ix ix;
        gx_cand_ix_build(&ix, art);
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) /* some spans move after the index was built */
                for (int m = 0; m < 5; m++) {
                    int k = (int)rnd((uint32_t)nc);
                    gx_candidate *c = &art->candidates.v[k];
                    int32_t s = (int32_t)rnd(N - 6);
                    c->span = (gx_span){s, s + 4 + (int32_t)rnd(3)};
                    gx_cand_ix_moved(&ix, k);
                }
            for (int k = 0; k < nc; k++) {
                gx_span s = art->candidates.v[k].span;
                if (s.end - s.start < 5)
                    continue;
                int32_t want = gx_rs_repeated_prefix(art->cp, art->candidates.v, nc, s);
                assert_int_equal(gx_rs_repeated_prefix_ix(art, &ix, s), want);
                positive += want > 0;
                repeated += want < 0;
            }
        }
        gx_article_free(art);
    }
    assert_true(positive > 20); /* the random texts exercise both answers */
    assert_true(repeated > 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_iterator),
        cmocka_unit_test(test_repeated_prefix_ix),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
