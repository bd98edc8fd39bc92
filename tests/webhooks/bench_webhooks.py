#!/usr/bin/env python3
"""bench_webhooks.py — rough throughput of the webhook path against a running gleanerd:
N signed Standard Webhooks deliveries (distinct posts) sent by C client threads, time until
every one is answered 202 (verify + durable insert + commit) and until every one is processed
(engine + store through the job runners).

    tests/webhooks/bench_webhooks.py --url http://127.0.0.1:8080 --source newsroom \
        --secret whsec_... [--n 200] [--clients 4]
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import threading
import time
import urllib.parse
import uuid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--secret", required=True)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--clients", type=int, default=4)
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.url)
    key = base64.b64decode(a.secret[len("whsec_"):])
    run = uuid.uuid4().hex[:8]
    bodies = []
    for i in range(a.n):
        bodies.append(json.dumps({"type": "article.published", "data": {
            "external_id": "bench-%s-%d" % (run, i), "title": "测试公司公告%d" % i,
            "text": "稳健医疗(300888)9月23日晚间公告,公司拟以%d.2亿美元收购Global Resources "
                    "International,Inc.75.2%%股权。本次交易完成后,公司将布局全球发展战略。" % (i + 1),
            "modified_at": "2024-09-24T08:00:00Z"}}, ensure_ascii=False).encode())
    lat, ids, errors = [], [], []
    lock = threading.Lock()
    nxt = [0]

    def worker():
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= a.n:
                break
            mid = "msg_%s_%d" % (run, i)
            ts = str(int(time.time()))
            sig = base64.b64encode(hmac.new(key, ("%s.%s." % (mid, ts)).encode() + bodies[i],
                                            hashlib.sha256).digest()).decode()
            t0 = time.time()
            conn.request("POST", "/v1/webhooks/" + a.source, body=bodies[i], headers={
                "Content-Type": "application/json", "webhook-id": mid, "webhook-timestamp": ts,
                "webhook-signature": "v1," + sig})
            r = conn.getresponse()
            data = r.read()
            dt = time.time() - t0
            with lock:
                if r.status == 202:
                    lat.append(dt)
                    ids.append(json.loads(data)["delivery"]["id"])
                else:
                    errors.append(r.status)
        conn.close()

    t0 = time.time()
    th = [threading.Thread(target=worker) for _ in range(a.clients)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    t_acc = time.time() - t0
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    while True:
        conn.request("GET", "/v1/webhooks/%s/deliveries?status=queued&limit=1" % a.source)
        if not json.loads(conn.getresponse().read())["deliveries"]:
            break
        time.sleep(0.05)
    t_all = time.time() - t0
    lat.sort()
    print("accepted: %d x 202, %d other (%s) in %.2f s = %.1f deliveries/s; 202 latency p50 %.1f ms p99 %.1f ms"
          % (len(lat), len(errors), sorted(set(errors)), t_acc, len(lat) / t_acc,
             1000 * lat[len(lat) // 2], 1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))]))
    print("processed: all %d in %.2f s after the first send = %.1f deliveries/s end to end"
          % (len(ids), t_all, len(ids) / t_all))


if __name__ == "__main__":
    main()
