/* test_comp35.c — a firm named right after its kind of business (twentieth session, helper
 * "comp35"; gx_entity_rules_kind_name.c): P2P平台|X, 理财公司|X, where X's right edge is where the
 * article's other writings of X part from this one, and X stands alone somewhere. Texts written
 * for the test. */
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

/* the name glued to the kind and to a verb; written again at a clear edge and before 平台 */
static void test_platform_after_kind(void **state)
{
    (void)state;
    gx_article *art = fixture_run("杭州网贷平台蓝鲸贷在其官网发布公告。蓝鲸贷平台此次清盘，蓝鲸贷为某集团旗下。", NULL, NULL);
    assert_non_null(fixture_find(art, "蓝鲸贷", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "蓝鲸贷在", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* punctuation right after the name at the kind; the name written again glued */
static void test_firm_in_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("个人理财公司鸿运宝:稳健还是高风险\n\n下面鸿运宝理财的小编讲讲理财。", NULL, NULL);
    assert_non_null(fixture_find(art, "鸿运宝", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a phrase after the kind that the article only writes glued, a ranking: no name */
static void test_phrases(void **state)
{
    (void)state;
    gx_article *art = fixture_run("近年来，网贷平台逾期事件数不胜数，网贷平台逾期事件频发。", NULL, NULL);
    assert_null(fixture_find(art, "逾期事件", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("2019年P2P理财公司排名(短期)。理财公司排名第一。", NULL, NULL);
    assert_null(fixture_find(art, "排名", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* two characters after the kind: resolution keeps them when the article writes them again at a
 * clear edge and before 平台 (comp40) */
static void test_two_character_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("广西P2P平台善贷对外发布转型公告。善贷平台此次清盘，善贷为某集团旗下。", NULL, 0);
    assert_non_null(fixture_find(art, "善贷", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin name after a kind of business or a crypto exchange (comp40) */
static void test_latin_after_kind(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该功能是与P2P平台Capitalize共同建立的。", NULL, NULL);
    assert_non_null(fixture_find(art, "Capitalize", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("雅虎购买了40%加密货币交易所Algobit的股份。", NULL, NULL);
    assert_non_null(fixture_find(art, "Algobit", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_platform_after_kind),
        cmocka_unit_test(test_firm_in_title),
        cmocka_unit_test(test_phrases),
        cmocka_unit_test(test_two_character_name),
        cmocka_unit_test(test_latin_after_kind),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
