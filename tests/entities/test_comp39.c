/* test_comp39.c — web finance brands that got no candidate (twenty-first session, helper
 * "comp39"): X财富 written twice, once after punctuation (gx_entity_rules_brand.c, cues.tsv
 * brand_head); a Latin name glued to a generic finance word before a company suffix, written twice
 * (gx_entity_rules_suffix.c); a platform the text asks about (安全吗, 是骗局: cues.tsv
 * platform_question, gx_entity_rules_described.c). Texts written for the test. */
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
#include "gx_tagger.h"

/* a brand written twice, once after punctuation, is a company */
static void test_brand_twice(void **state)
{
    (void)state;
    gx_article *art = fixture_run("蓝岚财富怎么样？\n很多人问起理财，蓝岚财富认为大致有三方面原因。", NULL, NULL);
    assert_non_null(fixture_find(art, "蓝岚财富", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("绿方优选勇闯微分销\n今天讲一讲绿方优选，绿方优选代理模式。", NULL, NULL);
    assert_non_null(fixture_find(art, "绿方优选", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* written once it is a slogan; an amount, a verb glued before it or a longer word is no brand */
static void test_not_brand(void **state)
{
    (void)state;
    gx_article *art = fixture_run("蓝岚财富怎么样？很多人问起理财的原因。", NULL, NULL);
    assert_null(fixture_find(art, "蓝岚财富", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("，千亿财富在这里，千亿财富在那里。，家庭财富管理很重要，家庭财富管理要趁早。", NULL, NULL);
    assert_null(fixture_find(art, "千亿财富", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "家庭财富", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a common word before the head (身家, 长征) makes a brand only when the article also writes it
 * before something only firms have (长征财富官网) */
static void test_common_word_stem(void **state)
{
    (void)state;
    assert_true(gx_tagger_common_word(fixture_engine()->tagger, (const uint32_t[]){0x8EAB, 0x5BB6}, 2)); /* 身家 */
    gx_article *art = fixture_run("中产人士，身家财富趋于缩水。如今，身家财富与日常收入没有明显增加。", NULL, NULL);
    assert_null(fixture_find(art, "身家财富", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("长征财富平台助你实现财富增值。\n图片来源：长征财富官网。", NULL, NULL);
    assert_non_null(fixture_find(art, "长征财富", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin name glued to a generic finance word before a company suffix, written twice
 * (gx_entity_rules_suffix.c); written once it stays out (REN ZHAO操纵证券 is no firm) */
static void test_latin_brand(void **state)
{
    (void)state;
    gx_article *art = fixture_run("BROOKFIELD金融集团骗局揭秘。BROOKFIELD金融集团是黑平台吗？", NULL, NULL);
    assert_non_null(fixture_find(art, "BROOKFIELD金融集团", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("BROOKFIELD金融集团是黑平台吗？", NULL, NULL);
    assert_null(fixture_find(art, "BROOKFIELD金融集团", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a platform the text asks about, named twice, once at a clear edge (gx_entity_rules_described.c);
 * not a kind of business (这个平台安全吗) nor a name written once */
static void test_asked_platform(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【冰雪互助】冰雪互助安全吗？很多人加入冰雪互助是骗局吗？", NULL, NULL);
    assert_non_null(fixture_find(art, "冰雪互助", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("这个平台安全吗？很多人问这个平台安全吗。冰雪互助是骗局吗？", NULL, NULL);
    assert_null(fixture_find(art, "这个平台", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "冰雪互助", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a sector (券商股暴雷), a sentence a page repeats whole */
    art = fixture_run("消息，券商股暴雷，两只黑天鹅来袭，券商股昨日遭遇集体杀跌。", NULL, NULL);
    assert_null(fixture_find(art, "券商股", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("网友:冰雪互助跑路了因为规定。网友:冰雪互助跑路了因为规定。", NULL, NULL);
    assert_null(fixture_find(art, "冰雪互助", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_brand_twice),
        cmocka_unit_test(test_not_brand),
        cmocka_unit_test(test_common_word_stem),
        cmocka_unit_test(test_latin_brand),
        cmocka_unit_test(test_asked_platform),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
