/* test_gov24.c — government bodies, twenty-first session, round 3 (helper "gov24"): a firm's
 * department word without an owner (财务部, 风险控制部, 法律事务部) is no ministry. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* The tagger's 财务部, 风险控制部, 法律事务部 in a centre's list of departments are none. */
static void test_ownerless_department(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"财务部", GX_ENT_GOVERNMENT, 0.9f},
                                       {"风险控制部", GX_ENT_GOVERNMENT, 0.9f},
                                       {"法律事务部", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("中心内设综合部、财务部、风险控制部、法律事务部和规划研发部。", tags, 3);
    assert_null(fixture_find(art, "财务部", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "风险控制部", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "法律事务部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A department with its country, or the gazetteer's own, stays a body. */
static void test_owned_department(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"美国退伍军人事务部", GX_ENT_GOVERNMENT, 0.9f},
                                       {"退役军人事务部", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged("美国退伍军人事务部表示。退役军人事务部发布通知。", tags, 2);
    assert_non_null(fixture_find(art, "美国退伍军人事务部", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "退役军人事务部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ownerless_department),
        cmocka_unit_test(test_owned_department),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
