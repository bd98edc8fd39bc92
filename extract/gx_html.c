/* gx_html.c — HTML input: a whole news page or a CMS body fragment -> the article's main text
 * and metadata (issue 8). See gx_html.h for the interface.
 *
 * Steps: decode the bytes to UTF-8 (gx_charset), parse with libxml2's HTML parser (recovering,
 * no network), collect metadata (gx_html_meta), then find the main content:
 *   1. index every element once (pre-order; parents before children) and every text node;
 *      script/style/template/hidden subtrees are never indexed;
 *   2. per pass, mark excluded elements (nav, footer, aside, figures, form controls; "unlikely"
 *      class/id names such as comment, sidebar, share, related, caption, copyright), count
 *      text, link text and punctuation (CJK counts) per element;
 *   3. score paragraphs (an element with at least 25 characters of its own inline text) by
 *      punctuation and length, add the score to their ancestors, weight ancestors by tag and
 *      class/id hints, scale by (1 - link density); keep the best subtree and the siblings
 *      that score close to it or read like article paragraphs;
 *   4. clean the kept subtree conditionally (link-heavy, form-like or negatively named blocks,
 *      teaser <article>s listed inside another), render it to paragraphs (blocks and <br>
 *      break lines, entities already decoded by the parser), drop short all-link paragraphs,
 *      and move byline / dateline / editor / share lines out of the body into metadata.
 * If a pass leaves too little text, the next pass relaxes the rules (as readability does).
 * A fragment (no <html>, <head> or <body> tag) is taken whole. Traversals are iterative, so
 * no input nests deep enough to exhaust the stack. */
#include "gx_html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_charset.h"
#include "gx_html_dom.h"
#include "gx_html_meta.h"

#define GX_HTML_MAX_INPUT (64u * 1024u * 1024u)
#define LINK_PARA_MAX     200 /* characters: shorter all-link paragraphs are navigation */

enum {
    F_BLOCK = 1,    /* block-level element                                */
    F_JUNK = 2,     /* never article text (nav, footer, form, figure ...)  */
    F_UNLIKELY = 4, /* class/id says boilerplate                           */
    F_LINK = 8,     /* an <a> or inside one                                */
    F_HARD = 16,    /* class/id says comments, sidebar, footer, share ...  */
};

typedef struct ninfo {
    xmlNode *node;
    int parent; /* index or -1 */
    int blk;    /* nearest block ancestor-or-self, or -1 */
    int flags;
    int weight; /* class/id weight */
    int last;   /* index of the last element of its subtree */
    /* per pass */
    int excl;
    int len, link, punct;            /* subtree totals (code points)     */
    int ilen, ilink, ipunct;         /* own inline text                  */
    int np, nimg, nli, ninput, nart; /* subtree element counts          */
    double score;
    int scored;
    int drop;
    int keep;
    int table; /* a <table>: 0 not looked at yet, 1 a data table (rows render as lines), 2 not */
} ninfo;

typedef struct tinfo {
    int parent; /* element index */
    int len, punct;
} tinfo;

/* Per-page caches: tag names are interned by libxml2's dictionary (one pointer per name), and
 * class/id values repeat across a page, so each is classified once. */
enum { T_CODE = 1 << 8, T_A = 1 << 9, T_HEAD = 1 << 10 };
#define TAG_CACHE  96
#define ATTR_CACHE 1024

typedef struct attr_slot {
    uint64_t key; /* 0: empty */
    int uflags, weight;
} attr_slot;

typedef struct page {
    ninfo *n;
    int nn, cap;
    tinfo *t;
    int nt, tcap;
    struct {
        const xmlChar *name;
        int bits;
    } tags[TAG_CACHE];
    int ntags;
    attr_slot *attrs; /* ATTR_CACHE slots */
} page;

/* ---------------------------------------------------------------- classification */

static bool name_in(const char *name, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(name, list[i]) == 0)
            return true;
    return false;
}

static const char *const BLOCK_TAGS[] = {
    "address",  "article", "aside", "blockquote", "body",    "center",   "dd",         "details",
    "dialog",   "dir",     "div",   "dl",         "dt",      "fieldset", "figcaption", "figure",
    "footer",   "form",    "h1",    "h2",         "h3",      "h4",       "h5",         "h6",
    "header",   "hgroup",  "hr",    "html",       "li",      "main",     "menu",       "nav",
    "ol",       "p",       "pre",   "section",    "summary", "table",    "tbody",      "thead",
    "tfoot",    "tr",      "td",    "th",         "ul",      "caption",  "legend",     "br",
    "noscript", "frame",   NULL};

static const char *const JUNK_TAGS[] = {"nav",        "aside",   "footer", "figure",
                                        "figcaption", "dialog",  "menu",   "input",
                                        "label",      "picture", "img",    NULL};

/* class and id of e, lower-cased, as " class|id " into buf (size n); "" when neither. */
static const char *names_of(const xmlNode *e, char *buf, size_t n, bool want_class, bool want_id)
{
    const char *parts[2] = {want_class ? gx_hd_attr(e, "class") : NULL,
                            want_id ? gx_hd_attr(e, "id") : NULL};
    size_t k = 0;
    for (int i = 0; i < 2; i++) {
        if (!parts[i])
            continue;
        for (const char *p = parts[i]; *p && k + 2 < n; p++)
            buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
        if (k + 2 < n)
            buf[k++] = '|';
    }
    buf[k] = 0;
    return buf;
}

static bool words_any(const char *lowered, const char *const *words)
{
    if (!*lowered)
        return false;
    for (int i = 0; words[i]; i++)
        if (strstr(lowered, words[i]))
            return true;
    return false;
}

static const char *const UNLIKELY[] = {
    "-ad-",         "ai2html",    "banner",     "breadcrumb",   "combx",       "comment",
    "community",    "cover-wrap", "disqus",     "extra",        "footer",      "gdpr",
    "header",       "legends",    "menu",       "related",      "remark",      "replies",
    "rss",          "shoutbox",   "sidebar",    "skyscraper",   "social",      "sponsor",
    "supplemental", "ad-break",   "agegate",    "pagination",   "pager",       "popup",
    "yom-remote",   "share",      "newsletter", "subscribe",    "promo",       "cookie",
    "modal",        "recommend",  "trending",   "most-popular", "mostpopular", "outbrain",
    "taboola",      "copyright",  NULL};
/* Names that never hold the story, even when relaxing the rules. */
static const char *const HARD[] = {
    "comment",     "disqus",       "replies",    "respond", "footer",     "sidebar",   "related",
    "share",       "social",       "newsletter", "cookie",  "popup",      "modal",     "sponsor",
    "outbrain",    "taboola",      "agegate",    "gdpr",    "breadcrumb", "recommend", "trending",
    "mostpopular", "most-popular", "copyright",  NULL};
static const char *const MAYBE[] = {"and",    "article", "body", "column", "content", "main",
                                    "shadow", "story",   "post", "entry",  NULL};
static const char *const NEGATIVE[] = {
    "-ad-",     "hidden",   "banner", "combx",     "comment",    "com-",    "contact",
    "foot",     "footnote", "gdpr",   "masthead",  "media",      "meta",    "outbrain",
    "promo",    "related",  "scroll", "share",     "shoutbox",   "sidebar", "skyscraper",
    "sponsor",  "shopping", "tags",   "tool",      "widget",     "byline",  "author",
    "dateline", "caption",  "nav",    "recommend", "newsletter", NULL};
static const char *const POSITIVE[] = {
    "article", "body", "content", "entry", "hentry", "h-entry",  "main", "page",
    "post",    "text", "blog",    "story", "detail", "zhengwen", "正文", NULL};

static int class_weight(const xmlNode *e)
{
    char buf[512];
    int w = 0;
    for (int part = 0; part < 2; part++) {
        const char *l = names_of(e, buf, sizeof buf, part == 0, part == 1);
        if (!*l)
            continue;
        if (words_any(l, NEGATIVE))
            w -= 25;
        if (words_any(l, POSITIVE))
            w += 25;
    }
    const char *ip = gx_hd_attr(e, "itemprop");
    if (ip && (strstr(ip, "articleBody") || strstr(ip, "text")))
        w += 50;
    return w;
}

/* Elements never dropped for their class or id. */
static bool unlikely_exempt(const xmlNode *e)
{
    const char *name = (const char *)e->name;
    return !strcmp(name, "body") || !strcmp(name, "html") || !strcmp(name, "article") ||
           !strcmp(name, "main") || !strcmp(name, "a") || !strcmp(name, "table") ||
           !strcmp(name, "tbody") || !strcmp(name, "tr") || !strcmp(name, "td") ||
           !strcmp(name, "p");
}

/* 0: likely content; F_UNLIKELY: probably boilerplate; F_UNLIKELY|F_HARD: boilerplate (the
 * element's name is not considered here: see unlikely_exempt). */
static int unlikely_flags(const xmlNode *e)
{
    const char *role = gx_hd_attr(e, "role");
    if (role && (!strcmp(role, "menu") || !strcmp(role, "menubar") ||
                 !strcmp(role, "complementary") || !strcmp(role, "navigation") ||
                 !strcmp(role, "alert") || !strcmp(role, "alertdialog") || !strcmp(role, "dialog")))
        return F_UNLIKELY | F_HARD;
    char buf[512];
    const char *l = names_of(e, buf, sizeof buf, true, true);
    if (!*l)
        return 0;
    const char *ip = gx_hd_attr(e, "itemprop");
    if (ip && strstr(ip, "articleBody"))
        return 0;
    if (strstr(l, "caption") || strstr(l, "credit"))
        return F_UNLIKELY | F_HARD; /* photo captions and credits are not the story */
    if (!words_any(l, UNLIKELY) || words_any(l, MAYBE))
        return 0;
    return words_any(l, HARD) ? F_UNLIKELY | F_HARD : F_UNLIKELY;
}

static bool is_punct(uint32_t cp)
{
    return cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x3002 || cp == 0xFF1B ||
           cp == 0xFF01 || cp == 0xFF1F || cp == 0x060C || cp == 0xFE50 || cp == 0xFF0E;
}

/* Code points and punctuation of a text node, whitespace runs counted once. */
static void measure(const char *s, int *len, int *punct)
{
    size_t n = strlen(s), i = 0;
    int l = 0, p = 0;
    bool sp = true;
    while (i < n) {
        uint32_t cp;
        i += gx_hd_utf8_next(s + i, n - i, &cp);
        if (gx_hd_is_space(cp)) {
            if (!sp)
                l++;
            sp = true;
            continue;
        }
        sp = false;
        l++;
        if (is_punct(cp))
            p++;
    }
    *len = l;
    *punct = p;
}

/* ---------------------------------------------------------------- indexing */

/* Next node in document order after n within root, descending into children when down. */
static xmlNode *next_node(xmlNode *n, const xmlNode *root, bool down)
{
    if (down && n->children)
        return n->children;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

static int idx_of(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE ? (int)(intptr_t)n->_private - 1 : -1;
}

static int tag_bits_compute(const xmlNode *n)
{
    const char *name = (const char *)n->name;
    int bits = 0;
    if (name_in(name, BLOCK_TAGS))
        bits |= F_BLOCK;
    if (name_in(name, JUNK_TAGS))
        bits |= F_JUNK;
    if (gx_hd_is_code(n))
        bits |= T_CODE;
    if (!strcmp(name, "a"))
        bits |= T_A;
    if (!strcmp(name, "head"))
        bits |= T_HEAD;
    return bits;
}

static int tag_bits(page *pg, const xmlNode *n)
{
    for (int i = 0; i < pg->ntags; i++)
        if (pg->tags[i].name == n->name)
            return pg->tags[i].bits;
    int bits = tag_bits_compute(n);
    if (pg->ntags < TAG_CACHE) {
        pg->tags[pg->ntags].name = n->name;
        pg->tags[pg->ntags].bits = bits;
        pg->ntags++;
    }
    return bits;
}

static uint64_t fnv(uint64_t h, const char *s)
{
    if (s)
        for (; *s; s++)
            h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (h ^ 0xFF) * 1099511628211ull;
}

/* Unlikely flags and class weight of e, through the page's cache. */
static void attr_info(page *pg, const xmlNode *e, int *uflags, int *weight)
{
    const char *cl = NULL, *id = NULL, *role = NULL, *ip = NULL;
    for (const xmlAttr *a = e->properties; a; a = a->next) {
        const char *an = (const char *)a->name;
        const char *v = (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                            ? (const char *)a->children->content
                            : "";
        if (!strcmp(an, "class"))
            cl = v;
        else if (!strcmp(an, "id"))
            id = v;
        else if (!strcmp(an, "role"))
            role = v;
        else if (!strcmp(an, "itemprop"))
            ip = v;
    }
    *uflags = *weight = 0;
    if (!cl && !id && !role && !ip)
        return;
    uint64_t key = fnv(fnv(fnv(fnv(1469598103934665603ull, cl), id), role), ip);
    if (key == 0)
        key = 1;
    if (!pg->attrs)
        pg->attrs = gl_calloc(ATTR_CACHE, sizeof *pg->attrs);
    for (unsigned probe = 0; probe < 8; probe++) {
        attr_slot *sl = &pg->attrs[(key + probe) & (ATTR_CACHE - 1)];
        if (sl->key == key) {
            *uflags = sl->uflags;
            *weight = sl->weight;
            return;
        }
        if (sl->key == 0) {
            sl->key = key;
            sl->uflags = *uflags = unlikely_flags(e);
            sl->weight = *weight = class_weight(e);
            return;
        }
    }
    *uflags = unlikely_flags(e);
    *weight = class_weight(e);
}

static void index_page(page *pg, xmlNode *root)
{
    xmlNode *n = root;
    while (n) {
        bool down = false;
        if (n->type == XML_ELEMENT_NODE && n->name) {
            int bits = tag_bits(pg, n);
            if (!(bits & (T_CODE | T_HEAD)) && !gx_hd_is_hidden(n)) {
                if (pg->nn == pg->cap) {
                    pg->cap = pg->cap ? pg->cap * 2 : 256;
                    pg->n = gl_realloc(pg->n, (size_t)pg->cap * sizeof *pg->n);
                }
                int i = pg->nn++;
                ninfo *ni = &pg->n[i];
                memset(ni, 0, sizeof *ni);
                ni->node = n;
                n->_private = (void *)(intptr_t)(i + 1);
                ni->parent = (n == root) ? -1 : idx_of(n->parent);
                int uflags, weight;
                attr_info(pg, n, &uflags, &weight);
                if (uflags && unlikely_exempt(n))
                    uflags = 0;
                ni->flags |= (bits & (F_BLOCK | F_JUNK)) | uflags;
                if ((bits & T_A) || (ni->parent >= 0 && (pg->n[ni->parent].flags & F_LINK)))
                    ni->flags |= F_LINK;
                ni->blk =
                    (ni->flags & F_BLOCK) ? i : (ni->parent >= 0 ? pg->n[ni->parent].blk : -1);
                ni->weight = weight;
                down = true;
            }
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            int p = idx_of(n->parent);
            if (p >= 0) {
                int len, punct;
                measure((const char *)n->content, &len, &punct);
                if (len > 0) {
                    if (pg->nt == pg->tcap) {
                        pg->tcap = pg->tcap ? pg->tcap * 2 : 256;
                        pg->t = gl_realloc(pg->t, (size_t)pg->tcap * sizeof *pg->t);
                    }
                    pg->t[pg->nt++] = (tinfo){p, len, punct};
                }
            }
        }
        n = next_node(n, root, down);
    }
    for (int i = 0; i < pg->nn; i++)
        pg->n[i].last = i;
    for (int i = pg->nn - 1; i > 0; i--) {
        int p = pg->n[i].parent;
        if (p >= 0 && pg->n[i].last > pg->n[p].last)
            pg->n[p].last = pg->n[i].last;
    }
}

/* ---------------------------------------------------------------- one pass */

enum { P_STRIP_UNLIKELY = 1, P_WEIGHT = 2, P_CLEAN = 4, P_STRIP_HARD = 8 };

static void count_pass(page *pg, int opts)
{
    for (int i = 0; i < pg->nn; i++) {
        ninfo *ni = &pg->n[i];
        int keepflags = ni->flags;
        xmlNode *node = ni->node;
        int parent = ni->parent, blk = ni->blk, weight = ni->weight, last = ni->last;
        memset(ni, 0, sizeof *ni);
        ni->last = last;
        ni->node = node;
        ni->flags = keepflags;
        ni->parent = parent;
        ni->blk = blk;
        ni->weight = weight;
        ni->excl =
            (ni->flags & F_JUNK) || ((opts & P_STRIP_UNLIKELY) && (ni->flags & F_UNLIKELY)) ||
            ((opts & P_STRIP_HARD) && (ni->flags & F_HARD)) || (parent >= 0 && pg->n[parent].excl);
        if (ni->excl)
            continue;
        const char *name = (const char *)node->name;
        ni->np = !strcmp(name, "p");
        ni->nimg = !strcmp(name, "img");
        ni->nli = !strcmp(name, "li");
        ni->nart = !strcmp(name, "article");
        ni->ninput = !strcmp(name, "input") || !strcmp(name, "select") ||
                     !strcmp(name, "textarea") || !strcmp(name, "button");
    }
    for (int k = 0; k < pg->nt; k++) {
        tinfo *t = &pg->t[k];
        ninfo *p = &pg->n[t->parent];
        if (p->excl)
            continue;
        p->len += t->len;
        p->punct += t->punct;
        if (p->flags & F_LINK)
            p->link += t->len;
        if (p->blk >= 0) {
            ninfo *b = &pg->n[p->blk];
            b->ilen += t->len;
            b->ipunct += t->punct;
            if (p->flags & F_LINK)
                b->ilink += t->len;
        }
    }
    for (int i = pg->nn - 1; i > 0; i--) {
        ninfo *ni = &pg->n[i];
        if (ni->excl || ni->parent < 0)
            continue;
        ninfo *p = &pg->n[ni->parent];
        p->len += ni->len;
        p->link += ni->link;
        p->punct += ni->punct;
        p->np += ni->np;
        p->nimg += ni->nimg;
        p->nli += ni->nli;
        p->ninput += ni->ninput;
        p->nart += ni->nart;
    }
}

static double link_density(const ninfo *ni)
{
    return ni->len > 0 ? (double)ni->link / (double)ni->len : 0.0;
}

static void init_candidate(ninfo *ni, int opts)
{
    if (ni->scored)
        return;
    ni->scored = 1;
    const char *name = (const char *)ni->node->name;
    double s = 0;
    if (!strcmp(name, "div") || !strcmp(name, "article") || !strcmp(name, "section") ||
        !strcmp(name, "main"))
        s += 5;
    else if (!strcmp(name, "pre") || !strcmp(name, "td") || !strcmp(name, "blockquote"))
        s += 3;
    else if (!strcmp(name, "address") || !strcmp(name, "ol") || !strcmp(name, "ul") ||
             !strcmp(name, "dl") || !strcmp(name, "dd") || !strcmp(name, "dt") ||
             !strcmp(name, "li") || !strcmp(name, "form"))
        s -= 3;
    else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2])
        s -= 5;
    else if (!strcmp(name, "th"))
        s -= 5;
    if (opts & P_WEIGHT)
        s += ni->weight;
    ni->score = s;
}

static bool is_heading(const char *name)
{
    return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
}

/* Returns the index of the best candidate, or -1. */
static int score_pass(page *pg, int opts)
{
    for (int i = 0; i < pg->nn; i++) {
        ninfo *ni = &pg->n[i];
        if (ni->excl || !(ni->flags & F_BLOCK) || ni->ilen < 25)
            continue;
        const char *name = (const char *)ni->node->name;
        if (is_heading(name) || !strcmp(name, "body") || !strcmp(name, "html"))
            continue;
        if (ni->ilen > 0 && (double)ni->ilink / ni->ilen > 0.6)
            continue;
        double s = 1 + ni->ipunct + (ni->ilen / 100 > 3 ? 3 : ni->ilen / 100);
        int level = 0;
        for (int a = ni->parent; a >= 0 && level < 5; a = pg->n[a].parent, level++) {
            ninfo *an = &pg->n[a];
            if (!an->node->name)
                break;
            init_candidate(an, opts);
            double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            an->score += s / div;
        }
    }
    int best = -1;
    double bs = 0;
    for (int i = 0; i < pg->nn; i++) {
        ninfo *ni = &pg->n[i];
        if (!ni->scored || ni->excl)
            continue;
        ni->score *= 1 - link_density(ni);
        if (best < 0 || ni->score > bs) {
            best = i;
            bs = ni->score;
        }
    }
    if (best < 0)
        return -1;
    /* Climb while the parent scores well (the content is split among children). */
    double last = pg->n[best].score, threshold = last / 3;
    for (int p = pg->n[best].parent; p >= 0; p = pg->n[p].parent) {
        const char *name = (const char *)pg->n[p].node->name;
        if (!strcmp(name, "body") || !strcmp(name, "html"))
            break;
        if (!pg->n[p].scored)
            continue;
        if (pg->n[p].score < threshold)
            break;
        if (pg->n[p].score > last) {
            best = p;
            break;
        }
        last = pg->n[p].score;
    }
    /* An only child: its parent is the better container. */
    for (;;) {
        int p = pg->n[best].parent;
        if (p < 0)
            break;
        const char *name = (const char *)pg->n[p].node->name;
        if (!strcmp(name, "body") || !strcmp(name, "html"))
            break;
        int children = 0;
        for (xmlNode *c = pg->n[p].node->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && idx_of(c) >= 0 && !pg->n[idx_of(c)].excl)
                children++;
        if (children != 1)
            break;
        if (!pg->n[p].scored) {
            init_candidate(&pg->n[p], opts);
            pg->n[p].score += pg->n[best].score;
        }
        best = p;
    }
    return best;
}

/* Is the text of a sibling paragraph sentence-like (ends with . ! ? 。 ！ ？)? */
static bool sentence_like(const xmlNode *e)
{
    char *t = gx_hd_text_dup(e);
    size_t n = strlen(t);
    bool ok = (n > 0 && (t[n - 1] == '.' || t[n - 1] == '!' || t[n - 1] == '?')) ||
              strstr(t, ". ") ||
              (n >= 3 &&
               (!strcmp(t + n - 3, "。") || !strcmp(t + n - 3, "！") || !strcmp(t + n - 3, "？")));
    free(t);
    return ok;
}

/* Mark the top candidate and the siblings that belong with it (keep = 1). */
static void pick_siblings(page *pg, int top)
{
    ninfo *tn = &pg->n[top];
    int parent = tn->parent;
    if (parent < 0) {
        tn->keep = 1;
        return;
    }
    double thr = tn->score * 0.2;
    if (thr < 10)
        thr = 10;
    const char *tcl = gx_hd_attr(tn->node, "class");
    for (xmlNode *c = pg->n[parent].node->children; c; c = c->next) {
        int i = idx_of(c);
        if (i < 0 || pg->n[i].excl)
            continue;
        ninfo *s = &pg->n[i];
        if (i == top) {
            s->keep = 1;
            continue;
        }
        double bonus = 0;
        const char *scl = gx_hd_attr(c, "class");
        if (tcl && scl && *tcl && !strcmp(tcl, scl))
            bonus = tn->score * 0.2;
        if (s->scored && s->score + bonus >= thr) {
            s->keep = 1;
            continue;
        }
        const char *name = (const char *)c->name;
        if (!strcmp(name, "p") || (s->flags & F_BLOCK && s->ilen == s->len && s->len > 0)) {
            double ld = link_density(s);
            if (s->len > 80 && ld < 0.25)
                s->keep = 1;
            else if (s->len > 0 && s->len <= 80 && ld == 0 && sentence_like(c))
                s->keep = 1;
        }
    }
}

/* Is element i a teaser: a nested <article> listed with others, or whose heading is a link to
 * another story? */
static bool teaser(const page *pg, int i)
{
    /* one of several stories listed inside another <article> */
    for (int a = pg->n[i].parent; a >= 0; a = pg->n[a].parent)
        if (gx_hd_is(pg->n[a].node, "article")) {
            if (pg->n[a].nart >= 3) /* itself and two more */
                return true;
            break;
        }
    for (int j = i + 1; j <= pg->n[i].last; j++) {
        const ninfo *h = &pg->n[j];
        if (h->excl || !is_heading((const char *)h->node->name))
            continue;
        if (h->len > 0 && h->link * 10 >= h->len * 8)
            return true;
    }
    return false;
}

/* Conditional cleaning of blocks inside the kept content. */
static void clean_pass(page *pg, int opts)
{
    for (int i = 0; i < pg->nn; i++) {
        ninfo *ni = &pg->n[i];
        if (ni->excl || ni->keep)
            continue;
        const char *name = (const char *)ni->node->name;
        if (!strcmp(name, "article") && teaser(pg, i)) {
            ni->drop = 1;
            continue;
        }
        bool target = !strcmp(name, "div") || !strcmp(name, "section") || !strcmp(name, "ul") ||
                      !strcmp(name, "ol") || !strcmp(name, "table") || !strcmp(name, "header") ||
                      !strcmp(name, "dl") || !strcmp(name, "center") || !strcmp(name, "form");
        if (!target)
            continue;
        int weight = (opts & P_WEIGHT) ? ni->weight : 0;
        bool drop = false;
        if (weight + (ni->scored ? ni->score : 0) < 0)
            drop = true;
        else if (ni->punct < 10) {
            bool list = !strcmp(name, "ul") || !strcmp(name, "ol");
            double ld = link_density(ni);
            int p = ni->np, img = ni->nimg, li = ni->nli - 100;
            if ((img > 1 && (double)p / img < 0.5) || (!list && li > p) ||
                (ni->ninput > p / 3 && ni->ninput > 0) ||
                (!list && ni->len < 25 && (img == 0 || img > 2)) ||
                (!list && weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5) ||
                (list && ld > 0.5))
                drop = true;
        }
        if (drop)
            ni->drop = 1;
    }
}

/* ---------------------------------------------------------------- rendering */

static void para_break(gx_sbuf *b)
{
    gx_sbuf_rtrim(b);
    if (b->n == 0)
        return;
    if (b->n >= 2 && b->p[b->n - 1] == '\n' && b->p[b->n - 2] == '\n')
        return;
    if (b->p[b->n - 1] == '\n')
        gx_sbuf_put(b, "\n", 1);
    else
        gx_sbuf_put(b, "\n\n", 2);
}

/* Data tables. A table whose rows are short cells (a stock list, a results table) renders
 * each row as one line "| 代码 | 名称 | 涨跌幅(%) |", a paragraph of its own, so the quantity
 * stage reads a cell under its column's header (the first '|' line: gx_quantity.c
 * pipe_column). A layout table (a cell holding paragraphs, a nested table, a cell longer than
 * CELL_MAX, or row spans that shift the columns) keeps one paragraph per cell. */
#define CELL_MAX 40 /* code points of a data table's cell */

static bool is_cell(const xmlNode *c)
{
    return gx_hd_is(c, "td") || gx_hd_is(c, "th");
}

/* The <table> a <tr> belongs to (directly or through thead/tbody/tfoot), or NULL. */
static xmlNode *row_table(const xmlNode *tr)
{
    xmlNode *p = tr->parent;
    if (p && (gx_hd_is(p, "tbody") || gx_hd_is(p, "thead") || gx_hd_is(p, "tfoot")))
        p = p->parent;
    return gx_hd_is(p, "table") ? p : NULL;
}

static int span_attr(const xmlNode *c, const char *name)
{
    const char *v = gx_hd_attr(c, name);
    return v ? atoi(v) : 1;
}

/* Code points of UTF-8 s. */
static int cps_of(const char *s, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Does cell c hold only inline content (no block element but <br>)? */
static bool inline_cell(const xmlNode *c)
{
    const xmlNode *n = c->children;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            int i = idx_of(n);
            if (i >= 0 && !gx_hd_is(n, "br") && name_in((const char *)n->name, BLOCK_TAGS))
                return false;
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        while (n != c && !n->next)
            n = n->parent;
        if (n == c)
            break;
        n = n->next;
    }
    return true;
}

/* Does row tr keep table t a data table? Counts it in *rows and, with two cells or more, in
 * *wide; b is scratch. */
static bool data_row(const xmlNode *tr, int *rows, int *wide, gx_sbuf *b)
{
    int cells = 0;
    for (const xmlNode *cell = tr->children; cell; cell = cell->next) {
        if (!is_cell(cell))
            continue;
        cells++;
        if (span_attr(cell, "rowspan") > 1 || !inline_cell(cell))
            return false;
        b->n = 0;
        gx_hd_text(cell, b);
        if (cps_of(b->p, b->n) > CELL_MAX)
            return false;
    }
    (*rows)++;
    *wide += cells >= 2;
    return true;
}

/* 1 when table t is a data table (see above), else 2. */
static int table_kind(const xmlNode *t)
{
    int rows = 0, wide = 0, kind = 1;
    gx_sbuf b = {0};
    for (const xmlNode *c = t->children; c && kind == 1; c = c->next) {
        if (gx_hd_is(c, "tr")) {
            if (!data_row(c, &rows, &wide, &b))
                kind = 2;
        } else if (gx_hd_is(c, "tbody") || gx_hd_is(c, "thead") || gx_hd_is(c, "tfoot")) {
            for (const xmlNode *tr = c->children; tr && kind == 1; tr = tr->next)
                if (gx_hd_is(tr, "tr") && !data_row(tr, &rows, &wide, &b))
                    kind = 2;
        }
    }
    gx_sbuf_free(&b);
    return kind == 1 && rows >= 2 && wide >= 2 ? 1 : 2;
}

/* Is tr a row of a data table, to be rendered as one line (no cell spans two columns)? */
static bool pipe_row(page *pg, const xmlNode *tr)
{
    xmlNode *t = row_table(tr);
    int ti = idx_of(t);
    if (ti < 0)
        return false;
    if (!pg->n[ti].table)
        pg->n[ti].table = table_kind(t);
    if (pg->n[ti].table != 1)
        return false;
    int cells = 0;
    for (const xmlNode *c = tr->children; c; c = c->next)
        if (is_cell(c)) {
            if (span_attr(c, "colspan") > 1)
                return false;
            cells++;
        }
    return cells >= 2;
}

/* One row of a data table as a line: "| a | b |" ('|' inside a cell becomes '/'). */
static void render_row(const xmlNode *tr, gx_sbuf *b)
{
    gx_sbuf cell = {0};
    para_break(b);
    gx_sbuf_put(b, "|", 1);
    for (const xmlNode *c = tr->children; c; c = c->next) {
        if (!is_cell(c))
            continue;
        cell.n = 0;
        gx_hd_text(c, &cell);
        gx_sbuf_put(b, " ", 1);
        for (size_t k = 0; k < cell.n; k++)
            if (cell.p[k] == '|')
                cell.p[k] = '/';
        size_t s = 0, e = cell.n;
        while (s < e && cell.p[s] == ' ')
            s++;
        while (e > s && cell.p[e - 1] == ' ')
            e--;
        if (e > s) /* an empty cell has no buffer yet (cell.p NULL) */
            gx_sbuf_put(b, cell.p + s, e - s);
        gx_sbuf_put(b, " |", 2);
    }
    gx_sbuf_free(&cell);
    para_break(b);
}

/* Render the subtree of root: excluded/dropped elements skipped (use_flags), blocks and <br>
 * break paragraphs; a data table's row is one line (render_row). */
static void render(page *pg, xmlNode *root, gx_sbuf *b, bool use_flags)
{
    xmlNode *n = root;
    para_break(b);
    while (n) {
        bool down = false;
        if (n->type == XML_ELEMENT_NODE) {
            int i = idx_of(n);
            bool skip = i < 0;
            if (!skip && use_flags && (pg->n[i].excl || pg->n[i].drop))
                skip = true;
            if (!skip && gx_hd_is(n, "tr") && pipe_row(pg, n)) {
                render_row(n, b);
                skip = true;
            }
            if (!skip) {
                if (pg->n[i].flags & F_BLOCK)
                    para_break(b);
                else if (gx_hd_is(n, "a"))
                    gx_sbuf_put(b, "\x01", 1); /* link text starts (see finish_body) */
                down = true;
            }
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            gx_sbuf_put_text(b, (const char *)n->content, strlen((const char *)n->content));
        }
        if (down && n->children) {
            n = n->children;
            continue;
        }
        /* finish n and every ancestor we climb out of: a block ends its paragraph */
        for (;;) {
            if (n->type == XML_ELEMENT_NODE) {
                int i = idx_of(n);
                if (i >= 0 && (pg->n[i].flags & F_BLOCK))
                    para_break(b);
                else if (i >= 0 && gx_hd_is(n, "a") &&
                         !(use_flags && (pg->n[i].excl || pg->n[i].drop)))
                    gx_sbuf_put(b, "\x02", 1);
            }
            if (n == root) {
                n = NULL;
                break;
            }
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
            if (!n)
                break;
        }
    }
    para_break(b);
}

static bool same_text(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    while (*a && *b) {
        while (*a == ' ')
            a++;
        while (*b == ' ')
            b++;
        if (*a != *b)
            return false;
        if (*a) {
            a++;
            b++;
        }
    }
    while (*a == ' ')
        a++;
    while (*b == ' ')
        b++;
    return *a == *b;
}

/* Split rendered text into paragraphs, drop metadata lines, the title and (drop_links) short
 * paragraphs made of links, join with "\n\n". Returns a heap string (caller frees). */
static char *finish_body(const char *text, gx_html_meta *m, bool drop_links)
{
    gx_sbuf out = {0};
    const char *p = text;
    bool first = true;
    while (*p) {
        const char *e = strstr(p, "\n\n");
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *para = gl_strndup(p, n);
        /* strip the link markers, counting the characters inside links; a single newline
         * inside a paragraph cannot happen (no <pre> handling): be safe */
        int depth = 0, chars = 0, linked = 0;
        size_t w = 0;
        for (size_t q = 0; para[q]; q++) {
            char c = para[q];
            if (c == '\x01') {
                depth++;
                continue;
            }
            if (c == '\x02') {
                depth = depth > 0 ? depth - 1 : 0;
                continue;
            }
            if (c == '\n')
                c = ' ';
            if (c == ' ' && (w == 0 || para[w - 1] == ' '))
                continue;
            if (((unsigned char)c & 0xC0) != 0x80 && c != ' ') {
                chars++;
                if (depth)
                    linked++;
            }
            para[w++] = c;
        }
        para[w] = 0;
        gx_hd_trim(para);
        bool drop = !*para;
        /* a short paragraph that is nothing but links: "SEE MORE: ...", teaser lists */
        if (!drop && drop_links && chars < LINK_PARA_MAX && linked * 10 >= chars * 8)
            drop = true;
        if (!drop && first && (same_text(para, m->h1) || same_text(para, m->title)))
            drop = true;
        if (!drop && gx_html_meta_line(para, m))
            drop = true;
        if (!drop) {
            if (out.n)
                gx_sbuf_put(&out, "\n\n", 2);
            gx_sbuf_puts(&out, para);
            first = false;
        }
        free(para);
        if (!e)
            break;
        p = e + 2;
    }
    return gx_sbuf_take(&out);
}

/* ---------------------------------------------------------------- dates near the title */

static char *date_near_title(const gx_html_meta *m, const xmlNode *root)
{
    if (!m->h1_node)
        return NULL;
    gx_sbuf b = {0};
    xmlNode *n = (xmlNode *)m->h1_node;
    n = next_node(n, root, false);
    int steps = 0;
    while (n && steps < 80 && b.n < 600) {
        bool down = true;
        if (n->type == XML_ELEMENT_NODE) {
            if (gx_hd_is_code(n) || gx_hd_is_hidden(n))
                down = false;
            else if (gx_hd_is(n, "p")) {
                /* stop at the first real paragraph of the story */
                char *t = gx_hd_text_dup(n);
                size_t tl = strlen(t);
                free(t);
                if (tl > 200)
                    break;
            }
        } else if (n->type == XML_TEXT_NODE && n->content) {
            gx_sbuf_put_text(&b, (const char *)n->content, strlen((const char *)n->content));
            gx_sbuf_put(&b, " ", 1);
        }
        steps++;
        n = next_node(n, root, down);
    }
    char *d = b.p ? gx_html_date_iso(b.p, b.n) : NULL;
    gx_sbuf_free(&b);
    return d;
}

/* ---------------------------------------------------------------- driver */

static bool has_tag_ci(const char *s, size_t n, const char *tag)
{
    size_t tl = strlen(tag);
    for (size_t i = 0; i + tl + 1 < n; i++) {
        if (s[i] != '<')
            continue;
        size_t k = 0;
        while (k < tl && (s[i + 1 + k] | 0x20) == tag[k])
            k++;
        if (k == tl) {
            char c = s[i + 1 + tl];
            if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/')
                return true;
        }
    }
    return false;
}

static void add_warning(gx_html_result *out, const char *w)
{
    if (w && *w && out->nwarnings < GX_HTML_MAX_WARNINGS)
        out->warnings[out->nwarnings++] = gl_strdup(w);
}

static char *extract_main(page *pg, xmlNode *body, gx_html_meta *m)
{
    static const int passes[] = {P_STRIP_UNLIKELY | P_WEIGHT | P_CLEAN,
                                 P_STRIP_HARD | P_WEIGHT | P_CLEAN, P_STRIP_HARD | P_CLEAN,
                                 P_STRIP_HARD};
    char *best = NULL;
    size_t bestlen = 0;
    for (size_t pi = 0; pi < sizeof passes / sizeof *passes; pi++) {
        int opts = passes[pi];
        count_pass(pg, opts);
        int top = score_pass(pg, opts);
        gx_sbuf b = {0};
        if (top < 0) {
            render(pg, body, &b, true);
        } else {
            pick_siblings(pg, top);
            if (opts & P_CLEAN)
                clean_pass(pg, opts);
            int parent = pg->n[top].parent;
            if (parent < 0) {
                render(pg, pg->n[top].node, &b, true);
            } else {
                for (xmlNode *c = pg->n[parent].node->children; c; c = c->next) {
                    int i = idx_of(c);
                    if (i >= 0 && pg->n[i].keep)
                        render(pg, c, &b, true);
                }
            }
        }
        char *text = finish_body(b.p ? b.p : "", m, true);
        gx_sbuf_free(&b);
        size_t len = strlen(text); /* bytes: a Chinese character weighs three Latin ones */
        if (len > bestlen || !best) {
            free(best);
            best = text;
            bestlen = len;
        } else {
            free(text);
        }
        /* enough text: stop relaxing the rules (readability's 500 characters) */
        if (bestlen >= 500)
            break;
    }
    return best;
}

int gx_html_extract(const char *bytes, size_t len, const char *charset, gx_html_result *out,
                    gl_error *err)
{
    memset(out, 0, sizeof *out);
    if (!bytes && len)
        return gl_error_set(err, 400, "no HTML bytes");
    if (len > GX_HTML_MAX_INPUT)
        return gl_error_set(err, 413, "HTML input larger than %u bytes", GX_HTML_MAX_INPUT);
    int rc = -1;
    gx_charset_result dec;
    xmlDoc *doc = NULL;
    page pg;
    memset(&pg, 0, sizeof pg);
    gx_html_meta m;
    memset(&m, 0, sizeof m);

    if (gx_charset_decode(bytes ? bytes : "", len, charset, &dec, err) < 0)
        return -1;
    add_warning(out, dec.warning);

    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
               HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
    if (dec.len > 0 && dec.len < (size_t)INT32_MAX)
        doc = htmlReadMemory(dec.utf8, (int)dec.len, NULL, "UTF-8", opts);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        out->body = gl_strdup("");
        rc = 0;
        goto out;
    }
    bool fragment = !has_tag_ci(dec.utf8, dec.len, "html") &&
                    !has_tag_ci(dec.utf8, dec.len, "body") &&
                    !has_tag_ci(dec.utf8, dec.len, "head");

    gx_html_meta_collect(doc, &m);

    xmlNode *body = root;
    for (xmlNode *c = root->children; c; c = c->next)
        if (gx_hd_is(c, "body"))
            body = c;
    index_page(&pg, body);

    if (fragment) {
        count_pass(&pg, 0);
        gx_sbuf b = {0};
        for (int i = 0; i < pg.nn; i++) /* a fragment keeps its figures' captions out only */
            pg.n[i].excl = pg.n[i].excl &&
                           (gx_hd_is(pg.n[i].node, "figcaption") ||
                            gx_hd_is(pg.n[i].node, "figure") || gx_hd_is(pg.n[i].node, "form") ||
                            gx_hd_is(pg.n[i].node, "nav") || gx_hd_is(pg.n[i].node, "input"));
        render(&pg, body, &b, true);
        out->body = finish_body(b.p ? b.p : "", &m, false);
        gx_sbuf_free(&b);
    } else {
        out->body = extract_main(&pg, body, &m);
        /* pages that render their story with scripts often carry it in JSON-LD only */
        if (m.ld_body && !strchr(m.ld_body, '<') &&
            strlen(m.ld_body) > 2 * strlen(out->body) + 200) {
            gx_sbuf b = {0};
            for (const char *p = m.ld_body; *p;) {
                size_t l = strcspn(p, "\n");
                gx_sbuf_put_text(&b, p, l);
                para_break(&b);
                p += l;
                if (*p)
                    p++;
            }
            free(out->body);
            out->body = finish_body(b.p ? b.p : "", &m, false);
            gx_sbuf_free(&b);
        }
    }

    if (!m.published_at)
        m.published_at = date_near_title(&m, root);

    /* hand over metadata */
    out->title = m.title;
    m.title = NULL;
    if (!out->title && m.h1) {
        out->title = m.h1;
        m.h1 = NULL;
    }
    for (int i = 0; i < m.nauthors && i < GX_HTML_MAX_AUTHORS; i++) {
        out->authors[out->nauthors++] = m.authors[i];
        m.authors[i] = NULL;
    }
    m.nauthors = 0;
    out->published_at = m.published_at;
    m.published_at = NULL;
    out->outlet = m.outlet;
    m.outlet = NULL;
    out->url = m.url;
    m.url = NULL;
    out->editor = m.editor;
    m.editor = NULL;
    rc = 0;

out:
    if (rc < 0)
        gx_html_result_cleanup(out);
    gx_html_meta_cleanup(&m);
    free(pg.n);
    free(pg.t);
    free(pg.attrs);
    if (doc)
        xmlFreeDoc(doc);
    free(dec.utf8);
    return rc;
}

void gx_html_result_cleanup(gx_html_result *r)
{
    if (!r)
        return;
    free(r->title);
    free(r->body);
    free(r->published_at);
    free(r->outlet);
    free(r->url);
    free(r->editor);
    for (int i = 0; i < r->nauthors; i++)
        free(r->authors[i]);
    for (int i = 0; i < r->nwarnings; i++)
        free(r->warnings[i]);
    memset(r, 0, sizeof *r);
}

void gx_html_init(void)
{
    xmlInitParser();
}
