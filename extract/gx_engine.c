/* gx_engine.c — loading the engine and driving the pipeline over one document:
 *
 *   decode (UTF-8 check, charset conversion, HTML main text via gx_html)
 *   -> normalize (gx_normalize: NFKC per code point, paragraphs)
 *   -> split into articles (gx_structure_split)
 *   -> per article: structure (title, byline, page-break repair, text, sections, sentences)
 *      -> lexicon scan -> tagger -> quantities -> entity rules -> resolution -> events
 *      -> JSON (gx_article_json).
 * Per-document scratch memory lives in one arena; each article owns its own arena. */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "gl_alloc.h"
#include "gx_article_json.h"
#include "gx_byline_authors.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_events.h"
#include "gx_html.h"
#include "gx_lexicon.h"
#include "gx_normalize.h"
#include "gx_quantity.h"
#include "gx_rules_en.h"
#include "gx_structure.h"
#include "gx_structure_boiler.h"
#include "gx_tagger.h"

#ifndef GX_DEFAULT_DATA_DIR
#define GX_DEFAULT_DATA_DIR "data"
#endif

gx_input gx_input_default(void)
{
    gx_input in;
    memset(&in, 0, sizeof in);
    in.split = true;
    return in;
}

double gx_clock_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

gx_engine *gx_engine_new(const char *data_dir, gl_error *err)
{
    if (!data_dir)
        data_dir = getenv("GLEANER_DATA_DIR");
    if (!data_dir || !*data_dir)
        data_dir = GX_DEFAULT_DATA_DIR;
    gx_html_init();
    gx_engine *eng = gl_calloc(1, sizeof *eng);
    eng->data_dir = gl_strdup(data_dir);
    if (!(eng->lexicon = gx_lexicon_load(data_dir, err)) ||
        !(eng->tagger = gx_tagger_load(data_dir, err)) ||
        !(eng->events = gx_events_load(data_dir, err)) ||
        !(eng->quantities = gx_qtylex_load(data_dir, err)) ||
        !(eng->english = gx_en_lex_load(data_dir, err))) {
        gx_engine_free(eng);
        return NULL;
    }
    return eng;
}

void gx_engine_free(gx_engine *eng)
{
    if (!eng)
        return;
    gx_lexicon_free(eng->lexicon);
    gx_tagger_free(eng->tagger);
    gx_events_free(eng->events);
    gx_qtylex_free(eng->quantities);
    gx_en_lex_free(eng->english);
    free(eng->data_dir);
    free(eng);
}

static bool is_utf8_charset(const char *cs)
{
    return !cs || !*cs || !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8") ||
           !strcasecmp(cs, "us-ascii") || !strcasecmp(cs, "ascii");
}

/* Convert bytes in charset cs to UTF-8 (heap, caller frees). Returns NULL with err filled:
 * 415 for an unknown charset, 400 (with the byte offset) for bytes invalid in it. */
static char *to_utf8(const char *bytes, size_t len, const char *cs, size_t *out_len, gl_error *err)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) {
        gl_error_set(err, 415, "unsupported charset \"%s\"", cs);
        return NULL;
    }
    size_t cap = len * 4 + 16;
    char *out = gl_malloc(cap);
    char *in = (char *)bytes, *o = out;
    size_t inleft = len, outleft = cap;
    if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
        gl_error_set(err, 400, "invalid %s at byte offset %zu", cs, (size_t)(in - bytes));
        if (err)
            err->offset = (long)(in - bytes);
        free(out);
        iconv_close(cd);
        return NULL;
    }
    iconv_close(cd);
    *out_len = cap - outleft;
    return out;
}

/* Run every stage after structure on one article. A portal's own lines (art->boiler) are
 * blanked while the stages read the text: nothing is reported from them. */
static void run_stages(const gx_engine *eng, gx_article *art)
{
    uint32_t *saved = gx_structure_boiler_mask(art);
    /* past the caller's deadline (art->deadline) the remaining stages are skipped */
    if (!gx_article_overdue(art, "the lexicon scan"))
        gx_lexicon_scan(eng->lexicon, art);
    if (!gx_article_overdue(art, "the tagger"))
        gx_tagger_propose(eng->tagger, art);
    if (!gx_article_overdue(art, "quantities"))
        gx_quantities_find(eng->quantities, art);
    if (!gx_article_overdue(art, "the entity rules"))
        gx_entity_rules(eng, art);
    if (!gx_article_overdue(art, "resolution"))
        gx_resolve(eng, art);
    if (!gx_article_overdue(art, "events"))
        gx_events_find(eng, art);
    gx_article_overdue(art, "events"); /* the last stage may have run past it */
    gx_structure_boiler_restore(art, saved);
}

/* The error of an extraction stopped at its deadline: which limit, where, after how long. */
static void set_overdue(gl_error *err, const gx_input *in, double t0, const char *where,
                        int article, int narticles)
{
    double now = gx_clock_now();
    gl_error_set(err, 504,
                 "extraction stopped at its deadline: it ran %.1f s (%.1f s past the "
                 "deadline) and was in %s of article %d of %d; nothing was extracted",
                 now - t0, now - in->deadline, where, article, narticles);
}

/* "zh", "zh-CN", "zh-Hans" -> "zh"; "en", "en-US" -> "en"; anything else: NULL (detect). */
static const char *language_of(const char *s)
{
    if (!s)
        return NULL;
    if (!strncasecmp(s, "zh", 2) && (!s[2] || s[2] == '-' || s[2] == '_'))
        return "zh";
    if (!strncasecmp(s, "en", 2) && (!s[2] || s[2] == '-' || s[2] == '_'))
        return "en";
    return NULL;
}

/* Where the articles go: one jansson tree per article (gx_extract) or the bytes of the whole
 * answer written directly (gx_extract_dumps). */
typedef struct sink {
    json_t *arts;   /* gx_extract: the "articles" array                                      */
    gx_jwriter *w;  /* gx_extract_dumps: the answer so far ({"articles":[ written up front)  */
    int n;          /* articles emitted                                                     */
} sink;

static void sink_article(sink *sk, const gx_article *art)
{
    if (sk->w)
        gx_article_json_write(art, sk->w);
    else
        json_array_append_new(sk->arts, gx_article_json(art));
    sk->n++;
}

/* The pipeline over one document; every article goes to sk. Returns 0, or -1 with err. */
static int extract_into(const gx_engine *eng, const gx_input *in, sink *sk, gl_error *err)
{
    int rc = -1;
    double t0 = gx_clock_now();
    char *converted = NULL;
    gx_html_result html;
    memset(&html, 0, sizeof html);
    gx_arena *doc = gx_arena_new();

    if (!in || (!in->body && in->len)) {
        gl_error_set(err, 400, "no document");
        goto out;
    }
    const char *body = in->body ? in->body : "";
    size_t len = in->len;
    bool markdown = in->format == GX_FORMAT_MARKDOWN, headings = true;
    const char *title = in->title;

    switch (in->format) {
    case GX_FORMAT_HTML:
        if (gx_html_extract(body, len, in->charset, &html, err) < 0)
            goto out;
        body = html.body ? html.body : "";
        len = strlen(body);
        if (gx_utf8_validate(body, len, err) < 0) {
            gl_error_set(err, 400, "the page's text is not valid in its declared charset");
            goto out;
        }
        if (!title && html.title)
            title = html.title;
        headings = false;
        break;
    case GX_FORMAT_TEXT:
    case GX_FORMAT_MARKDOWN:
        if (!is_utf8_charset(in->charset)) {
            if (!(converted = to_utf8(body, len, in->charset, &len, err)))
                goto out;
            body = converted;
        }
        if (gx_utf8_validate(body, len, err) < 0)
            goto out;
        break;
    default: gl_error_set(err, 415, "unsupported input format"); goto out;
    }

    if (in->deadline > 0 && gx_clock_now() > in->deadline) {
        set_overdue(err, in, t0, "decoding", 0, 0);
        goto out;
    }
    gx_cps cps = {0};
    gx_normalize_decode(doc, body, len, 0, &cps);
    gx_para_vec paras = {0};
    gx_normalize_paragraphs(doc, &cps, markdown, headings, &paras);
    gx_part *parts;
    /* A given title (or an HTML page) is one article. */
    bool split = in->split && !title && in->format != GX_FORMAT_HTML;
    int np = gx_structure_split(doc, &paras, split, &parts);

    gx_structure_opts so = {
        .title = title, .language = language_of(in->language), .find_title = true};
    /* Structure every article first: a byline without an outlet ("本报记者 X", "记者 X") takes
     * the request's source, else the outlet the page's other articles name — when most of those
     * that name one agree (a paper's page; a page gathering several outlets' stories has none). */
    gx_article **built = gx_arena_alloc(doc, sizeof *built * (size_t)(np + 1));
    int nb = 0;
    for (int i = 0; i < np; i++) {
        if (in->deadline > 0 && (i & 15) == 0 && gx_clock_now() > in->deadline) {
            set_overdue(err, in, t0, "structure", i + 1, np);
            goto stopped;
        }
        gx_article *art = gx_article_new();
        if (gx_structure_build(art, &paras, parts[i], &so) < 0) {
            gx_article_free(art);
            continue;
        }
        /* the byline's names the lexicon rejects go before any outlet is lent to the byline */
        gx_byline_authors_keep(eng->lexicon, art);
        built[nb++] = art;
    }
    const char *page_outlet = NULL;
    int best = 0, naming = 0;
    for (int i = 0; i < nb; i++) {
        int votes = 0;
        naming += built[i]->outlet != NULL;
        for (int k = 0; k < nb && built[i]->outlet; k++)
            votes += built[k]->outlet && !strcmp(built[k]->outlet, built[i]->outlet);
        if (votes > best) {
            best = votes;
            page_outlet = built[i]->outlet;
        }
    }
    if (2 * best <= naming)
        page_outlet = NULL;
    page_outlet = gx_arena_strdup(doc, page_outlet); /* outlives the article it came from */
    for (int i = 0; i < nb; i++) {
        gx_article *art = built[i];
        gx_arena *aa = art->arena;
        const char *published = in->published_at ? in->published_at : html.published_at;
        art->published_at = gx_arena_strdup(aa, published);
        art->url = gx_arena_strdup(aa, in->url ? in->url : html.url);
        art->source = gx_arena_strdup(aa, in->source);
        art->external_id = gx_arena_strdup(aa, in->external_id);
        if (!art->outlet && html.outlet)
            art->outlet = gx_arena_strdup(aa, html.outlet);
        if (!art->outlet && art->authors.n > 0 && (in->source || page_outlet))
            art->outlet = gx_arena_strdup(aa, in->source ? in->source : page_outlet);
        for (int k = 0; k < html.nauthors; k++) {
            bool dup = false;
            for (int m = 0; m < art->authors.n; m++)
                dup = dup || !strcmp(art->authors.v[m].name, html.authors[k]);
            if (!dup && html.authors[k] && *html.authors[k]) {
                gx_author *au = GX_VEC_PUSH(aa, art->authors);
                au->name = gx_arena_strdup(aa, html.authors[k]);
            }
        }
        for (int k = 0; k < html.nwarnings; k++)
            *GX_VEC_PUSH(aa, art->warnings) = gx_arena_strdup(aa, html.warnings[k]);
        art->deadline = in->deadline;
        run_stages(eng, art);
        if (art->stopped_in) {
            set_overdue(err, in, t0, art->stopped_in, i + 1, nb);
            goto stopped;
        }
        sink_article(sk, art);
        gx_article_free(art);
        built[i] = NULL;
    }
    if (sk->n == 0) {
        gl_error_set(err, 422, "the article is empty: no text left after normalization");
        goto out;
    }
    rc = 0;
    goto out;
stopped: /* every article not emitted yet is freed; the caller drops what was emitted */
    for (int i = 0; i < nb; i++)
        gx_article_free(built[i]);
out:
    gx_html_result_cleanup(&html);
    free(converted);
    gx_arena_free(doc);
    return rc;
}

json_t *gx_extract(const gx_engine *eng, const gx_input *in, gl_error *err)
{
    sink sk = {.arts = json_array()};
    json_t *result = NULL;
    if (extract_into(eng, in, &sk, err) == 0)
        result = json_pack("{s:O}", "articles", sk.arts);
    json_decref(sk.arts);
    return result;
}

char *gx_extract_dumps(const gx_engine *eng, const gx_input *in, size_t *len, int *n_articles,
                       gl_error *err)
{
    gx_jwriter w;
    gx_jw_init(&w);
    gx_jw_obj_open(&w);
    gx_jw_key(&w, "articles");
    gx_jw_arr_open(&w);
    sink sk = {.w = &w};
    if (extract_into(eng, in, &sk, err) < 0) {
        gx_jw_cleanup(&w);
        return NULL;
    }
    gx_jw_arr_close(&w);
    gx_jw_obj_close(&w);
    if (n_articles)
        *n_articles = sk.n;
    return gx_jw_steal(&w, len);
}
