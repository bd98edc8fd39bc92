/* test_people29s.c — structure, twenty-ninth session (helper "people29"): a closing credit in
 * brackets that an editor's credit follows in the same paragraph, the full stop lost ("…各地(某某
 * 时报网)编辑:小林"); a portal's summary whose 【headline】 the dispatch's own dateline follows
 * ("【…】某某网贷讯,"); an account pointed at under the headline ("点击标题下方X,关注我们"); a
 * summary box glued into the lead ("摘要【…】,…(北方商报),"); a credit's label glued after the name
 * before it ("作者:李冬来源:某某网"). The texts are made up in the shape of crawled pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

#define BODY "零售经纪商本周宣布推出一项新的自动交易工具,用户可以通过简单的命令创建交易策略并与主流平台集成。"

static void test_bracket_before_editor(void **state)
{
    (void)state;
    expect_outlet(BODY "\n\n当地警方表示,受害人遍布全国各地,案件仍在进一步侦办中(南方商报网)编辑:小林\n",
                  "南方商报网");
    expect_outlet(BODY "\n\n当地警方表示,受害人遍布全国各地,案件仍在进一步侦办中(南方商报网)责任编辑:王五\n",
                  "南方商报网");
    /* (no editor after the bracket, no full stop before it: a bracket inside the text) */
    expect_outlet(BODY "\n\n当地警方表示,受害人遍布全国各地,案件仍在进一步侦办中(南方商报网)\n", NULL);
    /* (a bracket that no outlet's name fills) */
    expect_outlet(BODY "\n\n当地警方表示,受害人遍布全国各地,案件仍在进一步侦办中(详见附件)编辑:小林\n", NULL);
}

static void test_headline_then_dateline(void **state)
{
    (void)state;
    expect_outlet("【某某集团声明:逾期款项仅占合作项目总额一小部分】北方网贷讯,某某集团发布公开说明称,"
                  "关于合作项目的逾期,部分媒体进行了失实报道。" BODY,
                  "北方网贷");
    /* (a short bracket is a name, read as before; a column's 快讯 is no outlet) */
    expect_outlet("【某某集团声明:逾期款项仅占合作项目总额一小部分】每日快讯,某某集团发布公开说明称,"
                  "关于合作项目的逾期,部分媒体进行了失实报道。" BODY,
                  NULL);
}

/* the account's name pointed at under the headline, a comma before the call */
static void test_account_under_headline(void **state)
{
    (void)state;
    expect_outlet("这样的校园你期待吗?点击标题下方南山创业社区,关注我们新校区鸟瞰图," BODY, "南山创业社区");
    expect_outlet("这样的校园你期待吗?点击标题下方南山创业社区关注我们新校区鸟瞰图," BODY, "南山创业社区");
    /* (the pointer to the blue words read where they are; no call to follow: none) */
    expect_outlet("这样的校园你期待吗?点击标题下方蓝字南山创业社区关注我们新校区鸟瞰图," BODY, "南山创业社区");
    expect_outlet("这样的校园你期待吗?点击标题下方南山创业社区,阅读更多新校区鸟瞰图," BODY, NULL);
}

/* a portal's summary box glued into the lead: the credit closing the summary */
static void test_glued_summary(void **state)
{
    (void)state;
    expect_outlet("某某项目之疑:这边辟谣那边未收到打款摘要【某某项目之疑:这边辟谣那边未收到打款】,一则某某养老公司"
                  "(以下简称某某)的辟谣声明在官网发布(北方商报),一则某某养老公司的辟谣声明在官网发布," BODY,
                  "北方商报");
    /* (no bracket shaped like an outlet's after the summary: none) */
    expect_outlet("某某项目之疑:这边辟谣那边未收到打款摘要【某某项目之疑:这边辟谣那边未收到打款】,一则某某养老公司"
                  "(以下简称某某)的辟谣声明在官网发布,一则某某养老公司的辟谣声明在官网发布," BODY,
                  NULL);
}

static void test_glued_labels(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "作者:李冬来源:北方晨报", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "李冬");
    assert_non_null(bl.outlet);
    assert_string_equal(bl.outlet, "北方晨报");
    assert_true(fixture_byline(a, "作者:王五责任编辑:赵六", &bl));
    assert_true(bl.nauthors >= 1);
    assert_string_equal(bl.authors[0].name, "王五");
    /* (总编辑 is one title: not split before its 编辑) */
    bool ok = fixture_byline(a, "作者:王五总编辑:赵六", &bl);
    for (int k = 0; ok && k < bl.nauthors; k++)
        assert_string_not_equal(bl.authors[k].name, "总");
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracket_before_editor),
        cmocka_unit_test(test_headline_then_dateline),
        cmocka_unit_test(test_account_under_headline),
        cmocka_unit_test(test_glued_summary),
        cmocka_unit_test(test_glued_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
