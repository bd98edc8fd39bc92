/* test_comp43.c — unlisted businesses shown by what only a business has (twenty-second session,
 * helper "comp43"): a name before its chair, founder or founding (cues.tsv business_fact,
 * gx_entity_rules_described.c), a list's item number glued after a name (gx_cand_markup.c), a size
 * written in numerals (gx_cand_shape.c), a name in a web form's field (平台名称:X平台链接:). Texts written for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_cand_shape.h"
#include "gx_entities.h"

/* a name written twice, once at a clear edge, before 董事长 or 自成立 is a company */
static void test_business_fact(void **state)
{
    (void)state;
    gx_article *art = fixture_run("快融通：合规是网贷之本\n拥有老资历平台的快融通积极调整业务，快融通董事长表示将坚持合规。", NULL, NULL);
    assert_non_null(fixture_find(art, "快融通", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("，金牛宝冲刺备案。业内人士认为，金牛宝自成立以来坚持合规运营。", NULL, NULL);
    assert_non_null(fixture_find(art, "金牛宝", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* written once, after a title's modifier (副董事长), or a publication (年鉴) is no company */
static void test_not_business_fact(void **state)
{
    (void)state;
    gx_article *art = fixture_run("业内人士认为，快融通董事长表示将坚持合规。", NULL, NULL);
    assert_null(fixture_find(art, "快融通", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("据交易者年鉴统计，一月上涨。这个概念是由交易者年鉴创始人提出的。", NULL, NULL);
    assert_null(fixture_find(art, "交易者年鉴", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the list's item number after a name is cut (熠美投资1、 -> 熠美投资); a dotted amount is kept whole */
static void test_list_number(void **state)
{
    (void)state;
    const char *text = "投资方为寒武创投和熠美投资1、智慧喵获融资";
    gx_article *art = fixture_run(text, NULL, NULL);
    gx_candidate c = {.type = GX_ENT_COMPANY};
    /* 熠美投资1 spans code points 9..14 */
    c.span = (gx_span){9, 14};
    assert_true(gx_shape_trim_list_number(art, &c));
    assert_int_equal(c.span.end, 13);
    c.span = (gx_span){9, 13};
    assert_false(gx_shape_trim_list_number(art, &c));
    gx_article_free(art);
    art = fixture_run("某公司2.5亿元", NULL, NULL);
    c.span = (gx_span){0, 4};
    assert_false(gx_shape_trim_list_number(art, &c));
    gx_article_free(art);
}

/* a size in numerals (千万级, 百亿元) is no firm; 三一 is not a size */
static void test_numeral_size(void **state)
{
    (void)state;
    gx_article *art = fixture_run("智慧喵获千万级融资，三一重工", NULL, NULL);
    assert_true(gx_shape_numeral_size(art, (gx_span){4, 7}));
    assert_false(gx_shape_numeral_size(art, (gx_span){10, 12}));
    gx_article_free(art);
}

/* a name in a form's field, between the label's colon and the next field's label
 * (gx_entity_rules_described.c labelled_name_rule); a stop word may stand inside it (国际) */
static void test_labelled_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("曝光平台：恒立国际带单老师：某某；", NULL, NULL);
    assert_non_null(fixture_find(art, "恒立国际", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("平台名称:沃达贷平台链接:无", NULL, NULL);
    assert_non_null(fixture_find(art, "沃达贷", GX_ENT_COMPANY));
    gx_article_free(art);
    /* no colon after the label: no field */
    art = fixture_run("曝光平台恒立国际带单老师", NULL, NULL);
    assert_null(fixture_find(art, "恒立国际", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_business_fact),
        cmocka_unit_test(test_not_business_fact),
        cmocka_unit_test(test_list_number),
        cmocka_unit_test(test_numeral_size),
        cmocka_unit_test(test_labelled_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
