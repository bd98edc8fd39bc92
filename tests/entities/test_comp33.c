/* test_comp33.c — a business the text describes with a copula (twentieth session, helper
 * "comp33"; gx_entity_rules_described.c): X是一款…平台 / X是一家…公司, where the glued text before
 * X (申请X, 放款X) is not part of the name: X is the end of the run that the article also writes at
 * a clear edge, as often as any shorter end. Texts written for the test. */
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

/* the name opens the text and recurs glued to a verb before the copula */
static void test_glued_platform(void **state)
{
    (void)state;
    gx_article *art = fixture_run("闪借宝极速申请\n\n在线申请闪借宝是一款方便的小额贷款平台，闪借宝全程线上办理。", NULL, NULL);
    assert_non_null(fixture_find(art, "闪借宝", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "申请闪借宝", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a longer end written less often than the name is not the name (放款|云朵钱包) */
static void test_rarer_longer_end(void **state)
{
    (void)state;
    gx_article *art = fixture_run("云朵钱包借款，当天放款云朵钱包是一款手机借款APP。云朵钱包审核快，云朵钱包额度高。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "云朵钱包", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "款云朵钱包", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a company described once, no name written again, pronouns and time words: nothing */
static void test_not_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("目前是一家上市公司。目前业绩稳定。该平台是一款理财平台，该平台上线三年。", NULL, NULL);
    assert_null(fixture_find(art, "目前", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "该平台", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("据介绍，蓝海星是一家物流企业。", NULL, NULL);
    assert_null(fixture_find(art, "蓝海星", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an app the article names three times, once as its app at a clear edge (gx_entity_rules_context.c,
 * the attribute rule's app cue); two characters before APP are mostly words */
static void test_named_app(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据了解，青柚盒子成立于2018年。5月，青柚盒子APP上线，青柚盒子用户已过万。", NULL, NULL);
    assert_non_null(fixture_find(art, "青柚盒子", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("看点不少。今日，看点APP更新，看点多多。", NULL, NULL);
    assert_null(fixture_find(art, "看点", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_platform),
        cmocka_unit_test(test_rarer_longer_end),
        cmocka_unit_test(test_not_names),
        cmocka_unit_test(test_named_app),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
