/* test_lists13.c — companies shown by the company beside them (thirteenth session, helper
 * "lists13"): the items of a list of firms (closed by 等公司, opened after 与, joined by 和, an
 * item the tagger reads as a place, the short form of a company named in full, a weak name),
 * a name after a known company's 旗下, a name right before its financing round and a name
 * before a count of shares bought or held, the party a reporter learns from (从X方面获悉)
 * (gx_entity_rules_lists.c, known_list_rule of gx_entity_rules_frames.c). The sentences are
 * written for the tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* X、Y、Z等公司: a sure list of firms; an item opened by a university's name is its firm */
static void test_list_closed_by_firms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该集团随后成为北大药行、河北华玉、百科药业、安琪酵母等公司的股东。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "北大药行");
    assert_non_null(e);
    assert_string_equal(e->name, "北大药行");
    assert_null(fixture_find(art, "北大", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* 与|A、B、C、D等: the first item after 与; a suffix name confirmed by the list; a place the
 * tagger reads over a long item is a firm in a list of firms */
static void test_list_after_partner(void **state)
{
    (void)state;
    const char *s = "去年，该公司与鼎晖财富、爱建信托、宁波招源涌泉、光大资本等募集52亿元。";
    fixture_tag tags[] = {{"宁波招源涌泉", GX_ENT_LOCATION, 0.6f}, {"光大", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged(s, tags, 2);
    assert_non_null(fixture_company(art, "鼎晖财富"));
    assert_non_null(fixture_company(art, "宁波招源涌泉"));
    const gx_entity *e = fixture_company(art, "光大资本");
    assert_non_null(e);
    assert_string_equal(e->name, "光大资本");
    gx_article_free(art);
}

/* A、B和C: the last item after 和; the short form of a company the article names in full and a
 * weak name count as known firms */
static void test_list_short_form_and_weak(void **state)
{
    (void)state;
    gx_article *art = fixture_run("星河集团表示，电视市场最后或许只会剩下星河、小米和微鲸，胜负未料。", NULL, NULL);
    assert_non_null(fixture_company(art, "微鲸"));
    assert_non_null(fixture_company(art, "小米"));
    assert_null(fixture_company(art, "只会剩下星河"));
    gx_article_free(art);
}

/* two characters in a list half of whose items are known: the tagger must read them too (it
 * reads only 宁德时代 here: 电池, 电机 are no firms) */
static void test_list_short_words(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"宁德时代", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("比亚迪、宁德时代、电池和电机等公司受益。", tags, 1);
    assert_non_null(fixture_company(art, "比亚迪"));
    assert_null(fixture_company(art, "电池"));
    assert_null(fixture_company(art, "电机"));
    gx_article_free(art);
}

/* a gazetteer's name ends the first item: its start is unsure (猜测|新浪) */
static void test_list_unsure_first(void **state)
{
    (void)state;
    gx_article *art = fixture_run("媒体开始猜测新浪、网易、搜狐谁会率先摘牌。", NULL, NULL);
    assert_null(fixture_company(art, "猜测新浪"));
    gx_article_free(art);
}

/* X旗下(的)Y, Y closed by punctuation: Y is a company */
static void test_under_known(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该公司出资1.35亿元，联合海尔旗下的日日顺，共同搞产业。", NULL, NULL);
    assert_non_null(fixture_company(art, "日日顺"));
    assert_non_null(fixture_company(art, "海尔"));
    gx_article_free(art);
    /* a name closed by what a firm does (动用) */
    art = fixture_run("其中，宝能旗下钜盛华动用了自有资金约7亿元。", NULL, NULL);
    assert_non_null(fixture_company(art, "钜盛华"));
    gx_article_free(art);
    /* the names joined after it */
    art = fixture_run("双方联合海尔旗下的日日顺和卡奥斯，共同搞产业。", NULL, NULL);
    assert_non_null(fixture_company(art, "日日顺"));
    assert_non_null(fixture_company(art, "卡奥斯"));
    gx_article_free(art);
    /* a generic phrase, a name running on into a phrase, a space before the next word */
    art = fixture_run("海尔旗下的子公司，海尔旗下的零售药店管理平台，海尔旗下澳洲风电 项目获得贷款。", NULL, NULL);
    assert_null(fixture_company(art, "子公司"));
    assert_null(fixture_company(art, "零售药店"));
    assert_null(fixture_company(art, "澳洲风电"));
    gx_article_free(art);
}

/* X A轮融资: the name right before its round */
static void test_bare_round(void **state)
{
    (void)state;
    gx_article *art = fixture_run("或许明年是分水岭。云帆魔镜A轮融资6450万元，B轮融资2.3亿元。", NULL, NULL);
    assert_non_null(fixture_company(art, "云帆魔镜"));
    gx_article_free(art);
    /* a verb before the label is the round rule's frame: the name is before it */
    art = fixture_run("3月25日消息，丰行智图近日正式完成A轮融资，金额超亿元。", NULL, NULL);
    assert_null(fixture_company(art, "正式完成"));
    assert_null(fixture_company(art, "近日正式完成"));
    gx_article_free(art);
}

/* 等汽车厂商: a word for firms after a modifier closes a list of firms; items the tagger reads as
 * places (a region and a name) are firms there; 等 before a count is no part of the last item */
static void test_list_closed_by_modified_firms(void **state)
{
    (void)state;
    const char *s = "该公司主要为华晨宝马、北京奔驰、特斯拉、上海大众、沃尔沃、北京现代、神龙汽车等汽车厂商提供保险杠。";
    fixture_tag tags[] = {{"上海大众", GX_ENT_LOCATION, 0.4f}, {"北京", GX_ENT_LOCATION, 0.8f}, {"沃尔沃", GX_ENT_PERSON, 0.37f}};
    gx_article *art = fixture_run_tagged(s, tags, 3);
    assert_non_null(fixture_company(art, "沃尔沃"));
    assert_non_null(fixture_company(art, "北京奔驰"));
    assert_non_null(fixture_company(art, "上海大众"));
    assert_non_null(fixture_company(art, "北京现代"));
    assert_null(fixture_find(art, "上海大众", GX_ENT_LOCATION));
    gx_article_free(art);
    art = fixture_run("监管局召集美团、饿了么、京东、抖音、快手等5家互联网企业负责人开会。", NULL, NULL);
    assert_non_null(fixture_company(art, "快手"));
    assert_null(fixture_company(art, "快手等"));
    gx_article_free(art);
}

/* 完成战略融资: a strategic round; a suffix name the tagger reads as a person is confirmed by the
 * round written right after it */
static void test_round_kinds(void **state)
{
    (void)state;
    gx_article *art = fixture_run("近日，拼便宜宣布完成战略融资，投资方为高榕资本。", NULL, NULL);
    assert_non_null(fixture_company(art, "拼便宜"));
    gx_article_free(art);
    fixture_tag tags[] = {{"云鸟", GX_ENT_PERSON, 0.5f}};
    art = fixture_run_tagged("据悉，云鸟科技B+轮融资3000万美元。", tags, 1);
    assert_non_null(fixture_company(art, "云鸟科技"));
    gx_article_free(art);
}

/* 获得X952万股: the name between a verb of buying or holding and a count of shares */
static void test_share_count(void **state)
{
    (void)state;
    gx_article *art = fixture_run("2001年，该公司通过竞拍获得海能源952万股法人股，成为其第三大股东。", NULL, NULL);
    assert_non_null(fixture_company(art, "海能源"));
    gx_article_free(art);
    /* a qualifier of the count, a holder's own shares, a kind of share */
    art = fixture_run("激励对象持有的合计530万股尚未解锁。其合计买入数量高达3491万股。激励对象持有限制性股票20万股。", NULL,
                      NULL);
    assert_null(fixture_company(art, "的合计"));
    assert_null(fixture_company(art, "数量高达"));
    assert_null(fixture_company(art, "限制性股票"));
    gx_article_free(art);
}

/* 从X方面获悉: the party a reporter learns from */
static void test_learned_from(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者6月19日从柏睿数据方面获悉，公司完成了新一轮融资。", NULL, NULL);
    assert_non_null(fixture_company(art, "柏睿数据"));
    gx_article_free(art);
    art = fixture_run("记者从工信部方面获悉，携号转网用户增加。", NULL, NULL);
    assert_null(fixture_company(art, "工信部"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_closed_by_firms), cmocka_unit_test(test_list_after_partner),
        cmocka_unit_test(test_list_short_form_and_weak), cmocka_unit_test(test_list_unsure_first),
        cmocka_unit_test(test_under_known), cmocka_unit_test(test_bare_round),
        cmocka_unit_test(test_list_closed_by_modified_firms), cmocka_unit_test(test_round_kinds),
        cmocka_unit_test(test_share_count), cmocka_unit_test(test_list_short_words),
        cmocka_unit_test(test_learned_from),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
