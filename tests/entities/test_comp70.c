/* test_comp70.c — platforms named without a company suffix, shown by the words web finance posts
 * write right after them (twenty-seventh session, helper "comp70"): a platform named by its trade
 * before 交易平台 (cues.tsv trade_report, gx_entity_rules_trade_list.c gx_er_trade_asked_rule) and a
 * platform written twice before 平台亏损 / 有监管吗 (cues.tsv platform_question,
 * gx_entity_rules_described.c gx_er_asked_business_rule); a Latin word glued before a Chinese
 * name, written twice, before 是一家…公司 (gx_entity_rules_described.c latin_led_name). Texts written
 * for the test; the positive cases fail on the base (9c9c36d). */
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

/* X国际交易平台 / X策略交易平台 as a heading: the platform is X国际 / X策略 */
static void test_trade_venue_heading(void **state)
{
    (void)state;
    gx_article *art = fixture_run("宝睿国际交易平台区块链技术保障资金安全，如何挑选靠谱的平台？下面由宝睿国际教你几招。", NULL, NULL);
    assert_non_null(fixture_find(art, "宝睿国际", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("金穗策略交易平台风控升级", NULL, NULL);
    assert_non_null(fixture_find(art, "金穗策略", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a market, an ordinary word or a region before 交易平台 is no platform's name */
static void test_trade_venue_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run("正规外汇交易平台有哪些？香港国际交易平台的规则如何？黄金外汇交易平台很多。", NULL, NULL);
    assert_null(fixture_find(art, "正规外汇", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "香港国际", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "黄金外汇", GX_ENT_COMPANY));
    gx_article_free(art);
    /* letters alone before the market name the venue's software or kind */
    art = fixture_run("投资者会说：xt5外汇交易平台。xt5外汇交易平台的特色有五个。", NULL, NULL);
    assert_null(fixture_find(art, "xt5外汇", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a platform asked about its losses and its licence, written three times */
static void test_platform_loss_licence(void **state)
{
    (void)state;
    gx_article *art = fixture_run("金穗管家平台亏损怎么办？最近有人问金穗管家有监管吗，经查询，金穗管家没有牌照。", NULL, NULL);
    assert_non_null(fixture_find(art, "金穗管家", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("很多投资者平台亏损了，有监管吗？大家要小心，平台亏损后维权难。", NULL, NULL);
    assert_null(fixture_find(art, "很多投资者", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "投资者", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a kind of trading glued after the name is no part of it, and alone no name */
    art = fixture_run("金穗商城微交易平台亏损是不是有猫腻？金穗商城微交易平台亏损怎么办？", NULL, NULL);
    assert_null(fixture_find(art, "金穗商城微交易", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin-led name before 是一家…公司: the letters and the Chinese name are one name */
static void test_latin_led_described(void **state)
{
    (void)state;
    gx_article *art = fixture_run("QMTX鼎盛金融怎么样？1.QMTX鼎盛金融是什么？问题一：QMTX鼎盛金融是一家对冲基金管理公司，"
                                  "我们的团队来自金融与科技行业。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "QMTX鼎盛金融", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a product and an ordinary word after the letters is no firm's name */
    art = fixture_run("Android系统是一款开源软件，Android系统是一款很好的平台。", NULL, NULL);
    assert_null(fixture_find(art, "Android系统", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trade_venue_heading),
        cmocka_unit_test(test_trade_venue_guards),
        cmocka_unit_test(test_platform_loss_licence),
        cmocka_unit_test(test_latin_led_described),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
