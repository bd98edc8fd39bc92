/* gx_structure_account.c — an account or a site naming itself in a crawled page's header (see
 * gx_structure_account.h). Reads paragraphs gx_normalize produced (full-width colons are ASCII by then).
 * Each word test stands behind a test of its first code point (most positions fail there; speed29). */
#include "gx_structure_account.h"

#include <string.h>

#include "gx_structure_outlets.h"
#include "gx_utf8.h"

enum { REACH = 160 }; /* how far into a paragraph the page's header stands */

static bool name_cp(uint32_t c)
{
    return gx_cp_is_han(c) || gx_cp_is_latin(c) || gx_cp_is_digit(c);
}

/* Whether t[0..n) holds the name t[s..e) after 向 and before the word w ("向黑猫投诉平台反映") after from: the page
 * addresses the platform, not a company that runs one ("乐金所:…网贷平台乐金所…乐金所平台"). */
static bool named_before(const uint32_t *t, int32_t n, int32_t from, int32_t s, int32_t e, const char *w)
{
    int32_t l = e - s;
    for (int32_t i = from; i + l < n; i++) {
        int32_t k = 0;
        while (k < l && t[i + k] == t[s + k])
            k++;
        if (k == l && gx_structure_word_at(t, n, i + l, w) && i > 0 && t[i - 1] == 0x5411 /* 向 */)
            return true;
    }
    return false;
}

/* "点击上方蓝字X关注我们", "点击上面的蓝字美狮M.S跟单托管关注我们": the account X (2 to 16 code points of
 * a name, dots inside, perhaps quoted) between 蓝字 and 关注; the account's name under the headline
 * pointed at the same way ("点击标题下方X,关注我们", people29: the comma allowed before 关注). */
static const char *wechat_account(gx_arena *a, const uint32_t *t, int32_t n)
{
    static const char *const UNDER[] = {"标题下方", "标题下面"};
    for (int32_t i = 0; i + 6 < n && i < REACH; i++) {
        int32_t w = 0;
        if (t[i] == 0x84DD /* 蓝 */)
            w = gx_structure_word_at(t, n, i, "蓝字");
        else if (t[i] == 0x6807 /* 标 */)
            w = gx_structure_word_in(t, n, i, UNDER, sizeof UNDER / sizeof *UNDER);
        if (!w)
            continue;
        int32_t s = i + w;
        if (t[i] == 0x6807 && s < n && gx_cp_in(t[s], U"蓝的")) /* (标题下方蓝字X: read at 蓝字) */
            continue;
        while (s < n && gx_cp_in(t[s], U"\"“「 "))
            s++;
        int32_t e = s;
        while (e < n && e - s <= 16 && !gx_structure_word_at(t, n, e, "关注") &&
               (name_cp(t[e]) || (t[e] == '.' && e > s)))
            e++;
        int32_t q = e; /* a closing quote, a comma */
        while (q < n && (gx_cp_in(t[q], U"\"”」 ") || (t[q] == ',' && q == e)))
            q++;
        if (q >= n || !gx_structure_word_at(t, n, q, "关注"))
            continue;
        if (e - s >= 2 && e - s <= 16)
            return gx_utf8_of_cps(a, t + s, e - s);
    }
    return NULL;
}

/* A column closing the headline: "…资金池-互金商业评论的专栏一个成立5年…" (the name between a dash and 的专栏),
 * "高收益诱惑背后的风险|如意股市本文由…" (a bar after a headline of six code points or more, the name
 * before 本文). */
static const char *column_mark(gx_arena *a, const uint32_t *t, int32_t n)
{
    for (int32_t i = 6; i + 4 < n && i < REACH; i++) {
        if (t[i] != '-' && t[i] != '|' && t[i] != 0x2014)
            continue;
        int32_t s = i + 1, e = s;
        while (e < n && e - s <= 10 && gx_cp_is_han(t[e]) &&
               !(t[e] == 0x7684 /* 的 */ && gx_structure_word_at(t, n, e, "的专栏")) &&
               !(t[e] == 0x672C /* 本 */ && gx_structure_word_at(t, n, e, "本文")))
            e++;
        if (e - s < 2 || e - s > 10 || e >= n)
            continue;
        if (gx_structure_word_at(t, n, e, "的专栏") || (t[i] == '|' && gx_structure_word_at(t, n, e, "本文由")))
            return gx_utf8_of_cps(a, t + s, e - s);
    }
    return NULL;
}

/* A platform's name opening the headline before a colon, 3 to 6 Han, which the page names again as
 * "向X平台" ("黑猫投诉:…消费者…在向黑猫投诉平台反映:…"). */
static const char *platform_prefix(gx_arena *a, const uint32_t *t, int32_t n)
{
    int32_t e = 0;
    while (e < n && e < 7 && gx_cp_is_han(t[e]))
        e++;
    if (e < 3 || e > 6 || e >= n || t[e] != ':')
        return NULL;
    return named_before(t, n, e + 1, 0, e, "平台") ? gx_utf8_of_cps(a, t, e) : NULL;
}

/* A self-media account's header after the headline said twice: its name said twice, the second time opening its
 * description ("…便宜的?好买商学院好买商学院专注出品原创内容…关注好买商学院吧"), 3 to 8 Han, which the page asks the
 * reader to follow (关注X). */
static const char *account_header(gx_arena *a, const uint32_t *t, int32_t n)
{
    int32_t h = 6;
    while (h <= 120 && 2 * h <= n && (t[0] != t[h] || memcmp(t, t + h, (size_t)h * sizeof *t)))
        h++;
    if (h > 120 || 2 * h > n)
        return NULL;
    int32_t s = 2 * h;
    for (int32_t l = 3; l <= 8 && s + 2 * l <= n; l++) {
        bool han = true;
        for (int32_t k = s; k < s + l && han; k++)
            han = gx_cp_is_han(t[k]);
        if (!han)
            return NULL;
        if (!memcmp(t + s, t + s + l, (size_t)l * sizeof *t))
            for (int32_t i = s + 2 * l; i + 2 + l <= n; i++)
                if (t[i] == 0x5173 /* 关 */ && gx_structure_word_at(t, n, i, "关注") && !memcmp(t + i + 2, t + s, (size_t)l * sizeof *t))
                    return gx_utf8_of_cps(a, t + s, l);
    }
    return NULL;
}

const char *gx_account_outlet(gx_arena *a, const gx_para_vec *ps)
{
    for (int p = 0, texts = 0; p < ps->n && texts < 3; p++) {
        if (ps->v[p].kind != GX_PARA_TEXT)
            continue;
        texts++;
        const uint32_t *t = ps->v[p].t.cp;
        int32_t n = ps->v[p].t.n;
        const char *o = wechat_account(a, t, n);
        if (!o)
            o = column_mark(a, t, n);
        if (!o && texts <= 2)
            o = platform_prefix(a, t, n);
        if (!o && texts <= 2)
            o = account_header(a, t, n);
        if (o)
            return o;
    }
    return NULL;
}
