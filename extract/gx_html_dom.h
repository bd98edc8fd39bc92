/* gx_html_dom.h — small helpers over libxml2's HTML tree shared by the HTML input files
 * (gx_html.c: main content, gx_html_meta.c: metadata). Private to extract/.
 *
 * Strings: gx_sbuf is a growing heap buffer (gx_sbuf_free releases it); text gathered from the
 * tree has its whitespace collapsed (spaces, tabs, newlines, NBSP and U+3000 become one space)
 * and zero-width characters removed. */
#ifndef GX_HTML_DOM_H
#define GX_HTML_DOM_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct gx_sbuf {
    char *p; /* NUL-terminated while non-NULL */
    size_t n, cap;
} gx_sbuf;

void gx_sbuf_put(gx_sbuf *b, const char *s, size_t n);
void gx_sbuf_puts(gx_sbuf *b, const char *s);
void gx_sbuf_free(gx_sbuf *b);
/* Hand the buffer's string to the caller (who free()s it; never NULL) and reset b. */
char *gx_sbuf_take(gx_sbuf *b);

/* Append text to b collapsing whitespace: a run of whitespace becomes one space, and no space
 * is written at the start of b or after a newline already in b. */
void gx_sbuf_put_text(gx_sbuf *b, const char *s, size_t n);
/* Remove trailing spaces. */
void gx_sbuf_rtrim(gx_sbuf *b);

/* Is n an element named tag (lower-case ASCII)? */
bool gx_hd_is(const xmlNode *n, const char *tag);
/* The value of attribute name on element n, borrowed from the tree, or NULL. */
const char *gx_hd_attr(const xmlNode *n, const char *name);
/* Does the attribute value contain word (ASCII case-insensitive substring)? */
bool gx_hd_contains_ci(const char *hay, const char *word);
/* Is n an element whose subtree never carries article text (script, style, template...)? */
bool gx_hd_is_code(const xmlNode *n);
/* Is n hidden: hidden attribute, aria-hidden="true", style display:none/visibility:hidden? */
bool gx_hd_is_hidden(const xmlNode *n);

/* The collapsed text of n's subtree (code and hidden elements skipped), appended to b. */
void gx_hd_text(const xmlNode *n, gx_sbuf *b);
/* The same into a new heap string (caller free()s), trimmed. */
char *gx_hd_text_dup(const xmlNode *n);

/* Decode one UTF-8 code point at s (n bytes available): stores it in *cp and returns its
 * length, or returns 1 with *cp = 0xFFFD for an invalid byte. n must be > 0. */
size_t gx_hd_utf8_next(const char *s, size_t n, uint32_t *cp);
/* Number of code points in s[0..n). */
size_t gx_hd_utf8_count(const char *s, size_t n);
/* Is cp whitespace for text collapsing (ASCII space, NBSP, U+3000, ...)? */
bool gx_hd_is_space(uint32_t cp);

/* Trim ASCII/Unicode whitespace at both ends of a heap string in place; returns s. */
char *gx_hd_trim(char *s);

#endif
