/* gx_people.c — people with titles and every mention of a title (part of the entity rules).
 *
 *   摩尔线程创始人兼CEO张建中   org 摩尔线程, title 创始人兼CEO, person 张建中
 *   中国工程院院士、高性能计算研究所所长郑纬民   two titles, two orgs, one person
 *   证券时报记者 王一鸣        (byline) org 证券时报, title 记者, person 王一鸣
 *   据记者了解 / 一位分析师表示  a title without a holder (position only)
 *   CEO Tim Cook / Jensen Huang, chief executive of Nvidia
 * Titles come from data/lexicon/positions.tsv; names are a surname (surnames.tsv) plus one or
 * two given-name characters, the second one refused when it is a typical following word
 * (name_end cues: 王鹏说, 王鹏向...). Results: person candidates (GX_SRC_RULE) and
 * art->positions whose person / organization are candidate indices until gx_resolve().
 * This file: the driver gx_people_rules() (title spans, the name after each title, its
 * organization, 、-chains) and the candidate helpers every part uses; the other parts are
 * listed in gx_people_impl.h. */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"

/* The candidates by span start and end: art->cand_pos (gx_cand_pos.h), built by the entity
 * rules' driver, or here when the people rules run alone. */
static int cand_next(const gx_article *art, int i, int32_t at, bool by_end)
{
    return gx_cand_pos_next(art, i, at, by_end);
}

int gx_pp_cand_ending_at(const gx_article *art, int32_t end, int type_mask)
{
    int best = -1;
    for (int i = cand_next(art, -1, end, true); i >= 0; i = cand_next(art, i, end, true)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.end != end || c->type == GX_ENT_POSITION || !(type_mask & (1 << c->type)))
            continue;
        const gx_candidate *b = best >= 0 ? &art->candidates.v[best] : NULL;
        /* prefer the better-supported candidate, then the longer one; the tagger's scores are
         * margins, not reliabilities, so they count for less */
        float cs = c->source == GX_SRC_TAGGER ? 0.3f + 0.25f * c->score : c->score;
        float bs = !b ? 0 : b->source == GX_SRC_TAGGER ? 0.3f + 0.25f * b->score : b->score;
        if (!b || cs > bs + 0.05f || (cs > bs - 0.05f && c->span.start < b->span.start))
            best = i;
    }
    return best;
}

int gx_pp_cand_starting_at(const gx_article *art, int32_t start, int type_mask)
{
    int best = -1;
    for (int i = cand_next(art, -1, start, false); i >= 0; i = cand_next(art, i, start, false)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->span.start != start || c->type == GX_ENT_POSITION || !(type_mask & (1 << c->type)))
            continue;
        if (best < 0 || c->span.end > art->candidates.v[best].span.end)
            best = i;
    }
    return best;
}

bool gx_pp_named_alone(const gx_article *art, gx_span s)
{
    for (int i = cand_next(art, -1, s.start, false); i >= 0; i = cand_next(art, i, s.start, false)) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->span.start == s.start && c->span.end == s.end &&
            (c->source == GX_SRC_GAZETTEER || (c->source == GX_SRC_TAGGER && c->score >= 0.5f)))
            return true;
    }
    return false;
}

/* A rule person at span: the rule candidate already there (its score raised to `score` when
 * lower), else a new one. Titles are read from the last one back, so the same name is often
 * reached twice (教授 before 首席经济学家 in 首席经济学家邵文涛教授); one candidate keeps both
 * positions on the entity that wins. */
int gx_pp_rule_person(gx_article *art, gx_span span, float score)
{
    for (int i = cand_next(art, -1, span.start, false); i >= 0; i = cand_next(art, i, span.start, false)) {
        gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->source == GX_SRC_RULE && c->span.start == span.start &&
            c->span.end == span.end) {
            if (c->score < score)
                c->score = score;
            return i;
        }
    }
    return gx_add_candidate(art, span, GX_ENT_PERSON, GX_SRC_RULE, score, NULL, -1);
}

typedef struct title_span {
    gx_span span;
    int32_t owner_end; /* where the organization before it ends: span.start, or the unit's start (花旗集团|全球策略部门|董事总经理) */
    bool latin;
    bool done;
} title_span;

typedef GX_VEC(title_span) title_vec;

/* A two-character title found outside the lexicon (首席 alone, 校对 in a credit line) at i. */
static void push_bare_title(gx_article *art, title_vec *titles, int32_t i)
{
    title_span *t = GX_VEC_PUSH(art->arena, *titles);
    memset(t, 0, sizeof *t);
    t->span = (gx_span){i, i + 2};
    t->owner_end = i;
}

void gx_pp_add_position(gx_article *art, gx_span title, int person, int org)
{
    gx_position *p = GX_VEC_PUSH(art->arena, art->positions);
    p->title = gx_article_span_text(art, title);
    p->span = title;
    p->person = person;
    p->organization = org;
}

/* The person candidate (rule or tagger) that ends at pos, or -1. */
int gx_pp_person_ending_at(const gx_article *art, int32_t pos)
{
    int best = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (c->type == GX_ENT_PERSON && c->span.end == pos &&
            (best < 0 || c->source == GX_SRC_RULE || c->span.start < art->candidates.v[best].span.start))
            best = i;
    }
    return best;
}


/* A name that is also a word (高峰, 张力, 江湖: not_entity of cues.tsv) right after a title,
 * followed by a verb of speech or a word a speaker opens a clause with (新闻发言人高峰就…作出了回应,
 * 发言人高峰表示): the title's holder. A surname and one given character; the end of the name at ps,
 * or ps when it is none. */
static int32_t word_name(const gx_hit_index *ix, const gx_article *art, int32_t ps)
{
    static const char32_t *const OPENS[] = {U"就", U"在", U"对", NULL}; /* a speaker's clause besides a verb */
    /* (no day, period or side: 分析师|周一|表示, 全年, 季度, 方面表示) */
    static const char32_t NOT_GIVEN[] = U"一二三四五六七八九十日末年度面";
    const uint32_t *cp = art->cp;
    for (const char32_t *g = NOT_GIVEN; ps + 1 < art->ncp && *g; g++)
        if (cp[ps + 1] == (uint32_t)*g)
            return ps;
    if (ps + 3 > art->ncp || !gx_lexicon_char_is(ix->lex, cp[ps], GX_LEX_SURNAME) || !gx_is_cjk(cp[ps + 1]) ||
        !gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + ps, 2) ||
        (gx_lex_word_at(ix->lex, GX_LEX_SAY_VERB, art, ps + 2) == 0 && gx_word_at(art, ps + 2, OPENS) == 0))
        return ps;
    return ps + 2;
}

/* Whether a name at ps closes its phrase (、, punctuation, a name-end word of two or more
 * characters, 先生/女士, or 因 已 为 将): 激励对象中|袁健芳、王慕昊, not 控股股东中|商华融|的LP
 * (中商华融, a company). */
static bool among_name(const gx_hit_index *ix, const gx_article *art, int32_t ps)
{
    int32_t pe = gx_pp_chinese_name(ix, art, ps);
    if (pe == ps)
        return false;
    if (pe >= art->ncp || !gx_is_cjk(art->cp[pe]) || art->cp[pe] == 0x3001 || gx_hit_len_starting(ix, pe, GX_LEX_NAME_END) >= 2)
        return true;
    const char32_t *const *const GOES_ON = gx_lexicon_words(ix->lex, GX_WL_AMONG_GOES_ON);
    return gx_word_at(art, pe, GOES_ON) > 0;
}

/* A byline line: a writer's title (作者, 编辑, 记者 …) opening the line (after its indent or the
 * outlet and a space), a separator (ps > the title's end), then two to four Chinese characters
 * closing the line: the writer, whatever the name (编辑 | 小鲨鱼, 作者：卖油翁). No body, firm or
 * place starts there. Returns the name's end, or ps. */
static int32_t byline_pen_name(const gx_hit_index *ix, const gx_article *art, gx_span ts, int32_t ps)
{
    const uint32_t *cp = art->cp;
    static const char32_t OPEN[] = U"\n \u3000";
    static const char32_t CLOSE[] = U"\n \u3000)\uFF09";
    if (!gx_pp_writer_title(art, ts) || (ts.start > 0 && !gx_cp_in(cp[ts.start - 1], OPEN)))
        return ps;
    int32_t e = ps;
    while (e < art->ncp && e - ps <= 4 && gx_is_cjk(cp[e]))
        e++;
    if (e - ps < 2 || e - ps > 4 || (e < art->ncp && !gx_cp_in(cp[e], CLOSE)))
        return ps;
    if (gx_pp_cand_starting_at(art, ps, GX_ORGLIKE) >= 0 || gx_hit_len_starting(ix, ps, GX_LEX_REGION) > 0 ||
        gx_hit_len_starting(ix, ps, GX_LEX_POSITION) > 0)
        return ps;
    return e;
}

/* The caller's deadline (gx_input.deadline, gx_engine.c): one clock read before each rule and
 * every 64 titles; past it the rules return and the engine abandons the document. */
#define PP_STOP_IF_OVERDUE(where)                                                              \
    do {                                                                                       \
        if (gx_article_overdue(art, where)) {                                                 \
            if (own_ix)                                                                        \
                art->cand_pos = NULL;                                                          \
            return;                                                                            \
        }                                                                                      \
    } while (0)

void gx_people_rules(const gx_hit_index *ix, gx_article *art)
{
    int first_position = art->positions.n;
    const uint32_t *cp = art->cp;
    title_vec titles;
    memset(&titles, 0, sizeof titles);
    int32_t covered = -1;
    bool own_ix = !art->cand_pos; /* (the people rules alone: the entity rules' driver builds it) */
    if (own_ix)
        art->cand_pos = gx_cand_pos_build(art);
    gx_pp_place_led_names(ix, art); /* 控股股东徐州丰利: a firm, not the title's holder */
    /* 1. maximal title spans, with 副 prefixes and 兼 / '/' compositions */
    for (int i = gx_hit_first(ix, GX_LEX_POSITION); i < ix->n; i = gx_hit_next(ix, i)) {
        const gx_lex_hit *h = &ix->hits[i];
        const gx_lex_entry *e = gx_lexicon_entry(ix->lex, h->entry);
        if (e->kind != GX_LEX_POSITION || h->start < covered)
            continue;
        if (gx_hit_len_starting(ix, h->start, GX_LEX_POSITION) > h->end - h->start)
            continue;
        gx_span s = {h->start, h->end};
        /* 董事会, 编辑部 are no titles; 总经理职务, 公司秘书职位 (the post of) are */
        if (s.end < art->ncp && gx_pp_is_title_breaker(cp[s.end]) &&
            !(cp[s.end] == 0x804C && s.end + 1 < art->ncp && (cp[s.end + 1] == 0x52A1 || cp[s.end + 1] == 0x4F4D) /* 职务, 职位 */))
            continue;
        if (gx_pp_modifier_title(art, s.end) || gx_pp_title_inside_word(art, s.start))
            continue;
        if (!(e->flags & GX_LEXF_LATIN))
            s.start = gx_pp_title_prefixes(art, s.start);
        /* 市场总监, 公关部经理: a department word belongs to the title */
        /* (亚太|交易|主管, 新兴市场|货币|策略|负责人), never into a company or person name that
         * ends there (鼎晖投资|合伙人, 刘亚洲|上将) */
        /* (首席|全球|经济学家: 副/首席 prefixes and desk words alternate) */
        /* 新任/现任/时任 (newly, now, then) say when the title is held, not which title it is
         * (新任主席鲍威尔: 主席, as 主席鲍威尔); the owner may stand before them (美联储新任主席) */
        static const char32_t *const TENSE[] = {U"新任", U"现任", U"时任", NULL};
        int32_t tense = 0;
        for (int guard = 0; guard < 4; guard++) {
            tense = gx_word_ending(cp, 0, s.start, TENSE);
            if (tense > 0)
                break;
            int d = gx_hit_len_ending(ix, s.start, GX_LEX_DEPT_PREFIX);
            if (d == 0)
                d = gx_pp_covered_scope(ix, art, s.start);
            /* two desks joined by 和/与/及 (首席|股票和衍生品|策略师): both belong to the title */
            if (d > 0 && s.start - d >= 2 && guard == 0 &&
                (cp[s.start - d - 1] == 0x548C || cp[s.start - d - 1] == 0x4E0E || cp[s.start - d - 1] == 0x53CA)) {
                int d2 = gx_hit_len_ending(ix, s.start - d - 1, GX_LEX_DEPT_PREFIX);
                if (d2 > 0 && gx_pp_cand_ending_at(art, s.start - d - 1, (1 << GX_ENT_COMPANY) | (1 << GX_ENT_PERSON)) < 0)
                    d += 1 + d2;
            }
            /* 策略和研究主管: a desk joined by 和/与/及 to a desk title of the list (研究主管) */
            if (d == 0 && guard == 0)
                d = gx_pp_desk_joined(ix, art, s);
            if (d == 0 || gx_pp_cand_ending_at(art, s.start, (1 << GX_ENT_COMPANY) | (1 << GX_ENT_PERSON)) >= 0)
                break;
            s.start -= d;
            if (!(e->flags & GX_LEXF_LATIN))
                s.start = gx_pp_title_prefixes(art, s.start);
        }
        /* 投资策略部门主管, 衍生品部门副总裁: the unit named with 部门 is where the post is, not
         * the post; the title is what follows it (部门经理 alone stays, and 公关部部门经理, where
         * 部 named the unit already) */
        int32_t owner_end = s.start - tense;
        /* 国泰君安(17.210,-0.23,-1.32%)董事长: a portal's stock quote between the firm and its title */
        owner_end = gx_stock_quote_start(art, owner_end);
        for (int32_t k = s.end - 3; k > s.start + 1; k--)
            if (cp[k - 1] == 0x90E8 && cp[k] == 0x95E8 /* 部门 */ && cp[k - 2] != 0x90E8) {
                s.start = k + 1;
                break;
            }
        /* 院长助理, 投资经理助理: the assistant's post; 独立董事候选人: the candidate's */
        if (s.end + 1 < art->ncp && cp[s.end] == 0x52A9 && cp[s.end + 1] == 0x7406 /* 助理 */)
            s.end += 2;
        else if (s.end + 2 < art->ncp && cp[s.end] == 0x5019 && cp[s.end + 1] == 0x9009 && cp[s.end + 2] == 0x4EBA /* 候选人 */)
            s.end += 3;
        for (;;) {
            if (s.end + 1 < art->ncp && (cp[s.end] == 0x517C /* 兼 */ || cp[s.end] == 0x66A8 /* 暨 */ || cp[s.end] == '/')) {
                int nx = gx_hit_len_starting(ix, s.end + 1, GX_LEX_POSITION);
                if (nx > 0) {
                    s.end = s.end + 1 + nx;
                    continue;
                }
                /* a department before the second title (总工程师兼发展部主任, 兼市场总监): a desk word,
                 * or two to four Han characters closed by 部 */
                int32_t d = gx_hit_len_starting(ix, s.end + 1, GX_LEX_DEPT_PREFIX);
                for (int32_t k = 3; d == 0 && k <= 5 && s.end + k + 1 < art->ncp; k++) {
                    if (!gx_is_cjk(cp[s.end + k - 1]))
                        break;
                    if (cp[s.end + k] == 0x90E8 /* 部 */)
                        d = k;
                }
                nx = d > 0 ? gx_hit_len_starting(ix, s.end + 1 + d, GX_LEX_POSITION) : 0;
                if (nx > 0) {
                    s.end = s.end + 1 + d + nx;
                    continue;
                }
            }
            break;
        }
        title_span *t = GX_VEC_PUSH(art->arena, titles);
        t->span = s;
        t->owner_end = owner_end;
        t->latin = (e->flags & GX_LEXF_LATIN) != 0;
        covered = s.end;
    }
    /* 华泰宏观首席李超表示: 首席 alone, between the desk it heads and a name, is the post (a chief
     * analyst's); everywhere else it is a prefix of the title after it (首席经济学家) */
    bool added = false; /* titles found outside the lexicon: sort again */
    /* (首席 and 校对 below are found through the bigram index: no walk over every character) */
    static const char32_t *const CHIEF[] = {U"首席", NULL}, *const PROOFREAD[] = {U"校对", NULL};
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, CHIEF, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a];
        if (i < 1 || i + 3 >= art->ncp || !gx_is_cjk(cp[i - 1]) || cp[i - 1] == 0x7684 /* 的 */ ||
            gx_hit_len_starting(ix, i + 2, GX_LEX_POSITION) > 0 || gx_hit_len_ending(ix, i + 2, GX_LEX_POSITION) > 0)
            continue;
        bool inside = false;
        for (int k = 0; k < titles.n && !inside; k++)
            inside = titles.v[k].span.start <= i && i < titles.v[k].span.end;
        int32_t ne = gx_pp_chinese_name(ix, art, i + 2);
        if (inside || ne == i + 2 || (ne < art->ncp && gx_is_cjk(cp[ne]) && gx_hit_len_starting(ix, ne, GX_LEX_NAME_END) == 0))
            continue;
        push_bare_title(art, &titles, i);
        added = true;
    }
    /* 编辑 王宇 校对 何燕, 校对:冷静: 校对 credited before a name in a credit line (at the line's
     * start or after a space, the name closing the line or followed by a space) is the
     * proofreader's post; everywhere else it is the verb (经校对后) */
    at = gx_text_ix_words(&ix->text, art, PROOFREAD, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t i = at[a];
        /* (eighteenth session) also in a closing bracket: （校对/ 小北 ） */
        bool bracket = i > 0 && cp[i - 1] == '(';
        if (i + 3 >= art->ncp || (i > 0 && cp[i - 1] != ' ' && cp[i - 1] != '\n' && !bracket))
            continue;
        int32_t ps = i + 2 + (cp[i + 2] == ' ' || cp[i + 2] == ':' || cp[i + 2] == '/');
        if (ps < art->ncp && ps > i + 2 && cp[ps - 1] == '/' && cp[ps] == ' ')
            ps++;
        int32_t ne = gx_pp_chinese_name(ix, art, ps);
        if (ne == ps || (ne < art->ncp && cp[ne] != ' ' && cp[ne] != '\n' && !(bracket && cp[ne] == ')')))
            continue;
        push_bare_title(art, &titles, i);
        added = true;
    }
    if (added)
        qsort(titles.v, (size_t)titles.n, sizeof titles.v[0], gx_cmp_int32);
    /* 2. holders, organisations and chains, from the last title backwards */
    for (int k = titles.n - 1; k >= 0; k--) {
        if ((k & 63) == 0)
            PP_STOP_IF_OVERDUE("the people rules (holders)");
        title_span *t = &titles.v[k];
        if (t->done)
            continue;
        t->done = true;
        gx_span ts = t->span;
        int person = -1;
        int32_t ps = ts.end, pe = ts.end;
        if (t->latin && !(ps < art->ncp && gx_is_cjk(cp[ps]))) {
            if (ps < art->ncp && cp[ps] == ' ')
                ps++;
            pe = gx_pp_english_name(art, ps);
            if (pe == ps) {
                /* "Jensen Huang, chief executive of Nvidia" */
                int32_t q = ts.start;
                if (q >= 2 && cp[q - 1] == ' ' && cp[q - 2] == ',') {
                    int32_t s = gx_pp_english_name_before(art, q - 2);
                    if (s < q - 2) {
                        ps = s;
                        pe = q - 2;
                    }
                }
            }
        } else {
            /* 基金经理PK:董承非、傅鹏博 (a contest heading: PK or VS, then a colon and the holders) */
            if (ps + 2 < art->ncp && cp[ps + 2] == ':' && ((cp[ps] == 'P' && cp[ps + 1] == 'K') ||
                                                          (cp[ps] == 'V' && cp[ps + 1] == 'S')))
                ps += 2;
            /* 原激励对象中袁健芳、王慕昊, 实际控制人之一梁熹先生: the holders named among the
             * title's holders (中 not opening a word of its own: 股东|中信证券, 中国…) */
            /* (and 之一的: 公司创始股东之一的董清波亦于期间增持) */
            int32_t of = ps + 3 < art->ncp && cp[ps] == 0x4E4B && cp[ps + 1] == 0x4E00 /* 之一 */
                             ? ps + 2 + (cp[ps + 2] == 0x7684 /* 的 */) : ps;
            if (of > ps && gx_pp_chinese_name(ix, art, of) > of)
                ps = of;
            else if (ps + 2 < art->ncp && cp[ps] == 0x4E2D /* 中 */ && gx_pp_cand_starting_at(art, ps, ~0) < 0 &&
                     gx_hit_len_starting(ix, ps, GX_LEX_REGION) == 0 && among_name(ix, art, ps + 1))
                ps++;
            /* “明星基金经理”任泽松: a quote the title closes, the name right after it */
            if (ps + 2 < art->ncp && (cp[ps] == 0x201D || cp[ps] == 0x300D) && gx_is_cjk(cp[ps + 1])) {
                int32_t q = ts.start;
                while (q > 0 && ts.start - q < 6 && gx_is_cjk(cp[q - 1]) && cp[q - 1] != 0x3001)
                    q--;
                /* (a describer inside the quote: a bare title quoted is a nickname, “国王”阿德里亚诺) */
                if (q > 0 && q < ts.start && (cp[q - 1] == 0x201C || cp[q - 1] == 0x300C))
                    ps++;
            }
            ps = gx_pp_holders_intro(ix, art, ps); /* 基金经理例如林鹏、…, 实际控制人——谢松锋 */
            /* 作者“@童思侃”, 作者@童思侃: a writer named by the handle of a social account */
            if (ps + 3 < art->ncp && (cp[ps] == '@' || (cp[ps] == 0x201C && cp[ps + 1] == '@')) && gx_pp_writer_title(art, ts))
                ps += cp[ps] == '@' ? 1 : 2;
            /* 董事长的顾问助理（洪志明）: the holder's name alone in brackets right after the title
             * (the bracket closing right where the name ends; not 董事长（代）, no name there) */
            if (ps == ts.end && ps + 3 < art->ncp && (cp[ps] == 0xFF08 || cp[ps] == '(')) {
                int32_t be = gx_pp_chinese_name(ix, art, ps + 1);
                if (be > ps + 1 && be < art->ncp && cp[be] == (cp[ps] == '(' ? (uint32_t)')' : 0xFF09u))
                    ps++;
            }
            /* 记者 王一鸣, 责任编辑:牛鹏飞, 编辑 | 杨轩 (a byline's separator, spaced or not) */
            if (ps < art->ncp && (cp[ps] == ' ' || cp[ps] == ':'))
                ps++;
            /* 编辑/张三, （校对/ 何燕 ）: a credit's slash after a writer's or a proofreader's title */
            bool piped = ps + 1 < art->ncp &&
                         (cp[ps] == '|' || (cp[ps] == '/' && ps == ts.end &&
                                            (gx_pp_writer_title(art, ts) ||
                                             (ts.end - ts.start == 2 && cp[ts.start] == 0x6821 && cp[ts.start + 1] == 0x5BF9)))); /* 校对 */
            if (piped)
                ps += 1 + (cp[ps + 1] == ' ');
            ps = gx_pp_past_honorifics(ix, art, ps); /* 副主席丹斯里拿督董清世 */
            pe = gx_pp_chinese_name(ix, art, ps);
            if (pe == ps)
                pe = word_name(ix, art, ps);
            /* (a byline's author keeps the role the byline gives, with its outlet) */
            if (piped && pe > ps && gx_pp_is_author(art, (gx_span){ps, pe}))
                pe = ps;
            /* 黄少媚、赵慧娴任执行董事 郑志刚任执行副主席: a name after a space that takes a post of
             * its own opens the next clause of a headline; it holds the title after its verb (the
             * name may have been read a character short: 郑志|刚任) */
            if (ps > ts.end && cp[ts.end] == ' ' && pe > ps &&
                (gx_word_at(art, pe, gx_pp_take_post) || (pe - ps == 2 && gx_word_at(art, pe + 1, gx_pp_take_post))))
                pe = ps;
            /* 现任基金经理为宋昆, 董事长是李明: 为/是 and a name closing the clause */
            /* (总经理、董事长均是王晶: one adverb before the copula) */
            int32_t cop = ps;
            if (pe == ps && ps + 4 < art->ncp && (cp[ps] == 0x5747 /* 均 */ || cp[ps] == 0x90FD /* 都 */ ||
                                                  cp[ps] == 0x4E5F /* 也 */ || cp[ps] == 0x4ECD /* 仍 */))
                cop++;
            if (pe == ps && cop + 3 < art->ncp && (cp[cop] == 0x4E3A || cp[cop] == 0x662F)) {
                int32_t ne = gx_pp_chinese_name(ix, art, cop + 1);
                /* (a form of address or a rank may follow the name: 理事长是刘亚洲上将，) */
                const char32_t *const *const ADDRESS =
                    gx_lexicon_words(ix->lex, GX_WL_COPULA_ADDRESS);
                int32_t ae = ne > cop + 1 && ne < art->ncp ? ne + gx_word_at(art, ne, ADDRESS) : ne;
                /* (two holders joined by 和/及, each closed by its form of address: 财务顾问主办人为李勇先生和
                 * 张昊瑜女士) */
                bool joined = false;
                if (ne > cop + 1 && ae > ne && ae + 3 < art->ncp && (cp[ae] == 0x548C /* 和 */ || cp[ae] == 0x53CA /* 及 */)) {
                    int32_t n2 = gx_pp_chinese_name(ix, art, ae + 1);
                    int32_t a2 = n2 > ae + 1 ? n2 + gx_word_at(art, n2, ADDRESS) : n2;
                    joined = a2 > n2 && (a2 >= art->ncp || !gx_is_cjk(cp[a2]));
                }
                if (ne > cop + 1 && (ae >= art->ncp || !gx_is_cjk(cp[ae]) || joined)) {
                    ps = cop + 1;
                    pe = ne;
                }
            }
            /* a foreign name: 财长努钦, 分析师汉森, 首席投资官迈克·威尔逊 (the longer reading wins
             * when a surname starts it: 施瓦辛格) */
            if (ps < art->ncp && gx_is_cjk(cp[ps])) {
                int32_t te = gx_pp_translit_name(ix, art, ps);
                if (te > pe && (pe == ps || te - ps >= 3))
                    pe = te;
                /* a name glossed in Latin: 总统罗德里戈。杜特尔特(Rodrigo Duterte) */
                int32_t ge = gx_pp_glossed_name(ix, art, ps);
                if (ge > pe)
                    pe = ge;
            }
            if (gx_pp_writer_title(art, ts)) {
                /* 本文作者华盛学院林海: the writer's organization, then the name (this reading
                 * beats a name read at the organization's start: 东方|投资学院) */
                int o = gx_pp_cand_starting_at(art, ps, GX_ORGLIKE);
                int32_t oe = o >= 0 ? art->candidates.v[o].span.end : ps;
                for (int32_t k = ps + 3; o < 0 && oe == ps && k <= ps + 10 && k < art->ncp && gx_is_cjk(cp[k - 1]); k++)
                    if (gx_hit_len_ending(ix, k, GX_LEX_ORG_SUFFIX) > 0 || gx_hit_len_ending(ix, k, GX_LEX_COMPANY_SUFFIX) > 0)
                        oe = k; /* an organization the rules name later (华盛学院) */
                int32_t ne = oe > ps ? gx_pp_chinese_name(ix, art, oe) : oe;
                if (ne > oe) {
                    ps = oe;
                    pe = ne;
                }
            }
            /* 编辑 | 小鲨鱼, 作者：卖油翁: a byline's writer, pen names too (the authors the byline
             * parser took keep their role from it) */
            if (pe == ps && ps > ts.end) {
                int32_t be = byline_pen_name(ix, art, ts, ps);
                if (be > ps && !gx_pp_is_author(art, (gx_span){ps, be}))
                    pe = be;
            }
            if (pe == ps && gx_pp_japanese_title(art, ts))
                pe = gx_pp_name_before_verb(ix, art, ps);
            if (pe == ps && ps < art->ncp && gx_is_upper(cp[ps]))
                pe = gx_pp_english_name(art, ps);
            /* 首席市场策略师 Kinahan称, 主席Foire指出: one Latin surname, then a word that follows
             * names (a name-end word of two characters: 指出, 表示; or 称 说 在 曾 则 也; not
             * 分析师Excel|表格) */
            if (pe == ps && ps < art->ncp && gx_is_upper(cp[ps])) {
                int32_t e = ps + 1;
                while (e < art->ncp && cp[e] >= 'a' && cp[e] <= 'z')
                    e++;
                static const char32_t AFTER[] = U"称说在曾则也";
                bool after = e < art->ncp && gx_hit_len_starting(ix, e, GX_LEX_NAME_END) >= 2;
                for (const char32_t *a = AFTER; !after && *a && e < art->ncp; a++)
                    after = cp[e] == (uint32_t)*a;
                if (e - ps >= 3 && after)
                    pe = e;
            }
            /* 公司总经理:PENGFEI ZHANG, 副总经理:DAWEIGUO、王卫锋 (filings write names in capitals) */
            if (pe == ps && ps > ts.end && cp[ps - 1] == ':')
                pe = gx_pp_capital_name(art, ps);
            /* 控股股东HONG DANIEL先生: two words in capitals glued to the title, then 先生/女士 */
            if (pe == ps && ps == ts.end && ps < art->ncp && gx_is_upper(cp[ps])) {
                int32_t ce = gx_pp_capital_name(art, ps);
                bool two = false;
                for (int32_t k = ps; k < ce && !two; k++)
                    two = cp[k] == ' ';
                if (two && ce + 1 < art->ncp && (cp[ce] == 0x5148 || cp[ce] == 0x5973) /* 先 女 */ && gx_is_cjk(cp[ce]))
                    pe = ce;
            }
        }
        /* 联合创始人何小鹏、夏珩: a Chinese name the tagger is sure of where a lexicon word inside
         * it stops the rules' reading (何|小鹏, a company's short name), so the list goes on */
        if (pe == ps && !t->latin && ps < art->ncp && gx_lexicon_char_is(ix->lex, cp[ps], GX_LEX_SURNAME)) {
            int tc = gx_pp_cand_starting_at(art, ps, 1 << GX_ENT_PERSON);
            gx_span tsp = tc >= 0 ? art->candidates.v[tc].span : (gx_span){0, 0};
            if (tc >= 0 && tsp.end - tsp.start >= 2 && tsp.end - tsp.start <= 3 && gx_pp_named_alone(art, tsp) &&
                gx_pp_name_edge_ok(ix, art, tsp.end))
                pe = tsp.end;
        }
        /* 掌门人：李振国钟宝申: two names glued together closing a heading line after the
         * title and its separator both hold it (the first read short, 王苗|通王一锋, yields); after a
         * writer's title two names of two characters glued (通讯员左强徐灏）) part too (people41) */
        int32_t glued = pe;
        bool pairs = gx_pp_writer_title(art, ts);
        if (!t->latin && (ps > ts.end || pairs)) {
            int32_t se = ps, m = gx_pp_glued_names(ix, art, ps, pairs, &se);
            bool pair = se - ps == 4; /* (no separator: the pair only; the reader may run into the second, 左强徐) */
            if (m > ps && (pe <= m || (pair && pe < se)) && (ps > ts.end || pair)) {
                pe = m;
                glued = se;
            }
        }
        if (pe > ps)
            person = gx_pp_rule_person(art, (gx_span){ps, pe}, 0.85f);
        if (person >= 0 && glued > pe)
            gx_pp_add_position(art, ts, gx_pp_rule_person(art, (gx_span){pe, glued}, 0.8f),
                               gx_pp_cand_ending_at(art, ts.start, GX_ORGLIKE));
        /* more holders of the same title: 记者刘诗平、白洁纯 / 记者 王一鸣 张三 */
        int32_t more = glued;
        int others[8], nothers = 0; /* the list's other holders, for the titles chained before */
        static const char32_t *const ADDRESS[] = {U"先生", U"女士", NULL};
        for (;;) {
            /* 袁永峰先生、袁永刚先生: each name with its form of address (and 和/及 after one: 李勇先生和
             * 张昊瑜女士) */
            bool addressed = false;
            if (person >= 0 && !t->latin && more + 3 < art->ncp &&
                (cp[more + 2] == 0x3001 || cp[more + 2] == 0x548C /* 和 */ || cp[more + 2] == 0x53CA /* 及 */) &&
                (gx_word_at(art, more, ADDRESS) > 0)) {
                more += 2;
                addressed = true;
            }
            /* 带单老师：吉林峰；吴晋梅: after a title and a colon (a field's label) a semicolon parts
             * the holders too (people31) */
            bool fielded = ps > ts.end && (cp[ts.end] == ':' || cp[ts.end] == 0xFF1A) &&
                           (cp[more] == ';' || cp[more] == 0xFF1B);
            if (!(person >= 0 && !t->latin && more + 1 < art->ncp &&
                  (cp[more] == 0x3001 || cp[more] == ' ' || fielded || (addressed && cp[more] != 0x3001))))
                break;
            int32_t ne = gx_pp_chinese_name(ix, art, more + 1);
            if (ne == more + 1 || (ne < art->ncp && gx_is_cjk(cp[ne]) && gx_hit_len_starting(ix, ne, GX_LEX_NAME_END) == 0)) {
                /* a Chinese name the tagger is sure of may close the list before any verb:
                 * 实控人钟波、王国华|接到, 记者赵燕华、郑诚|报道 */
                int tc = gx_pp_cand_starting_at(art, more + 1, 1 << GX_ENT_PERSON);
                gx_span tsp = tc >= 0 ? art->candidates.v[tc].span : (gx_span){0, 0};
                /* (or a member the list's marks close: 王延飞、史博、余广) */
                int32_t le = gx_pp_list_member_at(ix, art, more + 1);
                if (le > more + 1)
                    tsp = (gx_span){more + 1, le};
                else if (tc < 0 || tsp.end - tsp.start < 2 || tsp.end - tsp.start > 3 ||
                         !gx_lexicon_char_is(ix->lex, cp[tsp.start], GX_LEX_SURNAME) || !gx_pp_named_alone(art, tsp))
                    break;
                ne = tsp.end;
            }
            /* (the tagger's longer name that 先生/女士 closes: 袁永|刚先生 read short at 刚) */
            int tn = gx_pp_cand_starting_at(art, more + 1, 1 << GX_ENT_PERSON);
            if (tn >= 0 && art->candidates.v[tn].span.end > ne && art->candidates.v[tn].span.end - (more + 1) <= 3 &&
                gx_word_at(art, art->candidates.v[tn].span.end, ADDRESS) > 0)
                ne = art->candidates.v[tn].span.end;
            int other = gx_pp_rule_person(art, (gx_span){more + 1, ne}, 0.8f);
            gx_pp_add_position(art, ts, other, gx_pp_cand_ending_at(art, ts.start, GX_ORGLIKE));
            if (nothers < 8)
                others[nothers++] = other;
            more = ne;
        }
        if (person < 0 && !t->latin) {
            /* the holder before the title: 刘士余主席, 王军董事长表示 */
            person = gx_pp_holder_before(ix, art, ts);
            if (person >= 0) {
                gx_pp_add_position(art, ts, person, -1);
                continue;
            }
        }
        /* the organisation right before the title (or "of X" after an English title), or
         * before 时任 (at the time) and the title: 公司时任董事长 */
        gx_span os = {t->owner_end, ts.end};
        if (os.start >= 3 && cp[os.start - 2] == 0x65F6 && cp[os.start - 1] == 0x4EFB /* 时任 */)
            os.start -= 2;
        int org = gx_pp_cand_ending_at(art, os.start, GX_ORGLIKE);
        if (org < 0 && person >= 0 && !t->latin && os.start > 0 && gx_is_cjk(cp[os.start - 1]))
            org = gx_pp_org_before_title(ix, art, os);
        if (!t->latin) {
            int lo = gx_pp_latin_org_before_title(ix, art, os);
            if (lo >= 0)
                org = lo;
        }
        if (org < 0 && person >= 0 && !t->latin)
            org = gx_pp_org_across_comma(art, os);
        /* deVere Group国际|投资策略师, Verdence Capital Advisors CEO Leo Kelly (gx_people_latin_orgs.c) */
        if (person >= 0) {
            int lg = gx_pp_latin_org_past_desk(ix, art, os, t->latin, org);
            if (lg >= 0)
                org = lg;
        }
        /* 中信证券的董事长张佑君, Kingsview资产管理公司的投资组合经理Paul Nolte: a company or body
         * named before 的 and a title with its holder is the title's organization */
        if (org < 0 && person >= 0 && !t->latin && os.start >= 3 && cp[os.start - 1] == 0x7684 /* 的 */)
            org = gx_pp_cand_ending_at(art, os.start - 1, GX_ORGLIKE);
        if (org < 0 && t->latin && ts.end + 4 < art->ncp && cp[ts.end] == ' ' && cp[ts.end + 1] == 'o' &&
            cp[ts.end + 2] == 'f' && cp[ts.end + 3] == ' ')
            org = gx_pp_cand_starting_at(art, ts.end + 4, GX_ORGLIKE);
        /* 博智宏观论坛学术委员会委员任泽平: a member of a committee of another body holds the
         * committee's post (学术委员会委员) in that body (博智宏观论坛); a committee that is the body
         * itself (证券交易委员会主席, 货币政策委员会委员) stays the organization */
        int32_t split_left = -1;
        if (person >= 0 && org >= 0 && art->candidates.v[org].span.end == ts.start && gx_pp_committee_post(art, ts)) {
            gx_span os2 = art->candidates.v[org].span;
            int32_t k = gx_pp_committee_split(ix, art, os2);
            if (k > os2.start) {
                ts.start = k;
                org = gx_pp_cand_ending_at(art, k, GX_ORGLIKE);
                split_left = os2.start;
            }
        }
        gx_pp_add_position(art, ts, person, org);
        if (person < 0)
            continue;
        /* "X<title><name>" is evidence that X is a name */
        if (org >= 0 && art->candidates.v[org].source == GX_SRC_RULE && art->candidates.v[org].score < 0.85f)
            art->candidates.v[org].score += 0.1f;
        /* chain: 院士、...所长郑纬民 — titles joined by 、 share the holder */
        int32_t left = split_left >= 0                                               ? split_left
                       : org >= 0 && art->candidates.v[org].span.end == os.start ? art->candidates.v[org].span.start
                                                                                 : os.start;
        for (int j = k - 1; j >= 0 && left > 0 && cp[left - 1] == 0x3001; j--) {
            title_span *u = &titles.v[j];
            if (u->done || u->span.end != left - 1)
                break;
            u->done = true;
            int uorg = gx_pp_cand_ending_at(art, u->span.start, GX_ORGLIKE);
            if (uorg < 0 && u->span.start > 0 && gx_is_cjk(cp[u->span.start - 1]))
                uorg = gx_pp_org_before_title(ix, art, u->span);
            gx_pp_add_position(art, u->span, person, uorg);
            for (int o = 0; o < nothers; o++)
                gx_pp_add_position(art, u->span, others[o], uorg);
            left = uorg >= 0 ? art->candidates.v[uorg].span.start : u->span.start;
        }
    }
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_names_over_firms)");
    gx_pp_names_over_firms(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_epithet_names)");
    gx_pp_epithet_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_announcement_holders)");
    gx_pp_announcement_holders(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_predicate_holders)");
    gx_pp_predicate_holders(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_appositives)");
    gx_pp_appositives(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_appointments)");
    gx_pp_appointments(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_shared_titles)");
    gx_pp_shared_titles(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_repeated_holders)");
    gx_pp_repeated_holders(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_list_members)");
    gx_pp_list_members(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_etc_holders)");
    gx_pp_etc_holders(art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_chained_titles)");
    gx_pp_chained_titles(art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_latin_speakers)");
    gx_pp_latin_speakers(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_english_speakers)");
    gx_pp_english_speakers(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_headline_speakers)");
    gx_pp_headline_speakers(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_author_notes)");
    gx_pp_author_notes(art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_former_posts)");
    gx_pp_former_posts(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_moved_posts)");
    gx_pp_moved_posts(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_addressed_names)");
    gx_pp_addressed_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_contact_names)");
    gx_pp_contact_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_legal_persons)");
    gx_pp_legal_persons(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_contact_labels)");
    gx_pp_contact_labels(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_party_speakers)");
    gx_pp_party_speakers(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_honored_names)");
    gx_pp_honored_names(ix, art);
    gx_pp_ranks_after_names(art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_penalized_names)");
    gx_pp_penalized_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_kin_names)");
    gx_pp_kin_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_team_leaders)");
    gx_pp_team_leaders(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_headline_byline)");
    gx_pp_headline_byline(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_listed_names)");
    gx_pp_listed_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_glossed_names)");
    gx_pp_glossed_names(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_cited_authors)");
    gx_pp_cited_authors(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_tagged_analysts)");
    gx_pp_tagged_analysts(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_founders)");
    gx_pp_founders(ix, art);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_resume_holders)");
    gx_pp_resume_holders(ix, art, first_position);
    PP_STOP_IF_OVERDUE("the people rules (before gx_pp_respective_posts)");
    gx_pp_respective_posts(ix, art, first_position);
    if (own_ix)
        art->cand_pos = NULL;
}
