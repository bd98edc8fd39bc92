/* h_changes.c — GET /v1/changes?since=SEQ&limit=N&wait=S: the change feed. With wait, the
 * worker blocks on the LISTEN hub (store/db_notify) until a change numbered >= since exists or
 * the wait ends — no query per waiting client except one when woken. At most half of the
 * workers wait at a time; further polls answer at once with Retry-After: 1. Also the "notify"
 * background service that runs the hub. */
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <time.h>

#include "db_changes.h"
#include "db_notify.h"
#include "db_util.h"
#include "h_handlers.h"
#include "h_store.h"
#include "srv_config.h"
#include "srv_server.h"

static atomic_int waiters; /* long polls currently waiting, this process */

static int changes_poll(const srv_request *req, srv_response *res, gl_error *err, long long since,
                        int limit, double wait);

int h_changes_list(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *s = srv_query(req, "since"), *w = srv_query(req, "wait");
    long long since = 0;
    double wait = 0;
    char *end;
    if (s) {
        since = strtoll(s, &end, 10);
        if (!*s || *end || since < 0)
            return srv_problem(res, 400, "since must be a non-negative integer");
    }
    if (w) {
        wait = strtod(w, &end);
        if (!*w || *end || !(wait >= 0) || wait > 30)
            return srv_problem(res, 400, "wait must be a number of seconds from 0 to 30");
    }
    int limit;
    if (db_parse_limit(srv_query(req, "limit"), &limit, err) < 0)
        return -1;
    /* A waiting long poll holds a worker thread: never let waiters take more than half of the
     * workers (the others keep serving); beyond that a poll answers at once (wait=0). */
    int max_waiters = req->config ? req->config->workers / 2 : 0;
    bool counted = false;
    if (wait > 0) {
        if (atomic_fetch_add(&waiters, 1) < max_waiters)
            counted = true;
        else {
            atomic_fetch_sub(&waiters, 1);
            wait = 0;
        }
    }
    bool refused = w && wait == 0 && !counted && strtod(w, NULL) > 0;
    int rc = changes_poll(req, res, err, since, limit, wait);
    if (counted)
        atomic_fetch_sub(&waiters, 1);
    if (rc == 0 && refused) /* too many waiting already: tell the client to pace itself */
        srv_response_header(res, "Retry-After", "1");
    return rc;
}

/* The long-poll loop of h_changes_list (wait already bounded). */
static int changes_poll(const srv_request *req, srv_response *res, gl_error *err, long long since,
                        int limit, double wait)
{
    double until = srv_now() + wait;
    double left = srv_time_left(req) - 1.0; /* leave time to answer */
    if (left < wait)
        until = srv_now() + (left > 0 ? left : 0);
    bool woken_before = false;
    for (;;) {
        json_t *out;
        int n;
        if (db_changes_list(req->db, since, limit, &out, &n, err) < 0)
            return -1;
        double remaining = until - srv_now();
        if (n > 0 || remaining <= 0) {
            srv_response_json(res, 200, out);
            return 0;
        }
        json_decref(out);
        db_notify *hub = db_notify_current();
        double nap = remaining < 0.5 ? remaining : 0.5;
        if (hub && db_notify_live(hub) && !woken_before) {
            db_notify_wait_seq(hub, since, remaining);
            woken_before = true;
        } else {
            /* no live hub (or a wakeup that found nothing): poll at most twice a second */
            struct timespec ts = {(time_t)nap, (long)((nap - (double)(time_t)nap) * 1e9)};
            nanosleep(&ts, NULL);
            woken_before = false;
        }
    }
}

int h_notify_service_start(srv_server *srv, void **state, gl_error *err)
{
    (void)err;
    const char *url = srv_server_database_url(srv);
    *state = url && *url ? db_notify_start(url) : NULL;
    return 0;
}

void h_notify_service_stop(void *state)
{
    db_notify_stop(state);
}
