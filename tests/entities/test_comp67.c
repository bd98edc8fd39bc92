/* test_comp67.c — precision on CCF web texts (twenty-sixth session, helper "comp67"). Texts written
 * for the test:
 * - a short known name read across two ordinary words (gx_resolve.c straddles_words: 东西|上海 holds
 *   the listed 西上海, 完美|银联 the alias 美银), while the name written at an edge stays;
 * - a news site's account in a run of handles (@新华网@央视新闻@人民网) is the outlet, no company;
 * - a superlative after 旗下 opens no name (旗下最新口子: gx_entity_rules_lists.c NOT_A_NAME);
 * - 来咨询 ends no name (cues.tsv bad_ending);
 * - a country's central bank written X国家银行 is a government body (government.tsv). */
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

static void test_name_across_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("网友说，买了很多东西上海的商场也都有卖。商户都支持完美银联扫码付款。", NULL, NULL);
    assert_null(fixture_find(art, "西上海", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "美银", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("西上海发布公告称，公司拟投资建设新基地。", NULL, NULL);
    assert_non_null(fixture_find(art, "西上海", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_news_site_handle(void **state)
{
    (void)state;
    gx_article *art = fixture_run("平台至今不还钱，求关注@新华社@央视新闻@人民网@杭州检察。", NULL, NULL);
    assert_null(fixture_find(art, "人民网", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_superlative_after_under(void **state)
{
    (void)state;
    gx_article *art = fixture_run("花豹，为众安保险旗下最新口子，最高30万，秒到账。", NULL, NULL);
    assert_null(fixture_find(art, "最新口子", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_come_to_consult(void **state)
{
    (void)state;
    gx_article *art = fixture_run("欢迎广大投资者前来咨询，我们是正规公司。", NULL, NULL);
    assert_null(fixture_find(art, "者前来咨询", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_national_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据报道，越南国家银行行长表示将下调基准利率。", NULL, NULL);
    assert_non_null(fixture_find(art, "越南国家银行", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "越南国家银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_across_words),
        cmocka_unit_test(test_news_site_handle),
        cmocka_unit_test(test_superlative_after_under),
        cmocka_unit_test(test_come_to_consult),
        cmocka_unit_test(test_national_bank),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
