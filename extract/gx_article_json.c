/* gx_article_json.c — gx_article -> ARTICLE JSON (see gx_article_json.h). Key order follows
 * API.md; jansson keeps insertion order. */
#include "gx_article_json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gx.h"

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

/* An amount of money written with a minus sign (净利润-5,732,980.40元, a loss in a table) is
 * reported as its size with "negative": true, as a percentage reports its size and its signed
 * change: "value" is always how much money. */
static bool money_negative(const gx_quantity *q)
{
    return q->type == GX_QTY_MONEY && q->value < 0;
}

static json_t *quantities_json(const gx_article *art)
{
    json_t *arr = json_array();
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "type", json_string(qty_type_name(q->type)));
        json_object_set_new(o, "text", span_text(art, q->span));
        bool negative = money_negative(q);
        if (q->type == GX_QTY_DATE)
            json_object_set_new(o, "value", str_or_null(q->date));
        else
            json_object_set_new(o, "value", number(negative ? -q->value : q->value));
        if (q->is_range)
            json_object_set_new(o, "value_max", number(negative ? fabs(q->value_max) : q->value_max));
        if (negative)
            json_object_set_new(o, "negative", json_true());
        json_object_set_new(o, "currency", q->currency[0] ? json_string(q->currency) : json_null());
        if (q->implied)
            json_object_set_new(o, "implied", json_true());
        if (q->currency_inferred)
            json_object_set_new(o, "currency_inferred", json_true());
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

/* ---- The same document written directly (gx_article_json_write) ----------------------------
 * Every helper below mirrors one of the jansson builders above, including what jansson does
 * with strings that are not valid UTF-8: json_string() returns NULL and json_object_set_new()
 * then leaves the key out (json_array_append_new() the element). Spans are cut from the
 * article's own text, which is valid UTF-8 by construction (json_stringn_nocheck above). */

/* key: s (NULL -> null); the key is left out when s is not valid UTF-8. */
static void w_str_or_null(gx_jwriter *w, const char *key, const char *s)
{
    if (!s) {
        gx_jw_key(w, key);
        gx_jw_null(w);
    } else {
        size_t n = strlen(s);
        if (gx_utf8_validate(s, n, NULL) == 0) {
            gx_jw_key(w, key);
            gx_jw_strn(w, s, n);
        }
    }
}

static void w_span_text(gx_jwriter *w, const gx_article *art, gx_span sp)
{
    int32_t s = clamp(art, sp.start), e = clamp(art, sp.end);
    if (e < s)
        e = s;
    gx_jw_strn(w, art->text + art->cp_byte[s], (size_t)(art->cp_byte[e] - art->cp_byte[s]));
}

static void w_span(gx_jwriter *w, const gx_article *art, gx_span sp)
{
    int32_t s = clamp(art, sp.start), e = clamp(art, sp.end);
    if (e < s)
        e = s;
    GX_JW_KEY(w, "start");
    gx_jw_int(w, s);
    GX_JW_KEY(w, "end");
    gx_jw_int(w, e);
}

static void w_number(gx_jwriter *w, double v)
{
    if (!isfinite(v))
        gx_jw_null(w);
    else if (v == floor(v) && fabs(v) < 9007199254740992.0)
        gx_jw_int(w, (long long)v);
    else
        gx_jw_real(w, v);
}

static void w_score(gx_jwriter *w, const char *key, double v)
{
    double r = isfinite(v) ? round(v * 1000.0) / 1000.0 : 0;
    if (!isfinite(r))
        return; /* json_real() refuses it: the key is left out */
    gx_jw_key(w, key);
    gx_jw_real(w, r);
}

/* key: the entity's id (or null); left out when the id is not valid UTF-8. */
static void w_entity_ref(gx_jwriter *w, const char *key, const gx_article *art, int32_t idx)
{
    if (idx < 0 || idx >= art->entities.n) {
        gx_jw_key(w, key);
        gx_jw_null(w);
        return;
    }
    const gx_entity *e = &art->entities.v[idx];
    if (e->id[0]) {
        w_str_or_null(w, key, e->id);
        return;
    }
    char id[16];
    int n = snprintf(id, sizeof id, "e%d", idx + 1);
    gx_jw_key(w, key);
    gx_jw_strn(w, id, (size_t)n);
}

static void w_ticker(gx_jwriter *w, const gx_ticker *t)
{
    if (!t->code[0]) {
        GX_JW_KEY(w, "ticker");
        gx_jw_null(w);
        return;
    }
    /* json_pack fails as a whole (the key is left out) on an invalid code or exchange */
    if (!gx_jw_utf8_ok(t->code) || (t->exchange[0] && !gx_jw_utf8_ok(t->exchange)))
        return;
    GX_JW_KEY(w, "ticker");
    gx_jw_obj_open(w);
    GX_JW_KEY(w, "code");
    gx_jw_strn(w, t->code, strlen(t->code));
    GX_JW_KEY(w, "exchange");
    if (t->exchange[0])
        gx_jw_strn(w, t->exchange, strlen(t->exchange));
    else
        gx_jw_null(w);
    gx_jw_obj_close(w);
}

/* An array element string: skipped when NULL or not valid UTF-8. */
static void w_elem_str(gx_jwriter *w, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (s && gx_utf8_validate(s, n, NULL) == 0)
        gx_jw_strn(w, s, n);
}

static void w_entities(gx_jwriter *w, const gx_article *art)
{
    GX_JW_KEY(w, "entities");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->entities.n; i++) {
        const gx_entity *e = &art->entities.v[i];
        gx_jw_obj_open(w);
        w_entity_ref(w, "id", art, i);
        GX_JW_KEY(w, "type");
        const char *tn = gx_ent_type_name(e->type);
        gx_jw_strn(w, tn, strlen(tn));
        w_str_or_null(w, "name", e->name);
        GX_JW_KEY(w, "aliases");
        gx_jw_arr_open(w);
        for (int k = 0; k < e->aliases.n; k++)
            w_elem_str(w, e->aliases.v[k]);
        gx_jw_arr_close(w);
        w_ticker(w, &e->ticker);
        w_str_or_null(w, "company_id", e->company_id);
        w_score(w, "salience", e->salience);
        GX_JW_KEY(w, "mentions");
        gx_jw_arr_open(w);
        for (int k = 0; k < e->mentions.n; k++) {
            gx_jw_obj_open(w);
            w_span(w, art, e->mentions.v[k].span);
            GX_JW_KEY(w, "text");
            w_span_text(w, art, e->mentions.v[k].span);
            gx_jw_obj_close(w);
        }
        gx_jw_arr_close(w);
        if (e->type == GX_ENT_PERSON) {
            GX_JW_KEY(w, "roles");
            gx_jw_arr_open(w);
            for (int k = 0; k < e->roles.n; k++) {
                const gx_role *r = &e->roles.v[k];
                gx_jw_obj_open(w);
                if (r->span.end > r->span.start) {
                    GX_JW_KEY(w, "title");
                    w_span_text(w, art, r->span);
                } else {
                    w_str_or_null(w, "title", r->title);
                }
                w_str_or_null(w, "organization", r->organization);
                if (r->span.end > r->span.start)
                    w_span(w, art, r->span);
                gx_jw_obj_close(w);
            }
            gx_jw_arr_close(w);
        }
        gx_jw_obj_close(w);
    }
    gx_jw_arr_close(w);
}

static void w_positions(gx_jwriter *w, const gx_article *art)
{
    GX_JW_KEY(w, "positions");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->positions.n; i++) {
        const gx_position *p = &art->positions.v[i];
        gx_jw_obj_open(w);
        GX_JW_KEY(w, "title");
        w_span_text(w, art, p->span);
        w_span(w, art, p->span);
        w_entity_ref(w, "person", art, p->person);
        w_entity_ref(w, "organization", art, p->organization);
        gx_jw_obj_close(w);
    }
    gx_jw_arr_close(w);
}

static void w_quantities(gx_jwriter *w, const gx_article *art)
{
    GX_JW_KEY(w, "quantities");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->quantities.n; i++) {
        const gx_quantity *q = &art->quantities.v[i];
        gx_jw_obj_open(w);
        GX_JW_KEY(w, "type");
        const char *tn = qty_type_name(q->type);
        gx_jw_strn(w, tn, strlen(tn));
        GX_JW_KEY(w, "text");
        w_span_text(w, art, q->span);
        bool negative = money_negative(q);
        if (q->type == GX_QTY_DATE) {
            w_str_or_null(w, "value", q->date);
        } else {
            GX_JW_KEY(w, "value");
            w_number(w, negative ? -q->value : q->value);
        }
        if (q->is_range) {
            GX_JW_KEY(w, "value_max");
            w_number(w, negative ? fabs(q->value_max) : q->value_max);
        }
        if (negative) {
            GX_JW_KEY(w, "negative");
            gx_jw_sep(w);
            gx_jw_raw(w, "true", 4);
        }
        if (q->currency[0])
            w_str_or_null(w, "currency", q->currency);
        else {
            GX_JW_KEY(w, "currency");
            gx_jw_null(w);
        }
        if (q->implied) {
            GX_JW_KEY(w, "implied");
            gx_jw_sep(w);
            gx_jw_raw(w, "true", 4);
        }
        if (q->currency_inferred) {
            GX_JW_KEY(w, "currency_inferred");
            gx_jw_sep(w);
            gx_jw_raw(w, "true", 4);
        }
        w_str_or_null(w, "qualifier", qualifier_name(q->qualifier));
        w_str_or_null(w, "unit", q->unit);
        GX_JW_KEY(w, "change");
        if (q->has_change)
            w_number(w, q->change);
        else
            gx_jw_null(w);
        w_str_or_null(w, "period", q->period);
        w_span(w, art, q->span);
        gx_jw_obj_close(w);
    }
    gx_jw_arr_close(w);
}

/* What argument_value() gives: kind 0 = number n, 1 = string s, 2 = null, 3 = nothing (the
 * string was not valid UTF-8, so jansson leaves the key out). */
typedef struct argval {
    int kind;
    double n;
    const char *s;
} argval;

static argval arg_value(const gx_article *art, const gx_argument *x)
{
    argval v = {2, 0, NULL};
    const char *s = NULL;
    if (x->has_number) {
        v.kind = 0;
        v.n = x->number;
        return v;
    }
    if (x->value_str)
        s = x->value_str;
    else if (x->quantity >= 0 && x->quantity < art->quantities.n) {
        const gx_quantity *q = &art->quantities.v[x->quantity];
        if (q->type != GX_QTY_DATE) {
            v.kind = 0;
            v.n = q->value;
            return v;
        }
        s = q->date;
        if (!s)
            return v;
    } else {
        return v;
    }
    v.kind = gx_jw_utf8_ok(s) ? 1 : 3;
    v.s = s;
    return v;
}

static void w_events(gx_jwriter *w, const gx_article *art)
{
    GX_JW_KEY(w, "events");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->events.n; i++) {
        const gx_event *ev = &art->events.v[i];
        gx_jw_obj_open(w);
        w_str_or_null(w, "type", ev->type);
        w_score(w, "confidence", ev->confidence);
        GX_JW_KEY(w, "trigger");
        gx_jw_obj_open(w);
        GX_JW_KEY(w, "text");
        w_span_text(w, art, ev->trigger);
        w_span(w, art, ev->trigger);
        gx_jw_obj_close(w);
        GX_JW_KEY(w, "sentence");
        gx_jw_obj_open(w);
        w_span(w, art, ev->sentence);
        gx_jw_obj_close(w);
        w_str_or_null(w, "status", ev->status);
        w_str_or_null(w, "disclosed_at", ev->disclosed_at);
        /* "date": the value of the first date argument whose value is a string */
        for (int k = 0; k < ev->args.n; k++) {
            const gx_argument *x = &ev->args.v[k];
            if (!x->role || strcmp(x->role, "date"))
                continue;
            argval v = arg_value(art, x);
            if (v.kind == 1) {
                GX_JW_KEY(w, "date");
                gx_jw_strn(w, v.s, strlen(v.s));
                break;
            }
        }
        GX_JW_KEY(w, "arguments");
        gx_jw_arr_open(w);
        for (int k = 0; k < ev->args.n; k++) {
            const gx_argument *x = &ev->args.v[k];
            gx_jw_obj_open(w);
            w_str_or_null(w, "role", x->role);
            GX_JW_KEY(w, "text");
            w_span_text(w, art, x->span);
            w_span(w, art, x->span);
            w_entity_ref(w, "entity", art, x->entity);
            argval v = arg_value(art, x);
            if (v.kind != 3)
                GX_JW_KEY(w, "value");
            if (v.kind == 0)
                w_number(w, v.n);
            else if (v.kind == 1)
                gx_jw_strn(w, v.s, strlen(v.s));
            else if (v.kind == 2)
                gx_jw_null(w);
            char cur[4] = "";
            if (x->currency[0])
                memcpy(cur, x->currency, 3);
            else if (x->quantity >= 0 && x->quantity < art->quantities.n)
                memcpy(cur, art->quantities.v[x->quantity].currency, 3);
            cur[3] = '\0';
            if (cur[0])
                w_str_or_null(w, "currency", cur);
            else {
                GX_JW_KEY(w, "currency");
                gx_jw_null(w);
            }
            gx_jw_obj_close(w);
        }
        gx_jw_arr_close(w);
        gx_jw_obj_close(w);
    }
    gx_jw_arr_close(w);
}

void gx_article_json_write(const gx_article *art, gx_jwriter *w)
{
    gx_jw_obj_open(w);
    w_str_or_null(w, "title", art->title);
    w_str_or_null(w, "language", art->language);
    w_str_or_null(w, "outlet", art->outlet);
    GX_JW_KEY(w, "authors");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->authors.n; i++) {
        const gx_author *au = &art->authors.v[i];
        /* json_pack("{s:s?, s:s?}") fails as a whole on invalid UTF-8: no element */
        if ((au->name && !gx_jw_utf8_ok(au->name)) || (au->role && !gx_jw_utf8_ok(au->role)))
            continue;
        gx_jw_obj_open(w);
        w_str_or_null(w, "name", au->name);
        w_str_or_null(w, "role", au->role);
        gx_jw_obj_close(w);
    }
    gx_jw_arr_close(w);
    w_str_or_null(w, "published_at", art->published_at);
    w_str_or_null(w, "url", art->url);
    w_str_or_null(w, "source", art->source);
    w_str_or_null(w, "external_id", art->external_id);
    GX_JW_KEY(w, "text");
    gx_jw_strn(w, art->text ? art->text : "", art->text ? (size_t)art->text_len : 0);
    GX_JW_KEY(w, "sections");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->sections.n; i++) {
        gx_jw_obj_open(w);
        w_str_or_null(w, "heading", art->sections.v[i].heading);
        w_span(w, art, art->sections.v[i].span);
        gx_jw_obj_close(w);
    }
    gx_jw_arr_close(w);
    w_entities(w, art);
    w_positions(w, art);
    w_quantities(w, art);
    w_events(w, art);
    GX_JW_KEY(w, "warnings");
    gx_jw_arr_open(w);
    for (int i = 0; i < art->warnings.n; i++)
        w_elem_str(w, art->warnings.v[i]);
    gx_jw_arr_close(w);
    gx_jw_obj_close(w);
}
