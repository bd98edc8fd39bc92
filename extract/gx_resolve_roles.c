/* gx_resolve_roles.c — the last step of resolution (gx_resolve_impl.h): positions point at
 * entities, and each titled person gets the role. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gx_cand_shape.h"
#include "gx_isort.h"
#include "gx_resolve_impl.h"

/* The person entity with a mention exactly at s (the holder candidate of a title lost to
 * another candidate of the same span: a well-known name from people.tsv read by a title rule
 * too, 证监会党委书记、主席刘士余), or -1. */
static int person_at(const gx_article *art, gx_span s)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        if (o->type != GX_ENT_PERSON)
            continue;
        for (int m = 0; m < o->mentions.n; m++)
            if (o->mentions.v[m].span.start == s.start && o->mentions.v[m].span.end == s.end)
                return k;
    }
    return -1;
}

/* Whether a verb of taking or leaving a post starts at pos (任, 出任, 辞任, 担任, 辞去 …). */
static bool takes_post_at(const gx_article *art, int32_t pos)
{
    static const char32_t *const VERBS[] = {U"任", U"出任", U"辞任", U"担任", U"接任", U"升任", U"调任", U"转任",
                                            U"卸任", U"兼任", U"新任", U"就任", U"辞去", U"获委任", NULL};
    return gx_word_at(art, pos, VERBS) != 0;
}

/* The first person (entity index, or -1) with a mention starting at `at`; the mention's span in
 * *ms. */
static int person_starting_at(const gx_article *art, int32_t at, gx_span *ms)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        for (int m = 0; m < o->mentions.n && o->type == GX_ENT_PERSON; m++)
            if (o->mentions.v[m].span.start == at) {
                *ms = o->mentions.v[m].span;
                return k;
            }
    }
    return -1;
}

/* The holder of a title the rules gave none: a person mention that starts where the title ends,
 * or after one space or colon (美国总统特朗普, 分析师汉森, 交易主管 Peter Fung). The rules know
 * only Chinese names that start with a surname and spaced English names; the tagger's and the
 * propagated names are just as much the holder when they follow the title. Entity index or -1. */
static int holder_after(const gx_article *art, gx_span title)
{
    if (title.end >= art->ncp)
        return -1;
    int32_t at = title.end;
    gx_span ms;
    if (art->cp[at] != ' ' && art->cp[at] != ':' && art->cp[at] != 0xFF1A)
        return person_starting_at(art, at, &ms);
    int k = person_starting_at(art, at + 1, &ms);
    /* 赵慧娴任执行董事 郑志刚任执行副主席: after a space, a name that takes a post of its own
     * opens the next clause (a headline's) */
    return k >= 0 && art->cp[at] == ' ' && takes_post_at(art, ms.end) ? -1 : k;
}

/* The holder of a title the rules gave none, written as 的 and a person mention closing the
 * phrase: 卸任美联储主席的耶伦(Jannet Yellen), Janus Capital基金经理的比尔·格罗斯曾表态,
 * 天茂实业集团股份有限公司董事长的刘益谦, 党委副书记和总经理的涂晓军、 (the rules read this only
 * after a verb of holding, and not where the tagger read the name longer than the text's name).
 * The name must close the phrase (punctuation, 、, or a function character a clause goes on
 * with: 曾 在 向 …; not 数学家的|菲尔兹|数学奖), and the title must not be one the person is still
 * to take (成为下一任总裁的刘元瑞). Entity index or -1. */
static int holder_after_de(const gx_article *art, gx_span title)
{
    static const char32_t GOES_ON[] = U"曾在向对也则称说表认指就已将于和与及都还仍便又早等";
    const uint32_t *cp = art->cp;
    if (title.end + 2 >= art->ncp || cp[title.end] != 0x7684 /* 的 */)
        return -1;
    static const char32_t *const FUTURE[] = {U"下一任", U"下任", U"继任", U"未来", U"成为", U"接班", NULL};
    if (gx_word_ending(cp, 0, title.start, FUTURE) > 0)
        return -1;
    gx_span ms;
    int k = person_starting_at(art, title.end + 1, &ms);
    if (k < 0 || ms.end >= art->ncp)
        return k;
    uint32_t c = cp[ms.end];
    bool closes = !gx_is_cjk(c) || c == 0x3001;
    for (const char32_t *g = GOES_ON; !closes && *g; g++)
        closes = c == (uint32_t)*g;
    return closes ? k : -1;
}

/* The holder of a title the rules gave none, written after 、 and a describer of the same person
 * that is no title (策略师、知名大空头Albert Edwards, 共和党主席、最新通过的共和党减税法案的撰写者
 * 布雷迪(Brady)): a phrase of Han characters (的 and quotes inside, no punctuation, at most 24
 * characters, no title starting in it) ending in a noun for a kind of person (者 友 头 佬 咖 手 人 家 富 兵
 * 物 星 神) or a closing quote (“经济沙皇”), then a person mention; or a title with modifiers before it
 * (知名天使投资人) that a person mention follows. Entity index or -1. */
static int holder_after_describer(const gx_article *art, gx_span title)
{
    /* (twelfth session: 富 兵 物 星 神 员, and a quoted nickname: 中国首富, 地产老兵, 传奇人物, 联储职员, “经济沙皇”) */
    static const char32_t KIND[] = U"者友头佬咖手人家富兵物星神员";
    const uint32_t *cp = art->cp;
    if (title.end + 3 >= art->ncp || cp[title.end] != 0x3001 /* 、 */)
        return -1;
    for (int32_t k = title.end + 1; k < art->ncp && k - title.end <= 25; k++) {
        gx_span ms;
        for (int i = 0; i < art->positions.n; i++)
            if (art->positions.v[i].span.start == k) {
                /* a modified title right before the name (董事长、知名天使投资人雷军): its holder, as in a
                 * chain of titles (twelfth session) */
                int32_t e = art->positions.v[i].span.end;
                return k - title.end >= 3 && e < art->ncp ? person_starting_at(art, e, &ms) : -1;
            }
        int h = k - title.end >= 3 ? person_starting_at(art, k, &ms) : -1;
        if (h >= 0) {
            if (cp[k - 1] == 0x201D /* ” */)
                return h;
            for (const char32_t *w = KIND; *w; w++)
                if (cp[k - 1] == (uint32_t)*w)
                    return h;
            return -1;
        }
        if (!gx_is_cjk(cp[k]) && cp[k] != 0x201C && cp[k] != 0x201D)
            return -1;
    }
    return -1;
}

/* The organization of a title the rules gave none: a mention that ends where the title starts
 * (公司董事长 with 公司 resolved to the company, or a propagated name). Entity index or -1. */
static int organization_before(const gx_article *art, gx_span title)
{
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        if (o->type != GX_ENT_COMPANY && o->type != GX_ENT_ORGANIZATION && o->type != GX_ENT_GOVERNMENT)
            continue;
        for (int m = 0; m < o->mentions.n; m++)
            if (o->mentions.v[m].span.end == title.start)
                return k;
    }
    return -1;
}

/* One role of entity e: title, organization (or NULL), span. */
static void push_role(gx_article *art, gx_entity *e, const char *title, const char *org, gx_span span)
{
    gx_role *r = GX_VEC_PUSH(art->arena, e->roles);
    r->title = title;
    r->organization = org;
    r->span = span;
}

/* Position p's title as a role of its holder, if it has one. A title of posts held together
 * (执行副主席兼行政总裁, 董事长兼总经理) is one role and, besides, each post (parts of two or more
 * characters around 兼) a role of its own with its own span: the holder holds each. */
static void give_role(gx_article *art, const gx_position *p)
{
    if (p->person < 0)
        return;
    gx_entity *e = &art->entities.v[p->person];
    const char *org = p->organization >= 0 ? art->entities.v[p->organization].name : NULL;
    push_role(art, e, p->title, org, p->span);
    if (p->span.start < 0 || p->span.end > art->ncp)
        return;
    int32_t from = p->span.start;
    for (int32_t k = p->span.start; k <= p->span.end; k++) {
        if (k < p->span.end && art->cp[k] != 0x517C /* 兼 */)
            continue;
        if (from == p->span.start && k == p->span.end)
            return; /* no 兼 inside */
        if (k - from < 2) /* 兼任, a part too short to be a post */
            return;
        from = k + 1;
    }
    from = p->span.start;
    for (int32_t k = p->span.start; k <= p->span.end; k++)
        if (k == p->span.end || art->cp[k] == 0x517C) {
            gx_span part = {from, k};
            const char *t = gx_article_span_text(art, part);
            if (t)
                push_role(art, e, t, org, part);
            from = k + 1;
        }
}

/* Whether [s, e) is empty or exactly one mention of an organization-like entity, after 前/现/原
 * (the owner of the next title: 北美信托首席经济学家、前|芝加哥联储|职员), or a country or region
 * (世界银行行长、美国|副国务卿的罗伯特·佐利克). */
static bool owner_gap(const gx_engine *eng, const gx_article *art, int32_t s, int32_t e)
{
    if (s == e || (e - s >= 2 && e - s <= 4 && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + s, e - s)))
        return true;
    /* 前|芝加哥联储, 现|景驰: former or present, before the owner */
    if (e - s > 1 && (art->cp[s] == 0x524D || art->cp[s] == 0x73B0 || art->cp[s] == 0x539F))
        s++;
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        if (o->type != GX_ENT_COMPANY && o->type != GX_ENT_ORGANIZATION && o->type != GX_ENT_GOVERNMENT)
            continue;
        for (int m = 0; m < o->mentions.n; m++)
            if (o->mentions.v[m].span.start == s && o->mentions.v[m].span.end == e)
                return true;
    }
    return false;
}

/* Whether a count of people (4名, 两位) ends at most six characters before title t: several hold it
 * (4名防守球员和中场德尔维奇奥). */
static bool counted_title(const gx_article *art, gx_span t)
{
    static const char32_t NUMERALS[] = U"0123456789一二两三四五六七八九十几多数";
    for (int32_t k = t.start - 1; k >= 1 && t.start - k <= 6; k--) {
        if (art->cp[k] != 0x540D /* 名 */ && art->cp[k] != 0x4F4D /* 位 */)
            continue;
        for (const char32_t *u = NUMERALS; *u; u++)
            if (art->cp[k - 1] == (uint32_t)*u)
                return true;
    }
    return false;
}

/* Whether [s, e) may stand between 兼 (concurrently) and the next title of the same person: Han
 * characters only (an owner, a desk: 首席经济学家兼|恒大经济研究院|院长, 副部长兼|国际贸易谈判|副代表), at
 * most 16, no title inside (twelfth session). */
static bool concurrent_gap(const gx_article *art, int32_t s, int32_t e)
{
    if (e - s > 16)
        return false;
    for (int32_t k = s; k < e; k++)
        if (!gx_is_cjk(art->cp[k]))
            return false;
    /* (a longer reading of the next title, 国际贸易谈判副代表, is no other title) */
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start >= s && art->positions.v[i].span.end <= e)
            return false;
    return true;
}

/* Whether [s, e) is a few Han characters describing the holder before the next title (仲财通联合创始人，
 * 新兴互联网仲裁领域服务|专家庄德健): at most twelve, no title and no mention of an entity inside (twentieth session,
 * people27). */
static bool describer_gap(const gx_article *art, int32_t s, int32_t e)
{
    if (e - s > 12)
        return false;
    for (int32_t k = s; k < e; k++)
        if (!gx_is_cjk(art->cp[k]))
            return false;
    for (int i = 0; i < art->positions.n; i++)
        if (art->positions.v[i].span.start < e && art->positions.v[i].span.end > s)
            return false;
    for (int k = 0; k < art->entities.n; k++)
        for (int m = 0; m < art->entities.v[k].mentions.n; m++)
            if (art->entities.v[k].mentions.v[m].span.start < e && art->entities.v[k].mentions.v[m].span.end > s)
                return false;
    return true;
}

static bool in_set(const char32_t *set, uint32_t c)
{
    for (; *set; set++)
        if ((uint32_t)*set == c)
            return true;
    return false;
}

/* Whether title t is all its clause says before a comma: the text, a line or a clause starts right
 * before it or before its owner (an organization mention, a region, or up to six Han characters
 * with no entity, title or function word: 仲财通|联合创始人), after 以及/及/和 opening it. Not 他辞去了公司董事长，. */
static bool title_opens_clause(const gx_engine *eng, const gx_article *art, gx_span t)
{
    static const char32_t BREAKS[] = U"。，；：！？\n,;:";
    static const char32_t FUNCTION[] = U"的了是在说和与及为他她对向被将由从";
    const uint32_t *cp = art->cp;
    int32_t c = t.start;
    while (c > 0 && t.start - c < 12 && !in_set(BREAKS, cp[c - 1]))
        c--;
    if (c > 0 && !in_set(BREAKS, cp[c - 1]))
        return false;
    /* (the last item of a list: 、…，以及仲财通联合创始人，) */
    static const char32_t *const AND[] = {U"以及", U"还有", U"及", U"和", NULL};
    c += gx_word_at(art, c, AND);
    if (owner_gap(eng, art, c, t.start))
        return true;
    if (t.start - c > 6)
        return false;
    for (int32_t k = c; k < t.start; k++)
        if (!gx_is_cjk(cp[k]) || in_set(FUNCTION, cp[k]))
            return false;
    return describer_gap(art, c, t.start);
}

/* The holder written before a Latin-named firm glued to a title (twentieth
 * session, people27: 老板：文斯·卡萨雷斯Xapo董事长平台…, where the page lost its line ends): a person
 * mention ends where a word of two to twenty-four Latin letters or digits (capitalised) starts, and
 * the title follows that word. Entity
 * index or -1. */
static int holder_before_latin_firm(const gx_article *art, gx_span title)
{
    const uint32_t *cp = art->cp;
    int32_t s = title.start;
    while (s > 0 && title.start - s < 24 && gx_is_alnum(cp[s - 1]))
        s--;
    if (title.start - s < 2 || !gx_is_upper(cp[s]))
        return -1;
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *o = &art->entities.v[k];
        for (int m = 0; m < o->mentions.n && o->type == GX_ENT_PERSON; m++)
            if (o->mentions.v[m].span.end == s && s - o->mentions.v[m].span.start >= 2)
                return k;
    }
    return -1;
}

/* Titles chained with 、 before a held one share its holder when resolution found it (the rules
 * chain only holders they read themselves; 前海开源基金董事总经理、首席经济学家杨德龙, where the
 * name is the tagger's and the gazetteer's), or with 兼/暨 and an owner or desk between (twelfth session:
 * 首席经济学家兼恒大经济研究院院长). Repeats so that a chain of three is reached whole. */
static void chained_holders(const gx_engine *eng, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < art->positions.n; i++) {
            const gx_position *p = &art->positions.v[i];
            if (p->person < 0)
                continue;
            for (int j = 0; j < art->positions.n; j++) {
                gx_position *q = &art->positions.v[j];
                if (q->person >= 0 || q->span.end >= p->span.start || q->span.end < 0)
                    continue;
                if (cp[q->span.end] == 0x517C /* 兼 */ || cp[q->span.end] == 0x66A8 /* 暨 */) {
                    if (!concurrent_gap(art, q->span.end + 1, p->span.start))
                        continue;
                } else if ((cp[q->span.end] == 0x548C /* 和 */ || cp[q->span.end] == 0x53CA /* 及 */) &&
                           q->span.end + 1 == p->span.start && !counted_title(art, q->span)) {
                    /* 创始人和首席投资策略师杰里米·格兰瑟姆: two titles joined right before the name */
                } else if ((cp[q->span.end] == 0xFF0C || cp[q->span.end] == ',') &&
                           describer_gap(art, q->span.end + 1, p->span.start) && title_opens_clause(eng, art, q->span) &&
                           !counted_title(art, q->span)) {
                    /* 仲财通联合创始人，资深金融服务专家庄德健: a title that is its whole clause, a comma,
                     * then the holder's next title */
                } else if (cp[q->span.end] != 0x3001 /* 、 */ || !owner_gap(eng, art, q->span.end + 1, p->span.start))
                    continue;
                q->person = p->person;
                give_role(art, q);
                changed = true;
            }
        }
    }
}

/* A country written right before the office of a state is part of the title (fifteenth session,
 * people18): 美国|总统特朗普 -> 美国总统, 英国|首相, 美国|财政部长 (the golds write it so 14 times in 19);
 * the offices are cues.tsv's state_office, the country a region word of two to seven characters
 * that is no continent, bloc or Chinese region ending in 洲/区 (欧洲, 欧元区) nor 全球/世界/拉美/中东.
 * Titles of firms and institutions stay bare with their organization (英伟达|CEO). Not when another
 * title or a person's mention ends inside the country. The role of the holder follows. */
static void country_offices(const gx_engine *eng, gx_article *art)
{
    static const char32_t *const NOT_STATE[] = {U"全球", U"世界", U"拉美", U"中东", NULL};
    if (!eng->lexicon)
        return;
    const uint32_t *cp = art->cp;
    for (int i = 0; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        int32_t s = p->span.start, n = p->span.end - s;
        if (s < 2 || n < 2 || n > 6 || !gx_lexicon_is(eng->lexicon, GX_LEX_STATE_OFFICE, cp + s, n))
            continue;
        int32_t add = 0;
        for (int32_t k = 7; k >= 2 && !add; k--)
            if (s >= k && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, cp + s - k, k))
                add = k;
        if (!add || cp[s - 1] == 0x6D32 /* 洲 */ || cp[s - 1] == 0x533A /* 区 */ ||
            gx_word_ending(cp, 0, s, NOT_STATE) == add)
            continue;
        bool clear = true;
        for (int q = 0; q < art->positions.n && clear; q++)
            clear = q == i || art->positions.v[q].span.end <= s - add || art->positions.v[q].span.start >= s;
        for (int e = 0; e < art->entities.n && clear; e++) {
            if (art->entities.v[e].type != GX_ENT_PERSON)
                continue;
            for (int m = 0; m < art->entities.v[e].mentions.n && clear; m++) {
                gx_span ms = art->entities.v[e].mentions.v[m].span;
                clear = ms.end <= s - add || ms.start >= s;
            }
        }
        if (!clear)
            continue;
        gx_span old = p->span, wide = {s - add, p->span.end};
        const char *title = gx_article_span_text(art, wide);
        if (!title)
            continue;
        p->span = wide;
        p->title = title;
        if (p->person >= 0) {
            gx_entity *e = &art->entities.v[p->person];
            for (int r = 0; r < e->roles.n; r++)
                if (e->roles.v[r].span.start == old.start && e->roles.v[r].span.end == old.end) {
                    e->roles.v[r].span = wide;
                    e->roles.v[r].title = title;
                }
        }
    }
}

/* Positions: candidate indices -> entity indices and roles of their holders; a tagger title
 * that reads a rule's title longer; tagger titles no rule saw; byline roles without a span
 * dropped where the text has the title. */
/* Positions (ctx: art->positions.v) by their span's end. */
static int position_end_cmp(const void *ctx, int a, int b)
{
    const gx_position *pv = ctx;
    return pv[a].span.end < pv[b].span.end ? -1 : pv[a].span.end > pv[b].span.end;
}

/* The indices of art->positions sorted by (span end, index), in the arena (gx_isort, stable). */
static int *positions_by_end(gx_article *art)
{
    int n = art->positions.n;
    int *v = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(n + 1));
    int *tmp = gx_arena_alloc_raw(art->arena, sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k < n; k++)
        v[k] = k;
    return gx_isort(v, tmp, n, position_end_cmp, art->positions.v);
}

/* The first entry of by_end (positions_by_end) whose position ends at or after end. */
static int first_ending(const gx_article *art, const int *by_end, int32_t end)
{
    int a = 0, b = art->positions.n;
    while (a < b) {
        int m = (a + b) / 2;
        if (art->positions.v[by_end[m]].span.end < end)
            a = m + 1;
        else
            b = m;
    }
    return a;
}

/* The candidates that may start in [lo, hi), ascending, into rs->qb (their count): by the
 * resolution's index (spans are final since its last build), or every candidate when some were
 * added after it. */
static int lost_org_window(gx_rs *rs, int32_t lo, int32_t hi)
{
    if (rs->ix.nc == rs->nc)
        return gx_cand_ix_starting(&rs->ix, lo, hi, rs->qb);
    for (int j = 0; j < rs->nc; j++)
        rs->qb[j] = j;
    return rs->nc;
}

void gx_rs_roles(gx_rs *rs)
{
    const gx_engine *eng = rs->eng;
    gx_article *art = rs->art;
    gx_candidate *cv = rs->cv;
    int nc = rs->nc;
    int *chosen = rs->chosen;
    for (int i = 0; i < art->positions.n; i++) {
        gx_position *p = &art->positions.v[i];
        int pc = p->person, oc = p->organization;
        p->person = -1;
        p->organization = -1;
        int pe = pc >= 0 && pc < nc ? gx_rs_entity_of(rs, pc) : -1;
        if (pe >= 0)
            p->person = rs->newidx[pe];
        if (oc >= 0 && oc < nc) {
            int c = oc;
            /* the organisation candidate lost: whatever was chosen ending at the same place */
            /* (both searches take the first such candidate in index order, among those the
             * resolution's index gives starting in the window where it can start: no walk over
             * every candidate per position, quadratic on a body that repeats itself; speed30) */
            if (!chosen[c]) {
                int32_t e = cv[oc].span.end;
                int nq = lost_org_window(rs, e - rs->ix.maxlen, e);
                for (int q = 0; q < nq; q++) {
                    int j = rs->qb[q];
                    if (chosen[j] && cv[j].type != GX_ENT_PERSON && cv[j].span.end == e &&
                        cv[j].span.start < e) {
                        c = j;
                        break;
                    }
                }
            }
            /* ... or a firm chosen at its start, whose arm it named (利得资本|研究院首席研究员) */
            if (!chosen[c]) {
                int32_t st = cv[oc].span.start;
                int nq = lost_org_window(rs, st, st + 1);
                for (int q = 0; q < nq; q++) {
                    int j = rs->qb[q];
                    if (chosen[j] && cv[j].type == GX_ENT_COMPANY && cv[j].span.start == st &&
                        cv[j].span.end < cv[oc].span.end && cv[j].span.end - cv[j].span.start >= 2) {
                        c = j;
                        break;
                    }
                }
            }
            int oe = gx_rs_entity_of(rs, c);
            if (oe >= 0)
                p->organization = rs->newidx[oe];
        }
        if (p->person >= 0 && art->entities.v[p->person].type != GX_ENT_PERSON)
            p->person = -1;
        if (p->person < 0 && pc >= 0 && pc < nc && cv[pc].type == GX_ENT_PERSON)
            p->person = person_at(art, cv[pc].span);
        if (p->person < 0)
            p->person = holder_after(art, p->span);
        if (p->person < 0)
            p->person = holder_after_de(art, p->span);
        if (p->person < 0)
            p->person = holder_after_describer(art, p->span);
        if (p->person < 0)
            p->person = holder_before_latin_firm(art, p->span);
        if (p->organization < 0)
            p->organization = organization_before(art, p->span);
        give_role(art, p);
    }
    chained_holders(eng, art);
    /* a title the rules cut out of a longer word that the tagger, more likely right than wrong,
     * read whole with the same end (漫|画家, 总|队长): the list word has no evidence for its left
     * edge where the text glues more characters to it, the tagger does; the longer reading wins
     * when no entity sits in the part it adds (伟业顾问北京公司|副总经理 stays) */
    /* (the positions with the tagger's end, by a list of them sorted by end: this loop keeps
     * their ends, and visits them in the walk's order; speed30) */
    int *by_end = positions_by_end(art);
    for (int i = 0; i < nc; i++) {
        const gx_candidate *c = &cv[i];
        if (c->type != GX_ENT_POSITION || c->source != GX_SRC_TAGGER || c->score < 0.5f ||
            !gx_shape_tagger_ok(eng, art, c))
            continue;
        for (int b = first_ending(art, by_end, c->span.end);
             b < art->positions.n && art->positions.v[by_end[b]].span.end == c->span.end; b++) {
            int k = by_end[b];
            gx_position *p = &art->positions.v[k];
            int32_t add = p->span.start - c->span.start;
            if (p->span.end != c->span.end || add <= 0 || add > 3 || !gx_is_cjk(art->cp[p->span.start - 1]))
                continue;
            /* a country or a region is whose post it is, not the post (俄罗斯|总统, 上海|市长) */
            if (eng->lexicon && gx_lexicon_is(eng->lexicon, GX_LEX_REGION, art->cp + c->span.start, add))
                continue;
            /* nor a board or a council (联储会|主席, 董事局|主席: CLUENER writes the body with its
             * owner, the post after it) */
            if (art->cp[p->span.start - 1] == 0x4F1A /* 会 */ || art->cp[p->span.start - 1] == 0x5C40 /* 局 */)
                continue;
            bool clear = true;
            for (int q = 0; q < art->positions.n && clear; q++)
                clear = q == k || art->positions.v[q].span.end <= c->span.start ||
                        art->positions.v[q].span.start >= p->span.start;
            for (int e = 0; e < art->entities.n && clear; e++)
                for (int m = 0; m < art->entities.v[e].mentions.n && clear; m++) {
                    gx_span ms = art->entities.v[e].mentions.v[m].span;
                    clear = ms.end <= c->span.start || ms.start >= p->span.start;
                }
            if (!clear)
                continue;
            gx_span old = p->span;
            p->span = c->span;
            p->title = gx_article_span_text(art, c->span);
            if (p->person >= 0) {
                gx_entity *e = &art->entities.v[p->person];
                for (int r = 0; r < e->roles.n; r++)
                    if (e->roles.v[r].span.start == old.start && e->roles.v[r].span.end == old.end) {
                        e->roles.v[r].span = c->span;
                        e->roles.v[r].title = p->title;
                    }
            }
        }
    }
    /* tagger positions that no rule saw */
    for (int i = 0; i < nc; i++) {
        gx_candidate *c = &cv[i];
        if (c->type != GX_ENT_POSITION || c->source != GX_SRC_TAGGER || !gx_shape_tagger_ok(eng, art, c))
            continue;
        bool seen = false;
        for (int k = 0; k < art->positions.n && !seen; k++)
            seen = art->positions.v[k].span.start < c->span.end && c->span.start < art->positions.v[k].span.end;
        if (!seen) {
            gx_position *p = GX_VEC_PUSH(art->arena, art->positions);
            p->title = gx_article_span_text(art, c->span);
            p->span = c->span;
            p->person = holder_after(art, c->span);
            p->organization = p->person >= 0 ? organization_before(art, c->span) : -1;
            give_role(art, p);
        }
    }
    /* (again: a tagger title that no rule saw may hold the chain's holder: 副部长兼国际贸易谈判|副代表王受文) */
    chained_holders(eng, art);
    country_offices(eng, art);
    /* byline roles without a span: point them at the byline's title when the text has it */
    for (int k = 0; k < art->entities.n; k++) {
        gx_entity *e = &art->entities.v[k];
        int keep = 0;
        for (int r = 0; r < e->roles.n; r++) {
            gx_role *ro = &e->roles.v[r];
            if (ro->span.start < 0) {
                bool dup = false;
                for (int q = 0; q < e->roles.n; q++)
                    dup |= q != r && e->roles.v[q].span.start >= 0 && !strcmp(e->roles.v[q].title, ro->title);
                if (dup)
                    continue;
            }
            e->roles.v[keep++] = *ro;
        }
        e->roles.n = keep;
    }
}
