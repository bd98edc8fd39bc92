/* gx_cand_shape.c — what a candidate must look like before the resolution (gx_resolve.c)
 * believes it: the shape checks of the tagger's proposals (a person's, company's, government
 * body's or position's span: its edges, what is glued to it, the words it ends with), and the
 * edge repairs applied to them (a left edge inside a word, a region before a legal name). */
#include <string.h>

#include "gx_cand_ix.h"
#include "gx_cand_shape.h"
#include "gx_engine_impl.h"
#include "gx_entity_util.h"
#include "gx_quantity_lex.h"
#include "gx_tagger.h"

static bool ends_with_kind(const gx_engine *eng, const gx_article *art, gx_span s, gx_lex_kind kind, int minlen)
{
    for (int32_t k = s.start; k <= s.end - minlen; k++)
        if (gx_lexicon_is(eng->lexicon, kind, art->cp + k, s.end - k))
            return true;
    return false;
}

static bool contains_cp(const gx_article *art, gx_span s, uint32_t a, uint32_t b)
{
    for (int32_t k = s.start; k + 1 < s.end; k++)
        if (art->cp[k] == a && art->cp[k + 1] == b)
            return true;
    return false;
}

/* A middle dot or a dash between the parts of a foreign name. */
static bool is_name_joiner(uint32_t c)
{
    return gx_is_name_dot(c) || c == '-' || c == 0x2010 || c == 0x2013;
}

/* A full stop typed for the middle dot between two parts of a transliterated name (安德鲁.怀尔斯):
 * a transliteration character before it, and two characters after it inside the span, the second
 * of the table (the first may be a syllable the table lacks: 怀). */
static bool stop_joined(const uint32_t *cp, gx_span s, int32_t k)
{
    return cp[k] == '.' && k > s.start && k + 2 < s.end && gx_translit_char(cp[k - 1]) && gx_is_cjk(cp[k + 1]) &&
           gx_translit_char(cp[k + 2]);
}

/* Does a job title (a rule's position or a title word) end at pos? */
static bool title_ends_at(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.end == pos)
            return true;
    for (int n = 2; n <= 4 && n <= pos; n++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_POSITION, art->cp + pos - n, n))
            return true;
    return false;
}

/* Does a job title begin at pos (a rule's position, or a title word of two to four characters:
 * 市川准|导演, 泽林|上将)? A title right after a name is where the name ends. */
bool gx_shape_title_starts_at(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == pos)
            return true;
    for (int n = 2; n <= 4 && pos + n <= art->ncp; n++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_POSITION, art->cp + pos, n))
            return true;
    return false;
}

/* Does a job title begin at pos, or one department or desk word and then a title (万达|人力总监,
 * 腾讯|市场总监)? A company's name ends there. */
bool gx_shape_desk_title_at(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    if (gx_shape_title_starts_at(eng, art, pos))
        return true;
    if (pos >= art->ncp)
        return false;
    int32_t max = art->ncp - pos < 6 ? art->ncp - pos : 6;
    uint32_t m = gx_lexicon_prefix_mask(eng->lexicon, GX_LEX_DEPT_PREFIX, art->cp + pos, max, 2);
    for (int32_t n = 2; n <= max; n++)
        if ((m & (1u << (n - 1))) && gx_shape_title_starts_at(eng, art, pos + n))
            return true;
    return false;
}

/* May a person's name end before pos: text end, not a letter, a word that follows names
 * (说, 表示, 老师, 先生), or a function word? */
static bool name_right_edge(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp || !gx_is_cjk(art->cp[pos]))
        return true;
    for (int n = 1; n <= 3 && pos + n <= art->ncp; n++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, art->cp + pos, n))
            return true;
    return gx_lexicon_char_is(eng->lexicon, art->cp[pos], GX_LEX_RIGHT_OK) ||
           gx_lexicon_char_is(eng->lexicon, art->cp[pos], GX_LEX_NOT_GIVEN);
}

/* The tagger's left edge inside a word (股|东重庆安见汉时科技有限公司, 丨X): move it past that
 * word or separator when what remains is still a name. */
void gx_shape_trim_left(const gx_engine *eng, const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    while (s < e && (cp[s] == 0x4E28 /* 丨 */ || cp[s] == 0xFF5C /* ｜ */ || cp[s] == '|'))
        s++;
    /* "former" before a regional body is no part of its name (原|龙岗区坂田街道执法队) */
    if (c->type == GX_ENT_GOVERNMENT && e - s >= 5 && cp[s] == 0x539F /* 原 */) {
        bool region = false;
        for (int n = 2; n <= 4 && !region && s + 1 + n < e; n++) {
            uint32_t last = cp[s + n];
            region = gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s + 1, n) ||
                     (n >= 3 && (last == 0x7701 || last == 0x5E02 || last == 0x53BF || last == 0x533A) /* 省市县区 */);
        }
        if (region)
            s++;
    }
    for (int n = 2; n <= 3 && s > 0; n++)
        for (int32_t b = s - n + 1; b < s; b++)
            if (b >= 0 && b + n <= e && (gx_lexicon_is(eng->lexicon, GX_LEX_POSITION, cp + b, n) ||
                                          gx_lexicon_is(eng->lexicon, GX_LEX_LEFT_STOP, cp + b, n))) {
                s = b + n;
                break;
            }
    /* (a news site's name glued before a firm's legal name: 中财网|诺德基金管理有限公司, the site
     * heading the notice it reprints; twenty-third session, comp48) */
    if (c->type == GX_ENT_COMPANY)
        for (int n = 3; n <= 6 && s + n + 4 <= e; n++)
            if (cp[s + n - 1] == 0x7F51 /* 网 */ && gx_is_cjk(cp[s + n]) &&
                gx_lexicon_is(eng->lexicon, GX_LEX_ORGANIZATION, cp + s, n)) {
                s += n;
                break;
            }
    /* (a sentence-final particle glued before a firm's name in web text that runs its sentences
     * together: 不是错过机会了吗|思埠集团; twenty-seventh session, comp69) */
    if (c->type == GX_ENT_COMPANY && e - s >= 4 && s > 0 && gx_is_cjk(cp[s - 1]) && (cp[s] == 0x5417 /* 吗 */ || cp[s] == 0x5462 /* 呢 */) &&
        gx_is_cjk(cp[s + 1]) && gx_is_cjk(cp[s + 2]))
        s++;
    /* (a kind of investor describing the firm: 对冲基|金科图管理公司) */
    for (int32_t b = s - 3; b < s; b++) {
        int32_t l = b >= 0 ? gx_word_at(art, b, gx_investor_kinds) : 0;
        if (l > 0 && b + l > s && e - (b + l) >= 2) {
            s = b + l;
            break;
        }
    }
    /* (a firm's name, a page heading and the name again: 关于猎金集团|简介|猎金集团创建于; the name starts
     * after a stop word of two characters or more that follows a company suffix inside the span and
     * opens the same name again;
     * twenty-third session, comp51) */
    if (c->type == GX_ENT_COMPANY)
        for (int32_t k = s + 2; k + 2 < e; k++) {
            int n = gx_lex_word_at(eng->lexicon, GX_LEX_LEFT_STOP, art, k);
            if (n >= 2 && e - (k + n) >= 2 && cp[k + n] == cp[s] && cp[k + n + 1] == cp[s + 1] &&
                ends_with_kind(eng, art, (gx_span){s, k}, GX_LEX_COMPANY_SUFFIX, 2)) {
                s = k + n;
                break;
            }
        }
    if (s > c->span.start && e - s >= 2)
        c->span.start = s;
}

/* A surname, one or two given characters and 总 (徐达总提到, the way a colleague addresses a
 * boss: 徐总; no name of the 19,097 of data/tagger/names.txt ends in 总): the name is the part
 * before 总. A surname and 总 alone is no name (honorific_only). */
bool gx_shape_trim_address(const gx_engine *eng, const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t len = c->span.end - c->span.start;
    if (c->type != GX_ENT_PERSON || (len != 3 && len != 4) || cp[c->span.end - 1] != 0x603B /* 总 */ ||
        !gx_lexicon_char_is(eng->lexicon, cp[c->span.start], GX_LEX_SURNAME))
        return false;
    for (int32_t k = c->span.start; k < c->span.end; k++)
        if (!gx_is_cjk(cp[k]))
            return false;
    c->span.end--;
    return true;
}

/* A surname, one given character and a one-character verb the tagger read as the name's third
 * character (沈腾|携新作现身, 韩俊|带单群, 殷俊|谈电影投资): none of them ends a name of the 19,097
 * of data/tagger/names.txt but 带 and 谈, once each. The name is the part before the verb when a
 * word goes on after it (the verb's object). The verbs are a set here, not a cues.tsv kind: the
 * lexicon's 64 kinds are all taken (GX_LEX__COUNT). (edges29, twenty-ninth session) */
bool gx_shape_trim_verb(const gx_engine *eng, const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if (c->type != GX_ENT_PERSON || e - s != 3 ||
        !gx_lexicon_char_is(eng->lexicon, cp[s], GX_LEX_SURNAME) || !gx_is_cjk(cp[s + 1]) ||
        !gx_cp_in(cp[e - 1], U"携带谈偕陪邀晒曝率"))
        return false;
    if (e >= art->ncp || !gx_is_cjk(cp[e]))
        return false;
    c->span.end--;
    return true;
}

/* Is the text glued to a word at pos from the left / right: a CJK character that is no
 * stop word, function character or name end? */
int gx_shape_glued_left(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    if (pos == 0 || !gx_is_cjk(art->cp[pos - 1]))
        return 0;
    uint32_t c = art->cp[pos - 1];
    return !gx_lexicon_char_is(eng->lexicon, c, GX_LEX_LEFT_STOP) && !gx_lexicon_char_is(eng->lexicon, c, GX_LEX_NOT_GIVEN) &&
           !gx_lexicon_char_is(eng->lexicon, c, GX_LEX_RIGHT_OK) && !title_ends_at(eng, art, pos);
}

int gx_shape_glued_right(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    return name_right_edge(eng, art, pos) ? 0 : 1;
}

bool gx_shape_word_across(const gx_engine *eng, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos + 2 > art->ncp || !gx_is_cjk(cp[pos]) || !gx_is_cjk(cp[pos + 1]) || !gx_is_cjk(cp[pos - 1]))
        return false;
    for (int n = 2; n <= 3 && pos + n <= art->ncp; n++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_NAME_END, cp + pos, n))
            return false;
    /* (not a particle or preposition, which follow names all the time: 茅台的|万亿市值, 高盛已经; nor
     * a numeral or a title: 中海壳牌二期, 阿里董事局主席) */
    if (gx_lexicon_char_is(eng->lexicon, cp[pos], GX_LEX_NOT_GIVEN) || gx_is_numeral(cp[pos]) ||
        gx_shape_title_starts_at(eng, art, pos))
        return false;
    return gx_lexicon_char_is(eng->lexicon, cp[pos], GX_LEX_RIGHT_OK) || gx_lexicon_char_is(eng->lexicon, cp[pos], GX_LEX_NAME_END);
}

/* A tagger government body ending in 省 or 中心 is one when a region opens it and the tagger is
 * fairly sure: a country's ministry (日本|防卫省, not 中国|广东省, a province) or a regional
 * authority's centre (武汉市|住房保障管理中心); not a business or trade centre (商务中心). */
static bool gov_of_region(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    int32_t len = s.end - s.start;
    /* a centre of a named body (市住保办|机关服务中心) or a region's management centre the tagger
     * finds as likely as not (郑州市|经济适用房|管理中心): CLUENER's regional authorities */
    if (c->score >= 0.45f && len >= 7 && cp[s.end - 1] == 0x5FC3 /* 中心 */) {
        for (int32_t k = s.start + 2; k <= s.end - 4; k++)
            if (cp[k] == 0x529E || cp[k] == 0x5C40 || cp[k] == 0x5385 || cp[k] == 0x7F72) /* 办 局 厅 署 */
                return true;
        if (cp[s.end - 4] == 0x7BA1 && cp[s.end - 3] == 0x7406) /* 管理中心 */
            for (int n = 2; n <= 4 && n < len - 4; n++)
                if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, n))
                    return true;
    }
    if (c->score < 0.8f)
        return false;
    for (int n = 4; n >= 1; n--) {
        if (s.end - s.start - n < 3 || !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, n))
            continue;
        if (cp[s.end - 1] != 0x7701)
            return true;
        /* the rest is no province (广东省) and no region (广东) */
        return !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start + n, s.end - s.start - n) &&
               !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start + n, s.end - s.start - n - 1);
    }
    return false;
}

/* Does a tagger company name hold exactly one bracket pair around a region? A legal name may name
 * the place of registration in brackets, inside (携程计算机技术(上海)有限公司) or at the end after a
 * company word (渣打银行(中国)). */
static bool bracketed_region(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    if (c->type != GX_ENT_COMPANY)
        return false;
    int32_t open = -1, close = -1;
    for (int32_t k = s.start; k < s.end; k++) {
        bool o = cp[k] == '(' || cp[k] == 0xFF08, cl = cp[k] == ')' || cp[k] == 0xFF09;
        if ((o && open >= 0) || (cl && (open < 0 || close >= 0)))
            return false;
        if (o)
            open = k;
        if (cl)
            close = k;
    }
    if (open < s.start + 2 || close < 0 || close - open < 3 ||
        !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + open + 1, close - open - 1))
        return false;
    /* at the end only after a company word (渣打银行(中国)); inside, followed by the rest of the name */
    if (close == s.end - 1)
        return ends_with_kind(eng, art, (gx_span){s.start, open}, GX_LEX_COMPANY_SUFFIX, 2);
    return true;
}

/* The tagger's proposals must look like what they claim to be before they may stand alone. */
/* A surname and only a form of address (陈小姐, 李先生, 王女士, 孙总), or a reading that starts
 * with 谢谢 (thanks: 谢谢罗会长): no name. */
bool gx_shape_family_or_press(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    return s.end - s.start == 2 && (cp[s.start + 1] == 0x6C0F /* 氏 */ || cp[s.start + 1] == 0x5A92 /* 媒 */) &&
           gx_lexicon_char_is(eng->lexicon, cp[s.start], GX_LEX_SURNAME);
}

/* A surname and a form of address that is no name whichever source read it: 邓生 (Cantonese for
 * 邓先生), 刘博士, 王老师, 李教授, and 总 with what follows it (研究员潘总|星瀚链). No name of
 * data/tagger/names.txt is a surname and 总 or 博士, and only 张生 and 黄生 (the same form of
 * address) a surname and 生. 先生/女士 after a title stay the holder (客户经理温先生). */
bool gx_shape_address_form(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const ADDRESS[] = {U"博士", U"老师", U"教授", NULL};
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if ((len != 2 && len != 3) || !gx_lexicon_char_is(eng->lexicon, cp[s.start], GX_LEX_SURNAME))
        return false;
    /* a nickname of kin (龙爷, 钱哥, 王姐, 张大爷, 董阿姨, 王大妈): none of names.txt ends in 爷 哥 姐 叔
     * 嫂 姨 妈 婶 奶 娘 婆 舅 */
    if (gx_cp_in(cp[s.end - 1], U"爷哥姐叔嫂姨妈婶奶娘婆舅"))
        return true;
    /* 生 (Cantonese 邓生), 总 (天农集团总经理宋总: no name of names.txt is a surname and 总) */
    if (len == 2)
        return cp[s.start + 1] == 0x751F /* 生 */ || cp[s.start + 1] == 0x603B /* 总 */;
    return (cp[s.start + 1] == 0x603B /* 总 */ && gx_is_cjk(cp[s.start + 2])) || gx_word_at(art, s.start + 1, ADDRESS) == 2;
}

bool gx_shape_particle_end(const gx_article *art, gx_span s)
{
    int32_t len = s.end - s.start;
    if (len < 2 || len > 4 || !gx_is_cjk(art->cp[s.start]))
        return false;
    return gx_cp_in(art->cp[s.end - 1], U"啊吧呢吗呀嘛啦哦您你");
}

/* A span that opens on the unit closing a number written right before it (3,700亿|人币工商银行):
 * 亿 万 千 百 after a digit (twenty-second session, comp47). */
bool gx_shape_opens_on_number_unit(const gx_article *art, gx_span s)
{
    if (s.start <= 0 || s.start >= art->ncp || !gx_is_digit(art->cp[s.start - 1]))
        return false;
    uint32_t c = art->cp[s.start];
    return c == 0x4EBF /* 亿 */ || c == 0x4E07 /* 万 */ || c == 0x5343 /* 千 */ || c == 0x767E /* 百 */;
}

bool gx_shape_coin_name(const gx_article *art, gx_span s)
{
    int32_t len = s.end - s.start, e = s.end;
    if (len < 2 || len > 4 || !gx_is_cjk(art->cp[s.start]) || e >= art->ncp)
        return false;
    if (art->cp[e] == 0x5E01 /* 币 */)
        return true;
    return art->cp[e] == 0x94FE /* 链 */ && (e + 1 >= art->ncp || art->cp[e + 1] != 0x63A5 /* 接: 链接, a link */);
}

bool gx_shape_group_noun(const gx_engine *eng, const gx_article *art, gx_span s)
{
    int32_t len = s.end - s.start;
    return len >= 3 && len <= 4 && art->cp[s.end - 1] == 0x56E2 /* 团 */ && eng->lexicon &&
           gx_lexicon_is(eng->lexicon, GX_LEX_POSITION, art->cp + s.start, len - 1);
}

bool gx_shape_after_affiliate(const gx_article *art, gx_span s)
{
    static const char32_t *const TIES[] = {U"参股公司", U"子公司", U"孙公司", U"联营公司", U"合营公司", U"关联公司",
                                           U"控股公司", U"参股子公司", U"关联方", NULL};
    /* (every word ends in 司 or 方: one test before the list) */
    if (s.start < 3 || (art->cp[s.start - 1] != 0x53F8 /* 司 */ && art->cp[s.start - 1] != 0x65B9 /* 方 */))
        return false;
    return gx_word_ending(art->cp, 0, s.start, TIES) > 0;
}

bool gx_shape_verb_object_body(const gx_article *art, gx_ent_type type, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start, e = s.end;
    /* 在韩国釜山办|公, 德恒北京总部办|公区: 办 opens 办公 (to have one's office) */
    if (type == GX_ENT_GOVERNMENT && len >= 2 && cp[e - 1] == 0x529E /* 办 */ && e < art->ncp && cp[e] == 0x516C /* 公 */)
        return true;
    /* 钱存|银行, 钱放进|银行, 电汇到|公司, 上百家|银行: money put into a bank or a firm, or a count of
     * them, is no firm's name (no name of the gazetteers ends in 存 进 到 入 往 + 银行 or 公司;
     * edges29) */
    if (type == GX_ENT_COMPANY && len >= 3 && len <= 8 &&
        ((cp[e - 2] == 0x94F6 && cp[e - 1] == 0x884C) /* 银行 */ ||
         (cp[e - 2] == 0x516C && cp[e - 1] == 0x53F8) /* 公司 */)) {
        uint32_t b = cp[e - 3];
        if (gx_cp_in(b, U"存进到入往"))
            return true;
        if (b == 0x5BB6 /* 家 */ && len >= 4 &&
            (gx_is_numeral(cp[e - 4]) || gx_cp_in(cp[e - 4], U"多几数各每")))
            return true;
    }
    /* 山东上大学, 刚刚步入大学: going to college names no university */
    if (type == GX_ENT_ORGANIZATION && len >= 3 && cp[e - 2] == 0x5927 /* 大 */ && cp[e - 1] == 0x5B66 /* 学 */)
        return gx_cp_in(cp[e - 3], U"上读入考");
    return false;
}

/* 政治局|势, 当局|面: a body's name whose 局 opens the word for a situation (局势, 局面) is no body,
 * whichever source read it. */
bool gx_shape_situation_word(const gx_article *art, gx_ent_type type, gx_span s)
{
    const uint32_t *cp = art->cp;
    return type == GX_ENT_GOVERNMENT && s.end - s.start >= 2 && cp[s.end - 1] == 0x5C40 /* 局 */ &&
           s.end < art->ncp && gx_cp_in(cp[s.end], U"势面");
}

/* 华远公司|建设部, 集团|财务部: a department's name right after 公司 or 集团 is the firm's department,
 * not the ministry a gazetteer or a rule reads in it (any source). */
bool gx_shape_company_department(const gx_article *art, gx_ent_type type, gx_span s)
{
    const uint32_t *cp = art->cp;
    return type == GX_ENT_GOVERNMENT && s.start >= 2 && s.end - s.start >= 2 && cp[s.end - 1] == 0x90E8 /* 部 */ &&
           ((cp[s.start - 2] == 0x516C && cp[s.start - 1] == 0x53F8) /* 公司 */ ||
            (cp[s.start - 2] == 0x96C6 && cp[s.start - 1] == 0x56E2) /* 集团 */);
}

static bool honorific_only(const gx_engine *eng, const gx_article *art, gx_span s)
{
    static const char32_t *const ADDRESS[] = {U"先生", U"女士", U"小姐", U"太太", NULL};
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (len >= 2 && cp[s.start] == 0x8C22 && cp[s.start + 1] == 0x8C22) /* 谢谢 */
        return true;
    if (!gx_lexicon_char_is(eng->lexicon, cp[s.start], GX_LEX_SURNAME))
        return false;
    if (len == 2 && cp[s.start + 1] == 0x603B /* 总 */)
        return true;
    if (gx_shape_family_or_press(eng, art, s))
        return true;
    return len == 3 && gx_word_at(art, s.start + 1, ADDRESS) == 2;
}

/* The tagger score a two-character body needs: 0.5 for a company, 0.6 otherwise; 0.4 for an
 * armed force named by its side and 军 (日军, 海军, 红军, 国军: CLUENER labels forces as
 * government bodies; the tagger reads them at 0.4-0.6 as often as not). */
static float short_body_floor(const gx_article *art, const gx_candidate *c)
{
    if (c->type == GX_ENT_COMPANY)
        return 0.5f;
    if (c->type == GX_ENT_GOVERNMENT && c->span.end - c->span.start == 2 && gx_is_cjk(art->cp[c->span.start]) &&
        art->cp[c->span.end - 1] == 0x519B /* 军 */)
        return 0.4f;
    return 0.6f;
}

/* Posts of a company's departments, never of a ministry's (品管部总监, 市场部经理). */
static const char32_t *const COMPANY_POSTS[] = {U"总监", U"副总监", U"经理", U"副经理", U"总经理", U"主管", U"负责人",
                                                NULL};

/* Is the span an item of a list of industries (能源、交通等行业, 医药、消费等领域, 金融、交通等多个行业)?
 * Read on over further 、 items to 等, then a count and an industry noun. */
static bool industry_item(const gx_article *art, gx_span s)
{
    static const char32_t *const INDUSTRY[] = {U"行业", U"领域", U"产业", U"板块", U"赛道", NULL};
    const uint32_t *cp = art->cp;
    int32_t k = s.end;
    while (k < art->ncp && k - s.end < 30 && (cp[k] == 0x3001 || gx_is_cjk(cp[k])) && cp[k] != 0x7B49 /* 等 */)
        k++;
    if (k >= art->ncp || cp[k] != 0x7B49 || !(k == s.end || cp[s.end] == 0x3001))
        return false;
    /* (a count may stand between: 金融、交通、能源等|多个|行业, 等|几大|领域) */
    static const char32_t COUNT[] = U"多个诸众各几大十数两三四五六七八九余";
    int32_t j = k + 1;
    for (bool more = true; more && j < art->ncp && j - k <= 3;) {
        more = false;
        for (int q = 0; COUNT[q] && !more; q++)
            more = cp[j] == (uint32_t)COUNT[q];
        j += more;
    }
    return gx_word_at(art, j, INDUSTRY) > 0;
}

/* A Chinese name is no longer than four characters; a longer run of Han characters after a
 * surname is a transliteration, whose characters are the table's (马尔科维奇, 史蒂夫奈尔斯), or
 * a name glued to the words after it (姚劲波祝贺贝壳, cutting the company 贝壳找房): true for
 * such a glued reading, two characters outside the table and a name going on past its end. */
bool gx_shape_glued_name(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end - s.start <= 4 || !eng->lexicon || !gx_lexicon_char_is(eng->lexicon, cp[s.start], GX_LEX_SURNAME))
        return false;
    int foreign = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_cjk(cp[k]))
            return false;
        foreign += k > s.start && !gx_translit_char(cp[k]);
    }
    if (foreign < 2)
        return false;
    /* (and it ends inside a name that goes on after it: 贝壳|找房; a long Tibetan name such as
     * 古如鲁益坚赞 is written with characters outside the table too) */
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *o = &art->candidates.v[i];
        if (o->type != GX_ENT_PERSON && o->type != GX_ENT_POSITION && o->span.start > s.start &&
            o->span.start < s.end && o->span.end > s.end)
            return true;
    }
    return false;
}

/* The stems that end the names of drugs (伊马替尼, 阿莫西林, 左氧氟沙星) and the characters
 * that end those of organic chemicals (丁二烯, 甲烷, 乙醇, 丙酮): never a person's name. */
static bool substance_name(const gx_article *art, gx_span s)
{
    static const char32_t *const DRUG[] = {U"替尼", U"单抗", U"沙星", U"霉素", U"西林", U"他汀", U"沙坦",
                                           U"替丁", U"拉唑", U"昔布", U"司琼", U"唑仑", NULL};
    static const uint32_t CHEM[] = {0x70EF /* 烯 */, 0x70F7 /* 烷 */, 0x7094 /* 炔 */, 0x9187 /* 醇 */,
                                    0x916E /* 酮 */, 0x919B /* 醛 */, 0x915A /* 酚 */, 0x916F /* 酯 */,
                                    0x80FA /* 胺 */, 0x70C3 /* 烃 */};
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (len >= 3 && gx_word_ending(cp, s.start, s.end, DRUG) > 0)
        return true;
    for (size_t k = 0; k < sizeof CHEM / sizeof CHEM[0]; k++)
        if (cp[s.end - 1] == CHEM[k])
            return true;
    return false;
}

/* The words a firm's name ends with and a given name never is: a company suffix of cues.tsv
 * (科技, 集团, 银行, 证券, 药业 …), a kind of firm or its trade (基金, 公司, 股份, 钢铁, 地产 …), or a
 * material and 业, an industry (镍业, 矿业, 铝业). The length of the one ending at s.end (two
 * characters or more, inside s), else 0. 方基金 (股东|方基金), 吉恩镍业 are firms. */
int32_t gx_shape_firm_ending(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    const char32_t *const *const FIRM = gx_lexicon_words(lex, GX_WL_SHAPE_FIRM_ENDING);
    static const char32_t MATERIAL[] = U"矿药镍铝铜锌钢煤乳酒纸糖盐锂钴钨钼锡铅瓷茶渔牧";
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (len < 2)
        return 0;
    if (cp[s.end - 1] == 0x4E1A /* 业 */)
        for (const char32_t *m = MATERIAL; *m; m++)
            if (cp[s.end - 2] == (uint32_t)*m)
                return 2;
    int32_t n = gx_word_ending(cp, s.start, s.end, FIRM);
    if (n > 0)
        return n;
    for (n = 2; n <= 4 && n <= len; n++)
        if (lex && gx_lexicon_is(lex, GX_LEX_COMPANY_SUFFIX, cp + s.end - n, n))
            return n;
    return 0;
}

/* A columnist's persona or a pen name made with 君 (风云君, 基金君: 市值风云's and a fund column's
 * narrators): three characters, the first no surname, the last 君, and no title before it (记者|区君君:
 * 区 is a surname surnames.tsv lacks). Names ending in 君 start with a surname (赵福君, 杜可君). */
static bool persona_name(const gx_engine *eng, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end - s.start != 3 || cp[s.end - 1] != 0x541B /* 君 */ || title_ends_at(eng, art, s.start))
        return false;
    /* (a surname first when the middle character is a column's word, 商评君 of 商业评论: none of the
     * 67 three-character names of names.txt ending in 君 has 评 编 侃 谈 观 财 股 币 in the middle) */
    return !gx_lexicon_char_is(eng->lexicon, cp[s.start], GX_LEX_SURNAME) || gx_cp_in(cp[s.start + 1], U"评编侃谈观财股币");
}

/* A reading cut from a material word at its right edge (杨行铜|材 of the company 杨行铜材: 铜材 is
 * copper products): the last character and 材 after it make the word. */
static bool cut_from_material(const gx_article *art, gx_span s)
{
    static const char32_t MATERIAL[] = U"铜钢铝铁锌木石板线管型药器耗建";
    if (s.end >= art->ncp || art->cp[s.end] != 0x6750 /* 材 */)
        return false;
    for (const char32_t *m = MATERIAL; *m; m++)
        if (art->cp[s.end - 1] == (uint32_t)*m)
            return true;
    return false;
}

/* A numbered thing the tagger reads as a place: a name with a number and 号 and no word of an
 * address (诺安金狮66号|资管计划 and 钜鑫3号 are plans, 东方红9号 a fund, 银监55号文 a regulator's
 * notice, 华恢1号 a rice variety, 泰国3号 a rubber grade; 江陵路2031号, 5号院10号楼, 西河沿甲215号 are
 * addresses: twelfth session, comp15). */
static bool numbered_thing(const gx_article *art, gx_span s)
{
    static const char32_t ADDRESS[] =
        U"路街道巷弄里村院楼厦座室层幢栋区镇乡场园港站桥门线头口甲乙丙沿岸湾苑府城坊屯庄寨";
    bool numbered = false;
    for (int32_t k = s.start + 1; k < s.end && !numbered; k++)
        numbered = art->cp[k] == 0x53F7 /* 号 */ && gx_is_digit(art->cp[k - 1]);
    for (int32_t k = s.start; k < s.end && numbered; k++)
        for (const char32_t *a = ADDRESS; *a && numbered; a++)
            numbered = art->cp[k] != (uint32_t)*a;
    return numbered;
}

/* Does the text write s's characters at least three times, followed by at least two different
 * characters and preceded by at least two different ones (叫候长锋代办, 法人候长锋初审, 可是候长锋又说)?
 * Then the span is a unit of the text, not a piece of a longer word (多米尼|加 is always
 * followed by 加). */
static bool repeated_unit(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t n = s.end - s.start;
    int occ = 0;
    uint32_t after0 = 0, before0 = 0;
    bool after2 = false, before2 = false;
    for (int32_t i = gx_text_place_first(art, cp + s.start); i >= 0; i = gx_text_place_next(art, i)) {
        if (i + n > art->ncp || memcmp(cp + i, cp + s.start, sizeof(uint32_t) * (size_t)n))
            continue;
        uint32_t a = i + n < art->ncp ? cp[i + n] : 0, b = i > 0 ? cp[i - 1] : 0;
        if (occ++ == 0) {
            after0 = a;
            before0 = b;
        }
        after2 |= a != after0;
        before2 |= b != before0;
    }
    return occ >= 3 && after2 && before2;
}

/* Whether the tagger reads another Chinese name of two or three characters right after s, a
 * common surname opening it: two names written side by side, the first of a rare surname the list
 * lacks (伞翔宇|张俊, as 高广滨|姜治莹 beside it; twenty-sixth session, people39). */
static bool surname_name_after(const gx_engine *eng, const gx_article *art, gx_span s)
{
    if (s.end >= art->ncp || !gx_lexicon_char_is(eng->lexicon, art->cp[s.end], GX_LEX_COMMON_SURNAME))
        return false;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *o = &art->candidates.v[i];
        int32_t n = o->span.end - o->span.start;
        if (o->type == GX_ENT_PERSON && o->source == GX_SRC_TAGGER && o->span.start == s.end && n >= 2 && n <= 3 &&
            o->score >= 0.5f)
            return true;
    }
    return false;
}

bool gx_shape_tagger_ok(const gx_engine *eng, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    gx_span s = c->span;
    int32_t len = s.end - s.start;
    int cjk = 0, upper_words = 0;
    for (int32_t k = s.start; k < s.end; k++) {
        /* a middle dot belongs to a transliterated name (哈莉·贝丽) */
        cjk += gx_is_cjk(cp[k]) || (is_name_joiner(cp[k]) && k > s.start && k + 1 < s.end && gx_is_cjk(cp[k - 1])) ||
               stop_joined(cp, s, k);
        if (gx_is_upper(cp[k]) && (k == s.start || cp[k - 1] == ' '))
            upper_words++;
    }
    if (!eng->lexicon || len < 2 || (!gx_is_alnum(cp[s.start]) && !gx_is_cjk(cp[s.start])))
        return false;
    bool bracketed = bracketed_region(eng, art, c);
    /* no clause punctuation inside a name (华鹏飞:|公司控股股东 in a headline), nor a title's or a
     * heading's bracket (【小蜜淘】|公司简介 holds 蜜淘】公司) */
    for (int32_t k = s.start; k < s.end; k++)
        if (((cp[k] == '(' || cp[k] == ')') && !bracketed) || cp[k] == 0x3001 || cp[k] == ',' || cp[k] == 0x3002 ||
            cp[k] == ':' || cp[k] == ';' || cp[k] == '!' || cp[k] == '?' || (cp[k] >= 0x300A && cp[k] <= 0x300B) ||
            (cp[k] >= 0x3010 && cp[k] <= 0x3011))
            return false;
    /* never split a Latin word (ETF S|ecurities) */
    if ((s.start > 0 && gx_is_alnum(cp[s.start]) && gx_is_alnum(cp[s.start - 1])) ||
        (s.end < art->ncp && gx_is_alnum(cp[s.end - 1]) && gx_is_alnum(cp[s.end])))
        return false;
    if ((c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION || c->type == GX_ENT_GOVERNMENT) &&
        (c->score < 0.3f || (len <= 2 && c->score < short_body_floor(art, c)) ||
         ends_with_kind(eng, art, s, GX_LEX_BAD_ENDING, 2) || industry_item(art, s)))
        return false;
    /* a name does not open on the unit of a number written before it (3,700亿|人币工商银行, 20万|元宝):
     * 亿 万 千 百 right after a digit close that number (twenty-second session, comp47) */
    if (c->type == GX_ENT_COMPANY && gx_shape_opens_on_number_unit(art, s))
        return false;
    /* what one earns is money, not a firm (赚不到|快钱, 赚到|大钱): a company reading right after
     * 赚/挣 (and 到, 不到, 取) */
    if (c->type == GX_ENT_COMPANY && s.start > 0) {
        int32_t v = s.start;
        if (v >= 2 && cp[v - 2] == 0x4E0D /* 不 */ && cp[v - 1] == 0x5230 /* 到 */)
            v -= 2;
        else if (v >= 1 && (cp[v - 1] == 0x5230 /* 到 */ || cp[v - 1] == 0x53D6 /* 取 */))
            v--;
        if (v > 0 && (cp[v - 1] == 0x8D5A /* 赚 */ || cp[v - 1] == 0x6323 /* 挣 */))
            return false;
    }
    /* a law named after its finder is no firm (摩尔|定律, 墨菲|法则; comp18) */
    if (c->type == GX_ENT_COMPANY && s.end + 2 <= art->ncp &&
        ((cp[s.end] == 0x5B9A /* 定 */ && cp[s.end + 1] == 0x5F8B /* 律 */) ||
         (cp[s.end] == 0x6CD5 /* 法 */ && cp[s.end + 1] == 0x5219 /* 则 */)))
        return false;
    /* a social handle that runs on past the name before its colon (@徐小|自言自语者：) is no
     * person; a handle that is the name is one (@童思侃) */
    if (c->type == GX_ENT_PERSON && s.start > 0 && cp[s.start - 1] == '@' && s.end < art->ncp && gx_is_cjk(cp[s.end])) {
        int32_t k = s.end;
        while (k < art->ncp && k - s.end < 12 && gx_is_cjk(cp[k]))
            k++;
        if (k < art->ncp && (cp[k] == ':' || cp[k] == 0xFF1A))
            return false;
    }
    uint32_t last = cp[s.end - 1];
    (void)last;
    switch (c->type) {
    case GX_ENT_PERSON:
        if (cjk == len) {
            /* a transliterated name with its middle dot (马克·休斯, 皮尔斯·布鲁斯南): the dot is
             * evidence of a name; it never opens or closes one (安妮· cut short) */
            int dots = 0;
            for (int32_t k = s.start; k < s.end; k++)
                dots += !gx_is_cjk(cp[k]);
            if (dots)
                return !is_name_joiner(cp[s.start]) && !is_name_joiner(cp[s.end - 1]) && len <= 16 && c->score >= 0.3f;
            /* a transliteration may be long (梅赫曼帕拉斯特) when the tagger thinks it more likely
             * right than wrong */
            if (len > 10 || (len > 6 && c->score < 0.5f) || gx_lexicon_is(eng->lexicon, GX_LEX_POSITION, cp + s.start, len))
                return false;
            /* a drug or a chemical is no name (伊马替尼, 丁二烯); nor a firm (吉恩镍业) or an
             * institution (赫桥智库), a name cut from a material word (杨行铜|材) or a columnist's
             * persona (风云君) */
            if (substance_name(art, s) || (len >= 3 && gx_shape_firm_ending(eng->lexicon, art, s) > 0) ||
                (len >= 4 && ends_with_kind(eng, art, s, GX_LEX_ORG_SUFFIX, 2)) ||
                cut_from_material(art, s) || persona_name(eng, art, s))
                return false;
            /* a market or its index opening the span is no name (纳指|齐涨, 道指|涨) */
            if (eng->quantities && gx_qtylex_longest_fwd(cp, s.end, s.start, eng->quantities, GX_QW_MARKET))
                return false;
            /* a surname and a form of address is no name (陈小姐, 李先生, 孙总); nor 谢谢 (谢谢罗|会长) */
            if (honorific_only(eng, art, s))
                return false;
            /* a word of money no name has (我想找的唐赚科, a rebate app's pun): none of the 19,097
             * names of data/tagger/names.txt holds 赚 赔 骗 贷 亏 款 涨 跌 */
            for (int32_t k = s.start + 1; k < s.end; k++)
                if (gx_cp_in(cp[k], U"赚赔骗贷亏款涨跌"))
                    return false;
            /* one joins a team, not a person (期待您的加入加玉子 at the end of a promotion): a reading
             * right after 加入 that closes its clause (加入张三的团队 keeps 张三) */
            if (s.start >= 2 && cp[s.start - 2] == 0x52A0 /* 加 */ && cp[s.start - 1] == 0x5165 /* 入 */ &&
                (s.end >= art->ncp || !gx_is_cjk(cp[s.end])))
                return false;
            /* 者 makes a doer of a word (投资者, 脱颖者), it ends no name (none of data/tagger/names.txt) */
            if (cp[s.end - 1] == 0x8005 /* 者 */)
                return false;
            /* a kind of stock or a status is no name (白马股, 概念股, …同学) */
            if (ends_with_kind(eng, art, s, GX_LEX_BAD_ENDING, 2))
                return false;
            /* names do not end in a building or an administrative unit (航站楼), an office (董秘办),
             * a currency (莱特币) or a faction (德隆系) */
            static const uint32_t place_end[] = {0x697C, 0x7AD9, 0x573A, 0x5382, 0x5E97, 0x9986, 0x5C40, 0x9662,
                                                 0x90E8, 0x53F8, 0x5BA4, 0x6240, 0x5904, 0x533A, 0x5E02, 0x7701,
                                                 0x53BF, 0x9547, 0x6751, 0x8DEF, 0x8857, 0x6E2F, 0x65D7 /* 旗 */,
                                                 0x529E /* 办 */, 0x5E01 /* 币 */, 0x7CFB /* 系 */,
                                                 0x94FE /* 链: a chain, 托富链 (none of names.txt ends in it) */};
            bool surname = gx_lexicon_is(eng->lexicon, GX_LEX_SURNAME, cp + s.start, 1) ||
                           gx_lexicon_is(eng->lexicon, GX_LEX_SURNAME, cp + s.start, 2);
            /* (a surname and one such character is still a name when the tagger is sure, or
             * fairly sure after a function character: 与张路交流) */
            bool after_function = s.start > 0 && (gx_lexicon_char_is(eng->lexicon, cp[s.start - 1], GX_LEX_NOT_GIVEN) ||
                                                  gx_lexicon_char_is(eng->lexicon, cp[s.start - 1], GX_LEX_LEFT_STOP));
            for (size_t k = 0; k < sizeof place_end / sizeof place_end[0]; k++)
                if (cp[s.end - 1] == place_end[k] &&
                    !(surname && len == 2 && (c->score >= 0.9f || (c->score >= 0.8f && after_function))))
                    return false;
            bool left_edge = s.start == 0 || !gx_is_cjk(cp[s.start - 1]) ||
                             gx_lexicon_char_is(eng->lexicon, cp[s.start - 1], GX_LEX_LEFT_STOP) ||
                             gx_lexicon_char_is(eng->lexicon, cp[s.start - 1], GX_LEX_NOT_GIVEN) ||
                             (c->score >= 0.6f && title_ends_at(eng, art, s.start));
            bool right_edge = name_right_edge(eng, art, s.end) || gx_shape_title_starts_at(eng, art, s.end);
            /* punctuation or the text's ends on both sides ((张永和), 、X、): the span is a unit */
            bool enclosed = (s.start == 0 || !gx_is_cjk(cp[s.start - 1])) &&
                            (s.end >= art->ncp || !gx_is_cjk(cp[s.end]));
            /* a place and 人 is where someone comes from (沈阳人), not a name */
            if (len >= 3 && cp[s.end - 1] == 0x4EBA /* 人 */ &&
                gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, len - 1))
                return false;
            /* a name right before 榜 names a ranking (胡润百富榜, 福布斯榜), no person there */
            if (s.end < art->ncp && cp[s.end] == 0x699C /* 榜 */)
                return false;
            /* two characters with no surname ending in a function character (总裁|争啥：) */
            if (len == 2 && !surname && gx_lexicon_char_is(eng->lexicon, cp[s.end - 1], GX_LEX_NOT_GIVEN))
                return false;
            if (len == 2 && !left_edge && !right_edge && c->score < 0.7f)
                return false; /* two characters inside running text (白马龙头股), unless the tagger
                               * is fairly sure (泰斗金庸本名) */
            /* a given name seldom has function characters (白马|股; 谢有福 and 陈嘉上 do, and the
             * tagger is sure of those) and a company word does not follow a person (易方达|基金);
             * in the middle of a surname name with a clear left edge the tagger's even odds are
             * enough (，张无忌大展: the character is not where the name ends) */
            for (int32_t k = s.start + 1; k < s.end && c->score < 0.6f && !enclosed; k++) {
                bool middle_ok = k < s.end - 1 && surname && len == 3 && left_edge && c->score >= 0.5f;
                if (!middle_ok && gx_lexicon_char_is(eng->lexicon, cp[k], GX_LEX_NOT_GIVEN))
                    return false;
            }
            for (int n = 2; n <= 4 && s.end + n <= art->ncp; n++)
                if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.end, n))
                    return false;
            if (s.end + 2 <= art->ncp && ((cp[s.end] == 0x57FA && cp[s.end + 1] == 0x91D1) /* 基金 */ ||
                                          (cp[s.end] == 0x516C && cp[s.end + 1] == 0x53F8) /* 公司 */))
                return false;
            /* a surname and one character the tagger is unsure of, glued to the text on a side
             * (陆基|中段, 金鹰|基金): as often a word that starts with a surname */
            if (surname && len == 2 && c->score < 0.4f && !(left_edge && right_edge))
                return false;
            /* a Chinese name is no longer than four characters; a longer reading after a surname
             * is a transliteration, whose characters are the table's (马尔科维奇, 史蒂夫奈尔斯;
             * not 姚劲波祝贺贝壳, a name glued to a verb and its object) */
            if (surname && gx_shape_glued_name(eng, art, s))
                return false;
            /* four characters ending in 宝: a platform or a product
             * (金吉利宝, like 余额宝 招财宝); none of the 38 four-character names of names.txt ends so */
            if (len == 4 && cp[s.end - 1] == 0x5B9D /* 宝 */)
                return false;
            if (surname)
                /* three or more characters after a surname: a Chinese name up to four, a
                 * transliteration (马尔科维奇, 史蒂夫奈尔斯) when the tagger thinks it more likely right */
                return len <= 4 || c->score >= 0.5f;
            /* two characters without a surname (维保, 太平): the tagger must be sure, or fairly
             * sure with a clear edge (记者春丽, 梵高的), or unsure (0.4-0.5) with clear edges on
             * both sides (，本兮在, 佩林不得不); company_short_name() in gx_resolve_people.c refuses the
             * short names of companies (杰瑞等公司) */
            if (len == 2) {
                /* (below 0.6, an edge of an enumeration does not count: 检测、维保、交易 lists
                 * words as often as names; a name listed with a person gains through
                 * person_evidence) */
                bool left_x = left_edge && !(s.start > 0 && cp[s.start - 1] == 0x3001);
                bool right_x = right_edge && !(s.end < art->ncp && cp[s.end] == 0x3001);
                return c->score >= 0.9f || (c->score >= 0.6f && (left_edge || right_edge)) ||
                       (c->score >= 0.5f && (left_x || right_x)) || (c->score >= 0.4f && left_x && right_x);
            }
            /* a short transliteration glued to more text (多米尼 of 多米尼加) is cut off, unless the
             * text writes the same three characters as a unit elsewhere (叫候长锋代办, 法人候长锋初审,
             * 可是候长锋又说: a name whose surname is mistyped) */
            if (len == 3 && !right_edge && c->score < 0.6f && !(c->score >= 0.5f && repeated_unit(art, s)) &&
                !surname_name_after(eng, art, s))
                return false;
            return true;
        }
        /* a Chinese surname and a given name written in pinyin, glued (召必回张Peng是任务帮创始人): one
         * capitalised Latin word in lower case after it, when the tagger is fairly sure */
        if (cjk == 1 && len >= 3 && len <= 9 && c->score >= 0.6f && gx_lexicon_is(eng->lexicon, GX_LEX_SURNAME, cp + s.start, 1) &&
            gx_is_upper(cp[s.start + 1])) {
            bool lower = true;
            for (int32_t k = s.start + 2; k < s.end && lower; k++)
                lower = cp[k] >= 'a' && cp[k] <= 'z';
            return lower && (s.end >= art->ncp || !gx_is_alnum(cp[s.end]));
        }
        /* Latin: two capitalised words at least, also glued (JohnParkes); a lone word is as
         * often a product (Hopper, MacBook, Adsense) unless the tagger is sure; never all
         * capitals (AI) */
        if (cjk != 0)
            return false;
        {
            int words = 0, lower = 0;
            for (int32_t k = s.start; k < s.end; k++) {
                /* an inner capital opens a word when lower case follows it (JohnParkes, not
                 * SlayerS) */
                if (gx_is_alnum(cp[k]) && (k == s.start || !gx_is_alnum(cp[k - 1]) ||
                                           (gx_is_upper(cp[k]) && cp[k - 1] >= 'a' && cp[k - 1] <= 'z' &&
                                            k + 1 < s.end && cp[k + 1] >= 'a' && cp[k + 1] <= 'z')))
                    words++;
                lower += cp[k] >= 'a' && cp[k] <= 'z';
            }
            const char32_t *const *const PARTICLES =
                gx_lexicon_words(eng->lexicon, GX_WL_TAGGER_PARTICLE);
            for (int32_t k = s.start + 1; k < s.end; k++) {
                if (cp[k - 1] != ' ' || cp[k] < 'a' || cp[k] > 'z')
                    continue;
                int32_t w = gx_word_at(art, k, PARTICLES);
                if (w == 0 || k + w >= s.end || cp[k + w] != ' ')
                    return false;
            }
            if (lower == 0) /* all capitals (AI, CEO), unless the tagger is sure of a handle (GRUBBY) */
                return len >= 3 && c->score >= 0.9f;
            /* (words in lower case only, joined by a hyphen or a space, write a common noun:
             * 智能投资顾问（robo-advisor）; people41) */
            if (words >= 2)
                return upper_words > 0 || c->score >= 0.9f;
            /* one word is as often a product or a source (Hopper, Markit的调查): the tagger
             * must be sure, or fairly sure with a title before it or a speech verb after it
             * (负责人julia, Linda说) */
            if (c->score < 0.8f)
                return false;
            bool title_before = title_ends_at(eng, art, s.start), speech_after = false;
            if (s.end < art->ncp) {
                uint32_t nx = cp[s.end];
                speech_after = nx == 0x8BF4 /* 说 */ || nx == 0x79F0 /* 称 */ || nx == 0x8868 /* 表 */ ||
                               nx == 0x8BA4 /* 认 */ || nx == 0x6307 /* 指 */ || nx == 0x900F /* 透 */ ||
                               nx == 0x5F3A /* 强 */ || nx == 0x544A /* 告 */;
            }
            return c->score >= 0.9f || title_before || speech_after;
        }
    case GX_ENT_COMPANY:
        if (contains_cp(art, s, 0x65D7, 0x4E0B)) /* 旗下 */
            return false;
        if (ends_with_kind(eng, art, s, GX_LEX_NOT_ENTITY, 3)) /* ...创业公司, ...母公司 */
            return false;
        /* a legal form after nothing but a business word or two glued characters (控股|有限公司,
         * 专|用车有限公司) is a cut name */
        for (int n = 4; n <= 7 && n < len; n++) {
            if (!gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.end - n, n))
                continue;
            int32_t rest = len - n;
            bool glued = s.start > 0 && gx_is_cjk(cp[s.start - 1]);
            if ((rest <= 2 && glued) || gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.start, rest) ||
                gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.start, rest) ||
                gx_lexicon_is(eng->lexicon, GX_LEX_ORG_SUFFIX, cp + s.start, rest))
                return false;
        }
        /* a kind of business, not a name: a generic word alone or with a company word after it
         * (券商资管, 新三板|公司, 生物医药|公司), or a place and such a word (中国|证券|市场) */
        {
            int32_t body = len;
            if (len >= 3 && ((cp[s.end - 2] == 0x516C && cp[s.end - 1] == 0x53F8) ||   /* 公司 */
                             (cp[s.end - 2] == 0x96C6 && cp[s.end - 1] == 0x56E2) ||   /* 集团 */
                             (cp[s.end - 2] == 0x4F01 && cp[s.end - 1] == 0x4E1A)))    /* 企业 */
                body = len - 2;
            if (gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.start, body))
                return false;
            /* a place and a company word (香港|公司, 英国|公司) */
            if (body < len && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, body))
                return false;
            /* a foreign country, a kind of business and the company word after a descriptor (一家专业的|
             * 澳大利亚|基金管理|公司, 一家|美国|科技|公司): a kind of firm of that country, no name; not
             * without the descriptor (印度航空公司 may be Air India), a mainland place nor 中国 (湖北证券公司,
             * 中国投资公司 may be names; twenty-second session, comp44) */
            bool described = s.start > 0 && (cp[s.start - 1] == 0x7684 /* 的 */ || cp[s.start - 1] == 0x5BB6 /* 家 */ ||
                                             cp[s.start - 1] == 0x4E2A /* 个 */);
            for (int32_t n = 2; described && body < len && n <= 5 && n + 2 <= body; n++)
                if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, n) &&
                    !gx_lexicon_is_home_region(eng->lexicon, cp + s.start, n) &&
                    !(n == 2 && cp[s.start] == 0x4E2D && cp[s.start + 1] == 0x56FD) /* 中国 */ &&
                    gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.start + n, body - n))
                    return false;
            /* a place and a business word glued to more text (中国证券|市场, 英国银行|类股); a
             * regional broker standing alone (名叫湖北证券，) is a name */
            /* ... or glued to a firm's name before it and a title after it: a desk of that firm
             * (花旗研究|美国证券|首席策略师: its US equities) */
            bool desk = gx_shape_glued_left(eng, art, s.start) && gx_shape_title_starts_at(eng, art, s.end);
            for (int32_t k = s.start + 2; k + 2 <= s.start + body && k - s.start <= 5 && (desk || gx_shape_glued_right(eng, art, s.end)); k++)
                if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, k - s.start) &&
                    gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + k, s.start + body - k))
                    return false;
        }
        /* the tail of a legal form (有|限责任公司) */
        for (int n = 1; n <= 3 && n <= s.start; n++)
            if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.start - n, len + n))
                return false;
        /* one character + 公司 or 集团 that the tagger is not sure of (占公司总股本, 由於集团增加) */
        if (len == 3 && c->score < 0.8f &&
            ((cp[s.end - 2] == 0x516C && cp[s.end - 1] == 0x53F8) || (cp[s.end - 2] == 0x96C6 && cp[s.end - 1] == 0x56E2)))
            return false;
        /* a company's accounts, not an asset manager (普瑞物联资产|总计为, X资产|负债率) */
        if (len >= 4 && cp[s.end - 2] == 0x8D44 && cp[s.end - 1] == 0x4EA7 /* 资产 */ &&
            gx_word_at(art, s.end, gx_lexicon_words(eng->lexicon, GX_WL_ACCOUNT_WORD)))
            return false;
        /* a preposition before a bare legal or business word (经|会计师事务所遵照…审计, 由|证券公司), or
         * the 中 of 在…中 glued to the word before it (银信合作|中|信托为银行担当通道) */
        if (len >= 3 && (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY_SUFFIX, cp + s.start + 1, len - 1) ||
                         gx_lexicon_is(eng->lexicon, GX_LEX_GENERIC_BODY, cp + s.start + 1, len - 1))) {
            static const char32_t PREP[] = U"经由被向对在从将把与和及因";
            for (const char32_t *p = PREP; *p; p++)
                if (cp[s.start] == (uint32_t)*p)
                    return false;
            if (cp[s.start] == 0x4E2D /* 中 */ && len == 3 && s.start >= 2 && gx_is_cjk(cp[s.start - 1]) &&
                !gx_lexicon_char_is(eng->lexicon, cp[s.start - 1], GX_LEX_LEFT_STOP) &&
                !gx_lexicon_char_is(eng->lexicon, cp[s.start - 1], GX_LEX_NOT_GIVEN))
                return false;
        }
        /* a figure of people or firms, not a name (美国工人工资的增加, 员工薪酬) */
        if (len >= 4 && gx_word_ending(cp, s.start, s.end,
                                       (const char32_t *const[]){U"工资", U"薪酬", U"薪资", U"收入", U"利润", U"成本", NULL}) > 0)
            return false;
        /* a subject and a copula before 公司 (虞江明为公司董事, …是公司第一大股东) */
        if (len >= 5 && cp[s.end - 2] == 0x516C && cp[s.end - 1] == 0x53F8 &&
            (cp[s.end - 3] == 0x4E3A /* 为 */ || cp[s.end - 3] == 0x662F /* 是 */))
            return false;
        /* a verb + 公司 (拓展公司发展赛道) */
        if (len >= 4 && cp[s.end - 2] == 0x516C && cp[s.end - 1] == 0x53F8 &&
            gx_lexicon_is(eng->lexicon, GX_LEX_LEFT_STOP, cp + s.start, len - 2))
            return false;
        /* a place and a short Latin token (上海AI of 上海AI芯片企业) */
        for (int32_t k = s.start + 1; k < s.end; k++)
            if (!gx_is_cjk(cp[k]) && gx_is_cjk(cp[k - 1]) && s.end - k <= 3 &&
                gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, k - s.start))
                return false;
        /* a short all-capital token (CUDA, CANN, AI) is more often a product or a field */
        if (cjk == 0 && len <= 4 && c->score < 0.75f) {
            bool caps = true;
            for (int32_t k = s.start; k < s.end; k++)
                caps &= gx_is_upper(cp[k]) || gx_is_digit(cp[k]);
            if (caps)
                return false;
        }
        return true;
    case GX_ENT_GOVERNMENT:
        /* a body ends in a body's word (…部, …局, …委, …政府): not 中国房地产, 国防军工, 风险监管;
         * or in 部门 after what it is in charge of, when the tagger is fairly sure (房产部门,
         * 房屋土地管理部门, 美国监管部门; the bare 监管部门 is no entity) */
        if (len >= 4 && cp[s.end - 2] == 0x90E8 /* 部 */ && cp[s.end - 1] == 0x95E8 /* 门 */)
            return c->score >= 0.7f;
        if (gx_shape_countries_word(art, s))
            return false;
        /* a department before a company post is a company's (品管部|总监, 市场部|经理) */
        if (cp[s.end - 1] == 0x90E8 /* 部 */ && gx_word_at(art, s.end, COMPANY_POSTS))
            return false;
        if (len >= 5 && (cp[s.end - 1] == 0x7701 /* 省 */ || (cp[s.end - 2] == 0x4E2D && cp[s.end - 1] == 0x5FC3) /* 中心 */))
            return gov_of_region(eng, art, c);
        return !gx_is_alnum(cp[s.end - 1]) && !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, len) &&
               gx_lexicon_char_is(eng->lexicon, cp[s.end - 1], GX_LEX_GOV_HEAD);
    case GX_ENT_ORGANIZATION:
        /* a bare region or country is a place, not an organization (深圳, 拉萨, 美国) */
        return !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s.start, len);
    case GX_ENT_LOCATION:
        /* a surname and 氏 is a family, no place (吴氏家族) */
        if (len == 2 && cp[s.start + 1] == 0x6C0F /* 氏 */ && gx_lexicon_char_is(eng->lexicon, cp[s.start], GX_LEX_SURNAME))
            return false;
        /* a body's side is no place's name (灌云县卫生局|南侧: the body is named, the site is told by it) */
        if (len >= 5 && cp[s.end - 1] == 0x4FA7 /* 侧 */ && gx_cp_in(cp[s.end - 2], U"东南西北") &&
            gx_lexicon_char_is(eng->lexicon, cp[s.end - 3], GX_LEX_GOV_HEAD))
            return false;
        return !numbered_thing(art, s);
    case GX_ENT_PRODUCT:
        return true;
    case GX_ENT_POSITION:
        return true;
    default:
        return false;
    }
}

/* A count of countries is several bodies, none named (中国、新加坡两国政府, 中美两国政府, 各国政府):
 * 两国/各国/多国/三国 inside the name. */
bool gx_shape_countries_word(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    for (int32_t k = s.start; k + 1 < s.end; k++)
        if (cp[k + 1] == 0x56FD /* 国 */ &&
            (cp[k] == 0x4E24 /* 两 */ || cp[k] == 0x5404 /* 各 */ || cp[k] == 0x591A /* 多 */ || cp[k] == 0x4E09 /* 三 */))
            return true;
    return false;
}

/* 财政部|门, 司法部|门, 商务部|门: a body's name ending in 部 that the text continues with 门 is
 * the generic word for the departments of that field (财政部门 = finance departments), not the
 * ministry. */
bool gx_shape_department_word(const gx_article *art, gx_span s)
{
    return s.end < art->ncp && s.end - s.start >= 2 && art->cp[s.end - 1] == 0x90E8 /* 部 */ &&
           art->cp[s.end] == 0x95E8 /* 门 */;
}

/* A tagger's or rule's legal name (…有限公司) that starts right after a region the text names
 * before it (台湾|宇珍国际艺术有限公司, 在上海|某某科技有限公司): a registered name begins with its
 * region, so the region is taken in when nothing is glued before it. */
bool gx_shape_take_region(const gx_engine *eng, const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if (c->type != GX_ENT_COMPANY || e - s < 6 || !gx_is_cjk(cp[s]))
        return false;
    /* a country or region of three to five characters the name's start cuts (马来|西亚大地贸易公司):
     * the whole place opens the firm's name (twenty-first session, comp42) */
    if (cp[e - 2] == 0x516C /* 公 */ && cp[e - 1] == 0x53F8 /* 司 */)
        for (int n = 5; n >= 3; n--)
            for (int k = 1; k < n && k <= s; k++)
                if (s - k + n < e - 4 && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s - k, n)) {
                    c->span.start = s - k;
                    return true;
                }
    /* one or two characters glued to the text before a province or city of the mainland that opens
     * the rest (基金管理人|江苏东方之光律师事务所, read 人江苏…): the words before the region end
     * there, the name starts at the region, when the article names the rest alone elsewhere (not
     * 对中新|苏州工业园区创业投资有限公司, where 中新 is the name's; twenty-fifth session, comp60) */
    if (s >= 1 && gx_is_cjk(cp[s - 1]))
        for (int k = 1; k <= 2; k++) {
            int r = 0;
            for (int n = 3; n >= 2 && !r; n--)
                if (s + k + n + 4 <= e && gx_lexicon_is_home_region(eng->lexicon, cp + s + k, n))
                    r = n;
            bool region_at_start = false;
            for (int n = 2; n <= 3 && !region_at_start; n++)
                region_at_start = gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s, n);
            if (!r || region_at_start || !gx_is_cjk(cp[s + k - 1]) || !gx_is_cjk(cp[s + k + r]))
                continue;
            gx_span rest = {s + k, e};
            if (gx_cand_same_text(cp, art->candidates.v, art->candidates.n, rest, 1u << c->type, true) >= 0) {
                c->span.start = rest.start;
                return true;
            }
            break;
        }
    if (!ends_with_kind(eng, art, (gx_span){e - 4, e}, GX_LEX_COMPANY_SUFFIX, 4))
        return false;
    for (int n = 4; n >= 2; n--)
        if (s - n >= 0 && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s - n, n) && !gx_shape_glued_left(eng, art, s - n)) {
            c->span.start = s - n;
            return true;
        }
    /* a personal pronoun before a region that opens the name (打电话给我|南京乐咖商业管理有限公司):
     * the speaker, no part of the name (comp42) */
    if (cp[s] == 0x6211 /* 我 */ || cp[s] == 0x4F60 /* 你 */ || cp[s] == 0x4ED6 /* 他 */ || cp[s] == 0x5979 /* 她 */)
        for (int n = 4; n >= 2; n--)
            if (s + 1 + n < e - 4 && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s + 1, n)) {
                c->span.start = s + 1;
                return true;
            }
    return false;
}

/* A tagger's or rule's company that opens with one character and 省 or 市 (招标人遵|义市红花岗区国有
 * 资产投资经营有限责任公司, 甘|肃省兰州市分公司): the name begins inside its region, whose first
 * character is glued before it; no province or city is named by one character and 省/市, so that
 * character is taken in. Not when a word of the lexicon opens the name (退市|海润). */
bool gx_shape_whole_region(const gx_engine *eng, const gx_article *art, const gx_cand_ix *ix,
                           gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start;
    /* ... nor a city of three characters cut after its first (必经之路攀|枝花市商业银行): when the
     * tagger's place lexicon knows the glued character, the two after it and 市 or 县 as a place and
     * not the two and 市/县 alone (绵阳市 is one: 路|绵阳市商业银行 stays), the character is taken
     * in (twenty-third session, comp48) */
    if ((c->type == GX_ENT_COMPANY || c->type == GX_ENT_ORGANIZATION) && c->span.end - s >= 5 && s >= 1 &&
        gx_is_cjk(cp[s - 1]) && gx_is_cjk(cp[s]) && gx_is_cjk(cp[s + 1]) &&
        (cp[s + 2] == 0x5E02 /* 市 */ || cp[s + 2] == 0x53BF /* 县 */) &&
        gx_tagger_place_word(eng->tagger, cp + s - 1, 4) && !gx_tagger_place_word(eng->tagger, cp + s, 3) &&
        !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s, 2)) {
        c->span.start = s - 1;
        return true;
    }
    /* ... nor a tagger's company at a clear left edge (text or line start, punctuation) but for one
     * character, that character and the name's first making a word of the tagger's lexicon where the
     * name's first two make no ordinary word (\n首|都城投集团: 首都; twenty-fourth session, comp53): the word was
     * cut, the character is taken in */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - s >= 4 && s >= 1 &&
        gx_is_cjk(cp[s - 1]) && gx_is_cjk(cp[s]) && gx_is_cjk(cp[s + 1]) &&
        (s == 1 || (!gx_is_cjk(cp[s - 2]) && !gx_is_alnum(cp[s - 2]))) &&
        gx_tagger_common_word(eng->tagger, cp + s - 1, 2) && !gx_tagger_common_word(eng->tagger, cp + s, 2) &&
        !gx_lexicon_is(eng->lexicon, GX_LEX_LEFT_STOP, cp + s - 1, 2) &&
        !gx_lexicon_is(eng->lexicon, GX_LEX_LEFT_STOP, cp + s - 1, 1)) {
        c->span.start = s - 1;
        return true;
    }
    /* ... nor a tagger's company one character after glued text where the article names a company that
     * opens with that character and the name's first, read sure elsewhere (聆听正|宇控股集团公司 beside
     * 与|正宇集团公司, 0.96): the name was cut inside its trade name, the character is taken in
     * (twenty-fifth session, comp60) */
    if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_COMPANY && c->span.end - s >= 4 && s >= 2 && gx_is_cjk(cp[s - 1]) &&
        gx_is_cjk(cp[s]) && !gx_lexicon_char_is(eng->lexicon, cp[s - 1], GX_LEX_LEFT_STOP) &&
        !gx_lexicon_char_is(eng->lexicon, cp[s - 1], GX_LEX_NOT_GIVEN) && !gx_tagger_common_word(eng->tagger, cp + s - 1, 2))
    {
        /* (the companies that open with those two characters: at the places they are written,
         * no walk over every candidate; quad29) */
        gx_cand_place_it it;
        for (int q = gx_cand_place_first(&it, ix, art, cp + s - 1, s - 1); q >= 0;
             q = gx_cand_place_next(&it)) {
            const gx_candidate *o = &art->candidates.v[q];
            if (o->type == GX_ENT_COMPANY && o->source == GX_SRC_TAGGER && o->score >= 0.8f && o->span.start != s - 1 &&
                o->span.end - o->span.start >= 4 && cp[o->span.start] == cp[s - 1] && cp[o->span.start + 1] == cp[s] &&
                (o->span.start == 0 || cp[o->span.start - 1] != cp[s - 2])) {
                c->span.start = s - 1;
                return true;
            }
        }
    }
    if (c->type != GX_ENT_COMPANY || c->span.end - s < 6 || s < 1 || !gx_is_cjk(cp[s - 1]) || !gx_is_cjk(cp[s]) ||
        (cp[s + 1] != 0x7701 /* 省 */ && cp[s + 1] != 0x5E02 /* 市 */))
        return false;
    static const gx_lex_kind WORDS[] = {GX_LEX_LEFT_STOP, GX_LEX_COMPANY, GX_LEX_GOVERNMENT, GX_LEX_ORGANIZATION,
                                        GX_LEX_POSITION};
    for (size_t k = 0; k < sizeof WORDS / sizeof WORDS[0]; k++)
        if (gx_lexicon_is(eng->lexicon, WORDS[k], cp + s, 2))
            return false;
    c->span.start = s - 1;
    return true;
}

bool gx_shape_tagger_city(const struct gx_tagger *t, const uint32_t *w, int n, bool alone)
{
    if (n < 2 || n > 3)
        return false;
    uint32_t city[4];
    for (int k = 0; k < n; k++) {
        if (!gx_is_cjk(w[k]))
            return false;
        city[k] = w[k];
    }
    if (alone && !gx_tagger_place_word(t, w, n))
        return false;
    city[n] = 0x5E02; /* 市 */
    if (gx_tagger_place_word(t, city, n + 1))
        return true;
    /* (a county only with its 县 written after it: read alone, a county's name is too often an
     * ordinary word or a firm's word — 东海, 太平, 兴国) */
    city[n] = 0x53BF; /* 县 */
    return !alone && gx_tagger_place_word(t, city, n + 1);
}

int32_t gx_shape_place_bank(const struct gx_tagger *t, const gx_article *art, int32_t from, int32_t end)
{
    static const char32_t *const ENDINGS[] = {U"农村商业银行", U"农商银行", U"村镇银行", U"商业银行", U"银行", NULL};
    const uint32_t *cp = art->cp;
    /* (every ending ends in 银行: the rest of the names only tested where the text has it; speed29) */
    if (end - from < 4 || cp[end - 2] != 0x94F6 /* 银 */ || cp[end - 1] != 0x884C /* 行 */)
        return -1;
    for (int k = 0; ENDINGS[k]; k++) {
        int32_t n = 0;
        while (ENDINGS[k][n])
            n++;
        if (end - n - from < 2 || gx_word_at(art, end - n, ENDINGS) != n)
            continue;
        for (int32_t place = 3; place >= 2; place--)
            if (end - n - place >= from && gx_shape_tagger_city(t, cp + end - n - place, place, false))
                return end - n - place;
        return -1;
    }
    return -1;
}

/* A tagger's company of three to five characters ending in a known bank's short form (继宇宙|工行,
 * 宇宙|招行: 工行, 招行, 建行 … are gazetteer names of two characters ending in 行): the words glued
 * before it are a nickname or the sentence, the bank is the short form (twenty-first session, comp42).
 * Not when the whole reading is itself a known name, nor when a region precedes the short form (香港招行). */
bool gx_shape_bank_short_tail(const gx_engine *eng, const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if (c->type != GX_ENT_COMPANY || e - s < 3 || e - s > 5 || cp[e - 1] != 0x884C /* 行 */ ||
        !gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY, cp + e - 2, 2))
        return false;
    for (int32_t k = s; k < e - 2; k++)
        if (gx_lexicon_is(eng->lexicon, GX_LEX_COMPANY, cp + k, e - k))
            return false;
    if (gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s, e - 2 - s))
        return false; /* a branch by its place (香港招行) */
    c->span.start = e - 2;
    return true;
}

bool gx_shape_numeral_size(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (len < 2 || len > 6 ||
        (cp[s.end - 1] != 0x7EA7 /* 级 */ && cp[s.end - 1] != 0x5143 /* 元 */ && cp[s.end - 1] != 0x500D /* 倍 */))
        return false;
    for (int32_t k = s.start; k < s.end - 1; k++)
        if (!gx_is_numeral(cp[k]) && cp[k] != 0x4E07 /* 万 */ && cp[k] != 0x4EBF /* 亿 */)
            return false;
    return true;
}

/* A tagger's or rule's company that is a country or region glued before a name written wholly in
 * Latin letters (投资者包括美国|InsightVentureParners, 英国|Revolut): the place says where the firm
 * is from, the name is the Latin part (twenty-second session, comp44). The Latin part starts with a
 * letter, has three characters or more and holds only letters, digits, spaces and & . -. */
bool gx_shape_region_before_latin(const gx_engine *eng, const gx_article *art, gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t s = c->span.start, e = c->span.end;
    if (c->type != GX_ENT_COMPANY || e - s < 5 || !gx_is_cjk(cp[s]))
        return false;
    for (int n = 5; n >= 2; n--) {
        int32_t l = s + n;
        if (e - l < 3 || !(cp[l] < 0x80 && gx_is_alnum(cp[l]) && !(cp[l] >= '0' && cp[l] <= '9')) ||
            !gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s, n))
            continue;
        bool latin = true;
        for (int32_t k = l; k < e && latin; k++)
            latin = cp[k] < 0x80 && (gx_is_alnum(cp[k]) || cp[k] == ' ' || cp[k] == '&' || cp[k] == '.' || cp[k] == '-');
        if (!latin)
            return false;
        c->span.start = l;
        return true;
    }
    return false;
}
