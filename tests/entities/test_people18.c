/* test_people18.c — titles of state offices and people kept against companies, fifteenth session
 * (helper "people18", issue 3): a country written right before the office of a state is part of
 * the title (美国总统特朗普 -> 美国总统); company titles stay bare with their organization; a person a
 * rule read as the holder of a title keeps its type against the tagger's bare readings elsewhere; the
 * last name of a list before a verb (李卫伟、曾开天持有). */
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

/* 美国总统特朗普, 英国首相特蕾莎·梅, 美国财政部长姆努钦: the country is part of the title; 英伟达CEO黄仁勋
 * keeps the bare title with its company; the office alone stays bare. */
static void test_country_office(void **state)
{
    (void)state;
    gx_article *art = fixture_run("美国总统特朗普周三表示,特朗普将访问北京。英国首相特蕾莎·梅会面。"
                                  "美国财政部长姆努钦称,英伟达CEO黄仁勋说。总统普京说。",
                                  NULL, NULL);
    assert_true(fixture_holds(art, "特朗普", "美国总统"));
    assert_false(fixture_holds(art, "特朗普", "总统"));
    assert_true(fixture_holds(art, "特蕾莎·梅", "英国首相"));
    assert_true(fixture_holds(art, "姆努钦", "美国财政部长"));
    assert_true(fixture_holds(art, "黄仁勋", "CEO"));
    assert_true(fixture_holds(art, "普京", "总统"));
    gx_article_free(art);
}

/* 欧元区财长, 上海市长: a bloc or a Chinese city is no country of a state office. */
static void test_not_country(void **state)
{
    (void)state;
    gx_article *art = fixture_run("欧元区财长马里奥·森特诺表示支持。", NULL, NULL);
    assert_false(fixture_holds(art, "马里奥·森特诺", "欧元区财长"));
    gx_article_free(art);
}

/* 林园投资董事长林园 …, then 林园 alone five times, read by the tagger as a place: the holder of the
 * title keeps every mention as a person. */
static void test_titled_person_keeps_type(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"林园", GX_ENT_LOCATION, 0.8f}};
    gx_article *art = fixture_run_tagged("重仓白酒股多年的林园投资董事长林园则显得较为淡定。林园就对白酒行情进行研判。"
                                         "林园也同时表示,他不会卖出。林园似乎并不担心。林园对记者坦言。",
                                         tags, 1);
    assert_true(fixture_holds(art, "林园", "董事长"));
    assert_null(fixture_find(art, "林园", GX_ENT_LOCATION));
    gx_article_free(art);
}

/* 李卫伟、曾开天持有: the list's last name of three characters before a word that follows names; 汤某二人
 * (two characters) is not read so. */
static void test_listed_before_verb(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"李卫伟", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("上市公司购买李卫伟、曾开天持有的游戏公司60%股权。", tags, 1);
    assert_non_null(fixture_person(art, "曾开天"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"王胜川", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("经查，江西省余干县人王胜川、汤某二人于2007年4月间流窜至福州。", tags2, 1);
    assert_null(fixture_person(art, "汤某"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_office),
        cmocka_unit_test(test_not_country),
        cmocka_unit_test(test_titled_person_keeps_type),
        cmocka_unit_test(test_listed_before_verb),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
