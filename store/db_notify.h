/* db_notify.h — the process's LISTEN/NOTIFY hub: one thread with its own PostgreSQL
 * connection that LISTENs on
 *   gleaner_company  "<id> <version>" after every company record change -> version cache
 *   gleaner_changes  after every write -> numbers the new change-log rows (gl_assign_seqs: at
 *                    once while a long poll waits, else coalesced to one call a second) and
 *                    wakes the long polls of GET /v1/changes
 *   gleaner_jobs     a job was queued -> wakes the job runners
 *
 * The version cache lets GET /v1/companies/{id} answer 304 to a current ETag without a query:
 * it holds, per company id, the highest version seen (from reads and notifications). It is only
 * trusted while the LISTEN connection is up; on a lost connection it is emptied and disabled
 * until LISTEN is re-established, so a missed notification can never make a stale 304.
 *
 * One hub per process: db_notify_start() registers it as db_notify_current() (the handlers
 * find it there; they work without it, only slower). */
#ifndef DB_NOTIFY_H
#define DB_NOTIFY_H

#include <stdbool.h>

#include "gl_error.h"

typedef struct db_notify db_notify;

/* Start the hub thread for database `url` (libpq conninfo/URI). It connects in the background
 * and keeps reconnecting. Returns the hub (never NULL). Free with db_notify_stop (joins). */
db_notify *db_notify_start(const char *url);
void db_notify_stop(db_notify *n);

/* The running hub of this process, or NULL. */
db_notify *db_notify_current(void);

/* True when the cache is live and knows that company `id` is at exactly `version`. */
bool db_notify_version_is(db_notify *n, const char *id, long long version);
/* Record a version read from the database (the cache keeps the maximum). */
void db_notify_version_seen(db_notify *n, const char *id, long long version);
/* True while the LISTEN connection is up. */
bool db_notify_live(db_notify *n);

/* The highest numbered change seq the hub knows, or -1 while the LISTEN connection is down
 * (then nothing can be concluded from it). */
long long db_notify_max_seq(db_notify *n);

/* Block until the change log holds a numbered change with seq >= since, the timeout (seconds)
 * passes, or the hub stops. Returns the highest seq known (0 when unknown). */
long long db_notify_wait_seq(db_notify *n, long long since, double timeout);

/* Block until a job notification arrives after *gen (then *gen is updated) or the timeout
 * passes. Returns true when woken by a notification (or reconnect). */
bool db_notify_wait_jobs(db_notify *n, unsigned long *gen, double timeout);

/* Observers of the change-feed numbering (one per hub; set once, before or after start):
 *   advanced(arg, max_seq) is called on the hub thread after every numbering (and after each
 *   (re)connect) with the highest numbered seq — the server wakes its parked long polls;
 *   waiting(arg) > 0 tells the hub that someone waits, so it numbers at once instead of
 *   coalescing to one numbering a second. Both must be quick and must not call the hub. */
void db_notify_set_seq_observer(db_notify *n, void (*advanced)(void *arg, long long max_seq),
                                int (*waiting)(void *arg), void *arg);

/* Test hook: number of notifications handled so far. */
unsigned long db_notify_count(db_notify *n);

#endif
