/* gx_resolve_shape.c — part of stage 1 of resolution (gx_resolve_impl.h): what a name's own text
 * and its next characters say it is not — a news outlet, an index or a market, an industry, a
 * place named after a company, a fund product, a branch or a desk of an organization, a legal
 * form of another name, a description by rank or by country, a branch named by its place alone,
 * an offering, a known name with a word glued after it — and gx_rs_never_an_entity(), the check
 * the weighing drops candidates by. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_cand_shape.h"
#include "gx_entities.h"
#include "gx_keymap.h"
#include "gx_quantity.h"
#include "gx_resolve_impl.h"
#include "gx_utf8.h"

/* Does the name end like a news outlet's (…报, …新闻, …电视台, …通讯社, …周刊)? */
bool gx_rs_is_outlet(const gx_article *art, gx_span s)
{
    const uint32_t *e = art->cp + s.end;
    int32_t len = s.end - s.start;
    if (len < 3)
        return false;
    if (e[-1] == 0x62A5 /* 报 */)
        return true;
    if ((e[-2] == 0x65B0 && e[-1] == 0x95FB) /* 新闻 */ || (e[-2] == 0x5468 && e[-1] == 0x520A) /* 周刊 */)
        return true;
    return len >= 4 && ((e[-3] == 0x7535 && e[-2] == 0x89C6 && e[-1] == 0x53F0) /* 电视台 */ ||
                        (e[-3] == 0x901A && e[-2] == 0x8BAF && e[-1] == 0x793E) /* 通讯社 */);
}

/* Is the name at s part of an index or a market (标普500, 标普500指数, 恒生指数, 纳斯达克综指):
 * a longer never-an-entity word starts with it, or 指数/综指/成指 follows it (after digits)? */
static bool names_an_index(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    int32_t upto = len + 6 < art->ncp - s.start ? len + 6 : art->ncp - s.start;
    if (upto > len && gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_NOT_ENTITY, cp + s.start, upto, len + 1))
        return true;
    int32_t k = s.end;
    while (k < art->ncp && k - s.end < 5 && gx_is_digit(cp[k]))
        k++;
    if (k + 1 < art->ncp && (cp[k + 1] == 0x6570 /* 数 */ || cp[k + 1] == 0x6307 /* 指 */) &&
        (cp[k] == 0x6307 /* 指 */ || cp[k] == 0x7EFC /* 综 */ || cp[k] == 0x6210 /* 成 */))
        return !(k + 3 < art->ncp && cp[k + 2] == 0x516C && cp[k + 3] == 0x53F8); /* 中证指数公司 */
    /* a composite index (纳斯达克|综合指数, 韩国首尔|综合指数) or an industry classification
     * (中信|一级行业指数, 申万|二级行业) named after its maker */
    static const char32_t *const COMPOSITE[] = {U"综合指数", U"一级行业", U"二级行业", U"三级行业", NULL};
    if (gx_word_at(art, k, COMPOSITE))
        return true;
    /* a region and 股票 between the name and 指数 (标准普尔美国股票指数, 道琼斯美国指数); 指数 can
     * only stand two to six places after the name (a region of two to four, then 股票 or not):
     * read those first, the region lookups only where 指数 is there */
    bool index_word = false;
    for (int32_t j = s.end + 2; j <= s.end + 6 && j + 1 < art->ncp && !index_word; j++)
        index_word = cp[j] == 0x6307 /* 指 */ && cp[j + 1] == 0x6570 /* 数 */;
    if (!index_word)
        return false;
    k = s.end;
    int r = 0;
    for (int n = 2; n <= 4 && k + n <= art->ncp; n++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + k, n))
            r = n;
    k += r;
    if (r && k + 1 < art->ncp && cp[k] == 0x80A1 /* 股 */ && cp[k + 1] == 0x7968 /* 票 */)
        k += 2;
    return r && k + 1 < art->ncp && cp[k] == 0x6307 /* 指 */ && cp[k + 1] == 0x6570 /* 数 */ &&
           !(k + 3 < art->ncp && cp[k + 2] == 0x516C && cp[k + 3] == 0x53F8);
}

/* Is the company name at s the start of an industry's name (中国银行|业, 美国银行|业的危机, 证券|业):
 * it ends in a business word and 业 follows, not 业务 or 业绩 (兴业侨丰期货|业务部)? */
static bool names_an_industry(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end - s.start < 2 || s.end + 1 > art->ncp || cp[s.end] != 0x4E1A /* 业 */)
        return false;
    if (s.end + 1 < art->ncp && (cp[s.end + 1] == 0x52A1 /* 务 */ || cp[s.end + 1] == 0x7EE9 /* 绩 */))
        return false;
    static const uint32_t word[][2] = {{0x94F6, 0x884C}, /* 银行 */ {0x8BC1, 0x5238}, /* 证券 */
                                       {0x4FDD, 0x9669}, /* 保险 */ {0x4FE1, 0x6258}, /* 信托 */
                                       {0x671F, 0x8D27} /* 期货 */, {0x822A, 0x7A7A} /* 航空 (英国航空|业) */};
    for (size_t k = 0; k < sizeof word / sizeof word[0]; k++)
        if (cp[s.end - 2] == word[k][0] && cp[s.end - 1] == word[k][1])
            return true;
    return false;
}

/* Does a place named after the company follow the name (迪士尼|乐园, 诺基亚|剧院, 水井坊|博物馆)?
 * Then the words name that place, not the company. Heads of two characters or more only: one
 * character (谷歌|山景城) is too often the start of another word. */
static bool names_a_place_after(const gx_article *art, gx_span s)
{
    static const char32_t *const HEAD[] = {U"乐园", U"公园", U"剧院", U"博物馆", U"森林", U"景区", U"度假区", U"游乐场"};
    for (size_t k = 0; k < sizeof HEAD / sizeof HEAD[0]; k++) {
        int32_t n = 0;
        while (HEAD[k][n] && s.end + n < art->ncp && art->cp[s.end + n] == (uint32_t)HEAD[k][n])
            n++;
        if (!HEAD[k][n])
            return true;
    }
    return false;
}

/* Does one character of a money product glue the name into a platform's name (吉利宝平台, 吉利贷,
 * 某某宝, as P2P and wealth platforms call themselves)? 宝 or 贷 right after the name, then the
 * text's end, a character that is no Chinese one (a mark, a letter, a digit) or a word of the
 * platform (平台 理财 网 app). Then the words name the platform, not the company. Not 宝 before
 * more Chinese (吉利宝马 would be two names glued; 宝钢, 宝能 are names of their own). */
static bool names_a_platform_after(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp, e = s.end;
    if (e >= n || (cp[e] != 0x5B9D /* 宝 */ && cp[e] != 0x8D37 /* 贷 */))
        return false;
    if (e + 1 >= n || cp[e + 1] < 0x4E00 || cp[e + 1] > 0x9FFF)
        return true;
    static const char32_t *const WORD[] = {U"平台", U"理财", U"网"};
    for (size_t k = 0; k < sizeof WORD / sizeof WORD[0]; k++) {
        int32_t m = 0;
        while (WORD[k][m] && e + 1 + m < n && cp[e + 1 + m] == (uint32_t)WORD[k][m])
            m++;
        if (!WORD[k][m])
            return true;
    }
    return false;
}

/* The end of the legal name a branch's name opens with (…股份有限公司|武林支行, …有限责任公司|深圳分公司),
 * else s.end. */
int32_t gx_rs_legal_name_end(const gx_article *art, gx_span s)
{
    if (!gx_rs_is_branch_name(art, s))
        return s.end;
    for (int32_t q = s.end - 3; q >= s.start + 4; q--)
        if (art->cp[q - 2] == 0x516C && art->cp[q - 1] == 0x53F8 && /* …有限公司, …有限责任公司 */
            ((art->cp[q - 4] == 0x6709 && art->cp[q - 3] == 0x9650) || (art->cp[q - 4] == 0x8D23 && art->cp[q - 3] == 0x4EFB)))
            return q;
    return s.end;
}

/* Does the name end in a branch word (支行, 分行, 支公司, 分公司, 营业部)? */
bool gx_rs_is_branch_name(const gx_article *art, gx_span s)
{
    const uint32_t *e = art->cp + s.end;
    int32_t len = s.end - s.start;
    if (len >= 4 && (e[-1] == 0x884C /* 行 */ || e[-1] == 0x90E8 /* 部 */) &&
        (e[-2] == 0x652F /* 支 */ || e[-2] == 0x5206 /* 分 */ || (e[-2] == 0x4E1A && e[-3] == 0x8425) /* 营业 */))
        return true;
    return len >= 5 && e[-2] == 0x516C && e[-1] == 0x53F8 && (e[-3] == 0x652F || e[-3] == 0x5206);
}

/* The length of the longest word in a gx_lexicon_prefix_mask(..., min 1) result m != 0 (bit b:
 * a word of b + 1 code points). */
static int32_t longest_in_mask(uint32_t m)
{
    return 32 - __builtin_clz(m);
}

/* Is [from, to) a department or desk of an organization rather than more of its name: desk words
 * only (亚太|交易 of OANDA亚太交易主管), or a name ending in 部/部门 (财富管理部)? */
bool gx_rs_is_department_part(const gx_engine *eng, const gx_article *art, int32_t from, int32_t to)
{
    const uint32_t *cp = art->cp;
    /* (its head office's department: 人保财险|总公司个险营销管理部) */
    from += gx_word_at(art, from, (const char32_t *const[]){U"总公司", U"总部", NULL});
    if (to - from >= 2 && to - from <= 8 && cp[to - 1] == 0x90E8 /* 部 */)
        return true;
    if (to - from >= 3 && to - from <= 8 && cp[to - 2] == 0x90E8 && cp[to - 1] == 0x95E8 /* 部门 */)
        return true;
    /* a chain of desk words covering the whole extension */
    int32_t i = from;
    while (i < to) {
        uint32_t m = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_DEPT_PREFIX, cp + i, to - i, 1);
        if (!m)
            return false;
        i += longest_in_mask(m);
    }
    return i == to && to > from;
}

/* Does 基金 or a fund's legal word 证券投资基金 (X灵活配置混合型|证券投资基金) start at i? */
static bool fund_word_at(const gx_article *art, int32_t i)
{
    static const char32_t *const WORDS[] = {U"基金", U"证券投资基金", NULL};
    /* (the list's first characters checked first: most places open neither word) */
    return i >= 0 && i < art->ncp && (art->cp[i] == 0x57FA /* 基 */ || art->cp[i] == 0x8BC1 /* 证 */) &&
           gx_word_at(art, i, WORDS) > 0;
}

/* Is the name at s a fund product (嘉实医疗保健|股票基金经理, X混合|基金): fund-type words then 基金
 * follow it, or it ends in one and 基金 follows, or the rest of a product's name, fund-type words and
 * 基金 follow it? */
static bool is_fund_product(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t i = s.end;
    bool typed = false;
    for (int32_t b = s.start; b < s.end && !typed; b++) /* ends in a fund-type word */
        typed = s.end - b <= 6 && gx_lexicon_is(eng->lexicon, GX_LEX_FUND_TYPE, cp + b, s.end - b);
    while (i < art->ncp) {
        uint32_t m = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_FUND_TYPE, cp + i, art->ncp - i, 1);
        if (!m)
            break;
        i += longest_in_mask(m);
        typed = true;
    }
    if (typed && fund_word_at(art, i))
        return true;
    /* the rest of the product's name between (东方红睿|泽三年定开基金, 工银瑞信中证环|保产业指数分级
     * 基金: a name the tagger cut inside the product's): one to eight plain characters, then
     * fund-type words and 基金 or a share class */
    for (int32_t j = s.end + 1; j <= s.end + 8 && j < art->ncp; j++) {
        uint32_t c = cp[j - 1];
        if (!gx_is_cjk(c) || gx_lexicon_char_is(eng->lexicon, c, GX_LEX_NOT_GIVEN) ||
            gx_lexicon_char_is(eng->lexicon, c, GX_LEX_LEFT_STOP) || c == 0x57FA /* 基 */)
            return false;
        int32_t k = j;
        while (k < art->ncp) {
            uint32_t m = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_FUND_TYPE, cp + k, art->ncp - k, 1);
            if (!m)
                break;
            k += longest_in_mask(m);
        }
        if (k > j && fund_word_at(art, k))
            return true;
        /* (or a share class: 工银中证环|保产业指数分级B) */
        if (k > j && k < art->ncp && (cp[k] == 'A' || cp[k] == 'B' || cp[k] == 'C') &&
            (k + 1 == art->ncp || (!gx_is_alnum(cp[k + 1]) && !gx_is_cjk(cp[k + 1]))))
            return true;
    }
    return false;
}

/* A fund's share class written after the name (银华汇利A:…) where the article writes the same name
 * elsewhere as a fund product (银华汇利灵活配置混合型证券投资基金): the name is the fund's, not a
 * company's (twentieth session, edge34). A stock's class (万科A) has no fund product beside it. */
static bool fund_class_named_elsewhere(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    if (n < 2 || s.end >= art->ncp || (cp[s.end] != 'A' && cp[s.end] != 'B' && cp[s.end] != 'C') ||
        (s.end + 1 < art->ncp && gx_is_alnum(cp[s.end + 1])))
        return false;
    /* (a scan of the text only for a name with a class letter after it: rare) */
    for (int32_t at = 0; at + n <= art->ncp; at++)
        if (at != s.start && cp[at] == cp[s.start] && !memcmp(cp + at, cp + s.start, sizeof(uint32_t) * (size_t)n) &&
            is_fund_product(eng, art, (gx_span){at, at + n}))
            return true;
    return false;
}

/* A numeral or 几 (六大|发电集团, 6大, 第二大, 几大). */
static bool is_numeral_char(uint32_t c)
{
    return gx_is_numeral(c) || c == 0x51E0 /* 几 */;
}

/* A kind of firm, no name (sixteenth session, comp22): 类 or 型 right before a business word
 * (融资类|信托, 债券型|基金, 科技型|企业); a verb of two or three characters (cues.tsv left_stop)
 * before a word for firms (firm_noun) and nothing else (为落实|集团公司, 低至|银行6折, 欢庆|银行存管;
 * not before a trade: 新锐|半导体 stays); a name ending in a not_entity word of three characters or
 * more that is no firm noun (道|指期货, 追回损失|免费咨询). */
static bool kind_of_firm(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    for (int n = 2; n <= 4 && n + 2 <= len; n++) {
        uint32_t k = cp[s.end - n - 1];
        if ((k == 0x7C7B /* 类 */ || k == 0x578B /* 型 */) &&
            (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.end - n, n) ||
             gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.end - n, n)))
            return true;
    }
    bool firm_noun = len >= 3 && ((cp[s.end - 2] == 0x516C && cp[s.end - 1] == 0x53F8) || /* 公司 */
                                  (cp[s.end - 2] == 0x96C6 && cp[s.end - 1] == 0x56E2) || /* 集团 */
                                  (cp[s.end - 2] == 0x4F01 && cp[s.end - 1] == 0x4E1A));  /* 企业 */
    int32_t body = firm_noun ? len - 2 : len;
    for (int32_t v = 2; v <= 3 && v + 2 <= body; v++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_LEFT_STOP, cp + s.start, v) &&
            gx_lexicon_is(eng->lexicon, GX_LEX_FIRM_NOUN, cp + s.start + v, body - v))
            return true;
    /* a kind word at the end, unless it is itself a kind of firm (华锦|资管公司, 君安|证券公司,
     * 济南|农商行: a place names one bank of the kind) */
    if (!firm_noun && cp[s.end - 1] != 0x884C /* 行 */)
        for (int32_t k = s.start + 1; k + 3 <= s.end; k++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_NOT_ENTITY, cp + k, s.end - k))
                return true;
    return false;
}

/* Is the name a piece of a clause rather than a name (seventeenth session, comp25): a bad_ending
 * word closes it, whoever proposed it (a headline repeated in a 原标题 line: 未来|不排除); a numeral
 * and a measure word close it (另外一位|合伙人); 证券 is the first half of 证券简称/证券代码
 * (海润光伏证券|简称变更为…). */
static bool clause_piece(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t MEASURE[] = U"位名家个";
    static const char32_t *const CODE_WORDS[] = {U"简称", U"代码", NULL};
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (len < 3)
        return false;
    /* (not a part of a place or a firm ending in 部: 兰州|西部 is a platform in a list) */
    for (int32_t k = s.start + 1; k + 2 <= s.end && cp[s.end - 1] != 0x90E8 /* 部 */; k++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_BAD_ENDING, cp + k, s.end - k))
            return true;
    if (is_numeral_char(cp[s.end - 2]) && cp[s.end - 2] != 0x4E07 /* 万 */ && cp[s.end - 2] != 0x5343 /* 千 */ &&
        cp[s.end - 2] != 0x767E /* 百 */)
        for (int k = 0; MEASURE[k]; k++)
            if (cp[s.end - 1] == (uint32_t)MEASURE[k])
                return true;
    return len >= 4 && cp[s.end - 2] == 0x8BC1 /* 证 */ && cp[s.end - 1] == 0x5238 /* 券 */ && s.end < art->ncp &&
           gx_word_at(art, s.end, CODE_WORDS) > 0;
}

/* Does the name open with a pronoun and an adverb or copula, the start of a clause about a
 * person (彼亦为|集团执行董事, 其为|公司…: Hong Kong filings write 彼 for he or she)? A handful of
 * function characters, part of the rule's grammar. (seventeenth session, "comp24") */
static bool pronoun_clause(const gx_article *art, gx_span s)
{
    static const char32_t PRONOUN[] = U"彼其他她";
    static const char32_t AFTER[] = U"亦也为是均曾现同";
    if (s.end - s.start < 3)
        return false;
    bool p = false, a = false;
    for (int k = 0; PRONOUN[k] && !p; k++)
        p = art->cp[s.start] == (uint32_t)PRONOUN[k];
    for (int k = 0; AFTER[k] && p && !a; k++)
        a = art->cp[s.start + 1] == (uint32_t)AFTER[k];
    return p && a;
}

/* Is the name one Han character glued to the Han text before it and a Latin name after it
 * (写字楼二房|东|WeWork): the character ends the word before, and the name is the Latin one.
 * (seventeenth session, "comp24") */
static bool glued_char_and_latin(const gx_article *art, gx_span s)
{
    if (s.end - s.start < 4 || s.start == 0 || !gx_is_cjk(art->cp[s.start - 1]) || !gx_is_cjk(art->cp[s.start]))
        return false;
    for (int32_t k = s.start + 1; k < s.end; k++)
        if (!gx_is_alnum(art->cp[k]) && art->cp[k] != ' ')
            return false;
    return gx_is_upper(art->cp[s.start + 1]);
}

/* Does the name describe a company by its rank or size rather than name it (西班牙第二大银行,
 * 六|大发电集团, 六大发电集团, 全球最大…)? (tenth session, "compfp") */
static bool size_description(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (cp[s.start] == 0x5927 /* 大 */ && s.start > 0 && is_numeral_char(cp[s.start - 1]))
        return true;
    if (s.end - s.start > 2 && is_numeral_char(cp[s.start]) && cp[s.start + 1] == 0x5927)
        return true;
    for (int32_t i = s.start; i + 2 < s.end; i++) {
        if (cp[i] == 0x7B2C /* 第 */ && is_numeral_char(cp[i + 1]) && cp[i + 2] == 0x5927 /* 大 */)
            return true;
        if (cp[i] == 0x6700 /* 最 */ && cp[i + 1] == 0x5927 /* 大 */)
            return true;
    }
    return false;
}

/* Is the name a country or continent and a bare business word (欧洲|航司, 美国|联邦, 这家|法国|银行)?
 * Unknown to the gazetteer, it speaks of that country's firms or airlines in general. */
static bool country_and_business_word(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const char32_t *const *const COUNTRIES = gx_lexicon_words(eng->lexicon, GX_WL_COUNTRY_WORD);
    /* (a measure word the tagger glued before it: 这|家法国银行) */
    int32_t from = s.start + (art->cp[s.start] == 0x5BB6 /* 家 */);
    /* a bloc or the world and a trade with 公司 or 企业 is a kind of firm (近期5家欧洲航空公司, 若欧盟
     * 航空公司的联程航班…; not 亚洲航空, AirAsia's name) */
    static const char32_t *const BLOCS[] = {U"欧洲", U"欧盟", U"欧美", U"全球", NULL};
    static const char32_t *const FIRM[] = {U"公司", U"企业", NULL};
    int32_t b = gx_word_at(art, from, BLOCS);
    if (b > 0 && s.end - from - b == 4 && gx_is_cjk(art->cp[from + b]) && gx_is_cjk(art->cp[from + b + 1]) &&
        gx_word_at(art, from + b + 2, FIRM) == 2)
        return true;
    int32_t c = gx_word_at(art, from, COUNTRIES);
    if (c == 0 || s.end - from - c < 2)
        return false;
    int32_t rest = s.end - from - c;
    from += c;
    const char32_t *const *const WORDS =
        gx_lexicon_words(eng->lexicon, GX_WL_COUNTRY_BUSINESS_WORD);
    if (gx_word_at(art, from, WORDS) == rest)
        return true;
    /* a country's securities or futures word opening a body's longer name (澳大利亚证券及投资委员会,
     * cut off at the page's end: 由澳大利亚证券及; not 及其, the firm and its units; twenty-fifth
     * session, comp63) */
    if (s.end < art->ncp && art->cp[s.end] == 0x53CA /* 及 */ &&
        (s.end + 1 == art->ncp || art->cp[s.end + 1] != 0x5176 /* 其 */) &&
        gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + from, rest))
        return true;
    /* a bank or a broker of a country is a name as often as not (荷兰银行, 美洲银行): only after a
     * demonstrative or a measure word (这家法国银行, 一家美国券商) it is a description */
    bool described = from - c > s.start ||
                     (s.start >= 2 && art->cp[s.start - 1] == 0x5BB6 /* 家 */) ||
                     (s.start >= 1 && art->cp[s.start - 1] == 0x8BE5 /* 该 */);
    return described && gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + from, rest);
}

/* Is the name a credit rating and a firm word (AAA集团担保, AA+公司: a rating of whoever
 * guarantees, no name): two or three of one letter A, B or C, + or - perhaps, then a company
 * suffix and nothing else (twenty-fifth session, comp63). */
static bool rating_and_firm_word(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t k = s.start;
    uint32_t g = cp[k];
    if (g != 'A' && g != 'B' && g != 'C')
        return false;
    while (k < s.end && cp[k] == g)
        k++;
    if (k - s.start < 2 || k - s.start > 3 || (s.start > 0 && gx_is_alnum(cp[s.start - 1])))
        return false;
    if (k < s.end && (cp[k] == '+' || cp[k] == '-'))
        k++;
    return k < s.end && gx_is_cjk(cp[k]) && gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + k, s.end - k);
}

/* Does the name end in 系列 and a fund or product word (人才系列基金, X系列产品; cues.tsv series_word):
 * a line of products, not the firm behind them (twenty-fifth session, comp63). */
static bool product_series(const gx_engine *eng, const gx_article *art, gx_span s)
{
    for (int32_t k = s.start + 1; k + 4 <= s.end; k++)
        if (gx_lex_word_at(eng->lexicon, GX_LEX_SERIES_WORD, art, k) == s.end - k)
            return true;
    return false;
}

/* Is the name a branch named by its place alone (上海市分行, 辽宁省分行, 甘肃省分公司, 长沙分公司,
 * 天津分院)? It is a unit of a company named before it or elsewhere (中国银行(3988 HK)|上海市分行,
 * 中国移动|长沙分公司), not a company of its own. (tenth session, "compfp") */
static bool branch_of_a_place(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const char32_t *const *const BRANCH = gx_lexicon_words(eng->lexicon, GX_WL_BRANCH_WORD);
    int32_t b = gx_word_ending(art->cp, s.start, s.end, BRANCH);
    if (b == 0 || s.end - b - s.start < 2)
        return false;
    int32_t place_end = s.end - b;
    uint32_t last = art->cp[place_end - 1];
    if (last == 0x7701 /* 省 */ || last == 0x5E02 /* 市 */)
        place_end--;
    if (place_end - s.start >= 2 && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + s.start, place_end - s.start))
        return true;
    /* (two characters alone before 分公司 or 支公司 name a county or town no list of ours holds
     * (董事长助理李强，平邑分公司经理林涛): a firm's branch never stands for the firm under two
     * characters of its own unless they are a known company's short name; twenty-third session, comp51) */
    int32_t body = s.end - b - s.start;
    return body == 2 && b == 3 && art->cp[s.end - 2] == 0x516C /* 公 */ && gx_is_cjk(art->cp[s.start]) &&
           gx_is_cjk(art->cp[s.start + 1]) && !gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY, art->cp + s.start, 2);
}

/* Does the name end in 上市 or 发行 (an offering: …并在科创板上市, …投资者定价发行)? No company's
 * name of five characters or more does (广发|行 is a bank). */
static bool names_an_offering(const gx_article *art, gx_span s)
{
    return s.end - s.start >= 5 &&
           gx_word_ending(art->cp, s.start, s.end, (const char32_t *const[]){U"上市", U"发行", NULL}) > 0;
}

/* Does [from, to) read on as more of a company's name: a suffix, a business or generic word, a
 * place, a desk or another company starts somewhere in it (片仔癀|药业公司, 摩根士丹利|中国,
 * 中信建投|基金)? */
static bool continues_a_name(const gx_engine *eng, const gx_article *art, int32_t from, int32_t to)
{
    static const gx_lex_kind kinds[] = {GX_LEX_COMPANY_SUFFIX, GX_LEX_ORG_SUFFIX, GX_LEX_GOV_SUFFIX, GX_LEX_GENERIC_BODY,
                                        GX_LEX_REGION,         GX_LEX_DEPT_PREFIX, GX_LEX_COMPANY,    GX_LEX_LIST_NOUN};
    for (int32_t i = from; i < to; i++)
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            if (gx_lexicon_prefix_mask(eng->lexicon, kinds[k], art->cp + i, art->ncp - i, 1))
                return true;
    return false;
}

/* Is tagger candidate i a company the gazetteer knows with a word glued after it that no name
 * reads on with (德展健康|天量解禁, 金力泰|公开资料, 易方达|瑞惠: a fund's name)? Then the known name
 * is meant, and the tagger's longer span must not take its place. (tenth session, "compfp") */
static bool known_name_and_word(gx_rs *rs, int i)
{
    const gx_candidate *c = &rs->cv[i];
    const gx_article *art = rs->art;
    int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, rs->qb);
    int32_t known_end = -1;
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &rs->cv[rs->qb[q]];
        if (o->source == GX_SRC_RULE && o->type == GX_ENT_COMPANY && same_span(o, c))
            return false; /* a rule reads the same span */
        if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_COMPANY && o->lex_id >= 0 && o->span.end < c->span.end &&
            o->span.end - o->span.start >= 2 && o->span.end > known_end)
            known_end = o->span.end;
    }
    if (known_end < 0 || c->span.end - known_end > 4)
        return false;
    for (int32_t k = known_end; k < c->span.end; k++)
        if (!gx_is_cjk(art->cp[k]))
            return false;
    /* (网 makes the company's site, a name of its own: 腾讯网, 携程网) */
    if (c->span.end - known_end == 1 && art->cp[known_end] == 0x7F51 /* 网 */)
        return false;
    return !continues_a_name(rs->eng, art, known_end, c->span.end);
}

/* (gx_resolve_impl.h: the walk per length before speed24) */
int32_t gx_rs_repeated_prefix_walk(const uint32_t *cp, const gx_candidate *cv, int nc, gx_span cs)
{
    const gx_candidate cc = {.span = cs}, *c = &cc;
    int32_t len = cs.end - cs.start;
    if (gx_cand_same_text(cp, cv, nc, cs, ~0u, true) >= 0) /* the long reading itself is repeated: a name */
        return -1;
    for (int32_t l = len - 1; l >= 4; l--) {
        int seen = 0;
        int32_t last = -1;
        for (int k = 0; k < nc && seen < 2; k++) {
            const gx_candidate *o = &cv[k];
            if (o->source == GX_SRC_TAGGER && o->type == GX_ENT_COMPANY && o->span.start != c->span.start &&
                o->span.start != last && o->span.end - o->span.start == l &&
                !memcmp(cp + o->span.start, cp + c->span.start, sizeof(uint32_t) * (size_t)l))
                seen++, last = o->span.start;
        }
        if (seen >= 2)
            return l;
    }
    return 0;
}

/* What gx_rs_repeated_prefix learns from candidate o about cs (len code points, at most 64):
 * true when o reads the whole text elsewhere (the answer is -1); else it notes o's start in
 * first_at/twice and raises *best. The answer does not depend on the order of the candidates. */
static bool prefix_note(const uint32_t *cp, const gx_candidate *o, gx_span cs, int32_t *first_at,
                        bool *twice, int32_t *best)
{
    int32_t len = cs.end - cs.start;
    int32_t ol = o->span.end - o->span.start;
    if (ol < 4 || ol > len || o->span.start == cs.start || cp[o->span.start] != cp[cs.start])
        return false;
    if (ol < len && (o->source != GX_SRC_TAGGER || o->type != GX_ENT_COMPANY))
        return false;
    if (memcmp(cp + o->span.start, cp + cs.start, sizeof(uint32_t) * (size_t)ol))
        return false;
    if (ol == len) /* the long reading itself is repeated: a name */
        return true;
    if (first_at[ol] < 0)
        first_at[ol] = o->span.start;
    else if (first_at[ol] != o->span.start && !twice[ol]) {
        twice[ol] = true;
        if (ol > *best)
            *best = ol;
    }
    return false;
}

enum { PREFIX_CAP = 64 }; /* (no reading is this long in the corpus; the walk per length beyond) */

/* (gx_resolve_impl.h: one walk over the candidates, speed24) */
int32_t gx_rs_repeated_prefix(const uint32_t *cp, const gx_candidate *cv, int nc, gx_span cs)
{
    int32_t len = cs.end - cs.start;
    if (len > PREFIX_CAP)
        return gx_rs_repeated_prefix_walk(cp, cv, nc, cs);
    int32_t first_at[PREFIX_CAP];
    bool twice[PREFIX_CAP];
    for (int32_t l = 0; l < len; l++)
        first_at[l] = -1, twice[l] = false;
    int32_t best = 0;
    for (int k = 0; k < nc; k++)
        if (prefix_note(cp, &cv[k], cs, first_at, twice, &best))
            return -1;
    return best;
}

/* (gx_resolve_impl.h: the candidates at the places of cs's first two characters, quad29) */
int32_t gx_rs_repeated_prefix_ix(const gx_article *art, const gx_cand_ix *ix, gx_span cs)
{
    const uint32_t *cp = art->cp;
    const gx_candidate *cv = art->candidates.v;
    int32_t len = cs.end - cs.start;
    if (len > PREFIX_CAP || len < 2)
        return gx_rs_repeated_prefix(cp, cv, art->candidates.n, cs);
    int32_t first_at[PREFIX_CAP];
    bool twice[PREFIX_CAP];
    for (int32_t l = 0; l < len; l++)
        first_at[l] = -1, twice[l] = false;
    int32_t best = 0;
    gx_cand_place_it it;
    for (int k = gx_cand_place_first(&it, ix, art, cp + cs.start, cs.start); k >= 0;
         k = gx_cand_place_next(&it))
        if (prefix_note(cp, &cv[k], cs, first_at, twice, &best))
            return -1;
    return best;
}

/* Is tagger candidate i a name the tagger reads twice or more elsewhere in the article with a
 * few characters glued after it that it reads only here (张家港市招港基金|行使…, 张家港市招港基金|就
 * 张家港市招港基金行…)? An article repeats a company's name the same way; a longer one-off reading
 * of it is the name and the next word. Not when what follows is a legal form or a company word
 * (…基金|管理有限公司: the full name) or a region (联合光伏|常州: the company's local unit).
 * (eleventh session, "comp14") */
static bool repeated_name_and_glue(gx_rs *rs, int i)
{
    const gx_candidate *c = &rs->cv[i];
    const gx_article *art = rs->art;
    const gx_lexicon *lex = rs->eng->lexicon;
    const uint32_t *cp = art->cp;
    int32_t len = c->span.end - c->span.start;
    if (len < 5)
        return false;
    int32_t l = gx_rs_repeated_prefix_ix(art, &rs->ix, c->span);
    if (l > 0) {
        int32_t r = c->span.start + l;
        for (int32_t q = r; q < c->span.end; q++)
            if (!gx_is_cjk(cp[q]))
                return false;
        /* (a company word anywhere in it, or 公司 at its end: 长江证券|资产管理公司) */
        for (int32_t q = r; q < c->span.end; q++)
            if (gx_lexicon_prefix_mask(lex, GX_LEX_COMPANY_SUFFIX, cp + q, c->span.end - q, 1))
                return false;
        if (c->span.end - r >= 2 && cp[c->span.end - 2] == 0x516C && cp[c->span.end - 1] == 0x53F8) /* 公司 */
            return false;
        /* (a region opening it, or a unit's word closing it: 交通银行|湖北省分行, 中江信托|华南财富管理中心) */
        const char32_t *const *const UNITS = gx_lexicon_words(lex, GX_WL_REPEATED_UNIT);
        if (gx_lexicon_prefix_mask(lex, GX_LEX_REGION, cp + r, c->span.end - r, 2) ||
            gx_word_ending(cp, r, c->span.end, UNITS) > 0)
            return false;
        return true;
    }
    return false;
}

/* Is tagger candidate i a country or region glued before a rule's Latin-led company name that
 * ends with it (法国|Kidiliz集团), or a description ending in a company noun (捷克投资公司|PPF集团)?
 * The place is where the company is, the description an apposition: no part of its name. */
static bool place_before_latin_name(gx_rs *rs, int i)
{
    const gx_candidate *c = &rs->cv[i];
    const gx_article *art = rs->art;
    /* the Latin name opens with a capital two characters or more into c (or at its end): without
     * one there, no candidate needs a look */
    bool capital = false;
    for (int32_t q = c->span.start + 2; q <= c->span.end && q < art->ncp && !capital; q++)
        capital = gx_is_upper(art->cp[q]);
    if (!capital)
        return false;
    for (int k = 0; k < rs->nc; k++) {
        const gx_candidate *o = &rs->cv[k];
        int32_t r = o->span.start - c->span.start;
        if (o->source == GX_SRC_RULE && o->type == GX_ENT_COMPANY && o->span.end == c->span.end && r >= 2 &&
            gx_is_upper(art->cp[o->span.start]) &&
            (gx_lexicon_is(rs->eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, r) ||
             gx_word_ending(art->cp, c->span.start, o->span.start, gx_company_describers) > 0))
            return true;
    }
    return false;
}

/* Is big = small + a legal-form suffix (股份有限公司, 有限公司, 集团股份有限公司, 股份)? Then both
 * name the same company. */
bool gx_rs_legal_form_of(const gx_article *art, gx_span big, gx_span small)
{
    static const uint32_t forms[][8] = {
        {0x80A1, 0x4EFD, 0x6709, 0x9650, 0x516C, 0x53F8, 0}, /* 股份有限公司 */
        {0x6709, 0x9650, 0x516C, 0x53F8, 0},                 /* 有限公司 */
        {0x80A1, 0x4EFD, 0},                                 /* 股份 */
        {0x516C, 0x53F8, 0},                                 /* 公司 */
    };
    if (big.start != small.start)
        return false;
    int32_t from = gx_stock_quote_end(art, small.end); /* 国信证券(10.750,-0.11,-1.01%)|股份有限公司 */
    int32_t rest = big.end - from;
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        int32_t n = 0;
        while (forms[f][n])
            n++;
        if (n == rest && !memcmp(art->cp + from, forms[f], sizeof(uint32_t) * (size_t)n))
            return true;
    }
    return false;
}

/* Is c a title rule's person whose name is also a word (新闻发言人|高峰|就: gx_people.c
 * word_name reads it only between a title and a verb of speech): the title ends where it starts. */
static bool titled_word_name(const gx_article *art, const gx_candidate *c)
{
    if (c->type != GX_ENT_PERSON || c->source != GX_SRC_RULE)
        return false;
    for (int k = 0; k < art->positions.n; k++)
        if (art->positions.v[k].span.end == c->span.start)
            return true;
    return false;
}

/* Whether candidate i names what is never this kind of entity: a listed non-entity word, an
 * industry, a fund product, an index or a market. */
/* Two kinds of business glued, with or without a firm word after them (招银汇金|智能交易APP,
 * 智能|交易: generic_body words of cues.tsv): a kind of business, no name (twenty-first session,
 * comp38). */
static bool generic_compound(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (len >= 6 && ((cp[s.end - 2] == 0x516C && cp[s.end - 1] == 0x53F8) || (cp[s.end - 2] == 0x96C6 && cp[s.end - 1] == 0x56E2)))
        len -= 2;
    for (int32_t a = 2; a + 2 <= len; a++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.start, a) &&
            gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.start + a, len - a))
            return true;
    return false;
}

bool gx_rs_never_an_entity(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    const gx_candidate *c = &rs->cv[i];
    if (gx_lexicon_is(eng->lexicon, GX_LEX_NOT_ENTITY, art->cp + c->span.start, c->span.end - c->span.start) &&
        !titled_word_name(art, c))
        return true;
    /* (a firm word heading a longer word: 悦天使集团实行集团|化; twenty-eighth session, edges) */
    if (c->type == GX_ENT_COMPANY && (c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) &&
        c->lex_id < 0 && gx_rs_edge_suffix_in_word(art, c->span))
        return true;
    if (c->type == GX_ENT_COMPANY && (names_an_industry(art, c->span) || names_a_place_after(art, c->span) ||
                                      names_a_platform_after(art, c->span) ||
                                      (c->source != GX_SRC_GAZETTEER && gx_shape_numeral_size(art, c->span))))
        return true;
    /* (weibo markup inside: 平安朝阳@北京朝阳@北京卫视, 钱旺#集团; twenty-first session, comp38) */
    if (c->source != GX_SRC_GAZETTEER && c->source != GX_SRC_TICKER && c->type != GX_ENT_PERSON &&
        gx_shape_social_markup(art, c->span))
        return true;
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        generic_compound(eng, art, c->span)) {
        /* (not a known company's name and its firm word: 中国移动|集团) */
        bool known = false;
        for (int k = 0; k < rs->nc && !known; k++)
            known = rs->cv[k].source == GX_SRC_GAZETTEER && rs->cv[k].type == GX_ENT_COMPANY &&
                    rs->cv[k].span.start == c->span.start && rs->cv[k].span.end <= c->span.end;
        if (!known)
            return true;
    }
    /* a name glued to the words after it, whoever proposed it (a rule repeats the tagger's
     * reading where the text repeats: 姚劲波祝贺贝壳 twice) */
    if (c->type == GX_ENT_PERSON && c->source != GX_SRC_GAZETTEER && gx_shape_glued_name(eng, art, c->span))
        return true;
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY &&
        (is_fund_product(eng, art, c->span) || fund_class_named_elsewhere(eng, art, c->span) ||
         (c->lex_id < 0 && gx_company_phrase(eng->lexicon, art, c->span))))
        return true;
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER || c->source == GX_SRC_ALIAS) &&
        c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        (size_description(art, c->span) || country_and_business_word(eng, art, c->span) || kind_of_firm(eng, art, c->span) ||
         rating_and_firm_word(eng, art, c->span) || product_series(eng, art, c->span) ||
         pronoun_clause(art, c->span) || clause_piece(eng, art, c->span)))
        return true;
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        (known_name_and_word(rs, i) || repeated_name_and_glue(rs, i) || place_before_latin_name(rs, i) ||
         glued_char_and_latin(art, c->span)))
        return true;
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        branch_of_a_place(eng, art, c->span))
        return true;
    /* an offering, not its issuer (首次公开发行股票并在科创板上市(以下简称“本次发行”), 社会公众
     * 投资者定价发行(以下简称“网上发行”)), and the short name the text gives it */
    if (c->source != GX_SRC_GAZETTEER && c->source != GX_SRC_TICKER && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        (names_an_offering(art, c->span) ||
         (c->source == GX_SRC_ALIAS && c->link >= 0 && c->link < rs->nc && names_an_offering(art, rs->cv[c->link].span))))
        return true;
    if (c->type != GX_ENT_PERSON && names_an_index(eng, art, c->span))
        return true;
    /* a brand and a title listed together as no entity (金麒麟|分析师, a portal's analyst brand):
     * the brand is no person either */
    if (c->type == GX_ENT_PERSON && c->span.end < art->ncp) {
        int32_t t = gx_lex_word_at(eng->lexicon, GX_LEX_POSITION, art, c->span.end);
        if (t > 0 && gx_lexicon_is(eng->lexicon, GX_LEX_NOT_ENTITY, art->cp + c->span.start, c->span.end + t - c->span.start))
            return true;
    }
    if (c->type == GX_ENT_GOVERNMENT && gx_shape_department_word(art, c->span))
        return true; /* 财政部|门: the generic departments */
    if (c->type == GX_ENT_GOVERNMENT && gx_shape_countries_word(art, c->span))
        return true; /* 中美两国政府: several bodies */
    return false;
}

int32_t gx_rs_outlet_word_after(const gx_article *art, int32_t pos)
{
    static const char32_t *const OUTLET_WORDS[] = {U"新闻台", U"电视台", U"新闻网", U"新闻频道", U"通讯社", U"广播公司",
                                                   U"电视网", U"广播电台", NULL};
    return pos < art->ncp ? gx_word_at(art, pos, OUTLET_WORDS) : 0;
}
