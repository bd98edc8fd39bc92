/* test_people17.c — people in long articles, fifteenth session (helper "people17", issue 3): a
 * colleague's form of address after a name (徐达总提到), a listed person named only in a term
 * (巴菲特迷), titles read inside a stock word (美股|股长牛之后), a family or a country's press
 * (吴氏家族, 印媒：), words read as transliterations (马拉松), a dotted foreign name after a list's
 * joiner (伊莱沙·巴巴德与约西·卡茨（…）), an apposition's owner in quotes (“海清FICC频道”全球首席经济学家), a laureate
 * after a copula (马克维茨是诺贝尔经济学奖得主). */
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

/* 徐达总提到: 总 addresses the boss; the name is 徐达. */
static void test_address(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"徐达总", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("华泰的一次会议上,听徐达总提到了这个股票,就一直保持关注。", tags, 1);
    assert_non_null(fixture_person(art, "徐达"));
    assert_null(fixture_person(art, "徐达总"));
    gx_article_free(art);
}

/* “巴菲特迷”的职业投资人: a fan of the listed person, who is not named otherwise. */
static void test_fan(void **state)
{
    (void)state;
    gx_article *art = fixture_run("如“巴菲特迷”的职业投资人杨宝忠在2013年贵州茅台跌入低谷时买入。", NULL, NULL);
    assert_null(fixture_person(art, "巴菲特"));
    assert_true(fixture_holds(art, "杨宝忠", "投资人"));
    gx_article_free(art);
    art = fixture_run("巴菲特表示,他是巴菲特迷们的偶像。", NULL, NULL);
    assert_non_null(fixture_person(art, "巴菲特"));
    gx_article_free(art);
}

/* 美股长牛之后, 银行长期贷款: no 股长 or 行长 there, and no holder after it. */
static void test_title_in_stock_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run("长达九年的美股长牛之后,美股的价格是否已经脱离了价值基本面?", NULL, NULL);
    assert_null(fixture_person(art, "牛之后"));
    gx_article_free(art);
    art = fixture_run("工商银行长期贷款利率上调。工商银行行长易会满表示支持。", NULL, NULL);
    assert_true(fixture_holds(art, "易会满", "行长"));
    gx_article_free(art);
}

/* 吴氏家族 (a family), 印媒： (India's press): no names. */
static void test_family_press(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"吴氏", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("这个时候,公司实控人吴氏家族所持股权市值仅为7.8亿。", tags, 1);
    assert_null(fixture_person(art, "吴氏"));
    assert_null(fixture_find(art, "吴氏", GX_ENT_LOCATION));
    gx_article_free(art);
    art = fixture_run("印媒:微软谈判收购TikTok,不会影响印度禁令\n\n微软正在谈判。", NULL, NULL);
    assert_null(fixture_person(art, "印媒"));
    gx_article_free(art);
}

/* 财富的马拉松: a race, not a transliterated name. */
static void test_common_word(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"马拉松", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("10年,也可能只是一场关于财富的马拉松!有的人一直守候赢了。", tags, 1);
    assert_null(fixture_person(art, "马拉松"));
    gx_article_free(art);
}

/* 伊莱沙·巴巴德与约西·卡茨（…）: the dotted name after 与 is listed with a person. */
static void test_dotted_list(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"伊莱沙·巴巴德", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("伊莱沙·巴巴德与约西·卡茨（Elisha Babad, Yosi Katz, 1997）的研究发现。", tags, 1);
    assert_non_null(fixture_person(art, "约西·卡茨"));
    gx_article_free(art);
}

/* 邓海清，“海清FICC频道”全球首席经济学家，: an apposition whose owner is quoted. */
static void test_quoted_owner(void **state)
{
    (void)state;
    gx_article *art = fixture_run("邓海清，“海清FICC频道”全球首席经济学家，人民大学客座教授。", NULL, NULL);
    assert_true(fixture_holds(art, "邓海清", "全球首席经济学家"));
    gx_article_free(art);
}

/* 马克维茨是诺贝尔经济学奖得主: a laureate needs no owner after the copula; 原因是经济学家 names no one. */
static void test_copula_laureate(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"马克维茨", GX_ENT_PERSON, 0.8f}, {"李明", GX_ENT_PERSON, 0.9f}};
    gx_article *art =
        fixture_run_tagged("来看大师们的做法。马克维茨是诺贝尔经济学奖得主。李明也是经济学家。原因是经济学家不懂。", tags, 2);
    assert_true(fixture_holds(art, "马克维茨", "诺贝尔经济学奖得主"));
    assert_true(fixture_holds(art, "李明", "经济学家"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_address),           cmocka_unit_test(test_fan),
        cmocka_unit_test(test_title_in_stock_word), cmocka_unit_test(test_family_press),
        cmocka_unit_test(test_common_word),       cmocka_unit_test(test_dotted_list),
        cmocka_unit_test(test_quoted_owner),      cmocka_unit_test(test_copula_laureate),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
