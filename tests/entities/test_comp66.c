/* test_comp66.c — web finance platforms named once (twenty-sixth session, helper "comp66"): a platform
 * named by its trade before a warning (cues.tsv trade_kind 环球, trade_report 黑平台 骗局 内幕 曝光; the market
 * 外汇 between the name and the report; gx_entity_rules_trade_list.c) and a business introduced by what it is
 * called (gx_entity_rules_called.c). Texts written for the test. */
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

/* a warning right after the name: 黑平台, 骗局, 内幕曝光, and 外汇 between name and warning */
static void test_trade_warning(void **state)
{
    (void)state;
    gx_article *art = fixture_run("紫岳环球黑平台曝光！蓝桥国际内幕曝光。青禾国际外汇骗局揭秘。", NULL, NULL);
    assert_non_null(fixture_find(art, "紫岳环球", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "蓝桥国际", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "青禾国际", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "青禾国际外汇", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a kind of scheme before the warning is no platform */
static void test_trade_warning_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("互联网金融骗局揭秘。股票配资黑平台曝光。", NULL, NULL);
    assert_null(fixture_find(art, "互联网金融", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "股票配资", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 叫X的投资平台, 名为X的公司 */
static void test_called(void **state)
{
    (void)state;
    gx_article *art = fixture_run("原来这是一个叫蓝溪影视的投资平台，说有几部影视作品，她后来又投了一家名为岚沣数科的公司。", NULL, NULL);
    assert_non_null(fixture_find(art, "蓝溪影视", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "岚沣数科", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no kind of business after 的, or 叫 glued into a word: nothing */
static void test_called_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他叫蓝溪的朋友来了。能叫的上来的平台都有。", NULL, NULL);
    assert_null(fixture_find(art, "蓝溪", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "的上来", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an end of the run the article writes more often is the name */
static void test_called_tail(void **state)
{
    (void)state;
    gx_article *art = fixture_run("听说蓝莓花园很火，蓝莓花园邀请码重要吗？这是一款叫花蓝莓花园的导购类APP。", NULL, NULL);
    assert_null(fixture_find(art, "花蓝莓花园", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "蓝莓花园", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* X是…有限公司旗下…: the name written twice, once at a clear edge */
static void test_owned(void **state)
{
    (void)state;
    gx_article *art = fixture_run("关注岚溪爱家金融是杭州岚溪信息服务有限公司旗下理财平台。2017年5月，岚溪爱家金融获得许可证。", NULL, NULL);
    assert_non_null(fixture_find(art, "岚溪爱家金融", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trade_warning),
        cmocka_unit_test(test_trade_warning_guards),
        cmocka_unit_test(test_called),
        cmocka_unit_test(test_called_guards),
        cmocka_unit_test(test_called_tail),
        cmocka_unit_test(test_owned),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
