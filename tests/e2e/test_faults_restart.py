"""End-to-end fault injection, serial (stops the shared cluster / kills gleanerd; issue 9,
point 4). Under a sustained ingest load:
- PostgreSQL restarts: every request is answered 201 or a clean 503 problem+json with
  Retry-After (no dropped connection, no 500); every 201 article is in the database afterwards;
  nothing is half-written; ingest succeeds again after the restart.
- gleanerd is killed with SIGKILL and restarted: every article answered 201 and every job
  answered 202 before the kill is in the database / done after the restart; nothing is
  half-written.
Default: one short round each (~10 s). GLEANER_SLOW_TESTS=1: longer load, several restarts."""
import json
import signal
import sys
import time
import unittest

from fault_tools import (SLOW, Ingest, assert_all_stored, check_consistent, job_urls,
                         stored_ids, wait_for)
from gleaner_harness import Gleanerd, ProblemAssertions, fresh_database, needs_pg_ctl, pg_ctl

ROUNDS = 3 if SLOW else 1
LOAD_S = 4.0 if SLOW else 1.5


class PostgresRestart(unittest.TestCase, ProblemAssertions):
    @needs_pg_ctl
    def test_restart_during_sustained_ingest(self):
        db = fresh_database("faultpg")
        with Gleanerd(database=db, args=["--workers", "2", "--db-retry-max", "1",
                                         "--request-timeout", "10"]) as g:
            load = Ingest(lambda: g.port, threads=3).start()
            try:
                for _ in range(ROUNDS):
                    time.sleep(LOAD_S)
                    pg_ctl("stop")
                    time.sleep(1.0)
                    pg_ctl("start")
                time.sleep(LOAD_S)
            finally:
                load.stop()
            res = load.results
            print("\n  pg restart x%d: %d requests, %d x 201, %d x 503, %d errors" % (
                ROUNDS, len(res), load.count("http", 201), load.count("http", 503),
                load.count("error")), file=sys.stderr)
            self.assertEqual(load.count("error"), 0,
                             [r[3] for r in res if r[0] == "error"][:3])
            statuses = sorted({r[1] for r in res})
            self.assertTrue(set(statuses) <= {201, 503}, statuses)
            self.assertGreater(load.count("http", 503), 0, "the restart was not noticed")
            for kind, st, hdr, body, _, _ in res:
                if st == 503:
                    self.assertProblem((st, hdr, body), 503)
                    self.assertIn("retry-after", hdr)
            # ingest works again after the restart (the last requests succeeded)
            tail = [r[1] for r in res[-6:]]
            self.assertIn(201, tail, tail)
            ids = stored_ids(res)
            self.assertGreater(len(ids), 5)
            assert_all_stored(self, db, ids)
            for aid in ids[-3:]:
                self.assertEqual(g.request("GET", "/v1/articles/" + aid)[0], 200)
            check_consistent(self, db)


class KillAndRestart(unittest.TestCase):
    @needs_pg_ctl
    def test_kill9_during_ingest(self):
        db = fresh_database("faultkill")
        port = {}
        for _ in range(ROUNDS):
            g = Gleanerd(database=db, args=["--workers", "2", "--request-timeout", "10"],
                         env={"GLEANER_JOB_WORKERS": "0"}).start()   # jobs stay queued
            port["p"] = g.port
            load = Ingest(lambda: port["p"], threads=3, async_every=3).start()
            time.sleep(LOAD_S)
            g.send_signal(signal.SIGKILL)
            self.assertEqual(g.wait_exit(10), -signal.SIGKILL)
            load.stop()
            res = load.results
            ids = stored_ids(res)
            jobs = job_urls(res)
            print("\n  kill -9: %d requests, %d x 201, %d x 202, %d connections cut or refused after the kill" % (
                len(res), len(ids), len(jobs), load.count("error")), file=sys.stderr)
            self.assertGreater(len(ids), 2)
            self.assertGreater(len(jobs), 0)
            # errors only from the kill itself (connections cut or refused)
            for kind, st, _, body, _, _ in res:
                if kind == "http":
                    self.assertIn(st, (201, 202), body[:300])
            # restart: committed articles are there, queued jobs get done
            with Gleanerd(database=db) as g2:
                assert_all_stored(self, db, ids)
                for aid in ids[-3:]:
                    self.assertEqual(g2.request("GET", "/v1/articles/" + aid)[0], 200)

                def all_done():
                    states = [json.loads(g2.request("GET", j)[2])["job"]["status"] for j in jobs]
                    return all(s == "done" for s in states) and states
                self.assertTrue(wait_for(all_done, 60), "queued jobs not finished after restart")
                for j in jobs:
                    job = json.loads(g2.request("GET", j)[2])["job"]
                    self.assertEqual(len(job["articles"]), 1)
                    assert_all_stored(self, db, job["articles"])
            check_consistent(self, db)


if __name__ == "__main__":
    unittest.main(verbosity=2)
