/* gx_article.c — construction and helpers of gx_article (see gx_article.h). */
#include "gx_article.h"

#include <stdio.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx.h"
#include "gx_utf8.h"

static const char *const TYPE_NAMES[GX_ENT__COUNT] = {
    "company", "person", "organization", "government", "location", "product", "position",
};

const char *gx_ent_type_name(gx_ent_type t)
{
    return (unsigned)t < GX_ENT__COUNT ? TYPE_NAMES[t] : "unknown";
}

void gx_ticker_set_hk(gx_ticker *t, const char *digits)
{
    while (digits[0] == '0' && digits[1])
        digits++;
    size_t n = strlen(digits);
    snprintf(t->code, sizeof t->code, "%.*s%s", n < 5 ? (int)(5 - n) : 0, "00000", digits);
    snprintf(t->exchange, sizeof t->exchange, "HKEX");
}

gx_article *gx_article_new(void)
{
    gx_arena *a = gx_arena_new();
    gx_article *art = gx_arena_alloc(a, sizeof *art);
    art->arena = a;
    return art;
}

void gx_article_free(gx_article *art)
{
    if (art)
        gx_arena_free(art->arena); /* the article itself lives in its arena */
}

bool gx_article_overdue(gx_article *art, const char *where)
{
    if (art->stopped_in)
        return true;
    if (art->deadline <= 0 || gx_clock_now() <= art->deadline)
        return false;
    art->stopped_in = where;
    return true;
}

void gx_article_set_text(gx_article *art, const char *utf8, int32_t len)
{
    art->text = gx_arena_strndup(art->arena, utf8, (size_t)len);
    art->text_len = len;
    art->cp = gx_arena_alloc(art->arena, sizeof(uint32_t) * ((size_t)len + 1));
    art->cp_byte = gx_arena_alloc(art->arena, sizeof(int32_t) * ((size_t)len + 1));
    int32_t n = 0;
    for (int32_t i = 0; i < len;) {
        int k;
        art->cp_byte[n] = i;
        art->cp[n++] = gx_utf8_decode((const unsigned char *)utf8 + i, &k);
        i += k;
    }
    art->cp_byte[n] = len;
    art->ncp = n;
}

void gx_article_set_cps(gx_article *art, const uint32_t *cp, int32_t n)
{
    /* every element is written below (cp[n] = 0 as before) */
    art->cp = gx_arena_alloc_raw(art->arena, sizeof(uint32_t) * ((size_t)n + 1));
    art->cp_byte = gx_arena_alloc_raw(art->arena, sizeof(int32_t) * ((size_t)n + 1));
    char *t = gx_arena_alloc_raw(art->arena, (size_t)n * 4 + 1);
    art->cp[n] = 0;
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        art->cp[i] = c;
        art->cp_byte[i] = k;
        if (c < 0x800 ? c >= 0x80 : c >= 0x10000) {
            /* two or four bytes: rare in news text */
            k += gx_utf8_encode(c, t + k);
            continue;
        }
        /* one byte (ASCII) or three (CJK), without a branch on which: they alternate
         * unpredictably in Chinese text (ASCII punctuation after NFKC). Three bytes are always
         * stored (k + 3 <= 4 * n fits the buffer); after an ASCII byte the next code point
         * overwrites the other two. */
        bool ascii = c < 0x80;
        t[k] = (char)(ascii ? c : 0xE0u | (c >> 12));
        t[k + 1] = (char)(0x80u | ((c >> 6) & 0x3F));
        t[k + 2] = (char)(0x80u | (c & 0x3F));
        k += ascii ? 1 : 3;
    }
    t[k] = '\0';
    art->cp_byte[n] = k;
    art->ncp = n;
    art->text = t;
    art->text_len = k;
}

const char *gx_article_span_text(const gx_article *art, gx_span span)
{
    if (span.start < 0)
        span.start = 0;
    if (span.end > art->ncp)
        span.end = art->ncp;
    if (span.end < span.start)
        span.end = span.start;
    int32_t b = art->cp_byte[span.start], e = art->cp_byte[span.end];
    return gx_arena_strndup(art->arena, art->text + b, (size_t)(e - b));
}

int gx_article_sentence_at(const gx_article *art, int32_t pos)
{
    int lo = 0, hi = art->sentences.n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        gx_span s = art->sentences.v[mid];
        if (pos < s.start)
            hi = mid - 1;
        else if (pos >= s.end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}
