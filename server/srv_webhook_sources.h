/* srv_webhook_sources.h — the webhook sources of --webhook-sources (GLEANER_WEBHOOK_SOURCES)
 * and their per-source token buckets (flood -> 429 with Retry-After).
 *
 * File format (JSON):
 *   {"sources": [{"name": "newsroom", "kind": "standard", "secrets": ["whsec_..."],
 *                 "outlet": "证券时报",                       optional
 *                 "rate_per_second": 10, "burst": 50,          optional (defaults 20 / 100)
 *                 "max_body": 1048576}]}                       optional (default: --max-body)
 * name: 1..64 of [A-Za-z0-9_.-]; kind: standard | ghost | wordpress | arc; secrets: 1..8
 * non-empty strings (any one verifies: rotation). Secrets are kept in memory only and never
 * printed: error messages name the source and the field, never a secret value. */
#ifndef SRV_WEBHOOK_SOURCES_H
#define SRV_WEBHOOK_SOURCES_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "gl_error.h"
#include "srv_webhook_verify.h"

#define WH_MAX_SECRETS 8

typedef struct wh_source {
    char name[65];
    wh_kind kind;
    char *secrets[WH_MAX_SECRETS];
    int nsecrets;
    char *outlet;            /* NULL when not configured                         */
    double rate;             /* tokens per second                                */
    double burst;            /* bucket size                                      */
    long max_body;           /* bytes; 0 = the server's limit only               */
    /* token bucket (guarded by the registry's lock) */
    double tokens;
    double last;             /* monotonic seconds of the last refill             */
} wh_source;

typedef struct wh_registry {
    wh_source *sources;
    int n;
    pthread_mutex_t lock;
} wh_registry;

/* Load the sources from a JSON text (parse) or file (load). Returns a new registry (free with
 * wh_registry_free; NULL ok) or NULL with err (status 2, the field named). An empty path
 * gives an empty registry (every source is unknown -> 404). */
wh_registry *wh_registry_parse(const char *json_text, size_t len, gl_error *err);
wh_registry *wh_registry_load(const char *path, gl_error *err);
void wh_registry_free(wh_registry *r);

/* The source called `name`, or NULL. The pointer stays valid while the registry lives. */
const wh_source *wh_source_find(const wh_registry *r, const char *name);

/* Take one token from the source's bucket at monotonic time `now`. Returns true when allowed;
 * otherwise false with *retry_after the whole seconds until a token is available (>= 1). */
bool wh_rate_take(wh_registry *r, const wh_source *s, double now, int *retry_after);

#endif
