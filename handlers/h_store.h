/* h_store.h — helpers shared by the storage handlers (h_articles.c, h_companies.c,
 * h_changes.c, h_jobs.c) and their background services. */
#ifndef H_STORE_H
#define H_STORE_H

#include <stdbool.h>

#include "db_jobs.h"
#include "srv_route.h"

/* True when an If-None-Match header value (NULL ok) matches `etag` (a quoted strong tag) or
 * is "*". Weak tags compare by their opaque part. */
bool h_etag_matches(const char *if_none_match, const char *etag);

/* The job callback of kind "ingest" (extract + store, inside the runner's transaction). */
int h_articles_job(db_conn *c, const db_job_input *job, void *ud, json_t **result,
                   gl_error *err);

#endif
