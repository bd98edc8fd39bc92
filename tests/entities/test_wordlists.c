/* test_wordlists.c — the rules' ordered word lists of data/lexicon/wordlists.tsv (helper "lists30",
 * extract/gx_wordlists.c): every list loaded, NULL-terminated, in the file's order, reached through
 * the lexicon; a file naming an unknown list, or lacking a list, fails to load with the reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "gx_entity_util.h"
#include "gx_lexdata.h"
#include "gx_lexicon.h"
#include "gx_wordlists.h"

static const char *data_dir(void)
{
    const char *d = getenv("GLEANER_DATA_DIR");
    return d && *d ? d : "data";
}

static bool same(const char32_t *a, const char32_t *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* every list of the enum holds words, ends with NULL, and gives its last-character set */
static void test_all_lists_loaded(void **state)
{
    (void)state;
    gl_error err;
    gx_lexicon *lex = gx_lexicon_load(data_dir(), &err);
    assert_non_null(lex);
    for (int k = 0; k < GX_WL__COUNT; k++) {
        const char32_t *const *w = gx_lexicon_words(lex, (gx_word_list)k);
        assert_non_null(w);
        assert_non_null(w[0]);
        int n = 0;
        while (w[n])
            n++;
        assert_true(n >= 1);
        assert_int_equal(gx_lexicon_words_last(lex, (gx_word_list)k), gx_word_last_set(w));
    }
    gx_lexicon_free(lex);
}

/* the file's order is kept (first match wins in gx_word_at) */
static void test_order_kept(void **state)
{
    (void)state;
    gl_error err;
    gx_wordlists *wl = gx_wordlists_load(data_dir(), &err);
    assert_non_null(wl);
    const char32_t *const *q = gx_wordlists_get(wl, GX_WL_GENERIC_QUANTIFIER);
    assert_true(same(q[0], U"各"));
    assert_true(same(q[1], U"各国"));
    const char32_t *const *n = gx_wordlists_get(wl, GX_WL_NOT_A_NAME);
    assert_true(same(n[0], U"子公司"));
    assert_true(same(n[1], U"公司"));
    gx_wordlists_free(wl);
}

static int count(const char32_t *const *w)
{
    int n = 0;
    while (w[n])
        n++;
    return n;
}

/* lists30b's lists: as long as the C lists they replace, and the longer word first where one
 * word ends or begins another (gx_word_at and gx_word_ending answer with the first match) */
static void test_lists30b(void **state)
{
    (void)state;
    gl_error err;
    gx_wordlists *wl = gx_wordlists_load(data_dir(), &err);
    assert_non_null(wl);
    assert_int_equal(count(gx_wordlists_get(wl, GX_WL_STAKE_BETWEEN)), 9);
    assert_int_equal(count(gx_wordlists_get(wl, GX_WL_CONTEXT_WHEN)), 9);
    assert_int_equal(count(gx_wordlists_get(wl, GX_WL_INVESTOR_MONEY)), 9);
    assert_int_equal(count(gx_wordlists_get(wl, GX_WL_BRANCH_WORD)), 6);
    assert_int_equal(count(gx_wordlists_get(wl, GX_WL_PLATFORM_POST_WORD)), 7);
    const char32_t *const *m = gx_wordlists_get(wl, GX_WL_MISSION_WORD);
    assert_true(same(m[0], U"大使馆"));
    assert_true(same(m[1], U"使馆"));
    const char32_t *const *t = gx_wordlists_get(wl, GX_WL_LEGAL_TAIL);
    assert_true(same(t[0], U"投资有限公司"));
    assert_true(same(t[6], U"有限公司"));
    const char32_t *const *o = gx_wordlists_get(wl, GX_WL_AS_OPENER);
    assert_true(same(o[0], U"虽然"));
    assert_true(same(o[1], U"虽"));
    gx_wordlists_free(wl);
}

static char dir[64];

static void write_file(const char *text)
{
    char p[128];
    snprintf(p, sizeof p, "%s/lexicon", dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/lexicon/wordlists.tsv", dir);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* an unknown list, a line without a word, a missing list, a missing file: errors with the reason */
static void test_bad_files(void **state)
{
    (void)state;
    gl_error err;
    snprintf(dir, sizeof dir, "/tmp/gx-wordlists-XXXXXX");
    assert_non_null(mkdtemp(dir));
    assert_null(gx_wordlists_load(dir, &err));
    assert_non_null(strstr(err.message, "wordlists.tsv"));
    write_file("# comment\nno_such_list\t词\n");
    assert_null(gx_wordlists_load(dir, &err));
    assert_non_null(strstr(err.message, "no_such_list"));
    write_file("not_a_name\n");
    assert_null(gx_wordlists_load(dir, &err));
    assert_non_null(strstr(err.message, "bad line"));
    write_file("not_a_name\t公司\n");
    assert_null(gx_wordlists_load(dir, &err));
    assert_non_null(strstr(err.message, "has no word of list"));
    char p[128];
    snprintf(p, sizeof p, "%s/lexicon/wordlists.tsv", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/lexicon", dir);
    rmdir(p);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_lists_loaded),
        cmocka_unit_test(test_order_kept),
        cmocka_unit_test(test_lists30b),
        cmocka_unit_test(test_bad_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
