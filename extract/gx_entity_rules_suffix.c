/* gx_entity_rules_suffix.c — names shown by their suffix: 砺算科技, IDG资本, 深度科技研究院,
 * Acme Inc. (company / organization / government suffixes, with a left boundary from stop words,
 * branches 分行/支行/营业部), and a known company's investment arm (美团龙珠资本, 腾讯产业基金).
 * Part of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_cand_shape.h"
#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

static bool has_digit_or_space(const gx_article *art, gx_span s)
{
    for (int32_t i = s.start; i < s.end; i++)
        if (gx_is_digit(art->cp[i]))
            return true;
    return false;
}

static int cjk_count(const gx_article *art, gx_span s)
{
    int n = 0;
    for (int32_t i = s.start; i < s.end; i++)
        n += gx_is_cjk(art->cp[i]);
    return n;
}

/* ------------------------------------------------------------------ suffix rule */

/* The end of a branch's name that follows pos, else pos: two to six Chinese characters and 分行,
 * 支行, 分公司, 支公司 or 营业部 (…股份有限公司|武林支行: the legal name before it is the parent's). */
static int32_t branch_after(const gx_article *art, int32_t pos)
{
    for (int32_t k = pos + 2; k <= pos + 6 && k + 2 <= art->ncp && gx_is_cjk(art->cp[k - 1]); k++) {
        uint32_t a = art->cp[k], b = k + 1 < art->ncp ? art->cp[k + 1] : 0, c = k + 2 < art->ncp ? art->cp[k + 2] : 0;
        if ((a == 0x5206 || a == 0x652F) && b == 0x884C) /* 分行 支行 */
            return k + 2;
        if (((a == 0x5206 || a == 0x652F) && b == 0x516C && c == 0x53F8) || /* 分公司 支公司 */
            (a == 0x8425 && b == 0x4E1A && c == 0x90E8))                      /* 营业部 */
            return k + 3;
    }
    return pos;
}

/* The tagger's candidates by the end of their span (then index): the rules add none and
 * change none, so one sorted array serves the whole stage. */
typedef struct end_idx {
    int32_t end;
    int idx;
} end_idx;

static int cmp_end_idx(const void *a, const void *b)
{
    const end_idx *x = a, *y = b;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x->idx - y->idx;
}

/* The first position in by_end[0..n) with end >= e. */
static int first_ending(const end_idx *by_end, int n, int32_t e)
{
    int a = 0, b = n;
    while (a < b) {
        int m = (a + b) / 2;
        if (by_end[m].end < e)
            a = m + 1;
        else
            b = m;
    }
    return a;
}

/* Characters of one that the tagger may leave out before a name it reads (原|中原银行, 仅|浙江…,
 * 继|中国银行): function characters and a few adverbs of time and degree. */
static const char32_t DROPPABLE_CHARS[] = U"原仅继来占现前予";

/* May the tagger's later left edge drop [from, to) before a name the suffix rule read? One
 * character only when it is a function character: otherwise it is more often the name's first
 * (精|雅印刷集团, 财|新传媒集团, 饭|美美网络科技, 分|宜长信资产管理). */
static bool tagger_drop_ok(const gx_hit_index *ix, const gx_article *art, int32_t from, int32_t to, int32_t body_end)
{
    /* (a known company's name opening there is found by the gazetteer: 申|万宏源证券 is 申万宏源;
     * after a digit the character is a measure word: 3家|农村商业银行股份有限公司) */
    /* (two characters a stop word opens, before a region the tagger starts at, are the trade name
     * before the region inside the legal name when only a generic word follows the region:
     * 主体为|华商|香港国际有限公司, where 香港国际 names nothing; not 说明|湖北焱合生物科技有限公司) */
    int reg = gx_hit_len_starting(ix, to, GX_LEX_REGION);
    if (to - from == 2 && from > 0 && gx_is_cjk(art->cp[from - 1]) && gx_hit_len_ending(ix, from, GX_LEX_LEFT_STOP) > 0 &&
        reg >= 2 && body_end > to + reg && gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + to + reg, body_end - (to + reg)) && gx_is_cjk(art->cp[from]) && gx_is_cjk(art->cp[from + 1]) &&
        gx_hit_len_starting(ix, from, GX_LEX_LEFT_STOP) == 0 && gx_hit_len_starting(ix, from + 1, GX_LEX_LEFT_STOP) == 0 &&
        !gx_lexicon_char_is(ix->lex, art->cp[from], GX_LEX_NOT_GIVEN) && !gx_lexicon_char_is(ix->lex, art->cp[from + 1], GX_LEX_NOT_GIVEN))
        return false;
    if (to - from != 1 || gx_hit_len_starting(ix, from, GX_LEX_COMPANY) > to - from ||
        (from > 0 && gx_is_digit(art->cp[from - 1])))
        return true;
    uint32_t c = art->cp[from];
    if (gx_lexicon_char_is(ix->lex, c, GX_LEX_LEFT_STOP) || gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN))
        return true;
    /* (our edge came from a title the character completes into another word: 委员|会中华…基金会) */
    if (gx_hit_len_ending(ix, from, GX_LEX_POSITION) > 0)
        return true;
    for (const char32_t *p = DROPPABLE_CHARS; *p; p++)
        if ((uint32_t)*p == c)
            return true;
    return false;
}

/* May the tagger's later edge drop the one character [from, to) before a bracketed legal name? When
 * our edge came from a one-character stop word, the character more likely ends a word with it
 * (获|得|中传国泰(北京)文化发展有限公司) than opens the name. */
static bool bracket_drop_ok(const gx_hit_index *ix, const gx_article *art, bool bracketed, int32_t from, int32_t to)
{
    return bracketed && to - from == 1 && from > 0 && gx_is_cjk(art->cp[from - 1]) &&
           gx_hit_len_ending(ix, from, GX_LEX_LEFT_STOP) == 1;
}

/* Whether the two or three characters [from, to) are a place the article writes elsewhere with its
 * administrative word (兴化|粤海水务有限公司 beside 兴化市公共资源交易网): a county or city the
 * regions list lacks, which opens the legal name as a listed region would; the tagger or a rule must
 * read a name opening at that place there (兴化市公共资源交易网), so that no phrase counts (按照|市值). */
static bool place_written_with_admin_word(const gx_hit_index *ix, const gx_article *art, int32_t from, int32_t to)
{
    int32_t len = to - from;
    if (len < 2 || len > 3)
        return false;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + from); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t p = i1 - 1;
        if (p == from || p + len >= art->ncp || memcmp(art->cp + p, art->cp + from, sizeof(uint32_t) * (size_t)len))
            continue;
        uint32_t c = art->cp[p + len];
        if (c != 0x5E02 /* 市 */ && c != 0x53BF /* 县 */)
            continue;
        /* (read there as a name opening at the place: not 按照|市值) */
        for (int k = 0; k < art->candidates.n; k++)
            if (art->candidates.v[k].span.start == p && art->candidates.v[k].span.end > p + len)
                return true;
    }
    return false;
}

/* A city the regions list lacks (惠州, 绵阳): two characters the tagger's lexicon holds as a place
 * both alone and with 市 (gx_shape_tagger_city with alone: 惠州 and 惠州市; 常熟, held as a word, and
 * 安康, as a person, do not count). Returns 2, or 3 when the text writes 市 after it; 0 when none or
 * n < 2. */
static int tagger_city(const gx_hit_index *ix, const uint32_t *w, int32_t n)
{
    if (n < 2 || !gx_shape_tagger_city(ix->tagger, w, 2, true))
        return 0;
    return n >= 3 && w[2] == 0x5E02 /* 市 */ ? 3 : 2;
}

/* Where a legal name [s, end) (its body, before the legal form) starts when a mainland region opens a
 * trade name inside it: a legal name reads region + trade name + business + form, so three or more
 * characters before the region are a phrase of the sentence (曝光中国另类大骗局|北京鸿开普贸易有限公司,
 * 开发商|四川浩元恒达实业集团有限公司), unless they are the name's own part: a parent ending right
 * before the region — a known company, a company word or a business word (中石化|宁波镇海炼化,
 * 中国能源建设集团|山西电力建设, 中航工业|西安飞机工业). Only the first place counts, and one fewer
 * than three characters after the start leaves the start alone (a place opening the name: 上海嘉定西上海
 * 小额贷款, 吉林省吉林市; too short to tell a phrase from a trade name: 华商|香港国际, 老|北京布鞋; later
 * steps trim a stop word before it). The region is a province or city (not a country: 阿里巴巴|中国网络
 * 技术) followed by two Chinese characters of the trade name. Returns the start. */
static int32_t region_opens_legal_name(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t end)
{
    const uint32_t *cp = art->cp;
    for (int32_t k = s; k + 4 <= end; k++) {
        int r = gx_hit_len_starting(ix, k, GX_LEX_REGION);
        if (r < 2 || !gx_lexicon_is_home_region(ix->lex, cp + k, r))
            r = tagger_city(ix, cp + k, end - k);
        if (r < 2 || k + r + 2 > end || !gx_is_cjk(cp[k + r]) || !gx_is_cjk(cp[k + r + 1]))
            continue;
        /* (the first place decides: one opening the name or too close to its start to tell) */
        /* (a company suffix that is also a generic word names no parent, unless it is a word for firms
         * (集团): 接到网友咨询|北京惠民富民基金管理有限公司; twenty-fifth session, comp60) */
        int sl = gx_hit_len_ending(ix, k, GX_LEX_COMPANY_SUFFIX);
        bool parent_suffix = sl > 0 && (!gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + k - sl, sl) ||
                                        gx_lexicon_is(ix->lex, GX_LEX_FIRM_NOUN, cp + k - sl, sl));
        if (k - s < 3 || gx_hit_len_ending(ix, k, GX_LEX_COMPANY) >= 2 || parent_suffix ||
            gx_word_ending(cp, s, k, gx_business_words) > 0)
            return s;
        return k;
    }
    return s;
}

/* Business words a look-back stops at that are words of a legal name (深圳前海永兴投资|管理有限公司). */
void gx_er_suffix_rule(const gx_hit_index *ix, gx_article *art)
{
    end_idx *tag = gx_arena_alloc(art->arena, sizeof(end_idx) * (size_t)(art->candidates.n + 1));
    int ntag = 0;
    for (int k = 0; k < art->candidates.n; k++)
        if (art->candidates.v[k].source == GX_SRC_TAGGER)
            tag[ntag++] = (end_idx){art->candidates.v[k].span.end, k};
    qsort(tag, (size_t)ntag, sizeof(end_idx), cmp_end_idx);
    /* the hits of the three suffix kinds in the order of the hit index (the order the
     * candidates are added in): the three kind lists merged, not every hit read */
    int next_co = gx_hit_first(ix, GX_LEX_COMPANY_SUFFIX), next_org = gx_hit_first(ix, GX_LEX_ORG_SUFFIX),
        next_gov = gx_hit_first(ix, GX_LEX_GOV_SUFFIX);
    for (;;) {
        int i = next_co < next_org ? next_co : next_org;
        if (next_gov < i)
            i = next_gov;
        if (i >= ix->n)
            break;
        gx_ent_type type;
        if (i == next_co) {
            type = GX_ENT_COMPANY;
            next_co = gx_hit_next(ix, i);
        } else if (i == next_org) {
            type = GX_ENT_ORGANIZATION;
            next_org = gx_hit_next(ix, i);
        } else {
            type = GX_ENT_GOVERNMENT;
            next_gov = gx_hit_next(ix, i);
        }
        const gx_lex_hit *h = &ix->hits[i];
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, h->entry);
        /* only the longest suffix ending here (有限公司 over 公司) */
        if (gx_hit_len_ending(ix, h->end, (gx_lex_kind)e->kind) > h->end - h->start)
            continue;
        bool latin_suffix = (e->flags & GX_LEXF_LATIN) != 0;
        int32_t body_end = h->start;
        /* "International,Inc." / "Acme Inc.": skip the separator before a Latin suffix */
        while (latin_suffix && body_end > 0 && (art->cp[body_end - 1] == ' ' || art->cp[body_end - 1] == ','))
            body_end--;
        int maxbody = type == GX_ENT_COMPANY ? (e->len >= 4 ? 16 : 6) : 10;
        /* a place in brackets before the legal form (清源科技(厦门)股份有限公司), or before a
         * business word and the legal form (金光纸业(中国)投资有限公司), is part of it; so is a
         * bracketed 集团 (福建龙溪轴承(集团)股份有限公司) */
        bool bracketed = false, scoped = false;
        int32_t look_end = body_end;
        int32_t close = body_end;
        /* (a run of them too: 中投全球（北京）|投资管理|有限公司; twenty-fifth session, comp60) */
        for (int guard = 0; e->len >= 4 && !latin_suffix && guard < 3; guard++) {
            int bl = gx_word_ending(art->cp, 0, close, gx_business_words);
            if (bl == 0)
                break;
            close -= bl;
        }
        /* ... or before a business scope of two to eight characters the look-back reads whole
         * (土木金华(武汉)信息科技有限公司, 易齐盈(重庆)电子商务有限公司): X(place)Y有限公司 is
         * the commonest shape of a legal name */
        if (e->len >= 4 && !latin_suffix && body_end >= 5 && gx_is_cjk(art->cp[body_end - 1]) &&
            art->cp[close - 1] != ')' && art->cp[close - 1] != 0xFF09) {
            int32_t m = gx_name_left_over_business(ix, art, gx_name_left(ix, art, body_end, 8), body_end, 8);
            if (body_end - m >= 2 && m >= 5 && (art->cp[m - 1] == ')' || art->cp[m - 1] == 0xFF09)) {
                close = m;
                scoped = true;
            }
        }
        if (e->len >= 4 && close >= 5 && (art->cp[close - 1] == ')' || art->cp[close - 1] == 0xFF09)) {
            for (int32_t q = close - 2; q >= close - (latin_suffix ? 14 : 6) && q > 0; q--)
                if (art->cp[q] == '(' || art->cp[q] == 0xFF08) {
                    bool group = close - 1 - (q + 1) == 2 && art->cp[q + 1] == 0x96C6 && art->cp[q + 2] == 0x56E2;
                    /* (a Latin place of registration: Jamplan (BVI) Limited, Acme (Hong Kong) Limited) */
                    if (q + 1 < close - 1 &&
                        (group || gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + q + 1, close - 1 - (q + 1)) ||
                         (latin_suffix && gx_er_latin_bracket_place(art, q + 1, close - 1)))) {
                        bracketed = true;
                        look_end = q;
                        while (latin_suffix && look_end > 0 && art->cp[look_end - 1] == ' ')
                            look_end--;
                    }
                    break;
                }
        }
        /* (a look-back that ran its whole length stops at a stop word a little further left:
         * 巨头|通用科隆再保险公司) */
        int32_t s = type == GX_ENT_COMPANY && e->len < 4 && !latin_suffix ? gx_name_left_past_cap(ix, art, look_end, maxbody)
                                                                         : gx_name_left(ix, art, look_end, maxbody);
        /* a legal name reads on over the business words a look-back stops at (深圳前海永兴投资|管理
         * 有限公司, 上海岳野股权投资|管理合伙企业): inside a legal name they are words of it, not
         * verbs before it */
        if (type == GX_ENT_COMPANY && e->len >= 4 && !latin_suffix)
            s = gx_name_left_over_business(ix, art, s, look_end, maxbody);
        /* the copula 系 'is' glued before a region that opens the legal name (小盈牛系|宁波梅山保税港区
         * 小盈牛资产管理有限公司, 平台系|上海…有限公司旗下) is no part of it: a legal name opens at its
         * place (twenty-seventh session, comp69) */
        if (type == GX_ENT_COMPANY && e->len >= 4 && !latin_suffix && s + 3 < look_end && art->cp[s] == 0x7CFB /* 系 */ &&
            gx_hit_len_starting(ix, s + 1, GX_LEX_REGION) >= 2)
            s++;
        /* a single space between two Chinese characters inside a legal name is page layout, not a
         * separator (东风富瑞新能源汽车 销售有限公司): the look-back reads on over one space, never
         * over two or a line break, and only to three or more characters that end in no suffix
         * (not a signature's 特此 博汇纸业股份有限公司) */
        if (type == GX_ENT_COMPANY && e->len >= 4 && !latin_suffix && s >= 3 && s < look_end &&
            art->cp[s - 1] == ' ' && gx_is_cjk(art->cp[s]) && gx_is_cjk(art->cp[s - 2]) &&
            gx_hit_len_ending(ix, s - 1, GX_LEX_COMPANY_SUFFIX) == 0 && gx_hit_len_ending(ix, s - 1, GX_LEX_LEFT_STOP) == 0 &&
            maxbody - (look_end - s) >= 2) {
            int32_t left = gx_name_left(ix, art, s - 1, maxbody - (look_end - s));
            if (s - 1 - left >= 3)
                s = left;
        }
        /* a one-character stop word right after a list comma opens the legal name, not a clause
         * (…股份有限公司、至|誉科技(武汉)有限公司): a list item starts at the comma */
        if (type == GX_ENT_COMPANY && e->len >= 4 && !latin_suffix && s >= 2 && look_end - s >= 2 &&
            art->cp[s - 2] == 0x3001 /* 、 */ && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 1 &&
            gx_is_cjk(art->cp[s - 1]))
            s--;
        /* a name after a descriptor noun (债权人|铜陵市国发创业投资有限公司) starts after it */
        int32_t desc_edge = -1;
        if (!latin_suffix) {
            int32_t d = gx_after_descriptor(art, (gx_span){s, look_end});
            /* (a kind of investor describing the firm: 对冲基金|科图管理公司) */
            int32_t k = gx_er_after_investor_kind(art, d, look_end);
            if (d > s || k > d || (s >= 2 && gx_after_descriptor(art, (gx_span){s >= 4 ? s - 4 : 0, s}) == s))
                desc_edge = k;
            s = k;
        }
        /* a legal name a portal cut with an inline stock quote (国信证券(10.750,-0.11,-1.01%)股份有限公司)
         * reaches over the quote to the name before it: one name, the quote inside its span */
        bool over_quote = false;
        if (e->len >= 4 && !latin_suffix && gx_after_stock_quote(art, s)) {
            int32_t q = s - 2;
            while (q > 0 && art->cp[q] != '(')
                q--;
            if (q > 2 && art->cp[q - 1] == ')') /* a code marker after the quote: (…)(行情600926,诊股) */
                for (q -= 2; q > 0 && art->cp[q] != '(';)
                    q--;
            int32_t left = gx_name_left(ix, art, q, 10);
            if (q - left >= 2) {
                s = left;
                over_quote = true;
            }
        }
        /* ... and then its left edge must be sure: punctuation or the text start before it, or a
         * stop word that is no business word (全资子公司|广微集成技术(深圳)有限公司; not
         * …永兴投资|管理(天津)有限公司, where a business word inside the name cut it) */
        /* (before a scope the trade name is two to five characters unless punctuation opens it:
         * not 人脉|土木金华(武汉)信息科技有限公司 read whole) */
        /* (a stop word that is a name word (国际, 全球, 投资) does not cut a bracketed legal name
         * whose run from punctuation holds no other stop: ：易杰欧|国际|货运代理(杭州)有限公司) */
        if (bracketed && !latin_suffix && s > 2 && gx_is_cjk(art->cp[s - 1])) {
            int gl = gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP);
            if (gl >= 2 && gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + s - gl, gl) && s - gl > 0) {
                int32_t s2 = gx_name_left(ix, art, s - gl, maxbody - (look_end - s) - gl);
                if (s - gl - s2 >= 2 && (s2 == 0 || (!gx_is_cjk(art->cp[s2 - 1]) && !gx_is_alnum(art->cp[s2 - 1]))))
                    s = s2;
            }
        }
        if (bracketed && (look_end - s < 2 || (scoped && look_end - s > 5 && s > 0 && gx_is_cjk(art->cp[s - 1])) || (s > 0 && (gx_is_cjk(art->cp[s - 1]) || gx_is_alnum(art->cp[s - 1])) &&
                                                (gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 0 ||
                                                 gx_word_ending(art->cp, 0, s, gx_business_words) > 0))))
            continue;
        /* a full legal name that starts at a region is not cut by a stop word right after the
         * region (在杭州联合|农村商业银行股份有限公司): the region and the word belong to it */
        if (e->len >= 4 && !latin_suffix && s > 4) {
            int stop = gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP);
            /* (因 too, a stop word that also writes foreign names: 广州|因特间时尚服饰有限公司) */
            int reg = stop >= 2 || (stop == 1 && art->cp[s - 1] == 0x56E0 /* 因 */) ? gx_hit_len_ending(ix, s - stop, GX_LEX_REGION) : 0;
            int32_t rs = s - stop - reg;
            if (reg >= 2 && (rs == 0 || (!gx_is_cjk(art->cp[rs - 1]) && !gx_is_alnum(art->cp[rs - 1])) ||
                             gx_hit_len_ending(ix, rs, GX_LEX_LEFT_STOP) > 0))
                s = rs;
            /* (nor by a stop word that ends the region's own name: 子公司成|都|浦兴商贸有限责任公司) */
            int whole = stop > 0 ? gx_hit_len_ending(ix, s, GX_LEX_REGION) : 0;
            rs = s - whole;
            if (whole > stop && whole >= 2 && rs > 0 &&
                ((!gx_is_cjk(art->cp[rs - 1]) && !gx_is_alnum(art->cp[rs - 1])) || gx_hit_len_ending(ix, rs, GX_LEX_LEFT_STOP) > 0))
                s = rs;
            /* (nor by a one-character stop word inside the trade name after the region, where
             * punctuation or the text start opens the region: ：湖南|信而|优数据科技有限公司; not a
             * conjunction or a particle: 北京和|…, 上海的|…) */
            else if (stop == 1 && art->cp[s - 1] != 0x53CA && art->cp[s - 1] != 0x4E0E && art->cp[s - 1] != 0x548C &&
                     art->cp[s - 1] != 0x6216 && art->cp[s - 1] != 0x7684 /* 及与和或的 */)
                for (int32_t g = 0; g <= 2; g++) {
                    int32_t re = s - 1 - g;
                    int r = re >= 2 ? gx_hit_len_ending(ix, re, GX_LEX_REGION) : 0;
                    bool trade = true;
                    for (int32_t k = re; k < s - 1 && trade; k++)
                        trade = gx_is_cjk(art->cp[k]) && !gx_is_numeral(art->cp[k]) && gx_hit_len_starting(ix, k, GX_LEX_LEFT_STOP) == 0;
                    rs = re - r;
                    if (r >= 2 && trade && (rs == 0 || (!gx_is_cjk(art->cp[rs - 1]) && !gx_is_alnum(art->cp[rs - 1])))) {
                        s = rs;
                        break;
                    }
                }
        }
        /* a full legal name starts at its region (华盛通所属|深圳市时代华盛网络科技有限公司) */
        if (e->len >= 4)
            for (int32_t k = s + 1; k + 2 < body_end; k++) {
                int r = gx_hit_len_starting(ix, k, GX_LEX_REGION);
                if (r > 0 && (art->cp[k + r] == 0x5E02 /* 市 */ || art->cp[k + r] == 0x7701 /* 省 */)) {
                    s = k;
                    break;
                }
            }
        /* (the region then is the name's sure left edge: 接听电话|武汉盈金所金融信息服务有限公司|沙小僧 ends at its
         * legal form; twenty-fifth session, comp60) */
        if (type == GX_ENT_COMPANY && e->len >= 4 && !latin_suffix && !bracketed) {
            int32_t s0 = s;
            s = region_opens_legal_name(ix, art, s, body_end);
            if (s > s0)
                desc_edge = s;
        }
        /* a government body whose look-back reached over a verb starts at its place, right before
         * the suffix (公司收到|广州|公共资源交易中心), unless the body already starts at a place
         * (江苏省苏州市…: the province stays) */
        if (type == GX_ENT_GOVERNMENT && !latin_suffix && gx_hit_len_starting(ix, s, GX_LEX_REGION) == 0) {
            int r = gx_hit_len_ending(ix, body_end, GX_LEX_REGION);
            if (r >= 2 && body_end - r > s)
                s = body_end - r;
        }
        /* a conjunction right after a company name or word inside the body (顺威股份及|律师事务所):
         * the name does not reach over it */
        for (int32_t q = body_end - 1; q > s; q--) {
            uint32_t c = art->cp[q];
            if ((c == 0x53CA /* 及 */ || c == 0x4E0E /* 与 */ || c == 0x548C /* 和 */) &&
                (gx_hit_len_ending(ix, q, GX_LEX_COMPANY_SUFFIX) >= 2 || gx_hit_len_ending(ix, q, GX_LEX_COMPANY) >= 2)) {
                s = q + 1;
                break;
            }
        }
        /* a Chinese country or region before a Latin name is where the company is, no part of
         * its name (收购法国|Kidiliz集团, 美国|Uber公司) */
        if (!latin_suffix && type == GX_ENT_COMPANY) {
            int r = gx_hit_len_starting(ix, s, GX_LEX_REGION);
            if (r >= 2 && s + r < body_end && gx_is_upper(art->cp[s + r]) && !gx_is_cjk(art->cp[body_end - 1]))
                s += r;
            /* nor is a company noun describing it (捷克投资公司|PPF集团): the Latin name is in apposition */
            int32_t k = body_end;
            while (k > s && gx_is_alnum(art->cp[k - 1]))
                k--;
            if (k > s + 1 && k < body_end && gx_is_upper(art->cp[k]) && gx_is_cjk(art->cp[k - 1]) &&
                gx_word_ending(art->cp, s, k, gx_company_describers) > 0)
                s = k;
        }
        /* a news site's name glued before a legal name (公告时间：中财网|诺德基金管理有限公司关于…): the
         * site heads the notice it reprints, the firm's name starts after it (twenty-third session,
         * comp48) */
        if (type == GX_ENT_COMPANY && !latin_suffix && s < body_end) {
            int o = gx_hit_len_starting(ix, s, GX_LEX_ORGANIZATION);
            if (o >= 3 && art->cp[s + o - 1] == 0x7F51 /* 网 */ && body_end - (s + o) >= 2 && gx_is_cjk(art->cp[s + o]))
                s += o;
        }
        gx_span body = {s, body_end};
        int blen = body.end - body.start;
        if (blen < 2 || (latin_suffix && !gx_is_alnum(art->cp[body.start])))
            continue;
        if (!latin_suffix && !bracketed && !over_quote && !gx_is_cjk(art->cp[body.end - 1]) && !gx_is_alnum(art->cp[body.end - 1]))
            continue;
        if (gx_er_is_generic_body(ix, art, body) || (!over_quote && has_digit_or_space(art, body)))
            continue;
        /* a Latin name glued to an ordinary word before the suffix (REN ZHAO操纵|证券): the
         * Chinese part is no name */
        if (!latin_suffix && gx_is_alnum(art->cp[body.start]) && gx_is_cjk(art->cp[body.end - 1])) {
            int32_t k = body.start;
            while (k < body.end && !gx_is_cjk(art->cp[k]))
                k++;
            /* (unless the Latin part is a name of three letters or more and the article writes the
             * whole name twice: BROOKFIELD金融集团, a web text's foreign broker; comp39) */
            /* (the body's length bound may cut the Latin word: it starts where the word does) */
            int32_t ls = body.start;
            while (ls > 0 && gx_is_alnum(art->cp[ls - 1]) && body.start - ls < 16)
                ls--;
            bool latin_brand = k - ls >= 3 && (ls == 0 || !gx_is_alnum(art->cp[ls - 1])) && gx_is_upper(art->cp[ls]) &&
                               gx_er_written(ix, art, (gx_span){ls, h->end}) >= 2;
            for (int32_t q = ls; q < k && latin_brand; q++)
                latin_brand = gx_is_alnum(art->cp[q]);
            /* (nor are capitals joined by dots, an abbreviated name: 兼|T.E数字科技|首席执行官; twenty-fifth
             * session, comp60) */
            bool initials = k - body.start >= 3 && k - body.start <= 7 && (body.start == 0 || !gx_is_alnum(art->cp[body.start - 1]));
            for (int32_t q = body.start; q < k && initials; q++)
                initials = (q - body.start) % 2 == 0 ? gx_is_upper(art->cp[q]) : art->cp[q] == '.';
            latin_brand = latin_brand || initials;
            if (gx_er_is_generic_body(ix, art, (gx_span){k, body.end}) && !latin_brand)
                continue;
            if (latin_brand)
                body.start = ls;
        }
        /* the particle 的 is no part of a name (南京石化的|办公场所) */
        bool particle = false;
        for (int32_t q = body.start; q < body.end && !particle; q++)
            particle = art->cp[q] == 0x7684 /* 的 */;
        if (particle && !latin_suffix)
            continue;
        /* a copula before 公司 and its post (虞江明为|公司董事) */
        if (!latin_suffix && gx_er_copula_company(ix, art, body, h->end))
            continue;
        /* a government body is a place's (上海市政府, 广东省人民政府): not 价格分别实行|政府 */
        if (type == GX_ENT_GOVERNMENT && !latin_suffix && gx_hit_len_starting(ix, body.start, GX_LEX_REGION) == 0 &&
            !gx_er_is_admin_char(art->cp[body.end - 1]) && art->cp[body.end - 1] != 0x65D7 /* 旗 */ &&
            art->cp[body.end - 1] != 0x9547 /* 镇 */ && art->cp[body.end - 1] != 0x4E61 /* 乡 */)
            continue;
        /* the body must not itself end in another suffix word of the same kind (科技集团 ok) */
        int32_t right = h->end;
        if (type == GX_ENT_COMPANY && e->len <= 2 && right + 2 <= art->ncp &&
            ((art->cp[right] == 0x516C && art->cp[right + 1] == 0x53F8) ||
             (art->cp[right] == 0x96C6 && art->cp[right + 1] == 0x56E2)))
            right += 2;
        /* a branch after a full legal name (…股份有限公司武林支行) is named with it, as the
         * contracts and the DuEE/CLUENER annotations name it; the parent's name becomes an alias */
        int32_t branch_end = e->len >= 4 && !latin_suffix ? branch_after(art, right) : right;
        /* (a full legal name with a sure left edge ends at its legal form, whatever follows:
         * 子公司|义乌世茂中心发展有限公司|开发的) */
        bool limited = !latin_suffix && gx_er_legal_name_edges(ix, art, body, h->end, desc_edge);
        /* a city's or county's bank (上线|攀枝花银行|资金存管系统) starts at the city and ends at 银行 whatever
         * is glued to it on either side (twenty-fourth session, comp54) */
        int32_t place_bank = type == GX_ENT_COMPANY && !latin_suffix && right == h->end
                                 ? gx_shape_place_bank(ix->tagger, art, body.start, h->end)
                                 : -1;
        if (place_bank > body.start)
            body.start = place_bank;
        if (branch_end == right && !limited && place_bank < 0 && !gx_name_right_ok(ix, art, right))
            continue;
        /* a body that is a region alone (上海银行 is fine as a bank; 北京大学 as a university) */
        gx_span name = {body.start, h->end};
        /* X科技公司, X资本集团: the company word after the suffix belongs to the name */
        if (type == GX_ENT_COMPANY && e->len <= 2 && name.end + 2 <= art->ncp &&
            ((art->cp[name.end] == 0x516C && art->cp[name.end + 1] == 0x53F8) ||
             (art->cp[name.end] == 0x96C6 && art->cp[name.end + 1] == 0x56E2)))
            name.end += 2;
        /* a name a portal's inline quote cuts from its legal form (中国农业银行|(3.460,…)|股份有限公司盐城分行):
         * the reading over the quote (above, from the legal form's hit) names it, not this part */
        if (!latin_suffix && e->len < 4) {
            int32_t qe = gx_stock_quote_end(art, name.end);
            if (qe > name.end && gx_hit_len_starting(ix, qe, GX_LEX_COMPANY_SUFFIX) >= 4)
                continue;
        }
        /* the tagger saw the same name with a later left edge (开始|安保资本): take its edge,
         * but not one character later when a stop word or title of two characters or more ends
         * right before ours and that character is no function word: our edge is sure there
         * (大股东|万裕文化产业有限公司, not 万|裕文化…; 参股公司|梦兰星河能源股份有限公司) */
        bool edge_sure = type == GX_ENT_COMPANY && name.start > 0 && gx_is_cjk(art->cp[name.start - 1]) &&
                         (gx_hit_len_ending(ix, name.start, GX_LEX_LEFT_STOP) >= 2 ||
                          gx_hit_len_ending(ix, name.start, GX_LEX_POSITION) >= 2) &&
                         !gx_lexicon_char_is(ix->lex, art->cp[name.start], GX_LEX_LEFT_STOP) &&
                         !gx_lexicon_char_is(ix->lex, art->cp[name.start], GX_LEX_NOT_GIVEN);
        edge_sure = edge_sure || (type == GX_ENT_COMPANY && gx_conj_opens_name(art, name.start));
        /* after punctuation or at the text's start two characters that make no word of the tagger's
         * lexicon open the name: a trade name's head (，小盈|牛科技有限公司 read 牛科技…), not an
         * adverb before it (，近期|…; twenty-seventh session, comp69) */
        /* (or after a stop word of two characters or more, when the two make no word: not 说明|湖北焱合…) */
        bool head_sure = type == GX_ENT_COMPANY && e->len >= 4 && !latin_suffix && ix->tagger &&
                         (name.start == 0 || (!gx_is_cjk(art->cp[name.start - 1]) && !gx_is_alnum(art->cp[name.start - 1])) ||
                          (edge_sure && gx_hit_len_ending(ix, name.start, GX_LEX_LEFT_STOP) >= 2)) &&
                         name.start + 2 < body.end && gx_is_cjk(art->cp[name.start]) && gx_is_cjk(art->cp[name.start + 1]) &&
                         !gx_tagger_common_word(ix->tagger, art->cp + name.start, 2) &&
                         gx_hit_len_starting(ix, name.start, GX_LEX_LEFT_STOP) == 0 &&
                         !gx_lexicon_char_is(ix->lex, art->cp[name.start], GX_LEX_NOT_GIVEN);
        for (int q = first_ending(tag, ntag, name.end); q < ntag && tag[q].end == name.end; q++) {
            const gx_candidate *t = &art->candidates.v[tag[q].idx];
            /* only a short word is dropped this way (开始, 只): a long prefix is more
             * likely part of a full legal name (深圳市时代|华盛网络科技有限公司) */
            /* (not past the edge a describer noun gave: 子公司|义乌世茂中心发展有限公司) */
            if (t->source == GX_SRC_TAGGER && t->type == type && t->span.end == name.end && name.start != desc_edge &&
                t->span.start > name.start && t->span.start < body.end - 1 && t->span.start - name.start <= 2 &&
                !(head_sure && t->span.start - name.start == 2) &&
                !(edge_sure && t->span.start - name.start == 1 &&
                  gx_hit_len_starting(ix, t->span.start, GX_LEX_REGION) == 0) &&
                !gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + name.start, t->span.start - name.start) &&
                !place_written_with_admin_word(ix, art, name.start, t->span.start) &&
                (tagger_drop_ok(ix, art, name.start, t->span.start, h->start) || bracket_drop_ok(ix, art, bracketed, name.start, t->span.start)))
                name.start = t->span.start;
        }
        /* the tagger saw the same name with an earlier left edge where ours is unsure, i.e.
         * glued to the text before it (杭州万涌经|济咨询有限公司): take its edge */
        /* a stop word that relates a company to the name (控股股东|亨通集团, 旗下|蚂蚁集团) is a
         * sure left edge */
        int stop_len = gx_hit_len_ending(ix, name.start, GX_LEX_LEFT_STOP);
        bool stop_before = stop_len >= 2 && gx_lexicon_is(ix->lex, GX_LEX_COMPANY_ATTR, art->cp + name.start - stop_len, stop_len);
        if (name.start > 0 && gx_is_cjk(art->cp[name.start - 1]) && gx_hit_len_starting(ix, name.start, GX_LEX_REGION) == 0 &&
            !stop_before)
            for (int q = first_ending(tag, ntag, name.end); q < ntag && tag[q].end == name.end; q++) {
                const gx_candidate *t = &art->candidates.v[tag[q].idx];
                if (t->source != GX_SRC_TAGGER || t->type != type || t->span.end != name.end ||
                    t->span.start >= name.start || name.start - t->span.start > 10)
                    continue;
                /* an edge inside a stop word starts after it (控股股|东吉林昊融有色金属…), one on a
                 * function character after that ((即|北汽银翔…) */
                int32_t ts = t->span.start;
                for (int32_t q2 = ts + 1; q2 <= ts + 4 && q2 < name.start; q2++) {
                    int sl = gx_hit_len_ending(ix, q2, GX_LEX_LEFT_STOP);
                    if (sl > 0 && q2 - sl < t->span.start)
                        ts = q2;
                }
                /* (a run of them too: 错过机会了吗|思埠集团; twenty-seventh session, comp69) */
                if (ts == t->span.start)
                    while (ts < name.start && gx_lexicon_char_is(ix->lex, art->cp[ts], GX_LEX_LEFT_STOP))
                        ts++;
                bool plain = ts < name.start && gx_after_descriptor(art, (gx_span){ts, name.start}) == ts;
                for (int32_t q = ts; q < name.start && plain; q++)
                    plain = gx_is_cjk(art->cp[q]) || gx_is_alnum(art->cp[q]);
                /* (a country before a Latin name is no edge: 法国|Kidiliz集团; nor a company noun
                 * describing it: 捷克投资公司|PPF集团) */
                if (gx_is_upper(art->cp[name.start]) &&
                    (gx_hit_len_starting(ix, ts, GX_LEX_REGION) == name.start - ts ||
                     gx_word_ending(art->cp, ts, name.start, gx_company_describers) > 0))
                    plain = false;
                if (plain)
                    name.start = ts;
                break;
            }
        if (name.end - name.start - (h->end - h->start) < 2)
            continue;
        /* a legal form after two characters glued to the text before them is a cut name
         * (东风特汽（十堰）专|用车有限公司) */
        /* (集团 opening the suffix word is a name word: 恒通|集团有限公司 is 恒通集团 + legal form) */
        int32_t group_word = art->cp[h->start] == 0x96C6 && art->cp[h->start + 1] == 0x56E2 ? 2 : 0;
        /* (a stop word before it is a sure edge: 控股股东|亨通集团有限公司) */
        /* (nor is 的 when the tagger reads the same name: 全资拥有的|集时有限公司) */
        bool particle_edge = false;
        if (art->cp[name.start > 0 ? name.start - 1 : 0] == 0x7684 /* 的 */)
            for (int q = first_ending(tag, ntag, name.end); q < ntag && tag[q].end == name.end && !particle_edge; q++)
                particle_edge = art->candidates.v[tag[q].idx].span.start == name.start &&
                                art->candidates.v[tag[q].idx].type == type;
        /* (a place before a government suffix is its whole name: 收到|广州|公共资源交易中心) */
        bool place_body = type == GX_ENT_GOVERNMENT && gx_hit_len_starting(ix, name.start, GX_LEX_REGION) == h->start - name.start;
        /* (nor is a stop word before the two-character trade name of a partnership, whose legal form
         * ends in a bracket: 检查了|中准会计师事务所(特殊普通合伙), 和|中喜…, 聘请|天健…) */
        bool partner_edge = h->end - h->start >= 4 && art->cp[h->end - 1] == ')' &&
                            gx_hit_len_ending(ix, name.start, GX_LEX_LEFT_STOP) > 0;
        if (e->len >= 4 && name.end - name.start - (h->end - h->start) + group_word <= 2 && name.start > 0 &&
            gx_is_cjk(art->cp[name.start - 1]) && !stop_before && !particle_edge && !place_body && !partner_edge)
            continue;
        /* a name cut by an inline stock quote (浙江康恩贝(6.500,0.01,0.15%)|制药股份有限公司) or
         * a company noun before an appositive Latin name (有线|电视集团Com Hem) is no name */
        if (gx_after_stock_quote(art, name.start) ||
            (gx_hit_len_ending(ix, name.end, GX_LEX_LIST_NOUN) >= name.end - h->start + 2 && name.end + 1 < art->ncp &&
             gx_is_upper(art->cp[name.end]) && gx_is_alnum(art->cp[name.end + 1])))
            continue;
        /* a name that starts the text or follows punctuation has a sure left edge */
        bool sure_left = name.start == 0 || (!gx_is_cjk(art->cp[name.start - 1]) && !gx_is_alnum(art->cp[name.start - 1]));
        /* an edged suffix (cues.tsv company_suffix_edged: 商城) is also a common noun after a verb
         * glued to the name (如何下载|九霄商城): only punctuation or the text start before it makes it a firm */
        if (!sure_left && (e->flags & GX_LEXF_WEAK))
            continue;
        /* ... and only after a Chinese trade name: after a Latin name it is a desk or an
         * adjective of what follows (deVere Group|国际|投资策略师) */
        if ((e->flags & GX_LEXF_WEAK) && cjk_count(art, body) != body.end - body.start)
            continue;
        /* a verb's object glued before it ends at a stop word of two characters or more (遭质疑|, 曝光|)
         * and a company attribute of two or more follows (麦子金服|旗下): both edges are written,
         * as sure as punctuation before it (comp57) */
        /* (not 平台 or APP, which follow ordinary words too: 一家|常用银行|APP) */
        bool attr_edged = edge_sure && gx_hit_len_starting(ix, name.end, GX_LEX_COMPANY_ATTR) >= 2 &&
                          art->cp[name.end] != 0x5E73 /* 平台 */ && (art->cp[name.end] | 0x20) != 'a' &&
                          art->cp[name.start - 1] != 0x53F8 /* (公)司|系…: a firm's name before, not a verb */;
        float score = sure_left || attr_edged ? 0.58f : 0.5f;
        if (e->len >= 4 || latin_suffix)
            score = 0.75f; /* 有限公司, 股份有限公司, Inc. */
        if (type != GX_ENT_COMPANY)
            score = 0.6f;
        if (cjk_count(art, body) > 4 && type == GX_ENT_COMPANY && e->len < 4)
            score -= 0.1f;
        if (branch_end > right)
            name.end = branch_end;
        if (place_bank >= 0 && name.start == place_bank && score < 0.6f)
            score = 0.6f;
        gx_add_candidate(art, name, type, GX_SRC_RULE, score, NULL, score < 0.75f ? GX_LINK_SUFFIX_ONLY : -1);
        /* a place and a government suffix name a body whatever the tagger typed the same span
         * (广州公共资源交易中心 read as a company) */
        if (type == GX_ENT_GOVERNMENT && gx_hit_len_starting(ix, name.start, GX_LEX_REGION) > 0)
            for (int q = first_ending(tag, ntag, name.end); q < ntag && tag[q].end == name.end; q++) {
                gx_candidate *t = &art->candidates.v[tag[q].idx];
                if (t->span.start == name.start && (t->type == GX_ENT_COMPANY || t->type == GX_ENT_ORGANIZATION))
                    t->type = GX_ENT_GOVERNMENT;
            }
    }
}

/* A known company's investment arm (美团|龙珠资本, 阿里巴巴|创投, 腾讯|产业基金, 联想|之星创投 …):
 * the gazetteer name, at most four characters of the arm's own name, then an arm word; the arm
 * is a company of its own (the parent keeps its other mentions). 投资 is most often the verb
 * (美团投资了…, 中国汽研拟投资不超9亿元): it counts only before a clause edge or 领投/参投/表示. */
void gx_er_investment_arm_rule(const gx_hit_index *ix, gx_article *art)
{
    /* (not bare 基金: 汇丰晋信|双核基金, 兴全|合宜基金 are fund products) */
    static const char32_t *const arms[] = {U"产业基金", U"创业投资", U"产业投资", U"资产管理", U"投资管理", U"资本", U"创投",
                                           U"资管", U"投资"};
    static const char32_t stop[] = U"的在和与及对向从把被将是为了也都等旗下或其该、拟已再又曾还正近今年月日亿万元共所主持获由注册增减加实";
    static const char32_t after_verb[] = U"领参表称等和与及也、";
    const uint32_t *cp = art->cp;
    for (int i = gx_hit_first(ix, GX_LEX_COMPANY); i < ix->n; i = gx_hit_next(ix, i)) {
        const gx_lex_hit *h = &ix->hits[i];
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, h->entry);
        if (e->kind != GX_LEX_COMPANY)
            continue;
        /* every arm word starts with 产, 创, 资 or 投: none within reach, nothing to read */
        bool near = false;
        for (int32_t m = h->end; m <= h->end + 4 && m < art->ncp && !near; m++)
            near = cp[m] == 0x4EA7 || cp[m] == 0x521B || cp[m] == 0x8D44 || cp[m] == 0x6295;
        if (!near || gx_hit_len_starting(ix, h->start, GX_LEX_COMPANY) > h->end - h->start)
            continue;
        /* the longest arm reading that starts within four characters after the name */
        int32_t best = -1, own_end = -1; /* end of the name before the arm word (美团龙珠|资本) */
        for (int32_t m = h->end; m <= h->end + 4 && m < art->ncp && best < 0; m++) {
            if (m > h->end) {
                uint32_t c = cp[m - 1];
                bool bad = !gx_is_cjk(c);
                for (const char32_t *q = stop; *q && !bad; q++)
                    bad = c == (uint32_t)*q;
                if (bad)
                    break;
            }
            /* every arm word starts with 产, 创, 资 or 投 */
            if (cp[m] != 0x4EA7 && cp[m] != 0x521B && cp[m] != 0x8D44 && cp[m] != 0x6295)
                continue;
            for (size_t a = 0; a < sizeof arms / sizeof arms[0] && best < 0; a++) {
                int32_t n = 0;
                while (arms[a][n])
                    n++;
                if (m + n > art->ncp)
                    continue;
                bool eq = true;
                for (int32_t k = 0; k < n && eq; k++)
                    eq = cp[m + k] == (uint32_t)arms[a][k];
                if (!eq)
                    continue;
                int32_t end = m + n;
                /* the arm word must end the name (资本市场, 基金会, 投资者 are other words) */
                /* (or a desk and its title after it: 摩根士丹利投资管理|策略主管) */
                bool desk_title = false;
                for (int32_t d = 2; d <= 4 && end + d < art->ncp && !desk_title; d++)
                    desk_title = gx_lexicon_is(ix->lex, GX_LEX_DEPT_PREFIX, cp + end, d) &&
                                 gx_hit_len_starting(ix, end + d, GX_LEX_POSITION) > 0;
                if ((!gx_name_right_ok(ix, art, end) && !desk_title) || (end < art->ncp && (cp[end] == 0x4F1A /* 会 */ ||
                    cp[end] == 0x8005 /* 者 */ || cp[end] == 0x4EBA /* 人 */ || cp[end] == 0x5E02 /* 市 */)))
                    continue;
                /* the arm's own name is two characters or more (龙珠, 之星) */
                if (m == h->end + 1)
                    continue;
                if (n == 2 && cp[m] == 0x6295 /* 投资 */) {
                    bool edge = end >= art->ncp || (!gx_is_cjk(cp[end]) && !gx_is_alnum(cp[end]));
                    for (const char32_t *q = after_verb; *q && !edge; q++)
                        edge = cp[end] == (uint32_t)*q;
                    if (!edge)
                        continue;
                }
                best = end;
                own_end = m;
            }
        }
        if (best < 0)
            continue;
        /* the name is an arm already (纪源资本, 大西洋|投资投资 repeats a word): no arm of an arm */
        bool arm_word = false;
        for (size_t a = 0; a < sizeof arms / sizeof arms[0] && !arm_word; a++)
            for (int32_t at = h->start + 1; at < own_end && !arm_word; at++) {
                bool eq = true;
                int32_t k = 0;
                for (; arms[a][k] && eq; k++)
                    eq = at + k < own_end && cp[at + k] == (uint32_t)arms[a][k];
                arm_word = eq;
            }
        if (arm_word)
            continue;
        gx_span name = {h->start, best};
        if (gx_hit_len_starting(ix, h->start, GX_LEX_COMPANY) >= best - h->start)
            continue; /* the gazetteer knows the whole name */
        int t = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.8f, NULL, -1);
        /* the arm named without its arm word elsewhere (这是美团龙珠在消费领域的案例) is the arm */
        if (own_end - h->end >= 2)
            gx_er_add_all_occurrences(ix, art, (gx_span){h->start, own_end}, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.8f, t);
    }
}
