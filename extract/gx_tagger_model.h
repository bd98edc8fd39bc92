/* gx_tagger_model.h — the tagger's linear model: feature templates, weights, the model file
 * format, and Viterbi decoding with BIOES constraints.
 *
 * Shared by the engine stage (gx_tagger.c), the trainer (gx_tagger_train.c, used by
 * tools/gleaner_train.c) and the tests. A loaded model is read-only and may be used by many
 * threads at once; each thread brings its own gx_tagger_scratch.
 *
 * Features. Every template is an n-gram (of normalized characters, or of character classes)
 * read at a relative offset r in [rmin, rmax] from the tagged position i: the n-gram starting
 * at i + r. Instead of one weight row per (template, offset), one n-gram occurrence at j is
 * looked up ONCE and carries a sparse list of (offset, tag, weight) pairs that it adds to the
 * positions j - r. That keeps decoding at about one hash lookup per template per character.
 *
 * Tags: 0 = O; for entity type k (0-based): B = 1+4k, I = 2+4k, E = 3+4k, S = 4+4k.
 *
 * File format (little-endian), version 2 (version 1 hashed keys with another function):
 *   header (64 bytes): "GXTAGGER", u32 version, u32 ntypes, u32 ntags, u32 ntpl,
 *     u32 nentries, u32 nweights, f32 scale, u32 nlex, u64 payload_len, u64 checksum
 *     (FNV-1a 64 of the payload), u32 lex_maxlen, u32 nclus (was reserved: 0 = no clusters)
 *   payload: ntypes x 16-byte type names (NUL padded), ntpl x 4-byte templates
 *     (kind, n, rmin, rmax as int8), (ntags+1)^2 x i32 transitions (row ntags = start,
 *     column ntags = end), nentries x (u64 key, u32 count | template << 24),
 *     nweights x (u16 slot, i16 weight) where slot = offset_index * ntags + tag,
 *     nlex x (u64 key, u32 flags): the word lexicon (see gx_tagger_lexicon),
 *     nclus x (u32 code point, u32 cluster word): the character clusters, code points rising.
 *
 * Lexicon features (GX_TPL_LEX templates). The model carries a word list with classes (person,
 * place, organization, other proper noun, company, common word). Every position gets a code:
 * for each class, 2 bits saying whether the position begins, continues or ends the longest
 * word of that class covering it. Templates read n-grams of these codes like characters. */
#ifndef GX_TAGGER_MODEL_H
#define GX_TAGGER_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "gl_error.h"

#define GX_TAGGER_MAGIC "GXTAGGER"
#define GX_TAGGER_VERSION 2u
#define GX_TAGGER_HEADER_SIZE 64
#define GX_TAGGER_MAX_TYPES 16
#define GX_TAGGER_MAX_TAGS (1 + 4 * GX_TAGGER_MAX_TYPES)
#define GX_TAGGER_AW (GX_TAGGER_MAX_TAGS + 1) /* row width of the constraint matrix */
#define GX_TAGGER_MAX_TEMPLATES 32
#define GX_TAGGER_PAD 6        /* padding characters on each side of a sentence          */
#define GX_TAGGER_MAX_SENT 4096 /* longest piece decoded at once (callers split longer) */

/* Template kinds: character n-grams, class n-grams, lexicon-code n-grams (whole code, the
 * external classes' half, the training-gazetteer classes' half). */
enum { GX_TPL_CHAR = 0, GX_TPL_CLASS = 1, GX_TPL_LEX = 2, GX_TPL_LEXA = 3, GX_TPL_LEXB = 4, GX_TPL_PROP = 5,
       GX_TPL_CLUF = 6, GX_TPL_CLUM = 7, GX_TPL_CLUC = 8, GX_TPL_WEND = 9, GX_TPL_WBEG = 10, GX_TPL_LTOK = 11,
       GX_TPL_LSHP = 12 };
#define GX_TPL_MAXKIND GX_TPL_LSHP
/* Context values (GX_TPL_WEND .. GX_TPL_LSHP, unigrams only, never dense: one 64-bit value per
 * position, hashed into the key). WEND: the identity (lexicon hash) of the longest word of the
 * external lexicon (classes 0-5, 2..GX_CTX_MAXLEN characters) ending at the position, WBEG: the
 * same for the longest one starting there (so wend at -1 is the word right before a position,
 * wbeg at +1 the word right after it: titles and verbs beyond the bigram window). LTOK: inside
 * a run of ASCII letters, the lower-cased token's hash with the position in the token
 * (B/I/E/S); LSHP: its shape (case of the first letter, of the others, length bucket, B/I/E/S).
 * 0 where there is none; the padding carries GX_LEX_BOS / GX_LEX_EOS. Computed only when the
 * scratch asks for them (s->ctx). */
#define GX_TPL_IS_CTX(kind) ((kind) >= GX_TPL_WEND && (kind) <= GX_TPL_LSHP)
#define GX_CTX_MAXLEN 5
/* Character clusters (GX_TPL_CLUF / CLUM / CLUC: fine, middle, coarse granularity). A position's
 * cluster word packs the three ids of its character (10 bits each: fine | mid << 10 |
 * coarse << 20; 0 = no cluster: not a Han character, or a rare one); padding positions carry
 * GX_LEX_BOS / GX_LEX_EOS. The table (data/tagger/clusters.tsv, derived offline by
 * make_clusters.py) travels in the model file. */
#define GX_CLU_SHIFT(kind) (((kind) - GX_TPL_CLUF) * 10)
#define GX_CLU_MAXID 1023u
#define GX_CLU_HAN0 0x4E00u
#define GX_CLU_HAN1 0x9FFFu

/* Whether template t's features are kept as dense rows (all tags at every offset) by the
 * decoder, and bounded for the 16-bit sums by the trainer: everything but character n-grams
 * longer than one and cluster n-grams over the two finer granularities. */
#define GX_TPL_IS_DENSE(t) \
    (!GX_TPL_IS_CTX((t)->kind) && \
     ((t)->n == 1 || ((t)->kind != GX_TPL_CHAR && (t)->kind != GX_TPL_CLUF && (t)->kind != GX_TPL_CLUM)))

/* Word classes of the lexicon (bit k of a word's flags): 0-5 from external lists (person,
 * place, organization, other proper noun, company, common word), 6-11 the entity types seen in
 * the training data (a gazetteer of training spans; jackknifed while training). */
enum { GX_LEX_PERSON = 0, GX_LEX_PLACE, GX_LEX_ORG, GX_LEX_PROPER, GX_LEX_COMPANY, GX_LEX_WORD, GX_LEX_TRAIN0,
       GX_LEX__COUNT = 12 };
#define GX_LEX_CLASSES 0xFFFu    /* the class bits of flags                   */
#define GX_LEX_CHARPROPS 0xF000u /* properties of single characters (1-character entries:
                                    common / rare surname, common / rare given-name character);
                                    they land in bits 24-27 of a position's code and are read by
                                    GX_TPL_PROP templates */
#define GX_LEX_PREFIX 0x10000u   /* flag: a longer word starts with this one */
#define GX_LEX_MAXLEN 16         /* longest word matched                      */
#define GX_LEX_BOS 0x80000000u   /* codes of the padding positions            */
#define GX_LEX_EOS 0x80000001u

typedef struct gx_tagger_lex_slot {
    uint32_t fp;    /* fingerprint: high half of the 64-bit key | 1; 0 = empty */
    uint32_t flags; /* class bits | GX_LEX_PREFIX                            */
} gx_tagger_lex_slot;

/* A set of words (and all their prefixes) for lexicon features; built by the trainer, loaded
 * with the model. A word's key is a 64-bit hash of its folded characters; in memory a slot
 * holds only a 32-bit fingerprint (bucket = low bits), 8 bytes a slot. */
typedef struct gx_tagger_lexicon {
    gx_tagger_lex_slot *slots;
    uint64_t mask;
    uint32_t n;      /* entries (words and prefixes) */
    uint32_t maxlen; /* longest word                 */
    uint64_t *keys;  /* the full keys, in insertion order (kept while building, for writing) */
    uint32_t nkeys, capkeys;
    int has_props;   /* some 1-character entries carry GX_LEX_CHARPROPS */
    gx_tagger_lex_slot *pslots; /* loaded models: the GX_LEX_CHARPROPS entries again, in a
                                   small table that stays in cache (NULL: use slots) */
    uint64_t pmask;
    uint64_t *filter; /* loaded models: 2^GX_LEX_FILTER_BITS bits, one per key; a clear bit
                         means "absent" without touching slots (NULL: no filter) */
    uint8_t *hanprops; /* loaded models: the character properties (GX_LEX_CHARPROPS >> 12) of
                          every code point U+4E00..U+9FFF, read directly (NULL: pslots) */
    uint32_t *packed; /* loaded models: the words and prefixes again in 4-byte slots (16-bit
                         fingerprint | classes | GX_LEX_PACKED_PREFIX), half the memory of
                         slots: what the lexicon codes read (NULL: read slots). A 16-bit
                         fingerprint behind the filter mistakes about one absent string in
                         a million for a present one. */
    uint64_t pkmask;
    uint32_t *hanclus; /* the cluster word (GX_TPL_CLUF) of every code point U+4E00..U+9FFF
                          (NULL: no cluster table; every position's word is 0)              */
    uint32_t nclus;    /* code points with a cluster (entries of the model file's table)    */
    uint8_t *cpcls;    /* loaded models, decoding: gx_tagger_class(gx_tagger_canon(cp)) of
                          U+0000..U+9FFF at [cp] and U+FF00..U+FFEF at [0xA000 + cp - 0xFF00]
                          (NULL: computed per character)                                     */
    uint32_t *ascfold; /* with cpcls: gx_tagger_fold(gx_tagger_canon(c)) of c < 0x80          */
    uint8_t *cpprops;  /* loaded models with pslots, decoding: the character properties
                          (GX_LEX_CHARPROPS >> 12) by the same index as cpcls (NULL: pslots) */
} gx_tagger_lexicon;
#define GX_LEX_PACKED_PREFIX 0x8000u
#define GX_LEX_FILTER_BITS 22 /* 512 KB */
#define GX_LEX_FILTER_BIT(key) (((key) >> 21) & ((1ULL << GX_LEX_FILTER_BITS) - 1))

/* Insert key (flags OR-ed in); keep_key: remember the key for serialization. */
void gx_tagger_lexicon_put(gx_tagger_lexicon *lex, uint64_t key, uint32_t flags, int keep_key);
uint32_t gx_tagger_lexicon_flags(const gx_tagger_lexicon *lex, uint64_t key); /* 0 when absent */

void gx_tagger_lexicon_init(gx_tagger_lexicon *lex);
void gx_tagger_lexicon_cleanup(gx_tagger_lexicon *lex);
/* Add word w[0..n) (folded like gx_tagger_fold; n in 2..GX_LEX_MAXLEN) with class bits, or a
 * single character (n == 1) with GX_LEX_CHARPROPS bits. */
void gx_tagger_lexicon_add(gx_tagger_lexicon *lex, const uint32_t *w, int n, uint32_t classes);
/* Give Han character cp (U+4E00..U+9FFF) the cluster ids fine, mid, coarse (1..1023).
 * Returns 0, or -1 when cp or an id is out of range. */
int gx_tagger_lexicon_set_cluster(gx_tagger_lexicon *lex, uint32_t cp, uint32_t fine, uint32_t mid, uint32_t coarse);
/* Flags of the string w[0..n), 0 when absent. */
uint32_t gx_tagger_lexicon_get(const gx_tagger_lexicon *lex, const uint32_t *w, int n);

/* Character classes used by GX_TPL_CLASS templates. */
enum {
    GX_CC_BOS = 0, GX_CC_EOS, GX_CC_DIGIT, GX_CC_UPPER, GX_CC_LOWER, GX_CC_HAN, GX_CC_HANNUM,
    GX_CC_SPACE, GX_CC_PUNCT, GX_CC_OPEN, GX_CC_CLOSE, GX_CC_OTHER, GX_CC__COUNT
};

#define GX_CP_BOS 0x110000u
#define GX_CP_EOS 0x110001u

typedef struct gx_tagger_template {
    uint8_t kind; /* GX_TPL_CHAR / GX_TPL_CLASS */
    uint8_t n;    /* n-gram length, 1..4        */
    int8_t rmin, rmax;
} gx_tagger_template;

/* A weight in memory: added to emit[j * ntags + rel] for an n-gram occurrence starting at j,
 * rel = dpos * ntags + tag with dpos = -(rmin + offset_index) (in the file the pair is
 * (slot = offset_index * ntags + tag, w)). */
typedef struct gx_tagger_weight {
    int16_t rel;
    int16_t w;
} gx_tagger_weight;

/* The BIOES constraints as lists: allowed[prev * GX_TAGGER_AW + cur]; pred[cur * GX_TAGGER_AW + k],
 * k < npred[cur], are the tags allowed before cur; succ likewise after. Tag ntags stands for the
 * sentence start (as prev) and end (as cur). */
typedef struct gx_tagger_lattice {
    int ntags;
    uint8_t allowed[GX_TAGGER_AW * GX_TAGGER_AW];
    uint8_t npred[GX_TAGGER_AW], pred[GX_TAGGER_AW * GX_TAGGER_AW];
    uint8_t nsucc[GX_TAGGER_AW], succ[GX_TAGGER_AW * GX_TAGGER_AW];
} gx_tagger_lattice;

/* A feature in memory: 8 bytes. fp = high half of the 64-bit key | 1 (0 = empty slot; the
 * bucket comes from the low bits); its weights are w[off .. off + cnt). */
typedef struct gx_tagger_slot {
    uint32_t fp;
    uint32_t offcnt; /* off << 8 | cnt */
} gx_tagger_slot;
#define GX_TAGGER_SLOT_OFF(s) ((s)->offcnt >> 8)
#define GX_TAGGER_SLOT_CNT(s) ((s)->offcnt & 0xFFu)

/* Decoding layout (models of up to 7 types, i.e. all models trained here): the tags of a
 * position live in GX_TAGGER_DW = 32 int32 lanes, grouped so the Viterbi steps are plain
 * fixed-length vector loops: lanes 0-6 B, 7 O, 8-14 S, 16-22 E, 24-30 I (type k at +k; the
 * rest padding). Lanes 0-15 are the "opening" tags (O, B, S), lanes 7-22 the "closed" ones
 * (O, S, E). Templates whose features carry many weights per offset (unigrams, classes,
 * lexicon codes, character properties) are expanded at load into dense rows: per feature, one
 * 32-lane row of int16 per offset (a cache line), summed position by position into int32; the other templates (longer character
 * n-grams, sparse) keep the (rel, w) lists. Same sums and the same decisions as the generic
 * layout; only the memory layout differs. Dense entries have cnt 0 in their slot and
 * GX_TAGGER_SLOT_OFF = their first row. */
#define GX_TAGGER_DW 32
#define GX_TAGGER_FILTER_BITS 20 /* 128 KB: stays in L2, where the slot table does not */
#define GX_TAGGER_FILTER_BIT(key) ((key) >> (64 - GX_TAGGER_FILTER_BITS))

typedef struct gx_tagger_model {
    int ntypes, ntags, ntpl;
    char type_names[GX_TAGGER_MAX_TYPES][16];
    gx_tagger_template tpl[GX_TAGGER_MAX_TEMPLATES];
    float scale;                /* quantized weight = round(weight * scale)           */
    int32_t *trans;             /* (ntags+1)^2                                         */
    gx_tagger_lattice lat;      /* BIOES constraints                                    */
    void *bioes;                /* the transitions laid out for the Viterbi loops (private) */
    void *lanes;                /* up to 7 types: the 32-lane layout of the decoder (private;
                                   NULL: the generic layout, emission rows of ntags)      */
    gx_tagger_slot *slots[GX_TAGGER_MAX_TEMPLATES]; /* per template: open addressing, mask + 1
                                   slots (one table per template, so the small templates'
                                   tables stay in the first-level caches)                 */
    uint64_t mask[GX_TAGGER_MAX_TEMPLATES];
    uint8_t tpl_filter[GX_TAGGER_MAX_TEMPLATES]; /* the template's table is large: test the
                                   filter before probing it                               */
    gx_tagger_weight *w;
    uint32_t nentries, nweights;
    uint64_t *filter;           /* 2^GX_TAGGER_FILTER_BITS bits, one per feature key of the
                                   large tables: a miss here means "no such feature"
                                   without touching slots                                  */
    int16_t *dense;             /* ndense rows of GX_TAGGER_DW (NULL when none), 64-byte
                                   aligned: one cache line a row                           */
    uint32_t ndense;
    int dense16;                /* the dense rows of one position always sum within int16
                                   (checked at load): they are summed in 16-bit lanes     */
    uint8_t tpl_dense[GX_TAGGER_MAX_TEMPLATES]; /* template uses dense rows              */
    uint32_t *direct[GX_TAGGER_MAX_TEMPLATES]; /* dense templates over a small alphabet
                                   (class n-grams up to 3, one character property): where
                                   the first row of every possible value starts in dense
                                   (in elements), no hashing (NULL: hash and probe)       */
    gx_tagger_lexicon lex;      /* empty when the model has no lexicon templates        */
    int has_ctx;                /* some template reads context values (GX_TPL_IS_CTX)   */
    size_t file_size;
    /* Decoding only (made at load; cmb_tc < 0: not used): the character unigram template
     * cmb_tc and the cluster unigram template cmb_tv both read one character, so their dense
     * rows are summed once per character at load: a block of cmb_nd rows (offsets cmb_rmin ..)
     * in dense (after the zero rows), 16-bit wrapping sums (dense16 models only). A position
     * then adds cmb_nd rows instead of the two templates' rows, and a character of the BMP up to
     * U+9FFF or of the full-width forms finds its block by code point (no hashing). Offsets of blocks are in elements of dense. */
    int cmb_tc, cmb_tv, cmb_rmin, cmb_nd;
    uint32_t *cmb_cp;   /* the block by code point: U+0000..U+9FFF at [cp], U+FF00..U+FFEF
                           (full-width forms) at [0xA000 + cp - 0xFF00]                    */
    uint32_t *cmb_slot; /* slot of template cmb_tc -> the block of its feature, cluster 0 */
    uint32_t cmb_absent, cmb_bos, cmb_eos; /* no feature and cluster 0; the padding      */
    int wpad4; /* decoding: the sparse features' weight lists are padded with zero weights
                  to a multiple of 4 (summed four at a time, a predictable loop)           */
    uint64_t serial; /* a number no other model of this process has (scratch caches) */
    gx_tagger_slot wzero; /* with wpad4: a slot whose list is 4 zero weights, what an absent
                  sparse feature adds (no branch on present / absent)                      */
} gx_tagger_model;

/* One decoded span: [start, end) in the characters given, entity type index, and the margin
 * (score of the best path minus the best path without this exact span, in weight units). */
typedef struct gx_tagger_span {
    int32_t start, end;
    int type;
    float margin;
} gx_tagger_span;

/* Per-thread working memory for decoding; grows as needed, reused across calls. */
typedef struct gx_tagger_scratch {
    int cap;
    uint32_t *cp;   /* padded normalized characters */
    uint8_t *cls;   /* padded classes               */
    uint32_t *lex;  /* padded lexicon codes         */
    uint32_t *clu;  /* padded cluster words         */
    uint8_t *lexlen; /* n x GX_LEX__COUNT: length of the longest covering word per class */
    int ctx;        /* fill the context values below (models with GX_TPL_IS_CTX templates) */
    uint64_t *wend, *wbeg, *ltok, *lshp; /* padded context values (see GX_TPL_WEND)  */
    int32_t *emit;  /* (n + 2 PAD) x ntags; row PAD is character 0 */
    int32_t *alpha; /* n x ntags                    */
    int32_t *beta;  /* n x ntags                    */
    uint8_t *tags;  /* n                            */
    int32_t *lexat; /* n: the positions whose pair may be a word (lex_codes) */
    uint64_t *keys; /* feature keys of one sentence, all templates (prefetch pipeline) */
    const gx_tagger_slot **hits;
    int kcap;
    int tcap;       /* row width the emit/alpha/beta buffers were sized for */
    /* decoding: the dense rows of a lexicon-code unigram template by code value, for the model
     * numbered lcmodel (a model's serial, never reused), direct-mapped (NULL: none yet) */
    struct gx_tagger_lcache *lcache;
    uint64_t lcmodel;
} gx_tagger_scratch;

/* Parse and validate a model image (magic, version, sizes, checksum, every index in range).
 * Returns a new model (free with gx_tagger_model_free) or NULL with err filled. The buffer is
 * not kept. */
gx_tagger_model *gx_tagger_model_parse(const void *buf, size_t len, gl_error *err);
/* The same model in the generic layout (rows of ntags, sparse weights only, no lanes), as used
 * for models of more than 7 types: slower, same results. For tests of the fast layout. */
gx_tagger_model *gx_tagger_model_parse_generic(const void *buf, size_t len, gl_error *err);
void gx_tagger_model_free(gx_tagger_model *m); /* NULL ok */

/* Index of the type called `name` ("company"), or -1. */
int gx_tagger_model_type(const gx_tagger_model *m, const char *name);

/* The per-character normalization the features see (input already NFKC): ASCII digits fold to
 * '0', ASCII letters to lower case. gx_tagger_class() is the character class. */
uint32_t gx_tagger_fold(uint32_t cp);
/* The tagger's one form of a punctuation mark written both ways: the engine hands it NFKC text
 * (，：（）！？；＄ become , : ( ) ! ? ; $) while CLUENER, the training text, writes these
 * full-width 80-98% of the time, so gx_tagger_decode() maps the ASCII forms to the full-width
 * ones before the character class, the character keys and the lexicon codes (the engine,
 * --tag and --eval alike). Training text goes through gx_tagger_nfkc1, which applies the same
 * mapping, so training and decoding see the same characters. Every other code point is
 * returned as is. */
uint32_t gx_tagger_canon(uint32_t cp);
int gx_tagger_class(uint32_t cp);

/* The tagger's form of one code point of training text, lexicon words and --tag/--eval input:
 * NFKC as the engine applies it (full-width letters and digits -> ASCII, U+3000 -> space ...),
 * then gx_tagger_canon, so the text looks exactly like what gx_tagger_decode() sees in the
 * engine. Returns the one code point NFKC maps cp to, or cp itself when NFKC would expand it to
 * several (the code point count never changes, so label offsets stay valid). */
uint32_t gx_tagger_nfkc1(uint32_t cp);

/* The feature key of the n-gram starting at padded index p of template ti (never 0). */
uint64_t gx_tagger_key(const gx_tagger_template *t, int ti, const struct gx_tagger_scratch *s, int p);

/* 0 when template t is a context template (GX_TPL_IS_CTX) and position p (padded index) has no
 * value: no feature there (the trainer makes no entry, decoding looks nothing up); else 1. */
int gx_tagger_ctx_value(const gx_tagger_template *t, const gx_tagger_scratch *s, int p);

/* Fill s->cp / s->cls / s->lex with the padded sentence (cp[0..n) at index GX_TAGGER_PAD);
 * lex may be NULL or empty (codes 0). */
void gx_tagger_scratch_fill(gx_tagger_scratch *s, const gx_tagger_lexicon *lex, const uint32_t *cp, int n);
/* Room for n characters with rows of ntags (0: keep the current row width, or the widest
 * when nothing is allocated yet). */
void gx_tagger_scratch_reserve(gx_tagger_scratch *s, int n, int ntags);
void gx_tagger_scratch_cleanup(gx_tagger_scratch *s); /* frees the buffers, not s */

/* Decode the n characters cp[0..n) (n <= GX_TAGGER_MAX_SENT). Writes up to `max` spans into
 * out and returns how many spans the best path has (may exceed max: only max are written).
 * With want_margin == 0 margins are 0 and the backward pass is skipped. s->tags holds the tag
 * path afterwards. */
int gx_tagger_decode(const gx_tagger_model *m, gx_tagger_scratch *s, const uint32_t *cp, int n,
                     gx_tagger_span *out, int max, int want_margin);

/* Helpers shared with the trainer. */
void gx_tagger_constraints(int ntypes, gx_tagger_lattice *lat);
uint64_t gx_tagger_fnv1a(const void *p, size_t n);

/* Viterbi over an emission matrix emit[n][ntags] (lat->ntags; the lattice must be BIOES as
 * made by gx_tagger_constraints) with transitions trans[(ntags+1)^2] (row ntags = start, column
 * ntags = end); tags_out[n]. alpha is n x ntags scratch. Returns the best score (shifted). */
int64_t gx_tagger_viterbi(const gx_tagger_lattice *lat, const int32_t *trans, const int32_t *emit, int n,
                          int32_t *alpha, uint8_t *tags_out);

#endif
