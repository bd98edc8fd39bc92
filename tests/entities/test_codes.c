/* test_codes.c — names before explicit codes and quotes of listed companies (tenth session,
 * helper "codes10"): every code (卓朗科技(600225), (00700.HK), (02357-HK), (XRF.US)) finds its
 * name with one left-edge reader, gx_company_name_left (gx_entity_util.c). The tagger is left out
 * (fixture_run: lexicon + rules + resolution only). */
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

static const gx_entity *company(gx_article *art, const char *name)
{
    return fixture_find(art, name, GX_ENT_COMPANY);
}

/* A short name whose characters are also stop words (和, 都, 及) right before a code: the code
 * makes the context sure, so the name reaches back to the punctuation before it (,信和|(00083),
 * ,万都|云雅(836118)), not to the last stop word or nowhere. */
static void test_short_names_with_stop_characters(void **state)
{
    (void)state;
    gx_article *art = fixture_run("分析师认为，信和(00083)今年纯利增长。", NULL, NULL);
    const gx_entity *e = company(art, "信和");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "0083");
    gx_article_free(art);
    art = fixture_run("据报道，天都云谷(835555)日前发布年度报告。", NULL, NULL);
    assert_non_null(company(art, "天都云谷"));
    assert_null(company(art, "云谷"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_names_with_stop_characters),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
