/* test_people36.c — people in web finance text (twenty-fifth session, helper "people36"): a name masked whole
 * (杜某, 张某某) is no person (gx_resolve_masked.c); a copula's subject holds a title after 原 and its owner when the
 * run-on text opens the next clause with a time word and no comma (gx_people_predicates.c); a writer field's run
 * of two names written without a separator is parted where a surname opens each (gx_byline_authors.c). Texts
 * written for the test. */
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
#include "gx_lexicon.h"

/* 负责人杜某，… : the mask hides the person; a name with a given name stays */
static void test_masked_whole(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该银行负责人杜某，明知故犯，涉嫌违规。", NULL, NULL);
    assert_null(fixture_person(art, "杜某"));
    gx_article_free(art);
    art = fixture_run("被告人张某某，男，四十岁。", NULL, NULL);
    assert_null(fixture_person(art, "张某某"));
    gx_article_free(art);
    art = fixture_run("该银行负责人杜明，明知故犯，涉嫌违规。", NULL, NULL);
    assert_non_null(fixture_person(art, "杜明"));
    gx_article_free(art);
}

/* 此人王建，是原某公司法人现为…: the title closes its clause before 现为; 原 before the owner */
static void test_copula_former_owner(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王建国", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("此人王建国，是原万科企业股份有限公司董事长现为逃跑的老赖。", tags, 1);
    assert_true(fixture_holds(art, "王建国", "董事长"));
    gx_article_free(art);
    /* (a title glued to another word still closes nothing: 董事长|助理) */
    art = fixture_run_tagged("此人王建国，是万科企业股份有限公司董事长助理。", tags, 1);
    assert_false(fixture_holds(art, "王建国", "董事长"));
    gx_article_free(art);
}

static gx_article *run_joined(const char *text, const char *run)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_author *a = GX_VEC_PUSH(art->arena, art->authors);
    a->name = run;
    a->role = "作者";
    a->bare = true;
    a->joined = true;
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    return art;
}

/* 作者:刘晨刘有志来源:… two writers; 欧阳晓明 one (a two-character surname); no cut, the run stays */
static void test_joined_writers(void **state)
{
    (void)state;
    gx_article *art = run_joined("南山警方已立案调查。", "刘晨刘有志");
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[0].name, "刘晨");
    assert_string_equal(art->authors.v[1].name, "刘有志");
    gx_article_free(art);
    art = run_joined("南山警方已立案调查。", "欧阳晓明");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "欧阳晓明");
    gx_article_free(art);
    art = run_joined("南山警方已立案调查。", "王小丽华");
    assert_int_equal(art->authors.n, 1);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_masked_whole),
        cmocka_unit_test(test_copula_former_owner),
        cmocka_unit_test(test_joined_writers),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
