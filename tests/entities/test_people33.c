/* test_people33.c — people in web finance text (twenty-third session, helper "people33"): the contact a
 * page names after the label 联系人 holds that title (gx_people_contact_label.c); a tagger person that a
 * company's name glosses in brackets (罗兵咸永道(PwC)) or that a firm's legal name writes before its bracketed
 * home (华鼎盈（深圳）科技有限公司) is the firm (gx_resolve_people.c company_gloss, firm_before_home). The
 * tagger's readings are given by hand (fixture_run_tagged). Texts written for the test. */
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

/* 联系人：王丽华, 联系人 刘建 (a space), 而且联系人赵晓梅也一直关机 (glued); not 联系人员 */
static void test_contact_label(void **state)
{
    (void)state;
    /* (the tagger's reading fixes the end: 王丽华|业务范围) */
    const fixture_tag tags[] = {{"王丽华", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("如需合作请联系我们。联系人：王丽华业务范围：网站建设。", tags, 1);
    assert_true(fixture_holds(art, "王丽华", "联系人"));
    gx_article_free(art);
    art = fixture_run("项目联系人 刘建 电话13800000000。", NULL, NULL);
    assert_true(fixture_holds(art, "刘建", "联系人"));
    gx_article_free(art);
    art = fixture_run("合同到期了而且联系人赵晓梅也一直关机。", NULL, NULL);
    assert_true(fixture_holds(art, "赵晓梅", "联系人"));
    gx_article_free(art);
    art = fixture_run("各单位联系人员要及时上报。", NULL, NULL);
    assert_null(fixture_person(art, "员要"));
    gx_article_free(art);
}

/* 罗兵咸永道(PwC): a firm's Chinese name glossed by the company; 库克(Tim Cook) stays a person */
static void test_company_gloss(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"罗兵咸永道", GX_ENT_PERSON, 0.45f}};
    gx_article *art = fixture_run_tagged("香港消息，罗兵咸永道(PwC)今日发布报告。", tags, 1);
    assert_null(fixture_person(art, "罗兵咸永道"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"贝索斯", GX_ENT_PERSON, 0.55f}};
    art = fixture_run_tagged("亚马逊创始人贝索斯(Jeff Bezos)今日表示。", tags2, 1);
    assert_non_null(fixture_person(art, "贝索斯"));
    gx_article_free(art);
}

/* 华鼎盈（深圳）科技有限公司: the trade name before the bracketed home, wherever the text writes it; 王强（北京）
 * with no firm after the bracket stays a person */
static void test_firm_before_home(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"华鼎盈", GX_ENT_PERSON, 0.75f}};
    gx_article *art = fixture_run_tagged("华鼎盈（深圳）科技有限公司成立于2015年。华鼎盈以消费为入口。", tags, 1);
    assert_null(fixture_person(art, "华鼎盈"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"王强", GX_ENT_PERSON, 0.75f}};
    art = fixture_run_tagged("本次比赛冠军是王强（北京），亚军来自上海。", tags2, 1);
    assert_non_null(fixture_person(art, "王强"));
    gx_article_free(art);
}

/* 玩家于菲气愤地回忆道, 网友曾明告诉记者: a party word, a name, a verb of saying; not 投资者高先生表示 (a form of address) */
static void test_party_speakers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("游戏崩盘了，玩家孙丽气愤地回忆道：本金也拿不回来。", NULL, NULL);
    assert_non_null(fixture_person(art, "孙丽"));
    gx_article_free(art);
    art = fixture_run("网友钱小明告诉记者，他已经报警。", NULL, NULL);
    assert_non_null(fixture_person(art, "钱小明"));
    gx_article_free(art);
    art = fixture_run("投资者高先生表示，他已经报警。", NULL, NULL);
    assert_null(fixture_person(art, "高先生"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_label),
        cmocka_unit_test(test_company_gloss),
        cmocka_unit_test(test_firm_before_home),
        cmocka_unit_test(test_party_speakers),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
