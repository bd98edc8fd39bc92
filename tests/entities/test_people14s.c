/* test_people14s.c — people and their titles, fourteenth session (helper "people14", issue 3;
 * test_people14.c is the eleventh session's helper of the same name): a byline's pen name is a
 * person (作者 | 卖油翁, 编辑 | 小鲨鱼, 作者“@童思侃”), 卸任/辞去 before a post, 投资长, a name
 * after a title's copula with a rank (理事长是刘亚洲上将), capitals glued to a title before 先生
 * (控股股东HONG DANIEL先生), a firm's speaker before 是 (海通证券荀玉根是), a title closing a quote
 * (“明星基金经理”任泽松), a tagger's person opening with a place (控股股东徐州丰利: a firm), and a
 * tagger's title read over a body (联储会|主席), tagger persons in a series of items (智慧安防).
 * Without the tagger unless said. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* A byline's pen name (no surname opens it) is a person with the byline's role; a name that ends
 * like a body's stays an author only. */
static void test_pen_name_author(void **state)
{
    (void)state;
    gx_article *art = fixture_run("富邦股份的境外收入大幅增加。", "市值风云", "卖油翁");
    assert_true(fixture_holds(art, "卖油翁", "记者"));
    gx_article_free(art);
    art = fixture_run("富邦股份的境外收入大幅增加。", "市值风云", "风云研究院");
    assert_null(fixture_person(art, "风云研究院"));
    gx_article_free(art);
}

/* 编辑 | 小鲨鱼 on a line of its own: the writer's title, a separator, the name closing the line. */
static void test_byline_line(void **state)
{
    (void)state;
    gx_article *art = fixture_run("新中基连续造假6年。\n　　编辑 | 小鲨鱼\n", NULL, NULL);
    assert_true(fixture_holds(art, "小鲨鱼", "编辑"));
    gx_article_free(art);
    /* a social account's handle after a writer's title */
    art = fixture_run("图片来自阿尔法工场作者“@童思侃”。", NULL, NULL);
    assert_true(fixture_holds(art, "童思侃", "作者"));
    gx_article_free(art);
    /* not inside a sentence: 编辑部门 is no byline */
    art = fixture_run("他说，编辑：小鲨鱼游得很快。", NULL, NULL);
    assert_null(fixture_person(art, "小鲨鱼"));
    gx_article_free(art);
}

/* 卸任/辞去 before the title: the clause's opener held it; 在 before the verb. */
static void test_left_post(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王波明", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("2015年11月15日，王波明辞去财讯传媒集团董事会主席及董事长的职务。", tags, 1);
    assert_true(fixture_holds(art, "王波明", "董事长"));
    gx_article_free(art);
    art = fixture_run("American Century Investments的投资长兼多资产策略高级投资组合经理Rich Weiss表示，牛市可能结束。",
                      NULL, NULL);
    assert_true(fixture_holds(art, "Rich Weiss", "投资长"));
    gx_article_free(art);
}

/* 理事长是刘亚洲上将，: a rank between the name and the clause's end. */
static void test_copula_rank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该研究会由国防大学发起，理事长是刘亚洲上将，秘书长王锡武少将。", NULL, NULL);
    assert_true(fixture_holds(art, "刘亚洲", "理事长"));
    gx_article_free(art);
}

/* 控股股东HONG DANIEL先生: two words in capitals glued to the title, then 先生; one acronym is none. */
static void test_capital_name_glued(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司于2020年6月19日接到控股股东HONG DANIEL先生的通知。", NULL, NULL);
    assert_true(fixture_holds(art, "HONG DANIEL", "控股股东"));
    gx_article_free(art);
    art = fixture_run("公司接到控股股东ABC先生的通知。", NULL, NULL);
    assert_null(fixture_person(art, "ABC"));
    gx_article_free(art);
}

/* A firm opening a clause, a full name and 是: the firm's speaker; not an adverb (毕竟是). */
static void test_firm_speaker_copula(void **state)
{
    (void)state;
    gx_article *art = fixture_run("海通证券荀玉根是牛市行情坚定支持者，发布研报称金融地产领涨。", NULL, NULL);
    assert_non_null(fixture_person(art, "荀玉根"));
    gx_article_free(art);
    art = fixture_run("然而，华夏基金毕竟是国内综合实力最强的基金公司。", NULL, NULL);
    assert_null(fixture_person(art, "毕竟"));
    gx_article_free(art);
}

/* “明星基金经理”任泽松依旧…: the quote the title closes, then its holder; a bare title quoted is a
 * nickname (“国王”阿德里亚诺). */
static void test_quoted_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("中邮基金曾经的“明星基金经理”任泽松依旧能在2017年与林鹏相提并论。", NULL, NULL);
    assert_true(fixture_holds(art, "任泽松", "基金经理"));
    gx_article_free(art);
    art = fixture_run("还让原本的“国王”阿德里亚诺在“问题”中重生。", NULL, NULL);
    assert_false(fixture_holds(art, "阿德里亚诺", "国王"));
    gx_article_free(art);
}

/* The tagger's 徐州丰利 after 控股股东, with 徐州 a place it read alone: a firm, no person. */
static void test_place_led_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"徐州丰利", GX_ENT_PERSON, 0.56f}, {"徐州", GX_ENT_LOCATION, 0.7f}};
    gx_article *art = fixture_run_tagged("公司控股股东徐州丰利共质押了2.03亿股。徐州丰利注册于徐州。", tags, 2);
    assert_null(fixture_person(art, "徐州丰利"));
    gx_article_free(art);
    /* 宁|波海顺: the tagger cut the region's first character; the whole is the firm */
    const fixture_tag cut[] = {{"波海顺", GX_ENT_PERSON, 0.59f}};
    art = fixture_run_tagged("证券时报网01月23日讯 宁波海顺：沪指加速上涨 是突破还是赶顶。", cut, 1);
    assert_null(fixture_person(art, "波海顺"));
    assert_non_null(fixture_find(art, "宁波海顺", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* The tagger's 联储会主席 over the rules' 主席: a body ending in 会 or 局 is the post's owner, not
 * part of the post (as 俄罗斯|总统). */
static void test_tagger_title_over_body(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"耶伦", GX_ENT_PERSON, 0.7f}, {"联储会主席", GX_ENT_POSITION, 0.6f}};
    gx_article *art = fixture_run_tagged("美国方面，耶伦在担任联储会主席的最后一天表示，经济强劲。", tags, 2);
    assert_true(fixture_holds(art, "耶伦", "主席"));
    assert_false(fixture_holds(art, "耶伦", "联储会主席"));
    gx_article_free(art);
}

/* 智慧通行、智慧安防、智慧服务、智慧楼宇: tagger persons in a series of items sharing their first two
 * characters are no one (a double surname would be). */
static void test_series_items(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"智慧安防", GX_ENT_PERSON, 0.55f}, {"智慧楼宇", GX_ENT_PERSON, 0.5f}};
    gx_article *art = fixture_run_tagged("项目包括智慧通行、智慧安防、智慧服务、智慧楼宇和智慧数据等模块。", tags, 2);
    assert_null(fixture_person(art, "智慧安防"));
    assert_null(fixture_person(art, "智慧楼宇"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pen_name_author),
        cmocka_unit_test(test_byline_line),
        cmocka_unit_test(test_left_post),
        cmocka_unit_test(test_copula_rank),
        cmocka_unit_test(test_capital_name_glued),
        cmocka_unit_test(test_firm_speaker_copula),
        cmocka_unit_test(test_quoted_title),
        cmocka_unit_test(test_place_led_name),
        cmocka_unit_test(test_tagger_title_over_body),
        cmocka_unit_test(test_series_items),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
