/* gx_entity_util.c — helpers shared by the entity stages (see gx_entity_util.h). */
#include "gx_entity_util.h"

#include "gx_cand_pos.h"
#include "gx_tagger.h"
#include "gx_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gx_hit_index_build(gx_hit_index *ix, const gx_lexicon *lex, gx_article *art)
{
    memset(ix, 0, sizeof *ix);
    ix->lex = lex;
    ix->cp = art->cp;
    ix->ncp = art->ncp;
    /* cue words by a scan; entity words from the gazetteer candidates already in the article */
    int ncue;
    gx_lex_hit *cues = gx_lexicon_cue_hits(lex, art, &ncue);
    int ngaz = 0;
    for (int i = 0; i < art->candidates.n; i++)
        ngaz += art->candidates.v[i].source == GX_SRC_GAZETTEER && art->candidates.v[i].lex_id >= 0;
    gx_text_ix_build(&ix->text, art);
    ix->hits = gx_arena_alloc(art->arena, sizeof(gx_lex_hit) * (size_t)(ncue + ngaz + 1));
    if (ncue > 0)
        memcpy(ix->hits, cues, sizeof(gx_lex_hit) * (size_t)ncue);
    ix->n = ncue;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->source != GX_SRC_GAZETTEER || c->lex_id < 0)
            continue;
        ix->hits[ix->n].start = c->span.start;
        ix->hits[ix->n].end = c->span.end;
        ix->hits[ix->n].entry = c->lex_id;
        ix->n++;
    }
    /* both parts are in gx_lex_hit_cmp order already (the scan's and the gazetteer candidates,
     * which gx_lexicon_scan added in that order): merge them; sort when they are not */
    bool sorted = true;
    for (int i = 1; i < ix->n && sorted; i++)
        sorted = i == ncue || gx_lex_hit_cmp(&ix->hits[i - 1], &ix->hits[i]) <= 0;
    if (ix->n > 1 && !sorted) {
        qsort(ix->hits, (size_t)ix->n, sizeof(gx_lex_hit), gx_lex_hit_cmp);
    } else if (ncue > 0 && ix->n > ncue) {
        gx_lex_hit *m = gx_arena_alloc(art->arena, sizeof(gx_lex_hit) * (size_t)(ix->n + 1));
        int a = 0, b = ncue, k = 0;
        while (a < ncue || b < ix->n) {
            bool take_a =
                b >= ix->n || (a < ncue && gx_lex_hit_cmp(&ix->hits[a], &ix->hits[b]) <= 0);
            m[k++] = take_a ? ix->hits[a++] : ix->hits[b++];
        }
        ix->hits = m;
    }
    size_t np = (size_t)art->ncp + 1;
    /* the heads raw: a head is written where its position's bit is first set and read only
     * where the bit is set (zeroing np bits instead of setting np heads to -1) */
    ix->by_start = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * np);
    ix->by_end = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * np);
    ix->has_start = gx_arena_alloc(art->arena, sizeof(uint64_t) * ((np + 63) / 64));
    ix->has_end = gx_arena_alloc(art->arena, sizeof(uint64_t) * ((np + 63) / 64));
    ix->next_start = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * (size_t)(ix->n + 1)); /* [0, n) set below */
    ix->next_end = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * (size_t)(ix->n + 1));
    /* hits are sorted by start, longer first: insert backwards so lists keep that order */
    for (int i = ix->n - 1; i >= 0; i--) {
        const int32_t p = ix->hits[i].start;
        ix->next_start[i] = gx_head_at(ix->has_start, ix->by_start, p);
        ix->has_start[p >> 6] |= 1ull << (p & 63);
        ix->by_start[p] = i;
    }
    for (int i = 0; i < ix->n; i++) {
        const int32_t p = ix->hits[i].end;
        ix->next_end[i] = gx_head_at(ix->has_end, ix->by_end, p);
        ix->has_end[p >> 6] |= 1ull << (p & 63);
        ix->by_end[p] = i;
    }
    /* the lists by kind, built backwards so that each ascends */
    ix->kind_next = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(ix->n + 1));
    for (int k = 0; k < GX_LEX__COUNT; k++)
        ix->kind_first[k] = ix->n;
    for (int i = ix->n - 1; i >= 0; i--) {
        const gx_lex_kind kd = gx_lexicon_entry(lex, ix->hits[i].entry)->kind;
        ix->kind_next[i] = ix->kind_first[kd];
        ix->kind_first[kd] = i;
    }
}

int gx_hit_len_starting(const gx_hit_index *ix, int32_t pos, gx_lex_kind kind)
{
    if (pos < 0 || pos >= ix->ncp)
        return 0;
    int best = gx_lex_kind_is_char(kind) && gx_lexicon_char_is(ix->lex, ix->cp[pos], kind) ? 1 : 0;
    for (int i = gx_head_at(ix->has_start, ix->by_start, pos); i >= 0; i = ix->next_start[i]) {
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, ix->hits[i].entry);
        int len = ix->hits[i].end - ix->hits[i].start;
        if (e->kind == kind && len > best)
            best = len;
    }
    return best;
}

int gx_hit_len_ending(const gx_hit_index *ix, int32_t pos, gx_lex_kind kind)
{
    if (pos <= 0 || pos > ix->ncp)
        return 0;
    int best =
        gx_lex_kind_is_char(kind) && gx_lexicon_char_is(ix->lex, ix->cp[pos - 1], kind) ? 1 : 0;
    for (int i = gx_head_at(ix->has_end, ix->by_end, pos); i >= 0; i = ix->next_end[i]) {
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, ix->hits[i].entry);
        int len = ix->hits[i].end - ix->hits[i].start;
        if (e->kind == kind && len > best)
            best = len;
    }
    return best;
}

static bool latin_name_char(uint32_t c)
{
    return gx_is_alnum(c) || c == ' ' || c == ',' || c == '.' || c == '&' || c == '-' || c == '\'';
}

/* A negation glued before a name the article also writes alone (：非|苏宁旗下 … 苏宁回应; twenty-fifth
 * session, comp65): 非 at s opens no name when 非 and the next character make no word of the tagger's
 * lexicon (非常, 非凡, 非洲 stay whole), the rest is two characters or more and the text names the rest
 * somewhere not right after 非 (a name that opens with 非, 非夕科技, is never written without it). */
bool gx_name_negated(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t len = end - s - 1;
    if (!ix->tagger || s < 0 || s >= end || cp[s] != 0x975E /* 非 */ || len < 2 || !gx_is_cjk(cp[s + 1]) ||
        gx_tagger_common_word(ix->tagger, cp + s, 2) || gx_tagger_place_word(ix->tagger, cp + s, 2))
        return false;
    for (int32_t p = gx_text_place_first(art, cp + s + 1); p >= 0; p = gx_text_place_next(art, p))
        if (p + len <= art->ncp && (p == 0 || cp[p - 1] != 0x975E) &&
            !memcmp(cp + p, cp + s + 1, sizeof(uint32_t) * (size_t)len))
            return true;
    return false;
}

int32_t gx_name_left(const gx_hit_index *ix, const gx_article *art, int32_t end, int max)
{
    const uint32_t *cp = art->cp;
    if (end <= 0)
        return end;
    if (gx_is_alnum(cp[end - 1]) || cp[end - 1] == '.' || cp[end - 1] == ',') {
        /* a Latin name: words going left while they are capitalised (or all caps / digits) */
        int32_t s = end;
        int32_t best = end;
        while (s > 0 && latin_name_char(cp[s - 1]) && end - s < 80) {
            s--;
            if (gx_is_alnum(cp[s]) && (s == 0 || !gx_is_alnum(cp[s - 1]))) {
                /* s is a word start: accept it when capitalised or a digit */
                if (gx_is_upper(cp[s]) || gx_is_digit(cp[s]))
                    best = s;
                else
                    break;
            }
        }
        return best;
    }
    int32_t s = end;
    while (s > 0 && end - s < max) {
        uint32_t c = cp[s - 1];
        /* (a dot between two capitals is inside a Latin name, no edge: 兼T.|E数字科技首席执行官; twenty-fifth
         * session, comp60) */
        if (c == '.' && s >= 2 && s < end && gx_is_upper(cp[s - 2]) && gx_is_upper(cp[s])) {
            s--;
            continue;
        }
        if ((!gx_is_cjk(c) && !gx_is_alnum(c)) || c == 0x4E28 /* 丨, a separator (格隆汇8月11日丨X) */)
            break;
        /* stop when a stop word or a title ends here (the name starts right after it); right
         * before the suffix only a word or a pure function character stops (财经 ends in 经) */
        int st = gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP);
        /* right before the suffix or title a stop word is more likely the end of the name
         * (腾逸投资|总经理, 海潮财经|记者) than an empty name; only function characters stop */
        if (st > 0 && s == end && !gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN))
            st = 0;
        /* a one-character stop that ends a word of a firm's name with the character before it
         * (大数|据 in 广西会合大数据科技有限公司, 财|经) is inside that word, no edge: a word of the
         * lexicon's generic bodies that is no stop word itself (twenty-fifth session, comp60) */
        if (st == 1 && s >= 2 && s < end && gx_is_cjk(cp[s - 2]) && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 1 &&
            gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + s - 2, 2) && !gx_lexicon_is(ix->lex, GX_LEX_LEFT_STOP, cp + s - 2, 2))
            st = 0;
        /* ... nor one that opens such a word with the characters after it, glued to a name before it
         * (上海青蚨在|线金融信息服务有限公司, 以|太坊): not a determiner's word (各大, 该公司, 这家), which
         * is no part of a name (twenty-seventh session, comp69) */
        if (st == 1 && s >= 2 && s < end && gx_is_cjk(cp[s - 2]) && !gx_cp_in(c, U"各某每该这那") &&
            gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 1 && !gx_lexicon_char_is(ix->lex, cp[s - 2], GX_LEX_LEFT_STOP))
            for (int32_t wl = 2; wl <= 3 && s - 1 + wl <= end; wl++)
                if (gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + s - 1, wl) &&
                    !gx_lexicon_is(ix->lex, GX_LEX_LEFT_STOP, cp + s - 1, wl)) {
                    st = 0;
                    break;
                }
        if (st > 0 || (s < end && gx_hit_len_ending(ix, s, GX_LEX_POSITION) > 0))
            break;
        if (gx_is_digit(c))
            break;
        /* a date right before the name: 8月26日壁仞科技; a résumé's post after its date:
         * 2005年11月至2009年8月任|广东德邦物流有限公司 */
        if ((c == 0x5E74 || c == 0x6708 || c == 0x65E5 || c == 0x53F7) && s >= 2 && gx_is_digit(cp[s - 2]))
            break;
        if (c == 0x4EFB /* 任 */ && s >= 3 && (cp[s - 2] == 0x5E74 || cp[s - 2] == 0x6708) && gx_is_digit(cp[s - 3]))
            break;
        s--;
    }
    /* a stop word at the very beginning of the span (e.g. "的" right before) */
    while (s < end) {
        int l = gx_hit_len_starting(ix, s, GX_LEX_LEFT_STOP);
        if (l == 0 || s + l > end - 1)
            break;
        s += l;
    }
    if (s < end && gx_name_negated(ix, art, s, end))
        s++;
    /* a conjunction right after a preposition or another conjunction joins nothing: it is the
     * name's first character (由|和信数字科技有限公司运营, 与和信贷合作) */
    if (s >= 2 && s < end && end - s < max && gx_is_cjk(cp[s]) && gx_conj_opens_name(art, s - 1))
        s--;
    return s;
}

int32_t gx_name_left_past_cap(const gx_hit_index *ix, const gx_article *art, int32_t end, int max)
{
    int32_t s = gx_name_left(ix, art, end, max);
    if (end - s == max && s > 0 && gx_is_cjk(art->cp[s - 1]) && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 0) {
        int32_t far = gx_name_left(ix, art, end, max + 4);
        if (far < s && gx_hit_len_ending(ix, far, GX_LEX_LEFT_STOP) >= 2)
            return far;
    }
    return s;
}

bool gx_conj_opens_name(const gx_article *art, int32_t pos)
{
    /* (not 将, 在, 经, 与…: before them 和/与 is itself a preposition, 经与|中国结算确认, 将和X合作) */
    static const char32_t PREP[] = U"由被";
    if (pos < 1 || pos + 1 >= art->ncp || !gx_is_conjunction_char(art->cp[pos]))
        return false;
    for (const char32_t *q = PREP; *q; q++)
        if (art->cp[pos - 1] == (uint32_t)*q)
            return true;
    return false;
}

bool gx_is_conjunction_char(uint32_t c)
{
    return c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */;
}

bool gx_is_function_char(uint32_t c)
{
    return gx_cp_in(c, U"的和与及或在是了就也都被对为、");
}

/* Is conj + name (the conjunction at pos - 1, the name [pos, end)) written elsewhere in the text
 * with a clear edge before it (a line's or a clause's start): the name's own first character? */
static bool conj_name_elsewhere(const gx_hit_index *ix, const gx_article *art, int32_t pos, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t len = end - pos + 1;
    if (pos < 1 || len < 3)
        return false;
    for (int32_t i1 = gx_text_ix_first(&ix->text, cp + pos - 1); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at == pos - 1 || at + len > art->ncp || memcmp(cp + at, cp + pos - 1, sizeof(uint32_t) * (size_t)len))
            continue;
        if (at == 0 || (!gx_is_cjk(cp[at - 1]) && !gx_is_alnum(cp[at - 1])))
            return true;
    }
    return false;
}

const char32_t *const gx_company_describers[] = {
    U"企业",   U"平台",   U"公司",   U"创企",   U"电商",   U"品牌",   U"机构",   U"集团",
    U"巨头",   U"独角兽", U"初创",   U"提供商", U"服务商", U"研发商", U"运营商", U"开发商",
    U"制造商", U"生产商", U"供应商", U"零售商", U"经销商", U"发行商", U"厂商",   U"私募",   NULL};

const char32_t *const gx_investor_kinds[] = {U"对冲基金", U"私募基金", U"私募机构", U"风投机构", U"投资机构",
                                              U"资管机构", U"主权基金", U"养老基金", NULL};

const char32_t *const gx_weak_company_describers[] = {U"公司", U"企业", U"机构", U"集团", U"品牌", U"初创", NULL};

/* The latest start after from of a tagger reading (any type but a position) that ends at end, or
 * -1. */
static int32_t tagger_start(const gx_article *art, int32_t from, int32_t end)
{
    int32_t best = -1;
    for (int k = gx_cand_pos_next(art, -1, end, true); k >= 0; k = gx_cand_pos_next(art, k, end, true)) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source == GX_SRC_TAGGER && c->type != GX_ENT_POSITION && c->span.end == end && c->span.start > from &&
            c->span.end - c->span.start >= 2 && c->span.start > best)
            best = c->span.start;
    }
    return best;
}

gx_name_edge gx_company_name_left(const gx_hit_index *ix, const gx_article *art, int32_t end, bool sure,
                                  bool inner_describer)
{
    const uint32_t *cp = art->cp;
    gx_name_edge r = {end, false, false, sure};
    if (end < 1)
        return r;
    int32_t s = gx_name_left(ix, art, end, 12);
    r.start = s;
    if (gx_is_alnum(cp[end - 1]) && !gx_is_digit(cp[end - 1]) && cp[s] < 0x80) {
        r.latin = true;
        return r;
    }
    gx_span n = {s, end};
    /* in a sure context a name reads on over the business words a look-back stops at
     * (中国金融投资|管理(00605-HK)), as a legal name does */
    if (sure)
        n.start = gx_name_left_over_business(ix, art, n.start, end, 12);
    /* in a sure context a short name reaches back over a stop word to punctuation (,信而|富(XRF.US)) */
    if (sure && n.start > 0 && gx_is_cjk(cp[n.start - 1])) {
        int32_t b = n.start;
        while (b > 0 && n.end - b < 5 && gx_is_cjk(cp[b - 1]))
            b--;
        /* (not over a function word opening the run: (SEC)对|赫兹, 。但在|腾讯) */
        int l;
        while (b < n.start && (l = gx_hit_len_starting(ix, b, GX_LEX_LEFT_STOP)) > 0 && b + l <= n.start)
            b += l;
        if (n.end - b <= 4 && (b == 0 || (!gx_is_cjk(cp[b - 1]) && !gx_is_alnum(cp[b - 1])) ||
                               gx_hit_len_ending(ix, b, GX_LEX_LEFT_STOP) > 0))
            n.start = b;
    }
    /* a conjunction opening a clause is the name's first character (,和码编程完成…), as is one the
     * article writes with the name at a clause's start elsewhere (上市公司和信贷(NASDAQ:HX) beside a
     * title 和信贷推出…) */
    if (n.start >= 1 && gx_is_conjunction_char(cp[n.start - 1]) &&
        (n.start == 1 || (!gx_is_cjk(cp[n.start - 2]) && !gx_is_alnum(cp[n.start - 2])) ||
         conj_name_elsewhere(ix, art, n.start, n.end)))
        n.start--;
    /* the last describer inside the span starts the name (社群零售企业|十荟团), even one a stop word
     * inside the name hid from gx_name_left (直播电商平台|生活有鱼) */
    for (int32_t k = end - 2; inner_describer && k >= end - 6 && k >= 2 && k < n.start && gx_is_cjk(cp[k]) &&
                              gx_is_cjk(cp[k + 1]) && gx_hit_len_starting(ix, k, GX_LEX_LEFT_STOP) < 2;
         k--)
        if (gx_word_ending(cp, 0, k, gx_company_describers) > 0 && !gx_word_ending(cp, 0, k, gx_weak_company_describers)) {
            n.start = k;
            r.described = r.inner_stop = true;
            break;
        }
    /* (also one whose head a stop word cut off: 服务|商云玖科技, 应用服务商 with 服务 a stop word) */
    for (int32_t k = n.start + 1; k + 2 <= n.end; k++) {
        int32_t l = gx_word_ending(cp, 0, k, gx_company_describers);
        if (l > 0) {
            n.start = k;
            r.described = true;
        }
    }
    /* the tagger's left edge inside a long span (周四美股盘前|赫兹) */
    int32_t ts = tagger_start(art, n.start, n.end);
    if (!r.described && n.end - n.start > 5 && ts > n.start) {
        n.start = ts;
        r.described = true;
    }
    r.start = n.start;
    return r;
}

bool gx_name_right_ok(const gx_hit_index *ix, const gx_article *art, int32_t pos)
{
    if (pos >= art->ncp)
        return true;
    uint32_t c = art->cp[pos];
    if (!gx_is_cjk(c) && !gx_is_alnum(c))
        return true;
    if (gx_is_alnum(c))
        return gx_is_cjk(art->cp[pos - 1]) || pos == 0;
    if (gx_lexicon_is(ix->lex, GX_LEX_RIGHT_OK, &c, 1))
        return true;
    static const gx_lex_kind ok[] = {GX_LEX_POSITION, GX_LEX_COMPANY, GX_LEX_GOVERNMENT, GX_LEX_ORGANIZATION};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (gx_hit_len_starting(ix, pos, ok[i]) > 0)
            return true;
    /* a word that ends the look-back for a name (跟投, 领投, 收购, 宣布) */
    if (gx_hit_len_starting(ix, pos, GX_LEX_LEFT_STOP) >= 2)
        return true;
    /* "former" and a title (Stifel Nicolaus&Co.|前首席…交易员, X公司|原董事长) */
    if ((c == 0x524D /* 前 */ || c == 0x539F /* 原 */) &&
        (gx_hit_len_starting(ix, pos + 1, GX_LEX_POSITION) > 0 ||
         gx_word_at(art, pos + 1, (const char32_t *const[]){U"首席", U"高级", U"常务", U"执行", NULL}) > 0))
        return true;
    /* a department and a title after it (X期货|业务发展部董事): the name ends before them */
    for (int32_t j = pos + 1; j < pos + 8 && j + 1 < art->ncp && gx_is_cjk(art->cp[j]); j++) {
        int32_t k = j + 1;
        if (art->cp[j] == 0x90E8 /* 部 */ && art->cp[k] == 0x95E8 /* 门 */)
            k++;
        if (art->cp[j] == 0x90E8 && gx_hit_len_starting(ix, k, GX_LEX_POSITION) > 0)
            return true;
    }
    return false;
}

bool gx_ticker_mainland(const gx_ticker *t)
{
    return !strcmp(t->exchange, "SSE") || !strcmp(t->exchange, "SZSE") || !strcmp(t->exchange, "BSE");
}

bool gx_latin_firm_word(const gx_article *art, gx_span s)
{
    static const char *const words[] = {"Group", "Bank", "Capital", "Management", "Partners", "Fund", "Company",
                                        "Holdings", "Holding", "Inc", "Corp", "Corporation", "Ltd", "Limited", "Securities",
                                        "Research", "Economics", "Markets", "Investments", "Investment", "Asset",
                                        "Advisors", "Trust", "Insurance", "Financial", "Associates", "Ventures",
                                        "Technologies", "Motors", "Energy", "Analytics", "LP", "LLC", "AG", "SA",
                                        "plc", "Plc", "PLC", "Co", "group", "Funds", "Insights", "Intelligence", "Consulting",
                                        "Strategies", "Services", "Systems", "Labs", "Airlines", "GmbH", NULL};
    for (int w = 0; words[w]; w++)
        if (gx_ascii_at(art->cp, s.end, s.start, words[w], false) == s.end - s.start ||
            (s.end - s.start > 2 && art->cp[s.start] >= 'a' && art->cp[s.start] <= 'z' && words[w][0] == (char)(art->cp[s.start] - 'a' + 'A') &&
             gx_ascii_at(art->cp, s.end, s.start + 1, words[w] + 1, false) == s.end - s.start - 1)) /* LPL financial */
            return true;
    return false;
}

bool gx_latin_camel_firm(const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    if (s.end - s.start < 6 || !gx_is_upper(cp[s.start]))
        return false;
    int32_t last = -1; /* the last capital that follows a lower-case letter */
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_alnum(cp[k]) || gx_is_digit(cp[k]))
            return false;
        if (k > s.start && gx_is_upper(cp[k]) && cp[k - 1] >= 'a' && cp[k - 1] <= 'z')
            last = k;
    }
    /* the head, before the firm word, is a word of its own (Valar|Ventures, not A|Bank) */
    return last - s.start >= 3 && gx_latin_firm_word(art, (gx_span){last, s.end});
}

/* A portal's code marker after a quote or a name, (行情600926,诊股): its end when one starts at
 * pos, else pos. */
static int32_t code_marker_end(const gx_article *art, int32_t pos)
{
    static const uint32_t HEAD[] = {'(', 0x884C, 0x60C5}; /* (行情 */
    static const uint32_t TAIL[] = {',', 0x8BCA, 0x80A1, ')'}; /* ,诊股) */
    if (pos + 13 > art->ncp || memcmp(art->cp + pos, HEAD, sizeof HEAD))
        return pos;
    int32_t k = pos + 3;
    while (k < art->ncp && k - pos < 12 && gx_is_digit(art->cp[k]))
        k++;
    if (k - (pos + 3) != 6 || k + 4 > art->ncp || memcmp(art->cp + k, TAIL, sizeof TAIL))
        return pos;
    return k + 4;
}

/* The start of a code marker (code_marker_end) that ends at pos, else pos. */
static int32_t code_marker_start(const gx_article *art, int32_t pos)
{
    return pos >= 13 && code_marker_end(art, pos - 13) == pos ? pos - 13 : pos;
}

bool gx_after_stock_quote(const gx_article *art, int32_t pos)
{
    pos = code_marker_start(art, pos); /* (…)(行情600926,诊股)|股份有限公司 */
    if (pos + 1 < art->ncp && art->cp[pos] == ')') /* a name read from the quote's bracket on */
        pos++;
    if (pos < 8 || pos > art->ncp || art->cp[pos - 1] != ')' || art->cp[pos - 2] != '%')
        return false;
    int commas = 0;
    for (int32_t q = pos - 3; q >= 0 && q >= pos - 32; q--) {
        uint32_t c = art->cp[q];
        if (c == '(')
            return commas == 2 && q > 0 &&
                   (gx_is_cjk(art->cp[q - 1]) || (gx_is_alnum(art->cp[q - 1]) && !gx_is_digit(art->cp[q - 1])));
        if (c == ',')
            commas++;
        else if (!gx_is_digit(c) && c != '.' && c != '-' && c != '+')
            return false;
    }
    return false;
}

int32_t gx_stock_quote_end(const gx_article *art, int32_t pos)
{
    if (pos <= 0 || pos >= art->ncp || art->cp[pos] != '(')
        return pos;
    for (int32_t r = pos + 1; r < art->ncp && r <= pos + 30; r++)
        if (art->cp[r] == ')')
            return gx_after_stock_quote(art, r + 1) ? code_marker_end(art, r + 1) : pos;
    return pos;
}

int32_t gx_stock_quote_start(const gx_article *art, int32_t pos)
{
    if (pos <= 0 || pos > art->ncp || art->cp[pos - 1] != ')' || !gx_after_stock_quote(art, pos))
        return pos;
    int32_t e = code_marker_start(art, pos);
    for (int32_t q = e - 2; q >= 0 && q >= e - 32; q--)
        if (art->cp[q] == '(')
            return q;
    return pos;
}

const char *gx_span_text_unquoted(const gx_article *art, gx_span span)
{
    for (int32_t k = span.start + 1; k < span.end; k++) {
        int32_t q = gx_stock_quote_end(art, k);
        if (q > k && q <= span.end) {
            const char *a = gx_article_span_text(art, (gx_span){span.start, k});
            const char *b = gx_span_text_unquoted(art, (gx_span){q, span.end});
            size_t la = strlen(a), lb = strlen(b);
            char *out = gx_arena_alloc(art->arena, la + lb + 1);
            memcpy(out, a, la);
            memcpy(out + la, b, lb + 1);
            return out;
        }
    }
    return gx_article_span_text(art, span);
}

int gx_add_candidate(gx_article *art, gx_span span, gx_ent_type type, gx_cand_source src,
                     float score, const char *canonical, int32_t link)
{
    gx_candidate *c = GX_VEC_PUSH(art->arena, art->candidates);
    c->span = span;
    c->type = type;
    c->source = src;
    c->score = score;
    c->lex_id = -1;
    c->canonical = canonical;
    c->link = link;
    return art->candidates.n - 1;
}

int32_t gx_lex_word_at(const gx_lexicon *lex, gx_lex_kind kind, const gx_article *art, int32_t pos)
{
    enum { LONGEST = 8 }; /* the lookup kinds read this way hold short words */
    int n = pos < art->ncp ? (int)(art->ncp - pos < LONGEST ? art->ncp - pos : LONGEST) : 0;
    uint32_t mask = n ? gx_lexicon_prefix_mask(lex, kind, art->cp + pos, n, 1) : 0;
    int32_t len = 0;
    for (int32_t l = 1; mask; l++, mask >>= 1)
        if (mask & 1)
            len = l;
    return len;
}

const char32_t *const gx_source_verbs[] = {U"认为", U"指出", U"表示", U"预计", NULL};

const char32_t *const gx_business_words[] = {U"投资", U"管理", U"控股", U"服务", U"建设", U"运营", NULL};

int32_t gx_run_start(const uint32_t *cp, int32_t end, const char32_t *set)
{
    for (; end > 0; end--) {
        const char32_t *p = set;
        while (*p && (uint32_t)*p != cp[end - 1])
            p++;
        if (!*p)
            break;
    }
    return end;
}

bool gx_is_numeral(uint32_t c)
{
    static const char32_t numerals[] = U"一二三四五六七八九十百千两零";
    for (const char32_t *p = numerals; *p; p++)
        if ((uint32_t)*p == c)
            return true;
    return gx_is_digit(c);
}

int32_t gx_name_left_over_business(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t end, int max)
{
    /* t: how far the business words reach; s moves there only when a name opens before them */
    int32_t t = s;
    for (int guard = 0; guard < 4; guard++) {
        /* (a word for firms before a business word is the name's business scope, 企业|管理: the
         * name opens before it, 广州甜蜜转身|企业管理有限公司; twenty-fifth session, comp60) */
        int fl = gx_hit_len_ending(ix, t, GX_LEX_LEFT_STOP);
        if (fl >= 2 && t - fl >= 1 && gx_word_at(art, t, gx_business_words) > 0 &&
            gx_lexicon_is(ix->lex, GX_LEX_FIRM_NOUN, art->cp + t - fl, fl) &&
            gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + t - fl, fl) &&
            !gx_lexicon_is(ix->lex, GX_LEX_COMPANY_SUFFIX, art->cp + t - fl, fl) && gx_is_cjk(art->cp[t - fl - 1]) &&
            gx_hit_len_ending(ix, t - fl, GX_LEX_LEFT_STOP) == 0 && end - (t - fl) < max) {
            int32_t s2 = gx_name_left(ix, art, t - fl, max - (end - (t - fl)));
            if (t - fl - s2 < 2)
                break;
            s = t = s2;
            continue;
        }
        int32_t l = gx_word_ending(art->cp, 0, t, gx_business_words);
        if (l == 0 || t - l < 1 || !gx_is_cjk(art->cp[t - l - 1]) || end - (t - l) >= max)
            break;
        /* (not after a stop word of its own: 拟|投资建设有限公司 is a plan, no name; a stop word
         * that is itself a business word is the run going on: 七台河市城市|建设|投资|发展有限公司) */
        if (gx_hit_len_ending(ix, t - l, GX_LEX_LEFT_STOP) > 0) {
            if (gx_word_ending(art->cp, 0, t - l, gx_business_words) == 0)
                break;
            t -= l;
            continue;
        }
        int32_t s2 = gx_name_left(ix, art, t - l, max - (end - (t - l)));
        if (s2 >= t - l)
            break;
        s = t = s2;
    }
    return s;
}

const char32_t *const GX_STOCK_MARKERS[] = {U"ST", U"PT", U"SST", U"XD", U"XR", U"DR", NULL};

int32_t gx_word_at(const gx_article *art, int32_t at, const char32_t *const *words)
{
    if (at >= art->ncp)
        return 0; /* (only an empty word would match there, and it counts 0) */
    /* the first character once, against each word's first: most words differ there */
    const uint32_t c0 = art->cp[at];
    for (int w = 0; words[w]; w++) {
        const char32_t *x = words[w];
        if (!x[0])
            return 0; /* (an empty word ends the search, as it always did) */
        if ((uint32_t)x[0] != c0)
            continue;
        int32_t k = 1;
        while (x[k] && at + k < art->ncp && art->cp[at + k] == (uint32_t)x[k])
            k++;
        if (!x[k])
            return k;
    }
    return 0;
}

int gx_cand_same_text(const uint32_t *cp, const gx_candidate *cv, int nc, gx_span s, uint32_t types, bool elsewhere)
{
    int32_t len = s.end - s.start;
    for (int q = 0; q < nc; q++) {
        const gx_candidate *o = &cv[q];
        if ((types >> o->type & 1u) && (!elsewhere || o->span.start != s.start) && o->span.end - o->span.start == len &&
            !memcmp(cp + o->span.start, cp + s.start, sizeof(uint32_t) * (size_t)len))
            return q;
    }
    return -1;
}

int gx_cmp_int32(const void *a, const void *b)
{
    return *(const int32_t *)a - *(const int32_t *)b;
}

uint64_t gx_fnv1a64(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        h ^= *p;
        h *= 0x100000001b3ULL;
    }
    return h;
}

const char *gx_company_id(gx_arena *a, const gx_ticker *t, const char *name)
{
    if (t && t->code[0] && t->exchange[0]) {
        char buf[32];
        size_t k = 0;
        for (const char *p = t->exchange; *p && k < 12; p++)
            buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
        buf[k++] = '-';
        for (const char *p = t->code; *p && k < sizeof buf - 1; p++)
            buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
        buf[k] = '\0';
        return gx_arena_strdup(a, buf);
    }
    return gx_arena_printf(a, "n-%016llx", (unsigned long long)gx_fnv1a64(name ? name : ""));
}

void gx_text_ix_build(gx_text_ix *tx, gx_article *art)
{
    /* the text does not change after structure: the index is built once per article */
    if (art->text_ix) {
        *tx = *art->text_ix;
        return;
    }
    /* about one bucket per four positions, at most 4096 buckets (16 KB, stays in cache) */
    uint32_t cap = 64;
    while (cap < 4096 && cap * 4 < (uint32_t)art->ncp)
        cap <<= 1;
    tx->mask = cap - 1;
    tx->head = gx_arena_alloc(art->arena, sizeof(int32_t) * cap);
    /* (raw: the loop below sets every slot but the last two, which end their chains) */
    tx->next = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * ((size_t)art->ncp + 1));
    for (int32_t i = art->ncp > 0 ? art->ncp - 1 : 0; i <= art->ncp; i++)
        tx->next[i] = 0;
    for (int32_t i = art->ncp - 2; i >= 0; i--) {
        uint32_t b = gx_text_ix_bucket(tx, art->cp + i);
        tx->next[i] = tx->head[b];
        tx->head[b] = i + 1;
    }
    art->text_ix = gx_arena_alloc_raw(art->arena, sizeof *tx);
    *art->text_ix = *tx;
}

/* Words that end a name's body before 公司/集团/银行 although they are left-stop words elsewhere
 * (中南建设集团, 金螳螂企业集团, 江河创建集团, 杭州联合银行, 合作银行). */
static const char32_t *const BODY_NAME_WORDS[] = {U"建设", U"企业", U"创建", U"联合", U"合作", NULL};

/* Does a stop word that is a verb or a function phrase (cues.tsv left_stop, not a generic
 * business word, not a company attribute, not a place) occupy cp[k, end)? */
static bool verb_stop(const gx_lexicon *lex, const gx_article *art, int32_t k, int32_t end)
{
    const uint32_t *w = art->cp + k;
    int n = (int)(end - k);
    if (!gx_lexicon_is(lex, GX_LEX_LEFT_STOP, w, n) || gx_lexicon_is(lex, GX_LEX_GENERIC_BODY, w, n) ||
        gx_lexicon_is(lex, GX_LEX_COMPANY_ATTR, w, n) || gx_lexicon_is(lex, GX_LEX_REGION, w, n))
        return false;
    for (int q = 0; BODY_NAME_WORDS[q]; q++) {
        int m = 0;
        while (m < n && BODY_NAME_WORDS[q][m] == (char32_t)w[m])
            m++;
        if (m == n && !BODY_NAME_WORDS[q][m])
            return false;
    }
    return true;
}

/* Nouns of a company's relation to another (cf. gx_company_phrase). */
static const char32_t *const DESCRIPTOR_NOUNS[] = {U"子公司", U"孙公司", U"上市公司", U"债权人", U"权人", U"单位", NULL};

static bool count_numeral(uint32_t c)
{
    static const char32_t NUM[] = U"一二两三四五六七八九十几数";
    if (gx_is_digit(c))
        return true;
    for (int k = 0; NUM[k]; k++)
        if (c == (uint32_t)NUM[k])
            return true;
    return false;
}

int32_t gx_after_descriptor(const gx_article *art, gx_span s)
{
    int32_t after = s.start;
    for (int32_t k = s.start; k + 2 <= s.end; k++) {
        int32_t p = k + gx_word_at(art, k, DESCRIPTOR_NOUNS);
        if (p > k && p <= s.end)
            after = p;
    }
    return after;
}

bool gx_company_phrase(const gx_lexicon *lex, const gx_article *art, gx_span s)
{
    const uint32_t *cp = art->cp;
    int32_t len = s.end - s.start;
    if (!lex || len < 3 || !gx_span_in_text(art, s))
        return false;
    /* the last two characters open a generic business word (新浪|银行理财|师大赛): the words
     * name a line of business, not a bank; a word that is the suffix and 公司 (信托公司) or an
     * industry before 务/绩 (…银行业务) is left to the other checks */
    int32_t t = s.end - 2;
    int avail = (int)(art->ncp - t < 8 ? art->ncp - t : 8);
    if (avail > 2 && gx_is_cjk(cp[s.end])) {
        uint32_t m = gx_lexicon_prefix_mask(lex, GX_LEX_GENERIC_BODY, cp + t, avail, 3);
        for (int l = 3; m; l++, m >>= 1) {
            if (!(m & 1u))
                continue;
            int32_t e = t + l;
            bool company_word = cp[e - 2] == 0x516C && cp[e - 1] == 0x53F8; /* …公司 */
            bool industry = cp[e - 1] == 0x4E1A /* 业 */ && e < art->ncp &&
                            (cp[e] == 0x52A1 /* 务 */ || cp[e] == 0x7EE9 /* 绩 */);
            if (!company_word && !industry)
                return true;
        }
    }
    /* a place and another place or a generic business word that is no company suffix (中国香港,
     * 美国股票, 香港证券业; not 上海证券, 云南信托): a place or a market, no company; a place and
     * a kind of bank is that place's bank (长沙商业银行, 广州商业银行) */
    bool bank = cp[s.end - 2] == 0x94F6 && cp[s.end - 1] == 0x884C; /* …银行 */
    uint32_t rm = bank ? 0 : gx_lexicon_prefix_mask(lex, GX_LEX_REGION, cp + s.start, (int)len - 1, 2);
    for (int l = 2; rm; l++, rm >>= 1)
        if ((rm & 1u) && (gx_lexicon_is(lex, GX_LEX_REGION, cp + s.start + l, (int)len - l) ||
                          (gx_lexicon_is(lex, GX_LEX_GENERIC_BODY, cp + s.start + l, (int)len - l) &&
                           !gx_lexicon_is(lex, GX_LEX_COMPANY_SUFFIX, cp + s.start + l, (int)len - l))))
            return true;
    /* a descriptor noun of a company's relation (子公司, 孙公司, 上市公司, 债权人, 质押权人) at its
     * end or before a name inside it (海欣股份控股孙公司, 玲珑轮胎控股子公司|玲珑集团, 上市公司|暴风集团,
     * 债权人|铜陵市国发创业投资有限公司): the relation, not the name; the name after it is read
     * on its own */
    for (int32_t k = s.start; k + 2 <= s.end; k++) {
        int32_t p = k + gx_word_at(art, k, DESCRIPTOR_NOUNS);
        if (p > k && p <= s.end && ((p == s.end && k > s.start) || s.end - p >= 3))
            return true;
    }
    /* a description before an appositive Latin name (英国半导体公司|Arm, 英国建筑公司|Carillion):
     * Chinese words ending in a company word, the bare 公司 or 集团 after them or not, a
     * capitalised Latin word right after; a name of two or three characters before the company
     * word is the firm's own (新韩银行|SPL, a bank's branch code) */
    uint32_t a = cp[s.end - 2], b = cp[s.end - 1];
    bool bare = (a == 0x516C && b == 0x53F8) || (a == 0x96C6 && b == 0x56E2) || (a == 0x94F6 && b == 0x884C);
    int32_t after = s.end;
    if (!bare && after + 2 <= art->ncp &&
        ((cp[after] == 0x516C && cp[after + 1] == 0x53F8) || (cp[after] == 0x96C6 && cp[after + 1] == 0x56E2)))
        after += 2;
    if ((bare || after > s.end) && len - (bare ? 2 : 0) >= 4 && after + 1 < art->ncp && gx_is_upper(cp[after]) &&
        gx_is_alnum(cp[after + 1])) {
        bool cjk = true;
        for (int32_t k = s.start; k < s.end && cjk; k++)
            cjk = gx_is_cjk(cp[k]);
        if (cjk)
            return true;
    }
    /* the rest asks a bare 公司, 集团 or 银行 */
    if (!bare)
        return false;
    int32_t body_end = s.end - 2;
    /* a body made of generic business words only (私募|资产管理|公司, 油服|板块公司 is not): a
     * kind of company; at most ten characters */
    if (body_end - s.start >= 4 && body_end - s.start <= 10 &&
        !gx_lexicon_prefix_mask(lex, GX_LEX_COMPANY, cp + s.start, (int)(body_end - s.start), 2)) {
        uint16_t reach = 1; /* bit k: the body's first k characters are generic words */
        for (int32_t k = 0; k < body_end - s.start; k++) {
            if (!(reach & (1u << k)))
                continue;
            uint32_t m = gx_lexicon_prefix_mask(lex, GX_LEX_GENERIC_BODY, cp + s.start + k, (int)(body_end - s.start - k), 2);
            reach |= (uint16_t)(m << (k + 2));
        }
        if (reach & (1u << (body_end - s.start)))
            return true;
    }
    /* after a count or a verb it is "the company" of the sentence, not a name's end */
    if (body_end - s.start >= 2 && cp[body_end - 1] == 0x5BB6 /* 家 */ && count_numeral(cp[body_end - 2]))
        return true; /* 兴全基金3家|公司, 湘邮科技两家|公司 */
    for (int32_t n = 4; n >= 2; n--) {
        int32_t k = body_end - n;
        if (k < s.start)
            continue;
        if (verb_stop(lex, art, k, body_end))
            return true; /* 英大基金发布|公司, 好当家集团持有|公司, 出资|银行 */
    }
    return false;
}

int32_t *gx_text_ix_words(const gx_text_ix *tx, gx_article *art, const char32_t *const *words, int32_t *n)
{
    int32_t cap = 16, k = 0;
    int32_t *at = gx_arena_alloc_raw(art->arena, sizeof *at * (size_t)cap);
    for (int w = 0; words[w]; w++) {
        const uint32_t pair[2] = {(uint32_t)words[w][0], (uint32_t)words[w][1]};
        for (int32_t p1 = gx_text_ix_first(tx, pair); p1 > 0; p1 = tx->next[p1 - 1]) {
            int32_t i = p1 - 1;
            /* most of a bucket's positions hold another bigram: rejected here, before the word
             * test (a chain holds positions below ncp - 1, so cp[i + 1] is in the text) */
            if (art->cp[i] != pair[0] || (pair[1] && art->cp[i + 1] != pair[1]))
                continue;
            if (gx_word_at(art, i, (const char32_t *const[]){words[w], NULL}) == 0)
                continue; /* (another bigram of the bucket, or the word cut short) */
            if (k == cap) {
                int32_t *grown = gx_arena_alloc_raw(art->arena, sizeof *at * (size_t)(cap * 2));
                memcpy(grown, at, sizeof *at * (size_t)k);
                at = grown, cap *= 2;
            }
            at[k++] = i;
        }
    }
    /* (one word's chain ascends: most lists find one word or none, already in order) */
    int32_t up = 1;
    while (up < k && at[up - 1] <= at[up])
        up++;
    if (up < k)
        qsort(at, (size_t)k, sizeof *at, gx_cmp_int32);
    int32_t u = 0;
    for (int32_t i = 0; i < k; i++)
        if (u == 0 || at[u - 1] != at[i])
            at[u++] = at[i];
    *n = u;
    return at;
}
