/* test_people15s.c — people and their titles, fourteenth session (helper "people15", issue 3;
 * test_people15.c is the eleventh session's helper of the same name): two names glued together
 * after a heading's title (掌门人：李振国钟宝申), 经济学者, 担任/出任 and passive appointments
 * giving the posts of their clause (not when denied: 并无…担任董事职务), 任 opening a biography's
 * clause, 辞/虽 ending a name, a parenthesis holding a person's title (张建国（华夏银行董事长）),
 * names taking posts one each (张伟、刘洋分别担任公司董事长和总经理). Without the tagger unless
 * said. */
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

/* 掌门人：章卡鹏金红阳: a run of five or six characters closing the line splits into two names,
 * both holding the title; a run that is no two names stays unread. */
static void test_glued_names(void **state)
{
    (void)state;
    /* (the texts as the normalizer leaves them: half-width colons and commas) */
    gx_article *art = fixture_run(
        "伟星新材(002372.SZ) 掌门人:章卡鹏金红阳\n济川药业(600566.SH) 掌门人:曹龙祥\n", NULL, NULL);
    assert_true(fixture_holds(art, "章卡鹏", "掌门人"));
    assert_true(fixture_holds(art, "金红阳", "掌门人"));
    assert_true(fixture_holds(art, "曹龙祥", "掌门人"));
    gx_article_free(art);
    /* the first name read a character short by the reader yields to the split (王苗|通王一锋) */
    const fixture_tag tags[] = {{"王一锋", GX_ENT_PERSON, 0.6f}};
    art = fixture_run_tagged("世纪华通(002602.SZ) 掌门人:王苗通王一锋\n", tags, 1);
    assert_true(fixture_holds(art, "王苗通", "掌门人"));
    assert_true(fixture_holds(art, "王一锋", "掌门人"));
    gx_article_free(art);
    /* glued to the title (no separator): no split */
    art = fixture_run("这位掌门人章卡鹏金红阳\n", NULL, NULL);
    assert_null(fixture_person(art, "金红阳"));
    gx_article_free(art);
}

/* 经济学者 is a title of its own (not 学者 after 经济). */
static void test_economics_scholar(void **state)
{
    (void)state;
    gx_article *art = fixture_run("正如经济学者管友清博士总结的几句话说得非常好。", NULL, NULL);
    assert_true(fixture_holds(art, "管友清", "经济学者"));
    gx_article_free(art);
}

/* 担任/出任: the posts of the verb's clause go to the sentence's one person; not the posts of the
 * next clause, nor a post the clause denies. */
static void test_serve_clause(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"郭锋", GX_ENT_PERSON, 0.7f},
                                {"黄少媚", GX_ENT_PERSON, 0.7f},
                                {"肖钢", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged(
        "郭锋先生在东海证券资产管理分公司担任总经理,旗下管理多位投资经理。", tags, 1);
    assert_true(fixture_holds(art, "郭锋", "总经理"));
    assert_false(fixture_holds(art, "郭锋", "投资经理"));
    gx_article_free(art);
    art = fixture_run_tagged("除所披露外,黄少媚于过去三年并无在其他上市公众公司担任董事职务。",
                             tags + 1, 1);
    assert_false(fixture_holds(art, "黄少媚", "董事"));
    gx_article_free(art);
    art = fixture_run_tagged("1995年,37岁的肖钢出任央行计划资金司司长。", tags + 2, 1);
    assert_true(fixture_holds(art, "肖钢", "司长"));
    gx_article_free(art);
}

/* 黄少媚，51岁，获委任为公司执行董事: a passive appointment's subject holds the post. */
static void test_passive_appointment(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"黄少媚", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged(
        "新世界发展发布公告。黄少媚,51岁,获委任为公司执行董事,自2020年5月1日起生效。", tags, 1);
    assert_true(fixture_holds(art, "黄少媚", "执行董事"));
    gx_article_free(art);
}

/* 蓝小康先生:…,任…基金经理一职: 任 opening a biography's clause. */
static void test_biography_clause(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"蓝小康", GX_ENT_PERSON, 0.7f}};
    gx_article *art =
        fixture_run_tagged("蓝小康先生:博士研究生学历,2016年12月加入中欧基金管理有限公司,"
                           "任中欧价值发现混合基金经理一职。",
                           tags, 1);
    assert_true(fixture_holds(art, "蓝小康", "基金经理"));
    gx_article_free(art);
}

/* 基金经理:曹名长:硕士研究生学历。历任…研究员: a title labelling the name still lets it open the
 * sentence before a résumé. */
static void test_labelled_resume(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"曹名长", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged(
        "基金经理:曹名长:硕士研究生学历。历任君安证券公司研究所研究员,红塔资管总部投资经理。", tags,
        1);
    assert_true(fixture_holds(art, "曹名长", "投资经理"));
    gx_article_free(art);
}

/* (本文作者介绍:万博兄弟资产管理公司董事长,万博经济研究院院长。): the byline's writer holds the
 * titles of a note introducing them. */
static void test_author_note(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "文/专栏作家 "
        "滕泰\n中国股市正在迎来价值投资时代。\n(本文作者介绍:万博兄弟资产管理公司董事长,"
        "万博经济研究院院长。)",
        "新浪财经", "滕泰");
    assert_true(fixture_holds(art, "滕泰", "董事长"));
    assert_true(fixture_holds(art, "滕泰", "院长"));
    gx_article_free(art);
}

/* 导演赵穆。赵穆虽是: 虽 ends the name (and 辞 in 辞任). */
static void test_name_end_although(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他碰到了对金融题材感兴趣的导演赵穆虽是新人。", NULL, NULL);
    assert_true(fixture_holds(art, "赵穆", "导演"));
    assert_null(fixture_person(art, "赵穆虽"));
    gx_article_free(art);
}

/* 张建国（华夏银行董事长）表示: the parenthesis describes the person before it; a parenthesis with
 * more than the title does not. */
static void test_bracket_apposition(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张建国", GX_ENT_PERSON, 0.7f}, {"刘青山", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("张建国(华夏银行董事长)表示,今年经济平稳。", tags, 1);
    assert_true(fixture_holds(art, "张建国", "董事长"));
    gx_article_free(art);
    art = fixture_run_tagged("据刘青山(原泰达宏利基金总经理)介绍,业绩不错。", tags + 1, 1);
    assert_true(fixture_holds(art, "刘青山", "总经理"));
    gx_article_free(art);
    art = fixture_run_tagged("张建国(他的朋友是华夏银行董事长)表示,今年经济平稳。", tags, 1);
    assert_false(fixture_holds(art, "张建国", "董事长"));
    gx_article_free(art);
}

/* 张伟、刘洋分别担任公司董事长和总经理: one title each, in order (the clause's opener took both).
 */
static void test_respective_posts(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张伟", GX_ENT_PERSON, 0.7f}, {"刘洋", GX_ENT_PERSON, 0.7f}};
    gx_article *art =
        fixture_run_tagged("2020年5月,张伟、刘洋分别担任公司董事长和总经理。", tags, 2);
    assert_true(fixture_holds(art, "张伟", "董事长"));
    assert_true(fixture_holds(art, "刘洋", "总经理"));
    assert_false(fixture_holds(art, "刘洋", "董事长"));
    gx_article_free(art);
    /* as many names as titles, or nothing changes */
    art = fixture_run_tagged("2020年5月,张伟、刘洋分别担任公司董事。", tags, 2);
    assert_false(fixture_holds(art, "张伟", "董事") && !fixture_holds(art, "刘洋", "董事"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_names),        cmocka_unit_test(test_economics_scholar),
        cmocka_unit_test(test_serve_clause),       cmocka_unit_test(test_passive_appointment),
        cmocka_unit_test(test_biography_clause),   cmocka_unit_test(test_labelled_resume),
        cmocka_unit_test(test_author_note),        cmocka_unit_test(test_name_end_although),
        cmocka_unit_test(test_bracket_apposition), cmocka_unit_test(test_respective_posts),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
