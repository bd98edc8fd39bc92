/* srv_queue.c — see srv_queue.h. A ring buffer under one mutex, two condition variables. */
#include "srv_queue.h"

#include <pthread.h>
#include <stdlib.h>

#include "gl_alloc.h"

struct srv_queue {
    pthread_mutex_t mu;
    pthread_cond_t nonempty, idle;
    void **items;
    int cap, reserve, size, head, len, busy; /* size = cap + reserve slots in items */
    bool closed;
};

srv_queue *srv_queue_new(int capacity)
{
    return srv_queue_new_reserved(capacity, 0);
}

srv_queue *srv_queue_new_reserved(int capacity, int reserve)
{
    srv_queue *q = gl_calloc(1, sizeof *q);
    q->cap = capacity > 0 ? capacity : 1;
    q->reserve = reserve > 0 ? reserve : 0;
    q->size = q->cap + q->reserve;
    q->items = gl_calloc((size_t)q->size, sizeof *q->items);
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->nonempty, NULL);
    pthread_cond_init(&q->idle, NULL);
    return q;
}

void srv_queue_free(srv_queue *q)
{
    if (!q)
        return;
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->nonempty);
    pthread_cond_destroy(&q->idle);
    free(q->items);
    free(q);
}

static bool push(srv_queue *q, void *item, void (*before_publish)(void *item), int limit)
{
    pthread_mutex_lock(&q->mu);
    if (q->closed || q->len >= limit) {
        pthread_mutex_unlock(&q->mu);
        return false;
    }
    if (before_publish)
        before_publish(item);
    q->items[(q->head + q->len) % q->size] = item;
    q->len++;
    pthread_cond_signal(&q->nonempty);
    pthread_mutex_unlock(&q->mu);
    return true;
}

bool srv_queue_push(srv_queue *q, void *item, void (*before_publish)(void *item))
{
    return push(q, item, before_publish, q->cap);
}

bool srv_queue_push_reserved(srv_queue *q, void *item)
{
    return push(q, item, NULL, q->size);
}

void *srv_queue_pop(srv_queue *q)
{
    pthread_mutex_lock(&q->mu);
    while (q->len == 0 && !q->closed)
        pthread_cond_wait(&q->nonempty, &q->mu);
    void *item = NULL;
    if (q->len > 0) {
        item = q->items[q->head];
        q->head = (q->head + 1) % q->size;
        q->len--;
        q->busy++;
    }
    pthread_mutex_unlock(&q->mu);
    return item;
}

void srv_queue_done(srv_queue *q)
{
    pthread_mutex_lock(&q->mu);
    q->busy--;
    if (q->busy == 0 && q->len == 0)
        pthread_cond_broadcast(&q->idle);
    pthread_mutex_unlock(&q->mu);
}

void srv_queue_close(srv_queue *q)
{
    pthread_mutex_lock(&q->mu);
    q->closed = true;
    pthread_cond_broadcast(&q->nonempty);
    pthread_mutex_unlock(&q->mu);
}

void srv_queue_wait_idle(srv_queue *q)
{
    pthread_mutex_lock(&q->mu);
    while (q->len > 0 || q->busy > 0)
        pthread_cond_wait(&q->idle, &q->mu);
    pthread_mutex_unlock(&q->mu);
}

int srv_queue_len(srv_queue *q)
{
    pthread_mutex_lock(&q->mu);
    int n = q->len;
    pthread_mutex_unlock(&q->mu);
    return n;
}

int srv_queue_busy(srv_queue *q)
{
    pthread_mutex_lock(&q->mu);
    int n = q->busy;
    pthread_mutex_unlock(&q->mu);
    return n;
}

int srv_queue_capacity(const srv_queue *q)
{
    return q->cap;
}
