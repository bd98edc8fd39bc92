/* gx_lexicon.c — loads the gazetteers and cue lists of data/ into one Aho-Corasick automaton
 * and scans articles with it (stage 4 of DESIGN.md).
 *
 * Files (all UTF-8 TSV, '#' starts a comment line; see data/README.md and the SOURCE notes):
 *   companies/a_share.tsv          code, exchange, short, full, english, former(|), status,
 *                                  list_date
 *   lexicon/global_companies.tsv   name, aliases(|), exchange, code, english, HKEX code of an
 *                                  A-share company listed in Hong Kong first, listing date
 *                                  of the US/HK listing of columns 3-4
 *   lexicon/government.tsv         name, aliases(|)
 *   lexicon/organizations.tsv      name, aliases(|)
 *   lexicon/people.tsv             name, aliases(|) of well-known people (特朗普, 鲍威尔)
 *   lexicon/regions.tsv x lexicon/region_suffixes.tsv   composed regional government bodies
 *   lexicon/cities.tsv             prefecture-level cities: short, full forms(|), use (place|body);
 *                                  composed with region_suffixes.tsv like regions.tsv
 *   lexicon/positions.tsv          one title per line
 *   lexicon/surnames.tsv           surnames separated by blanks
 *   lexicon/common_word_names.tsv  names that are also ordinary words (flag WEAK)
 *   lexicon/cues.tsv               kind, word (suffixes, stop words, list cues, name ends)
 *   lexicon/wordlists.tsv          list, word: the rules' ordered word lists (gx_wordlists.c)
 * The loaded lexicon is immutable and shared by all threads. */
#include "gx_lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_ac.h"
#include "gx_arena.h"
#include "gx_lexdata.h"
#include "gx_tsv.h"
#include "gx_utf8.h"
#include "gx_wordlists.h"

#define MAX_PAT 128 /* code points per pattern */

struct gx_lexicon {
    /* every scanned kind in one automaton, so that an article is scanned once: the entity
     * kinds (companies, government, organizations, titles) become gx_lexicon_scan's
     * candidates, the others (suffixes, stop words, list cues) its cue hits for the entity
     * rules. Lookups of one kind read only the payloads of its class (see same_class). */
    gx_ac *ac;
    gx_ac *lookup; /* gx_lex_kind_lookup_only kinds: only asked "is this exact string one?", never scanned */
    gx_arena *pool; /* strings */
    gx_lex_entry *entries;
    int32_t nentries, entries_cap;
    gx_lex_thing *things;
    int32_t nthings, things_cap;
    /* load-time only */
    uint64_t *seen; /* open-addressing set of pattern hashes (dedupe) */
    size_t seen_cap, nseen;
    char **weak;    /* sorted common-word names */
    int nweak;
    int loading_a_share;
    uint32_t *char_kinds; /* CHAR_TABLE code points: bit k set = a one-character pattern of kind k */
    /* Bloom filter over (kind, pattern) and (kind, first code point of a pattern): most
     * lookups (gx_lexicon_is, gx_lexicon_prefix_mask) ask about strings that are no pattern of
     * that kind; two bits of a table that stays in cache answer them without a trie walk */
    uint64_t *filter;
    /* the things with a ticker, ordered by (code, exchange, index): gx_lexicon_find_ticker's
     * binary search; NULL while loading (a linear scan then) */
    int32_t *by_ticker;
    int32_t nby_ticker;
    gx_wordlists *words; /* the rules' ordered word lists (wordlists.tsv), owned */
};

#define FILTER_BITS 20 /* (18 until regions27: cities.tsv's composed bodies add 25,000 patterns) */
#define FILTER_FIRST 0x80u /* kind flag of the first-code-point keys */

static uint64_t filter_hash(uint32_t kind, const uint32_t *cps, int n)
{
    uint64_t h = ((uint64_t)kind << 32) ^ (uint64_t)(uint32_t)n;
    for (int i = 0; i < n; i++)
        h = (h ^ cps[i]) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

static bool filter_may_have(const gx_lexicon *lex, uint64_t h)
{
    uint32_t a = (uint32_t)h & ((1u << FILTER_BITS) - 1), b = (uint32_t)(h >> 40) & ((1u << FILTER_BITS) - 1);
    return ((lex->filter[a / 64] >> (a % 64)) & (lex->filter[b / 64] >> (b % 64)) & 1) != 0;
}

static void filter_add(gx_lexicon *lex, uint64_t h)
{
    uint32_t a = (uint32_t)h & ((1u << FILTER_BITS) - 1), b = (uint32_t)(h >> 40) & ((1u << FILTER_BITS) - 1);
    lex->filter[a / 64] |= 1ULL << (a % 64);
    lex->filter[b / 64] |= 1ULL << (b % 64);
}

#define CHAR_TABLE 0x30000u

/* ------------------------------------------------------------------ helpers */

static bool ascii_alnum(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static uint64_t fnv64(const void *data, size_t n, uint64_t h)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* true when h was not seen before (and records it) */
static bool seen_insert(gx_lexicon *lex, uint64_t h)
{
    if (h == 0)
        h = 1;
    if (lex->nseen * 2 >= lex->seen_cap) {
        size_t cap = lex->seen_cap ? lex->seen_cap * 2 : 4096;
        uint64_t *t = gl_calloc(cap, sizeof(uint64_t));
        for (size_t i = 0; i < lex->seen_cap; i++) {
            if (!lex->seen[i])
                continue;
            size_t j = lex->seen[i] & (cap - 1);
            while (t[j])
                j = (j + 1) & (cap - 1);
            t[j] = lex->seen[i];
        }
        free(lex->seen);
        lex->seen = t;
        lex->seen_cap = cap;
    }
    size_t j = h & (lex->seen_cap - 1);
    while (lex->seen[j]) {
        if (lex->seen[j] == h)
            return false;
        j = (j + 1) & (lex->seen_cap - 1);
    }
    lex->seen[j] = h;
    lex->nseen++;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_weak(const gx_lexicon *lex, const char *s)
{
    return lex->nweak && bsearch(&s, lex->weak, (size_t)lex->nweak, sizeof(char *), cmp_str);
}

static gx_ac *trie_of(const gx_lexicon *lex, gx_lex_kind kind)
{
    return gx_lex_kind_lookup_only(kind) ? lex->lookup : lex->ac;
}

/* Kinds of one class: lookup kinds (their own automaton), entity kinds, the other scanned
 * kinds (cues). Entity and cue kinds share lex->ac; a lookup of one kind sees the payloads
 * of its class only, in insertion order, as if each class had an automaton of its own. */
static bool same_class(uint32_t a, uint32_t b)
{
    return gx_lex_kind_lookup_only((gx_lex_kind)a) || gx_lex_kind_is_entity(a) == gx_lex_kind_is_entity(b);
}

static int32_t add_thing(gx_lexicon *lex, gx_ent_type type, const char *name, const char *full,
                         const char *code, const char *exchange)
{
    if (lex->nthings == lex->things_cap) {
        lex->things_cap = lex->things_cap ? lex->things_cap * 2 : 1024;
        lex->things = gl_realloc(lex->things, sizeof(gx_lex_thing) * (size_t)lex->things_cap);
    }
    gx_lex_thing *t = &lex->things[lex->nthings];
    memset(t, 0, sizeof *t);
    t->type = type;
    t->name = gx_arena_strdup(lex->pool, name);
    t->full_name = full && *full ? gx_arena_strdup(lex->pool, full) : NULL;
    if (code && *code && exchange && *exchange) {
        snprintf(t->ticker.code, sizeof t->ticker.code, "%s", code);
        snprintf(t->ticker.exchange, sizeof t->ticker.exchange, "%s", exchange);
    }
    return lex->nthings++;
}

/* Add one pattern; duplicates (same surface, kind and thing) are ignored. */
static void add_pattern(gx_lexicon *lex, const char *surface, gx_lex_kind kind, int flags,
                        int32_t thing)
{
    uint32_t cps[MAX_PAT];
    if (!surface || !*surface)
        return;
    int32_t n = gx_utf8_to_cps(surface, strlen(surface), cps, MAX_PAT);
    if (n < 1)
        return;
    /* one-character cue words are looked up per character, never scanned for: they would
     * match almost every position of a text */
    if (n == 1 && gx_lex_kind_is_char(kind) && cps[0] < CHAR_TABLE) {
        lex->char_kinds[cps[0]] |= (uint32_t)GX_LEX_BIT(kind);
        return;
    }
    uint64_t h = fnv64(surface, strlen(surface), 0xcbf29ce484222325ULL);
    h = fnv64(&kind, sizeof kind, h);
    h = fnv64(&thing, sizeof thing, h);
    if (!seen_insert(lex, h))
        return;
    if (ascii_alnum(cps[0]) || ascii_alnum(cps[n - 1]))
        flags |= GX_LEXF_LATIN;
    if (kind <= GX_LEX_ORGANIZATION && is_weak(lex, surface))
        flags |= GX_LEXF_WEAK;
    /* a listed company's two-character name (阳光, 金刚 once ST marks are gone) is too often
     * an ordinary word to stand alone */
    if (kind == GX_LEX_COMPANY && (flags & (GX_LEXF_SHORT | GX_LEXF_FORMER)) && n <= 2 &&
        !(flags & GX_LEXF_LATIN) && thing >= 0 && lex->things[thing].ticker.code[0] &&
        (!strcmp(lex->things[thing].ticker.exchange, "SSE") || !strcmp(lex->things[thing].ticker.exchange, "SZSE") ||
         !strcmp(lex->things[thing].ticker.exchange, "BSE")) && lex->loading_a_share)
        flags |= GX_LEXF_WEAK;
    if (lex->nentries == lex->entries_cap) {
        lex->entries_cap = lex->entries_cap ? lex->entries_cap * 2 : 4096;
        lex->entries = gl_realloc(lex->entries, sizeof(gx_lex_entry) * (size_t)lex->entries_cap);
    }
    gx_lex_entry *e = &lex->entries[lex->nentries];
    e->kind = (uint8_t)kind;
    e->flags = (uint8_t)flags;
    e->len = (int16_t)n;
    e->thing = thing;
    e->text = gx_arena_strdup(lex->pool, surface);
    gx_ac_add(trie_of(lex, kind), cps, n, lex->nentries);
    filter_add(lex, filter_hash(kind, cps, n));
    filter_add(lex, filter_hash(kind | FILTER_FIRST, cps, 1));
    lex->nentries++;
}

typedef int (*line_fn)(gx_lexicon *lex, char *line, void *ctx);

/* Calls fn for every non-comment, non-empty line of data_dir/rel. Missing file: error. */
static int each_line(gx_lexicon *lex, const char *data_dir, const char *rel, line_fn fn,
                     void *ctx, gl_error *err)
{
    FILE *f = gx_tsv_open(data_dir, rel, err);
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    int rc = 0;
    while (getline(&line, &cap, f) >= 0) {
        if (!gx_tsv_data_line(line))
            continue;
        if (fn(lex, line, ctx) < 0) {
            rc = gl_error_set(err, 500, "bad line in %s: %.60s", rel, line);
            break;
        }
    }
    free(line);
    fclose(f);
    return rc;
}

/* ------------------------------------------------------------------ file readers */

static int read_weak(gx_lexicon *lex, char *line, void *ctx)
{
    (void)ctx;
    lex->weak = gl_realloc(lex->weak, sizeof(char *) * (size_t)(lex->nweak + 1));
    lex->weak[lex->nweak++] = gx_arena_strdup(lex->pool, line);
    return 0;
}

static void add_aliases(gx_lexicon *lex, char *list, gx_lex_kind kind, int flags, int32_t thing)
{
    char *save = NULL;
    for (char *a = strtok_r(list, "|", &save); a; a = strtok_r(NULL, "|", &save))
        add_pattern(lex, a, kind, flags, thing);
}

static int read_a_share(gx_lexicon *lex, char *line, void *ctx)
{
    (void)ctx;
    char *f[8];
    if (gx_tsv_split(line, f, 8) < 3 || !*f[0] || !*f[2])
        return -1;
    int32_t t = add_thing(lex, GX_ENT_COMPANY, f[2], f[3], f[0], f[1]);
    if (strlen(f[7]) == 10)
        memcpy(lex->things[t].list_date, f[7], 11);
    add_pattern(lex, f[2], GX_LEX_COMPANY, GX_LEXF_SHORT, t);
    add_pattern(lex, f[3], GX_LEX_COMPANY, GX_LEXF_FULL, t);
    add_aliases(lex, f[5], GX_LEX_COMPANY, GX_LEXF_FORMER, t);
    return 0;
}

/* Orders the things with tickers by code, exchange, then index (so that the first of equal
 * tickers is the first thing listed under it). */
static int cmp_thing_ticker(const gx_lexicon *lex, int32_t a, int32_t b)
{
    const gx_ticker *x = &lex->things[a].ticker, *y = &lex->things[b].ticker;
    int c = strcmp(x->code, y->code);
    if (!c)
        c = strcmp(x->exchange, y->exchange);
    return c ? c : (a > b) - (a < b);
}

/* A bottom-up merge sort of v[0..n) by cmp_thing_ticker (qsort has no context argument in C11);
 * tmp has n elements. */
static void sort_by_ticker(const gx_lexicon *lex, int32_t *v, int32_t *tmp, int32_t n)
{
    for (int32_t w = 1; w < n; w *= 2) {
        for (int32_t lo = 0; lo < n; lo += 2 * w) {
            int32_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = cmp_thing_ticker(lex, v[i], v[j]) <= 0 ? v[i++] : v[j++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        memcpy(v, tmp, sizeof(int32_t) * (size_t)n);
    }
}

/* Builds lex->by_ticker once every thing is loaded. */
static void index_tickers(gx_lexicon *lex)
{
    int32_t n = 0;
    lex->by_ticker = gl_calloc((size_t)lex->nthings + 1, sizeof(int32_t));
    for (int32_t i = 0; i < lex->nthings; i++)
        if (lex->things[i].ticker.code[0])
            lex->by_ticker[n++] = i;
    int32_t *tmp = gl_calloc((size_t)n + 1, sizeof(int32_t));
    sort_by_ticker(lex, lex->by_ticker, tmp, n);
    free(tmp);
    lex->nby_ticker = n;
}

int32_t gx_lexicon_find_ticker(const gx_lexicon *lex, const gx_ticker *t)
{
    if (!lex->by_ticker || !t->code[0]) { /* loading, or no code: the first thing in order */
        for (int32_t i = 0; i < lex->nthings; i++)
            if (!strcmp(lex->things[i].ticker.code, t->code) &&
                !strcmp(lex->things[i].ticker.exchange, t->exchange))
                return i;
        return -1;
    }
    int32_t lo = 0, hi = lex->nby_ticker; /* the first entry not below (code, exchange) */
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        const gx_ticker *m = &lex->things[lex->by_ticker[mid]].ticker;
        int c = strcmp(m->code, t->code);
        if (!c)
            c = strcmp(m->exchange, t->exchange);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < lex->nby_ticker) {
        const gx_ticker *m = &lex->things[lex->by_ticker[lo]].ticker;
        if (!strcmp(m->code, t->code) && !strcmp(m->exchange, t->exchange))
            return lex->by_ticker[lo];
    }
    return -1;
}

int32_t gx_lexicon_find_former(const gx_lexicon *lex, const gx_ticker *t)
{
    if (!t->code[0])
        return -1;
    for (int32_t i = 0; i < lex->nthings; i++)
        if (!strcmp(lex->things[i].former.code, t->code) && !strcmp(lex->things[i].former.exchange, t->exchange))
            return i;
    return -1;
}

static int read_global(gx_lexicon *lex, char *line, void *ctx)
{
    (void)ctx;
    char *f[8];
    if (gx_tsv_split(line, f, 8) < 1 || !*f[0])
        return -1;
    for (int i = 2; i < 4; i++)
        while (*f[i] == ' ')
            f[i]++;
    int32_t t = -1;
    if (*f[3] && (!strcmp(f[2], "SSE") || !strcmp(f[2], "SZSE") || !strcmp(f[2], "BSE"))) {
        gx_ticker listed = {{0}, {0}};
        snprintf(listed.code, sizeof listed.code, "%s", f[3]);
        snprintf(listed.exchange, sizeof listed.exchange, "%s", f[2]);
        t = gx_lexicon_find_ticker(lex, &listed);
    }
    if (t >= 0 && *f[5]) {
        gx_ticker_set_hk(&lex->things[t].hk_ticker, f[5]);
    }
    if (t < 0) {
        t = add_thing(lex, GX_ENT_COMPANY, f[0], NULL, f[3], f[2]);
        /* the seventh column: when the listing of columns 3-4 began (ARM on NASDAQ 2023-09-14) */
        if (*f[3] && strlen(f[6]) == 10)
            memcpy(lex->things[t].list_date, f[6], 11);
    }
    /* the eighth column: the ticker before a rename or a delisting and the day it gave way,
     * EXCHANGE:CODE<YYYY-MM-DD (NASDAQ:FB<2022-06-09) */
    if (*f[7]) {
        char *colon = strchr(f[7], ':'), *until = strchr(f[7], '<');
        if (!colon || !until || until < colon || strlen(until + 1) != 10)
            return -1;
        *colon = *until = 0;
        gx_lex_thing *th = &lex->things[t];
        snprintf(th->former.exchange, sizeof th->former.exchange, "%s", f[7]);
        snprintf(th->former.code, sizeof th->former.code, "%s", colon + 1);
        memcpy(th->former_until, until + 1, 11);
    }
    add_pattern(lex, f[0], GX_LEX_COMPANY, GX_LEXF_SHORT, t);
    add_aliases(lex, f[1], GX_LEX_COMPANY, GX_LEXF_ALIAS, t);
    return 0;
}

static int read_named(gx_lexicon *lex, char *line, void *ctx)
{
    gx_ent_type type = *(gx_ent_type *)ctx;
    gx_lex_kind kind = type == GX_ENT_GOVERNMENT ? GX_LEX_GOVERNMENT
                       : type == GX_ENT_PERSON   ? GX_LEX_PERSON_NAME
                                                 : GX_LEX_ORGANIZATION;
    char *f[2];
    if (gx_tsv_split(line, f, 2) < 1 || !*f[0])
        return -1;
    int32_t t = add_thing(lex, type, f[0], NULL, NULL, NULL);
    add_pattern(lex, f[0], kind, GX_LEXF_SHORT, t);
    add_aliases(lex, f[1], kind, GX_LEXF_ALIAS, t);
    return 0;
}

typedef struct region_list {
    char **v;
    int n;
} region_list;

static int read_list(gx_lexicon *lex, char *line, void *ctx)
{
    region_list *l = ctx;
    l->v = gl_realloc(l->v, sizeof(char *) * (size_t)(l->n + 1));
    l->v[l->n++] = gx_arena_strdup(lex->pool, line);
    return 0;
}

/* The bodies of one place: its short form `region` and its full forms `full` ('|' between, may be
 * empty) with every suffix line of region_suffixes.tsv, one government thing per place and suffix
 * (天津 + 证监局); every form of the place with every form of the suffix (市场监管局 = 市场监督管理局 =
 * 市监局) names that one body. */
static void compose_bodies(gx_lexicon *lex, const char *region, const char *full, const region_list *suffixes)
{
    for (int s = 0; s < suffixes->n; s++) {
        char sbuf[512], *sf[2];
        snprintf(sbuf, sizeof sbuf, "%s", suffixes->v[s]);
        int nsf = gx_tsv_split(sbuf, sf, 2);
        char name[1024], form[1024];
        snprintf(name, sizeof name, "%s%s", region, sf[0]);
        int32_t t = add_thing(lex, GX_ENT_GOVERNMENT, name, NULL, NULL, NULL);
        add_pattern(lex, name, GX_LEX_GOVERNMENT, GX_LEXF_SHORT, t);
        char rforms[512];
        snprintf(rforms, sizeof rforms, "%s|%s", region, full);
        char *rsave = NULL;
        for (char *a = strtok_r(rforms, "|", &rsave); a; a = strtok_r(NULL, "|", &rsave)) {
            char sforms[512];
            snprintf(sforms, sizeof sforms, "%s|%s", sf[0], nsf > 1 ? sf[1] : "");
            char *ssave = NULL;
            for (char *u = strtok_r(sforms, "|", &ssave); u; u = strtok_r(NULL, "|", &ssave)) {
                snprintf(form, sizeof form, "%s%s", a, u);
                add_pattern(lex, form, GX_LEX_GOVERNMENT, GX_LEXF_ALIAS, t);
            }
        }
    }
}

static int read_simple(gx_lexicon *lex, char *line, void *ctx)
{
    gx_lex_kind kind = *(gx_lex_kind *)ctx;
    char *save = NULL;
    const char *sep = kind == GX_LEX_SURNAME ? " \t" : "\t";
    for (char *w = strtok_r(line, sep, &save); w; w = strtok_r(NULL, sep, &save)) {
        add_pattern(lex, w, kind, 0, -1);
        if (kind == GX_LEX_POSITION)
            break;
    }
    return 0;
}

static int read_cue(gx_lexicon *lex, char *line, void *ctx)
{
    (void)ctx;
    static const struct {
        const char *name;
        gx_lex_kind kind;
    } kinds[] = {
        {"company_suffix", GX_LEX_COMPANY_SUFFIX}, {"org_suffix", GX_LEX_ORG_SUFFIX},
        {"gov_suffix", GX_LEX_GOV_SUFFIX},         {"generic_body", GX_LEX_GENERIC_BODY},
        {"left_stop", GX_LEX_LEFT_STOP},           {"list_noun", GX_LEX_LIST_NOUN},
        {"list_intro", GX_LEX_LIST_INTRO},         {"name_end", GX_LEX_NAME_END},
        {"list_block", GX_LEX_LIST_BLOCK},         {"dept_prefix", GX_LEX_DEPT_PREFIX},
        {"right_ok", GX_LEX_RIGHT_OK},             {"not_given", GX_LEX_NOT_GIVEN},
        {"not_entity", GX_LEX_NOT_ENTITY},         {"company_attr", GX_LEX_COMPANY_ATTR},
        {"coop_verb", GX_LEX_COOP_VERB},           {"bad_ending", GX_LEX_BAD_ENDING},
        {"gov_unit", GX_LEX_GOV_UNIT},             {"org_title", GX_LEX_ORG_TITLE},
        {"appoint_verb", GX_LEX_APPOINT_VERB},     {"country", GX_LEX_REGION},
        {"source_after", GX_LEX_SOURCE_AFTER},     {"common_surname", GX_LEX_COMMON_SURNAME},
        {"fund_type", GX_LEX_FUND_TYPE},           {"system_word", GX_LEX_SYSTEM_WORD},
        {"gov_head", GX_LEX_GOV_HEAD},             {"business_line", GX_LEX_BUSINESS_LINE},
        {"say_verb", GX_LEX_SAY_VERB},             {"firm_noun", GX_LEX_FIRM_NOUN},
        {"state_office", GX_LEX_STATE_OFFICE},     {"product_noun", GX_LEX_PRODUCT_NOUN},
        {"honorific", GX_LEX_HONORIFIC},         {"foreign_city", GX_LEX_FOREIGN_CITY},
        {"business_kind", GX_LEX_BUSINESS_KIND},   {"company_suffix_edged", GX_LEX_COMPANY_SUFFIX},
        {"brand_head", GX_LEX_BRAND_HEAD},         {"platform_question", GX_LEX_PLATFORM_QUESTION},
        {"business_fact", GX_LEX_BUSINESS_FACT},   {"name_label", GX_LEX_NAME_LABEL},
        {"field_label", GX_LEX_FIELD_LABEL},
        {"bank_card", GX_LEX_BANK_CARD},
        {"cued_acronym", GX_LEX_CUED_ACRONYM},     {"regulator_cue", GX_LEX_REGULATOR_CUE},
        {"party_word", GX_LEX_PARTY_WORD},         {"address_form", GX_LEX_ADDRESS_FORM},
        {"recount_verb", GX_LEX_RECOUNT_VERB},     {"trade_kind", GX_LEX_TRADE_KIND},
        {"latin_firm_after", GX_LEX_LATIN_FIRM_AFTER}, {"trade_report", GX_LEX_TRADE_REPORT},
        {"byline_word", GX_LEX_BYLINE_WORD},       {"now_word", GX_LEX_NOW_WORD},
        {"series_word", GX_LEX_SERIES_WORD},       {"called_kind", GX_LEX_CALLED_KIND},
        {"police_word", GX_LEX_POLICE_WORD},       {"police_unit", GX_LEX_POLICE_UNIT},
        {"account_trade", GX_LEX_ACCOUNT_TRADE},   {"ask_verb", GX_LEX_ASK_VERB},
        {"venue_deed", GX_LEX_VENUE_DEED},
        {"latin_firm_after_weak", GX_LEX_LATIN_FIRM_AFTER},
    };
    char *f[2];
    if (gx_tsv_split(line, f, 2) < 2 || !*f[1])
        return -1;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(f[0], kinds[i].name)) {
            /* an edged suffix (商城) names a firm only at a sure left edge, what follows a coin's
             * acronym too (BTC交易平台) only a name that is no acronym: flagged weak */
            bool weak = !strcmp(f[0], "company_suffix_edged") ||
                        !strcmp(f[0], "latin_firm_after_weak");
            add_pattern(lex, f[1], kinds[i].kind, weak ? GX_LEXF_WEAK : 0, -1);
            return 0;
        }
    return -1;
}

/* ------------------------------------------------------------------ load / free */

gx_lexicon *gx_lexicon_load(const char *data_dir, gl_error *err)
{
    gx_lexicon *lex = gl_calloc(1, sizeof *lex);
    lex->ac = gx_ac_new();
    lex->lookup = gx_ac_new();
    lex->char_kinds = gl_calloc(CHAR_TABLE, sizeof(uint32_t));
    lex->filter = gl_calloc((1u << FILTER_BITS) / 64, sizeof(uint64_t));
    lex->pool = gx_arena_new();
    region_list regions = {0}, suffixes = {0}, cities = {0};
    gx_ent_type gov = GX_ENT_GOVERNMENT, org = GX_ENT_ORGANIZATION, per = GX_ENT_PERSON;
    gx_lex_kind kpos = GX_LEX_POSITION, ksur = GX_LEX_SURNAME;
    int rc = -1;

    if (each_line(lex, data_dir, "lexicon/common_word_names.tsv", read_weak, NULL, err) < 0)
        goto out;
    if (lex->nweak > 0)
        qsort(lex->weak, (size_t)lex->nweak, sizeof(char *), cmp_str);
    lex->loading_a_share = 1;
    if (each_line(lex, data_dir, "companies/a_share.tsv", read_a_share, NULL, err) < 0)
        goto out;
    lex->loading_a_share = 0;
    if (each_line(lex, data_dir, "lexicon/global_companies.tsv", read_global, NULL, err) < 0 ||
        each_line(lex, data_dir, "lexicon/government.tsv", read_named, &gov, err) < 0 ||
        each_line(lex, data_dir, "lexicon/organizations.tsv", read_named, &org, err) < 0 ||
        each_line(lex, data_dir, "lexicon/people.tsv", read_named, &per, err) < 0 ||
        each_line(lex, data_dir, "lexicon/regions.tsv", read_list, &regions, err) < 0 ||
        each_line(lex, data_dir, "lexicon/region_suffixes.tsv", read_list, &suffixes, err) < 0 ||
        each_line(lex, data_dir, "lexicon/cities.tsv", read_list, &cities, err) < 0 ||
        each_line(lex, data_dir, "lexicon/positions.tsv", read_simple, &kpos, err) < 0 ||
        each_line(lex, data_dir, "lexicon/surnames.tsv", read_simple, &ksur, err) < 0 ||
        each_line(lex, data_dir, "lexicon/cues.tsv", read_cue, NULL, err) < 0 ||
        !(lex->words = gx_wordlists_load(data_dir, err)))
        goto out;

    /* regional bodies: every form of every region x every suffix, one thing per region+suffix */
    for (int r = 0; r < regions.n; r++) {
        char *f[2];
        char buf[512];
        snprintf(buf, sizeof buf, "%s", regions.v[r]);
        int nf = gx_tsv_split(buf, f, 2);
        /* (a province or city of the mainland is a home region; a special administrative
         * region, 香港|汇丰, names the company there) */
        add_pattern(lex, f[0], GX_LEX_REGION, nf > 1 && strstr(f[1], "特别行政区") ? 0 : GX_LEXF_HOME, -1);
        compose_bodies(lex, f[0], nf > 1 ? f[1] : "", &suffixes);
    }
    /* the prefecture-level cities (cities.tsv): their bodies composed the same way, but no region of
     * the lexicon (the company, people and place rules read regions.tsv's only); a `place` row's
     * forms are a city (GX_LEX_CITY) for the police rule's place before a district (常德|武陵|警方) */
    for (int r = 0; r < cities.n; r++) {
        char *f[3];
        char buf[512];
        snprintf(buf, sizeof buf, "%s", cities.v[r]);
        if (gx_tsv_split(buf, f, 3) < 3 || (strcmp(f[2], "place") && strcmp(f[2], "body"))) {
            gl_error_set(err, 500, "bad line in lexicon/cities.tsv (want short, full forms, place or body): %.60s",
                         cities.v[r]);
            goto out;
        }
        /* (the X市 form is not composed: the unit rule reads a place and its level, 常德市公安局, and
         * with the province before it, 安徽省|黄山市公安局, a composed body inside would outweigh the
         * rule's whole name; the other full forms are: 恩施州人民政府, 阿克苏地区公安局) */
        char composed[512] = "", city[128], fbuf[512];
        snprintf(city, sizeof city, "%s市", f[0]);
        snprintf(fbuf, sizeof fbuf, "%s", f[1]);
        char *csave = NULL;
        for (char *a = strtok_r(fbuf, "|", &csave); a; a = strtok_r(NULL, "|", &csave))
            if (strcmp(a, city) && strlen(composed) + strlen(a) + 2 < sizeof composed) {
                strcat(composed, *composed ? "|" : "");
                strcat(composed, a);
            }
        compose_bodies(lex, f[0], composed, &suffixes);
        if (!strcmp(f[2], "place")) {
            add_pattern(lex, f[0], GX_LEX_CITY, 0, -1);
            char *save = NULL;
            for (char *a = strtok_r(f[1], "|", &save); a; a = strtok_r(NULL, "|", &save))
                add_pattern(lex, a, GX_LEX_CITY, 0, -1);
        }
    }
    /* the suffixes' forms, for places regions.tsv lacks (武定县市场监督管理局 … 武定县市场监管局):
     * each form's entry holds its suffix line's number as `thing` (gx_lexdata.h) */
    for (int s = 0; s < suffixes.n; s++) {
        char sbuf[512], *sf[2];
        snprintf(sbuf, sizeof sbuf, "%s", suffixes.v[s]);
        int nsf = gx_tsv_split(sbuf, sf, 2);
        char sforms[512];
        snprintf(sforms, sizeof sforms, "%s|%s", sf[0], nsf > 1 ? sf[1] : "");
        char *ssave = NULL;
        for (char *u = strtok_r(sforms, "|", &ssave); u; u = strtok_r(NULL, "|", &ssave))
            add_pattern(lex, u, GX_LEX_UNIT_FORM, 0, s);
    }
    /* the lower-case forms of the bodies' Latin acronyms (fca, 澳洲asic: gx_lexicon_acronym.c) */
    for (int32_t i = 0, n = lex->nentries; i < n; i++) {
        char low[MAX_PAT * 4];
        const gx_lex_entry *e = &lex->entries[i];
        if (e->kind == GX_LEX_GOVERNMENT && gx_lexicon_acronym_lower(e->text, low, sizeof low))
            add_pattern(lex, low, GX_LEX_GOVERNMENT, (e->flags & ~GX_LEXF_WEAK) | GX_LEXF_LOWER, e->thing);
    }
    gx_ac_build(lex->ac);
    gx_ac_build(lex->lookup);
    index_tickers(lex);
    rc = 0;
out:
    free(regions.v);
    free(suffixes.v);
    free(cities.v);
    free(lex->seen);
    lex->seen = NULL;
    if (rc < 0) {
        gx_lexicon_free(lex);
        return NULL;
    }
    return lex;
}

void gx_lexicon_free(gx_lexicon *lex)
{
    if (!lex)
        return;
    gx_ac_free(lex->ac);
    gx_ac_free(lex->lookup);
    gx_arena_free(lex->pool);
    free(lex->entries);
    free(lex->things);
    free(lex->seen);
    free(lex->weak);
    free(lex->char_kinds);
    free(lex->filter);
    free(lex->by_ticker);
    gx_wordlists_free(lex->words);
    free(lex);
}

const char32_t *const *gx_lexicon_words(const gx_lexicon *lex, gx_word_list id)
{
    return gx_wordlists_get(lex->words, id);
}

uint64_t gx_lexicon_words_last(const gx_lexicon *lex, gx_word_list id)
{
    return gx_wordlists_last(lex->words, id);
}

/* ------------------------------------------------------------------ queries */

const gx_lex_entry *gx_lexicon_entry(const gx_lexicon *lex, int32_t id)
{
    return id >= 0 && id < lex->nentries ? &lex->entries[id] : NULL;
}

const gx_lex_thing *gx_lexicon_thing(const gx_lexicon *lex, int32_t id)
{
    return id >= 0 && id < lex->nthings ? &lex->things[id] : NULL;
}

int32_t gx_lexicon_nthings(const gx_lexicon *lex)
{
    return lex->nthings;
}


int32_t gx_lexicon_npatterns(const gx_lexicon *lex)
{
    return lex->nentries;
}

size_t gx_lexicon_memory(const gx_lexicon *lex)
{
    return gx_ac_memory(lex->ac) + gx_ac_memory(lex->lookup) + gx_arena_used(lex->pool) + sizeof(uint32_t) * CHAR_TABLE +
           (1u << FILTER_BITS) / 8 +
           sizeof(gx_lex_entry) * (size_t)lex->entries_cap + sizeof(gx_lex_thing) * (size_t)lex->things_cap;
}

int32_t gx_lexicon_find(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n)
{
    if (n < 1 || !filter_may_have(lex, filter_hash(kind, cps, n)))
        return -1;
    const gx_ac *ac = trie_of(lex, kind);
    int32_t s = gx_ac_walk(ac, cps, n);
    if (s <= 0)
        return -1;
    int np, seen = 0;
    const int32_t *ids = gx_ac_node_payloads(ac, s, &np);
    /* the first 16 payloads of the kind's class */
    for (int i = 0; i < np && seen < 16; i++) {
        uint32_t k = lex->entries[ids[i]].kind;
        if (!same_class(kind, k))
            continue;
        seen++;
        if (k == (uint32_t)kind)
            return ids[i];
    }
    return -1;
}

/* The other case of an ASCII letter, c itself for any other code point. */
static uint32_t other_case(uint32_t c)
{
    if (c >= 'a' && c <= 'z')
        return c - 32;
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    return c;
}

/* Depth-first walk of the trie over cps[0..n), each ASCII letter in either case, its own case
 * first (the trie's goto edges only: a missing edge ends the branch, so a word of n letters costs
 * at most the patterns that share its folded prefix). The path is kept in fixed arrays of MAX_PAT
 * + 1 nodes, not on the call stack: at[i] is the node reached after cps[0..i), flipped[i] whether
 * cps[i] has been taken in its other case. The first entry of the kind found at the end, or -1. */
int32_t gx_lexicon_find_folded(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n)
{
    if (n < 1 || n > MAX_PAT)
        return -1;
    const gx_ac *ac = trie_of(lex, kind);
    int32_t at[MAX_PAT + 1];
    bool flipped[MAX_PAT];
    int i = 0;
    at[0] = 0;
    for (;;) {
        if (at[i] >= 0 && i < n) { /* go deeper, in the letter's own case first */
            flipped[i] = false;
            at[i + 1] = gx_ac_step(ac, at[i], cps[i]);
            i++;
            continue;
        }
        if (at[i] >= 0) { /* the whole word walked: an entry of the kind at its node? */
            int np;
            const int32_t *ids = gx_ac_node_payloads(ac, at[i], &np);
            for (int k = 0; k < np && k < 16; k++)
                if (lex->entries[ids[k]].kind == (uint32_t)kind)
                    return ids[k];
        }
        /* back to the last letter not yet taken in its other case */
        do {
            if (--i < 0)
                return -1;
        } while (flipped[i] || other_case(cps[i]) == cps[i]);
        flipped[i] = true;
        at[i + 1] = gx_ac_step(ac, at[i], other_case(cps[i]));
        i++;
    }
}

uint32_t gx_lexicon_prefix_mask(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n, int min)
{
    uint32_t mask = 0;
    if (min < 1)
        min = 1;
    if (n > min + 31)
        n = min + 31;
    if (n < min)
        return 0;
    if (min == 1 && gx_lex_kind_is_char(kind) && gx_lexicon_char_is(lex, cps[0], kind))
        mask |= 1;
    if (!filter_may_have(lex, filter_hash(kind | FILTER_FIRST, cps, 1)))
        return mask;
    /* every pattern of the kind that is a prefix of cps, of length >= min; at most 64 payloads
     * of the kind's class are looked at */
    const gx_ac *ac = trie_of(lex, kind);
    int k = 0;
    int32_t s = 0;
    for (int i = 0; i < n && k < 64; i++) {
        s = gx_ac_step(ac, s, cps[i]);
        if (s < 0)
            break;
        if (i + 1 < min)
            continue;
        int np;
        const int32_t *ids = gx_ac_node_payloads(ac, s, &np);
        for (int p = 0; p < np && k < 64; p++) {
            uint32_t pk = lex->entries[ids[p]].kind;
            if (!same_class(kind, pk))
                continue;
            k++;
            if (pk == (uint32_t)kind && !(i == 0 && gx_lex_kind_is_char(kind)))
                mask |= 1u << (i + 1 - min);
        }
    }
    return mask;
}

bool gx_lexicon_is(const gx_lexicon *lex, gx_lex_kind kind, const uint32_t *cps, int n)
{
    if (n == 1 && gx_lex_kind_is_char(kind))
        return gx_lexicon_char_is(lex, cps[0], kind);
    return gx_lexicon_find(lex, kind, cps, n) >= 0;
}

bool gx_lexicon_is_home_region(const gx_lexicon *lex, const uint32_t *cps, int n)
{
    int32_t id = gx_lexicon_find(lex, GX_LEX_REGION, cps, n);
    return id >= 0 && (lex->entries[id].flags & GX_LEXF_HOME) != 0;
}

bool gx_lexicon_char_is(const gx_lexicon *lex, uint32_t c, gx_lex_kind kind)
{
    return c < CHAR_TABLE && (uint32_t)kind < 32 && (lex->char_kinds[c] & GX_LEX_BIT(kind)) != 0;
}

bool gx_lexicon_surname_opens(const gx_lexicon *lex, const uint32_t *cps, int32_t n)
{
    return n >= 2 && (gx_lexicon_char_is(lex, cps[0], GX_LEX_SURNAME) || gx_lexicon_is(lex, GX_LEX_SURNAME, cps, 2));
}

typedef struct hit_ctx {
    const gx_lexicon *lex;
    gx_article *art;
    bool entities, cues;        /* which classes to keep                                */
    GX_VEC(gx_lex_hit) hits;    /* entity kinds (with cues too when !split)             */
    GX_VEC(gx_lex_hit) cue_hits; /* cue kinds when split                                 */
    bool split;
} hit_ctx;

static void on_hit(void *vctx, int32_t start, int32_t end, int32_t payload)
{
    hit_ctx *c = vctx;
    const gx_lex_entry *e = &c->lex->entries[payload];
    bool entity = gx_lex_kind_is_entity(e->kind);
    if (!(entity ? c->entities : c->cues))
        return;
    if (e->flags & GX_LEXF_LATIN) {
        /* a Latin pattern must not sit inside a longer Latin word (AMD in AMDX, Meta in Metaverse) */
        const uint32_t *cp = c->art->cp;
        if (ascii_alnum(cp[start]) && start > 0 && ascii_alnum(cp[start - 1]))
            return;
        if (ascii_alnum(cp[end - 1]) && end < c->art->ncp && ascii_alnum(cp[end]))
            return;
    }
    if (entity && !gx_lexicon_acronym_hit_ok(c->lex, c->art, start, end, e))
        return;
    gx_lex_hit *h = c->split && !entity ? GX_VEC_PUSH(c->art->arena, c->cue_hits) : GX_VEC_PUSH(c->art->arena, c->hits);
    h->start = start;
    h->end = end;
    h->entry = payload;
}

static void reverse_hits(gx_lex_hit *h, int a, int b)
{
    for (b--; a < b; a++, b--) {
        gx_lex_hit t = h[a];
        h[a] = h[b];
        h[b] = t;
    }
}

/* Put the hits in gx_lex_hit_cmp order: one scan reports them by start, then shorter first, then
 * in entry order; each start's run is reversed and then each run of one end back again. Anything
 * else (two scans) is sorted. */
static void order_hits(gx_lex_hit *h, int n, bool one_scan)
{
    bool ok = one_scan;
    for (int i = 1; i < n && ok; i++)
        ok = h[i - 1].start < h[i].start ||
             (h[i - 1].start == h[i].start && (h[i - 1].end < h[i].end ||
                                                (h[i - 1].end == h[i].end && h[i - 1].entry <= h[i].entry)));
    if (!ok) {
        qsort(h, (size_t)n, sizeof(gx_lex_hit), gx_lex_hit_cmp);
        return;
    }
    for (int a = 0; a < n;) {
        int b = a + 1;
        while (b < n && h[b].start == h[a].start)
            b++;
        if (b - a > 1) {
            reverse_hits(h, a, b);
            for (int c = a; c < b;) {
                int d = c + 1;
                while (d < b && h[d].end == h[c].end)
                    d++;
                reverse_hits(h, c, d);
                c = d;
            }
        }
        a = b;
    }
}

/* One scan of the article for the entity kinds, the cue kinds or both; with split, the cue
 * hits go to *cue_hits (the entity hits are returned). One scan reports hits by start, then
 * end, then entry (= insertion) order; order_hits puts them in gx_lex_hit_cmp order. */
static gx_lex_hit *scan(const gx_lexicon *lex, gx_article *art, int *n, bool entities, bool cues,
                        gx_lex_hit **cue_hits, int *ncue)
{
    hit_ctx c;
    memset(&c, 0, sizeof c);
    c.lex = lex;
    c.art = art;
    c.entities = entities;
    c.cues = cues;
    c.split = cue_hits != NULL;
    if (art->ncp > 0)
        gx_ac_scan(lex->ac, art->cp, art->ncp, on_hit, &c);
    if (c.hits.n > 1)
        order_hits(c.hits.v, c.hits.n, true);
    if (c.cue_hits.n > 1)
        order_hits(c.cue_hits.v, c.cue_hits.n, true);
    if (cue_hits) {
        *cue_hits = c.cue_hits.v;
        *ncue = c.cue_hits.n;
    }
    *n = c.hits.n;
    return c.hits.v;
}

gx_lex_hit *gx_lexicon_hits(const gx_lexicon *lex, gx_article *art, int *n)
{
    return scan(lex, art, n, true, true, NULL, NULL);
}

gx_lex_hit *gx_lexicon_cue_hits(const gx_lexicon *lex, gx_article *art, int *n)
{
    if (art->lex_cues_scanned) { /* gx_lexicon_scan found them with the entities */
        *n = art->nlex_cues;
        return art->lex_cues;
    }
    return scan(lex, art, n, false, true, NULL, NULL);
}

/* ------------------------------------------------------------------ the stage */

/* Whether a short Chinese company name (three characters or fewer, no full legal name) starts
 * inside a generic word of three characters or more that its first characters close (互联网|飞速
 * holds 网飞): the text reads that word, not the name (twenty-fifth session, comp63). */
static bool closes_generic_word(const gx_lexicon *lex, const gx_article *art, const gx_lex_hit *h,
                                const gx_lex_entry *e)
{
    if (h->end - h->start > 3 || (e->flags & (GX_LEXF_FULL | GX_LEXF_LATIN)))
        return false;
    for (int32_t k = 1; k < h->end - h->start; k++)
        for (int32_t b = h->start - 1; b >= 0 && b >= h->start - 4; b--)
            if (h->start + k - b >= 3 && gx_lexicon_is(lex, GX_LEX_GENERIC_BODY, art->cp + b, h->start + k - b))
                return true;
    return false;
}

void gx_lexicon_scan(const gx_lexicon *lex, gx_article *art)
{
    int n, ncue;
    gx_lex_hit *cues;
    gx_lex_hit *h = scan(lex, art, &n, true, true, &cues, &ncue);
    art->lex_cues = cues;
    art->nlex_cues = ncue;
    art->lex_cues_scanned = true;
    for (int i = 0; i < n; i++) {
        const gx_lex_entry *e = &lex->entries[h[i].entry];
        gx_ent_type type;
        float score;
        switch (e->kind) {
        case GX_LEX_COMPANY:
            /* a bank's two-character abbreviation (工行, 建行) whose 行 begins 行业 ("industry":
             * 化工行业, 构建行业) is no mention of the bank; 工行业绩, 建行业务 are */
            if (h[i].end - h[i].start == 2 && h[i].end + 1 < art->ncp &&
                art->cp[h[i].end - 1] == 0x884C /* 行 */ && art->cp[h[i].end] == 0x4E1A /* 业 */ &&
                art->cp[h[i].end + 1] != 0x7EE9 /* 绩 */ && art->cp[h[i].end + 1] != 0x52A1 /* 务 */)
                continue;
            if (closes_generic_word(lex, art, &h[i], e))
                continue;
            type = GX_ENT_COMPANY;
            break;
        case GX_LEX_GOVERNMENT:
            type = GX_ENT_GOVERNMENT;
            break;
        case GX_LEX_ORGANIZATION:
            type = GX_ENT_ORGANIZATION;
            break;
        case GX_LEX_POSITION:
            type = GX_ENT_POSITION;
            break;
        case GX_LEX_PERSON_NAME:
            type = GX_ENT_PERSON;
            break;
        default:
            continue;
        }
        if (e->flags & GX_LEXF_FULL)
            score = 0.95f;
        else if (e->flags & GX_LEXF_SHORT)
            score = 0.9f;
        else
            score = 0.85f;
        if (e->len <= 2 && !(e->flags & GX_LEXF_LATIN))
            score -= 0.1f;
        if (e->flags & GX_LEXF_WEAK)
            score = 0.3f;
        gx_candidate *c = GX_VEC_PUSH(art->arena, art->candidates);
        c->span.start = h[i].start;
        c->span.end = h[i].end;
        c->type = type;
        c->source = GX_SRC_GAZETTEER;
        c->score = score;
        c->lex_id = h[i].entry;
        c->link = -1;
        if (e->thing >= 0) {
            const gx_lex_thing *t = &lex->things[e->thing];
            c->ticker = t->ticker;
            c->canonical = t->name;
        } else {
            c->canonical = e->text;
        }
    }
}
