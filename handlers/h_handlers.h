/* h_handlers.h — declarations of every HTTP handler (one group per handlers/h_*.c file).
 * Shared list: each area ADDS its own lines in its own block. See server/srv_request.h for
 * the handler contract and handlers/h_routes.c for the table. */
#ifndef H_HANDLERS_H
#define H_HANDLERS_H

#include "srv_route.h"

/* h_ops.c — operational endpoints */
int h_healthz(const srv_request *req, srv_response *res, gl_error *err);
int h_readyz(const srv_request *req, srv_response *res, gl_error *err);
int h_metrics(const srv_request *req, srv_response *res, gl_error *err);
int h_openapi(const srv_request *req, srv_response *res, gl_error *err);

/* h_extract.c — POST /v1/extract */
int h_extract(const srv_request *req, srv_response *res, gl_error *err);

/* h_articles.c, h_companies.c, h_changes.c, h_jobs.c (storage) — add declarations below */
int h_articles_post(const srv_request *req, srv_response *res, gl_error *err);
int h_articles_list(const srv_request *req, srv_response *res, gl_error *err);
int h_articles_get(const srv_request *req, srv_response *res, gl_error *err);
int h_articles_delete(const srv_request *req, srv_response *res, gl_error *err);
int h_companies_list(const srv_request *req, srv_response *res, gl_error *err);
int h_companies_get(const srv_request *req, srv_response *res, gl_error *err);
int h_companies_articles(const srv_request *req, srv_response *res, gl_error *err);
int h_companies_events(const srv_request *req, srv_response *res, gl_error *err);
int h_changes_list(const srv_request *req, srv_response *res, gl_error *err);
int h_jobs_get(const srv_request *req, srv_response *res, gl_error *err);
int h_notify_service_start(srv_server *srv, void **state, gl_error *err);
void h_notify_service_stop(void *state);
int h_jobs_service_start(srv_server *srv, void **state, gl_error *err);
void h_jobs_service_stop(void *state);

/* h_webhooks.c — CMS webhooks (issue 7) */
struct db_job_input;
int h_webhooks_post(const srv_request *req, srv_response *res, gl_error *err);
int h_webhooks_deliveries(const srv_request *req, srv_response *res, gl_error *err);
int h_webhooks_delivery_get(const srv_request *req, srv_response *res, gl_error *err);
int h_webhooks_replay(const srv_request *req, srv_response *res, gl_error *err);
int h_webhooks_service_start(srv_server *srv, void **state, gl_error *err);
void h_webhooks_service_stop(void *state);
/* job kind "webhook" (store/db_jobs.h db_job_fn), dispatched from h_articles_job */
int h_webhooks_job(db_conn *c, const struct db_job_input *job, void *ud, json_t **result,
                   gl_error *err);

#endif
