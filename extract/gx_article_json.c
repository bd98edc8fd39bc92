/* gx_article_json.c — gx_article -> ARTICLE JSON (see gx_article_json.h). Key order follows
 * API.md; jansson keeps insertion order. */
#include "gx_article_json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Strings: NULL -> null. */
static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static int32_t clamp(const gx_article *art, int32_t x)
{
    return x < 0 ? 0 : x > art->ncp ? art->ncp : x;
}

/* text[span] as a JSON string (exact code points of the article text). */
static json_t *span_text(const gx_article *art, gx_span sp)
{
    int32_t s = clamp(art, sp.start), e = clamp(art, sp.end);
    if (e < s)
        e = s;
    return json_stringn_nocheck(art->text + art->cp_byte[s],
                                (size_t)(art->cp_byte[e] - art->cp_byte[s]));
}

static void set_span(json_t *o, const gx_article *art, gx_span sp)
{
    int32_t s = clamp(art, sp.start), e = clamp(art, sp.end);
    if (e < s)
        e = s;
    json_object_set_new(o, "start", json_integer(s));
    json_object_set_new(o, "end", json_integer(e));
}

/* Numbers: integral values as JSON integers (1.2亿 -> 120000000), others as reals. */
static json_t *number(double v)
{
    if (!isfinite(v))
        return json_null();
    if (v == floor(v) && fabs(v) < 9007199254740992.0)
        return json_integer((json_int_t)v);
    return json_real(v);
}

/* Scores in [0, 1] to three decimals (0.895, not 0.8948024318500674). */
static json_t *score(double v)
{
    if (!isfinite(v))
        return json_real(0);
    return json_real(round(v * 1000.0) / 1000.0);
}

static json_t *entity_ref(const gx_article *art, int32_t idx)
{
    if (idx < 0 || idx >= art->entities.n)
        return json_null();
    const gx_entity *e = &art->entities.v[idx];
    if (e->id[0])
        return json_string(e->id);
    char id[16];
    snprintf(id, sizeof id, "e%d", idx + 1);
    return json_string(id);
}

static const char *qualifier_name(gx_qualifier q)
{
    switch (q) {
    case GX_QUAL_APPROX: return "approx";
    case GX_QUAL_MAX: return "max";
    case GX_QUAL_MIN: return "min";
    default: return NULL;
    }
}

static const char *qty_type_name(gx_qty_type t)
{
    switch (t) {
    case GX_QTY_MONEY: return "money";
    case GX_QTY_PERCENT: return "percent";
    case GX_QTY_DATE: return "date";
    default: return "count";
    }
}

static json_t *ticker_json(const gx_ticker *t)
{
    if (!t->code[0])
        return json_null();
    return json_pack("{s:s, s:o}", "code", t->code, "exchange",
                     t->exchange[0] ? json_string(t->exchange) : json_null());
}

static json_t *entities_json(const gx_article *art)
{
    json_t *arr = json_array();
    for (int i = 0; i < art->entities.n; i++) {
        const gx_entity *e = &art->entities.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", entity_ref(art, i));
        json_object_set_new(o, "type", json_string(gx_ent_type_name(e->type)));
        json_object_set_new(o, "name", str_or_null(e->name));
        json_t *al = json_array();
        for (int k = 0; k < e->aliases.n; k++)
            if (e->aliases.v[k])
                json_array_append_new(al, json_string(e->aliases.v[k]));
        json_object_set_new(o, "aliases", al);
        json_object_set_new(o, "ticker", ticker_json(&e->ticker));
        json_object_set_new(o, "company_id", str_or_null(e->company_id));
        json_object_set_new(o, "salience", score(e->salience));
        json_t *ms = json_array();
        for (int k = 0; k < e->mentions.n; k++) {
            json_t *m = json_object();
            set_span(m, art, e->mentions.v[k].span);
            json_object_set_new(m, "text", span_text(art, e->mentions.v[k].span));
            json_array_append_new(ms, m);
        }
        json_object_set_new(o, "mentions", ms);
        if (e->type == GX_ENT_PERSON) {
            json_t *rs = json_array();
            for (int k = 0; k < e->roles.n; k++) {
                const gx_role *r = &e->roles.v[k];
                json_t *ro = json_object();
                /* the title is the span's own text, so that text[start:end] == title */
                json_object_set_new(ro, "title",
                                    r->span.end > r->span.start ? span_text(art, r->span)
                                                                : str_or_null(r->title));
                json_object_set_new(ro, "organization", str_or_null(r->organization));
                if (r->span.end > r->span.start)
                    set_span(ro, art, r->span);
                json_array_append_new(rs, ro);
            }
            json_object_set_new(o, "roles", rs);
        }
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *positions_json(const gx_article *art)
{
    json_t *arr = json_array();
    for (int i = 0; i < art->positions.n; i++) {
        const gx_position *p = &art->positions.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "title", span_text(art, p->span));
        set_span(o, art, p->span);
        json_object_set_new(o, "person", entity_ref(art, p->person));
        json_object_set_new(o, "organization", entity_ref(art, p->organization));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *quantities_json(const gx_article *art)
{
    json_t *arr = json_array();
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "type", json_string(qty_type_name(q->type)));
        json_object_set_new(o, "text", span_text(art, q->span));
        if (q->type == GX_QTY_DATE)
            json_object_set_new(o, "value", str_or_null(q->date));
        else
            json_object_set_new(o, "value", number(q->value));
        if (q->is_range)
            json_object_set_new(o, "value_max", number(q->value_max));
        json_object_set_new(o, "currency", q->currency[0] ? json_string(q->currency) : json_null());
        json_object_set_new(o, "qualifier", str_or_null(qualifier_name(q->qualifier)));
        json_object_set_new(o, "unit", str_or_null(q->unit));
        json_object_set_new(o, "change", q->has_change ? number(q->change) : json_null());
        json_object_set_new(o, "period", str_or_null(q->period));
        set_span(o, art, q->span);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *argument_value(const gx_article *art, const gx_argument *x)
{
    if (x->has_number)
        return number(x->number);
    if (x->value_str)
        return json_string(x->value_str);
    if (x->quantity >= 0 && x->quantity < art->quantities.n) {
        const gx_quantity *q = &art->quantities.v[x->quantity];
        return q->type == GX_QTY_DATE ? str_or_null(q->date) : number(q->value);
    }
    return json_null();
}

static json_t *events_json(const gx_article *art)
{
    json_t *arr = json_array();
    for (int i = 0; i < art->events.n; i++) {
        const gx_event *ev = &art->events.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "type", str_or_null(ev->type));
        json_object_set_new(o, "confidence", score(ev->confidence));
        json_t *tr = json_object();
        json_object_set_new(tr, "text", span_text(art, ev->trigger));
        set_span(tr, art, ev->trigger);
        json_object_set_new(o, "trigger", tr);
        json_t *se = json_object();
        set_span(se, art, ev->sentence);
        json_object_set_new(o, "sentence", se);
        json_object_set_new(o, "status", str_or_null(ev->status));
        json_object_set_new(o, "disclosed_at", str_or_null(ev->disclosed_at));
        json_t *args = json_array();
        json_t *date = NULL;
        for (int k = 0; k < ev->args.n; k++) {
            const gx_argument *x = &ev->args.v[k];
            json_t *a = json_object();
            json_object_set_new(a, "role", str_or_null(x->role));
            json_object_set_new(a, "text", span_text(art, x->span));
            set_span(a, art, x->span);
            json_object_set_new(a, "entity", entity_ref(art, x->entity));
            json_t *v = argument_value(art, x);
            if (!date && x->role && !strcmp(x->role, "date") && json_is_string(v))
                date = json_incref(v);
            json_object_set_new(a, "value", v);
            char cur[4] = "";
            if (x->currency[0])
                memcpy(cur, x->currency, 3);
            else if (x->quantity >= 0 && x->quantity < art->quantities.n)
                memcpy(cur, art->quantities.v[x->quantity].currency, 3);
            cur[3] = '\0';
            json_object_set_new(a, "currency", cur[0] ? json_string(cur) : json_null());
            json_array_append_new(args, a);
        }
        if (date)
            json_object_set_new(o, "date", date);
        json_object_set_new(o, "arguments", args);
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *gx_article_json(const gx_article *art)
{
    json_t *o = json_object();
    json_object_set_new(o, "title", str_or_null(art->title));
    json_object_set_new(o, "language", str_or_null(art->language));
    json_object_set_new(o, "outlet", str_or_null(art->outlet));
    json_t *au = json_array();
    for (int i = 0; i < art->authors.n; i++)
        json_array_append_new(au, json_pack("{s:s?, s:s?}", "name", art->authors.v[i].name, "role",
                                            art->authors.v[i].role));
    json_object_set_new(o, "authors", au);
    json_object_set_new(o, "published_at", str_or_null(art->published_at));
    json_object_set_new(o, "url", str_or_null(art->url));
    json_object_set_new(o, "source", str_or_null(art->source));
    json_object_set_new(o, "external_id", str_or_null(art->external_id));
    json_object_set_new(o, "text",
                        json_stringn_nocheck(art->text ? art->text : "", (size_t)art->text_len));
    json_t *secs = json_array();
    for (int i = 0; i < art->sections.n; i++) {
        json_t *s = json_object();
        json_object_set_new(s, "heading", str_or_null(art->sections.v[i].heading));
        set_span(s, art, art->sections.v[i].span);
        json_array_append_new(secs, s);
    }
    json_object_set_new(o, "sections", secs);
    json_object_set_new(o, "entities", entities_json(art));
    json_object_set_new(o, "positions", positions_json(art));
    json_object_set_new(o, "quantities", quantities_json(art));
    json_object_set_new(o, "events", events_json(art));
    json_t *w = json_array();
    for (int i = 0; i < art->warnings.n; i++)
        if (art->warnings.v[i])
            json_array_append_new(w, json_string(art->warnings.v[i]));
    json_object_set_new(o, "warnings", w);
    return o;
}
