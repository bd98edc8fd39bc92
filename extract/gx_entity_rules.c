/* gx_entity_rules.c — rules that propose entity candidates (stage 6 of DESIGN.md):
 *   - explicit tickers: 卓朗科技(600225), （600225.SH）, (NASDAQ: NVDA), (00700.HK), 腾讯(00700), NVDA.O
 *   - aliases declared in the text: X(简称“Y”), X(以下简称"Y"), X(下称“Y”)
 *   - names shown to be companies / organizations / government bodies by a suffix
 *     (砺算科技, IDG资本, 深度科技研究院, Acme Inc.) with a left boundary from stop words
 *   - lists: X、Y、Z等AI芯片设计独角兽 / 投资方包括A、B、C等 / 寒武纪等36家
 *   - people with titles (gx_people.c)
 * Every rule adds gx_candidate entries; gx_resolve() weighs them against the gazetteer and the
 * tagger. Nothing here decides on its own which candidate wins. */
#include <string.h>
#include <uchar.h>

#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_entity_util.h"


/* ------------------------------------------------------------------ small helpers */

/* The best existing candidate of an entity type (not position) with exactly this span end
 * and the earliest start (longest), or -1. */
static int cand_ending_at(const gx_article *art, int32_t end, int type_mask)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.end != end || c->type == GX_ENT_POSITION || !(type_mask & (1 << c->type)))
            continue;
        if (best < 0 || c->span.start < art->candidates.v[best].span.start ||
            (c->span.start == art->candidates.v[best].span.start && c->score > art->candidates.v[best].score))
            best = i;
    }
    return best;
}

static int cand_with_span(const gx_article *art, gx_span s, int type_mask)
{
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start == s.start && c->span.end == s.end && c->type != GX_ENT_POSITION &&
            (type_mask & (1 << c->type)))
            return i;
    }
    return -1;
}


static bool is_generic_body(const gx_hit_index *ix, const gx_article *art, gx_span s)
{
    return gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + s.start, s.end - s.start);
}

static bool has_digit_or_space(const gx_article *art, gx_span s)
{
    for (int32_t i = s.start; i < s.end; i++)
        if (gx_is_digit(art->cp[i]))
            return true;
    return false;
}

static int cjk_count(const gx_article *art, gx_span s)
{
    int n = 0;
    for (int32_t i = s.start; i < s.end; i++)
        n += gx_is_cjk(art->cp[i]);
    return n;
}

/* ------------------------------------------------------------------ suffix rule */

/* The end of a branch's name that follows pos, else pos: two to six Chinese characters and 分行,
 * 支行, 分公司, 支公司 or 营业部 (…股份有限公司|武林支行: the legal name before it is the parent's). */
static int32_t branch_after(const gx_article *art, int32_t pos)
{
    for (int32_t k = pos + 2; k <= pos + 6 && k + 2 <= art->ncp && gx_is_cjk(art->cp[k - 1]); k++) {
        uint32_t a = art->cp[k], b = k + 1 < art->ncp ? art->cp[k + 1] : 0, c = k + 2 < art->ncp ? art->cp[k + 2] : 0;
        if ((a == 0x5206 || a == 0x652F) && b == 0x884C) /* 分行 支行 */
            return k + 2;
        if (((a == 0x5206 || a == 0x652F) && b == 0x516C && c == 0x53F8) || /* 分公司 支公司 */
            (a == 0x8425 && b == 0x4E1A && c == 0x90E8))                      /* 营业部 */
            return k + 3;
    }
    return pos;
}

static bool is_admin_char(uint32_t c);


/* The tagger's candidates by the end of their span (then index): the rules add none and
 * change none, so one sorted array serves the whole stage. */
typedef struct end_idx {
    int32_t end;
    int idx;
} end_idx;

static int cmp_end_idx(const void *a, const void *b)
{
    const end_idx *x = a, *y = b;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x->idx - y->idx;
}

/* The first position in by_end[0..n) with end >= e. */
static int first_ending(const end_idx *by_end, int n, int32_t e)
{
    int a = 0, b = n;
    while (a < b) {
        int m = (a + b) / 2;
        if (by_end[m].end < e)
            a = m + 1;
        else
            b = m;
    }
    return a;
}

static void suffix_rule(const gx_hit_index *ix, gx_article *art)
{
    end_idx *tag = gx_arena_alloc(art->arena, sizeof(end_idx) * (size_t)(art->candidates.n + 1));
    int ntag = 0;
    for (int k = 0; k < art->candidates.n; k++)
        if (art->candidates.v[k].source == GX_SRC_TAGGER)
            tag[ntag++] = (end_idx){art->candidates.v[k].span.end, k};
    qsort(tag, (size_t)ntag, sizeof(end_idx), cmp_end_idx);
    for (int i = 0; i < ix->n; i++) {
        const gx_lex_hit *h = &ix->hits[i];
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, h->entry);
        gx_ent_type type;
        if (e->kind == GX_LEX_COMPANY_SUFFIX)
            type = GX_ENT_COMPANY;
        else if (e->kind == GX_LEX_ORG_SUFFIX)
            type = GX_ENT_ORGANIZATION;
        else if (e->kind == GX_LEX_GOV_SUFFIX)
            type = GX_ENT_GOVERNMENT;
        else
            continue;
        /* only the longest suffix ending here (有限公司 over 公司) */
        if (gx_hit_len_ending(ix, h->end, (gx_lex_kind)e->kind) > h->end - h->start)
            continue;
        bool latin_suffix = (e->flags & GX_LEXF_LATIN) != 0;
        int32_t body_end = h->start;
        /* "International,Inc." / "Acme Inc.": skip the separator before a Latin suffix */
        while (latin_suffix && body_end > 0 && (art->cp[body_end - 1] == ' ' || art->cp[body_end - 1] == ','))
            body_end--;
        int maxbody = type == GX_ENT_COMPANY ? (e->len >= 4 ? 16 : 6) : 10;
        /* a place in brackets before the legal form (清源科技(厦门)股份有限公司) is part of it */
        bool bracketed = false;
        int32_t look_end = body_end;
        if (e->len >= 4 && body_end >= 5 && (art->cp[body_end - 1] == ')' || art->cp[body_end - 1] == 0xFF09)) {
            for (int32_t q = body_end - 2; q >= body_end - 6 && q > 0; q--)
                if (art->cp[q] == '(' || art->cp[q] == 0xFF08) {
                    if (q + 1 < body_end - 1 &&
                        gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + q + 1, body_end - 1 - (q + 1))) {
                        bracketed = true;
                        look_end = q;
                    }
                    break;
                }
        }
        int32_t s = gx_name_left(ix, art, look_end, maxbody);
        /* a name after a descriptor noun (债权人|铜陵市国发创业投资有限公司) starts after it */
        if (!latin_suffix)
            s = gx_after_descriptor(art, (gx_span){s, look_end});
        /* a legal name a portal cut with an inline stock quote (国信证券(10.750,-0.11,-1.01%)股份有限公司)
         * reaches over the quote to the name before it: one name, the quote inside its span */
        bool over_quote = false;
        if (e->len >= 4 && !latin_suffix && gx_after_stock_quote(art, s)) {
            int32_t q = s - 2;
            while (q > 0 && art->cp[q] != '(')
                q--;
            int32_t left = gx_name_left(ix, art, q, 10);
            if (q - left >= 2) {
                s = left;
                over_quote = true;
            }
        }
        /* ... and then its left edge must be sure: punctuation or the text start before it (not
         * …永兴投资|管理(天津)有限公司, where a stop word inside the name cut it) */
        if (bracketed && (look_end - s < 2 || (s > 0 && (gx_is_cjk(art->cp[s - 1]) || gx_is_alnum(art->cp[s - 1])))))
            continue;
        /* a full legal name that starts at a region is not cut by a stop word right after the
         * region (在杭州联合|农村商业银行股份有限公司): the region and the word belong to it */
        if (e->len >= 4 && !latin_suffix && s > 4) {
            int stop = gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP);
            int reg = stop >= 2 ? gx_hit_len_ending(ix, s - stop, GX_LEX_REGION) : 0;
            int32_t rs = s - stop - reg;
            if (reg >= 2 && (rs == 0 || (!gx_is_cjk(art->cp[rs - 1]) && !gx_is_alnum(art->cp[rs - 1])) ||
                             gx_hit_len_ending(ix, rs, GX_LEX_LEFT_STOP) > 0))
                s = rs;
        }
        /* a full legal name starts at its region (华盛通所属|深圳市时代华盛网络科技有限公司) */
        if (e->len >= 4)
            for (int32_t k = s + 1; k + 2 < body_end; k++) {
                int r = gx_hit_len_starting(ix, k, GX_LEX_REGION);
                if (r > 0 && (art->cp[k + r] == 0x5E02 /* 市 */ || art->cp[k + r] == 0x7701 /* 省 */)) {
                    s = k;
                    break;
                }
            }
        /* a conjunction right after a company name or word inside the body (顺威股份及|律师事务所):
         * the name does not reach over it */
        for (int32_t q = body_end - 1; q > s; q--) {
            uint32_t c = art->cp[q];
            if ((c == 0x53CA /* 及 */ || c == 0x4E0E /* 与 */ || c == 0x548C /* 和 */) &&
                (gx_hit_len_ending(ix, q, GX_LEX_COMPANY_SUFFIX) >= 2 || gx_hit_len_ending(ix, q, GX_LEX_COMPANY) >= 2)) {
                s = q + 1;
                break;
            }
        }
        gx_span body = {s, body_end};
        int blen = body.end - body.start;
        if (blen < 2 || (latin_suffix && !gx_is_alnum(art->cp[body.start])))
            continue;
        if (!latin_suffix && !bracketed && !over_quote && !gx_is_cjk(art->cp[body.end - 1]) && !gx_is_alnum(art->cp[body.end - 1]))
            continue;
        if (is_generic_body(ix, art, body) || (!over_quote && has_digit_or_space(art, body)))
            continue;
        /* a Latin name glued to an ordinary word before the suffix (REN ZHAO操纵|证券): the
         * Chinese part is no name */
        if (!latin_suffix && gx_is_alnum(art->cp[body.start]) && gx_is_cjk(art->cp[body.end - 1])) {
            int32_t k = body.start;
            while (k < body.end && !gx_is_cjk(art->cp[k]))
                k++;
            if (is_generic_body(ix, art, (gx_span){k, body.end}))
                continue;
        }
        /* the particle 的 is no part of a name (南京石化的|办公场所) */
        bool particle = false;
        for (int32_t q = body.start; q < body.end && !particle; q++)
            particle = art->cp[q] == 0x7684 /* 的 */;
        if (particle && !latin_suffix)
            continue;
        /* a government body is a place's (上海市政府, 广东省人民政府): not 价格分别实行|政府 */
        if (type == GX_ENT_GOVERNMENT && !latin_suffix && gx_hit_len_starting(ix, body.start, GX_LEX_REGION) == 0 &&
            !is_admin_char(art->cp[body.end - 1]) && art->cp[body.end - 1] != 0x65D7 /* 旗 */ &&
            art->cp[body.end - 1] != 0x9547 /* 镇 */ && art->cp[body.end - 1] != 0x4E61 /* 乡 */)
            continue;
        /* the body must not itself end in another suffix word of the same kind (科技集团 ok) */
        int32_t right = h->end;
        if (type == GX_ENT_COMPANY && e->len <= 2 && right + 2 <= art->ncp &&
            ((art->cp[right] == 0x516C && art->cp[right + 1] == 0x53F8) ||
             (art->cp[right] == 0x96C6 && art->cp[right + 1] == 0x56E2)))
            right += 2;
        /* a branch after a full legal name (…股份有限公司武林支行) is named with it, as the
         * contracts and the DuEE/CLUENER annotations name it; the parent's name becomes an alias */
        int32_t branch_end = e->len >= 4 && !latin_suffix ? branch_after(art, right) : right;
        if (branch_end == right && !gx_name_right_ok(ix, art, right))
            continue;
        /* a body that is a region alone (上海银行 is fine as a bank; 北京大学 as a university) */
        gx_span name = {body.start, h->end};
        /* X科技公司, X资本集团: the company word after the suffix belongs to the name */
        if (type == GX_ENT_COMPANY && e->len <= 2 && name.end + 2 <= art->ncp &&
            ((art->cp[name.end] == 0x516C && art->cp[name.end + 1] == 0x53F8) ||
             (art->cp[name.end] == 0x96C6 && art->cp[name.end + 1] == 0x56E2)))
            name.end += 2;
        /* the tagger saw the same name with a later left edge (开始|安保资本): take its edge,
         * but not one character later when a stop word or title of two characters or more ends
         * right before ours and that character is no function word: our edge is sure there
         * (大股东|万裕文化产业有限公司, not 万|裕文化…; 参股公司|梦兰星河能源股份有限公司) */
        bool edge_sure = type == GX_ENT_COMPANY && name.start > 0 && gx_is_cjk(art->cp[name.start - 1]) &&
                         (gx_hit_len_ending(ix, name.start, GX_LEX_LEFT_STOP) >= 2 ||
                          gx_hit_len_ending(ix, name.start, GX_LEX_POSITION) >= 2) &&
                         !gx_lexicon_char_is(ix->lex, art->cp[name.start], GX_LEX_LEFT_STOP) &&
                         !gx_lexicon_char_is(ix->lex, art->cp[name.start], GX_LEX_NOT_GIVEN);
        for (int q = first_ending(tag, ntag, name.end); q < ntag && tag[q].end == name.end; q++) {
            const gx_candidate *t = &art->candidates.v[tag[q].idx];
            /* only a short word is dropped this way (开始, 只): a long prefix is more
             * likely part of a full legal name (深圳市时代|华盛网络科技有限公司) */
            if (t->source == GX_SRC_TAGGER && t->type == type && t->span.end == name.end &&
                t->span.start > name.start && t->span.start < body.end - 1 && t->span.start - name.start <= 2 &&
                !(edge_sure && t->span.start - name.start == 1 &&
                  gx_hit_len_starting(ix, t->span.start, GX_LEX_REGION) == 0) &&
                !gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + name.start, t->span.start - name.start))
                name.start = t->span.start;
        }
        /* the tagger saw the same name with an earlier left edge where ours is unsure, i.e.
         * glued to the text before it (杭州万涌经|济咨询有限公司): take its edge */
        /* a stop word that relates a company to the name (控股股东|亨通集团, 旗下|蚂蚁集团) is a
         * sure left edge */
        int stop_len = gx_hit_len_ending(ix, name.start, GX_LEX_LEFT_STOP);
        bool stop_before = stop_len >= 2 && gx_lexicon_is(ix->lex, GX_LEX_COMPANY_ATTR, art->cp + name.start - stop_len, stop_len);
        if (name.start > 0 && gx_is_cjk(art->cp[name.start - 1]) && gx_hit_len_starting(ix, name.start, GX_LEX_REGION) == 0 &&
            !stop_before)
            for (int q = first_ending(tag, ntag, name.end); q < ntag && tag[q].end == name.end; q++) {
                const gx_candidate *t = &art->candidates.v[tag[q].idx];
                if (t->source != GX_SRC_TAGGER || t->type != type || t->span.end != name.end ||
                    t->span.start >= name.start || name.start - t->span.start > 10)
                    continue;
                bool plain = gx_after_descriptor(art, (gx_span){t->span.start, name.start}) == t->span.start;
                for (int32_t q = t->span.start; q < name.start && plain; q++)
                    plain = gx_is_cjk(art->cp[q]) || gx_is_alnum(art->cp[q]);
                if (plain)
                    name.start = t->span.start;
                break;
            }
        if (name.end - name.start - (h->end - h->start) < 2)
            continue;
        /* a legal form after two characters glued to the text before them is a cut name
         * (东风特汽（十堰）专|用车有限公司) */
        /* (集团 opening the suffix word is a name word: 恒通|集团有限公司 is 恒通集团 + legal form) */
        int32_t group_word = art->cp[h->start] == 0x96C6 && art->cp[h->start + 1] == 0x56E2 ? 2 : 0;
        /* (a stop word before it is a sure edge: 控股股东|亨通集团有限公司) */
        if (e->len >= 4 && name.end - name.start - (h->end - h->start) + group_word <= 2 && name.start > 0 &&
            gx_is_cjk(art->cp[name.start - 1]) && !stop_before)
            continue;
        /* a name cut by an inline stock quote (浙江康恩贝(6.500,0.01,0.15%)|制药股份有限公司) or
         * a company noun before an appositive Latin name (有线|电视集团Com Hem) is no name */
        if (gx_after_stock_quote(art, name.start) ||
            (gx_hit_len_ending(ix, name.end, GX_LEX_LIST_NOUN) >= name.end - h->start + 2 && name.end + 1 < art->ncp &&
             gx_is_upper(art->cp[name.end]) && gx_is_alnum(art->cp[name.end + 1])))
            continue;
        /* a name that starts the text or follows punctuation has a sure left edge */
        bool sure_left = name.start == 0 || (!gx_is_cjk(art->cp[name.start - 1]) && !gx_is_alnum(art->cp[name.start - 1]));
        float score = sure_left ? 0.58f : 0.5f;
        if (e->len >= 4 || latin_suffix)
            score = 0.75f; /* 有限公司, 股份有限公司, Inc. */
        if (type != GX_ENT_COMPANY)
            score = 0.6f;
        if (cjk_count(art, body) > 4 && type == GX_ENT_COMPANY && e->len < 4)
            score -= 0.1f;
        if (branch_end > right)
            name.end = branch_end;
        gx_add_candidate(art, name, type, GX_SRC_RULE, score, NULL, score < 0.75f ? GX_LINK_SUFFIX_ONLY : -1);
    }
}

/* ------------------------------------------------------------------ trigger positions */

/* Most rules below start only at one kind of character ('S' of ST, '(', 等, 系, a middle dot,
 * an open quote, a capital or digit). One pass over the text lists the positions of each
 * kind; a rule's loop jumps from one to the next (trig_next) instead of reading every
 * character again, and checks the same condition there as before. */
enum { TR_S, TR_PAREN, TR_DENG, TR_XI, TR_DOT, TR_QUOTE, TR_LATIN, TR__N };

typedef struct trig_list {
    int32_t *v;
    int n, cap;
    int k; /* cursor of trig_next */
} trig_list;

typedef struct triggers {
    trig_list l[TR__N];
} triggers;

static inline void trig_push(gx_arena *a, trig_list *t, int32_t i)
{
    if (t->n == t->cap) {
        int ncap = t->cap ? t->cap * 2 : 64;
        int32_t *nv = gx_arena_alloc_raw(a, sizeof(int32_t) * (size_t)ncap);
        if (t->n)
            memcpy(nv, t->v, sizeof(int32_t) * (size_t)t->n);
        t->v = nv;
        t->cap = ncap;
    }
    t->v[t->n++] = i;
}

static void triggers_find(triggers *tr, const gx_article *art)
{
    memset(tr, 0, sizeof *tr);
    const uint32_t *cp = art->cp;
    gx_arena *a = art->arena;
    for (int32_t i = 0; i < art->ncp; i++) {
        uint32_t c = cp[i];
        if (c < 0x80) {
            if (c == 'S')
                trig_push(a, &tr->l[TR_S], i);
            else if (c == '(')
                trig_push(a, &tr->l[TR_PAREN], i);
            else if (c == '"')
                trig_push(a, &tr->l[TR_QUOTE], i);
            if (gx_is_upper(c) || gx_is_digit(c))
                trig_push(a, &tr->l[TR_LATIN], i);
        } else if (c == 0x7B49 /* 等 */) {
            trig_push(a, &tr->l[TR_DENG], i);
        } else if (c == 0x7CFB /* 系 */) {
            trig_push(a, &tr->l[TR_XI], i);
        } else if (c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027) {
            trig_push(a, &tr->l[TR_DOT], i);
        } else if (c == 0x201C || c == 0x300C || c == 0x2018 || c == 0x300E) {
            trig_push(a, &tr->l[TR_QUOTE], i);
        }
    }
}

/* The first listed position >= i, or none when there is no more. Calls on one list must
 * come with i never decreasing (each rule's loop only moves forward). */
static inline int32_t trig_next(trig_list *t, int32_t i, int32_t none)
{
    while (t->k < t->n && t->v[t->k] < i)
        t->k++;
    return t->k < t->n ? t->v[t->k] : none;
}

/* *ST华业, ST康美, S*ST: a stock under special treatment is a listed company. The mark and two to
 * four characters make the name; it links to the gazetteer when the characters after the mark
 * are a known name (ST盐湖股份 -> 盐湖股份). */
static void special_treatment_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_S], i, art->ncp)) + 3 < art->ncp; i++) {
        if (cp[i] != 'S' || (i > 0 && gx_is_alnum(cp[i - 1])))
            continue;
        int32_t k = i;
        if (k + 1 < art->ncp && cp[k + 1] == '*') /* S*ST */
            k += 2;
        if (k + 2 >= art->ncp || cp[k] != 'S' || cp[k + 1] != 'T' || !gx_is_cjk(cp[k + 2]))
            continue;
        int32_t start = i > 0 && cp[i - 1] == '*' ? i - 1 : i;
        int32_t b = k + 2, e = b;
        /* not a phrase about such stocks (ST公司, ST的, 成为*ST一族) */
        if (gx_hit_len_starting(ix, b, GX_LEX_LEFT_STOP) > 0 || gx_lexicon_char_is(ix->lex, cp[b], GX_LEX_NOT_GIVEN) ||
            cp[b] == 0x4E00 /* 一 */)
            continue;
        while (e < art->ncp && e - b < 4 && gx_is_cjk(cp[e]))
            e++;
        if (e - b < 2)
            continue;
        /* the longest known name after the mark, else two characters */
        int32_t lex = -1, end = b + 2;
        for (int32_t n = e - b; n >= 2 && lex < 0; n--) {
            lex = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, cp + b, n);
            if (lex < 0) {
                /* a stock delisted later keeps only its last name, X退 (ST华泽 -> 华泽退) */
                uint32_t delisted[5];
                memcpy(delisted, cp + b, sizeof(uint32_t) * (size_t)n);
                delisted[n] = 0x9000; /* 退 */
                lex = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, delisted, n + 1);
            }
            if (lex >= 0)
                end = b + n;
        }
        gx_span name = {start, end};
        if (cand_with_span(art, name, GX_ORGLIKE) >= 0)
            continue;
        int c = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.9f, NULL, -1);
        art->candidates.v[c].lex_id = lex;
        i = end - 1;
    }
}

/* ------------------------------------------------------------------ ticker rule */

static int parse_digits(const uint32_t *cp, int32_t i, int32_t end, char *out, int max)
{
    int n = 0;
    while (i + n < end && gx_is_digit(cp[i + n]) && n < max - 1) {
        out[n] = (char)cp[i + n];
        n++;
    }
    out[n] = '\0';
    return n;
}

static bool match_ascii(const uint32_t *cp, int32_t i, int32_t end, const char *w)
{
    for (int k = 0; w[k]; k++)
        if (i + k >= end || cp[i + k] != (uint32_t)(unsigned char)w[k])
            return false;
    return true;
}

static bool match_utf8_word(const gx_article *art, int32_t i, int32_t end, const uint32_t *w, int n)
{
    if (i + n > end)
        return false;
    for (int k = 0; k < n; k++)
        if (art->cp[i + k] != w[k])
            return false;
    return true;
}

static const char *a_share_exchange(const char *code)
{
    if (code[0] == '6')
        return "SSE";
    if (code[0] == '0' || code[0] == '3')
        return "SZSE";
    if (code[0] == '4' || code[0] == '8' || (code[0] == '9' && code[1] == '2'))
        return "BSE";
    return NULL;
}

/* Parse a ticker inside ( ... ) at [i, end). Fills t; returns true on success. */
static bool parse_ticker(const gx_article *art, int32_t i, int32_t end, gx_ticker *t)
{
    const uint32_t *cp = art->cp;
    char dig[16], sym[16];
    memset(t, 0, sizeof *t);
    while (i < end && cp[i] == ' ')
        i++;
    /* 股票代码: / 证券代码: prefixes */
    static const uint32_t gpdm[] = {0x80A1, 0x7968, 0x4EE3, 0x7801}; /* 股票代码 */
    static const uint32_t zqdm[] = {0x8BC1, 0x5238, 0x4EE3, 0x7801}; /* 证券代码 */
    static const uint32_t dm[] = {0x4EE3, 0x7801};                   /* 代码 */
    if (match_utf8_word(art, i, end, gpdm, 4) || match_utf8_word(art, i, end, zqdm, 4))
        i += 4;
    else if (match_utf8_word(art, i, end, dm, 2))
        i += 2;
    while (i < end && (cp[i] == ':' || cp[i] == ' '))
        i++;
    int nd = parse_digits(cp, i, end, dig, sizeof dig);
    if (nd > 0) {
        int32_t j = i + nd;
        if (nd == 6 && (j == end || cp[j] == '.')) {
            const char *ex = a_share_exchange(dig);
            if (j < end) {
                if (match_ascii(cp, j, end, ".SH") || match_ascii(cp, j, end, ".SS"))
                    ex = "SSE";
                else if (match_ascii(cp, j, end, ".SZ"))
                    ex = "SZSE";
                else if (match_ascii(cp, j, end, ".BJ"))
                    ex = "BSE";
                else
                    return false;
                j += 3;
                if (j != end)
                    return false;
            }
            if (!ex)
                return false;
            snprintf(t->code, sizeof t->code, "%s", dig);
            snprintf(t->exchange, sizeof t->exchange, "%s", ex);
            return true;
        }
        /* Hong Kong: "(00700.HK)", and a bare "(00700)" / "(0700)": Hong Kong codes are written
         * with leading zeros, which neither A-share codes nor years have */
        bool hk_suffix = match_ascii(cp, j, end, ".HK") && j + 3 == end;
        bool hk_bare = j == end && dig[0] == '0';
        if ((nd == 4 || nd == 5) && (hk_suffix || hk_bare)) {
            const char *d = dig;
            while (strlen(d) > 4 && *d == '0')
                d++;
            snprintf(t->code, sizeof t->code, "%s", d);
            snprintf(t->exchange, sizeof t->exchange, "HKEX");
            return true;
        }
        return false;
    }
    /* EXCHANGE: SYMBOL */
    static const struct {
        const char *prefix;
        const char *exchange;
    } ex[] = {{"NASDAQ", "NASDAQ"}, {"Nasdaq", "NASDAQ"}, {"NYSE", "NYSE"}, {"HKEX", "HKEX"},
              {"HK", "HKEX"},       {"SH", "SSE"},        {"SZ", "SZSE"}};
    static const uint32_t nsdk[] = {0x7EB3, 0x65AF, 0x8FBE, 0x514B}; /* 纳斯达克 */
    static const uint32_t njs[] = {0x7EBD, 0x4EA4, 0x6240};          /* 纽交所 */
    static const uint32_t gjs[] = {0x6E2F, 0x4EA4, 0x6240};          /* 港交所 */
    const char *exchange = NULL;
    int32_t j = i;
    for (size_t k = 0; k < sizeof ex / sizeof ex[0]; k++)
        if (match_ascii(cp, i, end, ex[k].prefix)) {
            exchange = ex[k].exchange;
            j = i + (int32_t)strlen(ex[k].prefix);
            break;
        }
    if (!exchange) {
        if (match_utf8_word(art, i, end, nsdk, 4)) {
            exchange = "NASDAQ";
            j = i + 4;
        } else if (match_utf8_word(art, i, end, njs, 3)) {
            exchange = "NYSE";
            j = i + 3;
        } else if (match_utf8_word(art, i, end, gjs, 3)) {
            exchange = "HKEX";
            j = i + 3;
        }
    }
    if (exchange) {
        if (j >= end || (cp[j] != ':' && cp[j] != ' '))
            return false;
        while (j < end && (cp[j] == ':' || cp[j] == ' '))
            j++;
        int n = 0;
        while (j + n < end && (gx_is_alnum(cp[j + n]) || cp[j + n] == '.') && n < 15) {
            sym[n] = (char)cp[j + n];
            n++;
        }
        sym[n] = '\0';
        if (n == 0 || j + n != end)
            return false;
        if (!strcmp(exchange, "HKEX") && gx_is_digit((unsigned char)sym[0])) {
            const char *d = sym;
            while (strlen(d) > 4 && *d == '0')
                d++;
            memmove(sym, d, strlen(d) + 1);
        }
        if ((!strcmp(exchange, "SSE") || !strcmp(exchange, "SZSE")) && strlen(sym) != 6)
            return false;
        snprintf(t->code, sizeof t->code, "%s", sym);
        snprintf(t->exchange, sizeof t->exchange, "%s", exchange);
        return true;
    }
    /* NVDA.O / BABA.N / TSLA.US */
    int n = 0;
    while (i + n < end && gx_is_upper(cp[i + n]) && n < 6) {
        sym[n] = (char)cp[i + n];
        n++;
    }
    sym[n] = '\0';
    if (n >= 1 && i + n < end && cp[i + n] == '.') {
        if (match_ascii(cp, i + n, end, ".O") && i + n + 2 == end)
            exchange = "NASDAQ";
        else if (match_ascii(cp, i + n, end, ".N") && i + n + 2 == end)
            exchange = "NYSE";
        if (exchange) {
            snprintf(t->code, sizeof t->code, "%s", sym);
            snprintf(t->exchange, sizeof t->exchange, "%s", exchange);
            return true;
        }
    }
    return false;
}

static void ticker_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(')
            continue;
        int32_t close = i + 1;
        while (close < art->ncp && close - i < 40 && cp[close] != ')' && cp[close] != '\n')
            close++;
        if (close >= art->ncp || cp[close] != ')')
            continue;
        gx_ticker t;
        /* "(股票代码:600225.SH)" or "(600225)"; also "(NASDAQ: NVDA; HKEX: 9988)" - first one */
        int32_t inner_end = close;
        for (int32_t k = i + 1; k < close; k++)
            if (cp[k] == ';' || cp[k] == ',' || cp[k] == 0x3001 /* 、 */) {
                inner_end = k;
                break;
            }
        if (!parse_ticker(art, i + 1, inner_end, &t))
            continue;
        int32_t th = gx_lexicon_find_ticker(ix->lex, &t);
        const gx_lex_thing *thing = th >= 0 ? gx_lexicon_thing(ix->lex, th) : NULL;
        /* the name right before the parenthesis; a Hong Kong share-class marker between them
         * is not part of it (君实生物-B(01877.HK), 小米集团-W, 阿里巴巴-SW) */
        int32_t ne = i;
        if (ne >= 3 && gx_is_upper(cp[ne - 1]) && (cp[ne - 2] == '-' || (ne >= 4 && gx_is_upper(cp[ne - 2]) && cp[ne - 3] == '-')))
            ne -= cp[ne - 2] == '-' ? 2 : 3;
        int prev = cand_ending_at(art, ne, GX_ORGLIKE);
        gx_span name;
        if (prev >= 0) {
            name = art->candidates.v[prev].span;
        } else {
            int32_t s = gx_name_left(ix, art, ne, 12);
            name = (gx_span){s, ne};
            if (name.end - name.start < 2)
                continue;
        }
        /* the star of a special-treatment mark belongs to the name (*ST盐湖) */
        if (name.start > 0 && art->cp[name.start - 1] == '*' && name.end - name.start > 2 && art->cp[name.start] == 'S')
            name.start--;
        int c = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_TICKER, 0.98f,
                                 thing ? thing->name : NULL, -1);
        art->candidates.v[c].ticker = t;
        if (thing) {
            /* the gazetteer entry of that thing, so resolution links them */
            for (int k = 0; k < art->candidates.n; k++) {
                gx_candidate *g = &art->candidates.v[k];
                if (g->source == GX_SRC_GAZETTEER && g->span.start == name.start && g->span.end == name.end)
                    art->candidates.v[c].lex_id = g->lex_id;
            }
        }
    }
}

/* ------------------------------------------------------------------ alias rule */

static bool is_open_quote(uint32_t c)
{
    return c == 0x201C || c == '"' || c == 0x300C || c == 0x2018 || c == 0x300E;
}
static bool is_close_quote(uint32_t c)
{
    return c == 0x201D || c == '"' || c == 0x300D || c == 0x2019 || c == 0x300F;
}

static void add_occurrence(gx_article *art, gx_span model, int32_t i, gx_ent_type type, gx_cand_source src,
                           float score, int32_t link)
{
    int32_t n = model.end - model.start;
    const uint32_t *w = art->cp + model.start;
    if (i + n > art->ncp || i == model.start || memcmp(art->cp + i, w, sizeof(uint32_t) * (size_t)n) != 0)
        return;
    if (gx_is_alnum(w[0]) && i > 0 && gx_is_alnum(art->cp[i - 1]))
        return;
    if (gx_is_alnum(w[n - 1]) && i + n < art->ncp && gx_is_alnum(art->cp[i + n]))
        return;
    gx_add_candidate(art, (gx_span){i, i + n}, type, src, score, NULL, link);
}

/* Every other occurrence of the text at model, in order of position. */
static void add_all_occurrences(const gx_hit_index *ix, gx_article *art, gx_span model, gx_ent_type type,
                                gx_cand_source src, float score, int32_t link)
{
    if (model.end - model.start >= 2) {
        for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + model.start); i1 > 0; i1 = ix->text.next[i1 - 1])
            add_occurrence(art, model, i1 - 1, type, src, score, link);
    } else {
        for (int32_t i = 0; i + (model.end - model.start) <= art->ncp; i++)
            add_occurrence(art, model, i, type, src, score, link);
    }
}

static void alias_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    static const uint32_t jc[] = {0x7B80, 0x79F0};         /* 简称 */
    static const uint32_t yxjc[] = {0x4EE5, 0x4E0B, 0x7B80, 0x79F0}; /* 以下简称 */
    static const uint32_t xc[] = {0x4E0B, 0x79F0};         /* 下称 */
    static const uint32_t yxc[] = {0x4EE5, 0x4E0B, 0x79F0}; /* 以下称 */
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(')
            continue;
        int32_t j = i + 1;
        if (match_utf8_word(art, j, art->ncp, yxjc, 4))
            j += 4;
        else if (match_utf8_word(art, j, art->ncp, yxc, 3))
            j += 3;
        else if (match_utf8_word(art, j, art->ncp, jc, 2) || match_utf8_word(art, j, art->ncp, xc, 2))
            j += 2;
        else if (!is_open_quote(cp[j]))
            continue;
        while (j < art->ncp && (cp[j] == 0x4E3A /* 为 */ || cp[j] == ':' || cp[j] == ' '))
            j++;
        if (j >= art->ncp || !is_open_quote(cp[j]))
            continue;
        int32_t as = j + 1, ae = as;
        while (ae < art->ncp && !is_close_quote(cp[ae]) && ae - as < 30 && cp[ae] != '\n')
            ae++;
        if (ae >= art->ncp || !is_close_quote(cp[ae]) || ae - as < 2)
            continue;
        /* the declared name before the parenthesis */
        int prev = cand_ending_at(art, i, GX_ORGLIKE);
        gx_span name;
        gx_ent_type type = GX_ENT_COMPANY;
        int target;
        if (prev >= 0) {
            name = art->candidates.v[prev].span;
            type = art->candidates.v[prev].type;
            target = gx_add_candidate(art, name, type, GX_SRC_RULE, 0.85f,
                                      art->candidates.v[prev].canonical, -1);
            art->candidates.v[target].ticker = art->candidates.v[prev].ticker;
            art->candidates.v[target].lex_id = art->candidates.v[prev].lex_id;
        } else {
            int32_t s = gx_name_left(ix, art, i, 30);
            name = (gx_span){s, i};
            if (name.end - name.start < 2)
                continue;
            target = gx_add_candidate(art, name, type, GX_SRC_RULE, 0.85f, NULL, -1);
        }
        gx_span alias = {as, ae};
        gx_add_candidate(art, alias, type, GX_SRC_ALIAS, 0.95f, NULL, target);
        add_all_occurrences(ix, art, alias, type, GX_SRC_ALIAS, 0.9f, target);
        add_all_occurrences(ix, art, name, type, GX_SRC_ALIAS, 0.85f, target);
        i = ae;
    }
}

/* A company's name in Latin letters in brackets right after its Chinese name is its alias:
 * 摩根大通资产管理(JPMorgan Asset Management), 盛宝银行(Saxo Bank). Two words or more, the first
 * capitalised, nothing but letters, digits, spaces and . & , - ' inside (a ticker such as
 * (NASDAQ: NVDA) or (00700) is no gloss); the whole gloss then outranks a shorter gazetteer name
 * inside it (JPMorgan, the parent bank). */
/* Whether a Latin name holds a word of a firm's name (Group, Bank, Capital, Management …). */
static bool latin_business_word(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_upper(art->cp[k]) || (k > s.start && art->cp[k - 1] != ' '))
            continue;
        int32_t e = k;
        while (e < s.end && gx_is_alnum(art->cp[e]))
            e++;
        if (gx_latin_firm_word(art, (gx_span){k, e}))
            return true;
    }
    return false;
}

static void latin_gloss_rule(gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(' || i == 0 || !gx_is_cjk(cp[i - 1]) || i + 2 >= art->ncp || !gx_is_upper(cp[i + 1]))
            continue;
        int32_t j = i + 1, words = 1;
        bool ok = true;
        while (j < art->ncp && j - i <= 60 && cp[j] != ')' && ok) {
            uint32_t c = cp[j];
            ok = gx_is_alnum(c) || c == ' ' || c == '.' || c == '&' || c == ',' || c == '-' || c == '\'';
            if (c == ' ' && j + 1 < art->ncp && gx_is_alnum(cp[j + 1]))
                words++;
            j++;
        }
        if (!ok || j >= art->ncp || cp[j] != ')' || words < 2 || cp[j - 1] == ' ')
            continue;
        int prev = cand_ending_at(art, i, 1 << GX_ENT_COMPANY);
        if (prev < 0 || (words == 2 && !latin_business_word(art, (gx_span){i + 1, j})))
            continue; /* First Last: a person's name (凯利(David Kelly)) */
        gx_add_candidate(art, (gx_span){i + 1, j}, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.9f, NULL, prev);
        i = j;
    }
}

/* ------------------------------------------------------------------ list rules */

static bool is_list_sep(uint32_t c)
{
    return c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */;
}

static bool has_list_block(const gx_hit_index *ix, int32_t from, int32_t to)
{
    for (int32_t i = from; i < to; i++)
        if (gx_hit_len_starting(ix, i, GX_LEX_LIST_BLOCK) > 0)
            return true;
    return false;
}

/* Items separated by 、/和/与/及 in [from, to): each becomes a company candidate. */
static void list_items(const gx_hit_index *ix, gx_article *art, int32_t from, int32_t to, float score)
{
    if (has_list_block(ix, from, to))
        return;
    int32_t s = from;
    for (int32_t i = from; i <= to; i++) {
        if (i < to && !is_list_sep(art->cp[i]))
            continue;
        /* a separator that is inside a known name (和而泰) is not a separator */
        if (i < to) {
            bool inside = false;
            for (int k = 0; k < art->candidates.n && !inside; k++) {
                gx_candidate *c = &art->candidates.v[k];
                inside = c->type != GX_ENT_POSITION && c->span.start < i && c->span.end > i;
            }
            if (inside)
                continue;
        }
        gx_span item = {s, i};
        int len = item.end - item.start;
        bool ok = len >= 2 && len <= 12;
        for (int32_t k = item.start; ok && k < item.end; k++)
            ok = gx_is_cjk(art->cp[k]) || gx_is_alnum(art->cp[k]) || art->cp[k] == ' ';
        if (ok && !is_generic_body(ix, art, item)) {
            int ex = cand_with_span(art, item, GX_ORGLIKE);
            gx_ent_type type = ex >= 0 ? art->candidates.v[ex].type : GX_ENT_COMPANY;
            if (type == GX_ENT_COMPANY)
                gx_add_candidate(art, item, type, GX_SRC_RULE, score, NULL, -1);
        }
        s = i + 1;
    }
}

static void list_rules(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    /* X、Y、Z等<modifiers><list noun> / X、Y等36家 */
    for (int32_t i = 1; (i = trig_next(&tr->l[TR_DENG], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != 0x7B49 /* 等 */)
            continue;
        int32_t j = i + 1;
        bool ok = false;
        if (j < art->ncp && gx_is_digit(cp[j])) {
            while (j < art->ncp && gx_is_digit(cp[j]))
                j++;
            ok = j < art->ncp && (cp[j] == 0x5BB6 /* 家 */);
        } else {
            for (int32_t k = j; k < art->ncp && k - j <= 8 && !ok; k++) {
                if (!gx_is_cjk(cp[k]) && !gx_is_alnum(cp[k]))
                    break;
                int l = gx_hit_len_starting(ix, k, GX_LEX_LIST_NOUN);
                ok = l > 0 && !has_list_block(ix, j, k) && gx_name_right_ok(ix, art, k + l);
            }
        }
        if (!ok)
            continue;
        /* walk back over items */
        int32_t s = i;
        int nsep = 0;
        while (s > 0 && i - s < 80) {
            uint32_t c = cp[s - 1];
            if (c == 0x3001)
                nsep++;
            else if (!gx_is_cjk(c) && !gx_is_alnum(c) && c != ' ')
                break;
            s--;
        }
        /* the first item's left edge: after the last stop word before the first separator */
        int32_t first_sep = s;
        while (first_sep < i && cp[first_sep] != 0x3001)
            first_sep++;
        int32_t fs = gx_name_left(ix, art, first_sep, 10);
        if (fs > s)
            s = fs;
        if (nsep == 0 && first_sep == i) {
            /* a single item: 寒武纪等36家 - take the name before 等 */
            s = gx_name_left(ix, art, i, 8);
        }
        list_items(ix, art, s, i, nsep > 0 ? 0.7f : 0.6f);
    }
    /* <list intro> A、B、C等 */
    for (int k = 0; k < ix->n; k++) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_LIST_INTRO)
            continue;
        int32_t e = h->end;
        while (e < art->ncp && e - h->end < 80 && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e]) || cp[e] == 0x3001 || cp[e] == ' '))
            e++;
        int32_t stop = h->end;
        for (int32_t q = h->end; q < e; q++)
            if (cp[q] == 0x7B49) { /* 等 */
                stop = q;
                break;
            }
        if (stop == h->end)
            stop = e;
        list_items(ix, art, h->end, stop, 0.7f);
    }
}

/* ------------------------------------------------------------------ context rules */

/* 第二, 第十六: an ordinal (第二大股东 is no company 第二). */
static bool is_ordinal(const gx_article *art, gx_span n)
{
    static const uint32_t numerals[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                        0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E24, 0x96F6}; /* 一..十百千两零 */
    if (n.end - n.start < 2 || art->cp[n.start] != 0x7B2C /* 第 */)
        return false;
    for (int32_t i = n.start + 1; i < n.end; i++) {
        bool num = gx_is_digit(art->cp[i]);
        for (size_t k = 0; !num && k < sizeof numerals / sizeof numerals[0]; k++)
            num = art->cp[i] == numerals[k];
        if (!num)
            return false;
    }
    return true;
}

/* A plausible unknown name in [s, e): 2..8 CJK / Latin characters, no stop word inside, not a
 * generic word, not a person-like surname + one or two characters. */
static bool plausible_name(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int len = n.end - n.start;
    if (len < 2 || len > 8)
        return false;
    for (int32_t i = n.start; i < n.end; i++) {
        if (!gx_is_cjk(art->cp[i]) && !gx_is_alnum(art->cp[i]))
            return false;
        if (i > n.start && gx_hit_len_starting(ix, i, GX_LEX_LEFT_STOP) > 0)
            return false;
    }
    if (is_generic_body(ix, art, n) || gx_hit_len_starting(ix, n.start, GX_LEX_POSITION) > 0 ||
        gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, art->cp + n.start, len) ||
        gx_lexicon_is(ix->lex, GX_LEX_DEPT_PREFIX, art->cp + n.start, len) ||
        gx_lexicon_is(ix->lex, GX_LEX_REGION, art->cp + n.start, len) || is_ordinal(art, n) ||
        gx_lexicon_is(ix->lex, GX_LEX_LEFT_STOP, art->cp + n.start, len))
        return false;
    return true;
}

/* 象帝先股东, X市值, X旗下: an unknown name followed by something only companies have. */
static void attribute_rule(const gx_hit_index *ix, gx_article *art)
{
    for (int k = 0; k < ix->n; k++) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_COMPANY_ATTR)
            continue;
        if (h->start < 2 || (!gx_is_cjk(art->cp[h->start - 1]) && !gx_is_alnum(art->cp[h->start - 1])))
            continue;
        if (cand_ending_at(art, h->start, GX_ORGLIKE | (1 << GX_ENT_PERSON) | (1 << GX_ENT_LOCATION)) >= 0)
            continue;
        int32_t s = gx_name_left(ix, art, h->start, 6);
        gx_span n = {s, h->start};
        /* two or three characters after a surname read as a person (王鹏团队): leave them */
        if (n.end - n.start <= 3 && gx_hit_len_starting(ix, n.start, GX_LEX_SURNAME) > 0)
            continue;
        /* the name needs a clear left edge: text start, punctuation, a stop word or a title */
        bool clear = s == 0 || (!gx_is_cjk(art->cp[s - 1]) && !gx_is_alnum(art->cp[s - 1])) ||
                     gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0 || gx_hit_len_ending(ix, s, GX_LEX_POSITION) > 0;
        /* and the article names it again, not only in the same phrase: a one-off phrase before
         * 股东 is not enough, nor a sentence quoted twice (要关注中小|股东 ... 要关注中小|股东) */
        int occurrences = 0;
        int32_t len = n.end - n.start;
        int32_t alen = h->end - h->start;
        if (len >= 2) {
            bool elsewhere = false;
            for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0 && !(occurrences >= 2 && elsewhere);
                 i1 = ix->text.next[i1 - 1])
                if (i1 - 1 + len <= art->ncp && !memcmp(art->cp + i1 - 1, art->cp + n.start, sizeof(uint32_t) * (size_t)len)) {
                    occurrences++;
                    int32_t after = i1 - 1 + len;
                    elsewhere = elsewhere || after + alen > art->ncp ||
                                memcmp(art->cp + after, art->cp + h->start, sizeof(uint32_t) * (size_t)alen);
                }
            if (!elsewhere)
                occurrences = 0;
        } else {
            for (int32_t i = 0; i + len <= art->ncp && occurrences < 2; i++)
                if (!memcmp(art->cp + i, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
                    occurrences++;
        }
        /* 平台 and APP follow ordinary words too (良好平台, 资本市场平台): there the name must be
         * one the tagger or the gazetteer also reads as a company, organization or product */
        bool weak_attr = art->cp[h->start] == 0x5E73 /* 平台 */ || art->cp[h->start] == 'A' || art->cp[h->start] == 'a';
        if (weak_attr && clear && occurrences >= 2) {
            bool read = false;
            for (int q = 0; q < art->candidates.n && !read; q++) {
                const gx_candidate *o = &art->candidates.v[q];
                read = (o->type == GX_ENT_COMPANY || o->type == GX_ENT_ORGANIZATION || o->type == GX_ENT_PRODUCT) &&
                       o->span.end - o->span.start == len &&
                       !memcmp(art->cp + o->span.start, art->cp + n.start, sizeof(uint32_t) * (size_t)len);
            }
            /* ... or one the article keeps calling a platform or an app (趣步app … 趣步平台 … 趣步) */
            int cued = 0, total = 0; /* cued: a bit per distinct cue (平台 1, 公司 2, app 4) */
            for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); len >= 2 && i1 > 0 && !read;
                 i1 = ix->text.next[i1 - 1]) {
                int32_t at = i1 - 1, e = at + len;
                if (e > art->ncp || memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
                    continue;
                total++;
                if (e + 1 < art->ncp && art->cp[e] == 0x5E73 && art->cp[e + 1] == 0x53F0)
                    cued |= 1;
                if (e + 1 < art->ncp && art->cp[e] == 0x516C && art->cp[e + 1] == 0x53F8)
                    cued |= 2;
                if (e + 1 < art->ncp && (art->cp[e] | 0x20) == 'a' && (art->cp[e + 1] | 0x20) == 'p')
                    cued |= 4;
            }
            /* two different cues (…app and …平台, …平台 and …公司), the name used three times */
            clear = read || ((cued & (cued - 1)) != 0 && total >= 3);
        }
        if (clear && occurrences >= 2 && plausible_name(ix, art, n))
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.55f, NULL, -1);
    }
}

/* 宝能系, 明天系: a capital group named after its company. X系 is the group when X is a plausible
 * unknown name with a clear left edge, 系 is followed by what a group does or has (占比, 持有,
 * 旗下, 资金, punctuation) and the article names X again on its own or names X系 twice; the
 * candidate is X, so the bare mentions join it. Not a copula (该公司系国有企业) nor a word
 * (关系, 体系: their first character is part of X only in a phrase that fails the checks). */
static void group_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    static const uint32_t after_ok[] = {0x5360 /* 占 */, 0x6301 /* 持 */, 0x65D7 /* 旗 */, 0x7684 /* 的 */,
                                        0x4E0E /* 与 */, 0x548C /* 和 */, 0x53CA /* 及 */, 0x7B49 /* 等 */,
                                        0x5165 /* 入 */, 0x4E3E /* 举 */, 0x5728 /* 在 */};
    for (int32_t i = 2; (i = trig_next(&tr->l[TR_XI], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != 0x7CFB /* 系 */)
            continue;
        uint32_t nx = i + 1 < art->ncp ? cp[i + 1] : '\n';
        bool ok = !gx_is_cjk(nx) && !gx_is_alnum(nx);
        for (size_t k = 0; !ok && k < sizeof after_ok / sizeof after_ok[0]; k++)
            ok = nx == after_ok[k];
        if (!ok && nx == 0x8D44 /* 资 */ && i + 2 < art->ncp && (cp[i + 2] == 0x91D1 /* 金 */ || cp[i + 2] == 0x672C /* 本 */))
            ok = true;
        if (!ok || gx_lexicon_is(ix->lex, GX_LEX_SYSTEM_WORD, cp + i - 1, 2) ||
            (i >= 3 && gx_lexicon_is(ix->lex, GX_LEX_SYSTEM_WORD, cp + i - 2, 3)))
            continue;
        int32_t s = gx_name_left(ix, art, i, 4);
        gx_span n = {s, i};
        int32_t len = n.end - n.start;
        if (len < 2 || len > 4)
            continue;
        bool clear = s == 0 || (!gx_is_cjk(cp[s - 1]) && !gx_is_alnum(cp[s - 1])) ||
                     gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) > 0;
        if (!clear || !plausible_name(ix, art, n))
            continue;
        for (int32_t k = n.start; k < n.end && ok; k++)
            ok = gx_is_cjk(cp[k]);
        /* a person read there (李明系…) is no group */
        if (!ok || cand_with_span(art, n, 1 << GX_ENT_PERSON) >= 0)
            continue;
        int bare = 0, grouped = 0;
        for (int32_t i1 = gx_text_ix_first(&ix->text, cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
            int32_t at = i1 - 1;
            if (at + len > art->ncp || memcmp(cp + at, cp + n.start, sizeof(uint32_t) * (size_t)len))
                continue;
            if (at + len < art->ncp && cp[at + len] == 0x7CFB)
                grouped++;
            else if (at == 0 || !gx_is_cjk(cp[at - 1]) || gx_hit_len_ending(ix, at, GX_LEX_LEFT_STOP) > 0 ||
                     gx_hit_len_ending(ix, at, GX_LEX_COMPANY) > 0 || gx_hit_len_starting(ix, at + len, GX_LEX_LEFT_STOP) >= 2)
                bare++;
        }
        if (bare >= 1 || grouped >= 2)
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}

/* 谷歌的母公司字母表宣布…: the parent, subsidiary or controlling shareholder named right after a
 * company and its relation word is a company too. Its right edge is the next stop word. */
static void relation_rule(const gx_hit_index *ix, gx_article *art)
{
    /* 母公司, 子公司, 控股子公司, 全资子公司, 控股股东, 控股公司 (code points, 0-terminated) */
    static const uint32_t words[][6] = {
        {0x6BCD, 0x516C, 0x53F8, 0},
        {0x5B50, 0x516C, 0x53F8, 0},
        {0x63A7, 0x80A1, 0x5B50, 0x516C, 0x53F8, 0},
        {0x5168, 0x8D44, 0x5B50, 0x516C, 0x53F8, 0},
        {0x63A7, 0x80A1, 0x80A1, 0x4E1C, 0},
        {0x63A7, 0x80A1, 0x516C, 0x53F8, 0},
    };
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int c = 0; c < n0; c++) {
        const gx_candidate *k = &art->candidates.v[c];
        if (k->type != GX_ENT_COMPANY || k->source == GX_SRC_TAGGER || k->score < 0.55f)
            continue;
        int32_t a = k->span.end;
        if (a < art->ncp && cp[a] == 0x7684 /* 的 */)
            a++;
        int32_t body = -1;
        for (size_t w = 0; w < sizeof words / sizeof words[0] && body < 0; w++) {
            int32_t wn = 0;
            while (wn < 6 && words[w][wn])
                wn++;
            if (a + wn < art->ncp && !memcmp(cp + a, words[w], sizeof(uint32_t) * (size_t)wn))
                body = a + wn;
        }
        if (body < 0)
            continue;
        int32_t e = body;
        while (e < art->ncp && e - body < 9 && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])) &&
               (e == body || gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) == 0))
            e++;
        if (e - body > 8 || e >= art->ncp)
            continue;
        gx_span n = {body, e};
        /* the right edge must be sure and the name the subject of what follows: a verb of two or
         * more characters (字母表|宣布, X|表示), not punctuation after a noun (控股股东|质押股份，) */
        if (gx_hit_len_starting(ix, e, GX_LEX_LEFT_STOP) < 2)
            continue;
        if (plausible_name(ix, art, n) && cand_with_span(art, n, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0 &&
            !(n.end - n.start <= 3 && gx_hit_len_starting(ix, n.start, GX_LEX_SURNAME) > 0))
            gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

static bool is_coop_connector(uint32_t c)
{
    return c == 0x4E0E /* 与 */ || c == 0x548C /* 和 */ || c == 0x540C /* 同 */;
}

/* 摩尔线程与智谱AI开展..., Y与英伟达合作: the partner of a company in a joint action. The
 * company may be any occurrence of a name some other rule or the gazetteer already proposed. */
static void coop_at(const gx_hit_index *ix, gx_article *art, gx_span k)
{
    const uint32_t *cp = art->cp;
    /* K 与 Y <verb> */
    int32_t a = k.end;
    if (a + 3 < art->ncp && is_coop_connector(cp[a])) {
        for (int32_t e = a + 3; e <= a + 9 && e < art->ncp; e++) {
            if (!gx_is_cjk(cp[e - 1]) && !gx_is_alnum(cp[e - 1]))
                break;
            if (gx_hit_len_starting(ix, e, GX_LEX_COOP_VERB) > 0) {
                gx_span y = {a + 1, e};
                if (plausible_name(ix, art, y) && cand_with_span(art, y, GX_ORGLIKE) < 0)
                    gx_add_candidate(art, y, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
                break;
            }
        }
    }
    /* Y 与 K <verb> */
    int32_t b = k.start;
    if (b > 2 && is_coop_connector(cp[b - 1]) && gx_hit_len_starting(ix, k.end, GX_LEX_COOP_VERB) > 0) {
        int32_t s = gx_name_left(ix, art, b - 1, 8);
        gx_span y = {s, b - 1};
        if (plausible_name(ix, art, y) && cand_ending_at(art, b - 1, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0)
            gx_add_candidate(art, y, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
    }
}

static bool coop_name(const gx_candidate *c)
{
    return c->type == GX_ENT_COMPANY && c->source != GX_SRC_TAGGER && c->score >= 0.55f;
}

static void coop_rule(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    /* each distinct name once (the first candidate with it), at every place the text uses it */
    int *names = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(n0 + 1));
    int nn = 0;
    for (int i = 0; i < n0; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (!coop_name(c))
            continue;
        int32_t len = c->span.end - c->span.start;
        bool seen = false;
        for (int q = 0; q < nn && !seen; q++) {
            const gx_candidate *d = &art->candidates.v[names[q]];
            seen = d->span.end - d->span.start == len &&
                   !memcmp(art->cp + d->span.start, art->cp + c->span.start, sizeof(uint32_t) * (size_t)len);
        }
        if (!seen)
            names[nn++] = i;
    }
    for (int q = 0; q < nn; q++) {
        gx_span cs = art->candidates.v[names[q]].span; /* coop_at adds candidates: copy */
        int32_t len = cs.end - cs.start;
        const uint32_t *w = art->cp + cs.start;
        if (len >= 2) {
            for (int32_t p1 = gx_text_ix_first(&ix->text, w); p1 > 0; p1 = ix->text.next[p1 - 1])
                if (p1 - 1 + len <= art->ncp && !memcmp(art->cp + p1 - 1, w, sizeof(uint32_t) * (size_t)len))
                    coop_at(ix, art, (gx_span){p1 - 1, p1 - 1 + len});
        } else {
            for (int32_t p = 0; p + len <= art->ncp; p++)
                if (art->cp[p] == w[0] && !memcmp(art->cp + p, w, sizeof(uint32_t) * (size_t)len))
                    coop_at(ix, art, (gx_span){p, p + len});
        }
    }
}

/* 武汉市国土房产局, 武定县公安局, 北京市消防局: a region with its administrative level, a short
 * body and an administrative unit make a government body. */
static bool is_admin_char(uint32_t c)
{
    return c == 0x7701 /* 省 */ || c == 0x5E02 /* 市 */ || c == 0x53BF /* 县 */ || c == 0x533A /* 区 */ ||
           c == 0x5DDE /* 州 */;
}

static void gov_unit_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = 0; k < ix->n; k++) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_GOV_UNIT)
            continue;
        if (gx_hit_len_starting(ix, h->start, GX_LEX_GOV_UNIT) != h->end - h->start) /* longest unit only */
            continue;
        if (h->end < art->ncp && gx_is_cjk(cp[h->end]) && !gx_name_right_ok(ix, art, h->end))
            continue;
        /* a word that only ends like a unit (格局, 布局, 当局者) */
        bool bad = false;
        for (int n = h->end - h->start + 1; n <= 3 && h->end - n >= 0 && !bad; n++)
            bad = gx_lexicon_is(ix->lex, GX_LEX_BAD_ENDING, cp + h->end - n, n);
        if (bad)
            continue;
        /* a one-character unit after a verb is the verb's object (举办, 主办, 承办, 创办) */
        if (h->end - h->start == 1 && h->start > 0) {
            static const uint32_t verbs[] = {0x4E3E, 0x4E3B, 0x627F, 0x521B, 0x534F, 0x5408, 0x7B79, 0x4EE3,
                                             0x5174, 0x5F00, 0x4E70, 0x67E5, 0x7763, 0x8BD5, 0x7533, 0x8F6C};
            bool verb = false;
            for (size_t v = 0; v < sizeof verbs / sizeof verbs[0] && !verb; v++)
                verb = cp[h->start - 1] == verbs[v];
            if (verb)
                continue;
        }
        int32_t start = -1;
        for (int32_t p = h->start - 1; p >= 0 && p >= h->start - 9; p--) {
            if (!gx_is_cjk(cp[p]) || cp[p] == 0x7684 /* 的: no part of a name (南京石化的|办公) */)
                break;
            if (p > 0 && gx_hit_len_ending(ix, p, GX_LEX_LEFT_STOP) > 0 && !is_admin_char(cp[p - 1]) &&
                gx_hit_len_ending(ix, p, GX_LEX_REGION) == 0)
                break;
            int r = gx_hit_len_ending(ix, p, GX_LEX_REGION);
            if (is_admin_char(cp[p])) {
                if (r > 0)
                    start = p - r;
                else if (p >= 2 && gx_is_cjk(cp[p - 1]) && gx_is_cjk(cp[p - 2]) && gx_hit_len_ending(ix, p - 1, GX_LEX_LEFT_STOP) == 0 &&
                         (p == 2 || !gx_is_cjk(cp[p - 3]) || gx_hit_len_ending(ix, p - 2, GX_LEX_LEFT_STOP) > 0))
                    start = p - 2; /* an unknown two-character place, with a clear left edge (巢|湖市 is not) */
                break;
            }
            if (r > 0 && p < h->start) {
                start = p - r;
                break;
            }
        }
        if (start < 0 || h->start - start < 3)
            continue;
        gx_add_candidate(art, (gx_span){start, h->end}, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.7f, NULL, -1);
    }
}

/* 印度国防部, 伊朗外交部: a country right before a government body the gazetteer knows is that
 * country's body. */
static void country_body_rule(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_GOVERNMENT || c->span.start < 2)
            continue;
        int r = gx_hit_len_ending(ix, c->span.start, GX_LEX_REGION);
        /* the one-character forms of the most-cited countries, at a clause start (。俄国防部认为) */
        static const uint32_t abbr[] = {0x4FC4 /* 俄 */, 0x7F8E /* 美 */, 0x65E5 /* 日 */, 0x82F1 /* 英 */,
                                        0x5FB7 /* 德 */, 0x6CD5 /* 法 */, 0x97E9 /* 韩 */, 0x5370 /* 印 */};
        for (size_t a = 0; r == 0 && a < sizeof abbr / sizeof abbr[0]; a++)
            if (art->cp[c->span.start - 1] == abbr[a] &&
                (c->span.start < 2 ||
                 (!gx_is_cjk(art->cp[c->span.start - 2]) && !gx_is_alnum(art->cp[c->span.start - 2])) || /* 29日|央行 */
                 gx_lexicon_char_is(ix->lex, art->cp[c->span.start - 2], GX_LEX_LEFT_STOP)))
                r = 1;
        gx_span n = {c->span.start - r, c->span.end};
        bool dup = false; /* the same body named twice by the gazetteer (国防部 / 防部) */
        for (int j = n0; j < art->candidates.n && !dup; j++)
            dup = art->candidates.v[j].span.start == n.start && art->candidates.v[j].span.end == n.end;
        if (r < 1 || dup)
            continue;
        gx_add_candidate(art, n, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.9f, NULL, -1);
    }
}

/* 银监会咨询处, 美国使馆签证处, 人民银行成都分行征信管理处: a division (…处) right after a
 * government body belongs to it. */
static void division_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_GOVERNMENT || (c->source == GX_SRC_TAGGER && c->score < 0.5f))
            continue;
        for (int32_t e = c->span.end + 1; e <= c->span.end + 10 && e <= art->ncp; e++) {
            uint32_t last = cp[e - 1];
            if (!gx_is_cjk(last) || gx_lexicon_char_is(ix->lex, last, GX_LEX_LEFT_STOP) ||
                gx_lexicon_char_is(ix->lex, last, GX_LEX_NOT_GIVEN) ||
                (last != 0x5904 && gx_lexicon_char_is(ix->lex, last, GX_LEX_NAME_END))) /* 美联储仍|处 */
                break;
            if (last != 0x5904 /* 处 */ || e < c->span.end + 2 || (e < art->ncp && gx_is_cjk(cp[e]) && !gx_name_right_ok(ix, art, e)))
                continue;
            gx_span n = {c->span.start, e};
            if (cand_with_span(art, n, 1 << GX_ENT_GOVERNMENT) < 0) /* sure enough to beat the body alone */
                gx_add_candidate(art, n, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.98f, NULL, -1);
            break;
        }
    }
}

/* 詹姆斯·西蒙斯, 佩尔·施泰因布吕克: a middle dot between two runs of characters, one of which
 * the tagger took for (part of) a person, is one foreign name. */
static void dotted_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 1; (i = trig_next(&tr->l[TR_DOT], i, art->ncp)) + 1 < art->ncp; i++) {
        if (cp[i] != 0xB7 && cp[i] != 0x30FB && cp[i] != 0x2022 && cp[i] != 0x2027)
            continue;
        if (!gx_is_cjk(cp[i - 1]) || !gx_is_cjk(cp[i + 1]))
            continue;
        int32_t s = i, e = i + 1;
        while (s > 0 && i - s < 4 && gx_is_cjk(cp[s - 1]) && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 0 &&
               gx_hit_len_ending(ix, s, GX_LEX_POSITION) == 0)
            s--;
        while (e < art->ncp && e - i < 5 && gx_is_cjk(cp[e]) && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) == 0 &&
               !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_RIGHT_OK) && !gx_lexicon_char_is(ix->lex, cp[e], GX_LEX_NOT_GIVEN))
            e++;
        bool person = false, across = false;
        for (int k = 0; k < art->candidates.n; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type != GX_ENT_PERSON || c->span.start >= e || s >= c->span.end)
                continue;
            person = true;
            across |= c->span.start < i && c->span.end > i + 1; /* the tagger already joined them */
            /* its edges are better than ours */
            if (c->span.start < i && c->span.start > s)
                s = c->span.start;
            if (c->span.end > i + 1 && c->span.end < e)
                e = c->span.end;
        }
        if (person && !across && i - s >= 1 && e - i >= 2)
            gx_add_candidate(art, (gx_span){s, e}, GX_ENT_PERSON, GX_SRC_RULE, 0.85f, NULL, -1);
    }
}

/* Whether a lower-case firm word that ends a Latin name starts at pos (IG group, Tesco plc). */
static bool lower_firm_word(const gx_article *art, int32_t pos)
{
    int32_t e = pos;
    while (e < art->ncp && gx_is_alnum(art->cp[e]))
        e++;
    return e > pos && art->cp[pos] >= 'a' && art->cp[pos] <= 'z' && gx_latin_firm_word(art, (gx_span){pos, e});
}

/* Whether the last word of the Latin name s is a firm word (Metro Bank, Ribbit Capital, IG
 * group): the name is a firm's, never a person's. */
static bool latin_firm_last(const gx_article *art, gx_span s)
{
    int32_t k = s.end;
    while (k > s.start && art->cp[k - 1] != ' ')
        k--;
    if (k == s.start)
        return false; /* one word: Bank alone is no name */
    return gx_latin_firm_word(art, (gx_span){k, s.end});
}

/* A Latin name (capitalised words, digits, &, -) starting at pos inside Chinese text; returns
 * its end or pos. */
static int32_t latin_name_at(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (pos >= art->ncp || !(gx_is_upper(cp[pos]) || gx_is_digit(cp[pos])))
        return pos;
    int32_t e = pos;
    while (e < art->ncp && (gx_is_alnum(cp[e]) || cp[e] == '&' || cp[e] == '-' ||
                            (cp[e] == ' ' && e + 1 < art->ncp && (gx_is_upper(cp[e + 1]) || lower_firm_word(art, e + 1)))))
        e++;
    /* a number alone (基金2017年, 银行12月) is not a name */
    bool letter = false;
    for (int32_t k = pos; k < e && !letter; k++)
        letter = gx_is_alnum(cp[k]) && !gx_is_digit(cp[k]);
    return letter && e - pos >= 2 && e - pos <= 40 ? e : pos;
}

/* Whether s is only share-class letters (A, B, H, N: "AH股价", "B股股价"), no name. */
static bool share_classes(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++)
        if (art->cp[k] != 'A' && art->cp[k] != 'B' && art->cp[k] != 'H' && art->cp[k] != 'N')
            return false;
    return true;
}

/* 丹麦电信运营商TDC, 芯片巨头ARM: a Latin name right after a company noun; Markit的最新调查,
 * Canalys数据显示: a Latin name as the source of data (an organization unless known);
 * Altice收盘下跌: a Latin name whose shares trade (a company). */
static void latin_context_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    /* what only a listed company's shares do, right after its name */
    static const char32_t *const TRADES[] = {U"股价", U"股票", U"股份收", U"收盘上涨", U"收盘下跌", U"收盘涨",
                                             U"收盘跌", U"收涨", U"收跌", U"盘中", U"市值", U"涨停", U"跌停", NULL};
    const uint32_t *cp = art->cp;
    for (int k = 0; k < ix->n; k++) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_LIST_NOUN)
            continue;
        int32_t e = latin_name_at(art, h->end);
        if (e > h->end && (e >= art->ncp || !gx_is_alnum(cp[e])) && cand_with_span(art, (gx_span){h->end, e}, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){h->end, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.65f, NULL, -1);
    }
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_LATIN], i, art->ncp)) < art->ncp; i++) {
        if (!(gx_is_upper(cp[i]) || gx_is_digit(cp[i])) || (i > 0 && (gx_is_alnum(cp[i - 1]) || cp[i - 1] == ' ')))
            continue;
        int32_t e = latin_name_at(art, i);
        if (e == i)
            continue;
        if (e < art->ncp && gx_hit_len_starting(ix, e, GX_LEX_SOURCE_AFTER) > 0 &&
            cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 && cand_ending_at(art, e, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_ORGANIZATION, GX_SRC_RULE, 0.6f, NULL, -1);
        /* Altice收盘下跌7.2%, Sainsbury股价上涨: a Latin name whose shares trade is a company;
         * Metro Bank表现良好, Ribbit Capital、…: so is a name of two words or more ending in a
         * firm word, standing in Chinese text (not a gloss in brackets, joined by latin_gloss_rule) */
        else if (e < art->ncp &&
                 ((gx_word_at(art, e, TRADES) && !share_classes(art, (gx_span){i, e})) ||
                  ((gx_is_cjk(cp[e]) || cp[e] == 0x3001 /* 、 */ || cp[e] == 0xFF0C /* ， */) && i > 0 &&
                   cp[i - 1] != '(' && cp[i - 1] != 0xFF08 && latin_firm_last(art, (gx_span){i, e}))) &&
                 cand_with_span(art, (gx_span){i, e}, GX_ORGLIKE) < 0 && cand_ending_at(art, e, GX_ORGLIKE) < 0)
            gx_add_candidate(art, (gx_span){i, e}, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
        i = e;
    }
}

/* 罗伊纽伯格: the tagger splitting one transliterated name into two adjacent persons. */
static void adjacent_persons(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    int *tp = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(n0 + 1)); /* the tagger's persons */
    int ntp = 0;
    for (int i = 0; i < n0; i++)
        if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].source == GX_SRC_TAGGER)
            tp[ntp++] = i;
    for (int qi = 0; qi < ntp; qi++) {
        int i = tp[qi];
        const gx_candidate *a = &art->candidates.v[i];
        for (int qj = 0; qj < ntp; qj++) {
            int j = tp[qj];
            const gx_candidate *b = &art->candidates.v[j];
            if (j == i || b->type != GX_ENT_PERSON || b->source != GX_SRC_TAGGER || b->span.start != a->span.end)
                continue;
            gx_span n = {a->span.start, b->span.end};
            /* two Chinese names side by side (记者唐真龙邹靓) stay two people */
            int32_t la = a->span.end - a->span.start, lb = b->span.end - b->span.start;
            if (la >= 2 && la <= 3 && lb >= 2 && lb <= 3 && gx_lexicon_char_is(ix->lex, art->cp[a->span.start], GX_LEX_SURNAME) &&
                gx_lexicon_char_is(ix->lex, art->cp[b->span.start], GX_LEX_SURNAME))
                continue;
            bool cjk = true;
            for (int32_t k = n.start; k < n.end; k++)
                cjk &= gx_is_cjk(art->cp[k]);
            if (cjk && n.end - n.start <= 7)
                gx_add_candidate(art, n, GX_ENT_PERSON, GX_SRC_RULE, 0.8f, NULL, -1);
        }
    }
}

/* “保护者”共同基金公司, “星火”公司: a short quoted name right before a company word. */
static void quoted_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_QUOTE], i, art->ncp)) < art->ncp; i++) {
        if (!is_open_quote(cp[i]))
            continue;
        int32_t e = i + 1;
        while (e < art->ncp && e - i <= 10 && !is_close_quote(cp[e]) && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
            e++;
        if (e >= art->ncp || !is_close_quote(cp[e]) || e - i < 3)
            continue;
        /* up to six characters of description, then 公司/集团/有限公司 */
        for (int32_t k = e + 1; k < art->ncp && k - e <= 7; k++) {
            if (!gx_is_cjk(cp[k]))
                break;
            if (k + 1 < art->ncp && ((cp[k] == 0x516C && cp[k + 1] == 0x53F8) || (cp[k] == 0x96C6 && cp[k + 1] == 0x56E2))) {
                gx_span n = {i, k + 2};
                /* the description is no clause (“延期购回”成为|上市公司, “X”前十名的|基金公司,
                 * “供给侧”改革对|上市公司) and not a kind of company alone (“X”上市|公司) */
                bool clause = false;
                for (int32_t q = e + 1; q < k && !clause; q++)
                    clause = gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) >= 2 || cp[q] == 0x7684 /* 的 */;
                if (k > e + 1 && gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + e + 1, k - (e + 1)))
                    clause = true;
                if (k - (e + 1) >= 2 && cp[k - 2] == 0x4E0A && cp[k - 1] == 0x5E02) /* …上市|公司 */
                    clause = true;
                /* a quoted word right before 公司 (“爆雷”公司, “壳资源”公司) is a kind of company
                 * unless the article uses it as a name again, without the quotes */
                if (!clause && k == e + 1) {
                    int32_t qlen = e - (i + 1);
                    int uses = 0;
                    for (int32_t i1 = qlen >= 2 ? gx_text_ix_first(&ix->text, cp + i + 1) : 0; i1 > 0 && !uses;
                         i1 = ix->text.next[i1 - 1]) {
                        int32_t at = i1 - 1;
                        uses = at != i + 1 && at + qlen <= art->ncp && at > 0 && !is_open_quote(cp[at - 1]) &&
                               !memcmp(cp + at, cp + i + 1, sizeof(uint32_t) * (size_t)qlen);
                    }
                    clause = !uses;
                }
                if (!clause && !has_list_block(ix, e + 1, k))
                    gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
                break;
            }
        }
        i = e;
    }
}

/* ------------------------------------------------------------------ the stage */

/* A known company's investment arm (美团|龙珠资本, 阿里巴巴|创投, 腾讯|产业基金, 联想|之星创投 …):
 * the gazetteer name, at most four characters of the arm's own name, then an arm word; the arm
 * is a company of its own (the parent keeps its other mentions). 投资 is most often the verb
 * (美团投资了…, 中国汽研拟投资不超9亿元): it counts only before a clause edge or 领投/参投/表示. */
static void investment_arm_rule(const gx_hit_index *ix, gx_article *art)
{
    /* (not bare 基金: 汇丰晋信|双核基金, 兴全|合宜基金 are fund products) */
    static const char32_t *const arms[] = {U"产业基金", U"创业投资", U"产业投资", U"资产管理", U"资本", U"创投",
                                           U"资管", U"投资"};
    static const char32_t stop[] = U"的在和与及对向从把被将是为了也都等旗下或其该、拟已再又曾还正近今年月日亿万元共所主持获由注册增减加实";
    static const char32_t after_verb[] = U"领参表称等和与及也、";
    const uint32_t *cp = art->cp;
    for (int i = 0; i < ix->n; i++) {
        const gx_lex_hit *h = &ix->hits[i];
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, h->entry);
        if (e->kind != GX_LEX_COMPANY)
            continue;
        /* every arm word starts with 产, 创, 资 or 投: none within reach, nothing to read */
        bool near = false;
        for (int32_t m = h->end; m <= h->end + 4 && m < art->ncp && !near; m++)
            near = cp[m] == 0x4EA7 || cp[m] == 0x521B || cp[m] == 0x8D44 || cp[m] == 0x6295;
        if (!near || gx_hit_len_starting(ix, h->start, GX_LEX_COMPANY) > h->end - h->start)
            continue;
        /* the longest arm reading that starts within four characters after the name */
        int32_t best = -1, own_end = -1; /* end of the name before the arm word (美团龙珠|资本) */
        for (int32_t m = h->end; m <= h->end + 4 && m < art->ncp && best < 0; m++) {
            if (m > h->end) {
                uint32_t c = cp[m - 1];
                bool bad = !gx_is_cjk(c);
                for (const char32_t *q = stop; *q && !bad; q++)
                    bad = c == (uint32_t)*q;
                if (bad)
                    break;
            }
            /* every arm word starts with 产, 创, 资 or 投 */
            if (cp[m] != 0x4EA7 && cp[m] != 0x521B && cp[m] != 0x8D44 && cp[m] != 0x6295)
                continue;
            for (size_t a = 0; a < sizeof arms / sizeof arms[0] && best < 0; a++) {
                int32_t n = 0;
                while (arms[a][n])
                    n++;
                if (m + n > art->ncp)
                    continue;
                bool eq = true;
                for (int32_t k = 0; k < n && eq; k++)
                    eq = cp[m + k] == (uint32_t)arms[a][k];
                if (!eq)
                    continue;
                int32_t end = m + n;
                /* the arm word must end the name (资本市场, 基金会, 投资者 are other words) */
                if (!gx_name_right_ok(ix, art, end) || (end < art->ncp && (cp[end] == 0x4F1A /* 会 */ ||
                    cp[end] == 0x8005 /* 者 */ || cp[end] == 0x4EBA /* 人 */ || cp[end] == 0x5E02 /* 市 */)))
                    continue;
                /* the arm's own name is two characters or more (龙珠, 之星) */
                if (m == h->end + 1)
                    continue;
                if (n == 2 && cp[m] == 0x6295 /* 投资 */) {
                    bool edge = end >= art->ncp || (!gx_is_cjk(cp[end]) && !gx_is_alnum(cp[end]));
                    for (const char32_t *q = after_verb; *q && !edge; q++)
                        edge = cp[end] == (uint32_t)*q;
                    if (!edge)
                        continue;
                }
                best = end;
                own_end = m;
            }
        }
        if (best < 0)
            continue;
        /* the name is an arm already (纪源资本, 大西洋|投资投资 repeats a word): no arm of an arm */
        bool arm_word = false;
        for (size_t a = 0; a < sizeof arms / sizeof arms[0] && !arm_word; a++)
            for (int32_t at = h->start + 1; at < best - 2 && !arm_word; at++) {
                bool eq = true;
                int32_t k = 0;
                for (; arms[a][k] && eq; k++)
                    eq = at + k < best - 2 && cp[at + k] == (uint32_t)arms[a][k];
                arm_word = eq;
            }
        if (arm_word)
            continue;
        gx_span name = {h->start, best};
        if (gx_hit_len_starting(ix, h->start, GX_LEX_COMPANY) >= best - h->start)
            continue; /* the gazetteer knows the whole name */
        int t = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.8f, NULL, -1);
        /* the arm named without its arm word elsewhere (这是美团龙珠在消费领域的案例) is the arm */
        if (own_end - h->end >= 2)
            add_all_occurrences(ix, art, (gx_span){h->start, own_end}, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.8f, t);
    }
}

void gx_rules_apply(const gx_engine *eng, gx_article *art)
{
    if (!eng || !eng->lexicon || art->ncp == 0)
        return;
    gx_hit_index ix;
    gx_hit_index_build(&ix, eng->lexicon, art);
    triggers tr;
    triggers_find(&tr, art);
    suffix_rule(&ix, art);
    investment_arm_rule(&ix, art);
    ticker_rule(&ix, art, &tr);
    alias_rule(&ix, art, &tr);
    latin_gloss_rule(art, &tr);
    list_rules(&ix, art, &tr);
    gx_people_rules(&ix, art);
    attribute_rule(&ix, art);
    special_treatment_rule(&ix, art, &tr);
    group_rule(&ix, art, &tr);
    relation_rule(&ix, art);
    coop_rule(&ix, art);
    gov_unit_rule(&ix, art);
    country_body_rule(&ix, art);
    division_rule(&ix, art);
    dotted_names(&ix, art, &tr);
    adjacent_persons(&ix, art);
    quoted_names(&ix, art, &tr);
    latin_context_names(&ix, art, &tr);
}
