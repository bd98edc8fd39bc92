"""End-to-end: access control and rate limits of the real gleanerd (issue 9, SECURITY.md).
API keys (401 / 403 / scopes, open probes, webhook deliveries exempt, keys never logged),
per-key and per-address token buckets (429 + Retry-After), the per-address connection cap,
the loopback-only rule without keys, and `gleanerd --hash-key`."""
import hashlib
import http.client
import json
import os
import socket
import subprocess
import tempfile
import time
import unittest

from gleaner_harness import GLEANERD, Gleanerd, ProblemAssertions

READ_KEY = "desk-7f1c2e0a9b8d4c6e5f3a"
WRITE_KEY = "cms-0a1b2c3d4e5f60718293"
ADMIN_KEY = "ops-ffeeddccbbaa99887766"
ARTICLE = "据证券时报报道，某公司今日宣布完成新一轮融资，金额约为2亿元。".encode("utf-8")


def digest(key):
    return hashlib.sha256(key.encode()).hexdigest()


def write_keys(folder):
    path = os.path.join(folder, "keys.json")
    with open(path, "w") as f:
        json.dump({"keys": [
            {"name": "data-desk", "scope": "read", "sha256": digest(READ_KEY)},
            {"name": "cms", "scope": "write", "sha256": digest(WRITE_KEY)},
            {"name": "ops", "scope": "admin", "sha256": digest(ADMIN_KEY)},
        ]}, f)
    return path


def bearer(key):
    return {"Authorization": "Bearer " + key}


class AccessControl(unittest.TestCase, ProblemAssertions):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.keys = write_keys(cls.tmp.name)
        # through the environment variable, as documented
        cls.g = Gleanerd(env={"GLEANER_API_KEYS": cls.keys}).start()

    @classmethod
    def tearDownClass(cls):
        log = cls.g.log()
        cls.g.stop()
        cls.tmp.cleanup()
        # keys and their digests never reach the log
        for k in (READ_KEY, WRITE_KEY, ADMIN_KEY, "not-a-real-key-123456"):
            assert k not in log, "key %s in the log" % k
            assert digest(k) not in log, "digest of %s in the log" % k
        assert ARTICLE.decode("utf-8")[:12] not in log, "a request body in the log"
        assert "Bearer" not in log, "an Authorization header in the log"

    def extract(self, headers=None):
        h = {"Content-Type": "text/plain"}
        h.update(headers or {})
        return self.g.request("POST", "/v1/extract", ARTICLE, h)

    def test_probes_are_open(self):
        self.assertEqual(self.g.request("GET", "/healthz")[0], 200)
        st, hdr, _ = self.g.request("GET", "/readyz")   # 503 (no database) but never 401
        self.assertNotIn(st, (401, 403))

    def test_401_without_key(self):
        resp = self.extract()
        doc = self.assertProblem(resp, 401)
        self.assertEqual(resp[1].get("www-authenticate"), 'Bearer realm="gleaner"')
        self.assertIn("Authorization", doc["detail"])
        self.assertProblem(self.g.request("GET", "/v1/openapi.json"), 401)

    def test_401_with_unknown_or_malformed_key(self):
        for h in ({"Authorization": "Bearer not-a-real-key-123456"},
                  {"Authorization": "Basic " + READ_KEY},
                  {"Authorization": "Bearer " + READ_KEY + "x"},
                  {"Authorization": "Bearer " + digest(READ_KEY)},   # the digest is no key
                  {"Authorization": READ_KEY}):
            resp = self.extract(h)
            self.assertProblem(resp, 401)
            self.assertIn("invalid_token", resp[1].get("www-authenticate", ""))
            self.assertNotIn(b"not-a-real-key", resp[2])  # never echoed

    def test_scopes(self):
        # read: extract (changes nothing) and GETs; not writes, not metrics
        self.assertEqual(self.extract(bearer(READ_KEY))[0], 200)
        self.assertEqual(self.g.request("GET", "/v1/openapi.json", headers=bearer(READ_KEY))[0], 200)
        resp = self.g.post_json("/v1/articles", {"text": "x"}, headers=bearer(READ_KEY))
        doc = self.assertProblem(resp, 403)
        self.assertIn("insufficient_scope", resp[1].get("www-authenticate", ""))
        self.assertIn("write", doc["detail"])
        self.assertProblem(self.g.request("DELETE", "/v1/articles/1", headers=bearer(READ_KEY)), 403)
        # write: passes the door (no database here: 503 from the route, not 401/403)
        st, _, _ = self.g.post_json("/v1/articles", {"text": "x"}, headers=bearer(WRITE_KEY))
        self.assertEqual(st, 503)
        self.assertEqual(self.extract(bearer(WRITE_KEY))[0], 200)   # write implies read
        # metrics: admin only
        self.assertProblem(self.g.request("GET", "/metrics"), 401)
        self.assertProblem(self.g.request("GET", "/metrics", headers=bearer(READ_KEY)), 403)
        self.assertProblem(self.g.request("GET", "/metrics", headers=bearer(WRITE_KEY)), 403)
        st, _, body = self.g.request("GET", "/metrics", headers=bearer(ADMIN_KEY))
        self.assertEqual(st, 200)
        self.assertIn(b'status="401"', body)   # refusals are counted
        self.assertEqual(self.extract(bearer(ADMIN_KEY))[0], 200)   # admin implies write, read
        # webhook administration needs admin
        self.assertProblem(self.g.request("GET", "/v1/webhooks/wp/deliveries",
                                          headers=bearer(WRITE_KEY)), 403)

    def test_webhook_deliveries_keep_their_own_signatures(self):
        # No API key on a delivery: the webhook layer answers (its own 401/404/503), never
        # the API-key door (which would add WWW-Authenticate: Bearer).
        st, hdr, _ = self.g.post_json("/v1/webhooks/wp", {"id": 1})
        self.assertNotIn("www-authenticate", hdr)
        self.assertNotEqual(st, 403)

    def test_keep_alive_after_401_with_body(self):
        c = http.client.HTTPConnection("127.0.0.1", self.g.port, timeout=10)
        try:
            c.request("POST", "/v1/extract", ARTICLE * 100, {"Content-Type": "text/plain"})
            r = c.getresponse()
            r.read()
            self.assertEqual(r.status, 401)
            h = {"Content-Type": "text/plain"}
            h.update(bearer(READ_KEY))
            c.request("POST", "/v1/extract", ARTICLE, h)   # same connection
            r = c.getresponse()
            r.read()
            self.assertEqual(r.status, 200)
        finally:
            c.close()

    def test_unknown_path_is_404_not_401(self):
        self.assertProblem(self.g.request("GET", "/nope"), 404)


class LogForging(unittest.TestCase):
    def test_client_bytes_cannot_forge_log_lines(self):
        # A path with an encoded newline, logged when the client is cut off at the deadline.
        with Gleanerd(args=["--request-timeout", "1"]) as g:
            s = socket.create_connection(("127.0.0.1", g.port), timeout=10)
            s.sendall(b"POST /v1/extract%0A2026-01-01T00:00:00.000Z%20gleanerd%20error:%20forged HTTP/1.1\r\n"
                      b"Host: x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\na")
            try:
                for _ in range(6):   # trickle: never idle, but past the deadline
                    time.sleep(0.35)
                    s.sendall(b"b")
                s.recv(1000)
            except OSError:
                pass
            s.close()
            deadline = time.time() + 5
            while "too slow" not in g.log() and time.time() < deadline:
                time.sleep(0.1)
            log = g.log()
        self.assertIn("too slow", log)
        self.assertIn("forged", log)
        for line in log.splitlines():
            self.assertFalse(line.startswith("2026-01-01"), line)


class RateLimits(unittest.TestCase, ProblemAssertions):
    def test_per_address_bucket(self):
        with Gleanerd(args=["--ip-rate", "2", "--ip-burst", "3"]) as g:
            sts = []
            for _ in range(8):
                st, hdr, body = g.request("GET", "/v1/openapi.json")
                sts.append(st)
                if st == 429:
                    last = (st, hdr, body)
            self.assertEqual(sts[:3], [200, 200, 200], sts)
            self.assertIn(429, sts)
            doc = self.assertProblem(last, 429)
            self.assertIn("address", doc["detail"])
            ra = int(last[1]["retry-after"])
            self.assertTrue(1 <= ra <= 2, ra)
            # probes are never limited
            for _ in range(5):
                self.assertEqual(g.request("GET", "/healthz")[0], 200)
            time.sleep(ra)
            self.assertEqual(g.request("GET", "/v1/openapi.json")[0], 200)

    def test_per_key_bucket(self):
        with tempfile.TemporaryDirectory() as tmp:
            keys = write_keys(tmp)
            with Gleanerd(args=["--api-keys", keys, "--key-rate", "1", "--key-burst", "2"]) as g:
                sts = [g.request("GET", "/v1/openapi.json", headers=bearer(READ_KEY))[0]
                       for _ in range(4)]
                self.assertEqual(sts[:2], [200, 200], sts)
                self.assertEqual(sts[3], 429, sts)
                resp = g.request("GET", "/v1/openapi.json", headers=bearer(READ_KEY))
                doc = self.assertProblem(resp, 429)
                self.assertIn("key", doc["detail"])
                self.assertIn("retry-after", resp[1])
                # another key has its own bucket
                self.assertEqual(g.request("GET", "/v1/openapi.json", headers=bearer(WRITE_KEY))[0], 200)
                # bad keys do not drain a real key's bucket
                time.sleep(2.1)
                for _ in range(5):
                    g.request("GET", "/v1/openapi.json", headers=bearer("x" * 20))
                self.assertEqual(g.request("GET", "/v1/openapi.json", headers=bearer(READ_KEY))[0], 200)

    def test_connection_cap_per_address(self):
        with Gleanerd(args=["--max-conns-per-ip", "3"]) as g:
            def served_connection():
                # The harness's probe connections may not be reaped yet: retry a few times.
                for _ in range(20):
                    s = socket.create_connection(("127.0.0.1", g.port), timeout=5)
                    try:
                        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                        if s.recv(1000).startswith(b"HTTP/1.1 200"):
                            return s   # accepted, served and kept alive
                    except OSError:
                        pass
                    s.close()
                    time.sleep(0.2)
                self.fail("no connection served")
            held = [served_connection() for _ in range(3)]
            extra = socket.create_connection(("127.0.0.1", g.port), timeout=5)
            try:
                extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                data = extra.recv(100)
            except (ConnectionResetError, BrokenPipeError):
                data = b""
            extra.close()
            self.assertEqual(data, b"", "a 4th connection from one address was served")
            # the held ones still work
            held[0].sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            self.assertTrue(held[0].recv(100).startswith(b"HTTP/1.1 200"))
            for s in held:
                s.close()
            time.sleep(0.3)
            self.assertEqual(g.request("GET", "/healthz")[0], 200)


class ListenRule(unittest.TestCase):
    def run_gleanerd(self, args, env=None, timeout=10):
        e = dict(os.environ)
        e.pop("GLEANER_API_KEYS", None)
        e.update(env or {})
        return subprocess.run([GLEANERD] + args, capture_output=True, text=True, timeout=timeout,
                              env=e)

    def test_refuses_public_address_without_keys(self):
        r = self.run_gleanerd(["--listen", "0.0.0.0:0"])
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("--insecure-public", r.stderr)
        r = self.run_gleanerd(["--listen", "[::]:0"])
        self.assertEqual(r.returncode, 1, r.stderr)

    def start_and_stop(self, args):
        p = subprocess.Popen([GLEANERD] + args, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.time() + 10
            log = ""
            while time.time() < deadline and "listening on" not in log:
                log += p.stderr.readline()
                self.assertIsNone(p.poll(), log)
            self.assertIn("listening on", log)
        finally:
            p.terminate()
            self.assertEqual(p.wait(20), 0)
            p.stderr.close()

    def test_public_address_with_keys_or_flag(self):
        self.start_and_stop(["--listen", "0.0.0.0:0", "--insecure-public"])
        with tempfile.TemporaryDirectory() as tmp:
            self.start_and_stop(["--listen", "0.0.0.0:0", "--api-keys", write_keys(tmp)])

    def test_bad_key_file_refuses_to_start(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "keys.json")
            with open(path, "w") as f:
                f.write('{"keys": [{"name": "x", "scope": "root", "sha256": "%s"}]}' % digest("k" * 20))
            r = self.run_gleanerd(["--listen", "127.0.0.1:0", "--api-keys", path])
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn("scope must be", r.stderr)
            r = self.run_gleanerd(["--listen", "127.0.0.1:0", "--api-keys", path + ".missing"])
            self.assertEqual(r.returncode, 1, r.stderr)

    def test_hash_key(self):
        key = "a-key-for-the-test-0123456789"
        r = subprocess.run([GLEANERD, "--hash-key"], input=key + "\n", capture_output=True,
                           text=True, timeout=10)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, digest(key) + "\n")
        r = subprocess.run([GLEANERD, "--hash-key"], input="short\n", capture_output=True,
                           text=True, timeout=10)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stdout, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
