/* test_tagger.c — tests of the trained sequence tagger (issue 4):
 *  - the committed model (data/tagger/model.bin) loads and tags hand-written sentences (not
 *    from CLUENER) with the expected spans and engine types;
 *  - damaged, truncated, foreign and missing model files are rejected with a clear error;
 *  - training is deterministic (same corpus and seed -> same bytes) and learns its corpus;
 *  - decoding always yields well-formed BIOES paths;
 *  - ASCII and full-width punctuation (NFKC text vs the training text) decode identically;
 *  - character-cluster features: keys per granularity, the table in the model file. */
#include <math.h>
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

#include "gx_article.h"
#include "gx_tagger.h"
#include "gx_tagger_model.h"
#include "gx_tagger_train.h"

#ifndef GX_TEST_DATA_DIR
#error "GX_TEST_DATA_DIR must name the repository's data/ directory"
#endif
#ifndef GX_TEST_TINY
#error "GX_TEST_TINY must name tests/tagger/tiny.json"
#endif

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc(n > 0 ? (size_t)n : 1);
    *len = fread(b, 1, n > 0 ? (size_t)n : 0, f);
    fclose(f);
    return b;
}

/* The committed model (data/tagger/model.bin), parsed; free with gx_tagger_model_free(). */
static gx_tagger_model *load_model(void)
{
    size_t n = 0;
    unsigned char *img = slurp(GX_TEST_DATA_DIR "/tagger/model.bin", &n);
    assert_non_null(img);
    gl_error err;
    gl_error_clear(&err);
    gx_tagger_model *m = gx_tagger_model_parse(img, n, &err);
    free(img);
    if (!m)
        fail_msg("model.bin: %s", err.message);
    return m;
}

/* Does art have a tagger candidate of `type` whose text is `surface`? */
static int has_candidate(const gx_article *art, gx_ent_type type, const char *surface)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->source != GX_SRC_TAGGER || c->type != type)
            continue;
        if (strcmp(gx_article_span_text(art, c->span), surface) == 0)
            return 1;
    }
    return 0;
}

static void dump(const gx_article *art)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        print_message("  [%d,%d) %s %.3f %s\n", c->span.start, c->span.end, gx_ent_type_name(c->type),
                      (double)c->score, gx_article_span_text(art, c->span));
    }
}

typedef struct expect {
    gx_ent_type type;
    const char *surface;
} expect;

static void check_sentence(const gx_tagger *t, const char *text, const expect *ex, int nex)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_tagger_propose(t, art);
    int missing = 0;
    for (int k = 0; k < nex; k++)
        if (!has_candidate(art, ex[k].type, ex[k].surface)) {
            print_error("missing %s \"%s\" in: %s\n", gx_ent_type_name(ex[k].type), ex[k].surface, text);
            missing++;
        }
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        assert_int_equal(c->source, GX_SRC_TAGGER);
        assert_true(c->span.start >= 0 && c->span.start < c->span.end && c->span.end <= art->ncp);
        assert_true(c->score >= 0.0f && c->score <= 1.0f);
        assert_int_equal(c->lex_id, -1);
        assert_int_equal(c->link, -1);
    }
    if (missing)
        dump(art);
    assert_int_equal(missing, 0);
    gx_article_free(art);
}

static void test_committed_model_tags(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    gx_tagger *t = gx_tagger_load(GX_TEST_DATA_DIR, &err);
    if (!t)
        print_error("%s\n", err.message);
    assert_non_null(t);

    const expect e1[] = {{GX_ENT_COMPANY, "招商银行"}, {GX_ENT_POSITION, "行长"}, {GX_ENT_PERSON, "田惠宇"},
                         {GX_ENT_GOVERNMENT, "中国人民银行"}};
    check_sentence(t, "招商银行行长田惠宇说，中国人民银行降准有利于实体经济。", e1, 4);
    const expect e2[] = {{GX_ENT_GOVERNMENT, "国家统计局"}, {GX_ENT_COMPANY, "阿里巴巴集团"},
                         {GX_ENT_POSITION, "首席执行官"}, {GX_ENT_LOCATION, "杭州"}};
    check_sentence(t, "据国家统计局消息，阿里巴巴集团首席执行官张勇当天出席了在杭州举行的会议。", e2, 4);
    const expect e3[] = {{GX_ENT_COMPANY, "华为技术有限公司"}, {GX_ENT_POSITION, "董事长"},
                         {GX_ENT_GOVERNMENT, "中国证监会"}};
    check_sentence(t, "华为技术有限公司董事长任正非在深圳表示，中国证监会将加强监管。", e3, 3);
    const expect e4[] = {{GX_ENT_POSITION, "研究员"}, {GX_ENT_PERSON, "王鹏"}, {GX_ENT_POSITION, "CEO"},
                         {GX_ENT_PERSON, "黄仁勋"}};
    check_sentence(t, "北京社科院研究员王鹏告诉记者，英伟达CEO黄仁勋上周访问了上海。", e4, 4);
    const expect e5[] = {{GX_ENT_ORGANIZATION, "北京大学"}, {GX_ENT_POSITION, "教授"}, {GX_ENT_PERSON, "李春生"}};
    check_sentence(t, "北京大学教授李春生在接受采访时指出，房地产市场仍需观察。", e5, 3);

    /* A sentence with no names yields no confident proposal (a place word such as 公园 may come
     * back as a low-score location guess); empty text is fine. */
    gx_article *art = gx_article_new();
    const char *plain = "今天天气很好，我们一起去公园散步吧。";
    gx_article_set_text(art, plain, (int32_t)strlen(plain));
    gx_tagger_propose(t, art);
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        assert_true(c->type == GX_ENT_LOCATION);
        assert_true(c->score < 0.5f);
    }
    gx_article_free(art);
    art = gx_article_new();
    gx_article_set_text(art, "", 0);
    gx_tagger_propose(t, art);
    assert_int_equal(art->candidates.n, 0);
    gx_article_free(art);

    /* Sentence spans are honoured: offsets are relative to the article, not the sentence. */
    art = gx_article_new();
    const char *two = "今天下雨。招商银行行长田惠宇说。";
    gx_article_set_text(art, two, (int32_t)strlen(two));
    gx_span *s1 = GX_VEC_PUSH(art->arena, art->sentences);
    s1->start = 0, s1->end = 5;
    gx_span *s2 = GX_VEC_PUSH(art->arena, art->sentences);
    s2->start = 5, s2->end = art->ncp;
    gx_tagger_propose(t, art);
    assert_true(has_candidate(art, GX_ENT_COMPANY, "招商银行"));
    for (int i = 0; i < art->candidates.n; i++)
        assert_true(art->candidates.v[i].span.start >= 5);
    gx_article_free(art);

    /* Each sentence is decoded on its own (the engine's choice; gleaner-train --tag decodes a
     * whole line): the candidates are exactly the spans and scores of decoding each sentence
     * apart, offsets moved to the article. */
    const char *para = "据新华社报道，央行行长易纲今天表示。招商银行行长田惠宇说，降准有利于经济！"
                       "北京大学教授李春生指出，市场仍需观察？";
    art = gx_article_new();
    gx_article_set_text(art, para, (int32_t)strlen(para));
    for (int32_t i = 0, a = 0; i < art->ncp; i++)
        if (art->cp[i] == 0x3002 || art->cp[i] == 0xFF01 || art->cp[i] == 0xFF1F) {
            gx_span *sp = GX_VEC_PUSH(art->arena, art->sentences);
            sp->start = a, sp->end = i + 1, a = i + 1;
        }
    assert_int_equal(art->sentences.n, 3);
    gx_tagger_propose(t, art);
    {
        gx_tagger_model *m = load_model();
        gx_tagger_scratch sc;
        memset(&sc, 0, sizeof sc);
        gx_tagger_span sp[128];
        int nt = 0;
        for (int si = 0; si < art->sentences.n; si++) {
            gx_span ss = art->sentences.v[si];
            int ns = gx_tagger_decode(m, &sc, art->cp + ss.start, ss.end - ss.start, sp, 128, 1);
            for (int k = 0; k < ns; k++) {
                if (strcmp(m->type_names[sp[k].type], "misc") == 0)
                    continue;
                assert_true(nt < art->candidates.n);
                assert_int_equal(art->candidates.v[nt].span.start, ss.start + sp[k].start);
                assert_int_equal(art->candidates.v[nt].span.end, ss.start + sp[k].end);
                assert_true(art->candidates.v[nt].score == gx_tagger_score(sp[k].margin));
                nt++;
            }
        }
        assert_int_equal(nt, art->candidates.n);
        assert_true(nt >= 6);
        gx_tagger_scratch_cleanup(&sc);
        gx_tagger_model_free(m);
    }
    gx_article_free(art);
    art = gx_article_new();
    const char *lines = "招商银行\n行长田惠宇说。";
    gx_article_set_text(art, lines, (int32_t)strlen(lines));
    s1 = GX_VEC_PUSH(art->arena, art->sentences);
    s1->start = 0, s1->end = 4;
    s2 = GX_VEC_PUSH(art->arena, art->sentences);
    s2->start = 5, s2->end = art->ncp;
    gx_tagger_propose(t, art);
    for (int i = 0; i < art->candidates.n; i++)
        assert_true(art->candidates.v[i].span.end <= 4 || art->candidates.v[i].span.start >= 5);
    gx_article_free(art);
    gx_tagger_free(t);
}

/* Write bytes as <dir>/tagger/model.bin. */
static void write_model(const char *dir, const unsigned char *b, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tagger", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/tagger/model.bin", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b, 1, n, f), n);
    fclose(f);
}

static void expect_rejected(const char *dir, const char *needle)
{
    gl_error err;
    gl_error_clear(&err);
    gx_tagger *t = gx_tagger_load(dir, &err);
    assert_null(t);
    if (!strstr(err.message, needle))
        print_error("error \"%s\" lacks \"%s\"\n", err.message, needle);
    assert_non_null(strstr(err.message, needle));
}

static void test_corrupt_models_rejected(void **state)
{
    (void)state;
    size_t n = 0;
    unsigned char *good = slurp(GX_TEST_DATA_DIR "/tagger/model.bin", &n);
    assert_non_null(good);
    assert_true(n > GX_TAGGER_HEADER_SIZE);
    char dir[] = "/tmp/gx-tagger-test-XXXXXX";
    assert_non_null(mkdtemp(dir));

    expect_rejected(dir, "cannot open"); /* missing */

    unsigned char *bad = malloc(n);
    memcpy(bad, good, n);
    bad[n / 2] ^= 0x40;
    write_model(dir, bad, n);
    expect_rejected(dir, "checksum");

    write_model(dir, good, n - 7);
    expect_rejected(dir, "truncated");

    memcpy(bad, good, n);
    memcpy(bad, "NOTAMODL", 8);
    write_model(dir, bad, n);
    expect_rejected(dir, "magic");

    memcpy(bad, good, n);
    bad[8] = 99; /* version */
    write_model(dir, bad, n);
    expect_rejected(dir, "version");

    write_model(dir, good, 10);
    expect_rejected(dir, "magic");

    /* ... and the intact bytes load from the same place. */
    write_model(dir, good, n);
    gl_error err;
    gl_error_clear(&err);
    gx_tagger *t = gx_tagger_load(dir, &err);
    assert_non_null(t);
    gx_tagger_free(t);

    char path[512];
    snprintf(path, sizeof path, "%s/tagger/model.bin", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/tagger", dir);
    rmdir(path);
    rmdir(dir);
    free(bad);
    free(good);
}

static const char *const types6[] = {"company", "name", "government", "organization", "address", "position"};

static void load_tiny(gx_tagger_corpus *c)
{
    size_t n = 0;
    unsigned char *b = slurp(GX_TEST_TINY, &n);
    assert_non_null(b);
    gx_tagger_corpus_init(c, types6, 6);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && b[j] != '\n')
            j++;
        if (j > i) {
            gl_error err;
            gl_error_clear(&err);
            assert_int_equal(gx_tagger_corpus_add_cluener(c, (const char *)b + i, j - i, &err), 0);
        }
        i = j + 1;
    }
    free(b);
    assert_true(c->n >= 10);
}

/* The CRF options the training tests share: seed 7, learning rate 0.1 decaying by 0.95. */
static gx_tagger_train_opts crf_opts(int epochs)
{
    gx_tagger_train_opts o;
    memset(&o, 0, sizeof o);
    o.epochs = epochs;
    o.seed = 7;
    o.algo = 1;
    o.eta = 0.1;
    o.decay = 0.95;
    return o;
}

static void test_training_is_deterministic(void **state)
{
    (void)state;
    gx_tagger_corpus c;
    load_tiny(&c);
    gx_tagger_train_opts o;
    memset(&o, 0, sizeof o);
    o.epochs = 6;
    o.seed = 7;
    unsigned char *a = NULL, *b = NULL, *d = NULL;
    size_t na = 0, nb = 0, nd = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_true(na > GX_TAGGER_HEADER_SIZE);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    o.seed = 8; /* another shuffle gives another (valid) model */
    assert_int_equal(gx_tagger_train(&c, &o, &d, &nd, &err), 0);
    assert_false(na == nd && memcmp(a, d, na) == 0);

    /* The model parses and reproduces its training spans. */
    gx_tagger_model *m = gx_tagger_model_parse(a, na, &err);
    assert_non_null(m);
    long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
    gx_tagger_evaluate(m, &c, tp, fp, fn);
    long TP = 0, FP = 0, FN = 0;
    for (int k = 0; k < m->ntypes; k++)
        TP += tp[k], FP += fp[k], FN += fn[k];
    assert_true(TP > 0);
    assert_true(TP >= 9 * (TP + FN) / 10);
    assert_true(FP <= TP / 10);
    gx_tagger_model_free(m);
    free(a);
    free(b);
    free(d);
    gx_tagger_corpus_cleanup(&c);
}

/* The CRF objective (SGD, L1 cumulative penalty, averaging, softmax-margin) is deterministic
 * too, learns the corpus, and its L1 penalty leaves fewer weights than without it. */
static void test_crf_training(void **state)
{
    (void)state;
    gx_tagger_corpus c;
    load_tiny(&c);
    gx_tagger_train_opts o = crf_opts(20);
    o.crf_margin = 1.0;
    unsigned char *a = NULL, *b = NULL, *d = NULL;
    size_t na = 0, nb = 0, nd = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &d, &nd, &err), 0); /* no L1 */
    o.l1 = 0.02;
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    gx_tagger_model *m = gx_tagger_model_parse(a, na, &err);
    gx_tagger_model *m0 = gx_tagger_model_parse(d, nd, &err);
    assert_non_null(m);
    assert_non_null(m0);
    assert_true(m->nweights < m0->nweights);
    long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
    gx_tagger_evaluate(m, &c, tp, fp, fn);
    long TP = 0, FP = 0, FN = 0;
    for (int k = 0; k < m->ntypes; k++)
        TP += tp[k], FP += fp[k], FN += fn[k];
    print_message("crf on tiny.json: tp %ld fp %ld fn %ld, %u weights (%u without L1)\n", TP, FP, FN, m->nweights,
                  m0->nweights);
    assert_true(TP > 0);
    assert_true(TP >= 9 * (TP + FN) / 10);
    assert_true(FP <= TP / 10);
    gx_tagger_model_free(m);
    gx_tagger_model_free(m0);
    free(a);
    free(b);
    free(d);
    gx_tagger_corpus_cleanup(&c);
}

/* The options mention-replacement augmentation uses: per-sentence step weights (all 1 = none,
 * anything else changes the model) and per-sentence gazetteer folds (the identity = none,
 * another assignment changes the lexicon codes a sentence is trained with). */
static void test_sentence_weights_and_folds(void **state)
{
    (void)state;
    gx_tagger_corpus c;
    load_tiny(&c);
    gx_tagger_lexicon lx[2];
    const gx_tagger_lexicon *lxp[2] = {&lx[0], &lx[1]};
    static const uint32_t li[] = {0x674E, 0x660E, 0x8FDC}; /* 李明远, tiny.json's first name */
    for (int f = 0; f < 2; f++)
        gx_tagger_lexicon_init(&lx[f]);
    gx_tagger_lexicon_add(&lx[0], li, 3, 1u << GX_LEX_PERSON);
    gx_tagger_template tpl[GX_TAGGER_MAX_TEMPLATES];
    int ntpl = gx_tagger_default_ntemplates;
    memcpy(tpl, gx_tagger_default_templates, sizeof tpl[0] * (size_t)ntpl);
    tpl[ntpl++] = (gx_tagger_template){GX_TPL_LEX, 1, 0, 0};
    gx_tagger_train_opts o = crf_opts(8);
    o.tpl = tpl;
    o.ntpl = ntpl;
    o.lex = &lx[0];
    o.train_lex = lxp;
    o.ntrain_lex = 2;
    double *w = calloc((size_t)c.n, sizeof *w);
    int *fold = calloc((size_t)c.n, sizeof *fold);
    assert_non_null(w);
    assert_non_null(fold);
    unsigned char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    for (int i = 0; i < c.n; i++)
        w[i] = 1, fold[i] = i;
    o.sent_weight = w;
    o.lex_fold = fold;
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    free(b);
    w[0] = 0.25;
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_false(na == nb && memcmp(a, b, na) == 0);
    free(b);
    w[0] = 1;
    fold[0] = 1; /* sentence 0 (李明远) now trained with the lexicon that lacks the name */
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_false(na == nb && memcmp(a, b, na) == 0);
    free(a);
    free(b);
    free(w);
    free(fold);
    for (int f = 0; f < 2; f++)
        gx_tagger_lexicon_cleanup(&lx[f]);
    gx_tagger_corpus_cleanup(&c);
}

/* Partial labels (twenty-seventh session): the CRF's target at a position is the marginal over
 * the paths through the allowed tags. With every position fixed to its gold tag the gradient
 * and the trained model are exactly today's; with some positions open, the emission gradient
 * changes only there, and only in the columns of the tags allowed there. */
static void test_partial_labels(void **state)
{
    (void)state;
    gx_tagger_lattice lat;
    gx_tagger_constraints(2, &lat); /* tags: O, B0 I0 E0 S0, B1 I1 E1 S1 */
    enum { N = 6, T = 9, T1 = 10 };
    double em[N * T], tr[T1 * T1], d0[N * T], d1[N * T], t0[T1 * T1], t1[T1 * T1];
    uint64_t r = 12345;
    for (int k = 0; k < N * T; k++)
        em[k] = (double)((r = r * 6364136223846793005ULL + 1442695040888963407ULL) >> 40) / (1 << 24) * 2 - 1;
    for (int k = 0; k < T1 * T1; k++)
        tr[k] = (double)((r = r * 6364136223846793005ULL + 1442695040888963407ULL) >> 40) / (1 << 24) - 0.5;
    const uint8_t gold[N] = {0, 1, 3, 0, 0, 4}; /* O B0 E0 O O S0 */
    uint8_t fixed[N * T], part[N * T];
    memset(fixed, 0, sizeof fixed);
    memset(part, 0, sizeof part);
    for (int i = 0; i < N; i++) {
        fixed[i * T + gold[i]] = 1;
        if (gold[i]) {
            part[i * T + gold[i]] = 1;
        } else { /* O or any tag of type 1 (the type this line's annotator did not mark) */
            part[i * T] = 1;
            memset(part + i * T + 5, 1, 4);
        }
    }
    for (int mg = 0; mg <= 1; mg++) { /* every position fixed == full labels, bit for bit */
        gx_tagger_crf_gradient(&lat, N, em, tr, gold, NULL, mg, d0, t0);
        gx_tagger_crf_gradient(&lat, N, em, tr, gold, fixed, mg, d1, t1);
        assert_memory_equal(d0, d1, sizeof d0);
        assert_memory_equal(t0, t1, sizeof t0);
    }
    gx_tagger_crf_gradient(&lat, N, em, tr, gold, NULL, 0, d0, t0);
    gx_tagger_crf_gradient(&lat, N, em, tr, gold, part, 0, d1, t1);
    int moved = 0;
    for (int i = 0; i < N; i++) {
        double s0 = 0, s1 = 0;
        for (int tag = 0; tag < T; tag++) {
            const double a = d0[i * T + tag], b = d1[i * T + tag];
            s0 += a, s1 += b;
            const int open = !gold[i] && (tag == 0 || tag >= 5);
            if (!open)
                assert_true(fabs(a - b) < 1e-12); /* fixed positions, and type 0 outside its span */
            else
                moved += fabs(a - b) > 1e-6;
            if (!gold[i] && tag == 0)
                assert_true(b < a); /* O is no longer the whole target there */
        }
        assert_true(fabs(s0) < 1e-9 && fabs(s1) < 1e-9); /* targets and marginals sum to 1 */
    }
    assert_true(moved >= 6);
    /* the transition into the fixed E0 from B0 keeps its target of 1 */
    assert_true(fabs(t0[1 * T1 + 3] - t1[1 * T1 + 3]) < 1e-12);
    /* an open position may now hold type 1 (E0 at 2 -> B1 at 3, E1 at 4: a target > 0) */
    assert_true(t1[3 * T1 + 5] > t0[3 * T1 + 5]);
    assert_true(t0[3 * T1 + 5] < 0);

    /* The JSON fields: "open" and "maybe" make the mask, "weight" the step scale. */
    gx_tagger_corpus c;
    gx_tagger_corpus_init(&c, types6, 6);
    gl_error err;
    gl_error_clear(&err);
    const char *line = "{\"text\": \"甲公司和乙局长\", \"label\": {\"company\": {\"甲公司\": [[0, 2]]}},"
                       " \"open\": [\"position\", \"nosuchlabel\"], \"maybe\": {\"government\": [[4, 5]]}, \"weight\": 0.5}";
    assert_int_equal(gx_tagger_corpus_add_cluener(&c, line, strlen(line), &err), 0);
    const gx_tagger_sentence *s = &c.s[0];
    const int TT = 1 + 4 * 6;
    assert_non_null(s->allowed);
    assert_true(s->weight == 0.5);
    for (int i = 0; i < s->n; i++)
        for (int tag = 0; tag < TT; tag++) {
            int want = i <= 2 ? tag == s->gold[i]
                              : tag == 0 || (tag >= 1 + 4 * 5 && tag < 5 + 4 * 5) ||
                                    (i >= 4 && i <= 5 && tag >= 1 + 4 * 2 && tag < 5 + 4 * 2);
            assert_int_equal(s->allowed[i * TT + tag] != 0, want);
        }
    const char *plain = "{\"text\": \"甲公司\", \"label\": {\"company\": {\"甲公司\": [[0, 2]]}}}";
    assert_int_equal(gx_tagger_corpus_add_cluener(&c, plain, strlen(plain), &err), 0);
    assert_null(c.s[1].allowed);
    assert_true(c.s[1].weight == 1);
    const char *bad1 = "{\"text\": \"甲\", \"weight\": 0}", *bad2 = "{\"text\": \"甲\", \"maybe\": {}}";
    assert_int_equal(gx_tagger_corpus_add_cluener(&c, bad1, strlen(bad1), &err), -1);
    assert_int_equal(gx_tagger_corpus_add_cluener(&c, bad2, strlen(bad2), &err), -1);
    assert_int_equal(c.n, 2);
    gx_tagger_corpus_cleanup(&c);

    /* Training: every tiny.json line fixed by a mask gives today's model bytes; opening the
       O positions of one line, or weighting it, gives another model. */
    load_tiny(&c);
    gx_tagger_train_opts o = crf_opts(4);
    o.crf_margin = 1.0;
    o.l1 = 0.02;
    unsigned char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    const int T6 = 1 + 4 * c.ntypes;
    for (int k = 0; k < c.n; k++) {
        gx_tagger_sentence *sk = &c.s[k];
        sk->allowed = calloc((size_t)sk->n * (size_t)T6, 1);
        assert_non_null(sk->allowed);
        for (int i = 0; i < sk->n; i++)
            sk->allowed[i * T6 + sk->gold[i]] = 1;
    }
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    free(b);
    for (int i = 0; i < c.s[0].n; i++)
        if (!c.s[0].gold[i])
            memset(c.s[0].allowed + i * T6 + 1 + 4 * 5, 1, 4); /* position open on line 0 */
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_false(na == nb && memcmp(a, b, na) == 0);
    free(b);
    for (int k = 0; k < c.n; k++) {
        free(c.s[k].allowed);
        c.s[k].allowed = NULL;
    }
    c.s[0].weight = 0.25;
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_false(na == nb && memcmp(a, b, na) == 0);
    free(a);
    free(b);
    gx_tagger_corpus_cleanup(&c);
}

static void test_paths_are_well_formed(void **state)
{
    (void)state;
    gx_tagger_model *m = load_model();
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    /* Pseudo-random text over a mix of CJK, Latin, digits and punctuation. */
    uint32_t cp[300];
    gx_tagger_span sp[300];
    uint64_t x = 12345;
    for (int round = 0; round < 200; round++) {
        int len = 1 + (int)(x % 299);
        for (int i = 0; i < len; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            uint32_t r = (uint32_t)(x >> 33);
            cp[i] = r % 4 == 0 ? 'a' + r % 26 : r % 7 == 0 ? 0x3002 : r % 11 == 0 ? '0' + r % 10 : 0x4E00 + r % 3000;
        }
        int ns = gx_tagger_decode(m, &sc, cp, len, sp, 300, 1);
        int prev_end = 0;
        for (int k = 0; k < ns; k++) {
            assert_true(sp[k].start >= prev_end && sp[k].start < sp[k].end && sp[k].end <= len);
            assert_true(sp[k].type >= 0 && sp[k].type < m->ntypes);
            assert_true(sp[k].margin >= 0);
            prev_end = sp[k].end;
        }
        for (int i = 0; i < len; i++) {
            int tg = sc.tags[i], prev = i ? sc.tags[i - 1] : 0;
            int role = tg ? (tg - 1) % 4 : -1, prole = prev ? (prev - 1) % 4 : -1;
            if (role == 1 || role == 2) /* I, E continue a B or I of the same type */
                assert_true((prole == 0 || prole == 1) && (tg - 1) / 4 == (prev - 1) / 4);
            else if (i > 0)
                assert_true(prole != 0 && prole != 1);
        }
        int last = sc.tags[len - 1];
        assert_true(last == 0 || (last - 1) % 4 >= 2);
    }
    gx_tagger_scratch_cleanup(&sc);
    gx_tagger_model_free(m);
}

/* The fast decoding layout (32 lanes, dense rows, filters; gx_tagger_model.h) must give exactly
 * the spans and margins of the generic layout, on the committed model: random strings and the
 * test sentences, long and short, with and without margins. */
/* Decode cp[0..n) with the fast layout m and the generic layout g: the same spans, starts, ends
 * and margins. Returns the number of spans (s1 keeps the fast decode's tags). */
static int expect_same_decode(const gx_tagger_model *m, const gx_tagger_model *g, gx_tagger_scratch *s1,
                              gx_tagger_scratch *s2, const uint32_t *cp, int n)
{
    gx_tagger_span x[64], y[64];
    int nx = gx_tagger_decode(m, s1, cp, n, x, 64, 1);
    int ny = gx_tagger_decode(g, s2, cp, n, y, 64, 1);
    assert_int_equal(nx, ny);
    for (int k = 0; k < nx && k < 64; k++) {
        assert_int_equal(x[k].start, y[k].start);
        assert_int_equal(x[k].end, y[k].end);
        assert_true(x[k].margin == y[k].margin);
    }
    return nx;
}

static void test_fast_layout_matches_generic(void **state)
{
    (void)state;
    size_t n = 0;
    unsigned char *img = slurp(GX_TEST_DATA_DIR "/tagger/model.bin", &n);
    assert_non_null(img);
    gl_error err;
    gl_error_clear(&err);
    gx_tagger_model *fast = gx_tagger_model_parse(img, n, &err);
    gx_tagger_model *gen = gx_tagger_model_parse_generic(img, n, &err);
    assert_non_null(fast);
    assert_non_null(gen);
    free(img);
    assert_non_null(fast->lanes);
    assert_null(gen->lanes);
    gx_tagger_scratch s1, s2;
    memset(&s1, 0, sizeof s1);
    memset(&s2, 0, sizeof s2);
    static uint32_t cp[1200];
    static gx_tagger_span a[1200], b[1200];
    static const char *const words[] = {"中国平安", "保险", "集团", "董事长", "马明哲", "表示", "，", "。", "北京市",
                                        "人民政府", "发布", "Apple", "公司", "2024年", "的", "证监会", "张三", "在",
                                        "深圳", "召开", "会议", "、", "《", "》", "王一鸣", "记者"};
    uint64_t x = 987654321;
    long spans = 0;
    for (int round = 0; round < 300; round++) {
        int len = 0, target = 1 + (int)((x >> 20) % (round % 10 == 0 ? 1100 : 120));
        while (len < target) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            uint32_t r = (uint32_t)(x >> 33);
            if (r % 3) { /* a word of the list, decoded from UTF-8 */
                const unsigned char *w = (const unsigned char *)words[r % (sizeof words / sizeof words[0])];
                while (*w && len < target) {
                    uint32_t c = *w < 0x80 ? *w : *w < 0xE0 ? *w & 0x1Fu : *w < 0xF0 ? *w & 0x0Fu : *w & 0x07u;
                    int k = *w < 0x80 ? 1 : *w < 0xE0 ? 2 : *w < 0xF0 ? 3 : 4;
                    for (int q = 1; q < k; q++)
                        c = c << 6 | (w[q] & 0x3Fu);
                    cp[len++] = c;
                    w += k;
                }
            } else {
                cp[len++] = r % 5 == 0 ? 'A' + r % 26 : r % 7 == 0 ? '0' + r % 10 : 0x4E00 + r % 5000;
            }
        }
        const int want = round % 4 != 3;
        int na = gx_tagger_decode(fast, &s1, cp, len, a, 1200, want);
        int nb = gx_tagger_decode(gen, &s2, cp, len, b, 1200, want);
        assert_int_equal(na, nb);
        for (int k = 0; k < na; k++) {
            assert_int_equal(a[k].start, b[k].start);
            assert_int_equal(a[k].end, b[k].end);
            assert_int_equal(a[k].type, b[k].type);
            assert_true(a[k].margin == b[k].margin);
        }
        assert_memory_equal(s1.tags, s2.tags, (size_t)len);
        spans += na;
    }
    assert_true(spans > 300); /* the text does contain names, places, companies */
    gx_tagger_scratch_cleanup(&s1);
    gx_tagger_scratch_cleanup(&s2);
    gx_tagger_model_free(fast);
    gx_tagger_model_free(gen);
}

/* Training text, lexicon words and --tag input go through gx_tagger_nfkc1: per-code-point NFKC
 * (what the engine's normalization does) followed by the punctuation mapping, so training sees
 * the characters decoding sees. One code point in, one out (label offsets stay valid). */
static void test_nfkc1_matches_decoding(void **state)
{
    (void)state;
    assert_int_equal(gx_tagger_nfkc1(0xFF21), 'A');     /* full-width A */
    assert_int_equal(gx_tagger_nfkc1(0xFF11), '1');     /* full-width 1 */
    assert_int_equal(gx_tagger_nfkc1(0x3000), ' ');     /* ideographic space */
    assert_int_equal(gx_tagger_nfkc1(0xFF0C), 0xFF0C);  /* full-width comma stays */
    assert_int_equal(gx_tagger_nfkc1(','), 0xFF0C);     /* ASCII comma -> the decoder's form */
    assert_int_equal(gx_tagger_nfkc1(0xFE50), 0xFF0C);  /* small comma: NFKC ",", then mapped */
    assert_int_equal(gx_tagger_nfkc1('.'), '.');
    assert_int_equal(gx_tagger_nfkc1(0x4E2D), 0x4E2D);  /* Han unchanged */
    assert_int_equal(gx_tagger_nfkc1(0x00BD), 0x00BD);  /* 1/2 expands to 3: kept as is */
    assert_int_equal(gx_tagger_nfkc1(0x3231), 0x3231);  /* (株) expands: kept as is */
    for (uint32_t c = 1; c < 0x10000; c++) {            /* idempotent: one pass is enough */
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        uint32_t once = gx_tagger_nfkc1(c);
        assert_int_equal(gx_tagger_nfkc1(once), once);
        assert_int_equal(gx_tagger_canon(once), once);
    }
}

/* The engine hands the tagger NFKC text, where the full-width punctuation of the training text
 * (CLUENER writes ，：（）！？； full-width) has become ASCII. Both spellings must give the same
 * tags, spans and margins, and the ASCII one must be mapped to what the model was trained on:
 * the class and the key of "，" (not of ","), so a name right before a comma is still found. */
static void test_ascii_punctuation_is_canonical(void **state)
{
    (void)state;
    gx_tagger_model *m = load_model();
    static const char *const texts[] = {
        "记者（王一鸣）报道：招商银行行长田惠宇说，中国人民银行降准！真的吗？是的；",
        "星展银行（中国）有限公司（“星展中国”）19日在天津设立分行，费用为＄100。",
        "当时的房子并不是建筑师做的，实际上（张永和）和两位应该算是第二波建筑师，",
        "TyLoo：中文名王诩文。世界电子竞技魔兽争霸3（WarcraftIII），张三表示：",
    };
    assert_int_equal(gx_tagger_canon(','), 0xFF0C);
    assert_int_equal(gx_tagger_canon(0xFF0C), 0xFF0C);
    assert_int_equal(gx_tagger_canon('.'), '.'); /* CLUENER writes "." as ASCII */
    assert_int_equal(gx_tagger_canon(0x4E00), 0x4E00);
    gx_tagger_scratch s1, s2;
    memset(&s1, 0, sizeof s1);
    memset(&s2, 0, sizeof s2);
    uint32_t wide[128], ascii[128];
    gx_tagger_span a[128], b[128];
    int changed = 0, spans = 0;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        int len = 0;
        for (const unsigned char *w = (const unsigned char *)texts[t]; *w && len < 128;) {
            uint32_t c = *w < 0x80 ? *w : *w < 0xE0 ? *w & 0x1Fu : *w < 0xF0 ? *w & 0x0Fu : *w & 0x07u;
            int k = *w < 0x80 ? 1 : *w < 0xE0 ? 2 : *w < 0xF0 ? 3 : 4;
            for (int q = 1; q < k; q++)
                c = c << 6 | (w[q] & 0x3Fu);
            w += k;
            wide[len] = c;
            /* what the engine's NFKC makes of it */
            ascii[len] = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            changed += ascii[len] != c;
            len++;
        }
        int na = gx_tagger_decode(m, &s1, wide, len, a, 128, 1);
        int nb = gx_tagger_decode(m, &s2, ascii, len, b, 128, 1);
        assert_int_equal(na, nb);
        for (int k = 0; k < na; k++) {
            assert_int_equal(a[k].start, b[k].start);
            assert_int_equal(a[k].end, b[k].end);
            assert_int_equal(a[k].type, b[k].type);
            assert_true(a[k].margin == b[k].margin);
        }
        assert_memory_equal(s1.tags, s2.tags, (size_t)len);
        spans += na;
    }
    assert_true(changed >= 15);
    assert_true(spans >= 8);
    gx_tagger_scratch_cleanup(&s1);
    gx_tagger_scratch_cleanup(&s2);
    gx_tagger_model_free(m);
}

/* Character clusters (u/v/w templates): ids are read per granularity (two characters of one
 * fine cluster share the fine key, of one middle cluster the middle key), the table travels
 * in the model file (same words after loading, nothing for other characters), a trained
 * model gets weights for the cluster templates and decodes the same in the fast and generic
 * layouts, and bad ids or a damaged table are refused. */
/* Seed averaging (session 10): seed_avg 1 is one run (the same bytes); 3 gives one model whose
 * weights average three runs: deterministic, other bytes than any single run, the same
 * number of types, and it still learns tiny.json. */
static void test_seed_averaging(void **state)
{
    (void)state;
    gx_tagger_corpus c;
    load_tiny(&c);
    gx_tagger_train_opts o = crf_opts(10);
    o.crf_margin = 1.0;
    o.l1 = 0.02;
    unsigned char *one = NULL, *a = NULL, *b = NULL, *s1 = NULL;
    size_t none = 0, na = 0, nb = 0, ns1 = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &one, &none, &err), 0);
    o.seed_avg = 1;
    assert_int_equal(gx_tagger_train(&c, &o, &s1, &ns1, &err), 0);
    assert_int_equal(ns1, none);
    assert_memory_equal(s1, one, none);
    o.seed_avg = 3;
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    assert_true(na != none || memcmp(a, one, na) != 0);
    gx_tagger_model *m = gx_tagger_model_parse(a, na, &err);
    assert_non_null(m);
    long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
    gx_tagger_evaluate(m, &c, tp, fp, fn);
    long TP = 0, FP = 0, FN = 0;
    for (int k = 0; k < m->ntypes; k++)
        TP += tp[k], FP += fp[k], FN += fn[k];
    assert_true(TP >= 9 * (TP + FN) / 10);
    assert_true(FP <= TP / 10);
    gx_tagger_model_free(m);
    free(one);
    free(s1);
    free(a);
    free(b);
    gx_tagger_corpus_cleanup(&c);
}

/* Dense character embeddings (session 10): real-valued features folded at serialization into
 * the character unigram template. All-zero vectors leave the model byte for byte as without
 * embeddings (the folding adds nothing and writes no empty entry); real vectors change it,
 * give characters the corpus never has an entry of their own, train deterministically, and
 * decode alike in the fast and the generic layout. Bad set-ups are errors. */
static void test_embedding_features(void **state)
{
    (void)state;
    gx_tagger_corpus c;
    load_tiny(&c);
    const gx_tagger_template tpl[] = {{GX_TPL_CHAR, 1, -1, 1}, {GX_TPL_CHAR, 2, -1, 0}, {GX_TPL_CLASS, 3, -1, -1}};
    /* 李 周 赵 孙 王 (surnames, in tiny.json or not), 部 局 厅, and 钱 吴 鑫 霖 (never in it) */
    static const uint32_t cps[] = {0x5385, 0x5434, 0x5468, 0x5B59, 0x5C40, 0x674E, 0x738B, 0x8D75,
                                   0x90E8, 0x946B, 0x94B1, 0x9716};
    enum { NE = sizeof cps / sizeof cps[0], K = 4 };
    float zero[NE * K], vec[NE * K];
    memset(zero, 0, sizeof zero);
    for (int r = 0; r < NE; r++)
        for (int j = 0; j < K; j++)
            vec[r * K + j] = (float)((r * 7 + j * 3) % 5 - 2) * 0.4f;
    gx_tagger_train_opts o = crf_opts(10);
    o.crf_margin = 1.0;
    o.tpl = tpl;
    o.ntpl = 3;
    unsigned char *base = NULL, *z = NULL, *a = NULL, *b = NULL;
    size_t nbase = 0, nz = 0, na = 0, nb = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &base, &nbase, &err), 0);
    o.emb_cp = cps;
    o.nemb = NE;
    o.emb_k = K;
    o.emb_rmin = -1;
    o.emb_rmax = 1;
    o.emb_vec = zero;
    assert_int_equal(gx_tagger_train(&c, &o, &z, &nz, &err), 0);
    assert_int_equal(nz, nbase);
    assert_memory_equal(z, base, nbase);
    o.emb_vec = vec;
    o.emb_l2 = 1e-3;
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    assert_true(na != nbase || memcmp(a, base, na) != 0);
    gx_tagger_model *m0 = gx_tagger_model_parse(base, nbase, &err);
    gx_tagger_model *m = gx_tagger_model_parse(a, na, &err);
    gx_tagger_model *g = gx_tagger_model_parse_generic(a, na, &err);
    assert_non_null(m0);
    assert_non_null(m);
    assert_non_null(g);
    /* the four characters tiny.json lacks now have unigram entries */
    assert_true(m->nentries >= m0->nentries + 4);
    long tp[GX_TAGGER_MAX_TYPES], fp[GX_TAGGER_MAX_TYPES], fn[GX_TAGGER_MAX_TYPES];
    gx_tagger_evaluate(m, &c, tp, fp, fn);
    long TP = 0, FN = 0;
    for (int k = 0; k < m->ntypes; k++)
        TP += tp[k], FN += fn[k];
    assert_true(TP >= 9 * (TP + FN) / 10);
    gx_tagger_scratch s1, s2;
    memset(&s1, 0, sizeof s1);
    memset(&s2, 0, sizeof s2);
    const uint32_t text[] = {0x94B1, 0x946B, 0x9716, 0x8BF4 /*说*/, 0x5434, 0x5C40};
    for (int i = 0; i <= c.n; i++) {
        const uint32_t *cp = i < c.n ? c.s[i].cp : text;
        const int n = i < c.n ? c.s[i].n : 6;
        expect_same_decode(m, g, &s1, &s2, cp, n);
    }
    gx_tagger_scratch_cleanup(&s1);
    gx_tagger_scratch_cleanup(&s2);
    gx_tagger_model_free(m0);
    gx_tagger_model_free(m);
    gx_tagger_model_free(g);
    /* offsets the unigram template does not cover; the perceptron; a code point not Han */
    unsigned char *x = NULL;
    size_t nx = 0;
    o.emb_rmax = 2;
    assert_int_equal(gx_tagger_train(&c, &o, &x, &nx, &err), -1);
    assert_null(x);
    o.emb_rmax = 1;
    o.algo = 0;
    assert_int_equal(gx_tagger_train(&c, &o, &x, &nx, &err), -1);
    o.algo = 1;
    const uint32_t latin[] = {'A'};
    o.emb_cp = latin;
    o.nemb = 1;
    assert_int_equal(gx_tagger_train(&c, &o, &x, &nx, &err), -1);
    assert_null(x);
    free(base);
    free(z);
    free(a);
    free(b);
    gx_tagger_corpus_cleanup(&c);
}

static void test_cluster_features(void **state)
{
    (void)state;
    gx_tagger_lexicon lex;
    gx_tagger_lexicon_init(&lex);
    /* surnames of tiny.json and two it never uses: fine 1..3, one middle and coarse cluster */
    static const uint32_t surnames[] = {0x674E /*李*/, 0x5468 /*周*/, 0x8D75 /*赵*/, 0x5B59 /*孙*/,
                                        0x738B /*王*/, 0x94B1 /*钱*/, 0x5434 /*吴*/};
    for (size_t k = 0; k < sizeof surnames / sizeof surnames[0]; k++)
        assert_int_equal(gx_tagger_lexicon_set_cluster(&lex, surnames[k], 1 + (uint32_t)k % 3, 7, 2), 0);
    static const uint32_t suffixes[] = {0x90E8 /*部*/, 0x5C40 /*局*/, 0x5385 /*厅*/, 0x4F1A /*会*/};
    for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
        assert_int_equal(gx_tagger_lexicon_set_cluster(&lex, suffixes[k], 900, 8, 3), 0);
    assert_int_equal(gx_tagger_lexicon_set_cluster(&lex, 'A', 1, 1, 1), -1);     /* not Han */
    assert_int_equal(gx_tagger_lexicon_set_cluster(&lex, 0x4E00, 0, 1, 1), -1);  /* id 0 */
    assert_int_equal(gx_tagger_lexicon_set_cluster(&lex, 0x4E00, 1, 1024, 1), -1); /* too big */
    assert_int_equal(lex.nclus, 11);

    /* keys: 李 (fine 1) and 孙 (fine 1) share u; 李 and 周 (fine 2) share v and w, not u */
    const gx_tagger_template tu = {GX_TPL_CLUF, 1, 0, 0}, tv = {GX_TPL_CLUM, 1, 0, 0};
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    const uint32_t text[] = {0x674E, 0x5B59, 0x5468, 0x90E8, 0x4E00, 'A'};
    gx_tagger_scratch_fill(&sc, &lex, text, 6);
    const int P = GX_TAGGER_PAD;
    assert_true(gx_tagger_key(&tu, 0, &sc, P) == gx_tagger_key(&tu, 0, &sc, P + 1));
    assert_true(gx_tagger_key(&tu, 0, &sc, P) != gx_tagger_key(&tu, 0, &sc, P + 2));
    assert_true(gx_tagger_key(&tv, 0, &sc, P) == gx_tagger_key(&tv, 0, &sc, P + 2));
    assert_true(gx_tagger_key(&tv, 0, &sc, P) != gx_tagger_key(&tv, 0, &sc, P + 3));
    assert_true(gx_tagger_key(&tu, 0, &sc, P + 4) == gx_tagger_key(&tu, 0, &sc, P + 5)); /* no cluster */
    assert_true(gx_tagger_key(&tu, 0, &sc, P - 1) != gx_tagger_key(&tu, 0, &sc, P + 6)); /* BOS, EOS */
    gx_tagger_scratch_cleanup(&sc);

    gx_tagger_corpus c;
    load_tiny(&c);
    const gx_tagger_template tpl[] = {{GX_TPL_CHAR, 1, -1, 1}, {GX_TPL_CLUF, 1, -1, 1}, {GX_TPL_CLUM, 2, -1, 0},
                                      {GX_TPL_CLUC, 2, -1, 0}};
    gx_tagger_train_opts o = crf_opts(10);
    o.tpl = tpl;
    o.ntpl = 4;
    o.lex = &lex;
    unsigned char *a = NULL;
    size_t na = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    gx_tagger_model *m = gx_tagger_model_parse(a, na, &err);
    gx_tagger_model *g = gx_tagger_model_parse_generic(a, na, &err);
    assert_non_null(m);
    assert_non_null(g);
    assert_int_equal(m->lex.nclus, 11);
    assert_non_null(m->lex.hanclus);
    assert_memory_equal(m->lex.hanclus, lex.hanclus, sizeof *lex.hanclus * (GX_CLU_HAN1 - GX_CLU_HAN0 + 1));
    assert_int_equal(m->tpl[1].kind, GX_TPL_CLUF);
    assert_true(m->tpl_dense[1] && !m->tpl_dense[2] && m->tpl_dense[3]);
    int cluster_features = 0;
    for (int ti = 1; ti < 4; ti++)
        for (uint64_t k = 0; k <= m->mask[ti]; k++)
            cluster_features += m->slots[ti][k].fp != 0;
    assert_true(cluster_features >= 5);
    gx_tagger_scratch s1, s2;
    memset(&s1, 0, sizeof s1);
    memset(&s2, 0, sizeof s2);
    long spans = 0;
    for (int i = 0; i < c.n; i++) {
        int nx = expect_same_decode(m, g, &s1, &s2, c.s[i].cp, c.s[i].n);
        spans += nx;
    }
    assert_true(spans >= c.n);
    gx_tagger_scratch_cleanup(&s1);
    gx_tagger_scratch_cleanup(&s2);
    gx_tagger_model_free(m);
    gx_tagger_model_free(g);

    /* the table is the last 11 x 8 bytes: two entries swapped (code points must rise), or an id
     * of 0, are refused even with a valid checksum */
    unsigned char *bad = malloc(na);
    for (int round = 0; round < 2; round++) {
        memcpy(bad, a, na);
        unsigned char *t0 = bad + na - 11 * 8;
        if (round == 0) {
            unsigned char tmp[8];
            memcpy(tmp, t0, 8);
            memcpy(t0, t0 + 8, 8);
            memcpy(t0 + 8, tmp, 8);
        } else {
            t0[4] = 0;
            t0[5] &= 0xFC; /* fine id 0 */
        }
        uint64_t h = gx_tagger_fnv1a(bad + GX_TAGGER_HEADER_SIZE, na - GX_TAGGER_HEADER_SIZE);
        for (int b = 0; b < 8; b++)
            bad[48 + b] = (unsigned char)(h >> (8 * b));
        gx_tagger_model *bm = gx_tagger_model_parse(bad, na, &err);
        assert_null(bm);
        assert_non_null(strstr(err.message, "cluster"));
    }
    free(bad);
    free(a);
    gx_tagger_corpus_cleanup(&c);
    gx_tagger_lexicon_cleanup(&lex);
}

/* Context values (GX_TPL_WEND / WBEG / LTOK / LSHP): the word before and after a position and
 * Latin tokens; a CRF trained with them decodes alike in the fast and the generic layout. */
static void test_context_features(void **state)
{
    (void)state;
    gx_tagger_lexicon lex;
    gx_tagger_lexicon_init(&lex);
    static const uint32_t w1[] = {0x8463, 0x4E8B, 0x957F}; /* 董事长 */
    static const uint32_t w2[] = {0x8868, 0x793A};         /* 表示 */
    static const uint32_t w3[] = {0x4E8B, 0x957F};         /* 事长: shorter, ends with 长 */
    gx_tagger_lexicon_add(&lex, w1, 3, 1u << GX_LEX_WORD);
    gx_tagger_lexicon_add(&lex, w2, 2, 1u << GX_LEX_WORD);
    gx_tagger_lexicon_add(&lex, w3, 2, 1u << GX_LEX_WORD);
    const gx_tagger_template tb = {GX_TPL_WEND, 1, 0, 0}, ta = {GX_TPL_WBEG, 1, 0, 0},
                             tx = {GX_TPL_LTOK, 1, 0, 0}, tz = {GX_TPL_LSHP, 1, 0, 0};
    gx_tagger_scratch sc, sd;
    memset(&sc, 0, sizeof sc);
    memset(&sd, 0, sizeof sd);
    sc.ctx = sd.ctx = 1;
    const int P = GX_TAGGER_PAD;
    /* 董事长李明远表示 Paul PAUL */
    const uint32_t text[] = {0x8463, 0x4E8B, 0x957F, 0x674E, 0x660E, 0x8FDC, 0x8868, 0x793A, ' ',
                             'P', 'a', 'u', 'l', ' ', 'P', 'A', 'U', 'L'};
    gx_tagger_scratch_fill(&sc, &lex, text, 18);
    /* 表示董事长 */
    const uint32_t text2[] = {0x8868, 0x793A, 0x8463, 0x4E8B, 0x957F};
    gx_tagger_scratch_fill(&sd, &lex, text2, 5);
    assert_true(sc.wend[P + 2] != 0 && sc.wend[P + 3] == 0 && sc.wend[P + 7] != 0);
    assert_true(sc.wend[P + 2] == sd.wend[P + 4]);   /* the longest word ending at 长: 董事长 */
    assert_true(sc.wbeg[P + 6] == sd.wbeg[P + 0]);   /* 表示 */
    assert_true(sc.wbeg[P + 1] != 0 && sc.wbeg[P + 1] != sc.wend[P + 2]); /* 事长 is another word */
    assert_true(sc.wbeg[P + 3] == 0 && sc.wend[P - 1] == GX_LEX_BOS && sc.wbeg[P + 18] == GX_LEX_EOS);
    assert_true(gx_tagger_key(&tb, 0, &sc, P + 2) == gx_tagger_key(&tb, 0, &sd, P + 4));
    assert_true(gx_tagger_key(&tb, 0, &sc, P + 2) != gx_tagger_key(&ta, 0, &sc, P + 6));
    assert_true(gx_tagger_key(&tb, 0, &sc, P + 3) == gx_tagger_key(&tb, 0, &sc, P + 4)); /* none */
    /* Latin: Paul and PAUL are one token (lower-cased), of two shapes; B I I E */
    assert_true(sc.ltok[P + 8] == 0 && sc.lshp[P + 8] == 0);
    assert_true(sc.ltok[P + 9] == sc.ltok[P + 14] && sc.ltok[P + 12] == sc.ltok[P + 17]);
    assert_true(sc.ltok[P + 9] != sc.ltok[P + 10] && sc.ltok[P + 10] == sc.ltok[P + 11]);
    assert_true(sc.lshp[P + 9] != sc.lshp[P + 14] && sc.lshp[P + 10] == sc.lshp[P + 11]);
    assert_true(gx_tagger_key(&tx, 0, &sc, P + 9) == gx_tagger_key(&tx, 0, &sc, P + 14));
    assert_true(gx_tagger_key(&tz, 0, &sc, P + 9) != gx_tagger_key(&tz, 0, &sc, P + 14));
    /* a position without a value has no feature (no bias term): not Latin, no word */
    assert_int_equal(gx_tagger_ctx_value(&tx, &sc, P + 3), 0);
    assert_int_equal(gx_tagger_ctx_value(&tb, &sc, P + 3), 0);
    assert_int_equal(gx_tagger_ctx_value(&tx, &sc, P + 9), 1);
    assert_int_equal(gx_tagger_ctx_value(&tx, &sc, P - 1), 1); /* padding */
    gx_tagger_scratch_cleanup(&sc);
    gx_tagger_scratch_cleanup(&sd);

    gx_tagger_corpus c;
    load_tiny(&c);
    const gx_tagger_template tpl[] = {{GX_TPL_CHAR, 1, -1, 1}, {GX_TPL_LEX, 1, 0, 0}, {GX_TPL_WEND, 1, -1, 0},
                                      {GX_TPL_WBEG, 1, 0, 1}, {GX_TPL_LTOK, 1, 0, 0}, {GX_TPL_LSHP, 1, -1, 1},
                                      {GX_TPL_CHAR, 2, -1, 0}};
    gx_tagger_train_opts o = crf_opts(20);
    o.crf_margin = 1.0;
    o.tpl = tpl;
    o.ntpl = 7;
    o.lex = &lex;
    unsigned char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    gl_error err;
    gl_error_clear(&err);
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), 0);
    assert_int_equal(gx_tagger_train(&c, &o, &b, &nb, &err), 0);
    assert_true(na == nb && memcmp(a, b, na) == 0); /* deterministic */
    free(b);
    gx_tagger_model *m = gx_tagger_model_parse(a, na, &err);
    gx_tagger_model *g = gx_tagger_model_parse_generic(a, na, &err);
    assert_non_null(m);
    assert_non_null(g);
    assert_true(m->has_ctx && !m->tpl_dense[2] && !m->tpl_dense[3] && m->tpl_dense[1]);
    int ctx_features = 0;
    for (int ti = 2; ti < 4; ti++)
        for (uint64_t k = 0; k <= m->mask[ti]; k++)
            ctx_features += m->slots[ti][k].fp != 0;
    assert_true(ctx_features >= 3);
    /* a second model whose lexicon-code template is also template 1 (its rows elsewhere: the
     * character unigram before it reads one offset, not three), decoded with the same scratch
     * s1 between the first model's sentences: the scratch's cache of lexicon-code rows must not
     * carry one model's rows into the other's decoding */
    const gx_tagger_template tpl5[] = {{GX_TPL_CHAR, 1, 0, 0}, {GX_TPL_LEX, 1, 0, 0}, {GX_TPL_CHAR, 2, -1, 0}};
    gx_tagger_train_opts o5 = o;
    o5.epochs = 3;
    o5.tpl = tpl5;
    o5.ntpl = 3;
    assert_int_equal(gx_tagger_train(&c, &o5, &b, &nb, &err), 0);
    gx_tagger_model *m5 = gx_tagger_model_parse(b, nb, &err);
    assert_non_null(m5);
    assert_true(m5->tpl_dense[1] && (m5->ndense != m->ndense ||
                                      memcmp(m5->dense, m->dense, sizeof *m->dense * m->ndense * GX_TAGGER_DW) != 0));
    free(b);
    gx_tagger_scratch s1, s2;
    memset(&s1, 0, sizeof s1);
    memset(&s2, 0, sizeof s2);
    long right = 0, total = 0;
    for (int i = 0; i < c.n; i++) {
        gx_tagger_span other[64];
        gx_tagger_decode(m5, &s1, c.s[i].cp, c.s[i].n, other, 64, 1);
        expect_same_decode(m, g, &s1, &s2, c.s[i].cp, c.s[i].n);
        for (int j = 0; j < c.s[i].n; j++)
            right += s1.tags[j] == c.s[i].gold[j];
        total += c.s[i].n;
    }
    assert_true(right * 10 >= total * 9); /* still learns its training tags */
    gx_tagger_scratch_cleanup(&s1);
    gx_tagger_scratch_cleanup(&s2);
    gx_tagger_model_free(m);
    gx_tagger_model_free(m5);
    gx_tagger_model_free(g);
    free(a);
    /* context templates read one position only */
    const gx_tagger_template bad[] = {{GX_TPL_CHAR, 1, -1, 1}, {GX_TPL_WEND, 2, -1, 0}};
    o.tpl = bad;
    o.ntpl = 2;
    a = NULL;
    assert_int_equal(gx_tagger_train(&c, &o, &a, &na, &err), -1);
    free(a);
    gx_tagger_corpus_cleanup(&c);
    gx_tagger_lexicon_cleanup(&lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_committed_model_tags),
        cmocka_unit_test(test_corrupt_models_rejected),
        cmocka_unit_test(test_training_is_deterministic),
        cmocka_unit_test(test_crf_training),
        cmocka_unit_test(test_sentence_weights_and_folds),
        cmocka_unit_test(test_partial_labels),
        cmocka_unit_test(test_paths_are_well_formed),
        cmocka_unit_test(test_fast_layout_matches_generic),
        cmocka_unit_test(test_ascii_punctuation_is_canonical),
        cmocka_unit_test(test_nfkc1_matches_decoding),
        cmocka_unit_test(test_cluster_features),
        cmocka_unit_test(test_context_features),
        cmocka_unit_test(test_embedding_features),
        cmocka_unit_test(test_seed_averaging),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
