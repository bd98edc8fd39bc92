#!/usr/bin/env python3
"""Long-poll load measurement (not a test; docs/storage.md quotes its output): N clients poll
GET /v1/changes?since=<next>&wait=25 against a running gleanerd, the script waits until all are
parked (the gleaner_requests_parked gauge), reads gleanerd's CPU time over 5 s of waiting
(/proc/PID/stat), posts one article and reports how many polls were answered with changes and
how long after the POST was sent.

    tests/e2e/longpoll_load.py PORT GLEANERD_PID [POLLERS]    (default 400)

Start gleanerd with --max-conns-per-ip 0 (or above POLLERS) and a database."""
import http.client
import json
import sys
import threading
import time


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 400

    def req(method, path, body=None, hdr=None):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            c.request(method, path, body, hdr or {})
            r = c.getresponse()
            return r.status, r.read()
        finally:
            c.close()

    def cpu_ticks():
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime

    def parked():
        for line in req("GET", "/metrics")[1].decode().splitlines():
            if line.startswith("gleaner_requests_parked "):
                return int(line.split()[1])
        return -1

    since = 0
    while True:
        doc = json.loads(req("GET", "/v1/changes?limit=200&since=%d" % since)[1])
        if not doc["changes"]:
            break
        since = doc["next"]
    done, lock = [], threading.Lock()

    def poll():
        st, body = req("GET", "/v1/changes?since=%d&wait=25" % since)
        got = json.loads(body).get("changes", []) if st == 200 else []
        with lock:
            done.append((time.time(), st, len(got)))

    threads = [threading.Thread(target=poll) for _ in range(n)]
    for t in threads:
        t.start()
    t0 = time.time()
    while parked() < n and time.time() - t0 < 10:
        time.sleep(0.05)
    print("parked: %d of %d" % (parked(), n))
    c0 = cpu_ticks()
    time.sleep(5)
    c1 = cpu_ticks()
    print("gleanerd CPU while they wait 5 s: %.0f ms" % ((c1 - c0) * 1000.0 / 100))
    tw = time.time()
    st, _ = req("POST", "/v1/articles", json.dumps({"text": "贵州茅台(600519)发布公告。%f" % tw}).encode(),
                {"Content-Type": "application/json"})
    for t in threads:
        t.join()
    lat = sorted(x[0] - tw for x in done)
    statuses = sorted({x[1] for x in done})
    print("POST %d; %d answered (statuses %s), %d with changes; answered after the POST was sent: "
          "median %.3f s, max %.3f s" % (st, len(done), statuses, sum(1 for x in done if x[2] > 0),
                                        lat[len(lat) // 2], lat[-1]))


if __name__ == "__main__":
    main()
