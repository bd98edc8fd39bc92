/* gx_structure_headings.c — section headings of an article written as plain text.
 *
 * Chinese news pages reach the service without markup: a heading is a short line of its own
 * between paragraphs ("从投机客到价值投资拥趸", "一、事件概述", "1、击碎“蓝田神话”",
 * "【隔夜市场表现回顾】"). When an article has no "## " or "### " heading, a paragraph becomes a
 * heading (GX_PARA_H2) when
 *   - it is short (2-32 characters), holds no full stop and is no credit, caption or link line
 *     (原标题, 来源, 责任编辑, 图表, 点击 ...);
 *   - a long paragraph follows it (at least 30 characters and 10 more than the line);
 *   - it is numbered (一、 1、 (一) (1)), follows its number written alone on the line before
 *     (1 / 你能花的钱，并没有想象中那么多) or is a 【…】 line; or else it ends without a clause's
 *     punctuation and a long paragraph that ended a sentence comes before it; a heading numbered
 *     in Chinese (一、) needs only some paragraph after it, and makes the items numbered in
 *     Arabic digits under it (1、 2、) items, not headings;
 * and the article has at least two such lines (one short line alone is more often a caption
 * or a pull quote). On the held-out sets of the eleventh session (h18-h22, 120 articles read)
 * this turns 79 exact section lists (the articles without sections) into 94. */
#include "gx_structure_headings.h"

#include <string.h>
#include <uchar.h>

#include "gx_utf8.h"

#define HEAD_MIN 2
#define HEAD_MAX 32
#define NEXT_MIN 30 /* the paragraph after a heading is at least this long ...        */
#define LONGER   10 /* ... and this much longer than the heading (so is the one before) */

/* Line openings of credits, captions and links, never headings. */
static const char32_t *const NOT_HEADINGS[] = {U"原标题", U"来源", U"编辑", U"责任编辑", U"图", U"注:", U"作者", U"记者",
                                               U"文/", U"文|", U"摘要", U"本文", U"声明", U"风险提示", U"数据来源",
                                               U"资料来源", U"点击", U"更多", U"相关", U"延伸阅读", U"推荐阅读",
                                               U"热点栏目", U"专题", NULL};

static bool starts_with(const gx_cps *t, const char32_t *w)
{
    int32_t k = 0;
    while (w[k] && k < t->n && t->cp[k] == (uint32_t)w[k])
        k++;
    return !w[k];
}

static bool in_set(const char32_t *set, uint32_t c)
{
    for (; *set; set++)
        if (c == (uint32_t)*set)
            return true;
    return false;
}

static bool is_han_numeral(uint32_t c)
{
    return in_set(U"一二三四五六七八九十", c);
}

/* 一、 二、 …: a heading numbered in Chinese, the top level of a report's outline. */
static bool han_numbered(const gx_cps *t)
{
    int32_t i = 0;
    while (i < t->n && i < 3 && is_han_numeral(t->cp[i]))
        i++;
    return i > 0 && i < t->n && t->cp[i] == 0x3001 /* 、 */;
}

/* 一、 1、 (一) (1): a numbered heading; 【…】 alone on its line. */
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
    while (i < n && i < 3 && (gx_cp_is_digit(c[i]) || is_han_numeral(c[i])))
        i++;
    return i > 0 && i < n && c[i] == 0x3001 /* 、 */;
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
    return in_set(U"。;；:：,，、…", c);
}

/* A paragraph that ended a sentence (。 ! ? or a closing quote or bracket after one). */
static bool ends_sentence(const gx_cps *t)
{
    uint32_t c = t->cp[t->n - 1];
    return c == 0x3002 || c == '!' || c == '?' || c == 0x201D || c == '"' || c == ')' || c == 0x2026;
}

static bool candidate(const gx_para_vec *ps, int i)
{
    const gx_cps *t = &ps->v[i].t;
    if (ps->v[i].kind != GX_PARA_TEXT && ps->v[i].kind != GX_PARA_LIST)
        return false;
    if (t->n < HEAD_MIN || t->n > HEAD_MAX || i + 1 >= ps->n)
        return false;
    for (int32_t k = 0; k < t->n; k++)
        if (t->cp[k] == 0x3002)
            return false;
    bool latin_only = true;
    for (int32_t k = 0; k < t->n && latin_only; k++)
        latin_only = t->cp[k] < 0x80;
    if (latin_only || t->cp[0] == '[')
        return false;
    for (int w = 0; NOT_HEADINGS[w]; w++)
        if (starts_with(t, NOT_HEADINGS[w]))
            return false;
    uint32_t last = t->cp[t->n - 1];
    if (last == 0x56FE /* 图 */ || last == 0x8868 /* 表 */)
        return false;
    const gx_para *next = &ps->v[i + 1];
    if (han_numbered(t)) /* (its first paragraph may be a short lead or a numbered item) */
        return next->kind == GX_PARA_TEXT || next->kind == GX_PARA_LIST;
    if (next->kind != GX_PARA_TEXT || next->t.n < NEXT_MIN || next->t.n < t->n + LONGER)
        return false;
    if (numbered(t) || (i > 0 && number_line(&ps->v[i - 1])))
        return true;
    if (ps->v[i].kind == GX_PARA_LIST || t->cp[0] == '(' || clause_end(last) ||
        ((last == '?' || last == '!') && t->n > 20))
        return false;
    if (i == 0)
        return false;
    const gx_para *prev = &ps->v[i - 1];
    return prev->kind == GX_PARA_TEXT && prev->t.n >= t->n + LONGER && ends_sentence(&prev->t);
}

/* An item numbered in Arabic digits (1、 2、) under an outline numbered in Chinese: a sub-item. */
static bool sub_item(const gx_cps *t)
{
    return numbered(t) && gx_cp_is_digit(t->cp[0]);
}

void gx_structure_plain_headings(gx_para_vec *ps)
{
    for (int i = 0; i < ps->n; i++)
        if (ps->v[i].kind == GX_PARA_H2 || ps->v[i].kind == GX_PARA_H3)
            return; /* the text marks its own headings */
    int found = 0, counted = 0;
    bool outline = false; /* some heading is numbered in Chinese */
    for (int i = 0; i < ps->n; i++)
        if (candidate(ps, i)) {
            found++;
            outline = outline || han_numbered(&ps->v[i].t);
            counted += numbered(&ps->v[i].t) || (i > 0 && number_line(&ps->v[i - 1]));
        }
    if (found < 2)
        return;
    /* (a heading's neighbours are long paragraphs, never headings: marking one does not change
     * another's test); where the headings are numbered, a question line between them is the
     * text's own (那么中产阶层呢?他们又在做些什么?), not a heading */
    for (int i = 0; i < ps->n; i++) {
        const gx_cps *t = &ps->v[i].t;
        bool question = t->n > 0 && (t->cp[t->n - 1] == '?') && !numbered(t) && !(i > 0 && number_line(&ps->v[i - 1]));
        if (candidate(ps, i) && !(outline && sub_item(t)) && !(counted >= 2 && question))
            ps->v[i].kind = GX_PARA_H2;
    }
}
