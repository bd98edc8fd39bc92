/* test_speed12.c — the rules that find their trigger words through the bigram index
 * (gx_text_ix_words) instead of a walk over every character (twelfth session, helper "speed12",
 * issue 3): a trigger at the text's first or last positions, after a line break, written twice,
 * or several kinds of trigger in one text is still found, and a near miss is not. Their answers
 * did not change (the 910 documents of scripts/dump-extractions are byte-identical); these pin the
 * edges an index could lose. Without the tagger. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* 先生/女士: the form at position 2 (the earliest a name fits before it) and both forms in one
 * text. */
static void test_addressed_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("钟波先生出席了会议，叶芳女士主持会议，钱钟书先生致辞。", NULL, NULL);
    assert_non_null(fixture_person(art, "钟波"));
    assert_non_null(fixture_person(art, "叶芳"));
    assert_non_null(fixture_person(art, "钱钟书"));
    gx_article_free(art);
}

/* 【…】 at the text's start and after a line break. */
static void test_tags_at_line_starts(void **state)
{
    (void)state;
    gx_article *art = fixture_run("【国君环保徐强】今日环保板块走强。\n【广发策略戴康】市场仍有韧性。", NULL, NULL);
    assert_non_null(fixture_person(art, "徐强"));
    assert_non_null(fixture_person(art, "戴康"));
    gx_article_free(art);
    /* a tag inside a line opens nothing */
    art = fixture_run("今日要闻【国君环保徐强】板块走强。", NULL, NULL);
    assert_null(fixture_person(art, "徐强"));
    gx_article_free(art);
}

/* A year's bracket with and without a space after it, twice in one text. */
static void test_cited_years(void **state)
{
    (void)state;
    gx_article *art = fixture_run("Tufano 和 Sevick (1997)认为，董事会规模影响薪酬；Fama ( 2010)也有类似结论。", NULL, NULL);
    assert_non_null(fixture_person(art, "Tufano"));
    assert_non_null(fixture_person(art, "Sevick"));
    assert_non_null(fixture_person(art, "Fama"));
    gx_article_free(art);
}

/* A sanction's addressees; no verb of a sanction: no one. */
static void test_penalized(void **state)
{
    (void)state;
    gx_article *art = fixture_run("证监会决定对王涛、李明给予警告并处以罚款。", NULL, NULL);
    assert_non_null(fixture_person(art, "王涛"));
    assert_non_null(fixture_person(art, "李明"));
    gx_article_free(art);
}

/* A count of firms (三家, 两家, 3家) after a list: every item is a company; 一家 is no count of a
 * list. */
static void test_counted_lists(void **state)
{
    (void)state;
    gx_article *art = fixture_run("甲乙汽车、丙丁汽车两家车企年底将进入破产程序。", NULL, NULL);
    assert_non_null(fixture_find(art, "甲乙汽车", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "丙丁汽车", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("甲乙汽车、丙丁汽车、戊己汽车3家车企年底将进入破产程序。", NULL, NULL);
    assert_non_null(fixture_find(art, "甲乙汽车", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "戊己汽车", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* English speakers before and after the verb, and a Latin name before a Chinese verb. */
static void test_latin_speakers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("Jane Doe told reporters the plan would work, said Jim Hood.", NULL, NULL);
    assert_non_null(fixture_person(art, "Jane Doe"));
    assert_non_null(fixture_person(art, "Jim Hood"));
    gx_article_free(art);
    art = fixture_run("高盛的Jan Hatzius表示，美联储将继续加息。", NULL, NULL);
    assert_non_null(fixture_person(art, "Jan Hatzius"));
    gx_article_free(art);
}

/* 校对 at the text's first position and 首席 after a desk: both posts of the name after them. */
static void test_bare_titles(void **state)
{
    (void)state;
    gx_article *art = fixture_run("校对 何燕\n华泰宏观首席李超表示，反弹可期。", NULL, NULL);
    assert_true(fixture_holds(art, "何燕", "校对"));
    assert_true(fixture_holds(art, "李超", "首席"));
    gx_article_free(art);
}

/* A tagger person quoted as a project or account (“莱茨狗"项目, with an ASCII closing quote) or
 * before an official account (金立官方公众号) is a brand at every occurrence; a quote of more than
 * twelve characters is no name. */
static void test_brand_names(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"莱茨狗", GX_ENT_PERSON, 0.8f}, {"金立", GX_ENT_PERSON, 0.8f}};
    gx_article *art = fixture_run_tagged("百度推出“莱茨狗\"项目，用户可对莱茨狗进行购买。金立官方公众号称，金立将参展。", tags, 2);
    assert_null(fixture_person(art, "莱茨狗"));
    assert_null(fixture_person(art, "金立"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addressed_names), cmocka_unit_test(test_tags_at_line_starts),
        cmocka_unit_test(test_cited_years),     cmocka_unit_test(test_penalized),
        cmocka_unit_test(test_counted_lists),   cmocka_unit_test(test_latin_speakers),
        cmocka_unit_test(test_bare_titles),     cmocka_unit_test(test_brand_names),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
