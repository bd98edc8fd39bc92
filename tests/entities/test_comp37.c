/* test_comp37.c — well-known unlisted consumer internet firms in global_companies.tsv (twentieth
 * session, helper "comp37"): 1号店 (Yihaodian), 百合网 under its brand 百合婚恋, and 京东商城 read as
 * 京东. Texts written for the test. */
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

static void test_consumer_firms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("电商方面，1号店与当当网都推出了会员服务，百合婚恋也上线了新版本。", NULL, NULL);
    assert_non_null(fixture_company(art, "1号店"));
    assert_non_null(fixture_company(art, "百合网"));
    gx_article_free(art);
}

static void test_jd_mall(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，京东商城今年的促销活动提前开始。", NULL, NULL);
    assert_non_null(fixture_company(art, "京东"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_consumer_firms),
        cmocka_unit_test(test_jd_mall),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
