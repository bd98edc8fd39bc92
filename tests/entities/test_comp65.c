/* test_comp65.c — a negation glued before a name (twenty-fifth session, helper "comp65"):
 * gx_entity_util.c gx_name_negated: ：非|瑞禾旗下 is no firm 非瑞禾 when the text writes 瑞禾 alone;
 * a name that opens with 非 and is never written without it stays whole. Texts written for the
 * test (the tagger's lexicon decides 非+next character is no word, so the group loads it). */
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

static void test_negation_before_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("声明：非瑞禾旗下产品，请勿轻信。瑞禾回应称，该款产品非瑞禾金融发行。", NULL, NULL);
    assert_null(fixture_find(art, "非瑞禾", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "瑞禾", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_name_opening_with_fei(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公告：非码乐旗下产品全部下架。非码乐回应称，将全额退款。", NULL, NULL);
    assert_non_null(fixture_find(art, "非码乐", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_negation_before_name),
        cmocka_unit_test(test_name_opening_with_fei),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
