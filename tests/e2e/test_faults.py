"""End-to-end fault injection that does not stop the shared cluster (issue 9, point 4):
a full queue answers 503 + Retry-After and recovers; a slow database (a table locked by another
session) makes statement timeouts and request deadlines fire — every request is answered within
its deadline, workers are not stuck, service resumes when the lock goes away."""
import threading
import time
import unittest

from fault_tools import TableLock, article_text, check_consistent, metric, wait_for
from gleaner_harness import Gleanerd, ProblemAssertions, fresh_database, needs_pg

ARTICLE = "据证券时报报道，某公司今日宣布完成新一轮融资，金额约为2亿元。".encode("utf-8")


def parallel(n, fn):
    out = [None] * n

    def run(i):
        t0 = time.time()
        try:
            out[i] = fn(i) + (time.time() - t0,)
        except OSError as e:
            out[i] = (0, {}, repr(e).encode(), time.time() - t0)
    ts = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    return out


class QueueFull(unittest.TestCase, ProblemAssertions):
    def test_503_then_recovery(self):
        with Gleanerd(args=["--workers", "1", "--queue-depth", "2", "--debug-delay-ms", "300"]) as g:
            res = parallel(10, lambda i: g.post("/v1/extract", ARTICLE, "text/plain"))
            sts = sorted(r[0] for r in res)
            self.assertIn(200, sts, sts)
            self.assertIn(503, sts, sts)
            self.assertEqual(set(sts), {200, 503}, sts)   # nothing else, no dropped connection
            for st, hdr, body, secs in res:
                if st == 503:
                    self.assertProblem((st, hdr, body), 503)
                    self.assertGreaterEqual(int(hdr["retry-after"]), 1)
                    self.assertLess(secs, 1.5)   # refused at once, not after a wait
            # recovery: once drained, every request succeeds again
            for _ in range(4):
                self.assertEqual(g.post("/v1/extract", ARTICLE, "text/plain")[0], 200)
            m = g.request("GET", "/metrics")[2].decode()
            self.assertEqual(metric(m, "gleaner_queue_depth"), 0)
            self.assertEqual(metric(m, "gleaner_workers_busy"), 0)
            self.assertGreaterEqual(metric(m, "gleaner_queue_rejected_total"), 1)


class SlowDatabase(unittest.TestCase, ProblemAssertions):
    @needs_pg
    def test_deadlines_fire_and_workers_recover(self):
        db = fresh_database("slowdb")
        timeout = 2
        with Gleanerd(database=db, args=["--workers", "1", "--request-timeout", str(timeout),
                                         "--queue-depth", "16"]) as g:
            st, _, body = g.post_json("/v1/articles", {"text": article_text(0)})
            self.assertEqual(st, 201, body)
            lock = TableLock(db, "articles")
            try:
                t0 = time.time()
                # 4 writers on 1 worker: the first waits on the lock until statement_timeout,
                # the others' deadlines pass while queued — every one is answered 503 in time.
                res = parallel(4, lambda i: g.post_json("/v1/articles", {"text": article_text(i + 1)}))
                elapsed = time.time() - t0
                for st, hdr, body, secs in res:
                    self.assertProblem((st, hdr, body), 503)
                    self.assertIn("retry-after", hdr)
                    self.assertLess(secs, 2 * timeout + 1.5, body)
                self.assertLess(elapsed, 2 * timeout + 1.5)
                # extraction alone still works while the table is locked
                self.assertEqual(g.post("/v1/extract", ARTICLE, "text/plain")[0], 200)
            finally:
                lock.release()
            # workers are not stuck: the next write succeeds promptly
            t0 = time.time()
            st, _, body = g.post_json("/v1/articles", {"text": article_text(9)})
            self.assertEqual(st, 201, body)
            self.assertLess(time.time() - t0, timeout)
            m = wait_for(lambda: (lambda t: t if metric(t, "gleaner_workers_busy") == 0 else None)(
                g.request("GET", "/metrics")[2].decode()), 5)
            self.assertIsNotNone(m)
            self.assertGreaterEqual(metric(m, "gleaner_deadline_exceeded_total"), 1)
            check_consistent(self, db)

    @needs_pg
    def test_hung_backend_still_answered_by_the_deadline(self):
        # A backend that stops answering (SIGSTOP: a hung host, a partition) never enforces its
        # own statement_timeout; the client-side bound in server/db_conn.c (db_wait_result)
        # answers by the deadline.
        import os
        import signal
        from gleaner_harness import database_name, psql
        db = fresh_database("hungdb")
        timeout = 2
        with Gleanerd(database=db, args=["--workers", "1", "--request-timeout", str(timeout)]) as g:
            self.assertEqual(g.post_json("/v1/articles", {"text": article_text(0)})[0], 201)
            pids = [int(p) for p in psql("SELECT pid FROM pg_stat_activity WHERE datname = '%s'"
                                         % database_name(db)).split()]
            for p in pids:
                os.kill(p, signal.SIGSTOP)
            try:
                t0 = time.time()
                try:
                    st = g.post_json("/v1/articles", {"text": article_text(1)},
                                     timeout=3 * timeout)[0]
                except OSError:
                    st = None
                self.assertEqual(st, 503)
                self.assertLess(time.time() - t0, 2 * timeout + 1.5)
            finally:
                for p in pids:
                    os.kill(p, signal.SIGCONT)


if __name__ == "__main__":
    unittest.main(verbosity=2)
