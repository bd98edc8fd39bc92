"""The deadline holds while the engine runs (issue 3, SECURITY.md "Known gaps"): a gleanerd
with --extract-timeout-ms 20 gets a 3 MB body built by repeating one reporting unit — its linear
stages alone (lexicon scan, tagger) take far more than 20 ms however fast the rules become, so
the stop does not depend on the engine being slow. POST /v1/extract and POST /v1/articles answer
504 problem+json (/problems/timeout) naming the deadline within a generous bound, a small text is
answered within the same limit, /v1/articles stores nothing, the stop is counted in /metrics, and
a webhook delivery whose extraction stops is retried and finally recorded as failed with the
reason."""
import json
import os
import shutil
import tempfile
import time
import unittest

from gleaner_harness import (Gleanerd, ProblemAssertions, database_name, fresh_database,
                             needs_pg, psql)
from test_webhooks import STD_SECRET, dumps, std_headers

# One reporting unit (a ticker, a figure, a byline, a bank's chairman), 170 bytes.
UNIT = ("宁德时代(300750)称，公司拟以不超过5亿元回购股份。证券时报记者 王一鸣 深圳报道："
        "招商银行股份有限公司董事长缪建民表示。")
REPEAT = 18000  # 3.06 MB, under the 4 MiB body limit
SMALL = "招商银行股份有限公司董事长缪建民表示，该行将加大对民营企业的支持力度。"
BOUND = 60  # seconds: a generous upper bound for the 504 (the stage in progress runs to its end)
LIMIT = ["--extract-timeout-ms", "20"]


def heavy_text():
    return "# 回购\n\n" + UNIT * REPEAT + "\n"


def metric(g, name):
    st, _, b = g.request("GET", "/metrics")
    for line in b.decode().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


class Deadline(unittest.TestCase, ProblemAssertions):
    def assertStopped(self, resp, t0):
        self.assertLess(time.time() - t0, BOUND)
        doc = self.assertProblem(resp, 504)
        self.assertEqual(doc["type"], "/problems/timeout")
        self.assertIn("deadline", doc["detail"])
        self.assertIn("nothing was extracted", doc["detail"])
        return doc

    def assertServes(self, g):
        st, _, b = g.post("/v1/extract", SMALL.encode(), "text/plain")
        self.assertEqual(st, 200, b[:300])
        self.assertIn("招商银行", b.decode())

    def test_extract_stops_at_deadline(self):
        with Gleanerd(args=LIMIT + ["--workers", "2"]) as g:
            before = metric(g, "gleaner_extract_deadline_total")
            t0 = time.time()
            self.assertStopped(g.post("/v1/extract", heavy_text().encode(), "text/markdown",
                                      timeout=BOUND + 30), t0)
            self.assertServes(g)
            self.assertEqual(metric(g, "gleaner_extract_deadline_total"), before + 1)
            self.assertGreaterEqual(metric(g, "gleaner_deadline_exceeded_total"), 1)
            # the same through JSON, and a small text within the deadline is unchanged
            t0 = time.time()
            self.assertStopped(g.post("/v1/extract", dumps({"text": heavy_text()}),
                                      "application/json", timeout=BOUND + 30), t0)
            self.assertServes(g)

    @needs_pg
    def test_articles_store_nothing(self):
        db = fresh_database("deadline")
        with Gleanerd(database=db, args=LIMIT + ["--workers", "2"]) as g:
            t0 = time.time()
            self.assertStopped(g.post("/v1/articles?source=test&external_id=heavy",
                                      heavy_text().encode(), "text/markdown",
                                      timeout=BOUND + 30), t0)
            name = database_name(db)
            self.assertEqual(psql("SELECT count(*) FROM articles", name), "0")
            st, _, b = g.request("GET", "/v1/articles")
            self.assertEqual(st, 200, b[:300])
            self.assertEqual(g.json(b)["articles"], [])
            st, _, b = g.post("/v1/articles", SMALL.encode(), "text/plain")
            self.assertEqual(st, 201, b[:300])
            self.assertEqual(psql("SELECT count(*) FROM articles", name), "1")

    @needs_pg
    def test_webhook_delivery_recorded_failed(self):
        tmp = tempfile.mkdtemp(prefix="dl-")
        try:
            sources = os.path.join(tmp, "sources.json")
            with open(sources, "w", encoding="utf-8") as f:
                json.dump({"sources": [{"name": "newsroom", "kind": "standard",
                                        "secrets": [STD_SECRET]}]}, f)
            db = fresh_database("deadline")
            with Gleanerd(database=db, args=LIMIT + ["--workers", "2",
                                             "--webhook-sources", sources]) as g:
                body = dumps({"type": "article.published", "timestamp": "2024-09-24T08:00:00Z",
                              "data": {"external_id": "heavy-1", "title": "回购",
                                       "text": UNIT * REPEAT}})
                h = std_headers(body)
                st, _, b = g.post("/v1/webhooks/newsroom", body, h.pop("Content-Type"), h)
                self.assertEqual(st, 202, b[:300])
                did = g.json(b)["delivery"]["id"]
                # the job runner retries a stop (5xx) with backoff 2, 4, 8, 16 s, then fails it
                end = time.time() + 180
                d = None
                while time.time() < end:
                    st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries/" + did)
                    self.assertEqual(st, 200, b[:300])
                    d = g.json(b)["delivery"]
                    if d["status"] != "queued":
                        break
                    time.sleep(0.5)
                self.assertEqual(d["status"], "failed", d)
                self.assertIn("deadline", d["last_error"])
                self.assertEqual(d["attempts"], 5)
                self.assertEqual(psql("SELECT count(*) FROM articles", database_name(db)), "0")
                self.assertGreaterEqual(metric(g, "gleaner_extract_deadline_total"), 5)
                self.assertServes(g)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
