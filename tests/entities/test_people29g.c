/* test_people29g.c — government and people, twenty-ninth session (helper "people29"): central-bank
 * bills (央行票据), an instrument named after its issuer, are no mention of the central bank (the
 * bank named on its own still is); a body named like a regulator's short form (某某期权监会) is read
 * as the body it claims to be; the National Council for Social Security Fund is a state body (the
 * fund, 社保基金, none); a body's reporting centre is its own (国家网信办举报中心); 核心人物 (a
 * scheme's core figure) is a title before a name. With the tagger. */
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

static void test_central_bank_bills(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该理财产品的投资方向为国债、央行票据和同业存款,风险等级为二级。", NULL, NULL);
    assert_null(fixture_find(art, "中国人民银行", -1));
    assert_null(fixture_find(art, "央行", -1));
    gx_article_free(art);
    art = fixture_run("央行今日开展逆回购操作,并发行央行票据五十亿元。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国人民银行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

static void test_regulator_shaped(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该平台宣称受中国华联财经期权监会监管,经查询,在中国华联财经期权监会的相关期货公司名录中没有该平台。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国华联财经期权监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* the National Council for Social Security Fund is a state body; the fund it runs is none */
static void test_social_security_council(void **state)
{
    (void)state;
    gx_article *art = fixture_run("全国社会保障基金理事会可以接受省级人民政府的委托管理运营社会保险基金。", NULL, NULL);
    assert_non_null(fixture_find(art, "全国社会保障基金理事会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("报告期内社保基金增持了该公司股份,成为第三大流通股东。", NULL, NULL);
    assert_null(fixture_find(art, "全国社会保障基金理事会", -1));
    gx_article_free(art);
}

/* a body's reporting centre belongs to it */
static void test_reporting_centre(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据国家网信办举报中心消息,该平台已被依法关闭。", NULL, NULL);
    assert_non_null(fixture_find(art, "国家网信办举报中心", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (the body alone, then the centre as 该中心: the body) */
    art = fixture_run("网友可以向国家网信办举报,该中心将及时处理。", NULL, NULL);
    assert_non_null(fixture_find(art, "国家网信办", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

static void test_core_figure(void **state)
{
    (void)state;
    gx_article *art = fixture_run("警方表示,该集团的核心人物李富强和妻子上午已经被捕,案件仍在调查中。", NULL, NULL);
    assert_true(fixture_holds(art, "李富强", "核心人物"));
    gx_article_free(art);
    /* (表明, to show, ends the look-back: no company 表明该集团) */
    art = fixture_run("该集团发布了四张照片,以表明该集团的核心人物李富强与官员合照的关系。", NULL, NULL);
    assert_null(fixture_find(art, "表明该集团", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_central_bank_bills),
        cmocka_unit_test(test_regulator_shaped),
        cmocka_unit_test(test_social_security_council),
        cmocka_unit_test(test_reporting_centre),
        cmocka_unit_test(test_core_figure),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
