/* test_sect24.c — structure (eighteenth session, sect24, issue 3): a dispatch whose brackets hold its place and its
 * credit (财联社(上海,记者 吴亦涵)讯,); a desk without its house's name is no outlet (来源:新闻中心); a heading's bar glued
 * before it (|隆华科技收监管函…); the line under a lone 01 in a page cut before its 02; the one heading two paragraphs under a short
 * question. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

/* the place and the reporter in one pair of brackets after the outlet's name */
static void test_placed_credit(void **state)
{
    (void)state;
    gx_article *art = fixture_build("财联社(上海,记者 吴亦涵)讯," LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "财联社");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "吴亦涵");
    assert_string_equal(art->authors.v[0].role, "记者");
    gx_article_free(art);
    art = fixture_build("财联社(北京,记者吴亦涵、王晨)讯," LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[1].name, "王晨");
    gx_article_free(art);
    /* (the place alone, as before) */
    expect_outlet("财联社(上海)讯," LONG1 "\n\n" LONG2, "财联社");
}

/* ... not after a name of no outlet's shape, nor without 讯 or 电 after the brackets */
static void test_placed_credit_not(void **state)
{
    (void)state;
    expect_outlet("某某公司(上海,记者 吴亦涵)讯," LONG1 "\n\n" LONG2, NULL);
    gx_article *art = fixture_build("财联社(上海,记者 吴亦涵)称," LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

/* a desk without its house's name is no outlet; a paper's name is */
static void test_desk_source(void **state)
{
    (void)state;
    expect_outlet("来源:新闻中心\n\n" LONG1 "\n\n" LONG2, NULL);
    expect_outlet("来源:编辑部\n\n" LONG1 "\n\n" LONG2, NULL);
    expect_outlet("来源:证券时报\n\n" LONG1 "\n\n" LONG2, "证券时报");
}

/* a bar glued before a heading is its mark, not its words; a line of other bars (a table's row) is none */
static void test_bar_heading(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n|隆华科技收监管函事出连续违规减持\n\n" LONG1 LONG2 "\n\n" LONG2
                     LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "隆华科技收监管函事出连续违规减持");
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n|隆华科技|监管函事出连续违规减持\n\n" LONG1 LONG2 "\n\n" LONG2
                     LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
    /* (a barred line that is no heading keeps its bar in the text) */
    gx_article *art = fixture_build("|公司研发投入占营收的比例连续三年超过百分之十。\n\n" LONG1 "\n\n" LONG2, "标题", false);
    assert_non_null(art);
    assert_non_null(strstr(art->text, "|公司研发投入"));
    gx_article_free(art);
}

/* the line under a lone 01, in a page cut before its 02 */
static void test_first_number(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n01\n\n50万元以上可申请破产清算\n\n关于债务人申请破产的条件,征求意见稿第二条规定:\n\n",
                     h, sizeof h);
    assert_string_equal(h, "50万元以上可申请破产清算");
}

/* ... not under another number alone (03), nor with a sentence on the line */
static void test_first_number_not(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n03\n\n50万元以上可申请破产清算\n\n关于债务人申请破产的条件,征求意见稿第二条规定:\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n01\n\n50万元以上可申请破产清算。\n\n关于债务人申请破产的条件,征求意见稿第二条规定:\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
}

/* a line two over the one heading may be a short sentence when the one right over it is long */
static void test_lone_under_question(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n沈国军坐稳了第一大股东的交椅。\n\n不过,争夺战的胜负是否已经见分晓?\n\n" LONG2 LONG1 LONG2 "\n\n沈国军、昝圣达再出手增持\n\n" LONG1
                     LONG2 "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "沈国军、昝圣达再出手增持");
    /* (not when the paragraph right over it is short too) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n沈国军坐稳了第一大股东的交椅。\n\n不过,争夺战的胜负是否已经见分晓?\n\n" LONG2 "\n\n沈国军、昝圣达再出手增持\n\n" LONG1 LONG2
                     "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bar_heading),
        cmocka_unit_test(test_desk_source),
        cmocka_unit_test(test_first_number),
        cmocka_unit_test(test_first_number_not),
        cmocka_unit_test(test_lone_under_question),
        cmocka_unit_test(test_placed_credit),
        cmocka_unit_test(test_placed_credit_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
