/* gx_utf8.h — small UTF-8 helpers shared by the engine's text stages (implemented in
 * gx_utf8.c next to gx_utf8_validate, which is public in gx.h). All of them assume input
 * that gx_utf8_validate() has accepted. */
#ifndef GX_UTF8_H
#define GX_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the code point at s (valid UTF-8); *n gets its length in bytes (1..4). */
uint32_t gx_utf8_decode(const unsigned char *s, int *n);

/* Encode cp (<= U+10FFFF) into out; returns the number of bytes written (1..4). */
int gx_utf8_encode(uint32_t cp, char out[4]);

/* Number of code points in valid UTF-8 s[0..len). */
size_t gx_utf8_count(const char *s, size_t len);

/* Classes used by the text stages. */
int gx_cp_is_han(uint32_t c);   /* CJK ideographs (unified, extensions, compatibility) */
int gx_cp_is_latin(uint32_t c); /* ASCII and Latin-1/Extended letters                  */
int gx_cp_is_digit(uint32_t c); /* ASCII 0-9                                           */
int gx_cp_is_space(uint32_t c); /* space-like code points (not newline)                */

#endif
