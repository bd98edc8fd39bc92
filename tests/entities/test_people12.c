/* test_people12.c — people and their titles, eleventh session (helper "people12", issue 3):
 * transliterated names whose first part has a syllable outside the table when a hyphen or a
 * name dot joins it to the next (大卫-凯利), two-character names ending in 安 (瑞安), the titles
 * 议长 and 投资官, ranks of nobility after a foreign name (gx_people_ranks.c), and readings of
 * the tagger that are no one: a currency inside a sum of money, the Latin gloss of a quoted
 * term, a quoted account, column or project name (gx_resolve_people.c); the addressees of a
 * sanction (对程永康给予警告) and owners no rule knows before a copula's title (陈龙是优波投资和
 * 美港投资的创始人), desks joined by 和 in a title, a Latin gloss after a clause's opener, a title
 * before a list whose first name holds a company's short name (何小鹏). Without the tagger (its
 * proposals given by hand where a rule judges them). */
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

/* 大卫-凯利: 大 and 卫 are no syllables of the table, the hyphen and a table part after it make
 * the name; 企业家思想-梅绍华 is no such name (one character of the table after the mark). */
static void test_hyphenated_parts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("对此，摩根大通首席全球策略师大卫-凯利表示并不赞同。", NULL, NULL);
    assert_true(fixture_holds(art, "大卫-凯利", "首席全球策略师"));
    gx_article_free(art);
    art = fixture_run("来源：中国企业家思想-梅绍华\n每当股市大跌，我对未来忧虑。", NULL, NULL);
    assert_null(fixture_person(art, "思想-梅绍华"));
    gx_article_free(art);
}

/* 议长瑞安称 (安 ends foreign names), 投资官Todd Combs (a title of its own, not only 首席投资官). */
static void test_speaker_and_officer(void **state)
{
    (void)state;
    gx_article *art = fixture_run("联邦众议院议长瑞安称，双方在预算协议方面虽有进展。", NULL, NULL);
    assert_true(fixture_holds(art, "瑞安", "议长"));
    gx_article_free(art);
    art = fixture_run("该公司将由伯克希尔哈撒韦的投资官Todd Combs，摩根大通的董事总经理Marvelle Sullivan负责。", NULL,
                      NULL);
    assert_true(fixture_holds(art, "Todd Combs", "投资官"));
    assert_true(fixture_holds(art, "Marvelle Sullivan", "董事总经理"));
    gx_article_free(art);
}

/* A rank after a foreign name is the title, not part of the name, also when the tagger reads
 * both as one; a Chinese name before 王子 is left alone (王子文 is a name). */
static void test_ranks_after_names(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"阿尔瓦利德-宾-塔拉尔王子", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("投资机构的所有人阿尔瓦利德-宾-塔拉尔王子以及其他人获释。", tags, 1);
    assert_true(fixture_holds(art, "阿尔瓦利德-宾-塔拉尔", "王子"));
    assert_null(fixture_person(art, "阿尔瓦利德-宾-塔拉尔王子"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"王子文", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("演员王子文出席了活动。", tags2, 1);
    assert_non_null(fixture_person(art, "王子文"));
    gx_article_free(art);
}

/* Tagger readings that are no one: 4000亿里亚尔 (a currency in an amount), “超级碗”(Super Bowl)
 * (the gloss of a quoted term), “王雅媛港股圈”微信公众号 and “莱茨狗”项目 (quoted names of an
 * account and a project: every occurrence goes), 金立官方公众号 (an official account). A person
 * named otherwise stays. */
static void test_named_things(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"里亚尔", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("和解金额大约超过4000亿里亚尔（1060亿美元）。", tags, 1);
    assert_null(fixture_person(art, "里亚尔"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"Super Bowl", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("年度总决赛“超级碗”(Super Bowl)4日晚开战。", tags2, 1);
    assert_null(fixture_person(art, "Super Bowl"));
    gx_article_free(art);
    const fixture_tag tags3[] = {{"王雅媛", GX_ENT_PERSON, 0.8f}, {"莱茨狗", GX_ENT_PERSON, 0.8f}};
    art = fixture_run_tagged("本文来自“王雅媛港股圈”微信公众号。百度推出“莱茨狗”项目，用户可对莱茨狗进行购买。", tags3, 2);
    assert_null(fixture_person(art, "王雅媛"));
    assert_null(fixture_person(art, "莱茨狗"));
    gx_article_free(art);
    const fixture_tag tags5[] = {{"金立", GX_ENT_PERSON, 0.6f}};
    art = fixture_run_tagged("9月2日，金立官方公众号发布了声明。金立表示将重组。", tags5, 1);
    assert_null(fixture_person(art, "金立"));
    gx_article_free(art);
    const fixture_tag tags4[] = {{"王雅媛", GX_ENT_PERSON, 0.8f}};
    art = fixture_run_tagged("分析师王雅媛表示，港股仍有机会。", tags4, 1);
    assert_non_null(fixture_person(art, "王雅媛"));
    gx_article_free(art);
}

/* 对程永康给予警告 (a regulator's sanction names a person, also in a 、 list); 对公司处以罚款 names
 * no one; 对此给予关注 is no sanction. */
static void test_penalized_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("证监会对雷华锋、程永康给予警告，并分别处以3万元罚款。", NULL, NULL);
    assert_non_null(fixture_person(art, "程永康"));
    assert_non_null(fixture_person(art, "雷华锋"));
    gx_article_free(art);
    art = fixture_run("对程永康给予关注。", NULL, NULL);
    assert_null(fixture_person(art, "程永康"));
    gx_article_free(art);
}

/* 陈龙是优波投资和美港投资的创始人: owners no rule knows between the copula and 的. */
static void test_unknown_owners(void **state)
{
    (void)state;
    gx_article *art = fixture_run("陈龙是优波投资和美港投资的创始人，两家公司的产品表现亮眼。", NULL, NULL);
    assert_true(fixture_holds(art, "陈龙", "创始人"));
    gx_article_free(art);
}

/* 首席股票和衍生品策略师: two desks joined by 和 belong to the title; 特朗普(Donald Trump)作为总统候选人:
 * the gloss between the clause's opener and its verb of holding is stepped over. */
static void test_joined_desks_and_glossed_openers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("BTIG首席股票和衍生品策略师伊曼纽尔表示，市场仍然乐观。", NULL, NULL);
    assert_true(fixture_holds(art, "伊曼纽尔", "首席股票和衍生品策略师"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"特朗普", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("问题由来已久。特朗普(Donald Trump)作为总统候选人时，就表示要反对该协定。", tags, 1);
    assert_true(fixture_holds(art, "特朗普", "总统候选人"));
    gx_article_free(art);
}

/* 联合创始人何小鹏、夏珩、何涛: the first name holds a company's short name (小鹏) that stops the
 * rules' reading; the tagger's sure reading lets the title reach the whole list. */
static void test_title_before_list(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"何小鹏", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("小鹏汽车联合创始人何小鹏、夏珩、何涛出席了发布会。", tags, 1);
    assert_true(fixture_holds(art, "何小鹏", "联合创始人"));
    assert_true(fixture_holds(art, "夏珩", "联合创始人"));
    assert_true(fixture_holds(art, "何涛", "联合创始人"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphenated_parts),
        cmocka_unit_test(test_speaker_and_officer),
        cmocka_unit_test(test_ranks_after_names),
        cmocka_unit_test(test_named_things),
        cmocka_unit_test(test_penalized_names),
        cmocka_unit_test(test_unknown_owners),
        cmocka_unit_test(test_joined_desks_and_glossed_openers),
        cmocka_unit_test(test_title_before_list),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
