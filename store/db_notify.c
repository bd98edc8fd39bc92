/* db_notify.c — the LISTEN/NOTIFY hub: version cache, change-feed wakeups, job wakeups.
 * See db_notify.h. */
#include "db_notify.h"

#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gl_alloc.h"

#define CACHE_BUCKETS 4096
#define CACHE_MAX 200000

typedef struct vc_entry {
    struct vc_entry *next;
    long long version;
    char id[];
} vc_entry;

struct db_notify {
    char *url;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t seq_cv, jobs_cv, stop_cv;
    bool stop, live;
    long long max_seq;
    int seq_waiters; /* threads inside db_notify_wait_seq */
    void (*advanced)(void *arg, long long max_seq); /* db_notify_set_seq_observer */
    int (*waiting)(void *arg);
    void *observer_arg;
    unsigned long jobs_gen, count;
    vc_entry *buckets[CACHE_BUCKETS];
    size_t nentries;
};

static _Atomic(db_notify *) current_hub;

db_notify *db_notify_current(void)
{
    return atomic_load(&current_hub);
}

static unsigned hash_id(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h % CACHE_BUCKETS;
}

/* mu held */
static void cache_clear(db_notify *n)
{
    for (int i = 0; i < CACHE_BUCKETS; i++) {
        vc_entry *e = n->buckets[i];
        while (e) {
            vc_entry *next = e->next;
            free(e);
            e = next;
        }
        n->buckets[i] = NULL;
    }
    n->nentries = 0;
}

/* mu held */
static void cache_put(db_notify *n, const char *id, long long version)
{
    unsigned h = hash_id(id);
    for (vc_entry *e = n->buckets[h]; e; e = e->next)
        if (!strcmp(e->id, id)) {
            if (version > e->version)
                e->version = version;
            return;
        }
    if (n->nentries >= CACHE_MAX)
        cache_clear(n);
    size_t len = strlen(id);
    vc_entry *e = gl_malloc(sizeof *e + len + 1);
    memcpy(e->id, id, len + 1);
    e->version = version;
    e->next = n->buckets[h];
    n->buckets[h] = e;
    n->nentries++;
}

bool db_notify_version_is(db_notify *n, const char *id, long long version)
{
    if (!n)
        return false;
    bool yes = false;
    pthread_mutex_lock(&n->mu);
    if (n->live)
        for (vc_entry *e = n->buckets[hash_id(id)]; e; e = e->next)
            if (!strcmp(e->id, id)) {
                yes = e->version == version;
                break;
            }
    pthread_mutex_unlock(&n->mu);
    return yes;
}

void db_notify_version_seen(db_notify *n, const char *id, long long version)
{
    if (!n)
        return;
    pthread_mutex_lock(&n->mu);
    if (n->live)
        cache_put(n, id, version);
    pthread_mutex_unlock(&n->mu);
}

bool db_notify_live(db_notify *n)
{
    if (!n)
        return false;
    pthread_mutex_lock(&n->mu);
    bool live = n->live;
    pthread_mutex_unlock(&n->mu);
    return live;
}

unsigned long db_notify_count(db_notify *n)
{
    pthread_mutex_lock(&n->mu);
    unsigned long c = n->count;
    pthread_mutex_unlock(&n->mu);
    return c;
}

static struct timespec deadline_in(double seconds)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (seconds < 0)
        seconds = 0;
    long long ns = ts.tv_nsec + (long long)((seconds - (double)(long long)seconds) * 1e9);
    ts.tv_sec += (time_t)seconds + (time_t)(ns / 1000000000LL);
    ts.tv_nsec = (long)(ns % 1000000000LL);
    return ts;
}

long long db_notify_max_seq(db_notify *n)
{
    if (!n)
        return -1;
    pthread_mutex_lock(&n->mu);
    long long m = n->live ? n->max_seq : -1;
    pthread_mutex_unlock(&n->mu);
    return m;
}

long long db_notify_wait_seq(db_notify *n, long long since, double timeout)
{
    struct timespec dl = deadline_in(timeout);
    pthread_mutex_lock(&n->mu);
    n->seq_waiters++;
    while (!n->stop && n->max_seq < since) {
        if (pthread_cond_timedwait(&n->seq_cv, &n->mu, &dl) == ETIMEDOUT)
            break;
    }
    n->seq_waiters--;
    long long m = n->max_seq;
    pthread_mutex_unlock(&n->mu);
    return m;
}

bool db_notify_wait_jobs(db_notify *n, unsigned long *gen, double timeout)
{
    struct timespec dl = deadline_in(timeout);
    pthread_mutex_lock(&n->mu);
    while (!n->stop && n->jobs_gen == *gen) {
        if (pthread_cond_timedwait(&n->jobs_cv, &n->mu, &dl) == ETIMEDOUT)
            break;
    }
    bool woken = n->jobs_gen != *gen;
    *gen = n->jobs_gen;
    pthread_mutex_unlock(&n->mu);
    return woken;
}

static bool stopping_wait(db_notify *n, double seconds)
{
    struct timespec dl = deadline_in(seconds);
    pthread_mutex_lock(&n->mu);
    if (!n->stop)
        pthread_cond_timedwait(&n->stop_cv, &n->mu, &dl);
    bool s = n->stop;
    pthread_mutex_unlock(&n->mu);
    return s;
}

static bool exec_ok(PGconn *pg, const char *sql)
{
    PGresult *r = PQexec(pg, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    return ok;
}

void db_notify_set_seq_observer(db_notify *n, void (*advanced)(void *arg, long long max_seq),
                                int (*waiting)(void *arg), void *arg)
{
    pthread_mutex_lock(&n->mu);
    n->advanced = advanced;
    n->waiting = waiting;
    n->observer_arg = arg;
    pthread_mutex_unlock(&n->mu);
}

/* Number new change rows; publish the highest seq (waiters, then the observer). */
static bool assign_seqs(db_notify *n, PGconn *pg)
{
    PGresult *r = PQexec(pg, "SELECT gl_assign_seqs()");
    bool ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
    if (ok) {
        long long m = atoll(PQgetvalue(r, 0, 0));
        pthread_mutex_lock(&n->mu);
        if (m > n->max_seq)
            n->max_seq = m;
        pthread_cond_broadcast(&n->seq_cv);
        void (*advanced)(void *, long long) = n->advanced;
        void *arg = n->observer_arg;
        pthread_mutex_unlock(&n->mu);
        if (advanced)
            advanced(arg, m);
    }
    PQclear(r);
    return ok;
}

static void set_live(db_notify *n, bool live)
{
    pthread_mutex_lock(&n->mu);
    n->live = live;
    cache_clear(n);
    if (live) {
        n->jobs_gen++; /* rescan the queue after (re)connecting */
        pthread_cond_broadcast(&n->jobs_cv);
    }
    pthread_mutex_unlock(&n->mu);
}

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Numbering change rows is one UPDATE over the unnumbered rows: done at once while a long poll
 * waits, otherwise coalesced to at most one call per NUMBER_INTERVAL (writers do not pay for a
 * numbering transaction per write; GET /v1/changes numbers what is pending before reading, so
 * readers never see less). */
#define NUMBER_INTERVAL 1.0

static void *hub_main(void *arg)
{
    db_notify *n = arg;
    PGconn *pg = NULL;
    bool pending = false; /* change notifications not numbered yet */
    double last_number = 0;
    while (!stopping_wait(n, 0)) {
        if (!pg || PQstatus(pg) != CONNECTION_OK) {
            if (pg) {
                set_live(n, false);
                PQfinish(pg);
            }
            pg = PQconnectdb(n->url);
            if (PQstatus(pg) != CONNECTION_OK ||
                !exec_ok(pg,
                         "LISTEN gleaner_company; LISTEN gleaner_changes; LISTEN gleaner_jobs")) {
                PQfinish(pg);
                pg = NULL;
                if (stopping_wait(n, 1.0))
                    break;
                continue;
            }
            set_live(n, true);
            assign_seqs(n, pg); /* may fail before migrations: retried on the next change */
            pending = false;
            last_number = mono_now();
        }
        if (pending) {
            pthread_mutex_lock(&n->mu);
            bool waited_for = n->seq_waiters > 0;
            int (*waiting)(void *) = n->waiting;
            void *arg = n->observer_arg;
            pthread_mutex_unlock(&n->mu);
            if (!waited_for && waiting)
                waited_for = waiting(arg) > 0;
            if (waited_for || mono_now() - last_number >= NUMBER_INTERVAL) {
                assign_seqs(n, pg);
                pending = false;
                last_number = mono_now();
            }
        }
        struct pollfd pfd = {.fd = PQsocket(pg), .events = POLLIN};
        /* short timeouts only while something is pending (a long poll that starts waiting
         * after its notification arrived is served within 20 ms) */
        int pr = poll(&pfd, 1, pending ? 20 : 250);
        if (pr < 0 && errno != EINTR)
            continue;
        if (pr <= 0)
            continue;
        if (!PQconsumeInput(pg)) {
            continue; /* status is now bad: reconnect above */
        }
        bool changes = false;
        PGnotify *nt;
        while ((nt = PQnotifies(pg))) {
            pthread_mutex_lock(&n->mu);
            n->count++;
            if (!strcmp(nt->relname, "gleaner_company")) {
                /* "<id> <version>", one line per record (an ingest sends its records in one
                 * notification, schema/0007) */
                for (const char *line = nt->extra; line && *line;) {
                    char id[64];
                    long long v;
                    if (sscanf(line, "%63s %lld", id, &v) == 2)
                        cache_put(n, id, v);
                    line = strchr(line, '\n');
                    if (line)
                        line++;
                }
            } else if (!strcmp(nt->relname, "gleaner_changes")) {
                changes = true;
            } else if (!strcmp(nt->relname, "gleaner_jobs")) {
                n->jobs_gen++;
                pthread_cond_broadcast(&n->jobs_cv);
            }
            pthread_mutex_unlock(&n->mu);
            PQfreemem(nt);
        }
        if (changes)
            pending = true; /* numbered at the top of the loop (now, or coalesced) */
    }
    if (pg) {
        set_live(n, false);
        PQfinish(pg);
    }
    return NULL;
}

db_notify *db_notify_start(const char *url)
{
    db_notify *n = gl_calloc(1, sizeof *n);
    n->url = gl_strdup(url ? url : "");
    pthread_mutex_init(&n->mu, NULL);
    pthread_cond_init(&n->seq_cv, NULL);
    pthread_cond_init(&n->jobs_cv, NULL);
    pthread_cond_init(&n->stop_cv, NULL);
    if (pthread_create(&n->thread, NULL, hub_main, n) != 0) {
        fprintf(stderr, "db_notify: cannot start thread\n");
        abort();
    }
    db_notify *expected = NULL;
    atomic_compare_exchange_strong(&current_hub, &expected, n);
    return n;
}

void db_notify_stop(db_notify *n)
{
    if (!n)
        return;
    db_notify *expected = n;
    atomic_compare_exchange_strong(&current_hub, &expected, NULL);
    pthread_mutex_lock(&n->mu);
    n->stop = true;
    pthread_cond_broadcast(&n->stop_cv);
    pthread_cond_broadcast(&n->seq_cv);
    pthread_cond_broadcast(&n->jobs_cv);
    pthread_mutex_unlock(&n->mu);
    pthread_join(n->thread, NULL);
    pthread_mutex_lock(&n->mu);
    cache_clear(n);
    pthread_mutex_unlock(&n->mu);
    pthread_mutex_destroy(&n->mu);
    pthread_cond_destroy(&n->seq_cv);
    pthread_cond_destroy(&n->jobs_cv);
    pthread_cond_destroy(&n->stop_cv);
    free(n->url);
    free(n);
}
