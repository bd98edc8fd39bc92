/* db_wait.c — wait for a libpq result with a client-side deadline (see db_wait.h). */
#include "db_wait.h"

#include <errno.h>
#include <poll.h>
#include <time.h>

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wait until the socket is ready for `events` or `until` passes. 1 ready, 0 timed out, -1 error. */
static int wait_socket(PGconn *pg, short events, double until)
{
    for (;;) {
        double left = until - mono();
        if (left <= 0)
            return 0;
        struct pollfd p = {.fd = PQsocket(pg), .events = events, .revents = 0};
        if (p.fd < 0)
            return -1;
        int rc = poll(&p, 1, (int)(left * 1000) + 1);
        if (rc > 0)
            return 1;
        if (rc < 0 && errno != EINTR)
            return -1;
    }
}

PGresult *db_wait_result(PGconn *pg, double seconds, bool *timed_out)
{
    double until = mono() + seconds;
    *timed_out = false;
    /* 1. what is left of the query in libpq's output buffer (non-blocking connections) */
    int f;
    while ((f = PQflush(pg)) == 1) {
        int w = wait_socket(pg, POLLIN | POLLOUT, until);
        if (w == 0) {
            *timed_out = true;
            return NULL;
        }
        if (w < 0 || !PQconsumeInput(pg))
            return NULL;
    }
    if (f < 0)
        return NULL;
    /* 2. the results, PQexec-style: keep the last one, an error wins */
    PGresult *last = NULL;
    for (;;) {
        while (PQisBusy(pg)) {
            int w = wait_socket(pg, POLLIN, until);
            if (w == 0) {
                PQclear(last);
                *timed_out = true;
                return NULL;
            }
            if (w < 0 || !PQconsumeInput(pg))
                break; /* PQgetResult now reports the failure */
        }
        PGresult *r = PQgetResult(pg);
        if (!r)
            break;
        ExecStatusType st = PQresultStatus(r);
        if (last && PQresultStatus(last) == PGRES_FATAL_ERROR) {
            PQclear(r);
        } else {
            PQclear(last);
            last = r;
        }
        if (st == PGRES_COPY_IN || st == PGRES_COPY_OUT || st == PGRES_COPY_BOTH)
            break;
        if (PQstatus(pg) == CONNECTION_BAD)
            break;
    }
    return last;
}
