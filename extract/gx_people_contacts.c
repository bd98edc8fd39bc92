/* gx_people_contacts.c — people named where a page gives its contacts or a post tags an account:
 * a Chinese name before a colon and a phone number (《何琳：107微电同号》, 联系人 张伟: 138…), and a
 * social-media handle that is a Chinese name (…@中国政府网@何兵。; not one joined on by - · _: @乐小秘-婷婷). Part of gx_people
 * (gx_people_impl.h). One walk over the colons and the @ signs (found eight code points at a time): linear. */
#include "gx_normalize.h"
#include "gx_people_impl.h"

/* Whether at least three digits start at i, after spaces (a phone number, or its first part), no date. */
static bool digits_at(const uint32_t *cp, int32_t n, int32_t i)
{
    while (i < n && cp[i] == ' ')
        i++;
    int32_t d = 0;
    while (i + d < n && gx_is_digit(cp[i + d]))
        d++;
    /* (a date is no number to call: 周徐：2019年的…, a headline's speaker) */
    return d >= 3 && !(i + d < n && gx_cp_in(cp[i + d], U"年月日"));
}

/* Whether a candidate other than a person (a place, a firm, a body) starts at s and ends at e. */
static bool other_reading(const gx_article *art, int32_t s, int32_t e)
{
    for (int k = 0; k < art->candidates.n; k++) {
        const gx_candidate *c = &art->candidates.v[k];
        if (c->type != GX_ENT_PERSON && c->type != GX_ENT_POSITION && c->span.start == s && c->span.end == e)
            return true;
    }
    return false;
}

/* Whether cp[s..e) ends in a form of address or a doer's 人 (饶先生：158…, 赖小姐, 陶董:, @钱哥, @谈判人): a
 * surname and a form of address is no name (docs/people.md), nor is a word for a party. */
static bool address_end(const uint32_t *cp, int32_t s, int32_t e)
{
    static const char32_t *const FORMS[] = {U"先生", U"女士", U"小姐", U"老师", U"总", U"董", U"哥", U"姐", U"人", NULL};
    return gx_word_ending(cp, s, e, FORMS) > 0;
}

/* The Chinese name of two or three characters (a surname first, gx_pp_chinese_name) that ends at
 * e and starts at a clean edge: the text's start, or a character that is no Han character (《 ( @
 * a space or a line's start), or the word 联系人; its start, or -1. No region nor a name another
 * reading takes (常州: 0519…, a place the tagger reads). */
static int32_t name_ending(const gx_hit_index *ix, const gx_article *art, int32_t e, bool handle)
{
    const uint32_t *cp = art->cp;
    for (int32_t len = 3; len >= 2; len--) {
        int32_t s0 = e - len;
        if (s0 < 0 || gx_pp_chinese_name(ix, art, s0) != e || gx_hit_len_starting(ix, s0, GX_LEX_REGION) >= 2 ||
            other_reading(art, s0, e) || address_end(cp, s0, e))
            continue;
        if (handle ? (s0 > 0 && cp[s0 - 1] == '@')
                   : (s0 == 0 || (!gx_is_cjk(cp[s0 - 1]) && cp[s0 - 1] != '@') ||
                      gx_word_ending(cp, s0 >= 3 ? s0 - 3 : 0, s0, (const char32_t *const[]){U"联系人", NULL}) > 0))
            return s0;
    }
    return -1;
}

void gx_pp_contact_names(const gx_hit_index *ix, gx_article *art)
{
    const uint32_t *cp = art->cp;
    int32_t n = art->ncp;
    /* Only the places where the body below can act are visited, in order: a colon (the
     * contact) and the third and fourth character after an @ (the handle); the colons and the @
     * are found eight code points at a time (the walk over every position cost ~16 M a pass). */
    int32_t nc = gx_cps_find_either(cp, 2, n, ':', 0xFF1A); /* the next colon at or after i */
    int32_t na = gx_cps_find_either(cp, 0, n, '@', '@');    /* the first @ whose na + 4 >= i */
    for (int32_t i = 2;; i++) {
        while (nc < i)
            nc = gx_cps_find_either(cp, nc + 1, n, ':', 0xFF1A);
        while (na < n && na + 4 < i)
            na = gx_cps_find_either(cp, na + 1, n, '@', '@');
        int32_t h = na >= n ? n : na + 3 >= i ? na + 3 : na + 4;
        i = nc < h ? nc : h;
        if (i >= n)
            break;
        /* a contact: 何琳：107… (the colon, then a number) */
        if ((cp[i] == ':' || cp[i] == 0xFF1A) && gx_is_cjk(cp[i - 1]) && digits_at(cp, n, i + 1)) {
            int32_t s0 = name_ending(ix, art, i, false);
            if (s0 >= 0)
                gx_pp_rule_person(art, (gx_span){s0, i}, 0.8f);
            continue;
        }
        /* a handle: @何兵。 (the name closed by punctuation, a space, another handle or a tag; the
         * rare @ tested first: the character classes of every position cost ~20 M a pass, speed24) */
        if (!((i >= 3 && cp[i - 3] == '@') || (i >= 4 && cp[i - 4] == '@')) || !gx_is_cjk(cp[i - 1]) ||
            gx_is_cjk(cp[i]) || gx_is_alnum(cp[i]) || cp[i] == '-' || cp[i] == 0xB7 || cp[i] == '_')
            continue;
        int32_t s0 = name_ending(ix, art, i, true);
        if (s0 >= 0)
            gx_pp_rule_person(art, (gx_span){s0, i}, 0.8f);
    }
}
