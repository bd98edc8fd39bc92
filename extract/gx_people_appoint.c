/* gx_people_appoint.c — holders named by appointment and departure phrasing (announcements):
 * 聘任张胜为公司副总裁, 赵慧娴任执行董事, 柯永坚已辞任执行董事, 任命刘士余同志为中国证监会主席.
 * The verb classes (appointing, taking or leaving a post) are shared with the other holder rules.
 * Part of gx_people (gx_people_impl.h). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"

/* Verbs of appointment that take the appointee before 为 (聘任张胜为公司副总裁), and verbs of
 * taking or leaving a post that follow the person (赵慧娴任执行董事, 柯永坚已辞任执行董事): closed
 * grammatical classes of announcements. */
const char32_t *const gx_pp_appoint_before[] = {U"聘任", U"委任", U"任命", U"提名", U"增聘", U"聘请", U"选举",
                                                 U"推选", U"选聘", U"委派", U"同意聘任", NULL};
const char32_t *const gx_pp_take_post[] = {U"不再担任", U"获委任为", U"获委任", U"继续担任", U"辞任", U"辞去",
                                            U"宣誓就任", U"出任", U"担任", U"接任", U"升任", U"改任", U"兼任", U"新任",
                                            U"调任", U"转任", U"就任", U"拟任", U"卸任", U"请辞", U"免去", U"任",
                                            /* promotions and transfers (熊雷鸣升职为公司财务负责人,
                                             * 陈水元平调为合规负责人) */
                                            U"升职为", U"晋升为", U"提升为", U"升任为", U"调任为", U"平调为", U"升为",
                                            /* (twelfth session: Lisa Brankin提拔为英国和爱尔兰业务负责人) */
                                            U"提拔为", U"擢升为",
                                            /* (seventeenth session: 赵卫华履新中原信托有限公司董事长) */
                                            U"履新", NULL};

/* The firm named by its common noun ending at left: 公司 or 集团 (担任集团副总裁), with 本/该
 * before it, or a bank's 本行/该行; the characters it takes, else 0. */
static int32_t generic_owner(const uint32_t *cp, int32_t left)
{
    if (left < 2)
        return 0;
    bool firm = (cp[left - 2] == 0x516C && cp[left - 1] == 0x53F8) /* 公司 */ ||
                (cp[left - 2] == 0x96C6 && cp[left - 1] == 0x56E2) /* 集团 */;
    if (firm)
        return left > 2 && (cp[left - 3] == 0x672C || cp[left - 3] == 0x8BE5) /* 本, 该 */ ? 3 : 2;
    return cp[left - 1] == 0x884C /* 行 */ && (cp[left - 2] == 0x672C || cp[left - 2] == 0x8BE5) ? 2 : 0;
}

/* Where the owner of a title starts when it is written before it: an organization candidate or
 * the firm's common noun (为公司副总经理, 担任集团副总裁, 出任本行行长). Returns the new left edge. */
int32_t gx_pp_owner_left(const gx_article *art, int32_t left)
{
    const uint32_t *cp = art->cp;
    /* 增聘徐一为新任基金经理: 新任/现任/时任 before the title say when it is held */
    static const char32_t *const TENSE[] = {U"新任", U"现任", U"时任", NULL};
    left -= gx_word_ending(cp, 0, left, TENSE);
    /* 转任国泰君安(17.210,-0.23,-1.32%)董事长: a portal's stock quote after the firm */
    int32_t uq = gx_stock_quote_start(art, left);
    if (uq < left && gx_pp_cand_ending_at(art, uq, GX_ORGLIKE) >= 0)
        return art->candidates.v[gx_pp_cand_ending_at(art, uq, GX_ORGLIKE)].span.start;
    /* 辞任公司的公司秘书: 的 after the company word */
    if (left >= 3 && cp[left - 1] == 0x7684 /* 的 */ && cp[left - 3] == 0x516C && cp[left - 2] == 0x53F8)
        left--;
    /* the word first: a suffix rule may have read "张胜为公司" or "刘康喜新任公司" as a company */
    int32_t g = generic_owner(cp, left);
    if (g > 0) {
        int32_t l = left - g;
        if (l > 0 && (cp[l - 1] == 0x4E3A /* 为 */ || gx_word_ending(cp, 0, l, gx_pp_take_post) >= 2))
            return l;
    }
    int org = gx_pp_cand_ending_at(art, left, GX_ORGLIKE);
    if (org >= 0)
        return art->candidates.v[org].span.start;
    return left - g;
}

/* A person named as one member of an appointment list: two to four CJK characters starting
 * with a surname, or capitalised Latin words. */
bool gx_pp_list_member_name(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e)
{
    const uint32_t *cp = art->cp;
    int32_t len = e - s;
    if (len < 2)
        return false;
    if (gx_is_upper(cp[s])) {
        for (int32_t k = s; k < e; k++)
            if (!(gx_is_alnum(cp[k]) || cp[k] == ' ' || cp[k] == '-' || cp[k] == '.'))
                return false;
        return true;
    }
    for (int32_t k = s; k < e; k++)
        if (!gx_is_cjk(cp[k]))
            return false;
    /* a word that starts with a surname character is no name (成立时担任总经理: 成立, as in
     * gx_pp_chinese_name) */
    int sl = gx_hit_len_starting(ix, s, GX_LEX_SURNAME);
    return len <= 4 && sl > 0 && gx_hit_len_starting(ix, s, GX_LEX_LEFT_STOP) <= sl &&
           !gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + s, len) && !gx_lexicon_is(ix->lex, GX_LEX_POSITION, cp + s, len);
}

/* Length of 先生 / 女士 ending at e (after at least two characters from s), else 0. */
static int32_t honorific_before(const uint32_t *cp, int32_t s, int32_t e)
{
    if (e - s < 4)
        return 0;
    if ((cp[e - 2] == 0x5148 && cp[e - 1] == 0x751F) || (cp[e - 2] == 0x5973 && cp[e - 1] == 0x58EB))
        return 2;
    return 0;
}

/* 聘任庄华为公司总经理, 任命韩净、段鑫为公司副总经理, 委任Richard Raymond Weissend为非执行董事:
 * the names between an appointment verb and 为 hold the title. The verb fixes the names' edges,
 * so 庄华|为 is read even where 华为 is a word. Returns the first holder or -1. */
static int appointees(const gx_hit_index *ix, gx_article *art, gx_span ts, int32_t left)
{
    const uint32_t *cp = art->cp;
    if (left < 3 || cp[left - 1] != 0x4E3A /* 为 */)
        return -1;
    int32_t wei = left - 1, vend = -1;
    for (int32_t k = wei - 2; k >= 0 && k >= wei - 48 && vend < 0; k--) {
        uint32_t c = cp[k];
        if (!(gx_is_cjk(c) || gx_is_alnum(c) || c == ' ' || c == 0x3001 || c == '-' || c == '.'))
            break;
        if (gx_word_ending(cp, 0, k, gx_pp_appoint_before) > 0)
            vend = k;
    }
    if (vend < 0)
        return -1;
    int first = -1;
    for (int32_t s = vend; s < wei;) {
        int32_t e = s;
        while (e < wei && cp[e] != 0x3001 && cp[e] != 0x548C /* 和 */ && cp[e] != 0x53CA /* 及 */)
            e++;
        int32_t ne = e - honorific_before(cp, s, e); /* 龚神佑先生 */
        if (!gx_pp_list_member_name(ix, art, s, ne))
            return first;
        /* the verb and 为 are the strongest evidence there is for these edges: stronger than a
         * gazetteer word across them (庄华|为公司 against 华为公司) */
        int p = gx_pp_rule_person(art, (gx_span){s, ne}, 0.97f);
        if (first < 0)
            first = p;
        else
            gx_pp_add_position(art, ts, p, -1);
        s = e + 1;
    }
    return first;
}

/* 赵慧娴任执行董事, 柯永坚已辞任执行董事, 刘康喜新任公司督察长: the person right before a verb of
 * taking or leaving the post (with 已/将/拟/亦/则/也/均 between), and each name of a 、 list before
 * it. Returns the holder next to the verb or -1. */
/* 曹建因工作原因，辞去…, 郑建东因工作变动，不再担任…: a clause of reason (因 and up to twelve CJK
 * characters, then a comma) between the person and the verb at q. Returns where the person ends
 * (the 因), or q. */
static int32_t reason_clause(const uint32_t *cp, int32_t q)
{
    if (q < 4 || (cp[q - 1] != ',' && cp[q - 1] != 0xFF0C))
        return q;
    int32_t at = q; /* the first 因 of the clause (原因 holds another) */
    for (int32_t k = q - 2; k >= 2 && k >= q - 14 && gx_is_cjk(cp[k]); k--)
        if (cp[k] == 0x56E0 /* 因 */)
            at = k;
    return at;
}

/* 马云在卸任阿里董事局主席前, 王明在出任总经理后: 在 (while, when) between the person and the verb,
 * taken only after a name that is sure on its own: a person candidate of two to four characters
 * ending before 在, or a Chinese name the name reader ends there (or at 在) at a clean left edge (not
 * 但|老董在). Returns q less 在, or q. */
static int32_t at_before_verb(const gx_hit_index *ix, const gx_article *art, int32_t q)
{
    if (q < 3 || art->cp[q - 1] != 0x5728 /* 在 */)
        return q;
    int32_t e = q - 1;
    int tp = gx_pp_person_ending_at(art, e);
    if (tp >= 0 && e - art->candidates.v[tp].span.start >= 2 && e - art->candidates.v[tp].span.start <= 4)
        return e;
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s0 = e - len;
        /* (the name reader may run over 在 into a three-character name: 马云在|卸任) */
        int32_t ne = s0 >= 0 ? gx_pp_chinese_name(ix, art, s0) : -1;
        if ((ne == e || ne == q) && gx_pp_name_left_edge(ix, art, s0))
            return e;
    }
    return q;
}

static int post_takers(const gx_hit_index *ix, gx_article *art, gx_span ts, int32_t left)
{
    const uint32_t *cp = art->cp;
    /* 担任了中信证券的财务负责人: the owner with 的 (an organization the rules read), 了 after the
     * verb */
    if (left == ts.start && left >= 3 && cp[left - 1] == 0x7684 /* 的 */) {
        int org = gx_pp_cand_ending_at(art, left - 1, GX_ORGLIKE);
        if (org >= 0)
            left = art->candidates.v[org].span.start;
    }
    if (left >= 3 && cp[left - 1] == 0x4E86 /* 了 */ && gx_word_ending(cp, 0, left - 1, gx_pp_take_post) >= 2)
        left--;
    int32_t v = gx_word_ending(cp, 0, left, gx_pp_take_post);
    /* 关于聘任公司副总经理: 聘任 is an appointment, its appointee follows */
    if (v == 0 || gx_word_ending(cp, 0, left, gx_pp_appoint_before) > 0)
        return -1;
    int32_t q = left - v;
    for (int guard = 0; guard < 3 && q > 0; guard++) {
        int32_t a = gx_word_ending(cp, q - 2 > 0 ? q - 2 : 0, q,
                                   gx_lexicon_words(ix->lex, GX_WL_POST_ADVERB));
        if (a == 0)
            break;
        q -= a;
    }
    q = at_before_verb(ix, art, q); /* 马云在卸任 */
    q = reason_clause(cp, q);                             /* 曹建因工作原因，辞去 */
    q -= honorific_before(cp, q - 6 > 0 ? q - 6 : 0, q); /* 陈伟盛先生已辞任 */
    int first = -1;
    for (int guard = 0; guard < 6 && q >= 2; guard++) {
        int p = -1;
        int32_t s0 = -1;
        /* a Chinese name another rule or the tagger read there (董事长冯滨|将兼任: the title
         * before it is the left edge the reading below would want) */
        if (gx_is_cjk(cp[q - 1])) {
            int tp = gx_pp_person_ending_at(art, q);
            if (tp >= 0 && q - art->candidates.v[tp].span.start >= 2 && q - art->candidates.v[tp].span.start <= 4) {
                p = tp;
                s0 = art->candidates.v[tp].span.start;
            }
        }
        /* Ee Hock Leong已辞任执行董事: two or three capitalised Latin words before the verb */
        if (cp[q - 1] >= 'a' && cp[q - 1] <= 'z') {
            s0 = gx_pp_english_name_before(art, q);
            if (s0 < q && (s0 == 0 || !gx_is_alnum(cp[s0 - 1]))) {
                int tp = gx_pp_person_ending_at(art, q);
                p = tp >= 0 && art->candidates.v[tp].span.start == s0 ? tp : gx_pp_rule_person(art, (gx_span){s0, q}, 0.85f);
            }
        }
        for (int32_t len = 3; len >= 2 && p < 0; len--) {
            s0 = q - len;
            if (s0 < 0 || !gx_pp_list_member_name(ix, art, s0, q))
                continue;
            if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                continue;
            int tp = gx_pp_person_ending_at(art, q);
            /* a verb of two or more characters fixes the right edge (杨章鑫|获委任为) */
            p = tp >= 0 && art->candidates.v[tp].span.start == s0
                    ? tp
                    : gx_pp_rule_person(art, (gx_span){s0, q}, v >= 2 ? 0.9f : 0.8f);
        }
        if (p < 0)
            break;
        if (first < 0)
            first = p;
        else
            gx_pp_add_position(art, ts, p, -1);
        if (s0 < 2 || cp[s0 - 1] != 0x3001)
            break;
        q = s0 - 1;
    }
    return first;
}

/* Where a board named by its term (第十届董事会, 第三届监事会) ending at left starts, with 公司 or
 * 本公司 before it; left when none ends there. */
static int32_t board_left(const gx_article *art, int32_t left)
{
    static const char32_t NUM[] = U"一二三四五六七八九十";
    const uint32_t *cp = art->cp;
    if (left < 6 || cp[left - 1] != 0x4F1A /* 会 */ || cp[left - 2] != 0x4E8B /* 事 */ ||
        (cp[left - 3] != 0x8463 /* 董 */ && cp[left - 3] != 0x76D1 /* 监 */) || cp[left - 4] != 0x5C4A /* 届 */)
        return left;
    int32_t k = gx_run_start(cp, left - 4, NUM);
    if (k == left - 4 || k < 1 || cp[k - 1] != 0x7B2C /* 第 */)
        return left;
    k--;
    if (k >= 2 && cp[k - 2] == 0x516C && cp[k - 1] == 0x53F8) { /* 公司 */
        k -= 2;
        if (k > 0 && cp[k - 1] == 0x672C) /* 本 */
            k--;
    }
    return k;
}

/* Holder-less titles in announcements' phrasing (appointees(), post_takers()). */
void gx_pp_announcement_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    int n = art->positions.n;
    for (int i = first_position; i < n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        gx_span ts = art->positions.v[i].span;
        int32_t left = gx_pp_owner_left(art, ts.start);
        /* 提名…为公司第十届董事会独立董事候选人: the board of a term between 为 and the title */
        int32_t bl = board_left(art, left);
        int person = appointees(ix, art, ts, bl < left && bl > 0 && art->cp[bl - 1] == 0x4E3A /* 为 */ ? bl : left);
        if (person < 0)
            person = post_takers(ix, art, ts, left);
        if (person >= 0)
            art->positions.v[i].person = person; /* re-read: gx_pp_add_position() may have moved the vector */
    }
}

/* 任命刘士余同志为中国证监会主席, 郭树清则转任山东省省长: a title without a holder after it, an
 * appointment verb before its organization, and a person before the verb. */
void gx_pp_appointments(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    static const uint32_t skip[] = {0x540C, 0x5FD7, 0x5219, 0x53C8, 0x540E, 0x4FBF, 0x5DF2, 0x66FE, ','};
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        if (p->person >= 0)
            continue;
        int32_t left = p->organization >= 0 && art->candidates.v[p->organization].span.end == p->span.start
                           ? art->candidates.v[p->organization].span.start
                           : p->span.start;
        /* the organization may also be a place the rules do not name (转任山东省省长) */
        int v = 0;
        for (int32_t k = 0; k <= 5 && left - k > 0 && v == 0; k++) {
            if (k > 0 && !gx_is_cjk(cp[left - k]))
                break;
            v = gx_hit_len_ending(ix, left - k, GX_LEX_APPOINT_VERB);
            if (v)
                left -= k;
        }
        if (v == 0)
            continue;
        int32_t q = left - v;
        /* 同志, 则, 又, 后, 便, 已, 曾 and a comma may stand between the person and the verb */
        for (int guard = 0; guard < 4 && q > 0; guard++) {
            bool moved = false;
            for (size_t k = 0; k < sizeof skip / sizeof skip[0] && !moved; k++)
                if (cp[q - 1] == skip[k]) {
                    q--;
                    moved = true;
                }
            if (!moved)
                break;
        }
        int person = gx_pp_person_ending_at(art, q);
        for (int32_t len = 3; person < 0 && len >= 2; len--) {
            /* a name of its own right before: 任命李明远同志为 */
            int32_t s0 = q - len;
            if (s0 < 0 || gx_pp_chinese_name(ix, art, s0) != q)
                continue;
            if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                continue;
            person = gx_pp_rule_person(art, (gx_span){s0, q}, 0.8f);
        }
        if (person >= 0)
            p->person = person;
    }
}
