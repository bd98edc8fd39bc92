/* test_people13s.c — people and their titles, thirteenth session (helper "people13", issue 3):
 * founders named by the verb 创始 (由何小鹏、夏珩、何涛等人联合创始), a known person's name again where
 * a company's short name sits inside it (何|小鹏为最大股东), a relative with a rarer surname after a
 * kinship word (妻子应莹), false people (a coin, an office, a question word after a title), and the
 * posts of a résumé whose subject is named further back (X生于1959年,…,历任A、B), and a person after a
 * quoted epithet (“定增大王”牛晓涛). */
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

/* 由A、B、C等人联合创始: each name holds the verb and its modifier (the text's span), with the firm
 * opening the sentence. */
static void test_founders(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"何小鹏", GX_ENT_PERSON, 0.74f}}; /* (the gazetteer's 小鹏 inside) */
    gx_article *art = fixture_run_tagged("小鹏汽车成立于2015年，由何小鹏、夏珩、何涛等人联合创始，总部位于广州。", tags, 1);
    assert_true(fixture_holds(art, "何小鹏", "联合创始"));
    assert_true(fixture_holds(art, "夏珩", "联合创始"));
    assert_true(fixture_holds(art, "何涛", "联合创始"));
    gx_article_free(art);
    art = fixture_run("该公司由李明和王刚于2010年共同创始。", NULL, NULL);
    assert_true(fixture_holds(art, "李明", "共同创始"));
    assert_true(fixture_holds(art, "王刚", "共同创始"));
    gx_article_free(art);
    /* the title word 创始人 stays the driver's */
    art = fixture_run("马云是阿里巴巴的创始人。", NULL, NULL);
    assert_true(fixture_holds(art, "马云", "创始人"));
    assert_false(fixture_holds(art, "马云", "创始"));
    gx_article_free(art);
}

/* 何小鹏为最大股东 after the article named 何小鹏: the person, not the company 小鹏 inside. */
static void test_name_over_firm(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"何小鹏", GX_ENT_PERSON, 0.74f}};
    gx_article *art =
        fixture_run_tagged("小鹏汽车成立于2015年，由何小鹏、夏珩、何涛等人联合创始。何小鹏为最大股东。", tags, 1);
    assert_true(fixture_holds(art, "何小鹏", "最大股东"));
    gx_article_free(art);
}

/* 徐翔妻子应莹: a two-character name with a rarer surname after a kinship word. */
static void test_kin_rare_surname(void **state)
{
    (void)state;
    gx_article *art = fixture_run("徐翔妻子应莹提出的离婚案今日开庭。", NULL, NULL);
    assert_non_null(fixture_person(art, "应莹"));
    gx_article_free(art);
}

/* No person ends in an office, a currency or a faction (董秘办, 莱特币, 德隆系), nor is a question word
 * after a title one (总裁争啥：), nor an app's name with a word in lower case (Bigo live), nor a name
 * before 榜 (胡润百富榜). */
static void test_false_people(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"董秘办", GX_ENT_PERSON, 0.7f}, {"莱特币", GX_ENT_PERSON, 0.7f},
                                {"德隆系", GX_ENT_PERSON, 0.7f}, {"争啥", GX_ENT_PERSON, 0.7f},
                                {"Bigo live", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("长江证券老板与总裁争啥：其董秘办表示此消息需核实。这两天比特币一度破万，"
                                         "莱特币从高点腰斩。明天系，德隆系啥的很厉害。包括来自于Bigo live的2800万用户。",
                                         tags, 5);
    assert_null(fixture_person(art, "董秘办"));
    assert_null(fixture_person(art, "莱特币"));
    assert_null(fixture_person(art, "德隆系"));
    assert_null(fixture_person(art, "争啥"));
    assert_null(fixture_person(art, "Bigo live"));
    gx_article_free(art);
    /* a name before 榜 names a ranking */
    const fixture_tag tags3[] = {{"胡润百富", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("在2016年的胡润百富榜上，刘益谦家族排名第44位。", tags3, 1);
    assert_null(fixture_person(art, "胡润百富"));
    gx_article_free(art);
    /* a name particle in lower case stays inside a name */
    const fixture_tag tags2[] = {{"Ludwig van Beethoven", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("作曲家Ludwig van Beethoven说，音乐是灵感。", tags2, 1);
    assert_non_null(fixture_person(art, "Ludwig van Beethoven"));
    gx_article_free(art);
}

/* The posts of a résumé whose subject opens the sentence or the sentence before. */
static void test_resume(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"袁春华", GX_ENT_PERSON, 0.8f}, {"刘元瑞", GX_ENT_PERSON, 0.8f},
                                {"张大伟", GX_ENT_PERSON, 0.8f}, {"李晓明", GX_ENT_PERSON, 0.8f}};
    gx_article *art = fixture_run_tagged("资料显示，袁春华生于1959年，本科学历，工程师，1979年加入湖南机油泵厂，历任钳工、班长、车间主任、"
                                  "公司总经理助理。",
                                  tags, 4);
    assert_true(fixture_holds(art, "袁春华", "车间主任"));
    gx_article_free(art);
    art = fixture_run_tagged("之后提拔了刘元瑞等年轻骨干。刘元瑞1982年出生，研究生学历。曾任长江证券股份有限公司研究所分析师、"
                             "副总经理。",
                             tags, 4);
    assert_true(fixture_holds(art, "刘元瑞", "副总经理"));
    gx_article_free(art);
    /* two people before the verb: no one */
    art = fixture_run_tagged("张大伟与李晓明相识多年，历任公司副总经理。", tags, 4);
    assert_false(fixture_holds(art, "张大伟", "副总经理"));
    assert_false(fixture_holds(art, "李晓明", "副总经理"));
    gx_article_free(art);
}

/* A person after a quoted epithet for a kind of person, when the name closes the clause. */
static void test_epithet(void **state)
{
    (void)state;
    gx_article *art = fixture_run("其余三只产品皆来自“定增大王”牛晓涛。", NULL, NULL);
    assert_non_null(fixture_person(art, "牛晓涛"));
    gx_article_free(art);
    art = fixture_run("有请“科技超人”解读智能化和自动化。", NULL, NULL);
    assert_null(fixture_person(art, "解读智"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_founders),
        cmocka_unit_test(test_name_over_firm),
        cmocka_unit_test(test_kin_rare_surname),
        cmocka_unit_test(test_false_people),
        cmocka_unit_test(test_resume),
        cmocka_unit_test(test_epithet),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
