/* test_people20.c — people of company filings and English names in Chinese text, sixteenth
 * session (helper "people20", issue 3): a holder's pledge verbs and the copula 系 end a name
 * (控股股东曾胜辉累计质押, 何昀质押的, 股东汪敏系…配偶), 一致行动协议人 is a title, and an English full
 * name whose surname is named alone elsewhere is the person (Craig Johnson是… Johnson指出). */
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

/* 控股股东曾胜辉累计质押: 累计 ends the name (曾 opens no adverb here) */
static void test_pledge_verb_ends_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司控股股东曾胜辉累计质押股数为0，占其所持股份比例为0%。", NULL, NULL);
    assert_true(fixture_holds(art, "曾胜辉", "控股股东"));
    gx_article_free(art);
    art = fixture_run("公司控股股东曾胜强于2020年7月9日再质押540万股。控股股东曾胜强累计质押股数为37540000股。", NULL, NULL);
    assert_non_null(fixture_person(art, "曾胜强"));
    assert_null(fixture_person(art, "曾胜"));
    gx_article_free(art);
}

/* 一致行动协议人何昀 holds the title */
static void test_concert_party_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("截至公告日，控股股东的一致行动协议人何昀持有公司股份约3127.02万股。", NULL, NULL);
    assert_true(fixture_holds(art, "何昀", "一致行动协议人"));
    gx_article_free(art);
    /* (办理, a filing's verb, ends the name too: 何昀办|理了) */
    art = fixture_run("公司接到控股股东的一致行动协议人何昀办理了部分股权质押式回购交易提前购回业务的通知。", NULL, NULL);
    assert_true(fixture_holds(art, "何昀", "一致行动协议人"));
    gx_article_free(art);
}

/* 公司股东汪敏系陈东的配偶: 系, the copula, ends the name */
static void test_copula_ends_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司股东汪敏系陈东的配偶，与陈东系一致行动人。", NULL, NULL);
    assert_true(fixture_holds(art, "汪敏", "股东"));
    gx_article_free(art);
}

/* Craig Johnson是… 上周Johnson在报告中表示: the full name; a pair whose last word is named alone
 * nowhere else is not read this way */
static void test_latin_full_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"Johnson", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("在过去5年，Craig Johnson是美股超级多头之一。上周Johnson在报告中表示股市已经进入了危险区域。", tags, 1);
    assert_non_null(fixture_person(art, "Craig Johnson"));
    gx_article_free(art);
    art = fixture_run("在过去5年，Craig Johnson是美股超级多头之一。", NULL, NULL);
    assert_null(fixture_person(art, "Craig Johnson"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_concert_party_title),
        cmocka_unit_test(test_copula_ends_name),
        cmocka_unit_test(test_latin_full_name),
        cmocka_unit_test(test_pledge_verb_ends_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
