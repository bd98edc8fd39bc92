/* gx_entity_rules_gov.c — government bodies built from parts: a region with its administrative
 * level and a unit (武汉市国土房产局), a country before a body the gazetteer knows (印度国防部),
 * a division after a body (银监会咨询处), a country's embassy in a place (中国驻美国大使馆), and bodies judged by their context: 央行/政府 after a
 * quantifier names no one body (各央行), a chamber stands alone (众议院), a unit after a body in
 * a list is one too (党工委、管委会). Part of the entity rules (gx_entity_rules_impl.h);
 * docs/government.md says what counts as government. */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* The start of a known place (its level may follow it) that opens a long task before a unit at
 * `unit`: at most 14 characters back, over CJK characters that are no function character, no
 * body's last character and no level but 市 of 城市; -1 if none. */
static int32_t long_task_place(const gx_hit_index *ix, const gx_article *art, int32_t unit)
{
    const uint32_t *cp = art->cp;
    for (int32_t p = unit - 1; p >= 1 && p >= unit - 14; p--) {
        uint32_t c = cp[p];
        bool city = c == 0x5E02 /* 市 */ && cp[p - 1] == 0x57CE /* 城 */;
        if (gx_er_is_admin_char(c) && !city && unit - p >= 3) {
            int r = gx_hit_len_ending(ix, p, GX_LEX_REGION);
            if (r > 0)
                return p - r;
            /* (an unknown place of three or two characters after a clear left edge: 采购人|七台河市) */
            for (int n = 3; n >= 2; n--) {
                int32_t q = p - n;
                bool plain = q >= 0;
                for (int32_t k = q; plain && k < p; k++)
                    plain = gx_is_cjk(cp[k]) && !gx_lexicon_char_is(ix->lex, cp[k], GX_LEX_LEFT_STOP) &&
                            !gx_lexicon_char_is(ix->lex, cp[k], GX_LEX_NOT_GIVEN);
                if (plain && (q == 0 || !gx_is_cjk(cp[q - 1]) || gx_hit_len_ending(ix, q, GX_LEX_LEFT_STOP) > 0))
                    return q;
            }
            return -1;
        }
        if (!gx_is_cjk(c) || c == 0x7684 /* 的 */ || gx_lexicon_char_is(ix->lex, c, GX_LEX_LEFT_STOP) ||
            gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN) ||
            (!city && gx_lexicon_char_is(ix->lex, c, GX_LEX_GOV_HEAD)))
            return -1;
        int r = gx_hit_len_ending(ix, p, GX_LEX_REGION);
        if (r > 0 && unit - p >= 4 && (p - r == 0 || !gx_is_cjk(cp[p - r - 1]) ||
                                       gx_lexicon_char_is(ix->lex, cp[p - r - 1], GX_LEX_LEFT_STOP) ||
                                       gx_hit_len_ending(ix, p - r, GX_LEX_LEFT_STOP) > 0))
            return p - r;
    }
    return -1;
}

/* 武汉市国土房产局, 武定县公安局, 北京市消防局: a region with its administrative level, a short
 * body and an administrative unit make a government body. */
void gx_er_gov_unit_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_GOV_UNIT); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_GOV_UNIT)
            continue;
        if (gx_hit_len_starting(ix, h->start, GX_LEX_GOV_UNIT) != h->end - h->start) /* longest unit only */
            continue;
        /* (its head's title may follow: 交通运输厅|厅长, 公安局|局长; so may 了解 of a reporter's
         * source: 记者从…储备局|了解到; or its side, where a site lies: 卫生局|南侧) */
        if (h->end < art->ncp && gx_is_cjk(cp[h->end]) && !gx_name_right_ok(ix, art, h->end) &&
            gx_hit_len_starting(ix, h->end, GX_LEX_POSITION) == 0 &&
            !(h->end + 1 < art->ncp && cp[h->end] == 0x4E86 /* 了 */ && cp[h->end + 1] == 0x89E3 /* 解 */) &&
            !(h->end + 1 < art->ncp && gx_cp_in(cp[h->end], U"东南西北") && cp[h->end + 1] == 0x4FA7 /* 位于…卫生局|南侧 */) &&
            cp[h->end] != 0x7B2C /* 第 of a meeting's number: 人民代表大会|第一次会议 */)
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
        int32_t start = -1, reach = 9;
        for (int32_t p = h->start - 1; p >= 0 && p >= h->start - reach; p--) {
            if (!gx_is_cjk(cp[p]) || cp[p] == 0x7684 /* 的: no part of a name (南京石化的|办公) */)
                break;
            /* a body named by two tasks joined with 和 (城市管理和综合执法局, 住房和城乡建设局): one
             * 和, a task of two characters or more on either side, the first no body of its own
             * (市政府和|公安局 are two); the look-back reaches further over it */
            if (p > 2 && cp[p - 1] == 0x548C /* 和 */ && reach == 9 && h->start - p >= 2 && gx_is_cjk(cp[p - 2]) &&
                gx_is_cjk(cp[p - 3]) && !gx_lexicon_char_is(ix->lex, cp[p - 2], GX_LEX_GOV_HEAD) &&
                !gx_lexicon_char_is(ix->lex, cp[p - 2], GX_LEX_NOT_GIVEN) && gx_hit_len_ending(ix, p - 1, GX_LEX_REGION) == 0 &&
                !gx_er_is_admin_char(cp[p - 2])) {
                reach = 16;
                p--; /* (the loop steps over 和 itself) */
                continue;
            }
            if (p > 0 && gx_hit_len_ending(ix, p, GX_LEX_LEFT_STOP) > 0 && !gx_er_is_admin_char(cp[p - 1]) &&
                gx_hit_len_ending(ix, p, GX_LEX_REGION) == 0)
                break;
            int r = gx_hit_len_ending(ix, p, GX_LEX_REGION);
            /* (市 of 城市 is a word's, no level: 台山市|城市管理和综合执法局) */
            if (gx_er_is_admin_char(cp[p]) && !(cp[p] == 0x5E02 && p > 0 && cp[p - 1] == 0x57CE /* 城 */)) {
                /* (the level may be 地区: 阿克苏|地区) */
                int32_t lv = cp[p] == 0x533A /* 区 */ && p > 0 && cp[p - 1] == 0x5730 /* 地 */ ? p - 1 : p;
                if (lv < p)
                    r = gx_hit_len_ending(ix, lv, GX_LEX_REGION);
                int rc = lv >= 3 && gx_is_cjk(cp[lv - 1]) && gx_is_cjk(cp[lv - 2]) &&
                                 !gx_lexicon_char_is(ix->lex, cp[lv - 2], GX_LEX_LEFT_STOP) &&
                                 gx_hit_len_ending(ix, lv - 1, GX_LEX_LEFT_STOP) == 0
                             ? gx_hit_len_ending(ix, lv - 2, GX_LEX_REGION)
                             : 0;
                if (r > 0)
                    start = lv - r;
                else if (rc > 0 && gx_cp_in(cp[lv], U"区县"))
                    start = lv - 2 - rc; /* a known city before an unknown district of two (深圳|南山区公安局, gov29) */
                else if (lv >= 2 && gx_is_cjk(cp[lv - 1]) && gx_is_cjk(cp[lv - 2]) && gx_hit_len_ending(ix, lv - 1, GX_LEX_LEFT_STOP) == 0 &&
                         (lv == 2 || !gx_is_cjk(cp[lv - 3]) || gx_hit_len_ending(ix, lv - 2, GX_LEX_LEFT_STOP) > 0))
                    start = lv - 2; /* an unknown two-character place, with a clear left edge (巢|湖市 is not) */
                else if (lv >= 3 && gx_is_cjk(cp[lv - 1]) && gx_is_cjk(cp[lv - 2]) && gx_is_cjk(cp[lv - 3]) &&
                         !gx_cp_in(cp[lv - 3], U"原前现") /* (former: 股东原|黄浦区国资委) */ &&
                         gx_hit_len_ending(ix, lv - 1, GX_LEX_LEFT_STOP) == 0 && gx_hit_len_ending(ix, lv - 2, GX_LEX_LEFT_STOP) == 0 &&
                         (lv == 3 || !gx_is_cjk(cp[lv - 4]) || gx_hit_len_ending(ix, lv - 3, GX_LEX_LEFT_STOP) > 0))
                    start = lv - 3; /* ... or of three (记者从|阿克苏地区, 在|张家口市) */
                else if (cp[lv] == 0x53BF /* 县 */ && lv >= 2 && gx_is_cjk(cp[lv - 1]) && gx_hit_len_ending(ix, lv - 1, GX_LEX_LEFT_STOP) >= 2 &&
                         !gx_lexicon_char_is(ix->lex, cp[lv - 1], GX_LEX_LEFT_STOP) &&
                         !gx_lexicon_char_is(ix->lex, cp[lv - 1], GX_LEX_NOT_GIVEN) && !gx_cp_in(cp[lv - 1], U"本全同邻外"))
                    start = lv - 1; /* ... or a county of one, after a stop word (收到|息县) */
                else if (cp[lv] == 0x533A /* 区 */ && lv > 0 && gx_cp_in(cp[lv - 1], U"园新发税贸开"))
                    /* a zone of a known place (苏州|工业园区, 天津|滨海新区, …|开发区, 保税区, 自贸区) */
                    for (int32_t k = 1; k <= 4 && lv - k > 0 && start < 0; k++) {
                        if (!gx_is_cjk(cp[lv - k]) || gx_hit_len_ending(ix, lv - k + 1, GX_LEX_LEFT_STOP) > 0)
                            break;
                        int rr = gx_hit_len_ending(ix, lv - k, GX_LEX_REGION);
                        if (rr > 0)
                            start = lv - k - rr;
                    }
                break;
            }
            if (r > 0 && p < h->start) {
                start = p - r;
                break;
            }
        }
        /* a long task before a unit of three characters or more, written with nouns that also end
         * a clause's look-back (七台河市|城市建设投资发展管理|办公室, 苏州|高铁新城城市建设管理|服务中心):
         * a known place, with its level or not, within 14 characters over plain characters only */
        if (start < 0 && h->end - h->start >= 3)
            start = long_task_place(ix, art, h->start);
        /* (a unit that is the start of an institution's word: 俄罗斯奥委|会) */
        if (start < 0 || h->start - start < 3 ||
            (h->end < art->ncp &&
             gx_word_ending(cp, start, h->end + 1,
                            gx_lexicon_words(ix->lex, GX_WL_INSTITUTION_END)) > 0))
            continue;
        /* a province (or autonomous region) written before the city or county (四川省|成都市中级人民法院,
         * 江苏省|南京市公安局): the body's whole name */
        int pr = 0;
        if (start >= 3 && (cp[start - 1] == 0x7701 /* 省 */ || cp[start - 1] == 0x533A /* (自治)区 */)) {
            pr = gx_hit_len_ending(ix, start, GX_LEX_REGION); /* (the full form: 新疆维吾尔自治区) */
            if (pr < 3 && cp[start - 1] == 0x7701)
                pr = gx_hit_len_ending(ix, start - 1, GX_LEX_REGION) + 1;
            if (pr >= 3)
                start -= pr;
            else
                pr = 0;
        }
        /* (the province and the city written out are as sure as the gazetteer's city body inside) */
        gx_add_candidate(art, (gx_span){start, h->end}, GX_ENT_GOVERNMENT, GX_SRC_RULE, pr >= 3 ? 0.9f : 0.7f, NULL, -1);
    }
}

/* A gazetteer body right before 和/与 that opens a longer government name the tagger read whole,
 * from `from` or before, ending in an administrative unit, its second part longer than a unit
 * (美国|海关|和边境保护局): that reading's index, or -1. Two bodies joined (财政局和税务局,
 * 财政部和商务部) are two. */
static int joined_name(const gx_hit_index *ix, const gx_article *art, const gx_candidate *c, int n0, int32_t from)
{
    int32_t e = c->span.end;
    if (e + 1 >= art->ncp || (art->cp[e] != 0x548C /* 和 */ && art->cp[e] != 0x4E0E /* 与 */))
        return -1;
    for (int j = 0; j < n0; j++) {
        const gx_candidate *o = &art->candidates.v[j];
        if (o->source == GX_SRC_TAGGER && o->type == GX_ENT_GOVERNMENT && o->span.start <= from && o->span.end > e + 4 &&
            gx_hit_len_ending(ix, o->span.end, GX_LEX_GOV_UNIT) > 0) {
            /* (not a second body of its own after 和: 财政局和|税务局) */
            for (int i = 0; i < n0; i++) {
                const gx_candidate *b = &art->candidates.v[i];
                if (b->source == GX_SRC_GAZETTEER && b->type == GX_ENT_GOVERNMENT && b->span.start == e + 1)
                    return -1;
            }
            return j;
        }
    }
    return -1;
}

/* Whether the gazetteer name `canonical` opens with the text cp[from..to) (the country written
 * before an alias of the body: 英国|FCA, canonical 英国金融行为监管局). */
static bool own_country(const gx_article *art, int32_t from, int32_t to, const char *canonical)
{
    if (!canonical)
        return false;
    const char *q = canonical;
    for (int32_t i = from; i < to; i++) {
        char u[4];
        int l = gx_utf8_encode(art->cp[i], u);
        if (l <= 0 || strncmp(q, u, (size_t)l) != 0)
            return false;
        q += l;
    }
    return *q != '\0';
}

/* 印度国防部, 伊朗外交部: a country right before a government body the gazetteer knows is that
 * country's body; so are 联邦 (联邦众议院) and 国家 (国家交通部). */
void gx_er_country_body_rule(const gx_hit_index *ix, gx_article *art)
{
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source != GX_SRC_GAZETTEER || c->type != GX_ENT_GOVERNMENT)
            continue;
        /* the body opens a longer name joined with 和 that the tagger read whole (美国海关和边境保护局):
         * the whole name is the body, sure enough to beat the first one alone */
        int whole = joined_name(ix, art, c, n0, c->span.start);
        if (whole >= 0) {
            gx_span w = art->candidates.v[whole].span;
            if (gx_er_cand_with_span(art, w, 1 << GX_ENT_GOVERNMENT) == whole)
                gx_add_candidate(art, w, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.95f, NULL, -1);
            continue;
        }
        if (c->span.start < 2)
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
        /* "the state's" before a ministry is China's body, written so in news (国家交通部) */
        bool state = r == 0 && art->cp[c->span.start - 2] == 0x56FD && art->cp[c->span.start - 1] == 0x5BB6 /* 国家 */;
        if (state)
            r = 2;
        /* "federal" is part of a federation's body (联邦众议院, 美国联邦储备委员会) */
        if (r == 0 && art->cp[c->span.start - 2] == 0x8054 && art->cp[c->span.start - 1] == 0x90A6 /* 联邦 */)
            r = 2 + (c->span.start > 2 ? gx_hit_len_ending(ix, c->span.start - 2, GX_LEX_REGION) : 0);
        gx_span n = {c->span.start - r, c->span.end};
        bool dup = false; /* the same body named twice by the gazetteer (国防部 / 防部) */
        for (int j = n0; j < art->candidates.n && !dup; j++)
            dup = art->candidates.v[j].span.start == n.start && art->candidates.v[j].span.end == n.end;
        if (r < 1 || dup)
            continue;
        if (joined_name(ix, art, c, n0, n.start) >= 0)
            continue;
        /* 国家交通部 is the body itself (one entity with 交通部); 印度国防部 is another body; so is
         * a body whose gazetteer name opens with the country written before it: 英国FCA is
         * 英国金融行为监管局, 美国SEC 美国证券交易委员会 (gov23) */
        bool same = state || own_country(art, n.start, c->span.start, c->canonical);
        const char *canonical = same ? c->canonical : NULL;
        int32_t lex_id = same ? c->lex_id : -1;
        int added = gx_add_candidate(art, n, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.9f, canonical, -1);
        art->candidates.v[added].lex_id = lex_id;
    }
}

/* Does a government candidate among the first n0 end at e and start after `from` (words
 * between)? */
static bool body_ends_inside(const gx_article *art, int n0, int32_t from, int32_t e)
{
    for (int j = 0; j < n0; j++) {
        const gx_candidate *o = &art->candidates.v[j];
        if (o->type == GX_ENT_GOVERNMENT && o->span.end == e && o->span.start > from)
            return true;
    }
    return false;
}

/* 银监会咨询处, 美国使馆签证处, 人民银行成都分行征信管理处, 国务院新闻办公室: a division (…处)
 * or an office (…办公室, …办公厅) right after a government body belongs to it; so does a court's
 * division (最高法院第二巡回法庭) and a ministry's bureau or department (财政部监督评价局,
 * 人民银行货币政策司). */
void gx_er_division_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (!gx_er_is_sure_body(c))
            continue;
        bool verb = false;
        for (int32_t e = c->span.end + 1; e <= c->span.end + 10 && e <= art->ncp; e++) {
            uint32_t last = cp[e - 1];
            /* (a character that starts no given name stops the look unless it is one of the
             * content characters a department's task is written with: 监督评价局, 价格司, 股权处) */
            if (!gx_is_cjk(last) || gx_lexicon_char_is(ix->lex, last, GX_LEX_LEFT_STOP) ||
                (gx_lexicon_char_is(ix->lex, last, GX_LEX_NOT_GIVEN) && !gx_cp_in(last, U"价股注")) ||
                (last != 0x5904 && gx_lexicon_char_is(ix->lex, last, GX_LEX_NAME_END))) /* 美联储仍|处 */
                break;
            /* (an office word closes the name whatever follows: 国务院新闻办公室|举行; a palace
             * that stands for a body has rooms, not offices: 白宫|椭圆形办公室) */
            bool office = e - c->span.end >= 3 && cp[e - 3] == 0x529E && cp[e - 2] == 0x516C &&
                          (last == 0x5BA4 || last == 0x5385) && (e == art->ncp || cp[e] != 0x4E3B /* 主任 */) &&
                          cp[c->span.end - 1] != 0x5BAB /* 宫 */;
            /* (a court's division: 最高人民法院|第二巡回法庭) */
            office = office || (e - c->span.end >= 3 && cp[e - 2] == 0x6CD5 && last == 0x5EAD /* 法庭 */ &&
                                cp[c->span.end - 1] == 0x9662 /* …院 */);
            /* (its reporting centre: 国家网信办|举报中心, 公安部|网络违法犯罪举报中心; people29) */
            office = office || (e - c->span.end >= 4 && cp[e - 4] == 0x4E3E &&
                                cp[e - 3] == 0x62A5 && cp[e - 2] == 0x4E2D &&
                                last == 0x5FC3); /* 举报中心 */
            /* (a ministry's or commission's bureau or department: 财政部|监督评价局, 交通运输部|公路局,
             * 工业和信息化部|网络安全管理局, 证监会|稽查局, 人民银行|货币政策司) */
            uint32_t head = cp[c->span.end - 1];
            /* (not over a verb of dealing or to a company: 重庆市公安局|决定同意解除公司) */
            verb = verb || gx_hit_len_ending(ix, e, GX_LEX_COOP_VERB) > 0 || (last == 0x53F8 && cp[e - 2] == 0x516C /* 公司 */);
            bool bureau = !verb && e - c->span.end >= 3 && c->source != GX_SRC_TAGGER &&
                          ((last == 0x5C40 /* 局 */ && gx_cp_in(head, U"部委会署局")) ||
                           (last == 0x53F8 /* 司 */ && gx_cp_in(head, U"部委会署局行")));
            /* (局 or 司 ends the name unless it opens a word: 局势, 局面, 局部, 司机, 司法, 司令, or
             * an officer's title: 公安局|原副局长) */
            if (bureau && e < art->ncp && gx_cp_in(cp[e], U"势面部限机法令仪长"))
                continue;
            if ((last != 0x5904 /* 处 */ && !office && !bureau) || e < c->span.end + 2 ||
                (!office && !bureau && e < art->ncp && gx_is_cjk(cp[e]) && !gx_name_right_ok(ix, art, e)))
                continue;
            /* (a body of its own ending there after other words, 义乌市公安局|收到|山东威海公安局: two
             * bodies and a verb between, no division; edges29) */
            if (body_ends_inside(art, n0, c->span.end, e))
                break;
            gx_span n = {c->span.start, e};
            /* sure enough to beat the body alone (the tagger's own reading of it may be doubted) */
            int had;
            if (gx_er_add_body(art, n, 0.98f, &had) < 0 && art->candidates.v[had].source == GX_SRC_RULE &&
                art->candidates.v[had].score < 0.98f)
                art->candidates.v[had].score = 0.98f; /* (a region-and-unit reading of the same: 中国银监会办公厅) */
            break;
        }
    }
}

/* 印度电子和信息技术部, 墨西哥国家银行和证券委员会, 美国卫生与公众服务部: a country, two tasks joined
 * with 和 or 与 and a ministry's or commission's word (部, 委员会) make that country's body, one
 * name. The tasks are two to six characters on either side (国家 may open the first), plain
 * characters with no function word; the second is no body of its own (美国财政部和|商务部 are two)
 * and the word is no company's department (…部门, …部分) nor a place's part (河南西部和南部). */
void gx_er_joined_ministry_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_REGION); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_REGION || h->end + 5 >= art->ncp ||
            gx_hit_len_ending(ix, h->end, GX_LEX_REGION) != h->end - h->start)
            continue;
        int32_t j = -1; /* the conjunction */
        for (int32_t p = h->end + 2; p <= h->end + 6 && p < art->ncp && j < 0; p++) {
            if (cp[p] == 0x548C /* 和 */ || cp[p] == 0x4E0E /* 与 */)
                j = p;
            else if (!gx_is_cjk(cp[p]) || gx_cp_in(cp[p], U"的、及或在是为对"))
                break;
        }
        if (j < 0 || !gx_is_cjk(cp[h->end]) || gx_cp_in(cp[h->end], U"的、及或在是为对和与") ||
            gx_er_is_admin_char(cp[h->end]))
            continue;
        int32_t end = -1;
        for (int32_t q = j + 3; q <= j + 9 && q <= art->ncp && end < 0; q++) {
            uint32_t last = cp[q - 1];
            if (!gx_is_cjk(last) || gx_cp_in(last, U"的、及或在是为对和与"))
                break;
            /* (not a direction's part of a place: 河南西部和南部) */
            if (last == 0x90E8 /* 部 */ && (q == art->ncp || !gx_cp_in(cp[q], U"门分")) &&
                !gx_cp_in(cp[q - 2], U"东南西北中全大局内外") && cp[j - 1] != 0x90E8)
                end = q;
            else if (q - j >= 5 && cp[q - 3] == 0x59D4 && cp[q - 2] == 0x5458 && last == 0x4F1A /* 委员会 */)
                end = q;
        }
        if (end < 0)
            continue;
        bool second = false; /* (a body of its own after the conjunction) */
        for (int i = 0; i < art->candidates.n && !second; i++) {
            const gx_candidate *b = &art->candidates.v[i];
            second = b->type == GX_ENT_GOVERNMENT && b->source != GX_SRC_TAGGER && b->span.start == j + 1;
        }
        if (!second)
            gx_add_candidate(art, (gx_span){h->start, end}, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.9f, NULL, -1);
    }
}

/* 印度企业注册署, 香港卫生署, 澳大利亚统计署: a place, a task of two to six plain characters and 署
 * (an agency) or 局 (a bureau: 中国国际进口博览局, 美国能源信息局) make that place's state agency. Not the verb 署 of 签署/部署 (中美|签署, 在上海完成|部署),
 * nor a task with a function character (印度的…) or an administrative level (…省…署: the unit rule's). */
void gx_er_agency_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_REGION); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_REGION || h->end - h->start < 2 ||
            h->end + 3 > art->ncp || gx_hit_len_ending(ix, h->end, GX_LEX_REGION) != h->end - h->start ||
            gx_hit_len_starting(ix, h->end, GX_LEX_REGION) > 0)
            continue;
        for (int32_t p = h->end; p <= h->end + 6 && p < art->ncp; p++) {
            uint32_t c = cp[p];
            /* (a bureau too: 中国国际进口博览局, 美国能源信息局; not the words ending in 局, 当局, 骗局,
             * 格局, 布局, 僵局, 大局, nor 局 of 局势, 局面, 局部, 局限) */
            bool bureau = c == 0x5C40 /* 局 */ && p - h->end >= 2 &&
                          !gx_cp_in(cp[p - 1], U"当骗格布结赌饭棋僵危困变大全开残终出入时战乱破迷谜牌定败胜设做") &&
                          (p + 1 == art->ncp || !gx_cp_in(cp[p + 1], U"势面部限"));
            if (c == 0x7F72 /* 署 */ || bureau) {
                if (p - h->end >= 2 && !gx_cp_in(cp[p - 1], U"签部公官连") &&
                    (p + 1 == art->ncp || !gx_is_cjk(cp[p + 1]) || gx_name_right_ok(ix, art, p + 1))) {
                    gx_span s = {h->start, p + 1};
                    /* (the tagger's own reading of the span may be doubted; a title word inside it,
                     * 柬埔寨国家|警察|总署, is the agency's task) */
                    gx_er_add_body(art, s, 0.9f, NULL);
                }
                break;
            }
            if (!gx_is_cjk(c) || gx_lexicon_char_is(ix->lex, c, GX_LEX_LEFT_STOP) ||
                (gx_lexicon_char_is(ix->lex, c, GX_LEX_NOT_GIVEN) && !gx_cp_in(c, U"价股注")) ||
                gx_er_is_admin_char(c))
                break;
        }
    }
}

/* Countries and places written with one character before or after 驻 (中|驻美, 美|驻华, 驻港). */
static bool one_char_country(uint32_t c)
{
    return gx_cp_in(c, U"中美日英法德俄韩印欧华港澳京沪台");
}

/* 中国驻美国大使馆, 美国驻以色列大使馆, 美驻港总领事馆: a country's mission in a place (its
 * embassy or consulate; its representative office, 台湾驻美代表处, its delegation, 中国驻联合国
 * 代表团, or a place's office in another, 北京市驻深圳办事处) is a government body of that country
 * or place, named with both places. The sending
 * country is a region or one of the one-character forms after a non-name character (。美驻华使馆);
 * without one (各国驻华使馆) the missions are a kind, not one body. */
void gx_er_mission_rule(const gx_hit_index *ix, gx_article *art)
{
    const char32_t *const *const MISSIONS = gx_lexicon_words(ix->lex, GX_WL_MISSION_WORD);
    const uint32_t *cp = art->cp;
    int32_t n;
    int32_t *at = gx_text_ix_words(&ix->text, art, MISSIONS, &n);
    for (int32_t i = 0; i < n; i++) {
        int32_t p = at[i], len = gx_word_at(art, p, MISSIONS);
        if (p >= 1 && cp[p - 1] == 0x5927 /* 大|使馆 is 大使馆's own */)
            continue;
        /* the host place between 驻 and the mission */
        int32_t host = gx_hit_len_ending(ix, p, GX_LEX_REGION);
        if (host == 0 && p >= 2 && one_char_country(cp[p - 1]))
            host = 1;
        int32_t zhu = p - host - 1;
        if (host == 0 || zhu < 1 || cp[zhu] != 0x9A7B /* 驻 */)
            continue;
        int32_t sender = gx_hit_len_ending(ix, zhu, GX_LEX_REGION);
        /* (a place with its level: 北京市|驻深圳办事处) */
        if (sender == 0 && zhu >= 3 && gx_er_is_admin_char(cp[zhu - 1]) && gx_hit_len_ending(ix, zhu - 1, GX_LEX_REGION) > 0)
            sender = gx_hit_len_ending(ix, zhu - 1, GX_LEX_REGION) + 1;
        if (sender == 0 && one_char_country(cp[zhu - 1]) &&
            (zhu < 2 || !gx_is_cjk(cp[zhu - 2]) || gx_lexicon_char_is(ix->lex, cp[zhu - 2], GX_LEX_LEFT_STOP)))
            sender = 1;
        if (sender == 0)
            continue;
        gx_add_candidate(art, (gx_span){zhu - sender, p + len}, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.95f, NULL, -1);
    }
}

/* Directions and parts after a place (湖北大部, 江苏南部: a weather report's areas), never the end
 * of a body's name. */
static const char32_t *const PLACE_PARTS[] = {U"大部", U"南部", U"北部", U"东部", U"西部", U"中部", U"全部", U"局部", NULL};

/* A board's committees (审核委员会, 薪酬委员会, 董事会提名委员会): a company's organs. */
static const char32_t *const BOARD_COMMITTEES[] = {U"审核委员会", U"审计委员会",   U"薪酬委员会", U"提名委员会",
                                                   U"薪酬与考核委员会", U"战略委员会", U"风险管理委员会",
                                                   U"战略与投资委员会", U"投资决策委员会", NULL};

/* A department word without an owner (内设综合部、财务部、风险控制部): the tagger's reading ends
 * in 部 after a firm's task (wordlists.tsv firm_task), opens with no place or country, and follows
 * no body the gazetteer or a rule read (银监会|财务部 would be that body's department). No
 * ministry. */
static bool ownerless_department(const gx_hit_index *ix, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    int32_t a = c->span.start, e = c->span.end;
    if (e - a < 3 || cp[e - 1] != 0x90E8 /* 部 */ ||
        gx_word_ending(cp, a, e - 1, gx_lexicon_words(ix->lex, GX_WL_FIRM_TASK)) == 0 ||
        gx_hit_len_starting(ix, a, GX_LEX_REGION) > 0 ||
        gx_hit_len_ending(ix, a, GX_LEX_REGION) > 0)
        return false;
    for (int k = 0; k < art->candidates.n; k++) { /* a body before it, or the gazetteer's own reading */
        const gx_candidate *o = &art->candidates.v[k];
        if (o->type == GX_ENT_GOVERNMENT && o->source != GX_SRC_TAGGER && o->span.end > o->span.start &&
            (o->span.end == a || (o->span.start <= a && o->span.end >= e)))
            return false;
    }
    return true;
}

/* Two things joined (国防和军队, 中国党和政府, 武汉邮科院正与电科院): a conjunction inside the
 * span (和 or 与; not 共和 of 共和党), a short part after it, and no administrative unit at the
 * end (上海市规划和国土局 is one body). Names the gazetteer or a rule reads the same (文化和旅游部)
 * are kept. */
static bool joined_things(const gx_hit_index *ix, const gx_article *art, const gx_candidate *c)
{
    const uint32_t *cp = art->cp;
    if (gx_hit_len_ending(ix, c->span.end, GX_LEX_GOV_UNIT) > 0) /* 上海市规划和国土局, 省海洋与渔业局 */
        return false;
    for (int32_t i = c->span.start + 1; i < c->span.end - 1; i++) {
        uint32_t ch = cp[i];
        if ((ch == 0x548C /* 和 */ && cp[i - 1] != 0x5171 /* 共 */) || ch == 0x4E0E /* 与 */) /* (及: 埃及) */
            if (c->span.end - (i + 1) <= 3) {
                for (int k = 0; k < art->candidates.n; k++) { /* another source's reading of the span */
                    const gx_candidate *o = &art->candidates.v[k];
                    if (o != c && o->source != GX_SRC_TAGGER && o->type == GX_ENT_GOVERNMENT &&
                        o->span.start == c->span.start && o->span.end == c->span.end)
                        return false;
                }
                return true;
            }
    }
    return false;
}

/* A tagger's government reading that the shape of the text rules out: a kind (各厅局, 各部委),
 * a place and a part (湖北大部), a company's department (公司证券部, 省公司党委; a department word
 * without an owner, 内设财务部、风险控制部: ownerless_department), a word cut
 * before its last character (香港局|势, 国防军|工), a bare 委员会 cut from a longer name
 * (上市|委员会), two things joined (国防和军队), a level
 * before a kind (县级乡村邮电所). Retired (an empty span); a place and a part becomes the place
 * (a location); a board's committee (薪酬委员会) and an institution (证券交易所, 研究院) an
 * organization. */
static void tagger_shape_guard(const gx_hit_index *ix, gx_article *art, gx_candidate *c)
{
    /* a name's last character and the next one making a word (香港局|势, 国防军|工) */
    const char32_t *const *const GLUED_ENDINGS = gx_lexicon_words(ix->lex, GX_WL_GLUED_ENDING);
    static const char32_t CO[] = U"公司", COMMITTEE[] = U"委员会";
    const uint32_t *cp = art->cp;
    int32_t a = c->span.start, e = c->span.end;
    /* a reading that opens inside a country's or region's name (首先马|来西亚政府 -> 西亚政府: the tagger cut
     * 马来西亚 after 首先) opens with the whole name: the region of the lexicon that starts before it and
     * ends inside it, before the body's own word (gov30) */
    for (int32_t s = a - 1; s >= 0 && s >= a - 6; s--) {
        int r = gx_hit_len_starting(ix, s, GX_LEX_REGION);
        if (r > 0 && s + r > a && s + r <= e - 2) {
            gx_cand_set_start(art, c, a = s);
            break;
        }
    }
    int32_t part = gx_word_ending(cp, a, e, PLACE_PARTS);
    if (part > 0 && e - part - a >= 2) { /* the place alone (湖北|大部: not 湖|北大) */
        c->type = GX_ENT_LOCATION;
        gx_cand_set_end(art, c, e - part);
        for (int k = 0; k < art->candidates.n; k++) { /* a name across the cut (湖|北大|部) */
            gx_candidate *o = &art->candidates.v[k];
            if (o->span.start > a && o->span.start < e - part && o->span.end > e - part && o->span.end <= e)
                gx_cand_set_end(art, o, o->span.start);
        }
        return;
    }
    bool retire = cp[a] == 0x5404 /* 各 */ || part > 0 || joined_things(ix, art, c) || ownerless_department(ix, art, c) ||
                  (e - a > 3 && cp[a + 1] == 0x7EA7 /* 级: 县级乡村邮电所 */ && gx_er_is_admin_char(cp[a])) ||
                  (e < art->ncp && gx_word_at(art, e - 1, GLUED_ENDINGS) == 2) ||
                  /* a word of its own ending in 局 glued after other words (火拼技术岗券商|谋局, 布局, 骗局:
                   * cues.tsv bad_ending; gov29) */
                  (e - a >= 4 && cp[e - 1] == 0x5C40 /* 局 */ && gx_lexicon_is(ix->lex, GX_LEX_BAD_ENDING, cp + e - 2, 2)) ||
                  /* a bare unit cut from a longer name (科创板股票上市|委员会, 提名|委员会; the tagger's
                   * 上|市委员会 is cut the same) */
                  (a > 0 && (e - a == 3 || (e - a == 4 && gx_er_is_admin_char(cp[a]))) &&
                   gx_er_match_utf8_word(art, e - 3, e, (const uint32_t *)COMMITTEE, 3) &&
                   gx_is_cjk(cp[a - 1]) && cp[a - 1] != 0x7684 /* 的 */ && cp[a - 1] != 0x3001 /* 、 */ &&
                   cp[a - 1] != 0x548C /* 和 */ && cp[a - 1] != 0x53CA /* 及 */);
    /* a bare unit word after a verb the tagger glued to it (故请求|法院, 经营管理|政府): the
     * verb's object, no name (a place's word before the unit stays: 美国|政府) */
    static const char32_t *const PLACE_UNITS[] = {U"政府", U"法院", U"检察院", NULL}; /* (a task's committee is
                                                                                  * named by its verb: 监管|委员会) */
    if (!retire && gx_word_ending(cp, a, e, PLACE_UNITS) > 0) {
        int u = gx_hit_len_ending(ix, e, GX_LEX_GOV_UNIT);
        int v = u >= 2 && e - u - a >= 2 ? gx_hit_len_ending(ix, e - u, GX_LEX_LEFT_STOP) : 0;
        retire = v >= 2 && e - u - v >= a && gx_hit_len_ending(ix, e - u, GX_LEX_REGION) == 0;
        /* (a one-character verb of asking glued last, after more words: 让诈骗犯逍遥法外求|政府; cues.tsv ask_verb) */
        retire = retire || (u >= 2 && e - u - a >= 3 && gx_lexicon_is(ix->lex, GX_LEX_ASK_VERB, cp + e - u - 1, 1) &&
                            gx_hit_len_ending(ix, e - u, GX_LEX_REGION) == 0 &&
                            gx_hit_len_ending(ix, e - u - 1, GX_LEX_REGION) == 0);
    }
    /* a kind of body, no name (委员会, 新政府, 经|评标委员会: after a preposition) */
    int32_t prep = e - a >= 3 && (cp[a] == 0x7ECF /* 经 */ || cp[a] == 0x7531 /* 由 */ || cp[a] == 0x88AB /* 被 */) ? 1 : 0;
    retire = retire || gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + a + prep, e - a - prep);
    for (int32_t i = a; i + 2 <= e && !retire; i++)
        retire = gx_er_match_utf8_word(art, i, e, (const uint32_t *)CO, 2);
    if (retire) {
        gx_cand_set_end(art, c, c->span.start);
        return;
    }
    if (gx_word_ending(cp, a, e, gx_lexicon_words(ix->lex, GX_WL_INSTITUTION_END)) > 0) {
        c->type = GX_ENT_ORGANIZATION;
        return;
    }
    int32_t n = gx_word_ending(cp, a, e, BOARD_COMMITTEES);
    if (n > 0 && (e - n == a || (e - n - a == 3 && cp[a] == 0x8463 /* 董 */ && cp[a + 1] == 0x4E8B /* 事 */)))
        c->type = GX_ENT_ORGANIZATION;
    /* (the tagger's cuts of 董|事会薪酬委员会, 董事|会薪酬委员会 are the board's committee too) */
    else if (n > 0 && e - n - a >= 1 && e - n - a <= 2 && a - (3 - (e - n - a)) >= 0) {
        static const char32_t BOARD[] = U"董事会";
        int32_t b = a - (3 - (e - n - a));
        if (gx_er_match_utf8_word(art, b, e - n, (const uint32_t *)BOARD, 3)) {
            c->type = GX_ENT_ORGANIZATION;
            gx_cand_set_start(art, c, b);
        }
    }
}

/* Is government candidate c a body cut by the end of the text inside a longer body's name that
 * the article writes whole elsewhere (…@公安部刑侦局… …@公安部|刑侦<end>: a copy cut short, the
 * bureau again, not the ministry)? The rest of the text after c is one to eight CJK characters
 * (then only spaces); the longer name is a rule's or the gazetteer's. */
static bool cut_by_text_end(const gx_article *art, const gx_candidate *c, int n0)
{
    const uint32_t *cp = art->cp;
    int32_t end = art->ncp;
    while (end > c->span.end && (cp[end - 1] == ' ' || cp[end - 1] == '\n' || cp[end - 1] == '\t' || cp[end - 1] == 0x3000))
        end--;
    if (end - c->span.end < 1 || end - c->span.end > 8)
        return false;
    for (int32_t p = c->span.end; p < end; p++)
        if (!gx_is_cjk(cp[p]))
            return false;
    int32_t len = end - c->span.start; /* the name as far as the text goes */
    for (int k = 0; k < n0; k++) {
        const gx_candidate *o = &art->candidates.v[k];
        if (o->type == GX_ENT_GOVERNMENT && o->source != GX_SRC_TAGGER && o->span.end - o->span.start > len &&
            o->span.end <= c->span.start &&
            !memcmp(cp + o->span.start, cp + c->span.start, sizeof(uint32_t) * (size_t)len))
            return true;
    }
    return false;
}

/* Government bodies by their context (ninth session):
 *  - a kind, not a body: 央行 or 政府 after a quantifier (各央行, 全球央行, 三大央行, 多地政府)
 *    names no one body; its candidates of any source (the gazetteer reads 央行 as 中国人民银行)
 *    are retired (an empty span, which the weighing skips);
 *  - a legislative chamber (众议院, 参议院): an ordinary word for the weak lexicon, but a
 *    word ending in 议院 is never anything else, so its gazetteer candidate needs no support;
 *  - a unit after a body in a list (武夷新区党工委、管委会, 市委、市政府): the unit shares the
 *    body's region and is a government body too;
 *  - a body cut by the end of the text inside a longer body's name written before is no body of
 *    its own (公安部刑侦局 … 公安部|刑侦<end>: cut_by_text_end);
 *  - the tagger's readings that the text's shape rules out (tagger_shape_guard). */
/* The length of the words naming member states right after a union's name at `at` (国家, 成员国, 各国,
 * 22个国家, 27国), 0 if none. */
static int32_t member_states_after(const gx_article *art, int32_t at)
{
    static const char32_t *const MEMBERS[] = {U"国家", U"成员国", U"各国", U"诸国", U"多国", NULL};
    const uint32_t *cp = art->cp;
    int32_t w = gx_word_at(art, at, MEMBERS);
    if (w > 0)
        return w;
    int32_t q = at;
    while (q < art->ncp && q - at < 4 && ((cp[q] >= '0' && cp[q] <= '9') || gx_cp_in(cp[q], U"一二两三四五六七八九十几多")))
        q++;
    if (q == at)
        return 0;
    if (q < art->ncp && cp[q] == 0x4E2A /* 个 */)
        q++;
    w = gx_word_at(art, q, MEMBERS);
    if (w > 0)
        return q + w - at;
    return q < art->ncp && cp[q] == 0x56FD /* 国 */ ? q + 1 - at : 0;
}

void gx_er_gov_context_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t CB[] = U"央行", GOV[] = U"政府", YY[] = U"议院";
    const uint32_t *cp = art->cp;
    int n0 = art->candidates.n;
    for (int k = 0; k < n0; k++) {
        gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_GOVERNMENT || c->span.end - c->span.start < 2)
            continue;
        if (c->source == GX_SRC_TAGGER) {
            tagger_shape_guard(ix, art, c);
            if (c->type != GX_ENT_GOVERNMENT || c->span.end == c->span.start)
                continue;
        }
        int32_t e = c->span.end;
        /* a copy of a longer body's name cut by the end of the text (公安部|刑侦<end>) */
        if (c->source != GX_SRC_TAGGER && cut_by_text_end(art, c, n0)) {
            gx_cand_set_end(art, c, c->span.start);
            continue;
        }
        /* a task's department whose task word is the end of a longer word (资本|市场监管部门: the capital market's
         * regulators, a kind; the market-regulation department is 市场监管部门 alone) (gov29) */
        if (c->source == GX_SRC_GAZETTEER && c->span.start >= 2 && e - c->span.start >= 5 && cp[e - 2] == 0x90E8 /* 部 */ &&
            cp[e - 1] == 0x95E8 /* 门 */ && cp[c->span.start] == 0x5E02 /* 市 */ &&
            gx_word_ending(cp, c->span.start - (c->span.start >= 3 ? 3 : 2), c->span.start + 2,
                           (const char32_t *const[]){U"资本市场", U"金融市场", U"证券市场", U"期货市场", U"外汇市场", U"股票市场",
                                                     U"债券市场", U"货币市场", U"保险市场", U"房地产市场", NULL}) > 0) {
            gx_cand_set_end(art, c, c->span.start);
            continue;
        }
        /* a website named after its body (中国政府网, @中国政府网): the site's name is not cut; the
         * body's own site (证监会网站, 政府网上办事) or network (政府网络) leaves the body (gov23) */
        if (e < art->ncp && cp[e] == 0x7F51 /* 网 */ && (e + 1 == art->ncp || !gx_cp_in(cp[e + 1], U"站页络上民友点内外格"))) {
            gx_cand_set_end(art, c, c->span.start);
            continue;
        }
        /* a union of states named as its members' descriptor (欧盟国家, 欧盟成员国, 欧盟22个国家): the states,
         * not the union acting; a reading that opens with it before a state's body is that body alone
         * (欧盟国家|斯洛文尼亚政府) (gov27) */
        {
            int u = gx_hit_len_starting(ix, c->span.start, GX_LEX_GOVERNMENT);
            int32_t ue = c->span.start + u;
            if (u >= 2 && ue <= e && cp[ue - 1] == 0x76DF /* 盟 */) {
                int32_t d = member_states_after(art, ue);
                if (d > 0 && ue == e) {
                    gx_cand_set_end(art, c, c->span.start);
                    continue;
                }
                if (d > 0 && e - (ue + d) >= 3) {
                    gx_cand_set_start(art, c, ue + d);
                    c->score = c->score > 0.85f ? c->score : 0.85f;
                }
            }
        }
        /* a résumé's party membership (1985年6月加入|中国共产党, 入党) names no body acting */
        if (c->span.start >= 1 && cp[c->span.start - 1] == 0x5165 /* 入 */ && e - c->span.start >= 3 &&
            cp[e - 1] == 0x515A /* 党 */ && cp[e - 2] == 0x4EA7 /* 产 */) {
            gx_cand_set_end(art, c, c->span.start);
            continue;
        }
        /* a body's party committee or group (黄山市公安局|党委原副书记, 财政厅|党组) is counted as the
         * body: the reading ends before it */
        if (e - c->span.start >= 5 && cp[e - 2] == 0x515A /* 党 */ && gx_cp_in(cp[e - 1], U"委组") &&
            gx_cp_in(cp[e - 3], U"局厅院署办府") && c->source != GX_SRC_GAZETTEER) {
            gx_cand_set_end(art, c, e - 2);
            e = c->span.end;
        }
        bool cb = gx_er_match_utf8_word(art, e - 2, e, (const uint32_t *)CB, 2);
        if (cb || gx_er_match_utf8_word(art, e - 2, e, (const uint32_t *)GOV, 2)) {
            /* a quantifier right before the body word, inside the span or just before it */
            /* (or 该 before a bare 央行: the bank named before, 因该央行将发布, never the People's
             * Bank the bare word stands for) */
            if (gx_word_ending_m(cp, 0, e - 2, gx_lexicon_words(ix->lex, GX_WL_GENERIC_QUANTIFIER),
                                 gx_lexicon_words_last(ix->lex, GX_WL_GENERIC_QUANTIFIER)) > 0 ||
                (cb && e - 2 == c->span.start && e >= 3 && cp[e - 3] == 0x8BE5 /* 该 */)) {
                gx_cand_set_end(art, c, c->span.start); /* retired */
                continue;
            }
            /* ... or opening a superlative's description of it (全球最宽松的央行: whichever one
             * that is, the text does not name it) */
            if (e - 2 == c->span.start && e >= 3 && cp[e - 3] == 0x7684 /* 的 */) {
                bool most = false, kind = false;
                for (int32_t q = e - 4; q >= 0 && q >= e - 14 && gx_is_cjk(cp[q]) && !kind; q--) {
                    most = most || cp[q] == 0x6700 /* 最 */;
                    kind = most &&
                           gx_word_ending_m(
                               cp, 0, q + 1, gx_lexicon_words(ix->lex, GX_WL_GENERIC_QUANTIFIER),
                               gx_lexicon_words_last(ix->lex, GX_WL_GENERIC_QUANTIFIER)) > 0;
                }
                if (kind) {
                    gx_cand_set_end(art, c, c->span.start);
                    continue;
                }
            }
        }
        /* ... and so does any short body without a place after a quantifier, or opening with one
         * (多地|银监局, 各|证监局, 地方金融监管局): the bodies of many places, no one of them */
        if (!cb) {
            int32_t a = c->span.start;
            int32_t inner = gx_word_at(art, a, gx_lexicon_words(ix->lex, GX_WL_GENERIC_QUANTIFIER));
            int32_t rest = a + (inner > 0 && e - a - inner >= 2 ? inner : 0);
            /* (各 right before reaches any length: 各|民主党派中央 are the parties' committees) */
            bool each = rest == a && a > 0 && cp[a - 1] == 0x5404 /* 各 */;
            if ((rest > a ||
                 gx_word_ending_m(cp, 0, a, gx_lexicon_words(ix->lex, GX_WL_GENERIC_QUANTIFIER),
                                  gx_lexicon_words_last(ix->lex, GX_WL_GENERIC_QUANTIFIER)) > 0) &&
                (e - rest <= 5 || each) && gx_hit_len_starting(ix, rest, GX_LEX_REGION) == 0) {
                gx_cand_set_end(art, c, c->span.start);
                continue;
            }
        }
        /* a body's name opening an association's (美国农业局|联合会, 中国证券业|协会) */
        const char32_t *const *const ASSOCIATION =
            gx_lexicon_words(ix->lex, GX_WL_ASSOCIATION_WORD);
        if (gx_word_at(art, e, ASSOCIATION) > 0) {
            gx_cand_set_end(art, c, c->span.start);
            continue;
        }
        if (c->source == GX_SRC_GAZETTEER && c->lex_id >= 0 && c->span.end - c->span.start >= 3 &&
            (gx_lexicon_entry(ix->lex, c->lex_id)->flags & GX_LEXF_WEAK) &&
            gx_er_match_utf8_word(art, e - 2, e, (const uint32_t *)YY, 2) && c->score < 0.75f)
            c->score = 0.75f;
    }
    /* a unit after a body and a list mark */
    for (int k = gx_hit_first(ix, GX_LEX_GOV_UNIT); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (h->start < 2 || gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_GOV_UNIT || h->end - h->start < 2 ||
            gx_hit_len_starting(ix, h->start, GX_LEX_GOV_UNIT) != h->end - h->start)
            continue;
        /* the unit may carry its level (山西省委和|省政府, 市委、|市政府) */
        int32_t from = h->start - (gx_er_is_admin_char(cp[h->start - 1]) && h->start >= 3 ? 1 : 0);
        /* or its task of two plain characters (证监会稽查局、|稽查总队) */
        if (from == h->start && h->start >= 4 && cp[h->start - 3] == 0x3001 /* 、 */) {
            bool plain = true;
            for (int32_t q = h->start - 2; q < h->start && plain; q++)
                plain = gx_is_cjk(cp[q]) && !gx_er_is_admin_char(cp[q]) &&
                        !gx_lexicon_char_is(ix->lex, cp[q], GX_LEX_LEFT_STOP) &&
                        !gx_lexicon_char_is(ix->lex, cp[q], GX_LEX_NOT_GIVEN);
            if (plain)
                from = h->start - 2;
        }
        uint32_t sep = cp[from - 1];
        if (sep != 0x3001 /* 、 */ && sep != 0x53CA /* 及 */ && sep != 0x548C /* 和 */)
            continue;
        gx_span s = {from, h->end}; /* (a whole unit word: no right-edge check, 省政府|着力) */
        if (gx_er_cand_with_span(art, s, 1 << GX_ENT_GOVERNMENT) >= 0)
            continue;
        bool body = false;
        for (int j = 0; j < n0 && !body; j++) {
            const gx_candidate *o = &art->candidates.v[j];
            body = gx_er_is_sure_body(o) && o->span.end == from - 1 && o->span.end - o->span.start >= 3;
        }
        if (body)
            gx_add_candidate(art, s, GX_ENT_GOVERNMENT, GX_SRC_RULE, 0.8f, NULL, -1);
    }
}

/* 柬埔寨国家银行, 越南国家银行, 瑞士国家银行: a country of the lexicon right before 国家银行 (a
 * "national bank") names that state's central bank, a government body like 央行 (docs/government.md:
 * central banks of any country), not a firm; before, the tagger's reading typed it a company. Not
 * when the name goes on as a longer word (国家银行业协会: the banking association). (people38) */
void gx_er_national_bank_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const BANK[] = {U"国家银行", NULL};
    const uint32_t *cp = art->cp;
    int32_t n;
    int32_t *at = gx_text_ix_words(&ix->text, art, BANK, &n);
    for (int32_t i = 0; i < n; i++) {
        int32_t p = at[i], e = p + 4;
        int r = p >= 2 ? gx_hit_len_ending(ix, p, GX_LEX_REGION) : 0;
        /* (a Chinese region before it is no state: 中国|国家银行 is not said; 业 goes on: 银行业) */
        if (r < 2 || (e < art->ncp && gx_cp_in(cp[e], U"业卡间系")) ||
            (r == 2 && cp[p - 2] == 0x4E2D /* 中 */ && cp[p - 1] == 0x56FD /* 国 */))
            continue;
        /* (the country's whole name: a Han character before it that no stop word ends may open a longer one
         * the list lacks, 白|俄罗斯) */
        int32_t b = p - r;
        if (b > 0 && gx_is_cjk(cp[b - 1]) && !gx_lexicon_char_is(ix->lex, cp[b - 1], GX_LEX_LEFT_STOP) &&
            gx_hit_len_ending(ix, b, GX_LEX_LEFT_STOP) == 0 && gx_hit_len_ending(ix, b, GX_LEX_REGION) == 0 &&
            !gx_cp_in(cp[b - 1], U"和与及的在由向对从称"))
            continue;
        gx_er_add_body(art, (gx_span){p - r, e}, 0.9f, NULL);
    }
}
