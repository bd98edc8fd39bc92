/* gx_html_meta.h — metadata of an HTML page: title, authors, publication date, outlet,
 * canonical URL, editor (part of HTML input, issue 8; private to extract/).
 *
 * Sources, strongest first: JSON-LD (NewsArticle and kin, parsed with jansson), Open Graph and
 * article:* meta tags, <meta name=author>, microdata (itemprop), <link rel=canonical>, <h1>,
 * <title> minus the site suffix, <time datetime>, byline elements and dates written near the
 * title. Never a date from a script or a footer, never junk such as "Email the author". */
#ifndef GX_HTML_META_H
#define GX_HTML_META_H

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#define GX_HTML_META_MAX_AUTHORS 8

/* Every string is a heap string owned by the struct (gx_html_meta_cleanup frees them). */
typedef struct gx_html_meta {
    char *title;
    char *h1; /* text of the first visible <h1> (the body drops a line equal to it) */
    const xmlNode *h1_node;
    char *title_tag; /* <title> as written                                              */
    char *authors[GX_HTML_META_MAX_AUTHORS];
    int nauthors;
    char *published_at; /* "YYYY-MM-DD"                                                    */
    char *outlet;
    char *url;
    char *editor;  /* 责任编辑 / "Edited by"                                           */
    char *ld_body; /* JSON-LD articleBody, when the page has one                      */
} gx_html_meta;

/* Collect everything the page says about itself. */
void gx_html_meta_collect(const xmlDoc *doc, gx_html_meta *m);
void gx_html_meta_cleanup(gx_html_meta *m);

/* Is `line` (one rendered paragraph of body text) a byline, editor, source or share line that
 * belongs in metadata rather than in the body? Returns true when the line should be dropped,
 * and records an author / editor / outlet found in it into m when m has none yet. */
bool gx_html_meta_line(const char *line, gx_html_meta *m);

/* The first date in s[0..n) as "YYYY-MM-DD" in a new heap string (caller free()s), or NULL.
 * Understands ISO 8601, 2024/9/24, 2024.09.24, 2024年9月24日, "Nov. 19, 2019",
 * "19 November 2019". */
char *gx_html_date_iso(const char *s, size_t n);

/* Add an author name (trimmed, "By " stripped, junk refused, split on "and", ",", "、").
 * Returns the number of names added. */
int gx_html_meta_add_authors(gx_html_meta *m, const char *text);

#endif
