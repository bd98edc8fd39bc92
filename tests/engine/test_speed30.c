/* test_speed30.c — thirtieth session, speed30: page-break repair (gx_normalize_repair) grows a
 * run of joined paragraphs in one buffer and reads only what each join added. Reference: the
 * repair asked one pair at a time (the head so far, copied fresh, and the next paragraph), as
 * every join was decided before; the two must give the same paragraphs, text and source map,
 * on random documents of joinable and final fragments (Chinese, Latin, numbers, labels). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_normalize.h"

static uint32_t rnd_state = 3030;
static uint32_t rnd(uint32_t n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

static const char *const FRAG[] = {
    "公司董事长表示将继续推进",   "销售额同比上升",        "据悉，该项目总投资为",
    "5亿元",                       "美元的收购计划。",      "原标题:公司公告",
    "the company said it would",   "expand its business",   "Revenue rose 12%",
    "in the first quarter.",       "1,234",                 "证券代码:000566",
    "么?袁帅告诉记者",             "此外，公司还将",        "万科、碧桂园和保利地产",
    "关注同花顺财经(ths518)，获取更多机会", "市场人士认为，这一趋势仍将持续。", "等",
};

static gx_para_vec paragraphs(gx_arena *a, const char *s)
{
    gx_cps cps = {0};
    gx_normalize_decode(a, s, strlen(s), 0, &cps);
    gx_para_vec pv = {0};
    gx_normalize_paragraphs(a, &cps, false, true, &pv);
    return pv;
}

/* The old decision path: each join decided on a fresh copy of the head and the next one. */
static gx_para_vec pairwise(gx_arena *a, const gx_para_vec *in)
{
    gx_para_vec out = {0};
    for (int r = 0; r < in->n; r++) {
        if (out.n) {
            gx_para_vec two = {0};
            gx_para head = out.v[out.n - 1];
            gx_cps fresh = {0};
            gx_cps_append(a, &fresh, &head.t);
            head.t = fresh;
            *GX_VEC_PUSH(a, two) = head;
            *GX_VEC_PUSH(a, two) = in->v[r];
            if (gx_normalize_repair(a, &two, 0, 2) == 1) {
                assert_int_equal(two.n, 1);
                out.v[out.n - 1] = two.v[0];
                continue;
            }
        }
        *GX_VEC_PUSH(a, out) = in->v[r];
    }
    return out;
}

static void test_repair_as_pairs(void **state)
{
    (void)state;
    int joined_runs = 0;
    for (int round = 0; round < 300; round++) {
        gx_arena *a = gx_arena_new();
        char doc[8192];
        size_t n = 0;
        int np = 2 + (int)rnd(40);
        for (int k = 0; k < np; k++) {
            const char *f = FRAG[rnd(sizeof FRAG / sizeof *FRAG)];
            size_t l = strlen(f);
            if (n + l + 4 >= sizeof doc)
                break;
            memcpy(doc + n, f, l);
            n += l;
            const char *sep = rnd(4) ? "\n\n" : "\n";
            memcpy(doc + n, sep, strlen(sep));
            n += strlen(sep);
        }
        doc[n] = '\0';
        gx_para_vec whole = paragraphs(a, doc), parts = paragraphs(a, doc);
        gx_para_vec want = pairwise(a, &parts);
        int joins = gx_normalize_repair(a, &whole, 0, whole.n);
        assert_int_equal(whole.n, want.n);
        assert_int_equal(joins, parts.n - want.n);
        for (int i = 0; i < want.n; i++) {
            assert_int_equal(whole.v[i].kind, want.v[i].kind);
            assert_int_equal(whole.v[i].t.n, want.v[i].t.n);
            assert_memory_equal(whole.v[i].t.cp, want.v[i].t.cp,
                                sizeof(uint32_t) * (size_t)want.v[i].t.n);
            assert_memory_equal(whole.v[i].t.src, want.v[i].t.src,
                                sizeof(int32_t) * (size_t)want.v[i].t.n);
        }
        joined_runs += parts.n - want.n >= 3;
        gx_arena_free(a);
    }
    assert_true(joined_runs > 20); /* (runs of several joins were exercised) */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repair_as_pairs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
