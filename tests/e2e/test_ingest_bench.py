"""Smoke run of bench/ingest-bench (issue 6's storage benchmark) against the real gleanerd and
the test PostgreSQL, on the tiny hand-written corpus bench/smoke.jsonl: the benchmark must run
to the end, store every article it sends (checked in the database, not only in its output) and
print both ratios. No timing is checked: a broken benchmark must show in the tests, not when
someone next measures.

    python3 tests/e2e/test_ingest_bench.py PATH/TO/ingest-bench   (meson passes the path)"""
import os
import re
import subprocess
import sys
import unittest

from gleaner_harness import Gleanerd, SOURCE_ROOT, database_name, fresh_database, needs_pg, psql

INGEST_BENCH = sys.argv.pop(1) if len(sys.argv) > 1 else "ingest-bench"
CORPUS = os.path.join(SOURCE_ROOT, "bench", "smoke.jsonl")
PASSES = 2


def corpus_lines():
    with open(CORPUS, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


class IngestBenchSmoke(unittest.TestCase):
    @needs_pg
    def test_runs_and_stores_every_article(self):
        url = fresh_database("ingestbench")
        with Gleanerd(database=url, args=["--data-dir", os.path.join(SOURCE_ROOT, "data")]) as g:
            out = subprocess.run([INGEST_BENCH, "--server", "127.0.0.1:%d" % g.port, "--pg", url,
                                  "--corpus", CORPUS, "--clients", "1", "--passes", str(PASSES),
                                  "--poll-seconds", "0.5"],
                                 capture_output=True, text=True, timeout=240)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        sent = corpus_lines() * PASSES
        m = re.search(r"^ingest:\s+(\d+) stored, (\d+) failed", out.stdout, re.M)
        self.assertIsNotNone(m, out.stdout)
        self.assertEqual((int(m.group(1)), int(m.group(2))), (sent, 0), out.stdout)
        stored = psql("SELECT count(*) FROM articles", database_name(url))
        self.assertEqual(int(stored), sent)
        for what in ("ingest ratio", "etag ratio"):
            m = re.search(r"^%s: ([0-9.]+)" % what, out.stdout, re.M)
            self.assertIsNotNone(m, out.stdout)
            self.assertGreater(float(m.group(1)), 0.0, out.stdout)
        self.assertRegex(out.stdout, r"etag poll: \d+ req/s of 304 from gleanerd \(0 bad\)")


if __name__ == "__main__":
    unittest.main()
