/* test_comp54.c — companies whose name's shape says company (twenty-fourth session, helper "comp54"):
 * a Chinese city's or county's bank glued to the words around it (gx_shape_place_bank, read by the
 * suffix rule and resolution), and the firm named in a consumer complaint site's form (cues.tsv
 * name_label 投诉对象, field_label 涉诉金额/投诉问题/投诉要求). Texts written for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* a city and 银行 glued to a verb before it and to a noun after it */
static void test_city_bank_glued(void **state)
{
    (void)state;
    gx_article *art = fixture_run("某平台今日正式上线乐山银行资金存管系统，投资人资金更安全。", NULL, NULL);
    assert_non_null(fixture_find(art, "乐山银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a city's rural bank: the name starts at the city, not at the verb before it */
static void test_city_rural_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台宣布接入宜宾农商银行资金存管。", NULL, NULL);
    assert_non_null(fixture_find(art, "宜宾农商银行", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "接入宜宾农商银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a county's rural bank: the tagger's lexicon holds 安吉县 (and 安吉 only as a person), which
 * gx_shape_tagger_city reads as a county (comp56's one test for both city readers) */
static void test_county_rural_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台宣布接入安吉农商银行资金存管。", NULL, NULL);
    assert_non_null(fixture_find(art, "安吉农商银行", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "接入安吉农商银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a place that is no Chinese city (香港) before 银行 is the banks there, not one bank */
static void test_region_banks(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他把钱存在香港银行资金账户里。", NULL, NULL);
    assert_null(fixture_find(art, "香港银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the complained-of firm in a complaint form's fields, where the tagger ran and did not read it */
static void test_complaint_form(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"张立新", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("张立新发布于投诉平台。变相欺骗扣款投诉对象：锐思科技涉诉金额：299元投诉问题：变相欺骗消费投诉要求：退款",
                                         tags, 1);
    assert_non_null(fixture_find(art, "锐思科技", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a city's bank the tagger did not read, glued on both sides */
static void test_city_bank_tagged(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"张立新", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("张立新介绍，平台正式上线攀枝花银行资金存管系统。", tags, 1);
    assert_non_null(fixture_find(art, "攀枝花银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_bank_glued),
        cmocka_unit_test(test_city_rural_bank),
        cmocka_unit_test(test_county_rural_bank),
        cmocka_unit_test(test_region_banks),
        cmocka_unit_test(test_complaint_form),
        cmocka_unit_test(test_city_bank_tagged),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
