/* test_gaz13.c — the curated list of well-known companies, second pass of the eleventh session
 * (helper "gaz13"): short forms of A-share companies carry the A-share ticker (海康, 迈瑞, 洋河,
 * 青啤), private fund managers, unlisted brokers and state groups are found without other
 * evidence in the text, a US listing gets its ticker only from its listing day, and a short form
 * that is part of ordinary phrases (上汽 in 坐上汽车) needs supporting context
 * (data/lexicon/global_companies.tsv, common_word_names.tsv). The tagger is left out
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
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_entity_util.h"
#include "gx_lexicon.h"
#include "gx_quantity.h"

/* Short forms of A-share companies carry the code of the A share. */
static void test_a_share_short_forms(void **state)
{
    (void)state;
    gx_article *art = fixture_run("海康营收增长放缓，迈瑞的海外收入表现稳健。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "海康");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "002415");
    e = fixture_company(art, "迈瑞");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "300760");
    gx_article_free(art);
    art = fixture_run("白酒板块走强，洋河、汾酒均上涨，青啤小幅回落。", NULL, NULL);
    e = fixture_company(art, "洋河");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "002304");
    e = fixture_company(art, "青啤");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600600");
    gx_article_free(art);
}

/* Private fund managers, an unlisted broker, a logistics owner and a state group, with no other
 * evidence in the sentence. */
static void test_known_without_evidence(void **state)
{
    (void)state;
    gx_article *art = fixture_run("二季度高毅资产、淡水泉和重阳投资均加仓了该股。", NULL, NULL);
    assert_non_null(fixture_company(art, "高毅资产"));
    assert_non_null(fixture_company(art, "淡水泉"));
    assert_non_null(fixture_company(art, "重阳投资"));
    gx_article_free(art);
    art = fixture_run("普洛斯完成对该物流园的收购，丹东港未能按期兑付债券本息。", NULL, NULL);
    assert_non_null(fixture_company(art, "普洛斯"));
    assert_non_null(fixture_company(art, "丹东港"));
    gx_article_free(art);
    art = fixture_run("民生证券认为，深投控减持后市场情绪有所回暖。", NULL, NULL);
    assert_non_null(fixture_company(art, "民生证券"));
    assert_non_null(fixture_company(art, "深投控"));
    gx_article_free(art);
}

/* A US listing gets its ticker from its listing day on, not before. */
static void test_listing_date(void **state)
{
    (void)state;
    gx_article *art = fixture_run_undated("2019年3月5日，优信公布四季度业绩，亏损扩大。");
    const gx_entity *e = fixture_company(art, "优信");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "UXIN");
    gx_article_free(art);
    art = fixture_run_undated("2017年5月10日，优信宣布完成新一轮融资。");
    e = fixture_company(art, "优信");
    assert_non_null(e);
    assert_true(e->ticker.code == NULL || e->ticker.code[0] == '\0');
    gx_article_free(art);
}

/* A short form found inside ordinary phrases needs supporting context. */
static void test_weak_short_form(void **state)
{
    (void)state;
    gx_article *art = fixture_run("他坐上汽车离开了现场。", NULL, NULL);
    assert_null(fixture_company(art, "上汽"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_share_short_forms),
        cmocka_unit_test(test_known_without_evidence),
        cmocka_unit_test(test_listing_date),
        cmocka_unit_test(test_weak_short_form),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
