/* test_people27.c — people and their titles, twentieth session (helper "people27"): a post moved
 * from (郑志刚博士由公司执行副主席兼总经理改任为…): both titles the person's; a title that is its whole
 * clause before a comma shares the holder of the next title (仲财通联合创始人，…专家庄德健), not after
 * a verb (他辞去了公司董事长，总经理李明接任); a name glued before a Latin firm and its title
 * (文斯·卡萨雷斯Xapo董事长). */
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

/* X由 [owner] 旧职 改任为/调任 [owner] 新职: the person holds both, and the 、-joined titles of each */
static void test_moved_post(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"郑志刚", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("公告称，郑志刚博士由公司执行副主席兼总经理改任为公司执行副主席兼行政总裁。", tags, 1);
    assert_true(fixture_holds(art, "郑志刚", "总经理"));
    assert_true(fixture_holds(art, "郑志刚", "行政总裁"));
    gx_article_free(art);
    art = fixture_run("据悉，王建国由公司董事、副总经理调任公司总经理、财务负责人。", NULL, NULL);
    assert_true(fixture_holds(art, "王建国", "董事"));
    assert_true(fixture_holds(art, "王建国", "副总经理"));
    assert_true(fixture_holds(art, "王建国", "总经理"));
    assert_true(fixture_holds(art, "王建国", "财务负责人"));
    gx_article_free(art);
}

/* [owner] 头衔，[describer] 头衔 NAME: the first title is the same person's; not when the clause
 * before the comma says more than the title (他辞去了公司董事长，) */
static void test_title_across_comma(void **state)
{
    (void)state;
    gx_article *art = fixture_run("仲财通联合创始人，资深金融服务专家庄德健表示，市场仍在调整。", NULL, NULL);
    assert_true(fixture_holds(art, "庄德健", "联合创始人"));
    gx_article_free(art);
    art = fixture_run("某公司反欺诈负责人，以及仲财通联合创始人，新兴互联网仲裁领域服务专家庄德健等精英。", NULL, NULL);
    assert_true(fixture_holds(art, "庄德健", "联合创始人"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"李明", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("据悉，他辞去了公司董事长，总经理李明接任。", tags, 1);
    assert_true(fixture_holds(art, "李明", "总经理"));
    assert_false(fixture_holds(art, "李明", "董事长"));
    gx_article_free(art);
}

/* NAME + a capitalised Latin firm + its title: the name holds it */
static void test_name_before_latin_firm(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"文斯·卡萨雷斯", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("投资方阿根廷Xapo公司。老板：文斯·卡萨雷斯Xapo董事长平台已上线游戏。", tags, 1);
    assert_true(fixture_holds(art, "文斯·卡萨雷斯", "董事长"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_moved_post),
        cmocka_unit_test(test_name_before_latin_firm),
        cmocka_unit_test(test_title_across_comma),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
