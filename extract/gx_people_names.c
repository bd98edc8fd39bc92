/* gx_people_names.c — name readers of the people rules: where a person's name that starts (or
 * ends) at a position ends (or starts). Chinese names (surname + one or two characters, with
 * name-end cues), transliterated foreign names (努钦, 迈克·威尔逊), Japanese names before a verb,
 * English names (Tim Cook), names glossed in Latin (罗德里戈。杜特尔特(Rodrigo Duterte)) and
 * names written in capitals in filings (PENGFEI ZHANG). Part of gx_people (gx_people_impl.h). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_cand_shape.h"
#include "gx_people_impl.h"
#include "gx_tagger.h"

/* A word starting at pos that cannot be part of a given name. */
static bool word_starts(const gx_hit_index *ix, int32_t pos)
{
    if (gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) >= 2)
        return true;
    return gx_hit_len_starting(ix, pos, GX_LEX_POSITION) > 0 || gx_hit_len_starting(ix, pos, GX_LEX_COMPANY) > 0 ||
           gx_hit_len_starting(ix, pos, GX_LEX_GOVERNMENT) > 0 || gx_hit_len_starting(ix, pos, GX_LEX_ORGANIZATION) > 0;
}

/* A reporter's dateline at pos: a place, then 报道 or 电 (记者冉学东北京报道, 记者王建北京电). */
static bool dateline_at(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    int rl = gx_hit_len_starting(ix, pos, GX_LEX_REGION);
    return rl > 0 && pos + rl + 1 < art->ncp &&
           ((art->cp[pos + rl] == 0x62A5 /* 报 */ && art->cp[pos + rl + 1] == 0x9053 /* 道 */) ||
            art->cp[pos + rl] == 0x7535 /* 电 */);
}

/* Can a name end at pos: end of text, not a CJK character, a following word (说, 表示, 在),
 * a title, a known name or a multi-character stop word? */
bool gx_pp_name_edge_ok(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp || !gx_is_cjk(art->cp[pos]))
        return true;
    uint32_t c = art->cp[pos];
    if (dateline_at(ix, art, pos))
        return true;
    return gx_hit_len_starting(ix, pos, GX_LEX_NAME_END) > 0 || gx_lexicon_char_is(ix->lex, c, GX_LEX_RIGHT_OK) ||
           gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN) || word_starts(ix, pos) || gx_pp_except_end(art, pos);
}

/* 詹姆斯·西蒙斯: after a transliterated part and a middle dot, the name goes on. Returns the end. */
static int32_t dotted_tail(const gx_hit_index *ix, const gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    while (end + 1 < art->ncp && gx_is_name_dot(cp[end]) && gx_is_cjk(cp[end + 1])) {
        int32_t e = end + 1;
        while (e < art->ncp && e - end <= 5 && gx_is_cjk(cp[e]) && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) == 0 &&
               !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_RIGHT_OK) && !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_NOT_GIVEN))
            e++;
        if (e - end < 3)
            break;
        end = e;
    }
    return end;
}

/* A Chinese personal name starting at pos: returns its end, or pos when there is none. */
int32_t gx_pp_chinese_name(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int sl = gx_hit_len_starting(ix, pos, GX_LEX_SURNAME);
    if (sl == 0 || gx_pp_cand_starting_at(art, pos, GX_ORGLIKE) >= 0)
        return pos;
    /* a word that starts with a surname character (包括, 马上, 成立, 曾经): 作者包括李连达 */
    if (gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) > sl)
        return pos;
    const char32_t *const *const AUDIENCE = gx_lexicon_words(ix->lex, GX_WL_AUDIENCE_WORD);
    if (cp[pos] == 0x5411 /* 向 */ && gx_word_at(art, pos + 1, AUDIENCE) > 0)
        return pos;
    /* 谢谢杨总 (thanks), 孙总 (a form of address) */
    if (pos + 1 < art->ncp && cp[pos] == 0x8C22 && cp[pos + 1] == 0x8C22)
        return pos;
    int32_t g = pos + sl;
    /* a double surname that is not followed by a given name is a single surname + given */
    if (g >= art->ncp || !gx_is_cjk(cp[g]) || word_starts(ix, g)) {
        if (sl == 2 && gx_lexicon_char_is(ix->lex, cp[pos], GX_LEX_SURNAME))
            g = pos + 1;
        else
            return pos;
    }
    if (g >= art->ncp || !gx_is_cjk(cp[g]) || word_starts(ix, g) ||
        gx_lexicon_is(ix->lex, GX_LEX_NOT_GIVEN, cp + g, 1))
        return pos;
    int32_t end = g + 1;
    if (end < art->ncp && gx_is_cjk(cp[end]) && gx_hit_len_starting(ix, end, GX_LEX_NAME_END) == 0 && !word_starts(ix, end) &&
        !gx_lexicon_is(ix->lex, GX_LEX_NOT_GIVEN, cp + end, 1) && !gx_pp_except_end(art, end))
        end++;
    if (end < art->ncp && gx_is_name_dot(cp[end]))
        return dotted_tail(ix, art, end);
    /* (a two-character name before a dateline: 记者王建|北京电, not 王建北) */
    if (end == g + 2 && dateline_at(ix, art, end - 1))
        end--;
    /* the name must end where a word can follow (王鹏说, 张三表示); 严重缺钱 / 高比例股权 are no
     * names: try the shorter reading, else give up */
    if (!gx_pp_name_edge_ok(ix, art, end) && !(end == g + 2 && gx_pp_name_edge_ok(ix, art, --end)))
        return pos;
    /* a form of address (孙总, 杨总表示; 潘总|星瀚链 is dropped in resolution, gx_shape_address_form,
     * the title still showing its firm: 卡智汇创始人兼CEO魏总首先上台), not a name (客户经理温先生 stays a person: the
     * title's holder, named as the text names them) */
    if (end == pos + 2 && cp[pos + 1] == 0x603B /* 总 */)
        return pos;
    /* a surname and 博士 is a form of address too (某银行首席风险官刘博士): 博士 is a name end */
    if (end == g + 2 && cp[g] == 0x535A /* 博 */ && cp[g + 1] == 0x58EB /* 士 */)
        return pos;
    /* a family (吴氏家族) or a country's press (印媒：), not a name: no name of data/tagger/names.txt
     * ends in 氏 or 媒 */
    if (end == pos + 2 && (cp[pos + 1] == 0x6C0F /* 氏 */ || cp[pos + 1] == 0x5A92 /* 媒 */))
        return pos;
    /* a firm's word is no given name (股东|方基金: the fund 东方基金 cut by the title) */
    if (gx_shape_firm_ending(ix->lex, art, (gx_span){g, end}) == end - g)
        return pos;
    /* a word that only looks like a name (来源) */
    if (gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + pos, end - pos) ||
        gx_lexicon_is(ix->lex, GX_LEX_POSITION, cp + pos, end - pos))
        return pos;
    return end;
}

/* Characters that write foreign names in Chinese (the Xinhua transliteration tables' common
 * syllables: 特朗普, 努钦, 汉森, 威尔逊, 鲍威尔, 温贝托·加西亚). A closed class of the script, like
 * the name dots, not a gazetteer. 图历滕得登汀昆治 were added from the foreign names of CLUENER2020's
 * train.json (all but its last 1,000 lines; characters in two or more dotted names that the table
 * lacked, leaving out those that mostly write Chinese words: 山 文 武 白; 治 is kept for 乔治, the
 * runs being read only where a name is expected). Sorted by code point: gx_translit_char() searches it. */
static const char32_t TRANSLIT[] =
    U"丁万丘东丰丹丽乌乔亚亨什伊伍休伦伯佐佩保克兰兹内冈凯切列利加努劳勒华卓南博卜卡卢厄历古史叶吉吕哈"
    U"唐嘉图圭坎坦埃基塔塞夏多夫奇奈奎契奥妮姆威娃娅娜季宁安宾密富尔尚尤尼巴布希帕库庞康廉弗彭彼得德怀"
    U"恩惠戈戴扎托扬拉拜捷提摩斐斯施昂昆明易普曼朗本杜杰松林查柯柴格桑梅森欧比毕汀汉汤沃沙治法波泰泽洛"
    U"洪海涅温滕潘澳热爱特玛珀班理琳琴琼瑞瑟瓜瓦甘登皮盖福科穆米索约纳纽维缪罗翰耶肖肯胡舍舒艾芒芬苏若"
    U"英范茨茹莉莎莫莱菲萨蒂蒙蕾薇西詹让诺谢豪贝贡费贾赖赛赫路辛达迈迪逊道邦里金钦锡门阿隆雅雷霍韦顿马"
    U"鲁鲍麦默黛齐";

bool gx_translit_char(uint32_t c)
{
    /* TRANSLIT is sorted by code point: binary search */
    size_t lo = 0, hi = sizeof TRANSLIT / sizeof TRANSLIT[0] - 1;
    if (c < (uint32_t)TRANSLIT[0] || c > (uint32_t)TRANSLIT[hi - 1])
        return false;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uint32_t)TRANSLIT[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (uint32_t)TRANSLIT[lo] == c;
}

/* Syllables that end two-character foreign names (努钦, 汉森, 卡尼, 耶伦, 瑞安): a two-character
 * reading needs one of them last, since many table characters also write Chinese words (基本). */
static const char32_t TRANSLIT_FINAL[] = U"钦森尔斯克特德顿逊夫奇娃娜莎伦恩姆兹茨丁林尼诺科罗洛勒曼默松普维宁纳蒂迪菲黛琳妮娅安";

bool gx_translit_pair(uint32_t a, uint32_t b)
{
    if (!gx_translit_char(a) || !gx_translit_char(b))
        return false;
    for (const char32_t *p = TRANSLIT_FINAL; *p; p++)
        if ((uint32_t)*p == b)
            return true;
    return false;
}

/* A transliterated foreign name starting at pos, read where a holder is expected (after a
 * title): two to eight such characters (鲍里斯约翰逊 written without its dot), parts joined by name dots (迈克·威尔逊), ending at a name
 * edge (the whole run, or one character less when that one starts the next word). Returns its
 * end, or pos. */
int32_t gx_pp_translit_name(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp, e = pos;
    bool dotted = false;
    for (;;) {
        int32_t s = e;
        while (e < n && e - s < 8 && gx_translit_char(cp[e]))
            e++;
        /* a part with a syllable the table lacks (大卫-凯利, 大卫·贝克汉姆) when a name dot or a
         * hyphen closes it and two characters of the table follow (not 企业家思想-梅绍华): the
         * mark makes it a name's part (up to four characters, no function character, not the
         * start of a lexicon word) */
        if (e < n && gx_is_cjk(cp[e]) && !word_starts(ix, s)) {
            int32_t f = e;
            while (f < n && f - s < 4 && gx_is_cjk(cp[f]) && !gx_lexicon_char_is(ix->lex, cp[f], GX_LEX_NOT_GIVEN) &&
                   !gx_lexicon_char_is(ix->lex, cp[f], GX_LEX_RIGHT_OK))
                f++;
            if (f - s >= 2 && f + 2 < n && (gx_is_name_dot(cp[f]) || cp[f] == '-') && gx_translit_char(cp[f + 1]) &&
                gx_translit_char(cp[f + 2]))
                e = f;
        }
        if (e == s)
            return pos;
        /* 迈克·威尔逊, 莎拉-哈克比-桑德斯, 安德鲁.怀尔斯 (a full stop typed for the dot, between two
         * parts of two or more characters) */
        if (e + 1 < n && (gx_is_name_dot(cp[e]) || cp[e] == '-' || (cp[e] == '.' && e - s >= 2 && e + 2 < n && gx_translit_char(cp[e + 2]))) &&
            gx_translit_char(cp[e + 1]) && e > s) {
            dotted = true;
            e++;
            continue;
        }
        break;
    }
    if (dotted && e + 1 < n && gx_is_cjk(cp[e]) && !gx_pp_name_edge_ok(ix, art, e) && gx_translit_char(cp[e + 1]) &&
        !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_NOT_GIVEN)) {
        /* one syllable the table lacks inside the last part (科罗斯|季|科夫) */
        int32_t f = e + 1;
        while (f < n && f - e < 5 && gx_translit_char(cp[f]))
            f++;
        if (gx_pp_name_edge_ok(ix, art, f))
            e = f;
    }
    if (e - pos < 2 || (e - pos == 2 && !gx_translit_pair(cp[pos], cp[pos + 1])) || word_starts(ix, pos) || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + pos, e - pos))
        return pos;
    /* a run glued to an institution's or a firm's suffix of two characters or more names the
     * institution (独家教授维多利亚大学预科: 教授 the verb, 维多利亚大学 the university; twenty-sixth
     * session, people39) */
    if (gx_hit_len_starting(ix, e, GX_LEX_ORG_SUFFIX) >= 2 || gx_hit_len_starting(ix, e, GX_LEX_COMPANY_SUFFIX) >= 2)
        return pos;
    /* after a name dot, or four characters long, the run itself is the edge (威尔逊|当天表示,
     * 鲍里斯约翰逊|写了) */
    if (dotted || e - pos >= 4 || gx_pp_name_edge_ok(ix, art, e))
        return e;
    if (!dotted && e - pos >= 3 && !gx_is_name_dot(cp[e - 2]) && gx_pp_name_edge_ok(ix, art, e - 1))
        return e - 1;
    return pos;
}

/* Titles of Japan's government (经济产业大臣, 官房长官, 首相, 财务相): their holders' names are
 * Japanese, read by gx_pp_name_before_verb(). */
bool gx_pp_japanese_title(const gx_article *art, gx_span t)
{
    const uint32_t *cp = art->cp;
    int32_t n = t.end - t.start;
    if (n >= 1 && cp[t.end - 1] == 0x76F8 /* 相 */)
        return true;
    return n >= 2 && ((cp[t.end - 2] == 0x5927 && cp[t.end - 1] == 0x81E3) ||  /* 大臣 */
                      (cp[t.end - 2] == 0x957F && cp[t.end - 1] == 0x5B98)); /* 长官 */
}

/* A four-character name between a title and a speech verb (经济产业大臣世耕弘成认为, Japanese
 * names that no surname list holds): no word of the lexicons, no function character and no
 * one-character name end (说, 在, 也) inside, and
 * a verb of two or more characters right after. Returns its end, or pos. */
int32_t gx_pp_name_before_verb(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t e = pos + 4;
    if (e >= art->ncp || gx_hit_len_starting(ix, e, GX_LEX_NAME_END) < 2)
        return pos;
    for (int32_t k = pos; k < e; k++)
        if (!gx_is_cjk(cp[k]) || gx_lexicon_char_is(ix->lex, cp[k], GX_LEX_NOT_GIVEN) || gx_hit_len_starting(ix, k, GX_LEX_NAME_END) > 0 ||
            word_starts(ix, k))
            return pos;
    return e;
}

/* An English name (two or three capitalised words) starting at pos; returns its end or pos. */
int32_t gx_pp_english_name(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t i = pos, end = pos;
    int words = 0;
    while (i < art->ncp && gx_is_upper(cp[i]) && words < 3) {
        int32_t j = i + 1;
        /* a capital after a lower-case letter stays in the word (McMillan, DeVito) and, glued
         * without a space, separates two names (PeterFung); one after a hyphen stays too */
        int parts = 1;
        while (j < art->ncp && ((cp[j] >= 'a' && cp[j] <= 'z') || cp[j] == '-' || cp[j] == '\'' ||
                                (gx_is_upper(cp[j]) && cp[j - 1] >= 'a' && cp[j - 1] <= 'z' && j + 1 < art->ncp &&
                                 cp[j + 1] >= 'a' && cp[j + 1] <= 'z') ||
                                /* a double name joined by a hyphen: Van-Petersen */
                                (gx_is_upper(cp[j]) && cp[j - 1] == '-' && j + 1 < art->ncp && cp[j + 1] >= 'a' &&
                                 cp[j + 1] <= 'z'))) {
            parts += gx_is_upper(cp[j]) && cp[j - 1] != '-';
            j++;
        }
        if (j - i < 2)
            break;
        /* a glued pair counts as two words when each part is a name's length (PeterFung, not McMillan) */
        if (parts == 2 && words == 0 && (j >= art->ncp || cp[j] != ' ')) {
            int32_t k = i + 1;
            while (!gx_is_upper(cp[k]))
                k++;
            if (k - i >= 3 && j - k >= 3)
                words++;
        }
        words++;
        end = j;
        if (j < art->ncp && cp[j] == ' ' && j + 1 < art->ncp && gx_is_upper(cp[j + 1]))
            i = j + 1;
        else
            break;
    }
    return words >= 2 ? end : pos;
}

/* A separator inside a transliterated name: the name dots, and the marks some outlets type in
 * their place (罗德里戈。杜特尔特, 菲利普.卡雷特, 大卫-凯利; a space only between two parts). */
static bool gloss_separator(uint32_t c)
{
    return gx_is_name_dot(c) || c == 0x3002 /* 。 */ || c == '.' || c == '-' || c == ' ';
}

/* The number of words of a Latin personal name glossing the text before it, `(Rodrigo Duterte)`
 * opening at q: two or three capitalised words closed by `)`; 0 when there is none. */
static int latin_gloss_words(const gx_article *art, int32_t q)
{
    if (q + 1 >= art->ncp || art->cp[q] != '(')
        return 0;
    int32_t e = gx_pp_english_name(art, q + 1);
    if (e == q + 1 || e >= art->ncp || art->cp[e] != ')')
        return 0;
    int words = 1;
    for (int32_t i = q + 1; i < e; i++)
        words += art->cp[i] == ' ';
    return words >= 2 ? words : 0;
}

/* Does the Chinese run [s, e) name a person the Latin gloss after it names: parts of two or more
 * CJK characters (at most ten in all), as many parts as the gloss has words or one, no company
 * or organization read over it (neither a weak gazetteer word, 凯利, nor one the tagger reads
 * across the bracket counts)? */
static bool glossed_run(const gx_article *art, int32_t s, int32_t e, int words)
{
    const uint32_t *cp = art->cp;
    int parts = 1, han = 0;
    int32_t part = s;
    for (int32_t i = s; i < e; i++) {
        if (gx_is_cjk(cp[i])) {
            han++;
            continue;
        }
        if (!gloss_separator(cp[i]) || i - part < 2)
            return false;
        parts++;
        part = i + 1;
    }
    if (e - part < 2 || han > 10 || (parts > 1 && parts != words))
        return false;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        /* (the tagger's reading across the bracket, 彼得·科斯塔(Peter Costa, is no such name) */
        if (c->type != GX_ENT_POSITION && (GX_ORGLIKE & (1 << c->type)) && c->span.start < e && c->span.end > s &&
            (c->source != GX_SRC_TAGGER || c->span.end <= e) && c->score >= 0.5f)
            return false;
    }
    return true;
}

/* A name glossed in Latin right after a title: 总统罗德里戈。杜特尔特(Rodrigo Duterte),
 * 交易员彼得·科斯塔(Peter Costa), 策略师图尔尼尔(Richard Turnill). The gloss fixes the name's end
 * and how many parts it has, so any characters may write it. Returns the end, or pos. */
int32_t gx_pp_glossed_name(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t e = pos;
    /* 美联储主席的耶伦(Janet Yellen): no name starts with a function word (达 does: 达利欧) */
    if (pos >= art->ncp || gx_lexicon_char_is(ix->lex, cp[pos], GX_LEX_NOT_GIVEN) ||
        (gx_lexicon_char_is(ix->lex, cp[pos], GX_LEX_RIGHT_OK) && !gx_translit_char(cp[pos])))
        return pos;
    while (e < art->ncp && e - pos < 14 && (gx_is_cjk(cp[e]) || (gloss_separator(cp[e]) && cp[e] != ' ')))
        e++;
    /* a space before the gloss, or one between two parts */
    int32_t q = e < art->ncp && cp[e] == ' ' ? e + 1 : e;
    int words = latin_gloss_words(art, q);
    if (words == 0 && q > e && q < art->ncp && gx_is_cjk(cp[q])) {
        int32_t f = q;
        while (f < art->ncp && f - q < 6 && gx_is_cjk(cp[f]))
            f++;
        q = f < art->ncp && cp[f] == ' ' ? f + 1 : f;
        words = latin_gloss_words(art, q);
        e = f;
    }
    if (words == 0 || e - pos < 2 || !glossed_run(art, pos, e, words))
        return pos;
    return e;
}

/* Names glossed in Latin that the title rules did not reach: after a title only the tagger read
 * (首席法律事务官大卫·多姆德(David Drummond)), or, with no title, a name of transliteration
 * characters in as many separated parts as the gloss has words (菲利普.卡雷特(Philip Carret)). */
void gx_pp_glossed_names(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const OPENS = gx_lexicon_words(ix->lex, GX_WL_GLOSS_OPEN);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, OPENS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t q = at[a];
        int words = q >= 2 ? latin_gloss_words(art, q) : 0;
        if (words == 0)
            continue;
        int32_t e = cp[q - 1] == ' ' ? q - 1 : q;
        int32_t s = e;
        while (s > 0 && e - s < 14 && (gx_is_cjk(cp[s - 1]) || (gloss_separator(cp[s - 1]) && cp[s - 1] != ' ')))
            s--;
        if (e - s < 2)
            continue;
        int32_t name = -1;
        for (int i = 0; i < art->candidates.n && name < 0; i++) {
            const gx_candidate *c = &art->candidates.v[i];
            if (c->type == GX_ENT_POSITION && c->span.end >= s && c->span.end <= e - 2 && gx_pp_glossed_name(ix, art, c->span.end) == e)
                name = c->span.end;
        }
        if (name < 0) {
            int32_t t = e, parts = 1;
            while (t > s && (gx_translit_char(cp[t - 1]) || (gloss_separator(cp[t - 1]) && t - 1 > s && gx_translit_char(cp[t - 2]))))
                parts += !gx_is_cjk(cp[--t]);
            if (parts >= 2 && parts == words && gx_is_cjk(cp[t]) && glossed_run(art, t, e, words))
                name = t;
            /* one run for the gloss's last name (特朗普的好友瑞维拉(Geraldo Rivera), 一位发言人吉德利
             * (Hogan Gidley)): three to five table characters after 的 or a noun for a kind of person */
            static const char32_t KIND[] = U"的者友头佬咖手人家";
            bool kind = false;
            for (const char32_t *k = KIND; t > s && *k && !kind; k++)
                kind = cp[t - 1] == (uint32_t)*k;
            if (name < 0 && parts == 1 && words >= 2 && kind && e - t >= 3 && e - t <= 5)
                name = t;
        }
        if (name >= 0)
            gx_pp_rule_person(art, (gx_span){name, e}, 0.85f);
    }
}

/* Does 先生 or 女士 start at pos? */
static bool addressed_at(const gx_article *art, int32_t pos)
{
    static const char32_t *const FORMS[] = {U"先生", U"女士", NULL};
    return pos < art->ncp && gx_word_at(art, pos, FORMS) > 0;
}

/* An English name ending at end (the "Jensen Huang" of "Jensen Huang, chief executive"). */
/* A name written in capitals after a colon: one or two words of two or more capital letters
 * (PENGFEI ZHANG, DAWEIGUO), closed by punctuation, 先生/女士 or the text's end. Returns its end, or pos. */
int32_t gx_pp_capital_name(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t i = pos;
    for (int words = 0; words < 2; words++) {
        int32_t j = i;
        while (j < art->ncp && cp[j] >= 'A' && cp[j] <= 'Z')
            j++;
        if (j - i < 2)
            return pos;
        if (j >= art->ncp || cp[j] == 0x3001 || cp[j] == ',' || cp[j] == 0xFF0C || cp[j] == ';' || cp[j] == 0x3002 ||
            addressed_at(art, j))
            return j;
        if (cp[j] != ' ' || words == 1)
            return pos;
        i = j + 1;
    }
    return pos;
}

int32_t gx_pp_english_name_before(const gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t s = end, words = 0, best = end;
    bool particle = false;
    /* (four capitalised words when a particle joins them: Rudolf Gijsbert Servaas van den Brink) */
    while (s > 0 && words < (particle ? 4 : 3)) {
        int32_t j = s;
        while (j > 0 && ((cp[j - 1] >= 'a' && cp[j - 1] <= 'z') || cp[j - 1] == '-'))
            j--;
        /* a particle between two capitalised words (van den, de): the name goes on before it */
        if (words >= 1 && j > 1 && j < s && cp[j - 1] == ' ' && gx_pp_name_particle(cp, art->ncp, j) == s - j) {
            particle = true;
            s = j - 1;
            continue;
        }
        if (j == 0 || !gx_is_upper(cp[j - 1]) || s - j < 1)
            break;
        j--;
        words++;
        if (words >= 2)
            best = j;
        if (j > 0 && cp[j - 1] == ' ')
            s = j - 1;
        else
            break;
    }
    return best;
}

/* A name particle written in lower case inside a name (Roelant de Waard, Ursula von der Leyen):
 * its length, else 0. */
int32_t gx_pp_name_particle(const uint32_t *cp, int32_t n, int32_t i)
{
    static const char *const PARTICLES[] = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "le", "la", "dos", "das", "ter", NULL};
    for (int k = 0; PARTICLES[k]; k++) {
        int32_t l = (int32_t)strlen(PARTICLES[k]), j = 0;
        while (j < l && i + j < n && cp[i + j] == (uint32_t)(unsigned char)PARTICLES[k][j])
            j++;
        if (j == l && i + l + 1 < n && cp[i + l] == ' ')
            return l;
    }
    return 0;
}

/* The first of two names glued together, whose run closes a heading line after a title and its
 * separator (掌门人：李振国钟宝申, 掌门人：章卡鹏金红阳): the first name has no edge, so the name
 * reader cannot end it. A run of five or six Chinese characters closed by no Chinese character,
 * split into a single surname and one or two given characters (no lexicon word inside, no
 * not-given character) and a name the reader reads to the run's end. A five-character run
 * that splits both ways is left alone. With `pairs` (a writer's title right before: 通讯员左强徐灏）)
 * a run of four also parts, into two names of two characters (people41); not when a two-character
 * surname opens it (欧阳晓明), nor when every character writes transliterations (马克西姆). Returns the first
 * name's end and sets *second_end to the run's end, or returns pos. */
int32_t gx_pp_glued_names(const gx_hit_index *ix, const gx_article *art, int32_t pos, bool pairs, int32_t *second_end)
{
    const uint32_t *cp = art->cp;
    int32_t e = pos;
    while (e < art->ncp && e - pos <= 6 && gx_is_cjk(cp[e]))
        e++;
    if (e - pos < (pairs ? 4 : 5) || e - pos > 6 || (e < art->ncp && gx_is_cjk(cp[e])))
        return pos;
    if (!gx_lexicon_char_is(ix->lex, cp[pos], GX_LEX_SURNAME) || gx_pp_cand_starting_at(art, pos, GX_ORGLIKE) >= 0 ||
        gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) >= 2)
        return pos;
    if (e - pos == 4) {
        bool translit = true;
        for (int32_t k = pos; k < e && translit; k++)
            translit = gx_translit_char(cp[k]);
        if (translit || gx_lexicon_is(ix->lex, GX_LEX_SURNAME, cp + pos, 2))
            return pos;
    }
    int32_t found = pos;
    for (int32_t m = pos + 3; m >= pos + 2; m--) {
        if (e - m < 2 || e - m > 3)
            continue;
        /* (the second name read by the reader, or by the tagger alone: 王一锋, 一 being no given
         * character to the reader) */
        int tc = gx_pp_cand_starting_at(art, m, 1 << GX_ENT_PERSON);
        bool ok = gx_lexicon_char_is(ix->lex, cp[m], GX_LEX_SURNAME) &&
                  (gx_pp_chinese_name(ix, art, m) == e || (tc >= 0 && art->candidates.v[tc].span.end == e));
        for (int32_t k = pos + 1; ok && k < m; k++)
            ok = !word_starts(ix, k) && !gx_lexicon_char_is(ix->lex, cp[k], GX_LEX_NOT_GIVEN) &&
                 gx_hit_len_starting(ix, k, GX_LEX_NAME_END) == 0;
        if (ok && (gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + pos, m - pos) ||
                   gx_lexicon_is(ix->lex, GX_LEX_POSITION, cp + pos, m - pos)))
            ok = false;
        if (!ok)
            continue;
        if (found > pos)
            return pos; /* both ways: ambiguous */
        found = m;
    }
    if (found > pos)
        *second_end = e;
    return found;
}

/* The Chinese name written right after a label word (法人童平, 联系人：张丽洁) that starts at s0: the
 * name reader's end, which the tagger's reading of two or three characters at s0 fixes when it is
 * shorter (法人李佳|早已将: the reader ran on) or when the reader read none (联系人：张丽洁|企业项目);
 * then at least two characters, no organization candidate at s0 and no ordinary word of the tagger's
 * lexicon (一般法人单列出). The end, or -1. */
int32_t gx_pp_label_name(const gx_hit_index *ix, const gx_article *art, int32_t s0)
{
    int32_t e = gx_pp_chinese_name(ix, art, s0);
    /* after a label the name's start is sure, so its end may be the start of an ordinary word of two
     * characters (法人包玉龙|包庇纵容: 包庇 is in no stop list) when the two-character reading would
     * end inside no such word (包玉|龙包) (people38) */
    if (e <= s0 && s0 + 5 <= art->ncp && gx_hit_len_starting(ix, s0, GX_LEX_SURNAME) == 1 &&
        gx_is_cjk(art->cp[s0 + 1]) && gx_is_cjk(art->cp[s0 + 2]) &&
        gx_tagger_common_word(ix->tagger, art->cp + s0 + 3, 2) && !gx_tagger_common_word(ix->tagger, art->cp + s0 + 2, 2) &&
        !gx_tagger_common_word(ix->tagger, art->cp + s0 + 1, 2) && !gx_tagger_common_word(ix->tagger, art->cp + s0, 2) &&
        !gx_lexicon_char_is(ix->lex, art->cp[s0 + 1], GX_LEX_NOT_GIVEN) &&
        !gx_lexicon_char_is(ix->lex, art->cp[s0 + 2], GX_LEX_NOT_GIVEN))
        e = s0 + 3;
    int t = gx_pp_cand_starting_at(art, s0, 1 << GX_ENT_PERSON);
    if (t >= 0) {
        int32_t te = art->candidates.v[t].span.end;
        if (te - s0 >= 2 && te - s0 <= 3 && (e <= s0 || te < e))
            e = te;
    }
    if (e <= s0 + 1 || gx_pp_cand_starting_at(art, s0, GX_ORGLIKE) >= 0 ||
        gx_tagger_common_word(ix->tagger, art->cp + s0, e - s0))
        return -1;
    return e;
}
