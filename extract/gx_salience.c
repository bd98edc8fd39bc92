/* gx_salience.c — how important each entity is to its article, in [0, 1].
 *
 * Signals: a mention in the title (0.30), in the lead — the first body paragraph or the first
 * 200 code points after the title (0.15), frequency relative to the most mentioned entity
 * (0.30, log-scaled), spread over paragraphs (0.15), and mentions that open a clause, i.e.
 * the entity as grammatical subject (0.10). Persons are weighted 0.9, organizations and
 * government bodies 0.8, locations and products 0.6. The subject company — the best-scoring
 * company named in the title, or else the best company when it clearly leads — is raised above
 * every other entity, so a company-news story ranks its company first. */
#include <math.h>

#include "gx_entity_util.h"

static bool in_span(gx_span outer, gx_span s)
{
    return s.start >= outer.start && s.end <= outer.end;
}

/* The first paragraph holding pos, or -1; by binary search when the paragraphs are in order
 * and do not overlap (sorted says so), else by a walk. */
static int paragraph_of(const gx_article *art, int32_t pos, bool sorted)
{
    if (sorted) {
        int a = 0, b = art->paragraphs.n;
        while (a < b) { /* the first paragraph ending after pos */
            int m = (a + b) / 2;
            if (art->paragraphs.v[m].end <= pos)
                a = m + 1;
            else
                b = m;
        }
        return a < art->paragraphs.n && pos >= art->paragraphs.v[a].start ? a : -1;
    }
    for (int i = 0; i < art->paragraphs.n; i++)
        if (pos >= art->paragraphs.v[i].start && pos < art->paragraphs.v[i].end)
            return i;
    return -1;
}

static bool opens_clause(const gx_article *art, int32_t pos)
{
    if (pos == 0)
        return true;
    uint32_t p = art->cp[pos - 1];
    return !gx_is_cjk(p) && !gx_is_alnum(p) && p != ' ';
}

void gx_salience(gx_article *art, int32_t *subject)
{
    int ne = art->entities.n;
    if (subject)
        *subject = -1;
    if (!ne)
        return;
    gx_span title = art->title_span;
    if (title.end <= title.start) {
        /* no structure stage: the first line when it is short */
        int32_t e = 0;
        while (e < art->ncp && art->cp[e] != '\n')
            e++;
        if (e < 60 && e < art->ncp)
            title = (gx_span){0, e};
    }
    /* lead: the first paragraph after the title that is not a byline-sized line, else 200 cps */
    gx_span lead = {title.end, title.end + 200};
    for (int i = 0; i < art->paragraphs.n; i++) {
        gx_span p = art->paragraphs.v[i];
        if (p.start >= title.end && p.end - p.start > 40) {
            lead = p;
            break;
        }
    }
    int npara = art->paragraphs.n > 0 ? art->paragraphs.n : 1;
    bool sorted = true;
    for (int i = 0; i < art->paragraphs.n && sorted; i++)
        sorted = art->paragraphs.v[i].start < art->paragraphs.v[i].end &&
                 (i == 0 || art->paragraphs.v[i - 1].end <= art->paragraphs.v[i].start);
    int maxf = 1;
    for (int k = 0; k < ne; k++)
        if (art->entities.v[k].mentions.n > maxf)
            maxf = art->entities.v[k].mentions.n;
    double log_maxf = log(1.0 + maxf); /* (the same value in every iteration: computed once) */
    double log_n[33];                  /* log(1 + n) for the usual small mention counts, once each */
    for (int n = 0; n < 33; n++)
        log_n[n] = -1;
    double best_title_company = -1, best_company = -1, second_company = -1, best_other = 0;
    int bt = -1, bc = -1;
    for (int k = 0; k < ne; k++) {
        gx_entity *e = &art->entities.v[k];
        bool t = false, l = false;
        int subj = 0;
        uint64_t paras[4] = {0, 0, 0, 0};
        int nparas = 0;
        for (int m = 0; m < e->mentions.n; m++) {
            gx_span s = e->mentions.v[m].span;
            t |= title.end > title.start && in_span(title, s);
            l |= s.start >= lead.start && s.start < lead.end;
            subj += opens_clause(art, s.start);
            int p = paragraph_of(art, s.start, sorted);
            if (p >= 0 && p < 256 && !(paras[p / 64] & (1ULL << (p % 64)))) {
                paras[p / 64] |= 1ULL << (p % 64);
                nparas++;
            }
        }
        double lf = 0;
        if (e->mentions.n < 33) {
            if (log_n[e->mentions.n] < 0)
                log_n[e->mentions.n] = log(1.0 + e->mentions.n);
            lf = log_n[e->mentions.n];
        } else {
            lf = log(1.0 + e->mentions.n);
        }
        double f = e->mentions.n ? lf / log_maxf : 0;
        double spread = art->paragraphs.n ? (double)nparas / npara : 0;
        if (spread > 1)
            spread = 1;
        double sub = e->mentions.n ? (double)subj / e->mentions.n : 0;
        double s = 0.30 * t + 0.15 * l + 0.30 * f + 0.15 * spread + 0.10 * sub;
        switch (e->type) {
        case GX_ENT_COMPANY:
            break;
        case GX_ENT_PERSON:
            s *= 0.9;
            break;
        case GX_ENT_ORGANIZATION:
        case GX_ENT_GOVERNMENT:
            s *= 0.8;
            break;
        default:
            s *= 0.6;
            break;
        }
        if (!e->mentions.n)
            s = 0.05;
        e->salience = s;
        if (e->type == GX_ENT_COMPANY) {
            if (t && s > best_title_company) {
                best_title_company = s;
                bt = k;
            }
            if (s > best_company) {
                second_company = best_company;
                best_company = s;
                bc = k;
            } else if (s > second_company) {
                second_company = s;
            }
        }
    }
    int subj = bt >= 0 ? bt : (bc >= 0 && best_company > second_company + 0.1 ? bc : -1);
    for (int k = 0; k < ne; k++)
        if (k != subj && art->entities.v[k].salience > best_other)
            best_other = art->entities.v[k].salience;
    if (subj >= 0) {
        double v = art->entities.v[subj].salience;
        if (v <= best_other)
            v = best_other + 0.05;
        art->entities.v[subj].salience = v > 1.0 ? 1.0 : v;
    }
    for (int k = 0; k < ne; k++) {
        double v = art->entities.v[k].salience;
        v = v < 0 ? 0 : v > 1 ? 1 : v;
        art->entities.v[k].salience = round(v * 1000.0) / 1000.0;
    }
    if (subject)
        *subject = subj;
}
