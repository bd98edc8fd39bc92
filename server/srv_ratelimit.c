/* srv_ratelimit.c — bounded table of token buckets (see srv_ratelimit.h). Open addressing with
 * linear probing over a power-of-two table at most half full; deletion by backward shift. */
#include "srv_ratelimit.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gl_alloc.h"

typedef struct bucket {
    char *key; /* NULL = empty slot */
    uint64_t hash;
    double tokens;
    double at; /* time of the last refill */
} bucket;

struct srv_ratelimit {
    pthread_mutex_t mu;
    double rate, burst;
    size_t max_keys, n, cap; /* cap: power of two >= 2 * max_keys */
    bucket *slots;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

srv_ratelimit *srv_ratelimit_new(double rate, double burst, size_t max_keys)
{
    srv_ratelimit *rl = gl_calloc(1, sizeof *rl);
    pthread_mutex_init(&rl->mu, NULL);
    rl->rate = rate > 0 ? rate : 1;
    rl->burst = burst >= 1 ? burst : 1;
    rl->max_keys = max_keys ? max_keys : 1;
    rl->cap = 4;
    while (rl->cap < 2 * rl->max_keys)
        rl->cap *= 2;
    rl->slots = gl_calloc(rl->cap, sizeof *rl->slots);
    return rl;
}

void srv_ratelimit_free(srv_ratelimit *rl)
{
    if (!rl)
        return;
    for (size_t i = 0; i < rl->cap; i++)
        free(rl->slots[i].key);
    free(rl->slots);
    pthread_mutex_destroy(&rl->mu);
    free(rl);
}

size_t srv_ratelimit_size(srv_ratelimit *rl)
{
    pthread_mutex_lock(&rl->mu);
    size_t n = rl->n;
    pthread_mutex_unlock(&rl->mu);
    return n;
}

static void refill(const srv_ratelimit *rl, bucket *b, double now)
{
    if (now > b->at) {
        b->tokens += (now - b->at) * rl->rate;
        if (b->tokens > rl->burst)
            b->tokens = rl->burst;
        b->at = now;
    }
}

/* Remove slot i, shifting later members of its probe run back. */
static void remove_slot(srv_ratelimit *rl, size_t i)
{
    size_t mask = rl->cap - 1;
    free(rl->slots[i].key);
    rl->slots[i].key = NULL;
    rl->n--;
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (!rl->slots[j].key)
            return;
        size_t home = rl->slots[j].hash & mask;
        /* Can slot j move to hole i? Yes when home is not cyclically in (i, j]. */
        bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (!stays) {
            rl->slots[i] = rl->slots[j];
            rl->slots[j].key = NULL;
            i = j;
        }
    }
}

/* Make room for one more bucket. */
static void evict(srv_ratelimit *rl, double now)
{
    /* 1. buckets back at full burst carry no state: drop them all */
    for (size_t i = 0; i < rl->cap;) {
        bucket *b = &rl->slots[i];
        if (b->key) {
            refill(rl, b, now);
            if (b->tokens >= rl->burst) {
                remove_slot(rl, i); /* slot i now holds a shifted entry (or is empty): recheck */
                continue;
            }
        }
        i++;
    }
    if (rl->n < rl->max_keys)
        return;
    /* 2. still full (many active clients): drop the fullest bucket */
    size_t best = rl->cap;
    for (size_t i = 0; i < rl->cap; i++)
        if (rl->slots[i].key && (best == rl->cap || rl->slots[i].tokens > rl->slots[best].tokens))
            best = i;
    if (best < rl->cap)
        remove_slot(rl, best);
}

double srv_ratelimit_take(srv_ratelimit *rl, const char *key, double now)
{
    uint64_t h = hash_str(key);
    size_t mask = rl->cap - 1;
    pthread_mutex_lock(&rl->mu);
    size_t i = h & mask;
    while (rl->slots[i].key && (rl->slots[i].hash != h || strcmp(rl->slots[i].key, key)))
        i = (i + 1) & mask;
    bucket *b = &rl->slots[i];
    if (!b->key) {
        if (rl->n >= rl->max_keys) {
            evict(rl, now);
            i = h & mask; /* slots moved: find the free slot again */
            while (rl->slots[i].key)
                i = (i + 1) & mask;
            b = &rl->slots[i];
        }
        b->key = gl_strdup(key);
        b->hash = h;
        b->tokens = rl->burst;
        b->at = now;
        rl->n++;
    }
    refill(rl, b, now);
    double wait = 0;
    if (b->tokens >= 1) {
        b->tokens -= 1;
    } else {
        wait = (1 - b->tokens) / rl->rate;
        if (wait <= 0)
            wait = 1e-3;
    }
    pthread_mutex_unlock(&rl->mu);
    return wait;
}
