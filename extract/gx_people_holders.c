/* gx_people_holders.c — who holds a title that no name follows: the holder before it (刘士余主席),
 * titles joined by 、 sharing a holder, appositions (张三，公司董事长), the article's writer for an
 * author's note (本文作者系…), and holders repeated later in the text; the subject of a copula or
 * predicate is gx_people_predicates.c. Each rule fills art->positions[i].person for positions
 * added by gx_people_rules(). Part of gx_people (gx_people_impl.h). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"

/* The person candidate ending at q that is written in Latin letters (capitalised words joined by
 * spaces or hyphens, not glued to a letter or digit before it), or -1. */
static int latin_holder_before(const gx_article *art, int32_t q)
{
    const uint32_t *cp = art->cp;
    int p = gx_pp_person_ending_at(art, q);
    if (p < 0)
        return -1;
    int32_t s0 = art->candidates.v[p].span.start;
    if (q - s0 < 2 || !gx_is_upper(cp[s0]) || (s0 > 0 && gx_is_alnum(cp[s0 - 1])))
        return -1;
    for (int32_t k = s0; k < q; k++)
        if (!((cp[k] >= 'a' && cp[k] <= 'z') || gx_is_upper(cp[k]) || ((cp[k] == ' ' || cp[k] == '-') && k + 1 < q &&
                                                                         gx_is_upper(cp[k + 1]))))
            return -1;
    return p;
}

/* Whether a verb of finding out starts at e (…编辑注意到, …记者获悉, …记者了解到): what a desk reports
 * it found out, said of an outlet's staff as a whole. */
static bool desk_finding(const gx_article *art, int32_t e)
{
    static const char32_t *const verbs[] = {U"注意到", U"获悉", U"了解到", U"发现", U"观察到", U"查询到", U"梳理"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
        int32_t i = 0;
        while (verbs[k][i] && e + i < art->ncp && art->cp[e + i] == (uint32_t)verbs[k][i])
            i++;
        if (!verbs[k][i])
            return true;
    }
    return false;
}

/* 刘士余主席的信, 王军董事长表示: the holder named right before a title that no name follows:
 * a Chinese name (or a three-character foreign name the tagger also read) with a clear left edge
 * (text start, punctuation, a stop word such as 并/和/对: 证监会并刘士余主席, or another title).
 * Returns the person candidate or -1. */
int gx_pp_holder_before(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    int32_t q = ts.start;
    if (q < 2 || !(gx_is_cjk(cp[q - 1]) || gx_is_alnum(cp[q - 1])))
        return -1;
    if (gx_is_alnum(cp[q - 1]) && gx_pp_writer_title(art, ts)) {
        /* 本文由华盛学院Wendy编译: one capitalised Latin word glued before a writer's title */
        int32_t s0 = q;
        while (s0 > 0 && cp[s0 - 1] >= 'a' && cp[s0 - 1] <= 'z')
            s0--;
        /* 链得得App编辑注意到, …记者获悉: a desk's finding is credited to its outlet (the Latin word is the end of
         * the outlet's name), never to one writer (people31) */
        if (desk_finding(art, ts.end))
            return -1;
        if (s0 > 0 && gx_is_upper(cp[s0 - 1]) && q - s0 >= 2 && (s0 - 1 == 0 || !gx_is_alnum(cp[s0 - 2])))
            return gx_pp_rule_person(art, (gx_span){s0 - 1, q}, 0.8f);
        return -1;
    }
    /* only titles one addresses a person by (刘士余主席, 王军董事长, 李道群教授); an occupation or
     * a role after a word (单个投资人, 任行业研究员, 常胜将军) says nothing about it */
    if (!gx_pp_address_title(art, ts))
        return -1;
    /* a name written in Latin letters glued before the title (伦敦商学院的DeMiguel博士, John Smith教授,
     * Powell主席): the person another rule or the tagger read there, capitalised words alone */
    if (gx_is_alnum(cp[q - 1]))
        return latin_holder_before(art, q);
    /* 纪念馆馆长, 分行行长, 研究所所长: the word before repeats the title's head, or ends like an
     * institution (商学院教授, 高校教授): it is the institution */
    static const char32_t institution_end[] = U"校院所馆局厅委社行司厂站队";
    bool inst = false;
    for (const char32_t *c = institution_end; *c && !inst; c++)
        inst = cp[q - 1] == (uint32_t)*c;
    /* 向英国首相: a place or an organization ends there; not when the tagger's place is a
     * surname name after a stop word, and no region (教授和|厉以宁|教授: a name it misread) */
    int placed = gx_pp_cand_ending_at(art, q, GX_ORGLIKE | (1 << GX_ENT_LOCATION));
    if (placed >= 0) {
        const gx_candidate *pc = &art->candidates.v[placed];
        int32_t ps = pc->span.start;
        bool misread = pc->type == GX_ENT_LOCATION && pc->source == GX_SRC_TAGGER &&
                       gx_pp_cand_ending_at(art, q, GX_ORGLIKE) < 0 && ps > 0 &&
                       gx_hit_len_ending(ix, ps, GX_LEX_LEFT_STOP) > 0 && gx_pp_chinese_name(ix, art, ps) == q;
        if (!misread)
            return -1;
    }
    if (gx_hit_len_ending(ix, q, GX_LEX_REGION) > 0)
        return -1;
    if (inst || cp[q - 1] == cp[q] || gx_hit_len_ending(ix, q, GX_LEX_ORG_SUFFIX) > 0 ||
        gx_hit_len_ending(ix, q, GX_LEX_COMPANY_SUFFIX) > 0 || gx_hit_len_ending(ix, q, GX_LEX_GOV_SUFFIX) > 0 ||
        gx_pp_is_title_breaker(cp[q - 1]))
        return -1;
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s0 = q - len;
        if (s0 < 0)
            continue;
        /* a name of its own (the tagger's reading must agree): surname + given name, or a foreign
         * name of three or more characters (特朗普总统) */
        bool named = gx_pp_chinese_name(ix, art, s0) == q;
        if (!named && len == 3) {
            named = true;
            for (int32_t k = s0; k < q && named; k++)
                named = gx_translit_char(cp[k]);
            named = named && gx_pp_person_ending_at(art, q) >= 0;
        }
        if (!named || gx_hit_len_starting(ix, s0, GX_LEX_LEFT_STOP) >= 2)
            continue; /* 包括|董事长 */
        /* 这位私募经理: a measure word after a demonstrative, not a surname */
        if (s0 > 0 && (cp[s0 - 1] == 0x8FD9 || cp[s0 - 1] == 0x90A3 || cp[s0 - 1] == 0x4E00 || cp[s0 - 1] == 0x6BCF ||
                       cp[s0 - 1] == 0x67D0 || cp[s0 - 1] == 0x8BE5))
            continue;
        /* a clear left edge: punctuation, a stop word, another title (经济学者管清友博士) or an
         * organization (中国石化高春雨老师, 中科院李阳老师); or the tagger or the list of
         * well-known people read the same name on its own (随着|特朗普|总统, 1997年|朱鎔基|总理,
         * 国际开拓者|王飞跃|教授) */
        if (s0 > 0 && gx_is_cjk(cp[s0 - 1]) && gx_hit_len_ending(ix, s0, GX_LEX_LEFT_STOP) == 0 &&
            gx_hit_len_ending(ix, s0, GX_LEX_POSITION) == 0 &&
            gx_pp_cand_ending_at(art, s0, GX_ORGLIKE) < 0 && !gx_pp_named_alone(art, (gx_span){s0, q}))
            continue;
        int p = gx_pp_person_ending_at(art, q);
        if (p >= 0 && art->candidates.v[p].span.start == s0)
            return p;
        return gx_pp_rule_person(art, (gx_span){s0, q}, 0.8f);
    }
    return -1;
}

/* One pass of gx_pp_chained_titles(); returns how many titles got a holder. */
static int chain_once(gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int changed = 0;
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        if (p->person >= 0)
            continue;
        int32_t left = gx_pp_owner_left(art, p->span.start);
        int32_t sep = left > 0 && (cp[left - 1] == 0x3001 || cp[left - 1] == 0x53CA || cp[left - 1] == 0x548C) ? 1 : 0;
        if (!sep && left >= 2 && cp[left - 2] == 0x4EE5 && cp[left - 1] == 0x53CA) /* 以及 */
            sep = 2;
        if (!sep)
            continue;
        int32_t prev_end = left - sep;
        for (int j = first_position; j < art->positions.n; j++) {
            const gx_position *o = &art->positions.v[j];
            if (j != i && o->person >= 0 && o->span.end == prev_end) {
                p->person = o->person;
                changed++;
                break;
            }
        }
    }
    return changed;
}

/* 辞任执行董事、公司薪酬委员会成员及公司行政总裁, 辞去董事、总经理职务: a title without a holder
 * that follows a held title through 、/及/和/以及 (and an optional 公司 or organization) shares
 * its holder. The positions were pushed from the text's end back, so a link can be reached before
 * the title it hangs on has its holder: passes repeat until none changes anything. */
void gx_pp_chained_titles(gx_article *art, int first_position)
{
    while (chain_once(art, first_position) > 0)
        ;
}

/* The person candidate a clause ending at pe opens with (after a sentence end, a colon, a line or
 * the text's start, within 30 characters, no comma between) when no other person starts in the
 * clause; else -1. */
static int clause_subject(const gx_article *art, int32_t pe)
{
    const uint32_t *cp = art->cp;
    int32_t s = pe;
    while (s > 0 && pe - s < 30) {
        uint32_t b = cp[s - 1];
        if (b == ',' || b == 0xFF0C || b == 0x3001)
            return -1;
        if (b == '\n' || b == 0x3002 || b == 0xFF01 || b == 0xFF1F || b == 0xFF1B || b == ';' || b == 0xFF1A || b == ':')
            break;
        s--;
    }
    if (s > 0 && pe - s >= 30)
        return -1;
    while (s < pe && (cp[s] == ' ' || cp[s] == 0x3000))
        s++;
    int p = gx_pp_cand_starting_at(art, s, 1 << GX_ENT_PERSON);
    if (p < 0)
        return -1;
    for (int32_t k = art->candidates.v[p].span.end; k < pe; k++)
        if (gx_pp_cand_starting_at(art, k, 1 << GX_ENT_PERSON) >= 0)
            return -1;
    return p;
}

/* 李勇，现任巨景投顾财经编辑: a person, a comma, then 现任/时任/曾任/系/现在是 and (within twelve
 * characters of one clause) the title: the person described is its holder. Returns the person
 * candidate or -1. */
static int appositive_holder(gx_article *art, gx_span ts)
{
    /* (现在是, 目前是, 如今是, 目前担任: 杨庆雄原来是…教授，现在是景驰科技工程副总裁) */
    static const char32_t *const NOW[] = {U"现任", U"时任", U"曾任", U"现为", U"系", U"现在是", U"目前是", U"如今是",
                                          U"目前担任", U"现担任", NULL};
    static _Atomic uint64_t now_last; /* (gx_word_ending_f: most positions end no word of NOW) */
    const uint32_t *cp = art->cp;
    for (int32_t k = ts.start; k > 2 && k > ts.start - 14; k--) {
        int32_t v = gx_word_ending_f(cp, 0, k, NOW, &now_last);
        /* (a parenthesis too: 公司股东丁然(现任公司董事、副总经理)计划减持) */
        if (v > 0 && k - v >= 2 &&
            (cp[k - v - 1] == ',' || cp[k - v - 1] == 0xFF0C || cp[k - v - 1] == '(' || cp[k - v - 1] == 0xFF08)) {
            int32_t pe = k - v - 1;
            int p = gx_pp_person_ending_at(art, pe);
            /* 陈成辉先生(系公司实际控制人…) */
            if (p < 0 && pe >= 3 && ((cp[pe - 2] == 0x5148 && cp[pe - 1] == 0x751F) || (cp[pe - 2] == 0x5973 && cp[pe - 1] == 0x58EB)))
                p = gx_pp_person_ending_at(art, pe - 2); /* 先生, 女士 */
            /* or the holder of a title closing the clause before (李勇,现任…编辑,系原…研究员) */
            for (int i = 0; p < 0 && i < art->positions.n; i++)
                if (art->positions.v[i].span.end == k - v - 1 && art->positions.v[i].person >= 0)
                    p = art->positions.v[i].person;
            /* or the person the clause before opens with, the only one in it (王建国曾在腾讯工作，
             * 现在是阿里巴巴副总裁: the subject goes on; not after 时任/曾任, which a clause of dates opens) */
            if (p < 0 && cp[pe] != '(' && cp[pe] != 0xFF08 && cp[k - v] != 0x65F6 /* 时 */ && cp[k - v] != 0x66FE /* 曾 */)
                p = clause_subject(art, pe);
            return p;
        }
        if (!gx_is_cjk(cp[k - 1]) && !gx_is_alnum(cp[k - 1]))
            return -1;
    }
    return -1;
}

/* Whether a clause opens at pos: the text's start, a line, a colon or a sentence's end before. */
static bool clause_opens(const gx_article *art, int32_t pos)
{
    if (pos == 0)
        return true;
    uint32_t b = art->cp[pos - 1];
    return b == '\n' || b == 0x3002 || b == ':' || b == 0xFF1A || b == ' ' || b == 0x3000 || b == ';' || b == 0xFF1B ||
           b == '!' || b == '?';
}

/* Whether a person read at pos opens its clause in a wider sense: clause_opens(), after a short lead
 * and a comma (对此，王建国，万科集团董事长，; 会上，; 此外，: two to four Han characters opening a clause,
 * no candidate ending there), or after a closed quotation (“……。”王建国，). */
static bool person_opens(const gx_article *art, int32_t pos)
{
    const uint32_t *cp = art->cp;
    if (clause_opens(art, pos))
        return true;
    if (pos >= 3 && cp[pos - 1] == 0x201D /* ” */)
        return cp[pos - 2] == 0x3002 || cp[pos - 2] == 0xFF01 || cp[pos - 2] == 0xFF1F || cp[pos - 2] == 0xFF0C;
    if (pos < 3 || (cp[pos - 1] != ',' && cp[pos - 1] != 0xFF0C))
        return false;
    for (int32_t n = 1; n <= 4 && pos - 1 - n >= 0; n++) {
        if (!gx_is_cjk(cp[pos - 1 - n]))
            return false;
        if (n >= 2 && clause_opens(art, pos - 1 - n))
            return gx_pp_cand_ending_at(art, pos - 1, GX_ORGLIKE | (1 << GX_ENT_PERSON)) < 0;
    }
    return false;
}

/* 郭锋，上海石锋资产管理有限公司董事长。 施鸣，利得集团首席策略研究员，: a person opening a clause,
 * a comma, then only the title (with its owner: an organization candidate or 公司) closing the
 * clause — an apposition describing the person. Returns the person candidate or -1. */
static int comma_apposition(const gx_hit_index *ix, gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    /* a chain of titles joined by 、 closes the clause as one (王建国，公司创始人、董事长，: the
     * chained titles share the holder later; 阿里巴巴副总裁、…总经理汪海 is a chain before its holder) */
    int32_t end = ts.end;
    for (int guard = 0; guard < 4 && end + 1 < art->ncp && cp[end] == 0x3001 /* 、 */; guard++) {
        int next = -1;
        for (int i = 0; i < art->positions.n && next < 0; i++)
            if (art->positions.v[i].span.start == end + 1)
                next = i;
        if (next < 0)
            return -1;
        end = art->positions.v[next].span.end;
    }
    if (end < art->ncp) {
        uint32_t c = cp[end];
        if (!(c == ',' || c == 0xFF0C || c == 0x3002 || c == ';' || c == 0xFF1B || c == '\n'))
            return -1;
    }
    int32_t left = gx_pp_owner_left(art, ts.start);
    /* an owner in quotes (邓海清，“海清FICC频道”全球首席经济学家: a column, a channel, a product): the
     * quote opens within twenty characters of the clause */
    /* (a unit of the quoted owner may follow the quote: 陈曦，“海清FICC”大资管频道研究员) */
    int32_t unit = 0;
    while (left == ts.start && unit < 6 && left - unit >= 5 && gx_is_cjk(cp[left - unit - 1]) &&
           gx_pp_cand_ending_at(art, left - unit, 1 << GX_ENT_PERSON) < 0)
        unit++;
    if (left == ts.start && unit > 0 && cp[left - unit - 1] == 0x201D /* ” */)
        left -= unit;
    if (left == ts.start - unit && left >= 4 && cp[left - 1] == 0x201D /* ” */) {
        int32_t k = left - 2;
        while (k > 0 && left - k <= 20 && cp[k] != 0x201C && cp[k] != 0xFF0C && cp[k] != ',' && cp[k] != 0x3002 &&
               cp[k] != '\n')
            k--;
        if (cp[k] == 0x201C /* “ */ && k < left - 2)
            left = k;
    }
    /* 蔡鸿宝：董事副总裁，中天航空集团董事局主席， a profile's colon after the name (past titles glued
     * before this one: 董事|副总裁); not a title one speaks to (张三：董事长，您好) */
    bool colon = false;
    int32_t glued = left;
    for (int guard = 0; guard < 3; guard++) {
        int before = -1;
        for (int i = 0; i < art->positions.n && before < 0; i++)
            if (art->positions.v[i].span.end == glued && art->positions.v[i].person < 0)
                before = i;
        if (before < 0)
            break;
        glued = gx_pp_owner_left(art, art->positions.v[before].span.start);
    }
    if (glued >= 3 && (cp[glued - 1] == ':' || cp[glued - 1] == 0xFF1A) && end + 1 < art->ncp && !gx_cp_in(cp[end + 1], U"您你我")) {
        colon = true;
        left = glued;
    }
    if (left < 3 || (cp[left - 1] != ',' && cp[left - 1] != 0xFF0C && !colon))
        return -1;
    int p = gx_pp_person_ending_at(art, left - 1);
    /* 王建国先生，公司董事长， */
    if (p < 0 && left >= 5 && ((cp[left - 3] == 0x5148 && cp[left - 2] == 0x751F) || (cp[left - 3] == 0x5973 && cp[left - 2] == 0x58EB)))
        p = gx_pp_person_ending_at(art, left - 3); /* 先生, 女士 */
    /* (before a profile's colon, a name after a closing bracket opens too: 黄焕林先生（右）蔡鸿宝：) */
    if (p >= 0) {
        int32_t ps = art->candidates.v[p].span.start;
        return person_opens(art, ps) || (colon && ps > 0 && (cp[ps - 1] == ')' || cp[ps - 1] == 0xFF09)) ? p : -1;
    }
    /* a surname name no rule read yet, the whole clause (施鸣，利得集团首席策略研究员) */
    for (int32_t s0 = left - 4; s0 <= left - 3 && p < 0; s0++)
        if (s0 >= 0 && clause_opens(art, s0) && gx_pp_chinese_name(ix, art, s0) == left - 1)
            p = gx_pp_rule_person(art, (gx_span){s0, left - 1}, 0.8f);
    return p;
}

/* Whether the parenthesis a title ends in closes at e, or after more of the person's posts joined by
 * 、 or a comma (吴炯（前阿里巴巴CTO、现为投资人）): the closing mark within BRACKET_REST characters,
 * no other parenthesis, sentence end or line break before it. */
static bool bracket_closes(const gx_article *art, int32_t e)
{
    enum { BRACKET_REST = 24 };
    const uint32_t *cp = art->cp;
    if (cp[e] == ')' || cp[e] == 0xFF09)
        return true;
    if (cp[e] != 0x3001 /* 、 */ && cp[e] != ',' && cp[e] != 0xFF0C)
        return false;
    for (int32_t k = e + 1; k < art->ncp && k - e <= BRACKET_REST; k++) {
        if (cp[k] == ')' || cp[k] == 0xFF09)
            return true;
        if (cp[k] == '(' || cp[k] == 0xFF08 || cp[k] == 0x3002 || cp[k] == '\n')
            return false;
    }
    return false;
}

/* 张建国（华夏银行董事长）表示, 刘青山(原泰达宏利基金总经理): a person, then a parenthesis holding only
 * the title (with its owner: an organization candidate or 公司; 原 or 前 for a former post) and
 * closing right after it or after more of the person's posts (bracket_closes()) — an apposition
 * describing the person. Returns the person candidate
 * or -1. (fourteenth session, people15) */
static int bracket_apposition(gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    if (ts.end >= art->ncp || !bracket_closes(art, ts.end))
        return -1;
    int32_t left = gx_pp_owner_left(art, ts.start);
    if (left >= 1 && (cp[left - 1] == 0x539F /* 原 */ || cp[left - 1] == 0x524D /* 前 */))
        left--;
    if (left < 3 || (cp[left - 1] != '(' && cp[left - 1] != 0xFF08))
        return -1;
    return gx_pp_person_ending_at(art, left - 1);
}

/* Holder-less titles described after a comma (appositive_holder()), read from the text's
 * end back as the positions were pushed, so a chain of such clauses reaches its person. */
void gx_pp_appositives(const gx_hit_index *ix, gx_article *art, int first_position)
{
    for (int i = first_position; i < art->positions.n; i++)
        if (art->positions.v[i].person < 0) {
            art->positions.v[i].person = appositive_holder(art, art->positions.v[i].span);
            if (art->positions.v[i].person < 0)
                art->positions.v[i].person = comma_apposition(ix, art, art->positions.v[i].span);
            if (art->positions.v[i].person < 0)
                art->positions.v[i].person = bracket_apposition(art, art->positions.v[i].span);
        }
    for (int i = art->positions.n - 1; i >= first_position; i--)
        if (art->positions.v[i].person < 0)
            art->positions.v[i].person = appositive_holder(art, art->positions.v[i].span);
}

/* The article's writer: the byline's one author, else the person its headline opens with
 * (边风炜：A股还有多少债要还, 祝宝良判断2018经济形势). Returns the person candidate or -1. */
static int article_writer(gx_article *art)
{
    if (art->authors.n > 1)
        return -1;
    int32_t t0 = art->title_span.start, t1 = art->title_span.end;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type != GX_ENT_PERSON)
            continue;
        if (art->authors.n == 1 ? gx_pp_is_author(art, c->span) : (t1 > t0 && c->span.start == t0 && c->span.end < t1))
            return i;
    }
    return -1;
}

/* (本文作者系长金投资董事长), (作者为国泰君安上海研究总监): an author's note gives the writer
 * (article_writer()) the title that follows 作者系/为/是 and its organization in the same clause;
 * a note without a writer (作者系资本市场研究人士 under no byline) gives none. */
/* (本文作者介绍：青岛银行首席经济学家，山东省普惠金融研究院副院长，…): a title in a note introducing the
 * writer, 作者介绍/作者简介 and a colon before it on its line, no sentence's end or closing parenthesis
 * between (fourteenth session, people15). */
static bool in_author_note(const gx_article *art, int32_t ts)
{
    const uint32_t *cp = art->cp;
    for (int32_t k = ts - 1; k >= 4 && ts - k <= 80; k--) {
        if (cp[k] == '\n' || cp[k] == 0x3002 || cp[k] == ')' || cp[k] == 0xFF09)
            return false;
        bool intro = (cp[k - 2] == 0x4ECB && cp[k - 1] == 0x7ECD) /* 介绍 */ ||
                     (cp[k - 2] == 0x7B80 && cp[k - 1] == 0x4ECB) /* 简介 */;
        if ((cp[k] == ':' || cp[k] == 0xFF1A) && cp[k - 4] == 0x4F5C && cp[k - 3] == 0x8005 /* 作者 */ && intro)
            return true;
    }
    return false;
}

void gx_pp_author_notes(gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int writer = -2; /* not looked up yet */
    for (int i = first_position; i < art->positions.n; i++) {
        if (art->positions.v[i].person >= 0)
            continue;
        /* 作者系/为/是 in the same clause, before the title and its organization */
        int32_t ts = art->positions.v[i].span.start, k = ts - 1;
        while (k >= 2 && k >= ts - 24 && gx_is_cjk(cp[k]) &&
               !((cp[k] == 0x7CFB || cp[k] == 0x4E3A || cp[k] == 0x662F) && cp[k - 2] == 0x4F5C && cp[k - 1] == 0x8005))
            k--; /* 系 为 是 after 作者 */
        if ((k < 2 || k < ts - 24 || !gx_is_cjk(cp[k])) && !in_author_note(art, ts))
            continue;
        if (writer == -2)
            writer = article_writer(art);
        if (writer < 0)
            return;
        art->positions.v[i].person = writer;
    }
}

/* 美国财长努钦 … 美国财政部长努钦关于美元的讲话: a title without a holder, followed by the
 * name of a person the rules found after another title. The name must end at a name edge, or,
 * for a transliterated name, before a character that could not continue it. */
void gx_pp_repeated_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int ncand = art->candidates.n;
    for (int i = first_position; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        int32_t at = p->span.end;
        if (p->person >= 0 || at >= art->ncp || !gx_is_cjk(cp[at]))
            continue;
        for (int k = 0; k < ncand; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            int32_t len = c->span.end - c->span.start;
            if (cp[c->span.start] != cp[at] || c->type != GX_ENT_PERSON || c->source != GX_SRC_RULE || len < 2 ||
                c->span.start == at ||
                at + len > art->ncp || memcmp(cp + at, cp + c->span.start, (size_t)len * sizeof *cp) != 0)
                continue;
            bool translit = true;
            for (int32_t j = 0; j < len && translit; j++)
                translit = gx_translit_char(cp[at + j]) || gx_is_name_dot(cp[at + j]);
            if (!gx_pp_name_edge_ok(ix, art, at + len) &&
                !(translit && at + len < art->ncp && !gx_translit_char(cp[at + len])))
                continue;
            float score = c->score;
            p->person = gx_pp_rule_person(art, (gx_span){at, at + len}, score);
            break;
        }
    }
}

/* Where a list member starts: its person candidate, or the title right before it that it holds
 * (总经理|刘志远), among the first n positions. */
static int32_t own_title_start(const gx_article *art, int person, int n)
{
    int32_t k = art->candidates.v[person].span.start;
    for (int j = 0; j < n; j++) {
        const gx_position *o = &art->positions.v[j];
        if (o->person == person && o->span.end == k)
            return o->span.start;
    }
    return k;
}

/* Where a count of people ending at s starts (两名, 3名, 多位, 共计3名: numerals or 多/几/数, then
 * 名 or 位, after 共/共计/合计), or s when none ends there. */
static int32_t count_start(const gx_article *art, int32_t s)
{
    static const char32_t NUM[] = U"0123456789一二三四五六七八九十两多几数";
    const uint32_t *cp = art->cp;
    if (s < 2 || (cp[s - 1] != 0x540D /* 名 */ && cp[s - 1] != 0x4F4D /* 位 */))
        return s;
    int32_t k = gx_run_start(cp, s - 1, NUM);
    if (k == s - 1)
        return s;
    static const char32_t *const IN_ALL[] = {U"共计", U"合计", U"共", NULL};
    return k - gx_word_ending(cp, 0, k, IN_ALL);
}

/* 贾跃亭等大股东, 董事长王庆凯等高管, 李开复、马云等投资人: people listed before 等 and a title
 * no one holds are some of its holders (each name of a 、-list before 等, not one the list only
 * stands for). A count may stand between (徐彦等多位基金经理, 鲍无可、黎海威两名基金经理 — then 等 is
 * not needed — and 杨浩、李宝海、赵晨海共计3名北海绩迅股东, with the title's organization). */
void gx_pp_etc_holders(gx_article *art, int first_position)
{
    const uint32_t *cp = art->cp;
    int n = art->positions.n;
    for (int i = first_position; i < n; i++) {
        gx_position *p = &art->positions.v[i];
        int32_t s = p->span.start;
        if (p->person >= 0 || s < 3)
            continue;
        int32_t at = s;
        if (p->organization >= 0 && art->candidates.v[p->organization].span.end == at)
            at = art->candidates.v[p->organization].span.start;
        int32_t cs = count_start(art, at);
        bool counted = cs < at;
        if (!counted && at != s)
            continue; /* an organization and no count: 李明|中信证券|董事 is no list */
        at = cs;
        bool etc = at >= 2 && cp[at - 1] == 0x7B49 /* 等 */;
        if (etc)
            at--;
        if ((!etc && !counted) || at < 2)
            continue;
        int person = gx_pp_person_ending_at(art, at);
        if (person < 0)
            continue;
        gx_span title = p->span;
        int org = p->organization;
        p->person = person;
        /* the list before: 李开复、马云等, 董事长张立强、总经理刘志远等 (a member's own title
         * before it is stepped over; gx_pp_add_position() may move the vector: p is not used
         * again) */
        int32_t k = own_title_start(art, person, n);
        while (k >= 3 && cp[k - 1] == 0x3001 /* 、 */) {
            int other = gx_pp_person_ending_at(art, k - 1);
            if (other < 0)
                break;
            gx_pp_add_position(art, title, other, org);
            k = own_title_start(art, other, n);
        }
    }
}
