/* gx_utf8.h — small UTF-8 helpers shared by the engine's text stages (implemented in
 * gx_utf8.c next to gx_utf8_validate, which is public in gx.h). All of them assume input
 * that gx_utf8_validate() has accepted. */
#ifndef GX_UTF8_H
#define GX_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <uchar.h>

/* Decode the code point at s (valid UTF-8); *n gets its length in bytes (1..4). */
uint32_t gx_utf8_decode(const unsigned char *s, int *n);

/* Encode cp (<= U+10FFFF) into out; returns the number of bytes written (1..4). */
int gx_utf8_encode(uint32_t cp, char out[4]);

/* Number of code points in valid UTF-8 s[0..len). */
size_t gx_utf8_count(const char *s, size_t len);

/* Decode s[0..len) into out (room for max code points). Returns the number of code points, or
 * -1 when s is not valid UTF-8 or holds more than max code points. Checks its input: use it for
 * strings from data files and requests as well as the engine's own. */
int32_t gx_utf8_to_cps(const char *s, size_t len, uint32_t *out, int32_t max);

/* Classes used by the text stages (inline: they run once or more per code point). */

/* Whether c is one of the characters of set (a U"" string of single characters: U"等和与"). */
static inline bool gx_cp_in(uint32_t c, const char32_t *set)
{
    for (; *set; set++)
        if ((uint32_t)*set == c)
            return true;
    return false;
}

/* CJK ideographs (unified, extensions, compatibility) */
static inline int gx_cp_is_han(uint32_t c)
{
    if (c - 0x4E00u <= 0x9FFFu - 0x4E00u)
        return 1; /* the common case first */
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

/* ASCII and Latin-1/Extended letters */
static inline int gx_cp_is_latin(uint32_t c)
{
    return ((c | 0x20) - 'a' < 26u && c < 0x80) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* ASCII 0-9 */
static inline int gx_cp_is_digit(uint32_t c)
{
    return c - '0' < 10u;
}

/* space-like code points (not newline) */
static inline int gx_cp_is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x1680;
}

/* The length of w (a U"" string) when cp[i..n) starts with it, else 0 (also for i < 0). The one
 * matcher of the stages that compare code points with a fixed word (dates, quantities, event
 * arguments); word edges are the caller's to check. */
static inline int32_t gx_cp_at(const uint32_t *cp, int32_t n, int32_t i, const char32_t *w)
{
    int32_t k = 0;
    if (i < 0)
        return 0;
    for (; w[k]; k++)
        if (i + k >= n || cp[i + k] != (uint32_t)w[k])
            return 0;
    return k;
}

/* The length of the ASCII text w when cp[i..n) starts with it, else 0; with first_ci a capital
 * matches w's first letter too ("Said" for "said"). Word edges are the caller's to check. */
static inline int32_t gx_ascii_at(const uint32_t *cp, int32_t n, int32_t i, const char *w, bool first_ci)
{
    int32_t l = 0;
    while (w[l])
        l++;
    if (i < 0 || i + l > n)
        return 0;
    for (int32_t k = 0; k < l; k++) {
        uint32_t c = cp[i + k], e = (unsigned char)w[k];
        if (c != e && !(k == 0 && first_ci && e >= 'a' && e <= 'z' && c == e - 'a' + 'A'))
            return 0;
    }
    return l;
}

#endif
