/* gx_quantity_lex.c — loading the quantity stage's word lists (data/lexicon/quantity_words.tsv:
 * role<TAB>word<TAB>value, see gx_quantity_lex.h) into one table per role. A leading or
 * trailing "_" in a word stands for a space ("about_", "_or more"), so that editors that strip
 * trailing blanks cannot change a word. Words keep the file's order within a role. */
#include "gx_quantity_lex.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_article.h"
#include "gx_tsv.h"
#include "gx_utf8.h"

static const char *const ROLE_NAMES[GX_QW__COUNT] = {
    "currency_suffix", "currency_prefix", "qualifier_prefix", "qualifier_suffix", "direction",
    "count_unit",      "not_count",       "magnitude",        "magnitude_short",  "percent_word",
    "money_head",      "money_after",     "money_after_far",  "deal_verb",        "metric_cue",
    "future_cue",      "chain_stop",      "market",           "market_head",
    "deal_verb_bare",  "money_head_plain", "number_word",
};

#define MAX_WORD 32 /* code points per word */

/* One parsed line, before the tables are laid out. */
typedef struct line_word {
    int role;
    int32_t len;
    char32_t w[MAX_WORD + 1];
    char code[4];
    int val;
} line_word;

static int role_of(const char *s)
{
    for (int r = 0; r < GX_QW__COUNT; r++)
        if (!strcmp(ROLE_NAMES[r], s))
            return r;
    return -1;
}

/* The value column of a role: 0 on success, -1 when it is not one the role takes. */
static int parse_value(int role, char **f, int nf, line_word *lw)
{
    const char *v = nf > 2 ? f[2] : "";
    switch (role) {
    case GX_QW_CUR_SUFFIX:
    case GX_QW_CUR_PREFIX:
    case GX_QW_MARKET:
        if (strlen(v) != 3)
            return -1;
        memcpy(lw->code, v, 4);
        if (nf > 3 && *f[3]) {
            if (role == GX_QW_MARKET && !strcmp(f[3], "sentence"))
                lw->val = 1; /* a currency word: a market mention within its sentence only */
            else if (role == GX_QW_CUR_SUFFIX && !strcmp(f[3], "cent"))
                lw->val = 2;
            else if (role == GX_QW_CUR_SUFFIX && !strcmp(f[3], "jiao"))
                lw->val = 3;
            else
                return -1;
        }
        return 0;
    case GX_QW_QUAL_PREFIX:
    case GX_QW_QUAL_SUFFIX:
        if (!strcmp(v, "approx"))
            lw->val = GX_QUAL_APPROX;
        else if (!strcmp(v, "max"))
            lw->val = GX_QUAL_MAX;
        else if (!strcmp(v, "min"))
            lw->val = GX_QUAL_MIN;
        else
            return -1;
        return 0;
    case GX_QW_DIRECTION:
        if (!strcmp(v, "down"))
            lw->val = -1;
        else if (!strcmp(v, "up"))
            lw->val = 1;
        else if (!strcmp(v, "none"))
            lw->val = 0;
        else
            return -1;
        return 0;
    case GX_QW_MAGNITUDE:
    case GX_QW_MAGNITUDE_SHORT: {
        char *e;
        long p = strtol(v, &e, 10);
        if (!*v || *e || p < 1 || p > 15)
            return -1;
        lw->val = (int)p;
        return 0;
    }
    case GX_QW_NUMBER_WORD: {
        char *e;
        long x = strtol(v, &e, 10);
        if (!*v || *e || x < 0 || x > 100)
            return -1;
        lw->val = (int)x;
        return 0;
    }
    case GX_QW_PERCENT_WORD:
        if (!strcmp(v, "percent"))
            lw->val = 0;
        else if (!strcmp(v, "pp"))
            lw->val = 1;
        else if (!strcmp(v, "bp"))
            lw->val = 2;
        else
            return -1;
        return 0;
    case GX_QW_MARKET_HEAD:
        if (!strcmp(v, "price"))
            lw->val = 1;
        else if (!strcmp(v, "total"))
            lw->val = 2;
        else
            return -1;
        return 0;
    case GX_QW_MONEY_HEAD_PLAIN:
        if (!strcmp(v, "none"))
            lw->val = -1; /* ends like a head but is none (币价格: a coin's price is no yuan) */
        else if (!strcmp(v, "after"))
            lw->val = 2; /* a phrase right after the plain number (198成为代理, 3000起投) */
        else if (!strcmp(v, "both"))
            lw->val = 3; /* before the plain number or right after it (额度3000, 3000额度) */
        else if (*v)
            return -1;
        return 0;
    case GX_QW_MONEY_HEAD:
        if (!strcmp(v, "none"))
            lw->val = -1; /* ends like a head but is none (用户规模): the longest match decides */
        else if (!strcmp(v, "yi"))
            lw->val = 1; /* a verb of shares or money (减持): a head only before 亿 */
        else if (!strcmp(v, "next"))
            lw->val = 2; /* a verb of spending or earning (花 挣): a head only right before the amount */
        else if (*v)
            return -1;
        return 0;
    default: return *v ? -1 : 0;
    }
}

/* The word column: UTF-8 to code points, "_" at either end to a space. */
static int parse_word(const char *s, line_word *lw)
{
    uint32_t buf[MAX_WORD + 1];
    int32_t n = gx_utf8_to_cps(s, strlen(s), buf, MAX_WORD + 1);
    if (n <= 0 || n > MAX_WORD)
        return -1;
    for (int32_t k = 0; k < n; k++)
        lw->w[k] = (char32_t)buf[k];
    if (lw->w[0] == '_')
        lw->w[0] = ' ';
    if (n > 1 && lw->w[n - 1] == '_')
        lw->w[n - 1] = ' ';
    lw->w[n] = 0;
    lw->len = n;
    return 0;
}

/* Group role r's words into 64 buckets by their first and by their last code point (the
 * lookups in gx_quantity.c try one bucket). File order is kept within a bucket. */
static void index_role(gx_qtylex *lx, int r)
{
    int n = lx->n[r];
    lx->fwd_idx[r] = gl_calloc((size_t)n + 1, sizeof(uint16_t));
    lx->back_idx[r] = gl_calloc((size_t)n + 1, sizeof(uint16_t));
    for (int side = 0; side < 2; side++) {
        uint16_t *start = side ? lx->back_start[r] : lx->fwd_start[r];
        uint16_t *idx = side ? lx->back_idx[r] : lx->fwd_idx[r];
        int count[64] = {0}, fill[64];
        for (int k = 0; k < n; k++) {
            const gx_qword *w = &lx->tab[r][k];
            count[(uint32_t)w->w[side ? w->len - 1 : 0] & 63]++;
        }
        start[0] = 0;
        for (int b = 0; b < 64; b++) {
            fill[b] = start[b];
            start[b + 1] = (uint16_t)(start[b] + count[b]);
        }
        for (int k = 0; k < n; k++) {
            const gx_qword *w = &lx->tab[r][k];
            idx[fill[(uint32_t)w->w[side ? w->len - 1 : 0] & 63]++] = (uint16_t)k;
        }
    }
}

/* ------------------------------------------------------------------ lookups */

static bool ascii_alpha(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether w is at cp[i] (cp[0..n)). */
static bool word_at(const uint32_t *cp, int32_t n, int32_t i, const gx_qword *w)
{
    if (i + w->len > n)
        return false;
    for (int32_t k = 0; k < w->len; k++)
        if (cp[i + k] != (uint32_t)w->w[k])
            return false;
    return true;
}

const gx_qword *gx_qtylex_longest_fwd(const uint32_t *cp, int32_t n, int32_t i, const gx_qtylex *lx,
                                      int role)
{
    if (i >= n)
        return NULL;
    const gx_qword *best = NULL, *tab = lx->tab[role];
    const uint16_t *idx = lx->fwd_idx[role], *start = lx->fwd_start[role];
    uint32_t b = cp[i] & 63;
    for (int k = start[b]; k < start[b + 1]; k++) {
        const gx_qword *w = &tab[idx[k]];
        if ((best && w->len <= best->len) || cp[i] != (uint32_t)w->w[0] || !word_at(cp, n, i, w))
            continue;
        if (ascii_alpha(w->w[0]) && i + w->len < n && ascii_alpha(cp[i + w->len]))
            continue; /* a Latin word ends at a word boundary */
        best = w;
    }
    return best;
}

const gx_qword *gx_qtylex_longest_back(const uint32_t *cp, int32_t floor, int32_t i, const gx_qtylex *lx,
                                       int role)
{
    if (i <= floor)
        return NULL;
    const gx_qword *best = NULL, *tab = lx->tab[role];
    const uint16_t *idx = lx->back_idx[role], *start = lx->back_start[role];
    uint32_t b = cp[i - 1] & 63;
    for (int k = start[b]; k < start[b + 1]; k++) {
        const gx_qword *w = &tab[idx[k]];
        int32_t s = i - w->len;
        if (s < floor || (best && w->len <= best->len) || cp[i - 1] != (uint32_t)w->w[w->len - 1] ||
            !word_at(cp, i, s, w))
            continue;
        if (ascii_alpha(w->w[0]) && s > 0 && ascii_alpha(cp[s - 1]))
            continue; /* a Latin word starts at a word boundary */
        best = w;
    }
    return best;
}

gx_qtylex *gx_qtylex_load(const char *data_dir, gl_error *err)
{
    const char *path = "lexicon/quantity_words.tsv"; /* (in the data folder) */
    FILE *f = gx_tsv_open(data_dir, path, err);
    if (!f)
        return NULL;
    gx_qtylex *lx = NULL;
    line_word *words = NULL;
    int nw = 0, cap = 0, lineno = 0, rc = 0;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!gx_tsv_data_line(line))
            continue;
        char *fld[5];
        int nf = gx_tsv_split(line, fld, 5);
        if (nw == cap)
            words = gl_realloc(words, sizeof *words * (size_t)(cap = cap ? cap * 2 : 256));
        line_word *lw = &words[nw];
        memset(lw, 0, sizeof *lw);
        if ((lw->role = role_of(fld[0])) < 0) {
            rc = gl_error_set(err, 500, "%s:%d: unknown role '%s'", path, lineno, fld[0]);
            break;
        }
        if (nf < 2 || parse_word(fld[1], lw) < 0) {
            rc = gl_error_set(err, 500, "%s:%d: expected a word of 1-%d characters", path, lineno,
                              MAX_WORD);
            break;
        }
        if (parse_value(lw->role, fld, nf, lw) < 0) {
            rc = gl_error_set(err, 500, "%s:%d: bad value for role %s", path, lineno, fld[0]);
            break;
        }
        nw++;
    }
    fclose(f);
    if (rc < 0)
        goto out;
    /* lay out: one pool for every word's code points and codes, one array per role */
    lx = gl_calloc(1, sizeof *lx);
    size_t pool = 0;
    for (int i = 0; i < nw; i++)
        pool += sizeof(char32_t) * (size_t)(words[i].len + 1) + 4;
    lx->pool = gl_malloc(pool + 1);
    char *p = lx->pool;
    for (int r = 0; r < GX_QW__COUNT; r++) {
        for (int i = 0; i < nw; i++)
            lx->n[r] += words[i].role == r;
        lx->tab[r] = gl_calloc((size_t)lx->n[r] + 1, sizeof(gx_qword));
        int k = 0;
        for (int i = 0; i < nw; i++) {
            const line_word *lw = &words[i];
            if (lw->role != r)
                continue;
            gx_qword *q = &lx->tab[r][k++];
            size_t bytes = sizeof(char32_t) * (size_t)(lw->len + 1);
            memcpy(p, lw->w, bytes);
            q->w = (const char32_t *)(void *)p;
            p += bytes;
            if (lw->code[0]) {
                memcpy(p, lw->code, 4);
                q->code = p;
                p += 4;
            }
            q->len = lw->len;
            q->val = lw->val;
            uint32_t first = (uint32_t)lw->w[0];
            lx->cue_lo[r] |= (uint64_t)1 << (first & 63);
            lx->cue_hi[r] |= (uint64_t)1 << ((first >> 6) & 63);
            if (r == GX_QW_MONEY_HEAD)
                lx->head_last |= (uint64_t)1 << ((uint32_t)lw->w[lw->len - 1] & 63);
            uint32_t last = (uint32_t)lw->w[lw->len - 1];
            if ((r == GX_QW_MARKET || r == GX_QW_MARKET_HEAD) && last >= GX_QTY_START_BASE &&
                last < GX_QTY_START_BASE + GX_QTY_START_SPAN) {
                uint64_t *bits = r == GX_QW_MARKET ? lx->market_last : lx->market_head_last;
                bits[(last - GX_QTY_START_BASE) / 64] |= (uint64_t)1
                                                         << ((last - GX_QTY_START_BASE) % 64);
            }
        }
    }
    for (int r = 0; r < GX_QW__COUNT; r++)
        index_role(lx, r);
    gx_quantity_mark_starts(lx->start_bits);
out:
    free(words);
    return lx;
}

void gx_qtylex_free(gx_qtylex *lx)
{
    if (!lx)
        return;
    for (int r = 0; r < GX_QW__COUNT; r++) {
        free(lx->tab[r]);
        free(lx->fwd_idx[r]);
        free(lx->back_idx[r]);
    }
    free(lx->pool);
    free(lx);
}
