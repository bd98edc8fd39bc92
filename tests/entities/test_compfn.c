/* test_compfn.c — company names the engine missed in the eleventh session (helper "compfn"):
 * the firm before a fund manager and the product he runs (X基金Y管理的“…”:
 * gx_entity_rules_firms.c), a Latin name of several words before 集团 that the tagger cut to its
 * last word (gx_entity_rules_latin.c, gx_resolve.c), a known company's 投资管理 arm before a desk
 * and its title (gx_entity_rules_suffix.c), and an acquired name of a firm's shape ending at a
 * headline's space (gx_entity_rules_frames.c). The tagger's proposals are given by hand where a
 * rule needs them (fixture_run_tagged), so the tests pin the rules, not the model. */
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

/* a firm, its manager, 管理的 and a quoted product: the firm is a company, the manager no part
 * of its name, even where the tagger read the two as one company */
static void test_fund_manager_frame(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"青溪基金王勇", GX_ENT_COMPANY, 0.4f}};
    gx_article *art = fixture_run_tagged(
        "收益翻番的还有青溪基金王勇管理的“山海1号”（117.07%）、博远盛泰李宝珍管理的“否极泰来”。", tags, 1);
    assert_non_null(fixture_find(art, "青溪基金", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "博远盛泰", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "青溪基金王勇", -1));
    assert_non_null(fixture_find(art, "王勇", GX_ENT_PERSON));
    gx_article_free(art);
    /* no product in quotes: nothing is said of the words before the person */
    art = fixture_run("还有博远盛泰李宝珍管理的资金在增长。", NULL, NULL);
    assert_null(fixture_find(art, "博远盛泰", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* Harwell Stonebridge集团: the tagger's Stonebridge集团 cuts the name the Latin rule read whole */
static void test_latin_words_before_group(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Stonebridge集团", GX_ENT_COMPANY, 0.92f}};
    gx_article *art = fixture_run_tagged("前景并不明朗。Harwell Stonebridge集团董事表示不会退出。", tags, 1);
    assert_non_null(fixture_find(art, "Harwell Stonebridge集团", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "Stonebridge集团", -1));
    gx_article_free(art);
}

/* a known company's investment-management arm, ended by a desk and its title */
static void test_investment_management_arm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("摩根士丹利投资管理策略主管张立明称，美元走弱。", NULL, NULL);
    assert_non_null(fixture_find(art, "摩根士丹利投资管理", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "摩根士丹利投资", -1));
    gx_article_free(art);
}

/* an acquired name of a firm's shape (two characters and an industry) ending at a headline's
 * space; the same words running on into the sentence are no name */
static void test_acquired_name_in_headline(void **state)
{
    (void)state;
    gx_article *art = fixture_run("乐高48亿英镑收购星耀娱乐 主题公园或将落户房山", NULL, NULL);
    assert_non_null(fixture_find(art, "星耀娱乐", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司拟收购星耀娱乐资产包。", NULL, NULL);
    assert_null(fixture_find(art, "星耀娱乐", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fund_manager_frame),
        cmocka_unit_test(test_latin_words_before_group),
        cmocka_unit_test(test_investment_management_arm),
        cmocka_unit_test(test_acquired_name_in_headline),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
