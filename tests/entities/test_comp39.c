/* test_comp39.c — web finance brands that got no candidate (twenty-first session, helper
 * "comp39"): X财富 written twice, once after punctuation (gx_entity_rules_brand.c, cues.tsv
 * brand_head); a Latin name glued to a generic finance word before a company suffix, written twice
 * (gx_entity_rules_suffix.c). Texts written for the test. */
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

/* a brand written twice, once after punctuation, is a company */
static void test_brand_twice(void **state)
{
    (void)state;
    gx_article *art = fixture_run("蓝岚财富怎么样？\n很多人问起理财，蓝岚财富认为大致有三方面原因。", NULL, NULL);
    assert_non_null(fixture_find(art, "蓝岚财富", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* written once it is a slogan; an amount, a verb glued before it or a longer word is no brand */
static void test_not_brand(void **state)
{
    (void)state;
    gx_article *art = fixture_run("蓝岚财富怎么样？很多人问起理财的原因。", NULL, NULL);
    assert_null(fixture_find(art, "蓝岚财富", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("，千亿财富在这里，千亿财富在那里。，家庭财富管理很重要，家庭财富管理要趁早。", NULL, NULL);
    assert_null(fixture_find(art, "千亿财富", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "家庭财富", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin name glued to a generic finance word before a company suffix, written twice
 * (gx_entity_rules_suffix.c); written once it stays out (REN ZHAO操纵证券 is no firm) */
static void test_latin_brand(void **state)
{
    (void)state;
    gx_article *art = fixture_run("BROOKFIELD金融集团骗局揭秘。BROOKFIELD金融集团是黑平台吗？", NULL, NULL);
    assert_non_null(fixture_find(art, "BROOKFIELD金融集团", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("BROOKFIELD金融集团是黑平台吗？", NULL, NULL);
    assert_null(fixture_find(art, "BROOKFIELD金融集团", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_brand_twice),
        cmocka_unit_test(test_not_brand),
        cmocka_unit_test(test_latin_brand),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
