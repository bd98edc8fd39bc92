/* test_comp50.c — kinds of firm the suffix rule reads and the edges around them (twenty-third
 * session, helper "comp50"): factoring, asset-management and property-insurance firms (cues.tsv
 * company_suffix 保理, 资管, 财险), "international" firms at a sure left edge
 * (company_suffix_edged 国际), verbs before a legal name (left_stop 对接, 提高), an adverb glued
 * after a name (bad_ending 正式), a firm that underwrites (right_ok 承), a firm named once between
 * 上市公司 and 旗下. Texts written for the test. */
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

static void expect_company(const char *text, const char *name)
{
    gx_article *art = fixture_run(text, NULL, NULL);
    assert_non_null(fixture_find(art, name, GX_ENT_COMPANY));
    gx_article_free(art);
}

static void expect_no_company(const char *text, const char *name)
{
    gx_article *art = fixture_run(text, NULL, NULL);
    assert_null(fixture_find(art, name, GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 保理, 资管, 财险 end a firm's name like 资本 or 信托 */
static void test_new_suffixes(void **state)
{
    (void)state;
    expect_company("，星桥保理宣布与多家银行合作。", "星桥保理");
    expect_company("，鼎元资管发行的产品出现逾期。", "鼎元资管");
    expect_company("，长泰财险宣布上调保费。", "长泰财险");
}

/* 影视 and 国际 name a firm only at a sure left edge: not after a verb or a describer */
static void test_edged_suffixes(void **state)
{
    (void)state;
    expect_company("乾泰国际：是时候配置海外资产了。", "乾泰国际");
    expect_no_company("他说推动国际合作很重要。", "推动国际");
    expect_no_company("公司发展影视业务。", "公司发展影视");
}

/* a verb before a legal name is no part of it (系统对接|网联清算有限公司) */
static void test_verb_before_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("各家机构已完成系统对接星联清算有限公司的工作。", NULL, NULL);
    assert_null(fixture_find(art, "接星联清算有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "对接星联清算有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "星联清算有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    expect_no_company("监管提高券商资管的门槛。", "提高券商资管");
}

/* an adverb glued after a name is cut (龙信保理正式达成…) and the name ends before it */
static void test_adverb_after_name(void **state)
{
    (void)state;
    expect_no_company("，星桥保理正式达成合作。", "星桥保理正式");
}

/* a firm named once between 上市公司 and 旗下 (美国上市公司|中网载线|旗下的项目) is a company
 * (gx_entity_rules_context.c attribute rule); a time word there is none */
static void test_listed_owner_once(void **state)
{
    (void)state;
    expect_company("星链头条是美国上市公司华网数联旗下的区块链项目。", "华网数联");
    expect_no_company("某上市公司近期旗下项目较多。", "近期");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_suffixes),
        cmocka_unit_test(test_edged_suffixes),
        cmocka_unit_test(test_verb_before_legal_name),
        cmocka_unit_test(test_adverb_after_name),
        cmocka_unit_test(test_listed_owner_once),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
