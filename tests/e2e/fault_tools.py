"""fault_tools.py — helpers of the fault-injection tests (tests/e2e/test_faults*.py): a
sustained ingest load with every outcome recorded, a lock held on a table from another
session (a "slow database"), and consistency checks of the stored articles."""
import http.client
import json
import os
import subprocess
import threading
import time
import uuid

from gleaner_harness import PG_SOCKET, database_name, psql

SLOW = os.environ.get("GLEANER_SLOW_TESTS") == "1"

TEMPLATES = [
    "卓朗科技公告称，公司拟以自有资金2亿元投资建设智能制造项目，预计明年投产。",
    "宁德时代与合作方签署协议，双方将在欧洲共同建设电池工厂，总投资约73亿欧元。",
    "某银行发布公告，董事会同意聘任张伟为公司行长，任期三年。",
    "比亚迪披露，公司上月新能源汽车销量同比增长超过三成。",
]


def article_text(i):
    """A unique small article (unique content hash, so every 201 is a new row)."""
    return "%s 编号%s。" % (TEMPLATES[i % len(TEMPLATES)], uuid.uuid4().hex)


class Ingest:
    """`threads` clients POST /v1/articles in a loop (one connection per request) until stop();
    every outcome is kept in `results`: (kind, status, headers, body, text, async) where kind is
    "http" or "error" (connection refused/reset: only expected when gleanerd itself dies)."""

    def __init__(self, port_fn, threads=3, async_every=0, timeout=20):
        self.port_fn = port_fn
        self.nthreads = threads
        self.async_every = async_every
        self.timeout = timeout
        self.results = []
        self.mu = threading.Lock()
        self.stopping = threading.Event()
        self.threads = []

    def _one(self, n):
        text = article_text(n)
        is_async = self.async_every and n % self.async_every == 0
        headers = {"Content-Type": "application/json"}
        if is_async:
            headers["Prefer"] = "respond-async"
        try:
            c = http.client.HTTPConnection("127.0.0.1", self.port_fn(), timeout=self.timeout)
            try:
                c.request("POST", "/v1/articles", json.dumps({"text": text}, ensure_ascii=False).encode(),
                          headers)
                r = c.getresponse()
                body = r.read()
                out = ("http", r.status, {k.lower(): v for k, v in r.getheaders()}, body, text, is_async)
            finally:
                c.close()
        except (OSError, http.client.HTTPException) as e:
            out = ("error", 0, {}, repr(e).encode(), text, is_async)
        with self.mu:
            self.results.append(out)

    def _loop(self, k):
        n = k
        while not self.stopping.is_set():
            self._one(n)
            n += self.nthreads

    def start(self):
        for k in range(self.nthreads):
            t = threading.Thread(target=self._loop, args=(k,), daemon=True)
            t.start()
            self.threads.append(t)
        return self

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(60)

    def count(self, kind="http", status=None):
        return sum(1 for r in self.results if r[0] == kind and (status is None or r[1] == status))


def stored_ids(results):
    """Article ids answered 201 (synchronous ingest)."""
    ids = []
    for kind, st, _, body, _, _ in results:
        if kind == "http" and st == 201:
            ids.extend(a["id"] for a in json.loads(body)["articles"])
    return ids


def job_urls(results):
    return [h["location"] for kind, st, h, _, _, _ in results if kind == "http" and st == 202]


def check_consistent(test, db_url):
    """Nothing half-written: every article row has its change-feed row, its input and a document,
    written in the same transaction; no change row points at a missing article."""
    db = database_name(db_url)
    test.assertEqual(psql("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM changes c "
                          "WHERE c.kind = 'article' AND c.entity_id = a.id AND c.op = 'upsert')", db), "0")
    test.assertEqual(psql("SELECT count(*) FROM articles WHERE doc IS NULL OR input_hash IS NULL", db), "0")
    test.assertEqual(psql("SELECT count(*) FROM changes c WHERE c.kind = 'article' AND c.op = 'upsert' "
                          "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.entity_id)", db), "0")


def assert_all_stored(test, db_url, ids):
    """Every id is a row of `articles`."""
    if not ids:
        return
    db = database_name(db_url)
    lst = ",".join("'%s'" % i.replace("'", "") for i in ids)
    n = int(psql("SELECT count(*) FROM articles WHERE id IN (%s)" % lst, db))
    test.assertEqual(n, len(set(ids)), "some 201 articles are missing from the database")


class TableLock:
    """Hold ACCESS EXCLUSIVE on a table from a separate psql session until release()."""

    def __init__(self, db_url, table):
        url = "postgresql:///%s?host=%s&user=postgres" % (database_name(db_url), PG_SOCKET)
        self.p = subprocess.Popen(["psql", url, "-qtA", "-v", "ON_ERROR_STOP=1"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        self.p.stdin.write("BEGIN; LOCK TABLE %s IN ACCESS EXCLUSIVE MODE; SELECT 'locked';\n" % table)
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        if line.strip() != "locked":
            raise RuntimeError("could not lock %s: %r" % (table, line))

    def release(self):
        if self.p.poll() is None:
            self.p.stdin.write("COMMIT;\n")
            self.p.stdin.close()
            self.p.wait(10)
        self.p.stdout.close()


def metric(text, name):
    """Value of an unlabelled metric in Prometheus text (None when absent)."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


def wait_for(fn, timeout=30, step=0.2):
    deadline = time.time() + timeout
    while time.time() < deadline:
        v = fn()
        if v:
            return v
        time.sleep(step)
    return fn()
