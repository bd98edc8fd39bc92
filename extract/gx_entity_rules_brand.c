/* gx_entity_rules_brand.c — a web finance brand written twice, once at a sure left edge
 * (twenty-first session, comp39): 岚蓝财富怎么样：…，岚蓝财富认为…; 长征财富平台助你…图片来源：长征财富官网.
 * CCF-style texts about wealth platforms name them with a head word (cues.tsv brand_head: 财富)
 * and nothing else marks them: no legal form, no cue the other rules read. The head alone is an
 * ordinary word (创造财富, 锁定千亿财富, 财富管理), so the brand is X + head only where
 *   - punctuation, a line break or the text's start stands right before X (the scraped texts glue
 *     verbs to the names: no stop word is a sure edge here),
 *   - X is two or three Chinese characters, no numeral, no region alone, no stop word inside;
 *     a common word of the tagger's lexicon (身家财富, 指尖财富, but also 长征财富) only when the
 *     article writes the brand once before something only firms have or a verb of saying
 *     (长征财富官网, 长征财富平台: cues.tsv company_attr, say_verb),
 *   - the article writes X + head at least twice (a slogan is written once),
 *   - the head is not the start of a longer word (财富管理, 财富值, 财富自由).
 * Part of the entity rules (gx_entity_rules_impl.h). */
#include <string.h>

#include "gx_entity_rules_impl.h"
#include "gx_tagger.h"

enum {
    BRAND_STEM_MIN = 2, /* the shortest X before the head */
    BRAND_STEM_MAX = 3, /* the longest X before the head */
};

/* How often the article writes the text of n (gx_entity_rules_impl.h). */
int gx_er_written(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    int seen = 0;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at + len <= art->ncp && !memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len))
            seen++;
    }
    return seen;
}

/* Whether the article writes the text of n once before something only firms have (官网, 平台,
 * 旗下) or a verb of saying (表示, 认为). */
static bool firm_cue_after(const gx_hit_index *ix, const gx_article *art, gx_span n)
{
    int32_t len = n.end - n.start;
    for (int32_t i1 = gx_text_ix_first(&ix->text, art->cp + n.start); i1 > 0; i1 = ix->text.next[i1 - 1]) {
        int32_t at = i1 - 1;
        if (at + len < art->ncp && !memcmp(art->cp + at, art->cp + n.start, sizeof(uint32_t) * (size_t)len) &&
            (gx_hit_len_starting(ix, at + len, GX_LEX_COMPANY_ATTR) > 0 || gx_hit_len_starting(ix, at + len, GX_LEX_SAY_VERB) > 0))
            return true;
    }
    return false;
}

/* Whether c is a Chinese numeral (千亿财富 is an amount of wealth). */
static bool numeral(uint32_t c)
{
    static const char32_t digits[] = U"零一二三四五六七八九十百千万亿两几数";
    for (const char32_t *q = digits; *q; q++)
        if (c == (uint32_t)*q)
            return true;
    return false;
}

/* Whether the head ending at end goes on into a longer word (财富管理, 财富值, 财富自由) or a longer name the
 * suffix rule reads (华夏云商|商城; twenty-fifth session, comp61). */
static bool head_continues(const gx_article *art, int32_t end)
{
    static const char32_t *const words[] = {U"管理", U"值", U"自由", U"效应", U"积累", U"传承", U"增值", U"增长", U"密码", U"商城", NULL};
    return end < art->ncp && gx_word_at(art, end, words) > 0;
}

void gx_er_brand_head_rule(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    for (int k = gx_hit_first(ix, GX_LEX_BRAND_HEAD); k < ix->n; k = gx_hit_next(ix, k)) {
        const gx_lex_hit *h = &ix->hits[k];
        if (gx_lexicon_entry(ix->lex, h->entry)->kind != GX_LEX_BRAND_HEAD || head_continues(art, h->end))
            continue;
        for (int32_t s = h->start - BRAND_STEM_MIN; s >= 0 && s >= h->start - BRAND_STEM_MAX; s--) {
            bool stem_ok = true;
            for (int32_t q = s; q < h->start && stem_ok; q++)
                stem_ok = gx_is_cjk(cp[q]) && !numeral(cp[q]) && (q == s || gx_hit_len_starting(ix, q, GX_LEX_LEFT_STOP) == 0);
            if (!stem_ok)
                break;
            if (s > 0 && (gx_is_cjk(cp[s - 1]) || gx_is_alnum(cp[s - 1])))
                continue;
            gx_span stem = {s, h->start}, name = {s, h->end};
            if (gx_lexicon_is(ix->lex, GX_LEX_REGION, cp + s, stem.end - stem.start) ||
                (gx_tagger_common_word(ix->tagger, cp + s, stem.end - stem.start) && !firm_cue_after(ix, art, name)) ||
                gx_lexicon_is(ix->lex, GX_LEX_LEFT_STOP, cp + s, stem.end - stem.start) ||
                gx_hit_len_starting(ix, s, GX_LEX_POSITION) > 0 || !gx_er_plausible_name(ix, art, name) ||
                gx_er_written(ix, art, name) < 2)
                break;
            gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.6f, NULL, -1);
            break;
        }
    }
}
