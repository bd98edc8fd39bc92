#!/usr/bin/env python3
"""Confidence calibration of the event stage against DuEE-Fin (python3 standard library only).

    python3 tests/events/calibrate.py --server http://127.0.0.1:8105 \
        --data ../shared/data/duee-fin/dev-public.jsonl [--eval ../shared/eval]

Posts every document to /v1/extract exactly as gleaner_eval.py's duee suite does, and judges
each predicted event of a DuEE-mapped type:
  right  the document's gold has an event of that type and at least one of the predicted
         event's arguments matches a gold (type, role, text) triple of the document (events
         with no mapped argument count as right when the type is in the gold);
  wrong  otherwise.
Prints, per confidence bucket, how many events fall in it and the share that is right, and the
same per event type. The evaluation data is read at run time only; nothing of it is stored.

--fit FILE: the server must run with GLEANER_EVENTS_RAW=1 (uncalibrated scores); fits
conf = sigmoid(bias + w_raw * raw + w_type[type] + w_title * trigger_in_title
               + w_nargs * min(arguments, 8) / 8)
by logistic regression (L2 on the type weights, gradient descent) on the judged events and
writes the weights to FILE (data/events/confidence.tsv); extract/gx_events.c computes the
same features.
"""
import math
import os
import argparse
import collections
import concurrent.futures
import json
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", default="http://127.0.0.1:8105")
    ap.add_argument("--data", required=True)
    ap.add_argument("--eval", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"), help="folder holding gleaner_eval.py")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--fit", help="write fitted calibration weights to this file")
    ap.add_argument("--min", type=float, default=0.25,
                    help="with --fit: events below this calibrated confidence are not reported")
    args = ap.parse_args()
    sys.path.insert(0, args.eval)
    import gleaner_eval as ge

    docs = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]

    def one(d):
        _, resp, _ = ge.post_json(args.server, {"title": d.get("title") or "", "text": d["text"]}, "?split=false")
        evs = []
        for a in ge.articles_of(resp):
            tlen = len(a.get("title") or "")
            for ev in a.get("events") or []:
                ev["_in_title"] = 1.0 if (ev.get("trigger") or {}).get("start", 1 << 30) < tlen else 0.0
                evs.append(ev)
        return evs

    with concurrent.futures.ThreadPoolExecutor(args.workers) as ex:
        results = list(ex.map(one, docs))

    edges = [0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001]
    buckets = collections.defaultdict(lambda: [0, 0])
    per_type = collections.defaultdict(lambda: [0, 0])
    samples = []
    for d, evs in zip(docs, results):
        gold_types = {e["event_type"] for e in d.get("event_list") or []}
        gold = [(e["event_type"], a["role"], a["argument"]) for e in d.get("event_list") or []
                for a in e.get("arguments", [])]
        for ev in evs:
            if ev.get("type") not in ge.DUEE_TYPES:
                continue
            zh = ge.DUEE_TYPES[ev["type"]][0]
            _, trip = ge.duee_triples([ev])
            right = zh in gold_types and (not trip or any(
                g[0] == t[0] and g[1] == t[1] and ge.text_close(g[2], t[2]) for t in trip for g in gold))
            c = float(ev.get("confidence") or 0)
            k = next(i for i in range(len(edges) - 1) if edges[i] <= c < edges[i + 1])
            buckets[k][0] += 1
            buckets[k][1] += right
            per_type[ev["type"]][0] += 1
            per_type[ev["type"]][1] += right
            na = min(len(ev.get("arguments") or []), 8) / 8.0
            samples.append((c, ev["type"], ev["_in_title"], na, 1.0 if right else 0.0))
    print("confidence      events  right")
    total = [0, 0]
    for k in range(len(edges) - 1):
        n, r = buckets[k]
        total[0] += n
        total[1] += r
        hi = min(edges[k + 1], 1.0)
        print("[%.1f, %.1f%s  %6d  %s" % (edges[k], hi, "]" if hi == 1.0 else ")", n,
                                          "%.2f" % (r / n) if n else "-"))
    print("all             %6d  %.2f" % (total[0], total[1] / total[0] if total[0] else 0))
    print("\nper type        events  right")
    for t, (n, r) in sorted(per_type.items()):
        print("%-22s %5d  %.2f" % (t, n, r / n if n else 0))
    if args.fit:
        fit(samples, args.fit, sorted(ge.DUEE_TYPES), args.min)


def fit(samples, path, types, min_conf):
    """Logistic regression: z = bias + w_raw*raw + w_type[type] + w_title*title + w_nargs*nargs,
    L2 on the type weights."""
    bias = w_raw = w_title = w_nargs = 0.0
    w = {t: 0.0 for t in types}
    lr, lam = 1.0, 0.005
    n = len(samples)
    for _ in range(6000):
        gb = gr = gti = gna = 0.0
        gt = {t: 0.0 for t in types}
        for raw, t, ti, na, y in samples:
            z = bias + w_raw * raw + w.get(t, 0.0) + w_title * ti + w_nargs * na
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            gb += g
            gr += g * raw
            gti += g * ti
            gna += g * na
            if t in gt:
                gt[t] += g
        bias -= lr * gb / n
        w_raw -= lr * gr / n
        w_title -= lr * gti / n
        w_nargs -= lr * gna / n
        for t in types:
            w[t] -= lr * (gt[t] / n + lam * w[t])
    with open(path, "w", encoding="utf-8") as f:
        f.write("# confidence.tsv — event confidence calibration:\n"
                "#   conf = sigmoid(bias + raw * r + type weight + title * trigger_in_title + nargs * min(args, 8) / 8)\n"
                "# r = the stage's raw score. Fitted by tests/events/calibrate.py --fit on DuEE-Fin public dev\n"
                "# (%d judged events); types without a line weigh 0. Regenerate after changing the rules.\n" % n)
        f.write("bias\t%.4f\nraw\t%.4f\ntitle\t%.4f\nnargs\t%.4f\n" % (bias, w_raw, w_title, w_nargs))
        for t in types:
            f.write("type\t%s\t%.4f\n" % (t, w[t]))
        f.write("# events below this calibrated confidence are not reported\nmin\t%.2f\n" % min_conf)
    print("wrote", path)

if __name__ == "__main__":
    main()
