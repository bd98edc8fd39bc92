/* gx_resolve.c — resolution (stage 7 of DESIGN.md): candidates from the gazetteer, the rules
 * and the tagger -> one entity per real-world thing per article, with every mention.
 *
 * 1. Evidence: each candidate gets an effective score from its source's reliability, its
 *    length, and agreement (another source proposing the same span and type). Weak gazetteer
 *    names (ordinary words) survive only with support.
 * 2. Conflicts: candidates are taken greedily by effective score; one that overlaps an already
 *    taken span is dropped (so the longest well-supported reading wins: 国泰君安 over 国泰).
 * 3. Grouping (union-find): same gazetteer thing, same explicit ticker, alias links, same
 *    surface text and type, short names inside a full name of the same entity.
 * 4. Entities: canonical name, aliases, ticker, company_id, mentions; propagation of every
 *    further occurrence of an entity's names; 该公司/公司 coreference; the byline's authors
 *    and outlet; positions and roles; ids e1.. in order of first mention; salience.
 * This file is stage 1 and the driver; gx_resolve_impl.h lists the files of the others. The
 * candidate index the rules query is gx_cand_ix.c; the shape checks a tagger proposal must pass,
 * gx_cand_shape.c. */
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

/* The order of the weighed candidates: eff descending, then candidate index ascending (as
 * the qsort comparator used here before). */
static inline bool work_before(const gx_rs_work *x, const gx_rs_work *y)
{
    return x->eff != y->eff ? x->eff > y->eff : x->cand < y->cand;
}

/* w[0..n) sorted by work_before: a stable bottom-up merge sort with the comparison inline
 * (qsort with a comparator function was ~1.4% of an engine pass). Every eff here is >= 0
 * (drop_discarded), so the order is total up to identical entries and any correct sort gives
 * the same array as the qsort before. tmp: room for n entries. */
static void sort_work(gx_rs_work *w, int n, gx_rs_work *tmp)
{
    /* runs of 8 by insertion, then merges of doubling width between w and tmp */
    for (int a = 0; a < n; a += 8) {
        int e = a + 8 < n ? a + 8 : n;
        for (int i = a + 1; i < e; i++) {
            gx_rs_work x = w[i];
            int j = i;
            while (j > a && work_before(&x, &w[j - 1])) {
                w[j] = w[j - 1];
                j--;
            }
            w[j] = x;
        }
    }
    gx_rs_work *src = w, *dst = tmp;
    for (int width = 8; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = work_before(&src[j], &src[i]) ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        gx_rs_work *t = src;
        src = dst;
        dst = t;
    }
    if (src != w)
        memcpy(w, src, sizeof *w * (size_t)n);
}

static float source_base(const gx_candidate *c)
{
    switch (c->source) {
    case GX_SRC_TICKER:
        return 0.98f;
    case GX_SRC_ALIAS:
        return c->score > 0 ? c->score : 0.9f;
    case GX_SRC_TAGGER:
        return 0.45f + 0.3f * c->score;
    default:
        return c->score > 0 ? c->score : 0.5f;
    }
}

/* Does the name end like a news outlet's (…报, …新闻, …电视台, …通讯社, …周刊)? */
static bool is_outlet(const gx_article *art, gx_span s)
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
    /* a region and 股票 between the name and 指数 (标准普尔美国股票指数, 道琼斯美国指数) */
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
                                       {0x671F, 0x8D27} /* 期货 */};
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

/* 及, 与, 和: a conjunction joining two names (顺威股份及律师事务所) */
static bool is_conjunction(uint32_t c)
{
    return c == 0x53CA || c == 0x4E0E || c == 0x548C;
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
static bool is_department_part(const gx_engine *eng, const gx_article *art, int32_t from, int32_t to)
{
    const uint32_t *cp = art->cp;
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

/* Is the name at s a fund product (嘉实医疗保健|股票基金经理, X混合|基金): fund-type words then 基金
 * follow it, or it ends in one and 基金 follows? */
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
    return typed && i + 1 < art->ncp && cp[i] == 0x57FA /* 基 */ && cp[i + 1] == 0x91D1 /* 金 */;
}

/* Is big = small + a legal-form suffix (股份有限公司, 有限公司, 集团股份有限公司, 股份)? Then both
 * name the same company. */
static bool legal_form_of(const gx_article *art, gx_span big, gx_span small)
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

/* A person of two or three characters the tagger is sure of (score >= 0.9) against a rule's
 * reading one character longer that no tagger reading supports (tagger_short in the caller): the rule ran into the next word (副行长苏宁|否认, 作者班宇|生于, 任明|完成).
 * Wins even where the longer text occurs more often, which one sentence always gives it. */
static bool sure_short_name(const gx_candidate *shortc, const gx_candidate *longc, int32_t extra)
{
    return extra == 1 && shortc->source == GX_SRC_TAGGER && shortc->score >= 0.9f &&
           longc->source == GX_SRC_RULE && shortc->span.end - shortc->span.start <= 3;
}

/* A rule's name followed by 因 and a clause of reason up to a comma (曹建|因工作原因，辞去): the
 * longer reading that takes the 因 in (曹建因) is the tagger's slip. */
static bool reason_follows(const gx_article *art, const gx_candidate *shortc, const gx_candidate *longc)
{
    const uint32_t *cp = art->cp;
    int32_t e = shortc->span.end;
    if (shortc->source != GX_SRC_RULE || longc->span.end != e + 1 || cp[e] != 0x56E0 /* 因 */)
        return false;
    for (int32_t k = e + 1; k < art->ncp && k <= e + 13; k++) {
        if (cp[k] == ',' || cp[k] == 0xFF0C)
            return k > e + 2;
        if (!gx_is_cjk(cp[k]))
            return false;
    }
    return false;
}

/* Is tagger person self followed by a job title (泽林|上将, 市川准|导演) and read as a person by
 * the tagger in at least half of the places its text occurs? (A title before a name is weaker
 * evidence: verbs and companies follow titles too, 董事长|爆仓, 大股东|锦州恒越.) Uses qb as
 * scratch. */
static bool titled_reading(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    const gx_candidate *c = &art->candidates.v[self];
    int32_t n = c->span.end - c->span.start;
    if (n < 2 || !gx_shape_title_starts_at(eng, art, c->span.end))
        return false;
    int occ = 0, read = 0;
    for (int32_t i = 0; i + n <= art->ncp; i++)
        occ += art->cp[i] == art->cp[c->span.start] &&
               !memcmp(art->cp + i, art->cp + c->span.start, sizeof(uint32_t) * (size_t)n);
    int nq = gx_cand_ix_same_text(ix, art, c->span, -1, qb);
    for (int q = 0; q < nq; q++) {
        const gx_candidate *o = &art->candidates.v[qb[q]];
        read += o->source == GX_SRC_TAGGER && o->type == GX_ENT_PERSON && span_text_eq(art, o->span, c->span);
    }
    return 2 * read >= occ;
}

/* Is tagger person self a Latin name in brackets right after a person's name (斯基贝(michaelskibbe),
 * 梅森·阿历克斯(MasonAlex)): that person's name in its own script? Uses qb as scratch. */
static bool latin_gloss(const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    const uint32_t *cp = art->cp;
    gx_span s = art->candidates.v[self].span;
    if (s.start < 2 || s.end >= art->ncp || (cp[s.start - 1] != '(' && cp[s.start - 1] != 0xFF08) ||
        (cp[s.end] != ')' && cp[s.end] != 0xFF09 && cp[s.end] != ',' && cp[s.end] != 0xFF0C))
        return false;
    for (int32_t k = s.start; k < s.end; k++)
        if (!gx_is_alnum(cp[k]) && cp[k] != ' ' && cp[k] != '.')
            return false;
    return gx_cand_typed_ending(art, ix, self, GX_ENT_PERSON, s.start - 1, qb);
}

/* Is tagger person self (two characters, no surname, a reading the tagger is unsure of) the
 * short name of a company: some occurrence of its text starts a longer company or
 * organization candidate (维谛|技术), a company suffix or attribute or an industry (宏磊|股份,
 * 赣峰|锂业) follows it, or 等 and a word for companies (杰瑞等公司, 维谛等4厂商); or it stands in
 * a list with a company (科大讯飞与银隆)? Uses qb as scratch. */
static bool company_short_name(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    static const char32_t *const KINDS[] = {U"公司", U"企业", U"厂商", U"厂家", U"品牌", U"机构", U"银行", NULL};
    const gx_candidate *c = &art->candidates.v[self];
    const uint32_t *cp = art->cp;
    int32_t n = c->span.end - c->span.start;
    if (c->score >= 0.6f || n != 2 || gx_lexicon_char_is(eng->lexicon, cp[c->span.start], GX_LEX_SURNAME))
        return false;
    for (int32_t i = 0; i + n <= art->ncp; i++) {
        if (cp[i] != cp[c->span.start] || cp[i + 1] != cp[c->span.start + 1])
            continue;
        int nq = gx_cand_ix_starting(ix, i, i + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &art->candidates.v[qb[q]];
            if (o->span.start == i && o->span.end > i + n &&
                (o->type == GX_ENT_COMPANY || o->type == GX_ENT_ORGANIZATION))
                return true;
        }
        /* 宏磊|股份, X|科技: a company suffix or attribute after it (宏磊股东, X市值) */
        int32_t k = i + n;
        if (k + 2 <= art->ncp && ((cp[k] == 0x80A1 && cp[k + 1] == 0x4EFD) /* 股份 */ ||
                                  (gx_is_cjk(cp[k]) && cp[k + 1] == 0x4E1A))) /* 锂业, 药业, 置业 */
            return true;
        for (int m = 2; m <= 4 && k + m <= art->ncp; m++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + k, m) ||
                gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, cp + k, m))
                return true;
        /* 杰瑞等公司, 维谛等4厂商 */
        if (k < art->ncp && cp[k] == 0x7B49 /* 等 */) {
            k++;
            while (k < art->ncp && (gx_is_digit(cp[k]) || cp[k] == 0x5BB6 /* 家 */ || cp[k] == 0x4E2A /* 个 */))
                k++;
            for (const char32_t *const *w = KINDS; *w; w++)
                if (k + 2 <= art->ncp && cp[k] == (uint32_t)(*w)[0] && cp[k + 1] == (uint32_t)(*w)[1])
                    return true;
        }
    }
    return gx_cand_listed_with(art, ix, self, GX_ENT_COMPANY, true, qb);
}

/* Is span s where someone goes or something lies rather than someone: a verb of travel or
 * location right before it (前往, 抵达, 来到, 位于, 穿梭于, 去, 赴) or a word of surroundings right
 * after it (附近, 一带, 境内)? In CLUENER's training lines these precede 290 places and 1 name. */
static bool place_context(const gx_article *art, gx_span s)
{
    static const char32_t *const BEFORE[] = {U"前往", U"抵达", U"来到", U"位于", U"到达", U"飞往", U"途经", U"坐落于",
                                             U"地处", U"穿梭于", U"游览", U"去", U"赴", U"往", NULL};
    static const char32_t *const AFTER[] = {U"附近", U"一带", U"境内", U"郊区", U"市区", U"当地", NULL};
    const uint32_t *cp = art->cp;
    for (const char32_t *const *w = BEFORE; *w; w++) {
        int32_t n = 0;
        while ((*w)[n])
            n++;
        if (s.start < n)
            continue;
        int32_t k = 0;
        while (k < n && cp[s.start - n + k] == (uint32_t)(*w)[k])
            k++;
        /* (过去, 来往, 交往: not the verb) */
        if (k == n && !(n == 1 && s.start >= 2 && gx_is_cjk(cp[s.start - 2]) &&
                        (cp[s.start - 2] == 0x8FC7 || cp[s.start - 2] == 0x6765 || cp[s.start - 2] == 0x4EA4 ||
                         cp[s.start - 2] == 0x5931 || cp[s.start - 2] == 0x524D || cp[s.start - 2] == 0x5411)))
            return true;
    }
    return s.end < art->ncp && gx_word_at(art, s.end, AFTER);
}

/* Is the tagger's person at s the name of something else: the article's outlet or an outlet's
 * dateline (格隆汇9月25日丨), an index named after it (胡志明指数, 道琼斯指数), an amount in capital
 * numerals, an account or a ship (…号)? */
static bool named_thing(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end + 1 < art->ncp && cp[s.end] == 0x6307 /* 指 */ && cp[s.end + 1] == 0x6570 /* 数 */)
        return true;
    /* an amount in capital numerals (叁拾肆万伍仟|陆佰柒|拾捌元): no name of names.txt has two of them */
    int numerals = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        static const char32_t CAPITALS[] = U"零壹贰叁肆伍陆柒捌玖拾佰仟";
        for (const char32_t *d = CAPITALS; *d; d++)
            numerals += cp[k] == (uint32_t)*d;
    }
    if (numerals >= 2)
        return true;
    /* an account, a ship or a craft (道达号, 辽宁号): 1 of the 19,097 names of names.txt ends in 号 */
    if (s.end - s.start >= 3 && cp[s.end - 1] == 0x53F7 /* 号 */)
        return true;
    /* a dateline: the name, a date and 丨/讯/电 (格隆汇9月25日丨, 新华网北京12月1日电 in short) */
    int32_t k = s.end, marks = 0;
    while (k < art->ncp && k - s.end < 8 && (gx_is_digit(cp[k]) || cp[k] == 0x6708 /* 月 */ || cp[k] == 0x65E5 /* 日 */)) {
        marks += cp[k] == 0x6708 || cp[k] == 0x65E5;
        k++;
    }
    if (marks == 2 && k < art->ncp && (cp[k] == 0x4E28 /* 丨 */ || cp[k] == 0x8BAF /* 讯 */ || cp[k] == 0x7535 /* 电 */ || cp[k] == '|'))
        return true;
    if (!art->outlet || !*art->outlet)
        return false;
    const char *t = gx_article_span_text(art, s);
    return t && !strcmp(t, art->outlet);
}

/* Is the tagger's person at s only ever the eponym of a term: every occurrence of its text is
 * followed by 之踵, 之剑, 双击, 周期, 定律, 曲线, 时刻 … (阿喀琉斯之踵, 达摩克利斯之剑, 戴维斯双击,
 * 朱格拉周期, 菲利普斯曲线)? Round 13: 12 such people in the 910-document dump, none meant as a
 * person. The whole text is scanned only when the candidate's own occurrence is such a term. */
static bool eponym_only(const gx_article *art, gx_span s)
{
    static const char32_t *const TERMS[] = {U"之踵", U"之剑", U"双击", U"双杀", U"周期", U"定律", U"效应", U"法则",
                                            U"曲线", U"时刻", U"悖论", U"陷阱", U"魔咒", NULL};
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    if (n < 2 || !gx_word_at(art, s.end, TERMS))
        return false;
    for (int32_t i = 0; i + n <= art->ncp; i++)
        if (cp[i] == cp[s.start] && !memcmp(cp + i, cp + s.start, sizeof(uint32_t) * (size_t)n) &&
            !gx_word_at(art, i + n, TERMS))
            return false;
    return true;
}

/* The confidence a tagger person candidate (index self) deserves with the article's evidence:
 * its score, raised by 0.15 when it stands in a list of names next to a person (萨维奇、迪科夫、
 * 尼尔等; 迪乌夫和希利); 0 (refuted) when it stands in an enumeration (、) next to a place and
 * next to no person and the tagger is not sure (中国、美国、越南、多米尼加等国家: a transliterated
 * country). (The same text read again elsewhere is no such evidence: the tagger repeats its own
 * mistakes, 爆仓 … 爆仓.) Uses qb as scratch. */
static float person_evidence(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    float sc = art->candidates.v[self].score;
    if (sc < 0.3f)
        return sc;
    if (company_short_name(eng, art, ix, self, qb) || (sc < 0.8f && place_context(art, art->candidates.v[self].span)) ||
        named_thing(art, art->candidates.v[self].span) || eponym_only(art, art->candidates.v[self].span))
        return 0.0f;
    if (gx_cand_listed_with(art, ix, self, GX_ENT_PERSON, true, qb))
        return sc + 0.15f > 1.0f ? 1.0f : sc + 0.15f;
    if (latin_gloss(art, ix, self, qb))
        return 1.0f;
    if (sc < 0.9f && titled_reading(eng, art, ix, self, qb))
        return sc + 0.2f > 1.0f ? 1.0f : sc + 0.2f;
    if (sc < 0.9f && gx_cand_listed_with(art, ix, self, GX_ENT_LOCATION, false, qb))
        return 0.0f;
    return sc;
}

/* ------------------------------------------------------------------ weak names in context */

/* Whether the name at s is an item of a list (、, or commas around the neighbour) next to a
 * company name the gazetteer knows as a sure one (not an ordinary word itself): 如美的、伊利等,
 * 格力、美的. */
static bool list_sep(uint32_t c)
{
    return c == 0x3001 || c == 0xFF0C || c == ',';
}

static bool listed_with_company(const gx_engine *eng, const gx_article *art, gx_span s)
{
    bool before = s.start > 0 && list_sep(art->cp[s.start - 1]);
    bool after = s.end < art->ncp && list_sep(art->cp[s.end]);
    if (!before && !after)
        return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *o = &art->candidates.v[k];
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 ||
            !((after && o->span.start == s.end + 1) || (before && o->span.end == s.start - 1)))
            continue;
        /* a comma separates clauses as well as items: the neighbour must be an item itself,
         * separated on its other side too (有保利，招商蛇口，绿地上榜) */
        bool comma = art->cp[o->span.start == s.end + 1 ? s.end : s.start - 1] != 0x3001;
        if (comma && !(o->span.start == s.end + 1 ? o->span.end < art->ncp && list_sep(art->cp[o->span.end])
                                                   : o->span.start > 0 && list_sep(art->cp[o->span.start - 1])))
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK) && o->span.end - o->span.start >= 2)
            return true;
    }
    return false;
}

/* Whether the name at s sits between figures like the names of a stock table run together
 * (…45游族网络22.683.37%…46新希望8.35…): a digit on both sides, and a sure gazetteer company
 * between digits just before or after it in the same run. */
static bool table_row_name(const gx_engine *eng, const gx_article *art, gx_span s)
{
    if (s.start == 0 || s.end >= art->ncp || !gx_is_digit(art->cp[s.start - 1]) || !gx_is_digit(art->cp[s.end]))
        return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *o = &art->candidates.v[k];
        if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 || o->span.start == 0 ||
            o->span.end >= art->ncp || o->span.start == s.start || o->span.end + 40 < s.start ||
            o->span.start > s.end + 40 || !gx_is_digit(art->cp[o->span.start - 1]) || !gx_is_digit(art->cp[o->span.end]))
            continue;
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, o->lex_id);
        if (e && !(e->flags & GX_LEXF_WEAK) && o->span.end - o->span.start >= 3)
            return true;
    }
    return false;
}

/* A weak company name (one that is an ordinary word too: 美的, 理想, 阳光) in a company's
 * context: right after it a company attribute (cues.tsv company_attr: 美的旗下, 美的股东) or a
 * figure or act only a company has (美的营收, 美的股价, 美的发布公告), optionally after a date
 * (美的今年营收); or right before it a word for a company (家电巨头美的, 龙头美的). */
static bool company_context(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const AFTER[] = {U"营收", U"营业收入", U"净利润", U"归母净利润", U"股价", U"市值",
                                            U"财报", U"年报", U"半年报", U"季报", U"发布公告", U"公告称",
                                            U"董事长", U"总裁", U"首席执行官", U"CEO", U"创始人", NULL};
    static const char32_t *const FIGURE[] = {U"营收", U"营业收入", U"净利润", U"归母净利润", U"股价", U"市值", NULL};
    static const char32_t *const BEFORE[] = {U"巨头", U"龙头", U"厂商", U"品牌", NULL};
    static const char32_t *const WHEN[] = {U"今年", U"去年", U"上半年", U"下半年", U"全年", U"前三季度",
                                           U"第一季度", U"一季度", U"三季度", NULL};
    int32_t at = s.end;
    int q = gx_quantity_at(art, at);
    if (q >= 0 && art->quantities.v[q].type == GX_QTY_DATE && art->quantities.v[q].span.start == at)
        at = art->quantities.v[q].span.end;
    else
        at += gx_word_at(art, at, WHEN); /* a relative date no anchor resolved */
    if (gx_word_at(art, at, AFTER))
        return true;
    /* a figure of it in the next clause (增幅最大的为红太阳，净利润同比增长…) */
    if (at == s.end && at + 1 < art->ncp && (art->cp[at] == 0xFF0C || art->cp[at] == ',') &&
        gx_word_at(art, at + 1, FIGURE))
        return true;
    for (int k = 2; k <= 4 && at + k <= art->ncp; k++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, art->cp + at, k))
            return true;
    for (int w = 0; BEFORE[w]; w++) {
        int32_t l = 0;
        while (BEFORE[w][l])
            l++;
        if (s.start >= l && gx_word_at(art, s.start - l, (const char32_t *const[]){BEFORE[w], NULL}) == l)
            return true;
    }
    return listed_with_company(eng, art, s) || table_row_name(eng, art, s);
}

/* Whether the tagger person at s reads a place: right after 在/于/赴/到/抵达 and before a speech
 * verb, directly or through 对…(特朗普在达沃斯对媒体称, 他在华尔街表示): "at X, said to Y".
 * With the verb right after, only a known region counts (在特朗普表示之后 names a person). */
static bool place_before_speech(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const SPEECH[] = {U"表示", U"称", U"说", U"指出", U"透露", U"强调", U"发表", U"宣布", NULL};
    const uint32_t *cp = art->cp;
    if (s.start < 1)
        return false;
    uint32_t b = cp[s.start - 1];
    bool at = b == 0x5728 /* 在 */ || b == 0x4E8E /* 于 */ || b == 0x8D74 /* 赴 */ || b == 0x5230 /* 到 */ ||
              (s.start >= 2 && cp[s.start - 2] == 0x62B5 && b == 0x8FBE /* 抵达 */);
    if (!at || s.end >= art->ncp)
        return false;
    if (cp[s.end] == 0x5BF9 /* 对 */ || cp[s.end] == 0x5411 /* 向 */ || cp[s.end] == 0x63A5 /* 接受 */) {
        for (int32_t k = s.end + 1; k < art->ncp && k <= s.end + 12; k++) {
            if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]))
                return false;
            if (gx_word_at(art, k, SPEECH))
                return true;
        }
        return false;
    }
    return gx_word_at(art, s.end, SPEECH) && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, s.end - s.start);
}

/* A tagger organisation that is one Latin word (我们deserve更多, 这很cool, Kostin的团队):
 * 1 when it is the last name of a person the article names in full (David Kostin … Kostin:
 * that person), 0 when it may stand (company evidence: a legal form or company word after it,
 * a ticker in brackets, a company's attribute; else a sure tagger for a lower-case word, a fairly
 * sure one or a repeated word for a capitalised one), -1 when it is no name. Not a single Latin word: 0. */
static int lone_latin_org(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    int lower = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_alnum(cp[k]) || gx_is_digit(cp[k]))
            return 0;
        lower += cp[k] >= 'a' && cp[k] <= 'z';
    }
    int32_t len = s.end - s.start;
    if (len < 2 || lower == 0)
        return 0; /* all capitals (IBM, AMD): judged elsewhere */
    /* the last name of a person named in full: "First Last" among the person candidates */
    if (gx_is_upper(cp[s.start]))
        for (int j = 0; j < art->candidates.n; j++) {
            const gx_candidate *o = &art->candidates.v[j];
            int32_t lo = o->span.end - o->span.start;
            if (o->type != GX_ENT_PERSON || lo < len + 3 || o->span.end > art->ncp || cp[o->span.end - len - 1] != ' ')
                continue;
            if (!memcmp(cp + o->span.end - len, cp + s.start, sizeof(uint32_t) * (size_t)len))
                return 1;
        }
    bool evidence = company_context(eng, art, s);
    if (!evidence && s.end < art->ncp) {
        uint32_t nx = cp[s.end];
        evidence = ((nx == '(' || nx == 0xFF08) && s.end + 1 < art->ncp &&
                    (gx_is_upper(cp[s.end + 1]) || gx_is_digit(cp[s.end + 1])));
        for (int n = 2; n <= 4 && !evidence && s.end + n <= art->ncp; n++)
            evidence = gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.end, n);
        evidence = evidence || (s.end + 2 <= art->ncp && ((nx == 0x516C && cp[s.end + 1] == 0x53F8) || /* 公司 */
                                                          (nx == 0x96C6 && cp[s.end + 1] == 0x56E2)));  /* 集团 */
    }
    if (evidence)
        return 0;
    /* lower case (deserve 0.45, convince 0.44 on the 2018 news; the brands CLUENER writes in lower
     * case, visa, rbs, bwin, score 0.83-0.99): the tagger must be sure */
    if (!gx_is_upper(cp[s.start]))
        return c->score >= 0.7f ? 0 : -1;
    /* a capital: fairly sure, or a word the text repeats (Wind, Uber, Fastly), not once and
     * doubtful (Financial 0.37, Economics 0.39, Convertible 0.55) */
    if (c->score >= 0.6f)
        return 0;
    /* an item of a list (苹果、三星、Fitbit、小米和Titan等全球品牌) */
    uint32_t before = s.start > 0 ? cp[s.start - 1] : 0, after = s.end < art->ncp ? cp[s.end] : 0;
    if (before == 0x3001 /* 、 */ || before == 0x548C /* 和 */ || after == 0x3001 || after == 0x7B49 /* 等 */)
        return 0;
    int seen = 0;
    for (int32_t k = 0; k + len <= art->ncp && seen < 2; k++)
        if (cp[k] == cp[s.start] && !memcmp(cp + k, cp + s.start, sizeof(uint32_t) * (size_t)len) &&
            (k == 0 || !gx_is_alnum(cp[k - 1])) && (k + len == art->ncp || !gx_is_alnum(cp[k + len])))
            seen++;
    return seen >= 2 ? 0 : -1;
}

/* A tagger organisation written as a person's First Last (David Kostin, capitalised words of
 * letters, no firm word such as Bank or Capital) whose last word the text also writes alone
 * (Kostin的团队): a person, since a firm is not called by its last word. */
static bool latin_full_name_reused(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t sp = -1;
    for (int32_t k = s.start; k < s.end; k++) {
        if (cp[k] == ' ' && sp < 0 && k > s.start)
            sp = k;
        else if (!(gx_is_upper(cp[k]) ? k == s.start || k == sp + 1 : cp[k] >= 'a' && cp[k] <= 'z'))
            return false;
    }
    int32_t len = s.end - sp - 1;
    if (sp < 0 || len < 3 || gx_latin_firm_word(art, (gx_span){sp + 1, s.end}))
        return false;
    for (int32_t k = 0; k + len <= art->ncp; k++)
        if (k != sp + 1 && cp[k] == cp[sp + 1] && !memcmp(cp + k, cp + sp + 1, sizeof(uint32_t) * (size_t)len) &&
            (k == 0 || (!gx_is_alnum(cp[k - 1]) && cp[k - 1] != ' ')) && (k + len == art->ncp || !gx_is_alnum(cp[k + len])))
            return true;
    return false;
}

/* Whether a proposed company X公司 is a phrase about a company, not a name: X is one to three
 * characters that hold a function word or a digit (景林对|公司, 拟发行|公司, 将兼任|公司, 所持|公司,
 * 2.|公司), a capital-letter code alone (ST|公司; tagger_score: the tagger's, 0 for other sources), or a generic word (cues.tsv generic_body:
 * 卫星|公司, 维护|公司整体利益). 分公司, 总公司 and legal forms are not asked here. Also a place
 * after 前/原, the former post's region before a title (前英国|销售总监), and any name with 某 in
 * it (某股份制银行: a company the text leaves unnamed). */
static bool company_word_phrase(const gx_engine *eng, const gx_article *art, gx_span s, float tagger_score)
{
    static const char32_t FUNC[] = U"对拟将所占被把向为给让与和及的在持兼从由该其本此这那各某";
    int32_t len = s.end - s.start, body = len - 2;
    const uint32_t *cp = art->cp + s.start;
    /* a company the text leaves unnamed (某股份制银行, 上海某配资公司) */
    for (int32_t k = 0; k < len; k++)
        if (cp[k] == 0x67D0 /* 某 */)
            return true;
    /* a former post's place (福特已将|前英国|销售总监): 前/原 and a place */
    if (len >= 3 && (cp[0] == 0x524D || cp[0] == 0x539F) &&
        gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + 1, len - 1))
        return true;
    if (len < 3 || body > 3 || cp[len - 2] != 0x516C || cp[len - 1] != 0x53F8) /* …公司 */
        return false;
    if (cp[body - 1] == 0x5206 || cp[body - 1] == 0x603B || cp[body - 1] == 0x9650) /* 分 总 (有)限 */
        return false;
    bool caps = true;
    for (int32_t k = 0; k < body; k++) {
        if (cp[k] < 0x80 && !gx_is_alnum(cp[k]))
            return true; /* a dot, a space */
        if (cp[k] >= '0' && cp[k] <= '9')
            return true;
        caps = caps && cp[k] >= 'A' && cp[k] <= 'Z';
        for (int f = 0; FUNC[f]; f++)
            if (cp[k] == (uint32_t)FUNC[f])
                return true;
    }
    /* capitals alone are a code: always the A-share status markers (ST公司, PT公司), otherwise
     * unless the tagger is sure of a firm (EA公司 0.98-0.99 on CLUENER) */
    if (caps && body <= 2)
        return (body == 2 && (cp[0] == 'S' || cp[0] == 'P') && cp[1] == 'T') || tagger_score < 0.9f;
    return gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp, body);
}

/* ------------------------------------------------------------------ 1. evidence */

/* Repairs and retypings of candidate i before it is weighed: the left edge and a region of a
 * tagger's or a rule's span (gx_cand_shape.c), a country with a Latin-named body (a private
 * organization of that country), news outlets (organizations). */
static void repair(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *c = &rs->cv[i];
    if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON) {
        gx_shape_trim_left(eng, art, c);
        gx_shape_take_region(eng, art, c);
        if (!same_span(c, &(gx_candidate){.span = rs->ix.key[i]}))
            gx_cand_ix_moved(&rs->ix, i);
    }
    if (c->source == GX_SRC_RULE && gx_shape_take_region(eng, art, c))
        gx_cand_ix_moved(&rs->ix, i);
    /* a country and a Latin-named body (美国|LISI投资委员会) is a private organization of that
     * country, not a government body */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_GOVERNMENT)
        for (int32_t k = c->span.start + 1; k + 1 < c->span.end && k - c->span.start <= 4; k++)
            if (gx_is_alnum(art->cp[k]) && !gx_is_digit(art->cp[k]) && gx_is_cjk(art->cp[c->span.end - 1]) &&
                gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, k - c->span.start)) {
                c->type = GX_ENT_ORGANIZATION;
                break;
            }
    /* a branch of a government body (人民银行|深圳分行, 日本银行|大阪分行: a central bank's) is a
     * government body, not a bank's branch */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY &&
        gx_rs_is_branch_name(art, c->span)) {
        int *qb = rs->qb;
        int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &rs->cv[qb[q]];
            if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_GOVERNMENT && o->span.start == c->span.start &&
                o->span.end + 2 < c->span.end) {
                c->type = GX_ENT_GOVERNMENT;
                break;
            }
        }
    }
    /* a newspaper, broadcaster or news site is an organization (中国基金报, 福克斯新闻) */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY && is_outlet(art, c->span))
        c->type = GX_ENT_ORGANIZATION;
}

/* The evidence for candidate i from its source, its length and agreement (*agree = how many other
 * sources propose the same span and type); a listed company's short name with its share class
 * and a place + short name + legal form link to their gazetteer company. */
static float support(gx_rs *rs, int i, int *agree_out)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    gx_candidate *c = &rs->cv[i];
    float eff = source_base(c);
    int agree = 0;
    int nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
    for (int q = 0; q < nq; q++) {
        int j = qb[q];
        if (j != i && cv[j].source != c->source && same_span(&cv[j], c) && cv[j].type == c->type)
            agree++;
    }
    eff += 0.1f * (float)(agree > 2 ? 2 : agree);
    int32_t len = c->span.end - c->span.start;
    eff += 0.01f * (float)(len > 10 ? 10 : len);
    /* a listed company's short name with its share class (万科A, 深康佳B) is that company */
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY && c->lex_id < 0 &&
        eng->lexicon && len >= 3 && (art->cp[c->span.end - 1] == 'A' || art->cp[c->span.end - 1] == 'B') &&
        gx_is_cjk(art->cp[c->span.end - 2])) {
        int32_t id = gx_lexicon_find(eng->lexicon, GX_LEX_COMPANY, art->cp + c->span.start, len - 1);
        if (id >= 0) {
            c->lex_id = id;
            eff += 0.2f;
        }
    }
    /* a rule-found legal name made of a place, a listed company's short name and a legal form
     * (宁夏|青龙管业|股份有限公司): that company's full name, even when the gazetteer knows
     * another (renamed) one; it wins over the short name inside it and links to its thing */
    if (c->source == GX_SRC_RULE && c->type == GX_ENT_COMPANY && c->lex_id < 0 && eng->lexicon) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.end, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->lex_id < 0 ||
                o->span.end > c->span.end || o->span.end - o->span.start < 2 ||
                (o->span.end == c->span.end && o->span.start == c->span.start))
                continue;
            if (o->span.end - o->span.start < 3 && o->span.end != c->span.end)
                continue;
            bool place = o->span.start == c->span.start ||
                         gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, o->span.start - c->span.start);
            if (place && legal_form_of(art, c->span, (gx_span){c->span.start, o->span.end})) {
                c->lex_id = o->lex_id;
                eff += 0.15f;
                break;
            }
            /* a place and a known company's name, nothing else (香港|汇丰, 美国|高盛): that
             * company (its unit there) */
            if (o->span.start > c->span.start && o->span.end == c->span.end &&
                gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, o->span.start - c->span.start)) {
                c->lex_id = o->lex_id;
                eff += 0.15f;
                break;
            }
        }
    }
    *agree_out = agree;
    return eff;
}

/* Whether a rule's or the tagger's reading i has support enough to be weighed further: a name
 * the text repeats gains (*effp); a weak company reading standing alone and a two-character
 * context-rule name the tagger never reads as a name are dropped (false). */
static bool enough_support(gx_rs *rs, int i, int agree, float *effp)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    const gx_candidate *c = &rs->cv[i];
    float eff = *effp;
    int nq;
    /* a name the text repeats is more likely a name */
    if (c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) {
        nq = gx_cand_ix_same_text(&rs->ix, art, c->span, i, qb);
        for (int q = 0; q < nq; q++) {
            int j = qb[q];
            if (!same_span(&cv[j], c) && cv[j].type == c->type && span_text_eq(art, cv[j].span, c->span)) {
                eff += 0.08f;
                break;
            }
        }
        /* standing alone, a weak reading is not enough */
        if (c->type == GX_ENT_COMPANY && !agree && eff < 0.55f)
            return false;
        /* two characters that a context rule alone calls a company or organization (离职|总裁,
         * 虽然, 出现, 万元) need the tagger to read them as one somewhere in the article */
        if (c->source == GX_SRC_RULE && (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION) &&
            c->span.end - c->span.start == 2 && gx_is_cjk(art->cp[c->span.start]) && c->score < 0.7f &&
            rs->tagger_ran) {
            bool read = false;
            nq = gx_cand_ix_same_text(&rs->ix, art, c->span, -1, qb);
            for (int q = 0; q < nq && !read; q++) {
                const gx_candidate *o = &cv[qb[q]];
                read = o->source == GX_SRC_TAGGER && span_text_eq(art, o->span, c->span) &&
                       (o->type == GX_ENT_COMPANY || o->type == GX_ENT_ORGANIZATION || o->type == GX_ENT_GOVERNMENT);
            }
            if (!read)
                return false;
        }
    }
    *effp = eff;
    return true;
}

/* Whether a tagger proposal i reads as what it claims (false: drop it): one Latin word as an
 * organisation, a person weighed with the article's evidence, the shape checks of
 * gx_cand_shape.c; the lone last name of a person named in full becomes that person. */
static bool tagger_reading_ok(gx_rs *rs, int i, int agree)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    int *qb = rs->qb;
    gx_candidate *c = &rs->cv[i];
    /* one Latin word as an organisation needs a capital and a sure tagger or company
     * evidence; the last name of a person named in full is that person (Kostin) */
    bool last_name = false;
    if (c->source == GX_SRC_TAGGER && (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION)) {
        int l = lone_latin_org(eng, art, c);
        if (l == 0 && latin_full_name_reused(art, c->span))
            l = 1;
        if (l < 0)
            return false;
        if (l > 0) {
            c->type = GX_ENT_PERSON;
            last_name = true;
        }
    }
    /* a kind of stock (白龙马股, 社会公众股) is no company: a tagger company ending in 股 but not
     * 控股 (holdings) */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - c->span.start >= 3 &&
        art->cp[c->span.end - 1] == 0x80A1 /* 股 */ && art->cp[c->span.end - 2] != 0x63A7 /* 控 */)
        return false;
    /* the tail of a name cut by an inline stock quote (浙江康恩贝(…)|制药股份有限公司) */
    if (c->source == GX_SRC_TAGGER && gx_after_stock_quote(art, c->span.start))
        return false;
    /* a company noun before an appositive Latin name (有线电视集团Com Hem, 芯片巨头ARM) is no name */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end + 1 < art->ncp &&
        gx_is_upper(art->cp[c->span.end]) && gx_is_alnum(art->cp[c->span.end + 1]))
        for (int32_t n = 3; n <= 5 && n <= c->span.end - c->span.start; n++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_LIST_NOUN, art->cp + c->span.end - n, n))
                return false;
    if (c->source == GX_SRC_TAGGER && !agree && !last_name) {
        /* the shape check weighs the tagger's score with the article's own evidence for a
         * person: a name in a list with a person, or with places */
        gx_candidate judged = *c;
        if (c->type == GX_ENT_PERSON && (judged.score = person_evidence(eng, art, &rs->ix, i, qb)) <= 0.0f)
            return false;
        if (c->type == GX_ENT_PERSON && place_before_speech(eng, art, c->span))
            return false;
        if (!gx_shape_tagger_ok(eng, art, &judged))
            return false;
    }
    return true;
}

/* Evidence from longer names around candidate i (false: drop it): a known company and its desk or
 * a person after it (the gazetteer's company is what is named), the tagger's longer reading
 * around a gazetteer name of the same type (gains, *effp), the tagger cutting a name a rule or
 * the gazetteer saw whole (whole[0..nwhole), distinct texts). */
static bool longer_names(gx_rs *rs, const int *whole, int nwhole, int i, float *effp)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    const gx_candidate *c = &rs->cv[i];
    float eff = *effp;
    int nq;
    /* a known company and its department or desk (摩根士丹利|财富管理部, OANDA|亚太交易,
     * 花旗集团|财富管理部) or a person after it (大成基金|徐彦): the gazetteer's company is what
     * is named */
    if ((c->source == GX_SRC_TAGGER || c->source == GX_SRC_RULE) && c->type == GX_ENT_COMPANY) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
        for (int q = 0; q < nq && eff >= 0; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_COMPANY || o->span.start != c->span.start ||
                o->span.end >= c->span.end)
                continue;
            if (is_department_part(eng, art, o->span.end, c->span.end))
                eff = -1;
            /* the known company and a conjunction after it (顺威股份及|律师事务所): two things */
            if (o->span.end - o->span.start >= 2 && is_conjunction(art->cp[o->span.end]))
                eff = -1;
            /* a known company and a person's name after it (大成基金|徐彦) */
            int32_t rest = c->span.end - o->span.end;
            if (rest >= 2 && rest <= 3 && gx_lexicon_char_is(eng->lexicon, art->cp[o->span.end], GX_LEX_SURNAME) &&
                !gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, art->cp + o->span.end, rest))
                eff = -1;
        }
        if (eff < 0)
            return false;
    }
    /* the tagger's longer reading around a gazetteer name of the same type, sharing an edge
     * (印度|国防部, 中国人保财险|北京朝阳支公司): the gazetteer confirms it, the longer wins */
    if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION && c->score >= 0.5f) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.end + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source == GX_SRC_GAZETTEER && o->type == c->type && o->span.start >= c->span.start &&
                o->span.end <= c->span.end && o->span.end - o->span.start < c->span.end - c->span.start) {
                /* sharing an edge, or only a country or region before it (中国|光大银行),
                 * or a branch after it (中国农业银行|亚运村支行) */
                bool region_left = o->span.start > c->span.start &&
                                   gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start,
                                                 o->span.start - c->span.start);
                if (o->span.start == c->span.start || o->span.end == c->span.end || region_left)
                    eff += region_left && o->span.end == c->span.end ? 0.3f : c->score >= 0.9f ? 0.25f : 0.15f;
                if (gx_rs_is_branch_name(art, c->span))
                    eff += 0.15f;
                break;
            }
        }
    }
    /* the tagger cutting a name that a context rule or the gazetteer saw whole, here or
     * anywhere in the article (摩尔 of 摩尔线程 in "壁仞科技、摩尔线程、燧原科技等…独角兽"):
     * when the text at this place continues into that longer name, the longer reading wins */
    if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION)
        for (int q = 0; q < nwhole; q++) {
            const gx_candidate *o = &cv[whole[q]];
            int32_t lo = o->span.end - o->span.start, lc = c->span.end - c->span.start;
            if ((o->source != GX_SRC_RULE && o->source != GX_SRC_GAZETTEER && o->source != GX_SRC_TICKER) ||
                o->link == GX_LINK_SUFFIX_ONLY || o->type == GX_ENT_PERSON || o->type == GX_ENT_POSITION ||
                lo <= lc || c->span.start + lo > art->ncp)
                continue;
            int32_t off = -1; /* where c sits inside o's text, if at all */
            for (int32_t k = 0; k + lc <= lo && off < 0; k++)
                if ((lc == 0 || art->cp[o->span.start + k] == art->cp[c->span.start]) &&
                    !memcmp(art->cp + o->span.start + k, art->cp + c->span.start, sizeof(uint32_t) * (size_t)lc))
                    off = k;
            if (off < 0 || c->span.start - off < 0 ||
                memcmp(art->cp + c->span.start - off, art->cp + o->span.start, sizeof(uint32_t) * (size_t)lo))
                continue;
            eff = -1; /* dropped: propagation gives this place the longer name */
            break;
        }
    if (eff < 0)
        return false;
    *effp = eff;
    return true;
}

/* Whether candidate i names what is never this kind of entity: a listed non-entity word, an
 * industry, a fund product, an index or a market. */
static bool never_an_entity(gx_rs *rs, int i)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    const gx_candidate *c = &rs->cv[i];
    if (gx_lexicon_is(eng->lexicon, GX_LEX_NOT_ENTITY, art->cp + c->span.start, c->span.end - c->span.start))
        return true;
    if (c->type == GX_ENT_COMPANY && (names_an_industry(art, c->span) || names_a_place_after(art, c->span)))
        return true;
    if ((c->source == GX_SRC_RULE || c->source == GX_SRC_TAGGER) && c->type == GX_ENT_COMPANY &&
        (is_fund_product(eng, art, c->span) || (c->lex_id < 0 && gx_company_phrase(eng->lexicon, art, c->span))))
        return true;
    if (c->type != GX_ENT_PERSON && names_an_index(eng, art, c->span))
        return true;
    if (c->type == GX_ENT_GOVERNMENT && gx_shape_department_word(art, c->span))
        return true; /* 财政部|门: the generic departments */
    if (c->type == GX_ENT_GOVERNMENT && gx_shape_countries_word(art, c->span))
        return true; /* 中美两国政府: several bodies */
    return false;
}

/* Support for a gazetteer name i (false: drop it): a short name opening or closing a longer
 * name, inside a longer name of another type, glued inside running text; a weak name (an
 * ordinary word too) needs the same thing named strongly elsewhere (strong), agreement or a
 * company context. */
static bool gazetteer_support(gx_rs *rs, const gx_keymap *strong, int i, int agree, float *effp)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    const gx_candidate *c = &rs->cv[i];
    float eff = *effp;
    int nq;
    bool weak = false;
    if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && eng->lexicon) {
        const gx_lex_entry *e = gx_lexicon_entry(eng->lexicon, c->lex_id);
        weak = e && (e->flags & GX_LEXF_WEAK);
        /* a short gazetteer name opening a longer company name that a rule or the tagger
         * found (中芯 in 中芯聚源, 格力 in 格力创投): the longer reading wins */
        if (e && !(e->flags & GX_LEXF_FULL) && c->type == GX_ENT_COMPANY) {
            nq = gx_cand_ix_starting(&rs->ix, c->span.start, c->span.start + 1, qb);
            for (int q = 0; q < nq; q++) {
                gx_candidate *o = &cv[qb[q]];
                if ((o->source == GX_SRC_RULE || o->source == GX_SRC_TAGGER) && o->type == GX_ENT_COMPANY &&
                    o->span.start == c->span.start && o->span.end >= c->span.end &&
                    o->span.end - o->span.start > c->span.end - c->span.start && source_base(o) >= 0.55f &&
                    (gx_stock_quote_end(art, c->span.end) > c->span.end
                         ? legal_form_of(art, (gx_span){o->span.start, gx_rs_legal_name_end(art, o->span)}, c->span)
                         : !legal_form_of(art, o->span, c->span)) &&
                    !is_conjunction(art->cp[c->span.end])) {
                    /* (over a stock quote only its legal name wins: 国信证券(…)股份有限公司, not
                     * 好想你(…)健康食品股份有限公司, a full name the gazetteer does not know) */
                    eff -= 0.3f;
                    break;
                }
            }
            /* ... or closing an enumerated name that a place and more words open (浙江兰溪|汇丰
             * in X、Y、浙江兰溪汇丰等交易平台): a local namesake, not the company; a place alone
             * before it (香港|汇丰) still names the company */
            nq = gx_cand_ix_starting(&rs->ix, c->span.start - 12 < 0 ? 0 : c->span.start - 12, c->span.start, qb);
            for (int q = 0; q < nq; q++) {
                gx_candidate *o = &cv[qb[q]];
                if (o->source != GX_SRC_RULE || o->type != GX_ENT_COMPANY || o->span.end != c->span.end ||
                    o->span.start >= c->span.start || o->link == GX_LINK_SUFFIX_ONLY)
                    continue;
                uint32_t r = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_REGION, art->cp + o->span.start,
                                                    c->span.start - o->span.start, 2);
                bool list_item = (o->span.start > 0 && art->cp[o->span.start - 1] == 0x3001) ||
                                 (c->span.end < art->ncp && art->cp[c->span.end] == 0x3001);
                /* a region opens it and more than the region stands before the name */
                if (r && list_item && !(r & (1u << (c->span.start - o->span.start - 2)))) {
                    eff -= 0.3f;
                    break;
                }
            }
        }
    }
    /* a short gazetteer name inside a longer name of another type that the tagger is fairly
     * sure of (京东 in 北京东三环, 中国银行 in 中国银行业监督管理委员会) is part of that name */
    if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && !(gx_lexicon_entry(eng->lexicon, c->lex_id)->flags & GX_LEXF_FULL)) {
        nq = gx_cand_ix_starting(&rs->ix, c->span.start - rs->ix.maxlen, c->span.start + 1, qb);
        for (int q = 0; q < nq; q++) {
            const gx_candidate *o = &cv[qb[q]];
            if (o->source == GX_SRC_TAGGER && o->type != c->type && o->type != GX_ENT_POSITION && o->score >= 0.6f &&
                o->span.start <= c->span.start && o->span.end >= c->span.end &&
                o->span.end - o->span.start > c->span.end - c->span.start) {
                eff -= 0.3f;
                break;
            }
        }
    }
    /* a short company name glued inside running text that the tagger did not read as any
     * organization (金融创新 holds 融创, 三星堆 三星, “奔驰石” 奔驰): both sides glued, it is
     * part of another word; one side glued, it needs support like a weak name */
    if (c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_COMPANY && rs->tagger_ran && c->lex_id >= 0 &&
        !(gx_lexicon_entry(eng->lexicon, c->lex_id)->flags & (GX_LEXF_FULL | GX_LEXF_LATIN)) &&
        c->span.end - c->span.start <= 3) {
        bool seen = false;
        nq = gx_cand_ix_starting(&rs->ix, c->span.start - rs->ix.maxlen, c->span.end, qb);
        for (int q = 0; q < nq && !seen; q++) {
            int j = qb[q];
            seen = cv[j].source == GX_SRC_TAGGER && cv[j].type != GX_ENT_PERSON && cv[j].type != GX_ENT_POSITION &&
                   cv[j].type != GX_ENT_LOCATION && cv[j].span.start < c->span.end && c->span.start < cv[j].span.end;
        }
        if (!seen) {
            int glued = gx_shape_glued_left(eng, art, c->span.start) + gx_shape_glued_right(eng, art, c->span.end);
            if (glued == 2 && c->span.end - c->span.start <= 2)
                return false;
            if (glued == 1)
                weak = true;
        }
    }
    if (weak) {
        /* supported by the same thing named strongly elsewhere in the article? */
        int32_t th = thing_of(eng, c);
        if (th >= 0 && eff < 0.6f) {
            uint32_t h = gx_keymap_slot(strong, th);
            if ((strong->first[h] >= 0 && strong->first[h] != i) || strong->second[h] >= 0)
                eff = 0.7f;
        }
        if (agree)
            eff = 0.7f;
        if (eff < 0.45f && c->type == GX_ENT_COMPANY && company_context(eng, art, c->span))
            eff = 0.7f;
        if (eff < 0.45f)
            return false;
    }
    *effp = eff;
    return true;
}

/* Stage 1, evidence: every candidate weighed; the ones that keep a positive weight go to rs->w
 * (rs->nw of them). */
static void weigh_candidates(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int nc = rs->nc;
    /* the longer names a tagger span may cut (below): rule, gazetteer and ticker names, each
     * distinct text once (their spans and these fields do not change in this loop) */
    int *whole = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(nc + 1));
    int nwhole = 0;
    for (int j = 0; j < nc; j++) {
        const gx_candidate *o = &cv[j];
        if ((o->source != GX_SRC_RULE && o->source != GX_SRC_GAZETTEER && o->source != GX_SRC_TICKER) ||
            o->link == GX_LINK_SUFFIX_ONLY || o->type == GX_ENT_PERSON || o->type == GX_ENT_POSITION ||
            !gx_span_in_text(art, o->span))
            continue;
        bool dup = false;
        for (int q = 0; q < nwhole && !dup; q++)
            dup = span_text_eq(art, cv[whole[q]].span, o->span);
        if (!dup)
            whole[nwhole++] = j;
    }
    /* strong gazetteer candidates by thing, for the support of weak names */
    gx_keymap strong;
    gx_keymap_init(&strong, art->arena, nc);
    for (int j = 0; j < nc; j++) {
        if (cv[j].type == GX_ENT_POSITION || cv[j].lex_id < 0 || !eng->lexicon)
            continue;
        const gx_lex_entry *ej = gx_lexicon_entry(eng->lexicon, cv[j].lex_id);
        if (ej && !(ej->flags & GX_LEXF_WEAK) && ej->thing >= 0)
            gx_keymap_add(&strong, ej->thing, j);
    }
    for (int i = 0; i < nc; i++) {
        gx_candidate *c = &cv[i];
        if (c->type == GX_ENT_POSITION || c->span.end <= c->span.start || c->span.start < 0 || c->span.end > art->ncp)
            continue;
        repair(rs, i);
        int agree;
        float eff = support(rs, i, &agree);
        if (!enough_support(rs, i, agree, &eff) ||
            (c->type == GX_ENT_COMPANY &&
             company_word_phrase(eng, art, c->span, c->source == GX_SRC_TAGGER ? c->score : 0.0f)) || !tagger_reading_ok(rs, i, agree) ||
            !longer_names(rs, whole, nwhole, i, &eff) || never_an_entity(rs, i) ||
            !gazetteer_support(rs, &strong, i, agree, &eff))
            continue;
        rs->w[rs->nw++] = (gx_rs_work){.cand = i, .eff = eff};
    }
}

/* Is short a title rule's name and long the tagger's unsure reading of it with one more
 * character that follows names (主任刘鹤|称: 称 说 在 …)? The rule read the name's edge there. */
static bool rule_name_before_cue(const gx_engine *eng, const gx_article *art, const gx_candidate *shortc,
                                 const gx_candidate *longc)
{
    if (shortc->source != GX_SRC_RULE || shortc->score < 0.85f || longc->source != GX_SRC_TAGGER || longc->score >= 0.5f ||
        longc->span.end != shortc->span.end + 1 || longc->span.start != shortc->span.start)
        return false;
    const uint32_t *x = art->cp + shortc->span.end;
    return gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, x, 1) || gx_lexicon_is(eng->lexicon, GX_LEX_RIGHT_OK, x, 1);
}

/* Does the longer name longc's part after its first la characters open a word that follows
 * names, of two or three characters, in the text (特朗普|税改, 鲁宾|代表: the tagger read one
 * character into it)? */
static bool extra_opens_word(const gx_engine *eng, const gx_article *art, const gx_candidate *longc, int32_t la)
{
    int32_t k = longc->span.start + la;
    if (longc->source != GX_SRC_TAGGER || longc->span.end != k + 1)
        return false;
    for (int m = 2; m <= 3 && k + m <= art->ncp; m++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, art->cp + k, m))
            return true;
    return false;
}

/* Person candidates where one name is another plus a character or two (王劲 / 王劲赶 / 王劲夫人,
 * 李开 / 李开复): the reading the text supports more often wins — occurrences of the longer one
 * against occurrences of the shorter one not followed by the same extra. Losers get eff -1. */
static void person_name_variants(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    gx_rs_work *w = rs->w;
    /* the persons among the kept candidates, in order (types do not change here; every loop
     * below skips the other types, so walking this list is the same walk, without the
     * quadratic pass over every candidate) */
    int np = 0;
    for (int a = 0; a < rs->nw; a++)
        np += cv[w[a].cand].type == GX_ENT_PERSON;
    if (np < 2)
        return;
    int *pw = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)np);
    np = 0;
    for (int a = 0; a < rs->nw; a++)
        if (cv[w[a].cand].type == GX_ENT_PERSON)
            pw[np++] = a;
    for (int ia = 0; ia < np; ia++) {
        const int a = pw[ia];
        gx_candidate *ca = &cv[w[a].cand];
        if (w[a].eff < 0)
            continue;
        int32_t la = ca->span.end - ca->span.start;
        for (int ib = 0; ib < np && w[a].eff >= 0; ib++) {
            const int b = pw[ib];
            gx_candidate *cb = &cv[w[b].cand];
            int32_t lb = cb->span.end - cb->span.start;
            if (lb <= la || lb > la + 2 || w[b].eff < 0)
                continue;
            if (memcmp(art->cp + cb->span.start, art->cp + ca->span.start, sizeof(uint32_t) * (size_t)la)) {
                /* the longer one adds characters on the left (比王劲): a tagger slip, keep the name */
                if (cb->source == GX_SRC_TAGGER && la >= 2 &&
                    !memcmp(art->cp + cb->span.end - la, art->cp + ca->span.start, sizeof(uint32_t) * (size_t)la) &&
                    !gx_lexicon_char_is(eng->lexicon, art->cp[cb->span.start], GX_LEX_SURNAME))
                    w[b].eff = -1;
                continue;
            }
            const uint32_t *ta = art->cp + ca->span.start, *tb = art->cp + cb->span.start;
            int na = 0, nb = 0;
            for (int32_t i = 0; i + la <= art->ncp; i++) {
                if ((la > 0 && art->cp[i] != ta[0]) || memcmp(art->cp + i, ta, sizeof(uint32_t) * (size_t)la))
                    continue;
                if (i + lb <= art->ncp && !memcmp(art->cp + i, tb, sizeof(uint32_t) * (size_t)lb))
                    nb++;
                else
                    na++;
            }
            /* on a tie, the reading the tagger is fairly sure of and a rule alone proposed
             * against it (作者:金庸|简介) */
            bool tagger_short = ca->source == GX_SRC_TAGGER && ca->score >= 0.8f && cb->source != GX_SRC_TAGGER;
            for (int ik = 0; ik < np && tagger_short; ik++) {
                const gx_candidate *ck = &cv[w[pw[ik]].cand];
                if (ck->source == GX_SRC_TAGGER && ck->span.end - ck->span.start == lb &&
                    !memcmp(art->cp + ck->span.start, tb, sizeof(uint32_t) * (size_t)lb))
                    tagger_short = false;
            }
            bool keep_short = na > nb || (na == nb && lb == la + 1 &&
                                          (gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, tb + la, 1) ||
                                           gx_lexicon_is(eng->lexicon, GX_LEX_RIGHT_OK, tb + la, 1) || tagger_short)) ||
                              (tagger_short && sure_short_name(ca, cb, lb - la)) || reason_follows(art, ca, cb) ||
                              rule_name_before_cue(eng, art, ca, cb) || extra_opens_word(eng, art, cb, la);
            /* drop every candidate with the losing text */
            const uint32_t *lose = keep_short ? tb : ta;
            int32_t ll = keep_short ? lb : la;
            for (int ik = 0; ik < np; ik++) {
                const int k = pw[ik];
                gx_candidate *ck = &cv[w[k].cand];
                if (ck->span.end - ck->span.start == ll &&
                    !memcmp(art->cp + ck->span.start, lose, sizeof(uint32_t) * (size_t)ll))
                    w[k].eff = -1;
            }
        }
    }
}

/* Tagger persons (two to four characters, not sure) that are the body of a company's name the
 * article writes: some company or organization candidate starts with the name, or with one or
 * two characters (a region) and then the name (绍兴|柯桥领英|实业有限公司, 宁|夏华锦|资产管理有限公司,
 * 景驰|科技), and goes on after it with no word that may follow a name (为, 表示), no title and no
 * company attribute (巴菲特|股东大会), and not into another name that ends it (邓晖任|齐鲁证券).
 * They get eff -1. Round 13: 16 such people in the 910-document dump, none a person. */
static void company_bodies(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    const gx_candidate *cv = rs->cv;
    const uint32_t *cp = art->cp;
    /* where a name may start inside an organization (its first three characters), with the
     * organization's end: one compact array scanned per tagger name */
    int32_t *at = NULL, *oend = NULL;
    int na = 0;
    for (int i = 0; i < rs->nc; i++) {
        if ((cv[i].type != GX_ENT_COMPANY && cv[i].type != GX_ENT_ORGANIZATION) || cv[i].span.end - cv[i].span.start < 3)
            continue;
        if (!at) {
            at = gx_arena_alloc(art->arena, sizeof(int32_t) * 3 * (size_t)(rs->nc + 1));
            oend = gx_arena_alloc(art->arena, sizeof(int32_t) * 3 * (size_t)(rs->nc + 1));
        }
        for (int32_t k = cv[i].span.start; k <= cv[i].span.start + 2 && k + 2 < cv[i].span.end; k++) {
            at[na] = k;
            oend[na++] = cv[i].span.end;
        }
    }
    for (int k = 0; k < rs->nw && na > 0; k++) {
        const gx_candidate *c = &cv[rs->w[k].cand];
        int32_t n = c->span.end - c->span.start;
        if (rs->w[k].eff < 0 || c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER || c->score >= 0.9f || n < 2 || n > 4)
            continue;
        uint32_t c0 = cp[c->span.start];
        bool body = false;
        for (int b = 0; b < na && !body; b++) {
            int32_t i = at[b], e = i + n;
            if (cp[i] != c0 || e >= oend[b] || memcmp(cp + i, cp + c->span.start, sizeof(uint32_t) * (size_t)n) || !gx_is_cjk(cp[e]))
                continue;
            bool follows = false; /* a word that may follow a name, a title or a company attribute */
            for (int m = 1; m <= 4 && e + m <= art->ncp && !follows; m++)
                follows = gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, cp + e, m) ||
                          (m >= 2 && (gx_lexicon_is(eng->lexicon, GX_LEX_POSITION, cp + e, m) ||
                                      gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, cp + e, m)));
            if (follows)
                continue;
            bool inner = false;
            int ni = gx_cand_ix_starting(&rs->ix, e + 1, oend[b] - 1, rs->qb);
            for (int q = 0; q < ni && !inner; q++) {
                const gx_candidate *x = &cv[rs->qb[q]];
                inner = x->span.start > e && x->span.end == oend[b] && x->type != GX_ENT_PERSON;
            }
            body = !inner;
        }
        if (body)
            rs->w[k].eff = -1;
    }
}

/* Removes the weighed candidates a later check gave eff -1. */
static void drop_discarded(gx_rs *rs)
{
    gx_rs_work *w = rs->w;
    int k = 0;
    for (int a = 0; a < rs->nw; a++)
        if (w[a].eff >= 0)
            w[k++] = w[a];
    rs->nw = k;
}

/* A title word in the middle of a name the tagger is sure of, the name going on after it
 * (伟业|顾问|北京公司, 中国埃及|大使|馆): the tagger has the evidence, the list word is part of
 * the name and no title (removed from art->positions). */
static void titles_inside_names(gx_rs *rs)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    gx_rs_work *w = rs->w;
    if (!art->positions.n)
        return;
    /* the spans of the names that can hold a title (the same test per candidate as before,
     * done once instead of once per title) */
    gx_span *sure = gx_arena_alloc_raw(art->arena, sizeof(gx_span) * (size_t)(rs->nw + 1));
    int nsure = 0;
    for (int a = 0; a < rs->nw; a++) {
        const gx_candidate *c = &cv[w[a].cand];
        if (c->source == GX_SRC_TAGGER && c->score >= 0.9f &&
            (c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION || c->type == GX_ENT_GOVERNMENT))
            sure[nsure++] = c->span;
    }
    int keep = 0;
    for (int k = 0; k < art->positions.n; k++) {
        gx_span t = art->positions.v[k].span;
        bool inside = false;
        for (int a = 0; a < nsure && !inside && t.end > t.start; a++)
            inside = sure[a].start < t.start && t.end < sure[a].end;
        if (!inside)
            art->positions.v[keep++] = art->positions.v[k];
    }
    art->positions.n = keep;
}

/* A name never runs into a job title the rules found (伯乐基金|经理 of 时代伯乐基金经理). */
static void names_into_titles(gx_rs *rs)
{
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    gx_rs_work *w = rs->w;
    /* the characters the titles cover; a title with an empty span is checked as before */
    uint8_t *in_title = gx_arena_alloc(art->arena, (size_t)art->ncp + 1);
    bool empty_title = false;
    for (int i = 0; i < art->positions.n; i++) {
        gx_span t = art->positions.v[i].span;
        if (t.end <= t.start)
            empty_title = true;
        for (int32_t k = t.start < 0 ? 0 : t.start; k < t.end && k < art->ncp; k++)
            in_title[k] = 1;
    }
    for (int a = 0; a < rs->nw; a++) {
        gx_candidate *c = &cv[w[a].cand];
        for (int32_t k = c->span.start; k < c->span.end && w[a].eff >= 0; k++)
            if (in_title[k])
                w[a].eff = -1;
        for (int i = 0; empty_title && i < art->positions.n && w[a].eff >= 0; i++) {
            gx_span t = art->positions.v[i].span;
            if (c->span.start < t.end && t.start < c->span.end)
                w[a].eff = -1;
        }
    }
}

/* With the tagger running, a rule's two-character person after a title that the tagger never
 * read as a person (专家|封杀) is dropped, and a weak suffix name it did not see at all counts for
 * less. */
static void unseen_by_tagger(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    gx_rs_work *w = rs->w;
    for (int a = 0; a < rs->nw; a++) {
        gx_candidate *c = &cv[w[a].cand];
        /* a two-character "name" after a title that the tagger did not read as a person at all
         * (专家|封杀, 艺术家|宣传) is more likely a verb */
        if (c->source == GX_SRC_RULE && c->type == GX_ENT_PERSON && c->span.end - c->span.start == 2 && w[a].eff >= 0) {
            bool seen = false;
            int nq = gx_cand_ix_starting(&rs->ix, c->span.start - rs->ix.maxlen, c->span.end, qb);
            for (int q = 0; q < nq && !seen; q++) {
                int i = qb[q];
                seen = cv[i].source == GX_SRC_TAGGER && cv[i].type == GX_ENT_PERSON &&
                       cv[i].span.start < c->span.end && c->span.start < cv[i].span.end;
            }
            nq = seen ? 0 : gx_cand_ix_same_text(&rs->ix, art, c->span, w[a].cand, qb);
            for (int q = 0; q < nq && !seen; q++) { /* the same name read elsewhere in the article */
                int i = qb[q];
                seen = cv[i].source == GX_SRC_TAGGER && cv[i].type == GX_ENT_PERSON && span_text_eq(art, cv[i].span, c->span);
            }
            if (!seen && !gx_lexicon_char_is(eng->lexicon, art->cp[c->span.start], GX_LEX_COMMON_SURNAME) &&
                !gx_translit_pair(art->cp[c->span.start], art->cp[c->span.start + 1]))
                w[a].eff = -1;
            continue;
        }
        if (c->source != GX_SRC_RULE || c->link != GX_LINK_SUFFIX_ONLY || w[a].eff < 0)
            continue;
        bool seen = false;
        int nq = gx_cand_ix_starting(&rs->ix, c->span.start - rs->ix.maxlen, c->span.end, qb);
        for (int q = 0; q < nq && !seen; q++) {
            int i = qb[q];
            seen = cv[i].source == GX_SRC_TAGGER && cv[i].type != GX_ENT_PERSON && cv[i].type != GX_ENT_POSITION &&
                   cv[i].span.start < c->span.end && c->span.start < cv[i].span.end;
        }
        /* a name in an enumeration with another company (愉悦资本、启明创投、高鹄资本跟投) */
        if (!seen)
            seen = gx_cand_listed_with(art, &rs->ix, w[a].cand, GX_ENT_COMPANY, false, qb);
        /* a name opening a clause as the source of what follows (。巨丰投顾：…) needs no more */
        if (!seen && c->span.end < art->ncp && (art->cp[c->span.end] == ':' || art->cp[c->span.end] == 0xFF1A)) {
            int32_t p = c->span.start;
            while (p > 0 && (art->cp[p - 1] == ' ' || art->cp[p - 1] == 0x3000 || art->cp[p - 1] == '\t'))
                p--;
            uint32_t pc = p > 0 ? art->cp[p - 1] : '\n';
            seen = pc == '\n' || pc == 0x3002 || pc == '!' || pc == '?' || pc == ';' || pc == 0xFF01 ||
                   pc == 0xFF1F || pc == 0xFF1B || pc == 0x3011 /* 】 */ ||
                   (pc == 0x8BAF /* 讯 */ && p < c->span.start); /* a dateline's end (02月02日讯 X：) */
        }
        if (!seen && w[a].eff - 0.1f < (c->type == GX_ENT_COMPANY ? 0.55f : 0.5f))
            w[a].eff = -1;
        else if (!seen)
            w[a].eff -= 0.1f;
    }
}

void gx_resolve_apply(const gx_engine *eng, gx_article *art)
{
    if (art->ncp == 0)
        return;
    gx_rs rs = {.eng = eng, .art = art, .cv = art->candidates.v, .nc = art->candidates.n};
    for (int i = 0; i < rs.nc && !rs.tagger_ran; i++)
        rs.tagger_ran = rs.cv[i].source == GX_SRC_TAGGER;
    rs.w = gx_arena_alloc(art->arena, sizeof(gx_rs_work) * (size_t)(rs.nc + 1));
    gx_cand_ix_build(&rs.ix, art);
    rs.qb = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(rs.nc + 1));
    weigh_candidates(&rs);
    person_name_variants(&rs);
    company_bodies(&rs);
    drop_discarded(&rs);
    titles_inside_names(&rs);
    names_into_titles(&rs);
    if (rs.tagger_ran)
        unseen_by_tagger(&rs);
    drop_discarded(&rs);
    sort_work(rs.w, rs.nw, gx_arena_alloc_raw(art->arena, sizeof(gx_rs_work) * (size_t)(rs.nw + 1)));
    gx_cand_ix_build(&rs.ix, art); /* spans are final from here on */
    gx_rs_choose(&rs);
    gx_rs_group(&rs);
    gx_rs_entities(&rs);
    gx_text_ix tx;
    gx_text_ix_build(&tx, art);
    gx_rs_propagate(&rs, &tx);
    gx_rs_byline(&rs, &tx);
    gx_rs_context_types(art);
    int32_t subject = -1;
    gx_salience(art, &subject);
    gx_rs_coreference(art, &tx, rs.taken, subject);
    gx_rs_order(&rs);
    gx_rs_roles(&rs);
    gx_salience(art, NULL);
}
