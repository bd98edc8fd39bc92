/* test_gov23.c — government bodies, twenty-first session (helper "gov23"): a body written with its
 * own country before an alias (英国FCA) is the gazetteer's body, one entity with its full name; a
 * website named after a body (中国政府网) is no body cut out of it; the Australian regulator ASIC
 * written with its country. */
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

/* 英国FCA and 英国金融行为监管局 are one body; 印度国防部 stays India's own body. */
static void test_own_country(void **state)
{
    (void)state;
    gx_article *art = fixture_run("英国金融行为监管局发布警告。该平台称受英国FCA监管。印度国防部表示。", NULL, NULL);
    const gx_entity *fca = fixture_find(art, "英国金融行为监管局", GX_ENT_GOVERNMENT);
    assert_non_null(fca);
    assert_ptr_equal(fixture_find(art, "英国FCA", GX_ENT_GOVERNMENT), fca);
    const gx_entity *india = fixture_find(art, "印度国防部", GX_ENT_GOVERNMENT);
    assert_non_null(india);
    assert_ptr_not_equal(india, fca);
    gx_article_free(art);
}

/* 澳洲ASIC is the Australian regulator; bare ASIC (a chip) is none. */
static void test_asic(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该券商受英国FCA，澳洲ASIC监管。", NULL, NULL);
    assert_non_null(fixture_find(art, "澳洲ASIC", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("这款ASIC矿机的算力更高。", NULL, NULL);
    assert_null(fixture_find(art, "ASIC", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 中国政府网 is a website: 中国政府 is not cut out of it; 证监会网站 and 政府网络 keep their body. */
static void test_website(void **state)
{
    (void)state;
    gx_article *art = fixture_run("网友@正义网@中国政府网反映情况。", NULL, NULL);
    assert_null(fixture_find(art, "中国政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("据证监会网站消息，证监会将加强监管。", NULL, NULL);
    assert_non_null(fixture_find(art, "证监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("中国政府表示将加强网络安全，中国政府网络安全工作成效显著。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_asic),
        cmocka_unit_test(test_own_country),
        cmocka_unit_test(test_website),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
