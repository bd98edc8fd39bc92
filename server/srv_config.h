/* srv_config.h — gleanerd's configuration: ONE table (server/srv_config.c) of every option
 * with its flag, environment variable, default, bounds and help. Precedence: flag > env >
 * default. `gleanerd --help` prints the table. */
#ifndef SRV_CONFIG_H
#define SRV_CONFIG_H

#include <stddef.h>
#include <stdio.h>

#include "gl_error.h"

typedef struct srv_config {
    char listen_host[128];  /* from --listen HOST:PORT                                       */
    int listen_port;        /* 0 = any free port                                            */
    char *database_url;     /* "" = none configured (DB routes answer 503)                  */
    int workers;            /* resolved: 0 in the table means "number of cores"             */
    long max_body;          /* bytes                                                        */
    int queue_depth;        /* jobs waiting for a worker before 503                         */
    int max_waiters;        /* requests parked by srv_defer (long polls) before 503         */
    int request_timeout;    /* seconds: whole request deadline                              */
    int extract_timeout_ms; /* ms one extraction may run (0: request_timeout; srv_server.h)  */
    char *data_dir;         /* "" = engine default ($GLEANER_DATA_DIR or built-in)          */
    char *schema_dir;       /* migrations folder                                            */
    int db_retry_max;       /* seconds: upper bound of the reconnect backoff               */
    int access_log;         /* 1: one log line per request                                  */
    int debug_delay_ms;     /* testing only: every worker job sleeps this long first        */
    char *webhook_sources;  /* JSON file of webhook sources (server/srv_webhook_sources.h)   */
    /* access control and rate limits (server/srv_guard.h, issue 9) */
    char *api_keys;         /* JSON key file; "" = no keys (then loopback only)              */
    int insecure_public;    /* 1 = allow a non-loopback listen address without keys         */
    int key_rate, key_burst;   /* requests/s and burst per API key (0 = off / 2 x rate)     */
    int ip_rate, ip_burst;     /* requests/s and burst per client address (0 = off / 2 x)   */
    int max_conns_per_ip;      /* simultaneous connections per client address (0 = no cap)  */
} srv_config;

/* An environment lookup (getenv in production; tests pass their own). */
typedef const char *(*srv_getenv_fn)(const char *name);

/* Fill cfg from defaults, then env, then argv (argv[0] skipped). Returns 0 ok, 1 when --help or
 * --version was asked (the caller prints srv_config_usage and exits 0), -1 with err (status 2)
 * on a bad flag or value. The caller frees with srv_config_cleanup. */
int srv_config_load(srv_config *cfg, int argc, char **argv, srv_getenv_fn env, gl_error *err);
void srv_config_cleanup(srv_config *cfg);

/* Print the option table (flags, env vars, defaults, bounds, help) to f. */
void srv_config_usage(FILE *f);

/* Parse a size like "4194304", "64k", "4M", "4MiB", "1G". 0 or -1 (with err). */
int srv_parse_size(const char *s, long *out, gl_error *err);

/* Parse "HOST:PORT", "[v6]:PORT" or ":PORT" / "PORT" (host 127.0.0.1). 0 or -1 (with err). */
int srv_parse_listen(const char *s, char *host, size_t host_len, int *port, gl_error *err);

#endif
