/* test_queue.c — the bounded job queue: capacity, FIFO order, close drains, idle waiting with
 * real threads. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "srv_queue.h"

static int published;
static void mark(void *item)
{
    (void)item;
    published++;
}

static void test_bounded_fifo(void **state)
{
    (void)state;
    srv_queue *q = srv_queue_new(3);
    int items[5] = {1, 2, 3, 4, 5};
    published = 0;
    assert_true(srv_queue_push(q, &items[0], mark));
    assert_true(srv_queue_push(q, &items[1], mark));
    assert_true(srv_queue_push(q, &items[2], mark));
    assert_false(srv_queue_push(q, &items[3], mark)); /* full: caller answers 503 */
    assert_int_equal(published, 3);                   /* hook not called for a refused item */
    assert_int_equal(srv_queue_len(q), 3);
    assert_ptr_equal(srv_queue_pop(q), &items[0]);
    assert_int_equal(srv_queue_busy(q), 1);
    assert_true(srv_queue_push(q, &items[3], NULL)); /* room again; wraps around the ring */
    assert_ptr_equal(srv_queue_pop(q), &items[1]);
    assert_ptr_equal(srv_queue_pop(q), &items[2]);
    assert_ptr_equal(srv_queue_pop(q), &items[3]);
    srv_queue_done(q);
    srv_queue_done(q);
    srv_queue_done(q);
    srv_queue_done(q);
    assert_int_equal(srv_queue_busy(q), 0);
    srv_queue_free(q);
}

static void test_close_drains(void **state)
{
    (void)state;
    srv_queue *q = srv_queue_new(4);
    int a = 1, b = 2;
    srv_queue_push(q, &a, NULL);
    srv_queue_push(q, &b, NULL);
    srv_queue_close(q);
    assert_false(srv_queue_push(q, &a, NULL)); /* closed: no new work */
    assert_ptr_equal(srv_queue_pop(q), &a);    /* but queued work is still handed out */
    assert_ptr_equal(srv_queue_pop(q), &b);
    assert_null(srv_queue_pop(q));
    srv_queue_done(q);
    srv_queue_done(q);
    srv_queue_free(q);
}

typedef struct pool {
    srv_queue *q;
    atomic_int processed;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    void *item;
    while ((item = srv_queue_pop(p->q))) {
        usleep(1000);
        atomic_fetch_add(&p->processed, 1);
        srv_queue_done(p->q);
    }
    return NULL;
}

static void test_threads_wait_idle(void **state)
{
    (void)state;
    pool p;
    p.q = srv_queue_new(8);
    atomic_init(&p.processed, 0);
    pthread_t th[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&th[i], NULL, worker, &p);
    int items[200];
    int accepted = 0, refused = 0;
    for (int i = 0; i < 200; i++) {
        if (srv_queue_push(p.q, &items[i], NULL))
            accepted++;
        else
            refused++;
        if (i % 10 == 0)
            usleep(2000);
    }
    srv_queue_wait_idle(p.q);
    assert_int_equal(atomic_load(&p.processed), accepted); /* every accepted job ran */
    assert_int_equal(srv_queue_len(p.q), 0);
    assert_int_equal(accepted + refused, 200);
    srv_queue_close(p.q);
    for (int i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    srv_queue_free(p.q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bounded_fifo),
        cmocka_unit_test(test_close_drains),
        cmocka_unit_test(test_threads_wait_idle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
