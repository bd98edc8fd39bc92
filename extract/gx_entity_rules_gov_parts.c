/* gx_entity_rules_gov_parts.c — the parts of a national government body named after it: its
 * local office (证监会|新疆监管局, 中国证监会|深圳证监局) and its committees (中国证监会|上市公司
 * 并购重组审核委员会, 全国政协|财经委员会). Each part is one government body named with its
 * parent, as the annotators name it. Part of the entity rules (gx_entity_rules_impl.h);
 * docs/government.md says what counts as government. */
#include <string.h>
#include <uchar.h>
#include <wchar.h>

#include "gx_entity_rules_impl.h"
#include "gx_normalize.h"

_Static_assert(sizeof(wchar_t) == sizeof(uint32_t), "code points are read as wide characters (wmemchr)");

/* Does the candidate start at a place (a region or country of the lexicon)? */
static bool starts_at_place(const gx_hit_index *ix, const gx_candidate *c)
{
    return gx_hit_len_starting(ix, c->span.start, GX_LEX_REGION) > 0;
}

/* The words of a national body's office in a place, after the place (人民银行杭州|中心支行): part
 * of the rule's grammar. */
static const char32_t *const BRANCH_WORDS[] = {U"中心支行", U"分行", U"营业管理部", U"外汇管理部", U"监管局", U"监管分局",
                                               U"分局", U"特派办", NULL};

/* 证监会新疆监管局, 中国证监会深圳证监局, 银保监会上海监管局: a national body the gazetteer knows,
 * right before a body of a place (a region with a regional suffix: regions.tsv x
 * region_suffixes.tsv) or a place and a branch word (人民银行杭州中心支行), is that body's local
 * office, one body named with both. The parent is no
 * place's own body (北京市政府|上海市政府 are two bodies), though China's are named with 中国. */
void gx_er_local_office_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        int32_t a = c->span.start, e = c->span.end;
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_GOVERNMENT || e - a < 2 || e >= art->ncp ||
            gx_hit_len_starting(ix, e, GX_LEX_REGION) == 0)
            continue;
        if (starts_at_place(ix, c) && !(e - a > 2 && cp[a] == 0x4E2D /* 中 */ && cp[a + 1] == 0x56FD /* 国 */))
            continue;
        int best = -1;
        bool inner = false; /* (证监会 inside 中国证监会: the whole name is the parent) */
        for (int j = 0; j < n0; j++) {
            const gx_candidate *o = &art->candidates.v[j];
            if (o->source != GX_SRC_GAZETTEER || o->type != GX_ENT_GOVERNMENT)
                continue;
            inner = inner || (o->span.end == e && o->span.start < a);
            if (o->span.start == e && starts_at_place(ix, o) && o->span.end - o->span.start >= 3 &&
                (best < 0 || o->span.end > art->candidates.v[best].span.end))
                best = j;
        }
        if (inner)
            continue;
        if (best < 0) { /* a place and a branch word (人民银行|杭州|中心支行, 国家外汇管理局|北京|外汇管理部) */
            int32_t p = e + gx_hit_len_starting(ix, e, GX_LEX_REGION);
            if (p < art->ncp && gx_er_is_admin_char(cp[p]))
                p++;
            int32_t w = gx_word_at(art, p, BRANCH_WORDS);
            if (w > 0 && (p + w == art->ncp || !gx_is_cjk(cp[p + w]) || gx_name_right_ok(ix, art, p + w) ||
                          gx_hit_len_starting(ix, p + w, GX_LEX_POSITION) > 0))
                gx_add_candidate(art, (gx_span){a, p + w}, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.98f, NULL, -1);
            continue;
        }
        gx_span n = {a, art->candidates.v[best].span.end};
        /* (the same body as the office's own name elsewhere: 中国证监会深圳证监局 … 深圳证监局; another
         * rule's reading of the span, the suffix rule's or the division rule's, is made as sure and
         * tied to it) */
        int32_t lex_id = art->candidates.v[best].lex_id;
        int had, added = gx_er_add_body(art, n, 0.98f, &had);
        if (added >= 0)
            had = added;
        else if (art->candidates.v[had].source != GX_SRC_RULE)
            continue;
        art->candidates.v[had].score = 0.98f;
        art->candidates.v[had].lex_id = lex_id;
        art->candidates.v[had].link = -1;
    }
}

/* The short names the text declared for the committee alone (中国证监会上市公司并购重组审核委员会(以下
 * 简称“并购重组委”): the alias rule tied them to 审核委员会) name the whole body: they follow
 * candidate `whole`. */
static void follow_aliases(gx_article *art, int whole)
{
    gx_span w = art->candidates.v[whole].span;
    for (int k = 0; k < art->candidates.n; k++) {
        gx_candidate *a = &art->candidates.v[k];
        if (a->source != GX_SRC_ALIAS || a->link < 0 || a->link >= art->candidates.n || a->link == whole)
            continue;
        gx_span t = art->candidates.v[a->link].span;
        if (t.end == w.end && t.start > w.start) {
            a->link = whole;
            a->type = GX_ENT_GOVERNMENT;
        }
    }
}

/* Characters that end the look for a committee's name after its body: function characters and
 * measure words (美国国会仍有四个|委员会, 证监会将|设立…委员会). Not 经 并 自 以, which open words
 * of committees' names (经济委员会, 并购重组审核委员会, 自然资源委员会). */
static bool committee_stop(uint32_t c)
{
    /* (a switch, not gx_cp_in's walk of the whole set: it runs at every character of a clause
     * and most characters are none of these; speed33) */
    switch (c) {
    case U'的': case U'和': case U'与': case U'及': case U'或': case U'在': case U'将': case U'已':
    case U'被': case U'向': case U'对': case U'把': case U'从': case U'仍': case U'有': case U'等':
    case U'是': case U'为': case U'于': case U'个': case U'各': case U'也': case U'都': case U'还':
    case U'就': case U'让': case U'给': case U'了': case U'而': case U'但': case U'又': case U'即':
    case U'该': case U'其': case U'这': case U'那': case U'每': case U'均': case U'拟': case U'获':
    case U'会': case U'称': case U'说':
        return true;
    default:
        return false;
    }
}

/* 中国证监会上市公司并购重组审核委员会, 全国政协财经委员会, 参议院情报委员会: a committee named
 * right after a government body (its own name of two characters or more before 委员会, no
 * function character, verb or company organ between) is that body's committee, one government
 * body named with it. A board's committee (董事会审计委员会) is a company's: none after 董事会. */
void gx_er_committee_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t COMMITTEE[] = U"委员会", BOARD[] = U"董事会";
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (!gx_er_is_sure_body(c) || c->span.end - c->span.start < 2)
            continue;
        int32_t a = c->span.start, e = c->span.end;
        if (e - a >= 3 && gx_er_match_utf8_word(art, e - 3, e, (const uint32_t *)COMMITTEE, 3))
            continue;
        for (int32_t p = e; p < art->ncp && p < e + 16; p++) {
            bool committee = p - e >= 2 && gx_er_match_utf8_word(art, p, art->ncp, (const uint32_t *)COMMITTEE, 3);
            if (!committee && (!gx_is_cjk(cp[p]) || committee_stop(cp[p]) ||
                               gx_er_match_utf8_word(art, p, art->ncp, (const uint32_t *)BOARD, 3) ||
                               gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, p) > 0 ||
                               gx_hit_len_starting(ix, p, GX_LEX_COOP_VERB) > 0 || gx_hit_len_starting(ix, p, GX_LEX_POSITION) > 0))
                break;
            if (!committee)
                continue;
            bool inner = false; /* (证监会 inside 中国证监会: the whole name is the parent) */
            for (int j = 0; j < n0 && !inner; j++) {
                const gx_candidate *o = &art->candidates.v[j];
                inner = gx_er_is_sure_body(o) && o->span.end == e && o->span.start < a;
                /* (nor a parent the gazetteer knows as no state body: an exchange, 深交所|创业板上市委员会) */
                inner = inner || (o->source == GX_SRC_GAZETTEER && o->type != GX_ENT_GOVERNMENT && o->type != GX_ENT_POSITION &&
                                  o->span.start == a && o->span.end == e);
            }
            if (inner)
                break;
            gx_span n = {a, p + 3};
            int added = gx_er_add_body(art, n, 0.98f, NULL);
            if (added >= 0)
                follow_aliases(art, added);
            break;
        }
    }
}

/* Is there an address's cue (位于, 地址, 注册地, 坐落于, 坐落在) before position s in its clause (no
 * clause mark between), within 30 characters (总部位于…中国军垦第一城---新疆建设兵团第八师·石河子市)? */
static bool in_address(const gx_article *art, int32_t s)
{
    static const char32_t *const CUES[] = {U"位于", U"地址", U"注册地", U"坐落于", U"坐落在", NULL};
    const uint32_t *cp = art->cp;
    for (int32_t p = s; p > 0 && s - p <= 30; p--) {
        if (gx_cp_in(cp[p - 1], U"，。；！？\n,;!?"))
            return false;
        if (gx_word_ending(cp, 0, p, CUES) > 0)
            return true;
    }
    return false;
}

/* 兵团六师, 新疆生产建设兵团第八师: a division of the Production and Construction Corps (a body of
 * its own, with its own government), named by the Corps, an ordinal (第) and a number of one or
 * two numerals before 师. In an address (位于…兵团第八师·石河子市, people35) the division is the
 * place it administers (师市合一: the division and its city are one unit), no body: not read. */
void gx_er_corps_division_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const CORPS[] = {U"兵团", NULL};
    static const char32_t FULL[] = U"新疆生产建设";
    const uint32_t *cp = art->cp;
    int32_t n;
    int32_t *at = gx_text_ix_words(&ix->text, art, CORPS, &n);
    for (int32_t i = 0; i < n; i++) {
        int32_t p = at[i] + 2;
        if (p < art->ncp && cp[p] == 0x7B2C /* 第 */)
            p++;
        int32_t d = p;
        while (d < art->ncp && d - p < 2 && gx_cp_in(cp[d], U"一二三四五六七八九十"))
            d++;
        if (d == p || d >= art->ncp || cp[d] != 0x5E08 /* 师 */)
            continue;
        int32_t s = at[i];
        if (s >= 6 && gx_er_match_utf8_word(art, s - 6, s, (const uint32_t *)FULL, 6))
            s -= 6;
        if (in_address(art, s))
            continue;
        gx_add_candidate(art, (gx_span){s, d + 1}, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.9f, NULL, -1);
    }
}

/* Does a government candidate not from the tagger have span s? */
static bool known_body_span(const gx_article *art, gx_span s)
{
    int had = gx_er_cand_with_span(art, s, 1 << GX_ENT_GOVERNMENT);
    return had >= 0 && art->candidates.v[had].source != GX_SRC_TAGGER;
}

/* The words that end a clause's look-back but write a department's task (利用外资和境外投资|司,
 * 国际合作司, 金融监管司): part of the rule's grammar; so do the generic nouns (国际, 境外, 投资). */
static const char32_t *const TASK_WORDS[] = {U"利用", U"建设", U"监管", U"调查", U"合作", NULL};

/* The start of a department's task that ends at `end` (before its 司): back over plain characters
 * to a clear edge (not CJK, a stop word or character, a function character, a date) within `max`,
 * or to the end of a body the gazetteer or a rule knows (商务部|利用外资和境外投资司: its start,
 * the department named with its ministry); -1 when the look reaches another body's last character,
 * a place's level (市场 is a task) or max. */
static int32_t task_start(const gx_hit_index *ix, const gx_article *art, int32_t end, int max)
{
    const uint32_t *cp = art->cp;
    for (int32_t s = end; s > end - max; s--) {
        if (s == 0)
            return s;
        uint32_t c = cp[s - 1];
        if (!gx_is_cjk(c) || gx_lexicon_char_is(ix->lex, c, GX_LEX_LEFT_STOP) ||
            (gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN) && !gx_cp_in(c, U"价股注")))
            return s;
        /* (a date: 11日|财政司, 188年前|司汤达) */
        if (gx_cp_in(c, U"年月日号") && s >= 2 && gx_is_digit(cp[s - 2]))
            return s;
        int st = gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP);
        if (st > 0 && gx_word_ending(cp, 0, s, TASK_WORDS) == 0 &&
            !gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + s - st, st))
            return s;
        if (gx_lexicon_char_is(ix->lex, c, GX_LEX_GOV_HEAD) && s < end) {
            for (int i = 0; i < art->candidates.n; i++) {
                const gx_candidate *b = &art->candidates.v[i];
                if (b->type == GX_ENT_GOVERNMENT && b->source != GX_SRC_TAGGER && b->span.end == s)
                    return b->span.start;
            }
            return -1;
        }
        if (gx_lexicon_char_is(ix->lex, c, GX_LEX_GOV_HEAD) ||
            (gx_er_is_admin_char(c) && !(c == 0x5E02 /* 市 */ && cp[s] == 0x573A /* 场 */)))
            return -1;
    }
    return -1;
}

/* 外资司, 利用外资和境外投资司, 财政司: a ministry's department named alone, by its task and 司
 * (its ministry before it is gx_er_division_rule's). The task is two to nine characters from a
 * clear left edge (task_start), two tasks joined by 和 included (利用外资|和|境外投资司; the
 * first ends in no body's word: 商务部和|外资司 are two); not 公司 and the words ending in 司
 * (上司, 官司, 寿司, 吐司, 盎司, 我司, 该司, 分司, 航司; 到司, 来司 of a firm's letters), nor 司 opening
 * a word (司机, 司法, 司库, 总司令). The cheap test is wmemchr for the next 司; the look-back runs
 * at a 司 only. */
void gx_er_department_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    const int32_t ncp = art->ncp;
    for (int32_t p = 2; p < ncp; p++) {
        /* (the next 司: wmemchr reads code points as wide characters, several at a time) */
        const wchar_t *at = wmemchr((const wchar_t *)cp + p, (wchar_t)0x53F8 /* 司 */, (size_t)(ncp - p));
        if (!at)
            break;
        p = (int32_t)(at - (const wchar_t *)cp);
        if ( gx_cp_in(cp[p - 1], U"公上官寿我贵本该其各总分母子此航盎吐到来回离入进") ||
            (p + 1 < ncp && gx_cp_in(cp[p + 1], U"机法令仪马空职徒库")))
            continue;
        int32_t s = task_start(ix, art, p, 10);
        if (s < 0 || p - s < 2)
            continue;
        if (s >= 3 && cp[s - 1] == 0x548C /* 和 */) {
            int32_t s2 = task_start(ix, art, s - 1, 8);
            if (s2 >= 0 && s - 1 - s2 >= 2)
                s = s2;
        }
        gx_span n = {s, p + 1};
        if (!known_body_span(art, n))
            gx_add_candidate(art, n, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.9f, NULL, -1);
    }
}

/* Where the level ending at q (省 市 县 区, or 自治区 of a region named by its level alone:
 * 被|自治区金融局) starts when it opens a place's body named by its level alone: no place before it,
 * a clear edge (punctuation, a stop word) or the place named as 该县|县政协; -1 if it does not. */
static int32_t bare_level(const gx_hit_index *ix, const gx_article *art, int32_t q)
{
    const uint32_t *cp = art->cp;
    if (q < 0 || !gx_cp_in(cp[q], U"省市县区") || gx_hit_len_ending(ix, q, GX_LEX_REGION) > 0)
        return -1;
    if (q >= 2 && cp[q - 1] == cp[q] && gx_cp_in(cp[q - 2], U"该本"))
        return q;
    int32_t l = q;
    if (q >= 2 && cp[q] == 0x533A /* 区 */ && cp[q - 2] == 0x81EA /* 自 */ && cp[q - 1] == 0x6CBB /* 治 */) {
        l = q - 2; /* (自治区: a region's own level; 宁夏回族|自治区 is the region's name, read above) */
        if (gx_hit_len_ending(ix, l, GX_LEX_REGION) > 0 || (l >= 1 && gx_cp_in(cp[l - 1], U"族")))
            return -1;
    }
    bool clear = l == 0 || !gx_is_cjk(cp[l - 1]) || gx_lexicon_char_is(ix->lex, cp[l - 1], GX_LEX_LEFT_STOP) ||
                 gx_hit_len_ending(ix, l, GX_LEX_LEFT_STOP) > 0;
    return clear ? l : -1;
}

/* The body n named by its level alone, unless a longer name holds it: an alias of the nearest
 * earlier body among the first n0 candidates whose longer name ends with it (陕西省发改委 … 省发改委),
 * else (when `own`) a body of its own unless a reading not the tagger's has its span. */
static void add_level_body(gx_article *art, gx_span n, int n0, bool own)
{
    const uint32_t *cp = art->cp;
    /* (not inside a longer name of a body or place: 江苏省扬州市江都|区政府, 常德市西洞庭管理|区管委会) */
    for (int i = 0; i < n0; i++) {
        const gx_candidate *b = &art->candidates.v[i];
        if ((b->type == GX_ENT_GOVERNMENT || b->type == GX_ENT_LOCATION) && b->span.start < n.start &&
            b->span.end >= n.end)
            return;
    }
    int target = -1;
    int32_t len = n.end - n.start;
    for (int i = 0; i < n0; i++) {
        const gx_candidate *b = &art->candidates.v[i];
        if (b->type != GX_ENT_GOVERNMENT || b->source == GX_SRC_TAGGER || b->span.end > n.start ||
            b->span.end - b->span.start <= len ||
            (target >= 0 && art->candidates.v[target].span.end >= b->span.end) ||
            memcmp(cp + b->span.end - len, cp + n.start, sizeof(uint32_t) * (size_t)len) != 0)
            continue;
        target = i;
    }
    if (target >= 0)
        gx_add_candidate(art, n, GX_ENT_GOVERNMENT, GX_SRC_ALIAS, 0.95f, NULL, target);
    else if (own && !known_body_span(art, n))
        gx_add_candidate(art, n, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.95f, NULL, -1);
}

/* 省发改委, 市财政局, 省政府, 县政协: a place's body named by its level alone (the place is the
 * article's, named before or understood: 陕西省发改委…省发改委). The level (省 市 县 区, bare_level)
 * right before a body the gazetteer or a rule knows or a unit word of two characters or more
 * (政协, 人大常委会, 政府) makes the place's body, never the national one inside it (发改委); it is
 * the same body as an earlier one whose name ends with it (陕西省发改委, 陕西省政府), an alias of
 * it; so is a city's body named before with its province (安徽省黄山市公安局 … 黄山市公安局). */
void gx_er_level_body_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n, ng = 0;
    /* the government candidates, a short list to pair (not every candidate of the article) */
    int *gv = gx_arena_alloc(art->arena, sizeof(int) * (size_t)(n0 + 1));
    for (int k = 0; k < n0; k++)
        if (art->candidates.v[k].type == GX_ENT_GOVERNMENT && art->candidates.v[k].span.end - art->candidates.v[k].span.start >= 2)
            gv[ng++] = k;
    for (int g = 0; g < ng; g++) {
        const gx_candidate *c = &art->candidates.v[gv[g]];
        int32_t len = c->span.end - c->span.start;
        /* (a city's body named before with its province: 安徽省|黄山市公安局 … 黄山市公安局) */
        for (int h = 0; h < ng && len >= 4 && c->source != GX_SRC_TAGGER; h++) {
            int i = gv[h];
            const gx_candidate *b = &art->candidates.v[i];
            int32_t pre = b->span.end - b->span.start - len;
            if (b->type == GX_ENT_GOVERNMENT && (b->span.end <= c->span.start || b->span.start >= c->span.end) &&
                pre >= 2 && pre <= 4 && cp[b->span.end - len - 1] == 0x7701 /* 省 */ &&
                gx_hit_len_starting(ix, b->span.start, GX_LEX_REGION) >= pre - 1 &&
                memcmp(cp + b->span.end - len, cp + c->span.start, sizeof(uint32_t) * (size_t)len) == 0) {
                gx_add_candidate(art, c->span, GX_ENT_GOVERNMENT, GX_SRC_ALIAS, 0.95f, NULL, i);
                break;
            }
        }
        /* the level, before the body (省|发改委) or opening a body read whole (省政府); the tagger's
         * reading counts when it holds the level (省政府, whose 政府 is no name) */
        int32_t q = c->span.start - 1;
        if (len >= 3 && gx_cp_in(cp[c->span.start], U"省市县区"))
            q = c->span.start;
        int32_t l = c->source == GX_SRC_TAGGER && q != c->span.start ? -1 : bare_level(ix, art, q);
        if (l < 0)
            continue;
        add_level_body(art, (gx_span){l, c->span.end}, n0, c->source != GX_SRC_TAGGER);
    }
    /* a unit word after the level (县政协, 市人大常委会) */
    for (int k = gx_hit_first(ix, GX_LEX_GOV_UNIT); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (h->start < 1 || gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_GOV_UNIT || h->end - h->start < 2 ||
            gx_hit_len_starting(ix, h->start, GX_LEX_GOV_UNIT) != h->end - h->start)
            continue;
        int32_t l = bare_level(ix, art, h->start - 1);
        if (l >= 0)
            add_level_body(art, (gx_span){l, h->end}, n0, true);
    }
    /* a region's body after 自治区 named alone, with any written form of region_suffixes.tsv (自治区金融局,
     * 自治区财政厅; the region is the article's: 宁夏 … 被自治区金融局评定为) */
    static const char32_t *const AUTONOMOUS[] = {U"自治区", NULL};
    int32_t na;
    int32_t *at = gx_text_ix_words(&ix->text, art, AUTONOMOUS, &na);
    for (int32_t i = 0; i < na; i++) {
        int32_t q = at[i] + 2, best = 0;
        for (int32_t len = 2; len <= 10 && q + 1 + len <= art->ncp; len++)
            if (gx_lexicon_find(ix->lex, GX_LEX_UNIT_FORM, cp + q + 1, len) >= 0)
                best = len;
        if (best && bare_level(ix, art, q) == at[i])
            add_level_body(art, (gx_span){at[i], q + 1 + best}, n0, true);
    }
    /* a place's body by its level (省 市 县, with 级 or not) and a written form of region_suffixes.tsv that no
     * body of the gazetteer reads alone (没有去省级金融办备案, 省金融办; gov30); not 级 before a government
     * (省级政府: the provincial governments, a kind) */
    /* (the places of 省 市 县 only, found eight code points at a time: q + 2 < ncp) */
    const int32_t last = art->ncp - 2;
    for (int32_t q = 0; (q = gx_cps_find_of3(cp, q, last, 0x7701 /* 省 */, 0x5E02 /* 市 */, 0x53BF /* 县 */)) < last; q++) {
        int32_t u = q + 1, best = 0;
        bool grade = cp[u] == 0x7EA7 /* 级 */;
        u += grade;
        /* (省级 is a level word of its own, whatever precedes it: 没有去|省级金融办; not 副省级 nor a region's 江苏省|级;
         * tested before the written forms are looked up: 市 stands in every 市场 and 上市) */
        if (grade ? gx_hit_len_ending(ix, q, GX_LEX_REGION) > 0 || gx_hit_len_ending(ix, q + 1, GX_LEX_REGION) > 0 ||
                        (q > 0 && gx_cp_in(cp[q - 1], U"副地"))
                  : bare_level(ix, art, q) != q)
            continue;
        for (int32_t len = 2; len <= 10 && u + len <= art->ncp; len++)
            if (gx_lexicon_find(ix->lex, GX_LEX_UNIT_FORM, cp + u, len) >= 0)
                best = len;
        if (!best || (grade && cp[u + best - 1] == 0x5E9C /* 府 */))
            continue;
        /* (only where no body is read over it: 省公安厅经侦局 stays the bureau's name) */
        bool read = false;
        for (int i = 0; i < n0 && !read; i++) {
            const gx_candidate *b = &art->candidates.v[i];
            read = b->type == GX_ENT_GOVERNMENT && b->span.start < u + best && b->span.end > q && b->span.end > b->span.start;
        }
        if (!read)
            add_level_body(art, (gx_span){q, u + best}, n0, true);
    }
}
