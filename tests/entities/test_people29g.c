/* test_people29g.c — government, twenty-ninth session (helper "people29"): central-bank bills
 * (央行票据), an instrument named after its issuer, are no mention of the central bank; the bank
 * named on its own still is. */
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

static void test_central_bank_bills(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该理财产品的投资方向为国债、央行票据和同业存款,风险等级为二级。", NULL, NULL);
    assert_null(fixture_find(art, "中国人民银行", -1));
    assert_null(fixture_find(art, "央行", -1));
    gx_article_free(art);
    art = fixture_run("央行今日开展逆回购操作,并发行央行票据五十亿元。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国人民银行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_central_bank_bills),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
