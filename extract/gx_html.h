/* gx_html.h — HTML input: a whole news page or a CMS body fragment -> the article's main
 * text and metadata (see issue 8). Uses libxml2's HTML parser and iconv. */
#ifndef GX_HTML_H
#define GX_HTML_H

#include <stddef.h>

#include "gl_error.h"

#define GX_HTML_MAX_AUTHORS 8
#define GX_HTML_MAX_WARNINGS 8

/* Every string is heap-allocated UTF-8 (or NULL) and owned by the result. */
typedef struct gx_html_result {
    char *title;
    char *body;          /* main text: paragraphs separated by "\n\n", no tags or entities */
    char *authors[GX_HTML_MAX_AUTHORS];
    int nauthors;
    char *published_at;  /* ISO 8601 or NULL */
    char *outlet;
    char *url;           /* canonical URL or NULL */
    char *editor;        /* 责任编辑 / editor line moved out of the body, or NULL */
    char *warnings[GX_HTML_MAX_WARNINGS];
    int nwarnings;
} gx_html_result;

/* Parse bytes (charset: from Content-Type, or NULL). Returns 0 and fills out (the caller
 * calls gx_html_result_cleanup), or -1 with err filled. */
int gx_html_extract(const char *bytes, size_t len, const char *charset, gx_html_result *out,
                    gl_error *err);
void gx_html_result_cleanup(gx_html_result *r);

/* Initialize libxml2 once, before any thread parses (its lazy initialization races);
 * gx_engine_new() calls it. Idempotent. */
void gx_html_init(void);

#endif
