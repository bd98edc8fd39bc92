#!/usr/bin/env python3
"""Where the resolution wins and loses on CLUENER lines (a measurement, not a test: CI does not run
it, and it needs ../shared/eval/gleaner_eval.py and a running gleanerd).

    python3 tests/entities/cluener_errors.py PORT DATA.json [--range A:B] [--out details.tsv]
        [--tool build-rel/tools/gleaner-train] [--datadir data] [--notag]

For each line of DATA (CLUENER JSON lines) it compares the gold spans, the tagger candidates the
engine proposes (`gleaner-train --tag-engine`, unless --notag) and the spans the server reports
(exactly as `gleaner_eval.py cluener` reads them), prints P/R/F1 per type for the range and the
error classes:
  FN dropped-right   the tagger had the gold span and type, the pipeline lost it (/recut: it
                     reports another span of the type there; /retyped: the span with another
                     type; /overlapped: another type's span over it)
  FN boundary        the pipeline has an overlapping span of the type, not the gold one
  FN type-confusion  the pipeline has the gold span with another type
  FN tagger-other-type / tagger-missed   the tagger had no span of the type there
  FP kept-wrong      a tagger span that is not gold and the pipeline kept
  FP boundary / type-confusion / other-source   as above, for reported spans
  tagFP removed      a wrong tagger span the pipeline removed (its good work)
--out writes one line per error with the tagger's score and the sentence.
Python 3 standard library only.
"""
import argparse, collections, importlib.util, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("ge", os.path.join(ROOT, "..", "shared", "eval", "gleaner_eval.py"))
ge = importlib.util.module_from_spec(spec); spec.loader.exec_module(ge)

ap = argparse.ArgumentParser()
ap.add_argument("port"); ap.add_argument("data")
ap.add_argument("--range", default=None)
ap.add_argument("--out", default=None)
ap.add_argument("--tool", default=os.path.join(ROOT, "build-rel", "tools", "gleaner-train"))
ap.add_argument("--datadir", default=os.path.join(ROOT, "data"))
ap.add_argument("--notag", action="store_true")
a = ap.parse_args()
rows = [json.loads(l) for l in open(a.data, encoding="utf-8") if l.strip()]
if a.range:
    lo, hi = (int(x) for x in a.range.split(":"))
    rows = rows[lo:hi]
TMAP = {"company": "company", "person": "name", "government": "government",
        "organization": "organization", "location": "address", "position": "position"}
T = ["company", "name", "government", "position", "organization"]
tag = [set() for _ in rows]
if not a.notag:
    inp = "".join(r["text"].replace("\n", " ") + "\n" for r in rows)
    out = subprocess.run([a.tool, "--tag-engine", "--data-dir", a.datadir], input=inp,
                         capture_output=True, text=True).stdout
    cur = -1
    for line in out.split("\n"):
        if not line:
            continue
        if line.startswith("  "):
            p = line.split()
            tag[cur].add((TMAP.get(p[2], p[2]), int(p[0]), int(p[1]), float(p[3])))
        else:
            cur += 1
    assert cur == len(rows) - 1, (cur, len(rows))

def one(r):
    st, resp, dt = ge.post_json("http://127.0.0.1:" + a.port, {"title": "", "text": r["text"]}, "?split=false")
    arts = ge.articles_of(resp)
    return ge.predicted_spans(arts[0], r["text"]) if arts else set()

preds = ge.pmap(one, rows, 4)
st = {t: [0, 0, 0] for t in T}
cls = collections.Counter()
det = []
for r, tg, pred in zip(rows, tag, preds):
    text = r["text"]
    gold = set()
    for t, ents in (r.get("label") or {}).items():
        for _, spans in ents.items():
            for s, e in spans:
                gold.add((t, s, e + 1))
    tset = {(t, s, e): sc for t, s, e, sc in tg}
    def tg_at(s, e):
        return [(t, sc) for (t, ss, ee), sc in tset.items() if ss == s and ee == e]
    def show(x):
        return "%s:%s" % (x[0], text[x[1]:x[2]])
    for t in T:
        g = {x for x in gold if x[0] == t}
        p = {x for x in pred if x[0] == t}
        st[t][0] += len(g & p); st[t][1] += len(p - g); st[t][2] += len(g - p)
        for x in sorted(g - p):
            same_span_pred = [y for y in pred if y[1] == x[1] and y[2] == x[2]]
            over_same = [y for y in pred if y[0] == t and y[1] < x[2] and x[1] < y[2]]
            over_other = [y for y in pred if y[0] != t and y[1] < x[2] and x[1] < y[2]]
            if x in tset:
                k = "FN dropped-right"
                if same_span_pred: k += "/retyped"
                elif over_same: k += "/recut"
                elif over_other: k += "/overlapped"
            elif same_span_pred:
                k = "FN type-confusion"
            elif over_same:
                k = "FN boundary"
            elif tg_at(x[1], x[2]):
                k = "FN tagger-other-type"
            else:
                k = "FN tagger-missed"
            cls[(t, k)] += 1
            det.append("%s\t%s\t%s\t%s\ttag=%s\tpred=%s\t| %s" % (
                t, k, text[x[1]:x[2]], "%.2f" % tset[x] if x in tset else "-",
                ",".join("%s:%.2f" % z for z in tg_at(x[1], x[2])),
                " ".join(show(y) for y in same_span_pred + over_same + over_other), text))
        for x in sorted(p - g):
            same_span_gold = [y for y in gold if y[1] == x[1] and y[2] == x[2]]
            over_gold = [y for y in gold if y[0] == t and y[1] < x[2] and x[1] < y[2]]
            if same_span_gold:
                k = "FP type-confusion"
            elif over_gold:
                k = "FP boundary"
            elif x in tset:
                k = "FP kept-wrong"
            else:
                k = "FP other-source"
            cls[(t, k)] += 1
            det.append("%s\t%s\t%s\t%s\tgold=%s\t| %s" % (
                t, k, text[x[1]:x[2]], "%.2f" % tset[x] if x in tset else "-",
                " ".join(show(y) for y in same_span_gold + over_gold), text))
    # the tagger's wrong spans the pipeline removed (for context)
    for x, sc in tset.items():
        if x[0] in T and x not in gold and x not in pred:
            cls[(x[0], "tagFP removed")] += 1
            det.append("%s\ttagFP removed\t%s\t%.2f\t| %s" % (x[0], text[x[1]:x[2]], sc, text))

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)
tot = [0, 0, 0]
for t in T:
    tp, fp, fn = st[t]
    if t != "organization":
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
    print("%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)" % ((t,) + f1(tp, fp, fn) + (tp, fp, fn)))
print("%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)" % (("micro4",) + f1(*tot) + tuple(tot)))
for k, v in sorted(cls.items()):
    print("  %-13s %-32s %d" % (k[0], k[1], v))
if a.out:
    with open(a.out, "w") as f:
        f.write("\n".join(sorted(det)) + "\n")
