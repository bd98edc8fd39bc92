/* test_sect20.c — plain-text headings (sixteenth session, sect20): a column's three-level outline (一、 > (一) > 1、), an
 * article's one short heading (two phrases around a comma; a spaced headline asking a question under a sourced
 * caption), an outline heading run into the end of a paragraph, a report's 摘要, lost bullets and labels inside an
 * outline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_structure.h"
#include "structure_fixture.h"

/* a section's prose: two long paragraphs */
#define PROSE LONG1 LONG2 "\n\n" LONG2 LONG1

/* the (一) level and the 1、 level under it, each over prose, are sections of a three-level outline */
static void test_three_levels(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n一、十年信托路\n\n" LONG2 LONG1 "\n\n(一)“一法三规”下的信托盛世\n\n" PROSE
                     "\n\n(二)金融创新浪潮下信托的“落寞”\n\n" LONG1 "\n\n1、由融资类向事务管理类信托转移\n\n" PROSE
                     "\n\n2、银信合作向银基/信合作转移\n\n" PROSE "\n\n二、信托的变局\n\n" LONG1 LONG2 "\n\n(一)破刚兑之惑\n\n" PROSE
                     "\n\n(二)融资类业务之惑\n\n" PROSE "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "一、十年信托路|(一)“一法三规”下的信托盛世|(二)金融创新浪潮下信托的“落寞”|1、由融资类向事务管理类信托转移|"
                           "2、银信合作向银基/信合作转移|二、信托的变局|(一)破刚兑之惑|(二)融资类业务之惑");
}

/* a notice's bracketed items over its fields are items, not sections */
static void test_items_stay(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n一、会议基本情况\n\n" LONG2 LONG1 "\n\n(一)会议召开时间\n\n2018年3月5日下午两点半\n\n"
                     "(二)会议召开地点\n\n公司总部大楼三层会议室\n\n二、会议审议事项\n\n" LONG1 LONG2 "\n\n(一)审议年度报告\n\n"
                     "同意票九票\n\n(二)审议利润分配预案\n\n同意票九票\n\n",
                     h, sizeof h);
    assert_null(strstr(h, "(一)"));
    assert_null(strstr(h, "(二)"));
}

/* an article's one heading of two phrases around a comma, seven characters */
static void test_paired_phrases(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n先增资,后收购\n\n" LONG1 "\n\n", h, sizeof h);
    assert_string_equal(h, "先增资,后收购");
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n先增资后收购了\n\n" LONG1 "\n\n", h, sizeof h);
    assert_string_equal(h, "");
}

/* a spaced headline asking a question, under a picture's caption with its source */
static void test_spaced_question(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n渝农商行K线图 来源：Wind\n\n开板三大原因猜想 未来还会出现首日开板？\n\n" LONG1
                     LONG2 "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "开板三大原因猜想 未来还会出现首日开板?");
    /* (a question alone, no space: the text's own) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n渝农商行K线图 来源：Wind\n\n未来还会出现首日开板吗？\n\n" LONG1 LONG2
                     "\n\n" LONG2 LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "");
}

/* an outline's heading run into the end of the paragraph before it becomes a line of its own */
static void test_buried(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "1、经济波动性下降,流动性紧平衡\n\n" PROSE "\n\n2、六大驱动力催生大创新时代\n\n" PROSE
                     "\n\n3、行业配置:供给端全面升级\n\n" PROSE "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "1、经济波动性下降,流动性紧平衡|2、六大驱动力催生大创新时代|3、行业配置:供给端全面升级");
    /* (not without its series on lines of their own) */
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "1、经济波动性下降,流动性紧平衡\n\n" PROSE "\n\n", h, sizeof h);
    assert_null(strstr(h, "经济波动性"));
}

/* a report's 摘要 over a two-level numbered outline; not over a news story's numbered reasons */
static void test_summary(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("标题在这里\n\n摘要\n\n" LONG1 LONG2 "\n\n1、经济波动性下降\n\n1.1 2017年经济复苏超预期\n\n" PROSE "\n\n1.2 2018年经济总量\n\n"
                     PROSE "\n\n2、六大驱动力\n\n2.1 驱动力之一:大国战略\n\n" PROSE "\n\n2.2 驱动力之二:基础设施\n\n" PROSE "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "摘要|1、经济波动性下降|1.1 2017年经济复苏超预期|1.2 2018年经济总量|2、六大驱动力|2.1 驱动力之一:大国战略|"
                           "2.2 驱动力之二:基础设施");
    fixture_headings("标题在这里\n\n摘要\n\n" LONG1 LONG2 "\n\n1、债券收益率连续走高\n\n" PROSE "\n\n2、美股估值已处历史高位\n\n" PROSE
                     "\n\n3、美联储加息超预期\n\n" PROSE "\n\n",
                     h, sizeof h);
    assert_null(strstr(h, "摘要"));
}

/* lines opened by a lost bullet (l) and a label closed by a colon inside a numbered outline are no headings; a
 * label after the outline's last heading is one */
static void test_bullets_labels(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n3.1 驱分化下沉\n\n" PROSE "\n\n3.2 全球看创新制造\n\n" LONG1 "\n\n隐形冠军定义：\n\n" LONG2 LONG1
                     "\n\nl 创新制造之电子:苹果产业链\n\n" PROSE "\n\nl美好生活的投资方向之一:传媒\n\n" PROSE "\n\n3.3 国内看美好生活\n\n" PROSE
                     "\n\n结语：\n\n" LONG1 LONG2 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "3.1 驱分化下沉|3.2 全球看创新制造|3.3 国内看美好生活|结语");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bullets_labels),
        cmocka_unit_test(test_buried),
        cmocka_unit_test(test_items_stay),
        cmocka_unit_test(test_paired_phrases),
        cmocka_unit_test(test_spaced_question),
        cmocka_unit_test(test_summary),
        cmocka_unit_test(test_three_levels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
