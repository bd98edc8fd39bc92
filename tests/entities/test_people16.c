/* test_people16.c — people and their titles, twelfth session (helper "people16", issue 3): a title
 * shared by a list of names further on (合伙人为余晓微和谭堃, 董事长和总经理分别为A和B, 五位…基金经理
 * 领衔，他们分别是A、B, 独立董事为A、B和C), the modifiers 名誉 荣誉 轮值 候任 终身 inside the title, and
 * the titles 特首, 委员长, 主任委员, 主播. Without the tagger. */
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

/* 公司主要合伙人为余晓微和谭堃，: both hold the title after the copula. */
static void test_copula_list(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者注意到，公司主要合伙人为余晓微和谭堃，分别持股50%。", NULL, NULL);
    assert_true(fixture_holds(art, "余晓微", "主要合伙人"));
    assert_true(fixture_holds(art, "谭堃", "主要合伙人"));
    gx_article_free(art);
    /* 、 then 和 before the last name */
    art = fixture_run("公司独立董事为张大伟、李红和王晓明。", NULL, NULL);
    assert_true(fixture_holds(art, "张大伟", "独立董事"));
    assert_true(fixture_holds(art, "王晓明", "独立董事"));
    gx_article_free(art);
}

/* 真视通的总经理是王小刚,男,: one name the tagger reads (the name reader stops before 刚) closing the
 * clause after the copula. */
static void test_copula_tagged_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王小刚", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("真视通的总经理是王小刚,男,40岁,中国国籍,研究生学历。", tags, 1);
    assert_true(fixture_holds(art, "王小刚", "总经理"));
    gx_article_free(art);
}

/* 公司将张大伟提拔为财务总监: a promotion verb, as 升职为. */
static void test_promoted(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司将张大伟提拔为财务总监。", NULL, NULL);
    assert_true(fixture_holds(art, "张大伟", "财务总监"));
    gx_article_free(art);
}

/* A title or a describer between the copula and the name: 实际控制人为巨人网络董事长史玉柱。,
 * 实控人是85后美女赵春霞，. */
static void test_copula_introduced(void **state)
{
    (void)state;
    gx_article *art = fixture_run("巨堃网络注册资本5.01亿元，实际控制人为巨人网络董事长史玉柱。2018年，营业收入增长。", NULL, NULL);
    assert_true(fixture_holds(art, "史玉柱", "实际控制人"));
    assert_true(fixture_holds(art, "史玉柱", "董事长"));
    gx_article_free(art);
    art = fixture_run("安见科技实控人是85后美女赵春霞，她的平台备受关注。", NULL, NULL);
    assert_true(fixture_holds(art, "赵春霞", "实控人"));
    gx_article_free(art);
}

/* 董事长和总经理分别为张勇和李明: one name for each joined title, in order; without 分别 the list is
 * not divided among the titles. */
static void test_respectively(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司董事长、总经理和董秘分别为张勇、李明和王刚。", NULL, NULL);
    assert_true(fixture_holds(art, "张勇", "董事长"));
    assert_true(fixture_holds(art, "李明", "总经理"));
    assert_true(fixture_holds(art, "王刚", "董秘"));
    assert_false(fixture_holds(art, "张勇", "总经理"));
    assert_false(fixture_holds(art, "王刚", "董事长"));
    gx_article_free(art);
    art = fixture_run("公司董事和监事为张勇和李明。", NULL, NULL);
    assert_false(fixture_holds(art, "张勇", "监事"));
    gx_article_free(art);
}

/* A counted title and 分别是/包括 later in its sentence: 五位…基金经理领衔，他们分别是…; or a list of
 * people named with titles of their own (拟聘任5名执行副总裁，分别是现任银联投资总监陈雷、…). */
static void test_counted_far_list(void **state)
{
    (void)state;
    gx_article *art = fixture_run("分别由五位由公司培养和成长起来的基金经理领衔，他们分别是邓时锋、程洲、周伟锋、杨飞、申坤，而今年表现更好。",
                                  NULL, NULL);
    const char *names[] = {"邓时锋", "程洲", "周伟锋", "杨飞", "申坤"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        assert_true(fixture_holds(art, names[k], "基金经理"));
    gx_article_free(art);
    /* each named with a title of their own: both titles (a quote's commas inside brackets split nothing) */
    art = fixture_run("拟聘任5名执行副总裁，分别是现任银联投资总监陈雷、现任银联信息总中心总经理李明，及现任中国农业银行"
                      "(3.670,0.02,0.55%)数据中心总经理涂晓军。三人来自银联。",
                      NULL, NULL);
    assert_true(fixture_holds(art, "陈雷", "执行副总裁"));
    assert_true(fixture_holds(art, "陈雷", "投资总监"));
    assert_true(fixture_holds(art, "李明", "执行副总裁"));
    assert_true(fixture_holds(art, "涂晓军", "执行副总裁"));
    gx_article_free(art);
    /* an item that ends in no person: nothing */
    art = fixture_run("公司拟聘任3名副总裁，分别是现任投资总监陈雷、财务部门的负责人。", NULL, NULL);
    assert_false(fixture_holds(art, "陈雷", "副总裁"));
    gx_article_free(art);
    /* no count before the title: no far list */
    art = fixture_run("基金经理的风格不同，包括张勇、李明等人的产品。", NULL, NULL);
    assert_false(fixture_holds(art, "张勇", "基金经理"));
    gx_article_free(art);
}

/* 刘延东、马凯和国务委员杨洁篪: a title after 和 opens no name (国务|委员). */
static void test_no_title_member(void **state)
{
    (void)state;
    gx_article *art = fixture_run("国务院副总理刘延东、马凯和国务委员杨洁篪、郭声琨出席。", NULL, NULL);
    assert_null(fixture_person(art, "国务"));
    assert_true(fixture_holds(art, "杨洁篪", "国务委员"));
    gx_article_free(art);
    /* 书记夏曦和关向应、贺龙集体出面: the list goes on after 关向应, who is no 书记 */
    art = fixture_run("并由分局书记夏曦和关向应、贺龙集体出面应酬。", NULL, NULL);
    assert_false(fixture_holds(art, "关向应", "书记"));
    assert_false(fixture_holds(art, "关向应", "分局书记"));
    gx_article_free(art);
}

/* 名誉主任, 轮值董事长, 候任主席: the modifier is part of the title; 特首, 副委员长, 主任委员, 主播. */
static void test_modifiers_and_titles(void **state)
{
    (void)state;
    gx_article *art = fixture_run("北京大学金融与证券研究中心名誉主任曹凤岐表示，华为轮值董事长徐直军说。", NULL, NULL);
    assert_true(fixture_holds(art, "曹凤岐", "名誉主任"));
    assert_true(fixture_holds(art, "徐直军", "轮值董事长"));
    gx_article_free(art);
    art = fixture_run("香港第一任特首董建华曾经说过。全国人大常委会副委员长、秘书长李建国说，人居环境委员会主任委员张元端先生致词。",
                      NULL, NULL);
    assert_true(fixture_holds(art, "董建华", "特首"));
    assert_true(fixture_holds(art, "李建国", "副委员长"));
    assert_true(fixture_holds(art, "张元端", "主任委员"));
    gx_article_free(art);
    art = fixture_run("美联储为下任主席鲍威尔主持3月份会议奠定基调，新闻机构的控股人李明表示。", NULL, NULL);
    assert_true(fixture_holds(art, "鲍威尔", "下任主席"));
    assert_true(fixture_holds(art, "李明", "控股人"));
    gx_article_free(art);
    art = fixture_run("除邱国鹭担任董事长外，邓晓峰担任首席投资官，卓利伟担任首席研究官。在文娱产业时评人张书乐看来，市场向好。", NULL, NULL);
    assert_true(fixture_holds(art, "卓利伟", "首席研究官"));
    /* (the industry belongs to the title since the fourteenth session's people16: dept_prefix 文娱 产业) */
    assert_true(fixture_holds(art, "张书乐", "文娱产业时评人"));
    gx_article_free(art);
    art = fixture_run("恒大集团董事局主席许家印表示，市场向好。", NULL, NULL);
    assert_true(fixture_holds(art, "许家印", "主席"));
    assert_false(fixture_holds(art, "许家印", "董事"));
    gx_article_free(art);
}

/* A title, 、 and a describer or a modified title before the name: the name holds the first title
 * too (小米集团董事长、知名天使投资人雷军, 阿里巴巴集团主席、中国首富马云). */
static void test_describer_chain(void **state)
{
    (void)state;
    gx_article *art = fixture_run("小米集团董事长、知名天使投资人雷军称，公司的发展很快。", NULL, NULL);
    assert_true(fixture_holds(art, "雷军", "董事长"));
    assert_true(fixture_holds(art, "雷军", "投资人"));
    gx_article_free(art);
    art = fixture_run("阿里巴巴集团主席、中国首富马云表示，", NULL, NULL);
    assert_true(fixture_holds(art, "马云", "主席"));
    gx_article_free(art);
}

/* 兼 and an owner or a desk before the next title of the same person: the holder of the later title
 * holds the earlier (首席经济学家兼恒大经济研究院院长、…委员任泽平, 总工程师兼发展部主任侯学众). */
static void test_concurrent_chain(void **state)
{
    (void)state;
    gx_article *art = fixture_run("集团公司重大项目总工程师兼发展部主任侯学众参加会谈。", NULL, NULL);
    assert_true(fixture_holds(art, "侯学众", "主任"));
    assert_true(fixture_holds(art, "侯学众", "项目总工程师"));
    gx_article_free(art);
    /* two titles joined by 和 right before the name */
    art = fixture_run("2018年1月初，GMO的创始人和首席投资策略师杰里米·格兰瑟姆(Jeremy Grantham)发出警告。", NULL, NULL);
    assert_true(fixture_holds(art, "杰里米·格兰瑟姆", "首席投资策略师"));
    assert_true(fixture_holds(art, "杰里米·格兰瑟姆", "创始人"));
    gx_article_free(art);
    /* not after a count of people: 4名防守球员和中场德尔维奇奥 */
    art = fixture_run("首发登场的只有包括门将在内的4名防守球员和中场德尔维奇奥。", NULL, NULL);
    assert_false(fixture_holds(art, "德尔维奇奥", "球员"));
    gx_article_free(art);
}

/* a list BEFORE the title, closed by a count (共计3名) or by 等 (等多位), over an organization and
 * groups opened by their firm after a comma: every name holds the title; a list closed by 等人 or
 * a list of firms holds none */
static void test_list_before_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("上市公司拟向杨浩、李宝海、赵晨海共计3名北海绩迅股东以发行股份及支付现金的方式购买股权。", NULL, NULL);
    assert_true(fixture_holds(art, "杨浩", "股东"));
    assert_true(fixture_holds(art, "李宝海", "股东"));
    assert_true(fixture_holds(art, "赵晨海", "股东"));
    gx_article_free(art);
    art = fixture_run("另外，易方达基金张坤，兴全基金傅鹏博、谢治宇，大成基金徐彦等多位基金经理都有出彩表现。", NULL, NULL);
    assert_true(fixture_holds(art, "张坤", "基金经理"));
    assert_true(fixture_holds(art, "傅鹏博", "基金经理"));
    assert_true(fixture_holds(art, "谢治宇", "基金经理"));
    assert_true(fixture_holds(art, "徐彦", "基金经理"));
    gx_article_free(art);
    art = fixture_run("张大伟、李晓明等人出席了会议，王建国董事长致辞。", NULL, NULL);
    assert_false(fixture_holds(art, "张大伟", "董事长"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copula_list),
        cmocka_unit_test(test_copula_tagged_name),
        cmocka_unit_test(test_promoted),
        cmocka_unit_test(test_copula_introduced),
        cmocka_unit_test(test_respectively),
        cmocka_unit_test(test_counted_far_list),
        cmocka_unit_test(test_no_title_member),
        cmocka_unit_test(test_modifiers_and_titles),
        cmocka_unit_test(test_describer_chain),
        cmocka_unit_test(test_concurrent_chain),
        cmocka_unit_test(test_list_before_title),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
