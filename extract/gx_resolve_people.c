/* gx_resolve_people.c — part of stage 1 of resolution (gx_resolve_impl.h): person names. The
 * confidence a tagger person deserves from the article (gx_rs_person_evidence, used while
 * weighing), and the checks run on the weighed candidates before conflicts: tagger persons that
 * name a brand (“莱茨狗”项目), variants of one name a character or two apart, tagger persons that
 * are a company's body, title words inside names, names running into titles, a rule's short
 * person the tagger never saw, tagger persons in a series of items sharing their start. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_cand_shape.h"
#include "gx_entities.h"
#include "gx_keymap.h"
#include "gx_normalize.h"
#include "gx_quantity.h"
#include "gx_resolve_impl.h"
#include "gx_utf8.h"

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
    int occ = gx_cand_ix_text_count(ix, art, c->span), read = 0;
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
    const char32_t *const *const KINDS = gx_lexicon_words(eng->lexicon, GX_WL_SHORT_NAME_KIND);
    const gx_candidate *c = &art->candidates.v[self];
    const uint32_t *cp = art->cp;
    int32_t n = c->span.end - c->span.start;
    if (c->score >= 0.6f || n != 2 || gx_lexicon_char_is(eng->lexicon, cp[c->span.start], GX_LEX_SURNAME))
        return false;
    for (int32_t i = gx_text_place_first(art, cp + c->span.start); i >= 0; i = gx_text_place_next(art, i)) {
        if (i + n > art->ncp || cp[i] != cp[c->span.start] || cp[i + 1] != cp[c->span.start + 1])
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
        /* X国际 (杰奥国际引进…, 杰奥国际项目): a firm's name, as in brand_before_suffix (not 国际化) */
        if (k + 2 < art->ncp && cp[k] == 0x56FD /* 国 */ && cp[k + 1] == 0x9645 /* 际 */ && cp[k + 2] != 0x5316 /* 化 */)
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

/* Is tagger person self (three or four characters, no surname first, a reading the tagger is
 * unsure of) a firm's made-up name: some occurrence of its text is followed by a company suffix
 * or attribute, perhaps after 国际 (香港菲特尔|国际有限公司, X|平台)? (company_short_name does this for two
 * characters.) Uses no scratch. */
static bool brand_before_suffix(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t n = c->span.end - c->span.start;
    if (c->score >= 0.8f || n < 3 || n > 4 || !gx_is_cjk(cp[c->span.start]) ||
        gx_lexicon_char_is(eng->lexicon, cp[c->span.start], GX_LEX_SURNAME))
        return false;
    /* (the occurrences of its first character only, eight code points tested at a time) */
    const uint32_t c0 = cp[c->span.start];
    const int32_t last = art->ncp - n;
    for (int32_t i = gx_cps_find_either(cp, 0, last, c0, c0); i < last; i = gx_cps_find_either(cp, i + 1, last, c0, c0)) {
        if (memcmp(cp + i, cp + c->span.start, sizeof(uint32_t) * (size_t)n))
            continue;
        int32_t k = i + n;
        if (k + 2 < art->ncp && cp[k] == 0x56FD /* 国 */ && cp[k + 1] == 0x9645 /* 际 */)
            k += 2; /* X国际有限公司 */
        for (int m = 2; m <= 4 && k + m <= art->ncp; m++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + k, m) ||
                gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, cp + k, m))
                return true;
    }
    return false;
}

/* Does candidate self follow an enumeration of two companies or more (中国移动、中国邮政、|海泰宽):
 * a company (a tagger one of score >= 0.6) ends at the 、 before it, and another at the 、 before
 * that one? (One company next to a name is no such evidence: 委托贾跃民、甘薇.) Uses qb as scratch. */
static bool after_listed_companies(const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    const uint32_t *cp = art->cp;
    int32_t b = art->candidates.v[self].span.start;
    if (b < 4 || cp[b - 1] != 0x3001 /* 、 */)
        return false;
    /* the companies ending at the 、 before it: their starts (qb is reused by the second test) */
    int32_t starts[8];
    int ns = 0;
    int nq = gx_cand_ix_starting(ix, b - 17 < 0 ? 0 : b - 17, b - 1, qb);
    for (int q = 0; q < nq && ns < 8; q++) {
        const gx_candidate *o = &art->candidates.v[qb[q]];
        if (qb[q] != self && o->type == GX_ENT_COMPANY && o->span.end == b - 1 &&
            (o->source != GX_SRC_TAGGER || o->score >= 0.6f) && o->span.start >= 2 && cp[o->span.start - 1] == 0x3001)
            starts[ns++] = o->span.start;
    }
    for (int k = 0; k < ns; k++)
        if (gx_cand_typed_ending(art, ix, self, GX_ENT_COMPANY, starts[k] - 1, qb))
            return true;
    return false;
}

/* Does span s stand in an enumeration of countries (法国，西班牙，斯理文里亚等国): a country of
 * cues.tsv right before it across 、 or a comma, and after it 等国/等地 (not 等国家领导人: 等国家
 * must close the phrase or be followed by 的/承认…, so only 等国 and 等地 are read), or a comma or 、
 * and another country? A misspelt or little-known country, not someone. */
static bool listed_country(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.start < 3)
        return false;
    uint32_t sep = cp[s.start - 1];
    if (sep != 0x3001 /* 、 */ && sep != ',' && sep != 0xFF0C)
        return false;
    bool country_before = false;
    for (int n = 2; n <= 6 && n <= s.start - 1 && !country_before; n++)
        country_before = gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start - 1 - n, n) &&
                         !gx_lexicon_is_home_region(eng->lexicon, cp + s.start - 1 - n, n);
    if (!country_before)
        return false;
    int32_t e = s.end;
    if (e + 1 < art->ncp && cp[e] == 0x7B49 /* 等 */ && (cp[e + 1] == 0x56FD /* 国 */ || cp[e + 1] == 0x5730 /* 地 */))
        return !(e + 3 < art->ncp && cp[e + 1] == 0x56FD && cp[e + 2] == 0x5BB6 /* 家 */ &&
                 gx_is_cjk(cp[e + 3]) && cp[e + 3] != 0x7684 /* 的 */);
    if (e + 1 < art->ncp && (cp[e] == 0x3001 || cp[e] == ',' || cp[e] == 0xFF0C))
        for (int n = 2; n <= 6 && e + 1 + n <= art->ncp; n++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + e + 1, n) &&
                !gx_lexicon_is_home_region(eng->lexicon, cp + e + 1, n))
                return true;
    return false;
}

/* Is span s three characters opening with a mainland city or province of regions.tsv (沈阳|华 of
 * 沈阳华旭正联餐饮公司): a firm named after its home, cut by the tagger, when the tagger is unsure
 * (the caller asks under 0.4)? */
static bool city_led(const gx_engine *eng, const gx_article *art, gx_span s)
{
    return s.end - s.start == 3 && gx_is_cjk(art->cp[s.end - 1]) &&
           gx_lexicon_is_home_region(eng->lexicon, art->cp + s.start, 2);
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
 * dateline (格隆汇9月25日丨), an index named after it (胡志明指数, 道琼斯指数), the place in a firm's
 * legal name (光线（霍尔果斯）现场娱乐有限公司), an amount in capital
 * numerals, an account or a ship (…号)? */
static bool named_thing(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end + 1 < art->ncp && cp[s.end] == 0x6307 /* 指 */ && cp[s.end + 1] == 0x6570 /* 数 */)
        return true;
    /* the place in brackets inside a firm's legal name (光线（霍尔果斯）现场娱乐有限公司): a firm's
     * name before the bracket, and 公司 within ten Chinese characters after it */
    if (s.start > 1 && s.end + 2 < art->ncp && (cp[s.start - 1] == '(' || cp[s.start - 1] == 0xFF08) &&
        (cp[s.end] == ')' || cp[s.end] == 0xFF09) && gx_is_cjk(cp[s.start - 2])) {
        int32_t k = s.end + 1;
        while (k + 1 < art->ncp && k - s.end <= 10 && gx_is_cjk(cp[k]) &&
               !(cp[k] == 0x516C /* 公 */ && cp[k + 1] == 0x53F8 /* 司 */))
            k++;
        if (k + 1 < art->ncp && k > s.end + 1 && cp[k] == 0x516C && cp[k + 1] == 0x53F8)
            return true;
    }
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
 * 朱格拉周期, 菲利普斯曲线, 菲尔兹奖, 菲亚特货币)? Round 13: 12 such people in the 910-document dump, none meant as a
 * person. The whole text is scanned only when the candidate's own occurrence is such a term. */
bool gx_rs_eponym_only(const gx_article *art, gx_span s)
{
    static const char32_t *const TERMS[] = {U"之踵", U"之剑", U"双击", U"双杀", U"周期", U"定律", U"效应", U"法则",
                                            U"曲线", U"时刻", U"悖论", U"陷阱", U"魔咒",
                                            /* fans (巴菲特迷: a Buffett fan) */
                                            U"迷",
                                            /* prizes (菲尔兹奖, 菲尔兹数学奖, 普利策新闻奖; people16) */
                                            U"奖", U"数学奖", U"文学奖", U"物理学奖", U"化学奖", U"医学奖", U"经济学奖",
                                            U"新闻奖", U"和平奖",
                                            /* a currency (菲亚特货币: fiat money, transliterated) */
                                            U"货币", NULL};
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    if (n < 2 || !gx_word_at(art, s.end, TERMS))
        return false;
    for (int32_t i = gx_text_place_first(art, cp + s.start); i >= 0; i = gx_text_place_next(art, i))
        if (i + n <= art->ncp && cp[i] == cp[s.start] && !memcmp(cp + i, cp + s.start, sizeof(uint32_t) * (size_t)n) &&
            !gx_word_at(art, i + n, TERMS))
            return false;
    return true;
}

/* Is the tagger's person at s part of an amount (4000亿|里亚尔: a currency written like a foreign
 * name), inside a sum of money the quantity stage found? */
static bool inside_amount(const gx_article *art, gx_span s)
{
    /* (a currency follows its number: a digit or 亿 万 千 百 right before it) */
    uint32_t b = s.start > 0 ? art->cp[s.start - 1] : 0;
    if (!gx_is_digit(b) && b != 0x4EBF /* 亿 */ && b != 0x4E07 /* 万 */ && b != 0x5343 /* 千 */ && b != 0x767E /* 百 */)
        return false;
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        if (q->type == GX_QTY_MONEY && q->span.start < s.end && s.start < q->span.end)
            return true;
    }
    return false;
}

/* Does the name s, written again at i, do what only a company does there (company_act)? */
/* The words around a writing of the name at `at` that say a company acts (acts_at). */
static bool acts_around(const gx_article *art, gx_span at, bool name_shape)
{
    static const char32_t *const BEFORE[] = {U"私有化", NULL};
    static const char32_t *const AFTER[] = {U"私有化", U"发布公告", U"公告称", U"董事会", U"停牌", U"复牌", NULL};
    static const char32_t *const TENDER[] = {U"中标", U"成功中标", NULL};
    return gx_word_ending(art->cp, 0, at.start, BEFORE) > 0 || gx_word_at(art, at.end, AFTER) > 0 ||
           (!name_shape && gx_word_at(art, at.end, TENDER) > 0);
}

static bool acts_around_name(const gx_article *art, gx_span at)
{
    return acts_around(art, at, true);
}

static bool acts_around_other(const gx_article *art, gx_span at)
{
    return acts_around(art, at, false);
}

static bool acts_at(const gx_article *art, gx_span s, int32_t i, bool name_shape)
{
    int32_t n = s.end - s.start;
    if (i + n > art->ncp || memcmp(art->cp + i, art->cp + s.start, sizeof(uint32_t) * (size_t)n))
        return false;
    return acts_around(art, (gx_span){i, i + n}, name_shape);
}

/* Is the tagger's person at s a company by what the article says it does: taken private
 * (私有化普洛斯, 普洛斯私有化), announcing (拉夏贝尔发布公告称, X公告称), its board (X董事会), its
 * shares suspended (X停牌, X复牌)? Only a company does these, whoever the tagger thought it was.
 * Winning a tender (方大九钢成功中标) too, unless the reading has a Chinese name's shape (a surname
 * and one or two characters: 沈力军中标的这家国有银行, a businessman's bid). */
static bool company_act(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, gx_span s)
{
    int32_t n = s.end - s.start;
    bool name_shape = n <= 3 && gx_lexicon_char_is(eng->lexicon, art->cp[s.start], GX_LEX_SURNAME);
    /* (a question about the name's text only: answered once per text, every copy of a repeated
     * body asks it) */
    if (n >= 2 && gx_span_in_text(art, s))
        return gx_cand_ix_text_somewhere(ix, art, s, name_shape ? GX_TEXTQ_ACTS_NAME : GX_TEXTQ_ACTS_OTHER, name_shape ? acts_around_name : acts_around_other);
    /* anywhere the article names it (私有化普洛斯 … 普洛斯权益): where the entity rules' bigram
     * index says, else by a walk over the text */
    const gx_text_ix *tx = art->text_ix;
    if (tx && n >= 2) {
        for (int32_t p1 = gx_text_ix_first(tx, art->cp + s.start); p1 > 0; p1 = tx->next[p1 - 1])
            if (acts_at(art, s, p1 - 1, name_shape))
                return true;
        return false;
    }
    for (int32_t i = 0; i + n <= art->ncp; i++)
        if (acts_at(art, s, i, name_shape))
            return true;
    return false;
}

/* Is the tagger's Latin person at s the gloss of a quoted term (“超级碗”(Super Bowl)): an event,
 * a product or a work named in quotes, not someone? */
static bool quoted_term_gloss(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.start < 2 || (cp[s.start - 1] != '(' && cp[s.start - 1] != 0xFF08))
        return false;
    for (int32_t k = s.start; k < s.end; k++)
        if (!gx_is_alnum(cp[k]) && cp[k] != ' ')
            return false;
    uint32_t q = cp[s.start - 2];
    return q == 0x201D /* ” */ || q == 0x300D /* 」 */ || q == 0x300F /* 』 */ || q == 0x300B /* 》 */ || q == '"';
}

/* Is the text at [i, i + n) the whole or the start of a name in quotes that a word for an account,
 * a column, a project or a product follows (“王雅媛港股圈”微信公众号, “莱茨狗”项目): a brand, not
 * someone (a column named after its author included)? */
static bool quoted_brand_at(const gx_article *art, int32_t i, int32_t n)
{
    static const char32_t *const KINDS[] = {U"微信公众号", U"公众号", U"微信号", U"微博", U"专栏", U"头条号", U"订阅号",
                                            U"博客", U"账号", U"项目", U"产品", U"平台", U"品牌", U"游戏", U"栏目",
                                            U"节目", NULL};
    const uint32_t *cp = art->cp;
    if (i < 1 || (cp[i - 1] != 0x201C /* “ */ && cp[i - 1] != '"'))
        return false;
    int32_t k = i + n;
    while (k < art->ncp && k - i < 12 && gx_is_cjk(cp[k]))
        k++;
    return k + 1 < art->ncp && (cp[k] == 0x201D /* ” */ || cp[k] == '"') && gx_word_at(art, k + 1, KINDS) > 0;
}

/* Is the text at [i, i + n) a brand: quoted (quoted_brand_at), or with its official account or
 * site right after it (TechWeb官方微博, 金立官方公众号, X官网)? */
static bool brand_at(const gx_article *art, int32_t i, int32_t n)
{
    static const char32_t *const OFFICIAL[] = {U"官方微博", U"官方微信", U"官方公众号", U"官方账号", U"官方网站", U"官网",
                                               NULL};
    return quoted_brand_at(art, i, n) || gx_word_at(art, i + n, OFFICIAL) > 0;
}

/* What a platform's name is written right before (platform_at, gx_rs_brand_names). */
static const char32_t *const PLATFORM_WORDS[] = {U"平台", U"互联网金融", NULL};

/* Is the text at [i, i + n) a platform's name: written right before 平台 or 互联网金融 (为钱保姆平台提供办案线索,
 * 金吉利宝互联网金融服务平台: a lending platform named like a person, 钱保姆, or read across a word, 入股金|吉利宝)?
 * People are not followed by these words; the name must be glued to them (people38). */
static bool platform_at(const gx_article *art, int32_t i, int32_t n)
{
    return gx_word_at(art, i + n, PLATFORM_WORDS) > 0;
}

/* Is tagger person self a firm's Chinese name glossed in brackets: a company candidate fills the brackets right
 * after it (普華永道(PwC)欣然宣佈, 瑞银(UBS)), and the tagger is unsure (< 0.6)? A person's gloss is their name in
 * Latin letters (latin_gloss), which no company reading covers. Uses qb as scratch. */
static bool company_gloss(const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    const uint32_t *cp = art->cp;
    const gx_candidate *c = &art->candidates.v[self];
    int32_t e = c->span.end;
    if (c->score >= 0.6f || e + 2 >= art->ncp || (cp[e] != '(' && cp[e] != 0xFF08))
        return false;
    int32_t k = e + 1;
    while (k < art->ncp && k - e <= 24 && cp[k] != ')' && cp[k] != 0xFF09 && cp[k] != '(' && cp[k] != 0xFF08)
        k++;
    return k < art->ncp && (cp[k] == ')' || cp[k] == 0xFF09) && k > e + 1 &&
           gx_cand_typed_at(art, ix, self, GX_ENT_COMPANY, e + 1, k, qb);
}

/* Is span s the trade name of a firm whose legal name writes its home in brackets after it
 * (易齐盈（重庆）电子商务有限公司, X(北京)科技有限公司): somewhere the text writes it followed by a
 * bracketed region of regions.tsv and 公司 within ten Chinese characters after the bracket
 * (named_thing reads the bracketed place itself)? */
static bool firm_before_home(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    if (n < 2 || n > 6)
        return false;
    for (int32_t i = gx_text_place_first(art, cp + s.start); i >= 0; i = gx_text_place_next(art, i)) {
        int32_t b = i + n;
        if (b + 4 >= art->ncp || memcmp(cp + i, cp + s.start, sizeof(uint32_t) * (size_t)n) ||
            (cp[b] != '(' && cp[b] != 0xFF08))
            continue;
        int32_t k = b + 1;
        while (k < art->ncp && k - b <= 8 && gx_is_cjk(cp[k]))
            k++;
        if (k >= art->ncp || (cp[k] != ')' && cp[k] != 0xFF09) || !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + b + 1, k - b - 1))
            continue;
        for (int32_t j = k + 1; j + 1 < art->ncp && j - k <= 11 && gx_is_cjk(cp[j]); j++)
            if (cp[j] == 0x516C /* 公 */ && cp[j + 1] == 0x53F8 /* 司 */)
                return true;
    }
    return false;
}

/* Is span s the value of a form's name field somewhere in the text (平台名称:吉利宝, 公司名称：X, cues.tsv
 * name_label; the field names a platform or a firm, never a person: people35)? The label, then a colon
 * (ASCII or full width) right before an occurrence. */
static bool labelled_thing(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    if (n < 2)
        return false;
    for (int32_t i = gx_text_place_first(art, cp + s.start); i >= 0; i = gx_text_place_next(art, i)) {
        if (i < 3 || memcmp(cp + i, cp + s.start, sizeof(uint32_t) * (size_t)n) || (cp[i - 1] != ':' && cp[i - 1] != 0xFF1A))
            continue;
        for (int32_t m = 2; m <= 4 && i - 1 - m >= 0; m++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_NAME_LABEL, cp + i - 1 - m, m))
                return true;
    }
    return false;
}

/* The confidence a tagger person candidate (index self) deserves with the article's evidence:
 * its score, raised by 0.15 when it stands in a list of names next to a person (萨维奇、迪科夫、
 * 尼尔等; 迪乌夫和希利); 0 (refuted) when it stands in an enumeration (、) next to a place and
 * next to no person and the tagger is not sure (中国、美国、越南、多米尼加等国家: a transliterated
 * country). (The same text read again elsewhere is no such evidence: the tagger repeats its own
 * mistakes, 爆仓 … 爆仓.) Uses qb as scratch. */
float gx_rs_person_evidence(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix, int self, int *qb)
{
    float sc = art->candidates.v[self].score;
    if (sc < 0.3f)
        return sc;
    if (company_short_name(eng, art, ix, self, qb) || brand_before_suffix(eng, art, &art->candidates.v[self]) ||
        (sc < 0.8f && place_context(art, art->candidates.v[self].span)) ||
        (sc < 0.9f && listed_country(eng, art, art->candidates.v[self].span)) ||
        (sc < 0.4f && city_led(eng, art, art->candidates.v[self].span)) ||
        named_thing(art, art->candidates.v[self].span) || gx_rs_eponym_only(art, art->candidates.v[self].span) ||
        inside_amount(art, art->candidates.v[self].span) || quoted_term_gloss(art, art->candidates.v[self].span) ||
        company_act(eng, art, ix, art->candidates.v[self].span) || company_gloss(art, ix, self, qb) ||
        firm_before_home(eng, art, art->candidates.v[self].span) || labelled_thing(eng, art, art->candidates.v[self].span))
        return 0.0f;
    if (gx_cand_listed_with(art, ix, self, GX_ENT_PERSON, true, qb))
        return sc + 0.15f > 1.0f ? 1.0f : sc + 0.15f;
    /* in an enumeration (、) after two companies and next to no person, the tagger unsure: a firm
     * (引进了天津银行、中国移动、中国邮政、海泰宽) */
    if (sc < 0.8f && after_listed_companies(art, ix, self, qb))
        return 0.0f;
    if (latin_gloss(art, ix, self, qb))
        return 1.0f;
    if (sc < 0.9f && titled_reading(eng, art, ix, self, qb))
        return sc + 0.2f > 1.0f ? 1.0f : sc + 0.2f;
    if (sc < 0.9f && gx_cand_listed_with(art, ix, self, GX_ENT_LOCATION, false, qb))
        return 0.0f;
    return sc;
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

/* Are the longer name longc's characters after its first la a title the rules found
 * (阿尔瓦利德-宾-塔拉尔|王子)? A name never runs into a title (gx_rs_names_into_titles). */
static bool extra_is_title(const gx_article *art, const gx_candidate *longc, int32_t la)
{
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == longc->span.start + la && art->positions.v[i].span.end == longc->span.end)
            return true;
    return false;
}

/* Person candidates where one name is another plus a character or two (王劲 / 王劲赶 / 王劲夫人,
 * 李开 / 李开复): the reading the text supports more often wins — occurrences of the longer one
 * against occurrences of the shorter one not followed by the same extra. Losers get eff -1. */
void gx_rs_person_name_variants(gx_rs *rs)
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
    /* a name whose text an earlier one had is skipped: every pair that earlier name made was
     * settled then (one of the two texts lost everywhere, or the longer tagger slip dropped), and
     * eff only falls, so its own pass would change nothing (the outer walk is per distinct text,
     * not per copy: a body repeating a sentence k times made it k^2; twenty-seventh session) */
    gx_text_memo done;
    gx_text_memo_init(&done, art);
    int *pw = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)np);
    np = 0;
    for (int a = 0; a < rs->nw; a++)
        if (cv[w[a].cand].type == GX_ENT_PERSON)
            pw[np++] = a;
    for (int ia = 0; ia < np; ia++) {
        const int a = pw[ia];
        gx_candidate *ca = &cv[w[a].cand];
        int unused;
        if (w[a].eff < 0 || gx_text_memo_get(&done, ca->span, 0, &unused, &unused))
            continue;
        gx_text_memo_put(&done, ca->span, 0, 1, 0);
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
            /* (la > 0: the places of its first character only, eight code points tested at a time) */
            const int32_t top = art->ncp - la + 1;
            for (int32_t i = la > 0 ? gx_cps_find_either(art->cp, 0, top, ta[0], ta[0]) : 0; i < top;
                 i = la > 0 ? gx_cps_find_either(art->cp, i + 1, top, ta[0], ta[0]) : i + 1) {
                if (memcmp(art->cp + i, ta, sizeof(uint32_t) * (size_t)la))
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
                              rule_name_before_cue(eng, art, ca, cb) || extra_opens_word(eng, art, cb, la) ||
                              extra_is_title(art, cb, la);
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
/* The chain of gx_rs_company_bodies' places that w[0] w[1] opens. */
static uint32_t body_bucket(const uint32_t *w, uint32_t mask)
{
    return ((w[0] * 0x9E3779B1u) ^ (w[1] * 0x85EBCA77u)) & mask;
}

void gx_rs_company_bodies(gx_rs *rs)
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
    /* the places chained by their first two characters (a name of two characters or more matches
     * only the places of its own first two: no walk over every place per name; quad29) */
    uint32_t mask = 0;
    int *head = NULL, *next = NULL;
    if (na > 0) {
        uint32_t cap = 64;
        while (cap < (uint32_t)na && cap < (1u << 20))
            cap <<= 1;
        mask = cap - 1;
        head = gx_arena_alloc(art->arena, sizeof(int) * cap);
        next = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)na);
        for (int b = na - 1; b >= 0; b--) {
            uint32_t h = body_bucket(cp + at[b], mask);
            next[b] = head[h];
            head[h] = b + 1;
        }
    }
    for (int k = 0; k < rs->nw && na > 0; k++) {
        const gx_candidate *c = &cv[rs->w[k].cand];
        int32_t n = c->span.end - c->span.start;
        if (rs->w[k].eff < 0 || c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER || c->score >= 0.9f || n < 2 || n > 4)
            continue;
        uint32_t c0 = cp[c->span.start];
        bool body = false;
        int b1 = head[body_bucket(cp + c->span.start, mask)];
        for (; b1 > 0 && !body; b1 = next[b1 - 1]) {
            int b = b1 - 1;
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

/* A title word in the middle of a name the tagger is sure of, or of a full legal name the rules
 * read, the name going on after it (伟业|顾问|北京公司, 中国埃及|大使|馆, 福建卓知项目|投资顾问|有限公司):
 * the tagger, the legal form or the agency's shape has the evidence, the list word is part of
 * the name and no title (removed from art->positions). */
void gx_rs_titles_inside_names(gx_rs *rs)
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
        /* (a full legal name the suffix rule read, …有限公司: 福建卓知项目|投资顾问|有限公司) */
        else if (c->source == GX_SRC_RULE && c->type == GX_ENT_COMPANY && c->score >= 0.75f && c->span.end - c->span.start >= 8 &&
                 art->cp[c->span.end - 4] == 0x6709 && art->cp[c->span.end - 3] == 0x9650 &&
                 art->cp[c->span.end - 2] == 0x516C && art->cp[c->span.end - 1] == 0x53F8) /* 有限公司 */
            sure[nsure++] = c->span;
        /* (a state agency a rule reads by its place, task and 署 or 局: 柬埔寨国家|警察|总署) */
        else if (c->source == GX_SRC_RULE && c->type == GX_ENT_GOVERNMENT && c->score >= 0.9f &&
                 c->span.end - c->span.start >= 5 && gx_cp_in(art->cp[c->span.end - 1], U"署局"))
            sure[nsure++] = c->span;
        /* (a government body the gazetteer names, no ordinary word: 美国经济|顾问|委员会) */
        else if (c->source == GX_SRC_GAZETTEER && c->type == GX_ENT_GOVERNMENT && c->lex_id >= 0 &&
                 c->span.end - c->span.start >= 5 &&
                 !(gx_lexicon_entry(rs->eng->lexicon, c->lex_id)->flags & GX_LEXF_WEAK))
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

/* Whether candidate c is a company's whole gazetteer name (not a weak form) that holds every title
 * it touches (平安好医生, 春雨医生: 医生 is part of the name; hkcomp16): no title runs out of it. */
static bool whole_name_holds_titles(const gx_rs *rs, const gx_candidate *c)
{
    if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_COMPANY || c->lex_id < 0 || !rs->eng->lexicon)
        return false;
    const gx_lex_entry *e = gx_lexicon_entry(rs->eng->lexicon, c->lex_id);
    if (!e || (e->flags & GX_LEXF_WEAK) || c->span.end - c->span.start < 4)
        return false;
    bool inside = false;
    for (int i = 0; i < rs->art->positions.n; i++) {
        gx_span t = rs->art->positions.v[i].span;
        if (t.end <= t.start || t.start >= c->span.end || t.end <= c->span.start)
            continue;
        if (t.start < c->span.start || t.end > c->span.end)
            return false;
        inside = true;
    }
    return inside;
}

/* A name never runs into a job title the rules found (伯乐基金|经理 of 时代伯乐基金经理), except a
 * government body that the title makes the head of (美国财政部|长, 商务部|长). */
void gx_rs_names_into_titles(gx_rs *rs)
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
        if (c->type == GX_ENT_GOVERNMENT && c->span.end < art->ncp && in_title[c->span.end] &&
            art->cp[c->span.end] == 0x957F /* 长 */)
            continue;
        if (whole_name_holds_titles(rs, c))
            continue;
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
void gx_rs_unseen_by_tagger(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int *qb = rs->qb;
    gx_rs_work *w = rs->w;
    for (int a = 0; a < rs->nw; a++) {
        gx_candidate *c = &cv[w[a].cand];
        /* a person and 管理的 the tagger read as one company (田荣华管理的基金: the fund he manages;
         * ninth session, "privfund"): a surname and one or two characters before 管理 and 的 */
        if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && w[a].eff >= 0 &&
            (c->span.end - c->span.start == 4 || c->span.end - c->span.start == 5) && c->span.end < art->ncp &&
            art->cp[c->span.end] == 0x7684 /* 的 */ && art->cp[c->span.end - 2] == 0x7BA1 /* 管 */ &&
            art->cp[c->span.end - 1] == 0x7406 /* 理 */ &&
            gx_lexicon_char_is(eng->lexicon, art->cp[c->span.start], GX_LEX_COMMON_SURNAME) &&
            gx_is_cjk(art->cp[c->span.start + 1]) && gx_is_cjk(art->cp[c->span.end - 3])) {
            w[a].eff = -1;
            continue;
        }
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
            gx_cand_text_it it;
            for (int i = seen ? -1 : gx_cand_text_first(&it, &rs->ix, art, c->span, w[a].cand); i >= 0 && !seen;
                 i = gx_cand_text_next(&it)) { /* the same name read elsewhere in the article */
                seen = cv[i].source == GX_SRC_TAGGER && cv[i].type == GX_ENT_PERSON && span_text_eq(art, cv[i].span, c->span);
            }
            if (!seen && c->link != GX_LINK_KIN &&
                !gx_lexicon_char_is(eng->lexicon, art->cp[c->span.start], GX_LEX_COMMON_SURNAME) &&
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
        /* a city's or county's bank (攀枝花银行: comp54) */
        if (!seen && c->type == GX_ENT_COMPANY)
            seen = gx_shape_place_bank(eng->tagger, art, c->span.start, c->span.end) == c->span.start;
        /* a name whose both edges are written: a stop word of two characters or more before it
         * and a company attribute after it (遭质疑|麦子金服|旗下: comp57) */
        if (!seen && c->type == GX_ENT_COMPANY && c->span.start >= 2 && gx_is_cjk(art->cp[c->span.start - 1])) {
            bool attr = false, stop = false;
            /* (not 平台 or APP, which follow ordinary words too: 一家|常用银行|APP) */
            uint32_t a0 = c->span.end < art->ncp ? art->cp[c->span.end] : 0;
            for (int m = 2; m <= 4 && !attr && c->span.end + m <= art->ncp && a0 != 0x5E73 && (a0 | 0x20) != 'a'; m++)
                attr = gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_ATTR, art->cp + c->span.end, m);
            for (int m = 2; m <= 4 && attr && !stop && c->span.start - m >= 0; m++)
                stop = gx_lexicon_is(eng->lexicon, GX_LEX_LEFT_STOP, art->cp + c->span.start - m, m);
            /* (and not a function character after the stop word: 有限公司|系|谷菲国际集团旗下) */
            seen = attr && stop && art->cp[c->span.start - 1] != 0x53F8 /* (公)司: a firm's name before */ && !gx_lexicon_char_is(eng->lexicon, art->cp[c->span.start], GX_LEX_LEFT_STOP) &&
                   !gx_lexicon_char_is(eng->lexicon, art->cp[c->span.start], GX_LEX_NOT_GIVEN);
        }
        /* a name opening a clause as the source of what follows (。巨丰投顾：…, 】巨丰投顾认为,
         * 具体操作上,源达投顾认为) needs no more */
        if (!seen && c->span.end < art->ncp &&
            (art->cp[c->span.end] == ':' || art->cp[c->span.end] == 0xFF1A || gx_word_at(art, c->span.end, gx_source_verbs))) {
            int32_t p = c->span.start;
            while (p > 0 && (art->cp[p - 1] == ' ' || art->cp[p - 1] == 0x3000 || art->cp[p - 1] == '\t'))
                p--;
            uint32_t pc = p > 0 ? art->cp[p - 1] : '\n';
            bool verb = gx_word_at(art, c->span.end, gx_source_verbs) > 0;
            seen = pc == '\n' || pc == 0x3002 || pc == '!' || pc == '?' || pc == ';' || pc == 0xFF01 ||
                   pc == 0xFF1F || pc == 0xFF1B || pc == 0x3011 /* 】 */ || (verb && (pc == ',' || pc == 0xFF0C)) ||
                   (pc == 0x8BAF /* 讯 */ && p < c->span.start); /* a dateline's end (02月02日讯 X：) */
        }
        if (!seen && w[a].eff - 0.1f < (c->type == GX_ENT_COMPANY ? 0.55f : 0.5f))
            w[a].eff = -1;
        else if (!seen)
            w[a].eff -= 0.1f;
    }
}

/* Tagger persons that name a brand (brand_at) somewhere in the article are no one, at every
 * occurrence (对莱茨狗进行购买, where the tagger did not read the quoted one): the quote openings
 * and official accounts are collected first, then each person's text is compared with them (in
 * any order: a person is no one when one of them matches). Both are found through the bigram
 * index: an official word (官方, 官网) where it stands, a quote opening from its closing quote
 * followed by a kind of account or product (”公众号, "平台 …: quoted_brand_at), read back over the
 * CJK run (at most twelve characters) the opening must stand before. */
void gx_rs_brand_names(gx_rs *rs)
{
    static const char32_t *const OFFICIAL[] = {U"官方", U"官网", NULL};
    const char32_t *const *const CLOSINGS = gx_lexicon_words(rs->eng->lexicon, GX_WL_BRAND_CLOSING);
    gx_article *art = rs->art;
    const uint32_t *cp = art->cp;
    bool any = false; /* (nothing to collect when no tagger person is left to judge) */
    for (int a = 0; a < rs->nw && !any; a++)
        any = rs->cv[rs->w[a].cand].type == GX_ENT_PERSON && rs->cv[rs->w[a].cand].source == GX_SRC_TAGGER && rs->w[a].eff >= 0;
    if (!any)
        return;
    gx_text_ix tx;
    gx_text_ix_build(&tx, art); /* (built once per article) */
    int32_t ncl, nof;
    const int32_t *cl = gx_text_ix_words(&tx, art, CLOSINGS, &ncl);
    const int32_t *of = gx_text_ix_words(&tx, art, OFFICIAL, &nof);
    int32_t npf;
    const int32_t *pf = gx_text_ix_words(&tx, art, PLATFORM_WORDS, &npf);
    /* quote openings (name starts), official and platform words (name ends, as -1 - end) */
    int32_t *at = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * (size_t)(ncl + nof + npf + 1));
    int nat = 0;
    for (int32_t q = 0; q < ncl; q++) {
        const int32_t k = cl[q];
        int32_t j = k;
        while (j > 0 && k - j <= 12 && gx_is_cjk(cp[j - 1]))
            j--;
        if (k - j > 12 || j < 1 || cp[j - 1] != 0x201C /* “ */ || !quoted_brand_at(art, j, 0))
            continue;
        at[nat++] = j;
    }
    for (int32_t q = 0; q < nof; q++)
        if (of[q] + 1 < art->ncp && brand_at(art, of[q], 0))
            at[nat++] = -1 - of[q];
    for (int32_t q = 0; q < npf; q++)
        if (pf[q] > 0 && gx_is_cjk(cp[pf[q] - 1]))
            at[nat++] = -1 - pf[q];
    for (int a = 0; a < rs->nw && nat > 0; a++) {
        const gx_candidate *c = &rs->cv[rs->w[a].cand];
        int32_t n = c->span.end - c->span.start;
        if (c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER || rs->w[a].eff < 0 || n < 2 || n > 10)
            continue;
        for (int k = 0; k < nat; k++) {
            int32_t s = at[k] >= 0 ? at[k] : -1 - at[k] - n;
            if (s >= 0 && s + n <= art->ncp && !memcmp(cp + s, cp + c->span.start, sizeof(uint32_t) * (size_t)n) &&
                (brand_at(art, s, n) || platform_at(art, s, n))) {
                rs->w[a].eff = -1;
                break;
            }
        }
    }
}


/* Whether the four characters at s sit in a series of items of four that share their first two
 * (智慧通行、智慧安防、智慧服务): an item right before with 、, or right after with 、 和 及. */
static bool series_item(const gx_article *art, int32_t s)
{
    const uint32_t *cp = art->cp;
    bool before = s >= 5 && cp[s - 1] == 0x3001 && cp[s - 5] == cp[s] && cp[s - 4] == cp[s + 1] &&
                  gx_is_cjk(cp[s - 3]) && gx_is_cjk(cp[s - 2]);
    int32_t e = s + 4;
    bool after = e + 5 <= art->ncp && gx_cp_in(cp[e], U"、和及") && cp[e + 1] == cp[s] && cp[e + 2] == cp[s + 1] &&
                 gx_is_cjk(cp[e + 3]) && gx_is_cjk(cp[e + 4]);
    return before || after;
}

/* Tagger persons of four characters in a series of such items sharing their first two
 * (智慧通行、智慧安防、智慧服务、智慧楼宇: business lines, products, programmes) are no one, at every
 * occurrence of the same text: people of four-character names do not share two characters (a
 * double surname and a generation character: 欧阳中石 and 欧阳中天 would, so a double surname
 * never counts). */
void gx_rs_series_items(gx_rs *rs)
{
    gx_article *art = rs->art;
    const uint32_t *cp = art->cp;
    for (int a = 0; a < rs->nw; a++) {
        const gx_candidate *c = &rs->cv[rs->w[a].cand];
        if (c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER || rs->w[a].eff < 0 || c->span.end - c->span.start != 4)
            continue;
        bool cjk = true;
        for (int32_t k = c->span.start; k < c->span.end && cjk; k++)
            cjk = gx_is_cjk(cp[k]);
        if (!cjk || (rs->eng->lexicon && gx_lexicon_is(rs->eng->lexicon, GX_LEX_SURNAME, cp + c->span.start, 2)) ||
            !series_item(art, c->span.start))
            continue;
        for (int b = 0; b < rs->nw; b++) {
            const gx_candidate *d = &rs->cv[rs->w[b].cand];
            if (d->type == GX_ENT_PERSON && d->source == GX_SRC_TAGGER && d->span.end - d->span.start == 4 &&
                !memcmp(cp + d->span.start, cp + c->span.start, 4 * sizeof *cp))
                rs->w[b].eff = -1;
        }
    }
}

/* A name the article places (位于唐山的煤炭企业, 前往霍尔果斯) is a place at every occurrence
 * (开滦股份(600997)唐山：…): the tagger's other readings of the same text as a person, when it is
 * not sure of them either, are dropped. Runs per tagger person in such a context (rare). */
void gx_rs_placed_names(gx_rs *rs)
{
    gx_article *art = rs->art;
    const uint32_t *cp = art->cp;
    for (int i = 0; i < rs->nc; i++) {
        const gx_candidate *c = &rs->cv[i];
        int32_t n = c->span.end - c->span.start;
        if (c->type != GX_ENT_PERSON || c->source != GX_SRC_TAGGER || c->score >= 0.8f || n < 2 || n > 4 ||
            !place_context(art, c->span))
            continue;
        for (int b = 0; b < rs->nw; b++) {
            const gx_candidate *d = &rs->cv[rs->w[b].cand];
            if (d->type == GX_ENT_PERSON && d->source == GX_SRC_TAGGER && d->score < 0.8f &&
                d->span.end - d->span.start == n && !memcmp(cp + d->span.start, cp + c->span.start, (size_t)n * sizeof *cp))
                rs->w[b].eff = -1;
        }
    }
}
