/* test_speed30.c — thirtieth session, speed30: gx_cand_prefix_first / _next (gx_cand_ix.h), the
 * candidates that may begin with a given text — every moved candidate once, then the unmoved
 * ones whose span's text begins with it — against a walk over every candidate, on random texts
 * over three characters (many repeats) with random candidates, some moved after the index was
 * built, and words taken from the text or not. (gx_rs_edge_cut_before_rest asks it in place of
 * the places of the name's first two characters: a superset of the same qualifying names, as
 * every name it keeps begins with the name and its next two characters.) */
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

static uint32_t rnd_state = 3030;
static uint32_t rnd(uint32_t n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

/* Returns how many unmoved candidates were given. */
static int prefix_as_walk(const gx_article *art, gx_cand_ix *ix, const uint32_t *w, int32_t len)
{
    int nc = art->candidates.n;
    uint8_t *seen = calloc((size_t)nc + 1, 1);
    int unmoved = 0;
    gx_cand_prefix_it it;
    for (int j = gx_cand_prefix_first(&it, ix, art, w, len); j >= 0; j = gx_cand_prefix_next(&it)) {
        assert_true(j < nc);
        assert_false(seen[j]);
        seen[j] = 1;
        unmoved += !ix->moved[j];
    }
    for (int j = 0; j < nc; j++) {
        gx_span s = art->candidates.v[j].span;
        bool want = ix->moved[j] ||
                    (s.start >= 0 && s.end <= art->ncp && s.end - s.start >= len &&
                     !memcmp(art->cp + s.start, w, sizeof(uint32_t) * (size_t)len));
        assert_int_equal(seen[j], want);
    }
    free(seen);
    return unmoved;
}

static void test_prefix_iterator(void **state)
{
    (void)state;
    enum { N = 120, NC = 90 };
    int found = 0;
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
        int nc = 1 + (int)rnd(NC);
        for (int k = 0; k < nc; k++) {
            gx_candidate *c = GX_VEC_PUSH(art->arena, art->candidates);
            int32_t len = 1 + (int32_t)rnd(14);
            int32_t s = (int32_t)rnd(N - len);
            c->span = rnd(30) ? (gx_span){s, s + len} : (gx_span){s, s}; /* some empty */
            c->source = GX_SRC_TAGGER;
            c->type = GX_ENT_COMPANY;
        }
        gx_text_ix tx;
        gx_text_ix_build(&tx, art);
        gx_cand_ix ix;
        gx_cand_ix_build(&ix, art);
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) /* some spans move after the index was built */
                for (int m = 0; m < 4; m++) {
                    int k = (int)rnd((uint32_t)nc);
                    gx_candidate *c = &art->candidates.v[k];
                    int32_t s = (int32_t)rnd(N - 10);
                    c->span = (gx_span){s, s + 1 + (int32_t)rnd(8)};
                    gx_cand_ix_moved(&ix, k);
                }
            for (int q = 0; q < 40; q++) {
                int32_t len = GX_CAND_PREFIX_MIN + (int32_t)rnd(4);
                int32_t at = (int32_t)rnd(N - len);
                found += prefix_as_walk(art, &ix, art->cp + at, len);
            }
            static const uint32_t NOWHERE[] = {0x9F98, 0x7532};
            assert_int_equal(prefix_as_walk(art, &ix, NOWHERE, 2), 0);
        }
        gx_article_free(art);
    }
    assert_true(found > 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prefix_iterator),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
