"""End-to-end against the real PostgreSQL of scripts/test: migrations (applied once, recorded,
never re-run, two gleanerd racing on a fresh database), gleanerd started before its database
exists, and a PostgreSQL restart in the middle of a run (the next request succeeds).
Runs alone (is_parallel: false): it stops and starts the shared test cluster."""
import json
import threading
import time
import unittest

from gleaner_harness import (Gleanerd, ProblemAssertions, database_name, database_url,
                             fresh_database, needs_pg, needs_pg_ctl, pg_ctl, psql)


class Migrations(unittest.TestCase):
    @needs_pg
    def test_applied_once_and_recorded(self):
        db = fresh_database()
        name = database_name(db)
        with Gleanerd(database=db):
            rows = psql("SELECT version || ':' || name FROM schema_migrations ORDER BY version", name)
        self.assertTrue(rows.splitlines()[0].startswith("0001:0001_"), rows)
        stamp = psql("SELECT string_agg(version || applied_at::text, ',' ORDER BY version) FROM schema_migrations", name)
        with Gleanerd(database=db) as g:  # second start: nothing re-run
            self.assertNotIn("applied migration", g.log())
        self.assertEqual(psql("SELECT string_agg(version || applied_at::text, ',' ORDER BY version) FROM schema_migrations", name), stamp)

    @needs_pg
    def test_two_servers_race_on_fresh_database(self):
        db = fresh_database()
        name = database_name(db)
        servers = [Gleanerd(database=db) for _ in range(3)]
        errors = []

        def start(g):
            try:
                g.start()
            except Exception as e:  # noqa: BLE001 — reported below
                errors.append(e)

        threads = [threading.Thread(target=start, args=(g,)) for g in servers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        try:
            self.assertEqual(errors, [])
            applied = sum(g.log().count("applied migration") for g in servers)
            files = int(psql("SELECT count(*) FROM schema_migrations", name))
            self.assertEqual(applied, files)  # each migration applied by exactly one of them
            for g in servers:
                self.assertEqual(g.request("GET", "/readyz")[0], 200)
        finally:
            for g in servers:
                g.stop()

    @needs_pg
    def test_database_created_after_start(self):
        name = "late_%d" % int(time.time() * 1000)
        g = Gleanerd(database=database_url(name), args=["--db-retry-max", "1"], wait="healthz").start()
        try:
            self.assertEqual(g.request("GET", "/readyz")[0], 503)
            st, _, _ = g.post("/v1/extract", "正文。", "text/plain")
            self.assertEqual(st, 200)  # extraction never needs the database
            psql('CREATE DATABASE "%s"' % name)
            g.wait_until("readyz", 15)
        finally:
            g.stop()


class Restart(unittest.TestCase, ProblemAssertions):
    @needs_pg_ctl
    def test_postgres_restart_mid_run(self):
        with Gleanerd(database=fresh_database(), args=["--db-retry-max", "1"]) as g:
            db_route = "/v1/articles" if g.request("GET", "/v1/articles")[0] != 404 else None
            self.assertEqual(g.request("GET", "/readyz")[0], 200)
            pg_ctl("stop")
            try:
                doc = self.assertProblem(g.request("GET", "/readyz"), 503)
                self.assertIn("database", json.dumps(doc))
                if db_route:
                    self.assertProblem(g.request("GET", db_route), 503)
                st, _, _ = g.post("/v1/extract", "正文。", "text/plain")
                self.assertEqual(st, 200)
            finally:
                pg_ctl("start")
            # the very next request succeeds: workers reconnect by themselves
            st, _, body = g.request("GET", "/readyz")
            self.assertEqual(st, 200, body)
            if db_route:
                st, _, body = g.request("GET", db_route)
                self.assertEqual(st, 200, body)
            st, _, body = g.request("GET", "/metrics")
            self.assertRegex(body.decode(), r"gleaner_db_errors_total [1-9]")


if __name__ == "__main__":
    unittest.main(verbosity=2)
