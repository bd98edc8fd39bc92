/* gx_structure_boiler.c — a portal's own lines inside an article: see gx_structure_boiler.h.
 *
 * Measured on the 910 corpus documents (DuEE-Fin dev + 2018 news): 16 app promotions, 30 Sina
 * disclaimers, 5 headline lists. Promotions closed by a call to action (【点击看详情】, 【投票】) stay
 * content: every annotated set counts their people and most of their amounts (docs/engine.md). */
#include "gx_structure_boiler.h"

#include <string.h>

#include "gx_normalize.h"
#include "gx_structure_outlets.h"
#include "gx_utf8.h"

static bool is_space(uint32_t c) { return c == ' ' || c == 0x3000; }

static int32_t word_at(const uint32_t *t, int32_t n, int32_t i, const char *w)
{
    return gx_structure_word_at(t, n, i, w);
}

/* Whether t[s..e) holds the word w. */
static bool holds(const uint32_t *t, int32_t s, int32_t e, const char *w)
{
    int l;
    const uint32_t c0 = gx_utf8_decode((const unsigned char *)w, &l);
    for (int32_t i = s; i < e; i++)
        if (t[i] == c0 && word_at(t, e, i, w))
            return true;
    return false;
}

static void push(gx_article *art, int32_t s, int32_t e)
{
    if (e <= s)
        return;
    gx_span *sp = GX_VEC_PUSH(art->arena, art->boiler);
    sp->start = s;
    sp->end = e;
}

/* The start of the run that ends at e in the paragraph [ps, e): after its last space; the walk
 * stops max code points back (a run that long is no banner; the caller sees it is too long). */
static int32_t run_start(const uint32_t *t, int32_t ps, int32_t e, int32_t max)
{
    const int32_t lo = e - max - 1 > ps ? e - max - 1 : ps; /* (both bounds in one) */
    return gx_cps_rfind_either(t, lo, e, ' ', 0x3000); /* (is_space, eight at a time) */
}

/* Whether an app's name ends at e (t[s..e)): "APP" (any case) or "客户端". */
static bool app_at(const uint32_t *t, int32_t s, int32_t e)
{
    if (e - s < 3)
        return false;
    /* (客 first: app_promo asks at every end of the run, and the word test decodes its word) */
    return ((t[e - 3] | 0x20) == 'a' && (t[e - 2] | 0x20) == 'p' && (t[e - 1] | 0x20) == 'p') ||
           (t[e - 3] == 0x5BA2 /* 客 */ && word_at(t, e, e - 3, "客户端"));
}

/* The cue before the app's name ending at e: the name (2 to 10 Han or Latin) right after 尽在 or
 * 就看, anywhere in the run ("炒股就看金麒麟分析师APP,权威,专业…"); after 安装 or 下载 only when the
 * name closes the run. */
static bool app_cue(const uint32_t *t, int32_t s, int32_t e, bool closes)
{
    for (int32_t b = e - 5; b >= s + 2 && e - 3 - b <= 10; b--) { /* the name: t[b..e-3) */
        if (!(gx_cp_is_han(t[b]) || gx_cp_is_latin(t[b])))
            return false;
        if (word_at(t, e, b - 2, "尽在") || word_at(t, e, b - 2, "就看"))
            return true;
        if (closes && (word_at(t, e, b - 2, "安装") || word_at(t, e, b - 2, "下载")))
            return true;
    }
    return false;
}

/* An app or account promotion as the paragraph's last run of at most 100 code points: a QR code
 * to scan ("…更多粉丝福利扫描二维码关注(sinafinance)", "↑扫描二维码"), or an app named after
 * 尽在/就看 ("海量资讯、精准解读,尽在新浪财经APP", "炒股就看金麒麟分析师APP,权威,专业,及时…") or
 * closing the run after 安装/下载 — not a wire's own name ("智通财经APP讯", "据格隆汇APP数据"). The
 * run's start, or -1. */
static int32_t app_promo(const uint32_t *t, int32_t ps, int32_t pe)
{
    int32_t e = pe;
    while (e > ps && (is_space(t[e - 1]) || t[e - 1] == '!' || t[e - 1] == 0x3002))
        e--;
    int32_t s = run_start(t, ps, e, 100);
    if (e - s < 4 || e - s > 100)
        return -1;
    if (holds(t, s, e, "二维码"))
        return s;
    for (int32_t k = s + 3; k <= e; k++)
        if (app_at(t, s, k) && app_cue(t, s, k, k == e))
            return s;
    return -1;
}

/* A portal's disclaimer opening its paragraph: "免责声明", or "X声明:" (X of at most four
 * characters) that disclaims ("…登载此文…", "仅供参考", "不构成投资建议", "风险自担"). */
static bool disclaimer(const uint32_t *t, int32_t ps, int32_t pe)
{
    /* (免 and 声 first: the word test decodes its word, and this runs on every paragraph) */
    if (ps < pe && t[ps] == 0x514D /* 免 */ && word_at(t, pe, ps, "免责声明"))
        return true;
    int32_t c = -1;
    for (int32_t i = ps; i < pe && i <= ps + 4; i++)
        if (t[i] == 0x58F0 /* 声 */ && (word_at(t, pe, i, "声明:") || word_at(t, pe, i, "声明\xEF\xBC\x9A"))) {
            c = i;
            break;
        }
    if (c < 0)
        return false;
    static const char *const SAYS[] = {"登载此文", "仅供参考", "不构成投资建议", "风险自担"};
    for (size_t k = 0; k < sizeof SAYS / sizeof *SAYS; k++)
        if (holds(t, c, pe, SAYS[k]))
            return true;
    return false;
}

/* The heading of a list of other stories' headlines, alone on its line ("热门推荐", "相关新闻",
 * "【推荐阅读】", "相关阅读:"). */
static bool list_heading(const uint32_t *t, int32_t ps, int32_t pe)
{
    static const char *const HEADS[] = {"热门推荐", "相关新闻", "推荐阅读", "相关阅读",
                                        "猜你喜欢", "相关报道", "热点推荐", "相关文章"};
    if (pe > ps && (t[pe - 1] == ':' || t[pe - 1] == 0x3011))
        pe--;
    if (pe > ps && t[ps] == 0x3010)
        ps++;
    if (pe - ps != 4)
        return false;
    for (size_t k = 0; k < sizeof HEADS / sizeof *HEADS; k++)
        if (word_at(t, pe, ps, HEADS[k]))
            return true;
    return false;
}

/* A headline of such a list: at most 40 code points, no full stop at its end, and no credit or
 * caption of the article's own, which the list stands before ("来源:天风证券", "资料图:白宫发言人
 * Sarah Sanders", "责任编辑:X"). */
static bool headline_line(const uint32_t *t, int32_t ps, int32_t pe)
{
    static const char *const OWN[] = {"来源", "资料图", "图片", "图:", "作者", "记者", "文/",
                                      "本报", "编辑", "责任编辑", "责编", "原标题"};
    if (pe - ps > 40 || pe <= ps || t[pe - 1] == 0x3002)
        return false;
    for (size_t k = 0; k < sizeof OWN / sizeof *OWN; k++)
        if (word_at(t, pe, ps, OWN[k]))
            return false;
    return true;
}

int gx_structure_boiler_list_after(const gx_para_vec *ps, int i)
{
    const gx_cps *h = &ps->v[i].t;
    if (!list_heading(h->cp, 0, h->n))
        return i;
    int j = i + 1;
    while (j < ps->n && headline_line(ps->v[j].t.cp, 0, ps->v[j].t.n))
        j++;
    return j;
}

void gx_structure_boiler(gx_article *art)
{
    const uint32_t *t = art->cp;
    for (int i = 0; i < art->paragraphs.n; i++) {
        int32_t ps = art->paragraphs.v[i].start, pe = art->paragraphs.v[i].end;
        if (list_heading(t, ps, pe)) {
            int j = i + 1;
            while (j < art->paragraphs.n &&
                   headline_line(t, art->paragraphs.v[j].start, art->paragraphs.v[j].end))
                j++;
            push(art, ps, art->paragraphs.v[j - 1].end);
            i = j - 1;
            continue;
        }
        if (disclaimer(t, ps, pe)) {
            push(art, ps, pe);
            continue;
        }
        int32_t s = app_promo(t, ps, pe);
        if (s >= 0)
            push(art, s, pe);
    }
}

uint32_t *gx_structure_boiler_mask(gx_article *art)
{
    if (art->boiler.n == 0)
        return NULL;
    uint32_t *saved = gx_arena_alloc_raw(art->arena, sizeof *saved * (size_t)art->ncp);
    memcpy(saved, art->cp, sizeof *saved * (size_t)art->ncp);
    for (int k = 0; k < art->boiler.n; k++)
        for (int32_t i = art->boiler.v[k].start; i < art->boiler.v[k].end; i++)
            art->cp[i] = ' ';
    return saved;
}

void gx_structure_boiler_restore(gx_article *art, const uint32_t *saved)
{
    if (saved)
        memcpy(art->cp, saved, sizeof *saved * (size_t)art->ncp);
}
