/* gx_structure_glued.c — credits glued into a crawled page's run-on text (see gx_structure_glued.h).
 * Reads paragraphs gx_normalize produced (full-width colons, brackets and commas are ASCII by then). */
#include "gx_structure_glued.h"

#include <string.h>

#include "gx_structure_outlets.h"
#include "gx_utf8.h"

enum { REACH = 160 }; /* how far into a paragraph the page's header fields and dateline may stand */

static bool name_cp(uint32_t c)
{
    return gx_cp_is_han(c) || gx_cp_is_latin(c) || gx_cp_is_digit(c);
}

/* A sentence's end: the article's prose has begun (a headline may ask or exclaim: "…安全吗?时间:|来源:…"). */
static bool hard_final(uint32_t c)
{
    return c == 0x3002 || c == ';';
}

/* The next of an article's first three text paragraphs after index *p (start with *p = -1 and
 * *texts = 0): where a crawled page's header fields and dateline stand. False when none is left. */
static bool next_lead_para(const gx_para_vec *ps, int *p, int *texts)
{
    while (*texts < 3 && ++*p < ps->n)
        if (ps->v[*p].kind == GX_PARA_TEXT) {
            ++*texts;
            return true;
        }
    return false;
}

/* Where the page's fields end in t[0..n) read from `from`: the first sentence end at or after it
 * (the article's prose is behind), else REACH. */
static int32_t fields_end(const uint32_t *t, int32_t n, int32_t from)
{
    int32_t k = from;
    while (k < n && k < REACH && !hard_final(t[k]))
        k++;
    return k;
}

/* Whether one of ws ends right before t[i]. */
static bool word_before(const uint32_t *t, int32_t n, int32_t i, const char *const *ws, size_t nw)
{
    for (size_t k = 0; k < nw; k++) {
        int32_t l = (int32_t)gx_utf8_count(ws[k], strlen(ws[k]));
        if (i - l >= 0 && gx_structure_word_at(t, n, i - l, ws[k]))
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ the headline said twice (sect27) */

/* A crawled page's run often opens with its headline said twice ("香港恒利金业的优势有哪些香港恒利金业的优势有哪些
 * 编辑:…来源:加油中国香港恒利金业有限公司…"): the headline's length h (6 to 120 code points, the shortest), or 0. */
static int32_t headline_twice(const uint32_t *t, int32_t n)
{
    for (int32_t h = 6; h <= 120 && 2 * h <= n; h++)
        if (!memcmp(t, t + h, (size_t)h * sizeof *t))
            return h;
    return 0;
}

/* Whether the three code points at t[k] are Han or Latin and stand in the headline t[0..h): the lead,
 * which takes up the headline's subject ("…加油中国|香港恒利金业有限公司…", "…作者:屈梦阳|麦芽贷是由…"), begins
 * there, and a name run into it ends there. */
static bool headline_resumes(const uint32_t *t, int32_t n, int32_t k, int32_t h)
{
    if (h == 0 || k + 3 > n)
        return false;
    for (int32_t j = k; j < k + 3; j++)
        if (!gx_cp_is_han(t[j]) && !gx_cp_is_latin(t[j]))
            return false;
    for (int32_t j = 0; j + 3 <= h; j++)
        if (t[j] == t[k] && t[j + 1] == t[k + 1] && t[j + 2] == t[k + 2])
            return true;
    return false;
}

/* Where a name of 2 to 8 code points opening at t[s] ends because the headline resumes after it, or -1. */
static int32_t name_before_headline(const uint32_t *t, int32_t n, int32_t s, int32_t h)
{
    if (headline_resumes(t, n, s, h))
        return -1; /* the lead itself, no name before it ("来源:iBank数字钱包是…" under "iBank数字钱包…") */
    for (int32_t k = s + 2; k <= s + 8 && k < n && name_cp(t[k - 1]) && name_cp(t[k - 2]); k++)
        if (headline_resumes(t, n, k, h) && !(gx_cp_is_latin(t[k - 1]) && gx_cp_is_latin(t[k])))
            return k;
    return -1;
}

/* ------------------------------------------------------------------ source fields */

/* What a 来源 after these words credits is no newsroom: a chart's data, a picture, a firm's funds. */
static const char *const NOT_CREDIT[] = {"数据", "图片", "图", "资料", "资金", "收入", "利润", "收益", "视频", "题图", "封面", "素材", "客户", "货源"};

/* The page's next field after the source's name. */
static const char *const NEXT_FIELD[] = {"作者", "编辑", "责编", "原标题", "点击", "浏览", "评论", "发布", "字号", "人气", "阅读", "时间", "【", "|"};

/* A reporter's credit glued after the source: the role word and the role reported. */
static const char *const REPORTER[][2] = {
    {"见习记者", "见习记者"}, {"实习记者", "实习记者"}, {"特约记者", "特约记者"}, {"首席记者", "首席记者"}, {"记者", "记者"}, {"通讯员", "通讯员"}};

static int32_t reporter_at(const uint32_t *t, int32_t n, int32_t i, const char **role)
{
    /* (the first code points of REPORTER's words, 见 实 特 首 记 通: the words are read only where
     * one opens; speed30) */
    if (i < 0 || i >= n || (t[i] != 0x89C1 && t[i] != 0x5B9E && t[i] != 0x7279 && t[i] != 0x9996 && t[i] != 0x8BB0 &&
                   t[i] != 0x901A))
        return 0;
    for (size_t k = 0; k < sizeof REPORTER / sizeof *REPORTER; k++) {
        int32_t l = gx_structure_word_at(t, n, i, REPORTER[k][0]);
        if (l) {
            *role = REPORTER[k][1];
            return l;
        }
    }
    return 0;
}

/* Whether t[0..k) ends in the word 互联网 (the internet), no site's name. */
static bool internet(const uint32_t *t, int32_t k)
{
    return k >= 3 && t[k - 3] == 0x4E92 && t[k - 2] == 0x8054 && t[k - 1] == 0x7F51;
}

/* The longest part of t[0..n) of 3 to 10 code points that ends like an outlet's name, perhaps going
 * on through another ending (新闻 -> 新闻网), or 0; none when its ending goes on into a word
 * (网站 网友 网络 网贷 报系 报业 社区) or is the word 互联网. */
static int32_t outlet_part(const uint32_t *t, int32_t n, int32_t limit)
{
    int32_t best = 0;
    for (int32_t k = 3; k <= 10 && k <= limit && k <= n; k++)
        if (gx_outlet_ending(t, k) && !internet(t, k))
            best = k;
    if (best && best < n && gx_cp_in(t[best], U"区系料友站络贷业"))
        return 0;
    return best;
}

/* The glued reporters after the source's name at t[r..) (house: the source's name, hn code points):
 * "见习记者徐晓梅华夏时报(chinatimes.net.cn)记者冉学东北京报道,". Fills out's authors; *paper gets the
 * reporter's paper when the credit names one whose site the source is (华夏时报 of 华夏时报网). */
static void glued_reporters(gx_arena *a, const uint32_t *t, int32_t n, int32_t r, const uint32_t *house, int32_t hn,
                            gx_byline *out, const char **paper)
{
    const char *role = NULL;
    int32_t l;
    while (r < n && out->nauthors < GX_BYLINE_MAX_AUTHORS && (l = reporter_at(t, n, r, &role)) > 0) {
        int32_t s = r + l, e = s;
        while (e < n && e - s < 16 && gx_cp_is_han(t[e]))
            e++;
        int32_t run = e - s, name = 0, next = e;
        if (run >= 6 && gx_structure_word_at(t, n, e - 2, "报道") && run - 4 >= 2 && run - 4 <= 3) {
            name = run - 4; /* a name, a place of two characters, 报道: "冉学东北京报道" */
        } else if (run >= 2 && run <= 3 && (e == n || !name_cp(t[e]))) {
            name = run; /* a name closing the credit */
        } else {
            /* a name, then the house's name again before the next reporter: "徐晓梅华夏时报(…)记者" */
            for (int32_t k = 3; k >= 2 && !name; k--) {
                int32_t h = s + k, m = 0;
                while (h + m < e && m < hn && t[h + m] == house[m])
                    m++;
                if (m >= 2 && gx_outlet_ending(t + h, e - h) && e - h <= hn) {
                    name = k;
                    if (e - h < hn && !*paper)
                        *paper = gx_utf8_of_cps(a, t + h, e - h);
                }
            }
            /* past the paper's domain in brackets to the next credit */
            if (name && e < n && t[e] == '(') {
                while (next < n && next - e <= 40 && t[next] != ')')
                    next++;
                next++;
            }
        }
        if (!name)
            return;
        out->authors[out->nauthors].name = gx_utf8_of_cps(a, t + s, name);
        out->authors[out->nauthors].role = role;
        out->authors[out->nauthors].bare = false;
        out->nauthors++;
        r = next;
    }
}

/* The writer in the author field after the source, "作者:屈梦阳麦芽贷是由…": a Han name that ends where the
 * headline said twice resumes, or before a character that is no name's, else the Han run (up to four code
 * points) left to resolution to cut (glued, as gx_glued_reporter's); not 佚名, 匿名 or a Latin login. */
static void source_writer(gx_arena *a, const uint32_t *t, int32_t n, int32_t s, int32_t h, gx_byline *out)
{
    int32_t e = s;
    while (e < n && e - s < 4 && gx_cp_is_han(t[e]))
        e++;
    int32_t lead = name_before_headline(t, n, s, h);
    bool glued = e < n && name_cp(t[e]);
    if (lead > s && lead - s <= 4 && lead <= e) {
        e = lead;
        glued = false;
    }
    if (e - s < 2 || gx_structure_word_at(t, n, s, "佚名") || gx_structure_word_at(t, n, s, "匿名"))
        return;
    out->authors[0].name = gx_utf8_of_cps(a, t + s, e - s);
    out->authors[0].role = "作者";
    out->authors[0].bare = true;
    out->authors[0].glued = glued;
    out->nauthors = 1;
}

/* The writer field the source field closes, "…作者:刘晨刘有志来源:南方都市报…": a run of two to six Han
 * characters between 作者: and 来源: at t[i] is the writer's, whole (no name runs on: the next field ends
 * it); four or more may be two names glued, parted in resolution (joined). */
static void writer_before(gx_arena *a, const uint32_t *t, int32_t n, int32_t i, gx_byline *out)
{
    int32_t b = i;
    while (b > 0 && i - b <= 6 && gx_cp_is_han(t[b - 1]))
        b--;
    if (i - b < 2 || i - b > 6 || b < 3 || !gx_structure_word_at(t, n, b - 3, "作者:") ||
        gx_structure_word_at(t, n, b, "佚名") || gx_structure_word_at(t, n, b, "匿名"))
        return;
    out->authors[0].name = gx_utf8_of_cps(a, t + b, i - b);
    out->authors[0].role = "作者";
    out->authors[0].bare = true;
    out->authors[0].joined = i - b >= 4;
    out->nauthors = 1;
}

bool gx_glued_source(gx_arena *a, const gx_para_vec *ps, gx_byline *out)
{
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, end = fields_end(t, n, 0);
        for (int32_t i = 0; i + 4 < n && i < end; i++) {
            if (t[i] != 0x6765 /* 来 */ || t[i + 1] != 0x6E90 /* 源 */ || t[i + 2] != ':' ||
                word_before(t, n, i, NOT_CREDIT, sizeof NOT_CREDIT / sizeof *NOT_CREDIT))
                continue;
            int32_t s = i + 3, e = s;
            while (e < n && t[e] == ' ')
                e++;
            s = e;
            const char *role;
            while (e < n && e - s <= 16 && name_cp(t[e]) &&
                   !(e > s && (gx_structure_word_in(t, n, e, NEXT_FIELD,
                                                    sizeof NEXT_FIELD / sizeof *NEXT_FIELD) ||
                               reporter_at(t, n, e, &role))))
                e++;
            bool field = e < n && (gx_structure_word_in(t, n, e, NEXT_FIELD,
                                                        sizeof NEXT_FIELD / sizeof *NEXT_FIELD) ||
                                   reporter_at(t, n, e, &role));
            int32_t len = field || e == n || !name_cp(t[e])
                              ? e - s
                              : 0; /* 0: the name runs on into the text */
            int32_t part = outlet_part(t + s, n - s, len ? len : 16);
            /* a firm credited as the source, the story's original title next: its name whole, a
             * longer one too ("来源:某某资讯技术开发公司原标题:…", people30; not any long value:
             * that portal glues its tags to a self-media's name, "来源:某某碎谈操作系统三星原标题:",
             * 12 of 14 on CCF) */
            int32_t most = field && len > 6 && gx_structure_word_at(t, n, e, "原标题") &&
                                   gx_structure_word_at(t, n, e - 2, "公司")
                               ? 12
                               : 6;
            int32_t name = part ? part : field && len <= most ? len : 0;
            /* a name run into the lead where the lead takes up the headline said twice over it:
             * "来源:加油中国香港恒利金业有限公司" under "香港恒利金业的优势有哪些" twice (sect27) */
            int32_t h = headline_twice(t, n), lead = name_before_headline(t, n, s, h);
            if (!name && !field && lead > s)
                name = lead - s;
            /* a compiler's credit: "来源:第一网贷资讯整理作者:" -> 第一网贷 (sect27) */
            if (!part && field && len >= 4 && gx_structure_word_at(t, n, s + len - 2, "整理")) {
                int32_t k = len - 2;
                if (k >= 4 && (gx_structure_word_at(t, n, s + k - 2, "资讯") ||
                               gx_structure_word_at(t, n, s + k - 2, "综合") ||
                               gx_structure_word_at(t, n, s + k - 2, "编辑")))
                    k -= 2;
                name = k <= 6 ? k : 0;
            }
            memset(out, 0, sizeof *out);
            out->from_source = true;
            if (name < 2)
                return true; /* the field is there; it names no outlet */
            const char *paper = NULL;
            if (name == len && field)
                glued_reporters(a, t, n, e, t + s, len, out, &paper);
            if (field && out->nauthors == 0 && gx_structure_word_at(t, n, e, "作者:"))
                source_writer(a, t, n, e + 3, h, out);
            if (out->nauthors == 0)
                writer_before(a, t, n, i, out);
            out->outlet = paper ? paper : gx_utf8_of_cps(a, t + s, name);
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ dispatches */

/* A trade's word before 网 报 社: the outlet's own name is before it (中亿财经网, 中商情报网, 楚天都市报). */
static const char *const TRADE_HEAD[] = {"财经", "情报", "都市", "投资", "金融", "证券", "经济", "新闻",
                                         "信息", "资讯", "科技", "商务", "商业", "国际", "网络"};

/* Where the outlet's name that ends at t[e] starts (see gx_glued_dispatch), or -1. */
static int32_t dispatch_start(const uint32_t *t, int32_t n, int32_t e)
{
    int32_t end_len;
    /* a desk's Latin brand after the outlet's name (凤凰网WEMONEY讯): the name through the brand (gov23) */
    if (e >= 4 && gx_cp_is_latin(t[e - 1])) {
        int32_t l = e;
        while (l > 0 && e - l < 12 && gx_cp_is_latin(t[l - 1]))
            l--;
        if (l >= 3 && e - l >= 2 && gx_cp_in(t[l - 1], U"网社报刊")) {
            int32_t s = dispatch_start(t, n, l);
            if (s >= 0)
                return s;
        }
    }
    if (e >= 2 && ((t[e - 2] == 0x8D22 && t[e - 1] == 0x7ECF) || (t[e - 2] == 0x65B0 && t[e - 1] == 0x95FB) ||
                   (t[e - 2] == 0x4E4B && t[e - 1] == 0x5BB6)))
        end_len = 2; /* 财经 新闻, and 之家 of the sites named so (网贷之家讯, gov23) */
    else if (e >= 1 && gx_cp_in(t[e - 1], U"网社报刊"))
        end_len = 1;
    else
        return -1;
    if (e - end_len - 1 >= 0 && t[e - end_len - 1] == 0x672C) /* 本: the paper's own (本网讯) */
        return -1;
    if (internet(t, e))
        return -1;
    int32_t han = e;
    while (han > 0 && e - han < 12 && gx_cp_is_han(t[han - 1]))
        han--;
    int32_t s;
    if (han > 0 && (gx_cp_is_latin(t[han - 1]) || gx_cp_is_digit(t[han - 1])) && e - han <= 6) {
        s = han; /* a brand of Latin letters and digits before a short Han part: FX168财经报社 */
        while (s > 0 && han - s < 10 && (gx_cp_is_latin(t[s - 1]) || gx_cp_is_digit(t[s - 1])))
            s--;
        if (gx_cp_is_latin(t[s]))
            return s;
        /* digits only: a headline's figure before the name, no brand ("…34万元和讯网消息", "…超22亿网贷之家讯";
         * struct27): the shortest name, as below */
    }
    if ((han == 0 || !name_cp(t[han - 1])) && e - han >= end_len + 1 && e - han <= 10 && t[han] != 0x672C)
        return han; /* the whole name from a bracket or a comma: "…评级】云财经讯," */
    int32_t len = end_len + 2;
    if (end_len == 1 &&
        gx_structure_word_in(t, n, e - 3, TRADE_HEAD, sizeof TRADE_HEAD / sizeof *TRADE_HEAD) == 2)
        len += 2;
    else if (end_len == 1 && t[e - 1] == 0x62A5 /* 报 */ && gx_cp_in(t[e - 2], U"日晚时商周早"))
        len = 4; /* 信息时报, 扬州晚报 */
    if (e - han < len)
        return -1;
    s = e - len;
    if (t[s] == 0x672C /* 本 */ || (s > 0 && t[s - 1] == 0x636E) /* 据 */)
        return -1;
    return s;
}

/* Whether the lead's day opens at t[k] ("近日,", "下午,", "今日"): a dispatch's 讯 or 消息 glued to it; after 消息
 * also a comma or a colon (no other word: "…网消息称" is a report cited). */
static bool day_after(const uint32_t *t, int32_t n, int32_t k, bool news)
{
    static const char *const DAYS[] = {"近日", "日前", "今日", "昨日", "今天", "昨天", "上午", "下午", "晚间", "早间", "凌晨", "本周"};
    if (k >= n)
        return false;
    if (news && (t[k] == ',' || t[k] == ':'))
        return true;
    return gx_structure_word_in(t, n, k, DAYS, sizeof DAYS / sizeof *DAYS) > 0;
}

/* Whether 据 (a report cited: "据彭博社消息") stands among the twelve code points before t[i]. */
static bool cited_before(const uint32_t *t, int32_t i)
{
    for (int32_t k = i - 1; k >= 0 && i - k <= 12; k--)
        if (t[k] == 0x636E /* 据 */)
            return true;
    return false;
}

/* The middle dot before a paper's desk, perhaps a place, and 讯 at t[i], all Han between ("…靠山大众网·海报新闻讯在
 * 我急需…", "…网拍大众网·海报新闻济南讯(记者…)"; struct27): the paper's name ends there (docs/structure.md: a desk
 * after the paper gives the paper). -1 when none, or after 据. */
static int32_t dot_desk(const uint32_t *t, int32_t i)
{
    if (cited_before(t, i))
        return -1;
    for (int32_t d = i - 1; d >= 4 && i - d <= 11; d--)
        if (t[d] == 0xB7 || t[d] == 0x2022 || t[d] == 0x30FB)
            return i - d >= 3 ? d : -1;
        else if (!gx_cp_is_han(t[d]))
            return -1;
    return -1;
}

bool gx_glued_dispatch(gx_arena *a, const gx_para_vec *ps, gx_byline *out)
{
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, end = fields_end(t, n, 4);
        for (int32_t i = 4; i + 2 < n && i < end; i++) {
            int32_t e = -1;
            bool day = false; /* 讯 or 消息 glued to the lead's day */
            uint32_t c = t[i], after = t[i + 1];
            bool dash = after == 0x2014 || after == '-';
            if ((c == 0x8BAF || c == 0x7535) && t[i - 1] == ')') { /* 讯 电 after a place in brackets */
                int32_t o = i - 2;
                while (o > 0 && i - o <= 8 && gx_cp_is_han(t[o]))
                    o--;
                if (t[o] == '(' && i - 1 - o - 1 >= 2)
                    e = o;
            } else if (c == 0x8BAF && (dash || after == ':' || after == ',' || after == '(' ||
                                       (after == 0x6D88 && t[i + 2] == 0x606F))) { /* 讯—— 讯(记者…) 讯消息 (sect28) */
                e = i;
            } else if ((c == 0x8BAF || (c == 0x6D88 && after == 0x606F && t[i - 1] != 0x8BAF)) &&
                       day_after(t, n, c == 0x8BAF ? i + 1 : i + 2, c == 0x6D88) && !cited_before(t, i)) {
                /* 讯 or 消息 glued to the lead's day ("…超22亿网贷之家讯下午,", "…34万元和讯网消息近日,"; struct27) */
                e = i;
                day = true;
            } else if (c == 0x8BAF) {
                e = dot_desk(t, i);
            } else if (c == 0x7535 && !gx_cp_in(after, U"子商话影视力池脑网器信动源竞梯费能气线缆表车")) {
                /* 社 or 网, a place of two to four characters, 电 (not a word: 电子 电商 电话 …) */
                for (int32_t k = i - 2; k >= i - 4 && k > 0 && e < 0; k--)
                    if (gx_cp_in(t[k - 1], U"社网"))
                        e = k;
                for (int32_t k = e; k >= 0 && k < i; k++)
                    if (!gx_cp_is_han(t[k]))
                        e = -1;
                if (e > 0 && gx_cp_in(t[e], U"络站友贷页民点店购上区交会群员团保"))
                    e = -1; /* (网络, 社区, 社交 …: a word, no place after a name) */
            } else if (c == '-' && t[i + 1] == '-' && t[i - 1] == 0x793E) { /* a wire's 社 then "--": 美通社-- */
                e = i;
            } else if (c == 0x2014 && t[i + 1] == 0x2014 && t[i - 1] == 0x793E) {
                e = i;
            }
            if (e < 3)
                continue;
            int32_t s = dispatch_start(t, n, e);
            if (s < 0 && e == i && c == 0x8BAF) { /* "…大众网·海报新闻济南讯(记者梁某)" */
                e = dot_desk(t, i);
                s = e >= 3 ? dispatch_start(t, n, e) : -1;
            }
            /* the day's forms only glued after the headline ("今日新闻消息:" opening the text is a column) */
            if (s < 0 || (day && (s == 0 || !name_cp(t[s - 1]))))
                continue;
            memset(out, 0, sizeof *out);
            if (after == '(') { /* the reporters credited in brackets: "中证网讯(记者刘丽靓)" */
                int32_t close = i + 2;
                while (close < n && close - i <= 24 && t[close] != ')')
                    close++;
                if (close >= n || t[close] != ')' || !gx_structure_parse_byline(a, t + i + 1, close - i, out) ||
                    out->nauthors == 0)
                    continue;
            }
            /* the paper glued before its group's site (中国证券报中证网讯): the paper, as for
             * 上证报中国证券网讯 (docs/structure.md; gov23) */
            int32_t paper = s >= 4 && t[e - 1] == 0x7F51 /* 网 */ && t[s - 1] == 0x62A5 /* 报 */ ? dispatch_start(t, n, s) : -1;
            if (paper >= 0)
                e = s, s = paper;
            out->outlet = gx_utf8_of_cps(a, t + s, e - s);
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ a site among the page's fields */

/* A channel's word opening a site's name after the headline ("社会快讯新福网", "财经新福网"): its length, or 0. */
static int32_t channel_head(const uint32_t *t, int32_t n, int32_t s, int32_t e)
{
    static const char *const CHANNEL[] = {"社会快讯", "财经快讯", "快讯", "资讯", "财经", "新闻"};
    for (size_t k = 0; k < sizeof CHANNEL / sizeof *CHANNEL; k++) {
        int32_t l = gx_structure_word_at(t, n, s, CHANNEL[k]);
        if (l && e - s - l >= 3)
            return l;
    }
    return 0;
}

/* The page's site right after the headline said twice, before the lead: "…单边10美金第一黄金网很多投资朋友…",
 * "…帮助市场升级金色财经去App…" (sect27): the longest name of 3 to 10 name code points from there that ends like
 * an outlet's, not 互联网 and not going on into a word (社交, 网络, 网站 …), without a channel's word before
 * the site (社会快讯|新福网). NULL when none. */
static const char *headline_site(gx_arena *a, const uint32_t *t, int32_t n, int32_t h)
{
    if (h == 0)
        return NULL;
    int32_t s = 2 * h, best = 0;
    if (s + 2 >= n || !name_cp(t[s]) || !name_cp(t[s + 1]) || t[s] == 0x672C /* 本报 */)
        return NULL;
    for (int32_t e = s + 3; e <= s + 10 && e <= n && name_cp(t[e - 1]); e++)
        if (gx_outlet_ending(t + s, e - s) && !internet(t + s, e - s))
            best = e;
    if (!best || (best < n && gx_cp_in(t[best], U"络站友贷页民点店购上区交会群员团保系业料")))
        return NULL;
    for (int32_t k = s; k < best; k++)
        if (t[k] == 0x7684 /* 的 */ || t[k] == 0x662F /* 是 */)
            return NULL; /* a clause, no name: "麦子金服旗下的互联网…" */
    s += channel_head(t, n, s, best);
    return gx_utf8_of_cps(a, t + s, best - s);
}

/* Whether the four code points at t[k] (Han or Latin) stand in t[0..i) too: the text after a site's name
 * between the page's fields takes up the headline said before them, in part ("浦银安盛…短融:关于浦银安盛…的公告
 * 时间:中财网关于浦银安盛…", struct27), so the name ends there. */
static bool said_before(const uint32_t *t, int32_t n, int32_t k, int32_t i)
{
    if (k + 4 > n)
        return false;
    for (int32_t j = k; j < k + 4; j++)
        if (!gx_cp_is_han(t[j]) && !gx_cp_is_latin(t[j]))
            return false;
    for (int32_t j = 0; j + 4 <= i; j++)
        if (!memcmp(t + j, t + k, 4 * sizeof *t))
            return true;
    return false;
}

const char *gx_glued_site(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, end = fields_end(t, n, 4), h = headline_twice(t, n);
        const char *after = headline_site(a, t, n, h);
        if (after)
            return after;
        for (int32_t i = 4; i + 5 < n && i < end; i++) {
            int32_t s;
            if (t[i] == 0xB7 || t[i] == 0x2022 || t[i] == 0x30FB) /* · • ・ closing the page's title */
                s = i + 1;
            else if (t[i] == 0x65F6 && t[i + 1] == 0x95F4 && t[i + 2] == ':') /* 时间: its value lost */
                s = i + 3;
            else if (t[i] == 0x4F5C && t[i + 1] == 0x8005 && t[i + 2] == ':') /* 作者: the site itself (作者:锐财经网来源:) */
                s = i + 3;
            else
                continue;
            for (int32_t e = s + 3; e <= s + 10 && e < n; e++) {
                if (!name_cp(t[e - 1]) || !name_cp(t[s]) || !name_cp(t[s + 1]))
                    break;
                if (gx_outlet_ending(t + s, e - s) && !internet(t + s, e - s) &&
                    t[e - 1] != 0x9053 /* (报道: a verb) */ &&
                    (gx_structure_word_in(t, n, e, NEXT_FIELD,
                                          sizeof NEXT_FIELD / sizeof *NEXT_FIELD) ||
                     gx_structure_word_at(t, n, e, "来源") || headline_resumes(t, n, e, h) ||
                     said_before(t, n, e, i)))
                    return gx_utf8_of_cps(a, t + s, e - s);
            }
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ a dispatch in brackets, a poster (gov23) */

/* Whether t[s..e) may be an outlet's name in a bracketed dispatch: a Latin brand (PConline), or a
 * name with an outlet's ending word inside after its first two characters (深圳商报读创, 市商网). */
static bool dispatch_name(const uint32_t *t, int32_t s, int32_t e)
{
    bool latin = true;
    for (int32_t k = s; k < e; k++)
        latin = latin && (gx_cp_is_latin(t[k]) || gx_cp_is_digit(t[k]));
    if (latin)
        return e - s >= 2 && gx_cp_is_latin(t[s]);
    for (int32_t k = s; k < e; k++)
        if (!name_cp(t[k]))
            return false;
    for (int32_t k = s + 2; k < e; k++)
        if (gx_cp_in(t[k], U"网社报刊"))
            return true;
    return false;
}

/* 【尚融·原创】 opening a paragraph (quant30): the publisher marks its own article in brackets, so the
 * name before 原创 (2-8 name characters, a middle dot or a bar before 原创 dropped) is the outlet
 * as written; no outlet's ending is needed, 原创 names the publisher. t[i] is 创 before 】. */
static bool own_bracket(gx_arena *a, const uint32_t *t, int32_t i, gx_byline *out)
{
    if (t[0] != 0x3010 /* 【 */)
        return false;
    int32_t s = 1, e = i - 1;
    if (e > s && gx_cp_in(t[e - 1], U"·・•.|-"))
        e--;
    if (e - s < 2 || e - s > 8)
        return false;
    for (int32_t k = s; k < e; k++)
        if (!name_cp(t[k]))
            return false;
    memset(out, 0, sizeof *out);
    out->outlet = gx_utf8_of_cps(a, t + s, e - s);
    return true;
}

bool gx_glued_bracket_dispatch(gx_arena *a, const gx_para_vec *ps, gx_byline *out)
{
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        for (int32_t i = 3; i + 1 < n && i < REACH; i++) {
            if (t[i] == 0x521B /* 创 */ && t[i - 1] == 0x539F /* 原 */ && t[i + 1] == 0x3011 /* 】 */ &&
                own_bracket(a, t, i, out))
                return true;
            if (t[i] != 0x8BAF /* 讯 */ || t[i + 1] != 0x3011 /* 】 */)
                continue;
            int32_t o = i - 1;
            while (o >= 0 && i - o <= 14 && t[o] != 0x3010 /* 【 */)
                o--;
            if (o < 0 || t[o] != 0x3010)
                continue;
            int32_t s = o + 1, e = i;
            /* a Latin brand's news (PConline资讯); a kind of news is no name (行业快讯, 喜讯, 官讯) */
            if (e - s >= 4 && t[e - 1] == 0x8D44 /* 资 */ && gx_cp_is_latin(t[e - 2]))
                e--;
            if (e - s < 2 || gx_cp_in(t[e - 1], U"快简喜官资") || !dispatch_name(t, s, e))
                continue;
            memset(out, 0, sizeof *out);
            int32_t b = i + 2; /* the reporters credited in brackets after it: "(记者钟国斌)" */
            if (b < n && t[b] == '(') {
                int32_t close = b + 1;
                while (close < n && close - b <= 24 && t[close] != ')')
                    close++;
                if (close < n && t[close] == ')' && !gx_structure_parse_byline(a, t + b, close - b + 1, out))
                    memset(out, 0, sizeof *out);
            }
            out->outlet = gx_utf8_of_cps(a, t + s, e - s);
            return true;
        }
    }
    return false;
}

const char *gx_glued_poster(gx_arena *a, const gx_para_vec *ps)
{
    static const uint32_t POSTER[] = {0x53D1, 0x5E03, 0x8005, ':'}; /* 发布者: */
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        for (int32_t i = 0; i + 6 < n && i < REACH; i++) {
            if (memcmp(t + i, POSTER, sizeof POSTER))
                continue;
            int32_t s = i + 4, e = s;
            while (e < n && e - s <= 8 && gx_cp_is_han(t[e]))
                e++;
            /* a Han name closed by the next field's bar (发布者:网贷港湾|查看:37); an account's
             * login (admin) or a source named beside it (|||来自:中国经济网) is none */
            if (e - s < 2 || e - s > 8 || e + 1 >= n || t[e] != '|' || t[e + 1] == '|')
                return NULL;
            return gx_utf8_of_cps(a, t + s, e - s);
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ a reporter run into the text (people30) */

/* Words before a paper's reporter that make him the one spoken to or cited, not the writer. */
static const char *const NOT_WRITER[] = {"接受", "告诉", "向", "对", "据", "跟", "给", "与", "和", "让", "被", "请"};

/* The Han run from t[s] (at most 4 code points) as a glued author; false when it is shorter than 2. */
static bool glued_author(gx_arena *a, const uint32_t *t, int32_t n, int32_t s, const char *role, gx_byline *out)
{
    int32_t e = s;
    while (e < n && e - s < 4 && gx_cp_is_han(t[e]))
        e++;
    if (e - s < 2)
        return false;
    out->authors[0].name = gx_utf8_of_cps(a, t + s, e - s);
    out->authors[0].role = role;
    out->authors[0].bare = true;
    out->authors[0].glued = true;
    out->nauthors = 1;
    return true;
}

/* The end of a writer's separator after 文 at t[i] (spaces, &nbsp;, | / :), or i when none. */
static int32_t writer_separator(const uint32_t *t, int32_t n, int32_t i)
{
    for (;;) {
        if (i < n && (t[i] == ' ' || t[i] == 0x3000 || t[i] == 0xA0 || t[i] == '|' || t[i] == '/' || t[i] == ':' ||
                      (t[i] >= 0x2502 && t[i] <= 0x2503) || (t[i] >= 0x258C && t[i] <= 0x258F))) /* │ ┃ ▌ ▍ ▎ ▏ */
            i++;
        else if (gx_structure_word_at(t, n, i, "&nbsp;"))
            i += 6;
        else
            return i;
    }
}

/* Whether a clause opens at t[s]: after a comma, perhaps with the day's word (近日 日前 昨日 今日) between. */
static bool clause_start(const uint32_t *t, int32_t n, int32_t s)
{
    static const char *const DAYS[] = {"近日", "日前", "昨日", "今日", "昨天", "今天"};
    if (word_before(t, n, s, DAYS, sizeof DAYS / sizeof *DAYS))
        s -= 2;
    return s > 0 && t[s - 1] == ',';
}

/* The paper before its app's desk and the reporter's word at t[i]: "□大河报·大河客户端记者张超" (struct27): a middle
 * dot, the app's name of one to six Han characters and 客户端 before i, the paper's name (as a glued dispatch
 * reads it) before the dot. Returns where the paper's name ends (the dot) and sets *s to where it starts;
 * i and *s = -1 when there is none. */
static int32_t app_desk(const uint32_t *t, int32_t n, int32_t i, int32_t *s)
{
    *s = -1;
    if (i < 6 || !gx_structure_word_at(t, n, i - 3, "客户端"))
        return i;
    for (int32_t d = i - 4; d >= 3 && i - 3 - d <= 7; d--) {
        if (t[d] == 0xB7 || t[d] == 0x2022 || t[d] == 0x30FB) { /* · • ・ */
            if (i - 3 - d < 2)
                return i;
            *s = dispatch_start(t, n, d);
            return *s >= 0 ? d : i;
        }
        if (!gx_cp_is_han(t[d]))
            return i;
    }
    return i;
}

bool gx_glued_reporter(gx_arena *a, const gx_para_vec *ps, gx_byline *out)
{
    const char *late = NULL; /* an unnamed reporter's paper, the outlet when no writer is named */
    /* (cleared once: a position that does not return writes nothing into out; speed30) */
    memset(out, 0, sizeof *out);
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        for (int32_t i = 0; i + 3 < n && i < REACH; i++) {
            const char *role = NULL;
            int32_t l = i >= 2 ? reporter_at(t, n, i, &role) : 0;
            if (l > 0 && gx_cp_is_han(t[i - 1])) {
                int32_t s = -1;
                if (t[i - 2] == 0x672C && t[i - 1] == 0x62A5) /* 本报 */
                    s = i - 2;
                else if (t[i - 1] != 0x672C)
                    s = dispatch_start(t, n, i);
                int32_t oe = i; /* where the paper's name ends */
                if (s < 0)
                    oe = app_desk(t, n, i, &s);
                /* a trade's word before the shortest name (经济|观察网记者): part of it */
                if (s >= 2 && oe - s <= 4 &&
                    gx_structure_word_in(t, n, s - 2, TRADE_HEAD, sizeof TRADE_HEAD / sizeof *TRADE_HEAD) == 2)
                    s -= 2;
                /* (after a field's colon: the source field's reporters, gx_glued_source) */
                bool cited = s < 0 || oe - s > 8 || (s > 0 && t[s - 1] == ':');
                /* a verb or 据 inside the run read as the name (负责人在接受时代周报记者…, 据新华社记者…) */
                for (int32_t k = s < 0 ? i : s + 1; k < oe - 1 && !cited; k++)
                    cited = word_before(t, n, k, NOT_WRITER, sizeof NOT_WRITER / sizeof *NOT_WRITER);
                if (cited || word_before(t, n, s, NOT_WRITER, sizeof NOT_WRITER / sizeof *NOT_WRITER))
                    continue;
                if (gx_cp_in(t[i + l], U"在从向对将已也还就获了")) {
                    /* the paper's reporter at work, unnamed, opening a clause ("近日,北京商报记者在猎聘上发现"): the
                     * paper, when nothing names a writer (sect28) */
                    if (!late && t[s] != 0x672C && !strcmp(role, "记者") && t[i - 1] == 0x62A5 /* 报 */ &&
                        gx_cp_in(t[i + l], U"在从获了") && clause_start(t, n, s))
                        late = gx_utf8_of_cps(a, t + s, i - s);
                    continue;
                }
                if (!glued_author(a, t, n, i + l, role, out))
                    continue;
                if (t[s] != 0x672C)
                    out->outlet = gx_utf8_of_cps(a, t + s, oe - s);
                return true;
            }
            if (t[i] != 0x6587 /* 文 */ || (i > 0 && gx_cp_is_han(t[i - 1])))
                continue;
            int32_t s = writer_separator(t, n, i + 1);
            if (s < n && gx_cp_is_latin(t[s]) && t[s] >= 'A' && t[s] <= 'Z') {
                int32_t e = s + 1;
                while (e < n && e - s < 12 && t[e] >= 'a' && t[e] <= 'z')
                    e++;
                if (e - s >= 3 && (e == n || gx_structure_word_at(t, n, e, "来源") || t[e] == ' ' || t[e] == '|')) {
                    out->authors[0].name = gx_utf8_of_cps(a, t + s, e - s);
                    out->authors[0].role = "作者";
                    out->nauthors = 1;
                    return true;
                }
            } else if (s > i + 1 && glued_author(a, t, n, s, "作者", out)) {
                return true;
            }
        }
    }
    memset(out, 0, sizeof *out);
    out->outlet = late;
    return late != NULL;
}

/* ------------------------------------------------------------------ a newsroom that learned the news (sect27) */

const char *gx_glued_learned(gx_arena *a, const gx_para_vec *ps)
{
    static const char *const NOT_HOUSE[] = {"记者", "公司", "笔者", "小编", "本", "我", "他", "她", "据", "并", "还", "也", "又"};
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, end = fields_end(t, n, 0);
        for (int32_t i = 0; i + 6 < n && i < end; i++) {
            if (t[i] != ',')
                continue;
            int32_t s = i + 1, e = s;
            while (e < n && e - s <= 6 && gx_cp_is_han(t[e]) && t[e] != 0x4ECE /* 从 */)
                e++;
            if (e - s < 3 || e - s > 6 || e >= n || t[e] != 0x4ECE)
                continue;
            bool house = true;
            for (int32_t k = s; k < e && house; k++)
                for (size_t w = 0; w < sizeof NOT_HOUSE / sizeof *NOT_HOUSE && house; w++)
                    if (gx_structure_word_at(t, n, k, NOT_HOUSE[w]))
                        house = false;
            if (!house)
                continue;
            /* from whom, then 获悉 or 了解到, with no punctuation between */
            for (int32_t k = e + 3; k < n && k - e <= 22 && name_cp(t[k - 1]); k++)
                if (gx_structure_word_at(t, n, k, "获悉") || gx_structure_word_at(t, n, k, "了解到"))
                    return gx_utf8_of_cps(a, t + s, e - s);
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ an article's origin (struct27) */

bool gx_glued_origin(gx_arena *a, const gx_para_vec *ps, gx_byline *out)
{
    for (int p = -1, texts = 0; next_lead_para(ps, &p, &texts);) {
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n, end = fields_end(t, n, 0);
        for (int32_t i = 2; i + 5 < n && i < end; i++) {
            if (t[i] != 0x51FA /* 出 */ || t[i + 1] != 0x81EA /* 自 */ ||
                !(gx_structure_word_at(t, n, i - 2, "文章") || gx_structure_word_at(t, n, i - 2, "本文")))
                continue;
            int32_t s = i + 2, e = s;
            while (e < n && e - s <= 24 && (gx_cp_is_latin(t[e]) || gx_cp_is_digit(t[e])))
                e++;
            if (e - s < 3 || !gx_cp_is_latin(t[s]))
                return false; /* a Han name: no shape says where it ends */
            int32_t name = e - s;
            /* the site's domain after the brand: "Investopedia.com" -> Investopedia */
            if (e + 1 < n && t[e] == '.' && gx_cp_is_latin(t[e + 1])) {
                e++;
                while (e < n && e - s <= 40 && (gx_cp_is_latin(t[e]) || t[e] == '.'))
                    e++;
            }
            if (e < n && !gx_cp_is_han(t[e]) && t[e] != ' ' && t[e] != ',' && t[e] != '|')
                return false;
            memset(out, 0, sizeof *out);
            out->outlet = gx_utf8_of_cps(a, t + s, name);
            /* the writer's Latin name in the author field after it, up to the next Han character:
             * "作者:THERESAW.CAREY更新于" */
            if (gx_structure_word_at(t, n, e, "作者:")) {
                int32_t w = e + 3, we = w;
                while (we < n && we - w <= 40 && (gx_cp_is_latin(t[we]) || t[we] == '.' || t[we] == ' '))
                    we++;
                while (we > w && (t[we - 1] == ' ' || t[we - 1] == '.'))
                    we--;
                if (we - w >= 3 && t[w] >= 'A' && t[w] <= 'Z' && (we == n || gx_cp_is_han(t[we]))) {
                    out->authors[0].name = gx_utf8_of_cps(a, t + w, we - w);
                    out->authors[0].role = "作者";
                    out->nauthors = 1;
                }
            }
            return true;
        }
    }
    return false;
}
