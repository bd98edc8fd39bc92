/* test_gov28p.c — government bodies, twenty-eighth session (helper "people28"): a police's
 * microblog account named 平安 and a place of two characters no list holds (a district, a region's
 * old name:
 * @平安朝阳, @平安南粤) is that place's police when the text writes to another state body's account
 * too; not alone, not a firm's account (@平安普惠). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

static void test_unlisted_police_account(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("还我血汗钱求主持公道@平安北京@平安朝阳@北京电视台 盼早日破案。", NULL, NULL);
    assert_non_null(fixture_find(art, "平安北京", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "平安朝阳", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (the tagger's guess of a company over the account is no firm's name known) */
    static const fixture_tag tags[] = {{"平安南粤", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("本人身份信息被盗用@南昌公安@平安南粤@深圳公安 请求调查。", tags, 1);
    assert_non_null(fixture_find(art, "平安南粤", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (alone: no other body's account) */
    art = fixture_run("还我血汗钱求主持公道@平安朝阳 盼早日破案。", NULL, NULL);
    assert_null(fixture_find(art, "平安朝阳", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unlisted_police_account),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
