/* gx_people_founders.c — founders named by the verb 创始 rather than a title word before the name
 * (小鹏汽车成立于2015年，由何小鹏、夏珩、何涛等人联合创始，). The names before the verb, after 由 or
 * opening the clause, joined by 、 和 与 及, maybe closed by 等/等人 and a date (于2015年), each hold
 * the verb with its modifier as a title: `联合创始` (the text's span; 人 is absent, and the
 * co-founder is what a reader takes from it). 创办/创立/创建 name the founders too, but their span
 * reads as no title, so they give none. The organization is the firm that opens the sentence
 * (小鹏汽车成立于…), when one does. Part of gx_people (gx_people_impl.h). */
#include <uchar.h>

#include "gx_people_impl.h"

#define MAX_FOUNDERS 8

/* A date between the names and the verb: 于 and digits or 年月日初底 (于2015年, 于1999年初), up to 12
 * characters; the start of it, or pos when there is none. */
static int32_t date_before(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t k = pos;
    while (k > 0 && pos - k < 12) {
        uint32_t c = cp[k - 1];
        if ((c >= '0' && c <= '9') || c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */ || c == 0x65E5 /* 日 */ ||
            c == 0x521D /* 初 */ || c == 0x5E95 /* 底 */)
            k--;
        else
            break;
    }
    if (k < pos && k > 0 && cp[k - 1] == 0x4E8E /* 于 */)
        return k - 1;
    return pos;
}

/* A sure person ending at e: a rule's, the tagger's at 0.5 or more; its start, or -1. */
static int person_at(const gx_hit_index *ix, gx_article *art, int32_t e, int32_t *start)
{
    int p = gx_pp_person_ending_at(art, e);
    if (p >= 0) {
        const gx_candidate *c = &art->candidates.v[p];
        if ((c->source != GX_SRC_TAGGER || c->score >= 0.5f) && c->span.end - c->span.start >= 2) {
            *start = c->span.start;
            return p;
        }
    }
    /* a surname name of two or three characters the name reader reads (夏珩) */
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s = e - len;
        if (s >= 0 && gx_pp_chinese_name(ix, art, s) == e && gx_pp_list_member_name(ix, art, s, e)) {
            *start = s;
            return gx_pp_rule_person(art, (gx_span){s, e}, 0.7f);
        }
    }
    return -1;
}

/* The company opening the sentence that holds pos (小鹏汽车成立于…，由…): its candidate, or -1. */
static int sentence_firm(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    int32_t s = pos;
    while (s > 0 && pos - s < 80 && cp[s - 1] != 0x3002 && cp[s - 1] != '\n' && cp[s - 1] != 0xFF01 &&
           cp[s - 1] != 0xFF1F && cp[s - 1] != '!' && cp[s - 1] != '?')
        s--;
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_COMPANY && c->span.start == s &&
            (best < 0 || c->span.end > art->candidates.v[best].span.end))
            best = i;
    }
    return best;
}

void gx_pp_founders(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const VERBS[] = {U"创始", NULL};
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, VERBS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t v = at[a];
        /* 创始人, 创始合伙人 are title words the driver reads; the verb stands alone before a
         * clause's end or 了/的/成立 */
        if (v + 2 < art->ncp && (gx_hit_len_starting(ix, v, GX_LEX_POSITION) > 0 ||
                                 (gx_is_cjk(cp[v + 2]) && cp[v + 2] != 0x4E86 /* 了 */ &&
                                  cp[v + 2] != 0x7684 /* 的 */ && cp[v + 2] != 0x6210 /* 成 */)))
            continue;
        int32_t ts = v;
        if (v >= 2 && ((cp[v - 2] == 0x8054 && cp[v - 1] == 0x5408) /* 联合 */ ||
                       (cp[v - 2] == 0x5171 && cp[v - 1] == 0x540C) /* 共同 */))
            ts = v - 2;
        int32_t e = date_before(art, ts);
        if (e >= 2 && cp[e - 2] == 0x7B49 && cp[e - 1] == 0x4EBA) /* 等人 */
            e -= 2;
        else if (e >= 1 && cp[e - 1] == 0x7B49) /* 等 */
            e -= 1;
        int people[MAX_FOUNDERS];
        int n = 0;
        int32_t s = e;
        while (n < MAX_FOUNDERS) {
            int32_t ps;
            int p = person_at(ix, art, s, &ps);
            if (p < 0)
                break;
            people[n++] = p;
            s = ps;
            if (s >= 2 && (cp[s - 1] == 0x3001 || cp[s - 1] == 0x548C || cp[s - 1] == 0x4E0E || cp[s - 1] == 0x53CA))
                s--; /* 、 和 与 及 */
            else
                break;
        }
        /* the list follows 由 or opens a clause */
        if (n == 0 || !(s == 0 || cp[s - 1] == 0x7531 /* 由 */ || cp[s - 1] == 0xFF0C || cp[s - 1] == ',' ||
                        cp[s - 1] == 0x3002 || cp[s - 1] == '\n'))
            continue;
        int org = sentence_firm(art, s);
        for (int k = n - 1; k >= 0; k--)
            gx_pp_add_position(art, (gx_span){ts, v + 2}, people[k], org);
    }
}
