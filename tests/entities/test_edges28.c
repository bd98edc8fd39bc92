/* test_edges28.c — company names with a wrong edge (twenty-eighth session, helper "edges";
 * extract/gx_resolve_edges.c and glued_before_named in gx_resolve.c). Texts written for the test,
 * table-driven: each text names one company whose span must be the expected name, and the wrong
 * reading must be absent. Classes: a sentence's words glued before a place-led legal name the text
 * writes alone elsewhere; a preposition glued before the tail of a company named elsewhere; a firm
 * word heading a longer word (集团|化); a Latin legal form's abbreviation dot; a legal name cut
 * before its legal form (…信托|投资公司). */
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

struct edge_case {
    const char *text;
    const char *name;  /* the company the text names (NULL: only the wrong reading is checked) */
    const char *wrong; /* the reading cut or grown wrongly */
};

static const struct edge_case CASES[] = {
    {"@杭州公安杭州云杉锦程园林有限公司涉嫌盗用本人信息。是杭州云杉锦程园林盗用了身份。", "杭州云杉锦程园林有限公司",
     "杭州公安杭州云杉锦程园林有限公司"},
    {"临川城投公司拖欠工程款。按城投公司要求，业主缴纳了首付。", NULL, "按城投公司"},
    {"后来成立了星辰海集团，星辰海集团实行集团化运作，业务遍及全国。", NULL, "星辰海集团实行集团"},
    {"李先生曾担任南山国际信托投资公司(南山集团的前身)信息中心经理。", "南山国际信托投资公司", "南山国际信托"},
    {"王先生曾任Acme Capital Partners USA,LLC.董事。", "Acme Capital Partners USA,LLC.",
     "Acme Capital Partners USA,LLC"},
};

static void test_edges(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        gx_article *art = fixture_run(CASES[i].text, NULL, NULL);
        if ((CASES[i].name && !fixture_company(art, CASES[i].name)) ||
            fixture_company(art, CASES[i].wrong))
            fail_msg("case %zu: %s", i, CASES[i].text);
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edges),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
