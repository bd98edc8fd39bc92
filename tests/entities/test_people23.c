/* test_people23.c — people and their titles, eighteenth session (helper "people23", issue 3): a
 * portal's inline stock quote between a firm and its title (国泰君安(17.210,-0.23,-1.32%)董事长), a
 * holder's trade glued to the name (董事会秘书谢伟买入), a street in Latin words (Marguerite Drive),
 * a credit's slash after a proofreader's or a writer's title (校对/ 何燕), a particle in a Latin name
 * before a post verb (Rudolf Gijsbert Servaas van den Brink辞任). */
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
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* Whether the person name holds title with organization org. */
static bool holds_at(const gx_article *art, const char *name, const char *title, const char *org)
{
    const gx_entity *e = fixture_person(art, name);
    if (!e)
        return false;
    for (int i = 0; i < e->roles.n; i++)
        if (e->roles.v[i].title && !strcmp(e->roles.v[i].title, title) && e->roles.v[i].organization &&
            !strcmp(e->roles.v[i].organization, org))
            return true;
    return false;
}

/* 万科A(17.210,-0.23,-1.32%)董事长郁亮, 转任万科A(…)董事长: the firm before the quote owns the title */
static void test_stock_quote_before_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，中信证券(17.210,-0.23,-1.32%)董事长张佑君表示，市场向好。", NULL, NULL);
    assert_true(holds_at(art, "张佑君", "董事长", "中信证券"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("公司副总裁王建国转任中信证券(17.210,-0.23,-1.32%)董事长。", tags, 1);
    assert_true(holds_at(art, "王建国", "董事长", "中信证券"));
    gx_article_free(art);
}

/* 董事会秘书谢伟买入5.2万股: 买入 is no part of the name */
static void test_trade_after_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("副行长、董事会秘书谢伟买入5.2万股，董事张明卖出1万股。", NULL, NULL);
    assert_true(fixture_holds(art, "谢伟", "董事会秘书"));
    assert_null(fixture_person(art, "谢伟买"));
    assert_null(fixture_person(art, "张明卖"));
    gx_article_free(art);
    art = fixture_run("公司董事长谢伟购入5万股，董事王刚套现1亿元。", NULL, NULL);
    assert_null(fixture_person(art, "谢伟购"));
    assert_null(fixture_person(art, "王刚套"));
    gx_article_free(art);
    art = fixture_run("公司董事长李军陪同考察，副总裁王刚证实此事。", NULL, NULL);
    assert_null(fixture_person(art, "李军陪"));
    assert_null(fixture_person(art, "王刚证"));
    gx_article_free(art);
    art = fixture_run("金字火腿原董事长禹勃请辞，董事李军反对此事。", NULL, NULL);
    assert_null(fixture_person(art, "禹勃请"));
    assert_null(fixture_person(art, "李军反"));
    gx_article_free(art);
    /* (a post verb after a name whose first two characters are a name too: 李明|远转任) */
    art = fixture_run("公司副总裁李明远转任中信证券董事长。", NULL, NULL);
    assert_true(fixture_holds(art, "李明远", "董事长"));
    gx_article_free(art);
}

/* 坐落在Marguerite Drive路两旁: a street, whichever source reads it as a person */
static void test_latin_street(void **state)
{
    (void)state;
    assert_true(fixture_english_on()); /* (the fixture loads no English word lists by default) */
    const fixture_tag tags[] = {{"Marguerite Drive", GX_ENT_PERSON, 0.9f}, {"Craig Johnson", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("这五处房产坐落在Marguerite Drive路两旁，Craig Johnson表示看好。", tags, 2);
    assert_null(fixture_person(art, "Marguerite Drive"));
    assert_non_null(fixture_person(art, "Craig Johnson"));
    gx_article_free(art);
    fixture_english_off();
}

/* (校对/ 何燕 ) (full-width brackets once normalised), 编辑/王宇: a slash between a credit's title and its name */
static void test_credit_slash(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他说，还是在学习。(校对/ 何燕 )", NULL, NULL);
    assert_true(fixture_holds(art, "何燕", "校对"));
    gx_article_free(art);
    /* (a slash between two titles names no one) */
    art = fixture_run("公司董事长/总经理张明表示看好。", NULL, NULL);
    assert_null(fixture_person(art, "总经理"));
    gx_article_free(art);
}

/* Rudolf Gijsbert Servaas van den Brink辞任: a particle joins four capitalised words before the verb */
static void test_latin_particle_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("华润啤酒宣布，Rudolf Gijsbert Servaas van den Brink辞任公司非执行董事。", NULL, NULL);
    assert_true(fixture_holds(art, "Rudolf Gijsbert Servaas van den Brink", "非执行董事"));
    gx_article_free(art);
    art = fixture_run("公司宣布，Roelant de Waard辞任公司执行董事。", NULL, NULL);
    assert_true(fixture_holds(art, "Roelant de Waard", "执行董事"));
    gx_article_free(art);
}

/* 华商基金 邓默：两大维度…: a programme's firm, a space and the speaker before a colon; not a space
 * and a name followed by anything else */
static void test_spaced_firm_speaker(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【今日直播】\n中信证券 邓默：两大维度甄选优质赛道\n", NULL, NULL);
    assert_non_null(fixture_person(art, "邓默"));
    gx_article_free(art);
    art = fixture_run("【今日直播】\n中信证券 邓默两大维度甄选优质赛道\n", NULL, NULL);
    assert_null(fixture_person(art, "邓默"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_credit_slash),
        cmocka_unit_test(test_latin_particle_name),
        cmocka_unit_test(test_latin_street),
        cmocka_unit_test(test_spaced_firm_speaker),
        cmocka_unit_test(test_stock_quote_before_title),
        cmocka_unit_test(test_trade_after_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
