/* test_people24.c — people and their titles, eighteenth session (helper "people24", issue 3):
 * honorifics between a title and its holder (副主席丹斯里拿督董清世: cues.tsv honorific), Sir and Lord
 * after a name (李国宝爵士), finance words opening with a surname character after a holder word
 * (股东应占综合利润, 股东应付股利), the count of a holder's trades after the name (五度增持) and 之一的
 * before a holder. */
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

/* 副主席丹斯里拿督董清世增持: the holder after the honorifics takes the title; 主席敦促 is no 敦 Tun */
static void test_honorific_after_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司获得副主席丹斯里拿督董清世增持，董事拿督斯里张三丰表示支持。", NULL, NULL);
    assert_true(fixture_holds(art, "董清世", "副主席"));
    assert_true(fixture_holds(art, "张三丰", "董事"));
    assert_null(fixture_person(art, "丹斯里"));
    assert_null(fixture_person(art, "拿督斯里张三丰"));
    gx_article_free(art);
    art = fixture_run("联合国秘书长敦促各方保持克制。", NULL, NULL);
    assert_null(fixture_person(art, "促各方"));
    gx_article_free(art);
}

/* 丹斯里林梧桐表示 (no title), the tagger's 丹斯里林梧桐 and 李国宝爵士: the name without the honorific */
static void test_honorific_without_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("丹斯里林梧桐表示，集团将继续投资。", NULL, NULL);
    assert_non_null(fixture_person(art, "林梧桐"));
    assert_null(fixture_person(art, "丹斯里林"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"丹斯里郭鹤年", GX_ENT_PERSON, 0.9f}, {"李国宝爵士", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("丹斯里郭鹤年昨日出席，东亚银行李国宝爵士致辞。", tags, 2);
    assert_non_null(fixture_person(art, "郭鹤年"));
    assert_non_null(fixture_person(art, "李国宝"));
    assert_null(fixture_person(art, "丹斯里郭鹤年"));
    assert_null(fixture_person(art, "李国宝爵士"));
    gx_article_free(art);
}

/* 股东应占综合利润, 股东应付股利: attributable to, payable, no holder's name */
static void test_finance_word_after_holder(void **state)
{
    (void)state;
    gx_article *art = fixture_run("期内会录得股东应占综合利润，公司股东应付股利增加。", NULL, NULL);
    assert_null(fixture_person(art, "应占综"));
    assert_null(fixture_person(art, "应付"));
    gx_article_free(art);
}

/* 副主席董清世五度增持, 创始股东之一的董清波亦于期间七度增持: the name ends before the count */
static void test_trade_count_after_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("信义能源公布，副主席董清世五度增持。此外，公司创始股东之一的董清波亦于期间七度增持。", NULL, NULL);
    assert_true(fixture_holds(art, "董清世", "副主席"));
    assert_true(fixture_holds(art, "董清波", "创始股东"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finance_word_after_holder),
        cmocka_unit_test(test_honorific_after_title),
        cmocka_unit_test(test_honorific_without_title),
        cmocka_unit_test(test_trade_count_after_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
