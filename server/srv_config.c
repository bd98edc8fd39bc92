/* srv_config.c — the option table of gleanerd and its parser (see srv_config.h). */
#include "srv_config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gl_alloc.h"

#ifndef GLEANER_SCHEMA_DIR
#define GLEANER_SCHEMA_DIR "schema"
#endif
#ifndef GLEANER_VERSION
#define GLEANER_VERSION "0.0.0"
#endif

typedef enum opt_kind { OPT_STRING, OPT_INT, OPT_SIZE, OPT_LISTEN, OPT_FLAG } opt_kind;

typedef struct opt {
    const char *flag;  /* without the leading "--"   */
    const char *env;
    opt_kind kind;
    const char *def;
    long min, max;     /* for OPT_INT / OPT_SIZE     */
    const char *help;
    size_t off;        /* offsetof(srv_config, ...)  */
} opt;

#define OFF(f) offsetof(srv_config, f)

/* THE table. */
static const opt opts[] = {
    {"listen", "GLEANER_LISTEN", OPT_LISTEN, "127.0.0.1:8080", 0, 0,
     "address to serve on, HOST:PORT (port 0 = any free port)", OFF(listen_host)},
    {"database-url", "DATABASE_URL", OPT_STRING, "", 0, 0,
     "PostgreSQL connection URL or conninfo; empty = no database (DB routes answer 503)",
     OFF(database_url)},
    {"workers", "GLEANER_WORKERS", OPT_INT, "0", 0, 1024,
     "worker threads, each with its own database connection (0 = number of cores)", OFF(workers)},
    {"max-body", "GLEANER_MAX_BODY", OPT_SIZE, "4MiB", 1024, 1L << 30,
     "largest request body accepted (bytes; k/M/G suffixes), larger -> 413", OFF(max_body)},
    {"queue-depth", "GLEANER_QUEUE_DEPTH", OPT_INT, "64", 1, 100000,
     "requests waiting for a worker before answering 503 + Retry-After", OFF(queue_depth)},
    {"max-waiters", "GLEANER_MAX_WAITERS", OPT_INT, "1024", 0, 65536,
     "long polls (GET /v1/changes?wait=) parked at once without a worker; more -> 503",
     OFF(max_waiters)},
    {"request-timeout", "GLEANER_REQUEST_TIMEOUT", OPT_INT, "30", 1, 3600,
     "seconds a request may take end to end (slow clients, queue wait, SQL statements)",
     OFF(request_timeout)},
    {"extract-timeout-ms", "GLEANER_EXTRACT_TIMEOUT_MS", OPT_INT, "0", 0, 3600000,
     "milliseconds one extraction may run (requests, webhook deliveries, async ingests; 0 = "
     "--request-timeout); past it the engine stops: 504",
     OFF(extract_timeout_ms)},
    {"data-dir", "GLEANER_DATA_DIR", OPT_STRING, "", 0, 0,
     "engine data folder (lexicons, model); empty = built-in default", OFF(data_dir)},
    {"schema-dir", "GLEANER_SCHEMA_DIR", OPT_STRING, GLEANER_SCHEMA_DIR, 0, 0,
     "folder of NNNN_name.sql migrations applied at start", OFF(schema_dir)},
    {"db-retry-max", "GLEANER_DB_RETRY_MAX", OPT_INT, "5", 1, 300,
     "seconds: upper bound of the database reconnect backoff", OFF(db_retry_max)},
    {"access-log", "GLEANER_ACCESS_LOG", OPT_FLAG, "0", 0, 1,
     "1: log one line per request (method, path, status, milliseconds)", OFF(access_log)},
    {"debug-delay-ms", "GLEANER_DEBUG_DELAY_MS", OPT_INT, "0", 0, 60000,
     "testing only: delay every worker job by this many ms (queue and shutdown tests)",
     OFF(debug_delay_ms)},
    {"webhook-sources", "GLEANER_WEBHOOK_SOURCES", OPT_STRING, "", 0, 0,
     "JSON file of CMS webhook sources (name, kind, secrets, outlet); empty = none",
     OFF(webhook_sources)},
    {"api-keys", "GLEANER_API_KEYS", OPT_STRING, "", 0, 0,
     "JSON file of API keys {\"keys\": [{name, scope, sha256}]}; empty = no keys", OFF(api_keys)},
    {"insecure-public", "GLEANER_INSECURE_PUBLIC", OPT_FLAG, "0", 0, 1,
     "allow listening on a non-loopback address without API keys", OFF(insecure_public)},
    {"key-rate", "GLEANER_KEY_RATE", OPT_INT, "0", 0, 1000000,
     "requests per second per API key (token bucket; 0 = unlimited), over it -> 429",
     OFF(key_rate)},
    {"key-burst", "GLEANER_KEY_BURST", OPT_INT, "0", 0, 1000000,
     "burst size of the per-key bucket (0 = 2 x key-rate)", OFF(key_burst)},
    {"ip-rate", "GLEANER_IP_RATE", OPT_INT, "0", 0, 1000000,
     "requests per second per client address (IPv6: per /64; 0 = unlimited) -> 429", OFF(ip_rate)},
    {"ip-burst", "GLEANER_IP_BURST", OPT_INT, "0", 0, 1000000,
     "burst size of the per-address bucket (0 = 2 x ip-rate)", OFF(ip_burst)},
    {"max-conns-per-ip", "GLEANER_MAX_CONNS_PER_IP", OPT_INT, "256", 0, 65536,
     "simultaneous connections per client address (0 = no cap); more are closed",
     OFF(max_conns_per_ip)},
};
#define NOPTS (sizeof opts / sizeof opts[0])

int srv_parse_size(const char *s, long *out, gl_error *err)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || errno || v < 0)
        return gl_error_set(err, 2, "not a size: \"%s\"", s);
    double mul = 1;
    if (*end) {
        switch (*end) {
        case 'k': case 'K': mul = 1024.0; break;
        case 'm': case 'M': mul = 1024.0 * 1024; break;
        case 'g': case 'G': mul = 1024.0 * 1024 * 1024; break;
        default: return gl_error_set(err, 2, "not a size: \"%s\"", s);
        }
        end++;
        if (!strcmp(end, "iB") || !strcmp(end, "B") || !strcmp(end, "b") || !strcmp(end, "ib"))
            end += strlen(end);
        if (*end)
            return gl_error_set(err, 2, "not a size: \"%s\"", s);
    }
    v *= mul;
    if (v > (double)LONG_MAX)
        return gl_error_set(err, 2, "size too large: \"%s\"", s);
    *out = (long)v;
    return 0;
}

int srv_parse_listen(const char *s, char *host, size_t host_len, int *port, gl_error *err)
{
    const char *colon, *h = s;
    size_t hl;
    if (s[0] == '[') {
        const char *rb = strchr(s, ']');
        if (!rb || rb[1] != ':')
            return gl_error_set(err, 2, "bad listen address \"%s\" (want [v6]:PORT)", s);
        h = s + 1;
        hl = (size_t)(rb - h);
        colon = rb + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon) {
            colon = s - 1; /* bare port */
            hl = 0;
        } else {
            hl = (size_t)(colon - s);
        }
    }
    const char *p = colon + 1;
    char *end;
    errno = 0;
    long v = strtol(p, &end, 10);
    if (!*p || *end || errno || v < 0 || v > 65535)
        return gl_error_set(err, 2, "bad port in listen address \"%s\"", s);
    if (hl == 0) {
        h = "127.0.0.1";
        hl = strlen(h);
    }
    if (hl + 1 > host_len)
        return gl_error_set(err, 2, "host too long in \"%s\"", s);
    memcpy(host, h, hl);
    host[hl] = '\0';
    *port = (int)v;
    return 0;
}

/* Prefix err's message with where the value came from. Returns -1. */
static int prefix_error(gl_error *err, const char *from)
{
    char msg[sizeof err->message];
    memcpy(msg, err->message, sizeof msg);
    return gl_error_set(err, 2, "%s: %s", from, msg);
}

static int set_opt(srv_config *cfg, const opt *o, const char *val, const char *from,
                   gl_error *err)
{
    char *base = (char *)cfg;
    switch (o->kind) {
    case OPT_STRING: {
        char **dst = (char **)(base + o->off);
        free(*dst);
        *dst = gl_strdup(val);
        return 0;
    }
    case OPT_LISTEN:
        if (srv_parse_listen(val, cfg->listen_host, sizeof cfg->listen_host, &cfg->listen_port,
                             err) < 0)
            return prefix_error(err, from);
        return 0;
    case OPT_FLAG:
        if (!strcmp(val, "1") || !strcmp(val, "true") || !strcmp(val, "yes"))
            *(int *)(base + o->off) = 1;
        else if (!strcmp(val, "0") || !strcmp(val, "false") || !strcmp(val, "no"))
            *(int *)(base + o->off) = 0;
        else
            return gl_error_set(err, 2, "%s: want 1/0, true/false or yes/no, not \"%s\"", from,
                                val);
        return 0;
    case OPT_INT: {
        char *end;
        errno = 0;
        long v = strtol(val, &end, 10);
        if (!*val || *end || errno)
            return gl_error_set(err, 2, "%s: not an integer: \"%s\"", from, val);
        if (v < o->min || v > o->max)
            return gl_error_set(err, 2, "%s: %ld is out of range [%ld, %ld]", from, v, o->min,
                                o->max);
        *(int *)(base + o->off) = (int)v;
        return 0;
    }
    case OPT_SIZE: {
        long v;
        if (srv_parse_size(val, &v, err) < 0)
            return prefix_error(err, from);
        if (v < o->min || v > o->max)
            return gl_error_set(err, 2, "%s: %ld is out of range [%ld, %ld]", from, v, o->min,
                                o->max);
        *(long *)(base + o->off) = v;
        return 0;
    }
    }
    return gl_error_set(err, 2, "bug: unknown option kind");
}

int srv_config_load(srv_config *cfg, int argc, char **argv, srv_getenv_fn env, gl_error *err)
{
    memset(cfg, 0, sizeof *cfg);
    char from[96];
    for (size_t i = 0; i < NOPTS; i++) {
        snprintf(from, sizeof from, "default of --%s", opts[i].flag);
        if (set_opt(cfg, &opts[i], opts[i].def, from, err) < 0)
            return -1;
    }
    if (env) {
        for (size_t i = 0; i < NOPTS; i++) {
            const char *v = env(opts[i].env);
            if (v && *v) {
                snprintf(from, sizeof from, "%s", opts[i].env);
                if (set_opt(cfg, &opts[i], v, from, err) < 0)
                    return -1;
            }
        }
    }
    for (int a = 1; a < argc; a++) {
        const char *arg = argv[a];
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h") || !strcmp(arg, "--version"))
            return 1;
        if (strncmp(arg, "--", 2))
            return gl_error_set(err, 2, "unexpected argument \"%s\" (see --help)", arg);
        const char *name = arg + 2, *eq = strchr(name, '=');
        size_t nl = eq ? (size_t)(eq - name) : strlen(name);
        const opt *o = NULL;
        for (size_t i = 0; i < NOPTS; i++)
            if (strlen(opts[i].flag) == nl && !strncmp(opts[i].flag, name, nl))
                o = &opts[i];
        if (!o)
            return gl_error_set(err, 2, "unknown option \"%s\" (see --help)", arg);
        const char *val;
        if (eq)
            val = eq + 1;
        else if (o->kind == OPT_FLAG) /* a bare flag means "on" */
            val = "1";
        else if (a + 1 < argc)
            val = argv[++a];
        else
            return gl_error_set(err, 2, "--%s needs a value", o->flag);
        snprintf(from, sizeof from, "--%s", o->flag);
        if (set_opt(cfg, o, val, from, err) < 0)
            return -1;
    }
    if (cfg->workers == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        cfg->workers = n > 0 ? (int)(n > 64 ? 64 : n) : 2;
    }
    return 0;
}

void srv_config_cleanup(srv_config *cfg)
{
    if (!cfg)
        return;
    free(cfg->database_url);
    free(cfg->data_dir);
    free(cfg->schema_dir);
    free(cfg->webhook_sources);
    free(cfg->api_keys);
    memset(cfg, 0, sizeof *cfg);
}

void srv_config_usage(FILE *f)
{
    fprintf(f, "gleanerd %s — news-extraction HTTP service\n\n"
               "usage: gleanerd [--option VALUE | --option=VALUE]...\n\n"
               "Every option can also be set by its environment variable (the flag wins).\n\n",
            GLEANER_VERSION);
    fprintf(f, "  %-20s %-24s %-16s %-16s %s\n", "flag", "environment", "default", "bounds",
            "meaning");
    for (size_t i = 0; i < NOPTS; i++) {
        const opt *o = &opts[i];
        char flag[40], bounds[40];
        snprintf(flag, sizeof flag, "--%s", o->flag);
        if (o->kind == OPT_INT || o->kind == OPT_SIZE)
            snprintf(bounds, sizeof bounds, "%ld..%ld", o->min, o->max);
        else
            snprintf(bounds, sizeof bounds, "-");
        fprintf(f, "  %-20s %-24s %-16s %-16s %s\n", flag, o->env, *o->def ? o->def : "\"\"",
                bounds, o->help);
    }
}
