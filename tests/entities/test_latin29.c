/* test_latin29.c — web finance firms written in Latin letters glued to Chinese words (twenty-ninth
 * session, latin29; gx_entity_rules_latin_han.c): a Latin word joined to the Chinese company after
 * it, to a stem and a company or trade word, to a name before 平台 written twice, or to a scheme's
 * kind (cues.tsv latin_firm_after, the plain lines); a Latin name after a coin's exchange or a
 * broker (list_noun); the joined name's aliases; what stays out. Texts written for the test. */
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

/* a Latin brand glued to a stem and a trade or company word: one name */
static void test_joined_business_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "推荐开户平台：KORV岚泽国际，受英国监管。网友称QELA澜沙外汇跑路了。", NULL, NULL);
    assert_non_null(fixture_find(art, "KORV岚泽国际", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "QELA澜沙外汇", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin brand glued before a company another rule reads: the two are one name */
static void test_joined_company(void **state)
{
    (void)state;
    gx_article *art = fixture_run("经KLOVAmoney沐岚集团董事会审议决定，增资至5亿元。", NULL, NULL);
    assert_non_null(fixture_find(art, "KLOVAmoney沐岚集团", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin name, an acronym too, before a scheme's kind or 平台 and a question */
static void test_scheme_word(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("2019QWZ拆分盘即将内排，名额有限。TRV平台是正规的吗？", NULL, NULL);
    assert_non_null(fixture_find(art, "QWZ", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "TRV", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no name: a kind with digits, a term of the lexicon, a stem that is an ordinary word, a stock
 * marker */
static void test_guards(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "P2P理财平台纷纷暴雷，APP商城也受影响。这家AI智能科技公司和ST岚泽集团都亏损了。", NULL,
        NULL);
    assert_null(fixture_find(art, "P2P", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "APP商城", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "AI智能科技", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "ST岚泽集团", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the joined name's parts are its aliases: the Latin word (without the digits glued before it) and
 * the Chinese name; not a lone company word (KLOVA|商城) */
static void test_bilingual_aliases(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("8QELA澜沙外汇平台在国内正规吗？另有KLOVA商城跑路了。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "QELA", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "澜沙外汇", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "KLOVA", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "商城", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* no name either: a coin counted, a rating, a cry written again and again; two letters glued after
 * Chinese text, a coin before 币 */
static void test_guards_more(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "二星：500个AE三星：2000个AE。广州AAA融创担保项目。DUANGDUANG融歌金服召唤毛爷爷。", NULL,
        NULL);
    assert_null(fixture_find(art, "AE三星", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "AAA融创", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "DUANGDUANG融歌金服", GX_ENT_COMPANY));
    gx_article_free(art);
    /* two letters glued after Chinese text, a coin before 币 */
    art = fixture_run("岚鑫HT平台正规吗？可提HKC币到钱包。", NULL, NULL);
    assert_null(fixture_find(art, "HT", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "HKC币到", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin name after a coin's exchange or a broker (cues.tsv list_noun), and a Latin-led name
 * before 平台 written twice */
static void test_after_kind_and_platform(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("据报道，比特币交易所Vextrade涉嫌诈骗。去年收购毛里求斯外汇经纪商KORVEST。"
                    "今天测评Zorafx岚汇平台。小编要探讨的平台是Zorafx岚汇。",
                    NULL, NULL);
    assert_non_null(fixture_find(art, "Vextrade", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "KORVEST", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Zorafx岚汇", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joined_business_word),
        cmocka_unit_test(test_joined_company),
        cmocka_unit_test(test_scheme_word),
        cmocka_unit_test(test_guards),
        cmocka_unit_test(test_bilingual_aliases),
        cmocka_unit_test(test_guards_more),
        cmocka_unit_test(test_after_kind_and_platform),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
