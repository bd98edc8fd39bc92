/* gx_resolve_products.c — part of naming the entities (gx_resolve_entities.c): a company the
 * article names only where its name opens a fund product's (嘉实|新机遇、华夏|新经济…五大国家队基金,
 * 兴全|合宜基金, 华安红利|精选混合). A fund house named alone is a company; inside a product's name
 * it is not: the product is what the sentence speaks of. (fourteenth session, helper "comp17") */
#include <stdbool.h>
#include <stdint.h>

#include "gx_entity_util.h"
#include "gx_resolve_impl.h"

/* Words only a fund product's name ends with (its type, or 基金 itself); 债券, ETF and 沪港深 are
 * not among them: a company issues bonds and trades in markets under its own name. */
static const char32_t *const FUND_WORDS[] = {U"基金", U"混合", U"定开", U"定期开放", U"灵活配置", U"联接", NULL};

/* A plain character of a product's name: Chinese but no function word (nor 等, which closes a
 * list), or a digit. */
static bool plain_char(uint32_t c)
{
    static const char32_t F[] = U"的和与及被对为在是了等";
    for (int i = 0; F[i]; i++)
        if (c == (uint32_t)F[i])
            return false;
    return gx_is_cjk(c) || gx_is_digit(c);
}

/* Whether a stop word (旗下, 管理, 设立), a verb of saying, a title (分析师, 总经理) or a company's
 * word (a legal suffix, a line of business) of two characters or more starts at pos: a clause
 * starts, a person is named, or the name goes on as a company's (one-character stops, 经 of
 * 新经济, are letters of a product's name). */
static bool stop_at(const gx_lexicon *lex, const gx_article *art, int32_t pos)
{
    static const gx_lex_kind kinds[] = {GX_LEX_LEFT_STOP,      GX_LEX_SAY_VERB,  GX_LEX_POSITION,
                                        GX_LEX_COMPANY_SUFFIX, GX_LEX_BUSINESS_LINE, GX_LEX_ORG_SUFFIX};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (gx_lexicon_prefix_mask(lex, kinds[k], art->cp + pos, art->ncp - pos, 2))
            return true;
    return false;
}

/* Whether fund-type words (精选, 股票, 量化 …) run from pos to the end of a name: punctuation, a
 * function word or the text's end after them. 股票 alone is a company's shares (一只|股票,
 * 发行假|股票), no fund's type. */
static bool end_of_fund_types(const gx_lexicon *lex, const gx_article *art, int32_t pos)
{
    static const char32_t *const SHARES[] = {U"股票", NULL};
    int32_t k = pos;
    int words = 0;
    while (k < art->ncp) {
        uint32_t m = gx_lexicon_prefix_mask(lex, GX_LEX_FUND_TYPE, art->cp + k, art->ncp - k, 1);
        if (!m)
            break;
        k += 32 - __builtin_clz(m);
        words++;
    }
    if (words == 1 && gx_word_at(art, pos, SHARES) == k - pos)
        return false;
    return k > pos && (k == art->ncp || !plain_char(art->cp[k]));
}

/* Whether the characters from `at` finish a fund product's name: two or more plain characters,
 * none opening a stop word, then a fund word or fund-type words closing the name; across the
 * items of a list (、, each item two plain characters or more) and a share class in brackets
 * ((A/C)), within 48 characters. */
static bool opens_product(const gx_lexicon *lex, const gx_article *art, int32_t at)
{
    const uint32_t *cp = art->cp;
    int32_t plain = 0;
    for (int32_t j = at; j < art->ncp && j - at <= 48;) {
        int32_t f = gx_word_at(art, j, FUND_WORDS);
        if (f) /* (基金经理, 基金公司: a title, the house) */
            return plain >= 2 && !gx_word_at(art, j + f, (const char32_t *const[]){U"经理", U"公司", NULL});
        /* (or fund-type words closing the name: 嘉实|价值精选股票、, 南方|优享分红混合和) */
        if (plain >= 2 && end_of_fund_types(lex, art, j))
            return true;
        if (cp[j] == 0x3001 /* 、 */) {
            if (plain < 2)
                return false;
            plain = 0;
            j++;
            continue;
        }
        if (cp[j] == '(') { /* a share class: (A/C), (A) */
            int32_t k = j + 1;
            while (k < art->ncp && k - j <= 6 && (gx_is_upper(cp[k]) || cp[k] == '/'))
                k++;
            if (k == j + 1 || k >= art->ncp || cp[k] != ')')
                return false;
            j = k + 1;
            continue;
        }
        if (!plain_char(cp[j]) || stop_at(lex, art, j))
            return false;
        plain++;
        j++;
    }
    return false;
}

/* Does the name end in 公司 (a legal name: 合和实业有限公司|发行假股票 opens no product)? */
static bool legal_name_end(const gx_article *art, gx_span s)
{
    return s.end - s.start >= 3 && art->cp[s.end - 2] == 0x516C /* 公 */ && art->cp[s.end - 1] == 0x53F8 /* 司 */;
}

bool gx_rs_only_product_openings(const gx_lexicon *lex, const gx_article *art, const gx_entity *e)
{
    enum { MAXM = 32 };
    if (!lex || e->mentions.n == 0 || e->mentions.n > MAXM)
        return false;
    bool opens[MAXM];
    bool any = false;
    /* (a Chinese name glued to the product's words, no legal name: a Latin one before them is
     * the firm whose fund it is, GSF Capital|欧元基金CFO) */
    for (int m = 0; m < e->mentions.n; m++) {
        gx_span s = e->mentions.v[m].span;
        any |= opens[m] = gx_is_cjk(art->cp[s.end - 1]) && !legal_name_end(art, s) && opens_product(lex, art, s.end);
    }
    if (!any)
        return false;
    /* a product named again without its fund word (华夏|新经济去年年末的仓位): the same two
     * characters follow another mention that opens the product */
    const uint32_t *cp = art->cp;
    for (int m = 0; m < e->mentions.n; m++) {
        int32_t a = e->mentions.v[m].span.end;
        if (opens[m])
            continue;
        if (a + 1 >= art->ncp || !plain_char(cp[a]) || !plain_char(cp[a + 1]) || stop_at(lex, art, a))
            return false;
        bool again = false;
        for (int q = 0; q < e->mentions.n && !again; q++) {
            int32_t b = e->mentions.v[q].span.end;
            again = opens[q] && cp[b] == cp[a] && cp[b + 1] == cp[a + 1];
        }
        if (!again)
            return false;
    }
    return true;
}
