"""End-to-end tests of the parked long poll of GET /v1/changes?wait= (issue 6): a waiting poll
holds no worker thread. More pollers than workers wait while articles are ingested through the
same (two) workers; every poller is woken by the writes with the changes it asked for; a poll
that times out gets the empty page of API.md ({"changes": [], "next": since}); the number of
parked polls is bounded (--max-waiters, then 503 + Retry-After); SIGTERM answers every parked
poll and exits cleanly."""
import json
import os
import signal
import threading
import time
import unittest
import uuid

from gleaner_harness import Gleanerd, ProblemAssertions, fresh_database, needs_pg


def drain(g, since=0):
    """Read the feed to its end; returns the next seq to ask for."""
    while True:
        st, _, body = g.request("GET", "/v1/changes?limit=200&since=%d" % since)
        assert st == 200, body
        doc = json.loads(body)
        if not doc["changes"]:
            return doc["next"]
        since = doc["next"]


def parked(g):
    """The gleaner_requests_parked gauge of /metrics."""
    st, _, body = g.request("GET", "/metrics")
    for line in body.decode().splitlines():
        if line.startswith("gleaner_requests_parked "):
            return int(line.split()[1])
    raise AssertionError("no gleaner_requests_parked in /metrics")


def wait_parked(g, n, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if parked(g) >= n:
            return True
        time.sleep(0.05)
    return False


class Poller(threading.Thread):
    def __init__(self, g, since, wait):
        super().__init__(daemon=True)
        self.g, self.since, self.wait = g, since, wait
        self.status = self.doc = self.headers = None
        self.dt = None

    def run(self):
        t = time.time()
        st, hdr, body = self.g.request("GET", "/v1/changes?since=%d&wait=%g&limit=200"
                                       % (self.since, self.wait), timeout=60)
        self.dt = time.time() - t
        self.status, self.headers = st, hdr
        try:
            self.doc = json.loads(body)
        except ValueError:
            self.doc = body


class LongPoll(unittest.TestCase, ProblemAssertions):

    @needs_pg
    def test_more_pollers_than_workers_woken_by_ingest(self):
        with Gleanerd(database=fresh_database("lpoll"), args=["--workers", "2"]) as g:
            st, _, body = g.post_json("/v1/articles", {"text": "卓朗科技(600225)收到警示函。"
                                                       + uuid.uuid4().hex})
            self.assertEqual(st, 201, body)
            nxt = drain(g)
            pollers = [Poller(g, nxt, 20) for _ in range(6)]
            for p in pollers:
                p.start()
            self.assertTrue(wait_parked(g, 6), "six polls parked")
            # both workers are free: ingest goes through at once while six polls wait
            t0 = time.time()
            ids = []
            for i in range(3):
                st, _, body = g.post_json("/v1/articles", {
                    "text": "东芯股份(688110)发布公告,拟收购上海砺算科技有限公司。%d %s"
                            % (i, uuid.uuid4().hex), "source": "lp", "external_id": str(i)})
                self.assertEqual(st, 201, body)
                ids.append(json.loads(body)["articles"][0]["id"])
            ingest = time.time() - t0
            self.assertLess(ingest, 8, "ingest was not stalled by the waiting polls")
            for p in pollers:
                p.join(25)
                self.assertFalse(p.is_alive())
                self.assertEqual(p.status, 200, p.doc)
                self.assertLess(p.dt, 15, "woken by the writes, not by the wait")
                changes = p.doc["changes"]
                self.assertTrue(changes, p.doc)
                seqs = [c["seq"] for c in changes]
                self.assertEqual(seqs, sorted(seqs))
                self.assertGreaterEqual(seqs[0], nxt)
                self.assertEqual(p.doc["next"], seqs[-1] + 1)
                # the changes are the ones of the ingest: the first article is among them
                arts = {c["id"] for c in changes if c["kind"] == "article"}
                self.assertIn(ids[0], arts)
            self.assertEqual(parked(g), 0)
            # everything the pollers saw is exactly the feed from nxt on (no gap, no extra)
            st, _, body = g.request("GET", "/v1/changes?limit=200&since=%d" % nxt)
            feed = json.loads(body)["changes"]
            first = pollers[0].doc["changes"]
            self.assertEqual(first, feed[:len(first)])

    @needs_pg
    def test_timeout_gives_the_empty_page(self):
        with Gleanerd(database=fresh_database("lptime"), args=["--workers", "1"]) as g:
            nxt = drain(g)
            since = nxt + 1000
            t0 = time.time()
            st, _, body = g.request("GET", "/v1/changes?since=%d&wait=1.5" % since)
            dt = time.time() - t0
            self.assertEqual(st, 200, body)
            self.assertEqual(json.loads(body), {"changes": [], "next": since})
            self.assertGreaterEqual(dt, 1.4)
            self.assertLess(dt, 4.0)
            # a poll that times out holds no worker: three of them with the only worker while
            # a plain request is served at once
            pollers = [Poller(g, since, 2) for _ in range(3)]
            for p in pollers:
                p.start()
            self.assertTrue(wait_parked(g, 3))
            t0 = time.time()
            st, _, _ = g.request("GET", "/v1/companies?limit=1")
            self.assertEqual(st, 200)
            self.assertLess(time.time() - t0, 1.0, "a worker was free")
            for p in pollers:
                p.join(10)
                self.assertEqual(p.status, 200)
                self.assertEqual(p.doc, {"changes": [], "next": since})
                self.assertGreaterEqual(p.dt, 1.5)
            # wait=0 and an empty feed: answered at once
            t0 = time.time()
            st, _, body = g.request("GET", "/v1/changes?since=%d&wait=0" % since)
            self.assertEqual(json.loads(body), {"changes": [], "next": since})
            self.assertLess(time.time() - t0, 1.0)

    @needs_pg
    def test_polls_park_without_a_worker(self):
        # one worker, a queue of one, every worker job slowed down: a poll for changes the hub
        # knows do not exist yet parks on the HTTP thread (no queue slot, no query), so a
        # burst of pollers is neither refused nor held up by the queue
        with Gleanerd(database=fresh_database("lpfast"),
                      args=["--workers", "1", "--queue-depth", "1", "--debug-delay-ms", "400"]) as g:
            st, _, body = g.post_json("/v1/articles", {"text": "腾讯控股(00700)发布公告。"
                                                       + uuid.uuid4().hex})
            self.assertEqual(st, 201, body)
            nxt = drain(g)
            pollers = [Poller(g, nxt, 20) for _ in range(8)]
            t0 = time.time()
            for p in pollers:
                p.start()
            self.assertTrue(wait_parked(g, 8, timeout=3), "eight polls parked")
            self.assertLess(time.time() - t0, 2.5, "parking did not wait for the slowed worker")
            st, _, body = g.post_json("/v1/articles", {"text": "腾讯控股(00700)再发公告。"
                                                       + uuid.uuid4().hex})
            self.assertEqual(st, 201, body)
            for p in pollers:
                p.join(25)
                self.assertEqual(p.status, 200, p.doc)
                self.assertTrue(p.doc["changes"], p.doc)
                self.assertGreaterEqual(p.doc["changes"][0]["seq"], nxt)

    @needs_pg
    def test_bounded_waiters_and_shutdown(self):
        g = Gleanerd(database=fresh_database("lpbound"),
                     args=["--workers", "2", "--max-waiters", "3"]).start()
        try:
            nxt = drain(g)
            pollers = [Poller(g, nxt, 25) for _ in range(3)]
            for p in pollers:
                p.start()
            self.assertTrue(wait_parked(g, 3))
            resp = g.request("GET", "/v1/changes?since=%d&wait=5" % nxt)
            self.assertProblem(resp, 503)
            self.assertEqual(resp[1].get("retry-after"), "1")
            self.assertIn("max-waiters", json.loads(resp[2])["detail"])
            # without wait it is an ordinary read
            st, _, _ = g.request("GET", "/v1/changes?since=%d" % nxt)
            self.assertEqual(st, 200)
            # SIGTERM: every parked poll is answered (empty page) and gleanerd exits 0 fast
            t0 = time.time()
            g.send_signal(signal.SIGTERM)
            for p in pollers:
                p.join(10)
                self.assertFalse(p.is_alive())
                self.assertEqual(p.status, 200, p.doc)
                self.assertEqual(p.doc, {"changes": [], "next": nxt})
            self.assertEqual(g.wait_exit(15), 0)
            self.assertLess(time.time() - t0, 8)
        finally:
            g.stop(check=False)


if __name__ == "__main__":
    unittest.main(verbosity=2)
