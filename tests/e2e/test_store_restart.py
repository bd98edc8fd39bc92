"""Storage end-to-end, serial (stops the shared cluster): a job accepted before a kill -9 of
gleanerd AND a PostgreSQL restart is finished after both come back; while the database is
down the storage routes answer 503 problem+json and gleanerd does not crash."""
import json
import signal
import time
import unittest
import uuid

from gleaner_harness import Gleanerd, ProblemAssertions, fresh_database, needs_pg_ctl, pg_ctl


class JobSurvivesRestarts(unittest.TestCase, ProblemAssertions):
    @needs_pg_ctl
    def test_kill9_and_postgres_restart(self):
        db = fresh_database("storerestart")
        # 1. a gleanerd that only queues (no job runner) accepts three jobs, then is killed -9
        g = Gleanerd(database=db, env={"GLEANER_JOB_WORKERS": "0"}).start()
        jobs = []
        for i in range(3):
            st, hdr, body = g.post_json("/v1/articles", {"text": "第%d个任务:卓朗科技公告。%s" % (i, uuid.uuid4().hex)},
                                        headers={"Prefer": "respond-async"})
            self.assertEqual(st, 202, body)
            jobs.append(hdr["location"])
        st, _, body = g.request("GET", jobs[0])
        self.assertEqual(json.loads(body)["job"]["status"], "queued")
        g.send_signal(signal.SIGKILL)
        g.wait_exit(10)
        # 2. PostgreSQL restarts
        pg_ctl("stop")
        pg_ctl("start")
        # 3. a new gleanerd (with runners) finishes every accepted job
        with Gleanerd(database=db, args=["--db-retry-max", "1"]) as g2:
            deadline = time.time() + 30
            states = []
            while time.time() < deadline:
                states = [json.loads(g2.request("GET", j)[2])["job"] for j in jobs]
                if all(s["status"] == "done" for s in states):
                    break
                time.sleep(0.2)
            self.assertTrue(all(s["status"] == "done" for s in states), states)
            for s in states:
                self.assertEqual(len(s["articles"]), 1)
                self.assertEqual(g2.request("GET", "/v1/articles/" + s["articles"][0])[0], 200)

    @needs_pg_ctl
    def test_storage_routes_503_while_database_down(self):
        with Gleanerd(database=fresh_database("storedown"), args=["--db-retry-max", "1"]) as g:
            st, _, body = g.post_json("/v1/articles", {"text": "宕机前的文章。" + uuid.uuid4().hex})
            self.assertEqual(st, 201, body)
            aid = json.loads(body)["articles"][0]["id"]
            pg_ctl("stop")
            try:
                for method, path, body in (("GET", "/v1/articles", None), ("GET", "/v1/articles/" + aid, None),
                                           ("GET", "/v1/companies", None), ("GET", "/v1/changes?wait=1", None),
                                           ("GET", "/v1/jobs/x", None), ("DELETE", "/v1/articles/" + aid, None)):
                    self.assertProblem(g.request(method, path, body), 503)
                self.assertProblem(g.post_json("/v1/articles", {"text": "宕机时的文章。"}), 503)
            finally:
                pg_ctl("start")
            g.wait_until("readyz", 20)
            self.assertEqual(g.request("GET", "/v1/articles/" + aid)[0], 200)


if __name__ == "__main__":
    unittest.main(verbosity=2)
