/* gx_quantity_lex.h — the word lists of the quantity stage (currencies, qualifiers, direction
 * verbs, count units, money heads, period cues), loaded once from
 * data/lexicon/quantity_words.tsv at engine start and read-only afterwards (shared by threads).
 * gx_quantity.c is its only reader; the roles and their value columns are described in the
 * TSV file's header and in docs/quantities.md. */
#ifndef GX_QUANTITY_LEX_H
#define GX_QUANTITY_LEX_H

#include <stdint.h>
#include <uchar.h>

#include "gl_error.h"

/* The role of a word: which rule reads it. Order = the TSV's role names below. */
typedef enum gx_qw_role {
    GX_QW_CUR_SUFFIX,      /* currency after the number (元 美元 美分 dollars); val 2 = cents      */
    GX_QW_CUR_PREFIX,      /* currency sign or code before the number (US$ ¥ RMB 人民币)           */
    GX_QW_QUAL_PREFIX,     /* qualifier before (约 不超过 超过 about_); val = gx_qualifier        */
    GX_QW_QUAL_SUFFIX,     /* qualifier after (左右 以上 _or more); val = gx_qualifier            */
    GX_QW_DIRECTION,       /* change direction before a percentage; val -1, +1 or 0             */
    GX_QW_COUNT_UNIT,      /* measure words and nouns that make a number a count                */
    GX_QW_NOT_COUNT,       /* words that start like a count unit but are none (个月 股东)        */
    GX_QW_MAGNITUDE,       /* English magnitude after a space (million bn); val = power of ten  */
    GX_QW_MAGNITUDE_SHORT, /* glued magnitude after a currency sign (m b k); val = power of ten */
    GX_QW_PERCENT_WORD,    /* percent / percentage points (val 1) / basis points (val 2)       */
    GX_QW_MONEY_HEAD,      /* a noun or verb of money before a bare 万/亿 amount (营收 融资);
                            * val -1 ("none"): a longer word that is no head (用户规模);
                            * val 1 ("yi"): a head only before an amount in 亿 (减持);
                            * val 2 ("next"): a head only right before the amount (花10万)  */
    GX_QW_MONEY_AFTER,     /* a money noun right after such an amount (融资 市值)                */
    GX_QW_MONEY_AFTER_FAR, /* a money noun a few characters after amount + 的                   */
    GX_QW_DEAL_VERB,       /* 以<amount><verb>: the amount is a price (收购 出售)                */
    GX_QW_METRIC_CUE,      /* a financial metric in the sentence (营收 利润 同比)               */
    GX_QW_FUTURE_CUE,      /* a forward-looking sentence (预计 将 计划)                          */
    GX_QW_CHAIN_STOP,      /* a verb of shares between a money amount and a later bare figure:
                            * the figure counts shares (约增持60.9万), no chained money       */
    GX_QW_MARKET,          /* a market mention (港股 恒指 美股 A股 港股通); code = the currency
                            * its prices are written in (gx_quantity_market.c)               */
    GX_QW_MARKET_HEAD,     /* a share price or market total before an amount (收报 成交额);
                            * val 1 = price, 2 = total                                       */
    GX_QW_DEAL_VERB_BARE,  /* <amount><verb> without 以: the amount is spent (2.9亿收购)     */
    GX_QW_MONEY_HEAD_PLAIN, /* a word of lending, pay or deposits right before a plain number
                             * that ends its clause: the number is money (借款1000, 额度7000) */
    GX_QW_NUMBER_WORD,     /* an English number word (one .. ninety, hundred); val = its value
                            * (gx_number_en.c)                                              */
    GX_QW__COUNT
} gx_qw_role;

typedef struct gx_qword {
    const char32_t *w; /* the word's code points, NUL-terminated                               */
    int32_t len;
    const char *code;  /* ISO 4217 code for currencies, else NULL                              */
    int val;           /* qualifier, direction, power of ten, cents (2), points (1), market
                        * head kind (1 price, 2 total) or -1 for a money head that is none;
                        * else 0                                                               */
} gx_qword;

/* The code points 0x3000..0xA000 (CJK symbols and ideographs) as a bitmap: the characters a
 * quantity or date can start with, one bit each, and a last word of zeros for everything
 * outside (the scan clamps to it). */
#define GX_QTY_START_BASE 0x3000u
#define GX_QTY_START_SPAN (0xA000u - GX_QTY_START_BASE)

/* The code points below 0xA000 as a bitmap (5 KB): the characters a quantity or date can start
 * with or a token the scan steps over (ASCII digits and letters, the Chinese numerals and the
 * first characters of relative dates), one bit each, and a last word of zeros for everything
 * above (the scan clamps to it). */
#define GX_QTY_STARTS_END 0xA000u

typedef struct gx_qtylex {
    gx_qword *tab[GX_QW__COUNT]; /* the words of each role, in file order                     */
    int n[GX_QW__COUNT];
    uint64_t head_last; /* bit (c & 63) for the last code point c of every money head         */
    uint64_t cue_lo[GX_QW__COUNT], cue_hi[GX_QW__COUNT]; /* first code points' low/middle six bits */
    /* each role's words grouped by (first code point & 63) and by (last code point & 63):
     * word indices of bucket b are fwd_idx[r][fwd_start[r][b] .. fwd_start[r][b + 1]) in file
     * order (likewise back_*), so a lookup tries only the words that can match */
    uint16_t *fwd_idx[GX_QW__COUNT], *back_idx[GX_QW__COUNT];
    uint16_t fwd_start[GX_QW__COUNT][65], back_start[GX_QW__COUNT][65];
    char *pool;         /* every word's code points and codes                                 */
    uint64_t start_bits[GX_QTY_STARTS_END / 64 + 1]; /* see GX_QTY_STARTS_END                 */
    /* the last code points of the market words and of the market heads in 0x3000..0xA000,
     * one bit each (gx_quantity_market.c skips every other character at once) */
    uint64_t market_last[GX_QTY_START_SPAN / 64 + 1];
    uint64_t market_head_last[GX_QTY_START_SPAN / 64 + 1];
} gx_qtylex;

/* Set the bits of the characters a quantity or date can start with (start_bits, see
 * GX_QTY_STARTS_END; defined next to the scan in gx_quantity.c, which owns that grammar).
 * Called by gx_qtylex_load. */
void gx_quantity_mark_starts(uint64_t *bits);

/* The longest word of the role starting exactly at cp[i] (cp[0..n)), or NULL; a Latin word must
 * end at a word boundary. */
const gx_qword *gx_qtylex_longest_fwd(const uint32_t *cp, int32_t n, int32_t i, const gx_qtylex *lx,
                                      int role);
/* The longest word of the role ending exactly at i and starting at or after floor, or NULL; a
 * Latin word must start at a word boundary. */
const gx_qword *gx_qtylex_longest_back(const uint32_t *cp, int32_t floor, int32_t i, const gx_qtylex *lx,
                                       int role);

/* Load data_dir/lexicon/quantity_words.tsv. Returns a new table (gx_qtylex_free frees it), or
 * NULL with err filled (500: file missing, unknown role, bad value column). */
gx_qtylex *gx_qtylex_load(const char *data_dir, gl_error *err);

/* Free a table from gx_qtylex_load (NULL is accepted). */
void gx_qtylex_free(gx_qtylex *lx);

#endif
