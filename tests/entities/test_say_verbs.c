/* test_say_verbs.c — the verbs of saying of data/lexicon/cues.tsv (say_verb), which the people
 * rules and the resolution share: a name that is also a word after a title (发言人高峰提醒), a Latin
 * name before a verb (Jan Hatzius宣布), a firm and its analyst before one (天弘基金陈国光坦言), and a
 * place before speech (他在上海强调) that is no person. Without the tagger except where named. */
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

/* Every verb of the list opens a clause after 发言人 + a name that is also a word (高峰). */
static void test_word_name_before_any_verb(void **state)
{
    (void)state;
    static const char *const verbs[] = {"表示", "称", "指出", "强调", "透露", "提醒", "建议", "宣布"};
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        char text[160];
        snprintf(text, sizeof text, "商务部新闻发言人高峰%s，中方将采取必要措施。", verbs[i]);
        gx_article *art = fixture_run(text, NULL, NULL);
        if (!fixture_holds(art, "高峰", "新闻发言人"))
            fail_msg("no 高峰 新闻发言人 before %s", verbs[i]);
        gx_article_free(art);
    }
    /* no verb after the word: 高峰 stays a word (发言人高峰期) */
    gx_article *art = fixture_run("新闻发言人高峰期间，工作繁忙。", NULL, NULL);
    assert_null(fixture_person(art, "高峰"));
    gx_article_free(art);
}

/* A capitalised Latin name of two words before a verb of saying is someone (Jan Hatzius宣布). */
static void test_latin_speaker(void **state)
{
    (void)state;
    gx_article *art = fixture_run("高盛首席经济学家团队成员Jan Hatzius宣布，上调美国增长预测。", NULL, NULL);
    assert_non_null(fixture_person(art, "Jan Hatzius"));
    gx_article_free(art);
}

/* A firm, then a name, then a verb of saying (天弘基金陈国光坦言): the name is a person. */
static void test_firm_then_speaker(void **state)
{
    (void)state;
    gx_article *art = fixture_run("对此，天弘基金陈国光坦言，市场仍在寻找方向。", NULL, NULL);
    assert_non_null(fixture_person(art, "陈国光"));
    gx_article_free(art);
}

/* 在 + a region + a verb of saying: the tagger's person there is a place (他在上海强调). */
static void test_place_before_speech(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"上海", GX_ENT_PERSON, 0.6f}};
    gx_article *art = fixture_run_tagged("他在上海强调，中国欢迎投资。", tags, 1);
    assert_null(fixture_person(art, "上海"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_name_before_any_verb),
        cmocka_unit_test(test_latin_speaker),
        cmocka_unit_test(test_firm_then_speaker),
        cmocka_unit_test(test_place_before_speech),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
