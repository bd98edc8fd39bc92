/* srv_metrics.h — in-process counters and histograms rendered as Prometheus text.
 * Requests are counted per (route index, method, status); route index `nroutes` stands for
 * "no route matched". Thread-safe (one mutex; updates are a few increments). */
#ifndef SRV_METRICS_H
#define SRV_METRICS_H

#include <stddef.h>

#include "srv_route.h"

typedef struct srv_metrics srv_metrics;

/* Gauges sampled at render time. */
typedef struct srv_gauges {
    int queue_depth, queue_capacity, workers, workers_busy;
    int parked; /* requests parked by srv_defer (long polls), holding no worker */
    int db_up, migrations_applied;
    long db_errors, db_reconnects, db_queries;
} srv_gauges;

/* routes: the NULL-terminated route table (borrowed). Free with srv_metrics_free (NULL ok). */
srv_metrics *srv_metrics_new(const srv_route *routes);
void srv_metrics_free(srv_metrics *m);

/* route_idx in [0, nroutes] (nroutes = unmatched). */
void srv_metrics_request(srv_metrics *m, int route_idx, const char *method, int status,
                         double seconds);
void srv_metrics_extract(srv_metrics *m, double seconds, int articles);
void srv_metrics_count(srv_metrics *m, const char *what); /* "queue_rejected", "deadline",
                                                              "extract_deadline" */

/* Prometheus text exposition. Returns a malloc'd string; caller frees. */
char *srv_metrics_text(srv_metrics *m, const srv_gauges *g, size_t *len);

#endif
