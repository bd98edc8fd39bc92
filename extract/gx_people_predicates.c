/* gx_people_predicates.c — holders of a holder-less title read from the predicate around it:
 * the subject of a copula (何曙华正是公司原来的实际控制人, 张三为公司董事长), the items of a
 * 名单：list (董事候选人名单如下:张三、李四), a verb of holding and 的 (现任…董事长的陈继武), a clause
 * that takes the post after a comma (…，任固定收益投资部研究员: the subject of the sentence), a
 * person opening the clause with a verb of holding (刘姝威任万科…独立董事). gx_pp_predicate_holders()
 * fills art->positions[i].person for positions added by gx_people_rules(). Part of gx_people
 * (gx_people_impl.h). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"

/* The one person the text [s, end) names (candidates of one text: 文细棠 twice is one), a rule's
 * candidate preferred; -1 when it names none or several, or an organization stands before it. */
static int one_person_in(const gx_article *art, int32_t s, int32_t end)
{
    int found = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON || c->span.start < s || c->span.end > end)
            continue;
        const gx_candidate *f = found >= 0 ? &art->candidates.v[found] : NULL;
        if (f && !(f->span.end - f->span.start == c->span.end - c->span.start &&
                   !memcmp(art->cp + f->span.start, art->cp + c->span.start, sizeof(uint32_t) * (size_t)(c->span.end - c->span.start))))
            return -1;
        if (!f || (c->source == GX_SRC_RULE && f->source != GX_SRC_RULE))
            found = i;
    }
    /* an organization before it shares or is the subject (格力金投及其一致行动人金诺信…，为…) */
    for (int i = 0; found >= 0 && i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_POSITION && (GX_ORGLIKE & (1 << c->type)) && c->span.start >= s &&
            c->span.end <= art->candidates.v[found].span.start)
            return -1;
    }
    return found;
}

/* The subject of a copula after a comma at end: the one person of the clause before the comma
 * (within 60 characters), or a name opening that clause that the article names as a person
 * elsewhere, or, when the clause names none, the one person of the sentence (from the last 。！？;
 * or line break, when that is at most 60 characters back); -1 otherwise. */
static int sentence_subject(const gx_hit_index *ix, gx_article *art, int32_t end)
{
    const uint32_t *cp = art->cp;
    int32_t s = end, clause = -1;
    while (s > 0 && end - s < 60 && cp[s - 1] != 0x3002 && cp[s - 1] != '!' && cp[s - 1] != '?' && cp[s - 1] != ';' &&
           cp[s - 1] != '\n') {
        if (clause < 0 && (cp[s - 1] == ',' || cp[s - 1] == 0xFF0C))
            clause = s;
        s--;
    }
    int p = clause >= 0 ? one_person_in(art, clause, end) : -1;
    if (p >= 0)
        return p;
    /* 徐一于2017年加入招商基金，任…: a name opening the clause that the article names as a person
     * elsewhere (新任基金经理徐一) */
    int32_t k = clause >= 0 ? clause : s;
    while (k < end && (cp[k] == ' ' || cp[k] == 0x3000))
        k++;
    int32_t ne = k < end ? gx_pp_chinese_name(ix, art, k) : k;
    for (int i = 0; ne > k && i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->span.end - c->span.start == ne - k && c->span.start != k &&
            !memcmp(art->cp + c->span.start, cp + k, sizeof(uint32_t) * (size_t)(ne - k)))
            return gx_pp_rule_person(art, (gx_span){k, ne}, 0.8f);
    }
    if (end - s >= 60)
        return -1;
    for (int i = 0; clause >= 0 && i < art->candidates.n; i++)
        if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].span.start >= clause &&
            art->candidates.v[i].span.end <= end)
            return -1; /* the clause names several */
    return one_person_in(art, s, end);
}

/* 文细棠、蒋九明是顺威股份的股东, 何曙华正是公司原来的实际控制人, 张三为公司董事长: a title
 * without a holder, its owner (an organization, 公司) with 的 and a time word (原来/现在/目前/当时)
 * or 原/现 between, the copula 是/为/系 (with one adverb: 正是, 均为, 也是), and before it the
 * person, or a 、/和 list of persons, closing on the copula: a predicate role. The names must be
 * people the rules or the tagger read, or a surname name with a clear left edge. Returns the
 * holder next to the copula or -1. */
/* Where an unknown organization between a copula and a title starts (易诺青同时也是|高济医疗|董事长):
 * the look-back before the title reaches the copula and no known name starts there (作者为|
 * 国泰君安上海研究总监 is 国泰君安's); or -1. */
static int32_t copula_org_start(const gx_hit_index *ix, const gx_article *art, gx_span ts)
{
    int32_t s = gx_name_left(ix, art, ts.start, 7);
    if (s < 1 || ts.start - s < 2 ||
        (art->cp[s - 1] != 0x662F /* 是 */ && art->cp[s - 1] != 0x4E3A /* 为 */ && art->cp[s - 1] != 0x7CFB /* 系 */) ||
        gx_pp_cand_starting_at(art, s, GX_ORGLIKE) >= 0)
        return -1;
    return s;
}

/* Where owners no rule knows start between a copula and 的 before a title (陈龙是|优波投资和美港投资|
 * 的创始人): the text before 的 (at q) reaches a copula within fourteen characters, CJK only; or
 * -1. */
static int32_t unknown_owners_start(const gx_article *art, int32_t q)
{
    const uint32_t *cp = art->cp;
    for (int32_t s = q - 2; s >= 1 && q - s <= 14 && gx_is_cjk(cp[s]); s--)
        if (cp[s - 1] == 0x662F /* 是 */ || cp[s - 1] == 0x4E3A /* 为 */ || cp[s - 1] == 0x7CFB /* 系 */)
            return s;
    return -1;
}

/* A title that names no owner (a prize's laureate, a scholar: 诺贝尔经济学奖得主, 经济学家): after a
 * copula it describes the person right before it. */
static bool ownerless_title(const gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    if (ts.end - ts.start < 3)
        return false;
    return (cp[ts.end - 2] == 0x5F97 && cp[ts.end - 1] == 0x4E3B) /* 得主 */ ||
           (cp[ts.end - 2] == 0x5B66 && cp[ts.end - 1] == 0x5BB6) /* 学家 */;
}

static int copula_holders(const gx_hit_index *ix, gx_article *art, gx_span ts, int org)
{
    const uint32_t *cp = art->cp;
    const char32_t *const *const WHEN = gx_lexicon_words(ix->lex, GX_WL_COPULA_WHEN);
    /* the title closes the clause (是…院长，也是…: not 导演|系科班出身); a run-on text may open the next
     * clause with its time word and no comma (是原…公司法人|现为卷款逃跑的骗子: cues.tsv now_word) */
    if (ts.end < art->ncp && (gx_is_cjk(cp[ts.end]) || gx_is_alnum(cp[ts.end])) &&
        !(ts.end + 1 < art->ncp && cp[ts.end] == 0x4E4B && cp[ts.end + 1] == 0x4E00 /* 之一 */) &&
        gx_lex_word_at(ix->lex, GX_LEX_NOW_WORD, art, ts.end) == 0)
        return -1;
    int32_t q = ts.start;
    bool unknown_org = false, ownerless = false;
    if (q > 0 && cp[q - 1] == 0x7684 /* 的 */)
        q--;
    q -= gx_word_ending(cp, 0, q, WHEN);
    if (q > 0 && cp[q - 1] == 0x7684)
        q--;
    if (org >= 0 && art->candidates.v[org].span.end == q)
        q = art->candidates.v[org].span.start;
    else {
        int o = gx_pp_cand_ending_at(art, q, GX_ORGLIKE);
        if (o >= 0)
            q = art->candidates.v[o].span.start;
        else if (q >= 2 && cp[q - 2] == 0x516C && cp[q - 1] == 0x53F8) /* 公司 */
            q -= 2;
        else if (q == ts.start && copula_org_start(ix, art, ts) >= 0) {
            q = copula_org_start(ix, art, ts); /* 也是高济医疗董事长: proposed once a holder is found */
            unknown_org = true;
        } else if (q < ts.start && unknown_owners_start(art, q) >= 0)
            q = unknown_owners_start(art, q);
        else if (q == ts.start && ownerless_title(art, ts))
            ownerless = true; /* 马克维茨是诺贝尔经济学奖得主: a laureate or a scholar, no owner to name */
        else if (q == ts.start)
            return -1; /* 是股东: no owner, too loose (原因是董事长…) */
    }
    /* 是原|贵州西旅文化产业发展有限公司|法人: the owner's former or present post */
    if (q < ts.start && q >= 2 && (cp[q - 1] == 0x539F /* 原 */ || cp[q - 1] == 0x73B0 /* 现 */) &&
        (cp[q - 2] == 0x662F /* 是 */ || cp[q - 2] == 0x4E3A /* 为 */ || cp[q - 2] == 0x7CFB /* 系 */))
        q--;
    if (q < 3 || (cp[q - 1] != 0x662F /* 是 */ && cp[q - 1] != 0x4E3A /* 为 */ && cp[q - 1] != 0x7CFB /* 系 */))
        return -1;
    q--;
    /* 被任命为, 聘任…为: an appointment, read by appointees() and post_takers() */
    if (gx_word_ending(cp, 0, q, gx_pp_appoint_before) > 0 || gx_word_ending(cp, 0, q, gx_pp_take_post) > 0)
        return -1;
    static const char32_t adv[] = U"正均都也即仍就亦则";
    for (const char32_t *a = adv; *a; a++)
        if (q > 0 && cp[q - 1] == (uint32_t)*a) {
            q--;
            break;
        }
    q -= gx_word_ending(cp, 0, q, (const char32_t *const[]){U"同时", NULL}); /* ,同时也是… */
    /* 文细棠实际持有顺威股份38.55%的股权，是公司实际控制人: after a comma the copula's subject is
     * the sentence's; the one person the sentence names before it */
    if (ownerless && q > 0 && !gx_is_cjk(cp[q - 1]))
        return -1;
    if (ownerless)
        return gx_pp_person_ending_at(art, q);
    if (q > 0 && (cp[q - 1] == ',' || cp[q - 1] == 0xFF0C)) {
        int subject = sentence_subject(ix, art, q - 1);
        if (subject >= 0 && unknown_org)
            gx_pp_org_before_title(ix, art, ts);
        return subject;
    }
    int first = -1;
    for (int guard = 0; guard < 8 && q >= 2; guard++) {
        int p = gx_pp_person_ending_at(art, q);
        int32_t s0 = p >= 0 ? art->candidates.v[p].span.start : -1;
        for (int32_t len = 3; p < 0 && len >= 2; len--) {
            s0 = q - len;
            if (s0 < 0 || gx_pp_chinese_name(ix, art, s0) != q)
                continue;
            if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0)
                continue;
            p = gx_pp_rule_person(art, (gx_span){s0, q}, 0.8f);
        }
        if (p < 0)
            break;
        if (first < 0)
            first = p;
        else
            gx_pp_add_position(art, ts, p, org);
        if (s0 < 2 || (cp[s0 - 1] != 0x3001 && cp[s0 - 1] != 0x548C /* 和 */))
            break;
        q = s0 - 1;
    }
    if (first >= 0 && unknown_org)
        gx_pp_org_before_title(ix, art, ts);
    return first;
}

/* 六名交易员名单：Krishna Mohan、Cedric Chanu, 董事候选人名单如下:张三、李四: a title without a
 * holder, then 名单 (and 如下) and a colon: each 、-separated item up to the sentence's end that is
 * a person the rules or the tagger read, a surname name, or two or more capitalised Latin words
 * holds the title. Returns the first holder or -1. */
static int heading_holders(const gx_hit_index *ix, gx_article *art, gx_span ts, int org)
{
    const uint32_t *cp = art->cp;
    int32_t q = ts.end;
    if (q + 3 >= art->ncp || cp[q] != 0x540D || cp[q + 1] != 0x5355) /* 名单 */
        return -1;
    q += 2;
    if (q + 2 < art->ncp && cp[q] == 0x5982 && cp[q + 1] == 0x4E0B) /* 如下 */
        q += 2;
    if (q >= art->ncp || (cp[q] != ':' && cp[q] != 0xFF1A))
        return -1;
    q++;
    int first = -1;
    for (int guard = 0; guard < 40 && q < art->ncp; guard++) {
        int32_t s = q, e = q;
        while (e < art->ncp && cp[e] != 0x3001 && cp[e] != 0x3002 && cp[e] != 0xFF1B && cp[e] != ';' &&
               cp[e] != '\n' && cp[e] != 0xFF0C && e - s < 40)
            e++;
        int32_t ie = e;
        while (s < ie && (cp[s] == ' ' || cp[s] == 0x3000))
            s++;
        while (ie > s && (cp[ie - 1] == ' ' || cp[ie - 1] == 0x3000))
            ie--;
        int p = -1;
        for (int i = 0; i < art->candidates.n && p < 0; i++)
            if (art->candidates.v[i].type == GX_ENT_PERSON && art->candidates.v[i].span.start == s &&
                art->candidates.v[i].span.end == ie)
                p = i;
        if (p < 0 && gx_pp_list_member_name(ix, art, s, ie)) {
            bool two_words = false;
            for (int32_t k = s + 1; k + 1 < ie && !two_words; k++)
                two_words = cp[k] == ' ' && gx_is_upper(cp[k + 1]);
            if (gx_is_upper(cp[s]) ? two_words : gx_pp_chinese_name(ix, art, s) == ie)
                p = gx_pp_rule_person(art, (gx_span){s, ie}, 0.8f);
        }
        if (p >= 0) {
            if (first < 0)
                first = p;
            else
                gx_pp_add_position(art, ts, p, org);
        }
        if (e >= art->ncp || cp[e] != 0x3001)
            break;
        q = e + 1;
    }
    return first;
}

/* The person one character after the title at ts (its 的, or the comma closing the clause):
 * a person candidate starting there, else a Chinese name the rules read (closed: only one that
 * ends the clause or is followed by a word that may follow a name); or -1. */
static int person_after_title(const gx_hit_index *ix, gx_article *art, gx_span ts, bool closed)
{
    const uint32_t *cp = art->cp;
    int32_t ps = ts.end + 1;
    int p = gx_pp_cand_starting_at(art, ps, 1 << GX_ENT_PERSON);
    if (p >= 0)
        return p;
    int32_t pe = gx_pp_chinese_name(ix, art, ps);
    if (pe == ps ||
        (closed && pe < art->ncp && gx_is_cjk(cp[pe]) && gx_hit_len_starting(ix, pe, GX_LEX_NAME_END) == 0))
        return -1;
    return gx_pp_rule_person(art, (gx_span){ps, pe}, 0.8f);
}

/* 现任凯石益正资产董事长的陈继武, 曾任无人驾驶事业部副总经理的吕厚昌, 卸任美联储主席的耶伦: a title
 * described by a verb of holding (现任/担任/时任/曾任/出任/卸任/接任/兼任/升任/身为/作为, in the same
 * clause before it), then 的 and a person (a candidate, or a surname name): the person holds it.
 * Returns the person candidate or -1. */
static int relative_holder(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    const char32_t *const *const HOLD = gx_lexicon_words(ix->lex, GX_WL_RELATIVE_HOLD);
    const uint32_t *cp = art->cp;
    if (ts.end + 2 >= art->ncp || cp[ts.end] != 0x7684 /* 的 */)
        return -1;
    bool held = false;
    for (int32_t k = ts.start; k >= 2 && k > ts.start - 16 && !held; k--) {
        if (gx_word_ending(cp, 0, k, HOLD) > 0)
            held = true;
        else if (!(gx_is_cjk(cp[k - 1]) || gx_is_alnum(cp[k - 1]) || cp[k - 1] == ' ' || cp[k - 1] == 0x3001))
            break;
    }
    if (!held)
        return -1;
    return person_after_title(ix, art, ts, false);
}

/* Holder-less titles written as a predicate (copula_holders()), heading a list of names
 * (heading_holders()) or in a relative clause before their holder (relative_holder()). */
/* Can a verb of holding a post start with c (担 出 现 时 兼 升 转 接 就 改 作 身 成 任 以 获 历)? A cheap
 * test before the word lists are tried at every character of a clause. */
static bool hold_verb_start(uint32_t c)
{
    /* (a switch, not gx_cp_in's walk of the whole set: it runs at every character of a clause
     * and most characters are none of these; speed33) */
    switch (c) {
    case U'担': case U'出': case U'现': case U'时': case U'兼': case U'升': case U'转': case U'接':
    case U'就': case U'改': case U'作': case U'身': case U'成': case U'任': case U'以': case U'获':
    case U'历': case U'卸': case U'辞':
        return true;
    default:
        return false;
    }
}

/* 徐一于2017年加入招商基金，任固定收益投资部研究员 / 周小川辞任后，担任央行行长: a verb of holding a
 * post opens the clause of a holder-less title (after a comma, with at most one adverb: 并 现 曾 后
 * 随后 同时 …; at most 12 characters of owner or unit between it and the title, no punctuation); the
 * holder is the subject of the clause before the comma (sentence_subject). */
static int clause_post_holder(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    const char32_t *const *const HOLD = gx_lexicon_words(ix->lex, GX_WL_CLAUSE_POST_HOLD);
    const char32_t *const *const OPEN = gx_lexicon_words(ix->lex, GX_WL_CLAUSE_POST_OPEN);
    const uint32_t *cp = art->cp;
    for (int32_t v = ts.start - 1; v >= 1 && ts.start - v <= 14; v--) {
        if (!gx_is_cjk(cp[v]))
            return -1;
        int32_t n = hold_verb_start(cp[v]) ? gx_word_at(art, v, HOLD) : 0;
        if (n == 0 || ts.start - (v + n) > 12)
            continue;
        int32_t c = v - gx_word_ending(cp, 0, v, OPEN);
        if (c < 1 || (cp[c - 1] != ',' && cp[c - 1] != 0xFF0C))
            continue;
        /* 方嘉春并没有按照预想的，接任…董事长: a post the clause before denies */
        for (int32_t k = c - 2; k >= 0 && c - k <= 30 && cp[k] != ',' && cp[k] != 0xFF0C && cp[k] != 0x3002; k--)
            if (cp[k] == 0x6CA1 /* 没 */ || cp[k] == 0x672A /* 未 */)
                return -1;
        return sentence_subject(ix, art, c - 1);
    }
    return -1;
}

/* Does a position of the rules start at pos? */
static bool person_title_at(const gx_article *art, int32_t pos)
{
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == pos)
            return true;
    return false;
}

/* 刘姝威任万科十八届董事会独立董事 / 邓晖进入齐鲁证券担任副总裁 / 刘姝威作为万科的独立董事 /
 * 邓晖以总裁身份出席: the person opening the clause of a holder-less title, a verb of holding a
 * post after it (以 only with 身份 after the title), at most 12 characters of owner or unit
 * between the verb and the title and no 为 (任命X为Y is an appointment), nothing denied or asked
 * (没 未 不 无 否: 并无…担任董事职务, 能否出任), the title not qualifying a title after it
 * (实际控制人的一致行动人), and no punctuation on the way. */
static int opener_post_holder(gx_article *art, gx_span ts)
{
    static const char32_t *const HOLD[] = {U"担任", U"出任", U"现任", U"时任", U"兼任", U"升任", U"转任", U"接任",
                                           U"就任", U"改任为", U"改任", U"作为", U"身为", U"成为", U"卸任", U"辞去",
                                           U"任", U"以", NULL};
    const uint32_t *cp = art->cp;
    int32_t v = -1, vn = 0;
    for (int32_t k = ts.start - 1; k >= 1 && ts.start - k <= 14 && v < 0; k--) {
        if (!gx_is_cjk(cp[k]))
            return -1;
        int32_t n = hold_verb_start(cp[k]) ? gx_word_at(art, k, HOLD) : 0;
        if (n > 0 && ts.start - (k + n) <= 12) {
            v = k;
            vn = n;
        }
    }
    if (v < 0)
        return -1;
    /* (the verb's whole word: 卸任, not its 任) */
    if (vn == 1 && v >= 1 && hold_verb_start(cp[v - 1]) && gx_word_at(art, v - 1, HOLD) == 2) {
        v--;
        vn = 2;
    }
    /* 任命张宇峰为中国总裁: an appointment (gx_pp_appointments() reads it), not a holding */
    if (vn == 1 && cp[v] == 0x4EFB && v + 1 < art->ncp && (cp[v + 1] == 0x547D || cp[v + 1] == 0x804C || cp[v + 1] == 0x671F))
        return -1; /* 任命 任职 任期 */
    for (int32_t k = v + vn; k < ts.start; k++)
        if (cp[k] == 0x4E3A /* 为 */)
            return -1;
    /* 作为天和防务实际控制人的一致行动人: the title qualifies the post after it */
    if (ts.end + 1 < art->ncp && cp[ts.end] == 0x7684 && person_title_at(art, ts.end + 1))
        return -1;
    if (vn == 1 && cp[v] == 0x4EE5 /* 以 */) {
        int32_t a = ts.end + (ts.end < art->ncp && cp[ts.end] == 0x7684 /* 的 */);
        if (a + 1 >= art->ncp || cp[a] != 0x8EAB || cp[a + 1] != 0x4EFD /* 身份 */)
            return -1;
    }
    /* the clause's opener: a person candidate starting the clause, within 20 characters */
    int32_t s = v;
    while (s > 0 && v - s < 20 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
        s--;
    /* a Latin gloss after the opener is stepped over (特朗普(Donald Trump)作为总统候选人) */
    if (s > 2 && s == v && (cp[s - 1] == ')' || cp[s - 1] == 0xFF09)) {
        int32_t b = s - 2;
        while (b > 0 && s - b < 40 && (gx_is_alnum(cp[b]) || cp[b] == ' ' || cp[b] == '.' || cp[b] == '-'))
            b--;
        if (b < s - 2 && (cp[b] == '(' || cp[b] == 0xFF08) && gx_is_upper(cp[b + 1])) {
            int32_t e = b;
            s = b;
            while (s > 0 && e - s < 20 && gx_is_cjk(cp[s - 1]))
                s--;
            if (s == e)
                return -1;
            v = e; /* the opener must end before the gloss */
        }
    }
    if (s > 0 && gx_is_cjk(cp[s - 1]))
        return -1;
    int p = gx_pp_cand_starting_at(art, s, 1 << GX_ENT_PERSON);
    if (p < 0) /* 自然人刘益谦作为实际控制人的新理益集团: a title of the opener before it */
        p = gx_pp_cand_starting_at(art, gx_pp_position_end(art, s), 1 << GX_ENT_PERSON);
    if (p < 0 || art->candidates.v[p].span.end > v)
        return -1;
    for (int32_t k = art->candidates.v[p].span.end; k < v; k++)
        if (cp[k] == 0x6CA1 || cp[k] == 0x672A || cp[k] == 0x4E0D || cp[k] == 0x65E0 || cp[k] == 0x5426 /* 没 未 不 无 否 */)
            return -1;
    return p;
}

/* 作为创始人，吴国政在金力泰上市时持有…, 作为顺威股份持股超过5%的股东，文细棠连续减持: a clause
 * opening with 作为/身为 (at the text's or a line's start, after punctuation, or after 虽然/而/但),
 * the title closing it with a comma, and the next clause opening with the person it describes. */
static int as_title_holder(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    static const char32_t *const AS[] = {U"作为", U"身为", NULL};
    const char32_t *const *const OPENER = gx_lexicon_words(ix->lex, GX_WL_AS_OPENER);
    const uint32_t *cp = art->cp;
    if (ts.end + 3 >= art->ncp || (cp[ts.end] != ',' && cp[ts.end] != 0xFF0C))
        return -1;
    int32_t v = -1;
    for (int32_t k = ts.start; k >= 2 && ts.start - k <= 24; k--) {
        if (gx_word_ending(cp, 0, k, AS) > 0) {
            v = k - 2;
            break;
        }
        uint32_t c = cp[k - 1];
        if (!(gx_is_cjk(c) || gx_is_alnum(c) || c == '%' || c == '.'))
            return -1;
    }
    if (v < 0)
        return -1;
    int32_t o = gx_word_ending(cp, 0, v, OPENER);
    int32_t edge = v - o;
    if (edge > 0 && (gx_is_cjk(cp[edge - 1]) || gx_is_alnum(cp[edge - 1])))
        return -1;
    return person_after_title(ix, art, ts, true);
}

void gx_pp_predicate_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    int n = art->positions.n;
    for (int i = first_position; i < n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        int person = copula_holders(ix, art, art->positions.v[i].span, art->positions.v[i].organization);
        if (person < 0)
            person = heading_holders(ix, art, art->positions.v[i].span, art->positions.v[i].organization);
        if (person < 0)
            person = relative_holder(ix, art, art->positions.v[i].span);
        if (person < 0)
            person = clause_post_holder(ix, art, art->positions.v[i].span);
        if (person < 0)
            person = opener_post_holder(art, art->positions.v[i].span);
        if (person < 0)
            person = as_title_holder(ix, art, art->positions.v[i].span);
        if (person >= 0) {
            gx_position *pos = &art->positions.v[i]; /* re-read: gx_pp_add_position() may have moved the vector */
            pos->person = person;
            if (pos->organization < 0) /* (one copula_holders() found before the title) */
                pos->organization = gx_pp_cand_ending_at(art, pos->span.start, GX_ORGLIKE);
        }
    }
}
