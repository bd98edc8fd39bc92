#!/usr/bin/env python3
"""Fits the tagger's margin -> score curve (stdlib only).

    gleaner-train --train ... --cv 3 --margins-out margins.tsv [the model's options]
    python3 data/tagger/fit_score.py margins.tsv [type ...]

margins.tsv has one line per span the tagger predicted on a held-out fold: type, margin
(weight units: nats for the CRF), 1 when the span is exactly a gold span of that type, else 0.
Prints the maximum-likelihood logistic fit score = 1 / (1 + exp(-(margin - MID) / SCALE)) over
the spans of the given types (default: all but misc), the constants to put in
extract/gx_tagger.c, and precision by margin decile next to the fitted score.
"""
import math
import sys

rows = []
types = set(sys.argv[2:])
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        t, m, ok = line.split("\t")
        if (types and t in types) or (not types and t != "misc"):
            rows.append((float(m), int(ok)))
if not rows:
    sys.exit("no spans")

# Newton's method on the log-likelihood of p = sigmoid(a * m + b)
a, b = 0.1, 0.0
for _ in range(100):
    ga = gb = haa = hab = hbb = 0.0
    for m, y in rows:
        z = a * m + b
        p = 1 / (1 + math.exp(-z)) if z > -700 else 0.0
        ga += (y - p) * m
        gb += y - p
        w = p * (1 - p)
        haa += w * m * m
        hab += w * m
        hbb += w
    det = haa * hbb - hab * hab
    if det <= 0:
        break
    da = (hbb * ga - hab * gb) / det
    db = (haa * gb - hab * ga) / det
    a += da
    b += db
    if abs(da) < 1e-10 and abs(db) < 1e-10:
        break
mid, scale = -b / a, 1 / a
print("spans: %d, precision %.3f" % (len(rows), sum(y for _, y in rows) / len(rows)))
print("fit: MARGIN_MID %.3f  MARGIN_SCALE %.3f" % (mid, scale))
rows.sort()
k = len(rows)
print("decile  margin range        precision  mean fitted score")
for d in range(10):
    part = rows[d * k // 10 : (d + 1) * k // 10]
    prec = sum(y for _, y in part) / len(part)
    fit = sum(1 / (1 + math.exp(-(m - mid) / scale)) for m, _ in part) / len(part)
    print("%6d  %7.2f - %7.2f  %9.3f  %17.3f" % (d + 1, part[0][0], part[-1][0], prec, fit))
for s in (0.3, 0.6, 0.9, 0.95):
    m = mid + scale * math.log(s / (1 - s))
    sel = [y for mm, y in rows if mm >= m]
    print("score >= %.2f (margin >= %.2f): %d spans, precision %.3f" % (s, m, len(sel), sum(sel) / max(1, len(sel))))
