/* test_comp49.c — web finance platforms shown by their own facts (twenty-third session, helper
 * "comp49"): cues.tsv business_fact 银行存管, 自开创, 自上线, 自立案, 官网 and
 * platform_question 合法吗, 怎么样, 逾期, read by gx_entity_rules_described.c name_before_cues; an
 * activity or a cue itself before the cue is no name (ASKED_BAD_ENDS 上线, 配资, 招商), but a name may
 * end in 理财 before a business fact; an app named with the word APP before 是一款
 * (gx_er_described_business_rule). Texts written for the test. */
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

/* a platform's custody account and its time since launch, the name written again at a clear edge */
static void test_platform_facts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("，合规一直是宝鼎汇成立以来的重点。近日宝鼎汇银行存管上线，投资人称赞宝鼎汇。", NULL, NULL);
    assert_non_null(fixture_find(art, "宝鼎汇", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("，投资人说，据云橙钱庄官网消息，云橙钱庄自上线以来运营平稳。", NULL, NULL);
    assert_non_null(fixture_find(art, "云橙钱庄", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a platform reported overdue, written twice in two surroundings */
static void test_platform_overdue(void **state)
{
    (void)state;
    gx_article *art = fixture_run("上一篇：鑫橙网逾期三个月，只还了本金相关内容，鑫橙网逾期三个月", NULL, NULL);
    assert_non_null(fixture_find(art, "鑫橙网", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a name ending in 理财 before a business fact is a platform's (a question about X理财 asks about
 * the activity) */
static void test_money_word_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("，经过准备，金橙理财银行存管已正式上线，金橙理财携手某银行。", NULL, NULL);
    assert_non_null(fixture_find(art, "金橙理财", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an app named with the word APP before 是一款 */
static void test_app_described(void **state)
{
    (void)state;
    gx_article *art = fixture_run("橙子周转申请快速下款橙子周转APP是一款非常好用的贷款软件，橙子周转亮点特色", NULL, NULL);
    assert_non_null(fixture_find(art, "橙子周转", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an activity or an event before the cue is no name */
static void test_activity_before_cue(void **state)
{
    (void)state;
    gx_article *art = fixture_run("，正式上线银行存管，某平台宣布完成对接，正式上线银行存管系统。", NULL, NULL);
    assert_null(fixture_find(art, "正式上线", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("，股票配资合法吗？怎样区分，股票配资真的靠谱吗", NULL, NULL);
    assert_null(fixture_find(art, "股票配资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("，由于银行存管上线前停服，公开称因银行存管逾期的并不多", NULL, NULL);
    assert_null(fixture_find(art, "银行存管", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_platform_facts),
        cmocka_unit_test(test_platform_overdue),
        cmocka_unit_test(test_activity_before_cue),
        cmocka_unit_test(test_money_word_name),
        cmocka_unit_test(test_app_described),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
