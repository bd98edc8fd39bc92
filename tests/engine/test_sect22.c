/* test_sect22.c — sections (seventeenth session, second round, sect22, issue 3): an article's one heading may be a bare
 * phrase of six or seven letters (股权质押违约, 两度IPO失利) with two paragraphs under it, not one over the page's last line
 * (新浪财经公众号); an outline's heading numbered 一、 may name a table it gives (四、股份变动表), an unnumbered line ending
 * in 表 stays a caption; authors: a broker's desk before its analyst's name in the title (安信策略陈果:…). */
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

/* a line between two long paragraphs above and two below, under a title */
#define BETWEEN_LONG(line) "标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n" line "\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n"

/* a phrase of six or seven letters between long paragraphs is the article's one heading */
static void test_short_phrase(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings(BETWEEN_LONG("股权质押违约"), h, sizeof h);
    assert_string_equal(h, "股权质押违约");
    fixture_headings(BETWEEN_LONG("两度IPO失利"), h, sizeof h);
    assert_string_equal(h, "两度IPO失利");
}

/* not with punctuation in it, not shorter, not over the text's last paragraph alone */
static void test_short_phrase_not(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings(BETWEEN_LONG("股权、质押"), h, sizeof h);
    assert_string_equal(h, "");
    fixture_headings(BETWEEN_LONG("质押违约"), h, sizeof h);
    assert_string_equal(h, "");
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n" LONG2 LONG1 "\n\n新浪财经公众号\n\n" LONG1 LONG2 "\n\n", h, sizeof h);
    assert_string_equal(h, "");
}

/* an outline's 四、股份变动表 between 三、 and 五、 is its heading; a table's title unnumbered is none */
static void test_outline_table(void **state)
{
    (void)state;
    char h[2048];
    fixture_headings("标题在这里\n\n一、回购审批情况\n\n" LONG1 LONG2 "\n\n二、回购实施情况\n\n" LONG2 LONG1 "\n\n三、股份变动表\n\n"
                     "本次回购前后,公司股份变动情况如下:\n\n四、已回购股份的处理安排\n\n" LONG1 "\n\n",
                     h, sizeof h);
    assert_string_equal(h, "一、回购审批情况|二、回购实施情况|三、股份变动表|四、已回购股份的处理安排");
    fixture_headings(BETWEEN_LONG("公司股份变动表"), h, sizeof h);
    assert_string_equal(h, "");
}

/* a broker's desk and its analyst's name opening the title: the name, unless the text writes it */
static void test_desk_writer(void **state)
{
    (void)state;
    gx_article *art = fixture_build("摘要\n\n" LONG1 "\n\n" LONG2, "安信策略陈果:迈入2018年 哪些行业意气风发?", false);
    assert_non_null(art);
    assert_non_null(art->closing_name);
    assert_string_equal(art->closing_name, "陈果");
    gx_article_free(art);
    art = fixture_build("摘要\n\n陈果认为," LONG1 "\n\n" LONG2, "安信策略陈果:迈入2018年 哪些行业意气风发?", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
    art = fixture_build("摘要\n\n" LONG1 "\n\n" LONG2, "安信策略:以创业板为代表的成长股处于较低估值水平", false);
    assert_non_null(art);
    assert_null(art->closing_name);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_desk_writer),
        cmocka_unit_test(test_outline_table),
        cmocka_unit_test(test_short_phrase),
        cmocka_unit_test(test_short_phrase_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
