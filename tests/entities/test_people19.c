/* test_people19.c — people named in long prose without a title, fifteenth session (helper
 * "people19", issue 3): a list member before a stray space and 、 (马凯 、周小川); a relative after
 * 的 and 儿子/女儿/父亲… when the name closes its clause (外交官的儿子包凡。), two characters only when
 * named again; no person ends in a sentence particle or 您/你 (组长牛逼啊, 郭总您); an appointment list
 * member that opens a left-stop word is no name (成立时担任总经理). */
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

/* 马凯 、周小川、楼继伟等人: the stray space is no part of the first member. */
static void test_member_before_space(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"周小川", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("北京青年经济学会里面有马凯 、周小川、楼继伟等人。", tags, 1);
    assert_non_null(fixture_person(art, "马凯"));
    assert_null(fixture_person(art, "马凯 "));
    gx_article_free(art);
}

/* 外交官的儿子包凡。 … 喜欢赛车的包凡: after 的 and a kinship word, a name closing its clause. */
static void test_relative_after_de(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他又投奔了另一位外交官的儿子包凡。刘威也能跟喜欢赛车的包凡聊到一块去。", NULL, NULL);
    assert_non_null(fixture_person(art, "包凡"));
    gx_article_free(art);
}

/* 儿子常常来 (a doubled character), 父亲高兴。 (two characters named once), 儿子管老子 (no 的): no name. */
static void test_relative_not_read(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他的儿子常常来。老王的父亲高兴。儿子管老子。", NULL, NULL);
    assert_null(fixture_person(art, "常常来"));
    assert_null(fixture_person(art, "高兴"));
    assert_null(fixture_person(art, "管老子"));
    gx_article_free(art);
}

/* 组长牛逼啊, 郭总您以前: a reading that ends in a particle or 您 is no person, whoever read it. */
static void test_particle_end(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"郭总您", GX_ENT_PERSON, 0.9f}, {"牛逼啊", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("郭总您以前也是在券商资管。但是组长牛逼啊，那就啥都牛逼了。", tags, 2);
    assert_null(fixture_person(art, "郭总您"));
    assert_null(fixture_person(art, "牛逼啊"));
    gx_article_free(art);
}

/* 作为成立时担任总经理的王东明: 成立 opens a word, 成立时 is no holder of the post. */
static void test_left_stop_holder(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这是作为成立时担任总经理的王东明所不愿看到的。", NULL, NULL);
    assert_null(fixture_person(art, "成立时"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_left_stop_holder),
        cmocka_unit_test(test_member_before_space),
        cmocka_unit_test(test_particle_end),
        cmocka_unit_test(test_relative_after_de),
        cmocka_unit_test(test_relative_not_read),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
