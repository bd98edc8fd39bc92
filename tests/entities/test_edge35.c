/* test_edge35.c — company name edges (twentieth session, helper "edge35"): a mainland region that
 * opens the trade name inside a legal name is its start when three or more characters of a phrase
 * precede it (gx_entity_rules_suffix.c region_opens_legal_name); a parent before the region (a known
 * company, a company or business word) stays part of it. The sides of a lending platform's deals
 * (资产方, 资金方) stop a name's look-back (cues.tsv left_stop). */
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

/* a phrase before the region is no part of the legal name */
static void test_phrase_before_region(void **state)
{
    (void)state;
    static const struct {
        const char *text, *name, *wrong;
    } cases[] = {
        {"传播正能量曝光中国另类大骗局北京鸿开普贸易责任有限公司，以招工为名。", "北京鸿开普贸易责任有限公司",
         "中国另类大骗局北京鸿开普贸易责任有限公司"},
        {"据开发商四川浩元恒达实业集团有限公司介绍，项目已开工。", "四川浩元恒达实业集团有限公司",
         "开发商四川浩元恒达实业集团有限公司"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        gx_article *art = fixture_run(cases[i].text, NULL, NULL);
        assert_non_null(fixture_find(art, cases[i].name, GX_ENT_COMPANY));
        assert_null(fixture_find(art, cases[i].wrong, GX_ENT_COMPANY));
        gx_article_free(art);
    }
}

/* a parent before the region is part of it */
static void test_name_parts_before_region(void **state)
{
    (void)state;
    static const char *const names[][2] = {
        {"由中国能源建设集团山西电力建设有限公司承建。", "中国能源建设集团山西电力建设有限公司"},
        {"昨日，中石化宁波镇海炼化有限公司发布公告。", "中石化宁波镇海炼化有限公司"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        gx_article *art = fixture_run(names[i][0], NULL, NULL);
        assert_non_null(fixture_find(art, names[i][1], GX_ENT_COMPANY));
        gx_article_free(art);
    }
}

/* the sides of a lending platform's deals stop a name's look-back (cues.tsv left_stop): 资产方|吉运集团 */
static void test_party_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台被合作资产方吉运集团有限公司坑了8亿元。", NULL, NULL);
    assert_non_null(fixture_find(art, "吉运集团有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "方吉运集团有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phrase_before_region),
        cmocka_unit_test(test_name_parts_before_region),
        cmocka_unit_test(test_party_words),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
