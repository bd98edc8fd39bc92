/* test_people26.c — people and their titles, twentieth session (helper "people26"): a surname and a
 * form of address is no person whoever read it (邓生, 刘博士, 潘总|星瀚链), 者 ends no name (脱颖者),
 * 老板 is a post and 以 ends a name (海底捞老板张勇以138亿美元), a profile's colon before the titles
 * (蔡鸿宝：董事副总裁，), and a reporter's dateline after the name (记者冉学东北京报道). */
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

/* 邓生 (Cantonese for 邓先生), 刘博士, 潘总 and the next word, 脱颖者: no person, whichever source */
static void test_address_forms(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"邓生", GX_ENT_PERSON, 0.9f}, {"脱颖者", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("系统开发(邓生：180微)泰肯星球。监管时代的脱颖者：新生代国资系平台。", tags, 2);
    assert_null(fixture_person(art, "邓生"));
    assert_null(fixture_person(art, "脱颖者"));
    gx_article_free(art);
    art = fixture_run("讲师有某互联网银行首席风险官刘博士、某公司负责人。中国互联网金融高级研究员潘总星瀚链是不是骗子", NULL, NULL);
    assert_null(fixture_person(art, "刘博士"));
    assert_null(fixture_person(art, "潘总星"));
    gx_article_free(art);
    /* (a name is still read there: 首席风险官刘博表示) */
    art = fixture_run("某银行首席风险官刘博表示看好。", NULL, NULL);
    assert_true(fixture_holds(art, "刘博", "首席风险官"));
    gx_article_free(art);
}

/* 海底捞老板张勇以138亿美元身家: 老板 is the post, 以 no part of the name */
static void test_boss_and_by(void **state)
{
    (void)state;
    gx_article *art = fixture_run("原籍四川的海底捞老板张勇以138亿美元身家位居榜首。", NULL, NULL);
    assert_true(fixture_holds(art, "张勇", "老板"));
    assert_null(fixture_person(art, "张勇以"));
    gx_article_free(art);
}

/* 蔡鸿宝：董事副总裁，…: a profile's colon after the name (after a caption's bracket too); not a
 * title spoken to (王建国：董事长，您好) */
static void test_profile_colon(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"蔡鸿宝", GX_ENT_PERSON, 0.9f}, {"王建国", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("合影（右）蔡鸿宝：董事副总裁，中天航空集团董事局主席，历任公司总经理。", tags, 1);
    assert_true(fixture_holds(art, "蔡鸿宝", "副总裁"));
    gx_article_free(art);
    art = fixture_run_tagged("会上。王建国：董事长，您好，我想问一个问题。", tags + 1, 1);
    assert_false(fixture_holds(art, "王建国", "董事长"));
    gx_article_free(art);
}

/* 记者冉学东北京报道: the place of the dateline ends the name (东北 is no edge, 北京报道 is) */
static void test_dateline(void **state)
{
    (void)state;
    gx_article *art = fixture_run("华夏时报（chinatimes.net.cn）记者冉学东北京报道，在公司成立十周年之际。", NULL, NULL);
    assert_true(fixture_holds(art, "冉学东", "记者"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_address_forms),
        cmocka_unit_test(test_boss_and_by),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_profile_colon),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
