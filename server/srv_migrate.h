/* srv_migrate.h — applying schema/NNNN_name.sql migrations.
 *
 * Files named NNNN_name.sql (four or more digits, then '_', ending in .sql) are applied in
 * numeric order, each in its own transaction, all under one session-level PostgreSQL advisory
 * lock (so two gleanerd starting at once never race: the second waits, then sees everything
 * applied). Each applied file is recorded in schema_migrations (version, name, checksum,
 * applied_at) and never run again; a recorded file whose content changed is reported as a
 * warning, not re-run. A migration must not contain BEGIN/COMMIT itself. */
#ifndef SRV_MIGRATE_H
#define SRV_MIGRATE_H

#include "db_conn.h"
#include "gl_error.h"

/* Apply every pending migration of `dir`. *applied (may be NULL) receives how many were applied
 * now. 0, or -1 with err (503 database unreachable, 500 a migration failed — message names it). */
int srv_migrate(db_conn *c, const char *dir, int *applied, gl_error *err);

/* The advisory lock key used (for tests and operators). */
#define SRV_MIGRATE_LOCK_KEY 724137001L

#endif
