/* test_comp37.c — well-known unlisted consumer internet firms in global_companies.tsv (twentieth
 * session, helper "comp37"): 1号店 (Yihaodian), 百合网 under its brand 百合婚恋, and 京东商城 read as
 * 京东; 商城 as a company suffix at a sure left edge (gx_entity_rules_suffix.c). Texts written for
 * the test. */
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

/* 商城 (cues.tsv company_suffix_edged) names a firm only after punctuation or at the text start:
 * not after a verb glued to the name (如何下载|九霄商城), nor for a generic body (网上商城) */
static void test_edged_mall(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据了解，大象象商城是一家电商平台。", NULL, NULL);
    assert_non_null(fixture_find(art, "大象象商城", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("用户可以下载九霄商城参加活动，也可以到网上商城购买。", NULL, NULL);
    assert_null(fixture_find(art, "下载九霄商城", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "九霄商城", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "网上商城", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_consumer_firms),
        cmocka_unit_test(test_jd_mall),
        cmocka_unit_test(test_edged_mall),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
