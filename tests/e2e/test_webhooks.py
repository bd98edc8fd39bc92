"""CMS webhooks end-to-end (issue 7): the real gleanerd, the real PostgreSQL, deliveries signed
here with the test's own secrets for every kind (Standard Webhooks, Ghost, WordPress, Arc XP).

Checks: accepted (202) and processed; the same delivery twice -> processed once; an edit is a
new revision; an older edit arriving late is ignored; unpublish/delete/trash -> retracted;
every rejection (bad signature, missing headers, stale and future timestamps, unknown source,
unparseable payload, over size, flood) with nothing stored (or, for 422, recorded as failed);
key rotation; the deliveries list (pagination, status filter) and replay; a delivery accepted
just before kill -9 is processed after a restart; the curl recipe of docs/webhooks.md works as
printed; no secret ever appears in the log or in an answer.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest
import uuid

from gleaner_harness import Gleanerd, ProblemAssertions, fresh_database, needs_pg, psql, database_name, SOURCE_ROOT

STD_KEY = os.urandom(24)
STD_SECRET = "whsec_" + base64.b64encode(STD_KEY).decode()
OLD_KEY = os.urandom(24)
OLD_SECRET = "whsec_" + base64.b64encode(OLD_KEY).decode()
GHOST_SECRET = "ghost-" + uuid.uuid4().hex
WP_SECRET = "wp-" + uuid.uuid4().hex
ARC_KEY = os.urandom(32)
ARC_SECRET = "whsec_" + base64.b64encode(ARC_KEY).decode()
ALL_SECRETS = [STD_SECRET, OLD_SECRET, GHOST_SECRET, WP_SECRET, ARC_SECRET,
               base64.b64encode(STD_KEY).decode(), base64.b64encode(ARC_KEY).decode()]

SOURCES = {"sources": [
    {"name": "newsroom", "kind": "standard", "secrets": [OLD_SECRET, STD_SECRET], "outlet": "证券时报"},
    {"name": "blog", "kind": "ghost", "secrets": [GHOST_SECRET]},
    {"name": "wp", "kind": "wordpress", "secrets": [WP_SECRET]},
    {"name": "arc", "kind": "arc", "secrets": [ARC_SECRET]},
    {"name": "tiny", "kind": "standard", "secrets": [STD_SECRET], "max_body": 2048},
    {"name": "slow", "kind": "standard", "secrets": [STD_SECRET], "rate_per_second": 0.05, "burst": 3},
]}

ARTICLE_1 = ("稳健医疗(300888)9月23日晚间公告,公司拟以1.2亿美元收购Global Resources International,"
             "Inc.75.2%股权。本次交易完成后,公司将布局全球发展战略。")
ARTICLE_2 = ("稳健医疗(300888)9月23日晚间公告,公司拟以1.3亿美元收购Global Resources International,"
             "Inc.80%股权,交易价格较此前方案上调。")
ARTICLE_OLD = "稳健医疗(300888)此前曾披露一份已被取代的旧方案,本句不应出现在最终版本中。"


def sign_standard(key, msg_id, ts, body):
    mac = hmac.new(key, ("%s.%s." % (msg_id, ts)).encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def std_headers(body, key=STD_KEY, msg_id=None, ts=None):
    msg_id = msg_id or "msg_" + uuid.uuid4().hex
    ts = str(int(time.time()) if ts is None else ts)
    return {"Content-Type": "application/json", "webhook-id": msg_id, "webhook-timestamp": ts,
            "webhook-signature": sign_standard(key, msg_id, ts, body)}


def ghost_headers(body, secret=GHOST_SECRET, ts_ms=None):
    t = str(int(time.time() * 1000) if ts_ms is None else ts_ms)
    mac = hmac.new(secret.encode(), body + t.encode(), hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Ghost-Signature": "sha256=%s, t=%s" % (mac, t)}


def wp_headers(body, secret=WP_SECRET):
    mac = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return {"Content-Type": "application/json", "X-WP-Webhook-Signature": base64.b64encode(mac).decode()}


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def write_sources(tmp, sources=SOURCES):
    path = os.path.join(tmp, "sources.json")
    with open(path, "w") as f:
        json.dump(sources, f, ensure_ascii=False)
    return path


class WebhookCase(unittest.TestCase, ProblemAssertions):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="wh-")
        self.sources = write_sources(self.tmp)

    def start(self, db=None, env=None):
        self.db = db or fresh_database("wh")
        return Gleanerd(database=self.db, args=["--workers", "2", "--webhook-sources", self.sources],
                        env=env or {})

    def count(self, sql):
        return int(psql(sql, database_name(self.db)))

    def deliver(self, g, source, body, headers):
        return g.post("/v1/webhooks/" + source, body, headers.pop("Content-Type", "application/json"),
                      headers)

    def wait_done(self, g, source, delivery, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            st, _, b = g.request("GET", "/v1/webhooks/%s/deliveries/%s" % (source, delivery))
            self.assertEqual(st, 200, b)
            d = g.json(b)["delivery"]
            if d["status"] != "queued":
                return d
            time.sleep(0.1)
        self.fail("delivery %s/%s not processed after %ss:\n%s" % (source, delivery, timeout, g.log()[-3000:]))

    def accept(self, g, source, body, headers):
        st, hdr, b = self.deliver(g, source, body, headers)
        self.assertEqual(st, 202, b)
        d = g.json(b)["delivery"]
        self.assertTrue(hdr.get("location", "").endswith("/deliveries/" + d["id"]), hdr)
        return d

    def article(self, g, article_id):
        st, _, b = g.request("GET", "/v1/articles/" + article_id)
        return st, (g.json(b) if st == 200 else None)

    def assertNoSecretLeaked(self, g, *bodies):
        text = g.log() + "".join(x.decode("utf-8", "replace") for x in bodies)
        for s in ALL_SECRETS:
            self.assertNotIn(s, text)


class TestWebhooks(WebhookCase):
    @needs_pg
    def test_standard_processed_once_revision_order_retract(self):
        with self.start() as g:
            # 1. accepted and processed
            body = dumps({"type": "article.published", "timestamp": "2024-09-24T08:00:00Z",
                          "data": {"external_id": "cms-42", "title": "稳健医疗海外并购",
                                   "text": ARTICLE_1, "published_at": "2024-09-23",
                                   "modified_at": "2024-09-24T08:00:00Z"}})
            h = std_headers(body)
            d = self.accept(g, "newsroom", body, dict(h))
            self.assertEqual(d["action"], "upsert")
            d = self.wait_done(g, "newsroom", d["id"])
            self.assertEqual(d["status"], "processed", d)
            self.assertEqual(d["attempts"], 1)
            st, a = self.article(g, d["article_id"])
            self.assertEqual(st, 200)
            self.assertEqual(a["revision"], 1)
            self.assertEqual(a["source"], "证券时报")
            self.assertEqual(a["external_id"], "cms-42")
            self.assertEqual(a["title"], "稳健医疗海外并购")
            self.assertIn("1.2亿美元", a["text"])
            self.assertTrue(any(e.get("company_id") == "szse-300888" for e in a["entities"]))
            art_id = d["article_id"]

            # 2. the same delivery again (same webhook-id, re-signed now): 202, nothing done
            h2 = std_headers(body, msg_id=h["webhook-id"])
            st, _, b = self.deliver(g, "newsroom", body, dict(h2))
            self.assertEqual(st, 202, b)
            self.assertTrue(g.json(b)["delivery"]["duplicate"])
            time.sleep(0.5)
            self.assertEqual(self.count("SELECT count(*) FROM webhook_deliveries"), 1)
            self.assertEqual(self.count("SELECT count(*) FROM jobs"), 1)
            self.assertEqual(self.count("SELECT count(*) FROM articles"), 1)
            self.assertEqual(self.count("SELECT max(revision) FROM articles"), 1)

            # 3. an edit (newer modified time) -> revision 2 of the same article
            body = dumps({"type": "article.updated", "data": {
                "external_id": "cms-42", "title": "稳健医疗海外并购(更新)", "text": ARTICLE_2,
                "modified_at": "2024-09-24T10:00:00Z"}})
            d = self.wait_done(g, "newsroom", self.accept(g, "newsroom", body, std_headers(body))["id"])
            self.assertEqual(d["status"], "processed", d)
            self.assertEqual(d["article_id"], art_id)
            st, a = self.article(g, art_id)
            self.assertEqual(a["revision"], 2)
            self.assertIn("1.3亿美元", a["text"])

            # 4. an older edit delivered late never overwrites the newer one
            body = dumps({"type": "article.updated", "data": {
                "external_id": "cms-42", "title": "旧标题", "text": ARTICLE_OLD,
                "modified_at": "2024-09-24T09:00:00Z"}})
            d = self.wait_done(g, "newsroom", self.accept(g, "newsroom", body, std_headers(body))["id"])
            self.assertEqual(d["status"], "ignored", d)
            self.assertIn("older", d["last_error"])
            st, a = self.article(g, art_id)
            self.assertEqual(a["revision"], 2)
            self.assertIn("1.3亿美元", a["text"])
            self.assertNotIn("旧方案", a["text"])

            # 5. unpublish -> retracted (the article and its company contributions are gone)
            body = dumps({"type": "article.unpublished", "data": {
                "external_id": "cms-42", "modified_at": "2024-09-24T11:00:00Z"}})
            d = self.wait_done(g, "newsroom", self.accept(g, "newsroom", body, std_headers(body))["id"])
            self.assertEqual(d["status"], "processed", d)
            self.assertEqual(d["action"], "retract")
            self.assertEqual(self.article(g, art_id)[0], 404)
            self.assertEqual(g.request("GET", "/v1/companies/szse-300888")[0], 404)

            # 6. an edit older than the retraction stays retracted
            body = dumps({"type": "article.updated", "data": {
                "external_id": "cms-42", "text": ARTICLE_2, "modified_at": "2024-09-24T10:30:00Z"}})
            d = self.wait_done(g, "newsroom", self.accept(g, "newsroom", body, std_headers(body))["id"])
            self.assertEqual(d["status"], "ignored", d)
            self.assertEqual(self.count("SELECT count(*) FROM articles"), 0)

            # deliveries: newest first, paginated, filtered
            st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries?limit=2")
            page = g.json(b)
            self.assertEqual([x["action"] for x in page["deliveries"]], ["upsert", "retract"])
            self.assertIsNotNone(page["next_cursor"])
            st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries?limit=2&cursor=" + page["next_cursor"])
            page2 = g.json(b)
            ids = [int(x["id"]) for x in page["deliveries"] + page2["deliveries"]]
            self.assertEqual(ids, sorted(ids, reverse=True))
            self.assertEqual(len(ids), 4)
            st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries?status=ignored")
            self.assertEqual(len(g.json(b)["deliveries"]), 2)
            self.assertProblem(g.request("GET", "/v1/webhooks/newsroom/deliveries?cursor=zz!"), 400)
            self.assertProblem(g.request("GET", "/v1/webhooks/nope/deliveries"), 404)
            self.assertNoSecretLeaked(g, b)

    @needs_pg
    def test_wordpress_ghost_arc(self):
        with self.start() as g:
            # WordPress REST post: HTML through the engine's HTML input
            wp = {"id": 1234, "status": "publish", "date_gmt": "2024-09-23T12:00:00",
                  "modified_gmt": "2024-09-23T12:05:00", "link": "https://news.example/?p=1234",
                  "title": {"rendered": "卓朗科技收到警示函 &#8211; 快讯"},
                  "content": {"rendered": "<p>卓朗科技(600225)9月23日晚间公告称,公司收到天津证监局出具的"
                                          "警示函&#8230;</p>\n<p>公司表示将认真整改&nbsp;并加强信息披露"
                                          "管理 &amp; 内部控制。</p>"}}
            body = dumps(wp)
            d = self.wait_done(g, "wp", self.accept(g, "wp", body, wp_headers(body))["id"])
            self.assertEqual(d["status"], "processed", d)
            self.assertTrue(d["delivery_id"].startswith("sha256:"))
            st, a = self.article(g, d["article_id"])
            self.assertEqual(a["external_id"], "1234")
            self.assertEqual(a["source"], "wp")
            self.assertEqual(a["url"], "https://news.example/?p=1234")
            self.assertEqual(a["published_at"], "2024-09-23")
            for junk in ("<p>", "</p>", "&amp;", "&nbsp;", "&#8230;", "&#8211;"):
                self.assertNotIn(junk, a["text"])
            self.assertIn("警示函", a["text"])
            self.assertEqual(len([p for p in a["text"].split("\n\n") if p]), 3)  # title + 2 paragraphs
            # the same WordPress delivery again: processed once
            st, _, b = self.deliver(g, "wp", body, wp_headers(body))
            self.assertEqual(st, 202, b)
            self.assertTrue(g.json(b)["delivery"]["duplicate"])
            # moved to the trash -> retracted
            wp_trash = dict(wp, status="trash", modified_gmt="2024-09-23T13:00:00")
            body = dumps(wp_trash)
            d2 = self.wait_done(g, "wp", self.accept(g, "wp", body, wp_headers(body))["id"])
            self.assertEqual(d2["status"], "processed", d2)
            self.assertEqual(self.article(g, d["article_id"])[0], 404)

            # Ghost: published -> edit (revision) -> unpublished (retract); a deleted post
            cur = {"id": "65f0c0ffee", "uuid": str(uuid.uuid4()), "status": "published",
                   "title": "Acme Corp posts record revenue",
                   "html": "<p>Acme Corp said on Monday that revenue rose 20% to $2 billion.</p>",
                   "published_at": "2024-09-24T08:00:00.000Z", "updated_at": "2024-09-24T08:00:00.000Z",
                   "url": "https://blog.example/acme/"}
            body = dumps({"post": {"current": cur, "previous": {}}})
            d = self.wait_done(g, "blog", self.accept(g, "blog", body, ghost_headers(body))["id"])
            self.assertEqual(d["status"], "processed", d)
            gid = d["article_id"]
            cur2 = dict(cur, html="<p>Acme Corp said on Monday that revenue rose 25% to $2.1 billion.</p>",
                        updated_at="2024-09-24T09:00:00.000Z")
            body = dumps({"post": {"current": cur2, "previous": {"updated_at": cur["updated_at"]}}})
            d = self.wait_done(g, "blog", self.accept(g, "blog", body, ghost_headers(body))["id"])
            st, a = self.article(g, gid)
            self.assertEqual((st, a["revision"]), (200, 2))
            self.assertIn("25%", a["text"])
            cur3 = dict(cur2, status="draft", updated_at="2024-09-24T10:00:00.000Z")
            body = dumps({"post": {"current": cur3, "previous": {"status": "published"}}})
            d = self.wait_done(g, "blog", self.accept(g, "blog", body, ghost_headers(body))["id"])
            self.assertEqual((d["status"], d["action"]), ("processed", "retract"))
            self.assertEqual(self.article(g, gid)[0], 404)
            other = dict(cur, id="65f0beef", html="<p>Beta Ltd opened a new plant in Ohio.</p>")
            body = dumps({"post": {"current": other, "previous": {}}})
            d = self.wait_done(g, "blog", self.accept(g, "blog", body, ghost_headers(body))["id"])
            body = dumps({"post": {"current": {}, "previous": other}})
            d2 = self.wait_done(g, "blog", self.accept(g, "blog", body, ghost_headers(body))["id"])
            self.assertEqual(d2["status"], "processed")
            self.assertEqual(self.article(g, d["article_id"])[0], 404)

            # Arc XP ANS story, signed the Standard Webhooks way
            story = {"_id": "ABCDEF123", "type": "story", "headlines": {"basic": "Gamma Inc to cut 400 jobs"},
                     "display_date": "2024-09-24T06:00:00Z", "last_updated_date": "2024-09-24T06:10:00Z",
                     "credits": {"by": [{"type": "author", "name": "Jane Roe"}]},
                     "canonical_url": "https://arc.example/business/gamma",
                     "content_elements": [
                         {"type": "text", "content": "Gamma Inc said on Tuesday it will cut about 400 jobs."},
                         {"type": "image", "url": "https://img.example/x.jpg", "caption": "A photo"},
                         {"type": "text", "content": "The cuts &amp; closures follow a weak quarter."}]}
            body = dumps({"event": "story:update", "body": story})
            d = self.wait_done(g, "arc", self.accept(g, "arc", body, std_headers(body, key=ARC_KEY))["id"])
            self.assertEqual(d["status"], "processed", d)
            st, a = self.article(g, d["article_id"])
            self.assertEqual(a["title"], "Gamma Inc to cut 400 jobs")
            self.assertEqual(a["external_id"], "ABCDEF123")
            self.assertNotIn("A photo", a["text"])
            self.assertNotIn("&amp;", a["text"])
            self.assertIn("cuts & closures", a["text"])
            body = dumps({"event": "story:delete", "body": {"_id": "ABCDEF123"}})
            d2 = self.wait_done(g, "arc", self.accept(g, "arc", body, std_headers(body, key=ARC_KEY))["id"])
            self.assertEqual((d2["status"], d2["action"]), ("processed", "retract"))
            self.assertEqual(self.article(g, d["article_id"])[0], 404)
            self.assertNoSecretLeaked(g)

    @needs_pg
    def test_rejections_store_nothing(self):
        with self.start() as g:
            body = dumps({"data": {"external_id": "x1", "text": ARTICLE_1}})
            bad = []
            # bad signature (wrong key), tampered body, missing headers, stale and future timestamps
            bad.append(self.deliver(g, "newsroom", body, std_headers(body, key=os.urandom(24))))
            h = std_headers(body)
            bad.append(self.deliver(g, "newsroom", body + b" ", dict(h)))
            for missing in ("webhook-id", "webhook-timestamp", "webhook-signature"):
                h2 = std_headers(body)
                del h2[missing]
                bad.append(self.deliver(g, "newsroom", body, h2))
            bad.append(self.deliver(g, "newsroom", body, std_headers(body, ts=int(time.time()) - 310)))
            bad.append(self.deliver(g, "newsroom", body, std_headers(body, ts=int(time.time()) + 310)))
            bad.append(self.deliver(g, "newsroom", body, std_headers(body, ts="17e8")))
            h3 = std_headers(body)
            h3["webhook-signature"] = "v1," + base64.b64encode(b"x" * 32).decode() + " v2,abc"
            bad.append(self.deliver(g, "newsroom", body, h3))
            bad.append(self.deliver(g, "blog", body, ghost_headers(body, secret="nope")))
            bad.append(self.deliver(g, "blog", body, ghost_headers(body, ts_ms=int(time.time() * 1000) - 400000)))
            bad.append(self.deliver(g, "blog", body, {"Content-Type": "application/json"}))
            bad.append(self.deliver(g, "wp", body, wp_headers(body, secret="nope")))
            bad.append(self.deliver(g, "wp", body, {"X-WP-Webhook-Signature": "not base64!"}))
            for r in bad:
                doc = self.assertProblem(r, 401)
                self.assertNotIn("whsec_", doc.get("detail", ""))
            # unknown source
            self.assertProblem(self.deliver(g, "nosuch", body, std_headers(body)), 404)
            # over the source's size limit (2 KiB), signed correctly
            big = dumps({"data": {"external_id": "x2", "text": "很长的正文。" * 400}})
            self.assertProblem(self.deliver(g, "tiny", big, std_headers(big)), 413)
            # nothing stored for any of them
            self.assertEqual(self.count("SELECT count(*) FROM webhook_deliveries"), 0)
            self.assertEqual(self.count("SELECT count(*) FROM jobs"), 0)
            self.assertEqual(self.count("SELECT count(*) FROM articles"), 0)

            # unparseable payload after a good signature: 422, recorded as failed, no job
            for i, junk in enumerate([b"{not json", dumps([1, 2]), dumps({"data": {"text": 5}}),
                                      dumps({"type": "article.deleted", "data": {}}),
                                      ('{"data": {"text": "' + "稳健医疗" * 100).encode("utf-8")]):
                r = self.deliver(g, "newsroom", junk, std_headers(junk, msg_id="junk-%d" % i))
                doc = self.assertProblem(r, 422)
                self.assertIn("delivery", doc)
            self.assertEqual(self.count("SELECT count(*) FROM webhook_deliveries WHERE status = 'failed'"), 5)
            self.assertEqual(self.count("SELECT count(*) FROM jobs"), 0)
            st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries?status=failed")
            failed = g.json(b)["deliveries"]
            self.assertEqual(len(failed), 5)
            self.assertTrue(all(x["last_error"] and x["status"] == "failed" for x in failed))
            bad_ghost = dumps({"posts": []})
            self.assertProblem(self.deliver(g, "blog", bad_ghost, ghost_headers(bad_ghost)), 422)

            # flood: burst 3 then 429 with Retry-After
            statuses = []
            retry = None
            for i in range(6):
                b2 = dumps({"data": {"external_id": "f%d" % i, "text": ARTICLE_1 + str(i)}})
                st, hdr, _ = self.deliver(g, "slow", b2, std_headers(b2))
                statuses.append(st)
                if st == 429:
                    retry = hdr.get("retry-after")
            self.assertEqual(statuses[:3], [202, 202, 202])
            self.assertEqual(statuses[3:], [429, 429, 429])
            self.assertTrue(retry and int(retry) >= 1, retry)
            self.assertEqual(self.count("SELECT count(*) FROM webhook_deliveries WHERE source = 'slow'"), 3)
            self.assertNoSecretLeaked(g, *[r[2] for r in bad])

    @needs_pg
    def test_rotation_and_replay(self):
        with self.start() as g:
            # both the old and the new secret verify
            for key in (OLD_KEY, STD_KEY):
                body = dumps({"data": {"external_id": "r-" + key.hex()[:6], "text": ARTICLE_1 + key.hex()}})
                d = self.wait_done(g, "newsroom", self.accept(g, "newsroom", body, std_headers(body, key=key))["id"])
                self.assertEqual(d["status"], "processed", d)
            # a delivery whose processing fails (no article text): failed with its error, replayable
            body = dumps({"data": {"external_id": "empty-1", "html": "<p> </p>"}})
            d = self.wait_done(g, "newsroom", self.accept(g, "newsroom", body, std_headers(body))["id"])
            self.assertEqual(d["status"], "failed", d)
            self.assertEqual(d["attempts"], 1)
            self.assertTrue(d["last_error"])
            st, _, b = g.request("POST", "/v1/webhooks/newsroom/deliveries/%s/replay" % d["id"])
            self.assertEqual(st, 202, b)
            self.assertEqual(g.json(b)["delivery"]["status"], "queued")
            d2 = self.wait_done(g, "newsroom", d["id"])
            self.assertEqual((d2["status"], d2["attempts"], d2["replays"]), ("failed", 2, 1))
            # a processed delivery is not replayed; unknown ids are 404
            st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries?status=processed")
            ok = g.json(b)["deliveries"][0]
            self.assertProblem(g.request("POST", "/v1/webhooks/newsroom/deliveries/%s/replay" % ok["id"]), 409)
            self.assertProblem(g.request("POST", "/v1/webhooks/newsroom/deliveries/999999/replay"), 404)
            self.assertProblem(g.request("POST", "/v1/webhooks/newsroom/deliveries/abc/replay"), 404)
            self.assertProblem(g.request("POST", "/v1/webhooks/blog/deliveries/%s/replay" % ok["id"]), 404)

    @needs_pg
    def test_concurrent_out_of_order_edits_keep_the_newest(self):
        """Twelve edits of one post (modified times shuffled) accepted at once and processed by
        three job runners: the stored article is the newest edit, whatever the order."""
        import random
        rnd = random.Random(7)
        with self.start(env={"GLEANER_JOB_WORKERS": "3"}) as g:
            versions = list(range(12))
            rnd.shuffle(versions)
            ids = []
            for v in versions:
                body = dumps({"type": "article.updated", "data": {
                    "external_id": "race-1", "title": "版本%d" % v,
                    "text": "稳健医疗(300888)公告第%d版:拟以%d亿美元收购目标公司股权。" % (v, v + 1),
                    "modified_at": "2024-09-24T08:%02d:00Z" % v}})
                ids.append(self.accept(g, "newsroom", body, std_headers(body))["id"])
            done = [self.wait_done(g, "newsroom", i) for i in ids]
            self.assertTrue(all(d["status"] in ("processed", "ignored") for d in done), done)
            newest = [d for d, v in zip(done, versions) if v == 11][0]
            self.assertEqual(newest["status"], "processed")
            st, a = self.article(g, newest["article_id"])
            self.assertEqual(a["title"], "版本11")
            self.assertEqual(self.count("SELECT count(*) FROM articles"), 1)
            # every processed edit was newer than everything applied before it
            applied = [v for d, v in sorted(zip(done, versions), key=lambda x: x[0]["processed_at"])
                       if d["status"] == "processed"]
            self.assertEqual(applied, sorted(applied))

    @needs_pg
    def test_kill9_after_accept_is_processed_after_restart(self):
        db = fresh_database("whk")
        self.db = db
        # a gleanerd whose job runners are off: it only accepts and queues
        g = self.start(db=db, env={"GLEANER_JOB_WORKERS": "0"}).start()
        body = dumps({"data": {"external_id": "k9", "text": ARTICLE_1}})
        d = self.accept(g, "newsroom", body, std_headers(body))
        g.send_signal(signal.SIGKILL)
        g.wait_exit(10)
        self.assertEqual(self.count("SELECT count(*) FROM webhook_deliveries"), 1)
        self.assertEqual(self.count("SELECT count(*) FROM articles"), 0)
        with self.start(db=db) as g2:
            d = self.wait_done(g2, "newsroom", d["id"])
            self.assertEqual(d["status"], "processed", d)
            self.assertEqual(self.article(g2, d["article_id"])[0], 200)

    def test_bad_sources_file_refused_without_secret(self):
        for text in ('{"sources": [{"name": "n", "kind": "standard", "secrets": [%s]}]}' % STD_SECRET,
                     '{"sources": [{"name": "n", "kind": "rss", "secrets": ["%s"]}]}' % STD_SECRET,
                     '{"sources": [{"name": "n", "kind": "standard", "secrets": ["whsec_%s!"]}]}' % GHOST_SECRET):
            with open(self.sources, "w") as f:
                f.write(text)
            out = subprocess.run([os.environ.get("GLEANERD", "gleanerd"), "--listen", "127.0.0.1:0",
                                  "--webhook-sources", self.sources],
                                 capture_output=True, text=True, timeout=60,
                                 env=dict(os.environ, GLEANER_SCHEMA_DIR=os.path.join(SOURCE_ROOT, "schema")))
            self.assertNotEqual(out.returncode, 0, out.stderr)
            self.assertIn("webhook", out.stderr)
            for sec in ALL_SECRETS:
                self.assertNotIn(sec, out.stderr)
            self.assertNotIn(GHOST_SECRET, out.stderr)

    @needs_pg
    def test_docs_curl_recipe_as_printed(self):
        """The Standard Webhooks curl command of docs/webhooks.md, run exactly as printed."""
        with open(os.path.join(SOURCE_ROOT, "docs", "webhooks.md"), encoding="utf-8") as f:
            doc = f.read()
        m = re.search(r"<!-- recipe: standard-curl -->\s*```sh\n(.*?)```", doc, re.S)
        self.assertIsNotNone(m, "docs/webhooks.md lacks the standard-curl recipe")
        script = m.group(1)
        cfg = re.search(r"<!-- recipe: sources-json -->\s*```json\n(.*?)```", doc, re.S)
        self.assertIsNotNone(cfg)
        with open(self.sources, "w") as f:
            f.write(cfg.group(1))
        with self.start() as g:
            script = script.replace("http://127.0.0.1:8080", "http://127.0.0.1:%d" % g.port)
            out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertIn("HTTP/1.1 202", out.stdout, out.stdout + out.stderr)
            st, _, b = g.request("GET", "/v1/webhooks/newsroom/deliveries")
            d = g.json(b)["deliveries"][0]
            d = self.wait_done(g, "newsroom", d["id"])
            self.assertEqual(d["status"], "processed", d)


if __name__ == "__main__":
    unittest.main(verbosity=2)
