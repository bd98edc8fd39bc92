"""gleaner_harness.py — reusable end-to-end harness: a fresh database, the real gleanerd on a
free port, HTTP helpers. Python 3 standard library only.

    from gleaner_harness import Gleanerd, fresh_database, needs_pg

    class MyTest(unittest.TestCase):
        @needs_pg
        def test_something(self):
            with Gleanerd(database=fresh_database()) as g:   # waits for /readyz
                st, hdr, body = g.request("GET", "/v1/articles")
                self.assertEqual(st, 200, body)
                doc = g.json(body)

Environment (set by meson test / scripts/test):
    GLEANERD                    path of the gleanerd binary (meson sets it)
    GLEANER_SOURCE_ROOT         repository root (meson sets it)
    GLEANER_TEST_PG_ADMIN_URL   libpq URL of the throwaway cluster's admin database
    GLEANER_TEST_PG_SOCKET      its unix socket folder
    GLEANER_TEST_PG_CTL         `pgctl start|stop` restarts that cluster (restart tests)
Without the PG variables, tests decorated with @needs_pg are skipped (never when run by
scripts/test, which always sets them).
"""
import http.client
import json
import os
import signal
import socket
import subprocess
import threading
import time
import unittest
import uuid

GLEANERD = os.environ.get("GLEANERD", "gleanerd")
SOURCE_ROOT = os.environ.get("GLEANER_SOURCE_ROOT",
                             os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PG_ADMIN_URL = os.environ.get("GLEANER_TEST_PG_ADMIN_URL")
PG_SOCKET = os.environ.get("GLEANER_TEST_PG_SOCKET")
PG_CTL = os.environ.get("GLEANER_TEST_PG_CTL")

needs_pg = unittest.skipUnless(PG_ADMIN_URL and PG_SOCKET, "no test PostgreSQL (run scripts/test)")
needs_pg_ctl = unittest.skipUnless(PG_ADMIN_URL and PG_SOCKET and PG_CTL,
                                   "no restartable test PostgreSQL (run scripts/test)")


def psql(sql, database="postgres"):
    """Run SQL on the test cluster as the admin; returns stdout (tuples only, unaligned)."""
    url = "postgresql:///%s?host=%s&user=postgres" % (database, PG_SOCKET)
    out = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qtAc", sql],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def fresh_database(prefix="e2e"):
    """Create an empty database on the test cluster; returns its libpq URL."""
    name = "%s_%s" % (prefix, uuid.uuid4().hex[:12])
    psql('CREATE DATABASE "%s"' % name)
    return database_url(name)


def database_url(name):
    return "postgresql:///%s?host=%s&user=postgres" % (name, PG_SOCKET)


def database_name(url):
    return url.split("///", 1)[1].split("?", 1)[0]


def pg_ctl(action):
    """Stop or start the shared test cluster ("stop" / "start")."""
    subprocess.run([PG_CTL, action], check=True, capture_output=True)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Gleanerd:
    """The real gleanerd, started on a free port. Use as a context manager or call start/stop."""

    def __init__(self, database=None, args=(), env=None, wait="readyz", timeout=20):
        self.database = database
        self.args = list(args)
        self.env = env or {}
        self.wait = wait if database else "healthz"
        self.timeout = timeout
        self.proc = None
        self.port = None
        self._log = []
        self._reader = None

    # -- process ------------------------------------------------------------------------
    def start(self):
        self.port = free_port()
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        env.update({"GLEANER_SCHEMA_DIR": os.path.join(SOURCE_ROOT, "schema")})
        env.update(self.env)
        cmd = [GLEANERD, "--listen", "127.0.0.1:%d" % self.port] + self.args
        if self.database:
            cmd += ["--database-url", self.database]
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True, errors="replace")
        self._reader = threading.Thread(target=self._read_log, daemon=True)
        self._reader.start()
        self.wait_until(self.wait, self.timeout)
        return self

    def _read_log(self):
        for line in self.proc.stderr:
            self._log.append(line)

    def log(self):
        return "".join(self._log)

    def wait_until(self, what="readyz", timeout=20):
        """Poll /healthz or /readyz until 200 (raises with the log on timeout)."""
        deadline = time.time() + timeout
        last = None
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("gleanerd exited with %s:\n%s" % (self.proc.returncode, self.log()))
            try:
                st, _, body = self.request("GET", "/" + what, timeout=2)
                if st == 200:
                    return
                last = (st, body[:300])
            except OSError as e:
                last = e
            time.sleep(0.1)
        raise RuntimeError("gleanerd not %s after %ss (last: %r):\n%s" % (what, timeout, last, self.log()))

    def send_signal(self, sig):
        self.proc.send_signal(sig)

    def wait_exit(self, timeout=30):
        """Wait for the process to exit by itself (after send_signal); returns its status."""
        code = self.proc.wait(timeout)
        if self._reader:
            self._reader.join(2)
        if self.proc.stderr:
            self.proc.stderr.close()
        return code

    def stop(self, sig=signal.SIGTERM, timeout=30, check=True):
        """Stop gracefully and return the exit status (killed after timeout). With check, a
        status other than 0 raises (a crash, a sanitizer report at exit, a hung shutdown)."""
        if not self.proc:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self._log.append("[harness] killed: no exit %ss after signal %s\n" % (timeout, sig))
        if self._reader:
            self._reader.join(2)
        if self.proc.stderr and not self.proc.stderr.closed:
            self.proc.stderr.close()
        code = self.proc.returncode
        if check and code != 0:
            raise RuntimeError("gleanerd exited with status %s:\n%s" % (code, self.log()[-6000:]))
        return code

    def __enter__(self):
        return self.start()

    def __exit__(self, exc_type, exc, tb):
        self.stop(check=exc_type is None)

    # -- HTTP ---------------------------------------------------------------------------
    def request(self, method, path, body=None, headers=None, timeout=30):
        """One request on a new connection; returns (status, headers dict lowercased, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            if isinstance(body, str):
                body = body.encode("utf-8")
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            conn.close()

    def post(self, path, body, content_type, headers=None, timeout=30):
        h = {"Content-Type": content_type} if content_type is not None else {}
        h.update(headers or {})
        return self.request("POST", path, body, h, timeout)

    def post_json(self, path, obj, headers=None, timeout=30):
        return self.post(path, json.dumps(obj, ensure_ascii=False), "application/json", headers, timeout)

    @staticmethod
    def json(body):
        return json.loads(body.decode("utf-8"))


class ProblemAssertions:
    """Mixin for unittest.TestCase: checks that a response is a problem+json of a status."""

    def assertProblem(self, resp, status):
        st, hdr, body = resp
        self.assertEqual(st, status, body[:500])
        self.assertTrue(hdr.get("content-type", "").startswith("application/problem+json"),
                        hdr.get("content-type"))
        doc = json.loads(body)
        self.assertEqual(doc.get("status"), status)
        self.assertIsInstance(doc.get("title"), str)
        self.assertIsInstance(doc.get("type"), str)
        return doc
