/* gx_date.h — recognizing date expressions in normalized text and resolving them to ISO-like
 * strings. Part of the quantity stage (gx_quantity.c drives it); usable by other stages.
 *
 * Recognized (Chinese): 2024年, 2024年5月(份), 2024年5月23日(晚间), 2024年第一季度/一季度/Q1,
 * 2024年上半年/下半年/半年报, 2024年前三季度, 2023年度/年报/全年, 2023年底/年末/年初,
 * 8月底/月末/月初/上旬/中旬/下旬, 今年/去年/明年/前年 + any of the above, 9月23日, 9月, 23日,
 * 上半年, 第二季度, 今日/昨日/今天/昨天/明日/明天. Numeric: 2024-09-23, 2024/9/23, 2024.9.23.
 * English: Sept. 23, 2024 / September 23, 2024 / 23 September 2024 / September 2024 / Q1 2024 /
 * "in 2024" / third quarter (of 2024, of last year) / first half of 2024 / fiscal (year) 2024 /
 * FY2024 / H1 2024 / last year, this year, next year / yesterday, today, tomorrow.
 * Not dates: 近日, 目前, 去年同期/上年同期 (a comparison base), 30日内 (a duration).
 *
 * Output strings (gx_date_format):
 *   day "2024-09-23", month "2024-05", year "2024", quarter "2024Q1", half "2024H1",
 *   first three quarters "2024Q1-Q3"; a month range is written as the period it equals
 *   (2020年1-6月 "2020H1", 1-3月 "Q1", 1-9月 "Q1-Q3", 1-12月 the year) or else as an ISO 8601
 *   interval (2020年4-8月 "2020-04/2020-08"). A component that cannot be resolved is written with X
 *   digits as in ISO 8601-2 / EDTF "unspecified" form: "XXXX-08-26", "2024-XX-30", "XXXXH1". */
#ifndef GX_DATE_H
#define GX_DATE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum gx_date_gran {
    GX_DATE_YEAR = 1,
    GX_DATE_HALF,
    GX_DATE_QUARTER,
    GX_DATE_QUARTERS, /* 前三季度: Q1 through `quarter` */
    GX_DATE_MONTH,
    GX_DATE_DAY,
} gx_date_gran;

typedef struct gx_date_match {
    int32_t start, end; /* code points, end exclusive */
    gx_date_gran gran;
    int year;      /* written absolute year, 0 when none */
    bool year_rel; /* 今年 / 去年 / 明年 / 前年: year = anchor + year_off */
    int year_off;
    bool day_rel; /* 今日 / 昨日 / 明日: day = anchor + day_off */
    int day_off;
    int month, day;    /* 0 when not written */
    int month2;        /* last month of a range "1-6月", else 0 */
    int quarter, half; /* 1..4 / 1..2 when gran says so */
    bool fiscal;   /* names a reporting period: 年度, 年报, 季度, 上半年, 前三季度 */
    bool year_end; /* 年底 / 年末 (month 12) */
} gx_date_match;

/* A reference date; 0 components are unknown. `exact` is true when it is the publication date
 * (published_at); otherwise it is a lower bound derived from the article's own dates, and a
 * month without a year is never moved to the previous year. */
typedef struct gx_date_anchor {
    int year, month, day;
    bool exact;
} gx_date_anchor;

/* Try to recognize a date starting exactly at pos. The caller guarantees pos is at a token
 * start (not inside a number or a Latin word). Returns true and fills *m on success. */
bool gx_date_match_at(const uint32_t *cp, int32_t n, int32_t pos, gx_date_match *m);

/* True when the match carries its own year (absolute). */
bool gx_date_is_absolute(const gx_date_match *m);

/* Write the resolved value into out (at least 24 bytes). Relative parts resolve against
 * anchor. Returns false when nothing useful can be written (今年 with no anchor year). */
bool gx_date_format(const gx_date_match *m, gx_date_anchor anchor, char *out, int outsz);

/* Parse the start of an ISO 8601 date "YYYY[-MM[-DD]]..." (as in published_at). */
bool gx_date_parse_iso(const char *s, gx_date_anchor *a);

#endif
