/* test_lead18.c — the eighteenth session's lead fixes: a Latin firm word written Plc or PLC ends a
 * company's name in Chinese text as plc does (gx_entity_util.c, gx_latin_firm_word). */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plc_spellings),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
