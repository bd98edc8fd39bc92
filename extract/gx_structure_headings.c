/* gx_structure_headings.c — section headings of an article written as plain text.
 *
 * Chinese news pages reach the service without markup: a heading is a short line of its own
 * between paragraphs ("从投机客到价值投资拥趸", "一、事件概述", "1、击碎“蓝田神话”",
 * "【隔夜市场表现回顾】"). When an article has no "## " or "### " heading, a paragraph becomes a
 * heading (GX_PARA_H2) when
 *   - it is short (2-34 characters: 32 before the fourteenth session), holds no full stop and is no credit, caption or link line
 *     (原标题, 来源, 责任编辑, 图表, 点击 ...);
 *   - a long paragraph follows it (at least 30 characters and 10 more than the line);
 *   - it is numbered (一、 1、 (一) (1)), follows its number written alone on the line before
 *     (1 / 你能花的钱，并没有想象中那么多) or is a 【…】 line; or else it ends without a clause's
 *     punctuation and a long paragraph that ended a sentence comes before it; a heading numbered
 *     in Chinese (一、) needs only some paragraph after it, and makes the items numbered in
 *     Arabic digits under it (1、 2、) items, not headings;
 * and the article has at least two such lines (one short line alone is more often a caption
 * or a pull quote). On the held-out sets of the eleventh session (h18-h22, 120 articles read)
 * this turns 79 exact section lists (the articles without sections) into 94.
 * Never a heading: a caption naming its source inside the line (…(图片来源:…)), a name of at
 * most four characters that the paragraph before spells out (李小加 under a picture), a
 * question the next paragraph answers (…了? / 没错!…).
 * Once two headings are found, a line that misses the tests of its neighbours' lengths is a
 * heading too when it goes on their series (3、 after 1、 2、; 必看数据10: after 必看数据9:;
 * any "name: view" line where at least three headings and two thirds of them are such
 * lines, as in a digest of commentators), or when it leads a short paragraph ending with a
 * full stop between two long ones ("爆款"反对业绩不利? / 与兴全合宜等基金的火爆场面相比, …;
 * such a line and one clear heading make the two an article needs);
 * and a group's name right over a heading (宏观策略 / 宏观: 美国非农就业数据好于预期) is one.
 * Thirteenth session (struct13): a series numbered "01 " (digits and a space) goes on like
 * 1、 2、; a label of two to eight characters closed by a colon (下跌原因:) between long
 * paragraphs is a heading where others are clear, and three such labels of four characters
 * or more (今日市场点评: 短期行情判断: 后市投资建议:, 东北证券: in a digest of brokers' views) make
 * their own headings after any paragraph (a lone numbered line then is a list's item), unless a
 * verb of seeing or saying makes it a sentence's start (具体来看:) or it comes again under
 * each item (策略风险:, a sub-label); a label of at most four
 * characters before the first item of an outline numbered 一、 (观点) is a kicker, no section;
 * a portal's link line (更多股市评论>>>) or a group's name (热点新闻, then marked itself) is
 * passed over when looking for the paragraph before, and where two group names are outlets'
 * (俄罗斯卫星网, 日本经济新闻) they credit the stories under them: none is a heading;
 * an article's one heading counts when it stands between two long sentences' paragraphs on
 * each side (lone_heading), or one where the text begins or ends (fourteenth session).
 * Fourteenth session (struct14): a label over a bulleted list heads it, alone or not (重要内容提示:
 * / ●…); two colon labels after sentences make headings (本周展望: 股份推荐:); a short line under a
 * credit line (a picture's 来源:网络) is a heading where two such stand (暴跌, 反思).
 * Fourteenth session, second round (sect15): where headings are clear, a line of their shape whatever
 * the paragraph before it (clear_shape: the first heading after a short lead, one under a lead-in, a
 * digest's story under its source's credit; up to 40 characters when it states), once the text has
 * begun (never a page's menus, an announcement's head, title or date, an interview's turn); a heading
 * marked by a bullet of its own (● 估值仍然合理); a heading written over two lines becomes one line
 * (短期、中期、长期业绩 / 全部出众; a label over its subtitle keeps the label); numbers written 1.在… and an
 * outline's decimal numbers (2.1. 板块变化); a line that says again the title's part after its space.
 * Fifteenth session (sect16): 1． 标题 (a space after the stop), 四 、备查文件, circled numbers (①公募, kept as written by
 * the decoder); a numbered heading over the first item or sub-heading of its own list ((1)…, 1.1., 3.1超配…); a long
 * 一、 heading in its series; an outline with a decimal level keeps its 1、 (一) ① as headings; two stacked lines that
 * each read as a headline are two headings; a couplet over a heading is one; 重要内容提示, 那么…? and an interviewer's
 * question over the answer are none.
 * Seventeenth session (sect21): a research note's fixed labels (事件: / 投资要点:, [摘要], 公司近况) are its sections where two
 * stand and no outline numbered 一、 follows; an article's one heading may close on a short last sentence. */
#include <ctype.h>

#include "gx_structure_headings.h"

#include <string.h>
#include <uchar.h>

#include "gx_utf8.h"

#define HEAD_MIN 2
#define HEAD_MAX 34
#define NEXT_MIN 30 /* the paragraph after a heading is at least this long ...        */
#define LONGER   10 /* ... and this much longer than the heading (so is the one before) */
#define CLOSING_MIN 12 /* the text's last paragraph, a closing sentence under the one heading's long one (sect21) */
#define LONE_SHORT 5 /* an article's one heading, a bare phrase (sect22: 6; sect23: 5, 三张监管函) */
#define LONE_MAX 30 /* ... and at most this long (24 before sect23: 银联拟任5名执行副总裁,3名内部提拔、2名来自外部) */
#define STANDS   8  /* a line of two over a paragraph that reads as a headline of its own (sect16) */
#define PAIR_SUB 5  /* ... and a subline under a headline, in any article (sect25) */

/* Line openings of credits, captions and links, never headings. */
static const char32_t *const NOT_HEADINGS[] = {U"原标题", U"来源", U"编辑", U"责任编辑", U"图", U"注:", U"作者", U"记者",
                                               U"文/", U"文|", U"摘要", U"本文", U"声明", U"风险提示", U"特别提示", U"数据来源",
                                               U"资料来源", U"点击", U"更多", U"相关新闻", U"相关阅读", U"相关报道", U"相关文章", U"相关链接", U"相关推荐", U"相关专题", U"相关资讯", U"延伸阅读", U"推荐阅读",
                                               U"热点栏目", U"客户端", U"数据:", U"@", U"Q:", U"问:", U"专题", U"摄影", U"制图", U"标签",
                                               U"重要内容提示" /* (a notice's key points: no section, as most golds read it; sect16) */, NULL};

static bool starts_with(const gx_cps *t, const char32_t *w)
{
    int32_t k = 0;
    while (w[k] && k < t->n && t->cp[k] == (uint32_t)w[k])
        k++;
    return !w[k];
}

static bool ends_with32(const gx_cps *t, const char32_t *w, int32_t l)
{
    for (int32_t k = 0; k < l; k++)
        if (t->cp[t->n - l + k] != (uint32_t)w[k])
            return false;
    return true;
}


/* (a switch, not gx_cp_in's walk of the ten: most characters tested are none of them, and
 * the walk read all ten for each; the headings' tests call it ~100 K times a pass) */
static bool is_han_numeral(uint32_t c)
{
    switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十':
        return true;
    default:
        return false;
    }
}

/* 一、 二、 …: a heading numbered in Chinese, the top level of a report's outline. */
static bool han_numbered(const gx_cps *t)
{
    int32_t i = 0;
    while (i < t->n && i < 3 && is_han_numeral(t->cp[i]))
        i++;
    int32_t k = i;
    while (k < t->n && k < i + 2 && t->cp[k] == ' ') /* (四 、备查文件: a space before its 、, sect16) */
        k++;
    return i > 0 && k < t->n && t->cp[k] == 0x3001 /* 、 */;
}

/* 1.在多数情况下… (digits and a full stop before a Chinese character), 2.1. 板块变化 / 3.1.1套利策略…
 * (an outline's decimal number: two parts and a stop or a space, or three parts), never an amount (1.5亿元,
 * 2.5%; sect15). */
static bool digit_numbered(const gx_cps *t)
{
    const uint32_t *c = t->cp;
    int32_t n = t->n, i = 0;
    while (i < n && i < 2 && gx_cp_is_digit(c[i]))
        i++;
    if (i == 0 || i + 1 >= n || (c[i] != '.' && c[i] != 0x3002))
        return false;
    if (gx_cp_is_han(c[i + 1]))
        return true;
    /* (or a year glued to the number: 1.2017年股票及股指期货走势回顾, sect19) */
    if (c[i] == '.' && i + 6 < n && (c[i + 1] == '1' || c[i + 1] == '2') && gx_cp_is_digit(c[i + 2]) &&
        gx_cp_is_digit(c[i + 3]) && gx_cp_is_digit(c[i + 4]) && c[i + 5] == 0x5E74 /* 年 */ && gx_cp_is_han(c[i + 6]))
        return true;
    int32_t s = i + 1; /* (or a space between: 1． 一厢情愿思维的含义, the full-width stop normalized; sect16) */
    while (s < n && s < i + 3 && c[s] == ' ')
        s++;
    if (s > i + 1 && s < n && gx_cp_is_han(c[s]))
        return true;
    int32_t k = i + 1, parts = 2;
    while (k < n && k < i + 3 && gx_cp_is_digit(c[k]))
        k++;
    if (k == i + 1 || c[i] != '.')
        return false;
    if (k + 1 < n && c[k] == '.' && gx_cp_is_digit(c[k + 1])) {
        for (k++; k < n && gx_cp_is_digit(c[k]); k++)
            ;
        parts = 3;
    }
    bool stop = k < n && (c[k] == '.' || c[k] == 0x3002 || c[k] == ' ');
    while (k < n && (c[k] == '.' || c[k] == 0x3002 || c[k] == ' '))
        k++;
    return k < n && gx_cp_is_han(c[k]) && (stop || parts == 3);
}

/* ①公募, ② 保险: a circled number (kept as written by the decoder) before a Chinese character (sect16). */
static bool circled(const gx_cps *t)
{
    int32_t k = 1;
    if (t->n < 2 || t->cp[0] < 0x2460 || t->cp[0] > 0x2473)
        return false;
    while (k < t->n && t->cp[k] == ' ')
        k++;
    return k < t->n && gx_cp_is_han(t->cp[k]);
}

/* 一、 1、 (一) (1) ①: a numbered heading; 【…】 alone on its line. */
static bool numbered(const gx_cps *t)
{
    const uint32_t *c = t->cp;
    int32_t n = t->n, i = 0;
    if (c[0] == 0x3010 /* 【 */)
        return c[n - 1] == 0x3011 /* 】 */;
    if (c[0] == '(') {
        for (i = 1; i < n && i < 4 && (gx_cp_is_digit(c[i]) || is_han_numeral(c[i])); i++)
            ;
        return i > 1 && i < n && c[i] == ')';
    }
    if (circled(t))
        return true;
    while (i < n && i < 3 && (gx_cp_is_digit(c[i]) || is_han_numeral(c[i])))
        i++;
    if (i > 0 && i < n && c[i] == 0x3001 /* 、 */)
        return true;
    if (han_numbered(t))
        return true;
    return digit_numbered(t);
}

/* A paragraph that is a section's number alone (1, 02, 三): the heading is the line after it. */
static bool number_line(const gx_para *p)
{
    const gx_cps *t = &p->t;
    if (p->kind != GX_PARA_TEXT || t->n < 1 || t->n > 2)
        return false;
    for (int32_t k = 0; k < t->n; k++)
        if (!gx_cp_is_digit(t->cp[k]) && !(t->n == 1 && is_han_numeral(t->cp[k])))
            return false;
    return true;
}

/* A clause's or a sentence's last character: the line is a sentence, not a heading. */
static bool clause_end(uint32_t c)
{
    return gx_cp_in(c, U"。;；:：,，、…");
}

/* A paragraph that ended a sentence (。 ! ? or a closing quote or bracket after one). */
static bool ends_sentence(const gx_cps *t)
{
    uint32_t c = t->cp[t->n - 1];
    if (c == '.' && t->n >= 2 && gx_cp_is_han(t->cp[t->n - 2])) /* (a full-width full stop, ．, normalized) */
        return true;
    return c == 0x3002 || c == '!' || c == '?' || c == 0x201D || c == '"' || c == ')' || c == 0x2026 || c == 0x3011;
}

/* The title of a table the page lost, unnumbered: it names what the rows list (中国八大策略私募
 * 证券投资基金分阶段收益情况, *ST华泽前十大流通股东; …一览, …排名, …名单; not 为最大股东). A numbered line is an
 * outline's (二、股东股份累计质押情况). */
static bool table_title(const gx_cps *t)
{
    static const char32_t *const ROWS[] = {U"情况", U"一览", U"排名", U"排行", U"名单", U"流通股东", NULL};
    if (numbered(t) || t->n < 6)
        return false;
    for (int32_t k = 0; k < t->n; k++) /* (a clause before it makes a heading's statement: 新三板新增做市 */
        if (t->cp[k] == ',')           /*  企业占比逐年降低,2017年出现做市企业大幅外逃情况; sect15)  */
            return false;
    for (int w = 0; ROWS[w]; w++) {
        int32_t l = 0;
        while (ROWS[w][l])
            l++;
        if (t->n > l && ends_with32(t, ROWS[w], l))
            return true;
    }
    return false;
}

/* A date alone on its line (2020年6月11日, 二〇一九年七月十九日): an announcement's signature. */
static bool date_line(const gx_cps *t)
{
    if (t->n < 6 || t->n > 12 || t->cp[t->n - 1] != 0x65E5 /* 日 */)
        return false;
    for (int32_t k = 0; k < t->n; k++)
        if (!gx_cp_is_digit(t->cp[k]) && !is_han_numeral(t->cp[k]) && !gx_cp_in(t->cp[k], U"〇O年月日"))
            return false;
    return true;
}

/* The words of a line that may be a heading: no full stop, not Latin alone nor a [link], no
 * credit or caption opening (NOT_HEADINGS), not ending in 图 or 表 (a chart's caption; 表 unless numbered 一、). */
static int32_t outline_len(const gx_cps *t);

static bool heading_words(const gx_cps *t)
{
    int32_t stop = gx_cp_is_digit(t->cp[0]) ? outline_len(t) : -1; /* (but an outline number's stop: 2.1。 上游…, sect19) */
    for (int32_t k = 0; (k = gx_cps_find_either(t->cp, k, t->n, 0x3002, 0x3002)) < t->n; k++)
        if (k != stop)
            return false;
    bool latin_only = true;
    for (int32_t k = 0; k < t->n && latin_only; k++)
        latin_only = t->cp[k] < 0x80;
    if (latin_only || t->cp[0] == '[')
        return false;
    /* (nor a bulleted item whose Wingdings bullet was lost as a letter l: l 创新制造之电子:…, l美好生活…; sect20) */
    if (t->cp[0] == 'l' && t->n > 2 && (gx_cp_is_han(t->cp[1]) || (t->cp[1] == ' ' && gx_cp_is_han(t->cp[2]))))
        return false;
    for (int w = 0; NOT_HEADINGS[w]; w++)
        if (starts_with(t, NOT_HEADINGS[w]))
            return false;
    uint32_t last = t->cp[t->n - 1];
    if (last == '?' && starts_with(t, U"那么")) /* (a question the argument goes on with: 那么,2018年投资者如何改写这种局面?) */
        return false;
    /* (nor a line of dialogue, quoted whole, two sentences or more: “好啊!可回去咱们干点什么好啊?”; a quote of one may head
     * a feature's section, “这仗怎么打?”; sect18) */
    if (t->n >= 6 && t->cp[0] == 0x201C && last == 0x201D && gx_cp_in(t->cp[t->n - 2], U"!?。…"))
        for (int32_t k = 2; k < t->n - 3; k++)
            if (gx_cp_in(t->cp[k], U"!?。"))
                return false;
    /* (nor an announcement's title, 关于变更财务顾问主办人的公告, also spaced out, …的公 告, nor its date,
     * 2020年6月11日, where a page holds several: sect15) */
    if ((t->n > 4 && (ends_with32(t, U"公告", 2) || ends_with32(t, U"公 告", 3)) && !numbered(t)) || date_line(t))
        return false;
    /* (an outline's heading numbered 一、 may name a table it gives: 四、股份变动表 between 三、 and 五、; sect22) */
    return last != 0x56FE /* 图 */ && (last != 0x8868 /* 表 */ || han_numbered(t)) && !table_title(t);
}

/* A portal's link on a line of its own: at most sixteen characters ending in >> or >>> (更多股市评论>>>). */
static bool link_line(const gx_cps *t)
{
    return t->n >= 3 && t->n <= 16 && t->cp[t->n - 1] == '>' && t->cp[t->n - 2] == '>';
}

/* A group's name on a line of its own: two to eight Chinese characters, nothing else (热点新闻). */
static bool group_label(const gx_para *p)
{
    if (p->kind != GX_PARA_TEXT || p->t.n < 2 || p->t.n > 8)
        return false;
    for (int32_t k = 0; k < p->t.n; k++)
        if (!gx_cp_is_han(p->t.cp[k]))
            return false;
    return true;
}

/* A paragraph closed by a lost table's title or its source (…50亿的爆款基金一览, …排行:来源:东方财富
 * Choice数据): the table ended it like a sentence. */
static bool ends_with_table(const gx_cps *t)
{
    if (t->n < NEXT_MIN)
        return false;
    for (int32_t k = t->n - 3; k >= 0 && k >= t->n - 24; k--) {
        if (t->cp[k] == 0x3002 || t->cp[k] == 0xFF0C || t->cp[k] == ',')
            break;
        if (t->cp[k] == 0x6765 /* 来 */ && t->cp[k + 1] == 0x6E90 /* 源 */ && t->cp[k + 2] == ':')
            return true;
    }
    gx_cps tail = {.cp = t->cp + t->n - 6, .n = 6};
    return table_title(&tail) && !ends_with32(t, U"情况", 2);
}

/* A headline's space between two of its phrases (美股“血流成河” 顶尖投行纷纷发布重磅警告:…?): a space with a
 * Chinese character or a closing quote before it and a Chinese character or an opening quote after it. A
 * long question written so is a headline, not the text's own question (sect15). */
static bool headline_space(const gx_cps *t)
{
    for (int32_t k = 1; (k = gx_cps_find_either(t->cp, k, t->n - 1, ' ', ' ')) < t->n - 1; k++)
        if ((gx_cp_is_han(t->cp[k - 1]) || t->cp[k - 1] == 0x201D) &&
            (gx_cp_is_han(t->cp[k + 1]) || t->cp[k + 1] == 0x201C))
            return true;
    return false;
}

static int number_of(const gx_cps *t, int *style);
static bool decimal_numbered(const gx_cps *t);
static bool headline_colon(const gx_cps *t);

/* A numbered line over the first item of its own list, numbered in another style (4.股票投资要避免一厢情愿思维 /
 * (1)避免情感的影响。 / …), the item over a paragraph of text (sect16). */
/* Line t opens with the decimal number of a sub-heading of heading number v (3.1超配食品饮料… under 三、…: v, a full stop,
 * digits, then a Chinese character or a space). */
static bool sub_decimal(const gx_cps *t, int v)
{
    int32_t k = 0;
    int w = 0;
    while (k < t->n && k < 2 && gx_cp_is_digit(t->cp[k]))
        w = w * 10 + (int)(t->cp[k++] - '0');
    if (k == 0 || w != v || k + 1 >= t->n || t->cp[k] != '.' || !gx_cp_is_digit(t->cp[k + 1]))
        return false;
    for (k++; k < t->n && gx_cp_is_digit(t->cp[k]); k++)
        ;
    return k < t->n && (gx_cp_is_han(t->cp[k]) || t->cp[k] == ' ' || t->cp[k] == '.');
}

/* The length of an outline number opening a line (1, 1.2, 2.3.1: parts of one or two digits; 1.2017年… is 1). */
static int32_t outline_len(const gx_cps *t)
{
    int32_t k = 0;
    while (k < t->n && k < 2 && gx_cp_is_digit(t->cp[k]))
        k++;
    while (k > 0 && k + 1 < t->n && t->cp[k] == '.' && gx_cp_is_digit(t->cp[k + 1])) {
        int32_t m = k + 1;
        while (m < t->n && gx_cp_is_digit(t->cp[m]))
            m++;
        if (m - k - 1 > 2)
            break;
        k = m;
    }
    return k;
}

/* A numbered heading right over its own first sub-heading (1.2股指期货回顾 / 1.2.1股指期货走势, 1.2017年… / 1.1股指现货回顾):
 * the next line's number is this one's and one more part, and a paragraph of text follows it (sect19). */
static bool over_child(const gx_para_vec *ps, int i)
{
    if (i + 2 >= ps->n)
        return false;
    const gx_cps *t = &ps->v[i].t, *c = &ps->v[i + 1].t;
    int32_t lt = outline_len(t), lc = outline_len(c);
    if (lt == 0 || lc <= lt + 1 || c->cp[lt] != '.')
        return false;
    for (int32_t k = 0; k < lt; k++)
        if (t->cp[k] != c->cp[k])
            return false;
    for (int32_t k = lt + 1; k < lc; k++)
        if (c->cp[k] == '.')
            return false; /* (one level down only) */
    const gx_para *after = &ps->v[i + 2];
    while (lc < c->n && lc < outline_len(c) + 3 && (c->cp[lc] == '.' || c->cp[lc] == 0x3002 || c->cp[lc] == ' '))
        lc++; /* (its stop and a space: 2。 行业月度景气追踪 / 2.1。 上游行业景气追踪 / 2.1.1。 煤炭行业:…) */
    return lc < c->n && gx_cp_is_han(c->cp[lc]) && gx_cp_is_han(t->cp[t->n - 1]) && ps->v[i + 1].kind == GX_PARA_TEXT &&
           after->kind == GX_PARA_TEXT && (after->t.n >= NEXT_MIN || over_child(ps, i + 1));
}

static bool over_items(const gx_para_vec *ps, int i)
{
    int style, sub;
    int v = i + 2 < ps->n ? number_of(&ps->v[i].t, &style) : 0;
    if (!v)
        return false;
    const gx_para *next = &ps->v[i + 1], *after = &ps->v[i + 2];
    bool items = number_of(&next->t, &sub) && (sub != style || (decimal_numbered(&next->t) && !decimal_numbered(&ps->v[i].t)));
    return (next->kind == GX_PARA_TEXT || next->kind == GX_PARA_LIST) && /* (1、 / 1.1.; 三、 / 3.1超配…) */
           (items || (style == 2 && sub_decimal(&next->t, v))) &&
           next->t.cp[0] != 0x3010 && (after->kind == GX_PARA_TEXT || after->kind == GX_PARA_LIST) && after->t.n >= next->t.n;
}

static bool picture_credit(const gx_para *p);
static bool sourced(const gx_cps *t);

/* A picture's caption naming its source after its words (渝农商行K线图 来源:Wind), not a credit alone (来源:网络, which
 * under_picture reads): the text goes on over it (sect20). */
static bool captioned(const gx_para *p)
{
    return picture_credit(p) && sourced(&p->t) && !starts_with(&p->t, U"来源") && !starts_with(&p->t, U"图片来源");
}

/* The paragraph under line i is a short sentence (12 characters or more) that a long paragraph of text follows
 * (港交所史上最强半年报 / 8月19日,香港交易所发布了其史上最强的半年报。 / 据港交所公告,…: sect23). */
static bool short_first(const gx_para_vec *ps, int i)
{
    if (i + 2 >= ps->n || ps->v[i + 1].kind != GX_PARA_TEXT || ps->v[i + 2].kind != GX_PARA_TEXT)
        return false;
    const gx_cps *t = &ps->v[i].t, *s = &ps->v[i + 1].t, *l = &ps->v[i + 2].t;
    return s->n >= CLOSING_MIN && s->n > t->n && ends_sentence(s) && l->n >= NEXT_MIN && l->n >= t->n + LONGER &&
           ends_sentence(l);
}

static bool candidate(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    if (ps->v[i].kind != GX_PARA_TEXT && ps->v[i].kind != GX_PARA_LIST)
        return false;
    if (t->n < HEAD_MIN || t->n > HEAD_MAX || i + 1 >= ps->n)
        return false;
    if (!heading_words(t))
        return false;
    uint32_t last = t->cp[t->n - 1];
    const gx_para *next = &ps->v[i + 1];
    if (han_numbered(t)) /* (its first paragraph may be a short lead or a numbered item) */
        return next->kind == GX_PARA_TEXT || next->kind == GX_PARA_LIST;
    if (over_items(ps, i)) /* (so may a numbered heading's, when that item is numbered otherwise: sect16) */
        return true;
    if (over_child(ps, i)) /* (and a decimal one's, its own first sub-heading: sect19) */
        return true;
    /* (a decimal heading may stand over a long bulleted paragraph: 2.1。 板块变化:… / ■PE方面,本周主板…; sect19) */
    bool bulleted = next->kind == GX_PARA_LIST && decimal_numbered(t);
    if ((next->kind != GX_PARA_TEXT && !bulleted) || ((next->t.n < NEXT_MIN || next->t.n < t->n + LONGER) && !short_first(ps, i)))
        return false;
    if (numbered(t) || (i > 0 && number_line(&ps->v[i - 1])))
        return true;
    if (ps->v[i].kind == GX_PARA_LIST || t->cp[0] == '(' || clause_end(last) ||
        ((last == '?' || last == '!') && t->n > 20 && !headline_space(t)))
        return false;
    if (i == 0)
        return false;
    const gx_para *prev = &ps->v[i - 1];
    if (i >= 2 && (link_line(&prev->t) || group_label(prev) || /* a portal's link between (更多股市评论>>>), */
                   captioned(prev)))                                /* a group's name (热点新闻), or a caption   */
        prev = &ps->v[i - 2];                                      /* with its source (…K线图 来源:Wind; sect20) */
    return prev->kind == GX_PARA_TEXT && prev->t.n >= t->n + LONGER && (ends_sentence(&prev->t) || ends_with_table(&prev->t));
}

/* A decimal number opening the line (1.1. 漫长的机构化之路, 2.3PE产销量预测): an outline's lower level. */
static bool decimal_numbered(const gx_cps *t)
{
    int32_t k = 0;
    while (k < t->n && gx_cp_is_digit(t->cp[k]))
        k++;
    return k > 0 && k + 1 < t->n && t->cp[k] == '.' && gx_cp_is_digit(t->cp[k + 1]) && numbered(t);
}

/* An item numbered in Arabic digits (1、 2、) or in brackets ((二), (2)) under an outline numbered
 * in Chinese: a sub-item. */
static bool sub_item(const gx_cps *t)
{
    /* (and one in brackets, (二) or (2): the outline's second level, struct13; not a decimal number, 1.1.
     * 漫长的机构化之路, which a report gives its headings at every level: sect15) */
    int32_t k = 0;
    while (k < t->n && gx_cp_is_digit(t->cp[k]))
        k++;
    bool decimal = k > 0 && k + 1 < t->n && t->cp[k] == '.' && gx_cp_is_digit(t->cp[k + 1]);
    return numbered(t) && (gx_cp_is_digit(t->cp[0]) || t->cp[0] == '(' || circled(t)) && !decimal;
}

/* A line opened by its number of one or two digits and a space, then a Chinese character
 * ("01 明星私募FOF能否赚钱?", "2 你可能有的两个疑问"): a series only its neighbours can confirm. */
static bool spaced_number(const gx_cps *t)
{
    int32_t i = 0;
    while (i < t->n && i < 2 && gx_cp_is_digit(t->cp[i]))
        i++;
    return i > 0 && i + 1 < t->n && t->cp[i] == ' ' && gx_cp_is_han(t->cp[i + 1]);
}

/* The number of a numbered line (1、 (3) 十二、 ②) and its style (1: digits and 、, 2: Chinese
 * numerals and 、, 3: digits in brackets, 4: Chinese numerals in brackets, 6: circled); 0 when unnumbered. */
static int number_of(const gx_cps *t, int *style)
{
    *style = 0;
    if (spaced_number(t)) { /* 01 明星私募FOF能否赚钱? (style 5) */
        *style = 5;
        return t->n > 1 && gx_cp_is_digit(t->cp[1]) ? (int)(t->cp[0] - '0') * 10 + (int)(t->cp[1] - '0')
                                                     : (int)(t->cp[0] - '0');
    }
    if (!numbered(t) || t->cp[0] == 0x3010)
        return 0;
    if (circled(t)) { /* ② (style 6) */
        *style = 6;
        return (int)(t->cp[0] - 0x2460) + 1;
    }
    int32_t i = t->cp[0] == '(' ? 1 : 0;
    bool han = is_han_numeral(t->cp[i]);
    int v = 0;
    for (; i < t->n && (gx_cp_is_digit(t->cp[i]) || is_han_numeral(t->cp[i])); i++) {
        uint32_t c = t->cp[i];
        if (gx_cp_is_digit(c))
            v = v * 10 + (int)(c - '0');
        else if (c == 0x5341 /* 十 */)
            v = v ? v * 10 : 10;
        else {
            static const char32_t ones[] = U"一二三四五六七八九";
            int d = 0;
            while (ones[d] && (uint32_t)ones[d] != c)
                d++;
            v = (v >= 10 && v % 10 == 0) ? v + d + 1 : v * 10 + d + 1;
        }
    }
    *style = (t->cp[0] == '(' ? 3 : 1) + han;
    return v;
}

/* The label of a "label: text" line (必看数据3:…, 附:…, 徐小明:…): the length of what comes
 * before a colon among the first 8 characters, 0 when none. */
static int32_t label_len(const gx_cps *t)
{
    for (int32_t k = 1; k < t->n - 1 && k <= 8; k++)
        if (t->cp[k] == ':')
            return k;
    return 0;
}

/* A "name: view" line of at most 32 characters that does not end with its colon (中证投资:A股市场避险
 * 情绪发酵 深度调整是绝佳上车机会). */
static bool view_line(const gx_cps *t)
{
    int32_t l = label_len(t);
    return l >= 2 && t->n <= HEAD_MAX && t->n > l + 4 && t->cp[t->n - 1] != ':';
}

/* Two labels read alike once their digits are dropped (必看数据1 / 必看数据10, 附 / 附). */
static bool same_label(const gx_cps *a, int32_t na, const gx_cps *b, int32_t nb)
{
    int32_t i = 0, j = 0;
    for (;;) {
        while (i < na && gx_cp_is_digit(a->cp[i]))
            i++;
        while (j < nb && gx_cp_is_digit(b->cp[j]))
            j++;
        if (i == na || j == nb)
            return i == na && j == nb;
        if (a->cp[i++] != b->cp[j++])
            return false;
    }
}

/* A short line (a name, 李小加) that the paragraph before it spells out is a caption or a
 * label under a picture, not a heading (a heading's words come again after it, not before). */
static bool named_nearby(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    if (t->n > 4 || i == 0)
        return false;
    const gx_cps *o = &ps->v[i - 1].t;
    for (int32_t k = 0; k + t->n <= o->n; k++)
        if (!memcmp(o->cp + k, t->cp, (size_t)t->n * sizeof *t->cp))
            return true;
    return false;
}

/* A question the next paragraph answers (什么?獐子岛的扇贝又出事儿了? / 没错!昨晚…) is the
 * text's own, not a heading. */
static bool answered(const gx_para_vec *ps, int i)
{
    static const char32_t *const ANSWERS[] = {U"没错", U"是的", U"不错", U"答案是", U"当然", U"对,", U"不是的", NULL};
    const gx_cps *t = &ps->v[i].t;
    if (t->cp[t->n - 1] != '?' || i + 1 >= ps->n)
        return false;
    for (int w = 0; ANSWERS[w]; w++)
        if (starts_with(&ps->v[i + 1].t, ANSWERS[w]))
            return true;
    /* (or gives its answer a few words in: 别挠头了,直接说答案:机场免税店; sect18) */
    const gx_cps *nx = &ps->v[i + 1].t;
    for (int32_t k = 0; k + 1 < nx->n && k < 10; k++)
        if (nx->cp[k] == 0x7B54 /* 答 */ && nx->cp[k + 1] == 0x6848 /* 案 */)
            return true;
    return false;
}

/* A caption that names its source inside the line (小鹏P7(图片来源:小鹏汽车)). */
static bool sourced(const gx_cps *t)
{
    /* (each 来 found eight code points at a time, speed28) */
    for (int32_t k = 0; (k = gx_cps_find_either(t->cp, k, t->n - 2, 0x6765, 0x6765)) < t->n - 2; k++)
        if (t->cp[k + 1] == 0x6E90 /* 源 */ && t->cp[k + 2] == ':')
            return true;
    return false;
}

/* A line that may be a heading whatever its neighbours' lengths: short, no sentence, no
 * credit or caption, and a paragraph of text at least as long right after it (a numbered
 * line may have been read as a list item). */
static bool loose(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    gx_para_kind kind = ps->v[i].kind;
    /* (an outline's heading numbered 一、 may state more: 一、Q4主动权益类公募基金仓位略微下将至84.31%(Q3为85.16%); its
     * series confirms it, sect16) */
    int style; /* (so may one numbered 4、 after its series' 3、: 4、2018年国债净发行有所增加,地方政府债净发行量预计仍低于16年水平; sect18) */
    bool outlined = han_numbered(t) || (number_of(t, &style) && style == 1);
    if (t->n < HEAD_MIN || t->n > (outlined ? HEAD_MAX + 16 : HEAD_MAX) || i + 1 >= ps->n)
        return false;
    if ((kind != GX_PARA_TEXT && !(kind == GX_PARA_LIST && numbered(t))) || number_line(&ps->v[i]))
        return false;
    const gx_para *next = &ps->v[i + 1];
    /* (a headline with a subline may stand over a short sentence that leads into long prose: 深圳机场:依托大湾区 能否成为
     * 后起之秀? / 不过,深圳正迎来新的机遇。 / …; its series decides, sect18) */
    bool led = headline_colon(t) && next->kind == GX_PARA_TEXT && next->t.n >= 6 && next->t.cp[next->t.n - 1] == 0x3002 &&
               i + 2 < ps->n && ps->v[i + 2].kind == GX_PARA_TEXT && ps->v[i + 2].t.n >= NEXT_MIN;
    if ((next->kind != GX_PARA_TEXT || next->t.n < t->n) && !over_items(ps, i) && !led)
        return false;
    return heading_words(t) && !clause_end(t->cp[t->n - 1]);
}

/* Line i continues a series of the headings found (at hix[0..found)): the next or previous number in the
 * same style (3、 after 1、 2、), the same label (必看数据10: after 必看数据9:), or a "name:
 * view" line where most headings are (徐小明: 美股下跌请不要跟着跌). */
/* The number of line i, in its text or on the line alone over it (01 / 中美金融犯罪的核心能力是不同的: style 7, sect18). */
static int heading_number(const gx_para_vec *ps, int i, int *style)
{
    int v = number_of(&ps->v[i].t, style);
    if (v || i == 0 || !number_line(&ps->v[i - 1]) || !gx_cp_is_digit(ps->v[i - 1].t.cp[0]))
        return v;
    const gx_cps *p = &ps->v[i - 1].t;
    *style = 7;
    return p->n == 2 ? (int)(p->cp[0] - '0') * 10 + (int)(p->cp[1] - '0') : (int)(p->cp[0] - '0');
}

/* A headline and its subline around a colon (机场收入基本盘:飞机起降按次收费, 免税店为什么寸土万金:国际航空枢纽的流量
 *经济学): the colon after 2 to 12 characters and no comma, 4 characters or more after it (sect18). */
static bool headline_colon(const gx_cps *t)
{
    for (int32_t k = 2; k < t->n && k <= 12; k++) {
        if (t->cp[k] == ',')
            return false;
        if (t->cp[k] == ':')
            return t->n - k - 1 >= 4;
    }
    return false;
}

static bool in_series(const gx_para_vec *ps, int i, const int *hix, int found, int labelled, int colonned)
{
    const gx_cps *t = &ps->v[i].t;
    int style, num = heading_number(ps, i, &style);
    int32_t lab = label_len(t);
    bool digits = false; /* (a question joins a numbered series only: 必看数据10: …谁是未来之星?) */
    for (int32_t k = 0; k < lab; k++)
        digits = digits || gx_cp_is_digit(t->cp[k]);
    /* (where most headings are headlines with a subline, a line of that shape is one too, a question among them:
     * 机构论市:过度解读造成股灾 A股能否逆全球反转?; sect18) */
    if (colonned >= 3 && 3 * colonned >= 2 * found && headline_colon(t))
        return true;
    if (t->cp[t->n - 1] == '?' && !num && !digits)
        return false;
    if (lab && labelled >= 3 && 3 * labelled >= 2 * found && lab >= 2)
        return true;
    for (int f = 0; f < found; f++) {
        const gx_cps *h = &ps->v[hix[f]].t;
        int hs, hn = heading_number(ps, hix[f], &hs);
        if (num && hs == style && (hn == num + 1 || hn == num - 1))
            return true;
        int32_t hl = label_len(h);
        if (!num && lab && hl && same_label(t, lab, h, hl))
            return true;
    }
    return false;
}

/* A heading of an article whose other headings are clear may be followed by a short paragraph
 * that ends a sentence with a full stop ("爆款"反对业绩不利? / 与兴全合宜等基金的火爆场面相比,
 * …表现不佳。) when a long paragraph ending a sentence comes before it and a long one after the
 * short one (a closing line, 我就讲这些,谢谢大家!, has none). */
static bool short_lead(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    if (!loose(ps, i) || i == 0 || ps->v[i].kind != GX_PARA_TEXT || t->cp[0] == '(')
        return false;
    uint32_t last = t->cp[t->n - 1];
    if ((last == '?' || last == '!') && t->n > 20)
        return false;
    const gx_cps *next = &ps->v[i + 1].t, *prev = &ps->v[i - 1].t;
    if (next->n < 2 * t->n || next->cp[next->n - 1] != 0x3002 || i + 2 >= ps->n)
        return false;
    const gx_para *after = &ps->v[i + 2]; /* the section goes on after its short lead */
    return after->kind == GX_PARA_TEXT && after->t.n >= NEXT_MIN && ps->v[i - 1].kind == GX_PARA_TEXT &&
           prev->n >= NEXT_MIN && ends_sentence(prev);
}

/* A label closed by a colon on a line of its own (下跌原因: / 对于此轮美股下跌的原因,…) where the
 * article's other headings are clear: two to eight Chinese characters, a long paragraph that
 * ended a sentence before it and a long one after it that is no question. */
static bool label_line(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    if (ps->v[i].kind != GX_PARA_TEXT || t->n < 3 || t->n > 9 || t->cp[t->n - 1] != ':' || i + 1 >= ps->n)
        return false;
    /* a verb of seeing or saying makes it a sentence's start (具体来看:, 他表示:, 如下:) */
    static const char32_t SAYS[] = U"看说称示认指如括绍";
    for (int32_t k = 0; k + 1 < t->n; k++)
        if (!gx_cp_is_han(t->cp[k]) ||
            (gx_cp_in(t->cp[k], SAYS) && !(t->cp[k] == 0x793A && k > 0 && t->cp[k - 1] == 0x63D0))) /* (提示: a notice) */
            return false;
    for (int w = 0; NOT_HEADINGS[w]; w++)
        if (starts_with(t, NOT_HEADINGS[w]))
            return false;
    for (int k = 0; k < ps->n; k++) /* a label said again under each item (策略风险:) is a sub-label */
        if (k != i && ps->v[k].t.n == t->n && !memcmp(ps->v[k].t.cp, t->cp, sizeof *t->cp * (size_t)t->n))
            return false;
    const gx_para *next = &ps->v[i + 1];
    /* (a label over a question is an interview's item: 问题一: / …会不会被动降杠杆? / 答:…; a
     * label over a bulleted list, 重要内容提示: / ●…, heads it) */
    return (next->kind == GX_PARA_TEXT || next->kind == GX_PARA_LIST) && next->t.n >= NEXT_MIN &&
           next->t.cp[next->t.n - 1] != '?';
}

/* A label over a bulleted list (an announcement's 重要内容提示: / ●…): its heading, alone or not. */
static bool bulleted_label(const gx_para_vec *ps, int i)
{
    return label_line(ps, i) && gx_cp_in(ps->v[i + 1].t.cp[0], U"●•■◆▲★");
}

/* label_line after a long paragraph that ended a sentence, or, where the article has at least
 * three such labels (今日市场点评: 短期行情判断: 后市投资建议:), after any paragraph of text. */
static bool colon_label(const gx_para_vec *ps, int i, int labels)
{
    if (!label_line(ps, i))
        return false;
    if (i == 0) /* (the first paragraph under the title) */
        return labels >= 3;
    const gx_para *prev = &ps->v[i - 1];
    return prev->kind == GX_PARA_TEXT && (labels >= 3 || (prev->t.n >= NEXT_MIN && ends_sentence(&prev->t)));
}

/* A picture's credit on a line of its own (来源:网络, 来源:pixabay, 中新网记者 李金磊 摄 来源:中新网): a
 * credit the byline stage marked, or a short line opening with 来源 or 图 or closing with 摄. */
static bool picture_credit(const gx_para *p)
{
    if (p->kind == GX_PARA_BYLINE)
        return p->t.n <= 40;
    if (p->kind != GX_PARA_TEXT || p->t.n < 3 || p->t.n > 30)
        return false;
    return starts_with(&p->t, U"来源") || starts_with(&p->t, U"图片来源") || starts_with(&p->t, U"图:") ||
           p->t.cp[p->t.n - 1] == 0x6444 /* 摄 */ || sourced(&p->t);
}

/* A heading under a picture (a WeChat post's layout: picture, its credit, then the section's
 * word: 来源:网络 / 暴跌 / "黑色星期五"接着就是"黑色星期一"。): two to eight Chinese characters alone,
 * a picture's credit before, a paragraph that ends a sentence after. */
static bool under_picture(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    if (i == 0 || i + 1 >= ps->n || !group_label(&ps->v[i]) || !picture_credit(&ps->v[i - 1]))
        return false;
    for (int w = 0; NOT_HEADINGS[w]; w++)
        if (starts_with(t, NOT_HEADINGS[w]))
            return false;
    const gx_para *next = &ps->v[i + 1];
    return next->kind == GX_PARA_TEXT && next->t.n >= 2 * t->n && ends_sentence(&next->t);
}

/* Whether a short line is shaped like an outlet's name: ending in 社 报 网 刊 or 新闻. */
static bool outlet_shaped(const gx_cps *t)
{
    uint32_t l = t->cp[t->n - 1];
    return t->n >= 3 && (l == 0x793E || l == 0x62A5 || l == 0x7F51 || l == 0x520A ||
                         (l == 0x95FB && t->cp[t->n - 2] == 0x65B0));
}

/* A group's name alone in brackets on its line (【股市】, 【宏观】): two to eight Chinese characters. */
static bool bracket_group(const gx_para *p)
{
    const gx_cps *t = &p->t;
    if (p->kind != GX_PARA_TEXT || t->n < 4 || t->n > 10 || t->cp[0] != 0x3010 || t->cp[t->n - 1] != 0x3011)
        return false;
    for (int32_t k = 1; k + 1 < t->n; k++)
        if (!gx_cp_is_han(t->cp[k]))
            return false;
    return true;
}

/* A group's name over its first heading (宏观策略 / 宏观: 美国非农就业数据好于预期): a line of
 * two to eight Chinese characters, no digit nor punctuation, right before a heading. */
static bool group_name(const gx_para_vec *ps, int i, const bool *heads, const bool *more)
{
    const gx_cps *t = &ps->v[i].t;
    if (ps->v[i].kind != GX_PARA_TEXT || t->n < 2 || t->n > 16 || i + 1 >= ps->n || !(heads[i + 1] || more[i + 1]) ||
        (i > 0 && (heads[i - 1] || more[i - 1])))
        return false;
    /* (or a couplet, two phrases of four Chinese characters or more on each side of a comma: 乾坤一张纸,一字一星辰 /
     * 金子哥的故事; sect16) */
    /* (or a question, a Latin letter or digit among its words: 美股缘何大出血? / 对A股影响几何? over a digest's headlines;
     * sect18) */
    int32_t comma = -1, n = t->n - (t->cp[t->n - 1] == '?'), latin = 0;
    for (int32_t k = 0; k < n; k++)
        if (t->cp[k] == ',' && comma < 0 && k >= 4 && t->n - k - 1 >= 4)
            comma = k;
        else if (n < t->n && t->cp[k] < 0x80 && isalnum((int)t->cp[k]) && k > 0)
            latin++;
        else if (t->cp[k] < 0x4E00 || t->cp[k] > 0x9FFF)
            return false;
    if (latin > 2 || (n < t->n && comma >= 0))
        return false;
    if (comma < 0 && t->n > 8)
        return false;
    for (int w = 0; NOT_HEADINGS[w]; w++)
        if (starts_with(t, NOT_HEADINGS[w]))
            return false;
    /* (a label over an outline numbered in Chinese, 观点 / 一、经济:…, is the article's kicker:
     * 一、 is already the top level) */
    return !named_nearby(ps, i) && !han_numbered(&ps->v[i + 1].t);
}

/* A line of two phrases of three Chinese characters or more around one comma, nothing else (先增资,后收购). */
static bool paired_phrases(const gx_cps *t)
{
    int32_t comma = -1;
    for (int32_t k = 0; k < t->n; k++)
        if (t->cp[k] == ',' && comma < 0)
            comma = k;
        else if (!gx_cp_is_han(t->cp[k]))
            return false;
    return comma >= 3 && t->n - comma - 1 >= 3;
}

/* The one heading of an article (IPO之前融资11轮,何小鹏为最大股东): a line of 8 to 24
 * characters, unnumbered, no question, not a quotation alone, opening with a word, with two long
 * paragraphs that end sentences before it and two after it, or one where the text begins or ends
 * there (the lead / 数学+编程模式,洞察了家长痛点 / …; fourteenth session) (a caption or a pull
 * quote stands alone more often than a heading does: these tests keep them out). */
static bool lone_heading(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    /* (a web subhead of a statement and a question around a space, 开板三大原因猜想 未来还会出现首日开板?, and one of two
     * phrases of three characters or more around a comma, 先增资,后收购, may be shorter: sect20) */
    bool spaced = t->n >= 8 && t->cp[t->n - 1] == '?' && headline_space(t);
    /* (a phrase of five to seven letters alone (三张监管函: sect23), no punctuation, 股权质押违约 / 两度IPO失利, is as short as a web
     * subhead gets, with two paragraphs under it and two over it, a credit's line counted: the portal's 新浪财经公众号 over
     * its last line is none, nor a short line under the text's first paragraph: sect22) */
    bool phrase = t->n >= LONE_SHORT && i >= 2 && i + 2 < ps->n;
    for (int32_t k = 0; k < t->n && phrase; k++)
        phrase = gx_cp_is_han(t->cp[k]) || gx_cp_is_latin(t->cp[k]) || gx_cp_is_digit(t->cp[k]);
    if (t->n < (paired_phrases(t) ? 7 : phrase ? LONE_SHORT : 8) || t->n > LONE_MAX || i < 1 || i + 1 >= ps->n || numbered(t) ||
        (t->cp[t->n - 1] == '?' && !spaced) || t->cp[t->n - 1] == '!' || ps->v[i].kind != GX_PARA_TEXT)
        return false;
    /* (a picture's caption with its source right over it, 渝农商行K线图 来源:Wind, is not the text's: the paragraph over
     * the caption counts instead) */
    int shift = i >= 3 && captioned(&ps->v[i - 1]);
    uint32_t c0 = t->cp[0], cl = t->cp[t->n - 1];
    if (!(gx_cp_is_han(c0) || gx_cp_is_latin(c0) || gx_cp_is_digit(c0) || c0 == 0x201C) ||
        (c0 == 0x201C && cl == 0x201D)) /* (a quote alone on its line is a pull quote) */
        return false;
    /* (the first paragraph under it may be a short sentence when a long one follows, 港交所史上最强半年报 / 8月19日,香港交易所
     *发布了其史上最强的半年报。 / …; sect23) */
    bool short_under = short_first(ps, i);
    /* (the paragraph two over may be a short sentence, a question the long one over the line answers: 不过,…是否已经见分
     * 晓? / 答案还未到揭晓的时候。…(80 characters) / 沈国军、昝圣达再出手增持; sect24) */
    bool long_over = i - 1 - shift >= 0 && ps->v[i - 1 - shift].t.n >= 2 * NEXT_MIN;
    for (int k = i - 2 - shift; k <= i + 2; k++)
        if (k != i && k != i - shift && k >= 0 && k < ps->n &&
            !(k == i - 2 - shift && (ps->v[k].kind == GX_PARA_BYLINE || starts_with(&ps->v[k].t, U"原标题"))) && /* (the text's start) */
            (ps->v[k].kind != GX_PARA_TEXT ||
             ps->v[k].t.n < ((k == i + 2 && k == ps->n - 1) || (k == i + 1 && short_under) || (k == i - 2 - shift && long_over)
                                 ? CLOSING_MIN
                                 : NEXT_MIN) ||
             !ends_sentence(&ps->v[k].t)))
            return false;
    /* (the caption of a picture of what the next paragraph cites: 春来教育2019年中期报告 / 根据春来
     * 教育2019年中期报告,…) */
    const gx_cps *next = &ps->v[i + 1].t;
    for (int32_t k = 0; k + t->n <= next->n; k++)
        if (next->cp[k] == t->cp[0] && !memcmp(next->cp + k, t->cp, sizeof *t->cp * (size_t)t->n))
            return false;
    return true;
}

/* Whether a line asks or exclaims (its last character ? or !). */
static bool asks(const gx_cps *t)
{
    return t->n > 0 && (t->cp[t->n - 1] == '?' || t->cp[t->n - 1] == '!');
}

/* The one heading of an article written over two lines (i, i + 1: 近3亿元增持 / 持股比例增至近15%, sect25): two paragraphs
 * that end sentences over it, long ones or the text's start (a byline, 原标题, a source line), and a long one under it
 * (two_lines has read the lines themselves and their neighbours right over and under). */
static bool lone_pair(const gx_para_vec *ps, int i)
{
    if (i < 2 || i + 2 >= ps->n)
        return false;
    const gx_para *p2 = &ps->v[i - 2], *p1 = &ps->v[i - 1], *next = &ps->v[i + 2];
    bool start = p2->kind == GX_PARA_BYLINE || starts_with(&p2->t, U"原标题") || starts_with(&p2->t, U"来源");
    const gx_cps *a = &ps->v[i].t, *b = &ps->v[i + 1].t;
    /* (not a picture's caption over the line it shows, both opening alike: 围棋世界冠军唐韦星和柁嘉熹莅临活动现场 /
     * 围棋世界冠军亮相济南华为门店) */
    if (a->n >= 4 && b->n >= 4 && !memcmp(a->cp, b->cp, 4 * sizeof *a->cp))
        return false;
    return p1->t.n >= NEXT_MIN && ends_sentence(&p1->t) &&
           (start || (p2->kind == GX_PARA_TEXT && p2->t.n >= NEXT_MIN && ends_sentence(&p2->t))) &&
           next->t.n >= 2 * NEXT_MIN && (ends_sentence(&next->t) || next->t.cp[next->t.n - 1] == ':');
}

/* A bullet glyph opening a line (● 估值仍然合理): how many code points it and its spaces take, 0 when none. */
static int32_t bullet_len(const gx_cps *t)
{
    if (t->n < 2 || !gx_cp_in(t->cp[0], U"●•■◆▲★"))
        return 0;
    int32_t k = 1;
    while (k < t->n && t->cp[k] == ' ')
        k++;
    return k;
}

/* A heading marked by a bullet of its own (● 内地企业占总体比例也稳步向上 between paragraphs): a bulleted
 * line of 4 to 34 characters that ends no clause, neither paragraph beside it bulleted (that is a
 * list), a long paragraph after it. */
static bool bulleted_heading(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    int32_t b = bullet_len(t);
    if (!b || (ps->v[i].kind != GX_PARA_TEXT && ps->v[i].kind != GX_PARA_LIST) || t->n - b < 4 || t->n - b > HEAD_MAX || i + 1 >= ps->n || i == 0)
        return false;
    gx_cps rest = {.cp = t->cp + b, .n = t->n - b};
    if (!heading_words(&rest) || clause_end(t->cp[t->n - 1]) || t->cp[t->n - 1] == '?' || t->cp[t->n - 1] == '!')
        return false;
    const gx_para *next = &ps->v[i + 1], *prev = &ps->v[i - 1];
    return next->kind == GX_PARA_TEXT && next->t.n >= NEXT_MIN && next->t.n >= t->n + LONGER && !bullet_len(&next->t) &&
           !bullet_len(&prev->t);
}

/* A heading written over two short lines (短期、中期、长期业绩 / 全部出众; A股是否比你想象得顽强? / 股民们有话说!;
 * 精准投资时代: / 围绕科技进步与消费升级两大主题, a label over its subtitle): the first of 5 characters or more,
 * the two together at most 34, neither a sentence nor a clause (the first may close with the label's colon, a
 * question or an exclamation), a long paragraph that ended a sentence before them and a long one after. */
static bool two_lines(const gx_para_vec *ps, int i, bool label)
{
    if (i == 0 || i + 2 >= ps->n)
        return false;
    const gx_para *p1 = &ps->v[i], *p2 = &ps->v[i + 1], *next = &ps->v[i + 2], *prev = &ps->v[i - 1];
    if (p1->kind != GX_PARA_TEXT || p2->kind != GX_PARA_TEXT || next->kind != GX_PARA_TEXT || prev->kind != GX_PARA_TEXT)
        return false;
    const gx_cps *a = &p1->t, *b = &p2->t;
    if (a->n < 5 || b->n < 2 || a->n + b->n > HEAD_MAX || !heading_words(a) || !heading_words(b) || numbered(a) ||
        numbered(b) || a->cp[0] == '(' || b->cp[0] == '(' || bullet_len(a) || bullet_len(b))
        return false;
    uint32_t la = a->cp[a->n - 1], lb = b->cp[b->n - 1];
    for (int32_t k = 0; k < a->n; k++)
        if (a->cp[k] == ',') /* (a line with a clause of its own is a sentence: 邓晖辞任,继任者会不会是…?) */
            return false;
    /* a short line over one twice its length is a kicker or a group's name (国内联播快讯 / 2017年我国可再生能源
     * 装机大幅增长), a line opened by a digit an outline's own heading (4.2018年股指期货机会分析 / 4.1指数增强) */
    if ((b->n >= 2 * a->n && !label) || (label && label_len(b)) || gx_cp_is_digit(a->cp[0]) || gx_cp_is_digit(b->cp[0]) || link_line(a))
        return false;
    if ((clause_end(la) && !(label && la == ':')) || (label && la != ':') || clause_end(lb) || outlet_shaped(a) ||
        ((la == '?' || la == '!') && a->n > 20))
        return false; /* (an outlet's name over a digest's story credits it: 俄罗斯卫星网 / 中国要把…) */
    if (prev->t.n < a->n + b->n + LONGER || !ends_sentence(&prev->t))
        return false;
    return next->t.n >= NEXT_MIN && next->t.n >= a->n + b->n + LONGER;
}

/* The first paragraph where the text has begun: a long paragraph that ended a sentence with a full stop
 * (a page's menus, banners and an announcement's title lines come before it; a banner or a headline
 * may close with a bracket); ps->n when none. */
static int text_begins(const gx_para_vec *ps)
{
    for (int k = 0; k < ps->n; k++) {
        const gx_cps *o = &ps->v[k].t;
        if (ps->v[k].kind == GX_PARA_TEXT && o->n >= NEXT_MIN &&
            (o->cp[o->n - 1] == 0x3002 || (o->cp[o->n - 1] == 0x201D && o->cp[o->n - 2] == 0x3002)))
            return k;
    }
    return ps->n;
}

/* The short line right over line i (a source's credit, 彭博) stands again right over a heading or a line
 * that may be one: a digest's stories under their sources' credits, the first one where the text begins. */
static bool credited_again(const gx_para_vec *ps, int i, const bool *heads)
{
    const gx_cps *c = &ps->v[i - 1].t;
    if (c->n > 16 || ps->v[i - 1].kind != GX_PARA_TEXT)
        return false;
    for (int32_t k = 0; k < c->n; k++) /* (a name: not a field of an announcement's head, 证券代码:002061) */
        if (c->cp[k] == ':' || gx_cp_is_digit(c->cp[k]))
            return false;
    for (int h = i + 2; h < ps->n; h++)
        if ((heads[h] || loose(ps, h)) && ps->v[h - 1].t.n == c->n && !memcmp(ps->v[h - 1].t.cp, c->cp, sizeof *c->cp * (size_t)c->n))
            return true;
    return false;
}

/* An interview's turn: a speaker's question, the answer under its speaker's name (新浪财经:您如何总结2017年的
 * 市场? / 王益聪:我想…; A:…). */
static bool interview_turn(const gx_para_vec *ps, int i)
{
    if (i + 1 >= ps->n || !label_len(&ps->v[i].t))
        return false;
    const gx_cps *next = &ps->v[i + 1].t;
    int32_t nl = label_len(next);
    return (nl >= 1 && nl <= 5) || starts_with(next, U"答");
}

/* A column's tag in brackets opening a headline (【在习近平新时代中国特色社会主义思想指引下】甘肃:聚焦深度贫困精准扶贫无
 * 死角): its length, the brackets with it, when a headline of four characters or more follows; 0 when none (sect17). */
static int32_t tag_len(const gx_cps *t)
{
    if (t->n < 8 || t->cp[0] != 0x3010)
        return 0;
    for (int32_t k = 2; k < t->n && k <= 24; k++)
        if (t->cp[k] == 0x3011)
            return t->n - k - 1 >= 4 && gx_cp_is_han(t->cp[k + 1]) ? k + 1 : 0;
    return 0;
}

/* A figure's caption numbered on its line (图七:房地产销售端增速持续下行, 图1:…, 图表3:…) or, after one, its
 * source (资料来源:弘业期货研究院wind, 数据来源:…): short lines a heading may stand over before its prose (sect18). */
static bool figure_caption(const gx_para *p)
{
    const gx_cps *t = &p->t;
    if (p->kind != GX_PARA_TEXT || t->n < 4 || t->n > 40 || t->cp[0] != 0x56FE /* 图 */)
        return false;
    int32_t k = t->n > 2 && t->cp[1] == 0x8868 /* 表 */ ? 2 : 1, d = k;
    while (k < t->n && k < d + 3 && (gx_cp_is_digit(t->cp[k]) || is_han_numeral(t->cp[k])))
        k++;
    return k > d && k + 1 < t->n && t->cp[k] == ':';
}

static bool figure_source(const gx_para *p)
{
    return p->kind == GX_PARA_TEXT && p->t.n <= 40 && (starts_with(&p->t, U"资料来源:") || starts_with(&p->t, U"数据来源:"));
}

/* Where an article's headings are clear, a line of their shape is one whatever the paragraph
 * before it: the first heading after a short lead (这些优质的成长型企业,值得投资者长期密切关注。 / 爱尔眼科
 * (300015.SZ) 掌门人:陈邦), one under its outline's heading or a lead-in (2018年股市几点思考: / 别再纠结于风格
 * 切换), a digest's story under its source's credit (彭博 / 3%的10年美债收益率可能是爆破点 市场狂欢转向绝望):
 * 4 to 34 characters, unnumbered, no clause's end nor a long question, a long paragraph after it. */
/* Line i right over where the text begins, under a portal's menu (热点栏目 / 资金流向 / 千股千评 / … / 客户端: four
 * lines or more of at most six characters): the text's first heading, a short one (2017年行情回顾; sect19). */
static bool under_menu(const gx_para_vec *ps, int i, int begin)
{
    int menu = 0;
    if (begin != i + 1 || ps->v[i].t.n > 16 || headline_space(&ps->v[i].t))
        return false; /* (a headline there is the page's title said again: 久其软件靠并购实现业绩增长 股价连跌…) */
    for (int j = i - 1; j >= 0 && ps->v[j].kind == GX_PARA_TEXT && ps->v[j].t.n <= 6; j--)
        menu++;
    return menu >= 4;
}

static bool clear_shape(const gx_para_vec *ps, int i, int begin, const bool *heads)
{
    const gx_cps *t = &ps->v[i].t;
    /* (a round-up's headline of two phrases may be longer: 李克强主持召开各民主党派中央…座谈会 听取对政府工作报告的意见建议;
     * sect17) */
    bool phrases = t->n > HEAD_MAX + 6 && headline_space(t);
    for (int32_t k = 0; k < t->n && phrases; k++)
        phrases = t->cp[k] != ',';
    int32_t n = t->n - tag_len(t); /* (a column's tag before it is not counted: 【在…思想指引下】甘肃:聚焦深度贫困…) */
    if (i == 0 || ps->v[i].kind != GX_PARA_TEXT || n < 4 || n > HEAD_MAX + (phrases ? 16 : 6) || i + 1 >= ps->n ||
        !heading_words(t) || numbered(t) || t->cp[0] == '(' || bullet_len(t))
        return false;
    uint32_t last = t->cp[t->n - 1];
    if (clause_end(last) || ((last == '?' || last == '!') && t->n > 20))
        return false;
    for (int32_t k = 0; k < t->n && t->n > HEAD_MAX; k++) /* (a longer one states: 2017年股权质押金额已达2300余亿,…) */
        if (t->cp[k] == '?' || t->cp[k] == '!')
            return false;
    /* a long paragraph of prose after it (one that ends a sentence or leads into a lost figure: …如下图所示:) */
    /* (figures' captions and their sources may come first: 房地产市场投资仍将维持平稳 / 图七:… / 资料来源:… / prose; sect18) */
    int j = i + 1;
    if (figure_caption(&ps->v[j]))
        while (j + 1 < ps->n && j < i + 9 && (figure_caption(&ps->v[j]) || figure_source(&ps->v[j])))
            j++;
    const gx_para *next = &ps->v[j];
    /* (or a lead that says the headline again in a sentence, 中共中央、国务院近日发出《关于…的通知》。, before more text:
     * sect17) */
    bool lead = next->t.n >= t->n && next->t.cp[next->t.n - 1] == 0x3002 && j + 1 < ps->n && ps->v[j + 1].kind == GX_PARA_TEXT &&
                ps->v[j + 1].t.n >= NEXT_MIN;
    if (next->kind != GX_PARA_TEXT || next->t.n < NEXT_MIN || (next->t.n < t->n + LONGER && !lead) ||
        !(ends_sentence(&next->t) || next->t.cp[next->t.n - 1] == ':'))
        return false;
    if (interview_turn(ps, i))
        return false;
    /* the text has begun before it (text_begins), or the credit over it comes again over a heading */
    if (begin >= i && !credited_again(ps, i, heads) && !under_menu(ps, i, begin))
        return false;
    /* a lost chart's title that the next paragraph cites whole (2017年港股类别比重 / 按照港股类别比重来看,…) */
    gx_cps w = *t;
    int32_t y = 0;
    while (y < w.n && gx_cp_is_digit(w.cp[y]))
        y++;
    if (y == 4 && y < w.n && w.cp[y] == 0x5E74 /* 年 */)
        w.cp += 5, w.n -= 5;
    for (int32_t k = 0; w.n >= 4 && k + w.n <= next->t.n; k++)
        if (next->t.cp[k] == w.cp[0] && !memcmp(next->t.cp + k, w.cp, sizeof *w.cp * (size_t)w.n))
            return false;
    return true;
}

/* The value of the Chinese numerals at t->cp[i..] (一 … 九十九), their end in *end; 0 when none. */
static int han_value(const gx_cps *t, int32_t i, int32_t *end)
{
    static const char32_t ones[] = U"一二三四五六七八九";
    int v = 0;
    for (; i < t->n && i < 8 && is_han_numeral(t->cp[i]); i++) {
        int d = 0;
        if (t->cp[i] == 0x5341 /* 十 */) {
            v = v ? v * 10 : 10;
            continue;
        }
        while (ones[d] && (uint32_t)ones[d] != t->cp[i])
            d++;
        v = (v >= 10 && v % 10 == 0) ? v + d + 1 : v * 10 + d + 1;
    }
    *end = i;
    return v;
}

/* A point an argument numbers in its own words, standing alone on its line (第一,中国宏观的经济形势。 / 一是金融严监管。 /
 * 其二,… / 1、中国潜在经济增速已经下降到6.5%左右。): 4 to 40 characters, one clause (a comma after the number and at
 * most one more), ending in a full stop or in no punctuation, a long paragraph after it. Its number's value, its style
 * in *style (10: 第N, 11: N是, 12: 其N, else number_of's); 0 when none (sect17). */
static int point_line(const gx_para_vec *ps, int i, int *style)
{
    const gx_cps *t = &ps->v[i].t;
    *style = 0;
    if ((ps->v[i].kind != GX_PARA_TEXT && ps->v[i].kind != GX_PARA_LIST) || t->n < 4 || t->n > HEAD_MAX + 6 || i + 1 >= ps->n)
        return 0; /* (1、… may have been read as a list's item) */
    const gx_para *next = &ps->v[i + 1];
    if (next->kind != GX_PARA_TEXT || next->t.n < NEXT_MIN || next->t.n < t->n + LONGER)
        return 0;
    int32_t end = 0, body;
    int v;
    if (t->cp[0] == 0x7B2C /* 第 */ && (v = han_value(t, 1, &end)) && end < t->n && gx_cp_in(t->cp[end], U",、"))
        *style = 10, body = end + 1;
    else if (t->cp[0] == 0x5176 /* 其 */ && (v = han_value(t, 1, &end)) && end == 2 && end < t->n && gx_cp_in(t->cp[end], U",、"))
        *style = 12, body = end + 1;
    else if ((v = han_value(t, 0, &end)) && end < t->n && t->cp[end] == 0x662F /* 是 */)
        *style = 11, body = end + 1;
    else if ((v = number_of(t, style)) && *style != 5 && *style != 6) {
        for (body = 0; body < t->n && t->cp[body] != 0x3001 && t->cp[body] != ')' && t->cp[body] != '.'; body++)
            ;
        body++;
    } else
        return *style = 0, 0;
    if (t->n - body < 3 || !heading_words(&(gx_cps){.cp = t->cp + body, .n = t->n - body - (t->cp[t->n - 1] == 0x3002)}))
        return *style = 0, 0;
    int commas = 0;
    for (int32_t k = body; k < t->n - 1; k++) {
        commas += t->cp[k] == ',';
        if (gx_cp_in(t->cp[k], U"。;:?!") || commas > 1)
            return *style = 0, 0;
    }
    uint32_t last = t->cp[t->n - 1];
    if (last != 0x3002 && (clause_end(last) || last == '?' || last == '!'))
        return *style = 0, 0;
    return v;
}

/* Join paragraph i + 1 into i (a heading written over two lines becomes one line: the text loses the
 * break, as a page break's repair does; a space between two Latin words or digits). */
static void join_next(gx_arena *a, gx_para_vec *ps, int i)
{
    gx_para *p = &ps->v[i];
    const gx_cps *q = &ps->v[i + 1].t;
    gx_cps joined = {0};
    gx_cps_reserve(a, &joined, p->t.n + q->n + 1);
    gx_cps_append(a, &joined, &p->t);
    uint32_t l = p->t.cp[p->t.n - 1], f = q->cp[0];
    if ((gx_cp_is_latin(l) || gx_cp_is_digit(l)) && (gx_cp_is_latin(f) || gx_cp_is_digit(f)))
        gx_cps_push(a, &joined, ' ', -1);
    gx_cps_append(a, &joined, q);
    p->t = joined;
    memmove(ps->v + i + 1, ps->v + i + 2, sizeof *ps->v * (size_t)(ps->n - i - 2));
    ps->n--;
}

/* A line that says again a later part of the headline (中华联合财险总经理空缺两年后高兴华补位 近七年已换五将 /
 * … / 近七年已换五将 / …): the part after a space, 5 to 34 characters, between a paragraph that ended a
 * sentence and a long one. Such a line is its section's heading even alone (sect15). */
static bool title_part(const gx_para_vec *ps, int i, const gx_cps *title)
{
    const gx_cps *t = &ps->v[i].t;
    if (!title || i == 0 || i + 1 >= ps->n || ps->v[i].kind != GX_PARA_TEXT || t->n < 5 || t->n > HEAD_MAX ||
        !heading_words(t))
        return false;
    const gx_para *prev = &ps->v[i - 1], *next = &ps->v[i + 1];
    if (prev->kind != GX_PARA_TEXT || !ends_sentence(&prev->t) || next->kind != GX_PARA_TEXT || next->t.n < NEXT_MIN)
        return false;
    for (int32_t k = 1; k + t->n <= title->n; k++) /* (a part after a space, ending the title or before one) */
        if (title->cp[k - 1] == ' ' && !memcmp(title->cp + k, t->cp, sizeof *t->cp * (size_t)t->n) &&
            (k + t->n == title->n || title->cp[k + t->n] == ' '))
            return true;
    return false;
}

/* A line of a portal's list of links (券商策略汇总>>> / 长江策略:推荐大金融主线 … / 光大证券:… / …): only short lines
 * between it and the link's line and after it (sect19). */
static bool linked(const gx_para_vec *ps, int i)
{
    if (i + 1 < ps->n && ps->v[i + 1].t.n >= NEXT_MIN)
        return false; /* (a heading under such a line stands over its prose: 下周走势>>> / 周初反弹后或还有回落… / …) */
    for (int j = i - 1; j >= 0 && ps->v[j].t.n < NEXT_MIN; j--)
        if (link_line(&ps->v[j].t))
            return true;
    return false;
}

/* An outline's heading run into the end of the paragraph before it, its line break lost (…以及国企信息化。1、经济波动性下降,
 * 流动性紧平衡 / 2017年经济复苏超出…): after the paragraph's last 。, a line numbered 1、 or 一、 of heading words, 4 to 34
 * characters, over a paragraph of text, where the outline's next number stands on a line of its own or ends another
 * paragraph so, and two of its numbers or more stand alone. The tail becomes a paragraph of its own (sect20). */
static void split_buried(gx_arena *a, gx_para_vec *ps)
{
    unsigned alone[3] = {0}, tails[3] = {0}; /* (per style 1 and 2: the numbers 1-30 seen) */
    int32_t *cut = gx_arena_alloc(a, sizeof(int32_t) * ((size_t)ps->n + 1));
    int *val = gx_arena_alloc(a, sizeof(int) * ((size_t)ps->n + 1)), *sty = gx_arena_alloc(a, sizeof(int) * ((size_t)ps->n + 1));
    for (int i = 0; i + 1 < ps->n; i++) {
        const gx_cps *t = &ps->v[i].t;
        int st, v;
        if (ps->v[i].kind != GX_PARA_TEXT && ps->v[i].kind != GX_PARA_LIST)
            continue;
        if ((v = number_of(t, &st)) >= 1 && v < 31 && (st == 1 || st == 2) && t->n <= HEAD_MAX)
            alone[st] |= 1u << v;
        if (ps->v[i + 1].kind != GX_PARA_TEXT || t->n < NEXT_MIN || t->cp[t->n - 1] == 0x3002) /* (a bulleted one too: ★ …。1、…) */
            continue;
        int32_t k = t->n - 2;
        while (k > 0 && t->cp[k] != 0x3002 && t->n - k <= HEAD_MAX + 1)
            k--;
        if (k <= 0 || t->cp[k] != 0x3002 || t->n - k - 1 < 4 || t->n - k - 1 > HEAD_MAX)
            continue;
        gx_cps tail = {.cp = t->cp + k + 1, .src = t->src ? t->src + k + 1 : NULL, .n = t->n - k - 1, .cap = t->n - k - 1};
        if ((v = number_of(&tail, &st)) >= 1 && v < 31 && (st == 1 || st == 2) && heading_words(&tail) &&
            !clause_end(tail.cp[tail.n - 1]))
            cut[i] = k + 1, val[i] = v, sty[i] = st, tails[st] |= 1u << v;
    }
    for (int i = ps->n - 2; i >= 0; i--) {
        int st = sty[i], v = val[i];
        if (!cut[i] || __builtin_popcount(alone[st]) < 2 || !((alone[st] | tails[st]) & (1u << (v + 1))))
            continue;
        GX_VEC_PUSH(a, *ps);
        memmove(ps->v + i + 2, ps->v + i + 1, sizeof *ps->v * (size_t)(ps->n - i - 2));
        gx_para *p = &ps->v[i], *q = &ps->v[i + 1];
        *q = *p;
        q->t.cp = p->t.cp + cut[i], q->t.src = p->t.src ? p->t.src + cut[i] : NULL;
        q->t.n = q->t.cap = p->t.n - cut[i];
        p->t.n = p->t.cap = cut[i];
        q->kind = GX_PARA_TEXT, q->after_blank = false, q->blank_lines = 0, q->indented = false;
    }
}

/* A broker's research note reposted by a portal (原标题:… 来源:申万宏源 / 事件: / 公司发布… / 投资要点: / …) is written
 * under the fixed labels of the note's form, each alone on its line (公司近况, 事项点评), closed by a colon or in brackets
 * ([摘要], 【投资要点】): the note's sections, named without the colon or brackets (the golds of h18-h41 drop the colon,
 * 11 of 11). The labels are the form's grammar, not words of a topic; the short ones (事件, 摘要, 事项, 评论) are labels
 * only with their colon or brackets (a portal's 摘要 alone over a story's summary is none: sect20) (sect21). */
static const char32_t *const NOTE_LABELS[] = {U"事件", U"事项", U"摘要", U"评论", U"报告摘要", U"投资要点", U"核心观点",
                                              U"主要观点", U"投资建议", U"盈利预测", U"估值与评级", U"估值与建议", U"投资评级",
                                              U"风险提示", U"事件点评", U"事项点评", U"公司近况", U"公司动态事项", NULL};

/* The label's length inside the line (its first code point at *at), or 0 when the line is no note label. */
static int32_t note_label(const gx_para *p, int32_t *at)
{
    const gx_cps *t = &p->t;
    if (p->kind != GX_PARA_TEXT || t->n < 2 || t->n > 8)
        return 0;
    uint32_t f = t->cp[0], l = t->cp[t->n - 1];
    bool bracketed = (f == '[' && l == ']') || (f == 0x3010 && l == 0x3011);
    *at = bracketed;
    int32_t n = t->n - 2 * bracketed - (l == ':');
    if (!bracketed && l != ':' && n <= 2)
        return 0;
    for (int w = 0; NOTE_LABELS[w]; w++) {
        int32_t k = 0;
        while (k < n && NOTE_LABELS[w][k] && t->cp[*at + k] == (uint32_t)NOTE_LABELS[w][k])
            k++;
        if (k == n && !NOTE_LABELS[w][k])
            return n;
    }
    return 0;
}

/* Each note label over a paragraph of text (a short one too: 公司动态事项 / 公司发布2019年半年报。; or another label:
 * [摘要] / 投资要点:), in an article with no outline
 * numbered in Chinese (a report's 核心观点: over its summary before 一、 … is its preamble, h34/h37's golds): marked in
 * noted (its brackets dropped here, its colon where sections are made). Returns how many. */
static int note_labels(gx_para_vec *ps, bool *noted)
{
    int labels = 0;
    for (int i = 0; i < ps->n; i++)
        if (han_numbered(&ps->v[i].t))
            return 0;
    for (int i = 0; i + 1 < ps->n; i++) {
        int32_t at = 0;
        if (!note_label(&ps->v[i], &at) || ps->v[i + 1].kind != GX_PARA_TEXT)
            continue;
        gx_cps *t = &ps->v[i].t;
        noted[i] = true;
        labels++;
        if (at) { /* ([摘要] -> 摘要) */
            t->cp++, t->n -= 2, t->cap = t->n;
            if (t->src)
                t->src++;
        }
    }
    return labels;
}

/* A bar glued before a line (|隆华科技收监管函事出连续违规减持: a WeChat post's heading mark): its length, 0 when none. The
 * bar opens a short line whose words follow at once, and no other bar stands in it (a table's row has several). */
static int32_t bar_len(const gx_para *p)
{
    const gx_cps *t = &p->t;
    if (p->kind != GX_PARA_TEXT || t->n < 2 + LONE_SHORT || t->n > HEAD_MAX + 1 || t->cp[0] != '|' || !gx_cp_is_han(t->cp[1]))
        return 0;
    for (int32_t k = 1; k < t->n; k++)
        if (t->cp[k] == '|')
            return 0;
    return 1;
}

static void plain_headings(gx_arena *a, gx_para_vec *ps, const gx_cps *title);

/* The line under a lone 01 (no other number alone on a line), over a paragraph of text, after one that ended a
 * sentence or a picture's credit, that may be its section's heading; -1 when none. */
static int first_of_numbers(const gx_para_vec *ps)
{
    int at = -1;
    for (int i = 0; i < ps->n; i++)
        if (number_line(&ps->v[i])) {
            const gx_cps *t = &ps->v[i].t;
            if (at >= 0 || t->n != 2 || t->cp[0] != '0' || t->cp[1] != '1')
                return -1;
            at = i + 1;
        }
    if (at < 2 || at + 1 >= ps->n || ps->v[at].kind != GX_PARA_TEXT || ps->v[at + 1].kind != GX_PARA_TEXT ||
        ps->v[at - 2].kind != GX_PARA_TEXT ||
        !(ends_sentence(&ps->v[at - 2].t) || picture_credit(&ps->v[at - 2]))) /* (or a picture's credit: 图片来源 / 深圳人大网) */
        return -1;
    const gx_cps *h = &ps->v[at].t;
    if (h->n < HEAD_MIN || h->n > HEAD_MAX || !heading_words(h) || clause_end(h->cp[h->n - 1]) || h->cp[h->n - 1] == '?' ||
        h->cp[h->n - 1] == '!' || ps->v[at + 1].t.n <= h->n)
        return -1;
    return at;
}

/* The headings are read with a heading mark's bar set aside (sect24); a line it opens that is no heading keeps it. */
void gx_structure_plain_headings(gx_arena *a, gx_para_vec *ps, const gx_cps *title)
{
    int bars = 0;
    for (int i = 0; i < ps->n && i < 64; i++)
        bars += bar_len(&ps->v[i]) > 0;
    if (!bars) {
        plain_headings(a, ps, title);
        return;
    }
    /* (the lines are known by their text's address: the heading tests may split or join paragraphs) */
    uint32_t **barred = gx_arena_alloc(a, sizeof *barred * (size_t)bars);
    int nb = 0;
    for (int i = 0; i < ps->n && nb < bars; i++)
        if (i < 64 && bar_len(&ps->v[i])) {
            gx_cps *t = &ps->v[i].t;
            t->cp++, t->n--, t->cap--;
            if (t->src)
                t->src++;
            barred[nb++] = t->cp;
        }
    plain_headings(a, ps, title);
    for (int i = 0; i < ps->n; i++)
        for (int b = 0; b < nb; b++)
            if (ps->v[i].t.cp == barred[b] && ps->v[i].kind == GX_PARA_TEXT) {
                gx_cps *t = &ps->v[i].t;
                t->cp--, t->n++, t->cap++;
                if (t->src)
                    t->src--;
            }
}

static void plain_headings(gx_arena *a, gx_para_vec *ps, const gx_cps *title)
{
    for (int i = 0; i < ps->n; i++)
        if (ps->v[i].kind == GX_PARA_H2 || ps->v[i].kind == GX_PARA_H3)
            return; /* the text marks its own headings */
    split_buried(a, ps);
    bool *noted = gx_arena_alloc(a, (size_t)ps->n + 1);
    if (note_labels(ps, noted) < 2) /* (one label alone is no note's form: a closing 风险提示:) */
        memset(noted, 0, (size_t)ps->n + 1);
    int found = 0, counted = 0, labelled = 0, colonned = 0, echoes = 0, pairs = 0, split_pairs = 0; /* (echoes: lines that say a part of the title again) */
    bool outline = false; /* some heading is numbered in Chinese */
    bool *heads = gx_arena_alloc(a, (size_t)ps->n + 1);
    bool *pair = gx_arena_alloc(a, (size_t)ps->n + 1); /* a heading over two lines (two_lines) */
    int *hix = gx_arena_alloc(a, sizeof(int) * ((size_t)ps->n + 1));
    /* (under an outline, a line over another is a heading over its first sub-heading: 港股市场基本信息 /
     * 股票数量及市场结构 in a report numbered 一、 (1)) */
    int numbers = 0;
    for (int i = 0; i < ps->n; i++)
        numbers += numbered(&ps->v[i].t) && ps->v[i].t.cp[0] != 0x3010;
    for (int i = 0; i < ps->n; i++)
        if (numbers < 2 && two_lines(ps, i, false) && !sourced(&ps->v[i].t) && !named_nearby(ps, i)) {
            heads[i] = pair[i] = true;
            hix[found++] = i;
            pairs++;
            i++; /* (its second line is no heading of its own) */
        } else if (noted[i] || ((candidate(ps, i) || title_part(ps, i, title)) && !sourced(&ps->v[i].t) && !named_nearby(ps, i) &&
                   !answered(ps, i) && !(ps->v[i].t.cp[ps->v[i].t.n - 1] == '?' && interview_turn(ps, i)))) {
            echoes += title_part(ps, i, title);
            heads[i] = true;
            hix[found] = i;
            found++;
            outline = outline || han_numbered(&ps->v[i].t);
            counted += numbered(&ps->v[i].t) || (i > 0 && number_line(&ps->v[i - 1]));
            labelled += label_len(&ps->v[i].t) > 0;
            colonned += headline_colon(&ps->v[i].t);
        }
    /* where the article has headings of one line too, two lines that each read as a headline (8 characters or more,
     * the second no label: 市场环境已发生深刻变化 / 投资者应摈弃“炒小、炒新、炒差”的积习 between 蓝筹牛市进行时,二八转换
     * 概率低 and 政策面需要继续加强监管) are two headings, the first over no text of its own (sect16; two captions
     * under pictures, or 大势猜想:… / 实现概率:70%, stay as they were) */
    /* (sect25: so are two lines whose second is a subline of five characters or more, in any article: 公司业绩变脸太快 /
     * 一不小心就踩雷, 近3亿元增持 / 持股比例增至近15%, the golds' two headings of 中国基金报's layout 7 to 1; a fragment of
     * four that ends the line over it, 短期、中期、长期业绩 / 全部出众, stays one heading with it, and so do two lines that ask
     * or exclaim, one question broken in two, 恐慌情绪之下 / 美股后市怎么走?, or its answer, A股是否比你想象得顽强? /
     * 股民们有话说!) */
    for (int i = 0; i + 1 < ps->n; i++)
        if (pair[i] && !label_len(&ps->v[i + 1].t) &&
            ((ps->v[i + 1].t.n >= PAIR_SUB && !asks(&ps->v[i].t) && !asks(&ps->v[i + 1].t)) ||
             (found > pairs && ps->v[i].t.n >= STANDS && ps->v[i + 1].t.n >= STANDS))) {
            pair[i] = false, heads[i + 1] = true;
            hix[found++] = i + 1;
            split_pairs++;
        }
    /* points an argument numbers in its own words on lines of their own (第一,…。 / 第二,…。; 一是…。 / 二是…。; 1、…。 /
     * 2、…。) are headings where a series of them holds its first two (a short list's items have no long paragraph
     * after each; a long paragraph opened by 第一, is no line of its own; under an outline's numbered headings such
     * points are its items: sect17) */
    int *pstyle = gx_arena_alloc(a, sizeof(int) * ((size_t)ps->n + 1)), *pval = gx_arena_alloc(a, sizeof(int) * ((size_t)ps->n + 1));
    unsigned firsts[16] = {0}; /* (per style: bit 0 the point 1 found, bit 1 the point 2) */
    int outlined = 0;
    for (int i = 0; i < ps->n; i++)
        outlined += heads[i] && (numbered(&ps->v[i].t) || spaced_number(&ps->v[i].t));
    for (int i = 0; i < ps->n && !outlined; i++) {
        pval[i] = heads[i] ? 0 : point_line(ps, i, &pstyle[i]);
        /* (points announced by a lead-in closed by a colon, 大体上有这几个角度来做预测: / 一是库存变化周期。, are its
         * list's items) */
        const gx_cps *pt = i > 0 ? &ps->v[i - 1].t : NULL;
        if (pval[i] == 1 && pt && pt->n && pt->cp[pt->n - 1] == ':')
            firsts[pstyle[i]] |= 4u;
        else if (pval[i] >= 1 && pval[i] <= 2)
            firsts[pstyle[i]] |= 1u << (pval[i] - 1);
    }
    for (int i = 0; i < ps->n; i++)
        if (pval[i] && firsts[pstyle[i]] == 3 && !sourced(&ps->v[i].t) && !(i > 0 && heads[i - 1])) {
            heads[i] = true;
            hix[found++] = i;
            /* (a question right over the first point is their heading: 对当前中国经济形势怎么判断? / 1、中国潜在经济增速…。) */
            const gx_cps *q = i > 0 ? &ps->v[i - 1].t : NULL;
            if (pval[i] == 1 && q && ps->v[i - 1].kind == GX_PARA_TEXT && q->n >= 6 && q->n <= HEAD_MAX && q->cp[q->n - 1] == '?' &&
                heading_words(q) && !label_len(q) && !(i > 1 && heads[i - 2])) {
                int32_t k = 0;
                while (k < q->n - 1 && !gx_cp_in(q->cp[k], U"。?!,"))
                    k++;
                if (k == q->n - 1)
                    heads[i - 1] = true, hix[found++] = i - 1;
            }
        }
    int labels = 0; /* lines that may be labels closed by a colon, of four characters or more
                     * (not a speaker's name in a transcript, 郭锋:) */
    int placed = 0;  /* ... and of those, the ones after a long paragraph that ended a sentence */
    int pictured = 0; /* headings under pictures */
    int listed = 0;   /* labels over bulleted lists */
    int bullets = 0;  /* headings marked by bullets of their own */
    for (int i = 0; i < ps->n; i++) {
        listed += bulleted_label(ps, i);
        bullets += bulleted_heading(ps, i);
        labels += label_line(ps, i) && ps->v[i].t.n >= 5;
        placed += ps->v[i].t.n >= 5 && colon_label(ps, i, 0);
        pictured += !heads[i] && under_picture(ps, i);
    }
    /* a section's number written 01 alone on its line over the only such line, a heading's words under it and the text
     * going on below (…第二条规定: after 01 / 50万元以上可申请破产清算 in a page cut before its 02): 01 is no list's
     * count, the line is its first section's heading (sect24) */
    int opened = first_of_numbers(ps);
    if (opened > 0 && !heads[opened]) {
        heads[opened] = true;
        hix[found++] = opened;
        counted++;
    }
    if (found < 1 && labels < 3 && placed < 2 && pictured < 2 && listed < 1 && bullets < 2)
        return;
    if (found < 2) /* the labels make the headings: a lone numbered line is an item of a list */
        for (int i = 0; i < ps->n; i++)
            if (heads[i] && numbered(&ps->v[i].t) && ps->v[i].t.cp[0] != 0x3010)
                heads[i] = false, found--;
    /* where the headings are clear, a line of their series, or one over a short paragraph that
     * ends a sentence, is one too (decided on the first pass's headings alone; one clear
     * heading and one over a short paragraph make two) */
    bool *more = gx_arena_alloc(a, (size_t)ps->n + 1);
    int begin = text_begins(ps);
    int leads = 0;
    for (int i = 0; i < ps->n; i++) {
        bool free = !heads[i] && !(i > 0 && heads[i - 1] && !noted[i - 1] && !tag_len(&ps->v[i].t) && !over_child(ps, i - 1)) && !sourced(&ps->v[i].t) && !named_nearby(ps, i) && !answered(ps, i) &&
                    !(ps->v[i].t.n && ps->v[i].t.cp[ps->v[i].t.n - 1] == '?' && interview_turn(ps, i)); /* (sect16) */
        bool lead = free && short_lead(ps, i);
        more[i] = lead || (free && found >= 2 && loose(ps, i) && in_series(ps, i, hix, found, labelled, colonned)) ||
                  (free && (found >= 2 || labels >= 3 || placed >= 2) && colon_label(ps, i, labels)) ||
                  (free && (found >= 2 || pictured >= 2) && under_picture(ps, i)) || (free && bulleted_label(ps, i)) ||
                  (free && found >= 2 && clear_shape(ps, i, begin, heads)) ||
                  (!heads[i] && (found >= 2 || bullets >= 2) && bulleted_heading(ps, i)); /* (under its heading too) */
        bool subtitled = free && found >= 2 && hix[0] < i && numbers < 2 && two_lines(ps, i, true); /* a label over its subtitle */
        more[i] = more[i] || subtitled;
        leads += more[i] && !lead && found < 2; /* (a series of labels makes its own headings) */
        leads += lead;
        i += subtitled; /* (the subtitle is no heading of its own) */
    }
    /* (an article's one heading over two lines, split above, stands where one line would: lone_pair) */
    int lines = found - split_pairs; /* (the headings as found, a pair's second line not counted) */
    bool one_pair = lines == 1 && pairs == 1 && split_pairs == 1 && leads == 0 && lone_pair(ps, hix[0]);
    if (lines + leads < 2 && !(lines == 1 && leads == 0 && (lone_heading(ps, hix[0]) || hix[0] == opened)) && listed < 1 &&
        echoes < 1 && !one_pair)
        return;
    /* in a digest of views under their authors' names (中证投资:A股市场避险情绪发酵…), such a line
     * right over a heading is one too: the view's own labels follow it (天信投顾:过度解读造成股灾 /
     * 今日市场点评:) */
    int viewed = 0;
    for (int i = 0; i < ps->n; i++)
        viewed += (heads[i] || more[i]) && view_line(&ps->v[i].t);
    for (int i = 0; i + 1 < ps->n && viewed >= 1; i++)
        if (!heads[i] && !more[i] && (heads[i + 1] || more[i + 1]) && ps->v[i].kind == GX_PARA_TEXT &&
            view_line(&ps->v[i].t) && heading_words(&ps->v[i].t) && !(i > 0 && (heads[i - 1] || more[i - 1])))
            more[i] = true;
    int group = -1, groups = 0, credits = 0; /* (a group's name is never another's heading) */
    bool *named = gx_arena_alloc(a, (size_t)ps->n + 1);
    for (int i = ps->n - 2; i >= 0; i--)
        if (!heads[i] && !more[i] && i + 1 != group && group_name(ps, i, heads, more)) {
            more[i] = named[i] = true, group = i;
            groups++;
            credits += outlet_shaped(&ps->v[i].t);
        }
    /* where two of those names are outlets' (彭博 / 中美商会:…, 俄罗斯卫星网 / …), they credit the
     * stories under them: none is a heading */
    for (int i = 0; i < ps->n && credits >= 2; i++)
        if (named[i])
            more[i] = false;
    /* (a heading's neighbours are long paragraphs, never headings: marking one does not change
     * another's test); where the headings are numbered, a question line between them is the
     * text's own (那么中产阶层呢?他们又在做些什么?), not a heading */
    /* under an outline numbered in Chinese, a label of at most four characters before its
     * first item (观点 / … / 一、经济:工业利润走低) is the article's kicker, not a section */
    int first_item = -1, items = 0;
    for (int i = 0; i < ps->n; i++)
        if ((heads[i] || more[i]) && han_numbered(&ps->v[i].t)) {
            first_item = first_item < 0 ? i : first_item;
            items++;
        }
    for (int i = 0; i < first_item && items >= 2; i++)
        if (ps->v[i].t.n <= 4 && !numbered(&ps->v[i].t))
            heads[i] = more[i] = false;
    /* an outline that numbers a level under its 1、 in decimals (一、 / 1、A股投资者结构 / 1.1. 漫长的机构化之路) makes its
     * 1、 and (一) a level of headings too, not items (sect16) */
    int deeper = 0;
    for (int i = 0; i < ps->n && outline; i++)
        deeper += (heads[i] || more[i]) && decimal_numbered(&ps->v[i].t);
    /* so does one whose every 1、 line stands over a long paragraph of prose (一、影响1月流动性的主要因素 / 1、1月财政性存款
     * 季节性收缴,冲击流动性 / 1月财政性存款季节性收缴,…。 of 60 characters or more), under two of its headings or more: a
     * report's sections, not a notice's items, which stand over tables, fields or other items (sect18; the news golds of
     * h31-h35 keep them, 4 of 4) */
    int subs = 0, sectioned = 0, parents = 0, parent = -1, last = 0;
    for (int i = 0; i + 1 < ps->n && outline; i++) {
        if ((heads[i] || more[i]) && han_numbered(&ps->v[i].t))
            parent = i, last = 0;
        int st, v = 0;
        if ((heads[i] || more[i]) && sub_item(&ps->v[i].t) && gx_cp_is_digit(ps->v[i].t.cp[0]) && (v = number_of(&ps->v[i].t, &st))) {
            const gx_cps *nx = &ps->v[i + 1].t;
            subs++; /* (numbered 1, 2, 3 under each heading, none skipped) */
            sectioned += v == last + 1 && ps->v[i + 1].kind == GX_PARA_TEXT && nx->n >= 2 * NEXT_MIN &&
                         (ends_sentence(nx) || nx->cp[nx->n - 1] == ':');
            parents += parent >= 0; /* (the first under each of its outline's headings) */
            parent = -1, last = v;
        }
    }
    if (deeper >= 2 || (subs >= 2 && sectioned == subs && parents >= 2))
        outline = false;
    /* and, level by level (number_of's style: 1 for 1、, 3 for (1), 4 for (一)), a level whose every item is numbered on
     * from the one before under its parent and stands over a paragraph that ends a sentence and over 120 characters of
     * prose before the next heading (or over its own first 1、 item), first under two parents or more, is one of
     * sections. A level in brackets between (一、 / (一)“一法三规”下的信托盛世 / … / 1、由融资类向事务管理类信托转移) is
     * the parent of the 1、 level under it, which then needs one parent only: a column's three-level outline (sect20) */
    int lsubs[8] = {0}, lsectioned[8] = {0}, lparents[8] = {0}, llast[8] = {0};
    bool fresh[8] = {false};
    for (int i = 0; i + 1 < ps->n && outline; i++) {
        if ((heads[i] || more[i]) && han_numbered(&ps->v[i].t))
            for (int s = 0; s < 8; s++)
                fresh[s] = true, llast[s] = 0;
        int st, v = 0;
        if ((heads[i] || more[i]) && sub_item(&ps->v[i].t) && (v = number_of(&ps->v[i].t, &st)) && st >= 1 && st <= 4 && st != 2) {
            const gx_cps *nx = &ps->v[i + 1].t;
            lsubs[st]++;
            int32_t body = 0; /* (the prose under it, up to the next heading or its own first 1、 item) */
            int j = i + 1, cst = 0;
            for (; j < ps->n && !heads[j] && !more[j] && body < 4 * NEXT_MIN; j++)
                body += ps->v[j].kind == GX_PARA_TEXT ? ps->v[j].t.n : 0;
            bool child = st >= 3 && j < ps->n && (heads[j] || more[j]) && number_of(&ps->v[j].t, &cst) == 1 && cst == 1;
            lsectioned[st] += v == llast[st] + 1 && ps->v[i + 1].kind == GX_PARA_TEXT && (body >= 4 * NEXT_MIN || child) &&
                              (ends_sentence(nx) || nx->cp[nx->n - 1] == ':');
            lparents[st] += fresh[st]; /* (the first under each of its outline's headings) */
            fresh[st] = false, llast[st] = v;
            if (st >= 3) /* (a level in brackets is the parent of the 1、 under it) */
                fresh[1] = true, llast[1] = 0;
        }
    }
    bool levels[8] = {false}; /* (the levels whose items are sections) */
    for (int s = 4; s >= 1; s--) {
        bool above = s == 1 && (levels[3] || levels[4]);
        levels[s] = lsubs[s] >= 2 && lsectioned[s] == lsubs[s] && (lparents[s] >= 2 || (above && lparents[s] >= 1));
    }
    /* a digest's groups written alone in brackets (【股市】 / 兴业策略王德伦:积极信号已现 … / …; 【宏观】 / …): where two
     * or more stand each right over a heading, they are the sections, named without their brackets (股市), and the
     * stories' headlines under them are not (sect17) */
    int bgroups = 0;
    for (int i = 0; i + 1 < ps->n; i++)
        bgroups += bracket_group(&ps->v[i]) && (heads[i + 1] || more[i + 1]);
    for (int i = 0; i < ps->n && bgroups >= 2; i++) {
        heads[i] = more[i] = bracket_group(&ps->v[i]);
        pair[i] = false;
        if (heads[i]) {
            gx_cps *t = &ps->v[i].t;
            t->cp++, t->n -= 2, t->cap = t->n;
            if (t->src)
                t->src++;
        }
    }
    /* nor is a line over a page's disclaimer (瑞达期货 / 新浪声明:新浪网登载此文…), nor an attachment's title under
     * its label after a notice's end (附件: / 张昊瑜女士简历) (sect17) */
    for (int i = 0; i + 1 < ps->n; i++) {
        const gx_cps *nx = &ps->v[i + 1].t, *pv = i > 0 ? &ps->v[i - 1].t : NULL;
        if ((heads[i] || more[i]) && (starts_with(nx, U"新浪声明") || starts_with(nx, U"免责声明") || starts_with(nx, U"声明:") ||
                                      (pv && pv->n <= 5 && starts_with(pv, U"附件") && pv->cp[pv->n - 1] == ':')))
            heads[i] = more[i] = false;
    }
    /* where the headings are an outline's (three numbered or more, two thirds of those found), an unnumbered label closed by
     * a colon between two of them is a box's or a figure's label (3.2 全球看“创新制造” / … / 隐形冠军定义: / “隐形”的意思是…
     * / … / 3.3 国内看“美好生活”), not a section; after the outline's last heading it is one (结语:) (sect20) */
    for (int i = 0, before = 0; i < ps->n && counted >= 3 && counted * 3 >= found * 2; i++) {
        const gx_cps *t = &ps->v[i].t;
        before += heads[i] && numbered(t);
        if (!more[i] || heads[i] || !before || !t->n || t->cp[t->n - 1] != ':' || numbered(t))
            continue;
        for (int j = i + 1; j < ps->n; j++)
            if ((heads[j] || more[j]) && numbered(&ps->v[j].t) && ps->v[j].t.cp[0] != 0x3010) {
                more[i] = false;
                break;
            }
    }
    for (int i = 0; i < ps->n; i++) {
        const gx_cps *t = &ps->v[i].t;
        bool question = t->n > 0 && (t->cp[t->n - 1] == '?') && !numbered(t) && !(i > 0 && number_line(&ps->v[i - 1]));
        int lst = 0;
        bool item = outline && sub_item(t) && !(number_of(t, &lst) && lst < 8 && levels[lst]);
        if ((heads[i] || more[i]) && !item && !(counted >= 2 && question && !more[i]) && !linked(ps, i))
            ps->v[i].kind = GX_PARA_H2;
    }
    /* a report's 摘要 alone on one of its first lines, over its summary, where its outline of two levels follows (two
     * headings numbered at the top, 1、 一、 2。, and two in decimals under them: 1.1 2017年经济复苏…) heads the summary (a
     * portal's 摘要 over a news story's summary, even one listing 1、 2、 3、 reasons, or over a report whose top level is
     * unnumbered, does not: h35 news-59's gold against h36 news-58's and h38 news-39's; sect20) */
    int outlined_heads = 0, decimals = 0, first_head = ps->n;
    for (int i = 0; i < ps->n; i++)
        if (ps->v[i].kind == GX_PARA_H2) {
            first_head = first_head < i ? first_head : i;
            outlined_heads += numbered(&ps->v[i].t) && ps->v[i].t.cp[0] != 0x3010 && !decimal_numbered(&ps->v[i].t);
            decimals += decimal_numbered(&ps->v[i].t);
        }
    for (int i = 0; i < 3 && i + 1 < first_head && outlined_heads >= 2 && decimals >= 2; i++) {
        const gx_cps *t = &ps->v[i].t;
        if (ps->v[i].kind == GX_PARA_TEXT && (t->n == 2 || (t->n == 3 && t->cp[2] == ':')) && starts_with(t, U"摘要") &&
            ps->v[i + 1].kind == GX_PARA_TEXT && ps->v[i + 1].t.n >= NEXT_MIN) {
            ps->v[i].kind = GX_PARA_H2;
            break;
        }
    }
    /* a heading over two lines is one line (a label's subtitle stays apart: 精准投资时代: / 围绕…) */
    for (int i = ps->n - 2; i >= 0; i--)
        if (pair[i] && ps->v[i].kind == GX_PARA_H2 && ps->v[i].t.cp[ps->v[i].t.n - 1] != ':')
            join_next(a, ps, i);
}
