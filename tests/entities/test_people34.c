/* test_people34.c — people in web finance text (twenty-fourth session, helper "people34"): the party words,
 * forms of address and verbs of recounting of gx_people_parties.c read from cues.tsv (party_word, address_form,
 * recount_verb), its adverb in 地 of three characters; one name reader after the labels 法人 and 联系人
 * (gx_pp_label_name); a surname and a pinyin given name (gx_cand_shape.c); index short names (德指) no person;
 * a policewoman (女警) as a title. The tagger's readings are given by hand (fixture_run_tagged). Texts
 * written for the test. */
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

/* party words and verbs from cues.tsv: 储户 + 哭诉, 受害人 + a three-character adverb in 地 + 抱怨; not
 * 受害人李女士说 (a form of address); the adverb is three characters, so 村民于菲无奈地 gives 于菲, not 于菲无 */
static void test_party_words_from_lexicon(void **state)
{
    (void)state;
    gx_article *art = fixture_run("银行倒闭后，储户韩冬梅哭诉：钱都没了。", NULL, NULL);
    assert_non_null(fixture_person(art, "韩冬梅"));
    gx_article_free(art);
    art = fixture_run("事发后，受害人罗小军愤怒地抱怨平台失联。", NULL, NULL);
    assert_non_null(fixture_person(art, "罗小军"));
    gx_article_free(art);
    art = fixture_run("事发后，村民于菲无奈地说道：没有办法。", NULL, NULL);
    assert_non_null(fixture_person(art, "于菲"));
    assert_null(fixture_person(art, "于菲无"));
    gx_article_free(art);
    art = fixture_run("受害人李女士说，她已经报警。", NULL, NULL);
    assert_null(fixture_person(art, "李女士"));
    gx_article_free(art);
}

/* one reader after 法人 and 联系人: the tagger's shorter reading fixes the end after either label */
static void test_label_names(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"郑海", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("这家公司的法人郑海早已出国。", tags, 1);
    assert_true(fixture_holds(art, "郑海", "法人"));
    gx_article_free(art);
    art = fixture_run_tagged("合作请找联系人郑海早已说明。", tags, 1);
    assert_true(fixture_holds(art, "郑海", "联系人"));
    gx_article_free(art);
}

/* 张Peng: a surname and a capitalised pinyin given name, glued, the tagger fairly sure; not when unsure, not
 * all capitals (王ABC) */
static void test_pinyin_given_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"张Peng", GX_ENT_PERSON, 0.79f}};
    gx_article *art = fixture_run_tagged("大战略之百万雄兵，召必回张Peng是任务帮创始人。", tags, 1);
    assert_non_null(fixture_person(art, "张Peng"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"张Peng", GX_ENT_PERSON, 0.45f}};
    art = fixture_run_tagged("召必回张Peng是任务帮创始人。", tags2, 1);
    assert_null(fixture_person(art, "张Peng"));
    gx_article_free(art);
    const fixture_tag tags3[] = {{"王ABC", GX_ENT_PERSON, 0.8f}};
    art = fixture_run_tagged("这次买了王ABC的新产品。", tags3, 1);
    assert_null(fixture_person(art, "王ABC"));
    gx_article_free(art);
}

/* 德指 (the DAX) in a list of products is no person (cues.tsv not_entity) */
static void test_index_short_name(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"德指", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("投资产品：黄金，原油，德指", tags, 1);
    assert_null(fixture_person(art, "德指"));
    gx_article_free(art);
}

/* 女警: a policewoman is a title (positions.tsv), as 民警 */
static void test_police_titles(void **state)
{
    (void)state;
    gx_article *art = fixture_run("有人实名举报杭州女警龚晓燕作为逃犯的女儿。", NULL, NULL);
    assert_true(fixture_holds(art, "龚晓燕", "女警"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_party_words_from_lexicon),
        cmocka_unit_test(test_label_names),
        cmocka_unit_test(test_pinyin_given_name),
        cmocka_unit_test(test_index_short_name),
        cmocka_unit_test(test_police_titles),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
