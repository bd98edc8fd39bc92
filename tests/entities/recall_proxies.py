#!/usr/bin/env python3
"""Recall proxies for company names on corpora the engine was not built on (a measurement, not a
test: CI does not run it, and it reads ../shared only when it is there).

    python3 tests/entities/recall_proxies.py duee --server http://127.0.0.1:PORT [--misses N]
    python3 tests/entities/recall_proxies.py ccf  --server http://127.0.0.1:PORT [--limit 400]

duee: DuEE-Fin dev (../shared/data/duee-fin/dev-public.jsonl). Every argument of a company-like
      role (公司名称, 收购方, 被投资方, 中标公司 ... below) that occurs in its text is a gold name;
      a hit is a company/organization entity with a mention of exactly that text ("exact"), or a
      mention overlapping one of its occurrences ("overlap"). Misses are listed by class.
ccf:  CCF BDCI 2019 new-entity train data: the unknownEntities of each text (platforms, apps,
      companies) found among the company/organization entities the same way (texts sampled
      with a fixed seed).

Python 3 standard library only. Prints figures, never writes files.
"""
import argparse
import collections
import csv
import json
import os
import random
import re
import sys
import unicodedata
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))

COMPANY_ROLES = {"公司名称", "中标公司", "任职公司", "变动后公司名称", "破产公司", "收购方", "被收购方",
                 "上市公司", "投资方", "被投资方", "领投方", "回购方", "质押物所属公司", "股票简称", "质权方"}
ORGLIKE = {"company", "organization"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).lower()


def extract(server, text):
    req = urllib.request.Request(server.rstrip("/") + "/v1/extract?split=false", data=text.encode("utf-8"),
                                 method="POST", headers={"Content-Type": "text/plain"})
    with urllib.request.urlopen(req, timeout=60) as r:
        resp = json.load(r)
    arts = resp.get("articles") or [resp]
    ents = []
    for a in arts:
        ents.extend(a.get("entities") or [])
    return unicodedata.normalize("NFKC", text), ents


def mentions_of(ents, types):
    """[(normalized text, start, end, type)] of every mention of entities of those types."""
    out = []
    for e in ents:
        if e.get("type") not in types:
            continue
        for m in e.get("mentions") or []:
            out.append((norm(m.get("text")), m.get("start", -1), m.get("end", -1), e["type"]))
        out.append((norm(e.get("name")), -1, -1, e["type"]))
        for a in e.get("aliases") or []:
            out.append((norm(a), -1, -1, e["type"]))
    return out


def miss_class(name):
    if re.search(r"[A-Za-z]", name):
        return "latin"
    if re.search(r"(股份)?有限(责任)?公司$", name):
        return "legal-full"
    if re.search(r"(集团|控股|银行|证券|保险|基金|资本|投资|科技|信托|期货|创投|资产)$", name):
        return "suffix-word"
    if name.endswith("公司"):
        return "x-公司"
    if len(name) <= 2:
        return "short<=2"
    if len(name) <= 4:
        return "short3-4"
    return "other"


def score(golds, ents, other_types):
    ment = mentions_of(ents, ORGLIKE)
    other = mentions_of(ents, other_types)
    exact = {m[0] for m in ment}
    res = []
    for g in golds:
        ng = norm(g)
        if ng in exact:
            res.append((g, "exact", None))
            continue
        typed = next((m[3] for m in other if m[0] == ng), None)
        res.append((g, "miss", typed))
    return res


def run_duee(args):
    path = os.path.join(SHARED, "data", "duee-fin", "dev-public.jsonl")
    if not os.path.exists(path):
        print("duee: %s not present; nothing measured" % path)
        return 0
    total = collections.Counter()
    by_class = collections.Counter()
    miss_class_n = collections.Counter()
    misses = collections.defaultdict(list)
    typed_other = collections.Counter()
    ndoc = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = d.get("text") or ""
            golds = set()
            for ev in d.get("event_list") or []:
                for a in ev.get("arguments") or []:
                    arg = a.get("argument") or ""
                    if a.get("role") in COMPANY_ROLES and 2 <= len(arg) <= 40 and arg in text:
                        golds.add(arg)
            if not golds:
                continue
            ndoc += 1
            ntext, ents = extract(args.server, text)
            for g, verdict, typed in score(sorted(golds), ents, {"person", "government", "location", "product"}):
                c = miss_class(g)
                total[verdict] += 1
                by_class[(c, verdict)] += 1
                if verdict == "miss":
                    miss_class_n[c] += 1
                    if typed:
                        typed_other[typed] += 1
                    misses[c].append(g + ("[" + typed + "]" if typed else ""))
    n = sum(total.values())
    print("duee: %d documents, %d company-like argument names" % (ndoc, n))
    print("  recall (exact mention of a company/organization entity) %.3f  (%d/%d)" % (
        total["exact"] / n if n else 0, total["exact"], n))
    print("  misses by class:", ", ".join("%s %d/%d" % (c, miss_class_n[c], by_class[(c, "exact")] + miss_class_n[c])
                                       for c in sorted(miss_class_n, key=lambda c: -miss_class_n[c])))
    print("  misses the engine typed otherwise:", dict(typed_other))
    if args.misses:
        for c in sorted(misses, key=lambda c: -len(misses[c])):
            print("  [%s] %s" % (c, " ".join(misses[c][:args.misses])))
    print("duee: company_recall=%.3f" % (total["exact"] / n if n else 0))
    return 0


def run_ccf(args):
    path = os.path.join(SHARED, "data", "ccf-bdci2019-fin-new-entity", "Train_Data.csv")
    if not os.path.exists(path):
        print("ccf: %s not present; nothing measured" % path)
        return 0
    rows = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names = [x for x in (r.get("unknownEntities") or "").split(";") if len(x) >= 2]
            text = r.get("text") or ""
            names = [x for x in names if x in text]
            if names and len(text) <= 6000:
                rows.append((text, names))
    random.Random(args.seed).shuffle(rows)
    rows = rows[:args.limit]
    total = collections.Counter()
    misses = []
    for text, names in rows:
        _, ents = extract(args.server, text)
        for g, verdict, typed in score(sorted(set(names)), ents, {"person", "government", "location", "product"}):
            total[verdict] += 1
            if verdict == "miss":
                misses.append(g + ("[" + typed + "]" if typed else ""))
    n = sum(total.values())
    print("ccf: %d texts, %d names; recall %.3f (%d/%d)" % (len(rows), n, total["exact"] / n if n else 0,
                                                          total["exact"], n))
    if args.misses:
        print("  misses:", " ".join(misses[:args.misses]))
    print("ccf: company_recall=%.3f" % (total["exact"] / n if n else 0))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("suite", choices=["duee", "ccf"])
    ap.add_argument("--server", required=True)
    ap.add_argument("--misses", type=int, default=0, help="list up to N misses per class")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    return run_duee(args) if args.suite == "duee" else run_ccf(args)


if __name__ == "__main__":
    sys.exit(main())
