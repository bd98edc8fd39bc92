/* test_speed16.c — the hit index's lists by kind (sixteenth session, speed16): gx_hit_first /
 * gx_hit_next visit exactly the hits a loop over every hit keeps for that kind, in the same
 * order, for every kind, on a text with hits of many kinds (titles, regions, government units,
 * company attributes, list words, sources) and on one without hits. Twenty-third session (speed27):
 * the heads by position are read only where a zeroed bitmap has the position's bit
 * (gx_head_at); gx_hit_len_starting / _ending give the longest hit of a kind a walk over every
 * hit finds, at every position (a head read where no hit is, zero or garbage, names a hit of
 * another place). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entity_util.h"
#include "gx_lexicon.h"

static void compare_lists(const char *s, int want_hits)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    const gx_lexicon *lex = fixture_engine()->lexicon;
    gx_lexicon_scan(lex, art);
    gx_hit_index ix;
    gx_hit_index_build(&ix, lex, art);
    if (want_hits)
        assert_true(ix.n > 0);
    int seen = 0;
    for (int kind = 0; kind < GX_LEX__COUNT; kind++) {
        int k = gx_hit_first(&ix, (gx_lex_kind)kind);
        for (int i = 0; i < ix.n; i++) {
            if (gx_lexicon_entry(lex, ix.hits[i].entry)->kind != (gx_lex_kind)kind)
                continue;
            assert_int_equal(k, i); /* the next hit of the kind, none skipped */
            k = gx_hit_next(&ix, k);
            seen++;
        }
        assert_int_equal(k, ix.n); /* and nothing after the last */
    }
    assert_int_equal(seen, ix.n); /* every hit on the list of its kind */
    for (int kind = 0; kind < GX_LEX__COUNT; kind++) {
        if (gx_lex_kind_is_char((uint32_t)kind))
            continue; /* (those also read single characters: not hits) */
        for (int32_t p = -1; p <= art->ncp + 1; p++) {
            int ws = 0, we = 0;
            for (int i = 0; i < ix.n; i++) {
                if (gx_lexicon_entry(lex, ix.hits[i].entry)->kind != (gx_lex_kind)kind)
                    continue;
                const int len = ix.hits[i].end - ix.hits[i].start;
                if (ix.hits[i].start == p && p < art->ncp && len > ws)
                    ws = len;
                if (ix.hits[i].end == p && p > 0 && len > we)
                    we = len;
            }
            assert_int_equal(gx_hit_len_starting(&ix, p, (gx_lex_kind)kind), ws);
            assert_int_equal(gx_hit_len_ending(&ix, p, (gx_lex_kind)kind), we);
        }
    }
    gx_article_free(art);
}

static void test_lists_as_walk(void **state)
{
    (void)state;
    compare_lists("北京市人民政府办公厅、上海市公安局和浙江省财政厅联合发布通知。"
                  "中信证券首席经济学家诸建芳表示,华为公司董事长梁华出席。"
                  "据晨星公司的数据,象帝先股东包括阿里巴巴、腾讯控股等公司,市值超过百亿元。",
                  1);
}

static void test_no_hits(void **state)
{
    (void)state;
    compare_lists("abc 123", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lists_as_walk),
        cmocka_unit_test(test_no_hits),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
