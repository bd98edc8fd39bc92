/* gx_tagger_model.c — parsing the tagger's model file, feature keys, and Viterbi decoding
 * (see gx_tagger_model.h for the model and the file format). */
#include "gx_tagger_model.h"

#include <limits.h>
#include <stddef.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "gl_alloc.h"

/* The hot loops (emission sums, Viterbi, backward pass) are also compiled for AVX2 and picked
 * at run time (GCC function multiversioning); the default clone is plain x86-64 / any CPU. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) && \
    !defined(GX_TAGGER_NO_CLONES) /* (build knob, to test the default code) */
#define GX_HOT __attribute__((target_clones("avx2", "default")))
#else
#define GX_HOT
#endif

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#define CTZ32(x) __builtin_ctz(x)
#else
#define PREFETCH(p) ((void)0)
static inline int CTZ32(uint32_t x)
{
    int k = 0;
    while (!(x & 1u))
        x >>= 1, k++;
    return k;
}
#endif

/* Direct tables by code point (decoding): U+0000..U+9FFF at [cp], the full-width forms
 * U+FF00..U+FFEF at [0xA000 + cp - 0xFF00]; CMB_NCP entries. */
#define CMB_NCP (0xA000u + 0xF0u)

/* ---------------------------------------------------------------- characters */

uint32_t gx_tagger_canon(uint32_t cp)
{
    switch (cp) {
    case '!': case '$': case '(': case ')': case ',': case ':': case ';': case '?':
        return cp + 0xFEE0; /* ！＄（），：；？ */
    default:
        return cp;
    }
}

uint32_t gx_tagger_fold(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return '0';
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    return cp;
}

/* 零 〇 一 二 三 四 五 六 七 八 九 十 百 千 万 亿 两: each at (cp * HAN_NUM_MUL) >> 27 (a
 * collision-free multiplicative hash of these 17; the other slots hold no code point). A table
 * instead of a switch: decoding tests every Han character, and the switch's branches were
 * among the tagger's most mispredicted. */
#define HAN_NUM_MUL 0x2FF1D18Cu
static const uint32_t HAN_NUM[32] = {
    0xFFFFFFFFu, 0x767Eu, 0xFFFFFFFFu, 0x4E5Du, 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0x4E03u,
    0x56DBu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0x4E09u, 0x4E94u, 0x4E24u, 0x4EBFu, 0xFFFFFFFFu,
    0xFFFFFFFFu, 0x516Bu, 0x5341u, 0xFFFFFFFFu, 0x3007u, 0x4E00u, 0xFFFFFFFFu, 0xFFFFFFFFu,
    0x96F6u, 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0x4E8Cu, 0x516Du, 0x5343u, 0x4E07u};

static int is_han_numeral(uint32_t cp)
{
    return HAN_NUM[(uint32_t)(cp * HAN_NUM_MUL) >> 27] == cp;
}

int gx_tagger_class(uint32_t cp)
{
    if (cp == GX_CP_BOS)
        return GX_CC_BOS;
    if (cp == GX_CP_EOS)
        return GX_CC_EOS;
    if (cp < 0x80) {
        if (cp >= '0' && cp <= '9')
            return GX_CC_DIGIT;
        if (cp >= 'A' && cp <= 'Z')
            return GX_CC_UPPER;
        if (cp >= 'a' && cp <= 'z')
            return GX_CC_LOWER;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
            return GX_CC_SPACE;
        if (cp == '(' || cp == '[' || cp == '{' || cp == '<')
            return GX_CC_OPEN;
        if (cp == ')' || cp == ']' || cp == '}' || cp == '>')
            return GX_CC_CLOSE;
        return GX_CC_PUNCT;
    }
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x20000 && cp <= 0x2FFFF) || (cp >= 0xF900 && cp <= 0xFAFF))
        return is_han_numeral(cp) ? GX_CC_HANNUM : GX_CC_HAN;
    if (cp == 0x3007)
        return GX_CC_HANNUM;
    switch (cp) {
    case 0x300A: case 0x3008: case 0x300C: case 0x300E: case 0x3010: case 0x201C: case 0x2018:
        return GX_CC_OPEN; /* 《 〈 「 『 【 “ ‘ */
    case 0x300B: case 0x3009: case 0x300D: case 0x300F: case 0x3011: case 0x201D: case 0x2019:
        return GX_CC_CLOSE;
    default:
        break;
    }
    if (cp == 0x3000)
        return GX_CC_SPACE;
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xB7)
        return GX_CC_PUNCT;
    return GX_CC_OTHER;
}

uint32_t gx_tagger_nfkc1(uint32_t cp)
{
    if (cp >= 0x4E00 && cp <= 0x9FFF)
        return cp;
    if (cp < 0x80)
        return gx_tagger_canon(cp);
    /* COMPAT alone is ignored by utf8proc: it needs DECOMPOSE to decompose at all. */
    utf8proc_int32_t out[8];
    utf8proc_ssize_t n =
        utf8proc_decompose_char((utf8proc_int32_t)cp, out, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, NULL);
    if (n == 1)
        return gx_tagger_canon((uint32_t)out[0]);
    if (n > 1 && n <= 8) {
        /* Recompose (e.g. a letter with a combining mark) and keep it only if it is one cp. */
        utf8proc_ssize_t m = utf8proc_normalize_utf32(out, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (m == 1)
            return gx_tagger_canon((uint32_t)out[0]);
    }
    return cp;
}

/* ---------------------------------------------------------------- keys */

/* The hash step of feature and lexicon keys (format version 2): one multiply by an odd
 * constant and one xor-shift, both bijections, so distinct inputs of one step never collide;
 * the high half feeds the low bits (buckets) and the fingerprint is the high half. Version 1
 * used the two-multiply splitmix finalizer; this is ~3 instructions instead of 8 and runs
 * about ten times per character. */
static inline uint64_t mix64(uint64_t x)
{
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 31;
    return x;
}

static inline uint64_t key_inline(const gx_tagger_template *t, int ti, const gx_tagger_scratch *s, int p)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL * (uint64_t)(ti + 1);
    if (GX_TPL_IS_CTX(t->kind)) {
        const uint64_t *v = t->kind == GX_TPL_WEND ? s->wend : t->kind == GX_TPL_WBEG ? s->wbeg
                          : t->kind == GX_TPL_LTOK ? s->ltok : s->lshp;
        for (int k = 0; k < t->n; k++)
            h = mix64(h ^ mix64(v[p + k] + (uint64_t)(0xB0 + k)));
    } else if (t->kind == GX_TPL_CHAR) {
        for (int k = 0; k < t->n; k++)
            h = mix64(h ^ ((uint64_t)s->cp[p + k] << 8 | (uint64_t)k));
    } else if (t->kind == GX_TPL_CLASS) {
        uint64_t c = 0;
        for (int k = 0; k < t->n; k++)
            c = c << 4 | s->cls[p + k];
        h = mix64(h ^ (c << 8 | 0xC5));
    } else if (t->kind >= GX_TPL_CLUF) {
        const int sh = GX_CLU_SHIFT(t->kind);
        for (int k = 0; k < t->n; k++) {
            uint32_t v = s->clu[p + k];
            v = v & 0x80000000u ? v : (v >> sh) & GX_CLU_MAXID;
            h = mix64(h ^ ((uint64_t)v << 8 | (uint64_t)(0xA0 + k)));
        }
    } else {
        /* whole code, or one half (12 bits: 6 classes x 2 bits); padding codes pass unchanged */
        uint32_t mask = t->kind == GX_TPL_LEX ? 0xFFFFFFu : t->kind == GX_TPL_PROP ? 0xFu : 0xFFFu;
        int sh = t->kind == GX_TPL_LEXB ? 12 : t->kind == GX_TPL_PROP ? 24 : 0;
        for (int k = 0; k < t->n; k++) {
            uint32_t v = s->lex[p + k];
            v = v & 0x80000000u ? v : (v >> sh) & mask;
            h = mix64(h ^ ((uint64_t)v << 8 | (uint64_t)(0xE0 + k)));
        }
    }
    return h ? h : 1;
}

uint64_t gx_tagger_key(const gx_tagger_template *t, int ti, const gx_tagger_scratch *s, int p)
{
    return key_inline(t, ti, s, p);
}

int gx_tagger_ctx_value(const gx_tagger_template *t, const gx_tagger_scratch *s, int p)
{
    if (!GX_TPL_IS_CTX(t->kind))
        return 1;
    const uint64_t *v = t->kind == GX_TPL_WEND ? s->wend : t->kind == GX_TPL_WBEG ? s->wbeg
                      : t->kind == GX_TPL_LTOK ? s->ltok : s->lshp;
    return v[p] != 0;
}

/* out[k] = the key of the n-gram at padded index p + k, k < cnt: key_inline() with the common
 * templates' loops written out (the same keys). */
static inline void keys_of(const gx_tagger_template *t, int ti, const gx_tagger_scratch *s, int p, int cnt,
                           uint64_t *out)
{
    const uint64_t h0 = 0x9E3779B97F4A7C15ULL * (uint64_t)(ti + 1);
    if (GX_TPL_IS_CTX(t->kind)) {
        for (int k = 0; k < cnt; k++) /* 0: no value, no feature (never looked up) */
            out[k] = gx_tagger_ctx_value(t, s, p + k) ? key_inline(t, ti, s, p + k) : 0;
    } else if (t->kind == GX_TPL_CHAR && t->n == 1) {
        const uint32_t *c = s->cp + p;
        for (int k = 0; k < cnt; k++) {
            const uint64_t h = mix64(h0 ^ ((uint64_t)c[k] << 8));
            out[k] = h ? h : 1;
        }
    } else if (t->kind == GX_TPL_CHAR && t->n == 2) {
        const uint32_t *c = s->cp + p;
        for (int k = 0; k < cnt; k++) {
            const uint64_t h = mix64(mix64(h0 ^ ((uint64_t)c[k] << 8)) ^ ((uint64_t)c[k + 1] << 8 | 1));
            out[k] = h ? h : 1;
        }
    } else if (t->kind == GX_TPL_CLASS && t->n == 3) {
        const uint8_t *c = s->cls + p;
        for (int k = 0; k < cnt; k++) {
            const uint64_t v = (uint64_t)c[k] << 8 | (uint64_t)c[k + 1] << 4 | c[k + 2];
            const uint64_t h = mix64(h0 ^ (v << 8 | 0xC5));
            out[k] = h ? h : 1;
        }
    } else if (t->kind >= GX_TPL_CLUF && t->n == 1) {
        const int sh = GX_CLU_SHIFT(t->kind);
        const uint32_t *c = s->clu + p;
        for (int k = 0; k < cnt; k++) {
            const uint32_t v = c[k] & 0x80000000u ? c[k] : (c[k] >> sh) & GX_CLU_MAXID;
            const uint64_t h = mix64(h0 ^ ((uint64_t)v << 8 | 0xA0));
            out[k] = h ? h : 1;
        }
    } else if (t->kind >= GX_TPL_LEX && t->n == 1) {
        const uint32_t mask = t->kind == GX_TPL_LEX ? 0xFFFFFFu : t->kind == GX_TPL_PROP ? 0xFu : 0xFFFu;
        const int sh = t->kind == GX_TPL_LEXB ? 12 : t->kind == GX_TPL_PROP ? 24 : 0;
        const uint32_t *c = s->lex + p;
        for (int k = 0; k < cnt; k++) {
            const uint32_t v = c[k] & 0x80000000u ? c[k] : (c[k] >> sh) & mask;
            const uint64_t h = mix64(h0 ^ ((uint64_t)v << 8 | 0xE0));
            out[k] = h ? h : 1;
        }
    } else {
        for (int k = 0; k < cnt; k++)
            out[k] = key_inline(t, ti, s, p + k);
    }
}

/* ---------------------------------------------------------------- lexicon */

#define LEX_SEED 0x6C65786963616CULL

static inline uint64_t lex_step(uint64_t h, uint32_t c)
{
    return mix64(h ^ ((uint64_t)c << 1 | 1));
}

void gx_tagger_lexicon_init(gx_tagger_lexicon *lex)
{
    memset(lex, 0, sizeof *lex);
}

void gx_tagger_lexicon_cleanup(gx_tagger_lexicon *lex)
{
    if (!lex)
        return;
    free(lex->slots);
    free(lex->pslots);
    free(lex->filter);
    free(lex->packed);
    free(lex->hanprops);
    free(lex->hanclus);
    free(lex->cpcls);
    free(lex->ascfold);
    free(lex->cpprops);
    free(lex->keys);
    memset(lex, 0, sizeof *lex);
}

static inline uint32_t lex_fp(uint64_t key)
{
    return (uint32_t)(key >> 32) | 1u;
}

static void lex_grow(gx_tagger_lexicon *lex, uint64_t size)
{
    gx_tagger_lex_slot *ns = gl_calloc((size_t)size, sizeof *ns);
    /* the bucket of a slot cannot be recovered from its fingerprint alone, so re-insert from
     * the home bucket recorded implicitly: rehash needs the full keys */
    uint64_t mask = size - 1;
    for (uint32_t k = 0; k < lex->nkeys; k++) {
        uint64_t key = lex->keys[k];
        uint64_t oj = key & lex->mask;
        while (lex->slots[oj].fp && lex->slots[oj].fp != lex_fp(key))
            oj = (oj + 1) & lex->mask;
        uint64_t j = key & mask;
        while (ns[j].fp && ns[j].fp != lex_fp(key))
            j = (j + 1) & mask;
        ns[j].fp = lex_fp(key);
        ns[j].flags |= lex->slots[oj].flags;
    }
    free(lex->slots);
    lex->slots = ns;
    lex->mask = mask;
}

void gx_tagger_lexicon_put(gx_tagger_lexicon *lex, uint64_t key, uint32_t flags, int keep_key)
{
    if (!lex->slots) {
        lex->slots = gl_calloc(1024, sizeof *lex->slots);
        lex->mask = 1023;
    } else if (keep_key && (uint64_t)(lex->n + 1) * 3 > (lex->mask + 1) * 2) {
        lex_grow(lex, (lex->mask + 1) * 2);
    }
    uint32_t fp = lex_fp(key);
    uint64_t j = key & lex->mask;
    while (lex->slots[j].fp && lex->slots[j].fp != fp)
        j = (j + 1) & lex->mask;
    if (!lex->slots[j].fp) {
        lex->slots[j].fp = fp;
        lex->n++;
        if (keep_key) {
            if (lex->nkeys == lex->capkeys) {
                lex->capkeys = lex->capkeys ? lex->capkeys * 2 : 4096;
                lex->keys = gl_realloc(lex->keys, sizeof *lex->keys * lex->capkeys);
            }
            lex->keys[lex->nkeys++] = key;
        }
    }
    lex->slots[j].flags |= flags;
}

/* 0 when key is certainly not in the lexicon (its filter bit is clear). */
static inline int lex_maybe(const gx_tagger_lexicon *lex, uint64_t key)
{
    if (!lex->filter)
        return 1;
    const uint64_t b = GX_LEX_FILTER_BIT(key);
    return (int)(lex->filter[b >> 6] >> (b & 63) & 1);
}

static inline const gx_tagger_lex_slot *lex_find(const gx_tagger_lexicon *lex, uint64_t key)
{
    uint32_t fp = lex_fp(key);
    uint64_t j = key & lex->mask;
    for (;;) {
        const gx_tagger_lex_slot *sl = &lex->slots[j];
        if (sl->fp == fp)
            return sl;
        if (!sl->fp)
            return NULL;
        j = (j + 1) & lex->mask;
    }
}

/* lex_lookup() of a key whose filter bit is known to be set (lex_maybe() is 1). */
static inline uint32_t lex_probe(const gx_tagger_lexicon *lex, uint64_t key)
{
    if (lex->packed) {
        const uint32_t fp = (uint32_t)(key >> 48) | 1u;
        for (uint64_t j = key & lex->pkmask;; j = (j + 1) & lex->pkmask) {
            const uint32_t v = lex->packed[j];
            if (v >> 16 == fp)
                return (v & GX_LEX_CLASSES) | (v & GX_LEX_PACKED_PREFIX ? GX_LEX_PREFIX : 0);
            if (!v)
                return 0;
        }
    }
    const gx_tagger_lex_slot *sl = lex_find(lex, key);
    return sl ? sl->flags & (GX_LEX_CLASSES | GX_LEX_PREFIX) : 0;
}

/* Classes | GX_LEX_PREFIX of a string of two or more characters by its key, 0 when absent;
 * from the packed slots when the lexicon has them. */
static inline uint32_t lex_lookup(const gx_tagger_lexicon *lex, uint64_t key)
{
    return lex_maybe(lex, key) ? lex_probe(lex, key) : 0;
}

/* The character properties (GX_LEX_CHARPROPS bits) of a one-character key, from the property
 * slots of a loaded model; 0 when absent. */
static inline uint32_t lex_charprops(const gx_tagger_lexicon *lex, uint64_t key)
{
    const uint32_t fp = lex_fp(key);
    for (uint64_t j = key & lex->pmask;; j = (j + 1) & lex->pmask) {
        const gx_tagger_lex_slot *sl = &lex->pslots[j];
        if (sl->fp == fp)
            return sl->flags & GX_LEX_CHARPROPS;
        if (!sl->fp)
            return 0;
    }
}

static inline const void *lex_bucket(const gx_tagger_lexicon *lex, uint64_t key)
{
    return lex->packed ? (const void *)&lex->packed[key & lex->pkmask] : (const void *)&lex->slots[key & lex->mask];
}

uint32_t gx_tagger_lexicon_flags(const gx_tagger_lexicon *lex, uint64_t key)
{
    if (!lex->slots)
        return 0;
    const gx_tagger_lex_slot *sl = lex_find(lex, key);
    return sl ? sl->flags : 0;
}

void gx_tagger_lexicon_add(gx_tagger_lexicon *lex, const uint32_t *w, int n, uint32_t classes)
{
    if (n == 1 && (classes & GX_LEX_CHARPROPS)) {
        uint64_t h = lex_step(LEX_SEED, gx_tagger_fold(w[0]));
        gx_tagger_lexicon_put(lex, h ? h : 1, classes & GX_LEX_CHARPROPS, 1);
        lex->has_props = 1;
        return;
    }
    if (n < 2 || n > GX_LEX_MAXLEN || !(classes & GX_LEX_CLASSES))
        return;
    uint64_t h = LEX_SEED;
    for (int k = 0; k < n; k++) {
        h = lex_step(h, gx_tagger_fold(w[k]));
        h = h ? h : 1;
        if (k == 0)
            continue;
        gx_tagger_lexicon_put(lex, h, k == n - 1 ? (classes & GX_LEX_CLASSES) : GX_LEX_PREFIX, 1);
    }
    if ((uint32_t)n > lex->maxlen)
        lex->maxlen = (uint32_t)n;
}

int gx_tagger_lexicon_set_cluster(gx_tagger_lexicon *lex, uint32_t cp, uint32_t fine, uint32_t mid, uint32_t coarse)
{
    if (cp < GX_CLU_HAN0 || cp > GX_CLU_HAN1 || fine < 1 || fine > GX_CLU_MAXID || mid < 1 || mid > GX_CLU_MAXID ||
        coarse < 1 || coarse > GX_CLU_MAXID)
        return -1;
    if (!lex->hanclus)
        lex->hanclus = gl_calloc(GX_CLU_HAN1 - GX_CLU_HAN0 + 1, sizeof *lex->hanclus);
    uint32_t *w = &lex->hanclus[cp - GX_CLU_HAN0];
    lex->nclus += *w == 0;
    *w = fine | mid << 10 | coarse << 20;
    return 0;
}

uint32_t gx_tagger_lexicon_get(const gx_tagger_lexicon *lex, const uint32_t *w, int n)
{
    if ((!lex->slots && !lex->packed) || n < 2)
        return 0;
    uint64_t h = LEX_SEED;
    for (int k = 0; k < n; k++) {
        h = lex_step(h, gx_tagger_fold(w[k]));
        h = h ? h : 1;
    }
    /* a loaded model reads its packed slots (the classes and the prefix flag only) */
    if (lex->packed)
        return lex_lookup(lex, h);
    const gx_tagger_lex_slot *sl = lex_find(lex, h);
    return sl ? sl->flags : 0;
}

/* Codes for s->cp[PAD .. PAD+n): per class, 2 bits: 1 begins, 2 inside, 3 ends the longest
 * word of that class covering the position. */
static void lex_codes(const gx_tagger_lexicon *lex, gx_tagger_scratch *s, int n)
{
    uint32_t *code = s->lex + GX_TAGGER_PAD;
    memset(code, 0, sizeof *code * (size_t)n);
    if (!lex || !lex->slots || !lex->n || n < 2)
        return;
    uint8_t *best = s->lexlen;
    memset(best, 0, (size_t)n * GX_LEX__COUNT);
    const uint32_t *cp = s->cp + GX_TAGGER_PAD; /* folded */
    /* the two- and three-character keys first, prefetching their buckets (the lookups are
     * memory-bound; most three-character keys are needed, as most pairs are prefixes). The
     * filter bits are read here once: the positions whose pair may be a word are listed (at),
     * and a three-character key is kept only when both filter bits are set (0 otherwise: no
     * key is 0), so the walk below reads no filter bit for two or three characters and skips
     * the positions it would leave at once (the pair certainly absent) without a branch. */
    uint64_t *h2 = s->keys, *h3 = s->keys + n, *h1 = s->keys + 2 * n;
    int32_t *at = s->lexat, nat = 0;
    for (int a = 0; a < n; a++) {
        const uint64_t h = lex_step(LEX_SEED, cp[a]);
        h1[a] = h ? h : 1;
    }
    /* (the loops below store through pointers the compiler cannot tell from the tables' fields:
     * what they read of those fields is read once, here) */
    const bool pf1 = lex->has_props && !lex->pslots;
    const int maxlen = (int)lex->maxlen;
    uint64_t *const wbeg = s->ctx ? s->wbeg : NULL, *const wend = s->wend;
    if (!pf1 && lex->filter && lex->packed) {
        /* a loaded model's lexicon (filter bits and packed slots, no property slots): the loop
         * below with the tables in locals, so that the filter and the packed table are not
         * tested again for every key (the same keys, bits and prefetches) */
        const uint64_t *const filt = lex->filter;
        const uint32_t *const packed = lex->packed;
        const uint64_t pkmask = lex->pkmask;
        for (int a = 0; a + 1 < n; a++) {
            uint64_t h = lex_step(h1[a], cp[a + 1]);
            h = h ? h : 1;
            h2[a] = h;
            const uint64_t b2 = GX_LEX_FILTER_BIT(h);
            const uint64_t m2 = 0 - (filt[b2 >> 6] >> (b2 & 63) & 1);
            at[nat] = a;
            nat += (int)(m2 & 1);
            PREFETCH(&packed[h & m2 & pkmask]);
            if (a + 2 < n) {
                h = lex_step(h, cp[a + 2]);
                h = h ? h : 1;
                /* the triple's filter bit is read whether or not the pair's is set, so that
                 * its load does not wait for the pair's (two loads that miss L2 in parallel
                 * instead of one after the other); the key kept is the same */
                const uint64_t b3 = GX_LEX_FILTER_BIT(h);
                const uint64_t m3 = m2 & (0 - (filt[b3 >> 6] >> (b3 & 63) & 1));
                h3[a] = h & m3;
                PREFETCH(&packed[h & m3 & pkmask]);
            }
        }
    } else
    for (int a = 0; a + 1 < n; a++) {
        uint64_t h = h1[a];
        if (pf1)
            PREFETCH(&lex->slots[h & lex->mask]);
        h = lex_step(h, cp[a + 1]);
        h = h ? h : 1;
        h2[a] = h;
        /* no branch on the filter bits (loads that may miss): the buckets of keys that are
         * certainly absent are not prefetched (the address of the table's first line instead) */
        const int f2 = lex_maybe(lex, h);
        const uint64_t m2 = 0 - (uint64_t)f2;
        at[nat] = a;
        nat += f2;
        PREFETCH(lex_bucket(lex, h & m2));
        if (a + 2 < n) {
            h = lex_step(h, cp[a + 2]);
            h = h ? h : 1;
            /* the triple's filter bit read whether or not the pair's is set (as above) */
            const uint64_t m3 = m2 & (0 - (uint64_t)lex_maybe(lex, h));
            h3[a] = h & m3;
            PREFETCH(lex_bucket(lex, h & m3));
        }
    }
    if (lex->has_props && lex->cpprops) {
        for (int a = 0; a < n; a++) {
            const uint32_t c = cp[a];
            const uint32_t ix = c <= 0x9FFFu ? c : c - 0xFF00u < 0xF0u ? c - 0xFF00u + 0xA000u : CMB_NCP;
            if (ix < CMB_NCP) {
                code[a] |= (uint32_t)lex->cpprops[ix] << 24;
                continue;
            }
            code[a] |= lex_charprops(lex, h1[a]) << 12;
        }
    } else if (lex->has_props && lex->pslots) {
        for (int a = 0; a < n; a++) {
            if (lex->hanprops && cp[a] >= 0x4E00 && cp[a] <= 0x9FFF) {
                code[a] |= (uint32_t)lex->hanprops[cp[a] - 0x4E00] << 24;
                continue;
            }
            code[a] |= lex_charprops(lex, h1[a]) << 12;
        }
    } else if (lex->has_props) {
        for (int a = 0; a < n; a++) {
            const gx_tagger_lex_slot *sl = lex_find(lex, h1[a]);
            if (sl)
                code[a] |= (sl->flags & GX_LEX_CHARPROPS) << 12;
        }
    }
    for (int k = 0; k < nat; k++) {
        const int a = at[k];
        uint64_t h = h2[a];
        for (int L = 2; L <= maxlen && a + L <= n; L++) {
            uint32_t fl;
            if (L == 2) {
                fl = lex_probe(lex, h);
            } else if (L == 3) {
                h = h3[a];
                fl = h ? lex_probe(lex, h) : 0;
            } else {
                h = lex_step(h, cp[a + L - 1]);
                h = h ? h : 1;
                fl = lex_lookup(lex, h);
            }
            if (!fl)
                break;
            if (wbeg && (fl & 0x3Fu) && L <= GX_CTX_MAXLEN) {
                /* the longest external word starting at a (L rises), and ending at a + L - 1
                   (a rises: the first one found is the longest) */
                wbeg[GX_TAGGER_PAD + a] = h;
                uint64_t *we = &wend[GX_TAGGER_PAD + a + L - 1];
                *we = *we ? *we : h;
            }
            /* per class: the word's first position takes role 1, its last 3, those between
             * 2, wherever no longer word of the class covers them (L >= best: a word of the
             * same length met later wins, as before); the three parts written apart, so the
             * role is not chosen per position */
            uint32_t cl = fl & GX_LEX_CLASSES;
            for (; cl; cl &= cl - 1) {
                const int k = CTZ32(cl);
                const uint32_t keep = ~(3u << (2 * k)), in = 2u << (2 * k);
                uint8_t *const b = &best[(size_t)a * GX_LEX__COUNT + k];
                if (L >= b[0]) {
                    b[0] = (uint8_t)L;
                    code[a] = (code[a] & keep) | 1u << (2 * k);
                }
                for (int j = 1; j < L - 1; j++) {
                    if (L < b[(size_t)j * GX_LEX__COUNT])
                        continue;
                    b[(size_t)j * GX_LEX__COUNT] = (uint8_t)L;
                    code[a + j] = (code[a + j] & keep) | in;
                }
                if (L >= b[(size_t)(L - 1) * GX_LEX__COUNT]) {
                    b[(size_t)(L - 1) * GX_LEX__COUNT] = (uint8_t)L;
                    code[a + L - 1] |= 3u << (2 * k);
                }
            }
            if (!(fl & GX_LEX_PREFIX))
                break;
        }
    }
}

uint64_t gx_tagger_fnv1a(const void *p, size_t n)
{
    const unsigned char *b = p;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* ---------------------------------------------------------------- constraints, Viterbi */

void gx_tagger_constraints(int ntypes, gx_tagger_lattice *lat)
{
    int ntags = 1 + 4 * ntypes;
    memset(lat, 0, sizeof *lat);
    lat->ntags = ntags;
    /* prev = ntags is the start; cur = ntags is the end. */
    for (int p = 0; p <= ntags; p++) {
        for (int c = 0; c <= ntags; c++) {
            int pk = p == 0 || p == ntags ? -1 : (p - 1) / 4, pr = p == 0 || p == ntags ? -1 : (p - 1) % 4;
            int ck = c == 0 || c == ntags ? -1 : (c - 1) / 4, cr = c == 0 || c == ntags ? -1 : (c - 1) % 4;
            /* roles: 0 B, 1 I, 2 E, 3 S; "closed" prev = O, E, S, start */
            int prev_closed = p == ntags || p == 0 || pr == 2 || pr == 3;
            int ok;
            if (p == ntags && c == ntags)
                ok = 0;
            else if (c == ntags || c == 0 || cr == 0 || cr == 3)
                ok = prev_closed; /* O, B, S, end need a closed predecessor */
            else
                ok = !prev_closed && pk == ck; /* I, E continue the same type */
            lat->allowed[p * GX_TAGGER_AW + c] = (uint8_t)ok;
        }
    }
    for (int c = 0; c <= ntags; c++)
        for (int p = 0; p < ntags; p++)
            if (lat->allowed[p * GX_TAGGER_AW + c])
                lat->pred[c * GX_TAGGER_AW + lat->npred[c]++] = (uint8_t)p;
    for (int p = 0; p <= ntags; p++)
        for (int c = 0; c < ntags; c++)
            if (lat->allowed[p * GX_TAGGER_AW + c])
                lat->succ[p * GX_TAGGER_AW + lat->nsucc[p]++] = (uint8_t)c;
}

#define NEG (INT32_MIN / 4)

/* The BIOES lattice has a fixed shape: after a "closed" tag (O, E-k, S-k, start) come the
 * "opening" tags (O, B-k, S-k, end); after B-k or I-k come I-k or E-k. The dense closed x opening
 * block is done as a max over rows of a small matrix, which the compiler vectorizes; the
 * backtrace recomputes the argmax from alpha instead of storing back pointers. */
#define BW 16 /* lanes: up to 7 types use the fixed-width loops below (they vectorize) */
#define BWMAX (2 * GX_TAGGER_MAX_TYPES + 2)
typedef struct bioes {
    int T, K, nc, w;                  /* tags, types, closed (= opening) count = 1 + 2K, row width */
    uint8_t cl[BWMAX], op[BWMAX];
    int32_t tt[BWMAX * BWMAX];  /* tt[p * w + c] = trans[cl[p]][op[c]]; padding = NEG */
    int32_t ttt[BWMAX * BWMAX]; /* transposed                                       */
} bioes;

static void bioes_init(bioes *b, int ntags, const int32_t *trans)
{
    const int T1 = ntags + 1;
    b->T = ntags;
    b->K = (ntags - 1) / 4;
    b->nc = 1 + 2 * b->K;
    b->cl[0] = 0;
    b->op[0] = 0;
    for (int k = 0; k < b->K; k++) {
        b->cl[1 + 2 * k] = (uint8_t)(3 + 4 * k); /* E */
        b->cl[2 + 2 * k] = (uint8_t)(4 + 4 * k); /* S */
        b->op[1 + 2 * k] = (uint8_t)(1 + 4 * k); /* B */
        b->op[2 + 2 * k] = (uint8_t)(4 + 4 * k); /* S */
    }
    b->w = b->nc <= BW ? BW : b->nc;
    for (int p = 0; p < b->w; p++)
        for (int c = 0; c < b->w; c++) {
            int32_t v = p < b->nc && c < b->nc ? trans[b->cl[p] * T1 + b->op[c]] : NEG;
            b->tt[p * b->w + c] = v;
            b->ttt[c * b->w + p] = v;
        }
}

/* best[c] = max over p < nc of a[p] + tt[p * w + c], for c < w. */
static inline void maxplus(const bioes *b, const int32_t *a, const int32_t *tt, int32_t *best)
{
    if (b->w == BW) {
        int32_t acc[BW];
        for (int c = 0; c < BW; c++)
            acc[c] = NEG;
        for (int p = 0; p < b->nc; p++) {
            const int32_t ap = a[p];
            const int32_t *row = tt + p * BW;
            for (int c = 0; c < BW; c++) {
                int32_t v = ap + row[c];
                acc[c] = v > acc[c] ? v : acc[c];
            }
        }
        memcpy(best, acc, sizeof acc);
        return;
    }
    for (int c = 0; c < b->w; c++)
        best[c] = NEG;
    for (int p = 0; p < b->nc; p++) {
        const int32_t ap = a[p];
        const int32_t *row = tt + p * b->w;
        for (int c = 0; c < b->w; c++) {
            int32_t v = ap + row[c];
            best[c] = v > best[c] ? v : best[c];
        }
    }
}

#define NEG (INT32_MIN / 4)
#define LOW (INT32_MIN / 8) /* anything below is unreachable */

GX_HOT static int64_t viterbi_b(const gx_tagger_lattice *lat, const bioes *bb, const int32_t *trans, const int32_t *emit,
                         int n, int32_t *alpha, uint8_t *tags_out)
{
    const int T = lat->ntags, T1 = T + 1;
    if (n <= 0)
        return 0;
    const bioes *b = bb;
    const int nc = b->nc, K = b->K;
    for (int c = 0; c < T; c++)
        alpha[c] = lat->allowed[T * GX_TAGGER_AW + c] ? trans[T * T1 + c] + emit[c] : NEG;
    for (int i = 1; i < n; i++) {
        const int32_t *ap = alpha + (size_t)(i - 1) * T;
        int32_t *ac = alpha + (size_t)i * T;
        const int32_t *em = emit + (size_t)i * T;
        int32_t best[BWMAX], a[BWMAX];
        for (int p = 0; p < nc; p++)
            a[p] = ap[b->cl[p]];
        maxplus(b, a, b->tt, best);
        for (int c = 0; c < nc; c++)
            ac[b->op[c]] = best[c] + em[b->op[c]];
        for (int k = 0; k < K; k++) {
            int B = 1 + 4 * k, I = B + 1, E = B + 2;
            int32_t vi = ap[B] + trans[B * T1 + I], wi = ap[I] + trans[I * T1 + I];
            int32_t ve = ap[B] + trans[B * T1 + E], we = ap[I] + trans[I * T1 + E];
            ac[I] = (vi > wi ? vi : wi) + em[I];
            ac[E] = (ve > we ? ve : we) + em[E];
        }
        /* keep numbers bounded: Viterbi is invariant under a per-position shift */
        int32_t mx = NEG;
        for (int c = 0; c < T; c++)
            mx = ac[c] > mx ? ac[c] : mx;
        for (int c = 0; c < T; c++)
            ac[c] = ac[c] < LOW ? NEG : ac[c] - mx;
    }
    const int32_t *al = alpha + (size_t)(n - 1) * T;
    int64_t best = INT64_MIN;
    int arg = 0;
    const uint8_t *pl = lat->pred + T * GX_TAGGER_AW;
    for (int k = 0; k < lat->npred[T]; k++) {
        int p = pl[k];
        if (al[p] <= LOW)
            continue;
        int64_t v = (int64_t)al[p] + trans[p * T1 + T];
        if (v > best)
            best = v, arg = p;
    }
    tags_out[n - 1] = (uint8_t)arg;
    for (int i = n - 1; i > 0; i--) {
        int c = tags_out[i];
        const int32_t *ap = alpha + (size_t)(i - 1) * T;
        const uint8_t *cp = lat->pred + c * GX_TAGGER_AW;
        int32_t bv = INT32_MIN;
        int barg = cp[0];
        for (int k = 0; k < lat->npred[c]; k++) {
            int p = cp[k];
            if (ap[p] <= LOW)
                continue;
            int32_t v = ap[p] + trans[p * T1 + c];
            if (v > bv)
                bv = v, barg = p;
        }
        tags_out[i - 1] = (uint8_t)barg;
    }
    return best;
}

int64_t gx_tagger_viterbi(const gx_tagger_lattice *lat, const int32_t *trans, const int32_t *emit, int n,
                          int32_t *alpha, uint8_t *tags_out)
{
    bioes b;
    bioes_init(&b, lat->ntags, trans);
    return viterbi_b(lat, &b, trans, emit, n, alpha, tags_out);
}

/* beta[i][t]: best score of positions i+1.. given tag t at i, shifted per position; computed
 * for i from n-1 down to `stop` only (the margins need beta at the positions of spans). */
GX_HOT static void backward(const gx_tagger_lattice *lat, const bioes *bb, const int32_t *trans, const int32_t *emit, int n,
                     int stop, int32_t *beta)
{
    const int T = lat->ntags, T1 = T + 1;
    const bioes *b = bb;
    const int nc = b->nc, K = b->K;
    int32_t *bl = beta + (size_t)(n - 1) * T;
    for (int p = 0; p < T; p++)
        bl[p] = lat->allowed[p * GX_TAGGER_AW + T] ? trans[p * T1 + T] : NEG;
    for (int i = n - 2; i >= stop; i--) {
        int32_t *bc = beta + (size_t)i * T;
        const int32_t *bn = beta + (size_t)(i + 1) * T;
        const int32_t *em = emit + (size_t)(i + 1) * T;
        int32_t best[BWMAX], x[BWMAX];
        for (int c = 0; c < nc; c++)
            x[c] = em[b->op[c]] + bn[b->op[c]];
        maxplus(b, x, b->ttt, best);
        for (int p = 0; p < nc; p++)
            bc[b->cl[p]] = best[p];
        for (int k = 0; k < K; k++) {
            int B = 1 + 4 * k, I = B + 1, E = B + 2;
            int32_t xi = em[I] + bn[I], xe = em[E] + bn[E];
            int32_t vb = trans[B * T1 + I] + xi, wb = trans[B * T1 + E] + xe;
            int32_t vi = trans[I * T1 + I] + xi, wi = trans[I * T1 + E] + xe;
            bc[B] = vb > wb ? vb : wb;
            bc[I] = vi > wi ? vi : wi;
        }
        int32_t mx = NEG;
        for (int p = 0; p < T; p++)
            mx = bc[p] > mx ? bc[p] : mx;
        for (int p = 0; p < T; p++)
            bc[p] = bc[p] < LOW ? NEG : bc[p] - mx;
    }
}

/* ---------------------------------------------------------------- the 32-lane layout */

/* See gx_tagger_model.h: lanes 0-6 B, 7 O, 8-14 S, 16-22 E, 24-30 I. Opening tags (O, B, S)
 * are lanes 0-15, closed tags (O, S, E) lanes 7-22 (closed index p = lane - 7). */
#define FL GX_TAGGER_DW
typedef struct lanes {
    int8_t lane[GX_TAGGER_MAX_TAGS]; /* tag -> lane */
    int8_t tag[FL];                  /* lane -> tag, -1 for padding */
    int32_t tt[16 * 16];             /* tt[p * 16 + c]: closed lane 7 + p -> opening lane c */
    int32_t ttt[16 * 16];            /* ttt[c * 16 + p]                                     */
    int32_t tbi[8], tii[8], tbe[8], tie[8]; /* B->I, I->I, B->E, I->E per type            */
    int32_t start[FL], end[FL];
    /* Terms of the max-plus steps that cannot win (exact skips). Viterbi: closed lane 7 + p
     * adds ap[7 + p] + tt[p * 16 + c] to opening lane c; when ap[7 + p] - ap[7] <= vskip[p] =
     * min over c < 15 of (tt[c] - tt[p * 16 + c]), every such term is <= the O lane's term
     * ap[7] + tt[c], so the maximum is the same without it. Backward: opening lane c adds
     * x[c] + ttt[c * 16 + p] to closed index p; skipped when x[c] - x[7] <= bskip[c] = min over
     * p != 8 of (ttt[7 * 16 + p] - ttt[c * 16 + p]). The O lane itself and the padding lanes
     * (left out of the steps already) have INT32_MAX. */
    int32_t vskip[16], bskip[16];
    /* for the backtrace: the predecessors of tag c (c = ntags: the end) in the lattice's order,
     * as (lane, transition score) */
    int8_t plane[GX_TAGGER_MAX_TAGS + 1][16];
    int32_t ptr[GX_TAGGER_MAX_TAGS + 1][16];
    int avx2; /* the CPU runs the AVX2 copy of the lanes code */
} lanes;

/* NULL when the model has more than 7 types. */
static lanes *lanes_new(const gx_tagger_lattice *lat, const int32_t *trans)
{
    const int T = lat->ntags, T1 = T + 1, K = (T - 1) / 4;
    if (K > 7)
        return NULL;
    lanes *L = gl_calloc(1, sizeof *L);
#if defined(__GNUC__) && defined(__x86_64__)
    L->avx2 = __builtin_cpu_supports("avx2") != 0;
#endif
    for (int l = 0; l < FL; l++)
        L->tag[l] = -1;
    L->lane[0] = 7;
    L->tag[7] = 0;
    for (int k = 0; k < K; k++) {
        const int B = 1 + 4 * k;
        L->lane[B] = (int8_t)k;
        L->lane[B + 1] = (int8_t)(24 + k);
        L->lane[B + 2] = (int8_t)(16 + k);
        L->lane[B + 3] = (int8_t)(8 + k);
        for (int r = 0; r < 4; r++)
            L->tag[L->lane[B + r]] = (int8_t)(B + r);
    }
    for (int p = 0; p < 16; p++)
        for (int c = 0; c < 16; c++) {
            int tp = L->tag[7 + p], tc = L->tag[c];
            int32_t v = tp >= 0 && tc >= 0 ? trans[tp * T1 + tc] : NEG;
            L->tt[p * 16 + c] = v;
            L->ttt[c * 16 + p] = v;
        }
    for (int k = 0; k < 8; k++) {
        const int B = 1 + 4 * k, I = B + 1, E = B + 2;
        L->tbi[k] = k < K ? trans[B * T1 + I] : NEG;
        L->tii[k] = k < K ? trans[I * T1 + I] : NEG;
        L->tbe[k] = k < K ? trans[B * T1 + E] : NEG;
        L->tie[k] = k < K ? trans[I * T1 + E] : NEG;
    }
    for (int c = 0; c <= T; c++)
        for (int k = 0; k < lat->npred[c] && k < 16; k++) {
            const int p = lat->pred[c * GX_TAGGER_AW + k];
            L->plane[c][k] = L->lane[p];
            L->ptr[c][k] = trans[p * T1 + c];
        }
    for (int p = 0; p < 16; p++) {
        int64_t d = INT32_MAX;
        if (p != 0 && p != 8)
            for (int c = 0; c < 15; c++) {
                const int64_t x = (int64_t)L->tt[c] - L->tt[p * 16 + c];
                d = x < d ? x : d;
            }
        L->vskip[p] = (int32_t)(d < INT32_MIN ? INT32_MIN : d);
    }
    for (int c = 0; c < 16; c++) {
        int64_t d = INT32_MAX;
        if (c != 7 && c != 15)
            for (int p = 0; p < 16; p++) {
                if (p == 8)
                    continue;
                const int64_t x = (int64_t)L->ttt[7 * 16 + p] - L->ttt[c * 16 + p];
                d = x < d ? x : d;
            }
        L->bskip[c] = (int32_t)(d < INT32_MIN ? INT32_MIN : d);
    }
    for (int l = 0; l < FL; l++) {
        int t = L->tag[l];
        L->start[l] = t >= 0 && lat->allowed[T * GX_TAGGER_AW + t] ? trans[T * T1 + t] : NEG;
        L->end[l] = t >= 0 && lat->allowed[t * GX_TAGGER_AW + T] ? trans[t * T1 + T] : NEG;
    }
    return L;
}

static inline int32_t max32(int32_t a, int32_t b)
{
    return a > b ? a : b;
}

#if defined(__GNUC__) && !defined(GX_TAGGER_NO_VEC) /* (build knob, to test the plain loops) */
/* 8 x int32 vectors (GCC/Clang vector extension; lowered to SSE2 pairs in the default clone,
 * one AVX2 register in the avx2 clone). Left to itself the compiler vectorizes the 16 x 16
 * max-plus step badly (it unrolls the outer loop and transposes with shuffles). Macros, not
 * functions: helpers compiled for the default target lower the vectors before inlining. */
#define GX_LANES_VEC 1
typedef int32_t v8 __attribute__((vector_size(32)));
typedef int16_t v8h __attribute__((vector_size(16)));
typedef uint16_t v16u __attribute__((vector_size(32)));
typedef int16_t v16s __attribute__((vector_size(32)));
#define LD8(v, p) memcpy(&(v), (p), sizeof(v8))
/* four vectors, 32 lanes, from p */
#define LD32(v0, v1, v2, v3, p) (LD8(v0, p), LD8(v1, (p) + 8), LD8(v2, (p) + 16), LD8(v3, (p) + 24))
#define ST8(p, v) memcpy((p), &(v), sizeof(v8))
/* the 32 int16 lanes of two 16-bit sums (b0, b1) widened and stored as 32 int32 at p */
#define ST_WIDENED(p, b0, b1)                                                                  \
    do {                                                                                       \
        const v16s s0_ = (v16s)(b0), s1_ = (v16s)(b1);                                         \
        const v8h w0_ = __builtin_shufflevector(s0_, s0_, 0, 1, 2, 3, 4, 5, 6, 7);             \
        const v8h w1_ = __builtin_shufflevector(s0_, s0_, 8, 9, 10, 11, 12, 13, 14, 15);       \
        const v8h w2_ = __builtin_shufflevector(s1_, s1_, 0, 1, 2, 3, 4, 5, 6, 7);             \
        const v8h w3_ = __builtin_shufflevector(s1_, s1_, 8, 9, 10, 11, 12, 13, 14, 15);       \
        const v8 x0_ = __builtin_convertvector(w0_, v8), x1_ = __builtin_convertvector(w1_, v8); \
        const v8 x2_ = __builtin_convertvector(w2_, v8), x3_ = __builtin_convertvector(w3_, v8); \
        ST8((p), x0_);                                                                         \
        ST8((p) + 8, x1_);                                                                     \
        ST8((p) + 16, x2_);                                                                    \
        ST8((p) + 24, x3_);                                                                    \
    } while (0)
#define SPLAT8(x) ((v8){0} + (int32_t)(x))
/* bit k set when lane k of the comparison result v (0 or -1 per lane) is set */
#define MASK8(v)                                                                               \
    __extension__({                                                                            \
        uint32_t m_ = 0;                                                                       \
        for (int k_ = 0; k_ < 8; k_++)                                                         \
            m_ |= (uint32_t)((v)[k_] & 1) << k_;                                               \
        m_;                                                                                    \
    })
#define MAX8(a, b) ((((a) > (b)) & (a)) | (~((a) > (b)) & (b)))
/* the largest of the 8 lanes of v, by halving (a statement expression: GCC and Clang) */
#define HMAX8(v)                                                                               \
    __extension__({                                                                            \
        const v8 h4_ = GX_MAX8((v), __builtin_shufflevector((v), (v), 4, 5, 6, 7, 0, 1, 2, 3));    \
        const v8 h2_ = GX_MAX8(h4_, __builtin_shufflevector(h4_, h4_, 2, 3, 0, 1, 6, 7, 4, 5));    \
        const v8 h1_ = GX_MAX8(h2_, __builtin_shufflevector(h2_, h2_, 1, 0, 3, 2, 5, 4, 7, 6));    \
        h1_[0];                                                                                \
    })
#endif

/* Keeping the numbers bounded. Every GX_NORM_EVERY positions (and at the last), as in
 * viterbi_b: shift by the maximum, unreachable (< LOW) -> NEG. In between only a floor at NEG,
 * so unreachable lanes cannot run away: the reachable values drift by at most
 * GX_NORM_EVERY steps' emissions and transitions, far less than LOW. Decisions and margins
 * compare values of one position, so they do not depend on the shift; values <= LOW are
 * unreachable either way. */
#define GX_NORM_EVERY 16

/* The lanes code twice: portable vectors, and AVX2 (picked at load when the CPU has it). */
#define GX_LN(name) name##_plain
#define GX_MAX8(a, b) MAX8(a, b)
#define GX_MASK8(v) MASK8(v)
#include "gx_tagger_lanes.h"
#undef GX_LN
#undef GX_MAX8
#undef GX_MASK8
#if defined(GX_LANES_VEC) && defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && \
    !defined(GX_TAGGER_NO_CLONES)
#define GX_LANES_AVX2 1
#include <immintrin.h>
#pragma GCC push_options
#pragma GCC target("avx2")
#define GX_LN(name) name##_avx2
#define GX_MAX8(a, b) ((v8)_mm256_max_epi32((__m256i)(a), (__m256i)(b)))
#define GX_MASK8(v) ((uint32_t)_mm256_movemask_ps((__m256)(v)))
#include "gx_tagger_lanes.h"
#undef GX_LN
#undef GX_MAX8
#undef GX_MASK8
#pragma GCC pop_options
#endif

static int64_t viterbi_l(const gx_tagger_lattice *lat, const lanes *L, const int32_t *emit, int n, int32_t *alpha,
                         uint8_t *tags_out)
{
#ifdef GX_LANES_AVX2
    if (L->avx2)
        return viterbi_l_avx2(lat, L, emit, n, alpha, tags_out);
#endif
    return viterbi_l_plain(lat, L, emit, n, alpha, tags_out);
}

static void backward_l(const lanes *L, const int32_t *emit, int n, int stop, int32_t *beta)
{
#ifdef GX_LANES_AVX2
    if (L->avx2) {
        backward_l_avx2(L, emit, n, stop, beta);
        return;
    }
#endif
    backward_l_plain(L, emit, n, stop, beta);
}

#ifdef GX_LANES_AVX2
#pragma GCC push_options
#pragma GCC target("avx2")
/* emissions()' six dense pairs of the committed model (see there) in AVX2: the 16-bit sums of
 * the rows of position i, widened to int32 by two sign extensions per vector. rc: the
 * character blocks' indices (offsets 0..3 at rc[i .. i + 3]), r4, r5: the two single-offset
 * templates' indices; dn: the dense rows. */
static void dense6_avx2(int32_t *base, int n, const int16_t *dn, const uint64_t *rc, const uint64_t *r4,
                        const uint64_t *r5)
{
    for (int i = 0; i < n; i++) {
        const int16_t *const p0 = dn + rc[i], *const p1 = dn + rc[i + 1] + GX_TAGGER_DW;
        const int16_t *const p2 = dn + rc[i + 2] + 2 * GX_TAGGER_DW, *const p3 = dn + rc[i + 3] + 3 * GX_TAGGER_DW;
        const int16_t *const p4 = dn + r4[i], *const p5 = dn + r5[i];
        __m256i b0 = _mm256_loadu_si256((const __m256i *)p0), b1 = _mm256_loadu_si256((const __m256i *)(p0 + 16));
        b0 = _mm256_add_epi16(b0, _mm256_loadu_si256((const __m256i *)p1));
        b1 = _mm256_add_epi16(b1, _mm256_loadu_si256((const __m256i *)(p1 + 16)));
        b0 = _mm256_add_epi16(b0, _mm256_loadu_si256((const __m256i *)p2));
        b1 = _mm256_add_epi16(b1, _mm256_loadu_si256((const __m256i *)(p2 + 16)));
        b0 = _mm256_add_epi16(b0, _mm256_loadu_si256((const __m256i *)p3));
        b1 = _mm256_add_epi16(b1, _mm256_loadu_si256((const __m256i *)(p3 + 16)));
        b0 = _mm256_add_epi16(b0, _mm256_loadu_si256((const __m256i *)p4));
        b1 = _mm256_add_epi16(b1, _mm256_loadu_si256((const __m256i *)(p4 + 16)));
        b0 = _mm256_add_epi16(b0, _mm256_loadu_si256((const __m256i *)p5));
        b1 = _mm256_add_epi16(b1, _mm256_loadu_si256((const __m256i *)(p5 + 16)));
        __m256i *const out = (__m256i *)(base + (size_t)i * FL);
        _mm256_storeu_si256(out, _mm256_cvtepi16_epi32(_mm256_castsi256_si128(b0)));
        _mm256_storeu_si256(out + 1, _mm256_cvtepi16_epi32(_mm256_extracti128_si256(b0, 1)));
        _mm256_storeu_si256(out + 2, _mm256_cvtepi16_epi32(_mm256_castsi256_si128(b1)));
        _mm256_storeu_si256(out + 3, _mm256_cvtepi16_epi32(_mm256_extracti128_si256(b1, 1)));
    }
}
#pragma GCC pop_options
#endif

/* ---------------------------------------------------------------- scratch */

/* A scratch's cache of lexicon-code rows (emissions): entry h holds, for template tag >> 32 and
 * code value (uint32_t)tag, where the feature's first dense row starts (or the absent rows).
 * The codes of a text repeat (a few hundred values), so most positions find their row here
 * instead of hashing and probing; a cached row is the one the probe gave, so nothing changes. */
#define LC_BITS 9
#define LC_N (1u << LC_BITS)
struct gx_tagger_lcache {
    uint64_t tag[LC_N]; /* UINT64_MAX: empty */
    uint64_t off[LC_N];
};

void gx_tagger_scratch_reserve(gx_tagger_scratch *s, int n, int ntags)
{
    /* rows of the 32-lane layout when the model has one (up to 29 tags), else of ntags; small
     * enough to stay under malloc's mmap threshold for a 512-character piece */
    int T = ntags > 0 ? (ntags <= 29 ? GX_TAGGER_DW : ntags) : s->tcap ? s->tcap : GX_TAGGER_MAX_TAGS;
    if (T < s->tcap)
        T = s->tcap;
    if (n <= s->cap && T == s->tcap)
        return;
    int cap = s->cap ? s->cap : 128;
    while (cap < n)
        cap *= 2;
    s->tcap = T;
    s->cp = gl_realloc(s->cp, sizeof *s->cp * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->cls = gl_realloc(s->cls, (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->lex = gl_realloc(s->lex, sizeof *s->lex * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->clu = gl_realloc(s->clu, sizeof *s->clu * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->lexlen = gl_realloc(s->lexlen, (size_t)cap * GX_LEX__COUNT);
    s->wend = gl_realloc(s->wend, sizeof *s->wend * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->wbeg = gl_realloc(s->wbeg, sizeof *s->wbeg * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->ltok = gl_realloc(s->ltok, sizeof *s->ltok * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->lshp = gl_realloc(s->lshp, sizeof *s->lshp * (size_t)(cap + 2 * GX_TAGGER_PAD));
    s->emit = gl_realloc(s->emit, sizeof *s->emit * (size_t)(cap + 2 * GX_TAGGER_PAD) * (size_t)T);
    s->alpha = gl_realloc(s->alpha, sizeof *s->alpha * (size_t)cap * (size_t)T);
    s->beta = gl_realloc(s->beta, sizeof *s->beta * (size_t)cap * (size_t)T);
    s->tags = gl_realloc(s->tags, (size_t)cap);
    s->lexat = gl_realloc(s->lexat, sizeof *s->lexat * (size_t)cap);
    s->cap = cap;
}

void gx_tagger_scratch_cleanup(gx_tagger_scratch *s)
{
    if (!s)
        return;
    free(s->cp);
    free(s->cls);
    free(s->lex);
    free(s->clu);
    free(s->lexlen);
    free(s->wend);
    free(s->wbeg);
    free(s->ltok);
    free(s->lshp);
    free(s->emit);
    free(s->alpha);
    free(s->beta);
    free(s->tags);
    free(s->lexat);
    free(s->keys);
    free(s->hits);
    free(s->lcache);
    memset(s, 0, sizeof *s);
}

/* The context values of GX_TPL_WEND .. GX_TPL_LSHP: the padding, no words yet (lex_codes adds
 * them), and the Latin tokens from the classes (ASCII letters; s->cp is folded to lower case,
 * s->cls keeps the case). */
static void ctx_fill(gx_tagger_scratch *s, int n)
{
    for (int k = 0; k < GX_TAGGER_PAD; k++) {
        s->wend[k] = s->wbeg[k] = s->ltok[k] = s->lshp[k] = GX_LEX_BOS;
        const int e = GX_TAGGER_PAD + n + k;
        s->wend[e] = s->wbeg[e] = s->ltok[e] = s->lshp[e] = GX_LEX_EOS;
    }
    memset(s->wend + GX_TAGGER_PAD, 0, sizeof *s->wend * (size_t)n);
    memset(s->wbeg + GX_TAGGER_PAD, 0, sizeof *s->wbeg * (size_t)n);
    const uint8_t *cls = s->cls + GX_TAGGER_PAD;
    for (int i = 0; i < n;) {
        if (cls[i] != GX_CC_UPPER && cls[i] != GX_CC_LOWER) {
            s->ltok[GX_TAGGER_PAD + i] = s->lshp[GX_TAGGER_PAD + i] = 0;
            i++;
            continue;
        }
        int j = i, nup = 0;
        uint64_t h = 0x4C6174696E546F6BULL;
        for (; j < n && (cls[j] == GX_CC_UPPER || cls[j] == GX_CC_LOWER); j++) {
            h = mix64(h ^ ((uint64_t)s->cp[GX_TAGGER_PAD + j] << 1 | 1));
            nup += j > i && cls[j] == GX_CC_UPPER;
        }
        const int len = j - i;
        const uint64_t up = len == 1 ? 0 : nup == 0 ? 1 : nup == len - 1 ? 2 : 3; /* others: lower, upper, mixed */
        const uint64_t lb = len <= 3 ? (uint64_t)len : len <= 5 ? 4 : len <= 8 ? 5 : len <= 12 ? 6 : 7;
        const uint64_t shape = ((uint64_t)(cls[i] == GX_CC_UPPER) << 5 | up << 3 | lb) << 2;
        for (int k = i; k < j; k++) {
            const uint64_t pos = len == 1 ? 3 : k == i ? 0 : k == j - 1 ? 2 : 1; /* B I E S */
            s->ltok[GX_TAGGER_PAD + k] = mix64(h + pos);
            s->lshp[GX_TAGGER_PAD + k] = (shape | pos) + 1;
        }
        i = j;
    }
}

/* canon: map ASCII punctuation to the full-width forms of the training text (decoding; the
 * training text has been through gx_tagger_nfkc1, which already applies the same mapping). */
static void scratch_fill(gx_tagger_scratch *s, const gx_tagger_lexicon *lex, const uint32_t *cp, int n,
                         int canon)
{
    gx_tagger_scratch_reserve(s, n, 0);
    for (int k = 0; k < GX_TAGGER_PAD; k++) {
        s->cp[k] = GX_CP_BOS;
        s->cls[k] = GX_CC_BOS;
        s->lex[k] = GX_LEX_BOS;
        s->cp[GX_TAGGER_PAD + n + k] = GX_CP_EOS;
        s->cls[GX_TAGGER_PAD + n + k] = GX_CC_EOS;
        s->lex[GX_TAGGER_PAD + n + k] = GX_LEX_EOS;
        s->clu[k] = GX_LEX_BOS;
        s->clu[GX_TAGGER_PAD + n + k] = GX_LEX_EOS;
    }
    const uint32_t *hc = lex ? lex->hanclus : NULL;
    if (canon && lex && lex->cpcls) {
        /* the same by tables, selects instead of branches (Han and other characters alternate
         * unpredictably); code points outside the tables as below */
        /* (the class stores are bytes, which may alias anything: the tables and the arrays are
         * taken once, here, not reloaded after every store) */
        const uint8_t *const cpcls = lex->cpcls;
        const uint32_t *const ascfold = lex->ascfold;
        uint32_t *const oclu = s->clu + GX_TAGGER_PAD, *const ocp = s->cp + GX_TAGGER_PAD;
        uint8_t *const ocls = s->cls + GX_TAGGER_PAD;
        for (int i = 0; i < n; i++) {
            const uint32_t c = cp[i];
            const uint32_t ix = c <= 0x9FFFu ? c : c - 0xFF00u < 0xF0u ? c - 0xFF00u + 0xA000u : CMB_NCP;
            const uint32_t hx = c - GX_CLU_HAN0 <= GX_CLU_HAN1 - GX_CLU_HAN0 ? c - GX_CLU_HAN0 : 0;
            const uint32_t w = hc ? hc[hx] : 0;
            oclu[i] = c - GX_CLU_HAN0 <= GX_CLU_HAN1 - GX_CLU_HAN0 ? w : 0;
            if (ix < CMB_NCP) {
                ocls[i] = cpcls[ix];
                ocp[i] = c < 0x80 ? ascfold[c & 0x7F] : c;
            } else {
                const uint32_t cc = gx_tagger_canon(c);
                ocls[i] = (uint8_t)gx_tagger_class(cc);
                ocp[i] = gx_tagger_fold(cc);
            }
        }
        goto filled;
    }
    for (int i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (c >= 0x4E00 && c <= 0x9FFF && !is_han_numeral(c)) { /* most characters */
            s->cls[GX_TAGGER_PAD + i] = GX_CC_HAN;
            s->cp[GX_TAGGER_PAD + i] = c;
            s->clu[GX_TAGGER_PAD + i] = hc ? hc[c - GX_CLU_HAN0] : 0;
            continue;
        }
        s->clu[GX_TAGGER_PAD + i] = hc && c >= GX_CLU_HAN0 && c <= GX_CLU_HAN1 ? hc[c - GX_CLU_HAN0] : 0;
        if (canon)
            c = gx_tagger_canon(c);
        s->cls[GX_TAGGER_PAD + i] = (uint8_t)gx_tagger_class(c);
        s->cp[GX_TAGGER_PAD + i] = gx_tagger_fold(c);
    }
filled:
    if (s->ctx)
        ctx_fill(s, n);
    if (s->kcap < 3 * n) {
        s->kcap = 3 * n;
        s->keys = gl_realloc(s->keys, sizeof *s->keys * (size_t)s->kcap);
        s->hits = gl_realloc(s->hits, sizeof *s->hits * (size_t)s->kcap);
    }
    lex_codes(lex, s, n);
}

void gx_tagger_scratch_fill(gx_tagger_scratch *s, const gx_tagger_lexicon *lex, const uint32_t *cp, int n)
{
    scratch_fill(s, lex, cp, n, 0);
}

/* ---------------------------------------------------------------- decoding */


/* emit rows are padded by GX_TAGGER_PAD on both sides so n-grams near the edges need no checks;
 * returns the pointer to character 0's row. */

static inline uint32_t key_fp(uint64_t key)
{
    return (uint32_t)(key >> 32) | 1u;
}

/* key's slot in a template's table (slots, mask), NULL when absent */
static inline const gx_tagger_slot *probe_in(const gx_tagger_slot *slots, uint64_t mask, uint64_t key)
{
    const uint32_t fp = key_fp(key);
    uint64_t i = key & mask;
    for (;;) {
        const gx_tagger_slot *s = &slots[i];
        if (s->fp == fp)
            return s;
        if (s->fp == 0)
            return NULL;
        i = (i + 1) & mask;
    }
}

static inline const gx_tagger_slot *probe(const gx_tagger_model *m, int ti, uint64_t key)
{
    return probe_in(m->slots[ti], m->mask[ti], key);
}

/* The feature slot decoding finds for key in template ti (the filter first when decoding
 * tests it), or NULL. */
static inline const gx_tagger_slot *feature_slot(const gx_tagger_model *m, int ti, uint64_t key)
{
    if (m->tpl_filter[ti]) {
        const uint64_t fb = GX_TAGGER_FILTER_BIT(key);
        if (!(m->filter[fb >> 6] >> (fb & 63) & 1))
            return NULL;
    }
    return probe(m, ti, key);
}

/* emit rows are padded by GX_TAGGER_PAD on both sides so n-grams near the edges need no checks;
 * returns the pointer to character 0's row. The lookups are memory-bound, so they run as a
 * pipeline: all keys (prefetching their buckets), then all probes (prefetching the weights),
 * then the additions: the dense templates position by position into a register-sized
 * accumulator (one row of all tags per feature and offset), then the sparse lists. */
GX_HOT static int32_t *emissions(const gx_tagger_model *m, gx_tagger_scratch *s, int n)
{
    const int T = m->lanes ? FL : m->ntags; /* row stride */
    int32_t *base = s->emit + (size_t)GX_TAGGER_PAD * T;
    int total = 0, ndense = 0;
    int qstart[GX_TAGGER_MAX_TEMPLATES], nhit[GX_TAGGER_MAX_TEMPLATES];
    const int cmb = m->cmb_tc >= 0; /* character + cluster unigrams as one block per character */
    for (int ti = 0; ti < m->ntpl; ti++) {
        qstart[ti] = total;
        if (cmb && ti == m->cmb_tv)
            continue; /* in cmb_tc's blocks */
        total += cmb && ti == m->cmb_tc ? n + m->cmb_nd - 1 : n + m->tpl[ti].rmax - m->tpl[ti].rmin;
        ndense += m->tpl_dense[ti];
    }
    if (total > s->kcap) {
        s->kcap = total * 2;
        s->keys = gl_realloc(s->keys, sizeof *s->keys * (size_t)s->kcap);
        s->hits = gl_realloc(s->hits, sizeof *s->hits * (size_t)s->kcap);
    }
    int q = 0;
    uint8_t ready[GX_TAGGER_MAX_TEMPLATES] = {0}; /* rows already in keys (the lexicon-code cache) */
    for (int ti = 0; ti < m->ntpl; ti++) {
        const gx_tagger_template *t = &m->tpl[ti];
        const gx_tagger_slot *slots = m->slots[ti];
        const uint64_t mask = m->mask[ti];
        const int q0 = q;
        if (cmb && ti == m->cmb_tv)
            continue;
        if (cmb && ti == m->cmb_tc) { /* the block of each character */
            const int p0 = GX_TAGGER_PAD + m->cmb_rmin, cnt = n + m->cmb_nd - 1;
            for (int k = 0; k < cnt; k++) {
                const uint32_t c = s->cp[p0 + k];
                uint32_t b;
                /* the index of the direct table (selects, not branches: Han and other
                 * characters alternate unpredictably), CMB_NCP when c is not in it */
                const uint32_t ix = c <= 0x9FFFu ? c : c - 0xFF00u < 0xF0u ? c - 0xFF00u + 0xA000u : CMB_NCP;
                if (ix < CMB_NCP) {
                    b = m->cmb_cp[ix];
                } else if (c == GX_CP_BOS) {
                    b = m->cmb_bos;
                } else if (c == GX_CP_EOS) {
                    b = m->cmb_eos;
                } else {
                    uint64_t key;
                    keys_of(t, ti, s, p0 + k, 1, &key);
                    const gx_tagger_slot *sl = feature_slot(m, ti, key);
                    b = sl ? m->cmb_slot[sl - slots] : m->cmb_absent;
                }
                s->keys[q0 + k] = b;
                PREFETCH(m->dense + b);
            }
            q += cnt;
            continue;
        }
        if (m->direct[ti]) { /* rows straight from the value */
            const uint32_t *dr = m->direct[ti];
            const int p0 = GX_TAGGER_PAD + t->rmin, cnt = n + t->rmax - t->rmin;
            if (t->kind == GX_TPL_CLASS && t->n == 3) { /* the class trigram, written out */
                const uint8_t *c = s->cls + p0;
                for (int k = 0; k < cnt; k++)
                    s->keys[q0 + k] = dr[(uint32_t)c[k] << 8 | (uint32_t)c[k + 1] << 4 | c[k + 2]];
            } else if (t->kind == GX_TPL_CLASS) {
                for (int k = 0; k < cnt; k++) {
                    uint32_t v = 0;
                    for (int j = 0; j < t->n; j++)
                        v = v << 4 | s->cls[p0 + k + j];
                    s->keys[q0 + k] = dr[v];
                }
            } else if (t->kind >= GX_TPL_CLUF) {
                const int sh = GX_CLU_SHIFT(t->kind);
                for (int k = 0; k < cnt; k++) {
                    const uint32_t c = s->clu[p0 + k];
                    s->keys[q0 + k] = dr[c & 0x80000000u ? GX_CLU_MAXID + 1 + (c & 1) : (c >> sh) & GX_CLU_MAXID];
                }
            } else {
                for (int k = 0; k < cnt; k++) {
                    const uint32_t c = s->lex[p0 + k];
                    s->keys[q0 + k] = dr[c & 0x80000000u ? 16 + (c & 1) : (c >> 24) & 0xF];
                }
            }
            q += cnt;
            continue;
        }
        if (m->tpl_dense[ti] && t->n == 1 && t->kind >= GX_TPL_LEX && t->kind <= GX_TPL_PROP) {
            /* a lexicon-code unigram: rows through the scratch's cache by code value (keys_of's
             * value and key, feature_slot's answer: the same rows as the probe loop below) */
            if (!s->lcache || s->lcmodel != m->serial) {
                if (!s->lcache)
                    s->lcache = gl_malloc(sizeof *s->lcache);
                memset(s->lcache->tag, 0xFF, sizeof s->lcache->tag);
                s->lcmodel = m->serial;
            }
            struct gx_tagger_lcache *const lc = s->lcache;
            const uint32_t lmask = t->kind == GX_TPL_LEX ? 0xFFFFFFu : t->kind == GX_TPL_PROP ? 0xFu : 0xFFFu;
            const int lsh = t->kind == GX_TPL_LEXB ? 12 : t->kind == GX_TPL_PROP ? 24 : 0;
            const uint64_t h0 = 0x9E3779B97F4A7C15ULL * (uint64_t)(ti + 1);
            const uint64_t absent = (uint64_t)m->ndense * GX_TAGGER_DW;
            const uint32_t *const c = s->lex + GX_TAGGER_PAD + t->rmin;
            uint64_t *const keys = s->keys + q0;
            const int cnt = n + t->rmax - t->rmin;
            for (int k = 0; k < cnt; k++) {
                const uint32_t v = c[k] & 0x80000000u ? c[k] : (c[k] >> lsh) & lmask;
                const uint64_t tg = (uint64_t)ti << 32 | v;
                const uint32_t e = (v * 0x9E3779B1u + (uint32_t)ti * 0x85EBCA77u) >> (32 - LC_BITS);
                uint64_t off;
                if (lc->tag[e] == tg) {
                    off = lc->off[e];
                } else {
                    uint64_t key = mix64(h0 ^ ((uint64_t)v << 8 | 0xE0));
                    key = key ? key : 1;
                    const gx_tagger_slot *sl = feature_slot(m, ti, key);
                    off = sl ? (uint64_t)GX_TAGGER_SLOT_OFF(sl) * GX_TAGGER_DW : absent;
                    lc->tag[e] = tg;
                    lc->off[e] = off;
                }
                keys[k] = off;
                PREFETCH(m->dense + off);
            }
            ready[ti] = 1;
            q += cnt;
            continue;
        }
        keys_of(t, ti, s, GX_TAGGER_PAD + t->rmin, n + t->rmax - t->rmin, s->keys + q0);
        if (!m->tpl_filter[ti]) { /* a small table: probing it costs less than the filter */
            q += n + t->rmax - t->rmin;
            continue;
        }
        /* (the filter and the keys read once: a store of a key may alias the filter's words) */
        const uint64_t *const filt = m->filter;
        uint64_t *const keys = s->keys;
        for (int j = t->rmin; j <= n - 1 + t->rmax; j++) {
            uint64_t key = keys[q];
            const uint64_t fb = GX_TAGGER_FILTER_BIT(key);
            /* no branch on the filter bit (a load that may miss): 0 = certainly absent; the
             * bucket is prefetched either way */
            keys[q++] = key & (0 - (filt[fb >> 6] >> (fb & 63) & 1));
            PREFETCH(&slots[key & mask]);
        }
    }
    /* sparse templates: hits[k] = the slot or NULL; dense templates: keys[k] = where the first
     * row of the feature starts in m->dense (in elements), or the zero rows after the last when
     * it is absent */
    for (int ti = 0; ti < m->ntpl; ti++) {
        const int end = ti + 1 < m->ntpl ? qstart[ti + 1] : q;
        if (m->direct[ti] || ready[ti] || (cmb && (ti == m->cmb_tc || ti == m->cmb_tv))) {
            continue; /* rows already there (a table small enough to stay in cache) */
        }
        /* (the stores below go through pointers the compiler cannot tell from the model's and
         * the scratch's fields: what the loops read of those is read once, here) */
        const gx_tagger_slot *const slots = m->slots[ti];
        const uint64_t mask = m->mask[ti];
        uint64_t *const keys = s->keys;
        if (m->tpl_dense[ti]) {
            const int16_t *const dense = m->dense;
            const uint64_t absent = (uint64_t)m->ndense * GX_TAGGER_DW;
            for (int k = qstart[ti]; k < end; k++) {
                const gx_tagger_slot *sl = keys[k] ? probe_in(slots, mask, keys[k]) : NULL;
                keys[k] = sl ? (uint64_t)GX_TAGGER_SLOT_OFF(sl) * GX_TAGGER_DW : absent;
                PREFETCH(dense + keys[k]);
            }
        } else if (m->wpad4) {
            /* the present features only, packed at the front of the template's range: hits[q]
             * the slot, keys[q] its n-gram's position (q <= k: a key already read); absent
             * features added no weight (wzero's four zeros), so leaving them out changes no sum.
             * The count advances without a branch on "present" (unpredictable). */
            const gx_tagger_slot *const none = &m->wzero;
            const gx_tagger_slot **const hits = s->hits;
            const gx_tagger_weight *const w = m->w;
            int np = qstart[ti];
            for (int k = qstart[ti]; k < end; k++) {
                const gx_tagger_slot *sl = keys[k] ? probe_in(slots, mask, keys[k]) : NULL;
                sl = sl ? sl : none;
                hits[np] = sl;
                keys[np] = (uint64_t)(k - qstart[ti]);
                np += sl != none;
                PREFETCH(w + GX_TAGGER_SLOT_OFF(sl));
            }
            nhit[ti] = np - qstart[ti];
        } else {
            const gx_tagger_slot *none = NULL; /* an absent feature */
            const gx_tagger_slot **const hits = s->hits;
            const gx_tagger_weight *const w = m->w;
            for (int k = qstart[ti]; k < end; k++) {
                const gx_tagger_slot *sl = keys[k] ? probe_in(slots, mask, keys[k]) : NULL;
                sl = sl ? sl : none;
                hits[k] = sl;
                if (sl)
                    PREFETCH(w + GX_TAGGER_SLOT_OFF(sl));
            }
        }
    }
    if (ndense) {
        /* rows outside [0, n) only receive sparse additions that nobody reads; keep them defined */
        memset(s->emit, 0, sizeof *s->emit * (size_t)GX_TAGGER_PAD * (size_t)T);
        memset(base + (size_t)n * T, 0, sizeof *s->emit * (size_t)GX_TAGGER_PAD * (size_t)T);
        /* the (template, offset) pairs: offset index oi of template ti reads the n-gram at
         * j = i + rmin + oi, whose row index is keys[qstart[ti] + i + oi] */
        int pq[GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1)], po[GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1)];
        int np = 0;
        for (int ti = 0; ti < m->ntpl; ti++)
            if (cmb && ti == m->cmb_tc)
                for (int oi = 0; oi < m->cmb_nd; oi++) {
                    pq[np] = qstart[ti] + oi;
                    po[np++] = oi * GX_TAGGER_DW;
                }
            else if (m->tpl_dense[ti] && !(cmb && ti == m->cmb_tv))
                for (int oi = 0; oi <= m->tpl[ti].rmax - m->tpl[ti].rmin; oi++) {
                    pq[np] = qstart[ti] + oi;
                    po[np++] = oi * GX_TAGGER_DW; /* the offset's row, in elements */
                }
        /* per pair: its row indices (rk[k][i] for position i) and its offset's first row, so
         * the loop below reads one index and adds it to one base per row */
        const uint64_t *rk[GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1)];
        const int16_t *dk[GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1)];
        for (int k = 0; k < np; k++) {
            rk[k] = s->keys + pq[k];
            dk[k] = m->dense + po[k];
        }
        const int dense16 = m->dense16; /* (read once: the rows stored below may alias it) */
        int n_dense_done = 0;
#ifdef GX_LANES_VEC
        if (dense16 && np == 6 && pq[1] == pq[0] + 1 && pq[2] == pq[0] + 2 && pq[3] == pq[0] + 3 && po[0] == 0 &&
            po[1] == GX_TAGGER_DW && po[2] == 2 * GX_TAGGER_DW && po[3] == 3 * GX_TAGGER_DW && po[4] == 0 &&
            po[5] == 0) {
            /* the committed model's six pairs (four offsets of the character blocks, the class
             * trigram, the lexicon code) written out: the four block offsets read one index
             * array at i .. i + 3 and add their offset's row as a constant, so three index
             * arrays and the rows' base stay in registers (wrapping 16-bit sums: the order of
             * the additions does not matter) */
            const uint64_t *const rc = s->keys + pq[0], *const r4 = s->keys + pq[4], *const r5 = s->keys + pq[5];
            const int16_t *const dn = m->dense;
#ifdef GX_LANES_AVX2
            if (((const lanes *)m->lanes)->avx2) {
                dense6_avx2(base, n, dn, rc, r4, r5);
                n_dense_done = 1;
            }
#endif
            for (int i = 0; i < n && !n_dense_done; i++) {
                int32_t *out = base + (size_t)i * FL;
                v16u b0, b1, x0, x1;
#define GX_DENSE_ROW(ix, op)                                                                               \
    do {                                                                                                   \
        const int16_t *row = dn + (ix);                                                                    \
        memcpy(&x0, row, sizeof x0);                                                                       \
        memcpy(&x1, row + 16, sizeof x1);                                                                  \
        b0 op x0;                                                                                          \
        b1 op x1;                                                                                          \
    } while (0)
                GX_DENSE_ROW(rc[i], =);
                GX_DENSE_ROW(rc[i + 1] + GX_TAGGER_DW, +=);
                GX_DENSE_ROW(rc[i + 2] + 2 * GX_TAGGER_DW, +=);
                GX_DENSE_ROW(rc[i + 3] + 3 * GX_TAGGER_DW, +=);
                GX_DENSE_ROW(r4[i], +=);
                GX_DENSE_ROW(r5[i], +=);
#undef GX_DENSE_ROW
                ST_WIDENED(out, b0, b1);
            }
        } else
#endif
        for (int i = 0; i < n; i++) {
            int32_t *out = base + (size_t)i * FL;
#ifdef GX_LANES_VEC
            v8 a0 = SPLAT8(0), a1 = a0, a2 = a0, a3 = a0;
            v8h h0, h1, h2, h3;
            if (dense16) {
                /* 16 lanes of 16 bits per vector, wrapping (unsigned) arithmetic: exact, as the
                 * true sum fits int16 (model_parse checked the bound) */
                v16u b0 = {0}, b1 = {0}, r0, r1;
                for (int k = 0; k < np; k++) {
                    const int16_t *row = dk[k] + rk[k][i];
                    memcpy(&r0, row, sizeof r0);
                    memcpy(&r1, row + 16, sizeof r1);
                    b0 += r0;
                    b1 += r1;
                }
                ST_WIDENED(out, b0, b1);
                continue;
            }
            for (int k = 0; k < np; k++) {
                const int16_t *row = dk[k] + rk[k][i];
                memcpy(&h0, row, sizeof h0);
                memcpy(&h1, row + 8, sizeof h1);
                memcpy(&h2, row + 16, sizeof h2);
                memcpy(&h3, row + 24, sizeof h3);
                a0 += __builtin_convertvector(h0, v8);
                a1 += __builtin_convertvector(h1, v8);
                a2 += __builtin_convertvector(h2, v8);
                a3 += __builtin_convertvector(h3, v8);
            }
            ST8(out, a0);
            ST8(out + 8, a1);
            ST8(out + 16, a2);
            ST8(out + 24, a3);
#else
            int32_t acc[GX_TAGGER_DW];
            memset(acc, 0, sizeof acc);
            for (int k = 0; k < np; k++) {
                const int16_t *row = dk[k] + rk[k][i];
                for (int c = 0; c < GX_TAGGER_DW; c++)
                    acc[c] += row[c];
            }
            if (dense16) /* 16-bit wrapping sums (the combined blocks may wrap): exact */
                for (int c = 0; c < GX_TAGGER_DW; c++)
                    acc[c] = (int16_t)(uint16_t)(uint32_t)acc[c];
            memcpy(out, acc, sizeof acc);
#endif
        }
    } else {
        memset(s->emit, 0, sizeof *s->emit * (size_t)(n + 2 * GX_TAGGER_PAD) * (size_t)T);
    }
    for (int ti = 0; ti < m->ntpl; ti++) {
        const gx_tagger_template *t = &m->tpl[ti];
        if (m->tpl_dense[ti])
            continue;
        q = qstart[ti];
        if (m->wpad4) { /* the present features packed above, every list 4k weights */
            const gx_tagger_weight *W = m->w;
            const gx_tagger_slot *const *const hits = s->hits;
            const uint64_t *const keys = s->keys;
            for (int e = q; e < q + nhit[ti]; e++) {
                const uint32_t oc = hits[e]->offcnt;
                const gx_tagger_weight *w = W + (oc >> 8);
                int32_t *row = base + (ptrdiff_t)((int)keys[e] + t->rmin) * T;
                uint32_t k = 0;
                do {
                    row[w[k].rel] += w[k].w;
                    row[w[k + 1].rel] += w[k + 1].w;
                    row[w[k + 2].rel] += w[k + 2].w;
                    row[w[k + 3].rel] += w[k + 3].w;
                    k += 4;
                } while (k < (oc & 0xFFu));
            }
            continue;
        }
        for (int j = t->rmin; j <= n - 1 + t->rmax; j++) {
            const gx_tagger_slot *sl = s->hits[q++];
            if (!sl)
                continue;
            const gx_tagger_weight *w = m->w + GX_TAGGER_SLOT_OFF(sl);
            const uint32_t cnt = GX_TAGGER_SLOT_CNT(sl);
            int32_t *row = base + (ptrdiff_t)j * T;
            for (uint32_t k = 0; k < cnt; k++)
                row[w[k].rel] += w[k].w;
        }
    }
    return base;
}

/* The first position >= i whose tag is not O (0), or n: eight tags at a time over the runs of
 * O (most of a sentence; two sentences in three of the news corpus have no other tag). */
static inline int next_tagged(const uint8_t *tags, int i, int n)
{
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, tags + i, sizeof w);
        if (w)
            break;
    }
    while (i < n && tags[i] == 0)
        i++;
    return i;
}

int gx_tagger_decode(const gx_tagger_model *m, gx_tagger_scratch *s, const uint32_t *cp, int n,
                     gx_tagger_span *out, int max, int want_margin)
{
    if (n <= 0)
        return 0;
    if (n > GX_TAGGER_MAX_SENT)
        n = GX_TAGGER_MAX_SENT;
    const lanes *L = m->lanes;
    const int T = L ? FL : m->ntags; /* row stride of emit, alpha, beta */
    gx_tagger_scratch_reserve(s, n, m->ntags);
    s->ctx = m->has_ctx;
    scratch_fill(s, &m->lex, cp, n, 1);
    int32_t *emit = emissions(m, s, n);
    if (L)
        viterbi_l(&m->lat, L, emit, n, s->alpha, s->tags);
    else
        viterbi_b(&m->lat, m->bioes, m->trans, emit, n, s->alpha, s->tags);
    const int first = next_tagged(s->tags, 0, n); /* no span and no margin before it */
    if (first == n)
        return 0; /* nothing tagged (two sentences in three of the news corpus) */
    if (want_margin) {
        if (L)
            backward_l(L, emit, n, first, s->beta);
        else
            backward(&m->lat, m->bioes, m->trans, emit, n, first, s->beta);
    }
    int count = 0;
    for (int i = first; i < n; i = next_tagged(s->tags, i + 1, n)) {
        int tag = s->tags[i];
        int role = (tag - 1) % 4, type = (tag - 1) / 4;
        if (role != 0 && role != 3)
            continue; /* spans start with B or S */
        int e = i;
        if (role == 0) /* the constraints guarantee B I* E of one type */
            while (e + 1 < n && (s->tags[e] - 1) % 4 != 2)
                e++;
        float margin = 0;
        if (want_margin) {
            int64_t minm = INT64_MAX;
#ifdef GX_LANES_VEC
            if (L) {
#ifdef GX_LANES_AVX2
                if (L->avx2)
                    minm = span_margin_avx2(L, s->alpha, s->beta, s->tags, i, e);
                else
#endif
                    minm = span_margin_plain(L, s->alpha, s->beta, s->tags, i, e);
            } else
#endif
                for (int k = i; k <= e; k++) {
                    const int32_t *a = s->alpha + (size_t)k * T, *b = s->beta + (size_t)k * T;
                    int y = L ? L->lane[s->tags[k]] : s->tags[k];
                    int64_t my = (int64_t)a[y] + b[y], alt = INT64_MIN;
                    for (int t2 = 0; t2 < T; t2++) {
                        if (t2 == y || a[t2] <= LOW || b[t2] <= LOW)
                            continue;
                        int64_t v = (int64_t)a[t2] + b[t2];
                        if (v > alt)
                            alt = v;
                    }
                    int64_t d = alt == INT64_MIN ? INT32_MAX : my - alt;
                    if (d < minm)
                        minm = d;
                }
            margin = (float)minm / m->scale;
        }
        if (count < max) {
            out[count].start = i;
            out[count].end = e + 1;
            out[count].type = type;
            out[count].margin = margin;
        }
        count++;
        i = e;
    }
    return count;
}

/* ---------------------------------------------------------------- parsing */

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const unsigned char *p)
{
    return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

int gx_tagger_model_type(const gx_tagger_model *m, const char *name)
{
    for (int k = 0; k < m->ntypes; k++)
        if (strcmp(m->type_names[k], name) == 0)
            return k;
    return -1;
}

/* Block of the combined rows (see cmb_tc in gx_tagger_model.h) for the character unigram row
 * start rc (an element offset in dense: the feature's first row, or the zero rows) and the
 * cluster template's row start rv; blocks of the same pair are shared through a small map. */
typedef struct cmb_build {
    uint64_t *pair; /* (rc << 32 | rv) + 1, 0 = empty */
    uint32_t *blk;
    uint32_t mask, n, cap;
    int16_t *rows;  /* n blocks of nd rows */
} cmb_build;

static uint32_t cmb_block(const gx_tagger_model *m, cmb_build *cb, uint32_t rc, uint32_t rv)
{
    const gx_tagger_template *tc = &m->tpl[m->cmb_tc], *tv = &m->tpl[m->cmb_tv];
    const uint64_t pr = ((uint64_t)rc << 32 | rv) + 1;
    uint32_t j = (uint32_t)(mix64(pr) >> 40) & cb->mask;
    while (cb->pair[j] && cb->pair[j] != pr)
        j = (j + 1) & cb->mask;
    if (cb->pair[j])
        return cb->blk[j];
    if (cb->n == cb->cap) {
        cb->cap = cb->cap ? cb->cap * 2 : 1024;
        cb->rows = gl_realloc(cb->rows, sizeof *cb->rows * (size_t)cb->cap * (size_t)m->cmb_nd * GX_TAGGER_DW);
    }
    int16_t *d = cb->rows + (size_t)cb->n * (size_t)m->cmb_nd * GX_TAGGER_DW;
    for (int o = 0; o < m->cmb_nd; o++) {
        const int r = m->cmb_rmin + o; /* the relative offset of this row */
        for (int c = 0; c < GX_TAGGER_DW; c++) {
            uint16_t v = 0; /* wrapping, as the decoder sums (exact: the full sum fits int16) */
            if (r >= tc->rmin && r <= tc->rmax)
                v = (uint16_t)(v + (uint16_t)m->dense[rc + (size_t)(r - tc->rmin) * GX_TAGGER_DW + c]);
            if (r >= tv->rmin && r <= tv->rmax)
                v = (uint16_t)(v + (uint16_t)m->dense[rv + (size_t)(r - tv->rmin) * GX_TAGGER_DW + c]);
            memcpy(&d[(size_t)o * GX_TAGGER_DW + c], &v, sizeof v);
        }
    }
    cb->pair[j] = pr;
    cb->blk[j] = cb->n;
    if (++cb->n * 2 > cb->mask) { /* rehash into a map twice the size */
        cmb_build nb = {0};
        nb.mask = cb->mask * 2 + 1;
        nb.pair = gl_calloc((size_t)nb.mask + 1, sizeof *nb.pair);
        nb.blk = gl_calloc((size_t)nb.mask + 1, sizeof *nb.blk);
        for (uint32_t k = 0; k <= cb->mask; k++) {
            if (!cb->pair[k])
                continue;
            uint32_t i = (uint32_t)(mix64(cb->pair[k]) >> 40) & nb.mask;
            while (nb.pair[i])
                i = (i + 1) & nb.mask;
            nb.pair[i] = cb->pair[k];
            nb.blk[i] = cb->blk[k];
        }
        free(cb->pair);
        free(cb->blk);
        cb->pair = nb.pair;
        cb->blk = nb.blk;
        cb->mask = nb.mask;
    }
    return cb->n - 1;
}

/* Load-time transformation for decoding (no change to the results): when the model has one
 * dense character unigram template and one direct cluster unigram template and its dense rows
 * sum in 16 bits, precombine their rows per character (see cmb_tc in gx_tagger_model.h). */
static void combine_char_rows(gx_tagger_model *m)
{
    if (!m->lanes || !m->dense || !m->dense16)
        return;
    int tci = -1, tvi = -1;
    for (int ti = 0; ti < m->ntpl; ti++) {
        const gx_tagger_template *t = &m->tpl[ti];
        if (!m->tpl_dense[ti] || t->n != 1)
            continue;
        if (t->kind == GX_TPL_CHAR && !m->direct[ti]) {
            if (tci >= 0)
                return;
            tci = ti;
        } else if (t->kind >= GX_TPL_CLUF && m->direct[ti]) {
            if (tvi >= 0)
                return;
            tvi = ti;
        }
    }
    if (tci < 0 || tvi < 0)
        return;
    const gx_tagger_template *tc = &m->tpl[tci], *tv = &m->tpl[tvi];
    const int rmin = tc->rmin < tv->rmin ? tc->rmin : tv->rmin;
    const int rmax = tc->rmax > tv->rmax ? tc->rmax : tv->rmax;
    m->cmb_tc = tci;
    m->cmb_tv = tvi;
    m->cmb_rmin = rmin;
    m->cmb_nd = rmax - rmin + 1;
    const uint32_t *dv = m->direct[tvi];
    const uint32_t zero = m->ndense * GX_TAGGER_DW; /* the zero rows: an absent feature */
    const int sh = GX_CLU_SHIFT(tv->kind);
    cmb_build cb = {0};
    cb.mask = 4095;
    cb.pair = gl_calloc((size_t)cb.mask + 1, sizeof *cb.pair);
    cb.blk = gl_calloc((size_t)cb.mask + 1, sizeof *cb.blk);
    gx_tagger_scratch tmp;
    memset(&tmp, 0, sizeof tmp);
    uint32_t cpv[1];
    tmp.cp = cpv;
    /* the block by code point (U+0000..U+9FFF, U+FF00..U+FFEF): the character's key as
     * decoding makes it, its cluster (Han characters; 0 for the others, as scratch_fill) */
    m->cmb_cp = gl_malloc(sizeof *m->cmb_cp * CMB_NCP);
    for (uint32_t ix = 0; ix < CMB_NCP; ix++) {
        const uint32_t c = ix < 0xA000u ? ix : ix - 0xA000u + 0xFF00u;
        cpv[0] = c;
        const gx_tagger_slot *sl = feature_slot(m, tci, key_inline(tc, tci, &tmp, 0));
        const uint32_t w = m->lex.hanclus && c >= GX_CLU_HAN0 && c <= GX_CLU_HAN1 ? m->lex.hanclus[c - GX_CLU_HAN0] : 0;
        m->cmb_cp[ix] = cmb_block(m, &cb, sl ? GX_TAGGER_SLOT_OFF(sl) * GX_TAGGER_DW : zero, dv[(w >> sh) & GX_CLU_MAXID]);
    }
    /* other characters (cluster 0) by the slot their key finds */
    const uint64_t nslots = m->mask[tci] + 1;
    m->cmb_slot = gl_malloc(sizeof *m->cmb_slot * (size_t)nslots);
    for (uint64_t k = 0; k < nslots; k++) {
        const gx_tagger_slot *sl = &m->slots[tci][k];
        m->cmb_slot[k] = sl->fp ? cmb_block(m, &cb, GX_TAGGER_SLOT_OFF(sl) * GX_TAGGER_DW, dv[0]) : 0;
    }
    m->cmb_absent = cmb_block(m, &cb, zero, dv[0]);
    cpv[0] = GX_CP_BOS;
    const gx_tagger_slot *sb = feature_slot(m, tci, key_inline(tc, tci, &tmp, 0));
    m->cmb_bos = cmb_block(m, &cb, sb ? GX_TAGGER_SLOT_OFF(sb) * GX_TAGGER_DW : zero, dv[GX_CLU_MAXID + 1]);
    cpv[0] = GX_CP_EOS;
    const gx_tagger_slot *se = feature_slot(m, tci, key_inline(tc, tci, &tmp, 0));
    m->cmb_eos = cmb_block(m, &cb, se ? GX_TAGGER_SLOT_OFF(se) * GX_TAGGER_DW : zero, dv[GX_CLU_MAXID + 2]);
    /* the blocks go after the zero rows of dense: one array, offsets in elements */
    const size_t old = ((size_t)m->ndense + 2 * GX_TAGGER_PAD + 1) * GX_TAGGER_DW;
    const size_t add = (size_t)cb.n * (size_t)m->cmb_nd * GX_TAGGER_DW;
    int16_t *nd = aligned_alloc(64, ((old + add) * sizeof *nd + 63) / 64 * 64);
    if (!nd) {
        free(m->cmb_cp);
        free(m->cmb_slot);
        m->cmb_cp = m->cmb_slot = NULL;
        m->cmb_tc = m->cmb_tv = -1;
    } else {
        memcpy(nd, m->dense, old * sizeof *nd);
        memcpy(nd + old, cb.rows, add * sizeof *nd);
        free(m->dense);
        m->dense = nd;
        const uint32_t b0 = (uint32_t)old, bw = (uint32_t)m->cmb_nd * GX_TAGGER_DW;
        for (uint32_t ix = 0; ix < CMB_NCP; ix++)
            m->cmb_cp[ix] = b0 + m->cmb_cp[ix] * bw;
        for (uint64_t k = 0; k < nslots; k++)
            m->cmb_slot[k] = b0 + m->cmb_slot[k] * bw;
        m->cmb_absent = b0 + m->cmb_absent * bw;
        m->cmb_bos = b0 + m->cmb_bos * bw;
        m->cmb_eos = b0 + m->cmb_eos * bw;
    }
    free(cb.pair);
    free(cb.blk);
    free(cb.rows);
}

/* Load-time transformation for decoding (no change to the results): the weight lists of the
 * sparse features of the lanes layout are copied with zero weights after them up to a multiple
 * of 4 (a zero weight added to the list's first cell), so the decoder adds them four at a
 * time; the lists of dense features are left out (the decoder reads their rows). */
static void pad_sparse_weights(gx_tagger_model *m)
{
    if (!m->lanes)
        return;
    size_t total = 0;
    for (int ti = 0; ti < m->ntpl; ti++)
        for (uint64_t k = 0; !m->tpl_dense[ti] && k <= m->mask[ti]; k++)
            if (m->slots[ti][k].fp)
                total += (GX_TAGGER_SLOT_CNT(&m->slots[ti][k]) + 3u) & ~3u;
    total += 4; /* the list of wzero */
    if (total >= (1u << 24))
        return;
    gx_tagger_weight *w = gl_malloc(sizeof *w * (total ? total : 1));
    uint32_t off = 0;
    for (int ti = 0; ti < m->ntpl; ti++)
        for (uint64_t k = 0; !m->tpl_dense[ti] && k <= m->mask[ti]; k++) {
            gx_tagger_slot *sl = &m->slots[ti][k];
            if (!sl->fp)
                continue;
            const uint32_t cnt = GX_TAGGER_SLOT_CNT(sl), pad = (cnt + 3u) & ~3u;
            memcpy(w + off, m->w + GX_TAGGER_SLOT_OFF(sl), sizeof *w * cnt);
            for (uint32_t j = cnt; j < pad; j++) {
                w[off + j].rel = w[off].rel;
                w[off + j].w = 0;
            }
            sl->offcnt = off << 8 | cnt;
            off += pad;
        }
    memset(w + off, 0, sizeof *w * 4);
    m->wzero.fp = 1;
    m->wzero.offcnt = off << 8 | 4;
    free(m->w);
    m->w = w;
    m->wpad4 = 1;
}

static gx_tagger_model *model_parse(const void *buf, size_t len, int generic, gl_error *err);

gx_tagger_model *gx_tagger_model_parse(const void *buf, size_t len, gl_error *err)
{
    return model_parse(buf, len, 0, err);
}

gx_tagger_model *gx_tagger_model_parse_generic(const void *buf, size_t len, gl_error *err)
{
    return model_parse(buf, len, 1, err);
}

static gx_tagger_model *model_parse(const void *buf, size_t len, int generic, gl_error *err)
{
    const unsigned char *b = buf;
    gx_tagger_model *m = NULL;
    uint16_t *rowpair = NULL;
    if (len < GX_TAGGER_HEADER_SIZE || memcmp(b, GX_TAGGER_MAGIC, 8) != 0) {
        gl_error_set(err, 500, "tagger model: not a Gleaner tagger model (bad magic)");
        goto fail;
    }
    uint32_t version = rd32(b + 8), ntypes = rd32(b + 12), ntags = rd32(b + 16), ntpl = rd32(b + 20);
    uint32_t nentries = rd32(b + 24), nweights = rd32(b + 28), scale_bits = rd32(b + 32);
    uint32_t nlex = rd32(b + 36), lex_maxlen = rd32(b + 56), nclus = rd32(b + 60);
    uint64_t payload_len = rd64(b + 40), checksum = rd64(b + 48);
    if (version != GX_TAGGER_VERSION) {
        gl_error_set(err, 500, "tagger model: version %u, this build reads %u", version, GX_TAGGER_VERSION);
        goto fail;
    }
    if (ntypes < 1 || ntypes > GX_TAGGER_MAX_TYPES || ntags != 1 + 4 * ntypes || ntpl < 1 ||
        ntpl > GX_TAGGER_MAX_TEMPLATES || nentries > (1u << 26) || nweights >= (1u << 24) || nlex > (1u << 26) ||
        lex_maxlen > GX_LEX_MAXLEN || nclus > GX_CLU_HAN1 - GX_CLU_HAN0 + 1) {
        gl_error_set(err, 500, "tagger model: sizes out of range");
        goto fail;
    }
    uint64_t need = (uint64_t)ntypes * 16 + (uint64_t)ntpl * 4 + (uint64_t)(ntags + 1) * (ntags + 1) * 4 +
                    (uint64_t)nentries * 12 + (uint64_t)nweights * 4 + (uint64_t)nlex * 12 + (uint64_t)nclus * 8;
    if (payload_len != need || len != GX_TAGGER_HEADER_SIZE + payload_len) {
        gl_error_set(err, 500, "tagger model: truncated or wrong size (%zu bytes, header says %llu)", len,
                     (unsigned long long)(GX_TAGGER_HEADER_SIZE + payload_len));
        goto fail;
    }
    const unsigned char *p = b + GX_TAGGER_HEADER_SIZE;
    if (gx_tagger_fnv1a(p, (size_t)payload_len) != checksum) {
        gl_error_set(err, 500, "tagger model: checksum mismatch (corrupt file)");
        goto fail;
    }
    m = gl_calloc(1, sizeof *m);
    {
        static uint64_t serials;
        m->serial = __atomic_add_fetch(&serials, 1, __ATOMIC_RELAXED);
    }
    m->cmb_tc = m->cmb_tv = -1;
    m->ntypes = (int)ntypes;
    m->ntags = (int)ntags;
    m->ntpl = (int)ntpl;
    m->nentries = nentries;
    m->nweights = nweights;
    m->file_size = len;
    memcpy(&m->scale, &scale_bits, sizeof m->scale);
    if (!(m->scale > 0) || !isfinite(m->scale)) {
        gl_error_set(err, 500, "tagger model: bad weight scale");
        goto fail;
    }
    for (uint32_t k = 0; k < ntypes; k++, p += 16) {
        if (memchr(p, 0, 16) == NULL || p[0] == 0) {
            gl_error_set(err, 500, "tagger model: bad type name");
            goto fail;
        }
        memcpy(m->type_names[k], p, 16);
    }
    for (uint32_t k = 0; k < ntpl; k++, p += 4) {
        gx_tagger_template *t = &m->tpl[k];
        t->kind = p[0];
        t->n = p[1];
        t->rmin = (int8_t)p[2];
        t->rmax = (int8_t)p[3];
        if (t->kind > GX_TPL_MAXKIND || t->n < 1 || t->n > 4 || t->rmin > t->rmax || t->rmin < -GX_TAGGER_PAD ||
            t->rmax + t->n - 1 > GX_TAGGER_PAD || (t->kind == GX_TPL_CLASS && t->n > 4) ||
            (GX_TPL_IS_CTX(t->kind) && t->n != 1)) {
            gl_error_set(err, 500, "tagger model: bad feature template %u", k);
            goto fail;
        }
        m->has_ctx |= GX_TPL_IS_CTX(t->kind);
    }
    size_t ntr = (size_t)(ntags + 1) * (ntags + 1);
    m->trans = gl_malloc(sizeof *m->trans * ntr);
    for (size_t k = 0; k < ntr; k++, p += 4)
        m->trans[k] = (int32_t)rd32(p);
    gx_tagger_constraints((int)ntypes, &m->lat);
    m->bioes = gl_malloc(sizeof(bioes));
    bioes_init(m->bioes, (int)ntags, m->trans);
    m->lanes = generic ? NULL : lanes_new(&m->lat, m->trans);
    const lanes *L = m->lanes;

    /* dense rows (see gx_tagger_model.h): unigrams and the small-alphabet templates, when the
     * tags fit a row */
    if (L) {
        for (uint32_t k = 0; k < ntpl; k++)
            m->tpl_dense[k] = (uint8_t)GX_TPL_IS_DENSE(&m->tpl[k]);
        uint64_t rows = 0;
        for (uint32_t e = 0; e < nentries; e++) {
            uint32_t ti = rd32(p + (size_t)e * 12 + 8) >> 24;
            if (ti < ntpl && m->tpl_dense[ti])
                rows += (uint64_t)(m->tpl[ti].rmax - m->tpl[ti].rmin + 1);
        }
        if (rows >= (1u << 24)) {
            memset(m->tpl_dense, 0, sizeof m->tpl_dense);
        } else if (rows) {
            m->ndense = (uint32_t)rows;
            /* + 2 PAD + 1 zero rows after the last: where absent features point */
            const size_t bytes = ((size_t)rows + 2 * GX_TAGGER_PAD + 1) * GX_TAGGER_DW * sizeof *m->dense;
            m->dense = aligned_alloc(64, (bytes + 63) / 64 * 64);
            if (!m->dense) {
                gl_error_set(err, 500, "tagger model: out of memory");
                goto fail;
            }
            memset(m->dense, 0, bytes);
        }
    }
    uint32_t drow = 0;
    rowpair = gl_calloc(m->ndense ? m->ndense : 1, sizeof *rowpair); /* row -> (template, offset) */

    {
        uint64_t per[GX_TAGGER_MAX_TEMPLATES] = {0};
        for (uint32_t e = 0; e < nentries; e++) {
            uint32_t ti = rd32(p + (size_t)e * 12 + 8) >> 24;
            if (ti < ntpl)
                per[ti]++;
        }
        for (uint32_t ti = 0; ti < ntpl; ti++) {
            uint64_t size = 16;
            while (size < per[ti] * 2)
                size *= 2;
            m->mask[ti] = size - 1;
            m->slots[ti] = gl_calloc((size_t)size, sizeof *m->slots[ti]);
            m->tpl_filter[ti] = size * sizeof(gx_tagger_slot) > (128u << 10);
        }
    }
    m->filter = gl_calloc((size_t)1 << (GX_TAGGER_FILTER_BITS - 6), sizeof *m->filter);
    m->w = gl_malloc(sizeof *m->w * (nweights ? nweights : 1));
    const unsigned char *wp = p + (size_t)nentries * 12; /* the weights follow the entries */
    uint64_t off = 0;
    for (uint32_t e = 0; e < nentries; e++, p += 12) {
        uint64_t key = rd64(p);
        uint32_t cw = rd32(p + 8), cnt = cw & 0xFFFFFF, ti = cw >> 24;
        if (key == 0 || ti >= ntpl || cnt == 0 || cnt > 255 || off + cnt > nweights) {
            gl_error_set(err, 500, "tagger model: bad feature entry %u", e);
            goto fail;
        }
        gx_tagger_slot *tslots = m->slots[ti];
        uint64_t i = key & m->mask[ti];
        while (tslots[i].fp != 0) {
            if (tslots[i].fp == key_fp(key)) {
                gl_error_set(err, 500, "tagger model: duplicate feature entry %u", e);
                goto fail;
            }
            i = (i + 1) & m->mask[ti];
        }
        tslots[i].fp = key_fp(key);
        tslots[i].offcnt = (uint32_t)off << 8 | cnt;
        m->filter[GX_TAGGER_FILTER_BIT(key) >> 6] |= 1ULL << (GX_TAGGER_FILTER_BIT(key) & 63);
        const gx_tagger_template *t = &m->tpl[ti];
        uint32_t nd = (uint32_t)(t->rmax - t->rmin + 1);
        int16_t *drows = NULL;
        if (m->tpl_dense[ti]) {
            tslots[i].offcnt = drow << 8; /* cnt 0: dense */
            drows = m->dense + (size_t)drow * GX_TAGGER_DW;
            for (uint32_t o = 0; o < nd; o++)
                rowpair[drow + o] = (uint16_t)(ti * (2 * GX_TAGGER_PAD + 1) + o);
            drow += nd;
        }
        for (uint32_t k = 0; k < cnt; k++, wp += 4) {
            uint32_t slot = (uint32_t)wp[0] | (uint32_t)wp[1] << 8;
            if (slot >= nd * ntags) {
                gl_error_set(err, 500, "tagger model: weight slot out of range in entry %u", e);
                goto fail;
            }
            gx_tagger_weight *w = &m->w[off + k];
            const int dpos = -(t->rmin + (int)(slot / ntags)), tag = (int)(slot % ntags);
            w->rel = (int16_t)(L ? dpos * FL + L->lane[tag] : dpos * (int)ntags + tag);
            w->w = (int16_t)(uint16_t)(wp[2] | wp[3] << 8);
            if (drows) {
                int16_t *d = &drows[(slot / ntags) * FL + (uint32_t)L->lane[tag]];
                const int32_t v = (int32_t)*d + w->w;
                if (v < INT16_MIN || v > INT16_MAX) {
                    gl_error_set(err, 500, "tagger model: weight overflow in entry %u", e);
                    goto fail;
                }
                *d = (int16_t)v;
            }
        }
        off += cnt;
    }
    if (off != nweights) {
        gl_error_set(err, 500, "tagger model: weight count mismatch");
        goto fail;
    }
    if (m->dense) {
        /* the largest |weight| per (template, offset) and lane; their sum bounds what the dense
         * rows of one position can add up to */
        enum { NPAIR = GX_TAGGER_MAX_TEMPLATES * (2 * GX_TAGGER_PAD + 1) };
        int32_t (*mx)[GX_TAGGER_DW] = gl_calloc(NPAIR, sizeof *mx);
        for (uint32_t r = 0; r < m->ndense; r++)
            for (int c = 0; c < GX_TAGGER_DW; c++) {
                const int32_t v = abs((int32_t)m->dense[(size_t)r * GX_TAGGER_DW + c]);
                if (v > mx[rowpair[r]][c])
                    mx[rowpair[r]][c] = v;
            }
        int64_t worst = 0;
        for (int c = 0; c < GX_TAGGER_DW; c++) {
            int64_t sum = 0;
            for (int pr = 0; pr < NPAIR; pr++)
                sum += mx[pr][c];
            worst = sum > worst ? sum : worst;
        }
        m->dense16 = worst <= INT16_MAX;
        free(mx);
    }
    /* direct tables: every value of a class n-gram (4 bits a class) or of a character
     * property (16 values, then the padding codes), its key as the trainer made it */
    for (uint32_t ti = 0; ti < ntpl && m->dense; ti++) {
        const gx_tagger_template *t = &m->tpl[ti];
        const int clu = t->kind >= GX_TPL_CLUF && t->n == 1;
        if (!m->tpl_dense[ti] ||
            !((t->kind == GX_TPL_CLASS && t->n <= 3) || (t->kind == GX_TPL_PROP && t->n == 1) || clu))
            continue;
        const uint32_t nv = t->kind == GX_TPL_CLASS ? 1u << (4 * t->n) : clu ? GX_CLU_MAXID + 3 : 18;
        uint32_t *dr = gl_malloc(sizeof *dr * nv);
        gx_tagger_scratch tmp;
        memset(&tmp, 0, sizeof tmp);
        uint8_t cls[4];
        uint32_t lexv[1];
        for (uint32_t v = 0; v < nv; v++) {
            tmp.cls = cls;
            tmp.lex = lexv;
            tmp.clu = lexv;
            if (clu) /* the id in the template's bits; then the padding words */
                lexv[0] = v <= GX_CLU_MAXID ? v << GX_CLU_SHIFT(t->kind) : v == GX_CLU_MAXID + 1 ? GX_LEX_BOS : GX_LEX_EOS;
            else if (t->kind == GX_TPL_CLASS)
                for (int j = 0; j < t->n; j++)
                    cls[j] = (uint8_t)(v >> (4 * (t->n - 1 - j)) & 0xF);
            else
                lexv[0] = v < 16 ? v << 24 : v == 16 ? GX_LEX_BOS : GX_LEX_EOS;
            const uint64_t key = key_inline(t, (int)ti, &tmp, 0);
            const gx_tagger_slot *sl = probe(m, (int)ti, key);
            dr[v] = (sl ? GX_TAGGER_SLOT_OFF(sl) : m->ndense) * GX_TAGGER_DW;
        }
        m->direct[ti] = dr;
    }
    p = wp;
    if (nlex) {
        uint64_t lsize = 1024;
        while (lsize * 2 < (uint64_t)nlex * 3)
            lsize *= 2;
        m->lex.slots = gl_calloc((size_t)lsize, sizeof *m->lex.slots);
        m->lex.mask = lsize - 1;
        m->lex.maxlen = lex_maxlen;
        const unsigned char *lp0 = p;
        uint32_t nprops = 0;
        for (uint32_t e = 0; e < nlex; e++, p += 12) {
            uint64_t key = rd64(p);
            uint32_t flags = rd32(p + 8);
            if (key == 0 || (flags & ~(GX_LEX_PREFIX | GX_LEX_CLASSES | GX_LEX_CHARPROPS)) != 0) {
                gl_error_set(err, 500, "tagger model: bad lexicon entry %u", e);
                goto fail;
            }
            gx_tagger_lexicon_put(&m->lex, key, flags, 0);
            m->lex.has_props |= (flags & GX_LEX_CHARPROPS) != 0;
            nprops += (flags & GX_LEX_CHARPROPS) != 0;
        }
        m->lex.filter = gl_calloc((size_t)1 << (GX_LEX_FILTER_BITS - 6), sizeof *m->lex.filter);
        for (uint32_t e = 0; e < nlex; e++) {
            const uint64_t b = GX_LEX_FILTER_BIT(rd64(lp0 + (size_t)e * 12));
            m->lex.filter[b >> 6] |= 1ULL << (b & 63);
        }
        {
            uint64_t psz = 1024;
            while (psz * 4 < (uint64_t)nlex * 5) /* load <= 0.8: 4-byte slots, 16 a cache line */
                psz *= 2;
            m->lex.packed = gl_calloc((size_t)psz, sizeof *m->lex.packed);
            m->lex.pkmask = psz - 1;
            for (uint32_t e = 0; e < nlex; e++) {
                const uint64_t key = rd64(lp0 + (size_t)e * 12);
                const uint32_t fl = gx_tagger_lexicon_flags(&m->lex, key); /* merged duplicates */
                const uint32_t v = ((uint32_t)(key >> 48) | 1u) << 16 | (fl & GX_LEX_CLASSES) |
                                   (fl & GX_LEX_PREFIX ? GX_LEX_PACKED_PREFIX : 0);
                if (!(fl & (GX_LEX_CLASSES | GX_LEX_PREFIX)))
                    continue; /* single characters: their properties are in pslots */
                uint64_t j = key & m->lex.pkmask;
                while (m->lex.packed[j] && m->lex.packed[j] >> 16 != v >> 16)
                    j = (j + 1) & m->lex.pkmask;
                m->lex.packed[j] |= v;
            }
        }
        if (nprops) {
            uint64_t psize = 64;
            while (psize < (uint64_t)nprops * 2)
                psize *= 2;
            m->lex.pslots = gl_calloc((size_t)psize, sizeof *m->lex.pslots);
            m->lex.pmask = psize - 1;
            for (uint32_t e = 0; e < nlex; e++) {
                const uint64_t key = rd64(lp0 + (size_t)e * 12);
                const uint32_t flags = rd32(lp0 + (size_t)e * 12 + 8) & GX_LEX_CHARPROPS;
                if (!flags)
                    continue;
                uint64_t j = key & m->lex.pmask;
                while (m->lex.pslots[j].fp && m->lex.pslots[j].fp != lex_fp(key))
                    j = (j + 1) & m->lex.pmask;
                m->lex.pslots[j].fp = lex_fp(key);
                m->lex.pslots[j].flags |= flags;
            }
            /* the same properties by code point for the CJK block (most characters) */
            m->lex.hanprops = gl_calloc(0x9FFF - 0x4E00 + 1, 1);
            for (uint32_t c = 0x4E00; c <= 0x9FFF; c++) {
                uint64_t h = lex_step(LEX_SEED, c);
                h = h ? h : 1;
                const uint32_t fp = lex_fp(h);
                for (uint64_t j = h & m->lex.pmask;; j = (j + 1) & m->lex.pmask) {
                    const gx_tagger_lex_slot *sl = &m->lex.pslots[j];
                    if (sl->fp == fp)
                        m->lex.hanprops[c - 0x4E00] = (uint8_t)((sl->flags & GX_LEX_CHARPROPS) >> 12);
                    if (sl->fp == fp || !sl->fp)
                        break;
                }
            }
        }
    }
    for (uint32_t e = 0, prev = 0; e < nclus; e++, p += 8) {
        const uint32_t c = rd32(p), v = rd32(p + 4);
        if (c <= prev || gx_tagger_lexicon_set_cluster(&m->lex, c, v & GX_CLU_MAXID, v >> 10 & GX_CLU_MAXID,
                                                       v >> 20 & GX_CLU_MAXID) < 0 || v >> 30) {
            gl_error_set(err, 500, "tagger model: bad cluster entry %u", e);
            goto fail;
        }
        prev = c;
    }
    if (m->lanes) { /* decoding tables of the fast layout (the generic one keeps the loop) */
        m->lex.cpcls = gl_malloc(CMB_NCP);
        for (uint32_t ix = 0; ix < CMB_NCP; ix++)
            m->lex.cpcls[ix] = (uint8_t)gx_tagger_class(gx_tagger_canon(ix < 0xA000u ? ix : ix - 0xA000u + 0xFF00u));
        m->lex.ascfold = gl_malloc(sizeof *m->lex.ascfold * 0x80);
        for (uint32_t c = 0; c < 0x80; c++)
            m->lex.ascfold[c] = gx_tagger_fold(gx_tagger_canon(c));
        if (m->lex.pslots) { /* the properties as lex_codes finds them in pslots */
            m->lex.cpprops = gl_calloc(CMB_NCP, 1);
            for (uint32_t ix = 0; ix < CMB_NCP; ix++) {
                uint64_t h = lex_step(LEX_SEED, ix < 0xA000u ? ix : ix - 0xA000u + 0xFF00u);
                h = h ? h : 1;
                const uint32_t fp = lex_fp(h);
                for (uint64_t j = h & m->lex.pmask;; j = (j + 1) & m->lex.pmask) {
                    const gx_tagger_lex_slot *sl = &m->lex.pslots[j];
                    if (sl->fp == fp)
                        m->lex.cpprops[ix] = (uint8_t)((sl->flags & GX_LEX_CHARPROPS) >> 12);
                    if (sl->fp == fp || !sl->fp)
                        break;
                }
            }
        }
    }
    combine_char_rows(m);
    pad_sparse_weights(m);
    free(rowpair);
    return m;
fail:
    free(rowpair);
    gx_tagger_model_free(m);
    return NULL;
}

void gx_tagger_model_free(gx_tagger_model *m)
{
    if (!m)
        return;
    free(m->trans);
    free(m->bioes);
    free(m->lanes);
    for (int ti = 0; ti < GX_TAGGER_MAX_TEMPLATES; ti++) {
        free(m->slots[ti]);
        free(m->direct[ti]);
    }
    free(m->cmb_cp);
    free(m->cmb_slot);
    free(m->filter);
    free(m->w);
    free(m->dense);
    gx_tagger_lexicon_cleanup(&m->lex);
    free(m);
}
