/* gx_people_titles.c — title spans and their organizations, for the people rules: which title
 * words are titles (not 董事会, 会计准则, 公司|司长期), the modifiers that join a title (副, 首席,
 * 原/前, a rank's country scope), the organization named right before a title (摩尔线程创始人,
 * Latin names, across a comma, a committee of another body), and the kinds of titles some rules
 * ask about (writers, forms of address, committee posts). Part of gx_people (gx_people_impl.h). */
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "gx_people_impl.h"
#include "gx_tagger.h"

bool gx_pp_is_title_breaker(uint32_t c)
{
    /* 董事会, 记者会, 编辑部, 律师事务所, 经理层, 高管们, 大使馆, 领事馆, 董事局 (a board: 董事局主席 is
     * the chair, 主席 as CLUENER labels it, not a director) ... */
    static const uint32_t bad[] = {0x4F1A, 0x90E8, 0x5904, 0x529E, 0x5BA4, 0x56E2, 0x5C42, 0x7EA7,
                                   0x804C, 0x4F4D, 0x4EEC, 0x4E8B, 0x5E2D, 0x7EC4, 0x9986 /* 馆 */, 0x5C40 /* 局 */};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (c == bad[i])
            return true;
    return false;
}

/* Titles of company officers: the unknown name before them is a company, else an organization. */
static bool corporate_title(const gx_article *art, gx_span t)
{
    static const char *const words[] = {"董事", "总经理", "总裁", "创始人", "CEO", "CFO", "CTO", "COO",
                                        "首席", "合伙人", "董秘", "经理", "监事", "总监", "执行官"};
    const char *s = gx_article_span_text(art, t);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(s, words[i]))
            return true;
    return false;
}

/* An organisation named right before a title and not known to the lexicon: 摩尔线程创始人. */
int gx_pp_org_before_title(const gx_hit_index *ix, gx_article *art, gx_span title)
{
    /* only titles that belong to one organization (创始人, 院长), with any 副/首席 prefix; an
     * occupation (工程师, 负责人) says nothing about the words before it */
    bool anchored = false;
    for (int32_t k = title.start; k < title.end && !anchored; k++)
        anchored = gx_lexicon_is(ix->lex, GX_LEX_ORG_TITLE, art->cp + k, title.end - k);
    if (!anchored)
        return -1;
    int32_t s = gx_name_left(ix, art, title.start, 7);
    gx_span name = {s, title.start};
    int len = name.end - name.start;
    /* no clear left edge within reach: not a name */
    if (len < 2 || len > 6)
        return -1;
    /* nor is an edge at a one-character stop that opens an ordinary word with the name's first
     * character (和|谐运作中投全球董事长: 和谐): the edge cuts that word (twenty-fifth session, comp60) */
    if (s >= 1 && gx_is_cjk(art->cp[s - 1]) && gx_hit_len_ending(ix, s, GX_LEX_LEFT_STOP) == 1 &&
        gx_tagger_common_word(ix->tagger, art->cp + s - 1, 2))
        return -1;
    for (int32_t i = name.start; i < name.end; i++)
        if (!gx_is_cjk(art->cp[i]) && !gx_is_alnum(art->cp[i]))
            return -1;
    /* a time word is no organisation (三年前|总经理, 此后|董事长), nor what 由 (by) closes (会议由|董事长
     * 王建国主持: the chair of the meeting, not its organization; 极路由, a router, is a firm's name) */
    if (art->cp[name.end - 1] == 0x524D /* 前 */ || art->cp[name.end - 1] == 0x540E /* 后 */ ||
        (art->cp[name.end - 1] == 0x7531 /* 由 */ && art->cp[name.end - 2] != 0x8DEF /* 路 */))
        return -1;
    /* nor an ordinal (第一任|基金经理, 第三届|董事长) */
    if (art->cp[name.start] == 0x7B2C /* 第 */ && gx_is_numeral(art->cp[name.start + 1]))
        return -1;
    if (gx_lexicon_is(ix->lex, GX_LEX_GENERIC_BODY, art->cp + name.start, len) ||
        gx_hit_len_starting(ix, name.start, GX_LEX_POSITION) > 0 ||
        (len <= 3 && gx_hit_len_starting(ix, name.start, GX_LEX_SURNAME) > 0))
        return -1;
    bool corp = corporate_title(art, title);
    return gx_add_candidate(art, name, corp ? GX_ENT_COMPANY : GX_ENT_ORGANIZATION, GX_SRC_RULE, 0.55f, NULL, -1);
}

/* A Latin name right before a Chinese title, or before 的 and the title (Commonwealth Financial
 * Network首席投资官, Macro Risk Advisors的衍生品策略主管, OANDA亚太交易主管): the organization the
 * title is at. Two or more capitalised words, one all-capital word of four letters or more,
 * one glued word of three capitalised parts (KeithBrownandCo), one web address or CamelCase
 * word, or any name followed by 公司/网站 (Dynergy公司的总裁). */
int gx_pp_latin_org_before_title(const gx_hit_index *ix, gx_article *art, gx_span title)
{
    const uint32_t *cp = art->cp;
    int32_t end = title.start;
    if (end > 0 && cp[end - 1] == 0x7684 /* 的 */)
        end--;
    /* City Index公司的市场分析师, StockCharts.com网站首席技术分析师: the firm named before 公司 or 网站
     * (the name without it, as gx_er_latin_context_names() reads Grabat公司) */
    bool firm_word = end >= 3 && gx_is_alnum(cp[end - 3]) &&
                     ((cp[end - 2] == 0x516C && cp[end - 1] == 0x53F8) /* 公司 */ ||
                      (cp[end - 2] == 0x7F51 && cp[end - 1] == 0x7AD9) /* 网站 */);
    if (firm_word)
        end -= 2;
    if (end == 0 || !gx_is_alnum(cp[end - 1]) || gx_is_digit(cp[end - 1]))
        return -1;
    int32_t s = end, words = 0, caps_only = 1, letters = 0;
    for (;;) {
        int32_t j = s;
        while (j > 0 && (gx_is_alnum(cp[j - 1]) || cp[j - 1] == '&' || cp[j - 1] == '.' || cp[j - 1] == '-'))
            j--;
        if (j == s || !gx_is_upper(cp[j]))
            break;
        for (int32_t k = j; k < s; k++) {
            caps_only &= !(cp[k] >= 'a' && cp[k] <= 'z');
            letters += gx_is_alnum(cp[k]);
        }
        words++;
        s = j;
        if (words >= 5 || s < 2 || cp[s - 1] != ' ' || !(gx_is_alnum(cp[s - 2]) || cp[s - 2] == '.'))
            break;
        s--; /* the space */
    }
    if (s == end || (s > 0 && gx_is_alnum(cp[s - 1])))
        return -1;
    /* one glued word of three or more capitalised parts is a firm's name (KeithBrownandCo负责人) */
    int caps = 0;
    for (int32_t k = s; k < end; k++)
        caps += gx_is_upper(cp[k]);
    /* StockCharts.com首席技术分析师, GoldSilver高级贵金属分析师, ConnectU的创始人: one word that is a web
     * address or written in CamelCase (a lower-case letter before a capital) is a firm's name */
    bool web = end - s > 4 && gx_ascii_at(cp, end, end - 4, ".com", false) == 4;
    bool camel = false;
    for (int32_t k = s + 1; k + 1 < end && !camel; k++)
        camel = cp[k] >= 'a' && cp[k] <= 'z' && gx_is_upper(cp[k + 1]);
    if (!(words >= 2 || (caps_only && letters >= 4) || (words == 1 && caps >= 3 && letters >= 8) ||
          (words == 1 && letters >= 6 && (web || camel)) || (firm_word && letters >= 3)))
        return -1;
    gx_span name = {s, end};
    int prev = gx_pp_cand_ending_at(art, end, GX_ORGLIKE);
    if (prev >= 0 && art->candidates.v[prev].span.start <= s)
        return prev;
    if (gx_lexicon_is(ix->lex, GX_LEX_NOT_ENTITY, cp + s, end - s))
        return -1;
    return gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.7f, NULL, -1);
}

/* The organisation of a title across a comma, when the organisation opens the clause and a
 * holder follows the title: 据中金公司,首席经济学家梁红 / 兴业证券,首席策略分析师王德伦 (the
 * organisation at a line or sentence start, or after 据/来自). */
int gx_pp_org_across_comma(gx_article *art, gx_span ts)
{
    const uint32_t *cp = art->cp;
    int32_t s = ts.start;
    if (s < 2 || cp[s - 1] != ',')
        return -1;
    int org = gx_pp_cand_ending_at(art, s - 1, GX_ORGLIKE);
    if (org < 0)
        return -1;
    int32_t os = art->candidates.v[org].span.start;
    uint32_t b = os > 0 ? cp[os - 1] : '\n';
    bool opens = b == '\n' || b == 0x3002 /* 。 */ || b == ';' || b == '!' || b == '?' || b == ' ' ||
                 b == 0x636E /* 据 */ || (os >= 2 && cp[os - 2] == 0x6765 && b == 0x81EA /* 来自 */);
    return opens ? org : -1;
}

/* Whether 前/原 at pos ends a word of time or place (目前, 此前, 五年前, 还原, 高原, 中原) and so
 * is no 'former' marker of the title after it. */
static bool former_blocked(const gx_article *art, int32_t pos)
{
    static const char32_t before_qian[] = U"此目之日当提以年月天周事会节眼面向跟上门生空战赛午从史超先前";
    static const char32_t before_yuan[] = U"还复平高草中本太病抗燎推原";
    if (pos == 0)
        return false;
    uint32_t b = art->cp[pos - 1];
    const char32_t *set = art->cp[pos] == 0x524D ? before_qian : before_yuan;
    for (const char32_t *q = set; *q; q++)
        if (b == (uint32_t)*q)
            return true;
    /* a number before 前 is a time (3年前 is caught above; 30前 is none of ours) */
    return gx_is_digit(b);
}

/* Modifiers that belong to the title right after them: 副, 首席, 高级, 常务, 执行, 资深, 代理,
 * 相关, 联席, 名誉, 荣誉, 轮值, 候任, 下任, 终身 (首席投资总监, 常务副总经理, 相关负责人, 名誉主任). */
int32_t gx_pp_title_prefixes(const gx_article *art, int32_t start)
{
    static const uint32_t one[] = {0x526F /* 副 */, 0x539F /* 原 */, 0x524D /* 前 */};
    static const uint32_t two[][2] = {{0x9996, 0x5E2D}, {0x9AD8, 0x7EA7}, {0x5E38, 0x52A1}, {0x6267, 0x884C},
                                      {0x8D44, 0x6DF1}, {0x4EE3, 0x7406}, {0x76F8, 0x5173}, {0x8054, 0x5E2D},
                                      /* 名誉 荣誉 轮值 候任 下任 终身 (名誉主任, 轮值董事长, 候任主席, 终身教授;
                                       * 下任主席鲍威尔: designated, as 候任) */
                                      {0x540D, 0x8A89}, {0x8363, 0x8A89}, {0x8F6E, 0x503C}, {0x5019, 0x4EFB},
                                      {0x4E0B, 0x4EFB}, {0x7EC8, 0x8EAB}};
    for (int guard = 0; guard < 3 && start > 0; guard++) {
        bool moved = false;
        if (start >= 2)
            for (size_t i = 0; i < sizeof two / sizeof two[0] && !moved; i++)
                if (art->cp[start - 2] == two[i][0] && art->cp[start - 1] == two[i][1]) {
                    start -= 2;
                    moved = true;
                }
        /* 副 joins; so does 原/前 (former: 魅族科技|前高级副总裁), unless it closes a time or
         * place word (目前, 此前, 日前, 提前, 年前, 还原, 高原) */
        if (!moved && art->cp[start - 1] == one[0]) {
            start--;
            moved = true;
        }
        if (!moved && (art->cp[start - 1] == one[1] || art->cp[start - 1] == one[2]) && !former_blocked(art, start - 1)) {
            start--;
            moved = true;
        }
        if (!moved)
            break;
    }
    return start;
}

/* A country or a language between a rank and a title is the title's scope (资深|美国|分析师,
 * 首席|中文|分析师, 首席|中国|经济学家): its length when a rank word (首席, 资深, 高级) comes right
 * before it, else 0. Without the rank the country is the title's owner (美国|总统). */
int32_t gx_pp_covered_scope(const gx_hit_index *ix, const gx_article *art, int32_t start)
{
    static const char32_t *const LANG[] = {U"中文", U"英文", U"日文", U"华语", NULL};
    static const char32_t *const RANK[] = {U"首席", U"资深", U"高级", NULL};
    int32_t r = gx_hit_len_ending(ix, start, GX_LEX_REGION);
    if (r == 0)
        r = gx_word_ending(art->cp, 0, start, LANG);
    if (r == 0 || gx_word_ending(art->cp, 0, start - r, RANK) == 0)
        return 0;
    return r;
}

/* Is the text at s the name of one of the article's byline authors? */
bool gx_pp_is_author(gx_article *art, gx_span s)
{
    const char *name = gx_article_span_text(art, s);
    for (int a = 0; name && a < art->authors.n; a++)
        if (art->authors.v[a].name && !strcmp(art->authors.v[a].name, name))
            return true;
    return false;
}

/* Is a title word that ends at pos a modifier of the noun after it (会计|准则, 会计|年度,
 * 明星|企业, 明星|基金, 股东|大会, 股东|权益): no person is meant. */
bool gx_pp_modifier_title(const gx_article *art, int32_t pos)
{
    static const char32_t *const HEADS[] = {
        U"准则", U"年度", U"报表", U"政策", U"手段", U"制度", U"信息", U"差错", U"错误", U"科目", U"核算",
        U"标准", U"企业", U"基金", U"产品", U"行业", U"个股", U"城市", U"项目", U"效应", U"大会",
        U"权益", U"户数", U"名册", U"回报", U"事务所", U"师事务所", NULL};
    if (pos >= art->ncp || !gx_is_cjk(art->cp[pos]))
        return false;
    return gx_word_at(art, pos, HEADS) > 0;
}

/* Does a title word starting at pos begin inside a company or body word (公司|司长期, 部门|门将,
 * 集团|团长期), a market's stock word (美股|股长牛之后, A股|股长期), 银行 (银行|行长期贷款) or a word
 * ending in 议 (倡议|议员工, 建议|议员工; not 会议: 国会议员 is a member's title): the title is a
 * misreading of that word and what follows. */
bool gx_pp_title_inside_word(const gx_article *art, int32_t pos)
{
    static const char32_t *const WORDS[] = {U"公司", U"部门", U"集团", U"美股", U"港股", U"个股", U"新股", U"A股",
                                            U"B股", U"H股", U"银行", U"倡议", U"建议", U"提议", U"决议",
                                            U"协议", U"审议", U"抗议", U"争议", U"异议", NULL};
    if (pos < 1 || pos + 1 > art->ncp)
        return false;
    for (int k = 0; WORDS[k]; k++)
        if (art->cp[pos - 1] == (uint32_t)WORDS[k][0] && art->cp[pos] == (uint32_t)WORDS[k][1])
            return true;
    return false;
}

/* A post one holds on a committee: 委员, 主任, 副主任, 主席, 副主席, 成员. */
bool gx_pp_committee_post(const gx_article *art, gx_span t)
{
    static const char32_t *const POSTS[] = {U"委员", U"主任", U"副主任", U"主席", U"副主席", U"成员", NULL};
    int32_t n = gx_word_at(art, t.start, POSTS);
    return n == t.end - t.start;
}

/* Where the committee starts in an organization name that ends in 委员会 after another body's
 * name (博智宏观论坛|学术委员会, 董事会|发展战略委员会): the end of the last organization suffix,
 * 董事会/大会 or 公司/集团 that leaves a committee name of two or more characters; else o.start
 * (证券|交易委员会 is no such split: 证券 is a company suffix, not a body). */
int32_t gx_pp_committee_split(const gx_hit_index *ix, const gx_article *art, gx_span o)
{
    const uint32_t *cp = art->cp;
    if (o.end - o.start < 7 || cp[o.end - 3] != 0x59D4 || cp[o.end - 2] != 0x5458 || cp[o.end - 1] != 0x4F1A /* 委员会 */)
        return o.start;
    for (int32_t k = o.end - 5; k >= o.start + 2; k--) {
        if (gx_hit_len_ending(ix, k, GX_LEX_ORG_SUFFIX) > 0 ||
            (cp[k - 1] == 0x4F1A && (cp[k - 2] == 0x4E8B || cp[k - 2] == 0x5927) /* 事会, 大会 */) ||
            (cp[k - 1] == 0x53F8 && cp[k - 2] == 0x516C) /* 公司 */ || (cp[k - 1] == 0x56E2 && cp[k - 2] == 0x96C6) /* 集团 */)
            return k;
    }
    return o.start;
}

/* Does the text at [s, e) equal w? */
static bool span_is(const gx_article *art, int32_t s, int32_t e, const char32_t *w)
{
    int32_t k = 0;
    for (; w[k]; k++)
        if (s + k >= e || art->cp[s + k] != (uint32_t)w[k])
            return false;
    return s + k == e;
}

/* Titles a byline or an editor's note gives a writer: 作者, 记者, 编辑, 编译 … */
bool gx_pp_writer_title(const gx_article *art, gx_span t)
{
    static const char32_t *const words[] = {U"作者", U"记者", U"编辑", U"责任编辑", U"编译", U"撰稿人", U"译者", U"通讯员", U"特约记者"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (span_is(art, t.start, t.end, words[i]))
            return true;
    return false;
}

/* Titles used to address their holder, written after the name (with any 副 prefix): 主席,
 * 董事长, 总裁, 行长, 教授 … */
bool gx_pp_address_title(const gx_article *art, gx_span t)
{
    static const char32_t *const words[] = {U"主席", U"董事长", U"总经理", U"总裁", U"行长", U"局长", U"部长", U"省长",
                                            U"市长", U"主任", U"书记", U"院长", U"校长", U"所长", U"会长", U"理事长",
                                            U"秘书长", U"总理", U"总统", U"首相", U"总书记", U"教授", U"老师", U"院士",
                                            U"博士", U"律师", U"导演", U"教练", U"主教练", U"总监", U"经理", U"董事",
                                            U"委员", U"处长", U"厅长", U"司长", U"署长", U"县长", U"区长", U"镇长",
                                            U"总编", U"主编", U"总工程师", U"大使", U"议员",
                                            U"上将", U"中将", U"少将"};
    int32_t s = t.start;
    if (s < t.end && art->cp[s] == 0x526F) /* 副 */
        s++;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (art->cp[s] == (uint32_t)words[i][0] && span_is(art, s, t.end, words[i]))
            return true;
    return false;
}
