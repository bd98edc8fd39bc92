/* gx_number.h — parsing Arabic and Chinese numerals out of code-point text.
 *
 * Used by the quantity stage (gx_quantity.c) and available to other stages (events read share
 * counts, prices). All functions work on the normalized text (NFKC: ASCII digits) and never
 * read outside cp[0..n). They return true and fill *value / *end (exclusive code-point index)
 * when a numeral starts exactly at pos, false otherwise (outputs untouched). */
#ifndef GX_NUMBER_H
#define GX_NUMBER_H

#include <stdbool.h>
#include <stdint.h>

/* Arabic numeral: digits, optional thousands separators (",ddd" groups, only when the digits
 * after the comma are exactly three), optional decimal part (".d+"; also "。d+" right before a
 * percent sign, a slip for the point: "3。21%"). "1,234.5" -> 1234.5. */
bool gx_number_arabic(const uint32_t *cp, int32_t n, int32_t pos, double *value, int32_t *end);

/* Chinese numeral: 零〇一二两三四五六七八九十百千万亿 (and the financial forms 壹贰叁肆伍陆柒捌玖
 * 拾佰仟 of contracts: 伍佰万) with an optional 点 decimal part.
 * "三十" -> 30, "一百二十万" -> 1200000, "两" -> 2, "三十点五" -> 30.5. */
bool gx_number_chinese(const uint32_t *cp, int32_t n, int32_t pos, double *value, int32_t *end);

/* A run of Chinese magnitude characters after an Arabic number: 万, 亿, 万亿, 千万, 百万, 十万,
 * 千亿, 百亿, 十亿 ... (十 only when 万 or 亿 follows). Returns the factor (1 when none) and sets
 * *end to the index after the run (pos when none). */
double gx_number_magnitude(const uint32_t *cp, int32_t n, int32_t pos, int32_t *end);

/* Either kind of numeral followed by an optional magnitude run: "1.2亿" -> 120000000,
 * "6476.53万" -> 64765300, "五千万" -> 50000000. */
bool gx_number_parse(const uint32_t *cp, int32_t n, int32_t pos, double *value, int32_t *end);

/* True for 0-9. */
static inline bool gx_is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* The value of a Chinese digit character (零〇一二两三四五六七八九, 壹贰叁肆伍陆柒捌玖) or -1. */
int gx_chinese_digit(uint32_t c);

#endif
