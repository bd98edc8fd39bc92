/* test_tick21.c — tickers, twentieth session (helper "tick21"): a weak name (a listed company's
 * short name that is also an ordinary word, common_word_names.tsv) that the text gives its own code
 * names that company strongly, so its other mentions in the article are the company's too
 * (gx_resolve.c weigh_candidates, the strong things); without a code the word stays a word. The
 * tagger is left out (fixture_run: lexicon + rules + resolution only). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* 向日葵(SZ 300111,收盘价:2.79元) … 向日葵的主营业务为光伏: both are the company's mentions
 * (the fixture does not normalize: the text is written as normalized, ASCII brackets and commas);
 * another alias of the thing is not carried along: TAL inside 好未来(TAL.US) stays no mention
 * (test_compfp2.c). */
static void test_weak_name_with_its_code(void **state)
{
    (void)state;
    gx_article *art = fixture_run("每经AI快讯,向日葵(SZ 300111,收盘价:2.79元)7月24日晚间发布公告称。"
                                  "2019年年报显示,向日葵的主营业务为光伏行业、医药行业。",
                                  NULL, NULL);
    const gx_entity *e = fixture_company(art, "向日葵");
    assert_ticker(e, "300111", "SZSE");
    int n = 0;
    for (int k = 0; k < (int)e->mentions.n; k++)
        n += e->mentions.v[k].span.end - e->mentions.v[k].span.start == 3;
    assert_int_equal(n, 2);
    gx_article_free(art);
    /* no code: the flower */
    art = fixture_run("田里的向日葵的花盘很大。", NULL, NULL);
    assert_null(fixture_find(art, "向日葵", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weak_name_with_its_code),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
