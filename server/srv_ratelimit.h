/* srv_ratelimit.h — token buckets keyed by a string (an API key's name, a client address).
 *
 * Each key gets a bucket of `burst` tokens refilled at `rate` tokens per second; a request
 * takes one token or is refused with the number of seconds until one is available (the
 * Retry-After of the 429). Memory is bounded: at most `max_keys` buckets; when the table is
 * full, buckets that have refilled completely (indistinguishable from new ones) are dropped
 * first, then the fullest one. Thread-safe (one mutex; a take is a hash lookup).
 * Time is passed in (srv_now() in the server), so tests control it. */
#ifndef SRV_RATELIMIT_H
#define SRV_RATELIMIT_H

#include <stddef.h>

typedef struct srv_ratelimit srv_ratelimit;

/* rate > 0 tokens/s, burst >= 1, max_keys >= 1. Free with srv_ratelimit_free (NULL ok). */
srv_ratelimit *srv_ratelimit_new(double rate, double burst, size_t max_keys);
void srv_ratelimit_free(srv_ratelimit *rl);

/* Take one token for `key` at time `now` (seconds, monotonic). Returns 0 when allowed, else the
 * seconds (> 0) until a token will be available. */
double srv_ratelimit_take(srv_ratelimit *rl, const char *key, double now);

/* Number of buckets currently held (for tests). */
size_t srv_ratelimit_size(srv_ratelimit *rl);

#endif
