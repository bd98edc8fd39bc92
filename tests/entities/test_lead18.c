/* test_lead18.c — the eighteenth session's lead fixes: a Latin firm word written Plc or PLC ends a
 * company's name in Chinese text as plc does (gx_entity_util.c, gx_latin_firm_word); a bureau's
 * name stops before an officer's title that follows it (公安局|原副局长, gx_er_division_rule). */
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

/* Schroders Plc / Schroders PLC: the firm word is part of the name in every spelling */
static void test_plc_spellings(void **state)
{
    (void)state;
    static const char *const names[] = {"Schroders Plc", "Schroders PLC", "Schroders plc"};
    for (int k = 0; k < 3; k++) {
        char text[256];
        snprintf(text, sizeof text, "港交所权益资料显示，华虹半导体获%s于8月12日在场内增持538.9万股。", names[k]);
        gx_article *art = fixture_run(text, NULL, NULL);
        assert_non_null(fixture_company(art, names[k]));
        gx_article_free(art);
    }
}

/* 黄山市公安局原副局长: the body is 黄山市公安局, not 黄山市公安局原副局 */
static void test_bureau_before_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("黄山市公安局原副局长坠亡，已退休一年半。", NULL, NULL);
    assert_non_null(fixture_find(art, "黄山市公安局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "黄山市公安局原副局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("财政部监督评价局局长表示。", NULL, NULL); /* a bureau with its head's title stays */
    assert_non_null(fixture_find(art, "财政部监督评价局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plc_spellings),
        cmocka_unit_test(test_bureau_before_title),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
