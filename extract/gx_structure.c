/* gx_structure.c — articles, title, byline, text assembly, sections, sentences and language
 * (see gx_structure.h). Works on the paragraphs that gx_normalize produced. */
#include "gx_structure.h"
#include "gx_structure_boiler.h"
#include "gx_structure_glued.h"
#include "gx_structure_account.h"
#include "gx_structure_headings.h"
#include "gx_structure_outlets.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "gx_byline_en.h"
#include "gx_utf8.h"

/* ------------------------------------------------------------------ helpers */

static int32_t count_content(const gx_cps *t)
{
    int32_t k = 0;
    for (int32_t i = 0; i < t->n; i++)
        k += gx_cp_is_han(t->cp[i]) || gx_cp_is_latin(t->cp[i]) || gx_cp_is_digit(t->cp[i]);
    return k;
}

static bool has_final_inside(const gx_cps *t)
{
    for (int32_t i = 0; i < t->n; i++)
        if (t->cp[i] == 0x3002 || t->cp[i] == '!' || t->cp[i] == '?' ||
            (t->cp[i] == '.' && (i + 1 == t->n || t->cp[i + 1] == ' ')))
            return true;
    return false;
}

static bool cps_equal(const gx_cps *a, const gx_cps *b)
{
    return a->n == b->n && !memcmp(a->cp, b->cp, sizeof *a->cp * (size_t)a->n);
}

/* ------------------------------------------------------------------ splitting */

/* Leading text before the first "# " heading is an article only when it has real content:
 * some prose (a sentence end) and at least 30 letters, digits or ideographs. */
static bool real_content(const gx_para_vec *p, int from, int to)
{
    int32_t n = 0;
    bool prose = false;
    for (int i = from; i < to; i++) {
        n += count_content(&p->v[i].t);
        prose = prose || has_final_inside(&p->v[i].t);
    }
    return prose && n >= 30;
}

int gx_structure_split(gx_arena *a, const gx_para_vec *p, bool split, gx_part **out)
{
    gx_part *parts = gx_arena_alloc(a, sizeof *parts * (size_t)(p->n + 1));
    int np = 0;
    bool any_h1 = false;
    for (int i = 0; i < p->n && !any_h1; i++)
        any_h1 = p->v[i].kind == GX_PARA_H1;
    if (!split || !any_h1) {
        if (p->n) {
            parts[0].from = 0;
            parts[0].to = p->n;
            np = 1;
        }
        *out = parts;
        return np;
    }
    int start = 0;
    for (int i = 0; i <= p->n; i++) {
        if (i < p->n && p->v[i].kind != GX_PARA_H1)
            continue;
        if (i > start) {
            bool lead = p->v[start].kind != GX_PARA_H1;
            if (!lead || real_content(p, start, i)) {
                parts[np].from = start;
                parts[np].to = i;
                np++;
            }
        }
        start = i;
    }
    *out = parts;
    return np;
}

/* ------------------------------------------------------------------ bylines */

typedef struct role_word {
    const char *word;
    const char *role; /* role reported, NULL for "来源" (an outlet follows)                */
    bool attach;      /* may carry an outlet before it and a name right after it         */
} role_word;

/* Longest first where one contains another. */
static const role_word ROLES[] = {
    {"本报特约记者", "特约记者", true},
    {"本报实习记者", "实习记者", true},
    {"本报见习记者", "见习记者", true},
    {"本报记者", "记者", true},
    {"本刊记者", "记者", true},
    {"本台记者", "记者", true},
    {"本网记者", "记者", true},
    {"特约记者", "特约记者", true},
    {"实习记者", "实习记者", true},
    {"见习记者", "见习记者", true},
    {"首席记者", "首席记者", true},
    {"资深记者", "资深记者", true},
    {"高级记者", "高级记者", true},
    {"驻站记者", "记者", true},
    {"特派记者", "特派记者", true},
    {"记者", "记者", true},
    {"通讯员", "通讯员", true},
    {"实习生", "实习生", true},
    {"特约撰稿人", "特约撰稿人", false},
    {"特约撰稿", "特约撰稿", true}, /* a contributor, a columnist, a commentator (《法人》特约撰稿 王佐发) */
    {"特约评论员", "特约评论员", true},
    {"首席评论员", "首席评论员", true},
    {"评论员", "评论员", true},
    {"专栏作家", "专栏作家", true},
    {"专栏作者", "专栏作者", true},
    {"撰稿人", "撰稿人", false},
    {"研究员", "研究员", false}, /* a paper's analyst who wrote it ("研究员 常阳": struct13) */
    {"分析师", "分析师", true}, /* a research report's writer ("原创:天风策略 分析师徐彪") */
    {"责任编辑", "", true},
    {"编辑", "", true},
    {"责编", "", false},
    {"撰稿", "撰稿", false},
    {"撰文", "作者", false},
    {"作者", "作者", false},
    {"文", "作者", false},
    {"来源", NULL, false},
    {"原创", NULL, false}, /* a WeChat account's own article: "原创:天风策略 分析师徐彪" */
    {"来自", NULL, false}, /* "来自：中国基金报" */
    {"原文转自", NULL, false},
    {"转自", NULL, false},
};

/* Can a role word match token tok[0..tn) (equal to it, or inside it for attachable ones)?
 * Only if the token holds the word's first character: a cheap test before the string
 * comparisons, giving the same answer (both are UTF-8 of whole code points). */
static bool may_hold_role(const uint32_t *tok, int32_t tn)
{
    enum { NR = sizeof ROLES / sizeof *ROLES };
    /* the words' first characters, decoded once per thread (not once per token), and a bit for
     * the low eight bits of each: most characters of a token have none, and skip the words */
    static _Thread_local uint32_t first[NR];
    static _Thread_local uint64_t low8[4];
    static _Thread_local bool decoded;
    if (!decoded) {
        for (int r = 0; r < NR; r++) {
            int len;
            first[r] = gx_utf8_decode((const unsigned char *)ROLES[r].word, &len);
            low8[(first[r] >> 6) & 3] |= (uint64_t)1 << (first[r] & 63);
        }
        decoded = true;
    }
    for (int32_t i = 0; i < tn; i++)
        for (int r = 0; (low8[(tok[i] >> 6) & 3] >> (tok[i] & 63)) & 1 && r < NR; r++)
            if (tok[i] == first[r])
                return true;
    return false;
}

static bool sep_cp(uint32_t c)
{
    return c == ' ' || c == 0x3001 || c == ',' || c == '/' || c == '|' || c == ':' || c == 0xFF5C ||
           c == 0xFF0F || c == 0x2502;
}

static bool name_char_han(uint32_t c)
{
    return gx_cp_is_han(c) || c == 0xB7 || c == 0x30FB || c == 0x2022; /* · ・ • */
}

/* Words that follow 记者 in prose, never a name. */
static const char *const NOT_NAMES[] = {"获悉", "了解", "发现", "注意到", "手记", "观察",
                                        "调查", "采访", "表示", "证实",   "梳理", "统计",
                                        "查询", "走访", "致电", "联系",   "问",   "连线"};

static bool is_han_name(const char *s, const uint32_t *t, int32_t n)
{
    if (n < 2)
        return false;
    int han = 0;
    for (int32_t i = 0; i < n; i++) {
        if (!name_char_han(t[i]))
            return false;
        han += gx_cp_is_han(t[i]) != 0;
    }
    bool dotted = han != n;
    if (!dotted && n > 4)
        return false;
    if (dotted && (n > 12 || !gx_cp_is_han(t[0]) || !gx_cp_is_han(t[n - 1])))
        return false;
    for (size_t i = 0; i < sizeof NOT_NAMES / sizeof *NOT_NAMES; i++)
        if (!strcmp(s, NOT_NAMES[i]))
            return false;
    return true;
}

/* A writer's pen name in Latin letters after the credit word (文/Oliver, 作者:Jimmy): one
 * capitalised word of 3 to 16 letters, a capital then small ones - not a brand (MedTrend) nor a
 * handle (shirleyxie) (eighteenth session, people23 and sect23). */
static bool latin_pen_name(const char *role, const uint32_t *t, int32_t n)
{
    if (strcmp(role, "作者") || n < 3 || n > 16 || !(t[0] >= 'A' && t[0] <= 'Z'))
        return false;
    for (int32_t i = 1; i < n; i++)
        if (!(t[i] >= 'a' && t[i] <= 'z'))
            return false;
    return true;
}

/* Whether t[0..n) ends like the name of a paper, agency or site (财联社, 北京商报, 中证网,
 * 证券市场周刊): after a credit word ("文 | 财联社 晴缨") such a token is the outlet, not a name. */
static bool has_outlet_suffix(const uint32_t *t, int32_t n)
{
    static const uint32_t ONE[] = {0x793E /* 社 */, 0x62A5 /* 报 */, 0x7F51 /* 网 */};
    if (n < 3 || n > 12)
        return false;
    for (size_t i = 0; i < sizeof ONE / sizeof *ONE; i++)
        if (t[n - 1] == ONE[i])
            return true;
    return t[n - 2] == 0x5468 && t[n - 1] == 0x520A; /* 周刊 */
}

/* A columnist's description of himself between 文/作者 and his name ("文/新浪财经意见领袖专栏
 * (微信公众号kopleader)专栏作家 皮海洲", "文/新浪财经首席评论员 艾堂明"): the title it ends with,
 * reported as the author's role, or NULL. */
static const char *writer_title(const char *s)
{
    static const char *const TITLES[] = {"专栏作家", "专栏作者",   "首席评论员", "特约评论员", "评论员",
                                         "特约作者", "特约撰稿人", "特约撰稿",   "研究员"};
    size_t n = strlen(s);
    for (size_t i = 0; i < sizeof TITLES / sizeof *TITLES; i++) {
        size_t l = strlen(TITLES[i]);
        if (n >= l && !strcmp(s + n - l, TITLES[i]))
            return TITLES[i];
    }
    return NULL;
}

/* The outlet whose column a writer describes himself by ("新浪财经意见领袖专栏(微信公众号kopleader)
 * 专栏作家": 新浪财经): a name of 3 to 8 characters ending like an outlet's (社 报 网 周刊, 财经)
 * right before 意见领袖 or 专栏. Its length, or 0. */
static int32_t column_outlet(const uint32_t *t, int32_t n)
{
    for (int32_t k = 3; k <= 8 && k + 2 <= n; k++) {
        bool ending = has_outlet_suffix(t, k) || (t[k - 2] == 0x8D22 && t[k - 1] == 0x7ECF); /* 财经 */
        if (ending && (gx_structure_word_at(t, n, k, "意见领袖") || gx_structure_word_at(t, n, k, "专栏")))
            return k;
    }
    return 0;
}

/* Whether any paragraph of ps holds the k code points w. */
static bool paras_write(const gx_para_vec *ps, const uint32_t *w, int32_t k)
{
    for (int p = 0; p < ps->n; p++) {
        const gx_cps *t = &ps->v[p].t;
        for (int32_t i = 0; i + k <= t->n; i++)
            if (t->cp[i] == w[0] && !memcmp(t->cp + i, w, sizeof *w * (size_t)k))
                return true;
    }
    return false;
}

/* A commentator's column titled by his name ("岑智勇:春运民航运输需求旺盛 可留意中国国航等"): two or
 * three Han characters and a colon opening the title, a name the text never writes (a story about
 * what someone said names him again: "李小加:…" then "即将卸任的李小加…"), read only when nothing
 * credits an outlet (a compiler's "盘点:…" under "本文为赫桥智库摘选文章"). Perhaps the writer's
 * name, which only the lexicon can tell (resolution checks its surname, as for "…。(张俊)").
 * Returns it (in a) or NULL. */
static const char *title_writer(gx_arena *a, const gx_cps *title, const gx_para_vec *ps)
{
    int32_t k = 0;
    while (k < title->n && k < 10 && gx_cp_is_han(title->cp[k]))
        k++;
    if (k + 4 > title->n || title->cp[k] != ':')
        return NULL;
    /* a broker's desk before its analyst's name ("安信策略陈果:迈入2018年…": a short name of two to four characters,
     * 策略 or 宏观, a name of two or three): the name (sect22) */
    for (int32_t d = 2; d <= 4; d++) {
        int32_t len = k - d - 2;
        if (len >= 2 && len <= 3 && ((title->cp[d] == 0x7B56 && title->cp[d + 1] == 0x7565) || /* 策略 */
                                     (title->cp[d] == 0x5B8F && title->cp[d + 1] == 0x89C2))) { /* 宏观 */
            const uint32_t *nm = title->cp + d + 2;
            return paras_write(ps, nm, len) ? NULL : gx_utf8_of_cps(a, nm, len);
        }
    }
    if (k < 2 || k > 3)
        return NULL;
    if (title->cp[k - 1] == 0x5A92) /* 媒: a country's press ("印媒:…", "外媒:…"), no writer */
        return NULL;
    return paras_write(ps, title->cp, k) ? NULL : gx_utf8_of_cps(a, title->cp, k);
}

/* A column whose writer describes himself at its end without his name ("(本文作者系中国国家信息中心首席
 * 经济学家、经济预测部主任)", "(作者系资本市场研究人士)", among the last three paragraphs of text) and whose
 * title opens with it ("祝宝良判断2018经济形势:…", "滕泰:…"): two or three Han characters before a colon,
 * else the first three of a longer run, a name the text never writes. Perhaps the writer's name (resolution
 * checks its surname, as for the title writer). Returns it (in a) or NULL. */
static const char *described_writer(gx_arena *a, const gx_cps *title, const gx_para_vec *ps)
{
    int end = gx_outlet_content_end(ps);
    bool described = false;
    for (int p = end - 1; p >= 0 && p >= end - 3 && !described; p--) {
        const gx_cps *t = &ps->v[p].t;
        int32_t o = t->n > 0 && t->cp[0] == '(' ? 1 : 0;
        described = t->n <= 80 && (gx_structure_word_at(t->cp, t->n, o, "本文作者系") ||
                                   gx_structure_word_at(t->cp, t->n, o, "作者系"));
    }
    if (!described)
        return NULL;
    int32_t k = 0;
    while (k < title->n && k < 5 && gx_cp_is_han(title->cp[k]))
        k++;
    if (k < title->n && title->cp[k] == ':' ? (k < 2 || k > 3) : k < 4)
        return NULL; /* "证券时报:…" is a paper's label, no name */
    if (k > 3)
        k = 3;
    return paras_write(ps, title->cp, k) ? NULL : gx_utf8_of_cps(a, title->cp, k);
}

/* "来源:" followed by something that is not a publisher: public records, "the internet", a
 * WeChat account without its name, a desk without its house's name (来源:新闻中心, a company's
 * own news page reposted: sect24). */
static bool is_non_outlet_source(const char *s)
{
    static const char *const WORDS[] = {"公开资料", "公开信息", "网络", "互联网", "网友", "公众号",
                                        "综合", "网络综合", "网络整理", "未知", "本站", "整理", "资料图", "新闻中心", "编辑部", "快讯中心"};
    for (size_t i = 0; i < sizeof WORDS / sizeof *WORDS; i++)
        if (!strcmp(s, WORDS[i]))
            return true;
    /* "来源:东方能源官网", "来源:证监会官网": a body's own site, where the text was taken from, is
     * no news outlet */
    size_t n = strlen(s), l = strlen("官网");
    return n > l && !strcmp(s + n - l, "官网");
}

/* Outlets credited by their short names (每经记者, 每经AI快讯) are reported by their full names. */
static const char *const OUTLET_SHORT[][2] = {
    {"每经", "每日经济新闻"}, {"上证报", "上海证券报"}, {"中证报", "中国证券报"}, {"经观", "经济观察报"},
};

static const char *outlet_full_name(const char *s)
{
    for (size_t i = 0; s && i < sizeof OUTLET_SHORT / sizeof *OUTLET_SHORT; i++) {
        size_t l = strlen(OUTLET_SHORT[i][0]), n = strlen(s);
        if (!strcmp(s, OUTLET_SHORT[i][0]))
            return OUTLET_SHORT[i][1];
        /* the paper and its site: "上证报中国证券网讯" */
        if (n > l + strlen("网") && !strncmp(s, OUTLET_SHORT[i][0], l) &&
            !strcmp(s + n - strlen("网"), "网"))
            return OUTLET_SHORT[i][1];
    }
    return s;
}

int32_t gx_structure_word_at(const uint32_t *t, int32_t n, int32_t i, const char *w)
{
    /* w (a valid UTF-8 literal of at most 16 code points) is read code point by code point
     * and the test stops at the first difference: most calls fail on the first character */
    if (i < 0)
        return 0;
    const unsigned char *p = (const unsigned char *)w;
    int32_t k = 0;
    while (*p) {
        int l;
        if (k == 16 || i + k >= n || gx_utf8_decode(p, &l) != t[i + k])
            return 0;
        p += l;
        k++;
    }
    return k;
}

int32_t gx_structure_word_in(const uint32_t *t, int32_t n, int32_t i, const char *const *ws,
                             size_t nw)
{
    for (size_t k = 0; k < nw; k++) {
        int32_t l = gx_structure_word_at(t, n, i, ws[k]);
        if (l)
            return l;
    }
    return 0;
}

/* Where 报道 starts in t[from, from + reach] (the words that close a reporters' credit), or -1. */
static int32_t reported_at(const uint32_t *t, int32_t n, int32_t from, int32_t reach)
{
    for (int32_t r = from; r + 1 < n && r - from <= reach; r++)
        if (t[r] == 0x62A5 /* 报 */ && t[r + 1] == 0x9053 /* 道 */)
            return r;
    return -1;
}

/* The length of the outlet short name t starts with, or 0. */
static int32_t outlet_short_at(const uint32_t *t, int32_t n)
{
    for (size_t i = 0; i < sizeof OUTLET_SHORT / sizeof *OUTLET_SHORT; i++) {
        int32_t wn = gx_structure_word_at(t, n, 0, OUTLET_SHORT[i][0]);
        if (wn)
            return wn;
    }
    return 0;
}

static bool is_outlet_prefix(const uint32_t *t, int32_t n)
{
    if (n < 2 || n > 16 || t[0] == 0x636E) /* (据新华社记者报道: a report cited, not a byline) */
        return false;
    for (int32_t i = 0; i < n; i++)
        if (!(gx_cp_is_han(t[i]) || gx_cp_is_latin(t[i]) || gx_cp_is_digit(t[i]) || t[i] == 0xB7 ||
              t[i] == '-' || t[i] == '.'))
            return false;
    return true;
}

static bool is_date_token(const uint32_t *t, int32_t n)
{
    int digits = 0;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = t[i];
        if (gx_cp_is_digit(c))
            digits++;
        else if (!(c == '-' || c == '.' || c == ':' || c == 0x5E74 || c == 0x6708 || c == 0x65E5))
            return false; /* 年 月 日 */
    }
    return digits >= 2;
}

/* "发自广州", "北京报道": where the reporter filed from, not a name. */
static bool is_place_token(const char *s, int32_t n)
{
    size_t len = strlen(s);
    return n >= 3 && (!strncmp(s, "发自", strlen("发自")) ||
                      (len > strlen("报道") && !strcmp(s + len - strlen("报道"), "报道")));
}

/* Print bylines often open with a glyph: "■本报记者 张三", "□证券时报记者 王一鸣". */
static bool is_glyph(uint32_t c)
{
    return c == 0x25A1 || c == 0x25A0 || c == 0x25CF || c == 0x25C6 || c == 0x25B2 || c == 0x2605 ||
           c == 0x2606 || c == 0x25CB || c == 0x25C7 || c == 0x25CE || c == 0x25BC || c == 0x2022;
}

/* Whether t[j] is a Han character standing alone between spaces (or the ends), not a credit word
 * (文 图 摄). */
static bool single_han(const uint32_t *t, int32_t len, int32_t j)
{
    return gx_cp_is_han(t[j]) && (j + 1 == len || t[j + 1] == ' ') && (j == 0 || t[j - 1] == ' ') &&
           t[j] != 0x6587 && t[j] != 0x56FE && t[j] != 0x6444;
}

/* Names typeset a character at a time ("每经记者 张 斯 宗 旭 每经编辑 曾健辉"): a run of single
 * Han characters becomes two-character names when the run is even, one name of three when it has
 * three. Returns t itself or a rewritten copy in a; *n is updated. */
static const uint32_t *join_spaced_names(gx_arena *a, const uint32_t *t, int32_t *n)
{
    int32_t len = *n, o = 0, copied = 0; /* t[0, copied) is in w[0, o) */
    uint32_t *w = NULL;
    for (int32_t i = 0; i < len; i++) {
        int32_t k = 0;
        while (i + 2 * k < len && single_han(t, len, i + 2 * k))
            k++;
        if (k == 0)
            continue;
        if (k >= 2 && (k % 2 == 0 || k == 3)) {
            if (!w)
                w = gx_arena_alloc_raw(a, sizeof *w * (size_t)(len + 1));
            memcpy(w + o, t + copied, sizeof *w * (size_t)(i - copied));
            o += i - copied;
            for (int32_t c = 0; c < k; c++) {
                w[o++] = t[i + 2 * c];
                if (k != 3 && c % 2 == 1 && c + 1 < k)
                    w[o++] = ' ';
            }
            copied = i + 2 * k - 1;
        }
        i += 2 * k - 2; /* past the run (the loop adds one) */
    }
    if (!w)
        return t;
    memcpy(w + o, t + copied, sizeof *w * (size_t)(len - copied));
    *n = o + len - copied;
    return w;
}

/* A credit's label glued after the name before it, the space lost ("作者:李冬来源:某某网",
 * "作者:王五责任编辑:赵六", people29): a space goes before the label, so that the name ends there
 * (else "李冬来源" reads as the writer and the source as another). Only in a line that a credit's
 * word opens (not "图片来源:X", "资料来源:X": a picture's, a table's source), only the labels that a
 * colon follows, after a Han character that is not part of the label's longer form (责任编辑,
 * 总编辑). Returns t itself or a rewritten copy in a; *n is updated. */
static const uint32_t *split_glued_labels(gx_arena *a, const uint32_t *t, int32_t *n)
{
    static const char *const LABELS[] = {"来源:", "责任编辑:", "编辑:", "责编:"};
    int32_t len = *n, o = 0;
    bool credit = false;
    for (size_t r = 0; r < sizeof ROLES / sizeof *ROLES && !credit; r++)
        credit = gx_structure_word_at(t, len, 0, ROLES[r].word) > 0;
    if (!credit)
        return t;
    uint32_t *w = NULL;
    for (int32_t i = 0; i < len; i++) {
        bool glued = i > 0 && gx_cp_is_han(t[i - 1]) &&
                     gx_structure_word_in(t, len, i, LABELS, sizeof LABELS / sizeof *LABELS) &&
                     !(t[i] == 0x7F16 /* 编 */ && (gx_cp_in(t[i - 1], U"任总副主") ||
                                                   gx_structure_word_at(t, len, i - 2, "责任")));
        if (glued && !w) {
            w = gx_arena_alloc_raw(a, sizeof *w * (size_t)(2 * len));
            memcpy(w, t, sizeof *w * (size_t)i);
            o = i;
        }
        if (glued)
            w[o++] = ' ';
        if (w)
            w[o++] = t[i];
    }
    if (!w)
        return t;
    *n = o;
    return w;
}

/* Whether tok (3 to 8 Han, Latin or digits opening the line t) is followed by the writer's credit
 * word 作者 alone: "市值风云 作者 | 骆驼" names the account first. */
static bool account_before_writer(const uint32_t *t, int32_t n, const uint32_t *tok, int32_t tn)
{
    if (tn < 3 || tn > 8 || !is_outlet_prefix(tok, tn))
        return false;
    int32_t k = (int32_t)(tok - t) + tn;
    while (k < n && t[k] == ' ')
        k++;
    int32_t w = gx_structure_word_at(t, n, k, "作者");
    return w && k + w < n && sep_cp(t[k + w]);
}

/* Are t[0..n) all Han characters? */
static bool all_han(const uint32_t *t, int32_t n)
{
    for (int32_t i = 0; i < n; i++)
        if (!gx_cp_is_han(t[i]))
            return false;
    return true;
}

/* A team's account ("宏观谢亚轩团队", "李迅雷团队"): Han characters ending in 团队 after a name of
 * two characters (four in all) or three (five or more, a desk's word before it). Returns the
 * name's length, or 0. */
static int32_t team_leader(const uint32_t *t, int32_t n)
{
    if (n < 4 || n > 9 || t[n - 2] != 0x56E2 || t[n - 1] != 0x961F /* 团队 */ || !all_han(t, n))
        return 0;
    return n == 4 ? 2 : 3;
}

/* A writer's firm glued before his name ("联讯证券李奇霖", "国泰君安证券研究所王涵"): the
 * firm ends in one of the words that end a broker's or a research house's name, then two or three
 * Han characters. Returns the name's length, or 0. */
static int32_t firm_writer(const uint32_t *t, int32_t n)
{
    static const char *const ENDS[] = {"证券", "研究所", "研究院", "研究中心", "银行", "基金", "期货", "资本", NULL};
    if (n < 6 || n > 16 || !all_han(t, n))
        return 0;
    for (int32_t nl = 3; nl >= 2; nl--)
        for (int k = 0; ENDS[k]; k++) {
            int32_t wl = (int32_t)gx_utf8_count(ENDS[k], strlen(ENDS[k]));
            int32_t p = n - nl - wl;
            if (p >= 2 && gx_structure_word_at(t, n, p, ENDS[k]) == wl)
                return nl;
        }
    return 0;
}

/* Whether t[0..n) is a brand's name of Latin letters and Han characters, one word of 4 to 16
 * ("MedTrend医趋势", "36氪" is not: a digit): a site or an account, never a person's name. */
/* A writer credited by his account on a platform ("雪球号“虚极守静”", "头条号“X”"): two to four
 * Han characters ending in 号, then the name in quotes, which replaces the token. */
static void account_name(const uint32_t **tok, int32_t *tn)
{
    const uint32_t *t = *tok;
    int32_t n = *tn, q = 0;
    while (q < n && q < 5 && gx_cp_is_han(t[q]))
        q++;
    if (q < 2 || q > 4 || t[q - 1] != 0x53F7 /* 号 */ || n - q < 4 ||
        !(t[q] == 0x201C || t[q] == '"') || !(t[n - 1] == 0x201D || t[n - 1] == '"'))
        return;
    *tok = t + q + 1;
    *tn = n - q - 2;
}

static bool brand_name(const uint32_t *t, int32_t n)
{
    int latin = 0, han = 0;
    for (int32_t i = 0; i < n; i++) {
        latin += gx_cp_is_latin(t[i]) != 0;
        han += gx_cp_is_han(t[i]) != 0;
    }
    return n >= 4 && n <= 16 && latin >= 2 && han >= 2 && latin + han == n;
}

bool gx_structure_parse_byline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    memset(out, 0, sizeof *out);
    /* a newspaper marks its writer's name with a square (□金灿 来源:经济参考报): the square
     * stands for the credit word (作者) when a name follows it */
    bool square = n > 0 && (t[0] == 0x25A1 || t[0] == 0x25A0);
    while (n > 0 && (is_glyph(t[0]) || t[0] == ' ')) {
        t++;
        n--;
    }
    t = gx_outlet_strip_brackets(a, t, &n); /* a portal's stock quote, a WeChat ID */
    if (n < 2 || n > 60)
        return false;
    if (gx_byline_en_parse(a, t, n, out))
        return true;
    memset(out, 0, sizeof *out);
    /* the credit word after the names: "李皙寅 俞燕 龚奕洁 | 文" reads as "文 李皙寅 俞燕 龚奕洁" */
    int32_t cut = n - 1;
    while (cut > 0 && t[cut - 1] == ' ')
        cut--;
    if (n >= 4 && t[n - 1] == 0x6587 /* 文 */ && cut > 2 && (t[cut - 1] == '|' || t[cut - 1] == '/') &&
        t[0] != 0x6587) {
        uint32_t *w = gx_arena_alloc_raw(a, sizeof *w * (size_t)(cut + 1)); /* [0, cut] written below */
        w[0] = 0x6587;
        w[1] = ' ';
        memcpy(w + 2, t, sizeof *w * (size_t)(cut - 1));
        return gx_structure_parse_byline(a, w, cut + 1, out);
    }
    /* strip a wrapping "(...)" */
    if (n > 2 && t[0] == '(' && t[n - 1] == ')') {
        t++;
        n -= 2;
    }
    t = join_spaced_names(a, t, &n);
    t = split_glued_labels(a, t, &n);
    static const uint32_t WEIBO[] = {'[', 0x5FAE, 0x535A, ']'}; /* [微博] */
    const char *role = square ? "作者" : NULL;
    bool have_role = square, want_outlet = false, have_name = false, bad = false, skip = false;
    bool lead_outlet = false; /* the line opens with an outlet's name */
    bool credited_brand = false;      /* the writer's credit names a brand ("文|MedTrend医趋势") */
    int32_t i = 0;
    while (i < n) {
        while (i < n && sep_cp(t[i]))
            i++;
        if (i >= n)
            break;
        int32_t j = i;
        while (j < n && !sep_cp(t[j]))
            j++;
        const uint32_t *tok = t + i;
        int32_t tn = j - i;
        i = j;
        if (tn > 4 && !memcmp(tok + tn - 4, WEIBO, sizeof WEIBO))
            tn -= 4; /* a portal's link to the writer's microblog: "艾堂明[微博]" */
        if (have_role && !have_name)
            account_name(&tok, &tn); /* "作者:雪球号“虚极守静”": the account's name */
        if (want_outlet) { /* a site's domain name glued to its name: "来源:联商网linkshop" */
            int32_t h = tn;
            while (h > 0 && gx_cp_is_latin(tok[h - 1]))
                h--;
            if (h >= 3 && h < tn && has_outlet_suffix(tok, h))
                tn = h;
        }
        char *s = gx_utf8_of_cps(a, tok, tn);
        if (skip) { /* the account named after "微信公众号" */
            skip = false;
            continue;
        }
        if (have_name && !strcmp(s, "微信公众号")) {
            skip = true;
            continue;
        }
        if (want_outlet) {
            want_outlet = false;
            if (!is_outlet_prefix(tok, tn)) {
                bad = true;
                continue;
            }
            /* "来源:公众号 大力如山": the WeChat account named after the word is the source */
            if ((!strcmp(s, "公众号") || !strcmp(s, "微信公众号")) && !out->from_source && i < n) {
                want_outlet = true;
                continue;
            }
            if (is_non_outlet_source(s)) {
                out->from_source = true;
                continue;
            }
            /* "来源:宏观谢亚轩团队": a team's account, the outlet, names its leader, the writer
             * (bare: resolution keeps him when a surname opens the name) */
            int32_t lead = team_leader(tok, tn);
            if (lead > 0 && !out->from_source && out->nauthors < GX_BYLINE_MAX_AUTHORS) {
                out->authors[out->nauthors].name = gx_utf8_of_cps(a, tok + tn - 2 - lead, lead);
                out->authors[out->nauthors].role = "作者";
                out->authors[out->nauthors++].bare = true;
                have_name = true;
            }
            if (!out->from_source) {
                out->outlet = s;
                out->from_source = true;
            }
            continue;
        }
        /* the writer's credit after the page or the column: "本版文/陈婷婷", "《电鳗财经》文/张凌云" */
        if (tn >= 3 && tok[tn - 1] == 0x6587 /* 文 */ &&
            (!strcmp(s, "本版文") || (tok[0] == 0x300A && tok[tn - 2] == 0x300B))) {
            role = "作者";
            have_role = true;
            continue;
        }
        /* the paper in title marks: before a role word ("《投资者报》记者 吴悦", "《证券市场红周刊》
         * 作者 X"), after the credit word ("文 《法人》特约撰稿 王佐发", "《投资者报》高方方/文", read
         * as "文 《投资者报》高方方") */
        if (tn >= 4 && tok[0] == 0x300A /* 《 */) {
            int32_t c = 1;
            while (c < tn && tok[c] != 0x300B /* 》 */)
                c++;
            const uint32_t *nt = tok + c + 1;
            int32_t nn = tn - c - 1;
            char *nm = nn > 0 ? gx_utf8_of_cps(a, nt, nn) : NULL;
            const role_word *rw = NULL;
            for (size_t r = 0; nm && r < sizeof ROLES / sizeof *ROLES && !rw; r++)
                if (ROLES[r].role && *ROLES[r].role && !strcmp(nm, ROLES[r].word))
                    rw = &ROLES[r];
            bool take = c < tn && c >= 3 && !have_name && is_outlet_prefix(tok + 1, c - 1);
            /* the role and the name glued after the paper: "《投资时报》研究员馀飞" */
            for (size_t r = 0; take && nm && !rw && r < sizeof ROLES / sizeof *ROLES; r++) {
                int32_t wl = ROLES[r].role && *ROLES[r].role ? gx_structure_word_at(nt, nn, 0, ROLES[r].word) : 0;
                if (wl && nn - wl >= 2 && is_han_name(gx_utf8_of_cps(a, nt + wl, nn - wl), nt + wl, nn - wl)) {
                    role = ROLES[r].role;
                    have_role = true;
                    nt += wl;
                    nn -= wl;
                    nm = gx_utf8_of_cps(a, nt, nn);
                    break;
                }
            }
            if (take && rw) {
                role = rw->role;
                have_role = true;
                nm = NULL;
            } else if (take && have_role && nm && !strcmp(role, "作者") && writer_title(nm)) {
                role = writer_title(nm);
                nm = NULL;
            } else {
                take = take && have_role && (!nm || is_han_name(nm, nt, nn));
            }
            if (take) {
                if (!out->outlet)
                    out->outlet = gx_utf8_of_cps(a, tok + 1, c - 1);
                if (nm && *role && out->nauthors < GX_BYLINE_MAX_AUTHORS) {
                    out->authors[out->nauthors].name = nm;
                    out->authors[out->nauthors++].role = role;
                    have_name = true;
                }
                continue;
            }
        }
        /* a role word: exact token, or (attachable roles) outlet + role + name */
        const role_word *rw = NULL;
        const char *at = NULL;
        const bool maybe_role = may_hold_role(tok, tn);
        for (size_t r = 0; r < sizeof ROLES / sizeof *ROLES && !rw && maybe_role; r++) {
            if (!strcmp(s, ROLES[r].word)) {
                rw = &ROLES[r];
                at = s;
            } else if (ROLES[r].attach && (at = strstr(s, ROLES[r].word)) != NULL) {
                rw = &ROLES[r];
            }
        }
        if (rw) {
            int32_t pre = (int32_t)gx_utf8_count(s, (size_t)(at - s));
            int32_t wl = (int32_t)gx_utf8_count(rw->word, strlen(rw->word));
            /* "证券时报·e公司记者": the paper, not its desk */
            int32_t brand = pre;
            for (int32_t m = 2; m < pre; m++)
                if (tok[m] == 0xB7 || tok[m] == 0x2022 || tok[m] == 0x30FB) {
                    brand = m;
                    break;
                }
            /* a title in book marks before the role: "《法人》特约撰稿 王佐发" */
            int32_t ob = pre >= 4 && tok[0] == 0x300A && tok[pre - 1] == 0x300B ? 1 : 0;
            char *prefix = pre > 0 ? gx_utf8_of_cps(a, tok + ob, brand - 2 * ob) : NULL;
            if (pre > 0 && out->outlet && !strcmp(out->outlet, prefix)) {
                /* the same outlet again: "每经记者 王琳 每经编辑 陈俊杰" */
            } else if (pre > 0) {
                if (!is_outlet_prefix(tok + ob, pre - 2 * ob) || out->outlet) {
                    /* "文/新浪财经意见领袖专栏（微信公众号kopleader）专栏作家 郝旭光": the writer's title
                     * after 文, as below */
                    if (have_role && !have_name && !strcmp(role, "作者") && writer_title(s)) {
                        role = writer_title(s);
                        int32_t k = column_outlet(tok, tn);
                        if (k && !out->outlet)
                            out->outlet = gx_utf8_of_cps(a, tok, k);
                        continue;
                    }
                    bad = true;
                    have_role = false;
                    continue;
                }
                out->outlet = prefix;
            }
            if (!rw->role) {
                want_outlet = true;
                continue;
            }
            role = rw->role;
            have_role = true;
            if (pre + wl < tn) {
                const uint32_t *nm = tok + pre + wl;
                int32_t nn = tn - pre - wl;
                char *ns = gx_utf8_of_cps(a, nm, nn);
                if (!is_han_name(ns, nm, nn) && !latin_pen_name(role, nm, nn)) {
                    bad = true;
                    have_role = false;
                    continue;
                }
                if (*role && out->nauthors < GX_BYLINE_MAX_AUTHORS) {
                    out->authors[out->nauthors].name = ns;
                    out->authors[out->nauthors++].role = role;
                }
                have_name = true;
            }
            continue;
        }
        if (is_date_token(tok, tn) || is_place_token(s, tn))
            continue;
        if (have_role && !out->outlet && !have_name && has_outlet_suffix(tok, tn)) {
            out->outlet = s; /* "文 | 财联社 晴缨" */
            continue;
        }
        /* a brand of Latin letters and Han characters credited as the writer, closing the line:
         * "文|MedTrend医趋势" (no person's name mixes the two) */
        if (have_role && !out->outlet && !have_name && !strcmp(role, "作者") && j == n && brand_name(tok, tn)) {
            out->outlet = s;
            credited_brand = true;
            continue;
        }
        if (!have_role && !out->outlet && !bad && !out->from_source &&
            (has_outlet_suffix(tok, tn) || (tok == t && account_before_writer(t, n, tok, tn)))) {
            out->outlet = s; /* "北京青年报 本版文/陈婷婷": only with a credit after it */
            lead_outlet = true;
            continue;
        }
        if (have_role && !have_name && !strcmp(role, "作者") && writer_title(s)) {
            role = writer_title(s);
            continue;
        }
        /* "作者:联讯证券李奇霖、钟林楠": the writer's firm glued to his name (the firm is no outlet) */
        int32_t fn = have_role && !have_name && !strcmp(role, "作者") ? firm_writer(tok, tn) : 0;
        if (fn > 0) {
            tok += tn - fn;
            tn = fn;
            s = gx_utf8_of_cps(a, tok, tn);
        }
        if (!have_role || !(is_han_name(s, tok, tn) || latin_pen_name(role, tok, tn))) {
            bad = true;
            have_role = false; /* no names until the next role word */
            continue;
        }
        have_name = true;
        if (*role && out->nauthors < GX_BYLINE_MAX_AUTHORS) {
            out->authors[out->nauthors].name = s;
            out->authors[out->nauthors++].role = role;
        }
    }
    /* A paragraph with other words in it is still a source line when it names its source:
     * "金百临咨询 秦洪 来源:澎湃新闻". */
    if (bad || want_outlet) {
        out->mixed = true;
        return out->from_source;
    }
    if (lead_outlet && !have_name)
        return false;
    return have_name || credited_brand || ((out->outlet || out->from_source) && !have_role);
}

/* Where "消息" (news) ends when it follows t[k..) after spaces and a day ("4月24日消息",
 * " 8月1日消息", "消息"), or the 讯/电 of a dated dispatch ("11月18日讯"), or where a day closed
 * by a comma ends ("10月29日,"), or -1. */
static int32_t news_word_end(const uint32_t *t, int32_t n, int32_t k)
{
    while (k < n && t[k] == ' ')
        k++;
    int32_t d = k;
    while (d < n && d - k < 8 && (gx_cp_is_digit(t[d]) || t[d] == 0x6708 /* 月 */))
        d++;
    if (d > k) {
        if (d >= n || t[d] != 0x65E5 /* 日 */ || !gx_cp_is_digit(t[d - 1]))
            return -1;
        k = d + 1;
        if (k < n && (t[k] == 0x8BAF || t[k] == 0x7535)) /* 讯 电 */
            return k + 1;
        if (k < n && t[k] == ',') /* "挖贝网 10月29日," */
            return k;
    }
    return k + 1 < n && t[k] == 0x6D88 && t[k + 1] == 0x606F /* 消息 */ ? k + 2 : -1;
}

/* Where the outlet ends in a dateline's head t[0, e) that may go on with a place
 * ("新华社北京", "中国经济网北京"): after its 社, else after its last 网, else e. */
static int32_t outlet_end(const uint32_t *t, int32_t e)
{
    for (int32_t i = 0; i < e; i++)
        if (t[i] == 0x793E) /* 社 */
            return i + 1;
    for (int32_t i = e - 1; i > 0; i--)
        if (t[i] == 0x7F51) /* 网 */
            return i + 1;
    return e;
}

/* Whether c before 讯 makes a word that is no dateline: 快讯 资讯 通讯 简讯 喜讯 短讯. */
static bool is_news_column(uint32_t c)
{
    static const uint32_t not_dateline[] = {0x5FEB, 0x8D44, 0x901A, 0x7B80, 0x559C, 0x77ED};
    for (size_t w = 0; w < sizeof not_dateline / sizeof not_dateline[0]; w++)
        if (c == not_dateline[w])
            return true;
    return false;
}

/* Whether t[0..n) is one Latin word of four letters or more, a site's name (TechWeb). */
static bool latin_word(const uint32_t *t, int32_t n)
{
    for (int32_t k = 0; k < n; k++)
        if (!gx_cp_is_latin(t[k]))
            return false;
    return n >= 4;
}

/* Whether the two last characters of a bracket make a column's name, not a paper's: 播报 快报
 * 简报 速报 (【收盘播报】). */
static bool report_column(uint32_t c, uint32_t last)
{
    return last == 0x62A5 /* 报 */ && (c == 0x64AD || c == 0x5FEB || c == 0x7B80 || c == 0x901F); /* 播 快 简 速 */
}

/* A dispatch whose place stands in brackets after the outlet's name: "FX168财经报社(香港)讯 继美股…",
 * "X社(北京)电,": a name shaped like an outlet's (digits allowed), a place of two to six
 * Chinese characters, 讯 or 电, then a space, a comma or a day; or the site's domain in the
 * brackets, perhaps a day, then 讯 ("证券时报网(www.stcn.com)01月23日讯"). Fills out when t starts
 * with one. */
static bool placed_dispatch(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    int32_t k = 0;
    while (k < n && k < 16 && (gx_cp_is_han(t[k]) || gx_cp_is_latin(t[k]) || gx_cp_is_digit(t[k])))
        k++;
    if (k >= n || t[k] != '(' || !has_outlet_suffix(t, k) || !is_outlet_prefix(t, k) ||
        (t[0] == 0x672C && (t[1] == 0x62A5 || t[1] == 0x520A))) /* 本报 本刊 */
        return false;
    int32_t c = k + 1;
    /* the site's domain in the brackets, then perhaps the day: "证券时报网(www.stcn.com)01月23日讯"
     * (fourteenth session) */
    int32_t dots = 0, d = c;
    while (d < n && d - k <= 24 && (gx_cp_is_latin(t[d]) || gx_cp_is_digit(t[d]) || t[d] == '.' || t[d] == '-'))
        dots += t[d++] == '.';
    if (dots > 0 && d - k - 1 >= 5 && d + 2 < n && t[d] == ')') {
        int32_t e = d + 1;
        while (e < n && e - d <= 8 && (gx_cp_is_digit(t[e]) || t[e] == 0x6708 || t[e] == 0x65E5)) /* 月 日 */
            e++;
        if (e < n && (t[e] == 0x8BAF || t[e] == 0x7535) && (e == d + 1 || t[e - 1] == 0x65E5)) { /* 讯 电 */
            memset(out, 0, sizeof *out);
            out->outlet = gx_utf8_of_cps(a, t, k);
            return true;
        }
    }
    while (c < n && c - k <= 7 && gx_cp_is_han(t[c]))
        c++;
    /* the place and the credit in one pair of brackets: "财联社(上海,记者 吴亦涵)讯," (sect24): the credit read as a
     * bracketed one, "(记者 吴亦涵)" */
    int32_t place = c, close = c;
    if (c - k - 1 >= 2 && c < n && t[c] == ',') {
        while (close < n && close - c <= 20 && t[close] != ')')
            close++;
        if (close >= n || t[close] != ')')
            return false;
    }
    if (c - k - 1 < 2 || close + 2 >= n || t[close] != ')' || (t[close + 1] != 0x8BAF && t[close + 1] != 0x7535)) /* 讯 电 */
        return false;
    uint32_t after = t[close + 2];
    if (after != ' ' && after != ',' && after != ':' && !gx_cp_is_digit(after))
        return false;
    gx_byline credit = {0};
    if (close > place) {
        uint32_t buf[24];
        int32_t bn = close - place + 1;
        memcpy(buf, t + place, sizeof *buf * (size_t)bn);
        buf[0] = '(';
        if (!gx_structure_parse_byline(a, buf, bn, &credit) || credit.outlet) /* (the dispatch's name stands, its credit or not) */
            memset(&credit, 0, sizeof credit);
    }
    *out = credit;
    out->outlet = gx_utf8_of_cps(a, t, k);
    return true;
}

/* A site and its writer before the day: "雷帝网 乐天 6月20日报道" (a name shaped like an outlet's,
 * then two or three Han characters between spaces, then a day and 报道, 讯, 电 or 消息). The writer
 * is marked bare: resolution keeps him only when a surname opens his name. Fills out when t
 * starts with one. */
static bool site_writer_day(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    int32_t k = 0;
    while (k < n && k < 11 && gx_cp_is_han(t[k]))
        k++;
    if (k < 3 || k >= n || t[k] != ' ' || !has_outlet_suffix(t, k))
        return false;
    int32_t b = k;
    while (b < n && t[b] == ' ')
        b++;
    int32_t c = b;
    while (c < n && c - b < 4 && gx_cp_is_han(t[c]))
        c++;
    if (c - b < 2 || c - b > 3 || c >= n || t[c] != ' ' || !gx_cp_is_digit(c + 1 < n ? t[c + 1] : 0))
        return false;
    int32_t e = news_word_end(t, n, c);
    if (e < 0) { /* "6月20日报道" */
        int32_t d = c + 1;
        while (d < n && d - c < 8 && (gx_cp_is_digit(t[d]) || t[d] == 0x6708 /* 月 */))
            d++;
        if (d + 2 >= n || t[d] != 0x65E5 /* 日 */ || !gx_cp_is_digit(t[d - 1]) || reported_at(t, n, d + 1, 0) != d + 1)
            return false;
        e = d + 3;
    }
    if (e < n && t[e] != ',' && t[e] != ' ' && t[e] != ':')
        return false;
    const char *name = gx_utf8_of_cps(a, t + b, c - b);
    if (!is_han_name(name, t + b, c - b))
        return false;
    memset(out, 0, sizeof *out);
    out->outlet = gx_utf8_of_cps(a, t, k);
    out->authors[0].name = name;
    out->authors[0].bare = true;
    out->nauthors = 1;
    return true;
}

/* A dateline without a credit at the start of the lead paragraph: "新浪美股讯 北京时间5日消息",
 * "新浪财经讯 5日消息,", "证券时报网讯,": the outlet is the name before 讯 (not a 快讯 flash,
 * named after a column, a 资讯 or a 通讯, nor the paper's own 本报讯); "挖贝网 4月24日消息,",
 * "路透社8月1日消息", "集微网消息", "中国经济网北京11月18日讯": a name shaped like an outlet's
 * (has_outlet_suffix), perhaps followed by a place, before a day and 消息, 讯 or 电. Fills out
 * when t starts with one. */
static bool parse_plain_dateline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    /* a flash column of an outlet named by its short name: "每经AI快讯," */
    int32_t sn = outlet_short_at(t, n), f = sn;
    if (sn > 0 && f + 2 < n && t[f] == 'A' && t[f + 1] == 'I')
        f += 2;
    if (sn > 0 && f + 2 < n && t[f] == 0x5FEB /* 快 */ && t[f + 1] == 0x8BAF /* 讯 */ &&
        (t[f + 2] == ',' || t[f + 2] == ' ' || t[f + 2] == ':')) {
        memset(out, 0, sizeof *out);
        out->outlet = gx_utf8_of_cps(a, t, sn);
        return true;
    }
    /* a site's column in lenticular brackets: "【机床商务网栏目 机床股市】10月29日消息" */
    if (n > 6 && t[0] == 0x3010 /* 【 */) {
        int32_t c = 1;
        while (c < n && c < 18 && gx_cp_is_han(t[c]))
            c++;
        if (c + 1 < n && c >= 4 && t[c - 2] == 0x680F /* 栏 */ && t[c - 1] == 0x76EE /* 目 */ &&
            t[c] == ' ' && has_outlet_suffix(t + 1, c - 3)) {
            memset(out, 0, sizeof *out);
            out->outlet = gx_utf8_of_cps(a, t + 1, c - 3);
            return true;
        }
    }
    /* a portal's summary: its headline in lenticular brackets, then the dispatch's own dateline
     * ("【汇源声明:逾期…】某某网讯,汇源集团发布…", people29): a headline is longer than a name */
    if (n > 24 && t[0] == 0x3010 /* 【 */) {
        int32_t h = 1;
        while (h < n && h <= 80 && t[h] != 0x3011 /* 】 */)
            h++;
        if (h > 18 && h <= 80 && h + 1 < n && parse_plain_dateline(a, t + h + 1, n - h - 1, out))
            return true;
    }
    /* in lenticular brackets: "【亿邦动力讯】9月10日消息" */
    if (n > 4 && t[0] == 0x3010 /* 【 */) {
        int32_t close = 1;
        while (close < n && close < 18 && t[close] != 0x3011 /* 】 */)
            close++;
        /* a site's name alone in the brackets before a day: "【TechWeb】5月8日消息," */
        if (close < n && t[close] == 0x3011 && close >= 4 && t[close - 1] != 0x8BAF &&
            gx_cp_is_digit(close + 1 < n ? t[close + 1] : 0) && news_word_end(t, n, close + 1) > 0 &&
            ((has_outlet_suffix(t + 1, close - 1) && !report_column(t[close - 2], t[close - 1])) ||
             latin_word(t + 1, close - 1))) {
            memset(out, 0, sizeof *out);
            out->outlet = gx_utf8_of_cps(a, t + 1, close - 1);
            return true;
        }
        /* a column of the site named again before the day: "【钛媒体瞬眼播报】钛媒体4月14日消息," (the
         * longest name of 2 to 10 characters opening both, then a day and 消息/讯) */
        if (close < n && t[close] == 0x3011) {
            int32_t k = 0;
            while (k < 10 && 1 + k < close && close + 1 + k < n && t[1 + k] == t[close + 1 + k])
                k++;
            if (k >= 2 && is_outlet_prefix(t + 1, k) && gx_cp_is_digit(close + 1 + k < n ? t[close + 1 + k] : 0) &&
                news_word_end(t, n, close + 1 + k) > 0) {
                memset(out, 0, sizeof *out);
                out->outlet = gx_utf8_of_cps(a, t + 1, k);
                return true;
            }
        }
        if (close >= n || t[close] != 0x3011 || t[close - 1] != 0x8BAF /* 讯 */ || close < 4 ||
            (t[1] == 0x672C && (t[2] == 0x62A5 || t[2] == 0x520A)) || !is_outlet_prefix(t + 1, close - 2) ||
            is_news_column(t[close - 2]))
            return false;
        memset(out, 0, sizeof *out);
        out->outlet = gx_utf8_of_cps(a, t + 1, close - 2);
        return true;
    }
    if (placed_dispatch(a, t, n, out) || site_writer_day(a, t, n, out))
        return true;
    int32_t k = 0;
    while (k < n && k < 17 && (gx_cp_is_han(t[k]) || gx_cp_is_latin(t[k])))
        k++;
    if (k < 3 || (k >= n && !(k == n && t[k - 1] == 0x8BAF))) /* (a dispatch's name alone on its line: "新浪美股讯" over its lead) */
        return false;
    bool own = t[0] == 0x672C && (t[1] == 0x62A5 || t[1] == 0x520A); /* 本报 本刊 */
    if (t[k - 1] != 0x8BAF /* 讯 */) {
        int32_t name = outlet_end(t, k), after = news_word_end(t, n, k);
        if (after < 0 && k >= 5 && t[k - 2] == 0x6D88 && t[k - 1] == 0x606F) { /* 集微网消息 */
            name = k - 2;
            after = k;
        }
        /* a dispatch's day and 讯 after a name of its own: "环球外汇2月1日讯--" */
        bool dispatch = after > 0 && name == k && k <= 6 && t[after - 1] == 0x8BAF /* 讯 */;
        if (after < 0 || own || !(has_outlet_suffix(t, name) || dispatch) ||
            !is_outlet_prefix(t, name) ||
            (after < n && t[after] != ',' && t[after] != ' ' && t[after] != ':' &&
             !(dispatch && (t[after] == '-' || t[after] == 0x2014)) &&
             !(t[after] == '(' && after == k))) /* a credit after 消息 ("集微网消息(文/Oliver),") */
            return false;
        memset(out, 0, sizeof *out);
        out->outlet = gx_utf8_of_cps(a, t, name);
        return true;
    }
    if (is_news_column(t[k - 2]))
        return false;
    if (k < n && t[k] != ' ' && t[k] != ',' && t[k] != ':' && !gx_cp_is_digit(t[k]))
        return false;
    int32_t after = k;
    while (after < n && t[after] == ' ')
        after++;
    if (after < n && t[after] == '(') /* a credit follows: "中证网讯 (记者 于蒙蒙)" */
        return false;
    if (own || !is_outlet_prefix(t, k - 1))
        return false;
    /* the reporters credited before 报道: "金羊网讯 记者赵燕华、郑诚报道:" */
    gx_byline bl;
    int32_t r = reported_at(t, n, after, 24);
    bool credited = r >= 0 && gx_structure_word_at(t, n, after, "记者") &&
                    gx_structure_parse_byline(a, t + after, r - after, &bl) && bl.nauthors > 0 && !bl.outlet;
    if (credited)
        *out = bl;
    else
        memset(out, 0, sizeof *out);
    out->outlet = gx_utf8_of_cps(a, t, k - 1);
    return true;
}

/* A dateline at the start of the lead paragraph: "新华社北京1月10日电(记者 汪平)",
 * "经济日报-中国经济网北京2月2日讯(记者马常艳)", "本报讯(记者 张三 通讯员 李四)",
 * "集微网消息(文/春夏)", or one
 * without a credit (parse_plain_dateline). Fills out (outlet: the agency or paper, without place
 * and date) when t starts with one. */
static bool credited_dateline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out);

static bool parse_dateline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    if (parse_plain_dateline(a, t, n, out)) {
        /* a plain dateline before a credited one: "长江商报消息 长江商报讯(记者 陈妮希)" */
        gx_byline more;
        if (out->nauthors == 0 && credited_dateline(a, t, n, &more))
            for (int k = 0; k < more.nauthors && out->nauthors < GX_BYLINE_MAX_AUTHORS; k++)
                out->authors[out->nauthors++] = more.authors[k];
        return true;
    }
    return credited_dateline(a, t, n, out);
}

/* The credited form of parse_dateline: a place and a day, 讯/电/消息 and the credit in brackets. */
static bool credited_dateline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    int32_t open = -1, close = -1;
    for (int32_t i = 0; i < n && i < 40; i++)
        if (t[i] == '(') {
            open = i;
            break;
        }
    if (open < 2)
        return false;
    for (int32_t i = open + 1; i < n && i < open + 32; i++)
        if (t[i] == ')') {
            close = i;
            break;
        }
    int32_t pe = open;
    while (pe > 0 && t[pe - 1] == ' ')
        pe--;
    bool news = pe >= 4 && t[pe - 2] == 0x6D88 && t[pe - 1] == 0x606F; /* "集微网消息(文/春夏)" */
    if (close < 0 || pe < 2 || (t[pe - 1] != 0x8BAF && t[pe - 1] != 0x7535 && !news)) /* 讯 电 */
        return false;
    if (!gx_structure_parse_byline(a, t + open, close - open + 1, out) || out->nauthors == 0) {
        /* "中新经纬客户端10月29日电(魏薇)", "C114讯 7月24消息(南山)": a name alone in the brackets
         * is the reporter the dateline credits, marked bare (resolution keeps it only when a
         * surname opens it: not "(综合)") */
        int32_t nb = close - open - 1;
        if (nb < 2 || nb > 3 || !all_han(t + open + 1, nb))
            return false;
        const char *name = gx_utf8_of_cps(a, t + open + 1, nb);
        if (!is_han_name(name, t + open + 1, nb))
            return false;
        memset(out, 0, sizeof *out);
        out->authors[0].name = name;
        out->authors[0].role = "记者";
        out->authors[0].bare = true;
        out->nauthors = 1;
    }
    /* the outlet: before the place and date */
    int32_t e = pe - 1, d = 0;
    while (d < e && !gx_cp_is_digit(t[d]))
        d++;
    int32_t cut = outlet_end(t, d);
    bool own = cut >= 2 && t[0] == 0x672C && (t[1] == 0x62A5 || t[1] == 0x520A); /* 本报 本刊 */
    if (!out->outlet && !own && cut >= 2 && is_outlet_prefix(t, cut))
        out->outlet = gx_utf8_of_cps(a, t, cut);
    return true;
}

/* A dateline after a headline run into the lead ("科华控股上半年净利4817万 挖贝网8月22日,…",
 * "…主业持续亏损待解 新浪财经讯 近日,…"): tried after each of the first three spaces within 60
 * code points and no sentence's end, not a report cited ("据中新网24日消息"); only one that names
 * an outlet counts. Fills out when found. */
static bool headline_dateline(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    for (int32_t i = 6, tries = 0; i < n && i <= 60 && tries < 3; i++) {
        if (t[i] == 0x3002 || t[i] == '!' || t[i] == ';')
            return false;
        if (t[i] != ' ' || t[i - 1] == ' ')
            continue;
        tries++;
        int32_t h = i;
        while (h < n && t[h] == ' ')
            h++;
        if (h < n && t[h] != 0x636E /* 据 */ && parse_dateline(a, t + h, n - h, out) && out->outlet)
            return true;
    }
    return false;
}

/* A brand of Latin letters and an outlet's word, alone on its line: "Wind资讯", "FX168财经" (no person's name mixes
 * scripts, and the Han part is a newsroom's word: 资讯 财经 新闻, or 网 社). */
static bool brand_line(const gx_cps *t)
{
    int32_t k = 0;
    while (k < t->n && (gx_cp_is_latin(t->cp[k]) || (k > 0 && gx_cp_is_digit(t->cp[k]))))
        k++;
    if (k < 2 || k > 12)
        return false;
    int32_t h = t->n - k;
    const uint32_t *w = t->cp + k;
    if (h == 1)
        return w[0] == 0x7F51 /* 网 */ || w[0] == 0x793E /* 社 */;
    return h == 2 && (gx_structure_word_at(t->cp, t->n, k, "资讯") > 0 || gx_structure_word_at(t->cp, t->n, k, "财经") > 0 ||
                      gx_structure_word_at(t->cp, t->n, k, "新闻") > 0);
}

/* What follows the headline said again on its line when it is the page's credit (sect23): "李小加:抖音母公司来港上市
 * 只是时间问题 中国基金报  安曼": a name shaped like an outlet's, then one or two writers' names of two or three Han
 * characters between spaces, nothing else (the writers marked bare: resolution checks their surnames; it drops 安曼,
 * a place's name too). Fills out. */
static bool titled_credit(gx_arena *a, const uint32_t *t, int32_t n, gx_byline *out)
{
    int32_t k = 0;
    while (k < n && k < 13 && gx_cp_is_han(t[k]))
        k++;
    if (!has_outlet_suffix(t, k) || (k < n && t[k] != ' '))
        return false;
    gx_byline bl = {.outlet = gx_utf8_of_cps(a, t, k)};
    for (int32_t b = k; b < n;) {
        while (b < n && t[b] == ' ')
            b++;
        int32_t c = b;
        while (c < n && c - b < 4 && gx_cp_is_han(t[c]))
            c++;
        if (c == b) /* (spaces closing the line) */
            break;
        if (c - b < 2 || c - b > 3 || (c < n && t[c] != ' ') || bl.nauthors == 2)
            return false;
        const char *name = gx_utf8_of_cps(a, t + b, c - b);
        if (!is_han_name(name, t + b, c - b))
            return false;
        bl.authors[bl.nauthors].name = name;
        bl.authors[bl.nauthors++].bare = true;
        b = c;
    }
    *out = bl;
    return true;
}

/* The headline said again with the lead run into it after a space, the lead opening with a dateline that names an
 * outlet ("正海磁材:减持计划到期,…高管未减持 每经AI快讯,正海磁材…"; not a report cited, 据…), or with the byline
 * alone after it (sect25). Fills out when found. */
static bool titled_dateline(gx_arena *a, const gx_cps *t, const gx_cps *title, gx_byline *out)
{
    if (title->n < 6 || t->n <= title->n + 4 || t->cp[title->n] != ' ' ||
        memcmp(t->cp, title->cp, sizeof *t->cp * (size_t)title->n))
        return false;
    int32_t h = title->n;
    while (h < t->n && t->cp[h] == ' ')
        h++;
    if (titled_credit(a, t->cp + h, t->n - h, out))
        return true;
    /* the byline run into it: "看好企业盈利增长…迎来增持契机 文 | 财联社 吴斌" */
    if (h < t->n && gx_structure_parse_byline(a, t->cp + h, t->n - h, out) && (out->outlet || out->nauthors))
        return true;
    return h < t->n && t->cp[h] != 0x636E /* 据 */ && parse_dateline(a, t->cp + h, t->n - h, out) && out->outlet;
}

/* ------------------------------------------------------------------ titles */

static bool clear_title_line(gx_arena *a, const gx_para_vec *ps)
{
    if (ps->n < 2)
        return false;
    const gx_para *t = &ps->v[0], *next = &ps->v[1];
    gx_byline bl;
    if (t->kind != GX_PARA_TEXT ||
        !(next->after_blank || gx_structure_parse_byline(a, next->t.cp, next->t.n, &bl)))
        return false;
    int32_t n = t->t.n;
    uint32_t last = t->t.cp[n - 1];
    bool latin = gx_structure_language(t->t.cp, n)[0] == 'e';
    /* Chinese headlines run to 40-70 characters and join their clauses with commas, 、 and
     * semicolons (第三家新势力赴美上市，小鹏汽车称其目标市值400亿美元); a line with a full stop
     * inside or ending like a clause is a paragraph */
    if (n < 4 || n > (latin ? 120 : 80))
        return false;
    bool trailing_dots = n > 3 && t->t.cp[n - 1] == '.' && t->t.cp[n - 2] == '.' && t->t.cp[n - 3] == '.';
    if ((last == 0x3002 || last == '.' || last == ':' || last == ';' || last == ',' || last == 0x3001) &&
        !trailing_dots) /* (a headline may trail off: "股民们有话说...") */
        return false;
    for (int32_t i = 0; i + 1 < n; i++)
        if (t->t.cp[i] == 0x3002)
            return false;
    /* A line set apart by a blank line is the document's title whatever follows it: a short text
     * keeps its headline even when the page's debris is all its body (the headline said again
     * with a stray "表情", then "您至少需输入5个字"). A line glued to what follows (its byline)
     * is a title only over a body at least twice as long. */
    if (next->after_blank)
        return true;
    int32_t body = 0;
    for (int i = 1; i < ps->n; i++)
        body += ps->v[i].t.n;
    return body > 2 * n;
}

/* The headline said again over two lines, as an announcement sets its title under its head (the
 * company's name, then "关于…的公告"): a and b, in order, are the title (a space between or not). */
static bool title_in_two(const gx_cps *title, const gx_cps *a, const gx_cps *b)
{
    int32_t gap = title->n - a->n - b->n;
    if (a->n < 4 || b->n < 4 || gap < 0 || gap > 1 || (gap == 1 && title->cp[a->n] != ' '))
        return false;
    return !memcmp(title->cp, a->cp, sizeof *a->cp * (size_t)a->n) &&
           !memcmp(title->cp + a->n + gap, b->cp, sizeof *b->cp * (size_t)b->n);
}

/* ------------------------------------------------------------------ sentences */

static bool is_closer(uint32_t c)
{
    return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0x300D || c == 0x300F ||
           c == ')' || c == 0xFF09 || c == 0x3011 || c == ']';
}

static bool is_hard_final(uint32_t c)
{
    return c == 0x3002 || c == '!' || c == '?' || c == 0xFF01 || c == 0xFF1F || c == ';' ||
           c == 0xFF1B || c == 0xFF61;
}

/* Is the "." at cp[i] a sentence end? (Latin text: ". " or end of paragraph, not 3.33, not an
 * abbreviation or an initial.) */
static bool period_ends(const uint32_t *cp, int32_t i, int32_t end)
{
    int32_t k = i + 1;
    while (k < end && is_closer(cp[k]))
        k++;
    if (k < end && cp[k] != ' ')
        return false;
    /* the word before the period */
    int32_t w = i;
    while (w > 0 && (gx_cp_is_latin(cp[w - 1]) || cp[w - 1] == '.'))
        w--;
    int32_t wl = i - w;
    if (wl == 0)
        return true; /* "3." or ")." */
    if (wl == 1 && cp[w] >= 'A' && cp[w] <= 'Z')
        return false; /* initial: "J. Smith" */
    static const char *const ABBR[] = {"Mr",  "Mrs",  "Ms",  "Dr",  "Prof", "Inc",    "Corp", "Co",
                                       "Ltd", "Jr",   "Sr",  "St",  "vs",   "etc",    "No",   "U.S",
                                       "U.K", "Jan",  "Feb", "Mar", "Apr",  "Jun",    "Jul",  "Aug",
                                       "Sep", "Sept", "Oct", "Nov", "Dec",  "e.g",    "i.e",  "Gov",
                                       "Gen", "Rep",  "Sen", "Mt",  "Ave",  "approx", "est"};
    char word[16];
    if (wl >= (int32_t)sizeof word)
        return true;
    for (int32_t m = 0; m < wl; m++)
        word[m] = cp[w + m] < 0x80 ? (char)cp[w + m] : '?';
    word[wl] = '\0';
    for (size_t m = 0; m < sizeof ABBR / sizeof *ABBR; m++)
        if (!strcmp(word, ABBR[m])) {
            return false; /* never split after an abbreviation ("Inc. said") */
        }
    return true;
}

static void push_sentence(gx_article *art, int32_t s, int32_t e)
{
    while (s < e && art->cp[s] == ' ')
        s++;
    while (e > s && art->cp[e - 1] == ' ')
        e--;
    if (e <= s)
        return;
    gx_span *sp = GX_VEC_PUSH(art->arena, art->sentences);
    sp->start = s;
    sp->end = e;
}

/* The first i in [from, to) where a sentence may end: ! . ; ? 。 or a full-width form (U+FF01
 * and above); else to. Eight code points at a time where SSE2 is there (the test is exact, the
 * same as the scalar one), one at a time otherwise and at the end. */
static int32_t next_final_mark(const uint32_t *cp, int32_t from, int32_t to)
{
    int32_t i = from;
#ifdef __SSE2__
    const __m128i flip = _mm_set1_epi32((int)0x80000000u); /* unsigned >= by a signed compare */
    const __m128i wide = _mm_set1_epi32((int)(0xFF00u ^ 0x80000000u));
    const __m128i e1 = _mm_set1_epi32('!'), e2 = _mm_set1_epi32('.'), e3 = _mm_set1_epi32(';'),
                  e4 = _mm_set1_epi32('?'), e5 = _mm_set1_epi32(0x3002);
    for (; i + 8 <= to; i += 8) {
        unsigned m = 0;
        for (int h = 0; h < 2; h++) {
            const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(cp + i + 4 * h));
            __m128i y = _mm_or_si128(_mm_cmpeq_epi32(x, e1), _mm_cmpeq_epi32(x, e2));
            y = _mm_or_si128(y, _mm_or_si128(_mm_cmpeq_epi32(x, e3), _mm_cmpeq_epi32(x, e4)));
            y = _mm_or_si128(y, _mm_cmpeq_epi32(x, e5));
            y = _mm_or_si128(y, _mm_cmpgt_epi32(_mm_xor_si128(x, flip), wide));
            m |= (unsigned)_mm_movemask_ps(_mm_castsi128_ps(y)) << (4 * h);
        }
        if (m)
            return i + __builtin_ctz(m);
    }
#endif
    for (; i < to; i++) {
        const uint32_t c = cp[i];
        /* ! . ; ? (bits of c - 0x20), 。 and the full-width forms; computed without branches
         * (ASCII and CJK alternate unpredictably), one branch on the rare yes */
        unsigned f = ((c - 0x20u) < 32u) & (0x88004002u >> ((c - 0x20u) & 31u));
        f |= (unsigned)(c == 0x3002) | (unsigned)(c >= 0xFF01);
        if (f & 1)
            return i;
    }
    return to;
}

void gx_structure_sentences(gx_article *art)
{
    art->sentences.n = 0;
    for (int p = 0; p < art->paragraphs.n; p++) {
        int32_t ps = art->paragraphs.v[p].start, pe = art->paragraphs.v[p].end;
        int32_t s = ps;
        for (int32_t i = ps; (i = next_final_mark(art->cp, i, pe)) < pe; i++) {
            uint32_t c = art->cp[i];
            bool end = is_hard_final(c) || (c == '.' && period_ends(art->cp, i, pe));
            if (!end)
                continue;
            int32_t k = i + 1;
            while (k < pe &&
                   (is_hard_final(art->cp[k]) || is_closer(art->cp[k]) || art->cp[k] == 0x2026))
                k++;
            push_sentence(art, s, k);
            s = k;
            i = k - 1;
        }
        push_sentence(art, s, pe);
    }
}

const char *gx_structure_language(const uint32_t *cp, int32_t n)
{
    int32_t han = 0, lat = 0, kana = 0, hangul = 0, cyr = 0;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (gx_cp_is_han(c))
            han++;
        else if (gx_cp_is_latin(c))
            lat++;
        else if (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) /* hiragana, katakana (not the ・ of names) */
            kana++;
        else if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
            hangul++;
        else if (c >= 0x0400 && c <= 0x04FF)
            cyr++;
        /* decided: even if every character left were a Latin letter, lat > 6 * han cannot
         * come true (most Chinese articles stop after a seventh of their text) */
        if ((i & 63) == 63 && han > 0 && kana + hangul + cyr == 0 && lat + (n - 1 - i) <= 6 * han)
            return "zh";
    }
    /* Japanese writes kana in every sentence; Korean and Russian have scripts of their own */
    if (kana >= 8 && 4 * kana >= han)
        return "ja";
    if (hangul > han && 3 * hangul > lat)
        return "ko";
    if (cyr > han && cyr > lat)
        return "ru";
    /* an English word is ~5 letters, a Chinese word ~1.5 ideographs */
    return (han == 0 && lat > 0) || lat > 6 * han ? "en" : "zh";
}

/* ------------------------------------------------------------------ building an article */

/* A writer's credit on a line of its own beside the source's ("来源:21世纪经济报道(ID:jjbd21)" / "作者:辛继召"), below the
 * three paragraphs a byline stands in (a repost puts its summary first): the two lines are one credit block (sect23).
 * bl is line i's byline, naming authors and nothing else. */
static bool credit_block(gx_arena *a, const gx_para_vec *ps, int i, const gx_byline *bl)
{
    if (bl->nauthors == 0 || bl->outlet || bl->mixed || ps->v[i].t.n > 16)
        return false;
    if (i > 0 && ps->v[i - 1].kind == GX_PARA_BYLINE)
        return true; /* (the source line over it was taken) */
    gx_byline src;
    return i + 1 < ps->n && ps->v[i + 1].kind == GX_PARA_TEXT &&
           gx_structure_parse_byline(a, ps->v[i + 1].t.cp, ps->v[i + 1].t.n, &src) && src.from_source &&
           src.nauthors == 0 && !src.mixed;
}

/* Whether a paragraph is a reposting portal's preamble rather than the lead: the original
 * headline ("原标题:…") or a blurb that opens by repeating the headline. */
static bool portal_preamble(const gx_cps *t, const gx_cps *title)
{
    static const uint32_t ORIGINAL[] = {0x539F, 0x6807, 0x9898, ':'};      /* 原标题: */
    static const uint32_t KEY[] = {0x6838, 0x5FC3, 0x63D0, 0x793A, ':'}; /* 核心提示: */
    bool orig = t->n >= 4, key = t->n >= 5;
    for (int k = 0; k < 4 && orig; k++)
        orig = t->cp[k] == ORIGINAL[k];
    for (int k = 0; k < 5 && key; k++)
        key = t->cp[k] == KEY[k];
    if (orig || key)
        return true;
    /* the headline repeated, split in two at its double space */
    if (t->n >= 4 && t->n < title->n &&
        (!memcmp(t->cp, title->cp, sizeof *t->cp * (size_t)t->n) ||
         !memcmp(t->cp, title->cp + title->n - t->n, sizeof *t->cp * (size_t)t->n)))
        return true;
    if (title->n < 6 || t->n <= title->n)
        return false;
    for (int32_t k = 0; k < title->n; k++)
        if (t->cp[k] != title->cp[k])
            return false;
    return true;
}

static bool ends_like_sentence(const gx_cps *t);
static void add_author(gx_article *art, const gx_author *au);

/* The writers named alone on the line right under the title (or under the title said again),
 * before a first paragraph that ends a sentence: "陈佳岚 李静", "陈齐乐". One to three names of 2 to 4 Han
 * characters separated by spaces or 、, nothing else on the line. Whether a surname opens each
 * is resolution's test (the lexicon): the authors are marked bare. */
static void bare_byline(gx_arena *a, const gx_para_vec *ps, const gx_cps *title, gx_article *art)
{
    int i = 0;
    if (title && ps->n > 0 && ps->v[0].kind == GX_PARA_TEXT && cps_equal(&ps->v[0].t, title))
        i = 1;
    if (i + 1 >= ps->n || ps->v[i].kind != GX_PARA_TEXT || ps->v[i + 1].kind != GX_PARA_TEXT ||
        ps->v[i + 1].t.n < 16 || !ends_like_sentence(&ps->v[i + 1].t))
        return;
    const uint32_t *t = ps->v[i].t.cp;
    int32_t n = ps->v[i].t.n;
    if (n < 2 || n > 16)
        return;
    gx_author names[3];
    int k = 0;
    for (int32_t s = 0; s < n;) {
        int32_t e = s;
        while (e < n && gx_cp_is_han(t[e]))
            e++;
        if (e - s < 2 || e - s > 4 || k == 3)
            return;
        char *nm = gx_utf8_of_cps(a, t + s, e - s);
        if (!is_han_name(nm, t + s, e - s) || gx_structure_word_at(t, n, e - 2, "报道"))
            return;
        names[k++] = (gx_author){.name = nm, .bare = true};
        if (e < n && t[e] != ' ' && t[e] != 0x3001) /* 、 */
            return;
        s = e;
        while (s < n && (t[s] == ' ' || t[s] == 0x3001))
            s++;
    }
    for (int j = 0; j < k; j++)
        add_author(art, &names[j]);
}

/* Whether the Han name t[0..n) is written in one of ps's paragraphs from `from` on. */
static bool named_after(const gx_para_vec *ps, int from, const uint32_t *t, int32_t n)
{
    for (int p = from; p < ps->n; p++) {
        const gx_cps *c = &ps->v[p].t;
        for (int32_t i = 0; i + n <= c->n; i++)
            if (c->cp[i] == t[0] && !memcmp(c->cp + i, t, sizeof *t * (size_t)n))
                return true;
    }
    return false;
}

/* The writers described at the top of their column, before its first words ("邓海清,“海清FICC频道”
 * 全球首席经济学家,人民大学客座教授;陈曦,“海清FICC”大资管频道研究员"): one to three names of two or
 * three Han characters, each with a description after a comma (4 to 60 characters, no sentence
 * in it), separated by semicolons, as the first paragraph of at most 120 characters; a name the
 * text writes again is a subject introduced (an interview: "施鸣:…"), no writer. Bare names:
 * resolution keeps them when a surname opens each one. */
static void bio_byline(gx_arena *a, const gx_para_vec *ps, const gx_cps *title, gx_article *art)
{
    int i = 0;
    if (title && ps->n > 0 && ps->v[0].kind == GX_PARA_TEXT && cps_equal(&ps->v[0].t, title))
        i = 1;
    if (i + 1 >= ps->n || ps->v[i].kind != GX_PARA_TEXT || ps->v[i].t.n > 120 || ps->v[i].t.n < 8)
        return;
    const uint32_t *t = ps->v[i].t.cp;
    int32_t n = ps->v[i].t.n;
    gx_author names[3];
    int k = 0;
    for (int32_t s = 0; s < n;) {
        int32_t e = s;
        while (e < n && e - s <= 3 && gx_cp_is_han(t[e]))
            e++;
        if (e - s < 2 || e - s > 3 || e >= n || t[e] != ',' || k == 3)
            return;
        char *nm = gx_utf8_of_cps(a, t + s, e - s);
        if (!is_han_name(nm, t + s, e - s) || named_after(ps, i + 1, t + s, e - s))
            return;
        int32_t d = e + 1;
        while (d < n && t[d] != 0xFF1B && t[d] != ';') {
            if (t[d] == 0x3002 && d + 1 < n)
                return; /* a sentence inside: prose, not a description */
            if (t[d] == '!' || t[d] == '?' || t[d] == ':')
                return;
            d++;
        }
        if (d - e - 1 < 4 || d - e - 1 > 60)
            return;
        names[k++] = (gx_author){.name = nm, .bare = true};
        s = d + 1;
    }
    for (int j = 0; j < k; j++)
        add_author(art, &names[j]);
}

static void add_author(gx_article *art, const gx_author *au)
{
    for (int i = 0; i < art->authors.n; i++)
        if (!strcmp(art->authors.v[i].name, au->name))
            return;
    gx_author *d = GX_VEC_PUSH(art->arena, art->authors);
    d->name = gx_arena_strdup(art->arena, au->name);
    d->role = gx_arena_strdup(art->arena, au->role);
    d->bare = au->bare;
    d->glued = au->glued;
    d->joined = au->joined;
}

/* A repost's statement of where it comes from, in one of the first paragraphs: "本文来自“王雅媛港
 * 股圈”微信公众号,作者为晴天", "编者按:本文来自阿尔法工场(ID:alpworks),作者:人大相食", "本文来自
 * “西南证券研究所”,作者为朱芸": the source is the outlet when no other is named, the writer an
 * author when none is; "声明:本文为赫桥智库摘选文章" (摘选, 原创, 整理, 独家): the publisher. */
static void source_statement(gx_arena *a, const gx_para_vec *ps, gx_article *art)
{
    for (int i = 0, seen = 0; i < ps->n && seen < 3; i++) {
        if (ps->v[i].kind != GX_PARA_TEXT)
            continue;
        seen += ps->v[i].t.n > 6; /* a site's menu lines ("热点栏目", "客户端") do not count */
        const uint32_t *t = ps->v[i].t.cp;
        int32_t n = ps->v[i].t.n, k = gx_structure_word_at(t, n, 0, "编者按:");
        if (!k)
            k = gx_structure_word_at(t, n, 0, "声明:");
        /* "声明:本文为赫桥智库摘选文章,…": the publisher that excerpted or wrote it */
        int32_t is = gx_structure_word_at(t, n, k, "本文为");
        for (int32_t e = k + is + 2; is && e < n && e - k - is <= 12 && !art->outlet; e++) {
            static const char *const KINDS[] = {"摘选文章", "原创文章", "整理文章", "独家文章"};
            for (size_t q = 0; q < sizeof KINDS / sizeof *KINDS; q++)
                if (gx_structure_word_at(t, n, e, KINDS[q]) && is_outlet_prefix(t + k + is, e - k - is)) {
                    art->outlet = gx_utf8_of_cps(a, t + k + is, e - k - is);
                    return;
                }
        }
        int32_t w = gx_structure_word_at(t, n, k, "本文来自");
        if (!w)
            w = gx_structure_word_at(t, n, k, "本文来源于");
        if (!w)
            w = gx_structure_word_at(t, n, k, "本文选自");
        if (!w)
            continue;
        k += w;
        while (k < n && (t[k] == ' ' || t[k] == 0x201C /* “ */))
            k++;
        int32_t s0 = k;
        while (k < n && k - s0 <= 16 && t[k] != 0x201D && t[k] != '(' && t[k] != ',' && !gx_structure_word_at(t, n, k, "微信公众号"))
            k++;
        int32_t s1 = k;
        if (k < n && t[k] == 0x201D)
            k++;
        k += gx_structure_word_at(t, n, k, "微信公众号");
        k += gx_structure_word_at(t, n, k, "研究报告"); /* 本文选自“东方证券”研究报告 */
        if (k < n && t[k] == '(') /* (ID:alpworks) */
            while (k < n && t[k++] != ')')
                ;
        if (k >= n || t[k] != ',' || !is_outlet_prefix(t + s0, s1 - s0))
            return;
        k++;
        int32_t by = gx_structure_word_at(t, n, k, "作者为");
        if (!by)
            by = gx_structure_word_at(t, n, k, "作者:");
        if (!by)
            by = gx_structure_word_at(t, n, k, "作者"); /* 作者青头。 */
        int32_t n0 = k + by, n1 = n0;
        while (by && n1 < n && n1 - n0 <= 8 && (gx_cp_is_han(t[n1]) || gx_cp_is_latin(t[n1])))
            n1++;
        if (!art->outlet)
            art->outlet = gx_utf8_of_cps(a, t + s0, s1 - s0);
        if (by && art->authors.n == 0 && n1 - n0 >= 2 && n1 - n0 <= 8 && (n1 == n || t[n1] == ',' || t[n1] == 0x3002)) {
            gx_author au = {.name = gx_utf8_of_cps(a, t + n0, n1 - n0), .role = "作者"};
            add_author(art, &au);
        }
        return;
    }
}

/* The outlet a byline names when the article has none yet, and its authors. */
static void take_byline(gx_article *art, const gx_byline *bl)
{
    if (bl->outlet && !art->outlet)
        art->outlet = bl->outlet;
    for (int k = 0; k < bl->nauthors; k++)
        add_author(art, &bl->authors[k]);
}

/* A closing byline: "(证券时报记者 王一鸣)" or "本报记者 刘芫信" as one of the last two
 * paragraphs (the paragraph becomes a byline), or glued after the last sentence of one
 * ("…卖出1.5亿元。 本报记者 刘芫信": the paragraph stays text). Only bylines that name an
 * author count: a role word must come before the names. */
static void closing_byline(gx_arena *a, gx_para_vec *ps, gx_article *art)
{
    int end = gx_outlet_content_end(ps); /* before a page's template lines */
    for (int i = end - 1; i >= 0 && i >= end - 2; i--) {
        const gx_cps *t = &ps->v[i].t;
        if (ps->v[i].kind != GX_PARA_TEXT || t->n < 4)
            continue;
        int32_t from = t->n;
        while (from > 0 && !is_hard_final(t->cp[from - 1]))
            from--;
        while (from < t->n && t->cp[from] == ' ')
            from++;
        if (t->n - from < 4)
            continue;
        gx_byline bl;
        if (!gx_structure_parse_byline(a, t->cp + from, t->n - from, &bl))
            continue;
        /* an editor's credit with the paper's name, after the last sentence: "…慢下来。每经编辑 李净翰"
         * (the editor is no author; the paper is the outlet) */
        if (bl.nauthors == 0 && bl.outlet && !bl.from_source && !bl.mixed && from > 0 && !art->outlet) {
            art->outlet = bl.outlet;
            return;
        }
        if (bl.nauthors == 0)
            continue;
        if (from == 0)
            ps->v[i].kind = GX_PARA_BYLINE;
        take_byline(art, &bl);
        return;
    }
}

/* A source credited in one of the last two paragraphs, on a line of its own: "(原文转自:汇丰晋信)",
 * "(来源:新华社)". Returns the outlet (in a) or NULL. */
static const char *closing_source(gx_arena *a, gx_para_vec *ps)
{
    int end = gx_outlet_content_end(ps); /* before a page's template lines */
    for (int i = end - 1; i >= 0 && i >= end - 2; i--) {
        const gx_cps *t = &ps->v[i].t;
        gx_byline bl;
        if (ps->v[i].kind != GX_PARA_TEXT || !gx_structure_parse_byline(a, t->cp, t->n, &bl) ||
            !bl.from_source || bl.mixed || bl.nauthors > 0 || !bl.outlet)
            continue;
        ps->v[i].kind = GX_PARA_BYLINE;
        return bl.outlet;
    }
    /* or glued after the last sentence of the last paragraph, after a space: "…本周下跌0.25%。 信息来源:国际市场商品价格网"
     * (the paragraph stays text; a chart's 数据来源 is none) (sect21) */
    for (int i = end - 1; i >= 0; i--) {
        const gx_cps *t = &ps->v[i].t;
        if (ps->v[i].kind != GX_PARA_TEXT)
            continue;
        int32_t from = t->n;
        while (from > 0 && !is_hard_final(t->cp[from - 1]))
            from--;
        int32_t at = from;
        while (at < t->n && t->cp[at] == ' ')
            at++;
        if (from == 0 || at == from)
            return NULL;
        if (gx_structure_word_at(t->cp, t->n, at, "信息来源"))
            at += 2;
        gx_byline bl;
        if (!gx_structure_word_at(t->cp, t->n, at, "来源") || !gx_structure_parse_byline(a, t->cp + at, t->n - at, &bl) ||
            !bl.from_source || bl.mixed || bl.nauthors > 0 || !bl.outlet)
            return NULL;
        return bl.outlet;
    }
    return NULL;
}

/* English wire credits in one of the last two paragraphs ("(Reporting by Jane Doe; Editing by
 * John Roe)", often glued after the last sentence): their names are the authors; a paragraph
 * that is only the credits becomes a byline. */
static void closing_credits(gx_arena *a, gx_para_vec *ps, gx_article *art)
{
    int end = gx_outlet_content_end(ps); /* before a page's template lines */
    for (int i = end - 1; i >= 0 && i >= end - 2; i--) {
        const gx_cps *t = &ps->v[i].t;
        gx_byline bl;
        if (ps->v[i].kind != GX_PARA_TEXT || !gx_byline_en_credits(a, t->cp, t->n, &bl))
            continue;
        int32_t k = t->cp[0] == '(' ? 1 : 0;
        if (t->n > k + 12 && (t->cp[k] == 'R' || t->cp[k] == 'r') && t->cp[k + 1] == 'e' && t->cp[k + 2] == 'p')
            ps->v[i].kind = GX_PARA_BYLINE;
        for (int m = 0; m < bl.nauthors; m++)
            add_author(art, &bl.authors[m]);
        return;
    }
}

/* No credit yet, English: a writer signing a box of analysis on a line of its own ("Caroline Hawley,
 * BBC diplomatic correspondent": the outlet when nothing else names one), else a column's closing
 * note among the last two paragraphs ("Dear Abby is written by Abigail Van Buren, …"; sect28). */
static void english_signed(gx_arena *a, gx_para_vec *ps, gx_article *art)
{
    gx_byline bl;
    for (int i = 0; i < ps->n; i++) {
        const gx_cps *t = &ps->v[i].t;
        if (ps->v[i].kind != GX_PARA_TEXT || !gx_byline_en_signed(a, t->cp, t->n, &bl))
            continue;
        add_author(art, &bl.authors[0]);
        if (!art->outlet && bl.outlet)
            art->outlet = bl.outlet;
        return;
    }
    int end = gx_outlet_content_end(ps);
    for (int i = end - 1; i >= 0 && i >= end - 2; i--) {
        const gx_cps *t = &ps->v[i].t;
        if (ps->v[i].kind == GX_PARA_TEXT && gx_byline_en_written_by(a, t->cp, t->n, &bl)) {
            add_author(art, &bl.authors[0]);
            return;
        }
    }
}

/* A portal's summary credits its source: a "摘要" line, then the summary paragraph ending in
 * "(扬子晚报)", "(证券市场红周刊)", "(FX168)" (a double space may have split the summary in two
 * paragraphs). The credit names the outlet when it has the shape of one: Han, Latin and digits,
 * at least four characters or an outlet ending (报 网 社 周刊), as a shorter credit may be a
 * person's name. Returns the outlet (in a) or NULL. */
/* The summary box glued into the lead paragraph, its lines lost ("…摘要【headline】,一则…声明在官网
 * 发布(经济观察报),…", people29): the first bracket after the headline's 】 (within 160 code points)
 * whose words end like an outlet's (报 网 社 周刊) and are three to twelve long. */
static const char *glued_summary_credit(gx_arena *a, const gx_cps *t)
{
    for (int32_t i = 0; i + 3 < t->n && i < 200; i++) {
        if (t->cp[i] != 0x6458 /* 摘 */ || t->cp[i + 1] != 0x8981 /* 要 */ || t->cp[i + 2] != 0x3010)
            continue;
        int32_t c = i + 3;
        while (c < t->n && c - i < 100 && t->cp[c] != 0x3011 /* 】 */)
            c++;
        for (int32_t o = c + 1; c < t->n && o < t->n && o - c <= 160; o++) {
            if (t->cp[o] != '(')
                continue;
            int32_t e = o + 1;
            while (e < t->n && e - o <= 13 && t->cp[e] != ')')
                e++;
            int32_t l = e - o - 1;
            if (e < t->n && t->cp[e] == ')' && l >= 3 && l <= 12 &&
                has_outlet_suffix(t->cp + o + 1, l) && is_outlet_prefix(t->cp + o + 1, l))
                return gx_utf8_of_cps(a, t->cp + o + 1, l);
        }
        return NULL;
    }
    return NULL;
}

static const char *summary_credit(gx_arena *a, const gx_para_vec *ps)
{
    static const uint32_t SUMMARY[] = {0x6458, 0x8981}; /* 摘要 */
    for (int i = 0; i < ps->n && i < 2; i++) {
        const char *glued =
            ps->v[i].kind == GX_PARA_TEXT ? glued_summary_credit(a, &ps->v[i].t) : NULL;
        if (glued)
            return glued;
    }
    for (int i = 0; i + 1 < ps->n && i < 3; i++) {
        const gx_cps *h = &ps->v[i].t;
        int32_t hn = h->n;
        while (hn > 0 && (h->cp[hn - 1] == ':' || h->cp[hn - 1] == ' '))
            hn--;
        if (hn != 2 || h->cp[0] != SUMMARY[0] || h->cp[1] != SUMMARY[1])
            continue;
        /* the summary's last paragraph: a double space may have split it in two */
        int j = i + 1;
        if (j + 1 < ps->n && ps->v[j].t.n > 0 && !is_hard_final(ps->v[j].t.cp[ps->v[j].t.n - 1]) &&
            ps->v[j].t.cp[ps->v[j].t.n - 1] != ')')
            j++;
        const gx_cps *t = &ps->v[j].t;
        int32_t e = t->n;
        while (e > 0 && t->cp[e - 1] == ' ')
            e--;
        if (ps->v[j].kind != GX_PARA_TEXT || e < 8 || t->cp[e - 1] != ')')
            return NULL;
        int32_t o = e - 2;
        while (o > 0 && t->cp[o] != '(' && e - o <= 18)
            o--;
        int32_t n = e - 1 - (o + 1);
        uint32_t before = o > 0 ? t->cp[o - 1] : 0;
        if (t->cp[o] != '(' || !(is_hard_final(before) || is_closer(before) || before == 0x2026) ||
            !is_outlet_prefix(t->cp + o + 1, n))
            return NULL;
        if (n < 4 && !has_outlet_suffix(t->cp + o + 1, n))
            return NULL;
        /* "(微信公众号陈果A股策略)": the account named after the word is the source */
        static const uint32_t wechat[] = {0x5FAE, 0x4FE1, 0x516C, 0x4F17, 0x53F7}; /* 微信公众号 */
        const int32_t wn = (int32_t)(sizeof wechat / sizeof wechat[0]);
        const uint32_t *c = t->cp + o + 1;
        if (n >= wn + 2 && !memcmp(c, wechat, sizeof wechat)) {
            c += wn;
            n -= wn;
        }
        const char *credit = gx_utf8_of_cps(a, c, n);
        return strstr(credit, "公众号") ? NULL : credit; /* a WeChat account without its name */
    }
    return NULL;
}

/* Whether s is a site's domain name, not an outlet's ("wabei.cn", "10jqka.com.cn"): ASCII
 * letters, digits, dashes and at least one dot. */
static bool is_domain(const char *s)
{
    bool dot = false;
    for (; s && *s; s++) {
        if (*s == '.')
            dot = true;
        else if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return false;
    }
    return dot;
}

/* Whether a paragraph reads as text, not as a banner's words: it holds a sentence's end or
 * closes with punctuation. */
static bool ends_like_sentence(const gx_cps *t)
{
    for (int32_t k = 0; k < t->n; k++)
        if (is_hard_final(t->cp[k]))
            return true;
    uint32_t c = t->n ? t->cp[t->n - 1] : 0;
    return !(gx_cp_is_han(c) || gx_cp_is_latin(c) || gx_cp_is_digit(c));
}

int gx_structure_build(gx_article *art, const gx_para_vec *p, gx_part part,
                       const gx_structure_opts *o)
{
    gx_arena *a = art->arena;
    gx_para_vec ps = {0};
    for (int i = part.from; i < part.to; i++)
        *GX_VEC_PUSH(a, ps) = p->v[i];

    /* Title */
    gx_cps title = {0};
    bool has_title = false;
    if (o->title && *o->title) {
        gx_cps raw = {0};
        gx_normalize_decode(a, o->title, strlen(o->title), -1, &raw);
        for (int32_t i = 0; i < raw.n; i++)
            if (raw.cp[i] == '\n' || raw.cp[i] == 0x3000)
                raw.cp[i] = ' ';
        gx_para_vec tp = {0};
        gx_normalize_paragraphs(a, &raw, false, false, &tp);
        for (int i = 0; i < tp.n; i++) {
            if (i)
                gx_cps_push(a, &title, ' ', -1);
            gx_cps_append(a, &title, &tp.v[i].t);
        }
        has_title = title.n > 0;
        if (ps.n && (ps.v[0].kind == GX_PARA_H1 || ps.v[0].kind == GX_PARA_TEXT) &&
            cps_equal(&ps.v[0].t, &title)) {
            memmove(ps.v, ps.v + 1, sizeof *ps.v * (size_t)(ps.n - 1));
            ps.n--;
        }
        if (ps.n && ps.v[0].kind == GX_PARA_H1)
            ps.v[0].kind = GX_PARA_TITLE; /* a heading line, not a section */
    } else if (o->title) {
        if (ps.n && ps.v[0].kind == GX_PARA_H1)
            ps.v[0].kind = GX_PARA_TITLE; /* no title: the heading is body text */
    } else if (ps.n && ps.v[0].kind == GX_PARA_H1) {
        title = ps.v[0].t;
        has_title = true;
        memmove(ps.v, ps.v + 1, sizeof *ps.v * (size_t)(ps.n - 1));
        ps.n--;
    } else if (o->find_title && clear_title_line(a, &ps)) {
        title = ps.v[0].t;
        has_title = true;
        memmove(ps.v, ps.v + 1, sizeof *ps.v * (size_t)(ps.n - 1));
        ps.n--;
    }
    for (int i = 0; i < ps.n; i++)
        if (ps.v[i].kind == GX_PARA_H1)
            ps.v[i].kind = GX_PARA_H2; /* split=false: later "# " headings become sections */

    /* Byline: among the first three text paragraphs (short menu lines not counted); a "来源:X"
     * line among the first twelve paragraphs. */
    int seen = 0;
    for (int i = 0; i < ps.n && (i < 12 || seen < 3); i++) {
        if (ps.v[i].kind != GX_PARA_TEXT &&
            !(ps.v[i].kind == GX_PARA_LIST && is_glyph(ps.v[i].t.cp[0])))
            continue;
        gx_byline bl;
        bool parsed = gx_structure_parse_byline(a, ps.v[i].t.cp, ps.v[i].t.n, &bl);
        /* a deck of key points in bullets over the byline ("■ 2017年价值投资当道…") and the
         * headline said again do not count either */
        bool deck = !parsed && (is_glyph(ps.v[i].t.cp[0]) || cps_equal(&ps.v[i].t, &title));
        if ((ps.v[i].t.n > 6 || parsed) && !deck && !portal_preamble(&ps.v[i].t, &title) &&
            !gx_outlet_banner(&ps.v[i].t))
            seen++; /* site menus ("资金流向", "客户端"), a portal's preamble and banners do not count */
        if (!parsed && seen <= 3) {
            /* a byline run into the next words: "特派记者 张涵 纽约报道蓝筹股的春天" */
            const uint32_t *t = ps.v[i].t.cp;
            int32_t r = reported_at(t, ps.v[i].t.n, 2, 21);
            if (r >= 0 && r + 2 < ps.v[i].t.n && gx_structure_parse_byline(a, t, r + 2, &bl) && bl.nauthors > 0)
                take_byline(art, &bl);
            else if (!art->outlet)
                art->outlet = gx_outlet_glued_byline(a, t, ps.v[i].t.n);
        }
        if (!parsed)
            continue;
        /* later, only a line of its own naming the source: not the caption of a table or chart
         * inside the text ("以下是最近一年来股票型基金收益排行:来源:东方财富Choice数据") */
        if (seen > 3 && !(bl.from_source && bl.nauthors == 0 && !bl.mixed) && !credit_block(a, &ps, i, &bl))
            continue;
        ps.v[i].kind = GX_PARA_BYLINE;
        take_byline(art, &bl);
    }

    /* a writer's credit ("作者 卖油翁"), not a paper's reporter's: the account under it */
    if (!art->outlet && art->authors.n > 0 && art->authors.v[0].role &&
        !strcmp(art->authors.v[0].role, "作者"))
        art->outlet = gx_outlet_under_byline(a, &ps);

    /* A closing byline as one of the last two paragraphs, or after the last sentence of one. */
    if (art->authors.n == 0)
        closing_byline(a, &ps, art);

    if (art->authors.n == 0)
        closing_credits(a, &ps, art);
    if (art->authors.n == 0)
        english_signed(a, &ps, art);

    source_statement(a, &ps, art);

    /* A portal summary's closing credit; a source credited at the end. */
    if (!art->outlet)
        art->outlet = summary_credit(a, &ps);
    if (!art->outlet)
        art->outlet = closing_source(a, &ps);
    /* "Originally published on Live Science." closing the text (people28) */
    for (int end = gx_outlet_content_end(&ps), i = end - 1; i >= 0 && i >= end - 2 && !art->outlet;
         i--) {
        if (ps.v[i].kind == GX_PARA_TEXT)
            art->outlet = gx_byline_en_origin(a, ps.v[i].t.cp, ps.v[i].t.n);
        if (art->outlet)
            ps.v[i].kind = GX_PARA_BYLINE;
    }

    /* An English wire dateline in the lead paragraph names the agency ("NEW YORK (Reuters) -"). */
    for (int i = 0; i < ps.n && !art->outlet; i++) {
        if (ps.v[i].kind == GX_PARA_TEXT) {
            art->outlet = gx_byline_en_dateline(a, ps.v[i].t.cp, ps.v[i].t.n);
            break;
        }
    }

    bool dispatch_only = false; /* the one credit is a dispatch's outlet ("新浪外汇讯,") */
    /* No byline paragraph: a dateline in the lead paragraph may name the reporters. A reposting
     * portal's preamble (its blurb under the headline, "原标题:…") comes before the lead. */
    if (art->authors.n == 0 || !art->outlet) {
        bool had_authors = art->authors.n > 0; /* a closing credit named them: the outlet only */
        int captions = 0;
        /* a portal's banners come before its "原标题:" line: the lead follows that line */
        int from = 0;
        for (int i = 0; i < ps.n && i < 6; i++)
            if (ps.v[i].kind == GX_PARA_TEXT && gx_structure_word_at(ps.v[i].t.cp, ps.v[i].t.n, 0, "原标题:"))
                from = i + 1;
        for (int i = from; i < ps.n; i++) {
            if (ps.v[i].kind == GX_PARA_BYLINE && art->authors.n > 0 && art->outlet)
                break; /* a byline without an outlet ("记者:张千千") may stand over a dateline */
            if (ps.v[i].kind == GX_PARA_BYLINE)
                continue; /* a credit of the source only ("来源:上海证券报") over the dateline */
            gx_byline bl;
            /* a list of other stories' headlines is passed over, up to a dispatch's name alone on its line that its
             * test of a headline takes in ("【推荐阅读】" / "专题:" / headlines… / "新浪美股讯" / lead) */
            int after = gx_structure_boiler_list_after(&ps, i);
            if (after > i) {
                int j = i + 1;
                while (j < after && !(parse_dateline(a, ps.v[j].t.cp, ps.v[j].t.n, &bl) && bl.outlet))
                    j++;
                i = j - 1;
                continue;
            }
            /* the headline said again with the lead run into it: "正海磁材:…高管未减持 每经AI快讯,…" */
            bool titled = ps.v[i].kind == GX_PARA_TEXT && titled_dateline(a, &ps.v[i].t, &title, &bl);
            if (!titled && (ps.v[i].kind != GX_PARA_TEXT || portal_preamble(&ps.v[i].t, &title) ||
                            gx_outlet_banner(&ps.v[i].t)))
                continue;
            /* a headline run into the lead before its dateline: "科华控股上半年净利4817万 挖贝网8月
             * 22日,…", "…主业持续亏损待解 新浪财经讯 近日,…" */
            bool dated = titled || parse_dateline(a, ps.v[i].t.cp, ps.v[i].t.n, &bl);
            gx_byline hb; /* a credit read from the headline on names no outlet */
            if ((!dated || !bl.outlet) && headline_dateline(a, ps.v[i].t.cp, ps.v[i].t.n, &hb)) {
                bl = hb;
                dated = true;
            }
            if (dated) {
                if (had_authors)
                    bl.nauthors = 0;
                if (bl.outlet && is_domain(art->outlet)) /* "来源:wabei.cn" over "挖贝网 9月8日," */
                    art->outlet = NULL;
                dispatch_only = !art->outlet && bl.outlet && bl.nauthors == 0 && art->authors.n == 0;
                take_byline(art, &bl);
                break;
            }
            /* a picture's caption or a blurb of a few words may come before the lead
             * ("央视《经济半小时》视频截图"), and so may a portal's banner that ends no sentence
             * ("美股行情中心:独家提供全美股行业板块、盘前盘后、ETF、权证实时行情"); a paragraph of
             * text is the lead; a site's menu lines ("热点栏目", "客户端") are not counted */
            const gx_cps *pt = &ps.v[i].t;
            if (pt->n >= 30 && (ends_like_sentence(pt) || pt->n > 60)) {
                /* the lead said first as the page's summary, then under its dispatch in brackets:
                 * "据悉,…首家过会企业" over "【亿邦动力讯】据悉,…" */
                if (!art->outlet && i + 1 < ps.n && ps.v[i + 1].kind == GX_PARA_TEXT &&
                    ps.v[i + 1].t.n > 8 && ps.v[i + 1].t.cp[0] == 0x3010 /* 【 */ &&
                    parse_dateline(a, ps.v[i + 1].t.cp, ps.v[i + 1].t.n, &bl) && bl.outlet) {
                    bl.nauthors = had_authors ? 0 : bl.nauthors;
                    take_byline(art, &bl);
                }
                break;
            }
            /* a data service's brand alone on its line over the lead ("Wind资讯" / "冰火两重天。" / "Wind梳理…") */
            if (!art->outlet && brand_line(pt)) {
                art->outlet = gx_utf8_of_cps(a, pt->cp, pt->n);
                continue;
            }
            if (pt->n > 6 && ++captions > 2)
                break;
        }
    }
    /* Still none: a credit in brackets closing the text, the outlet whose reporter interviewed;
     * no author: a name in brackets closing the text (resolution decides whether it is one). */
    if (!art->outlet)
        art->outlet = gx_outlet_closing_bracket(a, &ps);
    if (art->authors.n == 0)
        art->closing_name = gx_closing_bracket_name(a, &ps);
    if (!art->outlet)
        art->outlet = gx_outlet_self_lead(a, &ps);
    bool page_site = false; /* the outlet is the site of the page's title */
    if (!art->outlet)
        page_site = (art->outlet = gx_outlet_page_title(a, &ps)) != NULL;
    if (!art->outlet)
        page_site = (art->outlet = gx_outlet_breadcrumb(a, &ps)) != NULL;
    /* a reporter credited in the run-on text (people30): his paper is the outlet when nothing else
     * credits one, also over the page's site, which then stays a credit (art->page_site: the portal
     * that carried the paper's story, "…_凤凰网财经】…长江商报记者魏度…" -> 长江商报; 凤凰网 is no
     * company there, gov26) */
    if (art->authors.n == 0 && !art->closing_name && (!art->outlet || page_site)) {
        gx_byline gb;
        if (gx_glued_reporter(a, &ps, &gb)) {
            if (gb.outlet && page_site) {
                art->page_site = art->outlet;
                art->outlet = gb.outlet;
            } else if (gb.outlet && !art->outlet)
                art->outlet = gb.outlet;
            for (int k = 0; k < gb.nauthors; k++)
                add_author(art, &gb.authors[k]);
        }
    }
    /* A crawled page's run-on text (after its title's site, the page's own: …_华声晨报网 over 来源:中国金融商报网): a source
     * field, a dispatch glued after the headline, a site's name among the page's fields (sect26). */
    if (!art->outlet) {
        gx_byline gb;
        if (gx_glued_source(a, &ps, &gb)) {
            if (gb.outlet && !is_non_outlet_source(gb.outlet))
                art->outlet = gb.outlet;
            if (art->authors.n == 0)
                for (int k = 0; k < gb.nauthors; k++)
                    add_author(art, &gb.authors[k]);
        }
    }
    if (!art->outlet) {
        gx_byline gb;
        if (gx_glued_dispatch(a, &ps, &gb)) {
            if (art->authors.n > 0)
                gb.nauthors = 0;
            take_byline(art, &gb);
        }
    }
    if (!art->outlet) {
        gx_byline gb;
        if (gx_glued_bracket_dispatch(a, &ps, &gb)) {
            if (art->authors.n > 0)
                gb.nauthors = 0;
            take_byline(art, &gb);
        }
    }
    if (!art->outlet) { /* "文章出自Investopedia.com作者:…" (struct27) */
        gx_byline gb;
        if (gx_glued_origin(a, &ps, &gb)) {
            if (art->authors.n > 0)
                gb.nauthors = 0;
            take_byline(art, &gb);
        }
    }
    if (!art->outlet)
        art->outlet = gx_glued_site(a, &ps);
    if (!art->outlet)
        art->outlet = gx_glued_poster(a, &ps);
    if (!art->outlet)
        art->outlet = gx_glued_learned(a, &ps);
    if (!art->outlet) /* a WeChat account, a column or a platform naming itself in the page's header (sect28) */
        art->outlet = gx_account_outlet(a, &ps);
    if (!art->outlet)
        art->outlet = gx_outlet_interviewer(a, &ps);
    if (!art->outlet)
        art->outlet = gx_outlet_interview_speaker(a, &ps);
    const char *portal = NULL; /* the portal carrying the page, named by its app or forum */
    if (!art->outlet)
        art->outlet = portal = gx_outlet_app_promo(a, &ps);
    if (!art->outlet)
        art->outlet = portal = gx_outlet_forum(a, &ps);
    if (has_title && (!art->outlet || portal)) {
        const char *tp = gx_outlet_title_prefix(a, &title, &ps, portal);
        if (tp)
            art->outlet = tp;
    }
    /* no credit at all, or only a portal's dispatch without a reporter ("季峥:今日市场评论" over
     * "新浪外汇讯,"): a commentator's column may carry his name in its title */
    if (art->authors.n == 0 && !art->closing_name && (!art->outlet || dispatch_only) && has_title)
        art->closing_name = title_writer(a, &title, &ps);
    if (art->authors.n == 0 && !art->closing_name && has_title)
        art->closing_name = described_writer(a, &title, &ps);
    /* no author yet: a line of bare names under the title ("陈佳岚 李静") */
    if (art->authors.n == 0 && !art->closing_name)
        bio_byline(a, &ps, has_title ? &title : NULL, art);
    if (art->authors.n == 0 && !art->closing_name)
        bare_byline(a, &ps, has_title ? &title : NULL, art);
    art->outlet = gx_outlet_canonical(a, outlet_full_name(art->outlet));

    /* a source line naming the writer ("来源:皮海洲" over "文/… 皮海洲") names no outlet */
    for (int k = 0; k < art->authors.n && art->outlet; k++)
        if (!strcmp(art->outlet, art->authors.v[k].name))
            art->outlet = NULL;

    /* the headline said again in the text (a portal's page repeats it under the byline) is no
     * section's heading */
    for (int i = 0; i < ps.n && has_title; i++)
        if (ps.v[i].kind == GX_PARA_TEXT && cps_equal(&ps.v[i].t, &title))
            ps.v[i].kind = GX_PARA_TITLE;
        else if (i + 1 < ps.n && ps.v[i].kind == GX_PARA_TEXT && ps.v[i + 1].kind == GX_PARA_TEXT &&
                 title_in_two(&title, &ps.v[i].t, &ps.v[i + 1].t))
            ps.v[i].kind = ps.v[i + 1].kind = GX_PARA_TITLE;
    gx_structure_plain_headings(a, &ps, has_title ? &title : NULL);
    gx_normalize_repair(a, &ps, 0, ps.n);

    if (ps.n == 0)
        return -1; /* a title without a body is not an article */

    /* Assemble the text. */
    gx_cps all = {0};
    int32_t total = title.n + 2;
    for (int i = 0; i < ps.n; i++)
        total += ps.v[i].t.n + 2;
    all.cp = gx_arena_alloc_raw(a, sizeof *all.cp * (size_t)total); /* [0, n) written below */
    all.src = gx_arena_alloc_raw(a, sizeof *all.src * (size_t)total);
    all.cap = total;
    gx_span *spans = gx_arena_alloc(a, sizeof *spans * (size_t)(ps.n + 1));
    if (has_title) {
        gx_cps_append(a, &all, &title);
        art->title_span.start = 0;
        art->title_span.end = title.n;
    }
    for (int i = 0; i < ps.n; i++) {
        if (all.n) {
            gx_cps_push(a, &all, '\n', -1);
            gx_cps_push(a, &all, '\n', -1);
        }
        spans[i].start = all.n;
        gx_cps_append(a, &all, &ps.v[i].t);
        spans[i].end = all.n;
    }
    gx_article_set_cps(art, all.cp, all.n);
    if (has_title)
        art->title = gx_article_span_text(art, art->title_span);

    /* Paragraphs: the title line first, then every block. */
    if (has_title)
        *GX_VEC_PUSH(a, art->paragraphs) = art->title_span;
    for (int i = 0; i < ps.n; i++)
        *GX_VEC_PUSH(a, art->paragraphs) = spans[i];

    /* Sections: "## " headings; when there are none, "### " headings. */
    gx_para_kind sk = GX_PARA_H2;
    bool any = false;
    for (int i = 0; i < ps.n; i++)
        any = any || ps.v[i].kind == GX_PARA_H2;
    if (!any)
        sk = GX_PARA_H3;
    for (int i = 0; i < ps.n; i++) {
        if (ps.v[i].kind != sk)
            continue;
        int j = i + 1;
        while (j < ps.n && ps.v[j].kind != sk && !(sk == GX_PARA_H3 && ps.v[j].kind == GX_PARA_H2))
            j++;
        gx_section *sec = GX_VEC_PUSH(a, art->sections);
        sec->span.start = spans[i].start;
        sec->span.end = spans[j - 1].end;
        gx_span hs = spans[i]; /* a heading introducing what follows drops its colon ("(一)混合型基金:") */
        if (hs.end - hs.start > 1 && (art->cp[hs.end - 1] == ':' || art->cp[hs.end - 1] == 0xFF1A))
            hs.end--;
        /* a portal's link glued after the heading: "二、美股影响点击查看行情" */
        for (int32_t k = hs.start + 2; k + 4 <= hs.end; k++)
            if (art->cp[k] == 0x70B9 /* 点 */ && gx_structure_word_at(art->cp, hs.end, k, "点击查看")) {
                hs.end = k;
                break;
            }
        /* a bullet of its own marks the heading, no part of it: the section starts at its words
         * ("● 估值仍然合理") */
        if (hs.end - hs.start > 2 && gx_cp_in(art->cp[hs.start], U"●•■◆▲★")) {
            hs.start++;
            while (hs.start < hs.end && art->cp[hs.start] == ' ')
                hs.start++;
            sec->span.start = hs.start;
        }
        sec->heading = gx_article_span_text(art, hs);
    }

    gx_structure_boiler(art);
    gx_structure_sentences(art);
    art->language =
        o->language ? gx_arena_strdup(a, o->language) : gx_structure_language(art->cp, art->ncp);
    return 0;
}
