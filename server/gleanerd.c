/* gleanerd.c — main(): configuration, engine loading, server start, signal wait, graceful
 * shutdown. Exit status: 0 after a clean shutdown, 1 on a start-up failure, 2 on bad flags. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "srv_auth.h"
#include "srv_config.h"
#include "srv_log.h"
#include "srv_server.h"

static const char *env_lookup(const char *name)
{
    return getenv(name);
}

int main(int argc, char **argv)
{
    srv_config cfg;
    gl_error err;
    gl_error_clear(&err);
    if (argc == 2 && !strcmp(argv[1], "--hash-key")) { /* digest of a key read on stdin */
        if (srv_auth_hash_key_main(stdin, stdout, &err) == 0)
            return 0;
        fprintf(stderr, "gleanerd --hash-key: %s\n", err.message);
        return 2;
    }
    int rc = srv_config_load(&cfg, argc, argv, env_lookup, &err);
    if (rc == 1) {
        srv_config_usage(stdout);
        srv_config_cleanup(&cfg);
        return 0;
    }
    if (rc < 0) {
        fprintf(stderr, "gleanerd: %s\n", err.message);
        srv_config_cleanup(&cfg);
        return 2;
    }

    /* Block the stop signals in every thread; main waits for them with sigwait. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    gx_engine *eng = gx_engine_new(*cfg.data_dir ? cfg.data_dir : NULL, &err);
    if (!eng) {
        srv_error("cannot load the engine: %s", err.message);
        srv_config_cleanup(&cfg);
        return 1;
    }
    srv_server *srv = srv_server_start(&cfg, eng, &err);
    if (!srv) {
        srv_error("%s", err.message);
        gx_engine_free(eng);
        srv_config_cleanup(&cfg);
        return 1;
    }
    srv_info("listening on %s:%d (%d workers, queue %d, max body %ld, timeout %d s)",
             cfg.listen_host, srv_server_port(srv), cfg.workers, cfg.queue_depth, cfg.max_body,
             cfg.request_timeout);

    int sig = 0;
    sigwait(&stop, &sig);
    srv_info("signal %d: shutting down (finishing requests in flight)", sig);
    srv_server_stop(srv);
    gx_engine_free(eng);
    srv_config_cleanup(&cfg);
    srv_info("stopped");
    return 0;
}
