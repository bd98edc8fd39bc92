/* srv_queue.h — the bounded job queue between the HTTP thread and the workers.
 * push never blocks (a full queue is the caller's 503); pop blocks until an item arrives or
 * the queue is closed AND empty (queued work is always drained before workers exit). The
 * queue also counts busy workers (between pop and srv_queue_done) so shutdown can wait for
 * "nothing queued, nothing running". Thread-safe. */
#ifndef SRV_QUEUE_H
#define SRV_QUEUE_H

#include <stdbool.h>

typedef struct srv_queue srv_queue;

/* capacity >= 1. Never NULL; free with srv_queue_free (NULL ok; items are not freed). */
srv_queue *srv_queue_new(int capacity);
/* The same with `reserve` extra slots that only srv_queue_push_reserved may use (the server
 * keeps them for parked long polls coming back, which were admitted already and must not be
 * refused by a queue full of new requests). */
srv_queue *srv_queue_new_reserved(int capacity, int reserve);
void srv_queue_free(srv_queue *q);

/* Append item; false when the queue is full or closed. `before_publish`, if not NULL, is
 * called with item under the queue lock right before the item becomes visible to workers
 * (used to suspend the HTTP connection first, so a worker can never resume it too early). */
bool srv_queue_push(srv_queue *q, void *item, void (*before_publish)(void *item));

/* Append item using the reserve too (capacity + reserve); false when that is full or the
 * queue is closed. */
bool srv_queue_push_reserved(srv_queue *q, void *item);

/* Wait for an item (marks the caller busy). NULL when closed and empty. */
void *srv_queue_pop(srv_queue *q);

/* The caller finished the item it popped. */
void srv_queue_done(srv_queue *q);

/* Refuse further pushes; wake all waiting workers once the queue is empty. */
void srv_queue_close(srv_queue *q);

/* Wait until nothing is queued and no worker is busy. */
void srv_queue_wait_idle(srv_queue *q);

int srv_queue_len(srv_queue *q);
int srv_queue_busy(srv_queue *q);
int srv_queue_capacity(const srv_queue *q);

#endif
