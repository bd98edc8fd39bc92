/* srv_metrics.c — see srv_metrics.h. */
#include "srv_metrics.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

static const double buckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                 0.25,  0.5,    1,     2.5,  5,     10,   30};
#define NBUCKETS (sizeof buckets / sizeof buckets[0])

typedef struct histo {
    long counts[NBUCKETS + 1]; /* last = +Inf */
    double sum;
    long n;
} histo;

typedef struct req_counter {
    int route;
    char method[8];
    int status;
    long n;
} req_counter;

struct srv_metrics {
    pthread_mutex_t mu;
    const srv_route *routes;
    int nroutes;
    req_counter *counters;
    int ncounters, cap;
    histo *latency; /* per route index (nroutes + 1) */
    histo extract;
    long extract_articles;
    long queue_rejected, deadline_exceeded;
    long extract_deadline; /* extractions the engine stopped at their deadline (504) */
};

srv_metrics *srv_metrics_new(const srv_route *routes)
{
    srv_metrics *m = gl_calloc(1, sizeof *m);
    pthread_mutex_init(&m->mu, NULL);
    m->routes = routes;
    while (routes[m->nroutes].method)
        m->nroutes++;
    m->latency = gl_calloc((size_t)m->nroutes + 1, sizeof *m->latency);
    return m;
}

void srv_metrics_free(srv_metrics *m)
{
    if (!m)
        return;
    pthread_mutex_destroy(&m->mu);
    free(m->counters);
    free(m->latency);
    free(m);
}

static void observe(histo *h, double v)
{
    size_t i = 0;
    while (i < NBUCKETS && v > buckets[i])
        i++;
    h->counts[i]++;
    h->sum += v;
    h->n++;
}

void srv_metrics_request(srv_metrics *m, int route_idx, const char *method, int status,
                         double seconds)
{
    if (route_idx < 0 || route_idx > m->nroutes)
        route_idx = m->nroutes;
    char meth[8];
    snprintf(meth, sizeof meth, "%s", method ? method : "?");
    pthread_mutex_lock(&m->mu);
    req_counter *c = NULL;
    for (int i = 0; i < m->ncounters; i++)
        if (m->counters[i].route == route_idx && m->counters[i].status == status &&
            !strcmp(m->counters[i].method, meth)) {
            c = &m->counters[i];
            break;
        }
    if (!c && m->ncounters < 4096) { /* bounded: methods/statuses come from a small set */
        if (m->ncounters == m->cap) {
            m->cap = m->cap ? 2 * m->cap : 32;
            m->counters = gl_realloc(m->counters, (size_t)m->cap * sizeof *m->counters);
        }
        c = &m->counters[m->ncounters++];
        memset(c, 0, sizeof *c);
        c->route = route_idx;
        c->status = status;
        memcpy(c->method, meth, sizeof meth);
    }
    if (c)
        c->n++;
    observe(&m->latency[route_idx], seconds);
    pthread_mutex_unlock(&m->mu);
}

void srv_metrics_extract(srv_metrics *m, double seconds, int articles)
{
    pthread_mutex_lock(&m->mu);
    observe(&m->extract, seconds);
    m->extract_articles += articles;
    pthread_mutex_unlock(&m->mu);
}

void srv_metrics_count(srv_metrics *m, const char *what)
{
    pthread_mutex_lock(&m->mu);
    if (!strcmp(what, "queue_rejected"))
        m->queue_rejected++;
    else if (!strcmp(what, "deadline"))
        m->deadline_exceeded++;
    else if (!strcmp(what, "extract_deadline"))
        m->extract_deadline++;
    pthread_mutex_unlock(&m->mu);
}

/* A growing string buffer. */
typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int k = vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
        va_end(ap);
        if (k >= 0 && (size_t)k < b->cap - b->n) {
            b->n += (size_t)k;
            return;
        }
        b->cap = 2 * b->cap + (size_t)(k > 0 ? k : 0) + 1;
        b->s = gl_realloc(b->s, b->cap);
    }
}

static const char *route_name(const srv_metrics *m, int idx)
{
    return idx < m->nroutes ? m->routes[idx].pattern : "unmatched";
}

static void histo_text(sbuf *b, const char *name, const char *labels, const histo *h)
{
    long cum = 0;
    for (size_t i = 0; i <= NBUCKETS; i++) {
        cum += h->counts[i];
        if (i < NBUCKETS)
            sb_printf(b, "%s_bucket{%s%sle=\"%g\"} %ld\n", name, labels, *labels ? "," : "",
                      buckets[i], cum);
        else
            sb_printf(b, "%s_bucket{%s%sle=\"+Inf\"} %ld\n", name, labels, *labels ? "," : "",
                      cum);
    }
    const char *lb = *labels ? "{" : "", *rb = *labels ? "}" : "";
    sb_printf(b, "%s_sum%s%s%s %.6f\n", name, lb, labels, rb, h->sum);
    sb_printf(b, "%s_count%s%s%s %ld\n", name, lb, labels, rb, h->n);
}

char *srv_metrics_text(srv_metrics *m, const srv_gauges *g, size_t *len)
{
    sbuf b = {gl_malloc(8192), 0, 8192};
    b.s[0] = '\0';
    pthread_mutex_lock(&m->mu);
    sb_printf(&b, "# HELP gleaner_http_requests_total HTTP requests answered, by route, method "
                  "and status.\n# TYPE gleaner_http_requests_total counter\n");
    for (int i = 0; i < m->ncounters; i++)
        sb_printf(&b, "gleaner_http_requests_total{route=\"%s\",method=\"%s\",status=\"%d\"} %ld\n",
                  route_name(m, m->counters[i].route), m->counters[i].method,
                  m->counters[i].status, m->counters[i].n);
    sb_printf(&b, "# HELP gleaner_http_request_duration_seconds Time from the first byte of the "
                  "request to the response being sent, by route.\n"
                  "# TYPE gleaner_http_request_duration_seconds histogram\n");
    for (int r = 0; r <= m->nroutes; r++) {
        if (!m->latency[r].n)
            continue;
        char labels[160];
        snprintf(labels, sizeof labels, "route=\"%s\"", route_name(m, r));
        histo_text(&b, "gleaner_http_request_duration_seconds", labels, &m->latency[r]);
    }
    sb_printf(&b, "# HELP gleaner_extract_duration_seconds Engine time per extraction call.\n"
                  "# TYPE gleaner_extract_duration_seconds histogram\n");
    histo_text(&b, "gleaner_extract_duration_seconds", "", &m->extract);
    sb_printf(&b, "# HELP gleaner_extract_articles_total Articles extracted.\n"
                  "# TYPE gleaner_extract_articles_total counter\n"
                  "gleaner_extract_articles_total %ld\n", m->extract_articles);
    sb_printf(&b, "# HELP gleaner_queue_rejected_total Requests refused with 503 because the "
                  "queue was full.\n# TYPE gleaner_queue_rejected_total counter\n"
                  "gleaner_queue_rejected_total %ld\n", m->queue_rejected);
    sb_printf(&b, "# HELP gleaner_deadline_exceeded_total Requests cut off by the request "
                  "deadline.\n# TYPE gleaner_deadline_exceeded_total counter\n"
                  "gleaner_deadline_exceeded_total %ld\n", m->deadline_exceeded);
    sb_printf(&b, "# HELP gleaner_extract_deadline_total Extractions the engine stopped at "
                  "their deadline (requests, also counted in gleaner_deadline_exceeded_total, and "
                  "background jobs).\n# TYPE gleaner_extract_deadline_total counter\n"
                  "gleaner_extract_deadline_total %ld\n", m->extract_deadline);
    pthread_mutex_unlock(&m->mu);
    sb_printf(&b, "# HELP gleaner_queue_depth Jobs waiting for a worker.\n"
                  "# TYPE gleaner_queue_depth gauge\ngleaner_queue_depth %d\n", g->queue_depth);
    sb_printf(&b, "# HELP gleaner_queue_capacity Maximum jobs waiting before 503.\n"
                  "# TYPE gleaner_queue_capacity gauge\ngleaner_queue_capacity %d\n",
              g->queue_capacity);
    sb_printf(&b, "# HELP gleaner_workers Worker threads.\n# TYPE gleaner_workers gauge\n"
                  "gleaner_workers %d\n", g->workers);
    sb_printf(&b, "# HELP gleaner_workers_busy Worker threads running a job.\n"
                  "# TYPE gleaner_workers_busy gauge\ngleaner_workers_busy %d\n",
              g->workers_busy);
    sb_printf(&b, "# HELP gleaner_requests_parked Requests parked without a worker (long polls).\n"
                  "# TYPE gleaner_requests_parked gauge\ngleaner_requests_parked %d\n",
              g->parked);
    sb_printf(&b, "# HELP gleaner_db_up 1 when the database answered the last health check.\n"
                  "# TYPE gleaner_db_up gauge\ngleaner_db_up %d\n", g->db_up);
    sb_printf(&b, "# HELP gleaner_migrations_applied 1 once every migration is applied.\n"
                  "# TYPE gleaner_migrations_applied gauge\ngleaner_migrations_applied %d\n",
              g->migrations_applied);
    sb_printf(&b, "# HELP gleaner_db_errors_total Failed database statements and connection "
                  "attempts.\n# TYPE gleaner_db_errors_total counter\n"
                  "gleaner_db_errors_total %ld\n", g->db_errors);
    sb_printf(&b, "# HELP gleaner_db_connects_total Successful database (re)connections.\n"
                  "# TYPE gleaner_db_connects_total counter\ngleaner_db_connects_total %ld\n",
              g->db_reconnects);
    sb_printf(&b, "# HELP gleaner_db_queries_total Database statements executed.\n"
                  "# TYPE gleaner_db_queries_total counter\ngleaner_db_queries_total %ld\n",
              g->db_queries);
    *len = b.n;
    return b.s;
}
