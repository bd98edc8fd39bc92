/* test_regions27.c — the prefecture-level cities, twenty-seventh session (helper "regions"): a city of
 * lexicon/cities.tsv composes its bodies with region_suffixes.tsv like a province of regions.tsv (常德警方,
 * 株洲中院, 恩施州人民政府; the X市 form is left to the unit rule, 安徽省黄山市公安局 stays whole), and a `place` row's city opens a district's police (常德武陵警方; the tagger read
 * 德武陵警方 when 常德 was in no list). A city that is also an ordinary word (白银 silver, 来宾 guest, 安康)
 * is a `body` row: it names a body only with the body word after it, never a place alone nor the city
 * before a district, and no company, people or place rule reads any city (no GX_LEX_REGION). Data-driven;
 * the tagger is left out. The lexicon kinds of the rows: test_lexicon.c test_city_kinds. */
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

/* text, a mention of a government body that must be read (or NULL), one that must not (or NULL) */
static const struct {
    const char *text, *body, *not_body;
} CASES[] = {
    {"据常德警方消息，案件正在调查中。", "常德警方", NULL},
    {"常德武陵警方通报，嫌疑人已被抓获。", "常德武陵警方", "德武陵警方"},
    {"该案由株洲中院一审判决。", "株洲中院", NULL},
    {"海口警方破获一起网络传销案。", "海口警方", NULL},
    /* a city's X市 form before a police word (the police rule reads GX_LEX_CITY) */
    {"接到报案后，连云港市公安介入调查。", "连云港市公安", NULL},
    {"恩施州人民政府发布通知。", "恩施州人民政府", NULL},
    /* a province before the city: the whole name, no composed city body inside it */
    {"6月27日上午，安徽省黄山市公安局通报了案情。", "安徽省黄山市公安局", NULL},
    {"义乌市场监管局约谈了相关企业。", "义乌市场监管局", NULL},
    /* a `body` row: the body word after it makes the body */
    {"白银警方通报了案件进展。", "白银警方", NULL},
    /* ... but it opens no district's police, and alone it is no body */
    {"白银平川警方通报了案件进展。", NULL, "白银平川警方"},
    {"白银价格上涨，来宾们纷纷入场，祝大家安康。", NULL, "白银"},
};

static void test_city_bodies(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        gx_article *art = fixture_run(CASES[i].text, NULL, NULL);
        if (CASES[i].body && !fixture_has_mention(art, CASES[i].body, GX_ENT_GOVERNMENT))
            fail_msg("%s: no government %s", CASES[i].text, CASES[i].body);
        if (CASES[i].not_body && fixture_has_mention(art, CASES[i].not_body, GX_ENT_GOVERNMENT))
            fail_msg("%s: government %s", CASES[i].text, CASES[i].not_body);
        gx_article_free(art);
    }
}

/* A common word of cities.tsv is no entity of any type standing alone. */
static void test_common_word_no_place(void **state)
{
    (void)state;
    static const char *const WORDS[] = {"白银", "来宾", "安康", "大同", "黄山"};
    gx_article *art = fixture_run("白银价格上涨，来宾们纷纷入场，祝大家安康，世界大同，游客登上黄山。", NULL, NULL);
    for (size_t w = 0; w < sizeof WORDS / sizeof WORDS[0]; w++)
        for (int t = 0; t < GX_ENT__COUNT; t++)
            if (fixture_find(art, WORDS[w], t))
                fail_msg("%s read as an entity of type %d", WORDS[w], t);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_city_bodies),
        cmocka_unit_test(test_common_word_no_place),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
