/* srv_webhook_adapt.c — WordPress / Ghost / Arc XP / generic payloads -> webhook items; see
 * srv_webhook_adapt.h. */
#include "srv_webhook_adapt.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gl_alloc.h"

static int digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (civil_from_days inverse). */
static long long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int wh_parse_time_ms(const char *s, long long *ms)
{
    if (!s)
        return -1;
    size_t n = strlen(s);
    int y, mo, d, h = 0, mi = 0, se = 0, frac = 0;
    if (n < 10 || digits(s, 4, &y) < 0 || s[4] != '-' || digits(s + 5, 2, &mo) < 0 ||
        s[7] != '-' || digits(s + 8, 2, &d) < 0)
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return -1;
    const char *p = s + 10;
    long long off_min = 0;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (digits(p, 2, &h) < 0 || p[2] != ':' || digits(p + 3, 2, &mi) < 0)
            return -1;
        p += 5;
        if (*p == ':') {
            if (digits(p + 1, 2, &se) < 0)
                return -1;
            p += 3;
            if (*p == '.' || *p == ',') {
                p++;
                int k = 0;
                while (*p >= '0' && *p <= '9') {
                    if (k < 3)
                        frac = frac * 10 + (*p - '0');
                    k++;
                    p++;
                }
                if (k == 0)
                    return -1;
                for (; k < 3; k++)
                    frac *= 10;
            }
        }
        if (h > 23 || mi > 59 || se > 60)
            return -1;
        if (*p == 'Z' || *p == 'z') {
            p++;
        } else if (*p == '+' || *p == '-') {
            int oh, om;
            int sign = *p == '-' ? -1 : 1;
            if (digits(p + 1, 2, &oh) < 0)
                return -1;
            p += 3;
            if (*p == ':')
                p++;
            if (digits(p, 2, &om) < 0)
                return -1;
            p += 2;
            off_min = sign * (oh * 60 + om);
        }
    }
    if (*p)
        return -1;
    long long secs = days_from_civil(y, mo, d) * 86400LL + h * 3600 + mi * 60 + se - off_min * 60;
    *ms = secs * 1000 + frac;
    return 0;
}

/* Append code point cp as UTF-8. */
static size_t put_utf8(char *o, unsigned long cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

char *wh_html_inline_text(const char *s)
{
    static const struct {
        const char *name;
        unsigned long cp;
    } named[] = {{"amp", '&'},        {"lt", '<'},          {"gt", '>'},         {"quot", '"'},
                 {"apos", '\''},      {"nbsp", ' '},        {"hellip", 0x2026},  {"ndash", 0x2013},
                 {"mdash", 0x2014},   {"lsquo", 0x2018},    {"rsquo", 0x2019},   {"ldquo", 0x201C},
                 {"rdquo", 0x201D},   {"middot", 0xB7},     {"laquo", 0xAB},     {"raquo", 0xBB},
                 {"copy", 0xA9},      {"reg", 0xAE},        {"trade", 0x2122}};
    size_t n = strlen(s);
    char *out = gl_malloc(n + 1), *o = out;
    for (size_t i = 0; i < n;) {
        if (s[i] == '<') { /* drop inline tags (<em>, <strong>, ...) */
            const char *e = strchr(s + i, '>');
            if (e) {
                i = (size_t)(e - s) + 1;
                continue;
            }
        }
        if (s[i] == '&') {
            const char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
            if (semi) {
                size_t l = (size_t)(semi - (s + i)) - 1;
                const char *ent = s + i + 1;
                unsigned long cp = 0;
                bool ok = false;
                if (l >= 2 && ent[0] == '#') {
                    char *end;
                    if (ent[1] == 'x' || ent[1] == 'X')
                        cp = strtoul(ent + 2, &end, 16);
                    else
                        cp = strtoul(ent + 1, &end, 10);
                    ok = end == semi && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
                } else {
                    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
                        if (strlen(named[k].name) == l && !strncmp(ent, named[k].name, l)) {
                            cp = named[k].cp;
                            ok = true;
                            break;
                        }
                }
                /* an encoded form is never shorter than its UTF-8 (&#NN; >= 4 bytes for <= 3) */
                if (ok && put_utf8((char[4]){0}, cp) <= l + 2) {
                    o += put_utf8(o, cp);
                    i = (size_t)(semi - s) + 1;
                    continue;
                }
            }
        }
        *o++ = s[i++];
    }
    *o = '\0';
    return out;
}

/* A JSON string or integer id as a new string reference (NULL when absent/other). */
static json_t *id_of(const json_t *v)
{
    if (json_is_string(v) && json_string_length(v) > 0)
        return json_string(json_string_value(v));
    if (json_is_integer(v)) {
        char b[32];
        snprintf(b, sizeof b, "%lld", (long long)json_integer_value(v));
        return json_string(b);
    }
    return NULL;
}

static const char *str(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s && *s ? s : NULL;
}

/* WordPress "rendered" fields: {"rendered": "..."} or a plain string. */
static const char *rendered(const json_t *o, const char *key)
{
    const json_t *v = json_object_get(o, key);
    if (json_is_object(v))
        return str(v, "rendered");
    return json_is_string(v) && json_string_length(v) ? json_string_value(v) : NULL;
}

/* Set item.modified_ms from an ISO string (absent = null). -1 with err when malformed. */
static int set_modified(json_t *item, const char *iso, gl_error *err)
{
    if (!iso) {
        json_object_set_new(item, "modified_ms", json_null());
        return 0;
    }
    long long ms;
    if (wh_parse_time_ms(iso, &ms) < 0)
        return gl_error_set(err, 422, "the modified time is not an ISO 8601 date-time");
    json_object_set_new(item, "modified_ms", json_integer(ms));
    return 0;
}

/* published_at for the engine: the date part of an ISO date-time (the engine wants a date). */
static void set_published(json_t *art, const char *iso)
{
    long long ms;
    if (!iso || wh_parse_time_ms(iso, &ms) < 0)
        return;
    char d[11];
    memcpy(d, iso, 10);
    d[10] = '\0';
    json_object_set_new(art, "published_at", json_string(d));
}

static json_t *new_item(const char *action, json_t *external_id)
{
    json_t *item = json_object();
    json_object_set_new(item, "action", json_string(action));
    json_object_set_new(item, "external_id", external_id ? external_id : json_null());
    return item;
}

/* Fill item.article from title/html/text/url; -1 (422) when there is no body. */
static int set_article(json_t *item, const char *source, const char *title, const char *html,
                       const char *text, const char *url, const char *published)
{
    if (!html && !text)
        return -1;
    json_t *art = json_object();
    if (html)
        json_object_set_new(art, "html", json_string(html));
    else
        json_object_set_new(art, "text", json_string(text));
    if (title) {
        char *t = wh_html_inline_text(title); /* WordPress titles are HTML */
        json_object_set_new(art, "title", json_string(t));
        free(t);
    }
    if (url)
        json_object_set_new(art, "url", json_string(url));
    set_published(art, published);
    json_object_set_new(art, "source", json_string(source));
    json_t *eid = json_object_get(item, "external_id");
    if (json_is_string(eid))
        json_object_set(art, "external_id", eid);
    json_object_set_new(item, "article", art);
    return 0;
}

static bool contains_any(const char *s, const char *const *words)
{
    if (!s)
        return false;
    for (; *words; words++)
        if (strstr(s, *words))
            return true;
    return false;
}

static const char *const RETRACT_WORDS[] = {"delete", "unpublish", "retract", "trash", "remove",
                                            NULL};

static bool is_retract_status(const char *status)
{
    static const char *const st[] = {"trash", "draft", "private", "pending", "future",
                                     "deleted", "unpublished", "scheduled", "retracted", NULL};
    if (!status)
        return false;
    for (int i = 0; st[i]; i++)
        if (!strcmp(status, st[i]))
            return true;
    return false;
}

static json_t *adapt_wordpress(const json_t *root, const char *source, gl_error *err)
{
    const json_t *p = root;
    bool deleted = json_is_true(json_object_get(root, "deleted"));
    if (json_is_object(json_object_get(root, "previous")) && deleted)
        p = json_object_get(root, "previous");
    else if (json_is_object(json_object_get(root, "post")))
        p = json_object_get(root, "post");
    json_t *eid = id_of(json_object_get(p, "id"));
    if (!eid)
        eid = id_of(json_object_get(p, "ID"));
    if (!eid)
        eid = id_of(json_object_get(root, "post_id"));
    const char *status = str(p, "status");
    if (!status)
        status = str(p, "post_status");
    const char *modified = str(p, "modified_gmt");
    if (!modified)
        modified = str(p, "post_modified_gmt");
    const char *date = str(p, "date_gmt");
    if (!date)
        date = str(p, "post_date_gmt");
    const char *html = rendered(p, "content");
    if (!html)
        html = str(p, "post_content");
    const char *title = rendered(p, "title");
    if (!title)
        title = str(p, "post_title");
    const char *link = str(p, "link");
    if (!link)
        link = str(root, "post_permalink");
    if (!link)
        link = rendered(p, "guid");
    const char *action = str(root, "action");
    bool retract = deleted || is_retract_status(status) ||
                   (action && contains_any(action, RETRACT_WORDS)) ||
                   (!html && eid && json_object_size(p) <= 2); /* {"post_id": N} delete hook */
    json_t *item = new_item(retract ? "retract" : "upsert", eid);
    if (set_modified(item, retract && !modified ? NULL : modified, err) < 0)
        goto fail;
    if (retract) {
        if (!eid) {
            gl_error_set(err, 422, "a WordPress deletion needs the post id");
            goto fail;
        }
        return item;
    }
    if (!eid && !html) {
        gl_error_set(err, 422, "not a WordPress post: no id, no content");
        goto fail;
    }
    if (set_article(item, source, title, html, NULL, link, date) < 0) {
        gl_error_set(err, 422, "the WordPress post has no content.rendered");
        goto fail;
    }
    return item;
fail:
    json_decref(item);
    return NULL;
}

static json_t *adapt_ghost(const json_t *root, const char *source, gl_error *err)
{
    const json_t *post = json_object_get(root, "post");
    if (!json_is_object(post)) {
        gl_error_set(err, 422, "not a Ghost post webhook: no \"post\" object");
        return NULL;
    }
    const json_t *cur = json_object_get(post, "current");
    const json_t *prev = json_object_get(post, "previous");
    bool has_cur = json_is_object(cur) && json_object_size(cur) > 0;
    if (!has_cur && !(json_is_object(prev) && json_object_size(prev) > 0)) {
        gl_error_set(err, 422, "Ghost post webhook without post.current or post.previous");
        return NULL;
    }
    const json_t *p = has_cur ? cur : prev;
    json_t *eid = id_of(json_object_get(p, "id"));
    if (!eid) {
        gl_error_set(err, 422, "Ghost post without an id");
        return NULL;
    }
    const char *status = str(p, "status");
    bool retract = !has_cur || (status && strcmp(status, "published"));
    json_t *item = new_item(retract ? "retract" : "upsert", eid);
    /* a deletion carries no time of its own: the time of receipt orders it */
    if (set_modified(item, has_cur ? str(p, "updated_at") : NULL, err) < 0)
        goto fail;
    if (retract)
        return item;
    if (set_article(item, source, str(p, "title"), str(p, "html"), str(p, "plaintext"),
                    str(p, "url"), str(p, "published_at")) < 0) {
        gl_error_set(err, 422, "the Ghost post has no html");
        goto fail;
    }
    return item;
fail:
    json_decref(item);
    return NULL;
}

static void append_raw(char **buf, size_t *len, size_t *cap, const char *s)
{
    size_t n = strlen(s);
    if (*len + n + 1 > *cap) {
        *cap = (*cap + n) * 2;
        *buf = gl_realloc(*buf, *cap);
    }
    memcpy(*buf + *len, s, n + 1);
    *len += n;
}

/* ANS content_elements -> an HTML fragment (text and header content is already inline HTML). */
static char *ans_html(const json_t *elements)
{
    size_t len = 0, cap = 256;
    char *buf = gl_malloc(cap);
    buf[0] = '\0';
    size_t i;
    const json_t *e;
    json_array_foreach(elements, i, e) {
        const char *type = str(e, "type");
        const char *content = str(e, "content");
        if (!type)
            continue;
        if (!strcmp(type, "text") && content) {
            append_raw(&buf, &len, &cap, "<p>");
            append_raw(&buf, &len, &cap, content);
            append_raw(&buf, &len, &cap, "</p>\n");
        } else if (!strcmp(type, "header") && content) {
            json_int_t lv = json_integer_value(json_object_get(e, "level"));
            char tag[8];
            snprintf(tag, sizeof tag, "h%d", lv >= 2 && lv <= 6 ? (int)lv : 2);
            append_raw(&buf, &len, &cap, "<");
            append_raw(&buf, &len, &cap, tag);
            append_raw(&buf, &len, &cap, ">");
            append_raw(&buf, &len, &cap, content);
            append_raw(&buf, &len, &cap, "</");
            append_raw(&buf, &len, &cap, tag);
            append_raw(&buf, &len, &cap, ">\n");
        } else if (!strcmp(type, "list")) {
            size_t k;
            const json_t *it;
            append_raw(&buf, &len, &cap, "<ul>");
            json_array_foreach(json_object_get(e, "items"), k, it) {
                const char *c = str(it, "content");
                if (c) {
                    append_raw(&buf, &len, &cap, "<li>");
                    append_raw(&buf, &len, &cap, c);
                    append_raw(&buf, &len, &cap, "</li>");
                }
            }
            append_raw(&buf, &len, &cap, "</ul>\n");
        } else if (!strcmp(type, "quote") || !strcmp(type, "blockquote")) {
            size_t k;
            const json_t *it;
            json_array_foreach(json_object_get(e, "content_elements"), k, it) {
                const char *c = str(it, "content");
                if (c && !strcmp(str(it, "type") ? str(it, "type") : "", "text")) {
                    append_raw(&buf, &len, &cap, "<blockquote><p>");
                    append_raw(&buf, &len, &cap, c);
                    append_raw(&buf, &len, &cap, "</p></blockquote>\n");
                }
            }
        } else if (!strcmp(type, "raw_html") && content) {
            append_raw(&buf, &len, &cap, content);
            append_raw(&buf, &len, &cap, "\n");
        }
        /* images, videos, galleries, oembeds, dividers: not text */
    }
    return buf;
}

static json_t *adapt_arc(const json_t *root, const char *source, gl_error *err)
{
    const json_t *ans = root;
    const char *event = str(root, "event");
    if (!event)
        event = str(root, "type");
    if (!json_is_string(json_object_get(root, "_id"))) {
        static const char *const keys[] = {"body", "data", "story", "content", "ans", NULL};
        for (int i = 0; keys[i]; i++)
            if (json_is_object(json_object_get(root, keys[i]))) {
                ans = json_object_get(root, keys[i]);
                break;
            }
    } else {
        event = str(root, "event"); /* a bare story: its "type" is "story", not an event */
    }
    json_t *eid = id_of(json_object_get(ans, "_id"));
    if (!eid)
        eid = id_of(json_object_get(root, "id"));
    if (!eid) {
        gl_error_set(err, 422, "not an Arc XP story: no _id");
        return NULL;
    }
    bool retract = event && contains_any(event, RETRACT_WORDS);
    json_t *item = new_item(retract ? "retract" : "upsert", eid);
    const char *modified = str(ans, "last_updated_date");
    if (set_modified(item, modified, err) < 0)
        goto fail;
    if (retract)
        return item;
    const json_t *els = json_object_get(ans, "content_elements");
    if (!json_is_array(els)) {
        gl_error_set(err, 422, "the Arc XP story has no content_elements");
        goto fail;
    }
    char *html = ans_html(els);
    const char *title = str(json_object_get(ans, "headlines"), "basic");
    const char *url = str(ans, "canonical_url");
    if (url && strncmp(url, "http://", 7) && strncmp(url, "https://", 8))
        url = NULL; /* a site-relative path: no host to make it absolute */
    const char *date = str(ans, "display_date");
    if (!date)
        date = str(ans, "first_publish_date");
    int rc = set_article(item, source, title, *html ? html : NULL, NULL, url, date);
    free(html);
    if (rc < 0) {
        gl_error_set(err, 422, "the Arc XP story has no text elements");
        goto fail;
    }
    /* credits.by -> authors (kept beside the article; the engine reads bylines from text) */
    json_t *authors = json_array();
    size_t i;
    const json_t *by;
    json_array_foreach(json_object_get(json_object_get(ans, "credits"), "by"), i, by) {
        const char *name = str(by, "name");
        if (name)
            json_array_append_new(authors, json_string(name));
    }
    json_object_set_new(item, "authors", authors);
    return item;
fail:
    json_decref(item);
    return NULL;
}

static json_t *adapt_generic(const json_t *root, const char *source, gl_error *err)
{
    const json_t *d = root;
    const char *type = str(root, "type");
    if (json_is_object(json_object_get(root, "data")))
        d = json_object_get(root, "data");
    json_t *eid = id_of(json_object_get(d, "external_id"));
    if (!eid)
        eid = id_of(json_object_get(d, "id"));
    bool retract = (type && contains_any(type, RETRACT_WORDS)) ||
                   json_is_true(json_object_get(d, "deleted")) ||
                   is_retract_status(str(d, "status"));
    json_t *item = new_item(retract ? "retract" : "upsert", eid);
    const char *modified = str(d, "modified_at");
    if (!modified)
        modified = str(d, "updated_at");
    if (set_modified(item, modified, err) < 0)
        goto fail;
    if (retract) {
        if (!eid) {
            gl_error_set(err, 422, "a retraction needs external_id");
            goto fail;
        }
        return item;
    }
    const json_t *html = json_object_get(d, "html"), *text = json_object_get(d, "text");
    if ((html && !json_is_string(html)) || (text && !json_is_string(text)) || (!html == !text)) {
        gl_error_set(err, 422, "the article needs exactly one of \"text\" or \"html\" (strings)");
        goto fail;
    }
    /* the generic JSON is passed on as it is (gx_request validates its fields), with the
     * source and external id of this webhook source */
    json_t *art = json_deep_copy(d);
    json_object_del(art, "type");
    json_object_del(art, "modified_at");
    json_object_del(art, "updated_at");
    json_object_del(art, "id");
    json_object_del(art, "status");
    json_object_del(art, "deleted");
    json_object_set_new(art, "source", json_string(source));
    if (eid)
        json_object_set(art, "external_id", eid);
    json_object_set_new(item, "article", art);
    return item;
fail:
    json_decref(item);
    return NULL;
}

json_t *wh_adapt(wh_kind kind, const char *body, size_t len, const char *source, gl_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        gl_error_set(err, 422, "payload is not valid JSON (line %d, column %d): %s", je.line,
                     je.column, je.text);
        return NULL;
    }
    json_t *item = NULL;
    if (!json_is_object(root)) {
        gl_error_set(err, 422, "payload is not a JSON object");
    } else {
        switch (kind) {
        case WH_KIND_WORDPRESS: item = adapt_wordpress(root, source, err); break;
        case WH_KIND_GHOST: item = adapt_ghost(root, source, err); break;
        case WH_KIND_ARC: item = adapt_arc(root, source, err); break;
        case WH_KIND_STANDARD: item = adapt_generic(root, source, err); break;
        }
    }
    json_decref(root);
    return item;
}
