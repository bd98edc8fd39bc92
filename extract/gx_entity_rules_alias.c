/* gx_entity_rules_alias.c — names the text declares or quotes: aliases (X(简称“Y”), X(以下简称
 * "Y")), a Latin gloss after a Chinese company name (盛宝银行(Saxo Bank)), short quoted names
 * before a company word (“星火”公司), and every other occurrence of such a name. Part of the
 * entity rules (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"

/* ------------------------------------------------------------------ alias rule */

static bool is_open_quote(uint32_t c)
{
    return c == 0x201C || c == '"' || c == 0x300C || c == 0x2018 || c == 0x300E;
}
static bool is_close_quote(uint32_t c)
{
    return c == 0x201D || c == '"' || c == 0x300D || c == 0x2019 || c == 0x300F;
}

/* An occurrence at i of the text at model; none inside skip (an alias inside the name it
 * abbreviates: 安徽|淮化股份|有限公司(下称淮化股份) is one mention, the legal name's). */
static void add_occurrence(gx_article *art, gx_span model, int32_t i, gx_ent_type type, gx_cand_source src,
                           float score, int32_t link, gx_span skip)
{
    int32_t n = model.end - model.start;
    const uint32_t *w = art->cp + model.start;
    if (i + n > art->ncp || i == model.start || memcmp(art->cp + i, w, sizeof(uint32_t) * (size_t)n) != 0)
        return;
    if (i >= skip.start && i + n <= skip.end)
        return;
    if (gx_is_alnum(w[0]) && i > 0 && gx_is_alnum(art->cp[i - 1]))
        return;
    if (gx_is_alnum(w[n - 1]) && i + n < art->ncp && gx_is_alnum(art->cp[i + n]))
        return;
    gx_add_candidate(art, (gx_span){i, i + n}, type, src, score, NULL, link);
}

/* Every other occurrence of the text at model outside skip, in order of position. */
static void add_all_outside(const gx_hit_index *ix, gx_article *art, gx_span model, gx_ent_type type,
                            gx_cand_source src, float score, int32_t link, gx_span skip)
{
    if (model.end - model.start >= 2) {
        for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + model.start); i1 > 0; i1 = ix->text.next[i1 - 1])
            add_occurrence(art, model, i1 - 1, type, src, score, link, skip);
    } else {
        for (int32_t i = 0; i + (model.end - model.start) <= art->ncp; i++)
            add_occurrence(art, model, i, type, src, score, link, skip);
    }
}

/* Every other occurrence of the text at model, in order of position. */
void gx_er_add_all_occurrences(const gx_hit_index *ix, gx_article *art, gx_span model, gx_ent_type type,
                                gx_cand_source src, float score, int32_t link)
{
    add_all_outside(ix, art, model, type, src, score, link, (gx_span){0, 0});
}

/* The end of an alias declared without quotes that starts at j ((下称:弘酬投资), (以下简称三三工业)):
 * two to twelve Chinese characters, letters or digits closed by ')'; -1 when none, or when it is
 * a word for a party (本公司, 委托方, 发行人) or a function word rather than a name. */
static int32_t unquoted_alias(const gx_hit_index *ix, const gx_article *art, int32_t j)
{
    const uint32_t *cp = art->cp;
    int32_t e = j;
    while (e < art->ncp && e - j <= 12 && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
        e++;
    if (e >= art->ncp || cp[e] != ')' || e - j < 2 || e - j > 12)
        return -1;
    uint32_t first = cp[j], last = cp[e - 1];
    if (first == 0x672C /* 本 */ || first == 0x8BE5 /* 该 */ || first == 0x6211 /* 我 */ || last == 0x65B9 /* 方 */ ||
        last == 0x4EBA /* 人 */)
        return -1;
    const gx_lex_kind NOT[] = {GX_LEX_GENERIC_BODY, GX_LEX_NOT_ENTITY, GX_LEX_LEFT_STOP, GX_LEX_COMPANY_SUFFIX,
                               GX_LEX_POSITION};
    for (size_t k = 0; k < sizeof NOT / sizeof NOT[0]; k++)
        if (gx_lexicon_is(ix->lex, NOT[k], cp + j, e - j))
            return -1;
    if (gx_word_at(art, j, (const char32_t *const[]){U"公司", U"上市公司", U"标的公司", U"目标公司", NULL}) == e - j)
        return -1;
    return e;
}

/* The start of a name the gazetteer knows that the company candidate p, read by a rule or the
 * tagger, starts inside of (全国中小企业股份转让[系统|有限责任公司]: the suffix rule stopped at the
 * known name), or -1. */
static int32_t known_name_across(const gx_article *art, gx_candidate p)
{
    if (p.source == GX_SRC_GAZETTEER || p.source == GX_SRC_TICKER || p.type != GX_ENT_COMPANY)
        return -1;
    int32_t best = -1;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source == GX_SRC_GAZETTEER && (GX_ORGLIKE & (1u << c->type)) && c->span.start < p.span.start &&
            c->span.end > p.span.start && c->span.end < p.span.end && (best < 0 || c->span.start < best))
            best = c->span.start;
    }
    return best;
}

void gx_er_alias_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    static const uint32_t jc[] = {0x7B80, 0x79F0};         /* 简称 */
    static const uint32_t yxjc[] = {0x4EE5, 0x4E0B, 0x7B80, 0x79F0}; /* 以下简称 */
    static const uint32_t xc[] = {0x4E0B, 0x79F0};         /* 下称 */
    static const uint32_t yxc[] = {0x4EE5, 0x4E0B, 0x79F0}; /* 以下称 */
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(')
            continue;
        int32_t j = i + 1;
        if (gx_er_match_utf8_word(art, j, art->ncp, yxjc, 4))
            j += 4;
        else if (gx_er_match_utf8_word(art, j, art->ncp, yxc, 3))
            j += 3;
        else if (gx_er_match_utf8_word(art, j, art->ncp, jc, 2) || gx_er_match_utf8_word(art, j, art->ncp, xc, 2))
            j += 2;
        else if (!is_open_quote(cp[j]))
            continue;
        bool declared = j > i + 1; /* 简称, 下称 … before the alias */
        while (j < art->ncp && (cp[j] == 0x4E3A /* 为 */ || cp[j] == ':' || cp[j] == ' '))
            j++;
        int32_t as, ae;
        if (j < art->ncp && is_open_quote(cp[j])) {
            as = ae = j + 1;
            while (ae < art->ncp && !is_close_quote(cp[ae]) && ae - as < 30 && cp[ae] != '\n')
                ae++;
            if (ae >= art->ncp || !is_close_quote(cp[ae]) || ae - as < 2)
                continue;
        } else if (!declared || (ae = unquoted_alias(ix, art, j)) < 0 || gx_er_cand_ending_at(art, i, GX_ORGLIKE) < 0) {
            continue;
        } else {
            as = j; /* (下称:弘酬投资), (以下简称三三工业): only after a name already read */
        }
        /* (a kind, a thing or an act declared: 询价配售(以下简称“网下发行”)) */
        if (gx_er_alias_of_term(ix, art, (gx_span){gx_name_left(ix, art, i, 30), i}, (gx_span){as, ae})) {
            i = ae;
            continue;
        }
        /* the declared name before the parenthesis */
        int prev = gx_er_cand_ending_at(art, i, GX_ORGLIKE);
        gx_span name;
        gx_ent_type type = GX_ENT_COMPANY;
        int target;
        int32_t wide = prev >= 0 ? known_name_across(art, art->candidates.v[prev]) : -1;
        if (prev >= 0 && wide >= 0) {
            /* 全国中小企业股份转让|系统有限责任公司(下称股转公司): the legal name starts where the known
             * name it is built on starts */
            name = (gx_span){wide, i};
            target = gx_add_candidate(art, name, type, GX_SRC_RULE, 0.85f, NULL, -1);
        } else if (prev >= 0) {
            name = art->candidates.v[prev].span;
            while (name.start < name.end && cp[name.start] == ' ') /* 、 巨人投资有限公司 */
                name.start++;
            type = art->candidates.v[prev].type;
            target = gx_add_candidate(art, name, type, GX_SRC_RULE, 0.85f,
                                      art->candidates.v[prev].canonical, -1);
            art->candidates.v[target].ticker = art->candidates.v[prev].ticker;
            art->candidates.v[target].lex_id = art->candidates.v[prev].lex_id;
        } else {
            int32_t s = gx_name_left(ix, art, i, 30);
            name = (gx_span){s, i};
            if (name.end - name.start < 2)
                continue;
            target = gx_add_candidate(art, name, type, GX_SRC_RULE, 0.85f, NULL, -1);
        }
        gx_span alias = {as, ae};
        gx_add_candidate(art, alias, type, GX_SRC_ALIAS, 0.95f, NULL, target);
        add_all_outside(ix, art, alias, type, GX_SRC_ALIAS, 0.9f, target, name);
        gx_er_add_all_occurrences(ix, art, name, type, GX_SRC_ALIAS, 0.85f, target);
        i = ae;
    }
}

/* A company's name in Latin letters in brackets right after its Chinese name is its alias:
 * 摩根大通资产管理(JPMorgan Asset Management), 盛宝银行(Saxo Bank). Two words or more, the first
 * capitalised, nothing but letters, digits, spaces and . & , - ' inside (a ticker such as
 * (NASDAQ: NVDA) or (00700) is no gloss); the whole gloss then outranks a shorter gazetteer name
 * inside it (JPMorgan, the parent bank). */
/* Whether a Latin name holds a word of a firm's name (Group, Bank, Capital, Management …). */
static bool latin_business_word(const gx_article *art, gx_span s)
{
    for (int32_t k = s.start; k < s.end; k++) {
        if (!gx_is_upper(art->cp[k]) || (k > s.start && art->cp[k - 1] != ' '))
            continue;
        int32_t e = k;
        while (e < s.end && gx_is_alnum(art->cp[e]))
            e++;
        if (gx_latin_firm_word(art, (gx_span){k, e}))
            return true;
    }
    return false;
}

/* The company a gloss opening at i names: the longest gazetteer or ticker name ending there (瑞银集团,
 * not the tagger's ”瑞银集团 over a quote mark), else any company candidate ending there. */
static int gloss_target(const gx_article *art, int32_t i)
{
    int best = -1;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.end == i && c->type == GX_ENT_COMPANY && (c->source == GX_SRC_GAZETTEER || c->source == GX_SRC_TICKER) &&
            (best < 0 || c->span.start < art->candidates.v[best].span.start))
            best = k;
    }
    return best >= 0 ? best : gx_er_cand_ending_at(art, i, 1 << GX_ENT_COMPANY);
}

void gx_er_latin_gloss_rule(gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    struct gloss_seen {
        gx_span gloss, target;
    } seen[16]; /* the glosses read so far and their names */
    int nseen = 0;
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(' || i == 0 || !gx_is_cjk(cp[i - 1]) || i + 2 >= art->ncp || !gx_is_upper(cp[i + 1]))
            continue;
        int32_t j = i + 1, words = 1;
        bool ok = true;
        while (j < art->ncp && j - i <= 60 && cp[j] != ')' && ok) {
            uint32_t c = cp[j];
            ok = gx_is_alnum(c) || c == ' ' || c == '.' || c == '&' || c == ',' || c == '-' || c == '\'';
            if (c == ' ' && j + 1 < art->ncp && gx_is_alnum(cp[j + 1]))
                words++;
            j++;
        }
        /* (one word when it is a firm's name without its spaces: 宏图资本(AtlasCapitalManagement)) */
        if (!ok || j >= art->ncp || cp[j] != ')' || cp[j - 1] == ' ' ||
            (words < 2 && !gx_latin_camel_firm(art, (gx_span){i + 1, j})))
            continue;
        int prev = gloss_target(art, i);
        if (prev < 0 || (words == 2 && !latin_business_word(art, (gx_span){i + 1, j})))
            continue; /* First Last: a person's name (凯利(David Kelly)) */
        /* the same gloss written again names the same Chinese name: a suffix's longer reading
         * there (人头攒动，高朋满座宏图资本(AtlasCapitalManagement) after 宏图资本(AtlasCapitalManagement))
         * is cut to the name glossed before */
        int32_t glen = j - (i + 1);
        if (art->candidates.v[prev].source == GX_SRC_RULE && art->candidates.v[prev].link == GX_LINK_SUFFIX_ONLY)
            for (int g = 0; g < nseen; g++) {
                int32_t tl = seen[g].target.end - seen[g].target.start;
                if (seen[g].gloss.end - seen[g].gloss.start == glen && tl < i - art->candidates.v[prev].span.start &&
                    !memcmp(cp + seen[g].gloss.start, cp + i + 1, sizeof(uint32_t) * (size_t)glen) &&
                    !memcmp(cp + seen[g].target.start, cp + i - tl, sizeof(uint32_t) * (size_t)tl)) {
                    prev = gx_add_candidate(art, (gx_span){i - tl, i}, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
                    break;
                }
            }
        if (nseen < (int)(sizeof seen / sizeof seen[0]))
            seen[nseen++] = (struct gloss_seen){{i + 1, j}, art->candidates.v[prev].span};
        /* a name only its suffix supported (方源资本) is a firm's name when a firm's Latin name
         * glosses it: a candidate of its own, which the gloss names */
        if (art->candidates.v[prev].source == GX_SRC_RULE && art->candidates.v[prev].link == GX_LINK_SUFFIX_ONLY)
            prev = gx_add_candidate(art, art->candidates.v[prev].span, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
        gx_add_candidate(art, (gx_span){i + 1, j}, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.9f, NULL, prev);
        i = j;
    }
}

/* “保护者”共同基金公司, “星火”公司: a short quoted name right before a company word. */
void gx_er_quoted_names(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_QUOTE], i, art->ncp)) < art->ncp; i++) {
        if (!is_open_quote(cp[i]))
            continue;
        int32_t e = i + 1;
        while (e < art->ncp && e - i <= 10 && !is_close_quote(cp[e]) && (gx_is_cjk(cp[e]) || gx_is_alnum(cp[e])))
            e++;
        if (e >= art->ncp || !is_close_quote(cp[e]) || e - i < 3)
            continue;
        /* up to six characters of description, then 公司/集团/有限公司 */
        for (int32_t k = e + 1; k < art->ncp && k - e <= 7; k++) {
            if (!gx_is_cjk(cp[k]))
                break;
            if (k + 1 < art->ncp && ((cp[k] == 0x516C && cp[k + 1] == 0x53F8) || (cp[k] == 0x96C6 && cp[k + 1] == 0x56E2))) {
                gx_span n = {i, k + 2};
                /* the description is no clause (“延期购回”成为|上市公司, “X”前十名的|基金公司,
                 * “供给侧”改革对|上市公司) and not a kind of company alone (“X”上市|公司) */
                bool clause = false;
                for (int32_t q = e + 1; q < k && !clause; q++)
                    clause = gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) >= 2 || cp[q] == 0x7684 /* 的 */;
                if (k > e + 1 && gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, cp + e + 1, k - (e + 1)))
                    clause = true;
                if (k - (e + 1) >= 2 && cp[k - 2] == 0x4E0A && cp[k - 1] == 0x5E02) /* …上市|公司 */
                    clause = true;
                /* a quoted word right before 公司 (“爆雷”公司, “壳资源”公司) is a kind of company
                 * unless the article uses it as a name again, without the quotes */
                if (!clause && k == e + 1) {
                    int32_t qlen = e - (i + 1);
                    int uses = 0;
                    for (int32_t i1 = qlen >= 2 ? gx_text_ix_first(&ix->text, cp + i + 1) : 0; i1 > 0 && !uses;
                         i1 = ix->text.next[i1 - 1]) {
                        int32_t at = i1 - 1;
                        uses = at != i + 1 && at + qlen <= art->ncp && at > 0 && !is_open_quote(cp[at - 1]) &&
                               !memcmp(cp + at, cp + i + 1, sizeof(uint32_t) * (size_t)qlen);
                    }
                    clause = !uses;
                }
                if (!clause && !gx_er_has_list_block(ix, e + 1, k))
                    gx_add_candidate(art, n, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
                break;
            }
        }
        i = e;
    }
}

/* Whether [e, i) is empty or the rest of a firm's Latin legal name after a name read shorter
 * (Temasek Holdings| (Private) Limited(淡马锡)): up to 30 letters, spaces and . , & ( ), opening
 * on a space or a bracket, every word capitalised (not Apple| and Google) and no company's name
 * starting inside (not Apple|, Google(谷歌): the gloss is Google's). */
static bool latin_tail(const gx_article *art, int32_t e, int32_t i)
{
    const uint32_t *cp = art->cp;
    if (e == i)
        return true;
    if (i - e > 30 || (cp[e] != ' ' && cp[e] != '('))
        return false;
    for (int32_t k = e; k < i; k++) {
        uint32_t c = cp[k];
        if (!gx_is_alnum(c) && c != ' ' && c != '(' && c != ')' && c != '.' && c != ',' && c != '&')
            return false;
        if (gx_is_alnum(c) && !gx_is_alnum(cp[k - 1]) && !gx_is_upper(c))
            return false;
    }
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_COMPANY && c->span.start > e && c->span.start < i)
            return false;
    }
    return true;
}

/* A company's Chinese name in brackets right after its Latin name is the same company:
 * Temasek Holdings(淡马锡), SoftBank Group(软银集团). Both names must already be company
 * candidates (the Latin one ending at the bracket, the Chinese one filling it, nothing but Chinese
 * characters inside), so the rule only joins two names the article already reads as firms; every
 * other mention of the Chinese name then names the Latin one's company. */
void gx_er_chinese_gloss_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(' || i == 0 || !gx_is_alnum(cp[i - 1]) || i + 3 >= art->ncp || !gx_is_cjk(cp[i + 1]))
            continue;
        int32_t j = i + 1;
        while (j < art->ncp && j - i <= 12 && gx_is_cjk(cp[j]))
            j++;
        if (j >= art->ncp || cp[j] != ')' || j - i < 3)
            continue;
        int inner = -1;
        int n = art->candidates.n;
        for (int k = 0; k < n && inner < 0; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type == GX_ENT_COMPANY && c->span.start == i + 1 && c->span.end == j)
                inner = k;
        }
        if (inner < 0)
            continue;
        /* every reading of the Latin name (Temasek, Temasek Holdings, Temasek Holdings Limited):
         * the Chinese name joins whichever resolution keeps */
        gx_span name = {i + 1, j};
        int first = -1;
        for (int k = 0; k < n; k++) {
            const gx_candidate *c = &art->candidates.v[k];
            if (c->type != GX_ENT_COMPANY || c->span.end > i || !gx_is_alnum(cp[c->span.start]) ||
                !latin_tail(art, c->span.end, i))
                continue;
            gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.9f, NULL, k);
            if (first < 0)
                first = k;
        }
        if (first >= 0)
            gx_er_add_all_occurrences(ix, art, name, GX_ENT_COMPANY, GX_SRC_ALIAS, 0.85f, first);
        i = j;
    }
}
