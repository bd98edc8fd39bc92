/* gx_entity_rules_roles.c — unlisted Chinese company names that the gazetteer does not know and
 * the tagger misses, shown by what the article does with them (thirteenth session, helper
 * "orgtitle13"):
 *   - a person's role after the name, with its holder: 第一标准金融公司|首席市场经济学家Peter
 *     Cardillo; a research arm or desk between them belongs to the firm: 利得资本|研究院首席研究员施鸣
 *     gives the company 利得资本, which resolution makes the role's organization when the reading
 *     of the firm and its arm as one body loses to it (gx_resolve_roles.c);
 *   - a source the article quotes: 根据晨星公司的数据, 正如巨丰投顾所述, 据X公司统计,
 *     X公司数据显示, X公司发布的报告.
 * 公司 is no company suffix (cues.tsv): X公司 names come from the tagger alone, and 资本, 投顾
 * names need a sure right edge in the suffix rule; here the role or the source phrase is that
 * edge. The name is a firm word (公司, 资本, 投顾, 金融 …) after two to eight Chinese characters
 * with a clear left edge, no generic body (该公司, 上市公司, 证券公司: cues.tsv generic_body), no
 * function word, count or place alone. The rules run before the people rules, which then take
 * the candidate ending at a title as the title's organization. Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gx_entity_rules_impl.h"

/* A firm's research arm or desk between its name and a title (利得资本|研究院|首席研究员). */
static const char32_t *const ARMS[] = {U"研究院", U"研究所", U"研究部", U"研究中心", U"财富管理部", U"资产管理部",
                                       U"投资部", U"策略部", NULL};
/* Characters that make the words before a firm word a phrase (该公司, 对公司, 两家公司, 其子公司). */
static const char32_t PHRASE_CHARS[] = U"对拟将所占被把向为给让与和及的在持兼从由该其本此这那各某每两几多家个是了也都";
/* Title modifiers that may open a title before the title word the lexicon knows (首席|经济学家). */
static const char32_t *const TITLE_OPENERS[] = {U"首席", U"高级", U"资深", U"副", NULL};

/* Whether the text of n occurs elsewhere in the article (not inside n's own place). */
static bool written_elsewhere(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    for (int32_t p1 = gx_text_ix_first(&ix->text, art->cp + n.start); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t p = p1 - 1;
        if (p != n.start && p + len <= art->ncp && !memcmp(art->cp + p, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            return true;
    }
    return false;
}

/* The left edge of a firm's name whose firm word starts at body_end, or -1 when it is no name:
 * two to eight Chinese characters after a clear edge, none of them a phrase's. */
static int32_t firm_name_start(const gx_hit_index *ix, const gx_article *art, int32_t body_end, int32_t fw)
{
    const uint32_t *cp = art->cp;
    int32_t s = gx_name_left(ix, art, body_end, 8);
    /* a name starts at its region (们邀请到|上海石锋资产, 邀请|上海名禹资产) */
    for (int32_t k = s + 1; k + 2 < body_end; k++)
        if (gx_hit_len_starting(ix, k, GX_LEX_REGION) >= 2) {
            s = k;
            break;
        }
    /* a person the tagger reads inside is the clause's subject (2008年邓晖任|齐鲁证券副总裁) */
    /* (the candidates that start from the longest span's length before s up to body_end) */
    int32_t maxlen = gx_cand_pos_maxlen(art);
    for (int32_t p = s - maxlen > 0 ? s - maxlen : 0; p < body_end; p++)
        for (int k = gx_cand_pos_next(art, -1, p, false); k >= 0; k = gx_cand_pos_next(art, k, p, false)) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type == GX_ENT_PERSON && c->source == GX_SRC_TAGGER && c->span.start < body_end && c->span.end > s)
                return -1;
        }
    int32_t len = body_end - s;
    if (len < 2 || len > 8)
        return -1;
    /* a long body needs a sure left edge: punctuation, the text's start or a region opening it
     * (小型|用户交流会链链|金融 is a phrase and a name) */
    if (len > 4 && s > 0 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])) && gx_hit_len_starting(ix, s, GX_LEX_REGION) < 2)
        return -1;
    /* a place and a field is a field (中国|互联网|金融) */
    int rl = gx_hit_len_starting(ix, s, GX_LEX_REGION);
    if (rl >= 2 && rl < len && gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + s + rl, len - rl))
        return -1;
    for (int32_t k = s; k < body_end; k++) {
        if (!gx_is_cjk(cp[k]))
            return -1;
        for (const char32_t *p = PHRASE_CHARS; *p; p++)
            if (cp[k] == (uint32_t)*p)
                return -1;
    }
    /* an ordinal is no name (第三届|董事会, 第一大|股东), a first-rank name is (第一标准金融公司) */
    if (cp[s] == 0x7B2C /* 第 */ && len >= 3 && gx_is_numeral(cp[s + 1]) &&
        (gx_lexicon_char_is(ix->lex, cp[s + 2], GX_LEX_LEFT_STOP) || cp[s + 2] == 0x5C4A /* 届 */ ||
         cp[s + 2] == 0x5927 /* 大 */ || cp[s + 2] == 0x5BB6 /* 家 */ || cp[s + 2] == 0x6B21 /* 次 */))
        return -1;
    gx_span body = {s, body_end};
    /* a plausible name (no stop word inside, no ordinary word alone) with no body of another
     * kind inside it (武汉科技大学|金融证券) */
    if (!gx_er_plausible_name(ix, art, body))
        return -1;
    for (int32_t k = s + 2; k <= body_end; k++)
        if (gx_hit_len_ending(ix, k, GX_LEX_ORG_SUFFIX) > 0 || gx_hit_len_ending(ix, k, GX_LEX_GOV_SUFFIX) > 0)
            return -1;
    /* a generic body (上市公司, 证券公司, 基金公司), a place alone (北京公司), a title or a
     * government body before the firm word (总经理, 管理局) */
    if (gx_er_is_generic_body(ix, art, body) || gx_lexicon_is(ix->lex, GX_LEX_REGION, cp + s, len) ||
        gx_hit_len_ending(ix, body_end, GX_LEX_POSITION) > 0 || gx_hit_len_ending(ix, body_end, GX_LEX_GOV_SUFFIX) > 0 ||
        gx_hit_len_ending(ix, body_end, GX_LEX_ORG_SUFFIX) > 0 || gx_hit_len_ending(ix, body_end, GX_LEX_GENERIC_BODY) >= len - 1)
        return -1;
    /* the firm word's last character must not run on into a phrase about a company (子|公司) */
    if (gx_company_phrase(ix->lex, art, (gx_span){s, body_end + fw}))
        return -1;
    /* a region before a name the article also writes without it (上海|名禹资产 … 名禹资产) is
     * where the firm is: the name is the one the article uses */
    int r = gx_hit_len_starting(ix, s, GX_LEX_REGION);
    if (r >= 2 && body_end - (s + r) >= 2 && written_elsewhere(ix, art, (gx_span){s + r, body_end + fw}))
        s += r;
    return s;
}

/* Add the firm [s, end) as a company unless a rule reads it already (its candidate's index is
 * returned) or another name of the gazetteer or a rule reaches over it or starts inside it and
 * ends with it (中信|证券: -1). The gazetteer's reading of the same words (晨星公司, a weak name
 * that needs context) gets the rule's as support. */
static int add_firm(gx_article *art, gx_span name, float score)
{
    /* the tagger reads a name ending there with another left edge (有请|富龙集团, 承办方|富龙集团,
     * 鑫视空间(北京)|装饰艺术公司, 天津的|天津市纺织…公司 past the look-back's reach): its reading
     * stands, and the title's organization is found as before */
    for (int k = gx_cand_pos_next(art, -1, name.end, true); k >= 0; k = gx_cand_pos_next(art, k, name.end, true)) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source == GX_SRC_TAGGER && (GX_ORGLIKE & (1 << c->type)) && c->span.end == name.end &&
            c->span.start != name.start)
            return -1;
    }
    /* (the candidates over the name, in the order of a walk over all of them: read off the
     * index when they are few, else by that walk) */
    int over[64], nover = gx_cand_overlapping(art, name, over, 64);
    for (int o = 0, k; o < (nover >= 0 ? nover : art->candidates.n); o++) {
        k = nover >= 0 ? over[o] : o;
        const gx_candidate *c = &art->candidates.v[k];
        /* (a rule's reading of the firm and its arm as one body, 利得资本研究院, is the one
         * this firm's reading is to beat) */
        if (c->type == GX_ENT_POSITION || c->type == GX_ENT_PERSON || c->span.end <= name.start ||
            c->span.start >= name.end || c->source == GX_SRC_TAGGER ||
            (c->source == GX_SRC_RULE && c->type != GX_ENT_COMPANY))
            continue;
        bool same = c->span.start == name.start && c->span.end == name.end;
        /* (a suffix rule's unsure reading of the same words gets this one beside it) */
        if (same && c->source == GX_SRC_RULE && c->type == GX_ENT_COMPANY && c->link != GX_LINK_SUFFIX_ONLY &&
            c->score >= score)
            return k;
        if (!same && ((c->span.start <= name.start && c->span.end >= name.end) ||
                      (c->span.start > name.start && c->span.end == name.end)))
            return -1;
    }
    return gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, score, NULL, -1);
}

/* May c end a firm word or an arm (司 本 顾 融 券 团 控股 金 产 富 询 行 险 托 货; 院 所 部 心)?
 * One look before the words are compared. */
static bool end_char(uint32_t c)
{
    return gx_cp_in(c, U"司本顾融券团股金产富询行险托货院所部心");
}

/* Whether a person's name follows the title that ends at e: a person the tagger reads there,
 * or a Latin name (第一标准金融公司首席市场经济学家|Peter Cardillo), also after more titles
 * joined by 、 (钜阵资本联合创始人、研究总监|钟恒). */
static bool holder_at(const gx_hit_index *ix, const gx_article *art, int32_t e)
{
    for (int more = 0; more < 3 && e > 0 && e + 1 < art->ncp && art->cp[e] == 0x3001 /* 、 */; more++) {
        int32_t k = e + 1, l = 0;
        for (; k < art->ncp && k <= e + 5 && l == 0; k++)
            l = gx_hit_len_starting(ix, k, GX_LEX_POSITION);
        if (l == 0)
            break;
        e = k - 1 + l;
    }
    if (e <= 0 || e >= art->ncp)
        return false;
    if (gx_is_upper(art->cp[e]))
        return true;
    for (int k = gx_cand_pos_next(art, -1, e, false); k >= 0; k = gx_cand_pos_next(art, k, e, false)) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_PERSON && c->span.start == e)
            return true;
    }
    return false;
}

/* The firm (and its arm) before a title that starts at t and ends at te (-1: unknown). */
static void firm_before_title(const gx_hit_index *ix, gx_article *art, int32_t t, int32_t te)
{
    const uint32_t *cp = art->cp;
    if (t < 4 || !end_char(cp[t - 1]))
        return;
    int32_t arm = gx_word_ending(cp, 0, t, ARMS);
    int32_t d = t - arm;
    int32_t fw = gx_word_ending(cp, 0, d,
                                arm > 0 ? gx_lexicon_words(ix->lex, GX_WL_ARM_FIRM_WORD)
                                        : gx_lexicon_words(ix->lex, GX_WL_SOURCE_FIRM_WORD));
    if (fw == 0)
        return;
    /* a firm word before a title is as often a phrase (可能导致公司|实际控制人, 挂牌公司|股东,
     * 首批财富|合伙人认筹中): a firm's officer with a holder named after the title, or an arm,
     * shows the name */
    if (arm == 0 && !holder_at(ix, art, te))
        return;
    int32_t s = firm_name_start(ix, art, d - fw, fw);
    if (s < 0)
        return;
    /* the arm is the firm's: the firm is the company, and a reading of the firm and its arm as
     * one organization (利得资本研究院, or with a typo in the title 利得资本研究院首席研究院) loses
     * to it; a known firm's arm is left to resolution (国泰君安证券研究所: the broker's unit) */
    if (arm > 0) {
        for (int k = gx_cand_pos_next(art, -1, d, true); k >= 0; k = gx_cand_pos_next(art, k, d, true)) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->source == GX_SRC_GAZETTEER && c->span.start <= s && c->span.end == d)
                return;
        }
    }
    add_firm(art, (gx_span){s, d}, arm > 0 ? 0.85f : 0.7f);
}

void gx_er_firm_before_title_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int32_t last = -1;
    for (int i = gx_hit_first(ix, GX_LEX_POSITION); i < ix->n; i = gx_hit_next(ix, i)) {
        const gx_lex_hit *h = &ix->hits[i];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_POSITION)
            continue;
        int32_t t = h->start;
        /* a modifier before the title word opens the title (首席|市场|经济学家) */
        for (int32_t k = t - 1; k >= 1 && k >= t - 5 && gx_is_cjk(cp[k]); k--) {
            uint32_t c0 = cp[k]; /* (首 高 资 副: the openers' first characters) */
            if (c0 != 0x9996 && c0 != 0x9AD8 && c0 != 0x8D44 && c0 != 0x526F)
                continue;
            int32_t o = gx_word_at(art, k, TITLE_OPENERS);
            if (o > 0 && k + o <= t) {
                t = k;
                if (cp[k] != 0x526F /* 副: the title word follows it */)
                    break;
            }
        }
        if (t == last || t < 4 || !end_char(cp[t - 1]))
            continue;
        last = t;
        /* (only a post in one organization: 首席…, 董事长, 分析师 of a house; not 股东 or
         * 实际控制人, which any company has) */
        bool org_post = gx_word_at(art, t, TITLE_OPENERS) > 0 && cp[t] != 0x526F /* 副 */;
        for (int32_t k = h->start; k < h->end && !org_post; k++)
            org_post = gx_lexicon_is(ix->lex, GX_LEX_ORG_TITLE, cp + k, h->end - k);
        if (org_post)
            firm_before_title(ix, art, t, h->end);
    }
    /* 首席 before a title the lexicon does not know (首席研究员, 首席研究院 as a typo of it) */
    static const uint32_t CHIEF[2] = {0x9996, 0x5E2D};
    for (int32_t p1 = gx_text_ix_first(&ix->text, CHIEF); p1 > 0; p1 = ix->text.next[p1 - 1]) {
        int32_t p = p1 - 1;
        if (p + 2 >= art->ncp || cp[p] != CHIEF[0] || cp[p + 1] != CHIEF[1] || !gx_is_cjk(cp[p + 2]))
            continue;
        /* (the title's end: the longest title word starting within four characters) */
        int32_t te = -1;
        for (int32_t k = p + 2; k <= p + 6 && k < art->ncp && te < 0; k++) {
            int l = gx_hit_len_starting(ix, k, GX_LEX_POSITION);
            if (l > 0)
                te = k + l;
        }
        firm_before_title(ix, art, p, te);
    }
}

/* ------------------------------------------------------------------ sources */

/* Whether the words [s, e) before a bare 公司 read as a name by themselves: they end in a firm
 * word or a company suffix (星辰咨询|公司), or the tagger reads a name there (星辰公司). */
static bool name_like_body(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e)
{
    if (gx_word_ending(art->cp, s, e, gx_lexicon_words(ix->lex, GX_WL_SOURCE_FIRM_WORD)) > 0 ||
        gx_hit_len_ending(ix, e, GX_LEX_COMPANY_SUFFIX) > 0)
        return true;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source == GX_SRC_TAGGER && (GX_ORGLIKE & (1 << c->type)) && c->span.start >= s && c->span.start < e &&
            (c->span.end == e || c->span.end == e + 2))
            return true;
    }
    return false;
}

/* What a source that opens its clause shows (X公司数据显示, X公司发布的报告). */
static const char32_t *const SOURCE_SHOWS[] = {U"数据显示", U"统计显示", U"报告显示", U"调查显示", U"研究显示",
                                               U"发布的", NULL};
/* Words that open a source before its name (据|X公司统计, 根据|晨星公司的数据, 正如|巨丰投顾所述). */
static const char32_t *const SOURCE_BEFORE[] = {U"根据", U"依据", U"正如", U"援引", U"来自", U"据", NULL};

void gx_er_source_firm_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* what a source does after its name (cues.tsv source_after: 晨星公司|的数据, 巨丰投顾|所述,
     * X公司|统计), each place once */
    for (int k = gx_hit_first(ix, GX_LEX_SOURCE_AFTER), last = -1; k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_SOURCE_AFTER || h->start == last)
            continue;
        int32_t m = last = h->start;
        int32_t fw = gx_word_ending(cp, 0, m, gx_lexicon_words(ix->lex, GX_WL_SOURCE_FIRM_WORD));
        if (fw == 0 || m - fw < 2)
            continue;
        int32_t s = firm_name_start(ix, art, m - fw, fw);
        if (s < 0)
            continue;
        /* the source is opened by 据/根据/正如 … (an opener the look-back read over starts
         * the name: ,正如|巨丰投顾), or a clause that starts with it shows something
         * (X公司数据显示, X公司发布的报告) */
        int32_t open_in = gx_word_at(art, s, SOURCE_BEFORE);
        if (open_in > 0 && m - fw - (s + open_in) >= 2)
            s += open_in;
        else
            open_in = 0;
        bool opened = open_in > 0 || gx_word_ending(cp, 0, s, SOURCE_BEFORE) > 0;
        bool clause = s == 0 || (!gx_is_cjk(cp[s - 1]) && !gx_is_alnum(cp[s - 1]));
        if (!opened && !(clause && gx_word_at(art, m, SOURCE_SHOWS) > 0))
            continue;
        /* (a clause opened by a bare X公司 is as often a phrase: 可能导致公司数据显示…) */
        if (!opened && cp[m - 2] == 0x516C && cp[m - 1] == 0x53F8 && !name_like_body(ix, art, s, m - 2))
            continue;
        add_firm(art, (gx_span){s, m}, 0.7f);
    }
}
