/* gx_people.c — people with titles and every mention of a title (part of the entity rules).
 *
 *   摩尔线程创始人兼CEO张建中   org 摩尔线程, title 创始人兼CEO, person 张建中
 *   中国工程院院士、高性能计算研究所所长郑纬民   two titles, two orgs, one person
 *   证券时报记者 王一鸣        (byline) org 证券时报, title 记者, person 王一鸣
 *   据记者了解 / 一位分析师表示  a title without a holder (position only)
 *   CEO Tim Cook / Jensen Huang, chief executive of Nvidia
 * Titles come from data/lexicon/positions.tsv; names are a surname (surnames.tsv) plus one or
 * two given-name characters, the second one refused when it is a typical following word
 * (name_end cues: 王鹏说, 王鹏向...). Results: person candidates (GX_SRC_RULE) and
 * art->positions whose person / organization are candidate indices until gx_resolve(). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_entity_util.h"
#include "gx_utf8.h"


static int cand_ending_at(const gx_article *art, int32_t end, int type_mask)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.end != end || c->type == GX_ENT_POSITION || !(type_mask & (1 << c->type)))
            continue;
        const gx_candidate *b = best >= 0 ? &art->candidates.v[best] : NULL;
        /* prefer the better-supported candidate, then the longer one; the tagger's scores are
         * margins, not reliabilities, so they count for less */
        float cs = c->source == GX_SRC_TAGGER ? 0.3f + 0.25f * c->score : c->score;
        float bs = !b ? 0 : b->source == GX_SRC_TAGGER ? 0.3f + 0.25f * b->score : b->score;
        if (!b || cs > bs + 0.05f || (cs > bs - 0.05f && c->span.start < b->span.start))
            best = i;
    }
    return best;
}

static int cand_starting_at(const gx_article *art, int32_t start, int type_mask)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start != start || c->type == GX_ENT_POSITION || !(type_mask & (1 << c->type)))
            continue;
        if (best < 0 || c->span.end > art->candidates.v[best].span.end)
            best = i;
    }
    return best;
}

/* A rule person at span: the rule candidate already there (its score raised to `score` when
 * lower), else a new one. Titles are read from the last one back, so the same name is often
 * reached twice (教授 before 首席经济学家 in 首席经济学家邵文涛教授); one candidate keeps both
 * positions on the entity that wins. */
static int rule_person(gx_article *art, gx_span span, float score)
{
    for (int i = 0; i < art->candidates.n; i++) {
        gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->source == GX_SRC_RULE && c->span.start == span.start &&
            c->span.end == span.end) {
            if (c->score < score)
                c->score = score;
            return i;
        }
    }
    return gx_add_candidate(art, span, GX_ENT_PERSON, GX_SRC_RULE, score, NULL, -1);
}

/* A word starting at pos that cannot be part of a given name. */
static bool word_starts(const gx_hit_index *ix, int32_t pos)
{
    if (gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) >= 2)
        return true;
    return gx_hit_len_starting(ix, pos, GX_LEX_POSITION) > 0 || gx_hit_len_starting(ix, pos, GX_LEX_COMPANY) > 0 ||
           gx_hit_len_starting(ix, pos, GX_LEX_GOVERNMENT) > 0 || gx_hit_len_starting(ix, pos, GX_LEX_ORGANIZATION) > 0;
}

/* Can a name end at pos: end of text, not a CJK character, a following word (说, 表示, 在),
 * a title, a known name or a multi-character stop word? */
static bool name_edge_ok(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp || !gx_is_cjk(art->cp[pos]))
        return true;
    uint32_t c = art->cp[pos];
    return gx_hit_len_starting(ix, pos, GX_LEX_NAME_END) > 0 || gx_lexicon_char_is(ix->lex, c, GX_LEX_RIGHT_OK) ||
           gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN) || word_starts(ix, pos);
}

/* A Chinese personal name starting at pos: returns its end, or pos when there is none. */
static bool is_name_dot(uint32_t c)
{
    return c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027;
}

/* 詹姆斯·西蒙斯: after a transliterated part and a middle dot, the name goes on. Returns the end. */
static int32_t dotted_tail(const gx_hit_index *ix, const gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    while (end + 1 < art->ncp && is_name_dot(cp[end]) && gx_is_cjk(cp[end + 1])) {
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

static int32_t chinese_name(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int sl = gx_hit_len_starting(ix, pos, GX_LEX_SURNAME);
    if (sl == 0 || cand_starting_at(art, pos, GX_ORGLIKE) >= 0)
        return pos;
    /* a word that starts with a surname character (包括, 马上, 成立, 曾经): 作者包括李连达 */
    if (gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) > sl)
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
        !gx_lexicon_is(ix->lex, GX_LEX_NOT_GIVEN, cp + end, 1))
        end++;
    if (end < art->ncp && is_name_dot(cp[end]))
        return dotted_tail(ix, art, end);
    /* the name must end where a word can follow (王鹏说, 张三表示); 严重缺钱 / 高比例股权 are no
     * names: try the shorter reading, else give up */
    if (!name_edge_ok(ix, art, end) && !(end == g + 2 && name_edge_ok(ix, art, --end)))
        return pos;
    /* a form of address (孙总, 杨总表示), not a name (客户经理温先生 stays a person: the
     * title's holder, named as the text names them) */
    if (end == pos + 2 && cp[pos + 1] == 0x603B /* 总 */)
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

/* Syllables that end two-character foreign names (努钦, 汉森, 卡尼, 耶伦): a two-character
 * reading needs one of them last, since many table characters also write Chinese words (基本). */
static const char32_t TRANSLIT_FINAL[] = U"钦森尔斯克特德顿逊夫奇娃娜莎伦恩姆兹茨丁林尼诺科罗洛勒曼默松普维宁纳蒂迪菲黛琳妮娅";

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
static int32_t translit_name(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp, e = pos;
    bool dotted = false;
    for (;;) {
        int32_t s = e;
        while (e < n && e - s < 8 && gx_translit_char(cp[e]))
            e++;
        if (e == s)
            return pos;
        /* 迈克·威尔逊, 莎拉-哈克比-桑德斯, 安德鲁.怀尔斯 (a full stop typed for the dot, between two
         * parts of two or more characters) */
        if (e + 1 < n && (is_name_dot(cp[e]) || cp[e] == '-' || (cp[e] == '.' && e - s >= 2 && e + 2 < n && gx_translit_char(cp[e + 2]))) &&
            gx_translit_char(cp[e + 1]) && e > s) {
            dotted = true;
            e++;
            continue;
        }
        break;
    }
    if (dotted && e + 1 < n && gx_is_cjk(cp[e]) && !name_edge_ok(ix, art, e) && gx_translit_char(cp[e + 1]) &&
        !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_NOT_GIVEN)) {
        /* one syllable the table lacks inside the last part (科罗斯|季|科夫) */
        int32_t f = e + 1;
        while (f < n && f - e < 5 && gx_translit_char(cp[f]))
            f++;
        if (name_edge_ok(ix, art, f))
            e = f;
    }
    if (e - pos < 2 || (e - pos == 2 && !gx_translit_pair(cp[pos], cp[pos + 1])) || word_starts(ix, pos) || gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + pos, e - pos))
        return pos;
    /* after a name dot, or four characters long, the run itself is the edge (威尔逊|当天表示,
     * 鲍里斯约翰逊|写了) */
    if (dotted || e - pos >= 4 || name_edge_ok(ix, art, e))
        return e;
    if (!dotted && e - pos >= 3 && !is_name_dot(cp[e - 2]) && name_edge_ok(ix, art, e - 1))
        return e - 1;
    return pos;
}

/* Titles of Japan's government (经济产业大臣, 官房长官, 首相, 财务相): their holders' names are
 * Japanese, read by name_before_verb(). */
static bool japanese_title(const gx_article *art, gx_span t)
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
static int32_t name_before_verb(const gx_hit_index *ix, const gx_article *art, int32_t pos)
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
static int32_t english_name(const gx_article *art, int32_t pos)
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
    return is_name_dot(c) || c == 0x3002 /* 。 */ || c == '.' || c == '-' || c == ' ';
}

/* The number of words of a Latin personal name glossing the text before it, `(Rodrigo Duterte)`
 * opening at q: two or three capitalised words closed by `)`; 0 when there is none. */
static int latin_gloss_words(const gx_article *art, int32_t q)
{
    if (q + 1 >= art->ncp || art->cp[q] != '(')
        return 0;
    int32_t e = english_name(art, q + 1);
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
static int32_t glossed_name(const gx_hit_index *ix, const gx_article *art, int32_t pos)
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
static void glossed_names(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int32_t q = 2; q < art->ncp; q++) {
        int words = cp[q] == '(' ? latin_gloss_words(art, q) : 0;
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
            if (c->type == GX_ENT_POSITION && c->span.end >= s && c->span.end <= e - 2 && glossed_name(ix, art, c->span.end) == e)
                name = c->span.end;
        }
        if (name < 0) {
            int32_t t = e, parts = 1;
            while (t > s && (gx_translit_char(cp[t - 1]) || (gloss_separator(cp[t - 1]) && t - 1 > s && gx_translit_char(cp[t - 2]))))
                parts += !gx_is_cjk(cp[--t]);
            if (parts >= 2 && parts == words && gx_is_cjk(cp[t]) && glossed_run(art, t, e, words))
                name = t;
        }
        if (name >= 0)
            rule_person(art, (gx_span){name, e}, 0.85f);
    }
}

/* An English name ending at end (the "Jensen Huang" of "Jensen Huang, chief executive"). */
/* A name written in capitals after a colon: one or two words of two or more capital letters
 * (PENGFEI ZHANG, DAWEIGUO), closed by punctuation or the text's end. Returns its end, or pos. */
static int32_t capital_name(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t i = pos;
    for (int words = 0; words < 2; words++) {
        int32_t j = i;
        while (j < art->ncp && cp[j] >= 'A' && cp[j] <= 'Z')
            j++;
        if (j - i < 2)
            return pos;
        if (j >= art->ncp || cp[j] == 0x3001 || cp[j] == ',' || cp[j] == 0xFF0C || cp[j] == ';' || cp[j] == 0x3002)
            return j;
        if (cp[j] != ' ' || words == 1)
            return pos;
        i = j + 1;
    }
    return pos;
}

static int32_t english_name_before(const gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t s = end, words = 0, best = end;
    while (s > 0 && words < 3) {
        int32_t j = s;
        while (j > 0 && ((cp[j - 1] >= 'a' && cp[j - 1] <= 'z') || cp[j - 1] == '-'))
            j--;
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

static bool is_title_breaker(uint32_t c)
{
    /* 董事会, 记者会, 编辑部, 律师事务所, 经理层, 高管们, 大使馆, 领事馆 ... */
    static const uint32_t bad[] = {0x4F1A, 0x90E8, 0x5904, 0x529E, 0x5BA4, 0x56E2, 0x5C42, 0x7EA7,
                                   0x804C, 0x4F4D, 0x4EEC, 0x4E8B, 0x5E2D, 0x7EC4, 0x9986 /* 馆 */};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (c == bad[i])
            return true;
    return false;
}

/* Titles of company officers: the unknown name before them is a company, else an organization. */
static bool corporate_title(const gx_article *art, gx_span t)
{
    static const char *const words[] = {"董事", "总经理", "总裁", "创始人", "CEO", "CFO", "CTO", "COO",
                                        "首席", "合伙人", "董秘", "经理", "监事", "总监", "执行官"};
    const char *s = gx_article_span_text(art, t);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(s, words[i]))
            return true;
    return false;
}

/* An organisation named right before a title and not known to the lexicon: 摩尔线程创始人. */
static int org_before_title(const gx_hit_index *ix, gx_article *art, gx_span title)
{
    /* only titles that belong to one organization (创始人, 院长), with any 副/首席 prefix; an
     * occupation (工程师, 负责人) says nothing about the words before it */
    bool anchored = false;
    for (int32_t k = title.start; k < title.end && !anchored; k++)
        anchored = gx_lexicon_is(ix->lex, GX_LEX_ORG_TITLE, art->cp + k, title.end - k);
    if (!anchored)
        return -1;
    int32_t s = gx_name_left(ix, art, title.start, 7);
    gx_span name = {s, title.start};
    int len = name.end - name.start;
    /* no clear left edge within reach: not a name */
    if (len < 2 || len > 6)
        return -1;
    for (int32_t i = name.start; i < name.end; i++)
        if (!gx_is_cjk(art->cp[i]) && !gx_is_alnum(art->cp[i]))
            return -1;
    /* a time word is no organisation (三年前|总经理, 此后|董事长) */
    if (art->cp[name.end - 1] == 0x524D /* 前 */ || art->cp[name.end - 1] == 0x540E /* 后 */)
        return -1;
    if (gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + name.start, len) ||
        gx_hit_len_starting(ix, name.start, GX_LEX_POSITION) > 0 ||
        (len <= 3 && gx_hit_len_starting(ix, name.start, GX_LEX_SURNAME) > 0))
        return -1;
    bool corp = corporate_title(art, title);
    return gx_add_candidate(art, name, corp ? GX_ENT_COMPANY : GX_ENT_ORGANIZATION, GX_SRC_RULE, 0.55f, NULL, -1);
}

/* A Latin name right before a Chinese title, or before 的 and the title (Commonwealth Financial
 * Network首席投资官, Macro Risk Advisors的衍生品策略主管, OANDA亚太交易主管): the organization the
 * title is at. Two or more capitalised words, one all-capital word of four letters or more, or
 * one glued word of three capitalised parts (KeithBrownandCo). */
static int latin_org_before_title(const gx_hit_index *ix, gx_article *art, gx_span title)
{
    const uint32_t *cp = art->cp;
    int32_t end = title.start;
    if (end > 0 && cp[end - 1] == 0x7684 /* 的 */)
        end--;
    if (end == 0 || !gx_is_alnum(cp[end - 1]) || gx_is_digit(cp[end - 1]))
        return -1;
    int32_t s = end, words = 0, caps_only = 1, letters = 0;
    for (;;) {
        int32_t j = s;
        while (j > 0 && (gx_is_alnum(cp[j - 1]) || cp[j - 1] == '&' || cp[j - 1] == '.' || cp[j - 1] == '-'))
            j--;
        if (j == s || !gx_is_upper(cp[j]))
            break;
        for (int32_t k = j; k < s; k++) {
            caps_only &= !(cp[k] >= 'a' && cp[k] <= 'z');
            letters += gx_is_alnum(cp[k]);
        }
        words++;
        s = j;
        if (words >= 5 || s < 2 || cp[s - 1] != ' ' || !(gx_is_alnum(cp[s - 2]) || cp[s - 2] == '.'))
            break;
        s--; /* the space */
    }
    if (s == end || (s > 0 && gx_is_alnum(cp[s - 1])))
        return -1;
    /* one glued word of three or more capitalised parts is a firm's name (KeithBrownandCo负责人) */
    int caps = 0;
    for (int32_t k = s; k < end; k++)
        caps += gx_is_upper(cp[k]);
    if (!(words >= 2 || (caps_only && letters >= 4) || (words == 1 && caps >= 3 && letters >= 8)))
        return -1;
    gx_span name = {s, end};
    int prev = cand_ending_at(art, end, GX_ORGLIKE);
    if (prev >= 0 && art->candidates.v[prev].span.start <= s)
        return prev;
    if (gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + s, end - s))
        return -1;
    return gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
}

/* The organisation of a title across a comma, when the organisation opens the clause and a
 * holder follows the title: 据中金公司,首席经济学家梁红 / 兴业证券,首席策略分析师王德伦 (the
 * organisation at a line or sentence start, or after 据/来自). */
static int org_across_comma(gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    int32_t s = ts.start;
    if (s < 2 || cp[s - 1] != ',')
        return -1;
    int org = cand_ending_at(art, s - 1, GX_ORGLIKE);
    if (org < 0)
        return -1;
    int32_t os = art->candidates.v[org].span.start;
    uint32_t b = os > 0 ? cp[os - 1] : '\n';
    bool opens = b == '\n' || b == 0x3002 /* 。 */ || b == ';' || b == '!' || b == '?' || b == ' ' ||
                 b == 0x636E /* 据 */ || (os >= 2 && cp[os - 2] == 0x6765 && b == 0x81EA /* 来自 */);
    return opens ? org : -1;
}

/* Whether 前/原 at pos ends a word of time or place (目前, 此前, 五年前, 还原, 高原, 中原) and so
 * is no 'former' marker of the title after it. */
static bool former_blocked(const gx_article *art, int32_t pos)
{
    static const char32_t before_qian[] = U"此目之日当提以年月天周事会节眼面向跟上门生空战赛午从史超先前";
    static const char32_t before_yuan[] = U"还复平高草中本太病抗燎推原";
    if (pos == 0)
        return false;
    uint32_t b = art->cp[pos - 1];
    const char32_t *set = art->cp[pos] == 0x524D ? before_qian : before_yuan;
    for (const char32_t *q = set; *q; q++)
        if (b == (uint32_t)*q)
            return true;
    /* a number before 前 is a time (3年前 is caught above; 30前 is none of ours) */
    return gx_is_digit(b);
}

/* Modifiers that belong to the title right after them: 副, 首席, 高级, 常务, 执行, 资深, 代理,
 * 相关 (首席投资总监, 常务副总经理, 相关负责人). */
static int32_t title_prefixes(const gx_article *art, int32_t start)
{
    static const uint32_t one[] = {0x526F /* 副 */, 0x539F /* 原 */, 0x524D /* 前 */};
    static const uint32_t two[][2] = {{0x9996, 0x5E2D}, {0x9AD8, 0x7EA7}, {0x5E38, 0x52A1}, {0x6267, 0x884C},
                                      {0x8D44, 0x6DF1}, {0x4EE3, 0x7406}, {0x76F8, 0x5173}, {0x8054, 0x5E2D}};
    for (int guard = 0; guard < 3 && start > 0; guard++) {
        bool moved = false;
        if (start >= 2)
            for (size_t i = 0; i < sizeof two / sizeof two[0] && !moved; i++)
                if (art->cp[start - 2] == two[i][0] && art->cp[start - 1] == two[i][1]) {
                    start -= 2;
                    moved = true;
                }
        /* 副 joins; so does 原/前 (former: 魅族科技|前高级副总裁), unless it closes a time or
         * place word (目前, 此前, 日前, 提前, 年前, 还原, 高原) */
        if (!moved && art->cp[start - 1] == one[0]) {
            start--;
            moved = true;
        }
        if (!moved && (art->cp[start - 1] == one[1] || art->cp[start - 1] == one[2]) && !former_blocked(art, start - 1)) {
            start--;
            moved = true;
        }
        if (!moved)
            break;
    }
    return start;
}

static int32_t word_ending(const uint32_t *cp, int32_t floor, int32_t pos, const char32_t *const *words);

/* A country or a language between a rank and a title is the title's scope (资深|美国|分析师,
 * 首席|中文|分析师, 首席|中国|经济学家): its length when a rank word (首席, 资深, 高级) comes right
 * before it, else 0. Without the rank the country is the title's owner (美国|总统). */
static int32_t covered_scope(const gx_hit_index *ix, const gx_article *art, int32_t start)
{
    static const char32_t *const LANG[] = {U"中文", U"英文", U"日文", U"华语", NULL};
    static const char32_t *const RANK[] = {U"首席", U"资深", U"高级", NULL};
    int32_t r = gx_hit_len_ending(ix, start, GX_LEX_REGION);
    if (r == 0)
        r = word_ending(art->cp, 0, start, LANG);
    if (r == 0 || word_ending(art->cp, 0, start - r, RANK) == 0)
        return 0;
    return r;
}

/* Is the text at s the name of one of the article's byline authors? */
static bool is_author(gx_article *art, gx_span s)
{
    const char *name = gx_article_span_text(art, s);
    for (int a = 0; name && a < art->authors.n; a++)
        if (art->authors.v[a].name && !strcmp(art->authors.v[a].name, name))
            return true;
    return false;
}

/* Is a title word that ends at pos a modifier of the noun after it (会计|准则, 会计|年度,
 * 明星|企业, 明星|基金, 股东|大会, 股东|权益): no person is meant. */
static bool modifier_title(const gx_article *art, int32_t pos)
{
    static const char32_t *const HEADS[] = {
        U"准则", U"年度", U"报表", U"政策", U"手段", U"制度", U"信息", U"差错", U"错误", U"科目", U"核算",
        U"标准", U"企业", U"基金", U"产品", U"行业", U"个股", U"城市", U"项目", U"效应", U"大会",
        U"权益", U"户数", U"名册", U"回报", U"事务所", U"师事务所", NULL};
    if (pos >= art->ncp || !gx_is_cjk(art->cp[pos]))
        return false;
    return gx_word_at(art, pos, HEADS) > 0;
}

/* Does a title word starting at pos begin inside a company or body word (公司|司长期, 部门|门将,
 * 集团|团长期): the title is a misreading of that word and what follows. */
static bool title_inside_word(const gx_article *art, int32_t pos)
{
    static const char32_t *const WORDS[] = {U"公司", U"部门", U"集团", NULL};
    if (pos < 1 || pos + 1 > art->ncp)
        return false;
    for (int k = 0; WORDS[k]; k++)
        if (art->cp[pos - 1] == (uint32_t)WORDS[k][0] && art->cp[pos] == (uint32_t)WORDS[k][1])
            return true;
    return false;
}

/* A post one holds on a committee: 委员, 主任, 副主任, 主席, 副主席, 成员. */
static bool committee_post(const gx_article *art, gx_span t)
{
    static const char32_t *const POSTS[] = {U"委员", U"主任", U"副主任", U"主席", U"副主席", U"成员", NULL};
    int32_t n = gx_word_at(art, t.start, POSTS);
    return n == t.end - t.start;
}

/* Where the committee starts in an organization name that ends in 委员会 after another body's
 * name (博智宏观论坛|学术委员会, 董事会|发展战略委员会): the end of the last organization suffix,
 * 董事会/大会 or 公司/集团 that leaves a committee name of two or more characters; else o.start
 * (证券|交易委员会 is no such split: 证券 is a company suffix, not a body). */
static int32_t committee_split(const gx_hit_index *ix, const gx_article *art, gx_span o)
{
    const uint32_t *cp = art->cp;
    if (o.end - o.start < 7 || cp[o.end - 3] != 0x59D4 || cp[o.end - 2] != 0x5458 || cp[o.end - 1] != 0x4F1A /* 委员会 */)
        return o.start;
    for (int32_t k = o.end - 5; k >= o.start + 2; k--) {
        if (gx_hit_len_ending(ix, k, GX_LEX_ORG_SUFFIX) > 0 ||
            (cp[k - 1] == 0x4F1A && (cp[k - 2] == 0x4E8B || cp[k - 2] == 0x5927) /* 事会, 大会 */) ||
            (cp[k - 1] == 0x53F8 && cp[k - 2] == 0x516C) /* 公司 */ || (cp[k - 1] == 0x56E2 && cp[k - 2] == 0x96C6) /* 集团 */)
            return k;
    }
    return o.start;
}

typedef struct title_span {
    gx_span span;
    int32_t owner_end; /* where the organization before it ends: span.start, or the unit's start (花旗集团|全球策略部门|董事总经理) */
    bool latin;
    bool done;
} title_span;

static void add_position(gx_article *art, gx_span title, int person, int org)
{
    gx_position *p = GX_VEC_PUSH(art->arena, art->positions);
    p->title = gx_article_span_text(art, title);
    p->span = title;
    p->person = person;
    p->organization = org;
}

/* The person candidate (rule or tagger) that ends at pos, or -1. */
static int person_ending_at(const gx_article *art, int32_t pos)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->span.end == pos &&
            (best < 0 || c->source == GX_SRC_RULE || c->span.start < art->candidates.v[best].span.start))
            best = i;
    }
    return best;
}

/* Does the text at [s, e) equal w? */
static bool span_is(const gx_article *art, int32_t s, int32_t e, const char32_t *w)
{
    int32_t k = 0;
    for (; w[k]; k++)
        if (s + k >= e || art->cp[s + k] != (uint32_t)w[k])
            return false;
    return s + k == e;
}

/* Titles a byline or an editor's note gives a writer: 作者, 记者, 编辑, 编译 … */
static bool writer_title(const gx_article *art, gx_span t)
{
    static const char32_t *const words[] = {U"作者", U"记者", U"编辑", U"责任编辑", U"编译", U"撰稿人", U"译者", U"通讯员", U"特约记者"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (span_is(art, t.start, t.end, words[i]))
            return true;
    return false;
}

/* Titles used to address their holder, written after the name (with any 副 prefix): 主席,
 * 董事长, 总裁, 行长, 教授 … */
static bool address_title(const gx_article *art, gx_span t)
{
    static const char32_t *const words[] = {U"主席", U"董事长", U"总经理", U"总裁", U"行长", U"局长", U"部长", U"省长",
                                            U"市长", U"主任", U"书记", U"院长", U"校长", U"所长", U"会长", U"理事长",
                                            U"秘书长", U"总理", U"总统", U"首相", U"总书记", U"教授", U"老师", U"院士",
                                            U"博士", U"律师", U"导演", U"教练", U"主教练", U"总监", U"经理", U"董事",
                                            U"委员", U"处长", U"厅长", U"司长", U"署长", U"县长", U"区长", U"镇长",
                                            U"总编", U"主编", U"总工程师", U"大使", U"议员"};
    int32_t s = t.start;
    if (s < t.end && art->cp[s] == 0x526F) /* 副 */
        s++;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (art->cp[s] == (uint32_t)words[i][0] && span_is(art, s, t.end, words[i]))
            return true;
    return false;
}

/* 刘士余主席的信, 王军董事长表示: the holder named right before a title that no name follows:
 * a Chinese name (or a three-character foreign name the tagger also read) with a clear left edge
 * (text start, punctuation, a stop word such as 并/和/对: 证监会并刘士余主席, or another title).
 * Returns the person candidate or -1. */
static int holder_before(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    int32_t q = ts.start;
    if (q < 2 || !(gx_is_cjk(cp[q - 1]) || gx_is_alnum(cp[q - 1])))
        return -1;
    if (gx_is_alnum(cp[q - 1]) && writer_title(art, ts)) {
        /* 本文由华盛学院Wendy编译: one capitalised Latin word glued before a writer's title */
        int32_t s0 = q;
        while (s0 > 0 && cp[s0 - 1] >= 'a' && cp[s0 - 1] <= 'z')
            s0--;
        if (s0 > 0 && gx_is_upper(cp[s0 - 1]) && q - s0 >= 2 && (s0 - 1 == 0 || !gx_is_alnum(cp[s0 - 2])))
            return rule_person(art, (gx_span){s0 - 1, q}, 0.8f);
        return -1;
    }
    /* only titles one addresses a person by (刘士余主席, 王军董事长, 李道群教授); an occupation or
     * a role after a word (单个投资人, 任行业研究员, 常胜将军) says nothing about it */
    if (!address_title(art, ts))
        return -1;
    /* 纪念馆馆长, 分行行长, 研究所所长: the word before repeats the title's head, or ends like an
     * institution (商学院教授, 高校教授): it is the institution */
    static const char32_t institution_end[] = U"校院所馆局厅委社行司厂站队";
    bool inst = false;
    for (const char32_t *c = institution_end; *c && !inst; c++)
        inst = cp[q - 1] == (uint32_t)*c;
    /* 向英国首相: a place or an organization ends there */
    if (cand_ending_at(art, q, GX_ORGLIKE | (1 << GX_ENT_LOCATION)) >= 0 || gx_hit_len_ending(ix, q, GX_LEX_REGION) > 0)
        return -1;
    if (inst || cp[q - 1] == cp[q] || gx_hit_len_ending(ix, q, GX_LEX_ORG_SUFFIX) > 0 ||
        gx_hit_len_ending(ix, q, GX_LEX_COMPANY_SUFFIX) > 0 || gx_hit_len_ending(ix, q, GX_LEX_GOV_SUFFIX) > 0 ||
        is_title_breaker(cp[q - 1]))
        return -1;
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s0 = q - len;
        if (s0 < 0)
            continue;
        /* a name of its own (the tagger's reading must agree): surname + given name, or a foreign
         * name of three or more characters (特朗普总统) */
        bool named = chinese_name(ix, art, s0) == q;
        if (!named && len == 3) {
            named = true;
            for (int32_t k = s0; k < q && named; k++)
                named = gx_translit_char(cp[k]);
            named = named && person_ending_at(art, q) >= 0;
        }
        if (!named || gx_hit_len_starting(ix, s0, GX_LEX_LEFT_STOP) >= 2)
            continue; /* 包括|董事长 */
        /* 这位私募经理: a measure word after a demonstrative, not a surname */
        if (s0 > 0 && (cp[s0 - 1] == 0x8FD9 || cp[s0 - 1] == 0x90A3 || cp[s0 - 1] == 0x4E00 || cp[s0 - 1] == 0x6BCF ||
                       cp[s0 - 1] == 0x67D0 || cp[s0 - 1] == 0x8BE5))
            continue;
        /* a clear left edge: punctuation, a stop word, or another title (经济学者管清友博士) */
        if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0 &&
            gx_hit_len_ending(ix, s0, GX_LEX_POSITION) == 0)
            continue;
        int p = person_ending_at(art, q);
        if (p >= 0 && art->candidates.v[p].span.start == s0)
            return p;
        return rule_person(art, (gx_span){s0, q}, 0.8f);
    }
    return -1;
}

/* Verbs of appointment that take the appointee before 为 (聘任张胜为公司副总裁), and verbs of
 * taking or leaving a post that follow the person (赵慧娴任执行董事, 柯永坚已辞任执行董事): closed
 * grammatical classes of announcements. */
static const char32_t *const APPOINT_BEFORE[] = {U"聘任", U"委任", U"任命", U"提名", U"增聘", U"聘请", U"选举",
                                                 U"推选", U"选聘", U"委派", U"同意聘任", NULL};
static const char32_t *const TAKE_POST[] = {U"不再担任", U"获委任为", U"获委任", U"继续担任", U"辞任", U"辞去",
                                            U"宣誓就任", U"出任", U"担任", U"接任", U"升任", U"改任", U"兼任", U"新任",
                                            U"调任", U"转任", U"就任", U"拟任", U"卸任", U"请辞", U"免去", U"任", NULL};

/* Length of the longest word of `words` that ends at pos and starts at or after floor, or 0. */
static int32_t word_ending(const uint32_t *cp, int32_t floor, int32_t pos, const char32_t *const *words)
{
    int32_t best = 0;
    for (const char32_t *const *w = words; *w; w++) {
        int32_t len = 0;
        while ((*w)[len])
            len++;
        if (len <= best || pos - len < floor)
            continue;
        int32_t k = 0;
        while (k < len && cp[pos - len + k] == (uint32_t)(*w)[k])
            k++;
        if (k == len)
            best = len;
    }
    return best;
}

/* Where the owner of a title starts when it is written before it: an organization candidate or
 * 公司 / 本公司 / 该公司 (为公司副总经理). Returns the new left edge. */
static int32_t owner_left(const gx_article *art, int32_t left)
{
    const uint32_t *cp = art->cp;
    /* 辞任公司的公司秘书: 的 after the company word */
    if (left >= 3 && cp[left - 1] == 0x7684 /* 的 */ && cp[left - 3] == 0x516C && cp[left - 2] == 0x53F8)
        left--;
    /* the word first: a suffix rule may have read "张胜为公司" or "刘康喜新任公司" as a company */
    if (left >= 2 && cp[left - 2] == 0x516C && cp[left - 1] == 0x53F8) { /* 公司 */
        int32_t l = left - 2;
        if (l > 0 && (cp[l - 1] == 0x672C || cp[l - 1] == 0x8BE5)) /* 本, 该 */
            l--;
        if (l > 0 && (cp[l - 1] == 0x4E3A /* 为 */ || word_ending(cp, 0, l, TAKE_POST) >= 2))
            return l;
    }
    int org = cand_ending_at(art, left, GX_ORGLIKE);
    if (org >= 0)
        return art->candidates.v[org].span.start;
    if (left >= 2 && cp[left - 2] == 0x516C && cp[left - 1] == 0x53F8) {
        left -= 2;
        if (left > 0 && (cp[left - 1] == 0x672C || cp[left - 1] == 0x8BE5))
            left--;
    }
    return left;
}

/* A person named as one member of an appointment list: two to four CJK characters starting
 * with a surname, or capitalised Latin words. */
static bool list_member_name(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t len = e - s;
    if (len < 2)
        return false;
    if (gx_is_upper(cp[s])) {
        for (int32_t k = s; k < e; k++)
            if (!(gx_is_alnum(cp[k]) || cp[k] == ' ' || cp[k] == '-' || cp[k] == '.'))
                return false;
        return true;
    }
    for (int32_t k = s; k < e; k++)
        if (!gx_is_cjk(cp[k]))
            return false;
    return len <= 4 && gx_hit_len_starting(ix, s, GX_LEX_SURNAME) > 0 &&
           !gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + s, len) && !gx_lexicon_is(ix->lex, GX_LEX_POSITION, cp + s, len);
}

/* Length of 先生 / 女士 ending at e (after at least two characters from s), else 0. */
static int32_t honorific_before(const uint32_t *cp, int32_t s, int32_t e)
{
    if (e - s < 4)
        return 0;
    if ((cp[e - 2] == 0x5148 && cp[e - 1] == 0x751F) || (cp[e - 2] == 0x5973 && cp[e - 1] == 0x58EB))
        return 2;
    return 0;
}

/* 聘任庄华为公司总经理, 任命韩净、段鑫为公司副总经理, 委任Richard Raymond Weissend为非执行董事:
 * the names between an appointment verb and 为 hold the title. The verb fixes the names' edges,
 * so 庄华|为 is read even where 华为 is a word. Returns the first holder or -1. */
static int appointees(const gx_hit_index *ix, gx_article *art, gx_span ts, int32_t left)
{
    const uint32_t *cp = art->cp;
    if (left < 3 || cp[left - 1] != 0x4E3A /* 为 */)
        return -1;
    int32_t wei = left - 1, vend = -1;
    for (int32_t k = wei - 2; k >= 0 && k >= wei - 48 && vend < 0; k--) {
        uint32_t c = cp[k];
        if (!(gx_is_cjk(c) || gx_is_alnum(c) || c == ' ' || c == 0x3001 || c == '-' || c == '.'))
            break;
        if (word_ending(cp, 0, k, APPOINT_BEFORE) > 0)
            vend = k;
    }
    if (vend < 0)
        return -1;
    int first = -1;
    for (int32_t s = vend; s < wei;) {
        int32_t e = s;
        while (e < wei && cp[e] != 0x3001 && cp[e] != 0x548C /* 和 */ && cp[e] != 0x53CA /* 及 */)
            e++;
        int32_t ne = e - honorific_before(cp, s, e); /* 龚神佑先生 */
        if (!list_member_name(ix, art, s, ne))
            return first;
        /* the verb and 为 are the strongest evidence there is for these edges: stronger than a
         * gazetteer word across them (庄华|为公司 against 华为公司) */
        int p = rule_person(art, (gx_span){s, ne}, 0.97f);
        if (first < 0)
            first = p;
        else
            add_position(art, ts, p, -1);
        s = e + 1;
    }
    return first;
}

/* 赵慧娴任执行董事, 柯永坚已辞任执行董事, 刘康喜新任公司督察长: the person right before a verb of
 * taking or leaving the post (with 已/将/拟/亦/则/也/均 between), and each name of a 、 list before
 * it. Returns the holder next to the verb or -1. */
/* 曹建因工作原因，辞去…, 郑建东因工作变动，不再担任…: a clause of reason (因 and up to twelve CJK
 * characters, then a comma) between the person and the verb at q. Returns where the person ends
 * (the 因), or q. */
static int32_t reason_clause(const uint32_t *cp, int32_t q)
{
    if (q < 4 || (cp[q - 1] != ',' && cp[q - 1] != 0xFF0C))
        return q;
    int32_t at = q; /* the first 因 of the clause (原因 holds another) */
    for (int32_t k = q - 2; k >= 2 && k >= q - 14 && gx_is_cjk(cp[k]); k--)
        if (cp[k] == 0x56E0 /* 因 */)
            at = k;
    return at;
}

/* Adverbs and modals between a person and a verb of taking or leaving a post (冯滨将兼任,
 * 葛小波重新担任, 肖钢被免去, 周建林先生因个人原因申请辞去): a closed class. 在 is not one: in
 * the 910-document dump 马云在卸任阿里董事局主席 and 但老董在担任 were read wrong through it. */
static const char32_t *const POST_ADVERBS[] = {U"已经", U"正式", U"重新", U"即将", U"申请", U"曾经", U"同时", U"随后",
                                               U"已", U"将", U"拟", U"亦", U"则", U"也", U"均", U"被",
                                               U"曾", U"又", U"再", U"还", NULL};

static int post_takers(const gx_hit_index *ix, gx_article *art, gx_span ts, int32_t left)
{
    const uint32_t *cp = art->cp;
    /* 担任了中信证券的财务负责人: the owner with 的 (an organization the rules read), 了 after the
     * verb */
    if (left == ts.start && left >= 3 && cp[left - 1] == 0x7684 /* 的 */) {
        int org = cand_ending_at(art, left - 1, GX_ORGLIKE);
        if (org >= 0)
            left = art->candidates.v[org].span.start;
    }
    if (left >= 3 && cp[left - 1] == 0x4E86 /* 了 */ && word_ending(cp, 0, left - 1, TAKE_POST) >= 2)
        left--;
    int32_t v = word_ending(cp, 0, left, TAKE_POST);
    /* 关于聘任公司副总经理: 聘任 is an appointment, its appointee follows */
    if (v == 0 || word_ending(cp, 0, left, APPOINT_BEFORE) > 0)
        return -1;
    int32_t q = left - v;
    for (int guard = 0; guard < 3 && q > 0; guard++) {
        int32_t a = word_ending(cp, q - 2 > 0 ? q - 2 : 0, q, POST_ADVERBS);
        if (a == 0)
            break;
        q -= a;
    }
    q = reason_clause(cp, q);                             /* 曹建因工作原因，辞去 */
    q -= honorific_before(cp, q - 6 > 0 ? q - 6 : 0, q); /* 陈伟盛先生已辞任 */
    int first = -1;
    for (int guard = 0; guard < 6 && q >= 2; guard++) {
        int p = -1;
        int32_t s0 = -1;
        /* a Chinese name another rule or the tagger read there (董事长冯滨|将兼任: the title
         * before it is the left edge the reading below would want) */
        if (gx_is_cjk(cp[q - 1])) {
            int tp = person_ending_at(art, q);
            if (tp >= 0 && q - art->candidates.v[tp].span.start >= 2 && q - art->candidates.v[tp].span.start <= 4) {
                p = tp;
                s0 = art->candidates.v[tp].span.start;
            }
        }
        /* Ee Hock Leong已辞任执行董事: two or three capitalised Latin words before the verb */
        if (cp[q - 1] >= 'a' && cp[q - 1] <= 'z') {
            s0 = english_name_before(art, q);
            if (s0 < q && (s0 == 0 || !gx_is_alnum(cp[s0 - 1]))) {
                int tp = person_ending_at(art, q);
                p = tp >= 0 && art->candidates.v[tp].span.start == s0 ? tp : rule_person(art, (gx_span){s0, q}, 0.85f);
            }
        }
        for (int32_t len = 3; len >= 2 && p < 0; len--) {
            s0 = q - len;
            if (s0 < 0 || !list_member_name(ix, art, s0, q))
                continue;
            if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                continue;
            int tp = person_ending_at(art, q);
            /* a verb of two or more characters fixes the right edge (杨章鑫|获委任为) */
            p = tp >= 0 && art->candidates.v[tp].span.start == s0
                    ? tp
                    : rule_person(art, (gx_span){s0, q}, v >= 2 ? 0.9f : 0.8f);
        }
        if (p < 0)
            break;
        if (first < 0)
            first = p;
        else
            add_position(art, ts, p, -1);
        if (s0 < 2 || cp[s0 - 1] != 0x3001)
            break;
        q = s0 - 1;
    }
    return first;
}

/* One pass of chained_titles(); returns how many titles got a holder. */
static int chain_once(gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int changed = 0;
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        if (p->person >= 0)
            continue;
        int32_t left = owner_left(art, p->span.start);
        int32_t sep = left > 0 && (cp[left - 1] == 0x3001 || cp[left - 1] == 0x53CA || cp[left - 1] == 0x548C) ? 1 : 0;
        if (!sep && left >= 2 && cp[left - 2] == 0x4EE5 && cp[left - 1] == 0x53CA) /* 以及 */
            sep = 2;
        if (!sep)
            continue;
        int32_t prev_end = left - sep;
        for (int j = first_position; j < art->positions.n; j++) {
            const gx_position *o = &art->positions.v[j];
            if (j != i && o->person >= 0 && o->span.end == prev_end) {
                p->person = o->person;
                changed++;
                break;
            }
        }
    }
    return changed;
}

/* 辞任执行董事、公司薪酬委员会成员及公司行政总裁, 辞去董事、总经理职务: a title without a holder
 * that follows a held title through 、/及/和/以及 (and an optional 公司 or organization) shares
 * its holder. The positions were pushed from the text's end back, so a link can be reached before
 * the title it hangs on has its holder: passes repeat until none changes anything. */
static void chained_titles(gx_article *art, int first_position)
{
    while (chain_once(art, first_position) > 0)
        ;
}

/* 李勇，现任巨景投顾财经编辑: a person, a comma, then 现任/时任/曾任/系 and (within twelve
 * characters of one clause) the title: the person described is its holder. Returns the person
 * candidate or -1. */
static int appositive_holder(gx_article *art, gx_span ts)
{
    static const char32_t *const NOW[] = {U"现任", U"时任", U"曾任", U"现为", U"系", NULL};
    const uint32_t *cp = art->cp;
    for (int32_t k = ts.start; k > 2 && k > ts.start - 14; k--) {
        int32_t v = word_ending(cp, 0, k, NOW);
        /* (a parenthesis too: 公司股东丁然(现任公司董事、副总经理)计划减持) */
        if (v > 0 && k - v >= 2 &&
            (cp[k - v - 1] == ',' || cp[k - v - 1] == 0xFF0C || cp[k - v - 1] == '(' || cp[k - v - 1] == 0xFF08)) {
            int32_t pe = k - v - 1;
            int p = person_ending_at(art, pe);
            /* 陈成辉先生(系公司实际控制人…) */
            if (p < 0 && pe >= 3 && ((cp[pe - 2] == 0x5148 && cp[pe - 1] == 0x751F) || (cp[pe - 2] == 0x5973 && cp[pe - 1] == 0x58EB)))
                p = person_ending_at(art, pe - 2); /* 先生, 女士 */
            /* or the holder of a title closing the clause before (李勇,现任…编辑,系原…研究员) */
            for (int i = 0; p < 0 && i < art->positions.n; i++)
                if (art->positions.v[i].span.end == k - v - 1 && art->positions.v[i].person >= 0)
                    p = art->positions.v[i].person;
            return p;
        }
        if (!gx_is_cjk(cp[k - 1]) && !gx_is_alnum(cp[k - 1]))
            return -1;
    }
    return -1;
}

/* Whether a clause opens at pos: the text's start, a line, a colon or a sentence's end before. */
static bool clause_opens(const gx_article *art, int32_t pos)
{
    if (pos == 0)
        return true;
    uint32_t b = art->cp[pos - 1];
    return b == '\n' || b == 0x3002 || b == ':' || b == 0xFF1A || b == ' ' || b == 0x3000 || b == ';' || b == 0xFF1B ||
           b == '!' || b == '?';
}

/* 郭锋，上海石锋资产管理有限公司董事长。 施鸣，利得集团首席策略研究员，: a person opening a clause,
 * a comma, then only the title (with its owner: an organization candidate or 公司) closing the
 * clause — an apposition describing the person. Returns the person candidate or -1. */
static int comma_apposition(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    if (ts.end < art->ncp) {
        uint32_t c = cp[ts.end];
        /* (not 、: 阿里巴巴副总裁、…总经理汪海 is a chain of titles before their holder) */
        if (!(c == ',' || c == 0xFF0C || c == 0x3002 || c == ';' || c == 0xFF1B || c == '\n'))
            return -1;
    }
    int32_t left = owner_left(art, ts.start);
    if (left < 3 || (cp[left - 1] != ',' && cp[left - 1] != 0xFF0C))
        return -1;
    int p = person_ending_at(art, left - 1);
    if (p >= 0)
        return clause_opens(art, art->candidates.v[p].span.start) ? p : -1;
    /* a surname name no rule read yet, the whole clause (施鸣，利得集团首席策略研究员) */
    for (int32_t s0 = left - 4; s0 <= left - 3 && p < 0; s0++)
        if (s0 >= 0 && clause_opens(art, s0) && chinese_name(ix, art, s0) == left - 1)
            p = rule_person(art, (gx_span){s0, left - 1}, 0.8f);
    return p;
}

/* Holder-less titles described after a comma (appositive_holder()), read from the text's
 * end back as the positions were pushed, so a chain of such clauses reaches its person. */
static void appositives(const gx_hit_index *ix, gx_article *art, int first_position)
{
    for (int i = first_position; i < art->positions.n; i++)
        if (art->positions.v[i].person < 0) {
            art->positions.v[i].person = appositive_holder(art, art->positions.v[i].span);
            if (art->positions.v[i].person < 0)
                art->positions.v[i].person = comma_apposition(ix, art, art->positions.v[i].span);
        }
    for (int i = art->positions.n - 1; i >= first_position; i--)
        if (art->positions.v[i].person < 0)
            art->positions.v[i].person = appositive_holder(art, art->positions.v[i].span);
}

/* The one person the text [s, end) names (candidates of one text: 文细棠 twice is one), a rule's
 * candidate preferred; -1 when it names none or several, or an organization stands before it. */
static int one_person_in(const gx_article *art, int32_t s, int32_t end)
{
    int found = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON || c->span.start < s || c->span.end > end)
            continue;
        const gx_candidate *f = found >= 0 ? &art->candidates.v[found] : NULL;
        if (f && !(f->span.end - f->span.start == c->span.end - c->span.start &&
                   !memcmp(art->cp + f->span.start, art->cp + c->span.start, sizeof(uint32_t) * (size_t)(c->span.end - c->span.start))))
            return -1;
        if (!f || (c->source == GX_SRC_RULE && f->source != GX_SRC_RULE))
            found = i;
    }
    /* an organization before it shares or is the subject (格力金投及其一致行动人金诺信…，为…) */
    for (int i = 0; found >= 0 && i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_POSITION && (GX_ORGLIKE & (1 << c->type)) && c->span.start >= s &&
            c->span.end <= art->candidates.v[found].span.start)
            return -1;
    }
    return found;
}

/* The subject of a copula after a comma at end: the one person of the clause before the comma
 * (within 60 characters), or a name opening that clause that the article names as a person
 * elsewhere, or, when the clause names none, the one person of the sentence (from the last 。！？;
 * or line break, when that is at most 60 characters back); -1 otherwise. */
static int sentence_subject(const gx_hit_index *ix, gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t s = end, clause = -1;
    while (s > 0 && end - s < 60 && cp[s - 1] != 0x3002 && cp[s - 1] != '!' && cp[s - 1] != '?' && cp[s - 1] != ';' &&
           cp[s - 1] != '\n') {
        if (clause < 0 && (cp[s - 1] == ',' || cp[s - 1] == 0xFF0C))
            clause = s;
        s--;
    }
    int p = clause >= 0 ? one_person_in(art, clause, end) : -1;
    if (p >= 0)
        return p;
    /* 徐一于2017年加入招商基金，任…: a name opening the clause that the article names as a person
     * elsewhere (新任基金经理徐一) */
    int32_t k = clause >= 0 ? clause : s;
    while (k < end && (cp[k] == ' ' || cp[k] == 0x3000))
        k++;
    int32_t ne = k < end ? chinese_name(ix, art, k) : k;
    for (int i = 0; ne > k && i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->span.end - c->span.start == ne - k && c->span.start != k &&
            !memcmp(art->cp + c->span.start, cp + k, sizeof(uint32_t) * (size_t)(ne - k)))
            return rule_person(art, (gx_span){k, ne}, 0.8f);
    }
    if (end - s >= 60)
        return -1;
    for (int i = 0; clause >= 0 && i < art->candidates.n; i++)
        if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].span.start >= clause &&
            art->candidates.v[i].span.end <= end)
            return -1; /* the clause names several */
    return one_person_in(art, s, end);
}

/* 文细棠、蒋九明是顺威股份的股东, 何曙华正是公司原来的实际控制人, 张三为公司董事长: a title
 * without a holder, its owner (an organization, 公司) with 的 and a time word (原来/现在/目前/当时)
 * or 原/现 between, the copula 是/为/系 (with one adverb: 正是, 均为, 也是), and before it the
 * person, or a 、/和 list of persons, closing on the copula: a predicate role. The names must be
 * people the rules or the tagger read, or a surname name with a clear left edge. Returns the
 * holder next to the copula or -1. */
static int copula_holders(const gx_hit_index *ix, gx_article *art, gx_span ts, int org)
{
    const uint32_t *cp = art->cp;
    static const char32_t *const WHEN[] = {U"原来", U"现在", U"目前", U"当时", U"原", U"现", NULL};
    /* the title closes the clause (是…院长，也是…: not 导演|系科班出身) */
    if (ts.end < art->ncp && (gx_is_cjk(cp[ts.end]) || gx_is_alnum(cp[ts.end])) &&
        !(ts.end + 1 < art->ncp && cp[ts.end] == 0x4E4B && cp[ts.end + 1] == 0x4E00 /* 之一 */))
        return -1;
    int32_t q = ts.start;
    if (q > 0 && cp[q - 1] == 0x7684 /* 的 */)
        q--;
    q -= word_ending(cp, 0, q, WHEN);
    if (q > 0 && cp[q - 1] == 0x7684)
        q--;
    if (org >= 0 && art->candidates.v[org].span.end == q)
        q = art->candidates.v[org].span.start;
    else {
        int o = cand_ending_at(art, q, GX_ORGLIKE);
        if (o >= 0)
            q = art->candidates.v[o].span.start;
        else if (q >= 2 && cp[q - 2] == 0x516C && cp[q - 1] == 0x53F8) /* 公司 */
            q -= 2;
        else if (q == ts.start)
            return -1; /* 是股东: no owner, too loose (原因是董事长…) */
    }
    if (q < 3 || (cp[q - 1] != 0x662F /* 是 */ && cp[q - 1] != 0x4E3A /* 为 */ && cp[q - 1] != 0x7CFB /* 系 */))
        return -1;
    q--;
    /* 被任命为, 聘任…为: an appointment, read by appointees() and post_takers() */
    if (word_ending(cp, 0, q, APPOINT_BEFORE) > 0 || word_ending(cp, 0, q, TAKE_POST) > 0)
        return -1;
    static const char32_t adv[] = U"正均都也即仍就亦则";
    for (const char32_t *a = adv; *a; a++)
        if (q > 0 && cp[q - 1] == (uint32_t)*a) {
            q--;
            break;
        }
    /* 文细棠实际持有顺威股份38.55%的股权，是公司实际控制人: after a comma the copula's subject is
     * the sentence's; the one person the sentence names before it */
    if (q > 0 && (cp[q - 1] == ',' || cp[q - 1] == 0xFF0C))
        return sentence_subject(ix, art, q - 1);
    int first = -1;
    for (int guard = 0; guard < 8 && q >= 2; guard++) {
        int p = person_ending_at(art, q);
        int32_t s0 = p >= 0 ? art->candidates.v[p].span.start : -1;
        for (int32_t len = 3; p < 0 && len >= 2; len--) {
            s0 = q - len;
            if (s0 < 0 || chinese_name(ix, art, s0) != q)
                continue;
            if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                continue;
            p = rule_person(art, (gx_span){s0, q}, 0.8f);
        }
        if (p < 0)
            break;
        if (first < 0)
            first = p;
        else
            add_position(art, ts, p, org);
        if (s0 < 2 || (cp[s0 - 1] != 0x3001 && cp[s0 - 1] != 0x548C /* 和 */))
            break;
        q = s0 - 1;
    }
    return first;
}

/* 六名交易员名单：Krishna Mohan、Cedric Chanu, 董事候选人名单如下:张三、李四: a title without a
 * holder, then 名单 (and 如下) and a colon: each 、-separated item up to the sentence's end that is
 * a person the rules or the tagger read, a surname name, or two or more capitalised Latin words
 * holds the title. Returns the first holder or -1. */
static int heading_holders(const gx_hit_index *ix, gx_article *art, gx_span ts, int org)
{
    const uint32_t *cp = art->cp;
    int32_t q = ts.end;
    if (q + 3 >= art->ncp || cp[q] != 0x540D || cp[q + 1] != 0x5355) /* 名单 */
        return -1;
    q += 2;
    if (q + 2 < art->ncp && cp[q] == 0x5982 && cp[q + 1] == 0x4E0B) /* 如下 */
        q += 2;
    if (q >= art->ncp || (cp[q] != ':' && cp[q] != 0xFF1A))
        return -1;
    q++;
    int first = -1;
    for (int guard = 0; guard < 40 && q < art->ncp; guard++) {
        int32_t s = q, e = q;
        while (e < art->ncp && cp[e] != 0x3001 && cp[e] != 0x3002 && cp[e] != 0xFF1B && cp[e] != ';' &&
               cp[e] != '\n' && cp[e] != 0xFF0C && e - s < 40)
            e++;
        int32_t ie = e;
        while (s < ie && (cp[s] == ' ' || cp[s] == 0x3000))
            s++;
        while (ie > s && (cp[ie - 1] == ' ' || cp[ie - 1] == 0x3000))
            ie--;
        int p = -1;
        for (int i = 0; i < art->candidates.n && p < 0; i++)
            if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].span.start == s &&
                art->candidates.v[i].span.end == ie)
                p = i;
        if (p < 0 && list_member_name(ix, art, s, ie)) {
            bool two_words = false;
            for (int32_t k = s + 1; k + 1 < ie && !two_words; k++)
                two_words = cp[k] == ' ' && gx_is_upper(cp[k + 1]);
            if (gx_is_upper(cp[s]) ? two_words : chinese_name(ix, art, s) == ie)
                p = rule_person(art, (gx_span){s, ie}, 0.8f);
        }
        if (p >= 0) {
            if (first < 0)
                first = p;
            else
                add_position(art, ts, p, org);
        }
        if (e >= art->ncp || cp[e] != 0x3001)
            break;
        q = e + 1;
    }
    return first;
}

/* 现任凯石益正资产董事长的陈继武, 曾任无人驾驶事业部副总经理的吕厚昌, 卸任美联储主席的耶伦: a title
 * described by a verb of holding (现任/担任/时任/曾任/出任/卸任/接任/兼任/升任/身为/作为, in the same
 * clause before it), then 的 and a person (a candidate, or a surname name): the person holds it.
 * Returns the person candidate or -1. */
static int relative_holder(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    static const char32_t *const HOLD[] = {U"现任", U"担任", U"时任", U"曾任", U"出任", U"卸任", U"接任",
                                           U"兼任", U"升任", U"身为", U"作为", NULL};
    const uint32_t *cp = art->cp;
    if (ts.end + 2 >= art->ncp || cp[ts.end] != 0x7684 /* 的 */)
        return -1;
    bool held = false;
    for (int32_t k = ts.start; k >= 2 && k > ts.start - 16 && !held; k--) {
        if (word_ending(cp, 0, k, HOLD) > 0)
            held = true;
        else if (!(gx_is_cjk(cp[k - 1]) || gx_is_alnum(cp[k - 1]) || cp[k - 1] == ' ' || cp[k - 1] == 0x3001))
            break;
    }
    if (!held)
        return -1;
    int32_t ps = ts.end + 1;
    int p = cand_starting_at(art, ps, 1 << GX_ENT_PERSON);
    if (p >= 0)
        return p;
    int32_t pe = chinese_name(ix, art, ps);
    return pe > ps ? rule_person(art, (gx_span){ps, pe}, 0.8f) : -1;
}

/* Holder-less titles written as a predicate (copula_holders()), heading a list of names
 * (heading_holders()) or in a relative clause before their holder (relative_holder()). */
/* Can a verb of holding a post start with c (担 出 现 时 兼 升 转 接 就 改 作 身 成 任 以 获 历)? A cheap
 * test before the word lists are tried at every character of a clause. */
static bool hold_verb_start(uint32_t c)
{
    static const char32_t FIRST[] = U"担出现时兼升转接就改作身成任以获历";
    for (const char32_t *f = FIRST; *f; f++)
        if (c == (uint32_t)*f)
            return true;
    return false;
}

/* 徐一于2017年加入招商基金，任固定收益投资部研究员 / 周小川辞任后，担任央行行长: a verb of holding a
 * post opens the clause of a holder-less title (after a comma, with at most one adverb: 并 现 曾 后
 * 随后 同时 …; at most 12 characters of owner or unit between it and the title, no punctuation); the
 * holder is the subject of the clause before the comma (sentence_subject). */
static int clause_post_holder(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    static const char32_t *const HOLD[] = {U"担任", U"出任", U"现任", U"兼任", U"升任", U"转任", U"接任", U"就任",
                                           U"获任", U"历任", U"成为", U"任", NULL};
    static const char32_t *const OPEN[] = {U"随后", U"同时", U"目前", U"并", U"现", U"曾", U"后", U"也", U"又",
                                           U"还", U"再", U"将", NULL};
    const uint32_t *cp = art->cp;
    for (int32_t v = ts.start - 1; v >= 1 && ts.start - v <= 14; v--) {
        if (!gx_is_cjk(cp[v]))
            return -1;
        int32_t n = hold_verb_start(cp[v]) ? gx_word_at(art, v, HOLD) : 0;
        if (n == 0 || ts.start - (v + n) > 12)
            continue;
        int32_t c = v - word_ending(cp, 0, v, OPEN);
        if (c < 1 || (cp[c - 1] != ',' && cp[c - 1] != 0xFF0C))
            continue;
        /* 方嘉春并没有按照预想的，接任…董事长: a post the clause before denies */
        for (int32_t k = c - 2; k >= 0 && c - k <= 30 && cp[k] != ',' && cp[k] != 0xFF0C && cp[k] != 0x3002; k--)
            if (cp[k] == 0x6CA1 /* 没 */ || cp[k] == 0x672A /* 未 */)
                return -1;
        return sentence_subject(ix, art, c - 1);
    }
    return -1;
}

/* Does a position of the rules start at pos? */
static bool person_title_at(const gx_article *art, int32_t pos)
{
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == pos)
            return true;
    return false;
}

/* 刘姝威任万科十八届董事会独立董事 / 邓晖进入齐鲁证券担任副总裁 / 刘姝威作为万科的独立董事 /
 * 邓晖以总裁身份出席: the person opening the clause of a holder-less title, a verb of holding a
 * post after it (以 only with 身份 after the title), at most 12 characters of owner or unit
 * between the verb and the title and no 为 (任命X为Y is an appointment), nothing denied or asked
 * (没 未 不 无 否: 并无…担任董事职务, 能否出任), the title not qualifying a title after it
 * (实际控制人的一致行动人), and no punctuation on the way. */
static int opener_post_holder(gx_article *art, gx_span ts)
{
    static const char32_t *const HOLD[] = {U"担任", U"出任", U"现任", U"时任", U"兼任", U"升任", U"转任", U"接任",
                                           U"就任", U"改任为", U"改任", U"作为", U"身为", U"成为", U"任", U"以", NULL};
    const uint32_t *cp = art->cp;
    int32_t v = -1, vn = 0;
    for (int32_t k = ts.start - 1; k >= 1 && ts.start - k <= 14 && v < 0; k--) {
        if (!gx_is_cjk(cp[k]))
            return -1;
        int32_t n = hold_verb_start(cp[k]) ? gx_word_at(art, k, HOLD) : 0;
        if (n > 0 && ts.start - (k + n) <= 12) {
            v = k;
            vn = n;
        }
    }
    if (v < 0)
        return -1;
    /* 任命张宇峰为中国总裁: an appointment (appointments() reads it), not a holding */
    if (vn == 1 && cp[v] == 0x4EFB && v + 1 < art->ncp && (cp[v + 1] == 0x547D || cp[v + 1] == 0x804C || cp[v + 1] == 0x671F))
        return -1; /* 任命 任职 任期 */
    for (int32_t k = v + vn; k < ts.start; k++)
        if (cp[k] == 0x4E3A /* 为 */)
            return -1;
    /* 作为天和防务实际控制人的一致行动人: the title qualifies the post after it */
    if (ts.end + 1 < art->ncp && cp[ts.end] == 0x7684 && person_title_at(art, ts.end + 1))
        return -1;
    if (vn == 1 && cp[v] == 0x4EE5 /* 以 */) {
        int32_t a = ts.end + (ts.end < art->ncp && cp[ts.end] == 0x7684 /* 的 */);
        if (a + 1 >= art->ncp || cp[a] != 0x8EAB || cp[a + 1] != 0x4EFD /* 身份 */)
            return -1;
    }
    /* the clause's opener: a person candidate starting the clause, within 20 characters */
    int32_t s = v;
    while (s > 0 && v - s < 20 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
        s--;
    if (s > 0 && gx_is_cjk(cp[s - 1]))
        return -1;
    int p = cand_starting_at(art, s, 1 << GX_ENT_PERSON);
    if (p < 0 || art->candidates.v[p].span.end > v)
        return -1;
    for (int32_t k = art->candidates.v[p].span.end; k < v; k++)
        if (cp[k] == 0x6CA1 || cp[k] == 0x672A || cp[k] == 0x4E0D || cp[k] == 0x65E0 || cp[k] == 0x5426 /* 没 未 不 无 否 */)
            return -1;
    return p;
}

static void predicate_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    int n = art->positions.n;
    for (int i = first_position; i < n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        int person = copula_holders(ix, art, art->positions.v[i].span, art->positions.v[i].organization);
        if (person < 0)
            person = heading_holders(ix, art, art->positions.v[i].span, art->positions.v[i].organization);
        if (person < 0)
            person = relative_holder(ix, art, art->positions.v[i].span);
        if (person < 0)
            person = clause_post_holder(ix, art, art->positions.v[i].span);
        if (person < 0)
            person = opener_post_holder(art, art->positions.v[i].span);
        if (person >= 0)
            art->positions.v[i].person = person; /* re-read: add_position() may have moved the vector */
    }
}

/* The article's writer: the byline's one author, else the person its headline opens with
 * (边风炜：A股还有多少债要还, 祝宝良判断2018经济形势). Returns the person candidate or -1. */
static int article_writer(gx_article *art)
{
    if (art->authors.n > 1)
        return -1;
    int32_t t0 = art->title_span.start, t1 = art->title_span.end;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON)
            continue;
        if (art->authors.n == 1 ? is_author(art, c->span) : (t1 > t0 && c->span.start == t0 && c->span.end < t1))
            return i;
    }
    return -1;
}

/* (本文作者系长金投资董事长), (作者为国泰君安上海研究总监): an author's note gives the writer
 * (article_writer()) the title that follows 作者系/为/是 and its organization in the same clause;
 * a note without a writer (作者系资本市场研究人士 under no byline) gives none. */
static void author_notes(gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int writer = -2; /* not looked up yet */
    for (int i = first_position; i < art->positions.n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        /* 作者系/为/是 in the same clause, before the title and its organization */
        int32_t ts = art->positions.v[i].span.start, k = ts - 1;
        while (k >= 2 && k >= ts - 24 && gx_is_cjk(cp[k]) &&
               !((cp[k] == 0x7CFB || cp[k] == 0x4E3A || cp[k] == 0x662F) && cp[k - 2] == 0x4F5C && cp[k - 1] == 0x8005))
            k--; /* 系 为 是 after 作者 */
        if (k < 2 || k < ts - 24 || !gx_is_cjk(cp[k]))
            continue;
        if (writer == -2)
            writer = article_writer(art);
        if (writer < 0)
            return;
        art->positions.v[i].person = writer;
    }
}

/* Holder-less titles in announcements' phrasing (appointees(), post_takers()). */
static void announcement_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    int n = art->positions.n;
    for (int i = first_position; i < n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        gx_span ts = art->positions.v[i].span;
        int32_t left = owner_left(art, ts.start);
        int person = appointees(ix, art, ts, left);
        if (person < 0)
            person = post_takers(ix, art, ts, left);
        if (person >= 0)
            art->positions.v[i].person = person; /* re-read: add_position() may have moved the vector */
    }
}

/* 任命刘士余同志为中国证监会主席, 郭树清则转任山东省省长: a title without a holder after it, an
 * appointment verb before its organization, and a person before the verb. */
static void appointments(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    static const uint32_t skip[] = {0x540C, 0x5FD7, 0x5219, 0x53C8, 0x540E, 0x4FBF, 0x5DF2, 0x66FE, ','};
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        if (p->person >= 0)
            continue;
        int32_t left = p->organization >= 0 && art->candidates.v[p->organization].span.end == p->span.start
                           ? art->candidates.v[p->organization].span.start
                           : p->span.start;
        /* the organization may also be a place the rules do not name (转任山东省省长) */
        int v = 0;
        for (int32_t k = 0; k <= 5 && left - k > 0 && v == 0; k++) {
            if (k > 0 && !gx_is_cjk(cp[left - k]))
                break;
            v = gx_hit_len_ending(ix, left - k, GX_LEX_APPOINT_VERB);
            if (v)
                left -= k;
        }
        if (v == 0)
            continue;
        int32_t q = left - v;
        /* 同志, 则, 又, 后, 便, 已, 曾 and a comma may stand between the person and the verb */
        for (int guard = 0; guard < 4 && q > 0; guard++) {
            bool moved = false;
            for (size_t k = 0; k < sizeof skip / sizeof skip[0] && !moved; k++)
                if (cp[q - 1] == skip[k]) {
                    q--;
                    moved = true;
                }
            if (!moved)
                break;
        }
        int person = person_ending_at(art, q);
        for (int32_t len = 3; person < 0 && len >= 2; len--) {
            /* a name of its own right before: 任命李明远同志为 */
            int32_t s0 = q - len;
            if (s0 < 0 || chinese_name(ix, art, s0) != q)
                continue;
            if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                continue;
            person = rule_person(art, (gx_span){s0, q}, 0.8f);
        }
        if (person >= 0)
            p->person = person;
    }
}

/* 美国财长努钦 … 美国财政部长努钦关于美元的讲话: a title without a holder, followed by the
 * name of a person the rules found after another title. The name must end at a name edge, or,
 * for a transliterated name, before a character that could not continue it. */
static void repeated_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int ncand = art->candidates.n;
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        int32_t at = p->span.end;
        if (p->person >= 0 || at >= art->ncp || !gx_is_cjk(cp[at]))
            continue;
        for (int k = 0; k < ncand; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            int32_t len = c->span.end - c->span.start;
            if (cp[c->span.start] != cp[at] || c->type != GX_ENT_PERSON || c->source != GX_SRC_RULE || len < 2 ||
                c->span.start == at ||
                at + len > art->ncp || memcmp(cp + at, cp + c->span.start, (size_t)len * sizeof *cp) != 0)
                continue;
            bool translit = true;
            for (int32_t j = 0; j < len && translit; j++)
                translit = gx_translit_char(cp[at + j]) || is_name_dot(cp[at + j]);
            if (!name_edge_ok(ix, art, at + len) &&
                !(translit && at + len < art->ncp && !gx_translit_char(cp[at + len])))
                continue;
            float score = c->score;
            p->person = rule_person(art, (gx_span){at, at + len}, score);
            break;
        }
    }
}

/* Whether cp[w..e) is exactly one of the ASCII words of list (NULL-terminated). */
static bool word_in(const uint32_t *cp, int32_t w, int32_t e, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (e > w && gx_ascii_at(cp, e, w, list[k], false) == e - w)
            return true;
    return false;
}

/* Whether the Latin word cp[w..e) is one that ends business names, not people's (Capital
 * Economics, Deutsche Bank, Morgan Stanley Research). */
static bool business_word(const uint32_t *cp, int32_t w, int32_t e)
{
    static const char *const BUSINESS[] = {"Bank", "Capital", "Group", "Partners", "Research", "Securities",
                                           "Management", "Advisors", "Associates", "Holdings", "Economics",
                                           "Investments", "Fund", "Funds", "Asset", "Global", "International",
                                           "Financial", "Trust", "Markets", "Analytics", "Insights", "Intelligence",
                                           "Consulting", "Strategies", "Street", "Times", "News", "Post", "Journal",
                                           "Reuters", "Bloomberg", "Inc", "Corp", "Ltd", "Co", "Company",
                                           "Corporation", "Foundation", "Institute", "University", "Association",
                                           "Agency", "Commission", "Council", "Committee", "Department", "Ministry",
                                           "Office", "Authority", "Exchange", "Board", "Court", "Party", "Union",
                                           "Administration", "Services", "Systems", "Technologies", "Labs",
                                           "Motors", "Airlines", "Energy", "Media", "Press", "Network", NULL};
    return word_in(cp, w, e, BUSINESS);
}

/* Names listed with a person: 萨维奇、迪科夫、尼尔, 习褚和裘暖 — next to a person candidate (the
 * tagger's at 0.8 or more, a rule's or the gazetteer's) across 、/和/与, a surname and one or two
 * given characters (chinese_name()) closed by the list's punctuation (、 等 和 与 , 。 的 ) or
 * the text's end) is a person too. In CLUENER's training lines 44 of 45 such neighbours of a
 * labelled name are names. New persons anchor further neighbours (A、B、C). */
static bool list_closer(const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp)
        return true;
    uint32_t c = art->cp[pos];
    return c == 0x3001 || c == 0x7B49 || c == 0x548C || c == 0x4E0E || c == ',' || c == 0xFF0C ||
           c == 0x3002 || c == 0x7684 || c == ')' || c == 0xFF09;
}

static bool list_joiner(uint32_t c)
{
    return c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */;
}

static void listed_names(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int i = 0; i < art->candidates.n && i < 4096; i++) {
        gx_candidate c = art->candidates.v[i];
        if (c.type != GX_ENT_PERSON || (c.source == GX_SRC_TAGGER && c.score < 0.8f))
            continue;
        /* after it: X、Y */
        if (c.span.end + 3 <= art->ncp && list_joiner(cp[c.span.end])) {
            int32_t s0 = c.span.end + 1;
            int32_t e = chinese_name(ix, art, s0);
            if (e - s0 >= 2 && e - s0 <= 3 && list_closer(art, e))
                rule_person(art, (gx_span){s0, e}, 0.7f);
        }
        /* before it: Y、X */
        if (c.span.start >= 3 && list_joiner(cp[c.span.start - 1])) {
            int32_t e = c.span.start - 1;
            for (int32_t len = 3; len >= 2; len--) {
                int32_t s0 = e - len;
                if (s0 < 0 || chinese_name(ix, art, s0) != e)
                    continue;
                if (s0 > 0 && (gx_is_cjk(cp[s0 - 1]) || gx_is_alnum(cp[s0 - 1])) && cp[s0 - 1] != 0x3001 &&
                    gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                    continue;
                rule_person(art, (gx_span){s0, e}, 0.7f);
                break;
            }
        }
    }
}

/* A capitalised First Last pair (a middle initial allowed) before what people do, with no
 * title: David Kostin牵头的策略师, Jan Hatzius表示, Ed Yardeni认为. Never a name the lexicon or
 * another rule already reads as an organisation (Morgan Stanley表示), nor one whose last word
 * is a business word (Capital Economics认为, Deutsche Bank称). */
static void latin_speakers(gx_article *art)
{
    static const char32_t *const verbs[] = {U"牵头的", U"领导的", U"带领的", U"表示", U"指出", U"称", U"认为",
                                            U"团队", U"说", U"预计", U"强调", U"写道", U"告诉", NULL};
    const uint32_t *cp = art->cp;
    for (int32_t i = 0; i < art->ncp; i++) {
        if (cp[i] < 'A' || cp[i] > 'Z' || (i > 0 && (gx_is_alnum(cp[i - 1]) || cp[i - 1] == ' ' || cp[i - 1] == '.' ||
                                             cp[i - 1] == '-' || cp[i - 1] == '&')))
            continue;
        /* words: a capital then lower case letters; a middle initial "J." */
        int32_t e = i, words = 0, last = i;
        bool ok = true;
        for (;;) {
            int32_t w = e;
            if (w >= art->ncp || !gx_is_upper(cp[w]))
                break;
            w++;
            int lower = 0;
            while (w < art->ncp && cp[w] >= 'a' && cp[w] <= 'z') {
                w++;
                lower++;
            }
            if (lower == 0 && w < art->ncp && cp[w] == '.' && words > 0)
                w++; /* a middle initial */
            else if (lower == 0)
                ok = false;
            if (w < art->ncp && gx_is_alnum(cp[w]))
                ok = false;
            if (!ok)
                break;
            words++;
            last = e;
            e = w;
            if (e + 1 < art->ncp && cp[e] == ' ' && gx_is_upper(cp[e + 1]) && words < 4)
                e++;
            else
                break;
        }
        if (!ok || words < 2 || words > 3 || e >= art->ncp || cp[e - 1] == ' ' || !gx_is_cjk(cp[e])) {
            i = e > i ? e : i;
            continue;
        }
        int32_t v = e;
        if (cp[v] == 0x7684 /* 的 */ && gx_word_at(art, v + 1, (const char32_t *const[]){U"团队", NULL}))
            v++;
        if (!gx_word_at(art, v, verbs)) {
            i = e;
            continue;
        }
        gx_span span = {i, e};
        if (!business_word(cp, last, e) && cand_starting_at(art, i, GX_ORGLIKE) < 0 && cand_ending_at(art, e, GX_ORGLIKE) < 0)
            rule_person(art, span, 0.8f);
        i = e;
    }
}

/* The ASCII text w at cp[i] (a whole word when it ends in a letter): its length, else 0. */
static int32_t ascii_at(const gx_article *art, int32_t i, const char *w)
{
    int32_t l = gx_ascii_at(art->cp, art->ncp, i, w, false);
    if (l && gx_is_alnum((uint32_t)(unsigned char)w[l - 1]) && i + l < art->ncp && gx_is_alnum(art->cp[i + l]))
        return 0;
    return l;
}

/* Words that open a capitalised run without being part of a name (sentence openers, titles:
 * "In Kentucky", "Governor John Bel Edwards"). */
static bool name_opener_word(const uint32_t *cp, int32_t w, int32_t e)
{
    static const char *const OPENERS[] = {
        "The", "This", "That", "These", "Those", "In", "On", "At", "For", "From", "But", "And", "Or", "When",
        "While", "After", "Before", "As", "If", "Then", "So", "Yet", "Also", "Last", "Next", "Its", "His", "Her",
        "Their", "Our", "My", "Mr", "Mrs", "Ms", "Dr", "Sir", "Chief", "Executive", "President", "Vice",
        "Chairman", "Chairwoman", "Governor", "Senator", "Minister", "Secretary", "Director", "Analyst",
        "Economist", "Professor", "General", "Judge", "Officer", "Founder", "Manager", "Strategist", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL};
    return word_in(cp, w, e, OPENERS);
}

/* A speaker's byline in a headline or a quote's lead: an organization opening the line or the
 * clause, a surname name, a colon (星展银行程兵：70%资金…, 嘉实基金齐海滔:中国医疗…) — the
 * financial press's "firm + analyst: view" form. The organization must open the text, a line or
 * a clause, so that the name is the firm's person and not a phrase. */
static void headline_speakers(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int i = 0; i < n0 && i < 4096; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_COMPANY && c->type != GX_ENT_ORGANIZATION && c->type != GX_ENT_GOVERNMENT)
            continue;
        int32_t s0 = c->span.start, p = c->span.end;
        if (s0 > 0) {
            uint32_t b = cp[s0 - 1];
            if (gx_is_cjk(b) || gx_is_alnum(b) || b == 0x3001 /* 、 */)
                continue;
        }
        int32_t e = chinese_name(ix, art, p);
        if (e - p < 2 || e - p > 3 || e >= art->ncp || (cp[e] != 0xFF1A && cp[e] != ':'))
            continue;
        rule_person(art, (gx_span){p, e}, 0.8f);
    }
}

/* A full name before 先生/女士 (钟波先生, 叶芳女士, 钱钟书先生): a surname name of two or three
 * characters whose left edge is clear (the text's or a line's start, punctuation, a stop word
 * such as 公司/股东/聘任, or a title). A bare surname and the form of address (陈先生) is no name
 * and is not read here. */
static void addressed_names(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 2; i + 1 < art->ncp; i++) {
        bool form = (cp[i] == 0x5148 && cp[i + 1] == 0x751F) /* 先生 */ || (cp[i] == 0x5973 && cp[i + 1] == 0x58EB) /* 女士 */;
        if (!form)
            continue;
        for (int32_t len = 3; len >= 2; len--) {
            int32_t s0 = i - len;
            if (s0 < 0 || chinese_name(ix, art, s0) != i)
                continue;
            bool edge = s0 == 0 || !gx_is_cjk(cp[s0 - 1]) || cp[s0 - 1] == 0x3001 ||
                        gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_ending(ix, s0, GX_LEX_POSITION) > 0;
            if (!edge)
                continue; /* 公司|钟波先生: the shorter reading (司 is a surname too) */
            rule_person(art, (gx_span){s0, i}, 0.8f);
            break;
        }
    }
}

/* A person in English text: the last two or three capitalised words before a verb of speech
 * ("John Bel Edwards said", "Jane Doe told"), or after one ("said Jim Hood", "according to
 * Jane Doe"), run openers and titles trimmed off ("Governor", "In"); never a business name
 * (Capital Economics said) nor one a rule reads as an organisation. */
static void english_speakers(gx_article *art)
{
    static const char *const AFTER[] = {" said", " says", " told", " added", " wrote", " noted", " argued",
                                        " explained", " warned", " predicted", NULL};
    static const char *const BEFORE[] = {"said ", "says ", "according to ", "told by ", NULL};
    const uint32_t *cp = art->cp;
    for (int32_t i = 1; i < art->ncp; i++) {
        if (cp[i] != ' ' && !(cp[i - 1] == ' ' && (cp[i] == 's' || cp[i] == 'a' || cp[i] == 't')))
            continue;
        int32_t s = -1, e = -1;
        for (int k = 0; AFTER[k] && s < 0; k++)
            if (cp[i] == ' ' && cp[i - 1] >= 'a' && cp[i - 1] <= 'z' && ascii_at(art, i, AFTER[k])) {
                e = i;
                s = english_name_before(art, e);
            }
        for (int k = 0; BEFORE[k] && s < 0; k++) {
            int32_t l = cp[i] != ' ' ? ascii_at(art, i, BEFORE[k]) : 0;
            if (l && (e = english_name(art, i + l)) > i + l)
                s = i + l;
        }
        if (s < 0 || e <= s)
            continue;
        /* words of [s, e): trim openers from the left, at least two must stay */
        int32_t w = s;
        while (w < e) {
            int32_t we = w;
            while (we < e && cp[we] != ' ')
                we++;
            if (!name_opener_word(cp, w, we) || we >= e)
                break;
            w = we + 1;
        }
        int words = 1;
        int32_t last = w;
        for (int32_t k = w; k < e; k++)
            if (cp[k] == ' ') {
                words++;
                last = k + 1;
            }
        if (words < 2 || business_word(cp, last, e) || cand_starting_at(art, w, GX_ORGLIKE) >= 0 ||
            cand_ending_at(art, e, GX_ORGLIKE) >= 0)
            continue;
        rule_person(art, (gx_span){w, e}, 0.75f);
    }
}

void gx_people_rules(const gx_hit_index *ix, gx_article *art)
{
    int first_position = art->positions.n;
    const uint32_t *cp = art->cp;
    GX_VEC(title_span) titles;
    memset(&titles, 0, sizeof titles);
    int32_t covered = -1;
    /* 1. maximal title spans, with 副 prefixes and 兼 / '/' compositions */
    for (int i = 0; i < ix->n; i++) {
        const gx_lex_hit *h = &ix->hits[i];
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, h->entry);
        if (e->kind != GX_LEX_POSITION || h->start < covered)
            continue;
        if (gx_hit_len_starting(ix, h->start, GX_LEX_POSITION) > h->end - h->start)
            continue;
        gx_span s = {h->start, h->end};
        /* 董事会, 编辑部 are no titles; 总经理职务, 公司秘书职位 (the post of) are */
        if (s.end < art->ncp && is_title_breaker(cp[s.end]) &&
            !(cp[s.end] == 0x804C && s.end + 1 < art->ncp && (cp[s.end + 1] == 0x52A1 || cp[s.end + 1] == 0x4F4D) /* 职务, 职位 */))
            continue;
        if (modifier_title(art, s.end) || title_inside_word(art, s.start))
            continue;
        if (!(e->flags & GX_LEXF_LATIN))
            s.start = title_prefixes(art, s.start);
        /* 市场总监, 公关部经理: a department word belongs to the title */
        /* (亚太|交易|主管, 新兴市场|货币|策略|负责人), never into a company or person name that
         * ends there (鼎晖投资|合伙人, 刘亚洲|上将) */
        /* (首席|全球|经济学家: 副/首席 prefixes and desk words alternate) */
        for (int guard = 0; guard < 4; guard++) {
            int d = gx_hit_len_ending(ix, s.start, GX_LEX_DEPT_PREFIX);
            if (d == 0)
                d = covered_scope(ix, art, s.start);
            if (d == 0 || cand_ending_at(art, s.start, (1 << GX_ENT_COMPANY) | (1 << GX_ENT_PERSON)) >= 0)
                break;
            s.start -= d;
            if (!(e->flags & GX_LEXF_LATIN))
                s.start = title_prefixes(art, s.start);
        }
        /* 投资策略部门主管, 衍生品部门副总裁: the unit named with 部门 is where the post is, not
         * the post; the title is what follows it (部门经理 alone stays, and 公关部部门经理, where
         * 部 named the unit already) */
        int32_t owner_end = s.start;
        for (int32_t k = s.end - 3; k > s.start + 1; k--)
            if (cp[k - 1] == 0x90E8 && cp[k] == 0x95E8 /* 部门 */ && cp[k - 2] != 0x90E8) {
                s.start = k + 1;
                break;
            }
        /* 院长助理, 投资经理助理: the assistant's post */
        if (s.end + 1 < art->ncp && cp[s.end] == 0x52A9 && cp[s.end + 1] == 0x7406 /* 助理 */)
            s.end += 2;
        for (;;) {
            if (s.end + 1 < art->ncp && (cp[s.end] == 0x517C /* 兼 */ || cp[s.end] == '/')) {
                int nx = gx_hit_len_starting(ix, s.end + 1, GX_LEX_POSITION);
                if (nx > 0) {
                    s.end = s.end + 1 + nx;
                    continue;
                }
            }
            break;
        }
        title_span *t = GX_VEC_PUSH(art->arena, titles);
        t->span = s;
        t->owner_end = owner_end;
        t->latin = (e->flags & GX_LEXF_LATIN) != 0;
        covered = s.end;
    }
    /* 华泰宏观首席李超表示: 首席 alone, between the desk it heads and a name, is the post (a chief
     * analyst's); everywhere else it is a prefix of the title after it (首席经济学家) */
    bool chief = false;
    for (int32_t i = 1; i + 3 < art->ncp; i++) {
        if (cp[i] != 0x9996 || cp[i + 1] != 0x5E2D /* 首席 */ || !gx_is_cjk(cp[i - 1]) || cp[i - 1] == 0x7684 /* 的 */ ||
            gx_hit_len_starting(ix, i + 2, GX_LEX_POSITION) > 0 || gx_hit_len_ending(ix, i + 2, GX_LEX_POSITION) > 0)
            continue;
        bool inside = false;
        for (int k = 0; k < titles.n && !inside; k++)
            inside = titles.v[k].span.start <= i && i < titles.v[k].span.end;
        int32_t ne = chinese_name(ix, art, i + 2);
        if (inside || ne == i + 2 || (ne < art->ncp && gx_is_cjk(cp[ne]) && gx_hit_len_starting(ix, ne, GX_LEX_NAME_END) == 0))
            continue;
        title_span *t = GX_VEC_PUSH(art->arena, titles);
        memset(t, 0, sizeof *t);
        t->span = (gx_span){i, i + 2};
        t->owner_end = i;
        chief = true;
    }
    if (chief)
        qsort(titles.v, (size_t)titles.n, sizeof titles.v[0], gx_cmp_int32);
    /* 2. holders, organisations and chains, from the last title backwards */
    for (int k = titles.n - 1; k >= 0; k--) {
        title_span *t = &titles.v[k];
        if (t->done)
            continue;
        t->done = true;
        gx_span ts = t->span;
        int person = -1;
        int32_t ps = ts.end, pe = ts.end;
        if (t->latin && !(ps < art->ncp && gx_is_cjk(cp[ps]))) {
            if (ps < art->ncp && cp[ps] == ' ')
                ps++;
            pe = english_name(art, ps);
            if (pe == ps) {
                /* "Jensen Huang, chief executive of Nvidia" */
                int32_t q = ts.start;
                if (q >= 2 && cp[q - 1] == ' ' && cp[q - 2] == ',') {
                    int32_t s = english_name_before(art, q - 2);
                    if (s < q - 2) {
                        ps = s;
                        pe = q - 2;
                    }
                }
            }
        } else {
            /* 记者 王一鸣, 责任编辑:牛鹏飞, 编辑 | 杨轩 (a byline's separator, spaced or not) */
            if (ps < art->ncp && (cp[ps] == ' ' || cp[ps] == ':'))
                ps++;
            bool piped = ps + 1 < art->ncp && cp[ps] == '|';
            if (piped)
                ps += 1 + (cp[ps + 1] == ' ');
            pe = chinese_name(ix, art, ps);
            /* (a byline's author keeps the role the byline gives, with its outlet) */
            if (piped && pe > ps && is_author(art, (gx_span){ps, pe}))
                pe = ps;
            /* 黄少媚、赵慧娴任执行董事 郑志刚任执行副主席: a name after a space that takes a post of
             * its own opens the next clause of a headline; it holds the title after its verb (the
             * name may have been read a character short: 郑志|刚任) */
            if (ps > ts.end && cp[ts.end] == ' ' && pe > ps &&
                (gx_word_at(art, pe, TAKE_POST) || (pe - ps == 2 && gx_word_at(art, pe + 1, TAKE_POST))))
                pe = ps;
            /* 现任基金经理为宋昆, 董事长是李明: 为/是 and a name closing the clause */
            /* (总经理、董事长均是王晶: one adverb before the copula) */
            int32_t cop = ps;
            if (pe == ps && ps + 4 < art->ncp && (cp[ps] == 0x5747 /* 均 */ || cp[ps] == 0x90FD /* 都 */ ||
                                                  cp[ps] == 0x4E5F /* 也 */ || cp[ps] == 0x4ECD /* 仍 */))
                cop++;
            if (pe == ps && cop + 3 < art->ncp && (cp[cop] == 0x4E3A || cp[cop] == 0x662F)) {
                int32_t ne = chinese_name(ix, art, cop + 1);
                if (ne > cop + 1 && (ne >= art->ncp || !gx_is_cjk(cp[ne]))) {
                    ps = cop + 1;
                    pe = ne;
                }
            }
            /* a foreign name: 财长努钦, 分析师汉森, 首席投资官迈克·威尔逊 (the longer reading wins
             * when a surname starts it: 施瓦辛格) */
            if (ps < art->ncp && gx_is_cjk(cp[ps])) {
                int32_t te = translit_name(ix, art, ps);
                if (te > pe && (pe == ps || te - ps >= 3))
                    pe = te;
                /* a name glossed in Latin: 总统罗德里戈。杜特尔特(Rodrigo Duterte) */
                int32_t ge = glossed_name(ix, art, ps);
                if (ge > pe)
                    pe = ge;
            }
            if (writer_title(art, ts)) {
                /* 本文作者华盛学院林海: the writer's organization, then the name (this reading
                 * beats a name read at the organization's start: 东方|投资学院) */
                int o = cand_starting_at(art, ps, GX_ORGLIKE);
                int32_t oe = o >= 0 ? art->candidates.v[o].span.end : ps;
                for (int32_t k = ps + 3; o < 0 && oe == ps && k <= ps + 10 && k < art->ncp && gx_is_cjk(cp[k - 1]); k++)
                    if (gx_hit_len_ending(ix, k, GX_LEX_ORG_SUFFIX) > 0 || gx_hit_len_ending(ix, k, GX_LEX_COMPANY_SUFFIX) > 0)
                        oe = k; /* an organization the rules name later (华盛学院) */
                int32_t ne = oe > ps ? chinese_name(ix, art, oe) : oe;
                if (ne > oe) {
                    ps = oe;
                    pe = ne;
                }
            }
            if (pe == ps && japanese_title(art, ts))
                pe = name_before_verb(ix, art, ps);
            if (pe == ps && ps < art->ncp && gx_is_upper(cp[ps]))
                pe = english_name(art, ps);
            /* 首席市场策略师 Kinahan称, 主席Foire指出: one Latin surname, then a word that follows
             * names (a name-end word of two characters: 指出, 表示; or 称 说 在 曾 则 也; not
             * 分析师Excel|表格) */
            if (pe == ps && ps < art->ncp && gx_is_upper(cp[ps])) {
                int32_t e = ps + 1;
                while (e < art->ncp && cp[e] >= 'a' && cp[e] <= 'z')
                    e++;
                static const char32_t AFTER[] = U"称说在曾则也";
                bool after = e < art->ncp && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) >= 2;
                for (const char32_t *a = AFTER; !after && *a && e < art->ncp; a++)
                    after = cp[e] == (uint32_t)*a;
                if (e - ps >= 3 && after)
                    pe = e;
            }
            /* 公司总经理:PENGFEI ZHANG, 副总经理:DAWEIGUO、王卫锋 (filings write names in capitals) */
            if (pe == ps && ps > ts.end && cp[ps - 1] == ':')
                pe = capital_name(art, ps);
        }
        if (pe > ps)
            person = rule_person(art, (gx_span){ps, pe}, 0.85f);
        /* more holders of the same title: 记者刘诗平、白洁纯 / 记者 王一鸣 张三 */
        int32_t more = pe;
        while (person >= 0 && !t->latin && more + 1 < art->ncp && (cp[more] == 0x3001 || cp[more] == ' ')) {
            int32_t ne = chinese_name(ix, art, more + 1);
            if (ne == more + 1 || (ne < art->ncp && gx_is_cjk(cp[ne]) && gx_hit_len_starting(ix, ne, GX_LEX_NAME_END) == 0))
                break;
            int other = rule_person(art, (gx_span){more + 1, ne}, 0.8f);
            add_position(art, ts, other, cand_ending_at(art, ts.start, GX_ORGLIKE));
            more = ne;
        }
        if (person < 0 && !t->latin) {
            /* the holder before the title: 刘士余主席, 王军董事长表示 */
            person = holder_before(ix, art, ts);
            if (person >= 0) {
                add_position(art, ts, person, -1);
                continue;
            }
        }
        /* the organisation right before the title (or "of X" after an English title), or
         * before 时任 (at the time) and the title: 公司时任董事长 */
        gx_span os = {t->owner_end, ts.end};
        if (os.start >= 3 && cp[os.start - 2] == 0x65F6 && cp[os.start - 1] == 0x4EFB /* 时任 */)
            os.start -= 2;
        int org = cand_ending_at(art, os.start, GX_ORGLIKE);
        if (org < 0 && person >= 0 && !t->latin && os.start > 0 && gx_is_cjk(cp[os.start - 1]))
            org = org_before_title(ix, art, os);
        if (!t->latin) {
            int lo = latin_org_before_title(ix, art, os);
            if (lo >= 0)
                org = lo;
        }
        if (org < 0 && person >= 0 && !t->latin)
            org = org_across_comma(art, os);
        if (org < 0 && t->latin && ts.end + 4 < art->ncp && cp[ts.end] == ' ' && cp[ts.end + 1] == 'o' &&
            cp[ts.end + 2] == 'f' && cp[ts.end + 3] == ' ')
            org = cand_starting_at(art, ts.end + 4, GX_ORGLIKE);
        /* 博智宏观论坛学术委员会委员任泽平: a member of a committee of another body holds the
         * committee's post (学术委员会委员) in that body (博智宏观论坛); a committee that is the body
         * itself (证券交易委员会主席, 货币政策委员会委员) stays the organization */
        int32_t split_left = -1;
        if (person >= 0 && org >= 0 && art->candidates.v[org].span.end == ts.start && committee_post(art, ts)) {
            gx_span os2 = art->candidates.v[org].span;
            int32_t k = committee_split(ix, art, os2);
            if (k > os2.start) {
                ts.start = k;
                org = cand_ending_at(art, k, GX_ORGLIKE);
                split_left = os2.start;
            }
        }
        add_position(art, ts, person, org);
        if (person < 0)
            continue;
        /* "X<title><name>" is evidence that X is a name */
        if (org >= 0 && art->candidates.v[org].source == GX_SRC_RULE && art->candidates.v[org].score < 0.85f)
            art->candidates.v[org].score += 0.1f;
        /* chain: 院士、...所长郑纬民 — titles joined by 、 share the holder */
        int32_t left = split_left >= 0                                               ? split_left
                       : org >= 0 && art->candidates.v[org].span.end == os.start ? art->candidates.v[org].span.start
                                                                                 : os.start;
        for (int j = k - 1; j >= 0 && left > 0 && cp[left - 1] == 0x3001; j--) {
            title_span *u = &titles.v[j];
            if (u->done || u->span.end != left - 1)
                break;
            u->done = true;
            int uorg = cand_ending_at(art, u->span.start, GX_ORGLIKE);
            if (uorg < 0 && u->span.start > 0 && gx_is_cjk(cp[u->span.start - 1]))
                uorg = org_before_title(ix, art, u->span);
            add_position(art, u->span, person, uorg);
            left = uorg >= 0 ? art->candidates.v[uorg].span.start : u->span.start;
        }
    }
    announcement_holders(ix, art, first_position);
    predicate_holders(ix, art, first_position);
    appositives(ix, art, first_position);
    appointments(ix, art, first_position);
    repeated_holders(ix, art, first_position);
    chained_titles(art, first_position);
    latin_speakers(art);
    english_speakers(art);
    headline_speakers(ix, art);
    author_notes(art, first_position);
    addressed_names(ix, art);
    listed_names(ix, art);
    glossed_names(ix, art);
}
