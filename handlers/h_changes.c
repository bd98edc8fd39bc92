/* h_changes.c — GET /v1/changes?since=SEQ&limit=N&wait=S: the change feed. With wait, an
 * empty page is not answered at once (when the hub already knows that nothing >= since exists,
 * the request parks on the HTTP thread without even a worker's query): the request is PARKED
 * (srv_defer) — the worker is released, the connection stays suspended — until the LISTEN hub
 * (store/db_notify) numbers a change >= since (srv_server_wake: the poll runs again on a worker,
 * one query) or the wait ends (answered with the empty page on the server's timer thread, no
 * query). No thread and no query per waiting client; --max-waiters bounds them (503 + Retry-After
 * beyond). Also the "notify" background service that runs the hub and connects it to the server. */
#include <stdlib.h>
#include <string.h>

#include "db_changes.h"
#include "db_notify.h"
#include "db_util.h"
#include "h_handlers.h"
#include "h_store.h"
#include "srv_config.h"
#include "srv_server.h"

/* The page of a poll that found nothing: {"changes": [], "next": since}. */
static int empty_page(srv_response *res, long long since)
{
    json_t *out = json_object();
    json_object_set_new(out, "changes", json_array());
    json_object_set_new(out, "next", json_integer(since));
    srv_response_json(res, 200, out);
    return 0;
}

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
    db_notify *hub = db_notify_current();
    if (!req->db && req->wake == SRV_WAKE_NONE) {
        /* First call, on the HTTP thread (SRV_ROUTE_FAST): when the hub knows that nothing
         * numbered >= since exists (changes committed but not numbered yet are numbered at
         * once while a poll is parked, which wakes it), park right away — no worker, no
         * query. Otherwise leave it to a worker. */
        long long max = db_notify_max_seq(hub), key = since > 0 ? since : 1; /* seqs from 1 */
        double now = srv_now(), until = now + wait, left = srv_time_left(req) - 1.0;
        if (left < wait)
            until = now + (left > 0 ? left : 0);
        if (wait > 0 && until > now && max >= 0 && key > max)
            return srv_defer(req, key, until, err);
        return 0;
    }
    if (!req->db) {
        /* A parked poll whose wait ended, or the server stops: nothing was announced for it,
         * so the page is empty — unless the hub lost its connection meanwhile (a notification
         * may have been missed): then one query on a worker decides. */
        if (req->wake == SRV_WAKE_SHUTDOWN || (hub && db_notify_live(hub)))
            return empty_page(res, since);
        return 0;
    }
    json_t *out;
    int n;
    if (db_changes_list(req->db, since, limit, &out, &n, err) < 0)
        return -1;
    double now = srv_now(), until = now + wait;
    double left = srv_time_left(req) - 1.0; /* leave time to answer */
    if (left < wait)
        until = now + (left > 0 ? left : 0);
    if (n > 0 || until <= now || req->wake != SRV_WAKE_NONE) {
        srv_response_json(res, 200, out);
        return 0;
    }
    if (!hub || !db_notify_live(hub)) {
        /* no LISTEN connection, so no wakeup would come: answer now, the client paces */
        srv_response_json(res, 200, out);
        srv_response_header(res, "Retry-After", "1");
        return 0;
    }
    json_decref(out);
    /* seqs start at 1: a poll from 0 waits for the first change */
    return srv_defer(req, since > 0 ? since : 1, until, err);
}

/* The hub's observer: every numbering wakes the parked polls it satisfies; parked polls make
 * the hub number at once. */
static void seq_advanced(void *arg, long long max_seq)
{
    srv_server_wake(arg, max_seq);
}

static int seq_waiting(void *arg)
{
    return srv_server_parked(arg);
}

int h_notify_service_start(srv_server *srv, void **state, gl_error *err)
{
    (void)err;
    const char *url = srv_server_database_url(srv);
    db_notify *hub = url && *url ? db_notify_start(url) : NULL;
    if (hub)
        db_notify_set_seq_observer(hub, seq_advanced, seq_waiting, srv);
    *state = hub;
    return 0;
}

void h_notify_service_stop(void *state)
{
    db_notify_stop(state);
}
