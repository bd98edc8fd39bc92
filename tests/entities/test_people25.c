/* test_people25.c — people and their titles, nineteenth session (helper "people25", issue 3):
 * diplomatic posts (公使), 议员 read inside 倡议员工, desks before a title (人力总监, 投资者关系总监),
 * 集团/本行 as the owner after a post verb, comma appositions after a short lead or a quotation,
 * 由 before a title, 现在是 and the clause's subject, and titles before 由 + names + 担任. */
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

/* Whether the person named `name` holds `title` with no organization. */
static bool holds_bare(const gx_article *art, const char *name, const char *title)
{
    const gx_entity *e = fixture_person(art, name);
    for (int r = 0; e && r < e->roles.n; r++)
        if (!strcmp(e->roles.v[r].title, title) && e->roles.v[r].organization == NULL)
            return true;
    return false;
}

/* 秘鲁驻华公使卡萨弗朗卡; 实控人田汉倡议员工买入: 田汉 (not 田汉倡), and no 议员 */
static void test_envoy_and_call(void **state)
{
    (void)state;
    gx_article *art = fixture_run("外资司负责同志与秘鲁驻华公使卡萨弗朗卡举行会谈。", NULL, NULL);
    assert_true(fixture_holds(art, "卡萨弗朗卡", "公使"));
    gx_article_free(art);
    art = fixture_run("公司实控人田汉倡议员工买入公司股票。", NULL, NULL);
    assert_true(fixture_holds(art, "田汉", "实控人"));
    assert_false(fixture_holds(art, "田汉", "议员"));
    assert_null(fixture_person(art, "田汉倡"));
    gx_article_free(art);
}

/* 前万达人力总监张洪举, 投资者关系总监: the desk belongs to the title, not to its organization */
static void test_desk_titles(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张洪举", GX_ENT_PERSON, 0.9f}, {"李明辉", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("继前万达人力总监张洪举加盟之后，业内人士表示欢迎。", tags, 1);
    assert_true(fixture_holds(art, "张洪举", "人力总监"));
    gx_article_free(art);
    art = fixture_run_tagged("公司投资者关系总监李明辉表示欢迎。", tags + 1, 1);
    assert_true(holds_bare(art, "李明辉", "投资者关系总监"));
    gx_article_free(art);
}

/* 王建国担任集团副总裁, 出任本行行长: the group's or the bank's own word owns the title */
static void test_group_owner_after_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("王建国担任集团副总裁。李明辉出任本行行长。", NULL, NULL);
    assert_true(fixture_holds(art, "王建国", "副总裁"));
    assert_true(fixture_holds(art, "李明辉", "行长"));
    gx_article_free(art);
}

/* 对此，王建国，万科集团董事长，; “……。”李明辉，阿里巴巴副总裁，: the apposition after a short
 * lead or a quotation */
static void test_apposition_after_lead(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}, {"李明辉", GX_ENT_PERSON, 0.9f}};
    gx_article *art =
        fixture_run_tagged("对此，王建国，万科集团董事长，发表了看法。“我很看好。”李明辉，阿里巴巴副总裁，说道。", tags, 2);
    assert_true(fixture_holds(art, "王建国", "董事长"));
    assert_true(fixture_holds(art, "李明辉", "副总裁"));
    gx_article_free(art);
    /* a chain of titles closing the clause, and 先生 before the comma */
    art = fixture_run_tagged("王建国，公司创始人、董事长，表示很好。李明辉先生，公司总裁，表示同意。", tags, 2);
    assert_true(fixture_holds(art, "王建国", "创始人"));
    assert_true(fixture_holds(art, "王建国", "董事长"));
    assert_true(fixture_holds(art, "李明辉", "总裁"));
    gx_article_free(art);
}

/* 本次会议由董事长王建国主持: 会议由 is no organization; 极路由创始人 keeps its firm */
static void test_by_before_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本次会议由董事长王建国主持，会议合法有效。", NULL, NULL);
    assert_true(holds_bare(art, "王建国", "董事长"));
    gx_article_free(art);
}

/* 王建国曾在腾讯工作，现在是阿里巴巴副总裁: the clause's subject; two people before: nobody */
static void test_now_after_clause(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}, {"李明辉", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("王建国曾在腾讯工作，现在是阿里巴巴副总裁。", tags, 2);
    assert_true(fixture_holds(art, "王建国", "副总裁"));
    gx_article_free(art);
    art = fixture_run_tagged("王建国与李明辉曾在腾讯工作，现任阿里巴巴副总裁。", tags, 2);
    assert_false(fixture_holds(art, "王建国", "副总裁"));
    assert_false(fixture_holds(art, "李明辉", "副总裁"));
    gx_article_free(art);
}

/* 董事长、总经理分别由A、B担任; 董事长由A担任; 总经理一职由A担任; 董事长、总经理由A担任 */
static void test_titles_before_by(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}, {"李明辉", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("公司董事长、总经理分别由王建国、李明辉担任。", tags, 2);
    assert_true(fixture_holds(art, "王建国", "董事长"));
    assert_true(fixture_holds(art, "李明辉", "总经理"));
    assert_false(fixture_holds(art, "王建国", "总经理"));
    gx_article_free(art);
    art = fixture_run_tagged("公司董事长由王建国担任，总经理一职由李明辉担任。", tags, 2);
    assert_true(fixture_holds(art, "王建国", "董事长"));
    assert_true(fixture_holds(art, "李明辉", "总经理"));
    gx_article_free(art);
    art = fixture_run_tagged("公司董事长、总经理由王建国担任。", tags, 2);
    assert_true(fixture_holds(art, "王建国", "董事长"));
    assert_true(fixture_holds(art, "王建国", "总经理"));
    gx_article_free(art);
}

/* 董事兼投资部总经理: the department after 兼 belongs to the second title (not an organization 兼投资部) */
static void test_department_after_and(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("公司董事兼投资部总经理王建国表示很好。", tags, 1);
    assert_true(fixture_holds(art, "王建国", "董事兼投资部总经理"));
    assert_true(fixture_holds(art, "王建国", "董事"));
    /* 总经理, when held alone, has no organization (base read 兼投资部 as one) */
    assert_false(fixture_holds(art, "王建国", "总经理") && !holds_bare(art, "王建国", "总经理"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_apposition_after_lead),
        cmocka_unit_test(test_by_before_title),
        cmocka_unit_test(test_department_after_and),
        cmocka_unit_test(test_desk_titles),
        cmocka_unit_test(test_envoy_and_call),
        cmocka_unit_test(test_group_owner_after_verb),
        cmocka_unit_test(test_now_after_clause),
        cmocka_unit_test(test_titles_before_by),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
