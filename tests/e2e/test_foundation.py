"""End-to-end: the contract's skeleton — /healthz, /readyz, /metrics, /v1/openapi.json, routing
errors, and POST /v1/extract on the sample page (4 articles, titles, outlet, authors, offsets)."""
import json
import os
import re
import unittest

from gleaner_harness import SOURCE_ROOT, Gleanerd, ProblemAssertions, fresh_database, needs_pg

SAMPLE = os.path.join(SOURCE_ROOT, "tests", "cases", "securities-times", "input.md")


class Foundation(unittest.TestCase, ProblemAssertions):
    @classmethod
    def setUpClass(cls):
        cls.g = Gleanerd().start()  # no database: everything here must work without one

    @classmethod
    def tearDownClass(cls):
        cls.g.stop()

    def test_healthz(self):
        st, hdr, body = self.g.request("GET", "/healthz")
        self.assertEqual(st, 200)
        self.assertEqual(json.loads(body)["status"], "ok")

    def test_readyz_without_database_is_503(self):
        doc = self.assertProblem(self.g.request("GET", "/readyz"), 503)
        self.assertIn("database", doc["detail"])

    def test_db_route_without_database_is_503(self):
        st, hdr, body = self.g.request("GET", "/v1/articles")
        if st == 404:
            self.skipTest("no DB-backed route registered yet")
        self.assertProblem((st, hdr, body), 503)
        self.assertIn("retry-after", hdr)

    def test_404_and_405(self):
        doc = self.assertProblem(self.g.request("GET", "/no/such/thing"), 404)
        self.assertIn("/no/such/thing", doc["detail"])
        st, hdr, body = self.g.request("DELETE", "/healthz")
        self.assertProblem((st, hdr, body), 405)
        self.assertEqual(hdr.get("allow"), "GET")
        st, hdr, body = self.g.request("GET", "/v1/extract")
        self.assertProblem((st, hdr, body), 405)
        self.assertIn("POST", hdr.get("allow"))

    def test_keep_alive_after_404(self):
        # An error answer must not poison the connection for the next request.
        import http.client
        c = http.client.HTTPConnection("127.0.0.1", self.g.port, timeout=10)
        c.request("GET", "/nope")
        r = c.getresponse()
        r.read()
        self.assertEqual(r.status, 404)
        c.request("GET", "/healthz")
        r = c.getresponse()
        r.read()
        self.assertEqual(r.status, 200)
        c.close()

    def test_openapi(self):
        st, hdr, body = self.g.request("GET", "/v1/openapi.json")
        self.assertEqual(st, 200)
        doc = json.loads(body)
        self.assertTrue(doc["openapi"].startswith("3.1"))
        for path in ["/v1/extract", "/v1/articles", "/v1/articles/{id}", "/v1/companies",
                     "/v1/companies/{company_id}", "/v1/changes", "/healthz", "/readyz", "/metrics"]:
            self.assertIn(path, doc["paths"], path)
        self.assertIn("post", doc["paths"]["/v1/extract"])
        # every route of the route table is documented (parameter names may differ)
        import re as _re
        table = open(os.path.join(SOURCE_ROOT, "handlers", "h_routes.c"), encoding="utf-8").read()
        shape = lambda p: _re.sub(r"\{[^}]*\}", "{}", p)
        documented = {(shape(p), m.upper()) for p, item in doc["paths"].items() for m in item
                      if m != "parameters"}
        for method, pattern in _re.findall(r'\{"([A-Z]+)",\s*"(/[^"]*)"', table):
            self.assertIn((shape(pattern), method), documented, "%s %s not in openapi.json" % (method, pattern))

    def test_metrics(self):
        self.g.request("GET", "/healthz")
        self.g.request("GET", "/nope")
        st, hdr, body = self.g.request("GET", "/metrics")
        self.assertEqual(st, 200)
        self.assertTrue(hdr["content-type"].startswith("text/plain"))
        text = body.decode()
        self.assertRegex(text, r'gleaner_http_requests_total\{route="/healthz",method="GET",status="200"\} [1-9]')
        self.assertRegex(text, r'gleaner_http_requests_total\{route="unmatched",method="GET",status="404"\} [1-9]')
        self.assertIn('gleaner_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"}', text)
        for name in ["gleaner_queue_depth", "gleaner_workers_busy", "gleaner_workers",
                     "gleaner_extract_duration_seconds_count", "gleaner_db_errors_total"]:
            self.assertRegex(text, r"(?m)^%s(\{[^}]*\})? \d" % name, name)
        # every sample line parses as Prometheus text: name{labels} value
        for line in text.splitlines():
            if line and not line.startswith("#"):
                self.assertRegex(line, r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? [0-9.e+-]+$|^.*\+Inf"\} \d+$', line)

    def test_extract_sample_page(self):
        raw = open(SAMPLE, encoding="utf-8").read()
        titles = [m.group(1).strip() for m in re.finditer(r"(?m)^# (.+)$", raw)]
        self.assertEqual(len(titles), 4)
        st, hdr, body = self.g.post("/v1/extract?published_at=2024-09-24", raw, "text/markdown")
        self.assertEqual(st, 200, body[:500])
        self.assertTrue(hdr["content-type"].startswith("application/json"))
        arts = json.loads(body)["articles"]
        self.assertEqual([a.get("title") for a in arts], titles)
        for a in arts:
            text = a["text"]
            self.assertNotIn("id", a)  # extract-only: nothing stored
            self.assertTrue(text.startswith(a["title"] + "\n\n"), text[:80])
            self.assertEqual(a.get("outlet"), "证券时报")
            self.assertTrue(a.get("authors"), a["title"])
            for au in a["authors"]:
                self.assertIn(au["name"], text)
            for s in a.get("sections") or []:
                self.assertTrue(0 <= s["start"] < s["end"] <= len(text), s)
                self.assertTrue(text[s["start"]:s["end"]].startswith(s["heading"]), s)
            for e in a.get("entities") or []:
                for m in e.get("mentions") or []:
                    self.assertEqual(text[m["start"]:m["end"]], m["text"], m)
            for q in a.get("quantities") or []:
                self.assertEqual(text[q["start"]:q["end"]], q["text"], q)
        self.assertEqual([x["name"] for x in arts[0]["authors"]], ["王一鸣"])

    def test_extract_json_and_split_false(self):
        raw = "# 标题一\n\n正文一。\n\n# 标题二\n\n正文二。\n"
        st, _, body = self.g.post_json("/v1/extract", {"text": raw})
        self.assertEqual(st, 200, body)
        self.assertEqual(len(json.loads(body)["articles"]), 2)
        st, _, body = self.g.post_json("/v1/extract?split=false", {"text": raw})
        self.assertEqual(st, 200, body)
        self.assertEqual(len(json.loads(body)["articles"]), 1)
        st, _, body = self.g.post_json("/v1/extract", {"title": "", "text": "只有正文。"})
        self.assertEqual(st, 200, body)
        self.assertEqual(json.loads(body)["articles"][0]["text"], "只有正文。")

    def test_cli_prints_what_the_server_answers(self):
        import subprocess
        cli = os.environ.get("GLEANER_EXTRACT")
        if not cli:
            self.skipTest("GLEANER_EXTRACT not set")
        raw = open(SAMPLE, "rb").read()
        st, _, body = self.g.post("/v1/extract?published_at=2024-09-24", raw, "text/markdown")
        self.assertEqual(st, 200)
        out = subprocess.run([cli, "--published-at", "2024-09-24"], input=raw,
                             capture_output=True, check=True).stdout
        self.assertEqual(out.rstrip(b"\n"), body)
        st, _, body = self.g.post_json("/v1/extract?split=false", {"text": "正文。", "title": ""})
        out = subprocess.run([cli, "--format", "json", "--no-split"],
                             input=json.dumps({"text": "正文。", "title": ""}).encode(),
                             capture_output=True, check=True).stdout
        self.assertEqual(out.rstrip(b"\n"), body)
        r = subprocess.run([cli, "--format", "text"], input=b"ab\xffcd", capture_output=True)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(json.loads(r.stdout)["offset"], 2)

    def test_head_healthz(self):
        st, hdr, body = self.g.request("HEAD", "/healthz")
        self.assertEqual(st, 200)
        self.assertEqual(body, b"")


class ReadyWithDatabase(unittest.TestCase):
    @needs_pg
    def test_readyz_with_database(self):
        with Gleanerd(database=fresh_database()) as g:  # start() waits for /readyz == 200
            st, _, body = g.request("GET", "/readyz")
            self.assertEqual(st, 200, body)
            doc = json.loads(body)
            self.assertTrue(doc["database"])
            self.assertTrue(doc["migrations"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
