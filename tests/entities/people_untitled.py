#!/usr/bin/env python3
"""Where people go without their titles in a dump of scripts/dump-extractions (a measurement, not a
test: CI does not run it).

    python3 tests/entities/people_untitled.py DUMP.jsonl sample [N] [--seed S]
        person entities without a role, a fixed-seed random sample of N (default 150, seed 11),
        each with 30 characters around every mention (up to four), to be judged by eye
    python3 tests/entities/people_untitled.py DUMP.jsonl orphans
        positions without a holder that have a person mention right before or right after them
        (within two characters), counted by the shape between them, each printed with context

Python 3 standard library only."""
import argparse
import collections
import json
import random


def articles(path):
    for ln, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        for a in d.get("articles") or [d]:
            yield ln, a


def ctx(t, s, e, n=30):
    return (t[max(0, s - n):s] + "【" + t[s:e] + "】" + t[e:e + n]).replace("\n", "⏎")


def sample(path, n, seed):
    rows = []
    for ln, a in articles(path):
        t = a["text"]
        for e in a.get("entities") or []:
            if e["type"] == "person" and not e.get("roles"):
                rows.append((ln, e["name"], [ctx(t, m["start"], m["end"]) for m in e["mentions"]]))
    print("%d person entities without a role" % len(rows))
    random.seed(seed)
    for i, (ln, name, cs) in enumerate(random.sample(rows, min(n, len(rows)))):
        print("#%d doc%d %s" % (i, ln, name))
        for c in cs[:4]:
            print("    " + c)


def orphans(path):
    count, examples = collections.Counter(), collections.defaultdict(list)
    for ln, a in articles(path):
        t = a["text"]
        ends, starts = set(), set()
        for e in a.get("entities") or []:
            if e["type"] == "person":
                for m in e["mentions"]:
                    ends.add(m["end"])
                    starts.add(m["start"])
        for p in a.get("positions") or []:
            if p.get("person") is not None:
                continue
            s, e = p["start"], p["end"]
            if s in ends:
                k = "NAME|TITLE"
            elif e in starts:
                k = "TITLE|NAME"
            elif e + 1 in starts:
                k = "TITLE" + t[e] + "NAME"
            elif e + 2 in starts and t[e] != "的":
                k = "TITLE" + t[e] + ".NAME"
            else:
                continue
            count[k] += 1
            examples[k].append("doc%d %s" % (ln, ctx(t, s, e, 20)))
    for k, v in count.most_common():
        print("%s %d" % (k, v))
    for k, _ in count.most_common():
        print("== " + k)
        for x in examples[k]:
            print(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump")
    ap.add_argument("mode", choices=["sample", "orphans"])
    ap.add_argument("n", nargs="?", type=int, default=150)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    if args.mode == "sample":
        sample(args.dump, args.n, args.seed)
    else:
        orphans(args.dump)


if __name__ == "__main__":
    main()
