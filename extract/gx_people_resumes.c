/* gx_people_resumes.c — the posts of a résumé whose subject is named further back (袁春华生于1959年,
 * 本科学历,…,历任钳工、班长、车间主任; 高兴华现年55岁,现任…党委副书记、总经理; 刘元瑞1982年出生,研究生学历。
 * 曾任…分析师、副总经理). After a verb of holding posts (曾任 历任 现任 先后任 曾担任), the titles that
 * no rule gave a holder, up to the sentence's end or the next person, belong to the one person the
 * sentence names before the verb (also 任 after a date: 2001年7月至2005年10月任); when the sentence opens with the verb (。曾任) or names no one
 * before it (此前,他曾先后任), to the one person of the sentence before, who opens it. Part of
 * gx_people (gx_people_impl.h). 担任 and 出任 (fourteenth session, people15) give the posts of their clause
 * to the person the sentence names before them (李文宾，…在中银国际证券有限责任公司工作，担任研究员职务). */
#include <uchar.h>

#include "gx_people_impl.h"

static bool sentence_end(uint32_t c)
{
    return c == 0x3002 /* 。 */ || c == '\n' || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?';
}

/* A person the article names surely: a rule's, the list of well-known people, the tagger at 0.5
 * or more; two characters or more. */
static bool sure_person(const gx_candidate *c)
{
    return c->type == GX_ENT_PERSON && c->span.end - c->span.start >= 2 &&
           (c->source != GX_SRC_TAGGER || c->score >= 0.5f);
}

static bool same_text(const gx_article *art, gx_span a, gx_span b)
{
    if (a.end - a.start != b.end - b.start)
        return false;
    for (int32_t k = 0; k < a.end - a.start; k++)
        if (art->cp[a.start + k] != art->cp[b.start + k])
            return false;
    return true;
}

/* Whether s..start is a title and a colon labelling the name at start (基金经理:曹名长:硕士研究生学历。),
 * so the name still opens its sentence. */
static bool labelled(const gx_article *art, int32_t s, int32_t start)
{
    if (start < s + 3 || art->cp[start - 1] != ':')
        return false;
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start == s && art->positions.v[i].span.end == start - 1)
            return true;
    return false;
}

static bool clause_end(uint32_t c)
{
    return c == 0xFF0C /* ， */ || c == ',' || c == 0xFF1B /* ； */ || c == ';';
}

/* Whether the name at n opens the clause after a lead-in and stands alone before a comma, as the
 * subject of a biography (公开信息显示，赵卫华，1977年生，…): the name is the sentence's subject all the same. */
static bool lead_apposition(const gx_article *art, gx_span n)
{
    return n.start > 0 && n.end < art->ncp && clause_end(art->cp[n.start - 1]) && clause_end(art->cp[n.end]);
}

/* The one person (by its name) that s..e names, its candidate, -1 for none, -2 for two or more.
 * With `opens`, the person must open the stretch (its first characters). */
static int one_person(const gx_article *art, int32_t s, int32_t e, bool opens)
{
    int found = -1;
    for (int i = 0; i < art->candidates.n; i++) {
        const gx_candidate *c = &art->candidates.v[i];
        if (!sure_person(c) || c->span.start < s || c->span.end > e)
            continue;
        if (found >= 0 && !same_text(art, art->candidates.v[found].span, c->span))
            return -2;
        if (found < 0 || c->span.start < art->candidates.v[found].span.start)
            found = i;
    }
    if (found >= 0 && opens && art->candidates.v[found].span.start != s &&
        !labelled(art, s, art->candidates.v[found].span.start) && !lead_apposition(art, art->candidates.v[found].span))
        return -1;
    return found;
}

/* A word of denial or doubt in the clause before the verb at v (黄少媚…并无在其他上市公众公司担任董事职务,
 * 刘元瑞能否出任新总裁). */
static bool denied_clause(const gx_article *art, int32_t v)
{
    static const char32_t *const DENY[] = {U"并无", U"没有", U"未曾", U"从未", U"并未", U"不再", U"无在", U"未在",
                                           U"不会", U"能否", U"是否", U"否认", NULL};
    for (int32_t k = v - 1; k >= 0 && v - k <= 30 && !sentence_end(art->cp[k]) && !clause_end(art->cp[k]); k--)
        if (gx_word_at(art, k, DENY) > 0)
            return true;
    return false;
}

void gx_pp_resume_holders(const gx_hit_index *ix, gx_article *art, int first_position)
{
    const char32_t *const *const VERBS = gx_lexicon_words(ix->lex, GX_WL_RESUME_VERB);
    const uint32_t *cp = art->cp;
    int32_t nat;
    const int32_t *at = gx_text_ix_words(&ix->text, art, VERBS, &nat);
    for (int32_t a = 0; a < nat; a++) {
        const int32_t v = at[a];
        /* 任 as a verb, not a word it opens (今年任务, 任期, 任何, 任命, 任职于 after a date) */
        int32_t r = v;
        while (r < art->ncp && r < v + 3 && cp[r] != 0x4EFB /* 任 */)
            r++;
        static const char32_t NOT_VERB[] = U"务期何命职性意由凭免教";
        bool word = false;
        for (const char32_t *w = NOT_VERB; r + 1 < art->ncp && *w && !word; w++)
            word = cp[r + 1] == (uint32_t)*w;
        if (word)
            continue;
        /* 担任 and 出任 name the posts of their clause only (担任总经理兼投研总监，旗下管理多位投资经理),
         * and none that the clause denies or doubts (并无…担任董事职务, 能否出任新总裁) */
        /* (and the passive appointments: 黄少媚，51岁，获委任为公司执行董事) */
        /* (and 任 opening a clause of a biography: 蓝小康先生:博士研究生学历,…,任中欧价值发现混合基金经理一职) */
        static const char32_t CLAUSE_VERB[] = U"担出获被当,";
        bool clause_verb = gx_cp_in(cp[v], CLAUSE_VERB);
        if (clause_verb && denied_clause(art, v))
            continue;
        /* the sentence holding the verb */
        int32_t s = v;
        while (s > 0 && !sentence_end(cp[s - 1]))
            s--;
        int32_t e = v + 1;
        while (e < art->ncp && !sentence_end(cp[e]) && !(clause_verb && clause_end(cp[e])))
            e++;
        bool open_post = false; /* (a title no one holds after the verb: else nothing to do) */
        for (int i = first_position; i < art->positions.n && !open_post; i++)
            open_post = art->positions.v[i].person < 0 && art->positions.v[i].span.start > v &&
                        art->positions.v[i].span.end <= e;
        if (!open_post)
            continue;
        int person = one_person(art, s, v, false);
        if (person == -1 && s > 1) {
            /* the sentence before, opened by its subject */
            int32_t ps = s - 1;
            while (ps > 0 && !sentence_end(cp[ps - 1]))
                ps--;
            person = one_person(art, ps, s - 1, true);
        }
        if (person < 0)
            continue;
        /* the posts after the verb, up to the next person */
        int32_t stop = e;
        for (int i = 0; i < art->candidates.n; i++) {
            const gx_candidate *c = &art->candidates.v[i];
            if (sure_person(c) && c->span.start > v && c->span.start < stop)
                stop = c->span.start;
        }
        for (int i = first_position; i < art->positions.n; i++) {
            gx_position *p = &art->positions.v[i];
            if (p->person < 0 && p->span.start > v && p->span.end <= stop)
                p->person = person;
        }
    }
}
