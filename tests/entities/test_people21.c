/* test_people21.c — people and their titles, seventeenth session (helper "people21", issue 3):
 * 履新 takes a post, a résumé's subject after a lead-in clause (公开信息显示，X，1977年生), two holders
 * joined by 和 after their forms of address, a quoted owner with its unit before the title, English
 * names in Chinese text (a particle, a title before, a surname written alone; a given name alone
 * joins the full name), finance words that are no names (毛利, 关联). */
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

/* 钱立伟履新某信托有限公司董事长: 履新 is a verb of taking a post */
static void test_takes_post_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据官网消息，原东方银行副行长钱立伟履新华中信托有限公司董事长。", NULL, NULL);
    assert_true(fixture_holds(art, "钱立伟", "董事长"));
    gx_article_free(art);
}

/* 。现任… after a sentence whose subject follows a lead-in clause */
static void test_resume_after_lead_in(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"钱立伟", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("资料显示，钱立伟，1975年生，历任东方银行党委委员等职务。现任华中信托有限公司党委书记、董事长。", tags, 1);
    assert_true(fixture_holds(art, "钱立伟", "董事长"));
    gx_article_free(art);
}

/* 主办人为李勇先生和张昊瑜女士: both hold the title */
static void test_joined_holders(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本次交易的财务顾问主办人为周立新先生和吴晓琳女士，公司对此表示感谢。", NULL, NULL);
    assert_true(fixture_holds(art, "周立新", "财务顾问主办人"));
    assert_true(fixture_holds(art, "吴晓琳", "财务顾问主办人"));
    gx_article_free(art);
}

/* 陈曦，“海清FICC”大资管频道研究员: the quoted owner and its unit before the title */
static void test_quoted_owner_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("本文作者介绍如下。孙嘉文，“晨光宏观”大资管频道研究员。", NULL, NULL);
    assert_true(fixture_holds(art, "孙嘉文", "研究员"));
    gx_article_free(art);
}

/* English names in Chinese text: a particle (Roelant de Waard), a title before, a surname written
 * alone elsewhere; a given name alone joins the one full name it opens */
static void test_latin_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("欧洲业务总经理Pieter van Dijk在声明中作出上述回应。", NULL, NULL);
    assert_non_null(fixture_person(art, "Pieter van Dijk"));
    gx_article_free(art);
    art = fixture_run("该公司任命了接替即将退休的Martin Kowalski，自Kowalski今年休假以来一直空缺。", NULL, NULL);
    assert_non_null(fixture_person(art, "Martin Kowalski"));
    gx_article_free(art);
    const fixture_tag tags[] = {{"Grace", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("市场总监Grace Holloway已获提拔。多年来，Grace在团队中展示出了领导能力。", tags, 1);
    assert_non_null(fixture_person(art, "Grace Holloway"));
    assert_null(fixture_person(art, "Grace"));
    gx_article_free(art);
}

/* 毛利逐年萎缩, 实控人关联企业: finance words, no names */
static void test_finance_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("某公司：代理占9成、毛利逐年萎缩", NULL, NULL);
    assert_null(fixture_person(art, "毛利"));
    gx_article_free(art);
    art = fixture_run("某公司3亿元增持实控人关联企业，上交所问询。", NULL, NULL);
    assert_null(fixture_person(art, "关联"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finance_words),
        cmocka_unit_test(test_joined_holders),
        cmocka_unit_test(test_latin_names),
        cmocka_unit_test(test_quoted_owner_unit),
        cmocka_unit_test(test_resume_after_lead_in),
        cmocka_unit_test(test_takes_post_verb),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
