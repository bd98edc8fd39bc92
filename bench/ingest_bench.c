/* ingest_bench.c — storage benchmarks that print ratios against baselines measured in the same
 * run (issue 6):
 *
 *  1. Sustained ingest: every article of a JSON-lines corpus (zh-finance-news-2018 shape:
 *     title, text, id, published, site) POSTed to a running gleanerd's /v1/articles by C
 *     keep-alive clients, `--passes` times (each pass changes the text, so every POST stores a
 *     new article), articles/s — beside `pgbench` running one single-row INSERT transaction per
 *     article (the article's size of text) with the same number of clients against the SAME
 *     database. synchronous_commit stays on in both.
 *  2. ETag polling: GET /v1/companies/{id} with a current If-None-Match (304s) for
 *     `--poll-seconds`, requests/s — beside a trivial libmicrohttpd handler (in this process,
 *     internal epoll thread, answers 304 at once) measured with the same client.
 *
 *   ingest-bench --server 127.0.0.1:8080 --pg "postgresql:///gleaner?host=/tmp/x" \
 *                --corpus articles.jsonl [--clients 2] [--passes 3] [--poll-seconds 5]
 *
 * bench/run-ingest starts PostgreSQL and gleanerd and runs this. */
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench_clock.h"
#include "bench_corpus.h"

/* ---- a minimal HTTP/1.1 keep-alive client ---- */
typedef struct hc {
    int fd;
    char host[64];
    int port;
    char buf[1 << 16];
    size_t len;
} hc;

static int hc_open(hc *c)
{
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)c->port)};
    inet_pton(AF_INET, c->host, &sa.sin_addr);
    if (connect(c->fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
        close(c->fd);
        c->fd = -1;
        return -1;
    }
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->len = 0;
    return 0;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* One request; returns the status (0 on transport failure after one reconnect). */
static int hc_request(hc *c, const char *method, const char *path, const char *headers,
                      const char *body, size_t blen)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        if (c->fd < 0 && hc_open(c) < 0)
            return 0;
        char head[1024];
        int hl = snprintf(head, sizeof head,
                          "%s %s HTTP/1.1\r\nHost: %s:%d\r\n%sContent-Length: %zu\r\n\r\n", method,
                          path, c->host, c->port, headers ? headers : "", blen);
        if (write_all(c->fd, head, (size_t)hl) < 0 || (blen && write_all(c->fd, body, blen) < 0)) {
            close(c->fd);
            c->fd = -1;
            continue;
        }
        /* read the header */
        c->len = 0;
        char *end = NULL;
        while (!(end = c->len ? memmem(c->buf, c->len, "\r\n\r\n", 4) : NULL)) {
            if (c->len == sizeof c->buf)
                return 0;
            ssize_t r = read(c->fd, c->buf + c->len, sizeof c->buf - c->len);
            if (r <= 0)
                break;
            c->len += (size_t)r;
        }
        if (!end) {
            close(c->fd);
            c->fd = -1;
            continue;
        }
        int status = atoi(c->buf + 9);
        size_t hdr_len = (size_t)(end + 4 - c->buf);
        size_t clen = 0;
        bool closes = false;
        for (char *p = c->buf; p < end; p++) {
            if (!strncasecmp(p, "\r\nContent-Length:", 17))
                clen = strtoul(p + 17, NULL, 10);
            if (!strncasecmp(p, "\r\nConnection: close", 19))
                closes = true;
        }
        size_t have = c->len - hdr_len;
        while (have < clen) {
            char tmp[1 << 16];
            size_t want = clen - have < sizeof tmp ? clen - have : sizeof tmp;
            ssize_t r = read(c->fd, tmp, want);
            if (r <= 0)
                break;
            have += (size_t)r;
        }
        if (closes) {
            close(c->fd);
            c->fd = -1;
        }
        return status;
    }
    return 0;
}

/* ---- corpus ---- */
typedef struct doc {
    char *body; /* JSON request body */
    size_t len;
} doc;

static doc *docs;
static size_t ndocs;
static size_t text_bytes;

static void load_corpus(const char *path, int passes)
{
    bench_corpus c;
    int got = bench_corpus_load(path, &c);
    if (got <= 0) {
        if (got == 0)
            fprintf(stderr, "%s: not found\n", path);
        exit(2);
    }
    ndocs = c.n * (size_t)passes;
    docs = calloc(ndocs, sizeof *docs);
    size_t k = 0;
    for (int p = 0; p < passes; p++) {
        for (size_t i = 0; i < c.n; i++) {
            const bench_doc *d = &c.docs[i];
            char ext[512];
            snprintf(ext, sizeof ext, "%s#%d", d->id, p);
            char *text;
            if (asprintf(&text, "%s\n\n(第%d轮)", d->text, p) < 0)
                exit(2);
            json_t *req = json_pack("{ssssssssss}", "text", text, "title", d->title, "published_at",
                                    d->published, "source", "bench", "external_id", ext);
            if (!*d->published)
                json_object_del(req, "published_at");
            docs[k].body = json_dumps(req, JSON_COMPACT);
            docs[k].len = strlen(docs[k].body);
            text_bytes += strlen(text);
            k++;
            free(text);
            json_decref(req);
        }
    }
    bench_corpus_free(&c);
}

/* ---- workers ---- */
typedef struct run {
    const char *host;
    int port;
    atomic_size_t next;
    size_t end;          /* ingest: documents [next, end)                               */
    bool extract_only;   /* ingest: POST /v1/extract instead (nothing stored)           */
    atomic_long ok, bad;
    double until;
    const char *path, *headers;
    int expect;
} run;

static void *ingest_worker(void *arg)
{
    run *r = arg;
    hc *c = calloc(1, sizeof *c);
    c->fd = -1;
    snprintf(c->host, sizeof c->host, "%s", r->host);
    c->port = r->port;
    for (;;) {
        size_t i = atomic_fetch_add(&r->next, 1);
        if (i >= r->end)
            break;
        int st = hc_request(c, "POST", r->extract_only ? "/v1/extract" : "/v1/articles",
                            "Content-Type: application/json\r\n", docs[i].body, docs[i].len);
        if (st == 201 || st == 200)
            atomic_fetch_add(&r->ok, 1);
        else {
            if (atomic_fetch_add(&r->bad, 1) < 5)
                fprintf(stderr, "ingest: HTTP %d\n", st);
        }
    }
    if (c->fd >= 0)
        close(c->fd);
    free(c);
    return NULL;
}

static void *poll_worker(void *arg)
{
    run *r = arg;
    hc *c = calloc(1, sizeof *c);
    c->fd = -1;
    snprintf(c->host, sizeof c->host, "%s", r->host);
    c->port = r->port;
    while (bench_wall() < r->until) {
        int st = hc_request(c, "GET", r->path, r->headers, NULL, 0);
        if (st == r->expect)
            atomic_fetch_add(&r->ok, 1);
        else if (atomic_fetch_add(&r->bad, 1) < 5)
            fprintf(stderr, "poll %s: HTTP %d\n", r->path, st);
    }
    if (c->fd >= 0)
        close(c->fd);
    free(c);
    return NULL;
}

static double run_threads(run *r, int clients, void *(*fn)(void *))
{
    pthread_t th[64];
    double t0 = bench_wall();
    for (int i = 0; i < clients; i++)
        pthread_create(&th[i], NULL, fn, r);
    for (int i = 0; i < clients; i++)
        pthread_join(th[i], NULL);
    return bench_wall() - t0;
}

/* ---- trivial libmicrohttpd handler ---- */
static enum MHD_Result trivial(void *cls, struct MHD_Connection *conn, const char *url,
                               const char *method, const char *version, const char *upload,
                               size_t *upload_size, void **ptr)
{
    (void)cls, (void)url, (void)method, (void)version, (void)upload, (void)upload_size;
    static int marker;
    if (*ptr != &marker) {
        *ptr = &marker;
        return MHD_YES;
    }
    struct MHD_Response *res = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(res, "ETag", "\"c1\"");
    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_NOT_MODIFIED, res);
    MHD_destroy_response(res);
    return ret;
}

/* ---- pgbench baseline ---- */
static double pgbench_tps(const char *pg, int clients, size_t transactions, size_t avg_text)
{
    char sql[512], path[] = "/tmp/ingest-bench-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    /* one single-row insert transaction per article, with a text of the articles' mean size */
    int n = snprintf(sql, sizeof sql,
                     "INSERT INTO bench_baseline (body) VALUES (repeat('新', %zu) || :client_id || random());\n",
                     avg_text / 3);
    if (write_all(fd, sql, (size_t)n) < 0)
        return -1;
    close(fd);
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "psql '%s' -qc 'CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, "
             "body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())' >/dev/null && "
             "pgbench -n -c %d -j %d -t %zu -f %s '%s' 2>&1",
             pg, clients, clients, transactions / (size_t)clients, path, pg);
    FILE *p = popen(cmd, "r");
    double tps = -1;
    char line[512];
    while (p && fgets(line, sizeof line, p)) {
        double v;
        if (sscanf(line, "tps = %lf", &v) == 1)
            tps = v;
    }
    if (p)
        pclose(p);
    unlink(path);
    return tps;
}

int main(int argc, char **argv)
{
    const char *server = "127.0.0.1:8080", *pg = NULL, *corpus = NULL;
    int clients = 2, passes = 3;
    double poll_seconds = 5;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--server") && i + 1 < argc)
            server = argv[++i];
        else if (!strcmp(argv[i], "--pg") && i + 1 < argc)
            pg = argv[++i];
        else if (!strcmp(argv[i], "--corpus") && i + 1 < argc)
            corpus = argv[++i];
        else if (!strcmp(argv[i], "--clients") && i + 1 < argc)
            clients = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--passes") && i + 1 < argc)
            passes = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--poll-seconds") && i + 1 < argc)
            poll_seconds = atof(argv[++i]);
        else {
            fprintf(stderr, "usage: %s --server HOST:PORT --pg URL --corpus FILE.jsonl "
                            "[--clients N] [--passes N] [--poll-seconds S]\n", argv[0]);
            return 2;
        }
    }
    if (!pg || !corpus || clients < 1 || clients > 64 || passes < 1) {
        fprintf(stderr, "--pg and --corpus are required\n");
        return 2;
    }
    char host[64];
    int port;
    if (sscanf(server, "%63[^:]:%d", host, &port) != 2) {
        fprintf(stderr, "bad --server\n");
        return 2;
    }
    load_corpus(corpus, passes);
    printf("corpus: %zu requests (%d passes), mean text %zu bytes, %d clients\n", ndocs, passes,
           text_bytes / (ndocs ? ndocs : 1), clients);

    /* 1. ingest, interleaved pass by pass with the pgbench baseline (the machine's load
     *    drifts; interleaving exposes both to the same conditions) */
    size_t per_pass = ndocs / (size_t)passes, mean = text_bytes / (ndocs ? ndocs : 1);
    double t_ingest = 0, t_pg = 0, t_ex = 0;
    long stored = 0, failed = 0, extracted = 0;
    for (int p = 0; p < passes; p++) {
        if (p == 0) { /* the engine's share: the same articles through POST /v1/extract */
            run e = {.host = host, .port = port, .end = per_pass, .extract_only = true};
            t_ex += run_threads(&e, clients, ingest_worker);
            extracted += atomic_load(&e.ok);
        }
        run r = {.host = host, .port = port, .end = per_pass * (size_t)(p + 1)};
        atomic_store(&r.next, per_pass * (size_t)p);
        double dt_pass = run_threads(&r, clients, ingest_worker);
        t_ingest += dt_pass;
        stored += atomic_load(&r.ok);
        failed += atomic_load(&r.bad);
        double tps = pgbench_tps(pg, clients, per_pass, mean);
        if (tps > 0)
            t_pg += (double)per_pass / tps;
        printf("  pass %d: ingest %.1f articles/s, pgbench %.1f tps\n", p + 1,
               (double)atomic_load(&r.ok) / dt_pass, tps);
    }
    double aps = (double)stored / t_ingest, tps = (double)(per_pass * (size_t)passes) / t_pg;
    printf("extract:  %.1f articles/s through POST /v1/extract (nothing stored; the engine's share)\n",
           (double)extracted / t_ex);
    printf("ingest:   %ld stored, %ld failed in %.2f s = %.1f articles/s (POST /v1/articles, "
           "extraction included)\n", stored, failed, t_ingest, aps);
    printf("pgbench:  %.1f single-row insert transactions/s (same database, same clients)\n", tps);
    printf("ingest ratio: %.3f (target >= 0.3)\n", aps / tps);

    /* 2. ETag polling */
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "psql '%s' -qtAc \"SELECT id || ' ' || version FROM companies WHERE article_count > 0 "
             "ORDER BY mention_count DESC LIMIT 1\"", pg);
    FILE *p = popen(cmd, "r");
    char cid[64] = "";
    long long ver = 0;
    if (!p || fscanf(p, "%63s %lld", cid, &ver) != 2) {
        fprintf(stderr, "no company record to poll\n");
        return 1;
    }
    pclose(p);
    char path[128], hdr[128];
    snprintf(path, sizeof path, "/v1/companies/%s", cid);
    snprintf(hdr, sizeof hdr, "If-None-Match: \"c%lld\"\r\n", ver);
    struct MHD_Daemon *d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, 0,
                                            NULL, NULL, trivial, NULL, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "cannot start the trivial daemon\n");
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    /* interleaved windows of 0.5 s each, same client threads */
    long g_ok = 0, g_bad = 0, t_ok = 0;
    double g_t = 0, t_t = 0;
    for (double spent = 0; spent < poll_seconds; spent += 0.5) {
        run pr = {.host = host, .port = port, .path = path, .headers = hdr, .expect = 304};
        pr.until = bench_wall() + 0.25;
        g_t += run_threads(&pr, clients, poll_worker);
        g_ok += atomic_load(&pr.ok);
        g_bad += atomic_load(&pr.bad);
        run tr = {.host = "127.0.0.1", .port = info->port, .path = "/x", .headers = hdr, .expect = 304};
        tr.until = bench_wall() + 0.25;
        t_t += run_threads(&tr, clients, poll_worker);
        t_ok += atomic_load(&tr.ok);
    }
    MHD_stop_daemon(d);
    double gps = (double)g_ok / g_t, tps_mhd = (double)t_ok / t_t;
    printf("etag poll: %.0f req/s of 304 from gleanerd (%ld bad) GET %s\n", gps, g_bad, path);
    printf("trivial:  %.0f req/s of 304 from a trivial libmicrohttpd handler\n", tps_mhd);
    printf("etag ratio: %.3f (target >= 0.3)\n", gps / tps_mhd);
    for (size_t i = 0; i < ndocs; i++)
        free(docs[i].body);
    free(docs);
    return 0;
}
