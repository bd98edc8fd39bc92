/* gx_charset.c — decoding an HTML page's bytes to UTF-8 (see gx_charset.h for the rules).
 *
 * UTF-8 is validated and copied here; every other charset goes through glibc's iconv. Bytes a
 * charset cannot decode become U+FFFD. Detection between GB18030 and Big5 (both double-byte
 * with overlapping ranges, so each usually "decodes" the other's bytes) compares how many of
 * the decoded characters are very common Chinese characters written the same in simplified
 * and traditional script: the right decoding has many, the wrong one almost none. */
#include "gx_charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

/* A growing output buffer. */
typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

static void buf_reserve(buf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1)
        cap *= 2;
    b->p = gl_realloc(b->p, cap);
    b->cap = cap;
}

static void buf_put(buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0;
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogates */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

/* Counts how well bytes read as UTF-8: invalid sequences and multi-byte sequences. */
static void utf8_stats(const char *bytes, size_t len, size_t *invalid, size_t *multi)
{
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0, bad = 0, mb = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_seq(s + i, len - i);
        if (k == 0) {
            bad++;
            i++;
        } else {
            mb++;
            i += k;
        }
    }
    *invalid = bad;
    *multi = mb;
}

/* Copy UTF-8, replacing invalid bytes with U+FFFD and dropping NULs. Returns the number of
 * replacements. */
static size_t decode_utf8(const char *bytes, size_t len, buf *out)
{
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0, bad = 0;
    buf_reserve(out, len);
    while (i < len) {
        size_t start = i;
        while (i < len && s[i] >= 1 && s[i] < 0x80)
            i++;
        if (i > start)
            buf_put(out, bytes + start, i - start);
        if (i >= len)
            break;
        if (s[i] == 0) {
            i++;
            continue;
        }
        size_t k = utf8_seq(s + i, len - i);
        if (k == 0) {
            buf_put(out, REPLACEMENT, 3);
            bad++;
            i++;
        } else {
            buf_put(out, bytes + i, k);
            i += k;
        }
    }
    return bad;
}

/* Decode with iconv from `from`. Returns the number of undecodable bytes (each became
 * U+FFFD), or -1 when iconv does not know the charset. NULs are dropped. */
static long decode_iconv(const char *from, const char *bytes, size_t len, buf *out)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return -1;
    long bad = 0;
    char *in = (char *)bytes;
    size_t inleft = len;
    buf_reserve(out, len * 2 + 16);
    while (inleft > 0) {
        buf_reserve(out, inleft * 2 + 16);
        char *o = out->p + out->n;
        size_t oleft = out->cap - out->n - 1;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->n = (size_t)(o - out->p);
        out->p[out->n] = 0;
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        /* EILSEQ or EINVAL (truncated at the end): skip one byte */
        buf_put(out, REPLACEMENT, 3);
        bad++;
        in++;
        inleft--;
    }
    iconv_close(cd);
    /* drop NULs (UTF-16 input can carry them) */
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++)
        if (out->p[i])
            out->p[w++] = out->p[i];
    out->n = w;
    if (out->p)
        out->p[w] = 0;
    return bad;
}

static bool label_eq(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

int gx_charset_canonical(const char *label, size_t label_len, char *out, size_t outsz)
{
    char l[48];
    size_t n = 0;
    if (!label || outsz == 0)
        return -1;
    for (size_t i = 0; i < label_len && label[i]; i++) {
        char c = label[i];
        if (c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (n + 1 >= sizeof l)
            return -1;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.' || c == ':'))
            return -1;
        l[n++] = c;
    }
    l[n] = 0;
    if (n == 0)
        return -1;
    const char *name = NULL;
    if (label_eq(l, "utf-8") || label_eq(l, "utf8") || label_eq(l, "unicode-1-1-utf-8") ||
        label_eq(l, "x-unicode20utf8"))
        name = "UTF-8";
    else if (label_eq(l, "gb2312") || label_eq(l, "gbk") || label_eq(l, "gb18030") ||
             label_eq(l, "x-gbk") || label_eq(l, "cp936") || label_eq(l, "euc-cn") ||
             label_eq(l, "csgb2312") || label_eq(l, "chinese") || label_eq(l, "iso-ir-58") ||
             label_eq(l, "gb_2312-80") || label_eq(l, "gb_2312") || label_eq(l, "x-euc-cn") ||
             label_eq(l, "windows-936") || label_eq(l, "ms936"))
        name = "GB18030";
    else if (label_eq(l, "big5") || label_eq(l, "big5-hkscs") || label_eq(l, "cn-big5") ||
             label_eq(l, "x-x-big5") || label_eq(l, "csbig5") || label_eq(l, "cp950"))
        name = "BIG5-HKSCS";
    else if (label_eq(l, "iso-8859-1") || label_eq(l, "latin1") || label_eq(l, "us-ascii") ||
             label_eq(l, "ascii") || label_eq(l, "windows-1252") || label_eq(l, "cp1252") ||
             label_eq(l, "iso8859-1") || label_eq(l, "l1") || label_eq(l, "x-cp1252"))
        name = "CP1252";
    else if (label_eq(l, "utf-16") || label_eq(l, "utf-16le"))
        name = "UTF-16LE";
    else if (label_eq(l, "utf-16be"))
        name = "UTF-16BE";
    if (name) {
        snprintf(out, outsz, "%s", name);
        return 0;
    }
    /* anything else: upper-case it and let iconv decide */
    for (size_t i = 0; i < n; i++)
        if (l[i] >= 'a' && l[i] <= 'z')
            l[i] = (char)(l[i] - 'a' + 'A');
    if (n + 1 > outsz)
        return -1;
    memcpy(out, l, n + 1);
    return 0;
}

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static bool starts_ci(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++)
        if (lower((unsigned char)s[i]) != word[i])
            return false;
    return true;
}

/* The charset label following "charset" at p (within the tag that ends at end), if any. */
static int label_after_charset(const char *p, const char *end, char *out, size_t outsz)
{
    p += 7;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p >= end || *p != '=')
        return -1;
    p++;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
        p++;
    const char *s = p;
    while (p < end && *p != '"' && *p != '\'' && *p != ';' && *p != ' ' && *p != '>' && *p != '/' &&
           *p != '\t' && *p != '\n')
        p++;
    return gx_charset_canonical(s, (size_t)(p - s), out, outsz);
}

int gx_charset_sniff_meta(const char *bytes, size_t len, char *out, size_t outsz)
{
    size_t lim = len < 16384 ? len : 16384;
    const char *s = bytes, *end = bytes + lim;
    for (const char *p = s; p + 5 < end; p++) {
        if (p[0] == '<' && p[1] == '!' && p + 3 < end && p[2] == '-' && p[3] == '-') {
            const char *q = p + 4;
            while (q + 2 < end && !(q[0] == '-' && q[1] == '-' && q[2] == '>'))
                q++;
            p = q;
            continue;
        }
        if (p[0] != '<' || !starts_ci(p + 1, (size_t)(end - p - 1), "meta"))
            continue;
        const char *tend = p + 5;
        while (tend < end && *tend != '>')
            tend++;
        for (const char *q = p + 5; q + 7 <= tend; q++)
            if (starts_ci(q, (size_t)(tend - q), "charset") &&
                label_after_charset(q, tend, out, outsz) == 0)
                return 0;
        p = tend - 1;
    }
    return -1;
}

/* Chinese characters that are very frequent and written the same in simplified and
 * traditional script (so both a GB18030 and a Big5 page are full of them). */
static const char COMMON_HAN[] =
    "的一是不了在人有我他大中上以要子地出也就生到作和年日月公司市本其而之所可行家方多法分"
    "成同工能下自事高三二十百千元股投新此全主用外者各第如已";

static bool is_common_han(uint32_t cp)
{
    const unsigned char *s = (const unsigned char *)COMMON_HAN;
    while (*s) {
        uint32_t c = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
                     (uint32_t)(s[2] & 0x3F);
        if (c == cp)
            return true;
        s += 3;
    }
    return false;
}

/* How plausible a decoding as Chinese is: (common Han characters) / (non-ASCII characters),
 * in [0, 1]; 0 when there is no non-ASCII text. */
static double chinese_plausibility(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, nonascii = 0, common = 0;
    while (i < n) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_seq(u + i, n - i);
        if (k == 0) {
            i++;
            nonascii++;
            continue;
        }
        nonascii++;
        if (k == 3) {
            uint32_t c = ((uint32_t)(u[i] & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) |
                         (uint32_t)(u[i + 2] & 0x3F);
            if (c >= 0x4E00 && c <= 0x9FFF && is_common_han(c))
                common++;
        }
        i += k;
    }
    return nonascii ? (double)common / (double)nonascii : 0.0;
}

/* Try the Chinese double-byte charsets; on a clean, plausible decoding fill out/used and
 * return true. */
static bool try_chinese(const char *bytes, size_t len, buf *out, char *used, size_t usedsz)
{
    static const char *const cands[] = {"GB18030", "BIG5-HKSCS"};
    double best = -1;
    int besti = -1;
    buf keep = {0};
    for (int c = 0; c < 2; c++) {
        buf b = {0};
        long bad = decode_iconv(cands[c], bytes, len, &b);
        if (bad < 0 || (size_t)bad * 200 > len + 200) { /* more than ~0.5% undecodable */
            free(b.p);
            continue;
        }
        double pl = chinese_plausibility(b.p, b.n) - (double)bad * 0.01;
        if (pl > best) {
            best = pl;
            besti = c;
            free(keep.p);
            keep = b;
        } else {
            free(b.p);
        }
    }
    if (besti < 0 || best < 0.03) {
        free(keep.p);
        return false;
    }
    *out = keep;
    snprintf(used, usedsz, "%s", cands[besti]);
    return true;
}

int gx_charset_decode(const char *bytes, size_t len, const char *http_charset,
                      gx_charset_result *out, gl_error *err)
{
    memset(out, 0, sizeof *out);
    const unsigned char *u = (const unsigned char *)bytes;
    char declared[32] = "";
    const char *why = NULL;
    buf b = {0};

    /* 1. Content-Type */
    if (http_charset && *http_charset &&
        gx_charset_canonical(http_charset, strlen(http_charset), declared, sizeof declared) == 0)
        why = "Content-Type";
    /* 2. byte order mark */
    size_t skip = 0;
    char bom[16] = "";
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        snprintf(bom, sizeof bom, "UTF-8");
        skip = 3;
    } else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        snprintf(bom, sizeof bom, "UTF-16LE");
        skip = 2;
    } else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        snprintf(bom, sizeof bom, "UTF-16BE");
        skip = 2;
    }
    if (bom[0] && (!why || strncmp(declared, "UTF-16", 6) == 0 || strncmp(bom, "UTF-16", 6) == 0)) {
        /* a UTF-16 BOM always wins: no other reading of those bytes makes sense */
        snprintf(declared, sizeof declared, "%s", bom);
        why = "byte order mark";
    }
    bytes += skip;
    len -= skip;
    /* 3. <meta> */
    if (!why && gx_charset_sniff_meta(bytes, len, declared, sizeof declared) == 0)
        why = "meta";

    if (strncmp(declared, "UTF-16", 6) == 0) {
        long bad = decode_iconv(declared, bytes, len, &b);
        if (bad < 0) {
            free(b.p);
            return gl_error_set(err, 500, "iconv cannot decode %s", declared);
        }
        snprintf(out->used, sizeof out->used, "%s", declared);
        goto done;
    }

    size_t invalid, multi;
    utf8_stats(bytes, len, &invalid, &multi);

    if (!why || strcmp(declared, "UTF-8") == 0) {
        /* a few stray bytes in a UTF-8 page (GBK read as UTF-8 has more invalid sequences
         * than valid multi-byte ones) */
        if (invalid == 0 || invalid * 20 <= multi) {
            decode_utf8(bytes, len, &b);
            snprintf(out->used, sizeof out->used, "UTF-8");
            if (invalid)
                snprintf(out->warning, sizeof out->warning,
                         "%zu invalid UTF-8 byte(s) replaced with U+FFFD", invalid);
            goto done;
        }
        if (try_chinese(bytes, len, &b, out->used, sizeof out->used)) {
            if (why)
                snprintf(out->warning, sizeof out->warning,
                         "page declared UTF-8 (%s) but is not valid UTF-8; decoded as %s", why,
                         out->used);
            goto done;
        }
        free(b.p);
        b = (buf){0};
        decode_iconv("CP1252", bytes, len, &b);
        snprintf(out->used, sizeof out->used, "CP1252");
        snprintf(out->warning, sizeof out->warning, "%s; decoded as windows-1252",
                 why ? "page declared UTF-8 but is not valid UTF-8"
                     : "no charset declared and not UTF-8");
        goto done;
    }

    /* a declared non-UTF-8 charset: trust it unless the bytes are plainly UTF-8 */
    if (invalid == 0 && multi >= 4) {
        decode_utf8(bytes, len, &b);
        snprintf(out->used, sizeof out->used, "UTF-8");
        snprintf(out->warning, sizeof out->warning,
                 "page declared %s (%s) but its bytes are UTF-8; decoded as UTF-8", declared, why);
        goto done;
    }
    long bad = decode_iconv(declared, bytes, len, &b);
    if (bad < 0) {
        /* unknown to iconv: fall back to detection */
        free(b.p);
        b = (buf){0};
        if (invalid == 0) {
            decode_utf8(bytes, len, &b);
            snprintf(out->used, sizeof out->used, "UTF-8");
        } else if (!try_chinese(bytes, len, &b, out->used, sizeof out->used)) {
            free(b.p);
            b = (buf){0};
            decode_iconv("CP1252", bytes, len, &b);
            snprintf(out->used, sizeof out->used, "CP1252");
        }
        snprintf(out->warning, sizeof out->warning, "unknown charset %.40s; decoded as %s",
                 declared, out->used);
        goto done;
    }
    snprintf(out->used, sizeof out->used, "%s", declared);
    if ((size_t)bad * 100 > len + 100) {
        /* many undecodable bytes: the declaration is probably wrong */
        buf alt = {0};
        char used[32];
        if (strcmp(declared, "GB18030") != 0 && strcmp(declared, "BIG5-HKSCS") != 0 &&
            try_chinese(bytes, len, &alt, used, sizeof used)) {
            free(b.p);
            b = alt;
            snprintf(out->warning, sizeof out->warning,
                     "page declared %s (%s) but does not decode as it; decoded as %s", declared,
                     why, used);
            snprintf(out->used, sizeof out->used, "%s", used);
        } else {
            snprintf(out->warning, sizeof out->warning,
                     "%ld byte(s) undecodable as %s replaced with U+FFFD", bad, declared);
        }
    }

done:
    if (!b.p) {
        b.p = gl_malloc(1);
        b.p[0] = 0;
        b.n = 0;
    }
    out->utf8 = b.p;
    out->len = b.n;
    return 0;
}
