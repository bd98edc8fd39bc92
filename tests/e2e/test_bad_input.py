"""End-to-end: every bad input gets its status and a problem+json body, and never crashes the
server — 413 (Content-Length and chunked), 400 invalid UTF-8 with the byte offset, 400 malformed
JSON with line/column, 415, 422, 503 queue full with Retry-After, slow clients cut off."""
import http.client
import json
import socket
import threading
import time
import unittest

from gleaner_harness import Gleanerd, ProblemAssertions


class BadInput(unittest.TestCase, ProblemAssertions):
    @classmethod
    def setUpClass(cls):
        cls.g = Gleanerd(args=["--max-body", "64k"]).start()

    @classmethod
    def tearDownClass(cls):
        cls.g.stop()  # raises unless the exit status is 0

    def tearDown(self):
        # the server survived whatever the test sent
        st, _, _ = self.g.request("GET", "/healthz")
        self.assertEqual(st, 200)

    def test_413_from_content_length(self):
        body = b"a" * (64 * 1024 + 1)
        doc = self.assertProblem(self.g.post("/v1/extract", body, "text/plain"), 413)
        self.assertIn("65536", doc["detail"])

    def test_413_decided_before_reading(self):
        # Announce 10 MB but send nothing: the answer must come without the body.
        s = socket.create_connection(("127.0.0.1", self.g.port), timeout=5)
        s.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                  b"Content-Length: 10000000\r\n\r\n")
        data = s.recv(4096)
        s.close()
        self.assertTrue(data.startswith(b"HTTP/1.1 413"), data[:100])
        self.assertIn(b"application/problem+json", data)

    def test_413_chunked(self):
        c = http.client.HTTPConnection("127.0.0.1", self.g.port, timeout=10)
        chunks = (b"x" * 8192 for _ in range(20))  # 160 KiB, no Content-Length
        c.request("POST", "/v1/extract", body=chunks, headers={"Content-Type": "text/plain"},
                  encode_chunked=True)
        r = c.getresponse()
        body = r.read()
        c.close()
        self.assertProblem((r.status, {k.lower(): v for k, v in r.getheaders()}, body), 413)

    def test_exactly_at_limit_is_accepted(self):
        body = ("好" * ((64 * 1024) // 3)).encode()
        st, _, b = self.g.post("/v1/extract?split=false", body, "text/plain")
        self.assertEqual(st, 200, b[:300])

    def test_invalid_utf8_names_offset(self):
        body = "正文".encode() + b"\xff\xfe" + "更多".encode()
        doc = self.assertProblem(self.g.post("/v1/extract", body, "text/plain"), 400)
        self.assertEqual(doc["offset"], 6)
        self.assertIn("6", doc["detail"])
        body = b'{"text": "ab\xc3"}'
        doc = self.assertProblem(self.g.post("/v1/extract", body, "application/json"), 400)
        self.assertEqual(doc["offset"], 12)

    def test_malformed_json_line_column(self):
        body = '{\n  "text": "正文",\n  "title": \n}'
        doc = self.assertProblem(self.g.post("/v1/extract", body, "application/json"), 400)
        self.assertEqual(doc["line"], 4)
        self.assertIn("column", doc)
        self.assertIn("line 4", doc["detail"])

    def test_415(self):
        self.assertProblem(self.g.post("/v1/extract", b"abc", None), 415)
        doc = self.assertProblem(self.g.post("/v1/extract", b"abc", "image/png"), 415)
        self.assertIn("image/png", doc["detail"])

    def test_422(self):
        self.assertProblem(self.g.post("/v1/extract", b"  \n\n \t\n", "text/plain"), 422)
        self.assertProblem(self.g.post_json("/v1/extract", {"text": ""}), 422)
        self.assertProblem(self.g.post_json("/v1/extract", {"title": "t"}), 422)
        self.assertProblem(self.g.post_json("/v1/extract", {"text": "a", "html": "b"}), 422)
        self.assertProblem(self.g.post_json("/v1/extract", {"text": 42}), 422)
        self.assertProblem(self.g.post_json("/v1/extract", ["text"]), 422)

    def test_binary_garbage(self):
        import random
        rnd = random.Random(7)
        for ct in ["text/plain", "application/json", "text/markdown", "text/html"]:
            body = bytes(rnd.randrange(256) for _ in range(3000))
            st, hdr, b = self.g.post("/v1/extract", body, ct)
            self.assertIn(st, (200, 400, 415, 422), b[:200])
            if st != 200:
                self.assertProblem((st, hdr, b), st)


class QueueFull(unittest.TestCase, ProblemAssertions):
    def test_503_with_retry_after(self):
        # One worker, one queue slot, every job takes 1.5 s: of 6 simultaneous requests at most
        # 2 can be taken (1 running + 1 queued), the rest must be refused at once with 503.
        with Gleanerd(args=["--workers", "1", "--queue-depth", "1", "--debug-delay-ms", "1500"]) as g:
            results = []

            def one():
                t0 = time.time()
                r = g.post("/v1/extract", "正文。", "text/plain")
                results.append((r, time.time() - t0))

            threads = [threading.Thread(target=one) for _ in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            ok = [r for r, _ in results if r[0] == 200]
            refused = [(r, dt) for r, dt in results if r[0] == 503]
            self.assertEqual(len(ok) + len(refused), 6, [r[0] for r, _ in results])
            self.assertGreaterEqual(len(ok), 1)
            self.assertGreaterEqual(len(refused), 3)
            for r, dt in refused:
                self.assertProblem(r, 503)
                self.assertEqual(r[1].get("retry-after"), "1")
                self.assertLess(dt, 1.4)  # refused at once, not after waiting
            st, _, body = g.request("GET", "/metrics")
            self.assertRegex(body.decode(), r"gleaner_queue_rejected_total [1-9]")


class SlowClients(unittest.TestCase):
    def test_trickling_body_cut_at_deadline(self):
        with Gleanerd(args=["--request-timeout", "2"]) as g:
            s = socket.create_connection(("127.0.0.1", g.port), timeout=10)
            s.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: 1000\r\n\r\n")
            t0 = time.time()
            got = b""
            try:
                for _ in range(100):
                    s.sendall(b"a")
                    time.sleep(0.2)
                    s.setblocking(False)
                    try:
                        chunk = s.recv(4096)
                        if not chunk:
                            break
                        got += chunk
                    except BlockingIOError:
                        pass
                    finally:
                        s.setblocking(True)
            except OSError:
                pass
            elapsed = time.time() - t0
            s.close()
            self.assertLess(elapsed, 5.0)  # cut off, not served for 20 s
            if got:
                self.assertTrue(got.startswith(b"HTTP/1.1 408"), got[:80])
            st, _, _ = g.request("GET", "/healthz")
            self.assertEqual(st, 200)

    def test_trickling_headers_cut_at_deadline(self):
        with Gleanerd(args=["--request-timeout", "2"]) as g:
            s = socket.create_connection(("127.0.0.1", g.port), timeout=10)
            t0 = time.time()
            closed = False
            try:
                for ch in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"y" * 100:
                    s.sendall(bytes([ch]))
                    time.sleep(0.2)
                    s.setblocking(False)
                    try:
                        if s.recv(1) == b"":
                            closed = True
                            break
                    except BlockingIOError:
                        pass
                    finally:
                        s.setblocking(True)
            except OSError:
                closed = True
            elapsed = time.time() - t0
            s.close()
            self.assertTrue(closed)
            self.assertLess(elapsed, 6.0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
