/* gx_html_dom.c — tree and string helpers shared by the HTML input files (see gx_html_dom.h). */
#include "gx_html_dom.h"

#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

void gx_sbuf_put(gx_sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 128;
        while (cap < b->n + n + 1)
            cap *= 2;
        b->p = gl_realloc(b->p, cap);
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

void gx_sbuf_puts(gx_sbuf *b, const char *s)
{
    gx_sbuf_put(b, s, strlen(s));
}

void gx_sbuf_free(gx_sbuf *b)
{
    if (!b)
        return;
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

char *gx_sbuf_take(gx_sbuf *b)
{
    if (!b->p)
        gx_sbuf_put(b, "", 0);
    char *s = b->p;
    b->p = NULL;
    b->n = b->cap = 0;
    return s;
}

size_t gx_hd_utf8_next(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t k;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        k = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        v = c & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < k) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < k; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (u[i] & 0x3F);
    }
    *cp = v;
    return k;
}

size_t gx_hd_utf8_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

bool gx_hd_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x3000 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F;
}

static bool is_zero_width(uint32_t cp)
{
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x00AD ||
           cp == 0x2060;
}

void gx_sbuf_put_text(gx_sbuf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = gx_hd_utf8_next(s + i, n - i, &cp);
        if (gx_hd_is_space(cp)) {
            if (b->n > 0 && b->p[b->n - 1] != ' ' && b->p[b->n - 1] != '\n')
                gx_sbuf_put(b, " ", 1);
        } else if (!is_zero_width(cp) && cp != 0) {
            gx_sbuf_put(b, s + i, k);
        }
        i += k;
    }
}

void gx_sbuf_rtrim(gx_sbuf *b)
{
    while (b->n > 0 && b->p[b->n - 1] == ' ')
        b->p[--b->n] = 0;
}

bool gx_hd_is(const xmlNode *n, const char *tag)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, tag) == 0;
}

const char *gx_hd_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || strcmp((const char *)a->name, name) != 0)
            continue;
        if (!a->children)
            return "";
        if (a->children->type == XML_TEXT_NODE && a->children->content)
            return (const char *)a->children->content;
        return "";
    }
    return NULL;
}

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

bool gx_hd_contains_ci(const char *hay, const char *word)
{
    if (!hay || !word)
        return false;
    size_t wl = strlen(word);
    for (const char *p = hay; *p; p++) {
        size_t i = 0;
        while (i < wl && p[i] && lower((unsigned char)p[i]) == word[i])
            i++;
        if (i == wl)
            return true;
    }
    return false;
}

bool gx_hd_is_code(const xmlNode *n)
{
    static const char *const tags[] = {
        "script", "style", "noscript", "template", "svg",    "math",     "canvas",
        "object", "embed", "iframe",   "textarea", "select", "option",   "button",
        "head",   "title", "audio",    "video",    "map",    "frameset", NULL};
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return false;
    for (int i = 0; tags[i]; i++)
        if (strcmp((const char *)n->name, tags[i]) == 0)
            return true;
    return false;
}

bool gx_hd_is_hidden(const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return false;
    if (gx_hd_attr(n, "hidden"))
        return true;
    const char *a = gx_hd_attr(n, "aria-hidden");
    if (a && gx_hd_contains_ci(a, "true"))
        return true;
    const char *st = gx_hd_attr(n, "style");
    if (st) {
        /* "display:none" / "display: none" / "visibility:hidden" */
        char c[128];
        size_t k = 0;
        for (const char *p = st; *p && k + 1 < sizeof c; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n')
                c[k++] = (char)lower((unsigned char)*p);
        c[k] = 0;
        if (strstr(c, "display:none") || strstr(c, "visibility:hidden"))
            return true;
    }
    return false;
}

static void text_rec(const xmlNode *n, gx_sbuf *b, int depth)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                gx_sbuf_put_text(b, (const char *)c->content, strlen((const char *)c->content));
        } else if (c->type == XML_ELEMENT_NODE) {
            if (gx_hd_is_code(c) || gx_hd_is_hidden(c))
                continue;
            if (gx_hd_is(c, "br")) {
                gx_sbuf_put_text(b, " ", 1);
                continue;
            }
            if (depth < 256)
                text_rec(c, b, depth + 1);
        }
    }
}

void gx_hd_text(const xmlNode *n, gx_sbuf *b)
{
    if (!n)
        return;
    if (n->type == XML_TEXT_NODE) {
        if (n->content)
            gx_sbuf_put_text(b, (const char *)n->content, strlen((const char *)n->content));
        return;
    }
    text_rec(n, b, 0);
}

char *gx_hd_trim(char *s)
{
    if (!s)
        return s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = gx_hd_utf8_next(s + i, n - i, &cp);
        if (!gx_hd_is_space(cp) && !is_zero_width(cp))
            break;
        i += k;
    }
    size_t e = n;
    while (e > i) {
        size_t st = e - 1;
        while (st > i && ((unsigned char)s[st] & 0xC0) == 0x80)
            st--;
        uint32_t cp;
        gx_hd_utf8_next(s + st, e - st, &cp);
        if (!gx_hd_is_space(cp) && !is_zero_width(cp))
            break;
        e = st;
    }
    memmove(s, s + i, e - i);
    s[e - i] = 0;
    return s;
}

char *gx_hd_text_dup(const xmlNode *n)
{
    gx_sbuf b = {0};
    gx_hd_text(n, &b);
    return gx_hd_trim(gx_sbuf_take(&b));
}
