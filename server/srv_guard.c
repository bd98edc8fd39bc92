/* srv_guard.c — rate limits, authentication and the listen rule in front of the router
 * (see srv_guard.h). */
#include "srv_guard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include "gl_alloc.h"
#include "srv_ratelimit.h"

#define GUARD_MAX_ADDRS 65536 /* per-address buckets held at most */

struct srv_guard {
    srv_auth *auth;          /* NULL = no keys: authentication off */
    srv_ratelimit *per_key;  /* NULL = off */
    srv_ratelimit *per_addr; /* NULL = off */
    int key_rate, ip_rate;
};

srv_guard *srv_guard_new(const srv_config *cfg, gl_error *err)
{
    srv_guard *g = gl_calloc(1, sizeof *g);
    if (cfg->api_keys && *cfg->api_keys) {
        g->auth = srv_auth_load(cfg->api_keys, err);
        if (!g->auth) {
            free(g);
            return NULL;
        }
    }
    g->key_rate = cfg->key_rate;
    g->ip_rate = cfg->ip_rate;
    if (g->auth && cfg->key_rate > 0)
        g->per_key = srv_ratelimit_new(cfg->key_rate,
                                       cfg->key_burst > 0 ? cfg->key_burst : 2.0 * cfg->key_rate,
                                       SRV_AUTH_MAX_KEYS);
    if (cfg->ip_rate > 0)
        g->per_addr = srv_ratelimit_new(
            cfg->ip_rate, cfg->ip_burst > 0 ? cfg->ip_burst : 2.0 * cfg->ip_rate, GUARD_MAX_ADDRS);
    return g;
}

void srv_guard_free(srv_guard *g)
{
    if (!g)
        return;
    srv_auth_free(g->auth);
    srv_ratelimit_free(g->per_key);
    srv_ratelimit_free(g->per_addr);
    free(g);
}

int srv_guard_nkeys(const srv_guard *g)
{
    return g ? srv_auth_count(g->auth) : 0;
}

bool srv_addr_is_loopback(const struct sockaddr *sa)
{
    if (!sa)
        return false;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        return (ntohl(s4->sin_addr.s_addr) >> 24) == 127;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        const unsigned char *b = s6->sin6_addr.s6_addr;
        if (IN6_IS_ADDR_LOOPBACK(&s6->sin6_addr))
            return true;
        return IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr) && b[12] == 127;
    }
    return false;
}

int srv_guard_check_listen(const srv_guard *g, const struct sockaddr *sa, bool insecure_public,
                           gl_error *err)
{
    if (srv_guard_nkeys(g) > 0 || insecure_public || srv_addr_is_loopback(sa))
        return 0;
    return gl_error_set(err, 2,
                        "refusing to listen on a non-loopback address without API keys: "
                        "configure --api-keys (GLEANER_API_KEYS) or pass --insecure-public");
}

void srv_addr_key(const struct sockaddr *sa, char *buf, size_t len)
{
    char tmp[INET6_ADDRSTRLEN];
    if (sa && sa->sa_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &s4->sin_addr, tmp, sizeof tmp);
        snprintf(buf, len, "%s", tmp);
    } else if (sa && sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        if (IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr)) {
            inet_ntop(AF_INET, s6->sin6_addr.s6_addr + 12, tmp, sizeof tmp);
            snprintf(buf, len, "%s", tmp);
            return;
        }
        struct in6_addr p = s6->sin6_addr;
        memset(p.s6_addr + 8, 0, 8);
        inet_ntop(AF_INET6, &p, tmp, sizeof tmp);
        snprintf(buf, len, "%s/64", tmp);
    } else {
        snprintf(buf, len, "unknown");
    }
}

static int too_many(srv_response *res, double wait, const char *what, int rate)
{
    char ra[24];
    long secs = (long)wait + (wait > (double)(long)wait); /* rounded up, at least 1 */
    snprintf(ra, sizeof ra, "%ld", secs < 1 ? 1L : secs);
    srv_problem(res, 429, "rate limit of %d requests per second %s exceeded; retry after %s s",
                rate, what, ra);
    srv_response_header(res, "Retry-After", ra);
    return 1;
}

int srv_guard_request(srv_guard *g, const char *method, const char *path, const char *authorization,
                      const struct sockaddr *client, double now, srv_response *res,
                      const char **key_name)
{
    *key_name = NULL;
    if (!g)
        return 0;
    bool probe = !strcmp(path, "/healthz") || !strcmp(path, "/readyz");
    if (g->per_addr && client && !probe) {
        char addr[INET6_ADDRSTRLEN + 8];
        srv_addr_key(client, addr, sizeof addr);
        double wait = srv_ratelimit_take(g->per_addr, addr, now);
        if (wait > 0)
            return too_many(res, wait, "per client address", g->ip_rate);
    }
    if (!g->auth)
        return 0;
    srv_scope need = srv_auth_required(method, path);
    if (need == SRV_SCOPE_NONE)
        return 0;
    const char *name = NULL;
    srv_scope have = srv_auth_identify(g->auth, authorization, &name);
    if (have == SRV_SCOPE_NONE) {
        srv_problem(res, 401,
                    authorization ? "the API key is not valid"
                                  : "an API key is required: Authorization: Bearer <key>");
        srv_response_header(res, "WWW-Authenticate",
                            authorization ? "Bearer realm=\"gleaner\", error=\"invalid_token\""
                                          : "Bearer realm=\"gleaner\"");
        return 1;
    }
    if (have < need) {
        char hdr[120];
        srv_problem(res, 403, "the key \"%.60s\" has scope %s; this call needs %s", name,
                    srv_scope_name(have), srv_scope_name(need));
        snprintf(hdr, sizeof hdr,
                 "Bearer realm=\"gleaner\", error=\"insufficient_scope\", scope=\"%s\"",
                 srv_scope_name(need));
        srv_response_header(res, "WWW-Authenticate", hdr);
        return 1;
    }
    if (g->per_key) {
        double wait = srv_ratelimit_take(g->per_key, name, now);
        if (wait > 0)
            return too_many(res, wait, "for this key", g->key_rate);
    }
    *key_name = name;
    return 0;
}
