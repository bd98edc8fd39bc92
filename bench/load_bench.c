/* load_bench.c — the two references of the HTTP load benchmark (bench/run-load, issue 9):
 *
 *   load-bench engine BODIES THREADS SECONDS [DATA_DIR]
 *       the in-process engine rate: THREADS threads each take the request bodies of BODIES (one
 *       JSON body per line, as POST /v1/extract receives them) in turn and do exactly the work
 *       of the handler — parse the body (gx_request_parse), extract and write the answer
 *       (gx_extract_dumps) — for SECONDS seconds. Prints "engine_rps N" and "engine_mbps N".
 *   load-bench trivial PORT
 *       a trivial libmicrohttpd handler with gleanerd's daemon flags (internal epoll thread):
 *       reads the body, answers {"articles":[]}; runs until SIGTERM/SIGINT. It is the ceiling
 *       of HTTP alone on this machine.
 */
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_clock.h"
#include "gl_alloc.h"
#include "gx.h"
#include "gx_request.h"

/* ------------------------------------------------------------------ engine */

typedef struct bodies {
    char **v;
    size_t *len;
    size_t n;
} bodies;

typedef struct engine_run {
    const gx_engine *eng;
    const bodies *b;
    int index;
    double until;
    long done, bytes, failed;
} engine_run;

static int read_bodies(const char *path, bodies *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    size_t cap_v = 0;
    while ((n = getline(&line, &cap, f)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0)
            continue;
        if (b->n == cap_v) {
            cap_v = cap_v ? 2 * cap_v : 256;
            b->v = gl_realloc(b->v, cap_v * sizeof *b->v);
            b->len = gl_realloc(b->len, cap_v * sizeof *b->len);
        }
        b->v[b->n] = gl_strndup(line, (size_t)n);
        b->len[b->n++] = (size_t)n;
    }
    free(line);
    fclose(f);
    return b->n ? 0 : -1;
}

static void *engine_thread(void *arg)
{
    engine_run *r = arg;
    size_t i = (size_t)r->index * 7919;
    while (bench_wall() < r->until) {
        const char *body = r->b->v[i % r->b->n];
        size_t len = r->b->len[i % r->b->n];
        i++;
        gl_error err;
        gl_error_clear(&err);
        gx_request rq;
        char *out = NULL;
        if (gx_request_parse(&rq, "application/json", body, len, NULL, NULL, &err) == 0)
            out = gx_extract_dumps(r->eng, &rq.in, NULL, NULL, &err);
        if (out) {
            free(out);
        } else {
            r->failed++;
        }
        gx_request_cleanup(&rq);
        r->done++;
        r->bytes += (long)len;
    }
    return NULL;
}

static int run_engine(const char *path, int threads, double seconds, const char *data_dir)
{
    bodies b = {0};
    if (read_bodies(path, &b) < 0) {
        fprintf(stderr, "load-bench: cannot read request bodies from %s\n", path);
        return 1;
    }
    gl_error err;
    gl_error_clear(&err);
    gx_engine *eng = gx_engine_new(data_dir, &err);
    if (!eng) {
        fprintf(stderr, "load-bench: %s\n", err.message);
        return 1;
    }
    engine_run *runs = gl_calloc((size_t)threads, sizeof *runs);
    pthread_t *tid = gl_calloc((size_t)threads, sizeof *tid);
    double t0 = bench_wall();
    for (int t = 0; t < threads; t++) {
        runs[t] = (engine_run){eng, &b, t, t0 + seconds, 0, 0, 0};
        pthread_create(&tid[t], NULL, engine_thread, &runs[t]);
    }
    long done = 0, bytes = 0, failed = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        done += runs[t].done;
        bytes += runs[t].bytes;
        failed += runs[t].failed;
    }
    double el = bench_wall() - t0;
    printf("engine_rps %.1f\nengine_mbps %.2f\nengine_requests %ld\nengine_failed %ld\n",
           (double)done / el, (double)bytes / el / 1e6, done, failed);
    free(runs);
    free(tid);
    gx_engine_free(eng);
    for (size_t i = 0; i < b.n; i++)
        free(b.v[i]);
    free(b.v);
    free(b.len);
    return failed ? 1 : 0;
}

/* ------------------------------------------------------------------ trivial server */

static enum MHD_Result trivial(void *cls, struct MHD_Connection *c, const char *url,
                               const char *method, const char *version, const char *data,
                               size_t *size, void **ctx)
{
    (void)cls, (void)url, (void)method, (void)version, (void)data;
    if (!*ctx) {
        *ctx = (void *)1;
        return MHD_YES;
    }
    if (*size) { /* read and drop the body */
        *size = 0;
        return MHD_YES;
    }
    static const char ok[] = "{\"articles\":[]}";
    struct MHD_Response *r =
        MHD_create_response_from_buffer(sizeof ok - 1, (void *)ok, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ret;
}

static int run_trivial(int port)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ITC, (uint16_t)port, NULL, NULL,
        trivial, NULL, MHD_OPTION_CONNECTION_LIMIT, (unsigned int)4096, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "load-bench: cannot listen on port %d\n", port);
        return 1;
    }
    fprintf(stderr, "trivial server on port %d\n", port);
    int sig;
    sigwait(&set, &sig);
    MHD_stop_daemon(d);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "engine"))
        return run_engine(argv[2], atoi(argv[3]), atof(argv[4]), argc > 5 ? argv[5] : NULL);
    if (argc == 3 && !strcmp(argv[1], "trivial"))
        return run_trivial(atoi(argv[2]));
    fprintf(stderr, "usage: load-bench engine BODIES THREADS SECONDS [DATA_DIR]\n"
                    "       load-bench trivial PORT\n");
    return 2;
}
