/* test_comp48.c — companies, twenty-third session (helper "comp48"): a city of three characters
 * cut after its first by the tagger (攀|枝花市商业银行: gx_cand_shape.c gx_shape_whole_region, the
 * tagger's place lexicon); quantifiers and verbs before a company word are left stops (许多|银行,
 * 广纳|银行, 对接|网联清算有限公司, 共赢|远航集团: data/lexicon/cues.tsv); an adverb glued after a
 * name ends none (宏远保理|正式: bad_ending). Texts written for the test. */
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

/* 攀枝花市 is a city: the bank keeps it whole; 绵阳市 is one too, and nothing is taken before it */
static void test_city_kept_whole(void **state)
{
    (void)state;
    static const fixture_tag pan[] = {{"枝花市商业银行", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("这是一条新路攀枝花市商业银行开业了。", pan, 1);
    assert_non_null(fixture_company(art, "攀枝花市商业银行"));
    assert_null(fixture_company(art, "枝花市商业银行"));
    gx_article_free(art);
    static const fixture_tag mian[] = {{"绵阳市商业银行", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("这是必经之路绵阳市商业银行成立于2000年。", mian, 1);
    assert_non_null(fixture_company(art, "绵阳市商业银行"));
    assert_null(fixture_company(art, "路绵阳市商业银行"));
    gx_article_free(art);
}

/* many banks, recruiting from banks: no bank's name */
static void test_quantifier_and_verb_before_company_word(void **state)
{
    (void)state;
    static const fixture_tag many[] = {{"许多银行", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("偿还能力强，许多银行都竞争这类业务。", many, 1);
    assert_null(fixture_company(art, "许多银行"));
    gx_article_free(art);
    art = fixture_run("公司通过广纳银行、证券等行业的优秀人才。", NULL, NULL);
    assert_null(fixture_company(art, "广纳银行"));
    gx_article_free(art);
}

/* a verb glued before a name is no part of it; an adverb glued after it neither */
static void test_glued_verb_and_adverb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("全面完成系统对接网联清算有限公司已于去年注册。", NULL, NULL);
    assert_non_null(fixture_company(art, "网联清算有限公司"));
    assert_null(fixture_company(art, "接网联清算有限公司"));
    gx_article_free(art);
    static const fixture_tag win[] = {{"赢远航集团", GX_ENT_COMPANY, 0.6f}};
    art = fixture_run_tagged("携手共赢远航集团年会在成都举行。", win, 1);
    assert_null(fixture_company(art, "赢远航集团"));
    gx_article_free(art);
    static const fixture_tag adv[] = {{"宏远保理正式", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("星辰控股与宏远保理正式达成战略合作。", adv, 1);
    assert_null(fixture_company(art, "宏远保理正式"));
    gx_article_free(art);
}

/* a news site glued before the legal name of the notice it reprints; 贵公司 'your company' */
static void test_site_before_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("发布时间：中财网鑫源基金管理有限公司关于调整申购费率的公告。", NULL, NULL);
    assert_non_null(fixture_company(art, "鑫源基金管理有限公司"));
    assert_null(fixture_company(art, "中财网鑫源基金管理有限公司"));
    gx_article_free(art);
    static const fixture_tag site[] = {{"和讯网鑫源基金管理有限公司", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("发布时间：和讯网鑫源基金管理有限公司关于调整申购费率的公告。", site, 1);
    assert_null(fixture_company(art, "和讯网鑫源基金管理有限公司"));
    gx_article_free(art);
    static const fixture_tag your[] = {{"因贵公司", GX_ENT_COMPANY, 0.7f}};
    art = fixture_run_tagged("这是骗子吗？因贵公司旗下的项目优势突出。", your, 1);
    assert_null(fixture_company(art, "因贵公司"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_kept_whole),
        cmocka_unit_test(test_quantifier_and_verb_before_company_word),
        cmocka_unit_test(test_glued_verb_and_adverb),
        cmocka_unit_test(test_site_before_legal_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
