/* srv_guard.h — the door of gleanerd (issue 9): per-address rate limit, API-key
 * authentication and scope check, per-key rate limit, in that order, for every routed request;
 * and the start-up rule that without API keys gleanerd listens on loopback only unless
 * --insecure-public is given. srv_server.c calls srv_guard_request() when a request's headers
 * have been read; an answer it fills (401/403/429 problem+json with WWW-Authenticate or
 * Retry-After) is sent after the body has been discarded, so keep-alive survives. */
#ifndef SRV_GUARD_H
#define SRV_GUARD_H

#include <stdbool.h>
#include <sys/socket.h>

#include "gl_error.h"
#include "srv_auth.h"
#include "srv_config.h"
#include "srv_request.h"

typedef struct srv_guard srv_guard;

/* Build from the configuration (loads --api-keys when set). NULL with err (status 2) when the
 * key file is unreadable or invalid. Free with srv_guard_free (NULL ok). */
srv_guard *srv_guard_new(const srv_config *cfg, gl_error *err);
void srv_guard_free(srv_guard *g);

/* Number of API keys configured (0 = authentication off). */
int srv_guard_nkeys(const srv_guard *g);

/* True when `sa` is a loopback address (127.0.0.0/8, ::1, ::ffff:127.x.y.z). */
bool srv_addr_is_loopback(const struct sockaddr *sa);

/* The start-up rule: 0 when listening on `sa` is allowed, -1 with err (status 2) when no keys
 * are configured, the address is not loopback and insecure_public is false. */
int srv_guard_check_listen(const srv_guard *g, const struct sockaddr *sa, bool insecure_public,
                           gl_error *err);

/* The rate-limit key of a client address into buf: "a.b.c.d", or the /64 prefix of an IPv6
 * address ("2001:db8:1:2::/64"), since one IPv6 client usually owns a whole /64. */
void srv_addr_key(const struct sockaddr *sa, char *buf, size_t len);

/* Check one request. Returns 0 to let it through (*key_name = the key's name or NULL), or 1
 * with `res` filled (401, 403 or 429). client may be NULL (no per-address limit then). */
int srv_guard_request(srv_guard *g, const char *method, const char *path, const char *authorization,
                      const struct sockaddr *client, double now, srv_response *res,
                      const char **key_name);

#endif
