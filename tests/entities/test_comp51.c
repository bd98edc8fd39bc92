/* test_comp51.c — companies, twenty-third session (helper "comp51"): a firm's name, a page heading
 * and the name again read whole by the tagger (鼎盛集团|简介|鼎盛集团: gx_cand_shape.c
 * gx_shape_trim_left), a branch under two characters of its own (华阳分公司经理: gx_resolve_shape.c
 * branch_of_a_place), users before a company word (用户投资: cues.tsv generic_body 用户) and the word
 * App (not_entity). Texts written for the test; the tagger's spans given by hand. */
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

/* the name is the one written after the heading */
static void test_name_heading_name(void **state)
{
    (void)state;
    static const fixture_tag twice[] = {{"鼎盛集团简介鼎盛集团", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("关于鼎盛集团简介鼎盛集团成立于2010年，总部在杭州。", twice, 1);
    assert_null(fixture_company(art, "鼎盛集团简介鼎盛集团"));
    assert_non_null(fixture_company(art, "鼎盛集团"));
    gx_article_free(art);
}

/* a branch named by two characters alone is a unit of a firm named elsewhere */
static void test_branch_by_two_characters(void **state)
{
    (void)state;
    static const fixture_tag branch[] = {{"华阳分公司", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("董事长助理李强，华阳分公司经理林涛等人陪同调研。", branch, 1);
    assert_null(fixture_company(art, "华阳分公司"));
    gx_article_free(art);
}

/* users' investment and the word App are no firms */
static void test_users_and_app(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台确保了用户投资的安全性。", NULL, NULL);
    assert_null(fixture_company(art, "用户投资"));
    gx_article_free(art);
    static const fixture_tag app[] = {{"App", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("目前平台App已经打不开了。", app, 1);
    assert_null(fixture_company(art, "App"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_heading_name),
        cmocka_unit_test(test_branch_by_two_characters),
        cmocka_unit_test(test_users_and_app),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
