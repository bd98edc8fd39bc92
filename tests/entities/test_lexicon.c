/* test_lexicon.c — loading data/ into the automaton (extract/gx_lexicon.c): what the gazetteers
 * hold, how matches are reported, the memory and time budget of loading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "gx_lexdata.h"
#include "gx_lexicon.h"
#include "gx_utf8.h"

static gx_lexicon *LEX;

static const char *data_dir(void)
{
    const char *d = getenv("GLEANER_DATA_DIR");
    return d && *d ? d : "data";
}

static int setup(void **state)
{
    (void)state;
    gl_error err;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    LEX = gx_lexicon_load(data_dir(), &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (!LEX) {
        fprintf(stderr, "load: %s\n", err.message);
        return -1;
    }
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    fprintf(stderr, "lexicon: %d patterns, %d things, %.1f MB, loaded in %.1f ms\n", gx_lexicon_npatterns(LEX),
            gx_lexicon_nthings(LEX), (double)gx_lexicon_memory(LEX) / 1e6, ms);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    gx_lexicon_free(LEX);
    return 0;
}

/* The thing named by the longest company/government/organization hit exactly at [s, e). */
static const gx_lex_thing *thing_at(gx_article *art, int32_t s, int32_t e)
{
    int n;
    gx_lex_hit *h = gx_lexicon_hits(LEX, art, &n);
    for (int i = 0; i < n; i++) {
        const gx_lex_entry *en = gx_lexicon_entry(LEX, h[i].entry);
        if (h[i].start == s && h[i].end == e && en->thing >= 0)
            return gx_lexicon_thing(LEX, en->thing);
    }
    return NULL;
}

static gx_article *text(const char *s)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    return art;
}

static void test_listed_companies(void **state)
{
    (void)state;
    gx_article *art = text("卓朗科技和贵州茅台以及稳健医疗用品股份有限公司");
    const gx_lex_thing *t = thing_at(art, 0, 4);
    assert_non_null(t);
    assert_string_equal(t->ticker.code, "600225");
    assert_string_equal(t->ticker.exchange, "SSE");
    t = thing_at(art, 5, 9);
    assert_non_null(t);
    assert_string_equal(t->ticker.code, "600519");
    t = thing_at(art, 11, 23); /* full legal name -> the same company as 稳健医疗 */
    assert_non_null(t);
    assert_string_equal(t->name, "稳健医疗");
    assert_string_equal(t->ticker.exchange, "SZSE");
    gx_article_free(art);
}

static void test_former_names_and_exchanges(void **state)
{
    (void)state;
    /* 国泰君安 is the former name of 601211 (now 国泰海通); a BSE company by code prefix */
    gx_article *art = text("国泰君安");
    const gx_lex_thing *t = thing_at(art, 0, 4);
    assert_non_null(t);
    assert_string_equal(t->ticker.code, "601211");
    gx_article_free(art);
    /* a Beijing company under its new 920 code, not the old 834407 of the same name (quant23:
     * build-gazetteers writes the old codes' rows last) */
    art = text("驰诚股份");
    t = thing_at(art, 0, 4);
    assert_non_null(t);
    assert_string_equal(t->ticker.code, "920407");
    assert_string_equal(t->ticker.exchange, "BSE");
    gx_article_free(art);
    int32_t n = gx_lexicon_nthings(LEX);
    int bse = 0;
    for (int32_t i = 0; i < n; i++) {
        const gx_lex_thing *x = gx_lexicon_thing(LEX, i);
        if (!strcmp(x->ticker.exchange, "BSE")) {
            bse++;
            assert_true(x->ticker.code[0] == '4' || x->ticker.code[0] == '8' || x->ticker.code[0] == '9');
        }
        if (!strcmp(x->ticker.exchange, "SSE") && x->ticker.code[0] >= '0' && x->ticker.code[0] <= '9')
            assert_true(x->ticker.code[0] == '6');
    }
    assert_true(bse > 100);
}

static void test_global_and_government(void **state)
{
    (void)state;
    gx_article *art = text("英伟达与NVIDIA，天津证监局和证监会、美国商务部");
    const gx_lex_thing *t = thing_at(art, 0, 3);
    assert_non_null(t);
    assert_string_equal(t->ticker.exchange, "NASDAQ");
    assert_string_equal(t->ticker.code, "NVDA");
    assert_ptr_equal(thing_at(art, 4, 10), t); /* alias, same thing */
    t = thing_at(art, 11, 16);
    assert_non_null(t);
    assert_int_equal(t->type, GX_ENT_GOVERNMENT);
    assert_string_equal(t->name, "天津证监局");
    t = thing_at(art, 17, 20);
    assert_non_null(t);
    assert_int_equal(t->type, GX_ENT_GOVERNMENT);
    t = thing_at(art, 21, 26);
    assert_non_null(t);
    assert_int_equal(t->type, GX_ENT_GOVERNMENT);
    gx_article_free(art);
}

static void test_latin_word_boundaries(void **state)
{
    (void)state;
    /* AMD inside AMDX and Meta inside Metaverse are not matches; AMD alone is */
    gx_article *art = text("AMDX Metaverse AMD");
    int n;
    gx_lex_hit *h = gx_lexicon_hits(LEX, art, &n);
    int amd = 0;
    for (int i = 0; i < n; i++) {
        const gx_lex_entry *e = gx_lexicon_entry(LEX, h[i].entry);
        if (e->kind == GX_LEX_COMPANY) {
            assert_int_equal(h[i].start, 15);
            amd++;
        }
    }
    assert_int_equal(amd, 1);
    gx_article_free(art);
}

static void test_cue_kinds(void **state)
{
    (void)state;
    const uint32_t wang[] = {0x738B}, ouyang[] = {0x6B27, 0x9633}, dongshizhang[] = {0x8463, 0x4E8B, 0x957F},
                   keji[] = {0x79D1, 0x6280};
    assert_true(gx_lexicon_is(LEX, GX_LEX_SURNAME, wang, 1));
    assert_true(gx_lexicon_is(LEX, GX_LEX_SURNAME, ouyang, 2));
    assert_true(gx_lexicon_is(LEX, GX_LEX_POSITION, dongshizhang, 3));
    assert_true(gx_lexicon_is(LEX, GX_LEX_COMPANY_SUFFIX, keji, 2));
    assert_false(gx_lexicon_is(LEX, GX_LEX_POSITION, keji, 2));
}

/* review29: the word lists moved out of the rules' C files into cues.tsv (called_kind, police_unit,
 * ask_verb looked up whole; police_word, account_trade reported by the scan, where the rules walk them) */
static void test_moved_cue_kinds(void **state)
{
    (void)state;
    const uint32_t fenju[] = {0x5206, 0x5C40}, app[] = {'A', 'P', 'P'}, ruanjian[] = {0x8F6F, 0x4EF6},
                   qiu[] = {0x6C42}, zheng[] = {0x653F};
    assert_true(gx_lexicon_is(LEX, GX_LEX_POLICE_UNIT, fenju, 2));
    assert_false(gx_lexicon_is(LEX, GX_LEX_CALLED_KIND, fenju, 2));
    assert_true(gx_lexicon_is(LEX, GX_LEX_CALLED_KIND, app, 3));
    assert_true(gx_lexicon_is(LEX, GX_LEX_CALLED_KIND, ruanjian, 2));
    assert_true(gx_lexicon_is(LEX, GX_LEX_ASK_VERB, qiu, 1));
    assert_false(gx_lexicon_is(LEX, GX_LEX_ASK_VERB, zheng, 1));
    gx_article *art = text("广州公安和@杭州检察");
    int n;
    gx_lex_hit *h = gx_lexicon_hits(LEX, art, &n);
    int police = 0, trade = 0;
    for (int i = 0; i < n; i++) {
        const gx_lex_entry *e = gx_lexicon_entry(LEX, h[i].entry);
        police += e->kind == GX_LEX_POLICE_WORD && h[i].start == 2 && h[i].end == 4;
        trade += e->kind == GX_LEX_ACCOUNT_TRADE && ((h[i].start == 2 && h[i].end == 4) || (h[i].start == 8 && h[i].end == 10));
    }
    assert_int_equal(police, 1);
    assert_int_equal(trade, 2);
    gx_article_free(art);
}

/* cities.tsv (regions27): a `place` row's forms are a city (GX_LEX_CITY), a `body` row's (an ordinary word:
 * 白银, 来宾) are not; no city is a region of regions.tsv (read by the company, people and place rules), and
 * each city composes its bodies (常德警方). */
static void test_city_kinds(void **state)
{
    (void)state;
    const uint32_t changde[] = {0x5E38, 0x5FB7}, changdeshi[] = {0x5E38, 0x5FB7, 0x5E02}, baiyin[] = {0x767D, 0x94F6}, laibin[] = {0x6765, 0x5BBE},
                   police[] = {0x5E38, 0x5FB7, 0x8B66, 0x65B9}, bpolice[] = {0x767D, 0x94F6, 0x8B66, 0x65B9};
    assert_true(gx_lexicon_is(LEX, GX_LEX_CITY, changde, 2));
    assert_true(gx_lexicon_is(LEX, GX_LEX_CITY, changdeshi, 3));
    assert_false(gx_lexicon_is(LEX, GX_LEX_CITY, baiyin, 2));
    assert_false(gx_lexicon_is(LEX, GX_LEX_CITY, laibin, 2));
    assert_false(gx_lexicon_is(LEX, GX_LEX_REGION, changde, 2));
    assert_false(gx_lexicon_is(LEX, GX_LEX_REGION, baiyin, 2));
    assert_true(gx_lexicon_is(LEX, GX_LEX_GOVERNMENT, police, 4));
    assert_true(gx_lexicon_is(LEX, GX_LEX_GOVERNMENT, bpolice, 4));
}

static void test_weak_names_flagged(void **state)
{
    (void)state;
    /* 星期六 is a listed company's former name and an ordinary word */
    gx_article *art = text("星期六");
    int n;
    gx_lex_hit *h = gx_lexicon_hits(LEX, art, &n);
    int seen = 0;
    for (int i = 0; i < n; i++) {
        const gx_lex_entry *e = gx_lexicon_entry(LEX, h[i].entry);
        if (e->kind == GX_LEX_COMPANY) {
            assert_true(e->flags & GX_LEXF_WEAK);
            seen++;
        }
    }
    assert_true(seen >= 1);
    gx_article_free(art);
}

/* The case-folded lookup finds a Latin alias written in any case (OKEx as okex, OKEX, oKeX),
 * nothing for a word the list lacks, and bounds its walk by the longest pattern, however long the
 * input: a run of 128 letters (each tried in both cases) and one over the limit are no entry. */
static void test_find_folded(void **state)
{
    (void)state;
    uint32_t cps[200];
    const char *forms[] = {"OKEx", "okex", "OKEX", "oKeX"};
    int n = (int)gx_utf8_to_cps("OKEx", 4, cps, 200);
    int32_t want = gx_lexicon_find(LEX, GX_LEX_COMPANY, cps, n);
    assert_true(want >= 0);
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        n = (int)gx_utf8_to_cps(forms[i], strlen(forms[i]), cps, 200);
        assert_int_equal(gx_lexicon_find_folded(LEX, GX_LEX_COMPANY, cps, n), want);
    }
    n = (int)gx_utf8_to_cps("okexz", 5, cps, 200);
    assert_int_equal(gx_lexicon_find_folded(LEX, GX_LEX_COMPANY, cps, n), -1);
    for (int i = 0; i < 200; i++)
        cps[i] = i % 2 ? 'a' : 'B';
    assert_int_equal(gx_lexicon_find_folded(LEX, GX_LEX_COMPANY, cps, 128), -1);
    assert_int_equal(gx_lexicon_find_folded(LEX, GX_LEX_COMPANY, cps, 200), -1);
    assert_int_equal(gx_lexicon_find_folded(LEX, GX_LEX_COMPANY, cps, 0), -1);
}

static void test_budget(void **state)
{
    (void)state;
    assert_true(gx_lexicon_npatterns(LEX) > 10000);
    assert_true(gx_lexicon_memory(LEX) < 50u * 1000 * 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listed_companies),
        cmocka_unit_test(test_former_names_and_exchanges),
        cmocka_unit_test(test_global_and_government),
        cmocka_unit_test(test_latin_word_boundaries),
        cmocka_unit_test(test_cue_kinds),
        cmocka_unit_test(test_moved_cue_kinds),
        cmocka_unit_test(test_city_kinds),
        cmocka_unit_test(test_weak_names_flagged),
        cmocka_unit_test(test_find_folded),
        cmocka_unit_test(test_budget),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
