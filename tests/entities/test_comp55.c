/* test_comp55.c — firms only the context shows to be businesses (twenty-fourth session, helper
 * "comp55"): the complained-of firm of a complaint site's template (gx_entity_rules_complaint.c:
 * 投诉X，要求…, on a page that writes 涉诉金额) and of its form (cues.tsv name_label 投诉对象, field_label
 * 涉诉金额 投诉问题 投诉要求); a firm and its former name in brackets (gx_entity_rules_former.c: X（原Y）); a
 * platform's founding told as news (business_fact 成立了).
 * Texts written for the test. */
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

/* the complaint template names the firm once, glued to the user's number before it */
static void test_complaint_template(void **state)
{
    (void)state;
    gx_article *art = fixture_run("消费者用户5512093投诉橙意速贷，要求退还费用，其中涉诉金额600元，目前投诉处理中", NULL, NULL);
    assert_non_null(fixture_find(art, "橙意速贷", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* without the site's field the same words are an ordinary sentence */
static void test_complaint_needs_the_site(void **state)
{
    (void)state;
    gx_article *art = fixture_run("业主们投诉橙柚帮帮，要求尽快整改，此事仍在处理。", NULL, NULL);
    assert_null(fixture_find(art, "橙柚帮帮", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("消费者用户5512093投诉橙柚帮帮，要求退还费用，其中涉诉金额600元", NULL, NULL);
    assert_non_null(fixture_find(art, "橙柚帮帮", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the complaint form: the name between 投诉对象： and the next field */
static void test_complaint_form(void **state)
{
    (void)state;
    gx_article *art = fixture_run("乱扣费投诉对象：橙柚科技涉诉金额：199元投诉问题：乱扣费投诉要求：退款", NULL, NULL);
    assert_non_null(fixture_find(art, "橙柚科技", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a firm and its former name in brackets; the current name written twice, glued on the left */
static void test_former_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台发布公告橙信理财（原柚信理财）近日宣布停业，而橙信理财表示将兑付。", NULL, NULL);
    assert_non_null(fixture_find(art, "柚信理财", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "橙信理财", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a former post or an original shareholder in brackets names no firm */
static void test_former_post(void **state)
{
    (void)state;
    gx_article *art = fixture_run("创始人胡某（原某交易所CMO）表示，招募会员（原始股东）", NULL, NULL);
    assert_null(fixture_find(art, "某交易所CMO", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "始股东", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("产品停留在prototype（原型研发）阶段", NULL, NULL);
    assert_null(fixture_find(art, "型研发", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "pe", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("总司库、库务部(原资金运营部)负责", NULL, NULL);
    assert_null(fixture_find(art, "资金运营部", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a platform's founding told as news (business_fact 成立了), the name written twice at a clear edge */
static void test_founded_as_news(void **state)
{
    (void)state;
    gx_article *art = fixture_run("橙果星球:区块链项目介绍，今天说说橙果星球这个项目~橙果星球成立了几天，交易量爬升。", NULL, NULL);
    assert_non_null(fixture_find(art, "橙果星球", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_complaint_template),
        cmocka_unit_test(test_complaint_needs_the_site),
        cmocka_unit_test(test_complaint_form),
        cmocka_unit_test(test_former_name),
        cmocka_unit_test(test_former_post),
        cmocka_unit_test(test_founded_as_news),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
