/* h_routes.c — THE route table and the background services of gleanerd.
 * Shared list: add one line per route (method, pattern, handler, flags) — see srv_route.h.
 * Keep literal patterns before parameterised ones of the same shape. */
#include "h_handlers.h"

const srv_route h_routes[] = {
    {"GET", "/healthz", h_healthz, SRV_ROUTE_INLINE},
    {"GET", "/readyz", h_readyz, 0},
    {"GET", "/metrics", h_metrics, SRV_ROUTE_INLINE},
    {"GET", "/v1/openapi.json", h_openapi, SRV_ROUTE_INLINE},
    {"POST", "/v1/extract", h_extract, 0},
    /* storage: articles, companies, changes, jobs — add lines below */
    {"POST", "/v1/articles", h_articles_post, SRV_ROUTE_DB},
    {"GET", "/v1/articles", h_articles_list, SRV_ROUTE_DB},
    {"GET", "/v1/articles/{id}", h_articles_get, SRV_ROUTE_DB},
    {"DELETE", "/v1/articles/{id}", h_articles_delete, SRV_ROUTE_DB},
    {"GET", "/v1/companies", h_companies_list, SRV_ROUTE_DB},
    {"GET", "/v1/companies/{id}", h_companies_get, SRV_ROUTE_DB | SRV_ROUTE_FAST},
    {"GET", "/v1/companies/{id}/articles", h_companies_articles, SRV_ROUTE_DB},
    {"GET", "/v1/companies/{id}/events", h_companies_events, SRV_ROUTE_DB},
    {"GET", "/v1/changes", h_changes_list, SRV_ROUTE_DB | SRV_ROUTE_FAST},
    {"GET", "/v1/jobs/{id}", h_jobs_get, SRV_ROUTE_DB},
    {"POST", "/v1/webhooks/{source}", h_webhooks_post, SRV_ROUTE_DB},
    {"GET", "/v1/webhooks/{source}/deliveries", h_webhooks_deliveries, SRV_ROUTE_DB},
    {"GET", "/v1/webhooks/{source}/deliveries/{id}", h_webhooks_delivery_get, SRV_ROUTE_DB},
    {"POST", "/v1/webhooks/{source}/deliveries/{id}/replay", h_webhooks_replay, SRV_ROUTE_DB},

    {NULL, NULL, NULL, 0},
};

/* Background services started with the server, stopped at shutdown (srv_route.h). */
const srv_service h_services[] = {
    /* storage: e.g. {"jobs", db_jobs_start, db_jobs_stop}, */
    {"notify", h_notify_service_start, h_notify_service_stop}, /* before "jobs" (uses it) */
    {"webhooks", h_webhooks_service_start, h_webhooks_service_stop}, /* loads --webhook-sources */
    {"jobs", h_jobs_service_start, h_jobs_service_stop},
    {NULL, NULL, NULL},
};
