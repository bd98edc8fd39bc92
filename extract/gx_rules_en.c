/* gx_rules_en.c — the English entity pass (gx_rules_en.h).
 *
 * Each line of the article without a CJK character is cut into words (ASCII letters and digits,
 * with inner '-', '&', '.', '\'' and Latin-1 letters), and the capitalised words into runs
 * (words joined by one space or " & "). Titles (english.tsv "title", with their modifiers) are
 * found first and break runs. Then:
 *   - titles: the holder after the title ("CEO Tim Cook", "chief executive, Dave Calhoun") or
 *     before it ("Dave Calhoun, Boeing's chief executive"); the organization right before the
 *     title ("Apple CEO", "Boeing's chief executive") or after "at"/"of" ("analyst at Jefferies");
 *   - government: whole names (Federal Reserve, White House), names ending in a government word
 *     (Federal Aviation Administration, Justice Department), "<head> of <Name>" (Ministry of
 *     Finance), "<Name> administration|government";
 *   - companies: names ending in a company word (Acme Widgets Inc., Spirit AeroSystems Holdings),
 *     names in a company context (shares of X, X shares, X's revenue, analyst at X, X said in a
 *     statement), names before an exchange ticker "X (NYSE: ABC)", which also gets the ticker;
 *   - people by shape or context: given names, Chinese and Korean names in their own order, royal
 *     titles, ages, relatives and a person's acts (context_people); a state's organs after a place
 *     (Hong Kong police) and countries acting as states (state_actors);
 *   - later mentions: the last name of a person named in full (Calhoun), a company's name
 *     without its legal form (WeWork for WeWork Inc.) join them (alias candidates).
 * Months, weekdays, places, nationalities and sentence openers (english.tsv "not_name") are no
 * names. All candidates carry GX_SRC_RULE (tickers GX_SRC_TICKER, later mentions GX_SRC_ALIAS). */
#include "gx_rules_en.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_engine_impl.h"
#include "gx_entity_util.h"
#include "gx_normalize.h"
#include "gx_tsv.h"

/* ------------------------------------------------------------------ the word lists */

typedef enum en_class {
    EN_SUFFIX, EN_ABBREV, EN_GOV, EN_GOV_ALIAS, EN_GOV_HEAD, EN_OF_HEAD, EN_GOV_AFTER, EN_TITLE,
    EN_TITLE_MOD, EN_NOT_NAME, EN_GENERIC, EN_HONORIFIC, EN_BEFORE, EN_AFTER, EN_POSS, EN_DETERMINER,
    EN_COMPANY_NOUN, EN_ORG_WORD, EN_VENUE, EN_PRODUCT_WORD, EN_STREET, EN_GIVEN, EN_CN_SURNAME, EN_PINYIN, EN_HOLDER_ONLY, EN_STATE, EN_CELESTIAL, EN_ROYAL, EN_KR_SURNAME,
    EN_KR_SYLLABLE, EN_PLACE_NOUN, EN_COUNTRY, EN_BRAND_NOUN, EN_KIN,
    EN_PERSON_VERB, EN_STATE_VERB, EN_STATE_BEFORE, EN_STAT_VERB, EN_STAT_NOUN, EN_OUTLET_NOUN, EN_REPORT_NOUN, EN_STATE_ORGAN, EN_OWNER_NOUN, EN_COURT_POSS, EN_PRISON_NOUN, EN_FOR_TITLE, EN_FIGURE,
    EN_NEWS, EN_CHAMBER, EN__COUNT
} en_class;

static const struct {
    const char *name;
    bool ci; /* matched without regard to case (keys stored in lower case) */
} CLASSES[EN__COUNT] = {
    {"suffix", false},   {"abbrev", false},    {"gov", false},     {"gov_alias", false},
    {"gov_head", false}, {"of_head", false},   {"gov_after", true}, {"title", true},
    {"title_mod", true}, {"not_name", false},  {"generic", false}, {"honorific", false},
    {"before", true},    {"after", true},      {"poss", true},     {"determiner", true},
    {"company_noun", true}, {"org_word", false}, {"venue", false}, {"product_word", false},
    {"street", false},   {"given", false},     {"cn_surname", false}, {"pinyin", true},
    {"holder_only", true}, {"state", false},   {"celestial", false}, {"royal", false},
    {"kr_surname", false}, {"kr_syllable", true}, {"place_noun", true}, {"country", false},
    {"brand_noun", true}, {"kin", true}, {"person_verb", true},
    {"state_verb", true}, {"state_before", true}, {"stat_verb", true}, {"stat_noun", true},
    {"outlet_noun", true}, {"report_noun", true}, {"state_organ", true}, {"owner_noun", true},
    {"court_poss", true}, {"prison_noun", true}, {"for_title", true}, {"figure", false},
    {"news", false}, {"chamber", false},
};

#define EN_MAX_KEY 64
#define EN_MAX_WORDS 6

typedef struct en_entry {
    uint64_t hash;
    char *key;    /* the phrase (lower case for ci classes); NULL = empty slot */
    char *target; /* gov_alias: the full name; figure: the full name when one holder is meant; else NULL */
    int cls;
} en_entry;

struct gx_en_lex {
    en_entry *tab;
    uint32_t mask;
    int maxw[EN__COUNT]; /* the most words of a phrase of each class */
};

static uint64_t en_hash(int cls, const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)(cls + 1);
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h ? h : 1;
}

static const en_entry *en_find(const gx_en_lex *lx, int cls, const char *s, size_t n)
{
    uint64_t h = en_hash(cls, s, n);
    for (uint32_t j = (uint32_t)h & lx->mask;; j = (j + 1) & lx->mask) {
        const en_entry *e = &lx->tab[j];
        if (!e->key)
            return NULL;
        if (e->hash == h && e->cls == cls && strlen(e->key) == n && !memcmp(e->key, s, n))
            return e;
    }
}

bool gx_en_camel_product(const gx_en_lex *lx, const uint32_t *cp, int32_t n)
{
    static const int KINDS[] = {EN_SUFFIX, EN_ORG_WORD, EN_PRODUCT_WORD};
    char part[EN_MAX_KEY];
    int parts = 0;
    bool hit = false;
    if (!lx || n < 4 || n > 48)
        return false;
    for (int32_t i = 0; i < n; i++)
        if (cp[i] >= 0x80 || !((cp[i] >= 'a' && cp[i] <= 'z') || (cp[i] >= 'A' && cp[i] <= 'Z')))
            return false; /* ASCII letters only: one token, no space, digit or hyphen */
    for (int32_t i = 0; i < n;) {
        int32_t j = i + 1;
        while (j < n && cp[j] >= 'a' && cp[j] <= 'z')
            j++;
        parts++;
        if (j - i >= 2 && j - i < EN_MAX_KEY) {
            for (int32_t k = i; k < j; k++)
                part[k - i] = (char)cp[k];
            for (size_t c = 0; c < sizeof KINDS / sizeof KINDS[0] && !hit; c++)
                hit = en_find(lx, KINDS[c], part, (size_t)(j - i)) != NULL;
        }
        i = j;
    }
    return parts >= 2 && hit;
}

bool gx_en_street_name(const gx_en_lex *lx, const uint32_t *cp, int32_t n)
{
    if (!lx || n < 4)
        return false;
    int32_t s = n;
    while (s > 0 && cp[s - 1] < 0x80 && ((cp[s - 1] >= 'a' && cp[s - 1] <= 'z') || (cp[s - 1] >= 'A' && cp[s - 1] <= 'Z')))
        s--;
    if (s < 2 || cp[s - 1] != ' ' || n - s < 3 || n - s >= EN_MAX_KEY || !(cp[s] >= 'A' && cp[s] <= 'Z'))
        return false;
    char word[EN_MAX_KEY];
    for (int32_t k = s; k < n; k++)
        word[k - s] = (char)cp[k];
    return en_find(lx, EN_STREET, word, (size_t)(n - s)) != NULL;
}

bool gx_en_news_name(const gx_en_lex *lx, const uint32_t *cp, int32_t n)
{
    char key[EN_MAX_KEY];
    if (!lx || n < 2 || n >= EN_MAX_KEY)
        return false;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = cp[i] == 0x2019 ? '\'' : cp[i];
        if (c < 0x20 || c > 0x7E)
            return false;
        key[i] = (char)c;
    }
    return en_find(lx, EN_NEWS, key, (size_t)n) != NULL;
}

void gx_en_lex_free(gx_en_lex *lx)
{
    if (!lx)
        return;
    for (uint32_t j = 0; lx->tab && j <= lx->mask; j++) {
        free(lx->tab[j].key);
        free(lx->tab[j].target);
    }
    free(lx->tab);
    free(lx);
}

static int class_of(const char *name)
{
    for (int c = 0; c < EN__COUNT; c++)
        if (!strcmp(CLASSES[c].name, name))
            return c;
    return -1;
}

gx_en_lex *gx_en_lex_load(const char *data_dir, gl_error *err)
{
    const char *path = "lexicon/english.tsv"; /* (in the data folder) */
    FILE *f = gx_tsv_open(data_dir, path, err);
    if (!f)
        return NULL;
    gx_en_lex *lx = gl_calloc(1, sizeof *lx);
    lx->mask = 16383; /* room for ~8000 phrases at half load */
    lx->tab = gl_calloc((size_t)lx->mask + 1, sizeof(en_entry));
    uint32_t n = 0;
    int lineno = 0, rc = 0;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!gx_tsv_data_line(line))
            continue;
        char *fld[3];
        int nf = gx_tsv_split(line, fld, 3);
        int cls = class_of(fld[0]);
        size_t len = strlen(fld[1]);
        if (cls < 0 || nf < 2 || len == 0 || len >= EN_MAX_KEY || (cls == EN_GOV_ALIAS && nf < 3)) {
            rc = gl_error_set(err, 500, "%s:%d: expected class<TAB>phrase (gov_alias: <TAB>target)", path, lineno);
            break;
        }
        int words = 1;
        for (size_t i = 0; i < len; i++) {
            unsigned char ch = (unsigned char)fld[1][i];
            if (ch < 0x20 || ch > 0x7E || (ch == ' ' && (i == 0 || fld[1][i - 1] == ' ' || i + 1 == len))) {
                words = 0;
                break;
            }
            words += ch == ' ';
            if (CLASSES[cls].ci && ch >= 'A' && ch <= 'Z')
                fld[1][i] = (char)(ch - 'A' + 'a');
        }
        if (words == 0 || words > EN_MAX_WORDS) {
            rc = gl_error_set(err, 500, "%s:%d: a phrase is 1-%d ASCII words separated by one space", path, lineno,
                              EN_MAX_WORDS);
            break;
        }
        if (en_find(lx, cls, fld[1], len))
            continue; /* listed twice */
        if (++n > (lx->mask + 1) / 2) {
            rc = gl_error_set(err, 500, "%s: more than %u phrases", path, (lx->mask + 1) / 2);
            break;
        }
        uint64_t h = en_hash(cls, fld[1], len);
        uint32_t j = (uint32_t)h & lx->mask;
        while (lx->tab[j].key)
            j = (j + 1) & lx->mask;
        lx->tab[j].hash = h;
        lx->tab[j].cls = cls;
        lx->tab[j].key = gl_strdup(fld[1]);
        lx->tab[j].target = cls == EN_GOV_ALIAS || (cls == EN_FIGURE && nf >= 3) ? gl_strdup(fld[2]) : NULL;
        if (words > lx->maxw[cls])
            lx->maxw[cls] = words;
    }
    fclose(f);
    if (rc < 0) {
        gx_en_lex_free(lx);
        return NULL;
    }
    return lx;
}

/* ------------------------------------------------------------------ words of a line */

typedef struct en_tok {
    int32_t s, e;  /* the word; e excludes a period that belongs to it (Inc., Mr.)          */
    int32_t end;   /* e, or e + 1 with that period                                          */
    bool cap;      /* starts with a capital                                                 */
    bool poss;     /* followed by 's                                                        */
    bool start;    /* first word of a sentence                                              */
    bool title;    /* inside a title                                                        */
    bool used;     /* taken by a name this pass proposed                                    */
    uint8_t gap;   /* to the next word: 0 break, 1 one space, 2 " & "                       */
} en_tok;

typedef struct en_line {
    const gx_en_lex *lx;
    gx_article *art;
    const uint32_t *cp;
    en_tok *t;
    int n;
    bool zh; /* the article has Chinese lines: its outlets stay organizations (english29) */
} en_line;

typedef GX_VEC(gx_span) en_span_vec; /* spans of words (aged_people) */

static bool is_latin1_letter(uint32_t c)
{
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static bool word_char(uint32_t c)
{
    return gx_is_alnum(c) || is_latin1_letter(c);
}

static bool is_cap(uint32_t c)
{
    return gx_is_upper(c) || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

/* Does the text [s, e) match a phrase of class cls? The entry, or NULL. */
static const en_entry *span_is(const en_line *L, int cls, int32_t s, int32_t e)
{
    char buf[EN_MAX_KEY];
    int32_t n = e - s;
    if (n <= 0 || n >= EN_MAX_KEY)
        return NULL;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = L->cp[s + i];
        if (c == 0x2019)
            c = '\''; /* a curly apostrophe reads as the straight one (People’s Liberation Army) */
        if (c > 0x7E || c < 0x20)
            return NULL;
        if (CLASSES[cls].ci && c >= 'A' && c <= 'Z')
            c = c - 'A' + 'a';
        buf[i] = (char)c;
    }
    return en_find(L->lx, cls, buf, (size_t)n);
}

/* Is word k followed by a possessive 's and one space, then word k + 1 ("People's Liberation")? */
static bool poss_joined(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    return t->poss && k + 1 < L->n && t->end == t->e && L->t[k + 1].s == t->e + 3 && L->cp[t->e + 1] == 's' &&
           L->cp[t->e + 2] == ' ';
}

/* The most words (1..maxw) from word k on, joined by single spaces (or a possessive 's and a space:
 * People's Bank of China), that make a phrase of cls; 0 when none. */
static int phrase_at(const en_line *L, int cls, int k)
{
    int best = 0;
    for (int m = 1; m <= L->lx->maxw[cls] && k + m <= L->n; m++) {
        if (m > 1 && L->t[k + m - 2].gap != 1 && !poss_joined(L, k + m - 2))
            break;
        if (span_is(L, cls, L->t[k].s, L->t[k + m - 1].e))
            best = m;
    }
    return best;
}

static bool tok_is(const en_line *L, int cls, int k)
{
    return k >= 0 && k < L->n && span_is(L, cls, L->t[k].s, L->t[k].e) != NULL;
}

/* Does the lower-case phrase of cls end right before word k (joined by single spaces)? The
 * number of its words, or 0. */
static int phrase_before(const en_line *L, int cls, int k)
{
    for (int m = L->lx->maxw[cls]; m >= 1; m--) {
        int a = k - m;
        if (a < 0 || L->t[k - 1].gap != 1)
            continue;
        bool ok = true;
        for (int j = a; j < k - 1 && ok; j++)
            ok = L->t[j].gap == 1;
        if (ok && span_is(L, cls, L->t[a].s, L->t[k - 1].e))
            return m;
    }
    return 0;
}

/* Cut the line [ls, le) into words. */
static void tokenize(en_line *L, int32_t ls, int32_t le)
{
    const uint32_t *cp = L->cp;
    gx_article *art = L->art;
    int cap = 32;
    L->t = gx_arena_alloc(art->arena, sizeof(en_tok) * (size_t)cap);
    L->n = 0;
    bool sent_start = true;
    for (int32_t i = ls; i < le;) {
        if (!word_char(cp[i])) {
            if (cp[i] == '.' || cp[i] == '!' || cp[i] == '?' || cp[i] == ':' || cp[i] == ';')
                sent_start = true;
            i++;
            continue;
        }
        int32_t s = i;
        bool dotted = false;
        while (i < le) {
            if (word_char(cp[i])) {
                i++;
                continue;
            }
            if ((cp[i] == '-' || cp[i] == '&' || cp[i] == '.' || cp[i] == '\'' || cp[i] == 0x2019) && i + 1 < le &&
                word_char(cp[i + 1])) {
                /* 's closing the word is a possessive, not a part of it */
                if ((cp[i] == '\'' || cp[i] == 0x2019) && cp[i + 1] == 's' && (i + 2 >= le || !word_char(cp[i + 2])))
                    break;
                dotted = dotted || cp[i] == '.';
                i++;
                continue;
            }
            break;
        }
        if (L->n == cap) {
            en_tok *nt = gx_arena_alloc(art->arena, sizeof(en_tok) * (size_t)cap * 2);
            memcpy(nt, L->t, sizeof(en_tok) * (size_t)cap);
            L->t = nt;
            cap *= 2;
        }
        en_tok *t = &L->t[L->n++];
        memset(t, 0, sizeof *t);
        t->s = s;
        t->e = i;
        t->cap = is_cap(cp[s]);
        t->start = sent_start;
        sent_start = false;
        /* U.S. keeps its last period; Inc. and Mr. own theirs; so does an initial (B. Riley, James P. Kennedy),
         * and so does a capitalised title written short (Rep., Gov., Lt. Col.) */
        if (i < le && cp[i] == '.' && (dotted || (i == s + 1 && gx_is_upper(cp[s]) && i + 2 < le && cp[i + 1] == ' ' &&
                                                  gx_is_upper(cp[i + 2])) ||
                                       (gx_is_upper(cp[s]) && span_is(L, EN_TITLE, s, i + 1)))) {
            t->e = ++i;
        }
        t->end = t->e;
        if (i < le && cp[i] == '.' &&
            (tok_is(L, EN_ABBREV, L->n - 1) || tok_is(L, EN_HONORIFIC, L->n - 1) ||
             /* a name's Jr. / Sr. (the name ends there: "Patrick W. Carlineo Jr., 55,") */
             (i - s == 2 && (cp[s] == 'J' || cp[s] == 'S') && cp[s + 1] == 'r'))) {
            t->end = ++i;
            /* a period that also ends the sentence: "... Boeing Co. Analysts said" reads on */
        }
        if (i + 1 < le && (cp[i] == '\'' || cp[i] == 0x2019) && cp[i + 1] == 's') {
            t->poss = true;
            i += 2;
        } else if (i < le && (cp[i] == '\'' || cp[i] == 0x2019) && i > s && cp[i - 1] == 's') {
            t->poss = true; /* plural possessive: Investors' */
        }
    }
    for (int k = 0; k + 1 < L->n; k++) {
        en_tok *a = &L->t[k], *b = &L->t[k + 1];
        if (a->poss)
            continue;
        if (b->s == a->end + 1 && cp[a->end] == ' ')
            a->gap = 1;
        else if (b->s == a->end + 3 && cp[a->end] == ' ' && cp[a->end + 1] == '&' && cp[a->end + 2] == ' ')
            a->gap = 2;
    }
}

/* ------------------------------------------------------------------ candidates */


/* The candidate of a type in mask with exactly span s, preferring non-rule sources; -1 none. */
static int cand_with_span(const gx_article *art, gx_span s, int mask)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == s.start && c->span.end == s.end && (mask & (1 << c->type)) &&
            (best < 0 || art->candidates.v[best].source == GX_SRC_RULE))
            best = i;
    }
    return best;
}

/* Does the span hold a sentence end ("Jefferies. Spirit")? */
static bool crosses_sentence(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start + 1; k + 1 < s.end; k++)
        if ((art->cp[k] == '.' || art->cp[k] == ',') && art->cp[k + 1] == ' ' && gx_is_alnum(art->cp[k - 1]) &&
            !(art->cp[k] == '.' && k >= s.start + 2 && gx_is_upper(art->cp[k - 1]) && !gx_is_alnum(art->cp[k - 2])))
            return true;
    return false;
}

/* A candidate of a type in mask covering [s, e) (the longest), or -1. */
static int cand_covering(const gx_article *art, int32_t s, int32_t e, int mask)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start <= s && c->span.end >= e && (mask & (1 << c->type)) && !crosses_sentence(art, c->span) &&
            (best < 0 || c->span.end - c->span.start > art->candidates.v[best].span.end - art->candidates.v[best].span.start))
            best = i;
    }
    return best;
}

static int add(gx_article *art, gx_span s, gx_ent_type type, float score)
{
    int have = cand_with_span(art, s, 1 << type);
    if (have >= 0 && art->candidates.v[have].source != GX_SRC_RULE)
        return have; /* the gazetteer's or a ticker's reading is there already */
    return gx_add_candidate(art, s, type, GX_SRC_RULE, score, NULL, -1);
}

/* The span of words [a, b) (a period that belongs to the last one included, a possessive 's
 * not). */
static gx_span words_span(const en_line *L, int a, int b)
{
    const en_tok *last = &L->t[b - 1];
    return (gx_span){L->t[a].s, last->poss ? last->e : last->end};
}

/* Is [a, b) nothing but words that are no name by themselves? */
/* Is word k a model code: one or two capitals and three or more digits, maybe a "-" part (A380,
 * B737-800, C919)? An aircraft or product, no name by itself. */
static bool model_code(const en_line *L, int k)
{
    const uint32_t *cp = L->cp;
    int32_t i = L->t[k].s, e = L->t[k].e, letters = 0, digits = 0;
    while (i < e && cp[i] >= 'A' && cp[i] <= 'Z' && letters < 3) {
        i++;
        letters++;
    }
    while (i < e && cp[i] >= '0' && cp[i] <= '9') {
        i++;
        digits++;
    }
    return letters >= 1 && letters <= 2 && digits >= 3 && (i == e || cp[i] == '-');
}

static bool only_weak_words(const en_line *L, int a, int b)
{
    if (span_is(L, EN_NOT_NAME, L->t[a].s, L->t[b - 1].e))
        return true;
    for (int k = a; k < b; k++)
        if (!tok_is(L, EN_NOT_NAME, k) && !tok_is(L, EN_GENERIC, k) && !tok_is(L, EN_SUFFIX, k) &&
            !tok_is(L, EN_HONORIFIC, k) && !tok_is(L, EN_GOV_HEAD, k) && !model_code(L, k))
            return false;
    return true;
}

/* Does [a, b) hold a word that can be part of a government body's name (Interior, Russian,
 * Homeland: not an opener, an honorific or a government word alone)? */
static bool gov_words_ok(const en_line *L, int a, int b)
{
    for (int k = a; k < b; k++)
        if (!tok_is(L, EN_HONORIFIC, k) && !tok_is(L, EN_GOV_HEAD, k) && !tok_is(L, EN_SUFFIX, k) &&
            !(tok_is(L, EN_NOT_NAME, k) && !tok_is(L, EN_GENERIC, k)))
            return true;
    return false;
}

/* A name found by company context is an organization when a word says so (Federation, University). */
static gx_ent_type company_or_org(const en_line *L, int a, int b)
{
    for (int k = a; k < b; k++)
        if (tok_is(L, EN_ORG_WORD, k))
            return GX_ENT_ORGANIZATION;
    return GX_ENT_COMPANY;
}

/* Can word k be a word of a person's name: capitalised, no title, opener, company, government,
 * organisation word or honorific, not all capitals longer than an initial (IBM, NYSE)? */
static bool name_word(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    if (!t->cap || t->title || t->e - t->s < 1 || tok_is(L, EN_NOT_NAME, k) || tok_is(L, EN_SUFFIX, k) ||
        tok_is(L, EN_GOV_HEAD, k) || tok_is(L, EN_HONORIFIC, k) || tok_is(L, EN_ORG_WORD, k))
        return false;
    int32_t up = 0;
    for (int32_t i = t->s; i < t->e; i++)
        up += gx_is_upper(L->cp[i]);
    return !(up == t->e - t->s && up > 1);
}

/* A person's name: two or three capitalised words, none of them a no-name, company or
 * government word. */
static bool person_shape(const en_line *L, int a, int b)
{
    if (b - a < 2 || b - a > 3)
        return false;
    for (int k = a; k < b; k++)
        if (!name_word(L, k) || (k + 1 < b && L->t[k].gap != 1) || (k + 1 < b && L->t[k].poss))
            return false;
    return !span_is(L, EN_GOV, L->t[a].s, L->t[b - 1].e);
}

/* "Keefe, Bruyette & Woods", "Wachtell, Lipton, Rosen & Katz": single capitalised words joined by
 * ", " and a last " & " are one firm's name; its commas join the words like " & " (gap 2). Not when
 * a part is a no-name or company word or already a known name (Apple, Google & Amazon). */
static bool firm_word(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    return t->cap && !t->poss && t->e - t->s >= 2 && name_word(L, k) && !tok_is(L, EN_GENERIC, k) &&
           !tok_is(L, EN_GOV, k) && !tok_is(L, EN_TITLE, k) && !tok_is(L, EN_TITLE_MOD, k) && cand_covering(L->art, t->s, t->e, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0;
}

static void firm_commas(en_line *L)
{
    const uint32_t *cp = L->cp;
    for (int k = 0; k + 2 < L->n; k++) {
        if ((k > 0 && L->t[k - 1].gap && L->t[k - 1].cap) || !firm_word(L, k))
            continue;
        int j = k;
        while (j + 1 < L->n && L->t[j].gap == 0 && cp[L->t[j].end] == ',' && cp[L->t[j].end + 1] == ' ' &&
               L->t[j + 1].s == L->t[j].end + 2 && firm_word(L, j + 1))
            j++;
        if (j == k || j + 1 >= L->n || L->t[j].gap != 2 || !firm_word(L, j + 1) ||
            (L->t[j + 1].gap && j + 2 < L->n && L->t[j + 2].cap))
            continue;
        for (int i = k; i < j; i++)
            L->t[i].gap = 2;
        k = j + 1;
    }
}


/* The capitalised run of words starting at k (stops at a title, a possessive or a break);
 * returns its end. */
static int run_from(const en_line *L, int k)
{
    int b = k;
    while (b < L->n && L->t[b].cap && !L->t[b].title) {
        b++;
        if (L->t[b - 1].poss || L->t[b - 1].gap == 0 || (L->t[b - 1].end > L->t[b - 1].e && tok_is(L, EN_ABBREV, b - 1)))
            break;
    }
    return b;
}

/* The capitalised run ending at word b - 1 (exclusive end b); returns its start. */
static int run_to(const en_line *L, int b)
{
    int a = b;
    while (a > 0 && L->t[a - 1].cap && !L->t[a - 1].title) {
        if (a < b && (L->t[a - 1].gap == 0 || L->t[a - 1].poss ||
                      (L->t[a - 1].end > L->t[a - 1].e && tok_is(L, EN_ABBREV, a - 1))))
            break;
        a--;
    }
    return a;
}

/* Drop sentence openers and other no-name words from the left of [a, b). */
static int strip_left(const en_line *L, int a, int b)
{
    while (a < b && (tok_is(L, EN_HONORIFIC, a) || (tok_is(L, EN_NOT_NAME, a) && !tok_is(L, EN_GENERIC, a)) ||
                     /* a sentence's first word that is a company noun: "Rival Lowe's", "Chipmaker Arm" */
                     (a + 1 < b && L->t[a].start && tok_is(L, EN_BEFORE, a)) ||
                     /* "Sacramento-based McClatchy": a place */
                     (a + 1 < b && L->t[a].e - L->t[a].s > 6 && L->cp[L->t[a].e - 6] == '-' &&
                      L->cp[L->t[a].e - 5] == 'b' && L->cp[L->t[a].e - 1] == 'd')))
        a++;
    return a;
}

/* A known company (gazetteer or ticker) at the start of s followed only by company words
 * ("Goldman Sachs Group Inc." holds the known "Goldman Sachs"): the whole name joins it as an
 * alias; returns that alias candidate, or -1. */
static int known_core(en_line *L, gx_span s)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY || (c->source != GX_SRC_GAZETTEER && c->source != GX_SRC_TICKER) ||
            c->span.start != s.start || c->span.end >= s.end || cp[c->span.end] != ' ')
            continue;
        bool ok = true;
        for (int32_t k = c->span.end + 1; k < s.end && ok;) {
            int32_t we = k;
            while (we < s.end && cp[we] != ' ')
                we++;
            ok = (we == k + 1 && cp[k] == '&') || span_is(L, EN_SUFFIX, k, we > k && cp[we - 1] == '.' ? we - 1 : we) != NULL;
            k = we + 1;
        }
        if (ok) {
            /* the gazetteer entry goes with it, so that it joins the known company whichever of
             * the identical spans resolution keeps */
            int a = gx_add_candidate(art, s, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.95f, c->canonical, i);
            art->candidates.v[a].lex_id = art->candidates.v[i].lex_id;
            art->candidates.v[a].ticker = art->candidates.v[i].ticker;
            return a;
        }
    }
    return -1;
}

/* Is the word [s, e) somebody's last name in this article: does it follow a capitalised word or an
 * initial somewhere ("Tom Johnston", "James P. Kennedy" ... "Kennedy said in a statement"), that
 * word being no opener, title or company word (In Johnston, Boeing Co)? */
static bool is_surname(const en_line *L, int32_t s, int32_t e)
{
    const gx_article *art = L->art;
    const uint32_t *cp = art->cp;
    int32_t n = e - s;
    for (int32_t k = 2; k + n <= art->ncp; k++) {
        if (k == s || cp[k] != cp[s] || cp[k - 1] != ' ' || memcmp(cp + k, cp + s, sizeof(uint32_t) * (size_t)n) ||
            (k + n < art->ncp && word_char(cp[k + n])))
            continue;
        int32_t we = k - 1, w = we;
        while (w > 0 && (word_char(cp[w - 1]) || cp[w - 1] == '.' || cp[w - 1] == '-'))
            w--;
        if (w == we || !is_cap(cp[w]))
            continue;
        int32_t wt = cp[we - 1] == '.' ? we - 1 : we;
        if (span_is(L, EN_NOT_NAME, w, wt) || span_is(L, EN_TITLE, w, wt) || span_is(L, EN_SUFFIX, w, wt) ||
            span_is(L, EN_GENERIC, w, wt) || span_is(L, EN_HONORIFIC, w, we))
            continue;
        return true;
    }
    return false;
}

/* A company candidate whose text is [s, e) followed by company words ("Meridian Trust" of
 * "Meridian Trust Financial Corp."): a later mention joins it as an alias; returns that alias
 * candidate, or -1. */
static int core_of_known(en_line *L, gx_span s)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    int32_t n = s.end - s.start;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY || c->source == GX_SRC_TAGGER || c->source == GX_SRC_ALIAS ||
            c->span.end - c->span.start <= n + 1 || cp[c->span.start + n] != ' ' ||
            memcmp(cp + c->span.start, cp + s.start, sizeof(uint32_t) * (size_t)n))
            continue;
        bool ok = true;
        for (int32_t k = c->span.start + n + 1; k < c->span.end && ok;) {
            int32_t we = k;
            while (we < c->span.end && cp[we] != ' ')
                we++;
            ok = span_is(L, EN_SUFFIX, k, we > k && cp[we - 1] == '.' ? we - 1 : we) != NULL;
            k = we + 1;
        }
        if (!ok)
            continue;
        return gx_add_candidate(art, s, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.85f, NULL, i);
    }
    return -1;
}

/* The organisation (company or government) named by words [a, b): an existing candidate with that
 * span or covering it, a known company's name without its legal form, or (bare: after "at") a new
 * company candidate; without bare only names ending in a company or government word are new. -1
 * when the words are no name. */
static bool us_prefix(const en_line *L, int k);
static int32_t place_prefix(const en_line *L, int k, int a);

static int org_of_words(en_line *L, int a, int b, float score, bool bare)
{
    int a0 = a;
    a = strip_left(L, a, b);
    /* "VOA Pentagon correspondent": a government body's whole name ending a longer run is the
     * organisation (the beat); the words before it are another name (the outlet), not part of it
     * (unless they are "U.S." or a state: "U.S. Senate") */
    if (b - a >= 2 && !span_is(L, EN_GOV, L->t[a].s, L->t[b - 1].e))
        for (int j = a + 1; j < b; j++)
            if (span_is(L, EN_GOV, L->t[j].s, L->t[b - 1].e) && !us_prefix(L, j - 1) && place_prefix(L, a, j) < 0)
                return org_of_words(L, j, b, score, bare);
    if (a >= b || (only_weak_words(L, a, b) && !span_is(L, EN_GOV, L->t[a].s, L->t[b - 1].e) &&
                   !(b - a >= 2 && tok_is(L, EN_GOV_HEAD, b - 1) && gov_words_ok(L, a, b))))
        return -1;
    /* "Oscar-winning actress", "Texas-based analyst": a word ending in a lower-case part after a
     * hyphen is an adjective, no organisation's last word */
    for (int32_t i = L->t[b - 1].e - 2; i > L->t[b - 1].s; i--)
        if (L->cp[i] == '-') {
            if (L->cp[i + 1] >= 'a' && L->cp[i + 1] <= 'z')
                return -1;
            break;
        }
    gx_span s = words_span(L, a, b);
    if (L->t[b - 1].end > L->t[b - 1].e && !tok_is(L, EN_ABBREV, b - 1))
        s.end = L->t[b - 1].e;
    int c = known_core(L, s);
    if (c < 0 && (c = cand_covering(L->art, s.start, s.end, GX_ORGLIKE)) >= 0) {
        /* a candidate reaching past the run (into the title or the holder) is no reading of it */
        const gx_candidate *o = &L->art->candidates.v[c];
        if (o->span.end > s.end + 1 || o->span.start < L->t[a0].s)
            c = -1;
    }
    if (c >= 0 || (c = core_of_known(L, s)) >= 0)
        return c;
    bool gov = span_is(L, EN_GOV, s.start, s.end) || span_is(L, EN_GOV_ALIAS, s.start, s.end) ||
               (b - a >= 2 && tok_is(L, EN_GOV_HEAD, b - 1));
    bool worded = gov || (b - a >= 2 && tok_is(L, EN_SUFFIX, b - 1));
    if (!worded && cand_covering(L->art, s.start, s.end, 1 << GX_ENT_PERSON) >= 0)
        return -1;
    if (!worded && (!bare || (b - a == 1 && is_surname(L, s.start, s.end))))
        return -1;
    bool org = false;
    for (int k = a; k < b; k++) {
        L->t[k].used = true;
        org = org || tok_is(L, EN_ORG_WORD, k);
    }
    return add(L->art, s, gov ? GX_ENT_GOVERNMENT : org ? GX_ENT_ORGANIZATION : GX_ENT_COMPANY, score);
}

/* ------------------------------------------------------------------ titles and holders */

static bool lower_word_is(const en_line *L, int k, const char *w);

/* The position with this title span, or a new one. */
static gx_position *position_at(gx_article *art, gx_span ts)
{
    for (int i = 0; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        if (p->span.start < ts.end && ts.start < p->span.end) {
            /* the people rules' title inside ours (chief executive in co-chief executive) */
            if (ts.end - ts.start > p->span.end - p->span.start) {
                p->span = ts;
                p->title = gx_article_span_text(art, ts);
                /* "founder and former CEO": the people rules' other positions inside it are this one */
                for (int j = art->positions.n - 1; j > i; j--) {
                    gx_position *q = &art->positions.v[j];
                    if (q->span.start < ts.start || q->span.end > ts.end)
                        continue;
                    if (p->person < 0)
                        p->person = q->person;
                    if (p->organization < 0)
                        p->organization = q->organization;
                    memmove(q, q + 1, sizeof *q * (size_t)(art->positions.n - j - 1));
                    art->positions.n--;
                }
            }
            return p;
        }
    }
    gx_position *p = GX_VEC_PUSH(art->arena, art->positions);
    p->title = gx_article_span_text(art, ts);
    p->span = ts;
    p->person = -1;
    p->organization = -1;
    return p;
}

/* Is word k a generational suffix of a name (Jr., Sr.), written after the last name? */
static bool name_suffix(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    const uint32_t *cp = L->cp;
    return k > 0 && t->e - t->s == 2 && (cp[t->s] == 'J' || cp[t->s] == 'S') && cp[t->s + 1] == 'r' &&
           L->t[k - 1].gap == 1 && !L->t[k - 1].poss;
}

/* Whether a person may stand on words a..b-1: no company, organisation, government body or place
 * candidate covers them. */
static bool person_room(const en_line *L, int a, int b)
{
    return cand_covering(L->art, L->t[a].s, L->t[b - 1].e, GX_ORGLIKE | (1 << GX_ENT_LOCATION)) < 0;
}

static int person_cand(en_line *L, int a, int b)
{
    gx_span s = {L->t[a].s, L->t[b - 1].e};
    if (b - a >= 3 && name_suffix(L, b - 1))
        s.end = L->t[b - 1].end; /* Patrick W. Carlineo Jr. (its period) */
    int have = cand_with_span(L->art, s, 1 << GX_ENT_PERSON);
    for (int k = a; k < b; k++)
        L->t[k].used = true;
    if (have >= 0)
        return have;
    return gx_add_candidate(L->art, s, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
}

/* Whether nothing capitalised stands before word k in its run but sentence openers and
 * honorifics ("The", "Mr."): word k opens a name, not the tail of a longer capitalised name. */
static bool clear_lead(const en_line *L, int k)
{
    for (int j = run_to(L, k + 1); j < k; j++)
        if (!tok_is(L, EN_NOT_NAME, j) && !tok_is(L, EN_HONORIFIC, j))
            return false;
    return true;
}

static int kr_given(const en_line *L, int k);

/* Is word k a known given name, or two of them joined by a hyphen ("Pierre-Luc", "Jean-Julien";
 * each part capitalised and listed)? */
static bool given_word(const en_line *L, int k)
{
    if (tok_is(L, EN_GIVEN, k))
        return true;
    const en_tok *t = &L->t[k];
    for (int32_t h = t->s + 2; h + 2 < t->e; h++)
        if (L->cp[h] == '-')
            return is_cap(L->cp[h + 1]) && span_is(L, EN_GIVEN, t->s, h) != NULL &&
                   span_is(L, EN_GIVEN, h + 1, t->e) != NULL;
    return false;
}

/* A person named by a known given name and one or two more name words ("Taylor Swift", "Joe
 * Biden", "Mary E. Lovely"), with no title or verb of speech near: the run holds just these words
 * (nothing capitalised before them but openers and honorifics, nothing after them), no word of
 * them is a company, government, venue, street or generic word, and no company, organisation,
 * government or place the article already has covers them (Morgan Stanley, Charles Schwab). */
static void given_names(en_line *L)
{
    for (int k = 0; k < L->n; k++) {
        if (L->t[k].used || !L->t[k].cap || !given_word(L, k))
            continue;
        /* "Kim Jong", "Lee Seo": a Korean family name (also a given name) before a Korean syllable is
         * a name in Korean order, korean_names()' to read or to leave, not "Kim" + a surname */
        if (tok_is(L, EN_KR_SURNAME, k) && k + 1 < L->n && !L->t[k].poss && L->t[k].gap == 1 && kr_given(L, k + 1) > 0)
            continue;
        int b = run_from(L, k);
        if (!clear_lead(L, k) || b - k < 2 || b - k > 3 || !person_shape(L, k, b))
            continue;
        bool ok = true;
        for (int j = k + 1; j < b && ok; j++)
            ok = !L->t[j].used && !tok_is(L, EN_GENERIC, j) && !tok_is(L, EN_VENUE, j) && !tok_is(L, EN_STREET, j) &&
                 !tok_is(L, EN_PRODUCT_WORD, j);
        /* "won Tony Moly cosmetics": a name before a kind of product is its brand, not a person */
        if (ok && b < L->n && L->t[b - 1].gap == 1 && !L->t[b - 1].poss && !L->t[b].cap && tok_is(L, EN_BRAND_NOUN, b))
            ok = false;
        if (!ok || !person_room(L, k, b))
            continue;
        person_cand(L, k, b);
        k = b - 1;
    }
}

static bool same_text(const uint32_t *cp, int32_t a, int32_t b, int32_t n);

/* Does the article write "the " right before the words [s, e) ("the Red Wings", "the Blue
 * Jackets")? A team's or a thing's name, never a person's. */
static bool after_the_in_text(const gx_article *art, int32_t s, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t n = e - s;
    for (int32_t k = 4; k + n <= art->ncp; k++)
        if (cp[k] == cp[s] && (k + n == art->ncp || !word_char(cp[k + n])) && cp[k - 1] == ' ' && cp[k - 2] == 'e' &&
            cp[k - 3] == 'h' && (cp[k - 4] == 't' || cp[k - 4] == 'T') && (k == 4 || !word_char(cp[k - 5])) &&
            same_text(cp, k, s, n))
            return true;
    return false;
}

/* A person's act in a game's account after word b-1 (the name's last word), "also" allowed first:
 * a person's verb ("scored", "was ejected"), a stat verb with a stat noun within four words
 * ("stopped 27 shots", "made 35 saves", "had a goal", "rushed for 101 yards"), or a box score's
 * count and stat noun right after the name ("7 saves", "1 assist"). */
static bool person_act(const en_line *L, int b)
{
    if (b >= L->n || L->t[b - 1].gap != 1 || L->t[b - 1].poss || L->t[b].cap)
        return false;
    if (phrase_at(L, EN_PERSON_VERB, b) > 0)
        return true;
    /* a box score: "Jo Vay 7 saves.", "Ed Quell 1 goal, 2 assists" (a count, then a stat noun) */
    bool count = true;
    for (int32_t i = L->t[b].s; i < L->t[b].e && count; i++)
        count = L->cp[i] >= '0' && L->cp[i] <= '9';
    if (count && L->t[b].e - L->t[b].s <= 3 && b + 1 < L->n && L->t[b].gap == 1 && tok_is(L, EN_STAT_NOUN, b + 1))
        return true;
    int v = b;
    if (lower_word_is(L, v, "also") && L->t[v].gap == 1 && v + 1 < L->n)
        v++;
    if (v != b && phrase_at(L, EN_PERSON_VERB, v) > 0)
        return true;
    if (!tok_is(L, EN_STAT_VERB, v))
        return false;
    for (int j = v + 1; j < L->n && j <= v + 4 && L->t[j - 1].gap == 1 && !L->t[j - 1].poss; j++)
        if (!L->t[j].cap && tok_is(L, EN_STAT_NOUN, j))
            return true;
    return false;
}

/* People shown by what the text says of them, whatever their given name: a relative named after
 * "his|her|their <kin>" ("founded by her mother, Pauline Phillips", "his wife Ana Dursley"), a
 * second name after a person's ", also known as" ("Abigail Van Buren, also known as Jeanne
 * Phillips"), and a name before a person's verb ("the house where Adolf Hitler was born", "Jon
 * Quell pleaded guilty"). The name is a run of just two or three person-shaped words (nothing
 * capitalised before them but openers), none of them a generic, venue, street, product, state or
 * celestial word, with no company, organisation, government or place covering them. */
static void context_people(en_line *L)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    for (int k = 0; k + 1 < L->n; k++) {
        if (L->t[k].used || !L->t[k].cap || !clear_lead(L, k))
            continue;
        int b = run_from(L, k);
        if (b - k < 2 || b - k > 3 || !person_shape(L, k, b))
            continue;
        bool ok = true;
        for (int j = k; j < b && ok; j++)
            ok = !L->t[j].used && !tok_is(L, EN_GENERIC, j) && !tok_is(L, EN_VENUE, j) && !tok_is(L, EN_STREET, j) &&
                 !tok_is(L, EN_PRODUCT_WORD, j) && !tok_is(L, EN_STATE, j) && !tok_is(L, EN_CELESTIAL, j) &&
                 !tok_is(L, EN_COUNTRY, j) && !tok_is(L, EN_TITLE_MOD, j);
        if (!ok || !person_room(L, k, b))
            continue;
        bool shown = false;
        /* "her mother, Pauline Phillips" / "his wife Ana Dursley" */
        int r = k - 1;
        bool comma = r >= 0 && L->t[r].gap == 0 && !L->t[r].poss && cp[L->t[r].end] == ',' && L->t[k].s == L->t[r].end + 2;
        if (r >= 1 && (comma || L->t[r].gap == 1) && !L->t[r].cap && tok_is(L, EN_KIN, r) && L->t[r - 1].gap == 1 &&
            (lower_word_is(L, r - 1, "his") || lower_word_is(L, r - 1, "her") || lower_word_is(L, r - 1, "their")))
            shown = true;
        /* "Abigail Van Buren, also known as Jeanne Phillips" */
        if (!shown && k >= 4 && lower_word_is(L, k - 1, "as") && lower_word_is(L, k - 2, "known") &&
            lower_word_is(L, k - 3, "also") && L->t[k - 1].gap == 1 && L->t[k - 2].gap == 1 && L->t[k - 3].gap == 1 &&
            L->t[k - 4].gap == 0 && cp[L->t[k - 4].end] == ',' &&
            cand_covering(art, L->t[k - 4].s, L->t[k - 4].e, 1 << GX_ENT_PERSON) >= 0)
            shown = true;
        /* "where Adolf Hitler was born", "Tuukka Rask made 25 saves", "Jo Ann and Ed Vay scored" (the
         * act after a second name joined by "and"); never a name the article writes after "the" (a
         * team: "the Red Wings") */
        if (!shown) {
            int v = b;
            if (b + 2 < L->n && lower_word_is(L, b, "and") && L->t[b - 1].gap == 1 && !L->t[b - 1].poss &&
                L->t[b].gap == 1 && L->t[b + 1].cap && clear_lead(L, b + 1)) {
                int d = run_from(L, b + 1);
                if (person_shape(L, b + 1, d))
                    v = d;
            }
            shown = person_act(L, v) && !after_the_in_text(art, L->t[k].s, L->t[b - 1].e);
        }
        if (!shown)
            continue;
        person_cand(L, k, b);
        k = b - 1;
    }
}

/* Is word k a Roman numeral of a monarch's number (II, III, IV, VIII)? */
static bool regnal_number(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    if (t->e - t->s < 1 || t->e - t->s > 4)
        return false;
    for (int32_t i = t->s; i < t->e; i++)
        if (L->cp[i] != 'I' && L->cp[i] != 'V' && L->cp[i] != 'X')
            return false;
    return true;
}

/* Royal and noble titles before a given name ("Prince Andrew", "Queen Elizabeth II", "King
 * Charles"): the title and the name are the person's name, as news writes it. The title word alone
 * is also a surname or a band's name (Stephen King, Queen): it names a person only when it opens
 * its run (nothing capitalised before it but openers) and is followed by just a known given name
 * (and a regnal number), nothing capitalised after them (Prince Edward Island, Queen Mary
 * University); no place or body the article has covers them. (No position is made of the
 * title: the resolution would cut a title inside the name off it, leaving `Andrew`.) */
static void royal_names(en_line *L)
{
    for (int k = 0; k + 1 < L->n; k++) {
        if (L->t[k].used || !L->t[k].cap || L->t[k].poss || L->t[k].gap != 1 || !tok_is(L, EN_ROYAL, k) ||
            !clear_lead(L, k) || L->t[k + 1].used || !tok_is(L, EN_GIVEN, k + 1) || !name_word(L, k + 1))
            continue;
        int b = k + 2;
        if (b < L->n && !L->t[k + 1].poss && L->t[k + 1].gap == 1 && regnal_number(L, b))
            b++;
        if (run_from(L, k) != b)
            continue;
        if (!person_room(L, k, b))
            continue;
        person_cand(L, k, b);
        k = b - 1;
    }
}

/* Two-word names paired with a person by "and" ("the likes of Kanye West and Kim Kardashian",
 * "Jane Doe and Ozzy Osbourne"): the other side is a person named with a known given name; this side
 * is a run of just two person-shaped words (nothing capitalised before them but openers), none of
 * them a generic, venue, street or product word, with no company, organisation, government or place
 * covering them. */
static void paired_people(en_line *L)
{
    gx_article *art = L->art;
    for (int k = 0; k + 1 < L->n; k++) {
        if (L->t[k].used || !L->t[k].cap || !clear_lead(L, k) || run_from(L, k) != k + 2 || !person_shape(L, k, k + 2))
            continue;
        bool ok = true;
        for (int j = k; j < k + 2 && ok; j++)
            ok = !L->t[j].used && !L->t[j].poss && !tok_is(L, EN_GENERIC, j) && !tok_is(L, EN_VENUE, j) &&
                 !tok_is(L, EN_STREET, j) && !tok_is(L, EN_PRODUCT_WORD, j) && !tok_is(L, EN_CELESTIAL, j);
        /* "Raven Klaasen of South Africa and Michael Venus": a name's "of X Y" is its place */
        if (k >= 2 && lower_word_is(L, k - 1, "of") && L->t[k - 2].cap)
            continue;
        if (!ok || !person_room(L, k, k + 2))
            continue;
        /* the person on the other side of "and": its first word a given name */
        int o = -1, ob = -1;
        if (k + 3 < L->n && lower_word_is(L, k + 2, "and") && L->t[k + 1].gap == 1 && L->t[k + 2].gap == 1) {
            o = k + 3;
            ob = run_from(L, o);
        } else if (k >= 3 && lower_word_is(L, k - 1, "and") && L->t[k - 1].gap == 1 && L->t[k - 2].gap == 1) {
            ob = k - 1;
            o = run_to(L, ob);
        }
        if (o < 0 || ob - o < 2 || ob - o > 3 || !given_word(L, o) ||
            cand_with_span(art, (gx_span){L->t[o].s, L->t[ob - 1].e}, 1 << GX_ENT_PERSON) < 0)
            continue;
        person_cand(L, k, k + 2);
        k++;
    }
}

/* Is an age written right after word k: ", 38," / ", 38 -" / ", 38 –" (one to three digits, 1-119)? */
static bool age_after(const en_line *L, int k, int32_t le)
{
    const uint32_t *cp = L->cp;
    int32_t i = L->t[k].end;
    if (L->t[k].poss || i + 3 > le || cp[i] != ',' || cp[i + 1] != ' ')
        return false;
    int32_t d = i + 2, v = 0;
    while (d < le && d - i - 2 < 4 && cp[d] >= '0' && cp[d] <= '9')
        v = v * 10 + (int32_t)(cp[d++] - '0');
    if (d == i + 2 || d - i - 2 > 3 || v < 1 || v > 119 || d >= le)
        return false;
    if (cp[d] == ',' || cp[d] == ')')
        return true;
    return d + 1 < le && cp[d] == ' ' && (cp[d + 1] == '-' || cp[d + 1] == 0x2013 || cp[d + 1] == 0x2014);
}

/* People named with their age ("Scott Borchetta, 58, said", "Braun, 38 - who reps ..."), news
 * style for a person: a run of two or three person-shaped words followed by an age is a person
 * (the guards of given_names()); a single such word is kept in aged (the article's words are read
 * for its full name after all lines: aged_full_names()). */
static void aged_people(en_line *L, int32_t le, en_span_vec *aged)
{
    for (int k = 0; k < L->n; k++) {
        if (!L->t[k].cap || L->t[k].used || !age_after(L, k, le))
            continue;
        int a = run_to(L, k + 1);
        while (a < k && (tok_is(L, EN_NOT_NAME, a) || tok_is(L, EN_HONORIFIC, a)))
            a++;
        int sfx = k - a >= 2 && name_suffix(L, k); /* "Patrick W. Carlineo Jr., 55," */
        bool ok = k + 1 - a <= 3 + sfx;
        for (int j = a; j <= k && ok; j++)
            ok = !L->t[j].used && !L->t[j].title && !tok_is(L, EN_NOT_NAME, j) && !tok_is(L, EN_GENERIC, j) &&
                 !tok_is(L, EN_VENUE, j) && !tok_is(L, EN_STREET, j) && !tok_is(L, EN_PRODUCT_WORD, j) &&
                 !tok_is(L, EN_SUFFIX, j) && !tok_is(L, EN_GOV_HEAD, j) && !tok_is(L, EN_ORG_WORD, j) &&
                 !tok_is(L, EN_STATE, j) && !tok_is(L, EN_CELESTIAL, j);
        if (!ok || !person_room(L, a, k + 1))
            continue;
        gx_span s = {L->t[a].s, L->t[k].e};
        if (k > a && person_shape(L, a, k + 1 - sfx))
            person_cand(L, a, k + 1);
        else if (k == a && L->t[k].e - L->t[k].s >= 3 && cand_covering(L->art, s.start, s.end, 1 << GX_ENT_PERSON) < 0)
            *GX_VEC_PUSH(L->art->arena, *aged) = s;
    }
}

/* Is word k a Chinese given name in pinyin of two syllables (Jinping, Keqiang): a capital, then
 * lower-case ASCII letters only, splitting into two syllables of the pinyin list? */
static bool pinyin_given(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    if (t->e - t->s < 3 || t->e - t->s > 12 || !(L->cp[t->s] >= 'A' && L->cp[t->s] <= 'Z'))
        return false;
    for (int32_t i = t->s + 1; i < t->e; i++)
        if (!(L->cp[i] >= 'a' && L->cp[i] <= 'z'))
            return false;
    for (int32_t m = t->s + 1; m < t->e; m++)
        if (span_is(L, EN_PINYIN, t->s, m) && span_is(L, EN_PINYIN, m, t->e))
            return true;
    return false;
}

/* A Chinese name in its own order, family name first ("under Xi Jinping", "Li Keqiang said"): a
 * pinyin family name and a two-syllable pinyin given name, the run just these two words (nothing
 * capitalised before them but openers and honorifics), no company, organisation, government or
 * place the article already has covering them. */
static void chinese_names(en_line *L)
{
    for (int k = 0; k + 1 < L->n; k++) {
        if (L->t[k].used || L->t[k + 1].used || !L->t[k].cap || !tok_is(L, EN_CN_SURNAME, k) ||
            !pinyin_given(L, k + 1))
            continue;
        if (!clear_lead(L, k) || run_from(L, k) != k + 2 || !person_shape(L, k, k + 2))
            continue;
        if (!person_room(L, k, k + 2))
            continue;
        person_cand(L, k, k + 2);
        k++;
    }
}

/* Is word k one syllable of a Korean given name in romanisation (Hye, Jin, Taek): a capital, then
 * lower-case ASCII letters making one listed syllable? With two, n is 2: a given name written in one
 * word (Yongwoo, Minjeong) or with a hyphen (Jae-in, Geun-hye). */
static int kr_given(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    if (t->e - t->s < 2 || t->e - t->s > 12 || !(L->cp[t->s] >= 'A' && L->cp[t->s] <= 'Z'))
        return 0;
    int32_t hy = -1;
    for (int32_t i = t->s + 1; i < t->e; i++) {
        if (L->cp[i] == '-' && hy < 0 && i > t->s + 1 && i + 2 < t->e)
            hy = i;
        else if (!(L->cp[i] >= 'a' && L->cp[i] <= 'z'))
            return 0;
    }
    if (hy >= 0)
        return span_is(L, EN_KR_SYLLABLE, t->s, hy) && span_is(L, EN_KR_SYLLABLE, hy + 1, t->e) ? 2 : 0;
    if (span_is(L, EN_KR_SYLLABLE, t->s, t->e))
        return 1;
    for (int32_t m = t->s + 2; m + 1 < t->e; m++)
        if (span_is(L, EN_KR_SYLLABLE, t->s, m) && span_is(L, EN_KR_SYLLABLE, m, t->e))
            return 2;
    return 0;
}

/* A Korean name in its own order, family name first ("Nam Yongwoo, Lee Gisoo", "Kim Hye Su",
 * "Moon Jae-in"): a listed family name and a given name of two syllables, in one word or two; the
 * run just these words (nothing capitalised before them but openers and honorifics), no company,
 * organisation, government or place the article already has covering them. A given name of one
 * syllable is left (Kim Jong, Park Ho read as much else). */
static void korean_names(en_line *L)
{
    for (int k = 0; k + 1 < L->n; k++) {
        if (L->t[k].used || L->t[k + 1].used || !L->t[k].cap || L->t[k].poss || L->t[k].gap != 1 ||
            !tok_is(L, EN_KR_SURNAME, k))
            continue;
        int g = kr_given(L, k + 1), b = k + 2;
        if (g == 1 && k + 2 < L->n && !L->t[k + 1].poss && L->t[k + 1].gap == 1 && !L->t[k + 2].used &&
            kr_given(L, k + 2) == 1)
            b = k + 3;
        else if (g != 2)
            continue;
        if (!clear_lead(L, k) || run_from(L, k) != b || !person_shape(L, k, b))
            continue;
        if (!person_room(L, k, b))
            continue;
        person_cand(L, k, b);
        k = b - 1;
    }
}

/* The company last named before pos (for "the company's chief executive"), or -1. */
static int last_company_before(const gx_article *art, int32_t pos)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_COMPANY && c->span.end <= pos && c->source != GX_SRC_TAGGER &&
            (best < 0 || c->span.end > art->candidates.v[best].span.end))
            best = i;
    }
    return best;
}

/* Is the title at word t0 one that an unknown name before it may own: lower case (spokesman,
 * chief executive) or a C-suite acronym (CEO), not a capitalised title (Art Director, Interior
 * Minister, where the word before is often no company)? */
static bool bare_title(const en_line *L, int t0)
{
    const uint32_t *cp = L->cp;
    const en_tok *t = &L->t[t0];
    if (cp[t->s] >= 'a' && cp[t->s] <= 'z')
        return true;
    return t->e - t->s == 3 && cp[t->s] == 'C' && gx_is_upper(cp[t->s + 1]) && cp[t->s + 2] == 'O';
}

/* A lower-case particle of a name (van, von, der, de, da, di, du, bin, al)? */
static bool particle(const en_line *L, int k)
{
    static const char *const P[] = {"van", "von", "der", "den", "de", "da", "di", "du", "bin", "al", "la", "le", NULL};
    for (int j = 0; P[j]; j++)
        if (lower_word_is(L, k, P[j]))
            return true;
    return false;
}

/* Can word h alone be the holder after a capitalised title: a capitalised word, no no-name,
 * generic, company, government or organization word, not followed by another capitalised word,
 * not taken by another candidate? */
static bool one_word_holder(const en_line *L, int h)
{
    const en_tok *t = &L->t[h];
    if (!t->cap || t->title || t->used || t->e - t->s < 3 || (!t->poss && t->gap && h + 1 < L->n && L->t[h + 1].cap))
        return false;
    for (int32_t i = t->s + 1; i < t->e; i++)
        if (!(L->cp[i] >= 'a' && L->cp[i] <= 'z') && L->cp[i] != '-' && L->cp[i] != '\'')
            return false;
    return !tok_is(L, EN_NOT_NAME, h) && !tok_is(L, EN_GENERIC, h) && !tok_is(L, EN_SUFFIX, h) &&
           !tok_is(L, EN_GOV, h) && !tok_is(L, EN_GOV_HEAD, h) && !tok_is(L, EN_ORG_WORD, h) &&
           !tok_is(L, EN_HONORIFIC, h) && cand_covering(L->art, t->s, t->e, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0;
}

/* Are the words a[0, na) and b[0, nb) two transliterations of one name, the longer being the
 * shorter with one vowel or y written in after its first letter (Zelenskiy / Zelensky)? Names of
 * six letters or more only: short names differ by one letter too often (Jon / Joan). */
static bool translit_variant(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb)
{
    if (na < nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        int32_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na != nb + 1 || nb < 6 || a[0] != b[0])
        return false;
    int32_t k = 1;
    while (k < nb && a[k] == b[k])
        k++;
    uint32_t v = a[k];
    if (v != 'a' && v != 'e' && v != 'i' && v != 'o' && v != 'u' && v != 'y')
        return false;
    return !memcmp(a + k + 1, b + k, sizeof(uint32_t) * (size_t)(nb - k));
}

/* The one-word holder h as a person: the last name of a person the article names in full joins
 * that person (alias; also when one is the other's transliteration: President Zelensky of
 * Volodymyr Zelenskiy), else a person of its own. */
static int last_name_of(en_line *L, int h)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    int32_t s = L->t[h].s, n = L->t[h].e - s;
    L->t[h].used = true;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON || c->source == GX_SRC_ALIAS || c->span.end - c->span.start <= n + 1 ||
            cp[c->span.end - n - 1] != ' ' || memcmp(cp + c->span.end - n, cp + s, sizeof(uint32_t) * (size_t)n))
            continue;
        return gx_add_candidate(art, (gx_span){s, s + n}, GX_ENT_PERSON, GX_SRC_ALIAS, 0.85f, NULL, i);
    }
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON || c->source == GX_SRC_ALIAS)
            continue;
        int32_t k = c->span.end;
        while (k > c->span.start && cp[k - 1] != ' ')
            k--;
        if (k > c->span.start && translit_variant(cp + k, c->span.end - k, cp + s, n))
            return gx_add_candidate(art, (gx_span){s, s + n}, GX_ENT_PERSON, GX_SRC_ALIAS, 0.85f, NULL, i);
    }
    return gx_add_candidate(art, (gx_span){s, s + n}, GX_ENT_PERSON, GX_SRC_RULE, 0.75f, NULL, -1);
}

/* Is word h the last name of a person the article named in full before it ("Michael McDonald ...
 * singer-keyboardist McDonald")? Then it is that person's after a lower-case title too
 * (twenty-eighth session, english28). */
static bool named_in_full(const en_line *L, int h)
{
    const gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    int32_t s = L->t[h].s, n = L->t[h].e - s;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->source != GX_SRC_ALIAS && c->span.end <= s &&
            c->span.end - c->span.start > n + 1 && cp[c->span.end - n - 1] == ' ' &&
            !memcmp(cp + c->span.end - n, cp + s, sizeof(uint32_t) * (size_t)n))
            return true;
    }
    return false;
}

/* Does a full name (two or three person-shaped words, the whole capitalised run) start at word j,
 * after ", ", and end before a comma or the sentence's end? */
static bool full_name_at_comma(const en_line *L, int j)
{
    int b = run_from(L, j);
    if (b - j < 2 || b - j > 3 || !person_shape(L, j, b) || L->t[b - 1].poss)
        return false;
    if (b >= L->n)
        return true;
    const en_tok *e = &L->t[b - 1];
    return e->gap == 0 && (L->cp[e->end] == ',' || L->cp[e->end] == '.');
}

/* Is the capitalised title at t0 a company's board or C-suite title (Chairman, Chief Executive,
 * CEO), held by a person named right after it (words [t1, ...) of two or three names)? Then
 * the capitalised words before it are the company's name, even two of them (Orbital Dynamics
 * Chairman Mark Eden). Presidents and ministers are left out: the word before is often a place. */
static bool corporate_title_held(const en_line *L, int t0, int t1)
{
    static const char *const W[] = {"Chairman", "Chairwoman", "Chief", "Co-founder", "Founder", NULL};
    const en_tok *t = &L->t[t0];
    bool corp = bare_title(L, t0) && L->cp[t->s] == 'C';
    for (int j = 0; W[j] && !corp; j++) {
        size_t n = strlen(W[j]);
        corp = (size_t)(t->e - t->s) == n;
        for (size_t i = 0; i < n && corp; i++)
            corp = L->cp[t->s + (int32_t)i] == (uint32_t)(unsigned char)W[j][i];
    }
    /* "Chief" alone is a police or fire chief; Chief Executive, Chief Financial Officer are not */
    if (corp && t1 - t0 == 1 && t->e - t->s == 5 && L->cp[t->s + 1] == 'h')
        corp = false;
    if (!corp || t1 >= L->n || L->t[t1 - 1].gap != 1 || !L->t[t1].cap)
        return false;
    int b = run_from(L, t1);
    return b - t1 >= 2 && b - t1 <= 3 && person_shape(L, t1, b) && (b >= L->n || !L->t[b - 1].gap || !L->t[b].cap);
}

/* One title at words [t0, t1): its holder and organisation. */
/* Is word k a label of what follows it, as in a list of credits: "Choreographer_Jeong Hye Jin",
 * "Director: Oh Kyeong Taek" (an underscore, or a colon and one space, then a capitalised word)? */
static bool label_sep(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    if (k + 1 >= L->n || t->poss || t->end != t->e || !L->t[k + 1].cap)
        return false;
    int32_t n = L->t[k + 1].s;
    return (L->cp[t->e] == '_' && n == t->e + 1) || (L->cp[t->e] == ':' && n == t->e + 2 && L->cp[t->e + 1] == ' ');
}

/* The first word of a government body's name with "and" inside ending before word b, whose last
 * capitalised run starts at word a ("the Health and Human Services secretary": a is Human), or a
 * when the words before are no such name (twenty-sixth session, eng12). */
static int and_body_start(const en_line *L, int a, int b)
{
    if (a > 2 && a < b && L->t[a - 1].gap == 1 && L->t[a - 2].gap == 1 && L->t[a - 2].cap && lower_word_is(L, a - 1, "and")) {
        int a2 = run_to(L, a - 1);
        if (span_is(L, EN_GOV, L->t[a2].s, L->t[b - 1].e) || span_is(L, EN_GOV_ALIAS, L->t[a2].s, L->t[b - 1].e))
            return a2;
    }
    return a;
}

static void title_links(en_line *L, int t0, int t1)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    int org = -1, person = -1;
    /* the organisation before: "Apple CEO", "Boeing's chief executive", "the company's president" */
    if (t0 > 0 && (L->t[t0 - 1].gap == 1 || L->t[t0 - 1].poss) && L->t[t0 - 1].cap) {
        int a = and_body_start(L, run_to(L, t0), t0);
        bool held = !L->t[t0 - 1].poss && corporate_title_held(L, t0, t1);
        if (a < t0 && !(t0 - a >= 2 && person_shape(L, a, t0) && !L->t[t0 - 1].poss && !held))
            org = org_of_words(L, a, t0, 0.75f,
                               (bare_title(L, t0) && !L->t[a].start && !tok_is(L, EN_HOLDER_ONLY, t1 - 1)) || held);
    } else if (t0 >= 2 && L->t[t0 - 1].poss && span_is(L, EN_DETERMINER, L->t[t0 - 2].s, L->t[t0 - 2].e) &&
               L->t[t0 - 1].e - L->t[t0 - 1].s == 7 && !memcmp(cp + L->t[t0 - 1].s, U"company", 7 * sizeof(uint32_t))) {
        org = last_company_before(art, L->t[t0].s);
    }
    /* ... or after: "analyst at Jefferies", "chief executive of Boeing" */
    if (org < 0 && t1 + 1 < L->n && L->t[t1 - 1].gap == 1 && L->t[t1].gap == 1 &&
        ((L->t[t1].e - L->t[t1].s == 2 && cp[L->t[t1].s] == 'a' && cp[L->t[t1].s + 1] == 't') ||
         (L->t[t1].e - L->t[t1].s == 2 && cp[L->t[t1].s] == 'o' && cp[L->t[t1].s + 1] == 'f')) &&
        L->t[t1 + 1].cap) {
        int b = run_from(L, t1 + 1);
        org = org_of_words(L, t1 + 1, b, 0.75f, L->cp[L->t[t1].s] == 'a');
    }
    /* ... or after "for" when the title speaks for its organisation: "a spokesperson for Instagram"
     * (for_title; a name that reads as a person's is no organisation: "spokesman for Tom Harper") */
    if (org < 0 && t1 + 1 < L->n && L->t[t1 - 1].gap == 1 && L->t[t1].gap == 1 && tok_is(L, EN_FOR_TITLE, t1 - 1) &&
        lower_word_is(L, t1, "for") && L->t[t1 + 1].cap) {
        int b = run_from(L, t1 + 1);
        if (!person_shape(L, t1 + 1, b) && !(b == t1 + 2 && (tok_is(L, EN_GIVEN, t1 + 1) ||
                                                            is_surname(L, L->t[t1 + 1].s, L->t[t1 + 1].e))))
            org = org_of_words(L, t1 + 1, b, 0.75f, true);
    }
    /* "the chief executive of Boeing, Dave Calhoun, said", "the Inspector-General of Police,
     * Ibrahim Idris,", "President of the Senate, Bukola Saraki,": the holder after the organisation
     * the title is of, a full name between commas (or before the sentence's end; twenty-eighth
     * session, english28). "of the X": X (a name the article has, or a whole body's name) is the
     * organisation. */
    int of_holder = -1;
    if (t1 + 2 < L->n && L->t[t1 - 1].gap == 1 && L->t[t1].gap == 1 && lower_word_is(L, t1, "of")) {
        int c = t1 + 1;
        if (lower_word_is(L, c, "the") && L->t[c].gap == 1 && c + 1 < L->n)
            c++;
        int b = L->t[c].cap && !L->t[c].title ? run_from(L, c) : c;
        const en_tok *e = &L->t[b - 1];
        if (b > c && b - c <= 4 && b + 1 < L->n && e->gap == 0 && !e->poss && cp[e->end] == ',' &&
            L->t[b].s == e->end + 2 && !person_shape(L, c, b) && full_name_at_comma(L, b)) {
            of_holder = b;
            if (org < 0 && c > t1 + 1)
                org = org_of_words(L, c, b, 0.75f, false);
        }
    }
    /* the holder after: "CEO Tim Cook", "chief executive, Dave Calhoun,", a credit's label
     * "Choreographer_Jeong Hye Jin" / "Director: Oh Kyeong Taek" */
    int h = -1;
    bool label = t1 < L->n && label_sep(L, t1 - 1);
    if (of_holder >= 0)
        h = of_holder;
    else if (t1 < L->n && (L->t[t1 - 1].gap == 1 || label))
        h = t1;
    else if (t1 < L->n && !L->t[t1 - 1].poss && L->t[t1 - 1].end < L->t[t1].s && cp[L->t[t1 - 1].end] == ',' &&
             L->t[t1].s == L->t[t1 - 1].end + 2)
        h = t1;
    /* "his longtime physician Dr. Harold Bornstein", "correspondent Dr. Sanjay Gupta": an honorific
     * between the title and its holder is neither's (twenty-eighth session, english28) */
    if (h == t1 && h + 1 < L->n && L->t[h].gap == 1 && tok_is(L, EN_HONORIFIC, h) &&
        L->t[h + 1].cap)
        h++;
    /* "ambassador to Ukraine Marie Yovanovitch", "special envoy to the Ukraine Kurt Volker": the
     * place the title is for, then its holder */
    if (h == t1 && h + 2 < L->n && lower_word_is(L, h, "to") && L->t[h].gap == 1) {
        int c = h + 1;
        if (lower_word_is(L, c, "the") && L->t[c].gap == 1 && c + 1 < L->n)
            c++;
        h = -1;
        if (L->t[c].cap && !L->t[c].title) {
            int r = run_from(L, c), a2 = c;
            while (a2 < r && tok_is(L, EN_NOT_NAME, a2) && !tok_is(L, EN_GENERIC, a2))
                a2++;
            if (a2 > c && r - a2 >= 2 && r - a2 <= 3 && person_shape(L, a2, r) && (r >= L->n || !L->t[r - 1].gap || !L->t[r].cap))
                h = a2;
        }
    }
    if (h >= 0 && L->t[h].cap && !L->t[h].used) {
        int b = run_from(L, h);
        /* Ben van Beurden, Ursula von der Leyen: lower-case particles inside a name */
        if (b - h == 1 && b + 1 < L->n && L->t[b - 1].gap == 1 && particle(L, b)) {
            int c = b;
            while (c < L->n && particle(L, c) && L->t[c].gap == 1 && c - b < 2)
                c++;
            if (c < L->n && L->t[c].cap && !L->t[c].title && !tok_is(L, EN_NOT_NAME, c) && !tok_is(L, EN_SUFFIX, c) &&
                (c + 1 >= L->n || L->t[c].gap == 0 || L->t[c].poss || !L->t[c + 1].cap)) {
                for (int j = h; j <= c; j++)
                    L->t[j].used = true;
                person = gx_add_candidate(L->art, (gx_span){L->t[h].s, L->t[c].e}, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
                h = -1;
            }
        }
    }
    if (h >= 0 && L->t[h].cap && !L->t[h].used) {
        int b = run_from(L, h);
        if (b - h > 3)
            b = h + 3;
        while (b - h >= 2 && !person_shape(L, h, b))
            b--;
        if (b - h >= 2 && person_shape(L, h, b) && (b >= L->n || !L->t[b - 1].gap || !L->t[b].cap))
            person = person_cand(L, h, b);
        else if (b == h + 1 && L->t[t1 - 1].gap == 1 && (is_cap(cp[L->t[t0].s]) || tok_is(L, EN_FIGURE, h)) &&
                 one_word_holder(L, h))
            person = last_name_of(L, h); /* "President Trump", "Senator Warren", "Ukrainian president Zelensky" */
        else if (b == h + 1 && L->t[t1 - 1].gap == 1 && !L->t[h].title && named_in_full(L, h) &&
                 cand_covering(art, L->t[h].s, L->t[h].e, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0)
            person = last_name_of(L, h); /* "singer-keyboardist McDonald" */
    }
    /* ... or before: "Dave Calhoun, Boeing's chief executive", "Jane Doe, an analyst at X" (not
     * for a label: in "Jeong Hye Jin, Director_Oh Kyeong Taek" the title is the next name's) */
    if (person < 0 && !label) {
        int k = t0;
        /* back over the organisation's words and a determiner */
        if (k > 0 && L->t[k - 1].poss && !L->t[k - 1].cap) {
            k--; /* the company's co-founder */
            if (k > 0 && span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e) && L->t[k - 1].gap == 1)
                k--;
        } else if (k > 0 && L->t[k - 1].poss) {
            /* "the opposition Labour Party's energy spokesman": the owner, a word or two, a determiner */
            int k0 = k;
            k = run_to(L, k);
            for (int j = 0; j < 2 && k > 1 && L->t[k - 1].gap == 1 && !L->t[k - 1].cap && !L->t[k - 1].poss &&
                            !span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e) && L->t[k - 2].gap == 1;
                 j++)
                k--;
            if (k > 0 && span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e) && L->t[k - 1].gap == 1)
                k--;
            else if (k < k0 && !L->t[k].cap)
                k = k0; /* lower-case words without a determiner: no apposition */
        } else if (k > 0 && L->t[k - 1].gap == 1 && L->t[k - 1].cap) {
            k = and_body_start(L, run_to(L, k), t0);
            /* "Jane Doe, a Syracuse University economist": a determiner before the organisation */
            if (k > 1 && L->t[k - 1].gap == 1 && !L->t[k - 1].cap && span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e))
                k--;
        } else {
            /* "a company spokeswoman", "a longtime analyst": one or two lower-case words */
            for (int j = 0; j < 2 && k > 1 && L->t[k - 1].gap == 1 && !L->t[k - 1].cap && !L->t[k - 1].poss &&
                            !span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e) &&
                            (L->t[k - 2].gap == 1 || poss_joined(L, k - 2));
                 j++)
                k--;
            if (k < t0 && k > 1 && poss_joined(L, k - 1)) {
                /* "Ivan Braiker, my6sense's new Chief Strategy Officer": an owner before the words */
                k = L->t[k - 1].cap ? run_to(L, k) : k - 1;
                if (k > 0 && L->t[k - 1].gap == 1 && span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e))
                    k--;
            } else if (k > 0 && L->t[k - 1].gap == 1 && span_is(L, EN_DETERMINER, L->t[k - 1].s, L->t[k - 1].e))
                k--;
            else
                k = t0;
        }
        /* "Kevin X, who was the acting director of ...": a relative clause's "who is|was" before the
         * apposition (twenty-sixth session, eng11) */
        if (k >= 4 && k < t0 && L->t[k - 1].gap == 1 && L->t[k - 2].gap == 1 &&
            (lower_word_is(L, k - 1, "is") || lower_word_is(L, k - 1, "was")) && lower_word_is(L, k - 2, "who"))
            k -= 2;
        if (k >= 2 && k < t0 + 1 && L->t[k - 1].gap == 0 && !L->t[k - 1].poss && cp[L->t[k - 1].end] == ',' &&
            L->t[k].s == L->t[k - 1].end + 2) {
            int a = run_to(L, k);
            int sfx = k - 1 > 0 && name_suffix(L, k - 1); /* "James P. Kennedy Jr., the U.S. Attorney" */
            while (a < k && k - a > 3 + sfx)
                a++;
            a = strip_left(L, a, k);
            if (k - sfx - a >= 2 && person_shape(L, a, k - sfx)) {
                person = person_cand(L, a, k);
            } else if (k - a == 1 && a >= 2 && particle(L, a - 1) && L->t[a - 1].gap == 1 && L->t[a - 2].gap == 1 &&
                       name_word(L, a) && !L->t[a].poss) {
                /* "said Monica de Bolle, a senior fellow": a particle inside the name before */
                int g = run_to(L, a - 1);
                g = strip_left(L, g, a - 1);
                if (a - 1 - g == 1 && name_word(L, g)) {
                    for (int j = g; j < k; j++)
                        L->t[j].used = true;
                    person = gx_add_candidate(art, (gx_span){L->t[g].s, L->t[k - 1].e}, GX_ENT_PERSON, GX_SRC_RULE, 0.85f,
                                              NULL, -1);
                }
            }
        }
    }
    /* "VW ID.3 official as ...": a title that is also an adjective names a position only with its holder */
    if (person < 0 && tok_is(L, EN_HOLDER_ONLY, t1 - 1))
        return;
    if (org < 0 && person < 0)
        return;
    gx_position *p = position_at(art, words_span(L, t0, t1));
    if (p->person < 0 || (label && person >= 0))
        p->person = person; /* a label's name is its holder, whoever an earlier stage read before it */
    /* an organisation that swallows the title or crosses a sentence end is no reading */
    if (p->organization >= 0 && org >= 0) {
        const gx_candidate *o = &art->candidates.v[p->organization];
        if ((o->span.start < p->span.end && p->span.start < o->span.end) || crosses_sentence(art, o->span))
            p->organization = -1;
    }
    if (p->organization < 0)
        p->organization = org;
}

/* Does a person's full name (two or three person-shaped words, the whole capitalised run) start
 * at word j, right after the word before it? */
static bool full_name_at(const en_line *L, int j)
{
    if (j <= 0 || j >= L->n || L->t[j - 1].gap != 1 || L->t[j - 1].poss)
        return false;
    int b = run_from(L, j);
    return b - j >= 2 && b - j <= 3 && person_shape(L, j, b);
}

/* Find the titles of the line (marking their words) and link each. */
static void titles(en_line *L)
{
    for (int k = 0; k < L->n; k++) {
        int m = phrase_at(L, EN_TITLE, k);
        if (m == 0)
            continue;
        /* "industry analyst Ken Doctor": a capitalised title that is also a common word, right
         * after a capitalised name word, is that name's last word; not when a person's full name
         * follows it ("House Speaker Nancy Pelosi"; twenty-eighth session, english28) */
        if (L->t[k].cap && tok_is(L, EN_HOLDER_ONLY, k + m - 1) && k > 0 && L->t[k - 1].gap == 1 &&
            L->t[k - 1].cap && !L->t[k - 1].title && !tok_is(L, EN_TITLE_MOD, k - 1) &&
            !L->t[k].start && !full_name_at(L, k + m))
            continue;
        /* "Sen." and "Rep." only as capitals; lower-case titles need no capital, capitalised ones
         * inside a run of names (Chief Executive Officer Richard McPhail) are titles too */
        int t0 = k, t1 = k + m;
        while (t0 > 0 && L->t[t0 - 1].gap == 1 && tok_is(L, EN_TITLE_MOD, t0 - 1) &&
               !(L->t[t0 - 1].cap && (tok_is(L, EN_SUFFIX, t0 - 1) || tok_is(L, EN_GOV_HEAD, t0 - 1)) && t0 >= 2 &&
                 L->t[t0 - 2].gap == 1 && L->t[t0 - 2].cap))
            t0--; /* not "Bank" of "Swiss National Bank Chairman": a company word ending a name */
        /* a plural is no title (analysts): the next character is no letter by the tokenizer */
        /* "head of equity capital markets", "director of research": the field belongs to the title */
        if (t1 + 1 < L->n && L->t[t1 - 1].gap == 1 && lower_word_is(L, t1, "of") && L->t[t1].gap == 1 &&
            !L->t[t1 + 1].cap && !span_is(L, EN_DETERMINER, L->t[t1 + 1].s, L->t[t1 + 1].e)) {
            int f = t1 + 1;
            while (f < L->n && f - t1 <= 5 && !L->t[f].cap && !lower_word_is(L, f, "at") && !lower_word_is(L, f, "of") &&
                   /* "director of emergency preparedness and response": one "and" between field words */
                   (!lower_word_is(L, f, "and") ||
                    (f > t1 + 1 && f + 1 < L->n && L->t[f].gap == 1 && !L->t[f + 1].cap &&
                     phrase_at(L, EN_TITLE, f + 1) == 0 && !span_is(L, EN_DETERMINER, L->t[f + 1].s, L->t[f + 1].e) &&
                     (f + 2 >= L->n || L->t[f + 1].gap != 1 || lower_word_is(L, f + 2, "at")))) &&
                   !lower_word_is(L, f, "for") && !lower_word_is(L, f, "said") &&
                   (f == t1 + 1 || L->t[f - 1].gap == 1))
                f++;
            if (f > t1 + 1 && (L->t[f - 1].gap != 1 || f >= L->n || lower_word_is(L, f, "at") || L->t[f].cap))
                t1 = f;
        } else if (t1 + 2 < L->n && L->t[t1 - 1].gap == 1 && lower_word_is(L, t1, "of") && L->t[t1].gap == 1 &&
                   L->t[t1 + 1].cap) {
            /* "Head of Fundamental Research at X", "vice president of Advanced Development Programs at
             * X": a capitalised field, followed by the organisation after "at", is part of the title */
            int f = run_from(L, t1 + 1);
            if (f - t1 - 1 <= 4 && f + 1 < L->n && L->t[f - 1].gap == 1 && lower_word_is(L, f, "at") &&
                L->t[f].gap == 1 && L->t[f + 1].cap && !span_is(L, EN_GOV, L->t[t1 + 1].s, L->t[f - 1].e) &&
                cand_covering(L->art, L->t[t1 + 1].s, L->t[f - 1].e, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0)
                t1 = f;
        }
        /* "co-founder and CEO": titles joined by "and" are one; so are "chairman, CEO and president"
         * (commas, then "and") */
        for (;;) {
            if (t1 + 1 < L->n && L->t[t1 - 1].gap == 1 && lower_word_is(L, t1, "and") && L->t[t1].gap == 1) {
                /* "founder and former CEO": the second title may have its modifiers */
                int j = t1 + 1;
                while (j + 1 < L->n && L->t[j].gap == 1 && !L->t[j].cap && phrase_at(L, EN_TITLE, j) == 0 &&
                       tok_is(L, EN_TITLE_MOD, j) && j - t1 <= 2)
                    j++;
                int m2 = phrase_at(L, EN_TITLE, j);
                if (m2 == 0)
                    break;
                t1 = j + m2;
                continue;
            }
            /* "CEO & founder": titles joined by " & " */
            if (t1 < L->n && L->t[t1 - 1].gap == 2 && !L->t[t1 - 1].poss) {
                int m2 = phrase_at(L, EN_TITLE, t1);
                if (m2 == 0)
                    break;
                t1 += m2;
                continue;
            }
            int j = t1, m2 = 0;
            while (j < L->n && L->t[j - 1].gap == 0 && !L->t[j - 1].poss && L->cp[L->t[j - 1].end] == ',' &&
                   L->t[j].s == L->t[j - 1].end + 2 && (m2 = phrase_at(L, EN_TITLE, j)) > 0)
                j += m2;
            if (j > t1 && j + 1 < L->n && L->t[j - 1].gap == 1 && lower_word_is(L, j, "and") && L->t[j].gap == 1 &&
                phrase_at(L, EN_TITLE, j + 1) > 0) {
                t1 = j; /* the "and <title>" is joined on the next turn */
                for (int i = k; i < t1; i++)
                    L->t[i].gap = L->t[i].gap ? L->t[i].gap : 1;
                continue;
            }
            break;
        }
        for (int j = t0; j < t1; j++)
            L->t[j].title = true;
        k = t1 - 1;
    }
    for (int k = 0; k < L->n; k++) {
        if (!L->t[k].title)
            continue;
        int b = k;
        while (b < L->n && L->t[b].title && (b == k || L->t[b - 1].gap == 1 || L->t[b - 1].gap == 2))
            b++;
        title_links(L, k, b);
        k = b - 1;
    }
}

/* Is word k a credit's label joined to its name by an underscore ("Lighting Design_Sin Ho")? */
static bool credit_sep(const en_line *L, int k)
{
    return label_sep(L, k) && L->cp[L->t[k].e] == '_';
}

/* A list of credits, each a label, an underscore and a name: "Lighting Design_Sin Ho, Video
 * Design_Jeong Jae Jin, Prop Design_Kim Sang Hee". The label (one to three capitalised words
 * opening the line or following ", " or ": ") is the title of the name after it (two or three name
 * words, up to the next comma or the line's end), also when it is no title of english.tsv. Only in
 * a line with two such credits at least; titles of the list are read by titles() already
 * (twenty-eighth session, english28). */
static void credit_labels(en_line *L)
{
    int credits = 0;
    for (int k = 0; k < L->n; k++)
        credits += credit_sep(L, k);
    for (int k = 0; credits >= 2 && k + 1 < L->n; k++) {
        if (!credit_sep(L, k) || L->t[k].title || L->t[k + 1].used)
            continue;
        int a = k;
        while (a > 0 && k - a < 2 && L->t[a - 1].gap == 1 && L->t[a - 1].cap && !L->t[a - 1].title)
            a--;
        const en_tok *p = a > 0 ? &L->t[a - 1] : NULL;
        if (p && !(p->gap == 0 && !p->poss && (L->cp[p->end] == ',' || L->cp[p->end] == ':') &&
                   L->t[a].s == p->end + 2))
            continue;
        int h = k + 1, b = run_from(L, h);
        if (b - h > 3 || !person_shape(L, h, b) || (b < L->n && L->t[b - 1].gap != 0) ||
            !person_room(L, h, b))
            continue;
        gx_position *pos = position_at(L->art, words_span(L, a, k + 1));
        if (pos->person < 0)
            pos->person = person_cand(L, h, b);
        k = b - 1;
    }
}

/* The words of a plural title at word k ("judges", "founding members", "Singer-guitarists"): the
 * number of words whose phrase, its last letter s dropped, is a title; 0 when none. */
static int plural_title_at(const en_line *L, int k)
{
    int best = 0;
    for (int m = 1; m <= L->lx->maxw[EN_TITLE] && k + m <= L->n; m++) {
        const en_tok *t = &L->t[k + m - 1];
        if (m > 1 && L->t[k + m - 2].gap != 1)
            break;
        if (t->title || t->poss || t->e - t->s < 4 || L->cp[t->e - 1] != 's' || t->end != t->e)
            continue;
        if (span_is(L, EN_TITLE, L->t[k].s, t->e - 1))
            best = m;
    }
    return best;
}

#define EN_HOLDERS_MAX 8

/* A plural title before a list of people: "judges Len Goodman, Bruno Tonioli and Carrie Ann Inaba",
 * "founding members Tom X, Michael Y and John Z", "the founders Merav X and Gaston Y". Each run of
 * two or three person-shaped words, joined by ", " and a last " and " / ", and ", is a person
 * holding the title in the singular (twenty-eighth session, english28). At least two names, the
 * list closed by "and", or one name at least after "such as" / "including" ("politicians such as
 * Bill X"); no company, body or place covering a name. */
static void plural_titles(en_line *L)
{
    gx_article *art = L->art;
    for (int k = 0; k < L->n; k++) {
        int m = plural_title_at(L, k);
        if (m == 0 || L->t[k + m - 1].gap != 1 || k + m >= L->n)
            continue;
        int t0 = k, t1 = k + m, j0 = t1;
        /* "politicians such as Bill X", "analysts including Dana Y and Gene Z": one name will do */
        bool such = false;
        if (lower_word_is(L, j0, "such") && j0 + 2 < L->n && L->t[j0].gap == 1 &&
            lower_word_is(L, j0 + 1, "as") && L->t[j0 + 1].gap == 1) {
            j0 += 2;
            such = true;
        } else if (lower_word_is(L, j0, "including") && j0 + 1 < L->n && L->t[j0].gap == 1) {
            j0 += 1;
            such = true;
        }
        if (!L->t[j0].cap)
            continue;
        while (t0 > 0 && L->t[t0 - 1].gap == 1 && !L->t[t0 - 1].cap &&
               tok_is(L, EN_TITLE_MOD, t0 - 1))
            t0--; /* "former members" */
        int ia[EN_HOLDERS_MAX], ib[EN_HOLDERS_MAX], n = 0;
        bool closed = false;
        for (int j = j0; j < L->n && n < EN_HOLDERS_MAX && !closed;) {
            int b = run_from(L, j);
            if (!person_shape(L, j, b) || !person_room(L, j, b) || L->t[b - 1].poss)
                break;
            bool used = false;
            for (int i = j; i < b; i++)
                used = used || L->t[i].title || tok_is(L, EN_NOT_NAME, i) ||
                       tok_is(L, EN_GENERIC, i);
            if (used)
                break;
            ia[n] = j;
            ib[n++] = b;
            if (b >= L->n)
                break;
            const en_tok *t = &L->t[b - 1];
            if (t->gap == 1 && lower_word_is(L, b, "and") && L->t[b].gap == 1 && b + 1 < L->n) {
                j = b + 1;
                closed = true; /* the last name follows */
                int e = run_from(L, j);
                if (!person_shape(L, j, e) || !person_room(L, j, e) || L->t[e - 1].poss)
                    break;
                ia[n] = j;
                ib[n++] = e;
            } else if (t->gap == 0 && !t->poss && L->cp[t->end] == ',' && L->t[b].s == t->end + 2) {
                j = b;
                if (lower_word_is(L, j, "and") && L->t[j].gap == 1 && j + 1 < L->n) {
                    j++;
                    closed = true;
                    int e = run_from(L, j);
                    if (!person_shape(L, j, e) || !person_room(L, j, e) || L->t[e - 1].poss)
                        break;
                    ia[n] = j;
                    ib[n++] = e;
                }
            } else
                break;
        }
        if (!(such && n >= 1) && (!closed || n < 2))
            continue;
        gx_span ts = {L->t[t0].s, L->t[t1 - 1].e - 1};
        const char *title = gx_article_span_text(art, ts);
        for (int i = t0; i < t1; i++)
            L->t[i].title = true;
        for (int i = 0; i < n; i++) {
            gx_position *p = GX_VEC_PUSH(art->arena, art->positions);
            p->title = title;
            p->span = ts;
            p->person = person_cand(L, ia[i], ib[i]);
            p->organization = -1;
        }
        k = ib[n - 1] - 1;
    }
}

/* ------------------------------------------------------------------ names by their words and context */

/* Word k is w (lower case); with cap_first, a capital first letter is allowed too (a sentence's
 * first word). */
static bool word_matches(const en_line *L, int k, const char *w, bool cap_first)
{
    if (k < 0 || k >= L->n)
        return false;
    size_t n = strlen(w);
    if ((size_t)(L->t[k].e - L->t[k].s) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = L->cp[L->t[k].s + (int32_t)i];
        if (cap_first && i == 0 && c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c != (uint32_t)(unsigned char)w[i])
            return false;
    }
    return true;
}

static bool lower_word_is(const en_line *L, int k, const char *w)
{
    return word_matches(L, k, w, false);
}

/* Parse "(NYSE: ABC)" / "(NASDAQ:ABC)" / "(ABC.N)" at pos; fills t and returns true. */
static bool exchange_ticker(const en_line *L, int32_t pos, int32_t le, gx_ticker *tk)
{
    const uint32_t *cp = L->cp;
    if (pos >= le || cp[pos] != '(')
        return false;
    int32_t i = pos + 1;
    static const struct {
        const char *w, *ex;
    } EX[] = {{"NYSE American", "NYSE"}, {"NYSE", "NYSE"}, {"NASDAQ", "NASDAQ"}, {"Nasdaq", "NASDAQ"}, {NULL, NULL}};
    const char *ex = NULL;
    for (int k = 0; EX[k].w && !ex; k++) {
        size_t n = strlen(EX[k].w);
        if (i + (int32_t)n >= le)
            continue;
        size_t j = 0;
        while (j < n && cp[i + (int32_t)j] == (uint32_t)(unsigned char)EX[k].w[j])
            j++;
        if (j == n && cp[i + (int32_t)n] == ':') {
            ex = EX[k].ex;
            i += (int32_t)n + 1;
        }
    }
    if (ex && i < le && cp[i] == ' ')
        i++;
    int32_t cs = i;
    while (i < le && i - cs < 8 && (gx_is_upper(cp[i]) || (i > cs && cp[i] == '.')))
        i++;
    int32_t ce = i;
    if (ce == cs || i >= le || cp[i] != ')')
        return false;
    if (!ex) {
        /* Reuters style: BA.N (NYSE), AAPL.O / AAPL.OQ (NASDAQ) */
        if (ce - cs >= 3 && cp[ce - 2] == '.' && cp[ce - 1] == 'N') {
            ex = "NYSE";
            ce -= 2;
        } else if (ce - cs >= 3 && cp[ce - 2] == '.' && cp[ce - 1] == 'O') {
            ex = "NASDAQ";
            ce -= 2;
        } else if (ce - cs >= 4 && cp[ce - 3] == '.' && cp[ce - 2] == 'O' && cp[ce - 1] == 'Q') {
            ex = "NASDAQ";
            ce -= 3;
        } else {
            return false;
        }
    }
    memset(tk, 0, sizeof *tk);
    for (int32_t k = cs; k < ce && k - cs < (int32_t)sizeof tk->code - 1; k++)
        tk->code[k - cs] = (char)cp[k];
    snprintf(tk->exchange, sizeof tk->exchange, "%s", ex);
    return tk->code[0] != 0;
}

/* Context words around the run [a, b) that make it a company: 2 strong (a person would not be
 * found there: shares of X, X's revenue, X (NYSE: ABC)), 1 weak (X said in a statement), 0 none. */
static int company_context(const en_line *L, int a, int b, int32_t le)
{
    const en_tok *last = &L->t[b - 1];
    /* "a stake in Kylie Jenner's cosmetics company": the cue governs what a person owns */
    if (a > 0 && L->t[a - 1].gap == 1 && (!L->t[a - 1].cap || L->t[a - 1].start) && phrase_before(L, EN_BEFORE, a) > 0 &&
        !(last->poss && b - a >= 2 && person_shape(L, a, b))) {
        /* a rival, a firm, a startup may be a person's too (political rival Joe Biden); data from a
         * university's researchers (data from Johns Hopkins; english29) */
        static const char *const WEAK[] = {"rival",    "rivals",   "peer", "firm", "startup",
                                           "start-up", "supplier", "from", NULL};
        for (int k = 0; WEAK[k]; k++)
            if (lower_word_is(L, a - 1, WEAK[k]))
                return 1;
        return 2;
    }
    if (last->poss && b < L->n && phrase_at(L, EN_POSS, b) > 0)
        return 2;
    if (!last->poss && last->gap == 1 && b < L->n && !L->t[b].cap && phrase_at(L, EN_AFTER, b) > 0)
        return lower_word_is(L, b, "said") ? 1 : 2;
    /* "X-owned", "X-backed": the hyphen keeps them one word, so read the word's tail */
    if (!last->poss && last->end + 1 < le) {
        gx_ticker tk;
        if (L->cp[last->end] == ' ' && exchange_ticker(L, last->end + 1, le, &tk))
            return 2;
        /* "Acme (ACME)": a bare ticker in brackets, unless it is the name's initials (Federal
         * Aviation Administration (FAA), Organization of ... (OPEC)) */
        if (L->cp[last->end] == ' ' && last->end + 3 < le && L->cp[last->end + 1] == '(') {
            int32_t i = last->end + 2, cs = i;
            while (i < le && i - cs < 6 && gx_is_upper(L->cp[i]))
                i++;
            if (i < le && L->cp[i] == ')' && i > cs) {
                bool initials = i - cs == b - a;
                for (int k = a, j = 0; k < b && initials; k++, j++)
                    initials = j < i - cs && L->cp[L->t[k].s] == L->cp[cs + j];
                /* not a dateline (WASHINGTON (AP)), a sentence's first word or a person (weak) */
                bool caps = true;
                for (int32_t k = L->t[a].s; k < last->e && caps; k++)
                    caps = !(L->cp[k] >= 'a' && L->cp[k] <= 'z');
                if (!initials && !caps && !(b - a == 1 && L->t[a].start) && i - cs >= 2)
                    return 1;
            }
        }
        if (L->cp[last->end] == ',' && last->end + 2 < le && L->cp[last->end + 1] == ' ' && b < L->n &&
            L->t[b].s == last->end + 2 && phrase_at(L, EN_AFTER, b) == 0) {
            /* ", the world's largest", ", which makes": the phrase starts with the comma */
            int32_t s = last->end;
            for (int m = 1; m <= 4 && b + m <= L->n; m++)
                if (span_is(L, EN_AFTER, s, L->t[b + m - 1].end) ||
                    (L->t[b + m - 1].poss && span_is(L, EN_AFTER, s, L->t[b + m - 1].e + 2)))
                    return 2;
            /* an apposition naming a kind of company: ", a Texas-based chipmaker", ", the
             * world's biggest retailer", ", an online lender" (up to five words, no comma) */
            if (span_is(L, EN_DETERMINER, L->t[b].s, L->t[b].e)) {
                for (int m = b + 1; m < L->n && m <= b + 5; m++) {
                    if (lower_word_is(L, m, "of") || (L->t[m - 1].gap == 0 && !L->t[m - 1].poss))
                        break; /* "a member of the group": the noun is another's */
                    /* "a group that lobbies", "a group representing retailers": a bare "group"
                     * described by what it does is an advocacy or other group ("a media group",
                     * "a group co-founded by" stay companies) */
                    if (m == b + 1 && lower_word_is(L, m, "group") && m + 1 < L->n && L->t[m].gap == 1 &&
                        (lower_word_is(L, m + 1, "that") || lower_word_is(L, m + 1, "which") ||
                         lower_word_is(L, m + 1, "representing") || lower_word_is(L, m + 1, "for")))
                        break;
                    if (span_is(L, EN_COMPANY_NOUN, L->t[m].s, L->t[m].e) && !L->t[m].poss &&
                        (m + 1 >= L->n || L->t[m].gap != 1 ||
                         (!span_is(L, EN_COMPANY_NOUN, L->t[m + 1].s, L->t[m + 1].e) && !phrase_at(L, EN_TITLE, m + 1))))
                        return 1; /* weak: a person-shaped name is not taken on it */
                }
            }
        }
    }
    return 0;
}

/* A word that ends in -owned / -backed / -listed: the name before the hyphen is a company. */
static int32_t hyphen_company(const en_line *L, int k)
{
    static const char *const TAILS[] = {"-owned", "-backed", "-listed", "-controlled", NULL};
    const en_tok *t = &L->t[k];
    for (int j = 0; TAILS[j]; j++) {
        int32_t n = (int32_t)strlen(TAILS[j]);
        if (t->e - t->s <= n + 1)
            continue;
        int32_t i = 0;
        while (i < n && L->cp[t->e - n + i] == (uint32_t)(unsigned char)TAILS[j][i])
            i++;
        if (i == n)
            return t->e - n;
    }
    return -1;
}

/* A word after "Treasury" that makes it the securities (yields, bonds, notes, bills)? */
static bool treasury_market(const en_line *L, int k)
{
    static const char *const W[] = {"yield", "yields", "bond", "bonds", "note", "notes", "bill", "bills", "securities",
                                    "market", "markets", "prices", "auction", "auctions", "futures", NULL};
    for (int j = 0; W[j]; j++)
        if (lower_word_is(L, k, W[j]))
            return true;
    return false;
}

/* The runs of the line, by their own words and their context. */
/* A price table's row "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%": a ticker column (one to five
 * capitals) before the company's name, a number after it. A company candidate of another rule that
 * starts with the ticker (the Latin legal-form look-back reads it in) starts after it. */
static void ticker_column(en_line *L, int32_t le)
{
    if (L->n < 3 || L->t[0].gap != 1 || !L->t[1].cap || L->t[0].end != L->t[0].e)
        return;
    const en_tok *t = &L->t[0];
    if (t->e - t->s > 5)
        return;
    for (int32_t i = t->s; i < t->e; i++)
        if (L->cp[i] < 'A' || L->cp[i] > 'Z')
            return;
    gx_article *art = L->art;
    for (int i = 0; i < art->candidates.n; i++) {
        gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY || c->source == GX_SRC_TAGGER || c->canonical || c->span.start != t->s ||
            c->span.end > le || c->span.end <= L->t[1].e)
            continue;
        int32_t k = c->span.end;
        while (k < le && L->cp[k] == ' ')
            k++;
        if (k < le && (L->cp[k] == '-' || L->cp[k] == '+' || L->cp[k] == '$'))
            k++;
        if (k < le && gx_is_digit(L->cp[k]))
            c->span.start = L->t[1].s;
    }
}

/* Is word k the country's name written before a US body ("US Senate", "the U.S. House Intelligence
 * Committee")? Such a name keeps it. */
static bool us_prefix(const en_line *L, int k)
{
    if (k < 0 || k >= L->n || L->t[k].gap != 1)
        return false;
    const en_tok *t = &L->t[k];
    const uint32_t *c = L->cp + t->s;
    return (t->end - t->s == 2 && c[0] == 'U' && c[1] == 'S') ||
           (t->end - t->s == 4 && c[0] == 'U' && c[1] == '.' && c[2] == 'S' && c[3] == '.');
}

/* Where a US state named right before word a in its run starts ("California Public Utilities
 * Commission", "New York State Department of Health"): a phrase of class "state" ending at word
 * a - 1, inside the run from word k; -1 when there is none. Such a name keeps the state. */
static int32_t place_prefix(const en_line *L, int k, int a)
{
    if (a <= k || L->t[a - 1].gap != 1 || L->t[a - 1].poss)
        return -1;
    for (int m = 1; m <= L->lx->maxw[EN_STATE] && a - m >= k; m++) {
        if (m > 1 && L->t[a - m].gap != 1)
            break;
        if (span_is(L, EN_STATE, L->t[a - m].s, L->t[a - 1].e))
            return L->t[a - m].s;
    }
    return -1;
}

/* The known (gazetteer) government body read on [s, e) with a country or state written before it
 * (from ps, "U.S. Securities and Exchange Commission"): its mention takes that word in. */
static void widen_known_gov(gx_article *art, int32_t ps, int32_t s, int32_t e)
{
    if (ps < 0 || ps >= s)
        return;
    for (int i = 0; i < art->candidates.n; i++) {
        gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_GOVERNMENT && c->source != GX_SRC_RULE && c->span.start == s && c->span.end == e)
            c->span.start = ps;
    }
}

/* "Ministry of Trade, Industry and Energy": single capitalised words after the body's "of <Word>"
 * joined by ", " up to a last " and <Word>" are the body's name (its portfolios). Word e - 1 ends
 * the "of" part; returns the end of the last listed word before " and " (the caller's loop takes
 * " and <Word>"), or e when the words do not form such a list. */
static int of_list(const en_line *L, int e)
{
    int j = e;
    while (j + 1 < L->n && L->t[j - 1].gap == 0 && L->t[j].s == L->t[j - 1].end + 2 &&
           L->cp[L->t[j - 1].end] == ',' && L->cp[L->t[j - 1].end + 1] == ' ' && L->t[j].cap && !L->t[j].title &&
           run_from(L, j) == j + 1 && name_word(L, j))
        j++;
    if (j == e || !(j + 1 < L->n && L->t[j - 1].gap == 1 && lower_word_is(L, j, "and") && L->t[j].gap == 1 &&
                    L->t[j + 1].cap && !L->t[j + 1].title && run_from(L, j + 1) == j + 2))
        return e;
    return j;
}

/* Is word k shaped as a nationality (Ecuadorean, Swedish, Chinese, Israeli): capitalised, five
 * letters or more, ending in -an, -ish, -ese or -i, no given name and no person's word the article
 * has? */
static bool demonym_shape(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    const uint32_t *cp = L->cp;
    int32_t n = t->e - t->s;
    if (!t->cap || t->poss || n < 5 || tok_is(L, EN_GIVEN, k))
        return false;
    for (int32_t i = t->s + 1; i < t->e; i++)
        if (!(cp[i] >= 'a' && cp[i] <= 'z'))
            return false;
    bool shape = (cp[t->e - 2] == 'a' && cp[t->e - 1] == 'n') ||
                 (cp[t->e - 3] == 'i' && cp[t->e - 2] == 's' && cp[t->e - 1] == 'h') ||
                 (cp[t->e - 3] == 'e' && cp[t->e - 2] == 's' && cp[t->e - 1] == 'e') || cp[t->e - 1] == 'i';
    return shape && cand_covering(L->art, t->s, t->e, 1 << GX_ENT_PERSON) < 0;
}

/* "Hong Kong police", "British police", "the UK police", "the Ecuadorean embassy", "a Hong Kong
 * court", "Swedish prosecutors": a place (a state, or a place the article has with exactly these
 * words) or a nationality-shaped word, then a lower-case organ of a state (place_noun) is a government
 * body. The end of the body, or -1. */
static int place_organ(en_line *L, int a, int b)
{
    int end = b; /* the organ's word: after the run, or its last word ("the Ecuadorean Embassy") */
    if (b - a >= 2 && tok_is(L, EN_PLACE_NOUN, b - 1) && !L->t[b - 1].poss && !tok_is(L, EN_PLACE_NOUN, b - 2))
        end = --b;
    else if (b - a > 3 || L->t[b - 1].poss || L->t[b - 1].gap != 1 || b >= L->n || L->t[b].cap ||
             !tok_is(L, EN_PLACE_NOUN, b))
        return -1;
    if (b - a > 3)
        return -1;
    gx_span s = {L->t[a].s, L->t[b - 1].e};
    bool place = span_is(L, EN_STATE, s.start, s.end) || span_is(L, EN_COUNTRY, s.start, s.end) ||
                 cand_with_span(L->art, s, 1 << GX_ENT_LOCATION) >= 0 ||
                 (b - a == 1 && demonym_shape(L, a));
    if (!place)
        return -1;
    add(L->art, (gx_span){s.start, L->t[end].e}, GX_ENT_GOVERNMENT, 0.8f);
    return end + 1;
}

/* Word k ends in a possessive ('s, ’s or a plural's ') followed by one space and word k + 1. */
static bool poss_then(const en_line *L, int k)
{
    if (k < 0 || k + 1 >= L->n || !L->t[k].poss)
        return false;
    int32_t e = L->t[k].e, n = L->t[k + 1].s;
    return (n == e + 3 && L->cp[e + 1] == 's' && L->cp[e + 2] == ' ') || (n == e + 2 && L->cp[e + 1] == ' ');
}

/* The first of up to three capitalised words joined by single spaces that end at word k (k itself
 * capitalised), or k + 1 when word k is not capitalised. */
static int cap_run_to(const en_line *L, int k)
{
    if (k < 0 || !L->t[k].cap)
        return k + 1;
    int a = k;
    while (a > 0 && k - a < 2 && L->t[a - 1].cap && L->t[a - 1].gap == 1 && !L->t[a - 1].poss && !L->t[a - 1].used)
        a--;
    return a;
}

/* A state's organs named by their owner's possessive, and named courts and prisons (eng10):
 * - "Vietnam's coast guard", "China's foreign ministry": a place (a state or country of the lexicon,
 *   or a place the article has with exactly these words), its possessive, then a state organ
 *   (state_organ; not "office") is a government body;
 * - "the territory's government", "the prosecutor's office", "the attorney general's office": "the",
 *   a lower-case polity or office-holder (owner_noun), its possessive, then a state organ;
 * - "Westminster Magistrate's Court", "the Coroners' Court": a court officer's possessive (court_poss)
 *   joined to "Court", with up to three capitalised words before it;
 * - "HMP Belmarsh", and "at Belmarsh prison", "in Belmarsh jail": one or two capitalised words (no
 *   place of the lexicon, no person) after at/in/from/to/into before a lower-case prison noun. */
static void possessive_organs(en_line *L)
{
    for (int k = 0; k < L->n; k++) {
        en_tok *t = &L->t[k];
        if (t->used)
            continue;
        if (poss_then(L, k) && !L->t[k + 1].cap) {
            int m = phrase_at(L, EN_STATE_ORGAN, k + 1);
            if (m == 0)
                continue;
            bool office = lower_word_is(L, k + 1, "office");
            int a = -1;
            if (t->cap && !office) {
                a = cap_run_to(L, k);
                gx_span s = {L->t[a].s, t->e};
                if (!(span_is(L, EN_STATE, s.start, s.end) || span_is(L, EN_COUNTRY, s.start, s.end) ||
                      cand_with_span(L->art, s, 1 << GX_ENT_LOCATION) >= 0))
                    a = -1;
            } else if (!t->cap) {
                for (int w = 2; w >= 1 && a < 0; w--) {
                    int o = k - w + 1;
                    if (o < 1 || (w == 2 && L->t[o].gap != 1) || L->t[o - 1].gap != 1 || !word_matches(L, o - 1, "the", true))
                        continue;
                    if (span_is(L, EN_OWNER_NOUN, L->t[o].s, t->e))
                        a = o;
                }
            }
            if (a < 0)
                continue;
            gx_span g = {L->t[a].s, L->t[k + m].e};
            if (cand_covering(L->art, g.start, g.end, 1 << GX_ENT_GOVERNMENT) < 0)
                add(L->art, g, GX_ENT_GOVERNMENT, 0.8f);
            for (int j = a; j <= k + m; j++)
                L->t[j].used = true;
            k += m;
            continue;
        }
        if (t->cap && poss_then(L, k) && tok_is(L, EN_COURT_POSS, k) && L->t[k + 1].cap &&
            word_matches(L, k + 1, "Court", false)) {
            int a = k > 0 && L->t[k - 1].gap == 1 && !L->t[k - 1].poss ? cap_run_to(L, k - 1) : k;
            if (a < k && L->t[a].start && word_matches(L, a, "the", true))
                a++;
            gx_span g = {L->t[a].s, L->t[k + 1].e};
            if (cand_covering(L->art, g.start, g.end, 1 << GX_ENT_GOVERNMENT) < 0)
                add(L->art, g, GX_ENT_GOVERNMENT, 0.8f);
            for (int j = a; j <= k + 1; j++)
                L->t[j].used = true;
            k++;
            continue;
        }
        /* HMP Belmarsh */
        if (t->cap && t->gap == 1 && k + 1 < L->n && L->t[k + 1].cap && word_matches(L, k, "HMP", false)) {
            int b = k + 1;
            if (b + 1 < L->n && L->t[b].gap == 1 && L->t[b + 1].cap && !L->t[b].poss)
                b++;
            add(L->art, (gx_span){t->s, L->t[b].e}, GX_ENT_GOVERNMENT, 0.8f);
            for (int j = k; j <= b; j++)
                L->t[j].used = true;
            k = b;
            continue;
        }
        /* at Belmarsh prison */
        if (t->cap || k < 1 || L->t[k - 1].gap != 1 || !L->t[k - 1].cap || L->t[k - 1].poss || !tok_is(L, EN_PRISON_NOUN, k))
            continue;
        int a = cap_run_to(L, k - 1);
        if (k - a > 2 || a < 1 || L->t[a].start || L->t[a - 1].gap != 1 ||
            !(lower_word_is(L, a - 1, "at") || lower_word_is(L, a - 1, "in") || lower_word_is(L, a - 1, "from") ||
              lower_word_is(L, a - 1, "to") || lower_word_is(L, a - 1, "into")))
            continue;
        gx_span r = {L->t[a].s, L->t[k - 1].e};
        bool ok = !span_is(L, EN_STATE, r.start, r.end) && !span_is(L, EN_COUNTRY, r.start, r.end) &&
                  cand_covering(L->art, r.start, r.end, (1 << GX_ENT_PERSON) | GX_ORGLIKE) < 0;
        for (int j = a; j < k && ok; j++)
            ok = !L->t[j].used && !L->t[j].title && !tok_is(L, EN_GIVEN, j) && !tok_is(L, EN_GENERIC, j);
        if (!ok)
            continue;
        add(L->art, (gx_span){r.start, t->e}, GX_ENT_GOVERNMENT, 0.8f);
        for (int j = a; j <= k; j++)
            L->t[j].used = true;
    }
}

/* A legislature named by its chamber word alone after "the" (english.tsv "chamber": "impeached by
 * the House", "the state Legislature will meet"): a government body, with a lower-case "state"
 * before it. Not when a capitalised word or "of" goes on (House Democrats, House Speaker, House of
 * Lords: the runs and titles read those) or the word is a possessive's object ("Trump's House").
 * (twenty-ninth session, english29) */
static void chambers(en_line *L)
{
    for (int k = 1; k < L->n; k++) {
        if (!L->t[k].cap || L->t[k].used || L->t[k].title || !tok_is(L, EN_CHAMBER, k) ||
            L->t[k - 1].gap != 1)
            continue;
        int a = k;
        if (lower_word_is(L, k - 1, "state") && k >= 2 && L->t[k - 2].gap == 1)
            a = k - 1;
        if (!(word_matches(L, a - 1, "the", true) && (!L->t[a - 1].cap || L->t[a - 1].start)) ||
            L->t[a - 1].gap != 1)
            continue;
        if (!L->t[k].poss && L->t[k].gap && k + 1 < L->n &&
            (L->t[k + 1].cap || lower_word_is(L, k + 1, "of")))
            continue;
        gx_span s = {L->t[a].s, L->t[k].e};
        if (cand_covering(L->art, s.start, s.end, GX_ORGLIKE | (1 << GX_ENT_PERSON)) >= 0)
            continue;
        add(L->art, s, GX_ENT_GOVERNMENT, 0.8f);
        for (int j = a; j <= k; j++)
            L->t[j].used = true;
    }
}

/* A country acting as a state (the gold of English news counts it as a government): a country,
 * territory or capital (english.tsv "country"), its run just those words, right before a state's
 * verb ("the US is seeking", "Sweden has dropped", "the United States, which accuses him") or right
 * after a state's object words ("extradition to Sweden", "a request from the US", "accused the UK"),
 * or joined by "and" to such a country ("accused the UK and the US"). Elsewhere ("in the US", "born
 * in Sweden") the name stays a place, as before. */
static void state_actors(en_line *L)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    int prev_end = -1; /* the word after the last country taken (for "X and the Y") */
    for (int k = 0; k < L->n; k++) {
        if (!L->t[k].cap || L->t[k].used ||
            (k > 0 && L->t[k - 1].gap && L->t[k - 1].cap && !(L->t[k - 1].start && word_matches(L, k - 1, "the", true))))
            continue;
        int m = phrase_at(L, EN_COUNTRY, k);
        if (m == 0 || run_from(L, k) != k + m)
            continue;
        int b = k + m;
        gx_span s = {L->t[k].s, L->t[b - 1].e};
        if (cand_covering(art, s.start, s.end, GX_ORGLIKE | (1 << GX_ENT_PERSON)) >= 0)
            continue;
        int k0 = k; /* "the" before the country */
        if (k0 > 0 && L->t[k0 - 1].gap == 1 && word_matches(L, k0 - 1, "the", true))
            k0--;
        bool acts = false;
        const en_tok *last = &L->t[b - 1];
        /* "China's ambassador to Britain accused ...": after a preposition the country is no subject */
        bool after_prep = k0 > 0 && L->t[k0 - 1].gap == 1 &&
                          (lower_word_is(L, k0 - 1, "to") || lower_word_is(L, k0 - 1, "in") ||
                           lower_word_is(L, k0 - 1, "from") || lower_word_is(L, k0 - 1, "of") ||
                           lower_word_is(L, k0 - 1, "at") || lower_word_is(L, k0 - 1, "for"));
        /* "accused U.S. forces": a country before a lower-case noun is its modifier */
        bool modifier = b < L->n && !last->poss && last->gap == 1 && !L->t[b].cap &&
                        !(lower_word_is(L, b, "of") || lower_word_is(L, b, "and") || lower_word_is(L, b, "to") ||
                          lower_word_is(L, b, "over") || lower_word_is(L, b, "for") || lower_word_is(L, b, "on"));
        if (b < L->n && !last->poss) {
            if (!after_prep && last->gap == 1 && !L->t[b].cap && phrase_at(L, EN_STATE_VERB, b) > 0)
                acts = true;
            else if (last->gap == 0 && cp[last->end] == ',' && b + 1 < L->n && L->t[b].s == last->end + 2 &&
                     lower_word_is(L, b, "which") && L->t[b].gap == 1 && phrase_at(L, EN_STATE_VERB, b + 1) > 0)
                acts = true;
        }
        if (!acts && !modifier && k0 > 0 && phrase_before(L, EN_STATE_BEFORE, k0) > 0)
            acts = true;
        if (!acts && !modifier && prev_end >= 0 && k0 == prev_end + 1 && lower_word_is(L, prev_end, "and"))
            acts = true;
        if (!acts)
            continue;
        add(art, s, GX_ENT_GOVERNMENT, 0.75f);
        for (int j = k; j < b; j++)
            L->t[j].used = true;
        prev_end = (b < L->n && L->t[b - 1].gap == 1) ? b : -1;
        k = b - 1;
    }
}

static void names(en_line *L, int32_t le)
{
    gx_article *art = L->art;
    for (int k = 0; k < L->n;) {
        if (!L->t[k].cap || L->t[k].title) {
            k++;
            continue;
        }
        /* "NASA-inspired seats", "FDA-approved drugs": a government body's whole name before a
         * hyphen and a lower-case word is that body */
        {
            int32_t h = L->t[k].s;
            while (h < L->t[k].e && L->cp[h] != '-')
                h++;
            if (h + 1 < L->t[k].e && L->cp[h + 1] >= 'a' && L->cp[h + 1] <= 'z' && span_is(L, EN_GOV, L->t[k].s, h) &&
                (k == 0 || !L->t[k - 1].gap || !L->t[k - 1].cap))
                add(art, (gx_span){L->t[k].s, h}, GX_ENT_GOVERNMENT, 0.8f);
        }
        /* "SoftBank-backed", "Chinese-owned" (a nationality is no company) */
        int32_t hy = hyphen_company(L, k);
        if (hy > 0 && (k == 0 || !L->t[k - 1].cap) && !span_is(L, EN_NOT_NAME, L->t[k].s, hy) &&
            !span_is(L, EN_GENERIC, L->t[k].s, hy) && !span_is(L, EN_GOV, L->t[k].s, hy) &&
            !is_surname(L, L->t[k].s, hy) /* Braun-owned: a person's */) {
            add(art, (gx_span){L->t[k].s, hy}, GX_ENT_COMPANY, 0.75f);
            /* ... and what it owns or backs: "Alphabet-owned Waymo", "Nvidia-backed startup Coreline" */
            int c = k + 1;
            if (c < L->n && L->t[k].gap == 1 && !L->t[c].cap && phrase_before(L, EN_BEFORE, c + 1) == 1 && L->t[c].gap == 1)
                c++;
            if (c < L->n && c > k && L->t[c - 1].gap == 1 && L->t[c].cap && !L->t[c].title) {
                int e = run_from(L, c);
                int a2 = strip_left(L, c, e);
                if (a2 == c && e - c <= 3 && !only_weak_words(L, c, e) && !person_shape(L, c, e))
                    add(art, words_span(L, c, e), GX_ENT_COMPANY, 0.7f);
            }
            k++;
            continue;
        }
        /* "Nasdaq-listed Lumenary", "Hong Kong-listed Acme": what is listed is a company */
        if (hy > 0 && k + 1 < L->n && L->t[k].gap == 1 && L->cp[hy + 1] == 'l' && L->t[k + 1].cap && !L->t[k + 1].title) {
            int e = run_from(L, k + 1);
            if (e - (k + 1) <= 3 && !only_weak_words(L, k + 1, e))
                add(art, words_span(L, k + 1, e), GX_ENT_COMPANY, 0.75f);
            k = e;
            continue;
        }
        int b = run_from(L, k);
        {
            int po = place_organ(L, k, b);
            if (po < 0 && b - k >= 2 && L->t[k].start && tok_is(L, EN_NOT_NAME, k))
                po = place_organ(L, k + 1, b); /* "In Hong Kong police ..." (an opener first) */
            if (po > 0) {
                k = po;
                continue;
            }
        }
        /* "the U.S. government", "the UK government": a country's name and a government word
         * (the country alone is a place's or an opener's word; english29) */
        if ((us_prefix(L, b - 1) && b - k == 1) ||
            (phrase_at(L, EN_COUNTRY, k) == b - k && !L->t[b - 1].poss)) {
            if (L->t[b - 1].gap == 1 && b < L->n && !L->t[b].cap &&
                phrase_at(L, EN_GOV_AFTER, b) == 1 &&
                cand_covering(art, L->t[k].s, L->t[b].e, GX_ORGLIKE) < 0) {
                add(art, (gx_span){L->t[k].s, L->t[b].e}, GX_ENT_GOVERNMENT, 0.8f);
                for (int j = k; j < b; j++)
                    L->t[j].used = true;
                k = b + 1;
                continue;
            }
        }
        int a = strip_left(L, k, b);
        int next = b;
        if (a >= b) {
            k = next;
            continue;
        }
        /* "<head> of [the] <Name>": Department of Justice, Ministry of Finance */
        int of_m = 0;
        for (int j = a; j < b; j++)
            if (tok_is(L, EN_OF_HEAD, j) && j == b - 1)
                of_m = 1;
        if (of_m && b + 1 < L->n && L->t[b - 1].gap == 1 && lower_word_is(L, b, "of") && L->t[b].gap == 1) {
            int c = b + 1;
            if (lower_word_is(L, c, "the") && L->t[c].gap == 1)
                c++;
            if (c < L->n && L->t[c].cap && !L->t[c].title) {
                int e = run_from(L, c);
                /* Office of the Comptroller of the Currency */
                e = of_list(L, e);
                while (e + 1 < L->n && L->t[e - 1].gap == 1 && (lower_word_is(L, e, "of") || lower_word_is(L, e, "and")) &&
                       L->t[e].gap == 1) {
                    int c2 = e + 1;
                    if (lower_word_is(L, c2, "the") && L->t[c2].gap == 1)
                        c2++;
                    if (c2 >= L->n || !L->t[c2].cap || L->t[c2].title)
                        break;
                    int e2 = run_from(L, c2);
                    /* Health and Human Services, not Homeland Security and Alex Azar */
                    if (lower_word_is(L, e, "and") && (e2 - c2 > 2 || person_shape(L, c2, e2)))
                        break;
                    e = e2;
                }
                gx_span s = {L->t[a].s, L->t[e - 1].e};
                add(art, s, GX_ENT_GOVERNMENT, 0.85f);
                for (int j = a; j < e; j++)
                    L->t[j].used = true;
                k = e;
                continue;
            }
        }
        /* "<Name> and <Name> Commission": Securities and Exchange Commission */
        if (b + 1 < L->n && L->t[b - 1].gap == 1 && lower_word_is(L, b, "and") && L->t[b].gap == 1 &&
            L->t[b + 1].cap && !L->t[b + 1].title) {
            int e = run_from(L, b + 1);
            if (tok_is(L, EN_GOV_HEAD, e - 1) && e - (b + 1) <= 3) {
                int32_t ps = a > k && us_prefix(L, a - 1) ? L->t[a - 1].s : place_prefix(L, k, a);
                widen_known_gov(art, ps, L->t[a].s, L->t[e - 1].e);
                add(art, (gx_span){ps >= 0 ? ps : L->t[a].s, L->t[e - 1].e}, GX_ENT_GOVERNMENT, 0.85f);
                for (int j = a; j < e; j++)
                    L->t[j].used = true;
                k = e;
                continue;
            }
        }
        /* a short name written with "and" (Health and Human Services): the alias runs past the run */
        {
            int gam = phrase_at(L, EN_GOV_ALIAS, a);
            if (gam > b - a && phrase_at(L, EN_GOV, a) <= b - a)
                b = next = a + gam;
        }
        /* "the Obama National Security Council", "the Trump White House": a government body's whole
         * name ending a longer run is the body; the one word before it (an administration's
         * president) is no part of it (unless it is "U.S." or a place: "U.S. Senate") */
        if (b - a == 1 + phrase_at(L, EN_GOV, a + 1) && b - a >= 2 && !span_is(L, EN_GOV, L->t[a].s, L->t[b - 1].e) &&
            !L->t[a].poss && span_is(L, EN_GOV, L->t[a + 1].s, L->t[b - 1].e) && !us_prefix(L, a) &&
            place_prefix(L, a, a + 1) < 0 && !tok_is(L, EN_STATE, a) && !tok_is(L, EN_COUNTRY, a) &&
            !tok_is(L, EN_NOT_NAME, a) && !tok_is(L, EN_GENERIC, a) && !demonym_shape(L, a))
            a++;
        bool used = false;
        for (int j = a; j < b; j++)
            used = used || L->t[j].used;
        gx_span s = {L->t[a].s, L->t[b - 1].e};
        const en_tok *last = &L->t[b - 1];
        bool abbrev_end = last->end > last->e && tok_is(L, EN_ABBREV, b - 1);
        if (abbrev_end)
            s.end = last->end;
        /* a government body's whole name across "of" (Reserve Bank of Australia) */
        int gm = phrase_at(L, EN_GOV, a);
        if (gm > b - a && !L->t[a].used) {
            add(art, words_span(L, a, a + gm), GX_ENT_GOVERNMENT, 0.85f);
            for (int j = a; j < a + gm; j++)
                L->t[j].used = true;
            k = a + gm;
            continue;
        }
        int ctx = 0;
        const en_entry *ga = span_is(L, EN_GOV_ALIAS, L->t[a].s, L->t[b - 1].e);
        bool gov_whole = span_is(L, EN_GOV, L->t[a].s, L->t[b - 1].e) != NULL;
        if (used || (!gov_whole && !ga && !gov_words_ok(L, a, b))) {
            k = next;
            continue;
        }
        if (gov_whole && b - a == 1 && !last->poss && last->gap == 1 && b < L->n && treasury_market(L, b)) {
            /* Treasury yields, Treasury bonds: the securities, not the department */
        } else if (gov_whole) {
            int a1 = a > k && us_prefix(L, a - 1) ? a - 1 : a;
            add(art, (gx_span){L->t[a1].s, L->t[b - 1].e}, GX_ENT_GOVERNMENT, 0.85f);
        } else if (ga) {
            /* the Fed: joins the Federal Reserve the article names, else stands as itself */
            int target = -1;
            size_t tn = strlen(ga->target);
            for (int i = 0; i < art->candidates.n && target < 0; i++) {
                const gx_candidate *o = &art->candidates.v[i];
                if (o->type == GX_ENT_GOVERNMENT && o->source != GX_SRC_ALIAS &&
                    (size_t)(o->span.end - o->span.start) == tn) {
                    const char *t = gx_article_span_text(art, o->span);
                    if (!strcmp(t, ga->target))
                        target = i;
                }
            }
            gx_span gs = {L->t[a].s, L->t[b - 1].e};
            if (target >= 0) {
                int c = gx_add_candidate(art, gs, GX_ENT_GOVERNMENT, GX_SRC_ALIAS, 0.85f, NULL, target);
                art->candidates.v[c].lex_id = art->candidates.v[target].lex_id;
            } else {
                gx_add_candidate(art, gs, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.8f, NULL, -1);
            }
        } else if (b - a >= 2 && tok_is(L, EN_GOV_HEAD, b - 1)) {
            int32_t ps = place_prefix(L, k, a);
            if (a > k && us_prefix(L, a - 1))
                s.start = L->t[a - 1].s;
            else if (ps >= 0)
                s.start = ps;
            widen_known_gov(art, s.start, L->t[a].s, s.end);
            add(art, s, GX_ENT_GOVERNMENT, 0.8f);
        } else if (!last->poss && last->gap == 1 && b < L->n && !L->t[b].cap && phrase_at(L, EN_GOV_AFTER, b) == 1 &&
                   (b - a <= 2)) {
            /* the Biden administration, the Japanese government */
            add(art, (gx_span){L->t[a].s, L->t[b].e}, GX_ENT_GOVERNMENT, 0.8f);
            next = b + 1;
        } else if (only_weak_words(L, a, b)) {
            /* no name of a company: American, Interior, Ministry */
        } else if (b - a >= 2 && tok_is(L, EN_SUFFIX, b - 1) && !only_weak_words(L, a, b - 1)) {
            if (known_core(L, s) < 0)
                add(art, s, GX_ENT_COMPANY, 0.85f);
        } else if ((ctx = company_context(L, a, b, le)) > 0 && cand_covering(art, s.start, s.end, 1 << GX_ENT_PERSON) < 0 &&
                   (ctx == 2 || !person_shape(L, a, b)) && !(b - a == 1 && is_surname(L, s.start, s.end))) {
            /* "Rival Lowe's was lower": an 's that no company noun follows belongs to the name */
            if (last->poss && !(b < L->n && phrase_at(L, EN_POSS, b) > 0) && last->e + 2 <= le &&
                L->cp[last->e + 1] == 's')
                s.end = last->e + 2;
            add(art, s, company_or_org(L, a, b), 0.75f);
        }
        k = next;
    }
}

/* A run of words [a, b) that is a company's whole candidate (any source but the tagger), or -1. */
static int company_run(const en_line *L, int a, int b)
{
    gx_span s = {L->t[a].s, L->t[b - 1].end};
    int c = cand_with_span(L->art, s, 1 << GX_ENT_COMPANY);
    if (c < 0 && L->t[b - 1].end > L->t[b - 1].e)
        c = cand_with_span(L->art, (gx_span){s.start, L->t[b - 1].e}, 1 << GX_ENT_COMPANY);
    return c >= 0 && L->art->candidates.v[c].source != GX_SRC_TAGGER ? c : -1;
}

/* Coordinated names: a capitalised run joined by "and" to a company ("Gannett and GateHouse
 * Media", "GateHouse and Gannett") is a company too, unless it reads as a person or a weak word. */
static void coordinated(en_line *L)
{
    for (int k = 0; k + 2 < L->n; k++) {
        if (!lower_word_is(L, k, "and") || L->t[k].gap != 1 || k == 0 || L->t[k - 1].gap != 1 || L->t[k - 1].poss)
            continue;
        int la = run_to(L, k), rb = run_from(L, k + 1);
        if (la >= k || rb <= k + 1 || !L->t[k - 1].cap || !L->t[k + 1].cap)
            continue;
        int left = company_run(L, la, k), right = company_run(L, k + 1, rb);
        if ((left >= 0) == (right >= 0))
            continue;
        int a = left >= 0 ? k + 1 : strip_left(L, la, k), b = left >= 0 ? rb : k;
        if (a >= b || b - a > 3 || only_weak_words(L, a, b) || person_shape(L, a, b) || L->t[a].used ||
            (b - a == 1 && is_surname(L, L->t[a].s, L->t[a].e)) ||
            cand_covering(L->art, L->t[a].s, L->t[b - 1].e, (1 << GX_ENT_PERSON) | GX_ORGLIKE) >= 0)
            continue;
        add(L->art, (gx_span){L->t[a].s, L->t[b - 1].e}, company_or_org(L, a, b), 0.7f);
    }
}

/* Where the separator after word k starts (after its 's when it has one). */
static int32_t after_word(const en_line *L, int k)
{
    return L->t[k].poss ? L->t[k].e + 2 : L->t[k].end;
}

/* The capitalised runs of a list starting at word k: runs joined by ", " and a last "and"/"or"
 * (a last run, or "others"). Fills ia/ib (at most EN_LIST_MAX runs) and says whether a last
 * "and"/"or" closed it; returns the number of runs: at least 1 when word k is capitalised and no
 * title (the callers ask that first), else 0. */
enum { EN_LIST_MAX = 12 };
static int list_at(const en_line *L, int k, int *ia, int *ib, bool *closed)
{
    const uint32_t *cp = L->cp;
    int n = 0, j = k;
    *closed = false;
    while (n < EN_LIST_MAX && j < L->n && L->t[j].cap && !L->t[j].title) {
        int b = run_from(L, j);
        ia[n] = j;
        ib[n++] = b;
        if (*closed || b >= L->n)
            break;
        int32_t p = after_word(L, b - 1);
        bool comma = p + 1 < L->art->ncp && cp[p] == ',' && cp[p + 1] == ' ';
        int32_t q = comma ? p + 2 : p + 1;
        if ((!comma && !(p < L->art->ncp && cp[p] == ' ')) || L->t[b].s != q)
            break;
        if (lower_word_is(L, b, "and") || lower_word_is(L, b, "or")) {
            if (b + 1 >= L->n || L->t[b].gap != 1)
                break;
            if (lower_word_is(L, b + 1, "others") || lower_word_is(L, b + 1, "other")) {
                *closed = n >= 3;
                break;
            }
            *closed = true;
            j = b + 1;
        } else if (comma) {
            j = b;
        } else {
            break;
        }
    }
    return n;
}

/* Is the run [a, b) a company by the candidates found so far (with its 's: "Macy's")? */
static bool company_run_poss(const en_line *L, int a, int b)
{
    if (company_run(L, a, b) >= 0)
        return true;
    if (!L->t[b - 1].poss)
        return false;
    int c = cand_with_span(L->art, (gx_span){L->t[a].s, L->t[b - 1].e + 2}, 1 << GX_ENT_COMPANY);
    return c >= 0 && L->art->candidates.v[c].source != GX_SRC_TAGGER;
}

/* The list's runs that are no company yet and may be one become companies (not a person, a place,
 * another kind of name, a weak word or a name of more than three words). */
static void list_companies(en_line *L, const int *ia, const int *ib, const bool *is_co, int n)
{
    for (int i = 0; i < n; i++) {
        int a = ia[i], b = ib[i];
        if (is_co[i] || b - a > 3 || L->t[a].used || only_weak_words(L, a, b) || person_shape(L, a, b) ||
            (b - a == 1 && is_surname(L, L->t[a].s, L->t[a].e)) ||
            cand_covering(L->art, L->t[a].s, L->t[b - 1].e, (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION) | GX_ORGLIKE) >= 0)
            continue;
        add(L->art, (gx_span){L->t[a].s, L->t[b - 1].e}, company_or_org(L, a, b), 0.7f);
    }
}

/* Calls fn on every list of at least three capitalised runs closed by "and"/"or" (list_at) that
 * starts at a word no capitalised word runs into; the walk goes on after each list's last run. A
 * list holds at least the run of its first word (list_at takes it: it is capitalised and no title),
 * so ib[n - 1] is always there. */
static void each_closed_list(en_line *L, void (*fn)(en_line *L, const int *ia, const int *ib, int n))
{
    for (int k = 0; k + 2 < L->n; k++) {
        if (!L->t[k].cap || L->t[k].title || (k > 0 && L->t[k - 1].gap && L->t[k - 1].cap))
            continue;
        int ia[EN_LIST_MAX], ib[EN_LIST_MAX];
        bool closed;
        int n = list_at(L, k, ia, ib, &closed);
        if (closed && n >= 3)
            fn(L, ia, ib, n);
        k = ib[n - 1] - 1;
    }
}

/* Lists of names: "clients including Ford, Macy's, NBC, Fox and others", "awards from Frost &
 * Sullivan, CTIA and Ernst & Young". Capitalised runs joined by ", " and closed by "and"/"or" (a
 * last name or "others"); when at least two of them are companies already and no fewer than the
 * rest, the other runs are companies too, unless one reads as a person, a weak word or another
 * kind of name (Apple, Google and Texas: a place is a no-name or a location). */
static void listed_companies(en_line *L, const int *ia, const int *ib, int n)
{
    bool is_co[EN_LIST_MAX];
    int known = 0;
    for (int i = 0; i < n; i++)
        known += (is_co[i] = company_run_poss(L, ia[i], ib[i]));
    if (known >= 2 && known >= n - known)
        list_companies(L, ia, ib, is_co, n);
}

/* Lists of people: "media figures such as Katie Couric, George Stephanopoulos, and Chelsea Handler".
 * In a list closed by "and"/"or" of at least three runs, when at least two runs are people already
 * and no fewer than the rest, the other runs of two or three person-shaped words (no generic, venue,
 * street, product, state, country or celestial word; no company, organisation, government or place
 * covering them) are people too. */
static void listed_people(en_line *L, const int *ia, const int *ib, int n)
{
    bool is_p[EN_LIST_MAX];
    int known = 0;
    for (int i = 0; i < n; i++)
        known += (is_p[i] = cand_with_span(L->art, (gx_span){L->t[ia[i]].s, L->t[ib[i] - 1].e}, 1 << GX_ENT_PERSON) >= 0);
    for (int i = 0; known >= 2 && known >= n - known && i < n; i++) {
        int a = ia[i], b = ib[i];
        if (is_p[i] || !person_shape(L, a, b) || !clear_lead(L, a))
            continue;
        bool ok = true;
        for (int j = a; j < b && ok; j++)
            ok = !L->t[j].used && !tok_is(L, EN_GENERIC, j) && !tok_is(L, EN_VENUE, j) && !tok_is(L, EN_STREET, j) &&
                 !tok_is(L, EN_PRODUCT_WORD, j) && !tok_is(L, EN_STATE, j) && !tok_is(L, EN_COUNTRY, j) &&
                 !tok_is(L, EN_CELESTIAL, j) && !tok_is(L, EN_TITLE_MOD, j);
        if (ok && person_room(L, a, b))
            person_cand(L, a, b);
    }
}

/* News outlets named as sources (a company since the twenty-ninth session, docs/english.md; an
 * organization before): a name right after
 * a kind of outlet ("Taiwanese publication DigiTimes", "the tabloid Daily Star"; not a blog or a
 * website: "his blog Think, Save, Retire" is a person's) or a possessive
 * after "according to" before a report ("according to The Verge's Stadia review"). A capitalised
 * "The" inside a sentence is the name's. The name is one to four words, none of them a title, and
 * no candidate covers it yet (a known company or person keeps its type). */
static void outlets(en_line *L)
{
    for (int k = 1; k < L->n; k++) {
        if (!L->t[k].cap || L->t[k].used || L->t[k].title)
            continue;
        int b = run_from(L, k);
        bool shown = !L->t[k - 1].cap && L->t[k - 1].gap == 1 && !L->t[k - 1].poss && tok_is(L, EN_OUTLET_NOUN, k - 1);
        if (!shown && k >= 2 && L->t[b - 1].poss && lower_word_is(L, k - 1, "to") &&
            word_matches(L, k - 2, "according", true)) {
            int j = b; /* the report, after at most one capitalised word ("Stadia") */
            if (j < L->n && L->t[j].cap && poss_then(L, j - 1) && !L->t[j].poss) /* (a possessive has no gap) */
                j++;
            shown = j < L->n && !L->t[j].cap && tok_is(L, EN_REPORT_NOUN, j);
        }
        /* ... or right before it after "the" ("as reported by the Independent newspaper", "the
         * Quarvel magazine"; english29) */
        if (!shown && b < L->n && b - k <= 3 && L->t[b - 1].gap == 1 && !L->t[b - 1].poss &&
            !L->t[b].cap && tok_is(L, EN_OUTLET_NOUN, b) && word_matches(L, k - 1, "the", true) &&
            L->t[k - 1].gap == 1)
            shown = true;
        int a = k;
        if (shown && word_matches(L, a, "the", true) && (L->t[a].start || b - a < 2))
            a++;
        if (!shown || b - a < 1 || b - a > 4 || only_weak_words(L, a, b)) {
            k = b > k ? b - 1 : k;
            continue;
        }
        bool ok = true;
        for (int j = a; j < b && ok; j++)
            ok = !L->t[j].title && !L->t[j].used && (j == a || !tok_is(L, EN_NOT_NAME, j));
        gx_span sp = {L->t[a].s, L->t[b - 1].e};
        if (ok && cand_covering(L->art, sp.start, sp.end, GX_ORGLIKE | (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION)) < 0) {
            add(L->art, sp, L->zh ? GX_ENT_ORGANIZATION : GX_ENT_COMPANY, 0.7f);
            for (int j = a; j < b; j++)
                L->t[j].used = true;
        }
        k = b - 1;
    }
}

/* Word k is w (lower case) but for a capital first letter (a sentence's first word). */
static bool word_is_ci(const en_line *L, int k, const char *w)
{
    return word_matches(L, k, w, true);
}

/* A plural kind of company: "airlines", "firms", "companies" (not "groups": advocacy groups). */
static bool company_kinds(const en_line *L, int k)
{
    const en_tok *t = &L->t[k];
    if ((t->cap && !t->start) || t->e - t->s < 4 || L->cp[t->e - 1] != 's' || word_is_ci(L, k, "groups") ||
        word_is_ci(L, k, "businesses"))
        return false;
    return word_is_ci(L, k, "companies") || span_is(L, EN_COMPANY_NOUN, t->s, t->e - 1) != NULL;
}

/* "companies such as Gannett and McClatchy", "airlines including Zentrix, Varomair and Kestrel":
 * the names a plural kind of company introduces are companies. */
static void kinds_such_as(en_line *L)
{
    for (int k = 1; k + 1 < L->n; k++) {
        int h; /* the kind's word */
        if (lower_word_is(L, k, "such") && L->t[k].gap == 1 && k + 2 < L->n && lower_word_is(L, k + 1, "as"))
            h = k - 1, k++;
        else if (lower_word_is(L, k, "including") || lower_word_is(L, k, "like"))
            h = k - 1;
        else
            continue;
        /* (a title opens no list: list_at would find no run, and the walk has no last run to go on
         * after; "companies such as CEO ..." read ib[-1] before review27) */
        if (L->t[h].gap != 1 || L->t[k].gap != 1 || !company_kinds(L, h) || !L->t[k + 1].cap || L->t[k + 1].title)
            continue;
        int ia[EN_LIST_MAX], ib[EN_LIST_MAX];
        bool closed, is_co[EN_LIST_MAX];
        int n = list_at(L, k + 1, ia, ib, &closed);
        for (int i = 0; i < n; i++)
            is_co[i] = company_run_poss(L, ia[i], ib[i]);
        list_companies(L, ia, ib, is_co, n);
        k = ib[n - 1] - 1;
    }
}

/* Well-known news organisations (english.tsv "news": Reuters, the New York Times, Fox News): the
 * name the text writes is a company (twenty-ninth session, english29: the English golds count the
 * outlets a story cites as companies, and a news organisation is a business). The longest listed
 * name from a word on; a name that the lexicon scan read as an organization (Reuters, Bloomberg of
 * organizations.tsv) becomes a company, one that a longer candidate covers (Bloomberg
 * Philanthropies, Michael Bloomberg) or whose one word is somebody's last name in the article stays
 * as it is. */
static void news_outlets(en_line *L)
{
    gx_article *art = L->art;
    for (int k = 0; k < L->n; k++) {
        uint32_t c0 = L->cp[L->t[k].s];
        if ((!L->t[k].cap && !(c0 >= '0' && c0 <= '9')) || L->t[k].used)
            continue;
        /* inside a longer name (South Florida Sun Sentinel when Sun Sentinel is listed), but
         * "according to The New York Times" */
        if (k > 0 && L->t[k - 1].gap == 1 && L->t[k - 1].cap && !L->t[k - 1].start &&
            !L->t[k - 1].poss && !word_matches(L, k - 1, "the", true))
            continue;
        int m = phrase_at(L, EN_NEWS, k);
        if (m == 0)
            continue;
        gx_span s = {L->t[k].s, L->t[k + m - 1].e};
        if (k + m < L->n && L->t[k + m - 1].gap == 1 && L->t[k + m].cap && !L->t[k + m].poss &&
            !tok_is(L, EN_NOT_NAME, k + m))
            continue; /* a longer name goes on (Reuters Institute, CNN Center) */
        if (m == 1 && is_surname(L, s.start, s.end))
            continue;
        /* a wire's dateline ("WASHINGTON (AP) -"): the article's outlet, no company it cites */
        if (s.start > 0 && L->cp[s.start - 1] == '(' && s.end < L->art->ncp && L->cp[s.end] == ')')
            continue;
        int same = cand_with_span(art, s, (1 << GX_ENT_ORGANIZATION) | (1 << GX_ENT_PERSON));
        if (same >= 0 && art->candidates.v[same].source == GX_SRC_GAZETTEER &&
            art->candidates.v[same].type == GX_ENT_ORGANIZATION) {
            gx_candidate *c = &art->candidates.v[same];
            c->type = GX_ENT_COMPANY;
            c->lex_id = -1;
            c->canonical = NULL;
        } else if (cand_covering(art, s.start, s.end,
                                 GX_ORGLIKE | (1 << GX_ENT_LOCATION) |
                                     (m == 1 ? 1 << GX_ENT_PERSON : 0)) >= 0) {
            continue; /* (a name of two or more words is no person: gx_resolve.c drops that reading)
                       */
        } else {
            add(art, s, GX_ENT_COMPANY, 0.85f);
        }
        for (int j = k; j < k + m; j++)
            L->t[j].used = true;
        k += m - 1;
    }
}

/* Venues named after a sponsor ("Pepsi Center", "PNC Music Pavilion", "Verizon Amphitheatre"):
 * a capitalised run ending in a venue word (english.tsv "venue") that starts with a known company's
 * name is a place; the place's candidate covers the company's so that the sponsor is no mention. */
static void venues(en_line *L)
{
    for (int k = 1; k < L->n; k++) {
        if (!L->t[k].cap || !tok_is(L, EN_VENUE, k) || L->t[k - 1].gap != 1 || L->t[k - 1].poss)
            continue;
        int a = strip_left(L, run_to(L, k + 1), k + 1);
        if (a >= k)
            continue;
        gx_article *art = L->art;
        bool sponsor = false;
        for (int i = 0; i < art->candidates.n && !sponsor; i++) {
            const gx_candidate *c = &art->candidates.v[i];
            sponsor = c->type == GX_ENT_COMPANY && (c->source == GX_SRC_GAZETTEER || c->source == GX_SRC_TICKER) &&
                      c->span.start == L->t[a].s && c->span.end <= L->t[k - 1].e;
        }
        if (sponsor)
            gx_add_candidate(art, (gx_span){L->t[a].s, L->t[k].e}, GX_ENT_LOCATION, GX_SRC_RULE, 0.95f, NULL, -1);
    }
}

/* "Federal Aviation Administration (FAA)", "Securities and Exchange Commission (SEC)": an acronym
 * in brackets made of the capitalised words' initials joins the name before it (alias). */
static void acronyms(en_line *L, int32_t le)
{
    gx_article *art = L->art;
    const uint32_t *cp = L->cp;
    for (int b = 1; b < L->n; b++) {
        int32_t p = L->t[b - 1].end;
        if (p + 3 >= le || cp[p] != ' ' || cp[p + 1] != '(' || !L->t[b - 1].cap)
            continue;
        int32_t cs = p + 2, i = cs;
        while (i < le && i - cs < 8 && gx_is_upper(cp[i]))
            i++;
        if (i >= le || cp[i] != ')' || i - cs < 2)
            continue;
        /* walk back over the name's words, capitals matching the acronym from its end */
        int32_t j = i - 1;
        int a = b;
        while (a > 0 && j >= cs) {
            const en_tok *t = &L->t[a - 1];
            if (t->cap) {
                if (cp[t->s] != cp[j])
                    break;
                j--;
            } else if (!lower_word_is(L, a - 1, "and") && !lower_word_is(L, a - 1, "of") && !lower_word_is(L, a - 1, "the") &&
                       !lower_word_is(L, a - 1, "for")) {
                break;
            }
            a--;
            if (a > 0 && L->t[a - 1].gap != 1 && L->t[a - 1].gap != 2)
                break;
        }
        if (j >= cs || a >= b || !L->t[a].cap)
            continue;
        int c = cand_with_span(art, (gx_span){L->t[a].s, L->t[b - 1].e}, GX_ORGLIKE);
        if (c < 0)
            c = cand_with_span(art, (gx_span){L->t[a].s, L->t[b - 1].end}, GX_ORGLIKE);
        if (c < 0)
            continue;
        int n = gx_add_candidate(art, (gx_span){cs, i}, art->candidates.v[c].type, GX_SRC_ALIAS, 0.97f, NULL, c);
        art->candidates.v[n].lex_id = art->candidates.v[c].lex_id;
    }
}

/* ------------------------------------------------------------------ tickers and later mentions */

/* "X (NYSE: ABC)": the company candidate ending before the bracket gets the ticker. */
static void tickers(en_line *L, int32_t le)
{
    gx_article *art = L->art;
    for (int k = 0; k < L->n; k++) {
        const en_tok *t = &L->t[k];
        gx_ticker tk;
        if (t->end + 1 >= le || L->cp[t->end] != ' ' || !exchange_ticker(L, t->end + 1, le, &tk))
            continue;
        int32_t e = t->end;
        int c = -1;
        for (int i = 0; i < art->candidates.n; i++) {
            const gx_candidate *o = &art->candidates.v[i];
            if (o->type == GX_ENT_COMPANY && (o->span.end == e || o->span.end == t->e) &&
                (c < 0 || o->span.end - o->span.start > art->candidates.v[c].span.end - art->candidates.v[c].span.start))
                c = i;
        }
        if (c < 0)
            continue;
        const gx_candidate *o = &art->candidates.v[c];
        if (o->ticker.code[0])
            continue;
        int n = gx_add_candidate(art, o->span, GX_ENT_COMPANY, GX_SRC_TICKER, 0.98f, o->canonical, -1);
        art->candidates.v[n].ticker = tk;
        art->candidates.v[n].lex_id = art->candidates.v[c].lex_id;
    }
}

/* The words of the article's English lines, collected for the later-mention pass. */
typedef struct en_word {
    int32_t s, e;
    bool alone; /* a capitalised word with no capitalised neighbour in its run */
} en_word;

static bool same_text(const uint32_t *cp, int32_t a, int32_t b, int32_t n)
{
    return !memcmp(cp + a, cp + b, sizeof(uint32_t) * (size_t)n);
}

/* Does the word [s, e) occur in lower case in the article ("home" for Home Depot)? */
static bool lower_case_in_text(const gx_article *art, int32_t s, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t n = e - s;
    uint32_t first = cp[s] >= 'A' && cp[s] <= 'Z' ? cp[s] - 'A' + 'a' : cp[s];
    for (int32_t k = 0; k + n <= art->ncp; k++)
        if (cp[k] == first && (k == 0 || !word_char(cp[k - 1])) && (k + n == art->ncp || !word_char(cp[k + n])) &&
            !memcmp(cp + k + 1, cp + s + 1, sizeof(uint32_t) * (size_t)(n - 1)))
            return true;
    return false;
}

/* Later mentions: the last name of a person named in full, a company's name without its legal
 * form (and its first word when that is a distinctive word). */
static void later_mentions(const gx_en_lex *lx, gx_article *art, const en_word *w, int nw, int first_new)
{
    const uint32_t *cp = art->cp;
    int nc = art->candidates.n;
    en_line L = {.lx = lx, .art = art, .cp = cp, .t = NULL, .n = 0};
    for (int i = 0; i < nc; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->source == GX_SRC_ALIAS || c->source == GX_SRC_COREF || c->source == GX_SRC_TAGGER)
            continue;
        if (c->type != GX_ENT_PERSON && !(c->type == GX_ENT_COMPANY && i >= first_new && c->source == GX_SRC_RULE))
            continue;
        gx_span s = c->span;
        bool ascii = s.end - s.start >= 3;
        int spaces = 0;
        for (int32_t k = s.start; k < s.end && ascii; k++) {
            ascii = cp[k] < 0x250 && !(cp[k] >= 0x80 && cp[k] < 0xC0);
            spaces += cp[k] == ' ';
        }
        if (!ascii || spaces == 0)
            continue;
        gx_span key[2];
        int nkey = 0;
        if (c->type == GX_ENT_PERSON) {
            int32_t k = s.end;
            while (k > s.start && cp[k - 1] != ' ')
                k--;
            key[nkey++] = (gx_span){k, s.end};
        } else {
            /* strip the legal form and other company words (Holdings Inc.) */
            int32_t e = s.end;
            for (;;) {
                int32_t we = e > s.start && cp[e - 1] == '.' ? e - 1 : e;
                int32_t k = we;
                while (k > s.start && cp[k - 1] != ' ')
                    k--;
                if (k <= s.start + 1 || !span_is(&L, EN_SUFFIX, k, we))
                    break;
                e = k - 1;
            }
            if (e == s.end)
                continue;
            key[nkey++] = (gx_span){s.start, e};
            int32_t f = s.start;
            while (f < e && cp[f] != ' ')
                f++;
            if (f < e && f - s.start >= 4 && !span_is(&L, EN_GENERIC, s.start, f) && !span_is(&L, EN_NOT_NAME, s.start, f) &&
                !lower_case_in_text(art, s.start, f))
                key[nkey++] = (gx_span){s.start, f};
        }
        for (int q = 0; q < nkey; q++) {
            int32_t n = key[q].end - key[q].start;
            if (n < 2)
                continue;
            /* a key that is itself a no-name word (a company's last word "Group") is none */
            if (span_is(&L, EN_NOT_NAME, key[q].start, key[q].end) || span_is(&L, EN_SUFFIX, key[q].start, key[q].end))
                continue;
            for (int j = 0; j < nw; j++) {
                if (w[j].e - w[j].s != n || !w[j].alone || w[j].s == key[q].start || cp[w[j].s] != cp[key[q].start] ||
                    !same_text(cp, w[j].s, key[q].start, n))
                    continue;
                gx_span m = {w[j].s, w[j].e};
                if (w[j].s >= s.start && w[j].e <= s.end)
                    continue;
                if (cand_covering(art, m.start, m.end, (1 << GX_ENT_PERSON) | GX_ORGLIKE) >= 0)
                    continue;
                gx_add_candidate(art, m, c->type, GX_SRC_ALIAS, 0.85f, NULL, i);
            }
        }
    }
}

/* Well-known public figures named by the last name alone ("Trump said", "an Obama phone call",
 * "Mueller's testimony"; class figure): a capitalised word standing alone that is such a name, not
 * covered by a person (later_mentions() joined it to a person named in full: "Ivanka Trump"), a
 * company, an organisation, a government body ("the Obama administration") or a place, is a person.
 * The name stays the word the article writes (the list's full name documents who is meant). */
static void figures(const gx_en_lex *lx, gx_article *art, const en_word *w, int nw)
{
    en_line L = {.lx = lx, .art = art, .cp = art->cp, .t = NULL, .n = 0};
    for (int j = 0; j < nw; j++) {
        if (!w[j].alone || w[j].e - w[j].s < 2 || !span_is(&L, EN_FIGURE, w[j].s, w[j].e))
            continue;
        gx_span s = {w[j].s, w[j].e};
        if (cand_covering(art, s.start, s.end, GX_ORGLIKE | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_PERSON)) >= 0)
            continue;
        gx_add_candidate(art, s, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
    }
}

/* The full name of a person the article names by one word with an age ("Braun, 38 -"): a run of
 * two words standing alone whose second word is that word ("Scooter Braun is allegedly ...") and
 * whose first is a capitalised name word (no opener, title, honorific, generic or company word),
 * not covered by a company, organisation, government or place, is that person; later_mentions()
 * then joins the bare mentions to it. */
static void aged_full_names(const gx_en_lex *lx, gx_article *art, const en_word *w, int nw, const en_span_vec *aged)
{
    en_line L = {.lx = lx, .art = art, .cp = art->cp, .t = NULL, .n = 0};
    const uint32_t *cp = art->cp;
    for (int q = 0; q < aged->n; q++) {
        gx_span a = aged->v[q];
        int32_t n = a.end - a.start;
        bool named = false; /* a person named in full with this last word ("Julian Assange") */
        for (int i = 0; i < art->candidates.n && !named; i++) {
            gx_span c = art->candidates.v[i].span;
            named = art->candidates.v[i].type == GX_ENT_PERSON && c.end - c.start > n + 1 && cp[c.end - n - 1] == ' ' &&
                    same_text(cp, c.end - n, a.start, n);
        }
        for (int j = 0; j < nw && !named; j++) {
            int32_t sp = w[j].s;
            while (sp < w[j].e && cp[sp] != ' ')
                sp++;
            if (!w[j].alone || sp >= w[j].e || w[j].e - sp - 1 != n || !same_text(cp, sp + 1, a.start, n))
                continue;
            gx_span f = {w[j].s, sp};
            if (f.end - f.start < 2 || span_is(&L, EN_NOT_NAME, f.start, f.end) ||
                span_is(&L, EN_GENERIC, f.start, f.end) || span_is(&L, EN_TITLE, f.start, f.end) ||
                span_is(&L, EN_HONORIFIC, f.start, f.end) || span_is(&L, EN_SUFFIX, f.start, f.end) ||
                span_is(&L, EN_GOV, f.start, f.end) || span_is(&L, EN_STATE, f.start, f.end) ||
                lower_case_in_text(art, f.start, f.end) || /* a common word written capitalised */
                (f.end - f.start > 4 && cp[f.end - 3] == 'i' && cp[f.end - 2] == 'n' && cp[f.end - 1] == 'g'))
                continue; /* "Following Assange's arrest" */
            gx_span s = {w[j].s, w[j].e};
            if (cand_covering(art, s.start, s.end, GX_ORGLIKE | (1 << GX_ENT_LOCATION) | (1 << GX_ENT_PERSON)) >= 0)
                continue;
            gx_add_candidate(art, s, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
        }
    }
}

/* Planets: a company candidate whose whole text is a celestial body's name (Mars, of Mars Inc.) is
 * the planet, a location, when the article names another celestial body too ("Staying on the Moon
 * and reaching Mars"). One such name alone stays what the other stages made it (Mars reported). */
static void planets(const gx_en_lex *lx, gx_article *art, const en_word *w, int nw)
{
    en_line L = {.lx = lx, .art = art, .cp = art->cp, .t = NULL, .n = 0};
    int first = -1;
    bool two = false;
    for (int j = 0; j < nw && !two; j++) {
        if (w[j].e - w[j].s < 3 || !span_is(&L, EN_CELESTIAL, w[j].s, w[j].e))
            continue;
        if (first < 0)
            first = j;
        else
            two = w[j].e - w[j].s != w[first].e - w[first].s || !same_text(art->cp, w[j].s, w[first].s, w[j].e - w[j].s);
    }
    if (!two)
        return;
    for (int i = 0; i < art->candidates.n; i++) {
        gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY || c->source != GX_SRC_GAZETTEER || !span_is(&L, EN_CELESTIAL, c->span.start, c->span.end))
            continue;
        c->type = GX_ENT_LOCATION;
        c->ticker.code[0] = '\0';
        c->lex_id = -1;
        c->canonical = NULL;
    }
}

/* ------------------------------------------------------------------ driver */

void gx_rules_en(const gx_engine *eng, gx_article *art)
{
    if (!eng || !eng->english || art->ncp == 0)
        return;
    const uint32_t *cp = art->cp;
    int first_new = art->candidates.n;
    GX_VEC(en_word) words;
    memset(&words, 0, sizeof words);
    en_span_vec aged;
    memset(&aged, 0, sizeof aged);
    /* a Chinese article's English lines (外媒头条's "MarketWatch") keep the Chinese side's
     * policy: a news outlet is an organization there */
    bool zh = false;
    for (int32_t k = 0; k < art->ncp && !zh; k++)
        zh = cp[k] >= 0x2E80 && !(cp[k] >= 0x1F000 && cp[k] < 0x20000);
    for (int32_t ls = 0; ls < art->ncp;) {
        int32_t le = ls;
        bool cjk = false;
        int letters = 0;
        while (le < art->ncp && cp[le] != '\n') {
            if (cp[le] >= 0x2E80 && !(cp[le] >= 0x1F000 && cp[le] < 0x20000)) { /* (an emoji is no CJK) */
                cjk = true;
                break;
            }
            letters += gx_is_alnum(cp[le]);
            le++;
        }
        if (cjk) /* (the rest of a Chinese line: eight code points at a time) */
            le = gx_cps_find_either(cp, le, art->ncp, '\n', '\n');
        int32_t next = le + 1;
        if (cjk || letters < 8) {
            ls = next;
            continue;
        }
        en_line L = {.lx = eng->english, .art = art, .cp = cp, .t = NULL, .n = 0, .zh = zh};
        tokenize(&L, ls, le);
        ticker_column(&L, le);
        firm_commas(&L);
        if (!zh)
            news_outlets(&L);
        venues(&L);
        titles(&L);
        credit_labels(&L);
        plural_titles(&L);
        royal_names(&L);
        given_names(&L);
        chinese_names(&L);
        korean_names(&L);
        context_people(&L);
        paired_people(&L);
        each_closed_list(&L, listed_people);
        aged_people(&L, le, &aged);
        possessive_organs(&L);
        names(&L, le);
        outlets(&L);
        state_actors(&L);
        chambers(&L);
        coordinated(&L);
        each_closed_list(&L, listed_companies);
        kinds_such_as(&L);
        acronyms(&L, le);
        tickers(&L, le);
        for (int k = 0; k < L.n; k++) {
            if (!L.t[k].cap)
                continue;
            bool left = k > 0 && L.t[k - 1].gap && L.t[k - 1].cap && !L.t[k - 1].title;
            bool right = !L.t[k].poss && L.t[k].gap && k + 1 < L.n && L.t[k + 1].cap && !L.t[k + 1].title;
            /* Mr. Cook: the honorific is no neighbour */
            if (left && tok_is(&L, EN_HONORIFIC, k - 1))
                left = false;
            en_word *w = GX_VEC_PUSH(art->arena, words);
            w->s = L.t[k].s;
            w->e = L.t[k].e;
            w->alone = !left && !right;
            /* a company's two-word name standing alone (Northwind Logistics said) */
            if (right && k + 2 <= L.n && !(k + 2 < L.n && L.t[k + 1].gap && L.t[k + 2].cap) && !left) {
                en_word *w2 = GX_VEC_PUSH(art->arena, words);
                w2->s = L.t[k].s;
                w2->e = L.t[k + 1].e;
                w2->alone = true;
            }
        }
        ls = next;
    }
    if (words.n > 0)
        planets(eng->english, art, words.v, words.n);
    if (words.n > 0 && aged.n > 0)
        aged_full_names(eng->english, art, words.v, words.n, &aged);
    if (words.n > 0)
        later_mentions(eng->english, art, words.v, words.n, first_new);
    if (words.n > 0)
        figures(eng->english, art, words.v, words.n);
}
