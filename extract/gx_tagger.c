/* gx_tagger.c — the engine stage around the trained sequence tagger (issue 4).
 *
 * gx_tagger_load() reads data_dir/tagger/model.bin (format and validation in
 * gx_tagger_model.c); gx_tagger_propose() decodes the article sentence by sentence and adds
 * one GX_SRC_TAGGER candidate per span of a type the engine knows (CLUENER company -> company,
 * name -> person, government, organization, address -> location, position). The candidate's
 * score comes from the decoding margin: how much better the best path is than the best path
 * without that exact span. */
#include "gx_tagger.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"
#include "gx_tagger_model.h"
#include "gx_utf8.h"

#define PIECE_MAX 512 /* longest stretch decoded at once; longer sentences are cut */

struct gx_tagger {
    gx_tagger_model *model;
    int type_map[GX_TAGGER_MAX_TYPES]; /* model type -> gx_ent_type, or -1 */
};

static const struct {
    const char *label;
    gx_ent_type type;
} type_names[] = {
    {"company", GX_ENT_COMPANY},       {"name", GX_ENT_PERSON},       {"person", GX_ENT_PERSON},
    {"government", GX_ENT_GOVERNMENT}, {"organization", GX_ENT_ORGANIZATION},
    {"address", GX_ENT_LOCATION},      {"location", GX_ENT_LOCATION}, {"position", GX_ENT_POSITION},
};

bool gx_tagger_common_word(const gx_tagger *t, const uint32_t *w, int n)
{
    if (!t || !t->model || n < 2 || n > GX_LEX_MAXLEN)
        return false;
    uint32_t cls = gx_tagger_lexicon_get(&t->model->lex, w, n) & GX_LEX_CLASSES;
    uint32_t names = (1u << GX_LEX_PERSON) | (1u << GX_LEX_PLACE) | (1u << GX_LEX_ORG) | (1u << GX_LEX_PROPER) |
                     (1u << GX_LEX_COMPANY);
    return (cls & (1u << GX_LEX_WORD)) && !(cls & names);
}

bool gx_tagger_place_word(const gx_tagger *t, const uint32_t *w, int n)
{
    if (!t || !t->model || n < 2 || n > GX_LEX_MAXLEN)
        return false;
    return (gx_tagger_lexicon_get(&t->model->lex, w, n) & (1u << GX_LEX_PLACE)) != 0;
}

gx_tagger *gx_tagger_load(const char *data_dir, gl_error *err)
{
    char path[4096];
    gx_tagger *t = NULL;
    unsigned char *buf = NULL;
    FILE *f = NULL;
    if (snprintf(path, sizeof path, "%s/tagger/model.bin", data_dir ? data_dir : ".") >= (int)sizeof path) {
        gl_error_set(err, 500, "tagger: data directory path too long");
        goto out;
    }
    if (!(f = fopen(path, "rb"))) {
        gl_error_set(err, 500, "tagger: cannot open %s: %s (train it with gleaner-train)", path, strerror(errno));
        goto out;
    }
    if (fseek(f, 0, SEEK_END) != 0) {
        gl_error_set(err, 500, "tagger: cannot read %s", path);
        goto out;
    }
    long size = ftell(f);
    if (size < 0 || size > (256L << 20) || fseek(f, 0, SEEK_SET) != 0) {
        gl_error_set(err, 500, "tagger: %s has an unreasonable size", path);
        goto out;
    }
    buf = gl_malloc(size ? (size_t)size : 1);
    if (fread(buf, 1, (size_t)size, f) != (size_t)size) {
        gl_error_set(err, 500, "tagger: cannot read %s", path);
        goto out;
    }
    gx_tagger_model *m = gx_tagger_model_parse(buf, (size_t)size, err);
    if (!m) {
        char msg[sizeof err->message];
        snprintf(msg, sizeof msg, "%s", err ? err->message : "");
        gl_error_set(err, 500, "%s: %s", path, msg);
        goto out;
    }
    t = gl_calloc(1, sizeof *t);
    t->model = m;
    for (int k = 0; k < m->ntypes; k++) {
        t->type_map[k] = -1;
        for (size_t j = 0; j < sizeof type_names / sizeof type_names[0]; j++)
            if (strcmp(m->type_names[k], type_names[j].label) == 0)
                t->type_map[k] = (int)type_names[j].type;
    }
out:
    if (f)
        fclose(f);
    free(buf);
    return t;
}

void gx_tagger_free(gx_tagger *t)
{
    if (!t)
        return;
    gx_tagger_model_free(t->model);
    free(t);
}

/* Margin (in weight units: nats for the committed CRF model) -> confidence in (0, 1), so that
 * a candidate's score estimates its precision (gx_resolve.c thresholds it at 0.3 / 0.6 / 0.9 /
 * 0.95): the maximum-likelihood logistic fit of whether a span is exactly right, on the
 * out-of-fold spans of 3-fold cross-validation on the training lines with the model's own
 * options (gleaner-train --cv 3 --margins-out, data/tagger/fit_score.py; the table is in
 * docs/tagger.md: precision 0.36 below a margin of 0.6, 0.68 at 2.3-3.2, 0.9 at 6, 0.97 above
 * 8). Refit when the model is retrained with other options. */
#define MARGIN_MID 1.28f
#define MARGIN_SCALE 2.19f
float gx_tagger_score(float margin)
{
    if (!(margin >= 0))
        margin = 0;
    return 1.0f / (1.0f + expf(-(margin - MARGIN_MID) / MARGIN_SCALE));
}

static int is_soft_break(uint32_t c)
{
    return c == ',' || c == 0x3001 /* 、 */ || c == ';' || c == ':' || c == ' ' || c == '\n';
}

/* A layout mark (arrows, geometric shapes and symbols U+2190-U+2BFF: ● ■ ◆ ★ →, ※ and the
 * full-width asterisk) opens no name: a bullet the model glues to the name after it
 * (●清源科技(厦门)股份有限公司) is the layout's. Quotes and brackets are no marks. (fourteenth
 * session, "comp17") */
static bool is_layout_mark(uint32_t c)
{
    return (c >= 0x2190 && c <= 0x2BFF) || c == 0x203B /* ※ */ || c == 0xFF0A /* ＊ */;
}

static void tag_range(const gx_tagger *t, gx_article *art, gx_tagger_scratch *sc, gx_tagger_span *spans,
                      int32_t a, int32_t b)
{
    while (a < b) {
        int32_t end = b;
        if (end - a > PIECE_MAX) {
            end = a + PIECE_MAX;
            for (int32_t k = a + PIECE_MAX - 1; k > a + PIECE_MAX / 2; k--)
                if (is_soft_break(art->cp[k])) {
                    end = k + 1;
                    break;
                }
        }
        int n = gx_tagger_decode(t->model, sc, art->cp + a, end - a, spans, PIECE_MAX, 1);
        if (n > PIECE_MAX)
            n = PIECE_MAX;
        for (int k = 0; k < n; k++) {
            int type = t->type_map[spans[k].type];
            if (type < 0)
                continue;
            int32_t from = a + spans[k].start;
            while (from < a + spans[k].end && is_layout_mark(art->cp[from]))
                from++;
            if (from == a + spans[k].end)
                continue;
            gx_candidate *c = GX_VEC_PUSH(art->arena, art->candidates);
            c->span.start = from;
            c->span.end = a + spans[k].end;
            c->type = (gx_ent_type)type;
            c->source = GX_SRC_TAGGER;
            c->score = gx_tagger_score(spans[k].margin);
            c->lex_id = -1;
            c->link = -1;
        }
        a = end;
    }
}

/* Whether [a, b) holds a Han character: the model learned Chinese sentences (CLUENER), and on
 * text without any (an English article, an English quote) it proposes word salad ("Now we know
 * more" as a person), so such a range is not tagged. */
static bool has_han(const gx_article *art, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (gx_cp_is_han(art->cp[k]))
            return true;
    return false;
}

static int is_hard_break(uint32_t c)
{
    return c == '\n' || c == 0x3002 /* 。 */ || c == '!' || c == '?' || c == ';' || c == 0xFF01 ||
           c == 0xFF1F || c == 0xFF1B;
}

void gx_tagger_propose(const gx_tagger *t, gx_article *art)
{
    if (!t || !t->model || !art || art->ncp <= 0 || !art->cp)
        return;
    gx_tagger_scratch sc;
    memset(&sc, 0, sizeof sc);
    gx_tagger_scratch_reserve(&sc, PIECE_MAX, t->model->ntags);
    gx_tagger_span *spans = gl_malloc(sizeof *spans * PIECE_MAX);
    if (art->sentences.n > 0) {
        /* Sentence by sentence (gleaner-train --tag and --eval decode a whole CLUENER line):
         * through the server on the CLUENER dev lines this is level with decoding the
         * consecutive sentences of a paragraph together (one company span better), and on
         * news it keeps more sentence-initial names (docs/tagger.md). */
        for (int i = 0; i < art->sentences.n; i++) {
            gx_span s = art->sentences.v[i];
            if (s.start < 0)
                s.start = 0;
            if (s.end > art->ncp)
                s.end = art->ncp;
            if (has_han(art, s.start, s.end))
                tag_range(t, art, &sc, spans, s.start, s.end);
        }
    } else {
        int32_t a = 0;
        for (int32_t i = 0; i <= art->ncp; i++) {
            if (i == art->ncp || is_hard_break(art->cp[i])) {
                int32_t e = i < art->ncp ? i + 1 : i;
                if (e > a && has_han(art, a, e))
                    tag_range(t, art, &sc, spans, a, e);
                a = e;
            }
        }
    }
    free(spans);
    gx_tagger_scratch_cleanup(&sc);
}
