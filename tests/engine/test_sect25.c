/* test_sect25.c — structure (nineteenth session, sect25, issue 3): a document's first line set apart by a blank line is
 * its title whatever short debris follows it; an announcement's title spaced out to its last character (…的公        告)
 * stays one line, and said again over two lines (the company, then 关于…) is no heading. */
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

/* a short text whose body is the headline said again and a comment box's debris keeps its title */
static void test_title_over_debris(void **state)
{
    (void)state;
    gx_article *art = fixture_build("财政部1个月期国库现金定存中标利率2.70%\n\n"
                                    "财政部1个月期国库现金定存中标利率2.70% 表情\n您至少需输入5个字",
                                    NULL, true);
    assert_non_null(art);
    assert_string_equal(art->title, "财政部1个月期国库现金定存中标利率2.70%");
    gx_article_free(art);
    /* (a line glued to the next still needs a body twice as long, and a sentence is no title) */
    art = fixture_build("稳健医疗海外并购 布局全球\n证券时报记者 张一帆\n短正文。", NULL, false);
    assert_non_null(art);
    assert_null(art->title);
    gx_article_free(art);
    art = fixture_build("稳健医疗计划通过收购加速其全球化战略,公司公告。\n\n第二段。", NULL, false);
    assert_non_null(art);
    assert_null(art->title);
    gx_article_free(art);
}

/* an announcement's title justified over its width keeps its last character; said again over two lines it is no heading */
static void test_spaced_title(void **state)
{
    (void)state;
    gx_article *art = fixture_build("某某科技股份有限公司关于实际控制人部分股份解除质押的公        告\n\n"
                                    "证券代码:603679           证券简称:某某科技\n某某科技股份有限公司\n"
                                    "关于实际控制人部分股份解除质押的公        告\n" LONG1 "\n一、股东股份解除质押的基本情况\n" LONG2
                                    "\n二、股东股份累计质押的情况\n" LONG1,
                                    NULL, true);
    assert_non_null(art);
    assert_string_equal(art->title, "某某科技股份有限公司关于实际控制人部分股份解除质押的公 告");
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "一、股东股份解除质押的基本情况");
    gx_article_free(art);
    /* (a table's row keeps its columns apart) */
    art = fixture_build("标题在这里\n\n" LONG1 "\n\n股东名称     质押股份数量     是否为控股股东     是\n\n" LONG2, NULL, true);
    assert_non_null(art);
    assert_non_null(strstr(art->text, "是否为控股股东\n\n是"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spaced_title),
        cmocka_unit_test(test_title_over_debris),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
