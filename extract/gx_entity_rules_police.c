/* gx_entity_rules_police.c — the police of a place named by a place and a police word: 广州公安 (the
 * public security of Guangzhou), 江苏经侦 (the economic-crime police of Jiangsu), 海淀公安分局,
 * 北京朝阳经侦大队, 宝安区经侦部门. Readers of Chinese news name a city's or a district's police so,
 * without the bureau's full name (广州市公安局); the place alone is a location and the police word
 * alone a kind (公安, 经侦), but the two together are one state body. Part of the entity rules
 * (gx_entity_rules_impl.h); docs/government.md says what counts as government. */
#include <stdbool.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

/* The police words after a place are cues.tsv police_word (公安, 经侦, 警方, 网警, 刑警; 警方, the police:
 * 绍兴越城警方, a district the tagger read after its city; a region's 警方 is also composed by
 * region_suffixes.tsv, 上海警方), each two characters; a unit of the police that may follow the word, part
 * of the body's name, is cues.tsv police_unit (海淀公安|分局, 朝阳经侦|大队, 宝安区经侦|部门, 上海公安|机关). */

/* The start of the place that ends at `end`: the longest region or country of the lexicon
 * (广州, 江苏, 广州市) or prefecture-level city of cities.tsv (常德, 常德市), or a location the tagger read (海淀, 北京朝阳, 锦江区), whichever starts
 * first; -1 if none. */
static int32_t place_before(const gx_hit_index *ix, const gx_article *art, int32_t end)
{
    int32_t start = -1;
    int r = gx_hit_len_ending(ix, end, GX_LEX_REGION);
    int rc = gx_hit_len_ending(ix, end, GX_LEX_CITY); /* a prefecture-level city (cities.tsv): 常德, 常德市 */
    if (rc > r)
        r = rc;
    if (r >= 2)
        start = end - r;
    else if (end >= 2 && art->cp[end - 2] == 0x9996 /* 首 */ && art->cp[end - 1] == 0x90FD /* 都 */)
        start = end - 2; /* the capital's: 首都网警 (gov25) */
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->source == GX_SRC_TAGGER && c->type == GX_ENT_LOCATION && c->span.end == end &&
            c->span.end - c->span.start >= 2 && c->span.end - c->span.start <= 6 && (start < 0 || c->span.start < start))
            start = c->span.start;
    }
    /* a city of the lexicon and a district of two characters that no list holds (深圳福田警方, 常德武陵警方,
     * 滨州沾化警方; gov25); not a word for "the local" or "both places" (上海当地警方, 广佛两地警方) */
    if (start < 0 && end >= 4 && gx_is_cjk(art->cp[end - 2]) && gx_is_cjk(art->cp[end - 1]) &&
        !gx_cp_in(art->cp[end - 1], U"地区方市省县内外部间侧边") && !gx_cp_in(art->cp[end - 2], U"被在与向和及由对从已也")) {
        int r2 = gx_hit_len_ending(ix, end - 2, GX_LEX_REGION);
        int rc2 = gx_hit_len_ending(ix, end - 2, GX_LEX_CITY);
        if (rc2 > r2)
            r2 = rc2;
        if (r2 >= 2)
            start = end - 2 - r2;
    }
    return start;
}

/* Is [start, end) inside a company's name read around it, the name going on in the same word
 * (湖北公安|外资行下乡试贷款公司: 公安 is the county there; not 深圳公安|@北京公安, a reading across a
 * mark)? */
static bool in_company_name(const gx_article *art, int32_t start, int32_t end)
{
    if (end >= art->ncp || !gx_is_cjk(art->cp[end]))
        return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type == GX_ENT_COMPANY && c->span.start <= start && c->span.end > end)
            return true;
    }
    return false;
}

/* The police unit named by its kind of crime alone, the case's police (gov27): 经侦 (经侦来了公司, 被经侦定性诈骗,
 * 经侦也没有答复; the golds of h50, h56 and h60 count it every time, as CLUENER counts 经侦部门), 经侦部门, and
 * 刑警部门 (刑警部门能治理…). Not a unit of a body or place written before it (省公安厅|经侦总队), not 经
 * of another word before 侦查/侦破/侦办 (已经|侦破, 曾经|侦办), nor inside a longer word (神经, 正经). Bare 公安,
 * 警方 and 网警 stay kinds (cues.tsv not_entity: 警方). */
static bool bare_unit(const gx_article *art, int32_t p, int32_t e)
{
    const uint32_t *cp = art->cp;
    /* not a unit of the body or place written before it (省公安厅|经侦总队, 黄山市公安局|刑警支队) */
    if (p > 0 && gx_cp_in(cp[p - 1], U"局厅部处院委办府队所市省县区州镇乡村国司"))
        return false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->span.end == p && c->span.end > c->span.start &&
            (c->type == GX_ENT_GOVERNMENT || c->type == GX_ENT_LOCATION || c->type == GX_ENT_COMPANY))
            return false;
    }
    /* 刑警 only with 部门 (刑警部门能治理…); a brigade alone is a résumé's or a kind's (从刑警大队科员做起) */
    if (cp[p] == 0x5211 /* 刑 */)
        return e == p + 4 && cp[p + 2] == 0x90E8 /* 部 */ && cp[p + 3] == 0x95E8 /* 门 */;
    if (cp[p] != 0x7ECF /* 经 */)
        return false;
    if (e == p + 2 && e < art->ncp && gx_cp_in(cp[e], U"查破办察讯测结"))
        return false;
    return p == 0 || !gx_cp_in(cp[p - 1], U"已曾神正业历未途圣佛取");
}

/* 广州公安, 江苏经侦, 海淀公安分局, 北京朝阳经侦大队: a place right before 公安 or 经侦 (and a police
 * unit, if one follows) is that place's police, a government body. Not when the word goes on into
 * another body or a place the lexicon and the other rules read (广州公安|局, 江苏公安|厅, 中国公安|部,
 * 湖北公安|县: a county), nor into a school (公安|大学, 公安|院校). */
void gx_er_police_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* (the police words' hits ascend, one a place: the words are two characters, none twice) */
    for (int k = gx_hit_first(ix, GX_LEX_POLICE_WORD); k < ix->n; k = gx_hit_next(ix, k)) {
        int32_t p = ix->hits[k].start;
        int32_t e = ix->hits[k].end;
        e += gx_lex_word_at(ix->lex, GX_LEX_POLICE_UNIT, art, e);
        if (e == p + 2 && e < art->ncp && gx_cp_in(cp[e], U"局厅部县处所院校学委"))
            continue;
        bool unit = e > p + 2;
        /* 刑警 (a detective) names a body only with its unit (广州刑警支队, 刑警部门) */
        if (cp[p] == 0x5211 /* 刑 */ && !unit)
            continue;
        int32_t start = p >= 2 ? place_before(ix, art, p) : -1;
        if (start < 0 && bare_unit(art, p, e))
            start = p;
        if (start < 0 || in_company_name(art, start, e))
            continue;
        gx_er_add_body(art, (gx_span){start, e}, 0.85f, NULL);
    }
}

/* Whether the text writes to a state body's account other than t[s..e) (a body right after an @),
 * and no company's name covers the place of t[s..e) (after its 平安). */
static bool other_account(const gx_article *art, int32_t s, int32_t e)
{
    bool other = false;
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        /* (平安 alone, the insurer's short name, covers no place; the tagger's guess is no name
         * known) */
        if (c->type == GX_ENT_COMPANY && c->source != GX_SRC_TAGGER && c->span.start < e &&
            c->span.end > s + 2)
            return false;
        if (c->type == GX_ENT_GOVERNMENT && c->span.start >= 1 &&
            art->cp[c->span.start - 1] == '@' && c->span.start != s)
            other = true;
    }
    return other;
}

/* @平安北京, @平安杭州, @平安朝阳: a police's account on a microblog, named 平安 (safe) and its
 * place, is that place's police when it is written as an account (right after @, ending at the
 * account's end: a mark, a space or the next @). Without @ the words name a campaign
 * (建设平安北京), and 平安 opens a firm's name
 * (@平安银行, @平安普惠: no place after 平安), so only a region of the lexicon or a location the
 * tagger read, filling the account's name, counts (gov25); or any place of two characters (a
 * district: 朝阳; a region's old name: 南粤) when the text writes to another state body's account
 * too (@平安北京@平安朝阳,
 * @南昌公安@平安南粤: people28) and no company's name covers the account (@平安银行, @平安普惠). */
void gx_er_police_account_rule(const gx_hit_index *ix, gx_article *art)
{
    static const char32_t *const SAFE[] = {U"平安", NULL};
    const uint32_t *cp = art->cp;
    int32_t n;
    int32_t *at = gx_text_ix_words(&ix->text, art, SAFE, &n);
    /* (two passes: the accounts of listed places first, which are the other accounts of the second)
     */
    for (int pass = 0; pass < 2; pass++) {
        for (int32_t i = 0; i < n; i++) {
            int32_t s = at[i], p = at[i] + 2, e = p;
            if (s < 1 || cp[s - 1] != '@')
                continue;
            while (e < art->ncp && e - p <= 6 && gx_is_cjk(cp[e]))
                e++;
            if (e - p < 2 || e - p > 6 || (e < art->ncp && gx_is_cjk(cp[e])))
                continue;
            bool place = gx_hit_len_starting(ix, p, GX_LEX_REGION) == e - p;
            for (int k = 0; k < art->candidates.n && !place; k++) {
                const gx_candidate *c = &art->candidates.v[k];
                place = c->source == GX_SRC_TAGGER && c->type == GX_ENT_LOCATION &&
                        c->span.start == p && c->span.end == e;
            }
            if (place != (pass == 0) || (pass == 1 && (e - p != 2 || !other_account(art, s, e))))
                continue;
            gx_er_add_body(art, (gx_span){s, e}, 0.85f, NULL);
        }
    }
}

/* @杭州检察, @滨江检察, @杭州信访, @荆门网警巡查执法: a state body's account on a microblog, named by its place
 * and its trade (cues.tsv account_trade: 检察, a procuratorate; 信访, a petition office; 网警, 公安, 警方, the
 * police; 法院, a court),
 * perhaps with a motto after (巡查执法, 在线), is that place's body: people write to the accounts of the
 * bodies that handle their case. The account's opening @ is the place's left edge, so a place no list
 * holds (滨江, 荆门: a district, a prefecture) counts when it is two characters, or three ending in its
 * level (市 区 县 省); the account ends at a mark, a space or the next @ (at most six characters after the
 * trade). The body is the place and the trade (荆门网警), the motto left out. (people38) */
void gx_er_body_account_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    /* (the trades of cues.tsv account_trade, two characters each: their hits ascend, one a place) */
    for (int h = gx_hit_first(ix, GX_LEX_ACCOUNT_TRADE); h < ix->n; h = gx_hit_next(ix, h)) {
        int32_t p = ix->hits[h].start, e = ix->hits[h].end, a = p - 1;
        while (a >= 0 && p - a <= 7 && gx_is_cjk(cp[a]))
            a--;
        int32_t pl = p - a - 1;
        if (a < 0 || cp[a] != '@' || pl < 2 || pl > 6)
            continue;
        int32_t k = e;
        while (k < art->ncp && k - e <= 6 && gx_is_cjk(cp[k]))
            k++;
        /* (an outlet named after the trade, @人民公安报, @检察日报: the motto opens with its kind) */
        if (k - e > 6 || (k < art->ncp && gx_is_cjk(cp[k])) || (e < k && gx_cp_in(cp[e], U"报网刊社台日")))
            continue;
        /* (a longer body read from the same start keeps the account's name: @虹口公安分局) */
        bool longer = false;
        for (int q = 0; q < art->candidates.n && !longer; q++) {
            const gx_candidate *c = &art->candidates.v[q];
            longer = c->type == GX_ENT_GOVERNMENT && c->span.start == a + 1 && c->span.end > e;
        }
        if (longer)
            continue;
        /* (an unlisted place is no ordinary word: @人民公安报) */
        bool place = gx_hit_len_starting(ix, a + 1, GX_LEX_REGION) == pl ||
                     (pl == 2 && !gx_cp_in(cp[a + 1], U"我你他她它们这那各某该本我的") && !gx_cp_in(cp[a + 2], U"的了们地") &&
                      !gx_tagger_common_word(ix->tagger, cp + a + 1, 2)) ||
                     (pl == 3 && gx_cp_in(cp[p - 1], U"市区县省"));
        for (int q = 0; q < art->candidates.n && !place; q++) {
            const gx_candidate *c = &art->candidates.v[q];
            place = c->type == GX_ENT_LOCATION && c->span.start == a + 1 && c->span.end == p;
        }
        if (!place)
            continue;
        gx_er_add_body(art, (gx_span){a + 1, e}, 0.85f, NULL);
    }
}
