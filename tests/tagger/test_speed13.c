/* test_speed13.c — the lexicon codes after the thirteenth session's change to their walk
 * (lex_codes in gx_tagger_model.c, "speed13"): the filter bits of the two- and
 * three-character keys are read once, in the prefetch pass, and the walk visits only the
 * positions whose pair may be a word. The codes must be those of the plain definition (for
 * every position, the words starting there by rising length while the string is in the
 * lexicon, each class keeping its longest covering word: 1 begins, 2 inside, 3 ends), written
 * out here over the lexicon's own lookup (gx_tagger_lexicon_get), without a filter, with the
 * bit filter of the lexicon's keys (as a loaded model has one) and with a filter of all ones;
 * on texts of words, prefixes, longer words sharing a prefix, near misses and random
 * characters, with words at the first and last positions and texts of one to three
 * characters. Fails when the walk skips a position it should visit or keeps a
 * three-character key whose filter bit is clear. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_tagger_model.h"

static const uint32_t HAN[] = {0x4E2D, 0x56FD, 0x94F6, 0x884C, 0x80A1, 0x4EFD, 0x6709, 0x9650, 0x516C, 0x53F8,
                               0x674E, 0x660E, 0x8463, 0x4E8B, 0x957F, 0x8868, 0x793A, 0x5E02, 0x573A, 0x4EBA};
enum { NHAN = sizeof HAN / sizeof *HAN };

/* The plain codes of t[0..n) over lex (no filter), in ref[0..n). */
static void reference(const gx_tagger_lexicon *lex, const uint32_t *t, int n, uint32_t *ref)
{
    uint8_t best[64][GX_LEX__COUNT];
    memset(best, 0, sizeof best);
    memset(ref, 0, sizeof *ref * (size_t)n);
    for (int a = 0; a + 1 < n; a++)
        for (int L = 2; L <= (int)lex->maxlen && a + L <= n; L++) {
            const uint32_t fl = gx_tagger_lexicon_get(lex, t + a, L) & (GX_LEX_CLASSES | GX_LEX_PREFIX);
            if (!fl)
                break;
            for (int k = 0; k < GX_LEX__COUNT; k++) {
                if (!(fl >> k & 1))
                    continue;
                for (int i = a; i < a + L; i++) {
                    if (L < best[i][k])
                        continue;
                    best[i][k] = (uint8_t)L;
                    const uint32_t role = i == a ? 1 : i == a + L - 1 ? 3 : 2;
                    ref[i] = (ref[i] & ~(3u << (2 * k))) | role << (2 * k);
                }
            }
            if (!(fl & GX_LEX_PREFIX))
                break;
        }
}

static void expect_codes(gx_tagger_scratch *sc, const gx_tagger_lexicon *ref_lex, const gx_tagger_lexicon *lex,
                         const uint32_t *t, int n)
{
    uint32_t ref[64];
    reference(ref_lex, t, n, ref);
    gx_tagger_scratch_fill(sc, lex, t, n);
    for (int i = 0; i < n; i++)
        assert_int_equal(sc->lex[GX_TAGGER_PAD + i], ref[i]);
}

static void test_codes(void **state)
{
    (void)state;
    gx_tagger_lexicon lex;
    gx_tagger_lexicon_init(&lex);
    /* words of 2-5 characters with shared prefixes and several classes */
    static const struct {
        int n;
        uint32_t c[5];
        uint32_t cls;
    } WORDS[] = {
        {2, {0x4E2D, 0x56FD}, 1u << GX_LEX_PLACE},                                     /* 中国 */
        {4, {0x4E2D, 0x56FD, 0x94F6, 0x884C}, 1u << GX_LEX_ORG | 1u << GX_LEX_COMPANY}, /* 中国银行 */
        {2, {0x94F6, 0x884C}, 1u << GX_LEX_WORD},                                      /* 银行 */
        {4, {0x80A1, 0x4EFD, 0x6709, 0x9650}, 1u << GX_LEX_WORD},                      /* 股份有限 */
        {2, {0x516C, 0x53F8}, 1u << GX_LEX_WORD},                                      /* 公司 */
        {2, {0x674E, 0x660E}, 1u << GX_LEX_PERSON},                                    /* 李明 */
        {3, {0x8463, 0x4E8B, 0x957F}, 1u << GX_LEX_WORD},                              /* 董事长 */
        {2, {0x4E8B, 0x957F}, 1u << GX_LEX_WORD},                                      /* 事长 */
        {5, {0x5E02, 0x573A, 0x4EBA, 0x4E2D, 0x56FD}, 1u << GX_LEX_PROPER},            /* 市场人中国 */
        {3, {0x5E02, 0x573A, 0x4EBA}, 1u << GX_LEX_WORD},                              /* 市场人 */
    };
    for (size_t w = 0; w < sizeof WORDS / sizeof *WORDS; w++)
        gx_tagger_lexicon_add(&lex, WORDS[w].c, WORDS[w].n, WORDS[w].cls);
    /* the same lexicon behind a filter of its keys, and behind a filter of all ones */
    gx_tagger_lexicon fk = lex, fa = lex;
    const size_t words = (size_t)1 << (GX_LEX_FILTER_BITS - 6);
    fk.filter = calloc(words, sizeof *fk.filter);
    fa.filter = malloc(words * sizeof *fa.filter);
    assert_non_null(fk.filter);
    assert_non_null(fa.filter);
    memset(fa.filter, 0xFF, words * sizeof *fa.filter);
    for (uint32_t k = 0; k < lex.nkeys; k++) {
        const uint64_t b = GX_LEX_FILTER_BIT(lex.keys[k]);
        fk.filter[b >> 6] |= 1ULL << (b & 63);
    }
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    const gx_tagger_lexicon *lexes[] = {&lex, &fk, &fa};
    /* hand-written edges: words at both ends, a prefix cut by the end, tiny texts */
    static const uint32_t E1[] = {0x4E2D, 0x56FD, 0x94F6, 0x884C, 0x516C, 0x53F8};   /* 中国银行公司 */
    static const uint32_t E2[] = {0x4EBA, 0x5E02, 0x573A, 0x4EBA, 0x4E2D};           /* 人市场人中 */
    static const uint32_t E3[] = {0x8463, 0x4E8B, 0x957F, 0x674E, 0x660E};           /* 董事长李明 */
    static const uint32_t E4[] = {0x80A1, 0x4EFD, 0x6709, 0x5E02};                   /* 股份有市: near miss */
    static const uint32_t E5[] = {0x4E2D, 0x56FD};
    static const uint32_t E6[] = {0x4E2D};
    static const uint32_t E7[] = {0x5E02, 0x573A, 0x4EBA};
    const struct {
        const uint32_t *t;
        int n;
    } EDGES[] = {{E1, 6}, {E2, 5}, {E3, 5}, {E4, 4}, {E5, 2}, {E6, 1}, {E7, 3}};
    for (size_t l = 0; l < 3; l++)
        for (size_t e = 0; e < sizeof EDGES / sizeof *EDGES; e++)
            expect_codes(&sc, &lex, lexes[l], EDGES[e].t, EDGES[e].n);
    /* 300 texts of random words, word pieces and characters */
    srand(13);
    for (int r = 0; r < 300; r++) {
        uint32_t t[64];
        int n = 0, want = 1 + rand() % 60;
        while (n < want) {
            if (rand() % 2) {
                const int w = rand() % (int)(sizeof WORDS / sizeof *WORDS);
                const int take = 1 + rand() % WORDS[w].n; /* the word or one of its prefixes */
                for (int k = 0; k < take && n < want; k++)
                    t[n++] = WORDS[w].c[k];
            } else {
                t[n++] = HAN[rand() % NHAN];
            }
        }
        for (size_t l = 0; l < 3; l++)
            expect_codes(&sc, &lex, lexes[l], t, n);
    }
    gx_tagger_scratch_cleanup(&sc);
    free(fk.filter);
    free(fa.filter);
    gx_tagger_lexicon_cleanup(&lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
