/* test_sweep16.c — precision sweep of people and bodies over unseen internet-finance texts,
 * sixteenth session (helper "sweep16", issue 3): a reading followed by 币/链 is a coin or a chain
 * (蒂克币, 贝尔链), no person; 带单/喊单 end a name (陈启带单); common words that jieba's dictionary
 * tags as names (温馨, 安静, 顾名思义) are no entity; a body that is a verb's object (釜山办|公,
 * 山东上大学) is none; request verbs (恳请, 建议, 参加) end a body's look-back; a platform or coin
 * in one Latin token (AirBitClub, SumToken) is no person. */
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

/* 蒂克币骗钱, 贝尔链在造谣: the coin's or chain's word is no person, whoever read it. */
static void test_coin_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"蒂克", GX_ENT_PERSON, 0.9f}, {"贝尔", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("蒂克币骗钱的步骤分三步。贝尔链在造谣和诋毁中上线。", tags, 2);
    assert_null(fixture_person(art, "蒂克"));
    assert_null(fixture_person(art, "贝尔"));
    gx_article_free(art);
}

/* 融通宝老师陈启带单亏损: 带单 (leading clients' trades) follows the name. */
static void test_trade_leader_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"陈启带", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("融通宝平台老师陈启带单亏损严重，陈启带单为何一直亏。", tags, 1);
    assert_null(fixture_person(art, "陈启带"));
    gx_article_free(art);
}

/* AirBitClub(空中比特币俱乐部), SumToken钱包: a platform or a coin in one Latin token is no person;
 * a name written without its space (StevenYee) stays one. */
static void test_camel_product(void **state)
{
    (void)state;
    assert_true(fixture_english_on()); /* (the fixture loads no English word lists by default) */
    const fixture_tag tags[] = {{"AirBitClub", GX_ENT_PERSON, 0.9f}, {"SumToken", GX_ENT_PERSON, 0.9f},
                                {"StevenYee", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("AirBitClub(空中比特币俱乐部)项目分析。SumToken钱包上线。创始人StevenYee表示。", tags, 3);
    assert_null(fixture_person(art, "AirBitClub"));
    assert_null(fixture_person(art, "SumToken"));
    assert_non_null(fixture_person(art, "StevenYee"));
    gx_article_free(art);
    fixture_english_off();
}

/* 王大力链接: 链接 (a link) after a name is no chain. */
static void test_link_after_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王大力", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("董事长王大力链接了两家公司的资源。", tags, 1);
    assert_non_null(fixture_person(art, "王大力"));
    gx_article_free(art);
}

/* 温馨提示, 近日，安静一段时间: a word jieba's dictionary calls a name is no person. */
static void test_common_word_names(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"温馨", GX_ENT_PERSON, 0.9f}, {"安静", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("温馨提示：请注意风险。近日，安静一段时间的网贷平台又重新活跃。", tags, 2);
    assert_null(fixture_person(art, "温馨"));
    assert_null(fixture_person(art, "安静"));
    gx_article_free(art);
}

/* 在韩国釜山办公, 在山东上大学: 办公 and 上大学 are verbs with their objects, no body. */
static void test_verb_object_body(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"韩国釜山办", GX_ENT_GOVERNMENT, 0.9f}, {"山东上大学", GX_ENT_ORGANIZATION, 0.9f}};
    gx_article *art = fixture_run_tagged("该公司在韩国釜山办公，主要经营机器人。她在山东上大学的美术系读书。", tags, 2);
    assert_null(fixture_find(art, "韩国釜山办", -1));
    assert_null(fixture_find(art, "山东上大学", -1));
    gx_article_free(art);
}

/* 恳请中央全面依法治国委员会: the request verb is no part of the body's name. */
static void test_request_verb_left(void **state)
{
    (void)state;
    gx_article *art = fixture_run("我们恳请中央全面依法治国委员会和中央全面深化改革委员会联合论证。", NULL, NULL);
    assert_null(fixture_find(art, "恳请中央全面依法治国委员会", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_camel_product),
        cmocka_unit_test(test_coin_name),
        cmocka_unit_test(test_common_word_names),
        cmocka_unit_test(test_link_after_name),
        cmocka_unit_test(test_request_verb_left),
        cmocka_unit_test(test_trade_leader_name),
        cmocka_unit_test(test_verb_object_body),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
