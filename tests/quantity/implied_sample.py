#!/usr/bin/env python3
"""implied_sample.py - list the amounts a running Gleaner marks "implied" (money whose currency
the text does not write: 营收700亿) on the 2018 news, for reading by eye (a measurement aid, not
a test: CI does not run it; it reads ../shared only when it is there).

    python3 tests/quantity/implied_sample.py --server http://127.0.0.1:PORT [--seed 99] [--n 100]

Prints the number of implied amounts and articles, then a random sample (fixed seed) of them,
each with its currency and 14 characters of context before and 8 after: [amount].
Python 3 standard library only."""
import argparse
import json
import os
import random
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "data", "zh-finance-news-2018", "articles.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", required=True)
    ap.add_argument("--data", default=DEFAULT)
    ap.add_argument("--seed", type=int, default=99)
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    found, articles = [], set()
    for line in open(args.data, encoding="utf-8"):
        d = json.loads(line)
        body = json.dumps({"title": d.get("title") or "", "text": d["text"]}).encode()
        req = urllib.request.Request(args.server.rstrip("/") + "/v1/extract?split=false", data=body,
                                     headers={"Content-Type": "application/json"})
        a = json.load(urllib.request.urlopen(req))["articles"][0]
        t = a["text"]
        for q in a["quantities"]:
            if q.get("implied"):
                s, e = q["start"], q["end"]
                articles.add(d["id"])
                ctx = (t[max(0, s - 14):s] + "[" + t[s:e] + "]" + t[e:e + 8]).replace("\n", " ")
                found.append("%s %s %s" % (q["currency"], q["value"], ctx))
    print("%d implied amounts in %d articles" % (len(found), len(articles)))
    random.seed(args.seed)
    for x in random.sample(found, min(args.n, len(found))):
        print(x)


if __name__ == "__main__":
    main()
