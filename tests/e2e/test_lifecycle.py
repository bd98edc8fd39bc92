"""End-to-end: graceful shutdown. SIGTERM while requests are in flight (running and queued):
every accepted request is answered 200, new connections are refused, the exit status is 0."""
import re
import signal
import socket
import threading
import time
import unittest

from gleaner_harness import Gleanerd


class Shutdown(unittest.TestCase):
    def test_sigterm_finishes_in_flight(self):
        # each request holds its worker 5 s: the five must all be in (two running, three queued)
        # before the first two finish, also on a loaded machine or a sanitizer build
        g = Gleanerd(args=["--workers", "2", "--queue-depth", "8", "--debug-delay-ms", "5000"]).start()
        results = []

        def one(i):
            results.append(g.post("/v1/extract", "第%d篇。" % i, "text/plain", timeout=60))

        threads = [threading.Thread(target=one, args=(i,)) for i in range(5)]
        for t in threads:
            t.start()
        # wait until all five are in: two running, three queued (from /metrics)
        deadline = time.time() + 4.5
        while time.time() < deadline:
            text = g.request("GET", "/metrics")[2].decode()
            busy = int(re.search(r"(?m)^gleaner_workers_busy (\d+)", text).group(1))
            depth = int(re.search(r"(?m)^gleaner_queue_depth (\d+)", text).group(1))
            if (busy, depth) == (2, 3):  # (1, 4) passes by while a worker wakes for its job
                break
            time.sleep(0.05)
        self.assertEqual((busy, depth), (2, 3))
        g.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        # no new connections once shutdown began
        refused = False
        try:
            s = socket.create_connection(("127.0.0.1", g.port), timeout=2)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            data = s.recv(100)
            refused = data == b"" or data.startswith(b"HTTP/1.1 503")
            s.close()
        except OSError:
            refused = True
        self.assertTrue(refused, "a new request was served after SIGTERM")
        for t in threads:
            t.join()
        code = g.wait_exit(60)
        self.assertEqual(code, 0, g.log())
        self.assertEqual(sorted(r[0] for r in results), [200] * 5, [r[2][:200] for r in results])
        self.assertIn("shutting down", g.log())

    def test_sigint_idle(self):
        g = Gleanerd().start()
        t0 = time.time()
        g.send_signal(signal.SIGINT)
        self.assertEqual(g.wait_exit(10), 0)
        self.assertLess(time.time() - t0, 5)

    def test_bad_flag_exit_2(self):
        import subprocess
        from gleaner_harness import GLEANERD
        r = subprocess.run([GLEANERD, "--workers", "lots"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--workers", r.stderr)
        r = subprocess.run([GLEANERD, "--help"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0)
        for flag in ["--listen", "GLEANER_LISTEN", "--database-url", "DATABASE_URL", "--workers",
                     "--max-body", "--queue-depth", "--request-timeout"]:
            self.assertIn(flag, r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
