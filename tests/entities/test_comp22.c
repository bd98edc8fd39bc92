/* test_comp22.c — company names of the sixteenth session's company round (helper "comp22"):
 * kinds of firm that are no name (融资类信托, a verb glued to a business word: 落实集团公司,
 * 低至银行; a name ending in a kind: 道指期货; gx_resolve_shape.c kind_of_firm), holdings that are
 * no firm (非标债权: not_entity in data/lexicon/cues.tsv), a generic industry before 公司
 * (生物技术公司: generic_body), and the numbered units of the state builders (中国二十二冶,
 * 中铁十六局集团有限公司, 中建八局: gx_entity_rules_numbered.c). */
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

/* 类 or 型 before a business word: a kind of firm */
static void test_kind_before_business_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run("但对于信托，尤其是融资类信托来说，产品走净值化道路。一是投资于非标债权、股权等资产的信托型基金。", NULL, NULL);
    assert_null(fixture_find(art, "融资类信托", -1));
    assert_null(fixture_find(art, "非标债权", -1));
    gx_article_free(art);
}

/* a verb glued to a business word: no name */
static void test_verb_and_business_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run("力争打造标杆项目，为落实集团公司“2035一流战略”作出新的贡献。还款超低息，低至银行6折还款利率。", NULL, NULL);
    assert_null(fixture_find(art, "落实集团公司", -1));
    assert_null(fixture_find(art, "低至银行", -1));
    gx_article_free(art);
}

/* an index's futures, a kind of bank, an industry before 公司 */
static void test_kinds_of_things(void **state)
{
    (void)state;
    gx_article *art = fixture_run("道指期货一度下跌逾250点。向通过并购整合生物技术公司或者引进新药转型。", NULL, NULL);
    assert_null(fixture_find(art, "道指期货", -1));
    assert_null(fixture_find(art, "生物技术公司", -1));
    gx_article_free(art);
}

/* a firm whose kind word is itself a kind of firm stays (华锦资管公司, 君安证券公司) */
static void test_firm_with_kind_word_stays(void **state)
{
    (void)state;
    gx_article *art = fixture_run("宁夏华锦由华锦控股集团全资子公司华锦资管公司100%持有。", NULL, NULL);
    assert_non_null(fixture_find(art, "华锦资管公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the numbered units of the state builders, with the legal form after them */
static void test_numbered_units(void **state)
{
    (void)state;
    gx_article *art = fixture_run("11月2日，中国二十二冶中标山东省泰安市中心医院分院扩建项目。中建八局肖国波出席。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国二十二冶", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "中建八局", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司及下属中铁十六局集团有限公司、中铁十六局集团永兴投资管理（天津）有限公司联合体中标。中国一线城市房价。", NULL, NULL);
    assert_non_null(fixture_find(art, "中铁十六局集团有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "中铁十六局集团", -1));
    assert_null(fixture_find(art, "中国一线", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_firm_with_kind_word_stays),
        cmocka_unit_test(test_kind_before_business_word),
        cmocka_unit_test(test_kinds_of_things),
        cmocka_unit_test(test_numbered_units),
        cmocka_unit_test(test_verb_and_business_word),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
