/* test_dos27.c — a body that repeats its text (twenty-seventh session, helper "dos"). The rules
 * and the resolution answer questions about "every other candidate with the same text" once per
 * text or stop at the first copy that settles them (gx_cand_text_it, gx_text_memo); the answer on
 * a sentence written 2,000 times must be the answer on one copy with every mention 2,000 times:
 * the same entities, in the same order, of the same types and names. (Timings are measured by
 * bench/run-repeated, not here.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

enum { COPIES = 2000 };

static char *repeated(const char *s, int k)
{
    size_t n = strlen(s);
    char *out = malloc(n * (size_t)k + 1);
    assert_non_null(out);
    for (int i = 0; i < k; i++)
        memcpy(out + n * (size_t)i, s, n);
    out[n * (size_t)k] = 0;
    return out;
}

/* The entities of s once and of s COPIES times: the same list, mentions times COPIES. */
static void check_repeated(const char *s, const fixture_tag *tags, int ntags)
{
    gx_article *one = fixture_run_tagged(s, tags, ntags);
    char *body = repeated(s, COPIES);
    gx_article *many = fixture_run_tagged(body, tags, ntags);
    assert_true(one->entities.n > 0);
    if (many->entities.n != one->entities.n) {
        for (int k = 0; k < many->entities.n; k++)
            fprintf(stderr, "many: %s %d %d\n", many->entities.v[k].name, many->entities.v[k].type,
                    many->entities.v[k].mentions.n);
        for (int k = 0; k < one->entities.n; k++)
            fprintf(stderr, "one: %s %d %d\n", one->entities.v[k].name, one->entities.v[k].type,
                    one->entities.v[k].mentions.n);
    }
    assert_int_equal(many->entities.n, one->entities.n);
    for (int k = 0; k < one->entities.n; k++) {
        const gx_entity *a = &one->entities.v[k], *b = &many->entities.v[k];
        assert_string_equal(b->name, a->name);
        assert_int_equal(b->type, a->type);
        assert_int_equal(b->mentions.n, a->mentions.n * COPIES);
    }
    gx_article_free(many);
    gx_article_free(one);
    free(body);
}

static void test_news_sentence(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {
        {"王一鸣", GX_ENT_PERSON, 0.9f},
        {"缪建民", GX_ENT_PERSON, 0.9f},
        {"宁德时代", GX_ENT_COMPANY, 0.7f},
    };
    check_repeated("宁德时代(300750)称，公司拟以不超过5亿元回购股份。证券时报记者 王一鸣 深圳报道："
                   "招商银行股份有限公司董事长缪建民表示。",
                   tags, 3);
}

/* a platform named before a business fact and a copula (the rules of gx_entity_rules_described.c
 * count every writing of the name), and a list of firms */
static void test_platform_and_list(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {
        {"钱牛牛", GX_ENT_COMPANY, 0.6f},
        {"李明", GX_ENT_PERSON, 0.8f},
    };
    check_repeated("申请钱牛牛自成立5年来，钱牛牛是一款小额贷款平台。万科、碧桂园、保利地产三家公司的销售额上升，"
                   "李明说。",
                   tags, 2);
}

/* titles whose holders a list after a copula names (gx_pp_shared_titles: which titles are held,
 * the last holder joined by 和; the positions by title span, twenty-seventh session round 2) and
 * a list whose 和 is inside a known name (gx_er_list_items: the separators inside a candidate) */
static void test_shared_titles_and_joined_list(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {
        {"张大伟", GX_ENT_PERSON, 0.8f},
        {"王晓明", GX_ENT_PERSON, 0.8f},
        {"和而泰", GX_ENT_COMPANY, 0.8f},
    };
    check_repeated("公司独立董事为张大伟、李红和王晓明。董事长和总经理分别为张勇和李明。"
                   "和而泰、万科和碧桂园等公司的业绩上升。",
                   tags, 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_news_sentence),
        cmocka_unit_test(test_platform_and_list),
        cmocka_unit_test(test_shared_titles_and_joined_list),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
